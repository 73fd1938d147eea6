"""Countries and languages by name in English, Dutch or French: the ISO codes a case file
stores (ISO 3166-1 alpha-2 for a country, ISO 639 for a language) as people write them.

The names are the Unicode CLDR's, through Babel: the everyday short forms ("Congo-Kinshasa",
"Rusland", "Syrie"), never an inverted official one ("Congo, Democratische Republiek") or a
qualifier ("(macrolangue)"), and every country and language named in all three languages.

    country_name("CD", "nl")      # "Congo-Kinshasa"
    language_name("ar", "fr")     # "Arabe"
    countries("fr")               # (("AF", "Afghanistan"), ("ZA", "Afrique du Sud"), …)

Language names start with a capital in every language (French writes "arabe" mid-sentence,
but Duo shows a language in a list or at the start of a line). Lists sort by `sort_key`,
which ignores accents and case: "Égypte" sorts among the E's, not after "Zimbabwe".
"""

from __future__ import annotations

import re
from functools import cache

from babel import Locale, UnknownLocaleError
from babel.core import get_global

from storage.folding import fold
from storage.languages import LOCALES

# Belgian usage for Dutch and French, British for English, as dates and numbers have.
_FALLBACK = "en_GB"

# CLDR codes that are no ISO 3166-1 country: world regions, exceptional reservations (Canary
# Islands, Ascension…), the EU and UN, private-use and unknown. Kosovo (XK) is left out too:
# it is not in ISO 3166-1, and the import and export of participants know only ISO codes.
_NOT_COUNTRIES = frozenset(
    {"AC", "CP", "CQ", "DG", "EA", "EU", "EZ", "IC", "QO", "TA", "UN", "XA", "XB", "XK", "ZZ"}
)

# CLDR's short forms, the names people say, where the main one is long or official; Babel
# keeps only the main forms ("Hong Kong SAR China", "R.A.S. chinoise de Hong Kong").
_SHORT_FORMS = {
    "HK": {"en": "Hong Kong", "nl": "Hongkong", "fr": "Hong Kong"},
    "MO": {"en": "Macao", "nl": "Macau", "fr": "Macao"},
    "PS": {"en": "Palestine", "nl": "Palestina", "fr": "Palestine"},
}

# pycountry's ISO 639-3 reference names: "Swahili (macrolanguage)", "Modern Greek (1453-)".
_QUALIFIER = re.compile(r"\s*\((?:[^)]*\d[^)]*|macrolanguage)\)$")


@cache
def _locale(language: str) -> Locale:
    """Babel's locale for "en", "nl" or "fr" (or any locale name); English if unknown."""
    try:
        return Locale.parse(LOCALES.get(language, language) or _FALLBACK)
    except (ValueError, UnknownLocaleError):
        return Locale.parse(_FALLBACK)


def _base(language: str) -> str:
    return language.replace("-", "_").split("_")[0].lower()


def sort_key(name: str) -> tuple[str, str]:
    """The key that sorts names as a reader expects: accents and case ignored ("Égypte"
    among the E's, "Åland" among the A's), the written form breaking ties."""
    return fold(name), name


# --- countries ------------------------------------------------------------------------------


@cache
def country_codes() -> frozenset[str]:
    """Every ISO 3166-1 alpha-2 code Duo names."""
    territories = _locale(_FALLBACK).territories
    return frozenset(
        code
        for code in territories
        if len(code) == 2 and code.isalpha() and code.isupper() and code not in _NOT_COUNTRIES
    )


@cache
def country_name(code: str, language: str) -> str:
    """An ISO 3166-1 alpha-2 country named in `language` ("" for none; a code Duo does not
    know, as written)."""
    upper = code.strip().upper()
    if upper not in country_codes():
        return code
    short = _SHORT_FORMS.get(upper, {}).get(_base(language))
    if short:
        return short
    return _locale(language).territories.get(upper) or _locale(_FALLBACK).territories[upper]


@cache
def countries(language: str) -> tuple[tuple[str, str], ...]:
    """Every country as (code, name in `language`), sorted by name."""
    named = ((code, country_name(code, language)) for code in country_codes())
    return tuple(sorted(named, key=lambda pair: sort_key(pair[1])))


# --- languages ------------------------------------------------------------------------------


@cache
def language_codes() -> frozenset[str]:
    """Every language with a two-letter ISO 639-1 code: those the intake offers."""
    return frozenset(
        code for code in _locale(_FALLBACK).languages if len(code) == 2 and code.isalpha()
    )


def _language_key(code: str) -> str:
    # A three-letter code of a language that has a two-letter one ("ara"), an old code
    # ("iw") or Dari ("prs", which CLDR files as Persian of Afghanistan).
    aliases: dict[str, str] = get_global("language_aliases")
    lower = code.lower()
    return lower if lower in _locale(_FALLBACK).languages else aliases.get(lower, lower)


def _iso_639_3_name(code: str) -> str:
    # The CLDR names some 600 languages; a rarer ISO 639-3 code (which the import can
    # store) keeps its English reference name. Imported here: pycountry's tables are slow.
    import pycountry

    found = pycountry.languages.get(alpha_3=code.lower()) if len(code) == 3 else None
    return _QUALIFIER.sub("", found.name) if found is not None else ""


def _capitalised(name: str) -> str:
    return name[:1].upper() + name[1:]


@cache
def language_name(code: str, language: str) -> str:
    """An ISO 639 language (two- or three-letter code) named in `language`, with a capital
    ("" for none; a code Duo does not know, as written)."""
    written = code.strip()
    if not written.isalpha():
        return code
    key = _language_key(written)
    name = (
        _locale(language).languages.get(key)
        or _locale(_FALLBACK).languages.get(key)
        or _iso_639_3_name(written)
    )
    return _capitalised(name) if name else code


@cache
def languages(language: str) -> tuple[tuple[str, str], ...]:
    """Every language with a two-letter code as (code, name in `language`), sorted by name."""
    named = ((code, language_name(code, language)) for code in language_codes())
    return tuple(sorted(named, key=lambda pair: sort_key(pair[1])))
