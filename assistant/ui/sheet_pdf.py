"""Drawing cheat sheets (assistant/packs/sheet.py) to PDF with Qt's own PDF writer."""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from assistant.core.model import Pack
from assistant.packs.sheet import build_sheets, sheet_html

_PAGE = re.compile(rb"/Type\s*/Page\b(?!s)")


def write_sheet_pdf(
    pack: Pack, path: Path, campaign_id: str | None = None, fallback: Pack | None = None
) -> int:
    """Write the cheat sheet(s) of ``pack`` to ``path`` (A4); returns the number of pages.
    Needs a QGuiApplication (offscreen is fine). Raises SheetError or OSError."""
    sheets = build_sheets(pack, campaign_id, fallback)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(handle)
    try:
        writer = QPdfWriter(temporary)
        writer.setTitle(f"{pack.name}: cheat sheet")
        writer.setCreator("Agent Assistant")
        writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Portrait,
                QMarginsF(12, 12, 12, 12),
                QPageLayout.Unit.Millimeter,
            )
        )
        document = QTextDocument()
        document.setHtml(sheet_html(sheets))
        document.print_(writer)
        del writer  # finishes the file
        # The document counts pages at its own page size; count what the writer produced.
        pages = len(_PAGE.findall(Path(temporary).read_bytes()))
        if pages == 0:
            raise OSError(f"{path}: the PDF could not be written")
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return pages
