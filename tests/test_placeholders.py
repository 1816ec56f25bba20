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


# ---------------------------------------------------------------- richer fill-in fields


def test_a_default_value_prefills_and_is_used_when_nothing_is_typed() -> None:
    text = "Your plan is {plan=Basic}."
    assert placeholders.fields(text) == [Field("plan", default="Basic")]
    assert placeholders.fill(text, {}) == "Your plan is Basic."
    assert placeholders.fill(text, {"plan": "Premium"}) == "Your plan is Premium."
    # The agent is still asked (the form starts from the default).
    assert placeholders.missing_fields(text, {}) == ["plan"]


def test_a_choice_field_lists_its_options_and_preselects_the_first() -> None:
    text = "I see this is about {reason:Billing|Technical | Other}."
    (field,) = placeholders.fields(text)
    assert field.choices == ("Billing", "Technical", "Other")
    assert field.initial == "Billing"
    assert placeholders.fill(text, {"reason": "Technical"}) == "I see this is about Technical."
    assert placeholders.fill(text, {}) == "I see this is about {reason}."


def test_an_optional_section_is_kept_or_dropped_as_the_agent_chooses() -> None:
    text = (
        "Your order ships today. [[?warranty: It is covered by the {years=2}-year warranty.]] Bye."
    )
    assert placeholders.section_names(text) == ["warranty"]
    assert placeholders.field_names(text) == ["years"]
    kept = placeholders.fill(text, {"years": "3"}, {"warranty": True})
    assert kept == "Your order ships today. It is covered by the 3-year warranty. Bye."
    dropped = placeholders.fill(text, {"years": "3"}, {"warranty": False})
    assert dropped == "Your order ships today. Bye."
    # Without a decision (the library preview) the section shows.
    assert placeholders.fill(text, {}) == (
        "Your order ships today. It is covered by the 2-year warranty. Bye."
    )


def test_texts_written_before_sections_read_as_before() -> None:
    assert placeholders.fill("Press [1] or [[2]] and ]] then [[?", {}) == (
        "Press [1] or [[2]] and ]] then [[?"
    )


def test_sample_values_fill_every_field_for_the_preview() -> None:
    text = "Hi {customer_name}, {reason:Billing|Other} on {date}."
    assert placeholders.fill(text, placeholders.sample_values(text)) == (
        "Hi Maria Santos, Billing on <date>."
    )


@pytest.mark.parametrize(
    ("template", "offset", "words"),
    [
        ("{plan=}", 0, "no default value"),
        ("{reason:Billing}", 0, "at least two options"),
        ("{reason:Billing||Other}", 0, "empty option"),
        ("ok [[?warranty: covered", 3, "never closed"),
        ("[[?a: x [[?b: y]] ]]", 8, "cannot hold another"),
        ("[[?warranty: ]]", 0, "is empty"),
        ("[[?w: {Bad}]]", 6, "not a valid placeholder"),
    ],
)
def test_malformed_rich_fields_say_what_and_where(template: str, offset: int, words: str) -> None:
    with pytest.raises(PlaceholderError) as caught:
        placeholders.parse(template)
    assert caught.value.offset == offset
    assert words in str(caught.value)


@given(st.text(alphabet="{}[]?:=|ab_ ", max_size=30))
def test_rich_syntax_parses_or_errors_within_the_text(text: str) -> None:
    try:
        placeholders.parse(text)
    except PlaceholderError as error:
        assert 0 <= error.offset < len(text)
        return
    for include in (None, {name: False for name in placeholders.section_names(text)}):
        placeholders.fill(text, {}, include)
