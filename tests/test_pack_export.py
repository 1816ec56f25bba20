"""Exporting an installed pack gives back the same pack; the fast checker agrees with the schema."""

from __future__ import annotations

import copy
import json
import re
from typing import Any

import jsonschema
import pytest
import yaml
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from assistant.core.model import BUILTIN_PACK_ID, CampaignType, Category, Direction, Reach
from assistant.core.pack import CallFlowStep, Campaign, HoldPolicy, Pack, Persona, Phrase
from assistant.packs.export import dump_yaml, pack_to_data, pack_to_json, pack_to_yaml
from assistant.packs.fastcheck import conforms
from assistant.packs.loader import known_ids, load_pack, validate_pack_bytes
from assistant.packs.validate import schema
from assistant.store.database import open_database
from assistant.store.knowledge import KnowledgeBase
from tests.conftest import PACKS

ids = st.from_regex(r"\A[a-z0-9][a-z0-9-]{1,10}\Z")
# Text a person might type, including YAML's troublemakers (yes, 3, ': ', '#', quotes, unicode).
words = st.sampled_from(
    [
        "yes",
        "no",
        "3",
        "1.5",
        "null",
        "~",
        "a: b",
        "#x",
        "'q'",
        '"d"',
        "ü",
        "Ñ",
        "- x",
        "@",
        "é",
        "two\nlines",
        "tab\there",
        "end  \nspace",
        # YAML 1.1 reads these bare as true or false, empty or a number; YAML 1.2 as text.
        "No",
        "OFF",
        "On",
        "Y",
        "NULL",
        "12:30",
        "0x1F",
        ".inf",
        "1_000",
        "2024-01-01",
    ]
)
text = (
    st.lists(
        st.one_of(
            words,
            st.text(
                st.characters(categories=("L", "N", "P", "S", "Zs"), exclude_characters="{}"),
                min_size=1,
            ),
        ),
        min_size=1,
        max_size=4,
    )
    .map(" ".join)
    .filter(lambda s: s.strip() == s and 0 < len(s) <= 120)
)
NO_SHRINK = [Phase.explicit, Phase.reuse, Phase.generate]
short = text.filter(lambda s: len(s) <= 40)
# Names, titles, step names, tags and the author: shown on one line, no tab or line break.
one_line = short.map(lambda s: re.sub("[\t\n\r]", " ", s))


@st.composite
def packs(draw: st.DrawFn) -> Pack:
    phrase_ids = draw(st.lists(ids, min_size=1, max_size=6, unique=True))
    campaign_ids = draw(st.lists(ids, max_size=3, unique=True))
    persona_ids = draw(st.lists(ids, max_size=3, unique=True))
    pick_phrases = st.lists(st.sampled_from(phrase_ids), max_size=3, unique=True).map(tuple)
    campaigns = tuple(
        Campaign(
            id=c,
            name=draw(one_line),
            type=draw(st.sampled_from(CampaignType)),
            direction=draw(st.sampled_from(Direction)),
            reach=draw(st.sampled_from(Reach)),
            description=draw(st.one_of(st.just(""), text)),
            hold=HoldPolicy(
                draw(st.integers(10, 120)), draw(st.one_of(st.none(), st.sampled_from(phrase_ids)))
            ),
            call_flow=tuple(
                CallFlowStep(draw(one_line), draw(pick_phrases), draw(st.booleans()))
                for _ in range(draw(st.integers(0, 3)))
            ),
        )
        for c in campaign_ids
    )
    personas = tuple(
        Persona(
            id=p,
            name=draw(one_line),
            signs=tuple(draw(st.lists(short, max_size=2))),
            tips=tuple(draw(st.lists(short, max_size=2))),
            avoid=tuple(draw(st.lists(short, max_size=2))),
            phrases=draw(pick_phrases),
        )
        for p in persona_ids
    )
    shortcuts = iter(f";s{i}" for i in range(100))
    phrases = tuple(
        Phrase(
            id=p,
            title=draw(one_line),
            text=draw(text),
            category=draw(st.sampled_from(Category)),
            campaigns=tuple(
                draw(st.lists(st.sampled_from(campaign_ids), unique=True)) if campaign_ids else ()
            ),
            personas=tuple(
                draw(st.lists(st.sampled_from(persona_ids), unique=True)) if persona_ids else ()
            ),
            tags=tuple(
                draw(
                    st.lists(
                        st.one_of(st.sampled_from(["a", "yes", "1", 'q"\\']), one_line), max_size=2
                    )
                )
            ),
            shortcut=next(shortcuts) if draw(st.booleans()) else None,
        )
        for p in phrase_ids
    )
    return Pack(
        id=draw(ids.filter(lambda i: i != BUILTIN_PACK_ID)),  # no file may have it
        name=draw(one_line),
        version=draw(st.integers(1, 10**9)),
        language=draw(st.sampled_from(["en", "en-PH", "fil", "es"])),
        author=draw(st.one_of(st.just(""), one_line)),
        description=draw(st.one_of(st.just(""), text)),
        campaigns=campaigns,
        personas=personas,
        phrases=phrases,
    )


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow], phases=NO_SHRINK
)
@given(packs())
def test_import_then_export_gives_the_same_pack(pack: Pack) -> None:
    kb = KnowledgeBase(open_database(None))
    try:
        kb.import_pack(pack)
        exported = kb.export_pack(pack.id)
    finally:
        kb.database.close()
    assert exported == pack
    # ... and the written file reads back to the same pack, as YAML and as JSON.
    for name, body in (("p.yaml", pack_to_yaml(exported)), ("p.json", pack_to_json(exported))):
        result = validate_pack_bytes(name, body.encode("utf-8"))
        assert result.errors == [], [str(e) for e in result.errors]
        assert result.pack == pack


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow], phases=NO_SHRINK
)
@given(packs())
def test_the_editors_save_into_a_commented_file_gives_the_same_pack(pack: Pack) -> None:
    # The editor merges its data into the file it opened (ruamel.yaml, YAML 1.2); the program
    # reads that file with PyYAML (YAML 1.1): every text must read back as itself.
    from assistant.packs.roundtrip import merge_into_text

    commented = "# ours\n" + (PACKS / "acme.yaml").read_text(encoding="utf-8")
    saved = merge_into_text(commented, pack_to_data(pack))
    result = validate_pack_bytes("p.yaml", saved.encode("utf-8"))
    assert result.errors == [], [str(e) for e in result.errors]
    assert result.pack == pack
    assert saved.startswith("# ours\n")


def _one_piece(data: dict[str, Any]) -> str:
    """``data`` written by one YAML dump, as dump_yaml writes a short pack."""
    from assistant.packs import export

    return export._dump(data)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(packs())
def test_a_long_phrase_list_written_a_piece_at_a_time_gives_the_same_text(pack: Pack) -> None:
    # The C emitter holds the GIL while it writes: a long list is written in pieces, so the
    # window's thread gets turns; the bytes must not change (the same pack, the same file).
    from assistant.packs import export

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(export, "PIECE", 2)
        pieces = pack_to_yaml(pack)
    header, _, body = pieces.partition("\n")
    assert body == _one_piece(pack_to_data(pack))


# A draft in the editor is any data at all: pieces of any shape, where the phrases go.
_values = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), words, text),
    lambda inner: st.one_of(
        st.lists(inner, max_size=3), st.dictionaries(st.sampled_from(["id", "a", "b"]), inner)
    ),
    max_leaves=8,
)


@settings(max_examples=100, deadline=None)
@given(
    st.lists(st.sampled_from(["id", "name", "phrases", "campaigns", "zz"]), unique=True),
    st.lists(_values, max_size=9),
    _values,
)
def test_any_draft_written_a_piece_at_a_time_gives_the_same_text(
    keys: list[str], phrases: list[Any], other: Any
) -> None:
    from assistant.packs import export

    data: dict[str, Any] = {
        key: (phrases if key == "phrases" else other) for key in [*keys, "phrases"]
    }
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(export, "PIECE", 2)
        assert export.dump_yaml(data, "# h\n") == "# h\n" + _one_piece(data)


def test_a_value_met_twice_is_written_twice_not_as_an_alias_packs_refuse() -> None:
    shared = ["billing", "refund"]
    data = {"id": "twice", "phrases": [{"id": "a", "tags": shared}, {"id": "b", "tags": shared}]}
    written = dump_yaml(data)
    assert "&" not in written and "*" not in written
    assert yaml.safe_load(written) == data


def test_the_sample_pack_round_trips_through_the_knowledge_base(
    kb: KnowledgeBase, builtin_pack: Pack
) -> None:
    pack = load_pack(PACKS / "acme.yaml", known_ids(builtin_pack))
    kb.import_pack(pack)
    assert kb.export_pack("acme-collections") == pack
    assert kb.export_pack("builtin") == builtin_pack


def _jsonschema_ok(data: Any) -> bool:
    return jsonschema.validators.validator_for(schema())(schema()).is_valid(data)


JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-5, 300)
    | st.floats(allow_nan=False).filter(lambda f: not f.is_integer())
    | st.sampled_from(["", "x", "sales", "opening", "Bad Id", "ok-id", "{", "a" * 300]),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner),
    max_leaves=5,
)


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value[:3]):
            found += _paths(item, (*prefix, index))
    return found


@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_the_fast_checker_and_jsonschema_agree(data: st.DataObject, builtin_pack: Pack) -> None:
    sample = pack_to_data(load_pack(PACKS / "acme.yaml", known_ids(builtin_pack)))
    assert conforms(sample) and _jsonschema_ok(sample)
    document = copy.deepcopy(sample)
    path = data.draw(st.sampled_from(_paths(document)[1:]))
    action = data.draw(st.sampled_from(["replace", "delete", "add"]))
    parent = document
    for part in path[:-1]:
        parent = parent[part]
    last = path[-1]
    if action == "replace":
        parent[last] = data.draw(JSON_VALUES)
    elif action == "delete":
        del parent[last]
    elif isinstance(parent[last], dict):
        parent[last][data.draw(st.sampled_from(["extra", "id", "name", "step"]))] = data.draw(
            JSON_VALUES
        )
    elif isinstance(parent[last], list):
        parent[last].append(data.draw(JSON_VALUES))
    assert conforms(document) == _jsonschema_ok(document), json.dumps(document)[:500]


def test_the_fast_checker_accepts_the_builtin_pack(builtin_pack: Pack) -> None:
    assert conforms(pack_to_data(builtin_pack))


def test_libyaml_and_the_python_parser_give_the_same_data_and_positions(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from assistant.packs import source

    text = (PACKS / "acme.yaml").read_text(encoding="utf-8") + "# é ü — unicode in a comment\n"
    fast = source.parse("p.yaml", text)
    monkeypatch.setattr(source, "_C_LOADER", None)
    slow = source.parse("p.yaml", text)
    assert fast.data == slow.data
    assert fast.positions == slow.positions
    assert fast.key_positions == slow.key_positions


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet="{}[]?:=|ab_1Z ", max_size=24))
def test_the_fast_placeholder_check_accepts_exactly_what_the_parser_accepts(text: str) -> None:
    from assistant.core import placeholders
    from assistant.packs.validate import _WELL_FORMED

    try:
        placeholders.parse(text)
        parsed = True
    except placeholders.PlaceholderError:
        parsed = False
    assert (_WELL_FORMED(text) is not None) == parsed


def _without_fast_path(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every pack read with positions, as one with a problem is."""
    from assistant.packs import loader

    monkeypatch.setattr(loader, "check_data", lambda *_args, **_kwargs: None)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow], phases=NO_SHRINK
)
@given(packs(), st.booleans())
def test_the_fast_path_gives_the_same_result_as_the_positional_reader(
    pack: Pack, supervisor_script: bool
) -> None:
    text = (
        yaml.safe_dump(pack_to_data(pack), sort_keys=False, allow_unicode=True)
        if supervisor_script
        else pack_to_yaml(pack)
    )
    fast = validate_pack_bytes("p.yaml", text.encode("utf-8"))
    with pytest.MonkeyPatch.context() as patch:
        _without_fast_path(patch)
        slow = validate_pack_bytes("p.yaml", text.encode("utf-8"))
    assert fast.pack == slow.pack == pack
    assert fast.problems == slow.problems


@pytest.mark.parametrize(
    "body",
    [
        # problems the fast reader reads without complaint: the loader must still word them
        'text: "bell \\x07 in text"',
        "text: hello {unclosed",
        "text: hi\n    shortcut: ;dup\n  - id: b\n    title: B\n    text: b\n    category: other\n"
        "    shortcut: ;dup",
        "text: hi\n    campaigns: [nowhere]",
    ],
)
def test_a_fast_read_pack_with_problems_gets_the_same_messages(
    body: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = (
        "format: agent-assistant/pack@1\nid: p-one\nname: P\nversion: 1\nphrases:\n"
        f"  - id: a\n    title: A\n    category: other\n    {body}\n"
    )
    fast = validate_pack_bytes("p.yaml", text.encode("utf-8"))
    _without_fast_path(monkeypatch)
    slow = validate_pack_bytes("p.yaml", text.encode("utf-8"))
    assert fast.errors and fast.problems == slow.problems
    assert all(p.line > 1 for p in fast.errors)  # positions come from the positional reader
