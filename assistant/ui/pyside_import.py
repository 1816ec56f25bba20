"""A quicker answer to the question PySide6 asks of every module imported after it.

Once ``PySide6.QtCore`` is imported, PySide6 replaces ``__import__`` with its own (for its
opt-in ``from __feature__ import snake_case``) and, after each new module, asks
``shibokensupport.feature._mod_uses_pyside(module)``: does the module's source mention
"PySide6"? It answers with ``inspect.getsource``, which walks every loaded module on each call
(``inspect.getmodule``), so the n-th import costs O(n). The window's start imports about 150
modules after Qt: 20-25 ms of a ~280 ms start went to that question alone.

:func:`quicken_pyside_imports` keeps the question and its answers and only reads the file
directly. A module it cannot read as a ``.py`` file goes to PySide6's own check, unchanged.
If a PySide6 release drops or renames that function, nothing is replaced.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

_FEATURE_MODULE = "shibokensupport.feature"
_CHECK = "_mod_uses_pyside"
_MARK = "_agent_assistant_quick"


def quicken_pyside_imports() -> bool:
    """Import PySide6 and replace its per-import source check with a direct file read (same
    answers). Call it before the program's own Qt modules are imported; calling it again does
    nothing. Returns whether the quick check is in place."""
    import PySide6.QtCore  # noqa: F401 - installs the import hook whose check is replaced

    feature = sys.modules.get(_FEATURE_MODULE)
    original = getattr(feature, _CHECK, None)
    if feature is None or not callable(original):
        return False
    if getattr(original, _MARK, False):
        return True
    setattr(feature, _CHECK, _quick_check(original))
    return True


def _quick_check(original: Callable[[ModuleType], bool]) -> Callable[[ModuleType], bool]:
    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return original(module)  # not a source file (built in, compiled, extension)
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            # No file (a frozen build, a zip): where inspect.getsource would look next.
            return _loader_source_mentions(module)

    setattr(uses_pyside, _MARK, True)
    uses_pyside.original = original  # type: ignore[attr-defined]
    return uses_pyside


def _loader_source_mentions(module: ModuleType) -> bool:
    """The answer from the module's loader, as ``linecache`` (and so inspect) gets it: a zip
    import gives the source, PyInstaller's importer gives none (False, as PySide6 says)."""
    get_source = getattr(getattr(module, "__loader__", None), "get_source", None)
    if get_source is None:
        return False
    try:
        source = get_source(module.__name__)
    except (ImportError, OSError, SyntaxError, UnicodeDecodeError):
        return False
    return isinstance(source, str) and "PySide6" in source
