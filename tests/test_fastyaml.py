"""parse_yaml_fast: exactly the data source.parse builds, or None ("use the slow parser").

The contract is checked against source.parse itself: on pack data written by our dump_yaml and
by yaml.safe_dump under many settings (where it must also answer, or the fast path is useless),
on arbitrary and mutated text (where it must never raise, and must say None whenever the slow
parser reports an error), and on one small case per YAML pitfall.
"""

from __future__ import annotations

import gc
import random
import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant.packs import fastyaml
from assistant.packs.export import dump_yaml, pack_to_data, pack_to_yaml
from assistant.packs.fastyaml import parse_yaml_fast
from assistant.packs.loader import known_ids, load_pack
from assistant.packs.source import MAX_DEPTH, SourceError, parse
from assistant.resources import resource_path

# Each property costs a few seconds: the slow parser reads every example too.
BUDGET = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
FUZZ = settings(max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
PACK_FILES = [resource_path("packs", "builtin.yaml"), resource_path("packs", "starter.yaml")]


def typed(value: Any) -> Any:
    """``value`` with the type of every scalar spelled out: True == 1 in Python, not in a pack."""
    if isinstance(value, dict):
        return {key: typed(item) for key, item in value.items()}
    if isinstance(value, list):
        return [typed(item) for item in value]
    return (type(value).__name__, value)


def slow(text: str) -> tuple[bool, Any]:
    """(True, data) as source.parse reads ``text``, or (False, None) when it reports an error."""
    try:
        return True, parse("f", text).data
    except SourceError:
        return False, None


def read(text: str, records: bool = True) -> Any:
    """The fast reader without parse_yaml_fast's safety net: a refusal is its own exception, so
    a test sees any other exception (a bug the net would hide)."""
    try:
        return fastyaml._Reader(text, records).read()
    except fastyaml._OutsideSubsetError:
        return None


def agrees(text: str) -> Any:
    """parse_yaml_fast's answer for ``text``, after checking it against source.parse; both
    readers (records and lines) must agree with it too."""
    fast = parse_yaml_fast(text)
    parsed, data = slow(text)
    for answer in (fast, read(text), read(text, records=False)):
        if answer is not None:
            assert parsed, "the slow parser reports an error here"
            assert typed(answer) == typed(data)
    return fast


# --- Pack-like data ---------------------------------------------------------------------------

_RESOLVER = yaml.resolver.Resolver()


def _plain_name(key: str) -> bool:
    # Keys such as "yes" or "null" are quoted by the dumpers: outside the subset by design.
    return bool(_RESOLVER.resolve(yaml.ScalarNode, key, (True, False)) == "tag:yaml.org,2002:str")


keys = st.from_regex(r"[a-z_][a-z0-9_-]{0,10}", fullmatch=True).filter(_plain_name)
# Any character, control characters too (the dumpers escape them), except the ones YAML reads
# as line breaks (NEL, LS, PS): with allow_unicode the dumpers write those raw inside quotes,
# and the fast reader refuses them (test_outside_the_subset_is_none).
characters = st.characters(
    codec="utf-8", exclude_categories=["Cs"], exclude_characters="\x85\u2028\u2029"
)
lookalikes = st.sampled_from(
    ["", " lead", "trail ", "yes", "No", "on", "OFF", "null", "~", "1", "-5", "007", "0x1F",
     "1_000", "1:30", "3.14", ".5", "1e3", "2024-01-31", "2024-01-31 10:00:00", "<<", "=",
     "-", "- item", "key: value", "a #b", "a#b", "{customer_name}", "{{literal}}", "#tag",
     "'quoted'", '"double"', "it's", "multi\nline", "trailing\n", "\n lead", "a \nb",
     "a\n\n\nb", "tab\there", "bell\x07", "?why", ":-)", "[x]", "x" * 150]
)  # fmt: skip
sentences = st.lists(
    st.sampled_from(
        ["Thank", "you", "for", "calling", "{company},", "it's", "I'm", "a", "b:", "c",
         "#5", "-", "é", "😀", "\n", "  ", "'", '"', "done.", "\\", "%", "@x", "&y", "*z"]
    ),
    max_size=40,
).map(" ".join)  # fmt: skip
texts = st.text(characters, max_size=30) | lookalikes | sentences
scalars = texts | st.integers(-(10**6), 10**6) | st.booleans() | st.none()
ids = st.from_regex(r"[a-z][a-z0-9-]{1,20}", fullmatch=True)
phrases = st.fixed_dictionaries(
    {"id": ids, "title": texts, "text": texts, "category": st.sampled_from(["opening", "hold"])},
    optional={
        "campaigns": st.lists(ids, min_size=1, max_size=3),
        "personas": st.lists(ids, min_size=1, max_size=3),
        "tags": st.lists(texts, min_size=1, max_size=4),
        "shortcut": texts,
    },
)
packs = st.fixed_dictionaries(
    {
        "format": st.just("agent-assistant/pack@1"),
        "id": ids,
        "name": texts,
        "version": st.integers(1, 10**6),
        "phrases": st.lists(phrases, max_size=6),
    },
    optional={
        "description": texts,
        "campaigns": st.lists(
            st.fixed_dictionaries(
                {"id": ids, "name": texts, "type": st.just("sales")},
                optional={
                    "hold": st.fixed_dictionaries({"check_in_seconds": st.integers(10, 120)}),
                    "call_flow": st.lists(
                        st.fixed_dictionaries(
                            {"step": texts, "phrases": st.lists(ids, min_size=1, max_size=3)},
                            optional={"required": st.booleans()},
                        ),
                        max_size=3,
                    ),
                },
            ),
            max_size=3,
        ),
    },
)
# Anything a dumper can write from dicts, lists and scalars (deeper, odder than a pack).
nested = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(keys, inner, max_size=4),
    max_leaves=25,
)
documents = packs | st.dictionaries(keys, nested, min_size=1, max_size=5)


@st.composite
def safe_dumped(draw: st.DrawFn, data: st.SearchStrategy[Any]) -> str:
    """``data`` written by yaml.safe_dump as a supervisor's script might call it."""
    return yaml.safe_dump(
        draw(data),
        width=draw(st.sampled_from([20, 40, 80, 100, 1000])),
        indent=draw(st.sampled_from([2, 3, 4])),
        default_flow_style=draw(st.sampled_from([False, None])),
        allow_unicode=draw(st.booleans()),
        explicit_start=draw(st.booleans()),
        sort_keys=draw(st.booleans()),
    )


@BUDGET
@given(data=documents)
def test_dump_yaml_output_is_read_exactly(data: dict[str, Any]) -> None:
    text = dump_yaml(data)
    assert agrees(text) is not None, text


@BUDGET
@given(data=documents, width=st.sampled_from([20, 80, 1000]), indent=st.sampled_from([2, 4]))
def test_safe_dump_block_output_is_read_exactly(
    data: dict[str, Any], width: int, indent: int
) -> None:
    for allow_unicode in (True, False):
        text = yaml.safe_dump(
            data, width=width, indent=indent, allow_unicode=allow_unicode, sort_keys=False
        )
        assert agrees(text) is not None, text


@BUDGET
@given(text=safe_dumped(documents))
def test_safe_dump_output_in_any_style_is_read_exactly_or_refused(text: str) -> None:
    # Flow mappings ({a: 1}) and flow lists over several lines come from default_flow_style=None
    # and are outside the subset: None is allowed, a different answer is not.
    agrees(text)


def _realistic_pack_texts(count: int) -> list[str]:
    """Packs shaped like the built-in one (its campaigns, personas and phrase texts), varied the
    way real exports are, written the ways a pack reaches us."""
    builtin = pack_to_data(load_pack(resource_path("packs", "builtin.yaml")))
    rng = random.Random(20240531)
    extras = ["", " Note: this call is recorded.", " I'll check.", ' It says "done".',
              " À bientôt!", "\nAnything else?", " And a much longer sentence that goes on "
              "well past the width at which the dumpers wrap their lines."]  # fmt: skip
    result = []
    for number in range(count):
        chosen = rng.sample(builtin["phrases"], 20)
        for index, phrase in enumerate(chosen):
            phrase = dict(phrase, id=f"{phrase['id']}-{index}")
            phrase["text"] += rng.choice(extras)
            if rng.random() < 0.3:
                phrase["shortcut"] = f";x{index}"
            chosen[index] = phrase
        data = builtin | {"id": f"pack-{number}", "phrases": chosen}
        result.append(dump_yaml(data))
        result.append(yaml.safe_dump(data, sort_keys=False, allow_unicode=number % 2 == 0))
        result.append(yaml.safe_dump(data, sort_keys=False, indent=4, width=60))
    return result


def test_realistic_packs_are_all_read_exactly() -> None:
    texts = _realistic_pack_texts(8)
    answered = [agrees(text) is not None for text in texts]
    assert sum(answered) == len(texts), f"{sum(answered)} of {len(texts)} read"


@pytest.mark.parametrize("path", PACK_FILES, ids=lambda path: Path(path).name)
def test_the_shipped_packs_are_read_exactly(path: Path) -> None:
    # Hand-written: comments after values and on their own lines, flow lists, quoted texts.
    text = path.read_text(encoding="utf-8")
    assert agrees(text) is not None
    # The starter pack refers to built-in phrases, as a supervisor's pack does.
    builtin = known_ids(load_pack(PACK_FILES[0]))
    assert agrees(pack_to_yaml(load_pack(path, builtin))) is not None


def test_a_long_uniform_list_is_read_as_records() -> None:
    # The speed comes from reading list entries with a few learned patterns; a change that
    # quietly sent every entry back to the line reader would keep the results and lose the
    # speed, so this looks inside.
    lines = ["format: agent-assistant/pack@1", "phrases:"]
    for number in range(2000):
        lines += [f"- id: phrase-{number}", f"  text: Answer {number}, for {{customer_name}}.",
                  "  category: opening", "  tags:", "  - bench", f"  - t{number % 50}"]  # fmt: skip
    text = "\n".join(lines) + "\n"
    reader = fastyaml._Reader(text)
    data = reader.read()
    assert typed(data) == typed(slow(text)[1])
    assert len(data["phrases"]) == 2000
    assert reader.compiles <= 2
    assert sum(len(families) for families in reader.families.values()) == 1


# --- Arbitrary and damaged text -------------------------------------------------------------

# Characters a YAML reader treats specially, and some it refuses.
awkward = st.sampled_from(
    list(" \n\t\r:-#'\"|>[]{},&*!%@`?~\\") + ["\r\n", "\x85", "\u2028", "\u2029", "\ufeff",
    "\x00", "\x07", "\x7f", "\xa0", "é", "😀"]
)  # fmt: skip
fragments = st.sampled_from(
    ["a:", "b:", "key:", "- ", "-", "  ", "    ", "\n", "x", "yes", "1", "'", '"', "''", "|",
     "|-", "|+", "|2", ">", "[a, b]", "[]", "{}", "# c", " #c", "&a ", "*a", "!!str ", "---",
     "...", "%YAML 1.1", "<<: ", "? ", ": ", "\\", "\\n", "\\x41", "text"]
)  # fmt: skip
yamlish = st.lists(fragments | awkward, max_size=60).map("".join)


def _never_raises_and_agrees(text: str) -> None:
    fast = parse_yaml_fast(text)  # never raises: an exception fails the test
    read(text)
    read(text, records=False)
    parsed, _ = slow(text)
    if not parsed:
        assert fast is None
    agrees(text)


@FUZZ
@given(text=st.text(max_size=300))
def test_any_text_gives_the_slow_answer_or_none(text: str) -> None:
    _never_raises_and_agrees(text)


@FUZZ
@given(text=yamlish)
def test_yaml_like_text_gives_the_slow_answer_or_none(text: str) -> None:
    _never_raises_and_agrees(text)


@st.composite
def damaged(draw: st.DrawFn) -> str:
    """A valid pack text with a few lines deleted, duplicated, swapped or re-indented, or a few
    awkward characters inserted."""
    data = draw(packs)
    lines = (dump_yaml(data) if draw(st.booleans()) else yaml.safe_dump(data)).split("\n")
    for _ in range(draw(st.integers(1, 3))):
        at = draw(st.integers(0, len(lines) - 1))
        change = draw(st.sampled_from(["delete", "duplicate", "swap", "indent", "insert"]))
        if change == "delete":
            del lines[at]
        elif change == "duplicate":
            lines.insert(at, lines[at])
        elif change == "swap" and at + 1 < len(lines):
            lines[at], lines[at + 1] = lines[at + 1], lines[at]
        elif change == "indent":
            shift = draw(st.integers(-2, 3))
            lines[at] = " " * shift + lines[at] if shift > 0 else lines[at][-shift:]
        else:
            column = draw(st.integers(0, len(lines[at])))
            lines[at] = lines[at][:column] + draw(awkward | fragments) + lines[at][column:]
        if not lines:
            lines = [""]
    return "\n".join(lines)


@BUDGET
@given(text=damaged())
def test_damaged_pack_text_gives_the_slow_answer_or_none(text: str) -> None:
    _never_raises_and_agrees(text)


# --- One pitfall at a time ------------------------------------------------------------------
#
# Each case is the exact answer, checked against source.parse as well (agrees()).

SCALARS = {
    "text": ("a: hello world", "hello world"),
    "booleans, YAML 1.1": ("a: yes", True),
    "booleans, capitalised": ("a: No", False),
    "on is a boolean": ("a: on", True),
    "OFF is a boolean": ("a: OFF", False),
    "y is text": ("a: y", "y"),
    "tilde is null": ("a: ~", None),
    "null": ("a: null", None),
    "Null": ("a: Null", None),
    "empty is null": ("a:", None),
    "empty with spaces is null": ("a:   ", None),
    "decimal int": ("a: 42", 42),
    "negative int": ("a: -7", -7),
    "zero": ("a: 0", 0),
    "09 is not octal: text": ("a: 09", "09"),
    "1e3 is text (no dot)": ("a: 1e3", "1e3"),
    "dashes": ("a: --x", "--x"),
    "question mark first": ("a: ?why", "?why"),
    "colon first": ("a: :-)", ":-)"),
    "colon inside": ("a: b:c", "b:c"),
    "hash inside a word": ("a: b#c", "b#c"),
    "comment after a value": ("a: b # c", "b"),
    "trailing spaces": ("a: b   ", "b"),
    "quoted number": ("a: '1'", "1"),
    "quoted boolean": ('a: "yes"', "yes"),
    "single quote escape": ("a: 'it''s'", "it's"),
    "empty single quotes": ("a: ''", ""),
    "double quote escapes": (r'a: "tab\tnew\nq\"\\ \x41\u00e9\U0001F600"', 'tab\tnew\nq"\\ Aé😀'),
    "comment after quotes": ("a: 'x' # c", "x"),
    "0o17 is text in YAML 1.1": ("a: 0o17", "0o17"),
    "+.5 is text": ("a: +.5", "+.5"),
    "tRUE is text": ("a: tRUE", "tRUE"),
    "NULL": ("a: NULL", None),
    "a comment where the value would be": ("a: #x", None),
    "indicators inside a plain scalar": ("a: x,y] z&*!|>'\"%@`", "x,y] z&*!|>'\"%@`"),
    "question mark and dash after a space": ("a: x ?y -z", "x ?y -z"),
    "placeholder": ("a: Hello {customer_name}", "Hello {customer_name}"),
    "unicode": ("a: café 😀", "café 😀"),
}


@pytest.mark.parametrize(("text", "value"), SCALARS.values(), ids=SCALARS.keys())
def test_scalar(text: str, value: Any) -> None:
    assert typed(agrees(text + "\n")) == typed({"a": value})


REFUSED_SCALARS = {
    "octal 017": "a: 017",
    "hex 0x1A": "a: 0x1A",
    "underscores 1_000": "a: 1_000",
    "sexagesimal 1:30": "a: 1:30",
    "plus sign": "a: +1",
    "float .5": "a: .5",
    "float 1.5": "a: 1.5",
    "float 1.0e+3": "a: 1.0e+3",
    "binary 0b101": "a: 0b101",
    "underscores 1__0": "a: 1__0",
    "sexagesimal 190:20:30": "a: 190:20:30",
    "timestamp with time": "a: 2001-12-14t21:59:43.10-05:00",
    "float 1.": "a: 1.",
    "infinity": "a: .inf",
    "timestamp": "a: 2001-12-14",
    "merge key": "<<: {}",
    "value key =": "a: =",
    "int past 18 digits": "a: 1234567890123456789",
    "folded block": "a: >\n  folded",
    "unknown escape": r'a: "\q"',
    "surrogate escape": r'a: "\ud800"',
    "escaped single quote (libyaml only)": r'a: "\'"',
}


@pytest.mark.parametrize("text", REFUSED_SCALARS.values(), ids=REFUSED_SCALARS.keys())
def test_scalars_that_are_not_text_int_bool_or_null_are_refused(text: str) -> None:
    assert agrees(text + "\n") is None


# A plain scalar cannot start with an indicator (the slow parser reads an error, an anchor,
# an alias, a tag, a block scalar or an unclosed quote), except "-", "?" and ":" before a
# non-blank in block context.
@pytest.mark.parametrize("first", list("-?:,[]{}&*!|>'\"%@`"))
def test_a_value_starting_with_an_indicator(first: str) -> None:
    expected = {"a": first + "x"} if first in "-?:" else None
    assert agrees(f"a: {first}x\n") == expected


MULTI_LINE = {
    "plain, folded": ("a: one\n  two\n  three\nb: 1\n", "one two three"),
    "plain, blank line is a newline": ("a: one\n  two\n\n  three\n", "one two\nthree"),
    "plain, continuation may start with '- '": ("a: x\n  - y\n", "x - y"),
    "plain, value on the next line": ("a:\n  value\n  more\n", "value more"),
    "single quotes, folded": ("a: 'one\n  two\n\n  three'\n", "one two\nthree"),
    "single quotes, spaces at the break dropped": ("a: 'a   \n   b'\n", "a b"),
    "double quotes, escaped break": ('a: "one\\\n  two"\n', "onetwo"),
    "double quotes, escaped space kept": ('a: "one \\\n  \\ two"\n', "one  two"),
    "literal": ("a: |\n  one\n  two\nb: 1\n", "one\ntwo\n"),
    "literal, strip": ("a: |-\n  one\n\n  two\n\n\nb: 1\n", "one\n\ntwo"),
    "literal, keep": ("a: |+\n  one\n\n\nb: 1\n", "one\n\n\n"),
    "literal, indentation indicator": ("a: |2\n    one\n   two\n", "  one\n two\n"),
    "literal, leading blank line": ("a: |\n\n  one\n", "\none\n"),
    "literal, comment inside is text": ("a: |\n  # not a comment\n", "# not a comment\n"),
    "literal, less indented comment ends it": ("a: |\n  x\n # c\nb: 1\n", "x\n"),
}


@pytest.mark.parametrize(("text", "value"), MULTI_LINE.values(), ids=MULTI_LINE.keys())
def test_multi_line_scalar(text: str, value: str) -> None:
    assert agrees(text)["a"] == value


STRUCTURE = {
    "indentless list": ("a:\n- x\n- y\nb: 2\n", {"a": ["x", "y"], "b": 2}),
    "indented list": ("a:\n    - x\n    - y\nb: 2\n", {"a": ["x", "y"], "b": 2}),
    "list of mappings": ("- a: 1\n  b: 2\n- c\n", [{"a": 1, "b": 2}, "c"]),
    "dash and three spaces": ("-   a: 1\n    b: 2\n", [{"a": 1, "b": 2}]),
    "list in a list": ("- - a\n  - b\n- c\n", [["a", "b"], "c"]),
    "empty entries": ("-\n- a\n-\n", [None, "a", None]),
    "nested mappings": ("a:\n  b:\n    c: 1\n", {"a": {"b": {"c": 1}}}),
    "whole document indented": ("  a: 1\n  b: 2\n", {"a": 1, "b": 2}),
    "comments and blank lines": ("# top\n\na: 1  # one\n\n  # deep\nb: 2\n", {"a": 1, "b": 2}),
    "document start": ("---\na: 1\n", {"a": 1}),
    "document start with a comment": ("# c\n--- # c\na: 1\n", {"a": 1}),
    "windows line endings": ("a: 1\r\nb: |\r\n  x\r\n", {"a": 1, "b": "x\n"}),
    "no final line break": ("a: 1\nb: two", {"a": 1, "b": "two"}),
    "flow list": (
        "a: [x, y-z, 'q, r', \"s\", 1, yes]\n",
        {"a": ["x", "y-z", "q, r", "s", 1, True]},
    ),
    "empty flow list and mapping": ("a: []\nb: {}\n", {"a": [], "b": {}}),
    "key that is a YAML word": ("yes: 1\nnull: 2\n", {"yes": 1, "null": 2}),
}


@pytest.mark.parametrize(("text", "value"), STRUCTURE.values(), ids=STRUCTURE.keys())
def test_structure(text: str, value: Any) -> None:
    assert typed(agrees(text)) == typed(value)


REFUSED = {
    "duplicate key": "a: 1\na: 2\n",
    "anchor": "a: &x 1\n",
    "alias": "a: *x\n",
    "tag": "a: !!str 1\n",
    "python tag": "a: !!python/object:os.system x\n",
    "directive": "%YAML 1.1\n---\na: 1\n",
    "second document": "a: 1\n---\nb: 2\n",
    "document end": "a: 1\n...\n",
    "quoted key": "'a': 1\n",
    "key with a space": "a b: 1\n",
    "complex key": "? a\n: 1\n",
    "flow mapping": "a: {b: 1}\n",
    "flow list over two lines": "a: [x,\n  y]\n",
    "flow list holding a mapping": "a: [x: y]\n",
    "root scalar": "just text\n",
    "empty text": "",
    "comments only": "# nothing\n",
    "tab": "a:\tb\n",
    "tab indentation": "a:\n\tb: 1\n",
    "lone carriage return": "a: 1\rb: 2\n",
    "NEL": "a: x\x85y\n",
    "line separator": "a: x\u2028y\n",
    "byte-order mark inside": "a: x\ufeffy\n",
    "control character": "a: x\x07y\n",
    "mapping value in a plain scalar": "a: b: c\n",
    "deeper line after a value": "a: 1\n  b: 2\n",
    "comment then continuation": "a: b\n   # c\n   d\n",
    "dash alone as a value": "a: -\n",
    "text after a quote": "a: 'x'y\n",
    "literal at the end without a line break": "a: |\n  x",
    "literal with a deeper leading blank line": "a: |\n    \n  x\n",
}


@pytest.mark.parametrize("text", REFUSED.values(), ids=REFUSED.keys())
def test_outside_the_subset_is_none(text: str) -> None:
    assert agrees(text) is None


# Entries of a list of mappings are read by learned patterns (from the first entry on); these
# are the cases where a pattern could get an entry wrong, and agrees() compares both readers.
RECORDS = {
    "entries of several shapes": (
        "l:\n- a: 1\n  b:\n  - x\n  c: 2\n- a: 3\n  c: 4\n- a: 5\n  b: [y]\n",
        {"l": [{"a": 1, "b": ["x"], "c": 2}, {"a": 3, "c": 4}, {"a": 5, "b": ["y"]}]},
    ),
    "a list under a comment": (
        "l:\n- a: 1\n  b: # c\n  - x\n- a: 2\n  b:\n  - y\n",
        {"l": [{"a": 1, "b": ["x"]}, {"a": 2, "b": ["y"]}]},
    ),
    "list items indented or not": (
        "l:\n- a: 1\n  b:\n    - x\n- a: 2\n  b:\n  - y\n",
        {"l": [{"a": 1, "b": ["x"]}, {"a": 2, "b": ["y"]}]},
    ),
    "another dash width": ("l:\n- a: 1\n-   a: 2\n", {"l": [{"a": 1}, {"a": 2}]}),
    "a nested mapping": ("l:\n- a: 1\n  b:\n    c: 2\n", {"l": [{"a": 1, "b": {"c": 2}}]}),
    "null values": ("l:\n- a: 1\n  b:\n- a: 2\n", {"l": [{"a": 1, "b": None}, {"a": 2}]}),
    "a blank line and comments between entries": (
        "l:\n- a: 1\n    # note\n\n- a: 2\n# end\n",
        {"l": [{"a": 1}, {"a": 2}]},
    ),
    "continued values": (
        "l:\n- a: x\n\n    y\n  b:\n  - p\n    q\n",
        {"l": [{"a": "x\ny", "b": ["p q"]}]},
    ),
    "a literal ended by a less indented comment": (
        "l:\n- a: |\n      x\n    # c\n  b: 1\n",
        {"l": [{"a": "x\n", "b": 1}]},
    ),
    "literal blank lines": (
        "l:\n- a: |-\n    x\n     \n  b: |+\n    y\n\n",
        {"l": [{"a": "x\n ", "b": "y\n\n"}]},
    ),
    "values that are not text": (
        "l:\n- a: 'yes'\n  b:\n  - yes\n  - ~\n  - 3\n",
        {"l": [{"a": "yes", "b": [True, None, 3]}]},
    ),
    "duplicate key in a later entry": ("l:\n- a: 1\n  b: 2\n- a: 1\n  b: 2\n  b: 3\n", None),
    "a line between two columns": ("l:\n- a: 1\n  b: |\n    x\n   y\n", None),
    "an entry's line too far right": ("l:\n- a: 1\n  b: 2\n   c: 3\n", None),
    "a float in a list": ("l:\n- a: x\n  b:\n  - 1.5\n", None),
    "a literal without its last line break": ("l:\n- a: 1\n  b: |\n    x", None),
}


@pytest.mark.parametrize(("text", "value"), RECORDS.values(), ids=RECORDS.keys())
def test_list_entries(text: str, value: Any) -> None:
    assert typed(agrees(text)) == typed(value)


def test_a_lone_surrogate_is_none() -> None:
    # Text decoded from UTF-8 never holds one (and source.parse's libyaml raises
    # UnicodeEncodeError on it), so this is checked without the slow parser.
    assert parse_yaml_fast("a: \ud800\n") is None
    assert read("a: \ud800\n") is None


def _nested(depth: int) -> str:
    return "".join("  " * level + "k:\n" for level in range(depth)) + "  " * depth + "k: v\n"


def test_nesting_to_the_limit_is_read() -> None:
    # MAX_DEPTH mappings inside the root: the innermost value sits exactly at the limit.
    assert agrees(_nested(MAX_DEPTH - 1)) is not None


def test_nesting_past_the_limit_is_none() -> None:
    assert slow(_nested(MAX_DEPTH))[0] is False
    assert agrees(_nested(MAX_DEPTH)) is None


def test_a_huge_key_is_none() -> None:
    # PyYAML refuses simple keys longer than 1024 characters.
    assert agrees("k" * 2000 + ": 1\n") is None


def test_a_resolver_added_later_makes_it_say_none(monkeypatch: pytest.MonkeyPatch) -> None:
    # Its tables were taken from PyYAML at import; a new implicit resolver (here: "%x" means
    # something) would make them stale, and "%x" would be read as text.
    assert parse_yaml_fast("a: b\n") == {"a": "b"}
    regexp = re.compile(r"^%x$")
    monkeypatch.setitem(
        yaml.resolver.Resolver.yaml_implicit_resolvers, "%", [("tag:example,1:x", regexp)]
    )
    assert parse_yaml_fast("a: b\n") is None


def test_a_safe_loader_with_its_own_resolvers_makes_it_say_none(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    table = dict(yaml.resolver.Resolver.yaml_implicit_resolvers)
    monkeypatch.setattr(yaml.SafeLoader, "yaml_implicit_resolvers", table, raising=False)
    assert parse_yaml_fast("a: b\n") is None


@pytest.mark.parametrize("enabled", [True, False])
def test_garbage_collection_is_left_as_it_was(enabled: bool) -> None:
    was = gc.isenabled()
    try:
        gc.enable() if enabled else gc.disable()
        assert parse_yaml_fast("a: 1\n") == {"a": 1}
        assert gc.isenabled() is enabled
        assert parse_yaml_fast("a: &x 1\n") is None
        assert gc.isenabled() is enabled
    finally:
        gc.enable() if was else gc.disable()
