"""Fail when a module of generator/ is covered less than its floor, after `make test`.

pytest-cov holds the whole package to pyproject.toml's `fail_under`; a total of 95% can hide one
module nobody tests (issue 21: no module below 80%). This reads the coverage data the test run
left (`.coverage`), with the project's coverage settings, and names each module under the floor.

    python scripts/coverage_floor.py [--floor 80] [--data .coverage]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

import coverage

MODULE_FLOOR = 80.0


def below_floor(data: Path, floor: float) -> list[tuple[str, float]]:
    """(module, percent covered) of each module under `floor`, lowest first; modules no test
    imported count, at 0%."""
    cov = coverage.Coverage(data_file=str(data))
    cov.load()
    with tempfile.TemporaryDirectory() as scratch:
        report = Path(scratch) / "coverage.json"
        cov.json_report(outfile=str(report))
        files = json.loads(report.read_text(encoding="utf-8"))["files"]
    low = [(name, entry["summary"]["percent_covered"]) for name, entry in files.items()]
    return sorted((item for item in low if item[1] < floor), key=lambda item: item[1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--floor", type=float, default=MODULE_FLOOR, help="percent (default 80)")
    parser.add_argument("--data", type=Path, default=Path(".coverage"), help="coverage data file")
    args = parser.parse_args(argv)
    if not args.data.is_file():
        print(f"coverage_floor: {args.data}: no coverage data (run the tests with --cov)", file=sys.stderr)
        return 2
    low = below_floor(args.data, args.floor)
    for name, percent in low:
        print(f"coverage_floor: {name}: {percent:.1f}% covered, under {args.floor:g}%", file=sys.stderr)
    return 1 if low else 0


if __name__ == "__main__":
    sys.exit(main())
