"""Carrying a person's corrections into a new extraction: what is kept, what is reported lost."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from generator.briefing_yaml import dump_briefing, read_data
from generator.curation import Stored, follow_move, merge, store_extraction, untouched
from generator.schema import Briefing
from generator.store import APPLIED, BACKUP_DIR, MACHINE_DIR
from generator.tracking import read_folder
from tests.storekit import make_briefing

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


# --- Twelfth session: a new extraction written to disk (store_extraction, untouched, follow_move) --
# The merge above on the files themselves: what a person finds in briefings/ after `extract`,
# without the language model (the new extraction is given). tests/MUTANTS.md, twelfth session.


def _extract_into(out: Path, briefing: Briefing, applied: dict[str, Any] | None = None) -> Stored:
    """What `extract` does with a new extraction of a source (its briefing in the folder is `before`)."""
    folder = read_folder(out)
    assert not folder.refused, folder.refused
    before = next((e for e in folder.existing if e.file == briefing.source.file), None)
    return store_extraction(briefing, before, out, applied or {})


def _new_text(**changes: Any) -> Briefing:
    """The same source after its text changed: a new hash and, unless given, a new machine title."""
    source = {"file": "seeds/000_x.txt", "sha256": "b" * 64, "words": 43}
    return make_briefing(**{"source": source, "title": "Belarus moves more troops to the border", **changes})


def test_a_title_typed_by_hand_survives_a_new_extraction_whose_title_changed(tmp_path: Path):
    assert _extract_into(tmp_path, make_briefing()) == Stored(True)
    path, machine = tmp_path / "sample-briefing.yaml", tmp_path / MACHINE_DIR / "sample-briefing.yaml"
    assert path.read_bytes() == machine.read_bytes()  # a new briefing is the machine's output as it is
    text = path.read_text(encoding="utf-8")
    edited = text.replace("title: Belarus moves troops", "# checked by the desk\ntitle: Belarus sends troops")
    assert edited != text
    path.write_text(edited, encoding="utf-8")

    stored = _extract_into(tmp_path, _new_text())

    assert stored == Stored(True, ["title"], [])
    data = read_data(path)
    assert data["title"] == "Belarus sends troops to the border"  # the person's, not the machine's new one
    assert data["source"]["sha256"] == "b" * 64 and data["curation"] == {"edited": ["title"]}
    assert "# checked by the desk\n" in path.read_text(encoding="utf-8")  # their comment kept
    # the machine copy is the new extraction, so the next run tells the edit from it again
    assert read_data(machine)["title"] == "Belarus moves more troops to the border"
    assert _extract_into(tmp_path, _new_text()) == Stored(True, ["title"], [])
    assert read_data(path)["title"] == "Belarus sends troops to the border"


def test_a_briefing_nobody_edited_is_replaced_by_the_new_extraction_whole(tmp_path: Path):
    _extract_into(tmp_path, make_briefing())
    stored = _extract_into(tmp_path, _new_text())
    assert stored == Stored(True)
    path = tmp_path / "sample-briefing.yaml"
    assert path.read_text(encoding="utf-8") == dump_briefing(_new_text())
    assert (tmp_path / MACHINE_DIR / "sample-briefing.yaml").read_bytes() == path.read_bytes()


def test_a_briefing_whose_machine_copy_is_gone_is_kept_as_the_person_left_it_and_why_is_said(tmp_path: Path):
    _extract_into(tmp_path, make_briefing())
    path = tmp_path / "sample-briefing.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("Belarus moves", "Belarus sends"), encoding="utf-8"
    )
    before = path.read_bytes()
    (tmp_path / MACHINE_DIR / "sample-briefing.yaml").unlink()

    stored = _extract_into(tmp_path, _new_text())

    assert stored == Stored(
        False,
        lost=[
            f"no copy of the machine's last output ({MACHINE_DIR}/sample-briefing.yaml) to tell corrections "
            f"from; to extract it afresh, move {path} away and copy your corrections into the new file"
        ],
    )
    assert path.read_bytes() == before
    assert not (tmp_path / MACHINE_DIR / "sample-briefing.yaml").exists()


def test_a_sources_yaml_entry_on_record_in_the_machine_copy_is_no_edit_of_the_briefing(tmp_path: Path):
    # extracted with seeds/sources.yaml's title: the machine copy records the entry, the briefing does not
    applied = {"title": "Given title"}
    _extract_into(tmp_path, make_briefing(title="Given title"), applied)
    path, machine = tmp_path / "sample-briefing.yaml", tmp_path / MACHINE_DIR / "sample-briefing.yaml"
    assert path.read_bytes() != machine.read_bytes()
    assert untouched(path, tmp_path)

    stored = _extract_into(tmp_path, _new_text(title="Given title", summary=[]), applied)

    assert stored == Stored(True)  # nothing carried: the file was the machine's output
    assert path.read_text(encoding="utf-8") == dump_briefing(_new_text(title="Given title", summary=[]))
    path.write_text(path.read_text(encoding="utf-8").replace("Given title", "Typed title"), encoding="utf-8")
    assert not untouched(path, tmp_path)
    machine.write_text("not: [a briefing", encoding="utf-8")  # sources_yaml nowhere in it
    assert not untouched(path, tmp_path)
    machine.write_text(f"curation:\n  {APPLIED}: {{title: x}}\nbroken: [", encoding="utf-8")
    assert not untouched(path, tmp_path)
    machine.unlink()
    assert not untouched(path, tmp_path)


def test_a_moved_source_changes_only_the_recorded_path_in_the_briefing_and_its_machine_copy(tmp_path: Path):
    _extract_into(tmp_path, make_briefing())
    path, machine = tmp_path / "sample-briefing.yaml", tmp_path / MACHINE_DIR / "sample-briefing.yaml"
    text = path.read_text(encoding="utf-8").replace("title: Belarus moves", "# checked\ntitle: Belarus sends")
    path.write_text(text, encoding="utf-8")
    machine_before = read_data(machine)

    follow_move(read_folder(tmp_path).existing[0], "seeds/moved/000_x.txt", tmp_path)

    moved = path.read_text(encoding="utf-8")
    assert moved == text.replace("file: seeds/000_x.txt", "file: seeds/moved/000_x.txt")
    machine_after = read_data(machine)
    assert machine_after["source"]["file"] == "seeds/moved/000_x.txt"
    machine_after["source"]["file"] = "seeds/000_x.txt"
    assert machine_after == machine_before  # nothing else: the next run still tells the edit


def test_a_moved_source_of_an_unedited_briefing_is_written_as_the_machine_writes_it(tmp_path: Path):
    _extract_into(tmp_path, make_briefing())
    path = tmp_path / "sample-briefing.yaml"
    follow_move(read_folder(tmp_path).existing[0], "seeds/moved/000_x.txt", tmp_path)
    expected = dump_briefing(
        make_briefing(source={"file": "seeds/moved/000_x.txt", "sha256": "a" * 64, "words": 42})
    )
    assert path.read_text(encoding="utf-8") == expected
    assert (tmp_path / MACHINE_DIR / "sample-briefing.yaml").read_text(encoding="utf-8") == expected


def test_a_moved_source_without_a_machine_copy_changes_the_briefing_alone_and_keeps_a_backup(tmp_path: Path):
    _extract_into(tmp_path, make_briefing())
    path = tmp_path / "sample-briefing.yaml"
    text = path.read_text(encoding="utf-8").replace("title: Belarus moves", "# checked\ntitle: Belarus sends")
    path.write_text(text, encoding="utf-8")
    (tmp_path / MACHINE_DIR / "sample-briefing.yaml").unlink()

    follow_move(read_folder(tmp_path).existing[0], "seeds/moved/000_x.txt", tmp_path)

    assert path.read_text(encoding="utf-8") == text.replace(
        "file: seeds/000_x.txt", "file: seeds/moved/000_x.txt"
    )
    assert not (tmp_path / MACHINE_DIR / "sample-briefing.yaml").exists()
    backups = list((tmp_path / BACKUP_DIR).glob("sample-briefing*"))
    assert [b.read_text(encoding="utf-8") for b in backups] == [text]


def test_a_quote_corrected_by_hand_whose_paragraph_the_new_text_lost_is_reported_lost(tmp_path: Path):
    _extract_into(tmp_path, make_briefing())
    path = tmp_path / "sample-briefing.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("speaker: Alexander Lukashenko", "speaker: Viktor Khrenin"),
        encoding="utf-8",
    )
    # the new text has lost the quote's paragraph (p2), and with it the quote and what it named
    people = [{"name": "Alexander Lukashenko", "role": "President", "mentions": 1, "refs": ["p1"]}]
    shorter = _new_text(body=[{"id": "p1", "text": "Troops moved to the border."}], people=people)
    shorter = shorter.model_copy(update={"places": [], "quotes": [], "figures": []})

    stored = _extract_into(tmp_path, shorter)

    assert stored == Stored(
        True, [], ["quotes: 'We will respond.': its source paragraph is gone from the new text"]
    )
    assert read_data(path)["quotes"] == []


def test_a_title_an_older_version_took_from_sources_yaml_is_the_entrys_not_a_correction(tmp_path: Path):
    # versions before the entry was recorded in the machine copy wrote its title into the briefing alone
    _extract_into(tmp_path, make_briefing())
    path = tmp_path / "sample-briefing.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("title: Belarus moves troops", "title: Given troops"),
        encoding="utf-8",
    )
    given = "Given troops to the border"

    stored = _extract_into(tmp_path, _new_text(title=given), {"title": given})

    assert stored == Stored(True)  # not carried as a person's: a removed entry would revert it
    assert read_data(path)["title"] == given and not read_data(path).get("curation")


def test_each_briefing_extract_writes_gets_the_checked_copy_the_next_build_reads(tmp_path: Path):
    # a new briefing, one nobody edited replaced whole, one whose hand edit is carried: each file
    # written gets its checked copy, keyed by its bytes, so the first build after extract reads no
    # YAML (issue 17, cut E); the copy is the briefing the YAML holds
    from generator.cache import _cached
    from generator.store import load_briefing

    out, cache = tmp_path / "briefings", tmp_path / "cache"
    out.mkdir()
    path = out / "sample-briefing.yaml"

    def extract(briefing: Briefing) -> Stored:
        folder = read_folder(out)
        before = next((e for e in folder.existing if e.file == briefing.source.file), None)
        return store_extraction(briefing, before, out, {}, cache=cache)

    assert extract(make_briefing()) == Stored(True)
    assert _cached(path.name, path.read_bytes(), cache) == load_briefing(path)
    assert extract(_new_text()) == Stored(True)
    assert _cached(path.name, path.read_bytes(), cache) == load_briefing(path)
    path.write_text(
        path.read_text(encoding="utf-8").replace("title: Belarus moves more", "title: Belarus sends more")
    )
    assert extract(_new_text(title="Belarus moves still more troops")) == Stored(True, ["title"], [])
    copy = _cached(path.name, path.read_bytes(), cache)
    assert copy == load_briefing(path) and copy is not None and copy.title.startswith("Belarus sends more")
