"""A capital named for the government seated in it, as Russian news names governments.

"Вашингтон пообещал направить Киеву бронетранспортеры", "нет реакции со стороны Минска",
"держать в напряжении Берлин, Брюссель и Москву", "В Москве отвергли эти обвинения": the city
stands for the state that acts, speaks or is acted on, and is an organisation there; "в Киев с
визитом прибыли", "бежать в Москву", "в Берлине" name the place. Read by the grammar: a mention
of a seat of government (places.yaml `seats_of_government`) after a preposition of place
(`at_prepositions`) is the place's, unless a plural speech verb with no subject says it spoke
("В Москве отвергли"); a mention with no preposition, or another one ("с Киевом", "против
Москвы"), is the government's.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from spacy.tokens import Token

from ..lexicon import Lexicon
from ..names import words_key
from ..nlp_natasha import nominative
from .document import SUBJECT_DEPS

if TYPE_CHECKING:
    from .document import Body
    from .entities import Candidate

# the relations that pass a word's case on to another: a list's members, a name's further words
SHARED_CASE = {"conj", "appos", "flat"}


def government_spans(candidates: list[Candidate], body: Body, lexicon: Lexicon) -> set[tuple[int, int, int]]:
    """(paragraph, start, end) of each place candidate that names a capital for its government."""
    seats = lexicon.words("places", "seats_of_government")
    if not seats:
        return set()
    at = lexicon.words("places", "at_prepositions")
    parts = lexicon.words("places", "parts_of_places")
    speech_verbs = lexicon.words("speech", "verbs")
    found = set()
    for candidate in candidates:
        if candidate.kind != "places" or candidate.text.isupper():
            continue  # a dateline's "МОСКВА, 30 мая" is where the report was filed, neither
        span = body.docs[candidate.paragraph].char_span(
            candidate.start, candidate.end, alignment_mode="expand"
        )
        if (
            span is not None
            and (candidate.text.lower() in seats or span.root.lemma_.lower() in seats)
            and _for_government(span.root, at, parts, speech_verbs)
        ):
            found.add((candidate.paragraph, candidate.start, candidate.end))
    return found


def with_governments(
    groups: dict[str, list[Any]], candidates: list[Candidate], seats: set[tuple[int, int, int]]
) -> dict[str, list[Any]]:
    """The groups, each capital named for its government an organisation too (and a place only
    where the text also names the place)."""
    if not seats:
        return groups
    from .entities import Group  # entities calls this module: its class is there once loaded

    places: list[Any] = []
    organisations = list(groups["organisations"])
    for group in groups["places"]:
        keys = {words_key(s) for s in group.spellings}
        mine = [c for c in candidates if c.kind == "places" and words_key(c.text) in keys]
        split = {False: [], True: []}
        for c in mine:
            split[(c.paragraph, c.start, c.end) in seats].append(c)
        if not split[True]:
            places.append(group)
            continue
        for kind, members, into in (
            ("organisations", split[True], organisations),
            ("places", split[False], places),
        ):
            if members:
                part = Group(name=group.name, kind=kind, first=min((c.paragraph, c.start) for c in members))
                for c in members:
                    part.spellings[c.text] += 1
                    part.paragraphs.add(c.paragraph)
                part.nominative = Counter(
                    {s: group.nominative[s] for s in part.spellings if group.nominative[s]}
                )
                into.append(part)
    return {**groups, "places": places, "organisations": organisations}


def building_places(candidates: list[Candidate], body: Body, lexicon: Lexicon) -> list[Candidate]:
    """A building named for the government seated in it (places.yaml `seat_buildings`: "Кремль",
    "Белый дом") is an organisation (organisations.yaml `always`), and a place too where the text is
    in the building: a room of it ("в Малахитовом фойе Кремля", places.yaml `venue_words`), or a
    happening in it that someone did ("Путин встретился с Ибрагимом в Кремле", "был в Белом доме").
    Those inside it who speak or know with no subject ("в Кремле заявили", "В Кремле ждут") are the
    government, no place. The place's candidates, apart from the organisation's (`with_buildings`)."""
    from .entities import Candidate  # entities calls this module: its class is there once loaded

    buildings = {words_key(w) for w in lexicon.words("places", "seat_buildings")}
    if not buildings:
        return []
    venues = tuple(w.lower() for w in lexicon.words("places", "venue_words"))
    inside = lexicon.words("places", "inside_prepositions")
    found = []
    for c in candidates:
        if c.kind not in {"places", "organisations"} or words_key(c.text) not in buildings:
            continue
        span = body.docs[c.paragraph].char_span(c.start, c.end, alignment_mode="expand")
        if span is not None and _in_building(span.root, venues, inside):
            found.append(Candidate(c.paragraph, c.start, c.end, c.text, "places", key=c.key))
    return found


def with_buildings(groups: dict[str, list[Any]], found: list[Candidate]) -> dict[str, list[Any]]:
    """The groups with a place for each building the text is in (`building_places`)."""
    if not found:
        return groups
    from .entities import Group  # entities calls this module: its class is there once loaded

    places: dict[str, Any] = {}
    for c in found:
        group = places.setdefault(
            words_key(c.text), Group(name=c.text, kind="places", first=(c.paragraph, c.start))
        )
        group.spellings[c.text] += 1
        group.nominative[c.text] += 1
        group.paragraphs.add(c.paragraph)
    return {**groups, "places": [*groups["places"], *places.values()]}


def _in_building(word: Token, venues: tuple[str, ...], inside: frozenset[str]) -> bool:
    head = word.head
    if word.dep_ == "nmod" and head.lower_.startswith(venues):
        return True  # "в Малахитовом фойе Кремля"
    if _preposition(word) not in inside or word.morph.get("Case") != ["Loc"]:
        return False  # "в Белый дом" (where one goes), "на Кремль", "Кремля": the government
    # "был в Белом доме": the parser makes the place the predicate, with the verb its copula
    predicate = word if head.i == word.i else head
    verbal = predicate.pos_ in {"VERB", "AUX"} or any(c.dep_ in {"cop", "aux"} for c in predicate.children)
    return verbal and (
        any(c.dep_ in SUBJECT_DEPS for c in predicate.children) or predicate.morph.get("Number") != ["Plur"]
    )


# a facility's name after its noun: in quotation marks, or a capitalised word and the word after it,
# each with its number ("«Северный поток — 2»", "Северный поток 2", "Сила Сибири")
QUOTED_NAME = r"[«\"“„](?P<quoted>[^\W\d_][^«»\"“”„]{1,40}?)[»\"“”]"
BARE_NAME = r"(?P<bare>[А-ЯЁ][а-яё]+(?:\s+[а-яёА-ЯЁ][а-яё]+)?(?:\s*[-–—]\s*\d{1,2}|\s+\d{1,2})?)(?![\w-])"
NUMBER_RE = re.compile(r"(?:\s*[-–—]\s*|\s+)(?P<number>\d{1,2})$")


def facility_candidates(body: Body, lexicon: Lexicon) -> list[Candidate]:
    """Places named after a facility's noun (places.yaml `facility_nouns`): "газопровод «Северный
    поток — 2»", "газопроводом Северный поток-2"; and that name wherever the text gives it again, in
    any case and with any dash ("строительство «Северного потока-2»"), grouped under the name as
    first given (in the nominative: a name set after its noun does not decline)."""
    from .entities import Candidate  # entities calls this module: its class is there once loaded

    nouns = sorted(lexicon.words("places", "facility_nouns"), key=len, reverse=True)
    if not nouns:
        return []
    after_noun = re.compile(
        rf"(?i:\b(?:{'|'.join(map(re.escape, nouns))})[а-яё]*)\s+(?:{QUOTED_NAME}|{BARE_NAME})"
    )
    names: dict[str, str] = {}  # the name's key -> the name as first given
    for text in body.texts:
        for match in after_noun.finditer(text):
            name = " ".join((match.group("quoted") or match.group("bare")).split())
            if name[:1].isupper():
                names.setdefault(words_key(_unnumbered(name)[0]) + _unnumbered(name)[1], name)
    if not names:
        return []
    patterns = [(name, _any_case(name)) for name in names.values()]
    found = []
    for index, text in enumerate(body.texts):
        for name, pattern in patterns:
            for match in pattern.finditer(text):
                found.append(
                    Candidate(index, match.start(), match.end(), match.group(), "places", key=words_key(name))
                )
    return found


# what a body's name does not run on into: a clause, an aside, a list of other things
NOT_IN_NAME = {"acl", "relcl", "appos", "parataxis", "punct", "case"}


def place_bodies(body: Body, lexicon: Lexicon) -> list[Candidate]:
    """Bodies of a place named in lower case, which the model does not tag: "правительство
    Ульяновской области", "в министерстве лесного хозяйства Красноярского края", "офиса президента
    Украины". A body's noun (organisations.yaml `place_body_heads`, by lemma), with the adjectives
    before it, then the genitives that hang on it down to a place's name (the model's place, in the
    genitive): the body of that place, named with its noun in the nominative. Or the place is said by
    an adjective before the noun (places.yaml `demonyms`): "датский парламент", "британского МИД"
    (a body the data names whole, in capitals, too). The mention covers the words before the place,
    so that the place stays a place of its own."""
    from .entities import Candidate  # entities calls this module: its class is there once loaded

    heads = lexicon.words("organisations", "place_body_heads")
    if not heads:
        return []
    demonyms = {w.lower() for w in lexicon["places"].get("demonyms") or {}}
    named = lexicon.words("organisations", "always")
    # "британское правительство": a country's government is the country acting, not a body of its own
    governments = lexicon.words("organisations", "government_heads")
    found = []
    for index, doc in enumerate(body.docs):
        for head in doc:
            lower = head.pos_ == "NOUN" and head.text[:1].islower() and head.lemma_.lower() in heads
            if not lower and head.text.lower() not in named:
                continue
            start = head.i
            while start > 0 and doc[start - 1].dep_ == "amod" and doc[start - 1].head.i == head.i:
                start -= 1
            by_demonym = any(
                t.text[:1].islower() and t.lemma_.lower() in demonyms for t in doc[start : head.i]
            )
            within = {t.i for t in head.subtree}
            end = head.i + 1
            while (
                end < len(doc)
                and end in within
                and doc[end].dep_ not in NOT_IN_NAME
                and doc[end].pos_ != "ADP"
                and not (doc[end].dep_ == "conj" and doc[end].head.i == head.i)
            ):
                end += 1
            # the name ends with the last place it reaches, whole and in the genitive
            places = [
                t.i
                for t in doc[head.i + 1 : end]
                if t.ent_type_ in {"GPE", "LOC"}
                and t.morph.get("Case") == ["Gen"]
                and (t.i + 1 >= len(doc) or t.i + 1 >= end or doc[t.i + 1].ent_iob_ != "I")
            ]
            if places and lower:
                # the mention ends before the first place: the places stay free to be read as places
                last = next(t.i for t in doc[head.i + 1 : end] if t.ent_type_ in {"GPE", "LOC"}) - 1
                words = list(doc[start : places[-1] + 1])
            elif by_demonym and not places and head.lemma_.lower() not in governments:
                last = head.i
                words = list(doc[start : head.i + 1])
            else:
                continue
            name = nominative(words, head)
            if by_demonym and not places and head.text.isupper():
                name = " ".join([*name.split()[:-1], head.text])  # "МИД" does not decline
            # a body's name opens with a capital, as the data and the model write it ("Министерство
            # обороны Украины"), wherever a sentence names it in lower case
            name = name[:1].upper() + name[1:]
            span_end = doc[last].idx + len(doc[last].text)
            found.append(
                Candidate(index, doc[start].idx, span_end, name, "organisations", key=words_key(name))
            )
    return found


def regions_in_full(candidates: list[Candidate], body: Body, lexicon: Lexicon) -> list[Candidate]:
    """Regions named by an adjective whose noun a list shares, in the nominative singular: "Томская,
    Кемеровская и Омская области" are "Томская область", "Кемеровская область", "Омская область";
    the model names the first two by their adjective alone and the last with the noun in the plural
    ("Омская области"). Nouns by lemma: places.yaml `region_nouns`; a name shared so ("в Центральной
    и Восточной Европе") makes "Центральная Европа"."""
    nouns = lexicon.words("places", "region_nouns")
    if not nouns:
        return candidates
    result = []
    for candidate in candidates:
        if candidate.kind == "places":
            full = _region_in_full(candidate, body, nouns)
            if full is not None and full != candidate.text:
                candidate = replace(candidate, text=full, key=None)
        result.append(candidate)
    return result


def _region_in_full(candidate: Candidate, body: Body, nouns: frozenset[str]) -> str | None:
    """The region a place candidate names, with its noun in the nominative singular, if it is one."""
    doc = body.docs[candidate.paragraph]
    span = doc.char_span(candidate.start, candidate.end, alignment_mode="expand")
    if span is None:
        return None
    words = candidate.text.split()
    last = span[-1]
    if len(words) == 2 and len(span) == 2 and last.lemma_.lower() in nouns and span[0].pos_ == "ADJ":
        return f"{words[0]} {last.lemma_.lower()}"  # "Омская области": "Омская область"
    if len(words) != 1 or len(span) != 1 or span[0].pos_ != "ADJ":
        return None
    # "Томская, Кемеровская и Омская области": the adjectives after it, then the noun they share
    token = span[0]
    for following in doc[token.i + 1 : token.i + 12]:
        if following.is_punct or following.pos_ in {"CCONJ", "ADJ"}:
            continue
        if following.lemma_.lower() in nouns and "Plur" in following.morph.get("Number"):
            return f"{words[0]} {following.lemma_.lower()}"
        if following.pos_ == "PROPN" and following.text[:1].isupper() and following.lemma_:
            # "в Центральной и Восточной Европе": "Центральная Европа"
            return f"{words[0]} {following.lemma_[:1].upper()}{following.lemma_[1:]}"
        return None
    return None


def _unnumbered(name: str) -> tuple[str, str]:
    """A name without its number, and the number: ("Северный поток", "2")."""
    match = NUMBER_RE.search(name)
    return (name[: match.start()], match.group("number")) if match else (name, "")


def _any_case(name: str) -> re.Pattern[str]:
    """A name's words in any case ("Северного потока", "Северным потоком"), its number after any
    dash or a space; a name without a number is not the numbered one ("Северный поток" is not
    "Северный поток-2")."""
    words, number = _unnumbered(name)
    stems = [re.escape(w.rstrip("аяоеиыуюьй") or w) + r"[а-яё]{0,3}" for w in words.split()]
    tail = rf"(?:\s*[-–—]\s*|\s+){number}(?!\d)" if number else r"(?!\s*[-–—]?\s*\d)"
    return re.compile(r"(?<![\w-])" + r"\s+".join(stems) + tail)


def _for_government(
    word: Token, at: frozenset[str], parts: frozenset[str], speech_verbs: frozenset[str]
) -> bool:
    """Whether a capital's word stands for its government: it has no preposition of place, of its
    own or of the part of the place it names ("в пригороде Исламабада")."""
    if word.dep_ == "nmod" and word.head.lemma_.lower() in parts and _preposition(word.head) in at:
        return False
    # "в Москву", whatever word the parser hung the preposition on
    before = word.doc[word.i - 1].lower_ if word.i > 0 else None
    while (
        word.dep_ in SHARED_CASE
        and word.head.i != word.i
        and not _preposition(word)
        and word.morph.get("Case") == word.head.morph.get("Case")
    ):
        word = word.head  # "в Берлине и Москве": "Москве" is where "Берлине" is
    preposition = _preposition(word) or (before if before in at else None)
    if preposition is None or preposition not in at:
        return True
    verb = word.head
    # "В Москве отвергли эти обвинения", "в Кремле заявили": who spoke, not where
    return (
        verb.lemma_.lower() in speech_verbs
        and verb.morph.get("Number") == ["Plur"]
        and not any(c.dep_ in SUBJECT_DEPS for c in verb.children)
    )


def _preposition(word: Token) -> str | None:
    case = next((c for c in word.children if c.dep_ == "case"), None)
    return case.lower_ if case is not None else None


# An agency's dateline opening a report: the city in capitals, the date, and the agency's own name
# before a stop or a dash ("МОСКВА, 30 мая ПРАЙМ.", "ПЕТРОПАВЛОВСК. КАЗИНФОРМ –", "МИНСК, 3 мая -
# Sputnik."). The name is a few words starting with a capital or a quotation mark.
DATELINE_TAG_RE = re.compile(
    r"^\s*[A-ZА-ЯЁ][A-ZА-ЯЁ-]{2,}(?:\s[A-ZА-ЯЁ][A-ZА-ЯЁ-]+)*[,.]\s+"
    r"(?:\d{1,2}\s+[^\W\d]{3,9}\.?[,.]?\s+)?(?:[–—-]\s+)?"
    r"(?P<tag>[\"«A-ZА-ЯЁ][^\s.–—]*(?:\s[^\s.–—]+){0,3}?)\s*(?:\.\s|[–—-]\s)"
)


def without_dateline_tag(candidates: list[Candidate], body: Body, lexicon: Lexicon) -> list[Candidate]:
    """The candidates less the agency's name in the dateline that opens the body (sources.yaml
    `agency_datelines`): the outlet signing its report is no organisation the report names
    (it is one where the body cites it: "Как ранее передавал «Новый Севастополь»")."""
    if not lexicon["sources"].get("agency_datelines") or not body.texts:
        return candidates
    dateline = DATELINE_TAG_RE.match(body.texts[0])
    if dateline is None:
        return candidates
    start, end = dateline.span("tag")
    return [
        c
        for c in candidates
        if not (c.paragraph == 0 and c.kind == "organisations" and start <= c.start and c.end <= end)
    ]
