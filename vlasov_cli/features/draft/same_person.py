"""One person under several names: a draft's candidates (names with their evidence) linked into the
people a reader counts ("Sukh Dev" and "Sukhdev", "Grant" and "Ulysses S. Grant")."""

from __future__ import annotations

from dataclasses import dataclass, field

from vlasov_cli.features.draft.name_words import GIVEN_NAMES
from vlasov_cli.features.draft.roles import plain, rank_only

THRESHOLD = 0.5
SURNAME_ALONE = 0.2  # the evidence a surname used alone adds to the fuller name it is linked to


@dataclass
class Candidate:
    name: str
    words: tuple[str, ...]  # the name's words, initials and particles included
    first: int = -1  # the article offset of its first mention
    sentence: int = -1  # the index of the sentence of its first mention
    evidence: float = 0.0
    acts: float = 0.0  # evidence from verbs, which counts only for a name of two words or more
    roles: list[tuple[int, int, str]] = field(default_factory=list)  # (rank, sentence, role)
    forms: set[str] = field(default_factory=set)
    kin: bool = False  # named as someone's kin ("His father, Gangadhar Tilak"): no form of a fuller name
    born_of: str = ""  # the name whose birth or other name it is ("Bal Tilak (born Keshav Tilak)": "Bal Tilak")
    styles: set[str] = field(default_factory=set)  # "Lord Darnley" of "Henry Stuart, Lord Darnley"
    life: bool = False  # given its own life's years ("Peter of Aragon (c. 1275 – 25 August 1296)")
    told_in: set[int] = field(default_factory=set)  # the indexes of the sentences that name it in this form

    @property
    def key_words(self) -> tuple[str, ...]:
        """The name's words, without initials, and without the honorific "-ji" ("Gandhiji": Gandhi);
        a part led by an Arabic article is one ("Muhammad IV al-Hadi"), its article in lower case
        ("Al-Yafii" of "Abdallah ibn Asad al-Yafii")."""
        words = tuple(
            word[0].lower() + word[1:] if word[:3] in ("Al-", "El-") else word
            for word in self.words
            if not word.endswith(".") and (word[0].isupper() or _after_particle(word)[:1].isupper())
        )
        if len(words) == 1 and len(words[0]) > 5 and words[0].endswith("ji"):
            return (words[0][:-2],)
        return words


def _after_particle(word: str) -> str:
    """What follows a name's lower-case particle joined to it: "Hadi" of "al-Hadi", "Harcourt" of "d'Harcourt"."""
    for mark in "-'’":
        if mark in word:
            return word.partition(mark)[2]
    return ""


def link(candidates: list[Candidate]) -> list[Candidate]:
    """Merges each shorter form into the fullest name it is part of ("Vlasov" and "Andrei Vlasov"
    into "Andrei Andreievich Vlasov"), then keeps those the evidence calls people."""
    order = {id(candidate): rank for rank, candidate in enumerate(candidates)}
    longest_first = sorted(
        candidates, key=lambda candidate: (-len(candidate.key_words), -len(candidate.words), order[id(candidate)])
    )
    # Each name's own evidence, before shorter forms add theirs.
    own = {
        id(candidate): candidate.evidence + (candidate.acts if len(candidate.key_words) > 1 else 0)
        for candidate in candidates
    }
    people: list[Candidate] = []
    spelled: dict[str, Candidate] = {}  # "Sukh Dev" and "Sukhdev", "Hans Raj" and "Hansraj": one name
    merged_into: dict[int, Candidate] = {}  # a name merged into a person: its other spellings go there too
    for candidate in longest_first:
        squashed = _squashed(candidate)
        same = spelled.setdefault(squashed, candidate) if squashed else candidate
        if same is not candidate:
            while id(same) in merged_into:
                same = merged_into[id(same)]
            _merge(same, candidate)
            merged_into[id(candidate)] = same
            continue
        if _shared_given_name(candidate, people):
            continue  # "John" of "John Harker" and "John Whitley": either's, so neither's
        # "His father, Gangadhar Tilak" is someone else than his son Bal Gangadhar Tilak, but "his
        # father, James I" is "James I of Aragon".
        owner = _owner(candidate, people) if not candidate.kin else None
        if candidate.kin:
            owner = next((person for person in people if _with_byname(candidate, person)), None)
        if owner is not None and candidate.life and owner.life:
            owner = None  # two lives' years, two people: "Peter of Aragon (c. 1275 – 1296)" is not Peter III
        if owner is not None and (_named_before(candidate, owner) or _namesake(candidate, owner)):
            owner = None
        if owner is not None and _shared_surname(candidate, owner, people, own):
            continue  # "Norreys" of "Edward Norreys" and "Francis Norreys": either's, so neither's
        if owner is not None and own[id(owner)] <= 0 < own[id(candidate)] and candidate.first < owner.first:
            owner = None  # "Bhagat Singh" is not "Bhagat Singh Sansthan", named later on no evidence (nor "Emin
            # Pasha" the "Emin Pasha Relief Expedition" a few words on)
        if owner is None:
            people.append(candidate)
            continue
        _merge(owner, candidate)
        merged_into[id(candidate)] = owner
        if len(candidate.key_words) == 1 and len(owner.key_words) > 1:
            owner.evidence += SURNAME_ALONE
    people = _spellings_merged(_styles_merged(_birth_names_merged(people)))
    people.sort(key=lambda person: person.first)
    for person in people:
        # "Britain refused" and "Austria signed" make no people, nor "Isle of Wight sent".
        if len(person.key_words) > 1:
            person.evidence += person.acts
    return _shared_forms_dropped([person for person in people if person.evidence >= THRESHOLD])


def _shared_forms_dropped(people: list[Candidate]) -> list[Candidate]:
    """A form two people hold ("John II" of "John II of France" and of "John II of Castile") stays the
    form of the one it is the name of, or else of the article's subject, and of no other."""
    holders: dict[str, list[Candidate]] = {}
    for person in people:
        for form in person.forms:
            holders.setdefault(form, []).append(person)
    for form, held in holders.items():
        if len(held) < 2:
            continue
        named = [person for person in held if person.name == form] or [
            person for person in held if person.sentence == 0
        ]
        for person in held:
            if person.name != form and person not in named[:1]:
                person.forms.discard(form)
    return people


def _birth_names_merged(people: list[Candidate]) -> list[Candidate]:
    """A birth name ("Bal Gangadhar Tilak (born Keshav Gangadhar Tilak ...)") or another name ("X (...)
    also called Y") merged into the person named so: one person under both names, not two. The name
    the article's title gives stays the person's: "Moncef Bey" of "Muhammad al-Munsif (...) commonly
    known as Moncef Bey"."""
    gone: set[int] = set()
    for person in people:
        owner = next((other for other in people if other is not person and person.born_of in other.forms), None)
        if not person.born_of or owner is None or {id(person), id(owner)} & gone:
            continue
        kept, merged = (person, owner) if person.sentence == 0 < owner.sentence else (owner, person)
        _merge(kept, merged)
        gone.add(id(merged))
        # "Durga Devi" of "Durgawati Devi, sometimes known as Durga Bhabhi": words of both names
        words = {word for form in kept.forms for word in form.split()}
        for other in people:
            if other is kept or id(other) in gone or other.kin or len(other.key_words) < 2:
                continue
            named = set(other.key_words)
            if named <= words and other.first > kept.first and not any(named <= set(f.split()) for f in kept.forms):
                _merge(kept, other)
                gone.add(id(other))
    return [person for person in people if id(person) not in gone]


def _styles_merged(people: list[Candidate]) -> list[Candidate]:
    """A person named by the style a comma put after their name merged into them: "Lord Darnley" and
    "Darnley" into "Henry Stuart, Lord Darnley"; a style shared by two names (two Earls of Kildare)
    stays a form of each, merging no one."""
    gone: set[int] = set()
    for person in people:
        person.forms |= person.styles
        addressed = _addressed(person)
        for other in people:
            shared = other is not person and id(other) not in gone and not other.styles
            styles = addressed & other.forms
            if shared and styles and not _styled_twice(styles, people):
                _merge(person, other)
                gone.add(id(other))
    return [person for person in people if id(person) not in gone]


_PEERAGES = ("Duke", "Marquess", "Marquis", "Earl", "Viscount", "Baron")


def _spellings_merged(people: list[Candidate]) -> list[Candidate]:
    """A name spelled twice, with a letter doubled or a vowel put in once ("Chanan Singh" and "Channan
    Singh", "Mahatama Gandhi" and "Mahatma Gandhi"), merged into the person named first: one person.
    Never a letter more at a word's end ("Shiv Verma" and "Shiva Verma" may be two men)."""
    kept: list[Candidate] = []
    for person in sorted(people, key=lambda person: person.first):
        same = next((other for other in kept if _respelled(person.forms, other.forms)), None)
        if same is None:
            kept.append(person)
        else:
            _merge(same, person)
    return kept


def _respelled(forms: set[str], others: set[str]) -> bool:
    for form in forms:
        words = form.split()
        for other in others:
            theirs = other.split()
            if len(words) != len(theirs) or words == theirs:
                continue
            differ = [(mine, its) for mine, its in zip(words, theirs, strict=True) if mine != its]
            if len(differ) == 1 and (_letter_put_in(*differ[0]) or _letter_put_in(*reversed(differ[0]))):
                return True
    return False


def _letter_put_in(short: str, long: str) -> bool:
    """Whether `long` is `short` with one letter put inside it: the letter before doubled ("Chanan",
    "Channan") or a vowel between two consonants ("Mahatma", "Mahatama")."""
    if len(short) < 4 or len(long) != len(short) + 1 or not short.isalpha():
        return False
    for at in range(1, len(short)):
        if long[:at] + long[at + 1 :] == short:
            letter, before, after = long[at], long[at - 1], long[at + 1]
            if letter == before or (letter in "aeiou" and before not in "aeiou" and after not in "aeiou"):
                return True
    return False


def _addressed(person: Candidate) -> set[str]:
    """A person's styles, and the names a style makes of its land: a peer's "Lord" ("Lord Buckingham"
    of "Duke of Buckingham"), the given name and "of" ("Louis of Anjou" of "Louis I, Duke of Anjou")."""
    styles = (style.partition(" of ") for style in person.styles)
    lands = {land for title, _, land in styles if title in _PEERAGES and len(land.split()) == 1}
    given = [person.key_words[0]] if len(person.key_words) > 1 else []
    return (
        person.styles | {f"Lord {land}" for land in lands} | {f"{name} of {land}" for land in lands for name in given}
    )


def _styled_twice(styles: set[str], people: list[Candidate]) -> bool:
    return sum(bool(styles & _addressed(person)) for person in people) > 1


def _squashed(candidate: Candidate) -> str:
    """A name's letters without spaces, initials kept, in any case: "Sukh Dev" and "Sukhdev" are one
    spelling."""
    if any(word.endswith(".") for word in candidate.words):
        return "".join(word for word in candidate.words if word[0].isupper()).casefold()
    if len(candidate.key_words) > 1:  # "Charles de la Cerda" and "Charles de La Cerda" too
        return "".join(word for word in candidate.words if word != "of").casefold()
    return "".join(candidate.key_words).casefold()


def _merge(owner: Candidate, candidate: Candidate) -> None:
    """Folds a shorter or other form of a name into the person's."""
    owner.first = min(owner.first, candidate.first)
    owner.sentence = min(owner.sentence, candidate.sentence)
    owner.forms |= candidate.forms
    owner.roles.extend(candidate.roles)
    owner.evidence += candidate.evidence
    owner.acts += candidate.acts


def _named_before(alone: Candidate, owner: Candidate) -> bool:
    """Whether a single name is someone else than the fuller name it is part of: it comes first, in
    an earlier sentence, as a person in its own right, with a role of its own ("The engineer Varga"
    before his grandson "Gábor Varga"; not "Lincoln" before "Abraham Lincoln"), with a title the
    fuller name never has ("President Kennedy" before "Attorney General Robert Kennedy"), or as the
    given name alone ("Anne died" before "Lady Anne Sackville")."""
    if len(alone.key_words) != 1 or alone.sentence >= owner.sentence or alone.evidence < THRESHOLD:
        return False
    word = alone.key_words[0]
    if word == owner.key_words[0] != owner.key_words[-1] and plain(word.lower()) in GIVEN_NAMES:
        return True
    own = {role for _, _, role in alone.roles if not rank_only(role)}
    if own and not own & {role for _, _, role in owner.roles}:
        return True
    titles, theirs = _titles(alone), _titles(owner)
    return bool(titles) and bool(theirs) and not titles & theirs


def _namesake(short: Candidate, owner: Candidate) -> bool:
    """Whether a full name told in an earlier sentence than a fuller one that puts a whole given name in
    its middle names someone else: "John Adams" before his son "John Quincy Adams" (not "John Q.
    Adams", nor the fuller name told first, nor the article's subject); or one that adds a family name
    after it, when the shorter is told in two sentences before the fuller one and is not the article's
    subject: "Ram Prasad" twice before "Ram Prasad Bismil" is another man (not "Alfonso III" of
    "Alfonso III of Aragon", nor a name told once, as "Amar Singh's son" before "Amar Singh Thapa")."""
    words, fuller = short.key_words, owner.key_words
    if (
        len(words) < 2
        or owner.sentence <= 0
        or short.sentence >= owner.sentence
        or short.evidence < THRESHOLD
        or len(fuller) <= len(words)
    ):
        return False
    if words[0] == fuller[0] and words[-1] == fuller[-1]:
        return True
    told_before = {index for index in short.told_in if index < owner.sentence}
    return (
        short.sentence > 0 and len(told_before) > 1 and fuller[: len(words)] == words and not _with_byname(short, owner)
    )


def _namesakes(one: Candidate, other: Candidate) -> bool:
    return _namesake(one, other) or _namesake(other, one)


def _titles(candidate: Candidate) -> set[str]:
    """The titles a name is written with ("President" of "President Kennedy")."""
    return {role for rank, _, role in candidate.roles if rank == 1}


def _shared_given_name(candidate: Candidate, people: list[Candidate]) -> bool:
    """Whether a single word is the first name of two or more fuller names, and the last of none."""
    if len(candidate.key_words) != 1:
        return False
    word = candidate.key_words[0]
    if plain(word.lower()) not in GIVEN_NAMES:
        return False  # "Okada" of "Okada Shinzō" and "Okada Yū" is a family name
    fuller = [person.key_words for person in people if len(person.key_words) > 1]
    return sum(words[0] == word for words in fuller) >= 2 and not any(words[-1] == word for words in fuller)


def _shared_surname(alone: Candidate, owner: Candidate, people: list[Candidate], own: dict[int, float]) -> bool:
    """Whether a single word is the last of the owner's name and of another person's, neither of them
    the article's subject, nor one name within the other ("Kissinger" of "Henry Kissinger" and
    "National Security Advisor Henry Kissinger")."""
    if len(alone.key_words) != 1 or owner.sentence == 0 or owner.key_words[-1] != alone.key_words[0]:
        return False
    named = set(owner.key_words)
    return any(
        person is not owner
        and len(person.key_words) > 1
        and person.key_words[-1] == alone.key_words[0]
        and own[id(person)] >= THRESHOLD
        and not (set(person.key_words) <= named or named <= set(person.key_words) and not _namesakes(person, owner))
        for person in people
    )


def _owner(candidate: Candidate, people: list[Candidate]) -> Candidate | None:
    """The person whose fuller name holds this shorter form's words, and its surname; the first such
    person named when several do ("Okada" of "Okada Shinzō" and "Okada Yū")."""
    words = candidate.key_words
    if not words:
        return None
    owners = []
    squashed = _squashed(candidate) if len(words) > 1 else ""
    for person in people:
        fuller = person.key_words
        if "of" in person.words and set(words) <= set(person.words[person.words.index("of") :]):
            continue  # "Majorca" is not "James II of Majorca"
        if squashed and squashed in {word.casefold() for word in fuller} and len(fuller) > 1:
            owners.append(person)  # "Sukh Dev" of "Sukhdev Thapar"
            continue
        if len(person.words) < len(candidate.words) or not set(words) <= set(fuller):
            continue
        if len(person.words) == len(candidate.words) and not _initials_fit(candidate.words, fuller):
            continue
        if words[-1] == fuller[-1] or words[0] == fuller[0] or person.sentence == 0:
            owners.append(person)
    if not owners:
        return None
    # The article's subject, named in its title or first sentence, before the first named: "Rai" is
    # Lala Lajpat Rai in his biography, not his father Lala Radha Krishan... Rai named before him.
    return min(owners, key=lambda person: (person.sentence != 0, person.first))


def _with_byname(candidate: Candidate, person: Candidate) -> bool:
    """Whether a person's name is the candidate's with a byname after it: "James I of Aragon" of "James I"."""
    size = len(candidate.words)
    return len(person.words) > size + 1 and person.words[:size] == candidate.words and person.words[size] == "of"


def _initials_fit(words: tuple[str, ...], fuller: tuple[str, ...]) -> bool:
    """Whether a name's initials stand for words of the fuller name it leaves out ("William H.
    Seward" of "William Henry Seward")."""
    initials = [word for word in words if word.endswith(".")]
    left = [word for word in fuller if word not in words]
    return (
        bool(initials)
        and len(initials) == len(left)
        and all(initial[0] == word[0] for initial, word in zip(initials, left, strict=True))
    )
