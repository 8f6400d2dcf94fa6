"""``crossguard serve``: the pre-listing check over HTTP (uvicorn).

Exit codes: 2 when it cannot start on the input it was given (configuration, rule packs), as
``check`` does for the same problems; otherwise it runs until stopped.
"""

from __future__ import annotations

from typing import Annotated

import typer

from crossguard.commands._options import ConfigOption, RulesOption, fail, settings_or_exit
from crossguard.engine.durable_host import EngineError
from crossguard.engine.packs import PackLoadError

EXIT_INPUT = 2


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)


def serve(
    host: Annotated[str, typer.Option(help="Address to bind")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on")] = 8080,
    rules: RulesOption = None,
    config: ConfigOption = None,
) -> None:
    """Serve the pre-listing check over HTTP (POST /v1/check)."""
    loaded = settings_or_exit(config, EXIT_INPUT)
    import uvicorn  # only this command needs the server

    from crossguard.service.app import create_app

    try:
        app = create_app(rules or None, loaded.law_dates)
    except (PackLoadError, EngineError) as error:
        raise fail(f"cannot load the rule packs:\n{error}", EXIT_INPUT) from None
    # One worker process: the evaluator lives in-process; scale with more processes behind a proxy.
    uvicorn.run(app, host=host, port=port, workers=1)
