"""`vlasov check`, when the bank passes: what it holds, its warnings counted, and its drafts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from vlasov_cli.cli.views.output import counted, escape, say_summary

if TYPE_CHECKING:
    from rich.console import Console

    from vlasov_cli.core.records import CheckReport


def show(console: Console, report: CheckReport) -> None:
    parts = ", ".join(f"{value} {name.replace('_', ' ')}" for name, value in report.counts.items())
    warned = f", {counted(len(report.warnings), 'warning')}" if report.warnings else ""
    say_summary(console, f"[green]ok[/] {escape(report.bank)}: {parts}; no problems{warned}")
    if report.drafts:
        drafts = counted(report.drafts, "draft")
        say_summary(console, f"{drafts} to review: read each entry marked `draft:`, then delete that line")
