"""Installing packs from a shared folder: how one supervisor updates hundreds of desktops.

Qt-free: scan the folder, hand every new or changed file to the pack intake (read once, hash
first: bytes already installed are not parsed), and say what happened. A scan reads only
files whose size or time changed since the last scan. A broken or refused file is reported
once and remembered by its hash (in the agent's settings table, so a restart does not report
it again); it never stops the other files from installing, and it is looked at again only when
its content changes (a supervisor may still be copying it).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import threading
from dataclasses import dataclass, field
from pathlib import Path

from assistant.packs.errors import PackError, PackInvalidError, SourceError
from assistant.packs.packfile import PackFile, read_pack_file
from assistant.services.intake import Outcome, PackIntake, Progress
from assistant.store.errors import StoreError
from assistant.store.rows import ImportSummary

log = logging.getLogger(__name__)

PACK_SUFFIXES = (".yaml", ".yml", ".json", ".zip")
# Sizes and modification times (ns) of a pack file and its signature: changed since?
Stamp = tuple[int, int, int, int]
REFUSED_SETTING = "shared_folder/refused"
READ_TIMEOUT_S = 20.0  # a stalled share or a special file must not hold the scan forever
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
                f"{summary.phrases} phrases."
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
        self._refused: list[str] | None = None  # hashes, oldest first; loaded on first use
        self._links: set[Path] = set()  # links reported already
        self.read_timeout_s = READ_TIMEOUT_S

    def scan(self, folder: Path, progress: Progress | None = None) -> SyncReport:
        """Install every pack in ``folder`` that is new or newer; report the rest."""
        report = SyncReport(folder)
        try:
            candidates = self._candidates(folder, report)
        except OSError as error:
            report.folder_error = str(error.strerror or error)
            report.folder_problem = (
                f"The pack folder {folder} cannot be read ({error.strerror or error}); "
                "packs there were not checked."
            )
            return report
        for path in candidates:
            stamp = _stamp(path)
            if stamp is None:
                continue
            if self._seen.get(path) == stamp:
                report.unchanged += 1
                continue
            self._consider(path, report, progress)
            self._seen[path] = stamp
        return report

    def _candidates(self, folder: Path, report: SyncReport) -> list[Path]:
        """The regular files with a pack's name in ``folder`` itself. A symbolic link is never
        followed (one to /etc/shadow would be read, and its lines quoted back in validation
        messages): it is reported once and skipped."""
        found = []
        with os.scandir(folder) as entries:
            for entry in entries:
                if Path(entry.name).suffix.lower() not in PACK_SUFFIXES:
                    continue
                path = folder / entry.name
                if entry.is_symlink():
                    if path not in self._links:
                        self._links.add(path)
                        problem = (
                            f"{path}: is a link, not a file; only files in the folder are read"
                        )
                        report.skipped.append((path, [problem]))
                    continue
                if entry.is_file(follow_symlinks=False):
                    found.append(path)
        return sorted(found)

    def _consider(self, path: Path, report: SyncReport, progress: Progress | None) -> None:
        try:
            file = _read_in_time(path, self.read_timeout_s)
        except SourceError as error:
            report.skipped.append((path, [str(error.error)]))
            return
        # A refusal is remembered for these bytes with this signature: a signature added later
        # (the supervisor forgot to sign) is a new case.
        key = file.sha256 + ":" + hashlib.sha256(file.signature or b"").hexdigest()[:16]
        if key in self._refused_keys():
            report.unchanged += 1  # reported when it was first refused
            return
        try:
            intake = self._intake.install(file, from_folder=True, progress=progress)
        except PackInvalidError as error:
            report.skipped.append((path, [str(e) for e in error.errors]))
            self._remember_refused(key)
            return
        except StoreError as error:  # the database, not the file: try again next scan
            report.skipped.append((path, [f"{path}: {error}"]))
            return
        if intake.outcome is Outcome.INSTALLED and intake.summary is not None:
            report.installed.append(intake.summary)
        else:
            report.unchanged += 1

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


def _stamp(path: Path) -> Stamp | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    try:
        signed = path.with_name(path.name + ".sig").stat()
        signature = (signed.st_size, signed.st_mtime_ns)
    except OSError:
        signature = (-1, -1)
    return (stat.st_size, stat.st_mtime_ns, *signature)
