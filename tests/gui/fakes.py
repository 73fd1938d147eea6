"""A dialog seam that answers from a script and records what it showed."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from desktop.dialogs import Dialogs
from storage.errors import DuoError

DialogHandler = Callable[[QDialog], bool]


class ScriptedDialogs(Dialogs):
    """Every modal dialog answered by the test; an unexpected one fails the test."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, str]] = []  # (kind, text)
        self.confirmations: list[bool] = []
        self.files: list[Path | None] = []
        self.texts: list[str | None] = []
        self.folders: list[Path | None] = []
        self.handlers: list[DialogHandler] = []
        # Print dialogs: each answers (parent, printer, page count), e.g. by pointing the
        # printer at a PDF file and returning True.
        self.printers: list[Callable[[QWidget | None, QPrinter, int], bool]] = []

    def inform(self, parent: QWidget | None, title: str, text: str) -> None:
        self.shown.append(("inform", text))

    def warn(self, parent: QWidget | None, title: str, text: str) -> None:
        self.shown.append(("warn", text))

    def show_error(self, parent: QWidget | None, error: DuoError) -> None:
        self.shown.append(("error", error.message))

    def report(self, parent: QWidget | None, error: BaseException) -> None:
        if not isinstance(error, DuoError):
            raise error  # a bug in a test run must fail the test, not become a message
        self.show_error(parent, error)

    def confirm(self, parent: QWidget | None, title: str, text: str, action: str) -> bool:
        self.shown.append(("confirm", text))
        assert self.confirmations, f"unexpected question: {text}"
        return self.confirmations.pop(0)

    def ask_text(
        self, parent: QWidget | None, title: str, label: str, text: str = ""
    ) -> str | None:
        self.shown.append(("ask_text", label))
        assert self.texts, f"unexpected text question: {label}"
        return self.texts.pop(0)

    def open_file(self, parent: QWidget | None, title: str, filters: str) -> Path | None:
        self.shown.append(("open_file", title))
        assert self.files, f"unexpected file dialog: {title}"
        return self.files.pop(0)

    def save_file(
        self, parent: QWidget | None, title: str, suggested: str, filters: str
    ) -> Path | None:
        self.shown.append(("save_file", title))
        assert self.files, f"unexpected file dialog: {title}"
        return self.files.pop(0)

    def choose_folder(self, parent: QWidget | None, title: str, start: str) -> Path | None:
        self.shown.append(("choose_folder", title))
        assert self.folders, f"unexpected folder dialog: {title}"
        return self.folders.pop(0)

    def choose_printer(self, parent: QWidget | None, printer: QPrinter, page_count: int) -> bool:
        self.shown.append(("print", str(page_count)))
        assert self.printers, "unexpected print dialog"
        return self.printers.pop(0)(parent, printer, page_count)

    def run(self, dialog: QDialog) -> bool:
        self.shown.append(("run", type(dialog).__name__))
        assert self.handlers, f"unexpected dialog: {type(dialog).__name__}"
        return self.handlers.pop(0)(dialog)

    def messages(self, kind: str) -> list[str]:
        """The texts shown of one kind ("inform", "warn", "error", "confirm", …)."""
        return [text for shown_kind, text in self.shown if shown_kind == kind]
