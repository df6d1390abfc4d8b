"""Hostile banks, round 3: what a shared bank can do to Anki, a spreadsheet, Moodle, Canvas or a
Markdown reader, and what `check` must refuse because a later step cannot carry it (issue 23)."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import zipfile
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from conftest import QUESTIONS_YAML, SOURCE, invoke, write_bank

from vlasov_cli.state.store import load


def question_yaml(**fields: str) -> str:
    """A questions file holding the small bank's question with `fields` replaced (YAML values)."""
    base = {
        "id": "q-founder",
        "type": "choice",
        "prompt": "Who founded the Lantern Society?",
        "choices": "[Anna Petrova, Olga Ivanova, Maria Sokolova]",
        "answer": "Anna Petrova",
        "quote": "Anna Petrova founded the Lantern Society in Kazan",
        "topic": "founding",
    }
    base.update(fields)
    lines = [f"    {name}: {value}" for name, value in base.items() if value is not None]
    return "questions:\n  - " + "\n".join(lines).lstrip() + "\n"


def checked(runner, folder: Path):
    return invoke(runner, "check", "--bank", str(folder))


# 2. The Anki deck's description is HTML in Anki's deck overview.


def test_the_anki_deck_description_is_escaped(runner, tmp_path):
    bank = write_bank(
        tmp_path / "bank",
        bank_yaml=(
            "title: '<script>alert(1)</script> Notes'\nauthor: '<img src=x onerror=alert(2)>'\nsource: source.txt\n"
        ),
    )
    target = tmp_path / "deck.apkg"
    result = invoke(runner, "export", "--format", "anki", "-o", str(target), "--bank", str(bank))
    assert result.exit_code == 0, result.stderr
    with zipfile.ZipFile(target) as archive:
        archive.extract("collection.anki2", tmp_path / "unzipped")
    connection = sqlite3.connect(tmp_path / "unzipped" / "collection.anki2")
    try:
        (decks,) = connection.execute("SELECT decks FROM col").fetchone()
    finally:
        connection.close()
    deck = next(deck for deck in json.loads(decks).values() if deck["name"] != "Default")
    description = deck["desc"]
    assert "<script" not in description and "<img" not in description
    assert "&lt;script&gt;alert(1)&lt;/script&gt; Notes" in description
    assert "&lt;img src=x onerror=alert(2)&gt;" in description
    assert deck["name"] == "<script>alert(1)</script> Notes"  # a deck's name is text, not HTML


# 3. Formula injection: a cell starting with = + - @ is a formula to a spreadsheet.

FORMULA = '=HYPERLINK("http://example.com/","click")'


@pytest.fixture
def formula_bank(tmp_path: Path) -> Path:
    questions = question_yaml(
        prompt="'=1+1 Who founded the Lantern Society?'",
        choices="['Anna Petrova', '+Olga Ivanova', '@Maria Sokolova', '-Irina Orlova']",
        topic="'=cmd|calc'",
    ).replace(
        "questions:\n",
        "questions:\n  - id: q-formula\n    type: typed\n    prompt: What is written?\n"
        f"    answer: '{FORMULA.replace(chr(39), chr(39) * 2)}'\n"
        "    quote: Anna Petrova founded the Lantern Society in Kazan\n    topic: t\n",
    )
    return write_bank(tmp_path / "bank", questions_yaml=questions)


def test_kahoot_cells_are_text_never_formulas(runner, tmp_path, formula_bank):
    from openpyxl import load_workbook

    target = tmp_path / "kahoot.xlsx"
    result = invoke(runner, "export", "--format", "kahoot", "-o", str(target), "--bank", str(formula_bank))
    assert result.exit_code == 0, result.stderr
    book = load_workbook(target)
    try:
        cells = [cell for row in book.active.iter_rows(min_row=9) for cell in row if cell.value is not None]
    finally:
        book.close()
    assert {cell.data_type for cell in cells if isinstance(cell.value, str)} == {"s"}
    values = [cell.value for cell in cells]
    assert "=1+1 Who founded the Lantern Society?" in values  # the question's text, kept as it is
    assert {"Anna Petrova", "+Olga Ivanova", "@Maria Sokolova", "-Irina Orlova"} <= set(values)


def formula_cells(rows: list[list[str]]) -> list[str]:
    return [cell for row in rows for cell in row if cell[:1] in ("=", "+", "-", "@", "\t", "\r")]


def test_csv_cells_never_start_a_formula(runner, formula_bank):
    result = invoke(runner, "export", "--format", "csv", "--bank", str(formula_bank))
    assert result.exit_code == 0, result.stderr
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert formula_cells(rows) == []
    cells = {cell for row in rows for cell in row}
    assert "'=1+1 Who founded the Lantern Society?" in cells and "'" + FORMULA in cells
    assert "'=cmd|calc" in cells


def test_quizlet_cells_never_start_a_formula(runner, formula_bank):
    result = invoke(runner, "export", "--format", "quizlet", "--bank", str(formula_bank))
    assert result.exit_code == 0, result.stderr
    rows = [line.split("\t") for line in result.stdout.splitlines()]
    assert formula_cells(rows) == []
    assert any(row[0].startswith("'=1+1 Who founded") for row in rows)


def test_a_negative_number_stays_a_number_in_csv(runner, tmp_path):
    source = SOURCE + "\nThe lake froze at -40 degrees that winter.\n"
    questions = question_yaml(
        id="q-cold", type="number", prompt="How cold was it?", choices=None, answer="-40",
        quote="The lake froze at -40 degrees that winter.",
    )  # fmt: skip
    bank = write_bank(tmp_path / "bank", source_txt=source, questions_yaml=questions)
    result = invoke(runner, "export", "--format", "csv", "--bank", str(bank))
    assert result.exit_code == 0, result.stderr
    (row,) = [row for row in csv.DictReader(io.StringIO(result.stdout)) if row["id"] == "q-cold"]
    assert row["answer"] == "-40"  # a spreadsheet reads it as the number it is, not a formula


# 4. A line break in a one-line field; code points XML cannot carry; Markdown's block syntax.


@pytest.mark.parametrize("field", ["title", "author"])
def test_a_line_break_in_the_title_or_author_is_refused(runner, tmp_path, field):
    meta = {"title": "Notes", "author": "A. Writer", "source": "source.txt"}
    meta[field] = "Notes\\n::forged::Forged question?{TRUE}"
    yaml_text = "".join(f'{name}: "{value}"\n' for name, value in meta.items())
    bank = write_bank(tmp_path / "bank", bank_yaml=yaml_text)
    result = checked(runner, bank)
    assert result.exit_code == 2
    assert f"bank.yaml:{list(meta).index(field) + 1}: `{field}` holds a line break" in result.stderr


@pytest.mark.parametrize(
    ("field", "value"),
    [("choices", '["Anna\\nPetrova", Olga Ivanova]'), ("answer", '"Anna\\rPetrova"'), ("topic", '"a\\nb"')],
)
def test_a_line_break_in_a_one_line_field_of_an_entry_is_refused(runner, tmp_path, field, value):
    bank = write_bank(tmp_path / "bank", questions_yaml=question_yaml(**{field: value}))
    result = checked(runner, bank)
    assert result.exit_code == 2
    assert f"question 'q-founder': field '{field}' holds a line break" in result.stderr


def test_a_draft_title_with_a_line_break_is_refused(runner, tmp_path):
    article = tmp_path / "article.txt"
    article.write_text("Notes\n\nAnna Petrova founded the society in Kazan on March 3, 1905.\n", encoding="utf-8")
    result = invoke(runner, "draft", str(article), "-o", str(tmp_path / "out"), "--title", "Notes\n::x::y{TRUE}")
    assert result.exit_code == 2
    assert result.stderr == "error: --title holds a line break: a title is one line\n"
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("character", ["\ufffe", "\uffff", "\U0001fffe", "\ufdd0"])
@pytest.mark.parametrize("where", ["prompt", "title", "source"])
def test_code_points_xml_cannot_carry_are_refused(runner, tmp_path, character, where):
    escaped = f"\\U{ord(character):08x}"
    if where == "prompt":
        bank = write_bank(tmp_path / "bank", questions_yaml=question_yaml(prompt=f'"Who{escaped} founded it?"'))
    elif where == "title":
        bank = write_bank(tmp_path / "bank", bank_yaml=f'title: "Notes{escaped}"\nsource: source.txt\n')
    else:
        bank = write_bank(tmp_path / "bank", source_txt=SOURCE + f"\nA noncharacter {character} here.\n")
    result = checked(runner, bank)
    assert result.exit_code == 2
    name = f"U+{ord(character):04X}"
    assert f"a code point that is no character, {name}, which XML cannot carry" in result.stderr


def test_moodle_and_qti_stay_well_formed_for_every_valid_bank(runner, tmp_path):
    """Whatever passes check is well-formed XML in every XML export (the refusals above make it so)."""
    questions = question_yaml(prompt='"Who\\u00a0founded \\U0001F600 it, \\ufffd?"')
    bank = write_bank(tmp_path / "bank", questions_yaml=questions)
    moodle = invoke(runner, "export", "--format", "moodle", "--bank", str(bank))
    assert moodle.exit_code == 0, moodle.stderr
    ET.fromstring(moodle.stdout.encode("utf-8"))
    target = tmp_path / "qti.zip"
    assert invoke(runner, "export", "--format", "qti", "-o", str(target), "--bank", str(bank)).exit_code == 0
    with zipfile.ZipFile(target) as archive:
        for name in archive.namelist():
            ET.fromstring(archive.read(name))


def markdown_headings(text: str) -> list[str]:
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark").enable("table").parse(text)
    return [tokens[index + 1].content for index, token in enumerate(tokens) if token.type == "heading_open"]


def test_a_multi_line_prompt_forges_nothing_in_markdown(runner, tmp_path):
    lines = ["Who founded it?", "# Forged heading", "## Answer key", "1. B", "---", "> quoted", "    code"]
    prompt = json.dumps("\n".join([*lines, "| a | b |", "|---|---|"]))
    bank = write_bank(
        tmp_path / "bank",
        questions_yaml=question_yaml(prompt=prompt, explanation='"Because.\\nForged\\n======="'),
    )
    result = invoke(runner, "export", "--format", "markdown", "--bank", str(bank))
    assert result.exit_code == 0, result.stderr
    assert markdown_headings(result.stdout) == ["Lantern Society: quiz", "Questions", "Answer key"]
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark").enable("table").parse(result.stdout)
    kinds = {token.type for token in tokens}
    assert not kinds & {"blockquote_open", "code_block", "fence", "hr", "table_open", "html_block"}
    # Two lists: the questions and the key, one item each; the prompt's lines stay in its item.
    assert [token.type for token in tokens].count("ordered_list_open") == 2
    assert "# Forged heading" in result.stdout.replace("\\#", "#")


# 8. Answers the quiz's checker cannot take.


def number_bank(tmp_path: Path, answer: str, sentence: str) -> Path:
    questions = question_yaml(
        id="q-figure", type="number", prompt="How many?", choices=None, answer=answer, quote=f"'{sentence}'"
    )
    return write_bank(tmp_path / "bank", source_txt=SOURCE + f"\n{sentence}\n", questions_yaml=questions)


def test_a_figure_longer_than_the_checker_reads_is_refused(runner, tmp_path):
    figure = "1" * 41
    bank = number_bank(tmp_path, figure, f"The count was {figure} grains.")
    result = checked(runner, bank)
    assert result.exit_code == 2
    assert "a number answer may have at most 40 digits" in result.stderr


@pytest.mark.parametrize("typed", ["-240", "\u2212240", "minus 240", "-240.", " -240 "])
def test_a_negative_answer_is_taken_as_it_is_written(runner, tmp_path, typed):
    bank = number_bank(tmp_path, "-240", "The lake froze at -240 on the old scale.")
    assert checked(runner, bank).exit_code == 0
    result = invoke(runner, "quiz", "--bank", str(bank), "--json", "--practice", "--type", "number", input=typed + "\n")
    assert json.loads(result.stdout)["correct"] == 1, result.stdout
    wrong = invoke(runner, "quiz", "--bank", str(bank), "--json", "--practice", "--type", "number", input="240\n")
    assert json.loads(wrong.stdout)["correct"] == 0


def test_a_year_before_1000_is_taken_as_the_article_writes_it(runner, tmp_path):
    sentence = "Alfred burned the cakes on January 6, 878, in the marshes."
    questions = question_yaml(
        id="q-cakes", type="date", prompt="When did Alfred burn the cakes?", choices=None, answer="0878-01-06",
        quote=f"'{sentence}'",
    )  # fmt: skip
    bank = write_bank(
        tmp_path / "bank", source_txt=SOURCE + f"\n{sentence}\n", questions_yaml=questions, events_yaml=None
    )
    assert checked(runner, bank).exit_code == 0
    for typed in ("January 6, 878", "6 January 878", "0878-01-06", "Jan 6 878"):
        result = invoke(
            runner, "quiz", "--bank", str(bank), "--json", "--practice", "--type", "date", input=typed + "\n"
        )
        record = json.loads(result.stdout)
        assert record["correct"] == 1, (typed, record)
    # The summary shows the answer in the form the article writes, and that form is taken.
    missed = invoke(runner, "quiz", "--bank", str(bank), "--practice", "--type", "date", input="?\n")
    assert "January 6, 878" in missed.stdout


def test_a_date_answer_before_the_year_100_is_refused(runner, tmp_path):
    questions = question_yaml(
        id="q-early", type="date", prompt="When?", choices=None, answer="'0079-08-24'",
        quote="Anna Petrova founded the Lantern Society in Kazan",
    )  # fmt: skip
    result = checked(runner, write_bank(tmp_path / "bank", questions_yaml=questions))
    assert result.exit_code == 2
    assert "a date answer before the year 100" in result.stderr


# 9. More options than letters.


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        (
            {"choices": json.dumps(["Anna Petrova", *(f"Person {number}" for number in range(26))])},
            "question 'q-founder': a choice question has at most 26 choices (one a letter), not 27",
        ),
        (
            {"type": "order", "choices": None, "answer": None, "items": json.dumps([f"Step {n}" for n in range(27)])},
            "question 'q-founder': an order question has at most 26 items (one a letter), not 27",
        ),
    ],
    ids=["choices", "items"],
)
def test_more_options_than_letters_are_refused(runner, tmp_path, fields, message):
    result = checked(runner, write_bank(tmp_path / "bank", questions_yaml=question_yaml(**fields)))
    assert result.exit_code == 2
    assert message in result.stderr


def test_26_choices_are_carried_by_every_export(runner, tmp_path):
    choices = ["Anna Petrova", *(f"Person {number}" for number in range(25))]
    bank = write_bank(tmp_path / "bank", questions_yaml=question_yaml(choices=json.dumps(choices)))
    assert checked(runner, bank).exit_code == 0
    for fmt in ("markdown", "quizlet", "csv", "gift", "moodle"):
        result = invoke(runner, "export", "--format", fmt, "--bank", str(bank))
        assert result.exit_code == 0, (fmt, result.stderr)
    letters_shown = invoke(runner, "quiz", "--bank", str(bank), "--practice", input="Z\n")
    assert "Z) " in letters_shown.stdout and letters_shown.exit_code == 0


# 14. An invisible character is named, with its line and column.


@pytest.mark.parametrize(
    ("character", "name"),
    [("\u200e", "U+200E LEFT-TO-RIGHT MARK"), ("\x0c", "U+000C a form feed"), ("\u2028", "U+2028 LINE SEPARATOR")],
)
def test_an_invisible_character_in_an_article_is_named_with_its_column(runner, tmp_path, character, name):
    text = f"Notes\n\nAnna Petrova founded{character} the society in Kazan on March 3, 1905.\n"
    article = tmp_path / "article.txt"
    article.write_text(text, encoding="utf-8")
    result = invoke(runner, "draft", str(article), "-o", str(tmp_path / "out"))
    assert result.exit_code == 2
    assert f"holds a control character, {name} (line 3, column 21)" in result.stderr
    bank = write_bank(tmp_path / "bank", source_txt=text)
    problem = checked(runner, bank)
    assert f"source text holds a control character, {name} (line 3, column 21)" in problem.stderr


def test_a_control_character_in_a_field_is_named(runner, tmp_path):
    bank = write_bank(tmp_path / "bank", questions_yaml=question_yaml(prompt='"Who\\e[2J founded it?"'))
    result = checked(runner, bank)
    assert "question 'q-founder': field 'prompt' holds a control character, U+001B an escape" in result.stderr


def test_the_small_bank_still_passes(runner, small_bank):
    assert checked(runner, small_bank).exit_code == 0
    assert load(small_bank).questions[0].prompt == "Who founded the Lantern Society?"
    assert QUESTIONS_YAML.startswith("questions:")


# Beyond the list: digits of other scripts.


@pytest.mark.parametrize(
    "typed", ["\u0662\u0664\u0660", "\u06f2\u06f4\u06f0", "\uff12\uff14\uff10", "\u0968\u096a\u0966"]
)
def test_digits_of_other_scripts_answer_a_number_question(runner, tmp_path, typed):
    bank = number_bank(tmp_path, "240", "The lake froze after 240 days.")
    result = invoke(runner, "quiz", "--bank", str(bank), "--json", "--practice", "--type", "number", input=typed + "\n")
    assert json.loads(result.stdout)["correct"] == 1, result.stdout


def test_a_full_width_letter_answers_a_choice_question(runner, small_bank):
    result = invoke(runner, "quiz", "--bank", str(small_bank), "--json", "--practice", "--seed", "1", input="?\n")
    expected = json.loads(result.stdout)["answers"][0]["expected"]
    full_width = "".join(chr(ord(char) + 0xFEE0) if char.isascii() and char.isalpha() else char for char in expected)
    again = invoke(
        runner, "quiz", "--bank", str(small_bank), "--json", "--practice", "--seed", "1", input=full_width + "\n"
    )
    assert json.loads(again.stdout)["correct"] == 1, (full_width, again.stdout)


@pytest.mark.parametrize("answer", ["'\u0662\u0664\u0660'", "'1\u0669\u0664\u0662'"])
def test_a_number_answer_in_other_digits_is_refused_by_check(runner, tmp_path, answer):
    bank = number_bank(tmp_path, answer, "The lake froze after 240 days.")
    result = checked(runner, bank)
    assert result.exit_code == 2 and "a number answer must be a number" in result.stderr


def test_a_date_in_other_digits_is_refused_by_check(runner, tmp_path):
    questions = question_yaml(
        id="q-when", type="date", prompt="When?", choices=None, answer="'\u0661\u0669\u0660\u0665-03-03'",
        quote="Anna Petrova founded the Lantern Society in Kazan on March 3, 1905.",
    )  # fmt: skip
    result = checked(runner, write_bank(tmp_path / "bank", questions_yaml=questions))
    assert result.exit_code == 2 and "must be YYYY, YYYY-MM or YYYY-MM-DD" in result.stderr
