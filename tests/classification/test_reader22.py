"""Baby, children's, home and apparel goods as US recalls name them (reader22, issue 9): the kinds of `recalls-1`'s toy,
children's and textile misses, each as a whole kind with its neighbours, tested on real-looking titles both ways (the
kind is read / a look-alike is not).

1. Childcare kinds the three catalogs never listed: infant support products (loungers, positioners, inclined
   sleepers, floor seats), seated infant walkers, learning towers, crib mattresses, child bike seats and carriers,
   child harnesses.
2. Bed rails: one kind for children and adults; the title's (or the description's) words decide the audience.
3. Playthings recalls name: felt busy and quiet books, finger paints, light-up party favours (button cells), glow
   sticks, water beads; party favours as a label of use; toy chests are storage.
4. An audience word a type did not take up: "Children's Chess Games" is a children's game, like "Kids Monopoly".
5. Reading: a spa's jets are no jet plane; a description's "on top of the lid" is no top (a garment).
6. Apparel and home neighbours: leotards, cleats, handkerchiefs, nap mats, window shades, fitness trampolines,
   baby floats, infant swings and doorway jumpers.
"""

from __future__ import annotations

import pytest

from .shelves import classes_of

AUDIENCE = ("toy", "children_12_under")
PLAYTHINGS = frozenset({"activity_book_toy", "finger_paint", "water_beads"})


# -- 1. childcare kinds --------------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Baby Loungers", "infant_support"),
        ("Macardac Newborn Lounger Pillow, Breathable Cotton", "infant_support"),
        ("Infant Sleep Positioner with Adjustable Wedges", "infant_support"),
        ("Infant Inclined Sleepers", "infant_support"),
        ("Baby Floor Seat with Tray, 3 Months+", "infant_support"),
        ("婴儿定型枕 新生儿", "infant_support"),
        ("Uuoeebb Infant Walkers", "infant_walker"),
        ("Seated Baby Walker with Adjustable Height", "infant_walker"),
        ("Baby Walker with Activity Tray, Foldable", "infant_walker"),
        ("4-in-1 Infant Walker Activity Center", "infant_walker"),
        ("Children's Grow 'N Stow Folding Learning Towers", "learning_tower"),
        ("Montessori Kitchen Helper Stool for Toddlers", "learning_tower"),
        ("Wooden Toddler Step Stool", "learning_tower"),
        ("Dream On Me 5 Inch Crib Mattress, Waterproof", "crib_mattress"),
        ("Pack N Play Mattress 38 x 26 Inch", "crib_mattress"),
        ("Schwinn Ovation Bicycle Child Carriers", "child_bike_seat"),
        ("Rear Mount Bike Child Seat with Harness", "child_bike_seat"),
        ("Toddler Harness Leash Anti Lost Wrist Link", "child_harness"),
        ("Baby Reins and Walking Harness", "child_harness"),
        # playthings recalls name (section 3): toys as well
        ("Cobelae Busy Books", "activity_book_toy"),
        ("Montessori Busy Book for Toddlers, Felt Quiet Book", "activity_book_toy"),
        ("布书 婴儿 早教", "activity_book_toy"),
        ("Fabric Sensory Book", "activity_book_toy"),
        ("Children's Fingerpainting Kits", "finger_paint"),
        ("Washable Fingerpaint Set, 6 Colours", "finger_paint"),
        ("Finger Painting Kit for Toddlers", "finger_paint"),
        ("Water Beads", "water_beads"),
        ("Kids Water Bead Sensory Kit", "water_beads"),
        ("水宝宝 儿童", "water_beads"),
    ],
)
def test_childcare_kinds_and_playthings_us_recalls_name(classify, title, kind):
    """Childcare articles are children's products, not toys; the felt books, finger paints and water beads are both."""
    result = classify(title)
    assert result.product_type == kind, result.basis["product_type"]
    assert classes_of(result, *AUDIENCE) == (kind in PLAYTHINGS, True), result.basis
    assert result.classes["eee"] is False, result.basis["eee"]


@pytest.mark.parametrize(
    ("title", "kind", "children"),
    [
        ("Intex Inflatable Pool Lounger", None, False),       # a pool lounger is no infant lounger
        ("Garden Sun Lounger, Reclining", None, False),
        ("Memory Foam Mattress, Double", "mattress", False),  # an adult mattress keeps its open audience
        ("Bike Seat Comfortable Saddle", "bike_accessory", False),
        ("Dog Harness No Pull", None, False),
        ("Bar Stool with Backrest", "furniture", False),
        ("Push Walker Activity Toy for Toddlers", "ride_on", True),  # the push-along toy stays a toy
    ],
)
def test_look_alikes_of_the_childcare_kinds_are_not_them(classify, title, kind, children):
    result = classify(title)
    assert result.product_type not in {"infant_support", "infant_walker", "learning_tower", "crib_mattress",
                                       "child_bike_seat", "child_harness"}, result.basis["product_type"]
    if kind is not None:
        assert result.product_type == kind, result.basis["product_type"]
    assert result.classes["children_12_under"] is children, result.basis["children_12_under"]


# -- 2. bed rails ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("title", "description", "children"),
    [
        ("Toddler Bed Rail Guard, Foldable", None, True),
        ("WYBITNY Bed Rails", "This recall involves WYBITNY-branded children's bed rails.", True),
        ("床护栏 儿童 防摔", None, True),
        ("YOLAAH Adult Portable Bed Rails", None, False),
        ("Bed Assist Rail for Elderly", None, False),
        ("ELENKER Portable Bed Rails", None, False),  # nothing says who it is for
    ],
)
def test_bed_rails_are_one_kind_and_the_words_decide_the_audience(classify, title, description, children):
    result = classify(title, description=description)
    assert result.product_type == "bed_rail", result.basis["product_type"]
    assert classes_of(result, *AUDIENCE) == (False, children), result.basis


def test_a_bed_frame_is_still_furniture(classify):
    result = classify("Metal Bed Frame with Headboard")
    assert result.product_type == "furniture", result.basis["product_type"]


# -- 3. playthings recalls name ----------------------------------------------------------------------------------------

def test_a_story_book_is_still_a_book(classify):
    result = classify("Children's Story Books")
    assert result.product_type == "book", result.basis["product_type"]
    assert classes_of(result, *AUDIENCE) == (False, True), result.basis


def test_an_artists_paint_set_is_no_finger_paint(classify):
    result = classify("Acrylic Paint Set 24 Colours for Artists")
    assert result.product_type != "finger_paint", result.basis["product_type"]
    assert result.classes["toy"] is False, result.basis["toy"]


@pytest.mark.parametrize("title", ["LED Finger Beam Lights", "Gavoyeat Halloween Light-Up Rings",
                                   "100 Pack LED Finger Lights Party Favors", "发光戒指 儿童 派对"])
def test_light_up_party_favours_are_toys_with_button_cells(classify, title):
    result = classify(title)
    assert result.product_type == "light_up_favour", result.basis["product_type"]
    expected = (True, True, True, True, True)
    assert classes_of(result, *AUDIENCE, "eee", "battery", "button_cell") == expected, result.basis


@pytest.mark.parametrize(("title", "kind"), [("Sterling Silver Diamond Ring", "jewellery"),
                                              ("18 Inch LED Ring Light with Tripod Stand", None)])
def test_rings_and_ring_lights_are_no_party_favours(classify, title, kind):
    result = classify(title)
    assert result.product_type != "light_up_favour", result.basis["product_type"]
    if kind is not None:
        assert result.product_type == kind, result.basis["product_type"]
    assert result.classes["toy"] is False, result.basis["toy"]


@pytest.mark.parametrize("title", ["12-Pack Destination Holiday Glow Light Stick Bracelets",
                                   "Glow Sticks Bulk 100 Pack",
                                   "Glow Necklaces Party Favors"])
def test_party_glow_sticks_are_toys_without_a_battery(classify, title):
    result = classify(title)
    assert result.product_type == "glow_stick", result.basis["product_type"]
    assert classes_of(result, "toy", "eee", "battery") == (True, False, False), result.basis


def test_emergency_light_sticks_are_no_toys(classify):
    result = classify("Emergency Glow Sticks 12 Hour, Camping Survival")
    assert result.product_type != "glow_stick", result.basis["product_type"]
    assert result.classes["toy"] is False, result.basis["toy"]


# -- 4. an audience word on a chess set ------------------------------------------------------------------------------

@pytest.mark.parametrize("title", ["Zelbuck Children's Chess Games", "Kids Chess Set with Magnetic Board",
                                   "Junior Chess Set"])
def test_a_childrens_chess_game_is_a_childrens_toy(classify, title):
    result = classify(title)
    assert result.product_type == "chess_set", result.basis["product_type"]
    assert classes_of(result, *AUDIENCE) == (True, True), result.basis


@pytest.mark.parametrize("title", ["Magnetic Chess Games", "Wooden Chess Set Handmade"])
def test_a_chess_set_without_an_audience_word_keeps_the_general_reading(classify, title):
    result = classify(title)
    assert classes_of(result, *AUDIENCE) == (False, False), result.basis


# -- 5. reading ------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("title", ["Hydromassage Rotary Jets in Highlife Collection Spas", "Hot Tub Jets, 5 Pack"])
def test_a_spas_jets_are_no_toy_plane(classify, title):
    result = classify(title)
    assert result.product_type != "vehicle_miniature", result.basis["product_type"]
    assert classes_of(result, *AUDIENCE) == (False, False), result.basis


def test_a_fighter_jet_is_still_a_toy_vehicle(classify):
    result = classify("Fighter Jets Toy Set")
    assert result.product_type == "vehicle_miniature", result.basis["product_type"]
    assert result.classes["toy"] is True, result.basis["toy"]


def test_on_top_of_the_lid_is_no_garment(classify):
    result = classify("Mamisan Lidocaine Ointment Containers",
                      description="The ointment comes in an orange container and has the trademark printed on top "
                                  "of the lid.")
    assert result.product_type != "shirt", result.basis["product_type"]
    assert result.classes["textile"] is False, result.basis["textile"]


def test_a_top_is_still_a_garment(classify):
    result = classify("Womens Summer Tops Short Sleeve")
    assert result.product_type == "shirt", result.basis["product_type"]
    assert result.classes["textile"] is True, result.basis["textile"]


# -- 6. apparel and home neighbours ----------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("title", "kind", "textile", "children"),
    [
        ("Girls Gymnastics Leotard Sparkly", "dancewear", True, True),
        ("Womens Ballet Leotard", "dancewear", True, False),
        ("Youth Soccer Cleats", "shoes", True, True),
        ("Cotton Handkerchiefs for Men, 12 Pack", "scarf", True, False),
        ("Toddler Nap Mats for Daycare", "baby_bedding", True, True),
        ("Crib Rail Cover Teething Guard", "baby_bedding", True, True),
        ("Cordless Cellular Shades", "curtain", True, False),
        ("Baby Neck Float for Bath", "swim_aid", False, True),
        ("Infant Swings with Music", "baby_gear", False, True),
        ("Doorway Jumper with Clamp", "baby_gear", False, True),
    ],
)
def test_apparel_and_home_neighbours(classify, title, kind, textile, children):
    result = classify(title)
    assert result.product_type == kind, result.basis["product_type"]
    assert classes_of(result, "textile", "children_12_under") == (textile, children), result.basis


def test_cordless_on_a_shade_is_no_radio(classify):
    result = classify("Cordless Roman Shades, Blackout")
    assert result.product_type == "curtain", result.basis["product_type"]
    assert classes_of(result, "radio", "eee") == (False, False), result.basis


@pytest.mark.parametrize(("title", "kind", "toy"), [("Fitness Trampoline Rebounder for Adults", "fitness_equipment",
                                                    False),
                                                   ("Kids Trampoline with Safety Net", "playground", True)])
def test_a_fitness_trampoline_is_no_toy_but_a_kids_one_is(classify, title, kind, toy):
    result = classify(title)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes["toy"] is toy, result.basis["toy"]


@pytest.mark.parametrize("title", ["Pony Beads 1000 Pack", "Glass Seed Beads for Jewellery Making"])
def test_other_beads_are_not_water_beads(classify, title):
    assert classify(title).product_type != "water_beads"


@pytest.mark.parametrize("title", ["Toy Chests", "Wooden Toy Boxes with Lid"])
def test_a_toy_chest_is_storage_not_a_toy(classify, title):
    result = classify(title)
    assert result.product_type == "storage_organisation", result.basis["product_type"]
    assert result.classes["toy"] is False, result.basis["toy"]


def test_a_toy_in_a_box_is_still_a_toy(classify):
    result = classify("Wooden Toy Cars in a Box")
    assert result.classes["toy"] is True, result.basis["toy"]
