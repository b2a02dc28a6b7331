"""Briefing ids: a title's slug, unique, checked wherever one is read (the page address)."""

from __future__ import annotations

import hashlib

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from generator.ids import MAX_ID, MAX_SLUG, id_problem, slugify, unique_id
from generator.ids import page_slug as entity_slug
from tests.hostilekit import PROPERTY, SLUG_RE, any_text


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("Belarus strengthens military ties with Russia", "belarus-strengthens-military-ties-with-russia"),
        (
            "Explainer: Is the 'Joint Military Group' a Threat?",
            "explainer-is-the-joint-military-group-a-threat",
        ),
        ("Žilina’s Ünit moves — 2,000 troops", "zilinas-unit-moves-2-000-troops"),
        ("Минск", "minsk"),  # Cyrillic is transliterated (languages.yaml), never left empty
        ("中国", ""),  # a script with no table: no Latin letter or digit, the caller names it otherwise
    ],
)
def test_a_slug_is_the_titles_words_in_lower_case_ascii(title: str, slug: str):
    assert slugify(title) == slug


def test_a_long_title_is_cut_at_a_word_and_a_slug_of_the_full_length_is_kept_whole():
    words = ["word"] * 11 + ["ends"]  # 11 * 5 + 4 = 59 characters, then 'later' would pass 60
    assert slugify(" ".join([*words, "later"])) == "-".join(words)
    full = "-".join(["word"] * 11 + ["fifth"])  # exactly MAX_SLUG characters
    assert len(full) == MAX_SLUG and slugify(full.replace("-", " ")) == full


def test_one_word_longer_than_a_slug_is_cut_inside_the_word():
    assert slugify("a" * 70 + " more") == "a" * MAX_SLUG


def test_a_new_title_keeps_its_slug_and_a_clash_gets_a_suffix_from_the_source_path():
    assert unique_id("Border talks resume", "seeds/a.txt", set()) == "border-talks-resume"
    suffix = hashlib.sha1(b"seeds/b.txt").hexdigest()[:6]
    taken = {"border-talks-resume"}
    assert unique_id("Border talks resume", "seeds/b.txt", taken) == f"border-talks-resume-{suffix}"
    assert unique_id("", "seeds/b.txt", set()) == "source"  # no letter to make a slug of


def test_a_clashing_long_title_is_cut_to_make_room_for_its_suffix():
    title = " ".join(["word"] * 11 + ["fifth"])  # a slug of exactly MAX_SLUG characters
    out = unique_id(title, "seeds/b.txt", {slugify(title)})
    suffix = hashlib.sha1(b"seeds/b.txt").hexdigest()[:6]
    assert out == f"{slugify(title)[: MAX_SLUG - 7]}-{suffix}" and len(out) == MAX_SLUG


def test_a_file_name_that_is_not_utf8_still_gets_a_suffix_of_its_own():
    path = b"seeds/caf\xe9.txt".decode("utf-8", "surrogateescape")  # as Python holds such a name
    taken = {"cafe"}
    out = unique_id("Café", path, taken)
    assert out == "cafe-" + hashlib.sha1(b"seeds/caf\xe9.txt").hexdigest()[:6]


@pytest.mark.parametrize("good", ["belarus-ties", "a", "2022-10-11", "x" * MAX_ID])
def test_a_slug_is_an_id(good: str):
    assert id_problem(good) is None


@pytest.mark.parametrize(
    "bad", ["Bad Slug", "a--b", "-a", "a-", "Upper", "a/b", "../x", "", "x" * (MAX_ID + 1), 5, None]
)
def test_anything_else_is_refused_with_what_an_id_is(bad: object):
    assert "is not a slug (lower-case letters, digits and single dashes" in str(id_problem(bad))


def test_a_reserved_address_is_refused_by_name():
    assert id_problem("index") == "'index' is a reserved page address (index); choose another id"
    assert unique_id("Index", "seeds/a.txt", set()).startswith("index-")


def test_transliteration_follows_the_language():
    assert slugify("Київ і Гомель", "uk") == "kyiv-i-homel"
    assert slugify("Гомель", "ru") == "gomel"
    assert slugify("Шчучын", "be") == "shchuchyn"
    assert slugify("Щёлково", None) == "shchelkovo"  # Cyrillic of no known language: as Russian
    assert slugify("Kraków’s café", "en") == "krakows-cafe"


def test_an_entity_named_in_cyrillic_has_a_page_address_in_latin_letters():
    assert entity_slug("Александр Лукашенко") == "aleksandr-lukashenko"  # not "x", "x-2", ...
    assert entity_slug("Alexander Lukashenko") == "alexander-lukashenko"


@PROPERTY
@given(any_text)
@example("../../../../etc/passwd")
@example("C:\\Windows\\System32 /tmp/x \x00 \u202e")
@example("Belarus " * 20)
def test_slugify_gives_a_short_safe_slug(value: str):
    out = slugify(value)
    assert out == "" or SLUG_RE.match(out)
    assert len(out) <= MAX_SLUG
    assert slugify(out) == out


@PROPERTY
@given(any_text, st.text(min_size=1, max_size=40), st.lists(any_text, max_size=5), st.booleans())
@example("a" * 52 + " bbbbbbb", "seeds/x.txt", [], True)  # the cut would end on a dash
@example("", "seeds/x.txt", ["source"], True)
def test_unique_id_is_a_slug_no_other_source_has(title: str, path: str, others: list[str], clash: bool):
    taken = {slugify(o) or "source" for o in others}
    if clash:
        taken.add(slugify(title) or "source")
    out = unique_id(title, path, taken)
    assert SLUG_RE.match(out) and len(out) <= MAX_SLUG, out
    assert out not in taken


@PROPERTY
@given(any_text)
@example("Task_Force Alpha")
def test_entity_page_slugs_are_slugs(value: str):
    out = entity_slug(value)
    assert SLUG_RE.match(out) and len(out) <= MAX_SLUG, out


def test_a_title_that_slugs_to_a_reserved_address_gets_another_id():
    assert unique_id("Index", "seeds/a.txt", set()) != "index"
    assert unique_id("Index", "seeds/a.txt", set()).startswith("index-")


# --- Twelfth session (tests/MUTANTS.md): a new briefing's id in its own language; suffixes ------


def test_a_new_briefings_id_is_its_title_as_its_own_language_spells_it_in_latin_letters():
    # Ukrainian and Russian write "я" differently in Latin letters: the address follows the language
    assert unique_id("Навчання в Білорусі", "seeds/a.txt", set(), "uk") == "navchannia-v-bilorusi"


def test_a_suffix_grows_to_the_whole_digest_before_an_id_is_given_up():
    digest = hashlib.sha1(b"seeds/a.txt").hexdigest()
    taken = {"talks"} | {f"talks-{digest[:length]}" for length in range(6, len(digest))}
    assert unique_id("Talks", "seeds/a.txt", taken) == f"talks-{digest}"
