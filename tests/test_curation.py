"""Carrying a person's corrections into a new extraction: what is kept, what is reported lost."""

from __future__ import annotations

import copy
from typing import Any

from generator.curation import merge

LONG = "We will not give up a single metre of our land, whatever the cost, and we will win."  # 83 long


def body(*texts: str) -> list[dict[str, str]]:
    return [{"id": f"p{i}", "text": text} for i, text in enumerate(texts, 1)]


# The machine's last output, the person's file, and a new extraction of the changed source:
# a paragraph was added at the top, so every old paragraph has a new id.
OLD: dict[str, Any] = {
    "id": "talks",
    "source": {
        "file": "seeds/a.txt",
        "sha256": "1" * 64,
        "words": 10,
        "outlet": "Belta",
        "url": "https://example.org/a",
        "language": "en",
    },
    "title": "Machine title",
    "authors": ["Jane Doe", "Reuters Staff"],
    "published_estimate": {"after": "2022-09-01", "basis": "machine"},
    "people": [
        {"name": "Junk Name", "mentions": 1, "refs": ["p1"]},
        {"name": "Jan Novak", "role": "minister", "mentions": 2, "refs": ["p1", "p2"]},
        {"name": "Olga Berg", "mentions": 1, "refs": ["p2"]},
    ],
    "quotes": [
        {"text": LONG, "speaker": "Vladimir Putin", "ref": "p1"},
        {"text": "We are ready", "speaker": "Vladimir Putin", "ref": "p2"},
    ],
    "body": body("A.", "B."),
}


NEW: dict[str, Any] = {
    "id": "talks",
    "source": {"file": "seeds/a.txt", "sha256": "2" * 64, "words": 12, "outlet": "Belta", "language": "en"},
    "title": "Machine title, revised",
    "authors": ["Jane Doe", "Reuters Staff", "Bob Lee"],
    "published_estimate": {"after": "2022-09-02", "basis": "machine"},
    "people": [
        {"name": "Junk Name", "mentions": 1, "refs": ["p2"]},
        {"name": "Jan Novak", "role": "minister", "mentions": 3, "refs": ["p2", "p3"]},
        {"name": "Olga Berg", "mentions": 1, "refs": ["p3"]},
    ],
    "quotes": [
        {"text": LONG, "speaker": "Vladimir Putin", "ref": "p2"},
        {"text": "We are ready", "speaker": "Sergei Lavrov", "ref": "p3"},
    ],
    "body": body("New first.", "A.", "B."),
}


def corrected() -> dict[str, Any]:
    human = copy.deepcopy(OLD)
    human["id"] = "typed-by-hand"  # the id is the file's name: `rename` changes it, not a merge
    source = human["source"]
    source["reliability"] = "B2"  # added
    del source["outlet"]  # removed; the new extraction still finds it
    del source["url"]  # removed; the new extraction finds none either
    source["words"] = 99  # the file's own figures are the new file's, whatever a person typed
    human["title"] = "A better title"
    human["authors"] = ["Jane Doe"]  # a whole list, not merged item by item
    human["published_estimate"] = {"after": "2022-09-21", "basis": "by hand"}
    human["tags"] = ["border"]
    del human["people"][0]  # junk
    human["people"][0]["role"] = "foreign minister"  # Jan Novak
    human["people"].append({"name": "Anna Berg", "mentions": 1, "refs": ["p2"]})
    human["quotes"][0]["speaker"] = "Volodymyr Zelensky"
    human["curation"] = {"note": "checked by the desk", "edited": ["outlet"]}  # from an earlier run
    return human


def test_every_kind_of_correction_wins_over_the_new_extraction_and_follows_its_paragraph():
    result = merge(copy.deepcopy(OLD), corrected(), copy.deepcopy(NEW))  # copies: see the next test
    assert result.data == {
        "id": "talks",
        "source": {
            "file": "seeds/a.txt",
            "sha256": "2" * 64,
            "words": 12,
            "language": "en",
            "reliability": "B2",
        },
        "title": "A better title",
        "authors": ["Jane Doe"],
        "published_estimate": {"after": "2022-09-21", "basis": "by hand"},
        "people": [
            # the corrected item, its paragraphs ('A.', 'B.') under their new ids
            {"name": "Jan Novak", "role": "foreign minister", "mentions": 2, "refs": ["p2", "p3"]},
            {"name": "Olga Berg", "mentions": 1, "refs": ["p3"]},  # untouched: the new extraction's
            {"name": "Anna Berg", "mentions": 1, "refs": ["p3"]},
        ],
        "quotes": [
            {"text": LONG, "speaker": "Volodymyr Zelensky", "ref": "p2"},
            {"text": "We are ready", "speaker": "Sergei Lavrov", "ref": "p3"},
        ],
        "body": body("New first.", "A.", "B."),
        "tags": ["border"],
        "curation": {
            "note": "checked by the desk",
            "edited": [
                "authors",
                "outlet",
                "people",
                "published_estimate",
                "quotes",
                "source.outlet",
                "source.reliability",
                "source.url",
                "tags",
                "title",
            ],
        },
    }
    assert result.carried == [
        "authors",
        "people: removed 'Junk Name'",
        "people: corrected 'Jan Novak'",
        "people: added 'Anna Berg'",
        "published_estimate",
        "quotes: corrected 'We will not give up a single metre of our land, whatever ...'",
        "source.outlet",
        "source.reliability",
        "source.url",
        "tags",
        "title",
    ]
    assert result.lost == []


def test_a_merge_changes_none_of_the_three_files_it_reads():
    old, human, new = copy.deepcopy(OLD), corrected(), copy.deepcopy(NEW)
    before = copy.deepcopy((old, human, new))
    merge(old, human, new)
    assert (old, human, new) == before


def test_what_cannot_be_carried_is_reported_and_the_rest_still_carried():
    old = {
        "title": "Machine title",
        "people": [{"name": "Petro Kovalenko", "mentions": 1, "refs": ["p2"]}],
        "quotes": [
            {"text": "x" * 60, "speaker": "A", "ref": "p1"},
            {"text": "y" * 61, "speaker": "A", "ref": "p2"},
        ],
        "body": body("A.", "B."),
    }
    human = copy.deepcopy(old)
    human["body"][0]["text"] = "A, as the person would have written it."
    human["title"] = "A better title"
    human["people"][0]["role"] = "mayor"  # the new extraction no longer names him
    human["quotes"] = [
        {"text": "Added by hand", "speaker": "B", "ref": "p9"},  # a paragraph that does not exist
        {"text": "x" * 60, "speaker": "C", "ref": "p1"},  # 60 characters: shown whole in a report
        {"text": "y" * 61, "speaker": "C", "ref": "p2"},  # 61: cut
    ]
    new = {"title": "Machine title", "people": [], "quotes": old["quotes"], "body": body("A.", "B.")}
    result = merge(old, human, new)
    assert result.lost == [
        "body: the source text was edited by hand; edits to it are not carried",
        "people: 'Petro Kovalenko': the new extraction no longer has this item",
        "quotes: 'Added by hand': its source paragraph is gone from the new text",
    ]
    assert result.data["title"] == "A better title" and result.data["body"] == new["body"]
    assert result.data["quotes"] == human["quotes"][1:]
    assert result.carried == [
        f"quotes: corrected '{'x' * 60}'",
        f"quotes: corrected '{'y' * 57}...'",
        "title",
    ]


def test_merge_keeps_a_persons_corrections():
    old = {
        "title": "Machine title",
        "quotes": [{"text": "We will win", "speaker": "Putin", "ref": "p1"}],
        "people": [{"name": "Junk Name", "mentions": 1}, {"name": "Jan Novak", "mentions": 2}],
        "body": [{"id": "p1", "text": "A."}, {"id": "p2", "text": "B."}],
    }
    human = {
        **old,
        "title": "A better title",
        "quotes": [{"text": "We will win", "speaker": "Zelensky", "ref": "p1"}],
        "people": [{"name": "Jan Novak", "mentions": 2}],
        "curation": {"note": "checked by the desk"},
    }
    # the machine's own values change too: the person's must still win over them
    new = {
        "title": "Machine title, revised",
        "quotes": [{"text": "We will win", "speaker": "Vladimir Putin", "ref": "p2"}],
        "people": [{"name": "Junk Name", "mentions": 1}, {"name": "Jan Novak", "mentions": 3}],
        "body": [{"id": "p1", "text": "New first paragraph."}, {"id": "p2", "text": "A."}],
    }
    result = merge(old, human, new)
    assert result.data["title"] == "A better title"
    # the corrected speaker is kept, and follows its paragraph to its new place
    assert result.data["quotes"] == [{"text": "We will win", "speaker": "Zelensky", "ref": "p2"}]
    assert [p["name"] for p in result.data["people"]] == ["Jan Novak"]
    assert result.data["curation"]["note"] == "checked by the desk"
    assert set(result.data["curation"]["edited"]) == {"title", "quotes", "people"}
    assert result.lost == []


def test_correction_whose_paragraph_is_gone_is_reported_not_dropped_silently():
    old = {"quotes": [], "body": [{"id": "p1", "text": "Old text."}]}
    human = {"quotes": [{"text": "Added by hand", "speaker": "X", "ref": "p1"}], "body": old["body"]}
    new = {"quotes": [], "body": [{"id": "p1", "text": "Entirely new text."}]}
    result = merge(old, human, new)
    assert result.data["quotes"] == []
    assert any("Added by hand" in reason and "paragraph is gone" in reason for reason in result.lost)
