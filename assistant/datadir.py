"""Where the user's data lives: --data-dir, then AGENT_ASSISTANT_DATA_DIR, then the OS default."""

from __future__ import annotations

import os
from pathlib import Path

from assistant import APP_ID

ENV_VAR = "AGENT_ASSISTANT_DATA_DIR"


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The data folder to use (not created here)."""
    if explicit:
        return Path(explicit).expanduser().resolve()
    from_env = os.environ.get(ENV_VAR)
    if from_env:
        return Path(from_env).expanduser().resolve()
    # Only here: platformdirs costs ~5 ms to import, and a folder given by IT (the option or
    # the environment) does not need it.
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_ID, appauthor=False, roaming=True))


def log_dir(data_dir: Path) -> Path:
    return data_dir / "logs"
