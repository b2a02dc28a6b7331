"""The cross-source index: what all briefings say together.

One entity for all its spellings across sources and scripts. People merge when their
surnames are near-identical transliterations (Lukashenko / Lukashenka / Лукашенко) and
their first names agree (the same initial and a close spelling, or one source
gives none); two people who share a surname but not a first name stay two. Names are
compared in Latin letters, with the romanisations' variants folded (names.py).
Places merge through the gazetteer's variants (Kiev -> Kyiv), and a place in another
script through its transliteration or the gazetteer's English name for it (Киев, Москва);
organisations by their words in any order or by acronym, and across scripts by their
words in English (organisations' `in_english`, places and demonyms: Минобороны Белоруссии
is the Belarusian Defence Ministry). A maintainer's aliases.yaml forces or
forbids a merge; pairs that look alike but were not merged are reported so a
maintainer can decide.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right, insort
from collections import Counter, defaultdict, deque
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, lru_cache, wraps
from pathlib import Path
from typing import Any, TypeVar

from rapidfuzz import fuzz
from rapidfuzz.distance import JaroWinkler

from .errors import UserError, did_you_mean, shown_file, shown_value
from .ids import page_slug, unique_slugs
from .lexicon import DEFAULT_LANGUAGE, Lexicon, PlaceNames, bundled, languages_with_data, load_lexicon
from .names import (
    LATIN,
    Romanisation,
    initials,
    is_acronym,
    latin_key,
    name_key,
    script_of,
    stands_for,
)
from .overlap import NAMED, STEM, Details, SentenceKeys, other_details
from .schema import ENTITY_KINDS, Assessment, Briefing, Entity, Event, Figure, Quote
from .subjects import SubjectKey, SubjectWords, subject_key
from .yamltext import Lines, read_file

SURNAME_SIMILAR = 0.93  # Jaro-Winkler: Lukashenko/Lukashenka 0.96, Revenko/Revenka 0.94
FIRST_NAME_SIMILAR = 0.8  # Alexander/Alyaksandr 0.80, Victor/Viktor 0.91
NEAR_SURNAME = 0.88
ORG_SAME = 95  # token-sort ratio: word order does not matter
ORG_NEAR = 88
ENDING = 2  # letters a declined name may differ by at its end: "Белоруссии" is Белоруссия


T = TypeVar("T")


def _once(method: Callable[[Corpus], T]) -> Callable[[Corpus], T]:
    """A cross-source list worked out once: the home page and its own page both show it.

    The corpus does not change once built; callers must not change the list.
    """

    @wraps(method)
    def wrapper(self: Corpus) -> T:
        key = method.__name__
        if key not in self._once:
            self._once[key] = method(self)
        return self._once[key]  # type: ignore[no-any-return]

    return wrapper


@dataclass(eq=False)  # one object per entity: compared and hashed by identity
class CorpusEntity:
    """One entity across sources."""

    kind: str
    name: str
    slug: str = ""
    spellings: set[str] = field(default_factory=set)
    roles: list[tuple[str, str]] = field(default_factory=list)  # (role, briefing id)
    sources: list[str] = field(default_factory=list)  # briefing ids
    mentions: int = 0
    counts: dict[str, int] = field(default_factory=dict)  # spelling -> mentions, to pick a name
    shared: bool = False  # named in too few sources for a page of its own (settings.entity_pages)

    @property
    def file(self) -> str:
        """The page it is shown on: its own, or that of its kind's names of its letter named once."""
        if self.shared:
            letter = self.slug[0] if self.slug[:1].isalpha() else "0-9"
            return f"{self.kind}/{SHARED_FOLDER}/{letter}.md"
        return f"{self.kind}/{self.slug}.md"

    @property
    def page(self) -> str:
        """Where a Markdown link to it leads: its page, or its entry on the shared page."""
        return f"{self.file}#{self.slug}" if self.shared else self.file

    @property
    def other_spellings(self) -> list[str]:
        return sorted(s for s in self.spellings if s != self.name)


SHARED_FOLDER = "one-source"  # kind/one-source/a.md: no entity's page, which is kind/<slug>.md

ALIAS_KEYS = ("merge", "keep_apart")


def _lines_of(lines: Lines, merged: list[int]) -> str:
    """'line 9 (merge[0])', or 'lines 9 and 12 (merge[0], merge[3])'."""
    numbers = [str(lines[("merge", i)]) for i in merged if ("merge", i) in lines]
    entries = ", ".join(f"merge[{i}]" for i in merged)
    if not numbers:
        return entries
    listed = numbers[0] if len(numbers) == 1 else ", ".join(numbers[:-1]) + " and " + numbers[-1]
    return f"line{'s' if len(numbers) > 1 else ''} {listed} ({entries})"


def _joining(a: str, b: str, entries: list[set[str]], holding: dict[str, list[int]]) -> list[int]:
    """The merge entries that join two names (by key) through the names they share; [] if none do."""
    before: dict[int, int | None] = dict.fromkeys(holding.get(a, ()))
    queue = deque(before)
    while queue:
        current = queue.popleft()
        if b in entries[current]:
            path = [current]
            while (previous := before[path[-1]]) is not None:
                path.append(previous)
            return sorted(path)
        for key in entries[current]:
            for other in holding[key]:
                if other not in before:
                    before[other] = current
                    queue.append(other)
    return []


@dataclass
class Aliases:
    """A maintainer's decisions: names that are one entity, names that are not."""

    merge: list[list[str]] = field(default_factory=list)
    keep_apart: list[list[str]] = field(default_factory=list)

    @classmethod
    def load(cls, path: Path | None) -> Aliases:
        """The file's decisions; UserError naming each mistake's line, a contradiction too."""
        if path is None or not path.is_file():
            return cls()
        data, lines = read_file(path, depth=3)
        data = {} if data is None else data
        shown = shown_file(path)
        problems: list[tuple[int, str]] = []

        def problem(loc: tuple[str | int, ...], what: str) -> None:
            line = lines.get(loc) or lines.get(loc[:1]) or 0
            field = "".join(f"[{part}]" if isinstance(part, int) else part for part in loc)
            problems.append(
                (line, f"{shown}:{line}: {field}: {what}" if line else f"{shown}: {field}: {what}")
            )

        shape = "each a list of name lists such as [Kiev, Kyiv]"
        if not isinstance(data, dict):
            raise UserError(f"{shown}: expected the keys `merge` and `keep_apart`, {shape}")
        for key in data:
            if key not in ALIAS_KEYS:
                known = did_you_mean(str(key), ALIAS_KEYS)
                problem(
                    (str(key),), f"unknown key {str(key)!r}{known}; the file has `merge` and `keep_apart`"
                )
        groups: dict[str, list[list[str]]] = {}
        for key in ALIAS_KEYS:
            entries = data.get(key) or []
            if not isinstance(entries, list):
                problem(
                    (key,), f"expected a list of name lists such as [Kiev, Kyiv], got {shown_value(entries)}"
                )
                entries = []
            for index, entry in enumerate(entries):
                if not (
                    isinstance(entry, list)
                    and len(entry) >= 2
                    and all(isinstance(n, str) and name_key(n) for n in entry)
                ):
                    problem((key, index), f"expected a list of two or more names, got {shown_value(entry)}")
            groups[key] = entries
        if not problems:
            aliases = cls(merge=groups["merge"], keep_apart=groups["keep_apart"])
            for apart, a, b, merged in aliases.contradictions():
                joined = _lines_of(lines, merged)
                problem(
                    ("keep_apart", apart),
                    f"{a!r} and {b!r} are kept apart here but merged on {joined}: "
                    "remove them from one of the two lists",
                )
        if problems:
            raise UserError("\n".join(text for _, text in sorted(problems, key=lambda p: p[0])))
        return aliases

    def contradictions(self) -> list[tuple[int, str, str, list[int]]]:
        """Names both merged and kept apart: (keep_apart entry, name, name, the merge entries that join them).

        Either decision would be dropped without a word: a pair kept apart blocks the
        merge entries that join it (all of a merge group whose names it splits).
        """
        entries = [{name_key(n) for n in entry} for entry in self.merge]
        holding: dict[str, list[int]] = defaultdict(list)  # a name's merge entries
        for index, keys in enumerate(entries):
            for key in keys:
                holding[key].append(index)
        found = []
        for apart, names in enumerate(self.keep_apart):
            shown: dict[str, str] = {}  # a name as first written
            for name in names:
                shown.setdefault(name_key(name), name)
            keys = list(shown)
            for i, a in enumerate(keys):
                for b in keys[i + 1 :]:
                    merged = _joining(a, b, entries, holding)
                    if merged:
                        found.append((apart, shown[a], shown[b], merged))
        return found

    def forced(self, a: str, b: str) -> bool | None:
        """True to merge, False to keep apart, None when the file says nothing."""
        if not self.merge and not self.keep_apart:
            return None
        groups = self._groups()
        ka, kb = groups.get(name_key(a), ()), groups.get(name_key(b), ())
        shared = set(ka) & set(kb)
        if any(kind == "apart" for kind, _ in shared):
            return False
        if shared:
            return True
        return None

    def _groups(self) -> dict[str, list[tuple[str, int]]]:
        """Each name's entries in the file, computed once: ("merge"|"apart", entry number)."""
        if not hasattr(self, "_by_name"):
            by_name: dict[str, list[tuple[str, int]]] = defaultdict(list)
            for kind, entries in (("merge", self.merge), ("apart", self.keep_apart)):
                for number, names in enumerate(entries):
                    for name in names:
                        by_name[name_key(name)].append((kind, number))
            self._by_name = dict(by_name)
        return self._by_name


@dataclass
class FigureClaim:
    figure: Figure
    briefing: Briefing


@dataclass
class FigureGroup:
    key: str
    slug: str
    claims: list[FigureClaim]
    # the subject says whose or where ("troops of Russia in Belarus"), not only what ("troops"):
    # only such a subject is specific enough for two sources' figures to disagree about it
    specific: bool = False

    @property
    def sources(self) -> set[str]:
        return {c.briefing.id for c in self.claims}

    @property
    def disagreement(self) -> float | None:
        """The largest figure one source claims over the smallest another claims (1.0: they agree).

        None with fewer than two sources of numbers: one source's figures are not a disagreement.
        A range counts by its ends; "up to" and "more than" count as the number they qualify.
        """
        highs: dict[str, float] = {}
        lows: dict[str, float] = {}
        for claim in self.claims:
            f = claim.figure
            low, high = (f.value, f.value) if f.value is not None else (f.low, f.high)
            if low is None or high is None or low <= 0:
                continue
            source = claim.briefing.id
            highs[source] = max(high, highs.get(source, high))
            lows[source] = min(low, lows.get(source, low))
        if len(highs) < 2:
            return None
        # the two largest highs and two smallest lows, so that the pair is of two sources
        top = sorted(highs.items(), key=lambda kv: (-kv[1], kv[0]))[:2]
        bottom = sorted(lows.items(), key=lambda kv: (kv[1], kv[0]))[:2]
        return max(high / low for source, high in top for other, low in bottom if source != other)


@dataclass
class TimelineEntry:
    event: Event
    briefing: Briefing
    # the same event told by other sources: one row of the timeline cites them all
    also: list[TimelineEntry] = field(default_factory=list)

    @property
    def sources(self) -> list[TimelineEntry]:
        return [self, *self.also]


@dataclass
class QuoteEntry:
    quote: Quote
    briefing: Briefing


@dataclass
class AssessmentEntry:
    assessment: Assessment
    briefing: Briefing


def _words(name: str) -> list[str]:
    return name_key(name).split()


def same_person(
    a: str,
    b: str,
    languages: tuple[str | None, str | None] = (None, None),
    romanisation: Romanisation | None = None,
) -> bool:
    """Whether two person names can be one person: transliterations, in any script, or a surname
    alone. `languages`: the language each name was written in (how its letters transliterate)."""
    wa, wb = _words(a), _words(b)
    if _same_person_words(wa, wb):
        return True
    if script_of(a) != script_of(b) and _same_person_words(
        latin_key(a, languages[0]).split(), latin_key(b, languages[1]).split()
    ):
        return True
    if len(wa) < 2 or len(wb) < 2:
        # a surname alone is compared as spelled: folded, "Moyo" came near "Mode", "May" "Main"
        return False
    folding = romanisation or _default_romanisation()
    fa, fb = folding.words(a, languages[0]), folding.words(b, languages[1])
    if _same_person_words(fa, fb):
        return True
    # the forms of one given name in the region's languages (Владимир, Volodymyr), one surname
    return folding.one_given_name(fa[0], fb[0]) and _same_person_words(fa[-1:], fb[-1:])


def _default_romanisation() -> Romanisation:
    return Romanisation.of(load_lexicon().raw.get("languages", {}))


def _same_person_words(wa: list[str], wb: list[str]) -> bool:
    if not wa or not wb:
        return False
    if JaroWinkler.similarity(wa[-1], wb[-1]) < SURNAME_SIMILAR or wa[-1][0] != wb[-1][0]:
        return False
    if len(wa) == 1 or len(wb) == 1:
        return True
    first_a, first_b = wa[0], wb[0]
    if len(first_a) == 1 or len(first_b) == 1:  # "V. Putin"
        return first_a[0] == first_b[0]
    return JaroWinkler.similarity(first_a, first_b) >= FIRST_NAME_SIMILAR and (
        first_a[0] == first_b[0] or JaroWinkler.similarity(first_a, first_b) >= 0.85
    )


@cache
def _small_words() -> frozenset[str]:
    """Words an organisation's name may have or lack and stay the organisation ("Ministry of
    Defence", "Defence Ministry"): organisations.yaml's `name_small_words`, every language's."""
    return frozenset(w.lower() for w in bundled("organisations", "name_small_words") or [])


@lru_cache(maxsize=200_000)  # asked of every pair of candidates: one name meets many
def _org_key(name: str) -> str:
    small = _small_words()
    return " ".join(sorted(w for w in _words(name) if w not in small))


def same_organisation(a: str, b: str) -> bool:
    if name_key(a) == name_key(b):
        return True
    if stands_for(a, b) or stands_for(b, a):
        return True
    return fuzz.token_sort_ratio(_org_key(a), _org_key(b)) >= ORG_SAME


COMMON_MIN = 50  # sources: a name in more than this (or COMMON_SHARE of them) is common
COMMON_SHARE = 0.05


class Corpus:
    """All briefings, indexed across sources."""

    def __init__(
        self,
        briefings: list[Briefing],
        aliases: Aliases | None = None,
        lexicon: Lexicon | None = None,
        lexicons: dict[str, Lexicon] | None = None,
        language: str = DEFAULT_LANGUAGE,
        own_page_sources: int = 1,
    ) -> None:
        """`lexicon`: the site's language data (English's); `lexicons`: every language's, for the
        names of places and organisations in other scripts; `language`: the site's, whose
        spelling of a name its page is named by; `own_page_sources`: the sources an entity must
        be named in for a page of its own (settings.entity_pages)."""
        # newest first; undated sources by their estimate, then by title for a stable order
        self.briefings = sorted(briefings, key=lambda b: (b.sort_date, b.title.lower(), b.id), reverse=True)
        self.by_id = {b.id: b for b in self.briefings}
        self.aliases = aliases or Aliases()
        self.lexicon = lexicon or load_lexicon()
        others = lexicons or {
            other: load_lexicon(None, other)
            for other in languages_with_data()
            if other != self.lexicon.language
        }
        self.lexicons = {**others, self.lexicon.language: self.lexicon}
        names = {code: PlaceNames.of(lexicon) for code, lexicon in self.lexicons.items()}
        site_names = names[self.lexicon.language]
        self.place_variants = {name_key(k): v for k, v in site_names.variants.items()}
        self.romanisation = Romanisation.of(self.lexicon.raw.get("languages", {}))
        scripts = self.lexicon.raw.get("languages", {}).get("scripts") or {}
        # the script of the site's language: its spelling of a name wins ("Alexander Lukashenko"
        # over "Александр Лукашенко" on an English site)
        self.script = next((s for s, code in sorted(scripts.items()) if code == language), LATIN)
        self._language: dict[str, str | None] = {}  # a spelling -> the language of its first source
        self._places_across_scripts(names)
        self._organisations_across_scripts(names)
        # a place's one-word names in any language's data ("Iran", "Iranian", "Kiev"), by its
        # English name: what tells two countries' bodies of near spellings apart
        self.place_words = {
            name_key(spelling): self.gazetteer_name(place, code) or place
            for code in sorted(names)
            for spelling, place in names[code].spellings()
            if len(name_key(spelling).split()) == 1
        }
        self._place_sets: dict[str, frozenset[str]] = {}
        self.near_duplicates: list[tuple[str, str, str]] = []
        self._once: dict[str, Any] = {}
        self.entities: dict[str, list[CorpusEntity]] = {}
        self._of: dict[tuple[str, str, str], CorpusEntity] = {}  # (briefing, kind, name) -> entity
        for kind in ENTITY_KINDS:
            self.entities[kind] = self._merge(kind)
            for entity in self.entities[kind]:
                entity.shared = len(entity.sources) < own_page_sources

    # ------------------------------------------------------------ entities

    def _places_across_scripts(self, names: dict[str, PlaceNames]) -> None:
        """The tables that give a place of any language its English name: each language's
        gazetteer's `in_english`, the English gazetteer's names by their Latin key and folded
        (a transliteration's spelling of a known name: "belorussiya" is Belorussia, Belarus)."""
        self.place_english: dict[str, str] = {}
        site_names = names[self.lexicon.language]
        english = [*site_names.places, *site_names.variants]
        self.place_latin = {name_key(n): self.place_variants.get(name_key(n), n) for n in english}
        folded: dict[str, str | None] = {}
        for key, preferred in sorted(self.place_latin.items()):
            fold = self._fold(key)
            # two places whose names fold alike are told by neither
            folded[fold] = preferred if folded.get(fold, preferred) == preferred else None
        self.place_folded = {k: v for k, v in folded.items() if v}
        # a known place's name and its stem (all but its ending), for a declined place in an
        # organisation's name: "Минобороны Белоруссии"
        self.place_stems: dict[str, tuple[str, str]] = {}
        for code, table in sorted(names.items()):
            for name, in_english in table.in_english.items():
                self.place_english.setdefault(
                    name_key(name), self.place_variants.get(name_key(in_english), in_english)
                )
            for name in [*table.places, *table.in_english]:
                key = name_key(name)
                if script_of(name) != LATIN and " " not in key:
                    self.place_stems.setdefault(key, (name, code))
                    if len(key) > ENDING + 2:  # "Литва": "литвы" of "МИД Литвы" by its stem "литв"
                        self.place_stems.setdefault(key[:-1], (name, code))

    def _fold(self, key: str) -> str:
        return " ".join(self.romanisation.fold(word) for word in key.split())

    def gazetteer_name(self, name: str, language: str | None = None) -> str | None:
        """The English name the gazetteer gives a place ("Kiev", "Киев" and "Київ": Kyiv), or None."""
        key = name_key(name)
        found = self.place_variants.get(key) or self.place_english.get(key)
        if found or script_of(name) == LATIN:
            return found
        latin = latin_key(name, language)
        return self.place_latin.get(latin) or self.place_folded.get(self._fold(latin))

    def _place_key(self, name: str, language: str | None) -> str:
        """One key for every name of a place: the gazetteer's, or the name in Latin letters."""
        known = self.gazetteer_name(name, language)
        return name_key(known) if known else latin_key(name, language)

    def _organisations_across_scripts(self, names: dict[str, PlaceNames]) -> None:
        """Each language's words of an organisation's name in English, and its demonyms' places."""
        self.org_english: dict[str, tuple[re.Pattern[str], dict[str, str]]] = {}
        self._english: dict[tuple[str, str | None], str] = {}  # _org_english's, once per name
        self.demonyms: dict[str, str] = {}
        for code, lexicon in sorted(self.lexicons.items()):
            table = {
                name_key(k): name_key(v)
                for k, v in (lexicon.raw["organisations"].get("in_english") or {}).items()
            }
            if table:
                phrases = "|".join(re.escape(k) for k in sorted(table, key=len, reverse=True))
                self.org_english[code] = (re.compile(rf"(?<!\w)(?:{phrases})(?!\w)"), table)
            for adjective, place in names[code].demonyms.items():
                self.demonyms.setdefault(name_key(adjective), self.gazetteer_name(place, code) or place)

    def _org_english(self, name: str, language: str | None) -> str:
        """An organisation's name as English words in any order, its places by their English names:
        "Минобороны Белоруссии" and "Belarusian Defence Ministry" are both "belarus defence ministry"."""
        found = self._english.get((name, language))
        if found is None:
            found = self._english[(name, language)] = self._org_words_in_english(name, language)
        return found

    def _org_words_in_english(self, name: str, language: str | None) -> str:
        text = name_key(name)
        if language in self.org_english:
            pattern, table = self.org_english[language]
            text = pattern.sub(lambda m: table[m.group(0)], text)
        words = []
        for word in text.split():
            if word in _small_words():
                continue
            place = self.demonyms.get(word) or self._declined_place(word)
            words.append(name_key(place) if place else self._fold(latin_key(word, language)))
        return " ".join(sorted(words))

    def _declined_place(self, word: str) -> str | None:
        """The English name of a known place a word in another script names in any case
        ("белоруссии", "минска"), or None."""
        if script_of(word) == LATIN:
            return None
        for cut in range(ENDING + 1):
            found = self.place_stems.get(word[: len(word) - cut] if cut else word)
            if found and len(word) - cut >= 4:
                name, code = found
                return self.gazetteer_name(name, code)
        return None

    def _similar(self, kind: str, a: str, b: str) -> bool:
        forced = self.aliases.forced(a, b)
        if forced is not None:
            return forced
        la, lb = self._language.get(a), self._language.get(b)
        if kind == "people":
            return same_person(a, b, (la, lb), self.romanisation)
        if kind == "organisations":
            pa, pb = self._places_named(a), self._places_named(b)
            if pa - pb and pb - pa:
                return False  # "Foreign Ministry of Iran" and "... of Iraq": near spellings, two countries
            if same_organisation(a, b):
                return True
            if script_of(a) == LATIN and script_of(b) == LATIN:
                return False  # English names compare as they always did
            ea, eb = self._org_english(a, la), self._org_english(b, lb)
            return bool(ea and eb) and fuzz.token_sort_ratio(ea, eb) >= ORG_SAME
        if kind == "places":
            return self._place_key(a, la) == self._place_key(b, lb)
        return name_key(a) == name_key(b)

    def _places_named(self, name: str) -> frozenset[str]:
        """The known places whose one-word names an organisation's name holds ("Iranian Foreign
        Ministry": Iran), by their English names."""
        found = self._place_sets.get(name)
        if found is None:  # asked once per pair compared: kept per name
            places = (self.place_words.get(w) for w in name_key(name).split())
            found = self._place_sets[name] = frozenset(p for p in places if p)
        return found

    def _blocks(self, kind: str, name: str) -> list[str]:
        """Keys that any name this one could merge with shares: only those are compared.

        Comparing every entity with every other grows with the square of the corpus;
        a transliteration keeps its surname's first letters, an organisation its words
        or its initials, so candidates are looked up by those.
        """
        words = _words(name)
        if not words:
            return []
        # names a maintainer merged in aliases.yaml meet whatever their spelling
        forced = [f"a:{n}" for group, n in self.aliases._groups().get(name_key(name), ()) if group == "merge"]
        return forced + self._spelling_blocks(kind, name, words)

    def _spelling_blocks(self, kind: str, name: str, words: list[str]) -> list[str]:
        language = self._language.get(name)
        if kind == "people":
            folded = self.romanisation.words(name, language)
            return sorted({"p:" + words[-1][:2], "p:" + folded[-1][:2]}) if folded else ["p:" + words[-1][:2]]
        if kind == "organisations":
            keys = ["o:" + _org_key(name)[:3], "c:" + self._org_english(name, language)[:3]]
            keys.append("i:" + (name if is_acronym(name) else initials(name)))
            return keys
        if kind == "places":
            return ["l:" + self._place_key(name, language)]
        return ["e:" + name_key(name)]

    def _merge(self, kind: str) -> list[CorpusEntity]:
        merged: list[CorpusEntity] = []
        blocks: dict[str, list[CorpusEntity]] = defaultdict(list)
        # full names first, so a surname alone joins the person it belongs to
        items: list[tuple[Briefing, Entity]] = [
            (b, e) for b in sorted(self.briefings, key=lambda b: b.id) for e in getattr(b, kind)
        ]
        items.sort(key=lambda item: (-len(_words(item[1].name)), item[0].id, item[1].name))
        # sets beside the lists: a name every source uses has thousands of sources and roles,
        # and a membership test on the list made the merge quadratic in the corpus
        position: dict[int, int] = {}
        judged: dict[tuple[str, str], tuple[bool, bool]] = {}  # see _joins
        sources: dict[int, set[str]] = defaultdict(set)
        roles: dict[int, set[str]] = defaultdict(set)
        for briefing, entity in items:
            names = [entity.name, *entity.aliases]
            for name in names:
                self._language.setdefault(name, briefing.source.language)
            pool: dict[int, CorpusEntity] = {}
            for name in names:
                for key in self._blocks(kind, name):
                    for candidate in blocks.get(key, ()):
                        pool.setdefault(id(candidate), candidate)
            matches = [c for c in pool.values() if self._joins(kind, names, c.spellings, judged)]
            if kind == "people" and len(_words(entity.name)) == 1 and len(matches) > 1:
                matches = []  # a surname shared by two people: cannot tell which
            target = min(matches, key=lambda c: position[id(c)]) if matches else None
            if target is None:
                target = CorpusEntity(kind=kind, name=entity.name)
                position[id(target)] = len(merged)
                merged.append(target)
            for name in names:
                if name not in target.spellings:
                    for key in self._blocks(kind, name):
                        if target not in blocks[key]:
                            blocks[key].append(target)
            target.spellings.update(names)
            target.counts[entity.name] = target.counts.get(entity.name, 0) + entity.mentions
            if entity.role and entity.role not in roles[id(target)]:
                roles[id(target)].add(entity.role)
                target.roles.append((entity.role, briefing.id))
            if briefing.id not in sources[id(target)]:
                sources[id(target)].add(briefing.id)
                target.sources.append(briefing.id)
            target.mentions += entity.mentions
            self._of[(briefing.id, kind, entity.name)] = target
        order = {b.id: i for i, b in enumerate(self.briefings)}
        for entity in merged:
            entity.name = self._display_name(kind, entity)
            entity.sources.sort(key=order.__getitem__)
        slugs = unique_slugs([e.name for e in merged], {"index"})  # index: the list of them all
        for entity, entity_slug in zip(merged, slugs, strict=True):
            entity.slug = entity_slug
        merged.sort(key=lambda e: (-len(e.sources), -e.mentions, e.name.lower()))
        self._find_near_duplicates(kind, merged)
        return merged

    def _joins(
        self,
        kind: str,
        names: list[str],
        spellings: set[str],
        judged: dict[tuple[str, str], tuple[bool, bool]],
    ) -> bool:
        """Whether an entity's names join these spellings: a pair alike, and none kept apart.

        Each pair's verdict is kept in `judged` (a name's language, which the verdict reads, is
        its first source's and never changes): a name many sources use meets the same spellings
        in each, and judging them again was most of the merge's work.
        """
        alike = False
        for name in names:
            for spelling in spellings:
                verdict = judged.get((name, spelling))
                if verdict is None:
                    verdict = (
                        self._similar(kind, name, spelling),
                        self.aliases.forced(name, spelling) is False,
                    )
                    judged[(name, spelling)] = verdict
                if verdict[1]:
                    return False
                alike = alike or verdict[0]
        return alike

    def _display_name(self, kind: str, entity: CorpusEntity) -> str:
        if kind == "places":
            for spelling in sorted(entity.spellings):
                preferred = self.gazetteer_name(spelling, self._language.get(spelling))
                if preferred and script_of(preferred) == self.script:
                    entity.spellings.add(preferred)
                    return preferred
        # the site's script first, then the fullest name, the most mentioned among equals
        return max(
            entity.counts.items(),
            key=lambda kv: (script_of(kv[0]) == self.script, len(_words(kv[0])), kv[1], kv[0]),
        )[0]

    def _find_near_duplicates(self, kind: str, merged: list[CorpusEntity]) -> None:
        if kind not in ("people", "organisations"):
            return
        groups: dict[str, list[CorpusEntity]] = defaultdict(list)
        # a person's surname in Latin letters, so that names in two scripts are compared too
        surname = {id(e): latin_key(e.name, self._language.get(e.name)).split()[-1:] or [""] for e in merged}
        for entity in merged:
            key = "p:" + surname[id(entity)][0][:1] if kind == "people" else "o:" + _org_key(entity.name)[:2]
            groups[key].append(entity)
        for group in groups.values():
            for i, a in enumerate(group):
                for b in group[i + 1 :]:
                    if self.aliases.forced(a.name, b.name) is False:
                        continue
                    if kind == "people":
                        # one surname was kept apart by rule, not missed: two first names are two
                        # people, and a surname alone that two people share names neither; a
                        # maintainer has nothing to decide (at 1,000 sources, hundreds of pairs)
                        same = surname[id(a)][0] == surname[id(b)][0]
                        near = (
                            not same
                            and JaroWinkler.similarity(surname[id(a)][0], surname[id(b)][0]) >= NEAR_SURNAME
                        )
                    else:
                        near = fuzz.token_sort_ratio(
                            _org_key(a.name), _org_key(b.name)
                        ) >= ORG_NEAR and not self._of_other_places(a.name, b.name)
                    if near:
                        self.near_duplicates.append((kind, a.name, b.name))

    def _of_other_places(self, a: str, b: str) -> bool:
        """'Minsk & Kyiv' and 'Pinsk & Kyiv', 'Kyiv City Council' and 'Lviv City Council': names
        that differ only in the places they name are two organisations, as two first names are
        two people; the pair is no near miss for a maintainer to decide."""
        wa, wb = set(_words(a)), set(_words(b))
        differ = wa ^ wb
        return bool(differ) and all(w in self.demonyms or w in self.place_latin for w in differ)

    def entity_of(self, briefing_id: str, kind: str, name: str) -> CorpusEntity | None:
        return self._of.get((briefing_id, kind, name))

    def speaker_entity(self, briefing: Briefing, speaker: str | None) -> CorpusEntity | None:
        """The person or organisation a quote's speaker names."""
        if not speaker:
            return None
        for kind in ("people", "organisations"):
            for entity in getattr(briefing, kind):
                if speaker == entity.name or speaker in entity.aliases:
                    return self.entity_of(briefing.id, kind, entity.name)
        return None

    # ------------------------------------------------------------ across sources

    @_once
    def timeline(self) -> list[TimelineEntry]:
        """Every event of every source, oldest first (ties keep text order); the same event told
        by several sources is one entry citing each."""
        entries = [TimelineEntry(e, b) for b in self.briefings for e in b.events]
        entries.sort(key=lambda t: (t.event.date, t.briefing.id, int((t.event.ref or "p0")[1:])))
        return _same_events_joined(entries, self._event_judge(entries))

    def _event_judge(self, entries: list[TimelineEntry]) -> EventJudge:
        return EventJudge(self, entries)

    @_once
    def quotes_by_speaker(self) -> list[tuple[str, CorpusEntity | None, list[QuoteEntry]]]:
        groups: dict[str, list[QuoteEntry]] = defaultdict(list)
        owners: dict[str, CorpusEntity | None] = {}
        for briefing in self.briefings:
            for quote in briefing.quotes:
                entity = self.speaker_entity(briefing, quote.speaker)
                label = entity.name if entity else (quote.speaker or "Unattributed")
                groups[label].append(QuoteEntry(quote, briefing))
                owners[label] = entity
        order = sorted(groups, key=lambda k: (k == "Unattributed", -len(groups[k]), k.lower()))
        return [(label, owners[label], groups[label]) for label in order]

    @_once
    def assessments(self) -> list[AssessmentEntry]:
        bands = list(self.lexicon["estimative"].get("bands", {}))
        entries = [AssessmentEntry(a, b) for b in self.briefings for a in b.assessments]
        entries.sort(
            key=lambda e: (
                bands.index(e.assessment.band) if e.assessment.band in bands else 99,
                e.briefing.id,
            )
        )
        return entries

    @_once
    def figure_groups(self) -> list[FigureGroup]:
        """Figures grouped by subject (subjects.py), subjects named in more sources first."""
        words = SubjectWords.of(self.lexicons, self.lexicon.language)
        groups: dict[SubjectKey, list[FigureClaim]] = defaultdict(list)
        for briefing in self.briefings:
            for figure in briefing.figures:
                key = subject_key(figure, words)
                if key is not None:
                    groups[key].append(FigureClaim(figure, briefing))
        keys = sorted(groups)
        slugs = unique_slugs([key.label for key in keys])
        result = [
            FigureGroup(key.label, slug, groups[key], bool(key.whose or key.where))
            for key, slug in zip(keys, slugs, strict=True)
        ]
        result.sort(key=lambda g: (-len(g.sources), -len(g.claims), g.key, g.slug))
        return result

    @_once
    def disagreements(self) -> list[FigureGroup]:
        """The specific subjects on which sources' figures differ, most first (those on which they
        agree are `agreements`: a list headed "where sources disagree" must not hold them)."""
        found = [g for g in self.figure_groups() if g.specific and (g.disagreement or 0) > 1]
        return sorted(found, key=lambda g: (-(g.disagreement or 0), g.key, g.slug))

    @_once
    def agreements(self) -> list[FigureGroup]:
        """The specific subjects for which two or more sources give the same figures."""
        return [g for g in self.figure_groups() if g.specific and (g.disagreement or 2) <= 1]

    def related(self, briefing: Briefing, limit: int = 5) -> list[tuple[Briefing, list[str]]]:
        """Other briefings that share people, organisations or places, most shared first."""
        sets = self._entity_sets()
        counts: dict[str, list[CorpusEntity]] = defaultdict(list)
        # A name that most sources use relates nothing, and following it to every source
        # made this quadratic in the corpus: the rarer names speak first; the common ones
        # only add their latest sources, when the rare ones found too few.
        common = max(COMMON_MIN, int(len(self.briefings) * COMMON_SHARE))
        entities = sorted(sets.get(briefing.id, ()), key=lambda e: (len(e.sources), e.name))
        for entity in entities:
            rare = len(entity.sources) <= common
            if not rare and len(counts) >= limit:
                break
            for other in entity.sources if rare else entity.sources[:common]:
                if other != briefing.id:
                    counts[other].append(entity)
        scored = sorted(counts.items(), key=lambda kv: (-len(kv[1]), kv[0]))[:limit]
        return [(self.by_id[other], sorted(e.name for e in shared)) for other, shared in scored]

    def _entity_sets(self) -> dict[str, set[CorpusEntity]]:
        """Each briefing's merged entities, leaving out those nearly every source names."""
        if not hasattr(self, "_sets"):
            # what most sources name (the country the corpus is about) relates nothing
            common = max(3, len(self.briefings) // 2)
            sets: dict[str, set[CorpusEntity]] = defaultdict(set)
            for kind in ENTITY_KINDS:
                for entity in self.entities[kind]:
                    if len(entity.sources) < common:
                        for briefing_id in entity.sources:
                            sets[briefing_id].add(entity)
            self._sets = dict(sets)
        return self._sets

    @_once  # each briefing page asks, and a preview renders one page at a time
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

    def tags(self, briefing: Briefing, limit: int = 6) -> list[tuple[str, str]]:
        """(tag, page) for a briefing: its own tags, then the entities it names most.

        An entity's tag leads to the entity's page, which lists its sources; a tag a
        person gave leads to that tag's page.
        """
        tags = [(tag, tag_page(tag)) for tag in briefing.tags]
        named = []
        for kind in ("people", "organisations", "places"):
            for entity in getattr(briefing, kind):
                merged = self.entity_of(briefing.id, kind, entity.name)
                if merged and len(merged.sources) > 1:
                    named.append((entity.mentions, merged.name, merged.page))
        for _, name, page in sorted(named, key=lambda n: (-n[0], n[1])):
            if len(tags) < limit and all(name != tag for tag, _ in tags):
                tags.append((name, page))
        return tags

    @_once
    def tagged(self) -> list[tuple[str, str, list[Briefing]]]:
        """(tag, page, briefings newest first) for every tag a person gave, most used first.

        Tags whose pages would share an address ("Air defence", "air defence") are one.
        """
        groups: dict[str, tuple[str, list[Briefing]]] = {}
        for briefing in self.briefings:
            for tag in briefing.tags:
                label, briefings = groups.setdefault(tag_page(tag), (tag, []))
                if not briefings or briefings[-1] is not briefing:
                    briefings.append(briefing)
        found = [(label, page, briefings) for page, (label, briefings) in groups.items()]
        return sorted(found, key=lambda t: (-len(t[2]), name_key(t[0])))

    def most_named(self, limit: int) -> list[CorpusEntity]:
        """The people, organisations and places the most sources name."""
        named = [e for kind in ("people", "organisations", "places") for e in self.entities[kind]]
        return sorted(named, key=lambda e: (-len(e.sources), name_key(e.name), e.kind))[:limit]


# Two sources tell the same event when they date it alike and their sentences are near-identical:
# a token-sort ratio of 90 joins "Lukashenko announced the joint grouping on October 10" and
# "Lukashenka announced the joint grouping on October 10" (a spelling, a word order), and keeps
# apart two things done on one day ("... announced the grouping", "... inspected the troops").
# Conservative on purpose: a row that wrongly joins two events hides one; two rows of one event
# only repeat it. Their numbers must be the same too ("killed 12", "killed 17" differ by little), and
# a source's own sentences are never joined (it told two things).
SAME_EVENT = 90
BACKGROUND_YEARS = 2  # an event dated by its year alone this long before its sources is history
BACKGROUND_WORDS = 3  # words (overlap.py's stems) two tellings of one piece of history share
RETOLD = 0.5  # of the words of either: more alike, the two are one sentence pattern, not a retelling
# a quotation: an opening mark and three words or more ("Union State" in quotation marks is a name)
QUOTED_RE = re.compile(r"[\"“«](?:[^\"”»\s]+\s+){3,}")
CITED_RE = re.compile(r"\s*\([^()]{1,60}\)")  # "(Belta, October 31)": the citation is not the event
DIGITS_RE = re.compile(r"\d+")
PLACES = NAMED.index("@places:")  # of a sentence's named details (overlap.Details.named)
# a telling of history's rarest words, and the places it names with the acts it tells
RetellingKeys = tuple[frozenset[str], frozenset[tuple[str, int]]]


class EventJudge:
    """Whether two sources' events of one date are one, given whether their sentences are
    near-identical (`_same_events_joined`'s rule):

    - near-identical sentences that name other people, bodies, places or figures are two
      events ("explosions were heard near the airfield at Brest", "... at Bobruisk");
    - a background event, dated by its year alone BACKGROUND_YEARS or more before both
      sources, is retold by source after source in its own words: two tellings sharing
      BACKGROUND_WORDS words (overlap.py), fewer than RETOLD of them (more alike, they are one
      sentence pattern with another detail), and no other detail are one ("signed the Union
      State treaty in 1999 and have since taken steps toward political, military and economic
      integration", "in 1999, Lukashenko signed an agreement with Yeltsin to forge economic and
      political unification"); so are two that tell one act (dates.yaml `same_acts`) done to a
      place both name. A quotation is what someone said, never retold history.

    Two tellings of history that are not near-identical can be one only if they share
    BACKGROUND_WORDS words, or a place and an act: `retelling_keys` gives what a telling offers,
    so that the join judges only the pairs that share it (`_Told`). Of its words, those are the
    rarest but BACKGROUND_WORDS - 1 (in one order of all tellings' words, the rarest first): two
    sets that share BACKGROUND_WORDS words share one of those (a set join's prefix filter), and
    the words every telling of a year has ("union", "state") are left out of the comparing.
    """

    def __init__(self, corpus: Corpus, entries: list[TimelineEntry]) -> None:
        self.told = SentenceKeys(corpus)
        self.details: dict[int, Details] = {}
        self.history = {
            id(e)
            for e in entries
            if len(e.event.date) == 4
            and e.briefing.sort_date
            and int(e.briefing.sort_date[:4]) - int(e.event.date) >= BACKGROUND_YEARS
            and not QUOTED_RE.search(e.event.text)
        }
        self.acts = [
            frozenset(str(w).lower()[:STEM] for w in group)
            for group in corpus.lexicon["dates"].get("same_acts") or []
        ]
        told = Counter(word for e in entries if self.retells(e) for word in self.details_of(e).words)
        self.rank = {word: rank for rank, word in enumerate(sorted(told, key=lambda w: (told[w], w)))}

    def details_of(self, entry: TimelineEntry) -> Details:
        if id(entry) not in self.details:
            self.details[id(entry)] = Details.of(self.told.of(entry.briefing, entry.event.text))
        return self.details[id(entry)]

    def retells(self, entry: TimelineEntry) -> bool:
        """Whether the entry tells history, which may be one with a telling in other words."""
        return id(entry) in self.history

    def retelling_keys(self, entry: TimelineEntry) -> RetellingKeys:
        """A telling of history's rarest words but BACKGROUND_WORDS - 1, and each place it names
        with each act its words tell."""
        details = self.details_of(entry)
        acts = [number for number, act in enumerate(self.acts) if details.words & act]
        rarest = sorted(details.words, key=self.rank.__getitem__)[: len(details.words) - BACKGROUND_WORDS + 1]
        return frozenset(rarest), frozenset((place, act) for place in details.named[PLACES] for act in acts)

    def _one_act(self, da: Details, db: Details) -> bool:
        # "Russia annexed Crimea" and "Russia seized Crimea": one act in other words, done to a
        # place both name (and, as any two tellings, no other place, person, body or figure)
        return bool(da.named[PLACES] & db.named[PLACES]) and any(
            da.words & act and db.words & act for act in self.acts
        )

    def __call__(self, a: TimelineEntry, b: TimelineEntry, near_identical: bool) -> bool:
        if not near_identical and not (self.retells(a) and self.retells(b)):
            return False
        da, db = self.details_of(a), self.details_of(b)
        if not near_identical:
            shared = len(da.words & db.words)
            retold = BACKGROUND_WORDS <= shared < RETOLD * len(da.words | db.words)
            if not retold and not self._one_act(da, db):
                return False
        return not other_details(da, db, besides=("#" + a.event.date,))


@dataclass
class _Kept:
    """An entry the timeline keeps, with what a later telling is compared by."""

    entry: TimelineEntry
    words: str
    numbers: tuple[str, ...]
    briefings: set[str]  # the sources that tell it: a source's second telling is not joined to it


@dataclass
class _Told:
    """The entries kept of one date, in order, indexed by what a later telling must share with one
    to be judged with it: near-identical words have the same numbers and about the same length
    (`near_lengths`), and history shares its rarest words or a place and an act
    (EventJudge.retelling_keys)."""

    kept: list[_Kept] = field(default_factory=list)
    # (length of the words, number of the kept entry), in that order, by the words' numbers
    by_numbers: dict[tuple[str, ...], list[tuple[int, int]]] = field(
        default_factory=lambda: defaultdict(list)
    )
    by_word: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    by_act: dict[tuple[str, int], list[int]] = field(default_factory=lambda: defaultdict(list))

    def candidates(self, words: str, numbers: tuple[str, ...], keys: RetellingKeys | None) -> list[int]:
        """The kept entries that may be the same event, in the order they were kept."""
        low, high = near_lengths(len(words))
        lengths = self.by_numbers.get(numbers, [])
        found = {
            n
            for _, n in lengths[
                bisect_left(lengths, (low, -1)) : bisect_right(lengths, (high, len(self.kept)))
            ]
        }
        if keys is not None:
            rarest, acts = keys
            found.update(n for word in rarest for n in self.by_word.get(word, ()))
            found.update(n for act in acts for n in self.by_act.get(act, ()))
        return sorted(found)

    def keep(self, kept: _Kept, keys: RetellingKeys | None) -> None:
        number = len(self.kept)
        self.kept.append(kept)
        insort(self.by_numbers[kept.numbers], (len(kept.words), number))
        if keys is not None:
            rarest, acts = keys
            for word in rarest:
                self.by_word[word].append(number)
            for act in acts:
                self.by_act[act].append(number)


def near_lengths(length: int) -> tuple[int, int]:
    """The lengths of words that may be near-identical to words of `length` characters.

    token_sort_ratio is 100 * (1 - d / (a + b)) for an edit distance d (insertions and deletions)
    of at least |a - b| between the words sorted, whose lengths are the words' (one space between
    any two): SAME_EVENT or more needs |a - b| <= (1 - SAME_EVENT / 100) * (a + b). A character
    more each way: no rounding ever leaves a pair out.
    """
    share = 1 - SAME_EVENT / 100
    return math.floor(length * (1 - share) / (1 + share)) - 1, math.ceil(
        length * (1 + share) / (1 - share)
    ) + 1


def _same_events_joined(entries: list[TimelineEntry], judge: EventJudge | None = None) -> list[TimelineEntry]:
    """One entry per event: each joins the first entry of its date from other sources that tells it
    in near-identical words, or that `judge` (given whether the words are near-identical) says is
    the same.

    Only the kept entries a telling may be one with are judged (`_Told.candidates`): every pair of
    a date's entries was, the square of a year's history told by source after source (1.3 million
    pairs at 1,860 sources).
    """
    kept: list[TimelineEntry] = []
    by_date: dict[str, _Told] = defaultdict(_Told)
    for entry in entries:
        words = " ".join(CITED_RE.sub("", entry.event.text).lower().split())
        numbers = tuple(sorted(DIGITS_RE.findall(words)))
        told = by_date[entry.event.date]
        keys = judge.retelling_keys(entry) if judge is not None and judge.retells(entry) else None
        same = next(
            (
                first
                for first in (told.kept[number] for number in told.candidates(words, numbers, keys))
                if entry.briefing.id not in first.briefings
                and _one_event(
                    first.entry,
                    entry,
                    first.numbers == numbers
                    and fuzz.token_sort_ratio(words, first.words, score_cutoff=SAME_EVENT) >= SAME_EVENT,
                    judge,
                )
            ),
            None,
        )
        if same is not None:
            same.entry.also.append(entry)
            same.briefings.add(entry.briefing.id)
        else:
            told.keep(_Kept(entry, words, numbers, {entry.briefing.id}), keys)
            kept.append(entry)
    return kept


def _one_event(
    a: TimelineEntry,
    b: TimelineEntry,
    near_identical: bool,
    judge: Callable[[TimelineEntry, TimelineEntry, bool], bool] | None,
) -> bool:
    return judge(a, b, near_identical) if judge is not None else near_identical


def tag_page(tag: str) -> str:
    return f"tags/{page_slug(tag)}.md"
