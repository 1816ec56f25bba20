"""``agent-assistant db ...``: the knowledge base itself."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING

from assistant.commands import (
    EXIT_BUSY,
    EXIT_OK,
    EXIT_USER_ERROR,
    Subparsers,
    add,
    as_dict,
    data_dir,
    fail,
)

if TYPE_CHECKING:
    from assistant.store.rows import CheckReport


def register(commands: Subparsers, common: argparse.ArgumentParser) -> None:
    db = add(commands, "db", "the knowledge base itself (knowledge.db and activity.db)", common)
    actions = db.add_subparsers(title="db commands", metavar="ACTION", required=True)
    check = add(actions, "check", "integrity and migration state of both files", common, _check)
    check.add_argument("--json", action="store_true", help="print JSON")


def _check(args: argparse.Namespace) -> int:
    from assistant.store.database import DB_FILENAME, open_database
    from assistant.store.errors import DatabaseLockedError, StoreError
    from assistant.store.knowledge import KnowledgeBase

    path = data_dir(args) / DB_FILENAME
    if not path.exists():
        problem = f"no knowledge base at {path} (it is created when the program first starts)"
        return _cannot_check(problem, args.json)
    try:
        report = KnowledgeBase(open_database(path, backup_dir=path.parent / "backups")).check()
    except DatabaseLockedError as error:  # a migration to make while another program writes
        _cannot_check(str(error), args.json)
        return EXIT_BUSY
    except StoreError as error:
        return _cannot_check(str(error), args.json)
    if args.json:
        print(json.dumps(as_dict(report)))
    else:
        for file in report.files:  # knowledge.db, then the agent's activity.db
            state = "ok" if file.ok else "PROBLEMS" if file.problems else "BUSY"
            print(f"{file.path}: {state}; schema {file.schema_version} of {file.latest_version}")
        print(", ".join(f"{k}: {v}" for k, v in report.counts.items()))
        for problem in report.problems:
            print(f"problem: {problem}")
        if report.busy:
            print(f"busy: {_busy(report)}; try again when it is done")
    if report.problems:
        return EXIT_USER_ERROR
    return EXIT_BUSY if report.busy else EXIT_OK


def _busy(report: CheckReport) -> str:
    """Who keeps which file busy: what it said it was doing, else a guess."""
    names = [Path(file.path).name for file in report.files if file.busy]
    # Pack imports write knowledge.db (the first file), and hold it longest.
    guess = "another program (an import?)" if report.files[0].busy else "another program"
    return f"{report.writer or guess} is writing {' and '.join(names)}"


def _cannot_check(problem: str, as_json: bool) -> int:
    """No check could run. A script that asked for JSON gets JSON all the same (``ok`` false
    and the problem), and the exit code of any other problem found."""
    if as_json:
        print(json.dumps({"ok": False, "problems": [problem]}))
    return fail(problem)
