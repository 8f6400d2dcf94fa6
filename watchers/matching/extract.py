"""What a feed item is about: product phrases with their head types, companies, hazards, model
numbers, GTINs, markets and dates (see `notice` for the places a notice names things)."""

from __future__ import annotations

import re

from . import text as tx
from . import wordclasses as wc
from .codes import ModelNumber, find_codes, find_gtins
from .facts import find_dates, find_hazards, find_markets, parse_published
from .item import RETAILER, Company, Extraction, FeedItem, Phrase
from .notice import (
    INVOLVES_CUT_RE,
    INVOLVES_RE,
    bare_title_phrase,
    dedupe_companies,
    lead_company,
    notice_kind,
    strip_phrase,
    text_companies,
    title_product_phrases,
)
from .types import VocabularyTypes, analyse


def extract(item: FeedItem, types: VocabularyTypes, kind: str | None = None) -> Extraction:
    """Everything the matcher needs from one feed item. ``kind``: the feed says what it publishes."""
    title, text = tx.clean(item.title), tx.clean(item.text)
    ex = Extraction(item=item, kind=kind or notice_kind(item, title, text), title=title, text=text)
    ex.published = parse_published(item.published)
    ex.title_tokens = tx.words(title)
    ex.tokens = tx.words(ex.full)
    raw, companies = _raw_phrases(title, text, types)
    companies += text_companies(text, title)
    companies += _lead_companies(raw, bool(title), types)
    ex.companies = dedupe_companies(companies)
    ex.phrases = _phrases(raw, ex.companies, types)
    ex.types = types.find(ex.full)
    ex.hazards = find_hazards(ex.full)
    ex.gtins = find_gtins(ex.full)
    ex.models = _models(title, text, set(ex.gtins))
    ex.markets = find_markets(item.link, item.feed, ex.full)
    ex.dates = find_dates(ex.full)
    phrase_stems = {s for p in ex.phrases for s in tx.stems(p.sig.text.split())}
    ex.audience = wc.audience(phrase_stems) or wc.audience(set(tx.stems(ex.title_tokens)))
    ex.description_stems = _description_stems(ex)
    ex.line_tokens = _line_tokens(ex)
    # words the recall uses to single out its variant ("heated" socks, "mermaid" costume, a product line)
    ex.variant_words = set(ex.line_tokens) | {p.sig.modifier for p in ex.phrases
                                              if p.sig.modifier and not p.sig.modifier_soft}
    return ex


def _raw_phrases(title: str, text: str, types: VocabularyTypes) -> tuple[list[tuple[str, str]], list[Company]]:
    phrases: list[tuple[str, str]] = []
    companies: list[Company] = []
    if title:
        phrases, companies = title_product_phrases(title)
        bare = None if phrases else bare_title_phrase(title)
        if bare:
            phrases.append((bare, "title"))
    m = INVOLVES_RE.search(text)
    if m:
        involved = strip_phrase(INVOLVES_CUT_RE.sub("", m.group("p")))
        if involved:
            phrases.append((involved, "text"))
    if not title and text:
        # structured records: "Brand product, model, other product, ..." - the first part and every part
        # the vocabulary recognises are products
        parts = [s.strip() for s in re.split(r"[,;]", text) if s.strip()]
        for i, part in enumerate(parts[:8]):
            if i == 0 or types.spans(tx.words(part)):
                phrases.append((strip_phrase(part), "record"))
    return phrases, companies


def _phrase(text: str, source: str, types: VocabularyTypes, names: set[str]) -> Phrase | None:
    segs = tx.segments(text)
    if not segs:
        return None
    toks = segs[0]
    st = tx.stems(toks)
    sig = analyse(toks, types, names=names, stems=st)
    if sig is None:
        return None
    head_pos = next((j for j in range(len(st) - 1, -1, -1) if st[j] == sig.head), len(toks) - 1)
    lead_end = head_pos - len(sig.head_terms) + 1
    return Phrase(sig, source, tuple(toks[:max(lead_end, 0)]))


def _lead_companies(raw: list[tuple[str, str]], has_title: bool, types: VocabularyTypes) -> list[Company]:
    """Brands in the words before the first product phrases (see `notice.lead_company`)."""
    out = []
    for p_text, source in raw[:2] if has_title else raw[:1]:
        phrase = _phrase(p_text, source, types, set())
        found = lead_company(phrase.lead, source) if phrase is not None else None
        if found:
            out.append(found)
    return out


def _phrases(raw: list[tuple[str, str]], companies: list[Company], types: VocabularyTypes) -> list[Phrase]:
    names = {t for c in companies for t in c.tokens if c.role != RETAILER}
    out: list[Phrase] = []
    for p_text, source in raw:
        # "Zorb and Qix-branded ATX Computer Power Supplies": conjuncts without a product of their own are
        # names; "Power Banks and Wireless Charging Stands" are two products
        conjuncts = [c for c in re.split(r"\s+(?:and|or)\s+|\s*/\s*", p_text) if c.strip()]
        split = []
        if len(conjuncts) > 1:
            for part in conjuncts:
                phrase = _phrase(part, source, types, names)
                if phrase and (phrase.sig.types or tx.zipf(phrase.sig.head) >= tx.COMMON_ZIPF) \
                        and phrase.sig.head not in names:
                    split.append(phrase)
        if split:
            out.extend(split)
            continue
        phrase = _phrase(p_text, source, types, names)
        if phrase:
            out.append(phrase)
    company_stems = {tx.stem(t) for c in companies for t in c.tokens}
    unique: dict[tuple, Phrase] = {}
    for p in out:  # a phrase whose head is a company name ("Zorb" in "Zorb and Qix ...") is no product
        if p.sig.types or p.sig.head not in company_stems:
            unique.setdefault((p.sig.types, p.sig.head, p.sig.modifier, p.lead), p)
    return list(unique.values())


def _models(title: str, text: str, gtins: set[str]) -> list[ModelNumber]:
    found: dict[str, ModelNumber] = {}
    for mn in find_codes(title, "title") + find_codes(text, "text"):
        if mn.norm not in found or (mn.context and not found[mn.norm].context):
            found[mn.norm] = mn
    return [mn for mn in found.values() if mn.norm.zfill(14) not in gtins]


def _description_stems(ex: Extraction) -> set[str]:
    """Words that describe the recalled product, for comparing a SKU title with the description."""
    tokens: list[str] = [t for p in ex.phrases for t in p.sig.text.split()]
    involved = INVOLVES_RE.search(ex.text)
    if involved:
        tokens += tx.words(involved.group("p"))
    elif not ex.title:
        tokens += tx.words(ex.text)
    company_stems = {tx.stem(t) for t in ex.company_tokens}
    return {tx.stem(t) for t in tokens if t.isalpha() and len(t) > 2 and not wc.is_descriptor(t)} - company_stems


def _line_tokens(ex: Extraction) -> set[str]:
    """Product-line names: rare words of the product phrases (or of a record) that are not the company."""
    company_squash = {"".join(c.tokens) for c in ex.companies}
    type_stems = {t for p in ex.phrases for t in p.sig.head_terms}
    makers = {t for c in ex.companies for t in c.tokens if c.role not in ("product_lead", "leading")}

    def is_line(t: str, exclude_makers: bool = True) -> bool:
        return (t.isalpha() and len(t) >= 4 and (not exclude_makers or t not in makers)
                and t not in company_squash and tx.zipf(t) < tx.COMMON_ZIPF and tx.stem(t) not in type_stems)

    out = {tx.stem(t) for p in ex.phrases for t in p.lead + tuple(p.sig.text.split()) if is_line(t)}
    if not ex.title and ex.text:  # a record lists its products' names and models
        out |= {tx.stem(t) for t in tx.words(ex.text) if is_line(t)}
    return out
