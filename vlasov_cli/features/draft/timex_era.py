"""Years of three digits in a story told before 1000: where most of the years an article writes are
below 1000 (its era: the first and last of them), a number of three digits near them is a year after
a month ("In September 363 Jovian arrived") or after a word that asks for a time ("in 361 he", "the
campaign of 361"), unless a count's noun follows it ("300 men", "500 boats"). In a modern story such
numbers stay numbers ("a force of 600")."""

from __future__ import annotations

import re

from vlasov_cli.features.draft.timex_rules import MONTH_NUMBER, Calendar, Expression, Found
from vlasov_cli.features.draft.timex_rules import MONTH_PATTERN as _MONTH
from vlasov_cli.features.draft.timex_rules import PART_PATTERN as _PART

ERA_REACH = 50  # how far before or after the era's years a three-digit number may be a year
_AFTER_A_MONTH = re.compile(rf"\b{_PART}?{_MONTH},?\s+(?:of\s+)?(?P<year>[1-9]\d{{2}})(?![\d,.]\d)(?![\w-])")
_AFTER_A_WORD = re.compile(
    r"\b(?:[Ii]n|of|[Bb]y|from|to|until|till|since|year|about|around|circa|c\.)\s+(?P<year>[1-9]\d{2})(?![\d,.]\d)(?![\w-])"
)
_COUNT_AFTER = re.compile(
    r"\s+(?!(?:his|was|is|as|has|its|this|thus|us)\b)(?:[a-z]+s|men|people|foot|feet|horse|cavalry|infantry)\b|\s*[-%]"
)


def era(years: list[int]) -> tuple[int, int] | None:
    """The first and last year below 1000 of `years` (those an article writes), when most are such."""
    old = [year for year in years if 0 < year < 1000]
    if not old or len(old) * 2 <= len([year for year in years if year > 0]):
        return None
    return min(old), max(old)


def era_years(text: str, offset: int, years: tuple[int, int]) -> list[Found]:
    """The three-digit years of `text` (a sentence at `offset`) near the era `years`."""
    found: list[Found] = []
    for pattern in (_AFTER_A_MONTH, _AFTER_A_WORD):
        for match in pattern.finditer(text):
            year = int(match["year"])
            if not years[0] - ERA_REACH <= year <= years[1] + ERA_REACH or _COUNT_AFTER.match(text, match.end()):
                continue
            if pattern is _AFTER_A_MONTH:
                expression: Expression = Calendar(year, MONTH_NUMBER[match["month"].rstrip(".").lower()])
                found.append(Found(offset + match.start(), offset + match.end(), expression, -1))
            else:
                found.append(Found(offset + match.start("year"), offset + match.end(), Calendar(year), -1))
    return found
