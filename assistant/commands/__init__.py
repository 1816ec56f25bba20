"""Command-line subcommands, one module per group (pack, db, ...).

Each module has ``register(commands, common)`` that adds its subparser(s) to ``commands`` and
sets ``handler`` on them: a function taking the parsed arguments and returning the exit code.
Handlers import what they need inside, so ``agent-assistant --help`` stays fast.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TextIO

from assistant.core.model import Ref
from assistant.core.words import counted as counted  # the commands import it from here
from assistant.datadir import resolve_data_dir

if TYPE_CHECKING:
    from assistant.store.knowledge import KnowledgeBase

EXIT_OK = 0
EXIT_USER_ERROR = 1
EXIT_USAGE = 2
# How long a command waits for another program's write to the knowledge base (a pack import,
# about 2.5 s for 100,000 phrases, longer for a larger pack on a loaded machine) before it
# gives up; the window waits 5 s on its pack writer, and never on its own thread.
COMMAND_LOCK_TIMEOUT_S = 60.0
# sysexits.h's EX_TEMPFAIL: not done now, for a reason that passes (``db check`` while another
# program writes the database); try again later.
EXIT_BUSY = 75

Handler = Callable[[argparse.Namespace], int]
Subparsers = Any  # argparse._SubParsersAction, which argparse does not export


def data_dir(args: argparse.Namespace) -> Path:
    """The data folder chosen by --data-dir, the environment, or the platform default."""
    return resolve_data_dir(getattr(args, "data_dir", None))


def filled(needs: str, convert: Callable[[str], Any] = str) -> Callable[[str], Any]:
    """An option's type that refuses an empty value (``--data-dir ""``, ``--campaign=``, a
    script's variable that came out empty) as bad usage: left to mean the option was not
    given, it would quietly choose the agent's own data folder, or the current campaign."""

    def check(text: str) -> Any:
        if not text.strip():
            raise argparse.ArgumentTypeError(f"needs {needs}, not an empty value")
        return convert(text)

    return check


def output_file(text: str) -> Path:
    """The argparse type of ``-o FILE``: a file's name. An empty one, a folder's ('out/', '/',
    '.') and '-' are bad usage (argparse exits 2 naming the option): pathlib would make '' the
    folder '.', and '-' would be a file of that name, not standard output. So is a name for a
    descriptor the program was not given (``/dev/fd/5`` without ``5>FILE``): asked before the
    command opens anything, as that number would soon be one of the program's own files (its
    knowledge base, replaced by a cheat sheet)."""
    from assistant.core.files import output_descriptor

    if text == "-":
        raise argparse.ArgumentTypeError(
            "needs a file name; '-' (standard output) is not supported: write -o /dev/stdout "
            "(./- names a file '-')"
        )
    filled("a file name")(text)
    if os.path.basename(text) in ("", ".", ".."):
        raise argparse.ArgumentTypeError(f"needs a file name, not a folder: {text}")
    descriptor = output_descriptor(Path(text))
    if descriptor is not None:
        try:
            os.fstat(descriptor)
        except OSError:
            raise argparse.ArgumentTypeError(
                f"{text} names descriptor {descriptor}, which is not open: open it in the "
                f"shell ({descriptor}>FILE) or name a file"
            ) from None
    return Path(text)


class ReaderGoneError(Exception):
    """The program reading a command's output went away before it was all written
    (``-o /dev/stdout | head``, a named pipe's reader): the command ends quietly with the exit
    code of a program SIGPIPE ended, as for what it prints (cli.py)."""


def write_command_output(path: Path, data: bytes) -> str | None:
    """Write a command's ``-o`` output ``path`` (core/files.py write_output: a file replaced
    whole, or a pipe, a device or standard output written into, a named pipe waited on); the
    line that says why it could not be, or None. Raises ReaderGoneError."""
    from assistant.core.files import make_parent_folder, write_output

    def waiting() -> None:
        say_waiting(f"{path}: no program reads this named pipe yet; waiting for one (Ctrl+C stops)")

    try:
        make_parent_folder(path)
        write_output(path, data, waiting=waiting)
    except BrokenPipeError:
        raise ReaderGoneError from None
    except OSError as error:
        return f"{path}: cannot write: {error.strerror or error}"
    return None


def told_about(output: Path) -> TextIO:
    """Where a command says what it wrote to ``output``: standard output, unless that is where
    ``output`` goes too (``-o /dev/stdout``), and the line would end up in what was written:
    standard error then."""
    from assistant.core.files import is_stream

    if is_stream(output):
        try:
            if os.path.samestat(os.stat(output), os.fstat(1)):
                return sys.stderr
        except OSError:
            pass
    return sys.stdout


def writes_over_input(
    writes: Iterable[Path],
    reads: Iterable[tuple[Path, str]],
    fix: str = "choose another output file",
) -> str | None:
    """The one line refusing a command that would write a file it reads, or None. ``writes``:
    the files it would write; ``reads``: the files it reads, each with what it is to the
    command ('the pack being signed'); the rule is services/outputs.py's, which the pack editor
    asks too. Checked before anything is read or written; ``fix`` says what to do instead."""
    from assistant.services.outputs import writes_over

    clash = writes_over(writes, reads)
    if clash is None:
        return None
    return (
        f"{clash.output} is {clash.source}, {clash.what} (the same file, by a link or another "
        f"name), and writing it would replace it; {fix} (nothing was written)"
    )


def knowledge_base_files(args: argparse.Namespace) -> list[tuple[Path, str]]:
    """The data folder's database files, for ``writes_over_input``: a command that reads the
    installed packs reads them."""
    from assistant.services import outputs
    from assistant.store.database import DB_FILENAME

    return outputs.knowledge_base_files(data_dir(args) / DB_FILENAME)


def fail(message: str) -> int:
    """Print a user error to standard error and return exit code 1."""
    print(f"agent-assistant: {message}", file=sys.stderr)
    return EXIT_USER_ERROR


def open_kb(args: argparse.Namespace, *, upkeep: bool = True) -> KnowledgeBase:
    """The knowledge base of the chosen data folder, created with the built-in pack if new.

    A write of pack content waits up to COMMAND_LOCK_TIMEOUT_S for another program's, and
    says on standard error, after a second, what it waits for. ``upkeep``: do the day's
    upkeep of the folder (services/privacy.py: it writes activity.db and the backups), as
    the window does when it opens the folder; a command that only reads may leave it."""
    from assistant.services.opening import open_knowledge_base
    from assistant.store.database import Writer

    def tell(report: Any) -> None:  # a RecoveryReport: say what happened before the output
        print(f"agent-assistant: {report.message()}", file=sys.stderr)

    return open_knowledge_base(
        data_dir(args),
        on_recovery=tell,
        timeout=COMMAND_LOCK_TIMEOUT_S,
        writer=Writer(getattr(args, "program", "agent-assistant"), say_waiting),
        backup=upkeep,
    )


def say_waiting(message: str) -> None:
    """Tell the person at the terminal (or the script's log) that a write waits, and for what."""
    print(f"agent-assistant: {message}", file=sys.stderr, flush=True)


class Record(Protocol):
    """A read-only record: a NamedTuple such as store.rows.PackInfo or CheckReport."""

    def _asdict(self) -> dict[str, Any]: ...


def as_dict(record: Record) -> dict[str, Any]:
    """A record as a JSON-ready dict, the same as ``dataclasses.asdict`` made of it when the
    records were dataclasses (``pack list --json`` and ``db check --json`` print it): records
    in its fields, in tuples and lists too, become dicts; a Ref stays a Ref (a JSON list, as
    asdict kept a NamedTuple), and tuples, lists and dicts are copied as they are."""
    return {name: _plain(value) for name, value in record._asdict().items()}


def _plain(value: Any) -> Any:
    if isinstance(value, Ref):
        return value
    if isinstance(value, tuple) and hasattr(value, "_asdict"):
        return as_dict(value)
    if isinstance(value, tuple | list):
        return type(value)(_plain(item) for item in value)
    if isinstance(value, dict):
        return {_plain(key): _plain(item) for key, item in value.items()}
    return value


def add(
    commands: Subparsers,
    name: str,
    help_text: str,
    common: argparse.ArgumentParser,
    handler: Handler | None = None,
) -> argparse.ArgumentParser:
    """Add one subcommand that also accepts --data-dir after its name."""
    parser: argparse.ArgumentParser = commands.add_parser(name, help=help_text, parents=[common])
    if handler is not None:
        # program: "agent-assistant pack import", how another program kept waiting names it.
        parser.set_defaults(handler=handler, program=parser.prog)
    return parser
