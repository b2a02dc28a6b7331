"""Untrusted files (issue 19): nothing written outside, nothing published from outside, nothing lost.

Briefings and sources arrive by pull request and by download. Each test plays a hostile
or careless file against the commands a maintainer runs and asserts what they would
notice: the file outside untouched, a message naming the file, line, field and problem,
exit status 1, and no traceback.
"""

from __future__ import annotations

import itertools
import os
import re
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any
from unittest.mock import ANY

import pytest
import yaml

from generator.lexicon import load_lexicon
from generator.pipeline import LOCK_FILE
from tests.sitekit import copy_project, read_yaml, run_cli, run_generator

TRACEBACK = "Traceback (most recent call last)"


STALE = "f" * 64  # a hash no source has: the next `extract` re-extracts the briefing's source


@pytest.fixture()
def project(tmp_path: Path) -> Path:
    """A copy of the project with its committed briefings (nothing extracted yet)."""
    return copy_project(tmp_path / "project")


def briefing_files(project: Path) -> list[Path]:
    return sorted((project / "briefings").glob("*.yaml"))


def edit_briefing(path: Path, **values: str) -> None:
    """Set top-level values of a briefing as a person would, by editing its text."""
    text = path.read_text(encoding="utf-8")
    for key, value in values.items():
        text, count = re.subn(rf"(?m)^{key}:.*$", lambda _, k=key, v=value: f"{k}: {v}", text, count=1)
        assert count == 1, key
    path.write_text(text, encoding="utf-8")


def make_stale(path: Path) -> None:
    text = re.sub(r"(?m)^  sha256: .*$", f"  sha256: {STALE}", path.read_text(encoding="utf-8"), count=1)
    path.write_text(text, encoding="utf-8")


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under `folder` (briefings' machine copies and backups too) with its bytes.

    Not extract's empty lock file, which holds nothing and is there after any run.
    """
    files = (p for p in folder.rglob("*") if p.is_file() and p.name != LOCK_FILE)
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in files}


# -------------------------------------------------------------------------------- ids


@pytest.mark.parametrize(
    "bad_id",
    ["../aliases", "../../../outside", "ABSOLUTE", "sub/dir", ".hidden", "back\\\\slash", "index"],
)
def test_extract_refuses_a_briefing_whose_id_is_not_an_id_and_writes_nothing(
    project: Path, tmp_path: Path, bad_id: str
):
    """Regression: the id was a file path before it was checked; `../aliases` overwrote aliases.yaml."""
    if bad_id == "ABSOLUTE":
        bad_id = (tmp_path / "outside").as_posix()
    path = project / "briefings" / "belarus-blows-against-ukraine.yaml"
    edit_briefing(path, id=f'"{bad_id}"')
    make_stale(path)
    before = snapshot(tmp_path)
    result = run_cli("extract", cwd=project)
    assert result.returncode == 1, result.stdout
    assert TRACEBACK not in result.stderr, result.stderr
    shown = yaml.safe_load(f'"{bad_id}"')
    # the message `check` gives for it
    assert re.search(
        rf"^error: briefings/{path.name}:1: id: .*{re.escape(repr(shown))} is ", result.stderr, re.M
    ), result.stderr
    assert "1 failed" in result.stdout
    # nothing written anywhere: not the file outside, not the briefing, not a machine copy
    after = snapshot(tmp_path)
    after.pop("project/briefings/briefing.schema.json", None)
    before.pop("project/briefings/briefing.schema.json", None)
    assert after == before
    assert not (tmp_path / "outside.yaml").exists()


def test_extract_refuses_an_id_naming_another_briefing_and_loses_nothing(project: Path):
    """Regression: a briefing whose id was another's overwrote that one, its hand correction lost."""
    other = project / "briefings" / "belarus-strengthens-military-ties-with-russia.yaml"
    edit_briefing(other, title="Corrected by hand")
    path = project / "briefings" / "belarus-blows-against-ukraine.yaml"
    edit_briefing(path, id=other.stem)
    make_stale(path)
    before = snapshot(project / "briefings")
    result = run_cli("extract", cwd=project)
    assert result.returncode == 1 and TRACEBACK not in result.stderr, result.stderr
    assert (
        f"error: briefings/{path.name}:1: id: '{other.stem}' differs from the file name '{path.stem}'"
        in result.stderr
    ), result.stderr
    assert other.read_text(encoding="utf-8").count("title: Corrected by hand") == 1
    after = snapshot(project / "briefings")
    assert {k: v for k, v in after.items() if k != "briefing.schema.json"} == {
        k: v for k, v in before.items() if k != "briefing.schema.json"
    }


def test_check_refuses_the_reserved_id_index(project: Path):
    """Regression: a briefing with id `index` took the address of briefings/ and left chart links at 404."""
    path = project / "briefings" / "belarus-blows-against-ukraine.yaml"
    edit_briefing(path, id="index")
    path.rename(path.with_name("index.yaml"))
    result = run_cli("check", cwd=project)
    assert result.returncode == 1 and TRACEBACK not in result.stderr
    assert "briefings/index.yaml:1: id: " in result.stderr
    assert "'index' is a reserved page address" in result.stderr, result.stderr


def test_rename_refuses_an_old_id_that_is_a_path(project: Path):
    """Regression: `rename ../aliases x` read ../aliases.yaml as a briefing and ended in a traceback."""
    aliases = (project / "aliases.yaml").read_bytes()
    result = run_cli("rename", "../aliases", "new-id", cwd=project)
    assert result.returncode == 1 and TRACEBACK not in result.stderr, result.stderr
    assert "error: rename: '../aliases' is not a slug" in result.stderr
    assert (project / "aliases.yaml").read_bytes() == aliases
    assert not (project / "briefings" / "new-id.yaml").exists()


def test_rename_of_a_briefing_check_refuses_names_every_problem_and_moves_nothing(project: Path):
    """Regression (a mutant of store.BriefingError's message survived: only a traceback showed it):
    `rename` of a briefing with a YAML slip ended in a traceback."""
    path = project / "briefings" / FIRST
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("\ntitle: ", "\ntitle: [", 1).replace("  words: ", "  words: many #", 1))
    before = snapshot(project / "briefings")
    result = run_cli("rename", path.stem, "new-id", cwd=project)
    assert result.returncode == 1 and TRACEBACK not in result.stderr, result.stderr
    assert re.fullmatch(
        rf"error: briefings/{path.stem}\.yaml:\d+: YAML syntax error, column \d+: a list opened with '\[' is "
        r"not closed with '\]'\n"
        rf"error: rename: correct briefings/{path.stem}\.yaml first, then rename it\n",
        result.stderr,
    )
    # a file that reads, with problems in its fields: each is named, one a line
    path.write_text(text.replace("  words: ", "  words: many #", 1).replace("\ntitle: ", "\ntitel: ", 1))
    result = run_cli("rename", path.stem, "new-id", cwd=project)
    assert result.returncode == 1 and TRACEBACK not in result.stderr, result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 4 and lines[-1].startswith("error: rename: "), lines
    assert all(re.match(rf"error: briefings/{path.stem}\.yaml(:\d+)?: \w", line) for line in lines[:3]), lines
    assert sorted(line.split(": ")[2] for line in lines[:3]) == ["source.words", "titel", "title"], lines
    assert any(line.endswith(": source.words: expected a whole number, got 'many'") for line in lines), lines
    assert snapshot(project / "briefings") == before | {FIRST: path.read_bytes()}


# -------------------------------------------------------------------------------- sources

ARTICLE = (
    "Talks resume in Geneva {marker}\n\nBy Anna Kowalska\n\nMarch 3, 2022\n\n"
    "Negotiators met in Geneva on Monday, officials said, and the talks {marker} went on for hours.\n"
)


def test_a_linked_source_is_refused_by_name_and_the_others_are_still_read(project: Path, tmp_path: Path):
    """Regression: seeds/x.txt -> /etc/passwd was followed and the file outside published verbatim."""
    secret = tmp_path / "secret.txt"
    secret.write_text(ARTICLE.format(marker="secretmarker"), encoding="utf-8")
    seeds = project / "seeds"
    (seeds / "outside.txt").symlink_to(secret)
    (seeds / "inside.txt").symlink_to(seeds / "000_30e5afe8c0a471e7.txt")
    (seeds / "dangling.txt").symlink_to(tmp_path / "nothing-here.txt")
    (seeds / "new.txt").write_text(ARTICLE.format(marker=""), encoding="utf-8")
    result = run_cli("extract", cwd=project)
    assert result.returncode == 1 and TRACEBACK not in result.stderr, result.stderr
    for name in ("outside.txt", "inside.txt", "dangling.txt"):
        lines = [line for line in result.stderr.splitlines() if f"seeds/{name}" in line]
        assert lines == [f"error: seeds/{name}: is a symbolic link; only regular files in the sources "
                         "folder are read (copy the file in)"], result.stderr  # fmt: skip
    assert "1 new" in result.stdout and "3 failed" in result.stdout, result.stdout
    files = {read_yaml(p.read_text(encoding="utf-8"))["source"]["file"] for p in briefing_files(project)}
    assert "seeds/new.txt" in files
    assert not files & {"seeds/outside.txt", "seeds/inside.txt", "seeds/dangling.txt", secret.as_posix()}
    assert not [p for p in project.rglob("*.yaml") if "secretmarker" in p.read_text(encoding="utf-8")]


# -------------------------------------------------------------------------------- impossible dates

DATED = "is-russia-belarus-military-training-a-threat-to-ukraine.yaml"  # has `published: '2022-01-26'`


@pytest.mark.parametrize("command", [("check",), ("extract",), ("build",)])
def test_an_impossible_date_in_a_briefing_is_named_by_every_command(project: Path, command: tuple[str]):
    """Regression: `published: 2022-02-30` stopped check, extract and build with a bare ValueError."""
    path = project / "briefings" / DATED
    edit_briefing(path, published="2022-02-30")
    line = path.read_text(encoding="utf-8").splitlines().index("published: 2022-02-30") + 1
    before = path.read_bytes()
    result = run_cli(*command, cwd=project)
    assert result.returncode == 1 and TRACEBACK not in result.stderr, result.stderr[-2000:]
    assert f"briefings/{DATED}:{line}: published: " in result.stderr, result.stderr[-2000:]
    assert "'2022-02-30' is not a date: day is out of range for month" in result.stderr
    assert path.read_bytes() == before


def test_an_impossible_date_in_sources_yaml_is_named_with_its_line(project: Path):
    (project / "seeds" / "sources.yaml").write_text(
        "000_30e5afe8c0a471e7.txt:\n  title: A better headline\n  published: 2022-02-30\n", encoding="utf-8"
    )
    result = run_cli("extract", cwd=project)
    assert result.returncode == 1 and TRACEBACK not in result.stderr, result.stderr
    assert "error: seeds/sources.yaml:3: 000_30e5afe8c0a471e7.txt.published: " in result.stderr, result.stderr
    assert "day value is outside expected range" in result.stderr


def test_an_impossible_date_in_front_matter_fails_that_source_only(project: Path):
    seeds = project / "seeds"
    (seeds / "bad.md").write_text(
        "---\ntitle: Talks resume\ndate: 2022-02-30\n---\n\n" + ARTICLE.format(marker=""), encoding="utf-8"
    )
    (seeds / "good.md").write_text(
        "---\ntitle: Talks resume\ndate: 2022-02-28\n---\n\n" + ARTICLE.format(marker=""), encoding="utf-8"
    )
    result = run_generator("extract", "--processes", "2", cwd=project)
    assert result.returncode == 1 and TRACEBACK not in result.stderr, result.stderr
    assert (
        "error: seeds/bad.md:3: date: '2022-02-30' is not a date (day is out of range for month)"
        in result.stderr.splitlines()
    ), result.stderr
    assert "1 new" in result.stdout and "1 failed" in result.stdout, result.stdout


# ------------------------------------------------------------------ check fails where build would

FIRST = "belarus-blows-against-ukraine.yaml"


SECOND = "belarus-strengthens-military-ties-with-russia.yaml"


def give_former_ids(path: Path, *former: str) -> None:
    """Set `curation.previous_ids` as a person would."""
    entries = "".join(f"    - {value}\n" for value in former)
    text = path.read_text(encoding="utf-8")
    assert text.count("\ncuration: {}\n") == 1
    path.write_text(text.replace("\ncuration: {}\n", f"\ncuration:\n  previous_ids:\n{entries}"), "utf-8")


def line_of(path: Path, text: str) -> int:
    return path.read_text(encoding="utf-8").splitlines().index(text) + 1


@pytest.mark.parametrize(
    "case",
    ["a former id ending in a newline", "two briefings sharing a former id", "a former id that is reserved"],
)
def test_check_fails_where_build_would(project: Path, case: str):
    """Regression: `check` passed these; the build stopped on them (`index`: it replaced briefings/)."""
    first, second = project / "briefings" / FIRST, project / "briefings" / SECOND
    if case == "two briefings sharing a former id":
        give_former_ids(first, "old-address")
        give_former_ids(second, "old-address")
        where = f"briefings/{SECOND}:{line_of(second, '    - old-address')}"
        expected = (
            f"curation.previous_ids[0]: 'old-address' is also a former id of briefings/{FIRST} "
            "(one old address, one redirect)"
        )
    else:
        former = '"old-address\\n"' if "newline" in case else "index"
        give_former_ids(first, former)
        where = f"briefings/{FIRST}:{line_of(first, 'curation:')}"
        expected = "curation: previous_ids: " + (
            "'old-address\\n' is not a slug" if "newline" in case else "'index' is a reserved page address"
        )
    check = run_cli("check", cwd=project)
    build = run_cli("build", cwd=project)
    for result in (check, build):
        assert result.returncode == 1 and TRACEBACK not in result.stderr, result.stderr[-2000:]
    assert f"{where}: {expected}" in check.stderr, check.stderr
    assert f"{where}: {expected}" in build.stderr, build.stderr[-2000:]
    assert not (project / "site" / "index.html").exists()


# ------------------------------------------------------------------ nothing a person wrote is lost

NOTES = "curation:\n  notes: Checked against the original by the desk.\n  reviewer: A. Analyst\n"


def write_notes(path: Path, notes: str = NOTES) -> None:
    """Write notes under `curation:` and correct nothing else, as a reviewer would."""
    text = path.read_text(encoding="utf-8")
    assert text.count("\ncuration: {}\n") == 1
    path.write_text(text.replace("\ncuration: {}\n", "\n" + notes), encoding="utf-8")


def only_its_source(project: Path, name: str) -> Path:
    """The briefing `name` of `project`, the other briefings and their sources removed.

    For a test of what `extract --force` does to one briefing: it extracts every source again,
    and the other four of the project, extracted in the test process under coverage's tracer,
    took most of such a test's time. What a run does to one briefing does not depend on the
    others (each source is extracted alone; the others' briefings were rewritten as they were).
    """
    for path in briefing_files(project):
        if path.name != name:
            (project / read_yaml(path.read_text(encoding="utf-8"))["source"]["file"]).unlink()
            (project / "briefings" / ".machine" / path.name).unlink()
            path.unlink()
    return project / "briefings" / name


def backups(project: Path, path: Path) -> list[Path]:
    return sorted((project / "briefings" / ".backup").glob(f"{path.stem}.*.yaml"))


@pytest.mark.parametrize("cause", ["--force", "a source change"])
def test_notes_under_curation_are_kept_and_every_change_keeps_a_dated_backup(project: Path, cause: str):
    """Regression: notes alone were dropped by re-extraction, and a second run replaced the one backup.

    Also: a run that changed nothing (`--force` over an unchanged source) kept a "backup" that was
    the file as it still is (issue 18).
    """
    path = only_its_source(project, FIRST) if cause == "--force" else project / "briefings" / FIRST
    source = project / read_yaml(path.read_text(encoding="utf-8"))["source"]["file"]
    write_notes(path)
    versions = []
    for run in range(2):
        versions.append(path.read_bytes())
        if cause == "--force":
            result = run_cli("extract", "--force", cwd=project)
        else:
            source.write_text(source.read_text(encoding="utf-8") + f"\n\nOne more sentence, number {run}.\n")
            result = run_cli("extract", cwd=project)
        assert result.returncode == 0 and TRACEBACK not in result.stderr, result.stdout + result.stderr
        curation = read_yaml(path.read_text(encoding="utf-8"))["curation"]
        assert curation["notes"] == "Checked against the original by the desk."
        assert curation["reviewer"] == "A. Analyst"
    # one backup per run that changed the file, oldest first by name, each the file as it was
    # before that run; a run that left the file as it was copies nothing
    versions.append(path.read_bytes())
    replaced = [v for n, v in enumerate(versions[:-1]) if v != versions[n + 1]]
    assert [p.read_bytes() for p in backups(project, path)] == replaced
    assert len(replaced) == (0 if cause == "--force" else 2)
    assert run_cli("check", cwd=project).returncode == 0


def test_a_hand_edit_of_the_source_fields_is_kept_and_reported(project: Path):
    """Regression: a reliability grade typed into `source:` was dropped without a word."""
    path = only_its_source(project, FIRST)
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace("  translated: true\n", "  translated: true\n  reliability: B2\n", 1), "utf-8"
    )
    result = run_cli("extract", "--force", cwd=project)
    assert result.returncode == 0 and TRACEBACK not in result.stderr, result.stderr
    data = read_yaml(path.read_text(encoding="utf-8"))
    assert data["source"]["reliability"] == "B2"
    assert f"kept hand corrections in {data['source']['file']}: source.reliability" in result.stdout
    assert data["curation"]["edited"] == ["source.reliability"]
    # what the machine reads from the file itself is never a correction: a hash typed over is replaced
    make_stale(path)
    result = run_cli("extract", cwd=project)
    data = read_yaml(path.read_text(encoding="utf-8"))
    assert data["source"]["sha256"] != STALE and data["source"]["reliability"] == "B2"
    assert "source.sha256" not in result.stdout


# -------------------------------------------------------------------------------- runs at once


def test_two_extracts_on_one_folder_take_turns_and_both_finish(project: Path):
    """Regression: each run deleted the other's temporary files; one ended in FileNotFoundError."""
    import subprocess
    import sys

    command = [sys.executable, "-m", "generator", "extract", "--force"]
    runs = [subprocess.Popen(command, cwd=project, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            for _ in range(2)]  # fmt: skip
    results = [(run.wait(timeout=300), *run.communicate()) for run in runs]
    for code, out, err in results:
        assert code == 0 and TRACEBACK not in err and "5 changed" in out, out + err
    assert "another extract or rename is running on this folder; waiting" in "".join(
        err for _, _, err in results
    )
    assert run_cli("check", cwd=project).returncode == 0
    assert not list((project / "briefings").rglob("*.tmp"))


def test_a_second_extract_gives_up_with_a_clear_message(project: Path, monkeypatch, capsys):
    import fcntl

    from generator import cli, pipeline

    monkeypatch.chdir(project)
    monkeypatch.setattr(pipeline, "LOCK_WAIT", 0.3)
    with open(project / "briefings" / pipeline.LOCK_FILE, "a") as held:
        fcntl.flock(held, fcntl.LOCK_EX)  # another run, mid-way
        before = snapshot(project / "briefings")
        assert cli.main(["extract", "--force"]) == 1
    err = capsys.readouterr().err
    assert "error: briefings: another extract or rename is still running on this folder" in err, err
    assert snapshot(project / "briefings") == before  # it touched nothing


def test_the_lock_of_a_killed_extract_blocks_nothing(project: Path):
    import signal
    import subprocess
    import sys

    hold = f"import fcntl, time; f = open({str(project / 'briefings' / LOCK_FILE)!r}, 'a'); "
    hold += "fcntl.flock(f, fcntl.LOCK_EX); print('held', flush=True); time.sleep(300)"
    holder = subprocess.Popen([sys.executable, "-c", hold], stdout=subprocess.PIPE, text=True)
    assert holder.stdout is not None and holder.stdout.readline() == "held\n"
    holder.send_signal(signal.SIGKILL)
    holder.wait()
    result = run_cli("extract", "--force", cwd=project)
    assert result.returncode == 0 and "waiting" not in result.stderr, result.stderr


# ------------------------------------------------------------------ interrupted runs


class Killed(BaseException):
    """The run's end at an arbitrary point: escapes every `except Exception`, as a kill does."""


def run_in_process(
    project: Path, monkeypatch, capsys, *args: str, kill_after: int | None = None
) -> tuple[bool, str]:
    """A command run in this process (the model loaded once for every run), stopped after the
    `kill_after`-th change it makes on disk; (whether it was stopped, what it printed).

    A change is a file written (in one step, atomic_write), moved or removed.
    """
    import pathlib

    from generator import cli, store

    changes = 0

    def counted(change):
        def run(*args, **kwargs):
            nonlocal changes
            result = change(*args, **kwargs)
            changes += 1
            if changes == kill_after:
                raise Killed
            return result

        return run

    monkeypatch.chdir(project)
    with monkeypatch.context() as patched:
        patched.setattr(store, "atomic_write", counted(store.atomic_write))
        patched.setattr(os, "rename", counted(os.rename))
        patched.setattr(pathlib.Path, "unlink", counted(pathlib.Path.unlink))
        try:
            cli.main(list(args))
            killed = False
        except Killed:
            killed = True
    captured = capsys.readouterr()
    load_lexicon.cache_clear()  # cached under the relative path "lexicon": not for another test's project
    return killed, captured.out + captured.err


def extract_in_process(project: Path, monkeypatch, capsys, kill_after: int | None = None) -> tuple[bool, str]:
    return run_in_process(project, monkeypatch, capsys, "extract", kill_after=kill_after)


def retitle(path: Path, title: str) -> None:
    edit_briefing(path, title=title)


def test_a_kill_at_any_write_of_extract_loses_no_correction_and_reports_none_it_did_not_see(
    tmp_path: Path, monkeypatch, capsys
):
    """Regression: killed between a briefing and its machine copy, extract later overwrote a person's
    correction of a new source's briefing without a word, or reported the machine's own earlier output
    ('body: the source text was edited by hand') as a person's correction.

    One source with a correction changes and a new one arrives; the run is killed after its
    first write, then after its second, and so on until a run ends by itself. Each time a
    person corrects what is there, both sources change again, and `extract` runs to the end.
    """
    start = copy_project(tmp_path / "start")
    for path in (start / "seeds").iterdir():
        path.unlink()
    shutil.rmtree(start / "briefings")
    seeds = start / "seeds"
    (seeds / "a.txt").write_text(ARTICLE.format(marker="alpha"), encoding="utf-8")
    assert extract_in_process(start, monkeypatch, capsys) == (False, ANY)
    [first] = briefing_files(start)
    retitle(first, "Corrected by hand")
    (seeds / "a.txt").write_text(ARTICLE.format(marker="alpha") + "\nTalks went on on Tuesday.\n", "utf-8")
    (seeds / "b.txt").write_text(ARTICLE.format(marker="beta"), encoding="utf-8")
    for kill_after in itertools.count(1):
        project = shutil.copytree(start, tmp_path / f"killed-after-{kill_after}", symlinks=True)
        killed, _ = extract_in_process(project, monkeypatch, capsys, kill_after)
        if not killed:
            break
        corrected = {"seeds/a.txt": "Corrected again"}  # a person corrects what they find
        for path in briefing_files(project):
            source = read_yaml(path.read_text(encoding="utf-8"))["source"]["file"]
            if source == "seeds/b.txt":
                corrected[source] = "The new one corrected"
            retitle(path, corrected[source])
        for name in ("a.txt", "b.txt"):
            path = project / "seeds" / name
            path.write_text(
                path.read_text(encoding="utf-8") + "\nOne more paragraph on Wednesday.\n", "utf-8"
            )
        killed, output = extract_in_process(project, monkeypatch, capsys)
        assert not killed
        titles = {}
        for path in briefing_files(project):
            data = read_yaml(path.read_text(encoding="utf-8"))
            titles[data["source"]["file"]] = data["title"]
        assert titles == {"seeds/b.txt": "Talks resume in Geneva beta", **corrected}, (kill_after, output)
        reported = sorted(line for line in output.splitlines() if line.startswith("kept hand corrections"))
        assert reported == [f"kept hand corrections in {source}: title" for source in sorted(corrected)], (
            kill_after,
            output,
        )
        assert "could not be carried" not in output and "left as it is" not in output, (kill_after, output)
        assert not list(project.rglob("*.pending")), kill_after
    assert kill_after > 8  # a backup, then for each source its journal, briefing, machine copy, journal gone


def test_a_briefing_without_its_machine_copy_is_never_overwritten(tmp_path: Path, monkeypatch, capsys):
    """Regression: with its machine copy gone (as an earlier kill left it), a corrected briefing
    with nothing under `curation:` was overwritten at its source's next change, without a word."""
    project = copy_project(tmp_path / "project")
    path = project / "briefings" / FIRST
    retitle(path, "Corrected by hand")
    (project / "briefings" / ".machine" / FIRST).unlink()
    make_stale(path)
    before = path.read_bytes()
    killed, output = extract_in_process(project, monkeypatch, capsys)
    assert not killed and path.read_bytes() == before
    source = read_yaml(before)["source"]["file"]
    assert (
        f"warning: {source}: a correction could not be carried: no copy of the machine's last output"
        in output
    )
    assert f"move briefings/{FIRST} away" in output, output


def children_of(pid: int) -> list[int]:
    """The processes whose parent is `pid`, from /proc."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue  # ended meanwhile
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def running(pid: int) -> bool:
    """Is `pid` a live process (not one that ended and waits to be reaped)?"""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


@pytest.mark.skipif(
    not Path("/proc/self/stat").exists() or (os.cpu_count() or 1) < 2, reason="Linux, 2 cores"
)
@pytest.mark.parametrize("signal_name", ["SIGTERM", "SIGKILL"])
def test_workers_end_with_a_killed_extract(project: Path, signal_name: str):
    """Regression: killing `extract --processes 2` while its workers loaded the model left both
    alive forever, waiting for work from a parent that was gone (and holding the folder's lock)."""
    import signal
    import subprocess
    import sys

    command = [sys.executable, "-m", "generator", "extract", "--force", "--processes", "2"]
    parent = subprocess.Popen(command, cwd=project, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    workers: list[int] = []
    try:
        deadline = time.monotonic() + 60
        while len(workers) < 2 and time.monotonic() < deadline and parent.poll() is None:
            workers = children_of(parent.pid)
            time.sleep(0.02)
        assert len(workers) >= 2, "the workers never started"
        parent.send_signal(getattr(signal, signal_name))
        parent.wait(timeout=10)
        deadline = time.monotonic() + 10
        while any(running(pid) for pid in workers) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not [pid for pid in workers if running(pid)]
    finally:
        for pid in workers:  # only the processes this test started
            if running(pid):
                os.kill(pid, signal.SIGKILL)
        if parent.poll() is None:
            parent.kill()
            parent.wait()


RENAMED = "new-address"


def test_a_rename_killed_at_any_step_is_finished_by_running_it_again(
    project: Path, tmp_path: Path, monkeypatch, capsys
):
    """Regression: a rename killed after its first write left two briefings of one source, and
    running it again stopped at 'a briefing with that id exists already'."""
    old = project / "briefings" / FIRST
    retitle(old, "Corrected by hand")
    machine = read_yaml((project / "briefings" / ".machine" / FIRST).read_text(encoding="utf-8"))
    hinted = False
    for kill_after in itertools.count(1):
        copy = shutil.copytree(project, tmp_path / f"killed-after-{kill_after}", symlinks=True)
        killed, _ = run_in_process(
            copy, monkeypatch, capsys, "rename", old.stem, RENAMED, kill_after=kill_after
        )
        if not killed:
            break
        # meanwhile: never two briefings of the source (one may be refused until the rename ends)
        sources = [read_yaml(p.read_text(encoding="utf-8"))["source"]["file"] for p in briefing_files(copy)]
        assert len(sources) == len(set(sources)), kill_after
        moved = copy / "briefings" / f"{RENAMED}.yaml"
        if moved.exists() and read_yaml(moved.read_text(encoding="utf-8"))["id"] == old.stem:
            _, output = run_in_process(copy, monkeypatch, capsys, "check")
            assert f"(an interrupted `rename {old.stem} {RENAMED}`? run it again to finish it)" in output
            hinted = True
        killed, output = run_in_process(copy, monkeypatch, capsys, "rename", old.stem, RENAMED)
        assert not killed and f"rename: {old.stem} -> briefings/{RENAMED}.yaml" in output, (
            kill_after,
            output,
        )
        briefings = copy / "briefings"
        assert not (briefings / FIRST).exists() and not (briefings / ".machine" / FIRST).exists()
        data = read_yaml((briefings / f"{RENAMED}.yaml").read_text(encoding="utf-8"))
        assert data["id"] == RENAMED and data["title"] == "Corrected by hand"
        assert data["curation"]["previous_ids"] == [old.stem]
        # the machine's copy went with it: the correction is still told apart from the machine's output
        moved = read_yaml((briefings / ".machine" / f"{RENAMED}.yaml").read_text(encoding="utf-8"))
        assert moved == {**machine, "id": RENAMED}
        assert run_in_process(copy, monkeypatch, capsys, "check")[1].startswith(
            "check: 5 of 5 briefings valid"
        )
    assert (
        kill_after > 3 and hinted
    )  # the machine copy written, the briefing moved and written, the old copy removed


def test_rename_waits_for_a_running_extract_then_gives_up(project: Path, monkeypatch, capsys):
    """Regression: rename moved briefings while an extract was writing them."""
    import fcntl

    from generator import pipeline

    monkeypatch.setattr(pipeline, "LOCK_WAIT", 0.3)
    with open(project / "briefings" / pipeline.LOCK_FILE, "a") as held:
        fcntl.flock(held, fcntl.LOCK_EX)  # an extract, mid-way
        before = snapshot(project / "briefings")
        killed, output = run_in_process(
            project, monkeypatch, capsys, "rename", FIRST.removesuffix(".yaml"), RENAMED
        )
    assert not killed
    assert "error: briefings: another extract or rename is still running on this folder" in output, output
    assert snapshot(project / "briefings") == before


# -------------------------------------------------------------------------------- YAML limits

LIST_KEY = "a key is a list or a mapping (`? [a, b]`); a key must be plain text"


MEMORY = 2 * 2**30  # bytes of address space a command run on a bomb may have


def run_limited(*args: str, cwd: Path, timeout: float = 30) -> subprocess.CompletedProcess[str]:
    """A generator command with 2 GB of memory and `timeout` seconds: a regression fails, never hangs."""

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))

    try:
        return subprocess.run(
            [sys.executable, "-m", "generator", *args], cwd=cwd, capture_output=True, text=True,
            timeout=timeout, preexec_fn=limit, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        )  # fmt: skip
    except subprocess.TimeoutExpired:
        pytest.fail(f"`{' '.join(args)}` still running after {timeout:.0f} s")


def alias_bomb(indent: str = "", anchor: str = "lol") -> str:
    """Nine lines of YAML whose last alias stands for a billion values ("billion laughs")."""
    lines = [f"{indent}{anchor}0: &{anchor}0 [x, x, x, x, x, x, x, x, x, x]"]
    for level in range(1, 9):
        aliases = ", ".join([f"*{anchor}{level - 1}"] * 10)
        lines.append(f"{indent}{anchor}{level}: &{anchor}{level} [{aliases}]")
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(
    "libyaml_refuses", ["escaped surrogate", "U+0085 in plain text", "anchor with a non-ASCII letter"]
)
def test_an_alias_bomb_in_a_briefing_is_refused_by_either_parser(project: Path, libyaml_refuses: str):
    """Regression: text the fast parser (libyaml) refuses went to the round-trip parser, which
    had no alias guard: `check` ran 120 s at 4.7 GB."""
    path = project / "briefings" / FIRST
    text = path.read_text(encoding="utf-8")
    anchor = "loł" if "anchor" in libyaml_refuses else "lol"
    if "U+0085" in libyaml_refuses:  # a line break to one parser, a space to the other
        text = text.replace("\ntitle: Belarus ", "\ntitle: Belarus\x85", 1)
    note = '  note: "\\ud800"\n' if "surrogate" in libyaml_refuses else ""
    path.write_text(
        text.replace("\ncuration: {}\n", "\ncuration:\n" + note + alias_bomb("  ", anchor)), "utf-8"
    )
    result = run_limited("check", cwd=project)
    assert result.returncode == 1 and TRACEBACK not in result.stderr, result.stderr[-2000:]
    line = path.read_text(encoding="utf-8").split("\n").index(f"  {anchor}1: &{anchor}1 [" + ", ".join(
        [f"*{anchor}0"] * 10) + "]") + 1  # fmt: skip
    assert re.search(
        rf"^briefings/{FIRST}:{line}: YAML error, column \d+: "
        r"anchors and aliases \(&name, \*name\) are not allowed in a briefing$",
        result.stderr,
        re.M,
    ), result.stderr
    assert "4 of 5 briefings valid" in result.stdout


def test_bad_front_matter_fails_that_source_only_within_limits(project: Path):
    """Regression: an alias bomb in front matter took 16.6 GB in 90 s (the title printed it);
    5,000 nested lists and a key that is a list ended the run with a traceback."""
    seeds = project / "seeds"
    article = ARTICLE.format(marker="")
    refused = "its front matter is refused: YAML error, column"
    cases = {  # front matter -> where and what; line 1 of the file is '---'
        "bomb.md": (alias_bomb() + "title: *lol8\n",
                    f"10: {refused} 7: aliases (*name) repeat more than 10,000 values (a YAML bomb?)"),
        "deep.md": ("title: Talks\ntags: " + "[" * 5000 + "]" * 5000 + "\n",
                    f"3: {refused} 56: nested deeper than 50 levels"),
        "list-key.md": ("title: Talks\n? [a, b]\n: c\n",
                        f"3: {refused} 3: {LIST_KEY}"),
    }  # fmt: skip
    for name, (front, _) in cases.items():
        (seeds / name).write_text(f"---\n{front}---\n\n{article}", encoding="utf-8")
    (seeds / "good.md").write_text(f"---\ntitle: Talks resume\n---\n\n{article}", encoding="utf-8")
    result = run_limited("extract", cwd=project, timeout=60)
    assert result.returncode == 1 and TRACEBACK not in result.stderr, result.stderr[-2000:]
    for name, (_, message) in cases.items():
        assert f"error: seeds/{name}:{message}" in result.stderr.splitlines(), result.stderr
    assert "1 new" in result.stdout and "3 failed" in result.stdout, result.stdout


PERSON_WRITTEN = {  # a YAML file a person writes -> the first command that reads it
    "seeds/sources.yaml": "extract",
    "aliases.yaml": "render",
    "lexicon/en/people.yaml": "extract",
    "mkdocs.yml": "check",
}


YAML_PROBLEMS = {  # added at the end of the file -> the problem reported
    "a key that is a list": ("? [a, b]\n: c\n", re.escape(LIST_KEY)),
    "an alias bomb": (alias_bomb(), r"aliases \(\*name\) repeat more than 10,000 values \(a YAML bomb\?\)"),
    "5,000 nested lists": ("deep: " + "[" * 5000 + "]" * 5000 + "\n", "nested deeper than 50 levels"),
}  # fmt: skip


@pytest.mark.parametrize("problem", YAML_PROBLEMS)
@pytest.mark.parametrize("name", PERSON_WRITTEN)
def test_every_yaml_file_is_read_within_limits(project: Path, name: str, problem: str):
    """Regression: each of these files was read by yaml.safe_load: a bomb ran out of memory, deep
    nesting ended in a RecursionError, and a list as a key in a message of five lines."""
    path = project / name
    path.parent.mkdir(parents=True, exist_ok=True)
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    added, message = YAML_PROBLEMS[problem]
    path.write_text(text + added, encoding="utf-8")
    before = snapshot(project / "briefings")
    result = run_limited(PERSON_WRITTEN[name], cwd=project)
    assert result.returncode == 1 and TRACEBACK not in result.stderr, result.stderr[-2000:]
    found = re.search(
        rf"^(?:error: )?{re.escape(name)}:(\d+): YAML error, column \d+: {message}$", result.stderr, re.M
    )
    assert found, result.stderr
    # the line named is one of those added, and for the bomb, one that defines an anchor
    shown = path.read_text(encoding="utf-8").split("\n")[int(found.group(1)) - 1]
    assert shown in added.split("\n") and ("&lol" in shown or problem != "an alias bomb"), shown
    assert snapshot(project / "briefings") == before


@pytest.mark.parametrize("command", ["check", "render"])
def test_lists_nested_hundreds_deep_in_curation_are_named(project: Path, command: str):
    """Regression: 300 nested lists under `curation` ended check and render in pydantic's
    'Maximum serialization depth exceeded', with a traceback."""
    path = project / "briefings" / FIRST
    nested = "".join(" " * (2 * level + 2) + "-\n" for level in range(300))
    path.write_text(
        path.read_text("utf-8").replace("\ncuration: {}\n", f"\ncuration:\n  notes:\n{nested}"), "utf-8"
    )
    result = run_limited(command, cwd=project)
    assert result.returncode == 1 and TRACEBACK not in result.stderr, result.stderr[-2000:]
    line = line_of(path, "curation:") + 50  # the first item deeper than 50 levels
    assert f"briefings/{FIRST}:{line}: YAML error, column 99: nested deeper than 50 levels" in result.stderr


def test_a_yaml_file_too_large_is_refused_unread(project: Path):
    """A briefing over 30 MB, a sources.yaml over 5 MB: no file extract writes is that large."""
    huge = project / "briefings" / "huge.yaml"
    huge.write_text("id: huge\nbody:\n" + "  - text: words words words\n" * 1_200_000, encoding="utf-8")
    result = run_limited("check", cwd=project)
    assert result.returncode == 1 and TRACEBACK not in result.stderr, result.stderr[-2000:]
    assert (
        "briefings/huge.yaml: YAML error: it has 33.6 MB; a YAML text over 30 MB is refused" in result.stderr
    )
    (project / "seeds" / "sources.yaml").write_text("# notes\n" * 700_000, encoding="utf-8")
    result = run_limited("extract", cwd=project)
    assert result.returncode == 1 and TRACEBACK not in result.stderr, result.stderr[-2000:]
    assert (
        "error: seeds/sources.yaml: YAML error: it has 5.6 MB; a YAML text over 5 MB is refused"
        in result.stderr
    )


# -------------------------------------------------------------------------------- sizes


def test_gzip_sources_unpack_in_linear_time_and_within_the_source_limit(project: Path):
    """Regression: 12 MB of empty gzip members took 436 s (each member copied the rest of the
    file); a bomb was unpacked to 64 MiB before it was refused."""
    import gzip

    seeds = project / "seeds"
    article = ARTICLE.format(marker="").encode()
    empty = gzip.compress(b"", mtime=0)
    (seeds / "members.txt.gz").write_bytes(
        gzip.compress(article, mtime=0) + empty * (12 * 2**20 // len(empty))
    )
    (seeds / "bomb.txt.gz").write_bytes(gzip.compress(b"words " * 20_000_000, mtime=0))
    half = len(article) // 2  # two members, as `cat a.gz b.gz` makes: one text
    (seeds / "joined.txt.gz").write_bytes(
        gzip.compress(article[:half], mtime=0) + gzip.compress(article[half:], mtime=0)
    )
    result = run_limited("extract", cwd=project, timeout=60)
    assert result.returncode == 1 and TRACEBACK not in result.stderr, result.stderr[-2000:]
    errors = result.stderr.splitlines()
    assert (
        "error: seeds/members.txt.gz: is gzip data of more than 1,000 parts (members); "
        "a gzipped file has one, a few when files were joined: refused"
    ) in errors, result.stderr
    assert (
        "error: seeds/bomb.txt.gz: unpacks to more than 5 MB; a source over 5 MB is refused "
        "(is it really one article? split it into articles)"
    ) in errors, result.stderr
    assert "1 new" in result.stdout and "2 failed" in result.stdout, result.stdout


# ----------------------------------------------------------- what a source puts on the pages

LONG_LINE = " ".join(
    f"Troops moved north near the border on day {n} of the drills, officials said." for n in range(560)
)


NO_SENTENCE_END = " ".join(
    ["the army said that troops moved north near the border and officials reported"] * 13_000
)


RTL = "\u202e"  # RIGHT-TO-LEFT OVERRIDE: what follows is shown reversed


ODD_SOURCES: dict[bytes, str] = {
    b"rtl.txt": f"Talks resume in {RTL}aveneG\u202c\n\nBy Anna {RTL}Kowalska\n\nMarch 3, 2022\n\n"
    f"Negotiators met in {RTL}Geneva on Monday, officials said, and the talks &#x202E;went on for hours.\n",
    b"author.html": "<html><head><title><script>alert(1)</script>Talks resume</title>"
    '<meta name="author" content="<script>alert(2)</script>Ivan Petrov">'
    '<meta property="og:site_name" content="<script>alert(3)</script>Daily News"></head><body><article>'
    + "<p>Negotiators met in Geneva on Monday, officials said, and the talks went on for hours.</p>" * 3
    + "</article></body></html>",
    b"long-title.md": "---\ntitle: " + "word " * 200_000 + "\n---\n\n" + ARTICLE.format(marker="one"),
    b"long-paragraph.txt": f"Drills near the border\n\n{LONG_LINE}\n",
    b"no-sentence-end.txt": f"Drills near the border\n\n{NO_SENTENCE_END}.\n",
    b"clash.txt": ARTICLE.format(marker="two"),
    b"zz-\xe9t\xe9.txt": ARTICLE.format(marker="two"),  # Latin-1, after clash.txt: the same title
}


OddRun = tuple[Path, subprocess.CompletedProcess[str]]


@pytest.fixture(scope="module")
def odd_run(tmp_path_factory: pytest.TempPathFactory) -> OddRun:
    """`extract` over ODD_SOURCES, then `render` with a title corrected by hand to hold U+202E."""
    project = copy_project(tmp_path_factory.mktemp("odd") / "project")
    for name, text in ODD_SOURCES.items():
        (project / "seeds" / os.fsdecode(name)).write_text(text, encoding="utf-8")
    result = run_limited("extract", cwd=project, timeout=120)
    edit_briefing(project / "briefings" / FIRST, title=f"Belarus {RTL}blows against Ukraine")
    rendered = run_limited("render", cwd=project, timeout=120)
    assert rendered.returncode == 0 and TRACEBACK not in rendered.stderr, rendered.stderr[-2000:]
    return project, result


def briefing_of(project: Path, source: str) -> dict[str, Any]:
    for path in briefing_files(project):
        data = read_yaml(path.read_text(encoding="utf-8"))
        if data["source"]["file"] == f"seeds/{source}":
            return data
    raise AssertionError(f"no briefing of seeds/{source}")


def test_odd_sources_fail_one_by_one_with_their_reason(
    odd_run: OddRun,
):
    _, result = odd_run
    assert result.returncode == 1 and TRACEBACK not in result.stderr, result.stderr[-2000:]
    assert "5 new" in result.stdout and "2 failed" in result.stdout, result.stdout


def test_bidi_controls_reach_no_briefing_and_no_page(odd_run: OddRun):
    """Regression: U+202E in a source (or typed into a briefing) showed reversed text on 24 pages."""
    project, _ = odd_run
    data = briefing_of(project, "rtl.txt")
    assert data["title"] == "Talks resume in aveneG"  # as stored, no longer shown as 'Geneva'
    assert data["authors"] == ["Anna Kowalska"]  # the byline is read as one once the control is out
    controls = re.compile("[\u202a-\u202e\u2066-\u2069]")
    assert not controls.search((project / "briefings" / f"{data['id']}.yaml").read_text(encoding="utf-8"))
    pages = list((project / "docs" / "generated").rglob("*.md"))
    assert len(pages) > 20 and not [p for p in pages if controls.search(p.read_text(encoding="utf-8"))]


def test_markup_in_a_page_s_metadata_leaves_no_word_of_it(
    odd_run: OddRun,
):
    """Regression: <meta name="author" content="<script>alert(1)</script>Ivan Petrov"> gave the
    author "Alertivan Petrov"; the title and site name kept the script as text."""
    project, _ = odd_run
    data = briefing_of(project, "author.html")
    assert (data["authors"], data["title"], data["outlet"]) == (["Ivan Petrov"], "Talks resume", "Daily News")
    text = (project / "briefings" / f"{data['id']}.yaml").read_text(encoding="utf-8")
    assert "alert" not in text.lower() and "script" not in text.lower()


def test_a_title_over_300_characters_is_cut_with_a_warning(
    odd_run: OddRun,
):
    """Regression: a 1 MB title was printed whole on every page that lists the source (site: 267 MB)."""
    project, result = odd_run
    title = briefing_of(project, "long-title.md")["title"]
    assert len(title) <= 300 and title.endswith("word…") and title.startswith("word word ")
    assert (
        f"WARNING: seeds/long-title.md: its title has 999,999 characters; cut to {len(title)}"
        in result.stderr
    )


def test_a_paragraph_over_20_000_characters_is_split_at_sentence_ends(
    odd_run: OddRun,
):
    """Regression: a one-line paragraph went to spaCy whole (950 KB: 80 s, 2.7 GB; over 1,000,000
    characters, spaCy's own error E088)."""
    project, result = odd_run
    body = [p["text"] for p in briefing_of(project, "long-paragraph.txt")["body"]]
    assert len(body) == 3 and all(len(text) <= 20_000 for text in body)
    assert " ".join(body) == LONG_LINE  # every sentence kept, in order
    assert (
        f"WARNING: seeds/long-paragraph.txt: a paragraph of {len(LONG_LINE):,} characters is split at "
        "sentence ends into 3 of at most 20,000"
    ) in result.stderr.splitlines(), result.stderr
    assert (
        f"error: seeds/no-sentence-end.txt: has a paragraph of {len(NO_SENTENCE_END) + 1:,} characters with "
        "no sentence end in 20,000; it is no article's text (a paragraph over 20,000 characters is split at "
        "its sentence ends)"
    ) in result.stderr.splitlines(), result.stderr


def test_a_file_name_that_is_not_utf8_is_refused_by_name(
    odd_run: OddRun,
):
    """Regression: a Latin-1 file name with another source's title ended extract in a UnicodeEncodeError."""
    project, result = odd_run
    assert (
        "error: seeds/zz-\\xe9t\\xe9.txt: its file name is not UTF-8 text; rename the file" in result.stderr
    )
    assert briefing_of(project, "clash.txt")["title"] == "Talks resume in Geneva two"
    assert run_cli("check", cwd=project).returncode == 0


def test_a_source_moved_or_added_under_a_latin1_name_is_refused_and_check_and_build_pass(project: Path):
    """Regression: a source moved (`mv`) to a Latin-1 name, its title clashing with nothing, kept
    its briefing, which then recorded the name escaped ("seeds/\\uDCE9t\\uDCE9.txt"): `check` passed
    it and `build` ended in a UnicodeEncodeError. Now `extract` refuses the name, as it refuses a
    new source's, and changes nothing: the briefing stays, its source named as gone."""
    seeds = project / "seeds"
    (seeds / "000_30e5afe8c0a471e7.txt").rename(seeds / os.fsdecode(b"\xe9t\xe9.txt"))
    (seeds / os.fsdecode(b"caf\xe9.txt")).write_text(ARTICLE.format(marker="three"), encoding="utf-8")
    before = snapshot(project / "briefings")
    result = run_generator("extract", cwd=project)
    assert result.returncode == 1 and TRACEBACK not in result.stderr, result.stderr
    for name in ("\\xe9t\\xe9.txt", "caf\\xe9.txt"):
        assert f"error: seeds/{name}: its file name is not UTF-8 text; rename the file" in (
            result.stderr.splitlines()
        ), result.stderr
    assert "0 new" in result.stdout and "2 failed" in result.stdout and "moved" not in result.stdout
    after = snapshot(project / "briefings")
    assert {k: v for k, v in after.items() if k != "briefing.schema.json"} == {
        k: v for k, v in before.items() if k != "briefing.schema.json"
    }
    check = run_generator("check", cwd=project)
    assert check.returncode == 0 and "5 of 5 briefings valid" in check.stdout, check.stderr
    assert "seeds/000_30e5afe8c0a471e7.txt is gone" in check.stderr  # a warning: the site still builds
    build = run_generator("build", cwd=project)
    assert build.returncode == 0 and TRACEBACK not in build.stderr, build.stderr[-2000:]
    assert (
        project / "site" / "briefings" / "explainer-is-the-belarus-russia-joint-military-group-a"
    ).is_dir()


ESCAPED = '  file: "seeds/\\uDCE9t\\uDCE9.txt"'  # as a person (or an older extract) writes it


@pytest.mark.parametrize("command", ["check", "build"])
def test_an_escaped_surrogate_in_a_briefing_is_refused_with_its_line(project: Path, command: str):
    """Regression: `file: "seeds/\\uDCE9t\\uDCE9.txt"` (half of a UTF-16 pair, no character) passed
    `check`; `build` then ended in a UnicodeEncodeError writing the page."""
    path = project / "briefings" / FIRST
    text = path.read_text(encoding="utf-8")
    path.write_text(re.sub(r"(?m)^  file: .*$", lambda _: ESCAPED, text, count=1), "utf-8")
    result = run_generator(command, cwd=project)
    assert result.returncode == 1 and TRACEBACK not in result.stderr, result.stderr[-2000:]
    assert (
        f"briefings/{FIRST}:{line_of(path, ESCAPED)}: YAML error, column 9: the escape \\uDCE9 is half "
        "of a UTF-16 pair (a surrogate), not a character: write the character itself"
    ) in result.stderr, result.stderr[-2000:]


def test_rename_of_a_briefing_that_does_not_parse_names_it_and_moves_nothing(project: Path):
    """Regression: `rename` of a briefing a YAML slip left unreadable ended in a traceback."""
    path = project / "briefings" / FIRST
    path.write_text(path.read_text(encoding="utf-8").replace("title: Belarus", 'title: "Belarus', 1), "utf-8")
    before = snapshot(project / "briefings")
    result = run_generator("rename", path.stem, RENAMED, cwd=project)
    assert result.returncode == 1 and TRACEBACK not in result.stderr, result.stderr[-2000:]
    assert re.search(rf"^error: briefings/{FIRST}:\d+: YAML syntax error", result.stderr, re.M), result.stderr
    assert f"error: rename: correct briefings/{FIRST} first, then rename it" in result.stderr
    assert snapshot(project / "briefings") == before


# ------------------------------------------------------------ mkdocs.yml before MkDocs reads it


def assert_bomb_named(stderr: str, path: Path) -> None:
    """One line names the file and a line of it that defines an anchor of the bomb."""
    found = re.search(
        rf"^error: {re.escape(path.name)}:(\d+): YAML error, column \d+: aliases \(\*name\) repeat more "
        r"than 10,000 values \(a YAML bomb\?\)$",
        stderr,
        re.M,
    )
    assert found, stderr[-2000:]
    assert "&lol" in path.read_text(encoding="utf-8").split("\n")[int(found.group(1)) - 1]


def test_build_reads_a_file_mkdocs_yml_inherits_within_limits(project: Path):
    """Regression: `build` read mkdocs.yml within limits, but MkDocs then read the file it inherits
    (`INHERIT: base.yml`) with its own loader: a bomb there ran out of memory, with a traceback."""
    (project / "base.yml").write_text("extra:\n" + alias_bomb("  "), encoding="utf-8")
    config = project / "mkdocs.yml"
    config.write_text("INHERIT: base.yml\n" + config.read_text(encoding="utf-8"), encoding="utf-8")
    result = run_limited("build", cwd=project)
    assert result.returncode == 1 and TRACEBACK not in result.stderr, result.stderr[-2000:]
    assert_bomb_named(result.stderr, project / "base.yml")
    assert not (project / "site").exists()


def test_serve_reads_mkdocs_yml_within_limits_before_mkdocs_does(project: Path):
    """`mkdocs serve` reads mkdocs.yml with MkDocs' loader before any plugin runs (README: not guarded);
    `python -m generator serve` (`make serve`) reads it with the project's first."""
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8") + "extra:\n" + alias_bomb("  "), encoding="utf-8")
    result = run_limited("serve", "--dev-addr", "127.0.0.1:1", cwd=project)
    assert result.returncode == 1 and TRACEBACK not in result.stderr, result.stderr[-2000:]
    assert_bomb_named(result.stderr, config)


class Server:
    """What the plugin sees of MkDocs' live-reload server: watched paths, and the rebuild it calls."""

    def __init__(self) -> None:
        self.watched: list[str] = []
        self.rebuilds = 0
        self.builder = self.build

    def build(self, config: object = None) -> None:
        self.rebuilds += 1

    def watch(self, path: str) -> None:
        self.watched.append(path)


def test_a_serve_rebuild_reads_an_edited_mkdocs_yml_within_limits_first(
    project: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
):
    """Regression: mkdocs.yml edited into an alias bomb while `mkdocs serve` ran: the rebuild read it
    with MkDocs' loader, which has no limits, and took the machine's memory."""
    import logging

    from mkdocs.config import load_config

    from generator.plugin import BriefingsPlugin

    monkeypatch.chdir(project)
    config_file = project / "mkdocs.yml"
    plugin = BriefingsPlugin()
    plugin.load_config({"topic": "Drills"}, str(config_file))
    plugin.on_startup(command="serve", dirty=False)
    config = load_config(str(config_file))
    plugin.on_config(config)
    server = Server()
    served = plugin.on_serve(server, config=config, builder=server.build)
    # mkdocs.yml edited (a comment): MkDocs reads it again and builds the whole site (an edit
    # elsewhere is the plugin's own build of what changed, which this fake server does not count)
    config_file.write_text(config_file.read_text(encoding="utf-8") + "# edited\n", encoding="utf-8")
    served.builder()
    assert server.rebuilds == 1
    config_file.write_text(
        config_file.read_text(encoding="utf-8") + "extra:\n" + alias_bomb("  "), encoding="utf-8"
    )
    caplog.clear()
    with caplog.at_level(logging.ERROR):
        served.builder()
    assert server.rebuilds == 1  # the bomb never reaches MkDocs' loader; the last good site stays
    [record] = [r for r in caplog.records if r.name == "mkdocs.plugins.briefings"]
    assert re.fullmatch(
        r"mkdocs\.yml:\d+: YAML error, column \d+: aliases \(\*name\) repeat more than 10,000 values "
        r"\(a YAML bomb\?\) \(the last good site is served until this is fixed\)",
        record.getMessage(),
    ), record.getMessage()
