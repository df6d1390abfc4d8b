"""Figures about the quiz history: totals, accuracy by topic and over time, due reviews, leeches."""

from __future__ import annotations

from vlasov_cli.core.bank import Bank
from vlasov_cli.core.records import DayStats, Leech, Stats, TopicStats
from vlasov_cli.state.history import History, now_utc

DAYS_SHOWN = 14


def history_stats(history: History, bank: Bank) -> Stats:
    answers = history.answers()
    cards = history.cards()
    current = now_utc()
    by_topic: dict[str, list[int]] = {}
    by_day: dict[str, list[int]] = {}
    for _, topic, _, right, when in answers:
        for row in (by_topic.setdefault(topic, [0, 0]), by_day.setdefault(local_day(when), [0, 0])):
            row[0] += 1
            row[1] += right
    answered = len(answers)
    correct = sum(answer[3] for answer in answers)
    return Stats(
        answered=answered,
        correct=correct,
        accuracy=_ratio(correct, answered),
        by_topic={
            topic: TopicStats(total, right, _ratio(right, total)) for topic, (total, right) in sorted(by_topic.items())
        },
        due=sum(1 for qid, card in cards.items() if bank.question(qid) is not None and card.due <= current),
        over_time=tuple(
            DayStats(day, total, right, _ratio(right, total))
            for day, (total, right) in sorted(by_day.items())[-DAYS_SHOWN:]
        ),
        leeches=tuple(
            Leech(qid, question.prompt, card.misses)
            for qid, card in sorted(cards.items())
            if card.leech and (question := bank.question(qid)) is not None
        ),
    )


def local_day(when: str) -> str:
    """The day an answer was given (ISO time with its offset), where the learner is now: 03:00 UTC
    on January 2 is January 1 in New York. At the calendar's edges, where the local time is no
    date Python has (before year 1, after 9999), the day as it was written."""
    import datetime

    moment = datetime.datetime.fromisoformat(when)
    try:
        return moment.astimezone().date().isoformat()
    except (OverflowError, ValueError, OSError):
        return moment.date().isoformat()


def _ratio(part: int, whole: int) -> float:
    return round(part / whole, 3) if whole else 0.0
