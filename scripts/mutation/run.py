"""Run mutants of one module in one process, over the inputs its tests give one class.

    cd COPY/mutants   # or anywhere: the script works there
    nice -n 10 python scripts/mutation/run.py COPY OUT.jsonl \
        --cls generator.extraction.quotes:QuoteExtractor --calls extract attribution \
        --names 'xǁQuoteExtractorǁ_resolve__*' 'x__role_phrase__*' \
        -- tests/extraction/test_quotes.py tests/extraction/test_quotes_ru.py

1. The tests (everything after `--`, as pytest takes it) run once on the code; every instance
   of the class they make is recorded with its arguments and the calls `--calls` names, with
   what each returned, and the module's functions each instance's run reaches.
2. Each mutant is switched on, and only the recorded inputs whose run reaches its function are
   run again (a function never reached cannot change the run). A mutant that raises or runs
   past `--slower` times the code's time on an input is killed (the test that gave that input
   runs the same calls); one that changes an output has the tests that gave that input run
   (pytest in this process), and is killed if one fails; one that changes no output has the
   tests run whose source calls its function by name (`quote_spans(` ...), which the recorded
   calls cannot see; for a module-level function, any of the module's functions.
3. One JSON line per mutant in OUT (a run stopped can be started again: names in OUT are
   skipped): `status` killed or alive, `how`, the tests that failed or the inputs changed and,
   for an alive mutant that changed an output, the first output that changed (`--show`).

The language model and data load once; a mutant costs the few inputs that reach its function.
"""

from __future__ import annotations

import argparse
import importlib
import inspect
import json
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from mutlib import TimeLimit, activate, enter_copy, function_of, run_pytest, select, short, time_limit  # noqa: E402


@dataclass
class Input:
    """One instance the tests made: how it was made, what was asked of it, what it answered."""

    nodeid: str
    args: tuple[Any, ...]
    kwargs: dict[str, Any]
    calls: list[tuple[str, tuple[Any, ...], dict[str, Any]]] = field(default_factory=list)
    outputs: list[Any] = field(default_factory=list)
    reached: set[str] = field(default_factory=set)
    seconds: float = 0.0


def plain(value: Any) -> Any:
    """An output as data that compares by value (pydantic models by their fields)."""
    if hasattr(value, "model_dump"):
        return value.model_dump()
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return repr(value)


class Recorder:
    """A pytest plugin that records the class's instances made while a test runs."""

    def __init__(self, cls: type, calls: list[str]) -> None:
        self.cls = cls
        self.calls = calls
        self.inputs: list[Input] = []
        self.sources: dict[str, str] = {}
        self.current: str | None = None
        self.saved = {name: cls.__dict__[name] for name in ["__init__", *calls]}

    def patch(self) -> None:
        recorder = self
        init = self.saved["__init__"]

        def recording_init(obj: Any, *args: Any, **kwargs: Any) -> None:
            init(obj, *args, **kwargs)
            if recorder.current is not None:
                obj.__dict__["_mutation_input"] = Input(recorder.current, args, kwargs)
                obj.__dict__["_mutation_depth"] = 0
                recorder.inputs.append(obj.__dict__["_mutation_input"])

        self.cls.__init__ = recording_init  # type: ignore[misc]
        for name in self.calls:
            setattr(self.cls, name, self._recording(name, self.saved[name]))

    @staticmethod
    def _recording(name: str, method: Any) -> Any:
        def recording(obj: Any, *args: Any, **kwargs: Any) -> Any:
            record: Input | None = obj.__dict__.get("_mutation_input")
            if record is None:
                return method(obj, *args, **kwargs)
            # only the calls from outside count: a recorded method calling another is replayed with it
            obj.__dict__["_mutation_depth"] += 1
            try:
                result = method(obj, *args, **kwargs)
            finally:
                obj.__dict__["_mutation_depth"] -= 1
            if obj.__dict__["_mutation_depth"] == 0:
                record.calls.append((name, args, kwargs))
                record.outputs.append(plain(result))
            return result

        return recording

    def unpatch(self) -> None:
        for name, value in self.saved.items():
            setattr(self.cls, name, value)

    @pytest.hookimpl(hookwrapper=True)
    def pytest_runtest_call(self, item: pytest.Item) -> Any:
        self.current = item.nodeid
        function = getattr(item, "function", None)
        self.sources[item.nodeid] = inspect.getsource(function) if function is not None else ""
        yield
        self.current = None


def replay(cls: type, record: Input) -> list[Any]:
    obj = cls(*record.args, **record.kwargs)
    return [plain(getattr(obj, name)(*args, **kwargs)) for name, args, kwargs in record.calls]


def reached_while(module_file: str, action: Any) -> tuple[Any, set[str]]:
    """`action()`, and the module's functions it ran (mutmut keeps each original as NAME__mutmut_orig)."""
    reached: set[str] = set()

    def profile(frame: Any, event: str, arg: Any) -> None:
        code = frame.f_code
        if event == "call" and code.co_filename == module_file and code.co_name.endswith("__mutmut_orig"):
            reached.add(code.co_name.removesuffix("__mutmut_orig"))

    sys.setprofile(profile)
    try:
        result = action()
    finally:
        sys.setprofile(None)
    return result, reached


def judge(
    name: str,
    cls: type,
    inputs: list[Input],
    sources: dict[str, str],
    slower: float,
    show: bool,
    helpers: frozenset[str] | set[str] = frozenset(),
) -> dict[str, Any]:
    function = function_of(name)
    verdict: dict[str, Any] = {"name": name, "short": short(name)}
    activate(name)
    try:
        changed: list[str] = []
        tested: set[str] = set()
        for record in inputs:
            if function not in record.reached:
                continue
            try:
                with time_limit(max(2.0, slower * record.seconds)):
                    outputs = replay(cls, record)
            except TimeLimit:
                return verdict | {"status": "killed", "how": "timeout", "tests": [record.nodeid]}
            except Exception as error:  # the test that gave this input makes the same calls
                return verdict | {
                    "status": "killed",
                    "how": f"raises {type(error).__name__}",
                    "tests": [record.nodeid],
                }
            if outputs == record.outputs:
                continue
            if record.nodeid not in changed:
                changed.append(record.nodeid)
                if show and "first_change" not in verdict:
                    first = next(
                        i for i, (a, b) in enumerate(zip(outputs, record.outputs, strict=False)) if a != b
                    )
                    verdict["first_change"] = {"code": record.outputs[first], "mutant": outputs[first]}
            if record.nodeid not in tested:
                tested.add(record.nodeid)
                if run_pytest([record.nodeid, "-x"]) != 0:
                    return verdict | {"status": "killed", "how": "test fails", "tests": [record.nodeid]}
        if changed:
            return verdict | {"status": "alive", "how": "changes, no test fails", "tests": changed}
        # a function the tests call by name: its change may show in no recorded output; a module
        # function's may show through another the tests call (`_closes` through `quote_spans`)
        bare = function.rpartition("ǁ")[2] if "ǁ" in function else function[2:]
        called = sorted(helpers) if function.startswith("x_") and helpers else [bare]
        calling = re.compile(rf"\b(?:{'|'.join(re.escape(c) for c in called)})\(")
        direct = [nodeid for nodeid, source in sources.items() if calling.search(source)]
        if direct and run_pytest([*direct, "-x"]) != 0:
            return verdict | {"status": "killed", "how": "a test calling it fails", "tests": direct}
        return verdict | {"status": "alive", "how": "no input changes", "tests": []}
    finally:
        activate(None)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("copy", type=Path, help="the folder generate.py made")
    parser.add_argument("out", type=Path, help="results, one JSON line a mutant (appended to)")
    parser.add_argument("--cls", required=True, help="module:Class whose instances the tests make")
    parser.add_argument(
        "--calls", nargs="+", required=True, help="its methods the tests call (their results compared)"
    )
    parser.add_argument(
        "--names", nargs="+", default=["*"], help="mutants: fnmatch patterns or @FILE (default: all)"
    )
    parser.add_argument("--slower", type=float, default=8.0, help="a mutant this many times slower is killed")
    parser.add_argument("--show", action="store_true", help="keep an alive mutant's first changed output")
    parser.add_argument("tests", nargs="+", help="after --: pytest's arguments (files, -k EXPR)")
    args = parser.parse_args()
    out = args.out.resolve()
    names = select(Path(".."), enter_copy(args.copy, args.names))
    activate(None)
    module_name, _, class_name = args.cls.partition(":")
    module = importlib.import_module(module_name)
    if not str(Path(module.__file__ or "").resolve()).startswith(str(Path.cwd())):
        sys.exit(f"{module_name} is imported from {module.__file__}, not from the copy")
    cls = getattr(module, class_name)

    started = time.process_time()
    recorder = Recorder(cls, args.calls)
    recorder.patch()
    try:
        code = run_pytest(args.tests, plugins=[recorder])
    finally:
        recorder.unpatch()
    if code != 0:
        sys.exit(f"the tests fail on the code (pytest exit {code}): fix that first")
    inputs: list[Input] = []
    for record in recorder.inputs:
        begun = time.perf_counter()
        outputs, record.reached = reached_while(module.__file__ or "", lambda r=record: replay(cls, r))
        record.seconds = time.perf_counter() - begun
        if outputs == record.outputs:
            inputs.append(record)
        else:  # an instance whose answers depend on what happened to it before: not comparable
            print(f"left out, not the same when run again: an input of {record.nodeid}", file=sys.stderr)
    print(
        f"{len(inputs)} inputs from {len(recorder.sources)} tests, "
        f"recorded in {time.process_time() - started:.0f} CPU s",
        file=sys.stderr,
    )

    done = set()
    if out.exists():
        done = {
            json.loads(line)["name"] for line in out.read_text(encoding="utf-8").splitlines() if line.strip()
        }
    todo = [n for n in names if n not in done]
    # the module's own functions (not the class's), whose mutants a test may see only by calling one
    helpers = {
        function_of(n)[2:]
        for n in (Path("..") / "names.txt").read_text(encoding="utf-8").split()
        if function_of(n).startswith("x_")
    }
    killed = 0
    for i, name in enumerate(todo, 1):
        verdict = judge(name, cls, inputs, recorder.sources, args.slower, args.show, helpers)
        killed += verdict["status"] == "killed"
        with out.open("a", encoding="utf-8") as stream:
            stream.write(json.dumps(verdict, ensure_ascii=False) + "\n")
        print(
            f"{i}/{len(todo)} {verdict['short']}: {verdict['status']} ({verdict['how']})",
            file=sys.stderr,
            flush=True,
        )
    print(f"{killed} killed of {len(todo)} run", file=sys.stderr)


if __name__ == "__main__":
    main()
