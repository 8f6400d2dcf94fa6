"""find_types: the same vocabulary on free text (recall notices, feed items)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("SNOOZ Recalls Electrical Fans Due to Fire Hazard", "fan"),
        ("Acme Recalls Portable Power Banks Due to Burn Hazard; Sold on Amazon", "power_bank"),
        ("Children’s Pajamas Recalled Due to Violation of Federal Flammability Standard", "sleepwear"),
        ("Infant Bath Seats Recalled Due to Drowning Hazard", "baby_gear"),
        ("Acme Recalls Hair Dryers Due to Shock Hazard", "hair_dryer"),
        ("Lightform Recalls LED Projectors Due to Fire Hazard", "projector"),
    ],
)
def test_recall_titles(classifier, text, expected):
    assert expected in [m.type_id for m in classifier.find_types(text)]


def test_mentions_in_order_with_offsets(classifier):
    text = "Recall of steam irons and electric kettles"
    mentions = classifier.find_types(text)
    assert [m.type_id for m in mentions] == ["iron", "kettle"]
    assert all(m.via == "synonym" for m in mentions)
    assert mentions[0].text == "steam irons"


def test_negative_context_in_free_text(classifier):
    assert not [
        m for m in classifier.find_types("Iron Man and Mickey Mouse figures") if m.type_id in ("iron", "computer_mouse")
    ]
