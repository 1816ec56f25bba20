"""Typed per-user settings over QSettings (INI file in the data folder), with a change signal."""

from __future__ import annotations

import contextlib
import json
from pathlib import Path

from PySide6.QtCore import QByteArray, QObject, QSettings, Signal

from assistant.core.files import create_private_file
from assistant.services.settings_file import SETTINGS_FILE

THEMES = ("system", "light", "dark")
DEFAULT_HOTKEY = "Ctrl+Alt+Space"
ENTER_ACTIONS = ("copy", "paste")
# The keys whose values fill a phrase's automatic placeholders (services/phrases.py).
PROFILE_KEYS = frozenset({"agent/name", "agent/company", "agent/companies"})
# Where earlier versions kept the campaign in use. It changes often (on some desks at
# every call), and each write here rewrites and syncs the file on the window's thread (QSettings
# holds Python's lock while it does: another thread would not spare the window), 20-80 ms on a
# busy disk. The desk keeps it in activity.db now (services/desk.py CAMPAIGN_SETTING); this is
# read at a start that finds none there.
_OLD_CAMPAIGN_KEY = "session/campaign"


class Settings(QObject):
    """Window and agent settings. Every property has a default; writes reach disk at once."""

    changed = Signal(str)

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # QSettings keeps the mode of the file it rewrites: made private here, it stays so.
        with contextlib.suppress(OSError):  # a folder that cannot be written: QSettings says
            create_private_file(data_dir / SETTINGS_FILE)
        self._qs = QSettings(str(data_dir / SETTINGS_FILE), QSettings.Format.IniFormat)

    @property
    def path(self) -> Path:
        return Path(self._qs.fileName())

    def _str(self, key: str, default: str = "") -> str:
        value = self._qs.value(key, default)
        return value if isinstance(value, str) else default

    def _set(self, key: str, value: object) -> None:
        # A value that is already stored is not written again: each write rewrites and syncs
        # the file, on the window's thread (QSettings holds Python's lock while it does).
        if not (self._qs.contains(key) and self._qs.value(key) == value):
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
    def splitter_wide_state(self) -> QByteArray:
        """The splitter between the two columns of a wide window (ui/columns.py)."""
        value = self._qs.value("window/splitter_wide")
        return value if isinstance(value, QByteArray) else QByteArray()

    @splitter_wide_state.setter
    def splitter_wide_state(self, value: QByteArray) -> None:
        self._set("window/splitter_wide", value)

    @property
    def old_campaign(self) -> str:
        """The campaign in use as an earlier version kept it ('pack/id'; empty for none): the
        window opens on it when activity.db remembers none."""
        return self._str(_OLD_CAMPAIGN_KEY)

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

    @property
    def profile_asked(self) -> bool:
        """The first start asked for the agent's name and company (answered or skipped)."""
        return self._bool("agent/profile_asked", False)

    @profile_asked.setter
    def profile_asked(self, value: bool) -> None:
        self._set("agent/profile_asked", bool(value))

    # ------------------------------------------------------------------ beside the softphone
    # Window modes, tray, shortcut, appearance and start-up (ui/window_modes, ui/tray,
    # ui/settings_dialog, ui/theme read these).

    def _bool(self, key: str, default: bool) -> bool:
        value = self._qs.value(key, default)
        if isinstance(value, bool):
            return value
        if isinstance(value, str):
            return value.strip().lower() in ("1", "true", "yes", "on")
        return default

    def _int(self, key: str, default: int, low: int, high: int) -> int:
        value = self._qs.value(key, default)
        try:
            number = int(value)  # type: ignore[call-overload]
        except (TypeError, ValueError):
            return default
        return number if low <= number <= high else default

    def _choice(self, key: str, default: str, choices: tuple[str, ...]) -> str:
        value = self._str(key, default)
        return value if value in choices else default

    @property
    def always_on_top(self) -> bool:
        return self._bool("window/always_on_top", False)

    @always_on_top.setter
    def always_on_top(self, value: bool) -> None:
        self._set("window/always_on_top", bool(value))

    @property
    def close_to_tray(self) -> bool:
        """Closing the window hides it in the tray instead of quitting."""
        return self._bool("window/close_to_tray", False)

    @close_to_tray.setter
    def close_to_tray(self, value: bool) -> None:
        self._set("window/close_to_tray", bool(value))

    @property
    def start_minimised(self) -> bool:
        return self._bool("window/start_minimised", False)

    @start_minimised.setter
    def start_minimised(self, value: bool) -> None:
        self._set("window/start_minimised", bool(value))

    @property
    def start_with_system(self) -> bool:
        """Windows only: start when the user signs in (a Run key in the registry)."""
        return self._bool("system/start_with_system", False)

    @start_with_system.setter
    def start_with_system(self, value: bool) -> None:
        self._set("system/start_with_system", bool(value))

    @property
    def chime(self) -> bool:
        return self._bool("alerts/chime", True)

    @chime.setter
    def chime(self, value: bool) -> None:
        self._set("alerts/chime", bool(value))

    @property
    def notifications(self) -> bool:
        """Tray notifications for hold nags and callbacks."""
        return self._bool("alerts/notifications", True)

    @notifications.setter
    def notifications(self, value: bool) -> None:
        self._set("alerts/notifications", bool(value))

    @property
    def font_size(self) -> int:
        """Point size for the whole window; 0 keeps the system size."""
        return self._int("appearance/font_size", 0, 0, 32)

    @font_size.setter
    def font_size(self, value: int) -> None:
        self._set("appearance/font_size", int(value))

    @property
    def theme(self) -> str:
        """'system' (follow the light/dark scheme), 'light' or 'dark'."""
        return self._choice("appearance/theme", "system", THEMES)

    @theme.setter
    def theme(self, value: str) -> None:
        if value not in THEMES:
            raise ValueError(f"theme must be one of {', '.join(THEMES)}, not {value!r}")
        self._set("appearance/theme", value)

    @property
    def language(self) -> str:
        """'' follows the system locale; otherwise a code such as 'en' or 'es'."""
        return self._str("appearance/language")

    @language.setter
    def language(self, value: str) -> None:
        self._set("appearance/language", value)

    @property
    def signing_key(self) -> str:
        """The supervisor's private key file (from `pack keygen`); the pack editor signs what it
        publishes with it. Empty: publish without a signature."""
        return self._str("packs/signing_key")

    @signing_key.setter
    def signing_key(self, value: str) -> None:
        self._set("packs/signing_key", value)

    @property
    def pack_folder(self) -> str:
        """A folder (often a network share) to install new and newer packs from; empty: none.
        The IT policy file's [packs] folder, when set, wins over this."""
        return self._str("packs/folder")

    @pack_folder.setter
    def pack_folder(self, value: str) -> None:
        self._set("packs/folder", value)

    # ------------------------------------------------------------------ the team floor
    # services/team.py resolves them with the IT policy (which wins); the command line reads
    # the same keys without Qt (services/settings_file.py).

    @property
    def team_publish(self) -> bool:
        """Publish the agent's state and finished holds, check-ins and calls to the team
        folder, for the team floor."""
        return self._bool("team/publish", False)

    @team_publish.setter
    def team_publish(self, value: bool) -> None:
        self._set("team/publish", bool(value))

    @property
    def team_folder(self) -> str:
        """The team folder (one sub-folder per agent); empty: "team" in the pack folder."""
        return self._str("team/folder")

    @team_folder.setter
    def team_folder(self, value: str) -> None:
        self._set("team/folder", value)

    @property
    def team_display_name(self) -> str:
        """The name the team sees; empty: the user's sign-in name."""
        return self._str("team/display_name")

    @team_display_name.setter
    def team_display_name(self, value: str) -> None:
        self._set("team/display_name", value)

    @property
    def hotkey(self) -> str:
        """The system-wide shortcut that brings the window forward, in portable text form."""
        return self._str("window/hotkey", DEFAULT_HOTKEY)

    @hotkey.setter
    def hotkey(self, value: str) -> None:
        self._set("window/hotkey", value)

    # ------------------------------------------------------------------ pasting (ui/paste_setup)

    @property
    def enter_in_window(self) -> str:
        """What Enter does in the main window: 'copy' (to the clipboard) or 'paste' (into the
        program the agent came from)."""
        return self._choice("paste/enter_in_window", "copy", ENTER_ACTIONS)

    @enter_in_window.setter
    def enter_in_window(self, value: str) -> None:
        if value not in ENTER_ACTIONS:
            raise ValueError(f"enter_in_window must be one of {', '.join(ENTER_ACTIONS)}")
        self._set("paste/enter_in_window", value)

    @property
    def shift_insert_apps(self) -> tuple[str, ...]:
        """Programs (window class or program name) that paste with Shift+Insert: terminals."""
        from assistant.paste.base import DEFAULT_SHIFT_INSERT_APPS, parse_app_list

        if not self._qs.contains("paste/shift_insert_apps"):
            return DEFAULT_SHIFT_INSERT_APPS
        value = self._qs.value("paste/shift_insert_apps")
        # Edited by hand without quotes, an INI list reads back as a list.
        return parse_app_list(", ".join(value) if isinstance(value, list) else str(value or ""))

    @shift_insert_apps.setter
    def shift_insert_apps(self, value: tuple[str, ...]) -> None:
        self._set("paste/shift_insert_apps", ", ".join(value))

    @property
    def abbreviations(self) -> bool:
        """Expand a phrase's shortcut (;sorry) typed in any program. Off unless chosen."""
        return self._bool("paste/abbreviations", False)

    @abbreviations.setter
    def abbreviations(self, value: bool) -> None:
        self._set("paste/abbreviations", bool(value))

    @property
    def compact(self) -> bool:
        return self._bool("window/compact", False)

    @compact.setter
    def compact(self, value: bool) -> None:
        self._set("window/compact", bool(value))

    def company_for(self, campaign: str) -> str:
        """The company name for a campaign ('pack/id'), falling back to the general one."""
        return self.companies().get(campaign) or self.company

    def companies(self) -> dict[str, str]:
        """Company names per campaign, keyed by the campaign ref 'pack/id'."""
        raw = self._str("agent/companies")
        if not raw:
            return {}
        try:
            value = json.loads(raw)
        except ValueError:
            return {}
        if not isinstance(value, dict):
            return {}
        return {str(k): str(v) for k, v in value.items() if isinstance(v, str) and v}

    def set_companies(self, value: dict[str, str]) -> None:
        cleaned = {k: v.strip() for k, v in value.items() if v.strip()}
        self._set("agent/companies", json.dumps(cleaned, sort_keys=True))

    def screen_state(self, setup: str) -> dict[str, object]:
        """What the window remembers for one monitor setup: geometry, compact, campaign."""
        key = "screens/" + setup
        raw = self._qs.value(key + "/geometry")
        return {
            "geometry": raw if isinstance(raw, QByteArray) else QByteArray(),
            "compact": self._bool(key + "/compact", False),
            "campaign": self._str(key + "/campaign"),
        }

    def set_screen_state(
        self, setup: str, geometry: QByteArray, compact: bool, campaign: str
    ) -> None:
        key = "screens/" + setup
        self._qs.setValue(key + "/geometry", geometry)
        self._qs.setValue(key + "/compact", bool(compact))
        self._qs.setValue(key + "/campaign", campaign)
        self._qs.sync()
        self.changed.emit("screens")
