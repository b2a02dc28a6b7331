#!/usr/bin/env python3
"""Extract an annotated corpus afresh and score it: the one command behind every score we report.

    python scripts/evaluate.py dev [--misses] [--by-layout]
    python scripts/evaluate.py seeds extra dev test --json

Parts: `seeds` (the samples, tests/eval/seeds-gold.yaml), `extra` (tests/eval/extra/),
`dev` and `test` (tests/eval/corpus/, see its ANNOTATION.md). Tune rules on `dev` only;
score `test` to report, never to find what to fix. Each part is extracted with
`python -m generator extract --force` into a temporary folder and scored by
tests/eval/score.py; `--by-layout` adds a table per page layout (html, text-dump, ...).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT / "tests" / "eval"
PARTS = {
    "seeds": (ROOT / "seeds", EVAL / "seeds-gold.yaml"),
    "extra": (EVAL / "extra", EVAL / "extra-gold.yaml"),
    "dev": (EVAL / "corpus" / "dev", EVAL / "corpus" / "dev-gold.yaml"),
    "test": (EVAL / "corpus" / "test", EVAL / "corpus" / "test-gold.yaml"),
    # pages saved as text, annotated for their header and furniture only (a dev set for reading
    # page dumps: its outlets are none of the test part's)
    "headers": (EVAL / "corpus" / "headers", EVAL / "corpus" / "headers-gold.yaml"),
    # the dev and test parts' saved HTML pages as w3m prints them, references adapted
    # (tests/eval/corpus/dumps.py): one article read from its markup and from its text alone
    "dumps": (EVAL / "corpus" / "dumps" / "dev", EVAL / "corpus" / "dumps" / "dev-gold.yaml"),
    "dumps-test": (EVAL / "corpus" / "dumps" / "test", EVAL / "corpus" / "dumps" / "test-gold.yaml"),
    # Russian-language articles (issue 15), split into dev and test before they were annotated
    "ru-dev": (EVAL / "corpus" / "ru" / "dev", EVAL / "corpus" / "ru" / "gold-dev.yaml"),
    "ru-test": (EVAL / "corpus" / "ru" / "test", EVAL / "corpus" / "ru" / "gold-test.yaml"),
    # articles in languages without a pipeline (German, French, Chinese ...), annotated for their
    # header, furniture and the story kept (`in_body`) only, split before they were annotated
    "intl-dev": (EVAL / "corpus" / "intl" / "dev", EVAL / "corpus" / "intl" / "gold-dev.yaml"),
    "intl-test": (EVAL / "corpus" / "intl" / "test", EVAL / "corpus" / "intl" / "gold-test.yaml"),
}


def extract(sources: Path, out: Path) -> None:
    command = [
        sys.executable,
        "-m",
        "generator",
        "extract",
        "--sources",
        str(sources),
        "--out",
        str(out),
        "--force",
    ]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    if done.returncode != 0:  # a source that fails is scored as missed; say which and why
        print(f"extraction of {sources} reported failures:\n{done.stdout}{done.stderr}", file=sys.stderr)


def score(gold: Path, briefings: Path, *options: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, str(EVAL / "score.py"), str(gold), str(briefings), *options]
    return subprocess.run(command, capture_output=True, text=True, check=False)


def by_layout(gold_path: Path, briefings: Path, workdir: Path) -> dict[str, dict]:
    """The same scores for each page layout's sources alone."""
    gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
    layouts = sorted({s.get("layout", "unknown") for s in gold["sources"]})
    results = {}
    for layout in layouts:
        part = dict(gold, sources=[s for s in gold["sources"] if s.get("layout", "unknown") == layout])
        path = workdir / f"gold-{layout}.yaml"
        path.write_text(yaml.safe_dump(part, allow_unicode=True), encoding="utf-8")
        results[layout] = json.loads(score(path, briefings, "--json").stdout)
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("parts", nargs="+", choices=sorted(PARTS))
    parser.add_argument("--misses", action="store_true", help="list what each part missed")
    parser.add_argument("--by-layout", action="store_true", help="a table per page layout too")
    parser.add_argument("--json", action="store_true", help="one JSON object of every part's totals")
    parser.add_argument(
        "--keep", type=Path, help="write the briefings under this folder (one sub-folder a part)"
    )
    args = parser.parse_args(argv)

    results: dict[str, dict] = {}
    with tempfile.TemporaryDirectory() as tmp:
        work = args.keep or Path(tmp)
        for part in args.parts:
            sources, gold = PARTS[part]
            if not gold.is_file():
                sys.exit(f"{gold}: no reference annotations for part {part!r}")
            out = work / part
            extract(sources, out)
            results[part] = json.loads(score(gold, out, "--json").stdout)
            if args.by_layout:
                results[part]["layouts"] = by_layout(gold, out, Path(tmp))
            if not args.json:
                print(f"== {part} ({sources.relative_to(ROOT)})")
                print(score(gold, out, "--totals", *(["--misses"] if args.misses else [])).stdout)
    if args.json:
        print(json.dumps(results, indent=1))
    elif len(args.parts) > 1 or args.by_layout:
        metrics = [
            m for m in next(iter(results.values())) if m not in {"sources", "sources_found", "layouts"}
        ]
        columns = [(p, results[p]) for p in args.parts]
        if args.by_layout:
            columns += [(f"{p}:{k}", v) for p in args.parts for k, v in results[p].get("layouts", {}).items()]
        print(f"{'':24}" + "".join(f"{name[:14]:>15}" for name, _ in columns))
        for metric in metrics:
            cells = "".join(
                f"{'-' if r.get(metric) is None else format(r[metric], '.3f'):>15}" for _, r in columns
            )
            print(f"{metric:24}{cells}")
        print(f"{'sources':24}" + "".join(f"{r['sources_found']:>12}/{r['sources']:<2}" for _, r in columns))
    return 0


if __name__ == "__main__":
    sys.exit(main())
