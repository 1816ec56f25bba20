"""Where the user's data lives: --data-dir, then AGENT_ASSISTANT_DATA_DIR, then the OS default."""

from __future__ import annotations

import os
import sys

from assistant import APP_ID

# typing.TYPE_CHECKING without importing typing: a softphone's command imports this module, and
# pathlib only when the folder is the platform's default (assistant/fastcli.py).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from pathlib import Path

ENV_VAR = "AGENT_ASSISTANT_DATA_DIR"

# Sub-folders the program makes in the data folder; everything in them is the program's.
BACKUPS = "backups"
PACK_COPIES = "packs"
LOGS = "logs"
_OWN_FOLDERS = (BACKUPS, PACK_COPIES, LOGS, f"{PACK_COPIES}/unusable")
# Files the program makes at the top of the data folder (the folder may be one IT or the agent
# chose, holding other things: only these are tightened).
_OWN_FILES = (
    r"(knowledge|activity)(\.damaged-[0-9TZ]+)?\.db(-wal|-shm|-journal|-writer)?"
    r"|settings\.ini|window\.lock|pack-editor-recovery\.yaml|smoke-test\.json"
)
# This module is imported by every command, the softphone's too (assistant/fastcli.py), so
# what only preparing the folder needs (logging, re, core.files) is imported there.


def chosen_data_dir(explicit: str | os.PathLike[str] | None = None) -> str | None:
    """The data folder given by --data-dir, or else the environment, as an absolute path with
    ``~`` expanded and links resolved; None when neither gives one (the platform's default).
    An empty (or blank) variable counts as unset, as shells and most programs have it; an
    empty --data-dir never gets here (the command line refuses it)."""
    variable = os.environ.get(ENV_VAR, "")
    chosen = explicit or (variable if variable.strip() else None)
    return os.path.realpath(os.path.expanduser(chosen)) if chosen else None


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The data folder to use (not created here)."""
    from pathlib import Path

    return Path(chosen_data_dir(explicit) or default_data_dir())


def default_data_dir() -> str:
    """The platform's per-user data folder for the program, as platformdirs names it
    (``user_data_dir(APP_ID, appauthor=False, roaming=True)``; a test holds the two equal).

    Worked out from the environment where the environment says it, because importing
    platformdirs (pathlib, tempfile, re...) costs ~20 ms, and a softphone runs a command on
    every call event; platformdirs answers where the environment does not (Windows without
    APPDATA: it asks the system for the known folder).
    """
    if sys.platform == "win32":
        appdata = os.environ.get("APPDATA", "").strip()
        if appdata:
            return os.path.join(os.path.normpath(appdata), APP_ID)
    elif sys.platform == "darwin":
        return os.path.join(os.path.expanduser("~/Library/Application Support"), APP_ID)
    else:
        data_home = os.environ.get("XDG_DATA_HOME", "").strip()
        base = data_home or os.path.expanduser("~/.local/share")
        return os.path.join(base, APP_ID)
    import platformdirs

    return str(platformdirs.user_data_dir(APP_ID, appauthor=False, roaming=True))


def log_dir(data_dir: Path) -> Path:
    return data_dir / LOGS


def prepare_data_dir(data_dir: Path) -> Path:
    """Make the data folder ready and private: it holds customers' names and numbers.

    On POSIX the folder is created 0700, or tightened to 0700 when it exists and belongs to
    this user (an earlier version made it 0755), and so are its sub-folders; the files the
    program made in it (databases, backups, pack copies, settings, logs) are tightened to 0600.
    New files are made private where they are made (store/database.py, store/backup.py,
    services/intake.py, logs.py, settings.py, channel.py). A folder or file that cannot be
    tightened (another user's, or a share without permissions) is logged and used as it is.
    Raises OSError when the folder cannot be created. Returns ``data_dir``.
    """
    import logging
    import re
    from pathlib import Path

    from assistant.core.files import private_file, private_folder

    log = logging.getLogger(__name__)
    own_files = re.compile(_OWN_FILES)
    if not private_folder(data_dir):
        log.warning("the data folder %s could not be made private to this user", data_dir)
    if os.name != "posix":
        return data_dir
    loose: list[str] = []
    for name in ("", *_OWN_FOLDERS):
        folder = data_dir / name if name else data_dir
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue
        if name and not private_folder(folder):
            loose.append(str(folder))
        for entry in entries:
            ours = bool(name) or own_files.fullmatch(entry.name) is not None
            if ours and entry.is_file(follow_symlinks=False) and not private_file(Path(entry.path)):
                loose.append(entry.path)
    if loose:
        log.warning("could not make these private to this user: %s", ", ".join(loose))
    return data_dir
