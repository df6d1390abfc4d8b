"""`vlasov stats`: the learner's quiz history in figures."""

from __future__ import annotations

from typing import Annotated

import typer

from vlasov_cli.cli.app import BankOption, JsonOption, app, load_bank, show


@app.command()
def stats(
    repair: Annotated[
        bool, typer.Option("--repair", help="Keep every readable answer of a damaged history, scheduled again.")
    ] = False,
    bank: BankOption = None,
    as_json: JsonOption = False,
) -> None:
    """Your quiz history: answered, accuracy by topic and over time, reviews due, leeches.

    Example: vlasov stats
    """
    from vlasov_cli.cli.views import stats as view
    from vlasov_cli.cli.views.output import note, warning
    from vlasov_cli.features.stats import history_stats
    from vlasov_cli.state.history import History

    loaded = load_bank(bank)
    history = History(loaded.key, claim=(loaded.former_key, loaded.question_ids))
    for notice in history.notices:
        warning(notice)
    if repair:
        kept, lost, moved = history.repair()
        note(f"repaired: kept {kept} answers, {lost} could not be read; the damaged history is at {moved}")
    figures = history_stats(history, loaded)
    history.close()
    show(figures, as_json, view.show)
