"""Signed packs: Ed25519 key pairs, detached signatures, and the policy check at import.

Formats (plain files a supervisor can mail or put on a share):

- private key ``NAME``: PKCS#8 PEM, unencrypted (keep it off the agents' machines);
- public key ``NAME.pub``: SubjectPublicKeyInfo PEM; the raw 32-byte key, or its base64
  text (44 characters), is also accepted, so a key can be pasted inline into policy.ini;
- signature ``FILE.sig``: the base64 text of the 64-byte Ed25519 signature over the exact
  bytes of FILE (the .yaml, .json or .zip as distributed), followed by a newline.

A signature covers the file, not the parsed pack: changing a single byte, even a comment,
breaks it.

PyNaCl (libsodium) signs and verifies; assistant.packs.keyfiles reads and writes the key files.
"""

from __future__ import annotations

import base64
import binascii
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from nacl.exceptions import BadSignatureError
from nacl.signing import SigningKey, VerifyKey

from assistant.core.files import PRIVATE_FILE_MODE, make_parent_folder, write_atomic
from assistant.packs.errors import SourceError
from assistant.packs.keyfiles import (
    KeyFormatError,
    pem_block,
    private_key_pem,
    public_from_spki,
    public_key_pem,
    seed_from_pkcs8,
)
from assistant.packs.packfile import (
    PackFile,
    read_pack_data,
    read_pack_file,
    read_small_file,
    signature_path,
)

PUBLIC_SUFFIX = ".pub"
_MAX_KEY_FILE = 16 * 1024
# Windows Notepad puts one in front of a key file it saves; nothing else can start with it.
_UTF8_BOM = b"\xef\xbb\xbf"


class SigningError(Exception):
    """A key or signature file that cannot be used; the message says which and why."""


@dataclass(frozen=True, slots=True)
class PublicKey:
    """A public key and where it came from (a file name, or 'policy key 2' for inline keys)."""

    label: str
    key: VerifyKey

    @property
    def raw(self) -> bytes:
        """The 32 bytes of the key (what policy.ini takes, base64-encoded, inline)."""
        return bytes(self.key)


def keygen(private_path: Path) -> Path:
    """Write a new key pair: ``private_path`` (private) and ``private_path``.pub (public).

    Refuses to overwrite an existing key (SigningError). Returns the public key's path.
    """
    public_path = private_path.with_name(private_path.name + PUBLIC_SUFFIX)
    for path in (private_path, public_path):
        if path.exists():
            raise SigningError(f"{path} already exists; choose another name")
    key = SigningKey.generate()
    private_pem = private_key_pem(bytes(key))
    public_pem = public_key_pem(bytes(key.verify_key))
    try:
        make_parent_folder(private_path)
        write_atomic(private_path, private_pem, mode=PRIVATE_FILE_MODE)
        write_atomic(public_path, public_pem)  # from the umask: meant to be handed out
    except OSError as error:
        raise SigningError(f"cannot write the key pair: {error.strerror or error}") from None
    return public_path


def _read_key_file(path: Path) -> bytes:
    """A key file's bytes: a regular file of a few hundred bytes. A named pipe given as the key
    is refused rather than waited on, /dev/zero rather than read until memory runs out."""
    try:
        return read_small_file(path, _MAX_KEY_FILE, "key")
    except FileNotFoundError as error:
        raise SigningError(f"{path}: cannot read the key: {error.strerror}") from None
    except SourceError as error:
        raise SigningError(f"{path}: {error.error.message}") from None


def load_private_key(path: Path) -> SigningKey:
    """The Ed25519 private key in the PEM file ``path``."""
    raw = _read_key_file(path).removeprefix(_UTF8_BOM)
    if not raw.lstrip().startswith(b"-----BEGIN "):
        raise SigningError(
            f"{path}: not a private key made by 'agent-assistant pack keygen' (that is a PEM "
            "file starting with -----BEGIN PRIVATE KEY-----)"
        )
    try:
        label, der = pem_block(raw, "private")
        if label == "ENCRYPTED PRIVATE KEY":
            raise SigningError(
                f"{path}: the private key is protected by a passphrase; sign with an "
                "unencrypted key ('openssl pkey -in KEY -out NEWKEY' removes the passphrase)"
            )
        if label == "PUBLIC KEY":
            raise SigningError(f"{path}: this is a public key; sign with the private key")
        if label != "PRIVATE KEY":
            raise SigningError(
                f"{path}: not a PKCS#8 private key (it starts with -----BEGIN {label}-----); "
                "make one with 'agent-assistant pack keygen'"
            )
        return SigningKey(seed_from_pkcs8(der))
    except KeyFormatError as error:
        raise SigningError(f"{path}: {error}") from None


def parse_public_key(data: bytes, label: str) -> PublicKey:
    """A public key from PEM, raw 32 bytes or base64 text; SigningError names ``label``."""
    text = data.strip()
    if b"PRIVATE KEY" in text[:64]:
        raise SigningError(f"{label}: this is a private key; use the public key (NAME.pub)")
    if text.startswith(b"-----BEGIN"):
        try:
            pem_label, der = pem_block(text, "public")
            if pem_label != "PUBLIC KEY":
                raise SigningError(
                    f"{label}: not a public key file (it starts with -----BEGIN {pem_label}"
                    "-----); use the NAME.pub that 'agent-assistant pack keygen' wrote"
                )
            return PublicKey(label, VerifyKey(public_from_spki(der)))
        except KeyFormatError as error:
            raise SigningError(f"{label}: {error}") from None
    raw = data if len(data) == 32 else None
    if raw is None:
        try:
            raw = base64.b64decode(text, validate=True)
        except (binascii.Error, ValueError):
            raw = b""
    if len(raw) != 32:
        raise SigningError(f"{label}: not an Ed25519 public key (PEM, 32 bytes or base64)")
    return PublicKey(label, VerifyKey(raw))


def load_public_key(path: Path) -> PublicKey:
    """The public key in the file ``path``."""
    data = _read_key_file(path)
    if data.startswith(_UTF8_BOM) and len(data) != 32:
        data = data.removeprefix(_UTF8_BOM)
    return parse_public_key(data, path.name)


def public_key_from_policy(entry: str, base: Path | None, number: int) -> PublicKey:
    """A key listed in policy.ini: a file path (relative to the policy file) or inline base64."""
    candidate = Path(os.path.expandvars(entry))
    if base is not None and not candidate.is_absolute():
        candidate = base / candidate
    if candidate.suffix or "/" in entry or "\\" in entry:
        if candidate.is_file():
            return load_public_key(candidate)
        if not _looks_base64(entry):
            raise SigningError(f"policy key {number}: the key file {candidate} does not exist")
    return parse_public_key(entry.encode("ascii", "replace"), f"policy key {number}")


def _looks_base64(text: str) -> bool:
    return len(text) == 44 and text.endswith("=")


def sign_bytes(data: bytes, private_key: Path) -> bytes:
    """The contents of a .sig file for ``data``: the base64 Ed25519 signature and a newline."""
    return base64.b64encode(load_private_key(private_key).sign(data).signature) + b"\n"


@dataclass(frozen=True, slots=True)
class KeySigner:
    """The pack editor's Signer (packs/draft.py): the supervisor's private key file, from
    Settings, read at each signing. Its ``name`` is what a refusal of the draft calls it."""

    path: Path

    @property
    def name(self) -> str:
        return self.path.name

    def __call__(self, data: bytes) -> bytes:
        return sign_bytes(data, self.path)


def sign_file(pack: Path, private_key: Path) -> Path:
    """Write ``pack``.sig, the signature of the exact bytes of ``pack``; returns its path.
    ``pack`` is read as a pack file is: a regular file, at most the size of a pack."""
    try:
        data = read_pack_data(pack)
    except SourceError as error:
        raise SigningError(f"{pack}: {error.error.message}") from None
    signature = sign_bytes(data, private_key)
    target = signature_path(pack)
    try:
        write_atomic(target, signature)
    except OSError as error:
        raise SigningError(f"{target}: cannot write: {error.strerror or error}") from None
    return target


def decode_signature(text: bytes, name: str) -> bytes:
    """The 64 signature bytes in a .sig file's text; SigningError naming ``name`` if not."""
    try:
        signature = base64.b64decode(text.strip(), validate=True)
    except (binascii.Error, ValueError):
        signature = b""
    if len(signature) != 64:
        raise SigningError(f"{name} is not a pack signature")
    return signature


class SignatureRefusal(str):
    """signature_problem's answer for a pack that is unsigned or that none of the keys signed,
    said of a file on disk, with what a caller that signed the bytes itself needs to say it
    otherwise (services/packs.py, for the editor's draft, which has no .sig and cannot have
    been changed): whether it had a signature, and the labels of the keys tried. ``note``: more
    the policy says after it (keys it could not read)."""

    unsigned: bool
    keys: tuple[str, ...]
    note: str

    def __new__(
        cls, text: str, *, unsigned: bool, keys: Sequence[str], note: str = ""
    ) -> SignatureRefusal:
        made = super().__new__(cls, f"{text}. {note}" if note else text)
        made.unsigned, made.keys, made.note = unsigned, tuple(keys), note
        return made

    def noting(self, note: str) -> SignatureRefusal:
        """This refusal (one without a note) with ``note`` said after it."""
        return SignatureRefusal(self, unsigned=self.unsigned, keys=self.keys, note=note)


def signature_problem(
    file: PackFile, keys: Sequence[PublicKey], required_by: str = "the IT policy"
) -> str | None:
    """Why ``file`` must be refused, or None if one of ``keys`` signed exactly its bytes.

    The bytes and the signature are the ones read once (packs/packfile.py): a file swapped
    after it was read cannot slip in. The message says which case it is: unsigned,
    unreadable signature, or a signature that matches none of the keys (the file was changed
    after signing, or another key signed it); the first and the last are SignatureRefusals.
    """
    sig_name = signature_path(file.path).name
    labels = [k.label for k in keys]
    if file.signature is None:
        return SignatureRefusal(
            f"the pack is not signed (no {sig_name} beside it) and {required_by} requires "
            "a signature",
            unsigned=True,
            keys=labels,
        )
    try:
        signature = decode_signature(file.signature[:_MAX_KEY_FILE], sig_name)
    except SigningError as error:
        return f"the signature is unusable: {error}"
    for key in keys:
        try:
            key.key.verify(file.data, signature)
        except BadSignatureError:
            continue
        return None
    return SignatureRefusal(
        f"the signature in {sig_name} does not match: the file was changed after it was "
        f"signed, or it was signed with a key {required_by} does not list ({', '.join(labels)})",
        unsigned=False,
        keys=labels,
    )


def verify_file(pack: Path, public_key: Path) -> str | None:
    """``pack verify``: None when ``pack`` is untouched and signed by ``public_key``."""
    key = load_public_key(public_key)
    try:
        file = read_pack_file(pack)
    except SourceError as error:
        raise SigningError(f"{pack}: {error.error.message}") from None
    problem = signature_problem(file, [key], required_by=f"--key {key.label}")
    if problem is None:
        return None
    # The same checks, worded for a supervisor checking one key by hand.
    if file.signature is None:
        return f"not signed (no {signature_path(pack).name} beside it)"
    if "does not match" in problem:
        return (
            f"the signature does not match {public_key.name}: the file was changed after "
            "signing, or another key signed it"
        )
    return problem


Verifier = Callable[[PackFile], str | None]
"""An install hook: why a pack file (as read once) must not be installed, or None."""


class PolicyVerifier:
    """The install hook when the IT policy requires signatures."""

    def __init__(self, keys: Sequence[PublicKey]) -> None:
        self.keys = tuple(keys)

    def __call__(self, file: PackFile) -> str | None:
        return signature_problem(file, self.keys)


def signed_by(key: PublicKey, then: Verifier | None = None) -> Verifier:
    """An install hook requiring a signature by ``key`` (``pack import --key``), then ``then``."""

    def verify(file: PackFile) -> str | None:
        problem = signature_problem(file, [key], required_by=f"--key {key.label}")
        if problem and "does not match" in problem:
            problem = (
                f"the signature in {signature_path(file.path).name} does not match {key.label}: "
                "the file was changed after it was signed, or another key signed it"
            )
        if problem:
            return problem
        return then(file) if then is not None else None

    return verify


def policy_verifier(
    entries: Sequence[str], policy_file: Path | None
) -> tuple[PolicyVerifier | None, str]:
    """The verifier for the policy's required keys (None when none are listed) and a problem.

    A key the policy lists but that cannot be read makes every pack refused: a broken policy
    must never let unsigned packs in.
    """
    if not entries:
        return None, ""
    base = policy_file.parent if policy_file is not None else None
    keys: list[PublicKey] = []
    problems: list[str] = []
    for number, entry in enumerate(entries, start=1):
        try:
            keys.append(public_key_from_policy(entry, base, number))
        except SigningError as error:
            problems.append(str(error))
    problem = ""
    if problems:
        problem = "The IT policy's signing keys cannot all be read: " + "; ".join(problems)
    return PolicyVerifier(keys), problem
