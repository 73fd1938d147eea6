"""The words of printed documents, in the language chosen when printing.

Each document has its texts in `resources/printing/<document>.json`, shaped
`{"en": {key: text}, "nl": {...}, "fr": {...}}`; `common.json` holds what every document
shares (page numbers, dates, signatures). The language is a parameter of each document,
not the application's language: a Dutch-speaking coach prints a French letter.

    words = Words("agreement", "fr")
    words("title")                      # "Convention de mentorat"
    words("period", start=words.date(day), end=words.date(other))
"""

from __future__ import annotations

import json
from datetime import date
from functools import cache

from babel.dates import format_date
from babel.numbers import format_decimal

from resources import resource_path
from storage.errors import QT_TRANSLATE_NOOP, DuoError
from storage.languages import LANGUAGES, LOCALES

# Each language's own name, so someone who reads only that language finds it.
LANGUAGE_NAMES = {"en": "English", "nl": "Nederlands", "fr": "Français"}


class UnknownLanguageError(DuoError):
    """A document was asked for in a language Duo does not print."""


@cache
def _texts(document: str) -> dict[str, dict[str, str]]:
    path = resource_path("printing", f"{document}.json")
    texts: dict[str, dict[str, str]] = json.loads(path.read_text(encoding="utf-8"))
    return texts


class Words:
    """The texts of one document in one language, with dates written that language's way."""

    def __init__(self, document: str, language: str) -> None:
        if language not in LANGUAGES:
            raise UnknownLanguageError(
                QT_TRANSLATE_NOOP(
                    "DuoError",
                    "Duo prints documents in English, Dutch or French, not in “{language}”.",
                ),
                language=language,
            )
        self.document = document
        self.language = language
        self._own = _texts(document)[language]
        self._common = _texts("common")[language]

    def __call__(self, key: str, **values: object) -> str:
        """The text for `key`, with `{placeholders}` filled in from `values`."""
        text = self._own[key] if key in self._own else self._common[key]
        return text.format(**values) if values else text

    def date(self, day: date | None) -> str:
        """A day written out, e.g. "23 November 2026"; a dash for no date."""
        if day is None:
            return "–"
        return format_date(day, format="long", locale=LOCALES[self.language])

    def month(self, day: date) -> str:
        """A month and year, e.g. "November 2026"."""
        return format_date(day, format="LLLL y", locale=LOCALES[self.language])

    def number(self, value: float, digits: int = 0) -> str:
        """A number the language's way: 1,234.5 / 1.234,5 / 1 234,5."""
        pattern = "#,##0" + ("." + "0" * digits if digits else "")
        return format_decimal(value, format=pattern, locale=LOCALES[self.language])
