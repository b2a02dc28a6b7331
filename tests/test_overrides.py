"""seeds/sources.yaml: each mistake in an entry told in plain words at its line; an entry that
names no source is a problem for `check` and a warning for `extract`."""

from __future__ import annotations

from tests.clikit import EXPLAINER, run


def test_check_reports_sources_yaml_mistakes_in_plain_words_with_their_lines(project, capsys):
    (project / "seeds" / "sources.yaml").write_text(
        f"{EXPLAINER}:\n"
        "  reliabilty: B2\n"
        "  published: 2022-13-01\n"
        "  language: english\n"
        "001_5b9bfd4bd532f898.txt: A better headline\n"
        "002_8b9ea53fc3eee38c.txt:\n"
        "  reliability: Z9\n",
        encoding="utf-8",
    )
    status, out, err = run("check", capsys=capsys)
    assert status == 1
    assert err.splitlines() == [
        f"seeds/sources.yaml:2: {EXPLAINER}.reliabilty: unknown field 'reliabilty' "
        "(did you mean 'reliability'?)",
        f"seeds/sources.yaml:3: {EXPLAINER}.published: expected a real date written YYYY-MM-DD, "
        "got '2022-13-01' (month value is outside expected range of 1-12)",
        f"seeds/sources.yaml:4: {EXPLAINER}.language: 'english' is not a language code such as 'en', 'ru' "
        "or 'pt-BR'",
        "seeds/sources.yaml:5: 001_5b9bfd4bd532f898.txt: expected a mapping (name: value lines), "
        "got 'A better headline'",
        "seeds/sources.yaml:7: 002_8b9ea53fc3eee38c.txt.reliability: 'Z9' is not an Admiralty code: a letter "
        "A-F (the source) and a digit 1-6 (the information), such as B2",
    ]
    assert "5 problems" in out


def test_a_sources_yaml_entry_for_a_missing_file_is_reported(project, capsys):
    (project / "seeds" / "sources.yaml").write_text(
        "003_94086817458596b.txt:\n  title: Belarus and Russia\n", encoding="utf-8"
    )
    expected = (
        "seeds/sources.yaml:1: 003_94086817458596b.txt: no such source in seeds/ "
        "(did you mean '003_94086817458596b5.txt'?)"
    )
    status, _, err = run("check", capsys=capsys)
    assert status == 1 and err.splitlines() == [expected]
    # extract says so too, and goes on: the source may be gone on purpose
    status, _, err = run("extract", capsys=capsys)
    assert status == 0 and err.splitlines() == [f"warning: {expected}"]
