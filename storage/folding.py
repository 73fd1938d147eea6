"""Folding names for search: "Çağla", "CAGLA" and "cagla" are the same key.

Decomposes (NFKD), drops combining marks, case-folds, and maps the Latin letters that have no
decomposition (ı, ł, ø, đ, æ, œ, þ) to what a person types on a Belgian keyboard.
"""

from __future__ import annotations

import unicodedata

_NO_DECOMPOSITION = str.maketrans(
    {
        "ı": "i",
        "ł": "l",
        "ø": "o",
        "đ": "d",
        "ð": "d",
        "æ": "ae",
        "œ": "oe",
        "þ": "th",
        "ħ": "h",
        "ŧ": "t",
    }
)


def fold(text: str) -> str:
    """The search key of a text: no accents, no case."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return stripped.casefold().translate(_NO_DECOMPOSITION)
