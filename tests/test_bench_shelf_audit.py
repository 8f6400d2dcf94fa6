"""bench/shelf_audit.py without the shared material: it notes where a shelf's type beat a different specific title
type, classifies the product again with the title winning, and exits 2 on a count that is not positive (and, as
tests/test_bench_signal_audit.py checks, when the material is absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench import shelf_audit
from crossguard.engine.classification import ProductText
from crossguard.engine.classify import Classifier

TRAINS = "Hobbies > Model Trains & Railway Sets > Rail Vehicles > Trains"


@pytest.fixture(scope="module")
def auditors() -> tuple[shelf_audit.ShelfAuditor, shelf_audit.ShelfAuditor]:
    vocab = Classifier.default().types.vocab  # the shipped vocabulary, loaded once per test process
    return shelf_audit.ShelfAuditor(vocab), shelf_audit.ShelfAuditor(vocab, title_wins=True)


def test_a_shelf_that_beats_a_different_title_type_is_noted(auditors):
    shelf, title = auditors
    text = ProductText("Hornby R1138 GWR Passenger Freight 00 Gauge Electric Train Set", category=TRAINS)
    before = shelf.classify(text)
    assert shelf.pair(text) == ("model_railway", "train_set")
    assert before.product_type == "model_railway"
    after = title.classify(text)
    assert after.product_type == "train_set"
    assert "toy+" in shelf_audit.moves(before, after)


@pytest.mark.parametrize(
    ("title", "category"),
    [
        ("Hornby R3213 Flying Scotsman Locomotive", None),  # no shelf
        ("Silicone Case for iPhone 15", "Mobiles >> Mobile Phones"),  # an accessory: the title already wins
        ("Paradise Plain Single Electric Blanket Green", "Home Furnishing >> Bed Linen >> Blankets, Quilts & Dohars"),
    ],
)
def test_no_pair_where_the_title_already_wins_or_there_is_no_shelf(auditors, title, category):
    shelf, _ = auditors
    text = ProductText(title, category=category)
    shelf.classify(text)
    assert shelf.pair(text) is None


@pytest.mark.parametrize(("option", "value"), [("--sample", "0"), ("--min", "-3"), ("--sample", "many")])
def test_a_count_that_is_not_a_positive_number_exits_2(tmp_path: Path, monkeypatch, capsys, option, value):
    monkeypatch.setattr("sys.argv", ["shelf_audit.py", "--material", str(tmp_path), option, value])
    with pytest.raises(SystemExit) as stopped:
        shelf_audit.main()
    assert stopped.value.code == 2
    assert option in capsys.readouterr().err
