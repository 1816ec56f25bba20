"""Typing in the pack editor: a large pack against a small one, side by side in one run.

A supervisor edits a pack of 200 phrases and one of 20,000 (built from the built-in pack's
sentences, bench/search.py) in two pack editors (offscreen), one phrase's title each, a key
into one then a key into the other, round by round, so that a noisy machine weighs on both
alike. Each key is timed on the window's thread from the key press until the event loop is idle
again: the edit, the list's row and the preview brought up to date, the window painted.

Then the large editor is left alone while its as-you-type check runs on the editor's worker, and
a 10 ms probe timer on the window's thread measures how late the event loop answers meanwhile
(the check is Python, and the C YAML emitter and loader hold the interpreter's lock for
stretches: a stall the main window shares, being the same process).

Prints the medians, the last line being

    editor: n=20000 key_ms=... small_key_ms=... ratio=... check_stall_max_ms=...

Goal: a key in the large pack within one 60 Hz frame (16 ms). The ratio is for reference: Qt's
list view lays its rows out again when one changes, a few milliseconds at 20,000 (before the
editor kept its list in Qt's own model, that cost 6.7 s a key).

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/editor.py [--phrases 20000] [--keys 40]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QLineEdit  # noqa: E402
from search import synthetic_pack  # noqa: E402

from assistant.app import _application  # noqa: E402
from assistant.packs.export import pack_to_yaml  # noqa: E402
from assistant.ui.editor.window import PackEditor  # noqa: E402

PHRASES_TAB = 3
SMALL = 200


def spin(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def idle() -> None:
    """Run the event loop until what a key set going (the list's layout, the repaint) is done:
    until a turn of the loop finds next to nothing to do."""
    for _ in range(20):
        start = time.perf_counter()
        spin(0)
        if time.perf_counter() - start < 0.0005:
            return


def open_editor(folder: Path, phrases: int) -> tuple[PackEditor, QLineEdit]:
    path = folder / f"pack-{phrases}.yaml"
    path.write_text(pack_to_yaml(synthetic_pack(phrases)), encoding="utf-8")
    editor = PackEditor(None)
    editor.resize(900, 700)
    editor.show()
    if not editor.open_file(path):
        raise SystemExit(f"cannot open {path}")
    editor.tabs.setCurrentIndex(PHRASES_TAB)
    editor.phrases.select(5)
    title = next(b.widget for b in editor.phrases.form.bindings if b.key == ("title",))
    assert isinstance(title, QLineEdit)
    return editor, title


def key_ms(title: QLineEdit, char: str) -> float:
    title.setFocus()
    start = time.perf_counter()
    QTest.keyClicks(title, char)
    idle()
    return (time.perf_counter() - start) * 1000.0


def check_stall_ms(editor: PackEditor) -> float:
    """The longest lateness of a 10 ms probe while the as-you-type check runs (until its result
    is shown)."""
    worst, last = 0.0, time.perf_counter()

    def probe() -> None:
        nonlocal worst, last
        now = time.perf_counter()
        worst = max(worst, (now - last) * 1000.0 - 10.0)
        last = now

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(probe)
    loop = QEventLoop()
    editor.validated.connect(loop.quit)
    QTimer.singleShot(120_000, loop.quit)
    last = time.perf_counter()
    timer.start()
    loop.exec()
    timer.stop()
    editor.validated.disconnect(loop.quit)
    return worst


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--phrases", type=int, default=20_000)
    parser.add_argument("--keys", type=int, default=40)
    args = parser.parse_args()
    app = _application([sys.argv[0]])  # as the program makes it: Fusion, stylesheet, collector
    with tempfile.TemporaryDirectory() as tmp:
        small, small_title = open_editor(Path(tmp), SMALL)
        large, large_title = open_editor(Path(tmp), args.phrases)
        spin(500)  # the opening checks are done and shown
        small_keys, large_keys = [], []
        for round_ in range(args.keys):
            char = "abcdefghijklmnopqrstuvwxyz"[round_ % 26]
            small_keys.append(key_ms(small_title, char))
            large_keys.append(key_ms(large_title, char))
            spin(20)
        stall = check_stall_ms(large)
        small_ms, large_ms = statistics.median(small_keys), statistics.median(large_keys)
        print(f"keys: n={len(large_keys)} small_max_ms={max(small_keys):.1f} "
              f"large_max_ms={max(large_keys):.1f}")  # fmt: skip
        print(
            f"editor: n={args.phrases} key_ms={large_ms:.1f} small_key_ms={small_ms:.1f} "
            f"ratio={large_ms / small_ms:.2f} check_stall_max_ms={stall:.0f}"
        )
        for editor in (small, large):
            editor.doc.undo_stack.setClean()
            editor.close()
    del app


if __name__ == "__main__":
    main()
