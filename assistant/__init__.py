"""Agent Assistant: a desktop companion for call-center agents."""

import time
from importlib import metadata

# Start-up time is measured from the first import of the package.
STARTED = time.perf_counter()

try:
    __version__ = metadata.version("agent-assistant")
except metadata.PackageNotFoundError:  # a frozen build or a bare source tree
    __version__ = "0.1.0"

APP_NAME = "Agent Assistant"
APP_ID = "agent-assistant"
