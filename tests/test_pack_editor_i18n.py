"""The pack editor in the program's languages: every string it shows goes through Qt's
translations (resources/translations/*.ts), and with Spanish chosen it speaks Spanish."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTabWidget,
    QToolBar,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from assistant.core.model import CampaignType, Category, Direction, Reach
from assistant.store.knowledge import KnowledgeBase
from assistant.ui import labels
from assistant.ui.editor.window import PackEditor
from assistant.ui.i18n import install_translators
from assistant.ui.operations import Operations
from tests import translated
from tests.conftest import PACKS, open_editor

# Shown as typed, in every language: a language code as the example for the language field.
NOT_WORDS = {"en"}


@pytest.fixture
def english() -> Iterator[None]:
    """Whatever a test loads, the next test starts in English."""
    yield
    install_translators("en")


def catalogue(language: str) -> dict[str, str]:
    """Source text -> finished translation ('' for none), for every message of the program
    (tests/translated.py reads the .ts files; the window's test uses it too)."""
    return translated.catalogue(language).sources


def _plain(text: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", text)).strip()


def shown_strings(editor: PackEditor, *, previews: bool = True) -> set[str]:
    """Every piece of text the editor shows or gives a screen reader, outside pack data and
    the validator's messages (those are the same as `pack validate` prints)."""
    found = {editor.windowTitle()}
    skipped = {"fieldError"} if previews else {"fieldError", "phrasePreview", "campaignPreview"}
    for widget in [editor, *editor.findChildren(QWidget)]:
        parent = widget.parentWidget()
        if widget.objectName().startswith("qt_") or isinstance(parent, QTabBar):
            continue  # Qt's own pieces (scroll buttons, toolbar handle), in Qt's catalogue
        found.add(widget.accessibleName())
        if isinstance(widget, QToolButton) and widget.defaultAction() is not None:
            continue  # a toolbar button: its text and tooltip are its action's, made by Qt
        if widget.objectName() != "fieldError":  # a cut message: the validator's words
            found.add(widget.toolTip())
        if isinstance(widget, QLabel) and widget.objectName() not in skipped:
            found.add(_plain(widget.text()))
        if isinstance(widget, QAbstractButton):
            found.add(widget.text())
        if isinstance(widget, QLineEdit | QPlainTextEdit):
            found.add(widget.placeholderText())
        if isinstance(widget, QComboBox):
            found |= {widget.itemText(i) for i in range(widget.count())}
        if isinstance(widget, QTabWidget):
            found |= {widget.tabText(i) for i in range(widget.count())}
        if isinstance(widget, QToolBar):
            found.add(widget.windowTitle())
    for action in editor.findChildren(QAction):
        found.add(action.text())
    for toolbar in editor.findChildren(QToolBar):
        found |= {action.iconText() for action in toolbar.actions()}  # the short words
    for menu in editor.menuBar().actions():
        found.add(menu.text())
    return {text for text in found if text.strip() and text not in NOT_WORDS}


def untranslatable(texts: set[str], sources: set[str]) -> set[str]:
    """The texts that are neither a catalogue source nor one filled in (%1, %2 ...)."""
    templates = [
        re.compile("^" + re.sub(r"%\d", ".+", re.escape(s).replace(r"\%", "%")) + "$")
        for s in sources
        if re.search(r"%\d", s)
    ]
    return {t for t in texts if t not in sources and not any(p.match(t) for p in templates)}


def test_every_string_the_editor_shows_is_in_the_catalogue(qtbot: QtBot, kb: KnowledgeBase) -> None:
    editor = open_editor(qtbot, Operations(kb))
    editor.show()
    assert editor.open_file(PACKS / "acme.yaml")
    editor.tabs.setCurrentIndex(3)
    shown = shown_strings(editor, previews=False)
    assert {"Pack id", "Add phrase", "Install on this computer", "Customer service"} <= shown
    assert untranslatable(shown, set(catalogue("es"))) == set()
    # The previews before anything is chosen, and the Edit menu after an edit.
    editor.new_pack()
    assert untranslatable(shown_strings(editor), set(catalogue("es"))) == set()
    editor.doc.set_value(("author",), "Team leads")
    assert editor.undo_action.text() == "Undo Edit"


def test_the_catalogue_translates_every_editor_string_into_spanish() -> None:
    spanish = catalogue("es")
    english = catalogue("en")
    assert set(spanish) == set(english)
    untranslated = [s for s, t in spanish.items() if not t and s not in NOT_WORDS]
    assert untranslated == []


def test_with_spanish_chosen_the_pack_editor_speaks_spanish(
    qtbot: QtBot, kb: KnowledgeBase, english: None
) -> None:
    assert install_translators("es") == "es"
    editor = open_editor(qtbot, Operations(kb))
    editor.show()
    assert [a.text() for a in editor.menuBar().actions()] == ["&Archivo", "&Editar"]
    tabs = [editor.tabs.tabText(i) for i in range(editor.tabs.count())]
    assert tabs == ["Paquete", "Campañas", "Perfiles", "Frases"]
    assert editor.windowTitle() == "Editor de paquetes: paquete nuevo"
    header = editor.header.layout_
    item = header.itemAt(0, QFormLayout.ItemRole.LabelRole)
    first = item.widget() if item is not None else None
    assert isinstance(first, QLabel) and first.text() == "Id del paquete"
    assert editor.status.text() == "El paquete es válido."
    assert editor.campaigns.add_button.text() == "Añadir campaña"
    assert editor.save_action.text() == "Guardar"
    assert editor.publish_action.text() == "Publicar en la carpeta compartida"

    assert editor.open_file(PACKS / "acme.yaml")
    kinds = editor.campaigns.form.bindings[2].widget
    assert isinstance(kinds, QComboBox) and kinds.itemText(0) == "Atención al cliente"
    assert "Espera: volver con el cliente cada" in editor.campaign_preview.text()
    assert "(obligatorio)" in editor.campaign_preview.text()
    editor.doc.set_value(("author",), "Jefes de equipo")
    assert editor.undo_action.text() == "Deshacer Editar"
    # Nothing English left in what it shows, except what the pack itself says.
    spanish = catalogue("es")
    leftovers = {s for s in shown_strings(editor) if s in spanish and spanish[s] != s}
    assert leftovers == set()


def test_the_editor_names_the_format_values_as_the_core_does() -> None:
    assert {t: str(n) for t, n in labels.CAMPAIGN_TYPES.items()} == {
        t: t.label for t in CampaignType
    }
    assert {c: str(n) for c, n in labels.CATEGORIES.items()} == {c: c.label for c in Category}
    assert {d: str(n) for d, n in labels.DIRECTIONS.items()} == {d: d.label for d in Direction}
    assert {r: str(n) for r, n in labels.REACHES.items()} == {r: r.label for r in Reach}
