"""Flipkart rows known only in the plural (fk65; issue 9): an arm sleeve, a shin guard, a batsman's leg guard; a
phone camera's Bluetooth shutter remote."""

from __future__ import annotations

import pytest


def test_an_arm_sleeve_is_worn(classify):
    result = classify("Autoplus M AP15 Arm Sleeve")
    assert result.product_type == "gloves", result.basis["product_type"]
    assert result.classes["textile"] is True


@pytest.mark.parametrize("title", ["Nike Shin Guard", "SG batting leg guard"])
def test_a_players_guard_is_sports_equipment(classify, title):
    assert classify(title).product_type == "sports_equipment"


@pytest.mark.parametrize("title", ["Bluetooth Shutter for iPhone and Android",
                                   "Bluetooth Shutter Remote for iPhone and Android"])
def test_a_bluetooth_shutter_remote_has_a_radio_and_a_cell(classify, title):
    result = classify(title)
    assert result.classes["radio"] is True
    assert result.classes["battery"] is True, result.basis["battery"]
