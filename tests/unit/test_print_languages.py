"""Printed documents speak their own language all through: Duo's list defaults and question
texts translated, a purpose saved from a Dutch screen still explained on a French form."""

from __future__ import annotations

from datetime import date

from desktop.workflows.print_case import (
    complete_file_document,
    consent_form_document,
    intake_summary_document,
)
from storage.lists import default_items
from storage.programme import Programme
from storage.question_sets import default_question_set
from tests.case_documents import flat, text_of
from tests.helpers import fictional_participant
from tests.unit.test_print_case_workflows import _followed_duo

DAY = date(2026, 6, 1)


def test_list_defaults_print_in_the_document_s_language(programme: Programme) -> None:
    case_id = programme.cases.create(
        fictional_participant("Anna", "Peeters", diploma_level="secondary"), author=""
    )
    dutch = flat(text_of(intake_summary_document(programme, case_id, "nl", today=DAY)))
    label = {item.code: item.label for item in default_items("diploma_levels", "nl")}
    assert flat(label["secondary"]) in dutch
    assert "Secondary education" not in dutch


def test_a_purpose_saved_from_a_dutch_screen_is_still_explained_on_a_french_form(
    programme: Programme,
) -> None:
    programme.save_list("consent_purposes", default_items("consent_purposes", "nl"), author="")
    case_id = programme.cases.create(fictional_participant("Anna", "Peeters"), author="")
    french = flat(text_of(consent_form_document(programme, case_id, "fr", today=DAY)))
    dutch_label = {i.code: i.label for i in default_items("consent_purposes", "nl")}
    assert flat(dutch_label["programme"]) not in french


def test_the_complete_file_prints_the_questions_in_its_language(programme: Programme) -> None:
    duo = _followed_duo(programme)
    dutch = default_question_set("interim-mentee", "nl").question("process-satisfaction").text
    english = default_question_set("interim-mentee", "en").question("process-satisfaction").text
    text = flat(text_of(complete_file_document(programme, duo.mentee_id, "nl", today=DAY)))
    assert flat(dutch)[:40] in text and flat(english)[:40] not in text


def test_an_import_finds_duo_s_own_labels_in_dutch_and_french() -> None:
    from storage.import_values import ListLookup, sector

    lookup = ListLookup.of(default_items("sectors"), "sectors")
    dutch = {i.code: i.label for i in default_items("sectors", "nl")}
    french = {i.code: i.label for i in default_items("sectors", "fr")}
    assert sector(dutch["F"], lookup) == "F"
    assert sector(french["F"], lookup) == "F"
