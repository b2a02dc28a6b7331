"""Figures: how many of what, with qualifier, unit, what is counted and who claims it.

Numbers come from spaCy's CARDINAL, QUANTITY, PERCENT and MONEY entities, in
digits or words ("two hundred", "a hundred", "7.5 lakh crore"), single or as ranges
("4,000-6,000", "4,000 to 6,000 soldiers", "five or six per cent", "between 3,000 and
4,000"); a change ("rose from 3% to 5%") is two figures, not a range; ages ("a
66-year-old", "Hasina, 77,") and lengths of time from DATE and TIME entities ("lasted six
hours", "an 18-month siege"). What is counted is the noun the
number modifies, with its modifiers ("Russian soldiers", "armored fighting cars");
"the number of X is N" and "the caseload is N" count what the verb's subject names;
`subject` adds whose or where ("Russian troops in Belarus"). Years, days of the month,
times of day, numbers inside names, ordinals and counts of ideas ("three factors")
are not figures.
"""

from __future__ import annotations

import math
import re
from collections.abc import Collection
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from spacy.tokens import Doc, Span, Token

from ..dates import MONTHS, find_explicit
from ..lexicon import Lexicon, alternatives, without_leading
from ..schema import Figure
from .document import SUBJECT_DEPS, Body, sentence_of, span_text, text_of
from .quotes import QuoteExtractor

FIGURE_LABELS = {"CARDINAL", "QUANTITY", "PERCENT", "MONEY"}
AGE_LABELS = {"DATE", "TIME"}  # "a 66-year-old": the model calls an age a date
NUMBER_RE = re.compile(r"\d[\d,]*(?:\.\d+)?")
RANGE_RE = re.compile(
    r"(?:between\s+)?(?P<low>\d[\d,]*(?:\.\d+)?)\s*(?:%|percent|per\s+cent)?"
    r"\s*(?:-|–|—|to|and|or)\s*(?P<high>\d[\d,]*(?:\.\d+)?)"
)
# "4,000 to 6,000", "five or six", "between 0.50 percent and 0.75 percent": the word between two ends
COUNT_MODS = {"amod", "compound", "nmod"}
# the parser's places of a noun in its clause, and the tags of a relative pronoun ("which", "whom")
NOMINAL_DEPS = frozenset({"pobj", "dobj", "nsubj", "nsubjpass", "attr", "appos"})
RELATIVE_TAGS = frozenset({"WDT", "WP"})
# "in which 96 died", "12 were wounded": a number that is the subject of one of these counts it
CLAUSE_MARKS = frozenset({",", ";", ":"})  # what may open the clause an untagged count opens
OPENING_DEPS = {"quantmod", "advmod", "det"}  # what may open a sentence before its number: "Some 5000"
# the parts of speech of a rank word that ranks ("the top 10 banks", "the Top 10 Songs"), not a verb's
RANK_POS = frozenset({"ADJ", "NOUN", "PROPN"})
# A number cannot count a name: "Italy 143,600" (cases elided), "October 13", "Rossiya 24"
NAME_LABELS = {"PERSON", "GPE", "LOC", "FAC", "DATE", "TIME", "EVENT", "WORK_OF_ART", "LAW"}
# "the attack on Kyiv", "troops in Belarus": what the subject adds to the counted noun
# a minus sign glued to a number's digits: the hyphen-minus and the typographic one ("-5C", "−5 °C")
NEGATIVE_SIGNS = "-\u2212"
HYPHENS = frozenset({"-", "\u2010", "\u2011", "\u2013"})  # "one-time", "one‑to‑one": a hyphenated word
DIGITS = r"\d[\d,]*(?:\.\d+)?"  # a number's digits, with thousands' commas and decimals
SIGNED_NUMBER_RE = re.compile(rf"[{NEGATIVE_SIGNS}]{DIGITS}")  # "−5" of "−5 °C", no number to spaCy
AGE_RE = re.compile(r"(?P<number>\S+?)[\s-]+(?P<unit>year|month|week|day)s?[\s-]+old", re.IGNORECASE)


class FigureExtractor:
    def __init__(self, body: Body, lexicon: Lexicon, quotes: QuoteExtractor | None = None) -> None:
        self.body = body
        numbers = lexicon["numbers"]
        written_codes = numbers.get("currency_codes") or {}
        # a code of one letter ("N5 billion", "R500m") is a currency only glued to digits and a
        # scale: never a unit on its own, which would read "the N5 road" as a sum
        letters = {k: v for k, v in written_codes.items() if len(k) == 1}
        codes = {k: v for k, v in written_codes.items() if len(k) > 1}
        self.units = {k.lower(): v for k, v in {**codes, **numbers.get("units", {})}.items()}
        # ISO 4217: three capitals that the data gives as a currency's code ("INR 5,000", "NGN 211
        # million") are a code written before a number, as the data's own abbreviations are
        iso = sorted({v for v in self.units.values() if CURRENCY_CODE_RE.fullmatch(v)})
        self.codes = {**{c: c for c in iso}, **codes, **letters}
        # a code the data does not list as written before a number may be an abbreviation as well
        # ("CAD 3D models", "TRY 3 times"): a sum only before a number written as one
        derived = [c for c in iso if c not in codes]
        self.unit_words = sorted(self.units, key=len, reverse=True)  # "square miles" before "miles"
        self.units_after = lexicon.words("numbers", "units_after_number")
        # "1.5C", "-5C", "118F": a scale's letter glued to the digits, in its own case
        self.glued_letters = dict(numbers.get("glued_unit_letters") or {})
        self.glued_re = (
            re.compile(rf"[{NEGATIVE_SIGNS}]?{DIGITS}(?P<letter>{alternatives(list(self.glued_letters))})")
            if self.glued_letters
            else None
        )
        self.temperature_words = lexicon.words("numbers", "temperature_words")
        self.spaced_letters = {k.lower(): v for k, v in (numbers.get("spaced_letter_units") or {}).items()}
        self.length_words = lexicon.words("numbers", "length_words")
        self.distance_verbs = lexicon.words("numbers", "distance_verbs")
        self.negative_words = lexicon.words("numbers", "negative_words")
        self.plus_words = lexicon.words("numbers", "plus_words")
        self.rank_words = lexicon.words("numbers", "rank_words")
        self.qualifiers = {k.lower(): v for k, v in numbers.get("qualifiers", {}).items()}
        self.qualifier_phrases = sorted(self.qualifiers, key=len, reverse=True)  # "more than" before "than"
        self.qualifier_end_re = _phrase_at_end_re(self.qualifiers)
        self.scales = {k.lower(): int(v) for k, v in numbers.get("scales", {}).items()}
        self.words = {k.lower(): int(v) for k, v in numbers.get("words", {}).items()}
        ages = numbers.get("age_context", {})
        # a phrase of one word or more ("aged", "age of"), the longest first
        self.age_before_re = _phrase_at_end_re({" ".join(w.lower().split()) for w in ages.get("before", [])})
        self.age_after = {w.lower() for w in ages.get("after", [])}
        self.age_bound_qualifiers = {w.lower() for w in ages.get("bound_qualifiers", [])}
        self.age_bounds_after = re.compile(
            rf"\s*(?:{alternatives([' '.join(w.lower().split()) for w in ages.get('bounds_after', [])])})\b",
            re.I,
        )
        self.level_verbs = lexicon.words("numbers", "level_verbs")
        self.object_level_verbs = lexicon.words("numbers", "object_level_verbs")
        self.change_verbs = lexicon.words("numbers", "change_verbs")
        self.totals = lexicon.words("numbers", "totals")
        self.articles = lexicon.words("grammar", "articles")
        self.not_counted = lexicon.words("numbers", "not_counted")
        self.margin_nouns = lexicon.words("numbers", "margin_nouns")
        self.margin_words = lexicon.words("numbers", "margin_words")
        self.one_count_verbs = lexicon.words("numbers", "one_count_verbs")
        self.one_count_subject_verbs = lexicon.words("numbers", "one_count_subject_verbs")
        self.one_count_states = lexicon.words("numbers", "one_count_states")
        self.one_count_nouns = lexicon.words("numbers", "one_count_nouns")
        self.length_of_text_nouns = lexicon.words("numbers", "length_of_text_nouns")
        self.described_pronouns = lexicon.words("numbers", "described_pronouns")
        self.score_verbs = lexicon.words("numbers", "score_verbs")
        self.genitives = lexicon.words("grammar", "genitive_prepositions")
        self.time_words = lexicon.words("numbers", "time_words")
        self.fractions = lexicon.words("numbers", "fractions")
        self.added_fractions = {
            " ".join(k.lower().split()): float(v) for k, v in numbers.get("added_fractions", {}).items()
        }
        self.added_fraction_re = re.compile(rf"\b(?:{alternatives(list(self.added_fractions))})\b")
        self.added_fraction_words = {w for phrase in self.added_fractions for w in phrase.split()}
        self.shares = lexicon.words("numbers", "share_units")
        # "half a million", "a quarter of a million", "a half million": a fraction of a scale word
        self.scale_fractions = {
            k.lower(): float(v) for k, v in (numbers.get("scale_fractions") or {}).items()
        }
        # a scale's word or written abbreviation ("half a bln"); not its single letter, a scale
        # only glued to digits ("$474.62m")
        long_scales = [w for w in self.scales if len(w) > 1]
        # the words between a fraction and its scale word, each group optional, in order
        self.scale_fraction_links = [
            frozenset(w.lower() for w in group) for group in numbers.get("scale_fraction_links") or []
        ]
        links = "".join(rf"(?:(?:{alternatives(sorted(g))})\s+)?" for g in self.scale_fraction_links)
        # an ordinal's word ("its third billion-dollar deal") is a fraction only as "a third of":
        # counted by an opener before it and "of" after it
        ordinals = lexicon.words("numbers", "ordinal_fractions") & set(self.scale_fractions)
        openers = "|".join(
            rf"(?<=\b{re.escape(w)} )" for w in sorted(lexicon.words("numbers", "ordinal_fraction_openers"))
        )
        plain = [f for f in self.scale_fractions if f not in ordinals]
        fraction_words = [alternatives(plain)] if plain else []
        if ordinals and openers:
            fraction_words.append(rf"(?:{openers})(?:{alternatives(sorted(ordinals))})(?=\s+of\s)")
        self.scale_fraction_re = (
            re.compile(
                # not the fraction added to a number before it: "two and a half billion"
                rf"(?<!and a )(?<!and an )\b(?P<fraction>{'|'.join(fraction_words)})"
                rf"\s+{links}(?P<scale>{alternatives(long_scales)})\b"
            )
            if self.scale_fractions and long_scales
            else None
        )
        self.range_joiners = lexicon.words("grammar", "range_joiners")
        self.range_openers = lexicon.words("grammar", "range_openers")
        self.change_openers = lexicon.words("grammar", "change_openers")
        self.change_amounts = lexicon.words("grammar", "change_amounts")
        self.conjunctions = lexicon.words("grammar", "list_conjunctions")
        # the words that join a range's ends ("between 40 and 60", "1.5 to 2")
        self.range_words = self.range_joiners | self.range_openers | self.conjunctions
        self.referring = lexicon.words("grammar", "referring_determiners")
        self.generic_nouns = lexicon.words("grammar", "generic_counted_nouns")
        self.subject_words = SubjectWords.of(lexicon)
        self.measure_prepositions = lexicon.words("grammar", "measure_prepositions")
        self.level_prepositions = lexicon.words("grammar", "level_prepositions")
        self.sum_prepositions = lexicon.words("grammar", "sum_prepositions")
        # a sum in its short form: a currency's sign (the units with one), digits, a scale's
        # abbreviation glued on or a space apart ("S$11.4b", "$474.62m", "€1.2 bn"), or a scale
        # word after a hyphen ("a $1.2-billion contract", which the tagger cuts at the hyphen)
        signs = [u for u in self.units if re.search(r"[^\w\s.]", u)]
        # a code in its own case ("Dh33 billion", not the "DH5" of an engine), glued on or not
        number = r"\d[\d,]*(?:\.\d+)?"
        # a sum's number: thousands apart, decimals, or a scale after it ("CAD 1,200", "TRY 3.5
        # billion"), not "3D" nor a bare count
        scaled = rf"{number}\s?(?:{alternatives(list(self.scales))})\b"
        sum_like = rf"(?=\s?(?:\d{{1,3}}(?:,\d{{3}})+(?!\d)|\d+\.\d+|{scaled}))"
        listed = [c for c in self.codes if c not in derived]
        self.code_re = (
            re.compile(rf"(?:{alternatives(listed)})(?=\s?\d)|(?:{alternatives(derived)}){sum_like}")
            if self.codes
            else None
        )
        spaced = [c for c in listed if len(c) > 1]
        coded = f"|(?-i:{alternatives(spaced)})" if spaced else ""
        coded += f"|(?-i:{alternatives(derived)}){sum_like}" if derived else ""
        short = [w for w in self.scales if len(w) <= 3]
        hyphened = rf"-(?:{alternatives(list(self.scales))})\b"
        # a letter's sum: glued to its digits, with a scale after them, no lone letter and number
        lettered = (
            rf"|(?-i:{alternatives(list(letters))}){number}"
            rf"(?:\s?(?:{alternatives(list(self.scales))})\b|{hyphened})"
            if letters
            else ""
        )
        self.money_re = (
            re.compile(
                rf"(?<![\w$€£¥₹])(?:(?:{alternatives(signs)}{coded})\s?{number}"
                rf"(?:\s?(?:{alternatives(short)})\b|{hyphened})?{lettered})",
                re.IGNORECASE,
            )
            if signs
            else None
        )
        # a range of sums in their short form, each end with its own scale's abbreviation and the
        # far end with its sign ("$3m-$5m", "£2bn to £3bn", "between $3m and $5m"), which RANGE_RE
        # does not read: a scale's letter stands between the low end's digits and the joiner
        self.sum_range_re = re.compile(
            rf"(?P<low>{DIGITS}(?:\s?(?:{alternatives(short)})\b)?)\s*"
            rf"(?:{alternatives(sorted(self.range_joiners | self.conjunctions))})\s*"
            rf"(?:{alternatives(signs)})?\s*(?P<high>{DIGITS})",
            re.IGNORECASE,
        )
        self.quotes = quotes or QuoteExtractor(body, lexicon)  # who claims a figure: who says its sentence
        heads = alternatives(lexicon["places"].get("place_heads", []))
        # "780 E. Pyle Ave", "8600 Old Frederick Road": a house number; "26 Dec": a day
        self.not_a_count_re = re.compile(
            rf"\s+(?:(?:[NSEW]\.?|[A-Z][\w'’-]*)\s+){{1,3}}(?:{heads})\b\.?"
            rf"|\s+(?:{alternatives(sorted({m.capitalize() for m in MONTHS}, key=len, reverse=True))})\b"
        )

    def extract(self) -> list[Figure]:
        figures: list[Figure] = []
        for index, doc in enumerate(self.body.docs):
            ents = _not_covered(
                [
                    self._with_scale_after(self._as_count(self._with_added_fraction(ent)))
                    for ent in _with_untagged_counts(
                        doc, self._with_signed_measures(doc, self._with_sums(doc))
                    )
                ]
            )
            starts = {ent.start: ent for ent in ents}
            ends = {ent.end: ent for ent in ents}
            done: set[int] = set()  # entities read already as the far end of a range
            # "27.02.2026", "26 Dec": a date the model read as a number is no figure
            dated = [m.span() for m, _ in find_explicit(text_of(doc))]
            for ent in ents:
                if ent.start in done or ent.label_ not in FIGURE_LABELS | AGE_LABELS:
                    continue
                if any(start < ent.end_char and ent.start_char < end for start, end in dated):
                    continue
                if self.body.in_citation(index, ent.start_char, ent.end_char):
                    continue
                # a date or time entity is a figure only as an age ("a 66-year-old"): a length
                # of time ("lasted six hours", "an 18-month siege") is no quantity an analyst
                # compares (tests/eval/corpus/ANNOTATION.md), nor a point in time
                figure = self._age(index, ent)
                if figure is None and ent.label_ not in AGE_LABELS:
                    change = self._change(index, ent, starts, done)
                    if change is not None:
                        figures.extend(change)
                        continue
                    figure = self._figure(index, ent, starts, done)
                if figure and self._is_conversion(ent, ends) and figures and figures[-1].ref == figure.ref:
                    figure = self._converted(figure, figures[-1])
                if figure:
                    figures.append(figure)
        return figures

    def _is_conversion(self, ent: Span, ends: dict[int, Span]) -> bool:
        """'190 kilometers (118 miles)': the figure in parentheses says the one before it again, in
        another unit; the one before may end on its unit's words outside the model's entity ("40
        degrees" of "40 degrees Celsius (104°F)", "20" of "20°C (68°F)")."""
        doc = ent.doc
        if ent.start < 2 or doc[ent.start - 1].text != "(":
            return False
        before = ends.get(ent.start - 1)
        # the unit's words between them: one or two tokens ("Celsius"; "°", "C")
        for end in (ent.start - 2, ent.start - 3):
            if before is None and end in ends:
                gap = doc[end : ent.start - 1].text.lower()
                if gap in self.units or f"{ends[end][-1].lower_} {gap}" in self.units:
                    before = ends[end]
        return before is not None and before.label_ in {"QUANTITY", "MONEY"} and ent.label_ == before.label_

    def _converted(self, figure: Figure, before: Figure) -> Figure:
        """'a depth of 10 kilometers (6 miles)', 'S$2.62b (US$1.93b)': the quantity before said again
        in another unit, a figure a source in that unit is compared with, of what the one before
        measures. Not what it counts when that is only its own money's name ("10 billion euros
        ($10.8 billion)": the dollars count no euros)."""
        update: dict[str, str | None] = {}
        if figure.subject is None and before.subject is not None:
            update["subject"] = before.subject
        if figure.counts is None and before.counts is not None and not self._names_money(before):
            update["counts"] = before.counts
        return figure.model_copy(update=update) if update else figure

    def _names_money(self, figure: Figure) -> bool:
        """Whether a sum counts only its currency's name, with scale words ("euros", "Rs lakh",
        "billion won"): what a sum that counts nothing named is given, no noun of the sentence's."""
        if figure.unit is None:
            return False
        words = [w for w in (figure.counts or "").lower().split() if w not in self.scales]
        return not words or self.units.get(" ".join(words)) == figure.unit

    def _change(self, index: int, ent: Span, starts: dict[int, Span], done: set[int]) -> list[Figure] | None:
        """'rose from 3% to 5%', 'grew from 4,000 to 6,000 soldiers': a change, not a range, in one
        entity of the model's or two. Each end is a figure of the same thing (what it was, what it
        became): the first takes the second's unit and what it counts, and its scale word when it
        has none of its own, also when the change is a fall ('from 2 to 1.5 million')."""
        doc = ent.doc
        if not ent.start or doc[ent.start - 1].lower_ not in self.change_openers:
            return None
        joiner = next(
            (
                i
                for i in range(ent.start + 1, ent.end - 1)
                if doc[i].lower_ in self.range_joiners and doc[i + 1].like_num
            ),
            None,
        )
        if joiner is not None:
            far = Span(doc, joiner + 1, ent.end, label=ent.label_)
        elif ent.end < len(doc) and doc[ent.end].lower_ in self.range_joiners and ent.end + 1 in starts:
            joiner, far = ent.end, starts[ent.end + 1]
            if far.label_ not in FIGURE_LABELS:
                return None
            done.add(far.start)
        else:
            return None
        after = self._figure(index, far, starts, done)
        if after is None or after.value is None:
            return [after] if after is not None else []
        qualifier, low = self._qualifier(doc[ent.start : joiner])
        value = self._low_end(low, f"{far.text} {self._scales_after(far)}", math.inf)
        if value is None:
            return [after]
        return [after.model_copy(update={"value": value, "qualifier": qualifier}), after]

    def _with_sums(self, doc) -> list[Span]:
        """The model's entities, with sums of money in their short form read whole.

        "S$11.4b", "US$ 8.4b", "$474.62m", "€300m": the tagger splits them or names them an
        organisation; a currency sign, digits and a scale's abbreviation make one sum.
        """
        if self.money_re is None:
            return list(doc.ents)
        text = text_of(doc)
        sums: list[Span] = []
        for match in self.money_re.finditer(text):
            span = doc.char_span(match.start(), match.end(), label="MONEY", alignment_mode="expand")
            if span is None:
                continue
            if sums and (span.start < sums[-1].end or self._joins_sums(sums[-1], span)):
                # a range of sums read whole: "$3m to $5m"; "£20m-£30m", of which the tokenizer
                # glues "20m-£30", so that the far end's sum overlaps the low end's
                sums[-1] = Span(doc, sums[-1].start, max(span.end, sums[-1].end), label="MONEY")
                continue
            sums.append(span)
        if not sums:
            return list(doc.ents)
        kept = [e for e in doc.ents if not any(e.start < s.end and s.start < e.end for s in sums)]
        return sorted([*kept, *sums], key=lambda e: e.start)

    def _joins_sums(self, low: Span, high: Span) -> bool:
        """Whether two sums are the ends of one range: a word of range_joiners between them ("$3m to
        $5m"), or a conjunction after a range opener ("between $3m and $5m"); not after a change's
        opener or amount ("from $3m to $5m", "by $3m to $5m") or a verb of change ("rose £3m to
        £45m": by £3m, to £45m), two figures."""
        doc = low.doc
        if high.start != low.end + 1:
            return False
        word, before = doc[low.end].lower_, doc[low.start - 1].lower_ if low.start else ""
        if before in self.change_openers or before in self.change_amounts:
            return False
        if (
            low.start
            and doc[low.start - 1].pos_ == "VERB"
            and doc[low.start - 1].lemma_.lower() in self.change_verbs
        ):
            return False
        return word in self.range_joiners or word in self.conjunctions and before in self.range_openers

    def _with_signed_measures(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """The entities, with a number in digits the model tagged as nothing that a unit starting
        with a sign follows, glued on or a space apart: "stay below 1.5°C," and "below 1.5 °C,"
        are no entity of the model's, where "exceeded 1.5°C" is its number "1.5". A number the
        model took for a name ("(104°F)", a product to it) is such a measure too: the name goes.
        Each is a quantity (a percentage), so that one in brackets after a quantity is read as
        its conversion ("40 degrees Celsius (104°F)")."""
        # a date of the model's is such a measure too when a unit with a sign follows its number:
        # "(68°F)" is a date to it; an age ("a 66-year-old") has no sign after its number
        named = [e for e in ents if e.label_ not in FIGURE_LABELS]
        taken = {i for e in ents if e.label_ in FIGURE_LABELS for i in range(e.start, e.end)}
        found = []
        for t in doc:
            if t.i in taken or t.ent_type_ and not any(e.start <= t.i < e.end for e in named):
                continue
            if self._glued_temperature(t):
                found.append(Span(doc, t.i, t.i + 1, label="QUANTITY"))  # "below 1.5C", "-5C"
                continue
            if not (t.like_num or SIGNED_NUMBER_RE.fullmatch(t.text)) or not any(c.isdigit() for c in t.text):
                continue
            sign = self._signed_unit_at(doc, t.i + 1)
            if sign is not None:
                label = "PERCENT" if self.units[sign] == "percent" else "QUANTITY"
                found.append(Span(doc, t.i, t.i + 1, label=label))
        # "45" of "45°C", "20°" of "20°C (68°F)": a bare number of the model's that a unit with a
        # sign follows is a quantity (or a percentage) as well, so that the one in brackets after
        # it is its conversion
        ents = [self._as_measure(e) if e.label_ == "CARDINAL" else e for e in ents]
        if not found:
            return ents
        kept = [e for e in ents if not any(e.start <= f.start < e.end for f in found)]
        return sorted([*kept, *found], key=lambda e: e.start)

    def _as_measure(self, ent: Span) -> Span:
        """The entity as a quantity or a percentage when a unit starting with a sign follows its last
        number in digits ("45" of "45°C", "20°" of "20°C", whose degree sign the model took as a
        number); else as it is."""
        digits = [t for t in ent if any(c.isdigit() for c in t.text)]
        sign = self._signed_unit_at(ent.doc, digits[-1].i + 1) if digits else None
        if sign is None:
            return ent
        return Span(
            ent.doc, ent.start, ent.end, label="PERCENT" if self.units[sign] == "percent" else "QUANTITY"
        )

    def _glued_temperature(self, token: Token) -> bool:
        """'keep warming below 1.5C', 'fell to -5C', 'recorded 118F': a temperature whose scale's
        letter is glued to its digits, one token that the model reads as a name or nothing. Not a
        label's, after the noun it labels ("Flat 3C"). A whole number with a letter is a label as
        often ("in flat 5C", "seated in 14F", "3C chips"): a temperature only in a sentence with a
        word of numbers.yaml temperature_words, or as the object or complement of a verb with no
        noun after it ("Phoenix recorded 118F"); a sign or decimals ("-5C", "1.5C") no label has."""
        if self.glued_re is None or not self.glued_re.fullmatch(token.text):
            return False
        doc = token.doc
        before = doc[token.i - 1] if token.i else None
        if (
            before is not None
            and before.is_alpha
            and (
                before.pos_ in {"NOUN", "PROPN"}
                # "in flat 5C": the tagger calls the labelled noun an adjective of the label, which
                # it tags a noun; a temperature is a number ("in sweltering 44C") or has an article
                # before its adjective ("faced a brutal 45C")
                or before.pos_ == "ADJ"
                and before.head == token
                and token.pos_ in {"NOUN", "PROPN"}
                and not (before.i and doc[before.i - 1].pos_ == "DET")
            )
        ):
            return False
        if token.text[0] in NEGATIVE_SIGNS or "." in token.text:
            return True
        if any(t.lower_ in self.temperature_words for t in token.sent):
            return True
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        noun_after = after is not None and after.pos_ in {"NOUN", "PROPN"}
        return token.dep_ in COMPLEMENT_DEPS and token.head.pos_ in {"VERB", "AUX"} and not noun_after

    def _below_zero(self, ent: Span) -> bool:
        """'fell to minus 5°C', '-5C', '−5 °C': a number below zero, by a word of numbers.yaml
        negative_words before its digits (in the entity or right before it) or a minus sign glued to
        them."""
        digits = next((t for t in ent if any(c.isdigit() for c in t.text)), None)
        if digits is not None and digits.text[0] in NEGATIVE_SIGNS:
            return True
        words = [t for t in ent if digits is None or t.i < digits.i]
        if ent.start:
            words.append(ent.doc[ent.start - 1])
        return any(t.lower_ in self.negative_words and self._minus_is_sign(t) for t in words)

    def _minus_is_sign(self, word: Token) -> bool:
        """Whether a word of negative_words is the sign of the number after it: not an operator
        after a number ("10 minus 3 percent", ten less three) nor the other half of "plus or minus 3",
        "plus-minus 3", "plus minus 3" (a margin either way, no number below zero)."""
        doc, i = word.doc, word.i - 1
        if i >= 0 and (doc[i].like_num or any(c.isdigit() for c in doc[i].text)):
            return False
        # back over "or" of "plus or minus", "-" of "plus-minus", "/" of "plus/minus"; not over the
        # "plus" itself, which the tagger calls a conjunction too ("Plus or minus 3% is the margin")
        while (
            i >= 0
            and doc[i].lower_ not in self.plus_words
            and (doc[i].pos_ == "CCONJ" or doc[i].text in {"-", "/"})
        ):
            i -= 1
        return i < 0 or doc[i].lower_ not in self.plus_words

    def _signed_unit_at(self, doc: Doc, i: int) -> str | None:
        """The unit of the data starting with a sign that the tokens from doc[i] spell with no space
        inside ("°C", which the tokenizer cuts in two), in lower case as the units' data keys it."""
        glued = ""
        for after in doc[i : i + 2]:
            glued += after.lower_
            if glued in self.units and not glued[0].isalpha():
                return glued
            if after.whitespace_:
                break
        return None

    def _with_added_fraction(self, ent: Span) -> Span:
        """The number with the fraction added after it that the model left out, glued on or a space
        apart: of "two-and-a-half billion", "one and a half billion" it tags "two", "one" alone,
        which read so are 2 and 1."""
        doc, end = ent.doc, ent.end
        # "one and a half billion dollars": the fraction a space apart, of which the model tags
        # "one" alone, or "one and a" (as a date)
        for number in (t for t in ent if t.like_num and t.whitespace_):
            for phrase in self.added_fractions:
                size = len(phrase.split())
                if " ".join(t.lower_ for t in doc[number.i + 1 : number.i + 1 + size]) == phrase:
                    return Span(doc, ent.start, max(end, number.i + 1 + size), label=ent.label_)
        if end >= len(doc) or doc[end - 1].whitespace_ or doc[end].text != "-":
            return ent
        # the hyphenated word runs on while no space stands between its tokens
        while end < len(doc) and not doc[end - 1].whitespace_:
            if doc[end].is_punct and doc[end].text != "-":
                break
            end += 1
        if not self.added_fraction_re.fullmatch(_spaced(doc[ent.end : end].text)):
            return ent
        return Span(doc, ent.start, end, label=ent.label_)

    def _with_scale_after(self, ent: Span) -> Span:
        """A fraction with the scale word it is a fraction of, which the model left out: of "half a
        lakh people", "a quarter of a billion dollars" it tags "half", "a quarter" alone, a share
        read so; "half a lakh" is 50,000."""
        if self.scale_fraction_re is None or ent.label_ not in FIGURE_LABELS:
            return ent
        doc = ent.doc
        words = _spaced(ent.text).split()
        if not words or words[-1] not in self.scale_fractions:
            return ent
        end = ent.end
        for optional in self.scale_fraction_links:
            if end < len(doc) and doc[end].lower_ in optional:
                end += 1
        if end == ent.end or end >= len(doc) or doc[end].lower_ not in self.scales:
            return ent
        joined = _spaced(doc[ent.start : end + 1].text)
        if not self.scale_fraction_re.search(joined):
            return ent
        return Span(doc, ent.start, end + 1, label=ent.label_)

    def _as_count(self, ent: Span) -> Span:
        """A date of the model's made of numbers alone, counting a noun after it or the subject of a
        verb after it, is a count: the model tags numbers that open a sentence so ("Two thousand
        five hundred soldiers", "Between 40 and" of "Between 40 and 60 soldiers", "Between 40 and
        60 were killed"). A length of time ("40 days": its noun is inside the date, or a date's
        own) and years ("between 2021 and 2022") stay dates."""
        # "Two and a half million people": the words of a fraction added to a number are the number's
        added = self.added_fraction_re.search(_spaced(ent.text))
        fraction = set(added.group().split()) if added else set()
        if ent.label_ != "DATE" or not all(
            t.like_num or t.lower_ in self.range_words or t.lower_ in fraction for t in ent
        ):
            return ent
        numbers = [t for t in ent if t.like_num]
        if any(re.fullmatch(r"\d{4}", t.text) for t in numbers):
            return ent
        counted = [t.head for t in numbers if t.dep_ == "nummod" and t.head.i >= ent.end]
        doc = ent.doc
        # "between 5" of "between 5 and 8 percent": a range's low end, of which the model tags the far
        # end as the figure it is, a word of range_words between them
        low_end = (
            ent.end + 1 < len(doc)
            and doc[ent.end].lower_ in self.range_words
            and doc[ent.end + 1].like_num
            and doc[ent.end + 1].ent_type_ in FIGURE_LABELS
        )
        if counted and (counted[0].pos_ != "NOUN" or counted[0].ent_type_ and not low_end):
            return ent
        if not counted and not any(
            t.dep_ in SUBJECT_DEPS
            and t.head.pos_ == "VERB"
            and t.head.i >= ent.end
            # "killing 11 and injuring 35", of which the model tags "35" as a date: the object of a
            # verb of harm, loss or seizure (numbers.yaml one_count_verbs) counts whom it befell
            or t.dep_ == "dobj"
            and t.head.pos_ == "VERB"
            and t.head.lemma_.lower() in self.one_count_verbs
            for t in numbers
        ):
            return ent
        return Span(ent.doc, ent.start, ent.end, label="CARDINAL")

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

    def _range(
        self, ent: Span, starts: dict[int, Span]
    ) -> tuple[Span, float | None, float | None, Span | None]:
        """'4,000 to 6,000 soldiers', 'five or six per cent': the span to its far end, both ends.

        The word between the ends may follow the entity ('4,000' 'to' '6,000'), end it ('40 to'
        '60': the model's entities end anywhere) or lie inside it ('four to six'); a low end
        with no scale word shares the high end's ('2 to 3 million' is 2,000,000 to 3,000,000).
        'from 3% to 5%' is a change, not a range; 'between 1 and 2' needs its 'between'.
        """
        doc = ent.doc
        first = doc[ent.start - 1].lower_ if ent.start else ""
        between = bool(self.range_openers & {ent[0].lower_, first})
        joiner = None if first in self.change_openers else self._joiner(ent, between)
        if joiner is not None and first in self.change_amounts and joiner >= ent.end and self._has_unit(ent):
            # "fell by 0.3 percent to 6.6 percent": the size of a change, then the level it reached
            joiner = None
        start = ent.start
        if joiner is None and self._low_end_outside(ent):
            start, joiner = ent.start - 2, ent.start - 1
        if joiner is None:
            return ent, None, None, None
        other = None if joiner + 1 < ent.end else starts.get(joiner + 1)
        if other is None and joiner + 1 < ent.end:
            far = doc[joiner + 1 : ent.end]
        elif other is not None and other.label_ in FIGURE_LABELS:
            far = other
        else:
            far = doc[joiner + 1 : joiner + 2]
            # "twenty-five to thirty-five": the far end is a number word the tokenizer cut at its
            # hyphens, outside any entity
            while (
                far.end + 1 < len(doc)
                and doc[far.end].text == "-"
                and not doc[far.end - 1].whitespace_
                and not doc[far.end].whitespace_
                and doc[far.end + 1].like_num
            ):
                far = doc[far.start : far.end + 2]
        high_text = f"{far.text} {self._scales_after(far)}"
        high = self._value(high_text)
        low = self._low_end(self._qualifier(doc[start:joiner])[1], high_text, high)
        return Span(doc, start, far.end, label=ent.label_), low, high, other

    def _has_unit(self, ent: Span) -> bool:
        """Whether an entity says what its number counts ("0.3 percent", "$2 billion"), not a bare
        number ("2" of "by 2 to 3 percent")."""
        return any(not t.like_num and t.lower_ not in self.scales for t in ent)

    def _low_end_outside(self, ent: Span) -> bool:
        """'4000 to 6000' of which the model took only '6000' for a number: the range's low end
        is the number before it, outside any entity."""
        if ent.start < 2:
            return False
        doc = ent.doc
        low, joiner = doc[ent.start - 2], doc[ent.start - 1]
        before = doc[ent.start - 3].lower_ if ent.start > 2 else ""
        return (
            low.like_num
            and not low.ent_type_
            and before not in self.change_openers
            and (
                joiner.lower_ in self.range_joiners
                or joiner.lower_ in self.conjunctions
                and before in self.range_openers
            )
        )

    def _low_end(self, low: str, high_text: str, high: float | None) -> float | None:
        """A range's low end (its qualifier left out); with no scale word of its own it has the
        high end's, when that keeps it below the high end: '2 to 3 million', '800 to 1.2 million'."""
        value = self._value(low)
        shared = " ".join(w for w in high_text.lower().split() if w in self.scales)
        if value is None or high is None or not shared or set(low.lower().split()) & self.scales.keys():
            return value
        scaled = self._value(f"{low} {shared}")
        return scaled if scaled is not None and scaled < high else value

    def _joiner(self, ent: Span, between: bool) -> int | None:
        """The token joining a range's two numbers, in the entity or right after it; a word before
        a dash, the last word ('twenty-five to thirty-five', 'between 200 and 300'). A scale word
        after a dash is the number's own ('a $1.2-billion contract'), no far end."""
        doc = ent.doc
        # "32 degrees F to 95 degrees F": the low end's unit may end a word after the entity
        last = ent.end + 1 if ent.end < len(doc) and self._ends_number(doc, ent.end) else ent.end
        found = [
            i
            for i in range(ent.start + 1, min(last + 1, len(doc) - 1))
            if self._ends_number(doc, i - 1)
            and self._opens_far_end(doc, i + 1)
            and (doc[i].lower_ in self.range_joiners or between and doc[i].lower_ in self.conjunctions)
        ]
        words = [i for i in found if doc[i].is_alpha]
        return (words or found)[-1] if found else None

    def _ends_number(self, doc, i: int) -> bool:
        """Whether a number ends at doc[i]: the number, or its unit written after it ("between 0.50
        percent and 0.75 percent", "32 degrees F to 95 degrees F")."""
        if doc[i].like_num or i > 0 and doc[i - 1].like_num and doc[i].lower_ in self.units:
            return True
        # a unit of two words that the far end repeats: "32 degrees F to 95 degrees F", "between 5 per
        # cent and 6 per cent"; not "fell 3.5 per cent to 120 pence", a change and a level
        if i < 2 or not doc[i - 2].like_num or f"{doc[i - 1].lower_} {doc[i].lower_}" not in self.units:
            return False
        return [t.lower_ for t in doc[i + 3 : i + 5]] == [doc[i - 1].lower_, doc[i].lower_]

    def _opens_far_end(self, doc, i: int) -> bool:
        """Whether a range's far end starts at doc[i]: a number, but not the low end's own scale
        word ("a $1.2-billion contract"), or its currency's sign ("$350 to $600"); or "a" before a
        scale word ("a hundred to a thousand")."""
        if doc[i].lower_ in self.units and not doc[i].is_alpha and i + 1 < len(doc) and doc[i + 1].like_num:
            return True
        if doc[i].like_num:
            return doc[i].lower_ not in self.scales
        return doc[i].lower_ in self.words and i + 1 < len(doc) and doc[i + 1].lower_ in self.scales

    def _is_label(self, ent: Span) -> bool:
        """'iPhone 11', 'iOS 13', 'Number 1': a number after the noun it modifies is that noun's label
        (a count stands before its noun); not a count elided after a name in a list ('Spain has
        157,000 cases and Italy 143,600')."""
        if ent.label_ != "CARDINAL" or ent.start == 0:
            return False
        number, before = _number_token(ent), ent.doc[ent.start - 1]
        if (
            number.dep_ == "nummod"
            and before.pos_ == "PROPN"
            and before.dep_ in COUNT_MODS
            and before.head == number.head
            and number.head.i > number.i
            and number.text[:1].isdigit()
        ):
            # "Boeing 737 MAX 9 jets", "Challenger 2 tanks", "Windows 10 users": digits between a
            # name and the noun both describe are the name's model number, not a count of the noun
            return True
        if number.dep_ != "nummod" or number.head != before or before.pos_ not in {"NOUN", "PROPN"}:
            return False
        if self._unit_before(ent):
            return False  # "Rs 40 lakh": a currency's sign or code stands before its number
        # the elided count follows a name of the model's (a place, a body), not a product's
        return not before.ent_type_ or self._elided_counts(ent) is None

    def _is_rank(self, ent: Span) -> bool:
        """'the world's top 10 banks', 'Top-10 trending status', 'the top five performers': a place in
        a ranking (the words of numbers.yaml `rank_words`), no count of what is ranked. The word
        before the number ranks only as an adjective or a noun: the verb of "Oil prices could top
        $100", "the toll is expected to top 1,000" says the figure will be passed."""
        doc, start = ent.doc, ent.start
        if _spaced(ent.text).split()[0] in self.rank_words:
            return True  # "Top-10", one token, the model's number
        if start == 0 or doc[start - 1].lower_ not in self.rank_words:
            return False
        return doc[start - 1].pos_ in RANK_POS

    def _opens_a_name(self, index: int, ent: Span) -> bool:
        """'3 Division', '120 Battalion': a number an organisation's name opens with, no count."""
        name = self.body.mention_at(index, ent.start_char, ent.end_char, ("organisations",))
        return name is not None and name.start == ent.start_char and ent.end_char < name.end

    def _figure(self, index: int, ent: Span, starts: dict[int, Span], done: set[int]) -> Figure | None:
        if _is_year(ent) or _is_part_of_name(ent, self.units) or _is_phone_number(ent):
            return None
        if self._is_fraction(ent):
            return None
        if self._opens_a_name(index, ent) or self._is_label(ent) or self._is_rank(ent):
            return None
        if ent.label_ == "CARDINAL" and self.not_a_count_re.match(text_of(ent.doc), ent.end_char):
            return None
        if ent.label_ == "CARDINAL" and self._time_after(ent):
            return None
        if ent.label_ == "CARDINAL" and self._length_of_text(ent):
            return None
        span, low_end, high_end, other = self._range(ent, starts)
        qualifier, rest = self._qualifier(ent)
        scales = self._scales_after(ent)
        if scales:  # "20 lakh jobs": the scale words belong to the number, not to what it counts
            rest = f"{rest} {scales}"
            span = ent = Span(ent.doc, ent.start, ent.end + len(scales.split()), label=ent.label_)
        low = high = value = None
        span_range = RANGE_RE.search(rest) or (
            self.sum_range_re.search(rest) if ent.label_ == "MONEY" else None
        )
        if high_end is not None:
            low, high = low_end, high_end
        elif span_range:
            # "4000–6000", "1.5–2 million": one token to the tagger; the scale words after the high
            # end are the low end's too, as in a range of several tokens
            high_text = rest[span_range.start("high") :]
            high = self._value(high_text)
            low = self._low_end(span_range.group("low"), high_text, high)
        if low is None or high is None or low >= high:
            low = high = None
        elif other is not None:
            done.add(other.start)
        if low is not None and qualifier is None and span.start < ent.start:
            # "around 4000 to 6000" of which the model took only "6000": the qualifier stands
            # before the low end
            qualifier = self._qualifier(span)[0]
        if low is None:
            span = ent
            value = self._value(f"{self._fraction_before(ent)}{rest}")
            if value is None or value == 1 and not NUMBER_RE.search(rest) and not self._counts_one(ent):
                return None  # "one official said", "a report": not a figure
            if value == 2 and ent.start > 0 and ent.doc[ent.start - 1].lower_ in self.referring:
                return None  # "the two countries": a reference to things named, not a count
            if value > 0 and self._below_zero(ent):
                value = -value  # "minus 5°C", "-5C"
        unit, written = self._unit_written(span)
        code = self.code_re.match(span.text) if self.code_re else None
        if unit is None and code is not None:
            unit = self.codes[code.group()]  # "NGN 211 million", "N5 billion": the code's currency
        if ent.label_ == "MONEY" and unit is None:
            unit = next((v for k, v in self.units.items() if k in span.text.lower()), None)
        head = self._counted(span, unit)
        idea = head is not None and head.lemma_.lower() in self.not_counted and not self._a_margin(head)
        if idea and unit is None:
            return None  # "three main factors": a count of ideas
        counts = self._counts(span, unit, head)
        # a sum the model tags as money in a unit that is no currency ("6.6 per cent") is no sum
        money = ent.label_ == "MONEY" and unit is None or unit and CURRENCY_CODE_RE.fullmatch(unit)
        if counts is None and money:
            # "Rs 24 lakh", "8.28 trillion won": a sum that counts nothing named counts its money
            before = self._unit_before(span)
            # "from 309.5 billion won to 1.238 trillion won": the currency's name the model left
            # after the number, as the far end's entity holds it, so both ends count the same money
            after = (
                [span.doc[span.end]]
                if not before and span.end < len(span.doc) and span.doc[span.end].lower_ in self.units
                else []
            )
            # the words, not those joining a range's ends ("Rs 1.5 to 2 lakh crore") nor a
            # fraction's ("two-and-a-half billion")
            fraction = self.added_fraction_re.search(_spaced(span.text))
            fraction_words = set(fraction.group().split()) if fraction else set()
            # nor a scale's fraction ("a half billion dollars", "half a crore"): the value has it
            scaled = self.scale_fraction_re.search(_spaced(span.text)) if self.scale_fraction_re else None
            if scaled is not None:
                fraction_words |= set(scaled.group().split()) - {scaled["scale"]}
            # "Dh33 billion": the code glued to the digits, one token with them
            words = [code.group()] if code and not span[0].is_alpha else []
            # nor its qualifier's ("over 12.6 trillion won": more than, no money's word)
            qualified = span.end_char - len(self._qualifier(span)[1])
            words += [
                t.text
                for t in (*before, *(t for t in span if t.idx >= qualified), *after)
                if t.is_alpha
                and not t.like_num
                and t.lower_ not in self.range_words
                and t.lower_ not in fraction_words
                and not (scaled is not None and t.lower_ in self.words)
            ]
            # not a scale's bare abbreviation ("$17m"): the value has it
            counts = " ".join(w for w in words if not (len(w) <= 3 and w.lower() in self.scales)) or None
        subject = None
        if head is not None:
            subject = _subject(head, span if head.i > span.start else None, self.subject_words)
        measure = unit not in self.shares and not CURRENCY_CODE_RE.fullmatch(unit or "")
        if counts is None and written and measure:
            # "gusts of up to 100mph", "White Sands is 3,200 square miles": a measure counts its
            # unit, of what the sentence measures with it
            counts, subject = self._measured(span, written)
        if counts is None and unit in self.shares:
            # "26% who are behind Cox", "with 14% undecided": the words after a share say who it counts
            counts = _described(span.root)
        if counts is None and unit in self.shares:
            # "the jobless rate fell to 6.6%": a share counts what the sentence says it measures
            level = self._level_of(_number_token(span))
            if level is not None:
                counts, subject = level
        if counts is None and (unit in self.shares or money):
            # "import payments increased by 44%", "raised $22 million in funding": a share or a
            # sum no noun counts measures what its clause says
            counts, subject = self._measure_of(span)
        if counts is None and unit is None and ent.label_ == "CARDINAL":
            counts, subject = self._bare(span, low if value is None else value)
            if counts is None:
                return None  # a bare number counts nothing a reader could compare
        return self._made(index, span, value, low, high, qualifier, unit, counts, subject)

    def _length_of_text(self, ent: Span) -> bool:
        """'a 42-page report', 'a 2,000-word statement': a number a hyphen glues to a noun of
        numbers.yaml length_of_text_nouns before the text it describes says how long that is."""
        doc, end = ent.doc, ent.end
        if end + 2 >= len(doc) or doc[end].text not in HYPHENS:
            return False
        noun = doc[end + 1]
        return (
            noun.lemma_.lower() in self.length_of_text_nouns
            and noun.head.i > noun.i
            and noun.head.pos_ == "NOUN"
        )

    def _counts_one(self, ent: Span) -> bool:
        """'One officer was wounded', 'killed one worker', 'two pistols, one shotgun and 400
        rounds': the word "one" counts what it stands for, a figure, where the sentence says what
        befell it (numbers.yaml one_count_*) or lists it among other counts; elsewhere it is an
        article ("one official said", "in one case", "a one-time bonus")."""
        number = _number_token(ent)
        doc = number.doc
        if number.lower_ not in self.words or number.lower_ in self.articles:
            return False
        if (
            number.i + 1 < len(doc)
            and doc[number.i + 1].text in HYPHENS
            or number.i
            and doc[number.i - 1].text in HYPHENS
        ):
            return False  # "a one-time bonus", "one-to-one": a word of its own
        counted = number
        if number.dep_ == "nummod":
            if number.head.i < number.i or number.head.pos_ != "NOUN":
                return False
            counted = number.head  # "one person"; else "one of them", "and one from the EU"
        if counted.lemma_.lower() in self.one_count_nouns:
            return True  # "one death"
        return self._befell(counted) or self._listed(counted) is not None

    def _befell(self, counted: Token) -> bool:
        """'one officer was wounded', 'killed one of them', 'one person died', 'left one man dead',
        'one person is known to have been hit': a verb of harm, loss or seizure says what befell
        the counted, through the verbs that complete one another."""
        verb = counted.head
        if verb.pos_ not in {"VERB", "AUX"} or counted.dep_ not in {"dobj", "nsubjpass", "nsubj"}:
            return False
        verbs = [verb, *(c for c in verb.children if c.dep_ == "xcomp")]
        for each in verbs:
            lemma = each.lemma_.lower()
            if counted.dep_ in {"dobj", "nsubjpass"} or each is not verb:
                if lemma in self.one_count_verbs:
                    return True
            elif lemma in self.one_count_subject_verbs:
                return True
            if each.pos_ == "VERB" and each.lower_ in self.one_count_states:
                return True  # "one climber is missing": the model's verb
            if any(c.dep_ in {"acomp", "oprd"} and c.lower_ in self.one_count_states for c in each.children):
                return True  # "left one person dead", "one man was injured"
        return False

    def _listed(self, counted: Token) -> Token | None:
        """'two pistols, one shotgun and 400 rounds', 'two astronauts and one from the EU', 'won
        five, drew one and lost three': "one" among other counts the sentence joins to it; the
        first such count (its noun, or its number when it has none)."""

        def a_count(token: Token) -> bool:
            numbers = [token] if token.pos_ == "NUM" else [c for c in token.children if c.dep_ == "nummod"]
            return any(
                n.like_num and n.lower_ not in self.articles and self._value(n.text) not in {None, 1}
                for n in numbers
            )

        listed = next((t for t in _joined(counted) if t is not counted and a_count(t)), None)
        if listed is not None:
            return listed
        verb = counted.head
        if counted.dep_ not in {"dobj", "nsubj", "nsubjpass"} or verb.pos_ not in {"VERB", "AUX"}:
            return None
        others = (c for other in _joined(verb) if other is not verb for c in other.children)
        return next((c for c in others if c.dep_ == counted.dep_ and a_count(c)), None)

    def _a_margin(self, noun: Token) -> bool:
        """'led by four points', 'the Dow fell 520 points', 'five points clear', 'a margin of 17
        points', 'scored 31 points': a noun of numbers.yaml margin_nouns that measures a margin, a
        score or a change, as the sentence says; "she made two points" counts ideas."""
        if noun.lemma_.lower() not in self.margin_nouns:
            return False
        governor = noun.head
        if noun.dep_ == "pobj" and governor.lower_ in self.change_amounts:
            return True  # "won by 16 points", "cut its forecast by 0.2 point"
        of_margin = governor.lower_ in self.genitives and governor.head.lemma_.lower() in self.margin_words
        if noun.dep_ == "pobj" and of_margin:
            return True  # "a margin of 17 points"
        verb = governor.lemma_.lower() if governor.pos_ == "VERB" else ""
        # the amount a change verb moves by stands beside its object ("fell 520 points", "raised rates
        # 25 basis points"); as the object itself it is what is raised or cut, ideas too ("she raised
        # two points"). A score verb takes its score as its object ("scored 31 points", "gained 200 points")
        if noun.dep_ == "npadvmod" and verb in self.change_verbs | self.score_verbs:
            return True
        if noun.dep_ == "dobj" and verb in self.score_verbs:
            return True
        after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
        return after is not None and after.lower_ in self.margin_words  # "20 points clear", "behind"

    def _time_after(self, ent: Span) -> bool:
        """'As of 7.30 am', 'a 30 min[ute] activity': a number that a time's word follows is a time
        of day or a length of time (an editor's bracket inside the word left out)."""
        if ent.end >= len(ent.doc):
            return False
        return ent.doc[ent.end].lower_.split("[")[0] in self.time_words

    def _bare(self, span: Span, value: float) -> tuple[str | None, str | None]:
        """What a number with no noun counts: 'in which 96 died', 'the caseload is 162,000',
        'Spain has 157,000 cases and Italy 143,600', 'the attack killed 12'."""
        number = _number_token(span)
        described = _described(number)
        if described is not None:
            return described, None  # "with roughly 140,000 killed", "the 30 who died"
        listed = self._listed(number) if value == 1 else None
        if listed is not None:
            # "two astronauts and one from the EU", "received three votes, she received one": the
            # count it is listed with says what it counts
            noun = (
                listed
                if listed.pos_ != "NUM"
                else self._counted_word(Span(span.doc, listed.i, listed.i + 1), None)
            )
            if noun is not None and noun.pos_ in {"NOUN", "PROPN"}:
                return _phrase(noun), None
        named = _name_before(number, span)
        if named is not None:
            return self._elided_counts(span), named.text
        counted = (_subject_of(span) if value >= 2 else None) or self._level_of(number)
        if counted is not None:
            return counted
        if number.dep_ == "dobj" and number.head.pos_ == "VERB":
            return number.head.text, None  # "the attack that killed 12 and wounded 48"
        qualifier = number.head
        if (
            number.dep_ == "pobj"
            and qualifier.dep_ == "prep"
            and qualifier.lower_ in self.qualifiers
            and qualifier.head.pos_ == "VERB"
            and qualifier.i == number.i - 1
        ):
            # "the bomb killed over 140,000": the parser makes the qualifier a preposition of the
            # verb, whose object the number is
            return qualifier.head.text, None
        return self._elided_counts(span), None

    def _measure_of(self, span: Span) -> tuple[str | None, str | None]:
        """What a share or a sum with no counted noun measures, from the parse of its clause: the
        noun of "$22 million in funding"; the subject of a verb it gives the level or change of
        ("Ukraine's economy contracted by 30.4 percent", "macOS is at 3.26%", "the MOEX is down 38
        percent"), or the object such a verb changes ("increasing public expenditure by 32
        percent"); what is done with a sum a verb takes ("the company has raised $44.7 million").
        """
        top = span.root
        for prep in top.rights:
            if prep.dep_ == "prep" and prep.lower_ in self.sum_prepositions:
                noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if noun is not None and noun.pos_ == "NOUN" and not noun.ent_type_:
                    return _phrase(noun), None
        governor, by_prep = top.head, None
        noun = self._noun_measured(top)
        if noun is not None:
            return _phrase(noun), _subject(noun, None, self.subject_words)
        if top.dep_ == "pobj" and governor.dep_ == "prep" and governor.lower_ in self.measure_prepositions:
            by_prep, governor = governor, governor.head
            if governor.dep_ == "pobj" and governor.head.dep_ == "prep" and governor.head.head.pos_ == "VERB":
                governor = governor.head.head  # "jumped from 309.5 billion won to 1.238 trillion won"
        elif (
            top.dep_ in SUBJECT_DEPS
            and governor.pos_ == "VERB"
            and governor.lemma_.lower() not in self.level_verbs
        ):
            # "60% experiencing depression": what the share of them does, when the verb says it
            # with its complement ("2% want Minsk to side with Kiev": "want" says too little)
            said = _predicate(governor)
            return (said, None) if said != governor.text else (None, None)
        elif top.dep_ not in {"dobj", "npadvmod", "attr"}:
            return None, None
        if governor.pos_ in {"ADV", "ADJ"} and governor.dep_ in {"advmod", "acomp"}:
            governor = governor.head  # "is down 38 percent", "was up 5%"
        if governor.pos_ not in {"VERB", "AUX"} or governor.i in range(span.start, span.end):
            return None, None
        subject = next((c for c in governor.children if c.dep_ in SUBJECT_DEPS and _as_noun_or_name(c)), None)
        raiser = governor
        while subject is None and raiser.dep_ == "xcomp":
            # "prices are expected to rise 10 percent", "shares are likely to fall 5%": the verb's
            # subject is the one of the verb (or adjective) it completes; or that verb's object when
            # it has one ("the crisis prompted the bank to cut its forecast to 1.8%": the bank cuts)
            raiser = raiser.head
            if raiser.pos_ == "ADJ" and raiser.dep_ == "acomp":
                raiser = raiser.head
            if any(c.dep_ == "dobj" for c in raiser.children):
                subject = next((c for c in raiser.children if c.dep_ == "dobj" and _as_noun_or_name(c)), None)
                break
            subject = next(
                (c for c in raiser.children if c.dep_ in SUBJECT_DEPS and _as_noun_or_name(c)), None
            )
        changed = next((c for c in governor.children if c.dep_ == "dobj" and c.i != top.i), None)
        if by_prep is not None and changed is not None and _as_noun(changed):
            return _phrase(changed), _name_of(subject) if subject is not None else None
        if top.dep_ == "dobj" and governor.lemma_.lower() not in self.level_verbs:
            if governor.lemma_.lower() in self.subject_words.holder_verbs:
                return None, None  # "it had $5 million left": having says nothing of the money
            # with its particle: "set aside S$32m"
            particles = [
                c
                for c in governor.rights
                if c.dep_ == "prt"
                or c.dep_ == "advmod"
                and c.i == governor.i + 1
                and c.pos_ in {"ADP", "ADV"}
            ]
            verb = " ".join(t.text for t in [governor, *particles])
            return verb, _name_of(subject) if subject is not None else None
        if subject is None or raiser is not governor and changed is not None:
            # "the government wants to raise it to 10%": the subject found on the verb it completes
            # does the raising; what is raised is the object the words name only as "it"
            return None, None
        return _phrase(subject), None

    def _noun_measured(self, top: Token) -> Token | None:
        """The noun a share or a sum after its preposition measures: "expectations of around 0.8%",
        "a ratio of losses to equity of 87.8%", "a rise in unemployment from 2% to more than 30%"
        (the far end's "to" hangs on "from"); a noun the model names is no measure."""
        if top.dep_ != "pobj" or top.head.dep_ != "prep":
            return None
        prep = top.head
        while prep.head.dep_ == "prep" and prep.head.i < prep.i:
            prep = prep.head
        noun = prep.head
        if prep.lower_ not in self.level_prepositions:
            return None
        return noun if noun.pos_ == "NOUN" and not noun.ent_type_ else None

    def _measured(self, span: Span, written: str) -> tuple[str, str | None]:
        """What a measure counts: its unit, written as the text writes it, and what it measures
        ("gusts of up to 100mph", "the population is 40,000 square miles"), when the sentence says."""
        # as the text writes it ("°C", "degrees Celsius"), not as the units' data keys it, in lower case
        near = span.doc[span.start : span.end + 3].text
        found = re.search(re.escape(written).replace(r"\ ", r"\s+"), near, re.IGNORECASE)
        written = found.group() if found else written
        if found is not None:
            # "6 to 10 feet wide", "30 feet deep": the length word after the unit says which length
            after = re.match(r"\s+(\w+)", near[found.end() :])
            if after is not None and after.group(1).lower() in self.length_words:
                written = f"{written} {after.group(1)}"
        number = _number_token(span)
        unit = number.head if number.dep_ == "nummod" and number.head.i >= span.start else number
        holder = _of_holder(unit)
        if holder is not None:
            return written, _subject(holder, None, self.subject_words)
        level = self._level_of(number)
        return written, (level[1] or level[0]) if level is not None else None

    def _level_of(self, number: Token) -> tuple[str, str] | None:
        """'The caseload of Covid-19 is nearly 162,000', 'the number of Americans ... looks like 60,000'."""
        verb, steps = number.head, 0
        while verb.pos_ not in {"VERB", "AUX"} and verb.head != verb and steps < 3:
            verb, steps = verb.head, steps + 1
        if verb.pos_ not in {"VERB", "AUX"} or verb.lemma_.lower() not in self.level_verbs:
            return None
        # "put Ukrainian losses at 200,000", "estimated the toll at 5,000": a number after a
        # preposition of a verb with an object gives the object's level, as "bring" does its
        by_object = verb.lemma_.lower() in self.object_level_verbs or (
            number.dep_ == "pobj"
            and number.head.head == verb
            and any(c.dep_ == "dobj" for c in verb.children)
        )
        deps = ("dobj",) if by_object else SUBJECT_DEPS
        measured = next((c for c in verb.children if c.dep_ in deps and _as_noun(c)), None)
        if measured is None and verb.dep_ == "conj" and not by_object:
            # "the population has fluctuated and is estimated at 40,000": the first verb's subject
            measured = next((c for c in verb.head.children if c.dep_ in deps and _as_noun(c)), None)
        if measured is None:
            return None
        if measured.lemma_.lower() in self.totals:
            measured = _of_object(measured) or measured
        return _phrase(measured), _subject(measured, None, self.subject_words)

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
        subject: str | None = None,
    ) -> Figure:
        sentence = sentence_of(ent.doc, ent.start_char)
        return Figure(
            value=value,
            low=low,
            high=high,
            qualifier=qualifier,
            unit=unit,
            counts=counts,
            subject=subject if subject and (counts is None or subject not in counts) else None,
            claimed_by=self.quotes.attribution(index, ent.start_char),
            text=span_text(sentence).strip(),
            ref=self.body.ids[index],
        )

    def _age(self, index: int, ent: Span) -> Figure | None:
        """'a 66-year-old', 'a seven-month-old baby', 'aged 21', 'Hasina, 77,': how old someone is."""
        doc = ent.doc
        # "just 16 years old": the model takes the qualifier into the age
        qualifier, rest = self._qualifier(ent)
        rest = without_leading(rest.strip(), self.articles)
        # "aged 71", "at the age of 96" (of which the model tags "the age of 96" as a date): the
        # words of age_context before the number, outside the entity or inside it
        number = next((t for t in ent if t.like_num), None)
        lead = " ".join(t.lower_ for t in doc[max(0, ent.start - 3) : number.i if number else ent.start])
        said = self.age_before_re.search(lead) is not None
        if said and number is not None:
            rest = doc[number.i : ent.end].text
        match = AGE_RE.fullmatch(rest)
        if match is not None:
            value, unit = self._value(match.group("number")), match.group("unit").lower() + "s"
            old = next((t for t in ent if t.lower_ in self.age_after), ent.root)
            whose = old.head if old.head.i >= ent.end and old.head.pos_ in {"NOUN", "PROPN"} else None
        elif re.fullmatch(r"\d{1,3}", rest) and (said or _is_appositive_age(ent)):
            if said and (
                qualifier in self.age_bound_qualifiers
                or self.age_bounds_after.match(text_of(doc), ent.end_char)
            ):
                return None  # "over the age of 12", "aged 16 or over": a threshold, no one's age
            value, unit = self._value(rest), "years"
            whose = ent.root.head if ent.root.dep_ == "appos" else None
        else:
            return None
        if value is None or value <= 0 or match is None and value >= 130:
            return None  # "the 159-year-old bank" is old; a bare "Smith, 150," is not an age
        subject = _name_of(whose) if whose is not None else None
        return self._made(index, ent, value, None, None, qualifier, unit, "age", subject)

    def _qualifier(self, ent: Span) -> tuple[str | None, str]:
        """'more than 1,000' -> ('more than', '1,000'); also words just before the entity."""
        text, found = ent.text, []
        phrases = self.qualifier_phrases
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
        # "flew nearly 1,000 kilometers": the model may open the entity with the verb before the
        # qualifier, which then ends the words before the number
        number = next((t for t in ent if t.like_num), None)
        if number is not None and number.i > ent.start:
            inside = self.qualifier_end_re.search(ent.doc[ent.start : number.i].text.lower())
            if inside is not None:
                return self.qualifiers[inside["phrase"]], ent.doc[number.i : ent.end].text
        # the three words before the entity, read apart from a bracket or quotation mark glued to
        # them ("(about US$8.4b)"), and past a quotation mark that opens the entity ("being 'over
        # the age of 12'")
        words = [t for t in ent.doc[max(0, ent.start - 4) : ent.start] if not t.is_quote][-3:]
        before = self.qualifier_end_re.search(" ".join(t.lower_ for t in words))
        if before is not None:
            return self.qualifiers[before["phrase"]], ent.text
        return None, ent.text

    def _scales_after(self, ent: Span) -> str:
        """'Rs 11 lakh crore': scale words spaCy left out of the number."""
        words = []
        for token in ent.doc[ent.end : ent.end + 2]:
            if token.lower_ not in self.scales or len(token.lower_) == 1:  # "m", "b": letters too
                break
            words.append(token.lower_)
        return " ".join(words)

    def _is_fraction(self, ent: Span) -> bool:
        """'two-thirds of the way': a share, not a count of two; 'half a million' is a number."""
        doc = ent.doc
        if self.scale_fraction_re is not None and self.scale_fraction_re.search(_spaced(ent.text)):
            return False
        words = {t.lower_ for t in doc[ent.start : min(ent.end + 1, len(doc))]}
        words |= set(re.split(r"[\s-]+", ent.text.lower()))
        if self.added_fraction_re.search(_spaced(ent.text)):
            # "two-and-a-half billion": a number and its fraction, no share
            words -= self.added_fraction_words
        return bool(words & self.fractions)

    def _fraction_before(self, ent: Span) -> str:
        """The fraction the model left outside a bare scale word: "a quarter of a" before "million"
        (tagged apart, "a quarter" as a date), to be read with it; or nothing."""
        if self.scale_fraction_re is None or ent.text.lower() not in self.scales:
            return ""
        before = ent.doc[max(0, ent.start - 4) : ent.start].text
        joined = self.scale_fraction_re.search(_spaced(f"{before} {ent.text}"))
        return (
            f"{joined.group('fraction')} "
            if joined and joined.end() == len(_spaced(f"{before} {ent.text}"))
            else ""
        )

    def _value(self, text: str) -> float | None:
        text = text.lower().replace("-", " ")
        if self.scale_fraction_re is not None:
            # "half a million" reads as 500000, "a third of a million" as 333333: a count in whole
            # things, not the fraction's decimals times the scale
            text = self.scale_fraction_re.sub(
                lambda m: str(round(self.scale_fractions[m["fraction"]] * self.scales[m["scale"]])), text
            )
        digits = NUMBER_RE.search(text)
        if digits:
            number = _decimal(digits.group())
            if number is None:
                return None
            # "$1.8 trillion", "Rs 7.5 lakh crore": every scale word multiplies
            after = text[digits.end() :]
            for word, factor in self.scales.items():
                # an abbreviation ("m", "bn") only right after the digits: "$474.62m", "$1.2 bn"
                short = len(word) <= 3 and word not in self.words
                if (
                    re.match(rf"\s*{re.escape(word)}\b", after)
                    if short
                    else re.search(rf"\b{re.escape(word)}\b", after)
                ):
                    number *= factor
            return float(number)
        return self._words_value(text)

    def _words_value(self, text: str) -> float | None:
        """'two hundred' -> 200, 'a hundred' -> 100, 'twenty five' -> 25; none for number words that
        make no number together ("fifty-fifty", even odds: a word no smaller than the one before it
        with no scale between them)."""
        total, current, seen = 0, 0, False
        last = None  # the number word read last, since the last scale word
        for word in re.findall(rf"{self.added_fraction_re.pattern}|[a-z]+", " ".join(text.split())):
            if word in self.added_fractions:
                if not seen or last is None:
                    return None  # "and a half" of no number, or after a scale word
                # "two and a half billion": the fraction of the number word before it
                current += self.added_fractions[word]
                last = 0  # no number word may follow
            elif word in self.words and word not in self.scales:
                if last is not None and self.words[word] >= last:
                    return None
                current += self.words[word]
                last = self.words[word]
                seen = True
            elif word in self.scales and word != "m":  # "two dozen" too, a number word and a scale
                last = None
                current = max(current, 1) * self.scales[word]
                if self.scales[word] >= 1000:
                    total, current = total + current, 0
                seen = True
            elif word in self.range_joiners:
                break  # "five or six": the low end
        return float(total + current) if seen else None

    def _unit(self, ent: Span) -> str | None:
        return self._unit_written(ent)[0]

    def _unit_written(self, ent: Span) -> tuple[str | None, str | None]:
        """The unit of a number and the words the text writes it in ("square miles": "sq mi")."""
        lower = ent.text.lower()
        if "%" in lower:
            return "percent", "%"
        doc = ent.doc
        glued = self.glued_re.fullmatch(ent.text) if self.glued_re else None
        if glued is not None and len(ent) == 1 and not self._glued_temperature(ent[0]):
            return None, None  # "in flat 5C", "3C chips": a label's letter, no unit
        if glued is not None:
            unit = self.glued_letters[glued["letter"]]
            return unit, unit  # "1.5C": the unit's sign is not written, its scale's letter is
        signed = self._signed_unit_at(doc, ent.end)
        if signed is not None:
            # "1.2°C", "1.5 °C", "about 20-25% of": a unit starting with a sign right after the number,
            # glued on or a space apart, which the model (or a range's far end) left out
            return self.units[signed], signed
        # "180 kilometers per hour": a unit of three words ends two words after the model's number
        next_word = " ".join(t.lower_ for t in doc[ent.end : ent.end + 2])
        if ent.end < len(doc) and not doc[ent.end - 1].whitespace_:
            # "1.7°C increase": the model leaves the sign and the scale's letter, glued on, out
            glued = doc[ent.end : ent.end + 2]
            letter = glued[1].lower_ if len(glued) > 1 and not glued[0].whitespace_ else ""
            next_word = glued[0].lower_ + letter
        # "1.2°C": the model leaves the scale's letter out of the number; "1.7 degrees Celsius",
        # the scale's name: a unit of several words may end on the words after the number
        glued_sign = lower.endswith("°") or next_word.startswith("°")
        longer = lower + next_word if glued_sign else f"{lower} {next_word}"
        for word in self.unit_words:
            text = longer if " " in word or "°" in word else lower
            if re.search(rf"(?:^|[\s\d-]){re.escape(word)}(?:$|\b)", text):
                return self.units[word], word
        # "Rs 2,000 crore", "8,000 acres": the unit before or after the number
        following = " ".join(t.lower_ for t in doc[ent.end : ent.end + 3] if t.lower_ not in self.scales)
        for word in self.unit_words:
            if re.match(rf"{re.escape(word)}(?:$|\b)", following):
                return self.units[word], word
        before = "".join(t.lower_ for t in self._unit_before(ent))
        if before:
            return self.units[before], before
        if ent.end < len(doc) and doc[ent.end - 1].whitespace_ and ent.label_ != "MONEY":
            # "ran 100 m", "12 m high": a scale's letter a space after a number with no currency,
            # and no noun after it that the number counts ("5 m shares": millions)
            letter = self.spaced_letters.get(doc[ent.end].text)
            counted = ent.end + 1 < len(doc) and doc[ent.end + 1].pos_ in {"NOUN", "PROPN"}
            if letter is not None and not counted and self._a_length(doc[ent.end]):
                return letter, doc[ent.end].text
        return None, None

    def _a_length(self, letter: Token) -> bool:
        """Whether a scale's letter a space after a number is a length's unit ("12 m high", "ran
        100 m"), not millions ("population reached 8 m", "rose to 12 m"): a word of numbers.yaml
        length_words after it, or a verb of distance_verbs taking it, straight or through a
        preposition ("swam for 400 m")."""
        doc = letter.doc
        if letter.i + 1 < len(doc) and doc[letter.i + 1].lower_ in self.length_words:
            return True
        verb = letter.head.head if letter.head.dep_ == "prep" else letter.head
        return verb.pos_ == "VERB" and verb.lemma_.lower() in self.distance_verbs

    def _unit_before(self, ent: Span) -> list[Token]:
        """The tokens of a unit written before the number ("Rs 24 lakh", "USD 6000", "Rs. 32 lakh",
        whose stop the tokenizer cuts off), or none. Not a word of numbers.yaml units_after_number:
        before a number that is another word ("Smith won $1 million", the verb; "8.28 trillion won")."""
        doc, start = ent.doc, ent.start
        if not start:
            return []
        tokens = [doc[start - 1]]
        if tokens[0].text == "." and start > 1 and not doc[start - 2].whitespace_:
            tokens.insert(0, doc[start - 2])
        word = "".join(t.lower_ for t in tokens)
        if word.isdigit() or word not in self.units or word in self.units_after:
            return []
        return tokens

    def _counted(self, ent: Span, unit: str | None) -> Token | None:
        """The noun the number counts; 'X of Y' looks through X, 'five of 17 policymakers' through 17.
        A pronoun counts what it stands for: "350 apartments, 99 of which" counts apartments; "within
        50 feet of them" names nothing a reader could compare, and the unit is what is counted."""
        counted = self._counted_word(ent, unit)
        if counted is None or counted.pos_ != "PRON":
            return counted
        if counted.lower_ in self.described_pronouns and any(
            c.dep_ in {"amod", "acl", "relcl"} for c in counted.children
        ):
            return counted  # "five of those present": those present, as the words after it say
        if counted.tag_ not in RELATIVE_TAGS:
            return None
        # "350 new apartments ..., 99 of which": what the count before it in the sentence counts,
        # else the noun the relative clause hangs on ("the leaders, five of whom lost seats")
        for other in reversed([e for e in ent.sent.ents if e.end <= ent.start and e.label_ in FIGURE_LABELS]):
            before = self._counted_word(other, self._unit(other))
            if before is not None and before.pos_ in {"NOUN", "PROPN"}:
                return before
        return _antecedent(counted)

    def _counted_word(self, ent: Span, unit: str | None) -> Token | None:
        number = _number_token(ent)
        head = number.head if number.dep_ in {"nummod", "quantmod", "compound", "npadvmod"} else None
        while head is not None and head.i >= ent.end and (head.like_num or head.lower_ in self.scales):
            if (
                unit is not None
                and self.spaced_letters.get(head.lower_) == unit
                and head.i + 1 < len(ent.doc)
                and ent.doc[head.i + 1].lower_ in self.length_words
            ):
                # "30 m high and 200 m long": the metres' own length word, not the word the parser
                # hung the letter on (the second one's)
                head = ent.doc[head.i + 1]
                break
            head = head.head  # "five of 17 policymakers", "20 lakh jobs"
        if (
            head is not None
            and head.dep_ == "compound"
            and head.i == number.i + 2
            and number.nbor().text == "-"
        ):
            head = head.head  # "a six-member crew", "a 20-point framework": the crew, the framework
        glued = _glued_adjective(ent)
        if glued is not None:
            head = glued.head  # "a 20,000-strong army", "a 1.5 million-strong force": the army, the force
        if head is not None and head.i < ent.start and head.pos_ == "PROPN":
            return None  # "Italy 143,600", "Rossiya 24": the number follows a name it does not count
        # "the 300 or so accounts he's looked at": a word a number modifies in a noun's place
        # ("accounts", the object of "of") is a noun, whatever part of speech the tagger gave it
        nominal = number.dep_ == "nummod" and head is not None and head.dep_ in NOMINAL_DEPS
        if head is not None and head.pos_ not in {"NOUN", "PROPN"} and not nominal:
            head = None if head.i < ent.start or head.pos_ in {"ADV", "VERB", "AUX"} else head
        if head is None or head.i < ent.start and head.pos_ not in {"NOUN", "PROPN"}:
            # "1,200-kilometer border": the entity modifies the noun after it (past "lakh crore")
            after = next((t for t in ent.doc[ent.end : ent.end + 3] if t.lower_ not in self.scales), None)
            head = after if after is not None and after.pos_ in {"NOUN", "PROPN"} else None
        if head is not None and head.i in range(ent.start, ent.end):
            head = head.head if head.head.pos_ in {"NOUN", "PROPN"} and head.head.i >= ent.end else None
        if head is None:
            # "5% of Belarusians", "12,000 tons of ammunition", "the record high of 799"
            return _of_object(ent[-1]) or _of_object(number) or _of_holder(number)
        if head.ent_type_ in NAME_LABELS and head.lower_ not in self.units:
            return None
        if unit and head.i == ent.end and not head.is_alpha and head.head.pos_ == "NOUN":
            head = head.head  # "a 1.7°C increase": the sign the model leaves out is the unit's
        # "1.2°C": C is the unit's; "about 2.4°C", where the model leaves the sign out too, the sign
        scale_letter = head.i == ent.end and (ent.text.endswith("°") or head.text.startswith("°"))
        # "more than 21 per cent" of which the model tags "more than 21": "cent" ends the unit's words
        after = " ".join(t.lower_ for t in ent.doc[ent.end : head.i + 1])
        # "45°C in Delhi": the sign and the letter, glued, are the unit's words as well
        glued = ent.doc[ent.end : head.i + 1].text.lower()
        # "5 degrees C in London": the scale's letter ends the unit the entity's last word opens
        opened = f"{ent[-1].lower_} {after}"
        unit_end = head.i >= ent.end and (after in self.units or glued in self.units or opened in self.units)
        if unit and (head.lower_ in self.units or scale_letter or unit_end) or head.lower_ in self.scales:
            return _of_object(head)
        of = _of_object(head)
        if unit in {"percent"} and of is not None:
            return of
        if head.lower_ in self.generic_nouns:
            subject = _number_of(head, self.totals)
            if subject is not None:
                return subject
        return head

    def _counts(self, ent: Span, unit: str | None, head: Token | None = None) -> str | None:
        """The counted noun with its modifiers."""
        head = head if head is not None else self._counted(ent, unit)
        if head is None:
            return None
        if head.pos_ == "PRON":
            # "those present", "those who voted": the pronoun with the words that say who they are,
            # when they are few
            said = next((c for c in head.rights if c.dep_ in {"amod", "acl", "relcl"}), None)
            if said is not None and said.i - head.i <= DESCRIBED_WORDS:
                return head.doc[head.i : said.i + 1].text
        return _phrase(head, ent) if head.i > ent.start else _phrase(head)


# the most words from "those" to the word that says who they are: "those who voted", "those present"
DESCRIBED_WORDS = 3
CURRENCY_CODE_RE = re.compile(r"[A-Z]{3}")  # ISO 4217: a figure's unit that is money


def _joined(token: Token) -> list[Token]:
    """The words a conjunction joins `token` to, itself among them ("two pistols, one shotgun and
    400 rounds"): a module function, not one made anew on every call of FigureExtractor._listed."""
    top = token
    while top.dep_ == "conj":
        top = top.head
    found, todo = [], [top]
    while todo:
        each = todo.pop()
        found.append(each)
        todo.extend(c for c in each.children if c.dep_ == "conj")
    return found


def _phrase_at_end_re(phrases: Collection[str]) -> re.Pattern[str]:
    """A pattern for the phrase of `phrases` a text ends with, as whole words ("nearly" of "flew
    nearly", "age of" of "at the age of"): built once, not per entity and phrase. Of the phrases
    that end the text the one that starts first, the longest, matches ("more than", not "than")."""
    return re.compile(rf"(?:^|\s)(?P<phrase>{alternatives(list(phrases))})$")


def _with_untagged_counts(doc: Doc, ents: list[Span]) -> list[Span]:
    """The entities, with a number in digits that opens its sentence, tagged as nothing by the
    model, counting a noun after it: "Some 5000 troops crossed" is no entity of the model's. Only
    its own qualifier or determiner may stand before it: elsewhere an untagged number is a label
    ("section 21 notice", "Glock 18 pistols") or part of a word ("24/7", "a .45-caliber gun")."""
    untagged = [
        Span(doc, t.i, t.i + 1, label="CARDINAL")
        for t in doc
        if t.like_num
        and not t.ent_type_
        and any(c.isdigit() for c in t.text)
        and t.dep_ == "nummod"
        and t.head.pos_ == "NOUN"
        and t.head.i > t.i
        and not t.head.ent_type_
        and t.whitespace_
        and _opens_clause(t)
    ]
    return sorted([*ents, *untagged], key=lambda e: e.start) if untagged else ents


def _opens_clause(number: Token) -> bool:
    """Whether only the number's own qualifier or determiner stands between it and the start of its
    sentence, or of the clause a comma, semicolon or colon opens ("As of Wednesday morning, nearly
    900 flights were cancelled")."""
    doc, start = number.doc, number.i
    while start > number.sent.start and doc[start - 1].head == number and doc[start - 1].dep_ in OPENING_DEPS:
        start -= 1
    return start == number.sent.start or doc[start - 1].text in CLAUSE_MARKS


def _not_covered(ents: list[Span]) -> list[Span]:
    """The entities less those inside one before them grown over them ("a quarter of a million":
    "a quarter" read with its scale word, which the model tagged apart as "million")."""
    kept: list[Span] = []
    for ent in ents:
        if kept and ent.start >= kept[-1].start and ent.end <= kept[-1].end:
            continue
        kept.append(ent)
    return kept


def _decimal(text: str) -> Decimal | None:
    """Exact digits, so that '$16.1 trillion' is 16,100,000,000,000 and not a float's neighbour."""
    try:
        return Decimal(text.replace(",", ""))
    except InvalidOperation:
        return None


def _number_token(ent: Span) -> Token:
    numbers = [t for t in ent if t.like_num or t.pos_ == "NUM"]
    return numbers[-1] if numbers else ent.root


def _is_year(ent: Span) -> bool:
    text = ent.text.strip()
    return bool(re.fullmatch(r"(?:1[89]|20)\d\d", text)) and ent.label_ == "CARDINAL"


PHONE_RE = re.compile(r"(?<![\d,.])(?:\+?\d{1,3}[\s.-])?(?:\(\d{2,4}\)\s?)?\d{3}[-.]\d{4}(?![\d,.]*\d)")


def _is_phone_number(ent: Span) -> bool:
    """ "Contact: 225-8458": a telephone number, which the model reads as a range."""
    text = text_of(ent.doc)
    near = PHONE_RE.finditer(text, max(0, ent.start_char - 8), min(len(text), ent.end_char + 8))
    return any(m.start() <= ent.start_char < m.end() for m in near)


def _is_part_of_name(ent: Span, units: Collection[str] = ()) -> bool:
    """'G7', 'Su-35', 'BMP-3', 'Article 35A', '3:55pm', 'Four Weddings': a number inside a name or a time.
    Not a sum whose currency opens it ("Ksh 211", "Dh 33"), a word in a capital as a name's is."""
    doc = ent.doc
    text = text_of(doc)
    start, end = ent.start_char, ent.end_char
    before, after = text[max(0, start - 1) : start], text[end : end + 2]
    if before and (before.isalpha() or before in {"-", ":"}):
        return True
    # a letter right after the number is part of a name ("Su-35", "35A"); not after a degree sign,
    # where it is the scale's ("1.2°C")
    if after[:1].isalpha() and not ent.text.endswith("°"):
        return True
    if re.match(r"[:.]\d", after) or re.fullmatch(r"\d{1,2}:\d\d", ent.text):
        return True
    # a number word with a capital inside a sentence: a title or a name ("the Big Four")
    first = ent[0]
    return first.is_alpha and first.is_title and first.i != first.sent.start and first.lower_ not in units


def _is_appositive_age(ent: Span) -> bool:
    """'Eloise Parry, 21, was taken', 'said Lopiano, 52.': a bare number after a name and a comma,
    closed by a comma or by the end of its sentence."""
    root = ent.root
    doc = ent.doc
    if root.dep_ != "appos" or root.head.pos_ != "PROPN" or ent.start == 0 or ent.end >= len(doc):
        return False
    closed = doc[ent.end].text == "," or doc[ent.end].is_sent_end and doc[ent.end].text in {".", ";"}
    return doc[ent.start - 1].text == "," and closed


def _glued_adjective(ent: Span) -> Token | None:
    """'a 20,000-strong army': the adjective a hyphen glues to the number, describing a noun after it."""
    doc, end = ent.doc, ent.end
    if end + 1 >= len(doc) or doc[end].text != "-" or doc[end - 1].whitespace_ or doc[end].whitespace_:
        return None
    adjective = doc[end + 1]
    if adjective.pos_ != "ADJ" or adjective.dep_ != "amod" or adjective.head.pos_ != "NOUN":
        return None
    return adjective if adjective.head.i > adjective.i else None


def _name_of(token: Token) -> str:
    """A noun with the compounds before it: 'Luca Scata', 'bank Société Générale'; not the stop of an
    abbreviation before them, which the parser may hang on the name ('Capt. Brian T. Kennedy')."""
    start = min(
        [
            token.i,
            *(t.i for t in token.lefts if t.dep_ == "compound" and not t.is_punct and t.i >= token.i - 3),
        ]
    )
    return token.doc[start : token.i + 1].text


def _name_before(number: Token, ent: Span) -> Token | None:
    head = number.head
    if number.dep_ in {"nummod", "compound"} and head.i < ent.start and head.pos_ == "PROPN":
        return head
    return None


def _subject_of(ent: Span) -> tuple[str, None] | None:
    """'the disaster in which 96 died': the number is the subject of what it counts; a range's far
    end through its low end ('between 40 and 60 were killed')."""
    number = _number_token(ent)
    while number.dep_ == "conj" and number.head.like_num and number.head.i < number.i:
        number = number.head
    if number.dep_ in SUBJECT_DEPS and number.head.pos_ == "VERB":
        return _predicate(number.head), None
    return None


COMPLEMENT_DEPS = frozenset({"acomp", "dobj", "oprd", "attr"})
# The most words from a verb to its complement that still say what a count did, short as a
# figure's "counts" is read: "come back positive", "make and sell briquettes" (3 and 4 words, the
# dev cases of 954dcc5); a longer stretch holds more of the clause than what the counted did.
PREDICATE_WORDS = 5


def _predicate(verb: Token) -> str:
    """'nearly 2,000 have come back positive', '600 of them now make and sell briquettes': the verb
    a count is the subject of, with its complement (what the counted did or became), as the text
    writes them when that is a few words with no punctuation; else the verb alone ('died')."""
    ends = [c for c in verb.rights if c.dep_ in COMPLEMENT_DEPS]
    if not ends:
        joined = next((c for c in verb.rights if c.dep_ == "conj" and c.pos_ == "VERB"), None)
        ends = [c for c in joined.rights if c.dep_ in COMPLEMENT_DEPS] if joined is not None else []
    if not ends:
        return verb.text
    words = verb.doc[verb.i : ends[0].i + 1]
    if len(words) > PREDICATE_WORDS or any(t.is_punct for t in words):
        return verb.text
    return words.text


def _described(token: Token) -> str | None:
    """What the words right after a number (or a share's sign) say of the counted: a relative clause
    ("26% who are behind Cox", "the 30 who died"), a past participle ("with roughly 140,000
    killed"); or the adjective a share measures after "with" ("with 14% undecided")."""
    for child in token.rights:
        if child.dep_ == "relcl" and any(
            g.dep_ in SUBJECT_DEPS and g.tag_ in RELATIVE_TAGS and g.i < child.i for g in child.children
        ):
            return _clause_words(child)
        if child.dep_ == "acl" and child.tag_ == "VBN" and child.i == token.i + 1:
            return child.text
    head = token.head
    if token.dep_ == "npadvmod" and head.pos_ == "ADJ" and head.dep_ == "pcomp" and head.i == token.i + 1:
        return head.text
    return None


def _clause_words(verb: Token) -> str:
    """A relative clause's verb with its complement, or with the object of its first preposition
    ("are behind Cox", "remain undecided", "favour challenger"): what those counted do or are. A
    preposition the parser leaves with no object takes the complement after it ("are behind Lt.
    Gov. Spencer Cox", whose name it makes the verb's)."""
    words = [verb.text]
    for child in verb.rights:
        if child.dep_ == "prep":
            words.append(child.text)
            noun = next((c for c in child.children if c.dep_ == "pobj"), None)
            if noun is not None:
                return " ".join([*words, _said_word(noun)])
        elif child.dep_ in COMPLEMENT_DEPS:
            return " ".join([*words, _said_word(child)])
    return verb.text


def _said_word(token: Token) -> str:
    """A noun with its adjectives and compounds, else the word itself ("undecided")."""
    return _phrase(token) if token.pos_ in {"NOUN", "PROPN"} else token.text


def _of_object(token: Token) -> Token | None:
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    return grandchild
    return None


def _as_noun(token: Token) -> bool:
    """A noun, or a word the tagger calls a verb in a noun's place ("French overnight stays in Italy
    hit 14 million": the parser makes a clause a subject as "csubj", never "nsubj")."""
    return token.pos_ == "NOUN" or token.pos_ == "VERB" and token.dep_ in SUBJECT_DEPS | {"dobj"}


def _as_noun_or_name(token: Token) -> bool:
    """A noun or a name, what a level's subject is ("Windows comes in at 95.9%"), not a pronoun."""
    return token.pos_ == "PROPN" or _as_noun(token)


def _antecedent(pronoun: Token) -> Token | None:
    """The noun a relative pronoun stands for: the noun its clause hangs on."""
    clause = next((t for t in pronoun.ancestors if t.dep_ == "relcl"), None)
    if clause is None or clause.head.pos_ not in {"NOUN", "PROPN"}:
        return None
    return clause.head


def _of_holder(number: Token) -> Token | None:
    """'the record high of 799', 'a population of 450,000': the noun before 'of N'."""
    prep = number.head
    if number.dep_ == "pobj" and prep.lower_ == "of" and prep.head.pos_ == "NOUN":
        return prep.head
    return None


def _number_of(head: Token, totals: frozenset[str]) -> Token | None:
    """'The number of professional soldiers ... is 45,500 people' -> soldiers."""
    verb = head.head
    for child in verb.children:
        if child.dep_ in SUBJECT_DEPS and child.lower_ in totals:
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
    doc = head.doc
    while (
        start >= 2
        and doc[start - 1].text == "-"
        and not doc[start - 2].whitespace_
        and not doc[start - 1].whitespace_
        and not (skip is not None and start - 2 < skip.end)
    ):
        start -= 2  # "the all-time high", "long-range missiles": a hyphenated word is one word
    words = doc[start : head.i + 1].text
    # "guns and mortars" share the number; "soldiers, 60 aircraft" do not
    conj = [
        c
        for c in head.children
        if c.dep_ == "conj" and c.pos_ == "NOUN" and not any(g.dep_ == "nummod" for g in c.children)
    ]
    if conj:
        words = f"{words} and {conj[0].text}"
    return words


@dataclass(frozen=True)
class SubjectWords:
    """What `_subject` reads in grammar.yaml, made into sets once per source."""

    prepositions: frozenset[str]  # "troops in Belarus", "length of the border"
    placements: frozenset[str]  # "servicemen deployed to Belarus": where a participle puts them
    holder_verbs: frozenset[str]  # "Belarus has 45,000 soldiers": the soldiers are Belarus'
    generic: frozenset[str]  # "the contingent will be 9,000 people": people measure the contingent

    @classmethod
    def of(cls, lexicon: Lexicon) -> SubjectWords:
        return cls(
            prepositions=lexicon.words("grammar", "subject_prepositions"),
            placements=lexicon.words("grammar", "placement_prepositions"),
            holder_verbs=lexicon.words("grammar", "holder_verbs"),
            generic=lexicon.words("grammar", "generic_counted_nouns"),
        )


def _subject(head: Token, skip: Span | None, words: SubjectWords) -> str | None:
    """What is counted, of whom or where: 'Russian troops in Belarus', 'caseload of Covid-19'.

    Figures are compared across sources by subject, so it says whose the things are when the
    sentence does ('soldiers of Belarus' for 'Belarus has 45,000 soldiers': an inventory, which a
    deployment's 'Russian soldiers' must not meet) and what a generic noun measures ('Russian
    contingent' for 'the Russian contingent will be 9,000 people').
    """
    measured = _measured(head, words)
    if measured is not None:
        return _subject(measured, None, words)
    doc = head.doc
    left = [
        t
        for t in head.lefts
        if t.dep_ in COUNT_MODS | {"poss"} and t.i >= head.i - 5 and not (skip is not None and t.i < skip.end)
    ]
    start = min([head.i, *(t.left_edge.i for t in left)])
    while start < head.i and doc[start].dep_ == "det":
        start += 1  # "the state's caseload": no article
    if skip is not None and start < skip.end and head.i >= skip.end:
        start = skip.end
    end = head.i + 1
    prep = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ in words.prepositions), None)
    if prep is None:
        prep = _placement(head, words)
    if prep is not None and prep.right_edge.i - head.i <= 6 and not any(t.like_num for t in prep.subtree):
        end = max(end, prep.right_edge.i + 1)
    holder = None if any(t.dep_ == "poss" for t in left) or prep is not None else _holder(head, words)
    if holder:
        return f"{doc[start : head.i + 1].text.strip(' ,-')} of {holder}"
    return doc[start:end].text.strip(" ,-") or None


def _measured(head: Token, words: SubjectWords) -> Token | None:
    """'the Russian contingent will be less than 9,000 people': the noun a generic count measures."""
    if head.lower_ not in words.generic or head.dep_ != "attr" or head.head.lemma_.lower() != "be":
        return None
    return next((c for c in head.head.children if c.dep_ in SUBJECT_DEPS and c.pos_ == "NOUN"), None)


def _placement(head: Token, words: SubjectWords) -> Token | None:
    """'servicemen deployed to Belarus', 'troops stationed in Belarus': the place a participle gives."""
    for participle in head.rights:
        # "deployed" after a noun is a participle, though the tagger at times calls it a past tense
        if participle.dep_ == "acl" and participle.tag_ in {"VBN", "VBD"}:
            for prep in participle.children:
                if prep.dep_ == "prep" and prep.lower_ in words.placements:
                    return prep
    return None


def _holder(head: Token, words: SubjectWords) -> str | None:
    """Who has what is counted: 'Belarus has 45,000 soldiers, 60 aircraft and 600 tanks', 'Belarus
    and Russia, which share a 1,200-kilometer border'. Only a name: 'the army has' says no more."""
    noun = head
    while noun.dep_ == "conj" and noun.head.pos_ in {"NOUN", "PROPN"}:
        noun = noun.head  # "60 aircraft and 600 tanks" are had as the soldiers are
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in words.holder_verbs:
        return None
    owner = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if owner is not None and owner.pos_ == "PRON" and verb.dep_ == "relcl":
        owner = verb.head  # "which share": the noun the clause is about
    if owner is None or owner.pos_ != "PROPN":
        return None
    owners = [owner, *(c for c in owner.conjuncts if c.pos_ == "PROPN")]
    return " and ".join(_name_of(t) for t in sorted(owners, key=lambda t: t.i))


def extract_figures(body: Body, lexicon: Lexicon, quotes: QuoteExtractor | None = None) -> list[Figure]:
    """Figures and who claims them; `quotes` is the source's quote finder, when there is one already."""
    return FigureExtractor(body, lexicon, quotes).extract()


def _spaced(text: str) -> str:
    """Words lower-cased, hyphens read as spaces: "Two-and-a-half" -> "two and a half"."""
    return " ".join(text.lower().replace("-", " ").split())
