"""Years a draft reads where the text makes them years: three-digit years after a month, an era mark or
a life's parenthesis, and the words that ask for a year in a story told before 1000; a war's years in
parentheses (one window, no life); a list line's name and years (a birth and a death). Each on a small
article written here."""

from __future__ import annotations

import json

from conftest import drafted_events, invoke

from vlasov_cli.features.draft.timex import find_dates

EMPEROR = (
    "Valens (328 – 9 August 378) was Roman emperor from March 364 to August 378.\n\n"
    "In September 365 Procopius rose in revolt against the emperor Valens. Valens defeated him in 366, "
    "and the Gothic campaign of 367 began. The legion had 300 men in 500 boats and a force of 600.\n"
)


def test_three_digit_years_where_the_text_makes_them_years():
    assert [(mention.text, mention.value) for mention in find_dates(EMPEROR)] == [
        ("328", "0328"),  # a life's first year, before a death written whole
        ("9 August 378", "0378-08-09"),
        ("March 364", "0364-03"),
        ("August 378", "0378-08"),
        ("September 365", "0365-09"),  # after a month, though a name follows
        ("366", "0366"),
        ("367", "0367"),  # "of 367": the story's years are of that era
    ]  # (not the counts: "300 men", "500 boats", "a force of 600")


def test_years_below_1000_read_as_years_only_in_a_story_of_that_era():
    article = "In 1944 the army of 300 marched north. By 1945 a force of 400 was left."
    assert [(mention.text, mention.value) for mention in find_dates(article)] == [("1944", "1944"), ("1945", "1945")]


def test_era_marks_give_years_of_any_length():
    article = "The town was founded in AD 363. The wall was built in 370 CE."
    assert [(mention.text, mention.value) for mention in find_dates(article)] == [
        ("AD 363", "0363"),
        ("370 CE", "0370"),
    ]


WARRING_STATES = (
    "The Warring States period lasted from 475 BC to 221 BC. Jin was partitioned in 403 BC, and Qi "
    "defeated Wei in 341 BC.\n\n"
    "In 340 Qin took land from Wei. In 316 Qin conquered Shu. The Han ruled from 202 BC to AD 220.\n"
)


def test_a_year_written_bare_in_a_story_told_before_christ_is_before_christ():
    values = {mention.text: mention.value for mention in find_dates(WARRING_STATES)}
    assert values["340"] == "-0339" and values["316"] == "-0315"  # 340 BC, 316 BC: not AD 340 and AD 316
    assert values["AD 220"] == "0220"  # an era mark says otherwise
    assert [(m.text, m.value) for m in find_dates("In 340 Qin took land. In 316 Qin conquered Shu.")] == []


def test_draft_dates_lists_a_bare_year_of_a_story_before_christ_as_before_christ(runner, tmp_path):
    article = tmp_path / "warring.txt"
    article.write_text(WARRING_STATES, encoding="utf-8")
    result = invoke(runner, "draft", str(article), "--dates", "--json")
    assert result.exit_code == 0, result.output
    values = [(date["text"], date["value"]) for date in json.loads(result.stdout)["dates"]]
    assert ("340", "-0339") in values and ("316", "-0315") in values and ("AD 220", "0220") in values


def test_an_emperors_draft_dates_his_life_his_reign_and_his_months_with_four_digits(runner, tmp_path):
    assert drafted_events(runner, tmp_path, EMPEROR) == [
        ("0328", "Valens was born"),
        ("0378-08-09", "Valens died"),
        ("[0364-03-01..0378-08-31]", "Valens was Roman emperor"),  # the reign holds the death: both kept
        ("0365-09", "Procopius rose in revolt against the emperor Valens"),
        ("0366", "Valens defeated him"),
        ("0367", "The Gothic campaign began"),
    ]


def test_a_wars_years_in_parentheses_are_one_window_and_no_life(runner, tmp_path):
    article = "The Gorkha War (1814–1816), or the Anglo–Nepalese War, was fought between Nepal and the Company.\n"
    assert drafted_events(runner, tmp_path, article) == [
        ("[1814..1816]", "The Gorkha War, or the Anglo–Nepalese War, was fought between Nepal and the Company"),
    ]


def test_a_list_lines_name_and_years_are_a_birth_and_a_death(runner, tmp_path):
    article = (
        "Ali Bey (1881–1948) was a ruler of Tunis. He married Lalla Beya in October 1900. "
        "She was the mother of his children:\n\n"
        "Prince Omar Bey (1904-1938)\n\n"
        "Princess Lalla Farida (1911-?)\n"
    )
    assert drafted_events(runner, tmp_path, article) == [
        ("1881", "Ali Bey was born"),
        ("1948", "Ali Bey died"),
        ("1900-10", "Ali Bey married Lalla Beya"),  # ("He": the sentence before names him)
        ("1904", "Prince Omar Bey was born"),
        ("1938", "Prince Omar Bey died"),
        ("1911", "Princess Lalla Farida was born"),  # (the death not known)
    ]


# --- A day without its year takes the story's current year -----------------------------------------------

WAR = (
    "The Gorkha War (1814–1816) was fought between Nepal and the Company. "
    "The war ended with the signing of the Treaty of Sugauli in 1816.\n\n"
    "Siege of Nalapani\n\n"
    "The fort was placed under siege by the British between 31 October and 30 November 1814. "
    "The garrison held out for over a month.\n\n"
    "Siege of Jaithak\n\n"
    "Martindell occupied the town of Nahan on 27 December, and started his attack on the fort of Jaithak. "
    "By mid-February he had lost heart.\n\n"
    "Treaty\n\n"
    "The Treaty of Sugauli was ratified on 4 March 1816.\n"
)


def test_a_day_without_its_year_takes_the_year_of_the_scene_just_told_not_a_summarys():
    assert [(mention.text, mention.value) for mention in find_dates(WAR)] == [
        ("1814–1816", "1814/1816"),
        ("1816", "1816"),
        ("31 October", "1814-10-31"),
        ("30 November 1814", "1814-11-30"),
        ("27 December", "1814-12-27"),  # (the summary's 1816 and the range's end are no scene)
        ("mid-February", "1815-02"),
        ("4 March 1816", "1816-03-04"),
    ]


def test_a_jump_to_a_day_the_story_does_not_go_on_from_is_still_a_flashback():
    article = (
        "On 5 May 1863 Grant crossed the river. Grant married Julia Dent on 22 August 1848. "
        "On 7 May he marched inland. The city fell on 4 July 1863."
    )
    assert [mention.value for mention in find_dates(article)] == [
        "1863-05-05",
        "1848-08-22",
        "1863-05-07",
        "1863-07-04",
    ]


def test_the_same_year_is_the_year_last_told_though_sentences_came_between():
    article = (
        "Jovian (331 – 17 February 364) was Roman emperor from June 363 to February 364.\n\n"
        "Jovian was born at Singidunum in 331. He joined the guards and in this capacity in 361, escorted the "
        "remains of the emperor. Jovian was married to Charito.\n\n"
        "Jovian followed the Emperor Julian on the campaign of the same year against Shapur II.\n"
    )
    assert [(mention.text, mention.value) for mention in find_dates(article)][-2:] == [
        ("361", "0361"),
        ("the same year", "0361"),
    ]


def test_the_year_opening_a_sentence_dates_its_main_clause_past_a_while(runner, tmp_path):
    article = (
        "The Gorkha War (1814–1816) was fought between Nepal and the Company.\n\n"
        "In 1815, while British forces were campaigning in western Nepal, a Manchu official advanced to Lhasa; "
        "and the following year the Chinese army moved south again.\n"
    )
    assert drafted_events(runner, tmp_path, article)[1:] == [
        ("1815", "A Manchu official advanced to Lhasa"),
        ("1816", "The Chinese army moved south again"),
    ]


def test_a_death_told_at_a_sentences_end_is_dated_by_its_own_date(runner, tmp_path):
    article = (
        "Moncef Bey (4 March 1881 – 1 September 1948) was the Bey of Tunis.\n\n"
        "He was exiled to Laghouat in 1943. He was then moved to the small town of Ténès, in the north of the "
        "country and on 17 October 1945 he was moved again to Pau where he remained until his death on "
        "1 September 1948.\n"
    )
    assert drafted_events(runner, tmp_path, article)[2:] == [
        ("1943", "He was exiled to Laghouat"),
        ("1945-10-17", "He was moved again to Pau"),
        ("1948-09-01", "He remained in Pau until his death"),  # ("there": the place named before it)
    ]


def test_later_in_the_storys_year_runs_from_the_storys_date_to_the_years_end():
    article = (
        "The Treaty of Sugauli was ratified on 4 March 1816. Some lands were returned later in 1816. "
        "Later in 1817 the Resident arrived."
    )
    assert [(mention.text, mention.earliest, mention.latest) for mention in find_dates(article)] == [
        ("4 March 1816", "1816-03-04", "1816-03-04"),
        ("1816", "1816-03-04", "1816-12-31"),
        ("1817", "1817-01-01", "1817-12-31"),  # (the story was not in 1817 yet: the whole year)
    ]
