"""The content lint: what a team leader checks in a pack's words, beyond its format.

The validator says whether a pack can be installed; the lint says whether its call flows are
safe to hand a new hire: the recording notice before any security question, the right person
before any account detail, the collections order, a way to close a call that went badly, a
hold check-in that thanks or apologises, nothing internal said to the customer, and lines short
enough to say. Its findings are warnings (``pack validate`` prints them; nothing is refused).

The lint cannot read meaning, so a pack says what a phrase does with a few tags (also search
words): ``recording-notice``, ``identity-check``, ``right-party``, ``debt-disclosure``,
``debt-balance``, ``account-details``, ``no-success``, ``check-in`` and ``internal``. A pack
without them still gets sensible answers from the fallbacks in ``Roles`` (a verification
phrase is a security question, a compliance phrase that mentions recording is the notice, ...).
The pack guide (docs/packs.md) lists the tags and the rules.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import NamedTuple

from assistant.core import placeholders
from assistant.core.model import BUILTIN_PACK_ID, CampaignType, Category, Channel, Direction
from assistant.core.pack import Campaign, Pack, Phrase
from assistant.packs.errors import PackError, Severity, format_path

PathKey = tuple[str | int, ...]
# Line and column of a path in the pack file.
Locate = Callable[[PathKey], tuple[int, int]]

MAX_WORDS = 35

# The tags the lint reads.
RECORDING_NOTICE = "recording-notice"
IDENTITY_CHECK = "identity-check"
RIGHT_PARTY = "right-party"
DEBT_DISCLOSURE = "debt-disclosure"
DEBT_BALANCE = "debt-balance"
ACCOUNT_DETAILS = "account-details"
NO_SUCCESS = "no-success"
CHECK_IN = "check-in"
INTERNAL = "internal"


class Rule(NamedTuple):
    id: str
    summary: str


RULES = (
    Rule(
        "recording-first",
        "a voice campaign's call flow gives the recording notice, in a required step, before "
        "any verification question",
    ),
    Rule(
        "right-party-first",
        "an outbound call flow confirms the right person before any account detail or "
        "security question",
    ),
    Rule(
        "collections-order",
        "a collections call flow goes: right party (outbound), recording notice, identity, "
        "debt-collector disclosure, balance",
    ),
    Rule("two-phrases", "every call-flow step offers at least two phrases"),
    Rule("no-success-close", "a closing step has a line for a call that did not succeed"),
    Rule("check-in-courtesy", "every hold check-in line thanks the customer or apologises"),
    Rule("no-campaign-name", "no customer-facing text uses {campaign}, the internal name"),
    Rule("sayable", f"a line that is said is {MAX_WORDS} words at most"),
    Rule("channel-reach", "a campaign's flow and check-in use phrases for its channels"),
)

# "This call is recorded", "a recorded line", "this chat may be recorded"; not "I've recorded
# your request".
_RECORDED = re.compile(
    r"\b(call|line|conversation|chat)\b[^.?!]{0,40}\brecord(ed|ing)\b|\brecorded line\b",
    re.IGNORECASE,
)
_RIGHT_PARTY_WORDS = re.compile(
    r"(speaking|talking) (with|to) \{customer_name\}|\bis (this|that) \{customer_name\}",
    re.IGNORECASE,
)
_DEBT_WORDS = re.compile(r"collect a debt|from a debt collector", re.IGNORECASE)
_COURTESY = re.compile(r"\b(thank|thanks|sorry|apologi[sz]e)", re.IGNORECASE)
_WORD = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)*")
_FIELD = re.compile(r"\{[^{}]*\}")
_SECTION_MARK = re.compile(r"\[\[\?[a-z][a-z0-9_]*:|\]\]")
# A step named like "Closing", "Close the call" (not "Disclosure"); else the last step.
_CLOSING = re.compile(r"\bclos(e|ing)\b", re.IGNORECASE)
_ACCOUNT_CATEGORIES = (Category.RESOLUTION, Category.SALES)


class Roles:
    """What a phrase does in a call, from its tags first, then from its category and words."""

    @staticmethod
    def recording_notice(phrase: Phrase) -> bool:
        if RECORDING_NOTICE in phrase.tags:
            return True
        return phrase.category is Category.COMPLIANCE and bool(_RECORDED.search(phrase.text))

    @staticmethod
    def right_party(phrase: Phrase) -> bool:
        return RIGHT_PARTY in phrase.tags or bool(_RIGHT_PARTY_WORDS.search(phrase.text))

    @staticmethod
    def identity_check(phrase: Phrase) -> bool:
        if IDENTITY_CHECK in phrase.tags:
            return True
        return phrase.category is Category.VERIFICATION and not Roles.right_party(phrase)

    @staticmethod
    def debt_disclosure(phrase: Phrase) -> bool:
        return DEBT_DISCLOSURE in phrase.tags or bool(_DEBT_WORDS.search(phrase.text))

    @staticmethod
    def debt_balance(phrase: Phrase) -> bool:
        if DEBT_BALANCE in phrase.tags:
            return True
        return phrase.category is Category.RESOLUTION and "balance" in phrase.text.lower()

    @staticmethod
    def account_detail(phrase: Phrase) -> bool:
        return (
            ACCOUNT_DETAILS in phrase.tags
            or phrase.category in _ACCOUNT_CATEGORIES
            or Roles.identity_check(phrase)
            or Roles.debt_disclosure(phrase)
            or Roles.debt_balance(phrase)
        )

    @staticmethod
    def no_success(phrase: Phrase) -> bool:
        return NO_SUCCESS in phrase.tags


class _Item(NamedTuple):
    """One phrase reference of a call flow, where it is, and the phrase (if it resolves)."""

    step: int
    position: int  # in the step's phrase list
    phrase: Phrase

    def before(self, other: _Item) -> bool:
        """Whether the agent comes to this item first (steps in order, then their phrases)."""
        return (self.step, self.position) < (other.step, other.position)

    def path(self, campaign: int) -> PathKey:
        return ("campaigns", campaign, "call_flow", self.step, "phrases", self.position)


def word_count(text: str) -> int:
    """Words as a listener hears them: a placeholder is one word, an optional section counts
    as if included."""
    spoken = _SECTION_MARK.sub(" ", _FIELD.sub(" x ", text.replace("{{", "").replace("}}", "")))
    return len(_WORD.findall(spoken))


def lint_pack(
    pack: Pack,
    file: str = "",
    *,
    fallback: Pack | None = None,
    locate: Locate | None = None,
) -> list[PackError]:
    """Every content warning for ``pack``, in file order. References the pack does not
    define resolve in ``fallback`` (the built-in pack), as they do when it is installed."""
    linter = _Linter(pack, file or pack.id, fallback, locate or (lambda _path: (1, 1)))
    found = list(dict.fromkeys(linter.run()))
    found.sort(key=lambda p: (p.line, p.column, p.path))
    return found


def lint_file(path: Path, pack: Pack, fallback: Pack | None = None) -> list[PackError]:
    """``lint_pack`` for a pack read from ``path``, with the file's lines and columns.

    The file is parsed again for positions only when there is something to point at."""
    from assistant.packs.source import read_pack_bytes

    return lint_source(str(path), lambda: read_pack_bytes(path), pack, fallback)


def lint_source(
    name: str, text: Callable[[], bytes], pack: Pack, fallback: Pack | None = None
) -> list[PackError]:
    """``lint_pack`` for a pack whose file ``name`` holds the pack text ``text()`` (its bytes
    as an install reads them), with that text's lines and columns. ``text`` is called, and
    the text parsed again, only when there is something to point at."""
    return lint_pack(pack, name, fallback=fallback, locate=_locator(name, text))


def _locator(name: str, text: Callable[[], bytes]) -> Locate:
    from assistant.packs.source import Document, SourceError, decode, parse

    document: Document | None = None

    def locate(where: PathKey) -> tuple[int, int]:
        nonlocal document
        if document is None:
            try:
                document = parse(name, decode(name, text()))
            except SourceError:
                document = Document(None)
        return document.position(where)

    return locate


class _Linter:
    def __init__(self, pack: Pack, file: str, fallback: Pack | None, locate: Locate) -> None:
        self.pack, self.file, self.locate = pack, file, locate
        self.phrases: dict[str, Phrase] = {}
        if fallback is not None and pack.id != BUILTIN_PACK_ID:
            self.phrases.update((p.id, p) for p in fallback.phrases)
        self.phrases.update((p.id, p) for p in pack.phrases)
        self.own = {p.id: index for index, p in enumerate(pack.phrases)}

    def warn(self, path: PathKey, rule: str, message: str) -> PackError:
        line, column = self.locate(path)
        text = f"{message} (content rule {rule})"
        return PackError(self.file, line, column, format_path(path), text, Severity.WARNING)

    def run(self) -> Iterator[PackError]:
        for index, campaign in enumerate(self.pack.campaigns):
            items = self._items(campaign)
            if Channel.VOICE in campaign.effective_channels:
                yield from self._recording_first(index, campaign, items)
            if campaign.direction is Direction.OUTBOUND:
                yield from self._right_party_first(index, items)
            if campaign.type is CampaignType.COLLECTIONS:
                yield from self._collections_order(index, campaign, items)
            yield from self._steps(index, campaign)
            yield from self._channel_reach(index, campaign)
        yield from self._check_ins()
        yield from self._texts()

    def _items(self, campaign: Campaign) -> list[_Item]:
        return [
            _Item(step_index, ref_index, self.phrases[ref])
            for step_index, step in enumerate(campaign.call_flow)
            for ref_index, ref in enumerate(step.phrases)
            if ref in self.phrases
        ]

    # ------------------------------------------------------------------ call-flow order

    def _recording_first(
        self, index: int, campaign: Campaign, items: list[_Item]
    ) -> Iterator[PackError]:
        notice = next((i for i in items if Roles.recording_notice(i.phrase)), None)
        question = next((i for i in items if Roles.identity_check(i.phrase)), None)
        if question is not None and (notice is None or question.before(notice)):
            where = "never gives" if notice is None else "has not yet given"
            yield self.warn(
                question.path(index),
                "recording-first",
                f"'{question.phrase.id}' asks a verification question, but the call flow "
                f"{where} the recording notice: give it (a phrase tagged {RECORDING_NOTICE}) "
                "in a required step before this one",
            )
        if notice is not None and not campaign.call_flow[notice.step].required:
            step = campaign.call_flow[notice.step].step
            yield self.warn(
                ("campaigns", index, "call_flow", notice.step),
                "recording-first",
                f"the recording notice is in the optional step '{step}': add required: true, "
                "so no call is marked done without it",
            )

    def _right_party_first(self, index: int, items: list[_Item]) -> Iterator[PackError]:
        detail = next((i for i in items if Roles.account_detail(i.phrase)), None)
        if detail is None:
            return
        check = next((i for i in items if Roles.right_party(i.phrase)), None)
        if check is None or detail.before(check):
            yield self.warn(
                detail.path(index),
                "right-party-first",
                f"'{detail.phrase.id}' goes into the account on an outbound call before the "
                f"right person is confirmed: ask first (a phrase tagged {RIGHT_PARTY}, such "
                "as 'Am I speaking with {customer_name}?')",
            )

    def _collections_order(
        self, index: int, campaign: Campaign, items: list[_Item]
    ) -> Iterator[PackError]:
        order: list[tuple[str, str, Callable[[Phrase], bool]]] = []
        if campaign.direction is Direction.OUTBOUND:
            order.append(("right-party check", RIGHT_PARTY, Roles.right_party))
        order += [
            ("recording notice", RECORDING_NOTICE, Roles.recording_notice),
            ("identity check", IDENTITY_CHECK, Roles.identity_check),
            ("debt-collector disclosure", DEBT_DISCLOSURE, Roles.debt_disclosure),
            ("balance", DEBT_BALANCE, Roles.debt_balance),
        ]
        sequence = ", ".join(name for name, _, _ in order)
        firsts: list[tuple[str, _Item]] = []
        for name, tag, is_role in order:
            first = next((i for i in items if is_role(i.phrase)), None)
            if first is None:
                yield self.warn(
                    ("campaigns", index, "call_flow"),
                    "collections-order",
                    f"the collections call flow has no {name} (a phrase tagged {tag}); "
                    f"collections calls go: {sequence}",
                )
                continue
            earlier = next((n for n, item in firsts if first.before(item)), None)
            if earlier is not None:
                yield self.warn(
                    first.path(index),
                    "collections-order",
                    f"the {name} comes before the {earlier}; collections calls go: {sequence}",
                )
            firsts.append((name, first))

    # ------------------------------------------------------------------ steps

    def _steps(self, index: int, campaign: Campaign) -> Iterator[PackError]:
        steps = campaign.call_flow
        closing = [i for i, s in enumerate(steps) if _CLOSING.search(s.step)]
        if not closing and steps:
            closing = [len(steps) - 1]
        for step_index, step in enumerate(steps):
            path: PathKey = ("campaigns", index, "call_flow", step_index)
            if len(step.phrases) < 2:
                yield self.warn(
                    (*path, "phrases") if step.phrases else path,
                    "two-phrases",
                    f"the step '{step.step}' offers {len(step.phrases)} phrase"
                    f"{'' if len(step.phrases) == 1 else 's'}: give at least two, so the "
                    "agent has another way to say it",
                )
            resolved = [self.phrases[r] for r in step.phrases if r in self.phrases]
            if step_index in closing and not any(Roles.no_success(p) for p in resolved):
                yield self.warn(
                    path,
                    "no-success-close",
                    f"the closing step '{step.step}' has no line for a call that did not "
                    f"succeed: add one and tag it {NO_SUCCESS}",
                )

    def _channel_reach(self, index: int, campaign: Campaign) -> Iterator[PackError]:
        runs_on = campaign.effective_channels
        where: PathKey = ("campaigns", index)
        refs: list[tuple[PathKey, str]] = []
        if campaign.hold.check_in_phrase:
            refs.append(((*where, "hold", "check_in_phrase"), campaign.hold.check_in_phrase))
        for step_index, step in enumerate(campaign.call_flow):
            for ref_index, ref in enumerate(step.phrases):
                refs.append(((*where, "call_flow", step_index, "phrases", ref_index), ref))
        for path, ref in refs:
            phrase = self.phrases.get(ref)
            if phrase is None or not phrase.channels:
                continue
            if not any(channel in phrase.channels for channel in runs_on):
                yield self.warn(
                    path,
                    "channel-reach",
                    f"'{ref}' is for {_names(phrase.channels)} only and this campaign runs on "
                    f"{_names(runs_on)}, so its agents never see it: use another phrase, or "
                    "change the phrase's or the campaign's channels",
                )

    # ------------------------------------------------------------------ phrases

    def _check_ins(self) -> Iterator[PackError]:
        by_campaign: dict[str, PathKey] = {}
        for index, campaign in enumerate(self.pack.campaigns):
            ref = campaign.hold.check_in_phrase
            if ref:
                by_campaign.setdefault(ref, ("campaigns", index, "hold", "check_in_phrase"))
        tagged = [p.id for p in self.pack.phrases if CHECK_IN in p.tags]
        for ref in dict.fromkeys([*by_campaign, *tagged]):
            phrase = self.phrases.get(ref)
            if phrase is None or _COURTESY.search(phrase.text):
                continue
            own = self.own.get(ref)
            path = ("phrases", own, "text") if own is not None else by_campaign[ref]
            yield self.warn(
                path,
                "check-in-courtesy",
                f"the hold check-in line '{ref}' neither thanks the customer nor apologises "
                "for the wait; say both, e.g. 'Thank you for holding, and I'm sorry for the wait'",
            )

    def _texts(self) -> Iterator[PackError]:
        for index, phrase in enumerate(self.pack.phrases):
            path = ("phrases", index, "text")
            # The template is parsed only where the name can be: a parse reads the text a
            # character at a time (a 100,000-phrase pack's lint took 3.8 s, nine tenths here).
            if (
                INTERNAL not in phrase.tags
                and "campaign" in phrase.text
                and "campaign" in _names_in(phrase.text)
            ):
                yield self.warn(
                    path,
                    "no-campaign-name",
                    "{campaign} pastes the campaign's internal name into what the customer "
                    "hears or reads: name the team or the product in words instead (or tag a "
                    f"line said only to colleagues {INTERNAL})",
                )
            said = not phrase.channels or Channel.VOICE in phrase.channels
            words = word_count(phrase.text) if said else 0
            if words > MAX_WORDS:
                yield self.warn(
                    path,
                    "sayable",
                    f"'{phrase.id}' is {words} words long; a line the agent says should be "
                    f"about {MAX_WORDS} words at most: split it into two phrases",
                )


def _names(channels: tuple[Channel, ...]) -> str:
    return " and ".join(channel.value for channel in channels)


def _names_in(text: str) -> set[str]:
    try:
        return set(placeholders.field_names(text))
    except placeholders.PlaceholderError:
        return set()
