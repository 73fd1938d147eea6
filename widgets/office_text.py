"""The text of a DOCX or ODT document as simple HTML: headings, bold, italics, lists, tables.

Pure Python (`zipfile` and `xml.etree`), so it is tested without Qt. Documents come from
outside, so the reading is guarded: the XML parts are read up to a size limit (a "zip bomb"
costs nothing) and a part declaring a DTD is refused (no entity expansion ever happens).
"""

from __future__ import annotations

import html
import io
import re
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Iterator

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
ODT = "application/vnd.oasis.opendocument.text"
MAX_PART_BYTES = 32 * 1024 * 1024

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_O = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_T = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_S = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
_FO = "{urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0}"
_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_DTD = re.compile(rb"<!(DOCTYPE|ENTITY)", re.IGNORECASE)
# Word keeps the built-in English style names ("heading 1") whatever the user's language.
_HEADING = re.compile(r"^heading\s*(\d)$", re.IGNORECASE)
_MAX_SPACES = 40
_STYLE = (
    "<style>table { border-collapse: collapse; } "
    "td { border: 1px solid #999; padding: 3px; }</style>"
)


class OfficeTextError(Exception):
    """The document is not a readable DOCX or ODT file."""


def office_html(data: bytes, media_type: str) -> str:
    """The document's text as HTML; `OfficeTextError` if it cannot be read."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            if media_type == DOCX:
                body = _docx(archive)
            elif media_type == ODT:
                body = _odt(archive)
            else:
                raise OfficeTextError(media_type)
    except (zipfile.BadZipFile, ET.ParseError, KeyError, ValueError, EOFError) as error:
        raise OfficeTextError(type(error).__name__) from error
    return f"<html><head>{_STYLE}</head><body>{body}</body></html>"


def _part(archive: zipfile.ZipFile, name: str, *, required: bool = True) -> ET.Element | None:
    try:
        info = archive.getinfo(name)
    except KeyError:
        if required:
            raise
        return None
    if info.file_size > MAX_PART_BYTES:
        raise OfficeTextError("part too large")
    with archive.open(info) as handle:
        content = handle.read(MAX_PART_BYTES + 1)
    if len(content) > MAX_PART_BYTES or _DTD.search(content):
        raise OfficeTextError("part refused")
    return ET.fromstring(content)  # noqa: S314 (size-limited, DTDs refused above)


def _wrap(text: str, bold: bool, italic: bool) -> str:
    if not text:
        return ""
    if bold:
        text = f"<b>{text}</b>"
    if italic:
        text = f"<i>{text}</i>"
    return text


# --- DOCX -----------------------------------------------------------------------------------


def _docx(archive: zipfile.ZipFile) -> str:
    document = _part(archive, "word/document.xml")
    styles = _part(archive, "word/styles.xml", required=False)
    names: dict[str, str] = {}
    if styles is not None:
        for style in styles.iter(f"{_W}style"):
            name = style.find(f"{_W}name")
            if name is not None:
                names[style.get(f"{_W}styleId", "")] = name.get(f"{_W}val", "")
    body = document.find(f"{_W}body") if document is not None else None
    if body is None:
        raise OfficeTextError("no body")
    return "".join(_docx_blocks(body, names))


def _docx_blocks(parent: ET.Element, names: dict[str, str]) -> Iterator[str]:
    for element in parent:
        if element.tag == f"{_W}p":
            yield _docx_paragraph(element, names)
        elif element.tag == f"{_W}tbl":
            rows = []
            for row in element.iter(f"{_W}tr"):
                cells = "".join(
                    f"<td>{''.join(_docx_blocks(cell, names))}</td>"
                    for cell in row.findall(f"{_W}tc")
                )
                rows.append(f"<tr>{cells}</tr>")
            yield f"<table>{''.join(rows)}</table>"
        elif element.tag == f"{_W}sdt":
            content = element.find(f"{_W}sdtContent")
            if content is not None:
                yield from _docx_blocks(content, names)


def _on(properties: ET.Element | None, tag: str) -> bool:
    if properties is None:
        return False
    found = properties.find(f"{_W}{tag}")
    return found is not None and found.get(f"{_W}val", "true") not in ("0", "false", "none")


def _docx_paragraph(paragraph: ET.Element, names: dict[str, str]) -> str:
    parts = []
    for run in paragraph.iter(f"{_W}r"):
        properties = run.find(f"{_W}rPr")
        bold, italic = _on(properties, "b"), _on(properties, "i")
        for child in run:
            if child.tag == f"{_W}t":
                parts.append(_wrap(html.escape(child.text or ""), bold, italic))
            elif child.tag == f"{_W}tab":
                parts.append("&emsp;")
            elif child.tag in (f"{_W}br", f"{_W}cr"):
                parts.append("<br>")
    text = "".join(parts)
    properties = paragraph.find(f"{_W}pPr")
    style = ""
    if properties is not None:
        style_element = properties.find(f"{_W}pStyle")
        if style_element is not None:
            style_id = style_element.get(f"{_W}val", "")
            style = names.get(style_id, style_id)
        if properties.find(f"{_W}numPr") is not None:
            return f"<p style='margin-left: 1.5em'>&bull;&nbsp;{text}</p>"
    level = _heading_level(style)
    if level:
        return f"<h{level}>{text}</h{level}>"
    return f"<p>{text or '&nbsp;'}</p>"


def _heading_level(style: str) -> int:
    if style.strip().lower() == "title":
        return 1
    match = _HEADING.match(style.strip())
    return min(int(match.group(1)), 6) if match else 0


# --- ODT ------------------------------------------------------------------------------------


def _odt(archive: zipfile.ZipFile) -> str:
    content = _part(archive, "content.xml")
    styles = _part(archive, "styles.xml", required=False)
    if content is None:
        raise OfficeTextError("no content")
    looks: dict[str, tuple[bool, bool]] = {}
    parents: dict[str, str] = {}
    for tree in (styles, content):
        if tree is None:
            continue
        for style in tree.iter(f"{_S}style"):
            name = style.get(f"{_S}name", "")
            properties = style.find(f"{_S}text-properties")
            if properties is not None:
                looks[name] = (
                    properties.get(f"{_FO}font-weight") == "bold",
                    properties.get(f"{_FO}font-style") == "italic",
                )
            parents[name] = style.get(f"{_S}parent-style-name", "")
    text = content.find(f"{_O}body/{_O}text")
    if text is None:
        raise OfficeTextError("no text")
    reader = _OdtReader(looks, parents)
    return "".join(reader.blocks(text))


class _OdtReader:
    def __init__(self, looks: dict[str, tuple[bool, bool]], parents: dict[str, str]) -> None:
        self._looks = looks
        self._parents = parents

    def _look(self, style: str) -> tuple[bool, bool]:
        seen = set()
        while style and style not in seen:
            if style in self._looks:
                return self._looks[style]
            seen.add(style)
            style = self._parents.get(style, "")
        return False, False

    def blocks(self, parent: ET.Element, bullet: bool = False) -> Iterator[str]:
        for element in parent:
            if element.tag == f"{_T}h":
                level = min(int(element.get(f"{_T}outline-level", "1") or 1), 6)
                yield f"<h{level}>{self.inline(element)}</h{level}>"
            elif element.tag == f"{_T}p":
                text = self.inline(element) or "&nbsp;"
                if bullet:
                    yield f"<p style='margin-left: 1.5em'>&bull;&nbsp;{text}</p>"
                else:
                    yield f"<p>{text}</p>"
            elif element.tag == f"{_T}list":
                for item in element:
                    yield from self.blocks(item, bullet=True)
            elif element.tag == f"{_TABLE}table":
                rows = []
                for row in element.iter(f"{_TABLE}table-row"):
                    cells = "".join(
                        f"<td>{''.join(self.blocks(cell))}</td>"
                        for cell in row.findall(f"{_TABLE}table-cell")
                    )
                    rows.append(f"<tr>{cells}</tr>")
                yield f"<table>{''.join(rows)}</table>"
            elif element.tag == f"{_T}section":
                yield from self.blocks(element, bullet)

    def inline(self, element: ET.Element, bold: bool = False, italic: bool = False) -> str:
        own_bold, own_italic = self._look(element.get(f"{_T}style-name", ""))
        bold, italic = bold or own_bold, italic or own_italic
        parts = [_wrap(html.escape(element.text or ""), bold, italic)]
        for child in element:
            if child.tag == f"{_T}s":
                spaces = int(child.get(f"{_T}c", "1") or 1)
                parts.append("&nbsp;" * max(1, min(spaces, _MAX_SPACES)))
            elif child.tag == f"{_T}tab":
                parts.append("&emsp;")
            elif child.tag == f"{_T}line-break":
                parts.append("<br>")
            elif child.tag in (f"{_T}span", f"{_T}a"):
                parts.append(self.inline(child, bold, italic))
            parts.append(_wrap(html.escape(child.tail or ""), bold, italic))
        return "".join(parts)
