"""Pictures as inline SVG, made at build time: a timeline strip and a bar chart per figure group.

No script and no request to another host. Colours come from Material's CSS
variables through classes (see assets/briefings.css), so both palettes stay
readable; a viewBox with width 100% scales to a phone. Every label is escaped
as XML text, and each mark carries a <title> a reader can hover or long-press.
"""

from __future__ import annotations

import html
from collections import defaultdict
from datetime import date

from .corpus import Corpus, FigureGroup, TimelineEntry
from .links import Links
from .markup import Md, without_bidi_controls

WIDTH = 800
NARROW_WIDTH = 400  # the timeline drawn for a phone's width
# Search (Material's and Pagefind's) skips a chart: its labels, flattened into one line, showed in
# the results instead of the sentence that matched, which the page's source text holds anyway
UNINDEXED = 'data-search-exclude="true" data-pagefind-ignore="index"'
FIGURE_WIDTH = 420
FIGURE_ROW = 40
TOP_PAGE = Links("timeline.md")  # the links of a page at the top of the site (/timeline/)


def _text(value: object) -> str:
    return html.escape(" ".join(without_bidi_controls(str(value)).split()), quote=True)


def _month_index(iso: str) -> int:
    year, month = int(iso[:4]), int(iso[5:7]) if len(iso) >= 7 else 1
    return year * 12 + month - 1


def timeline_svg(entries: list[TimelineEntry], links: Links = TOP_PAGE, window_months: int = 24) -> Md:
    """Events with at least a month, over the period where most of them are (`event_period`).

    `links` are the page's (its events lead to their briefings' paragraphs from there). The strip is
    drawn twice, for a wide screen and for a phone (fewer month labels, in a drawing half as wide,
    so its text stays legible): the page's CSS shows the one that fits, and neither scrolls sideways.
    Events outside the period are counted under the strip; the table lists every one.
    """
    dated = [e for e in entries if len(e.event.date) >= 7]
    if not dated:
        return Md("")
    first, last = event_period([_month_index(e.event.date) for e in dated], window_months)
    shown = [e for e in dated if first <= _month_index(e.event.date) <= last]
    wide = _timeline_drawing(shown, first, last, links, WIDTH, 40, "chart-wide")
    narrow = _timeline_drawing(shown, first, last, links, NARROW_WIDTH, 16, "chart-narrow")
    note = ""
    if len(shown) < len(dated):
        period = f"{_month_name(first)} to {_month_name(last)}"
        note = (
            f'<p class="chart-note">The strip shows {_text(period)}, where {len(shown)} of the '
            f"{len(dated)} events dated to a month or a day are; every event is listed below.</p>"
        )
    return Md(f'<div class="chart-scroll" {UNINDEXED}>{wide}{narrow}</div>{note}')


PERIOD_SHARE = 0.8  # the strip opens on the shortest run of months that holds this share of events
PERIOD_MARGIN = 3  # months: an event this near the run's ends is of its period


def event_period(months: list[int], window_months: int = 24) -> tuple[int, int]:
    """The first and last month (as year * 12 + month - 1) of the period the timeline opens on.

    The shortest run of months holding 80% of the events (the latest of equals), when it is at
    most half the span of them all, with the events near its ends: a treaty of 1999 or a plan for
    2030 among the events of one autumn does not stretch the strip over decades, where the
    autumn's events would crowd into one mark; events spread evenly are all drawn. At most
    `window_months` long, to its last month.
    """
    ordered = sorted(months)
    size = max(1, int(len(ordered) * PERIOD_SHARE))
    start = min(
        range(len(ordered) - size + 1), key=lambda i: (ordered[i + size - 1] - ordered[i], -ordered[i])
    )
    first, last = ordered[start], ordered[start + size - 1]
    if (last - first) * 2 > ordered[-1] - ordered[0]:
        first, last = ordered[0], ordered[-1]
    # events just outside the run belong to its period (November before a February-to-October
    # run): within half its length (a quarter of a year at least) it takes them in, and the next ones
    grown = True
    while grown:
        margin = max(PERIOD_MARGIN, (last - first) // 2)
        near = [m for m in ordered if first - margin <= m <= last + margin]
        grown = (near[0], near[-1]) != (first, last)
        first, last = near[0], near[-1]
    return max(first, last - window_months + 1), last


def _month_name(month: int) -> str:
    year, index = divmod(month, 12)
    return date(year, index + 1, 1).strftime("%B %Y")


def _label_every(span: int, width: int) -> int:
    """Label every n-th month: each of a year on a wide drawing, quarters beyond; fewer on a phone's."""
    if width >= WIDTH:
        return 1 if span <= 12 else 3
    return 1 if span <= 6 else 3 if span <= 18 else 6


def _timeline_drawing(
    shown: list[TimelineEntry], first: int, last: int, links: Links, width: int, left: int, css: str
) -> str:
    span = max(1, last - first + 1)
    right, axis_y = width - 20, 120
    step = (right - left) / span
    stacks: dict[int, int] = defaultdict(int)
    marks = []
    for entry in shown:
        month = _month_index(entry.event.date)
        x = left + (month - first + 0.5) * step
        if len(entry.event.date) == 10:  # a day: placed within its month
            day = int(entry.event.date[8:10])
            x = left + (month - first + (day - 0.5) / 31) * step
        level = stacks[month]
        stacks[month] += 1
        y = axis_y - 14 - level * 14
        label = f"{entry.event.date}: {entry.event.text} ({entry.briefing.title})"
        shape = (
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="5" class="chart-mark"/>'
            if len(entry.event.date) == 10
            else f'<rect x="{x - 5:.1f}" y="{y - 5:.1f}" width="10" height="10" '
            'class="chart-mark chart-month"/>'
        )
        target = links.to(f"briefings/{entry.briefing.id}.md#{entry.event.ref or ''}")
        marks.append(f'<a href="{_text(target)}"><title>{_text(label)}</title>{shape}</a>')
    ticks = []
    every = _label_every(span, width)
    for month in range(first, last + 1):
        year, index = divmod(month, 12)
        x = left + (month - first) * step
        label = date(year, index + 1, 1).strftime("%b %Y" if index == 0 or month == first else "%b")
        if index % every and month != first:
            label = ""
        ticks.append(
            f'<line x1="{x:.1f}" y1="{axis_y}" x2="{x:.1f}" y2="{axis_y + 5}" class="chart-axis"/>'
            + (
                f'<text x="{x + 2:.1f}" y="{axis_y + 18}" class="chart-label">{_text(label)}</text>'
                if label
                else ""
            )
        )
    height = max(150, axis_y + 30)
    top = min([axis_y - 14 - (n - 1) * 14 for n in stacks.values()] + [20]) - 12
    view_top = min(0, top)
    return (
        f'<svg class="chart timeline-chart {css}" viewBox="0 {view_top} {width} {height - view_top}" '
        f'role="img" aria-label="Timeline of {len(shown)} dated events">'
        f'<line x1="{left}" y1="{axis_y}" x2="{right}" y2="{axis_y}" class="chart-axis"/>'
        + "".join(ticks)
        + "".join(marks)
        + "</svg>"
    )


def _number(value: float) -> str:
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,}"


def figure_svg(group: FigureGroup, links: Links = TOP_PAGE, corpus: Corpus | None = None) -> Md:
    """One bar per claim under its claimant; a range runs from low to high (links from the page's `links`).
    With the `corpus`, a claimant is named as its entity is (one name for Revenko and Revenka).

    Bars are stacked under their labels in a narrow drawing, so the text stays
    legible when a phone scales the picture down.
    """
    claims = [c for c in group.claims if c.figure.value is not None or c.figure.high is not None]
    if not claims:
        return Md("")
    top_value = max((c.figure.high if c.figure.value is None else c.figure.value) or 0 for c in claims) or 1
    scale = (FIGURE_WIDTH - 10) / top_value
    rows = []
    for i, claim in enumerate(claims):
        f = claim.figure
        y = 6 + i * FIGURE_ROW
        low = f.low if f.value is None else 0
        high = f.high if f.value is None else f.value
        x0 = 2 + (low or 0) * scale
        width = max(3.0, ((high or 0) - (low or 0)) * scale)
        entity = corpus.speaker_entity(claim.briefing, f.claimed_by) if corpus else None
        who = entity.name if entity else f.claimed_by or "unattributed"
        value = _number(f.value) if f.value is not None else f"{_number(f.low or 0)}–{_number(f.high or 0)}"
        shown = " ".join(p for p in (f.qualifier, value, f.unit) if p)
        css = f"chart-bar {BAR_STYLE.get(f.qualifier or '', '')}".strip()
        title = f"{shown} {f.counts or ''} — {who}, {claim.briefing.title}: {f.text}"
        label = f"{shown} — {_short(who, 28)}, {_short(claim.briefing.outlet or claim.briefing.title, 24)}"
        target = links.to(f"briefings/{claim.briefing.id}.md#{f.ref or ''}")
        rows.append(
            f'<a href="{_text(target)}">'
            f"<title>{_text(title)}</title>"
            f'<text x="2" y="{y + 14}" class="chart-value">{_text(label)}</text>'
            f'<rect x="{x0:.1f}" y="{y + 20}" width="{width:.1f}" height="12" class="{css}"/></a>'
        )
    height = 10 + len(claims) * FIGURE_ROW
    # inside a <div> the drawing is a raw HTML block: Markdown does not touch its text
    return Md(
        f'<div class="chart-block" {UNINDEXED}>'
        f'<svg class="chart figure-chart" viewBox="0 0 {FIGURE_WIDTH} {height}" role="img" '
        f'aria-label="{_text(group.key)}: {len(claims)} figures compared">' + "".join(rows) + "</svg></div>"
    )


def figure_legend() -> Md:
    """The key to the bars, drawn with the bars' own classes, so it shows what they show in either palette."""
    keys = [
        ("chart-bar", "a figure"),
        ("chart-bar chart-upto", "a ceiling (“up to”, “less than”)"),
        ("chart-bar chart-more", "a floor (“more than”, “at least”)"),
    ]
    shown = [
        f'<svg class="chart-key" viewBox="0 0 32 16" aria-hidden="true">'
        f'<rect x="2" y="3" width="28" height="10" class="{css}"/></svg> {_text(label)}'
        for css, label in keys
    ]
    return Md(f'<p class="chart-legend" {UNINDEXED}>Bars: ' + " · ".join(shown) + "</p>")


BAR_STYLE = {
    "up to": "chart-upto",
    "less than": "chart-upto",
    "more than": "chart-more",
    "at least": "chart-more",
}


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
