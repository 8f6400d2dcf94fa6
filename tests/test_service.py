"""The pre-listing check over real HTTP: uvicorn on 127.0.0.1, an ephemeral port, httpx as client."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator

import httpx
import pytest
import uvicorn

from crossguard.service.app import create_app
from tests.packs import rule, write_pack


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    folder = tmp_path_factory.mktemp("svc")
    write_pack(folder, "svc", [
        rule("SV-RED-001", {"all": [{"field": "cls.radio", "eq": True}, {"field": "certs", "not_contains": "CE:RED"}]},
             blocks_listing=True),
        rule("SV-INFO-001", {"field": "listing.has_image", "exists": False}, severity="low"),
    ], jurisdiction="EU")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app([folder]), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert time.monotonic() < deadline, "server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


def _speaker(certs: list[dict]) -> dict:
    return {"product": {"sku": "SPK-9", "title": "Bluetooth speaker", "certificates": certs},
            "listings": [{"sku": "SPK-9", "marketplace": "amazon", "market": "DE", "has_image": True},
                         {"sku": "SPK-9", "marketplace": "amazon", "market": "US"}]}


def test_blocked_and_allowed_over_http(base_url: str) -> None:
    response = httpx.post(f"{base_url}/v1/check", params={"at": "2026-01-01"}, json=_speaker([]), timeout=10)
    assert response.status_code == 200
    body = response.json()
    assert body["schema"] == "crossguard.check/2"
    decisions = {d["market"]: d for d in body["decisions"]}
    assert decisions["DE"]["decision"] == "block"
    assert [f["rule_id"] for f in decisions["DE"]["findings"]] == ["SV-RED-001"]
    assert decisions["US"]["decision"] == "allow"  # an EU pack does not judge a US listing
    certified = _speaker([{"scheme": "CE", "directives": ["RED"], "issued": "2025-01-01", "expires": "2027-01-01"}])
    body = httpx.post(f"{base_url}/v1/check", params={"at": "2026-01-01"}, json=certified, timeout=10).json()
    assert body["summary"] == {"listings": 2, "allowed": 2, "review": 0, "blocked": 0, "input_errors": 0}
    expired = httpx.post(f"{base_url}/v1/check", params={"at": "2027-01-01"}, json=certified, timeout=10).json()
    assert expired["summary"]["blocked"] == 1


def test_invalid_input_is_422_with_the_field(base_url: str) -> None:
    bad = _speaker([])
    bad["listings"][0]["market"] = "Germany"
    response = httpx.post(f"{base_url}/v1/check", json=bad, timeout=10)
    assert response.status_code == 422
    assert any(err["loc"][-1] == "market" for err in response.json()["detail"])


def test_health_lists_pack_versions(base_url: str) -> None:
    assert httpx.get(f"{base_url}/health", timeout=10).json() == {"status": "ok", "packs": {"svc": "1.0"}}


def test_request_takes_the_catalog_schema(base_url: str) -> None:
    """Listings may omit their sku and use the `markets` shorthand, as in a catalog file."""
    body = {"product": {"sku": "SPK-9", "title": "Bluetooth speaker"},
            "listings": [{"marketplace": "amazon", "markets": ["DE", "FR"], "has_image": True}]}
    response = httpx.post(f"{base_url}/v1/check", params={"at": "2026-01-01"}, json=body, timeout=10)
    assert response.status_code == 200
    assert [d["subject"] for d in response.json()["decisions"]] == ["SPK-9@amazon:DE", "SPK-9@amazon:FR"]
    body["listings"][0]["sku"] = "OTHER"
    response = httpx.post(f"{base_url}/v1/check", json=body, timeout=10)
    assert response.status_code == 422 and "not the product's 'SPK-9'" in response.text
