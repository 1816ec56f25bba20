"""Screenshot of the real window for the README, taken on an X server (run under xvfb-run).

xvfb-run -a -s "-screen 0 1000x900x24" .venv/bin/python tools/screenshot.py docs/screenshot.png
    [PERSONA|popup|none|hold|warning] [--mood ID] [--size WxH] [--theme light|dark]
    [--compact] [--hold] [--filter TEXT] [--customer NAME] [--language es]

The second argument picks a persona, or a state: none, popup, hold (a call on Collections with
its details open and a hold past its check-in point, nagging), warning (the same hold in its
amber last seconds). --mood picks the customer's mood in a state too.
QT_SCALE_FACTOR=1.5 in the environment shows the window at 150 % scaling.

The README's pictures:

    S="xvfb-run -a -s '-screen 0 1000x900x24' .venv/bin/python tools/screenshot.py"
    $S docs/screenshot.png angry
    $S docs/light.png hold --mood angry --customer "Jane Doe"
    $S docs/dark.png hold --mood angry --customer "Jane Doe" --theme dark
    $S docs/wide.png hold --mood angry --customer "Jane Doe" --size 900x700
    $S docs/compact.png none --compact --hold --filter hold
    $S docs/spanish.png hold --mood angry --customer "Jane Doe" --language es
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

COLLECTIONS = Ref(BUILTIN_PACK_ID, "collections")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", nargs="?", default="docs/screenshot.png")
    parser.add_argument("persona", nargs="?", default="angry")
    parser.add_argument("--mood", default="", help="the customer's mood, in a state too")
    parser.add_argument("--size", default="420x700", help="the window's size, WIDTHxHEIGHT")
    parser.add_argument("--theme", choices=("light", "dark", "system"), default="light")
    parser.add_argument("--compact", action="store_true")
    parser.add_argument("--hold", action="store_true", help="start a hold before the shot")
    parser.add_argument("--language", default="en")
    parser.add_argument("--filter", default="", help="text typed into the search box")
    parser.add_argument("--customer", default="", help="the customer's name for the call")
    args = parser.parse_args()
    out = Path(args.out)
    width, height = (int(n) for n in args.size.lower().split("x"))
    app = _application(sys.argv[:1])
    data_dir = Path(tempfile.mkdtemp())
    settings = Settings(data_dir)
    settings.theme = args.theme
    settings.language = args.language
    settings.agent_name = "Maria"
    settings.company = "ACME Cards"
    settings.profile_asked = True
    window = build_window(data_dir)
    window.resize(width, height)
    window.move(0, 0)
    window.show()
    if args.persona == "popup":
        QTimer.singleShot(500, window.campaigns.combo.showPopup)
    elif args.persona in ("hold", "warning"):
        _hold_state(window, overdue=args.persona == "hold")
    elif args.persona != "none":
        window.personas.select(Ref(BUILTIN_PACK_ID, args.persona))
    if args.mood:
        window.personas.select(Ref(BUILTIN_PACK_ID, args.mood))
    if args.customer:
        window.call_context.set_customer_name(args.customer)
    if args.compact:
        window.modes.set_compact(True)
    if args.filter:
        window.library.filter.setText(args.filter)
    if args.hold:
        window.desk.start_hold()

    def settle() -> None:
        # The callback that fell due opened its tab; the call flow is what the picture shows.
        if window.call_details_built and args.persona in ("hold", "warning"):
            window.call_details.setCurrentWidget(window.call_details.checklist)

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

    QTimer.singleShot(900, settle)
    QTimer.singleShot(1800, grab)
    return int(app.exec())


def _hold_state(window: MainWindow, *, overdue: bool) -> None:
    """A call on Collections with its details open (the first step ticked) and a hold running:
    red and nagging (``hold``) or amber (``warning``); a callback due, another later."""
    window.campaigns.select(COLLECTIONS)
    window.desk.start_call()
    window.desk.tick_step(0, True)
    held = 150 if overdue else 110
    started = datetime.now(UTC) - timedelta(seconds=held)
    activity = window.services.activity
    activity.log_hold_start(started, COLLECTIONS, 120, window.desk.call.call_id)
    window.desk.resume_after_restart()
    window.hold.on_deadline()
    activity.add_callback("Jane Doe", "555-0101", started, "card replacement")
    activity.add_callback("Omar Haddad", "REF-88231", started + timedelta(hours=2))


if __name__ == "__main__":
    sys.exit(main())
