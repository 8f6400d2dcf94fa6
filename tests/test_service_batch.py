"""POST /v1/check:batch over real HTTP: many products in, JSON Lines out, through the same check path as
/v1/check (the register's waivers and classification overrides), with its token scope."""

from __future__ import annotations

import json
from datetime import date, timedelta

import httpx
import pytest

from crossguard.accounts.models import Scope
from crossguard.register import lifecycle
from crossguard.register.classification import remove_override, set_override
from crossguard.service.api.schemas import BatchLine, DecisionLine, InputErrorLine, SummaryLine
from tests.test_service import _check, site  # noqa: F401 - the same served register and packs


def _batch(site: dict, content: bytes | str, content_type: str = "application/x-ndjson",  # noqa: F811
           scope: Scope | None = Scope.check, **params: str) -> httpx.Response:
    headers = {"Content-Type": content_type}
    if scope:
        headers["Authorization"] = f"Bearer {site['tokens'][scope]}"
    return httpx.post(f"{site['url']}/v1/check:batch", params=params, content=content, headers=headers, timeout=30)


def _lines(response: httpx.Response) -> list[dict]:
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("application/x-ndjson")
    lines = [json.loads(line) for line in response.text.splitlines()]
    for line in lines:
        BatchLine.model_validate(line)  # every line is what the OpenAPI schema says
    return lines


def _ndjson(items: list) -> str:
    return "".join(json.dumps(item) + "\n" for item in items)


SPEAKER = {"product": {"sku": "SPK-9", "title": "Bluetooth speaker"},
           "listings": [{"marketplace": "amazon", "markets": ["DE", "FR"], "has_image": True}]}
LAMP = {"sku": "LAMP-1", "title": "Bluetooth lamp prototype",  # a catalog product, as a JSON Lines catalog has it
        "listings": [{"marketplace": "ebay", "market": "DE"}]}


def test_a_batch_answers_what_check_answers_each_product_with_waivers_and_overrides(site: dict,  # noqa: F811
                                                                                   today: date) -> None:
    engine = site["engine"]
    lifecycle.waive(engine, "1", by="carol", reason="DoC renewal in progress", until=today + timedelta(days=3))
    set_override(engine, "LAMP-1", product_type=None, classes={"radio": False}, reason="no radio", by="olga")
    try:
        at = str(today + timedelta(days=1))
        lines = _lines(_batch(site, _ndjson([SPEAKER, LAMP]), at=at))
        lamp = {"product": {k: v for k, v in LAMP.items() if k != "listings"}, "listings": LAMP["listings"]}
        expected = [*_check(site, SPEAKER, at=at).json()["decisions"], *_check(site, lamp, at=at).json()["decisions"]]
        decisions = [line for line in lines if line["type"] == "decision"]
        assert [{k: v for k, v in d.items() if k != "type"} for d in decisions] == expected
        assert any(d.get("decision_without_waivers") == "block" for d in decisions)  # the waiver was honoured
        assert [f["rule_id"] for f in decisions[2]["findings"]] == ["SV-INFO-001", "SV-REV-001"]  # no radio rule
    finally:
        remove_override(engine, "LAMP-1", reason="test over", by="olga")
        lifecycle.resolve(engine, "1", by="carol", note="test over")


def test_json_array_and_json_lines_give_the_same_lines(site: dict) -> None:  # noqa: F811
    as_lines = _lines(_batch(site, _ndjson([SPEAKER, LAMP]), at="2026-01-01"))
    as_array = _lines(_batch(site, json.dumps([SPEAKER, LAMP]), "application/json", at="2026-01-01"))
    sniffed = _lines(_batch(site, json.dumps([SPEAKER, LAMP]), "text/plain", at="2026-01-01"))
    assert as_lines == as_array == sniffed
    summary = SummaryLine.model_validate(as_lines[-1])
    assert (summary.subjects, summary.blocked, summary.allowed, summary.input_errors) == (3, 3, 0, 0)
    assert summary.findings == sum(len(line["findings"]) for line in as_lines[:-1])


def test_unusable_items_are_input_errors_in_item_order_and_the_rest_is_checked(site: dict) -> None:  # noqa: F811
    bad_market = {**LAMP, "sku": "LAMP-2", "listings": [{"marketplace": "ebay", "market": "Germany"},
                                                        {"marketplace": "ebay", "market": "FR"}]}
    body = _ndjson([SPEAKER]) + "{not json\n\n" + _ndjson([["a list"], bad_market, {"product": "x", "listings": []}])
    lines = _lines(_batch(site, body, at="2026-01-01"))
    kinds = [(line["type"], line.get("row"), line.get("line"), line.get("field")) for line in lines]
    assert kinds == [
        ("decision", None, None, None), ("decision", None, None, None),  # item 1, both markets
        ("input_error", 2, 2, ""),  # not JSON
        ("input_error", 3, 4, ""),  # not a mapping (the blank line 3 is skipped)
        ("input_error", 4, 5, "listings.0.market"), ("decision", None, None, None),  # its good listing is checked
        ("input_error", 5, 6, ""),  # {product, listings} of the wrong types
        ("summary", None, None, None),
    ]
    errors = [InputErrorLine.model_validate(line) for line in lines if line["type"] == "input_error"]
    assert errors[0].file == "<request>" and "JSON syntax" in errors[0].reason
    assert "must be a mapping" in errors[1].reason and "at most 2 characters" in errors[2].reason
    assert DecisionLine.model_validate(lines[5]).subject == "LAMP-2@ebay:FR"
    assert lines[-1]["input_errors"] == 4 and lines[-1]["subjects"] == 3


def test_the_answer_is_streamed_not_sized(site: dict) -> None:  # noqa: F811
    response = _batch(site, _ndjson([SPEAKER] * 3))
    assert "content-length" not in response.headers and response.headers.get("transfer-encoding") == "chunked"


@pytest.mark.parametrize(("content", "content_type", "detail"), [
    (b"", "application/x-ndjson", "no product"),
    (b"[{]", "application/json", "JSON syntax at line 1"),
    (b"\xff\xfe[]", "application/json", "not UTF-8"),
])
def test_a_body_that_cannot_be_read_at_all_is_422(site: dict, content: bytes, content_type: str,  # noqa: F811
                                                   detail: str) -> None:
    response = _batch(site, content, content_type)
    assert response.status_code == 422 and detail in response.json()["detail"]


def test_the_batch_needs_the_checks_token_scope(site: dict) -> None:  # noqa: F811
    for scope, status in ((None, 401), (Scope.read, 403), (Scope.write, 403), (Scope.check, 200)):
        assert _batch(site, _ndjson([SPEAKER]), scope=scope).status_code == status
        assert _check(site, SPEAKER, scope=scope).status_code == status  # as /v1/check
