"""Direct speech led by a dash, as Russian writes it (and other languages that set dialogue so):

    — Мы ждём его с визитом в Россию,— попросил коллегу господин Путин.
    — Малайзийский концерн Petronas,— пояснил Владимир Путин,— входит в капитал «Роснефти».
    — Я должен ответить! У меня только одна жена.

A paragraph that opens with one of the language's speech dashes (speech.yaml, `speech_dashes`)
is speech, up to the narrator's words: a dash right after the speech's own punctuation
(",—", "!—", "?—", "...—") and a word in lower case, with a verb among the first words
("попросил коллегу господин Путин"). After the narrator's words, a comma or a stop and a dash
open the speech again; a sentence that ends with no dash is narration to the end. A dash inside a
sentence ("Диктатор, не утративший стыда, — это ещё не диктатор") has no verb after it and
is no narrator.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc

from ..cleaning import speech_hyphen
from .document import text_of

NARRATOR_VERB_WINDOW = 4  # words of the narrator's stretch in which its verb stands
NARRATOR_MAX_WORDS = 12  # words of a narrator's stretch inside a quotation ("— заявил министр обороны ... —")
MAX_CONTINUED = 4  # paragraphs a turn of speech runs on for before the narrator's words close it


@dataclass(frozen=True)
class Speech:
    """One stretch of dash-led speech: character offsets in its paragraph, and the word (a
    token index) of the narrator's verb that says who speaks it, if the paragraph has one."""

    start: int
    end: int
    narrator: int | None
    # a paragraph of a turn the narrator's words close in a later paragraph (`continued_speech`):
    # (paragraph, start, end) of the turn's last part, before the narrator's words
    tail: tuple[int, int, int] | None = None


def dash_speech(
    doc: Doc,
    dashes: list[str],
    hyphens: Sequence[str] = (),
    speech_verbs: frozenset[str] | set[str] = frozenset(),
    is_quotation: Callable[[str], bool] | None = None,
    turn: bool = False,
    quoted: bool = False,
) -> list[Speech]:
    """The stretches of speech in a paragraph that opens with a speech dash; none otherwise.
    `hyphens` (speech.yaml `narrator_hyphens`) stand for a dash in typed text ("- Мы готовы, -
    сказал он."): a paragraph opening with one is speech only where a narrator's words follow
    (a list's items open so too), or where it is a `turn` of dialogue (`hyphen_turns`). With
    `speech_verbs` (their lemmas), a paragraph whose opening dash was lost is speech too, up to a
    narrator's words that say it was said (see `_undashed`; `is_quotation` tells words in marks
    that are a quotation from a name set in marks); in a paragraph that opens a block the page set
    apart as quoted (`quoted`: a <blockquote>), that speech begins where the paragraph does."""
    if not dashes:
        return []
    text = text_of(doc)
    marks = "".join(re.escape(d) for d in [*dashes, *hyphens])
    narrator_re = re.compile(rf"(?<=[,!?….])\s*[{marks}]\s*(?=[^\W\d_])")
    opening = re.match(rf"\s*[{marks}]\s*", text)
    if opening is None and speech_verbs:
        opening = _undashed(doc, text, narrator_re, speech_verbs, is_quotation, quoted)
    if opening is None or opening.end() >= len(text):
        return []
    resume_re = re.compile(rf"[,.]\s*[{marks}]\s*|(?<=[.!?])\s+(?=\S)")
    stretches: list[tuple[int, int]] = []
    verbs: list[tuple[int, int]] = []  # (character offset, token index) of each narrator's verb
    at = opening.end()
    while at < len(text):
        narrator = None
        for match in narrator_re.finditer(text, at):
            verb = _narrator_verb(doc, match.end())
            if text[match.end()].islower() and verb is not None:
                narrator = (match, verb)
                break
        if narrator is None:
            stretches.append((at, len(text)))
            break
        match, verb = narrator
        stretches.append((at, match.start()))
        verbs.append((match.end(), verb))
        resume = resume_re.search(text, match.end())
        if resume is None or not re.search(rf"[{marks}]", resume.group()):
            break  # "— ..., — сказал он. Потом ушёл.": narration to the end
        at = resume.end()
    if opening.group().strip() in hyphens and not verbs and not turn:
        return []  # "- пункт списка": no narrator, no speech
    speeches = []
    for start, end in stretches:
        # the narrator right after a stretch says who speaks it, else the one before it
        after = [verb for offset, verb in verbs if offset >= end]
        before = [verb for offset, verb in verbs if offset < start]
        narrator = after[0] if after else (before[-1] if before else None)
        if text[start:end].strip():
            speeches.append(Speech(start, end, narrator))
    return speeches


def blocks_of_paragraphs(paragraphs: Sequence[str], blocks: Sequence[str]) -> dict[int, int]:
    """The paragraphs that stand in one of `blocks` (the texts a page set apart as quoted, its
    <blockquote>s, line breaks as "\n"), each with its block's number: a paragraph is a block's
    when its words, whitespace folded, are a line of the block or the whole of it."""
    if not blocks:
        return {}
    lines: dict[str, int] = {}
    for number, block in enumerate(blocks):
        for line in [block, *block.split("\n")]:
            folded = " ".join(line.split())
            if folded:
                lines.setdefault(folded, number)
    found: dict[int, int] = {}
    for index, paragraph in enumerate(paragraphs):
        number = lines.get(" ".join(paragraph.split()))
        if number is not None:
            found[index] = number
    return found


def hyphen_turns(docs: Sequence[Doc], hyphens: Sequence[str], dashes: Sequence[str] = ()) -> set[int]:
    """The paragraphs opening with a typed hyphen (speech.yaml `narrator_hyphens`) that are turns
    of dialogue though no narrator's words follow in them, as an interview and a report quoting a
    person at length set them:

        Мама призывника Тамара рассказывает, что сын давно мечтает об армии.
        - Конечно, сначала думали, что лучше получить образование. А я, если честно, боюсь.

        - В каком режиме тренируетесь?
        - Тренируемся вечером в привычном режиме.

    A turn is prose: a capital letter after the hyphen, a sentence's end closing it. A list's items
    open with hyphens too, and stand in a run: a run of hyphen-led paragraphs is dialogue when one
    of them asks a question or has a narrator's dash (", - сказал он"), or when it is one paragraph
    alone; a run of two or more statements with neither is a list."""
    if not hyphens:
        return set()
    opening_re = re.compile(rf"\s*(?:{'|'.join(re.escape(h) for h in hyphens)})\s+(?=[^\W\d_])")
    marks = "".join(re.escape(d) for d in [*dashes, *hyphens])
    narrator_re = re.compile(rf"[,!?…]\s*[{marks}]\s+[^\W\d_]")
    texts = [text_of(doc) for doc in docs]
    led = [opening_re.match(text) for text in texts]
    turns: set[int] = set()
    index = 0
    while index < len(texts):
        if led[index] is None:
            index += 1
            continue
        run = [index]
        while run[-1] + 1 < len(texts) and led[run[-1] + 1] is not None:
            run.append(run[-1] + 1)
        dialogue = len(run) == 1 or any(
            texts[i].rstrip().rstrip(')»"”').endswith("?") or narrator_re.search(texts[i]) for i in run
        )
        if dialogue:
            for i in run:
                # prose, by the test the cleaner kept its hyphen by (a capital after it, a stop
                # closing it)
                if speech_hyphen(texts[i], hyphens):
                    turns.add(i)
        index = run[-1] + 1
    return turns


SPACES_RE = re.compile(r"\s*")  # an empty match where a sentence starts, for speech found without its dash


def _undashed(
    doc: Doc,
    text: str,
    narrator_re: re.Pattern[str],
    speech_verbs: frozenset[str] | set[str],
    is_quotation: Callable[[str], bool] | None = None,
    quoted: bool = False,
) -> re.Match[str] | None:
    """ "Температура воздуха спускам не препятствует, - объявил тренер команды.": in a paragraph with no
    quotation mark, the sentence a narrator's speech verb, after a comma and a dash, says was said
    is speech, as if the dash that opens it had not been lost (scraped pages drop it; the sentences
    before it may be narration: "Об этом сообщил Песков. Безусловно, мы ..., - сказал он."). A
    paragraph holding a quotation in marks has its speech there; a name in marks ('демонтажа
    "Арены Омск"', '- подчеркнули в "Авангарде"') is no quotation (`is_quotation` says which is).
    A paragraph that opens a blockquote (`quoted`) is speech from its start: the block is the
    quotation ("Арифметика очень простая: ... Так что ... не мог,— добавила политолог ...").
    An empty match where the speech starts, or None."""
    if _holds_quotation(text, is_quotation, narrator_re):
        return None
    for match in narrator_re.finditer(text):
        verb = _narrator_verb(doc, match.end())
        if verb is not None and text[match.end()].islower() and doc[verb].lemma_.lower() in speech_verbs:
            said = [t for t in doc if t.idx < match.start()]
            if not said:
                return None
            return SPACES_RE.match(text, 0 if quoted else said[-1].sent.start_char)
        return None  # the first dash after a comma is no narrator's: a dash inside narration
    return None


# a stretch in one pair of marks, none nested: «...», „...“, “...”, "..."
PAIRED_MARKS_RE = re.compile(r"«[^«»]*»|„[^„“”]*[“”]|“[^“”]*”|\"[^\"]*\"")
QUOTE_MARK_RE = re.compile(r"[«»\"“”„]")


def _holds_quotation(
    text: str, is_quotation: Callable[[str], bool] | None, narrator_re: re.Pattern[str]
) -> bool:
    """Whether a paragraph holds a quotation in marks: any mark at all when nothing tells a
    quotation from a name in marks; else a pair of marks around a quotation, or one the narrator's
    dash follows however short («Это провокация», — заявил ...), or a mark left unpaired (nested
    or open marks: read as a quotation, as before)."""
    if is_quotation is None:
        return QUOTE_MARK_RE.search(text) is not None
    for pair in PAIRED_MARKS_RE.finditer(text):
        # (the narrator's dash follows the punctuation after the closing mark: "», —")
        if is_quotation(pair.group()[1:-1]) or narrator_re.match(text, pair.end() + 1):
            return True
    return QUOTE_MARK_RE.search(PAIRED_MARKS_RE.sub("", text)) is not None


def narrated_within(
    doc: Doc, start: int, end: int, dashes: list[str], hyphens: Sequence[str] = ()
) -> list[Speech]:
    """A quotation in marks the narrator's words break in two, as Russian sets it: "«Мы никому не
    угрожаем, — заявил Шойгу. — Но будем защищать свои интересы»". The parts of the quotation
    [start, end) on either side of the narrator's words, each with the narrator's verb; none when
    no narrator breaks it."""
    if not dashes:
        return []
    text = text_of(doc)
    marks = "".join(re.escape(d) for d in [*dashes, *hyphens])
    narrator_re = re.compile(rf"(?<=[,!?…])\s*[{marks}]\s*(?=[^\W\d_])")
    resume_re = re.compile(rf"[,.:]\s*[{marks}]\s*")
    for match in narrator_re.finditer(text, start, end):
        verb = _narrator_verb(doc, match.end())
        if not text[match.end()].islower() or verb is None:
            continue
        resume = resume_re.search(text, match.end(), end)
        # the narrator's words are a few, with no mark of their own: a dash inside the speech
        # ("Это — провокация") has no verb right after it
        if resume is None or len(text[match.end() : resume.start()].split()) > NARRATOR_MAX_WORDS:
            continue
        return [Speech(start, match.start(), verb), Speech(resume.end(), end, verb)]
    return []


def _narrator_verb(doc: Doc, start: int) -> int | None:
    """The verb among the first words from `start`: the narrator's ("попросил", "сказал он")."""
    words = [t for t in doc if t.idx >= start and not t.is_space][:NARRATOR_VERB_WINDOW]
    for token in words:
        if token.is_punct:
            break
        if token.pos_ == "VERB" and "Fin" in token.morph.get("VerbForm"):
            return token.i
    return None


def continued_speech(
    docs: Sequence[Doc],
    speeches: list[list[Speech]],
    dashes: list[str],
    hyphens: Sequence[str] = (),
    speech_verbs: frozenset[str] | set[str] = frozenset(),
) -> list[list[Speech]]:
    """A turn of speech that runs on over the next paragraphs, as a quoted official's account does:

        — Вчера я лично выезжал в Раздолинск. ...
        А вот в подвале первого подъезда – сухо ...
        Люди работают, насосы работают ... Но вода откачивается, – утверждает чиновник.

    A paragraph that opens with a speech dash and whose speech, with no narrator, runs to its end
    has not been closed; the paragraphs after it with no dash and no quotation mark of their own,
    up to one that ends with a narrator's speech verb after a comma and a dash, are that turn's
    speech, the last up to its narrator (who says who spoke them all: the others' `tail`). No
    such narrator within MAX_CONTINUED paragraphs: the plain paragraphs after a turn are narration
    (an interview's continued answer is not set as speech). `speeches` are `dash_speech`'s, one
    list per paragraph; the list returned is that with the continued paragraphs' speech in place."""
    if not dashes or not speech_verbs:
        return speeches
    marks = "".join(re.escape(d) for d in [*dashes, *hyphens])
    narrator_re = re.compile(rf"(?<=[,!?….])\s*[{marks}]\s*(?=[^\W\d_])")
    result = [list(found) for found in speeches]
    for index, doc in enumerate(docs):
        text = text_of(doc)
        found = speeches[index]
        if (
            not found
            or found[-1].narrator is not None
            or found[-1].end < len(text.rstrip())
            or not re.match(rf"\s*[{re.escape(''.join(dashes))}]", text)
        ):
            continue
        for after in range(index + 1, min(index + 1 + MAX_CONTINUED, len(docs))):
            later = text_of(docs[after])
            if not later.strip() or re.match(rf"\s*[{marks}]", later) or re.search(r"[«»\"“”„]", later):
                break
            closing = _closing_narrator(docs[after], later, narrator_re, speech_verbs)
            if closing is None:
                continue
            start = len(later) - len(later.lstrip())
            for between in range(index + 1, after):
                plain = text_of(docs[between])
                opening = len(plain) - len(plain.lstrip())
                result[between] = [Speech(opening, len(plain.rstrip()), None, (after, start, closing[0]))]
            result[after] = [Speech(start, closing[0], closing[1])]
            break
    return result


def _closing_narrator(
    doc: Doc, text: str, narrator_re: re.Pattern[str], speech_verbs: frozenset[str] | set[str]
) -> tuple[int, int] | None:
    """The narrator's words that end a paragraph (", – утверждает чиновник."): the offset of the
    comma's dash and the token index of its speech verb; None if the paragraph does not end so."""
    for match in narrator_re.finditer(text):
        verb = _narrator_verb(doc, match.end())
        if verb is None or not text[match.end()].islower() or doc[verb].lemma_.lower() not in speech_verbs:
            continue
        if re.search(r"[.!?…]\s+\S", text[match.end() :]):
            return None  # more sentences follow the narrator's: narration goes on
        return match.start(), verb
    return None
