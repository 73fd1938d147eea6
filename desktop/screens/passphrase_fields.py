"""A new passphrase typed twice, with a live strength hint: for a new programme and for a
change of passphrase. Also the message label that shows a problem inside a dialog."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QLineEdit, QWidget

from desktop.rules.passphrase_strength import Estimate, Hint, Strength, estimate
from storage.programme import MIN_PASSPHRASE_LENGTH

# Colours that read on light and dark backgrounds; the words carry the meaning too.
_STRENGTH_COLOURS = {Strength.WEAK: "#c62828", Strength.FAIR: "#b26a00", Strength.STRONG: "#2e7d32"}
ERROR_COLOUR = "#c62828"


translate = QCoreApplication.translate


def strength_word(strength: Strength) -> str:
    """ "Weak", "Fair" or "Strong"."""
    return {
        Strength.WEAK: translate("Passphrase", "Weak"),
        Strength.FAIR: translate("Passphrase", "Fair"),
        Strength.STRONG: translate("Passphrase", "Strong"),
    }[strength]


def hint_text(hint: Hint, minimum: int = MIN_PASSPHRASE_LENGTH) -> str:
    """The hint of a strength estimate, in words."""
    return {
        Hint.EMPTY: translate(
            "Passphrase",
            "Choose a few unrelated words, for example four things you can see from a window.",
        ),
        Hint.TOO_SHORT: translate("Passphrase", "Use at least {minimum} characters.").format(
            minimum=minimum
        ),
        Hint.COMMON: translate(
            "Passphrase",
            "This is one of the passphrases anyone would try first. Choose words of your own.",
        ),
        Hint.PATTERN: translate(
            "Passphrase",
            "Repeated letters, sequences such as 1234 or abcd and keyboard rows are guessed "
            "quickly.",
        ),
        Hint.PERSONAL: translate(
            "Passphrase",
            "Leave out the programme's name and your own name: they are the first guesses.",
        ),
        Hint.ADD_WORDS: translate(
            "Passphrase",
            "Use a few unrelated words instead of one: easy to remember, hard to guess.",
        ),
        Hint.ADD_WORD: translate("Passphrase", "Add another unrelated word to make it strong."),
        Hint.GOOD: translate(
            "Passphrase", "Easy for you to remember, hard for anyone else to guess."
        ),
    }[hint]


def strength_html(result: Estimate) -> str:
    """The strength in colour and the hint after it, for a rich-text label."""
    colour = _STRENGTH_COLOURS[result.strength]
    word = html.escape(strength_word(result.strength))
    hint = html.escape(hint_text(result.hint))
    return f'<span style="color:{colour}"><b>{word}</b></span> — {hint}'


class MessageLabel(QLabel):
    """A problem shown inside a dialog, in words, instead of a pop-up."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def show_message(self, text: str) -> None:
        """Show `text`; an empty text hides the label."""
        self.setText(text)
        self.setVisible(bool(text))


class NewPassphraseFields(QWidget):
    """Two password fields, the strength of the first, and whether they match."""

    changed = Signal()

    def __init__(
        self,
        first_label: str,
        second_label: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._avoid: tuple[str, ...] = ()
        self.first = QLineEdit()
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.second = QLineEdit()
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.strength = QLabel()
        self.strength.setWordWrap(True)
        self.strength.setTextFormat(Qt.TextFormat.RichText)
        self.match = QLabel()
        self.match.setWordWrap(True)
        self.show_text = QCheckBox(self.tr("&Show what I type"))

        # Public so that a dialog can put its own rows above, aligned with these.
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.addRow(first_label, self.first)
        self.form.addRow("", self.strength)
        self.form.addRow(second_label, self.second)
        self.form.addRow("", self.match)
        self.form.addRow("", self.show_text)

        self.first.textChanged.connect(self._update)
        self.second.textChanged.connect(self._update)
        self.show_text.toggled.connect(self._show_text)
        self._update()

    def set_avoid(self, names: Sequence[str]) -> None:
        """Names that make a passphrase easy to guess (the programme's, the person's)."""
        self._avoid = tuple(name for name in names if name)
        self._update()

    def passphrase(self) -> str:
        """The new passphrase as typed."""
        return self.first.text()

    def is_acceptable(self) -> bool:
        """Long enough for storage, and typed the same twice."""
        text = self.first.text()
        return len(text) >= MIN_PASSPHRASE_LENGTH and text == self.second.text()

    def clear(self) -> None:
        """Empty both fields."""
        self.first.clear()
        self.second.clear()

    def _show_text(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.first.setEchoMode(mode)
        self.second.setEchoMode(mode)

    def _update(self) -> None:
        text = self.first.text()
        result = estimate(text, minimum=MIN_PASSPHRASE_LENGTH, avoid=self._avoid)
        self.strength.setText(strength_html(result))
        again = self.second.text()
        if not again:
            self.match.setText("")
        elif again == text:
            self.match.setText(self.tr("✓ Both are the same."))
        elif text.startswith(again):
            self.match.setText(self.tr("Keep typing: the second one is not complete yet."))
        else:
            self.match.setText(self.tr("The second one is different from the first."))
        self.changed.emit()
