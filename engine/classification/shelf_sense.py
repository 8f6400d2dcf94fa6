"""A title word's sense on a category shelf of the Google or Shopify table (gtax34, issue 9).

Some product words have a sense inside a branch of the Google taxonomy and another outside it: "jigsaw" is a saw on
the tools shelves and a puzzle elsewhere, "blind" a hunting hide under Hunting & Shooting and a curtain elsewhere. The
Google table already knows these words: an entry whose own last segment reads as a type outside the entry's branch
("Hardware > Tools > Saws > Jigsaws" reads as a puzzle, the branch holds tools) states that the word names the entry's
type in that branch. `shelf_senses` collects those words once from the table; `shelf_sense` then lets the shelf's
sense win over a title that says the same word ("Makita 4329 Jigsaw" filed at "Hardware > Tools > Saws" is a saw),
while a title naming anything else of another branch still refines the shelf (review33: a phone under "Motor Vehicle
Electronics" stays a phone, a LEGO set under "Indoor Games" a toy).
"""

from __future__ import annotations

from collections.abc import Mapping

from .matcher import Matcher
from .normalise import normalise
from .vocabulary import CategoryInfo


def sense_key(word: str) -> str:
    """A word as the senses are keyed: normalised, singular ("Jigsaws" and "jigsaw", "Dummies" and "dummy" are one
    word)."""
    word = word.strip()
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def shelf_senses(table: Mapping[tuple[str, ...], CategoryInfo], matcher: Matcher,
                 generic: frozenset[str]) -> dict[str, tuple[tuple[frozenset[str], str], ...]]:
    """word -> (branch, type) pairs: the shelves on which the word names that type, learnt from the entries whose own
    leaf reads as a specific type outside their branch ("Jigsaws" under Saws reads as a puzzle). The word holds its
    sense on the entry's shelf and on every listed ancestor's whose branch holds the type ("Hardware > Tools > Saws",
    "Hardware > Tools"): a shelf that has a leaf of that name in its own sense.

    Only an entry under a stated domain teaches a sense (the domain vetoed the leaf's other reading; a leaf entry
    with no domain, "Conference Phones", only names its own type). Only a word that heads the leaf counts
    ("Jigsaws"; "blinds" in "Hunting Blinds & Screens"): in "Phone & Data Jacks" or "Oven Bags" the word qualifies
    another noun. A kind-generic reading ("Games", "Accessories") is a shelf word, not a sense.
    """
    senses: dict[str, list[tuple[frozenset[str], str]]] = {}
    for info in table.values():
        branch = info.allowed  # a domain stated by the entry or an ancestor: what vetoed the leaf's other sense
        if branch is None or info.type_id is None:
            continue  # (an entry with no domain holds only its own type's kinds: its leaf names no branch's sense)
        leaf = normalise(info.path.rsplit(">", 1)[-1])
        reading = matcher.read(leaf)
        head = matcher.head(reading.types)
        if head is None or head.ref in branch or head.ref in generic or head.target:
            continue
        before = reading.text[:head.start].rsplit("&", 1)[-1].rsplit(",", 1)[-1].strip()
        after = reading.text[head.end:].strip()
        if after and not (after.startswith("&") and before):
            continue  # the word qualifies a noun after it ("Phone & Data Jacks"), or nothing heads the alternative
        pairs = senses.setdefault(sense_key(reading.text[head.start:head.end]), [])
        for cut in range(len(info.segments), 0, -1):  # the entry and its listed ancestors
            shelf = table.get(info.segments[:cut])
            shelf_branch = shelf.branch if shelf is not None else None
            if shelf_branch is not None and info.type_id in shelf_branch:
                pairs.append((shelf_branch, info.type_id))
    return {word: tuple(pairs) for word, pairs in senses.items() if pairs}


def shelf_sense(senses: Mapping[str, tuple[tuple[frozenset[str], str], ...]], title_type: str, title_word: str,
                branch: frozenset[str]) -> str | None:
    """The type a title word names on a shelf whose branch is `branch`, when the title read it as a type outside
    the branch and the word has a sense on this shelf (`shelf_senses`); None when the title's reading stands."""
    if title_type in branch:
        return None
    for shelf_branch, type_id in senses.get(sense_key(title_word), ()):
        if shelf_branch == branch:
            return type_id
    return None
