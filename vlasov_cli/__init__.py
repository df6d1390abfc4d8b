"""vlasov: quiz yourself on, and look up, the history told in one article."""

from __future__ import annotations

import sys

__version__ = "0.1.0"


def main() -> None:
    """The console script. A Ctrl-C while vlasov is still starting (importing what it runs) ends it
    quietly, with status 130, as one later does."""
    sys.unraisablehook = _interrupt_again
    try:
        from vlasov_cli.cli.main import main as run_command_line

        run_command_line()
    except KeyboardInterrupt:
        raise SystemExit(130) from None


def _interrupt_again(unraisable: sys.UnraisableHookArgs) -> None:
    """A Ctrl-C that lands where Python cannot raise it (such as a callback of the import machinery)
    is raised again at the next point that can, instead of being printed as ignored and lost."""
    if isinstance(unraisable.exc_value, KeyboardInterrupt):
        import signal

        signal.raise_signal(signal.SIGINT)
    else:
        sys.__unraisablehook__(unraisable)
