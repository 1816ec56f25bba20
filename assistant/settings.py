"""Typed per-user settings over QSettings (INI file in the data folder), with a change signal."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QObject, QSettings, Signal

SETTINGS_FILE = "settings.ini"


class Settings(QObject):
    """Window and agent settings. Every property has a default; writes reach disk at once."""

    changed = Signal(str)

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._qs = QSettings(str(data_dir / SETTINGS_FILE), QSettings.Format.IniFormat)

    @property
    def path(self) -> Path:
        return Path(self._qs.fileName())

    def _str(self, key: str, default: str = "") -> str:
        value = self._qs.value(key, default)
        return value if isinstance(value, str) else default

    def _set(self, key: str, value: object) -> None:
        self._qs.setValue(key, value)
        self._qs.sync()
        self.changed.emit(key)

    @property
    def geometry(self) -> QByteArray:
        value = self._qs.value("window/geometry")
        return value if isinstance(value, QByteArray) else QByteArray()

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._set("window/geometry", value)

    @property
    def splitter_state(self) -> QByteArray:
        value = self._qs.value("window/splitter")
        return value if isinstance(value, QByteArray) else QByteArray()

    @splitter_state.setter
    def splitter_state(self, value: QByteArray) -> None:
        self._set("window/splitter", value)

    @property
    def last_campaign(self) -> str:
        """The campaign chosen last, as 'pack/id'; empty for none."""
        return self._str("session/campaign")

    @last_campaign.setter
    def last_campaign(self, value: str) -> None:
        self._set("session/campaign", value)

    @property
    def agent_name(self) -> str:
        return self._str("agent/name")

    @agent_name.setter
    def agent_name(self, value: str) -> None:
        self._set("agent/name", value)

    @property
    def company(self) -> str:
        return self._str("agent/company")

    @company.setter
    def company(self, value: str) -> None:
        self._set("agent/company", value)

    # ---------------------------------------------------------------- hold timer and callbacks

    @property
    def chime(self) -> bool:
        """Play a short sound at each hold reminder and due callback."""
        value = self._qs.value("attention/chime", True)
        return value in (True, "true", "1", 1) if not isinstance(value, bool) else value

    @chime.setter
    def chime(self, value: bool) -> None:
        self._set("attention/chime", bool(value))
