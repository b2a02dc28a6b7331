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
from .markup import Md, without_bidi_controls
from .names import words_key

SUBJECT_WORDS = 12  # a derived subject longer than this is cut (…): it names a question, not all of it
# Where a clause ends, after the term or before it: punctuation, quotation marks, and the words
# that start another clause or a report of who said it.
CLAUSE_END = re.compile(
    r"[,;:!?“”\"()\[\]]|(?<![A-Z][a-z])(?<![A-Z])\.(?:\s|$)"  # not the point of "Mr." or "U.S."
    r"|\s(?:said|says|because|while|but|although|whereas|which)\b",  # case matters: "Mr." is not an end
)
CLAUSE_START = re.compile(r"[,;:!?“”\"()\[\]]|\b(?:that|while|if|although|because|but|and)\s", re.I)
# The words that join a term to what it judges ("is unlikely to be able to ..."), left off a subject
LEAD = re.compile(r"^(?:(?:that|to|be|been|will|would|could|the|it|is|are|was|were|have|has)\s+)+", re.I)
TRAIL = re.compile(
    r"(?:\s+(?:is|are|was|were|be|will|would|could|seems?|appears?|remains?|considered|therefore|also|"
    r"still|and|but))+$",
    re.I,
)
# Words that make no difference to what is asked (English's: the site's language)
FUNCTION_WORDS = frozenset(
    ("a", "an", "the", "of", "to", "in", "into", "on", "at", "by", "for", "from", "with", "and", "or", "its",
     "it", "their", "his", "her", "be", "is", "are", "was", "were", "will", "would", "could", "can", "may",
     "might", "shall", "should", "that", "this", "these", "those")
)  # fmt: skip


def derived_subject(text: str, term: str) -> str:
    """The words of `text` the estimative `term` bears on ("" when the term is not in it)."""
    text = " ".join(without_bidi_controls(text).split())
    found = re.search(rf"\b{re.escape(term)}\b", text, re.I)
    if found is None:
        return ""
    before, after = text[: found.start()], text[found.end() :]
    end = CLAUSE_END.search(after)
    after = (after[: end.start()] if end else after).strip()
    subject = LEAD.sub("", after)
    if len(subject.split()) < 2 or re.match(r"(?:in|within|over|for|during|by)\b", subject, re.I):
        # nothing judged after the term, or only when: the judged thing comes before it
        subject = _clause_before(before)
    elif re.match(r"be\s", after, re.I) and _clause_before(before):
        # an adverb in its clause ("the troops will likely be provided by Minsk"): who or what it is of
        subject = f"{_clause_before(before)} {after}"
    words = subject.split()
    return " ".join(words[:SUBJECT_WORDS]) + ("…" if len(words) > SUBJECT_WORDS else "")


def _clause_before(before: str) -> str:
    """The end of `before` from where its clause starts, without the words that lead to the term;
    from an earlier start when the last leaves less than two words ("... and is therefore")."""
    starts = [0, *(m.end() for m in CLAUSE_START.finditer(before))]
    for start in reversed(starts):
        clause = TRAIL.sub("", " " + before[start:].strip()).strip()
        if len(clause.split()) >= 2:
            return clause
    return ""


def question_key(subject: str) -> str:
    """What two subjects must share to be one question: their words, but function words and a plural's -s."""
    words = [w for w in words_key(subject).split() if w not in FUNCTION_WORDS]
    return " ".join(w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w for w in words)


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


def questions(entries: list[AssessmentEntry]) -> list[Question]:
    """The judgements grouped by question: questions judged more than once first (most judgements,
    then the newest), each question's judgements newest first."""
    grouped: dict[str, Question] = {}
    for entry in entries:
        a = entry.assessment
        subject = (a.subject or "").strip() or derived_subject(a.text, a.term) or a.text
        key = question_key(subject) or words_key(subject)
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
