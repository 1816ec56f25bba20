"""``agent-assistant hold ...`` and ``call ...``: sent to the running window (a softphone hook).

If no window runs for the data folder, the command says so and exits 1.
"""

from __future__ import annotations

import argparse

from assistant.commands import EXIT_OK, Subparsers, add, data_dir, fail


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
        "--campaign", metavar="ID", help="switch to this campaign first (an id or PACK/ID)"
    )
    start.set_defaults(command="call", action="start")
    end = add(
        call_actions, "end", "end the call (flags required steps left unticked)", common, _send
    )
    end.set_defaults(command="call", action="end")


def _send(args: argparse.Namespace) -> int:
    from assistant.channel import ChannelError, send

    request = {"command": args.command, "action": args.action}
    if getattr(args, "campaign", None):
        request["campaign"] = args.campaign
    folder = data_dir(args)
    try:
        reply = send(folder, request)
    except ChannelError as problem:
        return fail(str(problem))
    if reply is None:
        return fail(
            f"no Agent Assistant window is running for the data folder {folder}; "
            "start it with `agent-assistant` first"
        )
    if not reply.get("ok"):
        return fail(str(reply.get("message", "the window refused the command")))
    print(reply.get("message", "ok"))
    return EXIT_OK
