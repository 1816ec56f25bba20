"""The persona-tip panel: one click names the customer's mood and shows how to handle it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import QAbstractButton, QFrame, QScrollArea, QVBoxLayout, QWidget

from assistant.core.model import Ref
from assistant.services.events import CallEnded, CallStarted, DeskEvent, HoldEnded, HoldStarted
from assistant.store.rows import PersonaRow
from assistant.ui.card_page import CardPage
from assistant.ui.events import DeskEvents
from assistant.ui.mood_row import MoodRow
from assistant.ui.plain import escape
from assistant.ui.rich_label import MeasuredLabel

if TYPE_CHECKING:
    from PySide6.QtGui import QResizeEvent, QShowEvent


# The lines of "Do" a chosen mood keeps in view however short the window (the rest scrolls).
DO_LINES = 3
HEADING_MARGIN = 2  # above a section's heading, in pixels


def _section(title: str, items: tuple[str, ...]) -> str:
    rows = "".join(f"<li>{escape(item)}</li>" for item in items)
    return (
        f"<p style='margin:{HEADING_MARGIN}px 0 0 0'><b>{escape(title)}</b></p>"
        # A list's indent is 40 px; most of it back to the tips, bullets stay in line.
        f"<ul style='margin:0 0 0 -26px; -qt-list-indent:1'>{rows}</ul>"
    )


def tips_html(persona: PersonaRow) -> str:
    """The card of a chosen mood: what to do first, then what to avoid (what the agent needs
    once the mood is named), then the signs it was recognised by. Every piece of pack text is
    escaped: shown as text, never as markup. The headings are the agent's language; the tips
    are the pack's."""
    parts = []
    for title, items in (
        (QCoreApplication.translate("PersonaPanel", "Do"), persona.tips),
        (QCoreApplication.translate("PersonaPanel", "Avoid"), persona.avoid),
        (QCoreApplication.translate("PersonaPanel", "Signs"), persona.signs),
    ):
        if items:
            parts.append(_section(title, items))
    return "".join(parts)


def guide_html(personas: list[PersonaRow]) -> str:
    """The card before a mood is chosen: how to recognise each one (choosing is when the signs
    matter)."""
    hint = QCoreApplication.translate(
        "PersonaPanel", "Pick the customer's mood to see what to do and what to avoid."
    )
    parts = [f"<p style='margin:0'>{escape(hint)}</p>"]
    for persona in personas:
        if persona.signs:
            signs = " · ".join(escape(sign) for sign in persona.signs)
            parts.append(f"<p style='margin:2px 0 0 0'><b>{escape(persona.name)}</b>: {signs}</p>")
    return "".join(parts)


class TipsCard(QScrollArea):
    """The scrolling card of tips. When the window is short it gives way, down to one line
    with no mood chosen and down to the "Do" heading and DO_LINES lines of it with one (the
    rest scrolls), so the mood buttons above and the phrases below stay whole."""

    def __init__(self, panel: PersonaPanel) -> None:
        super().__init__(panel)
        self._panel = panel
        self._width = 0

    def minimumSizeHint(self) -> QSize:
        size = super().minimumSizeHint()
        return QSize(size.width(), self._panel.card_minimum_height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        if event.size().width() != self._width:
            self._width = event.size().width()
            self.updateGeometry()  # another width, maybe more lines to keep in view


class PersonaPanel(QWidget):
    """The row of moods (ui/mood_row.py: click one again to clear it) and the chosen mood's
    card of tips. During a call the row folds to the chosen mood, so the card gets its lines.

    The persona's suggested phrases are shown first in the phrase library (see MainWindow).
    """

    persona_changed = Signal(object)  # PersonaRow | None

    def __init__(self, parent: QWidget | None = None, *, events: DeskEvents | None = None) -> None:
        super().__init__(parent)
        self._personas: list[PersonaRow] = []
        self._current: PersonaRow | None = None
        self._kept_height: tuple[tuple[object, ...], int] | None = None
        self._guide_ready = False
        self._desk = events.desk if events is not None else None
        # The heading, a button per mood and the menu of every mood (ui/mood_row.py).
        self.buttons_box = MoodRow(self)
        self.group = self.buttons_box.group
        self.buttons_box.picked.connect(self._on_picked)
        self._page = CardPage()
        self.tips = self._page.add(self.tr("How to handle this customer"))
        self.guide = self._page.add(self.tr("How to recognise each customer mood"))
        self.guide.setTextFormat(Qt.TextFormat.RichText)
        self.card = TipsCard(self)
        self.card.setObjectName("personaCard")
        self.card.setWidget(self._page)
        self.card.setWidgetResizable(True)
        self.card.setFrameShape(QFrame.Shape.NoFrame)
        self.card.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = self._box = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.buttons_box)
        layout.addWidget(self.card, 1)
        self._show(None)
        if events is not None:
            events.happened.connect(self._on_desk)

    def sizeHint(self) -> QSize:  # noqa: N802
        """The room the panel takes between calls (every mood a button, one line of the
        card) or during a call with a mood picked (the row folded, the card keeping its "Do"
        in view), whichever is more, and its minimum when that is more still; never what its
        texts would fill (the card scrolls). The same before, during and after a call: the
        window shares its room by these hints, and a hint that followed the call laid the
        whole window out again at each call's start and end, a hold's, and a mood picked
        during a call (and repainted all of it at a call's end, the longest pause of a
        shift)."""
        row, spacing = self.buttons_box, self._box.spacing()
        between_calls = row.unfolded_height() + spacing + self._one_line()
        during_call = row.folded_height() + spacing + self._any_mood_minimum()
        size = self.minimumSizeHint()
        return QSize(size.width(), max(size.height(), between_calls, during_call))

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        # The row of moods reports its wrapped height as its minimum (ui/flow_layout.py), and
        # the card scrolls: the panel has a height range, not one height per width. (A box
        # laying out a height-for-width item gives it exactly that height: beside the call
        # details in a wide window, the tips would take it all.)
        return False

    def _on_desk(self, event: DeskEvent) -> None:
        if isinstance(event, CallEnded):
            self.select(None)  # the mood was this customer's, as the name was
        elif isinstance(event, CallStarted | HoldStarted | HoldEnded):
            self._fold()

    def _fold(self) -> None:
        # With a customer on the line (a call, or a hold without one) the picked mood's tips
        # are what the agent reads: the other moods step aside for them (one key away, in the
        # row's menu).
        with_customer = self._desk is not None and self._desk.with_customer
        self.buttons_box.set_folded(with_customer and self._current is not None)

    def set_personas(self, personas: list[PersonaRow]) -> None:
        keep = self._current.ref if self._current else None
        self._personas = personas
        self.buttons_box.set_moods(
            [(persona.name, "\n".join(persona.signs)) for persona in personas]
        )
        if self._guide_ready:
            self.guide.setText(guide_html(personas))  # the guide names these moods
        self.select(keep)

    def personas(self) -> list[PersonaRow]:
        return list(self._personas)

    def current(self) -> PersonaRow | None:
        return self._current

    def select(self, ref: Ref | None) -> None:
        """Choose the persona with this key; None (or an unknown key) clears the choice."""
        index = next((i for i, p in enumerate(self._personas) if p.ref == ref), -1)
        # The card first: the row's buttons shown or hidden lay the window out there and then,
        # with the card's minimum as it is by then.
        self._show(self._personas[index] if index >= 0 else None)
        self.buttons_box.check(index)

    def button_for(self, ref: Ref) -> QAbstractButton | None:
        index = next((i for i, p in enumerate(self._personas) if p.ref == ref), -1)
        return self.group.button(index) if index >= 0 else None

    def _on_picked(self, index: int) -> None:
        self.select(self._personas[index].ref if index >= 0 else None)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if not self._guide_ready:
            # The guide is rich text, whose first layout costs a start ~7 ms: it follows the
            # first paint, which shows the hint alone.
            QTimer.singleShot(0, self, self._show_guide)

    def _show_guide(self) -> None:
        self._guide_ready = True
        self.guide.setText(guide_html(self._personas))
        if self._current is None:
            self._show(None)

    def _show(self, persona: PersonaRow | None) -> None:
        changed = persona != self._current
        self._current = persona
        if persona is not None:
            self.tips.setTextFormat(Qt.TextFormat.RichText)
            self.tips.setText(tips_html(persona))
        elif not self._guide_ready:
            self.tips.setTextFormat(Qt.TextFormat.PlainText)
            self.tips.setText(
                self.tr("Pick the customer's mood to see what to do and what to avoid.")
            )
        self._page.show_only(self.guide if persona is None and self._guide_ready else self.tips)
        if changed:
            self.card.verticalScrollBar().setValue(0)  # from the top: "Do" first
        self.card.updateGeometry()  # before the row folds or unfolds (see select)
        self._fold()
        if changed:
            self.persona_changed.emit(persona)

    def card_minimum_height(self) -> int:
        """What the card keeps in view: one line, or with a mood chosen its "Do" heading and
        DO_LINES lines of it (wrapped at the card's width), with the card's padding."""
        persona = self._current
        if persona is None or not persona.tips:
            return self._one_line()
        label = self.tips
        padding = _padding(label)
        frame = 2 * self.card.frameWidth()
        side = label.width() - label.contentsRect().width() if label.width() else 0
        scroll_bar = self.card.verticalScrollBar().sizeHint().width()
        width = max(40, self.card.width() - frame - scroll_bar - side)
        key = (persona.ref, persona.tips, width, label.font().key(), padding, frame)
        if self._kept_height is None or self._kept_height[0] != key:
            self._kept_height = (key, self._do_height(persona, width))
        return self._kept_height[1] + padding + frame

    def card_label(self) -> MeasuredLabel:
        """The label the card shows: the guide, or the chosen mood's tips (or, until the
        first paint, the hint)."""
        return self._page.shown()

    def _one_line(self) -> int:
        """The card's height for one line of text, with its padding."""
        return self._lines(1)

    def _any_mood_minimum(self) -> int:
        """card_minimum_height() with any mood chosen whose "Do" has DO_LINES lines or more:
        its heading and DO_LINES lines (counted, not laid out: a start lays out no tips)."""
        return self._lines(1 + DO_LINES) + HEADING_MARGIN

    def _lines(self, count: int) -> int:
        label = self.card_label()
        line = label.fontMetrics().lineSpacing()
        return count * line + _padding(label) + 2 * self.card.frameWidth()

    def _do_height(self, persona: PersonaRow, width: int) -> int:
        """The height of the "Do" heading and its first DO_LINES lines, laid out as the card
        lays them out (a QLabel's rich text is a QTextDocument without margins)."""
        # Imported here: a start shows no mood's tips, and each Qt class costs start-up time.
        from PySide6.QtGui import QTextDocument

        document = QTextDocument()
        document.setDefaultFont(self.tips.font())
        document.setDocumentMargin(0)
        document.setHtml(_section(self.tr("Do"), persona.tips))
        document.setTextWidth(width)
        layout = document.documentLayout()
        bottom, lines = 0.0, 0
        block = document.begin().next()  # after the heading
        while block.isValid() and lines < DO_LINES:
            text_layout = block.layout()
            top = layout.blockBoundingRect(block).top()
            for number in range(text_layout.lineCount()):
                line = text_layout.lineAt(number)
                bottom = top + line.y() + line.height()
                lines += 1
                if lines == DO_LINES:
                    break
            block = block.next()
        return int(bottom + 0.999)


def _padding(label: QWidget) -> int:
    """What a card label's style adds above and below its text (0 before it is laid out)."""
    return label.height() - label.contentsRect().height() if label.height() else 0
