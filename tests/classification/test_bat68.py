"""The battery probe of stop 67 (bat68; issue 9): products read electrical with no battery, of every catalog. Portable
DVD players in French, a trolley speaker's Chinese words apart, a hand-held fan sold as a cooler; and, found on the
way, Cdiscount's projector lamp modules (no mains of their own) and French squeegees (no raclette grill)."""

from __future__ import annotations

import pytest

PROJECTOR_LAMPS = "TV - VIDEO - SON > VIDEOPROJECTION > LAMPE - OPTIQUE VIDEOPROJECTEUR"


@pytest.mark.parametrize(("title", "category", "kind"), [
    ('TAKARA VR149P Combiné Lecteur DVD auto 9" Rose',
     "TV - VIDEO - SON > LECTEUR - ENREGISTREUR VIDEO > LECTEUR DVD PORTABLE", "portable_dvd_player"),
    ("广场舞视频音响户外拉杆显示屏幕大功率家用K歌移动重低音音响", "消费电子 > KTV/卡拉OK音箱", "portable_speaker"),
    ("ShadowFax Handheld Mini Air Conditioner Mini Cooler USB USB Fan", None, "handheld_fan"),
])
def test_a_carried_device_worded_apart_has_its_battery(classify, title, category, kind):
    result = classify(title, category=category)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes["battery"] is True, result.basis["battery"]


@pytest.mark.parametrize("title", ["Lampe compatible pour OPTOMA DS316 - BL-FU185A",
                                   "Lampe compatible pour HITACHI CP-X505 - DT00771"])
def test_a_projectors_lamp_module_has_no_mains_of_its_own(classify, title):
    result = classify(title, category=PROJECTOR_LAMPS)
    assert result.product_type == "projector_lamp", result.basis["product_type"]
    assert result.classes["mains_lv"] is False, result.basis["mains_lv"]
    assert result.classes["eee"] is True


@pytest.mark.parametrize("title", ["Lampe originale en bois flotté", "Lampe compatible Philips Hue E27 connectée"])
def test_an_original_lamp_or_a_compatible_bulb_is_no_projector_lamp(classify, title):
    """The words in their other senses: a quirky lamp, a bulb that works with a smart-home system."""
    result = classify(title)
    assert result.product_type != "projector_lamp", result.basis["product_type"]


@pytest.mark.parametrize("title", ["SOFOP RACLETTE METAL DBLE MOUSSE 60CM", "Raclette double mousse",
                                   "161300 Raclette de faiencier - 28 cm"])
def test_a_squeegee_is_no_raclette_grill(classify, title):
    result = classify(title)
    assert result.classes["mains_lv"] is not True, result.basis["mains_lv"]


def test_a_raclette_grill_keeps_its_mains(classify):
    result = classify("Kitchen Chef GR107 Raclette 4 Poêlons 650 W")
    assert result.classes["mains_lv"] is True
