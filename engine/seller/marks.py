"""Finding protected marks inside titles and brands, robust to case, spacing, punctuation and
diacritics, with the matched text kept as evidence.

How a match is found:
1. The text is split into word tokens on its original characters (so the evidence can quote the
   exact substring, e.g. 'L.E.G.O'); each token is normalised: NFKD with combining marks dropped,
   a few letters that do not decompose mapped (ø, æ, œ, ł, đ, ß), case folded.
2. Runs of consecutive tokens are joined without separators ('L.E.G.O' -> 'lego',
   'Hello-Kitty' -> 'hellokitty') and compared with the mark joined the same way.
3. Comparison: marks of fewer than FUZZY_MIN_LENGTH characters must match a run exactly (score
   100): one edit in a four-letter mark is a different word too often ('leg', 'logo'). Longer marks
   are scored with rapidfuzz's `fuzz.ratio` (normalised Indel similarity, 0-100) so misspellings
   used to dodge filters ('Nintedno', 'Pokemom') still score high; the threshold lives in
   rules/trademarks.yaml, not here.
Because whole tokens are compared, a mark inside a longer word does not match ('Legolas' is not
'Lego'), unlike `partial_ratio`. Known limits: a mark written with single-letter tokens can also be
formed by accident ('3 m' for 3M), and plurals glued to short marks ('Legos') are not matched.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from rapidfuzz import fuzz, process

FUZZY_MIN_LENGTH = 5
#: best matches scoring below this are not reported at all (noise); rule thresholds sit above it
REPORT_FLOOR = 60.0
#: longest run of tokens tried, relative to the mark's length in characters (+ slack for typos)
LENGTH_SLACK = 2
_TOKEN = re.compile(r"[^\W_]+")
_EXTRA_FOLDS = str.maketrans({"ø": "o", "Ø": "o", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe",
                              "ł": "l", "Ł": "l", "đ": "d", "Đ": "d", "ı": "i"})


def fold(text: str) -> str:
    """Lower-case ASCII-ish letters and digits with diacritics removed; separators kept."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_EXTRA_FOLDS))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def compact(text: str) -> str:
    """Letters and digits only, '&' read as 'and': 'L.E.G.O®' -> 'lego', 'Harbour & Pine' -> 'harbourandpine'."""
    return "".join(_TOKEN.findall(fold(text.replace("&", " and "))))


@dataclass(frozen=True)
class MarkMatch:
    mark: str
    text: str  # the substring of the input that matched, as written
    score: float


@dataclass(frozen=True)
class _Run:
    compact: str
    start: int
    end: int


def _runs(text: str, max_length: int) -> list[_Run]:
    tokens = [(compact(m.group()), m.start(), m.end()) for m in _TOKEN.finditer(unicodedata.normalize("NFC", text))]
    runs: list[_Run] = []
    for i, (first, start, end) in enumerate(tokens):
        joined = first
        runs.append(_Run(joined, start, end))
        for token, _, token_end in tokens[i + 1:]:
            joined += token
            if len(joined) > max_length:
                break
            runs.append(_Run(joined, start, token_end))
    return runs


class MarkMatcher:
    """Protected marks compiled once; `best(text)` is the strongest match of any mark in a text."""

    def __init__(self, marks: list[str]):
        self.marks = [(mark, compact(mark)) for mark in dict.fromkeys(marks) if compact(mark)]

    def best(self, text: str | None) -> MarkMatch | None:
        if not text or not self.marks:
            return None
        normal = unicodedata.normalize("NFC", text)
        longest = max(len(c) for _, c in self.marks) + LENGTH_SLACK
        runs = _runs(normal, longest)
        best: MarkMatch | None = None
        for mark, target in self.marks:
            match = self._match(mark, target, runs, normal)
            if match and (best is None or (match.score, len(target)) > (best.score, len(compact(best.mark)))):
                best = match
        return best

    @staticmethod
    def _match(mark: str, target: str, runs: list[_Run], text: str) -> MarkMatch | None:
        if len(target) < FUZZY_MIN_LENGTH:
            exact = next((run for run in runs if run.compact == target), None)
            return MarkMatch(mark, text[exact.start:exact.end], 100.0) if exact else None
        low, high = len(target) - LENGTH_SLACK, len(target) + LENGTH_SLACK
        candidates = [run for run in runs if low <= len(run.compact) <= high]
        if not candidates:
            return None
        found = process.extractOne(target, [run.compact for run in candidates], scorer=fuzz.ratio,
                                   score_cutoff=REPORT_FLOOR)
        if found is None:
            return None
        _, score, index = found
        run = candidates[index]
        return MarkMatch(mark, text[run.start:run.end], round(float(score), 1))
