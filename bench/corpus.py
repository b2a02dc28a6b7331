"""Synthetic news sources for benchmarks, as messy as the real ones in seeds/ (bench/README.md).

    python bench/corpus.py N OUT_DIR [--seed S] [--aliases PROJECT/aliases.yaml]

Templates, word lists and places are bench/data/*.yaml. File i is drawn from a generator seeded
with (seed, i): the same N and seed give byte-identical files, and a smaller corpus is the start of
a larger one. `--aliases` adds what a maintainer of this corpus decides to a project's aliases.yaml.
"""

from __future__ import annotations

import itertools
import re
import sys
from datetime import date, timedelta
from pathlib import Path
from random import Random

import yaml

DATA = Path(__file__).resolve().parent / "data"
WORDS = yaml.safe_load((DATA / "corpus.yaml").read_text(encoding="utf-8"))
PLACES = yaml.safe_load((DATA / "places.yaml").read_text(encoding="utf-8"))
FIRST_DAY, LAST_DAY = date(2021, 3, 1), date(2024, 12, 31)  # publication dates fall between these
MONTHS = WORDS["months"]
CAST = [tuple(map(tuple, person)) for person in WORDS["cast"]]  # (spellings, titles, descriptions)
EQUIPMENT_KINDS = WORDS["equipment"]  # name: what it is, in the plural
COUNTED = [(what, tuple(span)) for what, span in WORDS["counted"].items()]  # what a figure counts, its range
MILITARY = -2  # COUNTED[:MILITARY] are military
UNITS = [(unit, tuple(span)) for unit, span in WORDS["units"].items()]
KINDS = [kind for kind, weight in WORDS["paragraph_kinds"].items() for _ in range(weight)]


def _upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def _below(draw: float, bounded: list[list]) -> str | None:
    """The template of the first [bound, template] whose bound is above the draw."""
    return next((template for bound, template in bounded if draw < bound), None)


def number_words(n: int) -> str:
    """12 -> 'twelve', 9000 -> 'nine thousand', 250 -> 'two hundred and fifty'."""
    ones, tens = WORDS["ones"], WORDS["tens"]
    if n < 20:
        return ones[n]
    if n < 100:
        return tens[n // 10] + ("" if n % 10 == 0 else "-" + ones[n % 10])
    unit, word, joiner = (100, " hundred", " and ") if n < 1000 else (1000, " thousand", " ")
    return number_words(n // unit) + word + ("" if not n % unit else joiner + number_words(n % unit))


class Document:
    """One synthetic source: its cast, its dates, and the sentences drawn for it. Every draw is
    made in reading order from one generator, so the text is reproducible."""

    def __init__(self, rng: Random) -> None:
        self.rng = r = rng
        self.published = FIRST_DAY + timedelta(days=r.randrange((LAST_DAY - FIRST_DAY).days))
        cast = r.sample(CAST, r.randint(3, 5))
        if CAST[0] not in cast and r.random() < 0.7:
            cast[0] = CAST[0]  # most sources are about Lukashenko
        self.people = [(r.choice(names), r.choice(titles), r.choice(said)) for names, titles, said in cast]
        for _ in range(r.randint(1, 3)):
            name = self.full_name()
            if r.random() < 0.6:
                description = f"of the {self._thinktank()}"
                self.people.append((name, r.choice(WORDS["analyst_titles"]), description))
            else:
                title = r.choice(WORDS["official_titles"])
                self.people.append((name, title, r.choice(WORDS["official_descriptions"])))
        self.mentioned: set[str] = set()
        self.used: set[str] = set()  # sentences already written
        self.orgs = [r.choice(names) for names in r.sample(WORDS["organisations"], r.randint(3, 6))]
        self.places = {
            name: [*r.sample(PLACES["regions"][region], k), *always]
            for name, (region, k, always) in WORDS["document_places"].items()
        }
        self.kyiv = r.choice(WORDS["kyiv"])
        self.equipment = r.sample(list(EQUIPMENT_KINDS), r.randint(2, 4))
        self.cited = r.sample(WORDS["cited"], 3)
        self.quote_style = r.choice(WORDS["quote_marks"])
        self.author = self.outlet = ""  # the source's writer and outlet, once its text is drawn

    # ------------------------------------------------------------ pieces

    def full_name(self) -> str:
        return f"{self.rng.choice(WORDS['first_names'])} {self.rng.choice(WORDS['surnames'])}"

    def _thinktank(self) -> str:
        return f"{self.rng.choice(WORDS['thinktank_places'])} {self.rng.choice(WORDS['thinktank_words'])}"

    def place(self, region: str | None = None) -> str:
        r = self.rng
        name = r.choice(self.places[region or r.choice(WORDS["place_regions"])])
        variants = PLACES["variants"].get(name)
        return r.choice(variants) if variants and r.random() < 0.3 else name

    def person(self, index: int | None = None, full: bool = False) -> str:
        """A person's name: with title on first mention, the surname alone later."""
        r = self.rng
        name, title, description = self.people[r.randrange(len(self.people)) if index is None else index]
        surname = name.split()[-1]
        if name in self.mentioned and not full:
            honorific = WORDS["honorifics"]["woman" if name.split()[0] in WORDS["women"] else "man"]
            return r.choice([surname, surname, f"{honorific} {surname}"])
        self.mentioned.add(name)
        return f"{name}, {description}," if title[0].islower() or r.random() < 0.4 else f"{title} {name}"

    def quote(self, text: str) -> str:
        left, right = self.quote_style
        return f"{left}{text}{right}"

    def number(self, low: int, high: int) -> str:
        value = self.rng.randint(low, high)
        if value >= 100:
            value = round(value, -1 if value < 1000 else -2 if value < 10000 else -3)
        if self.rng.random() < 0.2 and value <= 20000 and (value < 100 or value % 100 == 0):
            return number_words(value)
        return f"{value:,}"

    def figure(self, military: bool = False) -> str:
        """A figure phrase: 'about 4,000-6,000 troops'."""
        r = self.rng
        counted, (low, high) = r.choice(COUNTED[:MILITARY] if military else COUNTED)
        shape = r.random()
        if shape < 0.18:
            a = r.randint(low, high)
            b = a + r.randint(max(1, a // 10), max(2, a // 2))
            a, b = round(a, -2) if a >= 1000 else a, round(b, -2) if b >= 1000 else b
            return f"{r.choice(WORDS['range_forms']).format(a=a, b=b)} {counted}"
        value = self.number(low, high)
        return f"{r.choice(WORDS['qualifiers'])} {value} {counted}" if shape < 0.65 else f"{value} {counted}"

    def measure(self) -> str:
        r = self.rng
        unit, (low, high) = r.choice(UNITS)
        value = r.randint(low, high)
        if unit == "percent":
            return f"{value} percent" if r.random() < 0.6 else f"{value}%"
        return f"{value:,} {unit}" if r.random() < 0.5 else f"{value:,}-{WORDS['unit_adjectives'][unit]}"

    def date_phrase(self) -> str:
        """When something happened, absolute or relative to the publication date."""
        r = self.rng
        back, choice = self.published - timedelta(days=r.randint(1, 150)), r.random()
        if template := _below(choice, WORDS["date_phrases"]):
            return template.format(month=MONTHS[back.month - 1], day=back.day, year=back.year)
        if choice < 0.66:
            return f"on {WORDS['weekdays'][(self.published - timedelta(days=r.randint(1, 6))).weekday()]}"
        if choice < 0.90:
            return r.choice(WORDS["relative_dates"])
        return f"in {r.randint(1994, self.published.year - 1)}"

    def since(self) -> str:
        back = self.published - timedelta(days=self.rng.randint(20, 400))
        month = MONTHS[back.month - 1]
        return self.rng.choice(WORDS["since"]).format(month=month, year=back.year, day=back.day)

    def citation(self) -> str:
        back = self.published - timedelta(days=self.rng.randint(1, 60))
        return f"({self.rng.choice(self.cited)}, {MONTHS[back.month - 1]} {back.day})"

    # ------------------------------------------------------------ sentences

    def __getitem__(self, name: str) -> str:
        """One placeholder of a template, drawn when the template uses it ("When": "when", capitalised)."""
        r = self.rng
        if name in WORDS["choices"]:
            return r.choice(WORDS["choices"][name])
        if name in WORDS["region_placeholders"]:
            return self.place(WORDS["region_placeholders"][name])
        if name in WORDS["number_placeholders"]:
            return self.number(*WORDS["number_placeholders"][name])
        if name[0].isupper():
            return _upper_first(self[name.lower()])
        draw = {
            "when": self.date_phrase,
            "since": self.since,
            "leader": lambda: self.person(0),
            "surname": lambda: self.people[0][0].split()[-1],
            "speaker": self.person,
            "fullname": lambda: self.person(full=True).rstrip(","),
            "org": lambda: r.choice(self.orgs),
            "thinktank": self._thinktank,
            "place": self.place,
            "kyiv": lambda: self.kyiv,
            "figure": self.figure,
            "forces": lambda: self.figure(military=True),
            "measure": self.measure,
            "billions": lambda: f"{r.randint(1, 9)}.{r.randint(1, 9)}",
            "eq": lambda: r.choice(self.equipment),
            "eqk": lambda: (name := r.choice(self.equipment)) + " " + EQUIPMENT_KINDS[name],
            "kind": lambda: EQUIPMENT_KINDS[r.choice(self.equipment)],
            "citation": self.citation,
            "year": lambda: str(self.published.year - 1),
            "leadername": lambda: self.people[0][0],
            "kind0": lambda: EQUIPMENT_KINDS[self.equipment[0]],
            "short": lambda: self.quote(r.choice(WORDS["quotes_short"])),
            "author": lambda: self.author,
            "outlet": lambda: self.outlet,
            "editor": self.full_name,
        }[name]
        return draw()

    def fill(self, template: str) -> str:
        """A template with each placeholder drawn in reading order (so the output is reproducible)."""
        text = template.format_map(self)  # each placeholder through __getitem__
        # an appositive ("X, an analyst,") that ends up before a full stop or colon loses its comma
        return text.replace(",.", ".").replace(",:", ":")

    def sentence(self, kind: str) -> str:
        """A sentence of the kind, not one this source already has (articles do not repeat themselves)."""
        for _ in range(8):
            text = self.quoted() if kind == "quote" else self.fill(self.rng.choice(WORDS["sentences"][kind]))
            if text not in self.used:
                break
        self.used.add(text)
        return text

    def quoted(self) -> str:
        """A quote with its speaker before, after, or around it."""
        text = self.fill(self.rng.choice(WORDS["quotes"]))
        shape = self.fill(self.rng.choice(WORDS["quote_shapes"]))
        return shape.replace("<Q,>", self.quote(text + ",")).replace("<Q>", self.quote(text + "."))

    def paragraph(self) -> str:
        r = self.rng
        text = " ".join(self.sentence(r.choice(KINDS)) for _ in range(r.choice(WORDS["paragraph_sentences"])))
        if r.random() < 0.04:
            word = r.choice(WORDS["underlined"])
            text = text.replace(f" {word} ", f" <u>{word}</u> ", 1)
        return text.replace(" and ", " &amp; ", 1) if r.random() < 0.02 else text

    # ------------------------------------------------------------ the file

    def date_line(self) -> str | None:
        r, d = self.rng, self.published
        hour, minute = r.randint(0, 23), r.randint(0, 59)
        values = {"month": MONTHS[d.month - 1], "abbr": WORDS["month_abbr"][d.month - 1], "day": d.day,
                  "weekday": WORDS["weekdays"][d.weekday()], "year": d.year, "iso": d.isoformat(),
                  "month_no": d.month, "hour": hour, "minute": minute}  # fmt: skip
        return None if r.random() < 0.25 else r.choice(WORDS["date_lines"]).format(**values)

    def body(self) -> list[str]:
        """The article's paragraphs and subheads, with a credit line at times."""
        r, paragraphs, words = self.rng, [], 0
        target = r.randint(600, 1000)
        while words < target:
            if paragraphs and r.random() < 0.08:
                paragraphs.append(self.fill(r.choice(WORDS["subheads"])))
            paragraphs.append(self.paragraph())
            words += len(paragraphs[-1].split())
        if r.random() < 0.1:
            paragraphs.append(WORDS["contributed"].format(r.choice(WORDS["contributors"])))
        return paragraphs

    def furnished(self, paragraphs: list[str], caption: str) -> list[str]:
        """The paragraphs with a photo caption, ads repeated, and a sentence broken over a blank line."""
        r, blocks = self.rng, []
        where = r.randint(0, min(3, len(paragraphs)))
        ads = r.choice(WORDS["ads"]) if r.random() < 0.7 else []
        for i, paragraph in enumerate(paragraphs):
            if i == where:
                blocks.extend([caption] * r.choice([1, 1, 2]))
            if ads and r.random() < 0.25:
                blocks.extend(ads * r.randint(1, 3))
            if r.random() < 0.05 and len(paragraph) > 120:
                cut = paragraph.index(" ", len(paragraph) // 2)
                if paragraph[cut + 1 : cut + 2].islower():  # scraped text broke the sentence
                    blocks.extend([paragraph[:cut], paragraph[cut + 1 :]])
                    continue
            blocks.append(paragraph)
        if ads and r.random() < 0.5:
            blocks.extend(ads * r.randint(3, 6))  # an ad block the scraper caught many times
        return blocks

    def text(self) -> str:
        r = self.rng
        domain, self.outlet = r.choice(list(WORDS["outlets"].items()))
        paragraphs = self.body()
        scene = r.choice([self.fill(scene) for scene in WORDS["caption_scenes"]])
        caption = f"{scene} {r.choice([self.fill(credit) for credit in WORDS['caption_credits']])}"
        blocks = self.furnished(paragraphs, caption)
        header = [_upper_first(self.fill(r.choice(WORDS["headlines"])))] if r.random() < 0.95 else []
        byline, self.author = r.random(), self.full_name()
        header += [self.fill(line) for line in [_below(byline, WORDS["bylines"])] if line]
        header += filter(None, [self.date_line()])
        trailer = [self.fill(line) for line in [_below(r.random(), WORDS["credit_lines"])] if line]
        trailer.extend(r.sample(WORDS["trailers"], r.randint(0, 2)))
        if r.random() < 0.85:
            slug = "-".join(re.findall(r"[a-z0-9]+", (header[0] if header else "news").lower()))[:70]
            url = WORDS["url"].format(domain=domain, d=self.published, slug=slug, n=r.randint(10000, 99999))
            trailer.extend([WORDS["url_label"], url])
        if r.random() < 0.15:  # some scrapers keep one newline per paragraph, no blank lines (nor photos)
            return "\n".join(line for line in header + blocks + trailer if line != caption)
        top = "\n\n" if r.random() < 0.2 else ""
        return top + "\n\n".join(header + blocks + trailer) + ("\n" if r.random() < 0.5 else "")


def source_text(index: int, seed: int = 0) -> tuple[str, str]:
    """The file name and text of source `index` of the corpus drawn with `seed`."""
    rng = Random(f"bench-corpus:{seed}:{index}")  # a str seed hashes the same in every run
    return f"{index:05d}_{rng.getrandbits(64):016x}.txt", Document(rng).text()


def generate(n: int, out: Path | str, seed: int = 0) -> list[Path]:
    """Write `n` sources into `out` (created if missing); return their paths in order."""
    Path(out).mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(n):
        name, text = source_text(index, seed)
        paths.append(Path(out) / name)
        paths[-1].write_text(text, encoding="utf-8", newline="\n")
    return paths


def add_cast_aliases(path: Path) -> None:
    """Add the cast's decisions to the aliases.yaml at `path` (made when there is none): its
    spellings of one organisation merged, the think tanks of two places kept apart (without them
    the build names each pair as alike and `--strict` stops)."""
    known = (yaml.safe_load(path.read_text(encoding="utf-8")) if path.is_file() else None) or {}
    places, words = WORDS["thinktank_places"], WORDS["thinktank_words"]
    cast = {
        "merge": [list(spellings) for spellings in WORDS["organisations"] if len(spellings) > 1],
        "keep_apart": [[f"{a} {w}", f"{b} {w}"] for w in words for a, b in itertools.combinations(places, 2)],
    }
    lines = ["# the project's decisions, and the synthetic cast's (bench/corpus.py --aliases)"]
    for key, entries in cast.items():
        mine = known.get(key) or []
        lines.append(f"{key}:")
        lines += [f"  - {yaml.safe_dump(e, default_flow_style=True, width=1000).strip()}"
                  for e in [*mine, *(e for e in entries if e not in mine)]]  # fmt: skip
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str]) -> int:
    import harness  # bench/harness.py, beside this script (the tests load this module without it)

    args = harness.arguments("corpus.py", __doc__, argv)
    paths = generate(max(args.n, 0), args.out, args.seed)
    words = sum(len(p.read_text(encoding="utf-8").split()) for p in paths)
    print(f"corpus: {len(paths)} sources, {words:,} words -> {args.out}")
    if args.aliases is not None:
        add_cast_aliases(args.aliases)
        print(f"the cast's merges and names kept apart -> {args.aliases}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
