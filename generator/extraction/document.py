"""The parsed body: paragraphs with their spaCy docs, and shared text helpers."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from spacy.tokens import Doc, Span, Token

from ..dates import MONTHS, ORDINAL_SUFFIX
from ..lexicon import alternatives, bundled
from ..nlp_natasha import normal_forms

_MONTH = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
PAREN_RE = re.compile(r"\(([^()]{3,240})\)")
# "(Belta, October 31)", "(see Postkomsg. com, November 4, 2021)": one inline citation.
_CITATION_OPENERS = alternatives(bundled("sources", "citation_openers"))
CITATION_RE = re.compile(
    rf"^(?:(?:{_CITATION_OPENERS})\s+)?(?P<name>[^\d;,][^;]{{0,80}}?),\s*(?P<date>"
    rf"{_MONTH}\s+\d{{1,2}}(?:{ORDINAL_SUFFIX})?(?:,?\s*\d{{4}})?"
    rf"|\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?|{_MONTH}\s+\d{{4}}|\d{{4}})$",
    re.IGNORECASE,
)


def find_citations(text: str) -> list[tuple[tuple[int, int], list[tuple[str, str]]]]:
    """Parentheses that cite sources, with (name, date expression) for each source."""
    found = []
    for paren in PAREN_RE.finditer(text):
        parts = [CITATION_RE.match(part.strip()) for part in paren.group(1).split(";")]
        cited = [(m.group("name").strip(), m.group("date")) for m in parts if m]
        if cited:
            found.append((paren.span(), cited))
    return found


@dataclass
class Mention:
    """One occurrence of an entity in the body."""

    paragraph: int
    start: int  # character offsets in the paragraph
    end: int
    kind: str  # people, organisations, places, equipment
    name: str  # canonical name of the entity it belongs to


@dataclass
class Body:
    """Paragraph texts, their docs, and, on the body extract_entities returns, the entities'
    mentions and roles (what quotes need to name a speaker)."""

    ids: list[str]
    texts: list[str]
    docs: list[Doc]
    mentions: list[Mention] = field(default_factory=list)
    citation_spans: list[list[tuple[int, int]]] = field(default_factory=list)
    roles: dict[str, str] = field(default_factory=dict)  # entity name -> role

    def __post_init__(self) -> None:
        self.citation_spans = [[span for span, _ in find_citations(text)] for text in self.texts]

    def with_mentions(self, mentions: list[Mention]) -> Body:
        """A new body of the same paragraphs and docs, holding `mentions` and no roles yet."""
        return Body(self.ids, self.texts, self.docs, mentions=list(mentions))

    def in_citation(self, paragraph: int, start: int, end: int) -> bool:
        return any(s <= start and end <= e for s, e in self.citation_spans[paragraph])

    def mention_at(self, paragraph: int, start: int, end: int, kinds: tuple[str, ...]) -> Mention | None:
        """The entity mention overlapping a character span, if any."""
        for mention in self.mentions:
            if (
                mention.paragraph == paragraph
                and mention.kind in kinds
                and mention.start < end
                and start < mention.end
            ):
                return mention
        return None

    def mention_of_token(self, paragraph: int, token: Token, kinds: tuple[str, ...]) -> Mention | None:
        return self.mention_at(paragraph, token.idx, token.idx + len(token.text), kinds)

    def last_mention_before(
        self, paragraph: int, offset: int, kinds: tuple[str, ...], word: str | None = None
    ) -> Mention | None:
        """The nearest mention of these kinds before a point, in this or earlier paragraphs."""
        best = None
        for mention in self.mentions:
            if mention.kind not in kinds:
                continue
            if (mention.paragraph, mention.start) >= (paragraph, offset):
                continue
            if word and word.lower() not in mention.name.lower():
                continue
            if best is None or (mention.paragraph, mention.start) > (best.paragraph, best.start):
                best = mention
        return best


def text_of(doc: Doc) -> str:
    """A doc's text, built once: spaCy joins every token again on each `doc.text`."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return text


# the parser's labels for a verb's subject (spaCy's English ones; Natasha's are the same)
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})

TEXT_KEY = "briefings.text"
SENTENCES_KEY = "briefings.sentences"


def sentences_of(doc: Doc) -> list[Span]:
    """A doc's sentences, found once: `doc.sents` walks every token again on each call,
    and half a dozen extractors ask for them."""
    sentences = doc.user_data.get(SENTENCES_KEY)
    if sentences is None:
        sentences = doc.user_data[SENTENCES_KEY] = list(doc.sents)
    return sentences


def split_sentences(doc: Doc, titles: frozenset[str]) -> list[Span]:
    """The parser's sentences, kept for `sentences_of`, without its breaks where no sentence
    ends: after a title's abbreviation ("Grenada's Prime Minister, Dr the Rt. Hon. | Keith
    Mitchell has voiced ...") or where no punctuation does ("..., warns the Pan American
    Health Organization (PAHO) | Director Carissa Etienne as she urged ...")."""
    merged: list[Span] = []
    for sentence in doc.sents:
        if merged and (
            sentence[0].text[:1].isupper() and _ends_with_title(merged[-1], titles) or _unfinished(merged[-1])
        ):
            merged[-1] = doc[merged[-1].start : sentence.end]
        else:
            merged.append(sentence)
    doc.user_data[SENTENCES_KEY] = merged
    return merged


def _unfinished(sentence: Span) -> bool:
    tokens = [t for t in sentence if not t.is_space]
    if not tokens:
        return False
    last = tokens[-1]
    if last.is_punct and last.text not in {")", "]", ","}:
        return False  # a full stop, a question, a colon before a quote, a closing quote
    return not last.text.endswith((".", "!", "?", "…"))


def _ends_with_title(sentence: Span, titles: frozenset[str]) -> bool:
    last = sentence[-1]
    if last.text == "." and len(sentence) > 1:
        last = sentence[-2]
    elif not last.text.endswith("."):
        return False
    return last.text.rstrip(".").lower() in titles


def normal_form(doc: Doc, start: int, end: int) -> str | None:
    """The form the pipeline names the words at [start, end) by, when it gives one (Natasha's
    Russian: the nominative, "Александра Лукашенко" is "Александр Лукашенко"): an entity's, or
    the words of one the span covers ("Лукашенко" of it); None if there is none."""
    forms = normal_forms(doc)
    if not forms or (start, end) in forms:
        return forms.get((start, end))
    text = text_of(doc)
    for (first, last), normal in forms.items():
        if not first <= start < end <= last:
            continue
        words = [(first + m.start(), first + m.end()) for m in re.finditer(r"\S+", text[first:last])]
        normals = normal.split()
        starts = [i for i, (s, _) in enumerate(words) if s == start]
        ends = [i for i, (_, e) in enumerate(words) if e == end]
        if len(words) == len(normals) and starts and ends:
            return " ".join(normals[starts[0] : ends[0] + 1])
    return None


def span_text(span: Span) -> str:
    """`span.text`, cut from the doc's text instead of joined again from its tokens."""
    return text_of(span.doc)[span.start_char : span.end_char]


def sentence_of(doc: Doc, start: int) -> Span:
    """The sentence holding character offset `start`; the whole doc if none does."""
    for sentence in sentences_of(doc):  # a paragraph has a handful: a scan is enough
        if sentence.start_char <= start < sentence.end_char:
            return sentence
    # between two sentences (their whitespace): the one the next token starts
    span = doc.char_span(start, min(start + 1, len(text_of(doc))), alignment_mode="expand")
    if span is not None and len(span):
        return span[0].sent
    return doc[:]


POSSESSIVE_RE = re.compile(r"(?:'s|’s|'|’)$")  # "Ukraine's", "Belarus'"


@cache
def _leading_article_re(articles: frozenset[str]) -> re.Pattern[str]:
    forms = sorted({form for article in articles for form in (article, article.capitalize())})
    return re.compile(rf"^(?:{alternatives(forms)})\s+")


def clean_entity_text(text: str, articles: frozenset[str] = frozenset()) -> str:
    """Entity text without possessive, surrounding quotes or a leading article (`articles`, the
    language's definite ones, as written or capitalised: "the Kremlin", "The Hague")."""
    abbreviation = re.search(r"(?:^|\s)(?:[A-Z]\.){2,}$", text.rstrip())  # "the U.S.": its stop stays
    text = text.strip(" \t\"'“”‘’«»,.;:()[]—–-")
    if abbreviation:
        text += "."
    text = POSSESSIVE_RE.sub("", text).strip()
    text = _leading_article_re(articles).sub("", text)
    # what a possessive leaves when a name is cut right after it: "(president-elect’)s Air Force One"
    text = re.sub(r"^s\s+(?=[A-Z])", "", text)
    return text.strip(" \"'“”‘’")


MIN_PROSE_WORDS = 4  # "Daniel Morrow.", "Photos: Jane Doe." are no sentences of a story
PROSE_END_RE = re.compile(r"[.!?…][\"'”’»)\]]*$|[\"”»]$")
# a sentence's end inside the paragraph: "... the city said. (Video by ...)", or a quotation
# that goes on into the next paragraph ("... said. “Our units are holding"): a word in lower
# case, its stop, and a capital, in any script
INNER_END_RE = re.compile(r"([^\W\d_]{2})[.!?][\"'”’»)]*\s+[\"“‘«(]?([^\W\d_])")


# what opens a paragraph of quotation or of speech led by a dash: «, “, „, a straight mark, a dash
OPENS_SPEECH_RE = re.compile(r"^\s*[«“„\"‘'—–-]")


def introduces_speech(text: str, following: str | None) -> bool:
    """A paragraph that ends in a colon before a paragraph of quotation or of speech ("Директор
    завода Игорь Ляшенко рассказал о планах предприятия:" then "— В следующем году ..."): a sentence
    of the story, though it ends in no stop, not a heading or a list's label."""
    return (
        following is not None
        and text.rstrip().endswith(":")
        and len(text.split()) >= MIN_PROSE_WORDS
        and bool(OPENS_SPEECH_RE.match(following))
    )


def is_prose(text: str) -> bool:
    """A paragraph of the story's prose: words enough, and a sentence's end. Not a heading, a
    page's menu or list of links, a sign-off or another story's headline left in the body:
    what is named or dated only there is not the story's."""
    if len(text.split()) < MIN_PROSE_WORDS:
        return False
    return bool(PROSE_END_RE.search(text)) or any(
        m.group(1).islower() and m.group(2).isupper() for m in INNER_END_RE.finditer(text)
    )
