"""Opening the knowledge base for a data folder: shared by the window and the command line."""

from __future__ import annotations

from pathlib import Path

from assistant.packs.install import ensure_builtin
from assistant.store.database import DB_FILENAME, open_database
from assistant.store.knowledge import KnowledgeBase


def open_knowledge_base(data_dir: Path, *, install_builtin: bool = True) -> KnowledgeBase:
    """Open (create, migrate) the database in ``data_dir`` and make sure the built-in pack is in.

    Raises StoreError for a database problem the user can act on, and PackInvalidError if the
    shipped built-in pack is broken (a bug in the build).
    """
    data_dir.mkdir(parents=True, exist_ok=True)
    database = open_database(data_dir / DB_FILENAME, backup_dir=data_dir / "backups")
    kb = KnowledgeBase(database)
    if install_builtin:
        ensure_builtin(kb)
    return kb
