"""JSON nested deeper than MAX_DEPTH is refused the same way wherever it is read (engine/safe_json.py).

Python's decoder recursed until the interpreter's limit, which depends on how deep the caller's stack
already is: a row nested ~980 levels passed a scan's first pass in one process and ended the second
pass (or a worker) in a traceback. The limit is now MAX_DEPTH for every reader, at any stack depth."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from crossguard.cli import app
from crossguard.engine import safe_json
from crossguard.engine.yaml_lines import MAX_DEPTH
from crossguard.register.errors import ScanInputError
from crossguard.store.db import make_engine
from crossguard.usecases.scan import scan_catalog
from crossguard.usecases.scan_lines import LineWork, validated_line

runner = CliRunner()
AT = date(2026, 11, 25)
REFUSAL = f"JSON syntax: nesting deeper than {MAX_DEPTH} levels"


def _deep_line(depth: int) -> str:
    """A valid product whose `extra` field nests ``depth`` levels (the product's own object is one more)."""
    return ('{"sku":"DEEP-1","title":"Lamp","listings":[{"marketplace":"amazon","market":"DE"}],"extra":'
            + "[" * depth + '"x"' + "]" * depth + "}")


def _at_stack_depth(frames: int, call):  # noqa: ANN001, ANN202 - a test helper
    """``call()`` with ``frames`` more Python frames on the stack."""
    return call() if frames == 0 else _at_stack_depth(frames - 1, call)


@pytest.mark.parametrize("frames", [0, 300, 600])
@pytest.mark.parametrize("depth", [MAX_DEPTH + 1, 100, 500, 980, 990])
def test_nesting_past_the_limit_is_a_syntax_error_at_any_stack_depth(depth: int, frames: int) -> None:
    text = "[" * depth + "]" * depth
    with pytest.raises(json.JSONDecodeError, match=f"nesting deeper than {MAX_DEPTH} levels") as raised:
        _at_stack_depth(frames, lambda: safe_json.loads(text))
    assert raised.value.pos == MAX_DEPTH  # the first bracket past the limit


@pytest.mark.parametrize("text", [
    "[" * MAX_DEPTH + "]" * MAX_DEPTH,  # exactly the limit
    '{"a":"' + "[" * 200 + '","b":' + "[" * (MAX_DEPTH - 1) + "]" * (MAX_DEPTH - 1) + "}",  # brackets in a string
    '["\\"[[[[",' + ",".join(["{}"] * 200) + "]",  # many brackets, shallow; an escaped quote in a string
])
def test_nesting_up_to_the_limit_is_read(text: str) -> None:
    assert safe_json.loads(text) == json.loads(text)


def test_a_line_a_worker_cannot_parse_fails_the_scan_naming_file_and_row() -> None:
    """Pass 2 parsed the line already, but a worker parses it again: its error is the scan's, not a traceback."""
    with pytest.raises(ScanInputError, match=rf"cat\.jsonl: row 7: {REFUSAL}"):
        validated_line(LineWork(_deep_line(990), None, "cat.jsonl", 7, "DEEP-1"))
    with pytest.raises(ScanInputError, match=r"cat\.jsonl: row 8: JSON syntax: Expecting"):
        validated_line(LineWork('{"sku": "DEEP-1",', None, "cat.jsonl", 8, "DEEP-1"))


@pytest.mark.parametrize("workers", [1, 2])
@pytest.mark.parametrize("depth", [100, 980, 990])
def test_scan_refuses_a_deeply_nested_row_alike_with_any_workers(tmp_path: Path, depth: int, workers: int) -> None:
    catalog = tmp_path / "deep.jsonl"
    catalog.write_text(_deep_line(depth) + "\n")
    engine = make_engine(f"sqlite:///{tmp_path / 'r.db'}")
    try:
        with pytest.raises(ScanInputError) as raised:
            scan_catalog(engine, [catalog], at=AT, workers=workers)
    finally:
        engine.dispose()
    assert any(f"deep.jsonl:1: row 1: (row): {REFUSAL}" in line for line in raised.value.errors), raised.value.errors
    result = runner.invoke(app, ["scan", "-c", str(catalog), "--db", f"sqlite:///{tmp_path / 'cli.db'}", "-q",
                                 "-w", str(workers), "--at", AT.isoformat()], env={"COLUMNS": "400"})
    assert result.exit_code == 2, result.output  # EXIT_INPUT, as documented for bad rows
    assert isinstance(result.exception, SystemExit | None) and "Traceback" not in result.output
    assert f"deep.jsonl:1: row 1: (row): {REFUSAL}" in result.output.replace("\n", " "), result.output
    assert "nothing was written" in result.output


@pytest.mark.parametrize("text", ['{"sku": "A", "n": [1, 2.5, {"x": null}]}', '[' * 64 + ']' * 64,
                                  '{"big": 123456789012345678901234567890}', '{"a": NaN}', '{"a": "\\ud800"}'])
def test_loads_known_reads_what_loads_reads_or_gives_none(text: str) -> None:
    """``loads_known`` (orjson, for text ``loads`` read before) gives what ``loads`` gives, but for integers past
    64 bits (floats), or None where orjson refuses what ``loads`` reads."""
    fast = safe_json.loads_known(text)
    if "big" in text:
        assert fast == {"big": float(123456789012345678901234567890)}
    elif "NaN" in text or "ud800" in text:
        assert fast is None and safe_json.loads(text) is not None
    else:
        assert fast == safe_json.loads(text)


@pytest.mark.parametrize("workers", [1, 2])
def test_a_number_too_long_to_convert_is_a_syntax_error_not_a_traceback(tmp_path: Path, workers: int) -> None:
    """Python refuses to convert an integer of more than 4,300 digits (a ValueError, not a JSONDecodeError): the
    row is refused as bad JSON at the number, the others are still read, and no traceback."""
    long_number = "9" * (sys.get_int_max_str_digits() + 1)
    with pytest.raises(json.JSONDecodeError, match="more than") as raised:
        safe_json.loads('{"sku": "A", "mains_voltage_v": ' + long_number + "}")
    assert raised.value.pos == len('{"sku": "A", "mains_voltage_v": ')
    assert safe_json.loads('{"n": ' + long_number[:-1] + "}")["n"] == int(long_number[:-1])
    catalog = tmp_path / "long.jsonl"
    good = json.dumps({"sku": "OK-1", "title": "Mug", "listings": [{"marketplace": "amazon", "market": "DE"}]})
    catalog.write_text(good + "\n" + good.replace("OK-1", "LONG-1")[:-1] + ', "mains_voltage_v": ' + long_number
                       + "}\n")
    result = runner.invoke(app, ["scan", "-c", str(catalog), "--db", f"sqlite:///{tmp_path / 'r.db'}", "-q",
                                 "-w", str(workers), "--at", AT.isoformat()], env={"COLUMNS": "400"})
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output and isinstance(result.exception, SystemExit | None)
    assert "long.jsonl:2: row 2: (row): JSON syntax: a number of more than" in result.output.replace("\n", " ")
    checked = runner.invoke(app, ["check", str(catalog), "--at", AT.isoformat()], env={"COLUMNS": "400"})
    assert "Traceback" not in checked.output and "OK-1" in checked.output, checked.output
    assert "row 2" in checked.output.replace("\n", " ")
