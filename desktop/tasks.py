"""Slow work off the GUI thread, with progress and a result callback (as Anki's operations).

    run_task(parent, work, on_success, label=self.tr("Rebuilding the index…"))

`work(progress)` runs on a worker thread and may call `progress(done, total)`; the callbacks
run on the GUI thread. A `DuoError` becomes a clear message, any other
exception becomes a bug report (pass `context.dialogs.report` as `on_failure`); the window
never freezes meanwhile.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

ProgressFn = Callable[[int, int], None]


class _Signals(QObject):
    progress = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)


class _Runnable(QRunnable):
    def __init__(self, work: Callable[[ProgressFn], Any], signals: _Signals) -> None:
        super().__init__()
        self._work = work
        self._signals = signals

    def run(self) -> None:
        try:
            result = self._work(self._signals.progress.emit)
        except Exception as error:  # handed to the GUI thread, which reports it
            self._signals.failed.emit(error)
        else:
            self._signals.succeeded.emit(result)


class Task(QObject):
    """One piece of work under way; keeps its signals alive until it ends."""

    finished = Signal()

    def __init__(self, parent: QObject | None) -> None:
        super().__init__(parent)
        self.signals = _Signals()


def run_task(
    parent: QWidget,
    work: Callable[[ProgressFn], Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[BaseException], None],
    *,
    label: str | None = None,
) -> Task:
    """Run `work` on the thread pool; show a progress dialog when `label` is given."""
    task = Task(parent)
    dialog: QProgressDialog | None = None
    if label is not None:
        dialog = QProgressDialog(label, "", 0, 0, parent)
        dialog.setCancelButton(None)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)  # quick work shows no dialog at all

        def show_progress(done: int, total: int) -> None:
            assert dialog is not None
            dialog.setMaximum(total)
            dialog.setValue(done)

        task.signals.progress.connect(show_progress)

    def end() -> None:
        if dialog is not None:
            dialog.reset()
            dialog.deleteLater()
        task.finished.emit()
        task.deleteLater()

    def succeeded(result: object) -> None:
        end()
        on_success(result)

    def failed(error: BaseException) -> None:
        end()
        on_failure(error)

    task.signals.succeeded.connect(succeeded)
    task.signals.failed.connect(failed)
    QThreadPool.globalInstance().start(_Runnable(work, task.signals))
    return task
