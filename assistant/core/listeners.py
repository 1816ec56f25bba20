"""Who hears of a change: a list of callables, each called with the change, in order."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

E = TypeVar("E")


class Listeners(Generic[E]):
    """Callables to tell of each ``E`` (a store's Change, a desk's event). A listener may
    subscribe or unsubscribe another while being told: each telling uses the list as it was."""

    def __init__(self) -> None:
        self._listeners: list[Callable[[E], None]] = []

    def add(self, listener: Callable[[E], None]) -> None:
        self._listeners.append(listener)

    def remove(self, listener: Callable[[E], None]) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def __call__(self, event: E) -> None:
        for listener in list(self._listeners):
            listener(event)
