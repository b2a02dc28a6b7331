"""Figures of Russian text, whose pipeline (Natasha's) names no numbers.

spaCy's English model tags numbers as entities (CARDINAL, MONEY, ...) and figures.py reads
those. Natasha tags none, so here numbers are read from the words, by the language's
numbers.yaml, each word by its form or its lemma (a number word takes every case and gender:
"два", "двух", "двум"; "четверо", "четверых"):

- digits, with spaces or no-break spaces between thousands ("10 000") and a decimal comma
  ("1,6%"), or number words ("двадцать пять", "около тысячи");
- a scale word or its abbreviation after them ("9 тыс.", "1,2 млн", "семь миллиардов");
- a unit after them or a currency's sign before them ("12 процентов", "30 м", "$800 млн",
  "47 миллиардов долларов"), or a unit's adjective after a dash ("2,6-километрового отрезка");
- a qualifier before them ("около", "более", "почти") and a range ("от 5 до 6 млн тонн", "5-6").

What is counted is the noun after the number (its adjectives kept: "украинских военных"), or,
after a unit, the noun in the genitive after the unit ("1,6% населения"), the noun the unit
belongs to ("на глубине менее 30 м"), or the subject of the verb the number measures ("цены на
муку выросли на 15%"). The items of a list that leave out their verb and noun ("Барнаул – 86
заболевших, Рубцовск – 15", "по два – в Лабинске") count what its sentence's first figure counts,
of the item's words. Years, days of a month, times of day, numbers inside names and lengths
of time ("через шесть часов", `not_counted`) are no figures; "58-летнего жителя" is an age.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from ..lexicon import Lexicon
from ..schema import Figure
from .document import SUBJECT_DEPS, Body, sentence_of, span_text, text_of
from .quotes import QuoteExtractor

DIGITS_RE = re.compile(r"\d+(?:[.,]\d+)?")
GROUP_RE = re.compile(r"\d{3}")  # "10 000": a group of thousands
SHARE = "percent"  # the unit of a share of something, not of a quantity (numbers.yaml `units`)
# "5-6", "5–6": a range written as one word; "2,6-километрового": a number and its unit's adjective
DASHED_RE = re.compile(r"(?P<low>\d+(?:[.,]\d+)?)[-–—](?:(?P<high>\d+(?:[.,]\d+)?)|(?P<word>[^\W\d_]+))")
CLOSING_QUOTES = {"»", '"', "“", "”", "'"}
NOUNS = {"NOUN", "PROPN"}
# words between a number and the noun it counts: "больше тысячи украинских военных"
NOUN_MODIFIERS = {"ADJ", "DET", "ADV", "PART", "NUM"}
# the relations of a word a number counts, where an adjective or a participle stands for its noun
COUNTED_DEPS = {"nsubj", "nsubjpass", "dobj", "obj", "obl", "nmod"}
# how far the words after a dash set for a verb may run: "— в состоянии средней тяжести"
DASHED_PHRASE_WORDS = 8
# how far back the noun of a list of ages may stand: "три ребенка – полуторагодовалый, девятилетний и ..."
LISTED_WORDS = 10
# a sign written before a number's digits, after a space: "до -25 градусов", "+38"
NEGATIVE_SIGNS = {"-", "−", "–"}
SIGNS = {*NEGATIVE_SIGNS, "+"}
SIGNED_RE = re.compile(r"([-−–+])(\d+(?:[.,]\d+)?)")
# the smallest scale a count keeps in its words ("9 тыс. военных"; not "полтора десятка человек")
THOUSAND = 1000
# an age is below this; "1985 года" is a year
MAX_AGE = 130
# "лидеры двух стран", "трехсторонняя встреча трех президентов": the parties of a bilateral or a
# trilateral talk; "президенты четырех стран" begins to count them
MAX_PARTIES = 3
# what ends a list's item before it, and how long the item may be: "Барнаул – 86, Рубцовск – 15"
ITEM_SEPARATORS = {",", ":", ";"}
LATIN_RE = re.compile(r"[A-Za-z][A-Za-z.&'-]*")
ITEM_WORDS = 6
ITEM_HEAD_POS = {*NOUNS, "X", "ADJ"}
# links of a verb (a verbal adverb, a second verb the parser lost) to the verb whose subject it shares
SHARED_SUBJECT_DEPS = {"advcl", "dep"}


@dataclass(frozen=True)
class Number:
    """Numbers read from the words [start, end) of a doc."""

    start: int
    end: int
    value: float | None  # None for a range
    low: float | None = None
    high: float | None = None
    digits: bool = True  # written in digits, not words
    scaled: bool = False  # a scale word ("млн") is part of it
    unit_word: str | None = None  # the start of a dashed adjective: "километрового"
    through: int | None = None  # past the smaller unit's part of one measure: "21 метр 36 сантиметров"


class RussianFigures:
    """The figures of one body, by the language's number words."""

    def __init__(self, body: Body, lexicon: Lexicon, quotes: QuoteExtractor | None = None) -> None:
        self.body = body
        numbers = lexicon["numbers"]
        self.words = {_fold(k): float(v) for k, v in (numbers.get("words") or {}).items()}
        self.scales = {_fold(k): int(v) for k, v in (numbers.get("scales") or {}).items()}
        units = {_fold(k): v for k, v in (numbers.get("units") or {}).items()}
        self.signs = {k: v for k, v in units.items() if re.fullmatch(r"[^\w\s]+", k) and k != "%"}
        self.units = {k: v for k, v in units.items() if k not in self.signs}
        self.compound_units = {_fold(k): v for k, v in (numbers.get("compound_units") or {}).items()}
        self.smaller_units = {
            unit: {_fold(k): float(v) for k, v in parts.items()}
            for unit, parts in (numbers.get("smaller_units") or {}).items()
        }
        self.qualifiers = {_fold(k): v for k, v in (numbers.get("qualifiers") or {}).items()}
        self.verb_dashes = lexicon.words("dates", "verb_dashes")
        self.change_prepositions = {_fold(w) for w in lexicon.words("numbers", "change_prepositions")}
        self.state_verbs = {_fold(w) for w in lexicon.words("numbers", "state_verbs")}
        self.negative_words = {_fold(w) for w in lexicon.words("numbers", "negative_words")}
        self.item_prepositions = {_fold(w) for w in lexicon.words("numbers", "item_prepositions")}
        self.whole_prepositions = {_fold(w) for w in lexicon.words("numbers", "whole_prepositions")}
        ages = numbers.get("age_context") or {}
        self.age_before = {_fold(w) for w in ages.get("before", [])}
        self.age_after = tuple(_fold(w) for w in ages.get("after", []))
        self.age_counts = (ages.get("counts") or ["age"])[0]
        self.age_verbs = {_fold(w) for w in ages.get("verbs", [])}
        self.anniversaries = tuple(_fold(w) for w in ages.get("anniversaries", []))
        self.not_counted = {_fold(w) for w in numbers.get("not_counted") or []}
        self.parties = {_fold(w) for w in numbers.get("parties") or []}
        # longest first: "семидесяти" before "семи"
        stems = {_fold(k): float(v) for k, v in (numbers.get("compound_stems") or {}).items()}
        self.compound_stems = sorted(stems.items(), key=lambda item: -len(item[0]))
        self.references = {_fold(w) for w in numbers.get("references") or []}
        self.months = {_fold(k) for k in (lexicon["dates"].get("months") or {})}
        self.year_words = {_fold(w) for w in lexicon["dates"].get("year_suffixes") or []}
        # "45 лет", "года": the words of a count of years (dates.yaml's units of "N years ago")
        ago = lexicon["dates"].get("ago_units") or {}
        self.years = {_fold(word) for word, unit in ago.items() if unit == "year"}
        self.range_openers = lexicon.words("grammar", "range_openers")
        self.range_joiners = lexicon.words("grammar", "range_joiners")
        self.range_alternatives = lexicon.words("grammar", "range_alternatives")
        self.list_joiners = {",", *lexicon.words("grammar", "list_conjunctions")}
        self.change_openers = lexicon.words("grammar", "change_openers")
        self.reached_verbs = {_fold(w) for w in lexicon.words("numbers", "reached_verbs")}
        self.subject_preps = lexicon.words("grammar", "subject_prepositions")
        self.generic = {_fold(w) for w in lexicon.words("grammar", "generic_counted_nouns")}
        self.quotes = quotes or QuoteExtractor(body, lexicon)

    def extract(self) -> list[Figure]:
        figures = []
        for index, doc in enumerate(self.body.docs):
            i = 0
            # the sentence's first figure, with where the sentence starts: the head of a list whose
            # later items leave out what they count ("Барнаул – 86 заболевших, Рубцовск – 15"); a
            # later item may have misread its own words, and the items after it follow the head
            head: tuple[int, Figure] | None = None
            previous: Figure | None = None  # the paragraph's figure before: "3323 койки. Из них ... 1615"
            while i < len(doc):
                number = self._number(doc, i)
                if number is None:
                    i += 1
                    continue
                i = max(number.end, number.through or 0)
                level = self._changed_to(doc, number)
                if level is not None:
                    figures.extend(self._change(index, doc, number, level))
                    i = level.end
                    continue
                sentence = doc[number.start].sent.start
                before = head[1] if head is not None and head[0] == sentence else None
                figure = self._figure(index, doc, number, before, previous)
                if figure is not None:
                    figures.append(figure)
                    previous = figure
                    head = head if before is not None else (sentence, figure)
        return figures

    def _changed_to(self, doc: Doc, number: Number) -> Number | None:
        """The level a change reaches, "с 777 до 826 тысяч гектаров" (grammar.yaml `change_openers`
        before the first number, a range joiner after it), else None."""
        before, after = _previous_word(doc, number.start), _next_word(doc, number.end)
        if number.value is None or before is None or after is None:
            return None
        if before.lower_ not in self.change_openers:
            return None
        if after.lower_ not in self.range_joiners or after.lower_ in self.range_alternatives:
            return None
        level = self._single(doc, after.i + 1)
        return level if level is not None and level.value is not None else None

    def _change(self, index: int, doc: Doc, start: Number, level: Number) -> list[Figure]:
        """A change from one level to another as two figures of the same thing, both as stated: the
        level it reached is no upper bound ("до" joins the two, it does not qualify the second), and
        the level it started from takes the scale written once after both ("с 777 до 826 тысяч")."""
        reached = self._figure(index, doc, level)
        if reached is None:
            return []  # "с 5 до 6 августа", "с 2014 до 2022 года": dates, not levels
        reached = reached.model_copy(update={"qualifier": None})
        value = start.value or 0.0
        if not start.scaled and level.scaled:
            scale = self._scale_of(level, doc)
            # "с 500 до 1 млн" is not 500 million: the shared scale must keep the two comparable
            if value * scale <= (level.value or 0.0) * 10:
                value *= scale
        return [reached.model_copy(update={"value": value}), reached]

    # ------------------------------------------------------------ reading numbers

    def _word_value(self, token: Token) -> float | None:
        return self.words.get(_fold(token.text), self.words.get(_fold(token.lemma_)))

    def _scale(self, token: Token) -> int | None:
        return self.scales.get(_fold(token.text), self.scales.get(_fold(token.lemma_)))

    def _number(self, doc: Doc, i: int) -> Number | None:
        """The number that starts at word i, with its scale and the far end of its range."""
        first = self._single(doc, i)
        if first is None:
            return None
        after = _next_word(doc, first.end)
        if first.value is not None and after is not None and after.lower_ in self.range_joiners:
            before = _previous_word(doc, i)
            if before is not None and before.text == "+" and not before.whitespace_:
                before = _previous_word(doc, before.i)  # "от +2 до +8 градусов": the sign apart
            start = after.i + 1
            if start + 1 < len(doc) and doc[start].text == "+" and not doc[start].whitespace_:
                start += 1
            far = self._single(doc, start)
            opened = before is not None and before.lower_ in self.range_openers
            # "15 или 16 человек": an alternative of two numbers, the higher after, needs no opener
            alternative = after.lower_ in self.range_alternatives and not far.scaled if far else False
            if (
                far is not None
                and far.value is not None
                and (opened or alternative and first.value < far.value and not first.scaled)
            ):
                # "от 5 до 6 миллионов тонн": the low end shares the high end's scale
                scale = self._scale_of(far, doc)
                low = (
                    first.value * scale
                    if not first.scaled and first.value * scale < far.value
                    else first.value
                )
                return Number(i, far.end, None, low, far.value, first.digits, far.scaled or first.scaled)
        return self._with_smaller_unit(doc, first)

    def _with_smaller_unit(self, doc: Doc, number: Number) -> Number:
        """A measure written in two units, "21 метр 36 сантиметров", "2 кг 300 г": one figure in the
        larger unit (numbers.yaml `smaller_units`), the smaller part read with it, not counted apart."""
        after = _next_word(doc, number.end)
        found = self._unit_at(doc, after.i) if after is not None and number.value is not None else None
        parts = self.smaller_units.get(found[0]) if found is not None else None
        part = _next_word(doc, found[1]) if found is not None and parts else None
        if part is None or not DIGITS_RE.fullmatch(part.text) or number.value is None or not parts:
            return number
        smaller = _next_word(doc, part.i + 1)
        if smaller is None:
            return number
        factor = parts.get(_fold(smaller.text)) or parts.get(_fold(smaller.lemma_))
        if factor is None:
            return number
        value = round(number.value + _decimal(part.text) * factor, 6)
        return replace(number, value=value, through=smaller.i + 1)

    def _scale_of(self, number: Number, doc: Doc) -> int:
        for token in doc[number.start : number.end]:
            scale = self._scale(token)
            if scale:
                return scale
        return 1

    def _single(self, doc: Doc, i: int) -> Number | None:
        token = doc[i]
        text = token.text
        value: float | None = None
        low = high = None
        unit_word = None
        digits = True
        end = i + 1
        dashed = DASHED_RE.fullmatch(text)
        signed = SIGNED_RE.fullmatch(text)
        if signed:
            # "до -25 градусов": the tokenizer keeps a minus with its digits
            value = _decimal(signed.group(2)) * (-1 if signed.group(1) in NEGATIVE_SIGNS else 1)
        elif DIGITS_RE.fullmatch(text) or _closing_with_stop(token):
            value = _decimal(text.rstrip("."))
            # "10 000", "1 200 000": groups of three after a space
            while (
                end < len(doc)
                and GROUP_RE.fullmatch(doc[end].text)
                and doc[end - 1].whitespace_
                and re.fullmatch(r"\d{1,3}", doc[end - 1].text)
            ):
                value = value * 1000 + int(doc[end].text)
                end += 1
        elif dashed and dashed.group("high"):
            low, high = _decimal(dashed.group("low")), _decimal(dashed.group("high"))
        elif dashed:
            value, unit_word = _decimal(dashed.group("low")), _fold(dashed.group("word"))
        elif (compound := self._compound(token.text)) is not None:
            # "семилетний мальчик", "пятикилометровый участок": the dashed shape written in words
            return Number(i, end, compound[0], digits=False, unit_word=compound[1])
        elif self._word_value(token) is not None:
            digits = False
            value, end = self._words(doc, i)
        elif self._scale(token) and not token.text[0].isdigit() and len(token.text) > 4:
            if token.morph.get("Number") == ["Plur"]:
                return None  # "тысячи людей", "десятки тысяч гектаров": many, no number
            # "около тысячи", "больше тысячи": a scale word alone is one of its kind
            return Number(i, i + 1, float(self._scale(token)), digits=False, scaled=True)
        else:
            return None
        if unit_word is not None:
            return Number(i, end, value, digits=True, unit_word=unit_word)
        scale, end = self._scales_after(doc, end)
        if scale > 1:
            value = value * scale if value is not None else None
            low, high = (low * scale, high * scale) if low is not None and high is not None else (low, high)
            if value is not None:
                value, end = self._lower_part(doc, end, value, scale)
        if value is None and (low is None or high is None or low >= high):
            return None
        return Number(i, end, value, low, high, digits, scale > 1)

    def _lower_part(self, doc: Doc, end: int, value: float, scale: int) -> tuple[float, int]:
        """A number written in parts, each with its own scale: "15 тысяч 320 случаев" is 15 320, "1 млн
        800 тыс. доз" 1 800 000; the part after the scale, in digits and below it, is added to it (not a
        year: "5 млн 2021 года" is no such part)."""
        part = doc[end] if end < len(doc) else None
        if part is None or not doc[end - 1].whitespace_ or not re.fullmatch(r"\d{1,3}", part.text):
            return value, end
        smaller, after = self._scales_after(doc, end + 1)
        following = _next_word(doc, after)
        if following is not None and (_fold(following.text) in self.year_words | self.months):
            return value, end
        added = int(part.text) * smaller
        return (value + added, after) if added < scale else (value, end)

    def _compound(self, text: str) -> tuple[float, str] | None:
        """ "семилетний" -> (7, "летний"), "двадцатипятилетняя" -> (25, "летняя"): the stems of number
        words that open a word (numbers.yaml `compound_stems`), where what follows them is an age's or
        a unit's adjective (age_context, compound_units)."""
        rest, value = _fold(text), 0.0
        while stem := next((s for s in self.compound_stems if rest.startswith(s[0])), None):
            rest, value = rest[len(stem[0]) :], value + stem[1]
        known = (*self.age_after, *self.anniversaries, *self.compound_units)
        if not value or not any(rest.startswith(k) for k in known):
            return None
        return value, rest

    def _words(self, doc: Doc, i: int) -> tuple[float, int]:
        """'двадцать пять' -> 25, 'сто пятьдесят' -> 150: number words in a row, summed."""
        total, end = 0.0, i
        while end < len(doc) and (value := self._word_value(doc[end])) is not None:
            total += value
            end += 1
        return total, end

    def _scales_after(self, doc: Doc, end: int) -> tuple[int, int]:
        """The product of the scale words from `end` ("млрд", "тыс." with its stop) and where they stop."""
        scale = 1
        while end < len(doc):
            factor = self._scale(doc[end])
            if not factor:
                break
            scale *= factor
            end += 1
            if end < len(doc) and doc[end].text == "." and len(doc[end - 1].text) <= 4:
                end += 1  # "тыс.": the abbreviation's stop
        return scale, end

    # ------------------------------------------------------------ what a number is

    def _figure(
        self, index: int, doc: Doc, number: Number, head: Figure | None = None, previous: Figure | None = None
    ) -> Figure | None:
        """The figure a number is, if any; `head` is the figure before it in its sentence, `previous`
        the one before it in its paragraph."""
        start_char = doc[number.start].idx
        end_token = doc[number.end - 1]
        end_char = end_token.idx + len(end_token.text)
        if self.body.in_citation(index, start_char, end_char):
            return None
        age = self._age(index, doc, number)
        if age is not None:
            return age  # "Ему 44 года" before "44 года" is taken for a year
        if self._is_no_count(doc, number):
            return None
        if number.unit_word is not None:
            return self._dashed(index, doc, number)
        before = _previous_word(doc, number.start)
        unit = self.signs.get(before.text) if before is not None else None
        unit_token = None
        after = _next_word(doc, number.end)
        if after is not None:
            found = self._unit_at(doc, after.i)
            if found is not None:
                unit, unit_token = found[0], doc[after.i : found[1]]
        counted = None
        if unit_token is not None:
            counted = self._noun_after(doc, unit_token.end)
            if counted is None and unit != SHARE:
                holder = _holder(_unit_head(unit_token))
                if holder is not None:
                    # "пожары на 2,37 миллиона гектаров", "штраф в размере 8 млрд евро": the unit as
                    # written is what is counted, of the noun it belongs to
                    if _fold(holder.lemma_) in self.generic:
                        # "помощь на сумму 15 млн евро", "сумма сделки в 2 млрд": of what the sum is
                        genitive = _genitive_of(holder)
                        if genitive is not None and genitive.i < unit_token.end:
                            genitive = None
                        holder = genitive or _holder(holder) or holder
                    subject = (
                        self._item_before_dash(doc, number)
                        or self._subject(doc, holder, None)
                        or self._phrase(doc, holder, None)
                    )
                    return self._made(
                        index, doc, number, unit, self._unit_words(doc, number, unit_token), subject
                    )
            counted = counted or _holder(_unit_head(unit_token))
        elif unit is None:
            counted = self._noun_after(doc, number.end)
            if counted is not None and (_fold(counted.lemma_) in self.not_counted or counted.pos_ == "PROPN"):
                return None  # "через шесть часов", "в пять раз": a length of time, a multiple
            if counted is not None and any(t.text[:1].isupper() for t in doc[number.end : counted.i + 1]):
                return None  # "656056 Алтайский край": a postcode or a name's number before a name
            if (
                counted is not None
                and not number.digits
                and (number.value or 0) <= MAX_PARTIES
                and _fold(counted.lemma_) in self.parties
            ):
                return None  # "лидеры двух стран": which parties, not how many
            if counted is None:
                # "из них 1,8 тысячи — в Испании", "еще 11 — в состоянии средней тяжести": a dash set
                # for the verb the sentence leaves out, and the words after it say which of them
                which = self._after_dash(doc, number)
                if which and head is not None and head.counts and self._is_where(which):
                    # "Три случая подтвердились в Тимашевском районе, по два – в Лабинске": an item
                    # after the list's head, of what the head counts, where the words say
                    return self._made(index, doc, number, head.unit, head.counts, which)
                if which:
                    return self._made(index, doc, number, None, which, None)
                # "Двое пытались убежать", "еще пять были ранены": a number that is its verb's subject
                # counts those who did it; any other bare number counts nothing a reader could compare
                done = self._done_by(doc[number.start], number)
                if done:
                    return self._made(index, doc, number, None, done, None)
                # "число погибших выросло до 12", "рекордное число смертей — восемь": the level of a
                # count a generic noun names, of what its genitive says
                counting = self._count_named(doc, number)
                if counting is not None:
                    # of whom or where, as for a noun after a number: "число случаев заражения в Испании"
                    subject = self._subject(doc, counting, None)
                    return self._made(index, doc, number, None, self._phrase(doc, counting, None), subject)
                bracketed = self._bracketed(index, doc, number)
                if bracketed is not None:
                    return bracketed
                if previous is not None and (previous.counts or previous.unit) and self._of_them(doc, number):
                    # "3323 койки. Из них с кислородом 1615, с ИВЛ - 410", "42481, из них 1522 за
                    # последние сутки": a part of the whole the figure before counted, of what it counts
                    where = self._where_after(doc, number) or self._item_before_dash(doc, number)
                    return self._made(index, doc, number, previous.unit, previous.counts, where)
                whole = _previous_word(doc, number.start)
                if whole is not None and whole.lower_ in self.whole_prepositions and head is not None:
                    # "200 рейсов из 830", "трое из пяти": the whole counts what its part counts
                    item = _previous_word(doc, whole.i)
                    if item is not None and item.text == head.counts and (head.counts or head.unit):
                        return self._made(index, doc, number, head.unit, head.counts, head.subject)
                return self._list_item(index, doc, number, head)
        if counted is not None and _fold(counted.lemma_) in self.generic:
            genitive = _genitive_of(counted)
            if genitive is not None and unit_token is not None and genitive.i < unit_token.end:
                genitive = None  # "помощь в размере 300 млн рублей": the unit is not what is counted
            counted = genitive or _holder(counted) or counted
        if counted is None:
            measured = self._measured(doc[number.start])
            # "2,37 миллиона гектаров", "более 12 млрд грн": with nothing after it, the unit as the text
            # writes it is what the number counts (a share, "15%", counts nothing)
            units = (
                self._unit_words(doc, number, unit_token)
                if unit_token is not None and unit != SHARE
                else None
            )
            # a share with no whole after it counts its unit as written: "положительными оказались
            # лишь 2,9 %", "50 процентов или более"
            share = (
                self._unit_words(doc, number, unit_token)
                if unit_token is not None and unit == SHARE
                else None
            )
            item = self._item_before_dash(doc, number)
            if item is not None:
                # "КПРФ – 18,9%" after "«Единая Россия» получила 49,8% голосов": the item is whose
                # share it is, and a share of what the list's head counts
                if units is None and head is not None and head.unit == unit:
                    units = head.counts
                return self._made(index, doc, number, unit, units or share, item)
            return self._made(index, doc, number, unit, units or share, measured)
        counts = self._phrase(doc, counted, number.end)
        if unit_token is None and counted.i >= number.end:
            counts = f"{self._scale_words(doc, number)}{counts}"
        elif unit == SHARE and unit_token is not None and counted.i >= unit_token.end:
            # "30% потребности ЕС", "2,5 процентов ВВП": a share counts its unit as written and its
            # whole, as a sum its unit ("млн фунтов")
            counts = f"{self._unit_words(doc, number, unit_token)} {counts}"
        subject = self._item_before_dash(doc, number) or self._subject(doc, counted, number.end)
        return self._made(index, doc, number, unit, counts, subject)

    def _scale_words(self, doc: Doc, number: Number) -> str:
        """The scale words of a number as written, with a space after them ("тысяч " of "107 тысяч
        человек", "тыс. " of "9 тыс. военных", "тысячи " of "около тысячи жителей"), else nothing: a
        count is read in the scale it is written in ("107 тысяч человек", "1,1 млн человек"), as a
        sum's unit is ("млн фунтов"), and the references of Russian counts name it so."""
        words = doc[number.start : number.end]
        scales = [t.i for t in words if not t.text[0].isdigit() and (self._scale(t) or 0) >= THOUSAND]
        scale = scales[0] if scales else None
        if scale is None:  # "полтора десятка человек": a ten is a number's word, read as one
            return ""
        # the first scale's words alone: "15 тысяч 320 случаев" counts "тысяч случаев"
        end = self._scales_after(doc, scale)[1]
        return f"{span_text(doc[scale:end]).strip()} "

    def _unit_words(self, doc: Doc, number: Number, unit_token: Span) -> str:
        """The unit as the text writes it, from the number's scale word on: "850 млн фунтов" counts
        "млн фунтов" and "45-163 тыс. рублей" "тыс. рублей", the measure a reader compares, where the
        bare "фунтов" would put millions and single pounds under one word."""
        scale = next((t.i for t in doc[number.start + 1 : number.end] if self._scale(t)), None)
        start = unit_token.start if scale is None else scale
        return span_text(doc[start : unit_token.end]).strip()

    def _bracketed(self, index: int, doc: Doc, number: Number) -> Figure | None:
        """A bare number in brackets after the words it counts: "по количеству выздоровевших (214)"
        counts those words; after a place, "случаев выявлено в Алма-Ате (847)", it counts what its
        verb's subject names, there. Only after a word: "+7 (495)" is a telephone's code."""
        opening, closing = _previous_word(doc, number.start), _next_word(doc, number.end)
        if opening is None or closing is None or opening.text != "(" or closing.text != ")":
            return None
        following = _next_word(doc, closing.i + 1)
        if following is not None and following.text[:1].isdigit():
            return None  # "Телефон (495) 287-72-00": a code in a number
        word = _previous_word(doc, opening.i)
        if word is None or not word.text[:1].isalpha():
            return None
        if word.pos_ == "PROPN":
            measured = self._measured(word)
            return self._made(index, doc, number, None, measured, word.text) if measured else None
        standing_for_a_noun = word.pos_ == "ADJ" or word.morph.get("VerbForm") == ["Part"]
        if word.pos_ != "NOUN" and not standing_for_a_noun:
            return None
        return self._made(index, doc, number, None, self._phrase(doc, word, None), None)

    def _of_them(self, doc: Doc, number: Number) -> bool:
        """Whether the number's clause opens with a part of a whole told before ("из них", "из
        которых": numbers.yaml whole_prepositions and a pronoun), no other number between."""
        sentence = doc[number.start].sent
        for token in doc[max(sentence.start, number.start - ITEM_WORDS) : number.start]:
            following = _next_word(doc, token.i + 1)
            if (
                token.lower_ in self.whole_prepositions
                and following is not None
                and following.pos_ == "PRON"
                and not any(t.like_num for t in doc[following.i + 1 : number.start])
            ):
                return True
        return False

    def _list_item(self, index: int, doc: Doc, number: Number, head: Figure | None) -> Figure | None:
        """A number that is a list's item, after a dash set for the verb the item leaves out and the
        words it is of ("Барнаул – 86 заболевших, Рубцовск – 15", "Tank — на 50-150 тыс."): it counts
        what the word after it names, or what the sentence's figure before it counts, in its unit."""
        item = self._item_before_dash(doc, number)
        if item is None:
            where = self._where_after(doc, number)
            if where is None or head is None or not head.counts:
                return None
            # "Двадцать пациентов ... – пять в инфекционной больнице, четыре – в горбольнице"
            return self._made(index, doc, number, head.unit, head.counts, where)
        after = _next_word(doc, number.end)
        if after is not None and (after.pos_ == "ADJ" or after.morph.get("VerbForm") == ["Part"]):
            # "86 заболевших": a participle standing for its noun, with no verb to hang on
            following = _next_word(doc, after.i + 1)
            if following is None or following.pos_ not in NOUNS:
                return self._made(index, doc, number, None, after.text, item)
        if head is None or (head.counts is None and head.unit is None):
            return None
        return self._made(index, doc, number, head.unit, head.counts, item)

    def _is_where(self, words: str) -> bool:
        """Whether words open with a preposition of where or of whom (grammar.yaml
        `subject_prepositions`: "в Лабинске"), not with what is counted ("дети")."""
        return bool(words) and words.split()[0].lower() in self.subject_preps

    def _where_after(self, doc: Doc, number: Number) -> str | None:
        """The words right after a bare number that say where, up to the clause's end: "пять в
        инфекционной больнице №2 Сочи"."""
        words = []
        for token in doc[number.end : number.end + DASHED_PHRASE_WORDS]:
            if token.is_punct and token.text != "№":
                break
            words.append(token)
        text = span_text(doc[words[0].i : words[-1].i + 1]).strip() if words else ""
        return text if self._is_where(text) else None

    def _item_before_dash(self, doc: Doc, number: Number) -> str | None:
        """The words of a list's item before the dash that stands for its verb, right before a number
        (past a qualifier and numbers.yaml `item_prepositions`: "Tank — на 50-150 тыс.", "Заринск и
        Камень-на-Оби – по два"), back to the list's comma, colon or semicolon, or the sentence's
        start: a few words with a noun and no verb ("Рубцовск", "в Сочи")."""
        before = _previous_word(doc, number.start)
        while before is not None and (
            _fold(before.text) in self.qualifiers or _fold(before.text) in self.item_prepositions
        ):
            before = _previous_word(doc, before.i)
        if before is None or before.text not in self.verb_dashes:
            return None
        start = doc[number.start].sent.start
        words = []
        for token in reversed(doc[start : before.i]):
            if token.text in ITEM_SEPARATORS:
                break
            if not token.is_space:
                words.append(token)
        words.reverse()
        while words and words[0].pos_ == "CCONJ":
            words = words[1:]  # ", а к концу мая — 4 тыс.": the item, not the conjunction joining it
        if not words or len(words) > ITEM_WORDS:
            return None
        # a word in Latin letters is tagged X, not PROPN ("Solaris HS — на 10-163 тыс. рублей"); an
        # adjective stands for the noun the list's items share ("Кировский район – 12, Ленинский – 9")
        if not any(t.pos_ in ITEM_HEAD_POS for t in words) or any(
            t.pos_ in {"VERB", "AUX"} and t.morph.get("VerbForm") != ["Part"] for t in words
        ):
            return None  # "число погибших выросло – 12": a clause, not a list's item
        return span_text(doc[words[0].i : words[-1].i + 1]).strip() or None

    def _is_no_count(self, doc: Doc, number: Number) -> bool:
        """A year, a day of a month, a time of day, a number inside a name or a reference to a law's
        part, or the single 'один'."""
        first, last = doc[number.start], doc[number.end - 1]
        text = text_of(doc)
        start, end = first.idx, last.idx + len(last.text)
        before, after = text[max(0, start - 1) : start], text[end : end + 1]
        signed = before in SIGNS and not text[max(0, start - 2) : start - 1].strip()
        if (
            before.isalpha()
            or before in {"-", ":", "/", "+"}
            and not signed
            or after in {":", "/"}
            or after.isalpha()
        ):
            return True  # "Ми-17", "15:41", "G7", "N+1"; not "до -25 градусов", "+38"
        if re.fullmatch(r"0\d+", first.text):
            return True  # "Knewstar 001", "код 044": a leading zero writes a code or a name's number
        previous, following = _previous_word(doc, number.start), _next_word(doc, number.end)
        if previous is not None and previous.text[:1].isupper() and LATIN_RE.fullmatch(previous.text):
            return True  # "Nord Stream 2", "Windows 10": a number after a name in Latin letters is its part
        if following is not None and _fold(following.text.rstrip(".")) in self.months:
            return True  # "11 февраля"
        if number.value is not None and number.digits and not number.scaled:
            if re.fullmatch(r"(1[89]|20)\d\d", first.text) and number.end - number.start == 1:
                return True  # "в 2010 году", "2014 года"
            if following is not None and _fold(following.text.rstrip(".")) in self.year_words:
                return True
        if previous is not None and (previous.text == "№" or previous.text.isupper() and previous.is_alpha):
            return True  # "№ ФС 77-63062"
        if previous is not None and previous.text == "." and previous.i > 0:
            previous = doc[previous.i - 1]  # "ст. 293": the abbreviation before its stop
        if previous is not None and self.references & {_fold(previous.text), _fold(previous.lemma_)}:
            return True  # "ч. 1.1 ст. 293", "по статье 105 УК": the number of a law's part, not a count
        quoted_name = following is not None and following.text in CLOSING_QUOTES and previous is not None
        if quoted_name and previous.text[:1].isupper():
            return True  # "«Россия 24»": a name's number
        return number.value == 1 and not number.digits  # "один из", "ни одного": not a count

    def _is_years(self, token: Token | None) -> bool:
        return token is not None and _fold(token.text) in self.years

    def _age(self, index: int, doc: Doc, number: Number) -> Figure | None:
        """An age written as a count of years after whose it is: "мужчину 45 лет", "дети 7 и 13 лет",
        "Ему 44 года", "в возрасте от полутора до 85 лет"; not a term ("10 лет колонии") nor a year."""
        highest = number.value if number.value is not None else number.high
        if highest is None or highest >= MAX_AGE or number.unit_word is not None:
            return None
        after = _next_word(doc, number.end)
        # "7 и 13 лет": the first of two ages takes the years word after the second
        while after is not None and after.lower_ in self.list_joiners:
            far = self._single(doc, after.i + 1) if after.i + 1 < len(doc) else None
            if far is None:
                return None
            after = _next_word(doc, far.end)
        if not self._is_years(after):
            return None
        following = _next_word(doc, after.i + 1)
        if following is not None and following.pos_ in NOUNS and following.morph.get("Case") != ["Nom"]:
            # "10 лет колонии", "пять лет работы": a length of time; "в свои 17 лет Лила становится":
            # the noun after is the clause's subject
            return None
        before = _previous_word(doc, number.start)
        while before is not None and (
            before.lower_ in self.range_openers
            or _fold(before.text) in self.qualifiers
            or before.lower_ in self.list_joiners
            or before.like_num
            or _fold(before.lemma_) in self.age_verbs
        ):
            before = _previous_word(doc, before.i)
        if before is None:
            return None
        whose = None
        earlier = _previous_word(doc, before.i)
        if earlier is not None and _fold(earlier.lemma_) in self.age_before:
            whose = before.text  # "Возраст заболевших от полутора до 85 лет"
        elif before.pos_ in NOUNS and "Anim" in before.morph.get("Animacy"):
            if after.dep_ == "obl" and _fold(after.head.lemma_) not in self.age_verbs:
                return None  # "мать восемь лет находилась за решеткой": how long she did it
            whose = self._phrase(doc, before, None)
        elif not (before.pos_ == "PRON" and "Dat" in before.morph.get("Case")) and (
            _fold(before.lemma_) not in self.age_before
        ):
            return None
        return self._made(index, doc, number, "years", self.age_counts, whose)

    def _dashed(self, index: int, doc: Doc, number: Number) -> Figure | None:
        """'2,6-километрового отрезка' (2.6 km); '58-летнего жителя' (an age); '44-дневной' (no figure)."""
        word = number.unit_word or ""
        if any(word.startswith(stem) for stem in self.anniversaries):
            return None  # "75-летия Победы": a count of years since a thing, no age and no figure
        noun = self._noun_after(doc, number.end)
        # an age in words is part of whose it is, as written ("семилетний Коля")
        after = number.end if number.digits else number.start
        following = _next_word(doc, number.end)
        if following is not None and (following.is_punct or following.lower_ in self.list_joiners):
            # "три ребенка – полуторагодовалый, девятилетний и двенадцатилетний": whose the list says
            noun = self._listed_for(doc, number.start)
        animate = noun is not None and (noun.pos_ == "PROPN" or "Anim" in noun.morph.get("Animacy"))
        if any(word.startswith(stem) for stem in self.age_after):
            if not animate or noun is None:
                return None  # "10-летний срок": a length of time
            # a listed age with its noun in the nominative: "девятилетний ребенок"
            listed = f"{doc[number.start].text} {noun.lemma_}"
            whose = self._phrase(doc, noun, after, True) if noun.i > number.start else listed
            return self._made(index, doc, number, "years", self.age_counts, whose)
        unit = next((u for stem, u in self.compound_units.items() if word.startswith(stem)), None)
        if unit is None or noun is None or animate:
            return None  # "стопроцентных фанатов": no one is measured in percent
        return self._made(
            index,
            doc,
            number,
            unit,
            self._phrase(doc, noun, number.end),
            self._subject(doc, noun, number.end),
        )

    def _listed_for(self, doc: Doc, i: int) -> Token | None:
        """The noun before a dash or a colon that opens the list word i is in: "три ребенка –
        полуторагодовалый, девятилетний и ...", "двое детей: 5-летний и 7-летний"."""
        for j in range(i - 1, max(-1, i - LISTED_WORDS), -1):
            token = doc[j]
            if token.text in self.verb_dashes or token.text == ":":
                noun = _previous_word(doc, j)
                return noun if noun is not None and noun.pos_ in NOUNS else None
            listed = token.is_punct or token.lower_ in self.list_joiners or token.is_space
            if not listed and self._single(doc, j) is None:
                return None
        return None

    def _unit_at(self, doc: Doc, i: int) -> tuple[str, int] | None:
        """The unit that starts at word i and the word after it: "млн тонн", "белорусских рублей"."""
        if i + 1 < len(doc):
            pair = _fold(f"{doc[i].text} {doc[i + 1].text}")
            if pair in self.units:
                return self.units[pair], i + 2
        if i + 2 < len(doc) and doc[i + 1].text == "." and len(doc[i].text) <= 4:
            # two abbreviations, each with its stop: "55 млрд куб. м", "600 кв. км"
            pair = _fold(f"{doc[i].text} {doc[i + 2].text}")
            if pair in self.units:
                end = i + 3
                if end < len(doc) and doc[end].text == "." and _lower_after(doc, end):
                    end += 1
                return self.units[pair], end
        token = doc[i]
        unit = self.units.get(_fold(token.text)) or self.units.get(_fold(token.lemma_))
        if unit is None:
            return None
        end = i + 1
        if end < len(doc) and doc[end].text == "." and len(token.text) <= 4 and _lower_after(doc, end):
            end += 1  # "руб.", "долл."
        return unit, end

    def _noun_after(self, doc: Doc, i: int) -> Token | None:
        """The noun a number (or a unit) counts: the first noun after it, past adjectives and the stop
        of an abbreviation ("51 млн. тонн зерна")."""
        steps = 0
        while i < len(doc) and steps < 5:
            token = doc[i]
            if (
                token.is_space
                or token.text == "."
                and _lower_after(doc, i)
                and i > 0
                and len(doc[i - 1].text) <= 4
            ):
                i += 1
                continue
            standing_for_a_noun = token.pos_ == "ADJ" or token.morph.get("VerbForm") == ["Part"]
            # "12 медалей (2 золотых, 5 серебряных и 5 бронзовых)": the number the parser hangs on an
            # adjective with no noun after it counts what the adjective stands for
            counted_by = i > 0 and doc[i - 1].head.i == i and doc[i - 1].dep_ == "nummod"
            if counted_by and standing_for_a_noun:
                after = _next_word(doc, i + 1)
                counted_by = after is None or after.pos_ not in {*NOUNS, "ADJ"}
            if token.pos_ in NOUNS or standing_for_a_noun and (token.dep_ in COUNTED_DEPS or counted_by):
                # "присяжных", "военных", "протестующих": an adjective or participle for its noun
                return token
            if (token.pos_ not in NOUN_MODIFIERS and not _participle_modifier(token)) or token.like_num:
                return None
            i, steps = i + 1, steps + 1
        return None

    def _phrase(self, doc: Doc, noun: Token, after: int | None, whole: bool = False) -> str:
        """The counted noun with the adjectives before it ("украинских военных"); `whole`: with its
        genitive too ("жителя Воскресенска")."""
        start = noun.i
        while start - 1 >= (after if after is not None else 0) and (
            doc[start - 1].pos_ in {"ADJ", "DET"} or _participle_modifier(doc[start - 1])
        ):
            start -= 1
        end = noun.i + 1
        if whole:
            end = max([end, *(t.i + 1 for t in noun.rights if t.dep_ in {"flat", "nmod", "appos"})])
            end = min(end, noun.i + 4)
        return span_text(doc[start:end])

    def _subject(self, doc: Doc, noun: Token, after: int | None) -> str | None:
        """What is counted with whose or where: "голосов выборщиков", "военных в Мариуполе"."""
        right = next((t for t in noun.rights if t.dep_ == "nmod"), None)
        if right is None or right.i - noun.i > 4:
            return None
        case = next((t for t in right.lefts if t.dep_ == "case"), None)
        if case is not None and case.lower_ not in self.subject_preps:
            return None
        end = max(t.i for t in right.subtree if t.i - noun.i <= 6) + 1
        if any(t.like_num or t.is_punct for t in doc[noun.i : end]):
            return None
        return f"{self._phrase(doc, noun, after)} {span_text(doc[noun.i + 1 : end])}"

    def _after_dash(self, doc: Doc, number: Number) -> str | None:
        """The words after a dash that stands for a verb right after a number, up to the clause's end
        (dates.yaml `verb_dashes`): "1,8 тысячи — в Испании" counts those in Spain."""
        dash = _next_word(doc, number.end)
        if dash is None or dash.text not in self.verb_dashes:
            return None
        words = []
        for token in doc[dash.i + 1 : dash.i + 1 + DASHED_PHRASE_WORDS]:
            if token.is_punct:
                break
            words.append(token)
        if not words or not words[0].text[:1].isalpha():
            return None  # "счет 3 — 0": a score, no figure
        return span_text(doc[words[0].i : words[-1].i + 1]).strip()

    def _count_named(self, doc: Doc, number: Number) -> Token | None:
        """What a bare number is the level of, where a generic noun of a count names it: the subject of
        the verb it is the object of ("количество заболевших достигло 2700", "число погибших выросло до
        12"), or the noun a dash set for the verb follows ("рекордное число смертей — восемь"); the
        noun in the genitive after that generic noun."""
        first = doc[number.start]
        noun = None
        before = _previous_word(doc, number.start)
        while before is not None and _fold(before.text) in self.qualifiers:
            before = _previous_word(doc, before.i)
        if before is not None and before.text in self.verb_dashes:
            noun = _previous_word(doc, before.i)
            genitive = _genitive_of(noun.head) if noun is not None else None
            if genitive is not None and genitive.i == noun.i:
                noun = noun.head  # the dash follows the genitive: "число смертей — восемь"
        if noun is None or _fold(noun.lemma_) not in self.generic:
            # the verb the number completes, also after a dash closing its clause ("Наибольшее число
            # случаев зафиксировано в Туле - 489"); "превысило 100 тысяч": the number's word the verb
            # governs is its scale word
            first = next(
                (t for t in doc[number.start : number.end] if not number.start <= t.head.i < number.end),
                first,
            )
            if first.head.pos_ == "VERB" and first.dep_ not in SUBJECT_DEPS:
                noun = _subject_of(first.head)
        if noun is None or _fold(noun.lemma_) not in self.generic:
            return None
        return _genitive_of(noun)

    def _done_by(self, first: Token, number: Number) -> str | None:
        """What the number that is a verb's subject counts: the verb as written, with the infinitive it
        governs ("пытались убежать")."""
        token = next((t for t in first.doc[number.start : number.end] if t.dep_ in SUBJECT_DEPS), None)
        if token is None or token.head.pos_ not in {"VERB", "AUX"}:
            return None
        verb = token.head
        words = [verb, *(c for c in verb.children if c.dep_ == "xcomp" and c.i == verb.i + 1)]
        where = next((c for c in verb.children if c.dep_ == "obl" and c.i > words[-1].i), None)
        if where is not None and verb.lemma_.lower() in self.state_verbs:
            # "548 находятся в изоляторах": a verb of being somewhere says nothing without where
            end = max(t.i for t in where.subtree)
            stretch = verb.doc[words[-1].i + 1 : end + 1]
            if not any(t.is_punct for t in stretch) and len(stretch) <= DASHED_PHRASE_WORDS:
                return span_text(verb.doc[verb.i : end + 1]).strip()
        return " ".join(t.text for t in words)

    def _measured(self, number: Token) -> str | None:
        """What a number with a unit and no noun measures: the subject of its verb ("цены на муку
        выросли на 15%", "объём отставания составляет от 15 до 20 млн тонн")."""
        doc = number.doc
        # the verb right before the number ("выросли на 15%") is its verb, wherever the parser hung it
        before = _previous_word(doc, number.i)
        while before is not None and (before.dep_ == "case" or _fold(before.text) in self.qualifiers):
            before = _previous_word(doc, before.i)
        verb, steps = (before, 0) if before is not None and before.pos_ == "VERB" else (number.head, 0)
        while verb.pos_ not in {"VERB", "AUX"} and verb.head is not verb and steps < 3:
            verb, steps = verb.head, steps + 1
        if verb.pos_ not in {"VERB", "AUX"}:
            return None
        subject = _subject_of(verb)
        shares = (
            verb.dep_ in {"xcomp", "conj"} or verb.dep_ in SHARED_SUBJECT_DEPS and verb.head.pos_ == "VERB"
        )
        if subject is None and shares:
            # "вывоз может быть увеличен до 1 млн тонн"; a verbal adverb or a second verb shares its
            # head's subject: "выручка составила ..., увеличившись на 17,8%", "долг вырос на 1% и ...
            # составил 2,4 трлн рублей" (the parser hangs such a second verb as `dep` as often)
            subject = _subject_of(verb.head)
        if subject is None:
            # a long sentence the parser hung otherwise: the noun in the nominative right before
            # the verb's words, within its clause ("что вывоз зерна ... может быть увеличен")
            first = min(verb.i, verb.head.i) if verb.dep_ == "xcomp" else verb.i
            subject = _nominative_before(doc, first)
        if subject is None:
            return None
        tokens = sorted(subject.subtree, key=lambda t: t.i)
        start, end = tokens[0].i, tokens[-1].i + 1
        if end - start > 8:  # a long subject: its noun, the adjectives before it and the genitive after
            start, end = subject.i, subject.i + 1
            while start - 1 >= 0 and doc[start - 1].pos_ == "ADJ":
                start -= 1
            genitive = _genitive_of(subject)
            end = genitive.i + 1 if genitive is not None and genitive.i - subject.i <= 3 else end
        return span_text(doc[start:end]).strip(" ,") or None

    def _made(
        self, index: int, doc: Doc, number: Number, unit: str | None, counts: str | None, subject: str | None
    ) -> Figure:
        start = doc[number.start].idx
        before = _previous_word(doc, number.start)
        sign, at = 1.0, number.start
        text = text_of(doc)
        if before is not None and _fold(before.text) in self.negative_words:
            # "минус 30 градусов": the value is below zero, and "около минус 25" is qualified before the sign
            sign, at, before = -1.0, before.i, _previous_word(doc, before.i)
        elif start > 0 and text[start - 1] in SIGNS and not text[max(0, start - 2) : start - 1].strip():
            # "до -25 градусов", "+38": a sign written before the digits, a word of its own or not
            sign = -1.0 if text[start - 1] in NEGATIVE_SIGNS else 1.0
            if before is not None and before.idx == start - 1:
                at, before = before.i, _previous_word(doc, before.i)
        if before is not None and before.text in self.signs and before.i == at - 1:
            # "около $1 млрд": the qualifier stands before the currency's sign
            at, before = before.i, _previous_word(doc, before.i)
        qualifier = self._qualifier(doc, at) if before is not None else None
        return Figure(
            value=number.value * sign if number.value is not None else None,
            low=number.low,
            high=number.high,
            qualifier=qualifier,
            unit=unit,
            counts=counts,
            subject=subject if subject and (counts is None or subject != counts) else None,
            claimed_by=self.quotes.attribution(index, start),
            text=span_text(sentence_of(doc, start)).strip(),
            ref=self.body.ids[index],
        )

    def _qualifier(self, doc: Doc, start: int) -> str | None:
        """'около 9 тыс.', 'не менее 30', 'больше тысячи': the words just before the number."""
        words = [t for t in doc[max(0, start - 4) : start] if not t.is_space]
        if words and words[-1].lower_ in self.range_openers:
            words = words[:-1]  # "более чем от 5 до 6": the range's "от" is no qualifier
        # "выросли почти на 20%": the qualifier stands before the preposition of the change's size, and
        # qualifies that size, not a level the change reached
        changed = bool(words) and _fold(words[-1].text) in self.change_prepositions
        if changed:
            words = words[:-1]
        before = " ".join(_fold(t.text) for t in words)
        for phrase in sorted(self.qualifiers, key=len, reverse=True):
            if before == phrase or before.endswith(" " + phrase):
                reached = _previous_word(doc, words[-len(phrase.split())].i) if words else None
                if not changed and reached is not None and _fold(reached.lemma_) in self.reached_verbs:
                    return None  # "выросло до 12 человек": the level it reached, not an upper bound
                return self.qualifiers[phrase]
        return None


def _unit_head(unit: Span) -> Token:
    """The word of a unit the parser hangs outside it ("долларов" of "долларов США"), else its last."""
    return next((t for t in unit if not unit.start <= t.head.i < unit.end), unit[-1])


def _closing_with_stop(token: Token) -> bool:
    """ "в Туле - 489. 71 случай ...": a number that ends its sentence, which the tokenizer gave the
    sentence's stop to (a digit follows it)."""
    return bool(re.fullmatch(r"\d+\.", token.text)) and token.i + 1 == token.sent.end


def _fold(word: str) -> str:
    """Lower case, "ё" read as "е" (news writes both)."""
    return word.lower().replace("ё", "е")


def _decimal(text: str) -> float:
    return float(text.replace(",", "."))


def _next_word(doc: Doc, i: int) -> Token | None:
    while i < len(doc) and doc[i].is_space:
        i += 1
    return doc[i] if i < len(doc) else None


def _previous_word(doc: Doc, i: int) -> Token | None:
    i -= 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    return doc[i] if i >= 0 else None


def _lower_after(doc: Doc, i: int) -> bool:
    """Whether the word after word i starts in lower case: "млн. тонн" goes on, "млн. Объём" does not."""
    following = _next_word(doc, i + 1)
    return following is not None and following.text[:1].islower()


def _subject_of(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.pos_ in NOUNS), None)


def _nominative_before(doc: Doc, i: int) -> Token | None:
    """The first noun in the nominative of the clause that ends before word i."""
    start = i
    while start > 0 and not doc[start - 1].is_punct and doc[start - 1].pos_ not in {"SCONJ", "VERB"}:
        start -= 1
    return next((t for t in doc[start:i] if t.pos_ in NOUNS and "Nom" in t.morph.get("Case")), None)


def _holder(token: Token) -> Token | None:
    """The noun a unit or a generic noun belongs to: "на глубине менее 30 м" is a depth; "на 22% и
    20%": the second belongs where the first does."""
    while token.dep_ == "conj" and token.head is not token:
        token = token.head
    head = token.head
    if token.dep_ == "nmod" and head.pos_ in NOUNS and head is not token:
        return head
    return None


def _genitive_of(noun: Token) -> Token | None:
    """The noun in the genitive right after a noun: "объём торговли", "сумму сделки"."""
    return next(
        (
            t
            for t in noun.rights
            if t.dep_ == "nmod"
            and "Gen" in t.morph.get("Case")
            and not any(c.dep_ == "case" for c in t.lefts)
        ),
        None,
    )


def extract_russian_figures(
    body: Body, lexicon: Lexicon, quotes: QuoteExtractor | None = None
) -> list[Figure]:
    """Figures of a body whose pipeline names no numbers, and who claims them."""
    return RussianFigures(body, lexicon, quotes).extract()


def _participle_modifier(token: Token) -> bool:
    """A participle before its noun, as an adjective is: "500 населенных пунктов"."""
    return token.pos_ == "VERB" and token.morph.get("VerbForm") == ["Part"] and token.dep_ == "amod"
