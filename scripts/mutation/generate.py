"""Generate the mutants of one module of a git tree, in a copy of it (the tree is not touched).

    python scripts/mutation/generate.py generator/extraction/quotes.py COPY [--tree .]

COPY gets the tree's tracked files (as they are on disk), its pyproject.toml's
`[tool.mutmut] only_mutate` narrowed to the one file, and then mutmut's own generation step
(the one `mutmut run` starts with): COPY/mutants/ holds the package with the mutants in place,
switched by the environment variable MUTANT_UNDER_TEST. COPY/names.txt lists the mutants,
one a line, in the order of the file (run.py and killcheck.py read them).

Why not `mutmut run`: it starts a process per mutant and runs its tests from the start, which
for a module behind the language model costs about a minute a mutant (tests/MUTANTS.md).
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from pathlib import Path

# mutmut's generation step, run inside COPY: the calls `mutmut run` makes before it tests
GENERATE = (
    "from mutmut.mutation.trampoline import set_mutant_under_test as s; s('mutant_generation'); "
    "from mutmut.utils.file_utils import copy_src_dir, copy_also_copy_files, setup_source_paths; "
    "from mutmut.__main__ import create_mutants; "
    "copy_src_dir(); copy_also_copy_files(); setup_source_paths(); create_mutants(1)"
)


# The evaluation data stays out of the copy: no mutated module's tests read it, and its held-out
# parts are never to be copied (tests/eval/README.md)
NOT_COPIED = ("tests/eval",)


def copy_tree(tree: Path, copy: Path) -> None:
    """The tracked files of `tree` but NOT_COPIED, with their uncommitted changes, into `copy`."""
    files = subprocess.run(
        ["git", "-C", str(tree), "ls-files", "-z", "--", ".", *(f":(exclude){part}" for part in NOT_COPIED)],
        check=True,
        capture_output=True,
    ).stdout
    copy.mkdir(parents=True, exist_ok=True)
    pack = subprocess.Popen(
        ["tar", "--null", "-T", "-", "-cf", "-"], cwd=tree, stdin=subprocess.PIPE, stdout=subprocess.PIPE
    )
    unpack = subprocess.Popen(["tar", "xf", "-"], cwd=copy, stdin=pack.stdout)
    assert pack.stdin is not None and pack.stdout is not None
    pack.stdin.write(files)
    pack.stdin.close()
    pack.stdout.close()
    if unpack.wait() or pack.wait():
        sys.exit("copying the tree failed")


def narrow(pyproject: Path, module_file: str) -> None:
    """`[tool.mutmut] only_mutate` set to the one file; the rest of the settings kept."""
    text = pyproject.read_text(encoding="utf-8")
    narrowed, count = re.subn(
        r"^only_mutate = \[.*?\]", f'only_mutate = ["{module_file}"]', text, flags=re.S | re.M
    )
    if count != 1:
        sys.exit(f"{pyproject}: no `only_mutate = [...]` to narrow")
    pyproject.write_text(narrowed, encoding="utf-8")


def mutant_names(copy: Path, module_file: str) -> list[str]:
    """The mutants' names, as MUTANT_UNDER_TEST takes them, in the order of the file."""
    meta = json.loads((copy / "mutants" / f"{module_file}.meta").read_text(encoding="utf-8"))
    names = list(meta["exit_code_by_key"])
    order = {
        name: i
        for i, name in enumerate(
            re.findall(
                r"^\s*def (x\S+?__mutmut_\d+)\(",
                (copy / "mutants" / module_file).read_text(encoding="utf-8"),
                re.M,
            )
        )
    }
    return sorted(names, key=lambda name: order.get(name.rpartition(".")[2], len(order)))


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "module_file", help="the file to mutate, as the tree names it (generator/extraction/quotes.py)"
    )
    parser.add_argument("copy", type=Path, help="a new folder for the copy and its mutants")
    parser.add_argument("--tree", type=Path, default=Path("."), help="the git tree to copy (default: here)")
    args = parser.parse_args()
    if args.copy.exists() and any(args.copy.iterdir()):
        sys.exit(f"{args.copy} is not empty")
    copy_tree(args.tree.resolve(), args.copy)
    narrow(args.copy / "pyproject.toml", args.module_file)
    subprocess.run([sys.executable, "-c", GENERATE], cwd=args.copy, check=True, stdout=subprocess.DEVNULL)
    names = mutant_names(args.copy, args.module_file)
    (args.copy / "names.txt").write_text("".join(f"{name}\n" for name in names), encoding="utf-8")
    print(
        f"{len(names)} mutants of {args.module_file} in {args.copy / 'mutants'}; "
        f"names in {args.copy / 'names.txt'}"
    )


if __name__ == "__main__":
    main()
