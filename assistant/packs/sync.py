"""Installing packs from a shared folder: how one supervisor updates hundreds of desktops.

Pure logic, no Qt: scan the folder, decide which files hold a pack that is new or newer than
the installed one, validate and import each (one transaction each), and say what happened.
A broken file is reported and skipped, never half-installed; the next scan tries it again only
if the file has changed (a supervisor may still be copying it).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from assistant.core.model import BUILTIN_PACK_ID
from assistant.packs.install import Verifier, builtin_known, keep_copy
from assistant.store.errors import StoreError
from assistant.store.knowledge import KnowledgeBase
from assistant.store.rows import ImportSummary

PACK_SUFFIXES = (".yaml", ".yml", ".json", ".zip")
Stamp = tuple[int, int]  # (size, modification time in ns): has the file changed since?


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
        """The report as short sentences for a notice or a log."""
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
    """Remembers which files were already handled, so a scan every few minutes is cheap."""

    def __init__(self, verify: Verifier | None = None) -> None:
        self._verify = verify
        self._seen: dict[Path, Stamp] = {}

    def scan(
        self,
        kb: KnowledgeBase,
        folder: Path,
        progress: Callable[[str, int, int], None] | None = None,
    ) -> SyncReport:
        """Install every pack in ``folder`` that is new or newer; report the rest."""
        report = SyncReport(folder)
        try:
            candidates = sorted(
                p for p in folder.iterdir() if p.suffix.lower() in PACK_SUFFIXES and p.is_file()
            )
        except OSError as error:
            report.folder_error = str(error.strerror or error)
            report.folder_problem = (
                f"The pack folder {folder} cannot be read ({error.strerror or error}); "
                "packs there were not checked."
            )
            return report
        for path in candidates:
            try:
                stat = path.stat()
            except OSError:
                continue
            stamp = (stat.st_size, stat.st_mtime_ns)
            if self._seen.get(path) == stamp:
                report.unchanged += 1
                continue
            problems = self._consider(kb, path, report, progress)
            if problems:
                report.skipped.append((path, problems))
            self._seen[path] = stamp
        return report

    def _consider(
        self,
        kb: KnowledgeBase,
        path: Path,
        report: SyncReport,
        progress: Callable[[str, int, int], None] | None,
    ) -> list[str]:
        from assistant.packs.loader import validate_pack_bytes
        from assistant.packs.source import SourceError, read_pack_bytes

        try:
            raw = read_pack_bytes(path)
        except SourceError as error:
            return [str(error.error)]
        if self._verify is not None:
            refusal = self._verify(path, raw)
            if refusal:
                return [f"{path}: {refusal}"]
        result = validate_pack_bytes(str(path), raw, builtin_known(kb))
        if result.pack is None:
            return [str(e) for e in result.errors]
        pack = result.pack
        if pack.id == BUILTIN_PACK_ID:
            return [f"{path}: the built-in pack comes with the program, not from a folder"]
        installed = kb.pack_version(pack.id)
        if installed is not None and pack.version < installed:
            report.unchanged += 1
            return []
        if installed == pack.version:
            if kb.pack_sha256(pack.id) != result.sha256:
                return [
                    f"{path}: version {pack.version} of '{pack.id}' is already installed with "
                    "different content; raise the version number to publish a change"
                ]
            report.unchanged += 1
            return []
        report_progress = progress or (lambda phase, done, total: None)
        try:
            report.installed.append(
                kb.import_pack(
                    pack,
                    source=str(path.resolve()),
                    sha256=result.sha256,
                    progress=lambda done, total: report_progress("install", done, total),
                )
            )
        except StoreError as error:
            return [f"{path}: {error}"]
        keep_copy(kb, pack.id, path, raw)
        return []
