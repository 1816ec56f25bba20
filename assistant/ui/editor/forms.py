"""Form pieces of the pack editor: fields bound to a path in the document, and a list with
its item form (add, remove, reorder by dragging or with Ctrl+Up/Ctrl+Down)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QCoreApplication,
    QEvent,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    QStringListModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from assistant.packs.errors import PackError, Severity, format_path
from assistant.ui.editor.document import PackDocument, Path
from assistant.ui.elided_label import ElidedLine
from assistant.ui.theme import restyle

Index = QModelIndex | QPersistentModelIndex
_MIME = "application/x-agent-assistant-row"
# Fields stop growing here: a name or an id does not need the width of a wide screen.
FIELD_MAX_WIDTH = 520
NUMBER_MAX_WIDTH = 140
_SPIN_LOW, _SPIN_HIGH = -(2**31) + 2, 2**31 - 1  # a spin box holds a 32-bit int


class _DocumentUndo(QObject):
    """Sends Ctrl+Z / redo typed in a field to the editor's undo stack instead of the field's
    own little undo history, so one undo history covers every edit."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
            return False
        undo = QKeySequence.StandardKey.Undo
        if event.matches(undo) or event.matches(QKeySequence.StandardKey.Redo):
            event.ignore()  # not the field's: the window's Undo/Redo action takes it
            return True
        return False


class FieldError(ElidedLine):
    """The validator's message under a field: one line, always there (empty when the field
    is fine), so a message coming or going never moves the fields below it; as wide as its
    text, cut with "…" when longer than the field (the whole text in its tooltip and in the
    problem list)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Red, or amber for advice, light or dark (resources/style.qss, theme.py).
        self.setObjectName("fieldError")
        self.setProperty("severity", "error")
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)

    def setText(self, text: str) -> None:
        if text != self.text():
            super().setText(text)
            self.updateGeometry()  # as wide as its text

    def set_severity(self, severity: str) -> None:
        """'error' (red) or 'warning' (advice, such as the content lint's: amber)."""
        if self.property("severity") != severity:
            self.setProperty("severity", severity)
            restyle((self,))

    def sizeHint(self) -> QSize:
        margins = self.contentsMargins()
        width = self.fontMetrics().horizontalAdvance(self.text()) + margins.left() + margins.right()
        return QSize(width + 2, self.fontMetrics().height() + margins.top() + margins.bottom())

    def minimumSizeHint(self) -> QSize:
        return QSize(0, self.sizeHint().height())


class NumberBox(QSpinBox):
    """A spin box that does not drop a keystroke taking the number past its most: QSpinBox
    refuses it, so typing 300 where 120 is the most would leave 30 without a word. The number
    becomes the most instead (the value the file may hold, ``most``; the range may be wider
    while it shows a file's value out of range), and ``capped`` says so, for the form to say
    why. A number left below its least (5 where 10 is the least; QSpinBox would go back to the
    number before without a word) becomes the least when the typing ends (Enter, Tab), and
    ``raised`` says so: while it is typed it may be the start of a larger one (5 of 50)."""

    capped = Signal()
    raised = Signal()

    def __init__(self, least: int, most: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.least, self.most = least, most

    def _digits(self, text: str) -> str:
        return text.removeprefix(self.prefix()).removesuffix(self.suffix()).strip()

    def validate(self, input: str, pos: int) -> tuple[QValidator.State, str, int]:
        digits = self._digits(input)
        if digits.isascii() and digits.isdigit() and int(digits) > self.maximum():
            self.capped.emit()
            text = str(self.most)
            return (
                QValidator.State.Acceptable,
                f"{self.prefix()}{text}{self.suffix()}",
                len(self.prefix() + text),
            )
        return super().validate(input, pos)

    def fixup(self, input: str) -> str:
        # Called when the typing ends on a number the spin box does not take.
        digits = self._digits(input)
        if digits.isascii() and digits.isdigit() and int(digits) < self.minimum():
            self.raised.emit()
            return f"{self.prefix()}{self.least}{self.suffix()}"
        return super().fixup(input)


class Binding:
    """One form field: a widget, the key it edits under the form's current item, and the
    label beside it that shows the validator's messages for that key.

    A value in the file that the widget could not hold (a direction 'sideways', a check-in of
    300 s, a version 'two') is shown as it is, marked invalid, never as the nearest valid
    value: the preview, the problem list and the file must agree with the form."""

    def __init__(
        self, key: Path, widget: QWidget, kind: str, error: FieldError, default: Any = None
    ) -> None:
        self.key, self.widget, self.kind, self.error = key, widget, kind, error
        self.default = default
        self.raw: Any = None  # the file's value the widget shows as it is (spin boxes)
        self.showing_raw = False
        # Said under the field while it holds ``note_value`` (a number typed past its most or
        # below its least, made that: NumberBox), beside the validator's messages.
        self.note = ""
        self.note_value: Any = None
        if isinstance(widget, QSpinBox):
            self.range = (widget.minimum(), widget.maximum())

    def read(self) -> Any:
        w = self.widget
        if isinstance(w, QLineEdit):
            text = w.text()
            if self.kind == "list":
                return [part.strip() for part in text.split(",") if part.strip()] or None
            return text if text or self.kind == "required" else None
        if isinstance(w, QPlainTextEdit):
            text = w.toPlainText()
            if self.kind == "lines":
                return [line.strip() for line in text.splitlines() if line.strip()] or None
            # A required text emptied is "" (as a new one is), not None: the same message.
            return text if text or self.kind == "required" else None
        if isinstance(w, QSpinBox):
            if self.showing_raw and w.value() == w.minimum():
                return self.raw
            return w.value()
        if isinstance(w, QComboBox):
            return w.currentData()
        if isinstance(w, QCheckBox):
            return True if w.isChecked() else None
        raise TypeError(w)

    def show(self, value: Any) -> None:
        w = self.widget
        if isinstance(w, QLineEdit):
            if self.kind == "list":
                text = ", ".join(str(v) for v in value) if isinstance(value, list) else ""
            else:
                text = "" if value is None else str(value)
            # Leave the widget alone while it already shows this value (keeps the cursor).
            if self.read() != (value if self.kind != "list" else (value or None)):
                w.setText(text)
        elif isinstance(w, QPlainTextEdit):
            if self.kind == "lines":
                text = "\n".join(str(v) for v in value) if isinstance(value, list) else ""
                if self.read() != (value or None):
                    w.setPlainText(text)
            elif w.toPlainText() != (value or ""):
                w.setPlainText("" if value is None else str(value))
        elif isinstance(w, QSpinBox):
            self._show_number(w, value)
        elif isinstance(w, QComboBox):
            self._show_choice(w, value)
        elif isinstance(w, QCheckBox):
            w.setChecked(bool(value))

    def _show_number(self, spin: QSpinBox, value: Any) -> None:
        low, high = self.range
        number = value if isinstance(value, int) and not isinstance(value, bool) else None
        if value is None and self.default is not None:
            number = self.default  # absent: the format's default applies
        if number is not None and not _SPIN_LOW < number < _SPIN_HIGH:
            number = None  # past what a spin box holds: shown as written, like a word
        self.raw, self.showing_raw = None, False
        spin.setSpecialValueText("")
        if number is not None:
            # Out of range: shown as it is (the message beside it says what is allowed).
            spin.setRange(min(low, number), max(high, number))
            spin.setValue(number)
            return
        # Not a whole number ('two', 1.5), or missing: shown as written, or blank.
        self.raw, self.showing_raw = value, True
        spin.setRange(low - 1, high)
        spin.setSpecialValueText(" " if value is None else str(value))
        spin.setValue(low - 1)

    def _show_choice(self, combo: QComboBox, value: Any) -> None:
        known = combo.property("choices") or combo.count()
        while combo.count() > known:  # the file's invalid value shown last time
            combo.removeItem(combo.count() - 1)
        if value is None:
            combo.setCurrentIndex(-1)  # missing: nothing chosen yet, not the first option
            return
        index = combo.findData(value)
        if index < 0:
            text = QCoreApplication.translate("ItemForm", "%1 (not valid)").replace(
                "%1", str(value)
            )
            combo.addItem(text, value)
            index = combo.count() - 1
        combo.setCurrentIndex(index)


class ItemForm(QWidget):
    """Fields for one item (or the pack header): edits go to the document as commands."""

    def __init__(
        self, doc: PackDocument, parent: QWidget | None = None, *, nested: bool = False
    ) -> None:
        super().__init__(parent)
        self.doc = doc
        self.base: Path | None = None
        self.bindings: list[Binding] = []
        self._problems: list[PackError] = []
        self.layout_ = QFormLayout()
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # Rows close together: each field already has its message line under it.
        self.layout_.setVerticalSpacing(2)
        outer = QVBoxLayout(self)
        if nested:  # inside another form or a list editor, whose margins already apply
            outer.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(self.layout_)
        outer.addStretch(1)  # spare height goes below the fields, not between them
        self._loading = False
        self._undo_filter = _DocumentUndo(self)
        doc.changed.connect(self._on_changed)

    # --- building

    def add(
        self, label: str, key: str | Path, widget: QWidget, kind: str = "text", default: Any = None
    ) -> QWidget:
        key_path: Path = (key,) if isinstance(key, str) else key
        error = FieldError(self)
        binding = Binding(key_path, widget, kind, error, default)
        self.bindings.append(binding)
        # A tick box without a label is named by its own text.
        widget.setAccessibleName(label or (widget.text() if isinstance(widget, QCheckBox) else ""))
        widget.installEventFilter(self._undo_filter)
        if isinstance(widget, QPlainTextEdit):
            widget.setUndoRedoEnabled(False)
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(widget)
        column.addWidget(error, 0, Qt.AlignmentFlag.AlignLeft)
        if isinstance(widget, QSpinBox):
            widget.setMaximumWidth(NUMBER_MAX_WIDTH)
        elif not isinstance(widget, QCheckBox):
            widget.setMaximumWidth(FIELD_MAX_WIDTH)
        box.setMaximumWidth(FIELD_MAX_WIDTH)
        self.layout_.addRow(label, box)
        if isinstance(widget, QLineEdit):
            widget.textEdited.connect(lambda _t, b=binding: self._commit(b))
        elif isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(lambda b=binding: self._commit(b))
        elif isinstance(widget, QSpinBox):
            widget.valueChanged.connect(lambda _v, b=binding: self._commit(b))
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(lambda _i, b=binding: self._commit(b))
        elif isinstance(widget, QCheckBox):
            widget.toggled.connect(lambda _c, b=binding: self._commit(b))
        return widget

    def line(self, label: str, key: str | Path, kind: str = "text", hint: str = "") -> QLineEdit:
        edit = QLineEdit(self)
        edit.setPlaceholderText(hint)
        self.add(label, key, edit, kind)
        return edit

    def text_box(self, label: str, key: str | Path, kind: str = "text", hint: str = "") -> Any:
        edit = QPlainTextEdit(self)
        edit.setPlaceholderText(hint)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(70)
        return self.add(label, key, edit, kind)

    def choice(self, label: str, key: str | Path, options: Sequence[tuple[str, str]]) -> QComboBox:
        combo = QComboBox(self)
        for value, text in options:
            combo.addItem(text, value)
        combo.setProperty("choices", combo.count())  # past these: the file's invalid value
        self.add(label, key, combo, "enum")
        return combo

    def number(
        self,
        label: str,
        key: str | Path,
        low: int,
        high: int,
        default: int | None = None,
        *,
        suffix: str = "",
        too_high: str = "",
        too_low: str = "",
    ) -> NumberBox:
        """A whole number from ``low`` to ``high``. A number typed past ``high`` becomes
        ``high``, and ``too_high`` (by default "HIGH at most") is said under the field; one
        left below ``low`` becomes ``low``, and ``too_low`` (by default "LOW at least") is
        said."""
        spin = NumberBox(low, high, self)
        spin.setRange(low, high)
        spin.setSuffix(suffix)
        # As tall as the text fields around it (Fusion's spin box is a few pixels shorter).
        spin.setMinimumHeight(QLineEdit().sizeHint().height())
        self.add(label, key, spin, "int", default)
        binding = self.bindings[-1]
        said = too_high or self.tr("%1 at most").replace("%1", f"{high}{suffix}")
        spin.capped.connect(lambda: self._capped(binding, said, binding.range[1]))
        said_low = too_low or self.tr("%1 at least").replace("%1", f"{low}{suffix}")
        spin.raised.connect(lambda: self._capped(binding, said_low, binding.range[0]))
        return spin

    def check(self, label: str, key: str | Path, text: str) -> QCheckBox:
        box = QCheckBox(text, self)
        self.add(label, key, box, "bool")
        return box

    # --- behaviour

    def set_base(self, base: Path | None) -> None:
        self.base = base
        for binding in self.bindings:
            binding.note = ""  # about the item shown before
        self.setEnabled(base is not None)
        self.reload()
        # The messages of the item now shown, as the last check found them: another item's
        # messages are not left beside its fields until the next edit.
        self._apply_problems()

    def reload(self) -> None:
        self._loading = True
        try:
            for binding in self.bindings:
                value = self.doc.get((*self.base, *binding.key)) if self.base is not None else None
                binding.widget.blockSignals(True)
                try:
                    binding.show(value)
                finally:
                    binding.widget.blockSignals(False)
        finally:
            self._loading = False

    def _commit(self, binding: Binding) -> None:
        if self._loading or self.base is None:
            return
        self.doc.set_value((*self.base, *binding.key), binding.read())
        if binding.note:  # made the most or least as it was typed (_capped), or typed since
            self._apply_problems()

    def _capped(self, binding: Binding, said: str, value: int) -> None:
        """A number was typed past the field's most or below its least, and made ``value``
        (the most or the least): said at once, and until the field holds another value."""
        binding.note, binding.note_value = said, value
        if binding.read() == binding.note_value:  # that already: no change to wait for
            self._apply_problems()

    def _on_changed(self, path: Path) -> None:
        if (
            self.base is not None
            and path[: len(self.base)] == self.base
            or (self.base is not None and self.base[: len(path)] == path)
        ):
            self.reload()

    def show_problems(self, problems: Sequence[PackError]) -> list[PackError]:
        """Show each problem beside its field; returns the ones no field of this form took.
        The problems are kept: selecting another item shows its own."""
        self._problems = list(problems)
        return self._apply_problems()

    def _apply_problems(self) -> list[PackError]:
        messages: dict[int, list[str]] = {}
        errors: set[int] = set()  # fields with an error, not only advice (a warning)
        left: list[PackError] = []
        if self.base is not None:
            base = format_path(self.base)
            fulls = [format_path((*self.base, *binding.key)) for binding in self.bindings]
            for problem in self._problems:
                target = self._binding_for(problem, base, fulls)
                if target is None:
                    left.append(problem)
                else:
                    messages.setdefault(target, []).append(problem.message)
                    if problem.severity is Severity.ERROR:
                        errors.add(target)
        else:
            left = list(self._problems)
        for index, binding in enumerate(self.bindings):
            texts = messages.get(index, [])
            if binding.note and binding.read() != binding.note_value:
                binding.note = ""  # another value since: undone, or typed again
            if binding.note:
                texts = [*texts, binding.note]
            message = "; ".join(texts)
            binding.error.setText(message)
            binding.error.set_severity("error" if index in errors or not texts else "warning")
            # A screen reader says it with the field; tests and styles can select on it.
            binding.widget.setProperty("invalid", bool(texts))
            binding.widget.setAccessibleDescription(message)
        return left

    def _binding_for(self, problem: PackError, base: str, fulls: list[str]) -> int | None:
        """The field of this item that ``problem`` is about (``fulls``: each field's path)."""
        path = problem.path
        if base and path != base and not path.startswith((base + ".", base + "[")):
            return None  # another item's (a large pack's check finds a thousand)
        # A missing field is named by its own path too ("phrases[3].title").
        for index, full in enumerate(fulls):
            if path == full or path.startswith((full + "[", full + ".")):
                return index
        return None


class SectionModel(QStringListModel):
    """The items of one list in the document (campaigns, personas, phrases, call-flow steps),
    each shown by its label, "⚠ " before it when the last check flagged it.

    The labels are kept in Qt's own list model, each changed as its item changes: the view
    lays a list out by asking the model for every row, and a model written in Python answers
    each question at a Python call's cost (100 ms for 20,000 phrases, at every keystroke in a
    title); Qt's answers them in 3 ms."""

    def __init__(
        self, doc: PackDocument, label: Callable[[Any, int], str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.doc = doc
        self.list_path: Path | None = None
        self._label = label
        self.flagged: set[int] = set()
        doc.changed.connect(self._on_changed)

    def set_list_path(self, path: Path | None) -> None:
        if path != self.list_path:
            self.flagged = set()  # rows of another item's list: marked anew by the window
        self.list_path = path
        self._relabel()

    def items(self) -> list[Any]:
        if self.list_path is None:
            return []
        value = self.doc.get(self.list_path)
        return value if isinstance(value, list) else []

    def _shown(self, item: Any, row: int) -> str:
        text = self._label(item, row)
        return ("⚠ " + text) if row in self.flagged else text

    def _relabel(self) -> None:
        """Every row labelled anew (a reset: the view selects again, _after_reset)."""
        self.setStringList([self._shown(item, row) for row, item in enumerate(self.items())])

    def _relabel_row(self, row: int) -> None:
        items = self.items()
        if 0 <= row < len(items) and row < self.rowCount():
            index = self.index(row)
            shown = self._shown(items[row], row)
            if index.data() != shown:  # an edit the label does not show lays nothing out
                self.setData(index, shown)

    def flags(self, index: Index) -> Qt.ItemFlag:
        # Dragged to move; renamed in the form beside it, never in the list.
        base = QAbstractListModel.flags(self, index)
        if index.isValid():
            return base | Qt.ItemFlag.ItemIsDragEnabled
        return base | Qt.ItemFlag.ItemIsDropEnabled

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        mime = QMimeData()
        if indexes:
            mime.setData(_MIME, QByteArray(str(indexes[0].row()).encode()))
        return mime

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if self.list_path is None or not data.hasFormat(_MIME):
            return False
        source = int(bytes(data.data(_MIME).data()).decode())
        target = row if row >= 0 else (parent.row() if parent.isValid() else self.rowCount())
        if target > source:
            target -= 1
        target = min(max(target, 0), self.rowCount() - 1)
        self.doc.move_item(self.list_path, source, target)
        # The move is done: tell the view not to remove the dragged row itself.
        return False

    def _on_changed(self, path: Path) -> None:
        if self.list_path is None:
            return
        n = len(self.list_path)
        if path == self.list_path or self.list_path[: len(path)] == path:
            self._relabel()
        elif path[:n] == self.list_path and len(path) > n and isinstance(path[n], int):
            self._relabel_row(int(path[n]))

    def set_flagged(self, rows: set[int]) -> None:
        changed = rows ^ self.flagged
        self.flagged = rows
        for row in sorted(changed):
            self._relabel_row(row)


@dataclass(frozen=True)
class ListTexts:
    """What a list editor says, translated by its caller (whole phrases, so a language can
    word each one its own way): the list's name, its Add button, and the undo history's
    names for adding, removing and moving an item."""

    name: str
    add: str
    remove: str
    move: str


class ListEditor(QWidget):
    """A list of items with Add / Remove / Up / Down, and the form of the selected item."""

    current_changed = Signal(object)  # the selected item's path, or None

    def __init__(
        self,
        doc: PackDocument,
        texts: ListTexts,
        label: Callable[[Any, int], str],
        new_item: Callable[[int], Any],
        form: ItemForm,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.doc, self.texts, self._new_item, self.form = doc, texts, new_item, form
        self.model = SectionModel(doc, label, self)
        self.view = QListView(self)
        # Every row is one line of text: the view lays out a 20,000-phrase list from the first
        # row's height, not by asking each row for its size at every edit (6.7 s a keystroke).
        self.view.setUniformItemSizes(True)
        self.view.setModel(self.model)
        self.view.setAccessibleName(texts.name)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setDragEnabled(True)
        self.view.setAcceptDrops(True)
        self.view.setDropIndicatorShown(True)
        self.view.selectionModel().currentChanged.connect(lambda *_: self._on_current())
        self.model.modelReset.connect(self._after_reset)
        self.add_button = QPushButton(texts.add, self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.up_button = QPushButton(self.tr("Up"), self)
        self.down_button = QPushButton(self.tr("Down"), self)
        self.remove_button.setAccessibleName(texts.remove)
        self.up_button.setAccessibleName(self.tr("Move up (Ctrl+Up)"))
        self.down_button.setAccessibleName(self.tr("Move down (Ctrl+Down)"))
        self.up_button.setToolTip(self.tr("Move up (Ctrl+Up)"))
        self.down_button.setToolTip(self.tr("Move down (Ctrl+Down)"))
        self.add_button.clicked.connect(self.add_item)
        self.remove_button.clicked.connect(self.remove_item)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        for keys, step in (("Ctrl+Up", -1), ("Ctrl+Down", 1)):
            shortcut = QShortcut(QKeySequence(keys), self.view)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda s=step: self.move_current(s))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        left = QVBoxLayout()
        left.addWidget(self.view, 1)
        left.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)  # the page around it has the standard margins
        layout.addLayout(left, 2)
        layout.addWidget(form, 3)
        self._update_buttons()

    def set_list_path(self, path: Path | None) -> None:
        self.model.set_list_path(path)
        self.setEnabled(path is not None)

    def current_row(self) -> int:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else -1

    def select(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(row))
        self._on_current()

    def add_item(self) -> None:
        if self.model.list_path is None:
            return
        row = self.current_row() + 1 if self.current_row() >= 0 else self.model.rowCount()
        self.doc.insert_item(self.model.list_path, row, self._new_item(row), self.texts.add)
        self.form.setFocus()
        first = next((b.widget for b in self.form.bindings), None)
        if first is not None:
            first.setFocus()

    def remove_item(self) -> None:
        row = self.current_row()
        if row >= 0 and self.model.list_path is not None:
            self.doc.remove_item(self.model.list_path, row, self.texts.remove)

    def move_current(self, step: int) -> None:
        row = self.current_row()
        target = row + step
        if row >= 0 and 0 <= target < self.model.rowCount() and self.model.list_path:
            self.doc.move_item(self.model.list_path, row, target, self.texts.move)

    def _after_reset(self) -> None:
        # An item of this list added, removed or moved, or that undone or redone: the row the
        # edit names (PackDocument.landed). Otherwise a list laid out anew starts at its first.
        landing = self.doc.landing
        row = landing[1] if landing is not None and landing[0] == self.model.list_path else 0
        if row >= self.model.rowCount():
            row = self.model.rowCount() - 1
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row))
        self._on_current()

    def _on_current(self) -> None:
        row = self.current_row()
        path = (*self.model.list_path, row) if row >= 0 and self.model.list_path else None
        window = self.window()
        focused: QWidget | None = window.focusWidget()
        if focused is not None and not self.isAncestorOf(focused):
            focused = None  # elsewhere in the window: not this list's to move
        had_form = self.form.isEnabled()
        self.form.set_base(path)
        self._update_buttons()
        if focused is not None and (
            not focused.isEnabled()
            or window.focusWidget() is not focused
            or (had_form and not self.form.isEnabled())
        ):
            # The keyboard was in this list and what held it was just disabled: a field of the
            # form when the list is left empty (by Remove, an undo or a redo, whichever), or
            # Remove or Down on the last row. Qt would give the keyboard to nothing, or to
            # whatever comes next (the tabs of another part of the window); it stays with the
            # list, or goes to Add when the list is now empty.
            (self.view if self.model.rowCount() else self.add_button).setFocus()
        self.current_changed.emit(path)

    def _update_buttons(self) -> None:
        row = self.current_row()
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.model.rowCount() - 1)
