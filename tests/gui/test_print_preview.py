"""The print preview: pages on screen, the language re-chosen, saved and printed as shown."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pypdfium2
import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from reportlab.platypus import PageBreak

from desktop.context import AppContext
from desktop.printer import chosen_pages, copies_in_order
from desktop.screens.print_preview import PrintPreviewDialog, show_print_preview
from printing.layout import HouseStyle, build_pdf, fields, paragraph, title
from printing.words import Words
from storage.errors import DuoError
from tests.gui.fakes import ScriptedDialogs

HOUSE = HouseStyle("Mentoring Gent", "Kouter 1\n9000 Gent")
NAMES = ("Ayşe Yılmaz", "Łukasz Wróbel", "Ольга Петренко", "Νίκος Παπαδόπουλος", "ليلى حداد")
PAGES = 3


def sample_pdf(language: str) -> bytes:
    """Three pages in the house style, in `language`."""
    words = Words("common", language)
    story: list[object] = []
    for page in range(PAGES):
        if page:
            story.append(PageBreak())
        story += [
            title(f"{words('mentee')} {page + 1}"),
            fields([(words("name"), name) for name in NAMES]),
            paragraph(words("signature")),
        ]
    return build_pdf(story, house=HOUSE, words=words, title="Sample")  # type: ignore[arg-type]


class Renders:
    """A render function that records the languages asked for."""

    def __init__(self, fail_on: str | None = None) -> None:
        self.languages: list[str] = []
        self.fail_on = fail_on

    def __call__(self, language: str) -> bytes:
        self.languages.append(language)
        if language == self.fail_on:
            raise DuoError("This agreement cannot be printed: it has no start date yet.")
        return sample_pdf(language)


def printing_to(path: Path, pages: tuple[int, int] | None = None) -> Callable[..., bool]:
    """A print dialog that accepts, sending the job to a PDF file (optionally a range)."""

    def choose(parent: QWidget, printer: QPrinter, page_count: int) -> bool:
        assert page_count == PAGES
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        if pages is not None:
            printer.setPrintRange(QPrinter.PrintRange.PageRange)
            printer.setFromTo(*pages)
        return True

    return choose


def open_preview(
    qtbot: QtBot,
    context: AppContext,
    render: Renders,
    choose_printer: Callable[..., bool] | None = None,
) -> PrintPreviewDialog:
    if choose_printer is not None:
        context.dialogs.printers.append(choose_printer)  # type: ignore[attr-defined]
    dialog = PrintPreviewDialog(
        context,
        render,
        title="Agreement",
        file_stem="agreement",
        language="nl",
        today=lambda: date(2026, 11, 23),
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.is_busy())
    return dialog


def test_the_preview_shows_every_page_in_the_language_asked(
    qtbot: QtBot, context: AppContext
) -> None:
    render = Renders()
    dialog = open_preview(qtbot, context, render)
    assert render.languages == ["nl"]
    assert dialog.page_count() == PAGES
    assert dialog.message() == ""
    assert dialog.windowTitle() == "Agreement — print preview"
    assert not dialog.isModal()
    text = PdfReader(io.BytesIO(dialog.pdf() or b"")).pages[0].extract_text()
    assert "Pagina 1 van 3" in text


def test_choosing_another_language_renders_the_document_again(
    qtbot: QtBot, context: AppContext
) -> None:
    render = Renders()
    dialog = open_preview(qtbot, context, render)
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("fr"))
    qtbot.waitUntil(lambda: not dialog.is_busy())
    assert render.languages == ["nl", "fr"]
    assert dialog.language() == "fr"
    text = PdfReader(io.BytesIO(dialog.pdf() or b"")).pages[0].extract_text()
    assert "Page 1 sur 3" in text and "Mentoré·e" in text


def test_page_down_and_up_turn_whole_pages(qtbot: QtBot, context: AppContext) -> None:
    dialog = open_preview(qtbot, context, Renders())
    assert dialog.controls.current_page() == 0
    qtbot.keyClick(dialog.viewer.pdf_view, Qt.Key.Key_PageDown)
    qtbot.waitUntil(lambda: dialog.controls.current_page() == 1)
    assert dialog.controls.page_box.value() == 2
    qtbot.keyClick(dialog.viewer.pdf_view, Qt.Key.Key_PageUp)
    qtbot.waitUntil(lambda: dialog.controls.current_page() == 0)
    dialog.controls.page_box.setValue(3)
    qtbot.waitUntil(lambda: dialog.controls.current_page() == 2)


def test_save_pdf_writes_the_document_shown(
    qtbot: QtBot, context: AppContext, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    dialog = open_preview(qtbot, context, Renders())
    assert dialog.suggested_name() == "agreement-2026-11-23-nl.pdf"
    dialogs.files.append(tmp_path / "chosen")  # typed without ".pdf"
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    saved = tmp_path / "chosen.pdf"
    assert saved.read_bytes() == dialog.pdf()
    assert dialog.status.text.text() == "Saved as chosen.pdf."
    assert [path.name for path in tmp_path.iterdir()] == ["chosen.pdf"]  # no copy left


def test_a_save_that_fails_says_so(
    qtbot: QtBot, context: AppContext, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    dialog = open_preview(qtbot, context, Renders())
    dialogs.files.append(tmp_path / "no such folder" / "agreement.pdf")
    dialog.save_pdf()
    assert dialogs.messages("error") == [
        "Duo could not save the PDF as agreement.pdf. Choose another folder, or check that the "
        "disk is connected and has room."
    ]


def test_print_sends_every_page_to_the_printer(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    printed = tmp_path / "printed.pdf"
    dialog = open_preview(qtbot, context, Renders(), printing_to(printed))
    qtbot.keyClick(dialog, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not dialog.is_busy())
    assert len(PdfReader(printed).pages) == PAGES
    assert dialog.status.text.text() == "3 pages sent to the printer."
    # The pages are the document's, not blank sheets: the title's ink is on the first.
    page = pypdfium2.PdfDocument(printed)[0].render(scale=0.5).to_pil().convert("L")
    assert page.getextrema()[0] < 100


def test_print_honours_the_pages_chosen(
    qtbot: QtBot, context: AppContext, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    printed = tmp_path / "printed.pdf"
    dialog = open_preview(qtbot, context, Renders(), printing_to(printed, (2, 3)))
    dialog.print_document()
    qtbot.waitUntil(lambda: not dialog.is_busy())
    assert len(PdfReader(printed).pages) == 2

    outside = tmp_path / "outside.pdf"
    dialogs.printers.append(printing_to(outside, (5, 9)))
    dialog.print_document()
    assert not dialog.is_busy() and not outside.exists()
    assert dialogs.messages("warn") == [
        "The pages chosen are not in this document. Choose pages from 1 to 3."
    ]


def test_a_cancelled_print_dialog_prints_nothing(qtbot: QtBot, context: AppContext) -> None:
    dialog = open_preview(qtbot, context, Renders(), lambda *_args: False)
    dialog.print_document()
    assert not dialog.is_busy() and dialog.status.text.text() == ""


def test_a_document_that_cannot_be_prepared_shows_its_reason(
    qtbot: QtBot, context: AppContext, dialogs: ScriptedDialogs
) -> None:
    dialog = open_preview(qtbot, context, Renders(fail_on="nl"))
    assert dialogs.messages("error") == [
        "This agreement cannot be printed: it has no start date yet."
    ]
    assert dialog.pdf() is None and "could not be prepared" in dialog.message()
    assert not dialog.print_button.isEnabled() and not dialog.save_button.isEnabled()


def test_a_language_that_fails_keeps_the_document_shown(
    qtbot: QtBot, context: AppContext, dialogs: ScriptedDialogs
) -> None:
    dialog = open_preview(qtbot, context, Renders(fail_on="en"))
    shown = dialog.pdf()
    dialog.set_language("en")
    qtbot.waitUntil(lambda: not dialog.is_busy())
    assert len(dialogs.messages("error")) == 1
    assert dialog.pdf() == shown and dialog.language() == "nl"
    assert dialog.language_box.currentData() == "nl"
    assert dialog.print_button.isEnabled()


def test_escape_closes_the_preview_and_lets_the_document_go(
    qtbot: QtBot, context: AppContext
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    dialog = show_print_preview(
        parent, context, Renders(), title="Certificate", file_stem="certificate"
    )
    qtbot.waitUntil(lambda: not dialog.is_busy())
    assert dialog.parent() is parent and dialog.language() == "en"
    with qtbot.waitSignal(dialog.destroyed):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)


def test_closing_while_preparing_waits_for_the_work_to_end(
    qtbot: QtBot, context: AppContext
) -> None:
    dialog = PrintPreviewDialog(context, Renders(), title="Report", file_stem="report")
    dialog.show()
    assert dialog.is_busy()
    with qtbot.waitSignal(dialog.destroyed):
        dialog.reject()
        assert dialog.isHidden()


@pytest.mark.parametrize(
    ("kind", "ranges", "expected"),
    [
        (QPrinter.PrintRange.AllPages, None, [0, 1, 2, 3]),
        (QPrinter.PrintRange.PageRange, (2, 3), [1, 2]),
        (QPrinter.PrintRange.PageRange, (3, 9), [2, 3]),
        (QPrinter.PrintRange.CurrentPage, None, [1]),
    ],
)
def test_the_pages_chosen_in_the_print_dialog(
    kind: QPrinter.PrintRange, ranges: tuple[int, int] | None, expected: list[int]
) -> None:
    printer = QPrinter()
    printer.setPrintRange(kind)
    if ranges:
        printer.setFromTo(*ranges)
    assert chosen_pages(printer, 4, current_page=1) == expected


def test_copies_made_by_duo_come_in_the_order_asked() -> None:
    assert copies_in_order([0, 1], 2, collate=True) == [0, 1, 0, 1]
    assert copies_in_order([0, 1], 2, collate=False) == [0, 0, 1, 1]
