"""English counts for the messages the program writes in English (the command line, the log,
the shared folder's and a recovery's reports); the window's own texts count through Qt's
translations (``tr`` with ``%n``)."""

from __future__ import annotations


def counted(number: int, noun: str, plural: str = "") -> str:
    """'1 campaign', '2 campaigns', '0 phrases'."""
    return f"{number} {noun if number == 1 else plural or noun + 's'}"
