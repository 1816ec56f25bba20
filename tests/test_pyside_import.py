"""PySide6's per-import question (does this module mention PySide6?) answered by a file read.

The quick check must give PySide6's own answer for every module, or a module that opts into a
PySide6 feature (``from __feature__ import snake_case``) would lose it.
"""

from __future__ import annotations

import sys
import types
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from assistant.ui import pyside_import
from assistant.ui.pyside_import import quicken_pyside_imports

Check = Callable[[types.ModuleType], bool]


@pytest.fixture
def checks() -> tuple[Check, Check]:
    """(PySide6's own check, the quick one), whichever is installed now."""
    assert quicken_pyside_imports()
    quick: Check = sys.modules["shibokensupport.feature"]._mod_uses_pyside
    return quick.original, quick  # type: ignore[attr-defined]


@pytest.fixture
def importable(tmp_path: Path) -> Iterator[Path]:
    sys.path.insert(0, str(tmp_path))
    yield tmp_path
    sys.path.remove(str(tmp_path))
    for name in [n for n in sys.modules if n.startswith("spy_")]:
        del sys.modules[name]


def test_a_start_installs_it_once() -> None:
    assert quicken_pyside_imports()
    first = sys.modules["shibokensupport.feature"]._mod_uses_pyside
    assert quicken_pyside_imports()
    assert sys.modules["shibokensupport.feature"]._mod_uses_pyside is first  # not wrapped twice


def test_it_answers_as_pyside6_does_for_every_loaded_module(checks: tuple[Check, Check]) -> None:
    original, quick = checks
    import assistant.ui.main_window  # noqa: F401 - among the modules: one that uses PySide6

    modules = [m for m in list(sys.modules.values()) if isinstance(m, types.ModuleType)]
    differing = [m.__name__ for m in modules if original(m) != quick(m)]
    assert differing == []
    assert quick(sys.modules["assistant.ui.main_window"]) is True  # the answers are not all no
    assert quick(sys.modules["assistant.core.model"]) is False


def test_source_files_zip_imports_and_frozen_modules(
    checks: tuple[Check, Check], importable: Path
) -> None:
    original, quick = checks
    (importable / "spy_uses.py").write_text("import PySide6  # noqa\n", encoding="utf-8")
    (importable / "spy_plain.py").write_text("VALUE = 'PySide'\n", encoding="utf-8")
    with zipfile.ZipFile(importable / "spy.zip", "w") as archive:
        archive.writestr("spy_zipped.py", "from PySide6 import QtCore\n")
    sys.path.insert(0, str(importable / "spy.zip"))
    try:
        import spy_plain  # type: ignore[import-not-found]
        import spy_uses  # type: ignore[import-not-found]
        import spy_zipped  # type: ignore[import-not-found]
    finally:
        sys.path.remove(str(importable / "spy.zip"))
    # A frozen build's module: its .py is not there and its loader gives no source.
    frozen = types.ModuleType("spy_frozen")
    frozen.__file__ = str(importable / "gone" / "spy_frozen.py")
    answers = [(quick(m), original(m)) for m in (spy_uses, spy_plain, spy_zipped, frozen)]
    assert answers == [(True, True), (False, False), (True, True), (False, False)]


def test_a_pyside6_without_the_check_is_left_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "shibokensupport.feature", types.ModuleType("feature"))
    assert quicken_pyside_imports() is False
    monkeypatch.setattr(pyside_import, "_FEATURE_MODULE", "no.such.module")
    assert quicken_pyside_imports() is False
