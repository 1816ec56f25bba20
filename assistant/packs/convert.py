"""Turning a spreadsheet (CSV) or an Espanso match file into pack data.

Rows that cannot be used are skipped and reported by their number as the supervisor sees it:
the spreadsheet row (the header is row 1) or the Espanso match with its line.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assistant.core import placeholders
from assistant.core.model import PACK_FORMAT, Category
from assistant.packs.source import SECTION_LIMITS, SourceError, decode, parse, read_pack_bytes

CSV_COLUMNS = ("title", "text", "category", "campaigns", "personas", "tags", "shortcut")
REQUIRED_COLUMNS = ("title", "text")
_ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]{1,63}$")
_SHORTCUT = re.compile(r"^\S{2,32}$")
_ESPANSO_VAR = re.compile(r"\{\{\s*([A-Za-z_][\w.-]*)\s*\}\}")
_FORM_FIELD = re.compile(r"\[\[\s*([A-Za-z_][\w.-]*)\s*\]\]")


class ConvertError(Exception):
    """The whole file cannot be converted (not a spreadsheet, no title/text column, ...).
    ``placed``: the message already starts with the file and its line (a file that cannot be
    read as text or YAML); else it is about the file, which the caller names."""

    def __init__(self, message: str, *, placed: bool = False) -> None:
        super().__init__(message)
        self.placed = placed


@dataclass
class Conversion:
    """The pack data made from a file, and one message per row that could not be used."""

    data: dict[str, Any]
    skipped: list[str] = field(default_factory=list)


def slug(text: str, fallback: str = "item") -> str:
    """An id made from a title: 'Greet the customer!' -> 'greet-the-customer'."""
    cleaned = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:64].strip("-")
    if len(cleaned) < 2:
        cleaned = f"{fallback}-{cleaned}" if cleaned else fallback
    return cleaned


def _unique(base: str, used: set[str]) -> str:
    candidate, number = base, 2
    while candidate in used:
        suffix = f"-{number}"
        candidate = base[: 64 - len(suffix)].rstrip("-") + suffix
        number += 1
    used.add(candidate)
    return candidate


def convert_file(path: Path, pack_id: str | None = None, name: str | None = None) -> Conversion:
    """Convert ``path`` (a .csv spreadsheet, or an Espanso .yml/.yaml match file)."""
    try:
        raw = read_pack_bytes(path)
        text = decode(str(path), raw)
    except SourceError as error:
        raise ConvertError(str(error), placed=True) from None
    pack_id = pack_id or slug(path.stem, "pack")
    problem = pack_id_problem(pack_id)
    if problem:
        raise ConvertError(problem)
    header: dict[str, Any] = {
        "format": PACK_FORMAT,
        "id": pack_id,
        "name": name or path.stem.replace("_", " ").replace("-", " ").strip() or pack_id,
        "version": 1,
        "language": "en",
        "description": f"Converted from {path.name}.",
    }
    if path.suffix.lower() in (".yml", ".yaml"):
        phrases, skipped = _espanso(str(path), text)
    else:
        phrases, skipped = _csv(text)
    if not phrases:
        raise ConvertError(
            "no row could be used" + (": " + "; ".join(skipped[:5]) if skipped else "")
        )
    return Conversion({**header, "phrases": phrases}, skipped)


def pack_id_problem(pack_id: str) -> str:
    """Why ``pack_id`` cannot be a new pack's id; '' when it can."""
    if _ID_PATTERN.fullmatch(pack_id):
        return ""
    return f"'{pack_id}' is not a valid pack id: use 2-64 lowercase letters, digits and '-'"


def _one_line(text: str) -> str:
    """``text`` with its tabs and line breaks made spaces: a title or a tag is shown on one
    line, and a pack refuses either in one (a spreadsheet cell may hold several lines)."""
    return re.sub(r"\s*[\t\r\n]\s*", " ", text).strip()


def _split_list(value: str) -> list[str]:
    parts = (_one_line(part) for part in re.split(r"[;\n]", value))
    return list(dict.fromkeys(part for part in parts if part))


def _csv(text: str) -> tuple[list[dict[str, Any]], list[str]]:
    text = text.lstrip("\ufeff")
    first_line = text.split("\n", 1)[0]
    delimiter = max((",", ";", "\t"), key=first_line.count)
    unclosed = _unclosed_quote(text, delimiter)
    if unclosed is not None:
        # Read on, the rest of the file would be that one cell, and every row after it lost.
        raise ConvertError(
            f'row {unclosed}: a cell opens a quote (") that is never closed; close it, or '
            'double a quote meant as text ("")'
        )
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = [column.strip().lower() for column in next(reader)]
    except StopIteration:
        raise ConvertError("the spreadsheet is empty") from None
    except csv.Error as error:
        raise ConvertError(f"row 1: cannot read the header: {error}") from None
    twice = sorted({c for c in header if c and header.count(c) > 1})
    if twice:
        raise ConvertError(f"row 1: the header gives the column {', '.join(twice)} twice")
    missing = [c for c in REQUIRED_COLUMNS if c not in header]
    if missing:
        raise ConvertError(
            f"row 1: the header has no column {', '.join(missing)}; the columns are: "
            + ",".join(CSV_COLUMNS)
        )
    skipped: list[str] = []
    unknown = [c for c in header if c and c not in CSV_COLUMNS]
    if unknown:
        skipped.append(f"row 1: the columns {', '.join(unknown)} are not used")
    phrases: list[dict[str, Any]] = []
    used: set[str] = set()
    shortcuts: set[str] = set()
    row_number = 1
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as error:
            skipped.append(f"row {row_number + 1}: cannot be read: {error}")
            break
        row_number += 1
        if not any(cell.strip() for cell in cells):
            continue
        row = {
            column: (cells[i].strip() if i < len(cells) else "") for i, column in enumerate(header)
        }
        phrase, problem = _csv_phrase(row, used, shortcuts)
        if problem:
            skipped.append(f"row {row_number}: {problem}")
        if phrase is not None:
            phrases.append(phrase)
    return phrases, skipped


def _unclosed_quote(text: str, delimiter: str) -> int | None:
    """The row whose quoted cell runs to the end of the file, if one does. Read strictly only
    to find that: other slips (a quote inside a cell) are read as a spreadsheet reads them."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    rows = 0
    while True:
        try:
            next(reader)
        except StopIteration:
            return None
        except csv.Error as error:
            return rows + 1 if "unexpected end of data" in str(error) else None
        rows += 1


def _csv_phrase(
    row: dict[str, str], used: set[str], shortcuts: set[str]
) -> tuple[dict[str, Any] | None, str]:
    title, text = row.get("title", ""), row.get("text", "").replace("\r\n", "\n")
    if not title or not text:
        return None, "skipped: it needs both a title and a text"
    category = (row.get("category") or "other").lower()
    if category not in {c.value for c in Category}:
        allowed = ", ".join(c.value for c in Category)
        return None, f"skipped: the category '{category}' is not one of: {allowed}"
    try:
        placeholders.parse(text)
    except placeholders.PlaceholderError as error:
        return None, f"skipped: the text has a broken placeholder: {error}"
    phrase: dict[str, Any] = {
        "id": _unique(slug(title, "phrase"), used),
        "title": _one_line(title)[:200],
        "text": text,
        "category": category,
    }
    for key in ("campaigns", "personas", "tags"):
        values = _split_list(row.get(key, ""))
        if values:
            phrase[key] = values
    note = ""
    shortcut = row.get("shortcut", "")
    if shortcut:
        if not _SHORTCUT.fullmatch(shortcut) or shortcut in shortcuts:
            note = f"the shortcut '{shortcut}' was left out (2-32 characters, no spaces, unique)"
        else:
            shortcuts.add(shortcut)
            phrase["shortcut"] = shortcut
    return phrase, note


def espanso_text(replace: str) -> str:
    """Espanso's ``{{var}}`` and form ``[[field]]`` become ``{var}``; other braces stay literal."""
    out: list[str] = []
    position = 0
    pattern = re.compile(f"{_ESPANSO_VAR.pattern}|{_FORM_FIELD.pattern}")
    for match in pattern.finditer(replace):
        literal = replace[position : match.start()]
        out.append(literal.replace("{", "{{").replace("}", "}}"))
        variable = (match.group(1) or match.group(2)).replace(".", "_").replace("-", "_")
        out.append("{" + variable + "}")
        position = match.end()
    out.append(replace[position:].replace("{", "{{").replace("}", "}}"))
    return "".join(out)


def _espanso(name: str, text: str) -> tuple[list[dict[str, Any]], list[str]]:
    try:
        document = parse(name, text, sections={"matches": SECTION_LIMITS["phrases"]})
    except SourceError as error:
        raise ConvertError(str(error), placed=True) from None
    data = document.data
    if not isinstance(data, dict) or not isinstance(data.get("matches"), list):
        raise ConvertError("this is not an Espanso match file: it has no 'matches:' list")
    phrases: list[dict[str, Any]] = []
    skipped: list[str] = []
    used: set[str] = set()
    shortcuts: set[str] = set()
    for index, match in enumerate(data["matches"]):
        line = document.position(("matches", index))[0]
        where = f"match {index + 1} (line {line})"
        if not isinstance(match, dict):
            skipped.append(f"{where}: skipped: not a match")
            continue
        body = match.get("replace", match.get("form"))
        if not isinstance(body, str) or not body.strip():
            kinds = [k for k in ("image_path", "html", "markdown", "regex") if k in match]
            reason = f" ({', '.join(kinds)} is not supported)" if kinds else ""
            skipped.append(f"{where}: skipped: it has no text to paste{reason}")
            continue
        triggers = match.get("triggers") or ([match["trigger"]] if "trigger" in match else [])
        triggers = [str(t) for t in triggers if isinstance(t, str | int)]
        title = str(match.get("label") or (triggers[0] if triggers else body.splitlines()[0]))
        phrase: dict[str, Any] = {
            "id": _unique(slug(title, "phrase"), used),
            "title": _one_line(title)[:200],
            "text": espanso_text(body),
            "category": "other",
        }
        if triggers and _SHORTCUT.fullmatch(triggers[0]) and triggers[0] not in shortcuts:
            shortcuts.add(triggers[0])
            phrase["shortcut"] = triggers[0]
        if len(triggers) > 1:
            phrase["tags"] = [_one_line(t)[:40] for t in triggers[1:21] if t.strip()]
        phrases.append(phrase)
    return phrases, skipped
