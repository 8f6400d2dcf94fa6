"""Devices named by their line or model, read by title alone (lines50, issue 9).

Marketplaces title phones, laptops and bands by maker, line and model with no kind noun ("Mi Redmi 3S Prime (Gold,
32 GB)", "Sony Xperia Z5 (Gold, 32 GB)", "Fitbit Charge 2"), and Flipkart brackets its laptops' kind and processor
("HP 15-ac121tu (Notebook) (Core i3 (5th Gen)/ 4GB/ 1TB/ Win10)"), which read a paper notebook. Each change is
tested with the look-alikes that must keep their reading: a cover, screen guard, battery, adapter or keyboard that
names the device it fits, a paper notebook, a motorcycle racing toy."""

import pytest

# --- 1. phone lines whose names mean only the phone ------------------------------------------------------------------

@pytest.mark.parametrize("title", [
    "Mi Redmi 3S Prime (Gold, 32 GB)",
    "Redmi Note 4 (Gold, 32 GB) (3 GB RAM)",
    "Xiaomi Redmi 4A (Rose Gold, 16 GB)",
    "Sony Xperia Z5 (Gold, 32 GB)",
    "Microsoft Lumia 640 XL Dual SIM (Black, 8 GB)",
    "Asus Zenfone Max (Black, 32 GB) (2 GB RAM)",
    "Moto G Play, 4th Gen (Black, 16 GB)",
    "Moto E3 Power (Black, 16 GB)",
    "Lenovo Vibe K5 Plus (Dark Grey, 16 GB)",
    "Samsung Galaxy J7 (Gold, 16 GB)",
    "Samsung Galaxy S7 Edge (Gold Platinum, 32 GB)",
    "Samsung Galaxy On7 Pro (Gold, 16 GB)",
    "Samsung Galaxy Grand Prime 4G (White, 8 GB)",
])
def test_a_phone_named_by_its_line_is_the_phone(classify, title):
    result = classify(title)
    assert result.product_type == "smartphone", result.basis["product_type"]
    assert result.classes["radio"] and result.classes["battery"] and result.classes["mains_lv"], result.basis["radio"]


@pytest.mark.parametrize(("title", "kind"), [
    ("Cover for Samsung Galaxy J7", "case_generic"),
    ("Back Cover for Redmi Note 4", "device_case"),
    ("Redmi Note 4 Back Cover (Black)", "device_case"),
    ("Tempered Glass for Redmi Note 4", "screen_protector"),
    ("Xperia Z5 Tempered Glass", "screen_protector"),
    ("Protector Moto E XT1021 Tempered Glass for Motorola Moto E", "screen_protector"),
    ("CASEDEAL Nokia lumia 720 Back Panel", "phone_spare_part"),
    ("Totta Pouch for Sony Xperia M5 Dual", None),
    ("LAIBA Battery - LT30P Lithium Ion Mobile Battery for Sony Xperia-T", "battery_pack"),
    ("Samsung Galaxy Tab A 8.0 (16 GB)", "tablet"),
])
def test_an_accessory_naming_the_phone_keeps_its_kind(classify, title, kind):
    result = classify(title)
    assert result.product_type != "smartphone", result.basis["product_type"]
    if kind is not None:
        assert result.product_type == kind, result.basis["product_type"]


@pytest.mark.parametrize("title", [
    "Jorge Lorenzo Yamaha Moto GP 2012 1/10 Scale",
    "Moto Guzzi Breva 1100 Diecast Model Motorbike",
    "Kid Galaxy Soft Body RC Car",
])
def test_no_phone_in_motorcycles_or_a_toy_maker(classify, title):
    assert classify(title).product_type != "smartphone"


# --- 2. laptop lines and Flipkart's bracketed notebooks ---------------------------------------------------------------

@pytest.mark.parametrize("title", [
    "HP 15-ac121tu (Notebook) (Core i3 (5th Gen)/ 4GB/ 1TB/ Win10) (N8M17PA)",
    "HP 15-ac123TU (Notebook) (Core i3 5th Gen/4 GB/1 TB/Free DOS)",
    "Acer Aspire E5-573 (Notebook) (Core i5 5th Gen/ 4GB/ 1TB/ Linux) (NX.MVHSI.004)",
    "HP 14-ac0XXTU (Notebook) (Celeron Dual Core/ 4GB/ 500GB/ Free DOS)",
    "Lenovo G50-80 80E502UQIN Notebook (5th Gen Intel Core i3- 4GB RAM- 1TB HDD- 39.62cm(15.6)- Win 10) (Black)",
    "Dell Inspiron 3558 Notebook (5th Gen Ci3/ 4GB/ 1TB/ Ubuntu)",
    "Lenovo Ideapad 100 (80QQ01B9IH) Notebook (Core i3 5th Gen/ 4GB/ 1TB/ Win10)",
    "Lenovo Thinkpad E460 (20ETA05FIG) Business Laptop",
    "Dell Vostro 3558 (Black)",
    "Asus Zenbook UX305CA",
    "Lenovo ThinkPad X1 Carbon 4th Gen",
])
def test_a_laptop_named_by_its_line_or_bracketed_notebook_is_the_laptop(classify, title):
    result = classify(title)
    assert result.product_type == "laptop", result.basis["product_type"]
    assert result.classes["radio"] and result.classes["battery"] and result.classes["mains_lv"], result.basis["radio"]


@pytest.mark.parametrize(("title", "kind"), [
    ("Spiral Notebook (A5, Ruled)", "notebook"),
    ("Classmate Notebook (Single Line) (172 Pages)", "notebook"),
    ("Navneet Youva Notebook (Unruled, 160 Pages) (Pack of 6)", "notebook"),
    ("Notebook Sleeve for Laptop 15.6 inch", None),
    ("Lapguard Lenovo ThinkPad L420 Replacement 6 Cell Laptop Battery", "battery_pack"),
    ("Lapguard Dell Inspiron 1525 Replacement 6 Cell Laptop Battery", "battery_pack"),
    ("Lapguard Acer Aspire 7535Gzm-82_90 90 Adapter", "power_adapter"),
    ("Lenovo ThinkPad Compact USB Keyboard with TrackPoint", "computer_keyboard"),
])
def test_a_paper_notebook_or_a_laptops_accessory_is_no_laptop(classify, title, kind):
    result = classify(title)
    assert result.product_type != "laptop", result.basis["product_type"]
    if kind is not None:
        assert result.product_type == kind, result.basis["product_type"]


@pytest.mark.parametrize("title", [
    "Intel Core i3 6100 Processor",
    "Intel Core i5-7400 3.0GHz LGA1151",
    "AMD Ryzen 7 2700X 8-Core 3.7 GHz AM4",
    "Intel Pentium G4560 Dual Core",
])
def test_a_processor_named_by_its_line_is_a_processor(classify, title):
    result = classify(title)
    assert result.product_type == "processor", result.basis["product_type"]
    assert result.classes["eee"] and not result.classes["battery"] and not result.classes["mains_lv"]


@pytest.mark.parametrize(("title", "kind"), [
    ("Lenovo Ideapad 320 Laptop Intel Core i5 8GB 1TB", "laptop"),
    ("HP - 15.6\" Laptop - Intel Core i3 - 4GB Memory - 750GB Hard Drive - Black Licorice", "laptop"),
    ("Dell Optiplex Desktop PC Intel Core i5 8GB", "desktop_computer"),
])
def test_a_processor_after_a_device_is_its_specification(classify, title, kind):
    assert classify(title).product_type == kind


# --- 3. band and tracker lines ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("title", ["Mi Band 2", "Fitbit Charge 2 (Black, Large)", "Fitbit Alta HR Black Small"])
def test_a_band_named_by_its_line_is_a_fitness_tracker(classify, title):
    result = classify(title)
    assert result.product_type == "fitness_tracker", result.basis["product_type"]
    assert result.classes["radio"] and result.classes["battery"]


@pytest.mark.parametrize("title", ["Fitbit Charge 2 Replacement Band", "Mi Band 2 Strap Replacement",
                                   "Screen Protector for Fitbit Charge 2"])
def test_a_strap_or_guard_for_a_band_is_no_tracker(classify, title):
    result = classify(title)
    assert result.product_type != "fitness_tracker", result.basis["product_type"]
    assert not result.classes["radio"]


# --- 4. a device after "for" and its maker's name is what the product is for -----------------------------------------

@pytest.mark.parametrize("title", [
    "Total Care TCMTZC1FB Matte Front & Back Protector for Sony Xperia Z1 Compact",
    "Back Protector for Apple iPhone 6",
    "Guard for Samsung Galaxy J7",
    "Protector for Lenovo Thinkpad T420",
])
def test_a_device_after_for_and_its_maker_names_no_product(classify, title):
    result = classify(title)
    assert result.product_type not in ("smartphone", "laptop"), result.basis["product_type"]
    assert not result.classes["radio"] and not result.classes["battery"], result.basis["radio"]


@pytest.mark.parametrize(("title", "kind"), [
    ("Perfect for Kids Tablet", "tablet"),
    ("Ideal for Gaming Laptop 15.6 inch", "laptop"),
])
def test_a_device_after_an_audience_word_is_still_the_product(classify, title, kind):
    assert classify(title).product_type == kind


# --- 5. a phone's memory bracket is no memory module ----------------------------------------------------------------

@pytest.mark.parametrize("title", [
    "Lava Iris X8 (Black, 16 GB) (2 GB RAM)",
    "Coolpad Note 3 Lite (Gold, 16 GB) (3 GB RAM)",
    "Lenovo Tab3 7 Essential (16 GB, 1.5 GB RAM)",
    "Micromax Canvas 6 (Silver, 32 GB) (3 GB RAM)",
])
def test_a_device_named_by_model_with_a_memory_bracket_is_the_device(classify, title):
    result = classify(title)
    assert result.product_type == "smartphone", result.basis["product_type"]
    assert result.classes["radio"] and result.classes["battery"], result.basis["radio"]


@pytest.mark.parametrize("title", [
    "Kingston 4 GB RAM DDR3",
    "Hynix 2 GB RAM",
    "Transcend 4 GB RAM (DDR3)",
    "Crucial (4 GB RAM) DDR3 Laptop Memory",
    "(4 GB RAM) Kingston",
])
def test_a_memory_module_stays_a_component(classify, title):
    result = classify(title)
    assert result.product_type == "computer_component", result.basis["product_type"]
    assert not result.classes["radio"]


# --- 6. networking makers' wireless series by their model letters -----------------------------------------------------

@pytest.mark.parametrize(("title", "brand"), [
    ("Tenda W308R", "Tenda"),
    ("Tenda TE-W368R", "Tenda"),
    ("Tenda N60", "Tenda"),
    ("Tenda F300", "Tenda"),
    ("Tenda FH330", "Tenda"),
    ("Comfast CF-WR500N", "Comfast"),
    ("Edimax AR-7286WNA", "Edimax"),
    ("Netgear WNR614", "Netgear"),
    ("Zyxel NBG4615", "Zyxel"),
    ("Digisol DG-BG4100N", "Digisol"),
    ("TP-LINK D9 AC1900", "TP-LINK"),
])
def test_a_wireless_series_model_is_radio(classify, title, brand):
    result = classify(title, brand=brand)
    assert result.product_type == "network_equipment", result.basis["product_type"]
    assert result.classes["radio"] and result.classes["mains_lv"], result.basis["radio"]


@pytest.mark.parametrize(("title", "brand"), [
    ("Tenda TE-D820R", "Tenda"),
    ("Zyxel PLA-4205", "Zyxel"),
    ("D-Link DSL-2520U", "D-Link"),
    ("TP-Link TL-SG1008D", "TP-Link"),
    ("Tenda TE-PW201A", "Tenda"),
    ("Zyxel p-661h-d1", "Zyxel"),
    ("Ubiquiti POE-24-24W-G", "Ubiquiti"),
    ("Fortinet FortiGate 40F", "Fortinet"),
])
def test_a_wired_model_stays_without_radio(classify, title, brand):
    result = classify(title, brand=brand)
    assert not result.classes["radio"], result.basis["radio"]


@pytest.mark.parametrize("title", ["Series A Vol. 2 (Hardcover)", "Type F Plug Adapter", "W Magazine April Issue"])
def test_the_letters_say_nothing_outside_networking_gear(classify, title):
    assert not classify(title).classes["radio"]
