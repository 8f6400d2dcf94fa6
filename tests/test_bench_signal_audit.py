"""bench/signal_audit.py without the shared material: it names the source that set each class from a result's basis,
and exits 2 when the material is absent (no test depends on the material); bench/shelf_audit.py exits the same way."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench import shelf_audit, signal_audit
from crossguard.engine.classification import Classifier, ProductText
from crossguard.engine.classify import Classifier as EngineClassifier


@pytest.fixture(scope="module")
def reader_and_classifier() -> tuple[signal_audit.SourceReader, Classifier]:
    classifier = EngineClassifier.default().types  # the shipped vocabulary's, built once per test process
    return signal_audit.SourceReader(classifier), classifier


@pytest.mark.parametrize(
    ("title", "category", "name", "source"),
    [
        ("Bluetooth Speaker", None, "radio", "modifier radio_link (title)"),
        ("Bluetooth Speaker", None, "eee", "type via title"),
        ("Anything", "Computers >> Laptop Accessories >> Wall Chargers", "mains_lv", "type via category hint"),
        ("Wireless Optical Mouse", None, "battery", "type when-rule"),
        ("Talking Plush Bear", "Soft Toys", "battery", "modifier toy_feature_battery (title)"),
    ],
)
def test_the_source_of_a_class_is_read_back_from_the_basis(reader_and_classifier, title, category, name, source):
    reader, classifier = reader_and_classifier
    result = classifier.classify(ProductText(title, category=category))
    assert result.classes[name] is True, result.basis[name]
    assert reader.source(result, name) == source, result.basis[name]


def test_an_implied_class_names_the_source_of_the_class_it_follows_from(reader_and_classifier):
    reader, classifier = reader_and_classifier
    # (a light-up toy: "talking" names the battery itself since toyelec45, a light does not)
    result = classifier.classify(ProductText("Light Up Plush Bear", category="Soft Toys"))
    source = reader.source(result, "battery")
    assert source.startswith("toy => battery <- "), (source, result.basis["battery"])


@pytest.mark.parametrize("script", [signal_audit, shelf_audit], ids=["signal_audit", "shelf_audit"])
def test_no_material_exits_2(tmp_path: Path, monkeypatch, capsys, script):
    monkeypatch.setattr("sys.argv", ["audit.py", "--material", str(tmp_path)])
    assert script.main() == 2
    assert "no material" in capsys.readouterr().err


@pytest.mark.parametrize("script", [signal_audit, shelf_audit], ids=["signal_audit", "shelf_audit"])
def test_unreadable_material_exits_2_without_a_traceback(tmp_path: Path, monkeypatch, capsys, script):
    (tmp_path / "labels").mkdir()  # the labels folder, but no catalog files
    monkeypatch.setattr("sys.argv", ["audit.py", "--material", str(tmp_path)])
    assert script.main() == 2
    assert f"cannot read the material at {tmp_path}" in capsys.readouterr().err


@pytest.mark.parametrize("sample", ["0", "-3", "many"])
def test_a_sample_that_is_not_a_positive_number_exits_2(tmp_path: Path, monkeypatch, capsys, sample):
    monkeypatch.setattr("sys.argv", ["signal_audit.py", "--material", str(tmp_path), "--sample", sample])
    with pytest.raises(SystemExit) as stopped:
        signal_audit.main()
    assert stopped.value.code == 2
    assert "--sample" in capsys.readouterr().err
