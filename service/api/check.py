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

from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query
from fastapi.exceptions import RequestValidationError
from pydantic import BaseModel, Field

from crossguard.engine.catalog import EntryError, entry_from_mapping
from crossguard.engine.evaluator import EvaluationError
from crossguard.service.auth import CheckToken
from crossguard.service.checking import Checker, listing_count, within_limit
from crossguard.service.state import ServiceState, state

router = APIRouter(tags=["check"])


class CheckRequest(BaseModel):
    """One product with its listings, exactly as in a catalog file (listings may omit `sku` and
    may use `markets: [...]`); validated by the catalog's own path so there is one schema."""

    product: dict[str, Any]
    listings: list[dict[str, Any]] = Field(min_length=1)


def _invalid(problems: list[dict[str, Any]]) -> RequestValidationError:
    """The catalog's problems as FastAPI's validation errors (``type`` is required by the documented schema)."""
    return RequestValidationError([{"type": "value_error", **p, "loc": ["body", *p["loc"]]} for p in problems])


@router.post("/v1/check", summary="Pre-listing check of one product (schema crossguard.check/2)",
             responses={413: {"description": "more listings than api.max_listings, or a body over "
                                             "api.max_body_bytes"}})
def check(
    request: CheckRequest,
    st: Annotated[ServiceState, Depends(state)],
    _who: CheckToken,
    at: Annotated[date | None, Query(description="Evaluate as of (default today)")] = None,
) -> dict[str, Any]:
    within_limit(listing_count(request.listings), st)
    try:
        entry = entry_from_mapping({**request.product, "listings": request.listings})
    except EntryError as error:
        raise _invalid(error.problems) from None
    [document] = Checker(st, at or date.today()).documents([entry])
    if isinstance(document, EvaluationError):
        raise _invalid([{"loc": ["product"], "msg": str(document)}])
    return document
