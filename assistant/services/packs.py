"""Removing, exporting, publishing and installing edited packs; installing files is the
intake's (services/intake.py), and so is every install here.

A supervisor's pack editor installs its draft and publishes it through these, so the IT
policy's signing rule applies to them as to any file: an unsigned draft is not installed where
signatures are required, and is not published to agents who would all refuse it. Its refusal
is said of the draft here (_said_of_draft), not of a file on disk.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from assistant.packs.errors import PackError, PackInvalidError, SourceError
from assistant.packs.packfile import PackFile, read_pack_data, signature_path
from assistant.services.intake import Intake, PackIntake, prune_copies
from assistant.store.knowledge import KnowledgeBase

if TYPE_CHECKING:
    from assistant.packs.draft import Signer


class PackService:
    """The knowledge base's packs, changed only through the intake's rules."""

    def __init__(self, intake: PackIntake) -> None:
        self._intake = intake

    @property
    def intake(self) -> PackIntake:
        return self._intake

    @property
    def kb(self) -> KnowledgeBase:
        return self._intake.kb

    def remove(self, pack_id: str) -> None:
        """Uninstall a pack (not the built-in one) and drop its kept copy. Raises StoreError
        (PackNotFoundError, BuiltinPackError, a locked database)."""
        self.kb.remove_pack(pack_id)
        prune_copies(self.kb)

    def export(self, pack_id: str, target: Path) -> Path:
        """Write the installed pack ``pack_id`` to ``target`` (YAML, or JSON for a .json name).
        Raises StoreError (PackNotFoundError) or OSError."""
        from assistant.packs.export import write_pack_file

        write_pack_file(self.kb.export_pack(pack_id), target)
        return target

    def draft_file(self, name: Path, text: str, sign: Signer | None) -> PackFile:
        """The bytes of an edited pack as a file would hold them, signed when ``sign``."""
        data = text.encode("utf-8")
        return PackFile.of(name, data, sign(data) if sign is not None else None)

    def install_draft(self, name: Path, text: str, sign: Signer | None = None) -> Intake:
        """Install the editor's draft on this computer through the intake (the IT policy
        included). Raises PackInvalidError, SigningError or StoreError."""
        file = self.draft_file(name, text, sign)
        with _said_of_draft(sign, "install"):
            return self._intake.install(file, source=str(name))

    def publish(self, text: str, pack_id: str, folder: Path, sign: Signer | None = None) -> Path:
        """Install an edited pack here, then put it in the shared ``folder`` as
        ``<pack_id>.yaml`` (its signature first, so a scan never finds the pack without it):
        the publisher's own scan of the folder finds it installed.

        Refused before anything changes (PackInvalidError) where every desktop would refuse
        it: by the IT policy, or because the folder holds its version with other content, or
        a newer one (the version must be raised); where it would replace another pack the
        folder holds under that name; and where this computer would refuse it (the built-in
        pack's id, an older version than installed here: PackVersionError). Raises OSError
        when the folder cannot be written (the pack is installed here then), SigningError for
        a bad key. What the folder holds is checked again after the install, before it is
        replaced (a colleague may publish meanwhile): refused then, the pack stays installed
        here, as when the folder cannot be written.
        """
        from assistant.core.files import write_atomic

        target = folder / f"{pack_id}.yaml"
        file = self.draft_file(target, text, sign)
        with self._intake.parsing_once(), _said_of_draft(sign, "publish"):
            shared = _shared_file(target)
            self._intake.publishable(file, shared)
            self._intake.install(file)
            # The install takes seconds for a large pack: a colleague may have published this
            # pack meanwhile. What is there now is checked again, just before it is replaced.
            now = _shared_file(target)
            if (now.data if now else None) != (shared.data if shared else None):
                self._intake.publishable(file, now)
        # A link planted in the shared folder is replaced, never written through.
        if file.signature is not None:
            write_atomic(signature_path(target), file.signature, follow_links=False)
        else:  # an older signature would not match these bytes
            signature_path(target).unlink(missing_ok=True)
        write_atomic(target, file.data, follow_links=False)
        return target


def _shared_file(target: Path) -> PackFile | None:
    """The pack a publish would replace in the shared folder (its bytes: the folder intake
    compares those), if one is there and readable."""
    try:
        return PackFile.of(target, read_pack_data(target))
    except (OSError, SourceError):
        return None


@contextmanager
def _said_of_draft(sign: Signer | None, action: str) -> Iterator[None]:
    """The IT policy's signing refusal of a draft said of the draft: it is signed in memory
    with the key from Settings (``sign``) or not at all, so there is no .sig beside it, and
    it cannot have been changed after signing. What the supervisor can do is choose a key,
    or have IT list theirs. Every other refusal (a policy that cannot be used included) goes
    on as it is."""
    try:
        yield
    except PackInvalidError as error:
        said = [e._replace(message=_draft_refusal(e, sign, action)) for e in error.errors]
        raise PackInvalidError(said) from None


def _draft_refusal(error: PackError, sign: Signer | None, action: str) -> str:
    from assistant.packs.signing import KeySigner, SignatureRefusal

    refusal = error.message
    if not isinstance(refusal, SignatureRefusal):
        return refusal
    if not refusal.unsigned and not refusal.keys:
        return refusal.note  # no key IT lists can be read: theirs to fix, said as it is
    if refusal.unsigned:
        said = (
            "IT requires every pack to be signed (policy.ini): choose your signing key in "
            f"Settings (Signing key), then {action} again."
        )
    else:
        key, public = "Your signing key (from Settings)", "its public key"
        if isinstance(sign, KeySigner):  # the editor's: named by its file
            key, public = f"Your signing key ({sign.name}, from Settings)", f"{sign.name}.pub"
        said = (
            f"{key} is not one IT lists in policy.ini (required_signing_keys: "
            f"{', '.join(refusal.keys)}): ask IT to list {public}, or choose a listed key in "
            "Settings (Signing key)."
        )
    return f"{said} {refusal.note}" if refusal.note else said
