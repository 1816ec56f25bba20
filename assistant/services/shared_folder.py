"""Installing packs from a shared folder: how one supervisor updates hundreds of desktops.

Qt-free: scan the folder, hand every new or changed file to the pack intake (read once, hash
first: bytes already installed are not parsed), and say what happened. A scan reads only
files whose size or time changed since the last scan: an unchanged folder costs one listing
(os.scandir), which is why a window can look every few seconds, even on a network share that
sends no change notifications. A broken or refused file is reported once and remembered by its
hash (in the agent's settings table, so a restart does not report it again); it never stops
the other files from installing, and it is looked at again only when its content changes.

A scan that ``settle``s reads a new or changed file only once two looks in a row found the
same size and time: a pack still being copied onto the share is not read half-written (and so
not reported as broken to every agent). The window's watcher settles; a scan asked for by a
command or a test does not need to.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import threading
from dataclasses import dataclass, field
from pathlib import Path

from assistant.core.words import counted
from assistant.packs.errors import PackError, PackInvalidError, SourceError
from assistant.packs.packfile import SIGNATURE_SUFFIX, PackFile, read_pack_file
from assistant.services.intake import Outcome, PackIntake, Progress
from assistant.store.errors import StoreError
from assistant.store.rows import ImportSummary

log = logging.getLogger(__name__)

PACK_SUFFIXES = (".yaml", ".yml", ".json", ".zip")
# `pack new` writes the JSON Schema beside a pack for text editors: it is not a pack.
NOT_PACKS = (".schema.json",)
# Sizes and modification times (ns) of a pack file and its signature: changed since?
Stamp = tuple[int, int, int, int]
REFUSED_SETTING = "shared_folder/refused"
READ_TIMEOUT_S = 20.0  # a stalled share or a special file must not hold the scan forever
LINK_PROBLEM = "is a link, not a file; only files in the folder are read"
MAX_REMEMBERED = 200  # refused files kept; a folder does not hold that many broken packs


@dataclass
class SyncReport:
    """What one scan of the pack folder did."""

    folder: Path
    installed: list[ImportSummary] = field(default_factory=list)
    skipped: list[tuple[Path, list[str]]] = field(default_factory=list)
    unchanged: int = 0
    folder_problem: str = ""
    folder_error: str = ""  # why the folder could not be read, in the system's words
    waiting: int = 0  # files still changing (being copied): looked at again in a moment
    # Every file in the folder that is not installed, and why: those skipped now and those
    # refused before (told once, when first refused). For the Pack manager, not for agents.
    problems: dict[Path, list[str]] = field(default_factory=dict)
    files: list[Path] = field(default_factory=list)  # the pack files the folder holds

    @property
    def changed(self) -> bool:
        """True when there is something to tell the agent about."""
        return bool(self.installed or self.skipped or self.folder_problem)

    def lines(self) -> list[str]:
        """The report as short sentences for a log or a supervisor."""
        out = [self.folder_problem] if self.folder_problem else []
        for summary in self.installed:
            was = f" (was version {summary.replaced_version})" if summary.replaced_version else ""
            out.append(
                f"Installed {summary.pack_id} version {summary.version}{was}: "
                f"{counted(summary.phrases, 'phrase')}."
            )
        for path, problems in self.skipped:
            first = problems[0] if problems else "unknown problem"
            more = f" (and {len(problems) - 1} more problems)" if len(problems) > 1 else ""
            out.append(f"Skipped {path.name}: {first}{more}")
        return out


class FolderSync:
    """Scans one folder into one knowledge base through the pack intake."""

    def __init__(self, intake: PackIntake) -> None:
        self._intake = intake
        self._seen: dict[Path, Stamp] = {}
        self._noted: dict[Path, Stamp] = {}  # settling: the stamp a file had at the last look
        self._problems: dict[Path, list[str]] = {}
        self._refused: list[str] | None = None  # hashes, oldest first; loaded on first use
        self._links: set[Path] = set()  # links reported already
        self.read_timeout_s = READ_TIMEOUT_S

    def scan(
        self, folder: Path, progress: Progress | None = None, *, settle: bool = False
    ) -> SyncReport:
        """Install every pack in ``folder`` that is new or newer; report the rest. With
        ``settle``, a file that changed since the previous look waits for the next one."""
        report = SyncReport(folder)
        try:
            listing, links = _listing(folder)
        except OSError as error:
            report.folder_error = str(error.strerror or error)
            report.folder_problem = (
                f"The pack folder {folder} cannot be read ({error.strerror or error}); "
                "packs there were not checked."
            )
            report.problems = dict(self._problems)
            return report
        candidates = sorted(
            name
            for name in listing
            if name.lower().endswith(PACK_SUFFIXES)
            and not name.lower().endswith(NOT_PACKS)
            and not name.startswith(".")  # hidden, or a writer's temporary file
        )
        for name in sorted(links):
            # A symbolic link is never followed (one to /etc/shadow would be read, and its
            # lines quoted back in validation messages): reported once, and passed over.
            path = folder / name
            if name.lower().endswith(PACK_SUFFIXES) and path not in self._links:
                self._links.add(path)
                self._skip(report, path, [f"{path}: {LINK_PROBLEM}"])
        report.files = [folder / name for name in candidates]
        present = set(report.files)
        for gone in [p for p in self._problems if p.parent == folder and p not in present]:
            del self._problems[gone]
        for name in candidates:
            path = folder / name
            stamp = (*listing[name], *listing.get(name + SIGNATURE_SUFFIX, (-1, -1)))
            if self._seen.get(path) == stamp:
                report.unchanged += 1
                continue
            if settle and self._noted.get(path) != stamp:
                self._noted[path] = stamp  # still being written? the next look tells
                report.waiting += 1
                continue
            self._noted.pop(path, None)
            if self._consider(path, report, progress):
                self._seen[path] = stamp
            else:  # complete, but not installed yet: the next look tries again at once
                self._noted[path] = stamp
        report.problems = dict(self._problems)
        return report

    def _consider(self, path: Path, report: SyncReport, progress: Progress | None) -> bool:
        """Install ``path`` if it is new or newer; False when it must be tried again at the
        next scan even if it does not change (the database, not the file, failed)."""
        before = self._problems.pop(path, None)
        try:
            file = _read_in_time(path, self.read_timeout_s)
        except SourceError as error:
            self._skip(report, path, [str(error.error)])
            return True
        # A refusal is remembered for these bytes with this signature: a signature added later
        # (the supervisor forgot to sign) is a new case.
        key = file.sha256 + ":" + hashlib.sha256(file.signature or b"").hexdigest()[:16]
        told = key in self._refused_keys()
        try:
            intake = self._intake.install(file, from_folder=True, progress=progress)
        except PackInvalidError as error:
            problems = [str(e) for e in error.errors]
            if told:  # reported when it was first refused (maybe before a restart)
                self._problems[path] = problems
                report.unchanged += 1
            else:
                self._skip(report, path, problems)
                self._remember_refused(key)
            return True
        except StoreError as error:  # the database, not the file: try again next scan
            problems = [f"{path}: {error}"]
            if before == problems:  # told at the scan before: not again every few seconds
                self._problems[path] = problems
            else:
                self._skip(report, path, problems)
            return False
        if intake.outcome is Outcome.INSTALLED and intake.summary is not None:
            report.installed.append(intake.summary)
        else:
            report.unchanged += 1
        return True

    def _skip(self, report: SyncReport, path: Path, problems: list[str]) -> None:
        report.skipped.append((path, problems))
        self._problems[path] = problems

    def _refused_keys(self) -> list[str]:
        if self._refused is None:
            raw = self._intake.kb.setting(REFUSED_SETTING, "[]") or "[]"
            try:
                loaded = json.loads(raw)
            except ValueError:
                loaded = []
            if not isinstance(loaded, list):
                loaded = []
            self._refused = [key for key in loaded if isinstance(key, str)]
        return self._refused

    def _remember_refused(self, key: str) -> None:
        refused = self._refused_keys()
        if key in refused:
            return
        refused.append(key)
        del refused[:-MAX_REMEMBERED]
        try:
            self._intake.kb.set_setting(REFUSED_SETTING, json.dumps(refused))
        except StoreError as error:
            log.warning("could not remember a refused pack file: %s", error)


def _listing(folder: Path) -> tuple[dict[str, tuple[int, int]], list[str]]:
    """Size and modification time (ns) of each regular file in ``folder``, from one listing,
    and the names of its symbolic links (never followed). Raises OSError when the folder
    cannot be read."""
    out = {}
    links = []
    with os.scandir(folder) as entries:
        for entry in entries:
            try:
                if entry.is_symlink():
                    links.append(entry.name)
                    continue
                if not entry.is_file(follow_symlinks=False):
                    continue  # a folder, a named pipe, a device: never opened
                stat = entry.stat(follow_symlinks=False)  # from the listing itself on Windows
            except OSError:  # gone meanwhile
                continue
            out[entry.name] = (stat.st_size, stat.st_mtime_ns)
    return out, links


def _read_in_time(path: Path, timeout: float) -> PackFile:
    """``read_pack_file`` (links not followed) on a thread of its own, given ``timeout``
    seconds: a read that stalls (a share gone quiet, a device file) is left behind, and the
    scan goes on with the next file. The thread is a daemon, so it never keeps the program
    from exiting."""
    result: list[PackFile | BaseException] = []

    def read() -> None:
        try:
            result.append(read_pack_file(path, follow_links=False))
        except BaseException as error:  # handed to the scan below
            result.append(error)

    reader = threading.Thread(target=read, name="pack-folder-read", daemon=True)
    reader.start()
    reader.join(timeout)
    if not result:
        raise SourceError(
            PackError(
                str(path), 1, 1, "", f"could not be read within {timeout:.0f} s; skipped for now"
            )
        )
    if isinstance(result[0], BaseException):
        raise result[0]
    return result[0]


def from_folder(source: str, folder: Path) -> bool:
    """Whether a pack installed from ``source`` (a resolved path) came from ``folder``, where
    only the files directly inside are read."""
    if not source:
        return False
    parent = os.path.normcase(os.path.dirname(source))
    candidates = {os.path.normcase(os.path.abspath(folder))}
    with contextlib.suppress(OSError, RuntimeError):
        candidates.add(os.path.normcase(str(folder.resolve())))
    return parent in candidates
