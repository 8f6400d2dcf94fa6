"""The places a notice names things: the company and product of a recall title, brands and roles in
the text, and whether an item is a recall, a policy notice or neither.

Recall notices are written to a pattern: "X Recalls <product> Due to ...", "<product> Recalled Due to
...; Imported by X", "Sold by X" (seller), "Sold exclusively on X" (a retailer: never a brand),
"X-branded", "Brand name: X", "Manufacturer: X", "CPSC Warns Consumers to Stop Using ...", GOV.UK
"Product Recall: ...", "... Sold with <other product>", "This recall involves <product> ...". Texts
are messy (mojibake, cut at 200 characters), so no pattern needs a tail.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from . import text as tx
from . import wordclasses as wc
from .item import CORPORATE_WORDS, RETAILER, Company, FeedItem

#: Words that end a company name inside a product phrase ("... Network Technology Extension Cords").
LEAD_CORPORATE = frozenset(
    "inc llc ltd co corp corporation company technology technologies trading industries industrial "
    "enterprises international intl electronics manufacturing limited gmbh".split()
)
_RECALL_VERBS = (
    r"(?:Recalls?\s+to\s+(?:Repair|Replace)|Reannounces\s+(?:and\s+Expands\s+)?Recall\s+of|"
    r"Reannounces\s+and\s+Expands|Reannounces|Expands\s+Recall\s+of|Expands\s+Recall|Is\s+Recalling|"
    r"Announces\s+Recall\s+of|Recalls|Recall)"
)
_CUT_PRODUCT_RE = re.compile(
    r"\s+(?:Due\s+to|Because|After|Following|Posing|Over\s+(?:Risk|Concerns?)|Sold\s+(?:Exclusively\s+)?"
    r"(?:at|on|by|through|via|in|online|exclusively)|Sold\s+Exclusively|Imported\s+by|Manufactured\s+by|"
    r"Made\s+by|Distributed\s+by|Recalled|Recall\b|Are\s+Being|and\s+Urges)\b.*$",
    re.I,
)
_WITH_RE = re.compile(r"\s+(?:Sold|Included|Packaged|Used|Shipped)\s+(?:with|With)\s+", re.I)
_QUANTITY_RE = re.compile(
    r"^(?:(?:over|about|approximately|nearly|more\s+than|almost|some|an\s+additional|additional)\s+)?"
    r"(?:[\d.,]+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|fifty|hundreds|"
    r"thousands|millions)\s*(?:thousand|million|hundred|k)?\s+(?:units?\s+of\s+)?",
    re.I,
)
_DETERMINER_RE = re.compile(r"^(?:certain|multiple|select|various|all|the|its|their|some|additional)\s+", re.I)
_RECALL_ALERT_RE = re.compile(r"\((?:recall\s+alert|update[d]?|recall\s+update)[^)]*\)?\s*$", re.I)
INVOLVES_RE = re.compile(r"\b(?:This|The)\s+recalls?\s+(?:involves?|includes?|covers?)\s+(?P<p>[^.;:]+)", re.I)
INVOLVES_CUT_RE = re.compile(
    r"\s+(?:sold|that|which|with|in|of|from|manufactured|made|distributed|imported|used|including|"
    r"were|was|are|is|have|has|bearing|labeled|labelled|marked|featuring|measuring|model|models|style|"
    r"item|sku|upc|lot|serial|date|between|through|for)\b.*$|[,(].*$",
    re.I,
)
_BRANDED_RE = re.compile(
    r"(?P<b>(?:[A-Z0-9][\w&'’!.]*[\s-]+){0,3}?[A-Z0-9][\w&'’!.]*)-?\s*(?:branded|brand)\b"
    r"|(?P<c>[A-Z0-9][\w&'’!.]*)-\s+and\s+(?=[A-Z0-9][\w&'’!.]*-branded)",
)
_BRAND_NAME_RE = re.compile(
    r"\b(?:[Bb]rand\s+names?|[Bb]rand\s*:|under\s+the\s+(?:brand|name)(?:\s+names?)?)\s*"
    r"(?::|is|are|of|include|including)?\s+(?P<list>[A-Z0-9][^.;:()]{1,160})",
)
_ROLE_RE = re.compile(
    r"\b(?:(?P<noun>[Mm]anufacturer|[Ii]mporter|[Dd]istributor|[Rr]etailer|[Bb]rand(?:\s+name)?)s?\s*:\s*"
    r"|(?P<verb>[Mm]ade\s+by|[Mm]anufactured\s+by|[Ii]mported\s+by|[Dd]istributed\s+by|[Mm]arketed\s+by|"
    r"[Ss]old\s+(?:[Ee]xclusively\s+)?(?:(?:on|at|through)\s+\S+\s+)?by)\s+)"
    r"(?P<name>[A-Z0-9](?:[^;:()\n.]|\.(?=\w)){1,80})",
)
_SOLD_AT_RE = re.compile(
    r"\b[Ss]old\s+(?:[Ee]xclusively\s+|[Oo]nline\s+)?(?:at|on|through|via|At|On|Through|Via)\s+(?:www\.)?"
    r"(?P<name>[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,3})",
)
_NAME_END_RE = re.compile(
    r"\s+(?:and\s+(?:Sold|sold|Distributed|distributed|Imported|imported)|and\s+at|and\s+on|"
    r"from|for|in|of\s+the|at|on|through|via|between|since|during|under|online|nationwide|exclusively|"
    r"Recall|Alert|Violat\w*|Due)\b.*$|[.,](?!\w).*$|,.*$"
)
_NOT_A_NAME_RE = re.compile(r"^(?:sold|imported|made|manufactured|distributed|exclusively|recalled|recall)\b", re.I)
_ROLE_MAP = {
    "manufacturer": "manufacturer", "made by": "manufacturer", "manufactured by": "manufacturer",
    "importer": "importer", "imported by": "importer", "distributor": "distributor",
    "distributed by": "distributor", "marketed by": "distributor", "retailer": RETAILER, "brand": "brand_name",
    "brand name": "brand_name",
}
_RECALL_RE = re.compile(
    r"\brecall(?:s|ed|ing)?\b|\bwarns?\s+consumers\b|\bstop\s+using\b|\bproduct\s+safety\s+(?:report|alert|warning)"
    r"|\bsafety\s+(?:notice|warning)\b",
    re.I,
)
_POLICY_HOSTS = ("federalregister.gov", "regulations.gov", "legislation.gov.uk", "eur-lex.europa.eu", "hmrc",
                 "gov.uk/government/publications", "gov.uk/guidance", "sellercentral", "sellerforums")
_POLICY_FEED_RE = re.compile(r"register|hmrc|regulation|legislation|policy|guidance|tax|customs|gazette|eur-lex",
                             re.I)
_POLICY_TEXT_RE = re.compile(
    r"\b(?:final\s+rule|proposed\s+rule|interim\s+final|rulemaking|regulations?|directive|statutory\s+instrument|"
    r"notice\s+of|guidance|consultation|amendment|order|act\s+\d{4}|code\s+of\s+federal\s+regulations|cfr)\b",
    re.I,
)


def notice_kind(item: FeedItem, title: str, text: str) -> str:
    """'recall' (a product safety action), 'policy' (a rule, notice or guidance), or 'other'."""
    link = (item.link or "").lower()
    if _RECALL_RE.search(title) or "/recalls/" in link or (not title and _RECALL_RE.search(text[:300])):
        return "recall"
    if any(h in link for h in _POLICY_HOSTS) or _POLICY_FEED_RE.search(item.feed or ""):
        return "policy"
    if _POLICY_TEXT_RE.search(title):
        return "policy"
    if not title and text:
        return "recall"  # structured recall records without a title carry only the product description
    return "other"


def company(name: str, role: str) -> Company | None:
    name = _NAME_END_RE.sub("", name.strip(" .,;:\"'“”")).strip()
    if _NOT_A_NAME_RE.match(name):
        return None
    toks = tuple(tx.words(name))
    if not toks or len(toks) > 7 or all(t in CORPORATE_WORDS or t in wc.STOPWORDS for t in toks):
        return None
    return Company(name, role, toks)


def strip_phrase(phrase: str) -> str:
    """Drop quantities and determiners: "Over 1 Million Certain Steam Cleaners" -> "Steam Cleaners"."""
    phrase = phrase.strip(" ,.;:-")
    for _ in range(3):
        shorter = _DETERMINER_RE.sub("", _QUANTITY_RE.sub("", phrase))
        if shorter == phrase:
            break
        phrase = shorter
    return phrase.strip()


_RECALLS_ANY_CASE = re.compile(r"^(?P<co>.+?)\s+recalls\s+(?P<p>.+)$", re.I)


def _title_product(main: str) -> tuple[str | None, Company | None]:
    """The product phrase of a recall title's main clause, and the recalling company if it names one."""
    m = re.match(rf"^(?P<co>.+?)\s+{_RECALL_VERBS}\s+(?P<p>.+)$", main)
    if m and not re.search(r"\b(?:Recalled|Warns)\b", m.group("co")):
        return m.group("p"), company(m.group("co"), "recaller")
    m = re.match(r"^(?:CPSC\s+)?(?:Warns|Urges)\s+Consumers\s+to\s+(?:Immediately\s+)?Stop\s+Using\s+(?P<p>.+)$",
                 main, re.I)
    if m:
        return m.group("p"), None
    m = re.match(r"^Product\s+(?:Recall|Safety\s+(?:Report|Alert|Warning))s?\s*:\s*(?P<p>.+)$", main, re.I)
    if m:
        return m.group("p"), None
    m = re.match(r"^(?P<p>.+?)\s+(?:Are\s+Being\s+|Being\s+)?Recalled\b(?:\s+by\s+(?P<co>.+?))?"
                 r"(?=\s+Due\s+to|\s+Because|\s+After|\s+Over|\s*$)", main, re.I)
    if m:
        return m.group("p"), company(m.group("co"), "recaller") if m.group("co") else None
    m = _RECALLS_ANY_CASE.match(main)  # "Acme recalls e-bike batteries" (news feeds do not capitalise)
    if m:
        return m.group("p"), company(m.group("co"), "recaller")
    return None, None


_NOTICE_WORD_RE = re.compile(
    r"\s+(?:recall(?:s|ed)?|warning|alert|notice|safety\s+notice|due\s+to|fire\s+hazard|hazard)\b.*$", re.I)


def bare_title_phrase(title: str) -> str | None:
    """A recall title in no known pattern ("Voltaro e-bike battery recall notice 12"): the words before
    the first notice word are the product (with its brand in front)."""
    cut = _NOTICE_WORD_RE.sub("", title).strip()
    return strip_phrase(cut) if cut and cut != title.strip() else None


def title_product_phrases(title: str) -> tuple[list[tuple[str, str]], list[Company]]:
    """Product phrases (text, source) and companies named by a recall title."""
    phrases: list[tuple[str, str]] = []
    clauses = [c.strip() for c in _RECALL_ALERT_RE.sub("", title).strip().split(";") if c.strip()]
    if not clauses:
        return phrases, []
    product, recaller = _title_product(clauses[0])
    if product:
        for i, part in enumerate(_WITH_RE.split(product)):
            part = strip_phrase(_CUT_PRODUCT_RE.sub("", part))
            if part:
                phrases.append((part, "title" if i == 0 else "title_extra"))
    for clause in clauses[1:]:
        m = re.match(r"^(?P<p>.+?)\s+(?:Also|Are\s+Also|Were\s+Also)\s+Recalled\b", clause, re.I)
        if m:
            phrases.append((strip_phrase(m.group("p")), "title_extra"))
    return phrases, [recaller] if recaller else []


def _branded(src: str) -> Iterable[Company]:
    for m in _BRANDED_RE.finditer(src):
        for group in ("b", "c"):
            value = m.group(group)
            if not value:
                continue
            value = re.split(r"\s+(?:and|or|&)\s+", value)[-1]
            value = re.sub(r"^(?:This\s+recall\s+involves|involves|the|certain|all)\s+", "", value, flags=re.I)
            found = company(value, "branded")
            if found and not all(w in wc.STOPWORDS or w in ("recall", "involves") for w in found.tokens):
                yield found


def _roles(src: str) -> Iterable[Company]:
    for m in _BRAND_NAME_RE.finditer(src):
        for value in re.split(r"\s*(?:,|\band\b|\bor\b)\s*", m.group("list")):
            found = company(value, "brand_name")
            if found and len(found.tokens) <= 4:
                yield found
    for m in _ROLE_RE.finditer(src):
        role_word = re.sub(r"\s+", " ", (m.group("noun") or m.group("verb")).lower())
        role = _ROLE_MAP.get(role_word) or ("seller" if role_word.startswith("sold") else "manufacturer")
        for value in re.split(r"\s+(?:and|&)\s+(?=[A-Z])", _NAME_END_RE.sub("", m.group("name"))):
            found = company(value, role)
            if found:
                yield found
    for m in _SOLD_AT_RE.finditer(src):
        found = company(m.group("name"), RETAILER)
        if found:
            yield found


def text_companies(text: str, title: str) -> list[Company]:
    """Companies named in the places notices name them: "-branded", "Brand name:", "Made by", "Sold by/at"."""
    out: list[Company] = []
    for src in (title, text):
        out.extend(_branded(src))
        out.extend(_roles(src))
    return out


def dedupe_companies(companies: Iterable[Company]) -> list[Company]:
    """One entry per name; a name seen as a retailer and as something else keeps the other role."""
    seen: dict[tuple[str, ...], Company] = {}
    for c in companies:
        if c.tokens not in seen or (seen[c.tokens].role == RETAILER and c.role != RETAILER):
            seen[c.tokens] = c
    return list(seen.values())


def lead_company(lead: tuple[str, ...], source: str) -> Company | None:
    """The brand in the words before a product phrase's head.

    A title-less record ("Lumora Lighting LED bulb, ...") starts with its brand; in a "<...> <product>
    Recalled" title, rare leading words (not English words) or words up to a corporate word ("Shenzhen
    Foo Network Technology Extension Cords") are a brand too.
    """
    if source == "record":
        words = list(lead[:4])
        while words and wc.is_descriptor(words[-1]):
            words.pop()
        return company(" ".join(words), "leading") if words else None
    rare = []
    for t in lead:
        if not (t.isalpha() and tx.zipf(t) < tx.COMMON_ZIPF and not wc.is_descriptor(t)):
            break
        rare.append(t)
    corporate = [k for k, t in enumerate(lead) if t in LEAD_CORPORATE]
    if corporate and source == "title" and corporate[-1] >= 1:
        rare = list(lead[:corporate[-1] + 1])
    return company(" ".join(rare), "product_lead") if rare else None
