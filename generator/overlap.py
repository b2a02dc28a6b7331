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
from typing import TYPE_CHECKING

from .lexicon import names_regex
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
                keys.add("@" + name_key(place))
            elif len(lower) >= MIN_WORD and lower not in self.stopwords:
                keys.add(lower[:STEM])
        return frozenset(keys)

    def _entities(self, briefing: Briefing) -> tuple[re.Pattern[str] | None, dict[str, str]]:
        """A pattern of every spelling of the briefing's entities in any source (a person's surname
        alone too), and the entity each names."""
        if briefing.id in self._patterns:
            return self._patterns[briefing.id]
        entity_of: dict[str, str] = {}
        for kind in ENTITY_KINDS:
            for entity in getattr(briefing, kind):
                merged = self.corpus.entity_of(briefing.id, kind, entity.name)
                if merged is None:
                    continue
                for spelling in sorted({entity.name, *entity.aliases, *merged.spellings}):
                    entity_of.setdefault(spelling, "@" + name_key(merged.name))
                    if kind == "people" and len(spelling.split()) > 1:
                        entity_of.setdefault(spelling.split()[-1], "@" + name_key(merged.name))
        found = names_regex(tuple(sorted(entity_of))), entity_of
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
    shared = sum(weight[k] ** 2 for k in a & b)
    if not shared:
        return 0.0
    return shared / math.sqrt(sum(weight[k] ** 2 for k in a) * sum(weight[k] ** 2 for k in b))


def rarity(keys: Iterable[frozenset[str]]) -> dict[str, float]:
    """Each key's weight among these sentences: its inverse frequency (a key in every one weighs
    little, never nothing, so that two sentences of nothing else still meet)."""
    sentences = list(keys)
    frequency = Counter(key for each in sentences for key in each)
    return {key: math.log((1 + len(sentences)) / count) + 0.1 for key, count in frequency.items()}


def words_of(keys: Iterable[str]) -> set[str]:
    """The keys that are words, neither an entity nor a number."""
    return {key for key in keys if key[:1] not in ("@", "#")}
