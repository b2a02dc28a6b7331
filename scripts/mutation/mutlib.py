"""What run.py and killcheck.py share: the copy made importable, a mutant switched on, pytest run
in this process, and a time limit for a mutant that loops."""

from __future__ import annotations

import contextlib
import fnmatch
import io
import os
import signal
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest


class TimeLimit(BaseException):
    """Raised by the alarm: a BaseException, so that the code under test cannot catch it."""


def enter_copy(copy: Path, patterns: list[str]) -> list[str]:
    """Work in COPY/mutants, its package first on the path (before the installed one); the
    patterns' @FILEs made absolute first."""
    patterns = [f"@{Path(p[1:]).resolve()}" if p.startswith("@") else p for p in patterns]
    mutants = (copy / "mutants").resolve()
    if not (mutants / "pyproject.toml").exists():
        sys.exit(f"{mutants}: no mutants generated here (scripts/mutation/generate.py)")
    os.chdir(mutants)
    sys.path.insert(0, str(mutants))
    return patterns


def activate(name: str | None) -> None:
    """Switch a mutant on (its full name) or off (None); mutmut's trampolines read it at each call."""
    os.environ["MUTANT_UNDER_TEST"] = name or ""


def select(copy: Path, patterns: list[str]) -> list[str]:
    """Names from COPY/names.txt matching any pattern (fnmatch on the name after the module,
    e.g. `xǁQuoteExtractorǁ_resolve__*`, `x__role_phrase__mutmut_3`), or `@FILE` (its first
    word a line); in the order asked."""
    names = (copy / "names.txt").read_text(encoding="utf-8").split()
    wanted: list[str] = []
    for pattern in patterns:
        if pattern.startswith("@"):
            wanted += [
                line.split()[0]
                for line in Path(pattern[1:]).read_text(encoding="utf-8").splitlines()
                if line.split() and not line.startswith("#")
            ]
        else:
            wanted += [n for n in names if fnmatch.fnmatchcase(n.rpartition(".")[2], pattern) or n == pattern]
    unknown = set(wanted) - set(names)
    if unknown:
        sys.exit(f"not mutants of this copy: {sorted(unknown)[:5]}")
    return list(dict.fromkeys(wanted))  # in the order asked, once each


def function_of(name: str) -> str:
    """`generator.extraction.quotes.xǁQuoteExtractorǁ_resolve__mutmut_14` -> `xǁQuoteExtractorǁ_resolve`."""
    return name.rpartition(".")[2].rpartition("__mutmut_")[0]


def short(name: str) -> str:
    """The name as tests/MUTANTS.md writes it: `_resolve _14`."""
    function = function_of(name)
    return f"{function.rpartition('ǁ')[2] if 'ǁ' in function else function[2:]} _{name.rpartition('_')[2]}"


@contextlib.contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    def ring(signum: int, frame: object) -> None:
        raise TimeLimit()

    previous = signal.signal(signal.SIGALRM, ring)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def run_pytest(args: list[str], plugins: list[object] | None = None, quiet: bool = True) -> int:
    """pytest in this process: the modules, the language models and data loaded once stay loaded.
    0 when every selected test passed."""
    base = [
        "-p",
        "no:randomly",
        "-p",
        "no:cacheprovider",
        "-p",
        "no:xdist",
        "-p",
        "no:cov",
        "-q",
        "--no-header",
    ]
    if quiet:
        base += ["--tb=no", "-qq"]
        with contextlib.redirect_stdout(io.StringIO()):
            return int(pytest.main([*base, *args], plugins=plugins or []))
    return int(pytest.main([*base, *args], plugins=plugins or []))
