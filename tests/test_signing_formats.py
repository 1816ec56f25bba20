"""Key and signature files keep their formats across the switch from cryptography to PyNaCl:
keys and signatures made before still work, OpenSSL's keys work, new keys are written the same
way, and every damaged or foreign key file gets a SigningError that names it."""

from __future__ import annotations

import base64
import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.packs.signing import (
    SigningError,
    keygen,
    load_private_key,
    load_public_key,
    parse_public_key,
    sign_bytes,
    verify_file,
)
from tests.conftest import TESTS

# Made with the cryptography-based code (cryptography 50.0.2) before PyNaCl replaced it; see
# tests/signing/README.md. Never regenerate them: they are the proof of compatibility.
LEGACY = TESTS / "signing"
LEGACY_KEY = LEGACY / "legacy-key"
LEGACY_PUB = LEGACY / "legacy-key.pub"
LEGACY_PACK = LEGACY / "legacy-signed.yaml"

# RFC 8410: PKCS#8 v1 and SubjectPublicKeyInfo DER of an Ed25519 key, before its 32 bytes.
PRIVATE_PREFIX = bytes.fromhex("302e020100300506032b657004220420")
PUBLIC_PREFIX = bytes.fromhex("302a300506032b6570032100")
# RFC 8410 section 10.3: a PKCS#8 v2 (OneAsymmetricKey) key with an attribute and the public
# key; OpenSSL 3.0 and cryptography refuse it, the formats it uses are well defined.
RFC8410_V2 = b"""-----BEGIN PRIVATE KEY-----
MHICAQEwBQYDK2VwBCIEINTuctv5E1hK1bbY8fdp+K06/nwoy/HU++CXqI9EdVhC
oB8wHQYKKoZIhvcNAQkJFDEPDA1DdXJkbGUgQ2hhaXJzgSEAGb9ECWmEzf6FQbrB
Z9w7lshQhqowtrbLDFw4rXAxZuE=
-----END PRIVATE KEY-----
"""
RFC8410_SEED = bytes.fromhex("d4ee72dbf913584ad5b6d8f1f769f8ad3afe7c28cbf1d4fbe097a88f44755842")
RFC8410_PUBLIC = bytes.fromhex("19bf44096984cdfe8541bac167dc3b96c85086aa30b6b6cb0c5c38ad703166e1")

OPENSSL = shutil.which("openssl")
needs_openssl = pytest.mark.skipif(OPENSSL is None, reason="openssl is not installed")


def pem(label: str, der: bytes) -> bytes:
    body = base64.encodebytes(der).replace(b"\n", b"")
    lines = [body[i : i + 64] for i in range(0, len(body), 64)]
    return b"\n".join([f"-----BEGIN {label}-----".encode(), *lines]) + (
        f"\n-----END {label}-----\n".encode()
    )


def der_of(path: Path) -> bytes:
    lines = path.read_bytes().splitlines()
    return base64.b64decode(b"".join(lines[1:-1]), validate=True)


def legacy_seed() -> bytes:
    return der_of(LEGACY_KEY)[len(PRIVATE_PREFIX) :]


def legacy_public() -> bytes:
    return der_of(LEGACY_PUB)[len(PUBLIC_PREFIX) :]


def test_keys_and_signatures_made_with_cryptography_still_work(tmp_path: Path) -> None:
    assert verify_file(LEGACY_PACK, LEGACY_PUB) is None
    assert bytes(load_private_key(LEGACY_KEY).verify_key) == load_public_key(LEGACY_PUB).raw
    # Ed25519 is deterministic: the same key signs the same bytes into the same .sig file.
    assert (
        sign_bytes(LEGACY_PACK.read_bytes(), LEGACY_KEY) == Path(f"{LEGACY_PACK}.sig").read_bytes()
    )
    changed = tmp_path / LEGACY_PACK.name
    changed.write_bytes(LEGACY_PACK.read_bytes() + b"# edited\n")
    shutil.copy(f"{LEGACY_PACK}.sig", f"{changed}.sig")
    assert "changed after signing" in (verify_file(changed, LEGACY_PUB) or "")


def test_new_keys_are_written_exactly_as_before(tmp_path: Path) -> None:
    public = keygen(tmp_path / "team")
    for new, old, prefix in (
        (tmp_path / "team", LEGACY_KEY, PRIVATE_PREFIX),
        (public, LEGACY_PUB, PUBLIC_PREFIX),
    ):
        new_lines, old_lines = new.read_bytes().split(b"\n"), old.read_bytes().split(b"\n")
        assert [len(line) for line in new_lines] == [len(line) for line in old_lines]
        assert (new_lines[0], new_lines[-2:]) == (old_lines[0], old_lines[-2:])  # headers, "\n"
        assert der_of(new)[: len(prefix)] == der_of(old)[: len(prefix)] == prefix
        assert len(der_of(new)) == len(prefix) + 32
    assert (tmp_path / "team").read_bytes().startswith(b"-----BEGIN PRIVATE KEY-----\n")
    assert public.read_bytes().endswith(b"\n-----END PUBLIC KEY-----\n")


def test_inline_keys_raw_bytes_and_base64_text_are_the_same_key() -> None:
    raw = legacy_public()
    assert parse_public_key(raw, "raw").raw == raw
    assert parse_public_key(base64.b64encode(raw) + b"\n", "inline").raw == raw
    assert parse_public_key(LEGACY_PUB.read_bytes().replace(b"\n", b"\r\n"), "crlf").raw == raw


def test_key_files_saved_by_notepad_still_work(tmp_path: Path) -> None:
    # Notepad writes CRLF line ends and, as "UTF-8", a byte-order mark in front.
    for source in (LEGACY_KEY, LEGACY_PUB):
        target = tmp_path / source.name
        target.write_bytes(b"\xef\xbb\xbf" + source.read_bytes().replace(b"\n", b"\r\n"))
    assert sign_bytes(b"pack", tmp_path / LEGACY_KEY.name) == sign_bytes(b"pack", LEGACY_KEY)
    assert load_public_key(tmp_path / LEGACY_PUB.name).raw == legacy_public()
    # A raw 32-byte key that happens to start with those bytes is still the raw key.
    raw = tmp_path / "raw.pub"
    raw.write_bytes(b"\xef\xbb\xbf" + bytes(29))
    assert load_public_key(raw).raw == b"\xef\xbb\xbf" + bytes(29)


def test_a_pkcs8_v2_key_with_its_public_key_is_read_and_checked(tmp_path: Path) -> None:
    rfc = tmp_path / "rfc8410.pem"
    rfc.write_bytes(RFC8410_V2)
    key = load_private_key(rfc)
    assert (bytes(key), bytes(key.verify_key)) == (RFC8410_SEED, RFC8410_PUBLIC)

    # v2 with only the public key, as Bouncy Castle writes it: the same key as v1.
    seed, public = legacy_seed(), legacy_public()
    v2 = bytes.fromhex("3051020101300506032b657004220420") + seed + b"\x81\x21\x00" + public
    (tmp_path / "v2").write_bytes(pem("PRIVATE KEY", v2))
    assert sign_bytes(b"pack", tmp_path / "v2") == sign_bytes(b"pack", LEGACY_KEY)

    # The public key inside must be the private key's: no guessing which one is meant.
    wrong = v2[:-1] + bytes([v2[-1] ^ 1])
    (tmp_path / "wrong").write_bytes(pem("PRIVATE KEY", wrong))
    with pytest.raises(SigningError, match="the public key stored with it does not match it"):
        load_private_key(tmp_path / "wrong")
    # v1 has no public key field.
    v1_with_public = v2[:4] + b"\x00" + v2[5:]
    (tmp_path / "v1").write_bytes(pem("PRIVATE KEY", v1_with_public))
    with pytest.raises(SigningError, match="fields PKCS#8 does not define"):
        load_private_key(tmp_path / "v1")


def _legacy_private_pem() -> bytes:
    return LEGACY_KEY.read_bytes()


def _private_der() -> bytes:
    return PRIVATE_PREFIX + legacy_seed()


PRIVATE_CASES = {
    "empty": (b"", "not a private key made by 'agent-assistant pack keygen'"),
    "base64 only": (base64.b64encode(_private_der()), "not a private key made by"),
    "openssh": (
        pem("OPENSSH PRIVATE KEY", b"openssh-key-v1\x00"),
        "not a PKCS#8 private key (it starts with -----BEGIN OPENSSH PRIVATE KEY-----)",
    ),
    "encrypted": (
        pem("ENCRYPTED PRIVATE KEY", b"\x30\x00"),
        "the private key is protected by a passphrase",
    ),
    "public key": (LEGACY_PUB.read_bytes(), "this is a public key; sign with the private key"),
    "cut short": (_legacy_private_pem()[:-26], "the -----END PRIVATE KEY----- line is missing"),
    "mismatched end": (
        _legacy_private_pem().replace(b"END PRIVATE", b"END PUBLIC"),
        "its END line does not match -----BEGIN PRIVATE KEY-----",
    ),
    "text after": (_legacy_private_pem() + b"more\n", "there is more after the -----END"),
    "two blocks": (_legacy_private_pem() * 2, "there is more after the -----END"),
    "bad character": (
        _legacy_private_pem().replace(b"MC4C", b"MC4*"),
        "the text between the BEGIN and END lines is not valid base64",
    ),
    "space inside": (_legacy_private_pem().replace(b"MC4C", b"MC4C "), "not valid base64"),
    "missing padding": (
        pem("PRIVATE KEY", _private_der()[:-1]).replace(b"=\n", b"\n"),
        "not valid base64",
    ),
    "blank line": (
        _legacy_private_pem().replace(b"-----\nMC4C", b"-----\n\nMC4C"),
        "not valid base64",
    ),
    "truncated der": (pem("PRIVATE KEY", _private_der()[:-1]), "its DER structure is damaged"),
    "der trailing byte": (pem("PRIVATE KEY", _private_der() + b"\x00"), "DER structure is damaged"),
    "der second element": (pem("PRIVATE KEY", _private_der() + b"\x05\x00"), "not PKCS#8"),
    "indefinite length": (
        pem("PRIVATE KEY", b"\x30\x80" + _private_der()[2:] + b"\x00\x00"),
        "its DER structure is damaged",
    ),
    "version 2": (
        pem("PRIVATE KEY", _private_der().replace(b"\x02\x01\x00", b"\x02\x01\x02", 1)),
        "not PKCS#8",
    ),
    "short seed": (
        pem("PRIVATE KEY", bytes.fromhex("302d020100300506032b65700421041f") + b"\x01" * 31),
        "the Ed25519 key inside is not 32 bytes",
    ),
    "ed448": (
        pem("PRIVATE KEY", bytes.fromhex("3047020100300506032b6571043b0439") + b"\x01" * 57),
        "not an Ed25519 private key: it holds an Ed448 key",
    ),
    "x25519": (
        pem("PRIVATE KEY", _private_der().replace(b"\x2b\x65\x70", b"\x2b\x65\x6e")),
        "not an Ed25519 private key: it holds an X25519 key",
    ),
    "rsa": (
        pem(
            "PRIVATE KEY",
            bytes.fromhex("3016020100300d06092a864886f70d0101010500040230") + b"\x00",
        ),
        "not an Ed25519 private key: it holds an RSA key",
    ),
    "unknown algorithm": (
        pem("PRIVATE KEY", _private_der().replace(b"\x2b\x65\x70", b"\x2b\x65\x7f")),
        "not an Ed25519 private key: it holds a key of another algorithm",
    ),
    "ed25519 with parameters": (
        pem(
            "PRIVATE KEY",
            bytes.fromhex("3030020100300706032b6570050004220420") + legacy_seed(),
        ),
        "Ed25519 with parameters",
    ),
}


@pytest.mark.parametrize("case", PRIVATE_CASES)
def test_every_unusable_private_key_file_is_named_with_the_reason(
    tmp_path: Path, case: str
) -> None:
    data, reason = PRIVATE_CASES[case]
    key = tmp_path / "team-key"
    key.write_bytes(data)
    with pytest.raises(SigningError) as raised:
        load_private_key(key)
    assert str(raised.value).startswith(f"{key}: ")
    assert reason in str(raised.value)


def _public_der() -> bytes:
    return PUBLIC_PREFIX + legacy_public()


PUBLIC_CASES = {
    "empty": (b"", "not an Ed25519 public key (PEM, 32 bytes or base64)"),
    "31 bytes": (b"\x01" * 31, "not an Ed25519 public key (PEM, 32 bytes or base64)"),
    "ssh": (b"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIA== me@host", "(PEM, 32 bytes or base64)"),
    "private key": (LEGACY_KEY.read_bytes(), "this is a private key; use the public key"),
    "certificate": (
        pem("CERTIFICATE", _public_der()),
        "not a public key file (it starts with -----BEGIN CERTIFICATE-----)",
    ),
    "cut short": (LEGACY_PUB.read_bytes()[:-25], "the -----END PUBLIC KEY----- line is missing"),
    "text after": (LEGACY_PUB.read_bytes() + b"more", "there is more after the -----END"),
    "bad character": (LEGACY_PUB.read_bytes().replace(b"MCow", b"MC*w"), "not valid base64"),
    "truncated der": (pem("PUBLIC KEY", _public_der()[:-1]), "its DER structure is damaged"),
    "not spki": (pem("PUBLIC KEY", b"\x04\x20" + b"\x01" * 32), "not a SubjectPublicKeyInfo"),
    "unused bits": (
        pem("PUBLIC KEY", _public_der().replace(b"\x03\x21\x00", b"\x03\x21\x01")),
        "the Ed25519 key inside is not 32 bytes",
    ),
    "ed448": (
        pem("PUBLIC KEY", bytes.fromhex("3043300506032b6571033a00") + b"\x01" * 57),
        "not an Ed25519 public key: it holds an Ed448 key",
    ),
    "ec": (
        pem(
            "PUBLIC KEY",
            bytes.fromhex("3019301306072a8648ce3d020106082a8648ce3d030107030200") + b"\x04",
        ),
        "not an Ed25519 public key: it holds an elliptic-curve (ECDSA) key",
    ),
}


@pytest.mark.parametrize("case", PUBLIC_CASES)
def test_every_unusable_public_key_file_is_named_with_the_reason(tmp_path: Path, case: str) -> None:
    data, reason = PUBLIC_CASES[case]
    key = tmp_path / "team.pub"
    key.write_bytes(data)
    with pytest.raises(SigningError) as raised:
        load_public_key(key)
    assert str(raised.value).startswith("team.pub: ")
    assert reason in str(raised.value)


der_like = st.one_of(
    st.binary(max_size=120),
    st.builds(
        lambda cut, tail: _private_der()[:cut] + tail, st.integers(0, 48), st.binary(max_size=8)
    ),
    st.builds(
        lambda cut, tail: _public_der()[:cut] + tail, st.integers(0, 44), st.binary(max_size=8)
    ),
)


@settings(max_examples=300, deadline=None)
@given(der=der_like, label=st.sampled_from(["PRIVATE KEY", "PUBLIC KEY"]), wrap=st.booleans())
def test_any_bytes_give_a_key_or_a_signing_error(
    tmp_path_factory: pytest.TempPathFactory, der: bytes, label: str, wrap: bool
) -> None:
    data = pem(label, der) if wrap else der
    key = tmp_path_factory.mktemp("fuzz") / "key"
    key.write_bytes(data)
    for load in (load_private_key, load_public_key):
        try:
            load(key)
        except SigningError as error:
            assert "key" in str(error)


def _openssl(*args: str) -> bytes:
    assert OPENSSL is not None
    return subprocess.run([OPENSSL, *args], check=True, capture_output=True, timeout=60).stdout


@needs_openssl
def test_openssl_keys_sign_and_verify_like_ours(tmp_path: Path) -> None:
    key, pub, pack = tmp_path / "openssl-key", tmp_path / "openssl-key.pub", tmp_path / "p.yaml"
    _openssl("genpkey", "-algorithm", "ed25519", "-out", str(key))
    _openssl("pkey", "-in", str(key), "-pubout", "-out", str(pub))
    shutil.copy(LEGACY_PACK, pack)
    openssl_signature = _openssl("pkeyutl", "-sign", "-rawin", "-inkey", str(key), "-in", str(pack))
    assert sign_bytes(pack.read_bytes(), key) == base64.b64encode(openssl_signature) + b"\n"
    Path(f"{pack}.sig").write_bytes(sign_bytes(pack.read_bytes(), key))
    assert verify_file(pack, pub) is None

    # And the other way: OpenSSL reads the keys keygen writes, byte for byte the same public key.
    ours = keygen(tmp_path / "ours")
    assert _openssl("pkey", "-in", str(tmp_path / "ours"), "-pubout") == ours.read_bytes()
    assert _openssl("pkey", "-pubin", "-in", str(ours), "-pubout") == ours.read_bytes()


@needs_openssl
@pytest.mark.parametrize(
    ("algorithm", "holds"), [("ed448", "an Ed448 key"), ("x25519", "an X25519")]
)
def test_openssl_keys_of_other_algorithms_are_named(
    tmp_path: Path, algorithm: str, holds: str
) -> None:
    key = tmp_path / "other"
    _openssl("genpkey", "-algorithm", algorithm, "-out", str(key))
    _openssl("pkey", "-in", str(key), "-pubout", "-out", f"{key}.pub")
    with pytest.raises(SigningError, match=f"not an Ed25519 private key: it holds {holds}"):
        load_private_key(key)
    with pytest.raises(SigningError, match=f"not an Ed25519 public key: it holds {holds}"):
        load_public_key(Path(f"{key}.pub"))
