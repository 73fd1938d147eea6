"""The two previews of the review: exactly what the mentor and the mentee will receive.

Each preview is drawn from its packet (`desktop.matching.disclosure`) and from nothing else,
so what the coach checks here is what leaves their hands: the mentor gets the mentee's full
CV and the profile fields in `MentorPacket`; the mentee gets the mentor's given name and
short profile.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.labels import availability_slots, level_label
from desktop.matching.disclosure import (
    FieldValue,
    MenteePacket,
    MentorPacket,
    SharedJobTarget,
    SharedLanguage,
)
from desktop.screens.case_profile import ProfileGroup, profile_html, quiet_colour
from desktop.screens.case_words import CaseWords, field_labels, language_name, size_text
from storage.records import Attachment
from widgets.document_viewer import DocumentViewer

_CARD_WIDTH = 720  # pixels: a card to read, not a line across a wide screen
_LABEL_WIDTH = 200  # pixels: the widest label of a packet ("Diploma recognised in Belgium")


translate = QCoreApplication.translate


# --- the mentor's packet, in words ----------------------------------------------------------


def _groups() -> list[tuple[str, tuple[str, ...]]]:
    return [
        (translate("MatchReviewPreviews", "The mentee"), ("given_name", "municipality")),
        (translate("MatchReviewPreviews", "Job target"), ("job_targets",)),
        (
            translate("MatchReviewPreviews", "Diploma and experience"),
            (
                "diploma_level",
                "diploma_field",
                "diploma_recognised",
                "experience_years",
                "experience_summary",
            ),
        ),
        (
            translate("MatchReviewPreviews", "Languages and availability"),
            ("languages", "availability"),
        ),
        (translate("MatchReviewPreviews", "Interests"), ("interests",)),
    ]


def _value_text(name: str, value: FieldValue, words: CaseWords) -> str:
    if isinstance(value, bool):
        return (
            translate("MatchReviewPreviews", "Yes")
            if value
            else translate("MatchReviewPreviews", "No")
        )
    if isinstance(value, tuple):
        return _items_text(name, value, words)
    if name == "diploma_level" and isinstance(value, str):
        return words.label("diploma_levels", value)
    return str(value)


def _items_text(name: str, items: tuple[object, ...], words: CaseWords) -> str:
    lines = []
    slots = dict(availability_slots())
    for item in items:
        if isinstance(item, SharedJobTarget):
            parts = [
                words.label("occupations", item.occupation),
                words.label("sectors", item.sector),
                item.description,
            ]
            lines.append(" · ".join(part for part in parts if part))
        elif isinstance(item, SharedLanguage):
            lines.append(
                translate("MatchReviewPreviews", "{language}: {level}").format(
                    language=language_name(item.language), level=level_label(item.level)
                )
                if item.level
                else language_name(item.language)
            )
        else:
            lines.append(slots.get(str(item), str(item)) if name == "availability" else str(item))
    separator = ", " if name == "availability" else "\n"
    return separator.join(lines)


def mentor_packet_groups(packet: MentorPacket, words: CaseWords) -> list[ProfileGroup]:
    """The fields a mentor receives, grouped and in words; every field of the packet is
    shown, a field Duo has no group for under "Other", so the preview never hides one."""
    labels = field_labels() | {
        "job_targets": translate("MatchReviewPreviews", "Occupation and sector"),
        "languages": translate("MatchReviewPreviews", "Languages"),
    }
    sent = dict(packet.fields)
    groups = []
    for title, names in _groups():
        rows = [
            (labels[name], _value_text(name, sent.pop(name), words))
            for name in names
            if name in sent
        ]
        if rows:
            groups.append(ProfileGroup(title, rows))
    if sent:
        groups.append(
            ProfileGroup(
                translate("MatchReviewPreviews", "Other"),
                [
                    (labels.get(name, name), _value_text(name, value, words))
                    for name, value in sent.items()
                ],
            )
        )
    return groups


def mentee_card_html(packet: MenteePacket, palette: QPalette) -> str:
    """The mentor as the mentee will read them: a given name and a short profile."""
    muted = quiet_colour(palette)
    paper = palette.color(QPalette.ColorRole.Base).name()
    name = html.escape(packet.given_name)
    if packet.short_profile:
        text = html.escape(packet.short_profile).replace("\n", "<br>")
    else:
        missing = translate(
            "MatchReviewPreviews",
            "The mentor's short profile is not written yet: the mentee would learn nothing "
            "but the given name. Write it in the mentor's intake before proposing.",
        )
        text = f"<i style='color:{muted}'>{html.escape(missing)}</i>"
    return (
        f"<table width='100%' border='1' cellspacing='0' cellpadding='16' bgcolor='{paper}' "
        f"style='border-color:{muted}; border-style:solid'><tr><td>"
        f"<p style='font-size:large'><b>{name}</b></p><p>{text}</p></td></tr></table>"
    )


# --- the widgets ----------------------------------------------------------------------------


def _explanation(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def _browser(name: str) -> QTextBrowser:
    browser = QTextBrowser()
    browser.setOpenLinks(False)
    browser.setTabChangesFocus(True)
    browser.setAccessibleName(name)
    return browser


class CvPane(QStackedWidget):
    """A CV shown in full, or a message saying there is none."""

    def __init__(self, missing: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.viewer = DocumentViewer(self)
        self.viewer.setFocusProxy(self.viewer.pdf_view)
        self.missing = QLabel(missing, self)
        self.missing.setWordWrap(True)
        self.missing.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.missing.setMargin(24)
        self.addWidget(self.viewer)
        self.addWidget(self.missing)
        self.setAccessibleName(translate("MatchReviewPreviews", "CV"))

    def show_cv(self, cv: Attachment | None, data: bytes | None) -> None:
        """Show the CV's bytes, or the message when there is no CV."""
        if cv is None or data is None:
            self.setCurrentWidget(self.missing)
            self.setFocusProxy(None)
            return
        self.viewer.show_document(data, cv.media_type, cv.file_name)
        self.setCurrentWidget(self.viewer)
        self.setFocusProxy(self.viewer)

    def has_cv(self) -> bool:
        """Whether a CV is shown (rather than the message that there is none)."""
        return self.currentWidget() is self.viewer


class MentorPreview(QWidget):
    """What the mentor receives: the mentee's full CV and the profile fields of the packet."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.explanation = _explanation(
            self.tr(
                "When the match is proposed, the mentor receives the mentee's full CV and the "
                "profile below, and nothing else from the case file: no family name, contact "
                "details, origin, right to work or notes."
            )
        )
        self.profile = _browser(self.tr("Profile the mentor receives"))
        self.profile.setFrameShape(QFrame.Shape.NoFrame)
        self.cv_title = QLabel()
        self.cv_title.setTextFormat(Qt.TextFormat.PlainText)
        self.cv = CvPane(
            self.tr(
                "No CV attached: the mentor would receive the profile only. Attach the CV in "
                "the mentee's case file (Documents) first."
            )
        )
        cv_side = QWidget()
        cv_layout = QVBoxLayout(cv_side)
        cv_layout.setContentsMargins(0, 0, 0, 0)
        cv_layout.addWidget(self.cv_title)
        cv_layout.addWidget(self.cv, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.profile)
        splitter.addWidget(cv_side)
        splitter.setSizes([4000, 6000])
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(splitter, 1)
        self.setTabOrder(self.profile, self.cv)

    def show_packet(self, packet: MentorPacket, cv_data: bytes | None, words: CaseWords) -> None:
        """Show the packet: its fields in words, and the CV it carries."""
        groups = mentor_packet_groups(packet, words)
        self.profile.setHtml(profile_html(groups, None, self.palette(), _LABEL_WIDTH))
        cv = packet.cv
        self.cv_title.setText(
            self.tr("CV: {file} ({size})").format(file=cv.file_name, size=size_text(cv.size))
            if cv is not None
            else self.tr("CV")
        )
        self.cv.show_cv(cv, cv_data)


class MenteePreview(QWidget):
    """What the mentee receives: the mentor's given name and short profile, nothing more."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.explanation = _explanation(
            self.tr(
                "When the match is proposed, the mentee receives only this: the mentor's given "
                "name and the short profile written for them. Nothing else about the mentor "
                "leaves the programme."
            )
        )
        self.card = _browser(self.tr("What the mentee receives"))
        self.card.setFrameShape(QFrame.Shape.NoFrame)
        # The card draws its own paper; around it the page shows, as around a letter.
        self.card.setStyleSheet("QTextBrowser { background: transparent; }")
        self.card.setMaximumWidth(_CARD_WIDTH)
        centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addWidget(self.card, 4)
        centred.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(centred, 1)

    def show_packet(self, packet: MenteePacket) -> None:
        """Show the mentor as the mentee will read them."""
        self.card.setHtml(mentee_card_html(packet, self.palette()))
