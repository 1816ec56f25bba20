"""The command line: ``agent-assistant [--data-dir DIR] [COMMAND ...]``.

A contract that scripts, softphones and IT rely on (see DESIGN.md): errors go to standard
error; exit 0 on success, 1 on a user error (bad file, unknown id), 2 on bad usage.
Commands that do not open the window never import Qt, so they start fast. Each group of
subcommands lives in its own module under assistant/commands/.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from assistant import __version__
from assistant.commands import Handler, data_dir
from assistant.commands import db as db_commands
from assistant.commands import pack as pack_commands
from assistant.commands import report as report_commands
from assistant.commands import search as search_commands
from assistant.commands import session as session_commands
from assistant.datadir import ENV_VAR

# Every subcommand group, in the order --help lists them.
GROUPS = (search_commands, pack_commands, session_commands, report_commands, db_commands)


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help=f"folder for the database, settings and logs (default: ${ENV_VAR} or the "
        "per-user data folder)",
    )
    parser = argparse.ArgumentParser(
        prog="agent-assistant",
        description="A desktop companion for call-center agents. Without a command, opens the "
        "window.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="start offscreen, load the knowledge base, run one search, print one JSON line",
    )
    parser.set_defaults(handler=_open_window)
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")
    for group in GROUPS:
        group.register(commands, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.smoke_test:
        return _smoke_test(args)
    handler: Handler = args.handler
    try:
        return handler(args)
    except KeyboardInterrupt:
        return 130


def _open_window(args: argparse.Namespace) -> int:
    from assistant.app import run_window

    return run_window(data_dir(args))


def _smoke_test(args: argparse.Namespace) -> int:
    from assistant.app import smoke_test

    return smoke_test(data_dir(args))
