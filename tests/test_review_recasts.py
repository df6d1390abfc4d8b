"""`t` on a drafted event offers the quote recast as the drafter reads it (one draft-side function,
`titles_refer.recasts`): what leads to a name is left out, a name's relative clause told as its deed,
a "This agreement, ... known as the Treaty of Washington," told of the treaty."""

from __future__ import annotations

from pathlib import Path

from conftest import invoke

ARTICLE = """The Canada Question

The provinces quarrelled for years. This resulted in the British North America Act of 1867, which \
united the Canadian provinces.

The claims went to a commission. This agreement, signed in May 1871 and known as the Treaty of \
Washington, also provided for arbitration of the claims.
"""


def test_t_offers_the_quote_recast_as_the_drafter_reads_it(runner, tmp_path: Path) -> None:
    article = tmp_path / "canada.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    bank = tmp_path / "bank"
    assert invoke(runner, "draft", str(article), "-o", str(bank)).exit_code == 0
    keys = "t\n\n\ns\nt\n"  # t, its own title, no change; skip; t on the next
    result = invoke(runner, "review", "--bank", str(bank), "--kind", "events", "--order", "article", input=keys)
    assert result.exit_code == 0, result.stderr
    shown = " ".join(result.stdout.split())
    # the drafter's own title, and the recast with its year the reviewer may keep
    assert "1) The British North America Act united the Canadian provinces" in shown
    assert ") The British North America Act of 1867 united the Canadian provinces" in shown
    assert ") The Treaty of Washington provided for arbitration of the claims" in shown
