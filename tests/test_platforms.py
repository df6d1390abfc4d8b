"""`vlasov export --format gift|moodle|qti|quizlet|kahoot`, each read back by a real reader of its format:
a Moodle GIFT parser (pygiftparserrgmf), Moodle XML through an XML parser and moodle-xml-parser, QTI 1.2
through pyslet's QTI v1 object model, Quizlet through csv, Kahoot through openpyxl. Every question's
answer read back must be the bank's, its choices in `export.options` order, its feedback the quote."""

from __future__ import annotations

import csv
import html
import io
import logging
import re
import warnings
import zipfile
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from conftest import invoke, write_bank
from test_export import export, loaded

from vlasov_cli.core.text import letters
from vlasov_cli.features.answers import check_answer, display_answer
from vlasov_cli.features.export import answer_label, options, source_line
from vlasov_cli.features.platforms import KAHOOT_COLUMNS, KAHOOT_TIME_LIMITS, QTI_NAMESPACE, date_forms

EXAMPLE = Path(__file__).parent / "example_bank"
BANKS = [pytest.param(None, id="shipped"), pytest.param(EXAMPLE, id="example")]
ORDINALS = {1: "1st", 2: "2nd", 3: "3rd", 4: "4th", 5: "5th"}

# A bank whose prompts, choices, answers and quotes hold every character GIFT, XML, HTML and a
# tab-separated file treat as special.
SPECIAL_SOURCE = """By A. Writer

Anna Petrova founded the Lantern Society in Kazan on March 3, 1905.

Two years later, in 1907, the society opened its first school.

Its motto read: {light} ~ learning = 1 # of 2 & <more> \\ yes.
"""
MOTTO = "Its motto read: {light} ~ learning = 1 # of 2 & <more> \\ yes."
LONG_CHOICE = "A choice far longer than the seventy-five characters that Kahoot allows for an answer"
SPECIAL_QUESTIONS = r"""questions:
  - id: q-motto
    type: choice
    topic: 'motto: {a} ~ b'
    prompt: 'What did the motto say: {light} ~ learning = 1 # of 2 & <more> \ yes?'
    choices: ['{light} ~ learning', 'a = b: c', 'd # e & <f>', 'back\slash ]]> end']
    answer: '{light} ~ learning'
    quote: 'Its motto read: {light} ~ learning = 1 # of 2 & <more> \ yes.'
  - id: q-kazan
    type: truefalse
    topic: founding
    prompt: 'Petrova founded the society in Kazan: true = not false?'
    answer: true
    quote: Anna Petrova founded the Lantern Society in Kazan
    explanation: "Kazan {city}: see\nthe first paragraph."
  - id: q-city
    type: typed
    topic: founding
    prompt: "Where was\tthe society founded?"
    answer: Kazan
    accept: ['Kazan {on the Volga}', 'K~azan = #1']
    quote: Anna Petrova founded the Lantern Society in Kazan
  - id: q-founded
    type: date
    topic: founding
    prompt: When was the society founded?
    answer: '1905-03-03'
    quote: Anna Petrova founded the Lantern Society in Kazan on March 3, 1905.
  - id: q-school-year
    type: number
    topic: school
    prompt: 'In what year # did the school open?'
    answer: 1907
    quote: Two years later, in 1907, the society opened its first school.
  - id: q-order
    type: order
    topic: school
    prompt: 'Put these in order {earliest first}:'
    items: ['The society is founded ~ in Kazan', 'The school opens = 1907', 'The motto is #1 & <b>']
    quote: Two years later, in 1907, the society opened its first school.
  - id: q-long-choice
    type: choice
    topic: school
    prompt: Which school?
    choices: ['LONG', 'The first school', 'The last school']
    answer: The first school
    quote: Two years later, in 1907, the society opened its first school.
""".replace("'LONG'", repr(LONG_CHOICE))


@pytest.fixture
def special_bank(tmp_path: Path) -> Path:
    return write_bank(tmp_path / "special", source_txt=SPECIAL_SOURCE, questions_yaml=SPECIAL_QUESTIONS)


def words(text: str) -> str:
    """Text as HTML shows it: each run of white space (a tab, a line break) one space."""
    return " ".join(text.split())


def plain(text: str) -> str:
    """HTML as a reader sees it: tags dropped, entities read, white space as shown."""
    return words(html.unescape(re.sub(r"<[^>]+>", "", text)))


def paragraphs(text: str) -> list[str]:
    return [words(html.unescape(part)) for part in re.findall(r"<p>(.*?)</p>", text, re.S)]


def feedback_of(question) -> list[str]:
    return [words(line) for line in [source_line(question), question.explanation] if line]


def shown_options(question) -> list[str]:
    return [words(text) for text in options(question)]


# Moodle GIFT, read by pygiftparserrgmf (a lex/yacc GIFT parser).


def gift_unescape(text: str) -> str:
    """What Moodle makes of escaped text (its `escapedchar_post`): the parser unescapes question
    names and texts but leaves options as written."""
    return re.sub(r"\\([\\~=#{}:])", r"\1", text).replace("\\n", "\n")


def read_gift(text: str) -> dict:
    import gc

    with warnings.catch_warnings():
        # On its first import the parser builds its tables, and ply leaves the report file it wrote
        # (parser.out) unclosed: collected here, so that no warning reaches a later test.
        warnings.simplefilter("ignore", ResourceWarning)
        from pygiftparser import parser

        gc.collect()
    parsed = parser.parse(text)
    return {question.name: question for question in parsed.questions}


def gift_general_feedback(answer) -> list[str]:
    # The parser reads "####text" as the feedback "###text" of the last option.
    feedback = answer.options[-1].feedback
    assert feedback.startswith("###")
    return paragraphs(gift_unescape(feedback[3:]))


GIFT_KINDS = {
    "choice": "MultipleChoiceRadio",
    "truefalse": "TrueFalse",
    "typed": "Short",
    "date": "Short",
    "number": "Numerical",
    "order": "Matching",
}


def check_gift(bank, text: str) -> None:
    read = read_gift(text)
    assert list(read) == [question.id for question in bank.questions]
    for question in bank.questions:
        found = read[question.id]
        answer = found.answer
        assert type(answer).__name__ == GIFT_KINDS[question.type], question.id
        assert found.category == f"$course$/top/{bank.title}"
        assert found.text.startswith("[html]")
        assert plain(found.text.removeprefix("[html]")) == words(question.prompt)
        assert gift_general_feedback(answer) == feedback_of(question)
        texts = [gift_unescape(option.text.strip()) for option in answer.options]
        if question.type == "choice":
            assert [plain(text) for text in texts] == shown_options(question)
            right = [plain(text) for option, text in zip(answer.options, texts, strict=True) if option.prefix == "="]
            assert right == [question.answer]
        elif question.type == "truefalse":
            assert texts == [display_answer(question)]
        elif question.type in ("typed", "date"):
            assert all(option.prefix == "=" for option in answer.options)
            assert all(check_answer(question, text).correct for text in texts), (question.id, texts)
            assert question.answer in texts or question.type == "date"
            if question.type == "date":
                assert display_answer(question) in texts and question.answer in texts
            else:
                assert set(texts) == {question.answer.strip(), *(form.strip() for form in question.accept)}
        elif question.type == "number":
            assert answer.get_number() == float(question.answer) and answer.get_error_margin() == 0
        else:
            pairs = [answer.get_pair(option) for option in answer.options]
            assert [plain(gift_unescape(pair["first"])) for pair in pairs] == shown_options(question)
            positions = [ORDINALS[question.items.index(item) + 1] for item in options(question)]
            assert [pair["second"].removesuffix("###").split("###")[0].strip() for pair in pairs] == positions


@pytest.mark.parametrize("folder", BANKS)
def test_gift_reads_back_every_question(runner, folder):
    check_gift(loaded(folder), export(runner, folder, "gift").stdout)


def test_gift_keeps_special_characters(runner, special_bank):
    bank = loaded(special_bank)
    text = export(runner, special_bank, "gift").stdout
    check_gift(bank, text)
    motto = read_gift(text)["q-motto"]
    assert (
        plain(motto.text.removeprefix("[html]"))
        == "What did the motto say: {light} ~ learning = 1 # of 2 & <more> \\ yes?"
    )
    assert gift_general_feedback(motto.answer) == [f"\u201c{MOTTO}\u201d \u00b64"]


def test_date_forms_are_the_answers_the_quiz_takes(special_bank):
    bank = loaded(special_bank)
    question = next(question for question in bank.questions if question.type == "date")
    forms = date_forms(question)
    assert forms[0] == display_answer(question) == "March 3, 1905"
    assert "1905-03-03" in forms and "3 March 1905" in forms
    assert all(check_answer(question, form).correct for form in forms)


# Moodle XML, read by an XML parser and, for multiple choice, moodle-xml-parser.

MOODLE_TYPES = {
    "choice": "multichoice",
    "truefalse": "truefalse",
    "typed": "shortanswer",
    "date": "shortanswer",
    "number": "numerical",
    "order": "ordering",
}


def check_moodle(bank, text: str, path: Path) -> None:
    root = ET.fromstring(text.encode("utf-8"))
    assert root.tag == "quiz"
    category, *questions = root.findall("question")
    assert category.get("type") == "category"
    assert category.findtext("category/text") == f"$course$/top/{bank.title}"
    assert [element.findtext("name/text") for element in questions] == [question.id for question in bank.questions]
    for question, element in zip(bank.questions, questions, strict=True):
        assert element.get("type") == MOODLE_TYPES[question.type]
        assert element.findtext("idnumber") == question.id
        assert element.find("questiontext").get("format") == "html"
        assert paragraphs(element.findtext("questiontext/text")) == [words(question.prompt)]
        assert paragraphs(element.findtext("generalfeedback/text")) == feedback_of(question)
        answers = [(answer.findtext("text"), float(answer.get("fraction"))) for answer in element.findall("answer")]
        if question.type == "choice":
            assert element.findtext("shuffleanswers") == "false" and element.findtext("single") == "true"
            assert [plain(text) for text, _ in answers] == shown_options(question)
            assert [plain(text) for text, fraction in answers if fraction == 100] == [question.answer]
        elif question.type == "truefalse":
            assert [text for text, fraction in answers if fraction == 100] == [display_answer(question).lower()]
        elif question.type in ("typed", "date"):
            assert all(fraction == 100 for _, fraction in answers)
            assert all(check_answer(question, text).correct for text, _ in answers)
        elif question.type == "number":
            assert answers == [(question.answer, 100.0)]
            assert element.findtext("answer/tolerance") == "0"
        else:
            # Moodle's ordering type: the items in their right order, each fraction its position.
            assert [plain(text) for text, _ in answers] == list(question.items)
            assert [fraction for _, fraction in answers] == list(range(1, len(question.items) + 1))
            assert element.findtext("selecttype") == "ALL"
            assert element.findtext("selectcount") == str(len(question.items))
        if question.topic.strip():
            assert element.findtext("tags/tag/text") == question.topic
    # moodle-xml-parser, a reader of Moodle XML quizzes, sees the same multiple choice questions.
    from moodle_xml_parser.parser import parse_file

    path.write_text(text, encoding="utf-8")
    parsed = {found.name: found for found in parse_file(str(path))["multichoice"]}
    choices = [question for question in bank.questions if question.type == "choice"]
    assert list(parsed) == [question.id for question in choices]
    for question in choices:
        found = parsed[question.id]
        # The reader unescapes the HTML itself.
        assert [words(option.answer) for option in found.options] == shown_options(question)
        right = [words(option.answer) for option in found.options if option.score_fraction == 100]
        assert right == [words(question.answer)]
        assert words(source_line(question)) in words(found.general_feedback)
        assert not found.shuffle_answers


@pytest.mark.parametrize("folder", BANKS)
def test_moodle_xml_reads_back_every_question(runner, tmp_path, folder):
    check_moodle(loaded(folder), export(runner, folder, "moodle").stdout, tmp_path / "read.xml")


def test_moodle_xml_keeps_special_characters(runner, tmp_path, special_bank):
    target = tmp_path / "quiz.xml"
    result = export(runner, special_bank, "moodle", "-o", str(target))
    assert result.stderr == f"wrote {target} (moodle)\n"
    text = target.read_text(encoding="utf-8")
    check_moodle(loaded(special_bank), text, tmp_path / "read.xml")
    motto = next(e for e in ET.fromstring(text).findall("question") if e.findtext("name/text") == "q-motto")
    assert paragraphs(motto.findtext("questiontext/text")) == [
        "What did the motto say: {light} ~ learning = 1 # of 2 & <more> \\ yes?"
    ]
    assert "back\\slash ]]> end" in [plain(answer.findtext("text")) for answer in motto.findall("answer")]


# QTI 1.2 for Canvas, read by pyslet's QTI v1 object model.

CANVAS_TYPES = {
    "choice": "multiple_choice_question",
    "truefalse": "true_false_question",
    "typed": "short_answer_question",
    "date": "short_answer_question",
    "number": "numerical_question",
    "order": "matching_question",
}


QTI_ELEMENTS = {
    "Item",
    "ItemMetadata",
    "QTIMetadata",
    "QTIMetadataField",
    "FieldLabel",
    "FieldEntry",
    "Presentation",
    "Material",
    "MatText",
    "ResponseLId",
    "ResponseStr",
    "RenderChoice",
    "RenderFIB",
    "ResponseLabel",
    "ResProcessing",
    "Outcomes",
    "DecVar",
    "RespCondition",
    "ConditionVar",
    "Other",
    "VarEqual",
    "Or",
    "And",
    "VarGTE",
    "VarLTE",
    "SetVar",
    "DisplayFeedback",
    "ItemFeedback",
    "FlowMat",
}


def element_tree(element) -> list[tuple[str, dict, str]]:
    """(class name, attributes, text) of a pyslet element and of everything in it, in document order."""
    children = list(element.get_children())
    text = "".join(child for child in children if isinstance(child, str))
    found = [(type(element).__name__, dict(element.get_attributes()), text)]
    for child in children:
        if not isinstance(child, str):
            found += element_tree(child)
    return found


def read_qti(data: bytes, tmp_path: Path) -> list[dict]:
    """The package's items as pyslet's QTI v1 object model reads them (the manifest must list every
    file): for each, its title, all its elements, its response conditions, its response_lid rows."""
    archive = zipfile.ZipFile(io.BytesIO(data))
    manifest = ET.fromstring(archive.read("imsmanifest.xml"))
    namespace = {"cp": "http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1"}
    listed = [file.get("href") for file in manifest.iterfind(".//cp:file", namespace)]
    assert sorted(listed) == sorted(name for name in archive.namelist() if name != "imsmanifest.xml")
    (quiz,) = manifest.iterfind(".//cp:resource[@type='imsqti_xmlv1p2']", namespace)
    archive.extractall(tmp_path / "unzipped")
    assessment = tmp_path / "unzipped" / quiz.find("cp:file", namespace).get("href")
    # pyslet drops what is no QTI 1.2 element: count what each item holds to see that nothing went.
    written = [len(list(item.iter())) for item in ET.parse(assessment).iter(f"{{{QTI_NAMESPACE}}}item")]
    with warnings.catch_warnings():
        # pyslet calls its own renamed methods; and compiled at its first import (where no bytecode was
        # written, as with PYTHONDONTWRITEBYTECODE=1), its source warns of invalid escape sequences.
        warnings.simplefilter("ignore", DeprecationWarning)
        warnings.simplefilter("ignore", SyntaxWarning)
        from pyslet.qtiv1.xml import QTIDocument

        document = QTIDocument(base_uri=str(assessment))
        logging.disable(logging.WARNING)  # and logs each HTML paragraph as "unexpected data"
        try:
            document.read()
            (section,) = document.root.Assessment.SectionMixin
            items = [
                {
                    "title": item.title,
                    "tree": element_tree(item),
                    "conditions": [
                        element_tree(child)
                        for child in item.ResProcessing[0].get_children()
                        if type(child).__name__ == "RespCondition"
                    ],
                    "rows": [
                        element_tree(child)
                        for child in item.Presentation.get_children()
                        if type(child).__name__ == "ResponseLId"
                    ],
                    "feedback": [feedback.ident for feedback in item.ItemFeedback],
                }
                for item in section.SectionItemMixin
            ]
        finally:
            logging.disable(logging.NOTSET)
    assert [len(item["tree"]) for item in items] == written
    return items


def texts_of(tree: list, kind: str) -> list[str]:
    return [text for name, _, text in tree if name == kind]


def check_qti(bank, data: bytes, tmp_path: Path) -> None:
    items = read_qti(data, tmp_path)
    assert [item["title"] for item in items] == [question.id for question in bank.questions]
    for question, item in zip(bank.questions, items, strict=True):
        tree = item["tree"]
        # pyslet gives each QTI 1.2 element a class of its own, and all of ours are of these.
        assert {name for name, _, _ in tree} <= QTI_ELEMENTS, question.id
        fields = dict(zip(texts_of(tree, "FieldLabel"), texts_of(tree, "FieldEntry"), strict=True))
        assert fields["question_type"] == CANVAS_TYPES[question.type]
        material = texts_of(tree, "MatText")
        assert paragraphs(material[0]) == [words(question.prompt)]
        assert paragraphs(material[-1]) == feedback_of(question) and item["feedback"] == ["general_fb"]
        scored = [
            [(attributes["respident"], text) for name, attributes, text in condition if name == "VarEqual"]
            for condition in item["conditions"]
            if texts_of(condition, "SetVar")
        ]
        if question.type in ("choice", "truefalse"):
            choices = [plain(text) for text in material[1:-1]]
            assert choices == (shown_options(question) if question.type == "choice" else ["True", "False"])
            idents = [attributes["ident"] for name, attributes, _ in tree if name == "ResponseLabel"]
            right = question.answer if question.type == "choice" else display_answer(question)
            assert [[choices[idents.index(ident)] for _, ident in condition] for condition in scored] == [
                [words(right)]
            ]
        elif question.type in ("typed", "date"):
            (accepted,) = scored
            assert all(check_answer(question, text).correct for _, text in accepted)
            assert question.type == "date" or question.answer in [text for _, text in accepted]
        elif question.type == "number":
            (condition,) = [condition for condition in item["conditions"] if texts_of(condition, "SetVar")]
            names = [name for name, _, _ in condition]
            assert names[:4] == ["RespCondition", "ConditionVar", "Or", "VarEqual"]
            bounds = [(name, text) for name, _, text in condition if name in ("VarGTE", "VarLTE")]
            assert texts_of(condition, "VarEqual") == [question.answer]
            assert bounds == [("VarGTE", question.answer), ("VarLTE", question.answer)]
        else:
            # Matching: a row for each item, in their fixed shuffle, its right label the item's position.
            rows = item["rows"]
            assert [words(texts_of(row, "MatText")[0]) for row in rows] == shown_options(question)  # text/plain
            answered = dict(condition[0] for condition in scored)
            for index, (row, shown) in enumerate(zip(rows, options(question), strict=True), 1):
                labels = [attributes["ident"] for name, attributes, _ in row if name == "ResponseLabel"]
                chosen = texts_of(row, "MatText")[1:][labels.index(answered[f"response_{index}"])]
                assert chosen == ORDINALS[question.items.index(shown) + 1]


@pytest.mark.slow
@pytest.mark.parametrize("folder", BANKS)
def test_qti_package_reads_back_every_question(runner, tmp_path, folder):
    target = tmp_path / "quiz.zip"
    export(runner, folder, "qti", "-o", str(target))
    check_qti(loaded(folder), target.read_bytes(), tmp_path)


def test_qti_keeps_special_characters(runner, tmp_path, special_bank):
    target = tmp_path / "quiz.zip"
    export(runner, special_bank, "qti", "-o", str(target))
    check_qti(loaded(special_bank), target.read_bytes(), tmp_path)


@pytest.mark.parametrize("fmt", ["qti", "kahoot"])
def test_file_formats_need_a_file(runner, fmt):
    result = invoke(runner, "export", "-f", fmt, "--bank", str(EXAMPLE))
    assert result.exit_code == 2 and result.stdout == ""
    wanted = "FILE.zip" if fmt == "qti" else "FILE.xlsx"
    assert result.stderr.startswith("error: ") and result.stderr.endswith(f"give -o {wanted}\n")


# Quizlet: tab-separated term and definition, one card a line.


def read_quizlet(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE))


def check_quizlet(bank, text: str) -> None:
    rows = read_quizlet(text)
    assert text.count("\n") == len(rows) == len(bank.questions) + len(bank.people) + len(bank.terms)
    assert all(len(row) == 2 and all(field.strip() for field in row) for row in rows)
    for question, (term, definition) in zip(bank.questions, rows, strict=False):
        shown = options(question)
        lettered = [f"{label}. {text}" for label, text in zip(letters(len(shown)), shown, strict=True)]
        hint = ["(True or false?)"] if question.type == "truefalse" else []
        assert term == words(" ".join([question.prompt, *lettered, *hint]))
        assert definition == words(f"{answer_label(question)} \u2014 {source_line(question)}")
    people = rows[len(bank.questions) : len(bank.questions) + len(bank.people)]
    assert people == [[person.name, " ".join(person.role.split())] for person in bank.people]
    terms = rows[len(bank.questions) + len(bank.people) :]
    assert [term for term, _ in terms] == [entry.name for entry in bank.terms]
    assert all(
        f"\u00b6{entry.paragraph}" in definition for entry, (_, definition) in zip(bank.terms, terms, strict=True)
    )


@pytest.mark.parametrize("folder", BANKS)
def test_quizlet_cards(runner, folder):
    check_quizlet(loaded(folder), export(runner, folder, "quizlet").stdout)


def test_quizlet_keeps_fields_on_one_line(runner, special_bank):
    bank = loaded(special_bank)
    text = export(runner, special_bank, "quizlet").stdout
    check_quizlet(bank, text)
    cards = dict(read_quizlet(text))
    assert "Where was the society founded?" in cards
    assert cards["Where was the society founded?"].startswith("Kazan \u2014 \u201cAnna Petrova")


# Kahoot: its spreadsheet template, read by openpyxl.


def read_kahoot(path: Path) -> tuple[list, list[list]]:
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True)
    try:
        rows = [list(row) for row in book.active.iter_rows(values_only=True)]
    finally:
        book.close()
    return rows[7], [row for row in rows[8:] if any(cell is not None for cell in row)]


def fits_kahoot(question) -> bool:
    shown = options(question) if question.type == "choice" else ("True", "False")
    return (
        question.type in ("choice", "truefalse")
        and len(question.prompt) <= 120
        and len(shown) <= 4
        and all(len(text) <= 75 for text in shown)
    )


def check_kahoot(bank, path: Path) -> int:
    header, rows = read_kahoot(path)
    assert tuple(cell or "" for cell in header) == KAHOOT_COLUMNS
    fitting = [question for question in bank.questions if fits_kahoot(question)]
    assert len(rows) == len(fitting) > 0
    for number, (question, row) in enumerate(zip(fitting, rows, strict=True), 1):
        assert row[0] == number and row[1] == question.prompt
        shown = list(options(question)) if question.type == "choice" else ["True", "False"]
        answers = [cell for cell in row[2:6] if cell is not None]
        assert answers == shown
        assert row[6] in KAHOOT_TIME_LIMITS
        right = question.answer if question.type == "choice" else display_answer(question)
        assert answers[int(row[7]) - 1] == right
    return len(bank.questions) - len(fitting)


@pytest.mark.slow
@pytest.mark.parametrize("folder", BANKS)
def test_kahoot_spreadsheet(runner, tmp_path, folder):
    target = tmp_path / "kahoot.xlsx"
    result = export(runner, folder, "kahoot", "-o", str(target))
    skipped = check_kahoot(loaded(folder), target)
    total = len(loaded(folder).questions)
    assert (
        result.stderr == f"wrote {target} (kahoot)\n{skipped} of {total} questions left out: kahoot cannot carry them\n"
    )


def test_kahoot_counts_what_does_not_fit(runner, tmp_path, special_bank):
    target = tmp_path / "kahoot.xlsx"
    result = export(runner, special_bank, "kahoot", "-o", str(target))
    bank = loaded(special_bank)
    # Only the motto's choice and the true/false question fit: the rest are typed, date, number and
    # order questions (the generator adds a date question), and a choice too long for Kahoot.
    skipped = check_kahoot(bank, target)
    _, rows = read_kahoot(target)
    assert [row[1] for row in rows] == [
        "What did the motto say: {light} ~ learning = 1 # of 2 & <more> \\ yes?",
        "Petrova founded the society in Kazan: true = not false?",
    ]
    assert skipped == len(bank.questions) - 2
    assert LONG_CHOICE not in [cell for row in rows for cell in row]
    assert result.stderr.endswith(f"{skipped} of {len(bank.questions)} questions left out: kahoot cannot carry them\n")
