"""Where a pack, a signature or a cheat sheet may be written: not over a file the same work
reads, nor over the knowledge base. The command line (``-o``) and the pack editor (Save as…,
Cheat sheet) ask the same rule, each in its own words.

Output files are written through links (``-o``, see docs/cli.md), so a link or another name for
an input would replace the input: a signature written over the pack it signs, a pack saved
over the knowledge base.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import NamedTuple

from assistant.core.files import same_file
from assistant.store.database import WRITER_SUFFIX, database_files


class Clash(NamedTuple):
    """An output that would replace an input: ``output`` is ``source``, which is ``what`` to
    the work ('the pack being signed', 'a file of the knowledge base')."""

    output: Path
    source: Path
    what: str


def writes_over(writes: Iterable[Path], reads: Iterable[tuple[Path, str]]) -> Clash | None:
    """The first of ``writes`` (the files the work would write) that is one of ``reads`` (the
    files it reads, each with what it is to the work), or None. Asked before anything is read
    or written."""
    reads = list(reads)
    for output in writes:
        for source, what in reads:
            if same_file(output, source):
                return Clash(output, source, what)
    return None


def knowledge_base_files(database: Path) -> list[tuple[Path, str]]:
    """Every file of the knowledge base at ``database`` (its -wal and -shm, the agent's
    activity file beside it, the note of who writes it), for ``writes_over``: no pack or sheet
    may be written there."""
    files = [*database_files(database), database.with_name(database.name + WRITER_SUFFIX)]
    return [(file, "a file of the knowledge base") for file in files]
