"""The one background-operation helper (services/background.py): what a failed job leaves."""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable

from assistant.services.background import Worker

WAIT_S = 10.0


class Made:
    """Stands for a Qt object a job makes on its thread: tells where it is destroyed."""

    def __init__(self, freed: list[str]) -> None:
        self._freed = freed

    def __del__(self) -> None:
        self._freed.append(threading.current_thread().name)


def test_a_failed_jobs_objects_are_freed_on_its_thread_not_where_the_error_goes() -> None:
    freed: list[str] = []
    posted: list[Callable[[], None]] = []  # the window's event loop, run below
    errors: list[BaseException] = []

    def lower(made: Made) -> None:
        raise OSError("the disk is full")

    def job(_context: None) -> None:
        buffer = Made(freed)  # noqa: F841 - held by the frame, as a QBuffer would be
        try:
            lower(Made(freed))
        except OSError as problem:
            writer = Made(freed)  # noqa: F841 - in the frame of the error's cause
            raise ValueError("no cheat sheet") from problem

    worker: Worker[None] = Worker("pack-writer", lambda: None, post=posted.append)
    worker.submit(job, failed=errors.append)
    assert worker.wait(WAIT_S)
    worker.close(WAIT_S)
    # Freed on the worker's thread, before the failure reaches the window: three objects, in
    # the job's frame and in the frame of the error it chained.
    assert freed == ["pack-writer"] * 3
    for callback in posted:
        callback()
    [error] = errors
    assert isinstance(error, ValueError) and isinstance(error.__cause__, OSError)
    # The log and the crash report still say where it failed.
    where = "".join(traceback.format_exception(error))
    assert "in job" in where and "in lower" in where and "the disk is full" in where
