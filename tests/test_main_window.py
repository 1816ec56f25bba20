"""The whole window: layout at softphone size, copying, shortcuts, and what it remembers."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from assistant.core.model import BUILTIN_PACK_ID, Ref
from assistant.services.desk import CAMPAIGN_SETTING
from assistant.settings import Settings
from assistant.store.knowledge import KnowledgeBase
from assistant.ui.main_window import MainWindow
from tests.conftest import MakeWindow, new_window, scroll_to_the_end


def _global_rect(widget: QWidget) -> QRect:
    return QRect(widget.mapToGlobal(widget.rect().topLeft()), widget.size())


def test_everything_fits_in_420_by_700(make_window: MakeWindow) -> None:
    window = make_window()
    window.resize(420, 700)
    QApplication.processEvents()
    assert window.width() <= 420 and window.height() <= 700
    areas = [window.campaigns, window.personas.buttons_box, window.library.view, window.hold]
    for area in areas:
        assert area.isVisible() and area.height() > 0 and area.width() > 200
    rects = [_global_rect(a) for a in areas]
    for i, a in enumerate(rects):
        for b in rects[i + 1 :]:
            assert not a.intersects(b)
    # Every persona button is on screen inside the window, none clipped away.
    window_rect = _global_rect(window)
    for button in window.personas.group.buttons():
        assert window_rect.contains(_global_rect(button))
    assert window.library.view.height() >= 150


def test_choosing_a_campaign_switches_the_library_and_hold_policy(
    make_window: MakeWindow, kb: KnowledgeBase
) -> None:
    window = make_window()
    target = next(c for c in kb.campaigns() if c.ref.id != "customer-service")
    window.campaigns.select(target.ref)
    scroll_to_the_end(window.library)
    shown = {
        window.library.model.phrase_at(r).ref  # type: ignore[union-attr]
        for r in range(window.library.model.rowCount())
        if window.library.model.phrase_at(r) is not None
    }
    assert shown == {p.ref for p in kb.campaign_phrases(target.ref)}
    assert window.desk.hold.timer.check_in_seconds == target.check_in_seconds


def test_enter_copies_the_phrase_with_known_placeholders_filled(
    qtbot: QtBot, make_window: MakeWindow, kb: KnowledgeBase, data_dir: Path
) -> None:
    settings = Settings(data_dir)
    settings.agent_name = "Rosa"
    settings.company = "Northwind"
    window = make_window(settings)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.library.filter.hasFocus()
    qtbot.keyClicks(window.library.filter, "agent_name")  # phrases that introduce the agent
    window.library.refresh()
    phrase = window.library.current_phrase()
    assert phrase is not None
    qtbot.keyClick(window.library.filter, Qt.Key.Key_Return)
    copied = QGuiApplication.clipboard().text()
    assert "Rosa" in copied and "{agent_name}" not in copied
    assert QGuiApplication.clipboard().mimeData().formats() == ["text/plain"]
    assert window.statusBar().currentMessage() == f"Copied: {phrase.title}"
    used = kb.phrase(phrase.ref)
    assert used is not None and used.uses == 1


def test_ctrl_h_starts_and_ends_a_hold(
    qtbot: QtBot, make_window: MakeWindow, kb: KnowledgeBase
) -> None:
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert window.hold.running
    qtbot.keyClick(window, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert not window.hold.running
    [hold] = window.services.activity.holds()
    assert hold.ended_at is not None and len(hold.check_ins) == 1


def test_the_window_remembers_size_position_and_campaign(
    qtbot: QtBot, make_window: MakeWindow, kb: KnowledgeBase, data_dir: Path
) -> None:
    first = make_window()
    first.resize(480, 760)
    first.move(40, 30)
    target = kb.campaigns()[4].ref
    first.campaigns.select(target)
    QApplication.processEvents()
    first.close()
    second = make_window()
    assert second.campaigns.current_ref() == target
    assert (second.width(), second.height()) == (480, 760)
    assert second.pos() == first.pos()


def test_the_campaign_in_use_is_remembered_in_activity_db_as_it_changes(
    make_window: MakeWindow, kb: KnowledgeBase, data_dir: Path
) -> None:
    window = make_window()
    refs = [c.ref for c in kb.campaigns()]
    commits: list[int] = []
    kb.database.on_commit(lambda: commits.append(1))
    for ref in refs[1:4]:  # an agent going through the campaigns
        window.campaigns.select(ref)
    # A commit each (activity.db: the window does not wait for the disk), not settings.ini,
    # whose sync holds the window's thread.
    assert len(commits) == 3
    assert kb.setting(CAMPAIGN_SETTING) == str(refs[3])
    assert Settings(data_dir).old_campaign == ""
    window.campaigns.select(refs[3])  # the same again: nothing written
    assert len(commits) == 3
    window.close()
    assert make_window().campaigns.current_ref() == refs[3]


def _crash(window: MainWindow, settings: Settings) -> None:
    """The program dies: nothing closes, nothing is saved at close; what activity.db holds is
    kept."""
    window.library.shutdown()
    window.deleteLater()
    settings.deleteLater()
    QApplication.processEvents()


def test_a_crash_right_after_choosing_a_campaign_keeps_that_choice(
    make_window: MakeWindow, kb: KnowledgeBase, data_dir: Path
) -> None:
    settings = Settings(data_dir)
    crashed = new_window(kb, settings)
    chosen = kb.campaigns()[2].ref
    crashed.campaigns.select(chosen)
    _crash(crashed, settings)
    assert make_window().campaigns.current_ref() == chosen


def test_a_crash_with_a_customer_on_hold_comes_back_on_the_hold_s_campaign(
    make_window: MakeWindow, kb: KnowledgeBase, data_dir: Path
) -> None:
    settings = Settings(data_dir)
    crashed = new_window(kb, settings)
    chosen = kb.campaigns()[2].ref
    crashed.campaigns.select(chosen)
    crashed.desk.start_call()
    crashed.desk.start_hold()
    kb.set_setting(CAMPAIGN_SETTING, str(kb.campaigns()[4].ref))  # as if chosen elsewhere
    _crash(crashed, settings)
    window = make_window()
    window.desk.resume_after_restart()
    # The customer left on hold comes back with the call and its campaign (activity.db).
    assert window.hold.running and window.call.running
    assert window.campaigns.current_ref() == chosen


def test_a_stale_remembered_campaign_falls_back_to_the_first(
    make_window: MakeWindow, kb: KnowledgeBase
) -> None:
    kb.set_setting(CAMPAIGN_SETTING, "gone/nowhere")
    window = make_window()
    assert window.campaigns.current_ref() == Ref(BUILTIN_PACK_ID, kb.campaigns()[0].ref.id)


def test_the_campaign_an_earlier_version_kept_in_the_settings_opens_once(
    make_window: MakeWindow, kb: KnowledgeBase, data_dir: Path
) -> None:
    from PySide6.QtCore import QSettings

    old = kb.campaigns()[3].ref
    written = QSettings(str(Settings(data_dir).path), QSettings.Format.IniFormat)
    written.setValue("session/campaign", str(old))  # where earlier versions kept it
    written.sync()
    window = make_window()
    assert window.campaigns.current_ref() == old
    assert kb.setting(CAMPAIGN_SETTING) == str(old)  # from now on, activity.db's
    window.campaigns.select(kb.campaigns()[1].ref)
    window.close()
    assert make_window().campaigns.current_ref() == kb.campaigns()[1].ref


def test_a_status_message_gets_the_whole_status_line(make_window: MakeWindow) -> None:
    window = make_window()
    window.resize(420, 700)
    hints = window.library.hints
    QApplication.processEvents()
    assert hints.isVisible() and window.library.count_label.isVisible()
    message = "Callback due: Jane Doe · 555-0101 — card replacement"
    window.statusBar().showMessage(message, 10_000)
    QApplication.processEvents()
    # The key hints step aside while it shows, so a reminder is not cut to a few words.
    assert not hints.isVisible() and not window.library.count_label.isVisible()
    assert window.statusBar().currentMessage() == message
    window.statusBar().clearMessage()
    QApplication.processEvents()
    assert hints.isVisible()


@pytest.mark.parametrize("width", [420, 520, 900])
def test_the_key_hints_give_way_to_what_the_list_says(make_window: MakeWindow, width: int) -> None:
    window = make_window()
    window.resize(width, 700)
    window.library.filter.setText("zzqqxx")
    window.library.refresh()
    QApplication.processEvents()
    count, hints = window.library.count_label, window.library.hints
    assert count.text() == "No phrase matches; try fewer or other words"
    assert not count.is_elided() and count.shown_text() == count.text()
    assert not count.geometry().intersects(hints.geometry()) or hints.shown_count() == 0
    # Whole hints from the first, none cut in the middle; all of them when there is room.
    shown = hints.text()
    assert hints.whole_text().startswith(shown)
    rest = hints.whole_text()[len(shown) :]
    assert shown == "" or rest == "" or rest.startswith(" · ")
    if width >= 900:
        assert shown == hints.whole_text() and hints.toolTip() == ""
    elif shown != hints.whole_text():
        assert "Esc clear" in hints.toolTip()
    assert hints.fontMetrics().horizontalAdvance(shown) <= hints.contentsRect().width()
