"""Locking after a time without input: noticing input anywhere, and the timer."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal


class ActivityWatcher(QObject):
    """Notices keyboard and mouse input anywhere in the application, for the idle lock."""

    active = Signal()
    _INPUT = frozenset(
        {
            QEvent.Type.KeyPress,
            QEvent.Type.MouseButtonPress,
            QEvent.Type.MouseMove,
            QEvent.Type.Wheel,
        }
    )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        """Report input, never consume it."""
        if event.type() in self._INPUT:
            self.active.emit()
        return False


class IdleLock(QObject):
    """Asks for the lock after a time without input."""

    idle = Signal()

    def __init__(self, timeout_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle.emit)
        self.set_timeout_ms(timeout_ms)

    def set_timeout_ms(self, timeout_ms: int) -> None:
        """Change the idle time (0 switches the idle lock off)."""
        self._timeout_ms = timeout_ms
        self.restart()

    def restart(self) -> None:
        """Input happened: count from zero again."""
        if self._timeout_ms > 0:
            self._timer.start(self._timeout_ms)
        else:
            self._timer.stop()
