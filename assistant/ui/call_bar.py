"""The call bar: start/end a call, its talk time, the callback button and the details toggle."""

from __future__ import annotations

from collections.abc import Sequence
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

from assistant.core.call import CallRecord, CallTimer, Checklist, ChecklistStep
from assistant.core.hold import format_duration
from assistant.core.model import Ref
from assistant.store.activity import ActivityLog
from assistant.store.rows import CallFlowRow
from assistant.ui.buttons import CompactButton
from assistant.ui.clocks import Monotonic, WallClock, steady_clock, wall_now
from assistant.ui.elided_label import ElidedLine
from assistant.ui.i18n import arg
from assistant.ui.theme import restyle


class CallBar(QWidget):
    """Shows and drives one CallTimer; the call and each ticked step are written at once."""

    call_started = Signal(int)  # call id
    call_ended = Signal(int, tuple)  # call id, required steps left unticked
    checklist_changed = Signal()
    add_callback_requested = Signal()
    details_toggled = Signal(bool)

    def __init__(
        self,
        activity: ActivityLog,
        parent: QWidget | None = None,
        *,
        monotonic: Monotonic = steady_clock,
        wall: WallClock = wall_now,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("callBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._activity = activity
        self._monotonic = monotonic
        self._wall = wall
        self.timer = CallTimer()
        self._campaign: Ref | None = None
        self._steps: tuple[ChecklistStep, ...] = ()
        self._flow: tuple[CallFlowRow, ...] = ()  # the next call's steps with their phrases
        self._call_flow: tuple[CallFlowRow, ...] = ()  # the running call's
        self._call_id: int | None = None
        self._call_campaign: Ref | None = None
        self._started_wall: datetime | None = None
        self._started_mono = 0.0
        self._look: tuple[bool, bool] | None = None  # (calling, flagged) as last styled

        title = QLabel(self.tr("CALL"), self)
        title.setObjectName("holdTitle")
        self.talk_label = QLabel("00:00", self)
        self.talk_label.setObjectName("callTalk")
        self.talk_label.setAccessibleName(self.tr("Talk time"))
        # Plain text (step names come from packs), one line: the bar stays one row high at
        # 420 px; what does not fit ends with "…" and shows whole in the tooltip.
        self.status_label = ElidedLine(self)
        self.status_label.setObjectName("callStatus")
        self.status_label.setAccessibleName(self.tr("Call status"))
        texts = QVBoxLayout()
        texts.setSpacing(0)
        texts.addWidget(self.talk_label)
        texts.addWidget(self.status_label)
        self.toggle = CompactButton(self.tr("Start call"), self)
        self.toggle.setToolTip(self.tr("Start or end the call: talk time, call flow (Ctrl+L)"))
        self.toggle.setAccessibleName(self.tr("Start or end call"))
        self.callback_button = CompactButton(self.tr("+ Callback"), self)
        self.callback_button.setToolTip(self.tr("Promise a callback: name, number, when (Ctrl+B)"))
        self.callback_button.setAccessibleName(self.tr("Promise a callback"))
        self.details_button = CompactButton(self.tr("Details"), self)
        self.details_button.setCheckable(True)
        self.details_button.setToolTip(
            self.tr("Show the call flow, callbacks and today's holds (Ctrl+I)")
        )
        self.details_button.setAccessibleName(self.tr("Show call details"))
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(title)
        layout.addLayout(texts, 1)
        layout.addWidget(self.details_button)
        layout.addWidget(self.callback_button)
        layout.addWidget(self.toggle)
        self._tick = QTimer(self)
        self._tick.setInterval(500)
        self._tick.timeout.connect(self.update_display)
        self.toggle.clicked.connect(self.toggle_call)
        self.callback_button.clicked.connect(self.add_callback_requested)
        self.details_button.toggled.connect(self.details_toggled)
        self._message = ""
        self._flagged = False  # the last call ended with required steps not ticked
        self.update_display()

    def set_campaign(self, campaign: Ref | None, flow: Sequence[CallFlowRow]) -> None:
        """The campaign (and its call-flow steps) the next call starts with."""
        self._campaign = campaign
        self._steps = tuple(ChecklistStep(s.step, s.required) for s in flow)
        self._flow = tuple(flow)
        if not self.timer.running:
            self.timer.checklist = Checklist(self._steps)
            self.checklist_changed.emit()
        self.update_display()

    @property
    def running(self) -> bool:
        return self.timer.running

    @property
    def call_id(self) -> int | None:
        return self._call_id

    @property
    def campaign(self) -> Ref | None:
        return self._call_campaign if self.timer.running else self._campaign

    def step_phrases(self, position: int) -> tuple[Ref, ...]:
        """The phrases of call-flow step ``position`` in the checklist shown now."""
        flow = self._call_flow if self.timer.running else self._flow
        return flow[position].phrases if 0 <= position < len(flow) else ()

    def toggle_call(self) -> None:
        if self.timer.running:
            self.end_call()
        else:
            self.start_call()

    def start_call(self) -> bool:
        """Start a call now with the current campaign's steps; False if one is running."""
        if self.timer.running:
            return False
        self._started_mono = self._monotonic()
        self._started_wall = self._wall()
        self.timer.start(self._started_mono, self._steps)
        self._call_flow = self._flow
        self._call_campaign = self._campaign
        self._call_id = self._activity.log_call_start(self._started_wall, self._campaign)
        self._message = ""
        self._flagged = False
        self._tick.start()
        self.checklist_changed.emit()
        self.update_display()
        self.call_started.emit(self._call_id)
        return True

    def resume_call(
        self, call_id: int, started_at: datetime, flow: Sequence[CallFlowRow], ticked: set[int]
    ) -> None:
        """Continue a call found open after a restart: its start time and ticks are kept."""
        if self.timer.running:
            return
        steps = tuple(ChecklistStep(s.step, s.required) for s in flow)
        self._call_flow = tuple(flow)
        self._started_wall = started_at
        self._started_mono = self._monotonic() - (self._wall() - started_at).total_seconds()
        self.timer.start(self._started_mono, steps)
        for position in ticked:
            if position < len(steps):
                self.timer.checklist.tick(position)
        self._call_id = call_id
        self._call_campaign = self._campaign
        self._message = ""
        self._flagged = False
        self._tick.start()
        self.checklist_changed.emit()
        self.update_display()
        self.call_started.emit(call_id)

    def end_call(self) -> CallRecord | None:
        """End the call. Required steps left unticked are flagged, not blocking."""
        if not self.timer.running or self._call_id is None:
            return None
        now = self._monotonic()
        record = self.timer.end(now)
        ended_at = (self._started_wall or self._wall()) + timedelta(
            seconds=now - self._started_mono
        )
        call_id = self._call_id
        self._activity.log_call_end(call_id, ended_at, record.missing_steps)
        self._call_id = None
        self._tick.stop()
        self._flagged = bool(record.missing_steps)
        if record.missing_steps:
            # Step names are pack text: a list, in the pack's language.
            self._message = arg(self.tr("Not ticked: %1"), ", ".join(record.missing_steps))
        else:
            self._message = arg(self.tr("Last call %1"), format_duration(record.duration))
        self.update_display()
        self.call_ended.emit(call_id, record.missing_steps)
        return record

    def tick_step(self, position: int, done: bool) -> None:
        """Tick (or untick) a call-flow step; during a call it is written at once."""
        checklist = self.timer.checklist
        checklist.tick(position, done)
        if self.timer.running and self._call_id is not None:
            step = checklist.steps[position]
            self._activity.tick_step(
                self._call_id, position, step.step, step.required, done, self._wall()
            )
        self.checklist_changed.emit()

    def update_display(self) -> None:
        # Runs twice a second during a call: change only what changed (no needless repaint).
        running = self.timer.running
        _set_text(self.toggle, self.tr("End call") if running else self.tr("Start call"))
        _set_text(self.talk_label, format_duration(self.timer.talk_time(self._monotonic())))
        if running:
            missing = len(self.timer.checklist.missing_required())
            _set_text(
                self.status_label,
                self.tr("%n steps left", None, missing) if missing else self.tr("on a call"),
            )
        else:
            _set_text(self.status_label, self._message or self.tr("no call"))
        flagged = self._flagged and not running
        if self._look != (running, flagged):
            self._look = (running, flagged)
            self.setProperty("flagged", flagged)
            self.setProperty("calling", running)
            restyle((self, self.status_label, self.talk_label))


def _set_text(widget: QLabel | QPushButton, text: str) -> None:
    if widget.text() != text:
        widget.setText(text)
