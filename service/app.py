"""The app factory: the register's web workspace, its API and the pre-listing check in one service.

``create_app`` wires the parts; each lives in its own module: ``auth`` (sessions, CSRF, tokens),
``api/check`` (POST /v1/check), ``api/batch`` (POST /v1/check:batch), ``api/explain`` (GET
/v1/explain), ``api/register`` (/v1/findings, summary, scans), ``web/*`` (pages), ``metrics`` (GET
/metrics), ``docs`` (Swagger UI from vendored files, so /docs works offline). ``limits`` bounds
request bodies (size, time) before any of them; ``protocol`` bounds the request head.
``app_from_environment`` is what each ``serve --workers N`` process imports.
"""

from __future__ import annotations

import gc
import logging
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from pathlib import Path
from typing import Any
from urllib.parse import quote

from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from crossguard.accounts.passwords import dummy_hash
from crossguard.engine.evaluator import Evaluator
from crossguard.service import docs, metrics
from crossguard.service.api import batch as batch_api
from crossguard.service.api import check as check_api
from crossguard.service.api import explain as explain_api
from crossguard.service.api import register as register_api
from crossguard.service.auth import LoginRequired
from crossguard.service.limits import RequestLimits
from crossguard.service.options import ServiceOptions
from crossguard.service.protocol import HEAD_TIMEOUT_KEY
from crossguard.service.state import STATIC_DIR, ServiceState
from crossguard.service.web import routers as web_routers
from crossguard.service.web.render import error_page
from crossguard.settings import load_settings
from crossguard.store.db import make_engine
from crossguard.store.migrate import upgrade_to_head

log = logging.getLogger("crossguard.service")

#: Database connections each process keeps open: SQLAlchemy's default ceiling (5 kept + 10 more), all kept.
#: With the default, a burst of more than 5 concurrent requests opened and closed connections on every
#: request (on SQLite four PRAGMAs each): about a tenth of the CPU under 32 clients, spent on churn.
POOL_SIZE = 15


def _lifespan(st: ServiceState, options: ServiceOptions) -> Callable[[FastAPI], AbstractAsyncContextManager[None]]:
    """Start the scheduler with the app (``--scheduler``) and stop it, and the engine, with the app."""

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[dict[str, float]]:
        scheduler = None
        if options.scheduler:
            from crossguard.usecases.scheduler import start_background

            scheduler = start_background(st.engine, st.settings, options.db_url, rules=options.rule_paths,
                                         on_scan=metrics.SCAN_SECONDS.observe)
        try:
            yield {HEAD_TIMEOUT_KEY: st.settings.api.header_timeout_seconds}  # read by service.protocol
        finally:
            if scheduler is not None:
                scheduler.shutdown(wait=False)
            st.tokens.close()
            st.holds.close()
            st.engine.dispose()

    return lifespan


def create_app(options: ServiceOptions) -> FastAPI:
    """The whole service on the register at ``options.db_url`` (schema brought up to date)."""
    settings = load_settings(Path(options.config) if options.config else None)
    engine = make_engine(options.db_url, pool_size=POOL_SIZE, max_overflow=0)
    upgrade_to_head(engine)
    st = ServiceState.build(engine, Evaluator.from_paths(options.rule_paths, settings.law_dates).load_vocabulary(),
                            settings)
    dummy_hash()  # made now, so the first login of an unknown user takes no longer than any other
    app = FastAPI(
        title="crossguard", version="1", docs_url=None, redoc_url=None, lifespan=_lifespan(st, options),
        description="Pre-listing compliance check and the risk register. Authenticate with "
                    "`Authorization: Bearer <token>` (`crossguard tokens create`).",
    )  # fmt: skip
    app.state.cg = st
    app.add_middleware(metrics.Measure)
    app.add_middleware(RequestLimits, max_body_bytes=settings.api.max_body_bytes,
                       body_timeout_s=settings.api.body_timeout_seconds)  # outermost: before anything reads
    app.mount("/static", StaticFiles(directory=str(STATIC_DIR)), name="static")
    app.include_router(check_api.router)
    app.include_router(batch_api.router)
    app.include_router(explain_api.router)
    app.include_router(register_api.router)
    app.include_router(docs.router)
    for router in web_routers:
        app.include_router(router)

    @app.get("/health", tags=["service"])  # async: a probe takes no trip through the thread pool
    async def health() -> dict[str, Any]:
        return {"status": "ok", "packs": st.evaluator.pack_versions}

    @app.get("/metrics", tags=["service"], include_in_schema=False)
    def prometheus() -> Any:
        return metrics.exposition(st.engine)

    @app.exception_handler(LoginRequired)
    async def to_login(request: Request, exc: LoginRequired) -> RedirectResponse:
        return RedirectResponse(f"/login?next={quote(exc.next_url, safe='')}", status_code=303)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Any:
        return error_page(request, st, exc)

    return app


def app_from_environment() -> FastAPI:
    """Factory for uvicorn's worker processes (``serve --workers N``): options from the environment.

    What the app holds from start-up on (rule packs, compiled rulesets, settings: about 180,000 objects)
    is moved out of the garbage collector's sight (``gc.freeze``): a full collection walked all of it,
    a pause of tens of milliseconds every few thousand requests, in the latency's p99."""
    app = create_app(ServiceOptions.from_env())
    gc.collect()
    gc.freeze()
    return app
