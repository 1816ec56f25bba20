"""CSV for a spreadsheet: ``write_csv`` is the one way the program writes a CSV table, and
``spreadsheet_cell`` what it makes of each cell.

A report's text cells hold what others typed: an agent's display name, and whatever anyone
who can write the team folder put in a history line (a name, a campaign, a status). A
spreadsheet runs a cell that begins with ``=``, ``+``, ``-`` or ``@`` as a formula, some skip
a tab or a carriage return in front of one, and a formula can start a program
(``=cmd|' /C calc'!A0``). So a text cell that begins with one of these is written with a
``'`` first, the OWASP way: the spreadsheet shows the text as it was typed and runs nothing.
The numbers the program writes (durations, counts, ids) are never text and stay as they are:
a negative number is still a number to add up.

A cell holding a newline or a carriage return is quoted, so it cannot split its row: a row
made of the second half of a name would begin with whatever the name's author chose.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping, Sequence
from typing import TextIO

FORMULA_MARKS = ("=", "+", "-", "@", "\t", "\r")
"""How a text cell begins that a spreadsheet may run as a formula."""


def spreadsheet_cell(value: object) -> object:
    """``value`` as a CSV cell that a spreadsheet shows and never runs: text that begins
    with one of FORMULA_MARKS gets a ``'`` in front; other text and numbers are left as they
    are, and None is an empty cell."""
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(FORMULA_MARKS):
        return "'" + value
    return value


def write_csv(
    stream: TextIO, fields: Sequence[str], records: Iterable[Mapping[str, object]]
) -> None:
    """A header row of ``fields``, then one row per record: its values of ``fields``, each
    through ``spreadsheet_cell``. Rows end with a newline."""
    # The csv module quotes a cell that holds a character of its line ending, and no other
    # kind: with "\r\n" it quotes a bare carriage return too, which spreadsheets and
    # csv.reader take for the end of a row. Each row then ends with "\n" as before (standard
    # output on Windows makes that "\r\n" itself).
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")

    def write_row(cells: Iterable[object]) -> None:
        writer.writerow(cells)
        stream.write(buffer.getvalue()[:-2] + "\n")
        buffer.seek(0)
        buffer.truncate()

    write_row(fields)
    for record in records:
        write_row(spreadsheet_cell(record[field]) for field in fields)
