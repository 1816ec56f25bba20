"""Screenshot of the real window for the README, taken on an X server (run under xvfb-run).

xvfb-run -a -s "-screen 0 1000x900x24" .venv/bin/python tools/screenshot.py docs/screenshot.png
    [PERSONA|popup|none|hold|warning] [--theme light|dark] [--compact] [--hold] [--language es]

The second argument picks a persona, or a state: none, popup, hold (a call with an overdue
hold, nagging), warning (the same hold in its amber last seconds).
QT_SCALE_FACTOR=1.5 in the environment shows the window at 150 % scaling.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from assistant.app import _application, build_window
from assistant.core.model import BUILTIN_PACK_ID, Ref
from assistant.settings import Settings
from assistant.ui.main_window import MainWindow


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", nargs="?", default="docs/screenshot.png")
    parser.add_argument("persona", nargs="?", default="angry")
    parser.add_argument("--theme", choices=("light", "dark", "system"), default="light")
    parser.add_argument("--compact", action="store_true")
    parser.add_argument("--hold", action="store_true", help="start a hold before the shot")
    parser.add_argument("--language", default="en")
    parser.add_argument("--filter", default="", help="text typed into the search box")
    args = parser.parse_args()
    out = Path(args.out)
    app = _application(sys.argv[:1])
    data_dir = Path(tempfile.mkdtemp())
    settings = Settings(data_dir)
    settings.theme = args.theme
    settings.language = args.language
    settings.agent_name = "Maria"
    window = build_window(data_dir)
    window.resize(420, 700)
    window.move(0, 0)
    window.show()
    if args.persona == "popup":
        QTimer.singleShot(500, window.campaigns.combo.showPopup)
    elif args.persona in ("hold", "warning"):
        _hold_state(window, overdue=args.persona == "hold")
    elif args.persona != "none":
        window.personas.select(Ref(BUILTIN_PACK_ID, args.persona))
    if args.compact:
        window.modes.set_compact(True)
    if args.filter:
        window.library.filter.setText(args.filter)
    if args.hold:
        window.desk.start_hold()

    def grab() -> None:
        geometry = window.frameGeometry()
        if args.persona == "popup":
            geometry.setHeight(900)
        screen = QApplication.primaryScreen()
        image = screen.grabWindow(
            0, geometry.x(), geometry.y(), geometry.width(), geometry.height()
        )
        image.save(str(out))
        print(f"saved {out} ({image.width()}x{image.height()})")
        window.desk.close()
        app.quit()

    QTimer.singleShot(1500, grab)
    return int(app.exec())


def _hold_state(window: MainWindow, *, overdue: bool) -> None:
    """A call with a hold running: red and nagging (``hold``) or amber (``warning``)."""
    window.campaigns.select(Ref(BUILTIN_PACK_ID, "collections"))
    window.desk.start_call()
    held = 150 if overdue else 110
    started = datetime.now(UTC) - timedelta(seconds=held)
    activity = window.services.activity
    activity.log_hold_start(started, Ref(BUILTIN_PACK_ID, "collections"), 120)
    window.desk.resume_after_restart()
    window.hold.on_deadline()
    activity.add_callback("Jane Doe", "555-0101", started, "card replacement")
    activity.add_callback("Omar Haddad", "REF-88231", started + timedelta(hours=2))


if __name__ == "__main__":
    sys.exit(main())
