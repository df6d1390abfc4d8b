"""`vlasov review`'s e: one entry alone in the reviewer's editor, asked again until check passes."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from vlasov_cli.cli.views.review import say
from vlasov_cli.core.errors import BadInput

if TYPE_CHECKING:
    from collections.abc import Callable

    from vlasov_cli.features.review import DraftFiles, Pending


def edit_alone(files: DraftFiles, entry: Pending, ask: Callable[[str], str | None]) -> bool:
    """Edit the entry alone in $EDITOR until check passes or the reviewer gives up; whether it changed."""
    import shlex
    import subprocess
    import tempfile

    from vlasov_cli.features.review import read_edit

    editor = shlex.split(os.environ.get("VISUAL") or os.environ.get("EDITOR") or "vi")
    with tempfile.TemporaryDirectory(prefix="vlasov-edit-") as folder:
        path = Path(folder) / f"{entry.id or 'entry'}.yaml"
        original = files.as_yaml(entry)
        path.write_text(original, encoding="utf-8")
        while True:
            try:
                status = subprocess.run([*editor, str(path)], check=False).returncode
            except OSError as error:
                raise BadInput(f"cannot start the editor {editor[0]!r}: {error.strerror or error}") from None
            text = path.read_text(encoding="utf-8")
            if status != 0 or text == original:
                why = "" if status == 0 else f"The editor exited with status {status}: "
                say(f"{why}The entry is unchanged." if not why else f"{why}the entry is unchanged.")
                return False
            try:
                edited = read_edit(text)
                problems = files.problems_after(entry, edited)
            except BadInput as error:
                problems = [str(error)]
            if not problems:
                files.replace(entry, edited, reviewed=False)
                say("Edited; asked again as it now is.")
                return True
            for problem in problems:
                say(problem, 2)
            if (ask("[e]dit again or [d]iscard the edit? ") or "d").lower() != "e":
                say("The edit is discarded: the entry is unchanged.")
                return False
