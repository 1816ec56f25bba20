"""The paste rules, without a desktop: what is typed where, what stays on the clipboard, and
what is never done (tests/pastefakes.py stands in for the platform)."""

from __future__ import annotations

import ctypes
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from assistant.paste import open_paster
from assistant.paste.abbreviations import Abbreviations
from assistant.paste.base import (
    DEFAULT_SHIFT_INSERT_APPS,
    Availability,
    PasteKeys,
    Reason,
    Target,
    Unavailable,
    keys_for,
    parse_app_list,
)
from assistant.paste.delivery import (
    FOCUS_WAIT_MS,
    READ_MAX_MS,
    RESTORE_FIXED_MS,
    Delivery,
    Outcome,
    Result,
)
from assistant.paste.x11 import keysym_char
from assistant.services.policy import load_policy
from tests.pastefakes import NOTEPAD, XTERM, FakeClipboard, FakePaster, FakeTimer

PHRASE = "Thank you for calling ACME, this is Alex."
BEFORE = "the agent's own copy"


class Setup:
    def __init__(self, paster: FakePaster | Unavailable | None = None, allowed: bool = True):
        self.paster = paster if paster is not None else FakePaster()
        self.clipboard = FakeClipboard(BEFORE)
        self.timer = FakeTimer()
        self.allowed = allowed
        self.own_keys: list[int] = []
        self.results: list[Result] = []
        self.delivery = Delivery(
            self.paster,
            self.clipboard,
            self.timer.later,
            allowed=lambda: self.allowed,
            shift_insert_apps=lambda: DEFAULT_SHIFT_INSERT_APPS,
            before_keys=self.own_keys.append,
        )

    def paste(self, text: str = PHRASE, target: Target | None = NOTEPAD, erase: int = 0) -> None:
        self.delivery.paste(text, target, self.results.append, erase=erase)

    @property
    def sent(self) -> list[tuple[PasteKeys, int]]:
        assert isinstance(self.paster, FakePaster)
        return self.paster.sent


# ------------------------------------------------------------------ delivery


def test_a_phrase_is_pasted_and_the_previous_clipboard_comes_back_once_read() -> None:
    s = Setup()
    s.paste()
    assert s.results == [Result(Outcome.PASTED, NOTEPAD)]
    assert s.sent == [(PasteKeys.CTRL_V, 0)]
    assert s.clipboard.text == PHRASE  # still there: the target has not asked for it yet
    s.timer.run(until=lambda: s.timer.elapsed >= READ_MAX_MS // 2)
    assert s.clipboard.text == PHRASE  # a slow target still gets the phrase, not the old copy
    s.clipboard.target_reads()
    s.timer.run()
    assert s.clipboard.text == BEFORE
    assert s.timer.elapsed < READ_MAX_MS + 200  # put back soon after the read


def test_nothing_is_typed_when_another_window_keeps_the_focus() -> None:
    s = Setup()
    assert isinstance(s.paster, FakePaster)
    s.paster.focus_after = None  # a dialog popped up in the meantime and holds the focus
    s.paste()
    s.timer.run()
    assert s.sent == []
    assert s.results == [Result(Outcome.CHANGED, NOTEPAD)]
    assert s.clipboard.text == PHRASE  # the phrase stays for the agent to paste by hand
    assert s.timer.elapsed >= FOCUS_WAIT_MS  # it waited for the focus before giving up


def test_nothing_is_typed_into_a_window_closed_meanwhile() -> None:
    s = Setup()
    assert isinstance(s.paster, FakePaster)
    s.paster.exists = False
    s.paste()
    s.timer.run()
    assert s.sent == [] and s.paster.activated == []
    assert s.results == [Result(Outcome.GONE, NOTEPAD)]
    assert s.clipboard.text == PHRASE


def test_nothing_is_typed_when_the_window_closes_while_the_focus_comes_back() -> None:
    s = Setup()
    assert isinstance(s.paster, FakePaster)
    s.paster.focus_after = 3
    s.paster.closes_after = 2
    s.paste()
    s.timer.run()
    assert s.sent == []
    assert s.results == [Result(Outcome.GONE, NOTEPAD)]
    assert s.clipboard.text == PHRASE


def test_the_focus_may_take_a_moment_to_come_back() -> None:
    s = Setup()
    assert isinstance(s.paster, FakePaster)
    s.paster.focus_after = 10  # a window manager that takes its time
    s.paste()
    assert s.results == []  # not yet
    s.timer.run(until=lambda: bool(s.results))
    assert s.results == [Result(Outcome.PASTED, NOTEPAD)]
    assert s.sent == [(PasteKeys.CTRL_V, 0)]


def test_the_it_policy_switches_pasting_off_and_says_so_once() -> None:
    s = Setup(allowed=False)
    s.paste()
    s.paste("second")
    assert s.sent == []
    assert isinstance(s.paster, FakePaster) and s.paster.activated == []
    assert [r.outcome for r in s.results] == [Outcome.UNAVAILABLE, Outcome.UNAVAILABLE]
    assert [r.reason for r in s.results] == [Reason.POLICY, Reason.POLICY]
    assert [r.first_time for r in s.results] == [True, False]
    assert s.clipboard.text == "second"  # copied instead
    assert s.delivery.foreground() is None  # not even remembered for pasting


def test_terminals_get_shift_insert_and_the_primary_selection() -> None:
    s = Setup(FakePaster(XTERM))
    s.paste(target=XTERM)
    assert s.sent == [(PasteKeys.SHIFT_INSERT, 0)]
    assert s.clipboard.puts == [(PHRASE, True)]  # xterm's Shift+Insert pastes PRIMARY


def test_wayland_copies_and_says_so_once() -> None:
    s = Setup(Unavailable(Reason.WAYLAND))
    assert s.delivery.foreground() is None
    s.paste(target=None)
    s.paste("again", target=None)
    assert [(r.outcome, r.reason, r.first_time) for r in s.results] == [
        (Outcome.UNAVAILABLE, Reason.WAYLAND, True),
        (Outcome.UNAVAILABLE, Reason.WAYLAND, False),
    ]
    assert s.clipboard.text == "again"


def test_without_a_window_to_go_back_to_the_phrase_is_copied() -> None:
    s = Setup()
    s.paste(target=None)
    assert s.results == [Result(Outcome.NO_TARGET)]
    assert s.clipboard.text == PHRASE


def test_something_copied_meanwhile_is_not_overwritten_by_the_put_back() -> None:
    s = Setup()
    s.paste()
    s.clipboard.target_reads()
    s.clipboard.text = "copied by the agent in between"
    s.timer.run()
    assert s.clipboard.text == "copied by the agent in between"


def test_two_pastes_in_a_row_put_back_what_was_there_before_both() -> None:
    s = Setup()
    s.paste("first")
    s.clipboard.target_reads()
    s.paste("second")  # before the first put-back
    s.clipboard.target_reads()
    s.timer.run()
    assert s.sent == [(PasteKeys.CTRL_V, 0), (PasteKeys.CTRL_V, 0)]
    assert s.clipboard.text == BEFORE  # not "first"


def test_a_paste_that_fails_after_another_keeps_the_new_phrase() -> None:
    s = Setup()
    s.paste("first")
    assert isinstance(s.paster, FakePaster)
    s.paster.exists = False
    s.paste("second")
    s.timer.run()
    assert s.clipboard.text == "second"  # no put-back replaces it


def test_where_reads_cannot_be_seen_the_put_back_waits_a_fixed_time() -> None:
    s = Setup()
    s.clipboard.tells_reads = False  # Windows
    s.paste()
    s.timer.run(until=lambda: s.timer.elapsed >= RESTORE_FIXED_MS - 50)
    assert s.clipboard.text == PHRASE
    s.timer.run()
    assert s.clipboard.text == BEFORE


def test_a_target_that_never_reads_still_gets_the_clipboard_put_back() -> None:
    s = Setup()
    s.paste()
    s.timer.run()
    assert s.clipboard.text == BEFORE
    assert s.timer.elapsed >= READ_MAX_MS


def test_an_empty_clipboard_is_empty_again_afterwards() -> None:
    s = Setup()
    s.clipboard.text = None
    s.paste()
    s.clipboard.target_reads()
    s.timer.run()
    assert s.clipboard.text is None


def test_an_abbreviation_is_erased_before_its_phrase_and_our_keys_are_announced() -> None:
    s = Setup()
    s.paste(erase=len(";sorry"))
    assert s.sent == [(PasteKeys.CTRL_V, 6)]
    assert s.own_keys == [6 + 2]  # six BackSpaces, Ctrl and V


def test_copy_only_keeps_the_phrase() -> None:
    s = Setup()
    s.paste("first")
    assert s.delivery.copy("copied") == Result(Outcome.COPIED)
    s.clipboard.target_reads()
    s.timer.run()
    assert s.clipboard.text == "copied"
    assert s.sent == [(PasteKeys.CTRL_V, 0)]


# ------------------------------------------------------------------ per program


def test_the_default_list_gives_terminals_shift_insert() -> None:
    def keys(app: str, name: str) -> PasteKeys:
        return keys_for(Target(1, 1, app, name, 1), DEFAULT_SHIFT_INSERT_APPS)

    assert keys("XTerm", "xterm") is PasteKeys.SHIFT_INSERT
    assert keys("Gnome-terminal", "gnome-terminal-server") is PasteKeys.SHIFT_INSERT
    assert keys("konsole", "konsole") is PasteKeys.SHIFT_INSERT
    assert keys("ConsoleWindowClass", "cmd.exe") is PasteKeys.SHIFT_INSERT
    assert keys("CASCADIA_HOSTING_WINDOW_CLASS", "WindowsTerminal.exe") is PasteKeys.SHIFT_INSERT
    assert keys("PuTTY", "PUTTY.EXE") is PasteKeys.SHIFT_INSERT
    assert keys("Notepad", "notepad.exe") is PasteKeys.CTRL_V
    assert keys("firefox", "Navigator") is PasteKeys.CTRL_V
    assert keys("", "") is PasteKeys.CTRL_V


def test_an_agent_can_name_their_own_programs() -> None:
    apps = parse_app_list(" Salesforce.exe;  xterm,\nxterm ,, ")
    assert apps == ("Salesforce.exe", "xterm")
    assert keys_for(Target(1, 1, "Chrome_WidgetWin_1", "salesforce.exe", 1), apps) is (
        PasteKeys.SHIFT_INSERT
    )
    assert keys_for(Target(1, 1, "XTerm", "xterm", 1), ()) is PasteKeys.CTRL_V


@pytest.mark.parametrize(
    ("platform", "environ", "reason"),
    [
        ("wayland", {}, Reason.WAYLAND),
        ("wayland-egl", {}, Reason.WAYLAND),
        ("xcb", {"WAYLAND_DISPLAY": "wayland-0"}, Reason.WAYLAND),  # XWayland
        ("xcb", {"XDG_SESSION_TYPE": "wayland"}, Reason.WAYLAND),
        ("offscreen", {}, Reason.NO_DISPLAY),
        ("minimal", {}, Reason.NO_DISPLAY),
    ],
)
def test_where_a_program_may_not_type_into_another_nothing_is_offered(
    platform: str, environ: dict[str, str], reason: Reason
) -> None:
    if sys.platform in ("win32", "darwin"):
        pytest.skip("the Linux platforms")
    paster = open_paster(platform, environ)
    assert paster.availability() == Availability(False, reason, paster.availability().detail)
    assert paster.foreground() is None


def test_macos_is_not_offered() -> None:
    assert open_paster("cocoa", {}).availability().reason is Reason.MACOS


def test_x11_without_a_display_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    if sys.platform != "linux":
        pytest.skip("X11")
    monkeypatch.setenv("DISPLAY", ":987654")  # no such server
    paster = open_paster("xcb", {})
    availability = paster.availability()
    assert not availability.ok and availability.reason is Reason.NO_DISPLAY
    assert paster.foreground() is None and not paster.activate(NOTEPAD)
    paster.close()


# ------------------------------------------------------------------ abbreviations


def test_an_abbreviation_matches_where_it_is_typed() -> None:
    matched: list[str] = []
    abbreviations = Abbreviations(matched.append)
    abbreviations.set_shortcuts([";sorry", ";hi", "brb", " ", ""])
    for char in "Hello;sorrx":
        abbreviations.typed(char)
    abbreviations.erased()
    abbreviations.typed("y")
    assert matched == [";sorry"]
    assert abbreviations.held == 0  # emptied at the match


def test_a_move_of_the_cursor_forgets_what_was_typed() -> None:
    matched: list[str] = []
    abbreviations = Abbreviations(matched.append)
    abbreviations.set_shortcuts([";sorry"])
    for char in ";sor":
        abbreviations.typed(char)
    abbreviations.moved()  # a click, an arrow key, another window
    for char in "ry":
        abbreviations.typed(char)
    assert matched == []


def test_a_word_shortcut_does_not_fire_inside_a_word() -> None:
    matched: list[str] = []
    abbreviations = Abbreviations(matched.append)
    abbreviations.set_shortcuts(["brb"])
    for char in "sbrb":
        abbreviations.typed(char)
    assert matched == []
    for char in " brb":
        abbreviations.typed(char)
    assert matched == ["brb"]


def test_without_shortcuts_nothing_typed_is_held() -> None:
    abbreviations = Abbreviations(lambda _s: None)
    for char in "card number 4111":
        abbreviations.typed(char)
    assert abbreviations.held == 0


@given(st.text(max_size=200))
def test_never_more_than_the_longest_shortcut_is_held(typed: str) -> None:
    abbreviations = Abbreviations(lambda _s: None)
    abbreviations.set_shortcuts([";hi", ";patience", "x" * 100])  # too long: not watched
    for char in typed:
        abbreviations.typed(char)
        assert abbreviations.held <= len(";patience") + 1


def test_keysyms_become_the_characters_they_type() -> None:
    assert keysym_char(ord("a")) == "a"
    assert keysym_char(ord(";")) == ";"
    assert keysym_char(0xE9) == "é"  # eacute
    assert keysym_char(0x010020AC) == "€"  # EuroSign
    assert keysym_char(0xFFB3) == "3"  # KP_3
    assert keysym_char(0xFF0D) is None  # Return
    assert keysym_char(0xFF51) is None  # Left


# ------------------------------------------------------------------ the IT policy


def test_the_policy_can_switch_pasting_and_abbreviations_off(tmp_path: Path) -> None:
    policy = tmp_path / "policy.ini"
    assert load_policy(policy).paste_allowed and load_policy(policy).abbreviations_allowed
    policy.write_text("[paste]\nabbreviations = false\n", encoding="utf-8")
    assert load_policy(policy).paste_allowed and not load_policy(policy).abbreviations_allowed
    policy.write_text("[paste]\nenabled = no\nabbreviations = yes\n", encoding="utf-8")
    off = load_policy(policy)
    assert not off.paste_allowed and not off.abbreviations_allowed  # no pasting, no expanding
    policy.write_text("[paste]\nenabled = perhaps\n", encoding="utf-8")
    assert not load_policy(policy).paste_allowed  # a value IT mistyped counts as off
    policy.write_bytes(b"[paste\n\xff")
    unreadable = load_policy(policy)
    assert unreadable.problem and not unreadable.paste_allowed  # fail closed


# ------------------------------------------------------------------ Windows, checked here


def test_the_windows_structures_have_the_sizes_user32_expects() -> None:
    from assistant.paste import windows

    pointer = ctypes.sizeof(ctypes.c_void_p)
    assert ctypes.sizeof(windows.INPUT) == (40 if pointer == 8 else 28)
    assert ctypes.sizeof(windows.KBDLLHOOKSTRUCT) == (24 if pointer == 8 else 20)
    assert ctypes.sizeof(windows.GUITHREADINFO) == (72 if pointer == 8 else 48)


def test_windows_presses_the_paste_keys_after_releasing_held_ones() -> None:
    from assistant.paste import windows

    inputs = windows.paste_inputs(PasteKeys.SHIFT_INSERT, 2, [windows.VK_LSHIFT])
    keys = [(i.u.ki.wVk, bool(i.u.ki.dwFlags & windows.KEYEVENTF_KEYUP)) for i in inputs]
    assert keys == [
        (windows.VK_LSHIFT, True),
        (windows.VK_BACK, False), (windows.VK_BACK, True),
        (windows.VK_BACK, False), (windows.VK_BACK, True),
        (windows.VK_SHIFT, False), (windows.VK_INSERT, False),
        (windows.VK_INSERT, True), (windows.VK_SHIFT, True),
    ]  # fmt: skip
    assert all(i.u.ki.dwExtraInfo == windows.OWN_INPUT for i in inputs)
    assert all(i.type == windows.INPUT_KEYBOARD for i in inputs)
    ctrl_v = windows.paste_inputs(PasteKeys.CTRL_V, 0, [])
    assert [i.u.ki.wVk for i in ctrl_v] == [windows.VK_CONTROL, windows.VK_V] * 1 + [
        windows.VK_V,
        windows.VK_CONTROL,
    ]


def test_the_windows_paster_is_windows_only() -> None:
    if sys.platform == "win32":
        pytest.skip("runs on Windows in the release workflow")
    from assistant.paste.windows import WindowsPaster

    with pytest.raises(OSError):
        WindowsPaster()
