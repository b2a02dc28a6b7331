#!/usr/bin/env python3
"""Write the saved HTML pages of the dev and test parts again as a text browser prints them, with
their references adapted: the same articles in the layout unseen pages most often come in.

    python tests/eval/corpus/dumps.py        # needs w3m (Debian's package w3m)

A page dump loses what only the markup held: the reference of each dump (dumps/dev-gold.yaml,
dumps/test-gold.yaml) is the page's, with the layout `text-dump`, and with `url`, `published`,
`outlet` and `authors` left out where the dump does not print them (an address that is only in a
<link>, a date only in a <meta>, a site name only in og:site_name), so that a miss is the reader's,
not the dump's. Everything else (people, quotes, figures, events, furniture) is the page's.
The dumps are committed, so scoring them needs no w3m: run this again only when a part gains a page.
"""

from __future__ import annotations

import re
import subprocess
from datetime import date
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
OUT = HERE / "dumps"
COLUMNS = 100  # a wide terminal's width: w3m wraps the page's paragraphs at it
HEADER = (
    "# References of the {part} part's saved HTML pages as w3m text dumps ({count} articles).\n"
    "# Written by dumps.py from {part}-gold.yaml: correct that file, then run dumps.py again.\n"
)


def dump(page: Path) -> str:
    done = subprocess.run(
        ["w3m", "-dump", "-cols", str(COLUMNS), "-T", "text/html", "-I", "UTF-8", "-O", "UTF-8", str(page)],
        capture_output=True,
        check=True,
    )
    return done.stdout.decode("utf-8", errors="replace")


def flat(text: str) -> str:
    return " ".join(text.split()).lower()


def date_printed(day: date, text: str) -> bool:
    """Whether the dump prints the day in one of the usual ways ("2016-12-14", "Dec. 14, 2016",
    "14 December 2016", "14th Dec 2016", "12/14/2016")."""
    month, short = day.strftime("%B"), day.strftime("%b")
    forms = [day.isoformat(), f"{day.month}/{day.day}/{day.year}", f"{day.day:02}.{day.month:02}.{day.year}"]
    suffix = "th" if 10 < day.day < 14 else {1: "st", 2: "nd", 3: "rd"}.get(day.day % 10, "th")
    for name in {month, short, f"{short}.", "Sept" if day.month == 9 else short}:
        for d in {str(day.day), f"{day.day:02}", f"{day.day}{suffix}"}:
            forms += [f"{name} {d}, {day.year}", f"{name} {d} {day.year}", f"{d} {name} {day.year}"]
    return any(re.search(rf"(?<!\w){re.escape(flat(form))}(?!\w)", text) for form in forms)


def adapted(gold: dict, text: str) -> dict:
    ref = dict(gold, file=Path(gold["file"]).with_suffix(".txt").name, layout="text-dump")
    seen = flat(text)
    if ref.get("url") and ref["url"].lower() not in seen:
        ref["url"] = None
    if isinstance(ref.get("published"), date) and not date_printed(ref["published"], seen):
        ref["published"] = None
    outlets = ref.get("outlet")
    names = outlets if isinstance(outlets, list) else [outlets] if outlets else []
    if names and not any(flat(name) in seen for name in names):
        ref["outlet"] = None
    authors = ref.get("authors") or []
    if any(flat(author) not in seen for author in authors):
        ref["authors"] = [a for a in authors if flat(a) in seen]
    return ref


def main() -> None:
    for part in ("dev", "test"):
        gold = yaml.safe_load((HERE / f"{part}-gold.yaml").read_text(encoding="utf-8"))
        folder = OUT / part
        folder.mkdir(parents=True, exist_ok=True)
        for old in folder.glob("*.txt"):
            old.unlink()
        refs = []
        for source in gold["sources"]:
            page = HERE / part / source["file"]
            if page.suffix.lower() not in (".html", ".htm"):
                continue
            text = dump(page)
            ref = adapted(source, text)
            (folder / ref["file"]).write_text(text, encoding="utf-8")
            refs.append(ref)
        body = yaml.safe_dump(
            {"exhaustive": gold.get("exhaustive", []), "sources": refs}, allow_unicode=True, sort_keys=False
        )
        header = HEADER.format(part=part, count=len(refs))
        (OUT / f"{part}-gold.yaml").write_text(header + body, encoding="utf-8")
        print(f"{part}: {len(refs)} pages written to {folder.relative_to(HERE)}")


if __name__ == "__main__":
    main()
