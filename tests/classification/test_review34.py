"""Review of the stop-34 round (review34, issue 9): silent allows and Chinese over-readings found by probing.

An entry's locked `classes` speak for what the entry names ("an air drill is not electrical"), not for every kind the
domain it inherits from an ancestor allows (Hardware > Tools holds headlamps, alarms and chargers): a headlamp filed
under Pneumatic Drills kept no battery and no EEE. Chinese titles where zh34's short words (钢琴, 电缆, 插座) sit inside
another kind's name read as that short word's kind.
"""

from __future__ import annotations

import pytest

PNEUMATIC = "Hardware > Tools > Drills > Pneumatic Drills"


@pytest.mark.parametrize(
    ("title", "expected", "classes"),
    [
        ("Rechargeable LED Headlamp USB", "flashlight", ("battery", "eee")),
        ("Smoke Detector Alarm", "smoke_alarm", ("battery", "eee")),
        ("USB Wall Charger 20W", "mains_charger", ("eee", "mains_lv")),
    ],
)
def test_an_entrys_classes_do_not_follow_another_kind_of_its_inherited_domain(classify, title, expected, classes):
    result = classify(title, category=PNEUMATIC)
    assert result.product_type == expected
    assert all(result.classes[name] for name in classes), result.basis


def test_an_entrys_classes_still_speak_for_its_own_kind(classify):
    air_drill = classify("Air Drill 3/8 inch Reversible", category=PNEUMATIC)
    assert air_drill.product_type == "air_tool"  # power36: an air drill is its own kind of tool
    assert not air_drill.classes["eee"] and not air_drill.classes["battery"]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("钢琴凳 单人 升降 实木", "furniture"),  # a piano bench holds 钢琴
        ("钢琴罩 防尘 盖布 加厚", "furnishing_cover"),  # a piano cover: a textile, not an instrument
        ("电缆 剥线钳 多功能", "hand_tool"),  # a wire stripper named beside the cable it strips
        ("插座保护盖 儿童 安全 防触电", "baby_gear"),  # a socket guard for children, not the socket
    ],
)
def test_chinese_words_holding_a_short_kind_word(classify, title, expected):
    assert classify(title).product_type == expected


def test_a_piano_cover_is_a_textile(classify):
    assert classify("钢琴罩 防尘 盖布 加厚").classes["textile"]
