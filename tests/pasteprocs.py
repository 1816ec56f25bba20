"""The processes of the end-to-end paste tests (Xvfb here, Windows in the release workflow):
the real program, started as an agent starts it, and tests/paste/target.py, a window with one
text field standing in for the CRM, which reports its text and the clipboard."""

from __future__ import annotations

import json
import queue
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import IO, Any

from PySide6.QtCore import QSettings

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

    def texts(self) -> list[str]:
        return [e["text"] for e in self.seen if "text" in e]


def write_settings(data_dir: Path, **extra: object) -> None:
    """The agent's settings before the first start: name and company (the greeting uses
    them), and ``extra`` keys ('paste__abbreviations' for 'paste/abbreviations')."""
    data_dir.mkdir(parents=True, exist_ok=True)
    settings = QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("agent/name", "Alex")
    settings.setValue("agent/company", "ACME")
    for key, value in extra.items():
        settings.setValue(key.replace("__", "/"), value)
    settings.sync()


def logged(data_dir: Path, text: str) -> bool:
    """Whether the program's log (in its data folder) says ``text`` yet."""
    log = data_dir / "logs" / "agent-assistant.log"
    return log.is_file() and text in log.read_text("utf-8", errors="replace")


# Said in the log once the program holds its shortcut. (Asking the system whether the
# shortcut is free would take it for a moment, and the program, starting, could find it taken.)
SHORTCUT_CLAIMED = "the quick search shortcut is Ctrl+Alt+Space"


def start_program(data_dir: Path, env: dict[str, str]) -> subprocess.Popen[str]:
    """The program as an agent starts it; the frozen build when AGENT_ASSISTANT_TEST_PROGRAM
    names its executable (the release workflow)."""
    frozen = env.get("AGENT_ASSISTANT_TEST_PROGRAM")
    command = [frozen] if frozen else [sys.executable, "-m", "assistant"]
    return subprocess.Popen(
        [*command, "--data-dir", str(data_dir)],
        env=env,
        cwd=ROOT,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )


class Target:
    """The CRM stand-in: its process, its events, its window (X11 id or HWND)."""

    def __init__(self, env: dict[str, str]) -> None:
        self.process = subprocess.Popen(
            [sys.executable, str(TARGET), "--clipboard", BEFORE],
            env=env,
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout is not None
        self.events = Events(self.process.stdout)
        self.window = int(self.events.wait("ready")["ready"])

    def ask(self, command: str) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()

    def clipboard_is(self, text: str) -> bool:
        self.ask("clipboard")
        return bool(self.events.wait("clipboard")["clipboard"] == text)


def stop(*processes: subprocess.Popen[str] | None) -> str:
    """End the processes; what they wrote to standard error."""
    errors = ""
    for process in processes:
        if process is None:
            continue
        process.terminate()
        try:
            _out, err = process.communicate(timeout=10)
            errors += err or ""
        except subprocess.TimeoutExpired:
            process.kill()
            process.communicate()
    return errors
