"""The window's side of publishing to the team folder (services/team.py): the heartbeat timer,
the settings it follows, and "Team folder offline" in the status line.

Started once the window is shown (app.after_first_paint); the publisher's writes run on its
own worker thread, so a slow share never holds up the window.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QLabel, QMainWindow

from assistant.core.team import HEARTBEAT_SECONDS
from assistant.services.policy import Policy, load_policy
from assistant.services.team import (
    PublishStatus,
    StatusChange,
    TeamConfig,
    TeamPublisher,
    team_config,
)
from assistant.settings import Settings
from assistant.ui.gui_thread import GuiPost
from assistant.ui.i18n import arg
from assistant.ui.plain import tooltip

if TYPE_CHECKING:
    from assistant.services.desk import Desk

# Settings that change where or whether the agent publishes.
_KEYS = ("team/publish", "team/folder", "team/display_name", "packs/folder")


def config_from(settings: Settings, policy: Policy) -> TeamConfig:
    """The team settings in force for the window: the agent's, under the IT policy."""
    return team_config(
        policy,
        publish=settings.team_publish,
        folder=settings.team_folder,
        display_name=settings.team_display_name,
        pack_folder=settings.pack_folder,
    )


class TeamPublishing(QObject):
    """Keeps the publisher configured and beating, and shows when the folder is offline."""

    def __init__(
        self,
        window: QMainWindow,
        desk: Desk,
        settings: Settings,
        policy: Callable[[], Policy] = load_policy,
    ) -> None:
        super().__init__(window)
        self._settings = settings
        self._policy = policy
        self.publisher = TeamPublisher(desk, post=GuiPost(self))
        self.label = QLabel(window)
        self.label.setObjectName("teamStatus")
        self.label.hide()
        window.statusBar().addPermanentWidget(self.label)
        self.publisher.on_status(self._show)
        self.heartbeat = QTimer(self)
        self.heartbeat.setInterval(HEARTBEAT_SECONDS * 1000)
        self.heartbeat.timeout.connect(self.publisher.heartbeat)
        settings.changed.connect(self._on_setting)
        application = QCoreApplication.instance()
        if application is not None:
            application.aboutToQuit.connect(self.close)
        self.configure()

    def configure(self) -> None:
        """Read the settings and the policy again and publish accordingly."""
        policy = self._policy()
        config = config_from(self._settings, policy)
        self.publisher.configure(config)
        if config.publish:
            self.heartbeat.start()
        else:
            self.heartbeat.stop()

    def _on_setting(self, key: str) -> None:
        if key in _KEYS:
            self.configure()

    def _show(self, change: StatusChange) -> None:
        status, detail = change
        folder = self.publisher.config.folder
        if status is PublishStatus.OFFLINE:
            self.label.setText(self.tr("Team folder offline"))
            self.label.setToolTip(
                tooltip(
                    arg(
                        self.tr(
                            "The team folder %1 cannot be reached (%2). Your holds and calls "
                            "are kept on this computer and sent when it is back."
                        ),
                        folder,
                        detail,
                    )
                )
            )
        elif status is PublishStatus.NO_FOLDER:
            self.label.setText(self.tr("No team folder"))
            self.label.setToolTip(
                self.tr(
                    "Publishing to the team floor is on, but no team folder is set: choose one "
                    "in Settings, or ask IT."
                )
            )
        else:
            self.label.hide()
            return
        self.label.setAccessibleName(self.label.text())
        self.label.show()

    def close(self) -> None:
        """The program quits: a last "signed out" state and what is left to send."""
        self.heartbeat.stop()
        self.publisher.close()


def start_team_publishing(window: QMainWindow, desk: Desk, settings: Settings) -> TeamPublishing:
    """Publish to the team folder from now on, as the settings and the IT policy say."""
    return TeamPublishing(window, desk, settings)
