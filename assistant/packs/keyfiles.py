"""Ed25519 key files: PEM (RFC 7468) around the DER of PKCS#8 and SubjectPublicKeyInfo.

PyNaCl (libsodium) signs and verifies but reads no key files, so their wrapping is read and
written here. For Ed25519 it is fixed bytes around the 32-byte seed or public key (RFC 8410),
which is what OpenSSL and the ``cryptography`` library (used before PyNaCl) write too. Reading
is strict, and every refusal says why in words a supervisor can act on.
"""

from __future__ import annotations

import base64
import binascii

from nacl.signing import SigningKey

# RFC 8410: the algorithm identifier of Ed25519 (OID 1.3.101.112, no parameters), and the
# DER that PKCS#8 v1 (private) and SubjectPublicKeyInfo (public) put before the 32 bytes.
_ED25519_ALGORITHM = bytes.fromhex("300506032b6570")
PRIVATE_DER_PREFIX = bytes.fromhex("302e020100") + _ED25519_ALGORITHM + bytes.fromhex("04220420")
PUBLIC_DER_PREFIX = bytes.fromhex("302a") + _ED25519_ALGORITHM + bytes.fromhex("032100")
# Other algorithms a key file may hold, to say what it is instead (DER of the OID).
_OTHER_ALGORITHMS = {
    bytes.fromhex("2b6571"): "an Ed448 key",
    bytes.fromhex("2b656e"): "an X25519 key (for encryption, not signatures)",
    bytes.fromhex("2b656f"): "an X448 key (for encryption, not signatures)",
    bytes.fromhex("2a864886f70d010101"): "an RSA key",
    bytes.fromhex("2a8648ce3d0201"): "an elliptic-curve (ECDSA) key",
    bytes.fromhex("2a8648ce380401"): "a DSA key",
}


class KeyFormatError(ValueError):
    """Why PEM or DER bytes are not a usable key; callers prefix the file's name."""


def private_key_pem(seed: bytes) -> bytes:
    """The PKCS#8 PEM file of the Ed25519 private key with the 32-byte ``seed``."""
    return _pem("PRIVATE KEY", PRIVATE_DER_PREFIX + seed)


def public_key_pem(key: bytes) -> bytes:
    """The SubjectPublicKeyInfo PEM file of the 32-byte Ed25519 public ``key``."""
    return _pem("PUBLIC KEY", PUBLIC_DER_PREFIX + key)


def _pem(label: str, der: bytes) -> bytes:
    """One PEM block (RFC 7468): base64 in lines of 64 characters between BEGIN and END."""
    text = base64.b64encode(der)
    lines = [text[i : i + 64] for i in range(0, len(text), 64)]
    begin, end = f"-----BEGIN {label}-----".encode(), f"-----END {label}-----".encode()
    return b"\n".join([begin, *lines, end]) + b"\n"


def pem_block(data: bytes, kind: str) -> tuple[str, bytes]:
    """The label and the decoded bytes of ``data``, which must be exactly one PEM block.

    Strict RFC 7468: matching BEGIN and END lines and only base64 lines between them (LF or
    CRLF line ends, any line length); nothing but whitespace around the block.
    """
    lines = data.strip().splitlines()
    first = lines[0] if lines else b""
    if not (first.startswith(b"-----BEGIN ") and first.endswith(b"-----") and len(first) > 16):
        raise KeyFormatError(f"not a readable {kind} key: it does not start with a -----BEGIN line")
    label = first[11:-5].decode("ascii", "replace")
    body = lines[1:]
    closing = next((i for i, line in enumerate(body) if line.startswith(b"-----")), None)
    damaged = f"not a readable {kind} key"
    if closing is None:
        raise KeyFormatError(f"{damaged}: the -----END {label}----- line is missing (cut short?)")
    if body[closing] != b"-----END " + first[11:]:
        raise KeyFormatError(f"{damaged}: its END line does not match -----BEGIN {label}-----")
    if closing != len(body) - 1:
        raise KeyFormatError(f"{damaged}: there is more after the -----END {label}----- line")
    try:
        if not all(body[:closing]):
            raise ValueError("a blank line")
        der = base64.b64decode(b"".join(body[:closing]), validate=True)
    except (binascii.Error, ValueError):
        raise KeyFormatError(
            f"{damaged}: the text between the BEGIN and END lines is not valid base64"
        ) from None
    return label, der


def _der_items(data: bytes, kind: str) -> list[tuple[int, bytes]]:
    """The (tag, contents) of each DER element that ``data`` is made of, one level deep."""
    damaged = KeyFormatError(f"not a readable {kind} key: its DER structure is damaged")
    items: list[tuple[int, bytes]] = []
    offset = 0
    while offset < len(data):
        if len(data) - offset < 2 or data[offset] & 0x1F == 0x1F:
            raise damaged
        tag, length = data[offset], data[offset + 1]
        offset += 2
        if length & 0x80:
            # Long form: 1 or 2 length bytes (a key file is small), minimally encoded as DER
            # requires; 0x80 alone (indefinite length) is not DER.
            count = length & 0x7F
            if not 1 <= count <= 2 or offset + count > len(data) or data[offset] == 0:
                raise damaged
            length = int.from_bytes(data[offset : offset + count], "big")
            offset += count
            if length < 0x80:
                raise damaged
        if offset + length > len(data):
            raise damaged
        items.append((tag, data[offset : offset + length]))
        offset += length
    return items


def _check_ed25519(algorithm: tuple[int, bytes], kind: str) -> None:
    """Refuse an AlgorithmIdentifier other than Ed25519's, naming the algorithm if known."""
    tag, contents = algorithm
    if tag == 0x30 and contents == _ED25519_ALGORITHM[2:]:
        return
    inner = _der_items(contents, kind) if tag == 0x30 else []
    oid = inner[0][1] if inner and inner[0][0] == 0x06 else b""
    if oid == _ED25519_ALGORITHM[4:]:
        raise KeyFormatError(f"not a readable {kind} key: Ed25519 with parameters (RFC 8410: none)")
    what = _OTHER_ALGORITHMS.get(oid, "a key of another algorithm")
    raise KeyFormatError(f"not an Ed25519 {kind} key: it holds {what}")


def seed_from_pkcs8(der: bytes) -> bytes:
    """The 32-byte Ed25519 seed in a PKCS#8 PrivateKeyInfo (v1) or OneAsymmetricKey (v2)."""
    kind = "private"
    outer = _der_items(der, kind)
    fields = _der_items(outer[0][1], kind) if len(outer) == 1 and outer[0][0] == 0x30 else []
    if (
        len(fields) < 3
        or fields[0] not in ((0x02, b"\x00"), (0x02, b"\x01"))
        or fields[2][0] != 0x04
    ):
        raise KeyFormatError("not a readable private key: not PKCS#8 (RFC 5208 / RFC 5958)")
    _check_ed25519(fields[1], kind)
    private = fields[2][1]
    if len(private) != 34 or private[:2] != b"\x04\x20":
        raise KeyFormatError("not a readable private key: the Ed25519 key inside is not 32 bytes")
    seed = private[2:]
    rest = fields[3:]
    if rest and rest[0][0] == 0xA0:  # [0] attributes: nothing here uses them
        rest = rest[1:]
    if fields[0][1] == b"\x01" and rest and rest[0][0] == 0x81:  # v2: [1] the public key
        public = rest.pop(0)[1]
        if public != b"\x00" + bytes(SigningKey(seed).verify_key):
            raise KeyFormatError(
                "not a readable private key: the public key stored with it does not match it"
            )
    if rest:
        raise KeyFormatError("not a readable private key: it has fields PKCS#8 does not define")
    return seed


def public_from_spki(der: bytes) -> bytes:
    """The 32-byte Ed25519 key in a SubjectPublicKeyInfo."""
    kind = "public"
    outer = _der_items(der, kind)
    fields = _der_items(outer[0][1], kind) if len(outer) == 1 and outer[0][0] == 0x30 else []
    if len(fields) != 2 or fields[1][0] != 0x03:
        raise KeyFormatError("not a readable public key: not a SubjectPublicKeyInfo (RFC 5280)")
    _check_ed25519(fields[0], kind)
    bits = fields[1][1]
    if len(bits) != 33 or bits[0] != 0:
        raise KeyFormatError("not a readable public key: the Ed25519 key inside is not 32 bytes")
    return bits[1:]
