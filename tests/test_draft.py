"""`vlasov draft`: any article into a checked draft bank, used at once by every command; tested on
the shipped article (against the hand-made bank) and on a small invented one."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from conftest import invoke

from vlasov_cli.core.dates import parse_window
from vlasov_cli.core.read import default_bank_folder
from vlasov_cli.core.text import fold

HERE = Path(__file__).parent
INVENTED = HERE / "draft" / "kessler.txt"


def shipped_article() -> Path:
    folder = default_bank_folder()
    meta = yaml.safe_load((folder / "bank.yaml").read_text(encoding="utf-8"))
    return (folder / meta["source"]).resolve()


def shipped(kind: str) -> list[dict]:
    folder = default_bank_folder()
    return yaml.safe_load((folder / f"{kind}.yaml").read_text(encoding="utf-8"))[kind]


@pytest.fixture(scope="module")
def vlasov_draft(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from typer.testing import CliRunner

    folder = tmp_path_factory.mktemp("drafts") / "vlasov"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("VLASOV_HOME", str(tmp_path_factory.mktemp("home")))
        result = invoke(CliRunner(), "draft", str(shipped_article()), "-o", str(folder))
    assert result.exit_code == 0, result.output
    return folder


def entries(folder: Path, kind: str) -> list[dict]:
    return yaml.safe_load((folder / f"{kind}.yaml").read_text(encoding="utf-8"))[kind]


@pytest.mark.slow
def test_a_draft_of_the_article_passes_check_and_counts_its_drafts(runner, vlasov_draft):
    result = invoke(runner, "check", "--bank", str(vlasov_draft), "--json")
    report = json.loads(result.stdout)
    assert result.exit_code == 0 and report["ok"], result.output
    written = sum(len(entries(vlasov_draft, kind)) for kind in ("people", "events", "terms"))
    assert report["drafts"] == written > 100
    # Each fact asked once, options of one kind, and only what the draft is sure of (a date its own
    # sentence writes, a title that tells a happening whole, not cut short with "…"): far fewer than the
    # 91 asked before (most of this article's dates take their year from the narrative; a drafted
    # person is not asked by role until reviewed), but some.
    assert report["counts"]["generated_questions"] >= 1
    assert (vlasov_draft / shipped_article().name).read_bytes() == shipped_article().read_bytes()
    meta = yaml.safe_load((vlasov_draft / "bank.yaml").read_text(encoding="utf-8"))
    assert meta["author"] == "Wil Deac"
    shown = invoke(runner, "check", "--bank", str(vlasov_draft))
    assert f"{written} drafts to review" in shown.stdout


def test_every_drafted_entry_is_marked_with_a_confidence(vlasov_draft):
    for kind in ("people", "events", "terms"):
        for entry in entries(vlasov_draft, kind):
            assert 0 < entry["draft"] <= 1, entry


def test_the_draft_finds_the_shipped_banks_dated_events_within_their_windows(vlasov_draft):
    """At least 90% of the hand-made bank's events dated to a day, month, season or year have a drafted
    event told by the same sentence whose window holds the hand-made date. (The hand-made bank also
    dates sentences that give no date, by a window between the dates around them; a draft makes no
    event of those, so they are not counted. Of the 43 counted, the three a draft cannot date are told
    in a sentence without a date: "It ... created a Russkaia Osvoboditelnaia Armiia", "the morning after
    Germany's surrender", "The general immediately dismissed his men".)"""
    drafted = entries(vlasov_draft, "events")
    dated = [event for event in shipped("events") if not str(event["date"]).startswith("[")]
    found = 0
    missed = []
    for event in dated:
        wanted = parse_window(str(event["date"]))
        quote = fold(event["quote"])
        if any(
            (fold(other["quote"]) in quote or quote in fold(other["quote"]))
            and parse_window(str(other["date"])).earliest <= wanted.earliest
            and wanted.latest <= parse_window(str(other["date"])).latest
            for other in drafted
        ):
            found += 1
        else:
            missed.append(f"{event['id']} {event['date']}")
    share = found / len(dated)
    assert len(dated) > 40 and share >= 0.9, f"{share:.1%} found; missed: {missed}"


def test_the_draft_finds_every_person_of_the_shipped_bank(vlasov_draft):
    names = {fold(name) for person in entries(vlasov_draft, "people") for name in [person["name"], *person["aliases"]]}
    missing = [person["name"] for person in shipped("people") if fold(person["name"]) not in names]
    assert not missing


def test_every_command_uses_the_draft_at_once(runner, vlasov_draft):
    bank = ["--bank", str(vlasov_draft)]
    timeline = invoke(runner, "timeline", "--year", "1942", *bank)
    assert timeline.exit_code == 0 and "1942" in timeline.stdout
    who = invoke(runner, "who", "Bunyachenko", *bank)
    assert who.exit_code == 0 and "Bunyachenko" in who.stdout
    quiz = invoke(runner, "quiz", "--count", "3", "--seed", "1", *bank, input="a\nb\nc\n")
    assert quiz.exit_code == 0, quiz.output
    assert "Question 1/" in quiz.stdout  # (as many as the draft is sure of, up to 3)


# The invented article: every kind of date, a caption and a flashback.


def dates_of(runner, article: Path) -> list[dict]:
    result = invoke(runner, "draft", str(article), "--dates", "--json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)["dates"]


def test_dates_json_gives_offsets_into_the_article_and_each_expressions_value(runner):
    article = INVENTED.read_text(encoding="utf-8")
    found = dates_of(runner, INVENTED)
    for date in found:
        assert article[date["start"] : date["end"]] == date["text"]
        assert date["text"] in date["sentence"]
        assert set(date) == {"text", "start", "end", "value", "sentence"}
    values = {date["text"]: date["value"] for date in found}
    assert values["March 3, 1851"] == "1851-03-03"
    assert values["2 April 1854"] == "1854-04-02"
    assert values["the 1840s"] == "184X"
    assert values["June 14"] == "1852-06-14"  # its year from the narrative
    assert values["1858"] == "1858"  # a flashback, in an 1863 paragraph


def test_a_caption_and_a_flashback_leave_the_narratives_year_alone(runner, tmp_path):
    folder = tmp_path / "kessler"
    assert invoke(runner, "draft", str(INVENTED), "-o", str(folder)).exit_code == 0
    events = {event["quote"]: event for event in entries(folder, "events")}
    next_day = next(event for quote, event in events.items() if quote.startswith("The next day"))
    assert next_day["date"] == "1852-06-15" and next_day["inferred"]
    assert "June 14" in next_day["date_quote"]
    same_month = next(event for quote, event in events.items() if quote.startswith("That same month"))
    assert same_month["date"] == "1858-01"
    outlived = next(event for quote, event in events.items() if "surveyed railways" in quote)
    assert parse_window(outlived["date"]).earliest == "1870-01-01"


def test_a_draft_of_an_invented_article_works_end_to_end(runner, tmp_path):
    folder = tmp_path / "kessler"
    made = invoke(runner, "draft", str(INVENTED), "-o", str(folder), "--json")
    assert made.exit_code == 0, made.output
    report = json.loads(made.stdout)
    assert report["counts"]["events"] >= 12
    names = {person["name"] for person in entries(folder, "people")}
    assert {"Jonas Kessler", "Clara Ames", "Henry Tolliver", "Agnes Whitlow"} <= names
    terms = {term["name"]: term for term in entries(folder, "terms")}
    assert "MSB" in terms["Marnholt Savings Bank"]["aliases"]
    meta = yaml.safe_load((folder / "bank.yaml").read_text(encoding="utf-8"))
    assert meta == {"title": "The Kessler Canal Company", "source": "kessler.txt", "author": "Agnes Whitlow"}
    assert invoke(runner, "check", "--bank", str(folder), "--strict").exit_code == 0
    timeline = invoke(runner, "timeline", "--bank", str(folder))
    assert "Digging began" in timeline.stdout
    who = invoke(runner, "who", "Ames", "--bank", str(folder))
    assert "Clara Ames" in who.stdout
    assert who.stdout.count("Ames began her survey in the spring of 1852.") == 1  # a draft's fact is its quote
    quiz = invoke(runner, "quiz", "--count", "2", "--seed", "3", "--bank", str(folder), input="1\n1\n")
    assert quiz.exit_code == 0, quiz.output


def test_reviewing_an_entry_takes_it_off_the_drafts(runner, tmp_path):
    folder = tmp_path / "kessler"
    invoke(runner, "draft", str(INVENTED), "-o", str(folder))
    before = json.loads(invoke(runner, "check", "--bank", str(folder), "--json").stdout)["drafts"]
    people = (folder / "people.yaml").read_text(encoding="utf-8")
    first = people.index("\n  draft:") + 1
    reviewed = people[:first] + people[people.index("\n", first) + 1 :]
    (folder / "people.yaml").write_text(reviewed, encoding="utf-8")
    after = json.loads(invoke(runner, "check", "--bank", str(folder), "--json").stdout)["drafts"]
    assert after == before - 1


# What the draft refuses.


def test_a_folder_that_is_not_empty_is_kept_unless_forced(runner, tmp_path):
    folder = tmp_path / "bank"
    folder.mkdir()
    (folder / "notes.txt").write_text("mine", encoding="utf-8")
    refused = invoke(runner, "draft", str(INVENTED), "-o", str(folder))
    assert refused.exit_code == 2 and "not empty" in refused.stderr
    assert sorted(path.name for path in folder.iterdir()) == ["notes.txt"]
    assert invoke(runner, "draft", str(INVENTED), "-o", str(folder), "--force").exit_code == 0
    assert invoke(runner, "draft", str(INVENTED), "-o", str(folder), "--force").exit_code == 0
    assert (folder / "notes.txt").read_text(encoding="utf-8") == "mine"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\xff\xfe not text", "not UTF-8"),
        (b"   \n\n  ", "empty"),
        (b"An article\x00 with a NUL.", "control character"),
    ],
)
def test_what_is_no_article_is_refused_with_a_reason(runner, tmp_path, content, message):
    article = tmp_path / "article.txt"
    article.write_bytes(content)
    result = invoke(runner, "draft", str(article), "-o", str(tmp_path / "out"))
    assert result.exit_code == 2 and message in result.stderr
    assert "Traceback" not in result.output
    assert not (tmp_path / "out").exists()


def test_a_missing_article_a_folder_or_no_output_is_refused(runner, tmp_path):
    assert "no such file" in invoke(runner, "draft", str(tmp_path / "nope.txt"), "-o", str(tmp_path / "o")).stderr
    assert "is a folder" in invoke(runner, "draft", str(tmp_path), "-o", str(tmp_path / "o")).stderr
    result = invoke(runner, "draft", str(INVENTED))
    assert result.exit_code == 2 and "-o FOLDER" in result.stderr


ARTICLES = [
    *sorted((HERE.parent / "bench" / "timex" / "wikipedia").glob("*.txt")),
    *sorted((HERE.parent / "bench" / "timex" / "heldout").glob("*.txt")),
    *sorted((HERE / "draft_articles").glob("*.txt")),
]


@pytest.mark.slow
@pytest.mark.parametrize("article", ARTICLES, ids=lambda path: path.stem)
def test_a_draft_of_any_article_passes_check_strict(runner, tmp_path, article):
    """Articles the drafting rules were not written for (Wikipedia's, under CC BY-SA, and two invented
    ones) give banks that `check --strict` accepts: valid quotes and dates, questions the linter passes."""
    folder = tmp_path / "bank"
    made = invoke(runner, "draft", str(article), "-o", str(folder))
    assert made.exit_code == 0, made.output
    checked = invoke(runner, "check", "--bank", str(folder), "--strict")
    assert checked.exit_code == 0, checked.output


def test_an_article_too_large_is_refused_before_it_is_read(runner, tmp_path, monkeypatch):
    from vlasov_cli.features.draft import folder

    monkeypatch.setattr(folder, "MAX_ARTICLE_BYTES", 1000)
    article = tmp_path / "long.txt"
    article.write_text("In 1900 a long story began. " * 100, encoding="utf-8")
    result = invoke(runner, "draft", str(article), "-o", str(tmp_path / "out"))
    assert result.exit_code == 2 and "larger than" in result.stderr
    assert not (tmp_path / "out").exists()


def drafted(runner, tmp_path: Path, text: str) -> Path:
    """The folder `vlasov draft` writes from an article of `text`."""
    article = tmp_path / "article.txt"
    article.write_text(text, encoding="utf-8")
    folder = tmp_path / "bank"
    assert invoke(runner, "draft", str(article), "-o", str(folder)).exit_code == 0
    return folder


def test_an_undated_sentence_is_no_event(runner, tmp_path):
    """A sentence that gives no date is no event of the timeline (it may be a person's fact)."""
    folder = drafted(
        runner,
        tmp_path,
        "The Strike\n\nBy A. Writer\n\nThe carters struck on 12 March 1848. The mill had been founded in 1836, "
        "and the same families had worked it ever since. The commission sued the carters. "
        "The strike ended on 2 May 1849.\n",
    )
    quotes = [event["quote"] for event in entries(folder, "events")]
    assert not [quote for quote in quotes if quote.startswith("The commission sued")]
    assert [parse_window(event["date"]).earliest for event in entries(folder, "events")] == [
        "1848-03-12",
        "1849-05-02",
    ]  # fmt: skip  (the mill's founding, twelve years before a story of two, is no event of it)


def test_what_dates_no_happening_makes_no_event(runner, tmp_path):
    """A military time, a unit's name, a publication note and a "before" with nothing earlier to close
    it date no event; "prior to" a date is the window before it; a year heading dates its section."""
    article = tmp_path / "raid.txt"
    article.write_text(
        "The Raid\n\nThe bridge was built before 1860.\n\n1944\n\nOn 12 June 2AD attacked at 1400. "
        "The old bridge had fallen prior to 1 June. In July the division moved east.\n\n"
        "This article first appeared in the June 1987 issue of Military History.\n",
        encoding="utf-8",
    )
    folder = tmp_path / "bank"
    assert invoke(runner, "draft", str(article), "-o", str(folder)).exit_code == 0
    dated = {event["quote"]: str(event["date"]) for event in entries(folder, "events")}
    assert dated == {
        "On 12 June 2AD attacked at 1400.": "1944-06-12",  # (a military time: no year, to check either)
        "The old bridge had fallen prior to 1 June.": "[1944-01-01..1944-05-31]",
        "In July the division moved east.": "1944-07",
    }


def test_an_article_with_nothing_to_draft_says_so(runner, tmp_path):
    article = tmp_path / "plain.txt"
    article.write_bytes("\ufeffJust one line without dates or names.".encode())
    result = invoke(runner, "draft", str(article), "-o", str(tmp_path / "bank"))
    assert result.exit_code == 0
    assert "nothing was drafted" in result.stdout
    assert invoke(runner, "check", "--bank", str(tmp_path / "bank"), "--strict").exit_code == 0


def test_which_of_these_is_asked_of_reviewed_people_only(runner, vlasov_draft, tmp_path):
    """A draft's facts are the article's sentences, whose pronouns may tell of someone else: "Which of
    these does the article say of X?" waits until the people are reviewed, and never offers X's name
    in the answer alone."""
    import re
    import shutil

    def whose_questions(folder: Path) -> list[dict]:
        exported = json.loads(invoke(runner, "export", "--format", "json", "--bank", str(folder)).stdout)
        return [question for question in exported["questions"] if question["id"].endswith(".whose")]

    assert whose_questions(vlasov_draft) == []
    reviewed = tmp_path / "reviewed"
    shutil.copytree(vlasov_draft, reviewed)
    people = reviewed / "people.yaml"
    people.write_text(re.sub(r"\n  draft: [0-9.]+", "", people.read_text(encoding="utf-8")), encoding="utf-8")
    # No give-away: the others' facts never name X, so neither may the answer. A teacher's review found
    # 35 such, each the one option with X's name in it; a draft's facts are sentences that mostly do.
    given_away = [
        question["prompt"]
        for question in whose_questions(reviewed)
        if question["prompt"].removesuffix("?").split()[-1] in question["answer"]
    ]
    assert given_away == []


@pytest.mark.slow
def test_a_draft_is_the_same_whatever_the_hash_seed(tmp_path):
    """Two runs of `vlasov draft` on one article write the same bytes (no order taken from a set)."""
    from processes import run_vlasov

    article = HERE / "draft_articles" / "tram_town.txt"
    written = []
    for seed in ("1", "3"):
        folder = tmp_path / seed
        draft = ("draft", str(article), "-o", str(folder))
        run_vlasov(tmp_path / "home", *draft, variables={"PYTHONHASHSEED": seed}, timeout=120, check=True)
        written.append({path.name: path.read_bytes() for path in folder.iterdir()})
    assert written[0] == written[1]


def test_a_draft_counts_people_as_a_reader_does(runner, tmp_path):
    """The invented article that repeats what went wrong on real ones: the subject named with his rank,
    a commander named after his command, surnames alone, a bare "Colonel", two Johns, tanks."""
    folder = tmp_path / "winter"
    article = HERE / "draft_articles" / "winter_line.txt"
    assert invoke(runner, "draft", str(article), "-o", str(folder)).exit_code == 0
    people = {person["name"]: person for person in entries(folder, "people")}
    assert {"Harald Brenner", "Otto Lindqvist", "Roosevelt", "Churchill", "Hitler", "Nietzsche"} <= set(people)
    assert not {"Tiger", "King Tiger", "Panther", "Nobody", "Saturn", "Colonel", "John"} & set(people)
    assert people["Otto Lindqvist"]["role"] == "Army Group North Commander"
    assert people["Kurt Maser"]["role"] == "V Corps commander"
    assert "role" not in people["Emil Voss"]  # "Colonel" is a rank, not a role
    # "reader" is a single word; his title with what he did tells him (a main person without a role)
    assert people["Harald Brenner"]["role"] == "Lieutenant General who took command of V Corps in March 1943"
    assert all("John" not in person["aliases"] for person in people.values())
    assert "Army Group North" in {term["name"] for term in entries(folder, "terms")}
    who = invoke(runner, "who", "Colonel", "--bank", str(folder))
    assert "John Harker" in who.stdout and "Emil Voss" in who.stdout  # two colonels, listed, not one
    assert invoke(runner, "check", "--strict", "--bank", str(folder)).exit_code == 0


@pytest.mark.parametrize(
    ("article", "title"),
    [
        # no hole where a date was taken out
        ("Tilak was born (23 July 1856) in Ratnagiri.", "Tilak was born in Ratnagiri"),
        ("He was born (c. 1856) in Ratnagiri.", "He was born in Ratnagiri"),
        # a clause without its subject borrows the sentence's
        ("In 1862 Grant took Fort Donelson, and in 1863 was in no hurry to move.", "Grant was in no hurry to move"),
        (
            "In 1898 he began working for the council and in 1899 was employed as a bacteriologist.",
            "He was employed as a bacteriologist",
        ),
        (
            "A daughter, Harriett (d. 1874), was married on 4 May 1826 to Francis North.",
            "Harriett was married to Francis North",
        ),
        # a long title loses its asides, keeping its subject and main verb
        (
            "Grant, who had resigned from the army years before and had failed as a farmer, a real estate agent and "
            "a clerk in his father's leather store in Galena, took Fort Donelson in February 1862.",
            "Grant took Fort Donelson",
        ),
        # never cut inside a list, nor before its verb, nor inside a noun phrase: at a clause's end past
        # LONGEST_TITLE ("and governed", ", and the city went") rather than mid-phrase with an ellipsis
        (
            "In early 1948, the United States, United Kingdom, and France secretly began to plan the creation "
            "of a new German state made up of the Western Allies' occupation zones in the west of the country and "
            "governed from Frankfurt.",
            "The United States, United Kingdom, and France secretly began to plan the creation of a new German state "
            "made up of the Western Allies' occupation zones in the west of the country",
        ),
        (
            "On June 24, 1948, the crisis started when Soviet forces blockaded rail, road, and water access to "
            "the Allied-controlled areas of the old capital of Germany, Berlin, and the city went hungry.",
            "The crisis started when Soviet forces blockaded rail, road, and water access to the Allied-controlled "
            "areas of the old capital of Germany, Berlin",
        ),
        # and is cut at a clause's end, not mid-clause
        (
            "On 3 May 1851 the carters of the lower town struck for a shorter working day and a higher wage, "
            "while the mill owners of the upper town met in secret to break them.",
            "The carters of the lower town struck for a shorter working day and a higher wage",
        ),
    ],
)
def test_an_event_title_keeps_its_subject_and_verb_and_shows_no_hole(article: str, title: str) -> None:
    from vlasov_cli.features.draft.compose import compose

    assert compose(article, "a.txt").events[-1]["title"] == title


@pytest.mark.parametrize(
    ("quote", "dates", "title"),
    [
        ("1920), endeared as Lokmanya, was a teacher", [(0, 4)], "Endeared as Lokmanya, was a teacher"),
        (") and Lokmanya Tilak (1957) both by Vishram Bedekar", [(22, 26)], "Lokmanya Tilak both by Vishram Bedekar"),
        ("Between 1995", [(8, 12)], ""),  # a lone preposition is no title: the caller takes the whole clause's
    ],
)
def test_an_event_title_never_starts_with_a_scrap(quote: str, dates: list[tuple[int, int]], title: str) -> None:
    from vlasov_cli.features.draft.titles import event_title

    assert event_title(quote, dates) == title


def test_a_sentence_that_only_announces_a_quotation_is_no_fact(runner, tmp_path):
    article = tmp_path / "tilak.txt"
    article.write_text(
        "Bal Gangadhar Tilak was a teacher in Pune. Tilak said about Vivekananda:\n\n"
        "No Hindu had taken the work of keeping Hinduism alive. Tilak founded a school in 1880.\n",
        encoding="utf-8",
    )
    folder = tmp_path / "bank"
    assert invoke(runner, "draft", str(article), "-o", str(folder)).exit_code == 0
    facts = [fact["quote"] for person in entries(folder, "people") for fact in person["facts"]]
    assert "Bal Gangadhar Tilak was a teacher in Pune." in facts
    assert not [fact for fact in facts if fact.endswith(":")]


def test_an_event_whose_one_person_acts_asks_who_did_it(runner, tmp_path):
    article = tmp_path / "powell.txt"
    article.write_text(
        "Colin Powell\n\nColin Powell was born on April 5, 1937, in Harlem. On January 20, 2001, Powell was "
        "appointed Secretary of State. On November 15, 2004, Powell announced his resignation. In 2003 "
        "Powell spoke to the UN with George Tenet beside him.\n",
        encoding="utf-8",
    )
    folder = tmp_path / "bank"
    assert invoke(runner, "draft", str(article), "-o", str(folder)).exit_code == 0
    deeds = {event["title"]: event.get("deed", "") for event in entries(folder, "events")}
    assert deeds["Powell announced his resignation"] == "announced his resignation"
    assert deeds["Colin Powell was born in Harlem"] == ""  # (being born is no deed to ask "who" of)
    assert all(deed == "" for title, deed in deeds.items() if "Tenet" in title)  # two people: whose deed?
    assert invoke(runner, "check", "--strict", "--bank", str(folder)).exit_code == 0


@pytest.mark.parametrize(
    ("article", "dated"),
    [
        # a range written with two dates is one window
        ("These issues led to strikes from 1971 to 1973.", [("[1971..1973]", "These issues led to strikes")]),
        (
            "Between June and September 1973, more protests crippled Chile.",
            [("[1973-06-01..1973-09-30]", "More protests crippled Chile")],
        ),
        # two dates of one clause: each its own part, a relative clause told of its noun
        (
            "The trial opened in 1946. They were sentenced on August 1 and hanged the next day.",
            [("1946", "The trial opened"), ("1946-08-01", "They were sentenced"), ("1946-08-02", "They hanged")],
        ),
        (
            "The war ended in 1945. On May 6, the division joined the Czech insurgents, who had risen two days "
            "earlier.",
            [
                ("1945", "The war ended"),
                ("1945-05-06", "The division joined the Czech insurgents"),
                ("1945-05-04", "The Czech insurgents had risen"),
            ],
        ),
        # a date looked back on in the clause of another does not stretch its window
        (
            "In 1923, he joined the National College, founded two years earlier by Rai.",
            [("1923", "He joined the National College, founded by Rai")],
        ),
        # a century dates no happening
        ("In the 19th century, trade grew. In 1853 Perry arrived.", [("1853", "Perry arrived")]),
        # nor a year in a name, nor a step from an event the text never dated
        (
            "In 1800 the negotiators chose to annul the 1778 Treaty of Alliance. From before the War of 1812 the "
            "navy had grown. The claims were resolved seven years after the war ended.",
            [("1800", "The negotiators chose to annul the 1778 Treaty of Alliance")],
        ),
        # a person's years in parentheses: a birth and a death
        (
            "Bal Gangadhar Tilak (23 July 1856 – 1 August 1920) was an Indian nationalist.",
            [("1856-07-23", "Bal Gangadhar Tilak was born"), ("1920-08-01", "Bal Gangadhar Tilak died")],
        ),
        (
            "His son, Jayantrao Tilak (1921–2001) was editor of the Kesari.",
            [("1921", "Jayantrao Tilak was born"), ("2001", "Jayantrao Tilak died")],
        ),
        # but a thing made in a year was made then
        ("Homi Master directed a 1929 silent film.", [("1929", "Homi Master directed a silent film")]),
    ],
)
def test_what_a_sentence_dates(article: str, dated: list[tuple[str, str]]) -> None:
    from vlasov_cli.features.draft.compose import compose

    assert [(str(event["date"]), event["title"]) for event in compose(article, "a.txt").events] == dated


def test_a_draft_asks_only_about_happenings_it_is_sure_of(runner, tmp_path):
    """A draft's event is asked about only when its own sentence writes the date and its title tells a
    happening: not a date reckoned from another ("Five days later"), nor commentary; once reviewed
    (its `draft:` line deleted), the reader's word is taken."""
    import re

    folder = drafted(
        runner,
        tmp_path,
        "The Council of Riga\n\n"
        "On 3 March 1921 the council of Riga signed the treaty with the northern towns. "
        "Five days later the council of Riga opened the harbour to the northern towns. "
        "On 9 May 1921 the northern towns were also angry about the harbour tolls. "
        "On 2 August 1921 the northern towns elected a new council for the harbour. "
        "On 5 October 1921 the council of Riga closed the harbour to foreign ships.\n",
    )

    def asked(folder: Path) -> set[str]:
        exported = json.loads(invoke(runner, "export", "--format", "json", "--bank", str(folder)).stdout)
        quotes = {question["quote"] for question in exported["questions"]}
        return {word for word in ("signed", "opened", "angry", "elected", "closed") if any(word in q for q in quotes)}

    assert asked(folder) == {"signed", "elected", "closed"}
    assert invoke(runner, "check", "--bank", str(folder), "--strict").exit_code == 0
    events = folder / "events.yaml"
    events.write_text(re.sub(r"\n  draft: [0-9.]+", "", events.read_text(encoding="utf-8")), encoding="utf-8")
    assert {"signed", "opened", "elected", "closed"} <= asked(folder)


@pytest.mark.slow
def test_the_readme_shows_a_real_articles_draft_as_it_is(runner, tmp_path, monkeypatch):
    # README's draft of a dev-set text: each command run in a fresh folder, at 80 columns, prints what
    # README shows, piece by piece (a line of "…" leaves lines out).
    import re
    import shlex

    root = Path(__file__).resolve().parent.parent
    readme = (root / "README.md").read_text(encoding="utf-8")
    block = next(
        text for text in re.findall(r"```text\n(.*?)```", readme, re.DOTALL) if text.startswith("$ vlasov draft ")
    )
    (tmp_path / "bench").symlink_to(root / "bench")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COLUMNS", "80")
    sessions: list[tuple[str, list[str]]] = []
    for line in block.splitlines():
        if line.startswith("$ "):
            sessions.append((line[2:], []))
        else:
            sessions[-1][1].append(line)
    assert len(sessions) >= 6
    for command, shown in sessions:
        feed = None
        if " | " in command:
            echoed, command = command.split(" | ")
            feed = shlex.split(echoed)[1] + "\n"
        result = invoke(runner, *shlex.split(command)[1:], input=feed)
        assert result.exit_code == 0, (command, result.stderr)
        printed = [line.rstrip() for line in result.stdout.splitlines()]
        at = 0
        pieces: list[list[str]] = [[]]
        for line in shown:
            if line.strip() == "…":
                pieces.append([])
            else:
                pieces[-1].append(line.rstrip())
        for piece in filter(None, pieces):
            found = next(
                (start for start in range(at, len(printed)) if printed[start : start + len(piece)] == piece), None
            )
            assert found is not None, f"README shows lines `{command}` does not print:\n" + "\n".join(piece)
            at = found + len(piece)


DEVSET = sorted((Path(__file__).resolve().parent.parent / "bench" / "devset").glob("*.txt"))


@pytest.mark.slow
@pytest.mark.parametrize("article", DEVSET, ids=lambda path: path.stem)
def test_every_dev_set_text_drafts_into_a_bank_that_passes_the_strict_check(runner, tmp_path, article):
    assert len(DEVSET) >= 10
    folder = tmp_path / "draft"
    assert invoke(runner, "draft", str(article), "-o", str(folder)).exit_code == 0
    checked = invoke(runner, "check", "--strict", "--bank", str(folder))
    assert checked.exit_code == 0, checked.stderr


def test_a_title_that_says_no_subject_is_left_out_of_the_draft():
    from vlasov_cli.features.draft.compose import compose

    article = (
        "In 1914, he quit law practice to dedicate himself to the independence movement and travelled to "
        "Britain, and then to the United States in 1917.\n"
    )
    titles = [event["title"] for event in compose(article, "a.txt").events]
    assert titles and not any(title.startswith("Then") for title in titles)
