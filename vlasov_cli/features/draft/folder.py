"""Writing a draft bank's folder: bank.yaml, the article copied byte for byte, and one YAML file
per kind of entry, each file whole or not at all."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from vlasov_cli.core.errors import BadInput
from vlasov_cli.core.files import NotRegular, TooLarge, read_regular, write_atomically
from vlasov_cli.core.validate import refused_character, refused_in, where_in
from vlasov_cli.features.draft.compose import Draft

MAX_ARTICLE_BYTES = 4 * 2**20  # a long book chapter is a tenth of this

FILES = ("bank.yaml", "people.yaml", "events.yaml", "terms.yaml", "questions.yaml")
HEADER = (
    "# Drafted by `vlasov draft` from {source}. Each entry marked `draft:` (with how sure the draft is,\n"
    "# from 0 to 1) is the machine's reading of the article: check it against its quote, correct it,\n"
    "# then delete its `draft:` line. `vlasov check --bank .` says how many drafts remain.\n"
)


def read_article(path: Path) -> tuple[bytes, str]:
    """The article's bytes and its text; BadInput for what is no readable UTF-8 text."""
    try:
        data = read_regular(path, MAX_ARTICLE_BYTES)
    except FileNotFoundError:
        raise BadInput(f"no such file: {path}") from None
    except IsADirectoryError:
        raise BadInput(f"{path} is a folder: give the article's text file") from None
    except (NotRegular, TooLarge) as error:
        raise BadInput(f"cannot draft from it: {error}") from None
    except OSError as error:
        raise BadInput(f"cannot read {path}: {error.strerror or error}") from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise BadInput(f"{path} is not UTF-8 text (line {line}, byte {error.start})") from None
    if not text.strip():
        raise BadInput(f"{path} is empty: there is no article to draft from")
    refused = refused_character(text)
    if refused:
        index, what = refused
        raise BadInput(f"{path} is not plain text: it holds {what} ({where_in(text, index)}), which a bank refuses")
    return data, text


def check_title(title: str) -> None:
    """Refuse a --title a bank would refuse (a line break, a control character); BadInput says why."""
    refused = refused_in(title, one_line=True)
    if refused == "a line break: it is one line":
        raise BadInput("--title holds a line break: a title is one line")
    if refused:
        raise BadInput(f"--title holds {refused}")


def source_file_name(article: Path) -> str:
    """The name the article's copy gets in the bank: its own, unless a bank would read it as YAML."""
    name = article.name
    return "source.txt" if name in FILES or name.endswith((".yaml", ".yml")) else name


def write_draft(folder: Path, draft: Draft, source: bytes, force: bool = False) -> None:
    """Write the bank folder; refuse a folder that holds anything unless `force` is given."""
    if folder.exists() and not folder.is_dir():
        raise BadInput(f"{folder} is not a folder")
    if folder.is_dir() and any(folder.iterdir()) and not force:
        raise BadInput(f"{folder} is not empty: choose a new folder, or replace its draft with --force")
    folder.mkdir(parents=True, exist_ok=True)
    header = HEADER.format(source=draft.meta["source"])
    documents: dict[str, Any] = {
        "bank.yaml": draft.meta,
        "people.yaml": {"people": draft.people},
        "events.yaml": {"events": draft.events},
        "terms.yaml": {"terms": draft.terms},
        "questions.yaml": {"questions": []},
    }
    _write(folder / draft.meta["source"], source, force)
    for name, document in documents.items():
        _write(folder / name, (header + _yaml(document)).encode("utf-8"), force)


def _yaml(document: Any) -> str:
    import yaml

    return yaml.safe_dump(document, sort_keys=False, allow_unicode=True, width=1_000_000)


def _write(path: Path, data: bytes, force: bool) -> None:
    write_atomically(path, lambda handle: handle.write(data), replace=force)
