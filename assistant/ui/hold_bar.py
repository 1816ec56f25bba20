"""The hold timer bar: start/end a hold, check in, elapsed time and the next check-in point.

The rules (when to turn amber or red, when to remind, catch-up after sleep) live in
core.hold.HoldTimer; this widget renders its state and arms one precise single-shot timer to
the next absolute deadline the core names, so reminders never drift.
"""

from __future__ import annotations

import math
from datetime import datetime, timedelta

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from assistant.core.hold import (
    REPEAT_SECONDS,
    CheckIn,
    HoldRecord,
    HoldTimer,
    Nag,
    Phase,
    format_duration,
)
from assistant.core.model import DEFAULT_CHECK_IN_SECONDS, Ref
from assistant.store.activity import ActivityLog, HoldRow
from assistant.ui.buttons import CompactButton
from assistant.ui.clocks import Monotonic, WallClock, steady_clock, wall_now
from assistant.ui.elided_label import ElidedLine
from assistant.ui.i18n import arg
from assistant.ui.theme import restyle
from assistant.ui.wrapping import WrappingWidget

# The display refresh; reminders do not depend on it (they have their own precise timer).
TICK_MS = 250


class HoldBar(WrappingWidget):
    """Shows and drives one HoldTimer; every start, check-in and end is written at once.

    Its check-in line wraps; as a WrappingWidget a short window never squeezes it."""

    hold_started = Signal()
    hold_ended = Signal(float)  # duration in seconds
    checked_in = Signal(object)  # core.hold.CheckIn
    nagged = Signal(object)  # core.hold.Nag: the window asks for attention
    copy_phrase_requested = Signal()

    def __init__(
        self,
        activity: ActivityLog,
        parent: QWidget | None = None,
        *,
        monotonic: Monotonic = steady_clock,
        wall: WallClock = wall_now,
        repeat_seconds: float = REPEAT_SECONDS,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("holdBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._activity = activity
        self._monotonic = monotonic
        self._wall = wall
        self.timer = HoldTimer(repeat_seconds=repeat_seconds)
        self._campaign: Ref | None = None
        self._call_id: int | None = None
        self._hold_id: int | None = None
        self._started_wall: datetime | None = None
        self._started_mono = 0.0
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
        self._tick = QTimer(self)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self._on_tick)
        self.toggle.clicked.connect(self.toggle_hold)
        self.check_in_button.clicked.connect(self.check_in)
        self.copy_button.clicked.connect(self.copy_phrase_requested)
        self.update_display()

    # ---------------------------------------------------------------- configuration

    def set_campaign(self, campaign: Ref | None, check_in_seconds: int | None) -> None:
        """The campaign whose hold policy applies to the next hold."""
        self._campaign = campaign
        if not self.timer.running:
            self.timer.check_in_seconds = check_in_seconds or DEFAULT_CHECK_IN_SECONDS
        self.update_display()

    def set_check_in_phrase(self, text: str) -> None:
        """The campaign's check-in line as it will be copied ('' when it has none)."""
        self._phrase_text = text
        self.phrase_label.setText(text)
        self.update_display()

    def set_call(self, call_id: int | None) -> None:
        """The call that holds started from now on belong to."""
        self._call_id = call_id

    @property
    def running(self) -> bool:
        return self.timer.running

    @property
    def hold_id(self) -> int | None:
        return self._hold_id

    @property
    def last_nag(self) -> Nag | None:
        return self._last_nag

    def phase(self) -> Phase:
        return self.timer.phase(self._monotonic())

    # ---------------------------------------------------------------- actions

    def toggle_hold(self) -> None:
        if self.timer.running:
            self.end_hold()
        else:
            self.start_hold()

    def start_hold(self) -> bool:
        """Start a hold now; False when one is already running."""
        if self.timer.running:
            return False
        self._started_mono = self._monotonic()
        self._started_wall = self._wall()
        self.timer.start(self._started_mono)
        self._hold_id = self._activity.log_hold_start(
            self._started_wall, self._campaign, self.timer.check_in_seconds, self._call_id
        )
        self._after_change()
        self.hold_started.emit()
        return True

    def resume_hold(self, row: HoldRow) -> None:
        """Continue a hold found open after a restart, keeping its start time."""
        if self.timer.running:
            return
        now_mono, now_wall = self._monotonic(), self._wall()

        def mono(at: datetime) -> float:
            return now_mono - (now_wall - at).total_seconds()

        self._started_wall = row.started_at
        self._started_mono = mono(row.started_at)
        self._hold_id = row.id
        self._call_id = row.call_id
        self.timer.check_in_seconds = row.check_in_seconds
        last = row.last_check_in()
        self.timer.resume(self._started_mono, None if last is None else mono(last))
        self._after_change()
        self.hold_started.emit()

    def check_in(self) -> CheckIn | None:
        """Record a check-in; the next interval starts now. None when no hold runs."""
        if not self.timer.running or self._hold_id is None:
            return None
        now = self._monotonic()
        record = self.timer.check_in(now)
        self._activity.log_check_in(self._hold_id, self._at(record.at), self._at(record.due))
        self._last_nag = None
        self._after_change()
        self.checked_in.emit(record)
        return record

    def end_hold(self, *, interrupted: bool = False) -> HoldRecord | None:
        """End the running hold and record it; None when no hold runs.

        ``interrupted``: the hold was found open after a restart and the agent ended it.
        """
        if not self.timer.running:
            return None
        now = self._monotonic()
        record = self.timer.end(now)
        if self._hold_id is not None:
            self._activity.log_hold_end(self._hold_id, self._at(now), interrupted=interrupted)
        self._hold_id = None
        self._last_nag = None
        self._after_change()
        self.hold_ended.emit(record.duration)
        return record

    def _at(self, mono: float) -> datetime:
        """Wall time of a monotonic reading, anchored at the hold's start (no clock jumps)."""
        start = self._started_wall or self._wall()
        return start + timedelta(seconds=mono - self._started_mono)

    # ---------------------------------------------------------------- timing

    def _after_change(self) -> None:
        if self.timer.running:
            self._tick.start()
        else:
            self._tick.stop()
        self.arm()
        self.update_display()

    def arm(self) -> None:
        """Arm the single-shot timer to the next deadline the core names (or stop it)."""
        now = self._monotonic()
        wake = self.timer.next_wakeup(now)
        if wake is None:
            self.deadline_timer.stop()
            return
        self.deadline_timer.start(max(0, math.ceil((wake - now) * 1000.0)))

    def on_deadline(self) -> None:
        """A deadline came: hand out a due reminder, repaint, and arm for the next one."""
        nag = self.timer.poll(self._monotonic())
        if nag is not None:
            self._last_nag = nag
            self.nagged.emit(nag)
        self.update_display()
        self.arm()

    def _on_tick(self) -> None:
        # A timer suspended with the computer (sleep) can come back late; the display tick
        # notices a passed deadline and lets the core fold the missed reminders into one.
        now = self._monotonic()
        wake = self.timer.next_wakeup(now)
        if wake is not None and wake <= now:
            self.on_deadline()
        else:
            self.update_display()

    # ---------------------------------------------------------------- display

    def update_display(self) -> None:
        # Called four times a second during a hold: touch only what changed, so an idle
        # second costs no repaint (and, with PySide6 6.12 on Python 3.11, no leaked None).
        now = self._monotonic()
        running = self.timer.running
        phase = self.timer.phase(now)
        _set_text(self.toggle, self.tr("End hold") if running else self.tr("Start hold"))
        if self.check_in_button.isEnabled() != running:
            self.check_in_button.setEnabled(running)
        _set_text(self.elapsed_label, format_duration(self.timer.elapsed(now)))
        if running:
            left = self.timer.until_check_in(now) or 0.0
            if left > 0:
                text = arg(self.tr("check in within %1"), format_duration(math.ceil(left)))
            else:
                level = self.timer.level(now)
                over = format_duration(-left)
                # Short enough for the bar at 420 px beside its two buttons.
                text = (
                    arg(self.tr("overdue %1 · reminder %2"), over, level)
                    if level > 1
                    else arg(self.tr("check in now · %1 over"), over)
                )
        else:
            every = format_duration(self.timer.check_in_seconds)
            text = arg(self.tr("check in every %1"), every)
        _set_text(self.next_label, text)
        show_phrase = bool(self._phrase_text) and phase in (Phase.WARNING, Phase.DUE)
        if self.phrase_row.isHidden() == show_phrase:
            self.phrase_row.setVisible(show_phrase)
        nag = {Phase.WARNING: "warning", Phase.DUE: "due"}.get(phase, "none")
        if self._look != (running, nag):
            self._look = (running, nag)
            self.setProperty("holding", running)
            self.setProperty("nag", nag)
            restyle((self, *self.findChildren(QLabel)))


def _set_text(widget: QLabel | QPushButton, text: str) -> None:
    if widget.text() != text:
        widget.setText(text)
