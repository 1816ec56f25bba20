"""The hostile corpus: every broken or malicious file gets its own calm message, changes nothing.

The files are in tests/hostile/files/ (made by tests/hostile/make_corpus.py); a 100 MB file is
made here, sparse, because it is too big to commit.
"""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from assistant.cli import main
from assistant.services.opening import open_knowledge_base
from assistant.store.database import ACTIVITY_FILENAME, DB_FILENAME
from tests.hostile.make_corpus import corpus

FILES = Path(__file__).parent / "hostile" / "files"

# The message, or the parts of it that do not depend on whether PyYAML has libyaml.
EXPECTED: dict[str, str | tuple[str, ...]] = {
    "latin1.yaml": ":5:17: (file): the file is not UTF-8 text; save it as UTF-8",
    "utf16.yaml": ":1:1: (file): the file is UTF-16 text; save it as UTF-8",
    "binary.yaml": ":1:1: (file): this is a binary file, not a YAML or JSON pack",
    "png-renamed.yaml": "this is a binary file",
    "control-character.yaml": ":5:19: (file): the invisible control character U+0007",
    "nul-late.yaml": ":5:9014: (file): the invisible control character U+0000",
    "empty.yaml": ":1:1: (file): the file is empty",
    "whitespace.yaml": ":1:1: (file): the file is empty",
    "comments-only.yaml": ":1:1: (file): the file is empty",
    "json-array.json": "a pack must be a set of fields (format, id, name, version, ...), "
    "not a list",
    "json-string.json": "a pack must be a set of fields (format, id, name, version, ...), not text",
    "json-number.json": "not a whole number",
    "json-null.json": "not empty",
    "yaml-list.yaml": "not a list",
    "tab-indent.yaml": ":6:1: (file): YAML syntax error: found character '\\t'",
    "unclosed-quote.yaml": ":6:1: (file): YAML syntax error: found unexpected end of stream",
    "json-syntax.json": (":1:37: (file): YAML syntax error: ", "expected ',' or '}'"),
    "bad-indent.yaml": ":7:4: (file): YAML syntax error",
    "two-documents.yaml": "expected a single document in the stream, but found another document",
    "deep-flow.yaml": "nested too deeply (limit 20 levels)",
    "deep-json.json": "nested too deeply (limit 20 levels)",
    "deep-block.yaml": "nested too deeply (limit 20 levels)",
    "alias-bomb.yaml": ":1:4: a: anchors and aliases ('&' and '*') are not allowed in packs",
    "merge-key.yaml": ":6:3: other: keys must be plain names",
    "python-object.yaml": ":1:9: format: the tag !!python/object/apply:os.system is not allowed",
    "python-name.yaml": "the tag !!python/name:os.system is not allowed",
    "custom-tag.yaml": ":5:14: description: the tag !secret is not allowed",
    "duplicate-key.yaml": ":5:1: name: the field 'name' appears twice",
    "missing-fields.yaml": ":1:1: version: the required field 'version' is missing",
    "wrong-format.yaml": ":1:9: format: must be exactly agent-assistant/pack@1",
    "unknown-field.yaml": ":5:1: colour: unknown field 'colour'; the fields allowed here are: "
    "author",
    "bad-enum.yaml": "campaigns[0].type: 'smalltalk' is not allowed here; use one of: "
    "customer-service",
    "check-in-300.yaml": "campaigns[0].hold.check_in_seconds: 300 is out of range; "
    "use a whole number from 10 to 120",
    "version-text.yaml": ":4:10: version: must be a whole number, not text",
    "bad-id.yaml": ":2:5: id: 'Hostile Pack!' is not a valid id",
    "text-too-long.yaml": "phrases[0].text: is too long (4001 characters); the limit is 4000",
    "too-many-campaigns.yaml": ":506:5: campaigns: the pack has more than 500 campaigns; "
    "the limit is 500; split the pack",
    "int-tag-text.yaml": ":4:10: version: 'abc' is not a whole number, as its tag !!int says",
    "float-tag-text.yaml": ":4:10: version: 'abc' is not a number, as its tag !!float says",
    "bool-tag-text.yaml": ":4:10: version: 'maybe' is not true or false, as its tag !!bool says",
    "huge-int.yaml": ":4:10: version: a number of 5,000 characters is too long (the limit is 40)",
    "huge-int.json": ":2:13: version: a number of 5,000 characters is too long (the limit is 40)",
    "timestamp-tag.yaml": ":3:7: name: the tag !!timestamp is not allowed",
    "binary-tag.yaml": ":3:7: name: the tag !!binary is not allowed",
    "set-tag.yaml": ":5:14: description: the tag !!set is not allowed",
    "omap-tag.yaml": ":5:14: description: the tag !!omap is not allowed",
    "lone-surrogate.json": ":2:13: name: an escape such as \\uD800 stands for half of a UTF-16 "
    "surrogate pair, which is not a character",
    "surrogate-escape.yaml": ":3:10: name: an escape such as \\uD800 stands for half",
    "nan.json": ":2:31: description: NaN is not a number JSON allows",
    "id-newline.yaml": ":2:5: id: 'builtin\\n' is not a valid id",
    "shortcut-newline.yaml": ":6:61: phrases[0].shortcut: ';hi\\n' is not a valid shortcut",
    "duplicate-ids.yaml": ":7:10: phrases[1].id: the id 'p1' is already used by phrases[0]",
    "dangling-reference.yaml": "phrases[0].personas[0]: there is no persona with the id "
    "'nobody-here'",
    "unclosed-placeholder.yaml": "phrases[0].text: a placeholder opened with '{' is never closed",
    "zip-slip.zip": ":1:1: ../pack.yaml: the zip holds an unsafe path; it was not opened",
    "zip-absolute.zip": "/etc/pack.yaml: the zip holds an unsafe path",
    "zip-drive.zip": "C:/Windows/pack.yaml: the zip holds an unsafe path",
    "zip-symlink.zip": "notes.txt: the zip holds a symbolic link; it was not opened",
    "zip-no-pack.zip": "the zip has no pack.yaml at its top level",
    "zip-nested-pack.zip": "the zip has no pack.yaml at its top level",
    "zip-corrupt.zip": "is not a readable .zip file",
    "zip-encrypted.zip": "pack.yaml: the zip is password-protected",
    "zip-many-members.zip": "the zip holds 151 files; the limit for a pack zip is 100",
    "zip-bomb-declared.zip": "the zip unpacks to 65.0 MB; the limit for a pack is 64 MB",
    "zip-bomb-ratio.zip": "pack.yaml is compressed more than 100 times, as a zip bomb is",
    "zip-lying-size.zip": "pack.yaml: the zip is damaged (Bad CRC-32",
    "zip-binary-pack.zip": "this is a binary file",
    "zip-json-array.zip": "not a list",
    "zip-duplicate.zip": ":1:1: pack.yaml: the zip holds pack.yaml twice",
    "zip-two-packs.zip": ":1:1: pack.json: the zip holds both pack.yaml and pack.json; keep one",
    "huge.yaml": ":1:1: (file): the file is 100.0 MB; the limit for a pack is 64 MB",
}


def test_the_committed_corpus_is_what_the_generator_makes() -> None:
    made = corpus()
    assert len(made) >= 40
    assert sorted(p.name for p in FILES.iterdir()) == sorted(made)
    for name, data in made.items():
        assert (FILES / name).read_bytes() == data, name
    assert set(EXPECTED) == set(made) | {"huge.yaml"}


@pytest.fixture(scope="module")
def huge(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("huge") / "huge.yaml"
    with path.open("wb") as stream:
        stream.write(b"format: agent-assistant/pack@1\n")
        stream.truncate(100 * 1024 * 1024)  # sparse: costs no disk space
    return path


FILES_OF_A_DATA_FOLDER = (DB_FILENAME, ACTIVITY_FILENAME)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    """A knowledge base with the built-in pack (both files), made once; closing folds the WAL
    in."""
    folder = tmp_path_factory.mktemp("template")
    # No daily backup: its connection, still open at close, would keep the WAL from folding in.
    open_knowledge_base(folder, backup=False).database.close()
    return {name: (folder / name).read_bytes() for name in FILES_OF_A_DATA_FOLDER}


def _fingerprint(data_dir: Path) -> list[tuple[str, list[str]]]:
    found = []
    for name in FILES_OF_A_DATA_FOLDER:
        raw = (data_dir / name).read_bytes()
        conn = sqlite3.connect(data_dir / name)
        dump = list(conn.iterdump())
        conn.close()
        found.append((hashlib.sha256(raw).hexdigest(), dump))
    return found


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_hostile_file_gets_its_message_and_changes_nothing(
    name: str,
    data_dir: Path,
    huge: Path,
    template: dict[str, bytes],
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = huge if name == "huge.yaml" else FILES / name
    for file, raw in template.items():
        (data_dir / file).write_bytes(raw)
    before = _fingerprint(data_dir)
    base = ["--data-dir", str(data_dir), "pack"]
    assert main([*base, "validate", str(path)]) == 1
    validate_err = capsys.readouterr().err
    assert main([*base, "import", str(path)]) == 1
    import_err = capsys.readouterr().err
    expected = EXPECTED[name]
    for err in (validate_err, import_err):
        assert f"{path}:" in err
        for part in (expected,) if isinstance(expected, str) else expected:
            assert part in err, err
        assert "Traceback" not in err
        assert "could not be used" not in err and "was missing" not in err  # no recovery
    assert _fingerprint(data_dir) == before
