"""A Russian pipeline from Natasha's parts, giving the spaCy `Doc` the extractors are written for.

Natasha (razdel for sentences and words, slovnet's news morphology, syntax and named
entities, pymorphy for lemmas and the nominative of a name) runs offline: its models ship
inside the packages. Its analysis is written onto a spaCy `Doc` of a blank Russian vocabulary
(`spacy.blank("ru")` needs no model), so that every extractor reads a Russian text as it reads
an English one:

- words and the whitespace between them (the doc's text is the paragraph, character for
  character: offsets into one are offsets into the other);
- part of speech and morphological features (Universal Dependencies, as spaCy's), lemmas;
- heads and dependency labels: Natasha's are Universal Dependencies, spaCy's English model
  writes a few of them the older way (`ROOT`, `dobj`, `nsubjpass`...): those are renamed
  (DEPENDENCY_LABELS); a label's subtype not in that table is dropped (`nummod:gov` is
  `nummod`, `flat:name` is `flat`);
- sentence starts (razdel's sentences; each has one root);
- named entities, labelled as spaCy's English model labels them (PER is PERSON, LOC is GPE,
  ORG is ORG), each with its nominative, the form a briefing names it by ("Александра
  Лукашенко" is "Александр Лукашенко", "в Минске" is "Минск"): `normal_forms`.

`NatashaPipeline` answers the calls the extraction makes of a spaCy `Language`: `nlp(text)`,
`nlp.pipe(texts, disable=[...])` and `pipe_names`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

from spacy.tokens import Doc, Token

from .lexicon import bundled_by_language

LANGUAGE = "ru"
# Natasha's entity types, as spaCy's English model names the same kinds
ENTITY_LABELS = {"PER": "PERSON", "LOC": "GPE", "ORG": "ORG"}
# Universal Dependencies labels that spaCy's English model (ClearNLP's scheme) writes otherwise
DEPENDENCY_LABELS = {
    "root": "ROOT",
    "obj": "dobj",
    "iobj": "dative",
    "nsubj:pass": "nsubjpass",
    "csubj:pass": "csubjpass",
    "aux:pass": "auxpass",
    "acl:relcl": "relcl",
}
NORMAL_FORMS = "briefings.normal"  # doc.user_data key: {(start_char, end_char): nominative}
# a word the dictionary reads in more cases than this does not decline ("Матвиенко", "Меркель")
FIXED_CASES = 4
WHITESPACE_DEP = "dep"  # spaCy's parser hangs a whitespace token on a neighbour with no label of use


@cache
def morph_vocab() -> Any:
    """pymorphy's dictionary, as Natasha wraps it (features named as Universal Dependencies name
    them); loaded once per process, for the pipeline and for `nominative`."""
    from natasha import MorphVocab

    return MorphVocab()


@cache
def surname_suffixes() -> tuple[str, ...]:
    """The suffixes of Russian surnames that decline as nouns (ru people.yaml)."""
    return tuple(bundled_by_language("people", "surname_suffixes").get(LANGUAGE) or ())


@cache
def surname_endings() -> dict[str, str]:
    """Those surnames' endings in each oblique case of the singular, by case (ru people.yaml)."""
    return dict(bundled_by_language("people", "surname_case_endings").get(LANGUAGE) or {})


def nominative(words: list[Token], head: Token) -> str:
    """A described person's words ("рассказ пожилого мужчины", "слова представителя компании") in
    the nominative a speaker is named in: the head noun and the words before it that agree with it
    in case, each put in the nominative of the head's number (and gender, for an adjective); the
    words after the head (its genitive, "компании") stay as written. A word the dictionary does not
    decline that way stays as written too."""
    case = head.morph.get("Case")
    text = "".join(t.text_with_ws for t in words).strip()
    if not case or case == ["Nom"]:
        return text
    number = (head.morph.get("Number") or ["Sing"])[0]
    gender = head.morph.get("Gender") if number == "Sing" else []
    parts = []
    for token in words:
        agrees = token.i < head.i and token.pos_ in {"ADJ", "DET"} and token.morph.get("Case") == case
        word = token.text
        if token.i == head.i or agrees:
            wanted = {"Nom", number, *(gender if token.i != head.i else [])}
            in_case = [f for f in morph_vocab().parse(token.text) if f.feats.get("Case") == case[0]]
            forms = [f for f in in_case if f.pos == token.pos_] or in_case
            inflected = forms[0].inflect(wanted) if forms else None
            if inflected is not None:
                word = inflected.word
                word = word[:1].upper() + word[1:] if token.text[:1].isupper() else word
        parts.append(word + token.whitespace_)
    return "".join(parts).strip()


def normal_forms(doc: Doc) -> dict[tuple[int, int], str]:
    """The nominative of each named entity the pipeline found, by its character span; none from
    a pipeline that names entities as the text writes them (spaCy's)."""
    return doc.user_data.get(NORMAL_FORMS, {})


class NatashaPipeline:
    """Natasha's Russian analysis behind spaCy's `Language` calls; loaded once per process."""

    lang = LANGUAGE
    pipe_names = ["tagger", "parser", "ner"]  # what `disable` may name
    entity_labels = tuple(ENTITY_LABELS.values())

    def __init__(self) -> None:
        import spacy
        from natasha import (
            NewsEmbedding,
            NewsMorphTagger,
            NewsNERTagger,
            NewsSyntaxParser,
            Segmenter,
        )

        embedding = NewsEmbedding()
        self.vocab = spacy.blank(LANGUAGE).vocab
        self.segmenter = Segmenter()
        self.morph_vocab = morph_vocab()
        self.morph_tagger = NewsMorphTagger(embedding)
        self.syntax_parser = NewsSyntaxParser(embedding)
        self.ner_tagger = NewsNERTagger(embedding)

    def __call__(self, text: str) -> Doc:
        return self._doc(text, parse=True, entities=True)

    def pipe(self, texts: Iterable[str], disable: Iterable[str] = (), **_: Any) -> Iterator[Doc]:
        """Docs of the texts, in order; `disable`: "parser" or "ner" left out (a headline's words)."""
        skip = set(disable)
        for text in texts:
            yield self._doc(text, parse="parser" not in skip, entities="ner" not in skip)

    def _doc(self, text: str, parse: bool, entities: bool) -> Doc:
        from natasha import Doc as NatashaDoc

        analysed = NatashaDoc(text)
        analysed.segment(self.segmenter)
        if analysed.tokens:
            analysed.tag_morph(self.morph_tagger)
            for token in analysed.tokens:
                self._verb_read_as_noun(token)
                token.lemmatize(self.morph_vocab)
            if parse:
                analysed.parse_syntax(self.syntax_parser)
            if entities:
                analysed.tag_ner(self.ner_tagger)
                for span in analysed.spans:
                    span.normalize(self.morph_vocab)
                    if span.type == "ORG":
                        span.normal = self._organisation_head(span)
                    elif span.type == "LOC":
                        span.normal = self._place_nominative(span)
                    elif span.type == "PER":
                        span.normal = self._woman_nominative(span)
                        span.normal = self._man_nominative(span)
        return _spacy_doc(self.vocab, text, analysed, parse, entities)

    def _verb_read_as_noun(self, token: Any) -> None:
        """A word the tagger read as a noun that the dictionary reads only as a finite verb is that
        verb: "— передаёт «Интерфакс» слова главы ЦБ" (the tagger takes the "ё" of "передаёт" for a
        noun's, and the speech verb that says whose the words are was lost)."""
        if token.pos != "NOUN" or not token.text[:1].islower():
            return
        forms = self.morph_vocab.parse(token.text)
        finite = all(f.pos == "VERB" and f.feats.get("VerbForm") == "Fin" for f in forms)
        if forms and forms[0].is_known and finite:
            token.pos, token.feats = "VERB", dict(forms[0].feats)

    def _organisation_head(self, span: Any) -> str:
        """An organisation's name with its head word in the nominative where Natasha's left it
        inflected ("Директората оборонной промышленности", a case the tagger misread): the head
        inflected, the genitive words after it kept ("Директорат оборонной промышленности")."""
        normal = span.normal or span.text
        head = span.tokens[0] if span.tokens else None
        if (
            head is None
            or head.pos not in {"NOUN", "PROPN"}
            or (head.feats or {}).get("Case") in (None, "Nom")
        ):
            return normal
        if not normal.startswith(head.text + " ") and normal != head.text or head.text.isupper():
            return normal  # Natasha named it in the nominative already; an abbreviation does not inflect
        number = (head.feats or {}).get("Number", "Sing")
        for form in self.morph_vocab.parse(head.text):
            if form.pos != "NOUN" or form.feats.get("Case") in (None, "Nom"):
                continue
            inflected = form.inflect({"Nom", number})
            if inflected is not None:
                word = inflected.word
                word = word[:1].upper() + word[1:] if head.text[:1].isupper() else word
                return word + normal[len(head.text) :]
        return normal

    def _place_nominative(self, span: Any) -> str:
        """A one-word place's name in the nominative where Natasha's normal form left it inflected
        ("в Клайпеде", "от Гавайев", "в Бородянку": the tagger's gender disagreed with the
        dictionary's, and the word was kept as written): the word's lemma, as the text capitalises
        it, when the dictionary reads the word as a form of that noun. An abbreviation ("США") or a
        name that does not decline ("в Виноградово", "под Гродно") stays as written."""
        normal = span.normal or span.text
        if len(span.tokens) == 1 and span.text.strip("-").count("-") == 1 and not span.text.isupper():
            return self._hyphenated_nominative(span.text, normal)
        if len(span.tokens) != 1 or normal != span.text or span.text.isupper():
            return normal
        token = span.tokens[0]
        lemma = token.lemma
        if (token.feats or {}).get("Case") in (None, "Nom") or not lemma or lemma == span.text.lower():
            return normal
        forms = self.morph_vocab.parse(span.text)
        if any(form.normal == span.text.lower() for form in forms):
            return normal  # the word is a dictionary form itself: indeclinable
        if not any(form.normal == lemma and form.pos == "NOUN" for form in forms):
            return normal
        return lemma[:1].upper() + lemma[1:] if span.text[:1].isupper() else lemma

    def _woman_nominative(self, span: Any) -> str:
        """A woman's name in the nominative where the text writes it in another case ("принял Эллу
        Памфилову", "наградил Лидию Ермошину", "Ирину Яровую"): Natasha's normal form often keeps a
        word as written, or takes the surname for a man's ("Наталья Кочанову"). The first word's
        reading as a feminine noun in an oblique case, the only one it has in the singular, gives
        the case; each word is then the dictionary's feminine form of that case put in the
        nominative; a word with no such form does not decline ("Ангелу Меркель", "Матвиенко")."""
        normal = span.normal or span.text
        words = [token.text for token in span.tokens]
        if len(words) < 2 or not all(word[:1].isupper() for word in words):
            return normal
        # a surname written in an oblique case ("Петровой"): the given name before it is in one too,
        # though the dictionary also knows its letters as a foreign name that does not decline
        # ("Анне": Anne, every case one form; "подарил цветы Анне Петровой" is "Анна Петрова")
        declined = not self._feminine_nominative(words[-1])
        # a woman's given name the dictionary knows ("Лидию"; not a guess at "Саджиду", a man's dative)
        woman = [
            f
            for f in self.morph_vocab.parse(words[0])
            if f.is_known
            and {"Name", "femn", "sing"} <= set(f.tag.grammemes)
            and f.feats.get("Number", "Sing") == "Sing"
            and not (declined and "Fixd" in f.tag.grammemes)
        ]
        cases = {f.feats.get("Case") for f in woman}
        if not cases or cases & {None, "Nom"}:
            return normal
        kept = declined and normal.split()[0].lower() == words[0].lower()
        if not kept and all(self._feminine_nominative(word) for word in normal.split()):
            return normal  # Natasha's is right ("Натальей Кочановой" is "Наталья Кочанова")
        # a given name that reads in several oblique cases ("Юлии": genitive, dative, locative) is
        # taken where every one of them gives the name the same nominative ("Юлия Навальная")
        readings = {" ".join(self._feminine_words(words, case, declined)) for case in sorted(cases)}
        if len(readings) != 1:
            return normal
        reading = readings.pop()
        if len(cases) > 1 and reading.split()[-1].lower() == words[-1].lower():
            # a surname that does not decline ("Маргрете Вестагер"): a foreign name, whose given
            # name may not decline either, is left to Natasha
            return normal
        return reading

    def _man_nominative(self, span: Any) -> str:
        """A man's name in the nominative where Natasha's normal form kept his surname as written
        ("по словам Андрея Солодова", "с Владиславом Шапшой", "Ивана Жадного": the dictionary does not
        know the surname, or reads it as an adjective, "солодовый"). A given name the dictionary knows
        as a man's, in an oblique case only, gives the case; the surname is put in the nominative from
        that case: a surname the dictionary knows; one of the suffixes of Russian surnames with its
        case ending (ru people.yaml `surname_case_endings`); a noun of a person ("Шапшой", "Дзюбы");
        an adjective ("Жадного"). A name whose surname does not decline ("Асию Биби") is left as it was."""
        normal = span.normal or span.text
        words = [token.text for token in span.tokens]
        said = normal.split()
        if len(words) < 2 or len(said) != len(words) or not all(word[:1].isupper() for word in words):
            return normal
        names = [f for f in self.morph_vocab.parse(words[0]) if f.is_known and "Name" in f.tag.grammemes]
        man = [f for f in names if {"masc", "sing"} <= set(f.tag.grammemes)]
        cases = {f.feats.get("Case") for f in man}
        if (
            not cases
            # "Марина", "Александра", "Асию": a woman's name, or one a woman's may be
            or any(f.feats.get("Case") in (None, "Nom") or "masc" not in f.tag.grammemes for f in names)
            or (span.tokens[0].feats or {}).get("Gender") == "Fem"
        ):
            return normal
        surname = said[-1]
        if surname.lower() == words[-1].lower():  # Natasha left it as the text has it
            # a given name of two cases ("Андрея": genitive, accusative) takes the surname's reading in
            # the case it has one in, where all such agree
            readings = {self._masculine_surname(words[-1], case) for case in sorted(cases)} - {words[-1]}
            if len(readings) != 1:
                # none: a surname that does not decline ("Асию Биби"), which tells nothing of the
                # given name's gender either
                return normal
            surname = readings.pop()
        given = said[0]
        if given.lower() == words[0].lower():  # and the given name too ("Ираклия Кобахидзе")
            given = words[0][:1] + man[0].normal[1:]
        return " ".join([given, *said[1:-1], surname])

    def _masculine_surname(self, word: str, case: str) -> str:
        """A man's surname written in `case`, in the nominative (see `_man_nominative`)."""
        forms = [f for f in self.morph_vocab.parse(word) if f.feats.get("Case") == case]
        lower = word.lower()
        ending = surname_endings().get(case)
        known = [f for f in forms if "Surn" in f.tag.grammemes and "femn" not in f.tag.grammemes]
        if known:
            lemma = known[0].normal
        elif ending and lower.endswith(ending) and lower.removesuffix(ending).endswith(surname_suffixes()):
            lemma = lower.removesuffix(ending)
        else:
            # a noun only in the instrumental, whose endings no name that does not decline has
            # ("Шапшой", "Дерипаской"; "Давида Месхи" is no genitive of "Месха")
            nouns = [f for f in forms if f.pos == "NOUN" and case == "Ins"]
            # nor in the accusative, a man's surname of a feminine noun's declension ("Артёма Дзюбу",
            # "Джона Кордобу": "-у" of "-а"; one that does not decline, "Шойгу", is no such noun)
            nouns += [
                f
                for f in forms
                if f.pos == "NOUN"
                and case == "Acc"
                and f.feats.get("Gender") == "Fem"
                and "Fixd" not in f.tag.grammemes
                and f.normal.endswith(("а", "я"))
                and lower.endswith(("у", "ю"))
            ]
            person = sorted(nouns, key=lambda f: f.feats.get("Animacy") != "Anim")
            adjective = [f for f in forms if f.pos == "ADJ" and f.feats.get("Gender") == "Masc"]
            lemma = (person or adjective)[0].normal if person or adjective else lower
        return word[:1] + lemma[1:]

    def _feminine_words(self, words: list[str], case: str, declined: bool = False) -> list[str]:
        """Each word read as a feminine noun or adjective in `case`, in the nominative; a word with
        no such form as written, in lower case with its capital. With `declined`, not as a word that
        does not decline ("Анне" is the dative of "Анна" beside "Петровой")."""
        named = []
        for word in words:
            forms = [
                f
                for f in self.morph_vocab.parse(word)
                if f.feats.get("Gender") == "Fem"
                and f.feats.get("Case") == case
                and f.pos in {"NOUN", "ADJ"}
                and not (declined and "Fixd" in f.tag.grammemes)
            ]
            forms.sort(key=lambda f: f.pos != "NOUN")  # a surname is a noun before an adjective
            inflected = forms[0].inflect({"Nom", "Sing", "Fem"}) if forms else None
            nominative = inflected.word if inflected is not None else word.lower()
            named.append(nominative[:1].upper() + nominative[1:])
        return named

    def _feminine_nominative(self, word: str) -> bool:
        """Whether the dictionary reads a word as a feminine nominative, or as a word that does not
        decline ("Меркель", "Матвиенко": every case one form). A reading of no case (a verb's:
        the dictionary's guess at an unknown "Чичеровой") is not one more case."""
        forms = self.morph_vocab.parse(word)
        return (
            any(f.feats.get("Case") == "Nom" and f.feats.get("Gender") in ("Fem", None) for f in forms)
            or len({f.feats.get("Case") for f in forms} - {None}) > FIXED_CASES
        )

    def _hyphenated_nominative(self, text: str, normal: str) -> str:
        """A hyphenated name whose last part declines ("в Минск-арене", "Минск-арену"): that part in
        the nominative by the dictionary, the parts before it as written. Natasha reads the whole
        word as one unknown and cuts its ending ("Минск-арен"), so each form became a place of its
        own. A last part the dictionary does not know as a noun leaves Natasha's form."""
        first, _, last = text.rpartition("-")
        given = self.morph_vocab.parse(normal.rpartition("-")[2])[:1]
        if given and given[0].pos == "NOUN" and given[0].feats.get("Case") == "Nom":
            return normal  # most likely a noun's nominative: "Санкт-Петербурге" is "Санкт-Петербург"
        forms = [form for form in self.morph_vocab.parse(last)[:1] if form.pos == "NOUN"]
        if not forms:
            return normal
        if forms[0].feats.get("Case") == "Nom":
            return text  # already the nominative ("Минск-арена")
        inflected = forms[0].inflect({"Nom", forms[0].feats.get("Number", "Sing")})
        if inflected is None:
            return normal
        word = inflected.word
        return f"{first}-{word[:1].upper() + word[1:] if last[:1].isupper() else word}"


def _spacy_doc(vocab: Any, text: str, analysed: Any, parse: bool, entities: bool) -> Doc:
    """Natasha's analysis of `text` as a spaCy Doc whose text is `text` exactly."""
    words: list[str] = []
    spaces: list[bool] = []
    pos: list[str] = []
    morphs: list[str] = []
    lemmas: list[str] = []
    starts: list[int] = []  # character offset of each word
    source: list[Any] = []  # the Natasha token of each word; None for whitespace
    end = 0
    for token in analysed.tokens:
        gap = text[end : token.start]
        if gap and words:
            spaces[-1] = gap.startswith(" ")
            gap = gap[1:] if spaces[-1] else gap
        if gap:  # more whitespace than one space: a word of its own, as spaCy's tokenizer makes
            words.append(gap)
            spaces.append(False)
            pos.append("SPACE")
            morphs.append("")
            lemmas.append(gap)
            starts.append(token.start - len(gap))
            source.append(None)
        words.append(token.text)
        spaces.append(False)
        pos.append(token.pos or "X")
        morphs.append(_features(token))
        lemmas.append(token.lemma or token.text.lower())
        starts.append(token.start)
        source.append(token)
        end = token.stop
    tail = text[end:]
    if tail and words:
        spaces[-1] = tail.startswith(" ")
        tail = tail[1:] if spaces[-1] else tail
    if tail:
        words.append(tail)
        spaces.append(False)
        pos.append("SPACE")
        morphs.append("")
        lemmas.append(tail)
        starts.append(end)
        source.append(None)
    spans = _joined_organisations(text, analysed.spans or []) if entities else []
    parse = parse and bool(analysed.tokens)
    heads, deps = _tree(analysed, source) if parse else (None, None)
    sent_starts = None if parse else _sentence_starts(analysed, source)
    doc = Doc(
        vocab,
        words=words,
        spaces=spaces,
        pos=pos,
        tags=pos,  # no finer tag set: the coarse one stands in
        morphs=morphs,
        lemmas=lemmas,
        heads=heads,
        deps=deps,
        sent_starts=sent_starts,
        ents=_entity_tags(spans, starts, source) if entities else None,
    )
    if entities:
        doc.user_data[NORMAL_FORMS] = {
            (span.start, span.stop): span.normal or text[span.start : span.stop] for span in spans
        }
    return doc


@dataclass(frozen=True)
class _Joined:
    """An organisation's span named otherwise than Natasha names it."""

    start: int
    stop: int
    type: str
    normal: str


def _joined_organisations(text: str, spans: list[Any]) -> list[Any]:
    """The named entities, an organisation followed by the place it belongs to named as one.

    Natasha names "Министерства обороны России" an organisation ("Министерство обороны") and a
    place ("России"), "Минфин США", "Службы безопасности Украины" alike; the organisation's name
    is the whole, its head in the nominative and the place as the text writes it, in the genitive
    ("Министерство обороны России"), and the place stays a place the text names. A place in
    another case is no part of the name: "передал Минобороны Россия" is two names.
    """
    named: list[Any] = []
    for span in spans:
        cut = text.find(" (", span.start, span.stop)
        if span.type == "ORG" and cut > span.start and text[span.stop - 1] == ")":
            # "Трехсторонней контактной группе (ТГК)": the name, without the abbreviation after it
            normal = getattr(span, "normal", None) or text[span.start : span.stop]
            span = _Joined(span.start, cut, "ORG", normal.split(" (", 1)[0])
        previous = named[-1] if named else None
        if (
            previous is not None
            and previous.type == "ORG"
            and span.type == "LOC"
            and text[previous.stop : span.start] == " "
            and getattr(span, "tokens", None)
            and (span.tokens[0].feats or {}).get("Case") == "Gen"
        ):
            name = getattr(previous, "normal", None) or text[previous.start : previous.stop]
            named[-1] = _Joined(
                previous.start, previous.stop, "ORG", f"{name} {text[span.start : span.stop]}"
            )
        named.append(span)
    return named


def _features(token: Any) -> str:
    """Natasha's features as spaCy writes them; a personal pronoun is marked as one (PronType=Prs),
    as spaCy's English model marks "he" and "they", which Natasha's tags leave out."""
    features = dict(token.feats or {})
    if token.pos == "PRON" and "Person" in features:
        features.setdefault("PronType", "Prs")
    return "|".join(f"{key}={value}" for key, value in sorted(features.items()))


def _tree(analysed: Any, source: list[Any]) -> tuple[list[int], list[str]]:
    """Each word's head (an index into the words) and label: a tree per sentence.

    A parser may give a sentence two roots, a head outside it or a loop: the first root is the
    root, and a word that would be another root, or whose chain of heads leaves the sentence or
    runs in a loop, hangs on it. Whitespace hangs on the word before it.
    """
    index = {token.id: i for i, token in enumerate(source) if token is not None}
    heads = [max(i - 1, 0) if token is None else i for i, token in enumerate(source)]
    if source and source[0] is None and len(source) > 1:
        heads[0] = 1
    deps = [WHITESPACE_DEP] * len(source)
    for sentence in analysed.sents:
        members = [index[token.id] for token in sentence.tokens if token.id in index]
        if not members:
            continue
        inside = set(members)
        proposed = {i: index.get(source[i].head_id) for i in members}
        roots = [
            i for i in members if source[i].rel == "root" or proposed[i] == i or proposed[i] not in inside
        ]
        root = roots[0] if roots else members[0]
        for i in members:
            if i == root:
                heads[i], deps[i] = i, "ROOT"
            elif i in roots:
                heads[i], deps[i] = root, "dep"
            else:
                heads[i], deps[i] = proposed[i], _label(source[i].rel or "dep")
        for i in members:
            path, at = {i}, heads[i]
            while at != root and at not in path:
                path.add(at)
                at = heads[at]
            if at != root:  # a loop: cut where this word joins it
                heads[i] = root
    return heads, deps


def _label(rel: str) -> str:
    if rel in DEPENDENCY_LABELS:
        return DEPENDENCY_LABELS[rel]
    base = rel.split(":", 1)[0]
    return DEPENDENCY_LABELS.get(base, base)


def _sentence_starts(analysed: Any, source: list[Any]) -> list[bool]:
    firsts = {sentence.tokens[0].start for sentence in analysed.sents or [] if sentence.tokens}
    return [token is not None and token.start in firsts for token in source]


def _entity_tags(spans: list[Any], starts: list[int], source: list[Any]) -> list[str]:
    """IOB tags of the named entities, by spaCy's English labels."""
    tags = ["O"] * len(source)
    at = {start: i for i, start in enumerate(starts) if source[i] is not None}
    for span in spans:
        label = ENTITY_LABELS.get(span.type)
        first = at.get(span.start)
        if label is None or first is None:
            continue
        tags[first] = f"B-{label}"
        i = first + 1
        while i < len(source) and starts[i] < span.stop:
            tags[i] = f"I-{label}"
            i += 1
    return tags
