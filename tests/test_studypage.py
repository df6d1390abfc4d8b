"""`vlasov export --format html`: the one-file study page, read by a parser and used in a real browser
(Debian's Chromium driven by Playwright) with every network request blocked."""

from __future__ import annotations

import json
import os
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from conftest import invoke, write_bank

pytestmark = pytest.mark.slow  # real processes, terminals or a browser

CHROMIUM = Path("/usr/bin/chromium")
# Without the background-networking flags Chromium reaches out on its own (and a closed network refuses it).
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


class Outline(HTMLParser):
    """What the page is made of: its ids, in-page links, tags and attributes, and each script's text."""

    def __init__(self) -> None:
        super().__init__()
        self.ids: list[str] = []
        self.links: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        self.tags.append((tag, found))
        if found.get("id"):
            self.ids.append(str(found["id"]))
        if found.get("href"):
            self.links.append(str(found["href"]))
        if tag == "script":
            self._in_script = True
            self.scripts.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts[-1] += data


def outline(page: str) -> Outline:
    parsed = Outline()
    parsed.feed(page)
    parsed.close()
    return parsed


def export_page(runner, *args: str) -> str:
    result = invoke(runner, "export", "--format", "html", *args)
    assert result.exit_code == 0, result.stderr
    return result.stdout


def shipped_bank(runner) -> dict:
    result = invoke(runner, "export", "--format", "json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def answer_key(page: str) -> dict:
    match = re.search(r'<script type="application/json" id="vlasov-data">(.*?)</script>', page, re.DOTALL)
    assert match
    return json.loads(match.group(1))["questions"]


# The page as text: self-contained, every link leads somewhere, every quote to its paragraph.


def test_the_page_is_one_file_that_fetches_nothing(runner):
    page = export_page(runner)
    parsed = outline(page)
    assert page.startswith("<!DOCTYPE html>")
    assert not [attrs for _, attrs in parsed.tags if "src" in attrs]  # no script, image or frame from elsewhere
    assert [tag for tag, _ in parsed.tags if tag in ("link", "img", "iframe", "object", "embed")] == []
    assert not re.search(r"url\(|@import|https?://", page)
    assert [tag for tag, _ in parsed.tags].count("svg") >= 1


def test_every_in_page_link_has_a_target_and_ids_are_unique(runner):
    parsed = outline(export_page(runner))
    assert len(parsed.ids) == len(set(parsed.ids))
    assert all(link.startswith("#") for link in parsed.links)
    assert {link[1:] for link in parsed.links} <= set(parsed.ids)


def test_every_paragraph_is_numbered_and_every_quote_links_to_its_own(runner):
    bank = shipped_bank(runner)
    page = export_page(runner)
    parsed = outline(page)
    assert {f"p{paragraph['number']}" for paragraph in bank["paragraphs"]} >= {
        ident for ident in parsed.ids if re.fullmatch(r"p\d+", ident)
    }
    quoted = [(q["quote"], q["paragraph"]) for q in bank["questions"]]
    quoted += [(fact["quote"], fact["paragraph"]) for person in bank["people"] for fact in person["facts"]]
    quoted += [(term["quote"], term["paragraph"]) for term in bank["terms"]]
    quoted += [(event["quote"], event["paragraph"]) for event in bank["events"]]
    from html import escape

    for quote, number in quoted:
        assert f'<span class="qt">{escape(quote)}</span>” <a class="pl" href="#p{number}"' in page


def test_the_timeline_draws_every_event_once_and_marks_in_a_row_never_touch(runner):
    from vlasov_cli.features.studypage import CHART_WIDTH, MARK_GAP, timeline_rows
    from vlasov_cli.features.timeline import chart_axis, starting_counts
    from vlasov_cli.state.paths import default_bank_folder
    from vlasov_cli.state.store import load

    bank = shipped_bank(runner)
    marks = re.findall(r'<a class="mark (day|span|window)" href="#ev-([a-z0-9_-]+)"', export_page(runner))
    assert sorted(ident for _, ident in marks) == sorted(event["id"] for event in bank["events"])
    kinds = {ident: kind for kind, ident in marks}
    assert all((kinds[event["id"]] == "window") == event["approximate"] for event in bank["events"])

    events = load(default_bank_folder()).events
    axis = chart_axis(starting_counts(events), CHART_WIDTH)
    rows: dict[int, list[tuple[int, int]]] = {}
    for _, first, last, row in timeline_rows(list(events), axis):
        rows.setdefault(row, []).append((first, last))
    for spans in rows.values():
        assert all(end + MARK_GAP <= start for (_, end), (start, _) in zip(spans, spans[1:], strict=False))
    assert len(rows) < len(events) // 2  # (packed: rows are shared)


def test_year_labels_start_at_their_own_year_and_never_touch():
    from vlasov_cli.features.studypage import YEAR_ROOM, year_labels
    from vlasov_cli.features.timeline import chart_axis

    counts = {1900: 1, 1917: 2, 1918: 1, 1919: 0, 1941: 20, 1942: 40, 1943: 0, 1944: 0, 1945: 30}
    axis = chart_axis(counts, 1000)
    labels = year_labels(axis, counts)
    starts = {str(year): (start, size) for year, start, size in axis if year is not None}
    spans = []
    for x, anchor, text in labels:
        year = text if len(text) == 4 else "19" + text[1:]
        start, size = starts[year]
        room = YEAR_ROOM[0] if len(text) == 4 else YEAR_ROOM[1]
        assert (anchor, x) == (("middle", start + size / 2) if size >= room else ("start", start))
        spans.append((x - room / 2, x + room / 2) if anchor == "middle" else (x, x + room))
    assert labels[0][2] == "1900" and {"1941", "1942", "1945"} <= {text for _, _, text in labels}
    assert all(end <= following for (_, end), (following, _) in zip(spans, spans[1:], strict=False))


def test_the_answer_key_matches_the_shuffle_every_export_shows(runner):
    bank = shipped_bank(runner)
    key = answer_key(export_page(runner))
    assert set(key) == {question["id"] for question in bank["questions"]}
    for question in bank["questions"]:
        if question["type"] == "choice":
            assert question["choices"][key[question["id"]]["answer"]] == question["answer"]
        elif question["type"] == "truefalse":
            assert key[question["id"]]["answer"] == (question["answer"] == "true")


def test_a_bank_folder_gets_its_own_page_written_to_a_file(runner, small_bank, tmp_path):
    target = tmp_path / "lantern.html"
    result = invoke(runner, "export", "--format", "html", "-o", str(target), "--bank", str(small_bank))
    assert result.exit_code == 0, result.stderr
    page = target.read_text(encoding="utf-8")
    assert "<title>Lantern Society: study page</title>" in page
    assert 'id="person-petrova"' in page and 'id="ev-society-founded"' in page
    key = answer_key(page)
    assert key["q-founder"] == {"type": "choice", "answer": 0}  # "Anna Petrova" shuffles to A
    assert "A</span> <span>Anna Petrova</span>" in page


HOSTILE_PROMPT = 'Who wrote <script>alert("gotcha")</script> & signed </script><!-- it?'


@pytest.fixture
def hostile_bank(tmp_path: Path) -> Path:
    questions = f"""\
questions:
  - id: q-founder
    type: choice
    prompt: '{HOSTILE_PROMPT}'
    choices: ['Anna <b>Petrova</b>', Olga Ivanova & Co, Maria Sokolova]
    answer: 'Anna <b>Petrova</b>'
    quote: Anna Petrova founded the Lantern Society in Kazan
    topic: founding
"""
    return write_bank(tmp_path / "hostile", questions_yaml=questions)


def test_bank_text_is_escaped_and_cannot_end_the_data_block(runner, hostile_bank):
    page = export_page(runner, "--bank", str(hostile_bank))
    parsed = outline(page)
    assert "<script>alert" not in page and "<b>Petrova" not in page
    assert "&lt;script&gt;alert(&quot;gotcha&quot;)&lt;/script&gt; &amp; signed" in page
    assert [tag for tag, _ in parsed.tags].count("script") == 2  # the data and the page's own script
    data = parsed.scripts[0]
    assert "</" not in data and "<!--" not in data
    assert json.loads(data)["questions"]["q-founder"]["type"] == "choice"


# In a real browser.


@pytest.fixture(scope="module")
def browser():
    """Debian's Chromium through Playwright; skipped when either is missing, unless
    VLASOV_REQUIRE_BROWSER=1 (as in CI), where a missing browser fails."""
    required = os.environ.get("VLASOV_REQUIRE_BROWSER") == "1"
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        if required:
            pytest.fail("VLASOV_REQUIRE_BROWSER=1 but Playwright is not installed (pip install -e '.[test]')")
        pytest.skip("Playwright is not installed (it comes with the test extra)")
    if not CHROMIUM.exists():
        if required:
            pytest.fail(f"VLASOV_REQUIRE_BROWSER=1 but {CHROMIUM} is missing (apt-get install chromium)")
        pytest.skip(f"no browser: {CHROMIUM} is missing (apt-get install chromium)")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture(scope="module")
def shipped_page(tmp_path_factory) -> Path:
    """The shipped bank's page, exported once for the browser tests (with a VLASOV_HOME of its own)."""
    from typer.testing import CliRunner

    folder = tmp_path_factory.mktemp("studypage")
    target = folder / "vlasov.html"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("VLASOV_HOME", str(folder / "home"))
        result = invoke(CliRunner(), "export", "--format", "html", "-o", str(target))
    assert result.exit_code == 0, result.stderr
    return target


class Visit:
    """One page opened in a fresh browser context, every request other than the page's own file
    recorded and refused."""

    def __init__(self, browser, path: Path, width: int = 1280, height: int = 900) -> None:
        self.url = path.as_uri()
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.context = browser.new_context(viewport={"width": width, "height": height}, reduced_motion="reduce")
        self.context.on("request", lambda request: self.requests.append(request.url))
        self.context.route(re.compile(r"^(?!file:).*"), lambda route: route.abort())
        self.context.set_default_timeout(5000)
        self.page = self.context.new_page()
        self.page.on("dialog", lambda dialog: (self.dialogs.append(dialog.message), dialog.dismiss()))
        self.page.goto(self.url)

    def foreign_requests(self) -> list[str]:
        return [url for url in self.requests if url.split("#")[0] != self.url]

    def question(self, question_id: str):
        return self.page.locator(f"#quiz-{question_id}")

    def score(self) -> tuple[str, str]:
        return self.page.inner_text("#score-right"), self.page.inner_text("#score-answered")

    def in_view(self, selector: str) -> bool:
        return self.page.eval_on_selector(
            selector, "e => { const r = e.getBoundingClientRect(); return r.top >= 0 && r.top < innerHeight; }"
        )

    def arrive(self, target: str) -> None:
        """Follow a link to #target (as from a bookmark): the page focuses it."""
        self.page.goto(f"{self.url}#{target}")
        self.page.wait_for_function(f"document.activeElement.id === {json.dumps(target)}")


@pytest.fixture
def visit(browser, shipped_page):
    opened = Visit(browser, shipped_page)
    yield opened
    assert opened.foreign_requests() == []
    opened.context.close()


def first(bank: dict, kind: str, skip: int = 0) -> dict:
    return [question for question in bank["questions"] if question["type"] == kind][skip]


def test_choices_are_checked_and_the_quote_is_shown(runner, visit):
    bank = shipped_bank(runner)
    right, wrong = first(bank, "choice"), first(bank, "choice", 1)
    question = visit.question(right["id"])
    assert question.locator(".after").is_hidden()
    question.locator(".choice").nth(right["choices"].index(right["answer"])).click()
    assert question.locator(".verdict").inner_text() == "Right!"
    assert right["quote"] in question.locator(".after .quote").inner_text()
    assert question.locator(".after .pl").get_attribute("href") == f"#p{right['paragraph']}"
    assert visit.score() == ("1", "1")

    question = visit.question(wrong["id"])
    mistake = next(index for index, choice in enumerate(wrong["choices"]) if choice != wrong["answer"])
    question.locator(".choice").nth(mistake).click()
    assert question.locator(".verdict").inner_text().startswith("Not right: the answer is ")
    assert wrong["answer"] in question.locator(".verdict").inner_text()
    assert "right" in question.locator(".choice").nth(wrong["choices"].index(wrong["answer"])).get_attribute("class")
    assert wrong["quote"] in question.locator(".after").inner_text()
    assert question.locator(".choice").nth(mistake).is_disabled()  # (aria-disabled: answered, no second try)
    question.locator(".choice").nth(wrong["choices"].index(wrong["answer"])).click(force=True)
    assert visit.score() == ("1", "2")


def test_true_false_order_and_reveal(runner, visit):
    bank = shipped_bank(runner)
    truefalse = first(bank, "truefalse")
    question = visit.question(truefalse["id"])
    question.locator(f'.choice[data-value="{truefalse["answer"]}"]').click()
    assert question.locator(".verdict").inner_text() == "Right!"
    assert truefalse["quote"] in question.locator(".after").inner_text()

    order = first(bank, "order")
    question = visit.question(order["id"])
    for position, wanted in enumerate(order["items"]):  # bring each item up to its place with ↑
        items = question.locator(".order .item").all_inner_texts()
        for _ in range(items.index(wanted) - position):
            question.locator(".order li", has_text=wanted).locator(".up").click()
    assert question.locator(".order .item").all_inner_texts() == order["items"]
    question.locator(".check").click()
    assert question.locator(".verdict").inner_text() == "Right: that is the order."
    assert order["quote"] in question.locator(".after").inner_text()

    unordered = first(bank, "order", 1)
    question = visit.question(unordered["id"])
    assert question.locator(".order .item").all_inner_texts() != unordered["items"]  # (shown shuffled)
    question.locator(".check").click()
    assert question.locator(".verdict").inner_text().startswith("Not right: the order is ")

    typed = first(bank, "date")
    question = visit.question(typed["id"])
    question.locator("input").fill("1917")
    question.locator(".reveal").click()
    assert question.locator(".verdict").inner_text().startswith("The answer: ")
    assert typed["quote"] in question.locator(".after").inner_text()
    assert visit.score() == ("2", "3")  # a reveal counts only once the learner says how it went
    question.locator(".missed").click()
    assert visit.score() == ("2", "4")


def test_keyboard_alone_answers_a_choice_and_moves_an_order_item(runner, visit):
    bank = shipped_bank(runner)
    choice = first(bank, "choice")
    visit.arrive(f"quiz-{choice['id']}")
    for _ in range(choice["choices"].index(choice["answer"]) + 1):
        visit.page.keyboard.press("Tab")
    focused = visit.page.evaluate(
        "[document.activeElement.className, getComputedStyle(document.activeElement).outlineStyle]"
    )
    assert focused == ["choice", "solid"]  # a real button, with a visible focus ring
    visit.page.keyboard.press("Enter")
    question = visit.question(choice["id"])
    assert question.locator(".verdict").inner_text() == "Right!"

    truefalse = first(bank, "truefalse", 1)
    visit.arrive(f"quiz-{truefalse['id']}")
    visit.page.keyboard.press("Tab")
    visit.page.keyboard.press("Space")  # True
    verdict = visit.question(truefalse["id"]).locator(".verdict").inner_text()
    assert verdict == ("Right!" if truefalse["answer"] == "true" else "Not right: the answer is False.")

    order = first(bank, "order", 2)
    visit.arrive(f"quiz-{order['id']}")
    question = visit.question(order["id"])
    before = question.locator(".order .item").all_inner_texts()
    for _ in range(2):  # the first item's ↑, then its ↓
        visit.page.keyboard.press("Tab")
    visit.page.keyboard.press("Enter")
    after = question.locator(".order .item").all_inner_texts()
    assert after == [before[1], before[0], *before[2:]]
    assert visit.page.evaluate("document.activeElement.getAttribute('aria-label')") == f"Move down: {before[0]}"
    assert question.locator(".verdict").inner_text() == f"{before[0]}: now 2 of {len(before)}."


def test_a_timeline_mark_leads_to_its_event(runner, visit):
    event = shipped_bank(runner)["events"][0]
    visit.page.locator(f'a.mark[href="#ev-{event["id"]}"]').click()
    assert visit.page.evaluate("location.hash") == f"#ev-{event['id']}"
    visit.page.wait_for_function(f"document.activeElement.id === 'ev-{event['id']}'")
    assert visit.in_view(f"#ev-{event['id']}")
    assert event["title"] in visit.page.inner_text(f"#ev-{event['id']}")


def test_a_person_is_shown_with_quotes_and_a_quote_link_targets_its_paragraph(runner, visit):
    bank = shipped_bank(runner)
    person = next(person for person in bank["people"] if len(person["facts"]) > 1)
    visit.page.locator(f'#events a[href="#person-{person["id"]}"]').first.click()
    visit.page.wait_for_function(f"document.activeElement.id === 'person-{person['id']}'")
    card = visit.page.locator(f"#person-{person['id']}")
    assert card.locator("h3").inner_text() == person["name"]
    quotes = card.locator(".facts .quote .qt").all_inner_texts()
    assert quotes == [fact["quote"] for fact in person["facts"]]

    fact = person["facts"][1]
    card.locator(".facts li").nth(1).locator(".pl").click()
    assert visit.page.evaluate("location.hash") == f"#p{fact['paragraph']}"
    visit.page.wait_for_function(f"document.activeElement.id === 'p{fact['paragraph']}'")
    assert visit.in_view(f"#p{fact['paragraph']}")
    assert visit.page.inner_text(f"#p{fact['paragraph']} mark.quoted") == fact["quote"]


@pytest.mark.parametrize("width", [390, 1280])
def test_no_sideways_scrolling_at_a_phones_width_or_a_desktops(browser, shipped_page, width):
    opened = Visit(browser, shipped_page, width=width, height=844)
    try:
        assert opened.page.evaluate("document.documentElement.scrollWidth") <= width
        # The timeline keeps its picture readable by scrolling inside its own frame.
        assert opened.page.eval_on_selector(".scroller svg", "e => e.getBoundingClientRect().width") >= min(width, 700)
        assert opened.foreign_requests() == []
    finally:
        opened.context.close()


def test_hostile_bank_text_shows_as_text_in_the_browser(runner, browser, hostile_bank, tmp_path):
    target = tmp_path / "hostile.html"
    result = invoke(runner, "export", "--format", "html", "-o", str(target), "--bank", str(hostile_bank))
    assert result.exit_code == 0, result.stderr
    opened = Visit(browser, target)
    try:
        question = opened.question("q-founder")
        assert question.locator(".prompt").inner_text() == f"1. {HOSTILE_PROMPT}"
        assert question.locator(".choice", has_text="Petrova").inner_text().endswith("Anna <b>Petrova</b>")
        question.locator(".choice", has_text="Petrova").click()
        assert question.locator(".verdict").inner_text() == "Right!"
        assert opened.dialogs == [] and opened.foreign_requests() == []
    finally:
        opened.context.close()


def test_the_quiz_shows_one_topic_and_hides_what_is_answered(runner, visit):
    bank = shipped_bank(runner)
    topics = list(dict.fromkeys(question["topic"] for question in bank["questions"]))
    visit.page.select_option("#topic-filter", topics[1])
    shown = visit.page.locator("#quiz .topic:visible")
    assert shown.count() == 1 and shown.get_attribute("data-topic") == topics[1]
    visit.page.select_option("#topic-filter", "")
    assert visit.page.locator("#quiz .topic:visible").count() == len(topics)

    truefalse = first(bank, "truefalse")
    visit.question(truefalse["id"]).locator('.choice[data-value="true"]').click()
    visit.page.check("#hide-done")
    assert visit.question(truefalse["id"]).is_hidden()
    assert visit.question(first(bank, "truefalse", 1)["id"]).is_visible()
    visit.page.uncheck("#hide-done")
    assert visit.question(truefalse["id"]).is_visible()
