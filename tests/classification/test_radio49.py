"""What is called radio and is not (radio49, issue 9), read from an audit of the catalogs' radio calls: a part, tool or
screws filed on a radio-control model's shelf, a drone's landing feet and a helicopter's tail tube, a TV cabinet on a
"TV & Entertainment Units" shelf, an inflatable boom box, a toy "learning iPad", and a device named only as what the
product is for ("Book Case for iPad"). Each rule with cases that change and look-alikes that must not."""

import pytest

RC_COPTERS = "Hobbies > Remote Controlled Devices > Helicopters & Quadcopters"
RC_PARTS = "Hobbies > Remote Controlled Devices > Parts & Accessories"
RC_TOYS_FK = "Toys & School Supplies >> Remote Control Toys >> Syma Remote Control Toys"
TV_UNITS = "Furniture >> Living Room Furniture >> TV & Entertainment Units >> Stellar TV & Entertainment Units"
TELEVISIONS = "Home Entertainment >> Televisions >> Samsung Televisions"


# --- 1. a part, tool or hardware on a radio-control model's shelf is that thing ---------------------------------------

@pytest.mark.parametrize(("title", "category", "product_type"), [
    ("JR PROPO Servo Mounting Screws", RC_COPTERS, "hardware"),
    ("Tenflyer Waltzmart RC Helicopter Plane Tool Kit Remove Ball Link Plier", RC_COPTERS, "hand_tool"),
    ("FPV ND16 Filter 1 Pc for DJI Phantom 3 Professional / Advanced Quadcopter Camera", RC_COPTERS, "spare_part"),
    ("Hex Key Tool Kit for RC Cars", RC_TOYS_FK, "hand_tool"),
])
def test_a_part_or_tool_on_an_rc_models_shelf_has_no_radio(classify, title, category, product_type):
    result = classify(title, category=category)
    assert result.product_type == product_type, result.basis["product_type"]
    assert result.classes["radio"] is False, result.basis["radio"]
    assert result.classes["battery"] is False, result.basis["battery"]


@pytest.mark.parametrize(("title", "category"), [
    ("Jamara E-Rix 150 3D Helicopter", RC_COPTERS),
    ("Syma X5C Quadcopter with Spare Propellers", RC_COPTERS),  # the propellers come with the drone
    ("Blade Nano Qx Bnf", RC_COPTERS),
    ("Syma X5 Quadcopter", RC_TOYS_FK),
])
def test_the_model_on_its_shelf_keeps_its_radio(classify, title, category):
    result = classify(title, category=category)
    assert result.classes["radio"] is True, result.basis["radio"]


@pytest.mark.parametrize(("title", "category", "product_type"), [
    ("Rope Ladder 200cm", "Sports Toys & Outdoor > Climbing Frames", "playground"),
    ("Toy Tool Set Workbench Kids Workshop Toolbench", "Dolls & Accessories > Playsets", "playset"),
])
def test_a_tool_word_on_a_toy_shelf_is_still_left_to_the_shelf(classify, title, category, product_type):
    result = classify(title, category=category)
    assert result.product_type == product_type, result.basis["product_type"]
    assert result.classes["toy"] is True


# --- 2. a drone's landing feet and a helicopter's tail tube are airframe parts ----------------------------------------

@pytest.mark.parametrize(("title", "category"), [
    ("Parrot Bebop Drone Feet Pack", RC_PARTS),
    ("Parrot Bebop Drone Feet Pack", None),
    ("Replacement Landing Feet for DJI Phantom", None),
    ("9053 PARTS NOSE TAIL TUBE FIXED SET 9053-21 VOLITATION DOUBLE HORSE HELICOPTER", RC_COPTERS),
    ("WLtoys V911 Tail Boom Set RC Helicopter", None),
])
def test_landing_feet_and_tail_tubes_are_airframe_parts(classify, title, category):
    result = classify(title, category=category)
    assert result.product_type == "rc_airframe_part", result.basis["product_type"]
    assert result.classes["radio"] is False, result.basis["radio"]


@pytest.mark.parametrize("title", ["Parrot Bebop Drone 2 (White)", "DJI Phantom 3 Professional Quadcopter Drone"])
def test_the_drone_itself_is_still_a_drone(classify, title):
    result = classify(title, category=RC_COPTERS)
    assert result.classes["radio"] is True, result.basis["radio"]


# --- 3. a TV cabinet on the "TV & Entertainment Units" shelf is furniture ---------------------------------------------

@pytest.mark.parametrize(("title", "category"), [
    ("Stellar Engineered Wood Entertainment Unit", TV_UNITS),
    ("Stellar Engineered Wood Entertainment Unit", None),
    ("Home Centre Sheesham Wood TV Unit", TV_UNITS),
    ("Walker Edison 58 inch Entertainment Center", None),
])
def test_a_tv_cabinet_is_furniture(classify, title, category):
    result = classify(title, category=category)
    assert result.product_type == "furniture", result.basis["product_type"]
    assert result.classes["radio"] is False, result.basis["radio"]
    assert result.classes["mains_lv"] is False, result.basis["mains_lv"]


@pytest.mark.parametrize(("title", "category"), [
    ("Samsung 32 inch LED TV", TELEVISIONS),
    ("Samsung 32 inch LED TV", None),
    ("小米 55英寸 智能电视", None),
])
def test_a_television_is_still_radio(classify, title, category):
    result = classify(title, category=category)
    assert result.product_type == "television", result.basis["product_type"]
    assert result.classes["radio"] is True, result.basis["radio"]


# --- 4. an inflatable or toy boom box (two words) has no tuner --------------------------------------------------------

@pytest.mark.parametrize("title", [
    "Party Inflatable Boom Box (44cm x 38cm)",
    "Toy Boom Box with Lights and Sounds",
    "80s Boom Box Prop for Fancy Dress",
])
def test_a_prop_boom_box_has_no_radio(classify, title):
    result = classify(title)
    assert result.classes["radio"] is False, result.basis["radio"]


@pytest.mark.parametrize("title", ["Sony Boom Box with CD and FM Radio", "Portable Boombox Bluetooth Speaker"])
def test_a_real_boom_box_has_its_radio(classify, title):
    result = classify(title)
    assert result.classes["radio"] is True, result.basis["radio"]


# --- 5. a toy "learning iPad" is an electronic toy --------------------------------------------------------------------

@pytest.mark.parametrize("title", [
    "Wishkey 4D printing Talking Tom Learning Ipad for kids",
    "Kids Toy Tablet with Music and Lights",
    "Toy iPad for Toddlers ABC Learning",
])
def test_a_toy_tablet_is_an_electronic_toy(classify, title):
    result = classify(title)
    assert result.product_type == "electronic_toy", result.basis["product_type"]
    assert result.classes["radio"] is False, result.basis["radio"]
    assert result.classes["toy"] is True


@pytest.mark.parametrize("title", ["Apple iPad Air with Wi-Fi 16GB Space Gray", "Samsung Galaxy Tab 4 10.1 16GB",
                                   "Amazon Fire Kids Edition Tablet 7 inch", "华为 平板电脑 10英寸"])
def test_a_real_tablet_keeps_its_radio(classify, title):
    result = classify(title)
    assert result.product_type == "tablet", result.basis["product_type"]
    assert result.classes["radio"] is True, result.basis["radio"]


# --- 6. a device named right after "for" is what the product is for ---------------------------------------------------

@pytest.mark.parametrize("title", [
    "Bling Book Case for iPad 2 / 3",
    "X Doria Book Case for iPad / 2",
    "Bajya Anti EMR Eco Chip Radiation Protector for Laptop Anti-Radiation Chip",
    "Auto Power Gold Butyl Auto Tube 3 Wheeler For E-Bike",
])
def test_a_device_right_after_for_is_not_the_product(classify, title):
    result = classify(title)
    assert result.product_type is None, result.basis["product_type"]
    assert result.classes["radio"] is False, result.basis["radio"]


@pytest.mark.parametrize(("title", "product_type"), [
    ("AW High Power Usb for Iphone 6 Plus Lightning Cable", "charging_cable"),
    ("Storite Mini Flexible For PC, Laptop, Power Bank, Ebook Reading UL 04 USB Led Light", "usb_light"),
    ("eGizmos Micro Charging with Flexible for Computer & Mobile Notebook Laptop PC, Energy Saving Portable USB Led "
     "Light", "usb_light"),
])
def test_the_product_named_after_what_it_is_for(classify, title, product_type):
    result = classify(title)
    assert result.product_type == product_type, result.basis["product_type"]
    assert result.classes["radio"] is False, result.basis["radio"]


@pytest.mark.parametrize(("title", "product_type", "radio"), [
    ("Trak N Tell INTELLI7 For Maruti Celerio Car Tracking System", "gps_tracker", True),
    ("For iPhone 15 Case", "case_generic", False),
    ("Generix OTG for Lenovo K3 OTG Cable", "charging_cable", False),
    ("Lexel Braided Fast Charging 1.5 Meter Long for Iphone & Ipad Lightning Cable", "charging_cable", False),
    ("Xtreme MB Windtone For Bajaj Pulsar 110 dB Vehicle Horn", "vehicle_horn", False),
    ("Bruder 03300 Frontloader for Tractor Series No. 03000", "vehicle_miniature", False),  # no device: kept
    ("Apple iPad Air 2 Wi-Fi 64GB", "tablet", True),
    # "compatible" opens a target; the answering machine is in its "with" part: the phone stays the product
    ("Hearing Aid Compatible Amplified Cordless Phone with Answering Machine", "cordless_phone", True),
    # after an audience or a postpositive "compatible" the device is the product
    ("Hearing Aid Compatible Cordless Phone", "cordless_phone", True),
    ("Alexa Compatible Smart Plug", "smart_plug", True),
    ("Perfect for Kids Tablet 7 inch Android", "tablet", True),
    ("Case Compatible with iPad Air 2", "case_generic", False),
    ("Dell Inspiron 15 Laptop for Students", "laptop", True),
])
def test_what_a_title_names_after_for_otherwise_stands(classify, title, product_type, radio):
    result = classify(title)
    assert result.product_type == product_type, result.basis["product_type"]
    assert result.classes["radio"] is radio, result.basis["radio"]


# --- 7. a thing "for" a radio-control model filed on the model's shelf is that thing ---------------------------------

@pytest.mark.parametrize(("title", "product_type"), [
    ("CAMERA Video/Still for ARES ETHOS QX 130 Quadcopter", "camera"),
    ("Decoration Night Flight Light Strap LED Strip for DJI Phantom 3 Professional / Advanced Quadcopter - Blue",
     "led_strip"),
])
def test_a_thing_for_a_model_on_its_shelf_has_no_radio_of_the_models(classify, title, product_type):
    result = classify(title, category=RC_COPTERS)
    assert result.product_type == product_type, result.basis["product_type"]
    assert result.classes["radio"] is False, result.basis["radio"]


@pytest.mark.parametrize("title", [
    "Syma X5C Quadcopter for Kids with Camera",  # the target names no model: the shelf's drone
    "JJRC H8 Mini RC Quadcopter with Camera for Beginners",
    "Walkera QR Y100 Hexacopter Drone with DEVO 4 Transmitter",
])
def test_a_model_on_its_shelf_with_for_or_with_keeps_its_radio(classify, title):
    result = classify(title, category=RC_COPTERS)
    assert result.classes["radio"] is True, result.basis["radio"]


def test_a_camera_for_a_drone_off_the_shelf_is_a_camera_as_before(classify):
    result = classify("Camera for ARES ETHOS QX 130 Quadcopter", category="Electronics > Cameras & Photo > Cameras")
    assert result.product_type == "camera", result.basis["product_type"]


# --- the audience splitters are data (reading.audience_splitters), each one of the target splitters ------------------

def test_an_audience_splitter_that_is_no_target_splitter_is_refused(tmp_path):
    from crossguard.engine.classification import DEFAULT_TYPES, VocabularyError
    from crossguard.engine.classification.vocabulary import load_vocabulary_from_sources

    shipped = load_vocabulary_from_sources(DEFAULT_TYPES)
    assert "perfect for" in shipped.audience_splitters and "perfect for" in shipped.target_splitters
    types = tmp_path / "product_types.yaml"
    text = DEFAULT_TYPES.read_text(encoding="utf-8")
    types.write_text(text.replace("audience_splitters: [ideal for,", "audience_splitters: [best for, ideal for,", 1),
                     encoding="utf-8")
    with pytest.raises(VocabularyError, match="'best for' is not one of reading.target_splitters"):
        load_vocabulary_from_sources(types)


def test_without_audience_splitters_a_device_after_perfect_for_is_only_what_it_is_for(tmp_path):
    # the data decides: with the list emptied, "Perfect for Kids Tablet" names the tablet only as a target
    from crossguard.engine.classification import DEFAULT_TYPES, Classifier
    from crossguard.engine.classification.vocabulary import load_vocabulary_from_sources

    types = tmp_path / "product_types.yaml"
    text = DEFAULT_TYPES.read_text(encoding="utf-8")
    start = text.index("  audience_splitters: [")
    end = text.index("]\n", start) + 2
    types.write_text(text[:start] + "  audience_splitters: []\n" + text[end:], encoding="utf-8")
    classifier = Classifier(load_vocabulary_from_sources(types))
    result = classifier.shared_result("Perfect for Kids Tablet 7 inch Android", None)
    assert result.product_type != "tablet", result.basis
