"""Briefing ids: the slug of a title, unique, and stable once written (it is the page address);
and the slugs of the cross-source pages (`page_slug`).

An id names files (briefings/<id>.yaml, its machine copy, briefings/<id>.md on the site),
so every id read from a file is checked here before anything uses it (`id_problem`).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

from .names import name_key, transliterate

MAX_SLUG = 60
MAX_ID = 100  # a person may write a longer id than the machine makes, within reason
ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")  # no '/', '\\', '.', so never a path
# Addresses a briefing page cannot have. Its page is briefings/<id>.md, and MkDocs serves
# briefings/index.md as the folder briefings/ itself, not at briefings/index/, where the
# timeline and figure charts link every briefing: those links would all end at a 404.
RESERVED_IDS = frozenset({"index"})
# The id extraction gives a briefing: the pipeline chooses its own (`unique_id`), once it knows
# the title and every id already taken, and only there.
UNNAMED = "unnamed"


def id_problem(value: object) -> str | None:
    """What is wrong with `value` as a briefing id, or None if it is a usable one."""
    if not isinstance(value, str) or not ID.fullmatch(value) or len(value) > MAX_ID:
        return (
            f"{value!r} is not a slug (lower-case letters, digits and single dashes, "
            f"at most {MAX_ID} characters)"
        )
    if value in RESERVED_IDS:
        return f"{value!r} is a reserved page address ({', '.join(sorted(RESERVED_IDS))}); choose another id"
    return None


def slugify(text: str, language: str | None = None) -> str:
    """Lower-case ASCII words joined by dashes, cut at a word under MAX_SLUG characters.

    Letters of another script are transliterated, as the text's `language` writes them in
    Latin letters (languages.yaml, `transliteration`): "Учения в Беларуси" is
    "ucheniya-v-belarusi"; accents are dropped ("Kraków" is "krakow").
    """
    ascii_text = (
        unicodedata.normalize("NFKD", transliterate(text, language)).encode("ascii", "ignore").decode()
    )
    words = re.findall(r"[a-z0-9]+", ascii_text.lower())
    slug = ""
    for word in words:
        candidate = f"{slug}-{word}" if slug else word
        if len(candidate) > MAX_SLUG:
            break
        slug = candidate
    return slug or (words[0][:MAX_SLUG] if words else "")


def unique_id(title: str, source_path: str, taken: set[str], language: str | None = None) -> str:
    """The slug of the title (in `language`); a clash with an id taken (another source's, a former
    one that redirects) or a reserved one gets a stable suffix, made from the source's path."""
    slug = slugify(title, language) or "source"
    if slug not in taken and slug not in RESERVED_IDS:
        return slug
    # a file name of another encoding than UTF-8 is held with surrogates: its bytes, as on disk
    digest = hashlib.sha1(source_path.encode("utf-8", "surrogateescape")).hexdigest()
    for length in range(6, len(digest) + 1):  # longer only if that one is taken too
        candidate = f"{slug[: MAX_SLUG - 1 - length].rstrip('-')}-{digest[:length]}"
        if candidate not in taken:
            return candidate
    raise AssertionError("every suffix of a 160-bit digest taken")


def page_slug(text: str) -> str:
    """The address of an entity's, a tag's or a figure group's page: lower-case ASCII letters and
    digits joined by single dashes, cut at 60 characters; a name in another script in Latin
    letters ("Александр Лукашенко": "aleksandr-lukashenko", not "x"). Not `slugify`, which cuts
    at a word and drops a mark outside ASCII ("Minsk—Moscow": "minskmoscow", here "minsk-moscow"):
    pages already published keep their addresses, so the two rules stay apart, side by side."""
    ascii_text = name_key(transliterate(text)).encode("ascii", "ignore").decode()
    return "-".join(re.findall(r"[a-z0-9]+", ascii_text))[:60].strip("-") or "x"


def unique_slugs(labels: list[str], reserved: set[str] | None = None) -> list[str]:
    """A page slug per label, in order; labels that slug alike ("A-B", "a b") get -2, -3..."""
    taken = set(reserved or ())
    result: list[str] = []
    for label in labels:
        base = candidate = page_slug(label)
        number = 1
        while candidate in taken:
            number += 1
            candidate = f"{base}-{number}"
        taken.add(candidate)
        result.append(candidate)
    return result
