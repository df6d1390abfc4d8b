"""`vlasov draft` drafts no event outside the story's span: for a biography the subject's life, else
the dense core of the dates the narrative gives, the far stretches split off. Each on a small
article written here."""

from __future__ import annotations

from pathlib import Path

import yaml
from conftest import invoke

from vlasov_cli.features.draft.compose import compose


def draft(runner, tmp_path: Path, text: str) -> Path:
    article = tmp_path / "article.txt"
    article.write_text(text, encoding="utf-8")
    folder = tmp_path / "bank"
    assert invoke(runner, "draft", str(article), "-o", str(folder)).exit_code == 0
    assert invoke(runner, "check", "--strict", "--bank", str(folder)).exit_code == 0
    return folder


def entries(folder: Path, kind: str) -> list[dict]:
    return yaml.safe_load((folder / f"{kind}.yaml").read_text(encoding="utf-8"))[kind]


BIOGRAPHY = (
    "Anna Berg (3 May 1850 – 9 June 1910) was a Danish teacher and writer.\n\n"
    "In 1875, Berg opened a school for girls in Aarhus. In 1899, Berg wrote a grammar of Danish.\n\n"
    "Legacy\n\n"
    "In 1935, a stamp was issued in honour of Anna Berg. Her son, Karl Berg, ran the school until 1948.\n"
)


def test_a_biographys_story_is_its_subjects_life_and_a_legacy_stays_a_fact(runner, tmp_path):
    folder = draft(runner, tmp_path, BIOGRAPHY)
    assert [(str(event["date"]), event["title"]) for event in entries(folder, "events")] == [
        ("1850-05-03", "Anna Berg was born"),
        ("1910-06-09", "Anna Berg died"),
        ("1875", "Berg opened a school for girls in Aarhus"),
        ("1899", "Berg wrote a grammar of Danish"),
    ]
    berg = next(person for person in entries(folder, "people") if person["name"] == "Anna Berg")
    assert "In 1935, a stamp was issued in honour of Anna Berg." in [fact["quote"] for fact in berg["facts"]]


def test_a_life_whose_parenthesis_holds_other_notes_is_still_the_life():
    """ "(born Keshav Tilak (...); 23 July 1856 – 1 August 1920)": the years after the semicolon are the
    life of the name before the parenthesis, and bound the story."""
    article = (
        "Bal Tilak (pronunciation; born Keshav Tilak (pronunciation: [ke]); 23 July 1856 – 1 August 1920), "
        "endeared as Lokmanya, was an Indian nationalist.\n\nIn 1880, Tilak founded a school.\n\n"
        "In 2007, the Government of India released a coin in honour of Tilak.\n"
    )
    assert [(str(event["date"]), event["title"]) for event in compose(article, "a.txt").events] == [
        ("1856-07-23", "Bal Tilak was born"),
        ("1920-08-01", "Bal Tilak died"),
        ("1880", "Tilak founded a school"),
    ]


def test_a_birth_told_in_the_text_opens_the_story_of_the_person_it_names_most():
    article = (
        "Colin Powell was appointed Secretary of State on January 20, 2001. Powell was born on April 5, 1937, "
        "in Harlem. After his graduation in 1958, Powell was commissioned in the Army. In 1989 Powell became "
        "chairman. In 2003 Powell spoke to the UN. Powell resigned on January 26, 2005.\n"
    )
    years = [str(event["date"])[:4] for event in compose(article, "a.txt").events]
    assert sorted(years) == ["1937", "1958", "1989", "2001", "2003", "2005"]


def test_a_stretch_of_dates_far_from_the_storys_core_is_no_event_of_it():
    """Japan closed in 1639, two centuries before the story's 1830-1868: background, no event; but a
    stretch a few years off a long story ("In 1886") is part of it."""
    article = (
        "Japan expelled most foreigners in 1639. In the 1830s, whalers sailed near Japan. In 1853, Perry "
        "arrived at Edo. In 1854, Japan signed a treaty. In 1858, Harris signed another treaty. In 1860, an "
        "embassy sailed to Washington. In 1868, the shogunate fell. In 1886, the last claims were settled.\n"
    )
    dates = [str(event["date"]) for event in compose(article, "a.txt").events]
    assert dates == ["[1830..1839]", "1853", "1854", "1858", "1860", "1868", "1886"]


def test_a_story_told_after_a_far_background_is_cut_at_neither_end():
    article = (
        "In 1961, Britain ended its protectorate over Kuwait. The Iran-Iraq War of 1980–1988 left Iraq in "
        "debt. On August 2, 1990, Iraq invaded Kuwait. On January 16, 1991, the air war began. On February "
        "28, 1991, the war ended.\n"
    )
    dates = [str(event["date"]) for event in compose(article, "a.txt").events]
    assert dates == ["[1980..1988]", "1990-08-02", "1991-01-16", "1991-02-28"]


def test_the_birth_and_death_of_someone_the_article_is_not_about_bound_nothing():
    """A general born and dead in a war's story, named in few of its sentences: the war goes on after
    his death; his birth, thirty years before it, is no event of it."""
    article = (
        "The war began in April 1861. Stonewall Jackson was born on January 21, 1824. In 1862 Grant took "
        "Fort Donelson. In 1862 the Union lost at Fredericksburg. Stonewall Jackson died on May 10, 1863. "
        "In July 1863 Vicksburg fell. In 1864 Sherman marched to the sea. In 1864 Lincoln was reelected. "
        "In April 1865 the war ended.\n"
    )
    dates = [str(event["date"]) for event in compose(article, "a.txt").events]
    assert dates == ["1861-04", "1862", "1862", "1863-05-10", "1863-07", "1864", "1864", "1865-04"]


def test_a_birth_told_again_in_a_sentence_of_its_own_is_drafted_once(runner, tmp_path):
    text = BIOGRAPHY.replace(
        "In 1875,", "Anna Berg was born on 3 May 1850 in Aarhus, the daughter of a printer. In 1875,"
    )
    folder = draft(runner, tmp_path, text)
    births = [event for event in entries(folder, "events") if str(event["date"]) == "1850-05-03"]
    assert [event["quote"] for event in births] == [
        "Anna Berg was born on 3 May 1850 in Aarhus, the daughter of a printer."
    ]
    deaths = [event for event in entries(folder, "events") if str(event["date"]) == "1910-06-09"]
    assert [event["title"] for event in deaths] == ["Anna Berg died"]  # told only in the parenthesis: kept


# The story's edges: the setting told before the story begins and an epilogue after it ends are no
# events of its timeline (a sentence naming a person stays among that person's facts).

EDGES = (
    "The Salt Treaty, 1801–1806\n\n"
    "The Salt Treaty ended a long quarrel between Genoa and Tunis.\n\n"
    "Many merchants were angry that Doge Luca Spinola had signed a tariff with Venice in 1795. Consequently, "
    "in 1801 Tunis seized three Genoese ships. In 1802, Admiral Pietro Rossi sailed to Tunis. Rossi had "
    "lost a ship to Tunis in 1800 after Genoa had refused to pay tribute.\n\n"
    "In 1803, Rossi blockaded the port. In 1805, the Bey of Tunis signed the Salt Treaty. In 1806, the "
    "Senate of Genoa ratified it.\n\n"
    "The corsairs of Tunis, though they spared Genoese ships, did not end their raids until the French "
    "conquest of Tunis in 1809.\n"
)


def test_a_pluperfect_before_the_story_begins_is_its_setting_and_one_after_is_part_of_it(runner, tmp_path):
    """ "had signed ... in 1795", told before the story's first date (1801): the setting, no event (a
    fact of the person it names); "Rossi had lost a ship ... in 1800", told once the story is under
    way: a step back within it."""
    folder = draft(runner, tmp_path, EDGES)
    dates = [str(event["date"]) for event in entries(folder, "events")]
    assert dates == ["1801", "1802", "1800", "1803", "1805", "1806"]
    spinola = next(person for person in entries(folder, "people") if person["name"] == "Doge Luca Spinola")
    assert "Many merchants were angry that Doge Luca Spinola had signed a tariff with Venice in 1795." in [
        fact["quote"] for fact in spinola["facts"]
    ]


def test_an_epilogue_telling_how_long_a_state_lasted_after_the_story_is_no_event_of_it(runner, tmp_path):
    """The last paragraph's "did not end their raids until ... 1809", after every date of the story:
    an epilogue. Told as a happening, the same closing paragraph ends the story and is drafted."""
    folder = draft(runner, tmp_path, EDGES)
    assert "1809" not in [str(event["date"]) for event in entries(folder, "events")]
    closing = EDGES.replace(
        "The corsairs of Tunis, though they spared Genoese ships, did not end their raids until",
        "The corsairs of Tunis ended their raids after",
    )
    (tmp_path / "closing").mkdir()
    folder = draft(runner, tmp_path / "closing", closing)
    assert [str(event["date"]) for event in entries(folder, "events")][-1] == "1809"


def test_a_year_told_as_the_time_before_the_story_is_its_setting(runner, tmp_path):
    """ "In 1753, prior to the outbreak of hostilities, ...": the state of things before the story's
    first date (1754), no event; a "before" inside the story dates its happening."""
    article = (
        "The Border War, 1754–1760\n\n"
        "The Border War began in 1754 and ended with the Treaty of Lund in 1760.\n\n"
        "In 1753, prior to the outbreak of hostilities, Sweden held the coast up to the river. In 1754, "
        "Colonel Erik Dahl attacked the fort before the winter set in. In 1757 the Danes took Lund. In "
        "1760 both sides signed the Treaty of Lund.\n"
    )
    folder = draft(runner, tmp_path, article)
    dates = [str(event["date"]) for event in entries(folder, "events")]
    assert "1753" not in dates
    assert dates[-3:] == ["1754", "1757", "1760"]


HOUSE = (
    "The Old Mill House\n\n"
    "On May 2, 1820, the town council rented the mill house on River Street. In 1821, the council "
    "added a second floor. On June 5, 1822, the council bought the house for $3,000. In 1824, the "
    "mayor moved his office into it. On April 9, 1826, a fire damaged the roof. In 1828, the council "
    "left the house.\n\n"
    "{later}\n"
)


def test_a_story_going_on_in_whole_days_after_its_dense_core_keeps_its_end(runner, tmp_path):
    """Later owners told day by day, in order, after the core: the story goes on, and its days are events."""
    later = (
        "On March 1, 1871, the Hale family bought the house. On October 12, 1880, the house was sold "
        "at auction to the Grange Society. In 1884, the society razed it."
    )
    dates = [str(event["date"]) for event in entries(draft(runner, tmp_path, HOUSE.format(later=later)), "events")]
    assert {"1871-03-01", "1880-10-12", "1884"} <= set(dates)


def test_a_legacy_told_in_years_after_the_story_stays_out_of_it(runner, tmp_path):
    later = "In 1871, a plaque was set on the site. In 1880, a painting of the house was shown in Boston."
    dates = [str(event["date"]) for event in entries(draft(runner, tmp_path, HOUSE.format(later=later)), "events")]
    assert "1820-05-02" in dates
    assert not {"1871", "1880"} & set(dates)


FORT = (
    "Fort Halden was built by Norwegian traders in 1503.\n\n"
    "History\n\n"
    "In 1501, the traders reached the river mouth. In 1502, their king granted them the coast. The walls "
    "were begun in March 1503. The first garrison arrived in 1504. In 1505, the traders opened a market "
    "by the fort.\n\n"
    "Later history\n\n"
    "Swedish troops captured the fort in 1610. The Swedes traded furs at the fort until 1702. In 1760, the fort "
    "passed to Denmark.\n\n"
    "Legacy\n\n"
    "The fort is now a museum. In 1985, it was listed as a national monument. In 1999, a film was shot "
    "at the fort.\n"
)


def test_a_later_history_told_in_the_past_goes_on_with_the_story_and_a_legacy_stays_out(runner, tmp_path):
    """Years far after the story's dense core belong to it when its history goes on to tell them in the
    past tense (captured, traded, passed to another crown), up to the first told as a legacy: in the
    present, a museum, a listing, a film."""
    folder = draft(runner, tmp_path, FORT)
    years = sorted(str(event["date"])[:4] for event in entries(folder, "events"))
    assert {"1610", "1702", "1760"} <= set(years)
    assert not {"1985", "1999"} & set(years)


def test_a_lone_later_date_is_an_aside_not_a_history_that_goes_on(runner, tmp_path):
    """One later date only (a death long after, a later accident named for comparison) does not carry
    the story on."""
    article = FORT.split("Later history")[0] + "Aftermath\n\nThe first captain died in Bergen in 1560.\n"
    folder = draft(runner, tmp_path, article)
    years = {str(event["date"])[:4] for event in entries(folder, "events")}
    assert "1560" not in years and "1504" in years
