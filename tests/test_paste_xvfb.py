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
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.pasteprocs import (
    BEFORE,
    GREETING,
    SHORTCUT_CLAIMED,
    SLOW,
    Target,
    logged,
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


def _focus(keys: XKeys, target: Target, window_manager: bool) -> None:
    """The agent clicks into the CRM's field: the focus is there before anything is pressed.
    With no window manager, the test gives the focus as a click would."""
    window = target.window
    if window_manager:
        target.ask("where")
        x, y = target.events.wait("where")["where"]
        keys.click(x, y)
    elif keys.focus() != window:
        keys.set_focus(window)
    wait_for(lambda: keys.focus() == window, SLOW, "the target to have the focus")


@pytest.fixture(params=["no window manager", "window manager"])
def window_manager(request: pytest.FixtureRequest, env: dict[str, str]) -> Iterator[bool]:
    """Xvfb as it is (the focus set directly), or with a small window manager running, as on
    a desktop (the focus given back through _NET_ACTIVE_WINDOW)."""
    if request.param == "no window manager":
        yield False
        return
    if shutil.which("evilwm") is None:
        if os.environ.get("CI"):
            pytest.fail("evilwm is missing: `make test` installs it")
        pytest.skip("evilwm (a small window manager) is missing; `make test` installs it")
    # "fixed": a font Xvfb has built in (evilwm's default needs the X font packages).
    manager = subprocess.Popen(
        ["evilwm", "-fn", "fixed"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    keys = XKeys(env["DISPLAY"])
    try:
        wait_for(keys.window_manager_running, SLOW, "the window manager to start")
        yield True
    finally:
        keys.close()
        manager.terminate()
        manager.wait(timeout=10)


def test_the_shortcut_a_query_and_enter_paste_into_the_program_the_agent_was_in(
    env: dict[str, str], tmp_path: Path, window_manager: bool
) -> None:
    data_dir = tmp_path / "data"
    write_settings(data_dir)
    program = start_program(data_dir, env)
    keys = XKeys(env["DISPLAY"])
    target: Target | None = None
    try:
        wait_for(lambda: logged(data_dir, SHORTCUT_CLAIMED), 90, "the program's shortcut")
        target = Target(env)
        _focus(keys, target, window_manager)

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
        print(errors)  # shown when the test fails
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
    other: Target | None = None
    try:
        wait_for(lambda: logged(data_dir, "abbreviations on"), 90, "the abbreviation watch")
        target = Target(env)
        _focus(keys, target, window_manager=False)

        keys.type("ok ;hi")

        target.events.wait("text", "ok " + GREETING)
        assert keys.focus() == target.window  # typed in place: nothing took the focus
        wait_for(lambda: target is not None and target.clipboard_is(BEFORE), SLOW, "put-back")
        # What the agent typed is in no file of the data folder, the log included.
        assert ";hi" not in log_file.read_text("utf-8")
        for path in data_dir.rglob("*"):
            if path.is_file():
                assert b"ok ;h" not in path.read_bytes(), path
        # ";h" typed in one program and "i" in the next are not ";hi": what was typed is
        # dropped when the focus moves, so nothing is erased or pasted in either.
        other = Target(env)
        _focus(keys, target, window_manager=False)  # a new window may take the focus
        keys.type(" ;h")
        target.events.wait("text", f"ok {GREETING} ;h")
        _focus(keys, other, window_manager=False)
        keys.type("i and ;hi")
        other.events.wait("text", f"i and {GREETING}")
        assert target.events.texts()[-1] == f"ok {GREETING} ;h"
    finally:
        keys.close()
        errors = stop(target.process if target else None, other.process if other else None, program)
        print(errors)  # shown when the test fails
    assert "Traceback" not in errors, errors[-3000:]
