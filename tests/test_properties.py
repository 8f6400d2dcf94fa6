"""Property-based tests: every input gets a result or a clear input error (file, row/line, field,
or the subject), never an unexpected exception; the engine and the plain-Python meaning of a rule
agree on any fact; no alert can break a Slack message.

Bounded to stay fast (the `crossguard` profile in conftest.py: derandomized, so a run is
repeatable; `HYPOTHESIS_PROFILE=explore` draws more and random examples).
"""

from __future__ import annotations

import csv
import json
import os
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import event, given, settings
from hypothesis import strategies as st

from crossguard.engine.catalog import CatalogFileError, RowError, entry_and_problems, load_catalog
from crossguard.engine.conditions import evaluate
from crossguard.engine.evaluator import EvaluationError, Evaluator
from crossguard.engine.findings import Evidence, Severity
from crossguard.engine.packs import load_packs, validate_packs
from crossguard.engine.regex_dialect import DialectError, matcher, parse
from crossguard.engine.regex_probe import engine_disagreement
from crossguard.engine.safe_json import loads
from crossguard.engine.seller.evaluate import evaluate_seller_data
from crossguard.engine.yaml_lines import YamlError, load_located
from crossguard.notifiers.alert import Alert, AlertKind
from crossguard.notifiers.slack.blocks import render
from tests import strategies as hs
from tests.fakes.slack_server import MENTION, _mrkdwn_texts, message_errors
from tests.packs import rule, write_pack

AT = date(2026, 11, 25)
#: CROSSGUARD_PROPERTY_SCALE=20 (with HYPOTHESIS_PROFILE=explore) for a long hunt; 1 in `make test`.
SCALE = int(os.environ.get("CROSSGUARD_PROPERTY_SCALE", "1"))


def examples(count: int) -> settings:
    return settings(max_examples=count * SCALE)


@pytest.fixture(scope="module")
def evaluator() -> Evaluator:
    return Evaluator.from_paths()


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    return path


def _dump_yaml(data: Any) -> str | None:
    try:
        return yaml.safe_dump(data, allow_unicode=False)
    except (yaml.YAMLError, UnicodeEncodeError, OverflowError):
        return None  # a value YAML itself cannot write (the JSON forms still carry it)


def _check_catalog(evaluator: Evaluator, path: Path, rows: int) -> None:
    try:
        loaded = load_catalog([path])
    except CatalogFileError as error:
        assert str(path) in str(error)
        event(f"{path.suffix}: file error")
        return
    event(f"{path.suffix}: {len(loaded.entries)} entries, {min(len(loaded.errors), 3)}+ errors")
    for error in loaded.errors:
        assert isinstance(error, RowError) and error.file == path and 0 < error.row <= rows, error
        assert str(error).startswith(str(path))
    for entry in loaded.entries:
        try:
            decisions = evaluator.check_entry(entry, AT)
        except EvaluationError as error:  # a value the rules cannot compare: named with its subject
            assert entry.product.sku in str(error)
        else:
            assert len(decisions) == len(entry.listings)


@examples(60)
@given(rows=st.lists(hs.catalog_row(), min_size=1, max_size=3))
def test_any_catalog_row_gets_decisions_or_row_errors(evaluator: Evaluator, rows: list[dict[str, Any]]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        lines = "\n".join(json.dumps(row) for row in rows)  # json writes NaN/Infinity, \ud800 escapes
        _check_catalog(evaluator, _write(folder, "catalog.jsonl", lines), len(rows))
        _check_catalog(evaluator, _write(folder, "catalog.json", json.dumps(rows)), len(rows))
        text = _dump_yaml(rows)
        if text is not None:
            _check_catalog(evaluator, _write(folder, "catalog.yaml", text), len(rows))


@examples(150)
@given(raw=hs.values)
def test_any_mapping_is_an_entry_or_field_problems(raw: Any) -> None:
    entry, problems = entry_and_problems(raw)
    assert entry is not None or problems
    assert all(isinstance(p["loc"], tuple) and p["msg"] for p in problems)


def _write_seller(folder: Path, rows: dict[str, list[dict[str, Any]]], form: str) -> None:
    for kind, items in rows.items():
        if form == "json":
            _write(folder, f"{kind}.json", json.dumps(items))
        elif form == "yaml" and (text := _dump_yaml(items)) is not None:
            _write(folder, f"{kind}.yaml", text)
        elif items:
            columns = sorted({str(key) for item in items for key in item if str(key)})
            with open(folder / f"{kind}.csv", "w", newline="", encoding="utf-8", errors="surrogatepass") as handle:
                writer = csv.writer(handle)
                writer.writerow(columns)
                writer.writerows([[json.dumps(v) if isinstance(v, list | dict) else v
                                   for v in (item.get(c, "") for c in columns)] for item in items])


@examples(40)
@given(rows=hs.seller_rows(), form=st.sampled_from(["json", "yaml", "csv"]))
def test_any_seller_data_gets_findings_or_row_errors(evaluator: Evaluator, rows: dict[str, list[dict[str, Any]]],
                                                    form: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        _write_seller(folder, rows, form)
        try:
            result = evaluate_seller_data(evaluator, folder, AT)
        except EvaluationError as error:
            assert "cannot be evaluated" in str(error)
            return
    event(f"{form}: {len(result.findings)} findings" if result.findings else f"{form}: no findings")
    for error in result.errors:
        assert isinstance(error, RowError) and error.file.parent == folder and error.row >= 0, error
        assert error.field or error.reason


@examples(40)
@given(when=hs.condition(), facts=st.lists(hs.listing_fact(), min_size=1, max_size=4))
def test_any_pack_condition_is_refused_with_its_location_or_agrees_with_python(when: Any,
                                                                              facts: list[dict[str, Any]]) -> None:
    """Engine and Python meaning agree on any fact for any condition validate accepts."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path = write_pack(folder, "prop", [rule("PR-R-001", when)])
        packs, issues = validate_packs([folder])
        if issues:
            assert all(str(issue).startswith(str(path)) for issue in issues)
            event("pack refused")
            return
        event("pack accepted")
        try:
            evaluator = Evaluator(load_packs([folder]))
        except Exception as error:  # noqa: BLE001 - only the engine's refusal, naming the rule, may happen
            assert "PR-R-001" in str(error) and type(error).__name__ == "EngineError", error
            return
    [compiled] = [r for p in evaluator.packs for r in p.rules]
    for fact in facts:
        fired = {r.id for r in evaluator.matching_rules("listing", fact)}
        assert ("PR-R-001" in fired) == evaluate(compiled.condition, fact), (when, fact)


@examples(300)
@given(pattern=hs.patterns(), text=st.text(max_size=40))
def test_any_pattern_is_in_the_dialect_or_refused_and_matching_never_fails(pattern: str, text: str) -> None:
    try:
        parse(pattern)
    except DialectError as error:
        assert error.message and 0 <= error.position <= len(pattern)
        return
    assert matcher(pattern).fullmatch(text) in (True, False)
    assert matcher(pattern, True).fullmatch(text) in (True, False)


@examples(25)
@given(pattern=hs.patterns())
def test_the_engine_probe_answers_for_any_dialect_pattern(pattern: str) -> None:
    """Registering any accepted pattern in durable-rules neither hangs nor crashes the probe."""
    try:
        parse(pattern)
    except DialectError:
        return
    verdict = engine_disagreement(pattern)
    assert verdict is None or "durable-rules" in verdict


@examples(200)
@given(text=st.one_of(st.text(max_size=200), st.sampled_from(["a: &a [*a]", "- " * 100 + "x", "[" * 500,
                                                                "x: !!python/object:os.system ls", "? [a]\n: b"])))
def test_any_yaml_text_is_data_or_a_located_error(text: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = _write(Path(tmp), "any.yaml", text)
        try:
            load_located(path)
        except YamlError as error:
            assert str(error).startswith(str(path))


@examples(200)
@given(text=st.one_of(st.text(max_size=200), st.integers(1, 3000).map(lambda n: "[" * n)))
def test_any_json_text_is_data_or_a_json_error(text: str) -> None:
    try:
        loads(text)
    except json.JSONDecodeError as error:
        assert error.lineno >= 1


@examples(150)
@given(fields=hs.alerts_input(), kind=st.sampled_from(list(AlertKind)),
       severity=st.sampled_from(list(Severity)), children=st.integers(0, 60))
def test_any_alert_renders_to_a_message_slack_accepts_without_mentions(fields: dict[str, Any], kind: AlertKind,
                                                                       severity: Severity, children: int) -> None:
    evidence = [Evidence(field=e["field"], value=e["value"], basis=e["basis"]) for e in fields.pop("evidence")]
    alert = Alert(key="k" * 40, kind=kind, source="property", severity=severity, evidence=evidence, **fields)
    if kind is AlertKind.digest:
        alert = alert.model_copy(update={"children": [alert.model_copy(update={"kind": AlertKind.feed_item})]
                                         * children})
    message = render(alert)
    assert message_errors({"text": message["text"], "blocks": message["blocks"]}) is None
    texts = [message["text"], *_mrkdwn_texts(message["blocks"])]
    assert not [m.group(0) for t in texts for m in MENTION.finditer(t)]
