"""Drafting a bank from a plain-text article: its sentences (sentences), the dates they give
(timex), the people and terms they name (names, terms), the entries made of them (compose), and the
bank folder written from them (folder).

This module is the package's public side: the command line calls these three functions and nothing
else of the package. Each imports what it needs when called (pysbd among it), so importing this module
costs nothing."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

    from vlasov_cli.core.records import DateFound


def read(article: Path, title: str = "") -> tuple[bytes, str]:
    """The article's bytes and text, once `title` (a --title) and the file are known to make a bank;
    BadInput says what is wrong."""
    from vlasov_cli.features.draft.folder import check_title, read_article

    check_title(title)
    return read_article(article)


def dates_in(text: str) -> tuple[DateFound, ...]:
    """Every date expression the text gives, with its offsets, EDTF value and sentence."""
    from vlasov_cli.core.records import DateFound
    from vlasov_cli.features.draft.sentences import sentences
    from vlasov_cli.features.draft.timex import find_dates

    told = sentences(text)
    return tuple(DateFound(*date[:4], told[date.sentence].text) for date in find_dates(text, told))


def write(article: Path, source: bytes, text: str, output: Path, title: str = "", force: bool = False) -> None:
    """Draft the bank of `text` (read from `article`) and write it to `output`, whole or not at all."""
    from vlasov_cli.features.draft.compose import compose
    from vlasov_cli.features.draft.folder import source_file_name, write_draft

    write_draft(output, compose(text, source_file_name(article), title), source, force)
