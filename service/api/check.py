"""``POST /v1/check``: the pre-listing check of one product (schema crossguard.check/2), honouring the
register's waivers and classification overrides.

The handler stays thin: the listing count against ``api.max_listings`` (413), the catalog's own
validation (422 naming each field), then the one check path (``service.checking``: overrides,
evaluation in fair slices, waivers). Waived findings stay in the answer, marked ``"waived": true``
with ``waived_until``, ``waived_by`` and ``waiver_reason``; a listing whose decision the waivers
changed says what it would have been: ``"decision_without_waivers": "block"``. Needs a token with
scope ``check`` unless ``access.open_check_on_loopback`` is set and the client is on this machine.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from datetime import date
from typing import Any

import orjson
from fastapi import APIRouter, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import Response
from fastapi.routing import APIRoute
from pydantic import TypeAdapter, ValidationError
from starlette.concurrency import run_in_threadpool

from crossguard.engine.catalog import EntryError, entry_from_mapping
from crossguard.engine.evaluator import EvaluationError
from crossguard.service.api.schemas import CHECK_REQUEST_SCHEMA
from crossguard.service.auth import check_principal
from crossguard.service.checking import Checker, listing_count, within_limit
from crossguard.service.state import ServiceState


class PlainRoute(APIRoute):
    """A route whose endpoint takes the request and returns its response itself: FastAPI documents it from
    the declaration (OpenAPI) but runs none of its per-request machinery (dependency solving, endpoint
    context, telemetry), about 40 µs of CPU per check on this machine (docs/performance.md, "HTTP").
    Errors it raises go to the app's exception handlers as before (422, 401, 413)."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        declared = self.dependant
        if (declared.dependencies or declared.path_params or declared.query_params or declared.header_params
                or declared.cookie_params or declared.body_params):
            return super().get_route_handler()  # a route with parameters needs FastAPI to solve them
        return self.endpoint


router = APIRouter(tags=["check"], route_class=PlainRoute)

#: A request of at most this many listings is answered on the event loop (well under a millisecond of
#: CPU) when the register answers in-process and no larger request holds the engine; anything else
#: goes through the thread pool, so a big request never stalls the loop. Why: with a CPU-bound thread
#: beside it, the loop waits for the GIL after each of its own system calls (accept, read, write, the
#: log line), up to 5 ms a time, and that was most of the check's tail at 32 clients.
INLINE_LISTINGS = 8


class JsonResponse(Response):
    """The check's document written by orjson: no response-model pass over a document we built ourselves."""

    media_type = "application/json"

    def render(self, content: Any) -> bytes:
        return orjson.dumps(content)


def _invalid(problems: list[dict[str, Any]]) -> RequestValidationError:
    """The catalog's problems as FastAPI's validation errors (``type`` is required by the documented schema)."""
    return RequestValidationError([{"type": "value_error", **p, "loc": ["body", *p["loc"]]} for p in problems])


async def json_body(request: Request) -> Any:
    """The body parsed once by orjson; a syntax error or nesting past orjson's limit (1,024 levels) is a
    422 naming what is wrong and where, as the batch route answers, not a bare 400."""
    raw = await request.body()
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]  # a byte order mark, as the batch route and catalog files accept (orjson refuses it)
    try:
        return orjson.loads(raw)
    except orjson.JSONDecodeError as error:
        where = f"line {error.lineno}, column {error.colno}"
        raise RequestValidationError([{"type": "json_invalid", "loc": ["body", error.pos], "input": None,
                                       "msg": f"JSON: {error.msg} ({where})"}]) from None


def _body_problems(body: Any) -> list[dict[str, Any]]:
    """The request's shape (a product mapping and a non-empty list of listings), checked without copying
    it: the catalog loader then validates the product and listings once, as for a catalog file."""
    if not isinstance(body, dict):
        return [{"type": "dict_type", "loc": ["body"], "msg": "Input should be a valid dictionary", "input": None}]
    problems = []
    if not isinstance(body.get("product"), dict):
        problems.append({"type": "dict_type", "loc": ["body", "product"], "input": None,
                         "msg": "Field required" if "product" not in body else "Input should be a valid dictionary"})
    listings = body.get("listings")
    if not isinstance(listings, list) or not listings:
        problems.append({"type": "too_short", "loc": ["body", "listings"], "input": None,
                         "msg": "Field required" if "listings" not in body else "List should have at least 1 item"})
    return problems


#: ``?at=``, validated as FastAPI validated the ``at: date | None`` query parameter this route once declared
_AT = TypeAdapter(date | None)
_AT_PARAMETER = {"name": "at", "in": "query", "required": False,
                 "schema": {"anyOf": [{"type": "string", "format": "date"}, {"type": "null"}],
                            "description": "Evaluate as of (default today)", "title": "At"},
                 "description": "Evaluate as of (default today)"}
_VALIDATION_ERROR = {"description": "Validation Error",
                     "content": {"application/json": {"schema": {"$ref": "#/components/schemas/HTTPValidationError"}}}}


def _as_of(request: Request) -> date:
    """The day asked about (default today); a bad ``at`` is the 422 FastAPI gave, at ``["query", "at"]``."""
    raw = request.query_params.get("at")
    if raw is None:
        return date.today()
    try:
        at = _AT.validate_python(raw)
    except ValidationError as error:
        raise RequestValidationError([{**e, "loc": ("query", "at", *e["loc"])}
                                      for e in error.errors(include_url=False)]) from None
    return at or date.today()


@router.post(
    "/v1/check", summary="Pre-listing check of one product (schema crossguard.check/2)", response_class=JsonResponse,
    openapi_extra={"security": [{"HTTPBearer": []}], "parameters": [_AT_PARAMETER], "requestBody": {
        "required": True, "content": {"application/json": {"schema": CHECK_REQUEST_SCHEMA}}}},
    responses={413: {"description": "more listings than api.max_listings, or a body over api.max_body_bytes"},
               422: _VALIDATION_ERROR},
)
async def check(request: Request) -> JsonResponse:
    # the token, ``at``, the body and the state are read here, not as dependencies or parameters: FastAPI's
    # solving of them cost more CPU than the memoised check of one listing (docs/performance.md, "HTTP")
    await check_principal(request)
    on = _as_of(request)
    body = await json_body(request)
    st: ServiceState = request.app.state.cg
    problems = _body_problems(body)
    if problems:
        raise RequestValidationError(problems)
    count = listing_count(body["listings"])
    within_limit(count, st)
    if count <= INLINE_LISTINGS and st.register_in_process and st.gate.idle():
        return _answer(body, st, on)
    return await run_in_threadpool(_answer, body, st, on)


def _answer(body: dict[str, Any], st: ServiceState, on: date) -> JsonResponse:
    """The request's product validated as a catalog entry (422 naming each field) and checked."""
    try:
        entry = entry_from_mapping({**body["product"], "listings": body["listings"]})
    except EntryError as error:
        raise _invalid(error.problems) from None
    [document] = Checker(st, on).documents([entry])
    if isinstance(document, EvaluationError):
        raise _invalid([{"loc": ["product"], "msg": str(document)}])
    return JsonResponse(document)
