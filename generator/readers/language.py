"""The language of a text that does not state it: writing system and stop words, offline.

Cheap and good enough to flag a source that is not in English: in the body of
a news article, one word in three or more is one of the commonest short words
of its language. The word lists are data (generator/data/languages.yaml).

`contradicts` checks a page's declared language against its text: site
templates often declare one language for every page, and an English article on
a site that declares "uk" must not be taken for Ukrainian (nor the reverse).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from pathlib import Path
from typing import Any

from ..lexicon import Lexicon
from ..names import unicode_script
from ..yamltext import load

DATA = Path(__file__).resolve().parent.parent / "data" / "languages.yaml"
UNDETERMINED = "und"
WORD_RE = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
SAMPLE_LETTERS = 20000
TAG_LANGUAGE_RE = re.compile(r"^\s*([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]{1,8})*\s*$")


@cache
def _bundled() -> dict[str, Any]:
    return load(DATA.read_text(encoding="utf-8")) or {}


def _data(lexicon: Lexicon | None) -> dict[str, Any]:
    """The bundled lists, or the lexicon's where it carries them (lexicon/languages.yaml)."""
    if lexicon is not None and isinstance(lexicon.raw.get("languages"), dict):
        return lexicon.raw["languages"]
    return _bundled()


def normalise_tag(tag: object) -> str | None:
    """A language tag as an ISO 639 code: "en-GB" -> "en", "de_DE" -> "de"; None if it is none."""
    match = TAG_LANGUAGE_RE.match(str(tag or ""))
    return match.group(1).lower() if match else None


def scripts(text: str) -> Counter[str]:
    """How many letters of each writing system the text has (its first SAMPLE_LETTERS letters)."""
    # filter and Counter run in C: a loop over the characters in Python took 1.4 ms a source
    letters = Counter("".join(filter(str.isalpha, text))[:SAMPLE_LETTERS])
    counts: Counter[str] = Counter()
    for ch, count in letters.items():
        counts[unicode_script(ch) or "Other"] += count
    return counts


def _shares(words: list[str], stopwords: dict[str, list[str]], languages: list[str]) -> dict[str, float]:
    total = len(words) or 1
    shares = {}
    for language in languages:
        common = set(stopwords.get(language, []))
        shares[language] = sum(1 for w in words if w in common) / total
    return shares


def detect_language(text: str, lexicon: Lexicon | None = None) -> str | None:
    """ISO 639-1 code of the text's language; "und" if it is none known; None if too short to tell."""
    data = _data(lexicon)
    stopwords: dict[str, list[str]] = data.get("stopwords", {})
    by_script: dict[str, str] = data.get("scripts", {})
    min_words = int(data.get("min_words", 20))
    min_share = float(data.get("min_share", 0.08))
    words = [w.lower() for w in WORD_RE.findall(text)]
    if len(words) < min_words:
        return None
    letters = scripts(text)
    total = sum(letters.values())
    script, count = letters.most_common(1)[0] if letters else ("Latin", 0)
    if script == "Han" and letters["Hiragana"] + letters["Katakana"] > 0.1 * total:
        script = "Hiragana"  # Japanese mixes kana with Chinese characters
    if script != "Latin" and count > 0.5 * total:
        candidates = [lang for lang in stopwords if _script_of(tuple(stopwords[lang])) == script]
        shares = _shares(words, stopwords, candidates)
        best = max(shares, key=lambda lang: shares[lang], default=None)
        if best and shares[best] >= min_share:
            return best
        return by_script.get(script, UNDETERMINED)
    candidates = [lang for lang in stopwords if _script_of(tuple(stopwords[lang])) == "Latin"]
    shares = _shares(words, stopwords, candidates)
    best = max(shares, key=lambda lang: shares[lang], default=None)
    if best and shares[best] >= min_share:
        return best
    return UNDETERMINED


# A declared language gives way only to clear evidence: a long enough text in which
# its own commonest words are (almost) absent and another language's abound.
CONTRADICTION_MIN_WORDS = 40
CONTRADICTION_DECLARED_MAX = 0.03
CONTRADICTION_DETECTED_MIN = 0.15


def contradicts(declared: str, text: str, lexicon: Lexicon | None = None) -> str | None:
    """The language the text is clearly in, if it is clearly not `declared`; else None."""
    data = _data(lexicon)
    stopwords: dict[str, list[str]] = data.get("stopwords", {})
    if declared not in stopwords:
        return None  # nothing to judge the declaration by
    words = [w.lower() for w in WORD_RE.findall(text)]
    if len(words) < CONTRADICTION_MIN_WORDS:
        return None
    shares = _shares(words, stopwords, list(stopwords))
    best = max(shares, key=lambda lang: shares[lang])
    if (
        best != declared
        and shares[declared] <= CONTRADICTION_DECLARED_MAX
        and shares[best] >= CONTRADICTION_DETECTED_MIN
    ):
        return best
    return None


@cache
def _script_of(words: tuple[str, ...]) -> str:
    """The writing system of a stop-word list."""
    letters = scripts(" ".join(words))
    return letters.most_common(1)[0][0] if letters else "Latin"
