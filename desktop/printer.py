"""Printing a PDF held in memory on a real printer, page by page, through Qt.

    printer = a4_printer("agreement")
    if ask_printer(parent, printer, page_count):                 # Qt's print dialog
        pages = chosen_pages(printer, page_count, current_page)  # what the user chose
        print_pdf(pdf, printer, pages, progress)                 # on a worker thread

Qt cannot send a PDF to a printer as it is, so each page is drawn into an image with
`QPdfDocument.render` and painted on the `QPrinter`. Painting on a `QPrinter` from a worker
thread is supported by Qt, and the PDF library behind `QPdfDocument` is serialised by Qt, so
the whole job runs off the GUI thread while the preview stays on screen.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QRect, QSize, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from desktop.tasks import ProgressFn
from storage.errors import DuoError

# A page image at 1200 dpi (what many drivers report) is over 500 MB; 300 dpi keeps text
# sharp on paper at 35 MB a page, and a batch of 200 certificates prints in seconds.
MAX_DPI = 300

translate = QCoreApplication.translate


class PrintingError(DuoError):
    """The printer could not be used (switched off, disconnected, a file that cannot be made)."""


def a4_printer(document_name: str) -> QPrinter:
    """A printer set up for Duo's A4 documents; `document_name` is what the print queue
    shows, so it must hold no personal data (e.g. "agreement")."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    # The PDF already has its margins: paint from the paper's edge, not inside the driver's.
    printer.setFullPage(True)
    printer.setDocName(document_name)
    return printer


def ask_printer(parent: QWidget, printer: QPrinter, page_count: int) -> bool:
    """Qt's print dialog: the printer, the pages (all, a range or the current one), copies."""
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(translate("Printer", "Print"))
    dialog.setMinMax(1, page_count)
    option = QAbstractPrintDialog.PrintDialogOption
    dialog.setOptions(option.PrintPageRange | option.PrintCurrentPage | option.PrintShowPageSize)
    return dialog.exec() == QDialog.DialogCode.Accepted


def chosen_pages(printer: QPrinter, page_count: int, current_page: int) -> list[int]:
    """The pages to print (from 0), as chosen in the print dialog; [] when the range chosen
    lies outside the document."""
    kind = printer.printRange()
    if kind is QPrinter.PrintRange.CurrentPage:
        return [current_page] if 0 <= current_page < page_count else []
    ranges = printer.pageRanges()
    if kind is QPrinter.PrintRange.PageRange and not ranges.isEmpty():
        return [page for page in range(page_count) if ranges.contains(page + 1)]
    return list(range(page_count))


def copies_in_order(pages: Sequence[int], copies: int, collate: bool) -> list[int]:
    """Every page to send, when Duo itself must make the copies: collated gives 1 2 3 1 2 3,
    not collated 1 1 2 2 3 3."""
    if collate:
        return [page for _ in range(copies) for page in pages]
    return [page for page in pages for _ in range(copies)]


def print_pdf(pdf: bytes, printer: QPrinter, pages: Sequence[int], progress: ProgressFn) -> int:
    """Print `pages` (from 0) of `pdf` on `printer`; returns the number of sheets sent.
    Runs on a worker thread; `progress(done, total)` follows the pages."""
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready:
        raise PrintingError(
            translate("Printer", "This document cannot be printed: Duo could not read it back.")
        )
    copies = 1 if printer.supportsMultipleCopies() else max(1, printer.copyCount())
    order = copies_in_order(pages, copies, printer.collateCopies())
    dpi = min(printer.resolution(), MAX_DPI)
    paper = printer.pageLayout().fullRectPixels(printer.resolution())
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintingError(
            translate(
                "Printer",
                "Duo could not start printing. Check that the printer is switched on and "
                "connected, then try again.",
            )
        )
    try:
        for done, page in enumerate(order):
            if done:
                printer.newPage()
            size = document.pagePointSize(page)
            image = document.render(
                page, QSize(round(size.width() * dpi / 72), round(size.height() * dpi / 72))
            )
            painter.drawImage(_fit(image.size(), paper), image)
            progress(done + 1, len(order))
    except BaseException:
        painter.end()
        raise
    finally:
        document.close()
    if not painter.end():
        raise PrintingError(
            translate(
                "Printer",
                "The printer did not take the document. Check the printer, then try again.",
            )
        )
    return len(order)


def _fit(source: QSize, target: QRect) -> QRect:
    """`source` scaled to fit in `target`, centred: an A4 page on Letter paper is not cut."""
    scaled = source.scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
    left = target.x() + (target.width() - scaled.width()) // 2
    top = target.y() + (target.height() - scaled.height()) // 2
    return QRect(left, top, scaled.width(), scaled.height())
