"""Every packaged rule links to its source: SARIF's ``helpUri``, the finding page and the alerts take the
first reference that holds a URL, so a rule without one leaves the reader nothing to open. Every URL
in a packaged pack must be https with a host (a plain-http link is downgradable and some official
sites no longer serve it)."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import pytest

from crossguard.engine.packs import Pack, load_packs
from crossguard.engine.reports.model import rule_infos
from crossguard.engine.reports.sarif import URL, help_uri, rule_descriptor
from tests.packs import rule, write_pack


def urls(reference: str) -> list[str]:
    """The URLs of one reference, cut as SARIF's help_uri cuts them."""
    return [found.group(0).rstrip(".,;") for found in URL.finditer(reference)]


def bad_url(url: str) -> str | None:
    parts = urlsplit(url)
    if parts.scheme != "https":
        return f"{url}: scheme {parts.scheme!r}, not https"
    if not parts.hostname or "." not in parts.hostname:
        return f"{url}: no host"
    return None


def reference_problems(packs: list[Pack]) -> list[str]:
    """One line per rule without a URL reference and per URL that is not https with a host."""
    problems: list[str] = []
    for pack in packs:
        problems += [f"{pack.spec.id}: {bad}" for reference in pack.spec.references
                     for bad in map(bad_url, urls(reference)) if bad]
        for item in pack.rules:
            if help_uri(item.spec.references) is None:
                problems.append(f"{pack.spec.id} {item.id}: no reference holds a URL")
            problems += [f"{pack.spec.id} {item.id}: {bad}" for reference in item.spec.references
                         for bad in map(bad_url, urls(reference)) if bad]
    return problems


def test_every_packaged_rule_has_a_well_formed_https_reference() -> None:
    packs = load_packs(None, None)
    assert sum(len(pack.rules) for pack in packs) >= 130
    assert reference_problems(packs) == []


def test_the_help_uri_is_the_first_url_and_https() -> None:
    for pack in load_packs(None, None):
        for item in pack.rules:
            first = help_uri(item.spec.references)
            assert first is not None and first.startswith("https://"), item.id
            assert first == next(u for ref in item.spec.references for u in urls(ref)), item.id


@pytest.mark.parametrize(("references", "expected"), [
    (["Directive 2014/53/EU Art. 10"], "R-1: no reference holds a URL"),
    (["Directive 2014/53/EU (http://data.europa.eu/eli/dir/2014/53/oj)"], "scheme 'http', not https"),
    (["see https:///eli/dir/2014/53/oj"], "no host"),
    (["see https://localhost/x"], "no host"),
])
def test_a_pack_without_a_proper_url_is_reported(tmp_path: Path, references: list[str], expected: str) -> None:
    write_pack(tmp_path, "tmp-refs", [rule("R-1", {"all": [{"field": "sku", "exists": True}]},
                                           references=references)])
    problems = reference_problems(load_packs([tmp_path]))
    assert len(problems) == 1 and expected in problems[0], problems


def test_a_pack_with_an_https_reference_passes(tmp_path: Path) -> None:
    write_pack(tmp_path, "tmp-refs", [rule("R-1", {"all": [{"field": "sku", "exists": True}]},
                                           references=["Directive 2014/53/EU Art. 10",
                                                       "Directive 2014/53/EU (https://eur-lex.europa.eu/eli/dir/2014/53/oj)."])])
    packs = load_packs([tmp_path])
    assert reference_problems(packs) == []
    assert help_uri(packs[0].rules[0].spec.references) == "https://eur-lex.europa.eu/eli/dir/2014/53/oj"


def test_sarif_gives_no_help_uri_to_a_rule_without_a_url(tmp_path: Path) -> None:
    """The packaged rules all have one now; a user's own pack may not, and SARIF must then omit it."""
    write_pack(tmp_path, "tmp-refs", [rule("R-1", {"all": [{"field": "sku", "exists": True}]}),
                                      rule("R-2", {"all": [{"field": "sku", "exists": True}]},
                                           references=["Directive 2014/53/EU (https://eur-lex.europa.eu/eli/dir/2014/53/oj)"])])
    descriptors = {info.id: rule_descriptor(info) for info in rule_infos(load_packs([tmp_path]))}
    assert "helpUri" not in descriptors["R-1"]
    assert descriptors["R-2"]["helpUri"] == "https://eur-lex.europa.eu/eli/dir/2014/53/oj"
