"""`draft` reads an article the same way, in time linear in its size, however it is laid out: an
article flattened to one line (as web and JSON extracts are) is read in pieces, each cut where a
sentence surely ends (issue 23, case 5). Speed itself is measured by bench/draft_layout.py."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import invoke

from vlasov_cli.features.draft import sentences as told
from vlasov_cli.state.paths import default_bank_folder


def shipped_article() -> str:
    import yaml

    folder = default_bank_folder()
    source = yaml.safe_load((folder / "bank.yaml").read_text(encoding="utf-8"))["source"]
    return (folder / source).read_text(encoding="utf-8")


@pytest.fixture
def segmented(monkeypatch) -> list[int]:
    """The length of every text handed to the sentence segmenter."""
    import pysbd

    lengths: list[int] = []
    segment = pysbd.Segmenter.segment

    def spy(self, text):
        lengths.append(len(text))
        return segment(self, text)

    monkeypatch.setattr(pysbd.Segmenter, "segment", spy)
    return lengths


def test_a_flattened_article_is_segmented_in_bounded_pieces(runner, tmp_path, segmented):
    flat = " ".join(shipped_article().split())
    article = tmp_path / "flat.txt"
    article.write_text(flat * 2, encoding="utf-8")
    result = invoke(runner, "draft", str(article), "-o", str(tmp_path / "bank"))
    assert result.exit_code == 0, result.stderr
    assert len(flat) * 2 > 40_000 and max(segmented) <= told.PIECE


def test_pieces_cut_no_sentence_the_whole_text_would_keep(monkeypatch):
    flat = " ".join(shipped_article().split())
    pieces = told._pieces(flat)
    assert "".join(piece for _, piece in pieces) == flat and len(pieces) > 5
    assert all(flat[offset : offset + len(piece)] == piece for offset, piece in pieces)
    in_pieces = told.sentences(flat)
    assert all(flat[s.start : s.end] == s.text for s in in_pieces)
    monkeypatch.setattr(told, "PIECE", len(flat))  # the whole line at once, as before
    whole = told.sentences(flat)
    # A cut only ends a sentence where one surely ends: every sentence end read from the whole line
    # is one in pieces too, and the few more are full stops after a word of four letters or more.
    ends = {sentence.end for sentence in in_pieces}
    assert {sentence.end for sentence in whole} <= ends
    assert all(flat[end - 1] in ".!?\u201d\"'" for end in ends - {sentence.end for sentence in whole})


@pytest.mark.parametrize("text", ["x" * 10_000, "word " * 3000, ("June 1942 July 1943 " * 600).strip()])
def test_a_line_without_sentence_ends_is_cut_too(text):
    pieces = told._pieces(text)
    assert "".join(piece for _, piece in pieces) == text
    assert max(len(piece) for _, piece in pieces) <= told.PIECE
    assert all(text[s.start : s.end] == s.text for s in told.sentences(text))


def test_the_paragraph_numbers_of_a_flattened_article_are_one(segmented):
    flat = " ".join(shipped_article().split())
    assert {s.paragraph for s in told.sentences(flat)} == {1}
    assert Path(told.__file__).name == "sentences.py"
