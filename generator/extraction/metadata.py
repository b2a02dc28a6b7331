"""What a briefing says about its source that extraction finds: via, a title when there is none.

Its date and outlet are decided in generator/readers/metadata.py; its id in generator/ids.py.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..lexicon import Lexicon, alternatives
from ..readers import Source

if TYPE_CHECKING:  # spaCy is loaded only by a run that extracts
    from spacy.language import Language

MAX_TITLE_WORDS = 14


def via_for(
    source: Source, paragraphs: list[str], lexicon: Lexicon, organisations: set[str], people: set[str]
) -> list[str]:
    """Outlets the text reports from: a byline's 'Theo X' or a sentence's 'X reports'."""
    via = list(source.via)
    verbs = "|".join(re.escape(v) for v in lexicon["sources"].get("report_verbs", []))
    name = r"(?P<outlet>[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3})"
    patterns = [
        re.compile(rf"(?:^|[,;]\s+){name}\s+(?:{verbs})\.?$"),
        re.compile(rf"^{name}\s+(?:{verbs})\s+(?:that\s+)?"),
    ]
    known = set(lexicon["sources"].get("outlets", {}).values())
    for paragraph in paragraphs[:2] + paragraphs[-2:]:
        for closing, pattern in zip((True, False), patterns, strict=True):
            match = pattern.search(paragraph)
            if not match:
                continue
            outlet = match.group("outlet")
            # ", Yle reports." closing a paragraph names an outlet; at a sentence's start the
            # name must be known as one ("Reuters reported that ...")
            named = closing or outlet in organisations or outlet in known or outlet.isupper()
            if named and outlet not in via and (closing or outlet not in people):
                via.append(outlet)
    return via


def generated_title(first_sentence: str, nlp: Language, lexicon: Lexicon) -> str:
    """A short headline from the lead sentence: its subject and predicate, clauses cut."""
    # "..., CNN reports." says who reported it, not what happened
    tail = alternatives(lexicon["sources"].get("attribution_tail_verbs"))
    first_sentence = re.sub(rf",\s*(?:[A-Z][\w&.'’-]*\s+){{1,4}}(?:{tail})\.?$", ".", first_sentence.strip())
    doc = nlp(first_sentence)
    sent = next(iter(doc.sents))
    root = sent.root
    # "..., CNN reports": the news is the reported clause, not the reporting
    reported = [c for c in root.children if c.dep_ == "ccomp"]
    if root.lemma_ in lexicon.words("sources", "reporting_lemmas") and reported:
        root = reported[0]
    drop_deps = {
        "advcl",
        "parataxis",
        "punct",
        "ccomp",
        "conj",
        "cc",
        "relcl",
        "acl",
        "appos",
        "npadvmod",
        "mark",
        "advmod",
    }
    keep: set[int] = set()

    def add(token) -> None:
        keep.add(token.i)
        for child in token.children:
            if child.dep_ in drop_deps and not (child.is_punct and child.ent_type_):
                continue  # but the comma of "March 10, 2022" belongs to its date
            add(child)

    add(root)
    # a clause the subject carries ("that his country and Russia would ...") goes too
    words = [t for t in sent if t.i in keep]
    # a word before a clause left out keeps no space of its own ("minister" of "minister, who
    # ..., announced"): the gap gets one
    text = "".join(
        t.text + (t.whitespace_ if nxt is None or nxt.i == t.i + 1 else " ")
        for t, nxt in zip(words, [*words[1:], None], strict=True)
    ).strip(" ,;:")
    text = re.sub(r"\s+([,.;:!?])", r"\1", text)
    text = re.sub(r"\s+", " ", text)
    has_verb = any(t.pos_ in {"VERB", "AUX"} for t in words)
    if not text or not has_verb or len(text.split()) > MAX_TITLE_WORDS or len(text.split()) < 3:
        text = truncate_title(first_sentence)
    return text.rstrip(".")


def truncate_title(text: str) -> str:
    words = text.split()
    if len(words) <= MAX_TITLE_WORDS:
        return text
    return " ".join(words[:MAX_TITLE_WORDS]).rstrip(",;:") + "…"
