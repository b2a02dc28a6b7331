"""Bottom line and key points: verbatim sentences, ranked and chosen to cover different facts.

Sentences are ranked by TextRank over the similarity of their content words
(TF-IDF cosine), blended with a lead prior for the bottom line (news puts the
point first). Maximal marginal relevance keeps near-repeats out. Questions,
fragments, captions and sentences that are mostly a quote are not candidates.
A sentence that reads badly (the parser could not place its words, it has no
verb, it runs on, or it keeps words of another language, as machine
translations do) ranks lower, so a clearer one that says the same wins.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
from spacy.tokens import Doc, Span, Token

from ..cleaning import unbalanced
from ..lexicon import Lexicon
from ..schema import Sentence
from .document import SUBJECT_DEPS, Body, sentences_of, span_text, text_of

CONTENT_POS = {"NOUN", "PROPN", "VERB", "ADJ", "NUM"}
DAMPING = 0.85
ITERATIONS = 50
MIN_WORDS = 8
MAX_WORDS = 60
SUMMARY_WORDS = 70  # the bottom line stays short: 1-3 sentences within this
KEY_POINTS = 7
MMR_LAMBDA = 0.7
LEAD_WEIGHT = 0.5
POINT_LEAD_WEIGHT = 0.25  # key points lean on the lead too: reports put main claims high
TITLE_WEIGHT = 0.3  # a sentence that says what the headline says is the story's point
ANAPHORIC = 0.5  # "This came after...", "He added...": meaningless alone, never a key point
SECOND_SENTENCE = 0.6  # a second bottom-line sentence must score this share of the first's
LEAD_PARAGRAPHS = 2  # ... and stand in the lead: the first two paragraphs with sentences
POINT_FLOOR = 0.45  # a key point must score this share of the best one: seven is a ceiling
POINT_DECAY = 0.1  # the lead's pull on a key point fades by paragraph: half at the 10th, a third at the 20th
REPEAT = (
    0.45  # similarity at which a sentence repeats a chosen one (a statement printed twice, a fact restated)
)
BOTTOM_LINE_QUOTED = 0.3
MIN_CLARITY = 0.4
SAME_FACT = 0.3  # similarity above which two sentences say much the same
CLEARER = 0.2  # how much better a sentence must read to push out one that says the same
LONG_SENTENCE = 40  # words; past this a sentence gets harder to read with every word
UNPLACED = {"dep", "meta"}
QUOTE_MARKS = {'"', "“", "”", "''", "``", "'", "‘", "’"}
DATELINE_RE = re.compile(
    r"^(?:[A-Z][\w .,'-]{0,40}\s)?\([^()]{2,40}\)\s*[–—-]{1,2}\s*"
)  # the parser's labels for a word it could not attach


@dataclass
class Candidate:
    order: int
    paragraph: int
    text: str
    terms: Counter[str]
    words: int
    quoted: float = 0.0  # share of the sentence inside quotation marks
    clarity: float = 1.0  # 1 reads well; down to MIN_CLARITY for a garbled sentence
    anaphoric: bool = False  # points back ("He added", "This came after") or ahead ("Here's what")
    states: bool = True  # a finite verb or a subject: it states something, as a blurb or a caption does not
    recap: bool = False  # "Напомним, ...": what was reported before, never the bottom line


@dataclass(frozen=True)
class Ties:
    """The words (grammar.yaml) by which a sentence leans on another and cannot stand alone:
    `back_referring` make a subject refer back ("the other command"), `back_referring_nouns`
    stand for the news before ("The move ..."), `connectives` tie it to the sentence before
    ("Moreover, ..."), `pointing_ahead` point to what follows ("Here's what ..."), and
    `recap_openers` open a recap of earlier news ("Напомним, ...")."""

    back_referring: frozenset[str] = frozenset()
    back_referring_nouns: frozenset[str] = frozenset()
    connectives: frozenset[str] = frozenset()
    pointing_ahead: frozenset[str] = frozenset()
    recap_openers: frozenset[str] = frozenset()

    @classmethod
    def of(cls, lexicon: Lexicon) -> Ties:
        words = {name: lexicon.words("grammar", key) for name, key in TIE_KEYS.items()}
        return cls(**words)


TIE_KEYS = {
    "back_referring": "back_referring_modifiers",
    "back_referring_nouns": "back_referring_nouns",
    "connectives": "connectives",
    "pointing_ahead": "pointing_ahead",
    "recap_openers": "recap_openers",
}


def _candidates(body: Body, ties: Ties) -> list[Candidate]:
    found = []
    order = 0
    for index, doc in enumerate(body.docs):
        quoted = _quoted_marks(text_of(doc))
        # once a paragraph, not once a sentence: a paragraph of 20,000 characters has hundreds
        latin = _mostly_ascii(doc)
        for sent in sentences_of(doc):
            text = span_text(sent).strip()
            words = len(text.split())
            order += 1
            if not MIN_WORDS <= words <= MAX_WORDS or text.endswith("?"):
                continue
            opening = DATELINE_RE.sub("", text)  # "(Reuters) - Modernizing ...": the lead all the same
            if not _opens_sentence(opening) or not re.search(r"[.!\"”’»“]$", text):
                continue  # a fragment the sentence splitter left
            share = _quote_share(quoted, sent.start_char, sent.end_char, text)
            if share > 0.7 or unbalanced(text):
                continue  # a speaker's words, or a piece of a quote the splitter cut
            terms = content_terms(sent)
            if terms:
                found.append(
                    Candidate(
                        order,
                        index,
                        text,
                        terms,
                        words,
                        share,
                        _clarity(sent, latin),
                        _points_back(sent, ties.back_referring, ties.back_referring_nouns)
                        or _ties_back(opening, ties.connectives)
                        or _opens_with(opening, ties.pointing_ahead),
                        _states(sent),
                        _ties_back(opening, ties.recap_openers),
                    )
                )
    return found


def _states(sent: Span) -> bool:
    """Whether a sentence states something: it has a finite verb, or its head has a subject
    (a language that leaves out "is": "Подольски – третий ...", "Попытка сорвана"), by the
    parser's morphology and syntax, in any language the model knows. One that does not states no
    claim a reader can weigh: a subscription's perks ("Unlimited online access to ...", "Create
    an account or sign in to continue ..."), a photo's caption ("A burned truck near the town")."""
    words = [w for w in span_text(sent).split() if w[:1].isalpha()]
    if len(words) >= 3 and all(w[0].isupper() for w in words):
        return True  # a headline's capitals ("Emergency Ends On March 31") mislead the parser
    return any(t.morph.get("VerbForm") == ["Fin"] for t in sent) or any(
        t.dep_ in SUBJECTS for t in sent.root.children
    )


# a clause's subject of any kind, in either language parser's labels
SUBJECTS = SUBJECT_DEPS | {"nsubj:pass", "csubj", "csubj:pass", "expl"}


def _ties_back(text: str, connectives: frozenset[str]) -> bool:
    """A sentence opened by a word that ties it to the one before: "Moreover, ...", "In fact, ...",
    "Second, the part ...": it means little alone."""
    opening = text.split(",", 1)[0] if "," in " ".join(text.split()[:CONNECTIVE_WORDS]) else ""
    first = re.sub(r"\W+$", "", text.split()[0]).lower() if text.split() else ""
    return " ".join(opening.lower().split()) in connectives or first in connectives


CONNECTIVE_WORDS = 5  # "At the same event, ...": a connective phrase is short


def _opens_with(text: str, phrases: frozenset[str]) -> bool:
    """Whether a sentence's first words are one of `phrases` ("Here's what ...", "The following
    chart ...": a signpost to what comes next)."""
    words = [re.sub(r"^\W+|\W+$", "", w) for w in text.lower().split()[:CONNECTIVE_WORDS]]
    return any(" ".join(words[:n]) in phrases for n in range(1, len(words) + 1))


def _opens_sentence(text: str) -> bool:
    """Whether a text starts as a sentence does: a capital or a digit, after a quote mark."""
    first = text.lstrip("\"“‘'«„")[:1]
    return first.isdigit() and first.isascii() or first.isupper()


def content_terms(tokens: Iterable[Token]) -> Counter[str]:
    """What a sentence (or a headline) is about, as the summary compares them: the lemmas of
    its nouns, names, verbs, adjectives and numbers."""
    return Counter(t.lemma_.lower() for t in tokens if t.pos_ in CONTENT_POS and not t.is_stop and t.is_alpha)


def _clarity(sent: Span, latin: bool) -> float:
    """How well a sentence reads, from 1 down to MIN_CLARITY; `latin`: whether its paragraph is
    mostly ASCII letters (_mostly_ascii)."""
    tokens = [t for t in sent if not t.is_punct and not t.is_space]
    if not tokens:
        return MIN_CLARITY
    score = 1.0
    score -= 2 * sum(t.dep_ in UNPLACED for t in tokens) / len(tokens)
    if sent.root.pos_ not in {"VERB", "AUX"}:
        score -= 0.15  # no verb holds it together: a heading or a fragment
    score -= max(0, len(tokens) - LONG_SENTENCE) / 100
    foreign = sum(1 for t in tokens if t.is_alpha and t.text.isascii() != latin and t.ent_type_ == "")
    score -= foreign / len(tokens)  # untranslated words, outside names
    return max(MIN_CLARITY, score)


def _mostly_ascii(doc: Doc) -> bool:
    """Whether most letters of a paragraph are ASCII (English), so that a word of another script
    is the foreign one; in a Russian text a word in ASCII letters is."""
    text = text_of(doc)
    letters = [ch for ch in text if ch.isalpha()]
    return sum(ch.isascii() for ch in letters) * 2 >= len(letters)


BARE_DEPS = {"det", "nummod", "amod", "punct"}  # the modifiers that say no more than which one


def _definite_and_bare(subject: Token) -> bool:
    """A subject with a definite article and nothing that says which one it is beyond a count or
    an adjective: not "the decision to develop a missile", not "the Senate vote"."""
    children = list(subject.children)
    definite = any(c.dep_ == "det" and c.morph.get("Definite") == ["Def"] for c in children)
    return definite and all(c.dep_ in BARE_DEPS for c in children)


def _points_back(
    sent: Span,
    back_referring: frozenset[str] = frozenset(),
    back_referring_nouns: frozenset[str] = frozenset(),
) -> bool:
    """A sentence whose subject points back to an earlier one: "He added...", "This came
    after...", "That is down 6 per cent" (a personal or demonstrative pronoun or determiner
    first, by the parser's morphology: no word list, any language the model knows)."""
    first = next((t for t in sent if not t.is_punct), None)
    if first is None:
        return False
    kinds = first.morph.get("PronType")
    opens_quote = first.i > sent.start and sent.doc[first.i - 1].text in QUOTE_MARKS  # "“We will ..."
    if (
        kinds
        and kinds[0] in ("Prs", "Dem")
        and first.dep_ in ("nsubj", "nsubjpass", "det", "expl")
        and not opens_quote
    ):
        return True
    # "Об этом сообщил ...", "After that, ...", "Among them, ...": an opening preposition whose
    # object is a pronoun of the third person or a demonstrative (by the parser's tree and
    # morphology, any language): what the sentence reports is what the one before said
    if _pronoun_object(first, sent):
        return True
    # "After she suspended her campaign, the group made headlines": a person's pronoun before
    # the sentence names anyone, and no name as the subject it could point ahead to
    # ("When asked whether he would, Trump said ...")
    subject = next((t for t in sent if t.dep_ in ("nsubj", "nsubjpass") and t.head == sent.root), None)
    named_subject = subject is not None and (subject.pos_ == "PROPN" or subject.ent_type_ == "PERSON")
    for token in [] if named_subject else sent:
        if token.pos_ == "PROPN" or token.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"}:
            break  # a name comes first: what follows may refer to it
        if (
            token.morph.get("PronType") == ["Prs"]
            and token.morph.get("Person") == ["3"]
            and token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")
            and token.morph.get("Gender") != ["Neut"]
        ):
            return True
    # "The other command will ...", "The third option is ...": a subject that refers to one
    # the text named before (an ordinal, or a determiner's word for "the one mentioned")
    if subject is not None and any(
        c.ent_type_ == "ORDINAL" or c.lower_ in back_referring for c in subject.children if c.dep_ == "amod"
    ):
        return True
    # "The two men are in custody", "The move came after ...": a definite subject opening the
    # sentence that only counts what was named before, or a noun for the news of the sentence
    # before (grammar.yaml `back_referring_nouns`), with no word of its own to say which (not
    # "..., the two sides said Saturday": an attribution names who spoke; a count in words, not
    # a year: "The 2024 election is set for Nov. 5")
    if (
        subject is not None
        and subject.left_edge.i == first.i
        and _definite_and_bare(subject)
        and (
            any(c.dep_ == "nummod" and c.is_alpha for c in subject.children)
            or subject.lemma_.lower() in back_referring_nouns
        )
    ):
        return True
    # "'Prices are ridiculous now,' he said": quoted words whose speaker is only a pronoun
    doc = sent.doc

    def closes_quote(j: int) -> bool:  # ",”" / ".'": a quote mark after the quote's last word
        return doc[j].text in QUOTE_MARKS and j > sent.start and doc[j - 1].text in {",", ".", "!", "?"}

    return any(
        t.dep_ == "nsubj"
        and t.morph.get("PronType") == ["Prs"]
        and any(closes_quote(j) for j in range(max(t.i - 3, sent.start), t.i))
        for t in sent
    )


def _pronoun_object(first: Token, sent: Span) -> bool:
    """Whether the sentence opens with a preposition whose object is a pronoun that can only
    point back: a demonstrative or one of the third person ("Об этом", "After that", "Among
    them"), not "For us" or "Despite everything"."""
    if first.pos_ not in {"ADP", "SCONJ"} or first.i + 1 >= sent.end:
        return False
    word = sent.doc[first.i + 1]
    governed = word.head == first and word.dep_ == "pobj" or first.head == word and first.dep_ == "case"
    kinds = word.morph.get("PronType")
    # a model that marks no kind of pronoun (the Russian one) still marks its case: not "In all, ..."
    kind = kinds in (["Dem"], ["Prs"]) or not kinds and bool(word.morph.get("Case"))
    return word.pos_ == "PRON" and governed and kind and word.morph.get("Person") in ([], ["3"])


QUOTED_RE = re.compile(r"[\"“][^\"”]*[\"”]?|«[^»]*»?|„[^“”]*[“”]?")
# a quotation's opening mark and the marks that may close it
QUOTE_CLOSERS = {'"': '"', "“": '”"', "«": "»", "„": "“”"}


def _quoted_marks(text: str) -> list[bool]:
    """For each character of a paragraph, whether it stands inside a quotation that closes in the
    paragraph. Read over the whole paragraph, not a sentence: a quotation of several sentences
    ("“A cause for concern is ... The main reason for the failure is ... the camp.”") holds
    sentences with no mark of their own, a speaker's words all the same. A mark never closed (a
    stray one, or a quotation going on in the next paragraph) marks nothing: no sentence after it
    is taken for a quotation on its word alone."""
    marks = [False] * len(text)
    i = 0
    while i < len(text):
        closers = QUOTE_CLOSERS.get(text[i])
        end = next((j for j in range(i + 1, len(text)) if text[j] in closers), None) if closers else None
        if end is None:
            i += 1
            continue
        marks[i : end + 1] = [True] * (end + 1 - i)
        i = end + 1
    return marks


def _quote_share(marks: list[bool], start: int, end: int, text: str) -> float:
    """The share of a sentence (`text`, from `start` to `end` of its paragraph) that is quoted: by
    the paragraph's quotations, or by its own marks when it opens one it does not close."""
    own = sum(len(m.group()) for m in QUOTED_RE.finditer(text)) / max(1, len(text))
    return max(own, sum(marks[start:end]) / max(1, end - start))


def _similarity_matrix(candidates: list[Candidate]) -> list[list[float]]:
    """TF-IDF cosine similarity of every pair of sentences (0 on the diagonal)."""
    documents = len(candidates)
    frequency: Counter[str] = Counter()
    for c in candidates:
        frequency.update(set(c.terms))
    column = {term: i for i, term in enumerate(sorted(frequency))}
    vectors = np.zeros((documents, len(column)))
    for row, c in enumerate(candidates):
        for term, count in c.terms.items():
            vectors[row, column[term]] = count * math.log(1 + documents / frequency[term])
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    vectors /= np.where(norms == 0, 1.0, norms)
    similarity = vectors @ vectors.T
    np.fill_diagonal(similarity, 0.0)
    return similarity.tolist()


def _textrank(matrix: list[list[float]]) -> list[float]:
    size = len(matrix)
    if size == 0:
        return []
    weights = np.array(matrix)
    totals = weights.sum(axis=1)
    # what each sentence passes on, split over the sentences it resembles
    shares = weights / np.where(totals == 0, 1.0, totals)[:, None]
    scores = np.full(size, 1.0 / size)
    for _ in range(ITERATIONS):
        scores = (1 - DAMPING) / size + DAMPING * (shares.T @ scores)
    top = scores.max() or 1.0
    return [float(s) for s in scores / top]


def _mmr(
    pool: list[int],
    scores: list[float],
    matrix: list[list[float]],
    chosen: list[int],
    limit: int,
    budget: int | None,
    candidates: list[Candidate],
) -> list[int]:
    picked: list[int] = []
    words = 0
    while pool and len(picked) < limit:

        def value(i: int) -> float:
            redundancy = max((matrix[i][j] for j in chosen + picked), default=0.0)
            return MMR_LAMBDA * scores[i] - (1 - MMR_LAMBDA) * redundancy

        best = max(pool, key=lambda i: (value(i), -i))
        pool = [i for i in pool if i != best]
        if any(matrix[best][j] >= REPEAT for j in chosen + picked):
            continue  # the same statement again
        if budget is not None and picked and words + candidates[best].words > budget:
            continue
        picked.append(best)
        words += candidates[best].words
    return picked


def _title_similarity(candidates: list[Candidate], title: Counter[str]) -> list[float]:
    """Share of the headline's content words each sentence uses, 0 to 1."""
    words = set(title)
    return [len(words & set(c.terms)) / len(words) for c in candidates]


MAX_CANDIDATES = 400  # TextRank is quadratic in sentences; news puts the point early
TEASER_WORDS = 6  # a repeated sentence this long is the story's own, printed twice, not a stock phrase


def _teaser(body: Body, paragraph: int) -> int | None:
    """`paragraph`, the first with candidate sentences, when it is a teaser: one of its sentences
    is printed again, word for word, in a later paragraph (a page's summary box above the
    story, "Amritpal Singh has been on the run since March 18. He managed to give police a slip
    ..." and then, under the dateline, the story telling it again). Not when the later paragraph
    holds it whole: that is a copy of the story run together (an embedded post), and the first
    paragraph its lead."""
    own = {span_text(s).strip() for s in sentences_of(body.docs[paragraph])}
    own = {text for text in own if len(text.split()) >= TEASER_WORDS}
    whole = body.texts[paragraph].strip()
    later = (
        span_text(s).strip()
        for doc, text in zip(body.docs[paragraph + 1 :], body.texts[paragraph + 1 :], strict=True)
        if whole not in text
        for s in sentences_of(doc)
    )
    return paragraph if own and any(text in own for text in later) else None


def summarise(
    body: Body,
    title: Counter[str] | None = None,
    ties: Ties = Ties(),
) -> tuple[list[Sentence], list[Sentence]]:
    """(bottom line, key points), each a list of verbatim sentences with refs.

    `title`: the content words of the headline, when it is the article's own;
    `ties`: the words by which a sentence leans on another (`Ties`).
    """
    candidates = _candidates(body, ties)[:MAX_CANDIDATES]
    if not candidates:
        return [], []
    matrix = _similarity_matrix(candidates)
    headline = _title_similarity(candidates, title) if title else [0.0] * len(candidates)
    ranks = [
        (r + TITLE_WEIGHT * h) * c.clarity * (ANAPHORIC if c.anaphoric else 1.0)
        for r, h, c in zip(_textrank(matrix), headline, candidates, strict=True)
    ]
    # a teaser printed above the story is not its lead: the lead is the paragraph after it
    teaser = _teaser(body, candidates[0].paragraph)
    first = next((c.order for c in candidates if c.paragraph != teaser), candidates[0].order)
    lead = [c.clarity / (1 + 0.5 * max(0, c.order - first)) for c in candidates]
    bottom_scores = [(1 - LEAD_WEIGHT) * r + LEAD_WEIGHT * p for r, p in zip(ranks, lead, strict=True)]
    paragraphs = sorted({c.paragraph for c in candidates})
    rank = {paragraph: n for n, paragraph in enumerate(paragraphs)}
    place = [c.clarity / (1 + POINT_DECAY * rank[c.paragraph]) for c in candidates]
    point_scores = [
        (1 - POINT_LEAD_WEIGHT) * r + POINT_LEAD_WEIGHT * p for r, p in zip(ranks, place, strict=True)
    ]
    # a sentence that says what a clearer one says is never chosen
    pool = [
        i
        for i, c in enumerate(candidates)
        if not any(
            matrix[i][j] >= SAME_FACT and other.clarity - c.clarity >= CLEARER
            for j, other in enumerate(candidates)
            if j != i
        )
    ]
    # the bottom line is the reporter's statement, not mostly a speaker's words
    # ... and stands alone: no "He added" or "This came after" in it
    stated = [i for i in pool if candidates[i].states] or pool
    reported = [
        i
        for i in stated
        if candidates[i].quoted <= BOTTOM_LINE_QUOTED
        and not candidates[i].anaphoric
        and not candidates[i].recap
        and candidates[i].paragraph != teaser
    ] or stated
    summary = _mmr(reported, bottom_scores, matrix, [], 3, SUMMARY_WORDS, candidates)
    # a weak second or third sentence is left for the key points: the bottom line stays sharp;
    # and only the lead's: a sentence from lower down is a detail or background tacked on
    lead_paragraphs = [p for p in paragraphs if p != teaser][:LEAD_PARAGRAPHS]
    summary = [
        i
        for n, i in enumerate(summary)
        if n == 0
        or bottom_scores[i] >= SECOND_SENTENCE * bottom_scores[summary[0]]
        and candidates[i].paragraph in lead_paragraphs
    ]
    # a key point too must make sense alone
    remaining = [i for i in stated if i not in summary and not candidates[i].anaphoric]
    points = _mmr(remaining, point_scores, matrix, summary, KEY_POINTS, None, candidates)
    if points:
        best = max(point_scores[i] for i in points)
        points = [i for i in points if point_scores[i] >= POINT_FLOOR * best]

    def sentences(indexes: list[int]) -> list[Sentence]:
        ordered = sorted(indexes, key=lambda i: candidates[i].order)
        return [Sentence(text=candidates[i].text, ref=body.ids[candidates[i].paragraph]) for i in ordered]

    return sentences(summary), sentences(points)
