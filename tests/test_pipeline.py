"""The steps a command runs: a render that cannot be made writes nothing.

What `extract` and `rename` do on a project (skipped, moved and pruned sources, the folder's lock,
a killed run, the worker pool, the progress bar) runs whole processes and is tested end to end:
tests/e2e/test_maintainer.py and tests/e2e/test_untrusted.py."""

from __future__ import annotations

import pytest

from generator.errors import UserError
from generator.pipeline import render_site
from generator.settings import load_settings
from tests.clikit import CONTRADICTION


def test_a_contradictory_aliases_pair_stops_the_render_instead_of_dropping_the_merge(project):
    (project / "aliases.yaml").write_text(CONTRADICTION, encoding="utf-8")
    with pytest.raises(UserError, match=r"aliases.yaml:6: keep_apart\[1\]: .* merged on line 3"):
        render_site(load_settings(project / "mkdocs.yml"), project / "pages")
    assert not (project / "pages").exists()
