"""Fuzzing the pack loader: whatever bytes arrive (by hand, from the share, inside a zip), the
loader gives a valid pack or PackErrors that name the file, and never raises anything else.

The budget is bounded (a few hundred examples per property) so it runs in every `make test`.
"""

from __future__ import annotations

import io
import json
import tempfile
import zipfile
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant.packs.errors import PackError
from assistant.packs.loader import LoadResult, validate_pack, validate_pack_bytes
from tests.conftest import PACKS

BUDGET = settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
ACME = (PACKS / "acme.yaml").read_bytes()


def _assert_pack_or_errors(result: LoadResult, name: str) -> None:
    if result.pack is not None:
        assert result.errors == []
        return
    assert result.errors, "no pack and no error"
    for error in result.errors:
        assert isinstance(error, PackError)
        assert str(error).startswith(name)


# Values a pack field might hold, including the wrong kinds.
scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=True)
    | st.text(max_size=40)
)
values = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4)
    ),
    max_leaves=30,
)
keys = st.sampled_from(
    ["format", "id", "name", "version", "campaigns", "personas", "phrases", "language",
     "title", "text", "category", "hold", "check_in_seconds", "call_flow", "tags", "x"]
)  # fmt: skip
pack_like = st.fixed_dictionaries(
    {"format": st.just("agent-assistant/pack@1") | scalars, "id": scalars, "name": scalars},
    optional={"version": values, "phrases": values, "campaigns": values, "personas": values},
).flatmap(lambda base: st.dictionaries(keys, values, max_size=4).map(lambda more: base | more))


def _as_yaml(data: Any) -> bytes:
    return yaml.safe_dump(data, allow_unicode=True).encode("utf-8", "surrogatepass")


def _as_json(data: Any) -> bytes:
    return json.dumps(data).encode("utf-8")


@BUDGET
@given(raw=st.binary(max_size=2000))
def test_any_bytes_give_a_pack_or_pack_errors(raw: bytes) -> None:
    _assert_pack_or_errors(validate_pack_bytes("fuzz.yaml", raw), "fuzz.yaml")


@BUDGET
@given(text=st.text(max_size=2000))
def test_any_text_gives_a_pack_or_pack_errors(text: str) -> None:
    raw = text.encode("utf-8", "surrogatepass")
    _assert_pack_or_errors(validate_pack_bytes("fuzz.yaml", raw), "fuzz.yaml")


@BUDGET
@given(data=pack_like, as_json=st.booleans())
def test_any_pack_shaped_document_gives_a_pack_or_pack_errors(data: Any, as_json: bool) -> None:
    try:
        raw = _as_json(data) if as_json else _as_yaml(data)
    except (ValueError, UnicodeEncodeError):
        return  # not representable in that format (NaN in strict JSON, lone surrogates)
    _assert_pack_or_errors(validate_pack_bytes("fuzz.json", raw), "fuzz.json")


@BUDGET
@given(
    position=st.integers(min_value=0, max_value=len(ACME) - 1),
    length=st.integers(min_value=1, max_value=40),
    noise=st.binary(min_size=0, max_size=40),
)
def test_a_real_pack_with_a_damaged_stretch_gives_a_pack_or_pack_errors(
    position: int, length: int, noise: bytes
) -> None:
    raw = ACME[:position] + noise + ACME[position + length :]
    _assert_pack_or_errors(validate_pack_bytes("acme.yaml", raw), "acme.yaml")


@settings(max_examples=120, deadline=None)
@given(
    members=st.dictionaries(
        st.sampled_from(["pack.yaml", "notes.txt", "sub/pack.yaml", "../pack.yaml"]),
        st.binary(max_size=500) | st.just(ACME),
        max_size=3,
    ),
    cut=st.integers(min_value=0, max_value=2000),
)
def test_any_zip_file_gives_a_pack_or_pack_errors(members: dict[str, bytes], cut: int) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    raw = buffer.getvalue()
    raw = raw[: max(cut, 1)] if cut < len(raw) else raw  # sometimes truncated mid-way
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fuzz.zip"
        path.write_bytes(raw)
        _assert_pack_or_errors(validate_pack(path), str(path))
