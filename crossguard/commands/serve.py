"""``crossguard serve``: the pre-listing check over HTTP (uvicorn)."""

from __future__ import annotations

from typing import Annotated

import typer

from crossguard.commands._options import ConfigOption, RulesOption, settings_or_exit


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)


def serve(
    host: Annotated[str, typer.Option(help="Address to bind")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on")] = 8080,
    rules: RulesOption = None,
    config: ConfigOption = None,
) -> None:
    """Serve the pre-listing check over HTTP (POST /v1/check)."""
    loaded = settings_or_exit(config, 1)
    import uvicorn  # only this command needs the server

    from crossguard.service.app import create_app

    # One worker process: the evaluator lives in-process; scale with more processes behind a proxy.
    uvicorn.run(create_app(rules or None, loaded.law_dates), host=host, port=port, workers=1)
