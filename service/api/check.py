"""``POST /v1/check``: the pre-listing check (schema crossguard.check/2), honouring the register's waivers.

The handler stays thin: the catalog's own validation, the register's classification override for
the SKU (as ``check --db`` applies it) and the engine's ``check_entry``; then each
listing is decided again by the engine's ``decide`` over its findings that the register has not
waived (a waiver still in force on the day asked about and today), and the engine's ``check_json``
renders the result. Waived findings stay in the answer, marked ``"waived": true`` with
``waived_until``, ``waived_by`` and ``waiver_reason``; a listing whose decision the waivers
changed says what it would have been: ``"decision_without_waivers": "block"``. Needs a token
with scope ``check`` unless ``access.open_check_on_loopback`` is set and the client is on this machine.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

import orjson
from fastapi import APIRouter, Body, Depends, Query
from fastapi.exceptions import RequestValidationError
from fastapi.responses import Response
from pydantic import BaseModel, Field

from crossguard.engine.catalog import EntryError, entry_from_mapping
from crossguard.engine.findings import Decision, decide
from crossguard.engine.report import check_json
from crossguard.register.classification import override_for
from crossguard.register.lifecycle import today_utc
from crossguard.register.queries import WaiverInForce, waivers_in_force
from crossguard.service.auth import CheckToken
from crossguard.service.metrics import CHECKS
from crossguard.service.state import ServiceState, state

router = APIRouter(tags=["check"])


class CheckRequest(BaseModel):
    """One product with its listings, exactly as in a catalog file (listings may omit `sku` and
    may use `markets: [...]`); validated by the catalog's own path so there is one schema."""

    product: dict[str, Any]
    listings: list[dict[str, Any]] = Field(min_length=1)


#: The request body's schema in the OpenAPI document (the body itself is validated by the catalog loader).
CHECK_SCHEMA = CheckRequest.model_json_schema()


class JsonResponse(Response):
    """The check's document written by orjson: no response-model pass over a document we built ourselves."""

    media_type = "application/json"

    def render(self, content: Any) -> bytes:
        return orjson.dumps(content)


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


def without_waived(decisions: list[Decision], waivers: dict[str, WaiverInForce]) -> list[Decision]:
    """Each listing decided again over the findings the register has not waived."""
    return [d.model_copy(update={"decision": decide([f for f in d.findings if f.fingerprint not in waivers])})
            for d in decisions]


def mark_waived(document: dict[str, Any], waivers: dict[str, WaiverInForce], before: list[str]) -> dict[str, Any]:
    """Say on each finding whether it is waived (and until when), and which decisions waivers changed."""
    for decision, engine_decision in zip(document["decisions"], before, strict=True):
        for finding in decision["findings"]:
            waiver = waivers.get(finding["fingerprint"])
            finding["waived"] = waiver is not None
            if waiver is not None:
                finding.update(waived_until=waiver.until.isoformat(), waived_by=waiver.by,
                               waiver_reason=waiver.reason)
        if decision["decision"] != engine_decision:
            decision["decision_without_waivers"] = engine_decision
    return document


@router.post(
    "/v1/check", summary="Pre-listing check of one product (schema crossguard.check/2)", response_class=JsonResponse,
    openapi_extra={"requestBody": {"required": True, "content": {"application/json": {"schema": CHECK_SCHEMA}}}},
)
def check(
    body: Annotated[Any, Body(include_in_schema=False)],
    st: Annotated[ServiceState, Depends(state)],
    _who: CheckToken,
    at: Annotated[date | None, Query(description="Evaluate as of (default today)")] = None,
) -> JsonResponse:
    on = at or date.today()
    problems = _body_problems(body)
    if problems:
        raise RequestValidationError(problems)
    try:
        entry = entry_from_mapping({**body["product"], "listings": body["listings"]})
    except EntryError as error:
        raise RequestValidationError([{**p, "loc": ["body", *p["loc"]]} for p in error.problems]) from None
    with st.engine.connect() as conn:
        entry.override = override_for(conn, entry.product.sku)  # the officers' classification, as `check --db`
        decisions = st.evaluator.check_entry(entry, on)
        fingerprints = [f.fingerprint for d in decisions for f in d.findings]
        # a waiver must still hold on the day asked about, and today
        waivers = waivers_in_force(conn, fingerprints, max(on, today_utc())) if fingerprints else {}
    document = check_json(without_waived(decisions, waivers), [], on)
    document = mark_waived(document, waivers, [d.decision for d in decisions])
    for decision in document["decisions"]:
        CHECKS.labels(decision["decision"]).inc()
    return JsonResponse(document)
