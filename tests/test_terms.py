"""The terms a draft finds (features/draft/terms.py, term_context.py), through `vlasov draft` on small
texts written here: what is no term, the kind the words around a term give it, its defining phrase,
short forms and fragments folded, and names whose head word is written lower-case."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import invoke

ARTICLE = """Ada Ranke

Ada Ranke (1860-1920) was a teacher in Vellore. However, she was poor. However, she worked hard.

She obtained her degree in first class in Mathematics from Deccan College in 1879. She left the L.L.B course \
to join the Government Law College instead. The Government charged her with sedition in 1897. She said God \
would judge. Hinduism was her faith, and Maharashtrian customs her pride.

Ranke started the Kesari, a Marathi newspaper, in 1881. Her paper Kesari was read in Vellore. She wrote \
the Gita Rahasya in prison. In The Orion, she dated the hymns.

In 1871, Ranke was married to Tapibai (née Bal) in Vellore. She was the first Congress leader to speak \
Hindi. A Pune-based Congress politician opposed her. She joined the Indian National Congress in 1890.

Ranke helped found the All India Home Rule League in 1916. The Home Rule League sought self-rule. She \
rejoined the Congress during the Lucknow pact of 1916. Following the Partition of Bengal, she led the \
Boycott movement in Vellore.

In 1925 she sailed to Tunis. Tunis pleased her. She saw West Berlin, and West Berlin saw her. The West \
forgot her.
"""


@pytest.fixture(scope="module")
def terms(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    from typer.testing import CliRunner

    folder = tmp_path_factory.mktemp("terms")
    article = folder / "ranke.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    result = invoke(CliRunner(), "draft", str(article), "-o", str(folder / "bank"))
    assert result.exit_code == 0, result.output
    assert invoke(CliRunner(), "check", "--strict", "--bank", str(folder / "bank")).exit_code == 0
    entries = yaml.safe_load((Path(folder) / "bank" / "terms.yaml").read_text(encoding="utf-8"))["terms"]
    return {entry["name"]: entry for entry in entries}


def test_no_junk_terms(terms):
    # a letter cut out of "L.L.B", a faith's word, an idea, an adjective, a sentence's first word
    assert not {"B", "God", "Hinduism", "Maharashtrian", "However"} & set(terms)


def test_a_subject_of_study_is_no_place(terms):
    assert "Mathematics" not in terms


def test_a_person_is_no_term(terms):
    assert "Tapibai" not in terms  # "married to Tapibai (née Bal)"


def test_the_words_around_a_term_give_its_kind_and_its_defining_phrase(terms):
    assert terms["Kesari"]["kind"] == "document"  # "the Kesari, a Marathi newspaper", "her paper Kesari"
    assert terms["Kesari"]["description"] == "a Marathi newspaper"
    assert "a Marathi newspaper" in terms["Kesari"]["quote"]
    assert terms["Gita Rahasya"]["kind"] == "document"  # "She wrote the Gita Rahasya"
    assert terms["Orion"]["kind"] == "document"  # "In The Orion": a title, no place
    assert terms["Vellore"]["kind"] == "place"


def test_a_bare_common_word_is_no_alias(terms):
    assert terms["Government Law College"]["aliases"] == []
    assert "Government" not in terms


def test_fragments_are_folded_or_dropped(terms):
    assert not {"first Congress", "Pune-based Congress", "India Home Rule League", "Home Rule League"} & set(terms)
    assert terms["All India Home Rule League"]["aliases"] == ["Home Rule League"]


def test_names_with_a_lower_case_head_word_are_terms(terms):
    assert terms["Lucknow pact"]["kind"] == "document"
    assert terms["Boycott movement"]["kind"] == "other"
    assert "Partition of Bengal" in terms


def test_a_word_travelled_to_or_a_compass_name_is_a_place(terms):
    assert terms["Tunis"]["kind"] == "place"  # "sailed to Tunis", named twice
    assert terms["West Berlin"]["kind"] == "place"
    assert "West" not in terms
