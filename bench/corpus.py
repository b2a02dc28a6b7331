"""Synthetic news sources for benchmarks, as messy as the real ones in seeds/ (bench/README.md).

    python bench/corpus.py N OUT_DIR [--seed S]

Sentence templates and word lists come from bench/corpus.yaml, places from the gazetteer. File i
is drawn from a generator seeded with (seed, i): the same N and seed give byte-identical files,
and the first 100 files of a 1,000-file corpus are the 100-file corpus.
`--aliases FILE` adds to a project's aliases.yaml what a maintainer of this corpus decides: the
spellings of one organisation of the cast that the build cannot tell are one ("Ministry of Defence
of Belarus", "Belarusian Ministry of Defense") merged, the think tanks of two places kept apart.
Without those decisions the build names each pair as alike, and `mkdocs build --strict` stops.
"""

from __future__ import annotations

import argparse
import itertools
import re
import sys
from datetime import date, timedelta
from functools import cache
from pathlib import Path
from random import Random

import yaml

GAZETTEER = Path(__file__).resolve().parent.parent / "generator" / "data" / "en" / "gazetteer.yaml"
FIRST_DAY = date(2021, 3, 1)  # publication dates fall between these two
LAST_DAY = date(2024, 12, 31)
MONTH_NAMES = [
    "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
]  # fmt: skip
MONTH_ABBR = [
    "Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.",
]  # fmt: skip
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


# --------------------------------------------------------------------- the words (bench/corpus.yaml)

WORDS = yaml.safe_load((Path(__file__).resolve().parent / "corpus.yaml").read_text(encoding="utf-8"))
CAST = [tuple(map(tuple, person)) for person in WORDS["cast"]]  # (spellings, titles, descriptions)
FIRST_NAMES, SURNAMES, WOMEN = WORDS["first_names"], WORDS["surnames"], set(WORDS["women"])
ORGANISATIONS = WORDS["organisations"]  # the spellings of each
OUTLETS = list(WORDS["outlets"].items())  # (domain, name the text uses)
EQUIPMENT_KINDS = WORDS["equipment"]  # name: what it is, in the plural
EQUIPMENT = list(EQUIPMENT_KINDS)
COUNTED = [(what, tuple(span)) for what, span in WORDS["counted"].items()]  # what a figure counts, its range
MILITARY = -2  # COUNTED[:MILITARY] are military
UNITS = [(unit, tuple(span)) for unit, span in WORDS["units"].items()]
SENTENCES = WORDS["sentences"]  # templates by kind; {placeholders} are drawn by Document.slot


# --------------------------------------------------------------------- places


@cache
def places() -> dict[str, tuple[str, ...]]:
    """Place names from the gazetteer by region, and the variants of each preferred name."""
    regions: dict[str, list[str]] = {}
    variants: dict[str, list[str]] = {}
    section, region = "", "world"
    for line in GAZETTEER.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith((" ", "#")):
            section = line.split(":")[0]
            continue
        text = line.strip()
        if section == "places" and text.startswith("#"):
            header = text.lstrip("# ").lower()
            region = next(
                (r for r in ("ukraine", "belarus", "russia", "capital", "poland") if header.startswith(r)),
                "world",
            )
        elif section == "places" and text.startswith("- "):
            regions.setdefault(region, []).append(text[2:].strip().strip("'\""))
        elif section == "variants" and ":" in text and not text.startswith("#"):
            variant, preferred = (part.strip().strip("'\"") for part in text.split(":", 1))
            if variant.isascii():
                variants.setdefault(preferred, []).append(variant)
    result = {k: tuple(v) for k, v in regions.items()}
    result.update({f"variants:{k}": tuple(v) for k, v in variants.items()})
    return result


def _region(name: str) -> tuple[str, ...]:
    return places().get(name) or ("Minsk",)


# --------------------------------------------------------------------- one document


def _upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def number_words(n: int) -> str:
    """12 -> 'twelve', 9000 -> 'nine thousand', 250 -> 'two hundred and fifty'."""
    ones = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
            "nineteen"]  # fmt: skip
    tens = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
    if n < 20:
        return ones[n]
    if n < 100:
        return tens[n // 10] + ("" if n % 10 == 0 else "-" + ones[n % 10])
    if n < 1000:
        rest = n % 100
        return ones[n // 100] + " hundred" + ("" if not rest else " and " + number_words(rest))
    thousands, rest = divmod(n, 1000)
    return number_words(thousands) + " thousand" + ("" if not rest else " " + number_words(rest))


class Document:
    """One synthetic source: its cast, its dates, and the sentences drawn for it."""

    def __init__(self, rng: Random) -> None:
        self.rng = rng
        r = rng
        self.published = FIRST_DAY + timedelta(days=r.randrange((LAST_DAY - FIRST_DAY).days))
        cast = r.sample(CAST, r.randint(3, 5))
        if CAST[0] not in cast and r.random() < 0.7:
            cast[0] = CAST[0]  # most sources are about Lukashenko
        self.people: list[tuple[str, str, str]] = []  # (name, title, description)
        for spellings, titles, described in cast:
            self.people.append((r.choice(spellings), r.choice(titles), r.choice(described)))
        for _ in range(r.randint(1, 3)):
            name = f"{r.choice(FIRST_NAMES)} {r.choice(SURNAMES)}"
            if r.random() < 0.6:
                org = self._thinktank()
                title, description = r.choice(WORDS["analyst_titles"]), f"of the {org}"
            else:
                title = r.choice(WORDS["official_titles"])
                description = r.choice(WORDS["official_descriptions"])
            self.people.append((name, title, description))
        self.mentioned: set[str] = set()
        self.used: set[str] = set()  # sentences already written
        self.orgs = [r.choice(spellings) for spellings in r.sample(ORGANISATIONS, r.randint(3, 6))]
        self.belarus = list(r.sample(_region("belarus"), 3)) + ["Minsk"]
        self.ukraine = list(r.sample(_region("ukraine"), 3))
        self.russia = list(r.sample(_region("russia"), 2)) + ["Moscow"]
        self.neighbours = list(r.sample(_region("poland"), 2))
        kyiv = r.choice(["Kyiv", "Kyiv", "Kiev"])
        self.capitals = {"ukraine": kyiv, "belarus": "Minsk", "russia": "Moscow"}
        self.equipment = r.sample(EQUIPMENT, r.randint(2, 4))
        self.cited = r.sample(WORDS["cited"], 3)
        self.quote_style = r.choice([("\u201c", "\u201d"), ('"', '"')])

    # ------------------------------------------------------------ pieces

    def _thinktank(self) -> str:
        return f"{self.rng.choice(WORDS['thinktank_places'])} {self.rng.choice(WORDS['thinktank_words'])}"

    def place(self, region: str | None = None) -> str:
        r = self.rng
        region = region or r.choice(["belarus", "belarus", "ukraine", "ukraine", "russia", "neighbours"])
        name = r.choice(getattr(self, region))
        variants = places().get(f"variants:{name}")
        if variants and r.random() < 0.3:
            return r.choice(variants)
        return name

    def person(self, index: int | None = None, full: bool = False) -> str:
        """A person's name: with title on first mention, the surname alone later."""
        r = self.rng
        name, title, description = self.people[r.randrange(len(self.people)) if index is None else index]
        surname = name.split()[-1]
        if name in self.mentioned and not full:
            honorific = "Ms." if name.split()[0] in WOMEN else "Mr."
            return r.choice([surname, surname, f"{honorific} {surname}"])
        self.mentioned.add(name)
        if title[0].islower() or r.random() < 0.4:
            return f"{name}, {description},"
        return f"{title} {name}"

    def org(self) -> str:
        return self.rng.choice(self.orgs)

    def quote(self, text: str) -> str:
        left, right = self.quote_style
        return f"{left}{text}{right}"

    def number(self, low: int, high: int) -> str:
        r = self.rng
        value = r.randint(low, high)
        if value >= 1000:
            value = round(value, -2 if value < 10000 else -3)
        elif value >= 100:
            value = round(value, -1)
        style = r.random()
        if style < 0.2 and value <= 20000 and (value < 100 or value % 100 == 0):
            return number_words(value)
        return f"{value:,}"

    def equipment_phrase(self) -> str:
        name = self.rng.choice(self.equipment)
        return f"{name} {EQUIPMENT_KINDS[name]}"

    def figure(self, military: bool = False) -> tuple[str, str]:
        """A figure phrase and what it counts: 'about 4,000-6,000 troops'."""
        r = self.rng
        counted, (low, high) = r.choice(COUNTED[:MILITARY] if military else COUNTED)
        shape = r.random()
        if shape < 0.18:
            a = r.randint(low, high)
            b = a + r.randint(max(1, a // 10), max(2, a // 2))
            a, b = round(a, -2) if a >= 1000 else a, round(b, -2) if b >= 1000 else b
            form = r.choice(
                [f"{a:,}-{b:,}", f"between {a:,} and {b:,}", f"{a:,} to {b:,}", f"from {a:,} to {b:,}"]
            )
            return f"{form} {counted}", counted
        value = self.number(low, high)
        if shape < 0.65:
            return f"{r.choice(WORDS['qualifiers'])} {value} {counted}", counted
        return f"{value} {counted}", counted

    def measure(self) -> str:
        r = self.rng
        unit, (low, high) = r.choice(UNITS)
        value = r.randint(low, high)
        if unit == "percent":
            return f"{value} percent" if r.random() < 0.6 else f"{value}%"
        return (
            f"{value:,} {unit}"
            if r.random() < 0.5
            else f"{value:,}-{'kilometer' if unit != 'tons' else 'ton'}"
        )

    def date_phrase(self) -> str:
        """When something happened, absolute or relative to the publication date."""
        r = self.rng
        back = self.published - timedelta(days=r.randint(1, 150))
        choice = r.random()
        if choice < 0.22:
            return f"on {MONTH_NAMES[back.month - 1]} {back.day}"
        if choice < 0.34:
            return f"on {back.day} {MONTH_NAMES[back.month - 1]} {back.year}"
        if choice < 0.46:
            return f"in {MONTH_NAMES[back.month - 1]}"
        if choice < 0.54:
            return f"in {MONTH_NAMES[back.month - 1]} {back.year}"
        if choice < 0.66:
            return f"on {WEEKDAYS[(self.published - timedelta(days=r.randint(1, 6))).weekday()]}"
        if choice < 0.90:
            return r.choice(WORDS["relative_dates"])
        return f"in {r.randint(1994, self.published.year - 1)}"

    def since(self) -> str:
        back = self.published - timedelta(days=self.rng.randint(20, 400))
        return self.rng.choice(
            [
                MONTH_NAMES[back.month - 1],
                f"{MONTH_NAMES[back.month - 1]} {back.year}",
                f"{MONTH_NAMES[back.month - 1]} {back.day}",
                "the start of the year",
            ]
        )

    def citation(self) -> str:
        back = self.published - timedelta(days=self.rng.randint(1, 60))
        return f"({self.rng.choice(self.cited)}, {MONTH_NAMES[back.month - 1]} {back.day})"

    # ------------------------------------------------------------ sentences

    def slot(self, name: str) -> str:
        """One placeholder of a sentence template, drawn when the template uses it."""
        r = self.rng
        if name in WORDS["choices"]:
            return r.choice(WORDS["choices"][name])
        draw = {
            "when": self.date_phrase,
            "When": lambda: _upper_first(self.date_phrase()),
            "since": self.since,
            "leader": lambda: self.person(0),
            "surname": lambda: self.people[0][0].split()[-1],
            "person": self.person,
            "speaker": self.person,
            "fullname": lambda: self.person(full=True).rstrip(","),
            "org": self.org,
            "thinktank": self._thinktank,
            "place": self.place,
            "by": lambda: self.place("belarus"),
            "ua": lambda: self.place("ukraine"),
            "ru": lambda: self.place("russia"),
            "nb": lambda: self.place("neighbours"),
            "kyiv": lambda: self.capitals["ukraine"],
            "figure": lambda: self.figure()[0],
            "forces": lambda: self.figure(military=True)[0],
            "Forces": lambda: _upper_first(self.figure(military=True)[0]),
            "measure": self.measure,
            "few": lambda: self.number(2, 40),
            "many": lambda: self.number(20, 300),
            "border": lambda: self.number(1000, 1100),
            "billions": lambda: f"{r.randint(1, 9)}.{r.randint(1, 9)}",
            "eq": lambda: r.choice(self.equipment),
            "eqk": self.equipment_phrase,
            "kind": lambda: EQUIPMENT_KINDS[r.choice(self.equipment)],
            "citation": self.citation,
            "year": lambda: str(self.published.year - 1),
            "leadername": lambda: self.people[0][0],
            "kind0": lambda: EQUIPMENT_KINDS[self.equipment[0]],
            "short": lambda: self.quote(r.choice(WORDS["quotes_short"])),
        }[name]
        return draw()

    def fill(self, template: str) -> str:
        """A template with each placeholder drawn in reading order (so the output is reproducible)."""
        text = template.format_map(_Slots(self))
        # an appositive ("X, an analyst,") that ends up before a full stop or colon loses its comma
        return text.replace(",.", ".").replace(",:", ":")

    def sentence(self, kind: str) -> str:
        """A sentence of the kind, not one this source already has (articles do not repeat themselves)."""
        for _ in range(8):
            text = self.quoted() if kind == "quote" else self.fill(self.rng.choice(SENTENCES[kind]))
            if text not in self.used:
                break
        self.used.add(text)
        return text

    def quoted(self) -> str:
        """A quote with its speaker before, after, or around it."""
        r = self.rng
        text = self.fill(r.choice(WORDS["quotes"]))
        shape = r.choice(WORDS["quote_shapes"])
        return self.fill(shape).replace("<Q,>", self.quote(text + ",")).replace("<Q>", self.quote(text + "."))

    def subhead(self) -> str:
        return self.fill(self.rng.choice(WORDS["subheads"]))

    def paragraph(self) -> str:
        r = self.rng
        kinds = ["background"] * 7 + ["quote"] * 4 + ["figure"] * 3 + ["event"] * 3 + ["assessment"] * 2
        text = " ".join(self.sentence(r.choice(kinds)) for _ in range(r.choice([1, 2, 2, 3, 3, 4])))
        if r.random() < 0.04:
            word = r.choice(WORDS["underlined"])
            text = text.replace(f" {word} ", f" <u>{word}</u> ", 1)
        if r.random() < 0.02:
            text = text.replace(" and ", " &amp; ", 1)
        return text

    # ------------------------------------------------------------ the file

    def headline(self) -> str:
        return _upper_first(self.fill(self.rng.choice(WORDS["headlines"])))

    def date_line(self) -> str | None:
        r, d = self.rng, self.published
        month, abbr, wd = MONTH_NAMES[d.month - 1], MONTH_ABBR[d.month - 1], WEEKDAYS[d.weekday()]
        forms = [
            f"{month} {d.day}, {d.year}",
            f"{wd}, {d.day} {month} {d.year}",
            f"{d.day} {month} {d.year}",
            f"{abbr} {d.day}, {d.year}",
            d.isoformat(),
            f"{d.day:02d}.{d.month:02d}.{d.year}",
            f"Published: {month} {d.day}, {d.year} {r.randint(0, 23):02d}:{r.randint(0, 59):02d} GMT",
            f"Updated {wd} {d.day} {month} {d.year}",
        ]
        return None if r.random() < 0.25 else r.choice(forms)

    def caption(self) -> str:
        scene = self.rng.choice([self.fill(scene) for scene in WORDS["caption_scenes"]])
        credit = self.rng.choice([self.fill(credit) for credit in WORDS["caption_credits"]])
        return f"{scene} {credit}"

    def text(self) -> str:
        r = self.rng
        domain, outlet = r.choice(OUTLETS)
        target = r.randint(600, 1000)
        paragraphs: list[str] = []
        words = 0
        while words < target:
            if paragraphs and r.random() < 0.08:
                paragraphs.append(self.subhead())
            paragraph = self.paragraph()
            paragraphs.append(paragraph)
            words += len(paragraph.split())
        if r.random() < 0.1:
            paragraphs.append(f"{r.choice(WORDS['contributors'])} contributed reporting.")

        blocks: list[str] = []  # paragraphs and furniture, in reading order
        caption = self.caption()
        where = r.randint(0, min(3, len(paragraphs)))
        ads = r.choice(WORDS["ads"]) if r.random() < 0.7 else []
        for i, paragraph in enumerate(paragraphs):
            if i == where:
                blocks.extend([caption] * r.choice([1, 1, 2]))
            if ads and r.random() < 0.25:
                blocks.extend(ads * r.randint(1, 3))
            if r.random() < 0.05 and len(paragraph) > 120:
                cut = paragraph.index(" ", len(paragraph) // 2)
                rest = paragraph[cut + 1 :]
                if rest[:1].islower():  # scraped text broke the sentence over a blank line
                    blocks.extend([paragraph[:cut], rest])
                    continue
            blocks.append(paragraph)
        if ads and r.random() < 0.5:
            blocks.extend(ads * r.randint(3, 6))  # an ad block the scraper caught many times

        header: list[str] = []
        if r.random() < 0.95:
            header.append(self.headline())
        byline = r.random()
        author = f"{r.choice(FIRST_NAMES)} {r.choice(SURNAMES)}"
        if byline < 0.5:
            header.append(f"By {author}")
        elif byline < 0.6:
            header.append(f"By {author} and {r.choice(FIRST_NAMES)} {r.choice(SURNAMES)}")
        dated = self.date_line()
        if dated:
            header.append(dated)

        trailer: list[str] = []
        ending = r.random()
        if ending < 0.08:
            trailer.append(f"{author} (Theo {outlet})")
        elif ending < 0.16:
            trailer.append(f"By the {r.choice(WORDS['credited_organisations'])}")
        elif ending < 0.24:
            trailer.append(f"Reporting by {author}; Editing by {r.choice(FIRST_NAMES)} {r.choice(SURNAMES)}")
        trailer.extend(r.sample(WORDS["trailers"], r.randint(0, 2)))
        if r.random() < 0.85:
            slug = "-".join(re.findall(r"[a-z0-9]+", (header[0] if header else "news").lower()))[:70]
            d = self.published
            url = f"https://www.{domain}/{d.year}/{d.month:02d}/{d.day:02d}/{slug}-a{r.randint(10000, 99999)}"
            trailer.extend(["Original url:", url])

        if r.random() < 0.15:  # some scrapers keep one newline per paragraph, no blank lines (nor photos)
            return "\n".join(line for line in header + blocks + trailer if line != caption)
        lines = header + blocks + trailer
        top = "\n\n" if r.random() < 0.2 else ""
        return top + "\n\n".join(lines) + ("\n" if r.random() < 0.5 else "")


class _Slots(dict):
    """The placeholders of a template, drawn lazily by `Document.slot`."""

    def __init__(self, document: Document) -> None:
        super().__init__()
        self.document = document

    def __missing__(self, key: str) -> str:
        return self.document.slot(key)


# --------------------------------------------------------------------- the corpus


def source_text(index: int, seed: int = 0) -> tuple[str, str]:
    """The file name and text of source `index` of the corpus drawn with `seed`."""
    rng = Random(f"bench-corpus:{seed}:{index}")  # a str seed hashes the same in every run
    tag = f"{rng.getrandbits(64):016x}"
    return f"{index:05d}_{tag}.txt", Document(rng).text()


def generate(n: int, out: Path | str, seed: int = 0) -> list[Path]:
    """Write `n` sources into `out` (created if missing); return their paths in order."""
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(n):
        name, text = source_text(index, seed)
        path = folder / name
        path.write_text(text, encoding="utf-8", newline="\n")
        paths.append(path)
    return paths


def cast_aliases() -> dict[str, list[list[str]]]:
    """The decisions on the cast's names that the build leaves to a maintainer (aliases.yaml)."""
    merge = [list(spellings) for spellings in ORGANISATIONS if len(spellings) > 1]
    keep_apart = [
        [f"{a} {words}", f"{b} {words}"]
        for words in WORDS["thinktank_words"]
        for a, b in itertools.combinations(WORDS["thinktank_places"], 2)
    ]
    return {"merge": merge, "keep_apart": keep_apart}


def add_cast_aliases(path: Path) -> None:
    """Add the cast's decisions to the aliases.yaml at `path` (made when there is none)."""
    import yaml  # the generator's dependency; only this step needs it

    known = (yaml.safe_load(path.read_text(encoding="utf-8")) if path.is_file() else None) or {}
    cast = cast_aliases()
    decided = {key: [*(known.get(key) or []), *[e for e in cast[key] if e not in (known.get(key) or [])]]
               for key in ("merge", "keep_apart")}  # fmt: skip
    lines = ["# the project's decisions, and the synthetic cast's (bench/corpus.py --aliases)"]
    for key in ("merge", "keep_apart"):
        lines.append(f"{key}:")
        lines.extend(
            f"  - {yaml.safe_dump(entry, default_flow_style=True, width=1000).strip()}"
            for entry in decided[key]
        )
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, help="how many sources")
    parser.add_argument("out", type=Path, help="folder to write them into")
    parser.add_argument("--seed", type=int, default=0, help="corpus seed (default: %(default)s)")
    parser.add_argument("--aliases", type=Path, help="add the cast's decisions to this aliases.yaml")
    args = parser.parse_args(argv)
    if args.n < 0:
        parser.error("N must not be negative")
    paths = generate(args.n, args.out, args.seed)
    words = sum(len(p.read_text(encoding="utf-8").split()) for p in paths)
    print(f"corpus: {len(paths)} sources, {words:,} words -> {args.out}")
    if args.aliases is not None:
        add_cast_aliases(args.aliases)
        print(f"the cast's merges and names kept apart -> {args.aliases}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
