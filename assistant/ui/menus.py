"""The main window's menus, keyboard shortcuts, tab order and the dialogs they open (settings,
about, the pack editor). The desk's own actions (hold, check in, call) are in
ui/desk_actions.py; these are the window's."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QWidget

from assistant.ui.actions import window_action
from assistant.ui.i18n import arg
from assistant.ui.once import used_once

if TYPE_CHECKING:
    from assistant.ui.editor.window import PackEditor
    from assistant.ui.floor import FloorWindow
    from assistant.ui.main_window import MainWindow


class WindowMenus(QObject):
    """File, Call, View and Help, and the shortcuts that work anywhere in the window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.pack_editor: PackEditor | None = None
        self.team_floor_window: FloorWindow | None = None
        settings = window.settings
        library = window.library
        desk = window.desk_actions

        def action(
            text: str, slot: Callable[[], object], shortcut: str | QKeySequence.StandardKey = ""
        ) -> QAction:
            return window_action(window, text, slot, shortcut)

        self.focus_filter = action(self.tr("Search phrases"), window.focus_filter, "Ctrl+K")
        self.focus_filter.setShortcuts(
            [QKeySequence("Ctrl+K"), QKeySequence("/"), QKeySequence("Ctrl+F")]
        )

        def copy_nth(n: int) -> Callable[[], object]:
            return lambda: library.activate_nth(n)

        self.copy_nth = [
            action(arg(self.tr("Copy result %1"), n), copy_nth(n), f"Ctrl+{n}")
            for n in range(1, 10)
        ]
        self.favourite = action(
            self.tr("Star or unstar phrase"), library.toggle_favourite, "Ctrl+D"
        )
        self.copy_check_in = action(
            self.tr("Copy the check-in phrase"), window.copy_check_in_phrase, "Ctrl+Shift+J"
        )
        self.callback = action(self.tr("Promise a callback…"), window.add_callback, "Ctrl+B")
        self.details = action(
            self.tr("Show call flow, callbacks, today"),
            window.call.details_button.toggle,
            "Ctrl+I",
        )
        self.chime = QAction(self.tr("Chime at reminders"), window)
        self.chime.setCheckable(True)
        self.chime.setChecked(settings.chime)
        self.chime.toggled.connect(lambda on: setattr(settings, "chime", on))
        self.quit = action(self.tr("Quit"), window.quit, QKeySequence.StandardKey.Quit)
        self.always_on_top = QAction(self.tr("Always on top"), window)
        self.always_on_top.setCheckable(True)
        self.always_on_top.setShortcut(QKeySequence("Ctrl+T"))
        self.always_on_top.toggled.connect(lambda on: window.modes.set_always_on_top(on))
        window.addAction(self.always_on_top)
        self.compact = QAction(self.tr("Compact mode"), window)
        self.compact.setCheckable(True)
        self.compact.setShortcut(QKeySequence("Ctrl+M"))
        self.compact.toggled.connect(lambda on: window.modes.set_compact(on))
        window.addAction(self.compact)
        # Compact mode hides the customer name and the campaign, and their labels' Alt keys
        # with them: Alt+N and Alt+C typed "n" and "c" into the search box. There they leave
        # compact mode and go to their field.
        self.leave_compact = [
            self._leave_compact_for(window.call_context.label, window.call_context.customer),
            self._leave_compact_for(window.campaigns.label, window.campaigns.combo),
        ]
        self.compact.toggled.connect(self._offer_leaving)
        self.settings = action(self.tr("Settings…"), self.show_settings, "Ctrl+,")
        self.about = action(self.tr("About Agent Assistant"), self.show_about)
        self.edit_packs = action(self.tr("Edit packs…"), self.show_pack_editor)
        self.team_floor = action(self.tr("Team floor…"), self.show_team_floor)

        bar = window.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.setObjectName("fileMenu")
        file_menu.addAction(self.edit_packs)
        file_menu.addAction(self.team_floor)
        file_menu.addAction(self.settings)
        file_menu.addSeparator()
        file_menu.addAction(self.quit)
        # Alt+L: Alt+C is the campaign's (its label, docs/user-guide.md); with both on one
        # key Qt went from one to the other at each press.
        call_menu = bar.addMenu(self.tr("Ca&ll"))
        for act in (self.focus_filter, self.favourite, desk.hold_toggle, desk.check_in):
            call_menu.addAction(act)
        call_menu.addAction(self.copy_check_in)
        call_menu.addSeparator()
        for act in (desk.call_toggle, self.callback, self.details):
            call_menu.addAction(act)
        call_menu.addSeparator()
        call_menu.addAction(self.chime)
        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addAction(self.always_on_top)
        view_menu.addAction(self.compact)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about)
        # "Packs…" goes first in the File menu (ui/pack_tools.py).
        window.pack_tools.add_to_menu(file_menu)

    def tray_actions(self) -> list[QAction]:
        """What the tray menu offers besides show/hide and quit."""
        desk = self._window.desk_actions
        return [
            desk.hold_start,
            desk.check_in,
            # With the window in the tray, its Ctrl+Shift+J does not reach it: the reminder's
            # notification points here instead.
            self.copy_check_in,
            desk.hold_end,
            desk.call_toggle,
            self.compact,
            self.always_on_top,
        ]

    def _leave_compact_for(self, label: QLabel, field: QWidget) -> QAction:
        """The Alt key of ``label`` in compact mode: back to the whole window, in ``field``."""
        leave = QAction(label.text().replace("&", ""), self._window)
        leave.setShortcut(QKeySequence.mnemonic(label.text()))
        leave.setEnabled(False)  # outside compact mode the label's own mnemonic answers

        def go() -> None:
            self.compact.setChecked(False)
            field.setFocus(Qt.FocusReason.ShortcutFocusReason)

        leave.triggered.connect(go)
        self._window.addAction(leave)
        return leave

    def _offer_leaving(self, compact: bool) -> None:
        for leave in self.leave_compact:
            leave.setEnabled(compact)

    def set_tab_order(self) -> None:
        """As the agent reads, top to bottom and left to right: campaign, mood, tips, search,
        phrases, call details, call bar, hold bar. In two columns, a column at a time: the
        mood, tips and call details, then the name, search and phrases, then the bars."""
        w = self._window
        w.personas.card.setAccessibleName(self.tr("Persona tips"))
        buttons = w.personas.group.buttons()
        # Hidden ones are skipped, as Tab skips them (a mood row folded during a call shows
        # the picked mood and the menu of every mood).
        details = w.call_details.focus_chain() if w.call_details_built else []
        moods = [*buttons, w.personas.buttons_box.more]
        chain: list[QWidget] = [w.campaigns.combo, *moods, w.personas.card]
        if w.columns.wide:
            chain += details
        chain += [w.call_context.customer, w.library.filter, w.library.view]
        if not w.columns.wide:
            chain += details
        chain += [w.call.details_button, w.call.callback_button, w.call.toggle]
        chain += [w.hold.check_in_button, w.hold.toggle, w.hold.copy_button]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def restore_geometry(self, default_size: tuple[int, int]) -> None:
        w = self._window
        w.modes.restore(default_size)
        self.always_on_top.setChecked(w.modes.always_on_top)
        self.compact.setChecked(w.modes.compact)
        w.columns.restore()

    # ------------------------------------------------------------------ dialogs

    def show_settings(self) -> int:
        from assistant.services.policy import load_policy
        from assistant.ui.settings_dialog import SettingsDialog
        from assistant.ui.team_status import config_from

        w = self._window
        campaigns = [(str(c.ref), c.name) for c in w.kb.campaigns()]
        locked = config_from(w.settings, load_policy()).locked
        ref = w.campaigns.current_ref()
        with used_once(SettingsDialog(w.settings, campaigns, w, team_locked=locked)) as dialog:
            dialog.select_campaign(str(ref) if ref else "")
            result = dialog.exec()
        if result:
            w.modes.set_always_on_top(w.settings.always_on_top)
            self.always_on_top.setChecked(w.settings.always_on_top)
        return int(result)

    def show_team_floor(self) -> FloorWindow:
        """The team floor of the team folder the settings (and the IT policy) name; one
        window, brought forward when it is open already."""
        from assistant.services.policy import load_policy
        from assistant.ui.floor import FloorWindow
        from assistant.ui.team_status import config_from

        w = self._window
        folder = config_from(w.settings, load_policy()).folder
        floor = self.team_floor_window
        if floor is not None and (floor.closed or floor.folder != folder):
            floor.close()
            floor.deleteLater()
            floor = None
        if floor is None:
            floor = FloorWindow(folder, w)
            self.team_floor_window = floor
        floor.show()
        floor.raise_()
        floor.activateWindow()
        return floor

    def show_about(self) -> int:
        from assistant.ui.about import AboutDialog

        w = self._window
        with used_once(AboutDialog(w.settings.path.parent, w)) as dialog:
            return int(dialog.exec())

    def show_pack_editor(self) -> PackEditor:
        from assistant.ui.editor.window import open_pack_editor

        w = self._window
        key = w.settings.signing_key
        sign = None
        if key:
            from assistant.packs.signing import KeySigner

            sign = KeySigner(Path(key))
        self.pack_editor = open_pack_editor(w.operations, w.settings, w, sign=sign)
        return self.pack_editor
