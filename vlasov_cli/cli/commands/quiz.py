"""`vlasov quiz`: choose the questions, then hold the dialogue (cli/dialogue.py) and keep the score."""

from __future__ import annotations

from typing import Annotated

import typer

from vlasov_cli.cli.app import BankOption, JsonOption, app, load_bank, names, show
from vlasov_cli.core.errors import BadInput


@app.command()
def quiz(
    count: Annotated[int, typer.Option("--count", "-n", help="How many questions.", min=1)] = 10,
    topic: Annotated[
        list[str] | None,
        typer.Option(
            "--topic",
            "-t",
            help="Only this topic (repeatable); `--topic list` shows them.",
            show_default=False,
            autocompletion=names("topics"),
        ),
    ] = None,
    kind: Annotated[
        list[str] | None,
        typer.Option(
            "--type",
            help="Only this question type (repeatable): choice, truefalse, typed, date, number, order.",
            show_default=False,
        ),
    ] = None,
    seed: Annotated[
        int | None, typer.Option("--seed", help="Same seed, same questions and choices.", show_default=False)
    ] = None,
    mode: Annotated[
        str | None,
        typer.Option("--mode", help="review, new or random (default: due reviews, then new).", show_default=False),
    ] = None,
    practice: Annotated[bool, typer.Option("--practice", help="Practise: nothing is written to your history.")] = False,
    missed: Annotated[bool, typer.Option("--missed", help="Only the questions you last answered wrong.")] = False,
    bank: BankOption = None,
    as_json: JsonOption = False,
) -> None:
    """Quiz yourself; every answer shows the article's sentence that proves it.

    At a terminal, type each answer and press Enter (the arrow keys edit it and recall earlier
    ones); type ? if you don't know, ! after a typed answer judged wrong if you were right, - to
    take back your last answer. From a pipe, each line answers one question.

    Example: vlasov quiz --count 5 --topic konr
    """
    import random

    from vlasov_cli.cli import dialogue
    from vlasov_cli.cli.views import quiz as view
    from vlasov_cli.cli.views.output import warning
    from vlasov_cli.features import quiz as engine
    from vlasov_cli.state.history import History

    loaded = load_bank(bank)
    if topic == ["list"]:
        return show(engine.topic_counts(loaded), as_json, view.topics)
    if mode is not None and mode not in engine.MODES:
        raise BadInput(f"--mode must be one of: {', '.join(engine.MODES)}")
    history = History(loaded.key, read_only=practice, claim=(loaded.former_key, loaded.question_ids))
    for notice in history.notices:
        warning(notice)
    rng = random.Random(seed)
    cards = history.cards()
    last_missed = history.missed() if missed else None
    chosen = engine.choose(loaded, cards, rng, count, topic, kind, mode, seed is not None, last_missed)
    session = engine.Session(loaded, history, engine.present(chosen, rng, seed), practice=practice)
    due, new = engine.outlook(loaded, cards, topic, kind)
    stopped = dialogue.hold(session, due, new, missed, as_json)
    summary = session.summary()
    history.close()
    show(summary, as_json, view.summary, paged=False)  # (the score follows the questions on screen)
    if isinstance(stopped, KeyboardInterrupt):
        raise typer.Exit(130)
    if stopped is not None:
        raise stopped
