"""People, organisations, places and equipment named in the body.

spaCy's named entities are the start; rules and the data files decide what is
kept: titles and roles are kept apart from names, a surname mention joins the
full name, words that are never names (weekdays, months, nationalities) are
dropped, and a name that the model tags inconsistently goes where most of its
mentions put it.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from functools import cache

from spacy.attrs import IDX
from spacy.tokens import Doc, Span, Token

from ..cleaning import MAX_TEASER_WORDS
from ..dates import MONTHS, WEEKDAYS
from ..lexicon import Lexicon, alternatives, bundled_by_language, names_regex, without_leading
from ..names import script_of, stands_for, words_key
from ..nlp import WORD_CLASSES
from ..readers.text import bid_re, is_person_shaped, name_particles
from ..schema import ENTITY_KINDS, Entity
from .document import (
    POSSESSIVE_RE,
    Body,
    Mention,
    clean_entity_text,
    find_citations,
    introduces_speech,
    is_prose,
    normal_form,
    text_of,
)
from .entities_ru import (
    building_places,
    facility_candidates,
    government_spans,
    place_bodies,
    regions_in_full,
    with_buildings,
    with_governments,
    without_dateline_tag,
)

KIND_OF_LABEL = {
    "PERSON": "people",
    "ORG": "organisations",
    "GPE": "places",
    "LOC": "places",
    "FAC": "places",
}
CAMEL_RE = re.compile(r"^[A-Z][a-z]+[A-Z][a-z]")  # "ArcelorMittal": a company, not a person
# "SpaceX", "DirecTV": a word whose capitals end it after lower-case letters is a brand's, never
# a person's (a person's inner capital opens a syllable: "McCarthy", "DeSantis")
CAPITALS_END_RE = re.compile(r"^[A-Z][a-z]{2,}[A-Z]{1,2}$")
# an item of a comma list, without the spaces around it
LIST_ITEM_RE = re.compile(r"[^,\s][^,]*[^,\s]")
# a place's abbreviation in dotted capitals before a body's name: "U.S. District Court"
DOTTED = r"(?<![\w.])(?:[A-Z]\.){2,}"
# Capitalised words joined by the small words of names, or by the commas of a list
# that ends in "and": "Institute for Russian, European and Eurasian Studies".
CAP = r"[A-Z][\w’'&-]*"
COMMA_LIST = r", (?=(?:[A-Z][\w’'-]*,? )+(?:{conjunctions}) [A-Z])"
ROLE_POS = {"PROPN", "NOUN", "ADJ"}
# what may stand between a determiner and the noun it opens ("an antibody focused ADC company"),
# and how many words of it are looked at
DESCRIBING_POS = frozenset(("ADJ", "ADV", "NOUN", "PROPN", "VERB"))
MAX_DESCRIBING_WORDS = 4
ONE_OF_MANY_POS = frozenset(("PRON", "DET", "NUM"))  # "Our company", "One group": no name's first word
MAX_ORG_WORDS = 10  # "Office of the United Nations High Commissioner for Refugees" has 9
# A credit's name in "X contributed reporting", "X and Y contributed to this report", "X Doe, Y
# and Z contributed" (`Extractor.credit_after_re`). Each further name opens with a comma or a
# joiner: names run together only by spaces could be cut into groups in exponentially many ways,
# and a long run of capitalised words not followed by the verb (a crawled page's list of links)
# took minutes to refuse.
_CREDIT_NAME = r"[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,3}"
ACRONYM_WORD_RE = re.compile(r"^(?![IVX]+$)[A-Z][A-Z0-9&-]+(?:\.[A-Z0-9]+)*$")  # "ATK"; not "J.", "III"
MAX_ROLE_TOKENS = 7
ACCOUNT_RE = r"\s*\(@\w{1,15}\)"  # a social network account's handle after its holder's name
SIGNATURE_DASH = r"\s*[—–-]+\s*"  # what opens an embedded post's signature line
# a line the page cut off to fit a link: a word, perhaps a closing quote, and the ellipsis that
# ends the line ("... For East...", "... with concrete sla...", "... "Carefree Black Girl"...")
CUT_OFF_RE = re.compile(r"[^\W_][\"'”’]?(?:\.{3}|…)\s*$")
# a word shortened with a full stop after a place's name and a comma, a comma after it: a state's
# or a province's name as news agencies shorten it ("Brampton, Ont., where"); no person's name
STATE_AFTER_PLACE_RE = re.compile(r"[A-Z][\w’'-]+, [A-Z][a-z]{1,4}\.,$")
HEADLINE_SMALL_WORD = 4  # letters of the longest word a headline leaves in lower case ("with", "for")
# the parts of speech of the words a headline leaves in lower case: "of", "the", "and", "to", "be",
# "it", and a citation's "et al." (the tagger's proper nouns in lower case)
HEADLINE_LOWER_POS = frozenset(("ADP", "DET", "CCONJ", "SCONJ", "PART", "AUX", "PRON", "PROPN"))
MAX_NAME_WORDS = 5  # a longer run of capitals is a heading or a list, not one person's name
# a word of a person's name: "Qamar", "O'Connor", "McCarthy", or initials written without dots ("G", "AK")
NAME_WORD_RE = re.compile(r"[A-Z][a-z]+(?:[A-Z’'-][a-z]+)*|[A-Z]{1,2}")
CREDIT_WORDS = (
    "byline_words",
    "byline_name_joiners",
    "contribution_verbs",
    "copyright_words",
    "photo_words",
    "photo_credit_words",
)
# a run of capitalised words, hyphenated ones with their small particles: "Harakat al-Nujaba",
# "Tehrik-i-Taliban Pakistan", "Jama'at Nusrat al-Islam wal-Muslimin", "Fianna Fáil"
_RUN_WORD = r"(?:[a-z]{1,3}-)?[A-Z][\w'’]*(?:-(?:[a-z]{1,3}-)?[A-Z][\w'’]*)*"
NAME_RUN_RE = re.compile(rf"(?<![\w'’-]){_RUN_WORD}(?: {_RUN_WORD})*(?![\w-])")
# the score of a match as the tokenizer splits it: "2 - 1", "3 – 0"
SCORE_END_RE = re.compile(r"^\d{1,2} [-–] \d{1,2}$")
SCORE_TAIL_RE = re.compile(r" \d{1,2} ?[-–] ?\d{1,2}$")
# "the Chiefs", "the All Blacks": "the", at most one capitalised word, a capitalised plural, and
# no capitalised word after it
DEFINITE_PLURAL_RE = re.compile(
    r"(?<![\w-])[Tt]he (?P<name>(?:[A-Z][a-z]+ )?[A-Z][a-z]{2,}s)(?![\w-]| [A-Z])"
)
INNER_POSSESSIVE_RE = re.compile(r"^(?P<owner>.+?)(?:'s|’s) [A-Z]")
# A wire story's dateline opening a paragraph: the place, maybe its region or a date, and a bracket
# ("RALEIGH, N.C. (AP) —", "FORT BLISS, Texas (Army News Service, Sept. 24, 2015) --", "Kaduna,
# March 18, 2016 (NAN)"): what the bracket holds is the report's credit, not a body the story names
DATELINE_RE = re.compile(
    r"^(?P<place>[A-Z][A-Za-z.'’ -]{1,30}?),(?: [A-Z0-9](?:[^,()–—-]|(?<=\w)-(?=\w)){0,24},?){0,3}"
    r" \((?P<credit>[^()]{1,80})\)"
)  # no dash before the bracket: "HERZLIYA, Israel — February 11, 2025 – Revium Rx (formerly ...)"
# A dateline in capitals opening a paragraph, with or without its bracket, before its dash ("ST
# ANDREW, Jamaica —", "FORT BLISS, Texas (Army News Service) --"): the capitals are its place
CAPITALS_DATELINE_RE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'’ -]{1,30}?),(?: [A-Z][\w.'’]*){0,3},?\s*(?:\([^()]{1,80}\)\s*)?[—–-]{1,2}\s"
)


@dataclass
class Candidate:
    paragraph: int
    start: int
    end: int
    text: str
    kind: str
    role: str | None = None
    key: str | None = None  # what groups it, when not its text: "Israel's army" is "Israeli army"
    typed: bool = False  # a noun beside it says what kind of body it is: "the firm Tractica"


@dataclass
class Group:
    name: str
    kind: str
    spellings: Counter[str] = field(default_factory=Counter)
    roles: list[str] = field(default_factory=list)
    paragraphs: set[int] = field(default_factory=set)
    first: tuple[int, int] = (0, 0)
    # spellings that only address the person ("Александр Григорьевич"): aliases, never the name
    addresses: set[str] = field(default_factory=set)
    # spellings seen in the nominative, the case a name is given in ("Мишель Обама", not "Обамой")
    nominative: Counter[str] = field(default_factory=Counter)
    # the gazetteer's own name of a place whose variants the group joins ("Великобритания" for
    # "Британия"): its name wherever the text uses it
    canonical: str | None = None


class EntityExtractor:
    """Finds and groups the entities of one body."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        people = lexicon["people"]
        self.honorifics = {w.lower().rstrip(".") for w in people.get("honorifics", [])}
        self.titles = {t.lower() for t in people.get("titles", [])}
        self.title_words = lexicon.word_parts("people", "titles")
        self.post_heads = lexicon.words("people", "post_heads")
        self.role_modifiers = {w.lower() for w in people.get("role_modifiers", [])}
        self.holder_modifiers = lexicon.words("people", "holder_modifiers")
        self.title_links = lexicon.words("people", "title_links")
        self.not_names = {w.lower() for w in people.get("not_names", [])}
        self.not_name_res = [re.compile(p) for p in people.get("not_name_patterns") or []]
        self.person_nouns = {w.lower() for w in people.get("person_nouns", [])}
        self.patronymic_endings = tuple(sorted(lexicon.words("people", "patronymic_endings")))
        # "Александр Григорьевич" -> the surnames of the known people so addressed
        self.surnames_by_address: dict[str, set[str]] = {}
        for full_name in people.get("full_names") or []:
            words = full_name.replace("ё", "е").split()
            if len(words) == 3:
                self.surnames_by_address.setdefault(" ".join(words[:2]), set()).add(words[2])
        # a language whose names inflect: the endings of their cases, the longest first
        self.name_endings = sorted(lexicon.words("people", "name_endings"), key=lambda e: (-len(e), e))
        self.given_names = lexicon.given_names
        # the given names that tell a person's gender (people.yaml), many common English ones
        # ("Bill", "Kay") the list above leaves out
        self.gendered_names = lexicon.words("people", "female_given_names") | lexicon.words(
            "people", "male_given_names"
        )
        demonyms = lexicon["places"].get("demonyms", {})
        self.demonyms = {d.lower() for d in demonyms}
        self.demonym_places = {d.lower(): p for d, p in demonyms.items()}
        self.demonym_of = {}  # "Israel" -> "Israeli": the first demonym listed for a place
        for demonym, place in demonyms.items():
            self.demonym_of.setdefault(place, demonym)
        self.not_places = {w.lower() for w in lexicon["places"].get("not_places", [])}
        # "the Paris climate deal", "a Vietnam War protester": a place's name before an event's noun
        # (perhaps one lower-case word between) names the event (places.yaml `event_nouns`); not
        # its possessive, which names who wages or signs it ("Russia's war in Ukraine"), nor a
        # small word between ("invited Iran to talks", "in Israel since war broke out")
        small = alternatives(sorted(lexicon.words("grammar", "small_words")))
        self.event_after = re.compile(
            rf"\s+(?:(?!(?:{small})\s)[a-z]+\s+)?"
            rf"(?:{alternatives(lexicon.words('places', 'event_nouns'))})\b",
            re.I,
        )
        orgs = lexicon["organisations"]
        self.not_orgs = {w.lower() for w in orgs.get("not_organisations", [])}
        self.not_org_res = [re.compile(p) for p in orgs.get("not_organisation_patterns", [])]
        self.gathering_words = set(orgs.get("gathering_words") or [])
        self.thing_determiners = lexicon.words("organisations", "thing_determiners")
        self.always_orgs = {w.lower(): w for w in orgs.get("always", [])}
        self.bodies_as_places = [re.compile(p, re.I) for p in orgs.get("bodies_named_as_places") or []]
        self.known_orgs_re = names_regex(tuple(orgs.get("known") or ()) + tuple(orgs.get("well_known") or ()))
        # the platforms and services a site bids its reader to ("follow us on Twitter"): a known
        # body named only in such bids is the page's
        self.platforms = set(orgs.get("known") or ())
        # what a site says to its readers ("follow us on Twitter", "posted to your Facebook feed")
        self.reader_address = lexicon.words("grammar", "reader_address")
        self.reader_bids = bid_re(tuple(sorted(lexicon.words("grammar", "reader_imperatives"))))
        self.person_refs = {w.lower() for w in lexicon["speech"].get("person_references", [])}
        self.occupations = lexicon.words("people", "occupations")
        self.speech_verbs = lexicon.words("speech", "verbs")
        self.relatives = lexicon.words("people", "relatives")
        self.person_pronouns = lexicon.words("people", "person_pronouns")
        self.portfolio_titles = lexicon.words("people", "portfolio_titles")
        self.name_compounds = lexicon.words("people", "name_compounds")
        self.outlets = set(lexicon["sources"].get("outlets", {}).values())
        # "Senate on Tuesday", "Lviv on April": a day or month the model ran into a name
        days = "|".join(sorted({*MONTHS, *WEEKDAYS}, key=len, reverse=True))
        before_days = alternatives(lexicon["grammar"].get("date_prepositions"))
        self.dated_tail_re = re.compile(rf"\s(?:{before_days}) (?:{days})$", re.I)
        # credits, in sources.yaml's words: "(Photo by X", "X/AFP", "X contributed", "Copyright X"
        credit_words = {key: alternatives(lexicon["sources"].get(key)) for key in CREDIT_WORDS}
        self.credit_before_re = re.compile(
            rf"\((?:[\w ]{{0,30}}\s)?(?:{credit_words['byline_words']})\s*$", re.I
        )
        joiners, verbs = credit_words["byline_name_joiners"], credit_words["contribution_verbs"]
        names = rf"(?: {_CREDIT_NAME})?(?:(?:,\s*|,?\s+(?:{joiners})\s+){_CREDIT_NAME})*"
        # where the writers were: "X and Y in New York contributed to this report"
        where = rf"(?:\s+(?:{alternatives(lexicon['grammar'].get('place_prepositions'))})\s+{_CREDIT_NAME})?"
        self.credit_after_re = re.compile(rf"^(?:\s*/\s*[A-Z]|{names}{where}\s+(?:{verbs})\b)")
        photo, photo_by = credit_words["photo_words"], credit_words["photo_credit_words"]
        self.credit_opening_re = re.compile(
            rf"(?:/\s*|\b(?:{credit_words['copyright_words']})\s+|\b(?:{photo})\s+(?:{photo_by})\s+"
            # a credit's label and colon: "Image source: X", "Photograph: X", "Credit: X"
            rf"|\b(?:{photo})s?(?:\s+(?:{photo_by}))?\s*:\s*)$",
            re.I,
        )
        self.org_words = set(orgs.get("name_words", []))
        self.unit_words = {w.lower() for w in orgs.get("unit_words", [])}
        self.place_prefixes = set(lexicon["places"].get("place_prefixes") or [])
        self.place_heads = set(lexicon["places"].get("place_heads") or [])
        self.company_words = lexicon.words("sources", "company_words")  # "Lockheed Martin Corp"
        # a legal form only ("Inc.", "GmbH"), as written ("Inc", not "inc"): company_words also
        # holds "Media", "Group", "All", "P", which follow a person's name in ordinary text
        legal_forms = alternatives(lexicon["sources"].get("legal_forms"))
        self.legal_form_re = re.compile(rf",? (?:{legal_forms})\.?(?![\w-])")
        # "National People's Congress", "King's College": a possessive inside a name
        self.possessive_names = lexicon.words("organisations", "possessive_name_words")
        institutions = sorted(orgs.get("institutions", []), key=len, reverse=True)
        self.institutions = {w.lower() for w in institutions}
        # a name's start not after a capital: the same matches (the earlier capital's scan covers
        # it), but linear on a 10,000-letter word (3.6 s of CPU before on a hostile source)
        self.institution_re = (
            re.compile(
                rf"(?P<owner>(?:{DOTTED}|(?<![A-Z]){CAP})(?: {CAP}){{0,3}})(?P<possessive>’s|'s|’|')? "
                rf"(?P<what>(?i:{'|'.join(re.escape(w) for w in institutions)}))(?![\w-])"
            )
            if institutions
            else None
        )
        bodies = sorted(orgs.get("leader_bodies", []), key=len, reverse=True)
        self.leader_body_re = (
            # (not from a capital inside a run of them: the same matches, but linear on a very long
            # word, where each capital began a scan to the word's end)
            re.compile(
                rf"(?<![A-Z])(?P<owner>[A-Z][\w-]*)(?P<s>’s|'s)? "
                rf"(?P<what>(?i:{alternatives(bodies)}))(?![\w-])"
            )
            if bodies
            else None
        )
        grammar = lexicon["grammar"]
        # a language that inflects (Russian): a title is its word in any case ("министра" is "министр")
        self.by_lemma = bool(grammar.get("match_lemmas"))
        self.articles = lexicon.words("grammar", "articles")
        # a name in another language's words keeps that language's grammar: "The Guardian" in a
        # Russian text loses its article, "1st Armored Division" keeps its ordinal
        self.definite_articles = lexicon.reading_words("grammar", "definite_articles")
        # "The EPA declined": an acronym after this language's own "the" names one body
        self.own_definite_articles = lexicon.words("grammar", "definite_articles")
        # "НИИ имени Гамалеи": words a name keeps as written in its nominative (grammar.yaml)
        self.undeclined_in_names = lexicon.words("grammar", "undeclined_in_names")
        self.openers = lexicon.words("grammar", "sentence_openers") | self.articles
        # "Minister of Defence", "General Staff of the Army": what ties a thing to whose it is
        self.genitive = lexicon.words("grammar", "genitive_prepositions")
        # "Armed Forces" alone names nobody: words an organisation's name may have besides its own
        self.name_small_words = lexicon.words("organisations", "name_small_words")
        # "National Defense Authorization Act (NDAA)": a name and the acronym it is given
        small = alternatives(sorted(self.name_small_words))
        self.defined_acronym = re.compile(
            rf"(?<![\w-])((?:[A-ZА-ЯЁ][\w'’-]*\s+(?:(?:{small})\s+)*){{0,8}}[A-ZА-ЯЁ][\w'’-]*)"
            rf"\s*\(([A-ZА-ЯЁ][A-ZА-ЯЁ0-9&-]{{1,7}})\)"
        )
        the = alternatives(grammar.get("definite_articles"))
        # "European Union and NATO", "... and the ...": two names written as one phrase
        conjunctions = alternatives(grammar.get("list_conjunctions"))
        self.org_join_re = re.compile(rf" (?:{conjunctions}) (?P<the>(?:{the}) )?")
        self.head_end_re = re.compile(rf" (?:{alternatives(orgs.get('name_head_ends'))}) ")
        # the items next to one of a list ("A, B and C"): the name before a comma or a conjunction,
        # and the one after
        joined = rf"(?:,|,? (?:{conjunctions}))"
        self.list_before_re = re.compile(rf"(?<![\w’'-])([A-Z][\w’'-]*(?: [A-Z][\w’'-]*){{0,2}}){joined} $")
        self.list_after_re = re.compile(rf"{joined} ([A-Z][\w’'-]*(?: [A-Z][\w’'-]*){{0,2}})(?![\w’'-])")
        of = alternatives(grammar.get("genitive_prepositions"))
        # " of Practice Authority": a genitive and a name, no article between
        self.genitive_name_re = re.compile(
            rf" (?:{of}) (?!(?:{alternatives(grammar.get('articles'))}) )[A-Z]"
        )
        # "Office of the Independent Budget Analyst": the office of a post's holder
        self.office_of_re = re.compile(rf" (?:{of}) (?:{alternatives(grammar.get('definite_articles'))}) ")
        # "Minister of the Interior": a title, then its field
        portfolio = alternatives(people.get("portfolio_prepositions"))
        # (from a word's start only: searched over all the text before a name, a scan from each
        # letter of a long word was quadratic)
        self.portfolio_before_re = re.compile(
            rf"(?<![A-Za-z])([A-Za-z]+)\s+(?:{portfolio})\s+(?:(?:{the})\s+)?$"
        )
        self.openers_and_dates = self.openers | {m.lower() for m in (*MONTHS, *WEEKDAYS)}
        self.locative = lexicon.words("grammar", "locative_prepositions")
        # a name cannot end with a word that joins it to more: "Radical Power Of"
        self.name_cannot_end = lexicon.words("grammar", "name_connectors") | self.locative
        # "UN Security Council on Kashmir": a place the model ran into a name, after these words
        self.place_after_re = re.compile(
            rf" (?:{alternatives(grammar.get('place_prepositions'))}) "
            r"(?P<place>[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,2})$"
        )
        connect = rf"(?: (?:{alternatives(grammar.get('name_connectors'))})){{1,2}} "
        comma_list = COMMA_LIST.format(conjunctions=alternatives(grammar.get("list_conjunctions")))
        # a unit's ordinal is part of its name: "1st Armored Division", "82nd Airborne Division"
        suffixes = sorted(lexicon.reading_words("numbers", "ordinal_suffixes"))
        ordinal = rf"(?<![\w.,-])\d{{1,3}}(?:{alternatives(suffixes)})"
        self.org_phrase_re = re.compile(
            rf"(?:{ordinal} |{DOTTED} )?{CAP}(?:(?:{connect}|[ ]|{comma_list})(?:{DOTTED} )?{CAP})*"
        )
        # a ticker after a name makes it a company's: "(ACM.L)", "(NYSE: ACM)"
        exchanges = alternatives(orgs.get("stock_exchanges"))
        self.exchanges = set(orgs.get("stock_exchanges") or [])
        self.ticker_re = re.compile(rf"^\s*\((?:[A-Z]{{1,6}}\.[A-Z]{{1,3}}|(?:{exchanges})\s*:\s*[A-Z.]+)\)")
        # a list of names: "Astrobotic, Deep Space Systems, Draper and OrbitBeyond", "NDR, WDR and
        # Süddeutsche Zeitung"; each item up to four capitalised words, "313 Team", "Keymous+" too
        item = r"[A-Z0-9](?:[\w.&+’'-]*[\w&+’'-])?(?: [A-Z](?:[\w.&+’'-]*[\w&+’'-])?){0,3}"
        between = rf"(?:, |,? (?:{conjunctions}) )"
        self.name_list_re = re.compile(
            rf"(?<![\w.&+’'-]){item}(?:, {item})*,? (?:{conjunctions}) {item}(?![\w&+’'-])"
        )
        self.list_item_re = re.compile(rf"(?:^|{between})({item})")
        self.plural_endings = lexicon.words("grammar", "plural_endings")  # "Americans"
        self.singular_endings = tuple(lexicon.words("grammar", "singular_endings"))  # "Congress"
        units = "|".join(re.escape(w) for w in orgs.get("unit_words", []))
        # "the Kastus Kalinouski battalion", "the Marine Geology and Seafloor Surveying group"
        joins = alternatives([*(grammar.get("list_conjunctions") or []), "&"])
        self.unit_re = (
            re.compile(rf"\b(?:[A-Z][\w’'-]+ (?:(?:{joins}) )?){{1,4}}(?:{units})\b") if units else None
        )
        # "3 Division", "31 Artillery Brigade": a formation named by its number, up to three
        # capitalised words between (organisations.yaml `formation_words`)
        formations = orgs.get("formation_words") or []
        self.formation_re = (
            re.compile(
                rf"(?<![\w.,$€£-])\d{{1,3}}(?:{alternatives(suffixes)})? "
                rf"(?:[A-Z][\w-]* ){{0,3}}(?:{alternatives(formations)})(?![\w-])"
            )
            if formations
            else None
        )
        # "the Green Bay Packers", "Nottingham Panthers forward Adam Johnson": a team, by its place and
        # a capitalised plural, in a story about sport (organisations.yaml `team_words`)
        self.team_words = lexicon.words("organisations", "team_words")
        self.not_team_words = set(orgs.get("not_team_words") or [])
        self.team_re = re.compile(
            r"(?<![\w-])(?P<place>(?:[A-Z][\w.’'-]* ){1,3})(?P<nick>[A-Z][a-z]{2,}s)(?![\w-]| [A-Z])"
        )
        # "Manchester United", "Real Madrid": a club by a word of a club's name, in a story about sport
        self.team_name_ends = set(orgs.get("team_name_ends") or [])
        self.team_name_openers = set(orgs.get("team_name_openers") or [])
        # "Harakat al-Nujaba", "Fianna Fáil": a run of capitalised words holding a word of another
        # language that names a kind of body (organisations.yaml `foreign_body_words`)
        self.foreign_body_words = lexicon.words("organisations", "foreign_body_words")
        # "told Newsnight", "according to Marca": a medium cited by its name alone
        frames = sorted(lexicon.words("organisations", "outlet_frames"), key=len, reverse=True)
        self.outlet_frame_re = (
            re.compile(
                rf"(?<![\w-])(?i:{alternatives(frames)}) "
                rf"(?P<name>{_RUN_WORD}(?: {_RUN_WORD}){{0,2}})(?![\w'’-]|\.\w| \d| [A-Z])"
            )
            if frames
            else None
        )
        # what a medium's name never opens with: a title, an honorific, an opener or a date
        self.not_outlet_openers = self.title_words | self.honorifics | self.openers_and_dates
        # "Abia State", "Kaduna and Niger States": a known place and its division's noun, a place
        divisions = sorted({w.title() for w in lexicon["places"].get("division_nouns") or [] if w.isalpha()})
        self.division_re = (
            re.compile(
                rf"(?<![\w-])(?P<name>(?:[A-Z][\w’'-]* ){{1,3}})"
                rf"(?:{alternatives(divisions)})(?P<plural>s?)(?![\w-]| [A-Z])"
            )
            if divisions
            else None
        )
        self.place_res = _place_patterns(lexicon)
        # "the city of Tulsa" that acts: the body governing the place (organisations.yaml); the
        # longest noun first, as alternatives puts them
        governing = sorted(lexicon.words("organisations", "governing_place_nouns"))
        self.governing_re = (
            re.compile(
                rf"(?<![\w-])(?P<noun>(?i:{alternatives(governing)})) "
                rf"(?:{alternatives(lexicon['grammar'].get('genitive_prepositions'))}) "
                rf"(?P<name>{_place_name(lexicon['places'])})(?![\w-])"
            )
            if governing
            else None
        )
        self.place_subject_verbs = lexicon.words("organisations", "place_subject_verbs")
        self.typed_res = _typed_patterns(lexicon)
        # what follows only a place's name: "Logar province", "an Amritsar-based firm", "Gaza residents"
        followers = [*lexicon["places"].get("area_nouns", []), *lexicon["places"].get("place_followers", [])]
        # the nouns of the ground and of made things a name may modify ("the Babban Gida road", "Gemini
        # models"): the name is then a place's or a product's (places.yaml `ground_nouns`,
        # organisations.yaml `product_nouns`)
        self.ground_nouns = set(lexicon["places"].get("ground_nouns") or [])
        # ... and an event's ("the Dreamforce audience", "joint exercises"): a gathering's name, no body's
        self.product_nouns = set(orgs.get("product_nouns") or []) | set(orgs.get("event_nouns") or [])
        # a company's parts, named after it ("Microsoft Research"), unlike its products ("Google Maps")
        self.maker_units = lexicon.words("organisations", "maker_unit_words")
        # the quotation marks, opening and closing, a title of a work or a label is put in
        # (organisations.yaml `title_quotes`): a name always inside them is no body's
        self.title_quotes = [(q[0], q[1:]) for q in orgs.get("title_quotes") or [] if len(q) == 2]
        self.place_follower_re = re.compile(
            "|".join(
                re.escape(w) if w.startswith("-") else rf" {re.escape(w)}"
                for w in sorted(followers, key=len, reverse=True)  # "residents" before "resident"
            )
            or "(?!)"
        )
        self.parties = dict(orgs.get("parties") or {})
        self.party_nouns = {w for w in orgs.get("party_nouns", []) if w in self.parties}
        roles = "|".join(re.escape(r) for r in sorted(orgs.get("party_roles", []), key=len, reverse=True))
        words = "|".join(re.escape(w) for w in sorted(self.parties, key=len, reverse=True))
        self.party_re = (
            # "Democratic presidential candidate": one lower-case word may stand between
            # "Republican U.S. Sen. Mitt Romney": and a place's dotted abbreviation
            re.compile(rf"(?<![\w-])(?P<party>{words})(?= (?:[a-z]+ |{DOTTED} )?(?:{roles})\b)")
            if words and roles
            else None
        )
        # "Rep. Jane Doe, R-Texas", "(D-Minn.)": the party's letter before a state, after a name
        self.party_letters = dict(orgs.get("party_letters") or {})
        letters = alternatives(list(self.party_letters))
        self.party_letter_re = (
            re.compile(
                rf"(?<=[a-z], |[a-z] \()(?P<party>{letters})-(?P<state>[A-Z][A-Za-z]*(?:\.[A-Z][a-z]*)*\.?)"
            )
            if self.party_letters
            else None
        )
        # "Adam Smith, a Democrat from Washington": a member, the party named by its noun
        self.member_re = re.compile(rf"\b(?:an?) (?P<party>{words})(?![\w-]| [A-Z])") if words else None
        # "Democratic victories", "GOP heavyweights": a party's adjective before any noun, not
        # opening a sentence ("Conservative estimates put ...")
        adjectives = [w for w in orgs.get("party_adjectives", []) if w in self.parties]
        self.party_adjective_re = (
            re.compile(rf"(?<=[\w,;:)] )(?P<party>{alternatives(adjectives)})(?= [a-z][a-z-]{{2,}}\b)")
            if adjectives
            else None
        )
        gazetteer = lexicon.raw.get("gazetteer", {})
        # the states, provinces and counties of every country are known places too
        subdivisions = lexicon.raw.get("subdivisions", {})
        self.variants = {**(subdivisions.get("variants") or {}), **(gazetteer.get("variants") or {})}
        # the hand-made gazetteer's names; a subdivision's, drawn from every country's tables, is
        # never read out of a longer name ("Solis Rivera", "Reading Time", "Falcon Heavy")
        self.sure_places = set(gazetteer.get("places") or []) | set(gazetteer.get("variants") or {})
        self.known_places = self.sure_places | set(subdivisions.get("places") or []) | set(self.variants)
        # a language whose texts name one country several ways in one article ("Великобритания",
        # "Британия", "Соединенное Королевство") lists them as one place (places.yaml `variants_joined`)
        self.joined_variants = self.variants if lexicon["places"].get("variants_joined") else {}
        self.venue_words = tuple(w.lower() for w in lexicon["places"].get("venue_words") or [])
        self.venue_name_ends = tuple(lexicon["places"].get("venue_name_ends") or [])
        names = sorted(self.known_places, key=len, reverse=True)
        self.gazetteer_re = names_regex(tuple(names))

    # ------------------------------------------------------------ candidates

    def candidates(self, body: Body) -> list[Candidate]:
        """Every name in the body, each span claimed once: the most specific reading wins."""
        found: list[Candidate] = []
        # a pipeline's name after its noun, and wherever the text repeats it (Russian)
        facilities = facility_candidates(body, self.lexicon)
        # a place's body named in lower case, which the model does not tag (Russian)
        bodies = place_bodies(body, self.lexicon)
        # a story about sport names two of its words at least ("game", "season", "NFL")
        words = {w for text in body.texts if is_prose(text) for w in re.findall(r"\w+", text.lower())}
        sporting = len(self.team_words & words) > 1
        families = self._family_plurals(body.texts) if sporting else set()
        for index, doc in enumerate(body.docs):
            text = body.texts[index]
            blocked = [(m.start, m.end) for m in body.mentions if m.paragraph == index]
            governing = self._governing_bodies(index, text, doc)
            # the capitalised runs a club's and a foreign body's name are read from: one scan
            runs = self._name_runs(text) if is_prose(text) else []
            # most specific first: organisation names built from their parts, then the model
            layers = [
                [c for c in facilities if c.paragraph == index],
                self._formations(index, text),
                self._teams(index, text, doc, families) if sporting and is_prose(text) else [],
                self._club_names(index, text, runs) if sporting else [],
                self._foreign_body_names(index, text, runs),
                self._cited_outlets(index, text, doc) if is_prose(text) else [],
                self._division_places(index, text),
                self._typed_organisations(index, text, doc),
                self._organisation_phrases(index, text, doc),
                self._institutions(index, doc),
                [c for c in bodies if c.paragraph == index],
                self._leader_bodies(index, doc),
                self._known_organisations(index, text),
                self._cited(index, body),
                [seat for seat, _ in governing],
                self._place_phrases(index, text, doc),
                self._parties(index, text),
                self._model_entities(index, body, doc),
                self._titled_names(index, doc),
                self._gazetteer_places(index, text),
            ]
            for layer in layers:
                for candidate in layer:
                    span = (candidate.start, candidate.end)
                    if any(span[0] < e and s < span[1] for s, e in blocked):
                        continue
                    if body.in_citation(index, *span) and candidate.kind == "people":
                        continue
                    blocked.append(span)
                    found.append(candidate)
            # the place a governing body is named by ("Tulsa" of "the city of Tulsa") is named too
            found.extend(place for seat, place in governing if seat in found)
            found.extend(self._list_mates(index, text, [c for c in found if c.paragraph == index]))
        found = [c for c in found if c.kind]
        found.extend(self._surnames(body, found))
        return found

    def _list_mates(self, index: int, text: str, here: list[Candidate]) -> list[Candidate]:
        """Organisations listed beside organisations: "Budget, Thrifty Car Rental Inc, and Hertz",
        "NDR, WDR and Süddeutsche Zeitung". Where every item some reading claimed is an
        organisation (not an acronym alone), an item none claimed is one too (not a place, a
        nationality, a date or a person's given name), and an organisation's name the model cut
        short inside an item is the whole item ("Lockheed" and "Martin" of "Lockheed Martin"). A
        list with a place or a person in it is left alone."""
        found: list[Candidate] = []
        for listed in self.name_list_re.finditer(text):
            items = []
            for m in self.list_item_re.finditer(listed.group()):
                words = self._without_openers(m.group(1).split())
                start = listed.start() + m.end(1) - len(" ".join(words))
                name = POSSESSIVE_RE.sub("", " ".join(words))  # "OceanGate’s": the owner's name
                items.append((start, start + len(name), name))
            claimed, free, cut_short = 0, [], []
            for start, end, name in items:
                inside = sorted((c for c in here if c.start < end and start < c.end), key=lambda c: c.start)
                if (
                    any(c.start < start or c.end > end for c in inside)
                    or inside
                    and (inside[0].kind != "organisations" or inside[0].start != start)
                ):
                    break  # a place, a person, or a name running on past the item
                if inside and inside[0].end < end:
                    # "Lockheed" and "Martin", a person: the model cut the item's name in two (not
                    # "Navy" and "Secretary Ray Mabus", "Army Reserve" and "Major General": a title)
                    rest = text[inside[0].end : end].lower().split()
                    if all(" " not in c.text for c in inside[1:]) and not any(
                        w.rstrip(".") in self.title_words | self.honorifics for w in rest
                    ):
                        cut_short.append((inside, end, name))
                elif not inside and name:
                    free.append((start, end, name))
                # an acronym alone says little of its kind ("The INF and New START": treaties)
                claimed += bool(inside) and not ACRONYM_WORD_RE.match(inside[0].text)
            else:
                if not claimed or len(items) == 2 and "," not in listed.group() and _shares_a_head(items):
                    continue
                for inside, end, name in cut_short:
                    if self._acceptable(name, "organisations"):
                        inside[0].end, inside[0].text = end, name
                        for other in inside[1:]:
                            other.kind = ""  # the rest of the name, read as something else
                for start, end, name in free:
                    words = name.lower().split()
                    if (
                        self._acceptable(name, "organisations")
                        and name not in self.known_places
                        and name.split()[0] not in self.given_names
                        and words[0].rstrip(".") not in self.title_words | self.honorifics
                        and not self.openers_and_dates.intersection(w.rstrip(".") for w in words)
                        and not any(words[-1].removesuffix(e) in self.demonyms for e in self.plural_endings)
                        and not _sentence_start(text, start)  # "Separately, ...", "First, ..."
                        and not YEAR_OPENS_RE.match(name)  # "the 2012 Population and Housing Census"
                        and not all(
                            w in self.org_words or w.lower() in self.name_small_words for w in name.split()
                        )
                    ):
                        found.append(Candidate(index, start, end, name, "organisations"))
        return found

    def _surnames(self, body: Body, found: list[Candidate]) -> list[Candidate]:
        """Mentions by surname that the model did not tag: 'Kaikkonen said', 'Trump urged'."""
        # surnames of full names, and names the model tagged once but missed elsewhere
        surnames = {self._surname(c.text) for c in found if c.kind == "people"}
        surnames = {s for s in surnames if len(s) > 2 and s[0].isupper()}
        pattern = names_regex(tuple(sorted(surnames)))
        if pattern is None:
            return []
        taken = [(c.paragraph, c.start, c.end) for c in found] + [
            (m.paragraph, m.start, m.end) for m in body.mentions
        ]
        extra = []
        for index, text in enumerate(body.texts):
            for match in pattern.finditer(text):
                start, end = match.span()
                if any(p == index and s < end and start < e for p, s, e in taken):
                    continue
                extra.append(Candidate(index, start, end, match.group(), "people"))
        return extra

    def _model_entities(self, index: int, body: Body, doc) -> list[Candidate]:
        found = []
        for ent in doc.ents:
            kind = KIND_OF_LABEL.get(ent.label_)
            if ent.text.strip().lower() in self.always_orgs:
                kind = "organisations"
            if kind == "places" and any(p.search(ent.text) for p in self.bodies_as_places):
                kind = "organisations"  # "Западного военного округа": a command, not the land it covers
                bracket = ent.text.find(" (")
                if bracket > 0:
                    # "Западного военного округа (ЗВО)": the name, its abbreviation a name of its own
                    cut = ent.doc.char_span(ent.start_char, ent.start_char + bracket)
                    ent = cut if cut is not None else ent
            if not kind or body.in_citation(index, ent.start_char, ent.end_char):
                continue
            if kind == "organisations" and self._titled_person(ent):
                kind = "people"  # "Striker Erling Haaland scored": the model took the role in
            if kind == "people":
                ent = self._whole_name(ent)
            elif kind == "organisations" and not self.by_lemma:
                # not where words are matched by lemma (Russian): "Экс-сотрудника СБУ" took a
                # capitalised common word into the name (ru-dev lost СБУ)
                ent = self._whole_body(ent, body.docs)
            candidate = self._candidate(index, ent, kind)
            if candidate and candidate.text in self.party_nouns:
                # "Labour said", "Labour's Mr Livingstone": the Labour Party, whatever the model said
                candidate.kind = "organisations"
                candidate.text = self.parties[candidate.text]
                candidate.key = words_key(candidate.text)
            if candidate and candidate.kind == "organisations" and ", " in candidate.text:
                found.extend(self._listed(candidate))
            elif candidate:
                found.append(candidate)
        return found

    def _whole_name(self, ent: Span) -> Span:
        """A person's name with the words of it the model left out: the capitalised proper nouns
        on either side that the parse ties into the name ("Justice Suresh Kumar Kait", "Gen Qamar
        Javed Bajwa", "Son Jae-il", "G Willow Wilson"), and a second person's name the first runs
        into ("Abd Rabbuh" and "Mansur Hadi"). Not a title, a place, a body's or a common word:
        "President", "Pakistan", "CEO", "Realtor" stay out of the name."""
        doc = ent.doc
        if _headline_capitals(ent.sent):
            return ent
        start, end = ent.start, ent.end
        while end < len(doc) and end - start < MAX_NAME_WORDS and doc[end - 1].dep_ == "compound":
            if doc[end - 1].head.i < end or not self._name_word(doc[end]):
                break
            if doc[end].ent_iob_ == "B" and doc[end].ent_type_ == "PERSON":
                end += 1  # the second name the model gave, whole
                while end < len(doc) and doc[end].ent_iob_ == "I":
                    end += 1
            elif doc[end].ent_iob_ == "O":
                end += 1
            else:
                break
        while start > 0 and end - start < MAX_NAME_WORDS:
            word = doc[start - 1]
            if word.dep_ != "compound" or not start <= word.head.i < end or word.ent_iob_ != "O":
                break
            if not self._name_word(word):
                break
            if self._describes_the_named(word):
                break  # "Coach Miguel Torres said": the model's whole name, after the sentence's first word
            start -= 1
        # "Ursula von der" and "Leyen": the model stopped at the particles, which never end a name;
        # the capitalised word after them is its surname
        particles = name_particles(self.lexicon)
        if doc[end - 1].text in particles:
            last = end
            while last < len(doc) and doc[last].text in particles:
                last += 1  # "Ursula von" and "der Leyen"
            if (
                last < len(doc)
                and last - start < MAX_NAME_WORDS
                and doc[last].is_alpha
                and doc[last].is_title
            ):
                end = last + 1
        return ent if (start, end) == (ent.start, ent.end) else doc[start:end]

    def _whole_body(self, ent: Span, docs: list[Doc]) -> Span:
        """A body's name with the capitalised word on either side the model left out of it, where
        the run of capitals ends there: "Just Stop Oil" (the model: "Stop Oil"), "Black Lives Matter
        protester" ("Black Lives"), "Lockheed Martin (NYSE: LMT)" ("Lockheed"). Not a sentence's
        first word, a title ("NATO Secretary General"), a place, a nationality, a word of another
        name the model gave (a product's only into a whole known as a body), nor in a headline's
        capitals."""
        doc = ent.doc
        # a sentence of capitals only has no run of capitals that ends
        if _headline_capitals(ent.sent) or not any(t.is_alpha and t.is_lower for t in ent.sent):
            return ent
        start, end = ent.start, ent.end
        # one word, a space apart from a name of words, where the run of capitals ends with it
        before = doc[start - 1] if start > 0 else None
        if (
            before is not None
            and ent[0].is_alpha
            and ent[0].text[:1].isupper()
            and before.whitespace_ == " "
            and not before.is_sent_start
            and self._left_out_of_body(before)
            and (start < 2 or not doc[start - 2].text[:1].isupper())
            and self._product_in_body(before, doc[start - 1 : end], docs)
        ):
            start -= 1
        after = doc[end] if end < len(doc) else None
        if (
            after is not None
            and ent[-1].is_alpha
            and ent[-1].whitespace_ == " "
            and self._left_out_of_body(after)
            and (end + 1 == len(doc) or not doc[end + 1].text[:1].isupper())
            and self._product_in_body(after, doc[start : end + 1], docs)
        ):
            end += 1
        return ent if (start, end) == (ent.start, ent.end) else doc[start:end]

    def _product_in_body(self, word: Token, whole: Span, docs: list[Doc]) -> bool:
        """Whether a word beside a body's name may join it as far as the model's product tag goes:
        a word tagged no product may; one tagged a product ("Walkman" of "Sony Walkman", "Chrome"
        of "Google Chrome") only where the whole is a body the data knows, the model names the
        whole as a body in the text ("Lockheed Martin Corp."), or a stock ticker follows it
        ("Lockheed Martin (NYSE:LMT)": a listed company)."""
        name = whole.text
        if word.ent_type_ != "PRODUCT" or self._known_body(name):
            return True
        return any(
            KIND_OF_LABEL.get(e.label_) == "organisations"
            and (e.text == name or e.text.startswith(name + " "))
            for doc in docs
            for e in doc.ents
        ) or any(
            self.ticker_re.match(doc.text[match.end() :])
            for doc in docs
            for match in re.finditer(rf"\b{re.escape(name)}\b", doc.text)
        )

    def _left_out_of_body(self, token: Token) -> bool:
        """A capitalised word beside a body's name that may belong to it: no other name the model
        gave but a product's ("Lockheed" "Martin"), no title, place, nationality or opener."""
        text = token.text
        if not _capitalised_word(text) or token.ent_type_ not in ("", "PRODUCT"):
            return False
        return not (self._in_no_name(token) or text in self.known_places)

    def _name_word(self, token: Token) -> bool:
        """A word that may be part of a person's name: a capitalised proper noun (or initials, "G",
        "AK") that is no title, rank, place, nationality, body's word, weekday or sentence opener."""
        text = token.text
        if token.pos_ != "PROPN" or not NAME_WORD_RE.fullmatch(text):
            return False
        return not (
            self._in_no_name(token)
            or text in self.sure_places  # not a subdivision's name: "Rivera" of "Solis Rivera"
            or text in self.org_words
            or text.lower() in self.company_words
        )

    def _describes_the_named(self, word: Token) -> bool:
        """Whether the word that opens a sentence before a name's words says what the person does
        ("Realtor Ghazal Amini said", "Coach Miguel Torres"): a noun the data lists for it
        (people.yaml `occupations`, speech.yaml `person_references`), and no given name the data
        knows: a name written family name first ("Galabuzi Brian Kakembo of Uganda") is all the
        person's. (The callers ask only with a name's words after it.)"""
        if not _opens_sentence(word.doc, word.i) or self._given_name(word.text):
            return False
        return word.lower_ in self.occupations or word.lower_ in self.person_refs

    def _titled_person(self, ent: Span) -> bool:
        """Whether a name the model read as a body's is a person's after the word that says what
        they are, which it took in: a title ("Spokesperson Ann Moyo") or, opening the sentence, an
        occupation ("Striker Erling Haaland", "Skipper Virat Kohli"); a given name the data knows
        must follow it, and only a name's words after that."""
        first, *name = list(ent)
        return (
            not self.by_lemma  # (English: Russian titles inflect, and ru-dev's bodies were lost)
            and 1 < len(name) <= 3
            and (first.lower_ in self.titles or self._describes_the_named(first))
            and self._given_name(name[0].text)
            and all(self._name_word(t) for t in name)
        )

    def _given_name(self, word: str) -> bool:
        """Whether the data knows a word as somebody's given name."""
        return word in self.given_names or word.lower() in self.gendered_names

    def _in_no_name(self, token: Token) -> bool:
        """Whether a capitalised word is one no name beside it takes in, a person's or a body's: a
        title, a sentence opener, date, nationality or word the data says is no name's."""
        lower = token.text.lower()
        return (
            self._is_title_token(token)
            or lower in self.not_names
            or lower in self.openers_and_dates
            or lower in self.demonyms
        )

    def _listed(self, candidate: Candidate) -> list[Candidate]:
        """ "Draper, Firefly Aerospace": names of a list the model took for one; each part
        that is a name on its own (capitalised, not a place's "Lviv, Ukraine")."""
        parts, offset = [], candidate.start
        for part in candidate.text.split(", "):
            parts.append((offset, part))
            offset += len(part) + 2
        if all(part in self.known_places for _, part in parts):
            # "Haryana, Uttarakhand", "Donetsk, Dnipropetrovsk (and Zaporizhzhia regions)":
            # a list of places the model took for a body's name
            return [
                Candidate(candidate.paragraph, start, start + len(part), part, "places")
                for start, part in parts
            ]
        first = parts[0][1].split()
        campus = any(w in self.org_words for w in first) and len(parts[-1][1].split()) == 1
        if (
            campus  # "University of California, Berkeley": one name
            or not all(part[:1].isupper() for _, part in parts)
            or any(p in self.known_places for _, p in parts)
        ):
            return [candidate]
        return [
            Candidate(candidate.paragraph, start, start + len(part), part, "organisations")
            for start, part in parts
            if self._acceptable(part, "organisations")
        ]

    def _institutions(self, index: int, doc: Doc) -> list[Candidate]:
        """'the Israeli military', 'Ukraine's central bank': a place's institution, as a noun."""
        found: list[Candidate] = []
        # a place the model found, though no list knows it: "the Milan police" (not an owner's
        # possessive, which the model may take for a place's: "Hasina's government")
        found_places = {e.text for e in doc.ents if e.label_ in ("GPE", "LOC")}
        whole_names = [e for e in doc.ents if e.label_ in ("ORG", "GPE", "FAC")]
        for match in self.institution_re.finditer(text_of(doc)) if self.institution_re else []:
            words = match.group("owner").split()
            possessive = match.group("possessive") or ""
            bare = POSSESSIVE_RE.sub("", words[-1])  # CAP takes the possessive in
            if bare != words[-1]:
                possessive, words[-1] = words[-1][len(bare) :], bare
            # "On Monday Israel's military": the owner is the longest known place or demonym at the end
            for cut in range(len(words)):
                owner = " ".join(words[cut:])
                known = owner in self.known_places or owner in found_places and not possessive
                place = owner if known else None
                if place is None and not possessive:
                    place = self.demonym_places.get(owner.lower())
                if place is not None:
                    break
            else:
                continue
            start = match.start("owner") + len(" ".join(words[:cut])) + (1 if cut else 0)
            end = match.end()
            if cut and any(
                e.start_char < start
                and e.end_char == end
                and not {w.lower() for w in text_of(doc)[e.start_char : start].split()} & self.openers
                for e in whole_names
            ):
                continue  # "Greater Manchester Police": the model's name, with the word before the place
            if self._genitive_at(text_of(doc)[end:]) and match.group("what")[:1].isupper():
                continue  # "Ukrainian Army" in "General Staff of the Ukrainian Army ...": a longer name
            span = doc.char_span(start, end, alignment_mode="expand")
            if (
                span is None
                or span[-1].pos_ not in {"NOUN", "PROPN"}
                or span[-1].dep_ in {"compound", "amod"}
                and span[-1].head.lower_ not in self.person_refs
            ):
                continue  # "Israeli military operation": an adjective; "army chief" names the army
            what = match.group("what").lower()
            key = f"{self.demonym_of.get(place, place)} {what}"
            # the mention covers the institution's noun: its owner stays free to be read as a place
            what_start = match.start("what")
            name = text_of(doc)[start:end]
            found.append(Candidate(index, what_start, end, name, "organisations", key=words_key(key)))
        return found

    def _leader_bodies(self, index: int, doc: Doc) -> list[Candidate]:
        """'the Trump administration', 'the Biden campaign': the body a person leads, named by
        the person (organisations.yaml `leader_bodies`). The mention covers the body's noun: the
        name stays the person's."""
        found: list[Candidate] = []
        people_ends = {ent.end_char for ent in doc.ents if ent.label_ == "PERSON"}
        for match in self.leader_body_re.finditer(text_of(doc)) if self.leader_body_re else []:
            if not {match.end("owner"), match.end("s")} & people_ends:  # the model may take "'s" in
                continue
            # "Trump's transition team" is the Trump transition team
            name = f"{match.group('owner')} {match.group('what').lower()}"
            key = words_key(name)
            found.append(Candidate(index, match.start("what"), match.end(), name, "organisations", key=key))
        return found

    def _parties(self, index: int, text: str) -> list[Candidate]:
        """'Tory MP Boris Johnson', 'Republican senators': the party, by its full name."""
        found = []
        for match in self.party_letter_re.finditer(text) if self.party_letter_re else []:
            state = match.group("state")
            # a state's code ("MN"), its abbreviation ("Minn.", "W.Va.") or a known place ("Texas");
            # not "D-Day"
            if not (re.fullmatch(r"[A-Z]{2}", state) or state.endswith(".") or state in self.known_places):
                continue
            name = self.party_letters[match.group("party")]
            start, end = match.span("party")
            found.append(Candidate(index, start, end, name, "organisations", key=words_key(name)))
        for pattern in (self.party_re, self.member_re, self.party_adjective_re):
            for match in pattern.finditer(text) if pattern else []:
                name = self.parties[match.group("party")]
                start, end = match.span("party")
                found.append(Candidate(index, start, end, name, "organisations", key=words_key(name)))
        return found

    def _place_phrases(self, index: int, text: str, doc: Doc) -> list[Candidate]:
        """Names the sentence calls a place: 'the city of X', 'X, the capital of Y', 'X Dam'. Not
        a person whose surname is a place's head word ("Foreign Minister Helen Park", "Anna
        Church"): the model's person ends where the place would, and a title or a given name
        opens it."""
        found = []
        people = [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "PERSON"]
        for pattern in self.place_res:
            for match in pattern.finditer(text):
                words = self._without_openers(POSSESSIVE_RE.sub("", match.group("name")).split())
                name = " ".join(words)
                if not words or name.lower() in self.always_orgs or not self._acceptable(name, "places"):
                    continue
                start = match.start("name") + match.group("name").find(name)
                if self._a_persons_name(text, start, start + len(name), people):
                    continue
                found.append(Candidate(index, start, start + len(name), name, "places"))
        return found

    def _governing_bodies(self, index: int, text: str, doc: Doc) -> list[tuple[Candidate, Candidate]]:
        """'The city of Tulsa agreed to pay', 'a suit filed by the City of Chicago': a place's noun
        and name that act, the subject of a verb the place itself is not the subject of
        (organisations.yaml `place_subject_verbs`: "the city of Mariupol fell") or the agent of a
        passive one, name the body that governs the place; each with the place, which the name
        still names. Not "in the city of Kano", "the town of Paradise was destroyed"."""
        found = []
        for match in self.governing_re.finditer(text) if self.governing_re else []:
            noun = doc.char_span(*match.span("noun"), alignment_mode="expand")
            if noun is None:
                continue
            token = noun.root
            while token.dep_ == "conj" and token.head != token:
                token = token.head
            subject = token.dep_ == "nsubj" and token.head.lemma_.lower() not in self.place_subject_verbs
            agent = token.dep_ == "pobj" and token.head.dep_ == "agent"
            if not (subject or agent):
                continue
            name = match.group("name")
            if not self._acceptable(name, "places"):
                continue
            start = match.start("name")
            found.append(
                (
                    Candidate(index, match.start(), match.end(), match.group(), "organisations"),
                    Candidate(index, start, start + len(name), name, "places"),
                )
            )
        return found

    def _a_persons_name(self, text: str, start: int, end: int, people: list[tuple[int, int]]) -> bool:
        """Whether the words start..end are a person the model found, with the title before it
        ("Foreign Minister Helen Park"): the person, a given name and a surname at least, ends
        where the words do, and the word before it is a title's, or it opens with a given name."""
        for s, e in people:
            if e != end or s < start:
                continue
            before = text[start:s].split()
            if len(text[s:e].split()) < 2:
                continue  # "Queen Creek": a title and one word is a place's name as often as a person's
            # "Foreign Minister", "Transport Secretary": a title's word right before the person
            if before and before[-1].lower().rstrip(".") in self.title_words:
                return True
            if not before and text[s:e].split()[0] in self.given_names:
                return True
        return False

    def _typed_organisations(self, index: int, text: str, doc: Doc) -> list[Candidate]:
        """Names a noun beside them calls a body (organisations.yaml `type_nouns`): "market
        intelligence firm Tractica", "The Oregonian newspaper", "Mediazona, an independent Russian
        news outlet". Not a person's name after the noun ("contractor Erik Prince"), a title
        ("company CEO Tim Cook"), a date, a place or a nationality."""
        found: list[Candidate] = []
        people = [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "PERSON"]
        for pattern in self.typed_res:
            for match in pattern.finditer(text):
                if match.groupdict().get("naming") and not _names_its_noun(doc, match):
                    continue  # "The party called Nigel Farage a liability": the noun's own verb
                raw = match.group("name")
                words = self._without_openers(raw.split())
                # "the American Physical Society’s Physics magazine": a body's thing is named after
                # its owner, which is a body too; "Aisha's Salon and Spa" is one name
                owners = [i for i, w in enumerate(words[:-1]) if POSSESSIVE_RE.search(w)]
                if owners:
                    owner = POSSESSIVE_RE.sub("", " ".join(words[: owners[-1] + 1]))
                    if self._names_a_body(owner):
                        at = match.start("name") + len(raw) - len(" ".join(words))
                        found.append(Candidate(index, at, at + len(owner), owner, "organisations"))
                        words = words[owners[-1] + 1 :]
                if not words:
                    continue
                # "the journal Nature Astronomy on Monday": a day the connectors ran into
                name = POSSESSIVE_RE.sub("", self.dated_tail_re.sub("", " ".join(words)))
                start = match.start("name") + len(raw) - len(" ".join(words))
                sides = self._two_bodies(name)
                if sides:
                    # "the University of Chicago Education Lab and MDRC, a research organization": the
                    # noun tells of the body beside it; the other is named on its own
                    after = match.end("name") < match.end()
                    if after:
                        start += len(name) - len(sides[1])
                    name = sides[1] if after else sides[0]
                end = start + len(name)
                first = words[0].lower().rstrip(".")
                if (
                    first in self.title_words
                    or first in self.honorifics
                    or first in self.not_orgs
                    or first in self.openers_and_dates
                    or name in self.known_places
                    or name.lower() in self.demonyms
                    or not self._acceptable(name, "organisations")
                    or words[0] in self.given_names
                    and any(s <= start < e for s, e in people)
                ):
                    continue
                found.append(Candidate(index, start, end, name, "organisations", typed=True))
        return found

    def _names_a_body(self, name: str) -> bool:
        """Whether a name is an organisation's by its own words: an acronym, one the data knows,
        or one with an organisation's word after its first ("American Physical Society")."""
        words = name.split()
        return bool(
            ACRONYM_WORD_RE.match(name)
            or name.lower() in self.always_orgs
            or any(w in self.org_words for w in words[1:])
        )

    def _organisation_phrases(self, index: int, text: str, doc: Doc) -> list[Candidate]:
        """Capitalised phrases headed by an organisation word: 'Belarusian Ministry of Defense'."""
        found = []
        people_ends = {ent.end_char for ent in doc.ents if ent.label_ == "PERSON"}
        for match in self.org_phrase_re.finditer(text):
            for start, name in self._org_names(match.start(), match.group(), people_ends):
                owner = re.search(r"(\S+?)(?:’s|'s|’|') $", text[:start])
                if owner and owner.group(1) in self.known_places and name.lower() in self.institutions:
                    continue  # "Ukraine's Defense Ministry": a place's institution, named with it
                if self._acceptable(name, "organisations"):
                    found.append(Candidate(index, start, start + len(name), name, "organisations"))
        for match in self.unit_re.finditer(text) if self.unit_re else []:
            name = match.group().strip()
            # "Taliban-allied Haqqani network", "Iran-backed militia": what describes it is no name
            described = re.match(r"(?:[A-Z][\w’']*-[a-z]+ )+", name)
            start = match.start() + (described.end() if described else 0)
            name = text[start : match.start() + len(name)]
            first = name.split()[0]
            lower = first.lower()
            if lower in self.demonyms or lower in self.articles or lower in self.always_orgs:
                continue
            if re.match(r" [A-Z]", text[match.end() :]):
                continue  # "Betting company Bally’s": the noun says what the name after it is
            if self._one_of_a_kind(doc, start, start + len(name)):
                continue  # "an Amazon company", "any US company", "Our company is": no body's name
            if len(name.split()) > 1:
                found.append(Candidate(index, start, start + len(name), name, "organisations"))
        return found

    def _one_of_a_kind(self, doc: Doc, start: int, end: int) -> bool:
        """Whether a name and its unit noun ("X company", "X group") say what kind of thing one of
        many is rather than name a body: a determiner that points at one among many opens the
        phrase, past the words that describe it ("an Amazon company", "any US company", "a
        pro-Israel group", "an antibody focused ADC company"; not "the Islamic State group"), or
        the name's first word is a pronoun, determiner or number capitalised at a sentence's start
        ("Our company is ...", "One group of ..."). Not where the noun itself describes the one
        after it ("a Wagner group fighter": the determiner is the fighter's). A language listing no
        such determiners (organisations.yaml `thing_determiners`) is left as it was."""
        span = doc.char_span(start, end, alignment_mode="expand")
        if not self.thing_determiners or not span or span[-1].dep_ == "compound":
            return False
        # only at a sentence's start (past an opening quotation mark): within one, a capitalised
        # number word opens a body's name ("the Seven West Media group")
        if span[0].pos_ in ONE_OF_MANY_POS and all(t.is_punct for t in doc[span.sent.start : span.start]):
            return True
        for token in reversed(doc[max(0, span.start - MAX_DESCRIBING_WORDS) : span.start]):
            if token.lower_ in self.thing_determiners:
                return True
            if token.pos_ not in DESCRIBING_POS and token.tag_ != "HYPH":
                return False
        return False

    def _two_bodies(self, name: str) -> tuple[str, str] | None:
        """The two sides of one "and" in a name when either is a body on its own, an acronym or one
        the data knows ("University of Chicago Education Lab and MDRC", "Marines and Coast Guard");
        None for one name ("Food and Drug Administration", "Customs and Border Protection")."""
        joins = list(self.org_join_re.finditer(name))
        if len(joins) != 1:
            return None
        left, right = name[: joins[0].start()], name[joins[0].end() :]
        return (left, right) if self._a_side_stands_alone(left, right) else None

    def _a_side_stands_alone(self, left: str, right: str) -> bool:
        """Whether a side of an "and" is a body on its own: an acronym or one the data knows."""
        return any(ACRONYM_WORD_RE.match(side) or self._known_body(side) for side in (left, right))

    def _joins_two_names(self, left: str, right: str) -> bool:
        """Whether "and" stands between two names ("European Union and NATO", "Army and Navy")
        rather than inside one ("Department of Health and Human Services", "Public Services and
        Procurement Canada"): what comes before ends in a body's word, and what comes after opens
        with one or an acronym, or, after a name with no "of"-part, has a body's head of its own."""
        words, after = left.split(), right.split()
        if self._a_side_stands_alone(left, right):
            return True  # "the Marines and Coast Guard", "... Education Lab and MDRC": a body on its own
        if not words or not after or words[-1] not in self.org_words:
            return False
        if after[0] in self.org_words or self._names_a_body(after[0]):
            return True
        if self.head_end_re.search(left):
            return False  # "of Health and Human Services": the "and" goes on with the "of"-part
        head = self.head_end_re.split(right)[0].split()
        return bool(head) and head[-1] in self.org_words

    def _possessive_in_name(self, word: str) -> bool:
        """Whether a word's possessive goes on being an organisation's name: "People's" of
        "National People's Congress" (organisations.yaml `possessive_name_words`), or the title of
        the office's holder, "Attorney’s" of "U.S. Attorney’s Office" (people.yaml `titles`)."""
        lower = word.lower()
        return lower in self.possessive_names or lower in self.title_words

    def _genitive_at(self, text: str) -> bool:
        """Whether `text` opens with a genitive preposition between spaces: " of the Army"."""
        return any(text.startswith(f" {word} ") for word in self.genitive)

    def _org_names(
        self, offset: int, phrase: str, people_ends: Collection[int] = ()
    ) -> list[tuple[int, str]]:
        """The organisation names in one capitalised phrase, with their offsets; `people_ends`: where
        the model's people's names end in the text."""
        # a possessive or an "X-based" ends what came before: "Belarus' Union State"; not a
        # holder's title or a word whose possessive names are made of: "U.S. Attorney’s Office"
        cut = max(
            (
                m.end()
                for m in re.finditer(r"(\S+?)(?:-based|’s|'s|'|’) ", phrase)
                if not self._possessive_in_name(m.group(1)) or m.group().endswith("-based ")
            ),
            default=0,
        )
        # a sentence ends after an abbreviation's full stop: "in the U.S. The Army said"
        opened = (
            m.start(1) for m in re.finditer(rf"{DOTTED} (\S+)", phrase) if m.group(1).lower() in self.openers
        )
        cut = max(cut, max(opened, default=0))
        phrase, offset = phrase[cut:], offset + cut
        dotted = re.match(rf"{DOTTED} ", phrase)
        if dotted and dotted.group().strip() not in self.known_places:
            phrase, offset = phrase[dotted.end() :], offset + dotted.end()  # "J.D. Power"
        # "European Union and NATO": two names when the first part ends in its head word;
        # "the Air Force and the Secret Service": a name never goes on with "and the"; "Li Keqiang
        # and National People’s Congress": nor with "and" after a person's name
        parts = []
        start = 0
        for m in self.org_join_re.finditer(phrase):
            left = phrase[start : m.start()]
            named = offset + m.start() in people_ends
            if (m["the"] or named or self._joins_two_names(left, phrase[m.end() :])) and "," not in left:
                parts.append((start, left))
                start = m.end()
        parts.append((start, phrase[start:]))
        names = []
        while parts:
            start, name = parts.pop(0)
            words = self._without_openers(name.split())
            # "Former National Security Council official": a holder's word opening a sentence
            while len(words) > 2 and words[0].lower() in self.holder_modifiers:
                words = words[1:]
            # "since the end of January the Air Assault Forces": a date the capitals ran into
            if (
                len(words) > 2
                and words[0].lower() in self.openers_and_dates
                and words[1].lower() in self.articles
            ):
                words = self._without_openers(words[1:])
            start += sum(len(w) + 1 for w in name.split()[: len(name.split()) - len(words)])
            # "... Senior Services Director Dr": a post's holder after the body's name is no part of
            # it; "Office of the Independent Budget Analyst" is the holder's office
            while (
                len(words) > 2
                and words[-1].lower().rstrip(".") in self.post_heads | self.honorifics
                and words[-1] not in self.org_words
                and words[-2].lower() not in self.name_small_words
                and not self.office_of_re.search(" ".join(words))
            ):
                words = words[:-1]
            name = POSSESSIVE_RE.sub("", " ".join(words).rstrip(","))  # "the Bank of Canada’s take"
            # "U.S. District Court on Wednesday": a day the capitals ran into, never the name's
            name = self.dated_tail_re.sub("", name)
            if len(words) < 2 or name in self.known_places:
                continue
            # the head word comes before the first "of"/"for": "Council of ...", not "Treaty"; or, when
            # that is no title's word nor a person's name and a name follows its "of", the last word:
            # "Code of Practice Authority" (not "Sui-Lee Wee of the New York Times")
            head_part = self.head_end_re.split(name)[0]
            head = head_part.split()[-1]
            if (
                head not in self.org_words
                and head.lower() not in self.title_words
                and words[-1] in self.org_words
                and offset + start + len(head_part) not in people_ends
                and self.genitive_name_re.match(name[len(head_part) :])
            ):
                head = words[-1]
            if head not in self.org_words:
                if ", " in name:
                    # "Firefly Aerospace, Lockheed Martin, Masten Space Systems and Moon Express": a
                    # list of names, no one name its last word heads; each item is read alone
                    parts[:0] = [(start + m.start(), m.group()) for m in LIST_ITEM_RE.finditer(name)]
                continue
            if all(w.strip(",") in self.org_words or w.lower() in self.name_small_words for w in words):
                continue  # 'Armed Forces' alone names nobody
            names.append((offset + start, name))
        return names

    def _cited(self, index: int, body: Body) -> list[Candidate]:
        """Sources cited inline, '(Belta, October 31)': organisations or publications."""
        found = []
        for (start, end), cited in find_citations(body.texts[index]):
            inner = body.texts[index][start:end]
            for name, _ in cited:
                name = re.sub(r"(\w)\. (com|org|net|gov|ua|by|ru|uk|eu|info|io)\b", r"\1.\2", name)
                name = re.sub(r"(\w)\. (com|org|net|gov|ua|by|ru|uk|eu|info|io)\b", r"\1.\2", name)
                if not name[:1].isupper() or len(name.split()) > 6:
                    continue
                offset = inner.find(name.split()[0])
                if offset < 0:
                    continue
                found.append(
                    Candidate(index, start + offset, start + offset + len(name), name, "organisations")
                )
        return found

    def _formations(self, index: int, text: str) -> list[Candidate]:
        """'3 Division', '120 Battalion', '44 Engineer Brigade': a military formation its number
        names, the number part of the name (the model reads it as a count, or leaves it out)."""
        if self.formation_re is None:
            return []
        return [
            Candidate(index, m.start(), m.end(), m.group(), "organisations")
            for m in self.formation_re.finditer(text)
        ]

    def _teams(self, index: int, text: str, doc: Doc, families: set[str]) -> list[Candidate]:
        """A sports team: a place the data knows, the model read or its head word names, and a
        capitalised plural after it ("the Green Bay Packers", "Denver Broncos", "Sheffield Steelers
        and Nottingham Panthers"), which the model reads as a person, a place, or the place alone.
        Not an event's name ("Paris Olympics": `not_team_words`), a place's own word ("Golan
        Heights") or a body's ("Times"); in sentences only, not a menu's or a teaser's line, and not
        across a full stop ("in Sacramento, Calif. Immigrants who ...")."""
        # "beating Orlando Pirates 2-1": the model's place without the score it ran into
        places = {
            (e.start_char, e.end_char - len(m.group()) if (m := SCORE_TAIL_RE.search(e.text)) else e.end_char)
            for e in doc.ents
            if e.label_ in ("GPE", "LOC", "FAC")  # "beating Orlando Pirates", read as a stadium
        }
        found = []
        for match in self.team_re.finditer(text):
            nick = match.group("nick")
            if not self._team_nickname(nick) or nick in self.place_heads:
                continue
            words = match.group("place").split()
            if words[-1].endswith("."):
                continue  # "in Sacramento, Calif. Immigrants who ...": a sentence ends before the plural
            if (match.start(), match.end()) in places and match.group().strip() not in self.known_places:
                # "said Pittsburgh Pirates center fielder": the model read the place and the plural
                # as one place, which no place the data knows is ("United States", "Los Angeles")
                found.append(Candidate(index, match.start(), match.end(), match.group(), "organisations"))
                continue
            for first in range(len(words)):  # "the NFL’s Denver Broncos": the place is the last words
                place = " ".join(words[first:])
                start = match.end("place") - 1 - len(place)
                # known, read as a place by the model, or a name and a place's head ("Green Bay")
                if (
                    place in self.known_places
                    or (start, start + len(place)) in places
                    or len(words) - first == 2
                    and words[-1] in self.place_heads
                ):
                    name = text[start : match.end()]
                    found.append(Candidate(index, start, match.end(), name, "organisations"))
                    break
        # "a loss to the Chiefs", "traded their closer to the Padres", "the All Blacks named":
        # a team by its plural alone after "the"; not a people's plural ("the Americans", "the
        # Danes"), a place ("the Philippines") or an event ("the Olympics")
        for match in DEFINITE_PLURAL_RE.finditer(text):
            name, nick = match.group("name"), match.group("name").split()[-1]
            if (
                not self._team_nickname(nick)
                or nick.lower() in self.not_orgs
                or name in self.known_places
                or any(nick.removesuffix(e).lower() in self.demonyms for e in self.plural_endings)
                or nick in families
            ):
                continue
            found.append(Candidate(index, match.start("name"), match.end("name"), name, "organisations"))
        return found

    def _name_runs(self, text: str) -> list[tuple[int, int, list[str]]]:
        """Runs of capitalised words, hyphenated ones with their small particles ("al-Nujaba",
        "Tehrik-i-Taliban"), without the article or opener the capitals took in and a possessive's
        ending ("Fine Gael's leader"): (start, end, words)."""
        runs = []
        for match in NAME_RUN_RE.finditer(text):
            # "Sheikh Hasina's Awami League": a possessive ends its owner's name, another begins
            offset = match.start()
            for segment in re.split(r"(?<=['’]s )|(?<=s['’] )", match.group()):
                kept = self._without_openers(segment.split())
                start = offset + len(segment.rstrip()) - len(" ".join(kept))
                offset += len(segment)
                # "Sinn Féin President Mary Lou McDonald", "Hezbollah Secretary-General Naim
                # Qassem": a title ends the body's name; the rest is its holder's
                cut = next((i for i, w in enumerate(kept) if i and self._is_title_word(w)), len(kept))
                name = POSSESSIVE_RE.sub("", " ".join(kept[:cut]))
                if name:
                    runs.append((start, start + len(name), name.split()))
        return runs

    def _is_title_word(self, word: str) -> bool:
        """Whether a capitalised word is a title's or opens one ("President", "Secretary-General")."""
        head = word.split("-")[0].lower().rstrip(".")
        return head in self.title_words or head in self.honorifics

    def _club_names(self, index: int, text: str, runs: list[tuple[int, int, list[str]]]) -> list[Candidate]:
        """A club by a word of a club's name (organisations.yaml `team_name_ends`,
        `team_name_openers`): "Manchester United", "Zesco United beat Power Dynamos", "Real Madrid",
        which the model reads as a person or a place; two words at least, in a story about sport."""
        found = []
        for start, end, words in runs:
            if len(words) < 2 or len(words) > 4:
                continue
            if words[0] in self.given_names:
                continue  # "Marco Villa, the company's chief operating officer": a person
            if words[-1] in self.team_name_ends or words[0] in self.team_name_openers:
                found.append(Candidate(index, start, end, text[start:end], "organisations", typed=True))
        return found

    def _foreign_body_names(
        self, index: int, text: str, runs: list[tuple[int, int, list[str]]]
    ) -> list[Candidate]:
        """A body named in another language by what it is, a party, a movement, a brigade, an army
        (organisations.yaml `foreign_body_words`): "Ansar Allah said it", "Harakat al-Nujaba",
        "Tehrik-i-Taliban Pakistan", "Sinn Féin", "Fianna Fáil", which the model reads as a person,
        splits, or takes a place out of."""
        found = []
        for start, end, words in runs:
            parts = [p for w in words for p in w.split("-")]
            # "Gael Garcia Bernal" beside "Fine Gael": a body's word that opens the run as a
            # given name opens a person's name
            if parts[0] in self.given_names:
                parts = parts[1:]
            if any(p[:1].isupper() and p.lower() in self.foreign_body_words for p in parts):
                found.append(Candidate(index, start, end, text[start:end], "organisations", typed=True))
        return found

    def _cited_outlets(self, index: int, text: str, doc: Doc) -> list[Candidate]:
        """A medium cited by its name alone after a citing word (organisations.yaml
        `outlet_frames`): "told Newsnight", "speaking to Kompas", "reported by Semafor". Not a name
        the model reads as a person's, nor one that opens with a given name, a title or a date, nor a
        place the data knows or a people's name."""
        if not self.outlet_frame_re:
            return []
        people = [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "PERSON"]
        found = []
        for match in self.outlet_frame_re.finditer(text):
            if re.search(r"['’]s? ", match.group("name")):
                continue  # "told Australia's Hysteria Magazine": the owner is no medium
            after = doc.char_span(match.end("name") + 1, len(text), alignment_mode="expand")
            if after is not None and len(after) and after[0].pos_ == "NOUN" and after[0].is_lower:
                continue  # "according to Seaside police", "told VOA Pentagon correspondent": it modifies
            kept = self._without_openers(match.group("name").split())  # "told The Associated Press"
            name = POSSESSIVE_RE.sub("", " ".join(kept))
            start = match.end("name") - len(" ".join(kept))
            end = start + len(name)
            first = name.split()[0] if name else ""
            if (
                not name
                or any(s < end and start < e for s, e in people)
                or first in self.given_names
                or first.lower().rstrip(".") in self.not_outlet_openers
                or name in self.known_places
                or first.lower() in self.demonyms
                or not self._acceptable(name, "organisations")
            ):
                continue
            found.append(Candidate(index, start, end, name, "organisations"))
        return found

    def _team_nickname(self, nick: str) -> bool:
        """Whether a capitalised plural may be a team's nickname: not an event's ("Olympics"), a
        body's head word ("Times") or a singular that ends like a plural ("Congress")."""
        return not (
            nick in self.not_team_words or nick in self.org_words or nick.endswith(self.singular_endings)
        )

    def _family_plurals(self, texts: list[str]) -> set[str]:
        """The plurals that name a family the text's people belong to ("Jason Kelce and Travis
        Kelce ... the Kelces"): a surname after a given name the data knows, whose plural never
        follows a capitalised word ("Jim Brown of the Cleveland Browns ... the Browns": a team)."""
        surnames = {
            m.group(2)
            for text in texts
            for m in re.finditer(r"\b([A-Z][a-z]+) ([A-Z][a-z]+)\b(?! [A-Z])", text)
            if self._given_name(m.group(1))
        }
        plurals = {surname + ending: surname for surname in surnames for ending in self.plural_endings}
        joined = "\n".join(texts)
        return {
            plural
            for plural in plurals
            if re.search(rf"\b[Tt]he {plural}\b", joined)
            and not re.search(rf"\b(?!The\b)[A-Z][\w.'’-]* {plural}\b", joined)
        }

    def _division_places(self, index: int, text: str) -> list[Candidate]:
        """'Abia State', 'Komi Republic': a known place and the noun of the division it is
        (places.yaml `division_nouns`) is a place, though the model reads the pair as a person or
        a body; kept apart from the name alone, which may be the division's city ("Donetsk"). Not
        when a capitalised word follows ("California State University"), nor before a name that is
        no place ("Islamic State")."""
        if self.division_re is None:
            return []
        found = []
        for m in self.division_re.finditer(text):
            name = m.group("name").strip()
            if name not in self.known_places:
                continue
            if m.group("plural"):  # "Kaduna and Niger States": each state by its name
                found.append(Candidate(index, m.start(), m.start() + len(name), name, "places"))
            else:
                found.append(Candidate(index, m.start(), m.end(), m.group(), "places"))
        return found

    def _known_organisations(self, index: int, text: str) -> list[Candidate]:
        """Organisations the model reads as products ("a Facebook post"), in sentences only."""
        if not self.known_orgs_re or not is_prose(text):
            return []
        # not part of a longer name ("U.S. Air Force", "Marine Corps Base Hawaii"); a date's word
        # beside it is none ("a Saturday Facebook post")
        return [
            Candidate(index, m.start(1), m.end(1), m.group(1), "organisations")
            for m in self.known_orgs_re.finditer(text)
            if not _capitalised_beside(text, m.start(1), m.end(1), self.openers_and_dates)
        ]

    def _gazetteer_places(self, index: int, text: str) -> list[Candidate]:
        if not self.gazetteer_re:
            return []
        return [
            Candidate(index, m.start(), m.end(), m.group(), "places")
            for m in self.gazetteer_re.finditer(text)
            if not re.match(r"\s?[$€£¥₹]", text[m.end() :])  # "US$100 million": a currency
            and (m.group() in self.sure_places or not _capitalised_beside(text, m.start(), m.end()))
        ]

    def _candidate(self, index: int, ent: Span, kind: str) -> Candidate | None:
        tokens = list(ent)
        role_tokens: list[Token] = []
        if kind == "people":
            # "President Alexander Lukashenko": the title goes to the role
            # ... and so does a place the model ran into the name: "of Belarus Alexander ..."
            while len(tokens) > 1 and (
                self._is_title_token(tokens[0])
                or tokens[0].lower_ in self.title_links
                # a place only when a first name and a surname still follow it
                or len(tokens) > 2
                and (tokens[0].text in self.known_places or tokens[0].lower_ in self.demonyms)
            ):
                role_tokens.append(tokens.pop(0))
            # "Realtor Ghazal Amini said", "Trader Nina Sorensen said": the word that opens the
            # sentence, capitalised only for that, before the name's words and itself no given
            # name, says what the person does; it is no part of the name
            if len(tokens) > 1 and self._describes_the_named(tokens[0]):
                role_tokens.append(tokens.pop(0))
            # what is left after a title must be a name, not 'Staff' of 'General Staff'
            if len(tokens) == 1 and tokens[0].pos_ != "PROPN":
                return None
        # "the Confederation of South African Trade Unions (Cosatu", "Liverpool 2-1": the model ran
        # the name into the short form that the bracket opens, or into a match's score
        opened = next((i for i, t in enumerate(tokens) if t.text == "("), None)
        if opened and not any(t.text == ")" for t in tokens[opened:]):
            tokens = tokens[:opened]
        # "Liverpool 2-1", "Liverpool 2-1 Everton": the first side's name, up to the score
        scored = next(
            (
                i
                for i in range(1, len(tokens) - 2)
                if SCORE_END_RE.search(" ".join(t.text for t in tokens[i : i + 3]))
            ),
            None,
        )
        if scored:
            tokens = tokens[:scored]
        if kind == "organisations" and tokens[-1].pos_ in {"ADP", "CCONJ", "DET"}:
            return None  # cut short by the model: "Institute for"
        if not tokens:
            return None
        start = tokens[0].idx
        end = tokens[-1].idx + len(tokens[-1].text)
        if kind == "people":
            # "Moon Jae-in", "Kim Jong-un": the tokenizer cut a hyphenated given name (not
            # "Obama-era", "Yunus-led": a word made of the name, data `name_compounds`)
            rest = re.match(r"-([a-z]{2,})\b", text_of(ent.doc)[end:])
            end += rest.end() if rest and rest.group(1) not in self.name_compounds else 0
        text = clean_entity_text(text_of(ent.doc)[start:end], self.definite_articles)
        if not self._acceptable(text, kind):
            return None
        # clean_entity_text may strip a leading article: keep the offsets on the name
        offset = text_of(ent.doc).find(text, start, end + 1)
        if offset >= 0:
            start, end = offset, offset + len(text)
        # a name in the form the pipeline gives it ("в Минске" is Минск), else as written
        normal = normal_form(ent.doc, start, end)
        named = self._undeclined_kept(normal, text) if normal else text
        text = clean_entity_text(named, self.definite_articles)
        own = self._own_possessive(tokens) if kind == "organisations" else ""
        if own and text_of(ent.doc)[start:end].endswith(text):
            text, end = text + own, end + len(own)
        candidate = Candidate(index, start, end, text, kind)
        if kind == "people":
            candidate.role = self._role(ent, role_tokens)
        return candidate

    def _own_possessive(self, tokens: list[Token]) -> str:
        """The possessive ending of a body whose name is a possessive ("Moody's said", "ads for
        Kellogg’s, Macy’s and Ford", "Standard & Poor's cut"): the model takes it into the name, and
        the name possesses nothing, being no owner in the parse and followed by no word it could
        own. "Apple's board", "Trump's plan": the owner's name alone."""
        if len(tokens) < 2 or tokens[-1].text not in ("'s", "’s"):
            return ""
        owner, doc, i = tokens[-2], tokens[-1].doc, tokens[-1].i
        if owner.dep_ == "poss" or i + 2 >= len(doc):
            return ""
        after, then = doc[i + 1], doc[i + 2]
        subject = owner
        while subject.dep_ == "conj" and subject.head is not subject:
            subject = subject.head  # "Standard & Poor's cut": the first of the joined names
        # the subject of its verb ("Moody's said"), or an item of a list of names ("Kellogg’s,
        # Macy’s and Ford"); not an owner whose thing the text leaves out ("laws similar to
        # Charlotte’s as a pretense", "the Playhouse's 'Without Walls'", "Stadia’s recommended
        # Chromecast")
        if after.pos_ in {"VERB", "AUX"} and after.dep_ != "amod" and subject.dep_ in {"nsubj", "nsubjpass"}:
            return tokens[-1].text
        if after.text in {",", "and", "or"} and then.text[:1].isupper():
            return tokens[-1].text
        return ""

    def _undeclined_kept(self, normal: str, written: str) -> str:
        """A name's nominative with the words that never decline in it as the text writes them: the
        pipeline reads "имени" of "НИИ имени Гамалеи" as a case of "имя", and names it "НИИ имя
        Гамалеи"."""
        normals, words = normal.split(), written.split()
        if not self.undeclined_in_names or len(normals) != len(words):
            return normal
        kept = self.undeclined_in_names
        return " ".join(w if w.lower() in kept else n for n, w in zip(normals, words, strict=True))

    def _titled_names(self, index: int, doc) -> list[Candidate]:
        """Capitalised names after a title that the model missed: 'Colonel Valery Revenka'."""
        extra = []
        text = text_of(doc)
        # the cheap test first, on offsets: most tokens are not capitalised, and making
        # a Token object for each was half the time of this search
        for i, idx in enumerate(doc.to_array(IDX).tolist()):
            if not text[idx : idx + 1].isupper():
                continue
            token = doc[i]
            if not self._is_title_token(token):
                continue
            j = i + 1
            while j < len(doc) and j - i <= 3 and self._is_title_token(doc[j]):
                j += 1
            last = doc[j - 1].lower_.rstrip(".")
            if not (last in self.titles or last in self.honorifics or last in self.role_modifiers):
                continue  # a word of a title only, not one: "Air" of "Surface to Air Missile"
            k = j
            while k < len(doc) and doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper():
                k += 1
            if k == j or k - j > 3:
                continue
            span = doc[j:k]
            text = clean_entity_text(span.text, self.definite_articles)
            if self._acceptable(text, "people") and not any(t.ent_type_ for t in span):
                role = " ".join(t.text for t in doc[i:j])
                extra.append(Candidate(index, span.start_char, span.end_char, text, "people", role))
        return extra

    def _without_openers(self, words: list[str]) -> list[str]:
        """A name's words without the article or sentence opener the capitals took in."""
        while words and words[0].lower() in self.openers:
            words = words[1:]
        return words

    def _surname(self, name: str) -> str:
        """The family name of a full name: its last word before a suffix ("Jr.", "III")."""
        words = name.split()
        while len(words) > 1 and (
            words[-1].lower().rstrip(".") in self.honorifics or re.fullmatch(r"[IVX]+", words[-1])
        ):
            words.pop()
        return words[-1]

    def _is_role_word(self, token: Token) -> bool:
        return any(word in self.title_words or word in self.person_refs for word in self._forms(token))

    def _is_title_token(self, token: Token) -> bool:
        return any(
            word in self.honorifics or word in self.title_words or word in self.role_modifiers
            for word in self._forms(token)
        )

    def _forms(self, token: Token) -> tuple[str, ...]:
        """A word as the data lists are matched with: as written, and as its lemma in a language
        that inflects."""
        word = token.lower_.rstrip(".")
        return (word, token.lemma_.lower()) if self.by_lemma else (word,)

    def _acceptable(self, text: str, kind: str) -> bool:
        lower = text.lower()
        if len(text) < 2 or not re.search(r"[^\W\d_]", text) or text.islower():
            return False
        if kind == "people":
            words = lower.split()
            if any(w in self.not_names for w in words) and len(words) == 1:
                return False
            if lower in self.demonyms or re.search(r"[\d/]", text) or len(words) > 5:
                return False  # a number, a credit's slash ("Andrey Rudakov/ Bloomberg"), a phrase
            if any(p.search(text) for p in self.not_name_res):
                return False  # "Storm Ciarán"
            if all(w.rstrip(".") in self.title_words or w in self.honorifics for w in words):
                return False
            if len(words) > 1 and words[-1].rstrip(".") in self.post_heads:
                return False  # "Chief Product Officer", "Lance Cpl": a post without its holder
        if kind == "organisations" and (
            lower in self.not_orgs
            or lower in self.demonyms
            or any(p.search(text) for p in self.not_org_res)
            or len(text.split()) > MAX_ORG_WORDS  # a teaser's headline, not a name
            or lower.split()[-1] in self.name_cannot_end  # cut short
            or re.search(r"\s[-–—|]\s|[^\W\d_]+ [^\W\d_]+/[A-Z]", text)  # a heading; "Jane Doe/AFP"
            or self.dated_tail_re.search(text)
        ):
            return False
        if kind == "organisations" and re.search(r"^[A-Z]\. |\w\. [a-z]", text):
            # run over a full stop: "a post on X. Targets included", "(Mil. through, ...)";
            # an initial after a name stays: "John F. Kennedy School", "St. Petersburg University"
            return False
        if kind == "places" and (
            re.search(r"\s[-–—|]\s", text)
            or self.dated_tail_re.search(text)
            or text.count("(") != text.count(")")
        ):
            return False  # "Washington DC - 25", "Lviv on April", "Line of Control (LoC"
        return not (kind == "places" and (lower in self.not_places or lower in self.demonyms))

    # ------------------------------------------------------------ roles

    def _role(self, ent: Span, title_tokens: list[Token]) -> str | None:
        """Role words before the name and an appositive after or around it."""
        doc = ent.doc
        parts = []
        left = []
        i = (title_tokens[0].i if title_tokens else ent.start) - 1
        while i >= 0 and len(left) < MAX_ROLE_TOKENS:
            token = doc[i]
            if token.ent_type_ == "PERSON" or token.is_punct and token.text not in "-":
                break
            if (
                token.pos_ in ROLE_POS
                or token.text == "-"
                or token.lower_ in self.role_modifiers
                or token.lower_ in self.genitive
                and i > 0
                and self._is_role_word(doc[i - 1])
            ):
                left.insert(0, token)
                i -= 1
                continue
            break
        # keep the run only when it holds a role word ("Defense Minister", "President of")
        run = left + title_tokens
        while run and not self._is_role_word(run[0]) and not any(self._is_role_word(t) for t in run):
            run.pop(0)
        if run and any(self._is_role_word(t) for t in run):
            while run and (run[0].pos_ == "ADP" or run[0].lower_ == "of"):
                run.pop(0)
            # in an inflecting language a word that governs the role is no part of it ("по словам
            # президента X": "словам"); one of the role hangs on a word after it ("бывший министр").
            # (English's parses of "Israel Prime Minister" hang the place elsewhere: not there.)
            while self.by_lemma and not self._is_role_word(run[0]) and not run[0].i < run[0].head.i < ent.end:
                run.pop(0)
            if not self._of_whom(run, ent):
                parts.append(self._role_words(run))
        appositive = self._appositive(ent)
        if appositive:
            parts.append(appositive)
        role = "; ".join(p for p in parts if p)
        return role or None

    def _of_whom(self, run: list[Token], ent: Span) -> bool:
        """Whether, in a language that inflects, the name after a role is in the genitive where the
        role's title is in the nominative: "глава Офиса Владимира Зеленского" is somebody of
        Zelensky's, not Zelensky ("министр обороны Сергей Шойгу", "министра обороны Сергея Шойгу"
        agree)."""
        title = next((t for t in run if self._is_role_word(t)), None)
        return (
            self.by_lemma
            and title is not None
            and title.morph.get("Case") == ["Nom"]
            and ent.root.morph.get("Case") == ["Gen"]
        )

    def _role_words(self, run: list[Token]) -> str:
        """A role as it stands before a name; in a language that inflects, its title word in the
        dictionary form ("по словам министра обороны X": "министр обороны")."""
        role = _join_tokens(run)
        first = run[0]
        if (
            self.by_lemma
            and first.lemma_.lower() in self.title_words
            and first.lower_ != first.lemma_.lower()
        ):
            lemma = first.lemma_.lower()
            role = (lemma.capitalize() if first.text[:1].isupper() else lemma) + role[len(first.text) :]
        return role

    def _appositive(self, ent: Span) -> str | None:
        root = ent.root
        for child in root.children:
            if child.dep_ == "appos" and child.i > root.i and child.pos_ in {"NOUN", "PROPN"}:
                if child.ent_type_ == "PERSON":
                    continue
                tokens = [t for t in child.subtree if t.i > ent.end - 1]
                text = without_leading(_join_tokens(tokens), self.articles)
                # a role describes: "a researcher at ...", not a ticker "(MT.LU)" or another name
                # nor an account's handle "(@janedoe)"
                if text.startswith(("(", "@")) or not _has_lower_word(text):
                    continue
                return text
        # "The head of the Department ..., Colonel Valery Revenka": the name is the appositive
        i = ent.start - 1
        while i >= 0 and self._is_title_token(ent.doc[i]):
            i -= 1
        if root.dep_ != "appos" or i < 0 or ent.doc[i].text != ",":
            return None
        # climb from the word the name hangs on, through "of the ...", to the role noun
        head = root.head
        for _ in range(6):
            if head.pos_ == "NOUN" or head.dep_ not in {"pobj", "prep", "compound"}:
                break
            head = head.head
        if head.pos_ == "NOUN" and head.i < i:
            text = without_leading(_join_tokens(list(ent.doc[head.left_edge.i : i])), self.articles)
            return text or None
        return None

    # ------------------------------------------------------------ grouping

    def group(self, candidates: list[Candidate], texts: list[str], docs: list[Doc]) -> dict[str, list[Group]]:
        """Candidates into entities, one per real-world thing within this source."""
        # "Long Name (ACR)" where the long name is no organisation's (a law, a treaty): nor is ACR
        not_orgs = {
            match.group(2)
            for text in texts
            for match in self.defined_acronym.finditer(text)
            if any(p.search(match.group(1)) for p in self.not_org_res)
        }
        candidates[:] = [
            c
            for c in candidates
            if not (
                c.kind == "organisations"
                and (c.text in not_orgs or _counted_unit(c, texts) or self._gathering(c.text))
            )
        ]
        # "Long Name (ACR)": the acronym names the same organisation
        acronyms: dict[str, str] = {}
        for c in candidates:
            after = re.match(r"\s*\(([A-ZА-ЯЁ][A-Za-zА-ЯЁа-яё]{1,7})\)", texts[c.paragraph][c.end :])
            if after and c.kind == "organisations":
                acronyms[after.group(1)] = c.text
        # "ST CATHERINE, Jamaica —", "FORT BLISS, Texas (Army News Service) --": a dateline's
        # capitals name the place the story was filed from, whatever the model took them for
        # (each paragraph read once, not once for each name in it)
        datelines = {i: m.span("place") for i, t in enumerate(texts) if (m := CAPITALS_DATELINE_RE.match(t))}
        for c in candidates:
            if datelines.get(c.paragraph) == (c.start, c.end) and c.text.isupper():
                c.kind = "places"
        # A name tagged with several kinds: a person if anything marks it as one (a title,
        # a role), else a place if it was ever read as one or is a known place, else the
        # kind most of its mentions have.
        for c in candidates:
            if c.kind == "organisations" and (
                self._named_like_a_person(c, texts) or self._addressed_as_a_person(c, texts)
            ):
                c.kind = "people"  # "controlled by Rinat Akhmetov": the model said organisation
        # "spokesperson Nkweto Tembwe confirmed ... Tembwe said": a name of a person's shape the
        # model read as a body, whose last word the text also names alone, is a person known by
        # the surname, and so is that word; a body is short-named by its first word ("Lockheed"
        # of "Lockheed Martin"), never by its last
        lower_words = _lower_words(texts)  # once a body: read here and below
        surnamed = self._known_by_last_word(candidates, texts, lower_words)
        for c in candidates:
            if c.kind == "organisations" and (c.text in surnamed or c.text in surnamed.values()):
                c.kind = "people"
        # "new appointees Lucy Nyawira Macharia, Marete Marungu, Walter Nyambati": an item of a list
        # of people is a person, whatever the model said
        people_at = {(c.paragraph, c.start, c.end) for c in candidates if c.kind == "people"}
        listed_people = {
            c.text
            for c in candidates
            if c.kind == "organisations" and self._listed_with_people(c, texts, people_at)
        }
        for c in candidates:
            if c.kind == "organisations" and c.text in listed_people:
                c.kind = "people"
        votes: dict[str, Counter[str]] = defaultdict(Counter)
        titled: set[str] = set()
        # "the website Militarnyj": a name a noun calls a body is one wherever the text names it
        typed = {c.text.lower() for c in candidates if c.typed}
        for c in candidates:
            votes[c.text.lower()][c.kind] += 1
            if c.kind == "people" and c.role:
                titled.add(c.text.lower())
        for c in candidates:
            lower = c.text.lower()
            counts = votes[lower]
            if (
                lower in self.always_orgs
                or CAPITALS_END_RE.match(c.text)
                or lower in typed
                # "Meta said": a body the data knows, over a subdivision of that name (Colombia's
                # Meta), though not over a place of the hand-made gazetteer
                or self._known_body(c.text)
                and c.text not in self.sure_places
            ):
                c.kind = "organisations"
            elif lower in titled and (c.text not in self.known_places or c.text in self.given_names):
                # a role before a place's name is the place's: "the capital, Kyiv"; not "Jordan"'s
                c.kind = "people"
            elif counts["places"] or c.text in self.known_places:
                c.kind = "places"
            else:
                c.kind = max(counts.items(), key=lambda kv: (kv[1], kv[0] == "people"))[0]
        as_org: dict[str, list[Candidate]] = defaultdict(list)
        for c in candidates:
            if c.kind == "organisations":
                as_org[c.text].append(c)
        places_at = {(c.paragraph, c.start, c.end) for c in candidates if c.kind == "places"}
        others_at = {(c.paragraph, c.start, c.end) for c in candidates if c.kind != "places"}
        placed = {
            text
            for text, mentions in as_org.items()
            if text.lower() not in typed
            and (
                self._placed(mentions, texts)
                or self._venue(text)
                or self._listed_with_places(mentions, texts, places_at, others_at)
            )
        }
        for c in candidates:
            if c.kind == "organisations" and c.text in placed:
                c.kind = "places"  # "in Logar province": the model said organisation
        # "the Babban Gida road", "on the Oleksandrivka direction", "Gemini models": a name that only
        # ever modifies a noun of the ground is a place, of a made thing no body (the model read a body)
        for text, mentions in as_org.items() if self.ground_nouns | self.product_nouns else ():
            if text in placed or self._guarded_body(text, typed):
                continue
            heads = [self._modified_nouns(docs[m.paragraph], m) for m in mentions]
            kind = (
                "places"
                if all(h & self.ground_nouns for h in heads)
                else ""
                if all(h & self.product_nouns for h in heads)
                else None
            )
            if kind is not None:
                for m in mentions:
                    m.kind = kind
        candidates[:] = [c for c in candidates if c.kind]
        # "through an API that lives on the platform", "an FRB emerged", "180mm PSUs and GPUs":
        # an acronym the text points at as one of many (an indefinite or pointing determiner) or
        # writes in the plural names a kind of thing, not a body ("the FBI", never "an FBI")
        acronyms_named: dict[str, list[Candidate]] = defaultdict(list)
        for c in candidates:
            if c.kind == "organisations":
                acronyms_named[c.text].append(c)
        things = {
            name
            for name, mentions in acronyms_named.items()
            if self._acronym_of_a_thing(name, mentions, texts, docs) and not self._guarded_body(name, typed)
        }
        candidates[:] = [c for c in candidates if not (c.kind == "organisations" and c.text in things)]
        # "Google Maps", "Microsoft Teams", "Apple Watch", "the Nintendo Direct broadcast": a body's
        # name and a word of a thing it makes, shows or sells is the thing's name, no body's; unless
        # it speaks or has a spokesman, as a thing never does ("Sony Music said", "Apple Daily's
        # editors"): the maker's part named by a trade no list holds
        bodies = {c.text for c in candidates if c.kind == "organisations"}
        products = {
            name
            for name, mentions in acronyms_named.items()
            if self._product_of(name, bodies, typed) and not self._acts(mentions, docs)
        }
        candidates[:] = [c for c in candidates if not (c.kind == "organisations" and c.text in products)]
        # "Giant wooden catapults have been built", "Ceaseless Saudi airstrikes", "Specialized
        # lipid-based carriers": a word capitalised only because a sentence opens with it, which the
        # tagger reads as an adjective or a common noun, is no name wherever the text writes it. Not
        # where words are matched by their lemmas (Russian): there the tagger reads names it does not
        # know as common nouns too ("Газпром", "Баста" opening a sentence, bodies of ru-dev)
        # "like Khalistani militant ...": a word the model reads elsewhere as a people's (NORP)
        common_words = lower_words | {e.text.lower() for doc in docs for e in doc.ents if e.label_ == "NORP"}
        openers = _at_every_mention(
            [c for c in candidates if c.kind == "organisations" and " " not in c.text and not self.by_lemma],
            lambda c: _common_word_opening(docs[c.paragraph], c, texts[c.paragraph], common_words),
        )
        candidates[:] = [
            c
            for c in candidates
            if not (c.kind == "organisations" and c.text in openers and not self._guarded_body(c.text, typed))
        ]
        people_surnames = {
            family.lower()
            for c in candidates
            if c.kind == "people" and len(c.text.split()) > 1
            for family in self._family_names(c.text)
        }
        # "Elon" of Elon Musk, "Lance" of Lance Ulanoff: the first name of someone the text names in
        # full, which the model took for a company's; named in full at least as often as alone, with
        # no word the text also writes in lower case after it (not "Samsung" of "Samsung Display")
        common = lower_words
        people_firsts = Counter(
            c.text.split()[0]
            for c in candidates
            if c.kind == "people" and " " in c.text and common.isdisjoint(c.text.lower().split()[1:])
        )
        alone = Counter(c.text for c in candidates if c.kind == "organisations")
        for c in candidates:
            # a surname the model tagged as an organisation or place: 'Khrenin said'
            if c.kind != "people" and c.text.lower() in people_surnames:
                c.kind = "people"
            if (
                c.kind == "organisations"
                and alone[c.text] <= people_firsts[c.text]
                and self._no_known_body(c.text, typed)
            ):
                c.kind = "people"
        if self.by_lemma:
            # "Диктатор подчеркнул ...": an epithet a sentence opens with, capitalised, is nobody's
            # name; the quotes find whom it stands for (speech.yaml `person_references`)
            candidates[:] = [
                c for c in candidates if not (c.kind == "people" and c.text.lower() in self.person_refs)
            ]
        candidates[:] = self._second_look(candidates, texts, docs, people_surnames)
        candidates[:] = self._founded_people(candidates, texts, docs, people_surnames, votes)
        lower_words = common
        candidates[:] = self._founded_organisations(candidates, texts, lower_words)
        candidates[:] = [
            c
            for c in candidates
            if not (
                c.kind == "places"
                and c.text not in self.known_places
                and self._common_word(c.text, lower_words)
            )
        ]  # "Gunmen", "Televised": a word the text also writes in lower case is no place's name
        events = _at_every_mention(
            [c for c in candidates if c.kind == "places"],
            lambda c: bool(self.event_after.match(texts[c.paragraph], c.end)),
        )
        candidates[:] = [c for c in candidates if not (c.kind == "places" and c.text in events)]
        # "You can also follow us on Twitter, like us on Facebook", "A link has been posted to your
        # Facebook feed": a platform named only where the site bids its reader, or in lines that are
        # no sentence, is the page's, not the story's
        orgs_now = [c for c in candidates if c.kind == "organisations"]
        appealed = {c.text for c in orgs_now if self._in_appeal(c, texts)} & _at_every_mention(
            orgs_now, lambda c: self._in_appeal(c, texts) or not is_prose(texts[c.paragraph])
        )
        candidates[:] = [c for c in candidates if not (c.kind == "organisations" and c.text in appealed)]
        # 'author of "Making the Corps,"', 'referred to as “Malvinas” by Argentina', 'the "Cookie
        # Control Panel"': a name the text only ever writes in quotation marks is a work's title, a
        # label or a word cited, not a body, unless a noun calls it one or the data knows it
        quoted = _at_every_mention(orgs_now, lambda c: self._in_title_quotes(c, texts))
        candidates[:] = [
            c
            for c in candidates
            if not (
                c.kind == "organisations"
                and c.text in quoted
                and c.text.lower() not in typed
                and not self._known_body(c.text)
            )
        ]
        # "— BNO News (@BNONews) February 11, 2025": the signature of a post the page embeds names
        # its account's holder, a source the story cites, though on no line of prose
        accounts = {
            c.text
            for c in candidates
            if c.kind == "organisations" and re.match(ACCOUNT_RE, texts[c.paragraph][c.end :])
        }
        signed = {
            c.text
            for c in candidates
            if c.kind == "people"
            and re.match(ACCOUNT_RE, texts[c.paragraph][c.end :])
            # after the dash, the title the name was read without: "— Archbishop Mark Coleridge"
            and re.fullmatch(rf"{SIGNATURE_DASH}(?:[A-Z][\w.'’-]*\s+){{0,3}}", texts[c.paragraph][: c.start])
        }
        groups: dict[str, list[Group]] = {kind: [] for kind in ENTITY_KINDS}
        index: dict[tuple[str, str], Group] = {}
        ordered = sorted(candidates, key=lambda c: (-len(c.text.split()), c.paragraph, c.start))
        for c in ordered:
            key = (c.kind, c.key or self._person_key(c) or words_key(c.text))
            canonical = self.joined_variants.get(c.text) if c.kind == "places" else None
            if canonical:
                key = (c.kind, words_key(canonical))
            group = index.get(key)
            if group is None and c.kind == "people" and (len(c.text.split()) == 1 or self._particled(c.text)):
                group = self._full_name_for(c.text, groups["people"])
            if group is None and c.kind == "organisations":
                group = _acronym_match(c.text, groups["organisations"], acronyms)
            if group is None and c.kind == "organisations":
                # "General Staff" is "General Staff of the Ukrainian Armed Forces" said short
                group = next(
                    (
                        g
                        for g in groups["organisations"]
                        if g.name.startswith(c.text) and self._genitive_at(g.name[len(c.text) :])
                    ),
                    None,
                )
            if group is None and c.kind == "organisations" and not c.key:
                group = self._said_short(c.text, groups["organisations"])
            if group is None:
                group = Group(name=c.text, kind=c.kind, first=(c.paragraph, c.start))
                groups[c.kind].append(group)
            index[key] = group
            group.canonical = group.canonical or canonical
            spelling = c.text
            if c.kind == "organisations" and c.text in self.org_words and group.name.endswith(f" {c.text}"):
                # "the Institute" for the Fraser Institute: a word any body may be called by is no
                # alias of this one (across sources it would join every institute)
                spelling = group.name
            group.spellings[spelling] += 1
            if self.name_endings:
                group.nominative[c.text] += _in_nominative(docs[c.paragraph], c)
            group.paragraphs.add(c.paragraph)
            if c.role and c.role not in group.roles:
                group.roles.append(c.role)
            group.first = min(group.first, (c.paragraph, c.start))
        groups["people"] = self._joined_without_patronymic(self._addressed_by_patronymic(groups["people"]))
        # A name never seen in a sentence of the story, only in lines that end no sentence
        # (headings, a page's menus and lists of links, sign-offs, other stories' headlines),
        # has nothing but its capitals to show: a person's needs a sentence, an
        # organisation's a sentence or a second mention, unless it is one known to the data.
        prose = {
            i
            for i, text in enumerate(texts)
            if is_prose(text) or introduces_speech(text, texts[i + 1] if i + 1 < len(texts) else None)
        }
        # "Vaz Makes History, Sworn In As First Female MP For East...", "Rihanna And The Radical
        # Power Of "Carefree Black Girl"...": a line the page cut off mid-phrase, no longer than a
        # headline with its standfirst, is a link to another story, whatever its stops say; a person
        # named only there is none of this one's. A paragraph of the story's own that trails off
        # ("... воевать до последнего солдата...") is longer
        people_prose = {
            i
            for i in prose
            if not (CUT_OFF_RE.search(texts[i]) and len(texts[i].split()) <= MAX_TEASER_WORDS)
        }
        # ... but the signature of a post the page embeds ("— Jane Doe (@janedoe) May 1, 2019")
        # names the person who wrote it, as it names an organisation's account below
        groups["people"] = [
            g
            for g in groups["people"]
            if g.paragraphs & people_prose or not g.spellings.keys().isdisjoint(signed)
        ]
        # "Hamas Hostages: What Do We Know So Far?", "THIS ARTICLE IS FREE TO READ REGISTER TO
        # UNLOCK.", "... a Contagion Risk for the Next Financial Crisis?": a line whose every word
        # but the small ones is capitalised, in a text whose story is not, is a heading, another
        # story's headline, a caption or a credit; a run of capitals there looks a body's name
        # whatever it is, and a name the text writes nowhere else is none of the story's bodies
        headings = {i for i, doc in enumerate(docs) if _in_headline_capitals(doc)}
        if not prose - headings:
            headings = set()  # a text in capitals throughout: its capitals tell nothing
        groups["organisations"] = [
            g
            for g in groups["organisations"]
            if (
                g.paragraphs & prose
                or g.name.lower() in typed
                or sum(g.spellings.values()) > 1
                or g.name.lower() in self.always_orgs
                or not g.spellings.keys().isdisjoint(accounts)
            )
            and not (
                g.paragraphs <= headings
                and g.spellings.keys().isdisjoint(accounts)
                and not self._guarded_body(g.name, typed)
                and g.name.lower() not in self.always_orgs
            )
        ]
        return groups

    def _guarded_body(self, text: str, typed: set[str]) -> bool:
        """Whether a name is a body whatever it modifies: a noun beside it calls it one, the data
        knows it, it is an outlet's, or a body's word is in it ("Kurram Agency border")."""
        return (
            text.lower() in typed
            or self._known_body(text)
            or text in self.outlets
            or any(w in self.org_words for w in text.split())
        )

    def _product_of(self, name: str, bodies: set[str], typed: set[str]) -> bool:
        """Whether a name is a body's (its maker's) first and a made thing's after: the first word
        or two are a body the data knows or the text names on its own ("Google", "Nintendo"), and
        the words after them name no body ("Maps", "Teams", "Watch", "Direct"), no part of one
        (organisations.yaml `maker_unit_words`: "Microsoft Research", "BBC Monitoring"), no place
        ("Nissan North America", "Google India") and no body the text names on its own ("Google
        DeepMind" where "DeepMind" acts alone)."""
        words = name.split()
        if not self.maker_units or len(words) < 2 or self._guarded_body(name, typed):
            return False  # (a language whose data lists no parts of a company is left as it was)
        for cut in (1, 2):
            maker, rest = " ".join(words[:cut]), words[cut:]
            if not rest or not (maker in bodies or self._known_body(maker)):
                continue
            tail = " ".join(rest)
            return not (
                any(w.lower().rstrip(".") in self.maker_units or not w[:1].isupper() for w in rest)
                or tail in bodies
                or tail in self.known_places
                or any(w in self.known_places or w.lower() in self.demonyms for w in rest)
            )
        return False

    def _modified_nouns(self, doc: Doc, candidate: Candidate) -> set[str]:
        """The common nouns a name stands before as their modifier, the nearest and the ones it
        goes on to modify ("the Sambisa forest hideout": forest, hideout; "the Quaker Mill and H-7
        flood mitigation ponds": pond for both names); none when it modifies no noun."""
        span = doc.char_span(candidate.start, candidate.end, alignment_mode="expand")
        if span is None:
            return set()
        token = span[-1]
        while token.dep_ == "conj" and token.head != token:  # "Orikhiv and Prydniprovske directions"
            token = token.head
        nouns: set[str] = set()
        head = token.head
        if token.dep_ not in ("compound", "nmod") or head.i < token.i:
            return nouns
        while head.pos_ == "NOUN" and head.is_lower:
            nouns.add(head.lemma_.lower())
            if head.dep_ != "compound" or head.head.i < head.i:
                break
            head = head.head
        return nouns

    def _acronym_of_a_thing(
        self, name: str, mentions: list[Candidate], texts: list[str], docs: list[Doc]
    ) -> bool:
        """Whether an acronym is a common noun's: written in the plural somewhere in the text
        ("GPUs", "FRBs"), or the head of a phrase a determiner of one among many opens
        (organisations.yaml `thing_determiners`: "an API", "each CPU"; not "an FBI agent", where
        the acronym only describes the noun after it) at every mention, or at one where the text
        never writes it after "the". '"We need an EPA that protects people"' and "The EPA declined"
        name one agency: a body the text also names with the definite article stays."""
        if not self.thing_determiners or not ACRONYM_WORD_RE.match(name) or not name.isupper():
            return False  # a language whose data lists no such determiner is left as it was
        plurals = [re.escape(name + ending) for ending in self.plural_endings if ending]
        if plurals and any(re.search(rf"\b(?:{'|'.join(plurals)})\b", text) for text in texts):
            return True
        before = [_word_before(m, docs[m.paragraph]) for m in mentions]
        of_a_thing = [heads and word in self.thing_determiners for word, heads in before]
        if not any(of_a_thing):
            return False
        return all(of_a_thing) or not any(word in self.own_definite_articles for word, _ in before)

    def _in_appeal(self, mention: Candidate, texts: list[str]) -> bool:
        """Whether a platform the data knows ("Facebook", "Twitter") is named in a sentence the site
        speaks to its reader with: "you", "us" or a bid ("Follow him on Twitter @b0yle"); not in a
        paragraph that quotes someone, whose "you" is the speaker's."""
        text = texts[mention.paragraph]
        if mention.text not in self.platforms:
            return False
        if re.search(r"[\"“”«»„]", text) or not is_prose(text):
            return False
        starts = [m.end() for m in re.finditer(r"[.!?]\s+", text[: mention.start])]
        end = re.search(r"[.!?](?:\s|$)", text[mention.end :])
        sentence = text[starts[-1] if starts else 0 : mention.end + (end.end() if end else len(text))]
        # "US" in capitals is the country ("the US Federal Trade Commission fined Facebook"), not "us"
        words = {w.lower() for w in re.findall(r"[\w’']+", sentence) if not w.isupper()}
        return bool(words & self.reader_address) or bool(self.reader_bids.search(sentence))

    def _in_title_quotes(self, mention: Candidate, texts: list[str]) -> bool:
        """Whether quotation marks hold the name and nothing else: '“Malvinas” by', '"Making the
        Corps,"' (the comma or full stop inside the closing mark, as English writes it). Not where a
        body's noun stands before the marks: 'the private military company "Wagner"' names a body
        the way Russian writes one."""
        text = texts[mention.paragraph]
        before, after = text[: mention.start], text[mention.end :]
        for opening, closing in self.title_quotes:
            closed = after.lstrip(",.")[:1] == closing and after[:1] in (closing, ",", ".")
            if before.endswith(opening) and closed:
                noun = before[: len(before) - len(opening)].split()[-1:]
                return not (noun and noun[0].lower() in self.unit_words)
        return False

    def _known_body(self, name: str) -> bool:
        """Whether the data names this body as a whole ("White House", "Coast Guard")."""
        return name.lower() in self.always_orgs or bool(
            self.known_orgs_re and self.known_orgs_re.fullmatch(name)
        )

    def _no_known_body(self, name: str, typed: set[str]) -> bool:
        """Whether a single capitalised word is no body the data or a noun beside it names."""
        return name.istitle() and name.lower() not in typed and not self._known_body(name)

    def _said_short(self, name: str, organisations: list[Group]) -> Group | None:
        """The one organisation of the text a shorter name stands for: the body's word its name ends
        with ("the Times" for the New York Times, "the Institute" for the Fraser Institute), or its name
        after its owner's possessive ("Salon and Spa" for Aisha's Salon and Spa). Not a name known
        as a whole ("White House", "Coast Guard"), and nothing when two organisations end alike
        ("Army" beside the Indian Army and the Pakistan Army)."""
        if self._known_body(name):
            return None
        longer = [
            g
            for g in organisations
            if g.name.endswith(f" {name}")
            and g.name.lower() not in self.always_orgs
            # a body's word ("Times", "Institute"), not a name of its own the capitals before it ran
            # into ("Amazing SAS", "Kennedy Space Center for the Apollo"); after an owner, any name
            and (name in self.org_words or POSSESSIVE_RE.search(g.name[: -len(name) - 1]))
        ]
        return longer[0] if len(longer) == 1 else None

    def _gathering(self, name: str) -> bool:
        """ "Munich Security Conference": an event's name, by its last word (organisations.yaml
        `gathering_words`); the word alone is no name at all."""
        words = name.split()
        return len(words) > 1 and words[-1] in self.gathering_words

    def _venue(self, name: str) -> bool:
        """ "Дворец независимости", "Андреевский зал", "Минск-арена": a building or a room the model
        took for a body is where things happen (places.yaml `venue_words`, each the start of a word
        of the name, any case ending)."""
        words = re.split(r"[\s-]+", name.lower())
        if any(name == end or name.endswith(f" {end}") for end in self.venue_name_ends):
            return True  # "Kennedy Space Center" (places.yaml `venue_name_ends`, whole words, as written)
        return any(word.startswith(venue) for venue in self.venue_words for word in words)

    def _addressed_by_patronymic(self, people: list[Group]) -> list[Group]:
        """People with their form of address joined: "Александр Григорьевич", a given name and a
        patronymic (people.yaml `patronymic_endings`), is the one Александр the text names in full
        ("Александр Лукашенко", "Александр Григорьевич Лукашенко"), when there is one."""
        kept: list[Group] = []
        for group in people:
            full = [other for other in people if other is not group and self._in_full(group, other)]
            if not full and self._patronymic_address(group):
                full = self._known_by_surname(group, people)
            if self._patronymic_address(group) and len(full) == 1:
                _join_as_address(full[0], group)
                continue
            kept.append(group)
        return kept

    def _joined_without_patronymic(self, people: list[Group]) -> list[Group]:
        """A name with its patronymic ("Александр Иванович Бастрыкин", people.yaml
        `patronymic_endings`) joined to the one person the text names with the same given name and
        surname ("Александр Бастрыкин"), under the name without it: one person written two ways."""
        kept: list[Group] = []
        for group in people:
            words = group.name.split()
            if (
                self.patronymic_endings
                and len(words) == 3
                and words[1].lower().endswith(self.patronymic_endings)
            ):
                short = [o for o in people if o is not group and o.name.split() == [words[0], words[2]]]
                if len(short) == 1:
                    # (an alias: the name stays as the text mostly writes it, with no patronymic)
                    _join_as_address(short[0], group)
                    continue
            kept.append(group)
        return kept

    def _known_by_surname(self, address: Group, people: list[Group]) -> list[Group]:
        """The people the text names by a surname alone ("Лукашенко") whom an address with no full
        name in the text stands for, by the data's full names (people.yaml `full_names`)."""
        surnames = self.surnames_by_address.get(address.name.replace("ё", "е"), set())
        return [
            other
            for other in people
            if other is not address and other.name.split()[-1].replace("ё", "е") in surnames
        ]

    def _patronymic_address(self, group: Group) -> bool:
        """A given name and a patronymic, never its second word alone: "Вучич" said alone makes
        "Александр Вучич" a surname's."""
        words = group.name.split()
        return (
            bool(self.patronymic_endings)
            and len(words) == 2
            and words[1].lower().endswith(self.patronymic_endings)
            and words[1] not in group.spellings
        )

    def _in_full(self, address: Group, other: Group) -> bool:
        """Whether `other` names in full the person `address` addresses: the same given name and a
        surname ("Александр Лукашенко"), or the same two words and more."""
        words, names = address.name.split(), other.name.split()
        if len(names) > 2:
            return names[:2] == words
        return len(names) == 2 and names[0] == words[0] and not self._patronymic_address(other)

    def _named_like_a_person(self, candidate: Candidate, texts: list[str]) -> bool:
        """A given name and at most two more capitalised words, with nothing of an organisation."""
        text = candidate.text
        words = text.split()
        if not 1 <= len(words) <= 3 or words[0] not in self.given_names:
            return False
        if not all(_capitalised_word(w) for w in words):
            return False  # acronyms, CamelCase and lower-case words are not a person's name
        if any(w in self.org_words for w in words) or self._known_body(text):
            return False  # "Eli Lilly": a body the data knows, though it opens with a given name
        if text in self.outlets or text in self.known_places or candidate.key:
            return False
        return not self.ticker_re.match(texts[candidate.paragraph][candidate.end :])

    def _person_shaped_body(self, candidate: Candidate) -> bool:
        """Whether a name the model read as a body has a person's shape and nothing of a body's:
        one to three capitalised words or initials ("Marete Marungu", "EA Anaryu", "T.Clayson")."""
        words = candidate.text.split()
        return (
            1 <= len(words) <= 3
            and not any(len(w) > 2 and w.isupper() for w in words)  # "NASA", "IBM": a body's letters
            and all(re.fullmatch(r"(?:[A-Z]\.?){1,2}|(?:[A-Z]\.)?[^\W\d_][\w’'-]*", w) for w in words)
            and words[-1][:1].isupper()
            and is_person_shaped(candidate.text.replace(".", ". ").replace(".  ", ". "), self.lexicon)
            and not any(w in self.org_words or w.lower() in self.company_words for w in words)
            and candidate.text.lower() not in self.always_orgs
            and not self._known_body(candidate.text)
            and candidate.text not in self.outlets
            and candidate.text not in self.known_places
            and not candidate.key
            and not candidate.typed
        )

    def _known_by_last_word(
        self, candidates: list[Candidate], texts: list[str], lower_words: set[str]
    ) -> dict[str, str]:
        """The person-shaped names of two or three words the model read as bodies whose last word
        the text writes alone somewhere, with no capitalised word beside it: name -> that word."""
        found: dict[str, str] = {}
        if self.by_lemma:
            return found  # a declined language writes the surname alone in another form
        joined = " ".join(texts)  # once a body, not once a candidate
        for c in candidates:
            words = c.text.split()
            if c.kind != "organisations" or c.text in found or not 2 <= len(words) <= 3:
                continue
            last = words[-1]
            if len(last) < 3 or not last.isalpha() or not self._person_shaped_body(c):
                continue
            # every word a name's ("NetApp Instaclustr", "Marine Capt" are not); the last no common
            # word the text also writes in lower case ("Google Search", "Westchester County"); the
            # first words no place ("Green Bay Packers ... the Packers")
            if not all(_capitalised_word(w) and w.lower() not in self.title_words for w in words):
                continue
            if last.lower() in lower_words or last in self.known_places or self._known_body(last):
                continue
            if any(" ".join(words[:n]) in self.known_places for n in range(1, len(words))):
                continue
            # "Bangladesh’s Rooppur": an owner and a thing; "the Packers": a team's plural
            if any(w.endswith(("'s", "’s")) for w in words) or re.search(rf"\b[Tt]he {last}\b", joined):
                continue
            alone = re.compile(rf"(?<![\w’'-]){re.escape(last)}(?![\w-])(?! [A-Z])")
            if any(
                not re.search(r"[A-Z][\w’'.-]* $", text[: m.start()])
                for text in texts
                for m in alone.finditer(text)
            ):
                found[c.text] = last
        return found

    def _addressed_as_a_person(self, candidate: Candidate, texts: list[str]) -> bool:
        """A name the words before it give a person: an honorific ("madam Geingos", "Judge Mr
        T.Clayson"), a person's title ("(FAZ) spokesperson Nkweto Tembwe": the model, misled by
        the body before the title, read the name as the body's), or a relative's noun and a comma,
        the name its apposition ("Ramdehol's sister, Inderdai Deyal said")."""
        if not self._person_shaped_body(candidate):
            return False
        before = re.search(r"([^\W\d_]+)\.?(\s*,)?\s+$", texts[candidate.paragraph][: candidate.start])
        if before is None:
            return False
        word = before.group(1).lower()
        if before.group(2):
            return word in self.relatives and " " in candidate.text
        # a title too, where words are not matched by lemma (Russian titles inflect, and its
        # model's bodies before a name are read otherwise: ru-dev lost "Еврокомиссия")
        return word in self.honorifics or not self.by_lemma and word in self.titles

    def _listed_with_people(
        self, candidate: Candidate, texts: list[str], people_at: set[tuple[int, int, int]]
    ) -> bool:
        """An item of a list whose neighbours are people: between two ("Lucy Nyawira Macharia, Marete
        Marungu, Walter Nyambati") or the last, after one ("LA Adegboye and EA Anaryu")."""
        if not self._person_shaped_body(candidate):
            return False
        text = texts[candidate.paragraph]
        before = self.list_before_re.search(text, 0, candidate.start)
        after = self.list_after_re.match(text, candidate.end)
        people_before = before is not None and (candidate.paragraph, *before.span(1)) in people_at
        people_after = after is not None and (candidate.paragraph, *after.span(1)) in people_at
        if after is not None:
            return people_before and people_after
        # the last item, after its conjunction: not "Anthony Butler, IBM Cloud CTO", an apposition
        between = text[before.end(1) : candidate.start] if before else ""
        return people_before and bool(re.fullmatch(rf",?{self.org_join_re.pattern}", between))

    def _second_look(
        self, candidates: list[Candidate], texts: list[str], docs: list[Doc], surnames: set[str]
    ) -> list[Candidate]:
        """People the model named that the context says are something else.

        Only names with no sign of being a person (no title or role, not the surname
        of a full name) are looked at again: an outlet's name or a company's
        CamelCase name is an organisation; a name after "in", "near", "outside" is a
        place; a name that only ever modifies a common noun ("the Druzhba pipeline")
        names no one; a first name shared by two people named in full is left out.
        """
        full_names = [c.text.split() for c in candidates if c.kind == "people" and len(c.text.split()) > 1]
        by_text: dict[str, list[Candidate]] = defaultdict(list)
        for c in candidates:
            if c.kind == "people":
                by_text[c.text].append(c)
        # "Ziff Davis Media" in the text: "Ziff Davis" is the company's short name. Not where a
        # given name opens it ("Maria Lopez Media", "Tom Hardy Group": a person's, then a word)
        short_names = {
            head
            for c in candidates
            if c.kind in ("people", "organisations") and " " in c.text
            for head, last in [c.text.rsplit(" ", 1)]
            if last[:1].isupper()
            and last.lower().rstrip(".") in self.company_words
            and head.split()[0] not in self.given_names
        }
        for text, mentions in by_text.items():
            if any(m.role for m in mentions) or text.lower() in surnames:
                continue
            single = len(text.split()) == 1
            if (
                text in self.outlets
                or CAMEL_RE.match(text)
                or any(self.ticker_re.match(texts[m.paragraph][m.end :]) for m in mentions)
                or text in short_names
                # "Aimed Bio Inc.", "Ziff Davis, Inc.": a company's legal form after the name, at a
                # mention the model read as a person's or anywhere else the text writes it
                or any(
                    re.search(rf"(?<![\w-]){re.escape(text)}{self.legal_form_re.pattern}", paragraph)
                    for paragraph in texts
                )
            ):
                kind = "organisations"
            elif self._after_locative(mentions, texts):
                kind = "places"
            elif (
                single
                and all(_modifies_noun(docs[m.paragraph], m, self.person_nouns) for m in mentions)
                or single
                and sum(n[0] == text for n in full_names) > 1
            ):
                kind = ""
            else:
                continue
            for m in mentions:
                m.kind = kind
        return [c for c in candidates if c.kind]

    def _founded_people(
        self,
        candidates: list[Candidate],
        texts: list[str],
        docs: list[Doc],
        surnames: set[str],
        votes: dict[str, Counter[str]],
    ) -> list[Candidate]:
        """People with evidence of being people; the model's label alone is not enough.

        A name of several words is a person's unless a word of it is in capitals ("Orbital
        ATK": an organisation) or a common word in lower case ("al-Tanf zone": a place, a
        thing). A single word is a person's with a title or role, as the surname or first
        name of a full name, or as the one who speaks ("Haqqani said"); else it is the
        organisation the model also took it for, or nothing ("Easter", "Nepal", "Berm").
        """
        firsts = {c.text.split()[0].lower() for c in candidates if c.kind == "people" and " " in c.text}
        lower_words = _lower_words(texts)
        cased_people = {c.text.lower() for c in candidates if c.kind == "people" and not c.text.isupper()}
        fields: set[str] = set()  # the last words of titles' fields and things' names taken for names
        by_text: dict[str, list[Candidate]] = defaultdict(list)
        for c in candidates:
            if c.kind == "people":
                by_text[c.text].append(c)
        for text, mentions in by_text.items():
            words = text.split()
            if (
                all(self._credit(m, texts) for m in mentions)
                or all(w.lower() in self.title_words for w in words)
                or re.search(r"\s[-–—|]\s", text)
            ):
                kind = ""  # "(Video by Jane Doe)", "Commissioner", "Invest Karnataka - Mahindra"
            elif all(STATE_AFTER_PLACE_RE.search(texts[m.paragraph][: m.end + 2]) for m in mentions):
                kind = "places"  # "Brampton, Ont., where", "Erie, Penn., said": a place's state, shortened
            elif text.isupper() and text.lower() in cased_people:
                continue  # "CPL. MATTHEW R. DROWN, 23": a list's capitals, "Matthew R. Drown" said
            elif any(ACRONYM_WORD_RE.match(w) for w in words[1:]):
                kind = "organisations"  # "Orbital ATK"; a person's initials come first: "DK Shivakumar"
            elif any(m.role for m in mentions) and not self._field_of_a_title(mentions):
                continue
            elif any(m.role for m in mentions):
                # "Minister of Transport", "Director of Al Jawaher Reception": the field or the body
                # of the title before it, not its holder; unless a person's name ends it ("Minister
                # of Education Kay McConney")
                holder = self._holder_after_field(words)
                if holder:
                    for m in mentions:
                        field = text[: len(text) - len(holder)].strip()
                        m.role, m.text, m.start = f"{m.role} {field}", holder, m.end - len(holder)
                    continue
                kind = "organisations" if votes[text.lower()]["organisations"] else ""
                fields.add(words[-1])
            elif len(words) > 1:
                if any(w.islower() and w not in name_particles(self.lexicon) for w in words):
                    kind = ""
                elif (other := self._named_like_a_thing(words)) and not self._acts(mentions, docs):
                    kind = other
                elif self._unfounded_name(words, mentions, texts, docs, lower_words):
                    # "Nintendo Switch", "the new Dark Mode": no given name, something of a thing's,
                    # and nothing the text says of it is said of a person
                    kind = "organisations" if votes[text.lower()]["organisations"] else ""
                    fields.add(words[-1])
                else:
                    continue
            elif text.lower() in surnames or text.lower() in firsts or self._acts(mentions, docs):
                continue
            else:
                kind = "organisations" if votes[text.lower()]["organisations"] else ""
            for m in mentions:
                m.kind = kind
        # "Caravan" alone was taken for the surname of "Pink Caravan", which is no one's name
        named = {c.text.split()[-1] for c in candidates if c.kind == "people" and " " in c.text}
        for c in candidates:
            if c.kind == "people" and c.text in fields - named and not c.role:
                c.kind = ""
        return [c for c in candidates if c.kind]

    def _unfounded_name(
        self,
        words: list[str],
        mentions: list[Candidate],
        texts: list[str],
        docs: list[Doc],
        lower_words: set[str],
    ) -> bool:
        """Whether a name of several words the model read as a person's shows nothing of one: no
        known given name opens it ("Stellar Kitchens", "Dark Mode", "Dundee Stars"), it neither
        speaks nor holds a person's things, its last word is never written alone as a surname is
        ("Haddad said"), and no person's pronoun or "who" follows any mention in its sentence
        ("Amara Diallo, who", "Karim Haddad ... his lawyer")."""
        if not self.person_pronouns or self._given_name(words[0]) or self._acts(mentions, docs):
            return False
        # ... and something of it is a thing's: a word of it the text writes in lower case
        # ("Dark Mode", "a dark mode"; "Force Awakens"), or a body the data knows first ("Samsung
        # Display", "Nintendo Switch"); not a place's name, which is many a given name too ("Haifa")
        particles = name_particles(self.lexicon)
        if not (
            self._known_body(words[0])
            or any(w.lower() in lower_words and w.lower() not in particles for w in words)
        ):
            return False
        alone = re.compile(rf"(?<![\w’'.-]){re.escape(words[-1])}(?![\w-])(?! [A-Z])")
        for i, text in enumerate(texts):
            for match in alone.finditer(text):
                before = re.search(r"([A-Z][\w’'-]*)\.? $", text[: match.start()])
                if before and before.group(1).lower() not in self.honorifics | self.titles:
                    continue  # inside a longer name: "Comedy Central", "Central Bank"
                if not any(m.paragraph == i and m.start <= match.start() < m.end for m in mentions):
                    return False
        for m in mentions:
            doc = docs[m.paragraph]
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            following = doc[span.end : span.sent.end]
            if any(t.lower_ in self.person_pronouns for t in following):
                return False
        return True

    def _field_of_a_title(self, mentions: list[Candidate]) -> bool:
        """Whether every role a name has is a title that ends with the word tying it to its field
        ("Minister of", "Editor in Chief of"), or that word alone ("Worth Of Obsolete Equipment"):
        what the model took for a person's name is the title's field, its body or a place."""
        roles = [m.role.split("; ")[0] for m in mentions if m.role]
        return bool(roles) and all(role.split()[-1].lower() in self.genitive for role in roles)

    def _holder_after_field(self, words: list[str]) -> str | None:
        """The person's name a title's field runs into: "Education Kay McConney" after "Minister
        of" is Kay McConney; a known given name opens it, a surname follows."""
        for i in range(1, len(words) - 1):
            if self._given_name(words[i]):
                return " ".join(words[i:])
        return None

    def _named_like_a_thing(self, words: list[str]) -> str:
        """The kind a name of several words has when its shape says it names no one: a body's or
        company's word at its end ("Bora Ubora Limited", "Scots Guards"), or a place's prefix or
        head ("Fort Bliss", "Main Street"); nothing when it opens with a given name ("Mark Lane").
        A known place first is no such sign: the given names' data leaves out names that are
        places too ("Jordan McSweeney", "Austin Evans")."""
        if all(w.isupper() for w in words):
            words = [w.title() for w in words]  # a dateline's capitals: "FORT BLISS, Texas"
        last = words[-1].rstrip(".")
        if last.endswith("ies") and f"{last[:-3]}y" in self.org_words:
            return "organisations"  # no one's surname, after a given name too: "Luis Palau Ministries"
        if words[0] in self.given_names:
            return ""
        if last in self.org_words or last.lower() in self.company_words:
            return "organisations"
        if words[0] in self.place_prefixes or last in self.place_heads:
            return "places"
        return ""

    def _founded_organisations(
        self, candidates: list[Candidate], texts: list[str], lower_words: set[str]
    ) -> list[Candidate]:
        """Organisations that are not furniture and hold no one's title or name.

        Left out: a name only ever seen in credits ("(AP)", "(Reuters) -", "Name/AFP/Getty
        Images", "Image copyright Reuters"), and a title with its place ("Lviv Mayor").
        A title before a name the model ran together is a person with a role ("Lieutenant
        General Jane Doe"); a person's name the model ran into an organisation's is cut off
        ("Ministry of Finance Jane Doe").
        """
        people = {c.text for c in candidates if c.kind == "people" and " " in c.text}
        orgs = [c for c in candidates if c.kind == "organisations"]
        credits = _at_every_mention(orgs, lambda c: self._in_credit(c, texts))
        portfolios = _at_every_mention(orgs, lambda c: self._portfolio(c, texts))
        # "ETFs: (KWEB), (PGJ), and (YINN)": codes in brackets of their own, no name before them
        listed_codes = _at_every_mention(orgs, lambda c: _bracketed_code(c, texts))
        # "net interest margin (NIM)": one such mention shows what the letters stand for
        common_abbreviations = {c.text for c in orgs if self._abbreviates_common_words(c, texts)}
        kept: list[Candidate] = []
        for c in candidates:
            if c.kind != "organisations":
                kept.append(c)
                continue
            inner = INNER_POSSESSIVE_RE.search(c.text)
            # a place's institution ("Ukraine's Defense Ministry", grouped by its key) keeps its owner
            named = c.typed or c.key
            if inner and not named and not self._possessive_in_name(inner.group("owner").split()[-1]):
                # "NPR’s Feng", "Obama’s Administration", "Washington Healthcare Authority’s
                # Opioid Prevention": the owner is the organisation, if it is one at all
                owner = inner.group("owner")
                if not self._names_a_body(owner):
                    continue
                c.text, c.end = owner, c.start + len(owner)
            words = c.text.split()
            dateline = DATELINE_RE.match(texts[c.paragraph])
            if c.text.isupper() and dateline and (c.start, c.end) == dateline.span("place"):
                c.kind = "places"  # "BEIRUT, LEBANON (11:00 P.M.) –": a dateline's capitals name its place
                kept.append(c)
                continue
            if c.text in credits:
                continue
            if self._common_word(c.text, lower_words):
                continue  # "Progress", "Inquiry": a word the text also writes in lower case
            if c.text in portfolios:
                continue  # "Home Affairs" of "Home Affairs Adviser Jane Doe": a title's portfolio
            if len(words) > 1 and words[0].lower().rstrip(".") in self.honorifics:
                c.kind = "people"  # "Dr Mitchell": a person
                kept.append(c)
                continue
            if c.text in common_abbreviations or c.text in listed_codes:
                continue  # "net interest margin (NIM)", "year-on-year (YoY)": no name
            owner = self._lost_possessive(words[0])
            if owner:
                # "Ukraines General Staff": a possessive whose apostrophe the copy lost
                if len(words) == 1:
                    continue
                c.start += len(words[0]) + 1
                c.text = " ".join(words[1:])
                words = words[1:]
                if (
                    not self._acceptable(c.text, "organisations")
                    or len(words) == 1
                    and c.text in self.org_words
                ):
                    continue
            place = self.place_after_re.search(c.text)
            if place and place.group("place") in self.known_places:
                # "UN Security Council on Kashmir", "Bardo National Museum in Tunis"
                c.text = c.text[: place.start()]
                c.end = c.start + len(c.text)
                words = c.text.split()
            if len(words) == 2 and words[-1].lower() in self.titles:
                continue  # "Lviv Mayor"; not "Office of the Governor"
            titles = 0  # the title's words: "Lieutenant General", "Air Marshal", "Brigadier-Generals"
            while titles < len(words) and (
                words[titles].lower() in self.title_words or words[titles].lower() in self.titles
            ):
                titles += 1
            titled = any(" ".join(words[:k]).lower() in self.titles for k in range(1, titles + 1))
            if titled and not any(w in self.org_words for w in words):
                name = " ".join(words[titles:])
                if 2 <= len(words) - titles <= 4 and is_person_shaped(name, self.lexicon):
                    c.start = c.end - len(name)
                    c.kind, c.text, c.role = "people", name, " ".join(words[:titles])
                    kept.append(c)
                continue
            person = next((p for p in people if c.text.endswith(" " + p)), None)
            if person is None and self._ends_with_a_name(words, texts):
                # "Rockland County Executive Ed Day", "Ministry of Finance Brian Manning": a
                # given name and a surname the model ran into the organisation or title before
                # them; the person is named, with that title for a role
                person, rest = " ".join(words[-2:]), " ".join(words[:-2])
                role = rest if rest.lower().split()[-1] in self.title_words else None
                kept.append(Candidate(c.paragraph, c.end - len(person), c.end, person, "people", role))
            if person:
                c.text = c.text[: -len(person)].strip()
                c.end = c.start + len(c.text)
                if (
                    not self._acceptable(c.text, "organisations")
                    or c.text.lower().split()[-1] in self.title_words
                    or c.text in self.known_places  # "envoy to Ukraine Kurt Volker": a place, no body
                ):
                    continue
            if c.text in self.exchanges and re.match(r"\s*:\s*[A-Z.]+\)", texts[c.paragraph][c.end :]):
                continue  # "Boeing (NYSE:BA)": a ticker's exchange, not a body the story names
            kept.append(c)
        return kept

    def _ends_with_a_name(self, words: list[str], texts: list[str]) -> bool:
        """Whether a name of three words or more ends with a given name and a surname that
        the text also names alone ("Day said"): not "Lockheed Martin Corp", nor "San
        Francisco Chronicle", whose last word is never a person's."""
        if len(words) < 3:
            return False
        surname = words[-1]
        if not (
            words[-2] in self.given_names
            and words[-3] not in self.given_names
            and re.fullmatch(r"[A-Z][a-z’'-]+", surname)
            and surname not in self.org_words
            and surname.lower() not in self.company_words
        ):
            return False
        alone = re.compile(rf"(?<![\w’'-])(?<!{re.escape(words[-2])} ){re.escape(surname)}(?![\w-])")
        return any(alone.search(text) for text in texts)

    def _lost_possessive(self, word: str) -> str | None:
        """ "Ukraines", "Januarys": a place's or month's name and an 's' with no apostrophe
        (datasets' copies lose it); the owner's name, when that is what the word is."""
        if len(word) < 4 or not word.endswith("s") or word in self.known_places:
            return None
        owner = word[:-1]
        return owner if owner in self.known_places or owner.lower() in MONTHS else None

    def _abbreviates_common_words(self, mention: Candidate, texts: list[str]) -> bool:
        """An acronym in brackets right after the lower-case words it stands for."""
        if not re.fullmatch(r"(?=(?:[^A-Z]*[A-Z]){2})[A-Za-z&]{2,6}", mention.text):
            return False
        before = _before_brackets(mention, texts)
        words = re.findall(r"[^\W\d_][\w-]*", (before or "")[-80:])
        return bool(words) and words[-1].islower()

    def _portfolio(self, mention: Candidate, texts: list[str]) -> bool:
        """The field of a minister's or adviser's title, not a body: "Finance Minister",
        "Home Affairs Adviser", "Minister of Commerce & Industry". A name with a body's
        word ("Ministry of Finance") or one known to be a body ("White House") is kept."""
        words = mention.text.split()
        if any(w.title() in self.org_words for w in words) or mention.text.lower() in self.always_orgs:
            return False
        text = texts[mention.paragraph]
        after = re.match(r"\s+([A-Za-z]+)", text[mention.end :])
        before = self.portfolio_before_re.search(text[: mention.start])
        return any(m and m.group(1).lower() in self.portfolio_titles for m in (after, before))

    def _common_word(self, text: str, lower_words: set[str]) -> bool:
        return (
            " " not in text
            and text.istitle()
            and text.lower() in lower_words
            and text not in self.org_words
            and text.lower() not in self.always_orgs
        )

    def _in_credit(self, mention: Candidate, texts: list[str]) -> bool:
        """An organisation named in a credit or a dateline: "(AP)", "(Reuters) -", "X/AFP"."""
        text = texts[mention.paragraph]
        dateline = DATELINE_RE.match(text)
        if dateline and dateline.start("credit") <= mention.start and mention.end <= dateline.end("credit"):
            return True
        before, after = text[: mention.start], text[mention.end :]
        if _before_brackets(mention, texts) is not None:
            # a dateline "(Reuters) - ..." or a closing credit "... said. (AP)"; not "the
            # (Federal Open Market Committee) participants"
            return before.strip() == "(" or bool(re.match(r"^\)\s*(?:[-–—]|$)", after))
        if self.credit_opening_re.search(before):
            return True
        return bool(re.match(r"^\s*/", after)) or self._credit(mention, texts)

    def _credit(self, mention: Candidate, texts: list[str]) -> bool:
        """A name in a credit, not in the story: "(Photo by X)", "X/AP", "X contributed reporting"."""
        text = texts[mention.paragraph]
        before, after = text[: mention.start], text[mention.end :]
        return bool(
            self.credit_before_re.search(before)
            or self.credit_after_re.match(after)
            or self.credit_opening_re.search(before)  # "Image source: X", "AP Photo/X"
        )

    def _acts(self, mentions: list[Candidate], docs: list[Doc]) -> bool:
        """A mention that shows a person: the subject of a speech verb ("Haqqani said"), the
        holder of a person's things ("the Trump administration", "the Assad regime"), or a
        relative ("whose son Matan")."""
        for m in mentions:
            span = docs[m.paragraph].char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            root = span.root
            while root.dep_ == "conj" and root.head != root:  # "the Nixon and Carter administrations"
                root = root.head
            if root.dep_ == "nsubj" and root.head.lemma_.lower() in self.speech_verbs:
                return True
            if root.dep_ in ("compound", "poss", "nmod") and root.head.lemma_.lower() in self.person_nouns:
                return True
            if root.dep_ == "appos" and root.head.lower_ in self.relatives:
                return True  # "whose son Matan"
        return False

    def _placed(self, mentions: list[Candidate], texts: list[str]) -> bool:
        """A name the sentences put where places go, when nothing in it names an organisation:
        before an area noun or another word only a place takes ("Logar province", "Amritsar-based",
        "Throgs Neck resident"), or at least half the times after "in", "near", "outside"
        (not "Google" for one "in Google's eyes")."""
        text = mentions[0].text
        words = text.split()
        if (
            len(words) > 3
            or text.lower() in self.always_orgs
            or text in self.outlets
            or any(w in self.org_words or w.lower() in self.company_words for w in words)
            or not re.fullmatch(r"[A-Z][a-z’'-]+(?: [A-Z][a-z’'-]+)*", text)
        ):
            return False
        for m in mentions:
            after = texts[m.paragraph][m.end :]
            follower = self.place_follower_re.match(after)
            if follower and not re.match(r"[\w-]", after[follower.end() :]):
                return True
        placed = [
            m
            for m in mentions
            if self._after_locative([m], texts) and not re.match(r"['’]", texts[m.paragraph][m.end :])
        ]  # "a change in Google's eyes": an owner, not a place
        return 2 * len(placed) >= len(mentions)

    def _listed_with_places(
        self,
        mentions: list[Candidate],
        texts: list[str],
        places_at: set[tuple[int, int, int]],
        others_at: set[tuple[int, int, int]],
    ) -> bool:
        """A name that is an item of a list of places at least half the times the text names it,
        when nothing in it names an organisation: "Novopidhorodne, Myrnograd and Muravka", "Crews
        from Hicks Gate, Kingswood, Temple and Bedminster": the model took an unknown village for a
        body. Its neighbours on both sides are places the text names, and neither is anything else."""
        words = mentions[0].text.split()
        if (
            len(words) > 3
            or mentions[0].text.lower() in self.always_orgs
            or mentions[0].text in self.outlets
            or any(w in self.org_words or w.lower() in self.company_words for w in words)
            or not re.fullmatch(r"[A-Z][a-z’'-]+(?: [A-Z][a-z’'-]+)*", mentions[0].text)
        ):
            return False
        listed = 0
        for m in mentions:
            text = texts[m.paragraph]
            neighbours = []
            before = self.list_before_re.search(text, 0, m.start)
            if before:
                neighbours.append((m.paragraph, before.start(1), before.end(1)))
            after = self.list_after_re.match(text, m.end)
            if after:
                neighbours.append((m.paragraph, after.start(1), after.end(1)))
            # inside the list, a place on either side: at its end ("Ukraine, Russia and Hamas") an
            # item may be of another kind
            if len(neighbours) == 2 and all(n in places_at and n not in others_at for n in neighbours):
                listed += 1
        return 2 * listed >= len(mentions) and listed > 0

    def _after_locative(self, mentions: list[Candidate], texts: list[str]) -> bool:
        for m in mentions:
            words = texts[m.paragraph][: m.start].split()
            if words and words[-1].lower() in self.locative:
                return True
        return False

    def _person_key(self, candidate: Candidate) -> str | None:
        """What groups a person's name in a language whose names inflect and whose model leaves
        some in the case the text has ("Мишель Обамой", "Арахамии"): its words' stems."""
        if candidate.kind != "people" or not self.name_endings:
            return None
        return " ".join(self._stem(word) for word in candidate.text.lower().split())

    def _stem(self, word: str) -> str:
        """A name's word without its case ending ("обамой", "обамы" -> "обам"), three letters kept."""
        for ending in self.name_endings:
            if word.endswith(ending) and len(word) - len(ending) >= MIN_NAME_STEM:
                return word[: -len(ending)]
        return word

    def _particled(self, name: str) -> bool:
        """Whether a name holds a particle before its last word ("van Rutte", "Lula da Silva")."""
        particles = name_particles(self.lexicon)
        return any(word.lower() in particles for word in name.split()[:-1])

    def _family_names(self, name: str) -> set[str]:
        """The ways a text names a person by family name alone: the surname ("Rutte"), and in a
        name with particles the particles and what follows them ("van Rutte", "von der Leyen"),
        with the word before them when the given names come first ("Lula da Silva" of "Luiz
        Inacio Lula da Silva")."""
        family = self._surname(name)
        words = name.split()
        words = words[: len(words) - 1 - words[::-1].index(family)] + [family]
        forms = {family}
        particles = name_particles(self.lexicon)
        for i in range(1, len(words) - 1):
            if words[i] in particles and words[i - 1] not in particles:
                forms.add(" ".join(words[i:]))
                if i > 1:
                    forms.add(" ".join(words[i - 1 :]))
        return forms

    def _full_name_for(self, surname: str, people: list[Group]) -> Group | None:
        if self._particled(surname):
            # "van Rutte", "Von der Leyen": the one person whose family name it is
            said = surname.lower()
            longer = [
                g
                for g in people
                if len(g.name.split()) > len(surname.split())
                and said in {f.lower() for f in self._family_names(g.name)}
            ]
            return longer[0] if len(longer) == 1 else None
        matches = [
            g
            for g in people
            if len(g.name.split()) > 1
            and self._stem(self._surname(g.name).lower()) == self._stem(surname.lower())
        ]
        if len(matches) == 1:
            return matches[0]
        # "Ken" for Ken Livingstone, when no other Ken is named
        firsts = [
            g for g in people if len(g.name.split()) > 1 and g.name.split()[0].lower() == surname.lower()
        ]
        return firsts[0] if len(firsts) == 1 and not matches else None


def _place_name(places: dict) -> str:
    """A place's name: capitalised words, with the lower-case words places.yaml lets inside one
    ("Stratford upon Avon"), or opened by an article and a hyphen ("el-Fasher")."""
    articles, particles = (
        alternatives(places.get("name_articles")),
        alternatives(places.get("name_particles")),
    )
    return rf"(?:(?:{articles})-)?[A-Z][\w’'-]*(?: (?:[A-Z][\w’'-]*|{particles})){{0,3}}"


def _place_patterns(lexicon: Lexicon) -> list[re.Pattern[str]]:
    places, grammar = lexicon["places"], lexicon["grammar"]
    name = _place_name(places)
    of, the = (
        alternatives(grammar.get("genitive_prepositions")),
        alternatives(grammar.get("definite_articles")),
    )
    nouns = "|".join(re.escape(n) for n in sorted(places.get("place_nouns", []), key=len, reverse=True))
    heads = "|".join(re.escape(n) for n in sorted(places.get("place_heads", []), key=len, reverse=True))
    patterns = []
    if nouns:
        articles, links = alternatives(grammar.get("articles")), alternatives(places.get("place_noun_links"))
        patterns += [
            # "el-Fasher, the capital of North Darfur", "Kadugli, a town in ...", "X, the state capital,"
            rf"(?<![\w-])(?P<name>{name}), (?:{articles}) (?:(?!(?:{of})\b)[a-z]+ ){{0,2}}(?:{nouns})"
            rf"(?: (?:{links})\b|[,.;])",
            # "the city of Kadugli", "the region of Kherson"
            rf"\b(?:{nouns}) (?:{of}) (?P<name>{name})(?![\w-])",
        ]
    areas = "|".join(re.escape(n) for n in sorted(places.get("area_nouns", []), key=len, reverse=True))
    if areas:
        # "the western Darfur region", "the central Kordofan areas"
        patterns.append(rf"\b(?:{the}) (?:[a-z]+ )?(?P<name>{name}) (?:{areas})\b(?! (?:{of}))")
    if heads:
        # "Merowe Dam", "the Kerch Bridge": the head word is part of the name
        patterns.append(rf"(?<![\w-])(?P<name>(?:[A-Z][\w-]* ){{1,3}}(?:{heads}))(?![\w-])")
    if places.get("place_prefixes"):
        prefixes = alternatives(places["place_prefixes"])
        # "Fort Bliss", "Camp Lejeune": a prefix and one name
        patterns.append(rf"(?<![\w-])(?P<name>(?:{prefixes}) [A-Z][\w-]+)(?![\w-]| [A-Z])")
    return [re.compile(p) for p in patterns]


def _typed_patterns(lexicon: Lexicon) -> list[re.Pattern[str]]:
    """The shapes in which a noun says what kind of body a name is: the noun before the name
    ("firm Tractica"), after it ("Europe 1 radio"), or heading an apposition after it ("SBM Intel,
    a Lagos intelligence firm,")."""
    orgs, grammar = lexicon["organisations"], lexicon["grammar"]
    if not orgs.get("type_nouns"):
        return []
    types = alternatives(orgs.get("type_nouns"))
    after = alternatives(orgs.get("type_nouns_after"))
    connectors = alternatives(grammar.get("name_connectors"))
    # a name's words: capitalised, or a number with letters ("9to5Mac"); after the first, a number
    # ("Rossiya 24", "Europe 1") or a word its article opens ("Ansar al-Sharia"); a dotted address
    # ("NV.UA", "BuzzFeed.com") keeps its dots
    first = r"(?:[A-Z][\w’'&+-]*|\d\w*[A-Za-z][\w’'&+-]*)(?:\.\w+)*"
    later = r"(?:[A-Z][\w’'&+-]*|\d[\w’'&+-]*|[a-z]{1,3}-[A-Z][\w’'-]*)(?:\.\w+)*"
    words = rf"{first}(?:(?: (?:{connectors})){{0,2}} {later})*"
    name = rf"(?P<name>{words})"
    small = alternatives(sorted(lexicon.words("grammar", "small_words")))
    modifier = rf"(?!(?:{small})\b)[\w’'-]+"
    articles = alternatives(grammar.get("articles"))
    # what may follow the noun of an apposition: its end, or words that go on describing the body
    ends = alternatives(orgs.get("type_apposition_links"))
    # the noun, then the name it gives ("a group called Cyber Fattah"), or the name in commas after
    # it ("The company, Bora Ubora Limited, was paid")
    given = rf"(?: (?P<naming>{alternatives(orgs.get('type_naming_words'))}))? |, (?={words},)"
    return [
        re.compile(rf"(?<![\w-])(?P<type>{types})(?:{given}){name}"),
        re.compile(rf"(?<![\w.’'-]){name} (?:{after})(?![\w-])"),
        re.compile(
            rf"(?<![\w.’'-]){name}, (?:{articles}) (?:{modifier} ){{0,4}}(?:{types})"
            rf"(?=\s?[,.;:)—–]| (?:{ends})\b)"
        ),
    ]


def _names_its_noun(doc: Doc, match: re.Match[str]) -> bool:
    """Whether a naming word between a body noun and a name gives the noun its name: after an
    indefinite article ("a hacktivist group called Cyber Fattah"), or a participle the parse
    makes a modifier of the noun ("the group known as Predatory Sparrow"). "The party called
    Nigel Farage a liability" is the noun's own verb, and the name its object."""
    noun = doc.char_span(match.start("type"), match.end("type"), alignment_mode="expand")
    naming = doc.char_span(match.start("naming"), match.end("naming"), alignment_mode="expand")
    if noun is None or naming is None:
        return False
    article = next((c for c in noun.root.children if c.dep_ == "det" and c.i < noun.root.i), None)
    if article is not None and "Ind" in article.morph.get("Definite"):
        return True
    return naming[0].dep_ == "acl" and naming[0].head.i == noun.root.i


def _headline_capitals(sentence: Span) -> bool:
    """Whether a sentence is in a headline's capitals ("in Custody for Alleged Assault on Teen"):
    every word but the small ones capitalised, so each looks a name's (a list of names, "Sgt.
    Dillon J. Semolina, 24", has no lower-case word and is none)."""
    lower = [t for t in sentence if t.is_alpha and t.is_lower]
    return bool(lower) and all(len(t.text) <= HEADLINE_SMALL_WORD for t in lower)


def _in_headline_capitals(doc: Doc) -> bool:
    """Whether a line is written in a headline's capitals, as a headline, a heading, a caption's or
    a credit's names are ("Hamas Hostages: What Do We Know So Far?", "CPL. JOHN DOE, 23, OF
    HINGHAM, MASS."): every word but the small ones capitalised, and the words left in lower case
    only the small words that tie the others together (articles, prepositions, conjunctions). A
    sentence of names has its verb or a common word in lower case ("The European Union and NATO
    met with the Centers for Disease Control", "Contracts went to Boeing ... last year")."""
    words = [t for t in doc if t.is_alpha]
    long_words = [t for t in words if len(t.text) > HEADLINE_SMALL_WORD]
    return (
        bool(long_words)
        and all(t.text[0].isupper() for t in long_words)
        and all(
            t.pos_ in HEADLINE_LOWER_POS or t.i > 0 and t.nbor(-1).text == "-"  # "Upper-atmosphere"
            for t in words
            if t.is_lower
        )
    )


def _capitalised_beside(
    text: str, start: int, end: int, allowed: Collection[str] = (), after: bool = True
) -> bool:
    """Whether a capitalised word stands right before (or, with `after`, right after) a span, so
    that the span is part of a longer name ("Solis Rivera", "Reading Time", "Gerald Ford
    Presidential Library"); words in `allowed`, lower-cased ("the", a weekday), do not count."""
    before = re.search(r"([A-Z][\w’'.-]*) $", text[:start])
    following = re.match(r" ([A-Z][\w’'.-]*)", text[end:]) if after else None
    return any(m and m.group(1).rstrip(".").lower() not in allowed for m in (before, following))


def _shares_a_head(items: list[tuple[int, int, str]]) -> bool:
    """ "Arab and Muslim World", "Population and Housing Census": a word, "and", and a longer name
    may be one name whose words before its head are joined, not a list of two."""
    return len(items[0][2].split()) == 1 < len(items[1][2].split())


def _sentence_start(text: str, start: int) -> bool:
    """Whether a word at `start` opens its paragraph or a sentence, where any word is capitalised."""
    return not text[:start].strip() or bool(re.search(r"[.!?:;\"“”]\s*$", text[:start]))


def _word_before(mention: Candidate, doc: Doc) -> tuple[str, bool]:
    """The lower-cased word before a mention ("" opening its paragraph), and whether the mention
    heads the phrase that word opens ("an API that": yes; "an FBI agent": the acronym only
    describes the noun after it)."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or span.start == 0:
        return "", False
    before = doc[span.start - 1]
    heads = span[-1].dep_ not in ("compound", "nmod", "amod") and before.head.i in range(span.start, span.end)
    return before.lower_, heads


def _common_word_opening(doc: Doc, mention: Candidate, text: str, common_words: set[str]) -> bool:
    """Whether a one-word name opens its sentence as a common word: the tagger reads it as an
    adjective or a common noun, and the word is one by evidence, the text writing it in lower case
    or the model reading it as a people's elsewhere ("Khalistani separatist leader", "like
    Khalistani militant"), or the language's word lists (the lemmatizer's) holding it in that
    class: "Giant" of "Giant wooden catapults", a noun
    heading its own phrase, "Polarization will". Not "Greenpeace activists", "Interpol officers",
    "Wagner mercenaries": a body's name before its members' noun, which the tagger reads the same
    way but the lists know as no adjective (their nouns hold names too)."""
    if not _sentence_start(text, mention.start):
        return False
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or len(span) != 1 or span[0].pos_ not in ("ADJ", "NOUN"):
        return False
    word = span[0]
    if word.lower_ in common_words:
        return True
    classes = doc.vocab.lookups.get_table(WORD_CLASSES) if doc.vocab.lookups.has_table(WORD_CLASSES) else None
    if classes is None:
        return True  # a pipeline with no word lists: the tagger's reading, as it was
    if word.pos_ == "ADJ":
        return word.lower_ in classes.get("adj", ())
    return word.dep_ not in ("compound", "amod", "nmod") and word.lower_ in classes.get("noun", ())


def _lower_words(texts: list[str]) -> set[str]:
    return {w for t in texts for w in re.findall(r"\b[a-z]+\b", t)}


def _modifies_noun(doc: Doc, candidate: Candidate, person_nouns: set[str]) -> bool:
    """Whether a name is only a modifier of a common noun: 'the Druzhba pipeline'.

    'The Trump administration' still names a person: its noun is one of `person_nouns`.
    """
    span = doc.char_span(candidate.start, candidate.end, alignment_mode="expand")
    if span is None:
        return False
    last = span[-1]
    head = last.head
    return (
        last.dep_ == "compound"
        and head.pos_ == "NOUN"
        and head.i > last.i
        and head.lower_ not in person_nouns
    )


def _before_brackets(mention: Candidate, texts: list[str]) -> str | None:
    """The text before a mention that stands alone in brackets ("... margin (NIM)"), else None."""
    text = texts[mention.paragraph]
    before, after = text[: mention.start], text[mention.end :]
    return before[:-1] if before.endswith("(") and after.startswith(")") else None


def _bracketed_code(mention: Candidate, texts: list[str]) -> bool:
    """A code alone in brackets after punctuation or a small word, not after the name it
    shortens: "funds: (SPY), (VOO), and (SPXU)" but not "the Federal Reserve (Fed)"."""
    if not re.fullmatch(r"[A-Z0-9&]{2,6}", mention.text):
        return False
    before = _before_brackets(mention, texts)
    return before is not None and bool(re.search(r"(?:^|[,:;)]|\b[a-z]{2,3})\s*$", before))


def _at_every_mention(mentions: list[Candidate], test: Callable[[Candidate], bool]) -> set[str]:
    """The names for which `test` holds at every one of their mentions."""
    failed = {m.text for m in mentions if not test(m)}
    return {m.text for m in mentions} - failed


def _counted_unit(c: Candidate, texts: list[str]) -> bool:
    """An acronym right after a number is what it counts, a unit: "3.7 GW", "347 KB", "500 MW";
    after a year it is a name ("the 2022 NCAA season")."""
    if not c.text.isupper():
        return False
    before = texts[c.paragraph][max(0, c.start - 8) : c.start]  # the number and a space or two
    return re.search(r"\d\s*$", before) is not None and not YEAR_BEFORE_RE.search(before)


YEAR_OPENS_RE = re.compile(r"(?:1[89]|20)\d\d\b")
YEAR_BEFORE_RE = re.compile(r"(?<![\d.,])(?:1[89]|20)\d\d\s*$")


def _acronym_match(text: str, orgs: list[Group], acronyms: dict[str, str]) -> Group | None:
    """'NATO' joins 'North Atlantic Treaty Organization'; and the other way round."""
    for group in orgs:
        if acronyms.get(text) in group.spellings:
            return group
        if stands_for(text, group.name) or stands_for(group.name, text):
            return group
    return None


def _join_as_address(person: Group, group: Group) -> None:
    """Join to a person a group of spellings that only address them ("Александр Григорьевич",
    "Александр Иванович Бастрыкин"): its spellings are aliases, never the person's name, and its
    nominative counts, paragraphs, roles and first mention are the person's."""
    person.spellings.update(group.spellings)
    person.addresses |= set(group.spellings)
    person.nominative.update(group.nominative)
    person.paragraphs |= group.paragraphs
    person.roles += [r for r in group.roles if r not in person.roles]
    person.first = min(person.first, group.first)


def _join_tokens(tokens: list[Token]) -> str:
    text = "".join(t.text_with_ws for t in tokens).strip()
    return re.sub(r"\s+", " ", text).strip(" ,")


def _capitalised_word(word: str) -> bool:
    """A word of a person's name: a capital, then lower-case letters, apostrophes and hyphens, in any
    alphabet ("Sofía", "López", "Smith-Jones"); not an acronym, CamelCase or a lower-case word."""
    if not re.fullmatch(r"[^\W\d_](?:[^\W\d_]|['’-])+", word) or not word[0].isupper():
        return False
    return all(part[1:] == part[1:].lower() for part in word.split("-"))


def _has_lower_word(text: str) -> bool:
    """A word of three letters or more in lower case: a description ("a researcher at ..."), not
    a ticker "(MT.LU)" or another name."""
    return any(len(word) >= 3 and word.islower() for word in re.findall(r"[^\W\d_]+", text))


_EXTRACTOR: list[tuple[Lexicon, EntityExtractor]] = []


def _extractor(lexicon: Lexicon) -> EntityExtractor:
    """One extractor per lexicon: its big patterns are compiled once per run, not per source."""
    if not _EXTRACTOR or _EXTRACTOR[0][0] is not lexicon:
        _EXTRACTOR[:] = [(lexicon, EntityExtractor(lexicon))]
    return _EXTRACTOR[0][1]


@dataclass(frozen=True)
class Entities:
    """What extract_entities found: the entities of each kind, most mentioned first, and `named`,
    the body they were found in with their mentions and roles on it (what quotes need)."""

    by_kind: dict[str, list[Entity]]
    named: Body

    def __getitem__(self, kind: str) -> list[Entity]:
        return self.by_kind[kind]


def extract_entities(body: Body, lexicon: Lexicon) -> Entities:
    """Entities per kind, and a body with their mentions; `body` is left as it was given."""
    extractor = _extractor(lexicon)
    # equipment first: its names ("Nona", "MT-LB") are not organisations
    body = body.with_mentions(find_equipment(body, lexicon))
    # "Томская и Омская области": each region in full (Russian)
    candidates = regions_in_full(extractor.candidates(body), body, lexicon)
    # "SpaceX will launch Falcon Heavy", "the Typhoons are modern": a machine the text names
    # as equipment elsewhere is no body, though the model took this mention for one
    machines = _equipment_words(body)
    # (not a body the data knows: "used SpaceX rockets" names the maker)
    candidates = [
        c
        for c in candidates
        if not (
            c.kind == "organisations" and _singular(c.text) in machines and not extractor._known_body(c.text)
        )
    ]
    # "G-FORCE ONE": a body's name the model found where a machine's longer name is written
    # from it, here or anywhere the text names the machine, is the machine's first words, unless
    # it is a maker's ("Boeing" of "Boeing 727-200")
    makers = frozenset(lexicon["equipment"].get("makers") or ())
    candidates = [
        c
        for c in candidates
        if not (
            c.kind == "organisations"
            and c.text not in makers
            and any(len(m) > len(c.text) and body.texts[c.paragraph].startswith(m, c.start) for m in machines)
        )
    ]
    # "the Liutyj drone", "Ford's Mustang Mach E SUV": a name its kind follows is the machine's,
    # though the model read it as a person's or a place's, there and wherever the text repeats it
    claimed = _claimed_names(candidates, body, lexicon.words("equipment", "kinds"))
    candidates = [c for c in candidates if not (c.kind in ("people", "places") and c.text in claimed)]
    # "МОСКВА, 30 мая ПРАЙМ.": the agency signing its report (Russian)
    candidates = without_dateline_tag(candidates, body, lexicon)
    # "в Малахитовом фойе Кремля": a seat of government's building is a place where one is in it
    buildings = building_places(candidates, body, lexicon)
    # a capital named for its government ("Вашингтон пообещал"): an organisation there (Russian)
    seats = government_spans(candidates, body, lexicon)
    groups = with_governments(extractor.group(candidates, body.texts, body.docs), candidates, seats)
    groups = with_buildings(groups, buildings)
    by_text = {}
    for kind, kind_groups in groups.items():
        for group in kind_groups:
            for spelling in group.spellings:
                by_text[(kind, words_key(spelling))] = group
    for c in candidates:
        if c.kind == "places" and (c.paragraph, c.start, c.end) in seats:
            c.kind = "organisations"
        group = by_text.get((c.kind, words_key(c.text)))
        if group is None and c.kind == "people":
            group = extractor._full_name_for(c.text, groups["people"])
        if group:
            body.mentions.append(Mention(c.paragraph, c.start, c.end, c.kind, group.name))
    result: dict[str, list[Entity]] = {}
    for kind in ("people", "organisations", "places"):
        entities = []
        for group in groups[kind]:
            mentions = sum(group.spellings.values())
            name = _best_name(group)
            aliases = sorted(s for s in group.spellings if s != name)
            role = group.roles[0] if group.roles else None
            if role:
                body.roles[name] = role
            entities.append(
                Entity(
                    name=name,
                    aliases=aliases,
                    role=role,
                    mentions=mentions,
                    refs=[body.ids[p] for p in sorted(group.paragraphs)],
                )
            )
            if name != group.name:
                for mention in body.mentions:
                    if mention.kind == kind and mention.name == group.name:
                        mention.name = name
        entities.sort(key=lambda e: (-e.mentions, e.name.lower()))
        result[kind] = entities
    result["equipment"] = _equipment_entities(body)
    return Entities(result, body)


def _equipment_words(body: Body) -> set[str]:
    """The names of the equipment found in `body`, each also by its last word ("Eurofighter
    Typhoon" is "Typhoon" said short): only a capitalised word that is no number or code."""
    names: set[str] = set()
    for mention in body.mentions:
        if mention.kind == "equipment":
            names.add(mention.name)
            last = mention.name.split()[-1]
            if len(mention.name.split()) > 1 and re.fullmatch(r"[A-Z][a-z]{3,}", last):
                names.add(last)
    return names


def _claimed_names(candidates: list[Candidate], body: Body, kinds: Collection[str]) -> set[str]:
    """The people's and places' names that overlap a machine's name where its kind follows it."""
    claimed = set()
    for c in candidates:
        if c.kind not in ("people", "places"):
            continue
        for m in body.mentions:
            if (
                m.kind == "equipment"
                and m.paragraph == c.paragraph
                and m.start < c.end
                and c.start < m.end
                and _kind_after(body.docs[m.paragraph], m.end, kinds)
            ):
                claimed.add(c.text)
    return claimed


def _kind_after(doc: Doc, end: int, kinds: Collection[str]) -> bool:
    """A kind noun after a character offset, perhaps after a few lower-case words ("self-propelled")."""
    span = doc.char_span(end, len(text_of(doc)), alignment_mode="expand")
    for token in span[: MAX_WORDS_BEFORE_KIND + 1] if span is not None else ():
        if token.lower_ in kinds:
            return True
        if not (token.is_lower or token.text == "-"):
            return False
    return False


def _singular(name: str) -> str:
    """ "Typhoons": a plural's last word without its "s"; any other name as it is."""
    return name[:-1] if re.search(r"[a-z]{3}s$", name) else name


def _best_name(group: Group) -> str:
    """The longest spelling the text uses, in the nominative where the text gives it in more than
    one case, the most frequent among equals; a form of address only when the text has nothing else."""
    if group.canonical in group.spellings:
        return group.canonical
    names = {s: n for s, n in group.spellings.items() if s not in group.addresses} or group.spellings
    return max(names.items(), key=lambda kv: (len(kv[0].split()), group.nominative[kv[0]] > 0, kv[1], kv[0]))[
        0
    ]


MIN_NAME_STEM = 3  # letters a name's stem keeps: "Асию" is "Аси-", not "Ас-"


def _in_nominative(doc: Doc, candidate: Candidate) -> bool:
    """Whether a mention's last word is in the nominative, where the model tells cases."""
    span = doc.char_span(candidate.start, candidate.end, alignment_mode="expand")
    return span is not None and len(span) > 0 and span[-1].morph.get("Case") == ["Nom"]


def find_equipment(body: Body, lexicon: Lexicon) -> list[Mention]:
    """Equipment from the extendable list, designation patterns and quoted names."""
    data = lexicon["equipment"]
    # a text names machines by another language's names too ("беспилотники Switchblade")
    listed = tuple(dict.fromkeys([*(data.get("names") or ()), *_every_languages_names()]))
    plurals = tuple(data.get("plural_endings") or ())
    singular = _listed_names(listed, plurals)
    name_re = names_regex(tuple(sorted(singular, key=len, reverse=True)))
    kinds = "|".join(_any_first_case(k) for k in data.get("kinds", []))
    # what may stand between a kind and the quoted name of its type: "катеров типа «Island»"
    links = "|".join(re.escape(w) for w in data.get("kind_links") or ())
    link = rf"(?:\s+(?:{links}))?" if links else ""
    # the name in quotation marks of any language ("Krokus", «Москва», „Фортуна“), a capital first,
    # of up to five words: a ship's is often more than one ("фрегат «Гетман Сагайдачный»", the
    # "Of Course I Still Love You" drone ship), each word capitalised or a number (not "the
    # electronic system «Пропускная система»", a system's description)
    quoted_name = rf"[^\W\d_][\w-]{{1,30}}(?:\s(?![a-zа-яё])[\w-]{{1,30}}){{0,{MAX_QUOTED_WORDS - 1}}}"
    # "its new corvette, the "Hetman Ivan Mazepa"": the quoted name in apposition to its kind
    the = alternatives(sorted(lexicon.words("grammar", "definite_articles")))
    apposed = rf"(?:,\s+(?:{the}))?" if the else ""
    quoted_re = re.compile(
        rf"(?:\b(?:{kinds}){link}{apposed}\s+{OPEN_QUOTE}(?P<a>{quoted_name}){CLOSE_QUOTE})"
        rf"|(?:{OPEN_QUOTE}(?P<b>{quoted_name}){CLOSE_QUOTE}\s+(?:[\w-]+\s+){{0,3}}(?:{kinds})\b)"
    )
    # "катера «Старобельск» и «Славянск»": more quoted names joined to the first its kind names
    joiners = alternatives([",", *lexicon.words("grammar", "list_conjunctions")])
    joined_re = re.compile(rf"\s*(?:{joiners})\s*{OPEN_QUOTE}(?P<name>{quoted_name}){CLOSE_QUOTE}")
    # «Орешником», «Орешника»: a listed name in quotation marks in another case than the list's
    endings = tuple(data.get("case_endings") or ())
    inflected_re = re.compile(rf"{OPEN_QUOTE}(?P<name>[^\W\d_][\w-]{{1,30}}){CLOSE_QUOTE}")
    # "пушек Howitzer", "беспилотников Switchblade": a name in another script after its kind
    # "судне ARA «San Juan»": a navy's prefix and the ship's quoted name, one name
    foreign_re = re.compile(
        rf"(?P<kind>\b(?:{kinds}))\s+(?P<name>[^\W\d_][\w-]{{1,30}}\b"
        rf"(?:\s+{OPEN_QUOTE}{quoted_name}{CLOSE_QUOTE})?)"
    )
    excluded = [e.lower() for e in data.get("not_equipment", [])]
    kind_words = {k.lower() for k in data.get("kinds", [])}
    vague_kinds = {k.lower() for k in data.get("vague_kinds") or ()}
    people_kinds = {k.lower() for k in data.get("people_kinds") or ()}
    places = lexicon["places"]
    avoid = {w.lower() for w in lexicon["organisations"].get("name_words", [])} | {
        d.lower() for d in places.get("demonyms", {})
    }
    # not a name a designation goes with: a nationality, an organisation's word, a small word, a date
    # ... nor a count of the machines that opens a sentence ("Two Su-25 attack aircraft")
    not_names = (
        avoid
        | lexicon.words("grammar", "small_words")
        | lexicon.words("numbers", "words")
        | {m.lower() for m in (*MONTHS, *WEEKDAYS)}
    )
    org_words = {w.lower() for w in lexicon["organisations"].get("name_words", [])}
    makers = tuple(data.get("makers") or ())
    maker_re = _maker_re(makers)
    not_models = frozenset(data.get("not_models") or ()) | lexicon.words("people", "titles")
    small_words = (
        lexicon.words("grammar", "small_words")
        | lexicon.words("grammar", "sentence_openers")
        | lexicon.words("grammar", "articles")
    )
    # "Philippine Coast Guard (PCG)": an abbreviation of a name that is no machine's is none
    abbreviations = _abbreviations(body.texts, kind_words)
    other_kinds = {w.lower() for w in data.get("other_kinds") or ()}
    other_kinds_after = {w.lower() for w in data.get("other_kinds_after") or ()}
    common_words = frozenset(data.get("common_words") or ())
    ordinary_words = frozenset(data.get("ordinary_words") or ())
    # "США-КНР", "Россия-АСЕАН": two parties of a talk, written as a designation is, are no machine
    gazetteer = lexicon.raw.get("gazetteer", {})
    parties = {
        *(gazetteer.get("places") or ()),
        *(gazetteer.get("variants") or {}),
        *(gazetteer.get("in_english") or {}),
        *(lexicon["organisations"].get("always") or ()),
    }
    # "Hubble Space Telescope", "General Purpose Machine Gun": what a machine is, capitalised, ends
    # its own name (equipment.yaml `name_ends`)
    name_ends = tuple(sorted({tuple(end.lower().split()) for end in data.get("name_ends") or ()}))
    # "the Russian ship Ursa Major", "a new sub, Cyclops 2": a vessel's class before its name
    kinds_before_names = {k.lower() for k in data.get("kinds_before_names") or ()}
    # "the first manned Skylab mission", "NASA's upcoming Europa Clipper mission"
    mission_words = {k.lower() for k in data.get("mission_words") or ()}
    # a craft named in the text's own words: "a carrier ship, called WhiteKnightTwo", "the
    # Curiosity rover" (equipment.yaml naming_verbs, craft_kinds); never a body the data knows, a
    # maker, or a name the text makes an owner
    naming_verbs = {w.lower() for w in data.get("naming_verbs") or ()}
    definite = lexicon.words("grammar", "definite_articles")
    craft_kinds = {w.lower() for w in data.get("craft_kinds") or ()}
    # what ties a name after "a" to a machine in the parse: the verb that takes it ("drove a
    # Jeep") or the part of one it is said to have ("three carriages of a Tezgam Express")
    vehicle_verbs = {w.lower() for w in data.get("vehicle_verbs") or ()}
    machine_parts = {w.lower() for w in data.get("machine_parts") or ()}
    # what else than a kind may follow an ordinary word's name opening a sentence and leave it the
    # machine's: a part, a crew, a unit ("Patriot batteries", "Typhoon pilots"; not "Tornado warnings")
    of_machines = machine_parts | {w.lower() for w in data.get("machine_crews") or ()}
    organisations = lexicon["organisations"]
    # the bodies the data knows, whose name before a kind is the machine's owner, not its name ("a
    # SpaceX rocket", "the Houthi drones" of the Houthis, "a U.S. Air Force drone"); not a maker,
    # whose name opens its models' ("Boeing 737")
    known_bodies = {
        *(organisations.get("always") or ()),
        *(organisations.get("known") or ()),
        *(organisations.get("well_known") or ()),
    } - set(makers)
    not_craft = known_bodies | set(makers)
    # the names the text makes owners of a named thing, but not those it also writes as the
    # craft itself ("Perseverance's SuperCam" and "the Perseverance rover")
    owners = _owners(body.docs) - _definite_craft(body.docs, craft_kinds)
    countries = {
        *(gazetteer.get("places") or ()),
        *(gazetteer.get("variants") or {}),
        *(places.get("demonyms") or {}),
    }
    # a people's name in the singular: "Dane" of the "Danes" organisations.yaml names ("14 Dane guns")
    peoples = {
        w[:-1] for w in organisations.get("not_organisations") or () if re.fullmatch(r"[A-Z][a-z]+s", w)
    }
    # what an unknown word before a kind may not be, to be the machine's name: a body the data
    # knows or the first word of one ("Wagner" of the Wagner Group), a people, a place, a given
    # name, a maker, or a name the text makes a speaker or an owner elsewhere ("Lufthansa said")
    strangers = (
        {name.split()[0] for name in known_bodies}
        | peoples
        | countries
        | set(lexicon.given_names)
        | set(makers)
        | owners
        | _speakers(body.docs, lexicon.words("speech", "verbs"))
    )
    # the kinds a naming verb gives a name to: "a carrier ship, called WhiteKnightTwo"
    named_kinds = (kind_words - vague_kinds) | kinds_before_names | craft_kinds
    # the bodies the text names, by their first word or their abbreviation ("Hanwha Aerospace",
    # "WB Group", "(TTP)"), which two joined by a dash name a venture or an alliance, not a machine
    # (a word of its own: "Proton" of an organisation "Proton-M" is the rocket's name)
    bodies = abbreviations | {
        ent[0].text for doc in body.docs for ent in doc.ents if ent.label_ == "ORG" and ent[0].whitespace_
    }
    designated = [[m for p in lexicon.equipment_patterns for m in p.finditer(text)] for text in body.texts]
    listed = [list(name_re.finditer(text)) if name_re else [] for text in body.texts]
    # Whether the text talks of machines at all: it names a kind of one somewhere ("missiles",
    # "the ship", "planes": equipment.yaml `kinds`, `kinds_before_names`, `machine_words`). Codes and
    # names alone do not: a drug maker's pipeline ("GEN-001, GENA-104"), a computer case's ports
    # ("USB Type-C"), a poll's sponsors ("Washington Post-ABC"), a radio channel, a town or a casino
    # that a listed name also names ("Sirius XM Patriot", "a Neptune, N.J., native", "Caesars")
    # (not a vague kind: a computer case's "cooling system" is no machine of this kind)
    machines_themselves = {w.lower() for w in data.get("machine_words") or ()}
    machine_words = (
        (kind_words - vague_kinds)
        | kinds_before_names
        | machines_themselves
        | {w.lower() for w in data.get("topic_words") or ()}
    )
    # ... or a listed name no ordinary word can be ("NASAMS", "F-16": in capitals, with a number),
    # so "more Patriots and NASAMS" talks of machines
    on_machine_text = any(
        t.lower_ in machine_words or t.lemma_.lower() in machine_words for doc in body.docs for t in doc
    ) or any(_unmistakable(m.group(1)) for found in listed for m in found)
    # a designation of letters and a number ("S-400", "CO2", "Top-10") is a machine's in a text that
    # talks of machines (names a kind of them, and another kind or designation), or in a sentence
    # that names a kind of one; elsewhere it is a scheme's, a substance's, a rank's. A code of
    # letters joined by a dash ("MT-LB", "Soyuz-FG") only in a text on machines.
    machine_kinds = kind_words - vague_kinds
    kinds_named = sum(t.lower_ in machine_kinds for doc in body.docs for t in doc)
    codes = {m.group() for found in designated for m in found if _is_designation(m.group())}
    # a code in the plural after a count is a machine's, and speaks of machines as a kind does:
    # "18 F-16s", "two Mi-8s and a Mi-24" (not a form's or a rank's: "Top-10" counts nothing)
    counts = lexicon.words("numbers", "words")
    counted = {
        (index, m.start())
        for index, found in enumerate(designated)
        for m in found
        if _is_designation(m.group())
        and _counted_plural(body.texts[index], m.start(), m.end(), counts)
        and not any(m.group().lower().startswith(x) for x in excluded)  # "two W-2s": a form's
    }
    on_machine_text = on_machine_text or bool(counted)
    kinds_named += len(counted)
    # a machine in the sentence makes a code there a machine's: a kind, or a machine's word ("the U-2
    # spy plane")
    sentence_kinds = machine_kinds | kinds_before_names | machines_themselves
    object_verbs = {w.lower() for w in data.get("machine_object_verbs") or ()}
    # what the words after a code may not be, to be its nickname: a body's, a place's, a date's, a
    # count's word, or a kind ("F-16 Fighter Jets" are F-16s)
    not_nicknames = (
        not_names
        | {w.lower() for w in countries}
        | machine_words
        | kind_words
        | {w.lower() for w in organisations.get("gathering_words") or ()}
    )

    # what the sentence says a name does or has, which only a machine does or has: "the C-17
    # landed", "the Patriot's radar", "Lockheed's F-35" (equipment.yaml machine_subject_verbs,
    # machine_parts, vehicle_verbs, makers)
    subject_verbs = {w.lower() for w in data.get("machine_subject_verbs") or ()}

    def acts_as_machine(index: int, start: int, end: int, designation: bool) -> bool:
        return _acts_as_machine(
            body.docs[index],
            start,
            end,
            subject_verbs if designation else frozenset(),
            vehicle_verbs | object_verbs if designation else vehicle_verbs,
            machine_parts,
            makers,
        )

    def on_machines(index: int, start: int, name: str) -> bool:
        if not _is_designation(name):
            return (
                on_machine_text
                or "-" not in name
                or _kind_in_sentence(body.docs[index], start, machine_kinds)
            )
        return (
            (on_machine_text and kinds_named + sum(code not in name for code in codes) >= MACHINE_TALK)
            or (index, start) in counted
            or _kind_in_sentence(body.docs[index], start, sentence_kinds)
            or acts_as_machine(index, start, start + len(name), designation=True)
        )

    def machine_name(name: str) -> bool:
        """A listed name in plain words ("Patriot", "Storm Shadow") is a machine's in a text on
        machines; one with a number or in capitals ("Leopard 2", "HIMARS") is no ordinary word."""
        return on_machine_text or _unmistakable(name)

    # "a Jeep": a maker's name is one of its machines only in a text that writes it after an
    # article wherever it stands alone; "Toyota said" makes it the company there ("a Toyota" too)
    articles = lexicon.words("grammar", "articles")
    companies = {
        maker
        for maker in makers
        if any(maker in text for text in body.texts) and not _only_after_articles(maker, body.texts, articles)
    }
    # "Stacey Abrams", "the New England Patriots", "The Lancet", "the M23 movement": a name the text
    # writes as a part of another thing's name, or with another thing's noun after it, is that
    # thing wherever the text repeats it ("Abrams said", "the Patriots' defense", "M23 positions"),
    # unless a kind of machine follows it there ("Abrams tanks")
    # (nor after its class: "the Orbiter Challenger", "the Space Shuttle Discovery")
    owners_words = (
        countries
        | avoid
        | set(makers)
        | machine_words
        | craft_kinds
        | {word for kind in kinds_before_names for word in kind.split()}
    )
    other_things = {
        name
        for doc, text, found in zip(body.docs, body.texts, listed, strict=True)
        for m in found
        if not _unmistakable(name := singular[m.group(1)])
        and (
            _opens_a_persons_name(doc, m.start(1), m.end(1), kind_words)
            or _runs_into_a_longer_name(text, m.end(), singular, kind_words, org_words)
            or _ends_a_longer_name(doc, m.start(1), m.end(1), owners_words, known_bodies, articles)
            or _something_else(doc, m.start(1), m.end(1), name, (), (), other_kinds_after)
        )
    } | {
        m.group()
        for doc, found in zip(body.docs, designated, strict=True)
        for m in found
        if _something_else(doc, m.start(), m.end(), m.group(), other_kinds, (), other_kinds_after)
    }
    found: list[Mention] = []
    for index, text in enumerate(body.texts):
        spans: list[tuple[int, int, str]] = []
        if name_re:
            spans += [
                _with_mark(text, m.start(1), m.end(1), singular[m.group(1)])
                for m in listed[index]
                if (
                    machine_name(singular[m.group(1)])
                    or acts_as_machine(index, m.start(1), m.end(1), _is_designation(m.group(1)))
                )
                and not _opens_a_persons_name(body.docs[index], m.start(1), m.end(1), kind_words)
                and not _runs_into_a_longer_name(text, m.end(), singular, kind_words, org_words)
            ]
        for m in designated[index]:
            # "KF-21 Boramae", "the P-8A Poseidon": the name a code goes on with
            nickname = _nickname(text, m.end(), not_nicknames) if _is_designation(m.group()) else None
            if not (
                on_machines(index, m.start(), m.group())
                # "the Krasukha-4", "Tor-M2": a listed machine's name and its mark
                or m.group().split("-")[0] in singular
                # "the A-10 Thunderbolt II", "the E-7 Wedgetail": a code a nickname goes with, one
                # machine's (not a plural's: "the K-12 Schools", "Top-10 Countries")
                or (nickname is not None and not _plural_word(body.docs[index], nickname.end()))
            ):
                continue  # "under UDAN-2", "the H-7 will": a code in a text on no machine
            if (
                "-" in m.group()
                and not _is_designation(m.group())
                and _runs_into_a_longer_name(text, m.end(), singular, kind_words, org_words)
            ):
                continue  # "a Washington Post-ABC News poll": two bodies' names joined inside a longer one
            # "Progress MS-04", "Flamingo FP-5", "McDonnell Douglas F-15E": the name a designation goes with
            start = m.start()
            if not m.group()[:1].isdigit():
                start = _name_before(text, start, not_names | other_kinds)
            end = nickname.end() if nickname else m.end()
            spans.append((start, end, text[start:end]))
        for m in quoted_re.finditer(text):
            group = "a" if m.group("a") else "b"
            if group == "b" and _verb_between(body.docs[index], m.end("b"), m.end()):
                continue  # "Концерн «Калашников» передал войскам беспилотники": the maker, not the machine
            if m.group(group)[:1].isupper():
                spans.append((m.start(group), m.end(group), m.group(group)))
            if group == "a":
                more = joined_re.match(text, m.end())
                while more and more.group("name")[:1].isupper():
                    spans.append((more.start("name"), more.end("name"), more.group("name")))
                    more = joined_re.match(text, more.end())
        for m in inflected_re.finditer(text) if endings else ():
            listed_name = _listed_in_another_case(m.group("name"), singular, endings)
            if listed_name:
                spans.append((m.start("name"), m.end("name"), listed_name))
        spans += [
            (m.start("name"), m.end("name"), m.group("name"))
            for m in (foreign_re.finditer(text) if kinds else ())
            if m.group("name")[:1].isupper() and script_of(m.group("name")) != script_of(m.group("kind"))
        ]
        spans += [
            span
            for span in _named_before_kind(body.docs[index], kind_words, avoid, vague_kinds, people_kinds)
            if on_machines(index, span[0], span[2])
        ]
        spans += [
            span
            for span in _unknown_names_before_kind(
                body.docs[index], kind_words - people_kinds, vague_kinds, machine_words, avoid, strangers
            )
            if not _a_known_body(body.docs[index], span[0], span[1], known_bodies, countries)
        ]
        spans += _numbered_names_before_kind(
            body.docs[index], kind_words - people_kinds, vague_kinds, machine_words, avoid, strangers
        )
        spans += _maker_models(text, maker_re, makers, not_models, small_words)
        spans += _names_ending_in_kind(body.docs[index], name_ends)
        spans += _named_after_kind(body.docs[index], kinds_before_names, definite)
        # (not a kind naming people too: "Walker, a second-half sub, scored")
        spans += _named_before_appositive_kind(
            body.docs[index], (kinds_before_names | craft_kinds) - people_kinds, not_craft
        )
        spans += _craft_of_missions(body.docs[index], mission_words, parties)
        spans += _craft_called(body.docs[index], text, naming_verbs, named_kinds, small_words, definite)
        spans += _craft_before_kind(body.docs[index], craft_kinds, avoid, not_craft | owners)
        spans += _craft_after_indefinite(
            body.docs[index],
            machine_words | machine_parts,
            avoid,
            known_bodies | companies,
            set(makers) - companies,
            vehicle_verbs,
            set(makers),
        )
        taken: list[tuple[int, int]] = []
        for start, end, name in sorted(spans, key=lambda s: (s[0], -(s[1] - s[0]))):
            if any(start < e and s < end for s, e in taken):
                continue
            if any(name.lower().startswith(x) or name.lower().endswith(x) for x in excluded):
                continue
            if name in owners and name.isalpha() and name not in singular:
                continue  # "a NASA probe" where the text says "NASA's Galileo": the owner, no craft
            if name not in singular and (
                name in peoples or _a_known_body(body.docs[index], start, end, known_bodies, countries)
            ):
                continue  # "a SpaceX rocket", "the Houthi drones", "Dane guns": the owner, no machine
            if name in abbreviations and name not in singular:
                continue  # a listed system keeps its name whatever its expansion ends with
            if body.in_citation(index, start, end):
                continue
            if name in other_things and not _kind_after(body.docs[index], end, kind_words):
                continue  # "Abrams said" where the text names Stacey Abrams
            if name in ordinary_words and _ordinary_word_opening(
                body.docs[index], start, end, kind_words, of_machines
            ):
                continue  # "Tornado warnings were issued"
            if _something_else(
                body.docs[index], start, end, name, other_kinds, common_words, other_kinds_after
            ):
                continue
            parts = name.split("-")
            if (
                len(parts) > 1
                and all(p.isalpha() and p[:1].isupper() for p in parts)
                and any(p in parties | bodies for p in parts)
            ):
                continue  # "Hanwha-WB", "TTP-JUA": two bodies the text names, a venture or an alliance
            taken.append((start, end))
            found.append(Mention(index, start, end, "equipment", _designation(name, plurals)))
    return found


QUOTE_MARKS = frozenset('"“”«»„')
# what may go before a body's name and leave it the body's: "U.S. Air Force", "the Russian Navy"
COUNTRY_ENTS = frozenset(("GPE", "NORP"))


def _a_known_body(
    doc: Doc, start: int, end: int, bodies: Collection[str], countries: Collection[str]
) -> bool:
    """Whether a name is a body the data knows, perhaps after its country ("U.S. Air Force") or
    as the singular of a group's name in the plural ("Houthi" of the Houthis)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    first = 0
    while first < len(span) - 1 and (span[first].ent_type_ in COUNTRY_ENTS or span[first].text in countries):
        first += 1
    name = span[first:].text
    return name in bodies or f"{name}s" in bodies


MAX_QUOTED_WORDS = 6  # words of a quoted machine's name: "Of Course I Still Love You"


def _unmistakable(name: str) -> bool:
    """A listed machine's name no ordinary word can be: one with a number or in capitals
    ("Leopard 2", "HIMARS")."""
    return any(c.isdigit() for c in name) or not any(c.islower() for c in name)


def _any_first_case(word: str) -> str:
    """A word as a pattern that takes its first letter in either case: a kind opens a headline or
    a sentence too ("Фрегат «Гетман Сагайдачный»")."""
    first = word[:1]
    if first.lower() == first.upper():
        return re.escape(word)
    return f"[{first.lower()}{first.upper()}]{re.escape(word[1:])}"


def _listed_in_another_case(name: str, listed: dict[str, str], endings: Collection[str]) -> str | None:
    """The listed name a word is in another case ("Орешником" of "Орешник", equipment.yaml
    `case_endings`); None for a word that is none of them."""
    if name in listed:
        return listed[name]
    for ending in endings:
        if name.endswith(ending) and name[: -len(ending)] in listed:
            return listed[name[: -len(ending)]]
    return None


MACHINE_TALK = 2  # kinds of machine and other designations a text names, at the least, to talk of machines
DESIGNATION_RE = re.compile(r"[^\W\d_]-?\d")  # a letter and a number, in any script


CODE_RE = re.compile(r"(?=.*\d)(?=.*[^\W\d_])[\w-]+")  # "G3", "AK-47", "T-90M": letters and digits


def _is_code(word: str) -> bool:
    """Whether a word is a code of letters and digits ("G3", "AK-47"), not a name in words."""
    return CODE_RE.fullmatch(word) is not None


def _counted(doc: Doc, kind: Token) -> bool:
    """Whether a capitalised kind follows a count and a name, as a list of what was seized writes
    it ("three AK 47 Rifles", "6 Hilux Vehicles"): a kind all the same, not a name's last word."""
    if not kind.text.istitle():
        return False
    for i in range(kind.i - 1, max(kind.i - 1 - MAX_NAME_RUN, -1) - 1, -1):
        if i < 0:
            return False
        token = doc[i]
        if token.like_num and i + 1 < kind.i and doc[i + 1].text[:1].isupper():
            return True
        if not (token.text[:1].isupper() or token.like_num):
            return False
    return False


def _is_designation(name: str) -> bool:
    """Whether a name is a capitalised code of letters and a number ("Su-35", "CO2", "Top-10",
    "А-234"), not a name in words ("Boeing 737 MAX": a maker's model)."""
    return name[:1].isupper() and DESIGNATION_RE.search(name) is not None


def _kind_in_sentence(doc: Doc, start: int, kinds: Collection[str]) -> bool:
    """Whether the sentence around a character offset names a kind of machine (by lemma too: "planes")."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    return (
        span is not None
        and len(span) > 0
        and any(t.lower_ in kinds or t.lemma_.lower() in kinds for t in span.sent)
    )


COUNT_BEFORE_RE = re.compile(r"(?:^|\s)(?P<count>[\d][\d,.]*|[^\W\d_]+) $")


def _counted_plural(text: str, start: int, end: int, counts: Collection[str]) -> bool:
    """Whether a code is in the plural after a count: "18 F-16s", "two Mi-8s"."""
    if text[end : end + 1] != "s" or (text[end + 1 : end + 2].isalnum()):
        return False
    m = COUNT_BEFORE_RE.search(text, 0, start)
    return m is not None and (m.group("count")[:1].isdigit() or m.group("count").lower() in counts)


def _verb_between(doc: Doc, start: int, end: int) -> bool:
    """Whether a verb stands between two points of a paragraph: a quoted name and a kind of machine
    that a verb stands between are its doer and what it acts on, not a machine and its kind."""
    span = doc.char_span(start, end, alignment_mode="expand")
    # (not a participle describing the kind: "the "Poseidon" nuclear-powered torpedo")
    return span is not None and any(
        t.pos_ in {"VERB", "AUX"} and t.dep_ not in ("amod", "compound") for t in span
    )


def _something_else(
    doc: Doc,
    start: int,
    end: int,
    name: str,
    other_kinds: Collection[str],
    common_words: Collection[str],
    other_kinds_after: Collection[str] = (),
) -> bool:
    """Whether a name found as a machine's is another thing's: the noun just before it says what
    ("трасса М-4", "телеканал «Россия-1»", "Flight UA-232"; equipment.yaml `other_kinds`, by lemma)
    or the noun just after it ("the UDAN-2 scheme", "H-1B visas", "the I-95 corridor":
    `other_kinds_after`), or it is a listed name that is an ordinary word too, opening a sentence
    unquoted ("Град повредил посевы")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    after = span[-1].i + 1
    if after < len(doc) and doc[after].text == "s" and not span[-1].whitespace_:
        after += 1  # "H-1Bs": the plural's "s" the tokenizer split off
    if other_kinds_after and after < len(doc) and doc[after].lemma_.lower() in other_kinds_after:
        return True
    first = span[0]
    before = first.i - 1
    quoted = before >= 0 and doc[before].text in QUOTE_MARKS
    if quoted:
        before -= 1
    if other_kinds and before >= 0 and doc[before].lemma_.lower() in other_kinds:
        return True
    return name in common_words and not quoted and first.is_sent_start


ABBREVIATION_RE = re.compile(r"\(([A-Z][A-Z-]{0,10}[A-Z])\)")


def _abbreviations(texts: list[str], kinds: Collection[str]) -> set[str]:
    """The abbreviations the text gives in brackets after the name they stand for ("Philippine
    National Police - Maritime Group (PNP-MG)"), where that name does not end in a kind of
    machine as "... Exploration Rover (VIPER)" does."""
    found: set[str] = set()
    for text in texts:
        for m in ABBREVIATION_RE.finditer(text):
            letters = m.group(1).replace("-", "")
            words = re.findall(r"[\w’'-]+", text[max(0, m.start() - 300) : m.start()])
            capitals = ""
            for word in reversed(words):
                if not any(c.isalpha() for c in word):
                    continue  # "Police - Maritime Group"
                if word[:1].isupper():
                    capitals = word[0] + capitals
                elif not word.islower() or len(capitals) >= len(letters):
                    break
                if len(capitals) == len(letters):
                    break
            if capitals == letters and words and words[-1].lower() not in kinds:
                found.add(m.group(1))
    return found


NAME_BEFORE_RE = re.compile(r"(?<![\w.’'-])((?:[A-Z](?=[A-Za-z]*[a-z])[A-Za-z]{2,} ){1,3})$")
# a code's nickname: one or two capitalised words after it, which no capitalised word goes on from
# ("F-15E Strike Eagle", "MQ-9B SkyGuardian", "Su-24 Fencer")
NICKNAME_RE = re.compile(
    # (and a numeral: "Thunderbolt II")
    r" (?P<words>[A-Z][a-z]+(?:[A-Z][a-z]+)*(?: [A-Z][a-z]+(?:[A-Z][a-z]+)*)?(?: [IVX]{1,3})?)"
    r"(?![\w’'-])(?! [A-Z])"
)


def _name_before(text: str, start: int, not_names: Collection[str]) -> int:
    """Where the name a designation goes with starts: the capitalised words right before it, up to
    three, that are no nationality, body's word, small word or number ("Progress MS-04", "General
    Atomics MQ-9B", not "U.S. Navy P-8A" nor "Two Su-25")."""
    m = NAME_BEFORE_RE.search(text, 0, start)
    if not m:
        return start
    words = m.group(1).split()
    while words and any(w.lower() in not_names for w in words):
        words = words[1:]  # "Russian Navy Ka-27": only the words after the last that is no name
    return start - len(" ".join(words)) - 1 if words else start


def _nickname(text: str, end: int, not_names: Collection[str]) -> re.Match[str] | None:
    """The nickname after a code ending at `end` ("P-8A Poseidon"), or None: not a word the data
    knows as another's (a body's, a place's, a month, a number: "the F-16 Ukraine wants")."""
    m = NICKNAME_RE.match(text, end)
    if m is None or any(w.lower() in not_names for w in m.group("words").split()):
        return None
    return m


OPEN_QUOTE = '["“«„]'
CLOSE_QUOTE = '["”»“]'


@cache
def _every_languages_names() -> tuple[str, ...]:
    """The bundled equipment names of every language, each once."""
    names = bundled_by_language("equipment", "names").values()
    return tuple(dict.fromkeys(name for listed in names for name in listed or ()))


@cache
def _listed_names(names: tuple[str, ...], plural_endings: tuple[str, ...]) -> dict[str, str]:
    """Every listed name and its plurals ("Strykers", "Leopards"), each to the name it is a form of."""
    forms = {name + ending: name for name in names for ending in plural_endings if name[-1:].isalpha()}
    return {**forms, **{name: name for name in names}}


def _designation(name: str, plural_endings: tuple[str, ...]) -> str:
    """ "F-16s", "Su-24s": a designation's plural names the designation."""
    for ending in plural_endings:
        if name.endswith(ending) and name[: -len(ending)][-1:].isdigit():
            return name[: -len(ending)]
    return name


def _opens_a_persons_name(doc: Doc, start: int, end: int, kinds: Collection[str]) -> bool:
    """ "Bradley Axcell", "Archer Smith": a listed name the model reads as the first of a person's
    names, capitalised words after it (not its kind: "Hellfire Missiles")."""
    return any(
        ent.label_ == "PERSON"
        and ent.start_char == start
        and ent.end_char > end + 1
        and not any(t.lower_ in kinds for t in ent)
        for ent in doc.ents
    )


# what a name the model reads as part of a longer one is part of: a person's, a body's, a work's,
# a building's, an event's or a law's name ("Stacey Abrams", "New England Patriots", "The Lancet")
LONGER_NAME_ENTS = frozenset(("PERSON", "ORG", "WORK_OF_ART", "FAC", "EVENT", "LAW"))


# a model's mark after a listed name: "Leopard 2A6", "Leopard 1A5", "Merkava 4M"
MARK_AFTER_RE = re.compile(r" \d{1,2}[A-Z]{1,2}\d{0,2}(?![\w’'-])")


def _with_mark(text: str, start: int, end: int, name: str) -> tuple[int, int, str]:
    """A listed name's span, with the model's mark that follows it ("Leopard 2A6") where one does."""
    m = MARK_AFTER_RE.match(text, end)
    return (start, m.end(), text[start : m.end()]) if m else (start, end, name)


def _plural_word(doc: Doc, end: int) -> bool:
    """Whether the word ending at a character offset may be a noun in the plural: the model says
    so, or it ends as a plural does ("Schools", "Countries"; not "Atlas", "Pegasus", "Express";
    "Hercules" too, which only loses it this evidence)."""
    span = doc.char_span(max(0, end - 1), end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    word = span[-1]
    return word.morph.get("Number") == ["Plur"] or re.search(r"[^su]s$", word.lower_) is not None


def _ordinary_word_opening(
    doc: Doc, start: int, end: int, kinds: Collection[str], of_machines: Collection[str]
) -> bool:
    """ "Tornado warnings were issued", "Grad students went on strike": a name opening a sentence
    right before a noun in lower case that is no kind of machine (equipment.yaml `ordinary_words`),
    nor a machine's part, crew or unit (`machine_parts`, `machine_crews`: "Patriot batteries")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span) or not span[0].is_sent_start or span[-1].i + 1 >= len(doc):
        return False
    after = doc[span[-1].i + 1]
    return (
        after.is_lower
        and after.pos_ in ("NOUN", "PROPN")
        and not any(w in kinds or w in of_machines for w in (after.lower_, after.lemma_.lower()))
        and not _kind_after(doc, end, kinds)
    )


def _ends_a_longer_name(
    doc: Doc,
    start: int,
    end: int,
    owners: Collection[str],
    bodies: Collection[str],
    articles: Collection[str],
) -> bool:
    """ "Stacey Abrams", "the New England Patriots", "published in The Lancet": a listed name the
    model reads as the last words of another thing's name, or after an article printed as a name's
    own "The" inside a sentence. Not after its owner's name: capitalised words that are a country's,
    a people's, a maker's, an abbreviation ("the German Leopard", "RAF Typhoon") or a body's, the
    last a body's word ("Royal Air Force Typhoon", "Ukrainian Navy Neptune")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    first = span[0]
    if first.i > 0 and not first.is_sent_start:
        before = doc[first.i - 1]
        if before.lower_ in articles and before.text[:1].isupper() and not before.is_sent_start:
            return True  # "in The Lancet"
    if _after_an_owners_name(doc, first.i, owners):
        return False  # "the Lockheed Martin Javelin", which the model may read as "Martin Javelin"
    for ent in doc.ents:
        if ent.label_ not in LONGER_NAME_ENTS or not (ent.start < first.i < ent.end):
            continue
        words = [t.text for t in doc[ent.start : first.i] if t.is_alpha and t.text[:1].isupper()]
        if words and words[0].lower() in articles and doc[ent.start].is_sent_start:
            words = words[1:]
        if not words or " ".join(words).endswith(tuple(bodies)) or words[-1].lower() in owners:
            continue
        if any(not (w.isupper() or w in owners or w.lower() in owners) for w in words):
            return True
    return False


def _after_an_owners_name(doc: Doc, at: int, owners: Collection[str]) -> bool:
    """Whether the capitalised words right before a token end with an owner's name of two words or
    more ("Lockheed Martin", "Northrop Grumman"), which a model may split between two entities."""
    words: list[str] = []
    index = at - 1
    while index >= 0 and doc[index].is_alpha and doc[index].text[:1].isupper():
        words.insert(0, doc[index].text)
        index -= 1
    return any(" ".join(words[i:]) in owners for i in range(len(words) - 1))


# the capitalised words right after a listed name, perhaps after a word joining two names
LONGER_NAME_RE = re.compile(r"(?: (?P<joiner>and|of|&))?(?P<words>(?: [A-Z][\w'’-]*)+)")
ROMAN_NUMERAL_RE = re.compile(r"[IVX]+")


def _runs_into_a_longer_name(
    text: str, end: int, listed: Collection[str], kinds: Collection[str], org_words: Collection[str]
) -> bool:
    """ "Typhoon Lan", "Tiger Woods", "the Patriot Act", "the Tornado and Storm Research
    Organisation": a listed name that capitalised words go on from is the first word of another
    thing's name, a storm's, a person's, a law's, a body's; not where the words say what the machine
    is ("Hellfire Missiles", "Bradley Fighting Vehicle"), go on with its mark ("Rapier SAM",
    "Minuteman III", "Leopard 2A6") or name another machine ("HIMARS and Patriot")."""
    m = LONGER_NAME_RE.match(text, end)
    if not m:
        return False
    words = m.group("words").split()
    if m.group("joiner"):  # two names joined are one body's only where a body's word ends them
        return words[-1].lower() in org_words and not any(w in listed for w in words)
    first = words[0]
    return not (
        first in listed
        or any(w.lower() in kinds for w in words)
        or not first[1:].islower()  # "SAM", "PzH": a mark in capitals, not a name's word
        or ROMAN_NUMERAL_RE.fullmatch(first)
    )


MODEL_WORD_RE = re.compile(r"[A-Z0-9][\w.-]*")


@cache
def _maker_re(makers: tuple[str, ...]) -> re.Pattern[str] | None:
    """A maker's name, then up to four words that may be a model's ("RAV4 Prime", "208B Grand Caravan")."""
    if not makers:
        return None
    return re.compile(
        rf"(?<![\w-])(?P<maker>{alternatives(list(makers))}) "
        r"(?=(?P<model>[A-Z0-9][\w.-]*(?: [A-Z0-9][\w.-]*){0,3}))"  # looked at, not taken
    )


def _maker_models(
    text: str,
    maker_re: re.Pattern[str] | None,
    makers: tuple[str, ...],
    not_models: frozenset[str],
    small: frozenset[str],
) -> list[tuple[int, int, str]]:
    """ "Toyota RAV4 Prime", "Ford Mustang Mach E": a maker and its model. Not a company's name
    ("Toyota Motor Corp", "Boeing CEO Dennis Muilenburg"), nor a maker inside a longer name
    ("Gerald Ford Presidential Library": a capitalised word other than "The" before it)."""
    found = []
    for m in maker_re.finditer(text) if maker_re else []:
        if _capitalised_beside(text, m.start(), m.end("maker"), small, after=False):
            continue
        if maker_re.match(text, m.start("model")) or any(
            maker.startswith(f"{m.group('maker')} {m.group('model').split()[0].rstrip('.,')}")
            for maker in makers
        ):
            continue  # "Lockheed Martin", "Land Rover Defender": one maker's name, or two makers
        words = []
        for word in m.group("model").split():
            bare = word.rstrip(".,")
            if bare in not_models or bare.lower() in not_models or not MODEL_WORD_RE.fullmatch(bare):
                break
            words.append(bare)
            if bare != word:
                break  # a full stop or comma after a word ends the name: "Nissan Sentra."
        if words:
            end = m.start("model") + len(" ".join(words))
            found.append((m.start(), end, text[m.start() : end]))
    return found


def _names_ending_in_kind(doc: Doc, ends: Collection[tuple[str, ...]]) -> list[tuple[int, int, str]]:
    """A name of capitalised words whose last words, capitalised too, say what a machine is:
    "NASA's Hubble Space Telescope", "one General Purpose Machine Gun", "the International Space
    Station", "the Five-hundred-meter Aperture Spherical Radio Telescope"; not a name a kind opens
    ("Missile Defense Agency"), nor the kind alone opening a sentence ("Machine Gun fire")."""
    found = []
    by_last: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for end in ends:
        by_last[end[-1]].append(end)
    # one walk over the words: only a capitalised word a kind ends with can end such a name
    for j in (t.i for t in doc if t.lower_ in by_last and t.text[:1].isupper()):
        for end in by_last[doc[j].lower_]:
            size = len(end)
            i = j - size + 1
            last = doc[max(i, 0) : j + 1]
            if i < 0 or tuple(t.lower_ for t in last) != end or not all(t.text[:1].isupper() for t in last):
                continue
            if _name_goes_on(doc, i + size):
                continue  # "Raytheon Missile Systems", "Raytheon Missile and Defense": a body's name
            start = i
            while start > 0 and not doc[start].is_sent_start and _in_capitalised_name(doc, start - 1):
                start -= 1
            while start < i and not doc[start].text[:1].isupper():
                start += 1  # "multibillion-dollar Space Launch System": a name opens with a capital
            if (
                start > 1
                and doc[start - 1].is_stop
                and doc[start - 1].is_alpha
                and doc[start - 2].text[:1].isupper()
            ):
                continue  # "Surface to Air Missile": a longer name, its small word left lower-case
            if start < i:
                span = doc[start : i + size]
                found.append((span.start_char, span.end_char, span.text))
    return found


# what the model may call a spacecraft's name: not a body, a country or a people ("the OSCE mission")
NOT_CRAFT_ENTS = frozenset(("ORG", "GPE", "NORP", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY"))


def _craft_of_missions(
    doc: Doc, words: Collection[str], places: Collection[str]
) -> list[tuple[int, int, str]]:
    """A spacecraft named by the mission it flies, an article or an owner binding the name to the
    word: "the first manned Skylab mission", "NASA's upcoming Europa Clipper mission". Not a body's
    mission ("the OSCE mission", "the UN mission": an organisation, or a name in capitals), a
    country's ("the Kyiv mission") nor a place of one word ("the Mars mission")."""
    found = []
    for word in (t for t in doc if t.lower_ in words and t.pos_ == "NOUN"):
        end = word.i
        while end > 0 and word.i - end < MAX_WORDS_BEFORE_KIND and _describes(doc, end - 1):
            end -= 1
        start = end
        while start > 0 and end - start < MAX_NAME_RUN and doc[start - 1].text[:1].isupper():
            start -= 1
        name = doc[start:end]
        binder = start - 1  # "the first manned Skylab mission": the article before the words that describe
        while binder > 0 and doc[binder].is_lower and doc[binder].pos_ in ("ADJ", "VERB", "NUM", "ADV"):
            binder -= 1
        if (
            not len(name)
            or doc[start].is_sent_start
            or name.text in places
            or not _bound_to(doc, binder + 1, word)
        ):
            continue
        if any(t.ent_type_ in NOT_CRAFT_ENTS or t.text.isupper() for t in name):
            continue
        if len(name) == 1 and name[0].ent_type_ in ("LOC", "FAC"):
            continue
        found.append((name.start_char, name.end_char, name.text))
    return found


# a craft's name as the text writes it after what names it: capitalised words or numbers, up to
# four ("WhiteKnightTwo", "G-FORCE ONE", "Phobos-Grunt"), perhaps after "the" ("a ship called the Titanic")
@cache
def _craft_name_re(articles: frozenset[str]) -> re.Pattern[str]:
    """A craft's name after its naming verb: up to four capitalised words, perhaps after the
    language's definite article ("a ship called the Titanic"; grammar.yaml `definite_articles`)."""
    article = rf"(?:(?:{alternatives(sorted(articles))}) )?" if articles else ""
    # (perhaps in quotation marks: 'a new long-range drone, called "Lyutyi"')
    return re.compile(rf"{article}{OPEN_QUOTE}?(?P<name>[A-Z][\w-]*(?: [A-Z0-9][\w-]*){{0,3}})")


# words after a craft's name and its comma to its kind in apposition: ", a new lunar lander"
MAX_APPOSITION_KIND = 4


def _owners(docs: list[Doc]) -> set[str]:
    """The names the text makes owners of a named thing ("NASA's Galileo", "SpaceX's Falcon 9"):
    a maker or an operator, not a craft, wherever it stands before a kind ("a NASA probe")."""
    return {
        doc[t.i - 1].text
        for doc in docs
        for t in doc
        if t.tag_ == "POS" and 0 < t.i < len(doc) - 1 and doc[t.i + 1].text[:1].isupper()
    }


def _definite_craft(docs: list[Doc], kinds: Collection[str]) -> set[str]:
    """The names the text writes between a definite article and a kind of craft, "the
    Perseverance rover": the craft, though the text makes it an owner elsewhere too."""
    return {
        doc[t.i - 1].text
        for doc in docs
        for t in doc
        if t.lower_ in kinds and t.i > 1 and "Def" in doc[t.i - 2].morph.get("Definite")
    }


def _craft_called(
    doc: Doc,
    text: str,
    verbs: Collection[str],
    kinds: Collection[str],
    small: Collection[str],
    articles: frozenset[str],
) -> list[tuple[int, int, str]]:
    """The name a naming verb gives the kind of machine right before it, "a carrier ship, called
    WhiteKnightTwo", "a Boeing 727-200 aircraft called G-FORCE ONE", or right after it in
    apposition, "Called Phobos-Grunt, the spacecraft weighed"; not "a model called Canoo" (no
    machine's kind), nor "a ship called the" lower-case words."""
    found = []
    for verb in doc:
        if verb.lower_ not in verbs or not verb.whitespace_:
            continue
        m = _craft_name_re(articles).match(text, verb.idx + len(verb.text) + 1)
        if not m or m.group("name").split()[0].lower() in small:
            continue
        before = verb.i - 1 - (verb.i > 1 and doc[verb.i - 1].text == ",")
        # "Called Phobos-Grunt, the spacecraft weighed ...": the name first, its kind in
        # apposition, the head of its phrase (not "named X, a satellite maker")
        kind = _kind_in_apposition(doc, m.end())
        if (before >= 0 and _a_kind(doc[before], kinds)) or (kind is not None and _a_kind(kind, kinds)):
            found.append((m.start("name"), m.end("name"), m.group("name")))
    return found


def _kind_in_apposition(doc: Doc, end: int) -> Token | None:
    """The first noun of a phrase in apposition after a name ending at `end`, which a determiner
    opens after a comma: "spacecraft" of ", the spacecraft weighed", "lander" of ", a new lunar
    lander" (the adjectives before it skipped by the parse, not by their number)."""
    comma = doc.char_span(end, end + 1)
    if comma is None or comma.text != ",":
        return None
    first = comma[0].i + 1
    if first >= len(doc) or doc[first].pos_ != "DET":
        return None
    for token in doc[first + 1 : first + 1 + MAX_APPOSITION_KIND]:
        if token.pos_ in ("NOUN", "PROPN"):
            return token
        if token.is_punct:
            break
    return None


def _a_kind(token: Token, kinds: Collection[str]) -> bool:
    """Whether a word is a kind of machine as a noun heading its phrase: "a carrier ship," but not
    "a satellite maker"."""
    return token.lower_ in kinds and token.pos_ == "NOUN" and token.dep_ != "compound"


def _craft_before_kind(
    doc: Doc, kinds: Collection[str], avoid: Collection[str], not_craft: Collection[str]
) -> list[tuple[int, int, str]]:
    """A single plain name right before a singular kind of craft flown one at a time: "the
    Curiosity rover", "NASA's MAVEN orbiter mission", "using Curiosity rover data", though the
    model calls the name a body. Not a nationality or a place ("a Russian spacecraft"), a word
    opening a sentence, a name that runs on from a capitalised word before it, a body the data
    knows, a maker, a name after "a" ("a NASA probe"), nor a name the text makes an owner elsewhere
    ("NASA's Galileo") and never the craft; nor a kind modifying what a company sells ("Viasat
    satellite service")."""
    found = []
    for kind in doc:
        if kind.lower_ not in kinds or kind.tag_ != "NN" or not kind.is_lower or kind.i < 1:
            continue
        # a kind modifying another noun is what the named one sells or runs ("Viasat satellite
        # service", "The OneWeb satellite launch"), unless the noun is in the plural, what the
        # craft sends or serves ("Curiosity rover data", "Starlink satellite internet terminals"),
        # or another's, whose craft the name is ("NASA's MAVEN orbiter mission")
        head = kind
        while head.dep_ == "compound" and head.head.i != head.i:
            head = head.head  # the phrase's own noun: "terminals" of "satellite internet terminals"
        if (
            kind.dep_ == "compound"
            and "Plur" not in head.morph.get("Number")
            and not any(c.dep_ == "poss" for c in head.children)
        ):
            continue
        name = doc[kind.i - 1]
        # "a NASA probe": one of the named body's craft, not the craft's name
        if name.i > 0 and "Ind" in doc[name.i - 1].morph.get("Definite"):
            continue
        if (
            not name.text[:1].isupper()
            or not name.is_alpha
            or _opens_sentence(doc, name.i)
            or name.lower_ in avoid
            or name.text in not_craft
            or name.ent_type_ in NOT_VESSEL_ENTS
            or not _free_before(doc, name.i)
            or (name.i > 0 and doc[name.i - 1].text[:1].isupper() and not doc[name.i - 1].is_sent_start)
        ):
            continue
        found.append((name.idx, name.idx + len(name.text), name.text))
    return found


def _only_after_articles(name: str, texts: list[str], articles: Collection[str]) -> bool:
    """Whether every mention of a name standing alone (no capitalised word after it: not "Jeep
    Cherokee") follows an article, perhaps across words that describe ("a Jeep", "the red Jeep");
    False for a name the text never writes alone."""
    alone = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])(?! [A-Z0-9])")
    seen = False
    for text in texts:
        for m in alone.finditer(text):
            words = re.findall(r"[\w’'-]+", text[max(0, m.start() - 60) : m.start()])
            while words and words[-1].islower() and words[-1] not in articles:
                words.pop()  # "a red", "the battered old"
            if not words or words[-1].lower() not in articles:
                return False
            seen = True
    return seen


# what the model may call a machine it does not know by name: a body ("a Jeep") or a product
THING_ENTS = frozenset(("ORG", "PRODUCT"))
RELATIVE_WHO = frozenset(("who", "whom", "whose"))


def _craft_after_indefinite(
    doc: Doc,
    machine_words: Collection[str],
    avoid: Collection[str],
    not_craft: Collection[str],
    machines: Collection[str] = (),
    vehicle_verbs: Collection[str] = (),
    makers: Collection[str] = (),
) -> list[tuple[int, int, str]]:
    """A name the indefinite article makes one thing among many, in a paragraph that names a
    kind of machine: "to retrieve a Jeep and she followed him back in her pickup", "three
    carriages of a Tezgam Express caught fire ... The train was bound" (the model reads both as
    bodies; a body is never "a" one). Only a name known as a machine (a maker's: "a Jeep") or
    one the parse ties to a machine: the object of a verb that takes one ("drove a Ford
    Bronco"), the thing a machine or its part is of ("carriages of a Tezgam Express"), a name a
    maker makes ("a redesigned compact Sentra from Nissan"). "Drove
    his car to a Walmart", "rented from a Hertz" are a company's shop and branch. Not a name
    that modifies a noun after it ("a Reuters reporter"), an acronym of a thing ("an API", "a
    CBDC"), a body the data knows or whose name says it is one ("a new Cyberoperations Center"),
    nor a person ("a good Samaritan who ...")."""
    if not any(t.lower_ in machine_words or t.lemma_.lower() in machine_words for t in doc):
        return []
    found = []
    for ent in doc.ents:
        if ent.label_ not in THING_ENTS or ent[0].i == 0:
            continue
        root = ent.root
        if root.dep_ in ("compound", "amod", "poss", "nmod") or root.i != ent.end - 1:
            continue
        after = doc[ent.end] if ent.end < len(doc) else None
        if after is not None and (after.pos_ in ("NOUN", "PROPN", "NUM") or after.lower_ in RELATIVE_WHO):
            continue
        article = next((c for c in root.children if c.dep_ == "det" and c.i < ent.start), None)
        if article is None or "Ind" not in article.morph.get("Definite"):
            continue
        if not all(t.is_lower and t.pos_ in ("ADJ", "ADV", "VERB") for t in doc[article.i + 1 : ent.start]):
            continue  # "a new Air Force One": only words that describe between them
        if (
            not any(c.islower() for c in ent.text)
            or ent.text in not_craft
            or any(t.lower_ in avoid for t in ent)
        ):
            continue
        if ent.text not in machines and not _tied_to_a_machine(root, machine_words, vehicle_verbs, makers):
            continue  # "drove his car to a Walmart": a machine in the paragraph, a shop in the phrase
        found.append((ent.start_char, ent.end_char, ent.text))
    return found


def _tied_to_a_machine(
    root: Token, machine_words: Collection[str], vehicle_verbs: Collection[str], makers: Collection[str] = ()
) -> bool:
    """Whether the parse ties a name to a machine: the object of a verb that takes one ("drove a
    Ford Bronco", "flew a Cessna"), what a machine or a part of one is of ("three carriages of a
    Tezgam Express"), or a name its own phrase says a maker makes ("a compact Sentra from
    Nissan")."""
    if any(
        child.dep_ == "prep" and any(o.dep_ == "pobj" and o.text in makers for o in child.children)
        for child in root.children
    ):
        return True
    head = root.head
    if root.dep_ == "dobj" and head.lemma_.lower() in vehicle_verbs:
        return True
    if root.dep_ == "pobj" and head.lower_ == "of" and head.head.i != head.i:
        noun = head.head
        return noun.lower_ in machine_words or noun.lemma_.lower() in machine_words
    return False


def _acts_as_machine(
    doc: Doc,
    start: int,
    end: int,
    subject_verbs: Collection[str],
    vehicle_verbs: Collection[str],
    parts: Collection[str],
    makers: Collection[str],
) -> bool:
    """Whether the sentence says of a name what only a machine does or has, in a text that names no
    kind of machine: the subject of a verb only a machine does ("the C-17 Globemaster landed",
    `subject_verbs`), the object of one that takes a machine ("flew a Chinook"), the owner of a
    machine's part ("the Patriot's radar"), or a name a maker owns ("Lockheed's F-35")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span[-1]
    while root.dep_ == "compound" and root.head.i > root.i and root.head.text[:1].isupper():
        root = root.head  # "C-17" of "the C-17 Globemaster"
    if root.dep_ == "poss" and root.head.lemma_.lower() in parts:
        return True
    if any(child.dep_ == "poss" and child.text in makers for child in root.children):
        return True
    # with no direct object: "the M23 landed a blow", "landed a deal" is a group's doing, not a craft's
    if (
        root.dep_ == "nsubj"
        and root.head.lemma_.lower() in subject_verbs
        and not any(child.dep_ == "dobj" for child in root.head.children)
    ):
        return True
    return _tied_to_a_machine(root, (), vehicle_verbs)


# what the model may call a vessel's or a craft's name ("Ursa Major" a person, "Curiosity" a body);
# not a place, a people, a time or a count
NOT_VESSEL_ENTS = frozenset(
    ("GPE", "NORP", "LOC", "DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY")
)
MAX_VESSEL_NAME = 3  # capitalised words of a vessel's name after its class: "USS Queen Elizabeth"


def _named_after_kind(
    doc: Doc, kinds: Collection[str], articles: Collection[str] = ()
) -> list[tuple[int, int, str]]:
    """A vessel's name after its class, which the parse ties to it: "the Russian ship Ursa Major"
    (the class a compound of the name), "a new sub, Cyclops 2", "the largest telescope, the
    Arecibo Observatory" (the name in apposition, perhaps after a definite article), "the missile
    cruiser Moskva sank" (the name the subject of the verb after it), "NASA's old space station
    Sky Lab" (a class of two words; the parse making class and name two subjects of one verb);
    not a name a clause on it follows ("the ship Trump toured"), nor a place or a date ("the ship
    Monday")."""
    found = []
    last_words = {k.split()[-1] for k in kinds}
    for kind in doc:
        # (the model may take the class for an adjective: "sent the frigate Admiral Gorshkov")
        if (
            kind.tag_ not in ("NN", "JJ")
            or kind.lower_ not in last_words
            or not _class_ends_at(doc, kind.i, kinds)
        ):
            continue
        start = kind.i + 1
        if start < len(doc) and doc[start].text == ",":
            start += 1
            if start < len(doc) and doc[start].lower_ in articles:
                start += 1  # "telescope, the Arecibo Observatory": the name in apposition
        end = start
        words = 0  # the name's capitalised words
        while end < len(doc) and words < MAX_VESSEL_NAME and doc[end].text[:1].isupper():
            end += 1
            words += 1
            # "the cruise ship Icon of the Seas": small words inside the name the model found
            inner = end
            while inner < len(doc) and _small_word_inside_a_name(doc[inner]):
                inner += 1
            if inner > end and inner < len(doc) and doc[inner].ent_iob_ == "I" and doc[inner].is_title:
                end = inner
        if end < len(doc) and end > start and doc[end].like_num:
            end += 1  # "Cyclops 2"
        end = _hyphens_on(doc, end)  # "the submarine Rostov-on-Don"
        name = doc[start:end]
        # "struck the landing ship Novocherkassk in Feodosia port": the class after an article, and
        # the name after it closed by a preposition or a stop, is a name the parse may misread or
        # take for the town the vessel is named after
        bound = (
            start == kind.i + 1
            and _after_article(doc, kind.i)
            and (
                end >= len(doc)
                or doc[end].pos_ in ("ADP", "PUNCT", "CCONJ")
                or _passive_after(doc, end)
                or _subject_of_main_verb(doc, kind, end)
            )
        ) or (  # "China's third aircraft carrier, the Fujian, began": the name between commas
            start == kind.i + 3
            and doc[start - 1].lower_ in articles
            and end < len(doc)
            and doc[end].text == ","
        )
        vessel_ents = NOT_VESSEL_ENTS - {"GPE", "LOC"} if bound else NOT_VESSEL_ENTS
        if (
            not len(name)
            or not name[0].is_alpha
            or any(t.ent_type_ in vessel_ents - {"CARDINAL"} for t in name)
        ):
            continue
        if any(t.ent_type_ == "CARDINAL" and not t.like_num for t in name) or _name_goes_on(doc, end):
            continue
        compound = kind.head.i in range(start, end)  # "the missile cruiser Moskva"
        # "the research vessel Sir David Attenborough docked": the name in apposition to the class,
        # which is the verb's subject
        appositive = name.root.dep_ == "appos" and name.root.head.i == kind.i
        if end < len(doc) and doc[end].pos_ in ("VERB", "AUX") and not bound:
            verb = doc[end]
            if verb.pos_ == "AUX" and verb.head.i > verb.i:
                verb = verb.head  # "the tanker Eagle S is suspected": the verb the auxiliary serves
            if verb.dep_ in ("acl", "relcl") or not (
                (compound and name.root.head.i == verb.i)
                or (appositive and kind.head.i == verb.i and kind.dep_ in ("nsubj", "nsubjpass"))
            ):
                continue  # "the ship Trump toured": a clause's subject, whom the parse may still tie to it
        # "space station Sky Lab also made": one phrase the parse split into two subjects of a verb
        split = name.root.head.i == kind.head.i != kind.i and name.root.dep_ == kind.dep_ == "nsubj"
        tied = name.root.head.i == kind.i and name.root.dep_ == "appos" or compound or split or bound
        if tied:
            found.append((name.start_char, name.end_char, name.text))
    return found


def _hyphens_on(doc: Doc, end: int) -> int:
    """Where a name ending at word `end` ends, its words joined by hyphens taken in: "Rostov-on-Don"."""
    i = end
    while i + 1 < len(doc) and doc[i].text == "-" and not doc[i - 1].whitespace_ and not doc[i].whitespace_:
        i += 2  # the hyphen and the word after it
    return i if i > end and doc[i - 1].text[:1].isupper() else end


def _after_article(doc: Doc, i: int) -> bool:
    """Whether an article opens the phrase a noun heads, across the lower-case words that describe
    it: "the landing ship", "a Russian reconnaissance ship"."""
    j = i - 1
    while j >= 0 and (_describes(doc, j) or doc[j].ent_type_ == "NORP" or doc[j].pos_ == "ADJ"):
        j -= 1
    return j >= 0 and doc[j].pos_ == "DET"


def _subject_of_main_verb(doc: Doc, kind: Token, i: int) -> bool:
    """Whether the word at `i` is the sentence's main verb and the class or the name before it its
    subject: "The submarine Kazan docked in Havana" (not a clause on the vessel: "the ship Trump
    toured sailed away")."""
    verb = doc[i]
    return (
        verb.pos_ == "VERB"
        and verb.dep_ == "ROOT"
        and any(t.head.i == i and t.dep_ in ("nsubj", "nsubjpass") for t in (kind, doc[i - 1]))
    )


def _passive_after(doc: Doc, i: int) -> bool:
    """Whether a passive verb follows a word ("was attacked"): the name before it is what the verb
    was done to, not the doer of a clause on the vessel ("the ship Trump toured")."""
    return i + 1 < len(doc) and doc[i].dep_ == "auxpass"


def _small_word_inside_a_name(token: Token) -> bool:
    """A lower-case small word inside a name the model found ("of", "the" of "Icon of the Seas")."""
    return token.is_stop and token.is_lower and token.ent_iob_ == "I"


def _named_before_appositive_kind(
    doc: Doc, kinds: Collection[str], bodies: Collection[str]
) -> list[tuple[int, int, str]]:
    """A vessel's or a craft's name that a phrase in apposition after it calls one: "The Moskva, a
    guided-missile cruiser, sank", "the Kursk, a nuclear submarine", "Perseverance, NASA's newest
    rover" (the class the head of the phrase, which the parse ties to the name). Not a person's
    or a body's role ("Smith, a submarine veteran": the phrase is the veteran's), nor a place, a
    time or a body the data knows."""
    found = []
    for kind in doc:
        if kind.dep_ != "appos" or kind.pos_ != "NOUN" or kind.lower_ not in kinds:
            continue
        root = kind.head
        if root.i >= kind.i or root.pos_ != "PROPN" or doc[root.i + 1].text != ",":
            continue
        start = root.i
        while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == root.i:
            start -= 1
        name = doc[start : root.i + 1]
        if (
            not all(t.text[:1].isupper() or t.like_num for t in name)
            or any(t.ent_type_ in NOT_VESSEL_ENTS for t in name)
            or name.text in bodies
        ):
            continue
        found.append((name.start_char, name.end_char, name.text))
    return found


def _class_ends_at(doc: Doc, i: int, kinds: Collection[str]) -> bool:
    """Whether a vessel's or a craft's class ends at word `i`: one word ("ship") or several
    ("space station"), as equipment.yaml `kinds_before_names` writes them."""
    for kind in kinds:
        words = kind.split()
        first = i - len(words) + 1
        if first >= 0 and [t.lower_ for t in doc[first : i + 1]] == words:
            return True
    return False


def _name_goes_on(doc: Doc, i: int) -> bool:
    """Whether a capitalised name goes on at a word: a capitalised word in the same sentence, or a
    small word inside the name the model found and one ("Marine Aircraft Group", "Raytheon Missile
    and Defense"; not "the Space Launch System and Orion space capsule")."""
    if i < len(doc) and doc[i].is_stop and doc[i].is_alpha and doc[i].is_lower and doc[i].ent_iob_ == "I":
        i += 1
    return i < len(doc) and doc[i].text[:1].isupper() and not doc[i].is_sent_start


def _in_capitalised_name(doc: Doc, i: int) -> bool:
    """Whether a word belongs to a capitalised name running on to the word after it: a capitalised
    word that is no article ("the"), or a part of a word joined by hyphens ("Five-hundred-meter")."""
    token = doc[i]
    if token.text == "-" or (i + 1 < len(doc) and doc[i + 1].text == "-" and not token.whitespace_):
        return not token.whitespace_
    if i > 0 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_:
        return True
    return token.text[:1].isupper() and token.is_alpha and not token.is_stop


def _named_before_kind(
    doc: Doc, kinds: set[str], avoid: set[str], vague: Collection[str] = (), of_people: Collection[str] = ()
) -> list[tuple[int, int, str]]:
    """Names the text gives a machine: "their Chinook helicopter", "the Minuteman III
    intercontinental ballistic missile" (a product name the model found before its kind).

    Not a nationality, an organisation's word ("Air Force helicopter") or a name of
    people, places or organisations the model found.
    """
    found: list[tuple[int, int, str]] = []
    for ent in doc.ents:
        if ent.label_ == "PRODUCT" and (_kind_follows(doc, ent.end, kinds) or _is_designation(ent.text)):
            # "Qty 6 AK-47 rifles": a count the model took into the name counts the machines, and
            # the name starts after it (as _names_run_before_kind's does)
            counts = [t.i + 1 for t in ent[:-1] if t.like_num and doc[t.i + 1].text[:1].isupper()]
            # nor is an article the model took in ("The C-17 Globemaster landed")
            counts += [ent.start + 1] if len(ent) > 1 and ent[0].pos_ == "DET" else []
            name = doc[max(counts) : ent.end] if counts else ent
            # "Progress MS-04", "Minuteman III missile"
            found.append((name.start_char, name.end_char, name.text))
    found += _names_run_before_kind(doc, kinds, avoid, {*vague, *of_people})
    found += _names_described_before_kind(doc, kinds - {*vague, *of_people}, avoid)
    taken = {t.i for ent in doc.ents for t in ent}
    for token in doc:
        if (
            token.pos_ == "PROPN"
            and token.i not in taken
            and token.text[:1].isupper()
            and token.lower_ not in avoid
            and token.dep_ == "compound"
            and token.head.lower_ in kinds
            and token.head.lower_ not in of_people  # "Azov fighters": a group's men
            and not token.head.text.istitle()  # "Surface to Air Missile": one name, no kind after it
            and token.head.i == token.i + 1
            and _free_before(doc, token.i)
        ):
            found.append((token.idx, token.idx + len(token.text), token.text))
    return found


def _names_described_before_kind(
    doc: Doc, kinds: Collection[str], avoid: Collection[str]
) -> list[tuple[int, int, str]]:
    """One capitalised word the parse ties to a kind across the lower-case words that describe
    it: "the Orion space capsule", "additional Chunmoo multiple rocket launchers", "Chunmoo guided
    missiles" (the word a compound or a modifier of the kind, every word between one of the kind's
    own modifiers). Not a nationality ("Russian guided missiles"), nor a name the model found for a
    person, a place or a body ("Hamas homemade rockets"), nor a word a capitalised name runs into."""
    found = []
    for token in doc:
        head = token.head
        if (
            head.lower_ not in kinds
            or head.pos_ != "NOUN"
            or not head.i - token.i > 1
            or token.dep_ not in ("compound", "nmod", "amod")
            or not (token.is_alpha and token.text.istitle())
            or _opens_sentence(doc, token.i)
            or token.lower_ in avoid
            or token.ent_type_ in NOT_DESCRIBED_MACHINE_ENTS
            or not _free_before(doc, token.i)
        ):
            continue
        between = doc[token.i + 1 : head.i]
        if len(between) > MAX_WORDS_BEFORE_KIND or not all(
            _describes(doc, t.i) and token.i < t.head.i <= head.i for t in between
        ):
            continue
        found.append((token.idx, token.idx + len(token.text), token.text))
    return found


def _speakers(docs: list[Doc], verbs: Collection[str]) -> set[str]:
    """The single words the text makes the subject of a verb of saying ("Lufthansa said")."""
    return {t.text for doc in docs for t in doc if t.dep_ == "nsubj" and t.head.lemma_.lower() in verbs}


def _kind_head(
    doc: Doc, token: Token, kinds: Collection[str], vague: Collection[str], machine: Collection[str]
) -> Token | None:
    """The kind of machine a word names, across the words that describe it, or None: "drones" of
    "Gerbera decoy drones", of "Vampire bomber drones"; a vague kind only where a machine's word
    makes it a machine's ("air defence systems", "missile system"; not "the SWIFT payments system")."""
    head = token.head
    while head.dep_ == "compound" and head.head.i > head.i and head.head.lower_ in kinds:
        head = head.head  # "bomber drones": the phrase's last kind
    if head.i <= token.i or head.lower_ not in kinds or head.pos_ != "NOUN":
        return None
    if head.dep_ == "compound":
        return None  # "an Iridium satellite phone": the kind says what another thing is for

    between = doc[token.i + 1 : head.i]
    if len(between) > MAX_WORDS_BEFORE_KIND or not all(
        _describes(doc, t.i) and token.i < t.head.i <= head.i for t in between
    ):
        return None
    if head.lower_ in vague and not any(t.lower_ in machine or t.lower_ in kinds for t in between):
        return None
    return head


def _unknown_names_before_kind(
    doc: Doc,
    kinds: Collection[str],
    vague: Collection[str],
    machine: Collection[str],
    avoid: Collection[str],
    strangers: Collection[str],
) -> list[tuple[int, int, str]]:
    """One capitalised word the data does not know, right before a kind of machine or across the
    words that describe it: "Martlet missiles", "Gerbera decoy drones", "the Skynex air defence
    system", "Magura sea drones", whatever the model calls the word (a body, a person, a place: it
    does not know it either). Not a word the data knows as a body's, a place's, a people's, a
    person's or a maker's ("Houthi drones", "Wagner tanks", "Phoenix missiles"), one the text makes
    a speaker or an owner, nor a word opening a sentence or run into by a capitalised word before."""
    found = []
    for token in doc:
        if (
            token.dep_ not in ("compound", "nmod", "amod")
            or (token.dep_ == "amod" and token.pos_ != "PROPN")  # "Allied bombers", "Western tanks"
            or not token.is_alpha
            or not token.text[:1].isupper()
            or token.text.isupper()
            or token.lower_ in avoid
            or token.text in strangers
            or _opens_sentence(doc, token.i)
            or not _free_before(doc, token.i)
            or (token.i + 1 < len(doc) and doc[token.i + 1].text[:1].isupper())
        ):
            continue
        if _kind_head(doc, token, kinds, vague, machine) is not None:
            found.append((token.idx, token.idx + len(token.text), token.text))
    return found


DATE_WORDS = frozenset((*MONTHS, *WEEKDAYS))


def _numbered_names_before_kind(
    doc: Doc,
    kinds: Collection[str],
    vague: Collection[str],
    machine: Collection[str],
    avoid: Collection[str],
    strangers: Collection[str],
) -> list[tuple[int, int, str]]:
    """A name of capitalised words and a number right before a kind of machine, perhaps across
    words that describe it: "a Hermes 900 drone", "A Long March 5 rocket", "the Kosmos 2553
    satellite", "China's Chang'e 6 lander", whatever the model calls the words (a place, a date).
    Not a count after a name ("Russia 5 missiles"): no place, body or people the data knows."""
    found = []
    for kind in doc:
        if kind.lower_ not in kinds or kind.pos_ != "NOUN" or kind.i < 2:
            continue
        if kind.i + 1 < len(doc) and doc[kind.i + 1].dep_ == "case":
            continue  # "Qty 4 rifle's magazines": the kind owns what follows, a count before it
        if kind.dep_ == "compound" and kind.head.lower_ not in kinds:
            continue  # "an Iridium 9555 satellite phone": what another thing is for
        if kind.lower_ in vague and not (
            doc[kind.i - 1].lower_ in machine or doc[kind.i - 1].lower_ in kinds
        ):
            continue
        end = kind.i
        while end > 0 and kind.i - end < MAX_WORDS_BEFORE_KIND and _describes(doc, end - 1):
            end -= 1
        number = end - 1
        if number < 1 or not doc[number].text.isdigit():
            continue
        # "ATR 72-600": a number joined to the one before it
        if number > 2 and doc[number - 1].text == "-" and doc[number - 2].text.isdigit():
            number -= 2
        start = number
        while (
            start > 0
            and number - start < MAX_NAME_RUN
            and doc[start - 1].text[:1].isupper()
            and (doc[start - 1].is_alpha or "'" in doc[start - 1].text or "’" in doc[start - 1].text)
            and doc[start - 1].lower_ not in avoid
            and doc[start - 1].text not in strangers
            and not _opens_sentence(doc, start - 1)
        ):
            start -= 1
        if start == number or not _free_before(doc, start):
            continue
        if number - start == 1 and doc[start].lower_ in DATE_WORDS:
            continue  # "On March 5 drones hit": a date before the kind, not "A Long March 5 rocket"
        span = doc[start:end]
        found.append((span.start_char, span.end_char, span.text))
    return found


def _opens_sentence(doc: Doc, i: int) -> bool:
    """Whether a word opens its sentence or a quotation (“New anti-ship missiles ...", 'said:
    "New ...'): every first word takes a capital, a name's or not."""
    while i > 0 and not doc[i].is_sent_start and doc[i - 1].is_punct:
        if doc[i - 1].text in QUOTE_MARKS | {"(", "["}:
            return True
        i -= 1
    return doc[i].is_sent_start


MAX_NAME_RUN = 3  # "Falcon Heavy", "EchoStar 23", "Space Launch System"
MAX_WORDS_BEFORE_KIND = 3  # "SBIRS missile detection satellite", "SES-10 commercial communications satellite"
# a person, a place, a people, a time or a count is no machine's name ("Russian missile")
NOT_MACHINE_ENTS = frozenset(
    ("PERSON", "GPE", "NORP", "LOC", "DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY")
)
# before a kind across the words describing it, a body, a building or a rank is no machine's name
# either, but a people may be: the model calls an unknown name one ("Chunmoo guided missiles")
NOT_DESCRIBED_MACHINE_ENTS = (NOT_MACHINE_ENTS - {"NORP"}) | {"FAC", "ORG", "ORDINAL"}


def _names_run_before_kind(
    doc: Doc, kinds: set[str], avoid: set[str], vague: Collection[str] = ()
) -> list[tuple[int, int, str]]:
    """A name of two or three words, or one with a number, right before its kind, perhaps with
    lower-case words between: "SpaceX's Falcon Heavy rocket", "the Atlas V rocket", "the SES-10
    commercial communications satellite". A single plain word is `_named_before_kind`'s, but
    where an article or an owner binds it to the kind ("a Delta rocket", "the Bohdana
    self-propelled howitzers", "Ford's Mustang Mach E SUV"), even a name the model took for a
    person's or a place's is the machine's."""
    found: list[tuple[int, int, str]] = []
    lowered = doc.text.lower()
    if not any(kind in lowered for kind in kinds):
        return found  # most paragraphs name no kind of machine: no need to walk their words
    for kind in (
        t for t in doc if t.lower_ in kinds and (t.pos_ == "NOUN" or t.text.isupper() or _counted(doc, t))
    ):
        if kind.i + 1 < len(doc) and doc[kind.i + 1].dep_ == "case":
            continue  # "4 rifle's magazines": the kind owns what follows, it names no machine before it
        end = kind.i
        while end > 0 and kind.i - end < MAX_WORDS_BEFORE_KIND and _describes(doc, end - 1):
            end -= 1  # "commercial communications" before "satellite"
        start = end
        while (
            start > 0
            and end - start < MAX_NAME_RUN
            and (doc[start - 1].text[:1].isupper() or doc[start - 1].like_num)
            # "Qty 2 G3 rifles", "three AK 47 Rifles": a number before a name counts the machines
            and not (doc[start - 1].like_num and start < end and doc[start].text[:1].isupper())
            and (
                doc[start - 1].ent_type_ not in NOT_MACHINE_ENTS - NAMES_BOUND_TO_KIND
                or (_numbers_a_name(doc, start - 1) and kind.lower_ not in vague)
            )
            and doc[start - 1].lower_ not in avoid
            and not doc[start - 1].is_sent_start
        ):
            start -= 1
        bound = start < end and _bound_to(doc, start, kind) and doc[start].ent_iob_ != "I"
        if not bound:
            # a person's or a place's name, as the model says, with nothing binding it: the run
            # starts after it
            # (a code of letters and digits is nobody's name, whatever the model says: "G3 rifles";
            # nor is a number after a name's word a count: "the Ariane 6 rocket", "a Type 055
            # destroyer")
            start = max(
                [
                    start,
                    *(
                        t.i + 1
                        for t in doc[start:end]
                        if t.ent_type_ in NOT_MACHINE_ENTS
                        and not (t.ent_type_ == "PERSON" and _is_code(t.text))
                        and not (t.i > start and _numbers_a_name(doc, t.i))
                    ),
                ]
            )
        run = doc[start:end]
        if not len(run) or not run[0].text[:1].isupper() or not _free_before(doc, start):
            continue
        if len(run) < 2 and not any(c.isdigit() for c in run.text) and (not bound or kind.lower_ in vague):
            continue  # one plain word: _named_before_kind's to judge ("the MLS system": a vague kind)
        if _counted(doc, kind) and kind.i == end:
            run = doc[start : kind.i + 1]  # "6 Hilux Vehicles", "2 Rocket Propelled Gun": a kind in the name
        found.append((run.start_char, run.end_char, run.text))
    return found


# a person's or a place's name, as the model reads an unknown word, may name a machine where an
# article binds it to its kind ("a Delta rocket", "the Liutyj drone")
NAMES_BOUND_TO_KIND = frozenset(("PERSON", "LOC"))


def _numbers_a_name(doc: Doc, i: int) -> bool:
    """Whether word `i` is a number right after a capitalised word that may name a machine
    ("Ariane 6", "Type 055"): the model calls it a count, but a count goes before a name."""
    return (
        i > 0
        and doc[i].ent_type_ == "CARDINAL"
        and doc[i].text.isdigit()
        and doc[i - 1].is_title
        and doc[i - 1].ent_type_ not in NOT_MACHINE_ENTS
    )


def _describes(doc: Doc, i: int) -> bool:
    """A lower-case word between a name and its kind ("communications", "self-propelled")."""
    token = doc[i]
    if token.text == "-":
        return i > 0 and doc[i - 1].is_lower and i + 1 < len(doc) and doc[i + 1].is_lower
    return token.is_lower and (token.pos_ in {"ADJ", "NOUN"} or token.dep_ == "amod")


def _bound_to(doc: Doc, start: int, kind: Token) -> bool:
    """Whether the word before a name is an article, an owner or a count of the kind after it: "a
    Delta rocket", "their Liutyj drones", "Ford's Mustang Mach E SUV", "6 Hilux Vehicles" (a
    count binds only a kind capitalised as a list of what was seized writes it: not "14 Dane
    guns", "12 Wagner fighters")."""
    if start == 0:
        return False
    before = doc[start - 1]
    if before.dep_ in ("det", "poss") and before.head.i == kind.i:
        return True
    if before.dep_ == "nummod" and before.head.i == kind.i and kind.text.istitle():
        return not any(t.ent_type_ in ("ORG", "NORP", "GPE") for t in doc[start : kind.i])
    return before.dep_ == "case" and before.head.dep_ == "poss" and before.head.head.i == kind.i


def _free_before(doc: Doc, i: int) -> bool:
    """Nothing capitalised runs into the name from before but a country: "US Chinook
    helicopter" yes, "Air Force helicopter" no."""
    if i == 0 or doc[i - 1].is_sent_start:
        return True
    before = doc[i - 1]
    return not before.text[:1].isupper() or before.ent_type_ in ("GPE", "NORP")


def _kind_follows(doc: Doc, end: int, kinds: set[str]) -> bool:
    """A kind noun right after a name, or after up to three lower-case words."""
    for token in doc[end : end + 4]:
        if token.lower_ in kinds:
            return True
        if not token.text.islower():
            return False
    return False


def _equipment_entities(body: Body) -> list[Entity]:
    counts: Counter[str] = Counter()
    refs: dict[str, set[int]] = defaultdict(set)
    spellings: dict[str, set[str]] = defaultdict(set)  # "Strykers" of the Stryker
    for m in body.mentions:
        if m.kind == "equipment":
            counts[m.name] += 1
            refs[m.name].add(m.paragraph)
            spellings[m.name].add(body.texts[m.paragraph][m.start : m.end])
    return [
        Entity(
            name=name,
            aliases=sorted(spellings[name] - {name}),
            mentions=n,
            refs=[body.ids[p] for p in sorted(refs[name])],
        )
        for name, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0].lower()))
    ]
