"""`python -m generator`: the command line, run as Python runs a package (generator/__main__.py)."""

from __future__ import annotations

import sys

import pytest


def test_python_m_generator_is_the_command_line_with_its_exit_status(project, capsys, monkeypatch):
    """`python -m generator ...` (run here as Python runs it: generator/__main__.py as __main__)."""
    import runpy

    monkeypatch.setattr(sys, "argv", ["python -m generator", "check"])
    with pytest.raises(SystemExit) as exited:
        runpy.run_module("generator", run_name="__main__")
    assert exited.value.code == 0
    assert "check: 5 of 5 briefings valid, 0 problems" in capsys.readouterr().out
    # a problem: status 1, which a script or CI sees
    (project / "briefings" / "belarus-blows-against-ukraine.yaml").write_text("id: [\n", encoding="utf-8")
    with pytest.raises(SystemExit) as exited:
        runpy.run_module("generator", run_name="__main__")
    assert exited.value.code == 1
    assert "belarus-blows-against-ukraine.yaml:2: YAML syntax error" in capsys.readouterr().err
