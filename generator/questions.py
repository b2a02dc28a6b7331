"""What an assessment judges, and the judgements of one question side by side.

An assessment's question is its `subject` when a person set one in the briefing ("Belarus sends
troops into Ukraine"); otherwise the words of its sentence the estimative term bears on, cut from
the sentence as the source wrote them: what follows the term to the end of its clause ("unlikely to
send troops into Ukraine": "send troops into Ukraine"), or, when nothing does ("an attack on a NATO
country is extremely unlikely"), what comes before it in its clause. Two judgements are on one
question when their subjects have the same words once function words and plural endings are left
aside ("send troops into Ukraine", "sending troops to Ukraine" are not: a person who reads them as
one sets the same `subject` on both).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .charts import UNINDEXED, _text
from .corpus import AssessmentEntry
from .lexicon import Lexicon, alternatives, load_lexicon
from .markup import Md, without_bidi_controls
from .names import words_key

SUBJECT_WORDS = 12  # a derived subject longer than this is cut (…): it names a question, not all of it


@dataclass(frozen=True)
class QuestionWords:
    """The site's language's words for cutting a question from a sentence (estimative.yaml)."""

    # where a clause ends after the term: punctuation, quotation marks, a word that starts another
    # clause or a report of who said it
    clause_end: re.Pattern[str]
    clause_start: re.Pattern[str]  # where a clause before the term starts
    lead: re.Pattern[str]  # the words joining a term to what follows it, left off a subject
    trail: re.Pattern[str]  # the same words before a term
    time: re.Pattern[str]  # a "when" after the term: what it judges is before it
    adverb_verb: re.Pattern[str]  # a verb after a term used as an adverb ("will likely be sent")
    function_words: frozenset[str]  # words that make no difference to what is asked

    @classmethod
    def of(cls, lexicon: Lexicon) -> QuestionWords:
        words = lexicon["estimative"]
        ends = alternatives(words.get("clause_end_words"))
        starts = alternatives(words.get("clause_start_words"))
        return cls(
            clause_end=re.compile(
                r"[,;:!?“”\"()\[\]]|(?<![A-Z][a-z])(?<![A-Z])\.(?:\s|$)"  # not the point of "Mr." or "U.S."
                rf"|\s(?:{ends})\b",  # case matters: "Mr." is not an end
            ),
            clause_start=re.compile(rf"[,;:!?“”\"()\[\]]|\b(?:{starts})\s", re.I),
            lead=re.compile(rf"^(?:(?:{alternatives(words.get('lead_words'))})\s+)+", re.I),
            trail=re.compile(rf"(?:\s+(?:{alternatives(words.get('trail_words'))}))+$", re.I),
            time=re.compile(rf"(?:{alternatives(words.get('time_prepositions'))})\b", re.I),
            adverb_verb=re.compile(rf"(?:{alternatives(words.get('adverb_verbs'))})\s", re.I),
            function_words=frozenset(w.lower() for w in words.get("function_words") or []),
        )


def derived_subject(text: str, term: str, words: QuestionWords | None = None) -> str:
    """The words of `text` the estimative `term` bears on ("" when the term is not in it)."""
    words = words or QuestionWords.of(load_lexicon())
    text = " ".join(without_bidi_controls(text).split())
    found = re.search(rf"\b{re.escape(term)}\b", text, re.I)
    if found is None:
        return ""
    before, after = text[: found.start()], text[found.end() :]
    end = words.clause_end.search(after)
    after = (after[: end.start()] if end else after).strip()
    subject = words.lead.sub("", after)
    if len(subject.split()) < 2 or words.time.match(subject):
        # nothing judged after the term, or only when: the judged thing comes before it
        subject = _clause_before(before, words)
    elif words.adverb_verb.match(after) and _clause_before(before, words):
        # an adverb in its clause ("the troops will likely be provided by Minsk"): who or what it is of
        subject = f"{_clause_before(before, words)} {after}"
    cut = subject.split()
    return " ".join(cut[:SUBJECT_WORDS]) + ("…" if len(cut) > SUBJECT_WORDS else "")


def _clause_before(before: str, words: QuestionWords) -> str:
    """The end of `before` from where its clause starts, without the words that lead to the term;
    from an earlier start when the last leaves less than two words ("... and is therefore")."""
    starts = [0, *(m.end() for m in words.clause_start.finditer(before))]
    for start in reversed(starts):
        clause = words.trail.sub("", " " + before[start:].strip()).strip()
        if len(clause.split()) >= 2:
            return clause
    return ""


def question_key(subject: str, words: QuestionWords) -> str:
    """What two subjects must share to be one question: their words, but function words and a plural's -s."""
    kept = [w for w in words_key(subject).split() if w not in words.function_words]
    return " ".join(w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w for w in kept)


@dataclass
class Judgement:
    entry: AssessmentEntry
    subject: str
    set_by_hand: bool  # a person's `subject`, not one cut from the sentence

    @property
    def judge(self) -> str:
        """Who judges: the person or body the briefing names, else the article's author(s) or outlet."""
        a, b = self.entry.assessment, self.entry.briefing
        if a.by:
            return a.by
        author = ", ".join(b.authors) or b.outlet
        return f"the author ({author})" if author else "the author"


@dataclass
class Question:
    subject: str
    judgements: list[Judgement] = field(default_factory=list)


def questions(entries: list[AssessmentEntry], lexicon: Lexicon | None = None) -> list[Question]:
    """The judgements grouped by question: questions judged more than once first (most judgements,
    then the newest), each question's judgements newest first. `lexicon`: the site's language's
    data (the bundled English by default)."""
    words = QuestionWords.of(lexicon or load_lexicon())
    grouped: dict[str, Question] = {}
    for entry in entries:
        a = entry.assessment
        subject = (a.subject or "").strip() or derived_subject(a.text, a.term, words) or a.text
        key = question_key(subject, words) or words_key(subject)
        question = grouped.setdefault(key, Question(subject))
        judgement = Judgement(entry, subject, bool(a.subject))
        if judgement.set_by_hand and not any(j.set_by_hand for j in question.judgements):
            question.subject = subject  # a person's words name the question
        question.judgements.append(judgement)
    for question in grouped.values():
        question.judgements.sort(
            key=lambda j: (j.entry.briefing.sort_date, j.entry.briefing.id), reverse=True
        )
    # stable sorts, the last key first: most judgements, then the newest, then by subject
    ordered = sorted(grouped.values(), key=lambda q: q.subject)
    ordered.sort(key=lambda q: q.judgements[0].entry.briefing.sort_date, reverse=True)  # newest first
    ordered.sort(key=lambda q: len(q.judgements), reverse=True)
    return ordered


def band_bar(band: str, bands: dict[str, dict[str, int]]) -> Md:
    """The band's range of probability on a 0-100% strip, so judgements side by side compare at a glance."""
    span = bands.get(band) or {}
    low, high = span.get("low"), span.get("high")
    if low is None or high is None:
        return Md("")
    return Md(
        f'<svg class="band-bar" viewBox="0 0 100 10" role="img" aria-label="{_text(band)}: {low}–{high}%" '
        f'{UNINDEXED}><rect class="band-scale" x="0" y="3" width="100" height="4"/>'
        f'<rect class="band-range" x="{low}" y="0" width="{max(high - low, 2)}" height="10"/></svg>'
    )
