"""bench/classify_eval.py pools label sets: the rows of every folder in turn, and a product labelled in two of them
refused (it would count twice). Needs ../shared/material (skipped when absent)."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest

from bench import audit_common, classify_eval, material

LABELS = Path(__file__).resolve().parents[1] / "bench" / "labels"

pytestmark = pytest.mark.skipif(not material.MATERIAL.is_dir(), reason="../shared/material is not there")


def test_pooled_sets_are_every_folders_rows_in_turn():
    first, second = LABELS / "heldout-1", LABELS / "heldout-2"
    pooled = classify_eval.pooled_labels(material.MATERIAL, [first, second])
    one, two = material.labels(material.MATERIAL, first), material.labels(material.MATERIAL, second)
    assert [row["sku"] for row in pooled] == [row["sku"] for row in one + two]
    assert len(one) == 200 and len(two) == 180


def test_no_folder_means_the_development_set():
    assert [row["sku"] for row in classify_eval.pooled_labels(material.MATERIAL, None)] == \
        [row["sku"] for row in material.labels(material.MATERIAL)]


def test_a_product_in_two_pooled_sets_is_refused_with_both_named(tmp_path: Path):
    copy = tmp_path / "copy-of-heldout-1"
    shutil.copytree(LABELS / "heldout-1", copy)
    with pytest.raises(ValueError, match=r"labelled in both .*heldout-1 and .*copy-of-heldout-1"):
        classify_eval.pooled_labels(material.MATERIAL, [LABELS / "heldout-1", copy])


def test_audited_products_are_left_out_by_source_id_and_only_they():
    rows = [{"sku": "aaa111"}, {"sku": "bbb222"}, {"sku": "FK-ccc333"}]
    assert [row["sku"] for row in classify_eval.without_audited(rows, {"bbb222", "ccc333"})] == ["aaa111"]
    assert classify_eval.without_audited(rows, set()) == rows


def test_the_audited_list_reads_ids_and_skips_comments(tmp_path: Path):
    listed = tmp_path / "audited.txt"
    listed.write_text("# products tuned on\n\nabc123\n  def456  \n# another comment\n", encoding="utf-8")
    assert material.audited_source_ids(listed) == {"abc123", "def456"}


def test_every_audited_product_is_a_labelled_product_outside_the_development_set():
    """bench/labels/audited.txt names held-out and blind-set rows only: an id from elsewhere would be a typo, and a
    development row was never blind. Only the label files' sku columns are read, so the fetched catalogs are not
    needed."""
    audited = material.audited_source_ids()
    labelled = material.labelled_source_ids(audit_common.label_folders())
    development = material.labelled_source_ids([])
    assert len(audited) >= 145 + 1305  # stop 51 found 145, stop 77 1,305 more
    assert audited <= labelled and not audited & development


def test_a_set_whose_every_product_was_audited_says_so_and_exits_2(tmp_path: Path, monkeypatch, capsys):
    """A blind set read whole by a review (tbzh-1 in stops 75 and 76) has no blind measure left: say so, not fail
    inside `check` with "no listing to check"."""
    rows = material.labels(material.MATERIAL, LABELS / "heldout-1")
    monkeypatch.setattr(material, "audited_source_ids", lambda: {material.source_id(row["sku"]) for row in rows})
    monkeypatch.setattr("sys.argv", ["classify_eval.py", "--labels", str(LABELS / "heldout-1"), "--not-audited",
                                     "--counts-only"])
    assert classify_eval.main() == 2
    assert "no blind measure is left" in capsys.readouterr().err


def _labels_file(folder: Path, name: str, catalog: str, skus: list[str]) -> Path:
    folder.mkdir()
    header = "catalog,n,sku,title,category,brand,radio,mains,eee,battery,toy,children,textile,unsure,note\n"
    lines = [f"{catalog},{n},{sku},Plush Bear {sku},,,0,0,0,0,1,1,0,,\n" for n, sku in enumerate(skus, 1)]
    (folder / name).write_text(header + "".join(lines), encoding="utf-8")
    return folder


def test_the_same_bare_id_in_two_catalogs_is_two_products(tmp_path: Path):
    """Cdiscount's and Macy's ids are bare numbers ("135" is in both cdfr-1 and macys-1): pooling them is no
    double count, and each keeps its own key."""
    first = _labels_file(tmp_path / "one", "flipkart-labels.csv", "flipkart", ["135", "240"])
    second = _labels_file(tmp_path / "two", "bestbuy-labels.csv", "bestbuy", ["135"])
    pooled = classify_eval.pooled_labels(material.MATERIAL, [first, second])
    assert [classify_eval.row_key(row) for row in pooled] == ["flipkart/135", "flipkart/240", "bestbuy/135"]
    with pytest.raises(ValueError, match=r"sku 135 of flipkart is labelled in both .*one and .*again"):
        classify_eval.pooled_labels(material.MATERIAL, [first, _labels_file(tmp_path / "again", "flipkart-labels.csv",
                                                                             "flipkart", ["135"])])


def test_a_class_no_kept_row_reads_is_named_and_only_then():
    rows = [{"catalog": "c", "sku": str(n)} for n in range(4)]
    predicted = {f"c/{n}": {cls: False for cls in classify_eval.CLASS_MAP.values()} for n in range(4)}
    predicted["c/3"]["toy"] = predicted["c/2"]["eee"] = True
    kept, left_out = rows[:2], rows[2:]
    assert classify_eval.read_shares(left_out, predicted)["toy"] == 0.5
    warned = classify_eval.selection_warnings(classify_eval.read_shares(kept, predicted),
                                              classify_eval.read_shares(left_out, predicted))
    assert warned == ["eee", "toy"]
    predicted["c/0"]["toy"] = True  # a kept row reads toy: its cell measures something again
    assert classify_eval.selection_warnings(classify_eval.read_shares(kept, predicted),
                                            classify_eval.read_shares(left_out, predicted)) == ["eee"]


def test_pooled_tallies_keep_two_catalogs_products_of_one_bare_id_apart():
    rows = [{"catalog": catalog, "sku": "135", "unsure": "", **{label: "1" if label == "toy" else "0"
                                                               for label in classify_eval.CLASS_MAP}}
            for catalog in ("cdiscount_fr", "macys_us")]
    predicted = {key: {cls: False for cls in classify_eval.CLASS_MAP.values()}
                 for key in ("cdiscount_fr/135", "macys_us/135")}
    predicted["cdiscount_fr/135"]["toy"] = True
    counts = classify_eval.tallies(rows, predicted, skip_unsure=False)
    assert counts[("overall", "toy")] == [1, 0, 1]  # one found, one missed: not one product counted twice
    assert counts[("cdiscount_fr", "toy")] == [1, 0, 0] and counts[("macys_us", "toy")] == [0, 0, 1]


def test_no_audited_id_is_labelled_in_two_catalogs():
    """audited.txt lists bare ids and `--not-audited` compares by them: an id two catalogs share would leave out the
    other catalog's product too. Only the sku and catalog columns are read."""

    catalogs: dict[str, set[str]] = {}
    for folder in audit_common.label_folders():
        for name in material.label_files(folder):
            with open(folder / name, encoding="utf-8", newline="") as handle:
                for row in csv.DictReader(handle):
                    catalogs.setdefault(row["sku"], set()).add(row["catalog"])
    shared = {sku for sku, names in catalogs.items() if len(names) > 1}
    assert shared  # Cdiscount's and Macy's bare ids do meet ("135")
    assert not shared & material.audited_source_ids()


def test_only_the_named_catalogs_rows_are_kept_in_order():
    rows = [{"catalog": name, "sku": str(n)} for n, name in enumerate(["cdiscount_fr", "mercari_us", "cdiscount_fr"])]
    assert [row["sku"] for row in classify_eval.only_catalogs(rows, ["cdiscount_fr"])] == ["0", "2"]
    assert classify_eval.only_catalogs(rows, ["kaufland_de"]) == []


@pytest.mark.parametrize("names", [["kaufland_de"], ["flipkart", "flipkrat"]])
def test_a_catalog_no_set_holds_says_so_and_exits_2(names: list[str], monkeypatch, capsys):
    """Even beside a catalog that is there: a misspelt name must not quietly score the others alone."""
    argv = ["classify_eval.py", "--labels", str(LABELS / "heldout-1"), "--counts-only"]
    monkeypatch.setattr("sys.argv", argv + [part for name in names for part in ("--catalog", name)])
    assert classify_eval.main() == 2
    assert f"no labelled product of {names[-1]}" in capsys.readouterr().err


def test_a_wrong_row_names_each_class_read_otherwise_and_leaves_unsure_cells_out():
    labels = {label: "0" for label in classify_eval.CLASS_MAP}
    rows = [{"catalog": "c", "sku": "1", "title": "Light-up doll", "category": "Dolls", "note": "doll, 2xAA",
             "unsure": "toy", **labels, "eee": "1", "battery": "1"},
            {"catalog": "c", "sku": "2", "title": "Mug", "category": "", "note": "", "unsure": "", **labels}]
    classes = {cls: False for cls in classify_eval.CLASS_MAP.values()}
    products = [{"sku": "c/1", "product_type": "doll", "classes": {**classes, "battery": True, "toy": True}},
                {"sku": "c/2", "product_type": "mug", "classes": classes}]
    lines = classify_eval.wrong_rows(rows, products)
    assert len(lines) == 1 and lines[0].startswith("-eee ") and "[doll] Light-up doll" in lines[0]
    assert classify_eval.wrong_rows(rows, products, skip_unsure=False)[0].startswith("-eee +toy ")


@pytest.mark.parametrize("extra", [["--labels", str(LABELS / "heldout-1")],
                                   ["--labels", str(LABELS / "dev86-1"), "--counts-only"]])
def test_errors_are_printed_for_development_sets_only_and_not_beside_counts_only(extra: list[str], monkeypatch,
                                                                                 capsys):
    monkeypatch.setattr("sys.argv", ["classify_eval.py", "--errors", *extra])
    assert classify_eval.main() == 2
    assert "--errors prints titles" in capsys.readouterr().err
    assert classify_eval.development_folder(LABELS / "dev86-2") and not classify_eval.development_folder(
        LABELS / "amzus-1")


def test_a_development_folder_is_known_by_where_it_leads_not_by_its_name(tmp_path: Path):
    link = tmp_path / "dev86-9"
    link.symlink_to(LABELS / "amzus-1")
    copy = tmp_path / "dev86-1"
    shutil.copytree(LABELS / "heldout-1", copy)
    for folder in (link, copy, LABELS / "dev86-1" / ".." / "amzus-1", LABELS / "devices-1"):
        assert not classify_eval.development_folder(folder), folder
    assert classify_eval.development_folder(LABELS / "heldout-1" / ".." / "dev86-1")
