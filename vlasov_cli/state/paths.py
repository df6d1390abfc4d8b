"""Where vlasov keeps things: the quiz history and the bank store, under $VLASOV_HOME when it is set,
else in the platform's user data and cache folders."""

from __future__ import annotations

import os
from pathlib import Path

from vlasov_cli.core.read import default_bank_folder


def _home() -> Path | None:
    home = os.environ.get("VLASOV_HOME")
    return Path(home) if home else None


def data_folder() -> Path:
    """Where the quiz history lives."""
    home = _home()
    if home:
        return home
    from platformdirs import user_data_dir

    return Path(user_data_dir("vlasov"))


def cache_folder() -> Path:
    """Where the built banks are stored (nothing there is needed: it can always be rebuilt)."""
    home = _home()
    if home:
        return home / "cache"
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("vlasov"))


def bank_folder(option: Path | None) -> Path:
    """The bank the user chose (`--bank` or VLASOV_BANK, already merged by the CLI) or the shipped one."""
    return Path(option) if option else default_bank_folder()
