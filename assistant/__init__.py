"""Agent Assistant: a desktop companion for call-center agents."""

import time

# Start-up time is measured from the first import of the package.
STARTED = time.perf_counter()


def _version() -> str:
    # A frozen build carries a VERSION file written by build.spec from pyproject.toml; a
    # checkout (or editable install) reads pyproject.toml; an installed wheel has metadata.
    # importlib.metadata is the last resort because importing it costs ~50 ms of start-up.
    import sys
    from pathlib import Path

    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        try:
            return (Path(frozen) / "VERSION").read_text(encoding="utf-8").strip()
        except OSError:
            pass
    pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
    if pyproject.is_file():
        # A regular expression, not tomllib: this runs on every start and tomllib costs ~10 ms.
        import re

        try:
            text = pyproject.read_text(encoding="utf-8")
        except OSError:
            text = ""
        if re.search(r'^name\s*=\s*"agent-assistant"', text, re.MULTILINE):
            found = re.search(r'^version\s*=\s*"([^"]+)"', text, re.MULTILINE)
            if found:
                return found.group(1)
    from importlib import metadata

    try:
        return metadata.version("agent-assistant")
    except metadata.PackageNotFoundError:
        return "0+unknown"


APP_NAME = "Agent Assistant"
APP_ID = "agent-assistant"


def __getattr__(name: str) -> str:
    # The version is worked out when first asked for: a softphone's command (assistant/
    # fastcli.py) never asks, and reading it costs pathlib and a file read on every start.
    if name == "__version__":
        version = _version()
        globals()["__version__"] = version
        return version
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
