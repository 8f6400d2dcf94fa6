"""GET /v1/explain over real HTTP: the same JSON as `crossguard explain --format json` on the catalog and
seller data the service is configured to scan, typed as the OpenAPI schema says, with its errors."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

from crossguard.accounts.models import Scope
from crossguard.accounts.tokens import create_token
from crossguard.cli import app
from crossguard.service.api.schemas import ExplainDocument
from crossguard.service.options import ServiceOptions
from crossguard.store.db import make_engine
from crossguard.store.migrate import upgrade_to_head
from tests.service_support import serving, write_config

ROOT = Path(__file__).resolve().parent.parent
CATALOG = ROOT / "examples" / "toys.yaml"
DATA = ROOT / "examples" / "data"
RULES = [ROOT / "rules", ROOT / "examples" / "packs"]
AT = "2026-11-25"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict]:
    folder = tmp_path_factory.mktemp("explain")
    db_url = f"sqlite:///{folder / 'register.db'}"
    engine = make_engine(db_url)
    upgrade_to_head(engine)
    tokens = {scope: create_token(engine, f"t-{scope.value}", scope, "test")[1] for scope in Scope}
    config = write_config(folder, scheduler={"catalog": [str(CATALOG)], "data": str(DATA)})
    with serving(ServiceOptions(db_url=db_url, config=str(config), rules=[str(p) for p in RULES])) as url:
        yield {"url": url, "tokens": tokens, "db_url": db_url, "folder": folder}
    engine.dispose()


def _get(site: dict, scope: Scope | None = Scope.read, **params: object) -> httpx.Response:
    headers = {"Authorization": f"Bearer {site['tokens'][scope]}"} if scope else {}
    return httpx.get(f"{site['url']}/v1/explain", params=params, headers=headers, timeout=60)


def _cli(site: dict, subject: str, *options: str) -> dict:
    rules = [arg for path in RULES for arg in ("--rules", str(path))]
    result = CliRunner().invoke(app, ["explain", "--catalog", str(CATALOG), "--data", str(DATA), "--db",
                                      site["db_url"], "--subject", subject, "--at", AT, "--format", "json",
                                      *rules, *options])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


@pytest.mark.parametrize(("subject", "params", "options"), [
    ("TOY-TRAIN@amazon:DE", {"rule": "EU-TOYAGE-001"}, ["--rule", "EU-TOYAGE-001"]),
    ("TOY-TRAIN@amazon:DE", {"pack": "eu-toy-age"}, ["--pack", "eu-toy-age"]),
    ("TOY-TRAIN@amazon:DE", {}, []),
    ("accounts:amazon:EU/cluster:BW-EU-1+BW-EU-2", {}, []),
])
def test_the_answer_is_what_the_command_prints(site: dict, subject: str, params: dict, options: list[str]) -> None:
    response = _get(site, subject=subject, at=AT, **params)
    assert response.status_code == 200, response.text
    answer = response.json()
    assert answer == _cli(site, subject, *options)
    document = ExplainDocument.model_validate(answer)  # typed as /openapi.json says
    assert document.subject == subject and document.explanations


def test_a_rule_that_fired_and_one_that_did_not(site: dict) -> None:
    fired = _get(site, subject="TOY-TRAIN@amazon:DE", rule="EU-TOYAGE-001", at=AT).json()["explanations"][0]
    assert fired["fired"] is True and fired["reason"].startswith("fired")
    before = _get(site, subject="TOY-TRAIN@amazon:DE", rule="EU-TOYAGE-001", at="2011-07-19").json()
    assert before["explanations"][0]["fired"] is False and "2011-07-20" in before["explanations"][0]["reason"]


def test_several_rules_in_the_order_asked(site: dict) -> None:
    both = httpx.get(f"{site['url']}/v1/explain", timeout=60, headers={"Authorization": f"Bearer "
                                                                                  f"{site['tokens'][Scope.read]}"},
                     params=[("subject", "TOY-TRAIN@amazon:DE"), ("rule", "EU-TOYAGE-001"), ("rule", "EU-TOYAGE-001"),
                             ("at", AT)])
    assert [e["rule_id"] for e in both.json()["explanations"]] == ["EU-TOYAGE-001", "EU-TOYAGE-001"]


def test_unknown_subject_rule_or_pack_is_404_saying_what_is_there(site: dict) -> None:
    near = _get(site, subject="TOY-TRAIN@amazon:FX", at=AT)
    assert near.status_code == 404 and "did you mean TOY-TRAIN@amazon:FR, TOY-TRAIN@amazon:DE" in near.json()["detail"]
    assert _get(site, subject="TOY-TRAIN@amazon:DE", rule="NO-SUCH-1").json()["detail"] == "no rule NO-SUCH-1"
    assert "no pack 'nope'" in _get(site, subject="TOY-TRAIN@amazon:DE", pack="nope").json()["detail"]


def test_explain_needs_a_read_token(site: dict) -> None:
    assert _get(site, scope=None, subject="TOY-TRAIN@amazon:DE").status_code == 401
    assert _get(site, scope=Scope.check, subject="TOY-TRAIN@amazon:DE").status_code == 403
    assert _get(site, scope=Scope.write, subject="TOY-TRAIN@amazon:DE", at=AT).status_code == 200


def test_a_service_without_a_catalog_says_what_to_configure(site: dict, tmp_path: Path) -> None:
    config = write_config(tmp_path)  # scheduler.catalog: []
    with serving(ServiceOptions(db_url=site["db_url"], config=str(config))) as url:
        response = httpx.get(f"{url}/v1/explain", params={"subject": "TOY-TRAIN@amazon:DE"}, timeout=30,
                             headers={"Authorization": f"Bearer {site['tokens'][Scope.read]}"})
    assert response.status_code == 409 and "scheduler.catalog" in response.json()["detail"]


def test_an_unreadable_catalog_is_409_naming_it(site: dict, tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("- sku: [unclosed\n")
    config = write_config(tmp_path, scheduler={"catalog": [str(broken)]})
    with serving(ServiceOptions(db_url=site["db_url"], config=str(config))) as url:
        response = httpx.get(f"{url}/v1/explain", params={"subject": "X@amazon:DE"}, timeout=30,
                             headers={"Authorization": f"Bearer {site['tokens'][Scope.read]}"})
    assert response.status_code == 409 and "broken.yaml" in response.json()["detail"]
