"""Sanity of every generated question over the whole shipped bank, and stability of their ids."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from vlasov_cli.answers import check_answer, display_answer, expected_answer
from vlasov_cli.bank.store import load as load_bank
from vlasov_cli.paths import default_bank_folder
from vlasov_cli.quiz import known_names
from vlasov_cli.text import fold, normalize_quote

BANK = load_bank(default_bank_folder())
BY_ID = {entry.id: entry for kind in (BANK.people, BANK.events, BANK.terms) for entry in kind}
GENERATED = [question for question in BANK.questions if question.generated]
TEMPLATES = {"date", "year", "order", "role", "what", "who"}


def test_generation_covers_the_fact_set():
    kinds = {question.id.rsplit(".", 1)[1] for question in GENERATED}
    assert kinds == TEMPLATES
    assert len(GENERATED) >= 150


def test_question_ids_are_unique():
    ids = [question.id for question in BANK.questions]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("question", GENERATED, ids=lambda question: question.id)
def test_generated_question_is_well_formed(question):
    fact_id, template = question.id.rsplit(".", 1)
    assert template in TEMPLATES
    assert BY_ID.get(fact_id) is not None
    assert question.paragraph > 0
    assert normalize_quote(question.quote) in normalize_quote(BANK.paragraphs[question.paragraph - 1])
    if question.type == "choice":
        folded = [fold(choice) for choice in question.choices]
        assert len(set(folded)) == len(folded) == 4
        assert question.choices.count(question.answer) == 1
    if question.type == "order":
        events = [[event for event in BANK.events if event.title == item] for item in question.items]
        assert all(len(matches) == 1 for matches in events), "an order item must name exactly one event"
        chosen = [matches[0] for matches in events]
        assert not any(event.approximate for event in chosen)
        for first, second in zip(chosen, chosen[1:], strict=False):
            assert first.latest < second.earliest  # the order is decidable from the windows
    if question.type == "date":
        event = BY_ID[fact_id]
        assert question.answer == event.date and event.precision in ("day", "month", "year")
        assert (question.quote, question.paragraph) == event.proof


@pytest.mark.parametrize("question", BANK.questions, ids=lambda question: question.id)
def test_expected_and_displayed_answers_are_accepted(question):
    names = known_names(BANK)
    shown = tuple(reversed(question.choices or question.items))
    assert check_answer(question, expected_answer(question, shown), shown, names).correct
    if question.type not in ("order", "choice"):
        assert check_answer(question, display_answer(question), shown, names).correct


def test_who_questions_never_offer_another_person_of_the_same_event():
    for question in GENERATED:
        if question.id.endswith(".who"):
            event = BY_ID[question.id.rsplit(".", 1)[0]]
            sharing = {
                BANK.person(pid).name for other in BANK.events if other.title == event.title for pid in other.people
            }
            assert set(question.choices) & sharing == {question.answer}


def test_ids_survive_rewording(tmp_path: Path):
    folder = tmp_path / "bank"
    shutil.copytree(Path(__file__).parent / "example_bank", folder)
    before = {question.id for question in load_bank(folder).questions}
    events = folder / "events.yaml"
    text = events.read_text(encoding="utf-8")
    reworded = text.replace("title: Schooner Gannet wrecked", "title: The schooner Gannet was wrecked", 1)
    assert reworded != text
    events.write_text(reworded, encoding="utf-8")
    after = {question.id for question in load_bank(folder).questions}
    assert after == before
