"""Write a synthetic bank 100 times the size of the shipped one, for the scale benchmark.

    python bench/make_bank.py DIR [--copies 100]

The bank is the shipped one plus 99 copies of it. Copy k has its ids suffixed with "-xk" and its
letters (in names, quotes, prompts, answers... and in its own copy of the source text) put through
a letter substitution of its own, so every copy has different names, yet every quote is still a
verbatim passage of the (100 times longer) source text and the bank passes `vlasov check`.
Its event dates, and every year its texts write (in its own copy of the source too), are moved
YEARS_APART * k years later, so that a year holds as many events as in the shipped bank (a look-up
returns as much as before, out of a bank 100 times larger). Other numbers, flags, topics, kinds and
question types are kept as they are.
"""

from __future__ import annotations

import argparse
import calendar
import random
import re
import string
from pathlib import Path

import yaml

from vlasov_cli.state.paths import default_bank_folder

SECTIONS = ("people", "events", "terms", "questions")
YEARS_APART = 56  # a multiple of 28: the same weekdays and leap years, mostly
KEEP = {"id", "approximate", "inferred", "topic", "kind", "category", "type", "people", "follows"}


def cipher(copy: int) -> dict[int, str]:
    """A letter substitution of its own for copy `copy` (upper and lower case alike)."""
    letters = list(string.ascii_lowercase)
    random.Random(copy).shuffle(letters)
    table = dict(zip(string.ascii_lowercase, letters, strict=True))
    table.update({plain.upper(): coded.upper() for plain, coded in table.items()})
    return str.maketrans(table)


YEAR = re.compile(r"\b1[89][0-9]{2}\b")


def later(text: str, years: int) -> str:
    """`text` with every year it writes (1800 to 1999) `years` later; February 29 becomes 28 if need be."""
    moved = YEAR.sub(lambda match: f"{int(match.group()) + years:04d}", text)
    return re.sub(
        r"\b([0-9]{4})-02-29\b",
        lambda match: match.group() if calendar.isleap(int(match.group(1))) else f"{match.group(1)}-02-28",
        moved,
    )


def transform(value, table: dict[int, str], years: int):
    """Text through the substitution, years moved; lists and mappings recursively; anything else as it is."""
    if isinstance(value, str):
        return later(value.translate(table), years)
    if isinstance(value, list):
        return [transform(item, table, years) for item in value]
    if isinstance(value, dict):
        return {key: transform(item, table, years) for key, item in value.items()}
    return value


def copy_entry(section: str, entry: dict, copy: int, table: dict[int, str]) -> dict:
    result = {}
    for key, value in entry.items():
        if key == "id":
            result[key] = f"{value}-x{copy}"
        elif key == "date" and section == "events":
            result[key] = later(str(value), YEARS_APART * copy)
        elif key in ("people", "follows"):
            result[key] = [f"{other}-x{copy}" for other in value]
        elif key in KEEP:
            result[key] = value
        elif key == "answer" and entry.get("type") in ("truefalse", "number", "date"):
            result[key] = value
        else:
            result[key] = transform(value, table, YEARS_APART * copy)
    return result


def make_bank(target: Path, copies: int = 100) -> Path:
    source_folder = default_bank_folder()
    meta = yaml.safe_load((source_folder / "bank.yaml").read_text(encoding="utf-8"))
    source = (source_folder / meta["source"]).read_text(encoding="utf-8").replace("\r\n", "\n").strip()
    sections: dict[str, list[dict]] = {section: [] for section in SECTIONS}
    for path in sorted(source_folder.glob("*.yaml")):
        if path.name == "bank.yaml":
            continue
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
        for section in SECTIONS:
            sections[section] += (data or {}).get(section) or []
    texts = [source]
    written = {section: list(entries) for section, entries in sections.items()}
    for copy in range(1, copies):
        table = cipher(copy)
        texts.append(later(source.translate(table), YEARS_APART * copy))
        for section, entries in sections.items():
            written[section] += [copy_entry(section, entry, copy, table) for entry in entries]
    target.mkdir(parents=True, exist_ok=True)
    (target / "source.txt").write_text("\n\n".join(texts) + "\n", encoding="utf-8")
    meta = {"title": f"{meta['title']} (x{copies})", "author": meta.get("author", ""), "source": "source.txt"}
    (target / "bank.yaml").write_text(yaml.safe_dump(meta, sort_keys=False, allow_unicode=True), encoding="utf-8")
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    for section, entries in written.items():
        text = yaml.dump({section: entries}, Dumper=dumper, sort_keys=False, allow_unicode=True, width=1000)
        (target / f"{section}.yaml").write_text(text, encoding="utf-8")
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("target", type=Path, help="folder to write the bank into (created)")
    parser.add_argument("--copies", type=int, default=100, help="how many times the shipped bank (default 100)")
    arguments = parser.parse_args()
    print(make_bank(arguments.target, arguments.copies))


if __name__ == "__main__":
    main()
