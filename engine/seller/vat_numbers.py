"""VAT number formats per country, as data, and the `format_valid` check derived from them.

Formats are the structures the EU's VIES service documents for each member state (country prefix,
then the body below; Greece uses the prefix EL, Northern Ireland XI) plus the United Kingdom's
(HMRC: 9 digits, 12 for branch traders, GD/HA for government departments and health authorities).

Only the structure is checked, not check digits: each state has its own algorithm (ISO 7064 for DE,
Luhn for IT, weighted sums for PL/NL/GB...) and a wrong one would reject real numbers. A number
that passes here can still be unknown to the tax office; VIES (EU) and HMRC's API (GB) are the
authorities for that, and a later watcher could query them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: country -> (prefix, body regex, human description of the body)
VAT_FORMATS: dict[str, tuple[str, str, str]] = {
    "AT": ("AT", r"U\d{8}", "U + 8 digits"),
    "BE": ("BE", r"[01]\d{9}", "10 digits starting 0 or 1"),
    "BG": ("BG", r"\d{9,10}", "9 or 10 digits"),
    "CY": ("CY", r"\d{8}[A-Z]", "8 digits + letter"),
    "CZ": ("CZ", r"\d{8,10}", "8 to 10 digits"),
    "DE": ("DE", r"\d{9}", "9 digits"),
    "DK": ("DK", r"\d{8}", "8 digits"),
    "EE": ("EE", r"\d{9}", "9 digits"),
    "GR": ("EL", r"\d{9}", "9 digits (prefix EL)"),
    "ES": ("ES", r"[A-Z]\d{7}[A-Z0-9]|\d{8}[A-Z]", "letter or digit, 7 digits, letter or digit (not all digits)"),
    "FI": ("FI", r"\d{8}", "8 digits"),
    "FR": ("FR", r"[0-9A-HJ-NP-Z]{2}\d{9}", "2-character key + 9-digit SIREN"),
    "HR": ("HR", r"\d{11}", "11 digits"),
    "HU": ("HU", r"\d{8}", "8 digits"),
    "IE": ("IE", r"\d{7}[A-W][A-IW]?|\d[A-Z+*]\d{5}[A-W]", "7 digits + 1-2 letters (or old 8-character form)"),
    "IT": ("IT", r"\d{11}", "11 digits"),
    "LT": ("LT", r"\d{9}|\d{12}", "9 or 12 digits"),
    "LU": ("LU", r"\d{8}", "8 digits"),
    "LV": ("LV", r"\d{11}", "11 digits"),
    "MT": ("MT", r"\d{8}", "8 digits"),
    "NL": ("NL", r"\d{9}B\d{2}", "9 digits + B + 2 digits"),
    "PL": ("PL", r"\d{10}", "10 digits"),
    "PT": ("PT", r"\d{9}", "9 digits"),
    "RO": ("RO", r"[1-9]\d{1,9}", "2 to 10 digits, no leading zero"),
    "SE": ("SE", r"\d{10}01", "12 digits ending 01"),
    "SI": ("SI", r"\d{8}", "8 digits"),
    "SK": ("SK", r"\d{10}", "10 digits"),
    "GB": ("GB", r"\d{9}|\d{12}|GD[0-4]\d{2}|HA[5-9]\d{2}", "9 or 12 digits, or GD/HA + 3 digits"),
    "XI": ("XI", r"\d{9}|\d{12}|GD[0-4]\d{2}|HA[5-9]\d{2}", "9 or 12 digits, or GD/HA + 3 digits"),
}

_COMPILED = {country: re.compile(rf"(?:{body})") for country, (_, body, _) in VAT_FORMATS.items()}
_SEPARATORS = re.compile(r"[\s.\-/]")


@dataclass(frozen=True)
class VatNumberCheck:
    country: str
    number: str  # normalised, with the country prefix when the format is known
    format_valid: bool
    expected_format: str


def normalise(number: str) -> str:
    return _SEPARATORS.sub("", number).upper()


def check_vat_number(country: str, number: str) -> VatNumberCheck:
    """Whether `number` has the structure of a VAT number of `country`.

    The prefix may be omitted ('123456789' for DE); a different country's prefix is invalid.
    Countries with no known format (outside the EU and GB) are reported invalid with that reason.
    """
    text = normalise(number)
    known = VAT_FORMATS.get(country)
    if known is None:
        return VatNumberCheck(country, text, False, f"no VAT number format known for {country}")
    prefix, _, description = known
    expected = f"{prefix} + {description}"
    pattern = _COMPILED[country]
    body = text.removeprefix(prefix) if text.startswith(prefix) else text
    if pattern.fullmatch(body):
        return VatNumberCheck(country, prefix + body, True, expected)
    return VatNumberCheck(country, text, False, expected)
