"""Shared steps of the Print… tests: the preview a screen opened, and the text it shows."""

from __future__ import annotations

import io
import re

from pypdf import PdfReader
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop.screens.print_preview import PrintPreviewDialog
from storage.programme import Programme
from storage.records import LanguageSkill


def preview_of(qtbot: QtBot, parent: QWidget) -> PrintPreviewDialog:
    """The one print preview open over `parent`, once its document is on screen."""
    found: list[PrintPreviewDialog] = []

    def ready() -> bool:
        found[:] = [d for d in parent.findChildren(PrintPreviewDialog) if d.isVisible()]
        return len(found) == 1 and not found[0].is_busy() and found[0].pdf() is not None

    qtbot.waitUntil(ready, timeout=10_000)
    return found[0]


def preview_after(qtbot: QtBot, parent: QWidget, action: QAction) -> PrintPreviewDialog:
    """Choose a menu entry, then the preview it opened over `parent`."""
    action.trigger()
    return preview_of(qtbot, parent)


def shown_text(preview: PrintPreviewDialog) -> str:
    """The text of every page the preview shows."""
    pdf = preview.pdf()
    assert pdf is not None
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def squeezed(text: str) -> str:
    """`text` without any white space (a key drawn letter by letter reads back spaced)."""
    return re.sub(r"\s+", "", text)


def speaks(programme: Programme, case_id: str, language: str, level: str, author: str) -> None:
    """Record that the participant speaks `language` at `level`."""
    with programme.cases.edit(case_id, author=author) as edit:
        edit.add(LanguageSkill(language=language, level=level))
