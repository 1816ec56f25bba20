"""Screenshot of the real window for the README, taken on an X server (run under xvfb-run).

xvfb-run -a -s "-screen 0 1000x900x24" .venv/bin/python tools/screenshot.py docs/screenshot.png
The second argument picks a persona, or a state: none, popup, hold (a call with an overdue
hold, nagging), warning (the same hold in its amber last seconds).
"""

from __future__ import annotations

import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from assistant.app import _application, build_window
from assistant.core.model import BUILTIN_PACK_ID, Ref
from assistant.ui.main_window import MainWindow


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshot.png")
    persona = sys.argv[2] if len(sys.argv) > 2 else "angry"
    app = _application(sys.argv[:1])
    window = build_window(Path(tempfile.mkdtemp()))
    window.resize(420, 700)
    window.move(0, 0)
    window.show()
    if persona == "popup":
        QTimer.singleShot(500, window.campaigns.combo.showPopup)
    elif persona in ("hold", "warning"):
        _hold_state(window, overdue=persona == "hold")
    elif persona != "none":
        window.personas.select(Ref(BUILTIN_PACK_ID, persona))

    def grab() -> None:
        geometry = window.frameGeometry()
        if persona == "popup":
            geometry.setHeight(900)
        screen = QApplication.primaryScreen()
        image = screen.grabWindow(
            0, geometry.x(), geometry.y(), geometry.width(), geometry.height()
        )
        image.save(str(out))
        print(f"saved {out} ({image.width()}x{image.height()})")
        app.quit()

    QTimer.singleShot(1500, grab)
    return int(app.exec())


def _hold_state(window: MainWindow, *, overdue: bool) -> None:
    """A call with a hold running: red and nagging (``hold``) or amber (``warning``)."""
    window.campaigns.select(Ref(BUILTIN_PACK_ID, "collections"))
    window.call.start_call()
    held = 150 if overdue else 110
    started = datetime.now(UTC) - timedelta(seconds=held)
    window.activity.log_hold_start(started, Ref(BUILTIN_PACK_ID, "collections"), 120)
    [row] = window.open_holds_found()
    window.resolve_open_hold(row, keep_going=True)
    window.hold.on_deadline()
    window.activity.add_callback("Jane Doe", "555-0101", started, "card replacement")
    window.activity.add_callback("Omar Haddad", "REF-88231", started + timedelta(hours=2))


if __name__ == "__main__":
    sys.exit(main())
