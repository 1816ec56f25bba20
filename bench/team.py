"""The team floor at the size of a large floor: 500 agents publishing for an 8-hour shift.

Generates a team folder as 500 programs would leave it after a shift (each agent: a state
file, and today's history file with its holds, check-ins and calls, written with the same
record builders the publisher uses: services/team.py), then measures, on this machine, in the
same run:

- ``refresh_full_ms``: a floor that reads the folder for the first time (every state file and
  every agent's history for today): what reading everything costs;
- ``refresh_changed_ms``: the next refresh after one agent changed (its state replaced, a line
  appended): the floor reads that agent's files only and looks at the others' stamps;
- ``refresh_idle_ms``: a refresh when nothing changed (a poll on a quiet floor);
- ``tick_ms``: the floor window's each-second update of 500 rows (times move on; nothing is
  read), offscreen;
- ``report_s``: ``agent-assistant report holds --team --since DAY`` over the whole day, as a
  supervisor runs it (a new process: Python's start included), and ``summary_s`` the same for
  ``report summary --team``.

Each figure is the median of its rounds. Prints one line:

    team: agents=500 lines=... mb=... refresh_changed_ms=... refresh_idle_ms=...
    refresh_full_ms=... ratio=... tick_ms=... report_s=... summary_s=...

    .venv/bin/python bench/team.py [--agents N] [--rounds N]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from assistant.core.clock import local_midnight  # noqa: E402
from assistant.core.files import write_atomic  # noqa: E402
from assistant.core.model import Ref  # noqa: E402
from assistant.core.team import (  # noqa: E402
    STATE_FILE,
    Activity,
    AgentState,
    encode_line,
    history_name,
)
from assistant.services.floor import TeamFloor  # noqa: E402
from assistant.services.team import (  # noqa: E402
    call_record,
    check_in_record,
    hold_record,
    new_agent_folder,
)
from assistant.store.activity import CheckInRow, HoldRow  # noqa: E402

SHIFT_HOURS = 8
CALLS_PER_HOUR = 12  # a call every five minutes
HOLD_SHARE = 0.5  # half the calls put the customer on hold
CAMPAIGNS = [(Ref("acme", f"line-{n}"), f"ACME line {n}") for n in range(8)]


def generate(folder: Path, agents: int, shift_start: datetime, seed: int = 7) -> int:
    """Write ``agents`` agents' state and shift history into ``folder``; returns the lines."""
    rng = random.Random(seed)
    lines = 0
    for number in range(agents):
        name = f"Agent {number:03d}"
        agent = folder / new_agent_folder(name)
        agent.mkdir()
        campaign, campaign_name = CAMPAIGNS[number % len(CAMPAIGNS)]
        interval = rng.choice((60, 90, 120))
        moment = shift_start + timedelta(seconds=rng.uniform(0, 300))
        end = shift_start + timedelta(hours=SHIFT_HOURS)
        records = []
        call_id = hold_id = 0
        while moment < end:
            call_id += 1
            call_start = moment
            talk = rng.uniform(120, 420)
            if rng.random() < HOLD_SHARE:
                hold_id += 1
                held_from = call_start + timedelta(seconds=rng.uniform(20, talk / 2))
                held = rng.uniform(20, 330)
                check_ins = []
                point = held_from + timedelta(seconds=interval)
                at = held_from + timedelta(seconds=rng.uniform(interval * 0.6, interval * 1.2))
                while at < held_from + timedelta(seconds=held):
                    check_ins.append(CheckInRow(at, point, max(0.0, (at - point).total_seconds())))
                    records.append(check_in_record(name, hold_id, held_from, at, point, campaign))
                    point = at + timedelta(seconds=interval)
                    at = at + timedelta(seconds=rng.uniform(interval * 0.6, interval * 1.2))
                row = HoldRow(
                    hold_id,
                    held_from,
                    held_from + timedelta(seconds=held),
                    campaign,
                    interval,
                    call_id,
                    "ended",
                    tuple(check_ins),
                )
                records.append(hold_record(name, row, campaign_name))
            call_end = call_start + timedelta(seconds=talk)
            records.append(
                call_record(name, call_id, call_start, call_end, campaign, campaign_name, 0)
            )
            moment = call_end + timedelta(seconds=rng.uniform(10, 3600 / CALLS_PER_HOUR - 120))
        data = b"".join(encode_line(r) for r in records)
        (agent / history_name(shift_start.astimezone(UTC).date())).write_bytes(data)
        lines += len(records)
        activity = rng.choice((Activity.IDLE, Activity.CALL, Activity.CALL, Activity.HOLD))
        write_atomic(agent / STATE_FILE, _state(name, activity, campaign, campaign_name, end))
    return lines


def _state(
    name: str, activity: Activity, campaign: Ref, campaign_name: str, now: datetime
) -> bytes:
    on_call = activity in (Activity.CALL, Activity.HOLD)
    on_hold = activity is Activity.HOLD
    return AgentState(
        name,
        activity,
        now,
        str(campaign),
        campaign_name,
        call_id=999 if on_call else None,
        call_started_at=now - timedelta(seconds=200) if on_call else None,
        hold_id=999 if on_hold else None,
        hold_started_at=now - timedelta(seconds=40) if on_hold else None,
        check_in_seconds=120 if on_hold else None,
        next_check_in_at=now + timedelta(seconds=80) if on_hold else None,
    ).encode()


def _ms(work: object) -> float:
    started = time.perf_counter()
    work()  # type: ignore[operator]
    return (time.perf_counter() - started) * 1000.0


def measure(folder: Path, rounds: int, now: datetime) -> dict[str, float]:
    clock = [now]
    full = [_ms(lambda: TeamFloor(folder, lambda: clock[0]).refresh()) for _ in range(rounds)]
    floor = TeamFloor(folder, lambda: clock[0])
    floor.refresh()
    agents = sorted(p for p in folder.iterdir() if p.is_dir())
    changed, idle = [], []
    for round_ in range(rounds * 3):
        agent = agents[round_ * 37 % len(agents)]
        clock[0] += timedelta(seconds=1)
        state = AgentState.decode((agent / STATE_FILE).read_bytes())._replace(updated_at=clock[0])
        write_atomic(agent / STATE_FILE, state.encode())
        [history] = agent.glob("history-*.jsonl")
        with history.open("ab") as stream:
            hold = HoldRow(
                10_000 + round_, clock[0], clock[0], None, 120, None, "ended", ()
            )  # one more finished hold
            stream.write(encode_line(hold_record(state.agent, hold, "")))
        changed.append(_ms(floor.refresh))
        idle.append(_ms(floor.refresh))
    return {
        "full": statistics.median(full),
        "changed": statistics.median(changed),
        "idle": statistics.median(idle),
    }


def tick_ms(folder: Path, now: datetime, rounds: int) -> float:
    """The floor window's tick over ``folder`` (offscreen), once its first refresh is in."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from assistant.ui.floor import FloorWindow

    app = QApplication.instance() or QApplication([sys.argv[0]])
    window = FloorWindow(folder, clock=lambda: now, network=False)
    window.show()
    deadline = time.monotonic() + 120
    while window.refreshes == 0 and time.monotonic() < deadline:
        app.processEvents()
    times = []
    for _ in range(rounds * 4):
        started = time.perf_counter()
        window.show_rows()
        app.processEvents()
        times.append((time.perf_counter() - started) * 1000.0)
    window.stop()
    window.close()
    return statistics.median(times)


def report_seconds(data_dir: Path, command: str, since: str, rounds: int) -> float:
    env = {**os.environ, "AGENT_ASSISTANT_POLICY": str(data_dir / "no-policy.ini")}
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "assistant", "report", command, "--team", "--since", since,
             "--data-dir", str(data_dir)],
            check=True, stdout=subprocess.DEVNULL, env=env,
        )  # fmt: skip
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--agents", type=int, default=500)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="team-bench-") as temporary:
        root = Path(temporary)
        folder = root / "team"
        folder.mkdir()
        supervisor = root / "supervisor"
        supervisor.mkdir()
        (supervisor / "settings.ini").write_text(f"[team]\nfolder={folder.as_posix()}\n")
        midnight = local_midnight(datetime.now(UTC))
        shift_start = midnight + timedelta(hours=1)
        lines = generate(folder, args.agents, shift_start)
        size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 1e6
        now = shift_start + timedelta(hours=SHIFT_HOURS)
        floor = measure(folder, args.rounds, now)
        tick = tick_ms(folder, now, args.rounds)
        since = midnight.date().isoformat()
        report = report_seconds(supervisor, "holds", since, args.rounds)
        summary = report_seconds(supervisor, "summary", since, args.rounds)
    print(
        f"team: agents={args.agents} lines={lines} mb={size:.1f} "
        f"refresh_changed_ms={floor['changed']:.1f} refresh_idle_ms={floor['idle']:.1f} "
        f"refresh_full_ms={floor['full']:.1f} ratio={floor['full'] / floor['changed']:.1f} "
        f"tick_ms={tick:.1f} "
        f"report_s={report:.2f} summary_s={summary:.2f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
