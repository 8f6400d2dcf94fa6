"""The shared real material as crossguard input: three public catalogs and the hand-labelled set.

Read from ../shared/material (or $CROSSGUARD_MATERIAL); nothing of it is copied into the project.
Each catalog row becomes a crossguard product mapping ``{sku, title, category, brand, listings}``
with the columns a marketplace export gives (title, category path, brand) and nothing else, so a
benchmark sees what a new user's export would give the classifier.
"""

from __future__ import annotations

import csv
import hashlib
import html
import io
import json
import os
import re
import zipfile
from collections.abc import Iterable, Sequence
from functools import lru_cache, partial
from pathlib import Path
from typing import Any

MATERIAL = Path(os.environ.get("CROSSGUARD_MATERIAL", Path(__file__).resolve().parents[2] / "shared" / "material"))
AMAZON_UK = "catalog-amazon-uk-toys-10k/amazon_co-ecommerce_sample.semicolon-with-header.csv"
FLIPKART = "catalog-flipkart-20k/flipkart_20k_joined.csv"
BESTBUY = "catalog-bestbuy-electronics-408/bestbuy_algolia_408.json"
CPSC_RECORDS = "recalls-structured/catalystedgepro-scanner/cpsc_recalls.csv"
LABELS = ("amazon_uk_toys-labels.csv", "flipkart-labels.csv", "bestbuy-labels.csv")
CPSC_LABELS = "cpsc_recalls-labels.csv"  # only in held-out folders: products named by US recalls (cpsc_recalls())
CPSC_2013 = "recalls-structured/peggybustamante-python-samples/cpsc_recalls.json"
CPSC_RSS = "feeds/us-cpsc-recalls-rss"
OLDER_CPSC_LABELS = "cpsc_older_recalls-labels.csv"  # products named by 2013 and 2021 recalls (older_cpsc_recalls())
# Two catalogs new to the project in stop 54, fetched from public GitHub repositories and labelled blind in
# bench/labels/amzus-1 and amzin-1 (bench/labels/README.md says from where). They are not in ../shared/material and
# not copied here: $CROSSGUARD_EXTRA_CATALOGS names a folder that holds the two files as fetched.
EXTRA_CATALOGS = Path(os.environ["CROSSGUARD_EXTRA_CATALOGS"]) if os.environ.get("CROSSGUARD_EXTRA_CATALOGS") else None
AMAZON_US_2020 = "amazon_us_2020.csv"  # ycnliu/ecommerce-rag-pipeline data/test_sample_1000.csv
AMAZON_IN_2023 = "amazon_in_2023.csv"  # AdityaSharma2003/Amazon_Sales_Data_Modeling_Project amazon.csv
# Two more of stop 55: a French marketplace (Cdiscount) and Chinese titles (Taobao/Tmall, Alibaba's OpenBG), the files
# as fetched (the zip and the two JSON-lines files), blind sets bench/labels/cdfr-1 and tbzh-1.
CDISCOUNT_FR = "cdiscount_test.csv.zip"  # wikistat/AI-Frameworks Text/data/cdiscount_test.csv.zip
TAOBAO_ZH = ("openbg_fine_test.json", "openbg_coarse_test.json")  # Alibaba-NLP/EcomGPT OpenBG_Align item_*_classify
MACYS_US = "macys_us_2024.csv"  # sharovi/datasets m6_data_file_0.csv (Macy's, scraped 2024-12-21)
# Stop 56's German one: a Kaufland.de seller's offer feed (products of the wholesaler BigBuy), blind set kfde-1.
KAUFLAND_DE = "kaufland_de_2025.csv"  # PopPulseEmporium/kaufland-feed kaufland_feed_de.csv at ed4451e
# Stop 57's: Mercari US (a second-hand marketplace), the first 5,001 listings of the Kaggle Price Suggestion
# Challenge's train.tsv as a course project commits them, blind set mrus-1.
MERCARI_US = "mercari_us_2017.tsv"  # CoryKaye/KaggleComp_MercariPricePrediction train_medium.tsv at 4ed4ff7
# Stop 59's: Walmart US, the Walmart side of the Magellan "Walmart-Amazon" entity-matching set (2,554 products, mostly
# electronics and office goods), as an entity-resolution project commits it, blind set wmus-1.
WALMART_US = "walmart_us_magellan.csv"  # dimkar121/sper data/walmart_products.csv at 23d58ee
# Stop 87's two, drawn at random into blind sets before any review read them (hdus-1, pruk-1): Home Depot US, built
# from a scrape's per-product files (bench/orange_catalog.py), and PriceRunner UK (a price-comparison site's listings
# of ten appliance and electronics categories, the UCI "Product Classification and Clustering" set).
HOMEDEPOT_US = "homedepot_us_2026.csv"  # bench/orange_catalog.py over atlanticwaters/Orange-Catalog at 3e66673
PRICERUNNER_UK = "pricerunner_uk.csv"  # KelvinLam05/product_classification pricerunner_aggregate.csv at af94855
# Stop 89's: Daraz Bangladesh (a general marketplace), a web scrape of its category pages, drawn at random into a blind
# set before any review read it (drbd-1).
# github.com/AsmanyAkter/E-Products-Recommendation-System-Based-on-User-s-Rating daraz.csv at 087c370
DARAZ_BD = "daraz_bd_2020.csv"
# Stop 90's: JD.com's rows of a 2012-2014 scrape of Chinese shops (titles in Chinese), drawn at random into a blind set
# before any review read them (jdcn-1). github.com/FrankRouter/product-classification at e752ff6: dataset/*.csv but
# dataset/correction.csv, then notused/*, joined as they are (no header)
JD_CN = "jd_cn_2014.csv"
# Stop 93's two, found by a helper and drawn at random into development sets before anyone read their rows
# (dev93-1, dev93-2): Amazon India's products of March 2023 (the Kaggle "Amazon Products Dataset 2023", about the first
# hundred of each of its 112 sub-categories as a course project trimmed it; not stop 54's Amazon India sales set), and
# Jumia Egypt's English listing pages as a scraper bot committed them in March 2026 (the union of the 46 versions of
# its files the snapshot holds). Both as the helper wrote them: source_id, title, category, brand, one row per title.
# github.com/gracious7/merge-and-trim-csv Amazon-Products.csv at 3b2bbaf;
# github.com/khaledali45947-dev/scraped-products-master jumia_products.csv and data/account*/jumia_products.csv
AMAZON_IN_PRODUCTS = "amazon_in_products_2023.csv"
JUMIA_EG = "jumia_eg_2026.csv"
# Stop 94's two, found by a helper and drawn at random into development sets before anyone read their rows (dev94-1,
# dev94-2): Shein US, a data vendor's 1,000-row sample of us.shein.com (uploaded 2024-12-03; the site's category tree,
# two to four levels), and Best Buy US, its Products API dump of February 2017 as a course project committed part of it
# (the API's category path walked up categories_BestBuy.csv; not the material's 408 Best Buy products). Both as the
# helper wrote them: source_id, title, category, brand, one row per title.
# github.com/luminati-io/eCommerce-dataset-samples shein-products.csv at cd53491;
# github.com/mjmiranda-dhi/w210-dataquality-project data/BestBuy product zips at 73321b5 (and product2 at 2ef7db9)
SHEIN_US = "shein_us_2024.csv"
BESTBUY_US_2017 = "bestbuy_us_2017.csv"
# Stop 95's two, found by a helper and drawn at random into development sets before anyone read their rows (dev95-1,
# dev95-2): Target US's products of August 2024 (Bright Data's free 1,001-product sample, luminati-io/Target-
# dataset-samples, as a gift-finder project slimmed it to id, name and breadcrumb) and eBay US listings of early 2026
# (the Browse API's answers to ten "gift" searches, as the same project committed them; the helper read a fifth of the
# file, pages spread evenly). Both as the helper wrote them: source_id, title, category, brand (empty: neither has one).
# github.com/cindyfeldman/Present-Pals src/json/target_data_set.json at 33f060c; src/json/ebay-products.json at e3fd74c
TARGET_US = "target_us_2024.csv"
EBAY_US = "ebay_us_gifts_2026.csv"
# Stop 96's two, labelled whole before anyone read them against the classifier (dev96-1, dev96-2): the listings of
# Lazada's and Shopee's English sites (Malaysia, the Philippines, Singapore) in Bright Data's free 1,000-listing
# samples of each, uploaded 2024-12-03 (the other sites' rows are Indonesian, Thai, Spanish, Vietnamese...), written
# as bench/labels/README.md's stop 96 section says: source_id (Lazada's sku, Shopee's item id), the title with its
# whitespace collapsed, the breadcrumb joined with " > ", the brand ("No Brand" left empty); titles repeated (case
# aside) kept once: Lazada's 651 English-site rows -> 274, Shopee's 102 -> 102.
# github.com/luminati-io/eCommerce-dataset-samples lazada-products.csv and shopee-products.csv at cd53491
LAZADA_ASIA = "lazada_asia_2024.csv"
SHOPEE_ASIA = "shopee_asia_2024.csv"
# Stop 96's third, found by a helper (dev96-3): Amazon US listings of 2023, the first 10 of each of 248 categories
# of the Kaggle "Amazon Products Dataset 2023 (1.4M Products)" (asaniczka) as a project sampled them, with the
# category's name looked up from its id; no brand field. Written by the helper as source_id (the ASIN), title,
# category, brand (empty); 2,480 rows, 2,473 titles.
# github.com/Rohith-Kumar-S/ORBIT data/minimal_products.csv and data/amazon_categories.csv at 7c7d3f8
AMAZON_US_2023 = "amazon_us_2023.csv"
# Stop 97's, found by a helper (dev97-1): Walmart.com listings crawled 2019-03-11 to 03-25 (PromptCloud's "Walmart
# product dataset (USA)", 1,744 of its rows as a test-data project committed them; not stop 59's Magellan Walmart
# table): the product name, the breadcrumb ("Household Essentials|Light Bulbs|...") joined with " > ", the brand.
# Written by the helper as source_id (PromptCloud's Uniq Id), title (whitespace collapsed), category, brand; every
# title distinct. github.com/cavebutter/datagen data/walmart_com-ecommerce_product_details.csv at 16ce27e
WALMART_US_2019 = "walmart_us_2019.csv"
#: a fetched catalog's labels file -> the file (the first one, for Taobao) its products are read from
EXTRA_FILES = {"amazon_us_2020-labels.csv": AMAZON_US_2020, "amazon_in_2023-labels.csv": AMAZON_IN_2023,
               "cdiscount_fr-labels.csv": CDISCOUNT_FR, "taobao_zh-labels.csv": TAOBAO_ZH[0],
               "macys_us-labels.csv": MACYS_US, "kaufland_de-labels.csv": KAUFLAND_DE,
               "mercari_us-labels.csv": MERCARI_US, "walmart_us-labels.csv": WALMART_US,
               "homedepot_us-labels.csv": HOMEDEPOT_US, "pricerunner_uk-labels.csv": PRICERUNNER_UK,
               "daraz_bd-labels.csv": DARAZ_BD, "jd_cn-labels.csv": JD_CN,
               "amazon_in_products-labels.csv": AMAZON_IN_PRODUCTS, "jumia_eg-labels.csv": JUMIA_EG,
               "shein_us-labels.csv": SHEIN_US, "bestbuy_us_2017-labels.csv": BESTBUY_US_2017,
               "target_us-labels.csv": TARGET_US, "ebay_us-labels.csv": EBAY_US,
               "lazada_asia-labels.csv": LAZADA_ASIA, "shopee_asia-labels.csv": SHOPEE_ASIA,
               "amazon_us_2023-labels.csv": AMAZON_US_2023, "walmart_us_2019-labels.csv": WALMART_US_2019}
EXTRA_LABELS = tuple(EXTRA_FILES)

csv.field_size_limit(10_000_000)


def product(sku: str, title: str, category: str, brand: str, marketplace: str,
            markets: Sequence[str], description: str = "") -> dict[str, Any]:
    row: dict[str, Any] = {"sku": sku, "title": title.strip() or "(no title)",
                           "listings": [{"marketplace": marketplace, "markets": list(markets)}]}
    if category.strip():
        row["category"] = category.strip()
    if brand.strip():
        row["brand"] = brand.strip()
    if description.strip():
        row["description"] = description.strip()
    return row


def amazon_uk_toys(markets: Sequence[str] = ("GB",), root: Path = MATERIAL) -> list[dict[str, Any]]:
    """10,000 Amazon UK toy listings (2017); brand = the manufacturer column."""
    with open(root / AMAZON_UK, encoding="utf-8", newline="") as handle:
        return [product("AMZUK-" + row["uniq_id"], row.get("product_name") or "",
                        row.get("amazon_category_and_sub_category") or "", row.get("manufacturer") or "", "amazon",
                        markets) for row in csv.DictReader(handle, delimiter=";")]


def _flipkart_tree(tree: str) -> str:
    try:
        parsed = json.loads(tree)
    except ValueError:
        return tree
    return str(parsed[0]) if isinstance(parsed, list) and parsed else tree


def flipkart(markets: Sequence[str] = ("IN",), root: Path = MATERIAL) -> list[dict[str, Any]]:
    """20,000 Flipkart listings (2016); the brand column often holds a colour or a fit word."""
    with open(root / FLIPKART, encoding="utf-8", newline="") as handle:
        return [product("FK-" + row["uniq_id"], row.get("product_name") or "",
                        _flipkart_tree(row.get("product_category_tree") or ""), row.get("brand") or "", "flipkart",
                        markets) for row in csv.DictReader(handle)]


def bestbuy(markets: Sequence[str] = ("US",), root: Path = MATERIAL) -> list[dict[str, Any]]:
    """408 Best Buy products (Algolia sample); category = its categories joined with ' > '."""
    rows = json.loads((root / BESTBUY).read_text(encoding="utf-8"))
    return [product("BBY-" + str(row.get("objectID")), str(row.get("name") or ""),
                    _bestbuy_path(row),
                    str(row.get("manufacturer") or ""), "bestbuy", markets) for row in rows]


def _bestbuy_path(row: dict[str, Any]) -> str:
    """Categories joined with ' > ' (a null category is blank, as in the labels); the type when none."""
    categories = row.get("categories") or []
    if not categories:
        return str(row.get("type") or "")
    return " > ".join(str(c) for c in categories if c is not None)


def amazon_us_2020(markets: Sequence[str] = ("US",), folder: Path | None = EXTRA_CATALOGS,
                   listing_text: bool = False) -> list[dict[str, Any]]:
    """1,000 Amazon US listings of January 2020 (PromptCloud's product dataset, 71 % toys); the category as the export
    writes it, levels joined by " | " (a tree no vocabulary word was learnt from); its brand column is empty.
    `listing_text`: the listing's bullets and specification ("About Product", "Product Specification": "Requires 2 AA
    batteries (included)") as the description, what a listing pipeline sends the pre-listing check beside the title;
    without it title, category and brand only, as every catalog is scored."""
    return [product("AMZUS-" + row["Uniq Id"], row["Product Name"] or "", row["Category"] or "",
                    row.get("Brand Name") or "", "amazon", markets, _listing_text(row) if listing_text else "")
            for row in _extra_rows(folder, AMAZON_US_2020, ("Uniq Id", "Product Name", "Category"))]


def _listing_text(row: dict[str, str]) -> str:
    """An Amazon US 2020 listing's bullets and specification, the empty ones left out."""
    return " | ".join(text for column in AMAZON_US_2020_TEXT if (text := (row.get(column) or "").strip()))


AMAZON_US_2020_TEXT = ("About Product", "Product Specification")  # the listing text `listing_text` reads


def amazon_in_2023(markets: Sequence[str] = ("IN",), folder: Path | None = EXTRA_CATALOGS) -> list[dict[str, Any]]:
    """1,351 Amazon India products of 2023 (electronics, computer accessories, kitchen and home appliances): one row
    per review, so each product id's first row; the category as written ("Home&Kitchen|Kitchen&HomeAppliances|...":
    no spaces); no brand column (the brand is the title's first word, as a seller's export often leaves it)."""
    first: dict[str, dict[str, str]] = {}
    for row in _extra_rows(folder, AMAZON_IN_2023, ("product_id", "product_name", "category")):
        first.setdefault(row["product_id"], row)
    return [product("AMZIN-" + pid, row["product_name"] or "", row["category"] or "", "", "amazon", markets)
            for pid, row in first.items()]


def cdiscount_fr(markets: Sequence[str] = ("FR",), folder: Path | None = EXTRA_CATALOGS) -> list[dict[str, Any]]:
    """50,000 Cdiscount (France) offers of the 2015 categorisation challenge, in French: the three category levels
    joined by " > " as the other catalogs write a path, the brand ("AUCUNE" is Cdiscount's "none": left out), and the
    title (13,307 of them cut short with "..." by the source). The file has no id: the sku is the row's number."""
    path = _present(_extra(folder) / CDISCOUNT_FR)
    columns = ("Categorie1", "Categorie2", "Categorie3", "Libelle", "Marque")
    with zipfile.ZipFile(path) as archive, archive.open(archive.namelist()[0]) as raw:
        reader = _checked(csv.DictReader(io.TextIOWrapper(raw, encoding="utf-8", newline="")), path, columns)
        out = []
        for number, row in enumerate(reader, start=1):
            levels = [(row[f"Categorie{level}"] or "").strip() for level in (1, 2, 3)]
            brand = (row["Marque"] or "").strip()
            out.append(product(f"CDFR-{number}", row["Libelle"] or "", " > ".join(filter(None, levels)),
                               "" if brand.upper() == "AUCUNE" else brand, "cdiscount", markets))
        return out


def taobao_zh(markets: Sequence[str] = ("DE",), folder: Path | None = EXTRA_CATALOGS) -> list[dict[str, Any]]:
    """1,000 Taobao/Tmall listings in Chinese (two 500-item test files of Alibaba's OpenBG, as EcomGPT ships them):
    the title (the text before the tab), the category as coarse > fine, the brand from the attributes (品牌#:#...).
    Listed in DE: a Chinese seller's title as it reaches a European marketplace untranslated. The sku is the file's
    kind and the line's number (fine-12)."""
    out = []
    for name in TAOBAO_ZH:
        path = _present(_extra(folder) / name)
        kind = name.split("_")[1]
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
                title, _, attributes = item["sentences"].partition("\t")
                mix = item["labels"]["mix"]
            except (ValueError, KeyError, TypeError, AttributeError) as error:
                raise ValueError(f"{path}: line {number}: not an OpenBG item ({error!r})") from None
            pairs = (pair.split("#:#", 1) for pair in attributes.split("#;#") if "#:#" in pair)
            brand = next((value for key, value in pairs if key == "品牌"), "")
            out.append(product(f"TBZH-{kind}-{number}", title, " > ".join(mix),
                               "" if brand.lower() in {"other/其他", "其他", "other"} else brand, "taobao", markets))
    return out


def macys_us(markets: Sequence[str] = ("US",), folder: Path | None = EXTRA_CATALOGS) -> list[dict[str, Any]]:
    """256 Macy's (US department store) products of December 2024: the title without the page's " - Macy's" tail,
    the category as the site writes it ("Kids, Dresses": a top level and a shelf joined by ", ", which some top levels
    also contain), the brand. The file has no id: the sku is the row's number."""
    rows = _extra_rows(folder, MACYS_US, ("product_title", "category", "brand"))
    return [product(f"MACYS-{number}", (row["product_title"] or "").removesuffix(" - Macy's"), row["category"] or "",
                    row["brand"] or "", "macys", markets)
            for number, row in enumerate(rows, start=1)]


def kaufland_de(markets: Sequence[str] = ("DE",), folder: Path | None = EXTRA_CATALOGS) -> list[dict[str, Any]]:
    """4,536 offers of a Kaufland.de seller's feed of July 2025 (Kaufland's CSV import format), products of the
    wholesaler BigBuy with their German titles, the brand usually inside ("Tischlampe DKD Home Decor ..."), cut at 100
    characters by the seller's script. Title only: the feed's category is one placeholder on every row ("Gardening &
    DIY") and its manufacturer the seller's own name, so neither says what a product is. The sku is the offer id."""
    return [product("KFDE-" + row["id_offer"], row["title"] or "", "", "", "kaufland", markets)
            for row in _extra_rows(folder, KAUFLAND_DE, ("id_offer", "title"))]


def mercari_us(markets: Sequence[str] = ("US",), folder: Path | None = EXTRA_CATALOGS) -> list[dict[str, Any]]:
    """5,001 Mercari US listings (a marketplace where people sell new and used goods, 2017-18; the Kaggle Price
    Suggestion Challenge's train.tsv, tab-separated): the seller's own title (Kaggle wrote "[rm]" where it removed a
    price), the category as the file writes it ("Women/Tops & Blouses/Blouse": levels joined by "/", which a few
    level names also contain), the brand (empty on 43 % of rows). The sku is "train-" and the file's train_id:
    numbers alone would be Cdiscount's and Macy's row numbers."""
    path = _present(_extra(folder) / MERCARI_US)
    with open(path, encoding="utf-8", newline="") as handle:
        reader = _checked(csv.DictReader(handle, delimiter="\t"), path,
                          ("train_id", "name", "category_name", "brand_name"))
        return [product("MRUS-train-" + row["train_id"], row["name"] or "", row["category_name"] or "",
                        row["brand_name"] or "", "mercari", markets) for row in reader]


def walmart_us(markets: Sequence[str] = ("US",), folder: Path | None = EXTRA_CATALOGS) -> list[dict[str, Any]]:
    """2,554 Walmart.com products (the Walmart side of the Magellan "Walmart-Amazon" entity-matching set;
    comma-separated, 14 columns): the title, the category as one lower-case shelf name ("electronics
    general", "stationery amp office machinery": "&" written "amp"), the brand (empty on 133 rows). Mostly electronics,
    office and computer goods. The sku is "wm-" and the file's original_id (1 to 2,554; the file's "id" column is
    blank on four rows and holds other text on two): numbers alone would be Cdiscount's and Macy's row numbers."""
    return [product("WMUS-wm-" + row["original_id"], row["title"] or "", row["category"] or "", row["brand"] or "",
                    "walmart", markets)
            for row in _extra_rows(folder, WALMART_US, ("original_id", "title", "category", "brand"))]


def homedepot_us(markets: Sequence[str] = ("US",), folder: Path | None = EXTRA_CATALOGS) -> list[dict[str, Any]]:
    """3,001 Home Depot (US) products of December 2025 to January 2026 (tools, appliances, lighting, furniture, decor),
    as bench/orange_catalog.py builds them: the title, the brand (every row has one), the breadcrumbs of the deepest
    category page that lists the product ("Home > Tools > Grinders"; empty on 815 rows, whose pages the copy lacks).
    The sku is "HDUS-hd-" and the site's product id: "hd-" keeps its source id apart from other catalogs' numbers."""
    return [product("HDUS-hd-" + row["product_id"], row["title"] or "", row["category"] or "", row["brand"] or "",
                    "homedepot", markets)
            for row in _extra_rows(folder, HOMEDEPOT_US, ("product_id", "title", "brand", "category"))]


PRICERUNNER_COLUMNS = 7  # product id, title, merchant id, cluster id, cluster label, category id, category label


def pricerunner_uk(markets: Sequence[str] = ("GB",), folder: Path | None = EXTRA_CATALOGS) -> list[dict[str, Any]]:
    """35,311 PriceRunner UK listings (306 merchants' offers of 13,233 products in ten categories: fridges and
    freezers, washing machines, dishwashers, microwaves, TVs, mobile phones, digital cameras, CPUs): the merchant's
    title as the site lower-cased it, the category (one flat name, "Mobile Phones"). No brand column and no header; the
    cluster label (the product's canonical name) is left out, as a seller's export would not carry it. The sku is
    "PRUK-pr-" and the listing's product id ("pr-": its ids are 1 to 35,311, as Cdiscount's and Macy's row numbers)."""
    path = _present(_extra(folder) / PRICERUNNER_UK)
    with open(path, encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    for number, row in enumerate(rows, start=1):
        if len(row) != PRICERUNNER_COLUMNS:
            raise ValueError(f"{path}: line {number}: {len(row)} fields, not the export's {PRICERUNNER_COLUMNS}")
    return [product("PRUK-pr-" + row[0], row[1], row[6], "", "pricerunner", markets) for row in rows]


_DARAZ_ITEM = re.compile(r"-i(\d+)(?:-s\d+)?\.html")


def daraz_bd(markets: Sequence[str] = ("GB",), folder: Path | None = EXTRA_CATALOGS) -> list[dict[str, Any]]:
    """4,301 Daraz Bangladesh products of October 2020 (a web scrape of 106 category pages, at most 40 or 80 products
    each, so every shelf weighs about the same): the seller's English title, the category page's name as the shelf
    ("Baby & Toddler Toys", "Laptops"). No brand column (the brand is in the title). A product listed on two pages is
    read once, from its first row. The sku is "DRBD-dz-" and the item id that ends the product's link ("dz-": not a bare
    number, as Cdiscount's and Macy's rows are); the scraper's row id where a link has none. Listed in GB: crossguard
    has no Bangladeshi packs, and a Bangladeshi seller's cross-border listing is where the classes matter."""
    seen: set[str] = set()
    products = []
    for row in _extra_rows(folder, DARAZ_BD, ("web-scraper-order", "category", "products-link-href", "products-name")):
        item = _DARAZ_ITEM.search(row["products-link-href"] or "")
        source = "dz-" + (item.group(1) if item else row["web-scraper-order"])
        if source in seen:
            continue
        seen.add(source)
        products.append(product("DRBD-" + source, row["products-name"] or "", row["category"] or "", "", "daraz",
                                markets))
    return products


def amazon_in_products(markets: Sequence[str] = ("IN",), folder: Path | None = EXTRA_CATALOGS) -> list[dict[str, Any]]:
    """9,685 Amazon India products of March 2023 (English titles, some cut at about 120 characters with "..." by the
    scrape), about a hundred from each of 112 sub-categories: the shelf is "main category > sub-category" as Amazon
    India names them ("car & motorbike > Car Parts"). No brand column. The sku is "AMZINP-" and the ASIN."""
    return _helper_written(folder, AMAZON_IN_PRODUCTS, "AMZINP-", "amazon", markets)


def jumia_eg(markets: Sequence[str] = ("GB",), folder: Path | None = EXTRA_CATALOGS) -> list[dict[str, Any]]:
    """6,965 Jumia Egypt listings of March 2026 (the English site): the title, the department page it was scraped
    from as the shelf (one level: "Phones & Tablets", "Pet Supplies"), the brand where the page gave one (4,531). The
    sku is "JMEG-" and Jumia's product id. Listed in GB, as Daraz's: the classes are what matter."""
    return _helper_written(folder, JUMIA_EG, "JMEG-", "jumia", markets)


def shein_us(markets: Sequence[str] = ("US",), folder: Path | None = EXTRA_CATALOGS) -> list[dict[str, Any]]:
    """957 Shein US products of 2024 (a data vendor's sample): the site's category tree as the shelf ("Home & Living >
    Storage & Organization > ..."), the brand field as given (mostly "SHEIN", the store's default). The sku is "SHUS-"
    and Shein's goods id."""
    return _helper_written(folder, SHEIN_US, "SHUS-", "shein", markets)


def bestbuy_us_2017(markets: Sequence[str] = ("US",), folder: Path | None = EXTRA_CATALOGS) -> list[dict[str, Any]]:
    """15,701 Best Buy US products of February 2017 (its Products API; 11,067 are CDs and films under "Movies &
    Music"): the category path from the API's tree ("Appliances > Dishwashers > Built-in Dishwashers"), the maker as
    the brand. The sku is "BBUS-" and Best Buy's sku."""
    return _helper_written(folder, BESTBUY_US_2017, "BBUS-", "bestbuy", markets)


def target_us(markets: Sequence[str] = ("US",), folder: Path | None = EXTRA_CATALOGS) -> list[dict[str, Any]]:
    """995 Target US products of August 2024 (a data vendor's sample; mostly clothing and home goods): Target's
    category path as the shelf ("Clothing, Shoes & Accessories > Kids' Clothing > ..."), no brand. The sku is "TGUS-"
    and Target's product id (its TCIN)."""
    return _helper_written(folder, TARGET_US, "TGUS-", "target", markets)


def ebay_us(markets: Sequence[str] = ("US",), folder: Path | None = EXTRA_CATALOGS) -> list[dict[str, Any]]:
    """897 eBay US listings of early 2026 found by gift searches (a fifth of the file: mostly mugs, necklaces, home
    and beauty goods): the seller's title (eBay cuts it at 80 characters), the seller's category with eBay's top level
    first and its leaf last (the API gives the levels between in no set order), no brand. The sku is "EBUS-" and the
    Browse API's item id ("v1|<item>|<variation>")."""
    return _helper_written(folder, EBAY_US, "EBUS-", "ebay", markets)


def lazada_asia(markets: Sequence[str] = ("GB",), folder: Path | None = EXTRA_CATALOGS) -> list[dict[str, Any]]:
    """274 Lazada listings of late 2024 from its English sites (Malaysia, the Philippines, Singapore; a data vendor's
    sample: mostly phones, cables, TVs and beauty goods): Lazada's category path as the shelf ("Mobiles & Tablets >
    Smartphones"), the brand where the seller gave one. The sku is "LZAS-" and Lazada's sku. Listed in GB, as
    Daraz's: the classes are what matter."""
    return _helper_written(folder, LAZADA_ASIA, "LZAS-", "lazada", markets)


def shopee_asia(markets: Sequence[str] = ("GB",), folder: Path | None = EXTRA_CATALOGS) -> list[dict[str, Any]]:
    """102 Shopee listings of late 2024 from its English sites (Singapore, Malaysia, the Philippines; a data vendor's
    sample: food, home, baby and beauty goods): Shopee's category path as the shelf, the brand where given. The sku
    is "SPAS-" and Shopee's item id. Listed in GB, as Daraz's."""
    return _helper_written(folder, SHOPEE_ASIA, "SPAS-", "shopee", markets)


def amazon_us_2023(markets: Sequence[str] = ("US",), folder: Path | None = EXTRA_CATALOGS) -> list[dict[str, Any]]:
    """2,473 Amazon US listings of 2023 (a Kaggle scrape as a project sampled it: the first 10 of each of 248
    categories, from toys and headphones to car parts and gift cards): Amazon's one-level category name as the shelf
    ("Toys & Games", "Kids' Electronics"), no brand. The sku is "AZUS-" and the ASIN."""
    return _helper_written(folder, AMAZON_US_2023, "AZUS-", "amazon", markets)


def walmart_us_2019(markets: Sequence[str] = ("US",), folder: Path | None = EXTRA_CATALOGS) -> list[dict[str, Any]]:
    """1,744 Walmart.com listings of March 2019, many from its third-party sellers (light bulbs, beauty, pet, health,
    car and office goods more than toys or electronics): the breadcrumb as the shelf ("Auto & Tires > Auto Parts >
    Lighting"), the brand where given. The sku is "WALMUS-" and PromptCloud's row id."""
    return _helper_written(folder, WALMART_US_2019, "WALMUS-", "walmart", markets)


def _helper_written(folder: Path | None, name: str, prefix: str, marketplace: str,
                    markets: Sequence[str]) -> list[dict[str, Any]]:
    """The products of a catalog a helper wrote as source_id, title, category, brand (stops 93 to 97)."""
    return [product(prefix + row["source_id"], row["title"] or "", row["category"] or "", row["brand"] or "",
                    marketplace, markets)
            for row in _extra_rows(folder, name, ("source_id", "title", "category", "brand"))]


_JD_SITE = "京东商城"  # the scrape's site column on JD.com's rows
_JD_COLUMNS = 6  # category id, hand-labelled path, title, the shop's breadcrumb, site, store


def jd_cn(markets: Sequence[str] = ("GB",), folder: Path | None = EXTRA_CATALOGS) -> list[dict[str, Any]]:
    """JD.com's products in a 2012-2014 scrape of Chinese shops (a hand-labelled set for product classification): the
    seller's Chinese title, JD's own breadcrumb as the shelf ("服饰内衣>内衣>文胸": the first three levels) and the
    brand level after them where the breadcrumb has one (its last level repeats the title). The dataset's own category
    labels are not read: a marketplace export carries the shop's path, not a labeller's. Rows of other shops and rows
    whose fields do not split into six (a title with a comma the scraper did not quote) are left out; a title repeated
    is read once. The sku is "JDCN-jd-" and the first 12 hex digits of the title's SHA-1 (the scrape has no item id).
    Listed in GB, as a Chinese seller's cross-border listing."""
    path = _present(_extra(folder) / JD_CN)
    seen: set[str] = set()
    products = []
    with open(path, encoding="utf-8", newline="") as handle:
        for row in csv.reader(handle):
            if len(row) != _JD_COLUMNS or row[4].strip() != _JD_SITE:
                continue
            title = row[2].strip()
            source = "jd-" + hashlib.sha1(title.encode("utf-8")).hexdigest()[:12]
            if not title or source in seen:
                continue
            seen.add(source)
            levels = [level.strip() for level in row[3].split(">")]
            shelf = levels[:3] if len(levels) >= 4 else []
            brand = levels[3] if len(levels) >= 5 else ""
            products.append(product("JDCN-" + source, title, " > ".join(shelf), brand, "jd", markets))
    if not products:
        raise ValueError(f"{path}: no JD.com row of {_JD_COLUMNS} fields (bench/labels/README.md says how the file is "
                         "made)")
    return products


#: a fetched catalog's file (the first one, for Taobao) -> the loader that reads it
_EXTRA_READERS = {AMAZON_US_2020: amazon_us_2020, AMAZON_IN_2023: amazon_in_2023, CDISCOUNT_FR: cdiscount_fr,
                  TAOBAO_ZH[0]: taobao_zh, MACYS_US: macys_us, KAUFLAND_DE: kaufland_de, MERCARI_US: mercari_us,
                  WALMART_US: walmart_us, HOMEDEPOT_US: homedepot_us, PRICERUNNER_UK: pricerunner_uk,
                  DARAZ_BD: daraz_bd, JD_CN: jd_cn, AMAZON_IN_PRODUCTS: amazon_in_products, JUMIA_EG: jumia_eg,
                  SHEIN_US: shein_us, BESTBUY_US_2017: bestbuy_us_2017, TARGET_US: target_us,
                  EBAY_US: ebay_us, LAZADA_ASIA: lazada_asia, SHOPEE_ASIA: shopee_asia,
                  AMAZON_US_2023: amazon_us_2023, WALMART_US_2019: walmart_us_2019}
# The fetched catalogs whose export carries each listing's text beside its title, read with it (`labels`)
_LISTING_TEXT_READERS = {AMAZON_US_2020: partial(amazon_us_2020, listing_text=True)}


def extra_catalogs(folder: Path | None = EXTRA_CATALOGS) -> list[dict[str, Any]]:
    """The fetched catalogs present in the folder, or nothing when $CROSSGUARD_EXTRA_CATALOGS is not set."""
    if folder is None:
        return []
    return [row for name, reader in _EXTRA_READERS.items() if (folder / name).is_file()
            for row in reader(folder=folder)]


def _extra_rows(folder: Path | None, name: str, columns: Sequence[str]) -> list[dict[str, str]]:
    """The rows of one fetched catalog; a ValueError naming the variable, the file or the missing column when the
    folder is not set, the file is not in it or it is not the export the loader reads (the scorers print it, exit 2)."""
    path = _present(_extra(folder) / name)
    with open(path, encoding="utf-8", newline="") as handle:
        return list(_checked(csv.DictReader(handle), path, columns))


def _checked(reader: csv.DictReader, path: Path, columns: Sequence[str]) -> csv.DictReader:
    """`reader`, or a ValueError naming the file and the columns its header lacks (not the export the loader reads)."""
    missing = [column for column in columns if column not in (reader.fieldnames or ())]
    if missing:
        raise ValueError(f"{path}: line 1: missing column(s) {', '.join(missing)}")
    return reader


def _present(path: Path) -> Path:
    """`path`, or a ValueError naming it when the fetched file is not there."""
    if not path.is_file():
        raise ValueError(f"{path}: no such file (CROSSGUARD_EXTRA_CATALOGS names the folder; bench/labels/README.md "
                         "says where each file comes from)")
    return path


def _extra(folder: Path | None) -> Path:
    if folder is None:
        raise ValueError("the catalogs fetched from GitHub since stop 54 are not here: set "
                         "CROSSGUARD_EXTRA_CATALOGS to the folder holding their files (bench/labels/README.md)")
    return folder


# "<Firm> Recalls <Product> Due to ...", "<Product> Recalled Due to ...; Sold Exclusively on Amazon by <Firm>",
# "<Firm> Expands Recall of <Product> Due to ...", "<Firm> Reannounces and Expands <Product> Recall Due to ...".
_END = r"(?=,? Due\b| Because\b|;|$)"
_RECALL_TITLES = (
    re.compile(r"^(?P<firm>.+?) (?:Reannounces and )?Expands Recall (?:of|to Include) (?P<named>.+?)" + _END),
    re.compile(r"^(?P<firm>.+?) (?:Reannounces and )?Expands (?P<named>.+?) Recall" + _END),
    re.compile(r"^(?P<firm>.+?) Recall Expanded to Include (?P<named>.+?)" + _END),
    re.compile(r"^(?P<firm>.+?) Recalls? (?P<named>.+?)" + _END),
    re.compile(r"^(?P<named>.+?) Recalled(?: by (?P<firm>.+?))?" + _END),
)


def recall_product(title: str) -> tuple[str, str] | None:
    """(product, firm) a recall's title names; None for a title of none of the forms above."""
    for pattern in _RECALL_TITLES:
        match = pattern.match(title)
        if match is not None:
            return match["named"], match.groupdict().get("firm") or ""
    return None


def cpsc_recalls(markets: Sequence[str] = ("US",), root: Path = MATERIAL) -> list[dict[str, Any]]:
    """The products named by 289 US CPSC recalls (2025-10 to 2026-04) as catalog products: a catalog nobody here
    tuned the vocabulary on, of the kinds that go wrong in the US. Title = the product the recall's title names
    (the words between "Recalls" and "Due to"), brand = the recalling firm, description = the recall's
    description (cut at about 200 characters at the source); recalls whose product phrase repeats an earlier
    one (five pressure-washer recalls) are skipped, and so is a title of neither form (one)."""
    path = root / CPSC_RECORDS
    seen: set[str] = set()
    out: list[dict[str, Any]] = []
    with open(path, encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            named_by = recall_product(row["title"])
            if named_by is None:
                continue
            named, firm = named_by
            key = _phrase_key(named)
            if key in seen:
                continue
            seen.add(key)
            out.append(product("CPSC-" + row["recall_number"], named, "", firm or row["manufacturer"] or "",
                               "amazon", markets, description=row["description"]))
    return out


def older_cpsc_recalls(markets: Sequence[str] = ("US",), root: Path = MATERIAL,
                       newer: Sequence[dict[str, Any]] | None = None) -> list[dict[str, Any]]:
    """The products named by older US CPSC recalls, a catalog of other years than :func:`cpsc_recalls`: the
    saved 2021 recall feeds (title only; an RSS item's description is the hazard, not the product) and the 50
    records of 2013 (title from the recall page's address, or the record's description when the address has no
    recall shape; category = the record's CPSC product types; brand = its manufacturer). A product phrase seen
    earlier, here or in :func:`cpsc_recalls` (``newer``, when the caller has read it already), is skipped."""
    seen = {_phrase_key(p["title"]) for p in (cpsc_recalls(root=root) if newer is None else newer)}
    out: list[dict[str, Any]] = []

    def add(source_id: str, named: str, category: str, brand: str, description: str = "") -> None:
        key = _phrase_key(named)
        if named and key not in seen:
            seen.add(key)
            out.append(product("CPSCOLD-" + source_id, named, category, brand, "amazon", markets, description))

    for item in saved_feed_items(root):
        named_by = recall_product(_feed_text(item["title"])) if item["feed"] == Path(CPSC_RSS).name else None
        if named_by is not None:
            add("rss" + hashlib.sha1(item["link"].encode()).hexdigest()[:10], _product_phrase(named_by[0]), "",
                named_by[1].removesuffix(" Reannounces"))
    with open(root / CPSC_2013, encoding="utf-8") as handle:
        for record in json.load(handle)["success"]["results"]:
            slug = record["recall_url"].rstrip("/").rsplit("/", 1)[-1].replace("-", " ")
            description = (record.get("descriptions") or [""])[0]
            named_by = recall_product(slug)
            named, description = (named_by[0], description) if named_by else (_cut(description, 120), "")
            add(record["recall_number"], named, " > ".join(record.get("product_types") or []),
                (record.get("manufacturers") or [""])[0], description)
    return out


def _phrase_key(named: str) -> str:
    """A product phrase as compared for repeats: whitespace runs collapsed, case folded."""
    return " ".join(named.split()).casefold()


def _product_phrase(named: str) -> str:
    """Words of a recall's title around the product that a catalog title would not have ("Over 3 Million ...
    After 8 Infant Deaths", "Recalls to Repair ...")."""
    named = re.sub(r"^(?:to Repair |of |Over [\d.,]+ (?:Million )?)", "", named)
    return re.sub(r" (?:After|and Urges) .*$", "", named)


def _cut(text: str, limit: int) -> str:
    """``text`` cut at the last word boundary before ``limit`` characters."""
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0]


_MOJIBAKE = (("â€™", "’"), ("â€˜", "‘"), ("â€œ", "“"), ("â€\x9d", "”"), ("â€", "”"), ("Â®", "®"), ("â„¢", "™"))


def _feed_text(text: str) -> str:
    """A saved feed's title as a seller would write it: entities decoded (the feed double-escapes "&"), the
    children's feed's mojibake ("Childrenâ€™s") undone, "(Recall Alert)" and HTML breaks dropped."""
    for _ in range(3):
        text = html.unescape(text)
    for broken, meant in _MOJIBAKE:
        text = text.replace(broken, meant)
    text = re.sub(r"<br\s*/?>|\(Recall Alert\)", " ", text)
    return " ".join(text.split())


def real_catalogs(markets: Sequence[str] | None = None, root: Path = MATERIAL) -> list[dict[str, Any]]:
    """The three catalogs (about 30,400 products); ``markets`` replaces every listing's markets."""
    if markets is None:
        return amazon_uk_toys(root=root) + flipkart(root=root) + bestbuy(root=root)
    return amazon_uk_toys(markets, root) + flipkart(markets, root) + bestbuy(markets, root)


def labels(root: Path = MATERIAL, folder: Path | None = None, listing_text: bool = False) -> list[dict[str, str]]:
    """The 300 hand-labelled products (labels/README.md has the class definitions), or the same three files
    in `folder` (a held-out set labelled the same way).

    Files without `title`/`category`/`brand` (bench/labels/: ours, so they carry only skus and labels, no
    catalog text) get them from the catalogs by sku, converted as the development files were; `listing_text`: a
    fetched catalog whose export carries its listings' text gives it as the description (`_LISTING_TEXT_READERS`).
    """
    out: list[dict[str, str]] = []
    names = label_files(folder) if folder is not None else LABELS
    # a set of the fetched catalogs needs them: the error before any file is read
    extra = _extra(EXTRA_CATALOGS) if not set(names).isdisjoint(EXTRA_LABELS) else None
    for name in set(names) & set(EXTRA_LABELS):
        _present(extra / EXTRA_FILES[name])
    for name in names:
        with open((folder or root / "labels") / name, encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
        if rows and "title" not in rows[0]:
            texts = _extra_texts(extra, name, listing_text) if name in EXTRA_FILES else _texts_by_sku(root)
            rows = [{**row, **texts[row["sku"]]} for row in rows]
        out.extend(rows)
    return out


def source_id(sku: str) -> str:
    """A catalog product's id as the label files write it: its sku without the catalog prefix ("AMZUK-", "FK-",
    "BBY-"...). Compare label rows with catalog products by this, never by sku: a sample that compared the two
    forms directly kept 145 labelled products in stops 49 to 51 (bench/labels/README.md, stop 51)."""
    prefix, dash, rest = sku.partition("-")
    return rest if dash and prefix.isalpha() and prefix.isupper() else sku


def labelled_source_ids(folders: Sequence[Path], root: Path = MATERIAL) -> set[str]:
    """The source ids (:func:`source_id`) of every product labelled in the development set and in `folders`: what a
    sample drawn from the catalogs must leave out. Only the sku column is read: no catalog text is needed."""
    files = [root / "labels" / name for name in LABELS]
    files += [folder / name for folder in folders for name in label_files(folder)]
    ids: set[str] = set()
    for path in files:
        with open(path, encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            if reader.fieldnames is None or "sku" not in reader.fieldnames:
                # s78: said with the file's name, not as a bare KeyError "'sku'" (stop 77's Left)
                header = ", ".join(reader.fieldnames or []) or "none"
                raise ValueError(f"{path}: no 'sku' column (its header: {header})")
            ids.update(source_id(row["sku"]) for row in reader)
    return ids


AUDITED = Path(__file__).resolve().parent / "labels" / "audited.txt"


def audited_source_ids(path: Path = AUDITED) -> set[str]:
    """The source ids of blind-set products that were in a catalog audit sample (bench/labels/audited.txt: one per
    line, "#" lines are comments): tuned on, so a blind score leaves them out (`classify_eval.py --not-audited`)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return {line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")}


def label_files(folder: Path) -> list[str]:
    """The labels files a held-out folder holds: a subset of :data:`LABELS` (a catalog may have no products left
    to draw, as Best Buy's 408 had none after heldout-7). The development folder must hold all three."""
    return [name for name in (*LABELS, CPSC_LABELS, OLDER_CPSC_LABELS, *EXTRA_LABELS) if (folder / name).is_file()]


@lru_cache(maxsize=2)
def _texts_by_sku(root: Path) -> dict[str, dict[str, str]]:
    """title, category, brand and description (the recall products have one) of every product of the three catalogs
    and the recalls by source id. Read once per process (callers copy, never change it): a held-out set's test joins
    every earlier set against the same catalogs, which cost a full read of the 30,000 products each time."""
    newer = cpsc_recalls(root=root)
    return _texts((*real_catalogs(root=root), *newer, *older_cpsc_recalls(root=root, newer=newer)))


@lru_cache(maxsize=8)
def _extra_texts(folder: Path, labels_file: str, listing_text: bool = False) -> dict[str, dict[str, str]]:
    """The same for the one fetched catalog a labels file names, and only it: Cdiscount and Macy's both number their
    rows from 1, so joined by source id over every catalog, a `cdfr-1` row numbered 1-256 read a Macy's product
    (stop 56)."""
    name = EXTRA_FILES[labels_file]
    reader = _LISTING_TEXT_READERS.get(name) if listing_text else None
    return _texts((reader or _EXTRA_READERS[name])(folder=folder))


def _texts(products: Iterable[dict[str, Any]]) -> dict[str, dict[str, str]]:
    """Each product's title, category, brand and description by source id, whitespace runs collapsed."""
    def text(value: object) -> str:
        return " ".join(str(value or "").split())

    fields = ("title", "category", "brand", "description")
    return {source_id(p["sku"]): {field: text(p.get(field)) for field in fields} for p in products}


def write_jsonl(rows: list[dict[str, Any]], path: Path) -> Path:
    with open(path, "w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    return path


# --- the feed-match truth sets and the saved feeds (bench/match_eval.py) ---------------------------------------

FEED_MATCH_DEV = "feed-match-dev"
SAVED_FEEDS = ("feeds/us-cpsc-recalls-rss/Recalls-RSS.xml", "feeds/us-cpsc-recalls-rss/Recalls-Children-RSS.xml",
               "feeds/us-federal-register-rss/documents.rss")


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def truth_set(folder: Path) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, str]]]:
    """(catalog products, items, truth rows) of a folder in the feed-match-dev format."""
    with open(folder / "truth.csv", encoding="utf-8", newline="") as handle:
        truth = list(csv.DictReader(handle))
    return read_jsonl(folder / "catalog.jsonl"), read_jsonl(folder / "items.jsonl"), truth


def saved_feed_items(root: Path = MATERIAL) -> list[dict[str, str]]:
    """Items of the saved CPSC recall, CPSC children's and Federal Register feeds, as a watcher reads them
    (crossguard's own feed parser), in the fields `crossguard feeds match` reads."""
    from crossguard.watchers.parsers import parse

    out: list[dict[str, str]] = []
    for rel in SAVED_FEEDS:
        path = root / rel
        if not path.exists():
            continue
        for item in parse("rss", path.read_bytes(), {}).items:
            out.append({"item_id": item.dedupe_key, "title": item.title, "text": item.summary,
                        "link": item.link or "", "published": item.published.isoformat() if item.published else "",
                        "feed": path.parent.name})
    return out


def cpsc_record_items(limit: int, root: Path = MATERIAL) -> list[dict[str, str]]:
    """Structured CPSC recall records (title, description cut at ~200 characters) as feed items."""
    path = root / CPSC_RECORDS
    if not path.exists():
        return []
    with open(path, encoding="utf-8", newline="") as handle:
        rows = [row for _, row in zip(range(limit), csv.DictReader(handle), strict=False)]
    return [{"item_id": "cpsc-" + row["recall_number"], "title": row["title"], "text": row["description"],
             "link": row["url"], "published": row["recall_date"]} for row in rows]
