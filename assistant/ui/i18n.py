"""Loading translations: the program's own (resources/translations/*.qm) and Qt's own strings.

``make translations`` updates the .ts sources with pyside6-lupdate and compiles them with
pyside6-lrelease. The language follows the system locale unless the settings choose one.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from assistant.resources import resource_path

CATALOGUE = "agent_assistant"
# Languages shipped with the program, as the settings dialog offers them (native names).
LANGUAGES = {"en": "English", "es": "Español"}


def _translations_dir() -> str:
    try:
        return str(resource_path("translations"))
    except FileNotFoundError:
        return ""


def install_translators(language: str = "") -> str:
    """Install translators for ``language`` ('' = system locale); returns the language loaded.

    English is the source language, so it needs no catalogue; a language without one falls
    back to English.
    """
    app = QCoreApplication.instance()
    if app is None:
        return "en"
    for old in app.findChildren(QTranslator, "assistantTranslator"):
        app.removeTranslator(old)
        old.deleteLater()
    locale = QLocale(language) if language else QLocale.system()
    own = QTranslator(app)
    own.setObjectName("assistantTranslator")
    folder = _translations_dir()
    if not folder or not own.load(locale, CATALOGUE, "_", folder):
        own.deleteLater()
        return "en"
    app.installTranslator(own)
    qt = QTranslator(app)
    qt.setObjectName("assistantTranslator")
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
    else:
        qt.deleteLater()
    return own.language().split("_")[0] or locale.name().split("_")[0]
