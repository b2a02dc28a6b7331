"""The bottom line of a source in a language no pipeline reads: its own lead, as it wrote it.

News writes its point first, in any language. With no pipeline nothing can weigh one sentence
against another, but the lead can be found by its form alone: the first paragraph that is prose
(it ends as a sentence ends and is long enough to state something; a kicker, a heading, a
related-story teaser or a byline ends with no stop, a dateline alone or a one-word label is too
short), its first sentence (and the second when the first is very short), cut at the sentence
ends of any script. The sentences are the paragraph's own characters, with its paragraph id, so
the page links them to it.

Cutting is conservative: a sentence too long beats one cut in half. A stop ends a sentence only
before a capital (or a letter of a script without case) and never after what may be an
abbreviation: a single letter ("M. Macron", "z. B."), a word with a stop inside ("z.B.", "U.S."),
a number of one or two digits (German and Czech ordinals, "am 14. Juli"), a title the language
data lists (people.yaml `abbreviated_titles`, every language's), and, in a language with no such
list of its own, a word without a vowel (languages.yaml `vowels`: "Sr.", "bzw.", "tzv.", "млн.";
an acronym, "EU.", "CDU.", and a quotation's end still end one). Key points are not drawn: the
first sentences after a lead repeat it, point back to it or are captions and quotations about as
often as they state a further fact, and nothing here can tell which.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from ..cleaning import OTHER_STOPS, SPACED_STOPS, UNSPACED_STOPS, unbalanced
from ..lexicon import BUNDLED, LANGUAGE_FILES, Lexicon, languages_with_data, read_data
from ..names import unicode_script
from ..schema import Sentence
from .summary import QUOTED_RE

# the stops of each script (cleaning's, one list): after an unspaced stop a sentence ends right
# away, unless a quotation it closes goes on ("「…。」と述べた")
CLOSERS = "\"'”’»›」』）)]】〕〉》"
OPENERS = "\"'“‘«‹„‚「『（([【〔〈《¿¡"
STOP_RE = re.compile(rf"[{re.escape(SPACED_STOPS + UNSPACED_STOPS + OTHER_STOPS)}…]+[{re.escape(CLOSERS)}]*")
ROMAN_RE = re.compile(r"[IVXLC]+")
MIN_LETTERS = 15  # a first sentence shorter than this, or of fewer words, is a label or a credit
MIN_WORDS = 4
SHORT_WORDS = 8  # a first sentence this short may not hold the news: the second is added
MAX_WORDS = 70  # the bottom line's length (summary.SUMMARY_WORDS)
UNSPACED_WORD = 2  # letters a word takes, counted in a script that writes no spaces
LONGEST = 3000  # characters: a sentence is never longer (the pieces of a hostile text are cut off)
QUOTED = 0.7  # a sentence this much inside quotation marks is a speaker's words, not the news


def lead_of(
    paragraphs: list[str], title: str | None, language: str | None, lexicon: Lexicon
) -> list[Sentence]:
    """The bottom line of a source no pipeline reads: the first sentence of its first paragraph
    that is prose, and the second when the first is very short; [] when no paragraph is."""
    stops = Stops.of(lexicon, language)
    heading = _folded(title or "")
    for index, paragraph in enumerate(paragraphs):
        if _capitals(paragraph) or (
            len(paragraph) <= 2 * len(heading) + 10 and _folded(paragraph) == heading
        ):
            continue  # a kicker, a section's label, the headline printed again
        sentences = split_sentences(paragraph, stops, most=2)
        first = sentences[0]
        if len(first) > LONGEST or not _ended(first) or _short(first) or not _stands(first):
            continue  # a heading, a teaser; a dateline or a byline with a stop; a question, a quotation
        lead = [first]
        if len(sentences) > 1 and _words(first) < SHORT_WORDS:
            second = sentences[1]
            if _stands(second) and _words(first) + _words(second) <= MAX_WORDS:
                lead.append(second)
        return [Sentence(text=text, ref=f"p{index + 1}") for text in lead]
    return []


@dataclass(frozen=True)
class Stops:
    """What tells a stop that ends a sentence from an abbreviation's, in one language."""

    abbreviations: frozenset[str]  # the data's, lower case, without the stop: "dr", "prof"
    listed: bool  # the language has a list of its own: trust it and guess no more
    vowels: frozenset[str]  # languages.yaml `vowels`: a word with none is an abbreviation ("bzw.")
    scripts: frozenset[str]  # the scripts those vowels are of (a word in another has none listed)

    @classmethod
    def of(cls, lexicon: Lexicon, language: str | None) -> Stops:
        """Every language's abbreviated titles ("Dr", "Prof": people.yaml), and the language's own."""
        own = _own_abbreviations(language)
        vowels = frozenset(str(v).lower() for v in lexicon.raw.get("languages", {}).get("vowels") or [])
        return cls(
            lexicon.reading_words("people", "abbreviated_titles") | {str(w).lower() for w in own or []},
            own is not None,
            vowels,
            frozenset(unicode_script(v) for v in vowels),
        )

    def abbreviation(self, word: str) -> bool:
        """Whether `word`, written just before a stop, may be an abbreviation the stop belongs to."""
        if not word or len(word) == 1 or "." in word or word.lower() in self.abbreviations:
            return True
        if word.isdigit():
            return len(word) <= 2  # "am 14. Juli", "1. FC Köln": an ordinal
        if ROMAN_RE.fullmatch(word):
            return True  # "Karl II. von"
        if self.listed or word[-1] in CLOSERS or word.isupper():
            return False  # a quotation's or a bracket's end; an acronym ("EU.", "CDU.")
        # a language with no list of its own: a word of letters without a vowel ("Sr.", "bzw.",
        # "Nr.", "млн."), judged only in the scripts whose vowels the data lists
        letters = [ch.lower() for ch in word if ch.isalpha()]
        return (
            bool(letters)
            and all(unicode_script(ch) in self.scripts for ch in letters)
            and not any(unicodedata.normalize("NFD", ch)[0] in self.vowels for ch in letters)
        )


@cache
def _own_abbreviations(language: str | None) -> list[str] | None:
    """The abbreviations the bundled data of `language` lists (its people.yaml), None if it lists
    none; read from its own folder, whichever languages' words are read on every page."""
    if not language or language not in languages_with_data():
        return None
    path = BUNDLED / language / "people.yaml"
    return read_data(path, LANGUAGE_FILES["people"]).get("abbreviated_titles") if path.is_file() else None


def split_sentences(text: str, stops: Stops, most: int | None = None) -> list[str]:
    """`text`'s sentences (the first `most` of them), each as written: its own characters, no
    space around it. A piece of one word (a dateline, "BERLIN.") or one that leaves a quotation
    open is joined to the next: "„Wir bleiben. Punkt“, sagte er." is one sentence. A piece that
    grows past LONGEST characters so is the rest of the text: no lead is that long, and a hostile
    paragraph of one open quotation and a million stops is read once."""
    sentences: list[str] = []
    start = 0
    for stop in STOP_RE.finditer(text):
        if stop.start() - start > LONGEST:
            break
        if not _ends_sentence(text, stop, stops):
            continue
        piece = text[start : stop.end()].strip()
        # a few words and a stop ("BERLIN.", "Berlin (dpa)."): a dateline, joined to the sentence
        # it opens; in a script without spaces a sentence is one "word", and its "。" ends it
        alone = len(piece.split()) >= MIN_WORDS or not piece.rstrip(CLOSERS).endswith(".")
        if piece and alone and not unbalanced(piece):
            sentences.append(piece)
            start = stop.end()
            if len(sentences) == most:
                return sentences
    rest = text[start:].strip()
    return [*sentences, rest] if rest else sentences


# after a stop: the space, the marks that open a quotation, and the next sentence's first character
FOLLOWING_RE = re.compile(rf"\s+[{re.escape(OPENERS)}]*(\S?)")
WORD_BEFORE = 40  # characters looked back for the word a stop ends: an abbreviation is shorter


def _ends_sentence(text: str, stop: re.Match[str], stops: Stops) -> bool:
    marks = stop.group().rstrip(CLOSERS)
    closed = len(marks) < len(stop.group())
    after = text[stop.end() : stop.end() + 1]
    if not after:
        return True
    if any(mark in UNSPACED_STOPS for mark in marks):
        return not closed or after.isspace()  # "。」と述べた": the quotation goes on
    if not after.isspace():
        return False  # "3.5", "yle.fi", "a.m."
    if any(mark in OTHER_STOPS for mark in marks):
        return True
    if "…" in marks or ".." in marks:
        return False  # an ellipsis may stand inside a sentence
    found = FOLLOWING_RE.match(text, stop.end())
    following = found.group(1) if found else ""
    if not following or following.islower() or not (following.isalpha() or following.isdigit()):
        return False  # "u. a. die", "ca. 500 Menschen": no new sentence
    if marks != ".":
        return True  # "!" and "?" are no abbreviation's
    if following.isdigit():
        return False  # "Nr. 5", "S. 12": a number after a stop is more often a reference's
    before = text[max(0, stop.start() - WORD_BEFORE) : stop.start()].split()
    word = before[-1].lstrip(OPENERS) if before else ""
    return not stops.abbreviation(word)


def _capitals(paragraph: str) -> bool:
    """Whether a paragraph is all capitals: a kicker, a section's label."""
    return paragraph.upper() == paragraph and paragraph.lower() != paragraph


def _ended(sentence: str) -> bool:
    """Whether a sentence ends as one does: a heading, a kicker or a teaser ends with no stop."""
    text = sentence.rstrip(CLOSERS)
    return bool(text) and text[-1] in SPACED_STOPS + UNSPACED_STOPS + OTHER_STOPS + "…"


def _stands(sentence: str) -> bool:
    """Whether a sentence may be a bottom line: not a question, not mostly a speaker's words."""
    if sentence.rstrip(CLOSERS).endswith(("?", "？", "؟")):
        return False
    quoted = sum(len(m.group()) for m in QUOTED_RE.finditer(sentence))
    return quoted <= QUOTED * len(sentence)


def _short(sentence: str) -> bool:
    """Whether a sentence is too short to be a lead: a label or a credit with a stop ("Foto: AP.",
    "Von Max Muster."); a sentence in a script that writes no spaces is judged by its letters."""
    words = len(sentence.split())
    return _letters(sentence) < MIN_LETTERS or 1 < words < MIN_WORDS


def _letters(text: str) -> int:
    """Letters, digits and the marks joined to letters (Devanagari's vowel signs are no letters)."""
    return sum(unicodedata.category(ch)[0] in "LMN" for ch in text)


def _words(text: str) -> int:
    """Words; in a text that writes no spaces (Chinese, Japanese), its letters by UNSPACED_WORD."""
    words = len(text.split())
    return words if words > 1 else _letters(text) // UNSPACED_WORD


def _folded(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.casefold()).split())
