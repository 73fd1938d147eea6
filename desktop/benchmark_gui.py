"""The desktop application's figures for `duo bench`, beside their floors.

Every figure is measured in a fresh application process (`desktop.bench_probe`): start-up
and memory count a whole process, and a keystroke or opening a case must not pay for the
benchmark's own garbage. Keystrokes and Enter go through real widgets, up to the repaint.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desktop.main_window import MainWindow


def _probe(*args: str) -> tuple[float, str]:
    """Milliseconds from starting a probe process to its one line, and the line."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    start = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-m", "desktop.bench_probe", *args],
        stdout=subprocess.PIPE,
        env=env,
        text=True,
    )
    assert process.stdout is not None
    line = process.stdout.readline().strip()
    elapsed = (time.perf_counter() - start) * 1000
    process.wait()
    if process.returncode != 0 or not line:
        raise RuntimeError(f"the benchmark probe {args[0]} failed")
    return elapsed, line


def bare_window_ms() -> float:
    """A process that paints an empty Qt window: the floor of start-up."""
    return statistics.median(_probe("bare")[0] for _ in range(3))


def startup_to_list_ms(folder: Path, passphrase_file: Path) -> float:
    """Process start → unlocked → participant list painted."""
    return statistics.median(
        _probe("startup", str(folder), str(passphrase_file))[0] for _ in range(3)
    )


def peak_memory_mb(folder: Path, passphrase_file: Path) -> float:
    """Peak resident memory of the application with every participant listed."""
    _, line = _probe("memory", str(folder), str(passphrase_file))
    return float(line.removeprefix("peak_mb="))


def _timed(action: Callable[[], object]) -> float:
    """Milliseconds for an action and the events it causes, its one repaint included."""
    start = time.perf_counter()
    action()
    QApplication.processEvents()
    return (time.perf_counter() - start) * 1000


def keystroke_ms(window: MainWindow) -> float:
    """One keystroke in the search box, up to the list painted again (median)."""
    window.show_participants()
    field = window.participants.search
    times = []
    for word in ("an", "el", "ma", "jan", "sa", "mo"):
        for char in word:
            times.append(_timed(lambda c=char: QTest.keyClick(field, c)))
        for _ in word:
            times.append(_timed(lambda: QTest.keyClick(field, Qt.Key.Key_Backspace)))
    return statistics.median(times)


def open_case_ms(window: MainWindow) -> float:
    """Enter on a list row → the case view painted (median over several rows)."""
    window.show_participants()
    table = window.participants.table
    times = []
    for row in range(0, min(table.model().rowCount(), 200), 10):
        table.setCurrentIndex(table.model().index(row, 0))
        times.append(_timed(lambda: QTest.keyClick(table, Qt.Key.Key_Return)))
        window.close_tab(window.tabs.currentIndex())
        window.show_participants()
        QApplication.processEvents()
    return statistics.median(times)


def interaction_ms(folder: Path, passphrase_file: Path) -> tuple[float, float]:
    """A keystroke and opening a case, measured in a fresh application process."""
    _, line = _probe("interact", str(folder), str(passphrase_file))
    values = dict(part.split("=") for part in line.split())
    return float(values["keystroke_ms"]), float(values["open_case_ms"])


def review_open_ms(folder: Path, passphrase_file: Path) -> float:
    """Opening the side-by-side review of a pair with a 2 MB PDF CV, in a fresh process."""
    _, line = _probe("review", str(folder), str(passphrase_file))
    return float(line.removeprefix("review_ms="))
