"""The hold timer bar: start/end a hold, check in, elapsed time and the next check-in point."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from assistant.core.hold import HoldTimer, format_duration
from assistant.core.model import DEFAULT_CHECK_IN_SECONDS, Ref
from assistant.store.knowledge import KnowledgeBase

Monotonic = Callable[[], float]
WallClock = Callable[[], datetime]


def _wall_now() -> datetime:
    return datetime.now(UTC)


class HoldBar(QWidget):
    """Shows and drives one HoldTimer; every start, check-in and end is written at once."""

    hold_started = Signal()
    hold_ended = Signal(float)  # duration in seconds

    def __init__(
        self,
        kb: KnowledgeBase,
        parent: QWidget | None = None,
        *,
        monotonic: Monotonic = time.monotonic,
        wall: WallClock = _wall_now,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("holdBar")
        self._kb = kb
        self._monotonic = monotonic
        self._wall = wall
        self.timer = HoldTimer()
        self._campaign: Ref | None = None
        self._hold_id: int | None = None
        self._started_wall: datetime | None = None
        self._started_mono = 0.0
        self.toggle = QPushButton("Start hold", self)
        self.toggle.setToolTip("Put the customer on hold, or end the hold (Ctrl+H)")
        self.toggle.setAccessibleName("Start or end hold")
        self.check_in_button = QPushButton("Check in", self)
        self.check_in_button.setToolTip(
            "You spoke to the held customer: restart the countdown (Ctrl+J)"
        )
        self.check_in_button.setAccessibleName("Check in with the held customer")
        self.check_in_button.setEnabled(False)
        self.elapsed_label = QLabel("00:00", self)
        self.elapsed_label.setObjectName("holdElapsed")
        self.elapsed_label.setAccessibleName("Time on hold")
        self.next_label = QLabel(self)
        self.next_label.setObjectName("muted")
        self.next_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        title = QLabel("HOLD", self)
        title.setObjectName("holdTitle")
        texts = QVBoxLayout()
        texts.setSpacing(0)
        texts.addWidget(self.elapsed_label)
        texts.addWidget(self.next_label)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(title)
        layout.addLayout(texts, 1)
        layout.addWidget(self.check_in_button)
        layout.addWidget(self.toggle)
        self._tick = QTimer(self)
        self._tick.setInterval(250)
        self._tick.timeout.connect(self.update_display)
        self.toggle.clicked.connect(self.toggle_hold)
        self.check_in_button.clicked.connect(self.check_in)
        self.update_display()

    def set_campaign(self, campaign: Ref | None, check_in_seconds: int | None) -> None:
        """The campaign whose hold policy applies to the next hold."""
        self._campaign = campaign
        if not self.timer.running:
            self.timer.check_in_seconds = check_in_seconds or DEFAULT_CHECK_IN_SECONDS
        self.update_display()

    @property
    def running(self) -> bool:
        return self.timer.running

    def toggle_hold(self) -> None:
        if self.timer.running:
            self.end_hold()
        else:
            self.start_hold()

    def start_hold(self) -> None:
        if self.timer.running:
            return
        self._started_mono = self._monotonic()
        self._started_wall = self._wall()
        self.timer.start(self._started_mono)
        self._hold_id = self._kb.log_hold_start(
            self._started_wall, self._campaign, self.timer.check_in_seconds
        )
        self._tick.start()
        self.update_display()
        self.hold_started.emit()

    def check_in(self) -> None:
        if not self.timer.running or self._hold_id is None:
            return
        now = self._monotonic()
        due = self.timer.next_check_in() or now
        self.timer.check_in(now)
        self._kb.log_check_in(self._hold_id, self._at(now), self._at(due))
        self.update_display()

    def end_hold(self) -> None:
        if not self.timer.running:
            return
        now = self._monotonic()
        record = self.timer.end(now)
        if self._hold_id is not None:
            self._kb.log_hold_end(self._hold_id, self._at(now))
        self._hold_id = None
        self._tick.stop()
        self.update_display()
        self.hold_ended.emit(record.duration)

    def _at(self, mono: float) -> datetime:
        """Wall time of a monotonic reading, anchored at the hold's start (no clock jumps)."""
        start = self._started_wall or self._wall()
        return start + timedelta(seconds=mono - self._started_mono)

    def update_display(self) -> None:
        now = self._monotonic()
        running = self.timer.running
        self.toggle.setText("End hold" if running else "Start hold")
        self.check_in_button.setEnabled(running)
        self.elapsed_label.setText(format_duration(self.timer.elapsed(now)))
        if running:
            left = self.timer.until_check_in(now) or 0.0
            if left >= 0:
                self.next_label.setText(f"check in within {format_duration(left + 0.999)}")
            else:
                self.next_label.setText(f"check in now ({format_duration(-left)} over)")
        else:
            self.next_label.setText(
                f"check in every {format_duration(self.timer.check_in_seconds)}"
            )
        self.setProperty("holding", running)
        self.style().unpolish(self)
        self.style().polish(self)
