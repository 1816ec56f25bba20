"""The call details are built the first time they are shown: a start does not build them, yet
the callbacks' alarm runs from the start, and the panel, once built, shows what is true now
(the due count, the current call's checklist)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QAbstractItemModel, QItemSelectionModel, QPoint, Qt
from PySide6.QtWidgets import QApplication, QListView, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from assistant.core.model import BUILTIN_PACK_ID, Ref
from assistant.services.desk import Desk
from assistant.store.activity import ActivityLog
from assistant.store.knowledge import KnowledgeBase
from assistant.ui.call_bar import CallBar
from assistant.ui.call_details import CALLBACKS_TAB, CallDetails
from assistant.ui.callback_watch import CallbackWatch
from assistant.ui.desk_actions import DeskActions
from assistant.ui.events import DeskEvents
from tests.conftest import MakeWindow, services_for

COLLECTIONS = Ref(BUILTIN_PACK_ID, "collections")


def test_a_start_does_not_build_the_call_details(make_window: MakeWindow) -> None:
    window = make_window()
    QApplication.processEvents()
    window.modes.set_compact(True)  # compact mode hides the details, if there are any
    window.modes.set_compact(False)
    window.reload()  # as after a pack change: the tab order is set again
    QApplication.processEvents()
    assert not window.call_details_built
    assert window.findChildren(CallDetails) == []
    assert not window.call.details_button.isChecked()
    # Asked for, they are built where they belong: between the phrases and the call bar.
    details = window.call_details
    assert window.call_details_built and not details.isVisible()
    layout = window.centralWidget().layout()
    assert layout is not None
    assert layout.indexOf(details) == layout.indexOf(window.splitter) + 1
    assert layout.indexOf(window.call) == layout.indexOf(details) + 1
    assert details.maximumHeight() == 135


def test_a_callback_falling_due_before_the_details_were_opened_opens_them(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    window = make_window()
    window.services.activity.add_callback("Omar", "REF-1", datetime.now(UTC) + timedelta(days=1))
    asked: list[str] = []
    window.attention.requested.connect(lambda title, _message, _level: asked.append(title))
    callback = window.services.activity.add_callback(
        "Ann", "REF-9", datetime.now(UTC) + timedelta(seconds=3), "refund"
    )
    # Due far enough ahead that a slow, shared machine still checks this before it falls due.
    assert not window.call_details_built and asked == []  # not due yet
    qtbot.waitUntil(lambda: asked != [], timeout=15_000)
    assert asked == ["Callback due: Ann"]
    assert window.call_details_built
    details = window.call_details
    assert details.isVisible() and window.call.details_button.isChecked()
    assert details.currentIndex() == CALLBACKS_TAB
    selected = details.callbacks.selected()
    assert selected is not None and selected.id == callback.id
    assert details.tabText(CALLBACKS_TAB) == "Call&backs (1 due)"
    assert window.statusBar().currentMessage().startswith("Callback due: Ann")


def test_a_callback_that_fell_due_while_the_program_was_closed_is_raised_at_start(
    qtbot: QtBot, make_window: MakeWindow, kb: KnowledgeBase
) -> None:
    ActivityLog(kb.database).add_callback(
        "Bea", "REF-3", datetime.now(UTC) - timedelta(minutes=5), "promised at noon"
    )
    window = make_window()  # shown and active: the event loop has turned
    # Raised once the window runs (not only listed as due): the details open on it.
    qtbot.waitUntil(lambda: window.call_details_built, timeout=5000)
    assert "Callback due: Bea" in window.statusBar().currentMessage()
    assert window.call_details.isVisible() and window.call.details_button.isChecked()
    assert window.call_details.currentIndex() == CALLBACKS_TAB
    asked: list[str] = []
    window.attention.requested.connect(lambda title, _message, _level: asked.append(title))
    window.callback_watch.check_due()
    assert asked == []  # and only once


def test_the_callbacks_tab_shows_the_due_count_when_first_built_and_after(
    qtbot: QtBot, make_window: MakeWindow, kb: KnowledgeBase
) -> None:
    log = ActivityLog(kb.database)
    now = datetime.now(UTC)
    log.add_callback("Bob", "555-0100", now - timedelta(minutes=5))  # fell due while closed
    log.add_callback("Cy", "555-0102", now + timedelta(days=1))
    window = make_window()
    # Bob's alarm (raised once the window runs) builds and opens the details.
    qtbot.waitUntil(lambda: window.call_details_built, timeout=5000)
    details = window.call_details
    assert details.isVisible()
    assert details.tabText(CALLBACKS_TAB) == "Call&backs (1 due)"
    assert details.callbacks.model.rowCount() == 2
    window.services.activity.add_callback("Di", "555-0103", now - timedelta(minutes=1))
    assert details.tabText(CALLBACKS_TAB) == "Call&backs (2 due)"
    # Done with the selected one (the alarm selected Di): the count follows.
    qtbot.mouseClick(details.callbacks.done_button, Qt.MouseButton.LeftButton)
    assert details.tabText(CALLBACKS_TAB) == "Call&backs (1 due)"
    assert details.callbacks.model.rowCount() == 2
    # Hidden, the panel still follows the watch.
    qtbot.mouseClick(window.call.details_button, Qt.MouseButton.LeftButton)
    assert not details.isVisible()
    [bob] = [c for c in window.services.activity.callbacks() if c.customer_name == "Bob"]
    window.services.activity.complete_callback(bob.id)
    assert details.tabText(CALLBACKS_TAB) == "Call&backs"


def ticked(model: QAbstractItemModel, row: int) -> bool:
    """Whether the checklist's row shows its step ticked."""
    state = model.data(model.index(row, 0), Qt.ItemDataRole.CheckStateRole)
    return Qt.CheckState(state) == Qt.CheckState.Checked


def details_for(
    qtbot: QtBot,
    kb: KnowledgeBase,
    tick: Callable[[int, bool], object] | None = None,
    before: Callable[[Desk], object] | None = None,
) -> tuple[Desk, CallDetails, QWidget]:
    """The call details of a desk of their own on the collections campaign (its flow), with
    ``tick`` for the desk's own tick, built after ``before`` did what it does at the desk; and
    the widget that holds the desk's events (keep it)."""
    services = services_for(kb)
    desk = services.desk
    host = QWidget()
    qtbot.addWidget(host)
    events = DeskEvents(desk, host)
    bar = CallBar(desk.call, DeskActions(desk, events, host), events, host)
    desk.select_campaign(COLLECTIONS)
    if before is not None:
        before(desk)
    details = CallDetails(
        services.today, events, bar, CallbackWatch(services.callbacks), tick or desk.tick_step
    )
    qtbot.addWidget(details)
    return desk, details, host


def test_a_panel_built_mid_call_shows_the_current_calls_steps_and_ticks(
    qtbot: QtBot, kb: KnowledgeBase
) -> None:
    flow = kb.call_flow(COLLECTIONS)
    assert len(flow) >= 2

    def mid_call(desk: Desk) -> None:
        desk.start_call()
        desk.tick_step(1, True)

    desk, details, _host = details_for(qtbot, kb, before=mid_call)
    model = details.checklist_model
    assert model.rowCount() == len(flow)
    assert flow[0].step in model.data(model.index(0, 0))
    assert [ticked(model, row) for row in (0, 1)] == [False, True]
    desk.tick_step(0, True)  # and it follows the call from then on
    assert ticked(model, 0)


def test_the_call_flow_rows_show_each_steps_name_weight_and_phrase(
    qtbot: QtBot, kb: KnowledgeBase
) -> None:
    """A required step says so and is bold; a step with a phrase says a double-click copies
    it; every step has a box to tick and nothing to edit (a double-click copies, it opens no
    editor)."""
    desk, details, _host = details_for(qtbot, kb)
    desk.start_call()
    model, flow = details.checklist_model, kb.call_flow(COLLECTIONS)
    assert any(s.required for s in flow) and any(not s.required for s in flow)
    for row, step in enumerate(flow):
        index = model.index(row, 0)
        text = index.data(Qt.ItemDataRole.DisplayRole)
        assert text == (f"{step.step}  (required)" if step.required else step.step)
        font = index.data(Qt.ItemDataRole.FontRole)
        assert (font is not None and font.bold()) == step.required
        tip = index.data(Qt.ItemDataRole.ToolTipRole)
        assert tip == ("Double-click to copy this step's phrase" if step.phrases else None)
        flags = model.flags(index)
        assert flags & Qt.ItemFlag.ItemIsUserCheckable and flags & Qt.ItemFlag.ItemIsSelectable
        assert not flags & Qt.ItemFlag.ItemIsEditable
        assert not ticked(model, row)


def test_a_tick_the_desk_did_not_write_shows_the_box_as_it_was(
    qtbot: QtBot, kb: KnowledgeBase
) -> None:
    """The box shows the desk's tick, not the click: a tick that wrote nothing (the disk
    refused it) leaves the box unticked, and the list is told to paint it again."""
    asked: list[tuple[int, bool]] = []
    desk, details, _host = details_for(qtbot, kb, tick=lambda row, done: asked.append((row, done)))
    desk.start_call()
    model = details.checklist_model
    changed: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda first, last, _roles: changed.append((first.row(), last.row())))
    index = model.index(1, 0)
    assert not model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert asked == [(1, True)] and not ticked(model, 1) and changed == [(1, 1)]
    # Nor is its text the list's to change.
    shown = index.data(Qt.ItemDataRole.DisplayRole)
    assert not model.setData(index, "another step", Qt.ItemDataRole.EditRole)
    assert index.data(Qt.ItemDataRole.DisplayRole) == shown


def test_space_and_a_click_on_a_box_tick_the_desks_step(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    """The agent ticks a step with Space on it or a click on its box: the desk has it (as the
    call's record will), and Space again unticks it."""
    window = make_window()
    window.resize(420, 700)
    window.campaigns.select(COLLECTIONS)
    window.call.details_button.setChecked(True)
    window.desk.start_call()
    details = window.call_details
    view, model = details.checklist, details.checklist_model
    view.setFocus()
    view.setCurrentIndex(model.index(2, 0))
    changed: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda first, last, _roles: changed.append((first.row(), last.row())))
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert window.desk.call.checklist.ticked(2) and ticked(model, 2)
    assert changed == [(2, 2)]  # once (each change scrolls the list to the call's step)
    view.scrollTo(model.index(3, 0))
    rect = view.visualRect(model.index(3, 0))
    box = QPoint(rect.left() + rect.height() // 2, rect.center().y())  # the box leads the row
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=box)
    assert window.desk.call.checklist.ticked(3) and ticked(model, 3)
    view.setCurrentIndex(model.index(2, 0))
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert not window.desk.call.checklist.ticked(2) and not ticked(model, 2)
    call_id = window.desk.call.call_id
    assert call_id is not None and window.services.activity.ticked_steps(call_id) == {3}


def test_a_new_calls_ticks_reach_the_list_as_one_change(qtbot: QtBot, kb: KnowledgeBase) -> None:
    """The next call of the same flow shows its ticks (none) in one change of the list's rows,
    not one per step: each change scrolls the list to the step the call is at."""
    desk, details, _host = details_for(qtbot, kb)
    model = details.checklist_model
    desk.start_call()
    for step in range(3):
        desk.tick_step(step, True)
    assert [ticked(model, row) for row in range(4)] == [True, True, True, False]
    desk.end_call()
    changed: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda first, last, _roles: changed.append((first.row(), last.row())))
    desk.start_call()
    assert changed == [(0, model.rowCount() - 1)]
    assert not any(ticked(model, row) for row in range(model.rowCount()))
    assert model.current_step() == 0


def test_changing_flows_leaves_no_python_object_behind(qtbot: QtBot, kb: KnowledgeBase) -> None:
    """Every change of flow makes the rows again, a whole shift long: Python holds none of
    them (a QStandardItem made in Python outlives the row the model deletes)."""
    import gc

    from PySide6.QtGui import QStandardItem

    desk, details, _host = details_for(qtbot, kb)
    flows = [c.ref for c in kb.campaigns() if kb.call_flow(c.ref)][:3]
    assert len(flows) >= 2

    def items() -> int:
        gc.collect()
        return sum(isinstance(o, QStandardItem) for o in gc.get_objects())

    before = items()
    for turn in range(20):
        desk.select_campaign(flows[turn % len(flows)])
        desk.start_call()
        desk.tick_step(0, True)
        desk.end_call()
    assert details.checklist_model.rowCount() == len(kb.call_flow(flows[19 % len(flows)]))
    assert items() == before


def test_the_next_call_of_the_same_flow_shows_its_ticks_without_making_its_rows_again(
    make_window: MakeWindow, kb: KnowledgeBase
) -> None:
    """A call's end and the next call's start on the same campaign change the ticks only: the
    list tells its rows changed (rows made again, or a reset, laid them out again, and the
    window its details, at every call's start and end), and shows each call's ticks; another
    flow's rows are made again."""
    window = make_window()
    window.resize(420, 700)
    window.campaigns.select(COLLECTIONS)
    window.call.details_button.setChecked(True)
    details = window.call_details
    model, view = details.checklist_model, details.checklist
    remade: list[str] = []
    model.modelReset.connect(lambda: remade.append("reset"))
    model.rowsRemoved.connect(lambda *_: remade.append("removed"))
    model.rowsInserted.connect(lambda *_: remade.append("inserted"))
    window.desk.start_call()
    remade.clear()  # the first call of the flow
    for step in range(3):
        window.desk.tick_step(step, True)
    view.setCurrentIndex(model.index(3, 0))  # the agent's keyboard on the fourth step
    window.desk.end_call()
    window.desk.start_call()
    QApplication.processEvents()
    assert remade == []
    # The new call starts as a new flow does: no step the keyboard is on (Space then Down
    # ticked the last call's fifth step).
    assert not view.currentIndex().isValid() and not view.selectionModel().hasSelection()
    assert [ticked(model, row) for row in (0, 1, 2)] == [False] * 3  # the new call's
    assert model.current_step() == 0
    assert view.viewport().rect().contains(view.visualRect(model.index(0, 0)))
    window.desk.end_call()
    other = next(c.ref for c in kb.campaigns() if kb.call_flow(c.ref) != kb.call_flow(COLLECTIONS))
    window.campaigns.select(other)
    window.desk.start_call()
    assert remade == ["removed", "inserted"]
    steps = [s.step for s in kb.call_flow(other)]
    assert model.rowCount() == len(steps)
    shown = [model.data(model.index(row, 0)) for row in range(model.rowCount())]
    assert [text.removesuffix("  (required)") for text in shown] == steps


def test_a_campaign_chosen_during_a_call_gives_the_next_call_its_flow(
    make_window: MakeWindow, kb: KnowledgeBase
) -> None:
    """The running call keeps its flow; the next one starts on the campaign chosen during it
    (it started on the old campaign's steps, and its end warned of their required ones)."""
    window = make_window()
    window.campaigns.select(COLLECTIONS)
    window.call.details_button.setChecked(True)
    model = window.call_details.checklist_model
    collections = kb.call_flow(COLLECTIONS)
    other = next(c.ref for c in kb.campaigns() if kb.call_flow(c.ref) != collections)
    window.desk.start_call()
    window.campaigns.select(other)
    assert [s.step for s in window.desk.call.checklist.steps] == [s.step for s in collections]
    assert model.rowCount() == len(collections)  # this call's flow, to its end
    ended, _record = window.desk.end_call()
    required = [s.step for s in collections if s.required]
    assert list(ended.missing_steps) == required  # this call's own required steps
    flow = kb.call_flow(other)
    assert [s.step for s in window.desk.call.checklist.steps] == [s.step for s in flow]
    assert model.rowCount() == len(flow)
    window.desk.start_call()
    assert [s.step for s in window.desk.call.flow] == [s.step for s in flow]
    window.desk.end_call()
    assert window.call.flagged == any(s.required for s in flow)


def test_a_call_resumed_after_a_restart_shows_its_checklist_with_its_ticks(
    make_window: MakeWindow, kb: KnowledgeBase
) -> None:
    log = ActivityLog(kb.database)
    flow = kb.call_flow(COLLECTIONS)
    call_id = log.log_call_start(datetime.now(UTC) - timedelta(minutes=2), COLLECTIONS)
    log.tick_step(call_id, 1, flow[1].step, flow[1].required, True, datetime.now(UTC))
    log.log_hold_start(datetime.now(UTC) - timedelta(minutes=1), COLLECTIONS, 90, call_id)
    window = make_window()
    assert not window.call_details_built
    window.desk.resume_after_restart()  # the hold left open, with the call it belongs to
    assert window.call.running and window.desk.call.call_id == call_id
    details = window.call_details
    assert details.isVisible() and details.currentWidget() is details.checklist
    model = details.checklist_model
    assert model.rowCount() == len(flow)
    assert ticked(model, 1) and not ticked(model, 0)


def test_leaving_compact_mode_shows_the_details_only_if_the_toggle_is_on(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    window = make_window()
    window.modes.set_compact(True)
    window.modes.set_compact(False)
    assert not window.call_details_built  # never shown: not built by compact mode either
    details = window.call_details  # built, the toggle off
    window.modes.set_compact(True)
    window.modes.set_compact(False)
    assert not details.isVisible()
    qtbot.mouseClick(window.call.details_button, Qt.MouseButton.LeftButton)
    assert details.isVisible()
    window.modes.set_compact(True)
    assert not details.isVisible()
    window.modes.set_compact(False)
    assert details.isVisible()


def test_short_details_keep_the_step_the_call_is_at_in_view(make_window: MakeWindow) -> None:
    from tests.test_layout import worst_case

    window = make_window()
    window.resize(420, 700)
    worst_case(window)
    details = window.call_details
    details.setCurrentWidget(details.checklist)
    view, model = details.checklist, details.checklist_model
    for ticked in range(3):
        window.desk.tick_step(ticked, True)
        QApplication.processEvents()
        current = model.current_step()
        assert current == ticked + 1
        rect = view.visualRect(model.index(current, 0))
        assert view.viewport().rect().contains(rect), ticked  # whole, at the top
    # In a wide window the whole flow is in view, from its first step.
    window.resize(900, 700)
    for _ in range(3):
        QApplication.processEvents()
    assert window.columns.wide
    for row in range(model.rowCount()):
        assert view.viewport().rect().contains(view.visualRect(model.index(row, 0))), row


def test_the_callbacks_list_offers_its_buttons_in_its_own_menu(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    from tests.test_layout import fully_shown, worst_case

    window = make_window()
    window.resize(420, 700)
    worst_case(window)  # a call, a hold nagging, a mood: the page shows one row
    panel = window.call_details.callbacks
    window.call_details.show_callbacks()
    QApplication.processEvents()
    assert not fully_shown(panel.done_button)  # why the menu is there
    view = panel.view
    assert view.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    menu = {a.text(): a for a in view.actions() if not a.isSeparator()}
    assert list(menu) == ["D&one", "&Snooze 5 min", "&Reschedule…", "&Add…"]
    # Nothing selected: only Add can be done.
    view.setCurrentIndex(view.model().index(-1, 0))
    assert [a.isEnabled() for a in menu.values()] == [False, False, False, True]
    [jane] = window.services.activity.callbacks()
    panel.select(jane.id)
    assert all(a.isEnabled() for a in menu.values())
    # What the window does with them (its modal forms) is not this test's: only what is asked.
    panel.add_requested.disconnect()
    panel.reschedule_requested.disconnect()
    rescheduled: list[object] = []
    panel.reschedule_requested.connect(rescheduled.append)
    with qtbot.waitSignal(panel.add_requested):
        menu["&Add…"].trigger()
    menu["&Reschedule…"].trigger()
    assert [c.id for c in rescheduled] == [jane.id]  # type: ignore[attr-defined]
    menu["D&one"].trigger()
    assert window.services.activity.callbacks() == []
    assert window.call_details.tabText(CALLBACKS_TAB) == "Call&backs"


def test_a_tab_chosen_by_its_alt_key_takes_the_focus_to_its_page(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    window = make_window()
    window.campaigns.select(COLLECTIONS)
    window.desk.start_call()  # a call flow: the details open on it
    details = window.call_details
    assert details.isVisible()
    combo = window.campaigns.combo
    campaign = combo.currentText()
    qtbot.keyClick(window.library.filter, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is combo
    details.setCurrentIndex(CALLBACKS_TAB)
    qtbot.keyClick(combo, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)
    assert details.currentWidget() is details.checklist
    assert QApplication.focusWidget() is details.checklist
    # The next key is the checklist's: Down left on the campaign switched the call's campaign.
    qtbot.keyClick(details.checklist, Qt.Key.Key_Down)
    assert combo.currentText() == campaign
    for key, page in (
        (Qt.Key.Key_B, details.callbacks.view),
        (Qt.Key.Key_T, details.today),
        (Qt.Key.Key_W, details.checklist),
    ):
        window.library.filter.setFocus()
        qtbot.keyClick(window.library.filter, key, Qt.KeyboardModifier.AltModifier)
        assert QApplication.focusWidget() is page, key
        # Space went into the search box as a typed space.
        qtbot.keyClick(page, Qt.Key.Key_Space)
        assert window.library.filter.text() == ""


def test_a_tab_the_program_opens_leaves_the_focus_where_the_agent_types(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    window = make_window()
    window.campaigns.select(COLLECTIONS)
    window.desk.start_call()
    details = window.call_details
    search = window.library.filter
    search.setFocus()
    qtbot.keyClicks(search, "card")
    callback = window.services.activity.add_callback("Ann", "REF-9", datetime.now(UTC))
    window.callback_watch.callback_due.emit(callback)  # as its alarm does when it falls due
    assert details.currentIndex() == CALLBACKS_TAB
    assert QApplication.focusWidget() is search
    qtbot.keyClicks(search, " lost")
    assert search.text() == "card lost"
    # Nor does a click on a tab: the mouse is not where the agent types.
    today = details.tabBar().tabRect(2).center()
    qtbot.mouseClick(details.tabBar(), Qt.MouseButton.LeftButton, pos=today)
    assert details.currentIndex() == 2
    assert QApplication.focusWidget() is search


def row_in_view(view: QListView, row: int) -> bool:
    """The row is shown whole: in the list's viewport and not cut by the page scrolled."""
    rect = view.visualRect(view.model().index(row, 0))
    return not rect.isEmpty() and view.viewport().visibleRegion().boundingRect().contains(rect)


def test_a_focused_callbacks_list_on_a_short_page_shows_its_current_row(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    from tests.test_layout import worst_case

    window = make_window()
    window.resize(420, 700)
    worst_case(window)  # a call, a hold nagging, a mood, one callback: the page scrolls
    details = window.call_details
    details.show_callbacks()
    QApplication.processEvents()
    panel, tabs = details.callbacks, details.tabBar()
    view = panel.view
    page = details.currentWidget()
    assert isinstance(page, QScrollArea) and page.verticalScrollBar().maximum() > 0
    tabs.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(tabs, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is view
    assert view.currentIndex().row() == 0 and row_in_view(view, 0)
    # Down on the only row: the page scrolled on, and the list showed no row.
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert row_in_view(view, 0)
    # On to the buttons (the page scrolls down to them) and back: the row again.
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is panel.add_button
    qtbot.keyClick(panel.add_button, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is view and row_in_view(view, 0)
    # Into the list from the tabs with the page left scrolled down.
    page.verticalScrollBar().setValue(page.verticalScrollBar().maximum())
    assert not row_in_view(view, 0)
    tabs.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(tabs, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is view and row_in_view(view, 0)


def test_the_callbacks_buttons_act_on_the_row_the_keyboard_is_on(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    window = make_window()
    later = datetime.now(UTC) + timedelta(days=1)
    ann = window.services.activity.add_callback("Ann", "555-0101", later)
    bob = window.services.activity.add_callback("Bob", "555-0102", later + timedelta(hours=1))
    window.call.details_button.setChecked(True)
    details = window.call_details
    details.show_callbacks()
    panel = details.callbacks
    view = panel.view
    menu = [a for a in view.actions() if not a.isSeparator()][:3]  # done, snooze, reschedule
    buttons = [panel.done_button, panel.snooze_button, panel.reschedule_button]
    assert not view.currentIndex().isValid()
    assert not any(b.isEnabled() for b in buttons) and not any(a.isEnabled() for a in menu)
    # Tab into the list: Qt makes the first row current, and Done would act on it.
    details.tabBar().setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(details.tabBar(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is view
    assert view.currentIndex().row() == 0
    # It is highlighted as chosen, and the buttons and the Menu key's menu offer it.
    assert [i.row() for i in view.selectionModel().selectedIndexes()] == [0]
    assert all(b.isEnabled() for b in buttons) and all(a.isEnabled() for a in menu)
    # Down goes to the second, as the highlight says.
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert [i.row() for i in view.selectionModel().selectedIndexes()] == [1]
    selected = panel.selected()
    assert selected is not None and selected.id == bob.id
    qtbot.keyClick(view, Qt.Key.Key_Up)
    menu[0].trigger()  # Done, from the menu
    assert [c.id for c in window.services.activity.callbacks()] == [bob.id]
    assert ann.id != bob.id
    # Ann's row is gone: Bob's took its place, and is the one chosen now.
    assert view.currentIndex().row() == 0 and panel.selected() == bob
    assert all(b.isEnabled() for b in buttons) and all(a.isEnabled() for a in menu)
    # The current row, selected or not (Ctrl+Space unselects it), is what Done acts on.
    qtbot.keyClick(view, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    assert view.currentIndex().row() == 0 and not view.selectionModel().hasSelection()
    assert all(b.isEnabled() for b in buttons) and all(a.isEnabled() for a in menu)
    # However the current row comes and goes (Qt's own focus-in selects nothing).
    view.selectionModel().clearCurrentIndex()
    assert not any(b.isEnabled() for b in buttons) and not any(a.isEnabled() for a in menu)
    first, no_update = view.model().index(0, 0), QItemSelectionModel.SelectionFlag.NoUpdate
    view.selectionModel().setCurrentIndex(first, no_update)
    assert all(b.isEnabled() for b in buttons) and all(a.isEnabled() for a in menu)


def test_after_done_the_next_callback_is_the_one_selected(make_window: MakeWindow) -> None:
    # The list kept the focus with no current row: Done again did nothing until Down.
    window = make_window()
    now = datetime.now(UTC)
    for name in ("Ann", "Bob", "Cy"):
        window.services.activity.add_callback(name, "555-0100", now + timedelta(hours=1))
    panel = window.call_details.callbacks
    window.call_details.show_callbacks()
    [ann, bob, cy] = window.services.activity.callbacks()
    panel.select(bob.id)
    panel.complete_selected()
    selected = panel.selected()
    assert selected is not None and selected.id == cy.id  # the one that took Bob's place
    assert panel.view.selectionModel().isSelected(panel.view.currentIndex())
    assert panel.done_button.isEnabled()
    panel.complete_selected()  # the last row: the one before it
    selected = panel.selected()
    assert selected is not None and selected.id == ann.id
    panel.complete_selected()
    assert panel.selected() is None and not panel.done_button.isEnabled()
    # A change that keeps the selected one keeps it.
    window.services.activity.add_callback("Di", "555-0101", now + timedelta(hours=2))
    window.services.activity.add_callback("Ed", "555-0102", now + timedelta(hours=3))
    [di, ed] = window.services.activity.callbacks()
    panel.select(ed.id)
    window.services.activity.add_callback("Fay", "555-0103", now + timedelta(minutes=30))
    selected = panel.selected()
    assert selected is not None and selected.id == ed.id
