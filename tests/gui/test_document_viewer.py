"""The document viewer and window: PDF, pictures, DOCX and ODT from memory; clear messages."""

from __future__ import annotations

import io
import zipfile

import pytest
from PySide6.QtCore import QBuffer, QIODevice, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from reportlab.pdfgen import canvas

from desktop.screens.document_window import show_document
from widgets.document_viewer import DocumentViewer
from widgets.office_text import DOCX, ODT, OfficeTextError, office_html

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
DOCUMENT_XML = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document {W}><w:body>
<w:p><w:pPr><w:pStyle w:val="Kop1"/></w:pPr><w:r><w:t>Curriculum vitae</w:t></w:r></w:p>
<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Skills:</w:t></w:r><w:r><w:t xml:space="preserve"> Python</w:t></w:r>
<w:r><w:tab/><w:rPr><w:i/></w:rPr><w:t>and SQL</w:t></w:r></w:p>
<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/></w:numPr></w:pPr><w:r><w:t>Site engineer, Lagos</w:t></w:r></w:p>
<w:p><w:r><w:rPr><w:b w:val="0"/></w:rPr><w:t>Not bold &amp; &lt;escaped&gt;</w:t></w:r></w:p>
<w:tbl><w:tr><w:tc><w:p><w:r><w:t>2019</w:t></w:r></w:p></w:tc>
<w:tc><w:p><w:r><w:t>Bridge project</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
</w:body></w:document>"""  # noqa: E501 (a document as it is)
STYLES_XML = f"""<?xml version="1.0" encoding="UTF-8"?>
<w:styles {W}><w:style w:styleId="Kop1"><w:name w:val="heading 1"/></w:style></w:styles>"""

ODT_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
)
CONTENT_XML = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-content {ODT_NS}>
<office:automatic-styles>
<style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
</office:automatic-styles>
<office:body><office:text>
<text:h text:outline-level="2">Werkervaring</text:h>
<text:p>Boekhouder bij <text:span text:style-name="T1">Atlas</text:span>,<text:s text:c="2"/>Casablanca</text:p>
<text:list><text:list-item><text:p>Excel</text:p></text:list-item></text:list>
<table:table><table:table-row><table:table-cell><text:p>2015</text:p></table:table-cell></table:table-row></table:table>
</office:text></office:body></office:document-content>"""  # noqa: E501 (a document as it is)


def zipped(parts: dict[str, str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, text in parts.items():
            archive.writestr(name, text)
    return buffer.getvalue()


def docx_bytes() -> bytes:
    return zipped({"word/document.xml": DOCUMENT_XML, "word/styles.xml": STYLES_XML})


def odt_bytes() -> bytes:
    return zipped({"mimetype": ODT, "content.xml": CONTENT_XML})


def pdf_bytes(pages: int) -> bytes:
    buffer = io.BytesIO()
    document = canvas.Canvas(buffer)
    for number in range(pages):
        document.drawString(72, 720, f"Page {number + 1}")
        document.showPage()
    document.save()
    return buffer.getvalue()


def png_bytes() -> bytes:
    image = QImage(60, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("teal"))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data().data())


@pytest.fixture
def viewer(qtbot: QtBot) -> DocumentViewer:
    widget = DocumentViewer()
    qtbot.addWidget(widget)
    widget.resize(700, 800)
    with qtbot.waitExposed(widget):
        widget.show()
    return widget


def test_a_pdf_shows_all_its_pages(viewer: DocumentViewer) -> None:
    assert viewer.show_document(pdf_bytes(3), "application/pdf", "cv.pdf")
    assert viewer.pdf_document.pageCount() == 3
    assert viewer.pdf_view.isVisible()
    assert viewer.message() == ""


def test_a_picture_is_shown(viewer: DocumentViewer) -> None:
    assert viewer.show_document(png_bytes(), "image/png", "scan.png")
    assert viewer.picture.isVisible() and viewer.message() == ""


def test_a_docx_reads_as_formatted_text(viewer: DocumentViewer) -> None:
    assert viewer.show_document(docx_bytes(), DOCX, "cv.docx")
    text = viewer.text.toPlainText()
    for expected in ("Curriculum vitae", "Skills: Python", "and SQL", "Site engineer, Lagos"):
        assert expected in text
    assert "Not bold & <escaped>" in text and "Bridge project" in text
    html = office_html(docx_bytes(), DOCX)
    assert "<h1>Curriculum vitae</h1>" in html
    assert "<b>Skills:</b>" in html and "<i>and SQL</i>" in html
    assert "&bull;&nbsp;Site engineer" in html
    assert "<b>Not bold" not in html
    assert "<td><p>2019</p></td>" in html


def test_an_odt_reads_as_formatted_text(viewer: DocumentViewer) -> None:
    assert viewer.show_document(odt_bytes(), ODT, "cv.odt")
    text = viewer.text.toPlainText()
    assert "Werkervaring" in text and "Boekhouder bij Atlas" in text and "Excel" in text
    html = office_html(odt_bytes(), ODT)
    assert "<h2>Werkervaring</h2>" in html and "<b>Atlas</b>" in html
    assert "Atlas</b>,&nbsp;&nbsp;Casablanca" in html
    assert "&bull;&nbsp;Excel" in html and "<td><p>2015</p></td>" in html


def test_the_media_type_is_guessed_from_the_name_when_vague(viewer: DocumentViewer) -> None:
    assert viewer.show_document(docx_bytes(), "application/octet-stream", "CV.DOCX")
    assert "Curriculum vitae" in viewer.text.toPlainText()


@pytest.mark.parametrize(
    ("data", "media_type", "name", "says"),
    [
        (b"%PDF-1.4 broken", "application/pdf", "cv.pdf", "This PDF cannot be shown"),
        (b"not a picture", "image/jpeg", "cv.jpg", "This picture cannot be shown"),
        (b"not a zip", DOCX, "cv.docx", "This document cannot be shown"),
        (b"PK\x03\x04 truncated", ODT, "cv.odt", "This document cannot be shown"),
        (b"MZ", "application/x-msdownload", "cv.exe", "cannot show this kind of file"),
    ],
)
def test_what_cannot_be_shown_gets_a_clear_message(
    viewer: DocumentViewer, data: bytes, media_type: str, name: str, says: str
) -> None:
    assert not viewer.show_document(data, media_type, name)
    assert says in viewer.message()


def test_office_files_with_a_dtd_or_a_huge_part_are_refused() -> None:
    entity = DOCUMENT_XML.replace(
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
        '<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaaaaaaaa">]>',
    )
    with pytest.raises(OfficeTextError):
        office_html(zipped({"word/document.xml": entity}), DOCX)
    with pytest.raises(OfficeTextError):
        office_html(zipped({"content.xml": "<a/>"}), ODT)  # no text body
    with pytest.raises(OfficeTextError):
        office_html(zipped({"word/styles.xml": STYLES_XML}), DOCX)  # no document part


def test_show_document_opens_a_window_beside_the_form_that_escape_closes(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    window = show_document(parent, pdf_bytes(1), "application/pdf", "cv.pdf")
    qtbot.waitUntil(window.isActiveWindow)
    assert window.isWindow() and window.isVisible() and not window.isModal()
    assert window.windowTitle() == "cv.pdf — Duo"
    assert window.parent() is parent  # locking closes the screens, and this window with them
    with qtbot.waitSignal(window.destroyed):
        qtbot.keyClick(window, Qt.Key.Key_Escape)
