#!/usr/bin/env python3
"""Put the annotated articles of incoming/ into dev/ and test/, and their references into
dev-gold.yaml and test-gold.yaml.

    python tests/eval/corpus/split.py

The rule, fixed before any article was read for tuning: an article once placed stays in
its part (parts.yaml records it); new articles are taken in order of their number; an
outlet already placed keeps its part (no outlet is in both); a new outlet goes to the part
that has fewer articles of the same layout so far (dev on a tie), so both parts hold every
layout. The outlet is the reference's first outlet name, lower-cased.
"""

from __future__ import annotations

import shutil
from collections import Counter
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
HEADER = (
    "# Reference annotations of the {part} part of the development corpus ({count} articles).\n"
    "# Made by hand from the files alone, without the extractor's output; see ANNOTATION.md.\n"
    "# Written by split.py from gold/*.yaml: correct the batch file, then run split.py again.\n"
)


def main() -> None:
    sources = []
    for path in sorted((HERE / "gold").glob("*.yaml")):
        sources += yaml.safe_load(path.read_text(encoding="utf-8"))["sources"]
    sources.sort(key=lambda s: s["file"])
    record = HERE / "parts.yaml"
    fixed: dict[str, str] = yaml.safe_load(record.read_text(encoding="utf-8")) if record.is_file() else {}
    placed: dict[str, str] = {}
    per_layout: Counter[tuple[str, str]] = Counter()
    parts: dict[str, list[dict]] = {"dev": [], "test": []}

    def outlet_of(source: dict) -> str:
        outlets = source.get("outlet") or ["unknown"]
        return str(outlets[0] if isinstance(outlets, list) else outlets).lower()

    for source in sources:  # what is placed already counts first
        if source["file"] in fixed:
            placed.setdefault(outlet_of(source), fixed[source["file"]])
    for source in sources:
        outlet = outlet_of(source)
        layout = source.get("layout", "unknown")
        part = fixed.get(source["file"]) or placed.get(outlet)
        if part is None:
            part = "dev" if per_layout["dev", layout] <= per_layout["test", layout] else "test"
            placed[outlet] = part
        per_layout[part, layout] += 1
        fixed[source["file"]] = part
        parts[part].append(source)
        for folder in ("incoming", "dev", "test"):
            found = HERE / folder / source["file"]
            if found.is_file() and folder != part:
                (HERE / part).mkdir(exist_ok=True)
                shutil.move(str(found), HERE / part / source["file"])
    record.write_text(yaml.safe_dump(dict(sorted(fixed.items()))), encoding="utf-8")
    for part, chosen in parts.items():
        document = {"exhaustive": ["people", "organisations", "places", "equipment", "figures", "events"]}
        document["sources"] = chosen
        text = HEADER.format(part=part, count=len(chosen))
        text += yaml.safe_dump(document, allow_unicode=True, sort_keys=False, width=100)
        (HERE / f"{part}-gold.yaml").write_text(text, encoding="utf-8")
        print(f"{part}: {len(chosen)} articles, layouts {dict(Counter(s.get('layout') for s in chosen))}")


if __name__ == "__main__":
    main()
