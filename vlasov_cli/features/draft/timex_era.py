"""Years of three digits in a story told before 1000: where most of the years an article writes are
below 1000 (its era: the first and last of them), a number of three digits near them is a year after
a month ("In September 363 Jovian arrived") or after a word that asks for a time ("in 361 he", "the
campaign of 361"), unless a count's noun follows it ("300 men", "500 boats"). In a modern story such
numbers stay numbers ("a force of 600"). In a story told before Christ (most of its years written "BC")
a year written bare is one before Christ too ("In 316 Qin conquered Shu": 316 BC), unless "AD" or "CE"
says otherwise."""

from __future__ import annotations

import re
from dataclasses import replace

from vlasov_cli.features.draft.timex_rules import MONTH_NUMBER, Calendar, Expression, Found, Range
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
    """The first and last year below 1000 of `years` (those an article writes), when most are such; for
    a story told before Christ, the numbers its years are written with ("475 BC": 475)."""
    if before_christ(years):
        years = [1 - year for year in years if year <= 0]
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


_OF_OUR_ERA = re.compile(r"\b(?:AD|A\.D\.|CE|C\.E\.)(?!\w)")


def before_christ(years: list[int]) -> bool:
    """Whether most of the years an article writes (EDTF's astronomical numbers) are before Christ."""
    return sum(year <= 0 for year in years) * 2 > len(years)


def of_the_era_before_christ(found: Found, article: str) -> Found:
    """`found` with a year written bare (no era) read as one before Christ: 316 becomes -0315."""
    if _OF_OUR_ERA.search(article, found.start, found.end + 4):
        return found
    expression = found.expression
    if isinstance(expression, Calendar) and expression.year is not None and 0 < expression.year < 1000:
        return found._replace(expression=replace(expression, year=1 - expression.year))
    if isinstance(expression, Range) and expression.first.year and 0 < expression.first.year < 1000:
        first, last = expression.first, expression.last
        return found._replace(
            expression=Range(replace(first, year=1 - (first.year or 0)), replace(last, year=1 - (last.year or 0)))
        )
    return found
