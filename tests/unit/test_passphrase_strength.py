"""The passphrase strength estimate: weak, fair or strong, and the hint that helps most."""

from __future__ import annotations

import pytest

from desktop.rules.passphrase_strength import (
    Estimate,
    Hint,
    Strength,
    character_kinds,
    estimate,
    word_count,
)
from storage.programme import MIN_PASSPHRASE_LENGTH


def judge(passphrase: str, *avoid: str) -> Estimate:
    return estimate(passphrase, minimum=MIN_PASSPHRASE_LENGTH, avoid=avoid)


def test_nothing_typed_asks_for_a_passphrase() -> None:
    assert judge("") == Estimate(Strength.WEAK, Hint.EMPTY)


def test_shorter_than_the_minimum_says_so() -> None:
    assert judge("x" * (MIN_PASSPHRASE_LENGTH - 1)).hint is Hint.TOO_SHORT
    assert estimate("olifant", minimum=12) == Estimate(Strength.WEAK, Hint.TOO_SHORT)


@pytest.mark.parametrize(
    "passphrase", ["password", "P@ssw0rd!", "Welkom2024", "azerty123", "motdepasse", "mentoring1"]
)
def test_common_passphrases_are_weak_even_when_dressed_up(passphrase: str) -> None:
    assert judge(passphrase) == Estimate(Strength.WEAK, Hint.COMMON)


@pytest.mark.parametrize(
    "passphrase",
    ["12345678", "abcdefghij", "zyxwvuts", "aaaaaaaaaaaa", "qwertyuiop", "abcabcabcabc"],
)
def test_repeats_sequences_and_keyboard_rows_are_weak(passphrase: str) -> None:
    assert judge(passphrase) == Estimate(Strength.WEAK, Hint.PATTERN)


def test_the_programme_name_and_the_persons_name_are_easy_guesses() -> None:
    result = judge("mentoring antwerpen 2024", "Mentoring Antwerpen", "Kwame Mensah")
    assert result == Estimate(Strength.WEAK, Hint.PERSONAL)
    assert judge("kwamemensah!!", "Kwame Mensah").hint is Hint.PERSONAL
    # Without those names to avoid, the same words are just words.
    assert judge("mentoring antwerpen 2024").strength is not Strength.WEAK


def test_one_plain_word_asks_for_more_words() -> None:
    assert judge("zonnebloem") == Estimate(Strength.WEAK, Hint.ADD_WORDS)
    assert judge("Tr0ub4dor&3") == Estimate(Strength.FAIR, Hint.ADD_WORDS)


def test_two_words_are_fair_and_one_more_makes_them_strong() -> None:
    assert judge("zonnebloem fiets") == Estimate(Strength.FAIR, Hint.ADD_WORD)
    assert judge("zonnebloem fiets regen") == Estimate(Strength.STRONG, Hint.GOOD)


@pytest.mark.parametrize(
    "passphrase",
    [
        "correct horse battery staple",
        "CorrectHorseBatteryStaple",
        "Çağla zeytin ağacı",
        "ik fiets graag naar gent",
        "k8#Lm2$pQz9!xW4&",
        "Странный кот и зелёный чай",
    ],
)
def test_several_unrelated_words_or_a_long_random_string_are_strong(passphrase: str) -> None:
    assert judge(passphrase) == Estimate(Strength.STRONG, Hint.GOOD)


def test_ordinary_words_are_not_mistaken_for_keyboard_rows() -> None:
    # "ert" of "expert" is on the keyboard's top row, but too short to count as a pattern.
    assert judge("expert concert").strength is Strength.FAIR


def test_words_are_counted_at_spaces_punctuation_and_capitals() -> None:
    assert word_count("correct horse battery staple") == 4
    assert word_count("correct-horse_battery.staple") == 4
    assert word_count("CorrectHorseBattery") == 3
    assert word_count("Tr0ub4dor&3") == 1
    assert word_count("a b c") == 0


def test_kinds_of_characters() -> None:
    assert character_kinds("abc") == 1
    assert character_kinds("Abc1") == 3
    assert character_kinds("Abc1!") == 4
    assert character_kinds("    ") == 1
