"""``agent-assistant report holds``: every hold with its check-ins and lateness, as CSV or JSON.

A hold that is still running, or was cut short by a crash, is listed too (marked as such,
with its duration counted up to now), never dropped.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from datetime import datetime
from typing import Any

from assistant.commands import EXIT_OK, Subparsers, add, data_dir, fail, open_kb

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


def parse_since(text: str) -> datetime:
    """A date (YYYY-MM-DD: local midnight) or an ISO date and time (local unless it says)."""
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"'{text}' is not a date; write it as YYYY-MM-DD (or YYYY-MM-DDTHH:MM)"
        ) from None
    return moment.astimezone() if moment.tzinfo is None else moment


def register(commands: Subparsers, common: argparse.ArgumentParser) -> None:
    report = add(commands, "report", "reports for team leaders", common)
    kinds = report.add_subparsers(title="reports", metavar="REPORT", required=True)
    holds = add(kinds, "holds", "every hold with its check-ins and lateness", common, _holds)
    holds.add_argument(
        "--since", type=parse_since, metavar="DATE", help="only holds that started on or after DATE"
    )
    holds.add_argument("--format", choices=("csv", "json"), default="csv", help="default: csv")


def _holds(args: argparse.Namespace) -> int:
    from assistant.channel import ChannelError, send
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
    records = []
    for row in rows:
        status = row.status
        if status == HOLD_OPEN:
            # Open in the running window, or left open by a run that crashed.
            status = "running" if row.id == running_id else "cut"
        late = [c.late_s for c in row.check_ins if c.late_s > 0]
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
        if args.format == "json":
            record["check_in_times"] = [
                {"at": c.at.isoformat(), "due_at": c.due_at.isoformat(), "late_s": c.late_s}
                for c in row.check_ins
            ]
        records.append(record)
    if args.format == "json":
        print(json.dumps(records, indent=2))
    else:
        writer = csv.DictWriter(sys.stdout, fieldnames=FIELDS, lineterminator="\n")
        writer.writeheader()
        for record in records:
            writer.writerow({k: "" if record[k] is None else record[k] for k in FIELDS})
    return EXIT_OK
