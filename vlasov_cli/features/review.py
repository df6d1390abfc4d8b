"""Reviewing a draft bank entry by entry: keep an entry (its `draft:` mark goes), delete it (with the
references only it supported), replace it with an edited version, or take the last decision back.

The YAML files are edited round trip (ruamel.yaml), so comments, key order and layout outside the
entries touched stay as they were; every decision is written at once, atomically, and a file changed
by someone else meanwhile is never overwritten."""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from vlasov_cli.core.dates import MONTHS
from vlasov_cli.core.errors import BadInput
from vlasov_cli.core.files import write_atomically
from vlasov_cli.core.read import KIND_OF_SECTION, bank_files
from vlasov_cli.core.text import fold

if TYPE_CHECKING:
    from collections.abc import Callable

    from vlasov_cli.core.bank import Bank

SECTIONS = tuple(KIND_OF_SECTION)
_MONTH = "(?:" + "|".join(MONTHS) + ")"
WRITTEN_DATE = re.compile(  # "on November 8, 1861", "in 1861", "by 9 May 1945", "In early 1954", "the 1860s"
    r"(?:\b(?i:in|on|by|during|from|until|till|since)\s+)?(?:(?i:early|late|mid)[- ]?)?"
    rf"(?:\d{{1,2}}\s+{_MONTH}(?:,?\s+\d{{3,4}})?|{_MONTH}(?:\s+\d{{1,2}}(?:,?\s+\d{{3,4}})?|,?\s+\d{{3,4}})"
    r"|\d{4}s?)\b,?"
)
CONNECTIVE = re.compile(
    r"^(?:although|though|while|whereas|when|after|before|because|since|however|meanwhile|thus|then|"
    r"consequently|moreover|furthermore|nevertheless|in response|in addition|as a result|following this)\b,?\s*",
    re.IGNORECASE,
)
SEVERAL = re.compile(r"(?:Both(?: men| women)?|The (?:two|three|four)(?: men| women)?|They|The pair)\s(?=[a-z])")
CLAUSE_BREAK = re.compile(r"\s*(?:[;:—–]|,(?=\s))\s*")  # people, events, terms, questions
ORDERS = ("sure", "article")


class Pending(NamedTuple):
    """An entry still marked `draft:`, where it stands."""

    file: Path
    section: str  # people, events, terms or questions
    id: str
    sure: float
    line: int  # 1-based line of its first key
    place: int  # its position among all entries, in the files' order
    draft: bool = True  # still marked `draft:` (review --all walks the kept too)


class Deletion(NamedTuple):
    """What deleting an entry takes with it: the events that name a deleted person lose the name."""

    entry: Pending
    unlinked: tuple[str, ...]  # ids of the events whose `people` list named it


class Changed(BadInput):
    """A bank file was changed by something else since the review read it."""


def _yaml() -> Any:
    from ruamel.yaml import YAML

    yaml = YAML()
    yaml.preserve_quotes = True
    yaml.width = 4096  # never fold a long line that was written on one
    return yaml


def _sequence_indent(text: str) -> int:
    """How far the file indents its list items ("- id:" at 0, or "  - id:" at 2)."""
    for line in text.splitlines():
        if line.lstrip().startswith("- "):
            return len(line) - len(line.lstrip())
    return 0


class DraftFiles:
    """The bank folder's YAML files, loaded round trip, with what each held when last read or written."""

    def __init__(self, folder: Path, texts: dict[Path, str] | None = None, kept_too: bool = False) -> None:
        """The files as they are in `folder`, or, given `texts`, a copy in memory of those texts; with
        `kept_too`, the entries kept already are waiting as the drafts are (review --all)."""
        self.folder = folder
        self.kept_too = kept_too
        self.texts: dict[Path, str] = {}
        self.data: dict[Path, Any] = {}
        for path in texts or bank_files(folder)[1:]:
            self._load(path, texts[path] if texts else None)

    def _load(self, path: Path, text: str | None = None) -> None:
        text = path.read_text(encoding="utf-8") if text is None else text
        self.texts[path] = text
        self.data[path] = _yaml().load(text) if text.strip() else None

    def pending(self, section: str | None = None, order: str = "sure", kept: bool | None = None) -> list[Pending]:
        """The entries waiting: those marked `draft:`, and with `kept` (by default `kept_too`) the others."""
        kept = self.kept_too if kept is None else kept
        found: list[Pending] = []
        for path, data in self.data.items():
            for name, entries in _sections(data):
                if section and name != section:
                    continue
                for entry in entries:
                    if isinstance(entry, dict) and ("draft" in entry or kept):
                        line = entry.lc.line + 1 if hasattr(entry, "lc") else 0
                        draft = "draft" in entry
                        sure = _sureness(entry) if draft else 1.0
                        found.append(Pending(path, name, str(entry.get("id", "")), sure, line, len(found), draft))
        if order == "sure":
            found.sort(key=lambda entry: (entry.sure, entry.place))
        return found

    def entry(self, pending: Pending) -> Any:
        for name, entries in _sections(self.data[pending.file]):
            if name == pending.section:
                for entry in entries:
                    if isinstance(entry, dict) and str(entry.get("id", "")) == pending.id:
                        return entry
        raise Changed(f"{pending.file}: the entry {pending.id} is no longer there; run vlasov review again")

    def keep(self, pending: Pending) -> None:
        entry = self.entry(pending)
        if "draft" in entry:  # (one kept already is left as it is)
            del entry["draft"]
            self._save([pending.file])

    def deletion(self, pending: Pending) -> Deletion:
        """What deleting `pending` would take with it, before it is done."""
        if pending.section != "people":
            return Deletion(pending, ())
        unlinked = [
            str(event.get("id", ""))
            for _, event in self._events()
            if pending.id in [str(person) for person in event.get("people") or []]
        ]
        return Deletion(pending, tuple(unlinked))

    def delete(self, deletion: Deletion) -> None:
        pending = deletion.entry
        touched = {pending.file}
        for name, entries in _sections(self.data[pending.file]):
            if name == pending.section:
                entries.remove(self.entry(pending))
        for path, event in self._events():
            names = event.get("people")
            if names and pending.id in [str(person) for person in names]:
                names.remove(pending.id)
                touched.add(path)
        self._save(sorted(touched))

    def replace(self, pending: Pending, edited: dict[str, Any], reviewed: bool = True) -> None:
        """Put the edited mapping in the entry's place, in the edited order of its keys. An edit is the
        reviewer's reading (`reviewed`: no `draft:`); a fix leaves the entry to be asked again."""
        _put(self.entry(pending), edited, reviewed)
        self._save([pending.file])

    def problems_with(self, change: Callable[[DraftFiles], None]) -> list[str]:
        """What `check` would say of the bank once `change` is made to a copy of it (nothing is written)."""
        import shutil
        import tempfile

        from vlasov_cli.core.read import read_bank
        from vlasov_cli.core.text import ParagraphIndex
        from vlasov_cli.core.validate import validate

        trial = DraftFiles(self.folder, self.texts)
        change(trial)
        with tempfile.TemporaryDirectory(prefix="vlasov-review-") as folder:
            for path in bank_files(self.folder)[:1] + [self.folder / name for name in _sources(self.folder)]:
                shutil.copyfile(path, Path(folder) / path.name)
            for path in trial.data:
                (Path(folder) / path.name).write_text(trial._dumped(path), encoding="utf-8")
            raw = read_bank(Path(folder))
            problems = validate(raw, ParagraphIndex(raw.paragraphs))
        return [str(problem).replace(folder + "/", "") for problem in problems]

    def problems_after(self, pending: Pending, edited: dict[str, Any]) -> list[str]:
        """What `check` would say of the bank with `edited` in the entry's place."""
        return self.problems_with(lambda trial: _put(trial.entry(pending), edited, reviewed=True))

    def merge(self, pending: Pending, into: str) -> None:
        """Make `pending` one with the entry `into` of its section: its names become aliases there, its
        facts join them, the events that name it name `into`, and it goes."""
        self._merge(pending, into)
        self._save(sorted({pending.file, *(path for path, _ in self._events())}))

    def _merge(self, pending: Pending, into: str) -> None:
        source = self.entry(pending)
        target = self.entry(pending._replace(id=into))
        known = {fold(name) for name in (target.get("name", ""), *(target.get("aliases") or []))}
        aliases = [name for name in (source.get("name"), *(source.get("aliases") or [])) if name]
        for name in aliases:
            if fold(str(name)) not in known:
                _list(target, "aliases").append(name)
                known.add(fold(str(name)))
        quotes = {fold(str(fact.get("quote", ""))) for fact in target.get("facts") or []}
        for fact in source.get("facts") or []:
            if fold(str(fact.get("quote", ""))) not in quotes:
                _list(target, "facts").append(fact)
        if _describes_it(source) and not _describes_it(target):  # (keep the description that describes)
            target.update({field: source[field] for field in ("description", "quote") if field in source})
        if source.get("role") and not target.get("role"):
            _put(target, {**target, "role": source["role"]}, reviewed="draft" not in target)
        if pending.section == "events":  # one happening told twice: the other tells of its people too
            for person in source.get("people") or []:
                if person not in (target.get("people") or []):
                    _list(target, "people").append(person)
        for _, event in self._events():
            for field in ("people", "follows"):
                names = [str(name) for name in event.get(field) or []]
                if pending.id in names:
                    event[field].remove(pending.id)
                    if into not in names and into != event.get("id"):
                        event[field].append(into)
        self.data[pending.file][pending.section].remove(source)

    def merge_problems(self, pending: Pending, into: str) -> list[str]:
        return self.problems_with(lambda trial: trial._merge(pending, into))

    def like(self, pending: Pending, first: str = "") -> list[tuple[str, str]]:
        """The entries of its section (id, name) that share a word of their names (an event: of its title,
        or its date) with `pending`, or a stem or initials ("Confederacy" and "Confederate States of
        America", "U.S." and "United States"), the most alike first, the entry `first` before them (the
        one its mark names as the same): what it may be merged into."""
        from vlasov_cli.features.review_marks import alike

        entry = self.entry(pending)
        words = _name_words(entry)
        scored = []
        for other in self._section(pending.section):
            shared = len(words & _name_words(other)) + (
                5 if entry.get("date") and other.get("date") == entry.get("date") else 0
            )
            if pending.section != "events":  # also a stem or initials: "Confederacy", "U.S. Government"
                shared = max([shared, *(alike(mine, theirs) for mine in _names(entry) for theirs in _names(other))])
            if first and str(other.get("id", "")) == first:
                shared = 1000
            if shared and other is not entry:
                what = other.get("name") or f"{other.get('date', '')}  {other.get('title', '')}"
                scored.append((-shared, str(other.get("id", "")), str(what)))
        return [(entry_id, name) for _, entry_id, name in sorted(scored)][:9]

    def parts(self, pending: Pending) -> list[tuple[str, int, str]]:
        """What may be cut from an entry, each (field, index, text): aliases, role, facts, an event's people."""
        entry = self.entry(pending)
        found: list[tuple[str, int, str]] = []
        for field in ("aliases", "role", "facts", "people"):
            value = entry.get(field)
            if isinstance(value, list):
                for index, item in enumerate(value):
                    found.append((field, index, str(item.get("quote", "")) if isinstance(item, dict) else str(item)))
            elif value and field == "role":
                found.append((field, 0, str(value)))
        return found

    def without(self, pending: Pending, cut: list[tuple[str, int, str]]) -> dict[str, Any]:
        """The entry, as a plain mapping, without the parts `cut`."""
        edited = dict(self.entry(pending))
        for field in {field for field, _, _ in cut}:
            if field == "role":
                del edited["role"]
            else:
                gone = {index for name, index, _ in cut if name == field}
                edited[field] = [item for index, item in enumerate(edited[field]) if index not in gone]
        return edited

    def linkable(self, pending: Pending) -> list[tuple[str, str]]:
        """The people (id, name) an event's quote names (or the nearest sentence before it that names anyone,
        where it says "he"; for "both men", the nearest a few paragraphs back to name two), not yet among its people."""
        from vlasov_cli.features.draft.sentences import sentences
        from vlasov_cli.features.review_people import PARAGRAPHS_BACK, linkable, sentences_before

        event = self.entry(pending)
        told = [told for source in _sources(self.folder) for told in sentences(self._text_of(source))]
        quote = str(event.get("quote", ""))
        earlier = sentences_before(told, quote, PARAGRAPHS_BACK)
        return linkable(event, self._section("people"), sentences_before(told, quote), earlier)

    def deed_retold(self, event: dict[str, Any]) -> dict[str, Any]:
        """The retitled event with its deed told by its new title, or without one."""
        from vlasov_cli.features.review_people import deed_retold

        return deed_retold(event, self._section("people"))

    def names(self) -> list[str]:
        """The words of every person's and term's name and aliases (a role names others: "wife of ...")."""
        entries = [*self._section("people"), *self._section("terms")]
        return [word for entry in entries if isinstance(entry, dict) for name in _names(entry) for word in name.split()]

    def sentences_naming(self, pending: Pending) -> list[tuple[int, str]]:
        """The article's sentences (paragraph, text) that name the entry by its name or an alias, in order:
        what a term may be described and quoted by."""
        from vlasov_cli.features.draft.sentences import sentences

        names = [fold(name) for name in _names(self.entry(pending))]
        return [
            (sentence.paragraph, sentence.text)
            for source in _sources(self.folder)
            for sentence in sentences(self._text_of(source))
            if sentence.kind == "text" and any(_says(fold(sentence.text), name) for name in names)
        ]

    def sentences_writing(self, pending: Pending, date: str) -> list[tuple[int, str]]:
        """The article's sentences (paragraph, text) that write `date`, those near the event's quote first."""
        from vlasov_cli.features.draft.sentences import sentences
        from vlasov_cli.features.review_dates import sentences_writing

        quote = str(self.entry(pending).get("quote", ""))
        texts = [self._text_of(source) for source in _sources(self.folder)]
        return [found for text in texts for found in sentences_writing(text, sentences(text), quote, date)]

    def _text_of(self, source: str) -> str:
        return (self.folder / source).read_text(encoding="utf-8")

    def quotes_of_other_terms(self, pending: Pending) -> dict[str, str]:
        """The sentences other terms are quoted by, each with that term's name: a sentence describes
        one term (check warns of two with one description)."""
        return {
            str(entry.get("quote", "")): str(entry.get("name", ""))
            for data in self.data.values()
            for name, entries in _sections(data)
            if name == "terms"
            for entry in entries
            if isinstance(entry, dict) and str(entry.get("id", "")) != pending.id
        }

    def as_yaml(self, pending: Pending) -> str:
        """The entry alone, as YAML a person can edit."""
        stream = io.StringIO()
        _yaml().dump(self.entry(pending), stream)
        return stream.getvalue()

    def snapshot(self) -> dict[Path, str]:
        return dict(self.texts)

    def restore(self, snapshot: dict[Path, str]) -> None:
        """Put back the files a decision changed, as they were before it."""
        changed = [path for path, text in snapshot.items() if self.texts.get(path) != text]
        self._refuse_if_changed(changed)
        for path in changed:
            _write(path, snapshot[path])
            self._load(path)

    def _section(self, section: str) -> list[Any]:
        return [
            entry
            for data in self.data.values()
            for name, entries in _sections(data)
            if name == section
            for entry in entries
            if isinstance(entry, dict)
        ]

    def _events(self) -> list[tuple[Path, Any]]:
        return [
            (path, entry)
            for path, data in self.data.items()
            for name, entries in _sections(data)
            if name == "events"
            for entry in entries
            if isinstance(entry, dict)
        ]

    def _refuse_if_changed(self, paths: list[Path]) -> None:
        for path in paths:
            now = path.read_text(encoding="utf-8") if path.exists() else None
            if now != self.texts[path]:
                raise Changed(
                    f"{path} was changed by something else while you reviewed: nothing was written to it; "
                    "run vlasov review again"
                )

    def _save(self, paths: list[Path]) -> None:
        self._refuse_if_changed(paths)
        for path in paths:
            text = self._dumped(path)
            _write(path, text)
            self.texts[path] = text

    def _dumped(self, path: Path) -> str:
        yaml = _yaml()
        indent = _sequence_indent(self.texts[path])
        yaml.indent(mapping=2, sequence=indent + 2, offset=indent)
        stream = io.StringIO()
        yaml.dump(self.data[path], stream)
        return stream.getvalue()


def _put(entry: Any, edited: dict[str, Any], reviewed: bool) -> None:
    """Make `entry` hold `edited`, a key new to it placed after the key it follows in `edited`."""
    for key in list(entry):
        if key not in edited and not (key == "draft" and not reviewed):
            del entry[key]
    previous = "draft" if "draft" in entry else None
    for key, value in edited.items():
        if key == "draft":
            continue
        if key not in entry:
            entry.insert(list(entry).index(previous) + 1 if previous else 0, key, value)
        else:
            entry[key] = value
        previous = key
    if reviewed:
        entry.pop("draft", None)


def _list(entry: Any, field: str) -> Any:
    """The entry's list `field`, made where it has none (after its name)."""
    if not isinstance(entry.get(field), list):
        _put(entry, {**entry, field: []}, reviewed="draft" not in entry)
    return entry[field]


def _names(entry: Any) -> list[str]:
    return [str(name) for name in (entry.get("name"), *(entry.get("aliases") or [])) if name]


def _name_words(entry: Any) -> set[str]:
    names = (entry.get("name"), entry.get("title"), *(entry.get("aliases") or []))
    return {word for name in names if name for word in fold(str(name)).split() if len(word) > 2}


def _says(text: str, name: str) -> bool:
    """Whether `name` is written in `text` as whole words (both folded)."""
    import re

    return bool(name) and re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text) is not None


def record_of(bank: Bank, entry_id: str) -> Any:
    """The bank's record (person, event, term or question) of an entry id; None if there is none."""
    for records in (bank.people, bank.events, bank.terms, bank.questions):
        for record in records:
            if record.id == entry_id:
                return record
    return None


def name_choices(term: Any) -> list[str]:
    """Names to start a term's new name from: its own, the longer name its quote gives where it names
    it ("Hudson’s Bay Company" for "Bay Company"), and those of its aliases its quote says when its
    name it does not ("Mexico" for "Mexico City", of "...smuggling of cotton through Mexico")."""
    from vlasov_cli.features.review_marks import longer_name

    name, quote = str(term.get("name", "")), str(term.get("quote", ""))
    said = [] if _says(fold(quote), fold(name)) else term.get("aliases") or []
    found = [name, longer_name(name, quote), *(str(alias) for alias in said if _says(fold(quote), fold(str(alias))))]
    return [choice for choice in dict.fromkeys(found) if choice]


def title_choices(title: str, quote: str) -> list[str]:
    """Titles to start an event's new title from: its own, its quote whole (when short enough), the
    quote recast without what points back or interrupts (as the drafter reads it), and each clause of these of four
    words or more, also without its dates and opening connective ("Although in 1861 Britain declared
    its neutrality" -> "Britain declared its neutrality")."""
    sentence = quote.strip().rstrip(".")
    from vlasov_cli.features.draft.titles_refer import recasts
    from vlasov_cli.features.review_titles import happenings, told_titles

    choices = [title, *happenings(title, sentence)] + ([sentence] if len(sentence) <= 160 else [])

    recast = [*told_titles(sentence), *recasts(sentence)]
    for whole in recast:
        choices += [told for told in (whole, _plain(whole)) if len(told) <= 160]
    for clause in [sentence, *(part for text in (*recast, sentence) for part in CLAUSE_BREAK.split(text))]:
        for told in (clause, _plain(clause)):
            if len(told.split()) >= 4 and len(told) <= 160:
                choices.append(told[0].upper() + told[1:])
    return list(dict.fromkeys(told[0].upper() + told[1:] for told in choices))[:9]


def _plain(clause: str) -> str:
    """A clause without its dates (and the word that brings each in) and without an opening connective."""
    text = re.sub(r"\s+of\s+\d{4}s?\b", "", clause)  # ("the Act of 1867 united")
    text = " ".join(WRITTEN_DATE.sub(" ", text).split())
    text = CONNECTIVE.sub("", text)
    text = re.sub(r"\b(?:of|in|on)\s+(?=[,;.]|which\b|who\b|$)", "", text)  # ("Act of 1867, which", undated)
    text = re.sub(r"\s(?:for|with|by|against|to|from|at)$", "", text)  # ("sentenced to life imprisonment for: …")
    return re.sub(r"\s+([,;.])", r"\1", text).strip(" ,;")


def with_doer(title: str, names: list[str]) -> str:
    """A title opening with a pronoun ("He was arrested") told of the first person named instead, or
    with a word for several ("Both men", "The three", "They") told of all of them ("A, B and C")."""
    first, _, rest = title.partition(" ")
    if first in ("He", "She"):
        return f"{names[0]} {rest}"
    if first in ("His", "Her"):
        return f"{names[0]}'s {rest}"
    several = SEVERAL.match(title)
    if several and len(names) > 1:
        return f"{', '.join(names[:-1])} and {names[-1]} {title[several.end() :]}"
    return title


def renamed(entry: dict[str, Any], name: str) -> dict[str, Any]:
    """The entry with a new name, no alias left that says the same."""
    aliases = [alias for alias in entry.get("aliases") or [] if fold(str(alias)) != fold(name)]
    return {**entry, "name": name, **({"aliases": aliases} if "aliases" in entry else {})}


def read_edit(text: str) -> dict[str, Any]:
    """An edited entry, parsed; BadInput says what is wrong with it."""
    from ruamel.yaml.error import YAMLError

    try:
        edited = _yaml().load(text)
    except YAMLError as error:
        raise BadInput(f"not valid YAML: {str(error).splitlines()[-1].strip()}") from None
    if not isinstance(edited, dict) or "id" not in edited:
        raise BadInput("an entry is a mapping with an id: key")
    return edited


def _sources(folder: Path) -> list[str]:
    """The source text's file name, as bank.yaml gives it (only a name inside the folder is copied)."""
    meta = _yaml().load((folder / "bank.yaml").read_text(encoding="utf-8")) or {}
    name = str(meta.get("source", "")) if isinstance(meta, dict) else ""
    return [name] if name and "/" not in name and (folder / name).is_file() else []


def _write(path: Path, text: str) -> None:
    write_atomically(path, lambda stream: stream.write(text.encode("utf-8")), replace=True)


def _sections(data: Any) -> list[tuple[str, Any]]:
    if not isinstance(data, dict):
        return []
    return [(name, data[name]) for name in SECTIONS if isinstance(data.get(name), list)]


def _sureness(entry: Any) -> float:
    try:
        return float(entry["draft"])
    except (TypeError, ValueError):
        return 0.0


def _describes_it(term: dict[str, Any]) -> bool:
    """Whether a term's description tells what it is: its name then "is"/"was" or an apposition ("The
    Rock is a low island", "Pratzen, a height south of the town,"), not a sentence that only names it."""
    description = str(term.get("description") or "")
    names = [str(name) for name in (term.get("name"), *(term.get("aliases") or [])) if name]
    return any(
        re.match(rf"(?:the\s+)?{re.escape(name)}\s*(?:,\s*(?:a|an|the)\s|(?:is|was|are|were)\s)", description, re.I)
        for name in names
    )
