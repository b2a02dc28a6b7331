"""What the bench scripts share: bench/RESULTS.md, whose sections belong to different scripts."""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
RESULTS = REPO / "bench" / "RESULTS.md"
# the sections of RESULTS.md that bench/run.py does not write, in their order after its own
CLUSTER_SECTION = "## Extraction on a Dask cluster"  # bench/cluster.py
PREVIEW_SECTION = "## Preview under `mkdocs serve`"  # bench/serve.py
KEPT_SECTIONS = (CLUSTER_SECTION, PREVIEW_SECTION)


def section(text: str, heading: str) -> str:
    """The section of a Markdown text under `heading`, up to the next such heading; "" without one."""
    _, found, after = text.partition(heading + "\n")
    if not found:
        return ""
    end = after.find("\n## ")
    return (heading + "\n" + (after if end < 0 else after[: end + 1])).rstrip("\n")


def with_section(text: str, heading: str, lines: list[str]) -> str:
    """The text with its section under `heading` replaced by `lines` (added at the end without one)."""
    old = section(text, heading)
    new = "\n".join(lines)
    if old:
        return text.replace(old, new, 1)
    return text.rstrip("\n") + "\n\n" + new + "\n"


def write_section(path: Path, heading: str, lines: list[str]) -> None:
    """Replace one script's section of a results file, the other scripts' figures kept."""
    text = path.read_text(encoding="utf-8") if path.is_file() else ""
    path.write_text(with_section(text, heading, lines), encoding="utf-8")
