"""Synthetic news sources for benchmarks, as messy as the real ones in seeds/.

    python bench/corpus.py N OUT_DIR [--seed S]

writes N plain-text sources of about 600-1000 words each. Every file is built
by recombining sentence templates: a headline line (sometimes none), an
optional byline, a date line in one of several common formats (or none),
paragraphs with quotes (speaker before, after or split around the quote),
figures (digits, words, ranges, qualifiers, units), absolute and relative
dates, estimative language and inline citations, broken by repeated ad lines,
share furniture, inline HTML, a photo caption with a credit (sometimes
printed twice), sentences broken across lines, and trailers (credits,
"Original url:"). People, organisations and places recur across files under
different spellings (Lukashenko / Lukashenka, Kiev / Kyiv, NATO / North
Atlantic Treaty Organization), so extraction and the cross-source merge do
real work; places come from generator/data/en/gazetteer.yaml.

The output depends only on N, the seed and the gazetteer: file i is drawn from
a generator seeded with (seed, i), so the same N and seed give byte-identical
files, and the first 100 files of a 1,000-file corpus are the 100-file corpus.

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
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from pathlib import Path
from random import Random

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


# --------------------------------------------------------------------- the cast


@dataclass(frozen=True)
class Person:
    spellings: tuple[str, ...]  # transliteration variants of the full name
    titles: tuple[str, ...]  # what may stand before the name ("Belarusian President")
    described: tuple[str, ...]  # what may follow it ("a close ally of ...")


CAST = [
    Person(
        ("Alexander Lukashenko", "Alyaksandr Lukashenka", "Aleksandr Lukashenko", "Alexander Lukashenka"),
        ("Belarusian President", "President", "Belarus President", "Self-proclaimed President"),
        ("the Belarusian leader", "a close ally of the Kremlin", "who has ruled Belarus since 1994"),
    ),
    Person(("Vladimir Putin",), ("Russian President", "President"), ("the Russian leader",)),
    Person(
        ("Volodymyr Zelensky", "Volodymyr Zelenskyy", "Volodymyr Zelenskiy"),
        ("Ukrainian President", "President"),
        ("the Ukrainian leader",),
    ),
    Person(
        ("Viktor Khrenin", "Victor Khrenin"),
        ("Defense Minister", "Belarusian Defence Minister", "Defence Minister"),
        ("the Belarusian defence minister",),
    ),
    Person(
        ("Valery Revenko", "Valery Revenka", "Valeriy Revenko"),
        ("Major General",),
        ("head of the Belarus Department of International Military Cooperation",),
    ),
    Person(
        ("Vladimir Makei", "Uladzimir Makei"),
        ("Foreign Minister", "Belarusian Foreign Minister"),
        ("the Belarusian foreign minister",),
    ),
    Person(
        ("Alexander Volfovich", "Alyaksandr Volfovich"),
        ("Secretary",),
        ("secretary of the Security Council of Belarus",),
    ),
    Person(
        ("Sergei Shoigu", "Sergey Shoygu"),
        ("Russian Defence Minister", "Defense Minister"),
        ("the Russian defence minister",),
    ),
    Person(
        ("Dmitry Peskov", "Dmitri Peskov"), ("Kremlin Spokesman", "Spokesman"), ("the Kremlin's spokesman",)
    ),
    Person(("Valery Gerasimov", "Valeriy Gerasimov"), ("General",), ("chief of the Russian General Staff",)),
    Person(
        ("Oleksii Reznikov", "Oleksiy Reznikov"),
        ("Defence Minister", "Ukrainian Defense Minister"),
        ("Ukraine's defence minister",),
    ),
    Person(
        ("Valerii Zaluzhnyi", "Valery Zaluzhny"),
        ("General", "Commander-in-Chief"),
        ("commander-in-chief of Ukraine's armed forces",),
    ),
    Person(
        ("Oleksii Hromov", "Oleksiy Hromov"),
        ("General", "Brigadier General"),
        ("deputy director of the Operations Department of the General Staff",),
    ),
    Person(
        ("Andriy Demchenko", "Andrii Demchenko"),
        ("Spokesman",),
        ("spokesman for the State Border Guard Service of Ukraine",),
    ),
    Person(
        ("Sviatlana Tsikhanouskaya", "Svetlana Tsikhanovskaya"),
        ("opposition leader",),
        ("the exiled Belarusian opposition leader",),
    ),
    Person(("Jens Stoltenberg",), ("Secretary General",), ("NATO's secretary general",)),
    Person(
        ("Konrad Muzyka",),
        ("Analyst", "defense analyst"),
        ("director of Rochan Consulting", "a Poland-based defense analyst"),
    ),
    Person(
        ("Tatsiana Kulakevich", "Tatyana Kulakevich"),
        ("Researcher",),
        ("a researcher at the University of South Florida",),
    ),
    Person(
        ("Mariya Avdeeva", "Maria Avdeeva"),
        ("Expert",),
        ("an iSANS expert", "research director at the European Expert Association"),
    ),
]

# invented analysts, officials and reporters: the long tail of names a corpus grows
FIRST_NAMES = [
    "Anna", "Olga", "Pavel", "Andrei", "Katarzyna", "Tomas", "Ieva", "Mikhail", "Yuliya", "Dmitri",
    "Hanna", "Artyom", "Natalia", "Oleksandr", "Iryna", "Piotr", "Agnieszka", "Jonas", "Mark", "Sarah",
    "David", "Emily", "Michael", "Laura", "James", "Rachel", "Thomas", "Elena", "Sergiy", "Marta",
]  # fmt: skip
SURNAMES = [
    "Kowalska", "Shevchenko", "Bondarenko", "Kuznetsov", "Novak", "Petrauskas", "Ozolins", "Melnyk",
    "Tkachenko", "Sokolov", "Lebedev", "Karpovich", "Navumchyk", "Wisniewski", "Zielinski", "Baranauskas",
    "Horvath", "Fischer", "Harrington", "Whitaker", "Caldwell", "Brennan", "Lindqvist", "Moroz", "Kravets",
    "Savchuk", "Hrytsenko", "Dubrovsky", "Yermolenko", "Vasilevich", "Klimovich", "Antonova", "Orlova",
    "Kazlou", "Kazlov", "Marchenko", "Rudenko", "Tarasova", "Halloran", "Pietrzak",
]  # fmt: skip
WOMEN = {"Anna", "Olga", "Katarzyna", "Ieva", "Yuliya", "Hanna", "Natalia", "Iryna", "Agnieszka", "Sarah",
         "Emily", "Laura", "Rachel", "Elena", "Marta", "Sviatlana", "Svetlana", "Tatsiana", "Tatyana",
         "Mariya", "Maria"}  # fmt: skip
ANALYST_TITLES = ["Analyst", "Researcher", "Expert", "Professor", "defense analyst", "senior fellow"]
OFFICIAL_TITLES = ["Colonel", "Major General", "Lieutenant General", "Spokesman", "Deputy", "Ambassador"]


ORGANISATIONS = [  # the spellings of each
    ("Belarusian Ministry of Defense", "Ministry of Defence of Belarus", "Belarus Defense Ministry"),
    ("Russian Ministry of Defence", "Russian Defense Ministry"),
    ("Ukrainian Defense Ministry", "Ministry of Defence of Ukraine"),
    ("Belarusian Ministry of Foreign Affairs", "Belarus Foreign Ministry"),
    ("North Atlantic Treaty Organization", "NATO"),
    ("Collective Security Treaty Organization", "CSTO"),
    ("European Union", "EU"),
    ("Union State",),
    ("Regional Grouping of Forces", "Regional Grouping of Troops"),
    ("General Staff of the Armed Forces of Ukraine", "Ukrainian General Staff"),
    ("State Border Guard Service of Ukraine", "State Border Guard Service"),
    ("Security Council of Belarus", "Belarusian Security Council"),
    ("Institute for the Study of War", "ISW"),
    ("Rochan Consulting",),
    ("International Centre for Defence and Security", "ICDS"),
    ("Jamestown Foundation",),
    ("Wagner Group", "Wagner private military company"),
    ("Kastus Kalinouski Regiment", "Kalinouski Regiment"),
    ("Organization for Security and Co-operation in Europe", "OSCE"),
    ("United Nations", "UN"),
]
THINKTANK_PLACES = ["Baltic", "Warsaw", "Vilnius", "Eastern European", "Black Sea", "Nordic", "Atlantic"]
THINKTANK_WORDS = ["Institute for Security Studies", "Centre for Strategic Analysis", "Defence Forum",
                   "Policy Center", "Foundation for Democracy", "Security Monitor"]  # fmt: skip

OUTLETS = [  # (domain, name the text uses)
    ("themoscowtimes.com", "The Moscow Times"),
    ("oilprice.com", "Oilprice.com"),
    ("edition.cnn.com", "CNN"),
    ("reuters.com", "Reuters"),
    ("apnews.com", "Associated Press"),
    ("aljazeera.com", "Al Jazeera"),
    ("theguardian.com", "The Guardian"),
    ("rferl.org", "Radio Free Europe/Radio Liberty"),
    ("kyivindependent.com", "The Kyiv Independent"),
    ("eurointegration.com.ua", "European Pravda"),
    ("jamestown.org", "Jamestown Foundation"),
    ("vnexpress.net", "VnExpress"),
    ("dw.com", "Deutsche Welle"),
    ("meduza.io", "Meduza"),
    ("newsweek.com", "Newsweek"),
]
CITED = ["Belta", "Kommersant", "TASS", "RIA Novosti", "Interfax", "Ukrinform", "Nasha Niva", "Zerkalo",
         "Reuters", "EDM"]  # fmt: skip
AGENCIES = ["AP", "AFP", "TASS", "Reuters", "EPA", "Getty Images", "BelTA", "Sputnik"]
PHOTOGRAPHERS = ["Sergei Grits", "Vasily Fedosenko", "Leonid Shcheglov", "Efrem Lukatsky",
                 "Evgeniy Maloletka", "Andrei Stasevich", "Viktor Tolochko",
                 "Mikhail Klimentyev"]  # fmt: skip
EQUIPMENT = ["Iskander", "Iskander-M", "S-400", "Su-35", "Su-30SM", "MiG-29", "BMP-3", "T-72B3", "T-80BV",
             "MT-LB", "Pantsir", "Tor-M2", "Tochka-U", "Buk", "Polonez", "Mi-24", "Mi-8", "Orlan-10",
             "Shahed-136", "Tu-22M3", "BTR-82A", "Kh-101", "Grad", "Smerch"]  # fmt: skip
EQUIPMENT_KINDS = {
    "Iskander": "missile systems", "Iskander-M": "missile systems", "S-400": "air defence systems",
    "Su-35": "fighter jets", "Su-30SM": "fighter jets", "MiG-29": "fighter jets",
    "BMP-3": "infantry fighting vehicles",
    "T-72B3": "tanks", "T-80BV": "tanks", "MT-LB": "tractors", "Pantsir": "anti-aircraft systems",
    "Tor-M2": "air defence systems", "Tochka-U": "missile launchers", "Buk": "air defence systems",
    "Polonez": "rocket launchers", "Mi-24": "helicopters", "Mi-8": "helicopters", "Orlan-10": "drones",
    "Shahed-136": "drones", "Tu-22M3": "bombers", "BTR-82A": "armoured personnel carriers",
    "Kh-101": "cruise missiles", "Grad": "rocket launchers", "Smerch": "rocket launchers",
}  # fmt: skip

COUNTED = [  # what a figure counts, and the figures that make sense for it
    ("troops", (500, 30000)), ("soldiers", (300, 45000)), ("Russian servicemen", (1000, 20000)),
    ("Belarusian troops", (1000, 20000)), ("tanks", (20, 600)), ("armoured vehicles", (30, 900)),
    ("aircraft", (5, 120)), ("helicopters", (4, 60)), ("drones", (10, 400)), ("artillery pieces", (20, 300)),
    ("trains", (5, 60)), ("conscripts", (800, 15000)), ("reservists", (1000, 30000)),
    ("border guards", (100, 5000)), ("battalions", (2, 20)),
    ("civilians", (50, 12000)), ("refugees", (1000, 90000)),
]  # fmt: skip
MILITARY = -2  # COUNTED[:MILITARY] are military
UNITS = [("kilometers", (30, 1200)), ("km", (10, 400)), ("percent", (2, 95)), ("tons", (100, 50000))]
QUALIFIERS = ["about", "around", "roughly", "nearly", "almost", "more than", "over", "at least", "up to",
              "fewer than", "less than", "an estimated", "some", "close to"]  # fmt: skip
ESTIMATIVE = ["unlikely", "very unlikely", "highly unlikely", "extremely unlikely", "likely", "very likely",
              "highly likely", "improbable", "doubtful", "almost certain", "highly improbable"]  # fmt: skip
MODAL = ["will almost certainly", "will probably", "is likely to", "is unlikely to", "will most likely",
         "probably will not", "may"]  # fmt: skip

ADS = [
    ["Click here to see over 150 global oil prices", "Start trading CFDs on over 2200 more instruments"],
    ["Advertisement"],
    ["Share this article", "Tweet", "Email"],
    ["Subscribe to our newsletter for the latest news from Eastern Europe"],
    ["Follow us on Telegram for breaking news"],
    ["Read more:"],
]
TRAILERS = [
    "Leave a Comment",
    "Your email address will not be published. Required fields are marked *",
    "If you notice an error, select the required text and press Ctrl + Enter to report it to the editors.",
    "Back to home page",
    "Copyright 2024 All rights reserved.",
]


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
        for person in cast:
            name = r.choice(person.spellings)
            self.people.append((name, r.choice(person.titles), r.choice(person.described)))
        for _ in range(r.randint(1, 3)):
            name = f"{r.choice(FIRST_NAMES)} {r.choice(SURNAMES)}"
            if r.random() < 0.6:
                org = self._thinktank()
                title, description = r.choice(ANALYST_TITLES), f"of the {org}"
            else:
                title = r.choice(OFFICIAL_TITLES)
                description = r.choice(["a senior Ukrainian official", "a Belarusian military spokesman",
                                        "a Lithuanian defence official", "a Polish diplomat"])  # fmt: skip
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
        self.cited = r.sample(CITED, 3)
        self.quote_style = r.choice([("\u201c", "\u201d"), ('"', '"')])

    # ------------------------------------------------------------ pieces

    def _thinktank(self) -> str:
        return f"{self.rng.choice(THINKTANK_PLACES)} {self.rng.choice(THINKTANK_WORDS)}"

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
            return f"{r.choice(QUALIFIERS)} {value} {counted}", counted
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
            return r.choice(["last week", "last month", "yesterday", "earlier this month", "this year",
                             "last year", "earlier this year", "in recent days"])  # fmt: skip
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
            "term": lambda: r.choice(ESTIMATIVE),
            "year": lambda: str(self.published.year - 1),
            "country": lambda: r.choice(["Belarus", "Russia", "Ukraine"]),
            "neighbour": lambda: r.choice(["Poland", "Lithuania", "Latvia"]),
            "will": lambda: r.choice(MODAL),
            "agency": lambda: r.choice(["Belta", "BelTA", "TASS"]),
            "verb": lambda: r.choice(
                ["said", "said", "told reporters", "added", "warned", "stressed", "claimed", "noted"]
            ),  # fmt: skip
            "short": lambda: self.quote(r.choice(QUOTES_SHORT)),
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
        text = self.fill(r.choice(QUOTES))
        shape = r.choice(QUOTE_SHAPES)
        return self.fill(shape).replace("<Q,>", self.quote(text + ",")).replace("<Q>", self.quote(text + "."))

    def subhead(self) -> str:
        return self.rng.choice([
            "How many troops will be assembled?",
            "What is Russia and Belarus' Union State alliance?",
            "Could this be the start of a wider war?",
            f"What does {self.capitals['ukraine']} say?",
            "Why now?",
            "What happens next?",
        ])  # fmt: skip

    def paragraph(self) -> str:
        r = self.rng
        kinds = ["background"] * 7 + ["quote"] * 4 + ["figure"] * 3 + ["event"] * 3 + ["assessment"] * 2
        text = " ".join(self.sentence(r.choice(kinds)) for _ in range(r.choice([1, 2, 2, 3, 3, 4])))
        if r.random() < 0.04:
            word = r.choice(["announced", "report", "said", "troops", "border"])
            text = text.replace(f" {word} ", f" <u>{word}</u> ", 1)
        if r.random() < 0.02:
            text = text.replace(" and ", " &amp; ", 1)
        return text

    # ------------------------------------------------------------ the file

    def headline(self) -> str:
        return _upper_first(self.fill(self.rng.choice(HEADLINES)))

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
        r = self.rng
        scene = r.choice([
            f"Belarusian servicemen take part in joint drills near {self.place('belarus')}.",
            f"{self.people[0][0]} inspects the troops during joint Russia-Belarus military exercises.",
            f"Russian {EQUIPMENT_KINDS[self.equipment[0]]} at a training ground in {self.place('belarus')}.",
            "Location of Belarus.",
        ])  # fmt: skip
        credit = r.choice([
            f"**{r.choice(PHOTOGRAPHERS)} / {r.choice(AGENCIES)} / TASS**",
            f"Photo: {r.choice(AGENCIES)}",
            f"(Photo by {r.choice(PHOTOGRAPHERS)}/AFP via Getty Images)",
            f"[File: {r.choice(PHOTOGRAPHERS)}/AP Photo]",
            "Graphics: Washington Post.",
        ])  # fmt: skip
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
            paragraphs.append(f"{r.choice(['AFP', 'Reuters', 'AP'])} contributed reporting.")

        blocks: list[str] = []  # paragraphs and furniture, in reading order
        caption = self.caption()
        where = r.randint(0, min(3, len(paragraphs)))
        ads = r.choice(ADS) if r.random() < 0.7 else []
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
            trailer.append(f"By the {r.choice(['Jamestown Foundation', 'Atlantic Council Staff'])}")
        elif ending < 0.24:
            trailer.append(f"Reporting by {author}; Editing by {r.choice(FIRST_NAMES)} {r.choice(SURNAMES)}")
        trailer.extend(r.sample(TRAILERS, r.randint(0, 2)))
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


# Sentence templates by kind; {placeholders} are drawn by Document.slot.
SENTENCES = {
    "event": [
        "{When}, {leader} announced the formation of a joint military group with Russia, saying troops "
        "would be deployed near {by}.",
        "The first trains carrying Russian soldiers arrived in {by} {when}, the {org} said.",
        "{speaker} met officials in {by} {when} to discuss the joint exercises.",
        "{When}, the {org} reported that {figure} had been moved to the border near {ua}.",
        "Belarus and Russia signed the Union State treaty in 1999 and agreed {when} to deepen military "
        "integration.",
        "Explosions were heard near the airfield at {by} {when}, local residents said.",
        "Ukraine began building fortifications along its northern border {when}, according to the {org}.",
        "{speaker} said {when} that the drills would end by the end of the month.",
        "The joint exercises, which started {when}, involve {figure} and {many} pieces of equipment, "
        "including {eqk}.",
        "{When}, {speaker} approved a draft agreement with Russia on joint combat training centres "
        "{citation}.",
    ],
    "figure": [
        "{country} has {figure}, {figure} and {figure}, according to a {year} report by the {thinktank}.",
        "Altogether, the Russian contingent will be {figure}, according to {fullname}.",
        "Belarus and Ukraine share a {border}-kilometer border, much of it forested.",
        "Satellite images show {forces} at a training ground near {by}.",
        "The {org} estimates that {forces} have crossed into Belarus since {since}.",
        "Officials said {figure} and {figure} were taking part, a figure that could not be independently "
        "verified.",
        "Defence spending will rise by {measure} next year, to {billions} billion dollars.",
        "Some {few} {eqk} were spotted {measure} from the border.",
        "The grouping could grow to {figure} by the end of the year, the {thinktank} estimated.",
    ],
    "assessment": [
        "An attack on a NATO country is {term}, {speaker} said.",
        "It is {term} that Belarus will send its own troops into {ua}, analysts say.",
        "According to {fullname}, a renewed offensive from the north is {term}.",
        "The {thinktank} assessed that Minsk {will} keep its army out of the war.",
        "There is a roughly even chance that the exercises will be extended, the report said.",
        "There is almost no chance that Minsk will join the fighting, {speaker} said.",
        "Minsk {will} send troops across the border, {speaker} said.",
        "Moscow {will} keep using Belarusian airfields for strikes, {speaker} said.",
        "A full-scale mobilisation in Belarus remains {term}, according to the {thinktank}.",
    ],
    "background": [
        "While Belarus has been a staging ground for Russian forces since the start of the invasion, the "
        "announcement sparked concern that Minsk could take a more active role in the fighting.",
        "The move set off alarm bells in {kyiv}, where officials fear a second offensive from the north.",
        "The Belarusian army is small and inexperienced, and many units lack modern {kind}.",
        "Observers noted that Minsk and Moscow have held joint drills almost every year since the Union "
        "State was formed.",
        "Ukrainian forces have strengthened the border in the {ua} and {ua} regions, which are sparsely "
        "populated and thickly forested.",
        "The opposition in exile has warned that the regime could use the drills to tighten its grip at "
        "home {citation}.",
        "In one possible scenario, claims of an imminent attack on Minsk could be part of a false-flag "
        "operation designed to build public support for a military move.",
        "Residents of {by} reported columns of military vehicles moving towards the south {citation}.",
        "The {org} has repeatedly denied that it plans to take part in the war.",
        "Trade between Belarus and Russia has grown since Western sanctions cut Minsk off from European "
        "markets, and the ports of {nb} are closed to Belarusian goods.",
        "Neighbouring {neighbour} has moved troops closer to its border with Belarus.",
        "{speaker} has previously accused the West of preparing an attack on Belarus.",
        "Analysts point out that the terrain between {by} and {kyiv} favours the defender, with marshes "
        "and rivers that slow any advance.",
        "The {eqk} were brought in by rail from {ru}.",
        "Civilians in border villages near {ua} say they have grown used to the sound of aircraft at night.",
        "In {leader}'s words, this course of events leaves Minsk no choice but to strengthen its western "
        "border.",
        "The {org} said the deployment was a response to the deteriorating security situation along the "
        "western border {citation}.",
    ],
}
QUOTES = [
    "Ukraine is not just discussing but planning strikes on the territory of Belarus",
    "If you want peace, you have to prepare for war",
    "We will not allow {place} to become a springboard for aggression",
    "All activities carried out at the moment are aimed at providing a sufficient response to activities "
    "near our borders",
    "We cannot rule out that this may be part of a provocation on the part of the Russian Federation",
    "Russia is trying to directly draw Belarus into this war",
    "The joint grouping is purely defensive and threatens no one",
    "Our troops are ready for any eventuality near {place}",
    "We have already selected targets for retaliation",
    "There will be no mobilisation in Belarus, this is fake news spread by our opponents",
    "The situation near {place} remains tense but under control",
    "We see no signs of an offensive group forming at the moment, but we are watching {place} closely",
    "The Belarusian army cannot fight a war on its own, and {kyiv} knows it",
    "Our partners in the {org} must understand that the threat is real",
    "{Forces} have already arrived, and more are on the way",
    "We expect the exercises to end soon, but nothing is certain",
    "The {eq} systems give Moscow the ability to strike deep into Ukrainian territory",
    "Minsk is playing a double game: it supports Moscow in words but avoids sending troops",
    "Any attack from the north would be met with force",
    "This is a message to the West, not a preparation for an offensive",
    "The regime fears its own soldiers more than it fears Ukraine",
    "We should not expect a large number, but it will be {figure}",
    "It is {term} that they will cross the border this year",
    "They {will} try again, and we must be ready",
]
QUOTES_SHORT = [
    "We are ready for anything.",
    "Nobody wants a war here.",
    "The decision has been taken.",
    "We will respond to any provocation.",
    "This is not our war.",
    "The West should take this seriously.",
]
HEADLINES = [
    "Belarus strengthens military ties with Russia",
    "Explainer: Is the Belarus-Russia Joint Military Group a Threat to {kyiv}?",
    "{surname} warns of strikes from {ua}",
    "Russian troops arrive in {by} for joint drills",
    "Is Russia-Belarus Military Training a Threat to Ukraine?",
    "Belarus blows against Ukraine",
    "{figure} to join regional grouping, {surname} says",
    "Analysts doubt Minsk will join the war",
    "New drills near {by} raise fears in {kyiv}",
    "{surname} approves agreement on joint combat training centres",
    "Ukraine reinforces its northern border as Russian forces gather in Belarus",
    "What the Union State means for {by}",
    "{country} and the war: {term}, say analysts",
]
# Where the speaker stands: <Q,> is the quote ending in a comma, <Q> ending in a full stop.
QUOTE_SHAPES = [
    "<Q,> {speaker} {verb}.",
    "<Q,> {verb} {speaker}.",
    "{speaker} {verb}: <Q>",
    "<Q,> {speaker} said during a meeting with security officials, according to state news agency "
    "{agency}. {short}",
    "{speaker} told a news conference {when}: <Q>",
    "<Q,> {speaker} wrote on Telegram.",
]


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
        for words in THINKTANK_WORDS
        for a, b in itertools.combinations(THINKTANK_PLACES, 2)
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
