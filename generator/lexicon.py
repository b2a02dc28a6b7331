"""Language knowledge (boilerplate, titles, speech verbs, units...) from data files.

One folder per language: the bundled files live in generator/data/<lang>/
(generator/data/en/ for English, generator/data/ru/ for Russian), and what tells
languages apart in generator/data/languages.yaml. A project may extend any of them
with a file of the same name in its lexicon folder (setting `lexicon`, default
`lexicon/`), in `lexicon/<lang>/` for a language's files: lists are extended,
mappings are updated, scalars are replaced. Every file is read into a typed model
first, so a misspelt key or a list where a number belongs is an error naming the
file, not a list that is silently empty. A file a language's folder lacks is empty:
a language has the files its knowledge needs.

A source is read (its furniture cut, its date lines found) before its language is
told, so what reading needs is every language's: the names of months and days
(`bundled`, dates.py), the boilerplate's lists (`load_lexicon` joins them), and the
words of a page's author field, an address's labels and a credit's article
(`Lexicon.reading_words`: the reading lexicon's, the default language's with the
project's additions, joined with every bundled language's).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import Any, Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .errors import UserError
from .yamltext import DataLoader, read_file

BUNDLED = Path(__file__).parent / "data"
DEFAULT_LANGUAGE = "en"


class _DataFile(BaseModel):
    """A language data file: every key optional (a project's file adds to the bundled one)."""

    model_config = ConfigDict(extra="forbid", strict=True)


Words = list[str] | None


class Boilerplate(_DataFile):
    patterns: Words = None
    glued_words: int | None = None
    repeat_threshold: int | None = None
    caption_credits: Words = None
    caption_starts: Words = None
    caption_phrases: Words = None
    inline_junk: Words = None
    lost_line_breaks: Words = None
    credit_lines: dict[str, list[str]] | None = None
    trailers: Words = None
    site_name_lines: Words = None
    site_self_references: Words = None
    site_notes: Words = None
    note_signers_not_sites: Words = None
    not_site_names: Words = None
    related_labels: Words = None
    teaser_labels: Words = None
    link_label_words: Words = None
    page_field_labels: Words = None
    reader_words: Words = None
    site_services: Words = None
    site_bids: Words = None
    support_bids: Words = None
    site_voice: Words = None
    comment_section_starts: Words = None
    comment_header_verbs: Words = None
    share_networks: Words = None
    skip_links: Words = None


class People(_DataFile):
    honorifics: Words = None
    name_particles: Words = None
    relatives: Words = None
    person_pronouns: Words = None
    portfolio_titles: Words = None
    portfolio_prepositions: Words = None
    post_heads: Words = None
    abbreviated_titles: Words = None
    name_compounds: Words = None
    titles: Words = None
    person_nouns: Words = None
    role_modifiers: Words = None
    holder_modifiers: Words = None
    title_links: Words = None
    occupations: Words = None
    not_names: Words = None
    not_name_patterns: Words = None
    patronymic_endings: Words = None
    full_names: Words = None
    name_endings: Words = None
    surname_suffixes: Words = None
    surname_case_endings: dict[str, str] | None = None
    female_given_names: Words = None
    male_given_names: Words = None
    female_words: Words = None
    male_words: Words = None


class Places(_DataFile):
    demonyms: dict[str, str] | None = None
    name_articles: Words = None
    name_particles: Words = None
    place_noun_links: Words = None
    not_places: Words = None
    event_nouns: Words = None
    place_nouns: Words = None
    area_nouns: Words = None
    place_heads: Words = None
    place_prefixes: Words = None
    place_followers: Words = None
    ground_nouns: Words = None
    seats_of_government: Words = None
    seat_buildings: Words = None
    inside_prepositions: Words = None
    at_prepositions: Words = None
    parts_of_places: Words = None
    facility_nouns: Words = None
    region_nouns: Words = None
    division_nouns: Words = None
    variants_joined: bool = False
    venue_words: Words = None
    venue_name_ends: Words = None


class Organisations(_DataFile):
    not_organisations: Words = None
    # patterns of a body's name the model tags a place: "Западного военного округа", "Черноморский флот"
    bodies_named_as_places: Words = None
    not_organisation_patterns: Words = None
    gathering_words: Words = None
    always: Words = None
    known: Words = None
    well_known: Words = None
    possessive_name_words: Words = None
    name_words: Words = None
    unit_words: Words = None
    formation_words: Words = None
    team_words: Words = None
    not_team_words: Words = None
    team_name_ends: Words = None
    team_name_openers: Words = None
    foreign_body_words: Words = None
    outlet_frames: Words = None
    product_nouns: Words = None
    maker_unit_words: Words = None
    event_nouns: Words = None
    thing_determiners: Words = None
    title_quotes: Words = None
    institutions: Words = None
    governing_place_nouns: Words = None
    place_subject_verbs: Words = None
    parties: dict[str, str] | None = None
    name_small_words: Words = None
    leader_bodies: Words = None
    name_head_ends: Words = None
    party_nouns: Words = None
    party_adjectives: Words = None
    party_roles: Words = None
    party_letters: dict[str, str] | None = None
    in_english: dict[str, str] | None = None
    kinds: dict[str, list[str]] | None = None
    kind_head_ends: Words = None
    stock_exchanges: Words = None
    type_nouns: Words = None
    type_nouns_after: Words = None
    type_apposition_links: Words = None
    type_naming_words: Words = None
    place_body_heads: Words = None
    government_heads: Words = None


class Equipment(_DataFile):
    names: Words = None
    patterns: Words = None
    kinds: Words = None
    not_equipment: Words = None
    makers: Words = None
    not_models: Words = None
    plural_endings: Words = None
    # the endings of a listed name's other cases, taken where the name is in quotation marks
    # («Орешником», «Орешника» of "Орешник"): Russian news quotes a machine's name in every case
    case_endings: Words = None
    # words between a kind and the quoted name of a type: "катеров типа «Island»"
    kind_links: Words = None
    vague_kinds: Words = None
    # kinds that name people too: "Wagner fighters" are men of a group, "F-16 fighters" aircraft
    people_kinds: Words = None
    # what, capitalised, ends a machine's own name: "Hubble Space Telescope", "Space Launch System"
    name_ends: Words = None
    # a vessel's class, before its name: "the Russian ship Ursa Major", "a new sub, Cyclops 2"
    kinds_before_names: Words = None
    # a spacecraft named by the mission it flies: "the first manned Skylab mission"
    mission_words: Words = None
    # words besides the kinds that show a text talks of machines ("planes", "weapons"): a listed
    # name in plain words or a code joined by a dash is a machine's only in such a text
    machine_words: Words = None
    # words that say a text is on arms without being machines: "weapons", "defence"
    topic_words: Words = None
    # verbs whose object, a code of letters and a number, is a machine: "shot down an MQ-1C"
    machine_object_verbs: Words = None
    # what ties a name after "a" to a machine: the verb taking it ("drove a Ford Bronco") and the
    # part of a machine it has ("carriages of a Tezgam Express")
    vehicle_verbs: Words = None
    machine_parts: Words = None
    # what only a machine does, of which a designation is the subject: "the C-17 landed"
    machine_subject_verbs: Words = None
    # the nouns (as lemmas) of what else a designation names, said just before it: a road ("трасса
    # М-4"), a channel ("телеканал ТВ-3"), a treaty ("договор СНВ-3"), a substance ("вещество А-234")
    other_kinds: Words = None
    # the nouns (as lemmas) of what else a designation names, said just after it: "the UDAN-2 scheme"
    other_kinds_after: Words = None
    # listed names that are also ordinary words ("Град" is hail, "Ураган" a hurricane): such a name
    # opening a sentence, where every word takes a capital, is the word, not the machine
    common_words: Words = None
    # listed names that are ordinary words too, which opening a sentence before a noun that is no
    # kind of machine are the word: "Tornado warnings were issued", "Grad students went on strike"
    ordinary_words: Words = None
    # nouns of a machine's crews, units and use, before which such a name is the machine: "Patriot
    # batteries", "Typhoon pilots"
    machine_crews: Words = None
    # a craft named by the text's own words: the verb that names it beside its kind ("a carrier
    # ship, called WhiteKnightTwo"), and the kinds of craft flown one by one, a plain name right
    # before which is the craft's ("the Curiosity rover", "the MAVEN orbiter mission")
    naming_verbs: Words = None
    craft_kinds: Words = None


class Speech(_DataFile):
    # a role written in other words than the title it stands for: "глава МИД": "министр иностранных дел"
    # titles that name one office: "глава" and "руководитель" of the same body
    title_synonyms: list[list[str]] | None = None
    # an epithet for a kind of post, and the words of the posts it stands for: "дипломат" is the
    # "вице-министр иностранных дел" named before, "наставник" the "главный тренер"
    role_kinds: dict[str, list[str]] | None = None
    # the body a title heads: "министр": "министерство"; the endings the title takes in a role
    title_bodies: dict[str, str] | None = None
    title_case_endings: Words = None
    # body words that stand for a body of any kind ("ведомство"), and those that speak for another's
    any_body_references: Words = None
    body_voices: Words = None
    verbs: Words = None
    according_to: Words = None
    person_references: Words = None
    organisation_references: Words = None
    statement_references: Words = None
    statement_places: Words = None
    indefinites: Words = None
    view_prepositions: Words = None
    view_nouns: Words = None
    speech_dashes: Words = None
    narrator_hyphens: Words = None
    impersonal_verbs: Words = None
    relative_pronouns: Words = None
    source_prepositions: Words = None
    according_to_roles: Words = None
    partitive_prepositions: Words = None
    quoting_verbs: Words = None
    possessive_pronouns: dict[str, str] | None = None
    role_qualifiers: Words = None
    complementizers: Words = None
    back_references: Words = None
    statement_verbs: Words = None
    nested_straight_quotes: bool | None = None
    quotations_run_on: bool | None = None
    headline_quotes: bool | None = None
    title_short_forms: dict[str, str] | None = None
    former_prefixes: dict[str, str] | None = None
    agent_nouns: Words = None
    party_nouns: Words = None
    circumstance_prepositions: Words = None
    member_nouns: Words = None
    issuer_prepositions: Words = None
    # how a text gives the name of somebody it introduced by description: "a protester who
    # identified himself as Sam", "one resident, who gave only her first name, Natalia"
    # words that bring somebody new in, unnamed ("— рассказал очевидец"): never an epithet for
    # the person the text was about
    newcomer_nouns: Words = None
    # "Такое мнение высказал X" after a quotation: words for what was said, as a verb's object
    view_objects: Words = None
    # "X со ссылкой на Y": Y speaks, not the outlet X that writes (of `according_to`)
    citing_phrases: Words = None
    naming_nouns: Words = None
    naming_prepositions: Words = None
    naming_verbs: Words = None


class Band(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)
    low: int
    high: int


class Estimative(_DataFile):
    bands: dict[str, Band] | None = None
    terms: dict[str, str] | None = None
    clause_end_words: Words = None
    clause_start_words: Words = None
    lead_words: Words = None
    trail_words: Words = None
    time_prepositions: Words = None
    adverb_verbs: Words = None
    function_words: Words = None


class AgeContext(BaseModel):
    """The words that make a number someone's age ("aged 21", "a 66-year-old", "в возрасте 40 лет")."""

    model_config = ConfigDict(extra="forbid", strict=True)
    before: Words = None  # "aged", "at the age of"
    after: Words = None  # "old"
    # an age a bound opens or closes is a threshold: "over the age of 12", "aged 16 or over"
    bound_qualifiers: Words = None
    bounds_after: Words = None
    anniversaries: Words = None  # "летие": a jubilee, no one's age
    counts: Words = None  # what an age counts, first of these ("лет")
    verbs: Words = None  # "исполниться": a number they take is an age


class Numbers(_DataFile):
    units: dict[str, str] | None = None
    units_after_number: Words = None  # "won": a unit after its number, a verb before one
    glued_unit_letters: dict[str, str] | None = None  # "C" of "1.5C", glued to its digits: °C
    temperature_words: Words = None  # "warming": "5C" near it is a temperature, not a flat's label
    spaced_letter_units: dict[str, str] | None = None  # "m" of "ran 100 m": metres, not millions
    length_words: Words = None  # "high" of "12 m high": the spaced letter before it is a length's
    distance_verbs: Words = None  # "run" of "ran 100 m": the spaced letter it takes is a length's
    currency_codes: dict[str, str] | None = None  # "Dh" of "Dh33 billion": written like a sign
    rank_words: Words = None  # "top" of "the top 10 banks": a number after it is a rank
    qualifiers: dict[str, str] | None = None
    scales: dict[str, int] | None = None
    words: dict[str, int | float] | None = None  # "полтора": 1.5
    age_context: AgeContext | None = None
    level_verbs: Words = None
    reached_verbs: Words = None
    object_level_verbs: Words = None
    change_verbs: Words = None  # a sum after one is the change's size, its "to" no range's
    measure_nouns: Words = None
    totals: Words = None
    not_counted: Words = None
    margin_nouns: Words = None  # "point" of "led by four points": a margin, not an idea, so
    margin_words: Words = None  # "clear" of "20 points clear": the margin nouns before it measure
    score_verbs: Words = None  # "score" of "scored 31 points": the margin nouns it takes measure
    one_count_verbs: Words = None  # "kill" of "killed one worker": "one" counts its object
    one_count_subject_verbs: Words = None  # "die" of "one person died": "one" counts its subject
    one_count_states: Words = None  # "dead" of "left one person dead": "one" counts who is so
    one_count_nouns: Words = None  # "death" of "one death": "one" counts it
    length_of_text_nouns: Words = None  # "page" of "a 42-page report": its length, no figure
    described_pronouns: Words = None  # "those" of "five of those present": counts those present
    # words after a number that make it a time of day or a length of time: "7.30 am", "a 30 min walk"
    time_words: Words = None
    fractions: Words = None
    added_fractions: dict[str, float] | None = None  # "and a half": 0.5
    scale_fractions: dict[str, float] | None = None  # "half" of "half a million": 0.5
    scale_fraction_links: list[list[str]] | None = None  # "of", "a" of "a quarter of a million"
    ordinal_fractions: Words = None  # "third": a fraction only as "a third of a million"
    ordinal_fraction_openers: Words = None  # "a", "one" of "a third of"
    compound_units: dict[str, str] | None = None
    smaller_units: dict[str, dict[str, float]] | None = None  # "21 метр 36 сантиметров": m, 0.01
    references: Words = None
    share_units: Words = None
    ordinal_suffixes: Words = None
    negative_words: Words = None
    plus_words: Words = None  # "plus" of "plus or minus 3": the minus after it is no sign
    state_verbs: Words = None
    change_prepositions: Words = None
    item_prepositions: Words = None
    whole_prepositions: Words = None
    compound_stems: dict[str, int | float] | None = None  # "семи" of "семилетний": 7
    parties: Words = None


class Via(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)
    translated: bool = False


class Sources(_DataFile):
    via_markers: dict[str, Via] | None = None
    translation_notes: Words = None
    report_verbs: Words = None
    reporting_lemmas: Words = None
    attribution_tail_verbs: Words = None
    byline_labels: Words = None
    byline_noun_labels: Words = None
    byline_words: Words = None
    byline_outlet_words: Words = None
    byline_name_joiners: Words = None
    contribution_verbs: Words = None
    contribution_objects: Words = None
    copyright_words: Words = None
    owner_links: Words = None
    copyright_labels: Words = None
    photo_words: Words = None
    photo_credit_words: Words = None
    byline_picture_labels: Words = None
    address_label_openers: Words = None
    address_label_nouns: Words = None
    address_labels: Words = None
    byline_buttons: Words = None
    logo_words: Words = None
    journalist_nouns: Words = None
    author_note_copulas: Words = None
    citation_openers: Words = None
    author_note_verbs: Words = None
    credit_words: Words = None
    unnamed_credit_words: Words = None
    staff_credit_ends: Words = None
    byline_sections: Words = None
    byline_name_suffixes: Words = None
    caseless_names: bool | None = None
    self_citations: Words = None
    outlets: dict[str, str] | None = None
    platform_domains: Words = None
    host_labels: Words = None
    generic_host_labels: Words = None
    author_field_prefixes: Words = None
    author_field_dates: Words = None
    no_author_values: Words = None
    company_words: Words = None
    # a company's legal form after its name ("Inc.", "Ltd", "GmbH"): the name is a company's
    legal_forms: Words = None
    publishers: Words = None
    feed_titles: Words = None
    link_line_words: Words = None
    agency_datelines: bool | None = None


class Gazetteer(_DataFile):
    places: Words = None
    variants: dict[str, str] | None = None
    in_english: dict[str, str] | None = None


class Figures(_DataFile):
    groups: dict[str, list[str]] | None = None
    neutral_words: Words = None
    where_prepositions: Words = None
    whose_prepositions: Words = None
    joiners: Words = None
    share_words: Words = None


class DateRanges(_DataFile):
    """A range of time ("between 2011 and 2017", "с 17 по 31 июля"): how it is written, what dates it."""

    starts: Words = None  # the words that open it: "from", "between", "с"
    ends: Words = None  # the words that join its ends: "to", "and", "по"
    # `start`: one happening, dated by its start alone (its far end is no event of its own, and a
    # figure counted over it is counted over a period); `both`: each end is a date of its own
    dated_by: Literal["start", "both"] | None = None
    # whether its ends are joined only after its opener ("с 6 сентября по 31 октября"): then "в конце
    # месяца, до 5 декабря" is a deadline of its own, not a range's far end
    opened_only: bool | None = None
    # `period` (the default): a figure counted over it ("From 2010 to 2021, it gave £204 million")
    # makes it the period of a measure, no happening; `event`: it stays one ("С 1 по 15 ноября цены
    # изменились у 13 брендов")
    with_a_count: Literal["period", "event"] | None = None
    # whether two months a dash joins ("в ноябре-декабре", "в январе–феврале 2019 года") are read as
    # one stretch dated by its first month: where the words are a month's own case forms, not a label
    # in a table ("(July-March) of the fiscal year")
    months_by_dash: bool | None = None


class Dates(_DataFile):
    months: dict[str, int] | None = None
    counted_modifiers: Words = None
    approximate_modifiers: Words = None
    approximate_counts: dict[str, int] | None = None
    # a count's inflected forms that dates read beside numbers.yaml's words (which figures read by
    # their lemma): "двух недель назад", "около трех лет назад"
    count_forms: dict[str, int] | None = None
    months_in_lower_case: bool | None = None
    weekdays: dict[str, int] | None = None
    relative_days: dict[str, int] | None = None
    date_line_labels: Words = None
    date_marks: dict[str, list[str]] | None = None
    date_line_counts: Words = None
    update_labels: Words = None
    shifts: dict[str, int] | None = None
    spans: dict[str, str] | None = None
    nearest_spans: Words = None
    nearest_span_openers: Words = None
    edge_spans: dict[str, str] | None = None
    year_end_edges: Words = None
    time_openers: Words = None
    year_nouns: Words = None
    seasons: Words = None
    season_first_months: dict[str, int] | None = None
    year_suffixes: Words = None
    year_endings: Words = None
    weekday_openers: Words = None
    last_weekday_not_yesterday: bool | None = None
    weekday_determiners: Words = None
    year_phrases: dict[str, int] | None = None
    anaphoric_openers: Words = None
    anaphoric_days: dict[str, int] | None = None
    anaphoric_days_need_a_day: bool | None = None
    anaphoric_named_after: Words = None
    anaphoric_compared: dict[str, list[str]] | None = None
    recent_phrases: Words = None
    expression_openers: Words = None
    parts_of_day: Words = None
    day_edges: Words = None
    ago_units: dict[str, str] | None = None
    unit_lengths: dict[str, str] | None = None
    ago_words: Words = None
    ahead_words: Words = None
    ahead_openers: Words = None
    measure_verbs: Words = None
    later_words: Words = None
    # words before a count that count it forward from the day the text dated last: "Спустя два дня"
    later_openers: Words = None
    earlier_words: Words = None
    sequel_verbs: Words = None
    span_edges: Words = None
    period_edges: Words = None
    state_markers: Words = None
    stretch_markers: Words = None
    period_markers: Words = None
    onward_markers: Words = None
    deadline_markers: Words = None
    document_date_markers: Words = None
    year_tags: Words = None
    present_happenings: Words = None
    day_happenings: Words = None
    plan_verbs: Words = None
    undated_by_own_date: bool | None = None
    week_over_two_months: Literal["year", "month"] | None = None
    counted_from_happenings: dict[Literal["before", "after"], dict[str, str]] | None = None
    onward_verbs: Words = None
    rescheduling_verbs: Words = None
    rescheduled_markers: Words = None
    present_schedules: bool | None = None
    future_nouns: Words = None
    present_is_near: bool | None = None
    present_or_modal_is_near: bool | None = None
    ahead_within_days: int | None = None
    same_acts: list[list[str]] | None = None
    lead_is_news: bool | None = None
    as_of_now: Words = None
    past_is_done: bool | Literal["counts"] | None = None
    ago_single_units: Words = None
    lead_in_the_perfect: bool | None = None
    news_in_the_perfective: bool | None = None
    life_verbs: Words = None
    lead_sources: Words = None
    lead_paragraphs: int | None = None
    recent_openers: Words = None
    verb_dashes: Words = None
    digest_titles: Words = None
    ranges: DateRanges | None = None
    day_month_joiners: Words = None
    law_titles: Words = None


class Grammar(_DataFile):
    match_lemmas: bool | None = None
    drops_subjects: bool | None = None
    small_words: Words = None
    sentence_openers: Words = None
    articles: Words = None
    definite_articles: Words = None
    undeclined_in_names: Words = None
    locative_prepositions: Words = None
    place_prepositions: Words = None
    name_connectors: Words = None
    list_conjunctions: Words = None
    plural_endings: Words = None
    singular_endings: Words = None
    range_joiners: Words = None
    range_openers: Words = None
    range_alternatives: Words = None
    change_openers: Words = None
    change_amounts: Words = None
    referring_determiners: Words = None
    subject_prepositions: Words = None
    placement_prepositions: Words = None
    measure_prepositions: Words = None
    level_prepositions: Words = None  # "expectations of around 0.8%": the share is the noun's level
    sum_prepositions: Words = None
    holder_verbs: Words = None
    generic_counted_nouns: Words = None
    future_auxiliaries: Words = None
    back_referring_modifiers: Words = None
    back_referring_nouns: Words = None
    connectives: Words = None
    reader_address: Words = None
    reader_imperatives: Words = None
    pointing_back: Words = None
    pointing_ahead: Words = None
    recap_openers: Words = None
    genitive_prepositions: Words = None
    date_prepositions: Words = None


class GivenNames(_DataFile):
    given_names: Words = None


class ShortText(BaseModel):
    """When a text under `min_words` words is told by its stop words (Latin script)."""

    model_config = ConfigDict(extra="forbid", strict=True)
    min_hits: int | None = None
    min_share: float | None = None


class Languages(_DataFile):
    min_words: int | None = None
    min_share: float | None = None
    short_text: ShortText | None = None
    stopwords: dict[str, list[str]] | None = None
    alphabets: dict[str, str] | None = None  # the letters a language writes in its script
    foreign_letters: float | None = None  # the share of letters a quoted name may bring
    markers: dict[str, list[str]] | None = None  # patterns of a language's spelling
    scripts: dict[str, str] | None = None
    unstopped_scripts: Words = None  # scripts that write no sentence stop (Thai, Lao)
    vowels: Words = None  # a word of their scripts without one is an abbreviation ("bzw.")
    justext_stoplists: dict[str, str] | None = None
    transliteration: dict[str, dict[str, str]] | None = None
    romanisation: dict[str, str] | None = None
    given_name_variants: list[list[str]] | None = None
    read_on_own_pages: Words = None


class Region(BaseModel):
    """Where a state, province or region lies, for the maps: its point, country and other names."""

    model_config = ConfigDict(extra="forbid", strict=True)
    country: str
    at: list[float] = Field(min_length=2, max_length=2)  # longitude, latitude
    aliases: list[str] | None = None


class Regions(_DataFile):
    regions: dict[str, Region] | None = None


# The files of one language's folder, each with the model that reads it.
LANGUAGE_FILES: dict[str, type[_DataFile]] = {
    "boilerplate": Boilerplate,
    "people": People,
    "places": Places,
    "organisations": Organisations,
    "equipment": Equipment,
    "speech": Speech,
    "estimative": Estimative,
    "numbers": Numbers,
    "sources": Sources,
    "gazetteer": Gazetteer,
    "subdivisions": Gazetteer,  # states, provinces, counties: written by scripts/subdivisions.py
    "figures": Figures,
    "given_names": GivenNames,
    "dates": Dates,
    "grammar": Grammar,
}
# Files about every language at once (what tells them apart), beside the language folders.
# regions: the bundled table is generator/data/regions.json (read by maps.py, in milliseconds); a
# project's lexicon/regions.yaml adds to it
SHARED_FILES: dict[str, type[_DataFile]] = {"languages": Languages, "regions": Regions}


def _merge(base: Any, extra: Any) -> Any:
    if isinstance(base, dict) and isinstance(extra, dict):
        merged = dict(base)
        for key, value in extra.items():
            merged[key] = _merge(base.get(key), value) if key in base else value
        return merged
    if isinstance(base, list) and isinstance(extra, list):
        return base + [item for item in extra if item not in base]
    return extra


def read_data(path: Path, model: type[_DataFile]) -> dict[str, Any]:
    try:
        # a refusal's words are not libyaml's but the fallback's: not put in plain words here
        data = read_file(path, DataLoader, explain=False)[0] or {}
    except UserError:
        # said as for every other file a person writes (libyaml's own words for deep nesting differ)
        data = read_file(path)[0] or {}
    if not isinstance(data, dict):
        raise UserError(f"{path}: expected a mapping of settings at the top level")
    try:
        model.model_validate(data)
    except ValidationError as exc:
        problems = []
        for error in exc.errors():
            where = ".".join(str(part) for part in error["loc"])
            if error["type"] == "extra_forbidden":
                within = _model_at(model, error["loc"][:-1])
                known = ", ".join(within.model_fields)
                of = f"`{error['loc'][-2]}`" if within is not model else "this file"
                problems.append(f"{path}: {where}: not a key of {of} (its keys: {known})")
            else:
                problems.append(f"{path}: {where}: {error['msg'].lower()}")
        raise UserError("\n".join(problems)) from exc
    return data


def _model_at(model: type[BaseModel], loc: tuple[int | str, ...]) -> type[BaseModel]:
    """The model of the mapping a validation error's place is in: the file's, or a nested one's
    (dates.yaml `ranges`), so that a misspelt key is told the keys of its own mapping."""
    for part in loc:
        field = model.model_fields.get(str(part))
        if field is None:
            continue  # a mapping's own key: "regions: {Minsk: {...}}"
        # `X | None`, `dict[str, X] | None`: the model inside the annotation, two levels down at most
        inside = [field.annotation, *get_args(field.annotation)]
        nested = [a for a in [*inside, *(b for a in inside for b in get_args(a))] if _is_model(a)]
        if not nested:
            break
        model = nested[0]
    return model


def _is_model(annotation: Any) -> bool:
    return isinstance(annotation, type) and issubclass(annotation, BaseModel)


@cache
def languages_with_data() -> tuple[str, ...]:
    """The codes of the languages that have a bundled data folder, in name order."""
    return tuple(sorted(p.name for p in BUNDLED.iterdir() if p.is_dir() and not p.name.startswith("_")))


@cache
def read_on_own_pages(user_dir: str | None = None) -> frozenset[str]:
    """The languages whose reading words (month names, a byline's "Von", furniture) are read only
    on a page told to be in them (languages.yaml `read_on_own_pages`): German "Mai" or Spanish
    "mar" must never date an English page, as every other language's words would on any page.

    With a project's lexicon folder, its own languages.yaml adds languages (with their words in
    its `<lang>/` folders): what is read on every page stays the bundled languages' (`bundled`)."""
    path = BUNDLED / "languages.yaml"
    own = read_data(path, Languages).get("read_on_own_pages") if path.is_file() else None
    extra = Path(user_dir) / "languages.yaml" if user_dir else None
    added = read_data(extra, Languages).get("read_on_own_pages") if extra and extra.is_file() else None
    return frozenset(str(code) for code in [*(own or ()), *(added or ())])


def has_data(language: str, user_dir: str | None = None) -> bool:
    """Whether a language has data to read: a bundled folder, or one in the project's lexicon."""
    return language in languages_with_data() or bool(user_dir and (Path(user_dir) / language).is_dir())


def reading_languages() -> tuple[str, ...]:
    """The languages whose words are read on every page, before its language is told."""
    return tuple(code for code in languages_with_data() if code not in read_on_own_pages())


@cache
def bundled(file: str, key: str) -> Any:
    """One key of a data file, merged over every bundled language: a mapping with lower-cased
    keys (the first language in name order keeps a word two languages share), or a list.

    For what is read before a text's language is known: a page's date lines.
    """
    merged: Any = None
    for language in reading_languages():
        path = BUNDLED / language / f"{file}.yaml"
        value = read_data(path, LANGUAGE_FILES[file]).get(key) if path.is_file() else None
        if isinstance(value, dict):
            lowered = {str(word).lower(): number for word, number in value.items()}
            merged = {**lowered, **(merged or {})}
        elif isinstance(value, list):
            merged = _merge(merged or [], value)
    return merged


@cache
def bundled_by_language(file: str, key: str) -> dict[str, Any]:
    """One key of a data file in each bundled language that has it, by language."""
    found = {}
    for language in reading_languages():
        path = BUNDLED / language / f"{file}.yaml"
        value = read_data(path, LANGUAGE_FILES[file]).get(key) if path.is_file() else None
        if value is not None:
            found[language] = value
    return found


@lru_cache(maxsize=64)  # the lexicon's lists stay; a source's own surnames pass through
def names_regex(names: tuple[str, ...], flags: int = 0) -> re.Pattern[str] | None:
    """Any of `names` as a whole word (not inside a longer word or hyphenated name), group 1;
    the longest where two begin alike ("New York City" before "New York").

    Python's re tries every alternative of a flat list at every position, which made a
    gazetteer of 5,000 names cost more than the rest of reading a source; the names are
    written as a tree of their letters instead ("Kh(?:arkiv|erson)"), so that only the
    names that share what was read so far are tried. Compiled once per list: extractors
    ask for the lexicon's lists for every source.
    """
    names = tuple(n for n in names if n)
    if not names:
        return None
    firsts = "".join(sorted({re.escape(n[0]) for n in names}))
    if max(map(len, names)) > MAX_TREE_NAME:
        # a name longer than any real one (a hostile briefing's): the flat list, longest first
        alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    else:
        alternatives = _letter_tree(names)
    return re.compile(rf"(?<![\w-])(?=[{firsts}])({alternatives})(?![\w-])", flags)


MAX_TREE_NAME = 200  # characters: the tree is written by recursion, a level a letter


def _letter_tree(names: tuple[str, ...]) -> str:
    """A pattern that matches exactly `names`, as a tree of their letters, longer paths first."""
    tree: dict[str, Any] = {}
    for name in names:
        node = tree
        for char in name:
            node = node.setdefault(char, {})
        node[""] = {}  # a name ends here

    def pattern(node: dict[str, Any]) -> str:
        branches = [re.escape(char) + pattern(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:  # a name ends here and longer ones go on: the longer first, greedily
            return (body if len(branches) > 1 else f"(?:{body})") + "?"
        return body

    return pattern(tree)


def alternatives(words: list[str] | None) -> str:
    """A data file's words as a regular expression's alternatives, the longest first
    (so that "'ll" is not cut to "'l"); a pattern that never matches when there are none."""
    return "|".join(re.escape(w) for w in sorted(words or [], key=len, reverse=True)) or r"(?!x)x"


def without_leading(text: str, words: frozenset[str]) -> str:
    """`text` without the word of `words` it opens with (in any case) and the spaces after it:
    an article ("The Associated Press" -> "Associated Press")."""
    return re.sub(rf"^(?:{alternatives(sorted(words))})\s+", "", text, flags=re.I)


def _compile(path: str, patterns: list[str], ignore_case: bool = True) -> list[re.Pattern[str]]:
    compiled = []
    for pattern in patterns:
        try:
            compiled.append(re.compile(pattern, re.IGNORECASE if ignore_case else 0))
        except re.error as exc:
            raise UserError(f"{path}: bad regular expression {pattern!r}: {exc}") from exc
    return compiled


@dataclass(frozen=True)
class Lexicon:
    """Everything the extractors know about the language, loaded once."""

    raw: dict[str, dict[str, Any]]
    language: str = DEFAULT_LANGUAGE  # the ISO 639-1 code of the language it knows
    user_dir: str | None = None  # the project's lexicon folder it was loaded with
    # a page's language read on its own pages only, whose reading words this lexicon joins
    page: str | None = None
    boilerplate: list[re.Pattern[str]] = field(default_factory=list)
    captions: list[re.Pattern[str]] = field(default_factory=list)
    caption_starts: list[re.Pattern[str]] = field(default_factory=list)
    caption_phrases: list[re.Pattern[str]] = field(default_factory=list)
    inline_junk: list[re.Pattern[str]] = field(default_factory=list)
    # a line break a dump wrote as a letter ("годаnОбширные"): matched case-sensitively
    lost_line_breaks: list[re.Pattern[str]] = field(default_factory=list)
    site_name_lines: list[re.Pattern[str]] = field(default_factory=list)
    # furniture naming the page's own site: "More from Quartz", "Subscribe to The Indian Express"
    site_self_references: list[re.Pattern[str]] = field(default_factory=list)
    # the editors' note signed with the site's name: "— прим. RuBaltic.Ru)"; once is enough
    site_notes: list[re.Pattern[str]] = field(default_factory=list)
    # a line heading a list of other stories: "READ MORE:", "Related stories"
    related_labels: list[re.Pattern[str]] = field(default_factory=list)
    # a line that opens the readers' comments under a story: "Комментарии", "Оставить комментарий"
    comment_starts: list[re.Pattern[str]] = field(default_factory=list)
    # sentences crediting or reaching the writers at an article's end: "X contributed to this report"
    trailers: list[re.Pattern[str]] = field(default_factory=list)
    equipment_patterns: list[re.Pattern[str]] = field(default_factory=list)
    translation_notes: list[re.Pattern[str]] = field(default_factory=list)
    # given names as written (case kept: "Rose" is a name, "rose" a verb): a person's evidence
    given_names: frozenset[str] = frozenset()
    # a note on a writer: "Jane Doe is a freelance writer", "Jane joined the Herald in 2017"
    author_note_re: re.Pattern[str] = re.compile(r"(?!)")
    # a site speaking to its reader (cleaning.addresses_reader), in every language's words (as
    # `reading_words`): a word that addresses the reader ("you"), a word of a site's services
    reader_words: frozenset[str] = frozenset()
    site_voice: frozenset[str] = frozenset()  # "our", "us": the site of itself beside a bid's words
    site_services: re.Pattern[str] = re.compile(r"(?!)")
    site_bids: re.Pattern[str] = re.compile(r"(?!)")  # "follow us", "help us": no "you" needed
    support_bids: re.Pattern[str] = re.compile(r"(?!)")  # "become a member": a bid as an imperative

    def __getitem__(self, name: str) -> dict[str, Any]:
        return self.raw[name]

    def words(self, file: str, key: str) -> frozenset[str]:
        """A list from a data file as a lower-cased set, for membership tests."""
        return frozenset(str(w).lower() for w in self.raw[file].get(key, []))

    def reading_words(self, file: str, key: str) -> frozenset[str]:
        """A list as `words` gives it, joined with every bundled language's: for what a reader
        uses before a source's language is told (a page's author field, an address's labels)."""
        return _reading_words(self.raw, file, key)

    def word_parts(self, file: str, key: str) -> frozenset[str]:
        """The single words of a list's entries, lower-cased: "Lt Gen", "Commander-in-Chief"
        give "lt", "gen", "commander", "in", "chief"."""
        return frozenset(w for entry in self.words(file, key) for w in entry.replace("-", " ").split())


@dataclass(frozen=True)
class PlaceNames:
    """The names one language's data gives places (gazetteer.yaml, places.yaml's demonyms), each
    with the place's name in English as the gazetteer's `in_english` gives it, else as written.

    The one reading of those tables for whatever names places across sources: the corpus's
    merged places and the figures' subjects ("Russian", "Kiev" and "Россия" name one place).
    """

    places: dict[str, str]  # the gazetteer's names: "Belarus" -> Belarus, "Москва" -> Moscow
    variants: dict[str, str]  # another spelling of a place: "Kiev" -> Kyiv
    in_english: dict[str, str]  # a name in the language's own words: "Россия" -> Russia
    demonyms: dict[str, str]  # "Russian" -> Russia, "российский" -> Russia

    @classmethod
    def of(cls, lexicon: Lexicon) -> PlaceNames:
        gazetteer = lexicon.raw.get("gazetteer", {})
        english = dict(gazetteer.get("in_english") or {})
        return cls(
            places={place: english.get(place, place) for place in gazetteer.get("places") or []},
            variants={v: english.get(place, place) for v, place in (gazetteer.get("variants") or {}).items()},
            in_english=english,
            demonyms={
                d: english.get(place, place)
                for d, place in (lexicon.raw.get("places", {}).get("demonyms") or {}).items()
            },
        )

    def spellings(self) -> list[tuple[str, str]]:
        """Every name with its place's English name; where two share a spelling, the later wins."""
        tables = (self.places, self.variants, self.in_english, self.demonyms)
        return [item for table in tables for item in table.items()]


def _stray_files(user_dir: Path) -> None:
    """A language's file at the top of the lexicon folder would be ignored: say where it goes."""
    for name in LANGUAGE_FILES:
        stray = user_dir / f"{name}.yaml"
        if stray.is_file():
            raise UserError(
                f"{stray}: language data goes in a folder per language: move it to "
                f"{user_dir / DEFAULT_LANGUAGE / stray.name} (or the folder of its language)"
            )


@cache
def load_lexicon(
    user_dir: str | None = None, language: str = DEFAULT_LANGUAGE, page: str | None = None
) -> Lexicon:
    """One language's bundled data files, extended by the project's own where present.

    `page`: the language a page was told to be in before it is read, whose reading words join
    the lexicon's when it is one read on its own pages only (`read_on_own_pages`)."""
    if language not in languages_with_data():
        known = ", ".join(languages_with_data())
        raise UserError(f"no language data for {language!r} (languages with data: {known})")
    if user_dir and Path(user_dir).is_dir():
        _stray_files(Path(user_dir))
    raw: dict[str, dict[str, Any]] = {
        name: language_file(user_dir, language, name) for name in LANGUAGE_FILES
    }
    for name, model in SHARED_FILES.items():
        path = BUNDLED / f"{name}.yaml"
        data = read_data(path, model) if path.is_file() else {}
        extra = Path(user_dir) / f"{name}.yaml" if user_dir else None
        if extra is not None and extra.is_file():
            data = _merge(data, read_data(extra, model))
        raw[name] = data
    # what reading cuts as furniture, in every language: a page is read before its language is told
    joined = [other for other in reading_languages() if other != language]
    own_page = page is not None and page != language and page in read_on_own_pages(user_dir)
    for other in [*joined, *([page] if own_page else [])]:
        lists = language_file(user_dir, other, "boilerplate")
        raw["boilerplate"] = _merge(
            raw["boilerplate"], {key: value for key, value in lists.items() if key in READING_LISTS}
        )
        credits = language_file(user_dir, other, "sources")
        # a page's own language gives its byline's words too ("Von", "und"): never another's page's
        keys = READING_CREDITS + PAGE_CREDITS if other == page else READING_CREDITS
        raw["sources"] = _merge(raw["sources"], {key: value for key, value in credits.items() if key in keys})
        if other == page:
            # and the label of its date line's update ("Uppdaterad", "수정"): the story's day is the
            # one printed first, not the update's on the line under it
            updates = language_file(user_dir, other, "dates").get("update_labels")
            if updates:
                raw["dates"] = _merge(raw["dates"], {"update_labels": updates})
    # Caption credits are matched case-sensitively where they rely on capitals.
    captions = []
    for pattern in raw["boilerplate"].get("caption_credits", []):
        flags = 0 if "[A-Z]" in pattern else re.IGNORECASE
        try:
            captions.append(re.compile(pattern, flags))
        except re.error as exc:
            raise UserError(f"boilerplate.yaml: bad caption pattern {pattern!r}: {exc}") from exc
    equipment = []
    for pattern in raw["equipment"].get("patterns", []):
        try:
            equipment.append(re.compile(pattern))
        except re.error as exc:
            raise UserError(f"equipment.yaml: bad pattern {pattern!r}: {exc}") from exc
    return Lexicon(
        raw=raw,
        language=language,
        user_dir=user_dir,
        page=page if own_page else None,
        boilerplate=_compile("boilerplate.yaml", raw["boilerplate"].get("patterns", [])),
        captions=captions,
        caption_starts=_compile("boilerplate.yaml", raw["boilerplate"].get("caption_starts", [])),
        caption_phrases=_compile("boilerplate.yaml", raw["boilerplate"].get("caption_phrases", [])),
        inline_junk=_compile("boilerplate.yaml", raw["boilerplate"].get("inline_junk", [])),
        lost_line_breaks=_compile(
            "boilerplate.yaml", raw["boilerplate"].get("lost_line_breaks", []), ignore_case=False
        ),
        site_name_lines=_compile("boilerplate.yaml", raw["boilerplate"].get("site_name_lines", [])),
        site_self_references=_compile("boilerplate.yaml", raw["boilerplate"].get("site_self_references", [])),
        site_notes=_compile("boilerplate.yaml", raw["boilerplate"].get("site_notes", [])),
        trailers=_compile("boilerplate.yaml", raw["boilerplate"].get("trailers", [])),
        related_labels=_compile(
            "boilerplate.yaml",
            [rf"^(?:{label})\s*:?$" for label in raw["boilerplate"].get("related_labels", [])],
        ),
        comment_starts=_compile(
            "boilerplate.yaml",
            [rf"^(?:{line})\s*:?$" for line in raw["boilerplate"].get("comment_section_starts", [])],
        ),
        equipment_patterns=equipment,
        translation_notes=_compile("sources.yaml", raw["sources"].get("translation_notes", [])),
        given_names=_every_given_name(user_dir, language, raw["given_names"].get("given_names", [])),
        author_note_re=_author_note_re(raw["sources"], raw["grammar"]),
        reader_words=_reading_words(raw, "boilerplate", "reader_words"),
        site_voice=_reading_words(raw, "boilerplate", "site_voice"),
        site_services=_words_re(_reading_words(raw, "boilerplate", "site_services")),
        site_bids=_words_re(_reading_words(raw, "boilerplate", "site_bids")),
        support_bids=_words_re(_reading_words(raw, "boilerplate", "support_bids")),
    )


def page_lexicon(lexicon: Lexicon, language: str | None) -> Lexicon:
    """The reading lexicon for a page told to be in `language`: its own words join the lexicon's
    where that language is read on its own pages only; any other page reads with `lexicon`."""
    if not language or language == lexicon.language or language not in read_on_own_pages(lexicon.user_dir):
        return lexicon
    if not has_data(language, lexicon.user_dir):
        return lexicon
    return load_lexicon(lexicon.user_dir, lexicon.language, language)


def _words_re(words: frozenset[str]) -> re.Pattern[str]:
    """Any of `words` as a whole word or phrase, in any case ("sign up" in "Sign up here")."""
    return re.compile(rf"(?<![\w-])(?:{alternatives(sorted(words))})(?![\w-])", re.I)


def _reading_words(raw: dict[str, dict[str, Any]], file: str, key: str) -> frozenset[str]:
    """A list of the lexicon's data, lower-cased, joined with every bundled language's."""
    own = {str(w).lower() for w in raw[file].get(key, [])}
    return frozenset(own | {str(w).lower() for w in bundled(file, key) or []})


def _every_given_name(user_dir: str | None, language: str, own: list[str]) -> frozenset[str]:
    """The language's given names and every other language's: a credit line is read before its
    source's language is told ("Валерия Драгомирова" under a date line), and a name in another
    script is no word of the language."""
    names = set(own)
    for other in reading_languages():
        if other != language:
            names.update(language_file(user_dir, other, "given_names").get("given_names", []))
    return frozenset(names)


# The lists of boilerplate.yaml that reading uses, whatever the language (its numbers and the
# credit lines, which name a language's own words, stay the language's).
# the labels of a byline ("Автор:"), read with the header before the language is told, the
# writer's job after the name ("корреспондент") and a picture's credit beside it ("Фото:")
READING_CREDITS = ("byline_labels", "byline_noun_labels", "journalist_nouns", "byline_picture_labels")
# what a page told to be in a language read on its own pages only also reads of it: the word
# before a byline's names ("Von", "Par"), between them ("und", "et") and after them, before the
# place written from ("aus", "à"), or after each name in place of the word before ("기자", "skrifar"),
# and whether its names are written in a script without capitals (Korean)
PAGE_CREDITS = (
    "byline_words",
    "byline_name_joiners",
    "byline_sections",
    "byline_name_suffixes",
    "caseless_names",
)
READING_LISTS = (
    "patterns",
    "caption_credits",
    "caption_starts",
    "caption_phrases",
    "inline_junk",
    "lost_line_breaks",
    "related_labels",
    "teaser_labels",
    "link_label_words",
    "page_field_labels",
    "comment_section_starts",
    # a page names its site before its language is told ("— прим. RuBaltic.Ru" in a Russian note)
    "site_notes",
)


def language_file(user_dir: str | None, language: str, name: str) -> dict[str, Any]:
    """One data file of a language: the bundled one (empty if its folder has none), extended by
    the project's own."""
    model = LANGUAGE_FILES[name]
    path = BUNDLED / language / f"{name}.yaml"
    data = read_data(path, model) if path.is_file() else {}
    extra = Path(user_dir) / language / f"{name}.yaml" if user_dir else None
    if extra is not None and extra.is_file():
        data = _merge(data, read_data(extra, model))
    return data


def _author_note_re(sources: dict[str, Any], grammar: dict[str, Any]) -> re.Pattern[str]:
    """A paragraph that opens by saying what a person does in journalism."""
    nouns, verbs = sources.get("journalist_nouns"), sources.get("author_note_verbs")
    if not nouns and not verbs:
        return re.compile(r"(?!)")
    name = r"(?P<name>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,2})"
    parts = []
    if nouns:
        copulas, articles = (
            alternatives(sources.get("author_note_copulas")),
            alternatives(grammar.get("articles")),
        )
        parts.append(rf"(?:{copulas}) (?:{articles}) (?:[\w-]+ ){{0,4}}(?:{alternatives(nouns)})\b")
    if verbs:
        parts.append(rf"(?:{alternatives(verbs)})\b")
    return re.compile(rf"^{name} (?:{'|'.join(parts)})")
