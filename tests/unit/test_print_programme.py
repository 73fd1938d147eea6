"""The programme report and the recovery-key sheet, read back from the PDF: the report
prints every key figure and section in English, Dutch and French, says "no data" for an
empty period, and renders for a demo programme; the sheet holds the recovery key exactly,
on one page, and nothing else that could be secret."""

from __future__ import annotations

import io
import json
import re
from datetime import date

import pytest
from pypdf import PdfReader

from desktop.demo.generator import fill_demo
from desktop.rules.programme_figures import (
    ByRole,
    MonthFigures,
    ProgrammeFigures,
    WaitFigures,
    programme_figures,
)
from desktop.workflows.print_programme import programme_report_document, recovery_sheet_document
from printing.layout import HouseStyle
from printing.programme_report import programme_report
from printing.words import LANGUAGES, Words
from resources import resource_path
from storage.keys import parse_recovery_key
from storage.lists import default_items
from storage.programme import Programme

HOUSE = HouseStyle(name="Mentoring Gent", address="Kouter 1\n9000 Gent")
TODAY = date(2026, 9, 1)
SECTIONS = ("registrations", "intakes", "matches", "active", "endings", "outcomes", "waits")


def _plain(text: str) -> str:
    """The text with narrow and no-break spaces as plain spaces, as pypdf reads them back."""
    return text.replace("\u202f", " ").replace("\xa0", " ")


def _text(pdf: bytes) -> str:
    return _plain("\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages))


def _month(first_day: date, scale: int) -> MonthFigures:
    return MonthFigures(
        first_day=first_day,
        registrations=ByRole(100 * scale, 40 * scale),
        intakes=ByRole(80 * scale, 30 * scale),
        proposals=9 * scale,
        duos_started=7 * scale,
        active_duos=50 + scale,
        meetings=120 * scale,
    )


def _figures(months: int = 3) -> ProgrammeFigures:
    """Figures of a period of `months` months from January 2026, with telling numbers."""
    firsts = [date(2026 + (n // 12), n % 12 + 1, 1) for n in range(months)]
    return ProgrammeFigures(
        start=firsts[0],
        end=date(2026 + (months - 1) // 12, (months - 1) % 12 + 1, 28),
        months=tuple(_month(first, n + 1) for n, first in enumerate(firsts)),
        registrations=ByRole(1234, 567),
        intakes=ByRole(987, 321),
        decisions=(("accepted", 1111), ("refused", 95), ("referred", 77), ("pending", 25)),
        proposals=432,
        duos_started=345,
        active_duos=298,
        meetings=4321,
        end_reasons=(("found-job", 41), ("moved", 9), ("", 2)),
        end_kinds=(("planned", 30), ("early", 22), ("unknown", 0)),
        outcomes=(
            ("employed", 12),
            ("training", 3),
            ("unemployed", 4),
            ("other", 1),
            ("unknown", 0),
        ),
        matched_waits=WaitFigures(count=200, median_days=57, bins=(20, 60, 70, 40, 10)),
        waiting_now=WaitFigures(count=83, median_days=41, bins=(30, 20, 20, 10, 3)),
        mentors_waiting_now=19,
    )


LABELS = {"found-job": "The mentee found a job", "moved": "Verhuisd naar Łódź"}


def _report(figures: ProgrammeFigures, language: str) -> bytes:
    return programme_report(figures, LABELS, house=HOUSE, language=language, printed_on=TODAY)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_report_prints_every_key_figure_and_section(language: str) -> None:
    figures = _figures()
    pdf = _report(figures, language)
    text = _text(pdf)
    words = Words("programme_report", language)

    def number(value: float) -> str:
        return _plain(words.number(value))

    assert words("title") in text
    assert words("period", start=words.date(figures.start), end=words.date(figures.end)) in text
    for key in ("key_figures", *SECTIONS):
        assert words(key) in text, key
    for value in (1801, 1308, 1111, 432, 345, 298, 4321, 52, 83, 19):
        assert number(value) in text, value
    assert _plain(words("percent", value=number(60))) in text  # 12 of 20 at work after a year
    assert words("days", days=number(57)) in text  # the median wait
    assert "Verhuisd naar Łódź" in text and words("reason_not_recorded") in text
    for name in words("months").split()[:3]:
        assert name in text
    assert PdfReader(io.BytesIO(pdf)).metadata.title == words("title")


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_empty_period_prints_no_data_in_every_section(language: str) -> None:
    empty = programme_figures([], [], date(2026, 5, 1), date(2026, 5, 31))
    text = _text(_report(empty, language))
    words = Words("programme_report", language)
    assert text.count(words("no_data")) == len(SECTIONS)
    assert words("tile_registrations") in text


def test_a_period_of_two_years_splits_the_month_tables_and_keeps_every_total() -> None:
    text = _text(_report(_figures(months=25), "en"))
    assert text.count("Total") >= 4
    assert "1,801" in text and "4,321" in text
    for month in (3000, 2500):  # registrations of the 25th and 21st month beside their others
        assert f"{month:,}" in text


def _fonts(pdf: bytes) -> set[str]:
    return {
        str(font.get_object()["/BaseFont"])
        for page in PdfReader(io.BytesIO(pdf)).pages
        for font in page["/Resources"]["/Font"].values()
    }


def test_charts_tables_and_the_key_use_only_the_embedded_font() -> None:
    report = _report(_figures(), "fr")
    sheet = recovery_sheet_document("Mentoring Gent", "ABCD-EFGH", TODAY, "fr")
    for pdf in (report, sheet):
        assert all("DejaVuSans" in name for name in _fonts(pdf)), _fonts(pdf)


def test_the_document_texts_have_twelve_months_and_five_wait_bins() -> None:
    texts = json.loads(resource_path("printing", "programme_report.json").read_text("utf-8"))
    for language in LANGUAGES:
        assert len(texts[language]["months"].split()) == 12, language
        assert len(texts[language]["wait_bins"].split("|")) == 5, language


def test_the_report_of_a_demo_programme_renders(programme: Programme) -> None:
    fill_demo(programme, 150, seed=3, reference=TODAY)
    start = date(2025, 9, 2)
    pdf = programme_report_document(programme, start, TODAY, "nl", TODAY)
    text = _text(pdf)
    words = Words("programme_report", "nl")
    for key in SECTIONS:
        assert words(key) in text, key
    assert words("no_data") not in text
    index = programme.index
    figures = programme_figures(index.entries(), index.matches(), start, TODAY, today=TODAY)
    assert _plain(words.number(figures.registrations.total)) in text
    labels = {item.code: item.label for item in default_items("end_reasons", "nl")}
    assert labels[figures.end_reasons[0][0]] in text  # the most frequent reason, in Dutch
    assert len(PdfReader(io.BytesIO(pdf)).pages) >= 3


# --- the recovery-key sheet -------------------------------------------------------------


def _compact(text: str) -> str:
    return re.sub(r"[\s\-–]", "", text)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_recovery_sheet_holds_the_key_exactly_on_one_page(
    new_programme: tuple[Programme, str], language: str
) -> None:
    programme, key = new_programme
    pdf = recovery_sheet_document(programme.settings.name, key, TODAY, language)
    reader = PdfReader(io.BytesIO(pdf))
    text = reader.pages[0].extract_text()
    assert len(reader.pages) == 1
    assert _compact(key) in _compact(text)
    groups = re.findall(r"^[0-9A-Z]{4}$", text, flags=re.MULTILINE)
    assert parse_recovery_key("".join(groups)) == parse_recovery_key(key)
    assert "Mentoring Antwerpen" in text
    assert Words("recovery_sheet", language).date(TODAY) in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_recovery_sheet_holds_nothing_but_its_own_words_the_name_the_day_and_the_key(
    new_programme: tuple[Programme, str], language: str
) -> None:
    _programme, key = new_programme
    name = "جمعية الإرشاد المهني للقادمين الجدد"  # a long name in Arabic script: still one page
    pdf = recovery_sheet_document(name, key, TODAY, language)
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    texts = json.loads(resource_path("printing", "recovery_sheet.json").read_text("utf-8"))
    words = Words("recovery_sheet", language)
    allowed = " ".join([*texts[language].values(), words.date(TODAY), *key.split("-")])
    tokens = set(re.findall(r"\w+", allowed))
    printed = set(re.findall(r"\w+", reader.pages[0].extract_text()))
    latin = {token for token in printed if not re.search(r"[\u0600-\u06ff\ufe70-\ufeff]", token)}
    assert latin <= tokens
    # The key is printed on the page only: never in the file's properties.
    properties = " ".join(str(value) for value in (reader.metadata or {}).values())
    assert all(group not in properties for group in key.split("-"))
