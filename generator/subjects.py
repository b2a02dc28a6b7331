"""Figure subjects made comparable across sources: what a figure counts, of whom and where.

"Russian troops in Belarus" and "Russian servicemen deployed to Belarus" are one subject; the
"1,200 km border of Belarus and Russia" and the "1,000 km frontier of Ukraine and Belarus" are
two; "170 tanks" (a deployment) and the "600 tanks of Belarus" (what Belarus has) are two.

A subject (or, when a figure has none, what it counts) is read in three parts:

- what is counted, folded to its group (figures.yaml `groups`: soldiers, servicemen and a
  contingent are troops, a frontier is a border), with the other words before it kept
  ("troops (professional)" stays apart from "troops");
- whose: a demonym or a name before the noun or after "of" (Russian, of Belarus), as a place;
- where: a place after "in", "to", "into" (`where_prepositions`).

Words that do not change what is counted (`neutral_words`: "deployed", "stationed",
"additional") are dropped; every other word counts, so two subjects meet only when all three
parts agree, and a figure's unit too. Places are named as the site names them: a demonym
through `demonyms`, a variant through the gazetteer (Kiev is Kyiv), a Russian name through
`in_english`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from .lexicon import Lexicon, PlaceNames
from .schema import Figure

WORD_RE = re.compile(r"[^\W_][\w’'.-]*")
POSSESSIVE_RE = re.compile(r"(?:['’]s|['’])$")
NOT_A_WORD_RE = re.compile(r"[^\w\s'’.,-]+")  # markup, brackets, slashes: no part of a noun phrase


@dataclass(frozen=True, order=True)
class SubjectKey:
    """A normalised subject: figures with equal keys count the same thing, so they are compared."""

    what: str
    whose: tuple[str, ...] = ()
    where: tuple[str, ...] = ()
    unit: str = ""
    kind: str = ""  # the words before a group's noun that the group does not say: "professional"

    @property
    def label(self) -> str:
        """The subject in words, as the figures page heads it: 'troops of Russia in Belarus'."""
        # the group first, then the source's words: a heading starts with what the data names
        text = f"{self.what} ({self.kind})" if self.kind else self.what
        if self.whose:
            text += " of " + " and ".join(self.whose)
        if self.where:
            text += " in " + " and ".join(self.where)
        if self.unit and self.unit != self.what and self.unit != "percent":
            text += f" ({self.unit})"
        return text


@dataclass(frozen=True)
class SubjectWords:
    """What subjects are normalised with, from every language's figures.yaml, places and gazetteer."""

    groups: Mapping[str, str]  # a counted noun (lower-case) -> its group: "servicemen" -> "troops"
    neutral: frozenset[str]
    where: frozenset[str]
    whose: frozenset[str]
    joiners: frozenset[str]  # "and", "or": between two counted nouns or two places
    places: Mapping[str, str]  # a demonym, a place or a variant (lower-case) -> the place's name
    shares: frozenset[str] = frozenset()  # "процентов": a share's unit as written before its whole

    @classmethod
    def of(cls, lexicons: Mapping[str, Lexicon], site_language: str) -> SubjectWords:
        groups: dict[str, str] = {}
        places: dict[str, str] = {}
        neutral: set[str] = set()
        where: set[str] = set()
        whose: set[str] = set()
        joiners: set[str] = set()
        shares: set[str] = set()
        # the site's language last, so that its words win where two languages share one
        order = sorted(lexicons, key=lambda code: (code == site_language, code))
        for code in order:
            raw = lexicons[code].raw
            figures = raw.get("figures", {})
            for group, nouns in (figures.get("groups") or {}).items():
                for noun in [group, *nouns]:
                    groups[noun.lower()] = group
            neutral.update(w.lower() for w in figures.get("neutral_words") or [])
            where.update(w.lower() for w in figures.get("where_prepositions") or [])
            whose.update(w.lower() for w in figures.get("whose_prepositions") or [])
            joiners.update(w.lower() for w in figures.get("joiners") or [])
            shares.update(w.lower() for w in figures.get("share_words") or [])
            for spelling, place in PlaceNames.of(lexicons[code]).spellings():
                places[spelling.lower()] = place
        return cls(
            groups,
            frozenset(neutral),
            frozenset(where),
            frozenset(whose),
            frozenset(joiners),
            places,
            frozenset(shares),
        )

    def place(self, word: str) -> str | None:
        """The place a word names: 'russian' and 'russians' are Russia, 'kiev' is Kyiv."""
        found = self.places.get(word)
        if found is None and len(word) > 3 and word.endswith("s"):
            found = self.places.get(word[:-1])  # "Belarusians": the people of a place
        return found


def subject_key(figure: Figure, words: SubjectWords) -> SubjectKey | None:
    """The figure's normalised subject, or None when it counts nothing a reader could compare."""
    unit = figure.unit or ""
    counts = (figure.counts or "").strip()
    if figure.unit == "percent":
        # a share is of its own whole: "5% of Belarusians" and "70% of Belarusians" answer
        # questions the sentence asks, so shares meet only on the very words they count
        # the share's own unit, as a text may write it before the whole ("% населения", "процентов
        # ВВП"), is no part of the whole
        whole = counts.split()
        while whole and (whole[0].lower() in words.shares or not any(c.isalnum() for c in whole[0])):
            whole = whole[1:]
        whole_text = " ".join(whole)
        return SubjectKey(f"share of {whole_text}" if whole_text else "percentages", unit="percent")
    text = figure.subject or figure.counts
    if not text:
        return SubjectKey(unit) if unit else None
    tokens = [POSSESSIVE_RE.sub("", w) for w in WORD_RE.findall(_phrase(text.lower(), words))]
    head, parts = _split(tokens, words)
    whose: set[str] = set()
    where: set[str] = set()
    kept: list[str] = []
    for word in head:
        place = words.place(word)
        if place is not None:
            whose.add(place)
        elif word not in words.neutral:
            kept.append(word)
    for preposition, phrase in parts:
        named = _places(phrase, words)
        target = where if preposition in words.where else whose
        rest = [w for w in phrase if w not in words.neutral and w not in words.joiners]
        if named:
            target.update(named)
        elif rest:
            target.add(" ".join(rest))
    what, kind = _what(kept, words)
    what = what or counts.lower() or unit
    if not what:
        return None
    return SubjectKey(what, tuple(sorted(whose)), tuple(sorted(where)), unit, kind)


def _phrase(text: str, words: SubjectWords) -> str:
    """The subject without what comes before markup or a sign in its counted noun's words: the
    noun's own words come last ('the *x*{: y } troops' counts troops, as 'troops' does)."""
    preposition = next(
        (m for m in WORD_RE.finditer(text) if m.group(0) in words.where or m.group(0) in words.whose), None
    )
    cut = preposition.start() if preposition else len(text)
    return NOT_A_WORD_RE.split(text[:cut])[-1] + text[cut:]


def _split(tokens: list[str], words: SubjectWords) -> tuple[list[str], list[tuple[str, list[str]]]]:
    """The words before the first preposition, then each preposition with the words it governs."""
    head: list[str] = []
    parts: list[tuple[str, list[str]]] = []
    for token in tokens:
        if token in words.where or token in words.whose:
            parts.append((token, []))
        elif parts:
            parts[-1][1].append(token)
        else:
            head.append(token)
    return head, [(p, phrase) for p, phrase in parts if phrase]


def _places(phrase: list[str], words: SubjectWords) -> list[str]:
    """The places a phrase names, longest names first: 'eastern and central belarus' -> Belarus."""
    found, i = [], 0
    while i < len(phrase):
        for size in (3, 2, 1):
            place = words.place(" ".join(phrase[i : i + size])) if i + size <= len(phrase) else None
            if place is not None:
                found.append(place)
                i += size
                break
        else:
            i += 1
    return found


def _what(kept: list[str], words: SubjectWords) -> tuple[str, str]:
    """The counted noun folded to its group, and the words before it that are not neutral.

    Nouns that share a number fold together: "guns and mortars" are artillery. A noun of no
    group is what is counted with all its words.
    """
    for size in (3, 2, 1):
        if len(kept) < size:
            continue
        group = _group(" ".join(kept[-size:]), words)
        if group is None:
            continue
        before = kept[:-size]
        while len(before) >= 2 and before[-1] in words.joiners and _group(before[-2], words) is not None:
            before = before[:-2]
        return group, " ".join(before)
    return " ".join(w for w in kept if w not in words.joiners), ""


def _group(phrase: str, words: SubjectWords) -> str | None:
    return words.groups.get(phrase) or (words.groups.get(phrase[:-1]) if phrase.endswith("s") else None)
