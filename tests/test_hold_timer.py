"""The hold timer state machine, driven by a simulated clock: no test waits for real time."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.core.hold import (
    MAX_LEVEL,
    REPEAT_SECONDS,
    WARNING_SECONDS,
    HoldError,
    HoldTimer,
    Nag,
    Phase,
    format_duration,
    lateness,
    on_time,
)


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
    record = timer.check_in(1130.0)
    assert record.due == 1120.0 and record.late == 10.0
    assert timer.next_check_in() == 1250.0
    assert timer.check_in(1200.0).late == 0.0  # early: not late at all


def test_ending_returns_the_record_and_resets() -> None:
    timer = HoldTimer(60)
    timer.start(10.0)
    timer.check_in(70.0)
    timer.check_in(125.0)
    record = timer.end(150.0)
    assert record.duration == 140.0
    assert [c.at for c in record.check_ins] == [70.0, 125.0]
    assert not timer.running
    assert timer.next_check_in() is None
    assert timer.phase(150.0) is Phase.IDLE and timer.next_wakeup(150.0) is None


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


def test_amber_in_the_last_seconds_red_at_the_point_and_gently_escalating() -> None:
    timer = HoldTimer(120)
    timer.start(0.0)
    assert timer.phase(104.9) is Phase.WAITING
    assert timer.phase(120.0 - WARNING_SECONDS) is Phase.WARNING
    assert timer.phase(119.99) is Phase.WARNING
    assert timer.phase(120.0) is Phase.DUE
    assert timer.level(119.0) == 0
    assert timer.level(120.0) == 1
    assert timer.level(120.0 + REPEAT_SECONDS) == 2
    assert timer.level(120.0 + 10 * REPEAT_SECONDS) == MAX_LEVEL
    timer.check_in(130.0)
    assert timer.phase(131.0) is Phase.WAITING and timer.level(131.0) == 0


def test_the_timer_names_each_wakeup_warning_point_then_every_repeat() -> None:
    timer = HoldTimer(120)
    timer.start(0.0)
    assert timer.next_wakeup(0.0) == 105.0  # the amber warning
    assert timer.poll(105.0) is None
    assert timer.next_wakeup(105.0) == 120.0
    nag = timer.poll(120.0)
    assert nag == Nag(120.0, 0, 1, 120.0)
    assert timer.poll(120.0) is None  # handed out once
    assert timer.next_wakeup(120.0) == 150.0
    assert timer.poll(149.0) is None
    second = timer.poll(150.0)
    assert second is not None and (second.nth, second.level) == (1, 2)


def test_sleep_fires_one_catch_up_nag_not_a_burst() -> None:
    timer = HoldTimer(120)
    timer.start(0.0)
    # The laptop sleeps from t=60 and wakes an hour later: dozens of points passed.
    assert timer.poll(60.0) is None
    nag = timer.poll(3660.0)
    assert nag is not None and nag.catch_up
    assert nag.nth == (3660 - 120) // 30 and nag.skipped == nag.nth
    assert nag.level == MAX_LEVEL
    assert timer.poll(3660.0) is None and timer.poll(3661.0) is None
    # Reminders go on from the regular points, not re-armed from the wake-up moment.
    assert timer.next_wakeup(3661.0) == 120.0 + (nag.nth + 1) * 30.0


def test_resume_keeps_the_start_and_counts_from_the_last_check_in() -> None:
    timer = HoldTimer(120)
    timer.resume(started=1000.0, last_check_in=1100.0)
    assert timer.elapsed(1150.0) == 150.0
    assert timer.next_check_in() == 1220.0
    overdue = HoldTimer(120)
    overdue.resume(started=0.0)
    nag = overdue.poll(500.0)
    assert nag is not None and nag.catch_up


def test_changing_the_interval_never_allows_more_than_two_minutes() -> None:
    timer = HoldTimer(60)
    timer.check_in_seconds = 500
    assert timer.check_in_seconds == 120


def _expected_nags(anchor: float, interval: int, until: float, repeat: float) -> list[float]:
    """Every reminder point of one interval that lies before the agent's next action."""
    points = []
    k = 0
    while anchor + interval + k * repeat < until:
        points.append(anchor + interval + k * repeat)
        k += 1
    return points


def test_a_simulated_eight_hour_shift_nags_exactly_on_every_point() -> None:
    """Hundreds of holds, agents checking in early, late, or not at all; the timer is driven
    the way the Qt layer drives it: sleep until next_wakeup, then poll."""
    rng = random.Random(20261125)
    now = 0.0
    shift_end = 8 * 3600.0
    timer = HoldTimer(120)
    fired: list[Nag] = []
    expected: list[float] = []
    holds = 0

    def advance_to(target: float) -> None:
        nonlocal now
        while True:
            wake = timer.next_wakeup(now)
            if wake is None or wake >= target:
                break
            now = wake
            nag = timer.poll(now)
            if nag is not None:
                fired.append(nag)
        now = target

    while now < shift_end:
        now += rng.uniform(1, 8)  # talking between holds
        interval = rng.choice([10, 20, 30, 60, 90, 120])
        timer.check_in_seconds = interval
        timer.start(now)
        holds += 1
        anchor = now
        for _ in range(rng.choice([0, 0, 0, 0, 1, 1, 2, 4])):
            # Early, just after the point, or long after it (several reminders).
            gap = rng.choice(
                [
                    rng.uniform(1, interval - 0.5),
                    interval + rng.uniform(0.5, 29),
                    interval + rng.uniform(30, 100),
                ]
            )
            action = anchor + gap
            expected += _expected_nags(anchor, timer.check_in_seconds, action, REPEAT_SECONDS)
            advance_to(action)
            timer.check_in(now)
            anchor = now
        end = anchor + rng.uniform(1, interval + 40)
        expected += _expected_nags(anchor, timer.check_in_seconds, end, REPEAT_SECONDS)
        advance_to(end)
        timer.end(now)

    assert holds > 200, holds
    assert len(fired) > 300, len(fired)
    assert [n.point for n in fired] == expected  # none skipped, none duplicated, in order
    assert all(n.fired_at == n.point for n in fired)  # each exactly on its point
    assert not any(n.catch_up for n in fired)
    assert {n.level for n in fired} == {1, 2, 3}


@settings(max_examples=200, deadline=None)
@given(
    interval=st.integers(10, 120),
    polls=st.lists(st.floats(0.0, 2000.0, allow_nan=False), min_size=1, max_size=40),
)
def test_polling_at_any_moments_never_hands_out_a_reminder_twice(
    interval: int, polls: list[float]
) -> None:
    timer = HoldTimer(interval)
    timer.start(0.0)
    seen: list[int] = []
    for moment in sorted(polls):
        nag = timer.poll(moment)
        if nag is not None:
            # A poll a hair before the point (float rounding, timer jitter) counts as on it.
            assert nag.point <= moment + 1e-6
            assert moment - nag.point < REPEAT_SECONDS
            seen.append(nag.nth)
    assert seen == sorted(set(seen))


@pytest.mark.parametrize(
    ("seconds", "shown"),
    [(0, "00:00"), (5.9, "00:05"), (65, "01:05"), (599, "09:59"), (3725, "1:02:05"), (-3, "00:00")],
)
def test_format_duration(seconds: float, shown: str) -> None:
    assert format_duration(seconds) == shown


def test_a_check_in_is_on_time_to_the_millisecond_as_it_is_written() -> None:
    assert lateness(-5.0) == 0.0 and on_time(-5.0)
    assert lateness(0.0004) == 0.0 and on_time(0.0004)  # written as 0.000 late
    assert lateness(0.0006) == 0.001 and not on_time(0.0006)
    assert lateness(10.0) == 10.0 and not on_time(10.0)
