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
# not the ending of a number written in figures: Russian "88-й", "2-х" ("й" is a Ukrainian word)
WORD_RE = re.compile(r"(?<!\d[-–])[^\W\d_]+(?:[-'’][^\W\d_]+)*")
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


def _running_script(words: list[str], text: str) -> tuple[str, int, int]:
    """The writing system of the text's running words, with its letters and all letters counted.

    Words that start with a capital are left out where others are: a Russian brief names
    "Apple", "iPhone 16 Pro" and "Samsung Galaxy" in Latin letters around its Cyrillic words, an
    English one quotes a Russian word; the words of its own sentences are lower case."""
    running = [w for w in words if not w[0].isupper()]
    letters = scripts(" ".join(running) if running else text)
    total = sum(letters.values())
    script, count = letters.most_common(1)[0] if letters else ("Latin", 0)
    if script == "Han" and letters["Hiragana"] + letters["Katakana"] > 0.1 * total:
        script = "Hiragana"  # Japanese mixes kana with Chinese characters
    return script, count, total


def _shares(words: list[str], stopwords: dict[str, list[str]], languages: list[str]) -> dict[str, float]:
    total = len(words) or 1
    shares = {}
    for language in languages:
        common = set(stopwords.get(language, []))
        shares[language] = sum(1 for w in words if w in common) / total
    return shares


def _languages_of(script: str, data: dict[str, Any]) -> list[str]:
    """The languages the data know to be written in `script`: by their stop words or alphabet."""
    stopwords: dict[str, list[str]] = data.get("stopwords") or {}
    alphabets: dict[str, str] = data.get("alphabets") or {}
    known = [lang for lang in stopwords if _script_of(tuple(stopwords[lang])) == script]
    return known + [
        lang for lang in alphabets if lang not in known and _script_of((alphabets[lang],)) == script
    ]


def _letters_of(text: str, script: str) -> Counter[str]:
    """The text's letters of `script`, lower case, counted (its first SAMPLE_LETTERS letters)."""
    letters = Counter("".join(filter(str.isalpha, text))[:SAMPLE_LETTERS].lower())
    return Counter({ch: n for ch, n in letters.items() if unicode_script(ch) == script})


def _foreign_letters(letters: Counter[str], languages: list[str], data: dict[str, Any]) -> dict[str, int]:
    """How many of the letters each language's alphabet lacks (0: no alphabet known): "ы" is
    no Ukrainian letter, "і" no Russian one, "ў" only Belarusian."""
    alphabets: dict[str, str] = data.get("alphabets") or {}
    return {
        lang: sum(n for ch, n in letters.items() if ch not in alphabets[lang]) if lang in alphabets else 0
        for lang in languages
    }


def _hits(words: list[str], text: str, language: str, data: dict[str, Any]) -> int:
    """The evidence for `language`: its stop words among the words, its `markers` in the text."""
    common = set((data.get("stopwords") or {}).get(language, []))
    markers = (data.get("markers") or {}).get(language, [])
    lower = text.lower()
    return sum(1 for w in words if w in common) + sum(len(re.findall(m, lower)) for m in markers)


def _by_letters_and_words(words: list[str], text: str, script: str, data: dict[str, Any]) -> str:
    """The language of a text in a script several languages share (Cyrillic: Russian, Ukrainian,
    Belarusian, Bulgarian, Serbian, Kazakh ...), however short it is.

    The languages whose alphabets write its letters (a few letters of a quoted name aside:
    `foreign_letters`), then the one of those whose stop words and markers it has most, and
    where they tell nothing, the script's language (`scripts`: Cyrillic is Russian's)."""
    default = (data.get("scripts") or {}).get(script, UNDETERMINED)
    candidates = _languages_of(script, data)
    if not candidates:
        return default
    letters = _letters_of(text, script)
    foreign = _foreign_letters(letters, candidates, data)
    tolerance = float(data.get("foreign_letters", 0.01)) * sum(letters.values())
    least = min(foreign.values())
    fitting = [lang for lang in candidates if foreign[lang] <= least + tolerance]
    hits = {lang: _hits(words, text, lang, data) for lang in fitting}
    return min(fitting, key=lambda lang: (-hits[lang], foreign[lang], lang != default))


def detect_language(text: str, lexicon: Lexicon | None = None) -> str | None:
    """ISO 639-1 code of the text's language; "und" if it is none known; None if too short to tell.

    A text in another script than Latin is told however short it is (its letters say much: a
    Cyrillic headline is the script's main language unless its letters or words say which other);
    a short Latin-script text only when its stop words leave no doubt (`short_text`)."""
    data = _data(lexicon)
    stopwords: dict[str, list[str]] = data.get("stopwords", {})
    min_words = int(data.get("min_words", 20))
    min_share = float(data.get("min_share", 0.08))
    cased = WORD_RE.findall(text)
    words = [w.lower() for w in cased]
    if not words:
        return None
    script, count, total = _running_script(cased, text)
    if script != "Latin" and count > 0.5 * total:
        return _by_letters_and_words(words, text, script, data)
    candidates = [lang for lang in stopwords if _script_of(tuple(stopwords[lang])) == "Latin"]
    shares = _shares(words, stopwords, candidates)
    ranked = sorted(shares, key=lambda lang: -shares[lang])
    if not ranked:
        return None if len(words) < min_words else UNDETERMINED
    best = ranked[0]
    if len(words) < min_words:
        short = data.get("short_text") or {}
        hits = round(shares[best] * len(words))
        runner_up = round(shares[ranked[1]] * len(words)) if len(ranked) > 1 else 0
        clear = hits >= int(short.get("min_hits", 3)) and shares[best] >= float(short.get("min_share", 0.25))
        return best if clear and hits > runner_up else None
    if shares[best] >= min_share:
        return best
    return UNDETERMINED


# A declared language gives way only to clear evidence: a long enough text in which
# its own commonest words are (almost) absent and another language's abound; or a text
# in another script than the declared language's, or with many letters its alphabet lacks
# ("ы", "э" on a page declared Ukrainian: a Ukrainian outlet's Russian edition).
CONTRADICTION_MIN_WORDS = 40
CONTRADICTION_DECLARED_MAX = 0.03
CONTRADICTION_DETECTED_MIN = 0.15
# A text in which the declared language's commonest words are all but absent is not in it, even
# when no language known here is clearly there: a Zulu or Xhosa story on a South African site
# that declares "en" for every page (0 and 0.7% of its words English ones; English prose: 20-30%,
# the thinnest list here, Turkish, 8.5% of a Turkish story's words). It is "und", or the known
# language whose words make up `min_share` of it.
CONTRADICTION_DECLARED_ABSENT = 0.02
CJK = {"Han", "Hiragana", "Katakana"}


def _script_of_language(language: str, data: dict[str, Any]) -> str | None:
    """The script `language` is written in, by its stop words, alphabet or `scripts`."""
    stopwords: dict[str, list[str]] = data.get("stopwords") or {}
    alphabets: dict[str, str] = data.get("alphabets") or {}
    if language in stopwords:
        return _script_of(tuple(stopwords[language]))
    if language in alphabets:
        return _script_of((alphabets[language],))
    by_script: dict[str, str] = data.get("scripts") or {}
    return next((script for script, lang in by_script.items() if lang == language), None)


def contradicts(declared: str, text: str, lexicon: Lexicon | None = None) -> str | None:
    """The language the text is clearly in, if it is clearly not `declared`; else None."""
    data = _data(lexicon)
    cased = WORD_RE.findall(text)
    own = _script_of_language(declared, data)
    written_as_declared = True  # in the script of the declared language's words
    if cased:
        script, count, total = _running_script(cased, text)
        written_as_declared = script == own
        mostly = count > 0.5 * total
        # a Cyrillic story on a page declared English; not the reverse (a language written in
        # two scripts, Serbian's Latin pages declare "sr"), nor Chinese characters on a Japanese page
        if own and mostly and script not in ("Latin", own) and {script, own} - CJK:
            detected = detect_language(text, lexicon)
            return detected if detected not in (None, declared) else None
        alphabets: dict[str, str] = data.get("alphabets") or {}
        if own and mostly and declared in alphabets:
            detected = detect_language(text, lexicon)
            if detected and detected != declared and detected in alphabets:
                letters = _letters_of(text, script)
                foreign = _foreign_letters(letters, [declared, detected], data)
                tolerance = float(data.get("foreign_letters", 0.01)) * sum(letters.values())
                if foreign[declared] > foreign[detected] + tolerance:
                    return detected
    stopwords: dict[str, list[str]] = data.get("stopwords", {})
    if declared not in stopwords:
        return None  # nothing to judge the declaration by
    words = [w.lower() for w in cased]
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
    # (absent words are evidence only in the script they are written in: a Serbian page in Latin
    # letters declares "sr", whose stop words here are Cyrillic)
    if written_as_declared and shares[declared] <= CONTRADICTION_DECLARED_ABSENT:
        return (
            best if best != declared and shares[best] >= float(data.get("min_share", 0.08)) else UNDETERMINED
        )
    return None


@cache
def _script_of(words: tuple[str, ...]) -> str:
    """The writing system of a stop-word list."""
    letters = scripts(" ".join(words))
    return letters.most_common(1)[0][0] if letters else "Latin"
