"""Rebuilding a damaged knowledge base at start, and saying plainly what happened.

The damaged file is moved aside (never deleted), a fresh database is built from the built-in
pack and the copies of the installed packs kept in DATA/packs/, and the agent's own data
(favourites, usage, holds, callbacks, settings) comes back from the newest sound daily backup.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from assistant.core.model import BUILTIN_PACK_ID
from assistant.packs.install import (
    COPIES_FOLDER,
    builtin_known,
    ensure_builtin,
    installed_copies,
)
from assistant.packs.loader import validate_pack_bytes
from assistant.packs.source import SourceError, read_pack_bytes
from assistant.policy import enforce_signing
from assistant.store.backup import move_aside, newest_sound_backup, restore_agent_data
from assistant.store.database import open_database
from assistant.store.errors import StoreError
from assistant.store.knowledge import KnowledgeBase

log = logging.getLogger(__name__)

BACKUPS_FOLDER = "backups"


@dataclass
class RecoveryReport:
    """What a recovery did, for the window's notice and the command line's standard error."""

    damaged: Path
    reason: str
    moved_to: Path | None = None
    packs_rebuilt: list[str] = field(default_factory=list)
    packs_lost: list[str] = field(default_factory=list)
    backup_day: date | None = None
    restored_rows: dict[str, int] = field(default_factory=dict)

    def message(self) -> str:
        """Plain sentences: what happened, what came back, what (if anything) was lost."""
        lines = [
            f"The knowledge base was damaged and could not be used ({self.reason}).",
            f"It was moved aside to {self.moved_to} and a new one was built."
            if self.moved_to
            else "A new one was built.",
        ]
        rebuilt = ", ".join(self.packs_rebuilt) if self.packs_rebuilt else "none"
        lines.append(f"Packs reinstalled: the built-in pack; others: {rebuilt}.")
        if self.packs_lost:
            lines.append(
                "Not reinstalled (no usable copy was kept, or its signature is not accepted): "
                + ", ".join(self.packs_lost)
                + ". Import them again from the pack files."
            )
        if self.backup_day is not None:
            kept = sum(self.restored_rows.values())
            lines.append(
                f"Your favourites, phrase usage, holds and callbacks were restored from the "
                f"backup of {self.backup_day:%Y-%m-%d} ({kept} records). Anything you did after "
                "that backup was made is lost."
            )
        else:
            lines.append(
                "No usable backup was found: your favourites, phrase usage, holds and "
                "callbacks could not be restored."
            )
        return "\n".join(lines)


def recover(data_dir: Path, db_path: Path, reason: str) -> tuple[KnowledgeBase, RecoveryReport]:
    """Move the damaged database aside and rebuild it; see the module docstring."""
    report = RecoveryReport(db_path, reason)
    if db_path.exists():
        try:
            report.moved_to = move_aside(db_path)
        except OSError as error:
            raise StoreError(
                f"The knowledge base {db_path} is damaged ({reason}) and cannot be moved aside "
                f"({error.strerror or error}). Move or delete it by hand and start again.",
                db_path,
            ) from error
    kb = KnowledgeBase(open_database(db_path, backup_dir=data_dir / BACKUPS_FOLDER))
    ensure_builtin(kb)
    for pack_id, copy in installed_copies(data_dir / COPIES_FOLDER).items():
        if pack_id == BUILTIN_PACK_ID:
            continue
        try:
            raw = read_pack_bytes(copy)
            # The same rule as any import: a copy in the agent's folder is not trusted more.
            refusal = enforce_signing(copy, raw)
            result = None if refusal else validate_pack_bytes(str(copy), raw, builtin_known(kb))
        except SourceError:
            result = None
        if result is None or result.pack is None:
            # Kept for a person to look at, out of the way of the next start.
            report.packs_lost.append(pack_id)
            unusable = copy.parent / "unusable"
            unusable.mkdir(exist_ok=True)
            copy.replace(unusable / copy.name)
            signature = copy.with_name(copy.name + ".sig")
            if signature.exists():
                signature.replace(unusable / signature.name)
            continue
        kb.import_pack(result.pack, source=str(copy), sha256=result.sha256, force=True)
        report.packs_rebuilt.append(pack_id)
    found = newest_sound_backup(data_dir / BACKUPS_FOLDER)
    if found is not None:
        report.backup_day, backup = found
        restored = restore_agent_data(kb.database, backup)
        report.restored_rows = restored.rows
        known = {BUILTIN_PACK_ID, *report.packs_rebuilt, *report.packs_lost}
        report.packs_lost.extend(sorted(set(restored.packs) - known))
        for what in ("usage", "holds", "settings"):
            kb.announce(what)
    log.warning("knowledge base recovered: %s", report.message().replace("\n", " "))
    return kb, report
