"""How much two sentences share: their words, the entities they name and their figures.

A sentence's keys are its content words by their first STEM letters ("economic" meets "economy"),
the cross-source entity each name stands for ("Lukashenka" meets "Lukashenko"; a demonym its
place: "Russian troops" name Russia), and its numbers. Two sentences are compared by the keys they
share, each weighed by how rare it is among the sentences compared. The bottom line folds
near-duplicate statements with it; the timeline joins two sources' tellings of one event.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .names import name_key
from .schema import ENTITY_KINDS, Briefing

if TYPE_CHECKING:  # the corpus asks this module, and hands itself over
    from .corpus import Corpus

STEM = 5  # letters a word is compared by
MIN_WORD = 4  # shorter words are function words in the languages of the sources, or noise
WORD_RE = re.compile(r"\w[\w'’]*")
NUMBER_RE = re.compile(r"\d[\d,.]*")


class SentenceKeys:
    """Each sentence's words, entities and figures, as the keys the similarity compares."""

    def __init__(self, corpus: Corpus) -> None:
        self.corpus = corpus
        self.stopwords = {
            word.lower()
            for lexicon in corpus.lexicons.values()
            for words in (lexicon.raw.get("languages", {}).get("stopwords") or {}).values()
            for word in words
        }
        self._patterns: dict[str, tuple[re.Pattern[str] | None, dict[str, str]]] = {}

    def of(self, briefing: Briefing, text: str) -> frozenset[str]:
        keys: set[str] = set()
        rest = text
        pattern, entity_of = self._entities(briefing)
        if pattern is not None:
            for match in pattern.finditer(text):
                keys.add(entity_of[match.group(1)])
            rest = pattern.sub(" ", text)
        for number in NUMBER_RE.findall(rest):
            keys.add("#" + number.rstrip(".,").replace(",", ""))
        for word in WORD_RE.findall(NUMBER_RE.sub(" ", rest)):
            lower = word.lower()
            place = self.corpus.demonyms.get(name_key(word))
            if place:  # "Russian troops" name Russia
                keys.add(f"@places:{name_key(place)}")
            elif len(lower) >= MIN_WORD and lower not in self.stopwords:
                keys.add(lower[:STEM])
        return frozenset(keys)

    def _entities(self, briefing: Briefing) -> tuple[re.Pattern[str] | None, dict[str, str]]:
        """A pattern of the names the briefing gives its entities (a person's surname alone too: the
        text's own spellings, which is all its text holds), and the cross-source entity each names."""
        if briefing.id in self._patterns:
            return self._patterns[briefing.id]
        entity_of: dict[str, str] = {}
        for kind in ENTITY_KINDS:
            for entity in getattr(briefing, kind):
                merged = self.corpus.entity_of(briefing.id, kind, entity.name)
                if merged is None:
                    continue
                for spelling in sorted({entity.name, *entity.aliases}):
                    entity_of.setdefault(spelling, f"@{kind}:{name_key(merged.name)}")
                    if kind == "people" and len(spelling.split()) > 1:
                        entity_of.setdefault(spelling.split()[-1], f"@{kind}:{name_key(merged.name)}")
        # a source's few names: a plain alternation (names_regex's letter tree is for long lists)
        names = sorted(entity_of, key=len, reverse=True)
        pattern = (
            re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, names)) + r")(?![\w-])") if names else None
        )
        found = pattern, entity_of
        self._patterns[briefing.id] = found
        return found


def similarity(a: frozenset[str], b: frozenset[str], weight: dict[str, float] | None = None) -> float:
    """How much two sentences share, 0 to 1: the cosine of their keys, each weighed by how rare it
    is among the sentences compared (`weight`), so that the country every source names joins
    nothing."""
    if not a or not b:
        return 0.0
    if weight is None:
        return len(a & b) / math.sqrt(len(a) * len(b))
    shared = _weighed(a & b, weight)
    if not shared:
        return 0.0
    return shared / math.sqrt(_weighed(a, weight) * _weighed(b, weight))


def _weighed(keys: frozenset[str], weight: dict[str, float]) -> float:
    """The keys' squared weights, summed in a fixed order: a set's order changes with the process
    (string hashing), and a sum of floats with the order it is added in."""
    return sum(weight[k] ** 2 for k in sorted(keys))


def similarities(keys: list[frozenset[str]], weight: dict[str, float]) -> list[list[float]]:
    """similarity(keys[i], keys[j], weight) for every pair, as a table: each sentence's own sum
    worked out once, and each pair once (the measure is symmetric, to the last bit: the same keys
    are summed in the same order, and a product of two floats is the same either way round). The
    bottom line compares every recent statement with every other: 290,000 pairs, each of which
    summed both sentences' weights again."""
    norms = [_weighed(each, weight) for each in keys]
    table = [[0.0] * len(keys) for _ in keys]
    for i, a in enumerate(keys):
        if not a:
            continue
        row = table[i]
        for j in range(i + 1, len(keys)):
            b = keys[j]
            if not b:
                continue
            shared = _weighed(a & b, weight)
            if shared:
                row[j] = table[j][i] = shared / math.sqrt(norms[i] * norms[j])
    return table


def rarity(keys: Iterable[frozenset[str]]) -> dict[str, float]:
    """Each key's weight among these sentences: its inverse frequency (a key in every one weighs
    little, never nothing, so that two sentences of nothing else still meet)."""
    sentences = list(keys)
    frequency = Counter(key for each in sentences for key in each)
    return {key: math.log((1 + len(sentences)) / count) + 0.1 for key, count in frequency.items()}


NAMED = ("@people:", "@organisations:", "@places:", "@equipment:")  # the kinds of detail compared


@dataclass(frozen=True)
class Details:
    """A sentence's keys sorted for comparing two tellings: its words, the entities it names of
    each kind (NAMED), its figures."""

    words: frozenset[str]
    named: tuple[frozenset[str], ...]
    figures: frozenset[str]

    @classmethod
    def of(cls, keys: frozenset[str]) -> Details:
        return cls(
            frozenset(k for k in keys if k[:1] not in ("@", "#")),
            tuple(frozenset(k for k in keys if k.startswith(prefix)) for prefix in NAMED),
            frozenset(k for k in keys if k.startswith("#")),
        )


def other_details(a: Details, b: Details, besides: Iterable[str] = ()) -> bool:
    """Whether two sentences name different details of one shape: other people, other bodies,
    other places (neither sentence's a part of the other's), or other figures (`besides` those both
    are known to hold, such as the year they are dated by). "Lukashenko announced the grouping near
    Zhlobin" and "... near Mozyr" are two events however alike their words."""
    for of_a, of_b in zip(a.named, b.named, strict=True):
        if of_a and of_b and not (of_a <= of_b or of_b <= of_a):
            return True
    skip = set(besides)
    figures_a, figures_b = a.figures - skip, b.figures - skip
    return bool(figures_a and figures_b and figures_a != figures_b)
