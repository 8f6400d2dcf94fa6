"""Input schema for catalogs: products, the certificates held for them, and listings.

These pydantic models are the one schema for catalog input, whatever the file format. Values are
normalised here (upper-case country codes, lower-case radio kinds, dates parsed) because
durable-rules compares loosely ("5" == 5) and everything downstream trusts these types.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from pydantic import Field, field_validator, model_validator

from crossguard.engine.markets import KNOWN_MARKETS, country_code
from crossguard.engine.overrides import ClassificationOverride
from crossguard.engine.strict import StrictModel


class Scheme(StrEnum):
    """Conformity schemes a certificate or declaration can belong to."""

    CE = "CE"
    UKCA = "UKCA"
    UKNI = "UKNI"
    FCC_ID = "FCC_ID"
    FCC_SDOC = "FCC_SDOC"
    CPC = "CPC"
    GCC = "GCC"
    PSTI = "PSTI"  # UK PSTI statement of compliance (consumer connectable products)


class Certificate(StrictModel):
    """A declaration of conformity, certificate or grant held for a product."""

    scheme: Scheme
    reference: str | None = None
    issued: date | None = None
    expires: date | None = None
    directives: list[str] = Field(
        default_factory=list,
        description="Legislation covered, as short codes: LVD, EMC, RED, ROHS, TOY, BATT (EU); CYBER: the RED "
        "declaration covers Art. 3(3)(d)-(f) under Delegated Regulation (EU) 2022/30 (EN 18031); the same codes "
        "for the GB equivalents under UKCA; for a CPC the toy standard edition it cites, F963-23.",
    )
    efiled: bool | None = Field(
        None,
        description="US CPC/GCC only: the certificate's data is filed electronically with CBP at entry (CPSC "
        "eFiling, 16 CFR part 1110, mandatory from 2026-07-08). Kept per certificate because a new "
        "certificate version needs its own filing.",
    )
    lab_prohibited: bool | None = Field(
        None,
        description="FCC_ID/FCC_SDOC only: the test lab or TCB behind it is owned, controlled or directed by a "
        "prohibited entity, or lost its FCC recognition for that reason (FCC 25-27, 90 FR 38045).",
    )

    @field_validator("scheme", mode="before")
    @classmethod
    def _scheme_upper(cls, value: object) -> object:
        return value.strip().upper().replace(" ", "_") if isinstance(value, str) else value

    @field_validator("directives", mode="before")
    @classmethod
    def _split_directives(cls, value: object) -> object:
        if isinstance(value, str):
            value = [part for part in value.replace(";", ",").split(",")]
        if isinstance(value, list):
            return [str(part).strip().upper() for part in value if str(part).strip()]
        return value

    @model_validator(mode="after")
    def _dates_in_order(self) -> Certificate:
        if self.issued and self.expires and self.expires < self.issued:
            raise ValueError(f"expires {self.expires} is before issued {self.issued}")
        return self

    def valid_on(self, day: date) -> bool:
        """An expired (or not yet issued) certificate counts as missing."""
        if self.issued and day < self.issued:
            return False
        return not (self.expires and day >= self.expires)


class Battery(StrictModel):
    """A battery in or sold with the product (EU Battery Regulation 2023/1542 categories)."""

    chemistry: str | None = Field(None, description="e.g. lithium-ion, nimh, alkaline")
    category: str | None = Field(None, description="portable, lmt (light means of transport), industrial, ev, sli")
    capacity_wh: float | None = Field(None, ge=0)
    removable: bool | None = Field(None, description="Removable and replaceable by the end user (2023/1542 Art. 11)")
    standalone: bool | None = Field(
        None,
        description="The product is the battery itself (e-bike battery, spare pack, AA cells), not an appliance "
        "containing one: a standalone battery carries its own CE marking and is not EEE.",
    )
    form: str | None = Field(None, description="Cell form: button, coin, cylindrical, pouch, prismatic, pack")
    labelled: bool | None = Field(None, description="Carries the 2023/1542 Art. 13(1) / Annex VI Part A label")
    qr_code: bool | None = Field(None, description="Carries the 2023/1542 Art. 13(6) QR code")
    collection_symbol: bool | None = Field(
        None, description="Carries the separate-collection (crossed-out wheeled bin) symbol, 2023/1542 Annex VI Part B")
    cd_pb_symbol: bool | None = Field(
        None, description="Carries the chemical symbol Cd or Pb (cadmium > 0.002 % or lead > 0.004 %) under the bin")
    child_resistant_packaging: bool | None = Field(
        None, description="US: button/coin cells sold on their own are in packaging tested to 16 CFR 1700.15/1700.20 "
        "(or ANSI C18.3M) (Reese's Law section 3)")
    package_warning: bool | None = Field(
        None, description="US: button/coin cell packaging carries the 16 CFR 1263.4 warning label")

    @field_validator("chemistry", "category", "form", mode="before")
    @classmethod
    def _lower(cls, value: object) -> object:
        return value.strip().lower() if isinstance(value, str) else value


class Charging(StrictModel):
    """How a device charges (EU common charger: Directive (EU) 2022/2380 amending RED)."""

    wired: bool | None = Field(None, description="Rechargeable through a wired port (false: wireless or no charging)")
    port: str | None = Field(None, description="Charging receptacle: usb-c, micro-usb, lightning, barrel, proprietary")
    max_power_w: float | None = Field(None, ge=0, description="Maximum charging power the device draws")
    usb_pd: bool | None = Field(None, description="Supports USB Power Delivery (EN IEC 62680-1-2)")
    charger_included: bool | None = None
    offered_without_charger: bool | None = Field(
        None, description="The same device is also offered without a charger (RED Art. 3a)")
    label: bool | None = Field(
        None, description="Charger pictogram and charging-capability label on the packaging (RED Annex Ia Part II)")

    @field_validator("port", mode="before")
    @classmethod
    def _port(cls, value: object) -> object:
        if isinstance(value, str):
            text = value.strip().lower().replace(" ", "-").replace("_", "-")
            return {"usbc": "usb-c", "type-c": "usb-c", "usb-type-c": "usb-c"}.get(text, text)
        return value


def text_identifier(value: object) -> object:
    """SKUs, GTINs and model numbers are text even when a spreadsheet or YAML made them numbers."""
    if isinstance(value, bool):
        return value  # left for pydantic to refuse: True is not an identifier
    if isinstance(value, int):
        return str(value)
    return value


def hs_code(value: object) -> object:
    """An HS/HTS code as its digits (``8471.30`` and ``8471 30`` are ``847130``); 4 to 10 digits."""
    if isinstance(value, float):
        raise ValueError(f"{value!r} was read as a number and may have lost a digit; quote it ('8471.30')")
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if isinstance(value, str):
        digits = value.replace(".", "").replace(" ", "").strip()
        if not digits.isdigit() or not 4 <= len(digits) <= 10:
            raise ValueError(f"{value!r} is not an HS code (4 to 10 digits, dots and spaces allowed)")
        return digits
    return value


def gtin(value: object) -> object:
    """A GTIN (UPC-A 12, EAN-13, GTIN-14 or EAN-8) as digits; its check digit is verified."""
    value = text_identifier(value)
    if isinstance(value, str):
        digits = value.replace(" ", "").replace("-", "").strip()
        if not digits.isdigit() or len(digits) not in (8, 12, 13, 14):
            raise ValueError(f"{value!r} is not a GTIN (8, 12, 13 or 14 digits)")
        body, check = digits[:-1], int(digits[-1])
        total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
        if (10 - total % 10) % 10 != check:
            raise ValueError(f"{value!r} has a wrong check digit")
        return digits
    return value


class Product(StrictModel):
    """A product as the seller describes it; classification fills gaps from title and category."""

    sku: str = Field(min_length=1)
    title: str = Field(min_length=1)
    brand: str | None = None
    category: str | None = Field(None, description="Category path as the marketplace or shop writes it")
    product_type: str | None = Field(
        None, description="Marketplace product type (Amazon CELLULAR_PHONE, HEADPHONES...) or a crossguard type id")
    hs_code: str | None = Field(None, description="HS / HTS tariff code, 4 to 10 digits (8471.30, 8517.13.00)")
    gtin: str | None = Field(None, description="GTIN: UPC-A, EAN-13, GTIN-14 or EAN-8, check digit verified")
    model: str | None = Field(None, description="Manufacturer's model number")
    description: str | None = None
    bullet_points: list[str] = Field(default_factory=list, description="Feature bullets (CSV: ';'-separated)")
    mains_voltage_v: float | None = Field(None, ge=0, description="Rated supply voltage of the product itself")
    voltage_type: str | None = Field(None, description="AC or DC")
    electronic: bool | None = None
    radio: list[str] | None = Field(None, description="Radio kinds: bluetooth, wifi, nfc, gps, rf, zigbee...")
    battery: Battery | None = None
    age_min_years: float | None = Field(None, ge=0)
    age_max_years: float | None = Field(None, ge=0)
    for_children: bool | None = Field(None, description="Designed or intended for children (toys, childcare)")
    toy: bool | None = Field(
        None,
        description="Designed or intended for play (EU toy sense). Set false for children's goods that are not "
        "toys (kids' clothing, baby bottles): they stay US children's products without becoming EU toys.",
    )
    textile: bool | None = None
    tracking_label: bool | None = Field(
        None, description="US children's product carries permanent tracking information (CPSIA section 103)"
    )
    flammability_exempt: bool | None = Field(
        None,
        description="Garment made entirely of fabrics exempt from testing under 16 CFR 1610.1(d) (plain-surface "
        ">= 2.6 oz/yd2, or only acrylic, modacrylic, nylon, olefin, polyester, wool): CPSC does not enforce "
        "the GCC for such adult apparel.",
    )
    connected: bool | None = Field(
        None, description="Can communicate over the internet, directly or through other equipment (an app, a hub): "
        "EU RED cybersecurity (Delegated Regulation 2022/30), UK PSTI. Unset: derived from radio kinds and keywords.")
    processes_personal_data: bool | None = Field(
        None, description="Processes personal, traffic or location data (RED Art. 3(3)(e) for radio toys)")
    charging: Charging | None = None
    energy_label_group: str | None = Field(
        None, description="EU energy label product group: light_source (Reg. 2019/2015), smartphone_tablet "
        "(Reg. 2023/1669), none. Unset: derived from keywords.")
    eprel_id: str | None = Field(None, description="EPREL registration number of the model (EU energy label)")
    vulnerability_reporting: bool | None = Field(
        None, description="The manufacturer can notify actively exploited vulnerabilities and severe incidents "
        "through ENISA's single reporting platform (Cyber Resilience Act Art. 14)")
    certificates: list[Certificate] = Field(default_factory=list)

    _sku = field_validator("sku", "model", mode="before")(classmethod(lambda cls, v: text_identifier(v)))
    _hs_code = field_validator("hs_code", mode="before")(classmethod(lambda cls, v: hs_code(v)))
    _gtin = field_validator("gtin", mode="before")(classmethod(lambda cls, v: gtin(v)))

    @field_validator("bullet_points", mode="before")
    @classmethod
    def _bullets(cls, value: object) -> object:
        if isinstance(value, str):
            value = value.split(";")
        if isinstance(value, list):
            return [str(item).strip() for item in value if str(item).strip()]
        return value

    @field_validator("energy_label_group", mode="before")
    @classmethod
    def _label_group(cls, value: object) -> object:
        return value.strip().lower().replace("-", "_").replace(" ", "_") if isinstance(value, str) else value

    @field_validator("voltage_type", mode="before")
    @classmethod
    def _voltage_type(cls, value: object) -> object:
        if isinstance(value, str):
            value = value.strip().upper()
            if value not in ("AC", "DC"):
                raise ValueError("must be AC or DC")
        return value

    @field_validator("radio", mode="before")
    @classmethod
    def _split_radio(cls, value: object) -> object:
        if isinstance(value, str):
            value = value.replace(";", ",").split(",")
        if isinstance(value, list):
            return [str(part).strip().lower().replace("-", "") for part in value if str(part).strip()]
        return value


class EconomicOperator(StrictModel):
    """The EU economic operator / responsible person named for a listing (GPSR Art. 16)."""

    name: str | None = None
    role: str | None = Field(None, description="manufacturer, importer, authorised_representative, fulfilment")
    country: str | None = None
    address: str | None = None
    email: str | None = None

    @field_validator("country", mode="before")
    @classmethod
    def _country(cls, value: object) -> object:
        return country_code(value)


class Listing(StrictModel):
    """One offer of a product on one marketplace in one market (country)."""

    sku: str = Field(min_length=1)
    _sku = field_validator("sku", mode="before")(classmethod(lambda cls, v: text_identifier(v)))
    marketplace: str = Field(min_length=1, description="amazon, ebay, shopify...")
    market: str = Field(min_length=2, max_length=2, description="ISO country code of the store: DE, FR, GB, US...")
    manufacturer_name: str | None = None
    manufacturer_address: str | None = None
    manufacturer_country: str | None = None
    manufacturer_email: str | None = Field(None, description="Electronic address of the manufacturer (GPSR Art. 19(a))")
    seller_country: str | None = Field(
        None, description="Country where the business selling this listing is established (UK WEEE: online "
        "marketplaces are producers for non-UK sellers)")
    energy_label_shown: bool | None = Field(
        None, description="The offer shows the EU energy label and product information sheet (distance selling)")
    product_identifier: str | None = Field(None, description="Type, batch or serial number shown on the offer")
    has_image: bool | None = None
    safety_info_languages: list[str] = Field(default_factory=list)
    economic_operator: EconomicOperator | None = None
    epr: dict[str, str] = Field(
        default_factory=dict,
        description="EPR registration numbers by scheme: de_packaging (LUCID), de_weee (WEEE-Reg.-Nr.), "
        "fr_packaging, fr_eee, fr_batteries, fr_textiles, fr_toys... (France: UIN)",
    )

    @field_validator("market", "manufacturer_country", "seller_country", mode="before")
    @classmethod
    def _country(cls, value: object) -> object:
        return country_code(value)

    @field_validator("market")
    @classmethod
    def _known_market(cls, value: str) -> str:
        if value not in KNOWN_MARKETS:
            raise ValueError(f"unknown market {value!r}: use an ISO 3166 country code such as DE, FR, GB, US")
        return value

    @field_validator("marketplace", mode="before")
    @classmethod
    def _lower(cls, value: object) -> object:
        return value.strip().lower() if isinstance(value, str) else value

    @field_validator("safety_info_languages", mode="before")
    @classmethod
    def _languages(cls, value: object) -> object:
        if isinstance(value, str):
            value = value.replace(";", ",").split(",")
        if isinstance(value, list):
            return [str(part).strip().lower() for part in value if str(part).strip()]
        return value

    @field_validator("epr", mode="before")
    @classmethod
    def _epr(cls, value: object) -> object:
        if isinstance(value, dict):
            return {str(k).strip().lower(): str(v).strip() for k, v in value.items() if v not in (None, "")}
        return value


class CatalogEntry(StrictModel):
    """A product with the listings it has; the unit a catalog file holds.

    ``override`` is never read from a catalog file: the register's officers set it (classification
    overrides), and carrying it on the entry makes a changed override re-evaluate the entry.
    """

    product: Product
    listings: list[Listing] = Field(default_factory=list)
    override: ClassificationOverride | None = None

    @model_validator(mode="after")
    def _listings_are_this_products(self) -> CatalogEntry:
        for index, listing in enumerate(self.listings):
            if listing.sku != self.product.sku:
                raise ValueError(f"listings[{index}] has sku {listing.sku!r}, not the product's {self.product.sku!r}")
        return self
