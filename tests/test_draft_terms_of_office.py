"""`vlasov draft` dates an office, a campaign or a realm by the whole of the years in parentheses after it
("Governor of Malta (1907–1912)" is one event of 1907 to 1912, not a birth and a death); a range of two
months joined by "to" is one window ("May to June 1888", "December 1888 to March 1889"); a ruler's
years after a ruler's title are the reign, a scholar's "(c. 875–925 CE)" the life."""

from __future__ import annotations

from conftest import drafted_entries, drafted_events

OFFICES = """Arthur Penrose

Arthur Penrose (1858–1945) was a British soldier and colonial administrator. He was Governor of Port \
Lavinia (1907–1912), the first High Commissioner (1900–1906) of the Eastern Protectorate and the last \
Governor of Upper Kessia (1912–1914). Penrose was commissioned in 1878. He served in the Second Kalat War \
(1878–1880), the Sudan campaign (1884–1885) and the Third Burmese War (November 1885). In 1911 he founded \
the University of Port Lavinia. Later, Penrose returned to Port Lavinia, where he lived until 1920.
"""


def test_years_in_parentheses_after_an_office_or_a_campaign_are_its_term(runner, tmp_path) -> None:
    events = drafted_events(runner, tmp_path, OFFICES)
    dates = [date for date, _ in events]
    for term in ("[1907..1912]", "[1900..1906]", "[1912..1914]", "[1884..1885]"):
        assert term in dates
    assert "1885-11" in dates  # the war in its own parenthesis, a happening of its own
    assert not any(title.endswith(("was born", "died")) and "Penrose" not in title for _, title in events)
    people = {person["name"] for person in drafted_entries(runner, _fresh(tmp_path), OFFICES, "people")}
    assert "Lavinia" not in people  # "Port Lavinia", a place named each time with its first word
    assert "Arthur Penrose" in people


MONTHS = """The Karonga expeditions

In 1887 the traders built a stockade at Karonga. The first expedition of May to June 1888 attacked the \
stockade without success. The second expedition in December 1888 to March 1889 was larger. In April 1889 \
the company gave up the war. The inquiry of 1889–90 blamed the traders. The synod in 1891–2 forgave them.
"""


def test_two_months_joined_by_to_are_one_window(runner, tmp_path) -> None:
    dates = [date for date, _ in drafted_events(runner, tmp_path, MONTHS)]
    assert "[1889..1890]" in dates  # "1889–90"
    assert "[1891..1892]" in dates  # "1891–2", its second year in one digit
    assert "[1888-05-01..1888-06-30]" in dates
    assert "[1888-12-01..1889-03-31]" in dates
    assert "1888-05" not in dates and "1888-12" not in dates


REALMS = """The valley under the sultans

In 1288 the old queen died. The Varna dynasty (1288–1320 CE) ruled the valley badly. In 1298 and 1306 \
raiders burned the capital. In 1320 the last Varna king fled. The chronicle was continued by Mira \
Jonavira (1311–1363 CE), a court poet. Sultan Zafar Ali (1329–1343 CE) imposed taxes on the merchants. \
His successor Ahmad Khalil (1343–1350 CE) lowered them. Among the poets of the court was Ravi Sundaram \
(c. 1330–1390 CE) who wrote the valley's songs.

Valley Sultanate (1329–1580s)

In 1329 the sultans took the valley. In 1338 they built a mosque.
"""


def test_a_realm_and_a_rulers_years_are_a_reign_a_scholars_a_life(runner, tmp_path) -> None:
    events = drafted_events(runner, tmp_path, REALMS)
    dates = dict(events)
    assert dates["[1288..1320]"].startswith("The Varna dynasty ruled")
    assert ("1311", "Mira Jonavira was born") in events and ("1363", "Mira Jonavira died") in events
    assert dates["[1329..1343]"].startswith("Sultan Zafar Ali imposed")
    assert "[1343..1350]" in dates
    assert ("1330", "Ravi Sundaram was born") in events  # "c." ends no sentence before the year
    assert not any(
        title.startswith(("Valley Sultanate", "Sultan Zafar Ali was", "Ahmad Khalil was")) for _, title in events
    )


def _fresh(tmp_path):
    folder = tmp_path / "again"
    folder.mkdir()
    return folder


UNTIL = """The frontier force

In 1895 the company lost its charter. In August 1897, Penrose raised the frontier force and commanded it \
until the end of December 1899, when the border was settled. In 1873 the assembly freed the serfs, although \
the old dues would remain until 1886.
"""


def test_a_happening_told_until_a_date_goes_on_from_the_sentences_earlier_date(runner, tmp_path) -> None:
    events = drafted_events(runner, tmp_path, UNTIL)
    dates = [date for date, _ in events]
    assert "1897-08" in dates  # the force raised
    assert "[1897-08-01..1899-12-31]" in dates  # commanded from then to the end of December 1899
    assert not any(date.startswith("1899-12-2") for date in dates)  # not "the last days of December"
    assert "1886" in dates  # "although": another happening, not one going on since 1873


BORN = """Thomas Kerrow

Thomas Kerrow (born March 3, 1941) is an American minister who marched with the students in the early \
1960s. Kerrow was born in Dayton. In 1961 he joined the march to Selma. In 1962 he was beaten at the bus \
station. In 1964 he was ordained.
"""


def test_a_birth_in_parentheses_is_the_birth_and_the_sentence_keeps_its_own_date(runner, tmp_path) -> None:
    events = drafted_events(runner, tmp_path, BORN)
    assert ("1941-03-03", "Thomas Kerrow was born") in events
    assert "[1960..1963]" in [date for date, _ in events]  # "in the early 1960s", no more lost behind the birth


CIRCA = """The kings of the valley

In 850 the king defeated the raiders. In 852 he died. After his demise, the kingdom declined and the \
dynasty ended in c. 855–856 CE. In 858 the new king built a temple.
"""


def test_circa_before_a_year_ends_no_sentence(runner, tmp_path) -> None:
    events = drafted_events(runner, tmp_path, CIRCA)
    assert ("[0855..0856]", "The dynasty ended") in events  # (not "... ended in c")


QUEEN = """Urraca of Leira

Urraca of Leira (6 November 1479 – 12 April 1555) was the queen of Leira from 1504 and queen of Ostra \
from 1516 to her death in 1555. In 1496 she married the archduke.

Urraca and the archduke had:

Alfonso III of Leira (24 February 1500 – 21 September 1538)

In 1506 her husband died. In 1509 she \
was confined in the palace at Tordes.
"""


def test_a_byname_life_and_a_reign_from_a_year_to_a_death(runner, tmp_path) -> None:
    events = drafted_events(runner, tmp_path, QUEEN)
    assert ("1479-11-06", "Urraca of Leira was born") in events
    assert ("1555-04-12", "Urraca of Leira died") in events
    assert "[1516..1555]" in [date for date, _ in events]  # "from 1516 to her death in 1555"
    assert ("1500-02-24", "Alfonso III of Leira was born") in events


REIGNED = """Mansa Kora

Mansa Kora (reigned c. 1312 – c. 1337) was the ninth king of the Sahel empire. In 1324 he went on \
pilgrimage to Mecca. In 1325 his general took the city of Gao. In 1330 he built a mosque at Timbuktu.
"""


def test_a_reign_in_parentheses_is_one_window(runner, tmp_path) -> None:
    events = drafted_events(runner, tmp_path, REIGNED)
    assert ("[1312..1337]", "Mansa Kora was the ninth king of the Sahel empire") in events
