"""A participant's printed documents: the intake summary, the letter after screening and the
consent form, in English, Dutch and French, with every name in its own script."""

from __future__ import annotations

import dataclasses
import io
from datetime import date

import pytest
from pypdf import PdfReader

from printing.consent_form import consent_form_pdf
from printing.fonts import missing_glyphs
from printing.intake_summary import intake_summary_pdf
from printing.letters import letter_pdf
from printing.words import Words
from storage.lists import default_items
from storage.records import Decision, ScreeningDecision
from tests.case_documents import (
    HOUSE,
    LABELS,
    flat,
    fonts_of,
    has_arabic_shaped,
    mentee_case,
    mentor_case,
    text_of,
)

DAY = date(2026, 3, 4)
PURPOSES = [(item.code, item.label) for item in default_items("consent_purposes")]
NAMES = {
    "latin": ("Łukasz", "Wróbel-Nguyễn"),
    "cyrillic": ("Олена", "Коваленко"),
    "greek": ("Νίκος", "Παπαδόπουλος"),
    "arabic": ("محمد", "العلي"),
}


def _decision(decision: Decision, **fields: str) -> ScreeningDecision:
    return ScreeningDecision(
        decision=decision, decided_on=date(2026, 1, 27), decided_by="coach-1", **fields
    )


REFUSED = _decision(Decision.REFUSED, reason="Dutch is not yet at level B1 for this job.")
REFERRED = _decision(
    Decision.REFERRED,
    referred_to="Huis van het Nederlands Gent",
    reason="A Dutch course first will open more doors.",
)


@pytest.mark.parametrize(
    ("language", "country", "native", "slot"),
    [
        ("en", "Türkiye", "native speaker", "Monday evening"),
        ("nl", "Turkije", "moedertaal", "maandagavond"),
        ("fr", "Turquie", "langue maternelle", "lundi soir"),
    ],
)
def test_the_intake_summary_holds_the_intake_in_words(
    language: str, country: str, native: str, slot: str
) -> None:
    pdf = intake_summary_pdf(mentee_case(), LABELS, HOUSE, language, printed_on=DAY)
    text = text_of(pdf)
    words = Words("intake_summary", language)
    for typed in ("Çağla", "Yılmaz-Van den Broeck", "cagla@example.org", "+32 470 12 34 56"):
        assert typed in text
    # Codes print as labels: the country and languages in the document's language, the
    # coordinator's lists as they typed them, the week in order.
    assert country in text
    assert native in text
    assert "Science and engineering professionals" in text  # ISCO 21, the programme's list
    assert "Public employment service" in text
    assert "Master or equivalent" in text
    assert text.index(slot) < text.index(words("slot_thu-day"))
    assert "Fatoumata Diallo" in text
    assert flat(words("decision_accepted")) in text
    assert flat(words("status_accepted")) in text
    assert flat(words("section_screening")) in text
    assert PdfReader(io.BytesIO(pdf)).metadata.title == words("title")


def test_a_mentor_s_intake_summary_shows_work_and_the_short_profile() -> None:
    text = text_of(intake_summary_pdf(mentor_case(), LABELS, HOUSE, "nl"))
    assert "Bouwbedrijf Schelde" in text
    assert "Project director in construction; I came to Belgium myself." in text
    assert "Production and specialised services managers" in text  # ISCO 13
    assert "Oekraïens: moedertaal" in text
    assert "Nog geen beslissing." in text
    assert "Pieter De Smet" in text


LETTER_BODIES = {
    Decision.ACCEPTED: ("accepted_mentee", "accepted_mentee_next", "accepted_mentee_expect"),
    Decision.REFUSED: ("refused", "refused_after", "refused_contact"),
    Decision.REFERRED: ("referred", "referred_why", "referred_after"),
}


@pytest.mark.parametrize("language", ["en", "nl", "fr"])
@pytest.mark.parametrize("decision", [_decision(Decision.ACCEPTED), REFUSED, REFERRED])
def test_the_letter_says_the_decision_kindly_with_its_reason(
    language: str, decision: ScreeningDecision
) -> None:
    pdf = letter_pdf(mentee_case(), decision, LABELS, HOUSE, language, printed_on=DAY)
    reader = PdfReader(io.BytesIO(pdf))
    text = text_of(pdf)
    words = Words("letters", language)
    assert len(reader.pages) == 1
    assert words.date(DAY) in text
    assert flat(words("salutation", name="Çağla Yılmaz-Van den Broeck")) in text
    for key in LETTER_BODIES[decision.decision]:
        assert flat(words(key)) in text
    others = set(LETTER_BODIES) - {decision.decision}
    assert not any(flat(words(key)) in text for other in others for key in LETTER_BODIES[other])
    assert decision.reason in text
    assert decision.referred_to in text
    assert "Fatoumata Diallo" in text  # the coach who decided signs
    assert "fatoumata@duo-gent.example" in text
    assert "Çağla" not in str(reader.metadata.title)


def test_a_mentor_s_letter_of_acceptance_speaks_to_a_mentor() -> None:
    words = Words("letters", "fr")
    pdf = letter_pdf(
        mentor_case(), _decision(Decision.ACCEPTED), LABELS, HOUSE, "fr", printed_on=DAY
    )
    text = text_of(pdf)
    assert flat(words("accepted_mentor")) in text
    assert flat(words("accepted_mentee")) not in text


def test_a_letter_signed_by_someone_unknown_falls_back_to_the_coach() -> None:
    decision = dataclasses.replace(REFUSED, decided_by="")
    text = text_of(letter_pdf(mentee_case(), decision, LABELS, HOUSE, "en", printed_on=DAY))
    assert "Fatoumata Diallo" in text


@pytest.mark.parametrize("language", ["en", "nl", "fr"])
def test_the_consent_form_explains_each_purpose_with_a_box_and_the_rights(language: str) -> None:
    words = Words("consent_form", language)
    purposes = [*PURPOSES, ("photos", "Photos at the closing event")]
    pdf = consent_form_pdf(
        mentee_case(), LABELS, HOUSE, language, purposes=purposes, text_version="2026-1"
    )
    text = text_of(pdf)
    for code in ("programme", "share-cv", "evaluation", "funder-report"):
        assert flat(words(f"purpose_{code}")) in text
        assert flat(words(f"why_{code}")) in text
    assert flat(words("purpose_share-profile")) not in text  # a mentor's profile, not hers
    assert "Photos at the closing event" in text  # the coordinator's own purpose, as typed
    for key in ("withdraw", "right_access", "right_correction", "right_erasure", "declaration"):
        assert flat(words(key)) in text
    assert flat(words("text_version", version="2026-1")) in text
    assert "Çağla Yılmaz-Van den Broeck" in text
    assert "Fatoumata Diallo" in text


def test_a_mentor_s_consent_form_and_a_reworded_purpose() -> None:
    words = Words("consent_form", "nl")
    purposes = [(code, label) for code, label in PURPOSES if code != "evaluation"]
    purposes.append(("evaluation", "Deelnemen aan onze tevredenheidsenquête"))
    pdf = consent_form_pdf(
        mentor_case(), LABELS, HOUSE, "nl", purposes=purposes, text_version="2026-1"
    )
    text = text_of(pdf)
    assert flat(words("purpose_share-profile")) in text
    assert flat(words("purpose_share-cv")) not in text  # a mentee's CV, not his
    assert "Deelnemen aan onze tevredenheidsenquête" in text
    assert flat(words("why_evaluation")) not in text  # reworded: Duo cannot explain it


@pytest.mark.parametrize("script", sorted(NAMES))
def test_every_name_prints_in_the_embedded_font(script: str) -> None:
    given, family = NAMES[script]
    mentee, mentor = mentee_case(given, family), mentor_case(given, family)
    documents = [
        intake_summary_pdf(mentee, LABELS, HOUSE, "en"),
        intake_summary_pdf(mentor, LABELS, HOUSE, "fr"),
        letter_pdf(mentee, REFERRED, LABELS, HOUSE, "nl", printed_on=DAY),
        consent_form_pdf(mentor, LABELS, HOUSE, "en", purposes=PURPOSES, text_version="1"),
    ]
    assert missing_glyphs(f"{given} {family}") == set()
    for pdf in documents:
        fonts = fonts_of(pdf)
        assert fonts and all("DejaVuSans" in font for font in fonts), fonts
        text = text_of(pdf)
        if script == "arabic":
            assert has_arabic_shaped(text)
        else:
            assert f"{given} {family}" in text
