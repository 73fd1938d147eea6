"""The printing foundation: every name prints with real glyphs, Arabic joined and right to
left, the texts of every document complete in English, Dutch and French, long text flowing
over pages with their numbers."""

from __future__ import annotations

import io
import json
import re
import string
from datetime import date

import pypdfium2
import pytest
from pypdf import PdfReader
from reportlab.lib.units import cm

from printing.fonts import missing_glyphs
from printing.layout import (
    HouseStyle,
    build_pdf,
    fields,
    grid,
    labelled_text,
    paragraph,
    signature_lines,
    title,
)
from printing.scripts import has_right_to_left, markup, visual
from printing.words import LANGUAGES, UnknownLanguageError, Words
from resources import resource_path
from storage.errors import DuoError

NAMES = {
    "latin": "Ayşe Yılmaz-Wróbel Nguyễn Thị Hương",
    "cyrillic": "Олена Коваленко",
    "greek": "Νίκος Παπαδόπουλος",
    "arabic": "محمد العلي",
}
HOUSE = HouseStyle(name="Duo Gent", address="Kouter 1\n9000 Gent")


def _pdf(*texts: str, language: str = "en") -> bytes:
    words = Words("common", language)
    story = [title("Names")] + [paragraph(text) for text in texts]
    return build_pdf(story, house=HOUSE, words=words, title="Names")


def _fonts(pdf: bytes) -> set[str]:
    names = set()
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for font in page["/Resources"]["/Font"].values():
            names.add(str(font.get_object()["/BaseFont"]))
    return names


def _ink_columns(pdf: bytes) -> int:
    """How many pixel columns of the first page's body hold ink: a measure of drawn width."""
    page = pypdfium2.PdfDocument(pdf)[0]
    image = page.render(scale=2).to_pil().convert("L")
    width, height = image.size
    body = image.crop((0, int(height * 0.16), width, int(height * 0.30)))
    pixels = body.load()
    return sum(1 for x in range(body.width) if any(pixels[x, y] < 128 for y in range(body.height)))


def _ink_columns_top(pdf: bytes) -> int:
    """Ink in the top-left corner, where the logo goes."""
    page = pypdfium2.PdfDocument(pdf)[0]
    image = page.render(scale=1).to_pil().convert("L")
    corner = image.crop((0, 0, image.width // 3, image.height // 10))
    return sum(corner.point(lambda value: 1 if value < 200 else 0).histogram()[1:])


@pytest.mark.parametrize("script", sorted(NAMES))
def test_every_script_has_real_glyphs_in_the_embedded_font(script: str) -> None:
    name = NAMES[script]
    assert missing_glyphs(name) == set()
    pdf = _pdf(name)
    fonts = _fonts(pdf)
    assert fonts and all("DejaVuSans" in font for font in fonts), fonts
    assert not any("Helvetica" in font for font in fonts)
    assert _ink_columns(pdf) > 0


def test_arabic_is_joined_and_right_to_left() -> None:
    name = NAMES["arabic"]
    shown = visual(name)
    # Joined: the letters become their contextual presentation forms.
    assert re.search("[\ufe70-\ufefc]", shown)
    assert not re.search("[\u0621-\u064a]", shown)
    # Right to left: the name's first letter (م, initial form U+FEE3) is drawn last.
    assert shown[-1] == "\ufee3"
    # And it is what gets drawn: the shaped name looks different from the bare letters.
    assert _ink_columns(_pdf(name)) != _ink_columns(_pdf("\u200e" + " ".join(name)))


def test_a_line_mixing_scripts_keeps_its_words_in_reading_order() -> None:
    shown = visual("Mentor: محمد العلي, Gent")
    assert shown.startswith("Mentor: ") and shown.endswith(", Gent")
    assert shown[len("Mentor: ")] == "\ufef2"  # the name's last letter (ي, final) comes first


def test_long_arabic_text_wraps_in_reading_order() -> None:
    text = "أول " + "كلمة " * 40 + "آخر"
    lines = markup(text, ("DuoSans", 10, 120)).split("<br/>")
    assert len(lines) > 3
    assert visual("أول") in lines[0] and visual("آخر") in lines[-1]
    assert markup(text).count("<br/>") == 0  # without a width, the paragraph wraps it


def test_left_to_right_text_is_left_alone() -> None:
    for script in ("latin", "cyrillic", "greek"):
        assert not has_right_to_left(NAMES[script])
        assert visual(NAMES[script]) == NAMES[script]


def test_typed_text_cannot_inject_markup() -> None:
    text = "Salary < 2000 & <b>not bold</b>\nsecond line"
    pdf = _pdf(text)
    extracted = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert "Salary < 2000 & <b>not bold</b>" in extracted
    assert markup("a\nb") == "a<br/>b"


def test_long_text_flows_over_numbered_pages() -> None:
    sentences = [f"Sentence {n} of a long session summary." for n in range(1, 1201)]
    story = [title("Long"), *labelled_text("Notes", "\n\n".join(sentences))]
    pdf = build_pdf(
        story, house=HOUSE, words=Words("common", "nl"), title="Long", printed_on=date(2026, 3, 4)
    )
    reader = PdfReader(io.BytesIO(pdf))
    text = "".join(page.extract_text() for page in reader.pages)
    assert len(reader.pages) > 3
    assert "Sentence 1200 of a long session summary." in text
    assert f"Pagina {len(reader.pages)} van {len(reader.pages)}" in text
    assert "Afgedrukt op 4 maart 2026" in text


def test_a_very_long_value_in_a_table_flows_over_pages() -> None:
    words = " ".join(f"word{n}" for n in range(1, 4001))
    story = [
        fields([("Place", words)]),
        grid(["Note", "Day"], [[words, "1 May"]], [12 * cm, 4 * cm]),
    ]
    pdf = build_pdf(story, house=HOUSE, words=Words("common", "en"), title="Long")
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert text.count("word4000") == 2


def test_a_wrapped_right_to_left_name_keeps_its_first_words_first() -> None:
    name = "محمد عبد الرحمن بن عبد العزيز الحسيني البغدادي"
    story = [
        signature_lines(Words("common", "en"), [("Mentee", name), ("Mentor", "A"), ("Coach", "B")])
    ]
    lines = story[0]._content[1]._cellvalues[0][0][1].text.split("<br/>")
    assert len(lines) > 1 and visual("محمد") in lines[0]
    build_pdf(story, house=HOUSE, words=Words("common", "en"), title="Names")


def test_a_logo_is_drawn_and_a_broken_logo_does_not_stop_printing() -> None:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (300, 100), "#1f4e79").save(buffer, "PNG")
    words = Words("common", "en")

    def pdf(logo: bytes | None) -> bytes:
        story = [fields([("Name", "Олена")])]  # a story is used up by building it
        return build_pdf(story, house=HouseStyle("Duo", logo=logo), words=words, title="t")

    assert _ink_columns_top(pdf(buffer.getvalue())) > 0
    assert _ink_columns_top(pdf(None)) == 0
    assert "Олена" in PdfReader(io.BytesIO(pdf(b"not a picture"))).pages[0].extract_text()


def test_dates_and_numbers_follow_the_language() -> None:
    day = date(2026, 11, 23)
    assert Words("common", "en").date(day) == "23 November 2026"
    assert Words("common", "nl").date(day) == "23 november 2026"
    assert Words("common", "fr").date(day) == "23 novembre 2026"
    assert Words("common", "fr").number(1234.5, 1) == "1\u202f234,5"
    assert Words("common", "nl").number(1234.5, 1) == "1.234,5"
    assert Words("common", "en").number(1234) == "1,234"
    with pytest.raises(UnknownLanguageError) as caught:
        Words("common", "de")
    assert isinstance(caught.value, DuoError)


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize(
    "path", sorted(resource_path("printing").glob("*.json")), ids=lambda path: path.stem
)
def test_every_document_is_complete_in_every_language(path) -> None:
    texts = json.loads(path.read_text(encoding="utf-8"))
    assert sorted(texts) == sorted(LANGUAGES)
    english = texts["en"]
    for language in LANGUAGES:
        assert texts[language].keys() == english.keys(), language
        for key, text in texts[language].items():
            assert text.strip(), f"{path.stem}.{key} is empty in {language}"
            assert _placeholders(text) == _placeholders(english[key]), (language, key)
