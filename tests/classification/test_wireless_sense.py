"""'Wireless' (无线, kabellos, sans fil) is a radio link on a device that talks to another, and the missing cord on a
tool or appliance with no link to make (stop 35): "无线吸尘器" is a cordless vacuum, not radio equipment."""

import pytest


@pytest.mark.parametrize(
    "title",
    [
        "无线吸尘器 家用 大吸力 手持 车载两用",
        "手持吸尘器 无线 大吸力 宠物家庭",
        "Wireless Handheld Vacuum Cleaner 12000Pa Rechargeable for Car and Pet Hair",
        "无线电钻 锂电 家用 手电钻 套装",
        "Wireless Leaf Blower 21V Battery Garden",
        "无线卷发棒 自动 便携",
        "Aspirateur balai sans fil 2 en 1",
        "Mini Portable Fan Wireless USB Desk Fan",
    ],
)
def test_wireless_on_a_tool_or_appliance_means_cordless(classify, title):
    result = classify(title)
    assert result.established
    assert not result.classes["radio"], result.basis["radio"]
    assert result.classes["battery"], result.basis["battery"]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("无线鼠标 静音 办公 2.4G", "computer_mouse"),
        ("Wireless Earbuds Noise Cancelling", "earbuds"),
        ("无线门铃 家用 远距离", "doorbell"),
        ("Wireless Keyboard and Mouse Combo", None),
    ],
)
def test_wireless_on_a_device_that_links_is_radio(classify, title, expected):
    result = classify(title)
    if expected is not None:
        assert result.product_type == expected
    assert result.classes["radio"] and result.classes["transmitter"]


def test_a_stated_radio_link_on_a_cordless_kind_stays_radio(classify):
    drill = classify("M18 Fuel Wireless Hammer Drill with Bluetooth One-Key Tool Tracking")
    assert drill.classes["radio"] and drill.classes["battery"]


def test_wireless_negatives_still_guard_their_phrases(classify):
    bra = classify("Womens Wireless Bra Seamless Comfort")
    assert not bra.classes["radio"] and bra.classes["textile"]
