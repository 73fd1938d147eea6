"""A week grid of checkboxes: days across, parts of the day down, one Tab stop.

    picker = AvailabilityPicker(
        columns=["Mon", "Tue", "Sat"],
        rows=["Daytime", "Evening"],
        slots=[[("mon-day", "Mon daytime"), ("mon-evening", "Mon evening")],
               [("tue-day", "Tue daytime"), ("tue-evening", "Tue evening")],
               [("sat", "Sat")]],  # one slot: a checkbox across all rows
    )
    picker.set_codes(["mon-evening"])

Tab enters the grid once; the arrow keys move inside it and Space ticks, so a form with a
grid of twelve boxes still costs one Tab to pass. Each box carries its slot's label as its
accessible name, for screen readers.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QWidget

_MOVES = {
    Qt.Key.Key_Left: (-1, 0),
    Qt.Key.Key_Right: (1, 0),
    Qt.Key.Key_Up: (0, -1),
    Qt.Key.Key_Down: (0, 1),
}


class AvailabilityPicker(QWidget):
    """Tick the slots of the week someone is free."""

    changed = Signal()

    def __init__(
        self,
        columns: Sequence[str],
        rows: Sequence[str],
        slots: Sequence[Sequence[tuple[str, str]]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(4)
        for number, text in enumerate(rows, start=1):
            grid.addWidget(QLabel(text, self), number, 0)
        self._columns: list[list[QCheckBox]] = []
        self._codes: dict[QCheckBox, str] = {}
        for column, (title, column_slots) in enumerate(zip(columns, slots, strict=True), 1):
            header = QLabel(title, self)
            grid.addWidget(header, 0, column, Qt.AlignmentFlag.AlignHCenter)
            boxes = []
            for row, (code, label) in enumerate(column_slots, start=1):
                box = QCheckBox(self)
                box.setAccessibleName(label)
                box.setToolTip(label)
                box.toggled.connect(lambda _checked: self.changed.emit())
                box.installEventFilter(self)
                span = len(rows) if len(column_slots) == 1 else 1
                grid.addWidget(box, row, column, span, 1, Qt.AlignmentFlag.AlignCenter)
                self._codes[box] = code
                boxes.append(box)
            self._columns.append(boxes)
        grid.setColumnStretch(len(self._columns) + 1, 1)
        self._boxes = [box for boxes in self._columns for box in boxes]
        self._make_tab_stop(self._boxes[0])

    def codes(self) -> list[str]:
        """The ticked slots, in the order they were given."""
        return [self._codes[box] for box in self._boxes if box.isChecked()]

    def set_codes(self, codes: Iterable[str]) -> None:
        """Tick exactly these slots (unknown codes are ignored); `changed` is not emitted."""
        wanted = set(codes)
        self.blockSignals(True)
        for box in self._boxes:
            box.setChecked(self._codes[box] in wanted)
        self.blockSignals(False)

    def _make_tab_stop(self, current: QCheckBox) -> None:
        # A "roving" Tab stop: only the last box visited takes Tab focus.
        for box in self._boxes:
            box.setFocusPolicy(
                Qt.FocusPolicy.StrongFocus if box is current else Qt.FocusPolicy.ClickFocus
            )
        self.setFocusProxy(current)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        """Arrow keys move between the boxes."""
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and isinstance(watched, QCheckBox)
            and event.key() in _MOVES
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            self._move(watched, *_MOVES[Qt.Key(event.key())])
            return True
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QCheckBox):
            self._make_tab_stop(watched)
        return super().eventFilter(watched, event)

    def _move(self, box: QCheckBox, across: int, down: int) -> None:
        column = next(i for i, boxes in enumerate(self._columns) if box in boxes)
        row = self._columns[column].index(box)
        column = max(0, min(len(self._columns) - 1, column + across))
        boxes = self._columns[column]
        row = max(0, min(len(boxes) - 1, row + down))
        boxes[row].setFocus(Qt.FocusReason.OtherFocusReason)
