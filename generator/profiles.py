"""Entity profiles, as a reference work has them: what an entity is, the roles sources give it
over time, when it was first and last seen, the sentences that name it, and the entities it
appears with most (a small network picture).

Worked out once per build from the corpus, before the briefings' source text is released
(`Renderer.each_page` drops it page by page): a profile keeps only the few sentences it shows.
What kind of thing an entity is comes from data (organisations.yaml `kinds`, equipment.yaml
`kinds`, the map's countries and towns), never from a list here.
"""

from __future__ import annotations

import html
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from .charts import UNINDEXED
from .corpus import Corpus, CorpusEntity
from .lexicon import alternatives, names_regex
from .links import Links
from .maps import locate, map_data
from .markup import Md, without_bidi_controls
from .names import name_key
from .schema import ENTITY_KINDS, Briefing

CONTEXTS = 8  # sentences a profile shows, from its newest sources
PER_SOURCE = 2  # of them from one source
NEIGHBOURS = 8  # entities in the network picture
STEM = 5  # letters a word is compared by ("grouping" and "group" meet)
DESCRIPTION_WORDS = 6  # words between an equipment's name and the kind that says what it is
SENTENCE_RE = re.compile(r"(?<=[.!?…])[\"”’»)]*\s+(?=[\"“«(]?[A-ZА-ЯЁ0-9])")
KIND_OF = {"people": "person", "places": "place", "organisations": "organisation", "equipment": "equipment"}


@dataclass
class Context:
    """A sentence of a source that names the entity."""

    briefing: Briefing
    ref: str
    text: str


@dataclass
class Profile:
    entity: CorpusEntity
    kind: str  # "person", "ministry or department", "country", "weapon system"...
    first_seen: Briefing | None
    last_seen: Briefing | None
    roles: list[tuple[str, Briefing]]  # oldest first
    contexts: list[Context] = field(default_factory=list)
    descriptions: list[tuple[str, Context]] = field(default_factory=list)  # what an equipment is
    neighbours: list[tuple[CorpusEntity, int]] = field(default_factory=list)  # with shared sources
    hub: bool = False  # the entity the site is about


def split_sentences(text: str) -> list[str]:
    return [s for s in SENTENCE_RE.split(text) if s.strip()]


class Profiles:
    """Every entity's profile, worked out at once (the co-occurrences need every briefing)."""

    def __init__(self, corpus: Corpus, topic: str = "", hub: str | None = None) -> None:
        self.corpus = corpus
        self._kinds = self._organisation_kinds()
        # an organisation's head, for its kind: its name up to the first of these words
        head_ends = alternatives(corpus.lexicon["organisations"].get("kind_head_ends"))
        self._head_end_re = re.compile(rf"\s(?:{head_ends})\s")
        self._equipment_kinds = corpus.lexicon.words("equipment", "kinds")
        members: dict[str, list[CorpusEntity]] = defaultdict(list)  # a briefing's entities
        for kind in ENTITY_KINDS:
            for entity in corpus.entities[kind]:
                for briefing_id in entity.sources:
                    members[briefing_id].append(entity)
        self._members = members
        self._contexts = self._sentences()
        self.hub = hub_of(corpus, topic, hub)

    # ------------------------------------------------------------ what it is

    def _organisation_kinds(self) -> list[tuple[str, re.Pattern[str]]]:
        kinds = self.corpus.lexicon["organisations"].get("kinds") or {}
        found = []
        for label, words in kinds.items():
            pattern = names_regex(tuple(sorted({str(w).lower() for w in words})))
            if pattern is not None:
                found.append((str(label), pattern))
        return found

    def kind(self, entity: CorpusEntity) -> str:
        if entity.kind == "organisations":
            name = " " + entity.name.lower() + " "
            head = self._head_end_re.split(name, maxsplit=1)[0]
            for part in (head, name):
                for label, pattern in self._kinds:
                    if pattern.search(part):
                        return label
            return "organisation"
        if entity.kind == "places":
            data = map_data()
            keys = {name_key(s) for s in (entity.name, *entity.spellings)}
            if keys & data.countries:
                return "country"
            markers, _ = locate([(entity, 0)], self.corpus.lexicon)
            if markers and markers[0].region:
                return "region"
            if any(k in data.places for k in keys):
                return "city or town"
            return "place"
        if entity.kind == "equipment":
            return "weapon system or equipment"
        return KIND_OF.get(entity.kind, entity.kind)

    # ------------------------------------------------------------ where it is named

    def _sentences(self) -> dict[int, list[Context]]:
        """Each entity's sentences, from its newest sources (at most CONTEXTS, PER_SOURCE a source),
        looked for in the paragraphs its briefings say name it (all of them when they do not say)."""
        refs: dict[tuple[str, int], set[str]] = defaultdict(set)  # (briefing, entity) -> paragraphs
        for briefing in self.corpus.briefings:
            for kind in ENTITY_KINDS:
                for item in getattr(briefing, kind):
                    merged = self.corpus.entity_of(briefing.id, kind, item.name)
                    if merged is not None:
                        refs[(briefing.id, id(merged))].update(item.refs)
        split: dict[tuple[str, str], list[str]] = {}  # a paragraph's sentences, split once
        found: dict[int, list[Context]] = defaultdict(list)
        for kind in ENTITY_KINDS:
            for entity in self.corpus.entities[kind]:
                # a few spellings: a plain alternation (names_regex's letter tree is for long lists)
                spellings = sorted(entity.spellings or {entity.name}, key=len, reverse=True)
                pattern = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, spellings)) + r")(?![\w-])")
                for briefing_id in entity.sources:  # newest first
                    if len(found[id(entity)]) >= CONTEXTS:
                        break
                    briefing = self.corpus.by_id[briefing_id]
                    named_in = refs.get((briefing_id, id(entity)))
                    taken = 0
                    for paragraph in briefing.body:
                        if taken >= PER_SOURCE or (named_in and paragraph.id not in named_in):
                            continue
                        key = (briefing_id, paragraph.id)
                        if key not in split:
                            split[key] = split_sentences(paragraph.text)
                        for sentence in split[key]:
                            if taken < PER_SOURCE and pattern.search(sentence):
                                found[id(entity)].append(Context(briefing, paragraph.id, sentence.strip()))
                                taken += 1
        return found

    def _descriptions(self, entity: CorpusEntity, contexts: list[Context]) -> list[tuple[str, Context]]:
        """What sources call an equipment where they name it: the words from its name to a kind
        ("S-400 long-range anti-aircraft missile systems", "armored vehicle Tiger")."""
        spellings = "|".join(
            re.escape(s) for s in sorted(entity.spellings or {entity.name}, key=len, reverse=True)
        )
        word = r"[a-z][\w-]*"
        after = re.compile(rf"(?:{spellings})[\"”’»]?((?:\s+{word}){{1,{DESCRIPTION_WORDS}}})")
        before = re.compile(rf"((?:{word}\s+){{1,{DESCRIPTION_WORDS}}})[\"“«]?(?:{spellings})(?![\w-])")
        found: list[tuple[str, Context]] = []
        seen: set[str] = set()
        for context in contexts:
            for match in after.finditer(context.text):
                self._described(match.group(1).split(), context, found, seen, from_start=True)
            for match in before.finditer(context.text):
                self._described(match.group(1).split(), context, found, seen, from_start=False)
        return found

    def _described(
        self,
        words: list[str],
        context: Context,
        found: list[tuple[str, Context]],
        seen: set[str],
        from_start: bool,
    ) -> None:
        # the words up to the last kind after the name; before it, the kind must be the last word
        if from_start:
            ends = [i for i, w in enumerate(words) if w.lower() in self._equipment_kinds]
            if not ends:
                return
            cut = words[: ends[-1] + 1]
            # "... missile and cannon systems": an "and" inside is the kind's; one ending it is not
        else:
            if words[-1].lower() not in self._equipment_kinds:
                return
            cut = words[-2:]
        text = " ".join(cut)
        if text.lower() not in seen:
            seen.add(text.lower())
            found.append((text, context))

    # ------------------------------------------------------------ who it appears with

    def neighbours(self, entity: CorpusEntity) -> list[tuple[CorpusEntity, int]]:
        """The entities named in the most of this one's sources (its newest 200), most first."""
        shared: Counter[int] = Counter()
        by_id: dict[int, CorpusEntity] = {}
        for briefing_id in entity.sources[:200]:
            for other in self._members[briefing_id]:
                if other is not entity:
                    shared[id(other)] += 1
                    by_id[id(other)] = other
        ranked = sorted(shared.items(), key=lambda kv: (-kv[1], -by_id[kv[0]].mentions, by_id[kv[0]].name))
        return [(by_id[key], count) for key, count in ranked[:NEIGHBOURS]]

    def of(self, entity: CorpusEntity) -> Profile:
        dated = [self.corpus.by_id[b] for b in entity.sources if self.corpus.by_id[b].sort_date]
        roles = sorted(
            ((role, self.corpus.by_id[b]) for role, b in entity.roles),
            key=lambda pair: (pair[1].sort_date or "9999", pair[1].id),
        )
        contexts = self._contexts.get(id(entity), [])
        return Profile(
            entity=entity,
            kind=self.kind(entity),
            first_seen=min(dated, key=lambda b: (b.sort_date, b.id)) if dated else None,
            last_seen=max(dated, key=lambda b: (b.sort_date, b.id)) if dated else None,
            roles=roles,
            contexts=contexts,
            descriptions=self._descriptions(entity, contexts) if entity.kind == "equipment" else [],
            neighbours=self.neighbours(entity),
            hub=entity is self.hub,
        )


def hub_of(corpus: Corpus, topic: str, name: str | None = None) -> CorpusEntity | None:
    """The entity the site is about: the one the setting `hub` names (by any of its spellings, as
    names.py compares them); without it, the organisation whose name shares with the topic the words
    rarest among organisations' names ("Belarus–Russia joint military grouping": the Regional
    Grouping of Forces, "grouping" being rarer than "military"), names no place the topic does not
    ("Ukrainian military" is not it) and is no piece of a headline; None when none is found."""
    if name:
        return named_entity(corpus, name)
    places = {**{k: k for k in corpus.place_latin}, **{k: name_key(v) for k, v in corpus.demonyms.items()}}

    def words(text: str) -> tuple[set[str], set[str]]:
        keys = name_key(text.replace("–", " ").replace("-", " ")).split()
        where = {places[w] for w in keys if w in places}
        return {w[:STEM] for w in keys if w not in places and len(w) > 3}, where

    wanted, topic_places = words(topic)
    named = [(entity, *words(entity.name)) for entity in corpus.entities["organisations"]]
    frequency = Counter(w for _, own, _ in named for w in own)
    ranked = []
    for entity, own, where in named:
        shared = wanted & own
        if not shared or not where <= topic_places:
            continue
        rarity = sum(math.log((1 + len(named)) / frequency[w]) for w in shared)
        ranked.append(((rarity, len(entity.sources), entity.mentions, entity.name), entity))
    ranked.sort(key=lambda pair: pair[0], reverse=True)
    return next((entity for _, entity in ranked if not _only_in_headlines(corpus, entity)), None)


def named_entity(corpus: Corpus, name: str) -> CorpusEntity | None:
    """The entity of any kind one of whose spellings is `name`, compared as names.py does
    ("Lukashenka" finds Alexander Lukashenko only where a source wrote it so)."""
    key = name_key(name)
    for kind in ENTITY_KINDS:
        for entity in corpus.entities[kind]:
            if key in {name_key(s) for s in (entity.name, *entity.spellings)}:
                return entity
    return None


STATEMENT_END_RE = re.compile(r"[.!…][\"”’»)\]]*\s*$")


def _only_in_headlines(corpus: Corpus, entity: CorpusEntity) -> bool:
    """Whether every sentence of its sources that names it is a headline or a question: a title,
    a line with no full stop ("Explainer: Is the Belarus-Russia Joint Military Group a Threat to
    Kyiv?", which the model read as an organisation "Is the Belarus-Russia Joint Military Group").
    A name no sentence holds (a person's list) is not taken for a headline's."""
    spellings = sorted(entity.spellings or {entity.name}, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, spellings)) + r")(?![\w-])")
    seen = False
    for briefing_id in entity.sources:
        briefing = corpus.by_id[briefing_id]
        for paragraph in briefing.body:
            if paragraph.text.strip() == briefing.title.strip():
                seen = seen or bool(pattern.search(paragraph.text))
                continue
            for sentence in split_sentences(paragraph.text):
                if pattern.search(sentence):
                    if STATEMENT_END_RE.search(sentence):
                        return False
                    seen = True
    return seen


def _xml(value: object) -> str:
    return html.escape(" ".join(without_bidi_controls(str(value)).split()), quote=True)


WIDTH, HEIGHT = 600, 340  # the drawing, in its own units: it scales to the column
RING = 120
LABEL = 15  # characters of a name under its dot


def network_svg(profile: Profile, links: Links) -> Md:
    """The entity in the middle, the entities it appears with most around it, each a link to its
    page (from the page of `links`) with a <title>; a line's width is the number of sources they share."""
    if not profile.neighbours:
        return Md("")
    cx, cy = WIDTH / 2, HEIGHT / 2
    most = max(count for _, count in profile.neighbours)
    parts = [
        f'<svg class="network" viewBox="0 0 {WIDTH} {HEIGHT}" width="100%" role="img" '
        f'aria-label="{_xml(profile.entity.name)} and the entities named with it most">'
    ]
    points = []
    for index, (other, count) in enumerate(profile.neighbours):
        angle = -math.pi / 2 + 2 * math.pi * index / len(profile.neighbours)
        x, y = cx + RING * 1.45 * math.cos(angle), cy + RING * math.sin(angle)
        points.append((other, count, x, y, angle))
        width = 1 + 3 * count / most
        parts.append(
            f'<line class="network-edge" x1="{cx:.1f}" y1="{cy:.1f}" x2="{x:.1f}" y2="{y:.1f}" '
            f'stroke-width="{width:.1f}"/>'
        )
    parts.append(
        f'<g class="network-centre"><title>{_xml(profile.entity.name)}</title>'
        f'<circle cx="{cx:.1f}" cy="{cy:.1f}" r="14"/></g>'
    )
    for other, count, x, y, angle in points:
        sources = f"{count} source{'s' if count != 1 else ''}"
        # centred under its dot (above it at the top), short enough to stay inside the drawing
        label = other.name if len(other.name) <= LABEL else other.name[: LABEL - 1] + "…"
        dy = -15 if math.sin(angle) < -0.3 else 27
        parts.append(
            f'<a href="{_xml(links.to(other.page))}">'
            f"<title>{_xml(other.name)} ({_xml(KIND_OF.get(other.kind, other.kind))}): named with it in "
            f"{sources}</title>"
            f'<circle class="network-node network-{_xml(other.kind)}" cx="{x:.1f}" cy="{y:.1f}" r="9"/>'
            f'<text x="{x:.1f}" y="{y + dy:.1f}" text-anchor="middle">{_xml(label)}</text></a>'
        )
    parts.append("</svg>")
    caption = (
        "<figcaption>A filled dot is a person, a ring a place or a body; a line is as wide as the "
        "number of sources that name both.</figcaption>"
    )
    return Md(f'<figure class="network-block" {UNINDEXED}>{"".join(parts)}{caption}</figure>')
