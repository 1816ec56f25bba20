"""The hold bar, call bar, callbacks and restart questions, driven as an agent would."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import NamedTuple

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from assistant.core.clock import Clock
from assistant.core.hold import Nag, Phase
from assistant.core.model import BUILTIN_PACK_ID, Ref
from assistant.services.callbacks import CallbackService
from assistant.services.desk import Desk
from assistant.settings import Settings
from assistant.store.activity import HOLD_INTERRUPTED, ActivityLog
from assistant.store.knowledge import KnowledgeBase
from assistant.ui.call_details import CallbacksPanel
from assistant.ui.callback_dialog import CallbackDialog
from assistant.ui.callback_watch import CallbackWatch
from assistant.ui.desk_actions import DeskActions
from assistant.ui.events import DeskEvents
from assistant.ui.hold_bar import HoldBar
from assistant.ui.i18n import install_translators
from assistant.ui.main_window import MainWindow
from tests.conftest import MakeWindow, on_modal

CS = Ref(BUILTIN_PACK_ID, "customer-service")
COLLECTIONS = Ref(BUILTIN_PACK_ID, "collections")
T0 = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def clock(self) -> Clock:
        """Steady seconds from this fake, and the wall time that many seconds after T0."""
        start = self.now
        return Clock(self, lambda: T0 + timedelta(seconds=self.now - start))


class FakeWall:
    def __init__(self, now: datetime = T0) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def activity(kb: KnowledgeBase) -> ActivityLog:
    return ActivityLog(kb.database)


class Bar(NamedTuple):
    bar: HoldBar
    desk: Desk
    clock: FakeClock
    nags: list[Nag]
    host: QWidget  # keeps the bar alive


def make_bar(qtbot: QtBot, activity: ActivityLog) -> Bar:
    """The hold bar over a desk whose clock the test moves."""
    clock = FakeClock()
    desk = Desk(KnowledgeBase(activity.database), activity, clock.clock())
    desk.select_campaign(CS)
    host = QWidget()
    qtbot.addWidget(host)
    events = DeskEvents(desk, host)
    bar = HoldBar(desk.hold, DeskActions(desk, events, host), events, host)
    nags: list[Nag] = []
    bar.nagged.connect(nags.append)
    return Bar(bar, desk, clock, nags, host)


def test_hold_bar_shows_elapsed_time_and_records_the_hold(
    qtbot: QtBot, activity: ActivityLog
) -> None:
    bar, _, clock, _, _host = make_bar(qtbot, activity)
    assert bar.elapsed_label.text() == "00:00"
    qtbot.mouseClick(bar.toggle, Qt.MouseButton.LeftButton)
    assert bar.running and bar.toggle.text() == "End hold"
    assert activity.holds()[0].open
    clock.now += 75
    bar.update_display()
    assert bar.elapsed_label.text() == "01:15"
    assert bar.next_label.text() == "check in within 00:45"
    clock.now += 60
    bar.update_display()
    assert "check in now" in bar.next_label.text()
    qtbot.mouseClick(bar.check_in_button, Qt.MouseButton.LeftButton)
    assert bar.next_label.text() == "check in within 02:00"
    clock.now += 10
    qtbot.mouseClick(bar.toggle, Qt.MouseButton.LeftButton)
    assert not bar.running and bar.toggle.text() == "Start hold"
    [hold] = activity.holds()
    assert hold.duration_s(T0) == pytest.approx(145.0)
    assert hold.check_ins[0].late_s == pytest.approx(15.0)


def test_the_bar_turns_amber_then_red_shows_the_phrase_and_nags_on_the_point(
    qtbot: QtBot, activity: ActivityLog
) -> None:
    bar, desk, clock, nags, _host = make_bar(qtbot, activity)
    bar.set_check_in_phrase("Thank you for holding, Ann.")
    desk.start_hold()
    # One precise single-shot timer, armed to the amber warning 105 s ahead.
    assert bar.deadline_timer.isSingleShot() and bar.deadline_timer.isActive()
    assert bar.deadline_timer.timerType() == Qt.TimerType.PreciseTimer
    assert bar.deadline_timer.interval() == 105_000
    assert bar.property("nag") == "none" and not bar.phrase_row.isVisibleTo(bar)

    clock.now += 105
    bar.on_deadline()
    assert bar.property("nag") == "warning" and bar.phase() is Phase.WARNING
    assert bar.phrase_row.isVisibleTo(bar) and "Ann" in bar.phrase_label.text()
    assert nags == [] and bar.deadline_timer.interval() == 15_000

    clock.now += 15
    bar.on_deadline()
    assert bar.property("nag") == "due"
    assert [(n.nth, n.level) for n in nags] == [(0, 1)]
    assert bar.deadline_timer.interval() == 30_000  # the gentle repeat
    bar.on_deadline()  # a spurious wake-up hands out nothing twice
    assert len(nags) == 1

    clock.now += 30
    bar.on_deadline()
    assert [(n.nth, n.level) for n in nags] == [(0, 1), (1, 2)]
    assert "reminder 2" in bar.next_label.text()

    desk.check_in()
    assert bar.property("nag") == "none" and not bar.phrase_row.isVisibleTo(bar)
    assert bar.deadline_timer.interval() == 105_000


def test_after_sleep_one_catch_up_nag_fires_at_once(qtbot: QtBot, activity: ActivityLog) -> None:
    bar, desk, clock, nags, _host = make_bar(qtbot, activity)
    desk.start_hold()
    clock.now += 3600  # the laptop slept for an hour; the display tick notices first
    bar._on_tick()
    bar._on_tick()
    bar.on_deadline()
    assert len(nags) == 1 and nags[0].catch_up and nags[0].level == 3


def test_a_nag_asks_for_attention_and_a_key_copies_the_check_in_phrase(
    qtbot: QtBot, make_window: MakeWindow, kb: KnowledgeBase
) -> None:
    window = make_window()
    window.campaigns.select(CS)
    window.call_context.set_customer_name("Sam")  # else the copy asks for the name first
    requests: list[tuple[str, str, int]] = []
    window.attention.requested.connect(lambda *args: requests.append(args))
    qtbot.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert window.hold.running
    window.hold.nagged.emit(Nag(120.0, 1, 2, 121.0))
    [(title, message, level)] = requests
    assert "Check in" in title and "reminder 2" in title and level == 2
    assert "Ctrl+Shift+J" in message
    qtbot.keyClick(
        window,
        Qt.Key.Key_J,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith("Thank you for holding")
    phrase = kb.phrase(Ref(BUILTIN_PACK_ID, "hold-check-in"))
    assert phrase is not None and phrase.uses == 1


def test_the_nag_leaves_the_status_line_once_the_agent_checks_in_or_ends_the_hold(
    make_window: MakeWindow,
) -> None:
    """The status line said "Check in with the customer on hold" for ten seconds whatever the
    agent did: after a check-in or the hold's end it told them to do what they had done."""
    window = make_window()
    window.campaigns.select(CS)
    status = window.statusBar()
    for done in (window.desk.check_in, window.desk.end_hold):
        if not window.desk.hold.running:
            window.desk.start_hold()
        window.hold.nagged.emit(Nag(120.0, 0, 2, 121.0))
        assert status.currentMessage().startswith("Check in with the customer on hold")
        done()
        assert status.currentMessage() == ""
    status.showMessage("Copied: Thank you for holding")  # another word stays
    window.desk.start_hold()
    window.desk.end_hold()
    assert status.currentMessage() == "Copied: Thank you for holding"


def test_the_check_in_line_follows_the_customer_through_holds_and_calls(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    window = make_window()
    window.campaigns.select(CS)
    line = window.hold.phrase_label
    assert line.text().startswith("Thank you for holding, {customer_name},")
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    window.call_context.set_customer_name("Ann")
    for _ in range(2):  # a hold started, checked in and ended leaves the line as it was
        window.desk.start_hold()
        assert line.text().startswith("Thank you for holding, Ann,")
        window.desk.check_in()
        window.desk.end_hold()
        assert line.text().startswith("Thank you for holding, Ann,")
    window.desk.end_call()  # the name was for that call only
    assert line.text().startswith("Thank you for holding, {customer_name},")
    window.desk.start_hold()
    assert "Ann" not in line.text()
    window.desk.end_hold()


def test_the_chime_setting_is_a_menu_toggle_that_persists(
    make_window: MakeWindow, data_dir: Path
) -> None:
    window = make_window()
    assert window.menus.chime.isChecked()
    window.menus.chime.setChecked(False)
    assert Settings(data_dir).chime is False


def test_a_call_shows_its_checklist_and_flags_unticked_required_steps(
    qtbot: QtBot, make_window: MakeWindow, kb: KnowledgeBase
) -> None:
    window = make_window()
    window.campaigns.select(COLLECTIONS)
    flow = kb.call_flow(COLLECTIONS)
    required = [s.step for s in flow if s.required]
    assert required, "the collections campaign has required steps"
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.call.running and window.call.toggle.text() == "End call"
    assert window.call_details.isVisible()
    model = window.call_details.checklist_model
    assert model.rowCount() == len(flow)
    # Tick the first required step the way a click on its box does.
    first = next(i for i, s in enumerate(flow) if s.required)
    index = model.index(first, 0)
    assert model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert Qt.CheckState(index.data(Qt.ItemDataRole.CheckStateRole)) == Qt.CheckState.Checked
    call_id = window.desk.call.call_id
    assert call_id is not None and window.services.activity.ticked_steps(call_id) == {first}
    # Double-clicking a step copies its phrase (the right-party check names the customer).
    window.call_context.set_customer_name("Sam")  # else the copy asks for the name first
    [step_phrase, *_] = kb.phrases(flow[first].phrases)
    view = window.call_details.checklist
    rect = view.visualRect(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.statusBar().currentMessage() == f"Copied: {step_phrase.title}"
    assert Qt.CheckState(index.data(Qt.ItemDataRole.CheckStateRole)) == Qt.CheckState.Checked
    qtbot.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)  # a hold in it
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert not window.call.running
    assert not window.hold.running  # the hold belonged to the call
    [call] = window.services.activity.calls()
    assert list(call.missing_steps) == required[1:]
    if required[1:]:
        assert "Not ticked" in window.call.status_label.text()
        assert "required steps not ticked" in window.statusBar().currentMessage()
    [hold] = window.services.activity.holds()
    assert hold.call_id == call.id and not hold.open


def _call_with_steps_not_ticked(window: MainWindow) -> None:
    window.campaigns.select(COLLECTIONS)
    window.desk.start_call()
    window.desk.end_call()
    assert window.call.flagged and "Not ticked" in window.call.status_label.text()
    assert "required steps not ticked" in window.statusBar().currentMessage()


def test_the_steps_a_call_ended_without_can_be_read_whole_at_420_px(
    make_window: MakeWindow, qtbot: QtBot
) -> None:
    # The call bar's line read "Not ticked: Recor…" and the status line cut the list at its
    # edge: the rest could not be read, by mouse or by screen reader.
    window = make_window()
    window.resize(420, 700)
    _call_with_steps_not_ticked(window)
    [call] = window.services.activity.calls()
    assert len(call.missing_steps) == 4
    line = window.call.status_label
    qtbot.waitUntil(line.is_elided)
    status = window.statusBar()
    for whole in (line.toolTip(), line.accessibleDescription()):
        assert all(step in whole for step in call.missing_steps), whole
    for whole in (status.toolTip(), status.accessibleDescription()):
        assert all(step in whole for step in call.missing_steps), whole
    assert status.fontMetrics().horizontalAdvance(status.currentMessage()) > status.width()
    # Gone with the message: the tooltip never tells of one no longer shown.
    status.clearMessage()
    assert status.toolTip() == "" and status.accessibleDescription() == ""
    # A line that fits has nothing more to tell.
    window.resize(900, 700)
    qtbot.waitUntil(lambda: not line.is_elided())
    assert line.toolTip() == "" and line.accessibleDescription() == ""


@pytest.mark.parametrize(
    ("language", "four", "three", "one"),
    [
        ("en", "4 required steps left", "3 required steps left", "1 required step left"),
        ("es", "faltan 4", "faltan 3", "falta 1"),
    ],
)
def test_the_call_bar_counts_the_required_steps_and_says_so(
    make_window: MakeWindow, language: str, four: str, three: str, one: str
) -> None:
    # "4 steps left" in a flow of ten steps, four of them required, read as the whole flow.
    assert install_translators(language) == language
    try:
        window = make_window()
        window.campaigns.select(COLLECTIONS)
        window.desk.start_call()
        flow = window.desk.call.checklist.steps
        required = [i for i, step in enumerate(flow) if step.required]
        optional = [i for i, step in enumerate(flow) if not step.required]
        assert len(required) == 4 and optional
        assert window.call.status_label.text() == four
        window.desk.tick_step(optional[0], True)  # not counted: the line does not change
        assert window.call.status_label.text() == four
        window.desk.tick_step(required[0], True)
        assert window.call.status_label.text() == three
        for position in required[1:3]:
            window.desk.tick_step(position, True)
        assert window.call.status_label.text() == one
        window.desk.end_call()
    finally:
        install_translators("en")


def test_the_red_flag_of_unticked_steps_goes_after_a_minute_idle(make_window: MakeWindow) -> None:
    window = make_window()
    _call_with_steps_not_ticked(window)
    timer = window.call.flag_timer
    assert timer.isActive() and timer.isSingleShot() and timer.interval() == 60_000
    timer.timeout.emit()  # a minute later, no call since
    assert not window.call.flagged
    assert window.call.property("flagged") is False
    assert window.call.status_label.text().startswith("Last call ")


def test_the_next_call_starts_clean_of_the_last_ones_flag_and_message(
    make_window: MakeWindow,
) -> None:
    window = make_window()
    _call_with_steps_not_ticked(window)
    window.desk.start_call()
    assert not window.call.flagged and window.call.property("flagged") is False
    assert "Not ticked" not in window.call.status_label.text()
    assert window.statusBar().currentMessage() == ""
    assert not window.call.flag_timer.isActive()
    # Another message shown since is not the call's to clear.
    window.desk.end_call()
    window.statusBar().showMessage("Callback due: Jane Doe", 10_000)
    window.desk.start_call()
    assert window.statusBar().currentMessage() == "Callback due: Jane Doe"


def test_the_customers_mood_is_forgotten_when_the_call_ends(
    make_window: MakeWindow, kb: KnowledgeBase
) -> None:
    window = make_window()
    angry = Ref(BUILTIN_PACK_ID, "angry")
    window.desk.start_call()
    window.personas.select(angry)
    window.call_context.set_customer_name("Jane Doe")
    button = window.personas.button_for(angry)
    assert button is not None and button.isChecked()
    assert window.library.model.data(window.library.model.index(0)) == "Suggested for: Angry"
    window.desk.end_call()
    assert window.personas.current() is None and not button.isChecked()
    assert window.call_context.customer_name() == ""
    assert "Suggested for" not in str(window.library.model.data(window.library.model.index(0)))
    assert "Pick the customer&#x27;s mood" in window.personas.card_label().text()
    # A mood picked with no call running stays until the agent changes it.
    window.personas.select(angry)
    window.call.update_display()
    assert window.personas.current() is not None


def test_ctrl_b_then_typing_and_enter_saves_a_callback(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    window = make_window()

    seen: list[bool] = []

    def fill(dialog: CallbackDialog) -> None:
        assert window.findChildren(CallbackDialog) == [dialog]
        seen.append(dialog.focusWidget() is dialog.name)
        qtbot.keyClicks(dialog.name, "Jane Doe")
        dialog.contact.setText("555-0101")
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return)

    on_modal(CallbackDialog, fill)
    qtbot.keyClick(window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert seen == [True]  # the name field has the focus: type, Enter
    [callback] = window.services.activity.callbacks()
    assert callback.customer_name == "Jane Doe" and callback.contact == "555-0101"
    assert callback.due > window.services.activity.now()
    assert window.call_details.callbacks.model.rowCount() == 1
    # The form goes once read: not kept, hidden, with the customer's name and number.
    qtbot.waitUntil(lambda: not window.findChildren(CallbackDialog))


def test_the_callback_form_refuses_an_empty_callback(qtbot: QtBot) -> None:
    dialog = CallbackDialog(T0)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.accept()
    assert dialog.isVisible() and "name or a number" in dialog.error.text()
    # Whole: its wrapped lines were cut at the top and bottom.
    QApplication.processEvents()
    error = dialog.error
    assert error.isVisible() and error.height() >= error.heightForWidth(error.width())
    # Gone once what it asks for is typed (it stayed until the next Save).
    qtbot.keyClicks(dialog.name, "Jane Doe")
    assert not dialog.error.isVisible()


def test_tab_goes_field_to_field_in_the_callback_form_and_a_note_lands_in_the_note(
    qtbot: QtBot,
) -> None:
    dialog = CallbackDialog(T0)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    due = dialog.due_at()
    dialog.contact.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClicks(dialog.contact, "555-0101")
    qtbot.keyClick(dialog.contact, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.due
    # One Tab stop, however many sections the date has.
    qtbot.keyClick(dialog.due, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.note
    qtbot.keyClicks(dialog.note, "bring the card number")
    assert dialog.note.text() == "bring the card number"
    assert dialog.due_at() == due  # nothing typed went into the date
    qtbot.keyClick(dialog.note, Qt.Key.Key_Backtab)
    assert dialog.focusWidget() is dialog.due
    qtbot.keyClick(dialog.due, Qt.Key.Key_Backtab)
    assert dialog.focusWidget() is dialog.contact


def test_the_due_time_is_typed_or_moved_with_the_arrows(qtbot: QtBot) -> None:
    dialog = CallbackDialog(T0)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)  # focus-in events reach an active window only
    start = dialog.due_at()
    dialog.contact.setFocus()
    qtbot.keyClick(dialog.contact, Qt.Key.Key_Tab)
    # Entered with Tab, the hour is selected: digits type the time.
    qtbot.keyClicks(dialog.due, "1530")
    typed = dialog.due_at()
    assert (typed.hour, typed.minute) == (15, 30) and typed.date() == start.date()
    # Up and Down change the selected section; Left and Right go to the next one.
    qtbot.keyClick(dialog.due, Qt.Key.Key_Left)
    qtbot.keyClick(dialog.due, Qt.Key.Key_Left)
    qtbot.keyClick(dialog.due, Qt.Key.Key_Up)
    assert dialog.due_at() == typed + timedelta(hours=1)
    qtbot.keyClick(dialog.due, Qt.Key.Key_Right)
    qtbot.keyClick(dialog.due, Qt.Key.Key_Down)
    assert dialog.due_at() == typed + timedelta(hours=1, minutes=-1)
    qtbot.keyClick(dialog.due, Qt.Key.Key_Right)  # the day
    qtbot.keyClick(dialog.due, Qt.Key.Key_Up)
    assert dialog.due_at() == typed + timedelta(days=1, hours=1, minutes=-1)
    qtbot.keyClick(dialog.due, Qt.Key.Key_Left)
    qtbot.keyClick(dialog.due, Qt.Key.Key_Left)
    qtbot.keyClick(dialog.due, Qt.Key.Key_Left)  # already at the first section: it stays
    assert dialog.focusWidget() is dialog.due
    qtbot.keyClick(dialog.due, Qt.Key.Key_Down)
    assert dialog.due_at() == typed + timedelta(days=1, minutes=-1)


def test_a_due_callback_is_raised_once_and_can_be_snoozed_or_done(
    qtbot: QtBot, kb: KnowledgeBase
) -> None:
    wall = FakeWall()
    activity = ActivityLog(kb.database, wall)
    watch = CallbackWatch(CallbackService(activity, Desk(kb, activity)), wall=wall)
    panel = CallbacksPanel(watch)
    qtbot.addWidget(panel)
    due: list[object] = []
    watch.callback_due.connect(due.append)
    callback = activity.add_callback("Ann", "REF-9", T0 + timedelta(minutes=10), "refund")
    assert panel.model.rowCount() == 1 and due == []
    assert 0 < watch.alarm_timer.remainingTime() <= 10 * 60 * 1000
    wall.now = T0 + timedelta(minutes=10, seconds=1)
    watch.check_due()
    watch.check_due()
    assert due == [callback]
    shown = panel.model.data(panel.model.index(0))
    assert shown.startswith("DUE") and "Ann" in shown and "refund" in shown
    panel.select(callback.id)
    qtbot.mouseClick(panel.snooze_button, Qt.MouseButton.LeftButton)
    [snoozed] = activity.callbacks()
    assert snoozed.due == wall.now + timedelta(minutes=5)
    wall.now += timedelta(minutes=6)
    watch.check_due()
    assert len(due) == 2  # raised again at the new time
    panel.select(callback.id)
    qtbot.mouseClick(panel.done_button, Qt.MouseButton.LeftButton)
    assert activity.callbacks() == [] and panel.model.rowCount() == 0


def test_callbacks_survive_a_restart(
    qtbot: QtBot, kb: KnowledgeBase, data_dir: Path, make_window: MakeWindow
) -> None:
    ActivityLog(kb.database).add_callback("Bob", "", T0 + timedelta(days=1))
    window = make_window()
    assert window.call_details.callbacks.model.rowCount() == 1


def test_after_a_crash_the_running_hold_is_shown_running_with_its_start_kept(
    make_window: MakeWindow, kb: KnowledgeBase
) -> None:
    log = ActivityLog(kb.database)
    started = datetime.now(UTC) - timedelta(minutes=3)
    hold_id = log.log_hold_start(started, CS, 120)
    log.log_check_in(hold_id, started + timedelta(seconds=110), started + timedelta(seconds=120))
    window = make_window()
    window.desk.resume_after_restart()
    assert window.hold.running and window.desk.hold.hold_id == hold_id
    elapsed = window.desk.hold.timer.elapsed(window.desk.hold.now())
    assert 179 < elapsed < 200
    # Counting from the last check-in (110 s in), the next point is at 230 s: 50 s away.
    left = window.desk.hold.timer.until_check_in(window.desk.hold.now())
    assert left is not None and 30 < left < 51
    assert window.desk.resume_after_restart() is None  # nothing else was left open
    window.desk.end_hold()
    assert not window.services.activity.open_holds()


def test_after_a_crash_the_agent_can_end_the_hold_and_it_is_marked(
    make_window: MakeWindow, kb: KnowledgeBase
) -> None:
    log = ActivityLog(kb.database)
    log.log_hold_start(datetime.now(UTC) - timedelta(minutes=30), CS, 120)
    window = make_window()
    assert window.desk.resume_after_restart() is not None
    window.desk.end_hold(interrupted=True)
    assert not window.hold.running
    [hold] = window.services.activity.holds()
    assert hold.status == HOLD_INTERRUPTED


def _global_rect(widget: QWidget) -> QRect:
    return QRect(widget.mapToGlobal(widget.rect().topLeft()), widget.size())


def test_call_and_hold_bars_fit_at_420_by_700_with_the_details_open(
    make_window: MakeWindow,
) -> None:
    window = make_window()
    window.resize(420, 700)
    window.call.details_button.setChecked(True)
    QApplication.processEvents()
    areas = [window.library.view, window.call_details, window.call, window.hold]
    for area in areas:
        assert area.isVisible() and area.height() > 0 and area.width() > 300
    rects = [_global_rect(a) for a in areas]
    for i, a in enumerate(rects):
        for b in rects[i + 1 :]:
            assert not a.intersects(b)
    window_rect = _global_rect(window)
    for button in (window.call.toggle, window.call.callback_button, window.hold.toggle):
        assert window_rect.contains(_global_rect(button))
        assert button.width() >= button.minimumSizeHint().width()
    assert window.library.view.height() >= 100


@pytest.mark.parametrize("choice", ["&Continue hold", "&End hold"])
def test_after_a_restart_the_agent_is_asked_to_continue_or_end_the_hold(
    qtbot: QtBot, make_window: MakeWindow, kb: KnowledgeBase, choice: str
) -> None:
    log = ActivityLog(kb.database)
    call_started = datetime.now(UTC) - timedelta(minutes=8)
    call_id = log.log_call_start(call_started, COLLECTIONS)
    log.tick_step(call_id, 0, "Opening", False, True, call_started)
    stale_call = log.log_call_start(call_started - timedelta(hours=3), CS)
    log.log_hold_start(datetime.now(UTC) - timedelta(minutes=5), COLLECTIONS, 90, call_id)
    window = make_window()
    shown: list[bool] = []

    def answer(box: QMessageBox) -> None:
        shown.append(window.hold.running)  # already shown running while asking
        [button] = [b for b in box.buttons() if b.text() == choice]
        button.click()

    on_modal(QMessageBox, answer)
    window.ask_about_open_holds()
    assert shown == [True]
    [hold] = window.services.activity.holds()
    if choice == "&Continue hold":
        assert window.hold.running and hold.open
    else:
        assert not window.hold.running and hold.status == HOLD_INTERRUPTED
    # The hold's call goes on with its start time and ticks; an older open call is closed.
    assert window.call.running and window.desk.call.call_id == call_id
    assert window.campaigns.current_ref() == COLLECTIONS
    assert window.desk.call.timer.checklist.ticked(0)
    assert 8 * 60 - 5 < window.desk.call.talk_time() < 8 * 60 + 30
    assert [c.id for c in window.services.activity.open_calls()] == [call_id]
    assert stale_call not in {c.id for c in window.services.activity.open_calls()}


def test_attention_flashes_longer_as_reminders_escalate_and_chimes_only_when_on(
    qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from assistant.ui import attention as attention_module

    alerts: list[int] = []
    beeps: list[int] = []
    monkeypatch.setattr(QApplication, "alert", lambda _w, ms=0: alerts.append(ms))
    monkeypatch.setattr(QApplication, "beep", lambda: beeps.append(1))
    window = QWidget()
    qtbot.addWidget(window)
    settings = Settings(data_dir)
    attention = attention_module.Attention(window, settings)
    attention.request("Check in", "On hold for 02:00", 1)
    attention.request("Check in (reminder 2)", "On hold for 02:30", 2)
    assert alerts == [4000, 0]  # the second flashes until the window is activated
    assert len(beeps) == 2
    settings.chime = False
    attention.request("Check in (reminder 3)", "On hold for 03:00", 3)
    assert len(alerts) == 3 and len(beeps) == 2


def test_the_display_ticks_when_its_text_turns_over_not_four_times_a_second(
    qtbot: QtBot, activity: ActivityLog
) -> None:
    bar, desk, clock, _nags, _host = make_bar(qtbot, activity)
    tick = bar._tick
    assert not tick.isActive()  # idle: nothing to count
    desk.start_hold()
    assert tick.isActive() and tick.isSingleShot()
    assert 1000 <= tick.interval() <= 1010  # the next whole second of the hold
    clock.now += 0.4  # a late wake-up: the next turn is 0.6 s away
    bar._on_tick()
    assert 600 <= tick.interval() <= 610 and bar.elapsed_label.text() == "00:00"
    clock.now += 0.6
    bar._on_tick()
    assert bar.elapsed_label.text() == "00:01"
    assert bar.next_label.text() == "check in within 01:59"
    clock.now += 10.3  # 11.3 s in: checked in, the countdown now turns at .3, the time at .0
    desk.check_in()
    assert 700 <= tick.interval() <= 710  # the time on hold turns first
    assert bar.next_label.text() == "check in within 02:00"
    clock.now += 0.7
    bar._on_tick()
    assert bar.elapsed_label.text() == "00:12"
    assert 300 <= tick.interval() <= 310
    clock.now += 0.3
    bar._on_tick()
    assert bar.next_label.text() == "check in within 01:59"
    assert 700 <= tick.interval() <= 710
    desk.end_hold()
    assert not tick.isActive()
