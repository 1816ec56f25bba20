from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from assistant.core import placeholders
from assistant.core.placeholders import Field, Literal, PlaceholderError


def test_fields_are_filled_and_the_rest_kept() -> None:
    text = "Thank you for holding, {customer_name}. This is {agent_name} at {company}."
    values = {"customer_name": "Ana", "agent_name": "Ben", "company": "ACME"}
    assert placeholders.fill(text, values) == "Thank you for holding, Ana. This is Ben at ACME."


def test_a_field_without_a_value_stays_visible() -> None:
    assert placeholders.fill("Hi {customer_name}!", {}) == "Hi {customer_name}!"
    assert placeholders.fill("Hi {customer_name}!", {"customer_name": ""}) == "Hi {customer_name}!"


def test_double_braces_are_literal_braces() -> None:
    assert placeholders.fill("Type {{code}} then {x}", {"x": "1"}) == "Type {code} then 1"
    assert placeholders.field_names("{{not_a_field}}") == []


def test_field_names_in_order_without_repeats() -> None:
    text = "{amount} due on {due_date}; I repeat, {amount}."
    assert placeholders.field_names(text) == ["amount", "due_date"]
    assert placeholders.missing_fields(text, {"amount": "$5"}) == ["due_date"]


def test_parse_tokens() -> None:
    assert placeholders.parse("a{b}c") == [Literal("a"), Field("b"), Literal("c")]


@pytest.mark.parametrize(
    ("template", "offset", "words"),
    [
        ("Hello {unclosed", 6, "never closed"),
        ("Hello {a {b}", 6, "never closed"),
        ("stray } brace", 6, "no matching"),
        ("{}", 0, "not a valid placeholder"),
        ("{Customer Name}", 0, "not a valid placeholder"),
        ("{1st}", 0, "not a valid placeholder"),
    ],
)
def test_malformed_templates_say_what_and_where(template: str, offset: int, words: str) -> None:
    with pytest.raises(PlaceholderError) as caught:
        placeholders.parse(template)
    assert caught.value.offset == offset
    assert words in str(caught.value)


@given(st.text())
def test_any_text_parses_or_gives_a_placeholder_error(text: str) -> None:
    try:
        tokens = placeholders.parse(text)
    except PlaceholderError as error:
        assert 0 <= error.offset < len(text)
        return
    # A template that parses fills without error, and with no values keeps every field visible.
    filled = placeholders.fill(text, {})
    for token in tokens:
        if isinstance(token, Field):
            assert "{" + token.name + "}" in filled
