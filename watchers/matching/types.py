"""Product types from the classifier's vocabulary, read head-noun first.

The product types are the ones `crossguard classify` uses (rules/product_types.yaml, one Aho-Corasick
automaton, `Classifier.find_types`); this module adds what matching needs on top:

- a phrase's *head* type: the right-most mention, skipping generic class words ("Drawing Tablet *Toy*"
  is a writing tablet) and packaging ("Hair Growth Serum *Bottles*" is a serum), and the head noun
  itself when the vocabulary knows nothing ("Rock 'n Glide *Soothers*");
- the ordinary word right before the head, a *qualifier* a matching product has to carry too
  ("**heated** socks", "**stick** figure"), and any word there as the product's own *variant*;
- relations from the vocabulary's data: `parent` (an item about chargers concerns wireless chargers)
  and `lumped` (chairs and tables are both furniture, so the head noun must agree as well).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from crossguard.engine.classification import Classifier as TypeClassifier
from crossguard.engine.classification import normalise
from crossguard.engine.classification.vocabulary import ancestors

from . import text as tx
from . import wordclasses as wc


@dataclass(frozen=True, slots=True)
class TypeInfo:
    """What matching needs to know about one vocabulary type."""

    id: str
    label: str
    generic: bool  # "toys", "clothing": a kind of kinds, never names SKUs without a brand
    accessory: bool  # a case, a charger, a mount, "parts": serves another product
    electrical: bool
    children: bool
    toy: bool
    garment: bool
    lumped: bool
    general: frozenset[tuple[str, ...]]  # stems of the phrases naming every kind of a lumped type
    ancestors: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Span:
    """A type mention over token positions [start, end)."""

    start: int
    end: int
    type_id: str


def _info(classifier: TypeClassifier, type_id: str) -> TypeInfo:
    vocab = classifier.vocab
    t = vocab.types[type_id]

    def fact(name: str) -> bool:
        value = t.facts.get(name)
        return bool(value and value[0])

    label = next((s for s in t.synonyms if s.isascii()), type_id.replace("_", " "))
    return TypeInfo(
        id=type_id, label=label, generic=t.role == "generic",
        accessory=t.role in ("accessory", "generic_accessory"), electrical=fact("eee") or fact("battery"),
        children=fact("toy") or fact("children_12_under"), toy=fact("toy"),
        garment=fact("apparel"), lumped=t.lumped,
        general=frozenset(tuple(tx.stems(tx.words(phrase))) for phrase in t.general),
        ancestors=ancestors(vocab, type_id),
    )


class VocabularyTypes:
    """The classifier's vocabulary as token spans: `find_types` over folded tokens, overlaps resolved
    head-final (in "kids bike helmets" the helmet wins over the kids' bike)."""

    def __init__(self, classifier: TypeClassifier) -> None:
        self.classifier = classifier
        self.info: dict[str, TypeInfo] = {tid: _info(classifier, tid) for tid in classifier.vocab.types}
        self._spans = lru_cache(maxsize=200_000)(self._spans_uncached)

    def spans(self, tokens: Sequence[str]) -> list[Span]:
        return list(self._spans(tuple(tokens)))

    def _spans_uncached(self, tokens: tuple[str, ...]) -> tuple[Span, ...]:
        parts = [_norm(t) for t in tokens]
        text = " ".join(p for p in parts if p)
        if not text:
            return ()
        starts: list[int] = []  # character offset of each token in `text`
        owner: list[int] = []
        pos = 0
        for index, part in enumerate(parts):
            if part:
                starts.append(pos)
                owner.append(index)
                pos += len(part) + 1
        found = []
        # `find_types` on text that is normalised already: the same automaton, without normalising twice
        for mention in self.classifier.matcher.mentions(text):
            first = owner[bisect_right(starts, mention.start) - 1]
            last = owner[bisect_right(starts, max(mention.end - 1, mention.start)) - 1]
            found.append(Span(first, last + 1, mention.type_id))
        kept: list[Span] = []
        for span in sorted(found, key=lambda s: (-s.end, s.start)):  # right-most first, longest first
            if all(span.end <= k.start or span.start >= k.end for k in kept):
                kept.append(span)
        return tuple(sorted(kept, key=lambda s: s.start))

    def find(self, text: str) -> list[tuple[str, str]]:
        """(type id, matched words) of every type named in free text, in order."""
        tokens = tx.words(tx.clean(text))
        return [(s.type_id, " ".join(tokens[s.start:s.end])) for s in self.spans(tokens)]

    def ancestors(self, type_id: str) -> tuple[str, ...]:
        info = self.info.get(type_id)
        return info.ancestors if info else (type_id,)


@lru_cache(maxsize=65_536)
def _norm(token: str) -> str:
    return normalise(token)


@dataclass(frozen=True)
class TypeSig:
    """What a phrase says a product is.

    ``types``: the vocabulary type of the head mention (empty when the vocabulary does not know it);
    ``head``: stem of the head word; ``head_terms``: stems of the whole head mention ("power", "bank");
    ``modifier``: the ordinary word right before the head that makes it a kind of its own ("heated"),
    which a matching product must carry; ``pre``: any word there (names included: "unicorn" costume).
    """

    types: tuple[str, ...]
    head: str
    head_terms: tuple[str, ...]
    modifier: str | None = None
    generic: bool = False
    accessory: bool = False
    toyish: bool = False
    text: str = ""
    mentions: tuple[str, ...] = field(default=())
    modifier_soft: bool = False
    pre: str | None = None
    head_text: str = ""
    modifier_text: str = ""
    type_label: str = ""
    lumped: bool = False
    noun: str = ""  # the phrase's head noun: the mention's, or an ordinary noun after it ("fidget magnet *ball*")
    general: bool = False  # the mention names every kind of a lumped type ("furniture", "eating utensils")

    @property
    def qualifiers(self) -> frozenset[str]:
        """The words that make this kind of product one of its own: the one before the mention (``pre``)
        and those inside it before its head ("*solar string* lights")."""
        inside = self.head_text.split()[:-1]
        own = {tx.stem(t) for t in inside if not wc.is_descriptor(t) and tx.stem(t) not in wc.CONTAINER_WORDS}
        return frozenset(own | ({self.pre} if self.pre else set()))

    @property
    def bare(self) -> bool:
        """The head mention is one word ("chargers"): it names the kind in general."""
        return len(self.head_terms) == 1

    @property
    def label(self) -> str:
        """Readable: "heated socks", "power bank", "stick figure"."""
        base = self.head_text or self.type_label or self.head
        if self.modifier_text and not self.modifier_soft and self.modifier_text not in base.split():
            return f"{self.modifier_text} {base}"
        return base


def _skippable(tok: str, st: str) -> bool:
    return (wc.is_descriptor(tok) or st in wc.CONTAINER_WORDS or st in wc.CLASS_WORDS or not tok.isalpha()
            or len(tok) < 3)


def _head_span(spans: list[Span], infos: dict[str, TypeInfo | None], st: Sequence[str]) -> Span | None:
    """Right-most specific mention; packaging after another product word gives way to it."""
    for k in range(len(spans) - 1, -1, -1):
        span = spans[k]
        info = infos.get(span.type_id)
        if info is not None and info.generic:
            continue
        if k > 0 and span.end - span.start == 1 and st[span.end - 1] in wc.PACKAGING_WORDS:
            prev_info = infos.get(spans[k - 1].type_id)
            if prev_info is None or not prev_info.generic:
                return spans[k - 1]
        return span
    return spans[-1] if spans else None


def _noun_head(toks: Sequence[str], st: Sequence[str], names: set[str]) -> int | None:
    """Position of the head noun when the vocabulary names nothing: the last content word."""
    for j in range(len(toks) - 1, -1, -1):
        if not (toks[j] in names or _skippable(toks[j], st[j]) or wc.looks_adjective(toks[j])):
            return j
    for j in range(len(toks) - 1, -1, -1):  # only class words: "Children's Toys" is about toys in general
        if st[j] in wc.CLASS_WORDS:
            return j
    return None


def _head_stem(st: Sequence[str], start: int, end: int) -> str:
    """The head word of a mention, stepping over trailing container and class words ("figure *sets*",
    "fidget *toy*")."""
    for j in range(end - 1, start - 1, -1):
        if st[j] not in wc.CONTAINER_WORDS and st[j] not in wc.CLASS_WORDS:
            return st[j]
    return st[end - 1]


def _tail_noun(toks: Sequence[str], st: Sequence[str], end: int, names: set[str]) -> str | None:
    """An ordinary noun after the mention, which is then the phrase's real head ("Fidget Magnet *Ball* Toys")."""
    for j in range(len(toks) - 1, end - 1, -1):
        tok = toks[j]
        if tok in names or _skippable(tok, st[j]) or wc.looks_adjective(tok) or st[j] in wc.PACKAGING_WORDS:
            continue
        return st[j] if tx.zipf(tok) >= tx.COMMON_ZIPF else None
    return None


def _qualifier(toks: Sequence[str], st: Sequence[str], start: int,
               names: set[str]) -> tuple[str | None, str, str | None, bool]:
    """(modifier stem, modifier text, pre stem, soft) of the word right before the head."""
    j = start - 1
    while j >= 0:
        tok, s = toks[j], st[j]
        if (tok in wc.STOPWORDS or tok in wc.UNIT_WORDS or wc.is_number_like(tok) or s in wc.GENERIC_ADJ
                or s in wc.COLOURS or s in wc.CHILD_WORDS or s in wc.ADULT_WORDS or s in wc.MATERIALS
                or s in wc.CLASS_WORDS or not tok.isalpha()):
            j -= 1
            continue
        if tok in names or len(tok) < 3 or s in wc.CONTAINER_WORDS:
            return None, "", None, False
        if tx.zipf(tok) >= tx.COMMON_ZIPF:
            # purpose words ("eating utensils", "sleeping bag") describe rather than narrow the kind
            return s, tok, s, tok.endswith("ing")
        return None, "", s, False
    return None, "", None, False


def analyse(toks: Sequence[str], types: VocabularyTypes, *, names: Iterable[str] = (),
            stems: Sequence[str] | None = None) -> TypeSig | None:
    """Reduce a phrase (folded tokens) to its head type. ``names``: tokens known to be brand names."""
    if not toks:
        return None
    st = list(stems) if stems is not None else tx.stems(list(toks))
    name_set = set(names)
    spans = [s for s in types.spans(toks) if not set(toks[s.start:s.end]) <= name_set]
    infos = {s.type_id: types.info.get(s.type_id) for s in spans}
    toyish = "toy" in st or any((i := infos.get(s.type_id)) is not None and i.toy for s in spans)
    head_span = _head_span(spans, infos, st)
    if head_span is not None:
        start, end = head_span.start, head_span.end
        head = _head_stem(st, start, end)
        found: tuple[str, ...] = (head_span.type_id,)
        noun = _tail_noun(toks, st, end, name_set) or head
    else:
        idx = _noun_head(toks, st, name_set)
        if idx is None:
            return None
        start, end, head, found = idx, idx + 1, st[idx], ()
        noun = head
    modifier, modifier_text, pre, soft = _qualifier(toks, st, start, name_set)
    info = infos.get(found[0]) if found else None
    return TypeSig(
        types=found, head=head, head_terms=tuple(st[start:end]), modifier=modifier,
        generic=bool(info and info.generic) or (not found and head in wc.CLASS_WORDS),
        accessory=bool(info and info.accessory), toyish=toyish, text=" ".join(toks),
        mentions=tuple(s.type_id for s in spans), modifier_soft=soft, pre=pre,
        head_text=" ".join(toks[start:end]), modifier_text=modifier_text,
        type_label=info.label if info is not None else "", lumped=bool(info and info.lumped), noun=noun,
        general=bool(info and tuple(st[start:end]) in info.general),
    )
