"""Replay a new maintainer's everyday mistakes (issue 18) in a fresh clone, with the real command line.

    python scripts/replay_mistakes.py [--repo PATH] [--rev REV] [--keep]

Clones the repository (default: the one this script is in, at HEAD) into a temporary
folder, then plays each mistake in order, one after the other in that clone, as a
maintainer following the README would, running `python -m generator ...` (the clone's own
code, and `mkdocs build` as `python -m mkdocs build` in the same Python). For each it
prints what the user saw and whether any briefing was duplicated, orphaned, misfiled or lost
(a person's edit, a redirect), and whether a command printed a traceback, exited 0 where a
mistake should stop it with status 1, or gave a message that does not name the file, the
line or the setting at fault; exit status 1 if any of these happened.

A mistake is a function that takes the clone and records what it found wrong in
`clone.found`; add one to MISTAKES to replay it too. A mistake in a file is undone after
its commands (`restored`), so the next one starts from a project that builds.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, fields
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
    unclear: list[str] = field(default_factory=list)
    """A command that exited 0 where the mistake should stop it, or whose message does not name
    the file, the line or the setting at fault."""

    def briefings_wrong(self) -> bool:
        return any((self.duplicated, self.orphaned, self.misfiled, self.lost))

    def messages_wrong(self) -> bool:
        return any((self.tracebacks, self.unclear))

    def any(self) -> bool:
        return self.briefings_wrong() or self.messages_wrong()


class Clone:
    """A fresh clone, and the commands a maintainer runs in it."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.found = Found()
        self.known: set[str] = set()  # what an earlier mistake left, reported there already

    def run(self, *args: str) -> subprocess.CompletedProcess[str]:
        """`python -m generator ARGS` (or `git ARGS`, `mkdocs ARGS`), printed as the user saw it.

        Its output and errors are one text (`stdout`), in the order a terminal shows them.
        """
        env = {
            **os.environ,
            "PYTHONPATH": str(self.root),
            "NO_MKDOCS_2_WARNING": "1",
            "PYTHONUNBUFFERED": "1",
        }
        result = subprocess.run(
            command(args), cwd=self.root, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
        )
        shown = shown_command(args)
        print(f"  $ {shown}   (exit {result.returncode})")
        for line in result.stdout.splitlines():
            print(f"  | {line}")
        if TRACEBACK in result.stdout:
            self.found.tracebacks.append(shown)
        return result

    def told(
        self, args: Sequence[str], *names: str | re.Pattern[str], status: int = 1
    ) -> subprocess.CompletedProcess[str]:
        """Run ARGS; unclear unless it exits with `status` and one line of its output has all of `names`.

        A name is text to find, or a pattern (a line number as a word of its own).
        """
        result = self.run(*args)
        said = [line for line in result.stdout.splitlines() if line.strip()]
        saw = " / ".join(said[:2]) or "nothing"
        if result.returncode != status:
            self.found.unclear.append(
                f"{shown_command(args)}: exit {result.returncode} where {status} is expected (saw: {saw})"
            )
        naming = [line for line in said if all(named(name, line) for name in names)]
        if names and not naming:
            wanted = ", ".join(name if isinstance(name, str) else name.pattern for name in names)
            self.found.unclear.append(f"{shown_command(args)}: no line names {wanted} (saw: {saw})")
        elif len(naming) > 1 and status:  # an error is one line, not told again
            self.found.unclear.append(f"{shown_command(args)}: the mistake is told {len(naming)} times")
        return result

    def snapshot(self) -> dict[Path, bytes]:
        """Every briefing and machine copy, as bytes."""
        folder = self.root / "briefings"
        return {path: path.read_bytes() for path in [*folder.glob("*.yaml"), *folder.glob(".machine/*")]}

    def untouched(self, before: dict[Path, bytes]) -> None:
        """Lost: a briefing or machine copy changed since `before` by commands that were to change none."""
        after = self.snapshot()
        for path in sorted(set(before) | set(after)):
            if before.get(path) != after.get(path):
                what = "removed" if path not in after else "changed" if path in before else "added"
                relative = path.relative_to(self.root)
                self.found.lost.append(f"{relative}: {what} by commands that refused the mistake")

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


def command(args: Sequence[str]) -> list[str]:
    """What runs for `git ARGS`, `mkdocs ARGS` (MkDocs in this Python) or ARGS of `python -m generator`."""
    if args[0] == "git":
        return list(args)
    if args[0] == "mkdocs":
        return [sys.executable, "-m", "mkdocs", *args[1:]]
    return [sys.executable, "-m", "generator", *args]


def shown_command(args: Sequence[str]) -> str:
    """A command as the maintainer types it."""
    return " ".join(args if args[0] in ("git", "mkdocs") else ["python -m generator", *args])


def named(name: str | re.Pattern[str], line: str) -> bool:
    return name in line if isinstance(name, str) else bool(name.search(line))


def edit(path: Path, pattern: str, replacement: str) -> int:
    """Replace the first match of `pattern`; the line where the match starts."""
    text = path.read_text(encoding="utf-8")
    match = re.search(pattern, text, flags=re.M)
    assert match, (path, pattern)
    path.write_text(text[: match.start()] + match.expand(replacement) + text[match.end() :], encoding="utf-8")
    return text.count("\n", 0, match.start()) + 1


def line_of(path: Path, pattern: str) -> int:
    """The line where `pattern` first matches."""
    text = path.read_text(encoding="utf-8")
    match = re.search(pattern, text, flags=re.M)
    assert match, (path, pattern)
    return text.count("\n", 0, match.start()) + 1


@contextmanager
def restored(path: Path) -> Iterator[Path]:
    """The file as it was after the block (or absent again), whatever the block did to it."""
    kept = path.read_bytes() if path.exists() else None
    try:
        yield path
    finally:
        if kept is None:
            path.unlink(missing_ok=True)
        else:
            path.write_bytes(kept)


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
    if path.name not in result.stdout + check.stdout:
        clone.found.orphaned.append(f"{path.name}: its source is gone, and neither extract nor check said so")
    clone.run("extract", "--prune")
    clone.look()
    backups = (clone.root / "briefings" / ".backup").glob(f"{path.stem}.*.yaml")
    if not path.exists() and kept not in [p.read_bytes() for p in backups]:
        clone.found.lost.append(f"{path.name}: removed with no copy in briefings/.backup/")


def faulty_setting(clone: Clone, setting: str, *names: str) -> None:
    """`setting` added to the plugin's entry in mkdocs.yml; every command that reads settings refuses it."""
    config = clone.root / "mkdocs.yml"
    before = clone.snapshot()
    with restored(config):
        # the first line of the entry's options, indented as they are
        line = edit(config, r"^( *- briefings:\n)( +)", rf"\1\2{setting}\n\2") + 1
        for args in (["extract"], ["check"], ["build"], ["mkdocs", "build"]):
            clone.told(args, f"mkdocs.yml:{line}", *names)
    clone.untouched(before)
    clone.look()


def unknown_setting(clone: Clone) -> None:
    """4a. A misspelt setting (`serch: pagefind`) in mkdocs.yml; extract, check, build, mkdocs build."""
    faulty_setting(clone, "serch: pagefind", "'serch'", "did you mean 'search'")


def setting_of_wrong_type(clone: Clone) -> None:
    """4b. `processes: two` in mkdocs.yml; extract, check, build, mkdocs build."""
    faulty_setting(clone, "processes: two", "processes", "two")


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


def merged_and_kept_apart(clone: Clone) -> None:
    """6. A pair of names under both `merge` and `keep_apart` in aliases.yaml; check, build."""
    aliases = clone.root / "aliases.yaml"
    before = clone.snapshot()
    with restored(aliases):
        pair = yaml.safe_load(aliases.read_text(encoding="utf-8"))["merge"][0][:2]
        merged = line_of(aliases, r"^merge:") + 1  # its first entry
        entry = json.dumps(pair[::-1], ensure_ascii=False)
        apart = edit(aliases, r"^keep_apart:.*$", f"keep_apart:\n  - {entry}") + 1
        both = ("aliases.yaml", re.compile(rf"\b{merged}\b"), re.compile(rf"\b{apart}\b"))
        clone.told(["check"], *both)
        clone.told(["build"], *both)
    clone.untouched(before)
    clone.look()


def quote_left_open(clone: Clone) -> None:
    """7a. A quote opened and never closed in a briefing's key point; check."""
    path = clone.briefing_of("seeds/002_8b9ea53fc3eee38c.txt")
    before = clone.snapshot()
    with restored(path):
        # the first key point's text now starts with a quote, closed nowhere on its line
        line = edit(path, r"^key_points:\n  - ref: \S+\n    text: ", '\\g<0>"') + 2
        clone.told(["check"], f"briefings/{path.name}:{line}")
    clone.untouched(before)
    clone.look()


def sources_yaml_mistake(clone: Clone, entry: str, *names: str) -> None:
    """`entry` as seeds/sources.yaml; `check` names it."""
    before = clone.snapshot()
    with restored(clone.root / "seeds" / "sources.yaml") as path:
        path.write_text(entry, encoding="utf-8")
        clone.told(["check"], *names)
    clone.untouched(before)
    clone.look()


def misspelt_field(clone: Clone) -> None:
    """7b. A misspelt field (`reliabilty`) in seeds/sources.yaml; check."""
    entry = "002_8b9ea53fc3eee38c.txt:\n  reliabilty: B2\n"
    sources_yaml_mistake(clone, entry, "seeds/sources.yaml:2", "'reliabilty'", "did you mean 'reliability'")


def entry_of_no_source(clone: Clone) -> None:
    """7c. An entry in seeds/sources.yaml for a file that does not exist (a letter dropped); check."""
    typo, name = "002_8b9ea53fc3eee38.txt", "002_8b9ea53fc3eee38c.txt"  # its last letter dropped
    sources_yaml_mistake(clone, f"{typo}:\n  reliability: B2\n", "seeds/sources.yaml:1", typo, name)


def misspelt_template(clone: Clone) -> None:
    """7d. A template override under a misspelt name (`templates/breifing.md.j2`); check."""
    before = clone.snapshot()
    with restored(clone.root / "templates" / "breifing.md.j2") as path:
        shutil.copyfile(clone.root / "generator" / "templates" / "briefing.md.j2", path)
        clone.told(["check"], "templates/breifing.md.j2")
    clone.untouched(before)
    clone.look()


def debug_and_help(clone: Clone) -> None:
    """8. `--debug` after the command's name; the top-level `--help`."""
    clone.told(["check", "--debug"], status=0)
    clone.told(["--help"], "rename", status=0)


MISTAKES: list[Callable[[Clone], None]] = [
    broken_by_hand,
    renamed_address_reused,
    moved_seed,
    deleted_seed,
    unknown_setting,
    setting_of_wrong_type,
    sources_yaml_entry,
    merged_and_kept_apart,
    quote_left_open,
    misspelt_field,
    entry_of_no_source,
    misspelt_template,
    debug_and_help,
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
        briefings_wrong = messages_wrong = 0
        clone = Clone(root)
        for mistake in MISTAKES:
            clone.start()
            print((mistake.__doc__ or mistake.__name__).splitlines()[0])
            mistake(clone)
            found = clone.found
            for kind in fields(Found):
                items = getattr(found, kind.name)
                print(f"  {kind.name}: {'; '.join(items) if items else 'none'}")
            briefings_wrong += found.briefings_wrong()
            messages_wrong += found.messages_wrong()
            print()
        print(
            f"{briefings_wrong} of {len(MISTAKES)} mistakes left a briefing duplicated, orphaned, misfiled "
            "or lost"
        )
        print(
            f"{messages_wrong} of {len(MISTAKES)} mistakes printed a traceback, exited with the wrong status "
            "or gave a message that does not name the file, line or setting"
        )
        return 1 if briefings_wrong or messages_wrong else 0
    finally:
        if args.keep:
            print(f"the clone is kept in {root}")
        else:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
