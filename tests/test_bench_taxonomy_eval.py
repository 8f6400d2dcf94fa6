"""bench/taxonomy_eval.py on a tiny taxonomy written here: both file formats read, a labelled id missing from the
taxonomy named with its file and line, exit 2 without the taxonomy, and a real score through `crossguard classify`."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bench import taxonomy_audit, taxonomy_eval

GOOGLE_TEXT = """# Google_Product_Taxonomy_Version: 2021-09-21
1 - Animals & Pet Supplies
222 - Electronics
328 - Electronics > Computers > Laptops
5181 - Luggage & Bags > Backpacks
"""
HEADER = "n,id,radio,mains,eee,battery,toy,children,textile,unsure,note\n"


def test_google_text_format_is_read_by_id(tmp_path: Path):
    path = tmp_path / "taxonomy-with-ids.en-US.txt"
    path.write_text(GOOGLE_TEXT, encoding="utf-8")
    taxonomy = taxonomy_audit.taxonomy_by_id(path)
    assert taxonomy["328"] == "Electronics > Computers > Laptops"
    assert len(taxonomy) == 4


def test_an_id_path_csv_is_read_too(tmp_path: Path):
    path = tmp_path / "taxonomy.csv"
    path.write_text('id,path\n5181,Luggage & Bags > Backpacks\n328,"Electronics > Computers > Laptops"\n',
                    encoding="utf-8")
    assert taxonomy_audit.taxonomy_by_id(path) == {"5181": "Luggage & Bags > Backpacks",
                                                  "328": "Electronics > Computers > Laptops"}


def test_bad_labelled_rows_are_named_and_left_out_and_the_rest_kept(tmp_path: Path):
    rows = "1,328,1,1,1,1,0,0,0,,laptop\n2,999,0,0,0,0,0,0,0,,x\n3,5181,0,0,yes,0,0,0,0,,backpack\n"
    (tmp_path / "google_taxonomy-labels.csv").write_text(HEADER + rows, encoding="utf-8")
    taxonomy = {"328": "Electronics > Computers > Laptops", "5181": "Luggage & Bags > Backpacks"}
    kept, problems = taxonomy_eval.labelled_rows(tmp_path, taxonomy)
    assert [row["id"] for row in kept] == ["328"]
    name = tmp_path / "google_taxonomy-labels.csv"
    assert problems == [f"{name}: line 3: field id: '999' is not in the taxonomy; row skipped",
                        f"{name}: line 4: field eee: 'yes' is not 0 or 1; row skipped"]


def test_a_labels_file_without_a_class_column_is_named_and_skipped(tmp_path: Path):
    (tmp_path / "google_taxonomy-labels.csv").write_text("n,id,radio\n1,328,1\n", encoding="utf-8")
    kept, problems = taxonomy_eval.labelled_rows(tmp_path, {"328": "Electronics > Computers > Laptops"})
    assert kept == [] and "line 1: missing column(s) mains, eee, battery, toy, children, textile" in problems[0]


def test_no_taxonomy_file_exits_2(tmp_path: Path, monkeypatch, capsys):
    monkeypatch.setattr("sys.argv", ["taxonomy_eval.py", "--taxonomy", str(tmp_path / "absent.txt")])
    assert taxonomy_eval.main() == 2
    assert "no taxonomy file" in capsys.readouterr().err


def test_the_labelled_paths_are_scored_through_the_real_command(tmp_path: Path, monkeypatch, capsys):
    taxonomy = tmp_path / "taxonomy-with-ids.en-US.txt"
    taxonomy.write_text(GOOGLE_TEXT, encoding="utf-8")
    labels = tmp_path / "labels"
    labels.mkdir()
    # a laptop is radio, mains, eee and battery, a backpack none of them; the laptop's battery is labelled 0 here, so
    # the classifier's battery must count as a false positive (precision 0.00, no positive by hand)
    (labels / "google_taxonomy-labels.csv").write_text(
        HEADER + "1,328,1,1,1,0,0,0,0,,laptop\n2,5181,0,0,0,0,0,0,0,,backpack\n", encoding="utf-8")
    monkeypatch.setattr("sys.argv", ["taxonomy_eval.py", "--taxonomy", str(taxonomy), "--labels", str(labels),
                                     "--counts-only"])
    assert taxonomy_eval.main() == 0
    out = capsys.readouterr().out
    overall = next(line for line in out.splitlines() if line.startswith("overall"))
    cells = re.findall(r"(\S+)/\s*(\S+) \(\s*(\d+)\)", overall)
    assert dict(zip(taxonomy_eval.CLASS_NAMES, cells, strict=True)) == {
        "radio": ("1.00", "1.00", "1"), "mains": ("1.00", "1.00", "1"), "eee": ("1.00", "1.00", "1"),
        "battery": ("0.00", "n/a", "0"), "toy": ("n/a", "n/a", "0"), "children": ("n/a", "n/a", "0"),
        "textile": ("n/a", "n/a", "0")}, overall
    assert "no established type: 0 of 2" in out


def test_a_line_of_the_google_file_that_is_not_id_dash_path_is_named(tmp_path: Path, monkeypatch, capsys):
    path = tmp_path / "taxonomy-with-ids.en-US.txt"
    path.write_text(GOOGLE_TEXT + "Toys & Games > Toys\n", encoding="utf-8")
    with pytest.raises(taxonomy_audit.TaxonomyError, match=r"line 6: not 'ID - path'"):
        taxonomy_audit.taxonomy_by_id(path)
    monkeypatch.setattr("sys.argv", ["taxonomy_eval.py", "--taxonomy", str(path)])
    assert taxonomy_eval.main() == 2
    assert "line 6" in capsys.readouterr().err


SHOPIFY_TEXT = """# Shopify Product Taxonomy - Categories: 2025-01-unstable
# Format: {GID} : {Ancestor name} > ... > {Category name}

gid://shopify/TaxonomyCategory/el                : Electronics
gid://shopify/TaxonomyCategory/el-4-8            : Electronics > Computers > Laptops
gid://shopify/TaxonomyCategory/vp-2-2-7          : Vehicles & Parts > Vehicles > Motor Vehicles > Buses
gid://shopify/TaxonomyCategory/vp-2-2-7          : Vehicles & Parts > Vehicles > Motor Vehicles > Race Cars
"""


def test_shopify_categories_text_is_read_by_id_and_a_repeated_id_keeps_its_first_path(tmp_path: Path):
    path = tmp_path / "categories.txt"
    path.write_text(SHOPIFY_TEXT, encoding="utf-8")
    taxonomy = taxonomy_audit.taxonomy_by_id(path)
    assert taxonomy == {"el": "Electronics", "el-4-8": "Electronics > Computers > Laptops",
                        "vp-2-2-7": "Vehicles & Parts > Vehicles > Motor Vehicles > Buses"}


def test_a_line_of_another_format_is_named(tmp_path: Path):
    path = tmp_path / "categories.txt"
    path.write_text(SHOPIFY_TEXT + "328 - Electronics > Computers > Laptops\n", encoding="utf-8")
    with pytest.raises(taxonomy_audit.TaxonomyError, match=r"line 8: not 'gid://shopify/TaxonomyCategory/ID : path'"):
        taxonomy_audit.taxonomy_by_id(path)
