"""bench/material reads the catalogs fetched from GitHub since stop 54 as their exports write them, and a label
set of theirs says what it needs when the catalogs are not there (bench/labels/README.md, amzus-1, amzin-1, cdfr-1,
tbzh-1, macys-1, kfde-1, mrus-1, wmus-1, hdus-1 and pruk-1)."""

from __future__ import annotations

import csv
import hashlib
import json
import zipfile
from pathlib import Path

import pytest

from bench import material

LABELS = Path(__file__).resolve().parents[1] / "bench" / "labels"


def _write(path: Path, header: list[str], rows: list[list[str]]) -> None:
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)


def test_the_amazon_us_rows_keep_their_category_as_written(tmp_path: Path) -> None:
    _write(tmp_path / material.AMAZON_US_2020, ["Uniq Id", "Product Name", "Brand Name", "Category", "About Product"],
           [["4c69b61db1fc16e7013b43fc926e502d", "Guillow Airplane Design Studio with Travel Case Building Kit", "",
             "Toys & Games | Hobbies | Models & Model Kits | Model Kits | Airplane & Jet Kits", "Design and build"]])
    (row,) = material.amazon_us_2020(folder=tmp_path)
    assert row["sku"] == "AMZUS-4c69b61db1fc16e7013b43fc926e502d"
    assert row["category"] == "Toys & Games | Hobbies | Models & Model Kits | Model Kits | Airplane & Jet Kits"
    assert "brand" not in row and "description" not in row  # title, category and brand only, as everywhere
    assert material.source_id(row["sku"]) == "4c69b61db1fc16e7013b43fc926e502d"


def test_an_amzus_label_row_reads_its_listing_text_only_when_asked(tmp_path: Path, monkeypatch) -> None:
    """`classify_eval.py --listing-text`: the bullets and the specification become the description."""
    _write(tmp_path / material.AMAZON_US_2020,
           ["Uniq Id", "Product Name", "Category", "About Product", "Product Specification"],
           [["abc", "Ezra Lightsaber", "Toys & Games", "Light-up blade | Requires 2 AA batteries",
             "Item Weight: 9 oz"]])
    (tmp_path / "us").mkdir()
    (tmp_path / "us" / "amazon_us_2020-labels.csv").write_text(
        "catalog,n,sku,radio,mains,eee,battery,toy,children,textile,unsure,note\n"
        "amazon_us_2020,1,abc,0,0,1,1,1,1,0,,x\n", encoding="utf-8")
    monkeypatch.setattr(material, "EXTRA_CATALOGS", tmp_path)
    (plain,) = material.labels(folder=tmp_path / "us")
    (texted,) = material.labels(folder=tmp_path / "us", listing_text=True)
    assert plain["description"] == ""
    assert texted["description"] == "Light-up blade | Requires 2 AA batteries | Item Weight: 9 oz"
    assert texted["title"] == plain["title"] == "Ezra Lightsaber"


def test_the_amazon_india_export_gives_each_product_once(tmp_path: Path) -> None:
    """The export has one row per review: a product listed twice would count twice in a score."""
    kettle = ["B07GLSKXS1", "Pigeon by Stovekraft Amaze Plus Electric Kettle (14289) with Stainless Steel Body, 1.5 "
              "litre", "Home&Kitchen|Kitchen&HomeAppliances|SmallKitchenAppliances|Kettles&HotWaterDispensers|"
              "ElectricKettles"]
    cable = ["B07JW9H4J1", "Wayona Nylon Braided USB to Lightning Fast Charging and Data Sync Cable",
             "Computers&Accessories|Accessories&Peripherals|Cables&Accessories|Cables|USBCables"]
    _write(tmp_path / material.AMAZON_IN_2023, ["product_id", "product_name", "category", "review_title"],
           [[*kettle, "Good"], [*cable, "Satisfied"], [*kettle, "Works well"]])
    rows = material.amazon_in_2023(folder=tmp_path)
    assert [row["sku"] for row in rows] == ["AMZIN-B07GLSKXS1", "AMZIN-B07JW9H4J1"]
    assert rows[0]["category"].endswith("Kettles&HotWaterDispensers|ElectricKettles")


def test_the_cdiscount_rows_join_their_three_levels_and_drop_the_brand_none(tmp_path: Path) -> None:
    """Cdiscount's export has no id (the sku is the row's number), its levels in three columns with trailing spaces,
    and "AUCUNE" where a product has no brand."""
    header = "Categorie1,Categorie2,Categorie3,Description,Libelle,Marque\n"
    lines = ["INFORMATIQUE ,CLE USB ,CLE USB ,Clé USB 2.0 16 Go,Clé USB 16 Go Métal,AUCUNE\n",
             "JOUET (NEW),DEGUISEMENT,CHAPEAU - PERRUQUE - COUVRE CHEF,Perruque rouge,Perruque Rouge Longue,SMIFFY'S\n"]
    with zipfile.ZipFile(tmp_path / material.CDISCOUNT_FR, "w") as archive:
        archive.writestr("cdiscount_test.csv", header + "".join(lines))
    usb, wig = material.cdiscount_fr(folder=tmp_path)
    assert (usb["sku"], usb["category"], usb["title"]) == ("CDFR-1", "INFORMATIQUE > CLE USB > CLE USB",
                                                          "Clé USB 16 Go Métal")
    assert "brand" not in usb and "description" not in usb
    assert (wig["sku"], wig["brand"]) == ("CDFR-2", "SMIFFY'S")
    assert wig["listings"][0]["markets"] == ["FR"]


def test_the_taobao_rows_read_title_category_and_brand_from_openbg_lines(tmp_path: Path) -> None:
    """OpenBG's line is the title, a tab, then `key#:#value` pairs joined by `#;#`; the category is coarse > fine."""
    speaker = {"sentences": "蓝牙音箱便携式无线小音响\t品牌#:#JBL#;#型号#:#GO3",
               "labels": {"coarse": ["消费电子"], "fine": ["蓝牙音箱"], "mix": ["消费电子", "蓝牙音箱"]}}
    sweater = {"sentences": "羊毛衫女2021春款毛衣\t品牌#:#other/其他#;#材质#:#羊毛",
               "labels": {"coarse": ["大服饰"], "fine": ["毛针织衫"], "mix": ["大服饰", "毛针织衫"]}}
    fine, coarse = material.TAOBAO_ZH
    (tmp_path / fine).write_text(json.dumps(speaker, ensure_ascii=False) + "\n", encoding="utf-8")
    (tmp_path / coarse).write_text("\n" + json.dumps(sweater, ensure_ascii=False) + "\n", encoding="utf-8")
    rows = material.taobao_zh(folder=tmp_path)
    assert [(row["sku"], row["title"], row["category"]) for row in rows] == [
        ("TBZH-fine-1", "蓝牙音箱便携式无线小音响", "消费电子 > 蓝牙音箱"),
        ("TBZH-coarse-2", "羊毛衫女2021春款毛衣", "大服饰 > 毛针织衫")]
    assert rows[0]["brand"] == "JBL" and "brand" not in rows[1]  # "other/其他" is no brand
    assert material.source_id(rows[0]["sku"]) == "fine-1"


def test_a_cdiscount_file_without_its_columns_or_a_broken_openbg_line_is_named(tmp_path: Path) -> None:
    with zipfile.ZipFile(tmp_path / material.CDISCOUNT_FR, "w") as archive:
        archive.writestr("cdiscount_test.csv", "Categorie1,Libelle\nJOUET,Peluche\n")
    with pytest.raises(ValueError, match=r"cdiscount_test\.csv\.zip: line 1: missing column\(s\) Categorie2, "
                                         r"Categorie3, Marque"):
        material.cdiscount_fr(folder=tmp_path)
    fine, coarse = material.TAOBAO_ZH
    good = {"sentences": "蓝牙音箱\t品牌#:#JBL", "labels": {"mix": ["消费电子", "蓝牙音箱"]}}
    (tmp_path / fine).write_text(json.dumps(good, ensure_ascii=False) + "\n{\"sentences\": \"x\"}\n",
                                 encoding="utf-8")
    (tmp_path / coarse).write_text("", encoding="utf-8")
    with pytest.raises(ValueError, match=r"openbg_fine_test\.json: line 2: not an OpenBG item"):
        material.taobao_zh(folder=tmp_path)


def test_the_macys_rows_drop_the_page_tail_and_keep_the_category_as_written(tmp_path: Path) -> None:
    _write(tmp_path / material.MACYS_US, ["product_title", "product_page_url", "brand", "category"],
           [["Sony WH-1000XM5 Wireless Noise Canceling Headphones - Macy's", "https://example.invalid/1", "Sony",
             "Electronics"],
            ["Touched by Nature Toddler Girls Cotton Dresses 2pk - Macy's", "https://example.invalid/2",
             "Touched by Nature", "Kids, Dresses"]])
    headphones, dresses = material.macys_us(folder=tmp_path)
    assert (headphones["sku"], headphones["title"], headphones["brand"]) == (
        "MACYS-1", "Sony WH-1000XM5 Wireless Noise Canceling Headphones", "Sony")
    assert (dresses["sku"], dresses["category"]) == ("MACYS-2", "Kids, Dresses")


KAUFLAND_HEADER = ["id_offer", "ean", "locale", "category", "title", "short_description", "description",
                   "manufacturer", "price_cs", "quantity", "condition"]


def test_the_kaufland_rows_are_read_by_title_alone(tmp_path: Path) -> None:
    """The Kaufland.de feed writes one placeholder category on every row and the seller's name as manufacturer:
    neither is the product's, so a row gives its title only, under the offer id, listed in Germany."""
    _write(tmp_path / material.KAUFLAND_DE, KAUFLAND_HEADER,
           [["S1234567", "8400000000017", "de-DE", "Gardening & DIY", "Tischlampe Nordlicht Weiß Metall 40 W E27",
             "<p>Eine <b>Tischlampe</b> aus Metall.</p>", "<p>Eine <b>Tischlampe</b> aus Metall.</p>",
             "Beispiel Handel", "24.90", "12", "NEW"],
            ["S7654321", "8400000000024", "de-DE", "Gardening & DIY", "Plüschtier Bär Kuschelig 30 cm Braun",
             "", "", "Beispiel Handel", "9.90", "40", "NEW"]])
    lamp, bear = material.kaufland_de(folder=tmp_path)
    assert (lamp["sku"], lamp["title"]) == ("KFDE-S1234567", "Tischlampe Nordlicht Weiß Metall 40 W E27")
    assert "category" not in lamp and "brand" not in lamp and "description" not in lamp
    assert lamp["listings"] == [{"marketplace": "kaufland", "markets": ["DE"]}]
    assert material.source_id(bear["sku"]) == "S7654321"
    assert [row["sku"] for row in material.extra_catalogs(tmp_path)] == ["KFDE-S1234567", "KFDE-S7654321"]


def test_a_kaufland_file_without_the_offer_id_is_named(tmp_path: Path) -> None:
    _write(tmp_path / material.KAUFLAND_DE, ["ean", "title", "category"], [["8400000000017", "Lampe", "Garten"]])
    with pytest.raises(ValueError, match=r"kaufland_de_2025\.csv: line 1: missing column\(s\) id_offer"):
        material.kaufland_de(folder=tmp_path)
    assert material.EXTRA_FILES["kaufland_de-labels.csv"] == material.KAUFLAND_DE  # a kfde set's labels file


MERCARI_HEADER = ["train_id", "name", "item_condition_id", "category_name", "brand_name", "price", "shipping",
                  "item_description"]


def _write_tsv(path: Path, header: list[str], rows: list[list[str]]) -> None:
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)


def test_the_mercari_rows_keep_the_slash_path_and_number_apart_from_other_catalogs(tmp_path: Path) -> None:
    """Mercari's file is tab-separated, quotes a field that holds quotes, writes its path with "/" and leaves the
    brand empty where the seller gave none; its ids are numbers from 0, so the sku says they are train.tsv's."""
    _write_tsv(tmp_path / material.MERCARI_US, MERCARI_HEADER,
               [["0", 'Kids 12" Plush Unicorn Bundle', "1", "Kids/Toys/Stuffed Animals & Plush", "", "12.0", "1",
                 'Two "like new" plush toys, smoke free home'],
                ["1", "Bose QuietComfort 35 II headphones", "3",
                 "Electronics/TV, Audio & Surveillance/Headphones", "Bose", "180.0", "0", "No description yet"]])
    plush, headphones = material.mercari_us(folder=tmp_path)
    assert (plush["sku"], plush["title"]) == ("MRUS-train-0", 'Kids 12" Plush Unicorn Bundle')
    assert plush["category"] == "Kids/Toys/Stuffed Animals & Plush"
    assert "brand" not in plush and "description" not in plush  # title, category and brand only, as everywhere
    assert (headphones["brand"], headphones["listings"]) == ("Bose", [{"marketplace": "mercari", "markets": ["US"]}])
    assert material.source_id(headphones["sku"]) == "train-1"  # not "1": Cdiscount's and Macy's first rows
    assert [row["sku"] for row in material.extra_catalogs(tmp_path)] == ["MRUS-train-0", "MRUS-train-1"]


def test_a_mercari_file_read_as_a_comma_file_or_without_its_id_is_named(tmp_path: Path) -> None:
    """A comma-separated copy (pandas' to_csv without sep) has one header column to the tab reader: named, not read
    as 0 products."""
    _write(tmp_path / material.MERCARI_US, MERCARI_HEADER, [["0", "Plush Unicorn", "1", "Kids/Toys", "", "12", "1",
                                                             "soft"]])
    with pytest.raises(ValueError, match=r"mercari_us_2017\.tsv: line 1: missing column\(s\) train_id, name"):
        material.mercari_us(folder=tmp_path)
    _write_tsv(tmp_path / material.MERCARI_US, [c for c in MERCARI_HEADER if c != "train_id"], [])
    with pytest.raises(ValueError, match=r"missing column\(s\) train_id$"):
        material.mercari_us(folder=tmp_path)
    assert material.EXTRA_FILES["mercari_us-labels.csv"] == material.MERCARI_US  # an mrus set's labels file


def test_an_mrus_label_row_reads_the_mercari_listing_by_its_train_id(tmp_path: Path, monkeypatch) -> None:
    _write_tsv(tmp_path / material.MERCARI_US, MERCARI_HEADER,
               [["7", "Nintendo Switch Joy-Con pair neon", "2", "Electronics/Video Games & Consoles/Accessories",
                 "Nintendo", "55.0", "1", "Both work, charging grip included"]])
    (tmp_path / "us").mkdir()
    (tmp_path / "us" / "mercari_us-labels.csv").write_text(
        "catalog,n,sku,radio,mains,eee,battery,toy,children,textile,unsure,note\n"
        "mercari_us,1,train-7,1,0,1,1,0,0,0,,x\n", encoding="utf-8")
    monkeypatch.setattr(material, "EXTRA_CATALOGS", tmp_path)
    (row,) = material.labels(folder=tmp_path / "us")
    assert (row["title"], row["brand"]) == ("Nintendo Switch Joy-Con pair neon", "Nintendo")
    assert row["category"] == "Electronics/Video Games & Consoles/Accessories"


WALMART_HEADER = ["brand", "category", "dimensions", "id", "imageurl", "longdescr", "modelno", "orig_techdetails",
                  "original_id", "price", "shipweight", "shortdescr", "techdetails", "title"]


def test_the_walmart_rows_keep_the_shelf_name_and_number_apart_from_other_catalogs(tmp_path: Path) -> None:
    """Magellan's Walmart file is comma-separated with the title last, one lower-case shelf name as the category and
    an empty brand where it has none; the sku is the original_id with "wm-", not the file's id column."""
    _write(tmp_path / material.WALMART_US, WALMART_HEADER,
           [["", "toys games", "", "", "", "a soft toy", "", "", "1", "9.99", "", "soft", "", "Plush Bear 30 cm"],
            ["Sony", "electronics general", "", "12345", "", "", "MDR-1", "", "2", "49.00", "", "", "",
             "Sony MDR-1 Over-Ear Headphones, Black"]])
    bear, headphones = material.walmart_us(folder=tmp_path)
    assert (bear["sku"], bear["title"], bear["category"]) == ("WMUS-wm-1", "Plush Bear 30 cm", "toys games")
    assert "brand" not in bear and "description" not in bear  # title, category and brand only, as everywhere
    assert (headphones["brand"], headphones["listings"]) == ("Sony", [{"marketplace": "walmart", "markets": ["US"]}])
    assert material.source_id(headphones["sku"]) == "wm-2"  # not "2": Cdiscount's and Macy's second rows
    assert [row["sku"] for row in material.extra_catalogs(tmp_path)] == ["WMUS-wm-1", "WMUS-wm-2"]


def test_a_walmart_file_without_its_original_id_is_named(tmp_path: Path) -> None:
    _write(tmp_path / material.WALMART_US, [c for c in WALMART_HEADER if c != "original_id"],
           [["", "toys games", "", "7", "", "", "", "", "9.99", "", "", "", "Plush Bear"]])
    with pytest.raises(ValueError, match=r"walmart_us_magellan\.csv: line 1: missing column\(s\) original_id$"):
        material.walmart_us(folder=tmp_path)
    assert material.EXTRA_FILES["walmart_us-labels.csv"] == material.WALMART_US  # a wmus set's labels file


def test_a_wmus_label_row_reads_the_walmart_product_by_its_original_id(tmp_path: Path, monkeypatch) -> None:
    _write(tmp_path / material.WALMART_US, WALMART_HEADER,
           [["Garmin", "gps", "", "", "", "", "nuvi 50", "", "7", "99.00", "", "", "", "Garmin nuvi 50 5\" GPS"]])
    (tmp_path / "us").mkdir()
    (tmp_path / "us" / "walmart_us-labels.csv").write_text(
        "catalog,n,sku,radio,mains,eee,battery,toy,children,textile,unsure,note\n"
        "walmart_us,1,wm-7,1,0,1,1,0,0,0,,x\n", encoding="utf-8")
    monkeypatch.setattr(material, "EXTRA_CATALOGS", tmp_path)
    (row,) = material.labels(folder=tmp_path / "us")
    assert (row["title"], row["brand"], row["category"]) == ('Garmin nuvi 50 5" GPS', "Garmin", "gps")


def test_only_the_catalogs_present_are_read_but_a_set_needs_its_own(tmp_path: Path, monkeypatch) -> None:
    _write(tmp_path / material.AMAZON_US_2020, ["Uniq Id", "Product Name", "Category"], [["abc", "Kite", "Toys"]])
    assert [row["sku"] for row in material.extra_catalogs(tmp_path)] == ["AMZUS-abc"]
    monkeypatch.setattr(material, "EXTRA_CATALOGS", tmp_path)
    with pytest.raises(ValueError, match=r"amazon_in_2023\.csv: no such file"):
        material.labels(folder=LABELS / "amzin-1")


def test_no_fetched_catalogs_means_no_products_and_a_clear_error_for_their_labels(monkeypatch) -> None:
    monkeypatch.setattr(material, "EXTRA_CATALOGS", None)
    assert material.extra_catalogs(None) == []
    with pytest.raises(ValueError, match="CROSSGUARD_EXTRA_CATALOGS"):
        material.labels(folder=LABELS / "amzus-1")


def test_a_missing_file_or_column_is_named(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=r"amazon_us_2020\.csv: no such file"):
        material.amazon_us_2020(folder=tmp_path)
    _write(tmp_path / material.AMAZON_IN_2023, ["product_id", "title", "category"], [["B07GLSKXS1", "Kettle", ""]])
    with pytest.raises(ValueError, match=r"amazon_in_2023\.csv: line 1: missing column\(s\) product_name"):
        material.amazon_in_2023(folder=tmp_path)


@pytest.mark.parametrize(("folder", "labels_file"), [("amzus-1", "amazon_us_2020-labels.csv"),
                                                     ("amzin-1", "amazon_in_2023-labels.csv")])
def test_the_unseen_catalog_sets_label_their_own_catalog_only(folder: str, labels_file: str) -> None:
    assert material.label_files(LABELS / folder) == [labels_file]


def test_a_label_row_reads_its_own_catalogs_product_when_two_catalogs_number_rows_alike(tmp_path: Path,
                                                                                        monkeypatch) -> None:
    """Cdiscount and Macy's both number their rows from 1: joined by source id over every fetched catalog, a Cdiscount
    label row numbered 1 read Macy's first product (3 rows of cdfr-1 did until stop 56)."""
    with zipfile.ZipFile(tmp_path / material.CDISCOUNT_FR, "w") as archive:
        archive.writestr("cdiscount_test.csv", "Categorie1,Categorie2,Categorie3,Description,Libelle,Marque\n"
                                               "JOUET,PELUCHE,PELUCHE,Peluche douce,Peluche Lapin 30 cm,AUCUNE\n")
    _write(tmp_path / material.MACYS_US, ["product_title", "brand", "category"],
           [["Cuisinart 12-Cup Coffee Maker - Macy's", "Cuisinart", "Kitchen, Small Appliances"]])
    header = "catalog,n,sku,radio,mains,eee,battery,toy,children,textile,unsure,note\n"
    for folder, labels_file, catalog in (("fr", "cdiscount_fr-labels.csv", "cdiscount_fr"),
                                         ("us", "macys_us-labels.csv", "macys_us")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / labels_file).write_text(header + f"{catalog},1,1,0,0,0,0,0,0,0,,x\n", encoding="utf-8")
    monkeypatch.setattr(material, "EXTRA_CATALOGS", tmp_path)
    (plush,) = material.labels(folder=tmp_path / "fr")
    (coffee,) = material.labels(folder=tmp_path / "us")
    assert (plush["title"], plush["category"]) == ("Peluche Lapin 30 cm", "JOUET > PELUCHE > PELUCHE")
    assert (coffee["title"], coffee["brand"]) == ("Cuisinart 12-Cup Coffee Maker", "Cuisinart")


def test_the_home_depot_rows_keep_their_breadcrumbs_and_number_apart_from_other_catalogs(tmp_path: Path) -> None:
    """bench/orange_catalog.py's file: the product id with "hd-", the breadcrumbs as the path, an empty one as none."""
    _write(tmp_path / material.HOMEDEPOT_US, ["product_id", "title", "brand", "category"],
           [["100000548", "7.5 Amp 1/2 in. Hole Hawg Heavy-Duty Corded Drill", "Milwaukee",
             "Home > Tools > Drills > Other"],
            ["320324795", "Packout 19.5 in. Cabinet in Red", "Milwaukee", ""]])
    drill, cabinet = material.homedepot_us(folder=tmp_path)
    assert (drill["sku"], drill["category"], drill["brand"]) == ("HDUS-hd-100000548", "Home > Tools > Drills > Other",
                                                                 "Milwaukee")
    assert "category" not in cabinet and "description" not in cabinet
    assert drill["listings"] == [{"marketplace": "homedepot", "markets": ["US"]}]
    assert material.source_id(drill["sku"]) == "hd-100000548"
    assert material.EXTRA_FILES["homedepot_us-labels.csv"] == material.HOMEDEPOT_US


def test_the_pricerunner_rows_read_title_and_category_but_not_the_cluster_label(tmp_path: Path) -> None:
    """The file has no header; its cluster label ("Apple iPhone 8 Plus 64GB") is the site's own canonical name, which
    a seller's export would not carry, so the title is the merchant's."""
    _write(tmp_path / material.PRICERUNNER_UK, ["1", "apple iphone 8 plus 64gb silver", "1", "1",
                                                "Apple iPhone 8 Plus 64GB", "2612", "Mobile Phones"],
           [["2", "lec u50052w table top freezer", "5", "9", "LEC U50052W", "2623", "Freezers"]])
    phone, freezer = material.pricerunner_uk(folder=tmp_path)
    assert (phone["sku"], phone["title"], phone["category"]) == ("PRUK-pr-1", "apple iphone 8 plus 64gb silver",
                                                                "Mobile Phones")
    assert "brand" not in phone and freezer["listings"] == [{"marketplace": "pricerunner", "markets": ["GB"]}]
    assert material.source_id(freezer["sku"]) == "pr-2"  # not "2": Cdiscount's and Macy's second rows


def test_a_pricerunner_row_with_another_number_of_fields_is_named(tmp_path: Path) -> None:
    _write(tmp_path / material.PRICERUNNER_UK, ["1", "apple iphone 8 plus", "1", "1", "Apple iPhone 8 Plus", "2612",
                                                "Mobile Phones"], [["2", "lec freezer", "Freezers"]])
    with pytest.raises(ValueError, match=r"pricerunner_uk\.csv: line 2: 3 fields, not the export's 7$"):
        material.pricerunner_uk(folder=tmp_path)


def test_the_daraz_rows_read_the_item_id_that_ends_the_link_once_each(tmp_path: Path) -> None:
    """The scrape's link ends "-i<item>-s<sku>.html"; an earlier "-i5-" in the slug ("core-i5") is no item id, and a
    product listed on two category pages is read once, from its first row."""
    columns = ["web-scraper-order", "web-scraper-start-url", "category", "category-href", "products-link",
               "products-link-href", "products-name", "products-price"]
    link = "https://www.daraz.com.bd/products/{}.html?search=1"
    _write(tmp_path / material.DARAZ_BD, columns, [
        ["1603718324-1", "", "Laptops", "", "", link.format("hp-core-i5-laptop-i1234567-s7654321"),
         "HP Core i5 Laptop", "50000"],
        ["1603718324-2", "", "Computer Accessories", "", "", link.format("hp-core-i5-laptop-i1234567-s7654321"),
         "HP Core i5 Laptop", "50000"],
        ["1603718324-3", "", "Baby & Toddler Toys", "", "", "", "Wooden Rattle", "300"]])
    laptop, rattle = material.daraz_bd(folder=tmp_path)
    assert (laptop["sku"], laptop["category"]) == ("DRBD-dz-1234567", "Laptops")
    assert "brand" not in laptop and laptop["listings"] == [{"marketplace": "daraz", "markets": ["GB"]}]
    assert material.source_id(rattle["sku"]) == "dz-1603718324-3"  # no link: the scraper's row id
    assert material.EXTRA_FILES["daraz_bd-labels.csv"] == material.DARAZ_BD


def test_a_daraz_file_without_the_title_column_is_named(tmp_path: Path) -> None:
    _write(tmp_path / material.DARAZ_BD, ["web-scraper-order", "category", "products-link-href"], [["1", "x", ""]])
    with pytest.raises(ValueError, match=r"daraz_bd_2020\.csv: line 1: missing column\(s\) products-name$"):
        material.daraz_bd(folder=tmp_path)


def test_the_jd_rows_read_jds_breadcrumb_and_brand_once_per_title(tmp_path: Path) -> None:
    """JD.com's rows only, six fields each: the breadcrumb's first three levels are the shelf and, in a breadcrumb of
    five, the fourth the brand (its last repeats the title); a repeated title is read once; the sku hashes the title."""
    crumb = "服饰内衣>内衣>文胸>微纤诺（weixiannuo）>微纤诺聚拢文胸"
    rows = [["1005001001", "服饰、鞋、包|内衣|文胸", "微纤诺聚拢文胸", crumb, "京东商城", "微纤诺"],
            ["1005001001", "服饰、鞋、包|内衣|文胸", "微纤诺聚拢文胸", crumb, "京东商城", "微纤诺"],  # repeated
            ["1005001001", "服饰、鞋、包|内衣|文胸", "另一件文胸", "首页>内衣>文胸", "当当网", "当当"],  # another shop
            ["1005001001", "服饰、鞋、包|内衣|文胸", "短行", "京东商城"],  # too few fields
            ["1002002001", "玩具|遥控|车", "遥控卡车", "玩具乐器>遥控/电动>遥控车>遥控卡车", "京东商城", "京东"]]
    path = tmp_path / material.JD_CN
    with open(path, "w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    bra, truck = material.jd_cn(folder=tmp_path)
    assert (bra["title"], bra["category"]) == ("微纤诺聚拢文胸", "服饰内衣 > 内衣 > 文胸")
    assert bra["brand"] == "微纤诺（weixiannuo）"
    assert bra["sku"] == "JDCN-jd-" + hashlib.sha1("微纤诺聚拢文胸".encode()).hexdigest()[:12]
    assert (truck["category"], "brand" in truck) == ("玩具乐器 > 遥控/电动 > 遥控车", False)
    assert material.EXTRA_FILES["jd_cn-labels.csv"] == material.JD_CN


def test_a_jd_file_with_no_jd_row_is_named(tmp_path: Path) -> None:
    (tmp_path / material.JD_CN).write_text("a,b,c\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"jd_cn_2014\.csv: no JD\.com row of 6 fields"):
        material.jd_cn(folder=tmp_path)


@pytest.mark.parametrize(("reader", "labels_file", "prefix", "marketplace", "market"), [
    (material.amazon_in_products, "amazon_in_products-labels.csv", "AMZINP-", "amazon", "IN"),
    (material.jumia_eg, "jumia_eg-labels.csv", "JMEG-", "jumia", "GB"),
    (material.shein_us, "shein_us-labels.csv", "SHUS-", "shein", "US"),
    (material.bestbuy_us_2017, "bestbuy_us_2017-labels.csv", "BBUS-", "bestbuy", "US"),
    (material.target_us, "target_us-labels.csv", "TGUS-", "target", "US"),
    (material.ebay_us, "ebay_us-labels.csv", "EBUS-", "ebay", "US"),
    (material.lazada_asia, "lazada_asia-labels.csv", "LZAS-", "lazada", "GB"),
    (material.shopee_asia, "shopee_asia-labels.csv", "SPAS-", "shopee", "GB"),
    (material.amazon_us_2023, "amazon_us_2023-labels.csv", "AZUS-", "amazon", "US"),
    (material.walmart_us_2019, "walmart_us_2019-labels.csv", "WALMUS-", "walmart", "US"),
])
def test_a_helper_written_catalog_reads_its_four_columns_under_its_own_prefix(tmp_path: Path, reader,
                                                                             labels_file: str, prefix: str,
                                                                             marketplace: str, market: str) -> None:
    """Stops 93 to 95's catalogs as a helper wrote them (source_id, title, category, brand): the sku is the
    catalog's prefix and the source id, so Best Buy 2017's skus stay apart from the material's Best Buy ones."""
    name = material.EXTRA_FILES[labels_file]
    _write(tmp_path / name, ["source_id", "title", "category", "brand"],
           [["2840965", "Onkyo - 5.1-Ch. A/V Home Theater Receiver", "TV & Home Theater > Receivers", "Onkyo"],
            ["40460214", "Bathroom Storage Cabinet", "Home & Living > Storage", ""]])
    receiver, cabinet = reader(folder=tmp_path)
    assert receiver["sku"] == prefix + "2840965" and material.source_id(receiver["sku"]) == "2840965"
    assert (receiver["category"], receiver["brand"]) == ("TV & Home Theater > Receivers", "Onkyo")
    assert "brand" not in cabinet
    assert receiver["listings"] == [{"marketplace": marketplace, "markets": [market]}]


def test_a_helper_written_catalog_without_its_source_id_is_named(tmp_path: Path) -> None:
    _write(tmp_path / material.SHEIN_US, ["goods_id", "title", "category", "brand"], [["1", "Mug", "Home", ""]])
    with pytest.raises(ValueError, match=r"shein_us_2024\.csv: line 1: missing column\(s\) source_id$"):
        material.shein_us(folder=tmp_path)
