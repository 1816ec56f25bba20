"""The notice a start shows after rebuilding a damaged knowledge base, in the agent's language.

assistant/services/recovery.py says the same in English for the command line (standard error); this
says it from the report's facts, so the window can say it in Spanish too. SQLite's own words
for the damage stay as SQLite wrote them.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from assistant.services.recovery import KEPT, MOVED, RecoveryReport
from assistant.store.database import ACTIVITY_FILENAME
from assistant.ui import plain
from assistant.ui.i18n import arg


class RecoveryWords(QObject):
    def title(self) -> str:
        return self.tr("Knowledge base recovered")

    def message(self, report: RecoveryReport) -> str:
        """Plain sentences: what happened, what came back, what (if anything) was lost."""
        lines: list[str] = []
        if report.knowledge_reason is not None:
            lines.append(
                arg(
                    self.tr("The knowledge base was damaged and could not be used (%1)."),
                    report.knowledge_reason,
                )
            )
            if report.moved_to:
                lines.append(
                    arg(
                        self.tr("It was moved aside to %1 and a new one was built."),
                        report.moved_to,
                    )
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
        if report.activity_reason is not None:
            if report.activity_missing:
                lines.append(
                    arg(
                        self.tr(
                            "The file that keeps your own data (%1: favourites, phrase usage, "
                            "holds, calls and callbacks) was missing or empty."
                        ),
                        ACTIVITY_FILENAME,
                    )
                )
            else:
                lines.append(
                    arg(
                        self.tr(
                            "The file that keeps your own data (%1: favourites, phrase usage, "
                            "holds, calls and callbacks) was damaged and could not be used (%2)."
                        ),
                        ACTIVITY_FILENAME,
                        report.activity_reason,
                    )
                )
            if report.activity_moved_to:
                lines.append(
                    arg(
                        self.tr("It was moved aside to %1 and a new one was started."),
                        report.activity_moved_to,
                    )
                )
            else:
                lines.append(self.tr("A new one was started."))
            if report.knowledge_reason is None:
                lines.append(self.tr("Your packs were not affected."))
        lines.append(self._agent_data(report))
        return "\n".join(lines)

    def _agent_data(self, report: RecoveryReport) -> str:
        if report.agent_data == KEPT:
            return arg(
                self.tr(
                    "Your favourites, phrase usage, holds, calls and callbacks are kept in a "
                    "file of their own (%1) and were not affected: nothing of yours was lost."
                ),
                ACTIVITY_FILENAME,
            )
        if report.agent_data == MOVED:
            return arg(
                self.tr(
                    "Your favourites, phrase usage, holds, calls and callbacks were still in the "
                    "knowledge base and were moved into the new %1: nothing of yours was lost."
                ),
                ACTIVITY_FILENAME,
            )
        if report.backup_day is not None:
            restored = self.tr(
                "Your favourites, phrase usage, holds and callbacks were restored from the "
                "backup of %1 (%n records). Anything you did after that backup was made is lost.",
                None,
                sum(report.restored_rows.values()),
            )
            return arg(restored, f"{report.backup_day:%Y-%m-%d}")
        return self.tr(
            "No usable backup was found: your favourites, phrase usage, holds and "
            "callbacks could not be restored."
        )


def show_recovery_notice(window: QWidget, report: RecoveryReport) -> QMessageBox:
    """A non-modal notice: the agent can keep working while reading what was recovered."""
    words = RecoveryWords()
    # Lost packs are named by their ids: pack text, shown as typed (ui/plain.py).
    box = plain.message_box(window, QMessageBox.Icon.Warning, words.title(), words.message(report))
    box.setObjectName("recoveryNotice")
    box.setModal(False)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.show()
    return box
