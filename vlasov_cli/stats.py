"""Figures about the quiz history: totals, accuracy by topic and over time, due reviews, leeches."""

from __future__ import annotations

from typing import Any

from vlasov_cli.history import History, now_utc
from vlasov_cli.model import Bank

DAYS_SHOWN = 14


def history_stats(history: History, bank: Bank) -> dict[str, Any]:
    answers = history.answers()
    cards = history.cards()
    current = now_utc()
    by_topic: dict[str, dict[str, Any]] = {}
    by_day: dict[str, list[int]] = {}
    for _, topic, _, right, when in answers:
        topic_row = by_topic.setdefault(topic, {"answered": 0, "correct": 0})
        topic_row["answered"] += 1
        topic_row["correct"] += right
        day_row = by_day.setdefault(when[:10], [0, 0])
        day_row[0] += 1
        day_row[1] += right
    for row in by_topic.values():
        row["accuracy"] = round(row["correct"] / row["answered"], 3)
    answered = len(answers)
    correct = sum(answer[3] for answer in answers)
    in_bank = {question.id: question for question in bank.questions}
    return {
        "answered": answered,
        "correct": correct,
        "accuracy": round(correct / answered, 3) if answered else 0.0,
        "by_topic": dict(sorted(by_topic.items())),
        "due": sum(1 for qid, card in cards.items() if qid in in_bank and card.due <= current),
        "over_time": [
            {"date": day, "answered": total, "correct": right, "accuracy": round(right / total, 3)}
            for day, (total, right) in sorted(by_day.items())[-DAYS_SHOWN:]
        ],
        "leeches": [
            {"question_id": qid, "prompt": in_bank[qid].prompt, "misses": card.misses}
            for qid, card in sorted(cards.items())
            if card.leech and qid in in_bank
        ],
    }
