"""``agent-assistant pack ...``: check, install, list and remove campaign packs."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from assistant.commands import (
    EXIT_OK,
    EXIT_USER_ERROR,
    Subparsers,
    add,
    as_dict,
    fail,
    open_kb,
)


def register(commands: Subparsers, common: argparse.ArgumentParser) -> None:
    pack = add(commands, "pack", "check and install campaign packs", common)
    actions = pack.add_subparsers(title="pack commands", metavar="ACTION", required=True)
    validate = add(
        actions, "validate", "check pack files; print FILE:LINE:COL: PATH: MESSAGE per problem",
        common, _validate,
    )  # fmt: skip
    validate.add_argument("files", nargs="+", type=Path, metavar="FILE")
    install = add(actions, "import", "validate, then install packs atomically", common, _import)
    install.add_argument("files", nargs="+", type=Path, metavar="FILE")
    install.add_argument("--force", action="store_true", help="allow installing an older version")
    listing = add(actions, "list", "list installed packs", common, _list)
    listing.add_argument("--json", action="store_true", help="print JSON")
    remove = add(actions, "remove", "uninstall a pack", common, _remove)
    remove.add_argument("pack_id", metavar="ID")


def _validate(args: argparse.Namespace) -> int:
    from assistant.packs.errors import Severity
    from assistant.packs.install import builtin_known
    from assistant.packs.loader import validate_pack
    from assistant.store.errors import StoreError

    try:
        fallback = builtin_known(open_kb(args))
    except StoreError as error:
        return fail(str(error))
    failed = False
    for path in args.files:
        result = validate_pack(path, fallback)
        for problem in result.problems:
            is_error = problem.severity is Severity.ERROR
            print(problem, file=sys.stderr if is_error else sys.stdout)
        if result.pack is None:
            failed = True
        else:
            pack = result.pack
            print(
                f"{path}: ok: {pack.id} version {pack.version}, {len(pack.campaigns)} campaigns, "
                f"{len(pack.personas)} personas, {len(pack.phrases)} phrases"
            )
    return EXIT_USER_ERROR if failed else EXIT_OK


def _import(args: argparse.Namespace) -> int:
    from assistant.packs.errors import PackInvalidError
    from assistant.packs.install import import_file
    from assistant.store.errors import StoreError

    try:
        kb = open_kb(args)
    except StoreError as error:
        return fail(str(error))
    failed = False
    for path in args.files:
        try:
            summary = import_file(kb, path, force=args.force)
        except PackInvalidError as error:
            for problem in error.errors:
                print(problem, file=sys.stderr)
            print(f"{path}: not installed: fix the problems above and try again", file=sys.stderr)
            failed = True
            continue
        except StoreError as error:
            fail(f"{path}: {error}")
            failed = True
            continue
        replaced = (
            f" (replaced version {summary.replaced_version})" if summary.replaced_version else ""
        )
        print(
            f"{path}: installed {summary.pack_id} version {summary.version}{replaced}: "
            f"{summary.campaigns} campaigns, {summary.personas} personas, "
            f"{summary.phrases} phrases"
        )
    return EXIT_USER_ERROR if failed else EXIT_OK


def _list(args: argparse.Namespace) -> int:
    from assistant.store.errors import StoreError

    try:
        packs = open_kb(args).packs()
    except StoreError as error:
        return fail(str(error))
    if args.json:
        print(json.dumps([as_dict(p) for p in packs], indent=2))
        return EXIT_OK
    for p in packs:
        flag = " (built in)" if p.builtin else ""
        print(
            f"{p.id}\tv{p.version}\t{p.name}{flag}\t{p.campaigns} campaigns, "
            f"{p.personas} personas, {p.phrases} phrases"
        )
    return EXIT_OK


def _remove(args: argparse.Namespace) -> int:
    from assistant.store.errors import StoreError

    try:
        open_kb(args).remove_pack(args.pack_id)
    except StoreError as error:
        return fail(str(error))
    print(f"removed {args.pack_id}")
    return EXIT_OK
