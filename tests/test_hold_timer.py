from __future__ import annotations

import pytest

from assistant.core.hold import HoldError, HoldTimer, format_duration


def test_a_hold_counts_elapsed_time_from_its_start() -> None:
    timer = HoldTimer(120)
    assert not timer.running
    assert timer.elapsed(50.0) == 0.0
    timer.start(100.0)
    assert timer.running
    assert timer.elapsed(165.5) == 65.5


def test_the_next_check_in_is_an_absolute_deadline_from_the_last_check_in() -> None:
    timer = HoldTimer(120)
    timer.start(1000.0)
    assert timer.next_check_in() == 1120.0
    assert timer.until_check_in(1100.0) == 20.0
    assert timer.until_check_in(1130.0) == -10.0  # overdue
    timer.check_in(1130.0)
    assert timer.next_check_in() == 1250.0


def test_ending_returns_the_record_and_resets() -> None:
    timer = HoldTimer(60)
    timer.start(10.0)
    timer.check_in(70.0)
    timer.check_in(125.0)
    record = timer.end(150.0)
    assert record.duration == 140.0
    assert record.check_ins == (70.0, 125.0)
    assert not timer.running
    assert timer.next_check_in() is None


def test_the_interval_is_never_above_two_minutes() -> None:
    assert HoldTimer(300).check_in_seconds == 120
    assert HoldTimer(45).check_in_seconds == 45


@pytest.mark.parametrize("action", ["check_in", "end"])
def test_actions_without_a_hold_are_refused(action: str) -> None:
    with pytest.raises(HoldError):
        getattr(HoldTimer(), action)(1.0)


def test_starting_twice_is_refused() -> None:
    timer = HoldTimer()
    timer.start(1.0)
    with pytest.raises(HoldError):
        timer.start(2.0)


@pytest.mark.parametrize(
    ("seconds", "shown"),
    [(0, "00:00"), (5.9, "00:05"), (65, "01:05"), (599, "09:59"), (3725, "1:02:05"), (-3, "00:00")],
)
def test_format_duration(seconds: float, shown: str) -> None:
    assert format_duration(seconds) == shown
