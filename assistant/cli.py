"""The command line: ``agent-assistant [--data-dir DIR] [COMMAND ...]``.

A contract that scripts, softphones and IT rely on (see DESIGN.md): errors go to standard
error; exit 0 on success, 1 on a user error (bad file, unknown id), 2 on bad usage.
Commands that do not open the window never import Qt, so they start fast. Each group of
subcommands lives in its own module under assistant/commands/. The softphone's commands
(``hold ...``, ``call ...``) are answered first by assistant/fastcli.py, before this module
imports argparse or anything else: this module's imports stay inside its functions.
"""

from __future__ import annotations

import os
import sys

# typing.TYPE_CHECKING without importing typing (a few ms of a softphone command's start);
# mypy reads any name TYPE_CHECKING alike.
TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse
    from collections.abc import Sequence

    from assistant.commands import Handler

# 128 + SIGPIPE (13): what a shell reports for a program its pipe's reader left behind.
EXIT_BROKEN_PIPE = 141

# Every top-level command and the module under assistant/commands/ that registers it, in the
# order --help lists them.
COMMANDS = {
    "search": "search",
    "pack": "pack",
    "hold": "session",
    "call": "session",
    "report": "report",
    "floor": "floor",
    "db": "db",
}


def _top_level(add_help: bool = True) -> tuple[argparse.ArgumentParser, argparse.ArgumentParser]:
    """The program's own options (and the --data-dir every subcommand takes too)."""
    import argparse

    from assistant import __version__
    from assistant.datadir import ENV_VAR

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
        add_help=add_help,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="start offscreen, load the knowledge base, run one search, print one JSON line",
    )
    parser.set_defaults(handler=_open_window)
    return parser, common


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The whole command line; with ``command`` (a known top-level command), only that
    command's group of subcommands is registered."""
    import importlib

    parser, common = _top_level()
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")
    wanted = [COMMANDS[command]] if command in COMMANDS else list(dict.fromkeys(COMMANDS.values()))
    for name in wanted:
        importlib.import_module(f"assistant.commands.{name}").register(commands, common)
    return parser


def _first_pass(argv: Sequence[str] | None) -> tuple[argparse.Namespace | None, str | None]:
    """The program's own options parsed alone: (arguments, None) when that is all there is
    (open the window, or the smoke test), else (None, the command named, if any). Starting the
    window then builds and imports none of the subcommands (~10 ms)."""
    import argparse

    parser, _ = _top_level(add_help=False)
    parser.exit_on_error = False
    try:
        args, rest = parser.parse_known_args(argv)
    except argparse.ArgumentError:
        return None, None  # the whole parser reports it, with the full usage
    if not rest:
        return args, None
    return None, rest[0] if rest[0] in COMMANDS else None


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    try:
        try:
            return _main(argv)
        finally:
            # What is still buffered meets a reader that went away here, not at exit.
            if sys.stdout is not None:
                sys.stdout.flush()
    except BrokenPipeError:
        return _reader_gone()


def _reader_gone() -> int:
    """The reader of the output went away (``agent-assistant search ... | head``): stop
    quietly with the exit code of a program that SIGPIPE ended, as ``cat`` or ``grep`` would,
    and no traceback."""
    # Python flushes standard output once more at exit, and would complain about the broken
    # pipe there: it is pointed at nothing instead.
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass
    return EXIT_BROKEN_PIPE


def _main(argv: Sequence[str] | None) -> int:
    from assistant import fastcli

    try:
        quick = fastcli.run(sys.argv[1:] if argv is None else argv)
    except KeyboardInterrupt:
        return 130
    if quick is not None:
        return quick
    args, command = _first_pass(argv)
    if args is None:
        args = build_parser(command).parse_args(argv)
    if args.smoke_test:
        return _smoke_test(args)
    handler: Handler = args.handler
    try:
        return handler(args)
    except KeyboardInterrupt:
        return 130


def _open_window(args: argparse.Namespace) -> int:
    from assistant.app import run_window
    from assistant.commands import data_dir

    return run_window(data_dir(args))


def _smoke_test(args: argparse.Namespace) -> int:
    from assistant.app import smoke_test
    from assistant.commands import data_dir

    return smoke_test(data_dir(args))
