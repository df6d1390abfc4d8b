"""Exports for teachers' platforms: Moodle GIFT and Moodle XML, QTI 1.2 for Canvas, Quizlet, Kahoot.

Pure logic, like `export`: builds text (or the bytes of the zip and spreadsheet files) and never
prints; `formats` names the writer of each format.
Every format shows a question as `export` does: choices, and an order question's items, in the
fixed shuffle `export.options`, and the quote with its paragraph where the format has feedback.

What each format carries (README, "export"):
- gift, moodle: every type. choice -> multiple choice, truefalse -> true/false, typed -> short answer
  (its `accept` forms right too), number -> numerical, date -> short answer with the forms a learner
  may write (`date_forms`). order -> matching "item -> 1st, 2nd..." in GIFT (GIFT has no ordering
  type), Moodle's ordering type in Moodle XML (core since Moodle 4.4).
- qti: every type, as Canvas names them; date -> short answer, order -> matching.
- quizlet: one card a question (the prompt with lettered options -> the answer with its quote), then
  one a person (name -> role) and one a term (name -> description).
- kahoot: choice and true/false questions that fit Kahoot's limits (`kahoot_rows`); the rest is left out.
"""

from __future__ import annotations

import hashlib
import html
import re
from typing import Any
from xml.etree import ElementTree as ET

from vlasov_cli.core.bank import Bank
from vlasov_cli.core.dates import MONTHS
from vlasov_cli.core.model import Question
from vlasov_cli.core.text import letters
from vlasov_cli.features.answers import display_answer
from vlasov_cli.features.export import answer_label, options, source_line, spreadsheet_cell

KAHOOT_TYPES = ("choice", "truefalse")
KAHOOT_QUESTION_LIMIT = 120
KAHOOT_ANSWER_LIMIT = 75
KAHOOT_ANSWERS = 4
KAHOOT_TIME_LIMITS = (5, 10, 20, 30, 60, 90, 120, 240)
KAHOOT_SECONDS = {"truefalse": 20, "choice": 30}
KAHOOT_HEADER_ROW = 8  # the template's own layout: a title, instructions, then the column names
KAHOOT_COLUMNS = (
    "",
    "Question - max 120 characters",
    "Answer 1 - max 75 characters",
    "Answer 2 - max 75 characters",
    "Answer 3 - max 75 characters",
    "Answer 4 - max 75 characters",
    "Time limit (sec) \u2013 5, 10, 20, 30, 60, 90, 120, or 240 secs",
    "Correct answer(s) - choose at least one",
)
ORDINALS = ("1st", "2nd", "3rd")


# Shared presentation.


def ordinal(position: int) -> str:
    return ORDINALS[position - 1] if position <= len(ORDINALS) else f"{position}th"


def feedback_lines(question: Question) -> list[str]:
    """What a learner is shown after answering: the quote with its paragraph, and the explanation."""
    return [source_line(question)] + ([question.explanation] if question.explanation else [])


def feedback_html(question: Question) -> str:
    return "".join(f"<p>{html.escape(line, quote=False)}</p>" for line in feedback_lines(question))


def prompt_html(question: Question) -> str:
    return f"<p>{html.escape(question.prompt, quote=False)}</p>"


def order_positions(question: Question) -> list[tuple[str, str]]:
    """An order question as matching pairs, items in their fixed shuffle: (item, "2nd")."""
    return [(item, ordinal(question.items.index(item) + 1)) for item in options(question)]


def number_text(question: Question) -> str:
    """A number answer as a platform reads it: digits, no thousands separators."""
    return question.answer.replace(",", "").strip()


_ISO = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?")


def date_forms(question: Question) -> list[str]:
    """The ways of writing a date question's answer that a platform's exact comparison should take:
    the bank's ISO form, the display form ("June 23, 1942") and the usual variants."""
    found = _ISO.fullmatch(question.answer.strip())
    if not found:
        return [question.answer]
    year, month, day = found.groups()
    if month is None:
        return [year]
    name = MONTHS[int(month) - 1]
    short = name[:3]
    if day is None:
        forms = [f"{name} {year}", f"{short} {year}", f"{year}-{month}"]
    else:
        number = int(day)
        forms = [
            f"{name} {number}, {year}",
            f"{name} {number} {year}",
            f"{number} {name} {year}",
            f"{short} {number}, {year}",
            f"{number} {short} {year}",
            f"{year}-{month}-{day}",
        ]
    return list(dict.fromkeys(forms))


def typed_forms(question: Question) -> list[str]:
    """Every answer a short-answer platform question takes as right."""
    if question.type == "date":
        return date_forms(question)
    return list(dict.fromkeys(form.strip() for form in (question.answer, *question.accept) if form.strip()))


def _identifier(kind: str, text: str) -> str:
    """A stable XML identifier from a hash: the same bank always gets the same ones."""
    return "g" + hashlib.sha256(f"vlasov:{kind}:{text}".encode()).hexdigest()[:32]


# Moodle GIFT: https://docs.moodle.org/en/GIFT_format


def gift_escape(text: str) -> str:
    """Text that GIFT reads as written: its control characters escaped with a backslash, new lines
    written as \\n (as Moodle's own GIFT export does)."""
    text = text.replace("\\", "\\\\")
    for char in "~=#{}:":
        text = text.replace(char, "\\" + char)
    return text.replace("\r", "").replace("\n", "\\n")


# In HTML fields, GIFT's separators are written as character references, which Moodle shows as the
# characters and which no GIFT reader can take for a separator (some take "\~" in feedback for one).
_GIFT_REFERENCES = str.maketrans({"~": "&#126;", "=": "&#61;", "{": "&#123;", "}": "&#125;", "\\": "&#92;"})


def gift_html(markup: str) -> str:
    """HTML (`[html]` text: question, choices, feedback) as GIFT writes it."""
    return gift_escape(markup.translate(_GIFT_REFERENCES))


def _gift_html(text: str) -> str:
    return gift_html(html.escape(text, quote=False))


def gift_question(question: Question) -> str:
    """One question in GIFT, its text as HTML (`[html]`), the feedback after `####`."""
    head = f"// {question.id}\n::{gift_escape(question.id)}::[html]{gift_html(prompt_html(question))}"
    feedback = f"####{gift_html(feedback_html(question))}"
    kind = question.type
    if kind == "truefalse":
        truth = "TRUE" if display_answer(question) == "True" else "FALSE"
        return f"{head}{{{truth}{feedback}}}\n"
    if kind == "choice":
        lines = [("=" if choice == question.answer else "~") + _gift_html(choice) for choice in options(question)]
    elif kind == "number":
        lines = [f"#{number_text(question)}"]
    elif kind == "order":
        lines = [f"={_gift_html(item)} -> {position}" for item, position in order_positions(question)]
    else:  # typed, date: short answer, compared as plain text
        lines = [f"={gift_escape(form)}" for form in typed_forms(question)]
    body = "".join(f"\t{line}\n" for line in [*lines, feedback])
    return f"{head}{{\n{body}}}\n"


def to_gift(bank: Bank) -> str:
    byline = f" by {bank.author}" if bank.author else ""
    header = f"// {_one_line(bank.title + byline)}: {len(bank.questions)} questions, made by vlasov\n"
    # Moodle reads a category line as it stands (no escapes); "/" separates categories, "//" is one "/".
    category = f"$CATEGORY: $course$/top/{_one_line(bank.title).replace('/', '//')}\n"
    return "\n".join([header + category, *(gift_question(question) for question in bank.questions)])


# Moodle XML: https://docs.moodle.org/en/Moodle_XML_format


def _text_element(parent: ET.Element, tag: str, text: str, fmt: str | None = None) -> ET.Element:
    element = ET.SubElement(parent, tag, {"format": fmt} if fmt else {})
    ET.SubElement(element, "text").text = text
    return element


def _moodle_answer(parent: ET.Element, text: str, fraction: str, fmt: str) -> ET.Element:
    answer = ET.SubElement(parent, "answer", {"fraction": fraction, "format": fmt})
    ET.SubElement(answer, "text").text = text
    _text_element(answer, "feedback", "", "html")
    return answer


def moodle_question(question: Question) -> ET.Element:
    """One question as Moodle XML: name and idnumber from its id, text and feedback as HTML, its
    topic as a tag."""
    kinds = {"choice": "multichoice", "truefalse": "truefalse", "number": "numerical", "order": "ordering"}
    element = ET.Element("question", {"type": kinds.get(question.type, "shortanswer")})
    _text_element(element, "name", question.id)
    _text_element(element, "questiontext", prompt_html(question), "html")
    _text_element(element, "generalfeedback", feedback_html(question), "html")
    for tag, value in (("defaultgrade", "1"), ("penalty", "0.3333333"), ("hidden", "0"), ("idnumber", question.id)):
        ET.SubElement(element, tag).text = value
    kind = question.type
    if kind == "choice":
        for tag, value in (("single", "true"), ("shuffleanswers", "false"), ("answernumbering", "ABCD")):
            ET.SubElement(element, tag).text = value
        for choice in options(question):
            fraction = "100" if choice == question.answer else "0"
            _moodle_answer(element, html.escape(choice, quote=False), fraction, "html")
    elif kind == "truefalse":
        truth = display_answer(question) == "True"
        _moodle_answer(element, "true", "100" if truth else "0", "moodle_auto_format")
        _moodle_answer(element, "false", "0" if truth else "100", "moodle_auto_format")
    elif kind == "number":
        answer = _moodle_answer(element, number_text(question), "100", "moodle_auto_format")
        ET.SubElement(answer, "tolerance").text = "0"
        units = (("unitgradingtype", "0"), ("unitpenalty", "0.1000000"), ("showunits", "3"), ("unitsleft", "0"))
        for tag, value in units:
            ET.SubElement(element, tag).text = value
    elif kind == "order":
        settings = (
            ("layouttype", "VERTICAL"),
            ("selecttype", "ALL"),
            ("selectcount", str(len(question.items))),
            ("gradingtype", "ABSOLUTE_POSITION"),
            ("showgrading", "SHOW"),
            ("numberingstyle", "none"),
        )
        for tag, value in settings:
            ET.SubElement(element, tag).text = value
        # Moodle's ordering type takes the items in their right order (it shuffles them itself);
        # an answer's fraction is its position.
        for position, item in enumerate(question.items, 1):
            _moodle_answer(element, html.escape(item, quote=False), f"{position}.0000000", "html")
    else:
        ET.SubElement(element, "usecase").text = "0"
        for form in typed_forms(question):
            _moodle_answer(element, form, "100", "moodle_auto_format")
    if question.topic.strip():
        tags = ET.SubElement(element, "tags")
        _text_element(tags, "tag", question.topic)
    return element


def to_moodle_xml(bank: Bank) -> str:
    quiz = ET.Element("quiz")
    category = ET.SubElement(quiz, "question", {"type": "category"})
    _text_element(category, "category", "$course$/top/" + bank.title.replace("/", "//"))
    quiz.extend(moodle_question(question) for question in bank.questions)
    ET.indent(quiz)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(quiz, encoding="unicode") + "\n"


# QTI 1.2 as Canvas imports it (the layout Canvas itself exports, and text2qti writes).

QTI_NAMESPACE = "http://www.imsglobal.org/xsd/ims_qtiasiv1p2"
MANIFEST_NAMESPACE = "http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1"
CANVAS_NAMESPACE = "http://canvas.instructure.com/xsd/cccv1p0"
CANVAS_TYPES = {
    "choice": "multiple_choice_question",
    "truefalse": "true_false_question",
    "typed": "short_answer_question",
    "date": "short_answer_question",
    "number": "numerical_question",
    "order": "matching_question",
}


def _mattext(parent: ET.Element, text: str, texttype: str = "text/html") -> None:
    ET.SubElement(ET.SubElement(parent, "material"), "mattext", {"texttype": texttype}).text = text


def _condition(parent: ET.Element, score: str | None, equal: list[tuple[str, str]], action: str = "Set") -> None:
    condition = ET.SubElement(parent, "respcondition", {"continue": "No"} if action == "Set" else {})
    variables = ET.SubElement(condition, "conditionvar")
    for respident, value in equal:
        ET.SubElement(variables, "varequal", {"respident": respident}).text = value
    if score is not None:
        ET.SubElement(condition, "setvar", {"action": action, "varname": "SCORE"}).text = score


def qti_item(question: Question) -> ET.Element:
    """One question as a QTI 1.2 item the way Canvas writes them: its type in the item's metadata, the
    right answer in its response processing, the quote as the general feedback."""
    item = ET.Element("item", {"ident": _identifier("item", question.id), "title": question.id})
    fields = ET.SubElement(ET.SubElement(item, "itemmetadata"), "qtimetadata")
    for label, entry in (("question_type", CANVAS_TYPES[question.type]), ("points_possible", "1.0")):
        field = ET.SubElement(fields, "qtimetadatafield")
        ET.SubElement(field, "fieldlabel").text = label
        ET.SubElement(field, "fieldentry").text = entry
    presentation = ET.SubElement(item, "presentation")
    _mattext(presentation, prompt_html(question))
    processing = ET.SubElement(item, "resprocessing")
    outcome = {"maxvalue": "100", "minvalue": "0", "varname": "SCORE", "vartype": "Decimal"}
    ET.SubElement(ET.SubElement(processing, "outcomes"), "decvar", outcome)
    general = ET.SubElement(processing, "respcondition", {"continue": "Yes"})
    ET.SubElement(ET.SubElement(general, "conditionvar"), "other")
    ET.SubElement(general, "displayfeedback", {"feedbacktype": "Response", "linkrefid": "general_fb"})
    kind = question.type
    if kind in ("choice", "truefalse"):
        shown = options(question) if kind == "choice" else ("True", "False")
        right = question.answer if kind == "choice" else display_answer(question)
        response = ET.SubElement(presentation, "response_lid", {"ident": "response1", "rcardinality": "Single"})
        render = ET.SubElement(response, "render_choice")
        for number, choice in enumerate(shown, 1):
            _mattext(ET.SubElement(render, "response_label", {"ident": str(number)}), html.escape(choice, quote=False))
        _condition(processing, "100", [("response1", str(shown.index(right) + 1))])
    elif kind == "order":
        pairs = order_positions(question)
        positions = [ordinal(position) for position in range(1, len(pairs) + 1)]
        for index, (item_text, position) in enumerate(pairs, 1):
            response = ET.SubElement(presentation, "response_lid", {"ident": f"response_{index}"})
            _mattext(response, item_text, "text/plain")
            render = ET.SubElement(response, "render_choice")
            for number, label in enumerate(positions, 1):
                _mattext(ET.SubElement(render, "response_label", {"ident": f"position_{number}"}), label, "text/plain")
            share = f"{100 / len(pairs):.2f}"
            _condition(processing, share, [(f"response_{index}", f"position_{positions.index(position) + 1}")], "Add")
    else:
        response = ET.SubElement(presentation, "response_str", {"ident": "response1", "rcardinality": "Single"})
        render = ET.SubElement(response, "render_fib", {"fibtype": "Decimal"} if kind == "number" else {})
        ET.SubElement(render, "response_label", {"ident": "answer1"})
        if kind == "number":
            # As Canvas writes an exact answer: equal to it, or between it and itself.
            condition = ET.SubElement(processing, "respcondition", {"continue": "No"})
            either = ET.SubElement(ET.SubElement(condition, "conditionvar"), "or")
            ET.SubElement(either, "varequal", {"respident": "response1"}).text = number_text(question)
            bounds = ET.SubElement(either, "and")
            for tag in ("vargte", "varlte"):
                ET.SubElement(bounds, tag, {"respident": "response1"}).text = number_text(question)
            ET.SubElement(condition, "setvar", {"action": "Set", "varname": "SCORE"}).text = "100"
        else:
            condition = ET.SubElement(processing, "respcondition", {"continue": "No"})
            variables = ET.SubElement(condition, "conditionvar")
            for form in typed_forms(question):
                ET.SubElement(variables, "varequal", {"respident": "response1"}).text = form
            ET.SubElement(condition, "setvar", {"action": "Set", "varname": "SCORE"}).text = "100"
    feedback = ET.SubElement(item, "itemfeedback", {"ident": "general_fb"})
    _mattext(ET.SubElement(feedback, "flow_mat"), feedback_html(question))
    return item


def qti_assessment(bank: Bank, assessment_id: str) -> str:
    root = ET.Element("questestinterop", {"xmlns": QTI_NAMESPACE})
    assessment = ET.SubElement(root, "assessment", {"ident": assessment_id, "title": bank.title})
    section = ET.SubElement(assessment, "section", {"ident": "root_section"})
    section.extend(qti_item(question) for question in bank.questions)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def qti_manifest(bank: Bank, assessment_id: str) -> str:
    meta_id = _identifier("meta", bank.title)
    root = ET.Element("manifest", {"identifier": _identifier("manifest", bank.title), "xmlns": MANIFEST_NAMESPACE})
    metadata = ET.SubElement(root, "metadata")
    ET.SubElement(metadata, "schema").text = "IMS Content"
    ET.SubElement(metadata, "schemaversion").text = "1.1.3"
    ET.SubElement(root, "organizations")
    resources = ET.SubElement(root, "resources")
    quiz = ET.SubElement(resources, "resource", {"identifier": assessment_id, "type": "imsqti_xmlv1p2"})
    ET.SubElement(quiz, "file", {"href": f"{assessment_id}/{assessment_id}.xml"})
    ET.SubElement(quiz, "dependency", {"identifierref": meta_id})
    meta_path = f"{assessment_id}/assessment_meta.xml"
    meta_type = "associatedcontent/imscc_xmlv1p1/learning-application-resource"
    meta = ET.SubElement(resources, "resource", {"identifier": meta_id, "type": meta_type, "href": meta_path})
    ET.SubElement(meta, "file", {"href": meta_path})
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def qti_meta(bank: Bank, assessment_id: str) -> str:
    """Canvas's own quiz settings: title, description, points, answers not shuffled."""
    byline = f" by {bank.author}" if bank.author else ""
    root = ET.Element("quiz", {"identifier": assessment_id, "xmlns": CANVAS_NAMESPACE})
    settings = (
        ("title", bank.title),
        ("description", f"<p>{html.escape(f'Questions on “{bank.title}”{byline}, made by vlasov.', quote=False)}</p>"),
        ("shuffle_answers", "false"),
        ("quiz_type", "practice_quiz"),
        ("points_possible", f"{len(bank.questions):.1f}"),
        ("show_correct_answers", "true"),
        ("allowed_attempts", "-1"),
    )
    for tag, value in settings:
        ET.SubElement(root, tag).text = value
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def qti_package(bank: Bank) -> bytes:
    """The zip Canvas imports ("QTI .zip file"): imsmanifest.xml, the assessment, Canvas's settings."""
    import io
    import zipfile

    assessment_id = _identifier("assessment", bank.title)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("imsmanifest.xml", qti_manifest(bank, assessment_id))
        archive.writestr(f"{assessment_id}/{assessment_id}.xml", qti_assessment(bank, assessment_id))
        archive.writestr(f"{assessment_id}/assessment_meta.xml", qti_meta(bank, assessment_id))
    return buffer.getvalue()


# Quizlet: "Import" takes a term and its definition a line, a tab between them.


def _one_line(text: str) -> str:
    """A field with no tab or line break (Quizlet reads those as the end of a field or card)."""
    return " ".join(text.split())


def quizlet_cards(bank: Bank) -> list[tuple[str, str]]:
    """(term, definition) cards: each question (its options lettered on the term side; the answer,
    quote and paragraph on the other), then each person by name and each term by name."""
    cards = []
    for question in bank.questions:
        shown = options(question)
        term = question.prompt
        if shown:
            term += " " + " ".join(f"{label}. {text}" for label, text in zip(letters(len(shown)), shown, strict=True))
        if question.type == "truefalse":
            term += " (True or false?)"
        cards.append((term, f"{answer_label(question)} \u2014 {source_line(question)}"))
    cards += [(person.name, person.role) for person in bank.people]
    for entry in bank.terms:
        cards.append((entry.name, f"{entry.description} \u2014 \u201c{entry.quote}\u201d \u00b6{entry.paragraph}"))
    return [(spreadsheet_cell(_one_line(term)), spreadsheet_cell(_one_line(definition))) for term, definition in cards]


def to_quizlet(bank: Bank) -> str:
    return "".join(f"{term}\t{definition}\n" for term, definition in quizlet_cards(bank))


# Kahoot: the spreadsheet of its "Import spreadsheet" template.


def kahoot_row(question: Question) -> list[Any] | None:
    """A question as a row of Kahoot's template (question, four answers, seconds, the right answer's
    number), or None when it is not a choice or true/false question or exceeds Kahoot's limits."""
    if question.type not in KAHOOT_TYPES:
        return None
    if question.type == "choice":
        shown, right = list(options(question)), question.answer
    else:
        shown, right = ["True", "False"], display_answer(question)
    prompt = _one_line(question.prompt)
    answers = [_one_line(text) for text in shown]
    if len(prompt) > KAHOOT_QUESTION_LIMIT or len(answers) > KAHOOT_ANSWERS:
        return None
    if any(len(answer) > KAHOOT_ANSWER_LIMIT for answer in answers):
        return None
    padding = [None] * (KAHOOT_ANSWERS - len(answers))
    return [prompt, *answers, *padding, KAHOOT_SECONDS[question.type], shown.index(right) + 1]


def kahoot_rows(bank: Bank) -> list[list[Any]]:
    return [row for row in (kahoot_row(question) for question in bank.questions) if row is not None]


def kahoot_left_out(bank: Bank) -> int:
    """How many of the bank's questions Kahoot cannot carry."""
    return len(bank.questions) - len(kahoot_rows(bank))


def kahoot_workbook(bank: Bank) -> bytes:
    """The .xlsx file: the template's title and instructions, the column names on row 8, then one
    numbered row a question from column A."""
    import io

    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    sheet.title = "Sheet1"
    sheet["B2"] = "Quiz template"
    sheet["B2"].font = Font(bold=True, size=14)
    sheet["B3"] = "Add questions, at least two answer alternatives, time limit and choose correct answers."
    sheet["B4"] = f"\u201c{bank.title}\u201d: questions made by vlasov."
    for column, name in enumerate(KAHOOT_COLUMNS, 1):
        sheet.cell(row=KAHOOT_HEADER_ROW, column=column, value=name).font = Font(bold=True)
    for number, row in enumerate(kahoot_rows(bank), 1):
        for column, value in enumerate([number, *row], 1):
            cell = sheet.cell(row=KAHOOT_HEADER_ROW + number, column=column, value=value)
            if isinstance(value, str):
                cell.data_type = "s"  # text as written: "=1+1" is no formula, and the question is kept
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
