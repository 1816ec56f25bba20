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
    from typing import Any, NoReturn, TextIO

    from assistant.commands import Handler

# A user error's code: the output could not be written (a full disk, standard output closed).
EXIT_OUTPUT_FAILED = 1
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
    from assistant.commands import filled
    from assistant.datadir import ENV_VAR

    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        type=filled("a folder"),
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


def keep_standard_descriptors() -> None:
    """Hold descriptors 0, 1 and 2 open (on /dev/null) when the program was started without
    them (`agent-assistant 2>&-`, a launcher that closes them): else the next file opened takes
    the number, and what Qt or SQLite write to standard error goes into it (Qt's warnings into
    window.lock, which a softphone's command then could not read; a line into knowledge.db).

    Python's own standard error is then None, and ``print(..., file=None)`` writes to standard
    output: a message (``no hold is running``, ``wrote ...``) would land in the command's output
    (``-o /dev/stdout > pack.yaml 2>&-``). It is pointed at nothing instead."""
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - the process's
    if sys.platform == "win32":
        return  # a windowed program has none, and never shares their numbers with files
    for fd in (0, 1, 2):  # in order: each lower one is open, so /dev/null takes this one
        try:
            os.fstat(fd)
        except OSError:
            os.open(os.devnull, os.O_RDWR)


def run() -> NoReturn:
    """The program's entry (the console script, ``python -m assistant``, the frozen build):
    run the command line and exit with its code.

    A softphone's command answered by the fast entry (assistant/fastcli.py) ends its process
    as soon as its answer is written out: Python's orderly teardown of the modules it imported
    (socket's and json's, with their enums and compiled patterns) costs a softphone more than
    the window's answer (~7 ms of ~50 on every call event), and such a command has nothing to
    tear down: no file open, no log, nothing registered to run at exit. Every other command
    exits the usual way (the window closes its databases, logging writes what it holds).
    """
    code, answered_quickly = _command_line(None)
    if answered_quickly:
        _end_process(code)
    sys.exit(code)


def _end_process(code: int) -> NoReturn:
    """End the process at once with ``code``, once what standard output and error hold is
    written (the fast entry has already said what could not be)."""
    for stream in (sys.stdout, sys.stderr):
        try:  # noqa: SIM105 - contextlib would cost a softphone command's start its import
            if stream is not None:
                stream.flush()
        except (OSError, ValueError):
            pass
    os._exit(code)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    return _command_line(argv)[0]


def _command_line(argv: Sequence[str] | None) -> tuple[int, bool]:
    """The command line's exit code, and whether the fast entry answered (see run())."""
    keep_standard_descriptors()
    output = _Output(sys.stdout)
    if output.stream is not None or sys.platform != "win32":
        # (Windows: the installed build is a windowed program, which has no standard output
        # unless it is redirected; what it prints then goes nowhere, as it always did.)
        sys.stdout = output
    try:
        try:
            return _main(argv)
        finally:
            # What is still buffered meets its failure here, not at exit.
            output.flush()
    except (OSError, SystemExit) as leaving:
        # SystemExit: argparse prints --help and --version itself and drops a write that fails.
        failure = output.failure
        if failure is None or (isinstance(leaving, OSError) and leaving is not failure):
            raise  # not the output's: a bug, with its traceback (or a usage error's exit)
        if isinstance(failure, BrokenPipeError):
            # The reader went away (`agent-assistant search ... | head`): stop quietly, with
            # the exit code of a program that SIGPIPE ended, as `cat` or `grep` would.
            return EXIT_BROKEN_PIPE, False
        from assistant.fastcli import say

        say(f"cannot write the output: {failure.strerror or failure}")
        return EXIT_OUTPUT_FAILED, False
    finally:
        sys.stdout = output.stream
        if output.failure is not None:
            _drop_output()


class _Output:
    """Standard output for the length of a command, noting the first write that fails (a full
    disk, a descriptor closed with ``>&-``, a reader gone), so that main() answers each of
    those in one place for every command.

    That write raises, and the command stops there: main() says what went wrong and exits
    1 (141 for a reader gone). A command that catches the failure itself has done what it
    was asked and keeps its exit code (a softphone's command: fastcli.deliver). Writes after
    the failure go nowhere: the first one was told.
    """

    def __init__(self, stream: TextIO | None) -> None:
        self.stream = stream
        self.failure: OSError | None = None

    def write(self, text: str) -> int:
        if self.failure is None:
            try:
                if self.stream is None:  # the program started with standard output closed
                    raise OSError(9, "standard output is closed")  # 9: EBADF, everywhere
                return self.stream.write(text)
            except OSError as failure:
                self.failure = failure
                raise
        return len(text)

    def flush(self) -> None:
        if self.failure is None and self.stream is not None:
            try:
                self.stream.flush()
            except OSError as failure:
                self.failure = failure
                raise

    def __getattr__(self, name: str) -> Any:
        return getattr(self.stream, name)  # fileno, isatty, encoding...


def _drop_output() -> None:
    """Point standard output at nothing once a write to it failed: Python flushes it once
    more at exit, and would complain there (and exit 120) about what is still buffered."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass


def _main(argv: Sequence[str] | None) -> tuple[int, bool]:
    from assistant import fastcli

    try:
        quick = fastcli.run(sys.argv[1:] if argv is None else argv)
    except KeyboardInterrupt:
        return 130, False
    if quick is not None:
        return quick, True
    args, command = _first_pass(argv)
    if args is None:
        args = build_parser(command).parse_args(argv)
    if args.smoke_test:
        return _smoke_test(args), False
    from assistant.commands import ReaderGoneError

    handler: Handler = args.handler
    try:
        return handler(args), False
    except KeyboardInterrupt:
        return 130, False
    except ReaderGoneError:  # of -o /dev/stdout, or of a named pipe: as for standard output
        return EXIT_BROKEN_PIPE, False


def _open_window(args: argparse.Namespace) -> int:
    from assistant.app import run_window
    from assistant.commands import data_dir

    return run_window(data_dir(args))


def _smoke_test(args: argparse.Namespace) -> int:
    from assistant.app import smoke_test
    from assistant.commands import data_dir

    return smoke_test(data_dir(args))
