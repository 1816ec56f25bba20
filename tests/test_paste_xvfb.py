"""Pasting where the agent is typing, end to end on a real X server (Xvfb, no window manager).

The real program runs as an agent starts it; a separate program (tests/paste/target.py, a
window with one text field) stands for the CRM and has the focus. The test's "hands" press
keys through XTEST. What must happen: the quick search shortcut, a query and Enter put the
filled phrase into the target's field, and the clipboard then holds what it held before;
with abbreviations switched on, typing ``;hi`` in the target replaces it with the phrase.
"""

from __future__ import annotations

import ctypes.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.pasteprocs import (
    BEFORE,
    GREETING,
    ROOT,
    SLOW,
    Target,
    start_program,
    stop,
    write_settings,
)
from tests.xkeys import XKeys, wait_for

pytestmark = pytest.mark.xvfb


@pytest.fixture
def env(xvfb_display: str, tmp_path: Path) -> dict[str, str]:
    if ctypes.util.find_library("Xtst") is None:
        pytest.skip("libXtst (XTEST, RECORD) is missing; `make test` adds it")
    env = {**os.environ, "DISPLAY": xvfb_display, "QT_QPA_PLATFORM": "xcb"}
    for name in ("WAYLAND_DISPLAY", "XDG_SESSION_TYPE", "AGENT_ASSISTANT_DATA_DIR"):
        env.pop(name, None)
    env["AGENT_ASSISTANT_POLICY"] = str(tmp_path / "no-policy.ini")  # no IT policy
    return env


def _shortcut_taken(env: dict[str, str]) -> bool:
    """Whether another program (ours, once started) holds Ctrl+Alt+Space."""
    probe = (
        "import sys; from PySide6.QtGui import QGuiApplication; "
        "app = QGuiApplication(sys.argv[:1]); "
        "from assistant.ui.hotkey import GlobalHotkey; h = GlobalHotkey(); "
        "ok = h.register('Ctrl+Alt+Space'); h.unregister(); print('free' if ok else 'taken')"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    return result.stdout.strip() == "taken"


def _focus(keys: XKeys, window: int) -> None:
    """The agent clicks into the CRM's field: the focus is there before anything is pressed
    (with no window manager, the test gives it as one would)."""
    if keys.focus() != window:
        keys.set_focus(window)
    wait_for(lambda: keys.focus() == window, SLOW, "the target to have the focus")


def test_the_shortcut_a_query_and_enter_paste_into_the_program_the_agent_was_in(
    env: dict[str, str], tmp_path: Path
) -> None:
    data_dir = tmp_path / "data"
    write_settings(data_dir)
    program = start_program(data_dir, env)
    keys = XKeys(env["DISPLAY"])
    target: Target | None = None
    try:
        wait_for(lambda: _shortcut_taken(env), 90, "the program to claim its shortcut")
        target = Target(env)
        _focus(keys, target.window)

        keys.press("Control_L", "Alt_L", "space")
        window = target.window
        wait_for(lambda: keys.focus() != window, SLOW, "the quick search popup to take the focus")
        keys.type("inbound greeting")
        keys.press("Return")

        target.events.wait("text", GREETING)
        wait_for(lambda: keys.focus() == window, SLOW, "the focus to be back in the target")
        # The agent's own copy is back on the clipboard once the target has read the phrase.
        wait_for(lambda: target is not None and target.clipboard_is(BEFORE), SLOW, "put-back")
        texts = target.events.texts()
        assert texts[-1] == GREETING and all(GREETING.startswith(t) for t in texts)
    finally:
        keys.close()
        errors = stop(target.process if target else None, program)
    assert "Traceback" not in errors, errors[-3000:]


def test_an_abbreviation_typed_in_another_program_becomes_its_phrase(
    env: dict[str, str], tmp_path: Path
) -> None:
    data_dir = tmp_path / "data"
    write_settings(data_dir, paste__abbreviations=True)
    program = start_program(data_dir, env)
    log_file = data_dir / "logs" / "agent-assistant.log"
    keys = XKeys(env["DISPLAY"])
    target: Target | None = None
    try:
        wait_for(
            lambda: log_file.is_file() and "abbreviations on" in log_file.read_text("utf-8"),
            90,
            "the program to watch for abbreviations",
        )
        target = Target(env)
        _focus(keys, target.window)

        keys.type("ok ;hi")

        target.events.wait("text", "ok " + GREETING)
        assert keys.focus() == target.window  # typed in place: nothing took the focus
        wait_for(lambda: target is not None and target.clipboard_is(BEFORE), SLOW, "put-back")
        # What the agent typed is in no file of the data folder, the log included.
        assert ";hi" not in log_file.read_text("utf-8")
        for path in data_dir.rglob("*"):
            if path.is_file():
                assert b"ok ;h" not in path.read_bytes(), path
    finally:
        keys.close()
        errors = stop(target.process if target else None, program)
    assert "Traceback" not in errors, errors[-3000:]
