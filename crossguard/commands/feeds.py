"""``crossguard feeds ...``: each feed's health, and the stored ECB rates."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.text import Text

from crossguard.commands._options import ConfigOption, DbOption, err, fail, out, printable
from crossguard.commands._watching import database, load
from crossguard.store.db import session_scope
from crossguard.watchers.models import FeedState
from crossguard.watchers.rates import latest_rates, rates_from_file

feeds_app = typer.Typer(help="Policy, recall and FX feeds: state and exchange rates.")


def register(app: typer.Typer) -> None:
    app.add_typer(feeds_app, name="feeds")


@feeds_app.command("status")
def feeds_status(config: ConfigOption = None, db: DbOption = None) -> None:
    """Each feed's last poll, failures, error and next due time."""
    loaded = load(config)
    wcfg = loaded.watchers
    with database(db, loaded) as engine, session_scope(engine) as s:
        states = {st.name: st for st in s.query(FeedState).all()}
        names = [f.name for f in wcfg.feeds] + sorted(set(states) - {f.name for f in wcfg.feeds})
        for name in names:
            st = states.get(name)
            if st is None:
                out.print(f"{name:<26} never polled", soft_wrap=True)
                continue
            ok = f"{st.last_ok_at:%Y-%m-%d %H:%M}" if st.last_ok_at else "never"
            due = f"{st.next_due_at:%Y-%m-%d %H:%M}" if st.next_due_at else "now"
            style = "bold red" if st.failures else "green"
            out.print(Text.assemble(printable(f"{name:<26} {st.kind:<9} last ok {ok:<16} "),
                                    (f"failures {st.failures}", style), f"  next {due}  items {st.items_total}"),
                      soft_wrap=True)
            if st.last_error:
                out.print(f"{'':<26} {st.last_error}")
        if not names:
            out.print("no feeds configured or polled")


@feeds_app.command("rates")
def feeds_rates(
    config: ConfigOption = None,
    db: DbOption = None,
    file: Annotated[Path | None, typer.Option("--file", help="Read a saved ECB XML file instead")] = None,
) -> None:
    """Latest ECB euro reference rates (units per 1 EUR), as the FX pack sees them."""
    if file is not None:
        try:
            rates = rates_from_file(file)
        except (OSError, ValueError) as exc:
            raise fail(str(exc), 1) from None
    else:
        with database(db, load(config)) as engine:
            rates = latest_rates(engine)
    if not rates:
        err.print("no rates stored yet (run `crossguard watch --once` with the ECB feed configured)")
        raise typer.Exit(1)
    for cur in sorted(rates):
        out.print(f"{cur} {rates[cur]}")
