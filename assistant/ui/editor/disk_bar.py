"""The bar at the top of the pack editor that says the file open was changed or deleted on
disk since the editor read or last wrote it (a colleague saved it), with Reload and Keep mine.
Not a dialog: the supervisor may finish a sentence first, and answer when ready."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from assistant.packs.packfile import GONE, UNREADABLE
from assistant.ui.i18n import arg


class DiskChangedBar(QFrame):
    reload = Signal()  # load the file as it is on disk now
    keep = Signal()  # go on with the editor's version (Save still asks before overwriting)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("diskChangedBar")  # resources/style.qss
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.reload_button = QPushButton(self.tr("&Reload"), self)
        self.reload_button.setObjectName("reloadButton")
        self.keep_button = QPushButton(self.tr("&Keep mine"), self)
        self.keep_button.setObjectName("keepButton")
        self.reload_button.clicked.connect(self.reload)
        self.keep_button.clicked.connect(self.keep)
        layout = QHBoxLayout(self)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.reload_button)
        layout.addWidget(self.keep_button)
        self.hide()

    def say(self, name: str, found: str) -> None:
        """Show what became of the file ``name`` on disk: ``found`` is packfile.file_state's
        answer (GONE, UNREADABLE, or what it holds now). Reload only when there is a file to
        read: a folder or a file without permission in its place failed at Reload."""
        if found == GONE:
            text = self.tr(
                "%1 was deleted or moved since you opened or saved it. Save puts your version back."
            )
        elif found == UNREADABLE:
            text = self.tr(
                "%1 can no longer be read as a file (something else is in its place, or its "
                "permissions changed). Use Save as… to keep your version."
            )
        else:
            text = self.tr(
                "%1 was changed on disk since you opened or saved it (by another program or "
                "person)."
            )
        self.message.setText(arg(text, name))
        self.reload_button.setVisible(found not in (GONE, UNREADABLE))
        self.setAccessibleName(self.message.text())
        self.show()
