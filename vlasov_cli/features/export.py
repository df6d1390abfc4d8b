"""Exporting a bank: an Anki deck, a TimelineJS timeline, CSV, a printable Markdown quiz, or JSON.

Pure logic: builds text (or the Anki package's bytes) and never prints; `formats` names the writer
of each format, and the command line picks the target.
Heavy or rarely needed modules (genanki, csv, json, sqlite3, zipfile) are imported inside the
functions that use them, so that other commands never pay for them.

Every format shows a question the same way: its choices, and an order question's items, in a
fixed shuffle derived from the question's id (`answers.options`), so that the printed letters never give
the answer away, and the correct answer as `answers.display_answer` reads it (CSV and JSON keep the
bank's own answer text).
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import Any

from vlasov_cli.core.bank import Bank
from vlasov_cli.core.files import write_atomically
from vlasov_cli.core.model import Event, Question
from vlasov_cli.core.records import event_json
from vlasov_cli.core.text import letters
from vlasov_cli.features.answers import lettered_answer, options

CSV_COLUMNS = ("id", "type", "topic", "prompt", "choices", "answer", "quote", "paragraph")
CSV_SEPARATOR = " | "
JSON_VERSION = 1
# Part of the Anki note type's id: change it whenever the note type's fields or templates change, so
# that Anki sees a new note type instead of a changed one with the same id.
ANKI_MODEL_VERSION = 1


# Presentation shared by the formats.


def answer_label(question: Question) -> str:
    """The correct answer as a reader sees it, with its letters where the question shows letters."""
    return lettered_answer(question, options(question))


def source_line(question_or_event: Question | Event) -> str:
    paragraph = question_or_event.paragraph
    return f"\u201c{question_or_event.quote}\u201d" + (f" \u00b6{paragraph}" if paragraph else "")


def to_html(bank: Bank) -> str:
    from vlasov_cli.features.studypage import study_page

    return study_page(bank)


# JSON: the whole bank, resolved.


def bank_record(bank: Bank) -> dict[str, Any]:
    """The whole bank as plain data: paragraphs numbered, quotes located, generated questions included."""
    return {
        "version": JSON_VERSION,
        "title": bank.title,
        "author": bank.author,
        "source": bank.source_name,
        "paragraphs": [{"number": number, "text": text} for number, text in enumerate(bank.paragraphs, 1)],
        "people": [
            {
                "id": person.id,
                "name": person.name,
                "aliases": list(person.aliases),
                "role": person.role,
                "topic": person.topic,
                "facts": [
                    {"text": fact.text, "quote": fact.quote, "paragraph": fact.paragraph} for fact in person.facts
                ],
            }
            for person in bank.people
        ],
        "events": [event_json(event) | {"topic": event.topic} for event in bank.events],
        "terms": [
            {
                "id": term.id,
                "name": term.name,
                "aliases": list(term.aliases),
                "kind": term.kind,
                "description": term.description,
                "topic": term.topic,
                "quote": term.quote,
                "paragraph": term.paragraph,
            }
            for term in bank.terms
        ],
        "questions": [question_record(question) for question in bank.questions],
    }


def question_record(question: Question) -> dict[str, Any]:
    return {
        "id": question.id,
        "type": question.type,
        "topic": question.topic,
        "prompt": question.prompt,
        "choices": list(options(question)) if question.type == "choice" else [],
        "items": list(question.items),
        "answer": question.answer,
        "accept": list(question.accept),
        "explanation": question.explanation,
        "quote": question.quote,
        "paragraph": question.paragraph,
        "generated": question.generated,
    }


def to_json(bank: Bank) -> str:
    import json

    return json.dumps(bank_record(bank), ensure_ascii=False, indent=2) + "\n"


# CSV: one row per question.


# What makes a spreadsheet read a cell as a formula (OWASP's list: "=", "+", "-", "@", a tab, a
# carriage return); a figure such as "-240" is read as the number it is, and stays as it is.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_FIGURE = re.compile(r"[-+]?[0-9][0-9,.]*")


def spreadsheet_cell(text: str) -> str:
    """Text that a spreadsheet opening a CSV or TSV file shows as written, never runs: a cell that
    would start a formula gets a leading apostrophe (which spreadsheets read as "text follows")."""
    if text.startswith(_FORMULA_START) and not _FIGURE.fullmatch(text):
        return "'" + text
    return text


def csv_row(question: Question) -> dict[str, str]:
    """A question as a CSV row. `answer` is the bank's answer text ("true", "1942-06-23", "20000");
    for an order question, its items in time order. `choices` lists the choices, or an order
    question's items in their fixed shuffle; both are joined with " | ". No cell starts a formula
    (`spreadsheet_cell`)."""
    answer = CSV_SEPARATOR.join(question.items) if question.type == "order" else question.answer
    row = {
        "id": question.id,
        "type": question.type,
        "topic": question.topic,
        "prompt": question.prompt,
        "choices": CSV_SEPARATOR.join(options(question)),
        "answer": answer,
        "quote": question.quote,
        "paragraph": str(question.paragraph),
    }
    return {column: spreadsheet_cell(value) for column, value in row.items()}


def to_csv(bank: Bank) -> str:
    import csv
    import io

    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(csv_row(question) for question in bank.questions)
    return buffer.getvalue()


# Markdown: a printable quiz, answer key after the questions.

_MARKDOWN_SPECIAL = str.maketrans({char: "\\" + char for char in "\\`*_[]<>|&"})
# What opens a block at a line's start: a heading, a list item, a quote, a rule or a setext
# underline, a fence, a table row.
_BLOCK_START = re.compile(r"^(?:[#>+=~|-]|[0-9]+[.)])")


def markdown_escape(text: str, indent: str = "") -> str:
    """Text that Markdown shows as written: emphasis, link, code, table and HTML characters escaped,
    and whatever would open a block at a line's start (a multi-line prompt's "# heading"); its
    lines are joined by hard line breaks and indented by `indent`, so that they stay in their list item."""
    lines = [line.strip().translate(_MARKDOWN_SPECIAL) for line in text.splitlines() if line.strip()]
    safe = [_BLOCK_START.sub(lambda found: "\\" + found.group(), line, count=1) for line in lines]
    return f"\\\n{indent}".join(safe)


def to_markdown(bank: Bank) -> str:
    title = markdown_escape(bank.title)
    byline = f" by {markdown_escape(bank.author)}" if bank.author else ""
    lines = [
        f"# {title}: quiz",
        "",
        f"{len(bank.questions)} questions on \u201c{title}\u201d{byline}. "
        "The answer key, with the source's own words, follows the questions.",
        "",
        "## Questions",
        "",
    ]
    for number, question in enumerate(bank.questions, 1):
        marker = f"{number}. "
        indent = " " * len(marker)
        lines += [marker + markdown_escape(question.prompt, indent), ""]
        shown = options(question)
        if shown:
            labels = letters(len(shown))
            lines += [
                f"{indent}- **{label}.** {markdown_escape(text, indent + '  ')}"
                for label, text in zip(labels, shown, strict=True)
            ]
            lines.append("")
        if question.type == "order":
            lines += [f"{indent}*Write the letters in time order, earliest first.*", ""]
        elif question.type == "truefalse":
            lines += [f"{indent}*True or false?*", ""]
    lines += ["## Answer key", ""]
    for number, question in enumerate(bank.questions, 1):
        marker = f"{number}. "
        indent = " " * len(marker)
        lines += [f"{marker}**{markdown_escape(answer_label(question), indent)}** · `{question.id}`", ""]
        lines += [indent + markdown_escape(source_line(question), indent), ""]
        if question.explanation:
            lines += [indent + markdown_escape(question.explanation, indent), ""]
    return "\n".join(lines).rstrip("\n") + "\n"


# TimelineJS: https://timeline.knightlab.com/docs/json-format.html


def timeline_date(date: str) -> dict[str, int]:
    """A TimelineJS date object only as precise as the bank's date: "1942-06" -> {year, month}."""
    return dict(zip(("year", "month", "day"), (int(part) for part in date.split("-")), strict=False))


# How much of an ISO day a date of each precision gives TimelineJS (the rest: the whole day).
PRECISE = {"year": 4, "month": 7}


def timeline_slide(bank: Bank, event: Event) -> dict[str, Any]:
    import html

    names = [bank.person(person_id).name for person_id in event.people]
    text = f"<p>{html.escape(source_line(event), quote=False)}</p>"
    if names:
        text += f"<p>{html.escape(', '.join(names), quote=False)}</p>"
    slide: dict[str, Any] = {
        "unique_id": event.id,
        "start_date": timeline_date(event.earliest[: PRECISE.get(event.precision, 10)]),
        "text": {"headline": html.escape(event.title, quote=False), "text": text},
    }
    if event.precision in ("window", "season"):
        slide["end_date"] = timeline_date(event.latest)
    if event.precision in ("window", "season") or event.inferred or event.label:
        slide["display_date"] = html.escape(event.when(), quote=False)  # TimelineJS shows it as HTML
    return slide


def timeline_record(bank: Bank) -> dict[str, Any]:
    """The TimelineJS JSON object: a title slide and one slide per event, in date order."""
    import html

    byline = f" by {bank.author}" if bank.author else ""
    about = f"The events told in \u201c{bank.title}\u201d{byline}, each with the source's own words."
    return {
        "title": {
            "text": {
                "headline": html.escape(bank.title, quote=False),
                "text": f"<p>{html.escape(about, quote=False)}</p>",
            }
        },
        "events": [timeline_slide(bank, event) for event in bank.events],
    }


def to_timelinejs(bank: Bank) -> str:
    import json

    return json.dumps(timeline_record(bank), ensure_ascii=False, indent=2) + "\n"


# Anki.

_ANKI_FIELDS = ("Question", "Answer", "Quote", "Paragraph", "Explanation", "Id")
_ANKI_FRONT = '<div class="question">{{Question}}</div>'
_ANKI_BACK = (
    '{{FrontSide}}<hr id="answer"><div class="answer">{{Answer}}</div>'
    '<blockquote class="quote">\u201c{{Quote}}\u201d <span class="paragraph">{{Paragraph}}</span></blockquote>'
    '{{#Explanation}}<div class="explanation">{{Explanation}}</div>{{/Explanation}}'
)
_ANKI_CSS = """\
.card { font-family: Georgia, serif; font-size: 20px; text-align: left; color: black; background: white; }
.option { margin-left: 1em; }
.hint, .paragraph { color: #666; font-style: italic; }
.answer { font-weight: bold; }
.quote { border-left: 3px solid #bbb; margin-left: 0; padding-left: 0.8em; }
.explanation { font-size: 16px; }
"""


def _stable_id(kind: str, title: str) -> int:
    """An Anki id from a hash of the bank title: the same bank always gets the same deck and note type."""
    digest = hashlib.sha256(f"vlasov:{kind}:{title}".encode()).digest()
    return (1 << 30) + int.from_bytes(digest[:4], "big") % (1 << 30)


def anki_deck_id(bank: Bank) -> int:
    return _stable_id("deck", bank.title)


def anki_model_id(bank: Bank) -> int:
    return _stable_id(f"model-v{ANKI_MODEL_VERSION}", bank.title)


def anki_tag(text: str) -> str:
    """An Anki tag: no spaces allowed, so runs of white space become "_"."""
    return "_".join(text.split())


def anki_fields(question: Question) -> list[str]:
    """The note's fields (HTML): question with lettered options, answer, quote, "¶N", explanation, id."""
    from html import escape

    front = escape(question.prompt)
    shown = options(question)
    if shown:
        front += "".join(
            f'<div class="option">{label}. {escape(text)}</div>'
            for label, text in zip(letters(len(shown)), shown, strict=True)
        )
    if question.type == "order":
        front += '<div class="hint">Put them in time order, earliest first.</div>'
    elif question.type == "truefalse":
        front += '<div class="hint">True or false?</div>'
    paragraph = f"\u00b6{question.paragraph}" if question.paragraph else ""
    return [
        front,
        escape(answer_label(question)),
        escape(question.quote),
        paragraph,
        escape(question.explanation),
        escape(question.id),
    ]


def anki_package(bank: Bank) -> Any:
    """The genanki Package: one deck, one note per question, GUIDs from question ids."""
    import genanki

    model = genanki.Model(
        anki_model_id(bank),
        f"vlasov: {bank.title}",
        fields=[{"name": name} for name in _ANKI_FIELDS],
        templates=[{"name": "Question", "qfmt": _ANKI_FRONT, "afmt": _ANKI_BACK}],
        css=_ANKI_CSS,
    )
    from html import escape

    byline = f" by {bank.author}" if bank.author else ""
    # Anki's deck overview shows the description as HTML; a deck's name is text.
    description = escape(f"Questions on \u201c{bank.title}\u201d{byline}, made by vlasov.", quote=False)
    deck = genanki.Deck(anki_deck_id(bank), bank.title, description=description)
    for question in bank.questions:
        tags = [anki_tag(question.topic)] if question.topic.strip() else []
        if question.generated:
            tags.append("generated")
        deck.add_note(
            genanki.Note(model=model, fields=anki_fields(question), tags=tags, guid=genanki.guid_for(question.id))
        )
    return genanki.Package(deck)


def anki_archive(bank: Bank, timestamp: float | None = None) -> bytes:
    """The bank as an Anki package (.apkg, a zip). Its collection is built in a private temporary
    folder (genanki's own `write_to_file` leaves its temporary database behind)."""
    import io
    import itertools
    import sqlite3
    import tempfile
    import time
    import zipfile

    package = anki_package(bank)
    stamp = time.time() if timestamp is None else timestamp
    buffer = io.BytesIO()
    with tempfile.TemporaryDirectory(prefix="vlasov-anki-") as scratch:
        database = Path(scratch) / "collection.anki2"
        connection = sqlite3.connect(database)
        try:
            package.write_to_db(connection.cursor(), stamp, itertools.count(int(stamp * 1000)))
            connection.commit()
        finally:
            connection.close()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.write(database, "collection.anki2")
            archive.writestr("media", "{}")
    return buffer.getvalue()


def write_anki(bank: Bank, path: Path | str, timestamp: float | None = None, replace: bool = False) -> None:
    """Write the bank as an Anki package at `path`, whole or not at all."""
    data = anki_archive(bank, timestamp)
    write_atomically(Path(path), lambda handle: handle.write(data), replace)
