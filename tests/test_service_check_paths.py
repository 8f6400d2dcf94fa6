"""POST /v1/check answers alike whether it runs on the event loop (a few listings, the engine free) or
through the thread pool (more listings, or the engine busy), and a request waiting for the engine does
not stall the event loop. Real HTTP on 127.0.0.1, a real register and durable-rules."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from crossguard.service.api.check import INLINE_LISTINGS
from crossguard.service.app import create_app
from crossguard.service.options import ServiceOptions
from tests.service_support import radio_and_image_site, serving_app, write_config

MARKETS = ["DE", "FR", "IT", "ES", "NL", "BE", "AT", "PL", "SE", "DK"]


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict]:
    folder = tmp_path_factory.mktemp("paths")
    db_url, token, packs = radio_and_image_site(folder, "PA")
    app = create_app(ServiceOptions(db_url=db_url, config=str(write_config(folder)), rules=[str(packs)]))
    with serving_app(app) as url:
        yield {"url": url, "headers": {"Authorization": f"Bearer {token}"}, "state": app.state.cg}


def _check(site: dict, markets: list[str]) -> httpx.Response:
    body = {"product": {"sku": "SPK-1", "title": "Bluetooth speaker", "radio": ["bluetooth"]},
            "listings": [{"marketplace": "amazon", "markets": markets}]}
    return httpx.post(f"{site['url']}/v1/check?at=2026-11-25", json=body, headers=site["headers"], timeout=30)


def test_few_and_many_listings_get_the_same_decisions(site: dict) -> None:
    assert INLINE_LISTINGS + 1 <= len(MARKETS)
    few = _check(site, MARKETS[:INLINE_LISTINGS])  # on the event loop
    many = _check(site, MARKETS[:INLINE_LISTINGS + 1])  # through the thread pool
    assert few.status_code == many.status_code == 200
    assert few.json()["decisions"] == many.json()["decisions"][:INLINE_LISTINGS]
    assert {d["decision"] for d in few.json()["decisions"]} == {"block"}


def test_a_check_waiting_for_the_engine_does_not_stall_the_event_loop(site: dict) -> None:
    """While another request holds the engine, a small check waits in the thread pool, not on the loop:
    the service still answers /health, and the check completes once the engine is free."""
    answers: list[httpx.Response] = []
    with site["state"].gate.turn():
        waiting = threading.Thread(target=lambda: answers.append(_check(site, ["DE"])))
        waiting.start()
        time.sleep(0.5)
        assert httpx.get(f"{site['url']}/health", timeout=5).status_code == 200
        assert not answers  # still waiting for its turn
    waiting.join(timeout=30)
    assert answers and answers[0].status_code == 200 and answers[0].json()["decisions"][0]["decision"] == "block"


def test_the_service_loads_its_vocabulary_at_start_not_on_the_first_request(tmp_path: Path) -> None:
    """The evaluator loads the classifier lazily (a re-scan evaluating nothing needs none); a service must not
    leave that to its first check, which may run on the event loop."""
    db_url, _, packs = radio_and_image_site(tmp_path, "VO")
    app = create_app(ServiceOptions(db_url=db_url, config=str(write_config(tmp_path)), rules=[str(packs)]))
    assert app.state.cg.evaluator._product_facts is not None  # no request made
