"""The notice a start shows after rebuilding a damaged knowledge base, in the agent's language.

assistant/recovery.py says the same in English for the command line (standard error); this
says it from the report's facts, so the window can say it in Spanish too. SQLite's own words
for the damage stay as SQLite wrote them.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from assistant.recovery import RecoveryReport
from assistant.ui.i18n import arg


class RecoveryWords(QObject):
    def title(self) -> str:
        return self.tr("Knowledge base recovered")

    def message(self, report: RecoveryReport) -> str:
        """Plain sentences: what happened, what came back, what (if anything) was lost."""
        lines = [
            arg(
                self.tr("The knowledge base was damaged and could not be used (%1)."), report.reason
            )
        ]
        if report.moved_to:
            lines.append(
                arg(self.tr("It was moved aside to %1 and a new one was built."), report.moved_to)
            )
        else:
            lines.append(self.tr("A new one was built."))
        if report.packs_rebuilt:
            lines.append(
                arg(
                    self.tr("Packs reinstalled: the built-in pack; others: %1."),
                    ", ".join(report.packs_rebuilt),
                )
            )
        else:
            lines.append(self.tr("Packs reinstalled: the built-in pack only."))
        if report.packs_lost:
            lines.append(
                arg(
                    self.tr(
                        "Not reinstalled (no usable copy was kept, or its signature is not "
                        "accepted): %1. Import them again from the pack files."
                    ),
                    ", ".join(report.packs_lost),
                )
            )
        if report.backup_day is not None:
            kept = sum(report.restored_rows.values())
            restored = self.tr(
                "Your favourites, phrase usage, holds and callbacks were restored from the "
                "backup of %1 (%n records). Anything you did after that backup was made is lost.",
                None,
                kept,
            )
            lines.append(arg(restored, f"{report.backup_day:%Y-%m-%d}"))
        else:
            lines.append(
                self.tr(
                    "No usable backup was found: your favourites, phrase usage, holds and "
                    "callbacks could not be restored."
                )
            )
        return "\n".join(lines)


def show_recovery_notice(window: QWidget, report: RecoveryReport) -> QMessageBox:
    """A non-modal notice: the agent can keep working while reading what was recovered."""
    words = RecoveryWords()
    box = QMessageBox(QMessageBox.Icon.Warning, words.title(), "", parent=window)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(words.message(report))
    box.setObjectName("recoveryNotice")
    box.setModal(False)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.show()
    return box
