"""The agent's window in the program's languages: everything it shows goes through Qt's
translations (resources/translations/*.ts), and with Spanish chosen nothing English of ours is
left, in every state an agent meets during a shift, and in the dialogs it opens.

Each test runs twice: in English every text must be in the catalogue (a source, a plural form
or a filled-in template), in Spanish every text must be a finished Spanish translation. Pack
content (campaign, persona and phrase texts), what the agent typed, numbers, key names and
proper names are what they are in both.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from assistant.core.model import BUILTIN_PACK_ID, Ref
from assistant.core.pack import Pack
from assistant.packs.sheet import build_sheets, sheet_html
from assistant.services.intake import PackIntake
from assistant.services.recovery import LOST, MOVED, RESTORED, RecoveryReport
from assistant.services.shared_folder import FolderSync
from assistant.store.knowledge import KnowledgeBase
from assistant.ui.callback_dialog import CallbackDialog
from assistant.ui.fill_form import FillForm
from assistant.ui.first_run import ProfileDialog
from assistant.ui.i18n import install_translators
from assistant.ui.main_window import MainWindow
from assistant.ui.recovery_notice import show_recovery_notice
from assistant.ui.settings_dialog import SettingsDialog
from tests.conftest import PACKS, MakeWindow
from tests.translated import Judge, pack_content, shown_strings

COLLECTIONS = Ref(BUILTIN_PACK_ID, "collections")
ANGRY = Ref(BUILTIN_PACK_ID, "angry")
# What the agent types in these tests: names, numbers, notes. Shown as typed.
TYPED = {"Jane Doe", "555-0101", "card replacement", "Omar Haddad", "REF-88231", "Maria"}
# Placeholder names a phrase asks for are pack content too (the form labels them).
TEMPLATE = "Your balance is {amount} on {card:Visa|Mastercard}.[[?late_fee: A late fee applies.]]"
ASKED = {"Amount", "Card", "Late fee", "Visa", "Mastercard"}


@pytest.fixture(params=["en", "es"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    """The language the window is built in; the next test starts in English again."""
    assert install_translators(request.param) == request.param
    yield str(request.param)
    install_translators("en")


@pytest.fixture
def english() -> Iterator[None]:
    """Whatever a test loads, the next test starts in English."""
    yield
    install_translators("en")


@pytest.fixture
def judge(language: str, kb: KnowledgeBase) -> Judge:
    return Judge(language, pack_content(kb) | TYPED | ASKED)


class Seen:
    """The texts that flash past: status bar messages, notifications, toasts."""

    def __init__(self, window: MainWindow) -> None:
        self.texts: set[str] = set()
        window.statusBar().messageChanged.connect(self.texts.add)
        window.attention.requested.connect(lambda title, text, _level: self.add(title, text))
        self._toast = window.library.toast

    def add(self, *texts: str) -> None:
        self.texts |= set(texts)

    def all(self) -> set[str]:
        return self.texts | {self._toast.text()}


def _check(judge: Judge, texts: set[str], where: str) -> None:
    unknown = judge.unknown(texts)
    assert unknown == set(), f"{where}: not in the {judge.language} catalogue: {sorted(unknown)}"


def _hold_overdue(window: MainWindow, seconds: int = 150) -> None:
    """A hold started ``seconds`` ago, past its check-in point: red, nagging."""
    started = datetime.now(UTC) - timedelta(seconds=seconds)
    window.services.activity.log_hold_start(started, COLLECTIONS, 120, window.desk.call.call_id)
    window.desk.resume_after_restart()
    window.hold.on_deadline()


def test_the_main_window_speaks_the_language_in_every_state(
    make_window: MakeWindow, judge: Judge, qtbot: QtBot
) -> None:
    window = make_window()
    seen = Seen(window)
    # Idle: no campaign call, no persona, the campaign's phrases by category.
    _check(judge, shown_strings(window), "idle")

    # A persona chosen, a search with results, one without, a phrase copied and starred.
    window.personas.select(ANGRY)
    _check(judge, shown_strings(window), "persona chosen")
    window.library.filter.setText("hold")
    window.library.refresh()
    _check(judge, shown_strings(window), "search results")
    window.library.filter.setText("zzqqxx")
    window.library.refresh()
    _check(judge, shown_strings(window), "no results")
    window.library.filter.clear()
    window.library.refresh()
    window.library.activate_nth(1)
    window.library.toggle_favourite()
    _check(judge, shown_strings(window) | seen.all(), "copied and starred")

    # A call with its details open: call flow, callbacks (one due), today's holds.
    window.campaigns.select(COLLECTIONS)
    window.call_context.set_customer_name("Jane Doe")
    window.desk.start_call()
    window.call.details_button.setChecked(True)
    window.desk.tick_step(0, True)
    now = datetime.now(UTC)
    window.services.activity.add_callback(
        "Jane Doe", "555-0101", now - timedelta(minutes=1), "card replacement"
    )
    window.services.activity.add_callback("Omar Haddad", "REF-88231", now + timedelta(days=3))
    window.call_details.callbacks.reload()
    for tab in range(window.call_details.count()):
        window.call_details.setCurrentIndex(tab)
        _check(judge, shown_strings(window) | seen.all(), f"call details tab {tab}")
    # Two columns, when the window is wide.
    window.resize(900, 700)
    QApplication.processEvents()
    assert window.columns.wide
    _check(judge, shown_strings(window) | seen.all(), "wide")
    window.resize(420, 700)
    QApplication.processEvents()

    # A hold past its check-in point: red, nagging, the check-in line ready.
    _hold_overdue(window)
    assert window.hold.last_nag is not None
    window.hold.on_deadline()
    _check(judge, shown_strings(window) | seen.all(), "hold overdue")
    window.desk.check_in()
    _check(judge, shown_strings(window) | seen.all(), "checked in")
    window.desk.end_hold()
    window.call_details.today.refresh()

    # The call ends with a required step not ticked.
    window.desk.end_call()
    _check(judge, shown_strings(window) | seen.all(), "call ended")

    # Compact mode.
    window.modes.set_compact(True)
    _check(judge, shown_strings(window), "compact")
    window.modes.set_compact(False)


def test_the_tray_menu_speaks_the_language(make_window: MakeWindow, judge: Judge) -> None:
    window = make_window()
    window.tray.menu.aboutToShow.emit()
    texts = {a.text() for a in window.tray.menu.actions()} | {window.tray.icon.toolTip()}
    texts.add(window.tray.menu.accessibleName())
    _check(judge, texts, "tray menu")


def test_the_pack_manager_speaks_the_language(
    make_window: MakeWindow, judge: Judge, qtbot: QtBot, tmp_path: Path
) -> None:
    from assistant.ui.pack_manager import FolderSetting, PackFolderWatcher, SyncWords

    window = make_window()
    share = tmp_path / "share"
    share.mkdir()
    watcher = PackFolderWatcher(window.operations, lambda: share, window)
    window.pack_tools.attach_folder(watcher, FolderSetting(False, lambda _folder: None))
    dialog = window.pack_tools.open_manager()
    dialog.table.selectRow(0)
    _check(judge, shown_strings(dialog), "pack manager")
    with qtbot.waitSignal(window.operations.busy_changed, timeout=20000,
                          check_params_cb=lambda busy: not busy):  # fmt: skip
        dialog.import_files([PACKS / "acme.yaml"])
    judge.allow(pack_content(window.kb))
    _check(judge, shown_strings(dialog), "pack installed")
    # A progress bar in the middle of an install, and the older-version refusal.
    dialog._on_progress("install", 3, 10)
    dialog.progress.show()
    _check(judge, shown_strings(dialog), "installing")
    dialog._on_progress("check", 0, 0)
    _check(judge, shown_strings(dialog), "checking")
    # What the shared folder installed and skipped: the agent's status line, the Pack manager.
    (share / "acme.yaml").write_bytes(
        (PACKS / "acme.yaml").read_bytes().replace(b"version: 3", b"version: 4")
    )
    (share / "broken.json").write_text("[1, 2]", encoding="utf-8")
    report = FolderSync(PackIntake(window.kb)).scan(share)
    assert report.installed and report.skipped
    words = SyncWords()
    installed, skipped = list(report.installed), list(report.skipped)
    report.installed.clear()
    _check(judge, {words.status_line(report)}, "folder status line: not installed")
    report.installed[:], report.skipped[:] = installed, []
    judge.allow({s.pack_id for s in installed})
    _check(judge, {words.status_line(report)}, "folder status line: updated")
    report.skipped[:] = skipped
    # The skipped file's problem is the validator's message (English, as `pack validate`).
    problems = {line for lines in report.problems.values() for line in lines}
    texts = {t for t in words.problem_lines(report) if not any(p.strip() in t for p in problems)}
    _check(judge, texts, "folder problems")
    dialog._on_folder_checked(FolderSync(PackIntake(window.kb)).scan(share))  # nothing new now
    judge.allow(pack_content(window.kb))
    _check(judge, shown_strings(dialog), "folder checked")


def test_the_callback_dialog_speaks_the_language(
    make_window: MakeWindow, judge: Judge, qtbot: QtBot
) -> None:
    window = make_window()
    dialog = CallbackDialog(datetime.now(UTC), window)
    qtbot.addWidget(dialog)
    dialog.show()
    _check(judge, shown_strings(dialog), "callback dialog")
    dialog.accept()  # nothing typed: it says what is missing
    assert dialog.error.isVisible()
    _check(judge, shown_strings(dialog), "callback dialog, refused")
    [callback] = [window.services.activity.add_callback("Jane Doe", "555-0101", datetime.now(UTC))]
    again = CallbackDialog(datetime.now(UTC), window, existing=callback)
    qtbot.addWidget(again)
    _check(judge, shown_strings(again), "reschedule dialog")


def test_the_fill_in_form_speaks_the_language(
    make_window: MakeWindow, judge: Judge, qtbot: QtBot
) -> None:
    window = make_window()
    form = FillForm(
        "Balance reminder",
        TEMPLATE,
        window.services.phrases.automatic_values(),
        ["amount", "card", "customer_name"],
        window,
    )
    qtbot.addWidget(form)
    form.show()
    _check(judge, shown_strings(form) - {"Balance reminder"}, "fill-in form")
    # Asking for the agent's own name, it offers to keep it in Settings.
    own = FillForm("Greeting", "This is {agent_name}.", {}, ["agent_name"], window)
    qtbot.addWidget(own)
    own.show()
    assert own.remember is not None and own.remember.isVisible()
    _check(judge, shown_strings(own) - {"Greeting"}, "fill-in form, the agent's name")


def test_the_first_start_speaks_the_language(
    make_window: MakeWindow, judge: Judge, qtbot: QtBot, tmp_path: Path
) -> None:
    from assistant.settings import Settings

    window = make_window()
    dialog = ProfileDialog(Settings(tmp_path), window)
    qtbot.addWidget(dialog)
    dialog.show()
    _check(judge, shown_strings(dialog) | {dialog.windowTitle()}, "first start")


def test_the_settings_dialog_speaks_the_language(
    make_window: MakeWindow, judge: Judge, qtbot: QtBot
) -> None:
    window = make_window()
    campaigns = [(str(c.ref), c.name) for c in window.kb.campaigns()]
    dialog = SettingsDialog(window.settings, campaigns, window)
    qtbot.addWidget(dialog)
    dialog.show()
    _check(judge, shown_strings(dialog), "settings dialog")


def test_the_restart_and_recovery_notices_speak_the_language(
    make_window: MakeWindow, judge: Judge, qtbot: QtBot
) -> None:
    window = make_window()
    window.services.activity.log_hold_start(
        datetime.now(UTC) - timedelta(minutes=5), COLLECTIONS, 120
    )
    asked: set[str] = set()

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        asked.update(shown_strings(box))
        box.buttons()[0].click()

    QTimer.singleShot(0, answer)
    window.ask_about_open_holds()
    assert asked
    _check(judge, asked, "a hold was still running")
    window.desk.end_hold()

    reports = [
        RecoveryReport(  # knowledge.db damaged: the agent's own file was not touched
            Path("/data/knowledge.db"),
            "database disk image is malformed",
            knowledge_reason="database disk image is malformed",
            moved_to=Path("/data/knowledge.damaged-20261125.db"),
            packs_rebuilt=["acme-collections"],
            packs_lost=["team-sales"],
        ),
        RecoveryReport(  # activity.db damaged: restored from a backup
            Path("/data/activity.db"),
            "file is not a database",
            activity_reason="file is not a database",
            activity_moved_to=Path("/data/activity.damaged-20261125.db"),
            agent_data=RESTORED,
            backup_day=date(2026, 11, 24),
            restored_rows={"favourites": 3, "holds": 12},
        ),
        RecoveryReport(  # activity.db gone, no backup; a knowledge.db not split yet moved it
            Path("/data/activity.db"),
            "it is missing or empty",
            activity_reason="it is missing or empty",
            activity_missing=True,
            agent_data=LOST,
        ),
        RecoveryReport(
            Path("/data/knowledge.db"),
            "file is not a database",
            knowledge_reason="file is not a database",
            agent_data=MOVED,
        ),
    ]
    for report in reports:
        notice = show_recovery_notice(window, report)
        qtbot.addWidget(notice)
        # The reason is SQLite's own words, the paths and pack ids are what they are; the rest
        # is ours.
        _check(judge, shown_strings(notice), "recovery notice")


def test_the_window_has_no_english_left_in_spanish(make_window: MakeWindow, english: None) -> None:
    """A quick look at the places an agent reads most, by their exact Spanish words."""
    assert install_translators("es") == "es"
    window = make_window()
    assert window.hold.toggle.text() == "Iniciar espera"
    assert window.call.toggle.text() == "Iniciar"  # beside the bar's title, LLAMADA
    assert window.desk_actions.call_toggle.text() == "Iniciar llamada"
    _hold_overdue(window)
    assert window.hold.toggle.text() == "Terminar espera"
    assert window.hold.check_in_button.text() == "Avisar"
    window.desk.end_hold()
    assert window.library.hints.text().startswith("Intro copia")


def test_the_spanish_file_menu_opens_the_pack_manager(
    make_window: MakeWindow, english: None
) -> None:
    """The Pack manager's menu entry was looked up by the text "&File": absent in Spanish."""
    assert install_translators("es") == "es"
    window = make_window()
    file_menu = window.menuBar().actions()[0].menu()
    assert isinstance(file_menu, QMenu)
    assert "&Paquetes…" in [a.text() for a in file_menu.actions()]


def test_in_spanish_ending_the_call_and_ending_the_hold_are_two_words(
    make_window: MakeWindow, qtbot: QtBot, english: None
) -> None:
    # "Terminar" over "Terminar espera" read as the same action twice, a bar apart.
    assert install_translators("es") == "es"
    window = make_window()
    window.resize(420, 700)
    window.campaigns.select(COLLECTIONS)
    window.desk.start_call()
    window.desk.start_hold()
    end_call, end_hold = window.call.toggle.text(), window.hold.toggle.text()
    assert (end_call, end_hold) == ("Colgar", "Terminar espera")
    assert window.desk_actions.call_toggle.text() == "Terminar llamada"  # the menu says it all
    # Both bars still fit at 420 pixels: no button narrower than its text.
    call, hold = window.call, window.hold
    buttons = [call.details_button, call.callback_button, call.toggle, hold.check_in_button]
    buttons.append(hold.toggle)
    qtbot.waitUntil(lambda: all(b.width() >= b.sizeHint().width() for b in buttons))


def test_a_cheat_sheet_made_in_spanish_has_spanish_headings(
    qtbot: QtBot, kb: KnowledgeBase, builtin_pack: Pack, english: None
) -> None:
    from assistant.ui.sheet_pdf import CheatSheet

    assert install_translators("es") == "es"
    words = CheatSheet().words()
    html = sheet_html(build_sheets(builtin_pack, "collections", words=words), words)
    for spanish in ("Guion de la llamada", "(obligatorio)", "Ánimo de los clientes",
                    "Señales:", "Evitar:", "Frases", "Apertura", "Cobranza · Saliente",
                    "Vuelva con el cliente en espera al menos cada"):  # fmt: skip
        assert spanish in html
    for english_word in ("Call flow", "(required)", "Customer moods", "Signs:", "Check in with"):
        assert english_word not in html
    install_translators("en")
    assert "Call flow" in sheet_html(build_sheets(builtin_pack, "collections"))


W = TypeVar("W", bound=QWidget)


def _mnemonic(text: str) -> str | None:
    text = text.replace("&&", "")
    at = text.find("&")
    return text[at + 1].lower() if 0 <= at < len(text) - 1 else None


def _mnemonics(top: QWidget) -> list[str]:
    """The Alt+letter keys a window (or dialog) offers: its menus, labelled fields, buttons
    and tabs."""
    found: list[str | None] = []
    if isinstance(top, QMainWindow):
        found += [_mnemonic(a.text()) for a in top.menuBar().actions()]

    def own(kind: type[W]) -> list[W]:
        return [w for w in top.findChildren(kind) if w.window() is top]  # not its dialogs'

    found += [_mnemonic(label.text()) for label in own(QLabel) if label.buddy()]
    found += [_mnemonic(button.text()) for button in own(QAbstractButton)]
    for tabs in own(QTabWidget):
        found += [_mnemonic(tabs.tabText(i)) for i in range(tabs.count())]
    return [key for key in found if key]


def _assert_unique(keys: list[str], where: str) -> None:
    twice = sorted({key for key in keys if keys.count(key) > 1})
    assert not twice, f"{where}: Alt+{', Alt+'.join(twice)} taken twice in {sorted(keys)}"


def test_mnemonics_are_not_taken_twice(
    make_window: MakeWindow, qtbot: QtBot, language: str
) -> None:
    # In English the Call menu and the campaign's label both answered Alt+C: Qt went from one
    # to the other at each press, and Alt+C did neither reliably.
    window = make_window()
    window.call.details_button.setChecked(True)
    campaigns = [(str(c.ref), c.name) for c in window.kb.campaigns()]
    dialogs: list[QWidget] = [
        window,
        SettingsDialog(window.settings, campaigns, window),
        CallbackDialog(datetime.now(UTC), window),
        window.pack_tools.open_manager(),
        FillForm("x", TEMPLATE, {}, ["amount", "card"], window),
        FillForm("x", "{agent_name} {company} {amount}", {}, ["agent_name", "company"], window),
        ProfileDialog(window.settings, window),
    ]
    for dialog in dialogs:
        if dialog is not window:
            qtbot.addWidget(dialog)
        _assert_unique(_mnemonics(dialog), dialog.windowTitle())
    # During a call on hold the bars say other things (End call, End hold).
    window.desk.start_call()
    window.desk.start_hold()
    _assert_unique(_mnemonics(window), "during a call on hold")
    for menu in window.findChildren(QMenu):
        keys = [k for k in (_mnemonic(a.text()) for a in menu.actions()) if k]
        assert len(keys) == len(set(keys)), (menu.title(), keys)


def test_every_string_of_the_spanish_table_is_in_the_catalogue_the_window_loads() -> None:
    # A string changed in the table once never reached the window: the tool filled in only
    # the translations lupdate left unfinished, and the committed catalogue kept the old one.
    import importlib.util

    from assistant.resources import resource_path

    tool = Path(__file__).resolve().parent.parent / "tools" / "translations_es.py"
    spec = importlib.util.spec_from_file_location("translations_es", tool)
    assert spec is not None and spec.loader is not None
    table = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(table)
    for language in ("es", "en"):
        catalogue = resource_path("translations", f"agent_assistant_{language}.ts")
        text = catalogue.read_text(encoding="utf-8")
        filled, _missing = table.fill(text, language)
        assert filled == text, f"{catalogue.name} is behind the table: run make translations"
