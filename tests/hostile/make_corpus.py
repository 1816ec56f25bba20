"""Writes the hostile pack corpus in tests/hostile/files/ (committed; rerun to regenerate).

Each file is broken or malicious in one way. tests/test_hostile_packs.py checks that each one
gets its own calm message and changes nothing. Files too big to commit are made by the test.
"""

from __future__ import annotations

import io
import json
import stat
import struct
import warnings
import zipfile
from pathlib import Path

FILES = Path(__file__).parent / "files"
HEADER = "format: agent-assistant/pack@1\nid: hostile\nname: Hostile\nversion: 1\n"
CAMPAIGN = (
    "campaigns:\n  - id: c1\n    name: C\n    type: sales\n    direction: inbound\n"
    "    reach: domestic\n"
)
STAMP = (2026, 1, 1, 0, 0, 0)
PHRASE = "  - {id: p1, title: T, text: hello, category: opening}\n"


def _zip(entries: dict[str, bytes], *, symlink: str | None = None) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for member, data in entries.items():
            # A fixed date keeps the committed files reproducible.
            archive.writestr(zipfile.ZipInfo(member, STAMP), data, zipfile.ZIP_DEFLATED)
        if symlink:
            info = zipfile.ZipInfo(symlink, STAMP)
            info.external_attr = (stat.S_IFLNK | 0o777) << 16
            archive.writestr(info, "/etc/passwd")
    return buffer.getvalue()


def _zip_twice(member: str, first: bytes, second: bytes) -> bytes:
    """A zip with two entries of the same name (zipfile warns, and writes both)."""
    buffer = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            for data in (first, second):
                archive.writestr(zipfile.ZipInfo(member, STAMP), data, zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


def _patch_sizes(raw: bytes, file_size: int) -> bytes:
    """Make every header declare ``file_size`` as the unpacked size (a lying zip)."""
    data = bytearray(raw)
    local = data.find(b"PK\x03\x04")
    struct.pack_into("<I", data, local + 22, file_size)
    central = data.find(b"PK\x01\x02")
    struct.pack_into("<I", data, central + 24, file_size)
    return bytes(data)


def _encrypted(raw: bytes) -> bytes:
    data = bytearray(raw)
    local = data.find(b"PK\x03\x04")
    data[local + 6] |= 0x1
    central = data.find(b"PK\x01\x02")
    data[central + 8] |= 0x1
    return bytes(data)


def corpus() -> dict[str, bytes]:
    good = (HEADER + CAMPAIGN + "phrases:\n" + PHRASE).encode()
    files: dict[str, bytes] = {
        # Encodings and binary content
        "latin1.yaml": (HEADER + "description: caf\xe9\n").encode("latin-1"),
        "utf16.yaml": (HEADER).encode("utf-16"),
        "binary.yaml": bytes(range(256)) * 4,
        "png-renamed.yaml": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 64,
        "control-character.yaml": (HEADER + "description: ring \x07 bell\n").encode(),
        "nul-late.yaml": (HEADER + "description: " + "x" * 9000 + "\x00\n").encode(),
        # Empty and wrong top-level shapes
        "empty.yaml": b"",
        "whitespace.yaml": b"  \n\t\n\r\n",
        "comments-only.yaml": b"# nothing here\n# still nothing\n",
        "json-array.json": b'[{"format": "agent-assistant/pack@1"}]',
        "json-string.json": b'"agent-assistant/pack@1"',
        "json-number.json": b"42\n",
        "json-null.json": b"null\n",
        "yaml-list.yaml": b"- format: agent-assistant/pack@1\n- id: x\n",
        # Syntax errors
        "tab-indent.yaml": (HEADER + "phrases:\n\t- id: p1\n").encode(),
        "unclosed-quote.yaml": (HEADER + 'description: "never closed\n').encode(),
        "json-syntax.json": b'{"format": "agent-assistant/pack@1" "id": "x"}',
        "bad-indent.yaml": (HEADER + "phrases:\n  - id: p1\n   title: misindented\n").encode(),
        "two-documents.yaml": (HEADER + "---\n" + HEADER).encode(),
        # Nesting, aliases, tags
        "deep-flow.yaml": b"[" * 5000,
        "deep-json.json": (b'{"a": ' * 200) + b"1" + (b"}" * 200),
        "deep-block.yaml": "".join(f"{'  ' * i}k{i}:\n" for i in range(40)).encode()
        + b"  " * 40
        + b"end\n",
        "alias-bomb.yaml": (
            b'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
            + b"".join(
                f"{chr(98 + i)}: &{chr(98 + i)} [{','.join(['*' + chr(97 + i)] * 9)}]\n".encode()
                for i in range(8)
            )
        ),
        "merge-key.yaml": (HEADER + "other:\n  <<: {x: 1}\n").encode(),
        "python-object.yaml": b"format: !!python/object/apply:os.system ['echo owned']\n",
        "python-name.yaml": b"id: !!python/name:os.system\n",
        "custom-tag.yaml": (HEADER + "description: !secret value\n").encode(),
        "duplicate-key.yaml": (HEADER + "name: Again\n").encode(),
        # Typed scalars and tags that PyYAML would build, or fail to build, into Python objects
        "int-tag-text.yaml": HEADER.replace("version: 1", "version: !!int abc").encode(),
        "float-tag-text.yaml": HEADER.replace("version: 1", "version: !!float abc").encode(),
        "bool-tag-text.yaml": HEADER.replace("version: 1", "version: !!bool maybe").encode(),
        "huge-int.yaml": HEADER.replace("version: 1", "version: " + "9" * 5000).encode(),
        "huge-int.json": (
            '{"format": "agent-assistant/pack@1", "id": "hostile", "name": "H",\n'
            ' "version": ' + "9" * 5000 + "}"
        ).encode(),
        "timestamp-tag.yaml": HEADER.replace(
            "name: Hostile", "name: !!timestamp 2024-02-30"
        ).encode(),
        "binary-tag.yaml": HEADER.replace("name: Hostile", "name: !!binary aGVsbG8=").encode(),
        "set-tag.yaml": (HEADER + "description: !!set {a, b}\n").encode(),
        "omap-tag.yaml": (HEADER + "description: !!omap [a: 1]\n").encode(),
        "lone-surrogate.json": (
            b'{"format": "agent-assistant/pack@1", "id": "hostile",\n "name": "\\ud800",'
            b' "version": 1}'
        ),
        "surrogate-escape.yaml": HEADER.replace("name: Hostile", 'name: "\\udc00"').encode(),
        "nan.json": (
            b'{"format": "agent-assistant/pack@1", "id": "hostile", "name": "H",\n'
            b' "version": 1, "description": NaN}'
        ),
        "id-newline.yaml": HEADER.replace("id: hostile", 'id: "builtin\\n"').encode(),
        "shortcut-newline.yaml": (
            HEADER + "phrases:\n  - {id: p1, title: T, text: hi, category: other,"
            ' shortcut: ";hi\\n"}\n'
        ).encode(),
        # Schema violations, one kind each
        "missing-fields.yaml": b"format: agent-assistant/pack@1\nid: hostile\n",
        "wrong-format.yaml": HEADER.replace("pack@1", "pack@2").encode(),
        "unknown-field.yaml": (HEADER + "colour: blue\n").encode(),
        "bad-enum.yaml": (HEADER + CAMPAIGN.replace("sales", "smalltalk")).encode(),
        "check-in-300.yaml": (HEADER + CAMPAIGN + "    hold: {check_in_seconds: 300}\n").encode(),
        "version-text.yaml": HEADER.replace("version: 1", "version: one").encode(),
        "bad-id.yaml": HEADER.replace("id: hostile", "id: Hostile Pack!").encode(),
        "text-too-long.yaml": (
            HEADER + "phrases:\n  - {id: p1, title: T, category: other, text: " + "a" * 4001 + "}\n"
        ).encode(),
        "too-many-campaigns.yaml": (
            HEADER
            + "campaigns:\n"
            + "".join(
                f"  - {{id: c{i}, name: C, type: sales, direction: inbound, reach: domestic}}\n"
                for i in range(501)
            )
        ).encode(),
        # Cross-reference problems
        "duplicate-ids.yaml": (HEADER + "phrases:\n" + PHRASE + PHRASE).encode(),
        "dangling-reference.yaml": (
            HEADER + "phrases:\n  - {id: p1, title: T, text: hi, category: other,"
            " personas: [nobody-here]}\n"
        ).encode(),
        "unclosed-placeholder.yaml": (
            HEADER + "phrases:\n  - {id: p1, title: T, text: 'hi {unclosed', category: other}\n"
        ).encode(),
        # Zips
        "zip-slip.zip": _zip({"../pack.yaml": good}),
        "zip-absolute.zip": _zip({"/etc/pack.yaml": good}),
        "zip-drive.zip": _zip({"C:/Windows/pack.yaml": good}),
        "zip-symlink.zip": _zip({"pack.yaml": good}, symlink="notes.txt"),
        "zip-no-pack.zip": _zip({"readme.txt": b"hello"}),
        "zip-nested-pack.zip": _zip({"folder/pack.yaml": good}),
        "zip-corrupt.zip": b"PK\x03\x04" + b"\x00garbage" * 20,
        "zip-encrypted.zip": _encrypted(_zip({"pack.yaml": good})),
        "zip-many-members.zip": _zip({f"n{i}.txt": b"x" for i in range(150)} | {"pack.yaml": good}),
        "zip-bomb-declared.zip": _zip({"pack.yaml": b" " * (65 * 1024 * 1024)}),
        "zip-bomb-ratio.zip": _zip({"pack.yaml": HEADER.encode() + b"#" * (8 * 1024 * 1024)}),
        "zip-lying-size.zip": _patch_sizes(_zip({"pack.yaml": good * 50}), 20),
        "zip-binary-pack.zip": _zip({"pack.yaml": bytes(range(256))}),
        "zip-json-array.zip": _zip({"pack.json": json.dumps([1, 2]).encode()}),
        "zip-duplicate.zip": _zip_twice("pack.yaml", good, (HEADER + "name: Other\n").encode()),
        "zip-two-packs.zip": _zip({"pack.yaml": good, "pack.json": b"{}"}),
    }
    return files


def main() -> None:
    FILES.mkdir(exist_ok=True)
    for old in FILES.iterdir():
        old.unlink()
    for name, data in corpus().items():
        (FILES / name).write_bytes(data)
    print(f"wrote {len(corpus())} files to {FILES}")


if __name__ == "__main__":
    main()
