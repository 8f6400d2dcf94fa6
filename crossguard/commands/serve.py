"""``crossguard serve``: the web workspace, the register API and the pre-listing check (uvicorn);
``crossguard scheduler``: the scheduled jobs alone, in the foreground.

The register is found like every other command's: ``--db``, then ``$CROSSGUARD_DB``, then the
configuration's ``database.url``. ``--workers N`` runs N processes (each with its own engine);
``--scheduler`` starts the scheduler in each, and the database lease lets one run the jobs.
Exit codes: 2 when it cannot start on the input it was given (configuration, rule packs), as
``check`` does for the same problems; 1 when the register cannot be opened; otherwise it runs
until stopped.
"""

from __future__ import annotations

import logging.config
import os
import shutil
import tempfile
from enum import StrEnum
from typing import Annotated

import typer

from crossguard.commands._options import ConfigOption, DbOption, RulesOption, err, fail, settings_or_exit
from crossguard.commands._register import database_url, open_db, shown_url
from crossguard.engine.durable_host import EngineError
from crossguard.engine.evaluator import Evaluator
from crossguard.engine.packs import PackLoadError

EXIT_INPUT = 2
#: Seconds a worker may take to answer the supervisor's liveness ping before it is killed and restarted.
#: uvicorn's 5 s is shorter than a worker's start-up (rule packs compiled) on a busy 2-core host: workers
#: were killed and restarted in a loop, and a benchmark ran on one worker of two.
WORKER_HEALTHCHECK_S = 60


class LogFormat(StrEnum):
    text = "text"
    json = "json"


LogFormatOption = Annotated[LogFormat, typer.Option("--log-format", help="text, or json (one object per line)")]


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)
    app.command("scheduler")(scheduler)


def serve(
    host: Annotated[str, typer.Option(help="Address to bind")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on")] = 8080,
    db: DbOption = None,
    rules: RulesOption = None,
    config: ConfigOption = None,
    workers: Annotated[int, typer.Option("--workers", "-w", min=1, help="Processes serving requests")] = 1,
    with_scheduler: Annotated[bool, typer.Option("--scheduler", help="Also run the scheduled jobs")] = False,
    log_format: LogFormatOption = LogFormat.text,
    access_log: Annotated[bool, typer.Option("--access-log/--no-access-log",
                                             help="One log line per request (GET /metrics counts them either way)")]
    = True,
) -> None:
    """Serve the workspace (web pages), the register API and POST /v1/check over HTTP."""
    loaded = settings_or_exit(config, EXIT_INPUT)
    try:  # each worker builds its own evaluator; a bad pack must fail here, once, with one message
        Evaluator.from_paths(rules or None, loaded.law_dates)
    except (PackLoadError, EngineError) as error:
        raise fail(f"cannot load the rule packs:\n{error}", EXIT_INPUT) from None
    url = database_url(db, config)
    open_db(url).dispose()  # a bad URL or an unreachable database fails here, with one line
    import uvicorn  # only this command needs the server

    from crossguard.service.options import ServiceOptions
    from crossguard.service.protocol import server_options

    ServiceOptions(db_url=url, config=str(config) if config else None, rules=[str(p) for p in rules or []],
                   scheduler=with_scheduler).to_env()
    metrics_dir = None
    if workers > 1:  # prometheus-client's multiprocess mode: each worker writes, any worker reads all
        metrics_dir = tempfile.mkdtemp(prefix="crossguard-metrics-")
        os.environ["PROMETHEUS_MULTIPROC_DIR"] = metrics_dir
    err.print(f"crossguard workspace on http://{host}:{port}/ (register {shown_url(url)}, {workers} worker(s)"
              + (", scheduler" if with_scheduler else "") + ")", highlight=False)
    try:
        uvicorn.run("crossguard.service.app:app_from_environment", factory=True, host=host, port=port,
                    workers=workers, log_config=_log_config(log_format), proxy_headers=False,
                    access_log=access_log, timeout_worker_healthcheck=WORKER_HEALTHCHECK_S,
                    **server_options(loaded.api))
    finally:
        if metrics_dir:
            shutil.rmtree(metrics_dir, ignore_errors=True)


def scheduler(
    db: DbOption = None,
    rules: RulesOption = None,
    config: ConfigOption = None,
    log_format: LogFormatOption = LogFormat.text,
) -> None:
    """Run the scheduled jobs (watch, scan, waiver reminders, digest) in the foreground until Ctrl-C."""
    loaded = settings_or_exit(config, EXIT_INPUT)
    url = database_url(db, config)
    logging.config.dictConfig(_log_config(log_format))
    from crossguard.usecases.scheduler import run_blocking

    engine = open_db(url)
    try:
        run_blocking(engine, loaded, url, rules=list(rules) if rules else None)
    finally:
        engine.dispose()


def _log_config(fmt: LogFormat) -> dict:
    from crossguard.service.logs import log_config

    return log_config(fmt.value)
