"""The hold timer bar: elapsed time, the next check-in point, and the check-in line to copy.

It shows the desk's hold (services/sessions.py HoldSession) and forwards its buttons to the
desk's actions (ui/desk_actions.py); the rules (when to turn amber or red, when to remind,
catch-up after sleep) live in core.hold.HoldTimer. It arms one precise single-shot timer to the
next absolute deadline the core names, so reminders never drift.
"""

from __future__ import annotations

import math

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from assistant.core.hold import HoldTimer, Nag, Phase, format_duration
from assistant.services.events import DeskEvent, HoldCheckedIn, HoldEnded, HoldStarted
from assistant.services.sessions import HoldSession
from assistant.ui.buttons import CompactButton, set_text
from assistant.ui.desk_actions import DeskActions
from assistant.ui.elided_label import ElidedLine
from assistant.ui.events import DeskEvents
from assistant.ui.i18n import arg
from assistant.ui.theme import restyle
from assistant.ui.wrapping import WrappingWidget

# The display ticks a moment after the shown time turns over (float rounding at the boundary
# must not leave the old second on screen); reminders have their own precise timer.
TICK_MARGIN_MS = 2


class HoldBar(WrappingWidget):
    """Shows the desk's hold; its buttons trigger the desk's actions.

    Its check-in line wraps; as a WrappingWidget a short window never squeezes it."""

    nagged = Signal(object)  # core.hold.Nag: the window asks for attention
    copy_phrase_requested = Signal()

    def __init__(
        self,
        hold: HoldSession,
        actions: DeskActions,
        events: DeskEvents,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("holdBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.hold = hold
        self._last_nag: Nag | None = None
        self._look: tuple[bool, str] | None = None  # (holding, nag) as last styled

        self.toggle = CompactButton(self.tr("Start hold"), self)
        self.toggle.setToolTip(self.tr("Put the customer on hold, or end the hold (Ctrl+H)"))
        self.toggle.setAccessibleName(self.tr("Start or end hold"))
        self.check_in_button = CompactButton(self.tr("Check in"), self)
        self.check_in_button.setToolTip(
            self.tr("You spoke to the held customer: restart the countdown (Ctrl+J)")
        )
        self.check_in_button.setAccessibleName(self.tr("Check in with the held customer"))
        self.check_in_button.setEnabled(False)
        self.elapsed_label = QLabel("00:00", self)
        self.elapsed_label.setObjectName("holdElapsed")
        self.elapsed_label.setAccessibleName(self.tr("Time on hold"))
        self.next_label = ElidedLine(self)
        self.next_label.setObjectName("holdNext")
        self.next_label.setAccessibleName(self.tr("Next check-in"))
        title = QLabel(self.tr("HOLD"), self)
        title.setObjectName("holdTitle")
        texts = QVBoxLayout()
        texts.setSpacing(0)
        texts.addWidget(self.elapsed_label)
        texts.addWidget(self.next_label)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addLayout(texts, 1)
        top.addWidget(self.check_in_button)
        top.addWidget(self.toggle)

        # The check-in line, shown from the amber warning on, ready to copy with one key.
        self.phrase_row = QWidget(self)
        self.phrase_label = QLabel(self.phrase_row)
        self.phrase_label.setTextFormat(Qt.TextFormat.PlainText)  # pack text, never markup
        self.phrase_label.setObjectName("holdPhrase")
        self.phrase_label.setWordWrap(True)
        self.phrase_label.setAccessibleName(self.tr("Check-in phrase"))
        self.copy_button = CompactButton(self.tr("Copy"), self.phrase_row)
        self.copy_button.setToolTip(self.tr("Copy the check-in phrase (Ctrl+Shift+J)"))
        self.copy_button.setAccessibleName(self.tr("Copy the check-in phrase"))
        phrase_layout = QHBoxLayout(self.phrase_row)
        phrase_layout.setContentsMargins(0, 0, 0, 0)
        phrase_layout.addWidget(self.phrase_label, 1)
        phrase_layout.addWidget(self.copy_button, 0, Qt.AlignmentFlag.AlignTop)
        self.phrase_row.hide()
        self._phrase_text = ""

        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.phrase_row)

        # One precise single-shot timer, re-armed to the next absolute deadline.
        self.deadline_timer = QTimer(self)
        self.deadline_timer.setSingleShot(True)
        self.deadline_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.deadline_timer.timeout.connect(self.on_deadline)
        # The display tick: single-shot, armed to when the shown text next changes (once a
        # second, not four times), precise so that it does not come early and tick twice.
        self._tick = QTimer(self)
        self._tick.setSingleShot(True)
        self._tick.setTimerType(Qt.TimerType.PreciseTimer)
        self._tick.timeout.connect(self._on_tick)
        self.toggle.clicked.connect(actions.hold_toggle.trigger)
        self.check_in_button.clicked.connect(actions.check_in.trigger)
        self.copy_button.clicked.connect(self.copy_phrase_requested)
        events.happened.connect(self._on_desk)
        self.update_display()

    # ---------------------------------------------------------------- configuration

    def set_check_in_phrase(self, text: str) -> None:
        """The campaign's check-in line as it would be pasted now ('' when it has none)."""
        if text != self._phrase_text:
            self._phrase_text = text
            self.phrase_label.setText(text)
            self.update_display()

    @property
    def running(self) -> bool:
        return self.hold.running

    @property
    def last_nag(self) -> Nag | None:
        return self._last_nag

    def phase(self) -> Phase:
        return self.hold.timer.phase(self.hold.now())

    def _on_desk(self, event: DeskEvent) -> None:
        if isinstance(event, HoldStarted | HoldCheckedIn | HoldEnded):
            self._last_nag = None
            self._after_change()
        else:
            self.update_display()  # the next hold's interval, after a campaign change

    # ---------------------------------------------------------------- timing

    def _after_change(self) -> None:
        self.arm()
        self.update_display()
        self._arm_tick()

    def _arm_tick(self) -> None:
        """Arm the display tick to the next turn of a shown second (or stop it when idle)."""
        wait = next_second_change(self.hold.timer, self.hold.now())
        if wait is None:
            self._tick.stop()
        else:
            self._tick.start(math.ceil(wait * 1000.0) + TICK_MARGIN_MS)

    def arm(self) -> None:
        """Arm the single-shot timer to the next deadline the core names (or stop it)."""
        wait = self.hold.next_wakeup()
        if wait is None:
            self.deadline_timer.stop()
            return
        self.deadline_timer.start(max(0, math.ceil(wait * 1000.0)))

    def on_deadline(self) -> None:
        """A deadline came: hand out a due reminder, repaint, and arm for the next one."""
        nag = self.hold.poll()
        if nag is not None:
            self._last_nag = nag
            self.nagged.emit(nag)
        self.update_display()
        self.arm()

    def _on_tick(self) -> None:
        # A timer suspended with the computer (sleep) can come back late; the display tick
        # notices a passed deadline and lets the core fold the missed reminders into one.
        wait = self.hold.next_wakeup()
        if wait is not None and wait <= 0:
            self.on_deadline()
        else:
            self.update_display()
        self._arm_tick()

    # ---------------------------------------------------------------- display

    def update_display(self) -> None:
        # Called once a second during a hold, and on each deadline: touch only what changed,
        # so a call that changes nothing costs no repaint (and, with PySide6 6.12 on Python
        # 3.11, no leaked None).
        timer = self.hold.timer
        now = self.hold.now()
        running = timer.running
        phase = timer.phase(now)
        set_text(self.toggle, self.tr("End hold") if running else self.tr("Start hold"))
        if self.check_in_button.isEnabled() != running:
            self.check_in_button.setEnabled(running)
        set_text(self.elapsed_label, format_duration(timer.elapsed(now)))
        if running:
            left = timer.until_check_in(now) or 0.0
            if left > 0:
                text = arg(self.tr("check in within %1"), format_duration(math.ceil(left)))
            else:
                level = timer.level(now)
                over = format_duration(-left)
                # Short enough for the bar at 420 px beside its two buttons.
                text = (
                    arg(self.tr("overdue %1 · reminder %2"), over, level)
                    if level > 1
                    else arg(self.tr("check in now · %1 over"), over)
                )
        else:
            every = format_duration(timer.check_in_seconds)
            text = arg(self.tr("check in every %1"), every)
        set_text(self.next_label, text)
        show_phrase = bool(self._phrase_text) and phase in (Phase.WARNING, Phase.DUE)
        if self.phrase_row.isHidden() == show_phrase:
            self.phrase_row.setVisible(show_phrase)
        nag = {Phase.WARNING: "warning", Phase.DUE: "due"}.get(phase, "none")
        if self._look != (running, nag):
            self._look = (running, nag)
            self.setProperty("holding", running)
            self.setProperty("nag", nag)
            restyle((self, *self.findChildren(QLabel)))


def next_second_change(timer: HoldTimer, now: float) -> float | None:
    """Seconds from ``now`` until the bar's text next changes; None when no hold runs.

    The elapsed time turns over a whole second after the start, the countdown (and the time
    overdue) a whole second before (after) the check-in point; after a check-in the two no
    longer agree, so the nearer one is taken.
    """
    started, point = timer.started, timer.next_check_in()
    if not timer.running or started is None:
        return None
    turns = [started + math.floor(now - started) + 1.0]
    if point is not None:
        turns.append(point + math.floor(now - point) + 1.0)
    return max(0.0, min(turns) - now)
