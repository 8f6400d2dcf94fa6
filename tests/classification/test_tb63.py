"""Taobao's rows (tb63, read from a helper's second audit of all 700 Taobao rows; issue 9).

A song machine on a KTV speaker shelf, a food-warming plate, a tap's aerator on the purifier shelf, a plastic pallet, a
mini washer "for baby clothes" (an adult's appliance), a PoE camera (powered over its cable), test strips.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("title", "category", "kind", "cls", "value"), [
    ("点歌机家庭ktv一体设备卡拉ok硬盘k歌", "消费电子 > KTV/卡拉OK音箱", "karaoke_machine", "mains_lv", True),
    ("饭菜保温板家用暖菜板热菜板加热", None, "home_appliance_misc", "mains_lv", True),
    ("厨房水龙头防溅头加长延伸器过滤器嘴花洒起泡器节水器", "大百货 > 净水器", "plumbing_fixture", "eee", False),
    ("六脚平板塑料托盘叉车防潮垫板仓库地垫栈板", None, "storage_organisation", "textile", False),
    ("200片三诺GA-3型血糖试条血糖试纸条", None, "health_care", "eee", False),
    ("Reolink PoE IP camera 4K", None, "security_camera", "mains_lv", False),
])
def test_taobaos_kinds(classify, title, category, kind, cls, value):
    result = classify(title, category=category)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes[cls] is value, result.basis[cls]


def test_a_washer_for_baby_clothes_is_an_adults_appliance(classify):
    result = classify("折叠洗衣机便携式迷你婴儿宿舍内衣袜子神器")
    assert result.product_type == "washing_machine", result.basis["product_type"]
    assert result.classes["children_12_under"] is not True, result.basis["children_12_under"]


def test_the_purifier_itself_keeps_its_shelf(classify):
    result = classify("美的净水器家用直饮", category="大百货 > 净水器")
    assert result.product_type == "water_purifier", result.basis["product_type"]
    assert result.classes["mains_lv"] is True, result.basis["mains_lv"]
