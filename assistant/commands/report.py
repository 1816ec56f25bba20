"""``agent-assistant report holds|summary``: every hold with its check-ins and lateness, and
hold discipline summed up per agent and per campaign, as CSV or JSON.

A hold that is still running, or was cut short by a crash, is listed too (marked as such,
with its duration counted up to now), never dropped. ``--team`` reads what every agent
publishes to the team folder (services/team.py, services/floor.py) instead of this data
folder's own holds, with an ``agent`` column.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from assistant.commands import EXIT_OK, Subparsers, add, data_dir, fail, open_kb
from assistant.core.spreadsheet import write_csv

if TYPE_CHECKING:
    from assistant.services.floor import SummaryRow, TeamHold
    from assistant.store.activity import HoldRow

FIELDS = (
    "id",
    "started_at",
    "ended_at",
    "duration_s",
    "campaign",
    "check_in_seconds",
    "status",
    "check_ins",
    "late_check_ins",
    "max_late_s",
    "total_late_s",
    "overdue_at_end_s",
    "call_id",
)
TEAM_FIELDS = ("agent", *FIELDS)
SUMMARY_FIELDS = (
    "by",
    "agent",
    "campaign",
    "holds",
    "average_s",
    "longest_s",
    "check_ins",
    "on_time_percent",
    "overdue_s",
)


def parse_since(text: str) -> datetime:
    """A date (YYYY-MM-DD: local midnight) or an ISO date and time (local unless it says)."""
    hint = "write it as YYYY-MM-DD (or YYYY-MM-DDTHH:MM)"
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date; {hint}") from None
    try:
        moment = moment.astimezone() if moment.tzinfo is None else moment
        moment.astimezone(UTC)  # as the store compares it: 0001-01-01 in UTC+5 is year 0
    except (ValueError, OverflowError, OSError):  # OSError: Windows' clock, before 1970
        raise argparse.ArgumentTypeError(
            f"'{text}' is too far in the past or the future; {hint}"
        ) from None
    return moment


def register(commands: Subparsers, common: argparse.ArgumentParser) -> None:
    report = add(commands, "report", "reports for team leaders", common)
    kinds = report.add_subparsers(title="reports", metavar="REPORT", required=True)
    holds = add(kinds, "holds", "every hold with its check-ins and lateness", common, _holds)
    summary = add(
        kinds,
        "summary",
        "holds, average and longest, check-ins on time and time overdue, per agent and campaign",
        common,
        _summary,
    )
    for parser in (holds, summary):
        parser.add_argument(
            "--since",
            type=parse_since,
            metavar="DATE",
            help="only holds that started on or after DATE",
        )
        parser.add_argument("--format", choices=("csv", "json"), default="csv", help="default: csv")
        parser.add_argument(
            "--team",
            action="store_true",
            help="every agent's holds, from the team folder ([team] folder in settings.ini or "
            "the IT policy)",
        )


def _holds(args: argparse.Namespace) -> int:
    if args.team:
        team = _team_holds(args)
        if isinstance(team, int):
            return team
        holds, now = team
        records = [{"agent": h.agent, **_record(h.hold, h.status, now, args.format)} for h in holds]
        _print(records, TEAM_FIELDS, args.format)
        return EXIT_OK
    local = _local_holds(args)
    if isinstance(local, int):
        return local
    rows, now = local
    _print([_record(row, status, now, args.format) for row, status in rows], FIELDS, args.format)
    return EXIT_OK


def _summary(args: argparse.Namespace) -> int:
    from assistant.services.floor import TeamHold, summarise

    if args.team:
        team = _team_holds(args)
        if isinstance(team, int):
            return team
        holds, now = team
    else:
        local = _local_holds(args)
        if isinstance(local, int):
            return local
        rows, now = local
        name = _own_name(args)
        holds = [TeamHold(name, "", row, status) for row, status in rows]
    _print([_summary_record(row) for row in summarise(holds, now)], SUMMARY_FIELDS, args.format)
    return EXIT_OK


def _local_holds(args: argparse.Namespace) -> tuple[list[tuple[HoldRow, str]], datetime] | int:
    """This data folder's holds, each with its status for the report."""
    from assistant.channel import ChannelError, send
    from assistant.services.floor import with_status
    from assistant.store.activity import HOLD_OPEN, ActivityLog
    from assistant.store.errors import StoreError

    try:
        activity = ActivityLog(open_kb(args).database)
        rows = activity.holds(args.since)
    except StoreError as error:
        return fail(str(error))
    now = activity.now()
    running_id: int | None = None
    if any(r.status == HOLD_OPEN for r in rows):
        try:
            reply = send(data_dir(args), {"command": "ping"}, timeout=2.0)
        except ChannelError:
            reply = None
        if reply and reply.get("ok") and isinstance(reply.get("hold_id"), int):
            running_id = reply["hold_id"]
    return with_status(rows, running_id), now


def _team_holds(args: argparse.Namespace) -> tuple[list[TeamHold], datetime] | int:
    """Every agent's published holds, from the team folder."""
    from assistant.core.clock import wall_now
    from assistant.services.floor import read_team_holds
    from assistant.services.team import read_team_config

    config = read_team_config(data_dir(args))
    if config.folder is None:
        return fail(
            "no team folder is set: set [team] folder (or [packs] folder) in settings.ini, or "
            "ask IT to set it in policy.ini"
        )
    now = wall_now()
    team = read_team_holds(config.folder, args.since, now)
    if team.problem:
        return fail(f"{team.problem} Check that the share is reachable from this computer.")
    return team.holds, now


def _own_name(args: argparse.Namespace) -> str:
    from assistant.services.team import read_team_config

    return read_team_config(data_dir(args)).display_name


def _record(row: HoldRow, status: str, now: datetime, form: str) -> dict[str, Any]:
    late = [c.late_s for c in row.check_ins if not c.on_time]
    record: dict[str, Any] = {
        "id": row.id,
        "started_at": row.started_at.isoformat(),
        "ended_at": row.ended_at.isoformat() if row.ended_at else None,
        "duration_s": round(row.duration_s(now), 3),
        "campaign": str(row.campaign) if row.campaign else "",
        "check_in_seconds": row.check_in_seconds,
        "status": status,
        "check_ins": len(row.check_ins),
        "late_check_ins": len(late),
        "max_late_s": round(max(late, default=0.0), 3),
        "total_late_s": round(float(sum(late)), 3),
        "overdue_at_end_s": round(row.overdue_at_end_s(now), 3),
        "call_id": row.call_id,
    }
    if form == "json":
        record["check_in_times"] = [
            {"at": c.at.isoformat(), "due_at": c.due_at.isoformat(), "late_s": c.late_s}
            for c in row.check_ins
        ]
    return record


def _summary_record(row: SummaryRow) -> dict[str, Any]:
    percent = row.on_time_percent
    return {
        "by": row.by,
        "agent": row.agent,
        "campaign": row.campaign,
        "holds": row.holds,
        "average_s": round(row.average_s, 3),
        "longest_s": round(row.longest_s, 3),
        "check_ins": row.check_ins,
        "on_time_percent": None if percent is None else round(percent, 1),
        "overdue_s": round(row.overdue_s, 3),
    }


def _print(records: Sequence[dict[str, Any]], fields: Sequence[str], form: str) -> None:
    """The one way a report is written: a JSON list, every value exact; or CSV with a header
    row, where a text cell a spreadsheet would run as a formula is written as text
    (core/spreadsheet.py: names and campaigns come from the team folder)."""
    if form == "json":
        print(json.dumps(list(records), indent=2))
        return
    write_csv(sys.stdout, fields, records)
