"""End to end: the real program, started as a user would, draws its window on an X server."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.xvfb

# Runs in a separate process on the Xvfb display: grabs the whole screen until something that
# looks like a window (many colours, mostly light pixels) is drawn, then saves it.
GRABBER = r"""
import sys, time
from PySide6.QtGui import QGuiApplication
app = QGuiApplication(sys.argv[:1])
deadline = time.monotonic() + float(sys.argv[2])
while True:
    image = app.primaryScreen().grabWindow(0).toImage()
    colours, light, total = set(), 0, 0
    for y in range(0, image.height(), 4):
        for x in range(0, image.width(), 4):
            rgb = image.pixel(x, y) & 0xFFFFFF
            colours.add(rgb)
            light += ((rgb >> 16) & 255) + ((rgb >> 8) & 255) + (rgb & 255) > 600
            total += 1
    if len(colours) > 40 and light / total > 0.05:
        image.save(sys.argv[1])
        print(len(colours), round(light / total, 3))
        sys.exit(0)
    if time.monotonic() > deadline:
        image.save(sys.argv[1])
        print("blank", len(colours), round(light / total, 3))
        sys.exit(1)
    time.sleep(0.3)
"""


def test_the_real_window_opens_and_draws(xvfb_display: str, tmp_path: Path) -> None:
    env = {**os.environ, "DISPLAY": xvfb_display, "QT_QPA_PLATFORM": "xcb"}
    env.pop("WAYLAND_DISPLAY", None)
    app = subprocess.Popen(
        [sys.executable, "-m", "assistant", "--data-dir", str(tmp_path / "data")],
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    shot = tmp_path / "window.png"
    try:
        started = time.monotonic()
        grab = subprocess.run(
            [sys.executable, "-c", GRABBER, str(shot), "60"],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert app.poll() is None, f"the program exited: {app.communicate()[1]}"
        assert grab.returncode == 0, f"the screen stayed blank: {grab.stdout} {grab.stderr}"
        assert shot.stat().st_size > 5000
        assert time.monotonic() - started < 60
    finally:
        app.terminate()
        try:
            app.wait(timeout=10)
        except subprocess.TimeoutExpired:
            app.kill()
    # The program created its knowledge base in the data folder it was given.
    assert (tmp_path / "data" / "knowledge.db").exists()
