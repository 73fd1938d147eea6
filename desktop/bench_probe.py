"""A child process for the benchmark: start, paint, report, exit.

    python -m desktop.bench_probe bare
    python -m desktop.bench_probe startup FOLDER PASSPHRASE_FILE
    python -m desktop.bench_probe memory FOLDER PASSPHRASE_FILE
    python -m desktop.bench_probe interact FOLDER PASSPHRASE_FILE
    python -m desktop.bench_probe review FOLDER PASSPHRASE_FILE

`bare` paints an empty Qt window (the floor); `startup` unlocks a programme, opens the
window as the application does at start (on Today) and paints the participant list;
`memory` does the same and reports the peak resident memory; `interact` then types in the
search box and opens cases, and reports the median times; `review` adds a pair whose mentee
has a 2 MB PDF CV and opens their side-by-side review. Each prints one line and exits.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget


class _FirstPaint(QObject):
    """Reports the first paint of a widget, then ends the process at once."""

    def __init__(self, report: str) -> None:
        super().__init__()
        self._report = report

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        """On the first paint event: print the report and leave without tearing down."""
        if event.type() == QEvent.Type.Paint:
            QApplication.processEvents()
            print(self._report.format(peak_mb=_peak_mb()), flush=True)
            os._exit(0)
        return False


def _peak_mb() -> float:
    """This process's own peak resident memory.

    On Linux `ru_maxrss` keeps the high-water mark of the process that forked this one
    (the benchmark itself, hundreds of MB), so the kernel's VmHWM of this process's own
    memory map is read instead.
    """
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024  # kB
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv: list[str]) -> int:
    """Run one probe."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication(sys.argv[:1])
    mode = argv[0]
    if mode == "bare":
        window = QWidget()
        window.resize(1366, 768)
        watcher = _FirstPaint("painted")
        window.installEventFilter(watcher)
        window.show()
        return app.exec()

    import threading

    from desktop.context import AppContext
    from desktop.controller import AppController, preload_main_window
    from desktop.dialogs import Dialogs
    from desktop.local_settings import LocalSettings
    from storage.programme import unlock

    folder, passphrase_file = Path(argv[1]), Path(argv[2])
    passphrase = passphrase_file.read_text(encoding="utf-8").splitlines()[0]
    if mode == "review":
        from desktop.bench_review import add_review_pair, measure_review_open

        programme = unlock(folder, passphrase=passphrase)
        pair = add_review_pair(programme)
        print(f"review_ms={measure_review_open(programme, *pair):.2f}", flush=True)
        os._exit(0)
    settings = LocalSettings.at(passphrase_file.parent / "bench-probe-settings.ini")
    controller = AppController(AppContext(Dialogs(), settings))
    report = "painted" if mode == "startup" else "peak_mb={peak_mb:.1f}"
    watcher = _FirstPaint(report)
    # As in the application, where the window's modules load while the passphrase is
    # typed: here, while the KDF runs (it releases the GIL).
    preloading = threading.Thread(target=preload_main_window)
    preloading.start()
    programme = unlock(folder, passphrase=passphrase)
    preloading.join()
    window = controller.open(programme)
    window.resize(1366, 768)
    if mode == "interact":
        from PySide6.QtCore import QThreadPool

        from desktop.benchmark_gui import keystroke_ms, open_case_ms

        QThreadPool.globalInstance().waitForDone()  # the start-up refresh
        app.processEvents()
        typing, opening = keystroke_ms(window), open_case_ms(window)
        print(f"keystroke_ms={typing:.2f} open_case_ms={opening:.2f}", flush=True)
        os._exit(0)
    # The window opens on Today: the list is one tab away, as for a coach who looks a
    # participant up first thing.
    window.show_participants()
    window.participants.table.viewport().installEventFilter(watcher)
    window.participants.table.viewport().update()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
