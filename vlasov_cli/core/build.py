"""Building the model from a validated raw bank: entries with their paragraphs, events in story
order, and the generated questions."""

from __future__ import annotations

from vlasov_cli.core.asks import page_paragraphs
from vlasov_cli.core.dates import parse_window
from vlasov_cli.core.generate import generated_questions
from vlasov_cli.core.model import Built, Event, Fact, Person, Question, Term
from vlasov_cli.core.read import RawBank, as_text
from vlasov_cli.core.text import ParagraphIndex, fold


def build_bank(raw: RawBank, quotes: ParagraphIndex) -> Built:
    """The bank of a validated raw bank; `quotes` finds each quote's paragraph."""
    people, events, terms = _facts(raw, quotes)
    named: list[Person | Term] = [*people, *terms]
    by_name = _entries_by_name(named)
    written = [_with_other_names(question, by_name, named) for question in _written_questions(raw, quotes)]
    author = str(raw.meta.get("author", ""))
    page = page_paragraphs(raw.paragraphs, author)
    title = str(raw.meta.get("title", raw.folder.name))
    return Built(
        title=title,
        author=author,
        source_name=raw.source_path.name if raw.source_path else "",
        paragraphs=tuple(raw.paragraphs),
        people=people,
        events=events,
        terms=terms,
        questions=(*written, *generated_questions(events, people, terms, written, page, title)),
        drafts=sum("draft" in entry.data for entry in raw.entries),
    )


def _facts(raw: RawBank, quotes: ParagraphIndex) -> tuple[tuple[Person, ...], tuple[Event, ...], tuple[Term, ...]]:
    """The people, events (in story order) and terms of a validated raw bank."""
    people: list[Person] = []
    events: list[Event] = []
    terms: list[Term] = []

    def paragraph(quote: str) -> int:
        return quotes.find(quote) or 0

    for entry in raw.entries:
        data = entry.data
        if entry.kind == "person":
            facts = tuple(Fact(fact["text"], fact["quote"], paragraph(fact["quote"])) for fact in data["facts"])
            aliases = tuple(data["aliases"])
            topic, kind = data.get("topic", ""), data.get("kind", "")
            role, drafted = data.get("role", ""), "draft" in data
            category = data.get("category", "")
            people.append(Person(data["id"], data["name"], aliases, role, facts, topic, kind, drafted, category))
        elif entry.kind == "event":
            edtf = as_text(data["date"])
            date_quote = data.get("date_quote", "")
            events.append(
                Event(
                    data["id"],
                    edtf,
                    *parse_window(edtf),
                    data["title"],
                    tuple(data["people"]),
                    data["quote"],
                    paragraph(data["quote"]),
                    data.get("topic", ""),
                    bool(data.get("inferred", False)),
                    data.get("label", ""),
                    date_quote,
                    paragraph(date_quote) if date_quote else 0,
                    data.get("note", ""),
                    data.get("deed", ""),
                    tuple(data.get("follows", ())),
                    float(data["draft"]) if "draft" in data else None,
                )
            )
        elif entry.kind == "term":
            terms.append(
                Term(
                    data["id"],
                    data["name"],
                    tuple(data["aliases"]),
                    data["kind"],
                    data["description"],
                    data["quote"],
                    paragraph(data["quote"]),
                    data.get("topic", ""),
                    data.get("clue", ""),
                )
            )
    return tuple(people), story_order(events), tuple(terms)


def _written_questions(raw: RawBank, quotes: ParagraphIndex) -> list[Question]:
    """The questions written in a validated raw bank."""
    return [
        Question(
            data["id"],
            data["type"],
            data["prompt"],
            as_text(data.get("answer")),
            data["quote"],
            quotes.find(data["quote"]) or 0,
            data["topic"],
            tuple(as_text(choice) for choice in data.get("choices", ())),
            tuple(as_text(alternative) for alternative in data.get("accept", ())),
            tuple(data.get("items", ())),
            data.get("explanation", ""),
        )
        for data in (entry.data for entry in raw.entries if entry.kind == "question")
    ]


def _entries_by_name(named: list[Person | Term]) -> dict[str, list[int]]:
    """Folded name or alias -> positions in `named` of the entries that go by it."""
    positions: dict[str, list[int]] = {}
    for position, entry in enumerate(named):
        for name in {fold(name) for name in (entry.name, *entry.aliases)}:
            positions.setdefault(name, []).append(position)
    return positions


def _with_other_names(question: Question, named: dict[str, list[int]], entries: list[Person | Term]) -> Question:
    """A typed answer naming a person or term also accepts that one's other names and aliases,
    so the checker never takes "Josef Stalin" for somebody else."""
    if question.type != "typed":
        return question
    given = {fold(text) for text in (question.answer, *question.accept)}
    matching = sorted({position for text in given for position in named.get(text, ())})
    extra = [name for position in matching for name in (entries[position].name, *entries[position].aliases)]
    accept = tuple(dict.fromkeys((*question.accept, *extra)))
    return question._replace(accept=accept) if accept != question.accept else question


def story_order(events: list[Event]) -> tuple[Event, ...]:
    """Events by their earliest day, then their latest, then the order the bank tells them in."""
    return tuple(sorted(events, key=lambda event: (event.earliest, event.latest)))
