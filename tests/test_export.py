"""`vlasov export`: every format, on the shipped bank and on the example bank, through the CLI."""

from __future__ import annotations

import csv
import html
import io
import json
import sqlite3
import zipfile
from pathlib import Path

import pytest
from conftest import invoke, write_bank

from vlasov_cli.state.paths import default_bank_folder
from vlasov_cli.state.store import load as load_bank

EXAMPLE = Path(__file__).parent / "example_bank"
BANKS = [pytest.param(None, id="shipped"), pytest.param(EXAMPLE, id="example")]
CSV_COLUMNS = ["id", "type", "topic", "prompt", "choices", "answer", "quote", "paragraph"]
TEXT_FORMATS = ["csv", "json", "markdown", "timelinejs"]
FORMATS = ["anki", *TEXT_FORMATS]


def bank_args(folder: Path | None) -> list[str]:
    return [] if folder is None else ["--bank", str(folder)]


def loaded(folder: Path | None):
    return load_bank(folder or default_bank_folder())


def export(runner, folder: Path | None, fmt: str, *extra: str):
    result = invoke(runner, "export", "--format", fmt, *bank_args(folder), *extra)
    assert result.exit_code == 0, result.stderr
    return result


# JSON


@pytest.mark.parametrize("folder", BANKS)
def test_json_is_the_whole_bank_resolved(runner, folder):
    bank = loaded(folder)
    payload = json.loads(export(runner, folder, "json").stdout)
    assert payload["version"] == 1
    assert (payload["title"], payload["author"]) == (bank.title, bank.author)
    assert payload["source"] == bank.source_name
    assert payload["paragraphs"] == [{"number": n, "text": text} for n, text in enumerate(bank.paragraphs, 1)]
    assert [q["id"] for q in payload["questions"]] == [q.id for q in bank.questions]
    assert [q["generated"] for q in payload["questions"]] == [q.generated for q in bank.questions]
    assert any(q["generated"] for q in payload["questions"]) and not all(q["generated"] for q in payload["questions"])
    assert [p["id"] for p in payload["people"]] == [p.id for p in bank.people]
    assert [e["id"] for e in payload["events"]] == [e.id for e in bank.events]
    assert [t["id"] for t in payload["terms"]] == [t.id for t in bank.terms]
    for record in [*payload["events"], *payload["terms"], *payload["questions"]]:
        assert record["paragraph"] >= 1, record["id"]
    for person in payload["people"]:
        assert all(fact["paragraph"] >= 1 for fact in person["facts"]), person["id"]


def test_json_example_records_are_exact(runner):
    payload = json.loads(export(runner, EXAMPLE, "json").stdout)
    assert set(payload) == {
        "version",
        "title",
        "author",
        "source",
        "paragraphs",
        "people",
        "events",
        "terms",
        "questions",
    }
    assert payload["title"] == "The Harrow Point Lighthouse Society"
    assert payload["source"] == "source.txt"
    assert payload["people"][1] == {
        "id": "venn",
        "name": "Tobias Venn",
        "aliases": ["Venn"],
        "role": "Harbourmaster of Kellby and first keeper of the light",
        "topic": "later-years",
        "facts": [
            {
                "text": "As harbourmaster he lent the society a disused net loft.",
                "quote": "Quill persuaded the harbourmaster, Tobias Venn, to lend the society a disused net loft "
                "as its first meeting room.",
                "paragraph": 3,
            },
            {
                "text": "He kept the light himself until the storm of 1901.",
                "quote": "Venn kept the light himself until a storm in the late autumn of 1901"
                " cracked the lantern room.",
                "paragraph": 5,
            },
        ],
    }
    tower = next(e for e in payload["events"] if e["id"] == "tower-first-lit")
    assert tower == {
        "id": "tower-first-lit",
        "date": "1895-10-02",
        "edtf": "1895-10-02",
        "earliest": "1895-10-02",
        "latest": "1895-10-02",
        "label": "",
        "inferred": True,
        "approximate": False,
        "date_text": "",
        "title": "Tower first lit",
        "people": [],
        "quote": "The tower was first lit on the night of October 2, sixteen months after work began.",
        "date_quote": "Construction began in June 1894 under the engineer Ruth Aldane",
        "note": "October 2, sixteen months after work began in June 1894, is October 2, 1895.",
        "paragraph": 4,
        "topic": "building",
    }
    members = next(q for q in payload["questions"] if q["id"] == "q-members-1893")
    assert members["answer"] == "240" and members["type"] == "number" and members["generated"] is False
    order = next(q for q in payload["questions"] if q["id"] == "q-order-of-the-light")
    assert order["items"][0] == "The Gannet broke apart on the Harrow rocks"
    assert next(q for q in payload["questions"] if q["id"] == "society-founded.date")["generated"] is True


# CSV


@pytest.mark.slow
@pytest.mark.parametrize("folder", BANKS)
def test_csv_round_trips_one_row_per_question(runner, folder):
    bank = loaded(folder)
    reader = csv.DictReader(io.StringIO(export(runner, folder, "csv").stdout))
    rows = list(reader)
    assert reader.fieldnames == CSV_COLUMNS
    assert [row["id"] for row in rows] == [question.id for question in bank.questions]
    for row, question in zip(rows, bank.questions, strict=True):
        assert (row["type"], row["topic"], row["prompt"]) == (question.type, question.topic, question.prompt)
        assert (row["quote"], int(row["paragraph"])) == (question.quote, question.paragraph)
        if question.type == "choice":
            assert sorted(row["choices"].split(" | ")) == sorted(question.choices)
            assert row["answer"] == question.answer
        elif question.type == "order":
            assert row["answer"].split(" | ") == list(question.items)
            assert sorted(row["choices"].split(" | ")) == sorted(question.items)
        else:
            assert row["choices"] == ""
            assert row["answer"] == question.answer


def test_csv_example_rows_are_exact(runner):
    rows = {row["id"]: row for row in csv.DictReader(io.StringIO(export(runner, EXAMPLE, "csv").stdout))}
    assert rows["q-tower-of-brick"] == {
        "id": "q-tower-of-brick",
        "type": "truefalse",
        "topic": "building",
        "prompt": "The tower was built of the brick the members had voted for.",
        "choices": "",
        "answer": "false",
        "quote": "Construction began in June 1894 under the engineer Ruth Aldane, who chose granite from the Morrow "
        "quarry rather than the cheaper brick the members had voted for.",
        "paragraph": "4",
    }
    assert rows["q-order-of-the-light"]["choices"] == (
        "Construction of the tower began | The society was founded in Kellby"
        " | The Gannet broke apart on the Harrow rocks | Dorr paid for a brighter lens"
    )
    assert rows["q-order-of-the-light"]["answer"] == (
        "The Gannet broke apart on the Harrow rocks | The society was founded in Kellby"
        " | Construction of the tower began | Dorr paid for a brighter lens"
    )
    assert rows["q-members-1893"]["answer"] == "240"


# Markdown


@pytest.mark.parametrize("folder", BANKS)
def test_markdown_has_every_question_then_an_answer_key(runner, folder):
    bank = loaded(folder)
    text = export(runner, folder, "markdown").stdout
    assert text.startswith(f"# {bank.title}: quiz\n")
    questions, key = text.split("\n## Answer key\n")
    assert "\n## Questions\n" in questions
    plain_questions, plain_key = questions.replace("\\", ""), key.replace("\\", "")
    for number, question in enumerate(bank.questions, 1):
        assert f"\n{number}. {question.prompt}\n" in plain_questions, question.id
        assert f"\n{number}. **" in key, question.id
        assert f"\u201c{question.quote}\u201d \u00b6{question.paragraph}" in plain_key, question.id
    assert f"\n{len(bank.questions) + 1}. " not in key


def test_markdown_example_question_and_key_are_exact(runner):
    text = export(runner, EXAMPLE, "markdown").stdout
    questions, key = text.split("\n## Answer key\n")
    assert (
        "1. Who lent the society its first meeting room, a disused net loft?\n\n"
        "   - **A.** Samuel Dorr\n   - **B.** Tobias Venn\n   - **C.** Ruth Aldane\n   - **D.** Martha Quill\n"
    ) in questions
    assert "2. The tower was built of the brick the members had voted for.\n\n   *True or false?*\n" in questions
    assert (
        "7. Put these in the order they happened (earliest first).\n\n"
        "   - **A.** Construction of the tower began\n"
        "   - **B.** The society was founded in Kellby\n"
        "   - **C.** The Gannet broke apart on the Harrow rocks\n"
        "   - **D.** Dorr paid for a brighter lens\n\n"
        "   *Write the letters in time order, earliest first.*\n"
    ) in questions
    assert (
        "1. **B. Tobias Venn** · `q-meeting-room-lender`\n\n"
        "   \u201cQuill persuaded the harbourmaster, Tobias Venn, to lend the society a disused net loft as its "
        "first meeting room.\u201d \u00b63\n"
    ) in key
    assert "2. **False** · `q-tower-of-brick`\n" in key
    assert "   Aldane chose granite from the Morrow quarry instead.\n" in key
    assert (
        "7. **CBAD: The Gannet broke apart on the Harrow rocks \u2192 The society was founded in Kellby"
        " \u2192 Construction of the tower began \u2192 Dorr paid for a brighter lens** · `q-order-of-the-light`\n"
    ) in key
    assert "5. **240** · `q-members-1893`\n" in key


# TimelineJS


SLIDE_KEYS = {"start_date", "end_date", "text", "media", "group", "display_date", "background", "autolink", "unique_id"}


def assert_timelinejs_valid(payload: dict) -> None:
    """What TimelineJS3 requires (TimelineConfig.js, TLDate.js and the JSON format docs): a non-empty
    `events` list; every slide a `start_date` with a numeric `year` (month 1-12 and day only when the
    finer parts are there); `text` with `headline`/`text` strings; unique, non-empty `unique_id`s."""
    import datetime

    assert isinstance(payload, dict) and set(payload) <= {"events", "title", "eras", "scale"}
    assert isinstance(payload["events"], list) and payload["events"]
    title = payload["title"]
    assert "start_date" not in title and title["text"]["headline"]
    ids = [slide["unique_id"] for slide in payload["events"]]
    assert all(isinstance(slide_id, str) and slide_id.strip() for slide_id in ids)
    assert len(set(ids)) == len(ids)
    for slide in payload["events"]:
        assert set(slide) <= SLIDE_KEYS, slide
        date = slide["start_date"]
        assert set(date) in ({"year"}, {"year", "month"}, {"year", "month", "day"}), slide
        assert all(type(part) is int for part in date.values()), slide
        datetime.date(date["year"], date.get("month", 1), date.get("day", 1))
        assert isinstance(slide["text"]["headline"], str) and slide["text"]["headline"]
        assert isinstance(slide["text"]["text"], str)
        assert isinstance(slide.get("display_date", ""), str)


@pytest.mark.parametrize("folder", BANKS)
def test_timelinejs_has_the_required_fields(runner, folder):
    bank = loaded(folder)
    payload = json.loads(export(runner, folder, "timelinejs").stdout)
    assert_timelinejs_valid(payload)
    assert payload["title"]["text"]["headline"] == html.escape(bank.title, quote=False)
    assert [slide["unique_id"] for slide in payload["events"]] == [event.id for event in bank.events]
    for slide, event in zip(payload["events"], bank.events, strict=True):
        assert len(slide["start_date"]) == {"year": 1, "month": 2}.get(event.precision, 3), event.id
        assert html.unescape(slide["text"]["headline"]) == event.title
        assert f"\u201c{event.quote}\u201d \u00b6{event.paragraph}" in html.unescape(slide["text"]["text"])
        if event.precision in ("window", "season"):
            assert slide["end_date"] == dict(
                zip(("year", "month", "day"), map(int, event.latest.split("-")), strict=True)
            )
        if event.precision in ("window", "season") or event.inferred or event.label:
            assert slide["display_date"] == event.when()
        else:
            assert "display_date" not in slide and "end_date" not in slide


def test_timelinejs_example_slides_are_exact(runner):
    payload = json.loads(export(runner, EXAMPLE, "timelinejs").stdout)
    slides = {slide["unique_id"]: slide for slide in payload["events"]}
    assert slides["tower-first-lit"] == {
        "unique_id": "tower-first-lit",
        "start_date": {"year": 1895, "month": 10, "day": 2},
        "text": {
            "headline": "Tower first lit",
            "text": "<p>\u201cThe tower was first lit on the night of October 2, sixteen months after work began.\u201d"
            " \u00b64</p>",
        },
        "display_date": "October 2, [1895]",
    }
    assert slides["society-counts-240-members"]["start_date"] == {"year": 1891, "month": 4, "day": 9}
    assert slides["society-counts-240-members"]["end_date"] == {"year": 1893, "month": 5, "day": 31}
    assert slides["society-counts-240-members"]["display_date"] == "by the spring of 1893"
    assert slides["storm-cracks-lantern"]["display_date"] == "late autumn of 1901"
    assert slides["storm-cracks-lantern"]["text"]["text"].endswith("\u00b65</p><p>Tobias Venn</p>")
    assert slides["gannet-wrecked"]["start_date"] == {"year": 1890, "month": 12}
    assert "display_date" not in slides["gannet-wrecked"]
    assert payload["title"]["text"]["headline"] == "The Harrow Point Lighthouse Society"


# Output files


@pytest.mark.parametrize("fmt", TEXT_FORMATS)
def test_dash_writes_stdout(runner, fmt):
    result = export(runner, EXAMPLE, fmt, "-o", "-")
    assert "Harrow" in result.stdout
    assert result.stderr == ""


@pytest.mark.parametrize("fmt", TEXT_FORMATS)
def test_output_file_is_written_and_reported(runner, tmp_path, fmt):
    target = tmp_path / f"out.{fmt}"
    result = export(runner, EXAMPLE, fmt, "-o", str(target))
    assert result.stdout == ""
    assert result.stderr == f"wrote {target} ({fmt})\n"
    assert target.read_text(encoding="utf-8") == export(runner, EXAMPLE, fmt).stdout


@pytest.mark.slow
@pytest.mark.parametrize("fmt", FORMATS)
def test_existing_file_needs_force(runner, tmp_path, fmt):
    target = tmp_path / "existing"
    target.write_text("keep me", encoding="utf-8")
    refused = invoke(runner, "export", "-f", fmt, "-o", str(target), "--bank", str(EXAMPLE))
    assert refused.exit_code == 2
    assert refused.stdout == ""
    assert refused.stderr == f"error: {target} already exists; use --force to overwrite it\n"
    assert target.read_text(encoding="utf-8") == "keep me"
    forced = invoke(runner, "export", "-f", fmt, "-o", str(target), "--force", "--bank", str(EXAMPLE))
    assert forced.exit_code == 0, forced.stderr
    assert target.read_bytes() != b"keep me"
    assert sorted(path.name for path in tmp_path.iterdir() if path.name != "home") == ["existing"]


@pytest.mark.slow
@pytest.mark.parametrize("fmt", FORMATS)
def test_unwritable_path_is_a_clear_error(runner, tmp_path, fmt):
    blocker = tmp_path / "file.txt"
    blocker.write_text("a file, not a folder", encoding="utf-8")
    target = blocker / f"out.{fmt}"
    result = invoke(runner, "export", "-f", fmt, "-o", str(target), "--bank", str(EXAMPLE))
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == f"error: cannot write {target}: Not a directory\n"


def test_missing_folder_is_a_clear_error(runner, tmp_path):
    target = tmp_path / "missing" / "deck.apkg"
    result = invoke(runner, "export", "-f", "anki", "-o", str(target), "--bank", str(EXAMPLE))
    assert result.exit_code == 2
    assert result.stderr == f"error: cannot write {target}: No such file or directory\n"
    assert not (tmp_path / "missing").exists()


@pytest.mark.parametrize("extra", [[], ["-o", "-"]], ids=["no-output", "stdout"])
def test_anki_needs_a_file(runner, extra):
    result = invoke(runner, "export", "-f", "anki", *extra, "--bank", str(EXAMPLE))
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == "error: an Anki deck is a file: give -o FILE.apkg\n"


def test_unknown_format_is_refused(runner):
    result = invoke(runner, "export", "-f", "pdf", "--bank", str(EXAMPLE))
    assert result.exit_code == 2
    assert result.stderr == (
        "error: --format must be one of: anki, csv, json, markdown, timelinejs, html, "
        "gift, kahoot, moodle, qti, quizlet\n"
    )


# Anki


def apkg_notes(path: Path, tmp_path: Path) -> list[tuple[str, int, str, str]]:
    """(guid, model id, fields, tags) of every note in an .apkg, read with sqlite3."""
    with zipfile.ZipFile(path) as archive:
        archive.extract("collection.anki2", tmp_path / "unzipped")
    connection = sqlite3.connect(tmp_path / "unzipped" / "collection.anki2")
    try:
        return connection.execute("SELECT guid, mid, flds, tags FROM notes ORDER BY id").fetchall()
    finally:
        connection.close()


@pytest.mark.slow
@pytest.mark.parametrize("folder", BANKS)
def test_anki_deck_has_stable_ids_and_guids(runner, tmp_path, folder):
    import genanki

    from vlasov_cli.features import export as exporter

    bank = loaded(folder)
    target = tmp_path / "deck.apkg"
    result = export(runner, folder, "anki", "-o", str(target))
    assert result.stderr == f"wrote {target} (anki)\n"
    notes = apkg_notes(target, tmp_path)
    assert [guid for guid, *_ in notes] == [genanki.guid_for(question.id) for question in bank.questions]
    assert {mid for _, mid, *_ in notes} == {exporter.anki_model_id(bank)}
    assert exporter.anki_model_id(bank) == exporter.anki_model_id(loaded(folder))
    assert exporter.anki_deck_id(bank) != exporter.anki_model_id(bank)
    for (_, _, fields, tags), question in zip(notes, bank.questions, strict=True):
        values = fields.split("\x1f")
        assert html.unescape(values[2]) == question.quote
        assert values[3] == f"\u00b6{question.paragraph}"
        assert question.topic.replace(" ", "_") in tags.split()
        assert ("generated" in tags.split()) == question.generated
    assert sorted(path.name for path in tmp_path.iterdir()) == ["deck.apkg", "home", "unzipped"]


def test_anki_example_note_fields(runner, tmp_path):
    target = tmp_path / "deck.apkg"
    export(runner, EXAMPLE, "anki", "-o", str(target))
    by_id = {fields.split("\x1f")[5]: fields.split("\x1f") for _, _, fields, _ in apkg_notes(target, tmp_path)}
    assert by_id["q-granite-quarry"] == [
        "Where did the granite for the tower come from?"
        '<div class="option">A. The Harrow rocks</div><div class="option">B. The Morrow quarry</div>'
        '<div class="option">C. Kellby harbour</div><div class="option">D. The Northern Coast Board</div>',
        "B. The Morrow quarry",
        "who chose granite from the Morrow quarry rather than the cheaper brick the members had voted for",
        "\u00b64",
        "",
        "q-granite-quarry",
    ]
    assert by_id["q-members-1893"][1] == "240"
    assert by_id["q-tower-of-brick"][1] == "False"


def import_package(collection, path: Path):
    from anki.collection import ImportAnkiPackageOptions, ImportAnkiPackageRequest

    options = ImportAnkiPackageOptions(with_scheduling=False, update_notes=0, merge_notetypes=False)
    request = ImportAnkiPackageRequest(package_path=str(path), options=options)
    return collection.import_anki_package(request).log


@pytest.mark.slow
@pytest.mark.parametrize("folder", BANKS)
def test_real_anki_imports_the_deck_once(runner, tmp_path, folder):
    pytest.importorskip("anki")
    from anki.collection import Collection

    bank = loaded(folder)
    target = tmp_path / "deck.apkg"
    export(runner, folder, "anki", "-o", str(target))
    collection = Collection(str(tmp_path / "collection.anki2"))
    try:
        first = import_package(collection, target)
        assert len(first.new) == len(bank.questions)
        assert collection.note_count() == len(bank.questions)
        assert collection.decks.by_name(bank.title) is not None
        quotes = {question.id: question.quote for question in bank.questions}
        for note_id in collection.find_notes(""):
            note = collection.get_note(note_id)
            assert html.unescape(note["Quote"]) == quotes[note["Id"]]
            assert note["Answer"]
        second = import_package(collection, target)
        assert len(second.new) == 0
        assert collection.note_count() == len(bank.questions)
    finally:
        collection.close()


@pytest.mark.slow
def test_real_anki_updates_a_reworded_question_in_place(tmp_path):
    pytest.importorskip("anki")
    from anki.collection import Collection

    from vlasov_cli.features import export as exporter

    bank = load_bank(EXAMPLE)
    first, second = tmp_path / "first.apkg", tmp_path / "second.apkg"
    exporter.write_anki(bank, first, timestamp=1_700_000_000)
    reworded = tuple(
        question._replace(prompt="Which quarry gave the tower its granite?")
        if question.id == "q-granite-quarry"
        else question
        for question in bank.questions
    )
    bank.questions = reworded
    exporter.write_anki(bank, second, timestamp=1_700_000_100)
    collection = Collection(str(tmp_path / "collection.anki2"))
    try:
        import_package(collection, first)
        log = import_package(collection, second)
        assert len(log.new) == 0
        assert len(log.updated) == len(bank.questions)
        assert collection.note_count() == len(bank.questions)
        (note_id,) = collection.find_notes('"Id:q-granite-quarry"')
        assert collection.get_note(note_id)["Question"].startswith("Which quarry gave the tower its granite?")
    finally:
        collection.close()


# The core's own file writing (for cli.py to use for every format).


@pytest.mark.parametrize("fmt", TEXT_FORMATS)
def test_write_export_replaces_the_file_atomically(tmp_path, fmt):
    from vlasov_cli.features import formats

    bank = load_bank(EXAMPLE)
    target = tmp_path / "out"
    target.write_text("old", encoding="utf-8")
    formats.write_export(bank, fmt, target, replace=True)
    assert target.read_text(encoding="utf-8") == formats.export_text(bank, fmt)
    assert sorted(path.name for path in tmp_path.iterdir() if path.name != "home") == ["out"]


def test_write_export_failure_leaves_no_temporary_file(tmp_path):
    from vlasov_cli.core.files import NotRegular
    from vlasov_cli.features import formats

    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(NotRegular):
        formats.write_export(load_bank(EXAMPLE), "csv", folder, replace=True)
    assert sorted(path.name for path in tmp_path.iterdir() if path.name != "home") == ["out"]
    assert list(folder.iterdir()) == []


def test_the_right_choice_is_not_always_first_in_exports(runner):
    # Hand-written choices put the answer first in the file; every export shows them in a fixed
    # shuffle of their own, so that the right letter is spread over A to D.
    rows = list(csv.DictReader(io.StringIO(export(runner, default_bank_folder(), "csv").stdout)))
    places = [row["choices"].split(" | ").index(row["answer"]) for row in rows if row["type"] == "choice"]
    counts = [places.count(place) for place in range(4)]
    assert len(places) > 100 and max(counts) < 0.4 * len(places), counts


def test_a_role_that_is_a_deed_alone_is_asked_as_that_deed(runner, tmp_path):
    """A reviewer may keep a role offered as what the person did alone ("who founded …"): its question
    asks "Who founded …?", never "Who was this: who founded …?"; a word with its deed reads as before."""
    asked = _role_questions(runner, tmp_path, [role for _, _, role in FOUR_FOUNDERS])
    assert asked["petrova.role"] == "Who founded the Lantern Society?"
    assert asked["ivanova.role"] == "Who was this: teacher who ran its first school?"


def test_a_role_named_in_anothers_deed_is_still_asked(runner, tmp_path):
    """Sokolova's role inside Orlova's deed ("banker who paid the printer of its newsletter") is no role
    Orlova holds: Sokolova's question stays (a teacher's pick for one man took another's question away);
    a role within another's own words is still not asked ("printer of …" within "chief printer of …")."""
    roles = [role for _, _, role in FOUR_FOUNDERS]
    asked = _role_questions(runner, tmp_path / "deed", [*roles[:3], "banker who paid the printer of its newsletter"])
    assert {"sokolova.role", "orlova.role"} <= set(asked), asked
    asked = _role_questions(runner, tmp_path / "within", [*roles[:3], "chief printer of its newsletter"])
    assert "sokolova.role" not in asked and "orlova.role" in asked, asked


def _role_questions(runner, tmp_path, roles: list[str]) -> dict[str, str]:
    """The role questions' prompts, by id, of a bank of the four founders given these roles."""
    people = "people:\n" + "".join(
        f"  - id: {name.split()[1].lower()}\n    name: {name}\n    aliases: []\n    role: {role}\n"
        f"    facts:\n      - text: {name}{told}.\n        quote: {name}{told}\n"
        for (name, told, _), role in zip(FOUR_FOUNDERS, roles, strict=True)
    )
    source = "By A. Writer\n\nAnna Petrova founded the Lantern Society in Kazan on March 3, 1905.\n\n" + "\n\n".join(
        f"{name}{told} in 1907." for name, told, _ in FOUR_FOUNDERS[1:]
    )
    bank = write_bank(tmp_path / "bank", source_txt=source, people_yaml=people, questions_yaml=None)
    exported = json.loads(invoke(runner, "export", "--format", "json", "--bank", str(bank)).stdout)
    return {
        question["id"]: question["prompt"] for question in exported["questions"] if question["id"].endswith(".role")
    }


FOUR_FOUNDERS = [  # name, what the source tells of them, the role a reviewer kept
    ("Anna Petrova", " founded the Lantern Society", "who founded the Lantern Society"),
    ("Olga Ivanova", ", a teacher, ran its first school", "teacher who ran its first school"),
    ("Maria Sokolova", ", a printer, printed its newsletter", "printer of its newsletter"),
    ("Vera Orlova", ", a banker, paid for its library", "banker who paid for its library"),
]
