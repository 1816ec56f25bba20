"""Pasting where the agent is typing, wired to the window: the quick search popup that the
system-wide shortcut opens, Enter in the main window (when set to paste), and abbreviations.

The steps and their safety rules are Qt-free (assistant/paste/); this module hands them Qt's
clipboard and timers, the window's phrases (search, the customer mood, filling in, use
counts) and the settings and IT policy, and words the outcome for the agent. Nothing is built
until first used: the popup when the shortcut is first pressed, the key watcher only when
abbreviations are switched on.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import QAbstractNativeEventFilter, QByteArray, QObject, QPoint, QTimer
from PySide6.QtGui import QGuiApplication

from assistant.ui.i18n import arg

if TYPE_CHECKING:
    from PySide6.QtCore import QSocketNotifier
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QWidget

    from assistant.core.model import Ref
    from assistant.paste.abbreviations import Abbreviations
    from assistant.paste.base import KeyWatcher, Target
    from assistant.paste.delivery import Delivery, Result
    from assistant.services.policy import Policy
    from assistant.store.rows import PhraseRow
    from assistant.ui.copying import Filled
    from assistant.ui.main_window import MainWindow
    from assistant.ui.quick_search import QuickSearch

log = logging.getLogger(__name__)

POLL_PREVIOUS_MS = 1000  # while the window is in the background, with Enter set to paste
SELECTION_REQUEST = 30  # X11's SelectionRequest event: a program asks for the clipboard


class _Saved(NamedTuple):
    text: str | None
    image: QImage | None
    selection: str | None


class QtClipboard:
    """The system clipboard through Qt (delivery.Clipboard): plain text in, and back out.

    What it holds before a paste is put back as text, or as an image; other formats (rich
    text, files) come back as their plain text when they have one, and are lost otherwise.
    setText/setImage, never a Python-made QMimeData (PySide6 6.11 frees that twice at exit).
    """

    def __init__(self) -> None:
        from PySide6.QtGui import QClipboard

        self._clipboard = QGuiApplication.clipboard()
        self._selection_mode = QClipboard.Mode.Selection
        self._reads: _SelectionReads | None = None
        self._selection_set = False

    def save(self) -> object:
        clipboard = self._clipboard
        mime = clipboard.mimeData()
        text = clipboard.text() if mime is not None and mime.hasText() else None
        image = None
        if text is None and mime is not None and mime.hasImage():
            image = clipboard.image()
        selection = None
        if clipboard.supportsSelection():
            selection = clipboard.text(self._selection_mode) or None
        return _Saved(text, image, selection)

    def put(self, text: str, selection: bool = False) -> None:
        self._clipboard.setText(text)
        self._selection_set = selection and self._clipboard.supportsSelection()
        if self._selection_set:
            self._clipboard.setText(text, self._selection_mode)
        self._count_reads()

    def holds(self, text: str) -> bool:
        return self._clipboard.text() == text

    def restore(self, saved: object) -> None:
        self._stop_counting()
        assert isinstance(saved, _Saved)
        if saved.text is not None:
            self._clipboard.setText(saved.text)
        elif saved.image is not None:
            self._clipboard.setImage(saved.image)
        else:
            self._clipboard.clear()
        if self._selection_set:
            if saved.selection is not None:
                self._clipboard.setText(saved.selection, self._selection_mode)
            else:
                self._clipboard.clear(self._selection_mode)
            self._selection_set = False

    def reads(self) -> int | None:
        return self._reads.count if self._reads is not None else None

    def _count_reads(self) -> None:
        # X11 only: a program pastes by asking the owner (us) for the text. Counting those
        # requests tells when the target has read it, so the put-back never comes first.
        self._stop_counting()
        if QGuiApplication.platformName() != "xcb":
            return
        app = QGuiApplication.instance()
        if app is not None:
            self._reads = _SelectionReads()
            app.installNativeEventFilter(self._reads)

    def _stop_counting(self) -> None:
        app = QGuiApplication.instance()
        if self._reads is not None and app is not None:
            app.removeNativeEventFilter(self._reads)
        self._reads = None


class _SelectionReads(QAbstractNativeEventFilter):
    """Counts the X11 SelectionRequest events Qt receives (installed only during a paste)."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def nativeEventFilter(
        self, event_type: QByteArray | bytes | bytearray | memoryview, message: int
    ) -> Any:
        kind = event_type.data() if isinstance(event_type, QByteArray) else bytes(event_type)
        if kind == b"xcb_generic_event_t" and message:
            import ctypes

            if ctypes.c_uint8.from_address(int(message)).value & 0x7F == SELECTION_REQUEST:
                self.count += 1
        return False, 0


def logical_point(x: int, y: int) -> QPoint:
    """A point in the platform's physical pixels (Windows' caret) in Qt's coordinates: each
    screen keeps its origin and scales what is inside it by its pixel ratio."""
    for screen in QGuiApplication.screens():
        geometry = screen.geometry()
        ratio = screen.devicePixelRatio()
        left, top = geometry.left(), geometry.top()
        width, height = geometry.width() * ratio, geometry.height() * ratio
        if left <= x < left + width and top <= y < top + height:
            return QPoint(left + round((x - left) / ratio), top + round((y - top) / ratio))
    return QPoint(x, y)


class QuickPaste(QObject):
    """Everything pasting needs, made once for the window (ui/desktop.py makes it)."""

    def __init__(
        self,
        window: MainWindow,
        *,
        policy: Callable[[], Policy] | None = None,
        delivery: Delivery | None = None,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._settings = window.settings
        self._policy = policy or _load_policy
        self._delivery = delivery
        self._popup: QuickSearch | None = None
        self._target: Target | None = None
        self._erase = 0
        self._previous: Target | None = None
        self._abbreviations: Abbreviations | None = None
        self._watcher: KeyWatcher | None = None
        self._notifier: QSocketNotifier | None = None
        self._shortcut_phrases: dict[str, PhraseRow] = {}
        # What the agent typed in the fill-in form for a phrase on its way (for the count).
        self._filled: dict[Ref, Filled] = {}
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_PREVIOUS_MS)
        self._poll.timeout.connect(self._remember_previous)
        window.enter_pastes = self.paste_from_window
        self._settings.changed.connect(self._on_setting)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._on_application_state)
            app.aboutToQuit.connect(self.shutdown)

    # ------------------------------------------------------------------ the pieces

    @property
    def delivery(self) -> Delivery:
        if self._delivery is None:
            from assistant.paste import open_paster
            from assistant.paste.delivery import Delivery

            paster = open_paster(QGuiApplication.platformName())
            availability = paster.availability()
            if not availability.ok and availability.detail:
                log.info("pasting into other programs is off: %s", availability.detail)
            self._delivery = Delivery(
                paster,
                QtClipboard(),
                self._later,
                allowed=lambda: self._policy().paste_allowed,
                shift_insert_apps=lambda: self._settings.shift_insert_apps,
                before_keys=self._own_keys,
            )
        return self._delivery

    def _later(self, milliseconds: int, function: Callable[[], None]) -> None:
        QTimer.singleShot(milliseconds, self, function)

    @property
    def popup(self) -> QuickSearch:
        if self._popup is None:
            from assistant.ui.quick_search import QuickSearch
            from assistant.ui.search_runner import SearchRunner

            window = self._window
            self._popup = QuickSearch(
                SearchRunner(window.kb),
                lambda: (window.campaigns.current_ref(), window.personas.current()),
                self._fill,
                self._preview,
            )
            self._popup.chosen.connect(self._on_chosen)
            self._popup.dismissed.connect(self._on_dismissed)
        return self._popup

    def _fill(self, phrase: PhraseRow, parent: QWidget | None = None) -> str | None:
        """The phrase as it will be pasted (the phrase service fills it; the fill-in form asks
        over ``parent`` for what only the agent knows); None if the agent cancelled."""
        filled = self._window.copier.fill(phrase, parent)
        if filled is None:
            return None
        self._filled[phrase.ref] = filled
        return filled.text

    def _preview(self, phrase: PhraseRow) -> str:
        return self._window.services.phrases.fill(phrase)

    def _used(self, phrase: PhraseRow) -> None:
        filled = self._filled.pop(phrase.ref, None)
        self._window.services.phrases.copied(phrase, filled.values if filled else None)

    # ------------------------------------------------------------------ the shortcut

    def hotkey_pressed(self) -> None:
        """The system-wide shortcut: the quick search popup over the program the agent is in;
        in our own window, its search box as before; pressed again, it closes the popup."""
        if self._popup is not None and self._popup.isVisible():
            self._popup.dismiss(escaped=True)
            return
        if self._window.isActiveWindow():
            self._window.bring_to_search()
            return
        # Remembered even when the IT policy forbids pasting: Escape still gives it the focus
        # back (Enter then copies).
        paster = self.delivery.paster
        target = paster.foreground() if paster.availability().ok else None
        if target is not None and target.pid == os.getpid():
            self._window.bring_to_search()
            return
        self.open_popup(target)

    def open_popup(
        self, target: Target | None, *, query: str = "", select: Any = None, erase: int = 0
    ) -> None:
        self._target = target
        self._erase = erase
        can_paste = target is not None and self.delivery.availability().ok
        near = None
        if target is not None:
            caret = self.delivery.paster.caret(target)
            if caret is not None:
                near = logical_point(*caret)
        self.popup.open(
            target.label if target is not None else "",
            can_paste,
            query=query,
            select=select,
            near=near,
        )

    def _on_chosen(self, phrase: PhraseRow, text: str, paste: bool) -> None:
        self._used(phrase)
        popup = self.popup
        delivery = self.delivery
        target, erase = self._target, self._erase
        self._erase = 0
        if not paste:
            delivery.copy(text)
            self._leave(target)
            self._status(arg(self.tr("Copied: %1"), phrase.title))
            return
        going = target is not None and delivery.availability().ok
        told: list[Result] = []

        def done(result: Result) -> None:
            told.append(result)
            message = self.explain(result)
            if result.pasted:
                self._status(arg(self.tr("Pasted into %1: %2"), _label(result), phrase.title))
            elif message:
                popup.say(message)
                self._status(message)
            else:
                self._leave(target)
                self._status(arg(self.tr("Copied: %1"), phrase.title))

        delivery.paste(text, target, done, erase=erase)
        # Hidden once the target was asked to take the focus back, not before: on Windows
        # only the program in front may hand the focus on, and the popup is what is in front.
        if going and (not told or told[0].pasted):
            popup.hide()

    def _leave(self, target: Target | None) -> None:
        """Close the popup, the focus back where the agent was (asked for first, for the same
        reason)."""
        self._give_focus_back(target)
        self.popup.hide()

    def _on_dismissed(self, escaped: bool) -> None:
        if escaped:
            self._give_focus_back(self._target)

    def _give_focus_back(self, target: Target | None) -> None:
        paster = self.delivery.paster
        if target is not None and paster.availability().ok and paster.still_there(target):
            paster.activate(target)

    def explain(self, result: Result) -> str:
        """What the agent is told when a phrase was not pasted; '' when there is no news (it
        was pasted, or copied where pasting is off and the agent was told so before)."""
        from assistant.paste.base import Reason
        from assistant.paste.delivery import Outcome

        outcome = result.outcome
        if outcome is Outcome.PASTED or outcome is Outcome.COPIED:
            return ""
        where = _label(result)
        if outcome is Outcome.GONE:
            return arg(self.tr("Not pasted: %1 was closed. The phrase is on the clipboard."), where)
        if outcome is Outcome.CHANGED:
            return arg(
                self.tr(
                    "Not pasted: %1 did not get the focus back (another window has it). The "
                    "phrase is on the clipboard."
                ),
                where,
            )
        if outcome is Outcome.NO_TARGET:
            return self.tr(
                "Copied: there was no window to paste into. Paste it with Ctrl+V where you want it."
            )
        if not result.first_time:
            return ""
        if result.reason is Reason.POLICY:
            return self.tr(
                "Copied, not pasted: your IT policy switches pasting into other programs off. "
                "Paste it with Ctrl+V."
            )
        if result.reason is Reason.WAYLAND:
            return self.tr(
                "Copied, not pasted: on Wayland a program may not type into another one. "
                "Paste it with Ctrl+V."
            )
        if result.reason is Reason.MACOS:
            return self.tr(
                "Copied, not pasted: pasting into other programs is not built in on macOS. "
                "Paste it with Cmd+V."
            )
        return self.tr(
            "Copied, not pasted: this desktop does not let Agent Assistant press keys (the log "
            "says why). Paste it with Ctrl+V."
        )

    def _status(self, message: str) -> None:
        self._window.statusBar().showMessage(message, 6000)

    # ------------------------------------------------------------------ Enter in the window

    def paste_from_window(self, phrase: PhraseRow) -> bool:
        """Enter in the library, set to paste: into the program the agent was in before the
        window. False when set to copy (the window copies, as always)."""
        if self._settings.enter_in_window != "paste":
            return False
        window = self._window
        text = self._fill(phrase)
        if text is None:
            window.library.filter.setFocus()
            return True
        self._used(phrase)

        def done(result: Result) -> None:
            if result.pasted:
                message = arg(self.tr("Pasted into %1: %2"), _label(result), phrase.title)
            else:
                message = self.explain(result) or arg(self.tr("Copied: %1"), phrase.title)
            window.statusBar().showMessage(message, 8000)
            window.library.toast.show_message(message, 4000)

        self.delivery.paste(text, self._previous, done)
        return True

    def _on_application_state(self, state: object) -> None:
        from PySide6.QtCore import Qt

        if self._settings.enter_in_window != "paste":
            self._poll.stop()
            return
        if state == Qt.ApplicationState.ApplicationActive:
            self._poll.stop()
        else:
            # The agent went to another program: remember which (and keep up while away).
            QTimer.singleShot(150, self, self._remember_previous)
            self._poll.start()

    def _remember_previous(self) -> None:
        target = self.delivery.foreground()
        if target is not None and target.pid != os.getpid():
            self._previous = target

    @property
    def previous(self) -> Target | None:
        """The program Enter in the window pastes into."""
        return self._previous

    # ------------------------------------------------------------------ abbreviations

    def start(self) -> None:
        """Once the window shows: abbreviations, when switched on (and allowed)."""
        self._update_abbreviations()

    def _on_setting(self, key: str) -> None:
        if key == "paste/abbreviations":
            self._update_abbreviations()

    def _update_abbreviations(self) -> None:
        wanted = self._settings.abbreviations
        if wanted and not self._policy().abbreviations_allowed:
            log.info("abbreviations are switched off by the IT policy")
            wanted = False
        if wanted and not self.delivery.availability().ok:
            wanted = False
        if not wanted:
            self._stop_abbreviations()
            return
        if self._watcher is not None:
            return
        from PySide6.QtCore import QSocketNotifier

        from assistant.paste import open_key_watcher
        from assistant.paste.abbreviations import Abbreviations

        abbreviations = Abbreviations(self._on_abbreviation)
        try:
            watcher = open_key_watcher(QGuiApplication.platformName(), abbreviations)
        except OSError as error:
            log.warning("abbreviations cannot be watched here: %s", error)
            return
        self._abbreviations = abbreviations
        self._watcher = watcher
        if watcher.fd >= 0:
            self._notifier = QSocketNotifier(watcher.fd, QSocketNotifier.Type.Read, self)
            self._notifier.activated.connect(watcher.process)
        window = self._window
        window.campaigns.campaign_changed.connect(self._load_shortcuts)
        window.events.changed.connect(self._load_shortcuts)
        self._load_shortcuts()
        watcher.process()  # replies may be queued before the notifier watches
        # What is typed is never logged; that the watch runs, is.
        log.info("abbreviations on: %d shortcuts watched", len(self._shortcut_phrases))

    def _stop_abbreviations(self) -> None:
        if self._watcher is None:
            return
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        self._watcher.close()
        self._watcher = None
        self._abbreviations = None
        self._shortcut_phrases = {}
        window = self._window
        window.campaigns.campaign_changed.disconnect(self._load_shortcuts)
        window.events.changed.disconnect(self._load_shortcuts)

    def _load_shortcuts(self, *_args: object) -> None:
        if self._abbreviations is None:
            return
        phrases: dict[str, PhraseRow] = {}
        # A team pack's phrase comes before the built-in one with the same shortcut.
        for phrase in self._window.kb.campaign_phrases(self._window.campaigns.current_ref()):
            if phrase.shortcut and phrase.shortcut.strip():
                phrases.setdefault(phrase.shortcut.strip(), phrase)
        self._shortcut_phrases = phrases
        self._abbreviations.set_shortcuts(phrases)

    @property
    def abbreviations_on(self) -> bool:
        return self._watcher is not None

    def _own_keys(self, presses: int) -> None:
        if self._watcher is not None:
            self._watcher.ignore_own_input(presses)

    def _on_abbreviation(self, shortcut: str) -> None:
        # Called from inside the key watcher (Xlib or a Windows hook): act once it returned.
        QTimer.singleShot(0, self, lambda: self.expand(shortcut))

    def expand(self, shortcut: str) -> None:
        """Replace the abbreviation just typed with its phrase; a phrase that needs values
        opens the popup with the phrase chosen, and the abbreviation is replaced on Enter."""
        phrase = self._shortcut_phrases.get(shortcut)
        if phrase is None:
            return
        target = self.delivery.foreground()
        if target is None or target.pid == os.getpid():
            return  # typed in our own window: the search box finds shortcuts itself
        phrases = self._window.services.phrases
        if not phrases.needs(phrase).complete:  # values only the agent knows: asked first
            self.open_popup(target, query=shortcut, select=phrase.ref, erase=len(shortcut))
            return
        text = phrases.fill(phrase)
        self._used(phrase)

        def done(result: Result) -> None:
            if not result.pasted:
                self._status(self.explain(result) or arg(self.tr("Copied: %1"), phrase.title))

        self.delivery.paste(text, target, done, erase=len(shortcut))

    # ------------------------------------------------------------------ the end

    def shutdown(self) -> None:
        self._stop_abbreviations()
        self._poll.stop()
        if self._popup is not None:
            self._popup.shutdown()
            self._popup.hide()
        if self._delivery is not None:
            self._delivery.paster.close()


def _load_policy() -> Policy:
    from assistant.services.policy import load_policy

    return load_policy()


def _label(result: Result) -> str:
    return result.target.label if result.target is not None else ""
