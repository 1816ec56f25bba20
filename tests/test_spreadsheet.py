"""The one CSV writer (assistant/core/spreadsheet.py): a text cell a spreadsheet would run as a
formula is written as text, numbers stay numbers, and no cell can split its row."""

from __future__ import annotations

import csv
import io

import pytest

from assistant.core.spreadsheet import spreadsheet_cell, write_csv


@pytest.mark.parametrize(
    "text",
    [
        "=1+2",
        "=cmd|'/c calc'!A1",
        "+1+2",
        "-2+3",
        "@SUM(1+1)*cmd|' /C calc'!A0",
        "\t=1+2",
        "\r=1+2",
        "-",
    ],
)
def test_text_a_spreadsheet_would_run_gets_a_quote_in_front(text: str) -> None:
    assert spreadsheet_cell(text) == "'" + text


@pytest.mark.parametrize("value", ["Ana", "", " =1+2", "a=b", "2026-12-04T09:00:00+00:00", "'x"])
def test_other_text_is_left_as_it_is(value: str) -> None:
    assert spreadsheet_cell(value) == value


@pytest.mark.parametrize("value", [-12, -0.5, 0, 3.25, 7])
def test_a_number_the_program_writes_stays_a_number_even_negative(value: float) -> None:
    assert spreadsheet_cell(value) is value
    out = io.StringIO()
    write_csv(out, ("n",), [{"n": value}])
    assert out.getvalue() == f"n\n{value}\n"


def rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text, newline="")))


def test_the_table_a_header_then_one_row_per_record() -> None:
    out = io.StringIO()
    records = [
        {"agent": '=HYPERLINK("http://x")', "n": -3, "at": None},
        {"agent": "Ben", "n": 1.5, "at": "2026-12-04T09:00:00+00:00"},
    ]
    write_csv(out, ("agent", "n", "at"), records)
    assert out.getvalue().splitlines() == [
        "agent,n,at",
        '"\'=HYPERLINK(""http://x"")",-3,',
        "Ben,1.5,2026-12-04T09:00:00+00:00",
    ]


@pytest.mark.parametrize("name", ["Ann\nie", "Ann\rie", "Ann\r\nie", "Ann\r=1+2", "Ann\tie"])
def test_a_newline_or_a_carriage_return_in_a_cell_never_splits_its_row(name: str) -> None:
    # A bare carriage return was written unquoted (the csv module quotes only the characters
    # of its own line ending, "\n"): a spreadsheet began a new row there, with "=1+2" in its
    # first cell.
    out = io.StringIO()
    write_csv(out, ("agent", "holds"), [{"agent": name, "holds": 2}, {"agent": "Ben", "holds": 1}])
    assert rows(out.getvalue()) == [["agent", "holds"], [name, "2"], ["Ben", "1"]]
