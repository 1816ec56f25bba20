"""Loading translations: the program's own (resources/translations/*.qm) and Qt's own strings.

``make translations`` updates the .ts sources with pyside6-lupdate and compiles them with
pyside6-lrelease. The language follows the system locale unless the settings choose one.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from assistant.resources import resource_path

CATALOGUE = "agent_assistant"
# Languages shipped with the program, as the settings dialog offers them (native names).
LANGUAGES = {"en": "English", "es": "Español"}
# The application's property that holds the language installed_translators loaded.
_INSTALLED = "assistantLanguage"


_ARG = re.compile(r"%(\d)")


def arg(template: str, *values: object) -> str:
    """A translated template filled in: %1 is the first value, %2 the second ... in one pass,
    so a value holding "%2" (pack text may) stays as it is. (QString.arg, which PySide6 lacks.)
    Plural counts (%n) are filled by tr() itself."""

    def value(match: re.Match[str]) -> str:
        number = int(match.group(1))
        return str(values[number - 1]) if 0 < number <= len(values) else match.group(0)

    return _ARG.sub(value, template)


def _translations_dir() -> str:
    try:
        return str(resource_path("translations"))
    except FileNotFoundError:
        return ""


def install_translators(language: str = "") -> str:
    """Install translators for ``language`` ('' = system locale); returns the language loaded.

    English is the source language; its catalogue holds only the plural forms ("1 phrase",
    "2 phrases"). A language without a catalogue falls back to English.
    """
    app = QCoreApplication.instance()
    if app is None:
        return "en"
    loaded = _install(app, language)
    app.setProperty(_INSTALLED, loaded)
    return loaded


def _install(app: QCoreApplication, language: str) -> str:
    for old in app.findChildren(QTranslator, "assistantTranslator"):
        app.removeTranslator(old)
        old.deleteLater()
    locale = QLocale(language) if language else QLocale.system()
    own = QTranslator(app)
    own.setObjectName("assistantTranslator")
    folder = _translations_dir()
    if not folder or not own.load(locale, CATALOGUE, "_", folder):
        if folder and own.load(f"{CATALOGUE}_en", folder):
            app.installTranslator(own)
        else:
            own.deleteLater()
        return "en"
    app.installTranslator(own)
    # Dates, day and month names, numbers: in the language the agent reads.
    QLocale.setDefault(locale)
    qt = QTranslator(app)
    qt.setObjectName("assistantTranslator")
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
    else:
        qt.deleteLater()
    return own.language().split("_")[0] or locale.name().split("_")[0]


def installed_language() -> str:
    """The language of the program's translations installed now ('en' without any): what a
    process the window starts is told to speak (a cheat sheet's words)."""
    app = QCoreApplication.instance()
    language = app.property(_INSTALLED) if app is not None else None
    return language if isinstance(language, str) and language else "en"
