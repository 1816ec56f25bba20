"""Beside the softphone: settings, compact mode, always on top, tray, keyboard, translations."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QPoint, QRect, QSettings, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QLabel
from pytestqt.qtbot import QtBot

from assistant import __version__
from assistant.core.hold import Nag
from assistant.core.model import BUILTIN_PACK_ID, Ref
from assistant.services.desk import CAMPAIGN_SETTING
from assistant.settings import Settings
from assistant.store.knowledge import KnowledgeBase
from assistant.ui import theme, window_modes
from assistant.ui.about import AboutDialog
from assistant.ui.crash_dialog import install_crash_handler
from assistant.ui.hotkey import MOD_ALT, MOD_CONTROL, MOD_NOREPEAT, GlobalHotkey, windows_keys
from assistant.ui.i18n import install_translators
from assistant.ui.settings_dialog import SettingsDialog
from assistant.ui.tray import Tray
from assistant.ui.window_modes import on_screen, rescued_position, screen_setup_key
from tests.conftest import MakeWindow, new_window, tab_chain


@pytest.fixture
def english() -> Iterator[None]:
    """Whatever a test loads, the next test starts in English."""
    yield
    install_translators("en")


# ------------------------------------------------------------------ settings


def test_settings_have_defaults_and_survive_a_restart(data_dir: Path) -> None:
    settings = Settings(data_dir)
    assert (settings.always_on_top, settings.close_to_tray, settings.compact) == (
        False,
        False,
        False,
    )
    assert settings.chime and settings.notifications
    assert settings.theme == "system" and settings.font_size == 0
    assert settings.hotkey == "Ctrl+Alt+Space"
    settings.always_on_top = True
    settings.theme = "dark"
    settings.font_size = 14
    settings.set_companies({"builtin/collections": "ACME ", "builtin/x": "  "})
    again = Settings(data_dir)
    assert again.always_on_top and again.theme == "dark" and again.font_size == 14
    assert again.companies() == {"builtin/collections": "ACME"}


def test_hand_edited_settings_fall_back_to_defaults(data_dir: Path) -> None:
    raw = QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)
    raw.setValue("appearance/theme", "purple")
    raw.setValue("appearance/font_size", "huge")
    raw.setValue("window/always_on_top", "maybe")
    raw.setValue("agent/companies", "{not json")
    raw.sync()
    settings = Settings(data_dir)
    assert settings.theme == "system"
    assert settings.font_size == 0
    assert settings.always_on_top is False
    assert settings.companies() == {}
    with pytest.raises(ValueError, match="theme must be one of"):
        settings.theme = "purple"
    settings.font_size = 500
    assert settings.font_size == 0  # out of range reads as the default


def test_company_per_campaign_fills_the_company_placeholder(
    make_window: MakeWindow, data_dir: Path
) -> None:
    settings = Settings(data_dir)
    settings.company = "Contoso"
    window = make_window(settings)
    current = str(window.campaigns.current_ref())
    assert window.services.phrases.automatic_values()["company"] == "Contoso"
    settings.set_companies({current: "ACME Card Services"})
    assert window.services.phrases.automatic_values()["company"] == "ACME Card Services"


def test_settings_dialog_saves_on_ok_and_keeps_everything_on_cancel(
    qtbot: QtBot, data_dir: Path, kb: KnowledgeBase
) -> None:
    settings = Settings(data_dir)
    campaigns = [(str(c.ref), c.name) for c in kb.campaigns()]
    dialog = SettingsDialog(settings, campaigns)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.agent_name, "Maria")
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.always_on_top.setChecked(True)
    dialog.select_campaign(campaigns[2][0])
    qtbot.keyClicks(dialog.campaign_company, "Globex")
    dialog.select_campaign(campaigns[0][0])
    qtbot.keyClicks(dialog.campaign_company, "Initech")
    dialog.reject()
    assert settings.agent_name == "" and settings.theme == "system"
    assert settings.companies() == {}

    dialog = SettingsDialog(settings, campaigns)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.agent_name, "Maria")
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.always_on_top.setChecked(True)
    dialog.select_campaign(campaigns[2][0])
    qtbot.keyClicks(dialog.campaign_company, "Globex")
    dialog.select_campaign(campaigns[0][0])
    qtbot.keyClicks(dialog.campaign_company, "Initech")
    qtbot.keyClick(dialog.agent_name, Qt.Key.Key_Return)  # Enter is OK
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert settings.agent_name == "Maria"
    assert settings.theme == "dark" and settings.always_on_top
    assert settings.companies() == {campaigns[2][0]: "Globex", campaigns[0][0]: "Initech"}
    # The language takes effect at the next start, and the dialog says so where it is chosen
    # (an agent chose Spanish, pressed OK, and saw nothing change).
    assert dialog.language_note.isVisibleTo(dialog)
    assert dialog.language_note.text() == "The language changes at the next start."


def test_settings_dialog_is_labelled_and_tabs_top_to_bottom(qtbot: QtBot, data_dir: Path) -> None:
    dialog = SettingsDialog(Settings(data_dir), [("builtin/collections", "Sales")])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    visited = tab_chain(qtbot, dialog.agent_name)
    controls = [w for w in visited if w.parent() is not dialog.buttons]
    expected = [dialog.agent_name, dialog.company, dialog.campaign, dialog.campaign_company]
    assert controls[:4] == expected
    assert dialog.pack_folder in controls and dialog.theme in controls
    assert controls.index(dialog.theme) < controls.index(dialog.pack_folder)
    assert controls[-6:] == [
        dialog.signing_key,
        dialog.browse_key,
        dialog.team_publish,
        dialog.team_folder,
        dialog.browse_team,
        dialog.team_name,
    ]
    for widget in controls:
        assert widget.accessibleName(), widget


def test_a_supervisor_chooses_the_signing_key_in_settings(
    qtbot: QtBot, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = Settings(data_dir)
    dialog = SettingsDialog(settings, [])
    qtbot.addWidget(dialog)
    key = tmp_path / "team-key"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(key), ""))
    qtbot.mouseClick(dialog.browse_key, Qt.MouseButton.LeftButton)
    assert dialog.signing_key.text() == str(key)
    dialog.reject()
    assert settings.signing_key == ""  # Cancel keeps it
    dialog = SettingsDialog(settings, [])
    qtbot.addWidget(dialog)
    dialog.signing_key.setText(str(key))
    dialog.accept()
    assert Settings(data_dir).signing_key == str(key)
    dialog = SettingsDialog(settings, [])
    qtbot.addWidget(dialog)
    assert dialog.signing_key.text() == str(key)
    dialog.signing_key.clear()
    dialog.accept()
    assert settings.signing_key == ""  # cleared: publish unsigned again


# ------------------------------------------------------------------ window modes


@pytest.fixture(params=["bare", "themed"])
def styled(request: pytest.FixtureRequest) -> Iterator[None]:
    """The window bare, and with the program's theme and stylesheet (app.py applies them)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    if request.param == "themed":
        theme.apply_theme(app, "light")
    yield
    app.setStyleSheet("")


@pytest.mark.usefixtures("styled")
def test_compact_mode_keeps_only_search_results_and_hold(
    make_window: MakeWindow, qtbot: QtBot, data_dir: Path
) -> None:
    # With the stylesheet, the window stayed 469 px tall: the central widget's own minimum
    # (ui/columns.py Central) was asked again only after the resize.
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert window.modes.compact and window.menus.compact.isChecked()
    for shown in (window.library.filter, window.library.view, window.hold):
        assert shown.isVisible()
    for hidden in (window.campaigns, window.personas, window.menuBar()):
        assert not hidden.isVisible()
    assert window.height() <= 380
    # The shortcuts still work with the menu bar hidden.
    qtbot.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert window.hold.running
    qtbot.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    # Alt+N and Alt+C, whose fields compact mode hides, typed "n" and "c" into the search box
    # (changing the results under Enter): they leave compact mode and go to their field.
    window.library.filter.setFocus()
    qtbot.keyClick(window.library.filter, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    assert not window.modes.compact and window.call_context.customer.hasFocus()
    assert window.library.filter.text() == ""
    qtbot.keyClick(window, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    window.library.filter.setFocus()
    qtbot.keyClick(window.library.filter, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    assert not window.modes.compact and window.campaigns.combo.hasFocus()
    assert window.library.filter.text() == ""
    # Outside compact mode the labels' own Alt keys answer, as before.
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    assert window.call_context.customer.hasFocus()
    qtbot.keyClick(window, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    window.close()

    again = make_window(Settings(data_dir))
    assert again.modes.compact and not again.campaigns.isVisible()
    qtbot.keyClick(again, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert again.campaigns.isVisible() and again.personas.isVisible()
    assert again.menuBar().isVisible()
    assert again.height() >= 480


def test_always_on_top_toggles_and_is_remembered(
    make_window: MakeWindow, qtbot: QtBot, data_dir: Path
) -> None:
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert window.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    assert window.isVisible()
    window.close()
    again = make_window(Settings(data_dir))
    assert again.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    assert again.menus.always_on_top.isChecked()
    again.menus.always_on_top.trigger()
    assert not again.windowFlags() & Qt.WindowType.WindowStaysOnTopHint


def test_the_window_remembers_its_place_and_campaign_per_monitor_setup(
    make_window: MakeWindow, data_dir: Path
) -> None:
    settings = Settings(data_dir)
    window = make_window(settings)
    sales = Ref(BUILTIN_PACK_ID, "collections")
    assert window.campaigns.select(sales)
    window.resize(500, 640)
    window.close()
    state = settings.screen_state(screen_setup_key())
    assert state["campaign"] == str(sales)
    # Elsewhere the agent picked another campaign; this setup still comes back to its own.
    window.kb.set_setting(CAMPAIGN_SETTING, f"{BUILTIN_PACK_ID}/customer-service")
    again = make_window(Settings(data_dir))
    assert again.campaigns.current_ref() == sales
    assert again.size().width() == 500 and again.size().height() == 640


def test_a_size_saved_on_a_taller_screen_is_cut_to_this_one(
    make_window: MakeWindow, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(Settings(data_dir))
    window.resize(480, 790)
    window.close()
    # The same monitor setup, its taskbar now taller: less room than the saved size.
    area = QRect(0, 0, 1280, 600)
    monkeypatch.setattr(window_modes, "available_area", lambda _window: area)
    again = make_window(Settings(data_dir))
    assert area.contains(again.frameGeometry()), again.frameGeometry()
    hold = again.hold
    assert hold.visibleRegion().boundingRect() == hold.rect()
    assert again.rect().contains(QRect(hold.mapTo(again, QPoint(0, 0)), hold.size()))


def test_setup_keys_differ_when_a_monitor_is_removed() -> None:
    screens = QGuiApplication.screens()
    assert screen_setup_key(screens) == screen_setup_key(list(reversed(screens)))
    assert screen_setup_key(screens) != screen_setup_key([])


def test_a_window_left_on_a_removed_monitor_comes_back() -> None:
    laptop = QRect(0, 0, 1366, 728)
    on_removed_monitor = QRect(1900, 100, 420, 700)
    assert not on_screen(on_removed_monitor, [laptop])
    assert on_screen(QRect(1000, 100, 420, 700), [laptop])  # partly off, title bar reachable
    back = rescued_position(on_removed_monitor, laptop)
    assert laptop.contains(QRect(back, on_removed_monitor.size()).topLeft())
    assert back.x() + 420 <= 1366
    assert rescued_position(QRect(-5000, -300, 420, 700), laptop) == QPoint(0, 0)


def test_a_window_moved_off_every_screen_is_moved_back(make_window: MakeWindow) -> None:
    window = make_window()
    far = QGuiApplication.primaryScreen().geometry().right() + 5000
    window.move(far, 10)
    assert window.modes.ensure_on_screen()
    assert QGuiApplication.primaryScreen().availableGeometry().contains(window.pos())


# ------------------------------------------------------------------ tray


def test_tray_menu_drives_hold_call_and_window(make_window: MakeWindow) -> None:
    window = make_window()
    texts = [a.text() for a in window.tray.menu.actions() if not a.isSeparator()]
    assert texts[0] == "Show window" and texts[-1] == "Quit"
    assert {"Start hold", "Check in with held customer", "End hold"} <= set(texts)
    assert {"Start call", "Compact mode", "Always on top"} <= set(texts)
    window.desk_actions.hold_start.trigger()
    assert window.hold.running
    window.desk_actions.check_in.trigger()
    window.desk_actions.hold_end.trigger()
    assert not window.hold.running
    window.desk_actions.call_toggle.trigger()
    assert window.call.running
    window.desk_actions.call_toggle.trigger()
    assert not window.call.running
    window.tray.toggle_window()
    assert not window.isVisible()
    window.tray.toggle_window()
    assert window.isVisible()
    window.tray.quit_action.trigger()
    assert not window.isVisible()


def test_the_tray_menu_offers_what_fits_the_hold_and_the_call(
    make_window: MakeWindow, qtbot: QtBot
) -> None:
    window = make_window()

    def offered() -> dict[str, bool]:
        window.tray.menu.aboutToShow.emit()
        return {a.text(): a.isEnabled() for a in window.tray.menu.actions() if a.text()}

    idle = offered()
    assert idle["Start hold"] and idle["Start call"]
    assert not idle["Check in with held customer"] and not idle["End hold"]
    # Started from the window (the hold bar's button), not the tray: the tray follows.
    qtbot.mouseClick(window.hold.toggle, Qt.MouseButton.LeftButton)
    holding = offered()
    assert not holding["Start hold"]
    assert holding["Check in with held customer"] and holding["End hold"]
    window.desk_actions.check_in.trigger()
    assert window.hold.running
    qtbot.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert not window.hold.running
    assert offered() == idle
    # The call toggle says what it will do.
    window.desk.start_call()
    calling = offered()
    assert "End call" in calling and "Start call" not in calling
    assert [a.text() for a in window.menuBar().actions()[1].menu().actions()].count("End call") == 1
    window.desk.end_call()
    assert offered() == idle


def test_a_reminder_with_the_window_in_the_tray_points_at_the_tray_menu(
    make_window: MakeWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    # It said "Ctrl+Shift+J copies", a shortcut of the window, which a hidden window never
    # hears; and the tray menu had no way to copy the line.
    window = make_window()
    window.campaigns.select(Ref(BUILTIN_PACK_ID, "collections"))
    told: list[str] = []
    monkeypatch.setattr(window.attention, "request", lambda _t, text, _level: told.append(text))
    window.desk.start_hold()
    now = window.desk.hold.now()
    nag = Nag(point=now, nth=0, level=1, fired_at=now)
    window._on_nag(nag)  # noqa: SLF001 - the reminder, without waiting two minutes
    window.hide()
    window._on_nag(nag)  # noqa: SLF001
    shown, hidden = told
    assert "Ctrl+Shift+J copies: " in shown
    assert "The tray menu copies: " in hidden and "Ctrl+Shift+J" not in hidden
    texts = [a.text() for a in window.tray.menu.actions()]
    assert "Copy the check-in phrase" in texts
    copied: list[object] = []
    monkeypatch.setattr(window, "copy_phrase", copied.append)  # the fill-in form is its own
    copy = next(a for a in window.tray.menu.actions() if a.text() == "Copy the check-in phrase")
    copy.trigger()
    assert copied == [window.desk.check_in_phrase()] and copied[0] is not None
    window.desk.end_hold()


def test_close_to_tray_hides_and_quit_still_quits(
    make_window: MakeWindow, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(Tray, "available", property(lambda _self: True))
    settings = Settings(data_dir)
    settings.close_to_tray = True
    window = make_window(settings)
    window.desk_actions.hold_start.trigger()
    window.close()
    assert not window.isVisible() and window.hold.running  # still holding, in the tray
    window.tray.toggle_window()
    assert window.isVisible()
    window.menus.quit.trigger()
    assert not window.isVisible() and not window.hold.running


QUIT_FROM_THE_TRAY = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from assistant.app import _application, build_window
from assistant.settings import Settings
from assistant.ui.desktop import show_beside_softphone
from assistant.ui.tray import Tray

Tray.available = property(lambda _self: True)  # a desktop with a tray
data_dir = Path(sys.argv[1])
Settings(data_dir).close_to_tray = True
app = _application(sys.argv)
window = build_window(data_dir)
show_beside_softphone(app, window)
assert not app.quitOnLastWindowClosed()  # closing the window goes to the tray
QTimer.singleShot(0, window.menus.quit.trigger)
QTimer.singleShot(10_000, lambda: app.exit(3))  # the program stayed
sys.exit(app.exec())
"""


def test_quit_ends_the_program_when_closing_goes_to_the_tray(data_dir: Path) -> None:
    # In a process of its own: leaving the event loop of the tests' application would leave
    # it quitting for the tests after.
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-c", QUIT_FROM_THE_TRAY, str(data_dir)],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr


def test_quit_asks_the_other_windows_first_and_one_that_stays_keeps_the_program(
    make_window: MakeWindow, qtbot: QtBot
) -> None:
    # The pack editor with unsaved work asks first; its Cancel cancels the whole quit.
    from PySide6.QtGui import QCloseEvent
    from PySide6.QtWidgets import QWidget

    class Editor(QWidget):
        keep = True

        def closeEvent(self, event: QCloseEvent) -> None:
            event.setAccepted(not self.keep)

    window = make_window()
    editor = Editor()
    qtbot.addWidget(editor)
    editor.show()
    window.desk_actions.hold_start.trigger()
    window.menus.quit.trigger()
    assert window.isVisible() and window.hold.running and editor.isVisible()
    editor.keep = False
    window.menus.quit.trigger()
    assert not editor.isVisible() and not window.isVisible() and not window.hold.running


def test_without_a_tray_close_really_closes(make_window: MakeWindow, data_dir: Path) -> None:
    settings = Settings(data_dir)
    settings.close_to_tray = True
    window = make_window(settings)
    assert not window.tray.available  # offscreen has no tray
    window.desk_actions.hold_start.trigger()
    window.close()
    assert not window.hold.running


def test_notifications_respect_the_setting(
    make_window: MakeWindow, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(Tray, "available", property(lambda _self: True))
    settings = Settings(data_dir)
    window = make_window(settings)
    assert window.tray.notify("Hold", "Check in with the customer")
    settings.notifications = False
    assert not window.tray.notify("Hold", "Check in with the customer")


# ------------------------------------------------------------------ keyboard and shortcut


def test_the_whole_window_works_from_the_keyboard(make_window: MakeWindow, qtbot: QtBot) -> None:
    window = make_window()
    visited = tab_chain(qtbot, window.campaigns.combo)
    names = [w.accessibleName() for w in visited]
    assert names == [
        "Campaign",
        f"Persona: {window.personas.personas()[0].name}",
        "Persona tips",
        "Customer name for this call",
        "Search phrases",
        "Phrases",
        "Show call details",
        "Promise a callback",
        "Start or end call",
        "Start or end hold",
    ]
    # A persona by arrow keys, a phrase by typing and Enter, a hold by Ctrl+H.
    first = visited[1]
    qtbot.keyClick(first, Qt.Key.Key_Space)
    assert window.personas.current() is not None
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.library.filter
    qtbot.keyClicks(window.library.filter, "hold")
    qtbot.keyClick(window.library.filter, Qt.Key.Key_Down)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert QGuiApplication.clipboard().text()
    qtbot.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert window.hold.running
    qtbot.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    # Every menu action has a keyboard path: a shortcut or a menu mnemonic.
    for menu_action in window.menuBar().actions():
        assert "&" in menu_action.text()


def test_the_global_shortcut_brings_the_search_box_forward(make_window: MakeWindow) -> None:
    window = make_window()
    window.showMinimized()
    window.bring_to_search()
    assert not window.isMinimized()
    assert window.library.filter.hasFocus() or QApplication.focusWidget() is window.library.filter


def test_hotkey_keys_for_register_hotkey() -> None:
    assert windows_keys("Ctrl+Alt+Space") == (MOD_NOREPEAT | MOD_CONTROL | MOD_ALT, 0x20)
    assert windows_keys("Ctrl+Alt+F9") == (MOD_NOREPEAT | MOD_CONTROL | MOD_ALT, 0x78)
    assert windows_keys("Ctrl+Shift+A") is not None
    assert windows_keys("A") is None  # a bare key would be stolen from every program
    assert windows_keys("Ctrl+K, Ctrl+L") is None
    assert windows_keys("") is None


@pytest.mark.skipif(sys.platform == "win32", reason="registers for real on Windows")
def test_hotkey_is_a_clean_no_op_where_unavailable() -> None:
    hotkey = GlobalHotkey()
    assert not hotkey.available()
    assert "agent-assistant" in hotkey.unavailable_reason()
    assert hotkey.register("Ctrl+Alt+Space") is False
    hotkey.unregister()


# ------------------------------------------------------------------ look, language, about, crash


def test_the_light_palette_is_fusions_own_but_for_contrast(qapp: QApplication) -> None:
    from PySide6.QtWidgets import QStyleFactory

    fusion = QStyleFactory.create("Fusion").standardPalette()
    ours = theme.light_palette()
    groups = (
        QPalette.ColorGroup.Active,
        QPalette.ColorGroup.Inactive,
        QPalette.ColorGroup.Disabled,
    )
    roles = [role for role in QPalette.ColorRole if role != QPalette.ColorRole.NColorRoles]
    differing = [  # the colour drawn (Fusion computes some in HSV: QColor's == tells them apart)
        (group.name, role.name)
        for group in groups
        for role in roles
        if ours.color(group, role).rgba() != fusion.color(group, role).rgba()
    ]
    # Only the roles changed where Fusion's falls short of WCAG AA (tests/test_contrast.py).
    assert {role for _group, role in differing} == {r.name for r in theme.LIGHT_CONTRAST}
    for changed, wanted in theme.LIGHT_CONTRAST.items():
        assert ours.color(QPalette.ColorGroup.Active, changed) == QColor(wanted)


def test_the_theme_makes_any_application_fusion_once(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = qapp
    calls: list[str] = []
    real = QApplication.setStyle

    def set_style(name: str) -> object:
        calls.append(name)
        return real(name)

    monkeypatch.setattr(QApplication, "setStyle", staticmethod(set_style))
    app.setProperty(theme.FUSION, None)  # an application the program did not start
    try:
        theme.apply_theme(app, "dark")
        theme.apply_theme(app, "light")
        assert calls == ["Fusion"]  # set once, then known
        app.setStyleSheet("")  # the style under the stylesheet's
        assert app.style().name().lower() == "fusion"
    finally:
        theme.apply_theme(app, "light")
        app.setStyleSheet("")


def test_the_program_starts_its_application_in_fusion() -> None:
    script = (
        "import os, sys; os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from assistant.app import _application\n"
        "from assistant.ui import theme\n"
        "app = _application(sys.argv[:1])\n"
        "fusion = app.property(theme.FUSION)\n"
        "app.setStyleSheet('')  # the style under the stylesheet's\n"
        "print(app.style().name(), fusion)\n"
    )
    env = {**os.environ, "QT_STYLE_OVERRIDE": "Windows"}  # the program's choice wins
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["fusion", "True"]


def test_dark_theme_recolours_the_window_and_the_hold_timer(
    make_window: MakeWindow, qtbot: QtBot
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window = make_window()
    try:
        assert theme.apply_theme(app, "dark")
        assert app.palette().color(QPalette.ColorRole.Window).lightness() < 80
        window.desk.start_hold()
        QApplication.processEvents()
        bar = window.hold.grab().toImage()
        assert QGuiApplication.palette().color(QPalette.ColorRole.Base).lightness() < 60
        assert bar.pixelColor(bar.width() // 2, 3).lightness() < 120  # no light-green slab
        window.desk.end_hold()
        assert not theme.apply_theme(app, "light")
        assert app.palette().color(QPalette.ColorRole.Window).lightness() > 180
        window.desk.start_hold()
        QApplication.processEvents()
        bar = window.hold.grab().toImage()
        assert bar.pixelColor(bar.width() // 2, 3).lightness() > 180  # the light hold colour
        window.desk.end_hold()
        theme.apply_theme(app, "light", 15)
        assert app.font().pointSize() == 15
    finally:
        theme.apply_theme(app, "light")
        app.setStyleSheet("")


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG contrast ratio of two colours (1 to 21; 4.5 is enough for normal text)."""
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@pytest.mark.parametrize("points", [0, 9, 12, 16, 20])
def test_the_timers_grow_with_the_font_size_and_stay_the_largest_text(
    make_window: MakeWindow, qapp: QApplication, points: int
) -> None:
    """The stylesheet's sizes were fixed: at 16 pt the hold time (16 pt) was no larger than
    the text around it, the next check-in (9 pt) smaller. They scale with the body now."""
    try:
        theme.apply_theme(qapp, "light", points)
        window = make_window()
        body = window.font().pointSizeF()
        assert body == (points or theme.SHEET_POINTS)  # offscreen, the system's is 9 pt
        hold, call = window.hold, window.call
        elapsed = hold.elapsed_label.font().pointSizeF()
        talk = call.talk_label.font().pointSizeF()
        assert elapsed > talk > body
        assert elapsed == round(16 * body / theme.SHEET_POINTS)
        assert hold.next_label.font().pointSizeF() == round(9 * body / theme.SHEET_POINTS)
        assert call.status_label.font().pointSizeF() == hold.next_label.font().pointSizeF()
        assert window.library.count_label.font().pointSizeF() == round(8 * body / 9)
        # Larger in pixels too: what the agent sees.
        assert hold.elapsed_label.fontMetrics().height() > window.fontMetrics().height()
    finally:
        theme.apply_theme(qapp, "light")
        qapp.setStyleSheet("")


@pytest.mark.parametrize("choice", ["light", "dark"])
@pytest.mark.parametrize(("held", "nag"), [(110, "warning"), (150, "due")])
def test_the_hold_timer_amber_and_red_read_well_in_light_and_dark(
    make_window: MakeWindow, choice: str, held: int, nag: str
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    try:
        dark = theme.apply_theme(app, choice)
        window = make_window()
        window.campaigns.select(Ref(BUILTIN_PACK_ID, "collections"))
        started = datetime.now(UTC) - timedelta(seconds=held)
        window.services.activity.log_hold_start(started, Ref(BUILTIN_PACK_ID, "collections"), 120)
        window.desk.resume_after_restart()
        window.hold.on_deadline()
        QApplication.processEvents()
        bar = window.hold
        assert bar.property("nag") == nag and bar.phrase_row.isVisible()
        image = bar.grab().toImage()
        background = image.pixelColor(6, image.height() // 2)
        # Amber and red, a dark shade of each on a dark palette.
        hue = background.hslHue()
        assert (30 <= hue <= 50) if nag == "warning" else (hue <= 10 or hue >= 350)
        assert (background.lightness() < 110) == dark
        for label in bar.findChildren(QLabel):
            if label.isVisible() and label.text():
                text = label.palette().color(QPalette.ColorRole.WindowText)
                assert contrast(text, background) >= 4.5, (label.objectName(), text.name())
        window.desk.end_hold()
    finally:
        theme.apply_theme(app, "light")
        app.setStyleSheet("")


def test_spanish_loads_end_to_end(make_window: MakeWindow, english: None) -> None:
    assert install_translators("es") == "es"
    window = make_window()
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&Archivo", "&Llamada", "&Ver", "A&yuda"]
    assert window.tray.show_action.text() == "Mostrar ventana"
    assert install_translators("en") == "en"
    assert [a.text() for a in make_window().menuBar().actions()][0] == "&File"


def test_a_language_without_a_catalogue_falls_back_to_english(english: None) -> None:
    assert install_translators("fil") == "en"


def test_about_shows_version_folders_and_licence(qtbot: QtBot, data_dir: Path) -> None:
    dialog = AboutDialog(data_dir)
    qtbot.addWidget(dialog)
    assert __version__ in dialog.version_label.text()
    assert str(data_dir) in dialog.data_label.text()
    assert str(data_dir / "logs") in dialog.log_label.text()
    assert "MIT" in dialog.licence_label.text()


def test_the_about_box_shows_a_usual_data_folder_on_one_line(qtbot: QtBot) -> None:
    folder = Path("/home/maria.santos/.local/share/agent-assistant")
    dialog = AboutDialog(folder)
    qtbot.addWidget(dialog)
    dialog.show()
    QApplication.processEvents()
    label = dialog.data_label
    assert label.heightForWidth(label.width()) < 2 * label.fontMetrics().lineSpacing()


def test_a_bug_is_logged_and_shown_never_a_silent_exit(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    shown: list[tuple[str, str]] = []
    log_file = data_dir / "logs" / "agent-assistant.log"
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    hook = install_crash_handler(log_file, lambda title, text: shown.append((title, text)))
    assert sys.excepthook is hook
    try:
        raise RuntimeError("boom in a slot")
    except RuntimeError as error:
        with caplog.at_level(logging.CRITICAL):
            hook(type(error), error, error.__traceback__)
    assert "boom in a slot" in caplog.text
    assert len(shown) == 1 and str(log_file) in shown[0][1]
    assert "safe" in shown[0][1]


def test_saved_geometry_bytes_are_kept_per_setup(data_dir: Path) -> None:
    settings = Settings(data_dir)
    settings.set_screen_state("abc", QByteArray(b"geo"), True, "builtin/collections")
    assert Settings(data_dir).screen_state("abc") == {
        "geometry": QByteArray(b"geo"),
        "compact": True,
        "campaign": "builtin/collections",
    }
    assert Settings(data_dir).screen_state("other")["campaign"] == ""


def test_every_string_has_a_spanish_translation() -> None:
    ts = Path(__file__).resolve().parent.parent / "resources/translations/agent_assistant_es.ts"
    text = ts.read_text(encoding="utf-8")
    assert text.count("<message>") >= 70
    assert 'type="unfinished"' not in text, "run `make translations` and translate what is new"


def test_start_minimised_and_close_to_tray_take_effect(
    qtbot: QtBot, kb: KnowledgeBase, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from assistant.ui.desktop import show_beside_softphone

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    settings = Settings(data_dir)
    settings.start_minimised = True
    window = new_window(kb, settings)
    qtbot.addWidget(window)
    try:
        show_beside_softphone(app, window)
        assert window.isMinimized()  # no tray here, so minimised to the taskbar
        monkeypatch.setattr(Tray, "available", property(lambda _self: True))
        settings.close_to_tray = True
        assert not app.quitOnLastWindowClosed()
        settings.close_to_tray = False
        assert app.quitOnLastWindowClosed()
    finally:
        app.setQuitOnLastWindowClosed(True)


def test_every_settings_label_has_a_working_mnemonic(qtbot: QtBot, data_dir: Path) -> None:

    dialog = SettingsDialog(Settings(data_dir), [("builtin/collections", "Collections")])
    qtbot.addWidget(dialog)
    for label in dialog.findChildren(QLabel):
        if "&" in label.text():
            assert label.buddy() is not None, label.text()


CRASHING_SLOT = r"""
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from assistant.logs import setup_logging
from assistant.ui.crash_dialog import install_crash_handler

app = QApplication(sys.argv[:1])
log_file = setup_logging(Path(sys.argv[1]))
install_crash_handler(log_file, lambda title, text: print("DIALOG:", text.replace("\n", " ")))

def broken() -> None:
    raise ZeroDivisionError("a bug in a slot")

QTimer.singleShot(0, broken)
QTimer.singleShot(100, lambda: (print("STILL RUNNING"), app.quit()))
sys.exit(app.exec())
"""


def test_a_bug_in_a_slot_is_logged_shown_and_the_program_keeps_running(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", CRASHING_SLOT, str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        cwd=Path(__file__).resolve().parent.parent,
    )
    assert result.returncode == 0, result.stderr
    log_text = (tmp_path / "logs" / "agent-assistant.log").read_text(encoding="utf-8")
    assert "ZeroDivisionError: a bug in a slot" in log_text
    assert "DIALOG:" in result.stdout and "agent-assistant.log" in result.stdout
    assert "STILL RUNNING" in result.stdout


def test_the_version_comes_from_pyproject() -> None:
    import tomllib

    pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
    assert __version__ == tomllib.loads(pyproject.read_text())["project"]["version"]


def test_a_reminder_reaches_the_status_bar_even_without_a_tray(make_window: MakeWindow) -> None:
    window = make_window()
    window.desk.start_hold()
    window.hold.nagged.emit(Nag(120.0, 0, 1, 121.0))
    assert window.statusBar().currentMessage().startswith("Check in with the customer on hold")


def test_alt_c_goes_to_the_campaign_picker_every_time(
    make_window: MakeWindow, qtbot: QtBot
) -> None:
    # The Call menu answered Alt+C too: Qt went from the picker to the menu at each press.
    window = make_window()
    for _ in range(3):
        window.library.filter.setFocus()
        qtbot.keyClick(window.library.filter, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
        assert window.campaigns.combo.hasFocus()
        assert window.menuBar().activeAction() is None
    assert window.library.filter.text() == ""


def test_an_alt_letter_no_mnemonic_takes_types_nothing_in_the_text_boxes(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    # Qt's text box typed it (Linux): Alt+X put an "x" in the search box and emptied the list.
    window = make_window()
    for box in (window.library.filter, window.call_context.customer):
        box.setFocus()
        qtbot.keyClicks(box, "ab")
        for key in (Qt.Key.Key_X, Qt.Key.Key_J, Qt.Key.Key_Q):
            qtbot.keyClick(box, key, Qt.KeyboardModifier.AltModifier)
            qtbot.keyClick(
                box, key, Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier
            )
        assert box.text() == "ab" and box.hasFocus()
        box.clear()
    # A mnemonic still answers from the box, and Alt with a key that is not a character
    # (Alt+Backspace deletes a word) still edits.
    qtbot.keyClick(window.library.filter, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    assert window.campaigns.combo.hasFocus()
    window.library.filter.setFocus()
    qtbot.keyClicks(window.library.filter, "late fee")
    qtbot.keyClick(window.library.filter, Qt.Key.Key_Backspace, Qt.KeyboardModifier.AltModifier)
    assert window.library.filter.text() != "late fee"
