"""The duo's printed documents: the agreement holds every term the duo agreed, in English,
Dutch and French; a session summary keeps all of a long text over numbered pages; a
certificate says who, when and how many meetings, one page each; every name prints in the
embedded font, Arabic joined."""

from __future__ import annotations

import io
import re
from datetime import date

import pypdfium2
import pytest
from pypdf import PdfReader

from printing.agreement import AgreementData, agreement_pdf, contact_text
from printing.certificates import CertificateData, certificate_pdf, certificates_pdf
from printing.fonts import missing_glyphs
from printing.layout import HouseStyle
from printing.session_summary import SessionData, session_summary_pdf
from printing.words import Words
from storage.duo_records import Agreement, Meeting, MeetingKind, MeetingMode, Reporter
from storage.records import Role

HOUSE = HouseStyle(name="Mentoring Gent", address="Kouter 1\n9000 Gent")
NAMES = {
    "latin": "Ayşe Yılmaz-Wróbel",
    "cyrillic": "Олена Коваленко",
    "greek": "Νίκος Παπαδόπουλος",
    "arabic": "محمد العلي",
}
AGREEMENT = Agreement(
    match_id="m",
    start_on=date(2026, 3, 10),
    planned_months=6,
    planned_end_on=date(2026, 9, 10),
    contact_every_days=14,
    meeting_places="The library café on the Kouter, or online when one of us travels.",
    keep_in_touch="WhatsApp for short questions, e-mail for documents.",
    mentor_commitments="Read each CV within a week and introduce two contacts in logistics.",
    mentee_commitments="Send a short report to the coach after each meeting.",
    charter_version="2025-2",
)
# What each language must say of the terms above.
TERMS = {
    "en": ("10 March 2026", "10 September 2026", "6 months", "At least once every 2 weeks"),
    "nl": ("10 maart 2026", "10 september 2026", "6 maanden", "Minstens één keer om de 2 weken"),
    "fr": (
        "10 mars 2026",
        "10 septembre 2026",
        "6 mois",
        "Au moins une fois toutes les 2 semaines",
    ),
}


def _text(pdf: bytes) -> str:
    """All pages' text, with every run of spaces and line breaks made one space."""
    pages = PdfReader(io.BytesIO(pdf)).pages
    return " ".join(" ".join(page.extract_text() for page in pages).split())


def _fonts(pdf: bytes) -> set[str]:
    names = set()
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for font in page["/Resources"]["/Font"].values():
            names.add(str(font.get_object()["/BaseFont"]))
    return names


def _meeting(**fields: object) -> Meeting:
    values: dict[str, object] = {
        "match_id": "m",
        "held_on": date(2026, 4, 14),
        "minutes": 90,
        "place": "Library café",
        "reported_by": Reporter.BOTH,
        "check_in": "A busy week; motivated.",
        "topic": "A CV for employers in logistics",
        "goal": "A two-page CV that shows results, by 28 April.",
        "plan": "Start from the strengths list.\nRewrite the experience.",
        "work": "Rewrote the experience section together.",
        "next_steps": "The mentee finishes the CV by Friday.",
        "next_meeting_on": date(2026, 4, 28),
        "next_topic": "Finding vacancies",
        "next_preparation": "Bring five vacancies.",
        "works_well": "Clear agreements.",
        "missing": "More time for role play.",
        "domains": ["cv", "vacancies"],
    }
    values.update(fields)
    return Meeting(**values)  # type: ignore[arg-type]


def _certificate(name: str = "Ayşe Yılmaz", role: Role = Role.MENTEE) -> CertificateData:
    return CertificateData(
        name=name,
        role=role,
        programme="Mentoring Gent",
        started_on=date(2026, 3, 10),
        ended_on=date(2026, 9, 10),
        meetings=12,
        signer="Sofie Claes",
        place="Gent",
        issued_on=date(2026, 9, 20),
    )


@pytest.mark.parametrize("language", sorted(TERMS))
def test_the_agreement_holds_every_term_of_the_duo(language: str) -> None:
    data = AgreementData(
        AGREEMENT, mentee="Ayşe Yılmaz", mentor="Łukasz Wróbel", coach="Sofie Claes"
    )
    pdf = agreement_pdf(data, HOUSE, language)
    text = _text(pdf)
    expected = [
        *TERMS[language],
        AGREEMENT.meeting_places,
        AGREEMENT.keep_in_touch,
        AGREEMENT.mentor_commitments,
        AGREEMENT.mentee_commitments,
        "2025-2",
        "Ayşe Yılmaz",
        "Łukasz Wróbel",
        "Sofie Claes",
        Words("agreement", language)("section_confidential"),
        Words("agreement", language)("section_problems"),
    ]
    for term in expected:
        assert term in text, (language, term)
    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    assert Words("agreement", language)("page_of", page=pages, pages=pages) in text
    # The PDF's properties, shown by mail programs and file managers, name nobody.
    title = PdfReader(io.BytesIO(pdf)).metadata.title
    assert title == Words("agreement", language)("title")


def test_contact_is_said_in_weeks_when_it_can_be() -> None:
    words = Words("agreement", "en")
    assert contact_text(words, 7) == "At least once a week"
    assert contact_text(words, 21) == "At least once every 3 weeks"
    assert contact_text(words, 10) == "At least once every 10 days"


def test_an_agreement_with_blank_terms_still_prints_their_labels_to_fill_in() -> None:
    blank = Agreement(match_id="m", start_on=date(2026, 3, 10), planned_end_on=date(2026, 9, 10))
    text = _text(agreement_pdf(AgreementData(blank, "Ayşe Yılmaz", "Łukasz Wróbel"), HOUSE, "nl"))
    for label in ("Waar we afspreken", "Wat de mentor zal doen", "Wat de mentee zal doen"):
        assert label in text
    assert "Niet genoteerd" in text  # no charter version yet


def test_a_long_session_summary_keeps_every_sentence_over_numbered_pages() -> None:
    sentences = [f"Sentence {n} of what they worked on." for n in range(1, 401)]
    work = "\n\n".join(" ".join(sentences[n : n + 4]) for n in range(0, 400, 4))
    meeting = _meeting(work=work, missing="Salary < 2000 & <b>not bold</b>")
    pdf = session_summary_pdf(SessionData(meeting, "Ayşe Yılmaz", "Łukasz Wróbel"), HOUSE, "fr")
    reader = PdfReader(io.BytesIO(pdf))
    text = _text(pdf)
    pages = len(reader.pages)
    assert pages >= 3
    assert "Sentence 1 of what they worked on." in text
    assert "Sentence 400 of what they worked on." in text
    assert f"Page {pages} sur {pages}" in text
    # The steps after the long one are all there, and typed text is printed as typed.
    assert "Thème du prochain rendez-vous Finding vacancies" in text
    assert "Salary < 2000 & <b>not bold</b>" in text
    assert "CV · Trouver des offres d’emploi" in text


def test_a_short_contact_prints_its_one_summary_without_the_steps() -> None:
    contact = Meeting(
        match_id="m",
        held_on=date(2026, 4, 21),
        kind=MeetingKind.CONTACT,
        minutes=15,
        mode=MeetingMode.PHONE,
        topic="The CV is ready; the mentor sends it to an HR colleague.",
    )
    text = _text(
        session_summary_pdf(SessionData(contact, "Ayşe Yılmaz", "Łukasz Wróbel"), HOUSE, "en")
    )
    assert "Short contact" in text
    assert "The CV is ready; the mentor sends it to an HR colleague." in text
    assert "By phone" in text
    assert "15 minutes" in text
    assert "Check-in" not in text


@pytest.mark.parametrize("language", sorted(TERMS))
def test_a_certificate_says_who_when_and_how_many_meetings(language: str) -> None:
    pdf = certificate_pdf(_certificate(role=Role.MENTOR), HOUSE, language)
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    text = _text(pdf)
    start, end = TERMS[language][:2]
    words = Words("certificate", language)
    assert "Ayşe Yılmaz" in text
    assert words("period", start=start, end=end) in text
    assert words("meetings", count=12) in text
    assert "Sofie Claes" in text
    assert "Ayşe" not in (reader.metadata.title or "")
    # No page number on a certificate.
    assert words("page_of", page=1, pages=1) not in text


def test_a_batch_has_one_page_per_certificate_even_for_a_very_long_name() -> None:
    long_name = "Νίκος Παπαδόπουλος-Κωνσταντινόπουλος Олена Коваленко-Шевченко Nguyễn Thị Hương"
    batch = [_certificate(), _certificate(long_name), _certificate("Олена Коваленко", Role.MENTOR)]
    reader = PdfReader(io.BytesIO(certificates_pdf(batch, HOUSE, "nl")))
    assert len(reader.pages) == 3
    texts = [" ".join(page.extract_text().split()) for page in reader.pages]
    assert "Ayşe Yılmaz" in texts[0]
    assert "Κωνσταντινόπουλος" in texts[1]
    assert "Олена Коваленко" in texts[2]


def _documents(name: str) -> dict[str, bytes]:
    agreement = AgreementData(AGREEMENT, mentee=name, mentor="Ingrid Vandersteen")
    session = SessionData(_meeting(), mentee=name, mentor="Ingrid Vandersteen")
    return {
        "agreement": agreement_pdf(agreement, HOUSE, "en"),
        "session": session_summary_pdf(session, HOUSE, "nl"),
        "certificate": certificate_pdf(_certificate(name), HOUSE, "fr"),
    }


def _pixels(pdf: bytes) -> bytes:
    return pypdfium2.PdfDocument(pdf)[0].render(scale=1).to_pil().convert("L").tobytes()


@pytest.mark.parametrize("script", sorted(NAMES))
def test_every_name_prints_in_the_embedded_font(script: str) -> None:
    name = NAMES[script]
    assert missing_glyphs(name) == set()
    for document, pdf in _documents(name).items():
        fonts = _fonts(pdf)
        assert fonts and all("DejaVuSans" in font for font in fonts), (document, fonts)
        assert not any("Helvetica" in font for font in fonts), document
        # The name is drawn: the first page differs from the same page without it.
        assert _pixels(pdf) != _pixels(_documents("")[document]), document


def test_arabic_names_are_printed_joined() -> None:
    for document, pdf in _documents(NAMES["arabic"]).items():
        text = _text(pdf)
        assert re.search("[\ufe70-\ufeff]{3}", text), document
        assert not re.search("[\u0621-\u064a]", text), document
