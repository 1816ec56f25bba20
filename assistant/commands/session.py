"""``agent-assistant hold ...`` and ``call ...``: sent to the running window (a softphone hook).

If no window runs for the data folder, the command says so and exits 1.
"""

from __future__ import annotations

import argparse

from assistant.commands import Subparsers, add, data_dir, filled


def register(commands: Subparsers, common: argparse.ArgumentParser) -> None:
    hold = add(commands, "hold", "drive the hold timer of the running window", common)
    hold_actions = hold.add_subparsers(title="hold commands", metavar="ACTION", required=True)
    for name, text in (
        ("start", "put the customer on hold (starts the check-in countdown)"),
        ("check-in", "record a check-in with the held customer"),
        ("end", "take the customer off hold and record the hold"),
    ):
        action = add(hold_actions, name, text, common, _send)
        action.set_defaults(command="hold", action=name)
    call = add(commands, "call", "start or end a call in the running window", common)
    call_actions = call.add_subparsers(title="call commands", metavar="ACTION", required=True)
    start = add(
        call_actions, "start", "start the call timer and call-flow checklist", common, _send
    )
    start.add_argument(
        "--campaign",
        type=filled("a campaign id"),
        metavar="ID",
        help="switch to this campaign first (an id or PACK/ID)",
    )
    start.set_defaults(command="call", action="start")
    end = add(
        call_actions, "end", "end the call (flags required steps left unticked)", common, _send
    )
    end.set_defaults(command="call", action="end")


def _send(args: argparse.Namespace) -> int:
    # The answer is the fast entry's (assistant/fastcli.py), which a softphone's command
    # usually takes: one place says what a command answers.
    from assistant.fastcli import deliver

    request = {"command": args.command, "action": args.action}
    if getattr(args, "campaign", None):
        request["campaign"] = args.campaign
    return deliver(request, data_dir(args))
