"""The bottom line across sources: what the newest sources say most centrally, as of their date.

Every statement is a sentence some briefing put in its summary or key points, verbatim, with
its paragraph. A statement is central when the other sources say much the same: the words,
entities and figures it shares with their statements (a sentence's centrality, as LexRank
weighs it, counting each other source once). Statements of the newest sources lead; a source
dated long before the newest, or not dated at all, only adds its citation to a statement a
newer source makes. Near-duplicates across sources are one statement citing each.

Nothing here knows a word of any language but its stop words (languages.yaml): words are
compared by their first letters, so that "economic" meets "economy", and entities by the
cross-source entity they name, so that "Lukashenka" meets "Lukashenko".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from .cleaning import unbalanced
from .corpus import Corpus
from .overlap import SentenceKeys, rarity, similarities
from .schema import Briefing, Sentence

LIMIT = 5  # statements in the bottom line
RECENT_SOURCES = 60  # the newest sources compared: the bottom line is of what is new
LEAD_DAYS = 45  # a source this long before the newest one does not lead the bottom line
FOLD = 0.33  # similarity at which two sources' sentences are one statement (their rare keys shared)
OPENING = 6  # words in which a pronoun points back
LONGEST = 45  # words: a longer sentence is a run-on (often a machine translation's)
# a machine translation's sentences say what the source said in words nobody wrote: they count
# as support, and lead only where no source in its own words is recent (see `leads`)
TRANSLATED = 0.5
WORD_RE = re.compile(r"\w[\w'’-]*")
PAIRS = ("()", "[]")  # brackets; quotation marks as the summary checks them


@dataclass
class Cited:
    """One source's sentence of a statement."""

    briefing: Briefing
    sentence: Sentence


@dataclass
class Statement:
    """A statement of the bottom line: its text as the leading source wrote it, and every source."""

    lead: Cited
    also: list[Cited] = field(default_factory=list)
    score: float = 0.0

    @property
    def sources(self) -> list[Cited]:
        return [self.lead, *self.also]


@dataclass
class BottomLine:
    as_of: str  # the newest source's date ("" when no source is dated)
    estimated: bool  # that date is an estimate (the newest source printed none)
    statements: list[Statement]


def _day(value: str) -> int | None:
    """A date (YYYY, YYYY-MM or YYYY-MM-DD) as a day number, its first day when partial."""
    parts = [int(part) for part in value.split("-") if part.isdigit()]
    try:
        return date(*parts, *[1] * (3 - len(parts))).toordinal()
    except (ValueError, TypeError):
        return None


def well_formed(text: str, pointing_back: frozenset[str] = frozenset()) -> bool:
    """Whether a sentence can stand alone at the top of the site: it opens with a capital or a
    figure, ends as a sentence does, its brackets and quotation marks are closed, no word among its
    first OPENING points back to an earlier sentence (grammar.yaml `pointing_back`), and it is not
    a run-on of more than LONGEST words."""
    text = text.strip()
    opening = [w.lower() for w in WORD_RE.findall(text)[:OPENING]]
    if any(word in pointing_back for word in opening):
        return False
    if not text or not (text[0].isupper() or text[0].isdigit() or text[0] in "\"“«'‘"):
        return False
    if text.rstrip("\"”»'’)").rstrip()[-1:] not in (".", "!", "?", "…"):
        return False
    if any(text.count(a) != text.count(b) for a, b in PAIRS) or unbalanced(text):
        return False
    return len(text.split()) <= LONGEST


def bottom_line(corpus: Corpus, limit: int = LIMIT) -> BottomLine:
    """The bottom line of the corpus: at most `limit` statements, the newest source's first."""
    recent = corpus.briefings[:RECENT_SOURCES]  # newest first
    days = {b.id: _day(b.sort_date) if b.sort_date else None for b in recent}
    dated = [b for b in recent if days[b.id] is not None]
    newest = dated[0] if dated else None
    as_of = newest.sort_date if newest else ""
    estimated = bool(newest and not newest.published)
    features = SentenceKeys(corpus)
    pointing_back = corpus.lexicon.words("grammar", "pointing_back")
    candidates: list[tuple[Cited, frozenset[str]]] = []
    for briefing in recent:
        seen: set[str] = set()
        for sentence in [*briefing.summary, *briefing.key_points]:
            if sentence.text not in seen:
                seen.add(sentence.text)
                candidates.append((Cited(briefing, sentence), features.of(briefing, sentence.text)))
    weights = rarity(keys for _, keys in candidates)
    alike = similarities([keys for _, keys in candidates], weights)
    # centrality: the best match in each other source, summed
    scores: list[float] = []
    for index, (cited, _) in enumerate(candidates):
        best: dict[str, float] = {}
        for (other, _), value in zip(candidates, alike[index], strict=True):
            if other.briefing is not cited.briefing:
                best[other.briefing.id] = max(value, best.get(other.briefing.id, 0.0))
        scores.append(sum(best.values()))
    newest_day = days[newest.id] if newest else None

    own_words = any(not b.source.translated for b in recent)
    analysed = any(b.source.analysed is not False for b in recent)

    def leads(cited: Cited) -> bool:
        if not well_formed(cited.sentence.text, pointing_back):
            return False
        if cited.briefing.source.translated and own_words:
            return False  # a slot left over is no reason to word a statement in a machine's words
        if cited.briefing.source.analysed is False and analysed:
            # a source no pipeline reads gives its lead, which nothing weighed against the other
            # sources' words: it joins a statement it is like, and leads where no source is analysed
            return False
        if newest_day is None:
            return True  # no source is dated: none is older than another
        day = days[cited.briefing.id]
        return day is not None and newest_day - day <= LEAD_DAYS

    def weight(index: int) -> float:
        cited = candidates[index][0]
        # a source's own summary is what it leads with: it breaks ties among equally central statements
        own = 0.5 if cited.sentence in cited.briefing.summary else 0.0
        return (scores[index] + own) * (TRANSLATED if cited.briefing.source.translated else 1.0)

    order = sorted(
        (i for i, (cited, _) in enumerate(candidates) if leads(cited)),
        # among equally central statements, the newest source's words lead (candidates are newest first)
        key=lambda i: (-round(weight(i), 9), i),
    )
    used: set[int] = set()
    statements: list[Statement] = []
    for index in order:
        if index in used or len(statements) >= limit:
            continue
        lead = candidates[index][0]
        statement = Statement(lead, score=weight(index))
        used.add(index)
        # from each other source, the sentence most like this one, if it is alike enough
        best: dict[str, tuple[float, int]] = {}
        for other, (cited, _) in enumerate(candidates):
            if other in used or cited.briefing is lead.briefing:
                continue
            value = alike[index][other]
            if value >= FOLD and value > best.get(cited.briefing.id, (0.0, 0))[0]:
                best[cited.briefing.id] = (value, other)
        for _, other in sorted(best.values(), key=lambda pair: pair[1]):  # newest source first
            statement.also.append(candidates[other][0])
            used.add(other)
        statements.append(statement)
    position = {b.id: i for i, b in enumerate(corpus.briefings)}
    # newest first, as the sources are listed; a source's statements in its own order
    statements.sort(key=lambda s: (position[s.lead.briefing.id], -s.score))
    return BottomLine(as_of, estimated, statements)
