"""What the program shows, checked against its translation catalogues (resources/translations).

``shown_strings(widget)`` gathers every piece of text a window shows or gives a screen
reader: titles, labels, buttons, tooltips, accessible names and descriptions, placeholders,
menu and action texts, tab texts, group titles, progress formats, the status bar and what its
lists' item models display. ``Judge`` tells which of them are neither in the catalogue of a
language (a source, a translation, a plural form, or a template filled in) nor pack content,
user data, numbers, key names or proper names.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QLocale, QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QSpinBox,
    QTabBar,
    QTabWidget,
    QToolBar,
    QToolButton,
    QWidget,
)

from assistant.store.knowledge import KnowledgeBase
from assistant.ui.delegates import DetailRole, HintRole

TRANSLATIONS = Path(__file__).resolve().parent.parent / "resources" / "translations"

# Shown as they are in every language: the program's name, the languages in their own names,
# the licence, a language code given as an example.
PROPER_NAMES = {"Agent Assistant", "English", "Español", "MIT", "en", "Fusion"}
# Qt's own strings (standard buttons, the shortcut editor), translated by Qt's catalogue.
QT_OWN = {
    "en": {"&OK", "OK", "&Cancel", "Cancel", "&Save", "Save", "&Yes", "&No", "&Close", "Close",
           "Press shortcut"},
    "es": {"&Aceptar", "Aceptar", "&Cancelar", "Cancelar", "&Guardar", "Guardar", "&Sí", "&No",
           "&Cerrar", "Cerrar", "Presione el atajo de teclado"},
}  # fmt: skip
# Labels whose text is pack content by definition (a phrase as it will be pasted).
PACK_TEXT_LABELS = {"preview", "holdPhrase", "fieldError", "phrasePreview", "campaignPreview"}
KEYS = re.compile(r"^((Ctrl|Alt|Shift|Meta|Esc|Enter)\+?)+([A-Za-z0-9,/]|F\d+|Space|Up|Down)?$")
ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.AccessibleTextRole,
    Qt.ItemDataRole.StatusTipRole,
    DetailRole,
    HintRole,
)


@dataclass
class Catalogue:
    """One language's .ts file: what the program may show in it."""

    language: str
    sources: dict[str, str] = field(default_factory=dict)  # source -> finished translation
    plurals: dict[str, list[str]] = field(default_factory=dict)  # %n source -> its forms
    unfinished: set[str] = field(default_factory=set)
    # Every finished translation, of every context (the same source may read differently in
    # two places: the call bar's "Start call" is shorter in Spanish than the menu's).
    translations: set[str] = field(default_factory=set)

    def texts(self) -> set[str]:
        """Every text the program may show in this language (templates still unfilled)."""
        out: set[str] = set(self.translations)
        for source, translation in self.sources.items():
            if source in self.plurals:
                out.update(self.plurals[source])
            elif translation:
                out.add(translation)
            elif self.language == "en":
                out.add(source)  # English is the source language: no translation needed
        return out


def catalogue(language: str) -> Catalogue:
    tree = ElementTree.parse(TRANSLATIONS / f"agent_assistant_{language}.ts")
    found = Catalogue(language)
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        finished = translation is not None and translation.get("type") != "unfinished"
        if message.get("numerus") == "yes" and translation is not None:
            forms = [f.text or "" for f in translation.iter("numerusform")]
            if finished and all(forms):
                found.plurals[source] = forms
                found.translations.update(forms)
            else:
                found.unfinished.add(source)
            found.sources[source] = forms[0] if finished else ""
            continue
        text = (translation.text or "") if translation is not None else ""
        found.sources[source] = text if finished else ""
        if finished:
            found.translations.add(text)
        else:
            found.unfinished.add(source)
    return found


def plain(text: str) -> str:
    """Rich text as the reader gets it: tags dropped, entities read, one line per block."""
    if "<" not in text and "&" not in text:
        return text.strip()
    text = re.sub(r"(?i)<br\s*/?>|</p>|</li>|<li>|</tr>|</h\d>", "\n", text)
    return html.unescape(re.sub(r"<[^>]+>", "", text)).strip()


PLACEHOLDER = r"%(\d|L?n|[vmp])"


def _pattern(template: str) -> re.Pattern[str] | None:
    """A filled-in template: %1, %2 ... stand for anything, %n and %Ln for a number (and a
    progress bar's %v, %m and %p). None for a
    template of placeholders and punctuation only (it would match anything)."""
    if not re.search(PLACEHOLDER, template):
        return None
    if not re.search(r"[^\W\d_]", re.sub(PLACEHOLDER, "", template)):
        return None
    escaped = re.escape(template)
    escaped = re.sub(r"%(L?n|[vmp])", r"[\\d.,\\u00a0 ]+", escaped)
    escaped = re.sub(r"%\d", ".+", escaped)
    return re.compile(escaped, re.DOTALL)


class Judge:
    """Tells which shown texts the ``language`` catalogue does not account for."""

    def __init__(self, language: str, allowed: Iterable[str] = ()) -> None:
        self.language = language
        texts = {plain(t) for t in catalogue(language).texts()}
        # An action's tooltip and icon text are its text without the mnemonic and ellipsis.
        texts |= {t.replace("&", "").removesuffix("…").removesuffix("...") for t in texts}
        self.exact = texts
        self.templates = [p for p in map(_pattern, texts) if p is not None]
        self.allowed = {a.strip() for a in allowed if a.strip()} | PROPER_NAMES
        self.allowed |= QT_OWN[language]
        self._known: dict[str, bool] = {}
        locale = QLocale(language)
        formats = (QLocale.FormatType.ShortFormat, QLocale.FormatType.LongFormat)
        self.dates = {locale.dayName(d, f) for d in range(1, 8) for f in formats}
        self.dates |= {locale.monthName(m, f) for m in range(1, 13) for f in formats}
        self.dates |= {locale.standaloneMonthName(m, f) for m in range(1, 13) for f in formats}

    def allow(self, texts: Iterable[str]) -> None:
        """Accept these too (pack content installed during a test, say)."""
        self.allowed |= {t.strip() for t in texts if t.strip()}
        self._known.clear()

    def ok(self, text: str) -> bool:
        text = text.strip()
        if text not in self._known:
            self._known[text] = self._ok(text)
        return self._known[text]

    def _ok(self, text: str) -> bool:
        if not text or not re.search(r"[^\W\d_]", text):
            return True  # numbers, times, punctuation
        if text.startswith("★ "):
            return self.ok(text[2:])
        if text in self.allowed or text in self.exact or KEYS.match(text):
            return True
        if any(p.fullmatch(text) for p in self.templates):
            return True
        # Pieces put together: a campaign's name and its description, a phrase's title and
        # its text, a list of names. Each piece must be ours or the pack's.
        if all(w in self.dates or not re.search(r"[^\W\d_]", w) for w in text.split()):
            return True  # a date, in the language's own day and month names
        for separator in ("\n", "  ", " · ", ": ", ", ", " — "):
            at = text.find(separator)
            while at > 0:
                if self.ok(text[:at]) and self.ok(text[at + len(separator) :]):
                    return True
                at = text.find(separator, at + 1)
        return False

    def unknown(self, texts: Iterable[str]) -> set[str]:
        return {t for t in texts if not self.ok(t)}


def pack_content(kb: KnowledgeBase) -> set[str]:
    """Every piece of text the installed packs bring (names, descriptions, tips, phrases)."""
    found: set[str] = set()
    for pack in kb.packs():
        found |= {pack.name, pack.author, pack.description, pack.id, pack.language}
        if not pack.builtin:  # the built-in pack's "source" is the program's own words
            found |= {pack.source, Path(pack.source).name}
    for campaign in kb.campaigns():
        found |= {campaign.name, campaign.description}
        found |= {step.step for step in kb.call_flow(campaign.ref)}
    for persona in kb.personas():
        found |= {persona.name, *persona.signs, *persona.tips, *persona.avoid}
    for phrase in kb.campaign_phrases(None, limit=100_000):
        found |= {phrase.title, phrase.text, phrase.shortcut or ""}
    return {text for text in found if text}


def model_strings(model: QAbstractItemModel, parent: QModelIndex | None = None) -> set[str]:
    """What an item model displays: each cell's roles that reach a reader, and its headers."""
    found: set[str] = set()
    parent = parent or QModelIndex()
    # A list model's columnCount is private in PySide6: it has one column.
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(parent)
    for row in range(model.rowCount(parent)):
        for column in range(columns):
            index = model.index(row, column, parent)
            for role in ROLES:
                value = index.data(role)
                if isinstance(value, str):
                    found.add(plain(value))
    if columns > 1:
        for column in range(columns):
            value = model.headerData(column, Qt.Orientation.Horizontal)
            if isinstance(value, str):
                found.add(value)
    return found


def shown_strings(top: QWidget) -> set[str]:
    """Every piece of text ``top`` and its children show or give a screen reader."""
    found = {top.windowTitle()}
    widgets = [top, *top.findChildren(QWidget)]
    for widget in widgets:
        if widget.objectName().startswith("qt_") or isinstance(widget.parentWidget(), QTabBar):
            continue  # Qt's own pieces (scroll buttons, toolbar handles), in Qt's catalogue
        found |= {widget.accessibleName(), widget.accessibleDescription()}
        found |= {plain(widget.statusTip()), plain(widget.whatsThis())}
        if isinstance(widget, QToolButton) and widget.defaultAction() is not None:
            continue  # its text and tooltip are its action's, made by Qt
        found.add(plain(widget.toolTip()))
        if isinstance(widget, QLabel) and widget.objectName() not in PACK_TEXT_LABELS:
            found.add(plain(widget.text()))
        if isinstance(widget, QAbstractButton):
            found.add(widget.text())
        if isinstance(widget, QLineEdit | QPlainTextEdit):
            found.add(widget.placeholderText())
        if isinstance(widget, QAbstractSpinBox):
            found.add(widget.specialValueText())
        if isinstance(widget, QSpinBox):
            found |= {widget.suffix(), widget.prefix()}
        if isinstance(widget, QComboBox):
            found |= {widget.itemText(i) for i in range(widget.count())}
            found |= model_strings(widget.model())
        if isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                found |= {widget.tabText(i), plain(widget.tabToolTip(i))}
        if isinstance(widget, QGroupBox):
            found.add(widget.title())
        if isinstance(widget, QToolBar | QMenu):
            found |= {widget.windowTitle(), widget.title() if isinstance(widget, QMenu) else ""}
        if isinstance(widget, QProgressBar) and widget.isVisible():
            found |= {widget.format(), widget.text()}
        if isinstance(widget, QMessageBox):
            found |= {plain(widget.text()), plain(widget.informativeText())}
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            found |= model_strings(widget.model())
    for action in top.findChildren(QAction):
        found |= {action.text(), plain(action.toolTip()), action.statusTip(), action.iconText()}
    if isinstance(top, QMainWindow):
        found.add(top.statusBar().currentMessage())
        found |= {a.text() for a in top.menuBar().actions()}
    return {text for text in found if text.strip()}
