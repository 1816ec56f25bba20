"""The command line: ``agent-assistant [--data-dir DIR] [COMMAND ...]``.

A contract that scripts, softphones and IT rely on (see DESIGN.md): errors go to standard
error; exit 0 on success, 1 on a user error (bad file, unknown id), 2 on bad usage.
Commands that do not open the window never import Qt, so they start fast.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from assistant import __version__
from assistant.datadir import ENV_VAR, resolve_data_dir

EXIT_OK = 0
EXIT_USER_ERROR = 1
EXIT_USAGE = 2

Handler = Callable[[argparse.Namespace], int]


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

    pack = commands.add_parser("pack", help="check and install campaign packs", parents=[common])
    pack_commands = pack.add_subparsers(title="pack commands", metavar="ACTION", required=True)
    validate = pack_commands.add_parser(
        "validate",
        help="check pack files; print FILE:LINE:COL: PATH: MESSAGE per problem",
        parents=[common],
    )
    validate.add_argument("files", nargs="+", type=Path, metavar="FILE")
    validate.set_defaults(handler=_pack_validate)
    install = pack_commands.add_parser(
        "import", help="validate, then install packs atomically", parents=[common]
    )
    install.add_argument("files", nargs="+", type=Path, metavar="FILE")
    install.add_argument("--force", action="store_true", help="allow installing an older version")
    install.set_defaults(handler=_pack_import)
    listing = pack_commands.add_parser("list", help="list installed packs", parents=[common])
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(handler=_pack_list)
    remove = pack_commands.add_parser("remove", help="uninstall a pack", parents=[common])
    remove.add_argument("pack_id", metavar="ID")
    remove.set_defaults(handler=_pack_remove)

    db = commands.add_parser("db", help="the knowledge base itself", parents=[common])
    db_commands = db.add_subparsers(title="db commands", metavar="ACTION", required=True)
    db_check = db_commands.add_parser(
        "check", help="integrity and migration state", parents=[common]
    )
    db_check.add_argument("--json", action="store_true", help="print JSON")
    db_check.set_defaults(handler=_db_check)
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


def _data_dir(args: argparse.Namespace) -> Path:
    return resolve_data_dir(getattr(args, "data_dir", None))


def _fail(message: str) -> int:
    print(f"agent-assistant: {message}", file=sys.stderr)
    return EXIT_USER_ERROR


def _open_kb(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from assistant.services import open_knowledge_base

    return open_knowledge_base(_data_dir(args))


def _open_window(args: argparse.Namespace) -> int:
    from assistant.app import run_window

    return run_window(_data_dir(args))


def _smoke_test(args: argparse.Namespace) -> int:
    from assistant.app import smoke_test

    return smoke_test(_data_dir(args))


def _pack_validate(args: argparse.Namespace) -> int:
    from assistant.packs.loader import validate_pack
    from assistant.store.errors import StoreError

    try:
        from assistant.packs.install import builtin_known

        fallback = builtin_known(_open_kb(args))
    except StoreError as error:
        return _fail(str(error))
    failed = False
    for path in args.files:
        result = validate_pack(path, fallback)
        for problem in result.problems:
            print(problem, file=sys.stderr if problem.severity == "error" else sys.stdout)
        if result.pack is None:
            failed = True
        else:
            pack = result.pack
            print(
                f"{path}: ok: {pack.id} version {pack.version}, {len(pack.campaigns)} campaigns, "
                f"{len(pack.personas)} personas, {len(pack.phrases)} phrases"
            )
    return EXIT_USER_ERROR if failed else EXIT_OK


def _pack_import(args: argparse.Namespace) -> int:
    from assistant.packs.errors import PackInvalidError
    from assistant.packs.install import import_file
    from assistant.store.errors import StoreError

    try:
        kb = _open_kb(args)
    except StoreError as error:
        return _fail(str(error))
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
            _fail(f"{path}: {error}")
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


def _pack_list(args: argparse.Namespace) -> int:
    from assistant.store.errors import StoreError

    try:
        packs = _open_kb(args).packs()
    except StoreError as error:
        return _fail(str(error))
    if args.json:
        print(json.dumps([vars_of(p) for p in packs], indent=2))
        return EXIT_OK
    for p in packs:
        flag = " (built in)" if p.builtin else ""
        print(
            f"{p.id}\tv{p.version}\t{p.name}{flag}\t{p.campaigns} campaigns, "
            f"{p.personas} personas, {p.phrases} phrases"
        )
    return EXIT_OK


def vars_of(record: object) -> dict[str, object]:
    from dataclasses import asdict, is_dataclass

    assert is_dataclass(record) and not isinstance(record, type)
    return asdict(record)


def _pack_remove(args: argparse.Namespace) -> int:
    from assistant.store.errors import StoreError

    try:
        _open_kb(args).remove_pack(args.pack_id)
    except StoreError as error:
        return _fail(str(error))
    print(f"removed {args.pack_id}")
    return EXIT_OK


def _db_check(args: argparse.Namespace) -> int:
    from assistant.store.database import DB_FILENAME, open_database
    from assistant.store.errors import StoreError
    from assistant.store.knowledge import KnowledgeBase

    path = _data_dir(args) / DB_FILENAME
    if not path.exists():
        return _fail(f"no knowledge base at {path} (it is created when the program first starts)")
    try:
        report = KnowledgeBase(open_database(path, backup_dir=path.parent / "backups")).check()
    except StoreError as error:
        return _fail(str(error))
    if args.json:
        print(json.dumps(vars_of(report)))
    else:
        state = "ok" if report.ok else "PROBLEMS"
        print(f"{path}: {state}; schema {report.schema_version} of {report.latest_version}")
        print(", ".join(f"{k}: {v}" for k, v in report.counts.items()))
        for problem in report.problems:
            print(f"problem: {problem}")
    return EXIT_OK if report.ok else EXIT_USER_ERROR
