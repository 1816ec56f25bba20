"""The SQLite knowledge base: the only code in the program that writes SQL."""

from assistant.store.database import Database, open_database
from assistant.store.errors import (
    DatabaseCorruptError,
    DatabaseLockedError,
    DatabaseTooNewError,
    StoreError,
)
from assistant.store.knowledge import KnowledgeBase

__all__ = [
    "Database",
    "DatabaseCorruptError",
    "DatabaseLockedError",
    "DatabaseTooNewError",
    "KnowledgeBase",
    "StoreError",
    "open_database",
]
