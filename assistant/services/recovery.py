"""Mending a damaged database at start, and saying plainly what happened.

The data folder has two files (store/database.py): knowledge.db, the pack content, and
activity.db, the agent's own data (favourites, usage, holds, calls, callbacks, settings).
Damaged files are moved aside, never deleted, and a fresh one takes each one's place:

- a damaged knowledge.db is rebuilt from the built-in pack and the copies of the installed
  packs kept in DATA/packs/; the agent's data is in activity.db and simply stays;
- a damaged (or missing) activity.db gets the agent's data back from the newest sound daily
  backup (a copy of activity.db, or a single-file backup from before the split);
- a knowledge.db from before the split still held the agent's data: when that one is the
  damaged file, the agent's data comes back from the newest sound backup as well.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from assistant.core.files import private_folder
from assistant.core.model import BUILTIN_PACK_ID
from assistant.core.words import counted
from assistant.datadir import BACKUPS
from assistant.packs.errors import PackInvalidError, SourceError
from assistant.packs.packfile import read_pack_file, signature_path
from assistant.services.intake import COPIES_FOLDER, PackIntake, ensure_builtin, installed_copies
from assistant.services.policy import enforce_signing
from assistant.store.backup import (
    agent_rows,
    damage_of,
    file_version,
    move_aside,
    newest_agent_backup,
    newest_sound_backup,
    packs_in,
    restore_agent_data,
)
from assistant.store.database import ACTIVITY_FILENAME, activity_path_for, open_database
from assistant.store.errors import ActivityMissingError, StoreError
from assistant.store.events import Change
from assistant.store.knowledge import KnowledgeBase

log = logging.getLogger(__name__)

BACKUPS_FOLDER = BACKUPS  # DATA/backups (assistant/datadir.py)

# Where the agent's own data came from after a recovery.
KEPT = "kept"  # activity.db was sound: nothing of the agent's was touched
MOVED = "moved"  # a knowledge.db not yet split still had it: moved into the new activity.db
RESTORED = "restored"  # from the newest sound backup
LOST = "lost"  # no usable backup


@dataclass
class RecoveryReport:
    """What a recovery did, for the window's notice and the command line's standard error.

    ``damaged`` and ``reason``: the file found damaged first and why. ``knowledge_reason`` and
    ``activity_reason`` say which files were replaced (None: that one was sound)."""

    damaged: Path
    reason: str
    knowledge_reason: str | None = None
    moved_to: Path | None = None
    packs_rebuilt: list[str] = field(default_factory=list)
    packs_lost: list[str] = field(default_factory=list)
    activity_reason: str | None = None
    activity_missing: bool = False
    activity_moved_to: Path | None = None
    agent_data: str = KEPT
    backup_day: date | None = None
    restored_rows: dict[str, int] = field(default_factory=dict)

    def message(self) -> str:
        """Plain sentences: what happened, what came back, what (if anything) was lost."""
        lines = []
        if self.knowledge_reason is not None:
            lines += [
                f"The knowledge base was damaged and could not be used ({self.knowledge_reason}).",
                f"It was moved aside to {self.moved_to} and a new one was built."
                if self.moved_to
                else "A new one was built.",
            ]
            rebuilt = ", ".join(self.packs_rebuilt) if self.packs_rebuilt else "none"
            lines.append(f"Packs reinstalled: the built-in pack; others: {rebuilt}.")
            if self.packs_lost:
                lines.append(
                    "Not reinstalled (no usable copy was kept, or its signature is not "
                    "accepted): " + ", ".join(self.packs_lost) + ". Import them again from the "
                    "pack files."
                )
        if self.activity_reason is not None:
            what = (
                "was missing or empty"
                if self.activity_missing
                else f"was damaged and could not be used ({self.activity_reason})"
            )
            lines.append(
                f"The file that keeps your own data ({ACTIVITY_FILENAME}: favourites, phrase "
                f"usage, holds, calls and callbacks) {what}."
            )
            lines.append(
                f"It was moved aside to {self.activity_moved_to} and a new one was started."
                if self.activity_moved_to
                else "A new one was started."
            )
            if self.knowledge_reason is None:
                lines.append("Your packs were not affected.")
        if self.agent_data == KEPT:
            lines.append(
                "Your favourites, phrase usage, holds, calls and callbacks are kept in a file of "
                f"their own ({ACTIVITY_FILENAME}) and were not affected: nothing of yours was "
                "lost."
            )
        elif self.agent_data == MOVED:
            lines.append(
                "Your favourites, phrase usage, holds, calls and callbacks were still in the "
                f"knowledge base and were moved into the new {ACTIVITY_FILENAME}: nothing of "
                "yours was lost."
            )
        elif self.backup_day is not None:
            kept = sum(self.restored_rows.values())
            lines.append(
                f"Your favourites, phrase usage, holds and callbacks were restored from the "
                f"backup of {self.backup_day:%Y-%m-%d} ({counted(kept, 'record')}). Anything "
                "you did after that backup was made is lost."
            )
        else:
            lines.append(
                "No usable backup was found: your favourites, phrase usage, holds and "
                "callbacks could not be restored."
            )
        return "\n".join(lines)


def reason_of(error: StoreError) -> str:
    """SQLite's own words for a damaged file, else the error's message."""
    if isinstance(error, ActivityMissingError):
        return "it is missing or empty"
    cause = error.__cause__
    return str(cause) if cause is not None else str(error)


def recover(
    data_dir: Path, db_path: Path, error: StoreError
) -> tuple[KnowledgeBase, RecoveryReport]:
    """Mend the file ``error`` names (knowledge.db at ``db_path``, or its activity.db), and
    the other one too if it is damaged as well; see the module docstring."""
    activity = activity_path_for(db_path)
    damaged = error.path if error.path is not None else db_path
    report = RecoveryReport(damaged, reason_of(error))
    # Both files are looked at, so one start mends both when both are damaged.
    if damaged == activity:
        report.activity_reason = report.reason
        report.activity_missing = isinstance(error, ActivityMissingError)
        if db_path.exists():
            report.knowledge_reason = damage_of(db_path)
    else:
        report.knowledge_reason = report.reason
        if activity.exists() and activity.stat().st_size > 0:
            report.activity_reason = damage_of(activity)
    # The agent's data was in activity.db if it was sound and had been made (a knowledge.db
    # from before the split held it itself).
    kept = report.activity_reason is None and file_version(activity) > 0
    if report.knowledge_reason is not None and db_path.exists():
        report.moved_to = _move_aside(db_path, report.knowledge_reason)
    if report.activity_reason is not None and activity.exists():
        report.activity_moved_to = _move_aside(activity, report.activity_reason)
    kb = KnowledgeBase(
        open_database(
            db_path,
            backup_dir=data_dir / BACKUPS_FOLDER,
            new_activity=report.activity_reason is not None,
        )
    )
    if report.knowledge_reason is not None:
        _rebuild_packs(kb, data_dir, report)
    if kept:
        report.agent_data = KEPT
    elif agent_rows(kb.database) > 0:
        report.agent_data = MOVED  # the move out of an unsplit knowledge.db brought them
    else:
        _restore_agent_data(kb, data_dir, report)
    log.warning("database recovered: %s", report.message().replace("\n", " "))
    return kb, report


def _move_aside(path: Path, reason: str) -> Path:
    try:
        return move_aside(path)
    except OSError as error:
        raise StoreError(
            f"The file {path} is damaged ({reason}) and cannot be moved aside "
            f"({error.strerror or error}). Move or delete it by hand and start again.",
            path,
        ) from error


def _rebuild_packs(kb: KnowledgeBase, data_dir: Path, report: RecoveryReport) -> None:
    """The built-in pack and every kept copy that is still acceptable, into a new knowledge.db;
    packs the newest backup had and no copy brings back are named as lost."""
    ensure_builtin(kb)
    # The same intake and rule as any install: a copy in the agent's folder is not trusted more.
    intake = PackIntake(kb, verify=enforce_signing, keep_copies=False)
    for pack_id, copy in installed_copies(data_dir / COPIES_FOLDER).items():
        if pack_id == BUILTIN_PACK_ID:
            continue
        try:
            intake.install(read_pack_file(copy), force=True, source=str(copy))
        except (SourceError, PackInvalidError):
            # Kept for a person to look at, out of the way of the next start.
            report.packs_lost.append(pack_id)
            unusable = copy.parent / "unusable"
            private_folder(unusable)
            copy.replace(unusable / copy.name)
            signature = signature_path(copy)
            if signature.exists():
                signature.replace(unusable / signature.name)
            continue
        report.packs_rebuilt.append(pack_id)
    found = newest_sound_backup(data_dir / BACKUPS_FOLDER)
    if found is not None:
        known = {BUILTIN_PACK_ID, *report.packs_rebuilt, *report.packs_lost}
        report.packs_lost.extend(sorted(set(packs_in(found[1])) - known))


def _restore_agent_data(kb: KnowledgeBase, data_dir: Path, report: RecoveryReport) -> None:
    found = newest_agent_backup(data_dir / BACKUPS_FOLDER)
    if found is None:
        report.agent_data = LOST
        return
    report.backup_day, backup = found
    report.restored_rows = restore_agent_data(kb.database, backup).rows
    report.agent_data = RESTORED
    for change in (Change.USAGE, Change.HOLDS, Change.SETTINGS):
        kb.notify_changed(change)
