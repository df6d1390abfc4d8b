"""`d` on a term marks a sentence that already describes another term ("(describes American Civil
War)"): a teacher picked such a sentence twice, and check then warned of two terms with one
description."""

from __future__ import annotations

from pathlib import Path

from conftest import drafted_folder, invoke

ARTICLE = """The Neutrality

Southerners were confident that their cotton would ally Europe to the Confederacy, especially Great \
Britain. Britain would have to break the blockade of Confederate ports, they thought. In May 1861, \
Britain declared its neutrality in the American Civil War.
"""


def test_d_marks_the_sentence_describing_another_term(runner, tmp_path: Path) -> None:
    bank = drafted_folder(runner, tmp_path, ARTICLE)
    terms = (bank / "terms.yaml").read_text(encoding="utf-8")
    assert "name: American Civil War" in terms and "name: Great Britain" in terms
    keys = "d\n\nq\n"  # d on Great Britain, no choice, quit
    result = invoke(runner, "review", "--bank", str(bank), "--kind", "terms", "--order", "article", input=keys)
    assert result.exit_code == 0, result.stderr
    shown = " ".join(result.stdout.split())
    assert "especially Great Britain. ¶2 (now)" in shown
    assert "neutrality in the American Civil War. ¶2 (describes American Civil War)" in shown
