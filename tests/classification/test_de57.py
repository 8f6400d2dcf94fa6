"""German titles (de57): umlauts written out, German kinds and inflected adjectives, two-sense compounds.

A German title may write ä, ö, ü and ß as ae, oe, ue and ss (an ASCII feed, a shop's export, an old keyboard): the
normaliser folds the letters to those spellings on both sides, so "Kopfhoerer" and "Kopfhörer" read alike and the
vocabulary's umlaut words still match. The titles below are written for the tests.
"""

from __future__ import annotations

import pytest

from crossguard.engine.classification.normalise import normalise

# --- umlauts written out --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("written", "folded"), [
    ("Kopfhörer Bluetooth", "kopfhoerer bluetooth"),
    ("KOPFHÖRER", "kopfhoerer"),
    ("Beißring für Hunde", "beissring fuer hunde"),
    ("Gesäßtasche", "gesaesstasche"),
    ("Ärmel Öl Über", "aermel oel ueber"),
    ("Ku\u0308hlschrank", "kuehlschrank"),  # a decomposed ü: NFKC composes it, then it folds
])
def test_umlauts_fold_to_their_written_out_spelling(written, folded):
    assert normalise(written) == folded


@pytest.mark.parametrize(("text", "read"), [
    ("Aero Queue Blues Boeing", "aero queue blues boeing"),
    ("Cœur de pirate", "coeur de pirate"),
    ("Phoebe Michael Caesar", "phoebe michael caesar"),
])
def test_english_and_french_words_are_untouched(text, read):
    assert normalise(text) == read


@pytest.mark.parametrize(("with_umlaut", "written_out", "kind"), [
    ("Kopfhörer Over-Ear Schwarz", "Kopfhoerer Over-Ear Schwarz", "headphones"),
    ("Überwachungskamera WLAN 1080p", "Ueberwachungskamera WLAN 1080p", "security_camera"),
    ("Tablet Ständer Aluminium", "Tablet Staender Aluminium", "stand"),
    ("Kühlschrank 90 L Weiß", "Kuehlschrank 90 L Weiss", "refrigerator"),
    ("Handyhülle Silikon Blau", "Handyhuelle Silikon Blau", "device_case"),
])
def test_a_written_out_title_reads_as_the_umlaut_one(classify, with_umlaut, written_out, kind):
    assert classify(with_umlaut).product_type == kind
    assert classify(written_out).product_type == kind


def test_fuer_written_out_is_still_a_target(classify):
    # "fuer" is "für" (a target splitter): the phone after it is what the case is for
    assert normalise("Huelle fuer iPhone 15") == normalise("Hülle für iPhone 15")
    result = classify("Schutzhuelle fuer iPhone 15 Schwarz")
    assert result.product_type == "device_case" and not result.classes["radio"]


def test_oil_lamp_is_no_electric_lamp(classify):
    # "Öllampe" folds to "oellampe": three letters before "lampe" now, so the oil lamp is listed as no lamp
    for title in ("Öllampe Ton Antik", "Oellampe Messing"):
        result = classify(title)
        assert not result.classes["eee"] and not result.classes["mains_lv"]
