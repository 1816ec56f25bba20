"""The crash harness's child: works the knowledge base as hard as it can until it is killed.

Run as ``python child.py DATA_DIR PACK_V1 PACK_V2``. It alternates between installing version
1 and version 2 of a large pack (each a replace in one transaction) and logs holds with
check-ins in between, printing a line after each commit so the parent knows what was written:

    ready
    importing 2 / writing 2 / imported 2
    wrote hold 17 / checked in hold 17 / ended hold 17
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from assistant.services.intake import Progress as ImportProgress
from assistant.services.intake import import_file
from assistant.services.opening import open_knowledge_base
from assistant.store.activity import ActivityLog

HOLDS_PER_IMPORT = 4


def say(line: str) -> None:
    print(line, flush=True)


def _announce_writing(version: int) -> ImportProgress:
    def progress(phase: str, done: int, total: int) -> None:
        if phase == "install" and done == 0:
            say(f"writing {version}")  # the transaction that replaces the pack has begun

    return progress


def main(data_dir: Path, packs: list[Path]) -> None:
    # A recovery here would hide damage from the parent: say so, and the parent fails.
    kb = open_knowledge_base(
        data_dir, backup=False, on_recovery=lambda report: say(f"RECOVERED {report.reason}")
    )
    activity = ActivityLog(kb.database)
    say("ready")
    # Start from what is installed, so the first import of every child replaces it with the
    # other version and a kill can land on either side of that replace.
    version = kb.pack_version("big") or 1
    while True:
        for _ in range(HOLDS_PER_IMPORT):
            started = datetime.now(UTC)
            hold = activity.log_hold_start(started, None, 120)
            say(f"wrote hold {hold}")
            activity.log_check_in(
                hold, started + timedelta(seconds=100), started + timedelta(seconds=120)
            )
            say(f"checked in hold {hold}")
            activity.log_hold_end(hold, started + timedelta(seconds=130))
            say(f"ended hold {hold}")
        version = 2 if version == 1 else 1
        say(f"importing {version}")
        import_file(kb, packs[version - 1], force=True, progress=_announce_writing(version))
        say(f"imported {version}")


if __name__ == "__main__":
    main(Path(sys.argv[1]), [Path(sys.argv[2]), Path(sys.argv[3])])
