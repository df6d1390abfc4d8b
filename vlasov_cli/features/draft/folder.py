"""Writing a draft bank's folder: bank.yaml, the article copied byte for byte, and one YAML file
per kind of entry, each file whole or not at all."""

from __future__ import annotations

import os
import signal
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from vlasov_cli.core.errors import BadInput, Interrupted
from vlasov_cli.core.files import NotRegular, TooLarge, read_regular
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
    """The name the article's copy gets in the bank: its own, unless a bank would read it as YAML,
    or a bank could not hold it as text (not UTF-8, a line break, a control character, hidden)."""
    name = article.name
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:  # a name that is not UTF-8 on disk (its bytes decoded as surrogates)
        return "source.txt"
    plain = not refused_in(name, one_line=True) and not name.startswith(".")
    return name if plain and name not in FILES and not name.endswith((".yaml", ".yml")) else "source.txt"


def write_draft(folder: Path, draft: Draft, source: bytes, force: bool = False) -> None:
    """Write the bank folder whole or not at all: into a temporary folder beside it, then put in its
    place. A folder that holds anything is refused, unless `force` is given; then no file a person
    wrote or changed is written over (`MANIFEST` lists the draft's own files as drafted), and the
    other files the folder holds stay in it."""
    names = [draft.meta["source"], *FILES]
    target = _target(folder)
    kept = _may_replace(folder, target, force, names) if target.is_dir() else []
    try:
        files = {draft.meta["source"]: source}
        header = HEADER.format(source=draft.meta["source"]).encode("utf-8")
        documents: dict[str, Any] = {
            "bank.yaml": draft.meta,
            "people.yaml": {"people": draft.people},
            "events.yaml": {"events": draft.events},
            "terms.yaml": {"terms": draft.terms},
            "questions.yaml": {"questions": []},
        }
        files.update((name, header + _yaml(document).encode("utf-8")) for name, document in documents.items())
        _put_in_place(folder, target, files, kept)
    except OSError as error:
        raise BadInput(f"cannot write the draft into {folder}: {error.strerror or error}") from None


# What a draft wrote: "sha256  name" a line, so that --force knows its own files, unchanged.
MANIFEST = ".vlasov-draft"
_LARGEST_DRAFT_FILE = 16 * MAX_ARTICLE_BYTES
_FORCE_ONLY = "--force writes over a draft's own files only; move it away, or choose a new folder"


def _target(folder: Path) -> Path:
    """Where the draft's folder goes: `folder`, or the folder it links to; BadInput for a dangling
    link, a file, or a place under a file."""
    if folder.is_symlink():
        if not folder.exists():
            raise BadInput(f"{folder} is a link to {os.readlink(folder)}, which does not exist")
        return folder.resolve()
    for above in folder.absolute().parents:
        if above.exists() or above.is_symlink():
            if not above.is_dir():
                raise BadInput(f"cannot write the draft into {folder}: {above} is a file")
            break
    if folder.exists() and not folder.is_dir():
        raise BadInput(f"{folder} is not a folder")
    return folder


def _may_replace(folder: Path, target: Path, force: bool, names: list[str]) -> list[str]:
    """The files of a folder that a draft may be written into, which stay in it; BadInput for a
    folder holding anything without `force`, a draft's file a person changed (or a file of the
    name a draft writes that no draft wrote), a link, or a folder inside it."""
    present = sorted(os.listdir(target))
    if present and not force:
        raise BadInput(f"{folder} is not empty: choose a new folder, or replace its draft with --force")
    drafted = _manifest(target)
    kept = []
    for name in present:
        path = folder / name
        if name == MANIFEST:
            continue
        if path.is_symlink():
            raise BadInput(f"{path} is a link: {_FORCE_ONLY}")
        if (target / name).is_dir():
            raise BadInput(f"{path} is a folder: {_FORCE_ONLY}")
        if name not in names:
            kept.append(name)  # a file of the person's own, beside the draft: it stays
        elif name not in drafted:
            raise BadInput(f"{path} was not written by vlasov draft: {_FORCE_ONLY}")
        elif not _unchanged(target / name, drafted[name]):
            raise BadInput(f"{path} was changed since it was drafted: {_FORCE_ONLY}")
    return kept


def _unchanged(path: Path, digest: str) -> bool:
    try:
        return _digest(read_regular(path, _LARGEST_DRAFT_FILE)) == digest
    except OSError:
        return False


def _manifest(target: Path) -> dict[str, str]:
    try:
        text = read_regular(target / MANIFEST, 2**20).decode("utf-8")
    except (OSError, UnicodeDecodeError):
        return {}
    return {name: digest for digest, _, name in (line.partition("  ") for line in text.splitlines()) if name}


def _digest(data: bytes) -> str:
    import hashlib

    return hashlib.sha256(data).hexdigest()


def _put_in_place(folder: Path, target: Path, files: dict[str, bytes], kept: list[str]) -> None:
    """Write `files` into a new temporary folder beside `target`, with the files `kept` of `target`
    linked into it (the same files, not copies), then rename it to `target` (over an empty folder,
    or with the draft it holds set aside and removed): a crash, a kill or a full disk leaves `target`
    as it was. The renames are not interrupted by Ctrl-C or SIGTERM."""
    import shutil
    import tempfile

    parent = target.absolute().parent
    parent.mkdir(parents=True, exist_ok=True)
    mode = stat.S_IMODE(os.stat(target).st_mode) if target.is_dir() else 0o777 & ~_umask()
    temporary = Path(tempfile.mkdtemp(prefix=f".{target.name}.draft-", dir=parent))
    try:
        for name in kept:
            os.link(target / name, temporary / name)
        for name, data in files.items():
            (temporary / name).write_bytes(data)
        manifest = "".join(f"{_digest(data)}  {name}\n" for name, data in files.items())
        (temporary / MANIFEST).write_text(manifest, encoding="utf-8")
        os.chmod(temporary, mode)
        try:
            with _signals_held():
                _rename_over(target, temporary)
        except KeyboardInterrupt:  # come while the renames were held: they are done
            raise Interrupted(f"interrupted: the draft is written to {folder}") from None
    except BaseException:
        shutil.rmtree(temporary, ignore_errors=True)
        raise


def _rename_over(target: Path, temporary: Path) -> None:
    import secrets
    import shutil

    if not (target.is_dir() and os.listdir(target)):
        os.rename(temporary, target)  # where nothing was, or over an empty folder
        return
    aside = target.with_name(f".{target.name}.replaced-{secrets.token_hex(4)}")
    os.rename(target, aside)
    try:
        os.rename(temporary, target)
    except OSError:
        os.rename(aside, target)
        raise
    shutil.rmtree(aside, ignore_errors=True)


@contextmanager
def _signals_held() -> Iterator[None]:
    """Hold Ctrl-C and SIGTERM back until the block is done (they come after it)."""
    if not hasattr(signal, "pthread_sigmask"):  # (POSIX's: elsewhere the renames are not held)
        yield
        return
    held = {signal.SIGINT, signal.SIGTERM}
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, held)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _yaml(document: Any) -> str:
    import yaml

    return yaml.safe_dump(document, sort_keys=False, allow_unicode=True, width=1_000_000)
