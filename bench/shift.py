"""A compressed 8-hour shift on the real window (offscreen) with a 100,000-phrase library.

300 calls; 200 of them put the customer on hold with check-ins; a campaign or mood change
every call, a search every call (typed, then Escape), callbacks promised that come due while
the window runs, and the softphone's commands (call start/end, hold start/check-in/end) sent
over the real control channel (a socket, from a second thread, with assistant.channel.send).
The window starts as the program starts it (Fusion, the stylesheet, and the work that follows
the first paint, waited for before the shift begins). The desk's clock is injected
(core/clock.py Clock) and moved forward by each hold's and call's length, so 8 hours pass in a
few minutes; the window's timers run in real time.

A probe timer asks the window's event loop to wake every 10 ms; how late it is answered is a
stall. Prints, the last line being

    shift: calls=... stall_max_ms=... stall_p99_ms=... cpu_per_call_first_ms=...
           cpu_per_call_last_ms=... rss_growth_mb=...

cpu_per_call is the process's CPU time per call (every thread), the median over the first and
the last tenth of the shift; rss_growth the resident memory at the end less after the first
tenth. Goals: no stall over 50 ms, the last tenth's CPU per call within 1.2x the first's,
memory growth under 10 MB.

With --explain N it also prints the N longest stalls and the events the window's thread
handled during each (bench/gui_trace.py), with the step of the shift they came in.

    .venv/bin/python bench/shift.py [--calls 300] [--phrases 100000] [--explain 15]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from gui_trace import TimedApplication  # noqa: E402
from search import build_library  # noqa: E402

from assistant.channel import send  # noqa: E402
from assistant.core.clock import Clock  # noqa: E402

QUERIES = ["sorry", "supervisor", "thank you for", "apolgy", "card payment", "hold", "refund"]


class ShiftClock:
    """The real clocks plus a lead the bench adds to: steady seconds and wall time move on
    together, so 8 hours of holds and calls pass in minutes."""

    def __init__(self) -> None:
        self.lead = 0.0
        self._wall0 = datetime.now(UTC)
        self._mono0 = time.monotonic()

    def monotonic(self) -> float:
        return time.monotonic() + self.lead

    def wall(self) -> datetime:
        return self._wall0 + timedelta(seconds=self.monotonic() - self._mono0)

    def clock(self) -> Clock:
        return Clock(self.monotonic, self.wall)


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS"):
                return int(line.split()[1]) / 1024.0
    return 0.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--calls", type=int, default=300)
    parser.add_argument("--phrases", type=int, default=100_000)
    parser.add_argument("--explain", type=int, default=0, metavar="N")
    args = parser.parse_args()

    from PySide6.QtCore import QEventLoop, Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from assistant import control
    from assistant.app import _application, after_first_paint, answer_commands, build_window
    from assistant.ui.theme import FUSION

    def run_loop(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    with tempfile.TemporaryDirectory(prefix="bench-shift-") as tmp:
        folder = build_library(Path(tmp) / "data", args.phrases)
        # Started as the program starts (assistant/app.py): Fusion and the stylesheet, then
        # after the first paint the work that follows it (sqlite-utils imported on a thread,
        # today's backup, the daily upkeep timer). The clock is the bench's.
        argv = [sys.argv[0], "-style", "Fusion"]
        app = TimedApplication(argv) if args.explain else QApplication(argv)
        app.setProperty(FUSION, True)
        _application(argv)  # the rest as the program does: stylesheet, icon, the collector
        server = control.ControlServer(folder)
        assert server.start()
        shift = ShiftClock()
        window = build_window(folder, shift.clock())  # as the program builds it
        kb = window.kb
        answer_commands(server, window)
        window.resize(420, 700)
        window.show()
        window.call.details_button.setChecked(True)  # the Today summary shown all shift
        run_loop(0)
        for thread in after_first_paint(window):
            thread.join()  # a start's work, not the shift's

        stalls: list[float] = []
        late: list[tuple[float, float, float]] = []  # --explain: (from, to, stall)
        last = [time.perf_counter()]

        def probe() -> None:
            now = time.perf_counter()
            stall = max(0.0, (now - last[0]) * 1000.0 - 10.0)
            stalls.append(stall)
            if args.explain and stall > 5.0:
                late.append((last[0], now, stall))
            last[0] = now

        def step(name: str) -> None:
            if isinstance(app, TimedApplication):
                app.step = name

        def remote(command: str, action: str, **extra: str) -> None:
            """A softphone command: sent from another thread while the window runs."""
            step(f"{command} {action}")
            replies: list[object] = []
            thread = threading.Thread(
                target=lambda: replies.append(
                    send(folder, {"command": command, "action": action, **extra})
                )
            )
            thread.start()
            while thread.is_alive():
                run_loop(2)
            reply = replies[0]
            if not isinstance(reply, dict) or not reply.get("ok"):
                raise SystemExit(f"{command} {action}: {reply}")

        run_loop(1500)  # the start settles: first paint, the search thread's warm-up
        timer = QTimer()
        timer.setTimerType(Qt.TimerType.PreciseTimer)
        timer.timeout.connect(probe)
        last[0] = time.perf_counter()
        timer.start(10)

        rng = random.Random(8)
        campaigns = [c for c in kb.campaigns()]
        personas = [p.ref for p in kb.personas()]
        cpu: list[float] = []
        rss_after_warmup = 0.0
        holds = 0
        for n in range(args.calls):
            started = time.process_time()
            if n % 2 == 0:
                step("campaign change")
                window.campaigns.select(campaigns[n % len(campaigns)].ref)
            else:
                step("mood change")
                window.personas.select(rng.choice([None, *personas]))
            run_loop(20)
            remote("call", "start")
            run_loop(10)
            if n % 3 != 2:  # 200 of 300 calls hold
                holds += 1
                remote("hold", "start")
                shift.lead += rng.uniform(10, 40)
                run_loop(20)
                for _ in range(rng.randint(1, 3)):
                    remote("hold", "check-in")
                    shift.lead += rng.uniform(20, 60)
                    run_loop(10)
                remote("hold", "end")
            step("search")
            window.library.filter.setText(rng.choice(QUERIES))  # a search every call
            run_loop(30)
            step("escape")
            window.library.view.escape_pressed.emit()
            run_loop(20)
            step("callbacks")
            if n % 15 == 0:  # a callback promised now that falls due in a second
                window.services.callbacks.promise(
                    f"Customer {n}", "555-0100", datetime.now(UTC) + timedelta(seconds=1)
                )
            if n % 15 == 5:
                for callback in window.services.activity.callbacks():
                    window.services.callbacks.complete(callback.id)
            shift.lead += rng.uniform(15, 45)
            remote("call", "end")
            run_loop(10)
            cpu.append((time.process_time() - started) * 1000.0)
            if n + 1 == max(1, args.calls // 10):
                rss_after_warmup = rss_mb()
        timer.stop()
        rss_end = rss_mb()
        hours = (shift.wall() - shift._wall0).total_seconds() / 3600.0
        tenth = max(1, args.calls // 10)
        first, last_tenth = statistics.median(cpu[:tenth]), statistics.median(cpu[-tenth:])
        ordered = sorted(stalls)
        p99 = ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]
        summary = window.services.today.summary()
        print(
            f"shift of {hours:.1f} h: holds={holds} today={summary.holds} holds, "
            f"{summary.check_ins} check-ins; probes={len(stalls)}; "
            f"cpu ratio last/first={last_tenth / first:.2f}",
            flush=True,
        )
        print(
            f"shift: calls={args.calls} stall_max_ms={max(stalls):.1f} stall_p99_ms={p99:.1f} "
            f"cpu_per_call_first_ms={first:.1f} cpu_per_call_last_ms={last_tenth:.1f} "
            f"rss_growth_mb={rss_end - rss_after_warmup:.1f}"
        )
        if isinstance(app, TimedApplication):
            for start, end, stall in sorted(late, key=lambda s: -s[2])[: args.explain]:
                during = app.during(start, end)
                print(f"stall {stall:.1f} ms, the events in it ({len(during)} of 1 ms or more):")
                for handled in during:
                    print(f"    {handled.ms:6.1f} ms  {handled.what}")
        window.close()
        server.close()
        window.library.shutdown()
        kb.database.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
