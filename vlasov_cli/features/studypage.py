"""The study page: one self-contained HTML file (`vlasov export --format html`) that works offline from
a USB stick: the timeline drawn as an inline SVG picture, people and terms with their quotes, a
self-check quiz, and the article with numbered paragraphs that every quote links to (¶12).

Pure logic: builds the text and never prints. No template engine: every piece of bank text goes
through `html.escape`, and what the page's script needs (the answer key) travels as JSON in a
<script type="application/json"> block with every "<" escaped, so no bank text can end the block.
The CSS and script are inline and fetch nothing.
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
<style>{CSS}</style>
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
<script>{SCRIPT}</script>
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


CSS = """
:root{--bg:#fbfaf7;--fg:#1d1d1f;--muted:#5b5b63;--line:#d9d6cf;--card:#fff;--accent:#8a1c1c;--link:#0b57a3;
--focus:#f0a500;--right:#1e7a34;--right-bg:#e6f4ea;--wrong:#b3261e;--wrong-bg:#fbe9e7;--day:#1e7a34;--span:#0b57a3;
--window:#d08a00;--band:#f1eee7;--mark:#fff3c4}
@media (prefers-color-scheme:dark){:root{--bg:#16171a;--fg:#ececf0;--muted:#a5a5b0;--line:#3a3b42;--card:#1f2024;
--accent:#f08a7e;--link:#8cc4ff;--right:#7fd48f;--right-bg:#183321;--wrong:#ff9c92;--wrong-bg:#3b1d1b;--day:#7fd48f;
--span:#8cc4ff;--window:#f2c14e;--band:#1c1d21;--mark:#4a3f12}}
*{box-sizing:border-box}
html{scroll-behavior:smooth}
@media (prefers-reduced-motion:reduce){html{scroll-behavior:auto}}
body{margin:0;background:var(--bg);color:var(--fg);font:17px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,
"Noto Sans",sans-serif;overflow-wrap:anywhere}
.wrap{max-width:72rem;margin:0 auto;padding:0 1rem}
.hint,.about,.what,.article{max-width:48rem}
a{color:var(--link)}
:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
[tabindex="-1"]:focus{outline:none}
.skip{position:absolute;left:.5rem;top:-4rem;background:var(--card);padding:.5rem 1rem;z-index:9}
.skip:focus{top:.5rem}
.skip-inline{position:absolute;left:-999rem}
.skip-inline:focus{position:static;display:inline-block;margin-bottom:.5rem}
header.top{background:linear-gradient(180deg,#2b1616,#4a1f1f);color:#fbf4ec;padding:1.4rem 0 .4rem}
header.top a{color:#ffe3b0}
.kicker{margin:0;text-transform:uppercase;letter-spacing:.14em;font-size:.78rem;opacity:.8}
h1{font:700 2.1rem/1.15 Georgia,"Times New Roman",serif;margin:.2rem 0}
.byline{margin:.1rem 0;font-style:italic}
.about{margin:.5rem 0 .8rem;opacity:.9;font-size:.95rem}
nav ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.2rem 1.1rem}
nav a{display:inline-block;padding:.45rem 0;font-weight:600;text-decoration:none}
nav a:hover{text-decoration:underline}
main > section{padding-top:1.2rem;scroll-margin-top:.5rem}
h2{font:700 1.65rem/1.2 Georgia,"Times New Roman",serif;color:var(--accent);border-bottom:2px solid var(--line);
padding-bottom:.3rem;margin:1.2rem 0 .6rem}
h3{font-size:1.15rem;margin:1.4rem 0 .4rem}
.hint,.how,.role,.aka,.who,.kind,.of{color:var(--muted)}
.hint{font-size:.95rem}
.chart{margin:0}
.scroller{overflow-x:auto;border:1px solid var(--line);border-radius:8px;background:var(--card);padding:.4rem}
svg.timeline{display:block;width:100%;height:auto;min-width:760px}
.band{fill:transparent}.band.odd{fill:var(--band)}
.axis,.tick{stroke:var(--muted);stroke-width:1}
.divide{stroke:var(--line);stroke-dasharray:4 3}
.fold{stroke:var(--muted);stroke-width:1.6;fill:none}
.year{fill:var(--muted);font:11px system-ui,sans-serif}
.mark circle,.mark rect{stroke:var(--card);stroke-width:1}
.mark.day circle,.key.day svg *{fill:var(--day)}
.mark.span rect,.key.span svg *{fill:var(--span)}
.mark.window rect,.key.window svg *{fill:var(--window);fill-opacity:.55}
.mark:hover circle,.mark:hover rect,.mark:focus circle,.mark:focus rect{stroke:var(--fg);stroke-width:2}
.mark:focus{outline:none}
.mark:focus-visible circle,.mark:focus-visible rect{stroke:var(--focus);stroke-width:3}
figcaption{font-size:.88rem;color:var(--muted);margin:.4rem 0;display:flex;flex-wrap:wrap;gap:.2rem 1.2rem}
.key svg{width:1.4em;height:.8em;vertical-align:-.05em}
.events{list-style:none;padding:0;margin:0}
.event{display:grid;grid-template-columns:13rem 1fr;gap:.2rem 1rem;padding:.55rem .5rem;border-bottom:1px solid
var(--line);scroll-margin-top:1rem;border-left:4px solid transparent}
.event.day{border-left-color:var(--day)}.event.span{border-left-color:var(--span)}
.event.window{border-left-color:var(--window)}
.event p{margin:0}
.when{font-weight:600;font-variant-numeric:tabular-nums}
.title{font-weight:600}
.quote{margin:.25rem 0;padding-left:.7rem;border-left:3px solid var(--line);font-family:Georgia,serif;
font-size:.95rem;color:var(--fg)}
.pl{white-space:nowrap;font-family:system-ui,sans-serif;font-size:.85rem;padding:.1rem .25rem}
details{margin:.3rem 0;font-size:.92rem}
summary{cursor:pointer;color:var(--link)}
:target{animation:flash 2.4s ease-out}
@keyframes flash{from{background:var(--band)}to{background:transparent}}
@media (prefers-reduced-motion:reduce){:target{animation:none}}
.event:target,.card:target,.q:target,.article p:target{box-shadow:-.45rem 0 0 var(--focus)}
.index{display:flex;flex-wrap:wrap;gap:.2rem .9rem;font-size:.95rem}
.card{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:.4rem 1rem .6rem;
margin:.8rem 0;scroll-margin-top:1rem}
.card h3{margin:.5rem 0 .2rem}
.card .role{margin:.1rem 0 .3rem}
.facts{padding-left:1.1rem;margin:.4rem 0}
.facts li{margin:.45rem 0}
.fact{margin:0}
.kind{font-weight:400;font-size:.85rem;border:1px solid var(--line);border-radius:1rem;padding:0 .5rem}
.terms,.cards,.topic{display:grid;grid-template-columns:repeat(auto-fill,minmax(22rem,1fr));gap:0 1rem;
align-items:start}
.person.big{grid-column:1/-1}
.person.big .facts{columns:22rem;column-gap:2.5rem}
.facts li{break-inside:avoid}
.topic h3{grid-column:1/-1}
.terms .card{margin:.5rem 0}
@media (max-width:40rem){.terms,.cards,.topic,.event{grid-template-columns:minmax(0,1fr)}.scorebar .of{display:none}}
.scorebar{position:sticky;top:0;z-index:5;background:var(--bg);border-bottom:1px solid var(--line);
padding:.45rem 0;margin:.4rem 0 0;font-size:1.05rem}
#score .label{font-weight:700;color:var(--accent)}
.tools{display:flex;flex-wrap:wrap;gap:.4rem .8rem;align-items:center;font-size:.92rem;margin:.6rem 0}
select,input[type=text]{font:inherit;padding:.35rem .5rem;border:1px solid var(--muted);border-radius:6px;
background:var(--card);color:var(--fg);max-width:100%}
.topic h3{color:var(--accent)}
.q{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:.6rem 1rem .7rem;margin:.8rem 0;
scroll-margin-top:5rem}
.q.is-right{border-color:var(--right)}.q.is-wrong{border-color:var(--wrong)}
.prompt{font-weight:600;margin:.2rem 0 .6rem}
.qn{color:var(--muted);font-weight:400;margin-right:.2rem}
button{font:inherit;color:var(--fg);background:var(--bg);border:1px solid var(--muted);border-radius:8px;
padding:.5rem .8rem;min-height:2.75rem;cursor:pointer}
button:hover{border-color:var(--fg)}
.choices{display:grid;gap:.45rem}
.choices.tf{grid-template-columns:repeat(2,minmax(0,9rem))}
.choice{text-align:left;display:flex;gap:.6rem;align-items:baseline;width:100%}
.letter{font-weight:700;color:var(--muted);min-width:1.1rem}
.choice.right{background:var(--right-bg);border-color:var(--right);border-width:2px}
.choice.wrong{background:var(--wrong-bg);border-color:var(--wrong);border-width:2px}
.choice.right::after{content:"✓";margin-left:auto;color:var(--right);font-weight:700}
.choice.wrong::after{content:"✗";margin-left:auto;color:var(--wrong);font-weight:700}
[aria-disabled=true]{cursor:default}
.choice[aria-disabled=true]:not(.right):not(.wrong){opacity:.7}
.order{padding-left:0;margin:.3rem 0 .6rem;list-style:none;counter-reset:place}
.order li::before{counter-increment:place;content:counter(place) ".";min-width:1.3rem;color:var(--muted);
font-weight:700}
.order li{display:flex;align-items:center;gap:.5rem;padding:.25rem 0;border-bottom:1px dashed var(--line)}
.order .item{flex:1}
.moves{display:flex;gap:.3rem;flex-shrink:0}
.moves button{min-width:2.75rem;padding:.3rem}
.order.right li{color:var(--right)}.order.wrong li{color:var(--wrong)}
.typed{display:flex;flex-wrap:wrap;gap:.5rem;align-items:end}
.typed label{display:flex;flex-direction:column;font-size:.92rem;color:var(--muted);flex:1 1 14rem}
.verdict{font-weight:700;margin:.5rem 0 0}
.verdict:empty{display:none}
.is-right .verdict{color:var(--right)}.is-wrong .verdict{color:var(--wrong)}
.after{margin-top:.4rem}
.answer,.explanation,.selfmark{margin:.3rem 0}
.explanation{font-size:.92rem;color:var(--muted)}
.article p{margin:0 0 .9rem;scroll-margin-top:1rem;border-radius:4px}
.article .caption{font-style:italic;color:var(--muted);font-size:.92rem}
.pn{display:inline-block;min-width:2rem;font:600 .8rem system-ui,sans-serif;color:var(--muted);text-decoration:none;
border:1px solid var(--line);border-radius:1rem;text-align:center;margin-right:.3rem}
mark{background:var(--mark);color:inherit;border-radius:2px}
footer{color:var(--muted);font-size:.88rem;padding:2rem 1rem}
.hidden-topic,.q.done.hide{display:none}
"""

SCRIPT = r"""
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("vlasov-data").textContent);
  var quiz = document.getElementById("quiz");
  var results = {};  // question id -> true (right) or false (wrong)

  function showScore() {
    var ids = Object.keys(results);
    var right = ids.filter(function (id) { return results[id]; }).length;
    document.getElementById("score-right").textContent = right;
    document.getElementById("score-answered").textContent = ids.length;
  }

  function settle(q, right, message) {
    if (right !== null) {
      results[q.dataset.id] = right;
      q.classList.add(right ? "is-right" : "is-wrong");
      q.classList.add("done");
      if (document.getElementById("hide-done").checked) { q.classList.add("hide"); }
    }
    q.querySelector(".verdict").textContent = message;
    q.querySelector(".after").hidden = false;
    showScore();
  }

  function lock(buttons) {
    buttons.forEach(function (button) { button.setAttribute("aria-disabled", "true"); });
  }

  function answerText(q) { return q.querySelector(".answer strong").textContent; }

  function choose(q, button, key) {
    var buttons = Array.prototype.slice.call(q.querySelectorAll(".choice"));
    var right;
    if (key.type === "choice") {
      right = Number(button.dataset.index) === key.answer;
      buttons[key.answer].classList.add("right");
    } else {
      right = (button.dataset.value === "true") === key.answer;
      buttons[key.answer ? 0 : 1].classList.add("right");
    }
    if (!right) { button.classList.add("wrong"); }
    button.setAttribute("aria-pressed", "true");
    lock(buttons);
    settle(q, right, right ? "Right!" : "Not right: the answer is " + answerText(q) + ".");
  }

  function move(q, button, step) {
    var item = button.closest("li");
    var list = item.parentNode;
    var target = step < 0 ? item.previousElementSibling : item.nextElementSibling;
    if (!target) { return; }
    if (step < 0) { list.insertBefore(item, target); } else { list.insertBefore(target, item); }
    button.focus();
    var position = Array.prototype.indexOf.call(list.children, item) + 1;
    q.querySelector(".verdict").textContent =
      item.querySelector(".item").textContent + ": now " + position + " of " + list.children.length + ".";
  }

  function checkOrder(q, key) {
    var list = q.querySelector(".order");
    var order = Array.prototype.map.call(list.children, function (li) { return Number(li.dataset.index); });
    var right = order.join() === key.answer.join();
    list.classList.add(right ? "right" : "wrong");
    lock(Array.prototype.slice.call(q.querySelectorAll("button")));
    settle(q, right, right ? "Right: that is the order." : "Not right: the order is " + answerText(q) + ".");
  }

  quiz.addEventListener("click", function (event) {
    var button = event.target.closest("button");
    var q = button && button.closest(".q");
    if (!q || button.getAttribute("aria-disabled") === "true") { return; }
    var key = data.questions[q.dataset.id];
    if (button.classList.contains("choice")) { choose(q, button, key); }
    else if (button.classList.contains("up")) { move(q, button, -1); }
    else if (button.classList.contains("down")) { move(q, button, 1); }
    else if (button.classList.contains("check")) { checkOrder(q, key); }
    else if (button.classList.contains("reveal")) {
      lock([button]);
      settle(q, null, "The answer: " + answerText(q) + ".");
    } else if (button.classList.contains("had") || button.classList.contains("missed")) {
      var had = button.classList.contains("had");
      lock(Array.prototype.slice.call(q.querySelectorAll(".selfmark button")));
      settle(q, had, had ? "Counted as right." : "Counted as missed.");
    }
  });

  document.getElementById("topic-filter").addEventListener("change", function (event) {
    var topic = event.target.value;
    Array.prototype.forEach.call(quiz.querySelectorAll(".topic"), function (section) {
      section.classList.toggle("hidden-topic", topic !== "" && section.dataset.topic !== topic);
    });
  });
  document.getElementById("hide-done").addEventListener("change", function (event) {
    Array.prototype.forEach.call(quiz.querySelectorAll(".q.done"), function (q) {
      q.classList.toggle("hide", event.target.checked);
    });
  });
  document.getElementById("restart").addEventListener("click", function () {
    location.hash = "quiz";
    location.reload();
  });

  // Following a link inside the page: focus what it leads to (so that Tab goes on from there), and
  // mark a quote's words in its paragraph.
  function unmark() {
    Array.prototype.forEach.call(document.querySelectorAll("mark.quoted"), function (mark) {
      var parent = mark.parentNode;
      while (mark.firstChild) { parent.insertBefore(mark.firstChild, mark); }
      parent.removeChild(mark);
      parent.normalize();
    });
  }
  function markQuote(paragraph, quote) {
    var text = paragraph.querySelector(".text");
    var node = text && text.firstChild;
    var at = node ? node.textContent.indexOf(quote) : -1;
    if (at < 0) { return; }
    var range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + quote.length);
    var mark = document.createElement("mark");
    mark.className = "quoted";
    range.surroundContents(mark);
  }
  document.addEventListener("click", function (event) {
    var link = event.target.closest("a");
    var href = link && link.getAttribute("href");
    if (!href || href.charAt(0) !== "#" || href.length < 2) { return; }
    var target = document.getElementById(decodeURIComponent(href.slice(1)));
    if (!target) { return; }
    unmark();
    var quote = link.classList.contains("pl") && link.closest(".quote");
    if (quote) { markQuote(target, quote.querySelector(".qt").textContent); }
    setTimeout(function () { target.focus({ preventScroll: true }); }, 0);
  });
  function focusTarget() {
    var target = location.hash.length > 1 && document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (target && target.getAttribute("tabindex") === "-1") { target.focus({ preventScroll: true }); }
  }
  window.addEventListener("hashchange", focusTarget);
  focusTarget();
})();
"""


def _events(count: int) -> str:
    return f"{count} event{'' if count == 1 else 's'}"
