"""The defaults Duo ships in English, Dutch and French: the editable lists and the evaluation
question sets. A default the coordinator kept shows in the language asked for; what they
typed shows as typed."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from typing import Any

import pytest

from resources import resource_path
from storage.lists import (
    LANGUAGES,
    LIST_NAMES,
    default_items,
    default_label,
    default_labels,
    is_default_label,
    labels,
    shown_items,
    shown_label,
)
from storage.programme import Programme
from storage.question_sets import (
    SET_CODES,
    Option,
    Question,
    QuestionKind,
    canonical_question_set,
    current_question_set,
    default_question_set,
    question_set_versions,
    save_question_set,
    shown_question_set,
)
from storage.records import ListItem

TRANSLATED = ("nl", "fr")
QUESTION_TEXTS = ("text", "section", "low_label", "high_label", "not_applicable")
COORDINATOR = "coordinator"


def _document(folder: str, name: str) -> dict[str, Any]:
    document: dict[str, Any] = json.loads(resource_path(folder, f"{name}.json").read_text("utf-8"))
    return document


# --- the lists -------------------------------------------------------------------------------


@pytest.mark.parametrize("list_name", LIST_NAMES)
def test_every_default_entry_has_its_label_in_the_three_languages(list_name: str) -> None:
    for entry in _document("lists", list_name)["items"]:
        for language in TRANSLATED:
            assert set(entry[language]) == {"label"}, (list_name, entry["code"], language)
            label = entry[language]["label"]
            assert label.strip() == label and label, (list_name, entry["code"], language)
    for language in LANGUAGES:
        shown = [item.label for item in default_items(list_name, language)]
        # A label names one entry, in each language.
        assert len(set(shown)) == len(shown), (list_name, language)


def test_the_english_defaults_are_what_they_were() -> None:
    assert default_label("sectors", "F", "en") == "Construction"
    assert [item.label for item in default_items("contact_channels")][:2] == ["Phone", "E-mail"]
    occupations = default_items("occupations", "fr")
    assert [(item.code, item.parent) for item in occupations][:2] == [("1", ""), ("11", "1")]


def test_defaults_come_in_dutch_and_french_with_the_official_titles() -> None:
    assert default_label("sectors", "F", "nl") == "Bouwnijverheid"
    assert default_label("sectors", "C", "fr") == "Industrie manufacturière"
    assert default_label("occupations", "2", "fr") == "Professions intellectuelles et scientifiques"
    assert default_label("occupations", "23", "nl") == "Onderwijsgevenden"
    assert default_labels("contact_channels", "phone") == {
        "en": "Phone",
        "nl": "Telefoon",
        "fr": "Téléphone",
    }
    assert default_label("sectors", "F", "de") == "Construction"  # no German: English
    assert default_label("sectors", "not-shipped", "nl") == ""
    assert default_labels("sectors", "not-shipped") == {}


def _item(list_name: str, code: str, label: str) -> ListItem:
    return ListItem(list_name=list_name, code=code, label=label)


def test_a_default_kept_as_shipped_shows_in_the_language_asked_for() -> None:
    as_shipped = _item("end_reasons", "found-job", "The mentee found a job")
    assert shown_label(as_shipped, "nl") == "De mentee heeft werk gevonden"
    assert shown_label(as_shipped, "fr") == "Le ou la mentoré·e a trouvé un emploi"
    assert shown_label(as_shipped, "en") == "The mentee found a job"
    # Saved while the screen was in Dutch, it is still Duo's own label.
    saved_in_dutch = _item("sectors", "F", " Bouwnijverheid ")
    assert is_default_label("sectors", "F", saved_in_dutch.label)
    assert shown_label(saved_in_dutch, "fr") == "Construction"
    assert shown_label(saved_in_dutch, "en") == "Construction"


def test_a_label_the_coordinator_typed_shows_as_typed() -> None:
    reworded = _item("referral_partners", "pes", "VDAB Gent")
    added = _item("referral_partners", "buurthuis", "Buurthuis De Brug")
    another_code = _item("sectors", "G", "Construction")  # F's label on G: typed
    for language in LANGUAGES:
        assert shown_label(reworded, language) == "VDAB Gent"
        assert shown_label(added, language) == "Buurthuis De Brug"
        assert shown_label(another_code, language) == "Construction"
    assert not is_default_label("referral_partners", "pes", "VDAB Gent")


def test_labels_and_items_to_show() -> None:
    items = [
        _item("contact_channels", "phone", "Phone"),
        _item("contact_channels", "signal", "Signal"),
    ]
    assert labels(items) == {"phone": "Phone", "signal": "Signal"}  # as stored
    assert labels(items, "fr") == {"phone": "Téléphone", "signal": "Signal"}
    shown = shown_items(items, "nl")
    assert [item.label for item in shown] == ["Telefoon", "Signal"]
    assert [item.id for item in shown] == [item.id for item in items]
    assert items[0].label == "Phone"  # the stored entries are left as they are


def test_a_saved_list_shows_its_kept_defaults_translated(programme: Programme) -> None:
    items = programme.list_items("diploma_levels")
    items[0] = replace(items[0], label="Middelbare school (ASO, TSO, BSO)")
    programme.save_list("diploma_levels", items, author=COORDINATOR)
    shown = labels(programme.list_items("diploma_levels"), "fr")
    assert shown["secondary"] == "Middelbare school (ASO, TSO, BSO)"
    assert shown["master"] == "Master ou équivalent"
    # Saved from a French screen, the defaults stay Duo's own.
    programme.save_list(
        "diploma_levels", shown_items(programme.list_items("diploma_levels"), "fr"), author="c"
    )
    assert labels(programme.list_items("diploma_levels"), "nl")["master"] == (
        "Master of gelijkwaardig"
    )


# --- the question sets -----------------------------------------------------------------------


def _texts(document: dict[str, Any], names: tuple[str, ...]) -> set[str]:
    return {name for name in names if document.get(name)}


@pytest.mark.parametrize("code", SET_CODES)
def test_every_shipped_question_set_is_complete_in_the_three_languages(code: str) -> None:
    document = _document("question_sets", code)
    for language in TRANSLATED:
        assert set(document[language]) == {"title"}, (code, language)
        for question in document["questions"]:
            where = (code, question["code"], language)
            assert set(question[language]) == _texts(question, QUESTION_TEXTS), where
            for option in question.get("options", []):
                assert set(option[language]) == {"text"}, (*where, option["code"])
    english = default_question_set(code)
    for language in TRANSLATED:
        shown = default_question_set(code, language)
        assert shown.title and shown.title != english.title
        assert [q.code for q in shown.questions] == [q.code for q in english.questions]
        for ours, theirs in zip(shown.questions, english.questions, strict=True):
            assert ours.kind is theirs.kind
            assert ours.text and ours.text != theirs.text, (code, ours.code, language)
            for name in QUESTION_TEXTS:
                assert bool(getattr(ours, name)) == bool(getattr(theirs, name))
            assert [o.code for o in ours.options] == [o.code for o in theirs.options]
            assert all(o.text for o in ours.options)


def test_a_section_has_one_translation_in_every_set() -> None:
    seen: dict[str, set[tuple[str, str]]] = {}
    for code in SET_CODES:
        sets = [default_question_set(code, language) for language in LANGUAGES]
        for questions in zip(*(s.questions for s in sets), strict=True):
            english, dutch, french = (q.section for q in questions)
            seen.setdefault(english, set()).add((dutch, french))
    assert all(len(translations) == 1 for translations in seen.values()), seen


def test_french_texts_keep_a_non_breaking_space_before_double_punctuation() -> None:
    for code in SET_CODES:
        shown = default_question_set(code, "fr")
        texts = [shown.title] + [
            getattr(q, name) for q in shown.questions for name in QUESTION_TEXTS
        ]
        for text in texts:
            assert not re.search(r"(?<!\u00a0)[?:;!]", text), (code, text)


@pytest.mark.parametrize("code", SET_CODES)
def test_a_shipped_set_shows_in_any_language_from_any_language(code: str) -> None:
    for source in LANGUAGES:
        for target in LANGUAGES:
            shown = shown_question_set(default_question_set(code, source), target)
            assert shown == default_question_set(code, target)
    assert canonical_question_set(default_question_set(code, "fr")) == default_question_set(code)
    assert shown_question_set(default_question_set(code), "de") == default_question_set(code)


def test_what_the_coordinator_typed_shows_as_typed() -> None:
    shipped = default_question_set("final-mentee")
    network = shipped.question("network")
    reworded = replace(
        shipped.questions[0], text="Hoe tevreden ben je over Duo-Gent?", low_label="Slecht"
    )
    options = (*network.options[:1], Option("network-coffee", "Went for coffee with me"))
    added = Question(
        code="extra", kind=QuestionKind.TEXT, text="Anything else?", section="To finish"
    )
    edited = replace(
        shipped,
        title="Eindevaluatie Duo-Gent",
        questions=(reworded, replace(network, options=options), added),
    )
    shown = shown_question_set(edited, "fr")
    assert shown.title == "Eindevaluatie Duo-Gent"
    first, checklist, extra = shown.questions
    assert (first.text, first.low_label) == ("Hoe tevreden ben je over Duo-Gent?", "Slecht")
    assert first.high_label == "Très satisfait·e"  # the end left as shipped
    assert first.section == "Le projet de mentorat"
    assert [o.text for o in checklist.options] == [
        "M'a présenté·e à des contacts dans ma profession ou mon secteur",
        "Went for coffee with me",
    ]
    # A question added under a shipped heading stays under it, in the same language.
    assert (extra.text, extra.section) == ("Anything else?", "Pour terminer")


def test_a_set_edited_in_dutch_stores_duos_own_texts_in_english(programme: Programme) -> None:
    shown = shown_question_set(current_question_set(programme, "interim-mentee"), "nl")
    # Saving what the Dutch screen shows, unchanged, adds no version.
    assert save_question_set(programme, shown, author=COORDINATOR).version == 1
    first = replace(shown.questions[0], text="Hoe gaat het met jullie duo?")
    saved = save_question_set(
        programme, replace(shown, questions=(first, *shown.questions[1:])), author=COORDINATOR
    )
    assert saved.version == 2
    shipped = default_question_set("interim-mentee")
    assert saved.title == shipped.title
    assert saved.questions[0].text == "Hoe gaat het met jullie duo?"
    assert saved.questions[0].low_label == shipped.questions[0].low_label
    assert saved.questions[1:] == shipped.questions[1:]
    in_french = shown_question_set(current_question_set(programme, "interim-mentee"), "fr")
    assert in_french.questions[0].text == "Hoe gaat het met jullie duo?"
    assert in_french.questions[1] == default_question_set("interim-mentee", "fr").questions[1]
    # The same set shown in French and saved again is the same version.
    assert save_question_set(programme, in_french, author=COORDINATOR) == saved
    assert len(question_set_versions(programme, "interim-mentee")) == 2
