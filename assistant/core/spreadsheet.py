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

The file is comma-separated, but not every spreadsheet reads it so. Excel splits a row at the
list separator of the computer's region, which is ``;`` in most of Europe and Latin America,
and some readers split at tabs. Read that way, the quotes around a cell hold it together only
when it begins the row, and the text after a ``;``, a tab or a line break inside it begins a
cell of its own (``Ben,Ann;=1+2`` is ``Ben,Ann`` and the formula ``=1+2``). So inside a text
cell, a formula's first character right after one of those gets a ``'`` in front too; and a
cell that holds one is quoted, so it stays whole where it begins a row.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import TextIO

FORMULA_MARKS = ("=", "+", "-", "@", "\t", "\r")
"""How a text cell begins that a spreadsheet may run as a formula."""

SEPARATORS = ";\t\r\n"
"""What ends a cell in some spreadsheet's reading of the file, besides the comma: the list
separator of most of Europe and Latin America, the tab, and the line breaks."""

# A separator, then a formula's first character, maybe after quotes: the CSV doubles a quote,
# and a reader that split the cell at the separator takes '""' for an empty quoted start and
# goes on reading the rest as the cell ('""=1+2' is "=1+2").
_FORMULA_AFTER_SEPARATOR = re.compile(
    f'([{re.escape(SEPARATORS)}])(?="*[{re.escape("".join(FORMULA_MARKS))}])'
)

# The csv module quotes a cell that holds the delimiter, a quote or a character of the row's
# ending, and no other: rows are written ending in the separators too, so that a cell holding
# one is quoted, and that ending is cut off again (write_csv).
_ROW_END = "\r\n" + SEPARATORS


def spreadsheet_cell(value: object) -> object:
    """``value`` as a CSV cell that a spreadsheet shows and never runs: text that begins
    with one of FORMULA_MARKS gets a ``'`` in front, and so does each one that follows one of
    SEPARATORS in it; other text and numbers are left as they are, and None is an empty
    cell."""
    if value is None:
        return ""
    if not isinstance(value, str):
        return value
    value = _FORMULA_AFTER_SEPARATOR.sub(r"\1'", value)
    if value.startswith(FORMULA_MARKS):
        return "'" + value
    return value


def write_csv(
    stream: TextIO, fields: Sequence[str], records: Iterable[Mapping[str, object]]
) -> None:
    """A header row of ``fields``, then one row per record: its values of ``fields``, each
    through ``spreadsheet_cell``. Rows end with a newline; a cell is quoted when it holds a
    comma, a quote or one of SEPARATORS, and only then."""
    # _ROW_END is cut off each row, which then ends with "\n" as before (standard output on
    # Windows makes that "\r\n" itself).
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator=_ROW_END)

    def write_row(cells: Iterable[object]) -> None:
        writer.writerow(cells)
        stream.write(buffer.getvalue()[: -len(_ROW_END)] + "\n")
        buffer.seek(0)
        buffer.truncate()

    write_row(fields)
    for record in records:
        write_row(spreadsheet_cell(record[field]) for field in fields)
