"""bench/review_sample.py never draws a labelled, audited or already-sampled product: it compares source ids, not
skus, the mistake that put blind rows in the review samples of stops 49 to 51 and 75 and 76."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench import material, review_sample

PRODUCTS = [{"sku": f"TBZH-fine-{n}", "title": f"product {n}"} for n in range(1, 11)]


def test_a_labelled_product_is_left_out_by_its_bare_id():
    drawn = review_sample.draw(PRODUCTS, "TBZH", {"fine-3", "fine-7"}, size=10, seed=1)
    assert {p["sku"] for p in drawn} == {p["sku"] for p in PRODUCTS} - {"TBZH-fine-3", "TBZH-fine-7"}


def test_only_the_prefixs_catalog_and_no_more_than_the_size():
    other = [{"sku": "KFDE-S1", "title": "x"}]
    drawn = review_sample.draw(PRODUCTS + other, "TBZH", set(), size=4, seed=1)
    assert len(drawn) == 4 and all(p["sku"].startswith("TBZH-") for p in drawn)


def test_the_same_seed_draws_the_same_sample_and_keep_filters():
    first = review_sample.draw(PRODUCTS, "TBZH", set(), size=3, seed=77)
    assert first == review_sample.draw(PRODUCTS, "TBZH", set(), size=3, seed=77)
    odd = review_sample.draw(PRODUCTS, "TBZH", set(), size=10, seed=77, keep=lambda p: int(p["sku"][-1]) % 2 == 1)
    assert odd and all(int(p["sku"][-1]) % 2 == 1 for p in odd)


def test_an_earlier_samples_products_are_left_out(tmp_path: Path):
    (tmp_path / "labels").mkdir()
    for name in material.LABELS:  # the development files, empty: only the sample's ids are excluded
        (tmp_path / "labels" / name).write_text("sku\n", encoding="utf-8")
    (tmp_path / "audited.txt").write_text("# none\n", encoding="utf-8")
    earlier = tmp_path / "sample_a.tsv"
    earlier.write_text("sku\ttype\nTBZH-fine-2\tNone\nTBZH-fine-5\tmug\n", encoding="utf-8")
    ids = review_sample.excluded_ids(labels=tmp_path, samples=[str(earlier)], root=tmp_path)
    assert ids == {"sku", "fine-2", "fine-5"}  # the header's first cell too: harmless, no product has that id


@pytest.mark.skipif(not material.MATERIAL.is_dir(), reason="../shared/material is not there")
def test_every_label_folder_is_read_second_opinions_and_fetched_catalogs_included():
    folders = {folder.relative_to(review_sample.LABELS_DIR).as_posix() for folder in review_sample.label_folders()}
    assert {"heldout-1", "tbzh-1", "fresh-1", "second-opinion/fresh-1"} <= folders
    ids = review_sample.excluded_ids()
    assert "fine-24" in ids  # tbzh-1's first row, as its label file writes it


@pytest.mark.skipif(not material.MATERIAL.is_dir(), reason="../shared/material is not there")
def test_a_sample_of_a_real_catalog_holds_no_labelled_product(tmp_path: Path):
    out = tmp_path / "sample.tsv"
    assert review_sample.main(["--prefix", "FK", "--size", "300", "--seed", "7", "--out", str(out)]) == 0
    rows = out.read_text(encoding="utf-8").splitlines()[1:]
    drawn = {material.source_id(row.split("\t", 1)[0]) for row in rows}
    assert len(drawn) == 300 and not drawn & review_sample.excluded_ids()


def test_a_size_that_is_not_positive_exits_2(tmp_path: Path, capsys):
    with pytest.raises(SystemExit) as exit_info:
        review_sample.main(["--prefix", "FK", "--size", "0", "--out", str(tmp_path / "s.tsv")])
    assert exit_info.value.code == 2


def test_a_label_file_without_a_sku_column_is_named_in_a_clear_error(tmp_path: Path):
    (tmp_path / "labels").mkdir()
    for name in material.LABELS:
        (tmp_path / "labels" / name).write_text("sku\n", encoding="utf-8")
    broken = tmp_path / "labels" / material.LABELS[0]
    broken.write_text("id,title\n1,x\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"no 'sku' column \(its header: id, title\)") as error:
        material.labelled_source_ids([], root=tmp_path)
    assert str(broken) in str(error.value)


@pytest.mark.skipif(not material.MATERIAL.is_dir(), reason="../shared/material is not there")
def test_the_audit_tools_leave_out_the_same_labelled_products_as_the_sampler():
    """s78: `audit_common.labelled_ids` (shelf_audit, signal_audit) read only heldout and recall folders, so a blind
    set of a fetched catalog (tbzh-1's "fine-24") was not left out of their samples."""
    from bench import audit_common

    ids = audit_common.labelled_ids(material.MATERIAL)
    assert "fine-24" in ids and ids <= review_sample.excluded_ids()


@pytest.mark.parametrize(("title", "kept_by"), [
    ("Bluetooth speaker waterproof", {"all", "typed", "electrical"}),
    ("Cotton T-shirt for men", {"all", "typed", "negative"}),
    ("zzqx vlorp", {"all", "untyped", "electrical"}),
])
def test_negative_keeps_the_typed_products_electrical_leaves(title: str, kept_by: set[str]):
    """`negative` keeps exactly the typed products `electrical` leaves out: the rows stops 75 to 85 never sampled."""
    from crossguard.engine.classification.classifier import Classifier, ProductText
    result = Classifier.from_files().classify(ProductText(title=title))
    assert {name for name, keep in review_sample.KEEPS.items() if keep(result)} == kept_by
