"""Drawing cheat sheets (assistant/packs/sheet.py) to PDF with Qt's own PDF writer, with the
sheet's own words in the program's language (the command line has no translations installed:
its sheets are English)."""

from __future__ import annotations

import re

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QObject
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from assistant.core.model import Category
from assistant.core.pack import Campaign, Pack
from assistant.packs.sheet import SheetWords, build_sheets, sheet_html
from assistant.ui import labels
from assistant.ui.i18n import arg

_PAGE = re.compile(rb"/Type\s*/Page\b(?!s)")


class CheatSheet(QObject):
    """The sheet's words, translated (a QObject for its translation context)."""

    def words(self) -> SheetWords:
        hold = self.tr("Check in with a customer on hold at least every %1 s")
        hold_phrase = self.tr("Check in with a customer on hold at least every %1 s: “%2”")
        subtitle = self.tr("%1 · %2 · %3 · %4 v%5")

        def describe(campaign: Campaign, pack: Pack) -> str:
            return arg(
                subtitle,
                labels.shown(labels.CAMPAIGN_TYPES, campaign.type),
                labels.shown(labels.DIRECTIONS, campaign.direction),
                labels.shown(labels.REACHES, campaign.reach),
                pack.name,
                pack.version,
            )

        def category(value: Category) -> str:
            return labels.shown(labels.CATEGORIES, value)

        return SheetWords(
            call_flow=self.tr("Call flow"),
            required=self.tr("(required)"),
            customer_moods=self.tr("Customer moods"),
            signs=self.tr("Signs:"),
            do=self.tr("Do:"),
            avoid=self.tr("Avoid:"),
            phrases=self.tr("Phrases"),
            optional=self.tr("optional"),
            for_example=self.tr("e.g."),
            hold=lambda seconds: arg(hold, seconds),
            hold_with_phrase=lambda seconds, phrase: arg(hold_phrase, seconds, phrase),
            subtitle=describe,
            category=category,
        )

    def title(self, pack: Pack) -> str:
        return arg(self.tr("%1: cheat sheet"), pack.name)


def draw_sheet_pdf(
    pack: Pack,
    campaign_id: str | None = None,
    fallback: Pack | None = None,
    *,
    words: SheetWords | None = None,
    title: str | None = None,
) -> tuple[bytes, int]:
    """The cheat sheet(s) of ``pack`` as a PDF (A4), drawn in memory, and its number of pages.
    Needs a QGuiApplication (offscreen is fine); runs on any thread when ``words`` and
    ``title`` were made (translated) on the GUI thread. Raises SheetError, or OSError when
    Qt made no page."""
    if words is None or title is None:
        cheat_sheet = CheatSheet()
        words, title = words or cheat_sheet.words(), title or cheat_sheet.title(pack)
    sheets = build_sheets(pack, campaign_id, fallback, words)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
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
    document.setHtml(sheet_html(sheets, words))
    document.print_(writer)
    del writer  # finishes the file
    data = bytes(buffer.data().data())
    buffer.close()
    # The document counts pages at its own page size; count what the writer produced.
    pages = len(_PAGE.findall(data))
    if pages == 0:
        raise OSError("the PDF could not be drawn")
    return data, pages
