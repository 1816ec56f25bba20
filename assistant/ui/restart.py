"""After a crash or a power cut: the hold that was running is shown running again, and the
agent is asked whether to continue it or end it (the desk decides what was open)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QTime
from PySide6.QtWidgets import QMessageBox

from assistant.core.hold import format_duration
from assistant.ui.i18n import arg

if TYPE_CHECKING:
    from assistant.ui.desk_actions import DeskActions
    from assistant.ui.main_window import MainWindow


def ask_about_open_holds(window: MainWindow, actions: DeskActions) -> QMessageBox | None:
    """Resume what the last run left open; ask about the hold, if there is one. Returns the
    question's box after it was answered (tests look at it), None when nothing was open."""
    desk = actions.desk
    resumed = actions.attempt(desk.resume_after_restart)
    if resumed is None:
        return None
    local = resumed.started_at.astimezone()
    started = QLocale().toString(QTime(local.hour, local.minute, local.second), "HH:mm:ss")
    held = format_duration((desk.activity.now() - resumed.started_at).total_seconds())
    # In the main window's context: the strings were its own, and so are their translations.
    question = QCoreApplication.translate(
        "MainWindow",
        "A customer was put on hold at %1 (%2 ago) and the hold was not ended before "
        "Agent Assistant stopped. It is shown as still running.\n\n"
        "Continue this hold, or end it now?",
    )
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("MainWindow", "A hold was still running"),
        arg(question, started, held),
        parent=window,
    )
    keep = box.addButton(
        QCoreApplication.translate("MainWindow", "&Continue hold"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    end = box.addButton(
        QCoreApplication.translate("MainWindow", "&End hold"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    box.setDefaultButton(keep)
    box.exec()
    if box.clickedButton() is end and desk.hold.hold_id == resumed.hold_id:
        actions.attempt(lambda: desk.end_hold(interrupted=True))
    return box
