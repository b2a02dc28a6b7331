"""The cross-source index: what all briefings say together.

Entities are merged across sources by their normalised names and aliases, so
one page can list every source that mentions a person; events from every
source make one timeline.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field

from .schema import Briefing, Entity, Event

ENTITY_KINDS = ("people", "organisations", "places", "equipment")


def name_key(name: str) -> str:
    """Case, accents and punctuation do not make two names different."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^\w]+", " ", text.lower()).split())


@dataclass
class CorpusEntity:
    """One entity across sources."""

    kind: str
    name: str
    spellings: set[str] = field(default_factory=set)
    roles: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)  # briefing ids
    mentions: int = 0


@dataclass
class TimelineEntry:
    event: Event
    briefing: Briefing


class Corpus:
    """All briefings, indexed across sources."""

    def __init__(self, briefings: list[Briefing]) -> None:
        # newest first; undated sources by their estimate, then by title for a stable order
        self.briefings = sorted(briefings, key=lambda b: (b.sort_date, b.title.lower(), b.id))
        self.briefings.reverse()
        self.by_id = {b.id: b for b in self.briefings}
        self.entities: dict[str, list[CorpusEntity]] = {kind: [] for kind in ENTITY_KINDS}
        for kind in ENTITY_KINDS:
            self.entities[kind] = self._merge(kind)

    def _merge(self, kind: str) -> list[CorpusEntity]:
        index: dict[str, CorpusEntity] = {}
        merged: list[CorpusEntity] = []
        for briefing in sorted(self.briefings, key=lambda b: b.id):
            entity: Entity
            for entity in getattr(briefing, kind):
                keys = [name_key(n) for n in [entity.name, *entity.aliases] if len(name_key(n)) > 1]
                # a surname alone says too little to join two sources' people
                strong = [k for k in keys if kind != "people" or len(k.split()) > 1] or keys[:1]
                target = next((index[k] for k in strong if k in index), None)
                if target is None:
                    target = CorpusEntity(kind=kind, name=entity.name)
                    merged.append(target)
                for key in strong:
                    index.setdefault(key, target)
                target.spellings.update([entity.name, *entity.aliases])
                if entity.role and entity.role not in target.roles:
                    target.roles.append(entity.role)
                if briefing.id not in target.sources:
                    target.sources.append(briefing.id)
                target.mentions += entity.mentions
        merged.sort(key=lambda e: (-len(e.sources), -e.mentions, e.name.lower()))
        return merged

    def timeline(self) -> list[TimelineEntry]:
        """Every event of every source, oldest first; ties keep text order."""
        entries = [TimelineEntry(e, b) for b in self.briefings for e in b.events]
        entries.sort(key=lambda t: (t.event.date, t.briefing.id, int((t.event.ref or "p0")[1:])))
        return entries

    def spellings_by_source(self) -> dict[str, list[str]]:
        """Other spellings of the entities each source names, for search to find them."""
        result: dict[str, set[str]] = defaultdict(set)
        for kind in ("people", "organisations", "places"):
            for entity in self.entities[kind]:
                if len(entity.spellings) < 2:
                    continue
                for briefing_id in entity.sources:
                    result[briefing_id].update(entity.spellings)
        return {k: sorted(v) for k, v in result.items()}
