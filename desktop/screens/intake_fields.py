"""Form fields bound to the keys of the intake's values dictionary.

    fields = Bindings(on_change=self.changed.emit)
    name = fields.line("given_name")
    fields.values()             # {"given_name": "…", …}
    fields.set_values(values)   # fills every field, without counting as typing

Each widget is named after its key (`objectName`), so tests and the draft find the same
field. Values are JSON types only (text, numbers, lists), so they go into a draft as they are.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, QRegularExpression, Qt, SignalInstance
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from widgets.choice_combo import ChoiceCombo

DATE_FORMAT = "dd/MM/yyyy"  # how Belgium writes dates, whatever the system says
_TEXT_LINES = 3


class WheelGuard(QObject):
    """Scrolling a long form must not change the spin boxes and dates it passes over."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        """Swallow the wheel unless the field has the keyboard focus."""
        if (
            event.type() == QEvent.Type.Wheel
            and isinstance(watched, QWidget)
            and not watched.hasFocus()
        ):
            event.ignore()
            return True
        return False


def _date_edit(parent: QWidget | None = None) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setCalendarPopup(True)
    edit.setDate(QDate.currentDate())
    edit.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    edit.setMaximumWidth(edit.fontMetrics().horizontalAdvance("00/00/00000") + 48)
    return edit


class OptionalDate(QWidget):
    """A date that may not be known yet: a checkbox, and the date once ticked."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(text, self)
        self.date = _date_edit(self)
        self.date.setEnabled(False)
        self.check.toggled.connect(self.date.setEnabled)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.check)
        row.addWidget(self.date)
        row.addStretch(1)
        self.setFocusProxy(self.check)

    def iso(self) -> str | None:
        """The date as ISO text, or None when not ticked."""
        return self.date.date().toString(Qt.DateFormat.ISODate) if self.check.isChecked() else None

    def set_iso(self, value: str | None) -> None:
        """Tick and show a date, or untick for None."""
        self.check.setChecked(bool(value))
        self.date.setDate(
            QDate.fromString(value, Qt.DateFormat.ISODate) if value else QDate.currentDate()
        )


class Bindings:
    """The fields of one form, each bound to a key of the values dictionary."""

    def __init__(self, on_change: Callable[[], None]) -> None:
        self._on_change = on_change
        self._getters: dict[str, Callable[[], Any]] = {}
        self._setters: dict[str, Callable[[Any], None]] = {}
        self._loading = False
        self._guard = WheelGuard()

    def typed(self, *_args: object) -> None:
        """Something was typed (ignored while the form is being filled)."""
        if not self._loading:
            self._on_change()

    def bind(
        self,
        key: str,
        widget: QWidget,
        get: Callable[[], Any],
        put: Callable[[Any], None],
        *signals: SignalInstance,
    ) -> None:
        """Bind any widget: how to read it, how to fill it, which signals mean "typed"."""
        if not widget.objectName():
            widget.setObjectName(key)
        self._getters[key] = get
        self._setters[key] = put
        for signal in signals:
            signal.connect(self.typed)

    def line(self, key: str, *, digits: int = 0, placeholder: str = "") -> QLineEdit:
        """One line of text; with `digits`, a whole number of at most that many digits."""
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        if digits:
            pattern = QRegularExpression(f"\\d{{0,{digits}}}")
            edit.setValidator(QRegularExpressionValidator(pattern, edit))
            edit.setMaxLength(digits)
            edit.setMaximumWidth(edit.fontMetrics().horizontalAdvance("0" * (digits + 4)) + 16)

            def get_number() -> int | None:
                return int(edit.text()) if edit.text() else None

            def put_number(value: Any) -> None:
                edit.setText("" if value is None else str(value))

            self.bind(key, edit, get_number, put_number, edit.textChanged)
        else:
            self.bind(key, edit, edit.text, lambda v: edit.setText(v or ""), edit.textChanged)
        return edit

    def text(self, key: str, *, placeholder: str = "", lines: int = _TEXT_LINES) -> QPlainTextEdit:
        """A few lines of text; Tab moves on, as everywhere else in the form."""
        edit = QPlainTextEdit()
        edit.setTabChangesFocus(True)
        edit.setPlaceholderText(placeholder)
        height = edit.fontMetrics().lineSpacing() * lines
        edit.setFixedHeight(height + 2 * int(edit.document().documentMargin()) + 8)
        self.bind(
            key, edit, edit.toPlainText, lambda v: edit.setPlainText(v or ""), edit.textChanged
        )
        return edit

    def choice(
        self,
        key: str,
        choices: list[tuple[str, str]],
        *,
        blank: str | None = "",
        searchable: bool = True,
        placeholder: str = "",
        retired: list[tuple[str, str]] | None = None,
    ) -> ChoiceCombo:
        """One code from a list of (code, label); `retired` ones only shown where chosen."""
        combo = ChoiceCombo(searchable=searchable, placeholder=placeholder)
        combo.set_choices(choices, blank=blank, retired=retired or [])
        self.bind(key, combo, combo.code, lambda v: combo.set_code(v or ""), combo.code_changed)
        return combo

    def rating(self, key: str, choices: list[tuple[str, str]], blank: str) -> ChoiceCombo:
        """A number on a scale (1-5), or none."""
        combo = ChoiceCombo(searchable=False)
        combo.set_choices(choices, blank=blank)
        self.bind(
            key,
            combo,
            lambda: int(combo.code()) if combo.code() else None,
            lambda v: combo.set_code("" if v is None else str(v)),
            combo.code_changed,
        )
        return combo

    def flag(self, key: str, unknown: str, yes: str, no: str) -> ChoiceCombo:
        """Yes, no, or not known."""
        combo = ChoiceCombo(searchable=False)
        combo.set_choices([("yes", yes), ("no", no)], blank=unknown)
        codes = {True: "yes", False: "no", None: ""}
        self.bind(
            key,
            combo,
            lambda: {"yes": True, "no": False}.get(combo.code()),
            lambda v: combo.set_code(codes.get(v, "")),
            combo.code_changed,
        )
        return combo

    def check(self, key: str, text: str) -> QCheckBox:
        """Ticked or not, with the text saying what ticking means."""
        box = QCheckBox(text)
        self.bind(key, box, box.isChecked, lambda v: box.setChecked(bool(v)), box.toggled)
        return box

    def number(self, key: str, low: int, high: int) -> QSpinBox:
        """A small whole number."""
        spin = QSpinBox()
        spin.setRange(low, high)
        spin.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        spin.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.PlusMinus)
        spin.setMaximumWidth(spin.fontMetrics().horizontalAdvance("0000") + 48)
        spin.installEventFilter(self._guard)
        self.bind(key, spin, spin.value, lambda v: spin.setValue(int(v or low)), spin.valueChanged)
        return spin

    def date(self, key: str) -> QDateEdit:
        """A date that is always known (the intake date)."""
        edit = _date_edit()
        edit.installEventFilter(self._guard)

        def put(value: Any) -> None:
            day = QDate.fromString(value, Qt.DateFormat.ISODate) if value else QDate()
            edit.setDate(day if day.isValid() else QDate.currentDate())

        self.bind(
            key, edit, lambda: edit.date().toString(Qt.DateFormat.ISODate), put, edit.dateChanged
        )
        return edit

    def optional_date(self, key: str, text: str) -> OptionalDate:
        """A date that may not be known yet."""
        field = OptionalDate(text)
        field.date.installEventFilter(self._guard)
        self.bind(key, field, field.iso, field.set_iso, field.check.toggled, field.date.dateChanged)
        return field

    def values(self) -> dict[str, Any]:
        """Every bound value."""
        return {key: get() for key, get in self._getters.items()}

    def set_values(self, values: dict[str, Any]) -> None:
        """Fill the fields; keys the form does not have are ignored. Not counted as typing."""
        self._loading = True
        try:
            for key, put in self._setters.items():
                if key in values:
                    put(values[key])
        finally:
            self._loading = False
