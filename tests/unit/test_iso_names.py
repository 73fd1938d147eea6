"""Countries and languages by name in English, Dutch and French: the everyday short forms,
every one named in all three languages, and lists sorted as a reader expects."""

from __future__ import annotations

import pytest

from storage import import_values
from storage.iso_names import (
    countries,
    country_codes,
    country_name,
    language_codes,
    language_name,
    languages,
    sort_key,
)

LANGUAGES = ("en", "nl", "fr")


@pytest.mark.parametrize(
    ("code", "language", "name"),
    [
        ("BE", "nl", "België"),
        ("CD", "nl", "Congo-Kinshasa"),
        ("CD", "fr", "Congo-Kinshasa"),
        ("RU", "fr", "Russie"),
        ("SY", "fr", "Syrie"),
        ("SY", "en", "Syria"),
        ("TR", "en", "Türkiye"),
        ("PS", "nl", "Palestina"),
        ("PS", "fr", "Palestine"),
        ("HK", "nl", "Hongkong"),
        ("EG", "fr", "Égypte"),
        ("be", "fr", "Belgique"),
    ],
)
def test_a_country_has_its_everyday_name(code: str, language: str, name: str) -> None:
    assert country_name(code, language) == name


@pytest.mark.parametrize(
    ("code", "language", "name"),
    [
        ("el", "nl", "Grieks"),  # no gap: pycountry's Dutch list left "Modern Greek"
        ("el", "en", "Greek"),
        ("ms", "fr", "Malais"),  # no "(macrolangue)"
        ("sw", "nl", "Swahili"),
        ("ar", "fr", "Arabe"),  # capitalised, as in a list
        ("nl", "fr", "Néerlandais"),
        ("ti", "nl", "Tigrinya"),
        ("ara", "nl", "Arabisch"),  # three letters for a language with two
        ("prs", "fr", "Dari"),
        ("ckb", "nl", "Soranî"),
    ],
)
def test_a_language_has_its_name(code: str, language: str, name: str) -> None:
    assert language_name(code, language) == name


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_country_and_language_is_named_in_each_language(language: str) -> None:
    for code, name in countries(language) + languages(language):
        assert name and name != code
        assert name[0].isupper(), name
        assert ", " not in name, name  # never "Congo, Democratische Republiek"
        assert "macro" not in name, name
    assert len(countries(language)) == len(country_codes()) == 249
    assert len(languages(language)) == len(language_codes()) == 184


def test_a_language_the_cldr_does_not_name_keeps_its_english_reference_name() -> None:
    # An ISO 639-3 code the import can store and the CLDR does not name.
    assert language_name("aii", "nl") == "Assyrian Neo-Aramaic"


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_code_and_an_unknown_code_show_as_written(language: str) -> None:
    assert country_name("", language) == ""
    assert language_name("", language) == ""
    assert country_name("QQ", language) == "QQ"
    assert country_name("XK", language) == "XK"  # not ISO 3166-1: the import refuses it
    assert language_name("qqq", language) == "qqq"
    assert language_name("n-l", language) == "n-l"


def test_another_interface_language_falls_back_sensibly() -> None:
    assert country_name("BE", "") == "Belgium"
    assert country_name("BE", "xx") == "Belgium"
    assert country_name("BE", "nl_BE") == "België"


def test_lists_sort_with_accents_and_case_ignored() -> None:
    french = [name for _, name in countries("fr")]
    assert french.index("Dominique") < french.index("Égypte") < french.index("Espagne")
    assert french.index("États-Unis") < french.index("Éthiopie") < french.index("Fidji")
    assert french.index("Îles Åland") < french.index("Inde")
    assert french[-1] == "Zimbabwe"
    dutch = [name for _, name in countries("nl")]
    assert dutch[:2] == ["Afghanistan", "Åland"]
    assert dutch[-1] == "Zwitserland"
    assert sort_key("Égypte") < sort_key("Espagne") < sort_key("zambie")


def test_every_code_offered_is_one_the_import_accepts() -> None:
    # What the intake stores must survive an export and an import.
    for code in country_codes():
        assert import_values.country(code) == code
    for code in language_codes():
        assert import_values.languages(f"{code}:B1") == {code: "B1"}
