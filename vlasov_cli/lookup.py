"""Look-ups over a bank: paragraphs, people, terms and search. Returns data; never prints."""

from __future__ import annotations

from typing import Any

from vlasov_cli.errors import NotFound
from vlasov_cli.model import Bank


def paragraphs(bank: Bank, number: int | None = None) -> list[dict[str, Any]]:
    """Paragraph `number` (1-based) as [{number, text}], or all of them when number is None."""
    if number is None:
        return [{"number": index, "text": text} for index, text in enumerate(bank.paragraphs, 1)]
    if not 1 <= number <= len(bank.paragraphs):
        raise NotFound(f"no paragraph {number}: the source has paragraphs 1 to {len(bank.paragraphs)}")
    return [{"number": number, "text": bank.paragraphs[number - 1]}]
