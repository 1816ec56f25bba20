"""Installing packs into the knowledge base: the built-in pack at start, files on request."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from assistant.core.files import PRIVATE_FILE_MODE, private_folder, write_atomic
from assistant.core.model import BUILTIN_PACK_ID
from assistant.packs.errors import PackError, PackInvalidError
from assistant.resources import builtin_pack_path
from assistant.store.knowledge import KnowledgeBase
from assistant.store.rows import ImportSummary

if TYPE_CHECKING:
    from assistant.packs.validate import Known

# The pack reader (PyYAML, jsonschema) is imported where a pack is read, not here: a normal
# start only compares the built-in pack's hash and never needs it.

log = logging.getLogger(__name__)


def ensure_builtin(kb: KnowledgeBase, path: Path | None = None) -> ImportSummary | None:
    """Install the shipped built-in pack unless exactly this file is already installed.

    Comparing the file's hash first keeps a normal start from parsing the pack at all.
    Returns the import summary, or None when nothing needed doing.
    """
    path = path or builtin_pack_path()
    raw = path.read_bytes()
    digest = hashlib.sha256(raw).hexdigest()
    if kb.pack_sha256(BUILTIN_PACK_ID) == digest:
        return None
    from assistant.packs.loader import validate_pack_bytes

    result = validate_pack_bytes(str(path), raw)
    if result.pack is None:
        raise PackInvalidError(result.errors)
    if result.pack.id != BUILTIN_PACK_ID:
        raise ValueError(f"{path} is not the built-in pack (its id is '{result.pack.id}')")
    # The shipped file is the truth for the built-in pack, even when it carries the same or a
    # lower version than an older install (a downgrade of the program brings its own content).
    return kb.import_pack(result.pack, source="(built in)", sha256=digest, force=True)


def builtin_known(kb: KnowledgeBase) -> Known:
    """What a pack may refer to without defining it: the installed built-in pack's ids."""
    from assistant.packs.validate import Known

    campaigns, personas, phrases = kb.item_ids(BUILTIN_PACK_ID)
    return Known(campaigns, personas, phrases)


Phase = str  # "read", "check", "install": what the progress bar is showing
ImportProgress = Callable[[Phase, int, int], None]
# The hook for signed packs: given the file and its pack bytes, a message when the pack must
# not be installed (e.g. no valid signature by a key the policy requires), else None.
Verifier = Callable[[Path, bytes], str | None]


def import_file(
    kb: KnowledgeBase,
    path: Path,
    *,
    force: bool = False,
    progress: ImportProgress | None = None,
    verify: Verifier | None = None,
) -> ImportSummary:
    """Validate ``path`` completely, then install it in one transaction (all or nothing).

    ``progress(phase, done, total)`` follows the read, check and install phases; ``verify``
    may refuse the file before anything is parsed. Raises PackInvalidError or StoreError.
    """
    from assistant.packs.loader import validate_pack_bytes
    from assistant.packs.source import SourceError, read_pack_bytes

    report = progress or (lambda phase, done, total: None)
    report("read", 0, 1)
    try:
        raw = read_pack_bytes(path)
    except SourceError as error:
        raise PackInvalidError([error.error]) from None
    if verify is not None:
        refusal = verify(path, raw)
        if refusal:
            raise PackInvalidError([PackError(str(path), 1, 1, "", refusal)])
    report("check", 0, 1)
    result = validate_pack_bytes(str(path), raw, builtin_known(kb))
    if result.pack is None:
        raise PackInvalidError(result.errors)
    total = len(result.pack.phrases)
    report("install", 0, total)
    summary = kb.import_pack(
        result.pack,
        source=str(path.resolve()),
        sha256=result.sha256,
        force=force,
        progress=lambda done, all_: report("install", done, all_),
    )
    keep_copy(kb, result.pack.id, path, raw)
    return summary


# ---------------------------------------------------------------- copies of installed packs
# Every pack installed from a file (by hand, the Pack manager or the shared folder) is kept in
# DATA/packs/, so a damaged database can be rebuilt without asking anyone for the files again.

COPIES_FOLDER = "packs"


def copies_folder(kb: KnowledgeBase) -> Path | None:
    """DATA/packs for a knowledge base on disk; None in memory (tests)."""
    path = kb.database.path
    return None if path is None else path.parent / COPIES_FOLDER


COPY_SUFFIXES = (".yaml", ".yml", ".json", ".zip")
SIGNATURE_SUFFIX = ".sig"


def keep_copy(kb: KnowledgeBase, pack_id: str, path: Path, raw: bytes) -> Path | None:
    """Save the installed pack file as DATA/packs/ID.EXT, atomically, with its signature.

    The file's own bytes are kept (a .zip stays a zip), and FILE.sig beside it when there is
    one, so a recovery can check the signature again when the IT policy requires one: the
    data folder is the agent's, and a file planted there must not get in that way. ``raw`` (the
    validated pack text) is kept instead when the file cannot be read again.
    A copy that cannot be written (disk full) is not a reason to undo the import: it is logged
    and the pack simply cannot be rebuilt by a later recovery.
    """
    folder = copies_folder(kb)
    if folder is None or pack_id == BUILTIN_PACK_ID:
        return None
    suffix = path.suffix.lower() if path.suffix.lower() in COPY_SUFFIXES else ".yaml"
    try:
        data = path.read_bytes()
    except OSError:
        data, suffix = raw, (".json" if suffix == ".json" else ".yaml")
    target = folder / f"{pack_id}{suffix}"
    signature = path.with_name(path.name + SIGNATURE_SUFFIX)
    try:
        private_folder(folder)
        try:
            signed = signature.read_bytes()
        except OSError:
            signed = None
        # In the agent's data folder, like everything there: for this user only.
        write_atomic(target, data, mode=PRIVATE_FILE_MODE)
        kept_signature = target.with_name(target.name + SIGNATURE_SUFFIX)
        if signed is not None:
            write_atomic(kept_signature, signed, mode=PRIVATE_FILE_MODE)
        else:
            kept_signature.unlink(missing_ok=True)
        for other in folder.glob(f"{pack_id}.*"):
            if other.suffix in COPY_SUFFIXES and other != target:
                other.unlink(missing_ok=True)
                other.with_name(other.name + SIGNATURE_SUFFIX).unlink(missing_ok=True)
    except OSError as error:
        log.warning("could not keep a copy of pack %s: %s", pack_id, error)
        return None
    return target


def installed_copies(folder: Path) -> dict[str, Path]:
    """The kept copies in ``folder`` by pack id."""
    try:
        entries = sorted(folder.iterdir())
    except OSError:
        return {}
    return {
        p.stem: p
        for p in entries
        if p.suffix.lower() in COPY_SUFFIXES and not p.name.startswith(".") and p.is_file()
    }


def prune_copies(kb: KnowledgeBase) -> None:
    """Drop the copies of packs that are no longer installed (after a removal)."""
    folder = copies_folder(kb)
    if folder is None:
        return
    installed = {p.id for p in kb.packs()}
    for pack_id, path in installed_copies(folder).items():
        if pack_id not in installed:
            path.unlink(missing_ok=True)
            path.with_name(path.name + SIGNATURE_SUFFIX).unlink(missing_ok=True)
