"""Pasting where the agent is typing, end to end on a real Windows desktop.

It cannot run on the Linux machines where the suite runs: the release workflow runs it on its
Windows runner (``-m windows_desktop``, with ``QT_QPA_PLATFORM=windows``). The same story as
tests/test_paste_xvfb.py, with the test's "hands" pressing keys through SendInput: the agent
clicks into the CRM stand-in (tests/paste/target.py), presses the quick search shortcut,
types a query and Enter; the filled phrase arrives in the field, and the clipboard then holds
what it held before. A runner whose desktop takes no input (no interactive session) skips it,
saying so. With ``AGENT_ASSISTANT_TEST_PROGRAM`` naming the frozen agent-assistant.exe, the
build is what is tested.
"""

from __future__ import annotations

import os
import sys
import time
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
from tests.xkeys import wait_for

pytestmark = [
    pytest.mark.windows_desktop,
    pytest.mark.skipif(sys.platform != "win32", reason="the Windows desktop"),
    pytest.mark.skipif(
        os.environ.get("QT_QPA_PLATFORM", "windows") != "windows",
        reason="needs the real desktop: QT_QPA_PLATFORM=windows (the release workflow)",
    ),
]


def test_the_shortcut_a_query_and_enter_paste_into_notepad_like_target(tmp_path: Path) -> None:
    from tests.winkeys import WinKeys

    env = {**os.environ, "QT_QPA_PLATFORM": "windows"}
    env.pop("AGENT_ASSISTANT_DATA_DIR", None)
    env["AGENT_ASSISTANT_POLICY"] = str(tmp_path / "no-policy.ini")
    data_dir = tmp_path / "data"
    write_settings(data_dir)
    keys = WinKeys()
    program = start_program(data_dir, env)
    target: Target | None = None
    try:
        wait_for(lambda: logged(data_dir, SHORTCUT_CLAIMED), 120, "the program's shortcut")
        target = Target(env)
        window = target.window
        # The agent clicks into the CRM's field. A desktop that takes no input cannot run this.
        deadline = time.monotonic() + SLOW
        while keys.foreground() != window and time.monotonic() < deadline:
            keys.click(window)
            time.sleep(0.5)
        if keys.foreground() != window:
            pytest.skip("this runner's desktop does not take input (no interactive session)")

        keys.press("ctrl", "alt", "space")
        wait_for(lambda: keys.foreground() != window, SLOW, "the quick search popup")
        time.sleep(0.3)  # the search box takes the focus with the window
        keys.type("inbound greeting")
        keys.press("enter")

        target.events.wait("text", GREETING)
        wait_for(lambda: keys.foreground() == window, SLOW, "the focus back in the target")
        wait_for(lambda: target is not None and target.clipboard_is(BEFORE), SLOW, "put-back")
        # The field ends with the phrase, and never held anything but a beginning of it.
        texts = target.events.texts()
        assert texts[-1] == GREETING and all(GREETING.startswith(t) for t in texts)
    finally:
        errors = stop(target.process if target else None, program)
    assert "Traceback" not in errors, errors[-3000:]
