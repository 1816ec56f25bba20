"""The team outbox: history lines waiting to be published to the team folder (db/0010).

Lines are added as the agent's holds, check-ins and calls finish, and removed once they are
in the team folder, so a team folder that cannot be reached loses nothing, across restarts
too. The table lives in activity.db: a write never waits for a pack import.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from assistant.store.database import Database


class OutboxLine(NamedTuple):
    """A line waiting to be published, and the day (UTC, YYYY-MM-DD) whose file takes it."""

    id: int
    day: str
    line: str


class TeamOutbox:
    """The lines not yet in the team folder, oldest first."""

    def __init__(self, database: Database) -> None:
        self._database = database

    def add(self, day: str, line: str) -> int:
        """Keep ``line`` for ``day``'s file until it is published; returns its id. Raises
        StoreError when activity.db cannot be written."""
        with self._database.atomic(activity=True):
            cursor = self._database.conn.execute(
                "INSERT INTO team_outbox (day, line) VALUES (?, ?)", [day, line]
            )
            return int(cursor.lastrowid or 0)

    def pending(self, limit: int = 1000) -> list[OutboxLine]:
        """The oldest ``limit`` lines waiting."""
        rows = self._database.query(
            "SELECT rowid, day, line FROM team_outbox ORDER BY rowid LIMIT ?", [limit]
        )
        return [OutboxLine(int(r["rowid"]), str(r["day"]), str(r["line"])) for r in rows]

    def count(self) -> int:
        return int(self._database.conn.execute("SELECT count(*) FROM team_outbox").fetchone()[0])

    def remove(self, ids: Sequence[int]) -> None:
        """Forget lines that are in the team folder now."""
        with self._database.atomic(activity=True):
            for start in range(0, len(ids), 500):
                chunk = list(ids[start : start + 500])
                marks = ",".join("?" * len(chunk))
                self._database.conn.execute(
                    f"DELETE FROM team_outbox WHERE rowid IN ({marks})", chunk
                )
