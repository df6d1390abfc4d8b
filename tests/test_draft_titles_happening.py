"""`vlasov draft` titles an event by the happening itself, as a history teacher writes it on a timeline:
the new happening a comment on an earlier one names, a battle an assessment names as fought, "the latter"
told by the name it points to, a place with a "where" clause told as what happened there, an answer
("accepted") with the offer it answers, an office's aside and its date left out whole, a subject's aside
cut off with its subject borrowed back; never a title that stops inside a quotation, an aside or a clause."""

from __future__ import annotations

import pytest
from conftest import drafted_events

CASES = [
    (  # a comment on an earlier happening ("this success") names the new one: its loss of a fleet
        "In May 1640 the rebels took the castle of Varna after a long siege. This hard-won success was "
        "overshadowed by the loss of the rebel fleet at Cape Mora on 3 June 1640.\n",
        "1640-06-03",
        "Loss of the rebel fleet at Cape Mora",
    ),
    (  # an assessment of a battle is no happening; its date is the battle's
        "The Battle of Holmfirth (14 May 1643) was one of the bloodiest battles of the civil war in the "
        "northern shires.\n",
        "1643-05-14",
        "The Battle of Holmfirth was fought",
    ),
    (  # "the latter" is the second of the two names its sentence joins before it
        "Venice and Genoa made peace in March 1381, and the Treaty of Turin in August 1381 forced the "
        "latter to give up the island of Tenedos.\n",
        "1381-08",
        "The Treaty of Turin forced Genoa to give up the island of Tenedos",
    ),
    (  # a place and its "where" clause: what happened there, at that place
        "Hollin Hall, where a treaty was signed between Sweden and Denmark after the siege on 12 July 1660.\n",
        "1660-07-12",
        "A treaty was signed between Sweden and Denmark at Hollin Hall after the siege",
    ),
    (  # "accepted" answers the offer before it: the title keeps both
        "When the city council offered a truce on 9 October 1573, Governor Alba accepted at once.\n",
        "1573-10-09",
        "The city council offered a truce and Governor Alba accepted at once",
    ),
    (  # a quotation the title would be cut inside: the title ends before it
        'On 3 April 1887, both editors were sentenced to a year in prison for: "printing matter likely to '
        'bring the court into contempt, wilfully and maliciously."\n',
        "1887-04-03",
        "Both editors were sentenced to a year in prison",
    ),
    (  # an office's aside with a date of its own goes out whole, and the list after it is not cut
        "In July 1710, Frederick, King of Sweden since the spring of the previous year, turned his armies "
        "from the coast to the Polish border to face the new Saxon and Russian threats.\n",
        "1710-07",
        "Frederick turned his armies from the coast to the Polish border to face the new Saxon and Russian threats",
    ),
    (  # an aside of a subject cut off: the title borrows the subject back
        "A Northern League, led by Lubeck, Hamburg and Bremen, and including the towns of Rostock, Wismar "
        "and Stralsund, was formed in 1367, but by 1370 this too had been dissolved.\n",
        "1367",
        "A Northern League was formed",
    ),
    (  # a phrase whose subject was the date goes out with it
        "The old weavers' guild of Lindau was dissolved, 1712 being seen as the last year of its charter.\n",
        "1712",
        "The old weavers' guild of Lindau was dissolved",
    ),
    (  # "early" belongs to the date it qualifies ("early the next day")
        "On 3 March 1820, the two envoys signed the pact in Turin. Both envoys left the city early the next day.\n",
        "1820-03-04",
        "Both envoys left the city",
    ),
    (  # a second predicate borrows the subject after the date that opens the sentence, never the date
        "On 3 May 1790, the harbour council voted to close the port to foreign ships and posted the town "
        "guards at the quays the next day.\n",
        "1790-05-04",
        "The harbour council posted the town guards at the quays",
    ),
]


@pytest.mark.parametrize(("article", "date", "title"), CASES, ids=[case[2][:30] for case in CASES])
def test_the_title_tells_the_happening(runner, tmp_path, article: str, date: str, title: str) -> None:
    assert (date, title) in drafted_events(runner, tmp_path, article)


def test_a_cut_never_ends_on_an_aside_whose_clause_it_cut_off(runner, tmp_path) -> None:
    article = (
        "On 4 May 1702, the duke ordered his cavalry to leave both the village of Oudenbrook and the ridge "
        "beyond it and, while doing so, to raise enough noise and dust during the retreat that the enemy "
        "would believe the whole army was fleeing from the field.\n"
    )
    titles = dict(drafted_events(runner, tmp_path, article))
    assert titles["1702-05-04"] == (
        "The duke ordered his cavalry to leave both the village of Oudenbrook and the ridge beyond it"
    )


def test_the_former_as_a_word_of_a_name_is_left_alone(runner, tmp_path) -> None:
    article = "Prussia and Austria met at Olmutz in 1850, and the former president of the diet resigned.\n"
    titles = [title for _, title in drafted_events(runner, tmp_path, article)]
    assert not any("Prussia president" in title for title in titles)
