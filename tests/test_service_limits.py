"""What one HTTP request may ask of `crossguard serve`, over real HTTP on 127.0.0.1: the body's size and
time (413, 408), the request head's deadline, listings per request (413, both sides of the limit), and
requests taking turns at the rules engine a slice at a time."""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator
from datetime import date

import httpx
import pytest

from crossguard.engine.catalog import entry_from_mapping
from crossguard.engine.evaluator import Evaluator
from crossguard.service.gate import FairGate, slices
from crossguard.service.options import ServiceOptions
from tests.service_support import radio_and_image_site, serving, write_config

MAX_BODY = 64 * 1024
MAX_LISTINGS = 40
SLICE = 5
MARKETS = ["DE", "FR", "IT", "ES", "NL", "BE", "AT", "PL", "SE", "DK"]


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict]:
    folder = tmp_path_factory.mktemp("limits")
    db_url, token, packs = radio_and_image_site(folder, "LM")
    config = write_config(folder, api={"max_body_bytes": MAX_BODY, "max_listings": MAX_LISTINGS,
                                       "slice_listings": SLICE, "body_timeout_seconds": 1,
                                       "header_timeout_seconds": 1})
    with serving(ServiceOptions(db_url=db_url, config=str(config), rules=[str(packs)])) as url:
        yield {"url": url, "headers": {"Authorization": f"Bearer {token}"}, "packs": packs,
               "port": int(url.rsplit(":", 1)[1])}


def _speaker(markets: list[str], sku: str = "SPK-1") -> dict:
    return {"product": {"sku": sku, "title": "Bluetooth speaker", "radio": ["bluetooth"]},
            "listings": [{"marketplace": "amazon", "markets": markets}]}


def _raw(site: dict, data: bytes, wait_s: float = 5.0) -> bytes:
    """Send bytes on a new connection and read until the server closes it (or ``wait_s`` passes)."""
    with socket.create_connection(("127.0.0.1", site["port"]), timeout=wait_s) as conn:
        conn.sendall(data)
        received = b""
        try:
            while chunk := conn.recv(65536):
                received += chunk
        except TimeoutError:
            received += b"<still open>"
        return received


def _head(site: dict, path: str, length: int | None, extra: str = "") -> bytes:
    token = site["headers"]["Authorization"]
    sized = f"Content-Length: {length}\r\n" if length is not None else "Transfer-Encoding: chunked\r\n"
    return (f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: {token}\r\n"
            f"Content-Type: application/json\r\n{sized}{extra}\r\n").encode()


def test_a_declared_body_over_the_limit_is_refused_before_it_is_sent(site: dict) -> None:
    answer = _raw(site, _head(site, "/v1/check", 50 * 1024 * 1024, "Expect: 100-continue\r\n"))
    assert answer.startswith(b"HTTP/1.1 413 ")
    assert b"request body over 65,536 bytes (api.max_body_bytes)" in answer
    assert b"100 Continue" not in answer  # the client was never asked for the body


def test_a_chunked_body_is_counted_as_it_arrives(site: dict) -> None:
    chunk = b"x" * 16384
    body = b"".join(b"%x\r\n%s\r\n" % (len(chunk), chunk) for _ in range(5))  # 80 KB, no end marker
    answer = _raw(site, _head(site, "/v1/check:batch", None) + body)
    assert answer.startswith(b"HTTP/1.1 413 ") and b"api.max_body_bytes" in answer


def test_a_body_just_under_the_limit_is_read(site: dict) -> None:
    body = b"[" + b" " * (MAX_BODY - 200) + b"]"
    response = httpx.post(f"{site['url']}/v1/check:batch", content=body, headers=site["headers"], timeout=10)
    assert response.status_code == 422 and "no product" in response.json()["detail"]  # read, parsed, answered


@pytest.mark.parametrize(("body", "said"), [
    (b"[" * 50_000, "depth limit exceeded"),  # nesting past orjson's 1,024 levels
    (b'{"product": {"sku": "A"}, "listings": [', "unexpected end of data"),
])
def test_a_check_body_that_is_not_json_is_a_422_saying_why_and_where(site: dict, body: bytes, said: str) -> None:
    response = httpx.post(f"{site['url']}/v1/check", content=body, headers=site["headers"], timeout=10)
    assert response.status_code == 422
    [problem] = response.json()["detail"]
    assert problem["type"] == "json_invalid" and said in problem["msg"] and "line 1, column" in problem["msg"]


@pytest.mark.parametrize("bom", [b"", b"\xef\xbb\xbf"])
def test_a_check_body_of_well_formed_json_is_checked(site: dict, bom: bytes) -> None:
    """With or without a byte order mark, as the batch route and catalog files read it."""
    body = {"product": {"sku": "A", "title": "Bluetooth speaker"},
            "listings": [{"marketplace": "amazon", "market": "DE"}]}
    response = httpx.post(f"{site['url']}/v1/check", content=bom + json.dumps(body).encode(),
                          headers={**site["headers"], "content-type": "application/json"}, timeout=10)
    assert response.status_code == 200 and response.json()["schema"] == "crossguard.check/2"


def test_a_body_that_trickles_in_gets_408(site: dict) -> None:
    started = time.monotonic()
    answer = _raw(site, _head(site, "/v1/check", 100) + b'{"product": ')
    assert answer.startswith(b"HTTP/1.1 408 ") and b"api.body_timeout_seconds" in answer
    assert time.monotonic() - started < 4


@pytest.mark.parametrize("sent", [b"", b"POST /v1/check HTTP/1.1\r\nHost: 127.0.0.1\r\n"])
def test_a_request_head_not_sent_in_time_closes_the_connection(site: dict, sent: bytes) -> None:
    started = time.monotonic()
    answer = _raw(site, sent)
    assert b"<still open>" not in answer and answer.startswith(b"HTTP/1.1 408 ")
    assert time.monotonic() - started < 4


def test_a_kept_alive_connection_serves_requests_and_then_times_out(site: dict) -> None:
    request = b"GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
    answer = _raw(site, request + request)
    assert answer.count(b"HTTP/1.1 200 OK") == 2  # then closed: idle, then the head deadline


def test_listings_per_request_on_both_sides_of_the_limit(site: dict) -> None:
    markets = MARKETS * 4  # 40 listings: one product, `markets:` expanded
    at_limit = httpx.post(f"{site['url']}/v1/check", json=_speaker(markets[:MAX_LISTINGS]), headers=site["headers"],
                          timeout=30)
    assert at_limit.status_code == 200 and len(at_limit.json()["decisions"]) == MAX_LISTINGS
    over = _speaker(markets[:MAX_LISTINGS])
    over["listings"].append({"marketplace": "ebay", "market": "DE"})
    refused = httpx.post(f"{site['url']}/v1/check", json=over, headers=site["headers"], timeout=30)
    assert refused.status_code == 413
    assert refused.json()["detail"] == ("41 listings in one request; at most 40 (api.max_listings): "
                                        "split the request")


def test_a_batch_counts_the_listings_of_all_its_products(site: dict) -> None:
    products = [_speaker(MARKETS, f"SPK-{n}") for n in range(4)]  # 40 listings
    assert httpx.post(f"{site['url']}/v1/check:batch", json=products, headers=site["headers"],
                      timeout=30).status_code == 200
    products.append(_speaker(["DE"], "SPK-X"))
    refused = httpx.post(f"{site['url']}/v1/check:batch", json=products, headers=site["headers"], timeout=30)
    assert refused.status_code == 413 and "41 listings in one request" in refused.json()["detail"]


def test_a_sliced_product_gets_the_findings_of_the_whole(site: dict) -> None:
    evaluator = Evaluator.from_paths([site["packs"]])
    raw = _speaker(MARKETS[:7])
    raw["listings"].append({"marketplace": "ebay", "markets": ["DE", "FR"], "has_image": True})
    entry = entry_from_mapping({**raw["product"], "listings": raw["listings"]})
    whole = evaluator.check_entry(entry, date(2026, 11, 25))
    parts = list(slices(entry, SLICE))
    assert [len(p.listings) for p in parts] == [5, 4]
    sliced = [d for part in parts for d in evaluator.check_entry(part, date(2026, 11, 25))]
    assert sliced == whole
    served = httpx.post(f"{site['url']}/v1/check", params={"at": "2026-11-25"}, json=raw, headers=site["headers"],
                        timeout=30).json()
    assert [(d["subject"], d["decision"], [f["rule_id"] for f in d["findings"]]) for d in served["decisions"]] == [
        (d.subject, d.decision, [f.rule_id for f in d.findings]) for d in whole]


def test_turns_are_granted_in_the_order_they_were_asked_for() -> None:
    gate = FairGate()
    order: list[int] = []
    with gate.turn():  # hold the gate while the others queue, one after the other
        threads = []
        for number in range(5):
            thread = threading.Thread(target=lambda n=number: _take(gate, order, n))
            thread.start()
            threads.append(thread)
            time.sleep(0.05)  # the next thread asks after this one is waiting
    for thread in threads:
        thread.join(5)
    assert order == [0, 1, 2, 3, 4]


def _take(gate: FairGate, order: list[int], number: int) -> None:
    with gate.turn():
        order.append(number)
