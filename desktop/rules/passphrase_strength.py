"""How hard a passphrase is to guess: weak, fair or strong, with one hint on what to do.

    estimate("correct horse battery staple", minimum=8)
    → Estimate(strength=Strength.STRONG, hint=Hint.GOOD)

A rough, explainable estimate, not a cracking model: it counts the characters that are left
once the obvious parts are taken out (repeats, sequences such as 1234 or abcd, keyboard rows,
years, the programme's or the person's own name), the words, and the kinds of characters.
The hint is a code; the screen shows it in the user's language.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum


class Strength(StrEnum):
    """How hard the passphrase is to guess."""

    WEAK = "weak"
    FAIR = "fair"
    STRONG = "strong"


class Hint(StrEnum):
    """What to do next, as a code the screen turns into words."""

    EMPTY = "empty"  # nothing typed yet
    TOO_SHORT = "too_short"  # shorter than the minimum storage accepts
    COMMON = "common"  # one of the passphrases tried first
    PATTERN = "pattern"  # mostly repeats, sequences or keyboard rows
    PERSONAL = "personal"  # mostly the programme's or the person's own name
    ADD_WORDS = "add_words"  # one word: use a few unrelated words
    ADD_WORD = "add_word"  # nearly there: one more word
    GOOD = "good"


@dataclass(frozen=True)
class Estimate:
    """The strength of a passphrase and the one hint that helps most."""

    strength: Strength
    hint: Hint


# Passphrases tried first by anyone guessing (English, Dutch, French), after folding case,
# accents and look-alike digits, and with digits and symbols at the ends taken off.
COMMON_PASSPHRASES = frozenset(
    {
        "password",
        "passwort",
        "passphrase",
        "wachtwoord",
        "motdepasse",
        "welcome",
        "welkom",
        "bienvenue",
        "letmein",
        "iloveyou",
        "admin",
        "administrator",
        "secret",
        "geheim",
        "azerty",
        "qwerty",
        "monkey",
        "dragon",
        "football",
        "sunshine",
        "princess",
        "mentor",
        "mentee",
        "mentoring",
        "duo",
        "changeme",
    }
)

_KEYBOARD_ROWS = ("qwertyuiop", "azertyuiop", "asdfghjkl", "qsdfghjklm", "zxcvbnm", "wxcvbn")
_LEET = str.maketrans(
    {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s"}
)
_ENDS = re.compile(r"^[\W\d_]+|[\W\d_]+$")
_YEAR = re.compile(r"(?:19|20)\d\d")
_MIN_PATTERN = 3  # a run of repeated or consecutive characters this long counts as a pattern
_MIN_KEYBOARD_RUN = 4  # shorter runs of a keyboard row occur in ordinary words ("expert")
_FAIR_SCORE = 14
_STRONG_SCORE = 24


def estimate(passphrase: str, *, minimum: int, avoid: Iterable[str] = ()) -> Estimate:
    """The strength of `passphrase` and a hint; `avoid` lists names that are easy to guess
    for this programme (its name, the person's name)."""
    if not passphrase:
        return Estimate(Strength.WEAK, Hint.EMPTY)
    if len(passphrase) < minimum:
        return Estimate(Strength.WEAK, Hint.TOO_SHORT)
    if _is_common(passphrase):
        return Estimate(Strength.WEAK, Hint.COMMON)
    without_names = _without_names(passphrase, avoid)
    core = _without_patterns(without_names)
    if len(core) < minimum:
        hint = Hint.PERSONAL if len(without_names) < len(_fold(passphrase)) else Hint.PATTERN
        return Estimate(Strength.WEAK, hint)
    words = word_count(passphrase)
    score = len(core) + 4 * max(0, words - 1) + 3 * (character_kinds(passphrase) - 1)
    if score >= _STRONG_SCORE:
        return Estimate(Strength.STRONG, Hint.GOOD)
    if words <= 1:
        strength = Strength.WEAK if score < _FAIR_SCORE else Strength.FAIR
        return Estimate(strength, Hint.ADD_WORDS)
    return Estimate(Strength.WEAK if score < _FAIR_SCORE else Strength.FAIR, Hint.ADD_WORD)


def word_count(text: str) -> int:
    """Words with two letters or more, split at spaces, punctuation and camelCase; digits
    inside a word do not split it ("Tr0ub4dor" is one word with look-alike digits)."""
    spaced = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", text)
    words = re.split(r"[\W_]+", spaced)
    return sum(1 for word in words if sum(c.isalpha() for c in word) >= 2)


def character_kinds(text: str) -> int:
    """How many kinds of characters: lower case, upper case, digits, other signs."""
    kinds = (
        any(c.islower() for c in text),
        any(c.isupper() for c in text),
        any(c.isdigit() for c in text),
        any(not c.isalnum() and not c.isspace() for c in text),
    )
    return max(1, sum(kinds))


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _is_common(passphrase: str) -> bool:
    """ "P@ssw0rd!", "Welkom2024" and "password 1" are all a common passphrase."""
    folded = re.sub(r"\s+", "", _fold(passphrase))
    trimmed = _ENDS.sub("", folded)
    variants = {folded, trimmed, trimmed.translate(_LEET), _ENDS.sub("", folded.translate(_LEET))}
    return bool(variants & COMMON_PASSPHRASES)


def _without_names(passphrase: str, avoid: Iterable[str]) -> str:
    text = _fold(passphrase)
    for name in avoid:
        for part in _fold(name).split():
            if len(part) >= _MIN_PATTERN:
                text = text.replace(part, "")
    return text


def _without_patterns(text: str) -> str:
    """The characters left once repeats, sequences, keyboard rows and years are out."""
    text = re.sub(r"\s+", "", _YEAR.sub("", text))
    for row in _KEYBOARD_ROWS:
        for length in range(len(row), _MIN_KEYBOARD_RUN - 1, -1):
            for start in range(len(row) - length + 1):
                text = text.replace(row[start : start + length], "")
    kept: list[str] = []
    run = 1
    step = 0
    for index, char in enumerate(text):
        if index == 0:
            kept.append(char)
            continue
        difference = ord(char) - ord(text[index - 1])
        if difference in (-1, 0, 1) and (run == 1 or difference == step):
            run += 1
            step = difference
        else:
            run, step = 1, 0
        # The first two characters of a run count; the rest of a run adds nothing.
        if run < _MIN_PATTERN:
            kept.append(char)
    core = "".join(kept)
    return _without_repeated_chunks(core)


def _without_repeated_chunks(text: str) -> str:
    """ "abcabcabc" is as hard to guess as "abc"."""
    for size in range(1, len(text) // 2 + 1):
        if len(text) % size == 0 and text[:size] * (len(text) // size) == text:
            return text[:size]
    return text
