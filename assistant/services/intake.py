"""The one pack intake: every install (the command line, the Pack manager, files dropped on
the window, the editor's Install and Publish, the shared folder, a recovery) comes here.

A file is read once (packs/packfile.py). Its size is capped while reading and its hash taken
of those bytes; a file whose hash is already installed is not parsed at all (a start with an
unchanged shared folder parses nothing). The signature the IT policy asks for is checked on
those same bytes, those bytes are validated and installed in one transaction, and those bytes
(with their signature) are kept in DATA/packs/ as the copy a recovery rebuilds from.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from assistant.core.files import PRIVATE_FILE_MODE, private_folder, write_atomic
from assistant.core.model import BUILTIN_PACK_ID
from assistant.datadir import PACK_COPIES
from assistant.packs.errors import PackError, PackInvalidError, SourceError
from assistant.packs.packfile import SIGNATURE_SUFFIX, PackFile, read_pack_file
from assistant.resources import builtin_pack_path
from assistant.store.knowledge import KnowledgeBase
from assistant.store.rows import ImportSummary

if TYPE_CHECKING:
    from assistant.core.pack import Pack
    from assistant.packs.signing import Verifier
    from assistant.packs.validate import Known

# The pack reader (PyYAML, the schema) is imported where a pack is parsed, not here: a normal
# start only compares the built-in pack's hash and never needs it.

log = logging.getLogger(__name__)

Phase = str  # "read", "check", "install", "advise": what the progress bar is showing
Checked = tuple["Pack", tuple[PackError, ...]]  # a valid pack, and its validator's warnings
Progress = Callable[[Phase, int, int], None]

COPIES_FOLDER = PACK_COPIES  # DATA/packs (assistant/datadir.py names the data folder's parts)
COPY_SUFFIXES = (".yaml", ".yml", ".json", ".zip")


class Outcome(Enum):
    INSTALLED = "installed"
    UNCHANGED = "unchanged"  # these very bytes are installed already: nothing was parsed
    OLDER = "older"  # from the shared folder: a newer version is installed, left alone


class Intake(NamedTuple):
    """What one file's intake did. ``summary`` is set when it installed the pack; ``advice``
    when it installed it and was asked to advise: the validator's warnings and the content
    lint's (packs/lint.py), in file order, as ``pack validate`` prints them."""

    file: PackFile
    outcome: Outcome
    summary: ImportSummary | None = None
    pack_id: str = ""
    advice: tuple[PackError, ...] = ()


def builtin_known(kb: KnowledgeBase) -> Known:
    """What a pack may refer to without defining it: the installed built-in pack's ids."""
    from assistant.packs.validate import Known

    campaigns, personas, phrases = kb.item_ids(BUILTIN_PACK_ID)
    return Known(campaigns, personas, phrases)


def installed_builtin(kb: KnowledgeBase) -> Pack | None:
    """The installed built-in pack, in which the references a pack does not define itself
    resolve (the content lint and cheat sheets read them); None when it is not installed or
    cannot be read."""
    from assistant.store.errors import StoreError

    try:
        return kb.export_pack(BUILTIN_PACK_ID)
    except StoreError:
        return None


def ensure_builtin(kb: KnowledgeBase, path: Path | None = None) -> ImportSummary | None:
    """Install the shipped built-in pack unless exactly this file is already installed.

    The hash is compared first, so a normal start never parses the pack. The shipped file is
    the truth for the built-in pack, even over a higher version (a downgrade of the program
    brings its own content). Raises PackInvalidError if the shipped file is broken (a bug).
    """
    try:
        file = read_pack_file(path or builtin_pack_path())
    except SourceError as error:  # a broken installation: say which file
        raise PackInvalidError([error.error]) from None
    if kb.pack_sha256(BUILTIN_PACK_ID) == file.sha256:
        return None
    pack, _warnings = _parse(kb, file, as_builtin=True)
    if pack.id != BUILTIN_PACK_ID:
        raise ValueError(f"{file.path} is not the built-in pack (its id is '{pack.id}')")
    return kb.import_pack(pack, source="(built in)", sha256=file.sha256, force=True)


class PackIntake:
    """Installs pack files into one knowledge base, under one verifier (the IT policy)."""

    def __init__(
        self,
        kb: KnowledgeBase,
        *,
        verify: Verifier | None = None,
        keep_copies: bool = True,
    ) -> None:
        self._kb = kb
        self._verify = verify
        self._keep = keep_copies
        # Packs parsed inside a parsing_once() block (with their validator's warnings), by
        # (file name, sha256); None outside one (a parsed pack is large: none is kept longer
        # than the block).
        self._parsed: dict[tuple[str, str], Checked] | None = None

    @property
    def kb(self) -> KnowledgeBase:
        return self._kb

    def install_path(
        self,
        path: Path,
        *,
        force: bool = False,
        progress: Progress | None = None,
        verify: Verifier | None = None,
        advise: bool = False,
    ) -> Intake:
        """Read ``path`` once and install it (see ``install``). Raises PackInvalidError for a
        file that cannot be read or is not a valid pack, StoreError for the database."""
        (progress or _silent)("read", 0, 1)
        try:
            file = read_pack_file(path)
        except SourceError as error:
            raise PackInvalidError([error.error]) from None
        return self.install(file, force=force, progress=progress, verify=verify, advise=advise)

    def install(
        self,
        file: PackFile,
        *,
        force: bool = False,
        from_folder: bool = False,
        progress: Progress | None = None,
        verify: Verifier | None = None,
        source: str | None = None,
        advise: bool = False,
    ) -> Intake:
        """Install ``file`` (its bytes as read once), replacing an older version.

        ``verify`` (or the intake's verifier, e.g. the IT policy's signing rule) may refuse
        the file first, installed or not. Bytes already installed are not parsed again
        (Outcome.UNCHANGED) unless ``force`` (install again, as a repair). An older version
        than the installed one is refused (PackVersionError) unless ``force``;
        ``from_folder`` leaves it alone instead, and refuses the same version with other
        content (the publisher must raise the version). Raises PackInvalidError or
        StoreError; nothing is written then. ``advise``: a supervisor installs the file (the
        command line, the Pack manager): the result carries the warnings ``pack validate``
        would print, which never refuse a pack (an agent's desktop taking the shared folder's
        packs does not spend the time).
        """
        report = progress or _silent
        # The signature first, even for bytes already installed: "already installed" must not
        # answer for a file the signing rule refuses (`pack import --key` is a gate).
        self.refusal(file, verify)
        installed_id = self._kb.pack_with_sha256(file.sha256)
        if installed_id is not None and installed_id != BUILTIN_PACK_ID and not force:
            return Intake(file, Outcome.UNCHANGED, pack_id=installed_id)
        report("check", 0, 1)
        # A pack with the built-in id is refused by the validator, at its id.
        pack, warnings = self._checked(file)
        if from_folder:
            installed = self._kb.pack_version(pack.id)
            if installed is not None and pack.version < installed:
                return Intake(file, Outcome.OLDER, pack_id=pack.id)
            if installed == pack.version:  # other bytes: the same ones returned UNCHANGED
                raise same_version_changed(file, pack, "installed")
        report("install", 0, len(pack.phrases))
        summary = self._kb.import_pack(
            pack,
            source=source if source is not None else str(file.path.resolve()),
            sha256=file.sha256,
            force=force,
            progress=lambda done, total: report("install", done, total),
        )
        if self._keep:
            keep_copy(self._kb, pack.id, file)
        advice: tuple[PackError, ...] = ()
        if advise:  # a large pack's warnings take a second read of it, to place them
            report("advise", 0, 1)
            advice = self._advice(file, pack, warnings)
        return Intake(file, Outcome.INSTALLED, summary, pack.id, advice)

    def _advice(
        self, file: PackFile, pack: Pack, warnings: tuple[PackError, ...]
    ) -> tuple[PackError, ...]:
        from assistant.packs.lint import lint_source
        from assistant.packs.source import unpack

        try:
            lint = lint_source(
                file.name, lambda: unpack(file.name, file.data), pack, installed_builtin(self._kb)
            )
        except Exception:  # a bug in the lint: the pack is installed, and must not look refused
            log.exception("the content lint of %s failed", file.name)
            lint = []
        found = dict.fromkeys([*warnings, *lint])  # once each, a pair of rules may agree
        return tuple(sorted(found, key=lambda p: (p.line, p.column, p.path)))

    def publishable(self, file: PackFile, shared: PackFile | None = None) -> None:
        """Raise PackInvalidError when ``file``, put in a shared folder in place of ``shared``
        (the file there now, if any), would be refused by every desktop's folder intake
        (``install(from_folder=True)``): by the IT policy, or because ``shared`` holds the
        same version with other bytes (a desktop that has it refuses the change) or a newer
        version (a desktop leaves it alone); or would take another pack out of the folder
        (``shared`` holds a pack with another id, copied there under this file name)."""
        self.refusal(file)
        if shared is None or shared.sha256 == file.sha256:
            return
        pack = self._parse(file)
        try:
            there = self._parse(shared)
        except PackInvalidError:
            return  # a broken file in the folder: replacing it is the fix
        if there.id != pack.id:
            raise refused_at(
                file,
                "id",
                f"the shared folder's {shared.path.name} holds another pack, '{there.id}', "
                f"which publishing '{pack.id}' would replace: move or rename that file first",
            )
        if there.version == pack.version:
            raise same_version_changed(file, pack, "in the shared folder")
        if there.version > pack.version:
            raise refused_at(
                file,
                "version",
                f"the shared folder holds version {there.version} of '{pack.id}'; version "
                f"{pack.version} would be left alone by every desktop: raise the version above "
                f"{there.version} to publish a change",
            )

    @contextmanager
    def parsing_once(self) -> Iterator[None]:
        """Inside the block, the same bytes under the same name are parsed once: a publish
        checks a pack against the shared folder, then installs it (a 100,000-phrase pack is a
        few seconds' parse)."""
        outer = self._parsed
        if outer is None:
            self._parsed = {}
        try:
            yield
        finally:
            if outer is None:
                self._parsed = None

    def _parse(self, file: PackFile) -> Pack:
        return self._checked(file)[0]

    def _checked(self, file: PackFile) -> Checked:
        if self._parsed is None:
            return _parse(self._kb, file)
        key = (file.name, file.sha256)
        checked = self._parsed.get(key)
        if checked is None:
            checked = self._parsed[key] = _parse(self._kb, file)
        return checked

    def refusal(self, file: PackFile, verify: Verifier | None = None) -> None:
        """Raise PackInvalidError when ``verify`` (or the intake's verifier: the IT policy)
        refuses ``file``'s bytes."""
        check = verify or self._verify
        refusal = check(file) if check is not None else None
        if refusal:
            raise PackInvalidError([PackError(file.name, 1, 1, "", refusal)])


def same_version_changed(file: PackFile, pack: Pack, where: str) -> PackInvalidError:
    """The refusal of a pack whose version is already ``where`` ("installed", "in the shared
    folder") with other content: a desktop that has that version would never take the
    change."""
    return refused_at(
        file,
        "version",
        f"version {pack.version} of '{pack.id}' is already {where} with different content; "
        "raise the version number to publish a change",
    )


def refused_at(file: PackFile, field: str, message: str) -> PackInvalidError:
    """The refusal of ``file`` for its top-level ``field``, placed at that field's line."""
    line, column = _position(file, (field,))
    return PackInvalidError([PackError(file.name, line, column, field, message)])


def _position(file: PackFile, where: tuple[str, ...]) -> tuple[int, int]:
    """Line and column of ``where`` in ``file``, for a refusal that names a field (a second
    read of the file, made only then); 1, 1 where it cannot be placed."""
    from assistant.packs.source import SourceError, decode, parse, unpack

    try:
        return parse(file.name, decode(file.name, unpack(file.name, file.data))).position(where)
    except SourceError:
        return 1, 1


def import_file(
    kb: KnowledgeBase,
    path: Path,
    *,
    force: bool = False,
    progress: Progress | None = None,
    verify: Verifier | None = None,
) -> ImportSummary | None:
    """Install one file into ``kb`` through a PackIntake of its own (scripts, tests); the
    summary, or None when exactly this file is installed already."""
    return PackIntake(kb, verify=verify).install_path(path, force=force, progress=progress).summary


def _silent(phase: Phase, done: int, total: int) -> None:
    pass


def _parse(kb: KnowledgeBase, file: PackFile, *, as_builtin: bool = False) -> Checked:
    """The validated pack in ``file``'s bytes, with the validator's warnings;
    PackInvalidError with every problem if not valid. ``as_builtin``: the file is the shipped
    built-in pack, the only one whose id may be 'builtin'."""
    from assistant.packs.loader import validate_pack_bytes
    from assistant.packs.source import unpack

    try:
        text = unpack(file.name, file.data)
    except SourceError as error:
        raise PackInvalidError([error.error]) from None
    result = validate_pack_bytes(file.name, text, builtin_known(kb), as_builtin=as_builtin)
    if result.pack is None:
        raise PackInvalidError(result.errors)
    return result.pack, tuple(result.warnings)


# ---------------------------------------------------------------- copies of installed packs
# Every pack installed from a file is kept in DATA/packs/, so a damaged database can be rebuilt
# without asking anyone for the files again.


def copies_folder(kb: KnowledgeBase) -> Path | None:
    """DATA/packs for a knowledge base on disk; None in memory (tests)."""
    path = kb.database.path
    return None if path is None else path.parent / COPIES_FOLDER


def keep_copy(kb: KnowledgeBase, pack_id: str, file: PackFile) -> Path | None:
    """Keep the installed bytes as DATA/packs/ID.EXT, with the signature read with them.

    A .zip stays a zip, and its FILE.sig goes beside it, so a recovery checks the signature
    again when the IT policy requires one: the data folder is the agent's, and a file planted
    there must not get in that way. A copy that cannot be written (disk full) is not a reason
    to undo the install: it is logged, and the pack cannot be rebuilt by a later recovery.
    """
    folder = copies_folder(kb)
    if folder is None or pack_id == BUILTIN_PACK_ID:
        return None
    suffix = file.path.suffix.lower()
    if suffix not in COPY_SUFFIXES:
        suffix = ".zip" if file.data.startswith(b"PK\x03\x04") else ".yaml"
    target = folder / f"{pack_id}{suffix}"
    kept_signature = target.with_name(target.name + SIGNATURE_SUFFIX)
    try:
        private_folder(folder)
        # In the agent's data folder, like everything there: for this user only.
        write_atomic(target, file.data, mode=PRIVATE_FILE_MODE)
        if file.signature is not None:
            write_atomic(kept_signature, file.signature, mode=PRIVATE_FILE_MODE)
        else:
            kept_signature.unlink(missing_ok=True)
        for other in folder.glob(f"{pack_id}.*"):
            if other.suffix in COPY_SUFFIXES and other != target:
                other.unlink(missing_ok=True)
                other.with_name(other.name + SIGNATURE_SUFFIX).unlink(missing_ok=True)
    except OSError as error:
        log.warning("could not keep a copy of pack %s: %s", pack_id, error)
        return None
    return target


def installed_copies(folder: Path) -> dict[str, Path]:
    """The kept copies in ``folder`` by pack id."""
    try:
        entries = sorted(folder.iterdir())
    except OSError:
        return {}
    return {
        p.stem: p
        for p in entries
        if p.suffix.lower() in COPY_SUFFIXES and not p.name.startswith(".") and p.is_file()
    }


def prune_copies(kb: KnowledgeBase) -> None:
    """Drop the copies of packs that are no longer installed (after a removal)."""
    folder = copies_folder(kb)
    if folder is None:
        return
    installed = {p.id for p in kb.packs()}
    for pack_id, path in installed_copies(folder).items():
        if pack_id not in installed:
            path.unlink(missing_ok=True)
            path.with_name(path.name + SIGNATURE_SUFFIX).unlink(missing_ok=True)
