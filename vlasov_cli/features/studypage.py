"""The study page: one self-contained HTML file (`vlasov export --format html`) that works offline from
a USB stick: the timeline drawn as an inline SVG picture, people and terms with their quotes, a
self-check quiz, and the article with numbered paragraphs that every quote links to (¶12).

Pure logic: builds the text and never prints. No template engine: every piece of bank text goes
through `html.escape`, and what the page's script needs (the answer key) travels as JSON in a
<script type="application/json"> block with every "<" escaped, so no bank text can end the block.
The CSS and script (studypage.css and studypage.js beside this module) are inlined and fetch nothing.
"""

from __future__ import annotations

from html import escape
from typing import Any

from vlasov_cli.core.bank import Bank
from vlasov_cli.core.model import Event, Question, Term
from vlasov_cli.core.records import Paragraph
from vlasov_cli.core.text import letters
from vlasov_cli.features.answers import display_answer, lettered_answer, options
from vlasov_cli.features.lookup import paragraphs
from vlasov_cli.features.timeline import Axis, axis_column, chart_axis, starting_counts

# The timeline picture, in SVG user units (it scales to the page's width).
CHART_WIDTH = 1000
LANE = 13  # height of one row of points and bars
WINDOW_LANE = 6  # height of one row of windows (thinner bars: there are many, and they overlap)
AXIS_ROOM = 34  # below the marks: the axis line, ticks and year labels
MARK_GAP = 5  # least room between two marks in one row
EDGE = 6  # room either side of the axis, for a dot on its first or last day
YEAR_ROOM = (27, 17)  # width of a year's label: "1942", "’42"
BIG_CARD = 12  # facts: a person with more gets the page's whole width, the facts in columns
_KINDS = (("day", "a day"), ("span", "a month, season or year"), ("window", "one day somewhere in a window"))


def study_page(bank: Bank) -> str:
    """The whole page, as text."""
    page = _Page(bank, paragraphs(bank).paragraphs)
    title = escape(bank.title)
    byline = f" by {escape(bank.author)}" if bank.author else ""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="vlasov">
<title>{title}: study page</title>
<style>{_asset("studypage.css")}</style>
</head>
<body>
<a class="skip" href="#quiz">Skip to the quiz</a>
<header class="top">
<div class="wrap">
<p class="kicker">Study page</p>
<h1>{title}</h1>
{f'<p class="byline">By {escape(bank.author)}</p>' if bank.author else ""}
<p class="about">{page.summary()}</p>
<nav aria-label="Sections"><ul>
{page.navigation()}
</ul></nav>
</div>
</header>
<main>
{page.timeline_section()}
{page.people_section()}
{page.terms_section()}
{page.quiz_section()}
{page.article_section()}
</main>
<footer class="wrap"><p>Made by vlasov from “{title}”{byline}. One file, no network: it works offline.</p></footer>
<script type="application/json" id="vlasov-data">{script_json(answer_key(bank))}</script>
<script>{_asset("studypage.js")}</script>
</body>
</html>
"""


def script_json(data: Any) -> str:
    """JSON safe inside a <script> element: no "</script>" or "<!--" can appear, as every "<" is escaped."""
    import json

    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")


def answer_key(bank: Bank) -> dict[str, Any]:
    """What the page's script checks answers against, by question id: the index of the right choice
    (among `options`), true or false, or an order question's shown items as indexes, in time order."""
    key: dict[str, Any] = {}
    for question in bank.questions:
        shown = options(question)
        if question.type == "choice":
            key[question.id] = {"type": "choice", "answer": shown.index(question.answer)}
        elif question.type == "truefalse":
            key[question.id] = {"type": "truefalse", "answer": display_answer(question) == "True"}
        elif question.type == "order":
            key[question.id] = {"type": "order", "answer": [shown.index(item) for item in question.items]}
        else:
            key[question.id] = {"type": question.type}
    return {"questions": key}


def mark_kind(event: Event) -> str:
    """How the timeline draws an event: a point for a day, a bar for a month, season or year, and a
    pale bar for one day somewhere in a window."""
    return "window" if event.approximate else "day" if event.precision == "day" else "span"


def timeline_rows(events: list[Event], axis: Axis) -> list[tuple[Event, int, int, int]]:
    """Per event, (event, first x, last x, row): each event in the first row where it does not touch
    the mark before it."""
    rows: list[int] = []  # the last x taken in each row
    marks = []
    for event in events:
        first = axis_column(axis, event.earliest)
        last = max(axis_column(axis, event.latest), first)
        if mark_kind(event) == "day":
            first, last = first - 4, first + 4  # (a dot's room)
        row = next((index for index, end in enumerate(rows) if end + MARK_GAP <= first), None)
        if row is None:
            rows.append(last)
            row = len(rows) - 1
        rows[row] = last
        marks.append((event, first, last, row))
    return marks


def year_labels(axis: Axis, counts: dict[int, int]) -> list[tuple[float, str, str]]:
    """(x, text-anchor, text) of the axis's year labels that fit without touching: centred in a year
    wide enough for it, else from the year's tick ("1918", or "’18"); the first year first, then the
    wide ones, then those with more events."""
    taken: list[tuple[float, float]] = []
    labels = []
    named = [(year, start, size) for year, start, size in axis if year is not None]
    wide = [(year, start, size) for year, start, size in named if size >= YEAR_ROOM[0]]
    narrow = sorted(set(named[1:]) - set(wide), key=lambda segment: (-counts.get(segment[0], 0), segment[1]))
    for year, start, size in [named[0], *wide, *narrow]:
        for text, room in ((str(year), YEAR_ROOM[0]), (f"’{year % 100:02}", YEAR_ROOM[1])):
            left = start + size / 2 - room / 2 if size >= room else start
            if left + room <= CHART_WIDTH + EDGE and all(
                left + room + 2 <= low or left >= high + 2 for low, high in taken
            ):
                taken.append((left, left + room))
                labels.append((left + room / 2, "middle", text) if size >= room else (start, "start", text))
                break
    return sorted(labels)


class _Page:
    """The sections of one bank's page."""

    def __init__(self, bank: Bank, article: tuple[Paragraph, ...]) -> None:
        self.bank = bank
        self.article = article  # the paragraphs the article section shows (a web page's own links left out)
        self.shown = {paragraph.number for paragraph in article}

    def summary(self) -> str:
        bank = self.bank
        counts = [
            (len(bank.events), "event", "events"),
            (len(bank.people), "person", "people"),
            (len(bank.terms), "term", "terms"),
            (len(bank.questions), "question", "questions"),
            (len(self.shown), "paragraph", "paragraphs"),
        ]
        told = ", ".join(f"{count} {one if count == 1 else many}" for count, one, many in counts)
        return f"{told}. Every quote links to its paragraph (¶) in the article."

    def navigation(self) -> str:
        sections = [("timeline", "Timeline", True), ("people", "People", bool(self.bank.people))]
        sections += [("terms", "Terms", bool(self.bank.terms)), ("quiz", "Quiz", True), ("article", "Article", True)]
        return "".join(f'<li><a href="#{target}">{name}</a></li>' for target, name, present in sections if present)

    def paragraph_link(self, number: int) -> str:
        if not number:
            return ""
        if number not in self.shown:
            return f'<span class="pl">¶{number}</span>'
        return f'<a class="pl" href="#p{number}" aria-label="paragraph {number}">¶{number}</a>'

    def quote(self, text: str, number: int) -> str:
        """A quote from the source with its ¶ link (the script marks the quote in the paragraph)."""
        return f'<p class="quote">“<span class="qt">{escape(text)}</span>” {self.paragraph_link(number)}</p>'

    # Timeline

    def timeline_section(self) -> str:
        events = self.bank.events
        if not events:
            return (
                '<section id="timeline" class="wrap" tabindex="-1"><h2>Timeline</h2><p>No dated events.</p></section>'
            )
        items = "\n".join(self.event_item(event) for event in events)
        return f"""<section id="timeline" class="wrap" aria-labelledby="timeline-h" tabindex="-1">
<h2 id="timeline-h">Timeline</h2>
<p class="hint">Each mark is an event: choose one to read it below. Years crowded with events get more room;
years without any are folded (//).</p>
<a class="skip-inline" href="#events">Skip the picture</a>
<figure class="chart">
<div class="scroller" tabindex="0" role="group" aria-label="Timeline picture, scrolls sideways">
{self.chart(events)}
</div>
<figcaption>{self.legend(events)}</figcaption>
</figure>
<h3 id="events-h">Events in time order</h3>
<ol class="events" id="events" tabindex="-1" aria-labelledby="events-h">
{items}
</ol>
</section>"""

    def chart(self, events: tuple[Event, ...]) -> str:
        """The picture: events dated to a day, month, season or year in the upper band, those dated
        to one day somewhere in a window (thinner) in the lower, over one axis."""
        axis = chart_axis(starting_counts(events), CHART_WIDTH)
        precise = timeline_rows([event for event in events if not event.approximate], axis)
        vague = timeline_rows([event for event in events if event.approximate], axis)
        precise_rows = max((row for *_, row in precise), default=-1) + 1
        vague_top = precise_rows * LANE + (8 if precise and vague else 2)
        base = vague_top + (max((row for *_, row in vague), default=-1) + 1) * WINDOW_LANE + 4
        height = base + AXIS_ROOM
        parts = [
            f'<svg class="timeline" viewBox="-{EDGE} 0 {CHART_WIDTH + 2 * EDGE} {height}" width="{CHART_WIDTH}" '
            f'height="{height}" '
            f'role="group" aria-labelledby="chart-title"><title id="chart-title">{_events(len(events))} from '
            f"{events[0].year} to {max(event.years[-1] for event in events)}</title>"
        ]
        named = [(start, size) for year, start, size in axis if year is not None]
        for index, (start, size) in enumerate(named):
            band = "band odd" if index % 2 else "band"
            parts.append(f'<rect class="{band}" x="{start}" y="0" width="{size}" height="{base}"/>')
        if precise and vague:
            line = vague_top - 4
            parts.append(f'<line class="divide" x1="0" y1="{line}" x2="{CHART_WIDTH}" y2="{line}"/>')
        parts.append(self.axis(axis, base, starting_counts(events)))
        for event, first, last, row in precise:
            parts.append(self.mark(event, first, last, 2 + row * LANE, 8))
        for event, first, last, row in vague:
            parts.append(self.mark(event, first, last, vague_top + row * WINDOW_LANE, 4))
        parts.append("</svg>")
        return "".join(parts)

    def axis(self, axis: Axis, base: int, counts: dict[int, int]) -> str:
        parts = [f'<line class="axis" x1="0" y1="{base}" x2="{CHART_WIDTH}" y2="{base}"/>']
        for year, start, size in axis:
            if year is None:  # a folded run of empty years: a break in the axis
                middle = start + size / 2
                parts.append(
                    f'<path class="fold" d="M{middle - 4:g} {base + 5} l4 -10 M{middle:g} {base + 5} l4 -10"/>'
                )
            else:
                parts.append(f'<line class="tick" x1="{start}" y1="{base}" x2="{start}" y2="{base + 4}"/>')
        for x, anchor, text in year_labels(axis, counts):
            parts.append(f'<text class="year" x="{x:g}" y="{base + 17}" text-anchor="{anchor}">{text}</text>')
        return "".join(parts)

    def mark(self, event: Event, first: int, last: int, top: int, thick: int) -> str:
        kind = mark_kind(event)
        name = escape(f"{event.date_label()}: {event.title}")
        if kind == "day":
            shape = f'<circle cx="{(first + last) / 2:g}" cy="{top + 5}" r="4.5"/>'
        else:
            width = max(3, last - first + 1)
            shape = f'<rect x="{first}" y="{top + 1}" width="{width}" height="{thick}" rx="{thick / 4:g}"/>'
        link = f'<a class="mark {kind}" href="#ev-{escape(event.id)}" aria-label="{name}">'
        return f"{link}<title>{name}</title>{shape}</a>"

    def legend(self, events: tuple[Event, ...]) -> str:
        kinds = {mark_kind(event) for event in events}
        bar = '<svg viewBox="0 0 24 12" aria-hidden="true"><rect x="1" y="{}" width="22" height="{}" rx="2"/></svg>'
        swatches = {
            "day": '<svg viewBox="0 0 12 12" aria-hidden="true"><circle cx="6" cy="6" r="4.5"/></svg>',
            "span": bar.format(2, 8),
            "window": bar.format(4, 4),
        }
        items = [f'<span class="key {kind}">{swatches[kind]} {name}</span>' for kind, name in _KINDS if kind in kinds]
        if any(event.approximate for event in events):
            items.append('<span class="key">~ before a date: one day somewhere in a window</span>')
        inferred = next((event for event in events if event.inferred), None)
        if inferred:  # (an example year from this bank)
            items.append(f'<span class="key">[{inferred.year}]: year known from context</span>')
        return " ".join(items)

    def event_item(self, event: Event) -> str:
        people = ", ".join(
            f'<a href="#person-{escape(person_id)}">{escape(self.bank.person(person_id).name)}</a>'
            for person_id in event.people
        )
        who = f'<p class="who">{people}</p>' if people else ""
        proof = ""
        if event.note or event.date_quote:
            inner = f"<p>{escape(event.note)}</p>" if event.note else ""
            if event.date_quote:
                inner += self.quote(event.date_quote, event.date_paragraph)
            if event.label and event.label != event.when():
                inner = f"<p>The article: “{escape(event.label)}”.</p>" + inner
            proof = f"<details><summary>How the date is known</summary>{inner}</details>"
        return (
            f'<li id="ev-{escape(event.id)}" tabindex="-1" class="event {mark_kind(event)}">'
            f'<p class="when">{escape(event.date_label())}</p><div class="what"><p class="title">'
            f"{escape(event.title)}</p>{who}{self.quote(event.quote, event.paragraph)}{proof}</div></li>"
        )

    # People and terms

    def people_section(self) -> str:
        if not self.bank.people:
            return ""
        index = " ".join(
            f'<a href="#person-{escape(person.id)}">{escape(person.name)}</a>' for person in self.bank.people
        )
        cards = "\n".join(self.person_card(person.id) for person in self.bank.people)
        return f"""<section id="people" class="wrap" aria-labelledby="people-h" tabindex="-1">
<h2 id="people-h">People</h2>
<p class="index">{index}</p>
<div class="cards">
{cards}
</div>
</section>"""

    def person_card(self, person_id: str) -> str:
        person = self.bank.person(person_id)
        others = [alias for alias in person.aliases if alias != person.name]
        also = f'<p class="aka">Also: {escape(", ".join(others))}</p>' if others else ""
        facts = "".join(
            f'<li><p class="fact">{escape(fact.text)}</p>{self.quote(fact.quote, fact.paragraph)}</li>'
            for fact in person.facts
        )
        events = self.bank.events_of(person_id)
        dated = ""
        if events:
            links = "".join(
                f'<li><a href="#ev-{escape(event.id)}">{escape(event.date_label())}: {escape(event.title)}</a></li>'
                for event in events
            )
            dated = f"<details><summary>{_events(len(events))} on the timeline</summary><ul>{links}</ul></details>"
        big = " big" if len(person.facts) > BIG_CARD else ""
        return (
            f'<article class="card person{big}" id="person-{escape(person.id)}" tabindex="-1" '
            f'aria-labelledby="person-{escape(person.id)}-h"><h3 id="person-{escape(person.id)}-h">'
            f'{escape(person.name)}</h3><p class="role">{escape(person.role)}</p>{also}'
            f'<ul class="facts">{facts}</ul>{dated}</article>'
        )

    def terms_section(self) -> str:
        if not self.bank.terms:
            return ""
        cards = "\n".join(self.term_card(term) for term in self.bank.terms)
        return f"""<section id="terms" class="wrap" aria-labelledby="terms-h" tabindex="-1">
<h2 id="terms-h">Terms</h2>
<div class="terms">
{cards}
</div>
</section>"""

    def term_card(self, term: Term) -> str:
        others = [alias for alias in term.aliases if alias != term.name]
        also = f'<p class="aka">Also: {escape(", ".join(others))}</p>' if others else ""
        return (
            f'<article class="card term" id="term-{escape(term.id)}" tabindex="-1">'
            f'<h3>{escape(term.name)} <span class="kind">{escape(term.kind)}</span></h3>{also}'
            f"<p>{escape(term.description)}</p>{self.quote(term.quote, term.paragraph)}</article>"
        )

    # Quiz

    def quiz_section(self) -> str:
        questions = self.bank.questions
        by_topic: dict[str, list[Question]] = {}  # topics in the order they first come, numbered as shown
        for question in questions:
            by_topic.setdefault(question.topic, []).append(question)
        filters = "".join(
            f'<option value="{escape(topic)}">{escape(_topic_title(topic))} ({len(group)})</option>'
            for topic, group in by_topic.items()
        )
        numbered = enumerate((question for group in by_topic.values() for question in group), 1)
        shown = {question.id: self.question(question, number) for number, question in numbered}
        sections = "\n".join(
            f'<section class="topic" data-topic="{escape(topic)}" aria-label="{escape(_topic_title(topic))}">'
            f"<h3>{escape(_topic_title(topic))}</h3>"
            + "\n".join(shown[question.id] for question in group)
            + "</section>"
            for topic, group in by_topic.items()
        )
        return f"""<section id="quiz" class="wrap" aria-labelledby="quiz-h" tabindex="-1">
<h2 id="quiz-h">Quiz</h2>
<p class="hint">Choices, true or false and order questions are checked here; for the others, answer in your
head or in the box, then show the answer and say whether you had it. Each answer shows the article's words.</p>
<div class="tools">
<label>Topic <select id="topic-filter"><option value="">All topics ({len(questions)})</option>{filters}</select></label>
<label class="check"><input type="checkbox" id="hide-done"> Hide answered</label>
<button type="button" id="restart">Start again</button>
</div>
<p id="score" class="scorebar"><span class="label">Score</span> <b id="score-right">0</b> right of
<b id="score-answered">0</b> answered <span class="of">· {len(questions)} questions</span></p>
{sections}
</section>"""

    def question(self, question: Question, number: int) -> str:
        qid = escape(question.id)
        prompt_id = f"prompt-{qid}"
        shown = options(question)
        if question.type == "choice":
            buttons = "".join(
                f'<button type="button" class="choice" data-index="{index}"><span class="letter">{label}</span> '
                f"<span>{escape(text)}</span></button>"
                for index, (label, text) in enumerate(zip(letters(len(shown)), shown, strict=True))
            )
            body = f'<div class="choices" role="group" aria-labelledby="{prompt_id}">{buttons}</div>'
        elif question.type == "truefalse":
            body = (
                f'<div class="choices tf" role="group" aria-labelledby="{prompt_id}">'
                '<button type="button" class="choice" data-value="true">True</button>'
                '<button type="button" class="choice" data-value="false">False</button></div>'
            )
        elif question.type == "order":
            items = "".join(
                f'<li data-index="{index}"><span class="item">{escape(text)}</span><span class="moves">'
                f'<button type="button" class="up" aria-label="Move up: {escape(text)}">↑</button>'
                f'<button type="button" class="down" aria-label="Move down: {escape(text)}">↓</button></span></li>'
                for index, text in enumerate(shown)
            )
            body = (
                f'<p class="how">Earliest first: move the items with ↑ and ↓.</p><ol class="order" '
                f'aria-labelledby="{prompt_id}">{items}</ol>'
                '<button type="button" class="check">Check the order</button>'
            )
        else:
            hint = {"date": " (a date)", "number": " (a number)"}.get(question.type, "")
            body = (
                f'<div class="typed"><label>Your answer{hint} <input type="text" autocomplete="off"></label>'
                '<button type="button" class="reveal">Show the answer</button></div>'
            )
        answer = lettered_answer(question, shown) if question.type == "choice" else display_answer(question)
        explanation = f'<p class="explanation">{escape(question.explanation)}</p>' if question.explanation else ""
        self_mark = (
            '<p class="selfmark">Did you have it? <button type="button" class="had">I had it</button> '
            '<button type="button" class="missed">I missed it</button></p>'
            if question.type in ("typed", "date", "number")
            else ""
        )
        return (
            f'<article class="q" id="quiz-{qid}" tabindex="-1" data-id="{qid}" data-type="{escape(question.type)}">'
            f'<p class="prompt" id="{prompt_id}"><span class="qn">{number}.</span> {escape(question.prompt)}</p>'
            f'{body}<p class="verdict" aria-live="polite"></p>'
            f'<div class="after" hidden><p class="answer">Answer: <strong>{escape(answer)}</strong></p>'
            f"{self_mark}{self.quote(question.quote, question.paragraph)}{explanation}</div></article>"
        )

    # The article

    def article_section(self) -> str:
        body = "\n".join(
            f'<p id="p{paragraph.number}" class="{escape(paragraph.kind)}" tabindex="-1">'
            f'<a class="pn" href="#p{paragraph.number}" aria-label="paragraph {paragraph.number}">'
            f'{paragraph.number}</a> <span class="text">{escape(paragraph.text)}</span></p>'
            for paragraph in self.article
        )
        byline = f'<p class="byline">By {escape(self.bank.author)}</p>' if self.bank.author else ""
        return f"""<section id="article" class="wrap" aria-labelledby="article-h" tabindex="-1">
<h2 id="article-h">The article: {escape(self.bank.title)}</h2>
{byline}
<div class="article">
{body}
</div>
</section>"""


def _topic_title(topic: str) -> str:
    words = topic.replace("-", " ").replace("_", " ").strip()
    return words[:1].upper() + words[1:] if words else "Other questions"


def _events(count: int) -> str:
    return f"{count} event{'' if count == 1 else 's'}"


def _asset(name: str) -> str:
    """The page's stylesheet or script, shipped beside this module as package data."""
    from importlib.resources import files

    return files("vlasov_cli.features").joinpath(name).read_text(encoding="utf-8")
