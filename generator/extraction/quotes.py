"""Quotes and who said them.

A quote is text between quotation marks (straight, curly or guillemets) that is
a statement, not a scare quote or a nickname: it has at least MIN_WORDS words
or ends a sentence. Its speaker is the subject of a speech verb in the same
sentence ("X said", "said X", "X told ..."), an "according to X", "in X's
words"; a pronoun or a role ("he said", "the Belarusian leader stressed") is
resolved to the nearest person named before it; an organisation can speak.
A quote that runs on into the next paragraph is one quote.

Whom a pronoun refers to is the subject of the main clause before it, outside quotations (a
name inside a quotation is what the speaker talks about); "the spokesperson" is the one
introduced as "a spokesperson" when no one holding that role was named since; "a Zelensky
adviser" is an adviser, unnamed (speech.yaml `agent_nouns`). A transcript's label ('"PENCE:
...') and a signature after a dash ('"..." ― Jane Doe') name the speaker.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cached_property

from spacy.tokens import Doc, Span, Token

from ..lexicon import Lexicon, alternatives
from ..nlp_natasha import LANGUAGE as NATASHA_LANGUAGE
from ..nlp_natasha import nominative
from ..schema import Quote
from .dialogue import (
    Speech,
    blocks_of_paragraphs,
    continued_speech,
    dash_speech,
    hyphen_turns,
    narrated_within,
)
from .document import SUBJECT_DEPS, Body, Mention, normal_form, sentence_of, sentences_of, span_text, text_of

# Opening marks and the closing marks that end them. Texts mix styles ("Yes,” she said;
# “No," he said; ''Yes,'' in old newswire style), so a double closer ends any double opener.
DOUBLE_OPENERS = {"“", "„", "‘‘", "``", '"', "''"}
DOUBLE_CLOSERS = {"”", "’’"}
# straight marks point neither way: their position decides
STRAIGHT = {'"', "''"}
# every mark quote_spans acts on: it jumps from one to the next, not through each letter
QUOTE_MARK_RE = re.compile("’’|‘‘|''|``|[\"“”«»„]")
MIN_WORDS = 4
MAX_RUN_ON = 4  # paragraphs of a quotation opened once, after the one that opens it, up to its close
# paragraphs with no quote mark between a quotation left open and the next that opens with a mark,
# over which the quotation goes on (a page's line set inside it, or its paragraph broken in two)
MAX_RESUMED_GAP = 2
MAX_PRONOUN_CHAIN = 3  # paragraphs of quotation only, passed over to find whom a pronoun refers to
# "He was arrested ... He faces ... he said": how many of the same pronoun are followed back
MAX_PRONOUN_LINKS = 8
# paragraphs before a quote in which "the statement" it is said by may have been introduced; past them
# the statement is whoever spoke last
STATEMENT_WINDOW = 2
CLOSING_MARKS = ' »"”’.!?…'  # what may follow a quotation that is its paragraph's whole
LABEL_WORDS = 12  # a caption line naming who speaks next: a name and a role, no sentence
COMPLEMENTIZER_WINDOW = 6  # words before "что" among which the speech verb it reports for stands
# a single mark opens where a word starts after a space, and closes after a word or its
# punctuation before a space or punctuation: the apostrophes of "it's" and "Japan's" do neither
SINGLE_QUOTE_RE = re.compile(
    r"(?:^|(?<=[\s(\[—–-]))[‘'](?P<inner>[^\W_].*?(?<=[\w.,!?…]))[’'](?=[\s.,;:!?)\]—–-]|$)"
)
# the model's labels of a time, which no relative clause describes as a speaker
TIME_LABELS = {"DATE", "TIME"}
PLURAL_NOUN_TAGS = {"NNS", "NNPS"}  # the English tagger's plural nouns
# a nationality's or a place's word before a role ("the Hungarian premier", "the Vermont senator")
ORIGIN_LABELS = {"NORP", "GPE", "LOC"}
# what the parser makes of a speaker after its verb when a quoted word took the subject's place
INVERTED_DEPS = {"dobj", "attr", "npadvmod", "appos", "dep", "oprd"}


@dataclass
class QuoteSpan:
    paragraph: int
    start: int  # offsets of the quoted text, inside the marks
    end: int
    closed: bool
    text: str
    # a quote carried on into later paragraphs: where its last part stands (its attribution
    # often follows there: '"... to come," Mbumba said.')
    tail: tuple[int, int, int] | None = None
    # dash-led speech (dialogue.py): it opens its paragraph after the dash, and the token of the
    # narrator's verb ("— ..., — сказал он") says who speaks it
    dash_led: bool = False
    narrator: int | None = None

    @property
    def last_paragraph(self) -> int:
        """The paragraph the quote ends in (its tail's, when carried on)."""
        return self.tail[0] if self.tail else self.paragraph


# (two to four words, each opening with a capital of any script: see `_signed_after_dash`)
SIGNED_NAME_RE = re.compile(r"^[^\W\d_][\w.'’-]*(?: [^\W\d_][\w.'’-]*){1,3}$")
# a quotation's signature: a dash after its closing mark and a name that ends the paragraph,
# or after which the next quotation opens right after it (vox pops run on in one
# paragraph: '“...” ― Krystal Correa “...” ― Esther Tapia'); a comma may close the quotation
# before the dash, as Russian sets it ("«...», — Дмитрий Патрушев.")
SIGNATURE_RE = re.compile(r"[”\"’'»]?,?\s*[―—–]\s*([^\W\d][^,;:!?()“”\"«»]{1,60}?)[\s.]*(?:$|(?=[“\"«]))")


def quote_spans(text: str, nest_straight: bool = False, carried: bool = False) -> list[tuple[int, int, bool]]:
    """(start, end, closed) of top-level quoted passages; unclosed ones run to the end. `carried`:
    a quotation left open in the paragraph before goes on into this one, which may close it with
    no mark of its own to open it ("«Белорусская АЭС выработала ... электроэнергии." then "Это
    позволило сократить импорт газа на четверть».").

    With `nest_straight` (speech.yaml `nested_straight_quotes`: a language that types its
    «» and „“ as straight marks, and nests them), a straight mark before a word inside a straight
    quotation opens a nested one ('"... в отношении "Газпрома" должны ..."'), unless the
    paragraph's marks then do not pair up: a name quoted in a name ('ГП "КБ "Южное"') shares its
    closing mark, and the marks are read one level deep."""
    spans: list[tuple[int, int, bool]] = []
    nested = False
    stack: list[tuple[str, int]] = []
    shared_close: int | None = None  # where a » closed a quotation inside one left open
    for mark in QUOTE_MARK_RE.finditer(text):
        i, end, char = mark.start(), mark.end(), mark.group()
        top = stack[-1][0] if stack else None
        carried_on = carried and char in {"»", "”", '"'} and i > 0 and not text[i - 1].isspace()
        if top is None and not spans and (_closes_unopened(text, i, end, char) or carried_on):
            # '... until all devils are rooted out," the adviser said': the copy lost the
            # opening mark; the quote ran from the paragraph's start
            spans.append((0, i, True))
            continue
        if _closes(text, i, end, char, top, nest_straight):
            _, start = stack.pop()
            if not stack:
                spans.append((start, i, True))
            shared_close = i if stack and char == "»" else None
        elif _opens(text, i, char, top):
            nested = nested or top in STRAIGHT
            stack.append((char, end))
        elif top is None and char == "”" and _opening_shaped(text, i, end):
            # '”The border will stay closed,” the minister said': a closing mark set where a
            # quote opens (nothing open, a word right after it) opens one, as “ would
            stack.append(("“", end))
    if stack and nested and nest_straight:
        # the straight marks did not pair up as nested ones: read them one level deep (once:
        # without nesting, the marks are read as they fall)
        return quote_spans(text, nest_straight=False, carried=carried)
    if (
        len(stack) == 1
        and stack[0][0] == "«"
        and shared_close is not None
        and not text[shared_close + 1 :].strip(" .!?…")
    ):
        # «... войти в число «умных городов мира».: Russian type sets one » for a quotation and
        # the quotation it ends with, at the paragraph's end
        spans.append((stack[0][1], shared_close, True))
    elif stack:
        # an unclosed quote (or a nested one left open) runs to the end of the paragraph
        spans.append((stack[0][1], len(text), False))
    if not spans and not QUOTE_MARK_RE.search(text):
        # single marks, as British and many Asian papers quote ('We dominate the sky,' he
        # said), where a paragraph has no double ones (inside those they are a nested quote)
        spans = [(m.start("inner"), m.end("inner"), True) for m in SINGLE_QUOTE_RE.finditer(text)]
    return sorted(spans)


# a transcript's label of who speaks a turn: a name in capitals or capitalised, and a colon
TRANSCRIPT_LABEL_RE = re.compile(r"\s*(?P<label>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}):\s+(?=\S)")

# what follows a quotation in Russian (and languages that set speech so): a comma, a dash and
# the words that say who spoke ('», — сказал он', '", - отметил Арахамия')
DASHED_ATTRIBUTION_RE = re.compile(r"\s?,\s*[-–—]\s*(?=[^\W\d_])(?!\w*[A-ZА-ЯЁ])")


def _closes_unopened(text: str, i: int, end: int, char: str) -> bool:
    """A closing mark after a sentence's punctuation, with no mark before it in the paragraph
    and an attribution after it: ' ... infrastructure," the ministry said.'; or a » ending the
    paragraph with no mark before it."""
    if char not in {"”", '"', "»"} or i < 20 or QUOTE_MARK_RE.search(text, 0, i):
        return False
    if DASHED_ATTRIBUTION_RE.match(text, end):
        return True  # '... мы не следственный орган", - отметил Арахамия': the comma after the mark
    if char == "»" and not text[end:].strip(" .!?…"):
        # '... для получения средств к существованию».': a » that ends the paragraph closes a
        # quotation that lost its opening mark, or one opened paragraphs before (Russian type
        # opens a quotation of several paragraphs once); » opens no quotation where it stands
        return True
    after = text[end : end + 2]
    return text[i - 1] in ",.!?" and after[:1] == " " and after[1:2].isalpha()


def _opens(text: str, i: int, char: str, top: str | None) -> bool:
    """Whether a mark that closes nothing opens a passage (a stray closer does not)."""
    if char in STRAIGHT:
        return top is not None or _opens_straight(text, i)
    return char not in DOUBLE_CLOSERS and char != "»"


def _closes(text: str, i: int, end: int, char: str, top: str | None, nest_straight: bool = True) -> bool:
    """Whether the mark at text[i:end] ends the passage opened by `top`."""
    if top is None:
        return False
    if top == "«":
        return char == "»"
    if top not in DOUBLE_OPENERS or char == "»":
        return False
    if char in DOUBLE_CLOSERS:
        return True
    if char in STRAIGHT:
        # a straight mark inside a curly quote opens a nested quote when it stands before a word;
        # inside a straight one, when a space stands before it and a letter after it ('"... в
        # отношении "Газпрома" должны ..."'): a closing mark stands after a word
        if top in STRAIGHT:
            return not (nest_straight and _opens_nested(text, i, end))
        return not _opening_shaped(text, i, end)
    # “ closes „ (German style), and ends a passage where it stands after a word (mixed styles)
    return top == "„" or (char == "“" and not _opening_shaped(text, i, end))


def _opening_shaped(text: str, i: int, end: int) -> bool:
    """A mark with a space (or nothing) before it and a word right after it."""
    before = text[i - 1] if i else " "
    after = text[end] if end < len(text) else " "
    return (before.isspace() or before in "([{—–-/") and not after.isspace()


def _opens_nested(text: str, i: int, end: int) -> bool:
    """A straight mark after a space (or a bracket) and right before a letter or a digit."""
    before = text[i - 1] if i else " "
    return (before.isspace() or before in "([") and end < len(text) and text[end].isalnum()


def _opens_straight(text: str, i: int) -> bool:
    before = text[i - 1] if i else " "
    return not before.isalnum() or before in "([{"


def _plain(text: str) -> str:
    """Words as compared across a headline and the body: lower case, "ё" as "е", no punctuation."""
    return " ".join(re.sub(r"[^\w\s-]", " ", text.lower().replace("ё", "е")).split())


def is_statement(text: str) -> bool:
    """A quotation that says something, not a scare quote or a nickname."""
    words = text.split()
    if len(words) >= MIN_WORDS:
        return True
    return len(words) >= 2 and text.rstrip("”\"' ").endswith((".", "!", "?"))


class QuoteExtractor:
    def __init__(self, body: Body, lexicon: Lexicon, quoted_blocks: Sequence[str] = ()) -> None:
        self.body = body
        # the paragraphs a page set apart as quoted (<blockquote>: readers/html_page.py), each
        # with the number of its block
        self.block_of = blocks_of_paragraphs(body.texts, quoted_blocks)
        speech = lexicon["speech"]
        self.verbs = {v.lower() for v in speech.get("verbs", [])}
        self.according = [p.lower() for p in speech.get("according_to", [])]
        self.person_refs = {w.lower() for w in speech.get("person_references", [])}
        self.org_refs = {w.lower() for w in speech.get("organisation_references", [])}
        self.statement_refs = {w.lower() for w in speech.get("statement_references", [])}
        self.statement_verbs = lexicon.words("speech", "statement_verbs")
        self.statement_places = lexicon.words("speech", "statement_places")
        self.indefinites = lexicon.words("speech", "indefinites")
        self.speech_dashes = list(speech.get("speech_dashes") or [])
        self.hyphens = list(speech.get("narrator_hyphens") or [])
        self.impersonal_verbs = lexicon.words("speech", "impersonal_verbs")
        self.relatives = lexicon.words("speech", "relative_pronouns")
        self.source_prepositions = lexicon.words("speech", "source_prepositions")
        self.according_roles = lexicon.words("speech", "according_to_roles")
        self.partitives = lexicon.words("speech", "partitive_prepositions")
        self.quoting_verbs = lexicon.words("speech", "quoting_verbs")
        self.possessives = {
            word.lower(): gender for word, gender in (speech.get("possessive_pronouns") or {}).items()
        }
        self.role_qualifiers = lexicon.words("speech", "role_qualifiers")
        # titles that name one office ("глава Офиса", "руководитель Офиса"), each as its words' stems
        self.title_synonyms = [_stems(" ".join(group)) for group in speech.get("title_synonyms") or []]
        # a title's short forms and the words each stands for ("гендиректор": "генеральный директор"),
        # and the prefixes that make a former holder's title ("экс-": "бывший")
        self.short_titles: dict[str, list[str]] = {}
        for short, long in (speech.get("title_short_forms") or {}).items():
            self.short_titles.setdefault(short.lower(), []).append(long.lower())
        self.former_prefixes = {
            prefix.lower(): word.lower() for prefix, word in (speech.get("former_prefixes") or {}).items()
        }
        # an epithet for a kind of post, as one pattern of the posts' words it stands for (each
        # whole words of a role in lower case), built once: it is tried on every role of the text
        self.role_kinds = {
            word.lower(): re.compile(rf"(?<!\w)(?:{'|'.join(re.escape(p.lower()) for p in phrases)})(?!\w)")
            for word, phrases in (speech.get("role_kinds") or {}).items()
            if phrases
        }
        # the body a post heads ("министр": "министерство"), the endings a title takes in a role, the
        # body words that stand for any body ("ведомство") and those that speak for another's
        self.title_bodies = {t.lower(): b.lower() for t, b in (speech.get("title_bodies") or {}).items()}
        endings = ("", *(e.lower() for e in speech.get("title_case_endings") or []))
        # each title's forms in a role ("министра", "министров"), with the body it heads (the
        # first title listed where two share a form)
        self.title_forms: dict[str, str] = {}
        for title, body in self.title_bodies.items():
            for ending in endings:
                self.title_forms.setdefault(title + ending, body)
        self.any_body_refs = lexicon.words("speech", "any_body_references")
        self.body_voices = lexicon.words("speech", "body_voices")
        self.complementizers = lexicon.words("speech", "complementizers")
        self.back_references = tuple(w.lower() + " " for w in speech.get("back_references") or [])
        self.nest_straight = bool(speech.get("nested_straight_quotes"))
        # a quotation of several paragraphs is opened once and closed once (no mark reopens it)
        self.runs_on = bool(speech.get("quotations_run_on"))
        # the language's papers head a story with a speaker's words ("Лавров: «...»")
        self.headline_quotes_on = bool(speech.get("headline_quotes"))
        # an inflecting language's reference words are listed once, by lemma (grammar.yaml)
        self.by_lemma = bool(lexicon["grammar"].get("match_lemmas"))
        # a language with no articles (Russian) cannot tell "the minister" from "a minister" by
        # them: whom a role or an epithet refers to is told by who spoke just before
        self.articleless = not lexicon["grammar"].get("articles")
        self.articles = lexicon.words("grammar", "articles")
        self.drops_subjects = bool(lexicon["grammar"].get("drops_subjects"))
        # "In Lukashenka's words", "by his own account": whose words a passage is
        self.words_re = re.compile(
            rf"\b(?i:{alternatives(speech.get('view_prepositions'))}) "
            r"(?P<name>[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,3})(?:’s|'s)? "
            rf"(?:{alternatives(speech.get('view_nouns'))})\b"
        )
        self.view_prepositions = lexicon.words("speech", "view_prepositions")
        self.view_nouns = lexicon.words("speech", "view_nouns")
        self.title_words = lexicon.word_parts("people", "titles") | lexicon.word_parts(
            "people", "role_modifiers"
        )
        self.agents = lexicon.words("speech", "agent_nouns")
        self.party_nouns = lexicon.words("speech", "party_nouns")
        self.circumstances = lexicon.words("speech", "circumstance_prepositions")
        self.member_nouns = lexicon.words("speech", "member_nouns")
        self.holder_modifiers = lexicon.words("people", "holder_modifiers")
        # "Hungarian" -> Hungary: a role's country word, to find whose post the text wrote with it
        self.demonyms = {
            str(d): str(place) for d, place in (lexicon.raw.get("places", {}).get("demonyms") or {}).items()
        }
        self.abbreviated_titles = lexicon.words("people", "abbreviated_titles")
        self.kin = lexicon.words("people", "relatives")
        self.newcomers = lexicon.words("speech", "newcomer_nouns")
        self.view_objects = lexicon.words("speech", "view_objects")
        self.citing = [p.lower() for p in speech.get("citing_phrases") or []]
        # a capitalised proper noun that opens with a given name is a person's, whatever label the
        # model gave it ("Fatih Birol" read as a work of art, "Hafiz" as a body)
        self.given_names = lexicon.given_names
        self.naming_nouns = lexicon.words("speech", "naming_nouns")
        self.naming_prepositions = lexicon.words("speech", "naming_prepositions")
        self.naming_verbs = lexicon.words("speech", "naming_verbs")
        self.issuer_prepositions = lexicon.words("speech", "issuer_prepositions")
        # "разослано утром": an instrumental that says when (dates.yaml), no passive's agent
        self.parts_of_day = lexicon.words("dates", "parts_of_day")
        # a person's gender, where the language's data tells it (people.yaml), for "he" and "she"
        self.gendered_names = {
            "Fem": lexicon.words("people", "female_given_names"),
            "Masc": lexicon.words("people", "male_given_names"),
        }
        self.gendered_words = {
            "Fem": lexicon.words("people", "female_words"),
            "Masc": lexicon.words("people", "male_words"),
        }
        self._genders: dict[str, str | None] = {}  # a person's gender, once told (see _gender_of)
        self._written: dict[tuple[int, int], str] = {}  # a mention as written (see _written_name)
        # the people the quotation whose speaker is sought names itself: talked about, so not whom
        # the "he" of its attribution stands for (see `_named_inside`)
        self._talked_about: set[str] = set()

    def extract(self) -> list[Quote]:
        spans = self.spans
        quotes: list[Quote] = []
        previous: tuple[QuoteSpan, str | None] | None = None
        interviewee: str | None = None
        for span in spans:
            # a part of a quotation the narrator's words break ("«..., — заявил он. — Мы хотим мира»")
            # is speech however short
            narrated = span.narrator is not None and not span.dash_led
            said = narrated or self._attributed_right_after(span) or self._reported_after_verb(span)
            if not (is_statement(span.text) or said):
                continue
            self._talked_about = self._named_inside(span)
            speaker = self.speaker(span, spans)
            if speaker is None and span.tail is not None:
                last = QuoteSpan(*span.tail, span.closed, span.text)
                # a tail with no opening mark of its own (a quotation run on, Russian style: its
                # close's paragraph is quotation from its start) is quotation: a name in it is no
                # speaker ('Медведев всё чаще жаловался ...», – передает слова Тони')
                speaker = self.speaker(last, [*spans, last] if last.start == 0 else spans)
            if speaker is None and span.dash_led and span.narrator is None and span.paragraph > 0:
                # "Анвар Ибрагим покачал головой и запротестовал:" then "— Я должен ответить!"
                speaker = self._introduced_by(span.paragraph - 1)
            if speaker is None and self._back_reference_after(span):
                # "«...»." then "Так прокомментировал слухи X": whom the next paragraph says the words
                # were, before whoever spoke at the end of the paragraph before
                speaker = self._speaker_after(span)
            if (
                speaker is None
                and (span.start <= 1 or span.dash_led and span.narrator is None)
                and span.paragraph > 0
            ):
                # 'Pylypenko said the generators could not cope:' then the quote on its own, or
                # 'Manning said the ministry had added VAT.' then a paragraph of his words:
                # whoever speaks at the end of the paragraph before goes on speaking
                doc = self.body.docs[span.paragraph - 1]
                last = sentences_of(doc)[-1]
                probe = QuoteSpan(span.paragraph - 1, last.start_char, last.start_char, True, span_text(last))
                speaker = self.speaker(probe, spans) or self._introduced_by(span.paragraph - 1)
                if speaker is None and self._all_quoted(span.paragraph):
                    # 'Hawley also offered this insight on Trump.' then a paragraph that is
                    # nothing but a quotation: the person the sentence before is about speaks
                    subject = next((t for t in last if t.dep_ in SUBJECT_DEPS and t.head == last.root), None)
                    if subject is not None:
                        # a thing the sentence is about names people in passing only ("The talks
                        # with Antony Blinken had ended"): the person an earlier sentence of that
                        # paragraph is about goes on speaking, if one is
                        passing = subject.pos_ == "NOUN" and not self._reference_word(subject)
                        # or the body it names: "The club has advised fans not to travel." then
                        # the club's statement, quoted whole
                        speaker = (
                            self._person_named_by(span.paragraph - 1, subject)
                            or (self._person_subject_before(span.paragraph - 1, last) if passing else None)
                            or self._person_meant_by(span.paragraph - 1, subject)
                            or self._organisation_named_by(span.paragraph - 1, subject)
                        )
            if (
                speaker is None
                and (span.start <= 1 or span.dash_led and span.narrator is None)
                and not self.body.texts[span.paragraph][span.end :].strip(CLOSING_MARKS)
            ):
                # a caption line, or "Светлана Леонтьева, министр здравоохранения:" then a turn
                speaker = self._labelled_before(span.paragraph)
            if speaker is None:
                speaker = self._speaker_before(span)
            if speaker is None:
                speaker = self._speaker_after(span)
            if speaker is None and previous and previous[1]:
                prev_span = previous[0]
                # a second quote in the same stretch of speech, or its next paragraph
                # or the next turn of dash-led speech with no narrator of its own, after a turn that
                # asked nothing ("— Мы готовы, — сказал он." then "— Армия должна ...")
                turn_goes_on = (
                    span.dash_led
                    and prev_span.dash_led
                    and span.narrator is None
                    and not prev_span.text.rstrip().endswith("?")
                )
                if (
                    prev_span.paragraph == span.paragraph
                    or (
                        span.paragraph == prev_span.paragraph + 1
                        and (_starts_with_quote(span) or turn_goes_on or self._said_impersonally(span))
                    )
                    or self._resumed(prev_span, span)
                ):
                    speaker = previous[1]
            if self._question_turn(span, spans):
                # an interview's question ("— Как вы оцениваете ...?" then "— ..."): the
                # interviewer asks, and the question is no quote of anyone's; whoever the first turn
                # would go to answers the turns after each question (not a person an answer names:
                # "Ещё госсекретарь Блинкен говорил мне ..." then "— Есть ли шанс ...?")
                interviewee = interviewee or speaker or self._interviewee_before(span.paragraph)
                previous = (span, None)
                continue
            elif (
                interviewee
                and previous
                and self._question_turn(previous[0], spans)
                and span.dash_led
                and span.narrator is None
                and span.paragraph == previous[0].paragraph + 1
            ):
                speaker = interviewee
            text = span.text
            if self._transcript_speaker(span.paragraph, span.start):
                text = TRANSCRIPT_LABEL_RE.sub("", text, count=1)  # the label names who speaks
            quotes.append(
                Quote(
                    text=text,
                    speaker=speaker,
                    speaker_role=self.body.roles.get(speaker) if speaker else None,
                    ref=self.body.ids[span.paragraph],
                )
            )
            previous = (span, speaker)
        self._talked_about = set()
        return quotes

    def _named_inside(self, span: QuoteSpan) -> set[str]:
        """The people a quotation names: '"Coach Janza told us that Stoppila Sunzu has asked to
        relinquish his position," he said' is not Sunzu's, whoever the sentence before was about."""
        last = span.tail or (span.paragraph, span.start, span.end)
        names = set()
        for m in self.body.mentions:
            if m.kind != "people" or not span.paragraph <= m.paragraph <= last[0]:
                continue
            after_start = m.paragraph > span.paragraph or m.start >= span.start
            before_end = m.paragraph < last[0] or m.end <= last[2]
            if after_start and before_end:
                names.add(m.name)
        return names

    def headline_quotes(self, title: str | None, body_quotes: Sequence[Quote]) -> list[Quote]:
        """The quotation a headline prints as a speaker's words, where the language's papers head a
        story so (speech.yaml `headline_quotes`): "Лавров: «Россия не будет ...»", "«Переговоры
        зашли в тупик» — Зеленский", "«Это была ошибка»: Собчак о ...", or a quotation that is the
        whole headline (an interview's answer). Its speaker is the person or body the label names,
        as the body names them; one the body never names is the label as printed ("Губернатор
        Бегларов"). A quotation the body quotes as well is left to the body's quote, which says
        where it stands; a name in quotation marks ("«Спартак» обыграл «Динамо»", "Премьера:
        «Мастер и Маргарита» выходит в прокат") is no headline quote: the quotation must be one side
        of the headline, a label the other; nor is a headline that goes on with a sentence of its
        own after the quotation ("«Нас не поссорить»: Киев изучает вмешательство в выборы")."""
        if not title or not self.headline_quotes_on:
            return []
        spans = [s for s in quote_spans(title, self.nest_straight) if s[2]]
        if len(spans) != 1:
            return []
        start, end, _ = spans[0]
        text = title[start:end].strip()
        before = title[:start].rstrip(" “\"‘'«„")
        after = title[end:].lstrip(" ”\"’'»").rstrip(" .!?…")
        if not before.strip() and not after:
            label, first = "", False
        elif before.endswith(":") and not after:
            label, first = before[:-1].strip(), False
        elif not before.strip() and after[:1] in ":—–-":
            label, first = after[1:].strip(), True
        else:
            return []
        if len(text.split()) < 2 or any(_plain(text) in _plain(q.text) for q in body_quotes):
            return []
        words = label.split()
        # the words up to those that say what about or where ("Собчак о своём участии",
        # "Константин Эрнст в интервью"): a short word in lower case
        cut = next((i for i, w in enumerate(words) if i and len(w) <= 3 and w.islower()), len(words))
        speaker, named_to = self._headline_speaker(words) if words else (None, 0)
        if first and (speaker is None and cut < len(words) or speaker is not None and named_to < cut):
            # after the quotation, the speaker's name opens the rest (and ends it, or "о ..." does)
            return []
        if speaker is None and not is_statement(text):
            return []  # a label naming nobody the text names, on a title of a work: no one's words
        if speaker is None and words:
            # "Эксперт:", "Губернатор Бегларов:": the label as printed
            speaker = " ".join(w.capitalize() if w.isupper() and len(w) > 1 else w for w in words[:cut])
        role = self.body.roles.get(speaker) if speaker else None
        return [Quote(text=text, speaker=speaker, speaker_role=role)]

    def _headline_speaker(self, words: list[str]) -> tuple[str | None, int]:
        """The person the text names whose surname is a word of a headline's label ("Трамп об
        импичменте", "Георгий БУЩАН"), or the body it names as the label does ("МИД России"), with
        the number of the label's words up to the end of the name."""
        plain = [_plain(w) for w in words]
        people: dict[str, int] = {}
        for m in self.body.mentions:
            surname = _plain(m.name.split()[-1])
            if m.kind == "people" and surname in plain:
                people[m.name] = plain.index(surname) + 1
        if people:
            return next(iter(people.items())) if len(people) == 1 else (None, 0)
        bodies: dict[str, int] = {}
        for m in self.body.mentions:
            if m.kind != "organisations":
                continue
            for form in (m.name, self.body.texts[m.paragraph][m.start : m.end]):
                form_words = _plain(form).split()
                for i in range(len(plain) - len(form_words) + 1):
                    if form_words and plain[i : i + len(form_words)] == form_words:
                        bodies[m.name] = max(bodies.get(m.name, 0), i + len(form_words))
        return next(iter(bodies.items())) if len(bodies) == 1 else (None, 0)

    def _resumed(self, before: QuoteSpan, span: QuoteSpan) -> bool:
        """Whether `span` goes on with the quotation `before` left open at its paragraph's end,
        past up to MAX_RESUMED_GAP paragraphs with no quote mark: a line of the page set inside the
        quotation ("Foramfera", an advertisement's) or the rest of its paragraph, which the copy
        broke off at a line's end; the quotation's next paragraph opens with a mark, as English
        type opens each paragraph of a quotation of several."""
        between = range(before.last_paragraph + 1, span.paragraph)
        return (
            not before.closed
            and not before.dash_led
            and _starts_with_quote(span)
            and 0 < len(between) <= MAX_RESUMED_GAP
            and not any(QUOTE_MARK_RE.search(self.body.texts[i]) for i in between)
        )

    def _said_impersonally(self, span: QuoteSpan) -> bool:
        """ "Отмечается, что «...»": the quotation's sentence says it is said by a speech verb with
        no subject and no statement or place its words are from (speech.yaml `impersonal_verbs`):
        the source the text was quoting goes on."""
        doc = self.body.docs[span.paragraph]
        quoted = self._quoted_regions.get(span.paragraph, [])
        return any(
            t.lemma_.lower() in self.impersonal_verbs
            and not _inside(t.idx, quoted)
            and not any(c.dep_ in SUBJECT_DEPS for c in t.children)
            and self._statement_of(t) is None
            for t in sentence_of(doc, span.start)
        )

    def _makes_statement(self, verb: Token) -> bool:
        """ "«...» — такое заявление сделал Песков", "выступил с заявлением": a verb that makes a
        statement (speech.yaml `statement_verbs`) with a statement's noun for its object speaks."""
        objects = [c for c in verb.children if c.dep_ in {"dobj", "obj", "obl"}]
        return verb.lemma_.lower() in self.statement_verbs and any(
            c.lemma_.lower() in self.statement_refs for c in objects
        )

    def _reported_after_verb(self, span: QuoteSpan) -> bool:
        """A short quotation that is what a speech verb reports: 'заявил, что «армия держит
        оборону»' (speech.yaml `complementizers`): said, though too short for a statement alone."""
        if not self.complementizers or not span.closed or len(span.text.split()) < 2:
            return False
        text = self.body.texts[span.paragraph]
        if text[span.end + 1 : span.end + 2] not in {"", ".", ",", ";", "!", "?", ")"}:
            return False  # words of a document within a clause ('что «явного поручения» выделить')
        doc = self.body.docs[span.paragraph]
        mark = next((t for t in doc if t.idx == span.start - 1), None)
        if mark is not None and mark.i > 0 and doc[mark.i - 1].text == ",":
            # "Как заявил журналистам Песков, «встреча не планируется»", "По его словам, «...»": the
            # sentence opens with whose words these are and the quotation is the rest of it
            opening = text[mark.sent.start_char : mark.idx].lower()
            if any(c in opening for c in '«»"“”'):
                return False
            # "по его словам" is "по словам" of whom the pronoun stands for
            words = " ".join(w for w in opening.split() if w not in self.possessives)
            return words.startswith(tuple(self.according))
        if mark is None or mark.i == 0 or doc[mark.i - 1].lower_ not in self.complementizers:
            return False
        window = doc[max(0, mark.i - 1 - COMPLEMENTIZER_WINDOW) : mark.i - 1]
        return any(t.lemma_.lower() in self.verbs and t.pos_ == "VERB" for t in window)

    def _question_turn(self, span: QuoteSpan, spans: list[QuoteSpan]) -> bool:
        """A turn of dash-led dialogue that is a whole paragraph asking a question, with no
        narrator, answered by the next paragraph's turn: an interviewer's question."""
        text = self.body.texts[span.paragraph].rstrip()
        return (
            span.dash_led
            and span.narrator is None
            and span.end >= len(text) - 1
            and text.endswith("?")
            and any(s.dash_led and s.paragraph == span.paragraph + 1 for s in spans)
        )

    def _interviewee_before(self, paragraph: int) -> str | None:
        """Who an interview's first question is put to when no one is said to speak before it: the
        person the paragraph before names last ("Мы поговорили с экономистом Сергеем Гуриевым")."""
        mention = self.body.last_mention_before(paragraph, 0, ("people",))
        return mention.name if mention is not None and mention.paragraph == paragraph - 1 else None

    def _introduced_by(self, paragraph: int) -> str | None:
        """Who a paragraph ending in a colon introduces as speaking next: the subject of the verb
        of its main clause nearest the colon ("Владимир Путин хотел встать, но Анвар Ибрагим
        покачал головой и запротестовал:" is Анвар Ибрагим's; "X продемонстрировал, что ...:" X's)."""
        doc = self.body.docs[paragraph]
        if not self.body.texts[paragraph].rstrip().endswith(":") or not len(doc):
            return None
        sentence = sentences_of(doc)[-1]
        main = [
            t
            for t in sentence
            if t.pos_ in {"VERB", "AUX"}
            and (t.dep_ == "ROOT" or t.dep_ == "conj" and t.head.dep_ in {"ROOT", "conj"})
        ]
        # the verb nearest the colon that has a subject of its own: "... но Анвар Ибрагим покачал
        # головой и возразил:" (a verb with none shares its conjunct's before it, whatever the
        # parser hung it on)
        for verb in reversed(main):
            subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
            if subject is not None:
                return self._resolve(paragraph, subject, describe=False)
            # "Приводим его слова:", "Приводим слова министра:": whose words the verb passes on
            probe = QuoteSpan(paragraph, sentence.start_char, sentence.start_char, True, span_text(sentence))
            quoted_one = self._quoted_one(probe, verb, [], describe=False)
            if quoted_one:
                return quoted_one
        return None

    def _attributed_right_after(self, span: QuoteSpan) -> bool:
        """A short quote that ends in punctuation and runs straight into its attribution:
        '"Not yet," he said', '"Quiet!" shouted Smith'. A scare quote has neither."""
        text = self.body.texts[span.paragraph]
        inner = text[span.start : span.end].rstrip()
        # Russian sets the comma after the closing mark and a dash before the attribution:
        # '«Это провокация», — заявил он' is as short a quote as '"Not yet," he said'
        dashed = DASHED_ATTRIBUTION_RE.match(text, span.end + 1) if self.speech_dashes else None
        if not span.closed or not (inner.endswith((",", "!", "?")) or dashed):
            return False
        if dashed and text[dashed.end() :].lower().startswith(tuple(self.according)):
            return True  # '«Это провокация», — цитирует ТАСС Шойгу': whom the source quotes speaks
        doc = self.body.docs[span.paragraph]
        after = [t for t in doc if t.idx > span.end and not t.is_punct][:8]
        for verb in after:
            if verb.lemma_.lower() not in self.verbs or verb.pos_ not in {"VERB", "AUX"}:
                continue
            # the verb first ("said Smith"), or after its subject ("he said", "the minister said")
            subject = self._subject(verb, [(span.start, span.end)])
            return verb.i == after[0].i or (subject is not None and subject.left_edge.i <= after[0].i)
        return False

    @cached_property
    def spans(self) -> list[QuoteSpan]:
        """Quoted passages, a quote left open at a paragraph's end joined to its sequel."""
        result: list[QuoteSpan] = []
        carry: QuoteSpan | None = None
        for index, text in enumerate(self.body.texts):
            for start, end, closed in quote_spans(text, self.nest_straight, carried=carry is not None):
                inner = text[start:end].strip()
                if carry is not None:
                    # a transcript's next turn ('"PENCE: ...'), opened as a quotation is carried on,
                    # is another speaker's
                    if start <= 1 and not self._transcript_speaker(index, start):
                        carry.text = f"{carry.text} {inner}"
                        carry.closed = closed
                        carry.tail = (index, start, end)
                        if closed:
                            result.append(carry)
                            carry = None
                        continue
                    result.append(carry)
                    carry = None
                span = QuoteSpan(index, start, end, closed, inner)
                if closed or end < len(text):
                    result.append(span)
                else:
                    carry = span
            if carry is not None and self._runs_on(carry, index):
                # a quotation opened once over several paragraphs, as Russian type sets it: this
                # paragraph, with no mark of its own, is its middle
                text = self.body.texts[index]
                carry.text = f"{carry.text} {text.strip()}"
                carry.tail = (index, 0, len(text))
            # a quotation left open goes on while each next paragraph opens with a quote mark
            if carry is not None and carry.last_paragraph != index:
                result.append(carry)
                carry = None
        if carry is not None:
            result.append(carry)
        if self.speech_dashes:
            result = self._with_dash_speech([part for span in result for part in self._narrated_parts(span)])
        for span in result:
            span.text = _tidy(span.text)
        return result

    def _runs_on(self, carry: QuoteSpan, index: int) -> bool:
        """Whether a quotation left open (`carry`) runs on through paragraph `index`: a language
        whose type opens a quotation of several paragraphs once and closes it once (speech.yaml
        `quotations_run_on`) prints its middle paragraphs with no mark, and the paragraph that
        closes it with a closing mark and none before it (`_closes_unopened`). A paragraph with
        no mark runs on when such a paragraph follows within MAX_RUN_ON paragraphs, with no mark
        in those between; else the quotation ended unclosed where it was left open."""
        if not self.runs_on or carry.last_paragraph != index - 1:
            return False
        texts = self.body.texts
        for later in range(index, min(index + MAX_RUN_ON, len(texts))):
            if not QUOTE_MARK_RE.search(texts[later]):
                continue
            if later == index:
                return False
            spans = quote_spans(texts[later], self.nest_straight)
            return bool(spans) and spans[0][0] == 0 and spans[0][2]
        return False

    def _narrated_parts(self, span: QuoteSpan) -> list[QuoteSpan]:
        """A quotation in one paragraph that the narrator's words break ("«..., — заявил Шойгу. —
        ...»") as its parts, each said by the subject of the narrator's verb; else the quotation."""
        if not span.closed or span.tail is not None:
            return [span]
        text = self.body.texts[span.paragraph]
        doc = self.body.docs[span.paragraph]
        parts = narrated_within(doc, span.start, span.end, self.speech_dashes, self.hyphens)
        return [
            QuoteSpan(
                span.paragraph, p.start, p.end, True, text[p.start : p.end].strip(), narrator=p.narrator
            )
            for p in parts
        ] or [span]

    def _with_dash_speech(self, spans: list[QuoteSpan]) -> list[QuoteSpan]:
        """The quoted passages and the stretches of dash-led speech, in text order; a passage in
        quotation marks inside a stretch is part of it ("— И я спросил: «...»")."""
        # (a paragraph whose dash was lost may hold names in marks: only a quotation keeps it narration)
        # a paragraph led by a typed hyphen is a turn of dialogue, not a list's item, by its run
        turns = hyphen_turns(self.body.docs, self.hyphens, self.speech_dashes)
        found = [
            dash_speech(
                doc,
                self.speech_dashes,
                self.hyphens,
                self.verbs,
                is_statement,
                index in turns,
                self._opens_block(index),
            )
            for index, doc in enumerate(self.body.docs)
        ]
        # a turn that runs on over paragraphs until the narrator's words close it
        found = continued_speech(self.body.docs, found, self.speech_dashes, self.hyphens, self.verbs)
        found = self._through_blocks(found)
        speech = [
            QuoteSpan(
                index,
                s.start,
                s.end,
                True,
                text[s.start : s.end].strip(),
                tail=s.tail,
                dash_led=True,
                narrator=s.narrator,
            )
            for index, text in enumerate(self.body.texts)
            for s in found[index]
        ]
        if not speech:
            return spans
        kept = [
            span
            for span in spans
            if not any(d.paragraph == span.paragraph and d.start <= span.start < d.end for d in speech)
        ]
        return sorted([*kept, *speech], key=lambda span: (span.paragraph, span.start))

    def _opens_block(self, index: int) -> bool:
        """Whether paragraph `index` opens a block the page set apart as quoted."""
        block = self.block_of.get(index)
        return block is not None and self.block_of.get(index - 1) != block

    def _through_blocks(self, found: list[list[Speech]]) -> list[list[Speech]]:
        """Dash-led speech that runs to the end of a paragraph in a blockquote goes on through
        the block's next paragraphs with no dash and no mark of their own: the block is one
        turn ("– Видимо, это идет подземная вода. ..." / "Людей никто не бросает, ..."), where
        a turn out of one ends with its paragraph unless a narrator closes it (continued_speech)."""
        result = [list(speeches) for speeches in found]
        for index in range(1, len(result)):
            block = self.block_of.get(index)
            text = self.body.texts[index]
            before = result[index - 1]
            if (
                block is None
                or self.block_of.get(index - 1) != block
                or result[index]
                or not before
                or before[-1].narrator is not None
                or before[-1].end < len(self.body.texts[index - 1].rstrip())
                or QUOTE_MARK_RE.search(text)
            ):
                continue
            opening = len(text) - len(text.lstrip())
            result[index] = [Speech(opening, len(text.rstrip()), None)]
        return result

    # ------------------------------------------------------------ speakers

    def attribution(self, paragraph: int, offset: int) -> str | None:
        """Who a statement at `offset` belongs to: the quote's speaker, else the sentence's."""
        for span in self.spans:
            if span.paragraph == paragraph and span.start <= offset < span.end:
                return self.speaker(span, self.spans, describe=False)
        sentence = sentence_of(self.body.docs[paragraph], offset)
        probe = QuoteSpan(paragraph, sentence.start_char, sentence.start_char, True, span_text(sentence))
        return self.speaker(probe, [], describe=False)

    def speaker(self, span: QuoteSpan, spans: list[QuoteSpan], describe: bool = True) -> str | None:
        """Who says the passage `span`: named, or resolved from a pronoun or role; with
        `describe`, an unnamed speaker by the words that describe them ("a senior official")."""
        doc = self.body.docs[span.paragraph]
        quoted = [
            (s.start, s.end)
            for s in spans
            if s.paragraph == span.paragraph and not self._named_by_dash_verb(span, s, doc)
        ]
        labelled = self._transcript_speaker(span.paragraph, span.start)
        if labelled:
            return labelled
        if span.narrator is not None:
            # "— ..., — попросил коллегу господин Путин": the narrator's verb names the speaker
            name = self._quoted_one(span, doc[span.narrator], quoted, describe)
            if name:
                return name
            subject = self._subject(doc[span.narrator], quoted)
            name = self._resolve(span.paragraph, subject, describe) if subject is not None else None
            if name:
                return name
        # "“...” ― Jane Doe": a name after a dash closes the paragraph (a pull quote, a vox pop)
        signed = self._signed_after_dash(span)
        if signed:
            return signed
        sentences = _sentences_around(doc, span.start, span.end, quoted, self.verbs)
        # "In Lukashenka's words, ..."
        for sentence in sentences:
            match = self.words_re.search(span_text(sentence))
            if match:
                mention = self.body.mention_at(
                    span.paragraph,
                    sentence.start_char + match.start("name"),
                    sentence.start_char + match.end("name"),
                    ("people", "organisations"),
                )
                if mention:
                    return mention.name
        # "In his words, ...": whom the possessive stands for
        for sentence in sentences:
            for word in sentence:
                if (
                    word.lower_ in self.possessives
                    and word.head.lower_ in self.view_nouns
                    and word.head.head.lower_ in self.view_prepositions
                    and not _inside(word.idx, quoted)
                ):
                    name = self._possessor(span, word, quoted, describe)
                    if name:
                        return name
        # "По его мнению, Британия должна стать «...»": whose words the sentence says they are,
        # before any verb's subject in it (a source it cites: "..., RT пишет")
        possessed = self._by_possessive(span, sentences[:1], quoted, describe)
        if possessed:
            return possessed
        if self.citing:
            # "Как пишет Bloomberg со ссылкой на слова министра Антона Силуанова, «...»": the
            # source the outlet cites (speech.yaml `citing_phrases`), not the outlet that writes
            cited = self._according_to(span, sentences, quoted, describe, phrases=self.citing)
            if cited:
                return cited
        # nearest speech verb outside the quotes, then its subject
        verbs = [
            t
            for sentence in sentences
            for t in sentence
            if (t.lemma_.lower() in self.verbs or self._makes_statement(t)) and not _inside(t.idx, quoted)
        ]
        # the nearest, but not a verb after the quotation whose clause does not hold it: in
        # 'Stuckey said she was "shocked" when Drown told her' Stuckey says it
        # nor the verb of what a speaker set aside says: in 'Jesus, he continued, doesn't ask ...:
        # "..."' he speaks, not Jesus
        verbs.sort(
            key=lambda t: (
                t.idx >= span.end and not any(span.start <= w.idx < span.end for w in t.subtree),
                self._reported_aside(t),
                min(abs(t.idx - span.start), abs(t.idx - span.end)),
            )
        )
        for verb in verbs:
            subject = self._subject(verb, quoted)
            # "«...», — было отмечено в заявлении группы": a speech verb in the passive speaks
            # through the statement it was said in, as an impersonal one does (a case-marking
            # language's tagger tells the voice)
            passive = self.by_lemma and verb.morph.get("Voice") == ["Pass"]
            if subject is not None and subject.dep_ == "nsubjpass" and subject.head == verb:
                # "the breach was announced on Telegram": what is said, not who says it
                if not passive:
                    continue
                subject = None
            if subject is None and (verb.lemma_.lower() in self.impersonal_verbs or passive):
                subject = self._statement_of(verb)
            if subject is None and self.source_prepositions:
                subject = self._speaking_body(verb)
            if subject is not None:
                name = self._resolve(span.paragraph, subject, describe)
                if name:
                    return name
            elif self.drops_subjects:
                name = self._person_after_dash(span.paragraph, verb) or self._dropped_subject(
                    span.paragraph, verb, describe
                )
                if name:
                    return name
        # "Kelly charged, '...'", "Trump boomed: '...'": whoever does what the quote is the
        # object of, when that verb is not a known speech verb; a name or a person's pronoun
        # "Jones: '...'", "doesn't surprise pollster Daron Shaw: '...'": a name and a colon right
        # before the quote, before the subject of the verb the quote hangs on ("the timing")
        named = self._named_before_colon(span)
        if named:
            return named
        opened = (
            self._according_to(span, sentences[:1], quoted, describe, opening=True) if self.by_lemma else None
        )
        if opened:
            return opened
        governing = self._governing_verb(span, doc)
        if governing is not None:
            name = self._quoted_one(span, governing, quoted, describe)
            if name:
                return name
        if governing is not None and governing not in verbs:
            subject = self._subject(governing, quoted)
            # an active verb's subject: "the force must be deployed '...'" quotes no one
            if (
                subject is not None
                and subject.dep_ == "nsubj"
                and (subject.pos_ in {"PROPN", "PRON"} or self._named_in(span.paragraph, subject))
            ):
                name = self._resolve(span.paragraph, subject, describe=False)
                if name:
                    return name
        intent = self._intent_of(span, doc)
        if intent is not None:
            # "Представители профсоюза намерены «добиваться повышения зарплат ...»": what the
            # subject means to do, quoted as the subject's own words
            subject = self._subject(intent, quoted)
            if subject is not None and subject.dep_ == "nsubj":
                # (a group described, "представители республиканца", is no one person named before)
                group = subject.pos_ == "NOUN" and subject.morph.get("Number") == ["Plur"] and describe
                name = (
                    _role_phrase(subject, self.partitives, self.role_qualifiers)
                    if group
                    else self._resolve(span.paragraph, subject, describe)
                )
                if name:
                    return name
        # "..., according to X"
        return self._according_to(span, sentences, quoted, describe)

    def _according_to(
        self,
        span: QuoteSpan,
        sentences: list[Span],
        quoted: list[tuple[int, int]],
        describe: bool,
        opening: bool = False,
        phrases: Sequence[str] = (),
    ) -> str | None:
        """ "..., according to X", "по словам X": the source the sentence names. With `opening`, only
        a phrase that opens the sentence and says whose view it is (speech.yaml `according_to_roles`:
        "По мнению американских властей, все они являются частью «...»"), which outranks the
        subject of the verb the quotation hangs on. `phrases`: only those, not every one."""
        for sentence in sentences:
            lower = span_text(sentence).lower()
            for phrase in phrases or self.according:
                at = lower.find(phrase)
                if opening and (phrase not in self.according_roles or lower[:at].strip()):
                    continue
                if at >= 0 and not _inside(sentence.start_char + at, quoted):
                    start = sentence.start_char + at + len(phrase)
                    word = next((t for t in sentence if t.idx >= start and not t.is_punct), None)
                    if (
                        word is not None
                        and word.pos_ == "PRON"
                        and word.morph.get("Person") == ["3"]
                        and word.morph.get("Poss") != ["Yes"]
                    ):
                        # "According to him the items recovered include ...": whom the pronoun
                        # refers to, not the first name after it ("according to his diary" is the
                        # diary's)
                        name = self._resolve(span.paragraph, word, describe)
                        if name:
                            return name
                    if phrase in self.according_roles and word is not None:
                        # "по словам главы МИД": the role's holder, whom the text named before, not
                        # the body the role is held in
                        holder = self._holder_of_role(span.paragraph, word)
                        if holder:
                            return holder
                    head = _phrase_head(word) if word is not None and self.by_lemma else None
                    named = (
                        self.body.mention_of_token(span.paragraph, head, ("people", "organisations"))
                        if head is not None
                        else None
                    )
                    if named is not None and not _inside(named.start, [(span.start, span.end)]):
                        # "По версии Кремля, в разговоре Путина и Байдена ...": the source the phrase
                        # names right after it, not a person named later in the sentence
                        return named.name
                    if phrase in self.according_roles and head is not None and self._possessed_agent(head):
                        # "по словам советника Зеленского", "по словам жены Алексея Смирнова":
                        # somebody of the person named, whom the text did not name before
                        if describe:
                            return _role_phrase(head, self.partitives, self.role_qualifiers)
                        return None
                    name = self._first_mention_after(
                        span.paragraph, start, sentence.end_char, outside=(span.start, span.end)
                    )
                    if name:
                        return name
                    # "по версии ведомства", "according to the ministry": a role or a body's kind
                    # refers back to whoever was named with it
                    if phrase in self.according_roles and word is not None and self._reference_word(word):
                        name = self._resolve(span.paragraph, word, describe=False)
                        if name:
                            return name
                    if head is not None and head.pos_ == "NOUN" and phrase in self.according_roles:
                        # "по словам олимпийской чемпионки" after "Олимпийская чемпионка ...
                        # Аделина Сотникова": the role written before a named person is theirs
                        written = self._role_written_before(span.paragraph, head) if self.by_lemma else None
                        if written:
                            return written
                    if (
                        head is not None
                        and head.pos_ == "NOUN"
                        and describe
                        and phrase in self.according_roles
                    ):
                        # "по мнению американских властей": nobody named, the words that describe
                        # the source, in the nominative ("американские власти")
                        return _role_phrase(head, self.partitives, self.role_qualifiers)
                    noun = _phrase_head(word) if word is not None and not self.articleless else None
                    if noun is not None and noun.pos_ == "NOUN":
                        # "according to the newspaper", "according to the documents": a role or a
                        # statement refers back to whom it names; any other noun describes the source
                        if self._reference_word(noun) or noun.lower_ in self.statement_refs:
                            name = self._resolve(span.paragraph, noun, describe)
                        elif describe and any(c.dep_ in {"det", "poss"} for c in noun.children):
                            # a noun phrase with its article ("the news outlet"), not "quoted by name"
                            name = _role_phrase(noun, self.partitives, self.role_qualifiers)
                        if name:
                            return name
        return None

    def _reported_aside(self, verb: Token) -> bool:
        """A verb whose clause a speech verb set aside before it reports ("Jesus, he continued,
        doesn't ask", "Biden, she said, was"): its subject is what is said about, not who says it.
        The aside stands between the subject and its verb ('"...," Molle said' is no aside)."""
        subjects = [c.i for c in verb.children if c.dep_ in SUBJECT_DEPS]
        return bool(subjects) and any(
            c.dep_ in {"parataxis", "ccomp"}
            and subjects[0] < c.i < verb.i
            and c.lemma_.lower() in self.verbs
            and any(s.dep_ in SUBJECT_DEPS for s in c.children)
            for c in verb.children
        )

    def _quoted_one(
        self, span: QuoteSpan, verb: Token, quoted: list[tuple[int, int]], describe: bool
    ) -> str | None:
        """ "«...», — цитирует Шойгу ТАСС": the one a quoting verb quotes speaks, not the source quoting
        them: its object when it names someone ("приводит слова Пескова ТАСС") or is someone
        described, whom a possessive stands for ("приводит его слова газета"); a thing it quotes
        ("приводит пример Самодин") leaves the subject to speak."""
        if verb.lemma_.lower() not in self.quoting_verbs:
            return None
        quoted_one = next((c for c in verb.children if c.dep_ == "dobj" and not _inside(c.idx, quoted)), None)
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and not _inside(c.idx, quoted)]
        if (
            quoted_one is not None
            and quoted_one.pos_ == "PROPN"
            and any(s.pos_ == "NOUN" and s.i == quoted_one.i - 1 for s in subjects)
        ):
            # "цитирует агентство Reuters пресс-секретаря Кремля": the name right after the quoter's
            # noun is the quoter's own name, which the parser took for the object
            quoted_one = None
        if quoted_one is None and subjects:
            # "цитирует Infox.ru пресс-службу Минобороны": the parser took the object, in the
            # accusative, for a subject (a second, a third when the quoter is named with its kind,
            # "цитирует газета Известия заместителя министра"; or the only one, the quoter taken for
            # something else, "цитирует ТАСС представителя министерства"); a person's accusative
            # is written as the genitive ("пресс-секретаря Кремля")
            quoted_one = next(
                (
                    c
                    for c in subjects
                    if c.morph.get("Case") == ["Acc"]
                    or (c.morph.get("Case") == ["Gen"] and "Anim" in c.morph.get("Animacy"))
                ),
                None,
            )
            subjects = [c for c in subjects if c is not quoted_one]
        if quoted_one is None:
            return None
        quoter = subjects[0] if subjects else None
        if (
            quoter is not None
            and (
                quoted_one.ent_type_ == "ORG"
                or self.body.mention_of_token(span.paragraph, quoted_one, ("organisations",))
            )
            and (
                quoter.ent_type_ == "PERSON"
                or self.body.mention_of_token(span.paragraph, quoter, ("people",))
            )
        ):
            # "цитирует Лукашенко БелТА": a name that does not decline reads as the subject and the
            # agency after it as the object; a body quotes a person, not the other way round
            quoted_one = quoter
        possessive = next((c for c in quoted_one.children if c.lower_ in self.possessives), None)
        if possessive is not None:
            return self._possessor(span, possessive, quoted, describe)
        # "цитирует ТАСС слова министра": the words are of whom the genitive after them names
        whose = next(
            (c for c in quoted_one.children if c.dep_ == "nmod" and c.morph.get("Case") == ["Gen"]), None
        )
        if (
            whose is not None
            and "Anim" in whose.morph.get("Animacy")
            and "Anim" not in quoted_one.morph.get("Animacy")
        ):
            # (a person quoted is the one who speaks: "заместителя министра" is the deputy's words)
            name = self._resolve(span.paragraph, whose, describe)
            if name:
                return name
        if whose is not None and quoted_one.lemma_.lower() in self.statement_refs:
            # "переводит заявление МОК «Би-би-си»": a statement quoted is its issuer's words
            mention = self.body.mention_of_token(span.paragraph, whose, ("organisations", "people"))
            if mention is not None:
                return mention.name
        name = self._resolve(span.paragraph, quoted_one, describe=False)
        if name is None and describe and "Anim" in quoted_one.morph.get("Animacy"):
            name = self._resolve(span.paragraph, quoted_one, describe)
        if name is None and quoted_one.lemma_.lower() in self.org_refs:
            # "цитирует Infox.ru пресс-службу Минобороны": a body quoted speaks, not the outlet quoting
            # it; the body its genitive names, else the words that name it
            body = next((c for c in quoted_one.children if c.dep_ == "nmod"), None)
            mention = self.body.mention_of_token(span.paragraph, body, ("organisations",)) if body else None
            if mention is not None:
                return mention.name
            name = _role_phrase(quoted_one, self.partitives, self.role_qualifiers)
        return name

    def _by_possessive(
        self, span: QuoteSpan, sentences: list[Span], quoted: list[tuple[int, int]], describe: bool
    ) -> str | None:
        """ "По её словам, «...»": a possessive pronoun inside an according-to phrase stands for the
        last person of its gender who was a subject (speech.yaml `possessive_pronouns`)."""
        for sentence in sentences:
            for word in sentence:
                if word.lower_ not in self.possessives or _inside(word.idx, quoted):
                    continue
                noun = word.head
                case = next((c for c in noun.children if c.dep_ == "case"), None)
                if case is None or f"{case.lower_} {noun.lower_}" not in self.according_roles:
                    continue
                name = self._possessor(span, word, quoted, describe)
                if name:
                    return name
        return None

    def _possessor(
        self, span: QuoteSpan, word: Token, quoted: list[tuple[int, int]], describe: bool
    ) -> str | None:
        """Whom a possessive pronoun ("его", "её") stands for: whoever last spoke in the paragraph,
        named or described ("— рассказывает сотрудник министерства. По его мнению, «...»"), else
        the last person of its gender (one person: not a source that spoke, "Об этом сообщает The
        Guardian. «...», — приводит его слова газета", nor many, "казни требуют жители")."""
        gender = [self.possessives[word.lower_]]
        for token in reversed(word.doc[: word.i]):
            if (
                token.dep_ in SUBJECT_DEPS
                and token.head.lemma_.lower() in self.verbs
                and not _inside(token.idx, quoted)
                and _same_gender(word, token, gender)
                and token.ent_type_ != "ORG"
                and token.morph.get("Number") != ["Plur"]
                and self.body.mention_of_token(span.paragraph, token, ("organisations",)) is None
            ):
                name = self._resolve(span.paragraph, token, describe)
                if name:
                    return name
        return self._antecedent(span.paragraph, word, ("people",), gender=gender)

    def _governing_verb(self, span: QuoteSpan, doc) -> Token | None:
        """The verb outside the quote that the quoted words hang on (through a preposition:
        "by saying '...'"): what the quote is said by."""
        inside = [t for t in doc if span.start <= t.idx < span.end]
        tops = [t for t in inside if not (span.start <= t.head.idx < span.end) and t.head.i != t.i]
        for top in tops:
            token = top.head
            for _ in range(4):
                if token.pos_ in {"VERB", "AUX"}:
                    return token
                if token.head.i == token.i:
                    break
                token = token.head
        if not tops and inside:
            # the parser hung the attribution on the quote ('Hillary shot back, "I suppose ..."'
            # read as what "suppose" governs): the verb outside that hangs on a quoted word; a
            # copula too when a colon opens the quote ('Paul Simmons was blunt: "We made mistakes"'
            # read with "was" under "made"), not one that only sets the scene ('Though many Marines
            # are battle-tested, some "may never have stepped aboard a ship"')
            colon = doc.text[: span.start].rstrip(" “\"‘'").endswith(":")
            hung = [
                t
                for t in doc
                if not span.start <= t.idx < span.end
                and span.start <= t.head.idx < span.end
                and (t.pos_ == "VERB" or t.pos_ == "AUX" and colon and t.idx < span.start)
                and (
                    t.dep_ in {"ccomp", "parataxis", "advcl"}
                    # "«...», — слова директора приводит «Коммерсантъ»": a speech verb after the
                    # quote that the parser left unlabelled under a quoted word
                    or t.dep_ == "dep"
                    and t.idx >= span.end
                    and t.lemma_.lower() in self.verbs | self.quoting_verbs
                )
            ]
            if hung:
                return hung[0]
        return None

    def _intent_of(self, span: QuoteSpan, doc: Doc) -> Token | None:
        """The predicate outside a quotation that opens with the infinitive it governs ("намерены
        «обжаловать решение суда»", "готовы «выйти на забастовку ...»", "intend to 'fight ...'"):
        one quotation of what its subject means or is ready to do, at the quotation's start."""
        inside = [t for t in doc if span.start <= t.idx < span.end]
        tops = [t for t in inside if not (span.start <= t.head.idx < span.end) and t.head.i != t.i]
        if len(tops) != 1 or tops[0].i != inside[0].i:
            return None
        top = tops[0]
        if top.dep_ != "xcomp" or top.morph.get("VerbForm") != ["Inf"] or top.head.idx >= span.start:
            return None
        return top.head if top.head.pos_ in {"VERB", "AUX", "ADJ"} else None

    def _transcript_speaker(self, paragraph: int, start: int) -> str | None:
        """The person a transcript's label names at the start of a quoted turn ('"WALLACE: Let's
        start ...', '"Pence: Well, ...'): a person the text names, by the label's last word."""
        match = TRANSCRIPT_LABEL_RE.match(self.body.texts[paragraph], start)
        if not match:
            return None
        last = match.group("label").split()[-1].lower()
        for mention in self.body.mentions:
            if mention.kind == "people" and mention.name.split()[-1].lower() == last:
                return mention.name
        return None

    def _signed_after_dash(self, span: QuoteSpan) -> str | None:
        """The person or organisation named after a dash that follows the quote and ends its
        paragraph, with nothing else after the quote: "“...” ― Jane Doe.", "“...”— Jane Doe"."""
        text = self.body.texts[span.paragraph]
        match = SIGNATURE_RE.match(text, span.end)
        if not match:
            return None
        signature = match.group(1).strip()
        mention = self.body.mention_at(
            span.paragraph, match.start(1), match.end(1), ("people", "organisations")
        )
        # the whole signature is the name: "― Jane Doe", not "— and Doe said"
        if mention and text[mention.start : mention.end].strip() == signature:
            return mention.name
        # a name the model did not read as one: capitalised words, as a signature is written
        signed = SIGNED_NAME_RE.match(signature) and all(w[:1].isupper() for w in signature.split())
        return signature if mention is None and signed else None

    def _named_before_colon(self, span: QuoteSpan) -> str | None:
        """A person or organisation named right before a colon that opens the quote."""
        text = self.body.texts[span.paragraph]
        before = text[: span.start].rstrip(" “\"‘'«„")
        paragraph = span.paragraph
        if not before.strip() and paragraph > 0:
            paragraph -= 1
            before = self.body.texts[paragraph].rstrip()
        match = re.search(r"([^\W\d][\w.’'-]*(?: [^\W\d][\w.’'-]*){0,3})\s*:\s*$", before)
        if not match:
            return None
        # the name must end where the colon begins: "Jones:", not "Jones said this:" (nor the
        # party of "Republican pollster Daron Shaw:")
        for mention in self.body.mentions:
            if (
                mention.paragraph == paragraph
                and mention.kind in ("people", "organisations")
                and match.start(1) <= mention.end <= match.end(1)
                and before[mention.end : match.end()].strip() == ":"
            ):
                return mention.name
        return None

    def _subject(self, verb: Token, quoted: list[tuple[int, int]]) -> Token | None:
        """Who does the speaking: the verb's subject outside the quotes, or the speaker placed
        after it ('"Enough," said the chairman', which the parser may read as an object)."""
        main = self._main_subject_of_participle(verb, quoted)
        if main is not None:
            return main
        token = verb
        for _ in range(3):
            subjects = [c for c in token.children if c.dep_ in SUBJECT_DEPS and not _inside(c.idx, quoted)]
            if subjects:
                return self._subject_among(verb, subjects)
            if token.dep_ == "pcomp" and token.head.dep_ == "prep":
                token = token.head.head  # "punctuated his speech by saying": who punctuated
                # "State television quoted President Lind as saying": the one a quoting verb
                # quotes speaks, not the medium quoting (speech.yaml `quoting_verbs`)
                if token.lemma_.lower() in self.quoting_verbs:
                    quoted_one = next(
                        (c for c in token.children if c.dep_ == "dobj" and not _inside(c.idx, quoted)), None
                    )
                    if quoted_one is not None:
                        return quoted_one
            elif token.dep_ in {"advcl", "xcomp", "conj", "ccomp", "relcl", "dep", "csubj"}:
                # csubj: 'Declaring "..." is at stake, Gates has ordered': the parser made the
                # opening participle the subject of the clause it reports
                token = token.head
            elif token.dep_ == "acl" and token.head.pos_ in {"NOUN", "PROPN"} and verb.tag_ == "VBG":
                # "the leader ..., saying ...", "a statement saying": who says; "His family issued
                # a statement asking ...": whoever issued it
                noun = token.head
                issued = noun.dep_ == "dobj" and noun.lower_ in self.statement_refs
                issuer = [c for c in noun.head.children if c.dep_ in SUBJECT_DEPS] if issued else []
                return issuer[0] if issuer else noun
            else:
                break
        if verb.pos_ not in {"VERB", "AUX"}:
            return None  # "the Union State treaty" has a speech verb's letters, not a verb
        if verb.i > 0 and verb.nbor(-1).is_punct and _inside(verb.nbor(-1).idx - 1, quoted):
            after = [c for c in verb.rights if c.dep_ in INVERTED_DEPS and c.pos_ in {"PROPN", "NOUN"}]
            if after:
                return after[0]
            named = _name_right_after(verb)
            if named is not None:
                return named
        inverted = _named_after_dash(verb, self.speech_dashes)
        if inverted is not None:
            return inverted
        return _between_quote_and(verb, quoted)

    def _subject_among(self, verb: Token, subjects: list[Token]) -> Token:
        """The one of a verb's subjects that speaks, where the parser found more than one, or one
        the verb does not agree with; the first otherwise. Russian only (grammar.yaml
        `match_lemmas`): read by the agreement an inflecting language shows; a description and
        the name after it in any language."""
        first = subjects[0]
        # "— посетовала уфимка Алина Хакимова", "Spokesman for the ministry John Kirby added": a
        # description and the name right after it, which the parser made two subjects; the name is
        # whom the description describes
        named = next(
            (
                s
                for s in subjects[1:]
                if first.pos_ == "NOUN"
                and s.pos_ == "PROPN"
                # the name's first word right after the description's last ("Alina Khakimova")
                and s.left_edge.i == first.right_edge.i + 1
                # not an agency the words were told to ("— заявил пресс-секретарь Кремля Дмитрий
                # Песков ТАСС": an indeclinable name the parser took for a second subject), which
                # is no person and follows a description that has its name already; in English,
                # which declines no name, only a person's name describes
                and (
                    s.ent_type_ == "PERSON"
                    or (self.by_lemma and not any(t.ent_type_ == "PERSON" for t in first.subtree))
                )
            ),
            None,
        )
        if named is not None:
            return named
        if not self.by_lemma:
            return first
        # "— прокомментировали LifeTambov.ru в пресс-службе СУ СКР": a verb in the plural with
        # one name in the singular for its subject does not agree with it; the name is whom the
        # words were told to (a dative the parser misread), the body named where they were said
        # speaks (speech.yaml `source_prepositions`)
        if (
            verb.morph.get("Number") == ["Plur"]
            and first.morph.get("Number") != ["Plur"]
            and not any(c.dep_ == "conj" for c in first.children)
        ):
            body = self._speaking_body(verb)
            if body is not None:
                return body
        return first

    def _main_subject_of_participle(self, verb: Token, quoted: list[tuple[int, int]]) -> Token | None:
        """'The Bureau rejected claims that the transfer had to do with it, stating, "..."': a
        participle set off by a comma after the main clause speaks for that clause's subject,
        wherever the parser hung it (here on "had", whose subject is "the transfer")."""
        if (
            verb.tag_ != "VBG"
            or verb.i == 0
            or verb.nbor(-1).text != ","
            or verb.dep_ not in {"advcl", "conj"}
        ):
            return None
        root = sentence_of(verb.doc, verb.idx).root
        if root.i >= verb.i or verb.head.i == root.i:
            return None  # hung on the main verb already: its subject is found the usual way
        subjects = [c for c in root.children if c.dep_ in SUBJECT_DEPS and not _inside(c.idx, quoted)]
        return subjects[0] if subjects else None

    def _statement_of(self, verb: Token) -> Token | None:
        """'«...», — говорится в заявлении чиновника': a verb with no subject that a statement
        speaks through; whoever issued the statement (its genitive, "чиновника") speaks, else the
        statement itself, resolved to whoever spoke just before."""
        said = [c for c in verb.children if c.dep_ in {"obl", "nmod"}]
        statement = next((c for c in said if c.lemma_.lower() in self.statement_refs), None)
        # "— говорилось на сайте Минфина США": a place words are published in (speech.yaml
        # `statement_places`) speaks for whom its genitive names, and for no one alone
        place = next((c for c in said if c.lemma_.lower() in self.statement_places), None)
        if statement is None and place is None:
            return None
        owner = next(
            (c for c in (statement or place).children if c.dep_ == "nmod" and c.pos_ in {"NOUN", "PROPN"}),
            None,
        )
        return owner if owner is not None or statement is None else statement

    def _reference_word(self, token: Token) -> bool:
        """A word that refers back to a person or a body named before ("министра", "ведомства")."""
        word = token.lemma_.lower() if self.by_lemma else token.lower_
        return word in self.person_refs or word in self.org_refs

    def _body_in_full(self, subject: Token) -> str | None:
        """ "заявили в министерстве обороны Украины": where it was said, a body's kind with the words
        that make it one body (a genitive after it) names that body, in the nominative, though the
        model found no name there ("Министерство обороны Украины"); the kind alone ("в
        министерстве") refers back, as a subject does ("Правительство России объявило": whoever the
        text named). Only where reference words are lemmas (grammar.yaml `match_lemmas`): a case to
        undo."""
        lefts = list(subject.lefts)
        # "в региональном министерстве здравоохранения": the adjectives that agree with it, right
        # before it, belong to the name, put in the nominative with it
        described = [
            c for c in lefts if c.dep_ == "amod" and c.morph.get("Case") == subject.morph.get("Case")
        ]
        start = min([c.i for c in described] + [subject.i])
        if (
            not self.by_lemma
            or subject.pos_ != "NOUN"
            or [c.dep_ for c in lefts if c not in described] != ["case"]
            or any(subject.doc[i].pos_ != "ADJ" for i in range(start, subject.i))
        ):
            return None
        qualifiers = [c for c in subject.rights if c.dep_ == "nmod" and c.pos_ in {"NOUN", "PROPN"}]
        if not qualifiers:
            return None
        end = max(t.i for q in qualifiers for t in q.subtree)
        if described:
            return nominative(list(subject.doc[start : end + 1]), subject)
        words = subject.doc[subject.i + 1 : end + 1].text
        return f"{subject.lemma_[:1].upper()}{subject.lemma_[1:]} {words}"

    def _title_body(self, role: str, kind: str = "") -> tuple[str, str] | None:
        """The body a role's post heads, as its kind and its name ("министерство", "Министерство
        сельского хозяйства России" of "Министр сельского хозяйства России"; "Министерство финансов"
        of "Заместитель министра финансов"): the body the title names (speech.yaml `title_bodies`)
        with the words after the title, or a body of `kind` the role names after its head's title
        ("департамент транспорта Москвы" of "Руководитель департамента транспорта Москвы"); None
        for a role without such a title or without words to tell which body ("Министр").
        """
        words = role.split()
        for index, word in enumerate(words):
            found = self.title_forms.get(word.lower())
            if not found and index and kind and kind not in self.any_body_refs and _stem(word) == _stem(kind):
                found = kind
            if found:
                rest = words[index + 1 :]
                return (found, f"{found[:1].upper()}{found[1:]} {' '.join(rest)}") if rest else None
        return None

    def _body_by_title(self, paragraph: int, subject: Token) -> str | None:
        """A body named only by the title of its head: "— уточнили в министерстве" after "Министр
        сельского хозяйства России Дмитрий Патрушев заявил ..." is "Министерство сельского хозяйства
        России"; "сообщила пресс-служба мэрии", "сообщила его пресс-служба" after "Мэр Москвы Сергей
        Собянин" are "мэрия Москвы"; "в администрации губернатора" after "Губернатор Свердловской
        области" the governor's administration of that region. None where the words name a body
        themselves (a name, a genitive that is not a reference: "в министерстве обороны") or where a
        body of that kind the text named is nearer (whom the existing reference reading finds)."""
        if not self.by_lemma or subject.pos_ not in {"NOUN", "PROPN"}:
            return None
        kind = subject.lemma_.lower()
        if kind not in self.org_refs:
            return None
        if self.body.mention_of_token(paragraph, subject, ("organisations",)) and not all(
            t.lemma_.lower() in self.org_refs or t.lemma_.lower() in self.title_bodies
            for t in subject.subtree
            if t.pos_ in {"NOUN", "PROPN"}
        ):
            # a name the model found, of more than reference words ("Пресс-служба министерства")
            return None
        qualifiers = [c for c in subject.rights if c.dep_ == "nmod" and c.pos_ in {"NOUN", "PROPN"}]
        if len(qualifiers) > 1:
            return None
        if qualifiers:
            owner = qualifiers[0]
            if any(c.dep_ == "nmod" for c in owner.children):
                return None  # "пресс-служба губернатора Кузбасса": named in full
            whose = owner.lemma_.lower()
            if whose in self.org_refs and kind in self.body_voices:
                # "пресс-служба министерства", "пресс-служба компании": that body speaks, whichever
                # the text means
                return self._body_by_title(paragraph, owner) or self._resolve(paragraph, owner)
            if whose not in self.title_bodies:
                # "пояснили в министерстве транспорта" after "Министр транспорта Татарстана": the
                # body the minister's title names, of which these words are the start
                printed = f"{kind} {subject.doc[subject.i + 1 : owner.right_edge.i + 1].text}".lower()
                holder = self._title_holder_before(
                    paragraph, subject.idx, lambda body: body[1].lower().startswith(printed + " "), kind
                )
                body = self._title_body(self.body.roles.get(holder.name, ""), kind) if holder else None
                return body[1] if body else None
            # "в администрации губернатора": that post's holder's, the region his title names
            holder = self._title_holder_before(
                paragraph, subject.idx, lambda body: body[0] == self.title_bodies[whose]
            )
            if holder is None:
                return None
            role = self.body.roles.get(holder.name, "").split()
            rest = role[1:] if role and role[0].lower().startswith(whose) else []
            if not rest:
                return None
            words = subject.doc[subject.i : owner.i + 1].text
            return f"{kind[:1].upper()}{kind[1:]} {words[len(subject.text) :].strip()} {' '.join(rest)}"
        owners = [c for c in subject.children if c.dep_ in {"det", "poss"} and c.lower_ in self.possessives]
        if owners and kind in self.body_voices:
            # "его пресс-служба": the body the man it refers to heads
            person = self._antecedent(
                paragraph, owners[0], ("people",), gender=[self.possessives[owners[0].lower_]]
            )
            body = self._title_body(self.body.roles.get(person or "", ""))
            return body[1] if body else None
        if owners:
            return None
        anything = kind in self.any_body_refs
        holder = self._title_holder_before(
            paragraph, subject.idx, lambda body: anything or body[0] == kind, kind
        )
        if holder is None:
            return None
        # a body of that kind the text named since ("Министерство просвещения объявило ...
        # Министр Сергей Кравцов ..."; "Глава Минздрава Михаил Мурашко"): the reading by its name
        named = self.body.last_mention_before(paragraph, subject.idx, ("organisations",))
        since = named is not None and (named.paragraph, named.start) > (holder.paragraph, holder.start)
        if since and named is not None and (anything or _stem(kind) in named.name.lower()):
            return None
        body = self._title_body(self.body.roles.get(holder.name, ""), kind)
        return body[1] if body else None

    def _title_holder_before(
        self, paragraph: int, offset: int, fits: Callable[[tuple[str, str]], bool], kind: str = ""
    ) -> Mention | None:
        """The last person named before a point, outside quotations, whose role's title heads a body
        `fits` accepts (given the body's kind and name)."""
        for mention in self._unquoted_latest_first:
            if mention.kind != "people" or (mention.paragraph, mention.start) >= (paragraph, offset):
                continue
            body = self._title_body(self.body.roles.get(mention.name, ""), kind)
            if body and fits(body):
                return mention
        return None

    def _plural_subject_before(self, paragraph: int, pronoun: Token) -> Token | None:
        """The nearest plural noun of people ("Уфимцы", "жители") that is a subject before a plural
        pronoun, outside quotations, in its paragraph or the one before; None if none is."""
        for index, doc in ((paragraph, pronoun.doc), (paragraph - 1, None)):
            if index < 0:
                break
            doc = doc if doc is not None else self.body.docs[index]
            quoted = self._quoted_regions.get(index, [])
            end = pronoun.i if index == paragraph else len(doc)
            for token in reversed(doc[:end]):
                if (
                    token.dep_ in SUBJECT_DEPS
                    and token.pos_ == "NOUN"
                    and token.morph.get("Number") == ["Plur"]
                    and token.morph.get("Animacy") == ["Anim"]
                    and not _inside(token.idx, quoted)
                ):
                    return token
        return None

    def _body_cut_short(self, paragraph: int, subject: Token) -> str | None:
        """ "— прокомментировали в пресс-службе СУ СКР по Тамбовской области": a body's kind where it
        was said, whose genitive names a body the model found only the start of ("СУ"), is the body
        the genitive's whole phrase names ("СУ СКР по Тамбовской области"); None where the name found
        covers the genitive's words or the subject is no body's kind."""
        if not self.by_lemma or self._form(subject) not in self.org_refs:
            return None
        if self.body.mention_of_token(paragraph, subject, ("organisations",)):
            return None
        qualifier = next(
            (c for c in subject.rights if c.dep_ == "nmod" and c.pos_ in {"NOUN", "PROPN"}), None
        )
        if qualifier is None:
            return None
        mention = self.body.mention_of_token(paragraph, qualifier, ("organisations",))
        end = qualifier.right_edge.idx + len(qualifier.right_edge.text)
        if mention is None or qualifier.left_edge.i != qualifier.i or mention.end >= end:
            return None
        # the body itself speaks, not its press service (a body's statement is the body's): the
        # name found, then the words of the phrase it left out, which a genitive's qualifiers keep
        # as written
        rest = self.body.texts[paragraph][mention.end : end]
        if " ".join(mention.name.split()).endswith(" ".join(rest.split())):
            # the name already holds the words its mention left out ("Минобороны" read as the
            # body the data calls "Минобороны России"): they are not added twice
            return None
        return " ".join(f"{mention.name}{rest}".split())

    def _speaking_body(self, verb: Token) -> Token | None:
        """'«...», — утверждают в Greenpeace', 'в Кремле заявили': a verb in the plural with no
        subject speaks for a body named where it was said (speech.yaml `source_prepositions`)."""
        # (a plural past the tagger took for a noun, "– резюмировали в Кремле", has the verb's lemma
        # and no verb form)
        if verb.morph.get("Number") != ["Plur"] or verb.morph.get("VerbForm") not in (["Fin"], []):
            return None
        found = next(
            (
                child
                for child in verb.children
                if child.dep_ == "obl"
                and child.pos_ in {"NOUN", "PROPN"}
                and any(c.dep_ == "case" and c.lower_ in self.source_prepositions for c in child.children)
            ),
            None,
        )
        if found is not None and found.lemma_.lower() in self.statement_refs:
            # "— отметили в заявлении команды": whoever issued the statement, as "говорится в
            # заявлении команды" says (see `_statement_of`)
            owners = [c for c in found.children if c.dep_ == "nmod" and c.pos_ in {"NOUN", "PROPN"}]
            return owners[0] if owners else found
        if found is not None or not self.by_lemma or verb.morph.get("Person") in (["1"], ["2"]):
            return found
        # "— рассказали корреспонденту инфогруппы «ТУРПРОМ» в «Интуристе»": where it was said, among
        # the narrator's words after the verb, though the parser hung it on another of them: a
        # noun in the locative right after the preposition (and the adjectives and marks before it);
        # not in a clause of another verb ("Напомним, в Верховной раде создано ...": we remind)
        for token in verb.doc[verb.i + 1 : verb.sent.end]:
            if token.pos_ in {"VERB", "AUX"}:
                break
            if token.pos_ in {"NOUN", "PROPN"} and token.morph.get("Case") == ["Loc"]:
                before = token.i - 1
                while before > verb.i and (verb.doc[before].is_quote or verb.doc[before].pos_ == "ADJ"):
                    before -= 1
                if before > verb.i and verb.doc[before].lower_ in self.source_prepositions:
                    return token
        return None

    def _resolve(self, paragraph: int, subject: Token, describe: bool = True) -> str | None:
        """A subject word to a named speaker: the name itself, or whom it refers to."""
        holder = self._holder_of_role(paragraph, subject)
        if holder:
            return holder
        if (
            subject.lower_ in self.member_nouns
            and subject.tag_ in {"NN", "NNP"}
            and _definite(subject)
            and not self.articleless
        ):
            # "the Massachusetts Democrat said", "the Texas Republican told": one member of a party, a person
            # the text named before, not the party the model tagged the word as
            return self._by_role(paragraph, subject, ("people",), describe)
        headed = self._body_by_title(paragraph, subject)
        if headed:
            return headed
        named = self._named_in(paragraph, subject)
        if named:
            return self._body_cut_short(paragraph, subject) or named
        self_named = self._name_given_beside(subject)
        if self_named:
            return self_named
        if (
            subject.lemma_.lower() in self.relatives
            and subject.head.dep_ in {"relcl", "acl"}
            and not _inside(subject.idx, self._quoted_regions.get(paragraph, []))
            and subject.head.head.ent_type_ not in TIME_LABELS
        ):
            # "МИД, который призвал", "Greenpeace, which said": the relative pronoun stands for the
            # noun its clause describes; not one inside a quotation ("the users who posted" is
            # what a speaker says), nor a date the parser hung the clause on ("passed in September,
            # which set")
            described = subject.head.head
            kin = described.head.head
            if described.dep_ == "pobj" and described.head.dep_ == "prep" and self._form(kin) in self.kin:
                # "the mother of Maria Lopez, who said": the parser hangs the clause on the nearest
                # noun; a relative named by whom she is kin to is the one the clause describes
                described = kin
            return self._resolve(paragraph, described, describe)
        word = subject.lower_
        # a third person's pronoun, told apart by the tagger's morphology: a person's ("he",
        # "she": a gender other than neuter) or a thing's or a group's ("it", "they")
        third = subject.pos_ == "PRON" and subject.morph.get("Person") == ["3"]
        gender = subject.morph.get("Gender")
        if third and gender and gender != ["Neut"]:
            return self._antecedent(paragraph, subject, ("people",), describe=describe)
        if self.by_lemma and subject.pos_ != "PROPN":
            word = subject.lemma_.lower()  # "в сообщении" is a "сообщение"
        if word in self.statement_refs and _definite(subject):
            # "Cook provided a written statement." then '"...," the statement said': whoever issued
            # the statement the text introduced before; one introduced with no issuer speaks itself
            introduced = self._introduced_statement(paragraph, subject)
            if introduced is not None:
                issuer, token = introduced
                if issuer or not describe:
                    return issuer
                return _role_phrase(token, self.partitives, self.role_qualifiers)
        elif word in self.statement_refs and self.articleless:
            # "говорится в оповещении авиакомпаний": the issuer the statement's own words name; else
            # "Сообщение было разослано администрацией лицея." then "«...», — говорится в сообщении":
            # with no article to say so, a statement refers back when the text said who issued it
            issuer = self._issuer_in_case(paragraph, subject) if self.by_lemma else None
            introduced = None if issuer else self._introduced_statement(paragraph, subject)
            issuer = issuer or (introduced[0] if introduced is not None else None)
            if issuer:
                return issuer
        if third and self.by_lemma and subject.morph.get("Number") == ["Plur"]:
            # "Уфимцы негодуют, что ...: «...», – пишут они": a plural pronoun agrees with the
            # people a plural noun named as a subject just before, not with one person or body
            group = self._plural_subject_before(paragraph, subject)
            if group is not None:
                where = paragraph if group.doc is subject.doc else paragraph - 1
                return self._resolve(where, group, describe)
        if (
            third
            and (gender == ["Neut"] or subject.morph.get("Number") == ["Plur"])
            or word in self.statement_refs
        ):
            # "it said in a statement", "the statement said": whoever spoke just before; a Russian
            # plural pronoun ("– пишут они") is never one person, so only a body (English "they"
            # may stand for one person)
            plural = (
                self.by_lemma and subject.morph.get("Number") == ["Plur"] and word not in self.statement_refs
            )
            kinds = ("organisations",) if plural else ("organisations", "people")
            return self._antecedent(paragraph, subject, kinds, proper=not plural)
        if self.by_lemma and subject.pos_ == "PROPN" and subject.lemma_.lower() in self.person_refs:
            # "Диктатор подчеркнул": an epithet the tagger took for a name, for its capital
            return self._by_role(paragraph, subject, ("people",), describe)
        if subject.pos_ == "PROPN" and subject.text[:1].isupper():
            phrase = _proper_phrase(subject)
            definite = any(c.dep_ == "det" and c.morph.get("Definite") == ["Def"] for c in subject.children)
            parts = [t for t in subject.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"] + [subject]
            if definite and all(
                t.lower_.rstrip(".") in self.title_words
                or t.text.isupper()
                and (
                    t.lower_ in self.person_refs
                    or not self.articleless
                    and self._spelled_out_before(paragraph, t)
                )
                or self.body.mention_of_token(paragraph, t, ("organisations",))
                for t in parts
            ):
                # (an abbreviation the text wrote out as a post before somebody's name is that
                # post's, whether the data lists it or not: "The Director General (DG) of the
                # agency, Dr Amina Bello" then "the DG said")
                # "the Prime Minister said", "Director Etienne's ... the Director said": a title
                # alone refers to whoever holds it, a body's too ("the PAHO Director")
                return self._by_role(paragraph, subject, ("people",), describe)
            # a name the model did not tag: "Ukrenergo, the state operator, said"
            return self._named_in_full(phrase) if self.by_lemma else phrase
        if word in self.person_refs or _hyphen_parts(subject) & self.person_refs:
            # "the president-elect said": the parser takes "elect" for the subject
            return self._by_role(paragraph, subject, ("people",), describe)
        owners = _owners(subject)
        if word in self.org_refs and any(self._person_at(paragraph, c) for c in owners):
            # "Ryan's office said in a statement": his office, not the body named last
            return _role_phrase(subject, self.partitives, self.role_qualifiers) if describe else None
        if word in self.org_refs or _hyphenated(subject) in self.org_refs:
            # "the German think-tank concluded": the compound is the body's kind
            return self._body_in_full(subject) or self._by_role(paragraph, subject, ("organisations",))
        if word in self.party_nouns and _definite(subject):
            # "Judge Amy Jackson rejected the request" then "the judge said": the person the text
            # gave that title, not the defendant the sentence before was about (nor anyone else:
            # an untitled judge stays described, below)
            titled = self._titled_before(paragraph, subject)
            if titled:
                return titled
        # "his wife whispered": somebody's kin is not the last to speak (people.yaml `relatives`)
        kin = self._form(subject) in self.kin and (bool(_owners(subject)) or self._possessed_agent(subject))
        if subject.pos_ == "NOUN" and not _indefinite(subject, self.indefinites) and not kin:
            if self.articleless and self.by_lemma:
                # "Основатель компании Tesla Илон Маск ..." then "«...», — сказал основатель
                # компании": a word written before a named person as their role, whether or not
                # the lists know it for a title, refers back to that person
                written = self._role_written_before(paragraph, subject)
                if written:
                    return written
            # 'X said ... "...," the editor added': the same speaker, described
            named = self._speaker_earlier_in(paragraph, subject)
            if named:
                return named
            if self.articleless and _bare(subject) and paragraph > 0 and self._opens_with_quote(paragraph):
                # '"...", - заявил правитель.' after a paragraph in which Лукашенко spoke: a bare
                # epithet is the last speaker's (a described newcomer, "сотрудник министерства",
                # "один из задержанных", has words of their own; after narration no one is named)
                named = self._speaker_earlier_in(
                    paragraph - 1, self.body.docs[paragraph - 1][-1], epithets=True
                )
                if named:
                    return named
            if (
                self.articleless
                and self.by_lemma
                and subject.head.lemma_.lower() in self.verbs
                and self._described_person(subject)
            ):
                # "Теннисистка Людмила Самсонова вышла в четвертьфинал." then "«...», — сказала
                # россиянка": a bare word for a person, of no post nor trade the text brings
                # somebody new in with, describes the one the sentence before was about
                named = self._topic_person(paragraph, subject)
                if named:
                    return named
            if subject.head.lemma_.lower() in self.verbs and self._epithet(paragraph, subject):
                # "Musk is more focused on Mars. At the conference, the billionaire noted": a
                # description the writer uses for the person the text was just about
                named = self._topic_person(paragraph, subject)
                if named:
                    return named
        if subject.pos_ == "NUM" or subject.pos_ == "NOUN" and not subject.is_stop:
            # "a White House official", "the aide": nobody named, the text's description speaks;
            # a function word the tagger took for a noun ("None were alleged") describes no one
            return _role_phrase(subject, self.partitives, self.role_qualifiers) if describe else None
        return None

    def _role_written_before(self, paragraph: int, subject: Token) -> str | None:
        """The person an earlier sentence names right after a word of the subject's lemma, in one
        phrase with it (no verb nor punctuation but quotation marks between): "Кандидат в президенты
        Франции от партии «Национальное объединение» Марин Ле Пен" for "кандидат в президенты".
        The last person named in that phrase is the role's ("Врач Хиллари Клинтон Лиза Бардек" is
        the doctor Лиза Бардек); the latest such phrase before the subject is taken. None when the
        subject names a person of its own ("советник Зеленского") or no phrase names anyone."""
        if subject.morph.get("Number") == ["Plur"] or any(
            self.body.mention_of_token(paragraph, t, ("people",)) for t in subject.subtree
        ):
            # "врачи больницы" are not the doctor named before
            return None
        forms = self._title_forms_of(subject.lemma_.lower())
        people = [m for m in self.body.mentions if m.kind == "people"]
        for index in range(paragraph, -1, -1):
            quoted = self._quoted_regions.get(index, [])
            doc = self.body.docs[index]
            stems = self._lemma_stems[index]
            roles = []
            for t in doc:
                # the title's words written out, ending at t ("генеральный директор" for
                # "гендиректор"); its noun neither another's nor inside a quotation
                form = next((f for f in forms if _written_at(stems, t.i, f)), None)
                written = doc[t.i + 1 - len(form) : t.i + 1] if form else []
                noun = next((w for w in written if w.pos_ == "NOUN"), None)
                if (
                    noun is not None
                    and noun.dep_ != "nmod"
                    and (index < paragraph or t.i < subject.i)
                    and not _inside(t.idx, quoted)
                ):
                    roles.append(t)
            # (not a word that qualifies another's role: "Мама призывника Александра Тамара")
            for role in reversed(roles):
                phrase = []
                for token in doc[role.i + 1 : role.sent.end]:
                    mark = QUOTE_MARK_RE.fullmatch(token.text)
                    if token.pos_ in {"VERB", "AUX"} or token.is_punct and not mark:
                        break
                    if token.pos_ == "CCONJ" and any(
                        m.paragraph == index and role.idx < m.start and m.end <= token.idx for m in people
                    ):
                        # "Форвард Фёдор Смолов и главный тренер Михаил Галактионов": a conjunction
                        # after the role's holder opens another's role ("министр иностранных дел и
                        # европейской интеграции", before any name, is one role)
                        break
                    phrase.append(token)
                end = phrase[-1].idx + len(phrase[-1]) if phrase else role.idx
                named = [m for m in people if m.paragraph == index and role.idx < m.start and m.end <= end]
                if named:
                    return max(named, key=lambda m: m.start).name
                # a name the entities kept no mention of there (taken for a place in a headline's
                # line, say): the one person of the text whose name holds its last word
                tagged = [t for t in phrase if t.pos_ == "PROPN" and t.ent_type_ == "PERSON"]
                names = {m.name for m in people if tagged and tagged[-1].text in m.name.split()}
                if len(names) == 1:
                    return names.pop()
        return None

    def _title_forms_of(self, lemma: str) -> list[tuple[str, ...]]:
        """The ways a title may have been written when its holder was named, each as its words'
        stems: the title itself, the words a short form stands for (speech.yaml `title_short_forms`:
        "гендиректор" was the "генеральный директор"), and a former holder's prefix written out as
        its word (`former_prefixes`: "экс-премьер" was the "бывший премьер-министр")."""
        forms = [lemma]
        for prefix, word in self.former_prefixes.items():
            if lemma.startswith(prefix) and len(lemma) > len(prefix):
                rest = lemma[len(prefix) :]
                forms += [f"{word} {rest}", *(f"{word} {long}" for long in self.short_titles.get(rest, []))]
        forms += self.short_titles.get(lemma, [])
        return [tuple(_stem(w) for w in form.split()) for form in forms]

    def _titled_before(self, paragraph: int, subject: Token) -> str | None:
        """The person named last before `subject` whose title holds its word ("US District Judge
        Tanya Chutkan" for "the judge"), outside quotations."""
        word = subject.lower_
        for mention in self._unquoted_latest_first:
            before = (
                mention.paragraph < paragraph or mention.paragraph == paragraph and mention.end <= subject.idx
            )
            role = self.body.roles.get(mention.name, "")
            if mention.kind == "people" and before and word in role.lower().split():
                return mention.name
        return None

    def _epithet(self, paragraph: int, subject: Token) -> bool:
        """ "the billionaire", "the esteemed Argentinian evangelist": one person described with the
        definite article and words before the noun only, which is not a body, a statement, a role
        the lists know (those refer back their own way) nor somebody the text introduced unnamed ("a
        retailer" before "the retailer")."""
        return (
            not self.articleless
            and subject.tag_ == "NN"
            and _definite(subject)
            and subject.dep_ in SUBJECT_DEPS
            and all(c.dep_ in {"det", "amod", "compound", "punct", "advmod"} for c in subject.children)
            and self._form(subject)
            not in self.org_refs | self.statement_refs | self.person_refs | self.agents | self.party_nouns
            and self._introduced_unnamed(paragraph, subject) is None
        )

    def _described_person(self, subject: Token) -> bool:
        """ "россиянка", "полузащитник", "гроссмейстер": a subject that is one animate noun on its
        own, none of the words that refer back their own way (bodies, statements, posts, kin) nor
        one a text brings somebody new in with (speech.yaml `newcomer_nouns`: "очевидец")."""
        return (
            subject.pos_ == "NOUN"
            and subject.dep_ in SUBJECT_DEPS
            and subject.morph.get("Animacy") == ["Anim"]
            and _bare(subject)
            and subject.lemma_.lower()
            not in self.org_refs | self.statement_refs | self.person_refs | self.kin | self.newcomers
        )

    def _topic_person(self, paragraph: int, subject: Token) -> str | None:
        """The person the text was about just before `subject`: the main clause's subject of the
        sentences before it, in its paragraph and the one before (an epithet there refers on: "The
        Goop founder offered ..." then "the actress said"), when that is a person named or a
        pronoun for one; None when the sentence before is about anything else, or the epithet is a
        word of the other gender (people.yaml `female_words`, `male_words`)."""
        quoted = self._quoted_regions
        # the paragraph and the one before; one more only past an epithet there, which refers on
        for index in range(paragraph, max(-1, paragraph - 3), -1):
            sentences = sentences_of(self.body.docs[index])
            if index == paragraph:
                sentences = [s for s in sentences if s.end <= subject.sent.start]
            for sentence in reversed(sentences):
                main = next(
                    (
                        t
                        for t in sentence
                        if t.dep_ == "nsubj"
                        and t.head == sentence.root
                        and not _inside(t.idx, quoted.get(index, []))
                    ),
                    None,
                )
                if main is None:
                    return None
                if main.pos_ == "NOUN" and self._epithet(index, main):
                    if self._another_party(index, sentence, main, subject):
                        # "The singer met Prince William" then "the prince said": the other party
                        # that sentence names may be the one meant, as below
                        return None
                    continue
                if main.head.lemma_.lower() in self.verbs and any(
                    c.dep_ in {"ccomp", "parataxis"} and c.i < main.i for c in main.head.children
                ):
                    # "..., he is now fully recovered, Dempsey said": an attribution after what it
                    # reports tells who spoke, not whom the text is about
                    continue
                named = (
                    self._person_named_by(index, main)
                    or (self._person_meant_by(index, main) if main.pos_ == "PRON" else None)
                    # "Теннисистка Людмила Самсонова вышла": the parser heads the subject on her trade
                    or (self._person_in_apposition(index, main) if self.by_lemma else None)
                )
                if named is None or not self._may_be(named, subject):
                    return None
                if self._another_party(index, sentence, main, subject):
                    return None  # "Ronaldo beat the goalkeeper" then "the keeper said": either
                return named
        return None

    def _may_be(self, name: str, epithet: Token) -> bool:
        """Whether an epithet may describe a person: not a word of the other gender (people.yaml
        `female_words`, `male_words`) than the one the text tells for them."""
        gender = self._gender_of(name)
        # (a feminine noun, "россиянка", is said of no man; a masculine one, "автор", of either)
        return not gender or not (
            any(epithet.lower_ in self.gendered_words[g] for g in ("Fem", "Masc") if g != gender)
            or gender == "Masc"
            and epithet.morph.get("Gender") == ["Fem"]
        )

    def _another_party(self, paragraph: int, sentence: Span, main: Token, epithet: Token) -> bool:
        """Whether the sentence an epithet refers back to names, beside its subject, another party
        the epithet may describe: an object or a preposition's object of its main verb that is a
        person ("met Pope Francis"; not one of the other gender: "remarks about Ben Affleck" before
        "the actress"), a body, or a thing named with the definite article ("beat the goalkeeper",
        "sued the newspaper"). A place ("focused on Mars") is none."""
        for token in sentence:
            if token.dep_ not in OTHER_PARTY_DEPS or main.left_edge.i <= token.i <= main.right_edge.i:
                continue
            head = token.head.head if token.dep_ == "pobj" else token.head
            if head != sentence.root:
                continue
            if (
                token.dep_ == "pobj"
                and token.head.lower_ in self.circumstances
                and self._person_named_by(paragraph, token) is None
            ):
                # "Spoelstra praised his team after the win", "Higgins addressed shareholders at the
                # annual meeting": when and where it happened, no party an epithet may describe
                continue
            if token.tag_ in PLURAL_NOUN_TAGS and epithet.tag_ not in PLURAL_NOUN_TAGS:
                # "Mane thanked the fans" before "the striker said": one person, not the many
                continue
            if token.pos_ == "PROPN":
                if self.body.mention_of_token(paragraph, token, ("places",)):
                    continue
                person = self._person_named_by(paragraph, token)
                if person is None or self._may_be(person, epithet):
                    return True
            elif token.pos_ == "NOUN" and _definite(token):
                return True
        return False

    def _introduced_statement(self, paragraph: int, subject: Token) -> tuple[str | None, Token] | None:
        """The statement a definite statement noun refers to: its latest mention outside quotations in
        this paragraph or the STATEMENT_WINDOW before ("Cook provided a written statement."), and who
        issued it, there or at an earlier mention of the same noun (see `_issuer_of`). (None, the
        noun) when no mention names its issuer; None when none is near: whoever spoke last issued it."""
        latest: Token | None = None
        for index in range(paragraph, -1, -1):
            quoted = self._quoted_regions.get(index, [])
            earlier = [
                t
                for t in self.body.docs[index]
                if t.lemma_ == subject.lemma_
                and t.pos_ == "NOUN"
                and (index < paragraph or t.i < subject.i)
                and not _inside(t.idx, quoted)
            ]
            if latest is None and not earlier and index <= paragraph - STATEMENT_WINDOW:
                return None
            for token in reversed(earlier):
                latest = latest or token
                issuer = self._issuer_of(index, token)
                if issuer:
                    return issuer, latest
        return (None, latest) if latest is not None else None

    def _issuer_of(self, paragraph: int, statement: Token) -> str | None:
        """Who issued a statement mentioned here, where its sentence says: the name it is from, by or
        of (speech.yaml `issuer_prepositions`: "a letter from the American Legion", "a statement
        released by the Taliban"), its owner ("Trump's statement"), or the subject of the verb it is
        the object of ("Cook provided a statement") or that it is said in ("In a statement, X said")."""
        phrase = [c for c in statement.children if c.dep_ in {"poss", "compound"}]
        for child in statement.children:
            clause = [child] if child.dep_ == "prep" else []
            if child.dep_ == "acl":
                clause = [c for c in child.children if c.dep_ in {"agent", "prep"}]
            phrase += [
                o
                for c in clause
                if c.lower_ in self.issuer_prepositions
                for o in c.children
                if o.dep_ == "pobj"
            ]
        for token in phrase:
            named = self._named_in(paragraph, token)
            if named:
                return named
            owners = _owners(token)
            if self._form(token) in self.org_refs and any(self._person_at(paragraph, c) for c in owners):
                # "a statement from Mitsotakis's office": the office of the person named
                return _role_phrase(token, self.partitives, self.role_qualifiers)
        if self.by_lemma:
            issuer = self._issuer_in_case(paragraph, statement)
            if issuer:
                return issuer
        verb = statement.head
        if statement.dep_ == "pobj" and verb.dep_ == "prep":
            verb = verb.head  # "In a statement, X said", "X said in a statement"
            if verb.dep_ in SUBJECT_DEPS:
                # "said Rabbi Jonathan Blake in a statement": the parser hangs it on the speaker
                return self._resolve(paragraph, verb, describe=False)
        elif statement.dep_ != "dobj":
            return None  # "The report also said": the statement speaks; its issuer is further back
        if verb.pos_ not in {"VERB", "AUX"}:
            return None
        subject = self._subject(verb, [])
        return self._resolve(paragraph, subject, describe=False) if subject is not None else None

    def _issuer_in_case(self, paragraph: int, statement: Token) -> str | None:
        """Who issued a statement, where a language of cases says it with no preposition: the genitive
        after it ("оповещение авиакомпаний", "заявление МОК") or the agent, in the instrumental, of the
        passive it is the subject of ("Сообщение было разослано администрацией лицея"); a body or
        person named, else the words that describe them, in the nominative."""
        agents = [c for c in statement.children if c.dep_ == "nmod" and c.morph.get("Case") == ["Gen"]]
        if statement.dep_ == "nsubjpass":
            agents += [
                c for c in statement.head.children if c.dep_ == "obl" and c.morph.get("Case") == ["Ins"]
            ]
        for agent in agents:
            if (
                agent.pos_ not in {"NOUN", "PROPN"}
                or _after_preposition(agent)
                or agent.lower_ in self.parts_of_day
            ):
                continue
            named = self._named_in(paragraph, agent)
            if named:
                return named
            qualified = any(c.dep_ == "nmod" and c.morph.get("Case") == ["Gen"] for c in agent.children)
            if self._reference_word(agent) and not qualified:
                return None  # "в сообщении компании": a bare word that refers back, resolved elsewhere
            if agent.pos_ == "NOUN":
                # "администрацией учебного заведения": a body described in full, in the nominative
                return _role_phrase(agent, self.partitives, self.role_qualifiers, own_words=True)
        return None

    def _holder_of_role(self, paragraph: int, subject: Token) -> str | None:
        """'«...», — сказал председатель ВСК': a role word whose genitive names a body (and no
        person) is a person who holds that role there, the one the text spoke of just before; the
        body speaks only when no one is found."""
        if not self.by_lemma or subject.lemma_.lower() not in self.person_refs or subject.pos_ != "NOUN":
            return None
        whose = self._holder_under_person(paragraph, subject)
        if whose:
            return whose
        under = [c for c in subject.children if c.dep_ == "nmod"]
        # "советник главы Еврокомиссии": a role held under another role of a body is held there too
        under += [g for c in under if self._reference_word(c) for g in c.children if g.dep_ == "nmod"]
        bodies = [c for c in under if self.body.mention_of_token(paragraph, c, ("organisations",))]
        if not bodies or any(self.body.mention_of_token(paragraph, t, ("people",)) for t in subject.subtree):
            return None
        # 'генеральный директор ООО "Эпицентр К" Петр Михайлишин': the name written right after the
        # role, which the parser may hang elsewhere, is its holder
        end = max(t.idx + len(t) for t in subject.subtree)
        text = self.body.texts[paragraph]
        for mention in self.body.mentions:
            after = mention.paragraph == paragraph and mention.kind == "people" and mention.start >= end
            if after and not text[end : mention.start].strip(' "»“”'):
                return mention.name
        return self._holder_named_before(paragraph, subject, bodies) or self._antecedent(
            paragraph, subject, ("people",)
        )

    def _holder_under_person(self, paragraph: int, subject: Token) -> str | None:
        """ "«...», — напомнил глава Офиса Владимира Зеленского", "сказал пресс-секретарь Путина": a
        role held under a person its genitive names is somebody else's, the one named before with
        that title there; not the person named (the one the role is written with, in its own case,
        holds it: "министр обороны Сергей Шойгу")."""
        case = subject.morph.get("Case")
        people = [
            t
            for t in subject.subtree
            if t.i != subject.i and self.body.mention_of_token(paragraph, t, ("people",))
        ]
        if case == ["Gen"] and people:
            # "по словам советника Зеленского": a role in the genitive itself; the name hung on it
            # as a modifier says whose, one in apposition ("министра Дмитрия Пиневича") who
            people = [t for t in people if t.head.i == subject.i] or people
            if all(self._genitive_owner(subject, t) for t in people):
                under = [c for c in subject.children if c.dep_ == "nmod"]
                return self._holder_named_before(paragraph, subject, under)
            return None
        if not case or not people or any(t.morph.get("Case") == case for t in people):
            return None
        if not all(t.morph.get("Case") == ["Gen"] for t in people):
            return None
        under = [c for c in subject.children if c.dep_ == "nmod"]
        return self._holder_named_before(paragraph, subject, under) if under else None

    def _holder_named_before(self, paragraph: int, subject: Token, bodies: list[Token]) -> str | None:
        """'«...», — сказал пресс-секретарь Кремля' after 'Дмитрий Песков, пресс-секретарь президента':
        the person last named before with a role of that title, in any case ("пресс-секретаря"), and
        of that body where two people hold the title ("глава МИД Украины", "глава МИД России")."""
        title = _stem(subject.lemma_)
        # "глава Офиса" is the "руководитель Офиса" named before (speech.yaml `title_synonyms`)
        titles = {title, *(word for group in self.title_synonyms if title in group for word in group)}
        holders = {
            name: {_stem(w) for w in re.split(r"\s+", role)}
            for name, role in self.body.roles.items()
            if titles & {_stem(w) for w in re.split(r"\s+", role)}
        }
        if len(holders) > 1:
            where = {_stem(t.text) for b in bodies for t in b.subtree if not t.is_punct} - titles
            most = max(len(words & where) for words in holders.values())
            holders = {name: words for name, words in holders.items() if len(words & where) == most}
        before = [
            m
            for m in self.body.mentions
            if m.kind == "people" and m.name in holders and (m.paragraph, m.start) < (paragraph, subject.idx)
        ]
        return max(before, key=lambda m: (m.paragraph, m.start)).name if before else None

    def _person_subject_before(self, paragraph: int, sentence: Span) -> str | None:
        """The person the main clause of the last sentence before `sentence` in the paragraph
        that has one for its subject names ("Foreign Minister Dmytro Kuleba spoke to reporters")."""
        quoted = self._span_bounds.get(paragraph, [])
        before = [s for s in sentences_of(self.body.docs[paragraph]) if s.end <= sentence.start]
        for earlier in reversed(before):
            for token in earlier.root.children:
                if token.dep_ in SUBJECT_DEPS and not _inside(token.idx, quoted):
                    name = self._person_named_by(paragraph, token)
                    if name:
                        return name
        return None

    def _speaker_before(self, span: QuoteSpan) -> str | None:
        """A quote its own sentence gives to no one goes on what the person who spoke last
        was saying: 'Goyal said ... Goyal assured. "India grows when the states grow."'
        Looked for in its paragraph, or at the end of the one before when it opens its own."""
        doc = self.body.docs[span.paragraph]
        first = next((t for t in doc if t.idx >= span.start), None)
        if first is not None and first.i > 0:
            named = self._speaker_earlier_in(span.paragraph, first)
            if named:
                return named
        if span.start <= 1 and span.paragraph > 0:
            before = self.body.docs[span.paragraph - 1]
            if len(before):
                return self._speaker_earlier_in(span.paragraph - 1, before[-1])
        elif first is not None and span.paragraph > 0 and self._unsaid_opening(span):
            # 'the Director noted that "..."' then a paragraph whose first sentence quotes with no
            # speech verb ('vaccination gaps "will keep our region at risk."'): the one who spoke in
            # the last sentence before goes on
            before = self.body.docs[span.paragraph - 1]
            if len(before):
                last = sentences_of(before)[-1]
                return self._speaker_earlier_in(span.paragraph - 1, before[-1], since=last.start)
        return None

    def _unsaid_opening(self, span: QuoteSpan) -> bool:
        """Whether the quotation stands in its paragraph's first sentence and no speech verb of that
        sentence stands outside the quotations (one that does names its speaker, found or not)."""
        sentence = sentence_of(self.body.docs[span.paragraph], span.start)
        quoted = self._quoted_regions.get(span.paragraph, [])
        return sentence.start == 0 and not any(
            t.lemma_.lower() in self.verbs and t.pos_ in {"VERB", "AUX"} and not _inside(t.idx, quoted)
            for t in sentence
        )

    def _person_after_dash(self, paragraph: int, verb: Token) -> str | None:
        """ "— сказал в письменном заявлении Нешет Кочкар", "— поделилась своими впечатлениями с
        UfacityNews.ru собственница квартиры Алина Сулейманова": a narrator's verb after a dash in
        the singular, to which the parser gave no subject, is said by the person named among its
        words, up to the sentence's end (Russian puts the speaker after the verb there, however
        far), of the verb's gender where both tell one."""
        dashes = [*self.speech_dashes, *self.hyphens]
        if not self.speech_dashes or verb.i == 0 or verb.nbor(-1).text not in dashes:
            return None
        if verb.morph.get("Number") != ["Sing"]:
            return None
        quoted = self._quoted_regions.get(paragraph, [])
        oblique = None
        for token in verb.doc[verb.i + 1 : verb.sent.end]:
            mention = self.body.mention_of_token(paragraph, token, ("people",))
            if mention is None or _inside(token.idx, quoted):
                continue
            gender, given = verb.morph.get("Gender"), self._gender_of(mention.name)
            if gender and given and gender != [given]:
                # "— сказала в разговоре с Иваном Петровым Анна Смирнова": whom she spoke with, not
                # who spoke; the speaker may be named further on
                continue
            if token.morph.get("Case") not in (["Nom"], []):
                # "— сказал в разговоре с Анной Смирновой Иван Петров": a person in another case
                # than the nominative is no subject; kept only where no one else is named
                oblique = oblique or mention.name
                continue
            return mention.name
        return oblique

    def _dropped_subject(self, paragraph: int, verb: Token, describe: bool) -> str | None:
        """ "Другой работник подтвердил информацию. Добавил, что ...": the subject a language that
        drops subjects (grammar.yaml `drops_subjects`) left out of a sentence's speech verb is the
        sentence before's, when the verb, a third person's and one person's, agrees with its verb."""
        sentence = verb.sent
        chain = verb
        while (
            chain.dep_ == "conj"
            and chain.head.i < chain.i
            and not any(c.dep_ in SUBJECT_DEPS for c in chain.head.children)
        ):
            # "Подвёл итоги года и заявил: «...»": verbs joined by "и" share the subject both dropped
            chain = chain.head
        if (
            chain.i != sentence.root.i
            # the tagger takes a feminine past at a sentence's start for a surname ("Добавила, что"),
            # with no verb form but the lemma right
            or verb.morph.get("VerbForm") not in (["Fin"], [])
            or verb.morph.get("Person") in (["1"], ["2"])
        ):
            return None
        if verb.morph.get("Number") == ["Plur"]:
            return self._dropped_group(paragraph, sentence, describe)
        if verb.morph.get("Number") != ["Sing"]:
            return None
        quoted_here = self._span_bounds.get(paragraph, [])
        for first in verb.children:
            # "кандидат в президенты вышла к журналистам, объявила: «...»": a verb before it in its
            # sentence that the parser hung on it, agreeing with it, gives it its subject
            if first.dep_ not in {"parataxis", "conj"} or first.i > verb.i or first.pos_ != "VERB":
                continue
            shared = next(
                (
                    c
                    for c in first.children
                    if c.dep_ == "nsubj"
                    and c.morph.get("Number") != ["Plur"]
                    and not _inside(c.idx, quoted_here)
                ),
                None,
            )
            if shared is not None and first.morph.get("Gender") == verb.morph.get("Gender"):
                return self._resolve(paragraph, shared, describe)
        sentences = sentences_of(self.body.docs[paragraph])
        before = [s for s in sentences if s.end <= sentence.start]
        where = paragraph
        if not before and paragraph > 0 and len(self.body.docs[paragraph - 1]):
            where, before = paragraph - 1, sentences_of(self.body.docs[paragraph - 1])
        if not before:
            return None
        root = before[-1].root
        subject = next((c for c in root.children if c.dep_ in SUBJECT_DEPS), None)
        quoted = self._span_bounds.get(where, [])
        if subject is None or subject.morph.get("Number") == ["Plur"] or _inside(subject.idx, quoted):
            return None
        gender, given = verb.morph.get("Gender"), root.morph.get("Gender") or subject.morph.get("Gender")
        if gender and given and gender != given:
            return None
        return self._resolve(where, subject, describe)

    def _dropped_group(self, paragraph: int, sentence: Span, describe: bool) -> str | None:
        """ "Сотрудники МЧС эвакуировали жителей. Уточнили, что «...»", "В прокуратуре начали
        проверку. Добавили: «...»": a plural speech verb with its subject left out speaks for the
        group or the body the sentence right before, in the plural too, was about (its subject, or
        the body it was done in); None if that sentence was about one person or a thing said."""
        before = [s for s in sentences_of(self.body.docs[paragraph]) if s.end <= sentence.start]
        if not before:
            return None
        root = before[-1].root
        if root.morph.get("Number") != ["Plur"]:
            return None
        subject = next((c for c in root.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is None:
            subject = self._speaking_body(root)
        if (
            subject is None
            or subject.pos_ == "PRON"
            or _inside(subject.idx, self._span_bounds.get(paragraph, []))
        ):
            return None
        if subject.pos_ == "NOUN" and subject.morph.get("Number") == ["Plur"]:
            # "эксперты ООН", "сотрудники МЧС": a group as the text describes it, no one of them
            # ("эксперт" would refer back to a person named before)
            return _role_phrase(subject, self.partitives, self.role_qualifiers) if describe else None
        return self._resolve(paragraph, subject, describe)

    def _labelled_before(self, paragraph: int) -> str | None:
        """The person a caption line just before a paragraph of quotation names, as a video's
        transcript writes who speaks ("Сергей МОРОЗОВ – ГУБЕРНАТОР УЛЬЯНОВСКОЙ ОБЛАСТИ"): a short
        paragraph with no verb that opens with a person's name."""
        if paragraph == 0:
            return None
        doc = self.body.docs[paragraph - 1]
        words = [t for t in doc if not t.is_punct and not t.is_space]
        if not words or len(words) > LABEL_WORDS or any(t.pos_ in {"VERB", "AUX"} for t in doc):
            return None
        first = self.body.mention_of_token(paragraph - 1, words[0], ("people",))
        if first is not None:
            return first.name
        # a caption is no prose, so no entity was taken from it: the tagger's person at its start,
        # the one the text names by that surname if there is one
        run = list(itertools.takewhile(lambda t: t.ent_type_ == "PERSON", words))
        if not run:
            return None
        start, end = run[0].idx, run[-1].idx + len(run[-1].text)
        written = normal_form(doc, start, end) or text_of(doc)[start:end]
        name = " ".join(w.capitalize() if w.isupper() else w for w in written.split())
        known = {
            m.name
            for m in self.body.mentions
            if m.kind == "people" and m.name.split()[-1] == name.split()[-1]
        }
        return known.pop() if len(known) == 1 else name

    def _speaker_after(self, span: QuoteSpan) -> str | None:
        """A quotation that is a sentence of its own, opening its paragraph, and given to no one
        is said by the person who speaks in the next sentence: '"What we would like to do is
        ..." Manning reminded senators that ...'."""
        if span.start > 1 or span.tail is not None:
            return None
        doc = self.body.docs[span.paragraph]
        following = [s for s in sentences_of(doc) if s.start_char >= span.end]
        paragraph = span.paragraph
        if not following:
            following, paragraph = self._back_reference_after(span), paragraph + 1
        if not following:
            return None
        root = following[0].root
        if root.lemma_.lower() not in self.verbs and not self._gives_view(root):
            return None
        subject = next((c for c in root.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is None:
            return None
        return self._person_named_by(paragraph, subject) or self._person_meant_by(paragraph, subject)

    def _gives_view(self, verb: Token) -> bool:
        """ "Такое мнение высказал X", "Такую оценку дал X": a verb whose object, pointed with a
        determiner, is a word for what somebody said (speech.yaml `view_objects`), so its
        subject said the words before."""
        return any(
            c.dep_ in {"dobj", "obj"}
            and c.lemma_.lower() in self.view_objects
            and any(d.dep_ == "det" for d in c.children)
            for c in verb.children
        )

    def _back_reference_after(self, span: QuoteSpan) -> list[Span]:
        """A paragraph of quotation, then "Об этом заявил пресс-секретарь Кремля Дмитрий Песков." or
        "Так прокомментировал слухи ..." (speech.yaml `back_references`): the next paragraph's first
        sentence, which says whose the words were; none if it does not open so."""
        paragraph = span.paragraph
        if span.start > 1 or paragraph + 1 >= len(self.body.docs) or not self.back_references:
            return []
        if any(s.start_char >= span.end for s in sentences_of(self.body.docs[paragraph])):
            return []
        after = sentences_of(self.body.docs[paragraph + 1])
        return after[:1] if after and span_text(after[0]).lower().startswith(self.back_references) else []

    def _speaker_earlier_in(
        self, paragraph: int, word: Token, epithets: bool = False, since: int = 0
    ) -> str | None:
        """The person who last spoke (subject of a speech verb) earlier in the paragraph; with
        `epithets`, a bare epithet that spoke ("Об этом диктатор заявил") stands for the one who
        spoke before it. `since`: the first token looked at."""
        quoted = self._span_bounds.get(paragraph, [])
        for token in reversed(word.doc[since : word.i + (1 if epithets else 0)]):
            if (
                token.dep_ in SUBJECT_DEPS
                and token.head.lemma_.lower() in self.verbs
                and not _inside(token.idx, quoted)
            ):
                mention = self._person_named_by(paragraph, token)
                if mention is None and epithets:
                    # a bare epithet after "Жительница Гродно Ольга Сидорович рассказала": the
                    # resident named in apposition to what she is (not a search past the nearest
                    # subject for any sentence's claim: only an epithet refers back so)
                    mention = self._person_in_apposition(paragraph, token)
                if mention:
                    return mention
                if token.pos_ == "PRON" and not epithets:
                    # "Simultaneously, he continued, Government has cut VAT. "...": whom he is
                    meant = self._person_meant_by(paragraph, token)
                    if meant:
                        return meant
                if self._definite_role(token) and not epithets:
                    # '"We support jobs," the president added. "It's about jobs, also."': whom the
                    # role refers to ("the Director", a title written with a capital, too)
                    meant = self._resolve(paragraph, token, describe=False)
                    if meant and any(m.kind == "people" and m.name == meant for m in self.body.mentions):
                        return meant
                if epithets and not (token.pos_ == "NOUN" and _bare(token)):
                    return None  # the last to speak is somebody else, unnamed
        return None

    def _person_in_apposition(self, paragraph: int, subject: Token) -> str | None:
        """The person named in apposition to a subject the parser heads on its description
        ("Жительница Гродно Ольга Сидорович рассказала", "Her lawyer, Ann Berg, said")."""
        if subject.pos_ != "NOUN":
            return None
        for child in subject.children:
            if child.dep_ == "appos" and not (self.by_lemma and self._genitive_owner(subject, child)):
                mention = self.body.mention_of_token(paragraph, child, ("people",))
                if mention:
                    return mention.name
        return None

    def _definite_role(self, token: Token) -> bool:
        """ "the president", "the Director": a role word with the definite article, which refers back."""
        return (
            not self.articleless
            and token.pos_ in {"NOUN", "PROPN"}
            and token.lower_ in self.person_refs
            and _definite(token)
        )

    def _opens_with_quote(self, paragraph: int) -> bool:
        """Whether a paragraph opens with a quotation or a turn of speech after its dash ("— Вода
        поднялась за одну ночь, — говорит женщина."): its speaker is named after it."""
        dashes = " " + "".join(self.speech_dashes + self.hyphens)
        return any(
            s.paragraph == paragraph
            and (s.start <= 1 or s.dash_led and not self.body.texts[paragraph][: s.start].strip(dashes))
            for s in self.spans
        )

    def _person_named_by(self, paragraph: int, subject: Token) -> str | None:
        """The person a subject phrase names, if it names a person (not an organisation or a thing)."""
        name = self._named_in(paragraph, subject)
        if name and self.body.mention_at(paragraph, subject.idx, subject.idx + 1, ("people",)):
            return name
        return None

    def _organisation_named_by(self, paragraph: int, subject: Token) -> str | None:
        """The organisation a subject phrase names by its head word ("the Belfast Giants")."""
        mention = self.body.mention_of_token(paragraph, subject, ("organisations",))
        return mention.name if mention else None

    def _person_meant_by(self, paragraph: int, subject: Token) -> str | None:
        """The person a pronoun or a role refers to ("he", "the governor"), if a person."""
        if subject.pos_ not in {"PRON", "NOUN"}:
            return None
        name = self._resolve(paragraph, subject, describe=False)
        people = {m.name for m in self.body.mentions if m.kind == "people"}
        return name if name in people else None

    def _named_in(self, paragraph: int, subject: Token) -> str | None:
        """The name the subject phrase gives: its head, a name in apposition ("his lawyer,
        Ann Berg"), else a person, then an organisation, inside it. A possessor is not the
        speaker ("Berg's lawyer said")."""
        kinds = ("people", "organisations")
        mention = self.body.mention_of_token(paragraph, subject, kinds)
        if mention:
            return mention.name
        # "Fatih Birol, head of the International Energy Agency, told": a person the model did not
        # tag, not the body the role in apposition names; "the chief economist at the National Bank
        # of Poland, Piotr Bujak, said": the name in apposition to the role
        given = self._given_named(paragraph, subject) or next(
            (
                name
                for c in subject.children
                if c.dep_ == "appos" and (name := self._given_named(paragraph, c))
            ),
            None,
        )
        if given:
            return given
        # the name in apposition ("The company, Acme, whose chief ..."), else inside its phrase a
        # person before a body: "политолог, директор Киевского центра ... Михаил Погребинский" is
        # the man the role is held by, not the centre that qualifies it
        heads = [c for c in subject.children if c.dep_ == "appos"]
        if self.by_lemma and subject.pos_ == "NOUN":
            # "мать Ивана Петрова": whose mother, not her name (people.yaml `relatives`, below)
            heads = [c for c in heads if not self._genitive_owner(subject, c)]
        order = [kinds]
        if self.by_lemma and subject.pos_ == "NOUN" and subject.morph.get("Animacy") == ["Anim"]:
            # "аналитик «Дом.РФ» Анна Ковалёва": the parser sets the body that qualifies a person's
            # trade beside her name, both in apposition to it; the person is the one it describes
            order = [("people",), kinds]
        for among in order:
            for head in heads:
                mention = self.body.mention_of_token(paragraph, head, among)
                if mention:
                    return mention.name
        appositions = [t for head in heads for t in head.subtree]
        for kind in kinds:
            for token in appositions:
                mention = self.body.mention_of_token(paragraph, token, (kind,))
                if mention:
                    return mention.name
        cut = self._name_cut_before(paragraph, subject)
        if cut:
            return cut
        owned = {t.i for c in _owners(subject) for t in c.subtree}
        # nor a name inside a quotation the phrase's clause says ("the AP report, which notes, '...
        # met with Hillary Clinton ...'"): what is said, not who says it
        quoted = self._quoted_regions.get(paragraph, [])
        rest = [t for t in subject.subtree if t.i not in owned and not _inside(t.idx, quoted)]
        # nor a person a relative clause on the phrase tells of ("said a pensioner whose son, Andriy,
        # was killed"): somebody else; a name such a clause gives the speaker ("who gave her name as
        # Olena") is _name_given_beside's
        told_of = {t.i for c in subject.children if c.dep_ == "relcl" for t in c.subtree}
        if self._partitive_group(subject) is not None:
            # "один из депутатов Госдумы от КПРФ": one of a group a body's name qualifies is a member
            # of it, described, not the body (a person named in the group may still be the one)
            kinds = ("people",)
        for kind in kinds:
            # "a White House official" is an official: a name before a role noun only qualifies it;
            # not before a statement's noun, whose author it names ("the DOJ release states")
            noun = self._form(subject)
            # a title written with a capital ("the PAHO Director") is a role noun all the same
            role = subject.pos_ == "NOUN" or subject.pos_ == "PROPN" and noun in self.person_refs
            if kind == "organisations" and role and noun not in self.statement_refs:
                # and before every role noun of the phrase: "the Florida senator and Republican
                # presidential candidate" is a senator and a candidate, not the Republican Party
                rest = [t for t in rest if t.i > subject.i and not self._qualifies_role(t)]
            elif kind == "people" and subject.pos_ == "NOUN" and noun in self.kin:
                # "the mother of Maria Lopez, who said", "the wife of John Smith said": a relative,
                # unnamed, whoever the phrase names besides
                rest = []
            elif (
                kind == "people"
                and self.by_lemma
                and subject.pos_ == "NOUN"
                and subject.morph.get("Animacy") == ["Anim"]
            ):
                # "пресс-секретарь Трампа", "советник Зеленского": somebody of the person the
                # genitive names, unnamed, not that person (a name in apposition was taken above)
                genitive = {
                    t.i
                    for c in subject.children
                    if c.dep_ == "nmod" and c.morph.get("Case") == ["Gen"]
                    for t in c.subtree
                }
                # (a name in the nominative the parser hung inside the genitive is in apposition:
                # "представитель партии СДПК Кундуз Жолдубаева")
                rest = [t for t in rest if t.i not in genitive or t.morph.get("Case") != ["Gen"]]
            elif kind == "people" and subject.pos_ == "NOUN" and noun in self.agents:
                # "a Zelensky adviser said": somebody of Zelensky's, unnamed, not Zelensky
                rest = [t for t in rest if t.i > subject.i]
            for token in rest:
                if kind == "people" and token.i in told_of:
                    continue
                mention = self.body.mention_of_token(paragraph, token, (kind,))
                if mention:
                    return mention.name
        return None

    def _form(self, token: Token) -> str:
        """A word as the data lists it: its lemma in a language that inflects ("министра" is
        "министр"), else as written; lower-cased."""
        return (token.lemma_ if self.by_lemma else token.text).lower()

    def _partitive_group(self, subject: Token) -> Token | None:
        """The group a number is one of: "депутатов" of "один из депутатов" (speech.yaml
        `partitive_prepositions`)."""
        if subject.pos_ != "NUM":
            return None
        return next(
            (
                c
                for c in subject.rights
                if c.dep_ == "nmod"
                and any(g.dep_ == "case" and g.lower_ in self.partitives for g in c.children)
            ),
            None,
        )

    def _person_at(self, paragraph: int, token: Token) -> bool:
        """Whether a person's mention covers the token."""
        return self.body.mention_of_token(paragraph, token, ("people",)) is not None

    def _qualifies_role(self, token: Token) -> bool:
        """A word set before a role noun that it describes ("Republican" of "Republican
        presidential candidate"): the role's holder's side, not who speaks."""
        head = token
        while head.dep_ in {"amod", "compound"} and head.head.i > head.i:
            head = head.head
        return head is not token and head.pos_ == "NOUN" and head.lower_ in self.person_refs

    def _name_cut_before(self, paragraph: int, subject: Token) -> str | None:
        """A person's name the model cut short, of which the subject is the rest: in "General
        Oleksandr Syrskyi spoke" its person is "Oleksandr" and the subject "Syrskyi". The name
        runs from that person's mention, the proper noun compounded right before the subject,
        to the subject; a quote given to "Oleksandr" would name nobody a reader knows."""
        if subject.pos_ != "PROPN" or not subject.i:
            return None
        first = subject.nbor(-1)
        if first.pos_ != "PROPN" or first.dep_ != "compound" or first.head.i != subject.i:
            return None
        mention = self.body.mention_of_token(paragraph, first, ("people",))
        if mention is None or mention.end != first.idx + len(first.text):
            return None
        return self.body.texts[paragraph][mention.start : subject.idx + len(subject.text)]

    def _antecedent(
        self,
        paragraph: int,
        pronoun: Token,
        kinds: tuple[str, ...],
        proper: bool = False,
        chain: int = 0,
        gender: list[str] | None = None,
        describe: bool = False,
    ) -> str | None:
        """Whom "he" or "she" refers to: the person who was the subject just before.

        The subject of an earlier sentence is a better guess than the nearest name,
        which is often an object ("Zelensky said that Trump ... 'I hope', he said"); when
        that subject is "he" saying something too, it is whom that "he" refers to.
        `gender`: the gender a possessive pronoun stands for, which its tag does not give ("его").
        """
        # this paragraph and the one before, past paragraphs that are only the speech itself
        # ('He said ...', then two paragraphs of quotation, the second ending '..., he said')
        indices = [paragraph, paragraph - 1]
        # a Russian role word's gender is its own grammar's ("дипломат"); the person's is the one
        # its verb in the past agrees with ("заявила")
        role_gender = (
            pronoun.head.morph.get("Gender")
            if self.by_lemma and pronoun.pos_ == "NOUN" and pronoun.dep_ in SUBJECT_DEPS
            else []
        )
        while indices[-1] > 0 and len(indices) <= MAX_PRONOUN_CHAIN and self._all_quoted(indices[-1]):
            indices.append(indices[-1] - 1)
        for index in indices:
            if index < 0:
                continue
            doc = self.body.docs[index]
            sentences = [s for s in sentences_of(doc) if index < paragraph or s.start_char <= pronoun.idx]
            quoted = self._span_bounds.get(index, [])
            for sentence in reversed(sentences):
                own = index == paragraph and sentence.start <= pronoun.i < sentence.end
                # the main clause's subject first: in "When Maddow pointed out ..., Clinton seized
                # on it" the sentence is about Clinton, whoever speaks in its subordinate clause
                for token in sorted(sentence, key=lambda t: t.head.dep_ != "ROOT"):
                    if token.dep_ not in SUBJECT_DEPS or token == pronoun or _inside(token.idx, quoted):
                        continue
                    if own and token.i > pronoun.i:
                        continue
                    if self._reported_aside(token.head):
                        # "Biden, he said, was the first ...": Biden is what he said; "Jesus, he
                        # continued, doesn't ask ...": so in a sentence before
                        continue
                    if token.head.dep_ != "ROOT" and token.head.lemma_.lower() not in self.verbs:
                        continue
                    if (pronoun.pos_ == "PRON" or gender) and not _same_gender(pronoun, token, gender):
                        continue  # "она сказала": not the man who spoke before (a statement,
                        # "в сообщении", has a gender of grammar only)
                    nominal = token.morph.get("Case") in (["Nom"], [])  # no dative the parser misread
                    if role_gender and nominal and not _same_gender(pronoun, token, role_gender):
                        continue  # "заявила дипломат" is a woman: not "Петров провёл брифинг"
                    mention = self.body.mention_of_token(index, token, kinds) or self._appositive_mention(
                        index, token, kinds
                    )
                    if mention:
                        agreeing_name = self._agreeing_name(pronoun, mention)
                        if agreeing_name is not None and mention.name in self._talked_about:
                            # the person the quotation talks about, subject of the sentence before
                            # ("Sunzu thanked the officials." then '"... Sunzu has asked ...," he
                            # said'): the speaker is a subject further back
                            if index == indices[-1] and index > 0:
                                indices.append(index - 1)
                            continue
                        if agreeing_name is None:
                            continue  # "Carly Fiorina ..." is not whom "he" refers to
                        return agreeing_name
                    if (
                        self.by_lemma
                        and "people" in kinds
                        and pronoun.pos_ == "PRON"
                        and token.pos_ == "NOUN"
                        and self._form(token) in self.person_refs
                        and token.head.lemma_.lower() in self.verbs
                    ):
                        # "«...», — сказал дипломат." then "«...», — добавил он": whom the role word
                        # stood for, not a name in a sentence before it
                        named = self._resolve(index, token, describe=False)
                        if named and not self._other_gender(pronoun, named):
                            return named
                    referred = self._referred_by(index, token, pronoun, kinds, describe)
                    if referred is not None:
                        return referred[0]
                    # "Geng said" where the model tagged no name: the one person of that surname
                    named = self._person_by_surname(token) if "people" in kinds else None
                    if named and not self._other_gender(pronoun, named):
                        return named
                    # a place that is only what a clause is about ("says Nigeria is at risk", the
                    # parser taking the speaker for a conjunct) is no speaker; one that speaks is
                    placed = self.body.mention_of_token(index, token, ("places",)) is not None
                    spoke = token.head.lemma_.lower() in self.verbs
                    if (
                        proper
                        and token.pos_ == "PROPN"
                        and token.text[:1].isupper()
                        and (spoke or not placed)
                    ):
                        return _proper_phrase(token)
                    untagged = self._untagged_person(index, token) if "people" in kinds else None
                    if untagged and not self._other_gender(pronoun, untagged):
                        return untagged
                    written = self._written_in_full(index, token, pronoun) if "people" in kinds else None
                    if written:
                        # "Canada's Sowmyan wants ..." then 'He said: "..."': the subject the
                        # entities missed, whom the text listed in full ("Sowmyan Jegatheesan"),
                        # not the last person they found
                        return written
                    given = self._given_named(index, token) if "people" in kinds else None
                    if given and not self._other_gender(pronoun, given):
                        # "Hafiz, from Pakistan, has built ..." then "He said": a given name the
                        # model took for a body's, written nowhere in full
                        return given
                    if "people" in kinds and self._agreeing_person(index, pronoun, token):
                        # "Иванова провела брифинг." then "— заявила дипломат": a person the
                        # tagger knows for one by the word alone, whose verb agrees with the role's
                        return self._named_in_full(_proper_phrase(token))
                    if (
                        self.by_lemma
                        and "people" in kinds
                        and pronoun.pos_ == "PRON"
                        and token.pos_ == "NOUN"
                        # ("источник" is a thing's word by its grammar: the lists know it for a person)
                        and (token.morph.get("Animacy") == ["Anim"] or self._form(token) in self.newcomers)
                        and token.morph.get("Number") != ["Plur"]
                        and token.head.lemma_.lower() in self.verbs
                    ):
                        # "..., сообщил РБК источник в одном из банков. «...», — добавил он": the
                        # source who spoke, unnamed, as the text describes them; not a person named
                        # before them (a post's word, "гендиректор", is whom it refers back to)
                        named = self._resolve(index, token, describe=False)
                        if named:
                            return None if self._other_gender(pronoun, named) else named
                        return (
                            _role_phrase(token, self.partitives, self.role_qualifiers) if describe else None
                        )
                    # "He was arrested in April." before "..., he said": the same "he" as the main
                    # clause's subject, whatever its verb, is the same man
                    same = token.lower_ == pronoun.lower_ and pronoun.pos_ == "PRON"
                    if chain < MAX_PRONOUN_LINKS and (
                        (
                            token.lower_ == pronoun.lower_
                            or _pronoun_for_role(token, pronoun)
                            or _personal_pronoun(token, gender)
                        )
                        and token.head.lemma_.lower() in self.verbs
                        or same
                    ):
                        # 'He said they were briefed ...' then '"...," he said': the same man
                        return self._antecedent(index, token, kinds, proper, chain + 1, describe=describe)
        # a name inside a quotation is what the speaker talks about, not the speaker: '"Obama had
        # will.i.am. Hillary has nobody like that," he said' is neither Obama's nor Hillary's
        agreeing = [
            m
            for m in self._unquoted_mentions
            if m.kind in kinds
            and m.name not in self._talked_about
            and (pronoun.pos_ != "PRON" and not gender or self._agrees(pronoun, m, gender))
            and self._agreeing_name(pronoun, m) is not None
        ]
        earlier = [m for m in agreeing if (m.paragraph, m.start) < (paragraph, pronoun.idx)]
        if not earlier:
            return None
        before = max(earlier, key=lambda m: (m.paragraph, m.start))
        # with no subject found, the first person of that sentence is its topic:
        # "Einav Zaugauker, whose son Matan is a hostage, rejoiced ..." is about her
        sentence = sentence_of(self.body.docs[before.paragraph], before.start)
        same = [
            m
            for m in agreeing
            if m.paragraph == before.paragraph and sentence.start_char <= m.start <= before.start
        ]
        return self._agreeing_name(pronoun, min(same, key=lambda m: m.start))

    def _written_in_full(self, paragraph: int, token: Token, pronoun: Token) -> str | None:
        """A person's pronoun's antecedent the entities missed: a capitalised proper noun that is a
        main clause's subject, no entity's mention, which the text also writes as the first or last
        word of a longer name ("Sowmyan" of "Sowmyan Jegatheesan" in a list before); that name, if
        the pronoun's gender does not rule it out. English only."""
        if (
            self.articleless
            or pronoun.pos_ != "PRON"
            or pronoun.morph.get("Gender") not in (["Masc"], ["Fem"])
        ):
            return None
        if token.pos_ != "PROPN" or not token.text[:1].isupper() or token.head.dep_ != "ROOT":
            return None
        if any(c.dep_ == "compound" for c in token.children) or token.dep_ not in SUBJECT_DEPS:
            return None
        if self.body.mention_of_token(paragraph, token, ("people", "organisations", "places")):
            return None
        word = re.escape(token.text)
        capital = r"[A-Z][\w-]*\b(?![’'])"
        written = re.compile(rf"\b(?:{word}(?: {capital}){{1,2}}|(?:{capital} ){{1,2}}{word})\b")
        names = {m.group(0) for text in self.body.texts for m in written.finditer(text)}
        names = {n for n in names if not any(w.lower() in self.title_words for w in n.split())}
        if len(names) != 1:
            return None
        name = names.pop()
        return None if self._other_gender(pronoun, name) else name

    def _referred_by(
        self,
        paragraph: int,
        token: Token,
        pronoun: Token,
        kinds: tuple[str, ...],
        describe: bool,
    ) -> tuple[str | None] | None:
        """Whom a pronoun refers to through an earlier subject that refers back itself: "The company
        also singled out DieNet ..." then '"...," it noted' is the company the text named before;
        "The minister arrived ..." then "he said" is whoever holds that role (described, with
        `describe`, if nobody: not a name further back). None when the subject is no such word.
        Not any noun that spoke: "one questioner claimed ..." then '"You're right, ...," he said'
        is the one who answers."""
        word = token.lower_
        # "The GOC said ..." then "He warned": a post's abbreviation the tagger takes for a name
        # refers back as the post's noun does (a capitalised "the Director" in a post's full title,
        # "The Director, Army Public Relations, Colonel ...", is read as a name, as before)
        post = (
            token.pos_ == "PROPN" and token.text.isupper() and word in self.person_refs and _definite(token)
        )
        if (
            self.articleless
            or pronoun.pos_ != "PRON"
            or not (token.tag_ == "NN" and token.pos_ == "NOUN" or post)
        ):
            return None
        if word in self.statement_refs:
            return None  # "the report said": whoever issued it, further back
        if word in self.org_refs:
            if "organisations" in kinds and _definite(token):
                return (self._by_role(paragraph, token, ("organisations",)),)
            return None
        if pronoun.morph.get("Gender") not in (["Masc"], ["Fem"]) or "people" not in kinds:
            return None
        if word in self.person_refs:
            return (self._resolve(paragraph, token, describe),)
        return None

    def _agreeing_name(self, pronoun: Token, mention: Mention) -> str | None:
        """The name of the person a mention stands for, if a pronoun may refer to them (see
        `_other_gender`), told by the mention's own words first: the entities may have merged one of
        a family into another ("Ivanka Trump", "Fiorina" for Carly into Frank Fiorina). A surname
        alone stands for the one person written in full with it whom the pronoun fits."""
        wanted = pronoun.morph.get("Gender")
        surface = self._written_name(mention)
        own = self._given_gender(surface)
        if own is not None and pronoun.pos_ == "PRON" and wanted in (["Masc"], ["Fem"]):
            if own != wanted[0]:
                return None
            return mention.name if self._gender_of(mention.name) in (None, own) else surface
        if not self._other_gender(pronoun, mention.name):
            return mention.name
        if " " in surface:
            return None
        namesakes = {
            full
            for m in self.body.mentions
            if m.kind == "people"
            for full in [self._written_name(m)]
            if full.split()[-1] == surface and self._given_gender(full) == wanted[0]
        }
        return namesakes.pop() if len(namesakes) == 1 else None

    def _written_name(self, mention: Mention) -> str:
        """A person's mention as the text writes it, with the given names before it that the mention
        left out ("Ivanka" of "Ivanka Trump"): proper nouns the model tags a person or data names."""
        key = (mention.paragraph, mention.start)
        if key in self._written:  # asked for every mention a pronoun may stand for
            return self._written[key]
        text = self.body.texts[mention.paragraph]
        doc = self.body.docs[mention.paragraph]
        start = mention.start
        covered = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        first = covered[0] if covered is not None and len(covered) else None
        while first is not None and first.i > 0:
            before = first.nbor(-1)
            given = any(before.lower_ in names for names in self.gendered_names.values())
            if before.pos_ != "PROPN" or not (given or before.ent_type_ == "PERSON"):
                break
            if not before.text[:1].isupper():
                break
            start, first = before.idx, before
        self._written[key] = " ".join(text[start : mention.end].split())
        return self._written[key]

    def _given_gender(self, name: str) -> str | None:
        """'Fem' or 'Masc' when the first of a name's several words is a given name of one."""
        words = name.split()
        if len(words) < 2:
            return None
        told = [g for g, names in self.gendered_names.items() if words[0].lower() in names]
        return told[0] if len(told) == 1 else None

    def _other_gender(self, pronoun: Token, name: str) -> bool:
        """Whether a person's gender, as the language's data tells it, is not the one of the third
        person's pronoun ("she" is not Donald Trump); a person it does not tell may be either."""
        wanted = pronoun.morph.get("Gender")
        if pronoun.pos_ != "PRON" or wanted not in (["Masc"], ["Fem"]):
            return False
        found = self._gender_of(name)
        return found is not None and found != wanted[0]

    def _gender_of(self, name: str) -> str | None:
        """'Fem' or 'Masc' when the person's given name, an honorific before a mention of them or
        a word of their role tells it and nothing says otherwise (people.yaml); else None."""
        if name in self._genders:
            return self._genders[name]
        given = name.split()[0].lower() if " " in name else ""
        words = set(re.split(r"[\s;,.()-]+", self.body.roles.get(name, "").lower()))
        for mention in self.body.mentions:
            if mention.name == name and mention.kind == "people":
                before = self.body.texts[mention.paragraph][max(0, mention.start - 12) : mention.start]
                words |= set(re.split(r"[\s.]+", before.lower())[-2:])
        told = {
            gender
            for gender in ("Fem", "Masc")
            if given in self.gendered_names[gender] or words & self.gendered_words[gender]
        }
        self._genders[name] = told.pop() if len(told) == 1 else None
        return self._genders[name]

    def _untagged_person(self, paragraph: int, token: Token) -> str | None:
        """'Cruz openly admitted ...' where no entity's mention covers Cruz: the name of a capitalised
        proper noun the model tags a person, with the words of the name compounded before it (not
        a title: "Minister Hanno Pevkur" is Hanno Pevkur)."""
        if (
            token.pos_ != "PROPN"
            or token.ent_type_ != "PERSON"
            or not token.text[:1].isupper()
            or self.body.mention_of_token(paragraph, token, ("people", "organisations", "places"))
        ):
            return None
        parts = [t for t in token.lefts if t.dep_ == "compound" and t.ent_type_ == "PERSON"]
        return " ".join(t.text for t in [*parts, token])

    def _name_given_beside(self, subject: Token) -> str | None:
        """The name a clause beside a described speaker gives them (speech.yaml `naming_nouns`,
        `naming_prepositions` after `naming_verbs`): "said a 17-year-old protester who identified
        himself as Sam", "one resident, who gave only her first name, Natalia, told AFP", "said a
        protester, giving the pseudonym Ah Fai". The clauses are the noun's own and a participle
        after it on its verb."""
        if subject.pos_ != "NOUN" or not (self.naming_nouns or self.naming_prepositions):
            return None
        clauses = [c for c in subject.children if c.dep_ in {"relcl", "acl"}]
        clauses += [
            c
            for c in subject.head.children
            if c.dep_ in {"advcl", "acl"} and c.i > subject.i and c.tag_ == "VBG"
        ]
        for clause in clauses:
            for token in clause.subtree:
                if token.pos_ != "PROPN" or not token.text[:1].isupper() or token.dep_ == "compound":
                    continue
                head = token.head
                by_noun = any(t.lower_ in self.naming_nouns for t in [head, *clause.subtree] if t.i < token.i)
                # ("as" on a verb of naming or after a naming noun: "identified himself as Sam", "gave
                # his name as John"; not "works as Director", "described the scene as Armageddon")
                by_preposition = (
                    token.dep_ == "pobj"
                    and head.lower_ in self.naming_prepositions
                    and (by_noun or head.head.lemma_.lower() in self.naming_verbs)
                )
                # (after a naming noun, whatever the parser hung the name on, but not an object of
                # another preposition nor an owner: "gave his name to Reuters", "gave Reuters' name")
                if by_preposition or by_noun and token.dep_ not in {"pobj", "poss"}:
                    return _proper_phrase(token)
        return None

    def _given_named(self, paragraph: int, token: Token) -> str | None:
        """A proper noun of one to three capitalised words that opens with a given name (given_names.yaml)
        and that no entity's mention covers: a person's name the model labelled otherwise or not at
        all ("Hafiz, from Pakistan, has created ..." then "He said: ..."; "Fatih Birol, head of the
        International Energy Agency, told")."""
        if token.pos_ != "PROPN" or not token.text[:1].isupper():
            return None
        phrase = _proper_phrase(token)
        words = phrase.split()
        if (
            not 1 <= len(words) <= 3
            or words[0] not in self.given_names
            or not all(w[:1].isupper() for w in words)
            or any(
                self.body.mention_of_token(paragraph, t, ("people", "organisations", "places"))
                for t in token.lefts
                if t.dep_ == "compound"
            )
            or self.body.mention_of_token(paragraph, token, ("people", "organisations", "places"))
        ):
            return None
        return phrase

    @cached_property
    def _unquoted_mentions(self) -> list[Mention]:
        """The body's mentions that stand outside every quotation (its middle paragraphs too)."""
        regions = self._quoted_regions
        return [m for m in self.body.mentions if not _inside(m.start, regions.get(m.paragraph, []))]

    @cached_property
    def _lemma_stems(self) -> list[list[str]]:
        """Each paragraph's words' lemmas as stems (`_stem`), by token: `_role_written_before` walks
        every paragraph before a speaker for each role word, so they are cut once, not per visit."""
        return [[_stem(t.lemma_) for t in doc] for doc in self.body.docs]

    @cached_property
    def _span_bounds(self) -> dict[int, list[tuple[int, int]]]:
        """Each paragraph's quoted passages as they open in it (a carried one's first part only), in
        text order: built once for the subject searches that skip words inside them."""
        bounds: dict[int, list[tuple[int, int]]] = {}
        for s in self.spans:
            bounds.setdefault(s.paragraph, []).append((s.start, s.end))
        return bounds

    @cached_property
    def _unquoted_latest_first(self) -> list[Mention]:
        """Those mentions, the last in the text first: what a search back from a point walks."""
        return sorted(self._unquoted_mentions, key=lambda m: (m.paragraph, m.start), reverse=True)

    @cached_property
    def _quoted_regions(self) -> dict[int, list[tuple[int, int]]]:
        """Each paragraph's quoted stretches, a quotation carried over paragraphs included."""
        regions: dict[int, list[tuple[int, int]]] = {}
        # what someone says, not a name set in quotation marks ('прибыль "Газпрома"')
        for span in (s for s in self.spans if is_statement(s.text)):
            if span.tail is None:
                regions.setdefault(span.paragraph, []).append((span.start, span.end))
                continue
            regions.setdefault(span.paragraph, []).append((span.start, len(self.body.texts[span.paragraph])))
            for middle in range(span.paragraph + 1, span.tail[0]):
                regions.setdefault(middle, []).append((0, len(self.body.texts[middle])))
            regions.setdefault(span.tail[0], []).append((span.tail[1], span.tail[2]))
        return regions

    def _agreeing_person(self, paragraph: int, reference: Token, subject: Token) -> bool:
        """Whether an earlier subject the model tagged no entity is a person a Russian pronoun or
        role word may refer to: a capitalised proper noun the tagger gives a living being's animacy
        ("Иванова провела брифинг"), of the gender the reference's verb shows ("заявила дипломат":
        a woman, whatever the role word's own gender)."""
        if not self.by_lemma or subject.pos_ != "PROPN" or not subject.text[:1].isupper():
            return False
        if self._reference_word(subject):
            return False  # "Пресс-секретарь добавила" opening a sentence: a role, not a name
        if "Anim" not in subject.morph.get("Animacy") or subject.morph.get("Number") == ["Plur"]:
            return False
        if self.body.mention_of_token(paragraph, subject, ("places", "organisations")):
            return False
        verb = reference if reference.pos_ == "PRON" else reference.head
        wanted = verb.morph.get("Gender")
        return _same_gender(reference, subject, wanted) if wanted else True

    def _named_in_full(self, surname: str) -> str:
        """ "цитирует Путина ТАСС" after "Владимир Путин" was named: the one person the text names
        in full with that surname (a name the model tagged nowhere else stays as it is)."""
        if " " in surname:
            return surname
        names = {m.name for m in self.body.mentions if m.kind == "people" and m.name.split()[-1] == surname}
        return names.pop() if len(names) == 1 else surname

    def _person_by_surname(self, token: Token) -> str | None:
        """The one person named in the text of whose longer name this proper noun is a word."""
        if token.pos_ != "PROPN" or not token.text[:1].isupper():
            return None
        # a surname may come first ("Geng Shuang"): any word of a longer name
        names = {
            m.name
            for m in self.body.mentions
            if m.kind == "people" and m.name != token.text and token.text in m.name.split()
        }
        return names.pop() if len(names) == 1 else None

    def _last_unquoted_before(
        self, paragraph: int, offset: int, kinds: tuple[str, ...], leaving_out: set[str] | None = None
    ) -> Mention | None:
        """The nearest mention of these kinds before a point, outside quotations, of none of the
        names `leaving_out`."""
        earlier = [
            m
            for m in self._unquoted_mentions
            if m.kind in kinds
            and (m.paragraph, m.start) < (paragraph, offset)
            and m.name not in (leaving_out or ())
        ]
        return max(earlier, key=lambda m: (m.paragraph, m.start)) if earlier else None

    def _agrees(self, pronoun: Token, mention: Mention, gender: list[str] | None = None) -> bool:
        """Whether a mention may be whom a pronoun refers to by their grammatical gender, where the
        tagger gives both one ("она" is not "Сахиба Нисара")."""
        wanted = gender or pronoun.morph.get("Gender")
        if not wanted or not gender and pronoun.morph.get("Number") == ["Plur"]:
            return True
        span = self.body.docs[mention.paragraph].char_span(
            mention.start, mention.end, alignment_mode="expand"
        )
        found = span.root.morph.get("Gender") if span is not None else []
        return not found or found == wanted

    def _appositive_mention(self, paragraph: int, token: Token, kinds: tuple[str, ...]) -> Mention | None:
        """A name in apposition to a role noun: "Министр обороны Украины Андрей Таран подписал" (a
        role word the tagger took for a name at a sentence's start too: "Политолог Андрей ...")."""
        if token.pos_ != "NOUN" and not (self.by_lemma and token.lemma_.lower() in self.person_refs):
            return None
        for child in token.children:
            if child.dep_ == "appos" and child.pos_ == "PROPN":
                mention = self.body.mention_of_token(paragraph, child, kinds)
                if mention:
                    return mention
        return None

    def _all_quoted(self, paragraph: int) -> bool:
        """A paragraph that is one quotation, opening at its start and running to its end
        (a middle paragraph of a quotation carried over several is one whole; a paragraph of
        dash-led speech with no narrator in it)."""
        text = self.body.texts[paragraph].rstrip()
        return any(
            (s.paragraph == paragraph and s.start <= 1 and s.end >= len(text) - 1)
            or (s.paragraph == paragraph and s.dash_led and s.narrator is None and s.end >= len(text) - 1)
            or (s.tail is not None and s.paragraph < paragraph < s.tail[0])
            or (
                s.tail is not None
                and s.tail[0] == paragraph
                and s.tail[1] <= 1
                and s.tail[2] >= len(text) - 1
            )
            for s in self.spans
        )

    def _by_role(
        self, paragraph: int, subject: Token, kinds: tuple[str, ...], describe: bool = True
    ) -> str | None:
        word = subject.lower_
        if kinds == ("organisations",):
            # "the Ministry also said": the nearest organisation with that word in its name
            named = self.body.last_mention_before(paragraph, subject.idx, kinds, word=word)
            if named:
                return named.name
            if self.by_lemma:
                # "— говорится в сообщении театра" after "Большой театр перенёс премьеру": the body
                # whose name holds the kind's word, in the dictionary form names are kept in; a
                # venue acting as a body may have been listed as a place ("Большой театр")
                kind = subject.lemma_.lower()
                holding = [
                    m
                    for m in self.body.mentions
                    if m.kind in ("organisations", "places")
                    and (m.paragraph, m.start) < (paragraph, subject.idx)
                    and kind in m.name.lower().split()
                ]
                if holding:
                    return max(holding, key=lambda m: (m.paragraph, m.start)).name
            # "Boeing is in the early stages of building Air Force One's replacement. The company
            # said": the body the text was just telling of, not the one it named last in passing
            # (English's article says the word refers back; Russian's "Правительство России
            # объявило" may be a body named anew)
            told = None if self.articleless else self._organisation_subject_before(paragraph, subject)
            if told:
                return told
            latest = self.body.last_mention_before(paragraph, subject.idx, kinds)
            return latest.name if latest else None
        if _indefinite(subject, self.indefinites) or self._possessed_agent(subject):
            # "a ministry official said" is somebody new, not the last person named; "Cameron's
            # spokesman said" is somebody of Cameron's, not Cameron
            return _role_phrase(subject, self.partitives, self.role_qualifiers) if describe else None
        # "the Belarusian leader said": the latest person introduced with that role
        hyphened = _hyphen_parts(subject) & self.person_refs
        # "the 46-year-old": the compound refers back, not its last word ("old" of "82-year-old")
        words = hyphened if hyphened and word not in self.person_refs else {word} | hyphened
        holders = {
            name
            for name, role in self.body.roles.items()
            # "the CEO" of "the chief executive of Tesla": a post's abbreviation
            if words & self._role_words(role) or subject.is_upper and _abbreviates(word, role)
        }
        # "— сказал дипломат" after "вице-министр иностранных дел Литвы Раймундас Кароблис" and
        # the president named since: the one whose post is of that kind (speech.yaml `role_kinds`)
        kinds_of = [self.role_kinds[w] for w in words if w in self.role_kinds]
        holders |= {
            name
            for name, role in self.body.roles.items()
            if any(kind.search(role.lower()) for kind in kinds_of)
        }
        if not holders and not self.articleless:
            holders = self._spelled_out_before(paragraph, subject)
        # "the former president said" after "President Obama": not Obama, nor anyone else whose
        # role lacks the modifier, and not the nearest name either when that is Obama
        wanted = {c.lower_ for c in subject.lefts if c.lower_ in self.holder_modifiers}
        others = {name for name in holders if wanted - self._role_words(self.body.roles.get(name, ""))}
        holders -= others
        placed = self._holder_from(paragraph, subject, holders, others)
        if placed:
            return placed
        before = [
            m
            for m in self.body.mentions
            if m.name in holders and (m.paragraph, m.start) < (paragraph, subject.idx)
        ]
        holder = max(before, key=lambda m: (m.paragraph, m.start)) if before else None
        # "A spokesperson for the State Department confirmed ..." then "the spokesperson said":
        # the one introduced with that word and no name, unless a holder was named since
        introduced = None if self.articleless else self._introduced_unnamed(paragraph, subject)
        if holder and (introduced is None or (holder.paragraph, holder.start) > introduced[:2]):
            return holder.name
        if introduced is not None:
            index, _, token = introduced
            named = self._named_in(index, token)
            if named or not describe:
                return named
            return _role_phrase(token, self.partitives, self.role_qualifiers)
        if self.articleless:
            # the role refers to the person who was the subject before it, not to the nearest
            # name, often an object ("Остин встретился с Резниковым. «...», — заявил министр")
            named = self._antecedent(paragraph, subject, kinds)
            if named:
                return named
        # "the prime minister said": a title used for someone the text named before (outside a
        # quotation: '"Trump has no plan," the senator said' is not Trump's)
        latest = self._last_unquoted_before(paragraph, subject.idx, kinds, leaving_out=others)
        if latest and (
            self.articleless
            or hyphened
            or self._may_hold(latest.name, subject.text if subject.is_upper else word, paragraph, subject.idx)
        ):
            return latest.name
        if not self.articleless and holders - others:
            # "North Carolina's governor has ordered ..." in a lead, before anyone is named: the one
            # the text names later with that role ("Gov. Pat McCrory"), English naming the person
            # after the role in a first sentence
            after = [
                m
                for m in self.body.mentions
                if m.name in holders - others and (m.paragraph, m.start) > (paragraph, subject.idx)
            ]
            if after:
                return min(after, key=lambda m: (m.paragraph, m.start)).name
        if self.articleless and kinds == ("people",):
            # "Диктатор подчеркнул «...»" in a report's standfirst, before anyone is named: the
            # epithet is of whom the text names next ("Лукашенко заявил ..." in the lead after it)
            named = self._named_next(paragraph, subject.idx)
            if named:
                return named
        return _role_phrase(subject, self.partitives, self.role_qualifiers) if describe else None

    def _holder_from(self, paragraph: int, subject: Token, holders: set[str], others: set[str]) -> str | None:
        """The person a role written with a country's or a place's word refers to: the latest named
        before whose post the text wrote with that word, or with the place its demonym stands for
        (places.yaml `demonyms`). "Hungarian Prime Minister Viktor Orban met Chinese President Xi
        Jinping" then "the Hungarian premier said" is Orban, not Xi, the person named last; "the
        French leader" after "French President Emmanuel Macron hosted German Chancellor Olaf
        Scholz" is Macron. Where somebody's post has the role's word (`holders`), only such a one:
        "the Russian foreign minister" after "Russian President Vladimir Putin met Foreign Minister
        Sergei Lavrov" is Lavrov, whose post lacks the country's word, not Putin. None when no such
        post carries the word (the lists then decide as before)."""
        if self.articleless:
            return None  # Russian writes the country after the post, in the genitive
        origin: set[str] = set()
        for child in subject.lefts:
            if (
                child.dep_ in {"amod", "compound"}
                and child.text[:1].isupper()
                and (child.ent_type_ in ORIGIN_LABELS or child.text in self.demonyms)
                and child.lower_ not in self.title_words
            ):
                origin.add(child.lower_)
                place = self.demonyms.get(child.text)
                if place:
                    origin.add(place.lower())
        if not origin:
            return None
        placed = {
            name
            for name, role in self.body.roles.items()
            if name not in others and origin & set(re.findall(r"[^\W\d_][\w-]*", role.lower()))
        }
        if holders:
            placed &= holders  # the country's word does not make a president a minister
        before = [
            m
            for m in self.body.mentions
            if m.kind == "people" and m.name in placed and (m.paragraph, m.start) < (paragraph, subject.idx)
        ]
        return max(before, key=lambda m: (m.paragraph, m.start)).name if before else None

    def _may_hold(self, name: str, word: str, paragraph: int, offset: int) -> bool:
        """Whether a role noun the text gave nobody the entities found may stand for the person named
        last. A post may ("Petr Fiala met NATO officials" then "the Prime Minister said"); the word
        of somebody who speaks or acts for another (speech.yaml `agent_nouns`: "Elon Musk spoke in
        Vancouver" then "the spokesman said", "the official said") only for one the text gave a post
        (a spokesman named so) or whose surname a sentence before writes beside that word
        ("spokesman for the ministry John Kirby", the role the entities missed). A post written as
        an abbreviation ("the CEO", "the GOC") names one post: not somebody the text gave another
        ("analyst Ken Herbert", "CFO Vaibhav Taneja"), only one whose post it abbreviates or names."""
        role = self.body.roles.get(name)
        if word.isupper():
            return not role or _abbreviates(word.lower(), role)
        if role or word not in self.agents:
            return True
        together = re.compile(rf"\b{re.escape(word)}\b.*\b{re.escape(name.split()[-1])}\b", re.I | re.S)
        for index in range(paragraph + 1):
            text = self.body.texts[index] if index < paragraph else self.body.texts[index][:offset]
            for sentence in sentences_of(self.body.docs[index]):
                if sentence.start_char < len(text) and together.search(
                    text[sentence.start_char : sentence.end_char]
                ):
                    return True
        return False

    def _spelled_out_before(self, paragraph: int, subject: Token) -> set[str]:
        """The people a post's abbreviation stands for ("the GOC said"): those whose sentence writes
        the post out before them, its words' initials spelling it ("The General Officer Commanding
        (GOC) 1 Division, ..., Maj. Gen. Adeniyi Oyebade, said"; "of" may be left out: "Chief of
        Defence Staff", CDS). The entities keep the nearest title of such an apposition only."""
        letters = subject.text
        if not (2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()):
            return set()
        link = r"[\s-]+(?:of[\s-]+(?:the[\s-]+)?)?"
        spelled = re.compile(r"\b" + link.join(rf"{c}[a-z]+" for c in letters) + r"\b")
        found = set()
        people = sorted(
            (m.paragraph, m.start, m.name)
            for m in self.body.mentions
            if m.kind == "people" and (m.paragraph, m.start) < (paragraph, subject.idx)
        )
        for index, doc in enumerate(self.body.docs[: paragraph + 1]):
            for match in spelled.finditer(self.body.texts[index]):
                sentence = sentence_of(doc, match.start())
                # the person the post is written before: the first named after it in its sentence
                after = [p for p in people if p[0] == index and match.end() <= p[1] < sentence.end_char]
                if after:
                    found.add(after[0][2])
        return found

    def _organisation_subject_before(self, paragraph: int, subject: Token) -> str | None:
        """The organisation that was last the subject of a clause (main clauses first) or the source
        an "according to" named ("..., according to the Kiel Institute"), outside quotations, before
        `subject` in its paragraph or the one before."""
        for index in (paragraph, paragraph - 1):
            if index < 0:
                continue
            quoted = self._quoted_regions.get(index, [])
            sentences = sentences_of(self.body.docs[index])
            if index == paragraph:
                sentences = [s for s in sentences if s.start < subject.i]
            for sentence in reversed(sentences):
                found: list[tuple[bool, bool, int, str]] = []
                for token in sentence:
                    if token.dep_ not in {*SUBJECT_DEPS, "pobj"} or _inside(token.idx, quoted):
                        continue
                    if index == paragraph and token.i >= subject.i:
                        continue
                    mention = self.body.mention_of_token(index, token, ("organisations",))
                    cited = mention is not None and self._cited_at(index, mention.start)
                    if mention and (token.dep_ != "pobj" or cited):
                        # a source cited speaks before the subject it tells of; a main clause's first
                        found.append((not cited, token.head.dep_ != "ROOT", token.i, mention.name))
                    elif self._unnamed_speaker(index, token):
                        # "Trustwave SpiderLabs said" where the model found no organisation
                        found.append((True, token.head.dep_ != "ROOT", token.i, _proper_phrase(token)))
                if found:
                    return min(found)[3]
        return None

    def _unnamed_speaker(self, paragraph: int, token: Token) -> bool:
        """A capitalised proper noun, the subject of a speech verb or of a verb whose object is
        its own ("Tesla lowered its outlook"), that no person's or place's mention covers: a body
        the model did not find. Of a verb with its own object, only a name the model tagged as
        nothing: one it tagged and the entities did not keep as a body is no body ("Storm Babet
        brought its heaviest rain", "Hurricane Milton made its landfall"), and "its" is said of
        storms and things as much as of bodies."""
        return (
            token.dep_ == "nsubj"
            and token.pos_ == "PROPN"
            and token.text[:1].isupper()
            and token.ent_type_ != "PERSON"
            and (token.head.lemma_.lower() in self.verbs or not token.ent_type_ and _own_object(token.head))
            and self.body.mention_of_token(paragraph, token, ("people", "places")) is None
        )

    def _named_by_dash_verb(self, span: QuoteSpan, other: QuoteSpan, doc: Doc) -> bool:
        """Whether `other`, a name in quotation marks, is the subject of the speech verb right
        after the dash that closes the quotation `span` ("«...», — пишет «Коммерсантъ»"): the
        paper speaks, so its name is no quotation. Not a name before its quotation ("Как сообщил
        «Интерфакс», министр ... назвал бюджет «...»": a reporting aside), nor a statement."""
        if other is span or other.start < span.end or is_statement(other.text):
            return False
        between = self.body.texts[span.paragraph][span.end : other.start]
        dashes = [*self.speech_dashes, *self.hyphens]
        match = (
            re.fullmatch(rf"\W*?(?:{alternatives(dashes)})\s*(?P<verb>\w+)\s+\W", between) if dashes else None
        )
        if match is None:
            return False
        verb = doc.char_span(span.end + match.start("verb"), span.end + match.end("verb"))
        return verb is not None and verb[0].lemma_.lower() in self.verbs

    def _cited_at(self, paragraph: int, start: int) -> bool:
        """Whether a name at `start` is a source an "according to" names ("according to the X")."""
        before = self.body.texts[paragraph][max(0, start - 40) : start].lower().split()
        if before[-1:] and before[-1] in self.articles:
            before = before[:-1]
        return any(" ".join(before).endswith(phrase) for phrase in self.according)

    def _named_next(self, paragraph: int, start: int) -> str | None:
        """The first person named outside quotations after `start` in its paragraph, else in the next."""
        quoted = self._quoted_regions
        for index in (paragraph, paragraph + 1):
            after = [
                m
                for m in self.body.mentions
                if m.paragraph == index
                and m.kind == "people"
                and (index > paragraph or m.start > start)
                and not _inside(m.start, quoted.get(index, []))
            ]
            if after:
                return min(after, key=lambda m: m.start).name
        return None

    def _role_words(self, role: str) -> set[str]:
        """A role's words, an abbreviated title (people.yaml `abbreviated_titles`) with the reference
        words it begins: "Sen. Marco Rubio" is the senator that "the Florida senator" refers to."""
        words = set(re.split(r"[\s-]+", role.lower()))
        for word in list(words):
            if word.rstrip(".") in self.abbreviated_titles:
                words |= {ref for ref in self.person_refs if ref.startswith(word.rstrip("."))}
        return words

    def _introduced_unnamed(self, paragraph: int, subject: Token) -> tuple[int, int, Token] | None:
        """The nearest earlier noun of the subject's word introduced as somebody new ("a
        spokesperson", "one official"), with no name beside it: (paragraph, offset, token)."""
        earlier = [
            (index, offset, token)
            for index, offset, token in self._introductions.get(subject.lower_, [])
            if (index, offset) < (paragraph, subject.idx)
        ]
        if not earlier:
            return None
        index, offset, token = earlier[-1]
        named = self._named_in(index, token)
        if named and any(m.kind == "people" and m.name == named for m in self.body.mentions):
            return None  # "a spokesman, Ned Price, said": named, and found as a holder
        return index, offset, token

    @cached_property
    def _introductions(self) -> dict[str, list[tuple[int, int, Token]]]:
        """The body's singular nouns introduced as somebody new, by word, in text order."""
        found: dict[str, list[tuple[int, int, Token]]] = {}
        for index, doc in enumerate(self.body.docs):
            for token in doc:
                if token.pos_ != "NOUN" or token.tag_ in PLURAL_NOUN_TAGS:
                    continue
                if _indefinite(token, self.indefinites) or self._possessed_agent(token):
                    found.setdefault(token.lower_, []).append((index, token.idx, token))
        return found

    def _possessed_agent(self, noun: Token) -> bool:
        """'Cameron's spokesman', 'the prime minister's aide': somebody unnamed who acts for the one
        named before them (speech.yaml `agent_nouns`), as "a Cameron spokesman" is; in Russian a
        person's noun with a person's name in the genitive ("советник Зеленского", "пресс-секретарь
        Трампа", "жена Алексея Навального")."""
        if self.by_lemma and noun.pos_ == "NOUN" and noun.morph.get("Animacy") == ["Anim"]:
            return any(self._genitive_owner(noun, c) for c in noun.children)
        return noun.lower_ in self.agents and bool(_owners(noun))

    def _genitive_owner(self, noun: Token, child: Token) -> bool:
        """Whether `child` is a person's name in the genitive saying whose `noun` is ("советник
        Зеленского", "мать Ивана Петрова"), not the noun's own name in apposition ("министр Сергей
        Шойгу", "министра Дмитрия Пиневича"): the parser hangs such a genitive as a modifier, or as
        an apposition when a given name comes with it; a name in apposition agrees with its noun in
        case, and a relative's noun ("жены Алексея Смирнова") is never the name of the one after it."""
        if child.ent_type_ != "PERSON" or child.morph.get("Case") != ["Gen"]:
            return False
        if child.dep_ == "nmod":
            return True
        return child.dep_ == "appos" and (
            noun.morph.get("Case") not in (["Gen"], []) or self._form(noun) in self.kin
        )

    def _first_mention_after(
        self, paragraph: int, start: int, end: int, outside: tuple[int, int] = (0, 0)
    ) -> str | None:
        """The first person (else body) named in [start, end), not inside the quotation `outside`
        ("По мнению эксперта, «Лукашенко не хочет воевать»" is no word of Лукашенко's)."""
        mentions: list[Mention] = [
            m
            for m in self.body.mentions
            if m.paragraph == paragraph
            and start <= m.start < end
            and m.kind in ("people", "organisations")
            and not outside[0] <= m.start < outside[1]
        ]
        if not mentions:
            return None
        # "according to the head of the Department ..., Valery Revenko": the person speaks
        people = [m for m in mentions if m.kind == "people"]
        return min(people or mentions, key=lambda m: m.start).name


def _own_object(verb: Token) -> bool:
    """Whether the object of a verb is the subject's own thing, by a neuter possessive pronoun
    ("lowered its outlook"): what a body does, as a person's would be "his" or "her"."""
    return any(
        child.dep_ == "dobj"
        and any(
            w.dep_ == "poss" and w.morph.get("Poss") == ["Yes"] and w.morph.get("Gender") == ["Neut"]
            for w in child.children
        )
        for child in verb.children
    )


def _written_at(stems: Sequence[str], end: int, form: tuple[str, ...]) -> bool:
    """Whether the words ending at token `end` are those of `form`, by their lemmas' stems (a
    paragraph's `_lemma_stems`)."""
    start = end + 1 - len(form)
    return start >= 0 and tuple(stems[start : end + 1]) == form


def _stems(phrase: str) -> set[str]:
    """The stems of a phrase's words (`_stem`)."""
    return {_stem(word) for word in phrase.split()}


def _stem(word: str) -> str:
    """A Russian word with its case ending cut ("пресс-секретаря", "пресс-секретарь"): enough to
    tell a role's title in any case from another title."""
    return word.lower().replace("ё", "е").rstrip("аяоеиыуюьй") or word.lower()


def _same_gender(pronoun: Token, subject: Token, gender: list[str] | None = None) -> bool:
    """Whether a subject may be whom a pronoun refers to by their grammatical gender, where the
    tagger gives one to both (Russian's: "она" is no "судья сказал"); a subject's gender is its
    own or, in the past tense, its verb's ("Нисар сказал"). `gender`: the pronoun's, when its tag
    gives none."""
    wanted = gender or pronoun.morph.get("Gender")
    if not wanted or not gender and pronoun.morph.get("Number") == ["Plur"]:
        return True
    found = subject.morph.get("Gender") if subject.pos_ == "PRON" else subject.head.morph.get("Gender")
    if not found and subject.pos_ != "PRON":
        found = subject.morph.get("Gender")
    return not found or found == wanted


def _pronoun_for_role(token: Token, role: Token) -> bool:
    """'Он напомнил ...' before '«...», — заявил председатель ВСК': a person's pronoun (one of a
    gender, the tagger's Russian) speaking before a role word that refers back is the same person."""
    gender = token.morph.get("Gender")
    return (
        role.pos_ == "NOUN"
        and token.pos_ == "PRON"
        and token.morph.get("Person") == ["3"]
        and bool(gender)
        and gender != ["Neut"]
        and token.morph.get("Number") != ["Plur"]
    )


def _bare(noun: Token) -> bool:
    """A noun on its own, with no word that describes it: "диктатор", not "сотрудник министерства"."""
    return noun.morph.get("Number") != ["Plur"] and not any(
        c.dep_ not in {"punct", "case", "cc"} for c in noun.children
    )


def _personal_pronoun(token: Token, gender: list[str] | None) -> bool:
    """A third person's pronoun of that gender ("он", "она"): whom a possessive of it stands for."""
    return (
        bool(gender)
        and token.pos_ == "PRON"
        and token.morph.get("Person") == ["3"]
        and (token.morph.get("Gender") == gender)
    )


def _owners(noun: Token) -> list[Token]:
    """Whose the noun is: "Ryan" of "Ryan's office", "his" of "his wife"."""
    return [c for c in noun.children if c.dep_ == "poss"]


def _hyphen_parts(token: Token) -> set[str]:
    """The words of a hyphenated compound a token ends, and the compounds its last words make:
    "president" and "elect" for "elect" of "president-elect"; "year-old" of "46-year-old"."""
    parts = [token]
    at = token.i
    while at >= 2 and token.doc[at - 1].text in "-–" and not token.doc[at - 2].whitespace_:
        if token.doc[at - 1].whitespace_:
            break
        parts.insert(0, token.doc[at - 2])
        at -= 2
    if len(parts) < 2:
        return set()
    words = [t.lower_ for t in parts]
    return set(words) | {"-".join(words[k:]) for k in range(1, len(words) - 1)}


def _hyphenated(token: Token) -> str:
    """The whole hyphenated word a token ends, in lower case: "think-tank" of "tank"."""
    doc, parts, at = token.doc, [token.lower_], token.i
    while at >= 2 and doc[at - 1].text == "-" and not doc[at - 1].whitespace_ and not doc[at - 2].whitespace_:
        parts.insert(0, doc[at - 2].lower_)
        at -= 2
    return "-".join(parts)


def _proper_phrase(token: Token) -> str:
    """A proper noun with the proper nouns compounded to it: 'Kovalska Group'; a name's further
    words, which Universal Dependencies hang after its first ('Анвар Ибрагим', flat). Natasha hangs
    a surname on the given name right before it as apposition ("Сергей" <- "Шойгу"), and a name in
    an inflecting language is named in the nominative ("цитирует Путина ТАСС": "Путин")."""
    parts = [t for t in token.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"] + [token]
    parts += [t for t in token.rights if t.dep_ == "flat" and t.pos_ == "PROPN"]
    if token.doc.lang_ != NATASHA_LANGUAGE:
        return " ".join(t.text for t in sorted(parts, key=lambda t: t.i))
    parts += [
        t
        for t in token.rights
        if t.dep_ == "appos" and t.pos_ == "PROPN" and t.i == token.i + 1 and t.text[:1].isupper()
    ]
    return " ".join(nominative([t], t) for t in sorted(parts, key=lambda t: t.i))


INVERTED_WINDOW = 4  # words after a narrator's verb among which its subject stands


def _name_right_after(verb: Token) -> Token | None:
    """The name right after a verb that follows a quotation ('"...," said Philip Oreopoulos, an
    economist ..., whose review influenced policymakers'), when the parser made it the subject of a
    later clause: the last word of the run of proper nouns."""
    run = list(itertools.takewhile(lambda t: t.pos_ == "PROPN", verb.doc[verb.i + 1 :]))
    return run[-1] if run and run[-1].dep_ in SUBJECT_DEPS and run[-1].head.i > verb.i else None


def _named_after_dash(verb: Token, dashes: list[str]) -> Token | None:
    """The subject after a narrator's verb that follows a quotation and a dash ('», — рассказывает
    пленный пограничник Александр Ржавский'), when the parser hung it on a word of the quotation:
    the first noun, name, pronoun or number in the nominative among the next few words."""
    if not dashes or verb.i == 0 or verb.nbor(-1).text not in dashes:
        return None
    for token in verb.doc[verb.i + 1 : verb.i + 1 + INVERTED_WINDOW]:
        if token.is_punct:
            return None
        if token.pos_ in {"NOUN", "PROPN", "PRON", "NUM"} and token.morph.get("Case") == ["Nom"]:
            return token
    return None


# words between a closing quote mark and its verb a speaker's name and apposition may take ('"...," Lt.
# Gen. David Buck, commander of the 14th Air Force and the Joint Functional Component Command for
# Space, said')
BETWEEN_WINDOW = 32


def _between_quote_and(verb: Token, quoted: list[tuple[int, int]]) -> Token | None:
    """The phrase between a closing quote mark and its verb, when the parser hung it on a word
    inside the quote ('"...," the head of the X Regiment, Ann Berg, said'): its top word."""
    stretch: list[Token] = []
    for token in reversed(verb.doc[max(0, verb.i - BETWEEN_WINDOW) : verb.i]):
        if token.is_quote or _inside(token.idx, quoted):
            break
        if token.pos_ in {"VERB", "AUX"}:
            return None
        stretch.append(token)
    else:
        return None
    inside = {t.i for t in stretch}
    tops = [t for t in reversed(stretch) if not t.is_punct and t.head.i not in inside]
    return tops[0] if tops else None


def _phrase_head(token: Token) -> Token:
    """The noun a phrase's first word belongs to: "the" or "Saudi" of "the Saudi news agency"."""
    while token.dep_ in {"det", "amod", "compound", "nummod", "poss", "case"} and token.head.i > token.i:
        token = token.head
    return token


def _after_preposition(noun: Token) -> bool:
    """Whether a preposition stands right before a noun and the adjectives that agree with it ("с
    администрацией"); the parser may hang a preposition of other words on it ("по родительским чатам
    администрацией"), so the words before it are read, not its children."""
    doc, i = noun.doc, noun.i - 1
    while i >= 0 and doc[i].pos_ in {"ADJ", "DET"} and doc[i].morph.get("Case") == noun.morph.get("Case"):
        i -= 1
    return i >= 0 and doc[i].pos_ == "ADP"


# the arguments of a verb that name a party beside its subject: objects, a preposition's object
OTHER_PARTY_DEPS = frozenset({"dobj", "dative", "pobj", "attr", "oprd"})


def _definite(noun: Token) -> bool:
    """'the statement': a noun with the definite article (spaCy's Definite=Def), which refers back."""
    return any(c.dep_ == "det" and c.morph.get("Definite") == ["Def"] for c in noun.children)


def _indefinite(noun: Token, indefinites: frozenset[str]) -> bool:
    """'a spokesman', 'one official', 'another aide', 'officials': nobody named before."""
    # the indefinite article (spaCy's Definite=Ind) and its kin (data: `indefinites`)
    for child in noun.children:
        if child.dep_ in {"det", "nummod"} and (
            child.morph.get("Definite") == ["Ind"] or child.lower_ in indefinites
        ):
            return True
    return noun.tag_ in PLURAL_NOUN_TAGS and not any(c.dep_ in {"det", "poss"} for c in noun.children)


def _abbreviates(abbreviation: str, role: str) -> bool:
    """Whether a role holds an abbreviation of a post, or words whose initials begin it ("Tesla CEO",
    "co-founder and chief executive" for "ceo"; not "chief financial officer")."""
    words = re.findall(r"[^\W\d_]+", role.lower())
    if abbreviation in words:
        return True
    initials = "".join(w[0] for w in words)
    return any(
        abbreviation.startswith(initials[i : i + size])
        for size in range(min(len(abbreviation), len(initials)), 1, -1)
        for i in range(len(initials) - size + 1)
    )


def _role_phrase(
    subject: Token,
    partitives: frozenset[str] = frozenset(),
    qualifiers: frozenset[str] = frozenset(),
    own_words: bool = False,
) -> str:
    """The words that describe an unnamed speaker: 'one party activist' -> 'party activist',
    'one of the advisers' -> 'one of the advisers' ('один из задержанных': the group it is one of
    hangs on it with a preposition of `partitives`); no article, no clause after it. `own_words`:
    only the adjectives right before the noun, where the parser may have hung a phrase of other
    words on it."""
    doc = subject.doc
    ofs = [c for c in subject.rights if c.lower_ == "of" and subject.pos_ == "NUM"]
    objects = [o for c in ofs for o in c.children if o.dep_ == "pobj"]
    objects += [
        c
        for c in subject.rights
        if subject.pos_ == "NUM"
        and c.dep_ == "nmod"
        and any(g.dep_ == "case" and g.lower_ in partitives for g in c.children)
    ]
    head = objects[0] if objects else subject
    end = head.i + 1
    if qualifiers:
        # "представитель министерства обороны", "источник в силовых структурах": the words after
        # the noun that qualify it, up to a clause or a comma; after the group a partitive names
        # ("один из сотрудников министерства обороны"), that group's
        kept = {t.i for c in head.rights if c.dep_ in qualifiers for t in _phrase_words(c)}
        # "мать Ивана Петрова", "дочь писателя Василия Быкова": a name in the genitive the parser set
        # in apposition to the noun or to its qualifier says whose, and belongs to the description
        owners = [head, *(doc[i] for i in sorted(kept))]
        kept |= {
            t.i
            for noun in owners
            for c in noun.rights
            if c.dep_ == "appos" and c.ent_type_ == "PERSON" and c.morph.get("Case") == ["Gen"]
            for t in _phrase_words(c)
        }
        # a noun in the nominative qualifies nothing (a qualifier is oblique): the subject the
        # parser hung on it ("приводит слова сотрудника министерства агентство")
        kept -= {i for i in kept if doc[i].dep_ in qualifiers and doc[i].morph.get("Case") == ["Nom"]}
        while end < len(doc) and end in kept and not doc[end].is_punct:
            end += 1
    left = [t for t in subject.lefts if t.dep_ not in {"det", "predet", "punct", "nummod", "cc"}]
    start = min([t.left_edge.i for t in left] + [subject.i])
    if own_words:
        start = subject.i
        while (
            start > 0
            and doc[start - 1].dep_ == "amod"
            and doc[start - 1].head == subject  # tokens are made anew at each access: compared, not identical
            and doc[start - 1].morph.get("Case") == subject.morph.get("Case")
        ):
            start -= 1
    if doc.lang_ == NATASHA_LANGUAGE:
        # "цитирует рассказ мужчины", "по словам источника": a speaker is named in the nominative
        return nominative(list(doc[start:end]), subject)
    # 'the "independent" monitors said': marks that set a word apart as doubtful are the writer's,
    # not part of who the speaker is (a single ’ may be a possessive's, "Marvel’s", and stays)
    return " ".join(QUOTE_MARK_RE.sub("", span_text(doc[start:end])).split())


def _phrase_words(token: Token) -> list[Token]:
    """A noun phrase's words: the token's subtree without the clauses, lists and asides on it."""
    words = [token]
    for child in token.children:
        if child.dep_ not in {"acl", "relcl", "appos", "conj", "parataxis", "punct", "cc"}:
            words += _phrase_words(child)
    return words


def _sentences_around(
    doc, start: int, end: int, quoted: list[tuple[int, int]], verbs: set[str] | frozenset[str] = frozenset()
) -> list[Span]:
    """Sentences that overlap the quote, and the one right after when the quote ends one and
    that one quotes nothing of its own ('Japan branded it an "outlaw nation." Russia insisted
    that Pyongyang "stop ..."': Russia speaks its own words, not Japan's)."""
    sentences = [s for s in sentences_of(doc) if s.start_char < end + 1 and start - 1 < s.end_char]
    if not sentences:
        sentences = [sentence_of(doc, start)]
    following = [s for s in sentences_of(doc) if s.start_char >= sentences[-1].end_char]
    # '"...," Lukashenko said': the model sometimes splits before the attribution, however long
    # the attribution goes on ('"... alright?" he urged them, as he explained how tough it is')
    if (
        following
        and (len(following[0]) <= 12 or _opens_with_attribution(following[0], end, verbs))
        and not any(following[0].start_char <= s < following[0].end_char for s, _ in quoted)
    ):
        sentences.append(following[0])
    return sentences


def _opens_with_attribution(sentence: Span, end: int, verbs: set[str] | frozenset[str]) -> bool:
    """A sentence right after a quotation's closing mark that opens with its speech verb's subject:
    'he urged them, ...', 'Trump said ...'."""
    root = sentence.root
    # only the closing mark between: after '». ' the quotation's own sentence has ended
    between = sentence.doc.text[end : sentence.start_char]
    # and a quotation that closed with a full stop ('...campaign." Kasich said he would') is done
    return (
        not between.strip(" ”\"’'»")
        and sentence.doc.text[:end].rstrip()[-1:] in {",", "?", "!", "—", "–"}
        and root.lemma_.lower() in verbs
        and any(c.dep_ in SUBJECT_DEPS and c.left_edge.i == sentence.start for c in root.children)
    )


def _inside(offset: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= offset < e for s, e in spans)


def _starts_with_quote(span: QuoteSpan) -> bool:
    return span.start <= 1


def _tidy(text: str) -> str:
    """Quoted text without the sentence punctuation that only frames it."""
    text = text.strip()
    text = re.sub(r"[,;:]$", "", text)
    return " ".join(text.split())
