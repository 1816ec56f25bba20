"""``agent-assistant pack ...``: check, install, list and remove campaign packs."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from assistant.commands import (
    EXIT_OK,
    EXIT_USER_ERROR,
    Subparsers,
    add,
    as_dict,
    counted,
    fail,
    filled,
    knowledge_base_files,
    open_kb,
    output_file,
    told_about,
    write_command_output,
    writes_over_input,
)

if TYPE_CHECKING:
    from collections.abc import Callable

    from assistant.core.pack import Pack
    from assistant.packs.packfile import PackFile


# --key: an empty value would name the current folder (-o: commands.output_file).
KEY = filled("a key file", Path)


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
    install.add_argument(
        "--key",
        type=KEY,
        metavar="NAME.pub",
        help="also require a valid signature (FILE.sig) by this public key",
    )
    listing = add(actions, "list", "list installed packs", common, _list)
    listing.add_argument("--json", action="store_true", help="print JSON")
    remove = add(actions, "remove", "uninstall a pack", common, _remove)
    remove.add_argument("pack_id", metavar="ID")
    _register_authoring(actions, common)
    _register_sheet(actions, common)
    _register_signing(actions, common)


# ---------------------------------------------------------------- export, new, convert


def _register_authoring(actions: Subparsers, common: argparse.ArgumentParser) -> None:
    export = add(actions, "export", "write an installed pack back out as YAML", common, _export)
    export.add_argument("pack_id", metavar="ID")
    export.add_argument("-o", "--output", type=output_file, required=True, metavar="FILE")
    new = add(actions, "new", "write a commented starter pack to edit", common, _new)
    new.add_argument("-o", "--output", type=output_file, required=True, metavar="FILE")
    convert = add(
        actions, "convert", "CSV spreadsheet or Espanso match file -> pack YAML", common, _convert
    )
    convert.add_argument("file", type=Path, metavar="FILE")
    convert.add_argument("-o", "--output", type=output_file, required=True, metavar="FILE")
    convert.add_argument(
        "--id", dest="pack_id", type=_new_pack_id, help="the new pack's id (default: from FILE)"
    )
    convert.add_argument(
        "--name", type=filled("a name"), help="the new pack's name (default: from FILE)"
    )


# The name the starter pack's first line gives its schema (resources/packs/starter.yaml).
SCHEMA_NAME = "pack.schema.json"


def _export(args: argparse.Namespace) -> int:
    from assistant.core.model import BUILTIN_PACK_ID
    from assistant.packs.export import BUILTIN_EXPORT_NOTE, pack_to_json, pack_to_yaml
    from assistant.store.errors import StoreError

    clash = writes_over_input([args.output], knowledge_base_files(args))
    if clash:
        return fail(clash)
    try:
        pack = open_kb(args).export_pack(args.pack_id)
    except StoreError as error:
        return fail(str(error))
    as_json = args.output.suffix.lower() == ".json"
    text = pack_to_json(pack) if as_json else pack_to_yaml(pack)
    problem = write_command_output(args.output, text.encode("utf-8"))
    if problem:
        return fail(problem)
    print(
        f"{args.output}: wrote {pack.id} version {pack.version}, "
        f"{counted(len(pack.phrases), 'phrase')}",
        file=told_about(args.output),
    )
    if pack.id == BUILTIN_PACK_ID:
        print(f"{args.output}: note: {BUILTIN_EXPORT_NOTE}", file=sys.stderr)
    return EXIT_OK


def _new(args: argparse.Namespace) -> int:
    from assistant.core.files import is_stream
    from assistant.packs.errors import SourceError
    from assistant.packs.packfile import MAX_FILE_BYTES, read_small_file
    from assistant.resources import resource_path

    # A pipe, a device or standard output (-o /dev/stdout) is written into, not replaced, and
    # gets no schema beside it: its reader takes the pack alone, and /dev is no folder to put
    # one in.
    stream = is_stream(args.output)
    if args.output.exists() and not stream:
        return fail(f"{args.output} already exists; choose another file name")
    # The starter names its JSON Schema by a relative name (its first line), so the pair works
    # wherever it is copied: the schema goes beside the pack. The one there is read first: a
    # named pipe or a device in its place refuses the whole command before anything is written.
    schema_path = args.output.parent / SCHEMA_NAME
    present: bytes | None = None
    if not stream:
        clash = writes_over_input(
            [args.output], [(schema_path, "the JSON Schema written beside it")]
        )
        if clash:
            return fail(clash)
        try:
            present = read_small_file(schema_path, MAX_FILE_BYTES, "schema")
        except FileNotFoundError:
            present = None
        except SourceError as error:
            return fail(f"{schema_path}: {error.error.message}; nothing was written")
    text = resource_path("packs", "starter.yaml").read_text(encoding="utf-8")
    problem = write_command_output(args.output, text.encode("utf-8"))
    if problem:
        return fail(problem)
    schema = "" if stream else _write_schema_beside(schema_path, present)
    told = told_about(args.output)
    print(
        f"{args.output}: wrote a starter pack; edit it, then run agent-assistant pack validate",
        file=told,
    )
    if schema:
        print(schema, file=told)
    return EXIT_OK


def _write_schema_beside(target: Path, present: bytes | None) -> str:
    """Put the program's pack.schema.json at ``target``, beside the new pack, for text editors
    that check YAML as it is typed (the starter's first line names it); what was done, in one
    line. ``present`` is what ``target`` holds (None: no such file); a file of that name that
    is not ours is left alone."""
    from assistant.core.files import write_atomic
    from assistant.resources import pack_schema_path

    ours = pack_schema_path().read_bytes()
    if present == ours:
        return ""
    if present is not None:
        try:
            theirs = json.loads(present).get("$id")
        except (ValueError, AttributeError):
            theirs = None
        if theirs != json.loads(ours)["$id"]:
            print(f"{target}: not Agent Assistant's pack schema; left as it is", file=sys.stderr)
            return ""
    try:
        write_atomic(target, ours)
    except OSError as error:
        return f"{target}: cannot write: {error.strerror or error}; the schema was not written"
    done = "updated" if present is not None else "wrote"
    return f"{target}: {done} the JSON Schema text editors check the pack with"


def _new_pack_id(text: str) -> str:
    """--id's value, refused as bad usage (exit 2) before any file is read."""
    from assistant.packs.convert import pack_id_problem

    filled("a pack id")(text)  # an empty one is told as every empty option is
    problem = pack_id_problem(text)
    if problem:
        raise argparse.ArgumentTypeError(problem)
    return text


def _convert(args: argparse.Namespace) -> int:
    from assistant.packs.convert import ConvertError, convert_file
    from assistant.packs.errors import Severity
    from assistant.packs.export import dump_yaml
    from assistant.packs.loader import validate_pack_bytes
    from assistant.services.intake import builtin_known
    from assistant.store.errors import StoreError

    clash = writes_over_input(
        [args.output], [(args.file, "the file being converted"), *knowledge_base_files(args)]
    )
    if clash:
        return fail(clash)
    try:
        conversion = convert_file(args.file, args.pack_id, args.name)
    except ConvertError as error:
        return fail(str(error) if error.placed else f"{args.file}: {error}")
    for message in conversion.skipped:
        print(f"{args.file}: {message}", file=sys.stderr)
    text = dump_yaml(
        conversion.data, f"# Converted from {args.file.name} by agent-assistant pack convert.\n"
    )
    problem = write_command_output(args.output, text.encode("utf-8"))
    if problem:
        return fail(problem)
    told = told_about(args.output)
    phrases = len(conversion.data["phrases"])
    unused = counted(len(conversion.skipped), "row")
    print(f"{args.output}: wrote {counted(phrases, 'phrase')} ({unused} not used)", file=told)
    try:
        fallback = builtin_known(open_kb(args))
    except StoreError:
        fallback = None
    result = validate_pack_bytes(str(args.output), text.encode("utf-8"), fallback)
    for found in result.problems:
        print(found, file=sys.stderr if found.severity is Severity.ERROR else told)
    if result.pack is None:
        print(f"{args.output}: fix the problems above before importing it", file=sys.stderr)
        return EXIT_USER_ERROR
    return EXIT_OK


def _validate(args: argparse.Namespace) -> int:
    from assistant.packs.errors import Severity
    from assistant.packs.lint import lint_file
    from assistant.packs.loader import validate_pack
    from assistant.services.intake import builtin_known, installed_builtin
    from assistant.store.errors import StoreError

    try:
        kb = open_kb(args)
        fallback = builtin_known(kb)
    except StoreError as error:
        return fail(str(error))
    failed = False
    builtin: Pack | None = None
    for path in args.files:
        result = validate_pack(path, fallback)
        for problem in result.problems:
            is_error = problem.severity is Severity.ERROR
            print(problem, file=sys.stderr if is_error else sys.stdout)
        if result.pack is None:
            failed = True
        else:
            pack = result.pack
            # The content lint advises; its warnings never change the exit code.
            builtin = builtin or installed_builtin(kb)  # read once, for the first valid file
            for warning in lint_file(path, pack, builtin):
                print(warning)
            print(
                f"{path}: ok: {pack.id} version {pack.version}, "
                + _contents(len(pack.campaigns), len(pack.personas), len(pack.phrases))
            )
    return EXIT_USER_ERROR if failed else EXIT_OK


def _import(args: argparse.Namespace) -> int:
    from assistant.packs.errors import PackInvalidError
    from assistant.services.intake import Outcome, PackIntake
    from assistant.services.policy import enforce_signing
    from assistant.store.errors import StoreError

    verify: Callable[[PackFile], str | None] = enforce_signing
    if args.key is not None:
        from assistant.packs.signing import SigningError, load_public_key, signed_by

        try:
            verify = signed_by(load_public_key(args.key), then=enforce_signing)
        except SigningError as error:
            return fail(str(error))
    try:
        intake = PackIntake(open_kb(args), verify=verify)
    except StoreError as error:
        return fail(str(error))
    failed = False
    for path in args.files:
        try:
            result = intake.install_path(path, force=args.force, advise=True)
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
        summary = result.summary
        if result.outcome is Outcome.UNCHANGED or summary is None:
            print(f"{path}: already installed: {result.pack_id} (exactly this file)")
            continue
        # Advice, as `pack validate` prints it: it never refuses a pack nor changes the exit code.
        for warning in result.advice:
            print(warning)
        replaced = (
            f" (replaced version {summary.replaced_version})" if summary.replaced_version else ""
        )
        print(
            f"{path}: installed {summary.pack_id} version {summary.version}{replaced}: "
            + _contents(summary.campaigns, summary.personas, summary.phrases)
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
            f"{p.id}\tv{p.version}\t{p.name}{flag}\t"
            + _contents(p.campaigns, p.personas, p.phrases)
        )
    return EXIT_OK


def _remove(args: argparse.Namespace) -> int:
    from assistant.services.intake import PackIntake
    from assistant.services.packs import PackService
    from assistant.store.errors import StoreError

    try:
        PackService(PackIntake(open_kb(args))).remove(args.pack_id)
    except StoreError as error:
        return fail(str(error))
    print(f"removed {args.pack_id}")
    return EXIT_OK


# ---------------------------------------------------------------- sheet (issue-editor)


# The languages a sheet's own words come in (assistant.ui.i18n.LANGUAGES, which imports Qt:
# the command line's parser does not).
SHEET_LANGUAGES = ("en", "es")


def _register_sheet(actions: Subparsers, common: argparse.ArgumentParser) -> None:
    sheet = add(
        actions, "sheet", "a printable cheat sheet (PDF) of an installed pack or a pack file",
        common, _sheet,
    )  # fmt: skip
    sheet.add_argument(
        "pack",
        metavar="ID|FILE",
        help="an installed pack's id, or a pack file (a name with a '.' or a folder in it)",
    )
    sheet.add_argument("-o", "--output", type=output_file, required=True, metavar="FILE.pdf")
    sheet.add_argument(
        "--campaign",
        type=filled("a campaign id"),
        metavar="CID",
        help="only this campaign (default: all)",
    )
    sheet.add_argument(
        "--language",
        choices=SHEET_LANGUAGES,
        default="en",
        help="the language of the sheet's own words, its headings (default: en); pack text "
        "stays in the pack's language",
    )


def _is_pack_file(name: str) -> bool:
    """Whether ``pack sheet``'s argument names a file: a pack id has no '.' and no folder in
    it (2-64 lowercase letters, digits and '-')."""
    return "." in name or "/" in name or os.sep in name


def _sheet(args: argparse.Namespace) -> int:
    from PySide6.QtGui import QGuiApplication

    from assistant.packs.loader import validate_pack
    from assistant.packs.sheet import SheetError
    from assistant.services.intake import builtin_known, installed_builtin
    from assistant.store.errors import StoreError
    from assistant.ui.i18n import install_translators
    from assistant.ui.sheet_pdf import draw_sheet_pdf

    reads = knowledge_base_files(args)
    if _is_pack_file(args.pack):
        reads.append((Path(args.pack), "the pack file the sheet is made of"))
    clash = writes_over_input([args.output], reads)
    if clash:
        return fail(clash)
    try:
        # Only read: the window starts this command for its cheat sheets, and the day's
        # upkeep (which writes the agent's own file) is the window's.
        kb = open_kb(args, upkeep=False)
        fallback = installed_builtin(kb)
        if not _is_pack_file(args.pack):
            pack = kb.export_pack(args.pack)
        else:
            # References to the built-in pack resolve as they do when the file is installed.
            result = validate_pack(Path(args.pack), builtin_known(kb))
            if result.pack is None:
                for problem in result.errors:
                    print(problem, file=sys.stderr)
                return fail(f"{args.pack}: fix the problems above first; nothing was written")
            pack = result.pack
    except StoreError as error:
        return fail(str(error))
    app = QGuiApplication.instance()
    if app is None:
        # Qt draws the PDF; no window is shown, so no display is needed (even if one is set).
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        app = QGuiApplication(["agent-assistant"])
    install_translators(args.language)
    try:
        data, pages = draw_sheet_pdf(pack, args.campaign, fallback)
    except SheetError as error:
        return fail(str(error))
    except OSError as error:
        return fail(f"{args.output}: cannot write: {error.strerror or error}")
    unwritten = write_command_output(args.output, data)
    if unwritten:
        return fail(unwritten)
    print(
        f"{args.output}: wrote the cheat sheet of {pack.id} ({counted(pages, 'page')})",
        file=told_about(args.output),
    )
    return EXIT_OK


# ---------------------------------------------------------------- keygen, sign, verify


def _register_signing(actions: Subparsers, common: argparse.ArgumentParser) -> None:
    keygen = add(
        actions, "keygen", "make an Ed25519 key pair: NAME (private) and NAME.pub", common, _keygen
    )
    keygen.add_argument("-o", "--output", type=output_file, required=True, metavar="NAME")
    sign = add(actions, "sign", "write FILE.sig, the signature of FILE", common, _sign)
    sign.add_argument("file", type=Path, metavar="FILE")
    sign.add_argument("--key", type=KEY, required=True, metavar="NAME", help="private key")
    verify = add(
        actions, "verify", "exit 0 only if FILE is untouched and signed by the key", common,
        _verify,
    )  # fmt: skip
    verify.add_argument("file", type=Path, metavar="FILE")
    verify.add_argument("--key", type=KEY, required=True, metavar="NAME.pub", help="public key")


def _keygen(args: argparse.Namespace) -> int:
    from assistant.packs.signing import PUBLIC_SUFFIX, SigningError, keygen

    public_path = args.output.with_name(args.output.name + PUBLIC_SUFFIX)
    # A link NAME.pub leading to NAME, the private key's name: the public key would replace it.
    clash = writes_over_input(
        [public_path], [(args.output, "the private key")], "choose another name"
    )
    if clash:
        return fail(clash)
    try:
        public = keygen(args.output)
    except SigningError as error:
        return fail(str(error))
    print(f"{args.output}: private key (keep it secret); {public}: public key (give it to IT)")
    return EXIT_OK


def _sign(args: argparse.Namespace) -> int:
    from assistant.packs.packfile import signature_path
    from assistant.packs.signing import SigningError, sign_file

    target = signature_path(args.file)
    clash = writes_over_input(
        [target],
        [(args.file, "the pack being signed"), (args.key, "the private key")],
        f"remove the link {target.name} and sign again",
    )
    if clash:
        return fail(clash)
    try:
        signature = sign_file(args.file, args.key)
    except SigningError as error:
        return fail(str(error))
    print(f"{signature}: signed {args.file.name}; distribute both files together")
    return EXIT_OK


def _verify(args: argparse.Namespace) -> int:
    from assistant.packs.signing import SigningError, verify_file

    try:
        problem = verify_file(args.file, args.key)
    except SigningError as error:
        return fail(str(error))
    if problem:
        return fail(f"{args.file}: {problem}")
    print(f"{args.file}: ok: signed by {args.key.name}")
    return EXIT_OK


def _contents(campaigns: int, personas: int, phrases: int) -> str:
    """'1 campaign, 11 personas, 247 phrases'."""
    return ", ".join(
        (counted(campaigns, "campaign"), counted(personas, "persona"), counted(phrases, "phrase"))
    )
