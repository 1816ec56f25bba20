"""The call-context bar: the customer's name for the call in progress.

It fills ``{customer_name}`` in every phrase copied during the call. It is kept in memory
only: never written to the database, the settings or the log.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from assistant.ui.text_box import TextBox


class CallContextBar(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.customer = TextBox(self)
        self.customer.setPlaceholderText(self.tr("for {customer_name} in phrases"))
        self.customer.setAccessibleName(self.tr("Customer name for this call"))
        self.customer.setClearButtonEnabled(True)
        self.customer.setMaxLength(120)
        self.label = QLabel(self.tr("Customer &name"), self)
        self.label.setBuddy(self.customer)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.customer, 1)
        self.customer.textChanged.connect(lambda _t: self.changed.emit())
        self.customer.returnPressed.connect(self._done)

    def customer_name(self) -> str:
        return " ".join(self.customer.text().split())

    def set_customer_name(self, name: str) -> None:
        self.customer.setText(name)

    def clear(self) -> None:
        """Forget the customer (at the end of a call)."""
        self.customer.clear()

    def _done(self) -> None:
        # Enter in the name field hands the keyboard back to the search box.
        self.focusNextPrevChild(True)
        self.window().setFocus(Qt.FocusReason.OtherFocusReason)
