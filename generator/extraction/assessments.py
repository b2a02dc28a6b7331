"""Estimative language (ICD 203): how likely someone judges something to be.

Terms and their bands are data (generator/data/en/estimative.yaml). The longest
term wins ("extremely unlikely" over "unlikely"); who judges is the speaker of
the quote the term stands in, else the sentence's source, else nobody named
(the author).
"""

from __future__ import annotations

import re

from ..lexicon import Lexicon, names_regex
from ..schema import Assessment
from .document import Body, sentences_of, span_text
from .quotes import QuoteExtractor


def extract_assessments(body: Body, lexicon: Lexicon, quotes: QuoteExtractor) -> list[Assessment]:
    terms = lexicon["estimative"].get("terms", {})
    pattern = names_regex(tuple(sorted(terms, key=len, reverse=True)), re.IGNORECASE)
    if pattern is None:
        return []
    found: list[Assessment] = []
    for index, doc in enumerate(body.docs):
        for sent in sentences_of(doc):
            text = span_text(sent)
            match = pattern.search(text)
            if not match:
                continue
            term = match.group(1).lower()
            found.append(
                Assessment(
                    text=text.strip(),
                    term=term,
                    band=terms[term],
                    by=quotes.attribution(index, sent.start_char + match.start()),
                    ref=body.ids[index],
                )
            )
    return found
