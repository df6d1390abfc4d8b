"""vlasov: quiz yourself on, and look up, the history told in one article."""

__version__ = "0.1.0"


def main() -> None:
    """The console script. A Ctrl-C while vlasov is still starting (importing what it runs) ends it
    quietly, with status 130, as one later does."""
    try:
        from vlasov_cli.cli.main import main as run_command_line
    except KeyboardInterrupt:
        raise SystemExit(130) from None
    run_command_line()
