"""A stand-in for the agent's CRM or chat window, in a process of its own: one text field.

Run on the test's desktop (Xvfb, or Windows). Standard output gets one JSON line per event:
``{"ready": WINDOW_ID}`` once shown and focused, ``{"text": ...}`` whenever the field
changes, ``{"clipboard": ...}`` when asked. Standard input takes one command per line:
``clipboard`` (report what the clipboard holds), ``where`` (the field's middle on the
screen), ``clear`` (empty the field), ``quit``.
``--clipboard TEXT`` puts TEXT on the clipboard at start, as the agent's own last copy.
"""

from __future__ import annotations

import json
import os
import sys
import threading

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit


def say(**event: object) -> None:
    print(json.dumps(event), flush=True)


class Commands(QObject):
    """Lines from standard input, read on a thread (a pipe cannot be watched by Qt on
    Windows) and handed to the GUI thread through a queued signal."""

    line = Signal(str)

    def start(self) -> None:
        def read() -> None:
            for line in sys.stdin:
                self.line.emit(line.strip())
            self.line.emit("quit")

        threading.Thread(target=read, daemon=True).start()


def main() -> int:
    app = QApplication([sys.argv[0], "-name", "paste-target"])
    field = QLineEdit()
    field.setWindowTitle("CRM note")
    field.resize(500, 40)
    field.move(40, 500)
    field.textChanged.connect(lambda text: say(text=text))
    if "--clipboard" in sys.argv:
        QGuiApplication.clipboard().setText(sys.argv[sys.argv.index("--clipboard") + 1])

    def command(line: str) -> None:
        if line == "quit":
            app.quit()
        elif line == "clipboard":
            say(clipboard=QGuiApplication.clipboard().text())
        elif line == "clear":
            field.clear()
        elif line == "where":  # the field's middle on the screen, for a click
            middle = field.mapToGlobal(field.rect().center())
            say(where=[middle.x(), middle.y()])

    commands = Commands()
    commands.line.connect(command)
    commands.start()
    field.show()
    field.activateWindow()  # with no window manager, Qt sets the X input focus itself
    field.setFocus()
    # The window's id: the X11 window, or the Windows HWND.
    QTimer.singleShot(200, lambda: say(ready=int(field.winId()), pid=os.getpid()))
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
