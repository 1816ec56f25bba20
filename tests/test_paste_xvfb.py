"""Pasting where the agent is typing, end to end on a real X server (Xvfb, no window manager).

The real program runs as an agent starts it; a separate program (tests/paste/target.py, a
window with one text field) stands for the CRM and has the focus. The test's "hands" press
keys through XTEST. What must happen: the quick search shortcut, a query and Enter put the
filled phrase into the target's field, and the clipboard then holds what it held before;
with abbreviations switched on, typing ``;hi`` in the target replaces it with the phrase.
"""

from __future__ import annotations

import ctypes.util
import json
import os
import queue
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import pytest
from PySide6.QtCore import QSettings

from tests.xkeys import XKeys, wait_for

pytestmark = pytest.mark.xvfb

ROOT = Path(__file__).resolve().parent.parent
TARGET = Path(__file__).resolve().parent / "paste" / "target.py"
GREETING = "Thank you for calling ACME, this is Alex. How may I help you today?"
BEFORE = "what the agent copied before"
SLOW = 30.0  # seconds: two shared cores, three Qt programs starting at once


class Events:
    """The JSON lines a child process prints, read on a thread of their own."""

    def __init__(self, stream: IO[str]) -> None:
        self._queue: queue.Queue[dict[str, Any]] = queue.Queue()
        self.seen: list[dict[str, Any]] = []
        threading.Thread(target=self._read, args=(stream,), daemon=True).start()

    def _read(self, stream: IO[str]) -> None:
        for line in stream:
            try:
                self._queue.put(json.loads(line))
            except ValueError:
                continue

    def wait(self, key: str, value: object = None, timeout: float = SLOW) -> dict[str, Any]:
        """The first event with ``key`` (and that ``value``, when given) from now on."""
        import time

        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise AssertionError(f"no {key}={value!r} event; seen: {self.seen[-5:]}")
            try:
                event = self._queue.get(timeout=left)
            except queue.Empty:
                continue
            self.seen.append(event)
            if key in event and (value is None or event[key] == value):
                return event


@pytest.fixture
def desktop(xvfb_display: str) -> str:
    if ctypes.util.find_library("Xtst") is None:
        pytest.skip("libXtst (XTEST, RECORD) is missing; `make test` adds it")
    return xvfb_display


def _env(display: str, tmp_path: Path) -> dict[str, str]:
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
    for name in ("WAYLAND_DISPLAY", "XDG_SESSION_TYPE", "AGENT_ASSISTANT_DATA_DIR"):
        env.pop(name, None)
    env["AGENT_ASSISTANT_POLICY"] = str(tmp_path / "no-policy.ini")  # no IT policy
    return env


def _settings(data_dir: Path, **extra: object) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    settings = QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("agent/name", "Alex")
    settings.setValue("agent/company", "ACME")
    for key, value in extra.items():
        settings.setValue(key.replace("__", "/"), value)
    settings.sync()


def _shortcut_taken(display: str) -> bool:
    """Whether another program (ours, once started) holds Ctrl+Alt+Space."""
    probe = (
        "import sys; from PySide6.QtGui import QGuiApplication; "
        "app = QGuiApplication(sys.argv[:1]); "
        "from assistant.ui.hotkey import GlobalHotkey; h = GlobalHotkey(); "
        "ok = h.register('Ctrl+Alt+Space'); h.unregister(); print('free' if ok else 'taken')"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe],
        env={**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"},
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    return result.stdout.strip() == "taken"


@pytest.fixture
def running(desktop: str, tmp_path: Path) -> Iterator[tuple[Path, dict[str, str]]]:
    """The program's data folder and environment; the program itself starts in each test."""
    yield tmp_path / "data", _env(desktop, tmp_path)


def _start_program(data_dir: Path, env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "assistant", "--data-dir", str(data_dir)],
        env=env,
        cwd=ROOT,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )


def _start_target(env: dict[str, str]) -> tuple[subprocess.Popen[str], Events, int]:
    target = subprocess.Popen(
        [sys.executable, str(TARGET), "--clipboard", BEFORE],
        env=env,
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert target.stdout is not None
    events = Events(target.stdout)
    window = int(events.wait("ready")["ready"])
    return target, events, window


def _ask(target: subprocess.Popen[str], command: str) -> None:
    assert target.stdin is not None
    target.stdin.write(command + "\n")
    target.stdin.flush()


def _stop(*processes: subprocess.Popen[str]) -> str:
    errors = ""
    for process in processes:
        process.terminate()
        try:
            _out, err = process.communicate(timeout=10)
            errors += err or ""
        except subprocess.TimeoutExpired:
            process.kill()
            process.communicate()
    return errors


def _focus_target(keys: XKeys, window: int) -> None:
    """The agent clicks into the CRM's field: the focus is there before anything is pressed."""
    if keys.focus() != window:
        keys.set_focus(window)
    wait_for(lambda: keys.focus() == window, SLOW, "the target to have the focus")


def _clipboard_is(target: subprocess.Popen[str], events: Events, text: str) -> bool:
    _ask(target, "clipboard")
    return bool(events.wait("clipboard")["clipboard"] == text)


def test_the_shortcut_a_query_and_enter_paste_into_the_program_the_agent_was_in(
    running: tuple[Path, dict[str, str]],
) -> None:
    data_dir, env = running
    _settings(data_dir)
    program = _start_program(data_dir, env)
    keys = XKeys(env["DISPLAY"])
    target: subprocess.Popen[str] | None = None
    try:
        wait_for(lambda: _shortcut_taken(env["DISPLAY"]), 90, "the program to claim its shortcut")
        target, events, window = _start_target(env)
        _focus_target(keys, window)

        keys.press("Control_L", "Alt_L", "space")
        # The popup takes the keyboard focus from the target.
        wait_for(lambda: keys.focus() != window, SLOW, "the quick search popup to take the focus")
        keys.type("inbound greeting")
        keys.press("Return")

        events.wait("text", GREETING)
        wait_for(lambda: keys.focus() == window, SLOW, "the focus to be back in the target")
        # The agent's own copy is back on the clipboard once the target has read the phrase.
        wait_for(lambda: _clipboard_is(target, events, BEFORE), SLOW, "the clipboard put back")
        # Nothing but the phrase was typed into the field.
        texts = [e["text"] for e in events.seen if "text" in e]
        assert texts[-1] == GREETING and all(GREETING.startswith(t) for t in texts)
    finally:
        keys.close()
        errors = _stop(*(p for p in (target, program) if p is not None))
    assert "Traceback" not in errors, errors[-3000:]


def test_an_abbreviation_typed_in_another_program_becomes_its_phrase(
    running: tuple[Path, dict[str, str]],
) -> None:
    data_dir, env = running
    _settings(data_dir, paste__abbreviations=True)
    program = _start_program(data_dir, env)
    log_file = data_dir / "logs" / "agent-assistant.log"
    keys = XKeys(env["DISPLAY"])
    target: subprocess.Popen[str] | None = None
    try:
        wait_for(
            lambda: log_file.is_file() and "abbreviations on" in log_file.read_text("utf-8"),
            90,
            "the program to watch for abbreviations",
        )
        target, events, window = _start_target(env)
        _focus_target(keys, window)

        keys.type("ok ;hi")

        events.wait("text", "ok " + GREETING)
        assert keys.focus() == window  # typed in place: nothing took the focus
        wait_for(lambda: _clipboard_is(target, events, BEFORE), SLOW, "the clipboard put back")
        # What the agent typed is in no file of the data folder, the log included.
        assert ";hi" not in log_file.read_text("utf-8")
        for path in data_dir.rglob("*"):
            if path.is_file():
                assert b"ok ;h" not in path.read_bytes(), path
    finally:
        keys.close()
        errors = _stop(*(p for p in (target, program) if p is not None))
    assert "Traceback" not in errors, errors[-3000:]
