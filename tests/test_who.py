"""`vlasov who`: exact, case, accent and typo variants, ambiguity, no match, JSON contract."""

from __future__ import annotations

import json

import pytest
from conftest import invoke

PERSON_KEYS = {"id", "name", "aliases", "role", "facts", "events", "related"}


@pytest.mark.parametrize(
    "query",
    ["Bunyachenko", "bunyachenko", "BUNYACHENKO", "Bunjachenko", "Bunyachenk", "Sergei Bunyachenko", "Búnyachenko"],
)
def test_variants_find_bunyachenko(runner, query):
    result = invoke(runner, "who", query, "--json")
    assert result.exit_code == 0, result.stderr
    payload = json.loads(result.stdout)
    assert payload["query"] == query
    assert [match["id"] for match in payload["matches"]] == ["bunyachenko"]


def test_json_contract(runner):
    payload = json.loads(invoke(runner, "who", "Bunyachenko", "--json").stdout)
    match = payload["matches"][0]
    assert set(match) == PERSON_KEYS
    assert match["name"] == "Sergei Bunyachenko"
    assert all(set(fact) == {"text", "quote", "paragraph"} for fact in match["facts"])
    assert all(isinstance(fact["paragraph"], int) and fact["paragraph"] > 0 for fact in match["facts"])
    assert all({"id", "date", "title"} <= set(event) for event in match["events"])
    dates = [event["date"] for event in match["events"]]
    assert dates == sorted(dates, key=lambda d: d[:4])
    assert "vlasov" in {other["id"] for other in match["related"]}


def test_rich_view_shows_role_facts_quotes_and_events(runner):
    result = invoke(runner, "who", "Bunyachenko")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].startswith("Sergei Bunyachenko — ")
    assert "Facts" in lines and "Events" in lines
    assert "“Two other generals, Sergei Bunyachenko and Georgi Zverev, were tasked with" in result.stdout
    assert "¶40" in result.stdout
    assert "\x1b[" not in result.stdout


@pytest.mark.parametrize("query", ["Vlasov", "vlasov", "Andrei Vlasov", "General Vlasov", "Vlásov", "Vlasow"])
def test_vlasov_variants(runner, query):
    payload = json.loads(invoke(runner, "who", query, "--json").stdout)
    assert [match["id"] for match in payload["matches"]] == ["vlasov"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Strik-Strikfeldt", "strik-strikfeldt"),
        ("strikfeldt", "strik-strikfeldt"),
        ("Chiang", "chiang-kai-shek"),
        ("Mao", "mao-tse-tung"),
        ("von Rundstedt", "von-rundstedt"),
        ("Stauffenberg", "stauffenberg"),
        ("Heinrich Himmler", "himmler"),
        ("Meretskov", "meretskov"),
        ("Meretzkov", "meretskov"),
        ("Deac", "deac"),
    ],
)
def test_other_people(runner, query, expected):
    payload = json.loads(invoke(runner, "who", query, "--json").stdout)
    assert [match["id"] for match in payload["matches"]] == [expected]


@pytest.mark.parametrize(
    "query", ["Smith", "Napoleon", "Churchill", "Roosevelt", "Zhukov", "Molotov", "Goebbels", "Beria", "Eisenhower"]
)
def test_names_of_nobody_in_the_article_find_nobody(runner, query):
    result = invoke(runner, "who", query)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.startswith(f"error: no person matches '{query}'")


def test_no_match_suggests_close_names(runner):
    result = invoke(runner, "who", "Kanef")
    assert result.exit_code == 1
    assert result.stderr == "error: no person matches 'Kanef'; did you mean 'Ivan Konev'?\n"


def test_ambiguous_query_lists_candidates(runner):
    result = invoke(runner, "who", "General")
    assert result.exit_code == 0
    assert result.stdout.startswith("'General' matches ")
    assert "be more specific" in result.stdout
    payload = json.loads(invoke(runner, "who", "General", "--json").stdout)
    ids = {match["id"] for match in payload["matches"]}
    assert {"vlasov", "bunyachenko"} <= ids


def test_no_name_lists_everyone(runner):
    result = invoke(runner, "who")
    assert result.exit_code == 0
    for name in ("Sergei Bunyachenko", "Ivan Konev", "Wil Deac", "Chiang Kai-shek"):
        assert name in result.stdout
    payload = json.loads(invoke(runner, "who", "--json").stdout)
    assert len(payload["matches"]) == 20


def test_narrow_terminal_keeps_lines_within_40_columns(runner, monkeypatch):
    monkeypatch.setenv("COLUMNS", "40")
    result = invoke(runner, "who", "Bunyachenko")
    assert result.exit_code == 0
    assert max(len(line) for line in result.stdout.splitlines()) <= 40


def test_notes_show_how_each_event_is_dated(runner, monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    plain = invoke(runner, "who", "Himmler")
    noted = invoke(runner, "who", "Himmler", "--notes")
    assert plain.exit_code == noted.exit_code == 0
    assert "the open letter of March 1943" not in plain.stdout.replace("\n", " ")
    assert "Not dated: after Vlasov's outspoken visits" in noted.stdout
    record = json.loads(invoke(runner, "who", "Himmler", "--json").stdout)["matches"][0]
    assert record["events"][0]["note"].startswith("Not dated: after Vlasov's outspoken visits")
    assert all(set(event) == {"id", "date", "label", "title", "note"} for event in record["events"])
    lines = plain.stdout.splitlines()
    for event in record["events"]:  # each date whole on one line, beside its event
        assert any(line.startswith(f"  {event['label']}  ") and event["title"].split()[0] in line for line in lines)


def test_a_terms_name_given_to_who_points_to_what_and_back(runner):
    who = invoke(runner, "who", "KONR")
    assert (who.exit_code, who.stderr) == (1, "error: no person matches 'KONR', but a term does: vlasov what KONR\n")
    what = invoke(runner, "what", "Vlasov")
    assert (what.exit_code, what.stderr) == (
        1,
        "error: no term matches 'Vlasov', but a person does: vlasov who Vlasov\n",
    )


def test_a_person_is_called_by_the_alias_that_is_one_word_of_their_name(runner):
    result = invoke(runner, "timeline", "--person", "Chiang")
    assert result.exit_code == 0
    assert "Chiang)" in result.stdout.replace("\n", " ") and "Kai-shek)" not in result.stdout


def test_output_into_a_pipe_has_no_trailing_spaces(runner):
    for command in (["who"], ["timeline", "--year", "1942"], ["stats"], ["search", "Prague"], ["what"]):
        result = invoke(runner, *command)
        assert result.exit_code == 0
        assert [line for line in result.stdout.splitlines() if line != line.rstrip()] == []


def test_a_long_record_shows_its_first_facts_and_events_and_says_how_to_see_all(runner, monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    compact = invoke(runner, "who", "Vlasov").stdout
    limited = invoke(runner, "who", "Vlasov", "--limit", "3").stdout
    full = invoke(runner, "who", "Vlasov", "--full").stdout
    record = json.loads(invoke(runner, "who", "Vlasov", "--json").stdout)["matches"][0]
    facts, events = len(record["facts"]), len(record["events"])
    assert f"… {facts - 10} more facts: vlasov who Vlasov --full" in compact
    assert f"… {events - 10} more events: vlasov who Vlasov --full" in compact
    assert f"… {facts - 3} more facts" in limited
    assert "more facts" not in full and full.count("  • ") == facts
    assert len(compact.splitlines()) < 100 < len(full.splitlines())


@pytest.mark.slow
def test_long_views_page_at_a_terminal_and_never_in_a_pipe(tmp_path):
    import pexpect
    from processes import run_vlasov, spawn_vlasov

    pager = {"PAGER": "sed s/^/PAGED:/"}
    shown = {}
    for args in (["who", "Bunyachenko"], ["--no-pager", "who", "Bunyachenko"]):
        child = spawn_vlasov(tmp_path, *args, variables=pager)
        child.expect(pexpect.EOF)
        shown[args[0]] = child.before
    lines = shown["who"].splitlines()
    assert all(line.startswith("PAGED:") for line in lines) and any("Facts" in line for line in lines)
    assert "PAGED:" not in shown["--no-pager"] and "Facts" in shown["--no-pager"]
    piped = run_vlasov(tmp_path, "who", "Bunyachenko", variables=pager, text=True)
    assert "PAGED:" not in piped.stdout and "Facts" in piped.stdout
