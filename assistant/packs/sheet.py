"""Cheat sheets: a campaign's call flow, persona tips and phrases by category, as a printable
page for training and for the wall beside an agent's desk.

This module builds the content and its HTML (every piece of pack text escaped); the PDF is
drawn by ``assistant.ui.sheet_pdf`` with Qt's own PDF writer. The sheet's own words (headings,
the hold rule, the names of categories and campaign types) are a ``SheetWords``: English here,
the agent's language when the window makes the sheet. Pack text is in the pack's language.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass

from assistant.core import placeholders
from assistant.core.model import Category
from assistant.core.pack import Campaign, Pack, Persona, Phrase


def _english_hold(seconds: int) -> str:
    return f"Check in with a customer on hold at least every {seconds} s"


def _english_hold_phrase(seconds: int, phrase: str) -> str:
    return f"{_english_hold(seconds)}: “{phrase}”"


def _english_subtitle(campaign: Campaign, pack: Pack) -> str:
    return (
        f"{campaign.type.label} · {campaign.direction.label} · {campaign.reach.label}"
        f" · {pack.name} v{pack.version}"
    )


@dataclass(frozen=True, slots=True)
class SheetWords:
    """What the sheet says in its own words; every field defaults to English."""

    call_flow: str = "Call flow"
    required: str = "(required)"
    customer_moods: str = "Customer moods"
    signs: str = "Signs:"
    do: str = "Do:"
    avoid: str = "Avoid:"
    phrases: str = "Phrases"
    optional: str = "optional"  # "[optional: ...]", a section of a phrase
    for_example: str = "e.g."  # "{plan, e.g. Basic}", a field with a default
    hold: Callable[[int], str] = _english_hold
    hold_with_phrase: Callable[[int, str], str] = _english_hold_phrase
    subtitle: Callable[[Campaign, Pack], str] = _english_subtitle
    category: Callable[[Category], str] = lambda category: category.label


ENGLISH = SheetWords()


@dataclass(frozen=True, slots=True)
class SheetPhrase:
    title: str
    text: str
    shortcut: str = ""


@dataclass(frozen=True, slots=True)
class SheetStep:
    step: str
    required: bool
    phrases: tuple[SheetPhrase, ...]


@dataclass(frozen=True, slots=True)
class Sheet:
    """One campaign's page(s)."""

    title: str
    subtitle: str
    hold: str
    steps: tuple[SheetStep, ...]
    personas: tuple[Persona, ...]
    categories: tuple[tuple[str, tuple[SheetPhrase, ...]], ...]


class SheetError(ValueError):
    """The pack has no campaign with the requested id."""


def build_sheets(
    pack: Pack,
    campaign_id: str | None = None,
    fallback: Pack | None = None,
    words: SheetWords = ENGLISH,
) -> list[Sheet]:
    """One sheet per campaign of ``pack`` (or only ``campaign_id``); references to phrases and
    personas the pack does not define are looked up in ``fallback`` (the built-in pack)."""
    phrases = {p.id: p for p in (fallback.phrases if fallback else ())}
    phrases.update({p.id: p for p in pack.phrases})
    personas = {p.id: p for p in (fallback.personas if fallback else ())}
    personas.update({p.id: p for p in pack.personas})
    campaigns = list(pack.campaigns)
    if campaign_id is not None:
        campaigns = [c for c in campaigns if c.id == campaign_id]
        if not campaigns:
            known = ", ".join(c.id for c in pack.campaigns) or "none"
            raise SheetError(
                f"the pack '{pack.id}' has no campaign '{campaign_id}' (its campaigns: {known})"
            )
    if not campaigns:
        phrases_only = _by_category(list(pack.phrases), words)
        return [Sheet(pack.name, words.phrases, "", (), pack.personas, phrases_only)]
    sheets = []
    for campaign in campaigns:
        steps = tuple(
            SheetStep(
                step.step,
                step.required,
                tuple(_sheet_phrase(phrases[r], words) for r in step.phrases if r in phrases),
            )
            for step in campaign.call_flow
        )
        mine = [p for p in pack.phrases if p.suits(campaign)]
        persona_ids = [p.id for p in pack.personas]
        for phrase in mine:
            persona_ids += [pid for pid in phrase.personas if pid not in persona_ids]
        seconds = campaign.hold.check_in_seconds
        hold = words.hold(seconds)
        if campaign.hold.check_in_phrase in phrases:
            hold = words.hold_with_phrase(seconds, phrases[campaign.hold.check_in_phrase].text)
        sheets.append(
            Sheet(
                campaign.name,
                words.subtitle(campaign, pack),
                hold,
                steps,
                tuple(personas[pid] for pid in persona_ids if pid in personas),
                _by_category(mine, words),
            )
        )
    return sheets


def _sheet_phrase(phrase: Phrase, words: SheetWords = ENGLISH) -> SheetPhrase:
    return SheetPhrase(phrase.title, readable(phrase.text, words), phrase.shortcut or "")


def readable(template: str, words: SheetWords = ENGLISH) -> str:
    """Phrase text for paper: ``{reason:Billing|Other}`` reads "{reason: Billing / Other}",
    ``{plan=Basic}`` reads "{plan, e.g. Basic}" and an optional section "[optional: ...]"."""
    try:
        tokens = placeholders.parse(template)
    except placeholders.PlaceholderError:
        return template

    def one(token: placeholders.Literal | placeholders.Field) -> str:
        if isinstance(token, placeholders.Literal):
            return token.text
        if token.choices:
            return "{" + token.name + ": " + " / ".join(token.choices) + "}"
        if token.default:
            return "{" + token.name + ", " + words.for_example + " " + token.default + "}"
        return "{" + token.name + "}"

    out = []
    for token in tokens:
        if isinstance(token, placeholders.Section):
            out.append("[" + words.optional + ": " + "".join(one(t) for t in token.tokens) + "]")
        else:
            out.append(one(token))
    return "".join(out)


def _by_category(
    phrases: list[Phrase], words: SheetWords
) -> tuple[tuple[str, tuple[SheetPhrase, ...]], ...]:
    groups: list[tuple[str, tuple[SheetPhrase, ...]]] = []
    for category in Category:
        found = tuple(_sheet_phrase(p, words) for p in phrases if p.category is category)
        if found:
            groups.append((words.category(category), found))
    return tuple(groups)


_STYLE = """
body { font-family: sans-serif; font-size: 9pt; color: #111; }
h1 { font-size: 18pt; margin: 0; }
h2 { font-size: 12pt; margin-top: 10pt; margin-bottom: 3pt; color: #0b3d91; }
h3 { font-size: 10pt; margin-top: 6pt; margin-bottom: 2pt; }
.sub { color: #555; }
.hold { background: #fff4d6; padding: 4pt; }
.req { color: #b00020; font-weight: bold; }
.key { color: #555; font-family: monospace; }
td { padding: 2pt 4pt; vertical-align: top; }
"""


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def sheet_html(sheets: list[Sheet], words: SheetWords = ENGLISH) -> str:
    """The sheets as HTML for QTextDocument; each campaign starts on a new page."""
    parts = [f"<html><head><style>{_STYLE}</style></head><body>"]
    for number, sheet in enumerate(sheets):
        breaker = " style='page-break-before: always'" if number else ""
        parts.append(f"<h1{breaker}>{_e(sheet.title)}</h1>")
        parts.append(f"<p class='sub'>{_e(sheet.subtitle)}</p>")
        if sheet.hold:
            parts.append(f"<p class='hold'>{_e(sheet.hold)}</p>")
        if sheet.steps:
            parts.append(f"<h2>{_e(words.call_flow)}</h2><ol>")
            for step in sheet.steps:
                flag = f" <span class='req'>{_e(words.required)}</span>" if step.required else ""
                said = "".join(
                    f"<br>“{_e(p.text)}”" for p in step.phrases
                )  # what to say at this step
                parts.append(f"<li><b>{_e(step.step)}</b>{flag}{said}</li>")
            parts.append("</ol>")
        if sheet.personas:
            parts.append(f"<h2>{_e(words.customer_moods)}</h2><table width='100%'>")
            for persona in sheet.personas:
                rows = []
                for heading, items in (
                    (words.signs, persona.signs),
                    (words.do, persona.tips),
                    (words.avoid, persona.avoid),
                ):
                    if items:
                        rows.append(f"<i>{_e(heading)}</i> " + _e("; ".join(items)))
                parts.append(
                    f"<tr><td width='18%'><b>{_e(persona.name)}</b></td>"
                    f"<td>{'<br>'.join(rows)}</td></tr>"
                )
            parts.append("</table>")
        if sheet.categories:
            parts.append(f"<h2>{_e(words.phrases)}</h2>")
            for label, phrases in sheet.categories:
                parts.append(f"<h3>{_e(label)}</h3><table width='100%'>")
                for phrase in phrases:
                    key = (
                        f" <span class='key'>{_e(phrase.shortcut)}</span>"
                        if phrase.shortcut
                        else ""
                    )
                    parts.append(
                        f"<tr><td width='25%'><b>{_e(phrase.title)}</b>{key}</td>"
                        f"<td>{_e(phrase.text)}</td></tr>"
                    )
                parts.append("</table>")
    parts.append("</body></html>")
    return "".join(parts)
