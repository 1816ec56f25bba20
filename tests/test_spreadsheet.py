"""The one CSV writer (assistant/core/spreadsheet.py): a text cell a spreadsheet would run as a
formula is written as text, numbers stay numbers, and no cell can split its row."""

from __future__ import annotations

import csv
import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.core.spreadsheet import spreadsheet_cell, write_csv


@pytest.mark.parametrize(
    "text",
    [
        "=1+2",
        "=cmd|'/c calc'!A1",
        "+1+2",
        "-2+3",
        "@SUM(1+1)*cmd|' /C calc'!A0",
        "\tAnn",
        "\rAnn",
        "-",
    ],
)
def test_text_a_spreadsheet_would_run_gets_a_quote_in_front(text: str) -> None:
    assert spreadsheet_cell(text) == "'" + text


@pytest.mark.parametrize(
    ("text", "cell"),
    [
        ("Ann;=1+2", "Ann;'=1+2"),
        ("Ann;+1;-2;@SUM(1)", "Ann;'+1;'-2;'@SUM(1)"),
        ("Ann\t=1+2", "Ann\t'=1+2"),
        ("Ann\n=1+2", "Ann\n'=1+2"),
        ("Ann\r\n=1+2", "Ann\r\n'=1+2"),
        ('Ann;"=1+2', "Ann;'\"=1+2"),  # written 'Ann;""=1+2': read after ';' as "=1+2"
        ("Ann;\t=1+2", "Ann;'\t'=1+2"),
        ("\t=1+2", "'\t'=1+2"),
        ("\r=1+2", "'\r'=1+2"),
        ("=1;=2", "'=1;'=2"),
    ],
)
def test_a_formula_after_a_separator_inside_the_text_gets_a_quote_in_front(
    text: str, cell: str
) -> None:
    # Excel where the list separator is ';' (Spain, most of Europe, Latin America) read the
    # row 'Ben,Ann;=1+2,3' as the cells 'Ben,Ann' and '=1+2,3', and ran the formula.
    assert spreadsheet_cell(text) == cell


@pytest.mark.parametrize(
    "value",
    ["Ana", "", " =1+2", "a=b", "2026-12-04T09:00:00+00:00", "'x", "a; b", "a;x=1", "a,=1"],
)
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
    cell = spreadsheet_cell(name)
    assert rows(out.getvalue()) == [["agent", "holds"], [cell, "2"], ["Ben", "1"]]


# Excel splits a CSV it opens at the list separator of the computer's region: ',' in the United
# States and the United Kingdom, ';' in Spain and most of Europe and Latin America; some
# readers split at tabs. It reads quotes as the csv module's "excel" dialect does.
READINGS = (",", ";", "\t")


def read_with(text: str, separator: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=separator))


def runs(cell: str) -> bool:
    """Whether a spreadsheet runs the cell as a formula (some skip a tab or a carriage return
    in front of one)."""
    return cell.lstrip("\t\r").startswith(("=", "+", "-", "@"))


TYPED = st.text(alphabet=st.sampled_from(list(",;\t\r\n\"' =+-@Ab1")), max_size=12)
RECORD = st.fixed_dictionaries(
    {"agent": TYPED, "campaign": TYPED, "holds": st.integers(0, 10**6), "status": TYPED}
)
FIELDS = ("agent", "campaign", "holds", "status")


@settings(max_examples=300, deadline=None)
@given(st.lists(RECORD, min_size=1, max_size=3))
def test_no_reading_of_the_file_finds_a_cell_a_spreadsheet_would_run(
    records: list[dict[str, object]],
) -> None:
    out = io.StringIO()
    write_csv(out, FIELDS, records)
    text = out.getvalue()
    # Read with commas, every value is one cell where it belongs, as spreadsheet_cell made it.
    assert read_with(text, ",") == [
        list(FIELDS),
        *([str(spreadsheet_cell(record[field])) for field in FIELDS] for record in records),
    ]
    for separator in READINGS:
        cells = [cell for row in read_with(text, separator)[1:] for cell in row]
        assert not [cell for cell in cells if runs(cell)], (separator, text)


@settings(max_examples=200, deadline=None)
@given(RECORD)
def test_a_first_cell_holding_a_separator_stays_whole_in_every_reading(
    record: dict[str, object],
) -> None:
    # Quoted, the row's first cell is one cell to a reader that splits at ';' or at tabs too
    # (a reader that splits at ',' reads every cell whole).
    out = io.StringIO()
    write_csv(out, FIELDS, [record])
    first = str(spreadsheet_cell(record["agent"]))
    for separator in READINGS:
        assert read_with(out.getvalue(), separator)[1][0].startswith(first)


@pytest.mark.parametrize("separator", READINGS)
def test_a_name_with_a_semicolon_reads_safely_with_either_separator(separator: str) -> None:
    # 'Ann;=1+2' was written bare: Excel in Spain read the cells 'Ann' and '=1+2' and ran it;
    # in a later column, '=1+2,3'.
    out = io.StringIO()
    records = [
        {"agent": "Ann;=1+2", "campaign": "Ventas;@SUM(1+1)", "holds": 2, "status": "ok"},
        {"agent": "Ben", "campaign": "x\t=1+2;-3", "holds": 1, "status": 'a;"=1+2'},
    ]
    write_csv(out, FIELDS, records)
    assert out.getvalue().splitlines() == [
        "agent,campaign,holds,status",
        '"Ann;\'=1+2","Ventas;\'@SUM(1+1)",2,ok',
        'Ben,"x\t\'=1+2;\'-3",1,"a;\'""=1+2"',
    ]
    cells = [cell for row in read_with(out.getvalue(), separator) for cell in row]
    assert cells and not [cell for cell in cells if runs(cell)]
    assert read_with(out.getvalue(), separator)[1][0].startswith("Ann;'=1+2")
