"""Names the model tags as organisations that are not (issue 14, organisations precision)."""

from __future__ import annotations

from generator.extraction import extract_briefing
from generator.readers import Source
from tests.extraction.extractkit import brief


def organisations(briefing) -> set[str]:
    return {o.name for o in briefing.organisations}


def test_a_credit_to_the_outlets_own_staff_or_a_phrase_read_as_a_byline_is_no_organisation(nlp, lexicon):
    paragraphs = ["The minister launched the platform on Monday, officials said."]
    found = {}
    for publisher in ("Times News Service", "MND Staff", "end of the next decade", "Jamestown Foundation"):
        source = Source(path="seeds/test.txt", sha256="0" * 64, text=paragraphs[0])
        source.paragraphs, source.title, source.original_publisher = paragraphs, "A title", publisher
        found[publisher] = publisher in organisations(extract_briefing(source, nlp, lexicon))
    # a body that published the piece first is still one the briefing names
    assert found == {
        "Times News Service": False,
        "MND Staff": False,
        "end of the next decade": False,
        "Jamestown Foundation": True,
    }


def test_a_name_in_accented_letters_that_opens_with_a_given_name_is_a_person(nlp, lexicon):
    b = brief(
        nlp,
        lexicon,
        [
            "In the latest twist in the wild battle over Sofía Vergara and Nick Loeb’s frozen embryos, "
            "lawyers are gearing up to file a lawsuit.",
            '"This was not a financially motivated heist," security researcher Lidia López Sanz said.',
        ],
    )
    assert not {"Sofía Vergara", "Lidia López Sanz"} & organisations(b)
    assert {"Sofía Vergara", "Lidia López Sanz"} <= {p.name for p in b.people}


def test_a_product_or_an_abbreviation_of_a_thing_is_no_organisation(nlp, lexicon):
    b = brief(
        nlp,
        lexicon,
        [
            "Another source said the yield rate of iPhone X smartphones was low, and the new iPad was late.",
            "The law limits LGBT protections, and the attack used SQL injection against an IoT platform.",
            "Apple said it would ship the phones in November.",
        ],
    )
    found = organisations(b)
    assert not {"iPhone", "iPad", "LGBT", "SQL", "IoT"} & found
    assert "Apple" in found


def test_a_datelines_capitals_are_its_place_and_its_bracket_the_credit(nlp, lexicon):
    b = brief(
        nlp,
        lexicon,
        [
            "BEIRUT, LEBANON (11:00 P.M.) – The U.S. military is expanding its base in northeastern Syria.",
            "FORT BLISS, Texas (Army News Service, Sept. 24, 2015) -- The exercise takes place this week, "
            "the Pentagon said.",
        ],
    )
    found = organisations(b)
    assert "BEIRUT" not in found and "Army News Service" not in found
    assert "Pentagon" in found
    assert "BEIRUT" in {p.name for p in b.places}


def test_an_area_an_authority_marks_out_is_a_place(nlp, lexicon):
    b = brief(
        nlp,
        lexicon,
        [
            "Suspected Boko Haram members attacked Churokusko Ward of Tarmuwa Local Government Area of "
            "Yobe state.",
            "Officials toured the site for the Caymanas Special Economic Zone on Tuesday.",
        ],
    )
    places = {p.name for p in b.places}
    assert not {"Tarmuwa Local Government Area", "Caymanas Special Economic Zone"} & organisations(b)
    assert {"Tarmuwa Local Government Area", "Caymanas Special Economic Zone"} <= places


def test_a_place_and_a_capitalised_plural_in_a_story_about_sport_is_a_team(nlp, lexicon):
    sport = brief(
        nlp,
        lexicon,
        [
            "For the second time in two days, the Green Bay Packers have retained one of their free agents.",
            "Such is the case for the NFL’s Denver Broncos, who hosted the Tampa Bay Buccaneers for a game.",
            "He has started all 53 regular-season games since the league went to a 16-game schedule.",
        ],
    )
    assert {"Green Bay Packers", "Denver Broncos", "Tampa Bay Buccaneers"} <= organisations(sport)


# Session 46 organisations: false bodies on the newest dev batches (issue 14)


def test_an_acronym_written_in_the_plural_or_after_a_or_an_names_a_thing_not_a_body(nlp, lexicon):
    b = brief(
        nlp,
        lexicon,
        [
            "Instaclustr can send a request through an API that lives on the platform side.",
            "The case fits 180mm PSUs and large GPUs, and its GPU holder is adjustable.",
            "An FRB emerged from the source, astronomers at the FAST telescope said.",
            "An FBI agent said the FBI would investigate, and NATO said it would help.",
        ],
    )
    found = organisations(b)
    assert not {"API", "GPU", "FRB"} & found
    # "an FBI agent": the article is the agent's; the acronym only describes him
    assert {"FBI", "NATO"} <= found


def test_a_word_capitalised_only_because_it_opens_a_sentence_is_no_organisation(nlp, lexicon):
    b = brief(
        nlp,
        lexicon,
        [
            "Giant wooden catapults have been constructed from scratch, while caltrops were laid.",
            "Specialized lipid-based carriers give the drug enhanced stability, the company said.",
            "Amazon said it would hire more staff.",
        ],
    )
    found = organisations(b)
    assert not {"Giant", "Specialized"} & found
    assert "Amazon" in found  # a proper noun opening a sentence is still a name


def test_a_sites_rules_for_its_readers_are_documents_not_organisations(nlp, lexicon):
    b = brief(
        nlp,
        lexicon,
        [
            "By submitting your information you agree to the Terms & Conditions and Privacy Policy.",
            "Please see our Terms of Service, and visit our Community Guidelines for more.",
            "The Fraser Institute said prices rose.",
        ],
    )
    found = organisations(b)
    assert not {"Terms & Conditions", "Privacy Policy", "Terms of Service", "Community Guidelines"} & found
    assert "Fraser Institute" in found


def test_a_body_the_model_cut_short_is_named_whole_with_the_capitalised_word_beside_it(nlp, lexicon):
    b = brief(
        nlp,
        lexicon,
        [
            "Two people have been arrested after Just Stop Oil protesters disrupted a West End performance.",
            "It is a crass repurposing of the photo of Black Lives Matter protester Ieshia Evans.",
            "NATO Secretary General Mark Rutte said the alliance would help.",
        ],
    )
    found = organisations(b)
    assert {"Just Stop Oil", "Black Lives Matter", "NATO"} <= found
    assert not {"Stop Oil", "Black Lives", "NATO Secretary"} & found  # a title stays out of the name


def test_a_product_beside_a_body_joins_it_only_where_the_whole_is_named_as_a_body(nlp, lexicon):
    """ "A Sony Walkman update": the model tags "Walkman" a product, and Sony's name is not
    "Sony Walkman"; "Lockheed Martin" ("Martin" a product too) stays whole where the text also
    names it so as a body ("Lockheed Martin Corp.")."""
    found = organisations(brief(nlp, lexicon, ["A Sony Walkman update shipped on Monday, users said."]))
    assert "Sony" in found and "Sony Walkman" not in found
    b = brief(
        nlp,
        lexicon,
        [
            "The Lockheed Martin contract was signed on Monday.",
            "Lockheed Martin Corp. said it would appeal.",
        ],
    )
    assert "Lockheed Martin" in organisations(b)


# Session 48 organisations


def test_a_unit_noun_after_a_determiner_of_one_among_many_names_no_body(nlp, lexicon):
    """ "an Amazon company", "any US company", "a pro-Israel group", "Our company is": the noun
    says what kind of thing one of many is; "the Islamic State group", "the Haqqani network" and
    "a Wagner group fighter" (whose article is the fighter's) still name a body."""
    b = brief(
        nlp,
        lexicon,
        [
            "Clearly the CEO of any US company that does business abroad wants good relations.",
            "The data is sent to Alexa Analytics. (Alexa Analytics is an Amazon company.)",
            "Last week, a pro-Israel group known as Predatory Sparrow claimed the attack.",
            "“Our company is in a great position to bid,” the chief executive said.",
            "Officials said the Islamic State group claimed it, and the Haqqani network denied it.",
            "He was described as a Wagner group fighter by the police.",
        ],
    )
    found = organisations(b)
    assert not {"US company", "Amazon company", "Israel group", "Our company"} & found
    assert {"Islamic State group", "Haqqani network", "Wagner group"} <= found


def test_a_name_only_in_lines_of_headline_capitals_is_no_body_of_the_story(nlp, lexicon):
    """Another story's headline, a heading or a credit left in the body has every long word
    capitalised, and the model reads a body's name into its capitals; a body the story's prose
    names, or the signature of a post the page embeds, is still one."""
    b = brief(
        nlp,
        lexicon,
        [
            "The army said on Monday that it had pushed the fighters back from the town, and the "
            "Red Cross said it would send aid to the families who fled.",
            "Hamas Hostages: What Do We Know So Far?",
            "Why Global Players Must Be Concerned of New Version of Charm Offensive in Xi Jinping 3.0 Era?",
            "— BNO News (@BNONews) February 11, 2025",
        ],
    )
    found = organisations(b)
    assert not {"Hamas Hostages", "Xi Jinping 3.0 Era"} & found
    assert {"Red Cross", "BNO News"} <= found


def test_a_name_only_ever_before_a_noun_of_an_events_people_or_an_exercise_is_no_body(nlp, lexicon):
    """ "the Dreamforce audience", "Magnetize Maine attendees", "the annual Ulchi Freedom Guardian
    joint exercises": the name is a gathering's or an exercise's; a body the text also names on its
    own ("Microsoft announced") stays one, wherever else it modifies such a noun."""
    b = brief(
        nlp,
        lexicon,
        [
            "Benioff introduced Cook to the Dreamforce audience as a leader on privacy.",
            "Amanda Rector, the state economist, talks to Magnetize Maine attendees in Bangor.",
            "The launch was a response to the annual Ulchi Freedom Guardian joint exercises, KCNA said.",
            "Microsoft announced the deal on Monday.",
            "The company told the Microsoft audience that the deal was done.",
        ],
    )
    found = organisations(b)
    assert not {"Dreamforce", "Magnetize Maine", "Ulchi Freedom Guardian"} & found
    assert "Microsoft" in found


def test_an_abbreviation_of_a_device_or_a_medium_is_no_organisation(nlp, lexicon):
    """ "the CPU cooler and two USB ports", "on VHS": abbreviations of things, never of a body,
    which the model tags as bodies ("ICU" is not one of them: a Kyiv bank is called so too)."""
    b = brief(
        nlp,
        lexicon,
        [
            "The case supports a 240mm CPU cooler and has two USB ports on its front panel.",
            "The original cuts were last released on VHS, the fan site said.",
        ],
    )
    found = organisations(b)
    assert not {"CPU", "USB", "VHS"} & found


def test_the_abbreviation_of_an_officers_post_is_no_organisation(nlp, lexicon):
    """ "said Tilbrook, CPO, EncompaaS", "elevated Ive to CDO": a chief officer's post, as "CEO" is."""
    b = brief(
        nlp,
        lexicon,
        [
            "“We are doing more with less,” said Tilbrook, CPO, EncompaaS.",
            "So to keep Cook, Jobs made him CEO and, to balance it out, elevated Ive to CDO.",
        ],
    )
    assert not {"CPO", "CDO", "CEO"} & organisations(b)


def test_a_programme_a_bill_a_bond_an_index_or_a_people_is_no_organisation(nlp, lexicon):
    """ "cuts to Medicare and Social Security", "the bill, known as SB 478", "yields on U.S.
    Treasuries", "the FTSE 100 slipped", "Danes and Swedes voted": none is a body that acts."""
    b = brief(
        nlp,
        lexicon,
        [
            "The plan would cut Medicare and Social Security spending over the next decade.",
            "The bill, known as SB 478, would ban hidden fees on hotel bookings.",
            "The FTSE 100 slipped 0.3%, while yields on U.S. Treasuries fell.",
            "Danes and Swedes voted in record numbers, the Electoral Commission said.",
            "The president flew back to Washington aboard Air Force One on Sunday night.",
        ],
    )
    found = organisations(b)
    assert not {"Medicare", "Social Security", "SB 478", "U.S. Treasuries", "FTSE", "Danes", "Swedes"} & found
    assert not {"Air Force One"} & found
    assert "Electoral Commission" in found


def test_a_makers_name_and_a_products_word_is_no_body_but_a_part_of_the_maker_is(nlp, lexicon):
    """ "Microsoft Teams", "the Nintendo Direct broadcast" name a thing the body makes or shows;
    "Microsoft Research", "Nissan North America", "BBC Hausa" name a part of the body."""
    b = brief(
        nlp,
        lexicon,
        [
            "Microsoft Teams suffered an outage on Monday, and Microsoft said it had been fixed by noon.",
            "Fans said the Nintendo Direct broadcast showed no new game. Nintendo declined to comment.",
            "Researchers at Microsoft Research published the paper on Tuesday.",
            "Nissan North America said it would add a shift at the plant, BBC Hausa reported.",
        ],
    )
    found = organisations(b)
    assert not {"Microsoft Teams", "Nintendo Direct"} & found
    assert {"Microsoft", "Nintendo", "Microsoft Research", "Nissan North America", "BBC Hausa"} <= found


def test_a_groups_operating_company_named_by_its_trade_is_a_body(nlp, lexicon):
    """A known maker's name and its trade name the company that trades ("Hyundai Motor", "Toyota
    Motor", "Samsung Electronics"): not a product of the maker, as "Microsoft Teams" is."""
    b = brief(
        nlp,
        lexicon,
        [
            "Hyundai Motor will build a plant in Georgia. Hyundai said the plant would employ 8,000 people.",
            "Samsung Electronics said on Tuesday its profit fell. Samsung blamed weak chip demand.",
        ],
    )
    assert {"Hyundai Motor", "Samsung Electronics"} <= organisations(b)


def test_the_heavens_a_chart_of_science_and_a_disease_are_no_organisations(nlp, lexicon):
    b = brief(
        nlp,
        lexicon,
        [
            "The probe will leave the Solar System within a decade, the researchers said.",
            "The signal came from one of the oldest stars in the Universe, far beyond the Galaxy.",
            "The element has no place in the Periodic Table, and patients with ALS took it, Biogen said.",
        ],
    )
    assert not {"Solar System", "Universe", "Galaxy", "Periodic Table", "ALS"} & organisations(b)
    assert "Biogen" in organisations(b)


def test_a_legal_form_or_a_companys_kind_alone_is_no_organisation(nlp, lexicon):
    b = brief(
        nlp,
        lexicon,
        [
            "Procter & Gamble reported higher sales, while Eli Lilly and Co. raised its forecast.",
            "Harbor Holdings said the Group would cut 300 jobs.",
        ],
    )
    assert not {"Co", "Group"} & organisations(b)
