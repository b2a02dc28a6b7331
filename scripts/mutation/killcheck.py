"""Check a test against mutants: it passes on the code and fails with each mutant switched on.

    nice -n 10 python scripts/mutation/killcheck.py COPY --names x__stem__mutmut_3 'x__bare__*' \
        -- tests/extraction/test_quotes.py -k "test_a_bare_epithet"

The tests are run from COPY/mutants, so a test written in the tree is copied there first
(`cp tests/extraction/test_quotes.py COPY/mutants/tests/extraction/`). Prints one line a
mutant; exits 1 if the test fails on the code or a mutant survives it.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from mutlib import activate, enter_copy, run_pytest, select, short  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("copy", type=Path, help="the folder generate.py made")
    parser.add_argument("--names", nargs="+", required=True, help="mutants: fnmatch patterns or @FILE")
    parser.add_argument("tests", nargs="+", help="after --: pytest's arguments (files, -k EXPR)")
    args = parser.parse_args()
    names = select(Path(".."), enter_copy(args.copy, args.names))
    activate(None)
    if run_pytest(args.tests) != 0:
        run_pytest(args.tests, quiet=False)
        sys.exit("the test fails on the code")
    alive = []
    for name in names:
        activate(name)
        try:
            code = run_pytest([*args.tests, "-x"])
        finally:
            activate(None)
        print(f"{short(name)}: {'killed' if code != 0 else 'ALIVE'}", flush=True)
        if code == 0:
            alive.append(name)
    print(f"{len(names) - len(alive)} of {len(names)} killed")
    sys.exit(1 if alive else 0)


if __name__ == "__main__":
    main()
