"""Agents for team-floor tests: a desk with its own knowledge base and fake clocks, and a
publisher whose callbacks the test runs (as the window's event loop would)."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from assistant.core.clock import Clock
from assistant.core.model import BUILTIN_PACK_ID, Ref
from assistant.core.team import STATE_FILE, AgentState, iso
from assistant.services.build import Services, build
from assistant.services.desk import Desk
from assistant.services.team import TeamConfig, TeamPublisher
from assistant.store.knowledge import KnowledgeBase
from assistant.store.outbox import TeamOutbox
from tests.conftest import Profile

COLLECTIONS = Ref(BUILTIN_PACK_ID, "collections")


class Pumped:
    """A ``post`` that keeps the publisher's callbacks for the test to run, as the window's
    event loop would: the database connection stays on the test's thread."""

    def __init__(self) -> None:
        self.waiting: list[Callable[[], None]] = []

    def __call__(self, function: Callable[[], None]) -> None:
        self.waiting.append(function)

    def run(self, publisher: TeamPublisher) -> None:
        """Until the worker is idle and every callback has run."""
        for _ in range(100):
            publisher.worker.wait(10)
            if not self.waiting:
                return
            waiting, self.waiting = self.waiting, []
            for function in waiting:
                function()
        raise AssertionError("the publisher never settled")


class FakeTime:
    """The clocks a desk reads, moved by the test (whole milliseconds, as written)."""

    def __init__(self) -> None:
        self.start = datetime.now(UTC).replace(microsecond=0)
        self.seconds = 0.0

    def wall(self) -> datetime:
        return self.start + timedelta(seconds=self.seconds)

    def clock(self) -> Clock:
        return Clock(lambda: self.seconds, self.wall)


class Agent:
    """One agent's desk and publisher."""

    def __init__(
        self, kb: KnowledgeBase, team: Path, name: str, time: FakeTime | None = None
    ) -> None:
        self.time = time or FakeTime()
        self.services: Services = build(kb, Profile(name), self.time.clock())
        self.pump = Pumped()
        self.publisher = TeamPublisher(self.services.desk, TeamOutbox(kb.database), post=self.pump)
        self.config = TeamConfig(True, team, name)
        self.publisher.configure(self.config)
        self.services.desk.select_campaign(COLLECTIONS)
        self.settle()

    @property
    def desk(self) -> Desk:
        return self.services.desk

    def settle(self) -> None:
        self.pump.run(self.publisher)

    @property
    def folder(self) -> Path:
        folder = self.config.folder
        assert folder is not None
        return folder / self.publisher.agent_folder()

    def state(self) -> AgentState:
        return AgentState.decode((self.folder / STATE_FILE).read_bytes())

    def history(self) -> list[dict[str, object]]:
        lines = []
        for path in sorted(self.folder.glob("history-*.jsonl")):
            lines += [json.loads(line) for line in path.read_bytes().splitlines() if line]
        return lines

    def outbox(self) -> int:
        return TeamOutbox(self.services.kb.database).count()


def odd_state(now: datetime, **fields: object) -> bytes:
    """The state QA found breaking the floor: a name of 300 characters with a right-to-left
    override in it, a hold starting in 2099, a negative check-in interval, a check-in point
    passed (it counted as overdue)."""
    record: dict[str, object] = {
        "format": "agent-assistant/team-state@1",
        "agent": "Mallory \u202elive" + "x" * 287,
        "activity": "hold",
        "updated_at": iso(now),
        "campaign": "builtin/collections",
        "campaign_name": "Collections",
        "hold_id": 7,
        "hold_started_at": "2099-01-01T00:00:00.000+00:00",
        "check_in_seconds": -5,
        "next_check_in_at": iso(now - timedelta(seconds=30)),
    }
    record.update(fields)
    return json.dumps(record).encode()
