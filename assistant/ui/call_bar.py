"""The call bar: the call's talk time and status, start/end, the callback button and the
details toggle."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from assistant.core.hold import format_duration
from assistant.services.events import (
    CallEnded,
    CallStarted,
    CampaignSelected,
    DeskEvent,
    StepTicked,
)
from assistant.services.sessions import CallSession
from assistant.ui.buttons import CompactButton, set_text
from assistant.ui.desk_actions import DeskActions
from assistant.ui.elided_label import ElidedLine
from assistant.ui.events import DeskEvents
from assistant.ui.i18n import arg
from assistant.ui.theme import restyle

# How long the red "Not ticked: ..." stays after a call: long enough to read and note, not so
# long that it is still there, stale, when the next call comes in.
FLAG_MS = 60_000


class CallBar(QWidget):
    """Shows the desk's call; its Start/End button triggers the desk's call action."""

    checklist_changed = Signal()  # another call or another flow: read the steps again
    step_ticked = Signal(int)  # a step ticked or unticked, by whatever means (its position)
    add_callback_requested = Signal()
    details_toggled = Signal(bool)

    def __init__(
        self,
        call: CallSession,
        actions: DeskActions,
        events: DeskEvents,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("callBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.call = call
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
        self.toggle.clicked.connect(actions.call_toggle.trigger)
        self.callback_button.clicked.connect(self.add_callback_requested)
        self.details_button.toggled.connect(self.details_toggled)
        self._message = ""
        self._flagged = False  # the last call ended with required steps not ticked
        self._last_call = ""  # what the line says once the flag has been read
        self.flag_timer = QTimer(self)
        self.flag_timer.setSingleShot(True)
        self.flag_timer.setInterval(FLAG_MS)
        self.flag_timer.timeout.connect(self._flag_read)
        events.happened.connect(self._on_desk)
        self.update_display()

    @property
    def running(self) -> bool:
        return self.call.running

    def _on_desk(self, event: DeskEvent) -> None:
        if isinstance(event, CallStarted):
            # Whatever the last call left (the red flag too) is not this call's.
            self.flag_timer.stop()
            self._message = ""
            self._flagged = False
            self._tick.start()
            self.checklist_changed.emit()
        elif isinstance(event, CallEnded):
            self._tick.stop()
            self._flagged = bool(event.missing_steps)
            self._last_call = arg(self.tr("Last call %1"), format_duration(event.duration_s))
            if event.missing_steps:
                # Step names are pack text: a list, in the pack's language.
                self._message = arg(self.tr("Not ticked: %1"), ", ".join(event.missing_steps))
                self.flag_timer.start()
            else:
                self._message = self._last_call
            self.checklist_changed.emit()
        elif isinstance(event, StepTicked):
            self.step_ticked.emit(event.position)
        elif isinstance(event, CampaignSelected):
            self.checklist_changed.emit()  # another campaign's flow, for the next call
        # A hold changes neither the flow nor the ticks: the checklist stays as it is.
        self.update_display()

    @property
    def flagged(self) -> bool:
        """The red flag is up: the last call ended with required steps not ticked."""
        return self._flagged and not self.call.running

    def _flag_read(self) -> None:
        self._flagged = False
        self._message = self._last_call
        self.update_display()

    def update_display(self) -> None:
        # Runs twice a second during a call: change only what changed (no needless repaint).
        running = self.call.running
        set_text(self.toggle, self.tr("End call") if running else self.tr("Start call"))
        set_text(self.talk_label, format_duration(self.call.talk_time()))
        if running:
            # The required steps only, as the flag at the call's end; the words say so ("4
            # steps left" in a flow of ten steps, four of them required, read as the whole).
            missing = len(self.call.checklist.missing_required())
            left = self.tr("%n required steps left", None, missing)
            set_text(self.status_label, left if missing else self.tr("on a call"))
        else:
            set_text(self.status_label, self._message or self.tr("no call"))
        flagged = self._flagged and not running
        if self._look != (running, flagged):
            self._look = (running, flagged)
            self.setProperty("flagged", flagged)
            self.setProperty("calling", running)
            restyle((self, self.status_label, self.talk_label))
