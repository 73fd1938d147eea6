"""The print preview: a document Duo prints, shown in a window before it is printed or saved.

    show_print_preview(self, context, lambda language: agreement_pdf(..., language),
                       title=self.tr("Agreement"), file_stem="agreement", language="nl")

`render(language)` returns the PDF's bytes; it runs on a worker thread (a programme report
or 200 certificates take a second), so it must use only what it was given or opens itself.
The PDF stays in memory: nothing reaches the disk unless the coach saves it, and closing
the window lets it go. The language of the document is chosen here, apart from the
application's: a Dutch-speaking coach prints a French agreement.

The window is not modal, so the coach can keep the case in view; it belongs to the screen
that opened it, so locking the programme closes it too.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop.context import AppContext
from desktop.printer import a4_printer, chosen_pages, print_pdf
from desktop.screens.print_preview_parts import (
    LanguageBox,
    Sheet,
    StatusLine,
    action_button,
    fit_to_screen,
)
from desktop.tasks import ProgressFn, Task, run_task
from storage.atomic import write_atomically
from storage.errors import DuoError
from widgets.pdf_controls import PdfControls

Render = Callable[[str], bytes]


class PrintPreviewDialog(QDialog):
    """A printed document on screen, in the language chosen, with Print… and Save PDF…."""

    def __init__(
        self,
        context: AppContext,
        render: Render,
        *,
        title: str,
        file_stem: str,
        language: str = "en",
        parent: QWidget | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        """`file_stem` names the saved file and the print job ("agreement"): never a name
        or anything else about a person."""
        super().__init__(parent)
        self.context = context
        self._render = render
        self._file_stem = file_stem
        self._today = today
        self._pdf: bytes | None = None
        self._language = language  # the language of the document on screen
        self._task: Task | None = None
        self._closing: int | None = None  # closed while rendering: the result to end with
        self.setWindowTitle(self.tr("{title} — print preview").format(title=title))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        self.sheet = Sheet(self)
        self.viewer = self.sheet.viewer
        self.controls = PdfControls(self.viewer.pdf_view, self)
        self.language_box = LanguageBox(language, self)
        language_label = QLabel(self.tr("&Language"), self)
        language_label.setBuddy(self.language_box)
        self.save_button = action_button(
            self, self.tr("&Save PDF…"), QKeySequence.StandardKey.Save, self.save_pdf
        )
        self.print_button = action_button(
            self, self.tr("&Print…"), QKeySequence.StandardKey.Print, self.print_document
        )
        self.status = StatusLine(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        for button in buttons.buttons():
            button.setAutoDefault(False)

        bar = QHBoxLayout()
        for widget in (language_label, self.language_box):
            bar.addWidget(widget)
        bar.addSpacing(16)
        bar.addWidget(self.controls)
        bar.addStretch(1)
        for widget in (self.save_button, self.print_button):
            bar.addWidget(widget)
        foot = QHBoxLayout()
        foot.addWidget(self.status, 1)
        foot.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.sheet, 1)
        layout.addLayout(foot)

        self.language_box.chosen.connect(self.set_language)
        fit_to_screen(self)
        self.viewer.pdf_view.setFocus()
        self._start_render(language)

    # --- what the window shows ------------------------------------------------------------

    def pdf(self) -> bytes | None:
        """The PDF on screen, as printed and saved; None before the first one is ready."""
        return self._pdf

    def language(self) -> str:
        """The language of the document on screen."""
        return self._language

    def page_count(self) -> int:
        """The number of pages on screen."""
        return self.controls.page_count() if self._pdf is not None else 0

    def is_busy(self) -> bool:
        """Whether a document is being prepared or printed."""
        return self._task is not None

    def message(self) -> str:
        """What is shown instead of a document ("" while a document is shown)."""
        return self.sheet.notice()

    # --- language -------------------------------------------------------------------------

    def set_language(self, language: str) -> None:
        """Prepare the document again in `language` ("en", "nl", "fr")."""
        if self.is_busy() or (language == self._language and self._pdf is not None):
            return
        self._start_render(language)

    def _start_render(self, language: str) -> None:
        render = self._render
        preparing = self.tr("Preparing the document…")
        # Said once: in place of the document, or below the one still on screen.
        self._set_busy(preparing if self._pdf is not None else "")
        if self._pdf is None:
            self.sheet.show_notice(preparing)
        self.language_box.show_language(language)
        self._task = run_task(
            self,
            lambda _progress: render(language),
            lambda pdf: self._rendered(language, pdf),
            self._render_failed,
        )

    def _rendered(self, language: str, pdf: bytes) -> None:
        if self._ended_while_busy():
            return
        page = self.controls.current_page() if self._pdf is not None else 0
        shown = self.sheet.show_pdf(pdf)  # if not, the viewer says why in place of the pages
        self._pdf, self._language = (pdf if shown else None), language
        self.controls.refresh()
        self.controls.go_to_page(page)
        self._idle()

    def _render_failed(self, error: BaseException) -> None:
        if self._ended_while_busy():
            return
        self.language_box.show_language(self._language)
        if self._pdf is None:
            self.sheet.show_notice(
                self.tr("The document could not be prepared. Close this window and try again.")
            )
        self._idle()
        self.context.dialogs.report(self, error)

    # --- printing and saving --------------------------------------------------------------

    def print_document(self) -> None:
        """Qt's print dialog, then every page chosen there, printed off the GUI thread."""
        pdf, count = self._pdf, self.page_count()
        if pdf is None or self.is_busy():
            return
        printer = a4_printer(self._file_stem)
        if not self.context.dialogs.choose_printer(self, printer, count):
            return
        pages = chosen_pages(printer, count, self.controls.current_page())
        if not pages:
            self.context.dialogs.warn(
                self,
                self.tr("Nothing to print"),
                self.tr(
                    "The pages chosen are not in this document. Choose pages from 1 to {last}."
                ).format(last=count),
            )
            return

        def work(progress: ProgressFn) -> int:
            return print_pdf(pdf, printer, pages, progress)

        self._set_busy(self.tr("Printing…"))
        self._task = run_task(
            self, work, self._printed, self._print_failed, label=self.tr("Printing…")
        )

    def _printed(self, sheets: int) -> None:
        if self._ended_while_busy():
            return
        self._idle(
            self.tr("1 page sent to the printer.")
            if sheets == 1
            else self.tr("%n pages sent to the printer.", "", sheets)
        )

    def _print_failed(self, error: BaseException) -> None:
        if self._ended_while_busy():
            return
        self._idle()
        self.context.dialogs.report(self, error)

    def suggested_name(self) -> str:
        """The file name offered when saving: the document, the day and the language."""
        return f"{self._file_stem}-{self._today().isoformat()}-{self._language}.pdf"

    def save_pdf(self) -> None:
        """Ask where, then write the PDF there in one step (never half a file)."""
        pdf = self._pdf
        if pdf is None or self.is_busy():
            return
        path = self.context.dialogs.save_file(
            self, self.tr("Save the PDF"), self.suggested_name(), self.tr("PDF documents (*.pdf)")
        )
        if path is None:
            return
        if path.suffix.lower() != ".pdf":
            path = path.with_name(f"{path.name}.pdf")
        try:
            write_atomically(path, pdf)
        except DuoError as error:
            self.context.dialogs.show_error(self, error)
            return
        except OSError:
            message = self.tr(
                "Duo could not save the PDF as {name}. Choose another folder, or check that "
                "the disk is connected and has room."
            )
            self.context.dialogs.show_error(self, DuoError(message.format(name=path.name)))
            return
        self.status.say(self.tr("Saved as {name}.").format(name=path.name))

    # --- closing --------------------------------------------------------------------------

    def done(self, result: int) -> None:
        """Close, letting the PDF go; work still under way finishes out of sight first."""
        if self._task is not None:
            self._closing = result
            self.hide()
            return
        self._pdf = None
        self.sheet.forget()
        super().done(result)

    def _ended_while_busy(self) -> bool:
        self._task = None
        if self._closing is None:
            return False
        self.done(self._closing)
        return True

    # --- helpers --------------------------------------------------------------------------

    def _set_busy(self, text: str) -> None:
        self.status.say(text, busy=True)
        for widget in (self.language_box, self.controls, self.save_button, self.print_button):
            widget.setEnabled(False)

    def _idle(self, text: str = "") -> None:
        self.status.say(text)
        self.language_box.setEnabled(True)
        for widget in (self.controls, self.save_button, self.print_button):
            widget.setEnabled(self._pdf is not None)


def show_print_preview(
    parent: QWidget,
    context: AppContext,
    render: Render,
    *,
    title: str,
    file_stem: str,
    language: str = "en",
) -> PrintPreviewDialog:
    """Open the print preview beside the screen that asked for it; returns the window."""
    dialog = PrintPreviewDialog(
        context, render, title=title, file_stem=file_stem, language=language, parent=parent
    )
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
