"""Figures: how many of what, with qualifier, unit, and who claims it.

Numbers come from spaCy's CARDINAL, QUANTITY, PERCENT and MONEY entities, in
digits or words ("two hundred", "a hundred"), single or as ranges ("4,000-6,000",
"between 3,000 and 4,000"), and lengths of time from DATE and TIME entities
("lasted six hours", "an 18-month siege"). What is counted is the noun the number modifies,
with its modifiers ("Russian soldiers", "armored fighting cars"); "the number of
X is N people" counts X. Years, days of the month and ordinals are not figures.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from ..lexicon import Lexicon
from ..schema import Figure
from .document import Body, sentence_of, span_text, text_of
from .quotes import QuoteExtractor

FIGURE_LABELS = {"CARDINAL", "QUANTITY", "PERCENT", "MONEY"}
DURATION_LABELS = {"DATE", "TIME"}
NUMBER_RE = re.compile(r"\d[\d,]*(?:\.\d+)?")
RANGE_RE = re.compile(
    r"(?:between\s+)?(?P<low>\d[\d,]*(?:\.\d+)?)\s*(?:-|–|—|to|and)\s*(?P<high>\d[\d,]*(?:\.\d+)?)"
)
GENERIC_NOUNS = {"people", "persons", "men", "individuals", "units", "strong", "total"}
COUNT_MODS = {"amod", "compound", "nmod"}
REFERRING = {"the", "these", "those", "both", "its", "their", "his", "her", "our"}
# "in which 96 died", "12 were wounded": a number that is the subject of one of these counts it
SUBJECT_DEPS = {"nsubj", "nsubjpass"}


class FigureExtractor:
    def __init__(self, body: Body, lexicon: Lexicon, quotes: QuoteExtractor | None = None) -> None:
        self.body = body
        numbers = lexicon["numbers"]
        self.units = {k.lower(): v for k, v in numbers.get("units", {}).items()}
        self.qualifiers = {k.lower(): v for k, v in numbers.get("qualifiers", {}).items()}
        self.scales = {k.lower(): int(v) for k, v in numbers.get("scales", {}).items()}
        self.words = {k.lower(): int(v) for k, v in numbers.get("words", {}).items()}
        self.durations = {k.lower(): v for k, v in numbers.get("durations", {}).items()}
        context = numbers.get("duration_context", {})
        self.not_before = {w.lower() for w in context.get("before", [])}
        self.not_after = {w.lower() for w in context.get("after", [])}
        spelled = "|".join(
            re.escape(w) for w in sorted([*self.words, *self.scales, "a", "an"], key=len, reverse=True)
        )
        units = "|".join(re.escape(w) for w in sorted(self.durations, key=len, reverse=True))
        # "six hours", "18-month", "two and a half years", "24 hours": a number, then a unit of time
        self.duration_re = re.compile(
            rf"(?P<number>\d[\d,.]*|(?:(?:{spelled})[\s-]+(?:and\s+)?)*(?:{spelled}))[\s-]+(?P<unit>{units})(?:-long)?",
            re.IGNORECASE,
        )
        self.quotes = quotes or QuoteExtractor(body, lexicon)  # who claims a figure: who says its sentence

    def extract(self) -> list[Figure]:
        figures: list[Figure] = []
        for index, doc in enumerate(self.body.docs):
            for ent in doc.ents:
                if ent.label_ not in FIGURE_LABELS | DURATION_LABELS:
                    continue
                if self.body.in_citation(index, ent.start_char, ent.end_char):
                    continue
                if ent.label_ in DURATION_LABELS:
                    figure = self._duration(index, ent)
                else:
                    figure = self._figure(index, ent)
                if figure:
                    figures.append(figure)
        return figures

    def _elided_counts(self, ent: Span) -> str | None:
        """'6 million people have left and more than 3 million are displaced': people."""
        sentence = ent.sent
        for other in sentence.ents:
            if other is ent or other.label_ not in FIGURE_LABELS or other.start == ent.start:
                continue
            if other.end <= ent.start:
                counted = self._counts(other, self._unit(other))
                if counted:
                    return counted
        return None

    def _figure(self, index: int, ent: Span) -> Figure | None:
        text = ent.text
        if _is_year(ent) or _is_part_of_name(ent):
            return None
        qualifier, rest = self._qualifier(ent)
        low = high = value = None
        span_range = RANGE_RE.search(rest)
        if span_range:
            low, high = _number(span_range.group("low")), _number(span_range.group("high"))
            if low is None or high is None or low > high:
                low = high = None
        if low is None:
            value = self._value(rest)
            if value is None or value == 1 and not NUMBER_RE.search(rest):
                return None  # "one possible scenario", "a report": not a figure
            if value < 10 and ent.start > 0 and ent.doc[ent.start - 1].lower_ in REFERRING:
                return None  # "the two countries": a reference to things named, not a count
        unit = self._unit(ent)
        if ent.label_ == "MONEY" and unit is None:
            unit = next((v for k, v in self.units.items() if k in text.lower()), None)
        counts = self._counts(ent, unit)
        if value is not None and ent.label_ == "CARDINAL" and counts is None and unit is None:
            counts = _subject_of(ent) if value >= 2 else None
            if counts is None and value >= 1000:
                counts = self._elided_counts(ent)
            if counts is None:
                return None  # a bare number counts nothing a reader could compare
        return self._made(index, ent, value, low, high, qualifier, unit, counts)

    def _made(
        self,
        index: int,
        ent: Span,
        value: float | None,
        low: float | None,
        high: float | None,
        qualifier: str | None,
        unit: str | None,
        counts: str | None,
    ) -> Figure:
        sentence = sentence_of(ent.doc, ent.start_char)
        return Figure(
            value=value,
            low=low,
            high=high,
            qualifier=qualifier,
            unit=unit,
            counts=counts,
            claimed_by=self.quotes.attribution(index, ent.start_char),
            text=span_text(sentence).strip(),
            ref=self.body.ids[index],
        )

    def _duration(self, index: int, ent: Span) -> Figure | None:
        """'lasted six hours', 'after just four days', 'an 18-month siege': a length of time.

        Only an entity that is nothing but a length of time (with a qualifier) counts:
        'the past 24 hours', 'two years ago' and 'a 96-year-old' point at a time or an age.
        """
        qualifier, rest = self._qualifier(ent)
        rest = re.sub(r"^(?:the|a|an)\s+", "", rest.strip(), flags=re.IGNORECASE)
        match = self.duration_re.fullmatch(rest)
        if match is None or _is_part_of_name(ent):
            return None
        words = {t.lower_ for t in ent} | {ent.doc[ent.start - 1].lower_ if ent.start else ""}
        after = ent.doc[ent.end].lower_ if ent.end < len(ent.doc) else ""
        if words & self.not_before or after in self.not_after or after.startswith("-"):
            return None
        value = self._value(match.group("number"))
        if value is None or value < 1:
            return None
        unit = self.durations[match.group("unit").lower()]
        if value == 1:
            unit = unit.removesuffix("s")  # "a one-week pause": 1 week
        last = ent[-1]
        # "an 18-month siege": the length of the noun that follows
        follows = ent.doc[ent.end] if ent.end < len(ent.doc) else None
        counts = None
        if follows is not None and follows.pos_ == "NOUN" and last.head.i == follows.i:
            counts = _phrase(follows, ent)
        return self._made(index, ent, value, None, None, qualifier, unit, counts)

    def _qualifier(self, ent: Span) -> tuple[str | None, str]:
        """'more than 1,000' -> ('more than', '1,000'); also words just before the entity."""
        text, found = ent.text, []
        phrases = sorted(self.qualifiers, key=len, reverse=True)
        while True:
            # "only about 45,500": every leading qualifier goes; the telling one is kept
            phrase = next((p for p in phrases if text.lower().startswith(p + " ")), None)
            if phrase is None:
                break
            found.append(self.qualifiers[phrase])
            text = text[len(phrase) + 1 :]
        if found:
            telling = [q for q in found if q != "only"]
            return (telling[-1] if telling else found[-1]), text
        before = ent.doc[max(0, ent.start - 3) : ent.start].text.lower()
        for phrase in sorted(self.qualifiers, key=len, reverse=True):
            if before.endswith(phrase) and re.search(rf"(?:^|\s){re.escape(phrase)}$", before):
                return self.qualifiers[phrase], ent.text
        return None, ent.text

    def _value(self, text: str) -> float | None:
        text = text.lower().replace("-", " ")
        digits = NUMBER_RE.search(text)
        scale = 1
        for word, factor in self.scales.items():
            if re.search(rf"\b{re.escape(word)}\b", text) and (digits or word not in {"m"}):
                scale = max(scale, factor) if digits else scale
        if digits:
            number = _number(digits.group())
            return None if number is None else number * scale
        return self._words_value(text)

    def _words_value(self, text: str) -> float | None:
        """'two hundred' -> 200, 'a hundred' -> 100, 'twenty five' -> 25."""
        total, current, seen = 0, 0, False
        for word in re.findall(r"[a-z]+", text):
            if word in self.words:
                current += self.words[word]
                seen = True
            elif word in self.scales and word != "m":
                current = max(current, 1) * self.scales[word]
                if self.scales[word] >= 1000:
                    total, current = total + current, 0
                seen = True
            elif word == "and":
                continue
        return float(total + current) if seen else None

    def _unit(self, ent: Span) -> str | None:
        lower = ent.text.lower()
        if "%" in lower:
            return "percent"
        for word in sorted(self.units, key=len, reverse=True):
            if re.search(rf"(?:^|[\s\d-]){re.escape(word)}(?:$|\b)", lower):
                return self.units[word]
        following = ent.doc[ent.end : ent.end + 2].text.lower()
        for word in sorted(self.units, key=len, reverse=True):
            if re.match(rf"{re.escape(word)}\b", following):
                return self.units[word]
        return None

    def _counts(self, ent: Span, unit: str | None) -> str | None:
        """The noun the number counts, with its modifiers; 'X of Y' looks through X."""
        number = _number_token(ent)
        head = number.head if number.dep_ in {"nummod", "quantmod", "compound", "npadvmod"} else None
        if head is None or head.i < ent.start and head.pos_ not in {"NOUN", "PROPN"}:
            # "1,200-kilometer border": the entity modifies the noun after it
            after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
            head = after if after is not None and after.pos_ in {"NOUN", "PROPN"} else None
        if head is not None and head.i in range(ent.start, ent.end):
            head = head.head if head.head.pos_ in {"NOUN", "PROPN"} and head.head.i >= ent.end else None
        if head is None:
            # "5% of Belarusians", "12,000 tons of ammunition"
            head = _of_object(ent[-1]) or _of_object(number)
            return _phrase(head) if head is not None else None
        if unit and head.lower_ in self.units:
            of = _of_object(head)
            return _phrase(of) if of is not None else None
        of = _of_object(head)
        if unit in {"percent"} and of is not None:
            return _phrase(of)
        if head.lower_ in GENERIC_NOUNS:
            subject = _number_of(head)
            if subject is not None:
                return _phrase(subject)
        return _phrase(head, ent)


def _number(text: str) -> float | None:
    try:
        return float(text.replace(",", ""))
    except ValueError:
        return None


def _number_token(ent: Span) -> Token:
    numbers = [t for t in ent if t.like_num or t.pos_ == "NUM"]
    return numbers[-1] if numbers else ent.root


def _is_year(ent: Span) -> bool:
    text = ent.text.strip()
    return bool(re.fullmatch(r"(?:1[89]|20)\d\d", text)) and ent.label_ == "CARDINAL"


def _is_part_of_name(ent: Span) -> bool:
    """'G7', 'Su-35', 'BMP-3': a number inside a name is not a figure."""
    doc = ent.doc
    start = ent.start_char
    before = text_of(doc)[max(0, start - 1) : start]
    return bool(before) and (before.isalpha() or before == "-")


def _subject_of(ent: Span) -> str | None:
    """'the disaster in which 96 died': the number is the subject of what it counts."""
    number = _number_token(ent)
    if number.dep_ in SUBJECT_DEPS and number.head.pos_ == "VERB":
        return number.head.text
    return None


def _of_object(token: Token) -> Token | None:
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    return grandchild
    return None


def _number_of(head: Token) -> Token | None:
    """'The number of professional soldiers ... is 45,500 people' -> soldiers."""
    verb = head.head
    for child in verb.children:
        if child.dep_ in {"nsubj", "nsubjpass"} and child.lower_ in {
            "number",
            "total",
            "count",
            "size",
            "strength",
        }:
            return _of_object(child)
    return None


def _phrase(head: Token, skip: Span | None = None) -> str:
    """The noun with its adjectives and compounds, and nouns joined by 'and'."""
    left = [
        t
        for t in head.lefts
        if t.dep_ in COUNT_MODS and t.i >= head.i - 4 and not (skip is not None and t.i < skip.end)
    ]
    tokens = sorted([*left, head], key=lambda t: t.i)
    start = tokens[0].i
    words = head.doc[start : head.i + 1].text
    # "guns and mortars" share the number; "soldiers, 60 aircraft" do not
    conj = [
        c
        for c in head.children
        if c.dep_ == "conj" and c.pos_ == "NOUN" and not any(g.dep_ == "nummod" for g in c.children)
    ]
    if conj:
        words = f"{words} and {conj[0].text}"
    return words


def extract_figures(body: Body, lexicon: Lexicon, quotes: QuoteExtractor | None = None) -> list[Figure]:
    """Figures and who claims them; `quotes` is the source's quote finder, when there is one already."""
    return FigureExtractor(body, lexicon, quotes).extract()
