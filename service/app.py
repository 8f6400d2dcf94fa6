"""FastAPI app for the pre-listing check.

`POST /v1/check` takes one product with its listings (the catalog schema, `engine.models`) and
answers with the same JSON shape as `crossguard check --format json` (schema crossguard.check/2).
The HTTP status is 200 whether listings are allowed or blocked (the decision is in the body);
422 means the input did not validate, with pydantic's field-level errors.
The evaluator is built once at start-up; durable-rules is not thread-safe, so the endpoints are
plain `def` functions and the evaluator serialises engine calls with its lock.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Annotated, Any

from fastapi import FastAPI, Query
from fastapi.exceptions import RequestValidationError
from pydantic import BaseModel, Field

from crossguard.engine.catalog import EntryError, entry_from_mapping
from crossguard.engine.evaluator import Evaluator
from crossguard.engine.packs import LawDates
from crossguard.engine.report import check_json


class CheckRequest(BaseModel):
    """One product with its listings, exactly as in a catalog file (listings may omit `sku` and
    may use `markets: [...]`); validated by the catalog's own path so there is one schema."""

    product: dict[str, Any]
    listings: list[dict[str, Any]] = Field(min_length=1)


def create_app(rules: list[Path] | None = None, law_dates: LawDates | None = None) -> FastAPI:
    evaluator = Evaluator.from_paths(rules, law_dates)
    app = FastAPI(title="crossguard", version="1", description="Pre-listing compliance check")

    @app.get("/health")
    def health() -> dict[str, Any]:
        return {"status": "ok", "packs": evaluator.pack_versions}

    @app.post("/v1/check")
    def check(
        request: CheckRequest,
        at: Annotated[date | None, Query(description="Evaluate as of (default today)")] = None,
    ) -> dict[str, Any]:
        on = at or date.today()
        try:
            entry = entry_from_mapping({**request.product, "listings": request.listings})
        except EntryError as error:
            raise RequestValidationError([{**p, "loc": ["body", *p["loc"]]} for p in error.problems]) from None
        return check_json(evaluator.check_entry(entry, on), [], on)

    return app
