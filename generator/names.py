"""Names compared across spellings and scripts: what makes two names one in the cross-source index.

"Александр Лукашенко", "Alexander Lukashenko" and "Alyaksandr Lukashenka" are one man written
three ways. A name is compared in Latin letters: written as its language transliterates it
(generator/data/languages.yaml, `transliteration`, through `transliterate`), then with the
spellings one sound has in the usual romanisations folded to one (`romanisation`: "kh" and
"h", a final "iy", "y" or "yi", "ye" and "e"...), so that "Хренин", "Khrenin" and "Hrenin"
meet. The folded form is only ever compared, never shown.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache
from typing import Any

from .errors import UserError

LATIN = "Latin"


def without_accents(name: str) -> str:
    """The name's letters without their accents: "Rondônia" is "Rondonia", "Lōgar" "Logar"."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def words_key(text: str, keep: str = "") -> str:
    """Case, spacing and punctuation (but the characters in `keep`) do not make two texts
    different: "Al-Qaeda’s  chief" is "al qaeda s chief"; accents do (see `name_key`)."""
    return " ".join(_not_words(keep).sub(" ", text.lower()).split())


@lru_cache(maxsize=16)
def _not_words(keep: str) -> re.Pattern[str]:
    return re.compile(rf"[^\w{re.escape(keep)}]+")


@lru_cache(maxsize=200_000)
def name_key(name: str) -> str:
    """Case, accents and punctuation do not make two names different."""
    return words_key(without_accents(name))


def is_acronym(name: str) -> bool:
    """Two to six capitals: "NATO", "OSCE"."""
    return name.isupper() and 2 <= len(name) <= 6


def initials(name: str) -> str:
    """The first letters of the name's capitalised words: "NATO" of "North Atlantic Treaty Organization"."""
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def stands_for(short: str, long: str) -> bool:
    """Whether `short` is the acronym of `long`: "NATO", "North Atlantic Treaty Organization"."""
    return is_acronym(short) and initials(long) == short


@lru_cache(maxsize=200_000)
def latin_key(name: str, language: str | None = None) -> str:
    """name_key of the name in Latin letters, as its language transliterates them ("Минск": "minsk")."""
    return name_key(transliterate(name, language))


@lru_cache(maxsize=4096)
def script_of(name: str) -> str:
    """The writing system of a name's letters (`unicode_script`: "Cyrillic"), LATIN when it has
    none of another; a name mixing scripts is of the first other script it uses."""
    for ch in name:
        if ch.isalpha() and not ch.isascii():
            script = unicode_script(ch)
            if script != LATIN:
                return script
    return LATIN


class Romanisation:
    """The folding rules of languages.yaml's `romanisation`, compiled once per corpus."""

    def __init__(self, rules: dict[str, str] | None, given_names: list[list[str]] | None = None) -> None:
        self.rules: list[tuple[re.Pattern[str], str]] = []
        for pattern, replacement in (rules or {}).items():
            try:
                self.rules.append((re.compile(pattern), replacement))
            except re.error as exc:
                raise UserError(
                    f"languages.yaml: romanisation: bad regular expression {pattern!r}: {exc}"
                ) from exc
        self._folded: dict[tuple[str, str | None], list[str]] = {}
        # each folded given name -> its group: the forms of one name in the region's languages
        self.given: dict[str, int] = {}
        for group, names in enumerate(given_names or []):
            for name in names:
                for word in name_key(name).split():
                    self.given.setdefault(self.fold(word), group)

    @classmethod
    def of(cls, languages: dict[str, Any]) -> Romanisation:
        return cls(languages.get("romanisation"), languages.get("given_name_variants"))

    def one_given_name(self, a: str, b: str) -> bool:
        """Whether two folded given names are forms of one name ("vladimir", "volodimir")."""
        group = self.given.get(a)
        return group is not None and group == self.given.get(b)

    def words(self, name: str, language: str | None = None) -> list[str]:
        """The name's words in Latin letters, each folded: "Alyaksandr Lukashenka" gives
        ["aliaksandr", "lukashenko"], as "Александр Лукашенко" gives ["aleksandr", "lukashenko"]."""
        key = (name, language)
        found = self._folded.get(key)
        if found is None:
            found = [self.fold(word) for word in latin_key(name, language).split()]
            self._folded[key] = found
        return found

    def fold(self, word: str) -> str:
        for pattern, replacement in self.rules:
            word = pattern.sub(replacement, word)
        return word


def transliterate(text: str, language: str | None = None) -> str:
    """`text` with each letter a table knows written in Latin letters (lower case); others as they are."""
    tables, by_script = _tables()
    own = tables.get(language or "", {})
    out = []
    for ch in text:
        if ch.isascii():
            out.append(ch)
            continue
        lower = ch.lower()
        if lower in own:
            out.append(own[lower])
            continue
        fallback = tables.get(by_script.get(unicode_script(ch), ""), {})
        if lower not in fallback:
            # a letter of a sister language ("і" of "Мінськ" in a name of no known language)
            fallback = next((table for _, table in sorted(tables.items()) if lower in table), fallback)
        out.append(fallback.get(lower, ch))
    return "".join(out)


@cache
def _tables() -> tuple[dict[str, dict[str, str]], dict[str, str]]:
    """The bundled transliteration tables by language, and the language of each script. Only
    the bundled ones: an id, once given, never changes, whatever a project's lexicon says."""
    from .lexicon import BUNDLED, Languages, read_data

    data = read_data(BUNDLED / "languages.yaml", Languages)
    return dict(data.get("transliteration") or {}), dict(data.get("scripts") or {})


@cache
def unstopped_scripts() -> frozenset[str]:
    """The scripts that write no sentence stop (languages.yaml's `unstopped_scripts`): a fact of
    the scripts, bundled, like their languages above."""
    from .lexicon import BUNDLED, Languages, read_data

    return frozenset(read_data(BUNDLED / "languages.yaml", Languages).get("unstopped_scripts") or ())


@cache
def unicode_script(ch: str) -> str:
    """A letter's writing system, named as languages.yaml's `scripts` names it: "Latin" for "e",
    "Cyrillic" for "ж", "Han" for "中" (Unicode's "CJK"); "" for a character Unicode gives no name."""
    name = unicodedata.name(ch, "").split(" ", 1)[0]
    return "Han" if name == "CJK" else name.capitalize()
