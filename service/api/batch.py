"""``POST /v1/check:batch``: many products in one request, the decisions streamed back as JSON Lines.

The body is a JSON array, or JSON Lines (``Content-Type: application/x-ndjson``; a body that does
not start with ``[`` is read so too): each item is a ``/v1/check`` body (``{product, listings}``)
or a catalog product (product fields with ``listings``, a line of a JSON Lines catalog), so a
``.jsonl`` catalog can be posted as it is. Same token scope as ``/v1/check``, and the same limits:
the body within ``api.max_body_bytes`` and all its listings within ``api.max_listings`` (413 before
anything is checked), evaluated in fair slices. Products are checked by the one check path
(``service.checking``: overrides, waivers), a group of about ``api.slice_listings`` listings at a
time, and their lines are sent as each group is decided.

The answer is the JSON Lines of ``crossguard check --format jsonl`` (``crossguard.jsonl/1``): a
``decision`` per listing, with ``/v1/check``'s waiver marks; an ``input_error`` per item or field
that cannot be used (``file`` is ``<request>``, ``row`` the item's position from 1, ``line`` its line
in a JSON Lines body), the other items still checked; a ``summary`` last. A stream without its
summary line was cut short.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import JSONResponse, StreamingResponse
from starlette.concurrency import run_in_threadpool

from crossguard.engine import safe_json
from crossguard.engine.catalog import entry_and_problems
from crossguard.engine.evaluator import EvaluationError
from crossguard.engine.models import CatalogEntry
from crossguard.engine.reports.jsonl import JSONL_SCHEMA
from crossguard.service.api.schemas import CHECK_REQUEST_SCHEMA, BatchLine
from crossguard.service.auth import CheckToken
from crossguard.service.checking import Checker, listing_count, within_limit
from crossguard.service.state import ServiceState, state

router = APIRouter(tags=["check"])

NDJSON_TYPES = ("application/x-ndjson", "application/jsonl", "application/json-lines", "application/ndjson")
SHAPE = "each item is a /v1/check body {product, listings} or a catalog product (product fields with listings)"


class NDJSONDoc(JSONResponse):
    """Only for the OpenAPI schema: the route's answer is JSON Lines (a StreamingResponse) whose lines are BatchLine."""

    media_type = "application/x-ndjson"


@dataclass
class Item:
    """One product of the request: its position, its line (JSON Lines), and the raw value or why it is unreadable."""

    number: int
    line: int | None
    raw: Any = None
    error: str | None = None

    @property
    def mapping(self) -> Any:
        """The item as one catalog product mapping (``{product, listings}`` merged)."""
        if isinstance(self.raw, dict) and "product" in self.raw:
            product, listings = self.raw.get("product"), self.raw.get("listings")
            if isinstance(product, dict) and isinstance(listings, list) and set(self.raw) <= {"product", "listings"}:
                return {**product, "listings": listings}
            return None
        return self.raw


def parse_items(body: bytes, content_type: str) -> list[Item]:
    """The request's items; a body that is not UTF-8, or a JSON array with a syntax error, is a 422."""
    try:
        text = body.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise HTTPException(422, f"the body is not UTF-8 text (byte {error.start})") from None
    kind = content_type.split(";")[0].strip().lower()
    if kind not in NDJSON_TYPES and (kind == "application/json" or text.lstrip().startswith("[")):
        try:
            data = safe_json.loads(text)
        except json.JSONDecodeError as error:
            raise HTTPException(422, f"JSON syntax at line {error.lineno}, column {error.colno}: {error.msg}") from None
        items = [Item(n, None, raw) for n, raw in enumerate(data if isinstance(data, list) else [data], start=1)]
    else:
        items = []
        for number, line in enumerate(text.splitlines(), start=1):
            if line.strip():
                try:
                    items.append(Item(len(items) + 1, number, safe_json.loads(line)))
                except json.JSONDecodeError as error:
                    items.append(Item(len(items) + 1, number, error=f"JSON syntax: {error.msg}"))
    if not items:
        raise HTTPException(422, "no product in the request")
    return items


def _line(value: dict[str, Any]) -> bytes:
    return (json.dumps(value, ensure_ascii=False, default=str) + "\n").encode()


class BatchStream:
    """The lines of one batch, produced group by group as the products are decided."""

    def __init__(self, checker: Checker, items: list[Item], at: date, group_listings: int) -> None:
        self.checker, self.items, self.at, self.group_listings = checker, items, at, group_listings
        self.counts: Counter[str] = Counter()
        self.ignored: set[str] = set()

    def _error(self, item: Item, field: str, reason: str) -> bytes:
        self.counts["input_errors"] += 1
        return _line({"type": "input_error", "file": "<request>", "row": item.number, "line": item.line,
                      "field": field, "reason": reason})

    def _flush(self, group: list[tuple[Item, CatalogEntry | None, list[bytes]]]) -> Iterator[bytes]:
        """The group's lines in item order: each item's input errors, then its decisions."""
        entries = [entry for _, entry, _ in group if entry is not None]
        documents = iter(self.checker.documents(entries) if entries else [])
        for item, entry, errors in group:
            yield from errors
            document = next(documents) if entry is not None else None
            if isinstance(document, EvaluationError):
                yield self._error(item, "", str(document))
            elif document is not None:
                for decision in document["decisions"]:
                    self.counts["subjects"] += 1
                    self.counts[decision["decision"]] += 1
                    self.counts["findings"] += len(decision["findings"])
                    yield _line({"type": "decision", **decision})

    def _read(self, item: Item) -> tuple[CatalogEntry | None, list[bytes]]:
        mapping = item.mapping if item.error is None else None
        if mapping is None:
            return None, [self._error(item, "", item.error or SHAPE)]
        entry, problems = entry_and_problems(mapping, self.ignored)
        errors = []
        for problem in problems:
            loc = list(problem["loc"])
            errors.append(self._error(item, ".".join(map(str, loc[1:] if loc[:1] == ["product"] else loc)),
                                      problem["msg"]))
        return entry, errors

    def __iter__(self) -> Iterator[bytes]:
        group: list[tuple[Item, CatalogEntry | None, list[bytes]]] = []
        listings = 0
        for item in self.items:
            entry, errors = self._read(item)
            group.append((item, entry, errors))
            listings += len(entry.listings) if entry is not None else 0
            if listings >= self.group_listings:
                yield from self._flush(group)
                group, listings = [], 0
        yield from self._flush(group)
        yield _line(self._summary())

    def _summary(self) -> dict[str, Any]:
        counts = self.counts
        warnings = [f"ignored field(s) crossguard does not read: {', '.join(sorted(self.ignored))}"] if self.ignored \
            else []
        return {"type": "summary", "schema": JSONL_SCHEMA, "command": "check:batch", "at": self.at.isoformat(),
                "subjects": counts["subjects"], "allowed": counts["allow"], "review": counts["review"],
                "blocked": counts["block"], "findings": counts["findings"], "input_errors": counts["input_errors"],
                "warnings": warnings}


BODY = {"required": True, "content": {
    "application/json": {"schema": {"type": "array", "minItems": 1,
                                    "items": CHECK_REQUEST_SCHEMA}},
    "application/x-ndjson": {"schema": {"type": "string", "description": "one product a line"}},
}}


@router.post(
    "/v1/check:batch", response_class=NDJSONDoc, openapi_extra={"requestBody": BODY},
    summary="Pre-listing check of many products, decisions streamed as JSON Lines (crossguard.jsonl/1)",
    responses={200: {"model": BatchLine, "description": "one JSON object a line; the summary line last"},
               413: {"description": "more listings than api.max_listings, or a body over api.max_body_bytes"},
               422: {"description": "a body that is not UTF-8, a JSON array with a syntax error, no product"}},
)
async def check_batch(
    request: Request,
    st: Annotated[ServiceState, Depends(state)],
    _who: CheckToken,
    at: Annotated[date | None, Query(description="Evaluate as of (default today)")] = None,
) -> StreamingResponse:
    items = await run_in_threadpool(parse_items, await request.body(), request.headers.get("content-type", ""))
    mappings = [item.mapping for item in items]
    within_limit(sum(listing_count(m["listings"]) for m in mappings
                     if isinstance(m, dict) and isinstance(m.get("listings"), list)), st)
    on = at or date.today()
    checker = await run_in_threadpool(Checker, st, on)
    return StreamingResponse(iter(BatchStream(checker, items, on, st.settings.api.slice_listings)),
                             media_type=NDJSONDoc.media_type)
