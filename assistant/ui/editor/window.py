"""The pack editor: build a campaign pack in forms, check it as you type, save, install and
publish it. Opened from the main window's File menu ("Edit packs…")."""

from __future__ import annotations

import contextlib
import html
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple, TypeVar

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QEventLoop,
    QStringListModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QListView,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from assistant.core import placeholders
from assistant.core.model import CampaignType, Category, Direction, Reach
from assistant.packs.draft import DraftCheck, Signer, check_draft, draft_text, new_pack_data
from assistant.packs.errors import PackError, Severity, format_path
from assistant.packs.packfile import GONE, digest, file_state
from assistant.services.background import Worker
from assistant.services.intake import Intake, installed_builtin
from assistant.services.packs import PackService
from assistant.ui import labels, plain
from assistant.ui.editor.disk_bar import DiskChangedBar
from assistant.ui.editor.document import PackDocument
from assistant.ui.editor.document import Path as DocPath
from assistant.ui.editor.forms import ItemForm, ListEditor, ListTexts
from assistant.ui.gui_thread import GuiPost
from assistant.ui.i18n import arg
from assistant.ui.operations import Operations, Progress
from assistant.ui.sheet_process import SheetMaker
from assistant.ui.status_line import take_back

log = logging.getLogger(__name__)
R = TypeVar("R")

VALIDATE_DELAY_MS = 300
# Larger hand-written files are saved in the fixed order (their comments are not kept).
MAX_ROUND_TRIP_CHARS = 256 * 1024
# Work that would hold the window's thread for more than a few tens of milliseconds runs on the
# editor's worker, so the main window keeps its hold reminders on time and repaints. Measured
# on two shared cores: a check costs ~0.3 ms a phrase (the built-in pack's 393 phrases: 120 ms,
# and 45 ms more for the recovery draft); merging the edits into a hand-written file ~12 ms a
# KB (the built-in pack's 144 KB: 1.7 s).
BACKGROUND_CHECK_PHRASES = 100
BACKGROUND_MERGE_CHARS = 3 * 1024
# Reading a pack file costs ~0.18 ms a KB (the built-in pack's 144 KB: 31 ms; 20,000 phrases,
# 5 MB: 0.9 s): from 64 KB it is read on the worker too.
BACKGROUND_OPEN_BYTES = 64 * 1024
_SECTIONS = ("campaigns", "personas", "phrases")


class _Saved(NamedTuple):
    check: DraftCheck
    text: str = ""  # what was written
    kept: bool = False  # whether the hand-written text was kept (its comments, its order)
    on_disk: str = ""  # the file as written (file_state)
    error: OSError | None = None  # why nothing was written
    # What the file holds instead of what the editor read or wrote there: nothing was written.
    found: str = ""


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _pack_text(check: DraftCheck, source: str | None, data: dict[str, Any]) -> tuple[str, bool]:
    """The text to save: the pack merged into ``source``, the hand-written text it came from,
    keeping its comments, order and layout where nothing was edited; else ``check``'s text.
    And whether the source was kept."""
    text, kept = check.text, source is not None
    if source is not None:
        from assistant.packs.roundtrip import RoundTripError, merge_into_text

        try:
            text = merge_into_text(source, data)
        except RoundTripError as error:  # not expected: the text was read once already
            log.warning("saving in the fixed order, comments not kept: %s", error)
            kept = False
    return text, kept


def _write_recovery(recovery: Path, text: str) -> None:
    """Keep the unsaved pack in the recovery file, best effort: the close prompt still protects
    the work. In the data folder, so private."""
    from assistant.core.files import PRIVATE_FILE_MODE, private_folder, write_text_atomic

    with contextlib.suppress(OSError):
        private_folder(recovery.parent)
        write_text_atomic(recovery, text, mode=PRIVATE_FILE_MODE)


def _label(key: str) -> Callable[[Any, int], str]:
    def label(item: Any, row: int) -> str:
        if not isinstance(item, dict):
            return f"#{row + 1}"
        text = item.get(key) or item.get("id") or ""
        return str(text) or QCoreApplication.translate("PackEditor", "(new, #%1)").replace(
            "%1", str(row + 1)
        )

    return label


def _first_line(item: Any, row: int) -> str:
    """A text's label in its list: its first line, "…" after it when more follow."""
    lines = str(item).strip().splitlines() if item is not None else []
    if not lines:
        return QCoreApplication.translate("PackEditor", "(new, #%1)").replace("%1", str(row + 1))
    return lines[0] + (" …" if len(lines) > 1 else "")


class PackEditor(QMainWindow):
    validated = Signal()  # the problems shown are up to date with the draft

    def __init__(
        self,
        operations: Operations | None = None,
        *,
        pack_folder: Callable[[], Path | None] = lambda: None,
        sign: Signer | None = None,
        recovery: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        # Install, publish and cheat sheets run on the window's pack writer (ui/operations.py);
        # without one (a test of the forms) the editor only edits, checks and saves.
        self._operations = operations
        self._kb = operations.kb if operations is not None else None
        self._pack_folder = pack_folder
        self._sign = sign
        # Unsaved work is kept here (after each check, and when the program quits) until it
        # is saved or discarded, so closing the main window or a crash never loses it.
        self.recovery = recovery
        self.path: Path | None = None
        # The hand-written YAML the pack came from: Save merges the edits into it, keeping
        # its comments and order (packs/roundtrip.py). None: written in the fixed order.
        self.source_text: str | None = None
        # The file at ``path`` as the editor read or last wrote it (file_state): Save asks before
        # writing over a file someone else changed meanwhile. None: nothing read or written.
        self._disk: str | None = None
        # What the file held when the supervisor chose "Keep mine": not said again until it
        # changes once more.
        self._kept: str | None = None
        self._found: str | None = None  # what the bar says the file holds now
        self.check: DraftCheck | None = None
        self.last_message = ""
        self.published: Path | None = None  # where the last publish put the pack
        self.doc = PackDocument(new_pack_data(), self)
        self._fallback = self._known()
        # What the content lint and cheat sheets resolve references in (read once, here: the
        # knowledge base is the window thread's).
        self._builtin = installed_builtin(self._kb) if self._kb is not None else None
        self._sheets: SheetMaker | None = None  # made with the first cheat sheet
        self.resize(1100, 760)

        self.tabs = QTabWidget(self)
        self.header = self._header_form()
        self.campaigns = self._campaign_editor()
        self.personas = self._persona_editor()
        self.phrases = self._phrase_editor()
        self.tabs.addTab(self.header, self.tr("Pack"))
        self.tabs.addTab(self._with_preview(self.campaigns, "campaign"), self.tr("Campaigns"))
        self.tabs.addTab(self._framed(self.personas), self.tr("Personas"))
        self.tabs.addTab(self._with_preview(self.phrases, "phrase"), self.tr("Phrases"))
        # The lists inside the item selected, by the key that holds them in a campaign or a
        # persona: each shows another item's list when another is selected, marked anew.
        self.inner_lists = {
            "call_flow": self.steps,
            "signs": self.signs,
            "tips": self.tips,
            "avoid": self.avoid,
        }
        for outer in (self.campaigns, self.personas):
            outer.current_changed.connect(lambda _path: self._flag_inner_lists())
        self.doc.landed.connect(self._reveal)

        self.status = QLabel(self)
        self.status.setObjectName("validationStatus")
        self.status.setWordWrap(True)
        self.problem_model = QStringListModel(self)
        self.problem_view = QListView(self)
        self.problem_view.setModel(self.problem_model)
        self.problem_view.setAccessibleName(self.tr("Problems"))
        self.problem_view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        # A problem is a sentence (the content lint's say what to do): wrapped, never cut.
        self.problem_view.setWordWrap(True)
        self.problem_view.setResizeMode(QListView.ResizeMode.Adjust)
        self.problem_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.problem_view.activated.connect(self._go_to_problem)
        bottom = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        margins = self.style().pixelMetric(QStyle.PixelMetric.PM_LayoutLeftMargin)
        bottom_layout.setContentsMargins(margins, 0, margins, margins)
        bottom_layout.addWidget(self.status)
        bottom_layout.addWidget(self.problem_view)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.tabs)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        # Said when the window is activated and the file open changed on disk (check_disk).
        self.disk_bar = DiskChangedBar(self)
        self.disk_bar.reload.connect(self.reload_from_disk)
        self.disk_bar.keep.connect(self._keep_mine)
        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.disk_bar)
        column.addWidget(splitter, 1)
        self.setCentralWidget(central)

        self._validate_timer = QTimer(self)
        self._validate_timer.setSingleShot(True)
        self._validate_timer.setInterval(VALIDATE_DELAY_MS)
        self._validate_timer.timeout.connect(self._validate_in_time)
        self._generation = 0  # edits so far: a background result for older data is dropped
        # Large packs are checked and saved off the GUI thread; of the as-you-type checks only
        # the newest matters.
        self._checker: Worker[None] = Worker(
            "pack-editor", lambda: None, post=GuiPost(self), bursts=True
        )
        self._waiting = 0  # work the window waits for (_wait_for), this window disabled
        self.destroyed.connect(lambda *_: self._checker.close(0))
        self._edits = 0  # changes to the draft so far: a recovery text made for older is dropped
        self.doc.changed.connect(self._on_edit)
        self._build_actions()
        self._load(self.doc.data, None)
        self.doc.undo_stack.cleanChanged.connect(self._on_clean_changed)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.keep_recovery_draft)

    # ------------------------------------------------------------------ forms

    def _header_form(self) -> ItemForm:
        form = ItemForm(self.doc, self)
        form.line(self.tr("Pack id"), "id", "required", self.tr("e.g. acme-collections"))
        form.line(self.tr("Name"), "name", "required", self.tr("e.g. ACME Card Collections"))
        form.number(self.tr("Version"), "version", 0, 1_000_000)
        form.line(self.tr("Language"), "language", hint="en")
        form.line(self.tr("Author"), "author")
        form.text_box(self.tr("Description"), "description")
        return form

    def _campaign_editor(self) -> ListEditor:
        form = ItemForm(self.doc, self, nested=True)
        form.line(self.tr("Id"), "id", "required", self.tr("e.g. acme-collections"))
        form.line(self.tr("Name"), "name", "required")
        form.choice(self.tr("Type"), "type", labels.choices(labels.CAMPAIGN_TYPES))
        form.choice(self.tr("Direction"), "direction", labels.choices(labels.DIRECTIONS))
        form.choice(self.tr("Reach"), "reach", labels.choices(labels.REACHES))
        form.line(
            self.tr("Channels"),
            "channels",
            "list",
            self.tr("voice, chat, email (empty: chat and email for non-voice, else voice)"),
        )
        form.text_box(self.tr("Description"), "description")
        check_in = form.number(
            self.tr("Hold check-in"),
            ("hold", "check_in_seconds"),
            10,
            120,
            120,
            suffix=self.tr(" s"),
            too_high=self.tr(
                "120 s at most: a customer on hold is checked on at least every two minutes"
            ),
        )
        check_in.setToolTip(self.tr("10 to 120 seconds (two minutes at most)"))
        form.line(
            self.tr("Check-in phrase"),
            ("hold", "check_in_phrase"),
            hint=self.tr("e.g. hold-check-in"),
        )
        step_form = ItemForm(self.doc, self, nested=True)
        step_form.line(self.tr("Step"), "step", "required", self.tr("e.g. Opening"))
        step_form.line(
            self.tr("Phrases"), "phrases", "list", self.tr("phrase ids, separated by commas")
        )
        required = step_form.check("", "required", self.tr("Required step"))
        required.setToolTip(self.tr("A call that ends without this step ticked is flagged."))
        step_texts = ListTexts(
            self.tr("Call-flow steps"),
            self.tr("Add step"),
            self.tr("Remove step"),
            self.tr("Move step"),
        )
        self.steps = ListEditor(
            self.doc, step_texts, _label("step"), lambda row: {"step": ""}, step_form, self
        )
        form.layout_.addRow(self.tr("Call flow"), self.steps)
        campaign_texts = ListTexts(
            self.tr("Campaigns"),
            self.tr("Add campaign"),
            self.tr("Remove campaign"),
            self.tr("Move campaign"),
        )
        editor = ListEditor(
            self.doc,
            campaign_texts,
            _label("name"),
            lambda row: {
                "id": "",
                "name": "",
                "type": CampaignType.CUSTOMER_SERVICE.value,
                "direction": Direction.INBOUND.value,
                "reach": Reach.DOMESTIC.value,
            },
            form,
            self,
        )
        editor.current_changed.connect(
            lambda path: self.steps.set_list_path((*path, "call_flow") if path else None)
        )
        return editor

    def _persona_editor(self) -> ListEditor:
        form = ItemForm(self.doc, self, nested=True)
        form.line(self.tr("Id"), "id", "required", self.tr("e.g. angry"))
        form.line(self.tr("Name"), "name", "required")
        # Each sign, tip and thing to avoid is edited whole in a box of its own: a pack may
        # hold one of several lines (a YAML block), which a box of one per line would split.
        self.signs = self._text_list(
            ListTexts(
                self.tr("Signs"), self.tr("Add sign"), self.tr("Remove sign"), self.tr("Move sign")
            ),
            self.tr("Sign"),
        )
        self.tips = self._text_list(
            ListTexts(
                self.tr("Tips"), self.tr("Add tip"), self.tr("Remove tip"), self.tr("Move tip")
            ),
            self.tr("Tip"),
        )
        self.avoid = self._text_list(
            ListTexts(
                self.tr("Avoid"),
                self.tr("Add thing to avoid"),
                self.tr("Remove thing to avoid"),
                self.tr("Move thing to avoid"),
            ),
            self.tr("Avoid"),
        )
        # One beside the other, as tabs: three lists one under the other would make the
        # window taller than a laptop's screen.
        self.persona_lists = QTabWidget(form)
        self.persona_lists.setObjectName("personaLists")
        self.persona_lists.setDocumentMode(True)
        self.persona_lists.addTab(self.signs, self.tr("Signs"))
        self.persona_lists.addTab(self.tips, self.tr("Tips"))
        self.persona_lists.addTab(self.avoid, self.tr("Avoid"))
        form.layout_.addRow(self.persona_lists)
        phrases = form.line(
            self.tr("Phrases"), "phrases", "list", self.tr("phrase ids, separated by commas")
        )
        # Tab in reading order: Name, the tabs above the lists, then on the page shown the list,
        # its buttons and the box beside it, then Phrases. By the order they were made, the box
        # (made first, for the list's editor) came before its list, and the tabs after it all.
        chain: list[QWidget] = [form.bindings[1].widget, self.persona_lists]
        for lines in (self.signs, self.tips, self.avoid):
            chain += [lines.view, lines.add_button, lines.remove_button, lines.up_button]
            chain += [lines.down_button, lines.form.bindings[0].widget]
        for before, after in zip(chain, [*chain[1:], phrases], strict=True):
            QWidget.setTabOrder(before, after)
        texts = ListTexts(
            self.tr("Personas"),
            self.tr("Add persona"),
            self.tr("Remove persona"),
            self.tr("Move persona"),
        )
        editor = ListEditor(
            self.doc, texts, _label("name"), lambda row: {"id": "", "name": ""}, form, self
        )

        def show_persona(path: DocPath | None) -> None:
            for lines, key in ((self.signs, "signs"), (self.tips, "tips"), (self.avoid, "avoid")):
                lines.set_list_path((*path, key) if path else None)

        editor.current_changed.connect(show_persona)
        return editor

    def _text_list(self, texts: ListTexts, label: str) -> ListEditor:
        """A persona's list of texts (signs, tips, things to avoid): each in a box of its own,
        line breaks and all."""
        form = ItemForm(self.doc, self, nested=True)
        form.text_box(label, (), "required")
        editor = ListEditor(self.doc, texts, _first_line, lambda row: "", form, self)
        editor.view.setMinimumHeight(0)
        editor.view.setMaximumHeight(editor.view.fontMetrics().height() * 6)
        return editor

    def _phrase_editor(self) -> ListEditor:
        form = ItemForm(self.doc, self, nested=True)
        form.line(self.tr("Id"), "id", "required", self.tr("e.g. greet-inbound"))
        form.line(self.tr("Title"), "title", "required")
        form.text_box(
            self.tr("Text"),
            "text",
            "required",
            self.tr("e.g. Hello {customer_name}, about {reason:Billing|Other}"),
        )
        form.choice(self.tr("Category"), "category", labels.choices(labels.CATEGORIES))
        form.line(
            self.tr("Campaigns"),
            "campaigns",
            "list",
            self.tr("campaign ids (empty: every campaign)"),
        )
        form.line(
            self.tr("Channels"),
            "channels",
            "list",
            self.tr("voice, chat, email (empty: every channel)"),
        )
        form.line(self.tr("Personas"), "personas", "list", self.tr("persona ids"))
        form.line(self.tr("Tags"), "tags", "list", self.tr("separated by commas"))
        form.line(self.tr("Shortcut"), "shortcut", hint=self.tr("e.g. ;hi"))
        texts = ListTexts(
            self.tr("Phrases"),
            self.tr("Add phrase"),
            self.tr("Remove phrase"),
            self.tr("Move phrase"),
        )
        return ListEditor(
            self.doc,
            texts,
            _label("title"),
            lambda row: {"id": "", "title": "", "text": "", "category": Category.OTHER.value},
            form,
            self,
        )

    def _framed(self, editor: ListEditor) -> QWidget:
        """A tab's page: the list editor inside the style's standard margins."""
        box = QWidget(self)
        QVBoxLayout(box).addWidget(editor, 1)
        return box

    def _with_preview(self, editor: ListEditor, kind: str) -> QWidget:
        box = self._framed(editor)
        layout = box.layout()
        assert isinstance(layout, QVBoxLayout)
        preview = QLabel(box)
        preview.setObjectName(f"{kind}Preview")
        preview.setWordWrap(True)
        preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        preview.setStyleSheet(
            "QLabel { background: palette(base); border: 1px solid palette(mid); padding: 8px; }"
        )
        layout.addWidget(QLabel(self.tr("Preview: as the agent sees it"), box))
        layout.addWidget(preview)
        if kind == "phrase":
            self.phrase_preview = preview
            update, shows = self._update_phrase_preview, _phrase_preview_shows
        else:
            self.campaign_preview = preview
            update, shows = self._update_campaign_preview, _campaign_preview_shows
        editor.current_changed.connect(lambda _p: update())
        # Only an edit the preview shows remakes it: a campaign's preview names its phrases,
        # which at 20,000 phrases is not to be redone at every keystroke in a phrase's text.
        self.doc.changed.connect(lambda path: update() if shows(path) else None)
        return box

    # ------------------------------------------------------------------ actions

    def _build_actions(self) -> None:
        def action(text: str, slot: Callable[[], object], keys: Any = None) -> QAction:
            act = QAction(text, self)
            if keys is not None:
                act.setShortcut(QKeySequence(keys))
            act.triggered.connect(lambda _=False: slot())
            self.addAction(act)
            return act

        self.new_action = action(self.tr("New pack"), self.new_pack, QKeySequence.StandardKey.New)
        self.open_action = action(
            self.tr("Open file…"), self.choose_file, QKeySequence.StandardKey.Open
        )
        self.open_installed_action = action(self.tr("Open installed pack…"), self.choose_installed)
        self.save_action = action(self.tr("Save"), self.save, QKeySequence.StandardKey.Save)
        self.save_as_action = action(self.tr("Save as…"), self.save_as, "Ctrl+Shift+S")
        self.bump_action = action(self.tr("Raise version"), self.bump_version, "Ctrl+Shift+V")
        self.install_action = action(self.tr("Install on this computer"), self.install, "Ctrl+I")
        self.publish_action = action(
            self.tr("Publish to the shared folder"), self.publish, "Ctrl+P"
        )
        self.sheet_action = action(self.tr("Cheat sheet PDF…"), self.export_sheet)
        self.close_action = action(self.tr("Close"), self.close, QKeySequence.StandardKey.Close)
        self.undo_action = self.doc.undo_stack.createUndoAction(self, self.tr("Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.doc.undo_stack.createRedoAction(self, self.tr("Redo"))
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.addActions([self.undo_action, self.redo_action])
        self.doc.undo_stack.cleanChanged.connect(self._update_title)
        menu = self.menuBar()
        file_menu = menu.addMenu(self.tr("&File"))
        for act in (self.new_action, self.open_action, self.open_installed_action):
            file_menu.addAction(act)
        file_menu.addSeparator()
        for act in (self.save_action, self.save_as_action, self.bump_action):
            file_menu.addAction(act)
        file_menu.addSeparator()
        for act in (self.install_action, self.publish_action, self.sheet_action):
            file_menu.addAction(act)
        file_menu.addSeparator()
        file_menu.addAction(self.close_action)
        edit_menu = menu.addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        toolbar = self.addToolBar(self.tr("Pack"))
        toolbar.setObjectName("packToolbar")
        toolbar.setMovable(False)
        # Short words that never change in the toolbar (it must not move under the mouse when
        # "Undo" becomes "Undo Raise version"); the whole story is in the tooltip.
        short = (
            (self.new_action, self.tr("New")),
            (self.open_action, self.tr("Open")),
            (self.save_action, self.tr("Save")),
            (self.undo_action, self.tr("Undo")),
            (self.redo_action, self.tr("Redo")),
            (self.install_action, self.tr("Install")),
            (self.publish_action, self.tr("Publish")),
        )
        for act, word in short:
            act.setIconText(word)
            toolbar.addAction(act)
            _keep_tooltip(act)
            # "Undo" names the edit it undoes: the tooltip follows the menu's text.
            act.changed.connect(lambda a=act: _keep_tooltip(a))

    # ------------------------------------------------------------------ documents

    def _known(self) -> Any:
        if self._kb is None:
            return None
        from assistant.services.intake import builtin_known
        from assistant.store.errors import StoreError

        try:
            return builtin_known(self._kb)
        except StoreError:
            return None

    def _load(
        self,
        data: dict[str, Any],
        path: Path | None,
        source_text: str | None = None,
        on_disk: str | None = None,
    ) -> None:
        self.doc.undo_stack.clear()
        self.doc.data = data
        self.path = path
        self.source_text = source_text
        self._disk, self._kept = on_disk, None
        self.disk_bar.hide()
        self.header.set_base(())
        self.campaigns.set_list_path(("campaigns",))
        self.personas.set_list_path(("personas",))
        self.phrases.set_list_path(("phrases",))
        self.doc.undo_stack.setClean()
        self.validate_now()
        self._update_title()

    def new_pack(self) -> None:
        if self.confirm_discard():
            self._load(new_pack_data(), None)

    def open_file(self, path: Path) -> bool:
        """Load a pack file (even one that does not validate); False with a message if the
        file cannot be read as YAML."""
        from assistant.packs.packfile import read_pack_data
        from assistant.packs.source import SourceError, decode, parse, unpack

        def read() -> tuple[str, Any, str]:
            raw = read_pack_data(path)
            text = decode(str(path), unpack(str(path), raw))
            return text, parse(str(path), text), digest(raw)

        try:
            large = path.stat().st_size >= BACKGROUND_OPEN_BYTES
        except OSError:
            large = False  # reading it says why
        try:
            if large:
                text, document, on_disk = self._wait_for(
                    read, self.tr("Opening %1…").replace("%1", path.name)
                )
            else:
                text, document, on_disk = read()
        except SourceError as error:
            self.warn(self.tr("Cannot open the pack"), str(error.error))
            return False
        if not isinstance(document.data, dict):
            self.warn(
                self.tr("Cannot open the pack"),
                self.tr("%1: this is not a campaign pack").replace("%1", str(path)),
            )
            return False
        # A YAML file is saved back into its own text; JSON and zips are saved as new YAML.
        hand_written = path.suffix.lower() in (".yaml", ".yml")
        self._load(document.data, path, text if hand_written else None, on_disk)
        return True

    def open_installed(self, pack_id: str) -> bool:
        from assistant.packs.export import pack_to_data
        from assistant.store.errors import StoreError

        if self._kb is None:
            return False
        try:
            pack = self._kb.export_pack(pack_id)
        except StoreError as error:
            self.warn(self.tr("Cannot open the pack"), str(error))
            return False
        self._load(pack_to_data(pack), None)
        return True

    def choose_file(self) -> None:
        if not self.confirm_discard():
            return
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a pack"),
            "",
            self.tr("Campaign packs") + " (*.yaml *.yml *.json *.zip)",
        )
        if name:
            self.open_file(Path(name))

    def choose_installed(self) -> None:
        if self._kb is None or not self.confirm_discard():
            return
        ids = [p.id for p in self._kb.packs()]
        pack_id, ok = QInputDialog.getItem(
            self, self.tr("Open installed pack"), self.tr("Pack:"), ids, 0, False
        )
        if ok and pack_id:
            self.open_installed(pack_id)

    # ------------------------------------------------------------------ checking

    def _draft_name(self) -> str:
        return self.path.name if self.path else f"{self.doc.data.get('id') or 'pack'}.yaml"

    def _validate_in_time(self) -> None:
        """As-you-type checking, with the recovery draft kept: a small pack at once (tens of
        milliseconds); a large one on the worker, so typing never waits for it."""
        self._generation += 1
        if not self._large():
            self.validate_now()
            self.keep_recovery_draft()
            return
        snapshot = self.doc.snapshot()  # no later edit changes it (ui/editor/document.py)
        generation, edits, name = self._generation, self._edits, self._draft_name()
        fallback, builtin = self._fallback, self._builtin
        keep = self.recovery is not None and not self.doc.undo_stack.isClean()

        def check(_none: None) -> tuple[DraftCheck, str | None]:
            # The recovery draft's text is made here; the window writes it (_on_background_check),
            # so nothing writes it after the work was saved, discarded or the window closed.
            return check_draft(name, snapshot, fallback, builtin), (
                draft_text(snapshot) if keep else None
            )

        self._checker.submit(
            check,
            lambda done: self._on_background_check(generation, edits, *done),
            lambda error: self._on_check_failed(generation, error),
            replaces="check",
        )
        # The verdict shown is the last draft's until this one's comes (a second or so at
        # 20,000 phrases): not "valid" for a draft that may no longer be.
        self._show_state(self.tr("Checking…"), "checking")

    def _on_background_check(
        self, generation: int, edits: int, check: DraftCheck, recovery_text: str | None
    ) -> None:
        if recovery_text is not None and edits == self._edits:  # the draft as it still is
            self.keep_recovery_draft(recovery_text)
        if generation == self._generation and not self._validate_timer.isActive():
            self._show_check(check)

    def _on_check_failed(self, generation: int, error: BaseException) -> None:
        # A bug in the check: said, not left as "Checking…" until the next edit.
        log.error("the check of %s failed", self._draft_name(), exc_info=error)
        if generation == self._generation:
            self._show_state(
                self.tr("The draft could not be checked; the details are in the log file."),
                "error",
            )

    def validate_now(self) -> DraftCheck:
        """Check the draft now (normally 300 ms after the last edit) and show the problems;
        a large pack on the worker, the window waiting for it (``_wait_for``)."""
        checking, draft = self._check_now(), self.doc.snapshot()

        def work() -> DraftCheck:
            return checking(draft)

        check = self._wait_for(work, self.tr("Checking…")) if self._large() else work()
        self._show_check(check)
        return check

    def _check_now(self) -> Callable[[dict[str, Any]], DraftCheck]:
        """The check of a snapshot of the draft, to run here or on the worker; a check the
        timer would start is made moot."""
        self._validate_timer.stop()
        self._generation += 1
        name, fallback, builtin = self._draft_name(), self._fallback, self._builtin
        return lambda data: check_draft(name, data, fallback, builtin)

    def _large(self) -> bool:
        return len(self.doc.items("phrases")) >= BACKGROUND_CHECK_PHRASES

    def _wait_for(self, work: Callable[[], R], doing: str) -> R:
        """``work()`` run on the editor's worker while this window waits for it, disabled (so
        nothing changes under the work), with a busy cursor and ``doing`` in its status bar.
        The event loop runs meanwhile: the main window keeps its hold reminders on time and
        repaints. Raises what ``work`` raised. Should the program quit meanwhile, the work is
        still finished (a save is never left half done)."""
        outcome: list[tuple[bool, Any]] = []

        def job(_none: None) -> None:
            try:
                outcome.append((True, work()))
            except BaseException as error:  # raised again here, on the window's thread
                outcome.append((False, error))

        # The editor's child, deleted here: left to the worker's last reference, it would be
        # destroyed on the worker's thread.
        loop = QEventLoop(self)
        focused = self.focusWidget()
        self._waiting += 1
        self.setEnabled(False)
        self.setCursor(Qt.CursorShape.BusyCursor)
        self.statusBar().showMessage(doing)
        try:
            self._checker.submit(job, lambda _none: _quit(loop))
            loop.exec()
            if not outcome:  # the program is quitting: every event loop was told to end
                self._checker.wait()
        finally:
            loop.deleteLater()
            self._waiting -= 1
            if not self._waiting:
                self.setEnabled(True)
                self.unsetCursor()
                take_back(self.statusBar(), doing)  # not a result said meanwhile
                if focused is not None and shiboken6.isValid(focused):
                    focused.setFocus()
        done, value = outcome[0]
        if not done:
            raise value
        return value  # type: ignore[no-any-return]

    def _show_check(self, check: DraftCheck) -> None:
        self.check = check
        problems = check.problems
        errors = [p for p in problems if p.severity is Severity.ERROR]
        whole, warning = self.tr("(pack)"), self.tr("%1: warning: %2")
        self.problem_model.setStringList(
            [
                arg(
                    warning if p.severity is Severity.WARNING else "%1: %2",
                    p.path or whole,
                    p.message,
                )
                for p in problems
            ]
        )
        self._problems = problems
        if errors:
            self._show_state(
                self.tr(
                    "Problems to fix: %1. You can save this as a draft, but not install or "
                    "publish it yet."
                ).replace("%1", str(len(errors))),
                "error",
            )
        elif problems:
            self._show_state(
                self.tr("The pack is valid (warnings: %1).").replace("%1", str(len(problems))),
                "ok",
            )
        else:
            self._show_state(self.tr("The pack is valid."), "ok")
        self.install_action.setEnabled(not errors and self._kb is not None)
        self.publish_action.setEnabled(not errors)
        self._show_problems()
        self.validated.emit()

    def _show_state(self, text: str, state: str) -> None:
        self.status.setText(text)
        # Red or green (or neither while a check runs), a shade for light and one for dark
        # (resources/style.qss, theme.py).
        if self.status.property("state") != state:
            self.status.setProperty("state", state)
            self.status.style().unpolish(self.status)
            self.status.style().polish(self.status)

    def _show_problems(self) -> None:
        problems = getattr(self, "_problems", [])
        self.header.show_problems([p for p in problems if not p.path.startswith(_SECTIONS)])
        for editor in (self.campaigns, self.personas, self.phrases):
            assert editor.model.list_path is not None
            section = str(editor.model.list_path[0])
            mine = [p for p in problems if p.path.startswith(section + "[")]
            editor.form.show_problems(mine)
            editor.model.set_flagged({_row(p.path, section) for p in mine} - {-1})
        for lines in self.inner_lists.values():
            lines.form.show_problems(problems)
        self._flag_inner_lists()

    def _flag_inner_lists(self) -> None:
        """Mark the items the last check flagged in the selected campaign's steps and the
        selected persona's signs, tips and things to avoid: again when another campaign or
        persona is selected, whose rows are other items."""
        problems = getattr(self, "_problems", [])
        for lines in self.inner_lists.values():
            where = format_path(lines.model.list_path or ())
            lines.model.set_flagged({_row(p.path, where) for p in problems} - {-1})

    def _go_to_problem(self, index: Any) -> None:
        problem: PackError = self._problems[index.row()]
        for tab, editor in ((1, self.campaigns), (2, self.personas), (3, self.phrases)):
            section = str(editor.model.list_path[0]) if editor.model.list_path else ""
            row = _row(problem.path, section)
            if row >= 0:
                self.tabs.setCurrentIndex(tab)
                editor.select(row)
                self._go_to_inner_item(problem.path)
                return
        self.tabs.setCurrentIndex(0)

    def _go_to_inner_item(self, path: str) -> None:
        """A problem with one of the selected campaign's call-flow steps, or one of the selected
        persona's signs, tips or things to avoid: that item shown (on its tab)."""
        for lines in self.inner_lists.values():
            row = _row(path, format_path(lines.model.list_path or ()))
            if row >= 0:
                if lines is not self.steps:
                    self.persona_lists.setCurrentWidget(lines)
                lines.select(row)
                return

    def _reveal(self, list_path: DocPath, row: int) -> None:
        """An item of ``list_path`` was added, removed or moved, or that was undone or redone:
        its tab shown and ``row`` selected, so the supervisor sees what came back or went (a
        step of another campaign: that campaign selected first). A list on show has already
        selected the row as it was laid out anew (ListEditor._after_reset)."""
        places = {
            "campaigns": (1, self.campaigns),
            "personas": (2, self.personas),
            "phrases": (3, self.phrases),
        }
        place = places.get(str(list_path[0])) if list_path else None
        if place is None:
            return
        tab, editor = place
        self.tabs.setCurrentIndex(tab)
        if len(list_path) == 3 and isinstance(list_path[1], int):
            lines = self.inner_lists.get(str(list_path[2]))
            if lines is None:
                return
            if editor.current_row() != list_path[1]:
                editor.select(list_path[1])
            if lines is not self.steps:
                self.persona_lists.setCurrentWidget(lines)
            editor = lines
        if editor.current_row() != row:
            editor.select(row)
        # Selected while its tab was hidden, the row was not scrolled to.
        editor.view.scrollTo(editor.view.currentIndex())

    # ------------------------------------------------------------------ previews

    def _update_previews(self) -> None:
        self._update_phrase_preview()
        self._update_campaign_preview()

    def _update_phrase_preview(self) -> None:
        row = self.phrases.current_row()
        phrase = self.doc.get(("phrases", row)) if row >= 0 else None
        dark = self.palette().color(QPalette.ColorRole.Window).lightness() < 128
        self.phrase_preview.setText(_phrase_preview(phrase, "#ff8a80" if dark else "#b00020"))

    def _update_campaign_preview(self) -> None:
        row = self.campaigns.current_row()
        campaign = self.doc.get(("campaigns", row)) if row >= 0 else None
        self.campaign_preview.setText(_campaign_preview(campaign, self.doc.items("phrases")))

    # ------------------------------------------------------------------ saving

    def save(self) -> bool:
        # Save writes YAML: a pack opened from JSON or a zip is saved under a new name.
        if self.path is None or self.path.suffix.lower() not in (".yaml", ".yml"):
            return self.save_as()
        return self.save_to(self.path)

    def save_as(self) -> bool:
        suggested = f"{self.doc.data.get('id') or 'pack'}.yaml"
        if self.path is not None:  # beside the file open
            suggested = str(self.path.with_name(suggested))
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save pack"), suggested, "YAML (*.yaml)"
        )
        return self.save_to(Path(name)) if name else False

    def save_to(self, path: Path) -> bool:
        """Write the pack: a pack opened from a YAML file into that file's text, keeping its
        comments, order and layout where nothing was edited; any other (new, installed, JSON)
        a valid one exactly as ``pack export`` would, a draft in the same stable order. False
        with a message when the file cannot be written. The file open is first compared with
        what the editor read or last wrote there: changed or deleted meanwhile, the supervisor
        is asked what to do (_ask_about_disk) before anything is written. A file of the
        knowledge base is refused, as the command line refuses it."""
        self._settle_typing()
        clash = self._over_knowledge_base(path)
        if clash:
            self.warn(self.tr("Not saved"), clash)
            return False
        return self._save_to(path, self._disk if path == self.path else None)

    def _settle_typing(self) -> None:
        """End the typing in the field that has the keyboard, as Tab would, before the draft
        is saved, installed, published or made a sheet of: a number still being typed (5 where
        10 is the least) is not in the draft yet, and what is written must be what is shown.
        Every other field is in the draft as it is typed."""
        field = self.focusWidget()
        if isinstance(field, QAbstractSpinBox):
            field.interpretText()  # a number below the least is raised, and said so

    def _over_knowledge_base(self, path: Path) -> str:
        """Why ``path`` may not be written: it is a file of the open data folder's knowledge
        base (services/outputs.py), which the YAML or PDF would replace; "" when it may."""
        from assistant.services.outputs import knowledge_base_files, writes_over

        database = self._kb.database.path if self._kb is not None else None
        if database is None or writes_over([path], knowledge_base_files(database)) is None:
            return ""
        return self.tr(
            "%1 is a file of the knowledge base in the data folder: writing there would "
            "replace it. Choose another file name; nothing was written."
        ).replace("%1", str(path))

    def _save_to(self, path: Path, expected: str | None) -> bool:
        """``save_to``, written only while ``path`` holds ``expected`` (file_state; None: not
        compared)."""
        source = self.source_text
        if source is not None and len(source) > MAX_ROUND_TRIP_CHARS:
            source = None  # ruamel reads about 40 KB a second: a save must not take minutes
        checking, draft = self._check_now(), self.doc.snapshot()

        def save() -> _Saved:
            from assistant.core.files import write_atomic

            check = checking(draft)
            text, kept = _pack_text(check, source, draft)
            # Compared after the merge (seconds for a large file), just before the write: a
            # change that comes later comes within the few milliseconds of the write itself.
            if expected is not None:
                found = file_state(path)
                if found != expected:
                    return _Saved(check, found=found)
            data = text.encode("utf-8")
            try:
                write_atomic(path, data)
            except OSError as error:
                return _Saved(check, error=error)
            return _Saved(check, text, kept, digest(data))

        # The comparison reads the file: one someone made large meanwhile is read there too.
        if (
            self._large()
            or (source is not None and len(source) >= BACKGROUND_MERGE_CHARS)
            or (expected is not None and _size(path) >= BACKGROUND_OPEN_BYTES)
        ):
            saving = self.tr("Saving %1…").replace("%1", path.name)
            check, text, kept, on_disk, error, found = self._wait_for(save, saving)
        else:
            check, text, kept, on_disk, error, found = save()
        self._show_check(check)
        if found:
            return self._ask_about_disk(path, found)
        if error is not None:
            self.warn(self.tr("Not saved"), self._cannot_write(path, error))
            return False
        dropped = self.source_text is not None and not kept
        self.source_text = text if kept else None
        self.path = path
        self._disk, self._kept = on_disk, None
        self.disk_bar.hide()  # what is there now is ours
        self.doc.undo_stack.setClean()
        saved = (
            self.tr("Saved %1.")
            if check.valid
            else self.tr("Saved %1 as a draft (it does not validate yet).")
        )
        if dropped:
            saved += " " + self.tr("The file is too large to keep its comments and layout.")
        self._say(saved.replace("%1", path.name))
        self._update_title()
        return True

    def _ask_about_disk(self, path: Path, found: str) -> bool:
        """Save found ``path`` changed or deleted since the editor read or last wrote it
        (``found``: what it holds now): write it anyway, save as another file, or cancel,
        writing nothing. Cancel is the answer to Enter and Esc where a file would be written
        over; a deleted file is saved again by Enter."""
        from assistant.ui.once import used_once

        gone = found == GONE
        if gone:
            title = self.tr("File deleted")
            text = self.tr("%1 was deleted or moved since you opened or saved it.")
            more = self.tr("Save your version there again, or as another file?")
            write, role = self.tr("&Save again"), QMessageBox.ButtonRole.AcceptRole
        else:
            title = self.tr("File changed on disk")
            text = self.tr(
                "%1 was changed on disk since you opened or saved it (by another program or "
                "person)."
            )
            more = self.tr(
                "Overwrite it with your version (the other changes are lost), or save yours "
                "as another file?"
            )
            write, role = self.tr("&Overwrite"), QMessageBox.ButtonRole.DestructiveRole
        icon = QMessageBox.Icon.Warning
        with used_once(plain.message_box(self, icon, title, arg(text, path.name), more)) as box:
            again = box.addButton(write, role)
            again.setObjectName("writeButton")
            elsewhere = box.addButton(self.tr("Save &as…"), QMessageBox.ButtonRole.ActionRole)
            elsewhere.setObjectName("saveAsButton")
            cancel = box.addButton(QMessageBox.StandardButton.Cancel)
            box.setDefaultButton(again if gone else cancel)
            box.setEscapeButton(cancel)
            box.exec()
            answer = box.clickedButton()
        if answer is again:
            # Written over what was shown: changed again meanwhile, it is asked again.
            return self._save_to(path, found)
        if answer is elsewhere:
            return self.save_as()
        self._say(self.tr("Not saved: %1 was left as it is.").replace("%1", path.name))
        return False

    # ------------------------------------------------------------------ changed on disk

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.WindowActivate:
            self.check_disk()
        return super().event(event)

    def check_disk(self) -> None:
        """Compare the file open with what the editor read or last wrote there (file_state, as
        Save does) and say in the bar at the top when it changed or was deleted. Called when
        the window is activated: back from the other program, or the colleague's message. A
        large file is read on the worker, the window working on meanwhile."""
        path, expected = self.path, self._disk
        if path is None or expected is None or self._waiting:
            return
        if _size(path) < BACKGROUND_OPEN_BYTES:
            self._on_disk_checked(path, expected, file_state(path))
            return

        def failed(error: BaseException) -> None:
            log.error("could not compare %s with the file on disk", path, exc_info=error)

        self._checker.submit(
            lambda _none: file_state(path),
            lambda found: self._on_disk_checked(path, expected, found),
            failed,
            replaces="disk",
        )

    def _on_disk_checked(self, path: Path, expected: str, found: str) -> None:
        if path != self.path or expected != self._disk:
            return  # another file opened, or this one saved, meanwhile: that answer is old
        if found == expected:
            self.disk_bar.hide()  # put back as it was
        elif found != self._kept:
            self._found = found
            self.disk_bar.say(path.name, found)

    def reload_from_disk(self) -> bool:
        """Open the file again as it is on disk now, dropping the edits not saved (asked
        first). False when it stays as it was."""
        if self.path is None:
            return False
        if not self.doc.undo_stack.isClean():
            answer = QMessageBox.question(
                self,
                self.tr("Reload"),
                self.tr(
                    "Reload %1 as it is on disk? The changes you have not saved are lost."
                ).replace("%1", self.path.name),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return False
            self._edits += 1  # a recovery text still being made is for work now dropped
        return self.open_file(self.path)

    def _keep_mine(self) -> None:
        self._kept = self._found
        self.disk_bar.hide()

    def bump_version(self) -> None:
        version = self.doc.get(("version",))
        new = version + 1 if isinstance(version, int) and not isinstance(version, bool) else 1
        self.doc.set_value(("version",), new, self.tr("Raise version"))

    def install(self) -> bool:
        """Install the draft on this computer, through the one pack intake (the IT policy's
        signing rule included: the supervisor's key signs it when one is set). Runs on the
        pack writer; the status line says how it went. False when it cannot start."""
        self._settle_typing()
        check = self.validate_now()
        if check.result.pack is None or self._operations is None:
            self.warn(self.tr("Not installed"), self.tr("Fix the problems listed below first."))
            return False
        name = self.path or Path(self._draft_name())
        text, sign = check.text, self._sign
        installed = self.tr("Installed %1 version %2.")
        already = self.tr("This version of %1 is installed already.")

        def work(packs: PackService, progress: Progress) -> Intake:
            return packs.install_draft(name, text, sign)

        def done(intake: Intake) -> None:
            if intake.summary is None:
                self._say(already.replace("%1", intake.pack_id))
                return
            summary = intake.summary
            self._say(installed.replace("%1", summary.pack_id).replace("%2", str(summary.version)))

        self._operations.run(
            work, done, lambda error: self.warn(self.tr("Not installed"), self._refusal(error))
        )
        return True

    def publish(self) -> bool:
        """Put the draft in the shared pack folder (signed when a key is set) and install it
        here too, through the pack intake on the pack writer. False when it cannot start."""
        self._settle_typing()
        check = self.validate_now()
        if check.result.pack is None or self._operations is None:
            self.warn(self.tr("Not published"), self.tr("Fix the problems listed below first."))
            return False
        folder = self._pack_folder()
        if folder is None:
            self.warn(
                self.tr("Not published"),
                self.tr(
                    "No shared pack folder is set: IT names it in policy.ini, or choose one in "
                    "Settings (Pack folder)."
                ),
            )
            return False
        text, pack_id, sign = check.text, check.result.pack.id, self._sign
        published = self.tr("Published %1 to %2.")
        cannot_write = self.tr("%1: cannot write: %2")

        def work(packs: PackService, progress: Progress) -> Path:
            return packs.publish(text, pack_id, folder, sign)

        def failed(error: BaseException) -> None:
            if isinstance(error, OSError):
                reason = cannot_write.replace("%1", str(folder)).replace(
                    "%2", error.strerror or str(error)
                )
            else:
                reason = self._refusal(error)
            self.warn(self.tr("Not published"), reason)

        def done(target: Path) -> None:
            self.published = target
            self._say(published.replace("%1", target.name).replace("%2", str(folder)))

        self._operations.run(work, done, failed)
        return True

    def export_sheet(self, target: Path | None = None) -> bool:
        """Write the draft's cheat sheet PDF (asks where unless ``target``) in a process of its
        own (ui/sheet_process.py): a pack of 10,000 phrases takes a while, and the window keeps
        working meanwhile."""
        self._settle_typing()
        check = self.validate_now()
        pack = check.result.pack
        if pack is None or self._operations is None:
            self.warn(self.tr("No cheat sheet"), self.tr("Fix the problems listed below first."))
            return False
        folder = self._kb.database.path if self._kb is not None else None
        if folder is None:  # an in-memory knowledge base (tests): no folder to share
            self.warn(self.tr("No cheat sheet"), self.tr("There is no data folder to read."))
            return False
        if target is None:
            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("Cheat sheet"), f"{pack.id}.pdf", "PDF (*.pdf)"
            )
            if not name:
                return False
            target = Path(name)
        clash = self._over_knowledge_base(target)
        if clash:
            self.warn(self.tr("No cheat sheet"), clash)
            return False
        if self._sheets is None:
            self._sheets = SheetMaker(self._operations, folder.parent, self)
        wrote = self.tr("Wrote the cheat sheet %1.").replace("%1", target.name)
        self._say(self.tr("Writing the cheat sheet…"))
        self._sheets.make(
            pack,
            target,
            lambda: self._say(wrote),
            lambda message: self.warn(self.tr("No cheat sheet"), message),
        )
        return True

    # ------------------------------------------------------------------ closing

    def keep_recovery_draft(self, text: str | None = None) -> None:
        """Write the unsaved pack (``text``, the draft's text made already, else made now) to
        the recovery file; nothing when all is saved."""
        if self.recovery is None or self.doc.undo_stack.isClean():
            return
        _write_recovery(self.recovery, text if text is not None else draft_text(self.doc.data))

    def restore_recovery_draft(self) -> bool:
        """Open the work left unsaved last time, if any; it stays marked unsaved."""
        if self.recovery is None or not self.recovery.is_file():
            return False
        if not self.open_file(self.recovery):
            return False
        self.path, self._disk = None, None
        self.disk_bar.hide()
        self.doc.undo_stack.resetClean()
        self._update_title()
        self._say(
            self.tr("Restored the changes that were not saved last time: save them or close.")
        )
        return True

    def _on_edit(self, _path: object) -> None:
        self._edits += 1
        self._validate_timer.start()

    def _on_clean_changed(self, clean: bool) -> None:
        if clean and self.recovery is not None:
            self.recovery.unlink(missing_ok=True)

    def confirm_discard(self) -> bool:
        """True when there are no unsaved changes, or the supervisor saved or dropped them."""
        if self.doc.undo_stack.isClean():
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("The pack has changes that are not saved. Save them?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer != QMessageBox.StandardButton.Discard:
            return False
        self._edits += 1  # a recovery text still being made is for work now dropped
        if self.recovery is not None:
            self.recovery.unlink(missing_ok=True)
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._waiting:
            event.ignore()  # a save or a check is running (_wait_for): the window is disabled
        elif self.confirm_discard():
            if self._sheets is not None:
                self._sheets.stop()  # a sheet half made is not written
            event.accept()
        else:
            event.ignore()

    # ------------------------------------------------------------------ messages

    def _refusal(self, error: BaseException) -> str:
        """An install's or a publish's refusal (the intake's PackErrors, said of the draft by
        the pack service; a signing key that cannot be used; an older version than the one
        installed here; a database error) in one message."""
        from assistant.packs.errors import PackInvalidError
        from assistant.packs.signing import SigningError
        from assistant.store.errors import PackVersionError

        if isinstance(error, SigningError):
            not_signed = self.tr("Not signed: %1. Choose your key in Settings (Signing key).")
            return not_signed.replace("%1", str(error))
        if isinstance(error, PackInvalidError):
            return "\n".join(e.message for e in error.errors)
        if isinstance(error, PackVersionError):
            older = self.tr(
                "Version %2 of %1 is installed on this computer, and this is version %3: raise "
                "the version above %2 first (Raise version, Ctrl+Shift+V)."
            )
            return arg(older, error.pack_id, str(error.installed), str(error.offered))
        return str(error)

    def _say(self, text: str) -> None:
        self.last_message = text
        self.statusBar().showMessage(text, 8000)

    def warn(self, title: str, text: str) -> None:
        self.last_message = text
        self.statusBar().showMessage(text, 8000)
        plain.warn(self, title, text)  # messages quote pack values: shown as typed

    def _cannot_write(self, where: Path, error: OSError) -> str:
        reason = error.strerror or str(error)
        return self.tr("%1: cannot write: %2").replace("%1", str(where)).replace("%2", reason)

    def _update_title(self, _clean: bool = True) -> None:
        name = self.path.name if self.path else self.tr("new pack")
        dirty = "" if self.doc.undo_stack.isClean() else " *"
        self.setWindowTitle(self.tr("Pack editor: %1").replace("%1", name) + dirty)


def _keep_tooltip(action: QAction) -> None:
    """A toolbar button's tooltip: what the menu says, and the keys."""
    if not shiboken6.isValid(action):  # Qt tells of changes while it takes the window down
        return
    text = action.text().replace("&", "").rstrip("…")
    keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    wanted = f"{text} ({keys})" if keys else text
    if action.toolTip() != wanted:  # setToolTip emits changed again
        action.setToolTip(wanted)


def _row(path: str, section: str) -> int:
    prefix = section + "["
    if not section or not path.startswith(prefix):
        return -1
    number = path[len(prefix) :].split("]", 1)[0]
    return int(number) if number.isdigit() else -1


def _phrase_preview(phrase: Any, error_colour: str = "#b00020") -> str:
    if not isinstance(phrase, dict):
        return _italic(
            QCoreApplication.translate(
                "PackEditor", "Select a phrase to see it as an agent would paste it."
            )
        )
    text = phrase.get("text")
    if not isinstance(text, str) or not text:
        return _italic(QCoreApplication.translate("PackEditor", "Write the phrase text."))
    try:
        filled = placeholders.fill(text, placeholders.sample_values(text))
        fields = placeholders.fields(text)
        sections = placeholders.section_names(text)
    except placeholders.PlaceholderError as error:
        return f"<span style='color:{error_colour}'>{html.escape(str(error))}</span>"
    notes = []
    for field in fields:
        if field.choices:
            note = QCoreApplication.translate("PackEditor", "%1: drop-down (%2)").replace(
                "%2", " | ".join(field.choices)
            )
            notes.append(note.replace("%1", field.name))
        elif field.default:
            note = QCoreApplication.translate("PackEditor", "%1: starts as '%2'").replace(
                "%2", field.default
            )
            notes.append(note.replace("%1", field.name))
    notes += [
        QCoreApplication.translate("PackEditor", "optional section '%1' (ticked)").replace(
            "%1", name
        )
        for name in sections
    ]
    extra = f"<br><small>{html.escape('; '.join(notes))}</small>" if notes else ""
    return f"<b>{html.escape(str(phrase.get('title') or ''))}</b><br>{html.escape(filled)}{extra}"


def _phrase_preview_shows(path: DocPath) -> bool:
    """Whether an edit at ``path`` can change the phrase preview."""
    return path[:1] in ((), ("phrases",))


def _campaign_preview_shows(path: DocPath) -> bool:
    """Whether an edit at ``path`` can change the campaign preview: the campaign, or the id or
    title of a phrase it names."""
    if path[:1] in ((), ("campaigns",)):
        return True
    return path[:1] == ("phrases",) and (len(path) < 3 or path[2] in ("id", "title"))


def _campaign_preview(campaign: Any, phrases: list[Any]) -> str:
    if not isinstance(campaign, dict):
        return _italic(
            QCoreApplication.translate(
                "PackEditor", "Select a campaign to see it as the agent's window shows it."
            )
        )
    steps = campaign.get("call_flow") or []
    steps = steps if isinstance(steps, list) else []
    # Only the phrases the steps name are looked up (a pack may hold 20,000).
    named = {
        ref
        for step in steps
        if isinstance(step, dict)
        for ref in step.get("phrases") or []
        if isinstance(ref, str)
    }
    titles: dict[str, Any] = {}
    for phrase in phrases if named else []:
        ref = phrase.get("id") if isinstance(phrase, dict) else None
        if isinstance(ref, str) and ref in named:
            titles[ref] = phrase.get("title")
    kind = labels.shown(labels.CAMPAIGN_TYPES, campaign.get("type"))
    direction = labels.shown(labels.DIRECTIONS, campaign.get("direction", ""))
    reach = labels.shown(labels.REACHES, campaign.get("reach", ""))
    hold = campaign.get("hold") or {}
    seconds = hold.get("check_in_seconds", 120) if isinstance(hold, dict) else 120
    name = str(campaign.get("name") or QCoreApplication.translate("PackEditor", "(no name)"))
    lines = [
        f"<b>{html.escape(name)}</b> — "
        f"{html.escape(kind)}, {html.escape(direction)}, {html.escape(reach)}",
        html.escape(
            QCoreApplication.translate("PackEditor", "Hold: check in every %1 s").replace(
                "%1", str(seconds)
            )
        ),
    ]
    required = html.escape(QCoreApplication.translate("PackEditor", "(required)"))
    for number, step in enumerate(steps, 1):
        if not isinstance(step, dict):
            continue
        mark = f" <b>{required}</b>" if step.get("required") else ""
        refs = ", ".join(str(titles.get(r) or r) for r in step.get("phrases") or [])
        said = f": {html.escape(refs)}" if refs else ""
        lines.append(f"{number}. {html.escape(str(step.get('step') or ''))}{mark}{said}")
    return "<br>".join(lines)


def _italic(text: str) -> str:
    return f"<i>{html.escape(text)}</i>"


def shared_pack_folder(settings: Any) -> Path | None:
    """Where Publish writes: the IT policy's pack folder, else the agent's setting."""
    from assistant.services.policy import load_policy

    return load_policy().shared_pack_folder(getattr(settings, "pack_folder", ""))


def open_pack_editor(
    operations: Operations,
    settings: Any,
    parent: QWidget | None = None,
    sign: Signer | None = None,
) -> PackEditor:
    """Show a pack editor window (its own top-level window, so it can sit beside the app)."""
    recovery = Path(settings.path).parent / "pack-editor-recovery.yaml"
    editor = PackEditor(
        operations, pack_folder=lambda: shared_pack_folder(settings), sign=sign, recovery=recovery
    )
    editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    editor.restore_recovery_draft()
    if parent is not None:
        editor.setWindowIcon(parent.windowIcon())
    editor.show()
    editor.raise_()
    return editor


def _quit(loop: QEventLoop) -> None:
    """End a wait's loop, unless it is gone (the program quit during the wait)."""
    if shiboken6.isValid(loop):
        loop.quit()
