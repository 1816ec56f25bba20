"""``agent-assistant floor``: the team floor window alone, for supervisors.

It reads the team folder the settings (``[team] folder``, else the ``team`` folder in the pack
folder) or the IT policy name, and needs no knowledge base: a supervisor's computer need not
run the agent's window.
"""

from __future__ import annotations

import argparse

from assistant.commands import Subparsers, add, data_dir


def register(commands: Subparsers, common: argparse.ArgumentParser) -> None:
    add(
        commands,
        "floor",
        "the team floor: every agent's state and holds, live, from the team folder",
        common,
        _floor,
    )


def _floor(args: argparse.Namespace) -> int:
    from assistant.app import run_floor

    return run_floor(data_dir(args))
