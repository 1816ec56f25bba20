"""The softphone's commands without the program's start: ``hold start|check-in|end`` and
``call start|end [--campaign ID]``, with ``--data-dir DIR`` anywhere.

A softphone runs one of these on every call event; the whole command line (argparse, every
subcommand group, the store's modules) cost ~250 ms of start for a socket and a line of JSON.
``cli.main`` asks here first. Only the exact, well-formed shapes of these commands are
answered here; anything else (``--help``, an abbreviated option, a missing or unknown action,
an extra word, an option value that looks like an option) returns None and the full command
line answers it, with its usage and its messages. What is answered here is answered as the
full command line answers it (assistant/commands/session.py): the same messages, on the same
streams, with the same exit codes. Nothing here imports Qt, SQLite, YAML or argparse.
"""

from __future__ import annotations

import sys

# typing.TYPE_CHECKING without importing typing (its import is a few ms of this start); mypy
# reads any name TYPE_CHECKING alike.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Sequence
    from os import PathLike

ACTIONS = {"hold": ("start", "check-in", "end"), "call": ("start", "end")}
_DATA_DIR = "--data-dir"
_CAMPAIGN = "--campaign"


def parse(argv: Sequence[str]) -> tuple[dict[str, str], str | None] | None:
    """(the request, the --data-dir given, if any) for a softphone command; None for anything
    the full command line must answer."""
    words: list[str] = []
    data_dir: str | None = None
    campaign: str | None = None
    args = list(argv)
    i = 0
    while i < len(args):
        arg = args[i]
        name, equals, value = arg.partition("=")
        if name in (_DATA_DIR, _CAMPAIGN):
            if not equals:
                if i + 1 >= len(args):
                    return None
                value = args[i + 1]
                i += 1
                # argparse takes a value that looks like an option as a missing value.
                if value.startswith("-"):
                    return None
            if not value.strip():
                return None  # the full command line's usage error: an empty value
            if name == _DATA_DIR:
                data_dir = value  # the last one given wins, as in the full command line
            elif words[1:2] == ["start"] and words[:1] == ["call"] and len(words) == 2:
                campaign = value
            else:
                return None  # --campaign belongs after `call start` only
        elif arg.startswith("-"):
            return None  # --help, --version, abbreviations, `--`: the full command line's
        else:
            words.append(arg)
        i += 1
    if len(words) != 2 or words[0] not in ACTIONS or words[1] not in ACTIONS[words[0]]:
        return None
    request = {"command": words[0], "action": words[1]}
    if campaign:
        request["campaign"] = campaign
    return request, data_dir


def run(argv: Sequence[str]) -> int | None:
    """Send a softphone command to the running window and return the exit code; None when
    ``argv`` is not one this entry answers."""
    parsed = parse(argv)
    if parsed is None:
        return None
    request, explicit = parsed
    from assistant.datadir import chosen_data_dir, default_data_dir

    # A folder given by the option or the environment needs neither pathlib nor platformdirs.
    return deliver(request, chosen_data_dir(explicit) or default_data_dir())


def deliver(request: dict[str, str], folder: str | PathLike[str]) -> int:
    """Send ``request`` to the window of ``folder``: print its answer, return the exit code
    (0 when the window did it, even if its answer cannot be printed; 1 when no window runs,
    the channel cannot be trusted, or the window refused)."""
    from assistant.channel import ChannelError, send

    try:
        reply = send(folder, request)
    except ChannelError as problem:
        return _fail(str(problem))
    if reply is None:
        return _fail(
            f"no Agent Assistant window is running for the data folder {folder}; "
            "start it with `agent-assistant` first"
        )
    if not reply.get("ok"):
        return _fail(str(reply.get("message", "the window refused the command")))
    message = str(reply.get("message", "ok"))
    try:
        print(message, flush=True)
    except OSError as failure:
        # The window did it, and the exit code says so: a softphone reads 1 as "not done" and
        # may try again ("a hold is already running"). That the confirmation is lost is said
        # on standard error, unless its reader left on purpose (a pipe closed early).
        if not isinstance(failure, BrokenPipeError):
            reason = failure.strerror or failure
            say(f"done, but the answer cannot be written on standard output ({reason}): {message}")
    return 0


def _fail(message: str) -> int:
    say(message)
    return 1


def say(message: str) -> None:
    """One line on standard error, if it can be written at all."""
    try:  # noqa: SIM105 - contextlib would cost this start its import
        print(f"agent-assistant: {message}", file=sys.stderr)
    except OSError:
        pass
