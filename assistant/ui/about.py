"""The About box: version, where the data and logs are, and the licence."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from assistant import APP_NAME, __version__
from assistant.datadir import log_dir

LICENCE = "MIT"


class AboutDialog(QDialog):
    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About %1").replace("%1", APP_NAME))
        self.data_dir = data_dir
        self.logs = log_dir(data_dir)
        title = QLabel(f"<b>{APP_NAME}</b> {__version__}", self)
        title.setObjectName("heading")
        blurb = QLabel(
            self.tr(
                "A companion for call-center agents: campaigns, customer personas, scripted "
                "phrases and a hold timer."
            ),
            self,
        )
        blurb.setWordWrap(True)
        self.version_label = QLabel(self.tr("Version: %1").replace("%1", __version__), self)
        self.data_label = _link(self.tr("Data folder: %1"), data_dir, self)
        self.log_label = _link(self.tr("Log folder: %1"), self.logs, self)
        self.licence_label = QLabel(self.tr("Licence: %1").replace("%1", LICENCE), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        # Wide enough for a folder path on one line or two, in characters (follows the font).
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 72)
        layout = QVBoxLayout(self)
        for widget in (title, blurb, self.version_label, self.data_label, self.log_label):
            layout.addWidget(widget)
        layout.addWidget(self.licence_label)
        layout.addWidget(buttons)
        for label in (self.version_label, self.licence_label, blurb):
            label.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByKeyboard
                | Qt.TextInteractionFlag.TextSelectableByMouse
            )
            label.setAccessibleName(label.text())


def _link(template: str, folder: Path, parent: QWidget) -> QLabel:
    url = QUrl.fromLocalFile(str(folder)).toString()
    label = QLabel(template.replace("%1", f'<a href="{url}">{folder}</a>'), parent)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    label.setOpenExternalLinks(False)
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        | Qt.TextInteractionFlag.LinksAccessibleByMouse
    )
    label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    label.setAccessibleName(template.replace("%1", str(folder)))
    label.linkActivated.connect(lambda link: QDesktopServices.openUrl(QUrl(link)))
    return label
