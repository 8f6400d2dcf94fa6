"""The title reader knows the product kinds the Shopify taxonomy names (leafshop46, issue 9).

Shopify's tree is deeper than Google's; its leaves ("Ceiling Mobiles", "Party Horns", "Carpet Extractors", "Cover
Ups") are the kind nouns a seller writes. Where the Shopify table read the path and the title reader did not know the
noun, a title naming the kind read untyped or another kind through one word ("Ceiling Mobile" a smartphone, "Party
Horn" a car horn, "Cover Ups" a UPS). Each kind is tested with the lookalikes that must keep their own reading.
"""

from __future__ import annotations

import pytest

from crossguard.engine.classification import Classifier, ProductText


def read(classifier: Classifier, title: str, category: str = ""):
    result = classifier.classify(ProductText(title=title, category=category))
    return result.product_type if result.established else None, result.classes


# -- kinds the title now reads ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("title", "kind"), [
    # baby and toddler
    ("Tiny Love Ceiling Mobile Hanging Stars for Nursery", "baby_toy"),
    ("Clip-On Stroller Mobile Soft Animals", "baby_toy"),
    ("Ergobaby Ring Sling Linen Newborn", "baby_gear"),
    ("Mei Tai Carrier Adjustable Toddler Carrier Cotton", "baby_gear"),
    ("Woven Wrap Carrier Size 6 Cotton Jacquard", "baby_gear"),
    ("Shantala Tummy Tub Original", "baby_gear"),
    ("Safety 1st Baby Bath Ring Seat with Suction Cups", "baby_gear"),
    ("Munchkin Shampoo Rinse Cup Tear Free", "baby_care"),
    ("Baby Wipe Dispenser with Lid Refillable", "baby_care"),
    ("Munchkin Warm Glow Wipe Warmer", "baby_appliance"),
    ("Lansinoh Disposable Nursing Pads 100 Count", "baby_feeding"),
    ("Medela Breast Shield 24mm PersonalFit Flex", "baby_feeding"),
    ("Dr. Brown's Anti Colic Bottle 270ml 3 Pack", "baby_feeding"),
    ("Silicone Bottle Nipples Slow Flow 4 Pack", "baby_feeding"),
    # toys
    ("Melissa & Doug Deluxe Wooden ABC Blocks 50 Pieces", "educational_toy"),
    ("Uncle Goose Alphabet Blocks Classic ABC", "educational_toy"),
    ("Munchkin Ocean Bath Squirters 8 Pack", "educational_toy"),
    ("Classic Yellow Rubber Ducky 12 Pack", "toy_animal"),
    ("Green Toys Beach Bucket Set with Shovel", "water_toy"),
    ("Party Horns 48 Pack Birthday Party", "party_favour"),
    ("Pack of 2 Giant Plastic Hand Clapper Green", "party_favour"),
    # electronics and appliances
    ("Panasonic DMR-BWT850 Blu-ray Recorder Twin HD Tuner", "disc_player"),
    ("Pioneer TS-A300TW 1/4 inch Car Tweeters 500W", "speaker"),
    ("Rockford Fosgate 12 inch Woofer Dual 4 Ohm", "speaker"),
    ("Dayton Audio 2-Way Passive Crossover 3500 Hz", "speaker"),
    ("Cisco Catalyst 9300 Layer 3 Switch 48 Port", "network_switch"),
    ("TP-Link 24 Port Gigabit Stackable Switch", "network_switch"),
    ("Skytech Gaming Computer Ryzen 7 RTX 4070 32GB", "desktop_computer"),
    ("Rug Doctor Carpet Extractor Deep Cleaner", "steam_cleaner"),
    ("Rowenta DG8520 Ironing System Perfect Steam", "iron"),
    ("Roland RD-88 Stage Piano 88 Keys", "digital_piano"),  # s94: a kind of musical instrument, with its mains
    ("Fender Rhodes Electric Piano Mark I Stage 73", "musical_instrument"),
    ("Akai Professional MPD218 Pad Controller USB", "midi_controller"),
    ("SureFlap Microchip Cat Flap Connect", "pet_electronics"),
    ("PetSafe Electronic Pet Door Small", "pet_electronics"),
    ("PetSafe Wireless Dog Fence 1/2 Acre", "pet_electronics"),
    ("Victor M241 Electronic Rat Trap Battery Powered", "pest_control"),
    ("Grundfos UPS 15-58 Central Heating Circulation Pump", "garden_pump"),
    ("Little Giant Condensate Pump 115V", "garden_pump"),
    ("Airthings Corentium Radon Detector Home", "alarm"),
    ("Temtop PMD 331 Particle Counter PM2.5 PM10", "multimeter"),
    ("Graco Magnum X5 Airless Sprayer", "paint_sprayer"),
    ("Mantis Electric Cultivator 1000W", "garden_power_tool"),
    ("Wylex 10 Way Consumer Unit", "electrical_fitting"),
    ("Square D 200 Amp Main Breaker Panel Indoor", "electrical_fitting"),
    ("Legrand Pop Up Floor Socket 2 Gang", "electrical_fitting"),
    ("Samsung 55 inch Digital Signage Display 4K", "monitor"),
    ("Promethean ActivPanel 75 inch Interactive Flat Panel", "monitor"),
    # clothing
    ("Womens Beach Cover Ups Crochet Summer", "swimwear"),
    ("Girls Skirtini Floral", "swimwear"),
    ("Speedo Boys Swim Jammer Endurance", "swimwear"),
    ("Hanes Boys Underpants 7 Pack Cotton", "underwear"),
    ("Womens Seamless Boyshorts 5 Pack", "underwear"),
    ("Lace G-String Womens 3 Pack", "underwear"),
])
def test_shopify_leaf_kind_read_in_title(classifier, title, kind):
    assert read(classifier, title)[0] == kind


@pytest.mark.parametrize(("title", "cls"), [
    ("Tiny Love Ceiling Mobile Hanging Stars for Nursery", "toy"),
    ("Party Horns 48 Pack Birthday Party", "toy"),
    ("Panasonic DMR-BWT850 Blu-ray Recorder Twin HD Tuner", "mains_lv"),
    ("Rug Doctor Carpet Extractor Deep Cleaner", "mains_lv"),
    ("Victor M241 Electronic Rat Trap Battery Powered", "eee"),
    ("Maya Wrap Ring Sling Linen", "children_12_under"),
    ("Dr. Brown's Anti Colic Bottle 270ml 3 Pack", "children_12_under"),
    ("Womens Beach Cover Ups Crochet Summer", "textile"),
])
def test_shopify_leaf_class(classifier, title, cls):
    assert read(classifier, title)[1][cls]


@pytest.mark.parametrize(("title", "cls"), [
    # the word mobile, ups or horn no longer reads the phone, the UPS or the car part
    ("Tiny Love Ceiling Mobile Hanging Stars for Nursery", "radio"),
    ("Womens Beach Cover Ups Crochet Summer", "mains_lv"),
])
def test_shopify_leaf_drops_wrong_class(classifier, title, cls):
    assert not read(classifier, title)[1][cls]


# -- lookalikes that keep their reading -----------------------------------------------------------------------------

@pytest.mark.parametrize(("title", "kind"), [
    ("Stroller Mobile Phone Holder Bike Mount", "phone_holder"),
    ("Sterling Silver Ring Sling Bag Charm", "keychain"),
    ("Woven Wrap Skirt Midi Cotton", "skirt"),
    ("Gaming Computer Desk 140cm with LED", "furniture"),
    ("Gaming Computer Chair Ergonomic", "furniture"),
    ("Tomcat Mouse Trap 2 Pack Reusable", "pest_control_manual"),
    ("Stainless Steel Kitchen Sink", "plumbing_fixture"),
    ("Bluetooth Car Horn Speaker", "speaker"),
    ("Musical Crib Mobile with Projector", "musical_mobile"),
    ("APC Back-UPS 700VA UPS", "ups"),
    ("Sub Woofer Hi-Fi System 5.1", "hifi_system"),  # s75: split from disc_player, with its tuner
])
def test_shopify_leaf_lookalikes(classifier, title, kind):
    assert read(classifier, title)[0] == kind


def test_tattoo_cover_up_is_no_swimwear(classifier):
    kind, classes = read(classifier, "Tattoo Cover Ups Waterproof Concealer Patches")
    assert kind != "swimwear"
    assert not classes["textile"]
