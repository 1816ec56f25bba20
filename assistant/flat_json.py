"""JSON for flat objects, without importing ``json``: the softphone command's client.

A softphone runs ``agent-assistant hold start`` on every call event, and the command's cost is
its start (assistant/fastcli.py). What the client reads and writes is always a flat object: the
lock file's ``{"endpoint": ..., "pid": ...}``, a request of a few strings, and the window's
``{"ok": true, "message": ...}``. Importing ``json`` imports ``re`` and compiles its patterns
(a tenth of the command's time). So the client writes and reads these objects here, with the
standard library's grammar (RFC 8259), and hands anything else to ``json`` itself: loads()
answers None for every text that is not an object of strings, integers, booleans and nulls,
and the caller then asks ``json.loads``, which gives the same answer or the same error.
"""

from __future__ import annotations

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing, as in channel.py
if TYPE_CHECKING:
    from collections.abc import Mapping

    Scalar = str | int | bool | None

_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b"}
_ESCAPES["\f"] = "\\f"
_UNESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r"}
_UNESCAPES["t"] = "\t"
_WHITESPACE = " \t\n\r"
_DIGITS = "0123456789"


def dumps(obj: Mapping[str, Scalar]) -> str:
    """``obj`` as one line of JSON that ``json.loads`` reads back equal. Characters JSON
    cannot carry raw (controls, and the lone surrogates of an undecodable argument) are
    written as ``\\uXXXX``, as ``json.dumps`` writes them."""
    parts = []
    for key, value in obj.items():
        if not isinstance(key, str):
            raise TypeError(f"keys must be strings, not {type(key).__name__}")
        parts.append(f"{_string(key)}: {_scalar(value)}")
    return "{" + ", ".join(parts) + "}"


def _scalar(value: Scalar) -> str:
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return int.__repr__(value)
    if isinstance(value, str):
        return _string(value)
    raise TypeError(f"a flat object holds strings, integers, booleans and null, not {value!r}")


def _string(text: str) -> str:
    out: list[str] = []
    for char in text:
        escaped = _ESCAPES.get(char)
        if escaped is not None:
            out.append(escaped)
        elif char < " " or "\ud800" <= char <= "\udfff":
            out.append(f"\\u{ord(char):04x}")
        else:
            out.append(char)
    return '"' + "".join(out) + '"'


def loads(text: str) -> dict[str, Scalar] | None:
    """The flat object ``text`` holds; None when it holds anything else (then ask ``json``)."""
    try:
        return _Reader(text).document()
    except _NotFlatError:
        return None


class _NotFlatError(Exception):
    """Not a flat object in strict JSON: json.loads decides what it is."""


class _Reader:
    def __init__(self, text: str) -> None:
        self.text = text
        self.at = 0

    def document(self) -> dict[str, Scalar]:
        self.space()
        self.expect("{")
        result: dict[str, Scalar] = {}
        self.space()
        if self.peek() == "}":
            self.at += 1
        else:
            while True:
                self.space()
                self.expect('"')
                key = self.string()
                self.space()
                self.expect(":")
                self.space()
                result[key] = self.value()  # a repeated key: the last wins, as in json
                self.space()
                if self.peek() == ",":
                    self.at += 1
                    continue
                self.expect("}")
                break
        self.space()
        if self.at != len(self.text):
            raise _NotFlatError
        return result

    def peek(self) -> str:
        return self.text[self.at : self.at + 1]

    def expect(self, char: str) -> None:
        if self.peek() != char:
            raise _NotFlatError
        self.at += 1

    def space(self) -> None:
        while self.peek() and self.peek() in _WHITESPACE:
            self.at += 1

    def value(self) -> Scalar:
        char = self.peek()
        if char == '"':
            self.at += 1
            return self.string()
        for word, meaning in (("true", True), ("false", False), ("null", None)):
            if self.text.startswith(word, self.at):
                self.at += len(word)
                return meaning
        return self.integer()

    def integer(self) -> int:
        start = self.at
        if self.peek() == "-":
            self.at += 1
        digits = self.at
        first = self.peek()
        if not first or first not in _DIGITS:
            raise _NotFlatError
        self.at += 1
        if first != "0":
            while self.peek() and self.peek() in _DIGITS:
                self.at += 1
        if self.at - digits > 18 or (self.peek() and self.peek() in ".eE"):
            raise _NotFlatError  # long numbers and fractions: json's (and its limits')
        return int(self.text[start : self.at])

    def string(self) -> str:
        out: list[str] = []
        text = self.text
        while True:
            if self.at >= len(text):
                raise _NotFlatError
            char = text[self.at]
            self.at += 1
            if char == '"':
                return "".join(out)
            if char < " ":
                raise _NotFlatError  # a raw control character: json's strict error
            if char != "\\":
                out.append(char)
                continue
            code = text[self.at : self.at + 1]
            self.at += 1
            if code in _UNESCAPES:
                out.append(_UNESCAPES[code])
            elif code == "u":
                unit = self.hex4()
                if 0xD800 <= unit <= 0xDBFF and text.startswith("\\u", self.at):
                    mark = self.at
                    self.at += 2
                    low = self.hex4()
                    if 0xDC00 <= low <= 0xDFFF:
                        unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
                    else:
                        self.at = mark  # not a pair: each stands alone, as in json
                out.append(chr(unit))
            else:
                raise _NotFlatError

    def hex4(self) -> int:
        digits = self.text[self.at : self.at + 4]
        if len(digits) != 4 or any(d not in "0123456789abcdefABCDEF" for d in digits):
            raise _NotFlatError
        self.at += 4
        return int(digits, 16)
