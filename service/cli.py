"""`crossguard serve`: run the HTTP API with uvicorn."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer


def register_commands(app: typer.Typer) -> None:
    @app.command()
    def serve(
        host: Annotated[str, typer.Option(help="Address to bind")] = "127.0.0.1",
        port: Annotated[int, typer.Option(help="Port to listen on")] = 8080,
        rules: Annotated[list[Path] | None, typer.Option("--rules", "-r", help="Pack files or folders")] = None,
    ) -> None:
        """Serve the pre-listing check over HTTP (POST /v1/check)."""
        import uvicorn
        from crossguard.service.app import create_app

        # One worker process: the evaluator lives in-process; scale with more processes behind a proxy.
        uvicorn.run(create_app(rules or None), host=host, port=port, workers=1)
