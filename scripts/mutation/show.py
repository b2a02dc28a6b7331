"""What mutants change: mutmut's diff of each, from the copy generate.py made.

python scripts/mutation/show.py COPY 'xǁQuoteExtractorǁ_resolve__mutmut_1*' @alive.txt
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from mutlib import select, short  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("copy", type=Path, help="the folder generate.py made")
    parser.add_argument("names", nargs="+", help="mutants: fnmatch patterns or @FILE")
    args = parser.parse_args()
    patterns = [f"@{Path(p[1:]).resolve()}" if p.startswith("@") else p for p in args.names]
    names = select(args.copy, patterns)
    os.chdir(args.copy)  # mutmut reads its settings and the mutants from here
    from mutmut.mutation.diff_apply import get_diff_for_mutant

    for name in names:
        print(f"## {short(name)}  ({name})")
        print(get_diff_for_mutant(name).strip())
        print()


if __name__ == "__main__":
    main()
