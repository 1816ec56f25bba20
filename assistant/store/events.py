"""What a committed change touched, so a listener refreshes only what it shows.

The knowledge base (store/knowledge.py) and the agent's activity (store/activity.py) call their
listeners with one of these after each commit of their own connection. Changes another
connection made (a pack imported from the command line, or by the pack writer's thread) are
noticed through SQLite's ``PRAGMA data_version`` (``KnowledgeBase.check_external_changes``).
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from assistant.core.listeners import Listeners as BaseListeners


class Change(StrEnum):
    PACKS = "packs"  # pack content: campaigns, personas, phrases (knowledge.db)
    USAGE = "usage"  # uses and favourites (activity.db)
    SETTINGS = "settings"  # the settings table (activity.db)
    HOLDS = "holds"
    CALLS = "calls"
    CALLBACKS = "callbacks"


Listener = Callable[[Change], None]
Listeners = BaseListeners[Change]
