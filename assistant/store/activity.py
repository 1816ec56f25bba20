"""The agent's activity: holds and their check-ins, calls, call-flow ticks and callbacks.

Every event is committed as it happens (the database runs with synchronous=FULL), so a crash
or a power cut loses nothing: a hold whose row has no end is one that is running or was cut
short, and the window offers to continue or end it after a restart.

These tables live in activity.db (see store/database.py), so each write takes that file's lock
only and never waits for a pack import, which holds knowledge.db's for seconds.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any, NamedTuple

from assistant.core.callbacks import SNOOZE, Callback
from assistant.core.hold import lateness, on_time
from assistant.core.model import Ref
from assistant.store.database import Database
from assistant.store.errors import StoreError
from assistant.store.events import Change, Listener, Listeners

Clock = Callable[[], datetime]

HOLD_OPEN = "open"
HOLD_ENDED = "ended"
HOLD_INTERRUPTED = "interrupted"


class ActivityNotFoundError(StoreError):
    """A hold, call or callback id that is not in the database."""


def _utc_now() -> datetime:
    return datetime.now(UTC)


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="milliseconds")


def _parse(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text)


class CheckInRow(NamedTuple):
    at: datetime
    due_at: datetime
    late_s: float

    @property
    def on_time(self) -> bool:
        return on_time(self.late_s)


class HoldRow(NamedTuple):
    """A hold as stored, with its check-ins; ``ended_at`` None means open (running or cut)."""

    id: int
    started_at: datetime
    ended_at: datetime | None
    campaign: Ref | None
    check_in_seconds: int
    call_id: int | None
    status: str
    check_ins: tuple[CheckInRow, ...]

    @property
    def open(self) -> bool:
        return self.ended_at is None

    def last_check_in(self) -> datetime | None:
        return self.check_ins[-1].at if self.check_ins else None

    def duration_s(self, now: datetime) -> float:
        """Seconds on hold; an open hold counts up to ``now``."""
        end = self.ended_at or now
        return max(0.0, (end - self.started_at).total_seconds())

    def overdue_at_end_s(self, now: datetime) -> float:
        """How long past its last check-in point the hold went on without a check-in."""
        anchor = self.last_check_in() or self.started_at
        point = anchor + timedelta(seconds=self.check_in_seconds)
        return max(0.0, ((self.ended_at or now) - point).total_seconds())


class CallRow(NamedTuple):
    id: int
    started_at: datetime
    ended_at: datetime | None
    campaign: Ref | None
    missing_steps: tuple[str, ...]


class ActivityLog:
    """Writes and reads the agent's holds, calls and callbacks. Listeners hear each commit."""

    def __init__(self, database: Database, clock: Clock = _utc_now) -> None:
        self._database = database
        self._clock = clock
        self._listeners = Listeners()

    @property
    def database(self) -> Database:
        return self._database

    def now(self) -> datetime:
        return self._clock()

    def subscribe(self, listener: Listener) -> None:
        """Call ``listener(change)`` after each commit (Change.HOLDS, CALLS or CALLBACKS)."""
        self._listeners.add(listener)

    def unsubscribe(self, listener: Listener) -> None:
        self._listeners.remove(listener)

    def _notify(self, change: Change) -> None:
        self._listeners(change)

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        return self._database.query(sql, params)

    def _insert(self, sql: str, params: Sequence[Any]) -> int:
        """Run one INSERT in its own transaction; returns the new row's id."""
        with self._database.atomic(activity=True):
            return int(self._database.conn.execute(sql, params).lastrowid or 0)

    def _write(self, sql: str, params: Sequence[Any]) -> int:
        """Run one UPDATE or DELETE in its own transaction; returns how many rows it changed."""
        with self._database.atomic(activity=True):
            return int(self._database.conn.execute(sql, params).rowcount)

    # ---------------------------------------------------------------- holds

    def log_hold_start(
        self,
        started_at: datetime,
        campaign: Ref | None,
        check_in_seconds: int,
        call_id: int | None = None,
    ) -> int:
        """Write a running hold at once, so a crash cannot lose it; returns its id."""
        hold_id = self._insert(
            "INSERT INTO holds (started_at, campaign_pack, campaign_id, check_in_seconds,"
            " call_id, status) VALUES (?, ?, ?, ?, ?, ?)",
            [
                _iso(started_at),
                *_ref_values(campaign),
                check_in_seconds,
                call_id,
                HOLD_OPEN,
            ],
        )
        self._notify(Change.HOLDS)
        return hold_id

    def log_check_in(self, hold_id: int, at: datetime, due_at: datetime) -> float:
        """Record a check-in and how late it was against its point; returns the lateness."""
        late = lateness((at - due_at).total_seconds())
        self._write(
            "INSERT OR REPLACE INTO hold_check_ins (hold_id, at, due_at, late_s)"
            " VALUES (?, ?, ?, ?)",
            [hold_id, _iso(at), _iso(due_at), late],
        )
        self._notify(Change.HOLDS)
        return late

    def log_hold_end(self, hold_id: int, ended_at: datetime, *, interrupted: bool = False) -> None:
        """Close a hold. ``interrupted``: it was found open after a restart and ended then."""
        changed = self._write(
            "UPDATE holds SET ended_at = ?, status = ?, duration_s = round((julianday(?) -"
            " julianday(started_at)) * 86400.0, 3) WHERE rowid = ? AND ended_at IS NULL",
            [
                _iso(ended_at),
                HOLD_INTERRUPTED if interrupted else HOLD_ENDED,
                _iso(ended_at),
                hold_id,
            ],
        )
        if changed == 0 and self.hold(hold_id) is None:
            raise ActivityNotFoundError(f"No hold with the id {hold_id}.")
        self._notify(Change.HOLDS)

    def hold(self, hold_id: int) -> HoldRow | None:
        rows = self._holds("WHERE h.rowid = ?", [hold_id])
        return rows[0] if rows else None

    def open_holds(self) -> list[HoldRow]:
        """Holds without an end: running in a window, or cut short by a crash."""
        return self._holds("WHERE h.ended_at IS NULL", [])

    def holds(self, since: datetime | None = None) -> list[HoldRow]:
        """Every hold that started at or after ``since`` (all when None), oldest first."""
        if since is None:
            return self._holds("", [])
        return self._holds("WHERE h.started_at >= ?", [_iso(since)])

    def _holds(self, where: str, params: list[Any]) -> list[HoldRow]:
        rows = self._rows(f"SELECT h.* FROM holds h {where} ORDER BY h.started_at, h.rowid", params)
        if not rows:
            return []
        check_ins: dict[int, list[CheckInRow]] = {}
        ids = [int(r["rowid"]) for r in rows]
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for c in self._rows(
                f"SELECT * FROM hold_check_ins WHERE hold_id IN ({marks}) ORDER BY hold_id, at",
                chunk,
            ):
                check_ins.setdefault(int(c["hold_id"]), []).append(
                    CheckInRow(
                        datetime.fromisoformat(c["at"]),
                        datetime.fromisoformat(c["due_at"]),
                        float(c["late_s"]),
                    )
                )
        return [
            HoldRow(
                int(r["rowid"]),
                datetime.fromisoformat(r["started_at"]),
                _parse(r["ended_at"]),
                Ref(r["campaign_pack"], r["campaign_id"]) if r["campaign_id"] else None,
                int(r["check_in_seconds"]),
                None if r["call_id"] is None else int(r["call_id"]),
                str(r["status"]),
                tuple(check_ins.get(int(r["rowid"]), [])),
            )
            for r in rows
        ]

    # ---------------------------------------------------------------- calls

    def log_call_start(self, started_at: datetime, campaign: Ref | None) -> int:
        call_id = self._insert(
            "INSERT INTO calls (started_at, campaign_pack, campaign_id) VALUES (?, ?, ?)",
            [
                _iso(started_at),
                campaign.pack if campaign else None,
                campaign.id if campaign else None,
            ],
        )
        self._notify(Change.CALLS)
        return call_id

    def log_call_end(self, call_id: int, ended_at: datetime, missing_steps: Sequence[str]) -> None:
        """Close a call, keeping the required steps that were left unticked."""
        changed = self._write(
            "UPDATE calls SET ended_at = ?, missing_steps = ?, duration_s = round((julianday(?)"
            " - julianday(started_at)) * 86400.0, 3) WHERE rowid = ?",
            [_iso(ended_at), json.dumps(list(missing_steps)), _iso(ended_at), call_id],
        )
        if changed == 0:
            raise ActivityNotFoundError(f"No call with the id {call_id}.")
        self._notify(Change.CALLS)

    def tick_step(
        self, call_id: int, position: int, step: str, required: bool, done: bool, at: datetime
    ) -> None:
        """Record a call-flow step ticked (or unticked) during a call."""
        if done:
            self._write(
                "INSERT OR REPLACE INTO call_flow_ticks (call_id, position, step, required,"
                " ticked_at) VALUES (?, ?, ?, ?, ?)",
                [call_id, position, step, int(required), _iso(at)],
            )
        else:
            self._write(
                "DELETE FROM call_flow_ticks WHERE call_id = ? AND position = ?",
                [call_id, position],
            )
        self._notify(Change.CALLS)

    def ticked_steps(self, call_id: int) -> set[int]:
        return {
            int(r["position"])
            for r in self._rows("SELECT position FROM call_flow_ticks WHERE call_id = ?", [call_id])
        }

    def open_calls(self) -> list[CallRow]:
        """Calls without an end: running in a window, or cut short by a crash."""
        return [c for c in self.calls() if c.ended_at is None]

    def calls(self, since: datetime | None = None) -> list[CallRow]:
        where, params = ("WHERE started_at >= ?", [_iso(since)]) if since else ("", [])
        return [
            CallRow(
                int(r["rowid"]),
                datetime.fromisoformat(r["started_at"]),
                _parse(r["ended_at"]),
                Ref(r["campaign_pack"], r["campaign_id"]) if r["campaign_id"] else None,
                tuple(json.loads(r["missing_steps"])),
            )
            for r in self._rows(f"SELECT * FROM calls {where} ORDER BY started_at, rowid", params)
        ]

    # ---------------------------------------------------------------- callbacks

    def add_callback(
        self,
        customer_name: str,
        contact: str,
        due: datetime,
        note: str = "",
        call_id: int | None = None,
    ) -> Callback:
        """Write a promised callback at once; returns it with its id."""
        callback_id = self._insert(
            "INSERT INTO callbacks (created_at, call_id, customer_name, contact, due_at, note)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [
                _iso(self._clock()),
                call_id,
                customer_name.strip(),
                contact.strip(),
                _iso(due),
                note.strip(),
            ],
        )
        self._notify(Change.CALLBACKS)
        found = self.callback(callback_id)
        assert found is not None
        return found

    def callback(self, callback_id: int) -> Callback | None:
        rows = self._rows("SELECT * FROM callbacks WHERE rowid = ?", [callback_id])
        return _callback(rows[0]) if rows else None

    def callbacks(self, *, include_done: bool = False) -> list[Callback]:
        """Callbacks by due time; open ones only unless ``include_done``."""
        where = "" if include_done else "WHERE status = 'open'"
        return [
            _callback(r)
            for r in self._rows(f"SELECT * FROM callbacks {where} ORDER BY due_at, rowid")
        ]

    def complete_callback(self, callback_id: int) -> None:
        self._update_callback(callback_id, "status = 'done', done_at = ?", [_iso(self._clock())])

    def reschedule_callback(self, callback_id: int, due: datetime) -> None:
        self._update_callback(callback_id, "due_at = ?, status = 'open'", [_iso(due)])

    def snooze_callback(self, callback_id: int) -> datetime:
        """Move the callback SNOOZE from now; returns the new due time."""
        due = self._clock() + SNOOZE
        self._update_callback(
            callback_id, "due_at = ?, snoozes = snoozes + 1, status = 'open'", [_iso(due)]
        )
        return due

    def _update_callback(self, callback_id: int, assignments: str, params: list[Any]) -> None:
        changed = self._write(
            f"UPDATE callbacks SET {assignments} WHERE rowid = ?", [*params, callback_id]
        )
        if changed == 0:
            raise ActivityNotFoundError(f"No callback with the id {callback_id}.")
        self._notify(Change.CALLBACKS)


# ---------------------------------------------------------------- the customer's data, in time

# A done callback's personal data: who to call, the number and what was promised. The row stays,
# blank, with its times, so it still counts as a callback made.
_PAST_THEIR_TIME = """status = 'done' AND coalesce(done_at, due_at) < ?
  AND (customer_name <> '' OR contact <> '' OR note <> '')"""


def _has_callbacks(conn: sqlite3.Connection, schema: str) -> bool:
    return bool(
        conn.execute(
            f"SELECT 1 FROM {schema}.sqlite_master WHERE type = 'table' AND name = 'callbacks'"
        ).fetchall()
    )


def done_callbacks_to_forget(conn: sqlite3.Connection, done_before: datetime, schema: str) -> int:
    """How many callbacks done before ``done_before`` still hold a customer's data in the file
    behind ``schema`` (0 when it has no callbacks table). Only reads."""
    if not _has_callbacks(conn, schema):
        return 0
    sql = f"SELECT count(*) FROM {schema}.callbacks WHERE {_PAST_THEIR_TIME}"
    return int(conn.execute(sql, [_iso(done_before)]).fetchone()[0])


def forget_done_callbacks(conn: sqlite3.Connection, done_before: datetime, schema: str) -> int:
    """Blank the customer's name, number and note of every callback done before
    ``done_before``, in the file behind ``schema`` (ACTIVITY on the window's connection,
    ``main`` on a backup opened alone), and leave nothing of them in the file. Returns how
    many callbacks were blanked (0 when the file has no callbacks table).

    The file is then rebuilt (VACUUM) and its write-ahead log emptied: SQLite leaves deleted
    text in free space and in the log until something overwrites it, and a file another
    program copies or reads must not hold it. Runs its own transaction; raises sqlite3.Error.
    """
    if not _has_callbacks(conn, schema):
        return 0
    # From now on this connection overwrites what it deletes in that file with zeros.
    conn.execute(f"PRAGMA {schema}.secure_delete = ON")
    with conn:
        changed = conn.execute(
            f"UPDATE {schema}.callbacks SET customer_name = '', contact = '', note = ''"
            f" WHERE {_PAST_THEIR_TIME}",
            [_iso(done_before)],
        ).rowcount
    if changed > 0:
        conn.execute(f"VACUUM {schema}")
        conn.execute(f"PRAGMA {schema}.wal_checkpoint(TRUNCATE)").fetchall()
    return int(changed)


def _ref_values(ref: Ref | None) -> tuple[str | None, str | None]:
    return (ref.pack, ref.id) if ref else (None, None)


def _callback(r: dict[str, Any]) -> Callback:
    return Callback(
        int(r["rowid"]),
        r["customer_name"],
        r["contact"],
        datetime.fromisoformat(r["due_at"]),
        r["note"],
        r["status"] == "done",
    )
