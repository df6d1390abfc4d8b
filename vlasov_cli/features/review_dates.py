"""`vlasov review`'s dates: those an event's quote writes, one a reviewer types, and the article's
sentences that write a date, to quote an event by when its own quote writes another year."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from vlasov_cli.features.draft.sentences import Sentence

MOST_SENTENCES = 9


def dates_written(quote: str) -> list[tuple[str, str]]:
    """The dates a quote writes, each (as written, its window), that a bank's `date:` can hold."""
    from vlasov_cli.core.dates import date_problem
    from vlasov_cli.features.draft import dates_in

    found: dict[str, str] = {}
    for date in dates_in(quote):
        if date_problem(date.value) is None:
            found.setdefault(date.value, date.text)
    return [(text, value) for value, text in found.items()]


def typed_date(text: str) -> str | None:
    """The bank date a reviewer typed, as a bank writes it ("1930-10-07", "[1929..1931]") or as an
    article would ("7 October 1930", "spring 1929"); None when it is neither."""
    from vlasov_cli.core.dates import parse_window

    try:
        parse_window(text)
        return text.strip()
    except ValueError:
        written = dates_written(text)
        return written[0][1] if len(written) == 1 else None


def sentences_writing(text: str, told: list[Sentence], quote: str, date: str) -> list[tuple[int, str]]:
    """The article's sentences (paragraph, text) that write a date inside `date`'s window and no year
    outside it, those of the quote's own paragraph first, then the nearest: what an event dated `date`
    may be quoted by when its own quote writes another year (a sentence passed and the hanging it set)."""
    from vlasov_cli.core.dates import parse_window
    from vlasov_cli.core.text import fold
    from vlasov_cli.core.years import years_written
    from vlasov_cli.features.draft.timex import find_dates

    window = parse_window(date)
    first, last = int(window.earliest[:4]), int(window.latest[:4])
    dated = {  # (a date it writes whole: no year taken from the story, no year in a name)
        found.sentence
        for found in find_dates(text, told)
        if not (found.inferred or found.naming) and window.earliest <= found.earliest <= found.latest <= window.latest
    }
    home = next((sentence.paragraph for sentence in told if fold(quote[:60]) in fold(sentence.text)), 0)
    writing = [
        sentence
        for number, sentence in enumerate(told)
        if number in dated
        and sentence.kind == "text"
        and fold(sentence.text) != fold(quote)
        and all(first <= year <= last for year in years_written(sentence.text))
    ]
    writing.sort(key=lambda sentence: abs(sentence.paragraph - home))  # (stable: the article's order)
    return [(sentence.paragraph, sentence.text) for sentence in writing[:MOST_SENTENCES]]
