"""Composite fields of the intake form: a job target, the consents, a phone number."""

from __future__ import annotations

from PySide6.QtCore import Signal, SignalInstance
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.rules.intake_checks import international_phone
from desktop.screens.intake_choices import ListChoices
from widgets.choice_combo import ChoiceCombo


def write_phone_in_full(edit: QLineEdit) -> None:
    """Rewrite a valid number the international way ("+32 470 12 34 56"), so the coach sees
    at once how Duo read it; anything else stays as typed."""
    written = international_phone(edit.text().strip()) if edit.text().strip() else None
    if written is not None and written != edit.text():
        edit.setText(written)


class JobTargetFields(QWidget):
    """One job target: in the candidate's words, then occupation and sector from the lists."""

    def __init__(
        self,
        number: int,
        occupations: ListChoices,
        sectors: ListChoices,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"job_targets.{number}")
        self.description = QLineEdit(self)
        self.description.setObjectName(f"job_targets.{number}.description")
        self.description.setPlaceholderText(self.tr("In their words, e.g. “accountant”"))
        self.occupation = ChoiceCombo(self, placeholder=self.tr("Occupation"))
        self.occupation.set_choices(occupations.offered, blank="", retired=occupations.retired)
        self.occupation.setObjectName(f"job_targets.{number}.occupation")
        self.sector = ChoiceCombo(self, placeholder=self.tr("Sector"))
        self.sector.set_choices(sectors.offered, blank="", retired=sectors.retired)
        self.sector.setObjectName(f"job_targets.{number}.sector")
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        for widget in (self.description, self.occupation, self.sector):
            column.addWidget(widget)
        self.setFocusProxy(self.description)

    def signals(self) -> list[SignalInstance]:
        """What counts as typing in this target."""
        return [
            self.description.textChanged,
            self.occupation.code_changed,
            self.sector.code_changed,
        ]

    def value(self) -> dict[str, str]:
        """The target as the values dictionary holds it."""
        return {
            "description": self.description.text(),
            "occupation": self.occupation.code(),
            "sector": self.sector.code(),
        }

    def set_value(self, value: dict[str, str]) -> None:
        """Show a stored target."""
        self.description.setText(value.get("description", ""))
        self.occupation.set_code(value.get("occupation", ""))
        self.sector.set_code(value.get("sector", ""))


class ConsentBoxes(QWidget):
    """One checkbox per purpose of the coordinator's list, and what ticking one means."""

    changed = Signal()

    def __init__(
        self, purposes: ListChoices, text_version: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("consents")
        self._column = QVBoxLayout(self)
        self._column.setContentsMargins(0, 0, 0, 0)
        self._boxes: dict[str, QCheckBox] = {}
        self._retired = dict(purposes.retired)
        for code, label in purposes.offered:
            self._add(code, label)
        self._note = QLabel(
            self.tr("Each consent ticked is dated today (consent text {version}).").format(
                version=text_version
            ),
            self,
        )
        self._note.setStyleSheet("color: palette(placeholder-text);")
        self._column.addWidget(self._note)

    def _add(self, code: str, label: str) -> None:
        box = QCheckBox(label, self)
        box.setObjectName(f"consents.{code}")
        box.toggled.connect(lambda _checked: self.changed.emit())
        self._column.insertWidget(len(self._boxes), box)
        self._boxes[code] = box

    def purposes(self) -> list[str]:
        """The purposes ticked."""
        return [code for code, box in self._boxes.items() if box.isChecked()]

    def set_purposes(self, purposes: list[str] | None) -> None:
        """Tick exactly these; a purpose given once stays visible even if no longer listed."""
        for code in purposes or []:
            if code not in self._boxes:
                self._add(code, self._retired.get(code, code))
        for code, box in self._boxes.items():
            box.setChecked(code in (purposes or []))
