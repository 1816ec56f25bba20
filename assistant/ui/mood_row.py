"""The row of customer moods: "Mood", a button per mood, and a menu of every mood when
they are not all buttons.

The row never takes more than MAX_LINES lines. A pack with more moods than fit shows the first
ones (and the one picked) as buttons and "N more", a menu of every mood. During a call with a
mood picked the row folds to that mood and "Change": then the agent reads its tips, and the
lines the other moods took go to them. Either way every mood is a few keys away: Tab to the
row, the arrow keys between its buttons, Space to pick.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QAbstractButton, QButtonGroup, QLabel, QMenu, QToolButton, QWidget

from assistant.ui.flow_layout import FlowLayout, line_count, wrapped_height
from assistant.ui.i18n import arg
from assistant.ui.layout_pass import one_layout_pass
from assistant.ui.plain import tooltip

if TYPE_CHECKING:
    from PySide6.QtGui import QAction, QKeyEvent, QResizeEvent

# The most lines of buttons the row takes, its heading's included: 16 moods fit in 4 at 420 px.
MAX_LINES = 4
SPACING = 4
_ARROWS = {Qt.Key.Key_Left: -1, Qt.Key.Key_Up: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Down: 1}


class MoodRow(QWidget):
    """The mood buttons (click one again to clear it) and, when some are not shown, the menu
    button that lists every mood. Says which mood the agent picked; shows what it is told."""

    picked = Signal(int)  # the index of the mood picked, -1 when cleared

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Customer personas"))
        # When the mood panel grows or shrinks under the row (its tips taking the campaign
        # line), Qt paints the whole panel again, this row's every button too, unless the row
        # is opaque and its contents static: then only a button whose state changed is painted.
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents)
        self.setAutoFillBackground(True)
        self.flow = FlowLayout(self, spacing=SPACING)
        # The heading leads the row rather than taking a line of its own, in one word:
        # "Customer mood" took as much of the first line as two moods.
        self.heading = QLabel(self.tr("Mood"), self)
        self.heading.setObjectName("moodHeading")
        self.heading.setToolTip(self.tr("The customer's mood: pick one to see how to handle it"))
        self.heading.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.flow.addWidget(self.heading)
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)  # exclusivity by hand, so a second click clears
        self.group.buttonClicked.connect(self._on_button)
        self.menu = QMenu(self)
        self.menu.setToolTipsVisible(True)  # each mood's signs, as on its button
        # Filled when first needed: most windows never open it, and a start has no time to
        # spare (a QAction per mood).
        self.menu.aboutToShow.connect(self._fill_menu)
        self._moods: list[tuple[str, str]] = []
        self._menu_filled = False
        self.more = QToolButton(self)
        self.more.setObjectName("moodMore")
        self.more.setMenu(self.menu)
        self.more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.more.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.more.hide()
        self.flow.addWidget(self.more)
        self._checked = -1
        self._folded = False
        self._width = 0  # as laid out; 0 until shown, when every button is shown

    def set_moods(self, moods: list[tuple[str, str]]) -> None:
        """A button and a menu entry per mood: (name, how to recognise it)."""
        for button in self.group.buttons():
            self.group.removeButton(button)
            self.flow.removeWidget(button)
            button.deleteLater()
        self._moods = list(moods)
        self._menu_filled = False
        self._checked = -1
        self.flow.removeWidget(self.more)  # back at the end, after the new buttons
        for index, (name, signs) in enumerate(moods):
            button = QToolButton(self)
            button.setObjectName("mood")
            button.setText(_literal(name))
            button.setCheckable(True)
            button.setAccessibleName(arg(self.tr("Persona: %1"), name))
            # How to recognise it, where the agent's pointer is.
            button.setToolTip(tooltip(signs or name))
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            self.group.addButton(button, index)
            self.flow.addWidget(button)
            # As tall as a mood button, so the heading's text sits on the buttons' line.
            self.heading.setMinimumHeight(button.sizeHint().height())
        self.flow.addWidget(self.more)
        self._fit()

    def check(self, index: int) -> None:
        """Show the mood at ``index`` as the one picked (-1: none)."""
        self._checked = index
        for button in self.group.buttons():
            button.setChecked(self.group.id(button) == index)
        if self._menu_filled:
            for number, action in enumerate(self.menu.actions()):
                action.setChecked(number == index)
        self._fit()

    def set_folded(self, folded: bool) -> None:
        """Folded, a picked mood is the only button, beside "Change"."""
        if folded != self._folded:
            self._folded = folded
            self._fit()

    @property
    def folded(self) -> bool:
        return self._folded and self._checked >= 0

    def unfolded_height(self) -> int:
        """The row's height at its width with no mood folded: what it takes between calls.
        The persona panel asks for that room during a call too (ui/persona_panel.py)."""
        widgets = [self.heading, *self.group.buttons()]
        if self._width <= 0:
            return self.minimumSizeHint().height()
        sizes = [widget.sizeHint() for widget in widgets]
        every = wrapped_height(sizes, self._width, SPACING)
        # More moods than fit: the first ones and "N more", in MAX_LINES lines.
        line = max(size.height() for size in sizes)
        return min(every, MAX_LINES * line + (MAX_LINES - 1) * SPACING)

    def folded_height(self) -> int:
        """The row's height at its width folded to its widest mood and "Change"."""
        buttons = self.group.buttons()
        if self._width <= 0 or not buttons:
            return self.minimumSizeHint().height()
        widest = max(buttons, key=lambda button: button.sizeHint().width()).sizeHint()
        # "Change" as tall as a mood (the menu button's hint is taller while it says "N more").
        change = QSize(self.more.sizeHint().width(), widest.height())
        return wrapped_height([self.heading.sizeHint(), widest, change], self._width, SPACING)

    def mood_actions(self) -> list[QAction]:
        """The menu's entries, a mood each, in the pack's order."""
        self._fill_menu()
        return self.menu.actions()

    def _fill_menu(self) -> None:
        if self._menu_filled:
            return
        self._menu_filled = True
        self.menu.clear()
        for index, (name, signs) in enumerate(self._moods):
            action = self.menu.addAction(_literal(name))
            action.setCheckable(True)
            action.setChecked(index == self._checked)
            action.setToolTip(tooltip(signs or name))
            action.triggered.connect(lambda _on=False, index=index: self.picked.emit(index))

    def shown_buttons(self) -> list[QAbstractButton]:
        return [button for button in self.group.buttons() if not button.isHidden()]

    def _on_button(self, button: QAbstractButton) -> None:
        self.picked.emit(self.group.id(button) if button.isChecked() else -1)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        """The arrow keys move between the row's buttons: a button group that is not exclusive
        moves nothing itself (the buttons pass the keys up to the row)."""
        step = _ARROWS.get(Qt.Key(event.key()))
        buttons: list[QWidget] = [*self.shown_buttons()]
        if not self.more.isHidden():
            buttons.append(self.more)
        focused = self.focusWidget()
        if step is None or focused not in buttons:
            super().keyPressEvent(event)
            return
        index = buttons.index(focused) + step
        if 0 <= index < len(buttons):
            reason = (
                Qt.FocusReason.TabFocusReason if step > 0 else Qt.FocusReason.BacktabFocusReason
            )
            buttons[index].setFocus(reason)
        event.accept()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        if event.size().width() != self._width:
            self._width = event.size().width()
            self._fit()

    # ------------------------------------------------------------------ which buttons show

    def _fit(self) -> None:
        buttons = self.group.buttons()
        if self.folded:
            shown = [self._checked]
            self._name_more(folded=True)
        else:
            shown = self._fitting(len(buttons))
        wanted = [self.group.id(button) in shown for button in buttons]
        wanted.append(len(shown) < len(buttons))  # the menu button
        if wanted == self._shown():
            return  # nothing to show or hide: nothing to lay out
        # Qt lays out every visible ancestor of a widget it shows, there and then: a call's end
        # unfolding 16 moods laid the whole window out 16 times (10 ms of the window's thread).
        with one_layout_pass(self):
            for button, show in zip([*buttons, self.more], wanted, strict=True):
                button.setHidden(not show)
        # Other buttons, maybe another number of lines: the parent's layout asks again (it
        # keeps the height it was told for this width until told it changed).
        self.updateGeometry()

    def _shown(self) -> list[bool]:
        return [not button.isHidden() for button in [*self.group.buttons(), self.more]]

    def _fitting(self, count: int) -> list[int]:
        """The moods shown as buttons: all when they fit in MAX_LINES lines, else the first
        ones that fit with the menu button (and the picked one, wherever it is)."""
        every = list(range(count))
        if self._width <= 0 or self._lines(every, more=False) <= MAX_LINES:
            return every
        shown: list[int] = []
        for first in range(count - 1, -1, -1):
            shown = [*range(first), *([self._checked] if self._checked >= first else [])]
            self._name_more(folded=False, hidden=count - len(shown))
            if self._lines(shown, more=True) <= MAX_LINES:
                break
        return shown

    def _lines(self, shown: list[int], *, more: bool) -> int:
        widths = [self.heading.sizeHint().width()]
        widths += [self.group.button(index).sizeHint().width() for index in shown]
        if more:
            widths.append(self.more.sizeHint().width())
        return line_count(widths, self._width, SPACING)

    def _name_more(self, *, folded: bool, hidden: int = 0) -> None:
        if folded:
            self.more.setText(self.tr("Change"))
            self.more.setAccessibleName(self.tr("Change the customer's mood"))
            self.more.setToolTip(self.tr("Every customer mood, to pick another"))
        else:
            self.more.setText(self.tr("%n more", "", hidden))
            self.more.setAccessibleName(self.tr("More customer moods"))
            self.more.setToolTip(self.tr("Every customer mood, those without a button too"))


def _literal(name: str) -> str:
    """A mood's name as a button or menu entry shows it: its & a character, not a mnemonic."""
    return name.replace("&", "&&")
