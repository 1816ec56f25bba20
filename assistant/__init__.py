"""Agent Assistant: a desktop companion for call-center agents."""

import time
from importlib import metadata

# Start-up time is measured from the first import of the package.
STARTED = time.perf_counter()


def _version() -> str:
    # A frozen build carries a VERSION file written by build.spec from pyproject.toml; an
    # installed package has metadata; a bare source tree reads pyproject.toml.
    import sys
    from pathlib import Path

    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        try:
            return (Path(frozen) / "VERSION").read_text(encoding="utf-8").strip()
        except OSError:
            pass
    try:
        return metadata.version("agent-assistant")
    except metadata.PackageNotFoundError:
        pass
    try:
        import tomllib

        pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
        return str(tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["version"])
    except (OSError, KeyError, ValueError):
        return "0+unknown"


__version__ = _version()

APP_NAME = "Agent Assistant"
APP_ID = "agent-assistant"
