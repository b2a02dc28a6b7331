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
import shutil
import time
from pathlib import Path
from unittest.mock import ANY

import pytest
import yaml
from sitekit import copy_project, run_generator

from generator.errors import UserError
from generator.ids import unique_id
from generator.pipeline import LOCK_FILE

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
    result = run_generator("extract", cwd=project)
    assert result.returncode == 1, result.stdout
    assert TRACEBACK not in result.stderr, result.stderr
    shown = yaml.safe_load(f'"{bad_id}"')
    # the message `check` gives for it (pydantic's "Value error, " included)
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
    result = run_generator("extract", cwd=project)
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
    result = run_generator("check", cwd=project)
    assert result.returncode == 1 and TRACEBACK not in result.stderr
    assert "briefings/index.yaml:1: id: " in result.stderr
    assert "'index' is a reserved page address" in result.stderr, result.stderr


def test_a_title_that_slugs_to_a_reserved_address_gets_another_id():
    assert unique_id("Index", "seeds/a.txt", set()) != "index"
    assert unique_id("Index", "seeds/a.txt", set()).startswith("index-")


def test_rename_refuses_an_old_id_that_is_a_path(project: Path):
    """Regression: `rename ../aliases x` read ../aliases.yaml as a briefing and ended in a traceback."""
    aliases = (project / "aliases.yaml").read_bytes()
    result = run_generator("rename", "../aliases", "new-id", cwd=project)
    assert result.returncode == 1 and TRACEBACK not in result.stderr, result.stderr
    assert "error: rename: '../aliases' is not a slug" in result.stderr
    assert (project / "aliases.yaml").read_bytes() == aliases
    assert not (project / "briefings" / "new-id.yaml").exists()


@pytest.mark.parametrize(
    "name", ["../x.yaml", "/tmp/x.yaml", "a/b.yaml", "a\\b.yaml", ".x.yaml", "", "x\0.yaml"]
)
def test_a_name_from_data_never_makes_a_path_out_of_its_folder(tmp_path: Path, name: str):
    from generator.store import file_in  # the one guard wherever a path is built from an id or name

    with pytest.raises(UserError, match="refusing the file name"):
        file_in(tmp_path, name)
    assert file_in(tmp_path, "a-b.yaml") == tmp_path / "a-b.yaml"


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
    result = run_generator("extract", cwd=project)
    assert result.returncode == 1 and TRACEBACK not in result.stderr, result.stderr
    for name in ("outside.txt", "inside.txt", "dangling.txt"):
        lines = [line for line in result.stderr.splitlines() if f"seeds/{name}" in line]
        assert lines == [f"error: seeds/{name}: is a symbolic link; only regular files in the sources "
                         "folder are read (copy the file in)"], result.stderr  # fmt: skip
    assert "1 new" in result.stdout and "3 failed" in result.stdout, result.stdout
    files = {yaml.safe_load(p.read_text(encoding="utf-8"))["source"]["file"] for p in briefing_files(project)}
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
    result = run_generator(*command, cwd=project)
    assert result.returncode == 1 and TRACEBACK not in result.stderr, result.stderr[-2000:]
    assert f"briefings/{DATED}:{line}: published: " in result.stderr, result.stderr[-2000:]
    assert "'2022-02-30' is not a date: day is out of range for month" in result.stderr
    assert path.read_bytes() == before


def test_an_impossible_date_in_sources_yaml_is_named_with_its_line(project: Path):
    (project / "seeds" / "sources.yaml").write_text(
        "000_30e5afe8c0a471e7.txt:\n  title: A better headline\n  published: 2022-02-30\n", encoding="utf-8"
    )
    result = run_generator("extract", cwd=project)
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
        expected = "curation: Value error, previous_ids: " + (
            "'old-address\\n' is not a slug" if "newline" in case else "'index' is a reserved page address"
        )
    check = run_generator("check", cwd=project)
    build = run_generator("build", cwd=project)
    for result in (check, build):
        assert result.returncode == 1 and TRACEBACK not in result.stderr, result.stderr[-2000:]
    assert f"{where}: {expected}" in check.stderr, check.stderr
    assert f"{where}: {expected}" in build.stderr, build.stderr[-2000:]
    assert not (project / "site" / "index.html").exists()


def test_an_event_date_ending_in_a_newline_is_refused():
    from generator.schema import Event

    with pytest.raises(ValueError, match="is not a date of the form"):
        Event(date="2022-02-30\n", text="Troops moved.")


# ------------------------------------------------------------------ nothing a person wrote is lost

NOTES = "curation:\n  notes: Checked against the original by the desk.\n  reviewer: A. Analyst\n"


def write_notes(path: Path, notes: str = NOTES) -> None:
    """Write notes under `curation:` and correct nothing else, as a reviewer would."""
    text = path.read_text(encoding="utf-8")
    assert text.count("\ncuration: {}\n") == 1
    path.write_text(text.replace("\ncuration: {}\n", "\n" + notes), encoding="utf-8")


def backups(project: Path, path: Path) -> list[Path]:
    return sorted((project / "briefings" / ".backup").glob(f"{path.stem}.*.yaml"))


@pytest.mark.parametrize("cause", ["--force", "a source change"])
def test_notes_under_curation_are_kept_and_every_run_keeps_a_dated_backup(project: Path, cause: str):
    """Regression: notes alone were dropped by re-extraction, and a second run replaced the one backup."""
    path = project / "briefings" / FIRST
    source = project / yaml.safe_load(path.read_text(encoding="utf-8"))["source"]["file"]
    write_notes(path)
    versions = []
    for run in range(2):
        versions.append(path.read_bytes())
        if cause == "--force":
            result = run_generator("extract", "--force", cwd=project)
        else:
            source.write_text(source.read_text(encoding="utf-8") + f"\n\nOne more sentence, number {run}.\n")
            result = run_generator("extract", cwd=project)
        assert result.returncode == 0 and TRACEBACK not in result.stderr, result.stdout + result.stderr
        curation = yaml.safe_load(path.read_text(encoding="utf-8"))["curation"]
        assert curation["notes"] == "Checked against the original by the desk."
        assert curation["reviewer"] == "A. Analyst"
    # one backup per run, oldest first by name, each the file as it was before that run;
    # a run that found the file as the run before left it adds no second copy of it
    distinct = [v for n, v in enumerate(versions) if n == 0 or v != versions[n - 1]]
    assert [p.read_bytes() for p in backups(project, path)] == distinct
    assert len(distinct) == (1 if cause == "--force" else 2)
    assert run_generator("check", cwd=project).returncode == 0


def test_a_hand_edit_of_the_source_fields_is_kept_and_reported(project: Path):
    """Regression: a reliability grade typed into `source:` was dropped without a word."""
    path = project / "briefings" / FIRST
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace("  translated: true\n", "  translated: true\n  reliability: B2\n", 1), "utf-8"
    )
    result = run_generator("extract", "--force", cwd=project)
    assert result.returncode == 0 and TRACEBACK not in result.stderr, result.stderr
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert data["source"]["reliability"] == "B2"
    assert f"kept hand corrections in {data['source']['file']}: source.reliability" in result.stdout
    assert data["curation"]["edited"] == ["source.reliability"]
    # what the machine reads from the file itself is never a correction: a hash typed over is replaced
    make_stale(path)
    result = run_generator("extract", cwd=project)
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
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
    assert run_generator("check", cwd=project).returncode == 0
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
    result = run_generator("extract", "--force", cwd=project)
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
            source = yaml.safe_load(path.read_text(encoding="utf-8"))["source"]["file"]
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
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
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
    source = yaml.safe_load(before)["source"]["file"]
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
    machine = yaml.safe_load((project / "briefings" / ".machine" / FIRST).read_text(encoding="utf-8"))
    hinted = False
    for kill_after in itertools.count(1):
        copy = shutil.copytree(project, tmp_path / f"killed-after-{kill_after}", symlinks=True)
        killed, _ = run_in_process(
            copy, monkeypatch, capsys, "rename", old.stem, RENAMED, kill_after=kill_after
        )
        if not killed:
            break
        # meanwhile: never two briefings of the source (one may be refused until the rename ends)
        sources = [
            yaml.safe_load(p.read_text(encoding="utf-8"))["source"]["file"] for p in briefing_files(copy)
        ]
        assert len(sources) == len(set(sources)), kill_after
        moved = copy / "briefings" / f"{RENAMED}.yaml"
        if moved.exists() and yaml.safe_load(moved.read_text(encoding="utf-8"))["id"] == old.stem:
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
        data = yaml.safe_load((briefings / f"{RENAMED}.yaml").read_text(encoding="utf-8"))
        assert data["id"] == RENAMED and data["title"] == "Corrected by hand"
        assert data["curation"]["previous_ids"] == [old.stem]
        # the machine's copy went with it: the correction is still told apart from the machine's output
        moved = yaml.safe_load((briefings / ".machine" / f"{RENAMED}.yaml").read_text(encoding="utf-8"))
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


def test_the_staging_folder_of_a_killed_render_is_removed_by_the_next(tmp_path: Path):
    """Regression: a build killed half-way left `.cache/pages/.staging-*` behind, and every later
    run left it there (it could have been another run's, still writing)."""
    import fcntl
    import subprocess
    import sys

    from generator.writers import STAGING, write_pages

    pages = tmp_path / "pages"
    killed_render = (
        "import os, sys\nfrom pathlib import Path\nfrom generator.writers import write_pages\n"
        "def pages():\n    yield 'a.md', 'first'\n    os._exit(9)  # killed mid-way\n"
        "write_pages(pages(), Path(sys.argv[1]))\n"
    )
    result = subprocess.run([sys.executable, "-c", killed_render, str(pages)], timeout=60)
    assert result.returncode == 9
    [left] = pages.glob(f"{STAGING}*")
    # a run still going beside this one: its staging folder, which it holds, is left alone
    running = pages / f"{STAGING}running"
    running.mkdir()
    handle = os.open(running, os.O_RDONLY)
    fcntl.flock(handle, fcntl.LOCK_EX)
    try:
        report = write_pages({"a.md": "first"}, pages)
    finally:
        os.close(handle)
    assert report.written == ["a.md"] and (pages / "a.md").read_text() == "first"
    assert not left.exists()
    assert list(pages.glob(f"{STAGING}*")) == [running]


def test_backup_keeps_the_newest_versions_of_each_briefing(tmp_path: Path):
    """Regression: .backup/ grew by a copy of every briefing at every run, for ever."""
    from generator.store import BACKUP_DIR, BACKUPS_KEPT, keep_backup

    path, other = tmp_path / "talks.yaml", tmp_path / "talks-resume.yaml"
    other.write_text("another briefing\n")
    keep_backup(tmp_path, other)
    own = tmp_path / BACKUP_DIR / "talks.mine.yaml"  # a file a person put there
    own.write_text("mine\n")
    for version in range(BACKUPS_KEPT + 3):
        path.write_text(f"version {version}\n")
        keep_backup(tmp_path, path)
        keep_backup(tmp_path, path)  # a run that changed nothing: no second copy of the same text
    kept = sorted((tmp_path / BACKUP_DIR).glob("talks.2*.yaml"))
    assert [p.read_text() for p in kept] == [f"version {n}\n" for n in range(3, BACKUPS_KEPT + 3)]
    assert own.read_text() == "mine\n"
    assert [p.read_text() for p in (tmp_path / BACKUP_DIR).glob("talks-resume.*.yaml")] == [
        "another briefing\n"
    ]
