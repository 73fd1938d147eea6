"""A word-wrapped label that is always given the height its lines need.

A wrapped QLabel in a QFormLayout inside a dialog is often laid out one line short (the form
asks for its height at another width than it gets), and its last line is clipped. This
label asks for the height of its lines at the width it was actually given.
"""

from __future__ import annotations

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget


class WrappedLabel(QLabel):
    """A QLabel with word wrap whose minimum height follows its width."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        """Ask the layout for the height the text needs at this width."""
        super().resizeEvent(event)
        needed = self.heightForWidth(self.width())
        if needed > 0 and needed != self.minimumHeight():
            self.setMinimumHeight(needed)
