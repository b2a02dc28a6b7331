"""Natasha's Russian pipeline, seen as a spaCy pipeline."""

from __future__ import annotations

from generator.nlp import load_model


def test_the_natasha_pipeline_gives_a_spacy_doc_of_the_paragraph_exactly():
    nlp = load_model("natasha")
    text = "  По словам  Александра Лукашенко,\tучения пройдут в Минске.  Он добавил: «Всё готово». "
    doc = nlp(text)
    assert doc.text == text
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("Александра Лукашенко", "PERSON"),
        ("Минске", "GPE"),
    ]
    assert sorted(doc.user_data["briefings.normal"].values()) == ["Александр Лукашенко", "Минск"]
    sentences = [s.text.strip() for s in doc.sents]
    assert sentences == [
        "По словам  Александра Лукашенко,\tучения пройдут в Минске.",
        "Он добавил: «Всё готово».",
    ]
    for sentence in doc.sents:
        assert [t.dep_ for t in sentence if t.head == t and not t.is_space] == ["ROOT"]
    he = next(t for t in doc if t.text == "Он")
    assert (he.pos_, he.dep_, he.morph.get("PronType"), he.lemma_) == ("PRON", "nsubj", ["Prs"], "он")
    assert next(t for t in doc if t.text == "пройдут").lemma_ == "пройти"
    assert [d.text for d in nlp.pipe(["Раз.", "Два."], disable=["parser", "ner"])] == ["Раз.", "Два."]


def test_a_place_the_tagger_left_inflected_is_named_in_the_nominative_unless_it_does_not_decline():
    nlp = load_model("natasha")
    doc = nlp("Суда стоят в Клайпеде, помощь пришла в Бородянку, а результаты пришли от Гавайев.")
    assert sorted(doc.user_data["briefings.normal"].values()) == ["Бородянка", "Гавайи", "Клайпеда"]
    # an abbreviation and a name that does not decline stay as written
    doc = nlp("Делегация США прибыла в Виноградово.")
    assert sorted(doc.user_data["briefings.normal"].values()) == ["Виноградово", "США"]


def test_a_woman_named_in_another_case_is_named_in_the_feminine_nominative():
    """Women are often the objects of news ("принял", "наградил", "встретился с"): their names in
    the accusative or the instrumental are named as a woman's in the nominative, a surname that
    does not decline as written; a man's dative whose given name the dictionary does not know as a
    woman's ("Саджиду") is left to Natasha."""
    nlp = load_model("natasha")
    doc = nlp(
        "Президент принял Эллу Памфилову и Ирину Яровую, наградил Лидию Ермошину и Наталью Кочанову, "
        "а затем встретился с Натальей Кочановой и Ангелой Меркель."
    )
    assert sorted(set(doc.user_data["briefings.normal"].values())) == [
        "Ангела Меркель",
        "Ирина Яровая",
        "Лидия Ермошина",
        "Наталья Кочанова",
        "Элла Памфилова",
    ]


def test_a_woman_whose_given_name_reads_in_several_cases_is_named_where_they_agree():
    """ "По словам Юлии Навальной": "Юлии" is a genitive, a dative or a locative; each reading gives
    "Юлия Навальная" (Natasha keeps "Навальной"), so that is her name; an adjective's surname in
    "-ская" as well ("Анны Грибовской")."""
    nlp = load_model("natasha")
    doc = nlp("По словам Юлии Навальной и Анны Грибовской, встреча прошла спокойно.")
    assert sorted(set(doc.user_data["briefings.normal"].values())) == ["Анна Грибовская", "Юлия Навальная"]


def test_a_man_named_in_another_case_is_named_in_the_nominative_when_the_dictionary_misses_his_surname():
    """ "По словам Андрея Солодова", "с Владиславом Шапшой": the dictionary does not know the
    surname, or reads it as an adjective ("солодовый"), and Natasha kept it as written; the case of
    the man's given name puts it in the nominative. A woman's name ("Марина"), or a name whose
    surname does not decline ("Асию Биби": Асия, whom the dictionary does not know), is not made a
    man's."""
    nlp = load_model("natasha")

    def named(text: str) -> list[str]:
        return sorted(set(nlp(text).user_data["briefings.normal"].values()))

    assert named("По словам Андрея Солодова, работы завершены.") == ["Андрей Солодов"]
    assert named("Встреча с Андреем Солодовым прошла в закрытом режиме.") == ["Андрей Солодов"]
    assert named("Мы поговорили с губернатором Владиславом Шапшой.") == ["Владислав Шапша"]
    assert named("По словам руководителя проекта Ивана Жадного, поставки начнутся.") == ["Иван Жадный"]
    assert named("Суд оправдал Асию Биби, а Марина Бояринцева выступила с заявлением.") == [
        "Асию Биби",
        "Марина Бояринцева",
    ]


def test_a_given_name_beside_a_declined_surname_is_not_read_as_a_foreign_name_that_does_not_decline():
    """ "Анне": the dictionary knows it as the dative of "Анна" and as "Анне" (Anne), a foreign name
    of one form in every case; beside a surname in an oblique case ("Петровой") it is the dative, so
    the woman is "Анна Петрова", not "Анне Петрова". Beside a surname that does not decline
    ("Нетребко") nothing tells, and Natasha's reading stands."""
    nlp = load_model("natasha")

    def named(text: str) -> list[str]:
        return sorted(set(nlp(text).user_data["briefings.normal"].values()))

    assert named("Губернатор вручил награду Анне Петровой.") == ["Анна Петрова"]
    assert named("Губернатор вручил награду Анне Нетребко.") == ["Анне Нетребко"]


def test_a_given_name_beside_a_surname_the_dictionary_does_not_know_is_read_in_the_surnames_case():
    """ "Анне Чичеровой": the dictionary guesses the unknown surname in four oblique cases and as a
    verb of no case; that guess is no fifth case, so the surname declines and "Анне" is the dative
    of "Анна", as beside a surname the dictionary knows ("Анне Сидоровой")."""
    nlp = load_model("natasha")

    def named(text: str) -> list[str]:
        return sorted(set(nlp(text).user_data["briefings.normal"].values()))

    assert named("Мэр вручил премию Анне Чичеровой.") == ["Анна Чичерова"]
    assert named("Мэр вручил премию Анне Сидоровой.") == ["Анна Сидорова"]


def test_a_mans_surname_of_a_feminine_nouns_declension_in_the_accusative_is_named_in_the_nominative():
    """ "похвалил Джона Кордобу", "поддержали Артёма Дзюбу": a man's surname in "-а" takes "-у" in
    the accusative, as a feminine noun does; one that does not decline ("Сергея Шойгу") keeps its "-у"."""
    nlp = load_model("natasha")

    def named(text: str) -> list[str]:
        return sorted(set(nlp(text).user_data["briefings.normal"].values()))

    assert named("Тренер похвалил нападающего Джона Кордобу.") == ["Джон Кордоба"]
    assert named("Болельщики поддержали Андрея Дзюбу.") == ["Андрей Дзюба"]
    assert named("Президент наградил Сергея Шойгу.") == ["Сергей Шойгу"]


def test_a_finite_verb_the_tagger_read_as_a_noun_is_a_verb():
    """ "— передаёт «Интерфакс» слова главы ЦБ": the tagger takes "передаёт" for a noun; the
    dictionary knows it only as a verb, and the speech verb is what says whose the words are."""
    nlp = load_model("natasha")
    doc = nlp("«Ставка останется прежней», — передаёт «Интерфакс» слова главы ЦБ.")
    verb = next(t for t in doc if t.text == "передаёт")
    assert (verb.pos_, verb.lemma_) == ("VERB", "передавать")
