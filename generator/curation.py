"""Keeping what a person corrected when a briefing is extracted again: the one owner of that.

How corrections are recorded: nothing to fill in by hand. Every time `extract`
writes a briefing it also keeps the machine's own output in
`briefings/.machine/<id>.yaml`. A person edits `briefings/<id>.yaml` freely;
the difference between the two files *is* the correction. When the source
changes (or with --force), the new extraction is merged with that difference:

- a top-level field a person changed (title, authors, published, outlet, url...)
  keeps the person's value;
- in a list (people, quotes, figures, events, summary...), an item a person
  removed stays removed, an item a person added is added again, an item a
  person changed (a wrong speaker, a better role) replaces the machine's item
  with the same identity (an entity's name, a quote's text, an event's date and
  text...);
- an added or changed item whose source paragraph is gone, or an edit of the
  body text itself, cannot be carried: it is reported, and the person's
  previous file is kept in briefings/.backup/ (a dated copy per run).

`curation.edited` lists the fields a person changed; any other keys a person
writes under `curation` (notes, a reviewer's name) are kept as they are, also
when no field was corrected.

`store_extraction` decides what is written when a source is extracted again (the machine's
output as it is, the merge, or nothing, when no machine copy tells the corrections) and
`follow_move` what a moved source's briefing becomes; store.py writes the files.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .briefing_yaml import briefing_data, briefing_text, dump_briefing, dump_data, plain, read_data
from .cache import keep_checked
from .overrides import as_extracted_with
from .problems import BriefingError
from .schema import ITEM_KEYS, Briefing, item_key
from .store import (
    APPLIED,
    MACHINE_DIR,
    briefing_path,
    keep_backup,
    machine_copy_data,
    machine_copy_text,
    save_briefing,
    save_with_machine_copy,
    validate,
    without_applied,
    write_pair,
)

if TYPE_CHECKING:
    from .tracking import Existing

# Fields the machine sets from the source itself; a person's edit of them is not
# a correction to carry ("body" is the source text; "curation" is carried whole).
MACHINE_FIELDS = {"id", "body", "curation"}
# What `source` says about the file itself: the new file's values, always. Its other
# fields (reliability, outlet, language...) are a person's to correct.
MACHINE_SOURCE_FIELDS = {"file", "sha256", "words"}


@dataclass
class Merge:
    data: dict[str, Any]
    carried: list[str] = field(default_factory=list)  # what was kept from the person's edits
    lost: list[str] = field(default_factory=list)  # what could not be kept, and why


def edited_fields(machine: dict[str, Any], human: dict[str, Any]) -> list[str]:
    """The fields in which a person's file differs from the machine's."""
    fields = []
    for name in sorted(set(machine) | set(human)):
        if name in {"curation"}:
            continue
        if machine.get(name) != human.get(name):
            fields.append(name)
    return fields


def merge(old_machine: dict[str, Any], human: dict[str, Any], new_machine: dict[str, Any]) -> Merge:
    """The new extraction with a person's corrections to the old one carried into it."""
    result = Merge(copy.deepcopy(new_machine))
    data = result.data
    paragraph_ids = {p["text"]: p["id"] for p in new_machine.get("body", []) if isinstance(p, dict)}
    old_body = {p["id"]: p["text"] for p in old_machine.get("body", []) if isinstance(p, dict)}
    for name in edited_fields(old_machine, human):
        if name == "body":
            result.lost.append("body: the source text was edited by hand; edits to it are not carried")
            continue
        if name in MACHINE_FIELDS:
            continue
        before, after = old_machine.get(name), human.get(name)
        if name == "source" and isinstance(before, dict) and isinstance(after, dict):
            _merge_source(before, after, data, result)
        elif name in ITEM_KEYS and isinstance(after, list):
            _merge_list(name, before or [], after, data, paragraph_ids, old_body, result)
        else:
            data[name] = copy.deepcopy(after)
            result.carried.append(name)
    curation = dict(human.get("curation") or {})
    edited = sorted(set(curation.get("edited") or []) | {c.split(":")[0] for c in result.carried})
    if edited:
        curation["edited"] = edited
    data["curation"] = curation
    return result


def _merge_source(before: dict[str, Any], after: dict[str, Any], data: dict[str, Any], result: Merge) -> None:
    """A person's corrections of `source`, field by field, reported as `source.<field>`."""
    source = data.setdefault("source", {})
    for key in sorted(set(before) | set(after)):
        if key in MACHINE_SOURCE_FIELDS or before.get(key) == after.get(key):
            continue
        if key in after:
            source[key] = copy.deepcopy(after[key])
        else:
            source.pop(key, None)
        result.carried.append(f"source.{key}")


def _merge_list(
    name: str,
    before: list[Any],
    after: list[Any],
    data: dict[str, Any],
    paragraph_ids: dict[str, str],
    old_body: dict[str, str],
    result: Merge,
) -> None:
    before_keys = {item_key(name, item): item for item in before}
    after_keys = {item_key(name, item): item for item in after}
    items = data.get(name) or []
    index = {item_key(name, item): i for i, item in enumerate(items)}
    removed = [k for k in before_keys if k not in after_keys]
    for key in removed:
        if key in index:
            items[index[key]] = None
        result.carried.append(f"{name}: removed {_label(before_keys[key])}")
    for key, item in after_keys.items():
        if key in before_keys and before_keys[key] == item:
            continue  # untouched by the person
        carried = _reref(item, paragraph_ids, old_body)
        if carried is None:
            result.lost.append(f"{name}: {_label(item)}: its source paragraph is gone from the new text")
            continue
        if key in index and items[index[key]] is not None:
            items[index[key]] = carried
            result.carried.append(f"{name}: corrected {_label(item)}")
        elif key in before_keys:
            result.lost.append(f"{name}: {_label(item)}: the new extraction no longer has this item")
        else:
            items.append(carried)
            result.carried.append(f"{name}: added {_label(item)}")
    data[name] = [item for item in items if item is not None]


def _reref(item: Any, paragraph_ids: dict[str, str], old_body: dict[str, str]) -> Any:
    """The item with its refs pointing at the same paragraph texts in the new body."""
    if not isinstance(item, dict):
        return copy.deepcopy(item)
    moved = copy.deepcopy(item)
    if item.get("ref"):
        text = old_body.get(item["ref"])
        if text is None or text not in paragraph_ids:
            return None
        moved["ref"] = paragraph_ids[text]
    if item.get("refs"):
        # an entity: keep the paragraphs that are still there
        moved["refs"] = [paragraph_ids[old_body[r]] for r in item["refs"] if old_body.get(r) in paragraph_ids]
    return moved


def _label(item: Any) -> str:
    if isinstance(item, dict):
        for key in ("name", "text"):
            if item.get(key):
                text = str(item[key])
                return repr(text if len(text) <= 60 else text[:57] + "...")
    return repr(item)


# ------------------------------------------------------------------- a new extraction on disk


@dataclass
class Stored:
    """What became of a new extraction of a source that had a briefing (or had none)."""

    written: bool  # False: the briefing was left as a person wrote it (reported as kept)
    carried: list[str] = field(default_factory=list)  # a person's corrections kept
    lost: list[str] = field(default_factory=list)  # corrections that could not be, and why


def store_extraction(
    briefing: Briefing,
    before: Existing | None,
    out: Path,
    applied: dict[str, Any],
    cache: Path | None = None,
) -> Stored:
    """Write a new extraction, carrying a person's corrections of the previous one.

    `applied`: the sources.yaml entry it was extracted with, recorded in its machine copy.
    `cache`: where the build looks for the briefings' checked copies (cache.py); the briefing
    written gets its copy there, so that the next build does not read and check its YAML again.
    """
    machine_text = machine_copy_text(briefing, applied)
    if before is None:
        data = briefing_data(briefing)
        text = dump_data(data)
        save_with_machine_copy(briefing.id, out, text, machine_text)
        _keep_checked(cache, briefing_path(out, briefing.id), text, data)
        return Stored(True)
    if untouched(before.path, out):
        # nobody's comments or layout to keep: the briefing is the machine's output as it is
        data = briefing_data(briefing)
        text = dump_data(data)
        write_pair(before.path, out, text, machine_text)
        _keep_checked(cache, before.path, text, data)
        return Stored(True)
    machine = machine_copy_data(out, before.id)
    if machine is None:
        # Nothing tells a person's corrections from the machine's output (the copy was
        # deleted or broken, or an older version was killed between the two writes): overwriting
        # could lose a correction without a word, so the file stays as a person left it.
        why = (
            f"no copy of the machine's last output ({MACHINE_DIR}/{before.path.name}) to tell "
            f"corrections from; to extract it afresh, move {before.path} away and copy your "
            "corrections into the new file"
        )
        return Stored(False, lost=[why])
    machine = as_extracted_with(without_applied(machine), before.data, briefing_data(briefing), applied)
    # Always through the merge, also when no field was corrected: it is what carries
    # whatever a person wrote under `curation` (notes, former ids) into the new file.
    merged = merge(machine, before.data, briefing_data(briefing))
    try:
        result = validate(merged.data, str(before.path))
    except BriefingError as exc:
        return Stored(False, lost=[str(p) for p in exc.problems])
    text = briefing_text(result, keep_layout_of=before.path)
    write_pair(before.path, out, text, machine_text)
    _keep_checked(cache, before.path, text, briefing_data(result))
    return Stored(True, merged.carried, merged.lost)


def _keep_checked(cache: Path | None, path: Path, text: str, data: dict[str, Any]) -> None:
    """The briefing file just written gets its checked copy, keyed by its bytes: a person's later
    edit of the file makes the build read the YAML again."""
    if cache is not None:
        keep_checked(cache, path.name, text.encode("utf-8"), data)


def untouched(path: Path, out: Path) -> bool:
    """Is a briefing file still byte for byte the machine's copy of it (but for the copy's record
    of its sources.yaml entry)?"""
    copy = briefing_path(out / MACHINE_DIR, path.stem)
    try:
        machine, briefing = copy.read_bytes(), path.read_bytes()
    except OSError:
        return False
    if machine == briefing:
        return True
    if APPLIED.encode() not in machine:
        return False
    try:
        data = without_applied(plain(read_data(copy)))
        return dump_briefing(validate(data, str(copy))).encode("utf-8") == briefing
    except BriefingError:
        return False


def follow_move(before: Existing, shown: str, out: Path) -> None:
    """Tie a briefing to the path its source moved to: `source.file` changes, nothing else.

    Extracting the source again would give the same briefing (it is read the same way), so
    only the path is written, into the briefing (its comments and corrections as they are)
    and its machine copy.
    """
    as_extracted = untouched(before.path, out)
    data = {**before.data, "source": {**before.data["source"], "file": shown}}
    briefing = validate(data, str(before.path))
    text = dump_briefing(briefing) if as_extracted else briefing_text(briefing, keep_layout_of=before.path)
    machine = machine_copy_data(out, before.id)
    if machine is not None:
        machine = {**machine, "source": {**machine["source"], "file": shown}}
        machine_text = dump_briefing(validate(machine, str(briefing_path(out / MACHINE_DIR, before.id))))
        write_pair(before.path, out, text, machine_text)
    else:  # no usable machine copy: the briefing alone, never anything but its path changed
        keep_backup(out, before.path)
        save_briefing(briefing, out, keep_layout_of=None if as_extracted else before.path, text=text)
