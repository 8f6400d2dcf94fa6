"""What every request handler shares: the database, the evaluator, the settings, the signing key.

Built once per process by the app factory and kept on ``app.state.cg``; handlers reach it through
:func:`state` (a FastAPI dependency). The evaluator serialises engine calls with its own lock
(durable-rules is not thread-safe), so handlers can be plain ``def`` functions; ``gate`` makes
requests take turns at it, a slice of listings each (``service.gate``); ``tokens`` remembers verified
API tokens for a few seconds (``service.token_cache``); ``holds`` remembers whether the register holds any
override or waiver in force until the next commit to it (``register.holds_cache``).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from fastapi import Request
from fastapi.templating import Jinja2Templates
from sqlalchemy import Engine

from crossguard.accounts.secrets import shared_secret
from crossguard.engine.evaluator import Evaluator
from crossguard.register.holds_cache import HoldsCache
from crossguard.service.gate import FairGate
from crossguard.service.token_cache import TokenCache
from crossguard.settings import LoadedSettings

#: Databases that answer inside this process, without a network round trip: a short query may run on
#: the event loop (``api/check``); any other register is asked from the thread pool.
IN_PROCESS_DIALECTS = frozenset({"sqlite"})
HERE = Path(__file__).resolve().parent
TEMPLATES_DIR = HERE / "templates"
STATIC_DIR = HERE / "static"


@dataclass
class ServiceState:
    engine: Engine
    evaluator: Evaluator
    settings: LoadedSettings
    secret: str
    templates: Jinja2Templates
    tokens: TokenCache
    holds: HoldsCache
    gate: FairGate = field(default_factory=FairGate)

    @property
    def register_in_process(self) -> bool:
        return self.engine.dialect.name in IN_PROCESS_DIALECTS

    @classmethod
    def build(cls, engine: Engine, evaluator: Evaluator, settings: LoadedSettings) -> ServiceState:
        access = settings.access
        secret = os.environ.get(access.session_secret_env) or shared_secret(engine, "session")
        return cls(engine, evaluator, settings, secret, Jinja2Templates(directory=str(TEMPLATES_DIR)),
                   TokenCache(engine, access.token_cache_seconds), HoldsCache(engine))


async def state(request: Request) -> ServiceState:
    """Async so FastAPI calls it inline: a plain ``def`` dependency costs a trip through the thread pool."""
    return request.app.state.cg
