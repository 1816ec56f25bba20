"""The agent's settings.ini read without Qt, for the command line (which never loads Qt).

The window keeps settings.ini through QSettings (assistant/settings.py), whose INI format
escapes what it writes: a backslash is doubled (``\\\\fileserver\\team``), a value with ``;``,
``,`` or spaces at its ends is quoted, control characters become ``\\x..``. A plain
configparser read would hand a command the escaped text, so a folder path set in Settings
would not be found. ``qsettings_text`` reads a value as QSettings reads it
(QSettingsPrivate::iniUnescapedStringList); tests/test_floor_rules.py compares the two on
generated text.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

SETTINGS_FILE = "settings.ini"  # the file assistant/settings.py keeps through QSettings

log = logging.getLogger(__name__)

_LINE_END = re.compile(r"\r\n|\r|\n")
_SECTION = re.compile(r"^\s*\[(?P<name>[^\]]*)\]\s*$")
_ESCAPES = {
    "a": "\a",
    "b": "\b",
    "f": "\f",
    "n": "\n",
    "r": "\r",
    "t": "\t",
    "v": "\v",
    '"': '"',
    "?": "?",
    "'": "'",
    "\\": "\\",
}
_HEX = "0123456789abcdefABCDEF"
# What QSettings writes for values that are not text (QSettingsPrivate::variantToString).
_NOT_TEXT = (
    "@ByteArray(",
    "@Variant(",
    "@DateTime(",
    "@Rect(",
    "@Size(",
    "@Point(",
    "@Invalid(",
)


def agent_settings(data_dir: Path, then: str) -> dict[str, str]:
    """The agent's settings.ini in ``data_dir`` (read_settings_file); none when there is no
    file, and none, logged with ``then`` (what happens instead), when it cannot be read."""
    path = data_dir / SETTINGS_FILE
    try:
        return read_settings_file(path)
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError) as error:
        log.warning("%s cannot be read (%s); %s", path, error, then)
        return {}


def read_settings_file(path: Path) -> dict[str, str]:
    """The text values of a QSettings INI file, keyed 'section/key' as QSettings names them
    (keys outside a section are under 'General'). Values QSettings would not read as one
    piece of text (lists, byte arrays, other ``@`` values) are left out. Raises OSError and
    UnicodeDecodeError."""
    values: dict[str, str] = {}
    section = "General"
    # Lines end at \n or \r only, as QSettings reads them (str.splitlines would also break
    # at U+0085 and U+2028, which a value may hold).
    for line in _LINE_END.split(path.read_text(encoding="utf-8-sig")):
        stripped = line.strip()
        if not stripped or stripped[0] in ";#":
            continue
        header = _SECTION.match(line)
        if header is not None:
            section = header.group("name").strip()
            continue
        key, equals, raw = line.partition("=")
        if not equals:
            continue
        key = key.strip()
        name = key if section == "General" else f"{section}/{key}"
        text = qsettings_text(raw)
        if text is None:
            values.pop(name, None)
        else:
            values[name] = text
    return values


def qsettings_text(raw: str) -> str | None:
    """What QSettings reads from ``raw`` (the text after ``key=``): the text, or None when it
    is not one piece of text (a list: an unquoted comma; ``@ByteArray(...)`` and the like)."""
    parts: list[str] = []
    current: list[str] = []
    quoted = False  # inside "..."
    was_quoted = False  # the current piece had quotes: its trailing spaces stay
    keep = 0  # characters of ``current`` that trailing-space chopping must not remove
    i, size = 0, len(raw)

    def skip_spaces(at: int) -> int:
        while at < size and raw[at] in " \t":
            at += 1
        return at

    i = skip_spaces(i)
    while i < size:
        ch = raw[i]
        if ch == "\\":
            i += 1
            if i >= size:
                break
            ch = raw[i]
            i += 1
            if ch in _ESCAPES:
                current.append(_ESCAPES[ch])
                keep = len(current)
                continue
            if ch == "x":
                if i < size and raw[i] in _HEX:
                    value = 0
                    while i < size and raw[i] in _HEX:
                        value = ((value << 4) + int(raw[i], 16)) & 0xFFFF
                        i += 1
                    current.append(chr(value))
                    keep = len(current)
                    continue
            elif "0" <= ch <= "7":
                value = int(ch)
                while i < size and "0" <= raw[i] <= "7":
                    value = ((value << 3) + int(raw[i])) & 0xFFFF
                    i += 1
                current.append(chr(value))
                keep = len(current)
                continue
            # Any other escaped character is dropped, as QSettings drops it.
            keep = len(current)
        elif ch == '"':
            i += 1
            was_quoted = True
            quoted = not quoted
            if not quoted:
                i = skip_spaces(i)
            keep = len(current)
        elif ch == ";" and not quoted:
            break  # the rest of the line is a comment
        elif ch == "," and not quoted:
            parts.append(_chopped(current, keep, was_quoted))
            current, keep, was_quoted = [], 0, False
            i = skip_spaces(i + 1)
        else:
            current.append(ch)
            i += 1
    if parts:
        return None
    text = _chopped(current, keep, was_quoted)
    if text.startswith("@@"):
        return text[1:]
    if text.startswith("@String(") and text.endswith(")"):
        return text[len("@String(") : -1]  # text holding a NUL character
    if text.startswith(_NOT_TEXT) and text.endswith(")"):
        return None
    return text


def _chopped(current: list[str], keep: int, was_quoted: bool) -> str:
    text = "".join(current)
    if was_quoted:
        return text
    head, tail = text[:keep], text[keep:]
    return head + tail.rstrip(" \t")
