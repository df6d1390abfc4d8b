"""Rules the fourth held-out set's first run called for (bench/heldout4/RESULTS.md, round 7: royal
biographies), each pinned on a short text written here, drafted through the CLI: a ruler's name with
its regnal number and "of" a land ("Otto II of Vardenia", "Edward I of England"), a byname after a
given name and a surname ("William Hartwell of Grange"), the style a comma puts after a name ("Walter
Brand, 2nd Earl of Kessock"), a father named as kin who is the ruler named in full, and two people of
one name each given their own life's years; and what keeps the land of a byname from being a person."""

from __future__ import annotations

from pathlib import Path

from test_people_clues import drafted

ROYAL = (
    "Otto II of Vardenia\n\n"
    "Otto II of Vardenia (c. 1190 – March 1250) was King of Vardenia and King of Kessel "
    "(as Otto I) from 1230 to his death. He was the eldest "
    "son of Henry I of Vardenia and his second wife Gisela of Hungary. In 1215 Otto married Beatrix III of "
    "Sicily, daughter of Tancred of Sicily.\n\n"
    "In 1222 a revolt broke out in the Crown of Vardenia, abetted by Conrad IV of Lusatia, Ulric Manfred I of "
    "Upper Falkenau, and Rainald V of Urach. His father, Henry I, died in 1225. Otto sent envoys to Edward I of "
    "England, who refused to take part. The bridge at Kessel was held by Sir William Hartwell of Grange.\n\n"
    "In 1240 the envoy Walter Brand, 2nd Earl of Kessock, came from the north; Otto received Walter Brand at "
    "Kessel.\n\n"
    "Children\n\n"
    "Otto and Beatrix III of Sicily had:\n\n"
    "Otto of Vardenia (c. 1218 – 4 May 1260). Married Agnes of Mora.\n"
)


def drafted_forms(runner, tmp_path: Path, text: str) -> dict[str, list[str]]:
    """The people `vlasov draft` writes for a text, each name with its aliases, in the draft's order."""
    _, people = drafted(runner, tmp_path, text)
    return {entry["name"]: entry.get("aliases", []) for entry in people}


def test_a_rulers_name_with_its_number_and_land_is_one_persons(runner, tmp_path: Path):
    forms = drafted_forms(runner, tmp_path, ROYAL)
    assert "Otto II" in forms["Otto II of Vardenia"]
    # "King of Kessel (as Otto I)" in the opening: the subject's name in another of his kingdoms.
    assert "Otto I" in forms["Otto II of Vardenia"] and "Otto I" not in forms
    for name in ("Beatrix III of Sicily", "Edward I of England", "Conrad IV of Lusatia", "Rainald V of Urach"):
        assert name in forms
    assert "Ulric Manfred I of Upper Falkenau" in forms  # a name of six words, two of them the land's
    # A byname after a land a reader knows: a wife, a father-in-law.
    assert {"Gisela of Hungary", "Tancred of Sicily"} <= set(forms)
    # "His father, Henry I" is the Henry I of Vardenia named before, not someone else.
    assert "Henry I" in forms["Henry I of Vardenia"] and "Henry I" not in forms
    # The land of a byname is no one, nor a form of the ruler's name.
    assert not {"Vardenia", "Sicily", "Hungary", "England", "Crown of Vardenia", "Lusatia"} & set(forms)
    assert not any("Vardenia" in forms[name] for name in forms)


def test_a_byname_and_a_style_after_a_comma_are_forms_of_the_name(runner, tmp_path: Path):
    forms = drafted_forms(runner, tmp_path, ROYAL)
    # "Sir William Hartwell of Grange" is William Hartwell, with his byname and his title.
    assert "William Hartwell of Grange" in forms
    assert {"William Hartwell", "Sir William Hartwell of Grange"} <= set(forms["William Hartwell of Grange"])
    # The style after a comma: the name with it, and the title a text may name him by alone.
    assert {"Walter Brand, 2nd Earl of Kessock", "Earl of Kessock"} <= set(forms["Walter Brand"])
    assert "Kessock" not in forms


def test_two_people_of_one_name_each_with_their_lifes_years_are_two(runner, tmp_path: Path):
    forms = drafted_forms(runner, tmp_path, ROYAL)
    # The son "Otto of Vardenia (c. 1218 – 4 May 1260)" is not his father "Otto II of Vardenia (c. 1190 – March 1250)".
    assert "Otto of Vardenia" in forms and "Otto of Vardenia" not in forms["Otto II of Vardenia"]
    # "Married" opens the entry's sentence: the wife is "Agnes of Mora", not "Married Agnes" nor "Agnes".
    assert "Agnes of Mora" in forms and "Agnes" not in forms


CHILDREN = (
    "Konrad Falk\n\n"
    "Konrad Falk (1520 – 1580) was an envoy of the Hanse to the Tsar.\n\n"
    "Falk married Odila Brandt in 1550. Their children included:\n\n"
    "Ortrud Falk\n\n"
    "Wendelin Falk (died 1610)\n\n"
    "Frances Falk, who married a merchant of Lübeck.\n\n"
    "Ulf Perez of Aragon.\n\n"
    "Sigrun Falk.\n\n"
    "The envoy's lands included:\n\n"
    "Ortwin Moor\n\n"
    "Halden Fell\n"
)


def test_a_family_lists_entries_are_people_and_a_list_of_lands_is_not(runner, tmp_path: Path):
    names = list(drafted_forms(runner, tmp_path, CHILDREN))
    # Each entry after "Their children included:" opens with a child's name, whatever else it says.
    for child in ("Ortrud Falk", "Wendelin Falk", "Frances Falk", "Sigrun Falk", "Ulf Perez of Aragon"):
        assert child in names
    # "Frances" is a given name, not the plural of "France"; the lands' list names no one.
    assert not {"Ortwin Moor", "Halden Fell", "Ulf Perez", "Aragon"} & set(names)


def test_one_name_after_people_such_as_and_a_tutor_or_a_troubadour_beside_a_name(runner, tmp_path: Path):
    text = (
        "Historians such as Ortwin Kell have argued that the sum is impossible to calculate. He went into debt "
        "to several merchants such as Siraj al-Din. In 1570 he wrote a letter to Halmar Wendt, tutor of the "
        "prince. The poem is an exchange between himself and Gerolt Vass, a troubadour. Britain and other "
        "members of NATO declined to take part."
    )
    names = list(drafted_forms(runner, tmp_path, text))
    assert {"Ortwin Kell", "Siraj al-Din", "Halmar Wendt", "Gerolt Vass"} <= set(names)
    assert "NATO" not in names  # members of a body, and no word opening an example before it


def test_a_title_and_a_name_after_a_comma_style_the_name_before_but_not_in_a_list(runner, tmp_path: Path):
    text = (
        "In 1565 Hamon Stuart, Lord Karnley became a candidate for the queen's hand. Lord Karnley rode north, "
        "and Karnley was made a duke. The envoy met a French diplomat, Gervais de Monval, Baron d'Esclaire. "
        "The Viceroy, Lord Irwell, cut short his stay. In 1566 Ortwin Kell, Lord Tarbet and Halmar Wendt "
        "signed the bond."
    )
    forms = drafted_forms(runner, tmp_path, text)
    assert {"Hamon Stuart, Lord Karnley", "Lord Karnley", "Karnley"} <= set(forms["Hamon Stuart"])
    assert "Karnley" not in forms  # one person, not two
    assert "Gervais de Monval, Baron d'Esclaire" in forms["Gervais de Monval"]
    # A title and a name after an office or inside a list of names style no one.
    assert {"Irwell", "Tarbet"} <= set(forms) and not forms["Ortwin Kell"]


def test_the_land_of_a_title_after_a_name_is_no_one(runner, tmp_path: Path):
    text = (
        "In 1284 the pope granted the kingdom to Hugo, Count of Varenne, another son of the French king. "
        "The army of Hugo of Varenne entered the county."
    )
    names = list(drafted_forms(runner, tmp_path, text))
    assert "Varenne" not in names  # "Count of Varenne, another son": the son is Hugo
