"""The campaign picker: every installed campaign with its type, direction and reach."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from assistant.core.hold import format_duration
from assistant.core.model import Ref
from assistant.services.events import CallEnded, CallStarted, DeskEvent
from assistant.store.rows import CampaignRow
from assistant.ui import labels
from assistant.ui.delegates import DetailRole, TwoLineDelegate
from assistant.ui.elided_label import ElidedLabel
from assistant.ui.events import DeskEvents
from assistant.ui.i18n import arg
from assistant.ui.plain import tooltip
from assistant.ui.wrapping import WrappingWidget

RefRole = Qt.ItemDataRole.UserRole + 1


def describe(campaign: CampaignRow) -> str:
    """'Collections · Outbound · Domestic': the campaign at a glance, in the agent's language."""
    return " · ".join(
        (
            labels.shown(labels.CAMPAIGN_TYPES, campaign.type),
            labels.shown(labels.DIRECTIONS, campaign.direction),
            labels.shown(labels.REACHES, campaign.reach),
        )
    )


class CampaignModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[CampaignRow] = []

    def set_campaigns(self, rows: list[CampaignRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.name
        if role == DetailRole:
            return describe(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(f"{row.name}\n{describe(row)}\n\n{row.description}".strip())
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{row.name}, {describe(row)}"
        if role == RefRole:
            return row.ref
        return None

    def campaign_at(self, row: int) -> CampaignRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, ref: Ref) -> int:
        for i, row in enumerate(self._rows):
            if row.ref == ref:
                return i
        return -1


class CampaignPicker(WrappingWidget):
    """A drop-down of campaigns (type, direction and reach on each line) and a summary.

    During a call, and while a customer's mood is picked, the summary steps aside: the
    campaign is chosen by then, the hold bar says its check-in interval, and the line is the
    customer's tips' room. Made in ``summary_in``
    (the window's column of moods and tips, under them: ui/columns.py) it steps aside below
    the moods, not above them: under the picker, every mood button moved up a line as a call
    started (and down as it ended), under the pointer of an agent about to pick a mood."""

    campaign_changed = Signal(object)  # CampaignRow | None

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        events: DeskEvents | None = None,
        summary_in: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = CampaignModel(self)
        self.combo = QComboBox(self)
        self.combo.setModel(self.model)
        self.combo.setAccessibleName(self.tr("Campaign"))
        self.combo.setToolTip(self.tr("The campaign (account) you are working on"))
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.combo.setMinimumContentsLength(16)
        self.combo.setItemDelegate(TwoLineDelegate(self.combo))
        # It wraps at large font sizes; where the tips are short of room it gives way to one
        # line (whole in its tooltip) rather than take theirs.
        self.summary = ElidedLabel(summary_in or self)
        self.summary.setObjectName("campaignSummary")
        self.label = QLabel(self.tr("&Campaign"), self)
        self.label.setBuddy(self.combo)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label)
        row.addWidget(self.combo, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        if summary_in is None:
            layout.addWidget(self.summary)
        self._desk = events.desk if events is not None else None
        self._for_tips = False
        self.combo.currentIndexChanged.connect(self._on_index)
        if events is not None:
            events.happened.connect(self._on_desk)

    def _on_desk(self, event: DeskEvent) -> None:
        # A call's start and end, not a hold's: a hold without a call keeps it unless a mood
        # is picked (the folded moods make the room, ui/persona_panel.py), since hiding it lays
        # the whole window out again (5 ms) at every hold start and end.
        if isinstance(event, CallStarted | CallEnded):
            self._place_summary()

    def give_way_to_tips(self, tips: bool) -> None:
        """A customer's mood is picked (or no longer): its tips take the summary's line, with
        or without a call. Between calls every mood is a button and the tips keep three lines
        of "Do" in view, which at 420 x 700 was more than the column's share of the window:
        picking a mood moved the splitter and everything under it, and the next call's start
        (the moods folding) or clearing the mood moved it back, each time laying out and
        repainting the whole window (the longest pauses left in bench/shift.py and in
        bench/search.py's mood case)."""
        self._for_tips = tips
        was_hidden = self.summary.isHidden()
        self._place_summary()
        column = self.summary.parentWidget()
        layout = column.layout() if column is not None else None
        if self.summary.isHidden() and not was_hidden and layout is not None:
            # The tips' room, laid out now, as Qt lays a column out when one of its widgets
            # is shown. Left to the event loop, the mood panel laid out first at its old
            # height, where the tips' minimum was more than the card had squeezing every mood
            # button and the card, then again at its new height.
            layout.activate()

    def _place_summary(self) -> None:
        in_call = self._desk is not None and self._desk.call.running
        self.summary.setHidden(in_call or self._for_tips)

    def set_campaigns(self, rows: list[CampaignRow], current: Ref | None = None) -> None:
        keep = current or self.current_ref()
        self.combo.blockSignals(True)
        self.model.set_campaigns(rows)
        index = self.model.row_of(keep) if keep else -1
        self.combo.setCurrentIndex(index if index >= 0 else (0 if rows else -1))
        self.combo.blockSignals(False)
        self._on_index(self.combo.currentIndex())

    def current(self) -> CampaignRow | None:
        return self.model.campaign_at(self.combo.currentIndex())

    def current_ref(self) -> Ref | None:
        campaign = self.current()
        return campaign.ref if campaign else None

    def select(self, ref: Ref) -> bool:
        row = self.model.row_of(ref)
        if row >= 0:
            self.combo.setCurrentIndex(row)
        return row >= 0

    def _on_index(self, row: int) -> None:
        campaign = self.model.campaign_at(row)
        if campaign is None:
            self.summary.setText(self.tr("No campaign installed."))
        else:
            hold = format_duration(campaign.check_in_seconds)
            self.summary.setText(arg(self.tr("%1 · hold check-in %2"), describe(campaign), hold))
        self.campaign_changed.emit(campaign)
