"""Replay a new maintainer's everyday mistakes (issue 18) in a fresh clone, with the real command line.

    python scripts/replay_mistakes.py [--repo PATH] [--rev REV] [--keep]

Clones the repository (default: the one this script is in, at HEAD) into a temporary
folder, then plays each mistake in order, one after the other in that clone, as a
maintainer following the README would, running `python -m generator ...` (the clone's own
code). For each it prints what the user saw and whether any briefing was duplicated,
orphaned, misfiled or lost (a person's edit, a redirect); exit status 1 if any was, or if
any command printed a traceback.

A mistake is a function that takes the clone and returns what it found wrong; add one to
MISTAKES to replay it too (the settings and error-message cases of issue 18 are not in
yet).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

TRACEBACK = "Traceback (most recent call last)"
ARTICLE = (
    "{title}\n\nNegotiators met in Geneva on Monday to discuss the border, officials said.\n\n"
    "The talks will resume next week, according to a statement from the foreign ministry.\n"
)


@dataclass
class Found:
    """What one mistake left wrong, by kind; empty lists when nothing."""

    duplicated: list[str] = field(default_factory=list)
    orphaned: list[str] = field(default_factory=list)
    misfiled: list[str] = field(default_factory=list)
    lost: list[str] = field(default_factory=list)
    tracebacks: list[str] = field(default_factory=list)

    def any(self) -> bool:
        return any((self.duplicated, self.orphaned, self.misfiled, self.lost, self.tracebacks))


class Clone:
    """A fresh clone, and the commands a maintainer runs in it."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.found = Found()
        self.known: set[str] = set()  # what an earlier mistake left, reported there already

    def run(self, *args: str) -> subprocess.CompletedProcess[str]:
        """`python -m generator ARGS` (or `git ARGS`), printed as the user saw it."""
        env = {**os.environ, "PYTHONPATH": str(self.root), "NO_MKDOCS_2_WARNING": "1"}
        command = ["git", *args[1:]] if args[0] == "git" else [sys.executable, "-m", "generator", *args]
        result = subprocess.run(command, cwd=self.root, env=env, capture_output=True, text=True)
        shown = " ".join(["git", *args[1:]] if args[0] == "git" else ["python -m generator", *args])
        print(f"  $ {shown}   (exit {result.returncode})")
        for line in (result.stdout + result.stderr).splitlines():
            print(f"  | {line}")
        if TRACEBACK in result.stderr:
            self.found.tracebacks.append(shown)
        return result

    def briefings(self) -> dict[Path, Any]:
        """Every briefing file with its data (None for one that cannot be read)."""
        found: dict[Path, Any] = {}
        for path in sorted((self.root / "briefings").glob("*.yaml")):
            try:
                found[path] = yaml.safe_load(path.read_text(encoding="utf-8"))
            except (yaml.YAMLError, UnicodeDecodeError):
                found[path] = None
        return found

    def briefing_of(self, source: str) -> Path:
        for path, data in self.briefings().items():
            if isinstance(data, dict) and data.get("source", {}).get("file") == source:
                return path
        raise SystemExit(f"no briefing of {source} in the clone to play the mistakes on")

    def look(self) -> None:
        """Two briefings of one source (by path or by content); a briefing whose source is gone.

        Only what is new since the mistakes before: each is reported by the mistake that made it.
        """
        by_file: dict[str, list[str]] = {}
        by_content: dict[str, list[str]] = {}
        orphans = []
        for path, data in self.briefings().items():
            source = data.get("source") if isinstance(data, dict) else None
            if not isinstance(source, dict):
                continue
            by_file.setdefault(str(source.get("file")), []).append(path.name)
            by_content.setdefault(str(source.get("sha256")), []).append(path.name)
            if not (self.root / str(source.get("file"))).exists():
                orphans.append(f"{path.name}: its source {source.get('file')} is gone")
        duplicates = [
            f"{' and '.join(names)} are briefings of one source"
            for names in [*by_file.values(), *by_content.values()]
            if len(names) > 1
        ]
        for found, items in ((self.found.orphaned, orphans), (self.found.duplicated, duplicates)):
            for item in dict.fromkeys(items):
                if item not in self.known and item not in found:
                    found.append(item)

    def start(self) -> None:
        """Before the next mistake: what this one left is known."""
        self.known.update(self.found.orphaned + self.found.duplicated)
        self.found = Found()


def edit(path: Path, pattern: str, replacement: str) -> None:
    text, count = re.subn(pattern, replacement, path.read_text(encoding="utf-8"), count=1, flags=re.M)
    assert count == 1, (path, pattern)
    path.write_text(text, encoding="utf-8")


def append(path: Path, text: str) -> None:
    path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")


# ---------------------------------------------------------------------------------- mistakes


def broken_by_hand(clone: Clone) -> None:
    """1. A title corrected by hand with an unclosed quote; the source changes; `extract`; the quote fixed."""
    source = "seeds/003_94086817458596b5.txt"
    path = clone.briefing_of(source)
    edit(path, r"^title: .*$", 'title: "Belarus deals a blow to Ukraine')  # the closing quote forgotten
    append(clone.root / source, "\n\nTalks resumed in Minsk on Tuesday, officials said.\n")
    clone.run("extract")
    clone.look()
    edit(path, r'^title: "Belarus deals a blow to Ukraine$', 'title: "Belarus deals a blow to Ukraine"')
    clone.run("extract")
    clone.run("check")
    clone.look()
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if data.get("title") != "Belarus deals a blow to Ukraine":
        clone.found.lost.append(f"{path.name}: the title corrected by hand is now {data.get('title')!r}")
    if not any("Talks resumed in Minsk" in p.get("text", "") for p in data.get("body", [])):
        clone.found.lost.append(f"{path.name}: the source's new paragraph never reached its briefing")


def renamed_address_reused(clone: Clone) -> None:
    """2. `rename OLD NEW`, then a new source whose title gives OLD; `extract`; `render`."""
    path = clone.briefing_of("seeds/001_5b9bfd4bd532f898.txt")
    old, new = path.stem, "belarus-russia-military-ties"
    clone.run("rename", old, new)
    title = yaml.safe_load((clone.root / "briefings" / f"{new}.yaml").read_text(encoding="utf-8"))["title"]
    (clone.root / "seeds" / "020_follow_up.txt").write_text(ARTICLE.format(title=title), encoding="utf-8")
    clone.run("extract")
    clone.run("render")
    clone.look()
    page = clone.root / "docs" / "generated" / "briefings" / f"{old}.md"
    if (clone.root / "briefings" / f"{old}.yaml").exists():
        clone.found.misfiled.append(f"{old}: the former address of {new} was given to another source")
    if not page.is_file() or new not in page.read_text(encoding="utf-8"):
        clone.found.lost.append(f"briefings/{old}/: no longer redirects to {new}")


def moved_seed(clone: Clone) -> None:
    """3a. A seed moved with `git mv` (same content, new path); `extract`."""
    source, target = "seeds/004_ff61b90aeea0306c.txt", "seeds/2022/ff61b90aeea0306c.txt"
    path = clone.briefing_of(source)
    edit(path, r"^title: .*$", "title: Moved, and corrected by hand")
    (clone.root / "seeds" / "2022").mkdir(exist_ok=True)
    clone.run("git", "mv", source, target)
    clone.run("extract")
    clone.look()
    data = yaml.safe_load(path.read_text(encoding="utf-8")) if path.exists() else None
    if not isinstance(data, dict) or data.get("title") != "Moved, and corrected by hand":
        clone.found.lost.append(f"{path.name}: the title corrected by hand")


def deleted_seed(clone: Clone) -> None:
    """3b. A seed deleted with `git rm`; `extract`; `check`; then `extract --prune` as the README says."""
    source = "seeds/000_30e5afe8c0a471e7.txt"
    path = clone.briefing_of(source)
    kept = path.read_bytes()
    clone.run("git", "rm", "-q", source)
    result = clone.run("extract")
    check = clone.run("check")
    if path.name not in result.stdout + result.stderr + check.stdout + check.stderr:
        clone.found.orphaned.append(f"{path.name}: its source is gone, and neither extract nor check said so")
    clone.run("extract", "--prune")
    clone.look()
    backups = (clone.root / "briefings" / ".backup").glob(f"{path.stem}.*.yaml")
    if not path.exists() and kept not in [p.read_bytes() for p in backups]:
        clone.found.lost.append(f"{path.name}: removed with no copy in briefings/.backup/")


def sources_yaml_entry(clone: Clone) -> None:
    """5. An entry in seeds/sources.yaml; the source changes; the entry removed; `extract` each time."""
    name = "002_8b9ea53fc3eee38c.txt"
    path = clone.briefing_of(f"seeds/{name}")
    extracted = yaml.safe_load(path.read_text(encoding="utf-8"))["title"]
    entry = clone.root / "seeds" / "sources.yaml"
    entry.write_text(
        f"{name}:\n  title: Belarus joint force alarms Kyiv\n  reliability: B2\n", encoding="utf-8"
    )
    clone.run("extract")
    append(clone.root / "seeds" / name, "\n\nTalks resumed in Minsk on Tuesday, officials said.\n")
    clone.run("extract")
    edited = yaml.safe_load(path.read_text(encoding="utf-8")).get("curation", {}).get("edited", [])
    for value in ("title", "source.reliability"):
        if value in edited:
            clone.found.misfiled.append(
                f"{path.name}: the sources.yaml {value} recorded as a hand correction"
            )
    entry.unlink()
    clone.run("extract")
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if data.get("title") != extracted:
        clone.found.misfiled.append(f"{path.name}: the title stays {data.get('title')!r} with its entry gone")
    if data.get("source", {}).get("reliability"):
        clone.found.misfiled.append(f"{path.name}: the reliability stays with its entry gone")
    clone.look()


MISTAKES: list[Callable[[Clone], None]] = [
    broken_by_hand,
    renamed_address_reused,
    moved_seed,
    deleted_seed,
    sources_yaml_entry,
]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--repo", default=str(Path(__file__).resolve().parent.parent), help="repository to clone"
    )
    parser.add_argument("--rev", default="HEAD", help="revision to check out (default: %(default)s)")
    parser.add_argument("--keep", action="store_true", help="keep the clone and print where it is")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="replay-mistakes-"))
    root = folder / "clone"
    try:
        subprocess.run(["git", "clone", "-q", args.repo, str(root)], check=True)
        subprocess.run(["git", "checkout", "-q", args.rev], cwd=root, check=True)
        print(f"fresh clone of {args.repo} at {args.rev} in {root}\n")
        wrong = 0
        clone = Clone(root)
        for mistake in MISTAKES:
            clone.start()
            print((mistake.__doc__ or mistake.__name__).splitlines()[0])
            mistake(clone)
            found = clone.found
            for kind in ("duplicated", "orphaned", "misfiled", "lost", "tracebacks"):
                items = getattr(found, kind)
                print(f"  {kind}: {'; '.join(items) if items else 'none'}")
            wrong += found.any()
            print()
        print(f"{wrong} of {len(MISTAKES)} mistakes left a briefing duplicated, orphaned, misfiled or lost")
        return 1 if wrong else 0
    finally:
        if args.keep:
            print(f"the clone is kept in {root}")
        else:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
