"""Chinese category paths through the Google and Shopify tables (zhtree40, issue 9).

An entry that names a Shopify id may carry `zh`: the same category's path in Shopify's zh-CN tree. A Chinese path is
then read through the entry as the English one is: the longest listed prefix wins in either language, a leaf below the
entry refines it or is vetoed by its domain, and the basis names the entry's English path and its file. The loader
checks the field: only on an entry naming a Shopify id, as deep as the path, one Chinese path per id, no duplicate,
and beginning with the Chinese path of the listed entry above it.
The shipped paths are Shopify's zh-CN names (taxonomy 2099-01); the small tables are written here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from crossguard.engine.classification import Classifier, ProductText, VocabularyError, load_vocabulary
from crossguard.engine.classification.classifier import DEFAULT_HS, DEFAULT_TYPES

VEHICLE_PARTS = "交通工具/汽车/飞机/船舶 > 交通工具零配件"


def _read(classifier: Classifier, category: str, title: str = ""):
    return classifier.classify(ProductText(title, category=category))


@pytest.fixture(scope="module")
def shipped(classifier: Classifier) -> Classifier:
    return classifier


# -- 1. the shipped tables: a Chinese path reads as the entry does ---------------------------------------------------


@pytest.mark.parametrize(
    ("category", "kind", "off"),
    [
        # the stop-39 note: mains kinds on a car's cooling and electrical shelves are the car's parts
        (f"{VEHICLE_PARTS} > 机动车零部件 > 机动车冷却系统 > 恒温器", "vehicle_part", "mains_lv"),
        (f"{VEHICLE_PARTS} > 机动车零部件 > 机动车冷却系统 > 水泵", "vehicle_part", "mains_lv"),
        (f"{VEHICLE_PARTS} > 机动车电子产品 > 车载影音播放器/嵌入式辅助系统", "car_stereo", "mains_lv"),
        # real machines and vehicles, not toy models
        ("商业/工业 > 重型机械 > 挖掘机", "powered_vehicle", "toy"),
        ("交通工具/汽车/飞机/船舶 > 交通工具 > 船舶 > 水上摩托", "powered_vehicle", "toy"),
        # the entry's own sense of a leaf word
        ("家居与园艺 > 厨房/餐厅 > 厨房工具/用具 > 烤箱袋", "kitchen_tool", "eee"),
        ("家居与园艺 > 家电配件 > 热水器配件 > 热水器元件", "heater", "toy"),
        ("五金/硬件 > 五金泵 > 家用电器泵", "garden_pump", "toy"),
        ("五金/硬件 > 工具 > 锯 > 镂花锯", "power_tool", "toy"),
    ],
)
def test_a_chinese_path_under_an_entry_reads_the_entry(shipped, category, kind, off):
    result = _read(shipped, category)
    assert result.product_type == kind
    assert result.classes[off] is False


def test_the_basis_names_the_entry_by_its_english_path_and_file(shipped):
    result = _read(shipped, f"{VEHICLE_PARTS} > 机动车零部件 > 机动车冷却系统 > 恒温器")
    assert "product category 'Vehicles & Parts > Vehicle Parts & Accessories" in result.basis["product_type"]
    assert "_product_categories.yaml)" in result.basis["product_type"]


@pytest.mark.parametrize(
    ("english", "chinese"),
    [
        ("Vehicles & Parts > Vehicles > Watercraft > Personal Watercraft",
         "交通工具/汽车/飞机/船舶 > 交通工具 > 船舶 > 水上摩托"),
        ("Hardware > Tool Accessories > Power Tool Batteries", "五金/硬件 > 工具配件 > 电动工具电池"),
        ("Home & Garden > Household Appliances > Garage Door Keypads & Remotes",
         "家居与园艺 > 家用电器 > 车库门键盘锁/遥控器"),
        ("Business & Industrial > Heavy Machinery > Harvesters > Combine Harvesters",
         "商业/工业 > 重型机械 > 收割机 > 联合收割机"),
    ],
)
def test_the_chinese_and_english_paths_of_one_entry_read_alike(shipped, english, chinese):
    en, zh = _read(shipped, english), _read(shipped, chinese)
    assert (zh.product_type, zh.classes) == (en.product_type, en.classes)


@pytest.mark.parametrize(
    ("category", "not_kind"),
    [
        # the same words in another order or under another head are no listed path
        ("工具配件 > 电动工具电池", "vehicle_part"),
        ("交通工具 > 船舶 > 水上摩托", "toy"),
    ],
)
def test_a_chinese_path_no_entry_lists_is_not_read_through_one(shipped, category, not_kind):
    result = _read(shipped, category)
    assert result.product_type != not_kind
    assert "product category '" not in result.basis["product_type"]


def test_english_paths_read_as_before(shipped):
    result = _read(shipped, "Hardware > Tool Accessories > Power Tool Batteries")
    assert result.product_type == "battery_pack"
    basis = result.basis["product_type"]
    assert "Google product category 'Hardware > Tool Accessories > Power Tool Batteries'" in basis


# -- 2. small tables: the matching rules ------------------------------------------------------------------------------

GOOGLE = """version: g
categories:
  - {path: "Hardware > Tools", id: 1167, shopify: ha-15, zh: "五金/硬件 > 工具", type: tool, domain: [tool],
     why: "tools"}
  - {path: "Hardware > Tools > Saws", id: 1235, shopify: ha-15-62, zh: "五金/硬件 > 工具 > 锯", type: power_tool,
     why: "saws"}
  - {path: "Toys & Games > Puzzles", id: 3867, type: puzzle, why: "no Shopify id: no Chinese path"}
"""
SHOPIFY = """version: s
categories:
  - {path: "Hardware > Tools > Saws > Hand Saws", id: ha-15-62-3, zh: "五金/硬件 > 工具 > 锯 > 手锯", type: hand_tool,
     why: "hand saws"}
  - {path: "Hardware > Tools > Saws", id: ha-15-62, zh: "五金/硬件 > 工具 > 锯", type: power_tool, why: "saws"}
"""


def _tables(folder: Path, google: str = GOOGLE, shopify: str = SHOPIFY) -> tuple[Path, Path]:
    """The two small tables, written to `folder`: the Google one, then the Shopify one."""
    paths = folder / "google.yaml", folder / "shopify.yaml"
    for path, text in zip(paths, (google, shopify), strict=True):
        path.write_text(text, encoding="utf-8")
    return paths


@pytest.fixture(scope="module")
def small(tmp_path_factory) -> Classifier:
    return Classifier(load_vocabulary(DEFAULT_TYPES, DEFAULT_HS, *_tables(tmp_path_factory.mktemp("zh-tables"))))


def test_the_longest_listed_chinese_prefix_wins_across_both_tables(small):
    saws = _read(small, "五金/硬件 > 工具 > 锯 > 曲线锯 > C 形臂式")
    assert saws.product_type == "power_tool"
    assert "Google product category 'Hardware > Tools > Saws'" in saws.basis["product_type"]
    hand = _read(small, "五金/硬件 > 工具 > 锯 > 手锯 > 弓锯")
    assert hand.product_type == "hand_tool"
    assert "Shopify product category 'Hardware > Tools > Saws > Hand Saws'" in hand.basis["product_type"]


def test_a_leaf_below_a_chinese_entry_is_vetoed_or_refines_as_in_english(small):
    assert _read(small, "五金/硬件 > 工具 > 拼图").product_type == "tool"  # a puzzle word on the tools shelf
    drill = _read(small, "五金/硬件 > 工具 > 电钻")  # a kind of the branch refines it
    assert drill.product_type == "power_tool"
    assert "under Google product category 'Hardware > Tools'" in drill.basis["product_type"]


def test_a_chinese_sibling_or_parent_of_no_entry_is_not_read_through_one(small):
    assert "product category" not in _read(small, "五金/硬件 > 工具配件 > 锯片").basis["product_type"]
    assert "product category" not in _read(small, "五金/硬件").basis["product_type"]


# -- 3. the loader ----------------------------------------------------------------------------------------------------


def _error(tmp_path: Path, google: str, shopify: str = "version: s\ncategories: []\n") -> str:
    with pytest.raises(VocabularyError) as err:
        load_vocabulary(DEFAULT_TYPES, None, *_tables(tmp_path, google, shopify))
    return str(err.value)


def test_a_chinese_path_on_an_entry_without_a_shopify_id_is_an_error(tmp_path):
    text = GOOGLE.replace('type: puzzle, why', 'zh: "玩具/游戏 > 拼图", type: puzzle, why')
    assert "entry 3 'Toys & Games > Puzzles': zh: a Chinese path is Shopify's zh-CN one" in _error(tmp_path, text)


def test_a_chinese_path_of_another_depth_is_an_error(tmp_path):
    text = GOOGLE.replace('zh: "五金/硬件 > 工具 > 锯"', 'zh: "五金/硬件 > 锯"')
    assert "entry 2 'Hardware > Tools > Saws': zh: '五金/硬件 > 锯' is 2 levels deep, the path is 3" in _error(
        tmp_path, text)


def test_two_chinese_paths_for_one_id_are_an_error_naming_both(tmp_path):
    shopify = SHOPIFY.replace('zh: "五金/硬件 > 工具 > 锯", type: power_tool',
                              'zh: "五金/硬件 > 工具 > 锯子", type: power_tool')
    message = _error(tmp_path, GOOGLE, shopify)
    assert "entry 2 'Hardware > Tools > Saws': zh: also" in message
    assert "one path per id" in message


def test_one_chinese_path_for_two_entries_is_an_error(tmp_path):
    text = GOOGLE + (
        '  - {path: "Hardware > Tool Accessories", id: 3650, shopify: ha-14, zh: "五金/硬件 > 工具", type: spare_part,'
        ' why: "accessories"}\n')
    assert "zh: duplicate prefix (also entry 1 'Hardware > Tools')" in _error(tmp_path, text)


def test_a_chinese_path_outside_its_listed_parent_is_an_error(tmp_path):
    shopify = SHOPIFY.replace('zh: "五金/硬件 > 工具 > 锯 > 手锯"', 'zh: "五金/硬件 > 工具配件 > 锯 > 手锯"')
    message = _error(tmp_path, GOOGLE, shopify)
    assert "entry 1 'Hardware > Tools > Saws > Hand Saws': zh: does not begin with '五金/硬件 > 工具 > 锯'" in message
