"""Quote and speaker rules for unseen pages (issue 9): one invented case per rule.

Each text is made up for the test (none is copied from the evaluation set), in the shape of
a failure seen on unseen pages; each assertion fails if its rule is taken out.
"""

from __future__ import annotations

import pytest

from corpus.preannotate import lexicon as lx
from corpus.preannotate.quotes import QuoteSpan, extract_quotes


def speech(text: str) -> list[QuoteSpan]:
    out = [q for q in extract_quotes(text) if q.kind != "indirect"]
    for q in out:
        assert text[q.start : q.end] == q.text
        if q.speaker_start is not None:
            assert text[q.speaker_start : q.speaker_end] == q.speaker_text
    return out


def one(text: str) -> QuoteSpan:
    qs = speech(text)
    assert len(qs) == 1, qs
    return qs[0]


# -- kinds ------------------------------------------------------------------------------

def test_editors_brackets_make_quoted_speech_not_scare() -> None:
    q = one("The columnist feared the inquiry would “[end] in nothing at all” again.")
    assert q.kind == "mixed"
    q = one("Marta Ruiz was worried “that [it] will be forgotten”: nobody listened.")
    assert q.kind == "mixed"


def test_quote_in_the_content_of_a_speech_noun_is_mixed() -> None:
    q = one("A young painter from Accra made the observation that the city is "
            "“more than markets and traffic.” Few disagreed.")
    assert q.kind == "mixed" and q.speaker is None  # an unnamed painter, not "Accra"
    text = ("Lech Walesa visited the station in 1989. He had moved the country with his "
            "call for workers to resist by “standing together at the gates,” and thanked us.")
    q = one(text)
    assert q.kind == "mixed" and q.speaker == "Lech Walesa" and q.cue_text == "call"


def test_statement_read_is_a_cue_and_the_statement_speaks_as_its_owner() -> None:
    q = one("The Kremlin statement read, “The talks were useful and will continue.”")
    assert q.kind == "direct" and q.cue_text == "read" and q.speaker == "Kremlin"


def test_short_quoted_noun_phrase_after_a_determiner_is_a_term() -> None:
    q = one("The “group of death” includes Spain and Italy, the coach said after the draw.")
    assert q.kind == "scare"


def test_truncated_sentence_opening_quote_is_direct() -> None:
    q = one("Anna Berg said the talks would continue. “We will never")
    assert q.kind == "direct" and q.text == "We will never" and q.speaker == "Anna Berg"


@pytest.mark.parametrize("tail", ["“Th", "\"Wom"])
def test_quote_cut_after_a_few_letters_is_direct(tail: str) -> None:
    q = one(f"Lena Ortiz described the harvest.\n\nThe Farmers of the North\n{tail}")
    assert q.kind == "direct" and q.speaker is None  # a pull quote under its headline


def test_topic_verb_introduces_the_next_sentences_quote() -> None:
    q = one("Ravi Mehta discussed the problems faced by small farmers. “Prices fell again")
    assert q.kind == "direct" and q.speaker == "Ravi Mehta" and q.cue_text == "discussed"
    q = one("Ravi Mehta said they discussed ways to “bring prices back up,” at length.")
    assert q.cue_text == "said"  # no cue inside a sentence


def test_quote_right_after_a_quote_ending_its_sentence_opens_a_sentence() -> None:
    text = ("Rivers of Lagos\n\"The water rose all night long. \"\"Nadie vino a ayudarnos "
            "en toda la noche.\"\n")
    qs = speech(text)
    assert [q.kind for q in qs] == ["direct", "direct"]


def test_made_the_following_statement_introduces_the_next_paragraphs() -> None:
    text = ("Boston—Senator Ruth Adler, Chair of the Committee on Energy, today made the "
            "following statement on the grid:\n\n“The grid failed the people who need it "
            "most.\n\n“We will hold hearings on it this month.”\n")
    qs = speech(text)
    assert len(qs) == 2 and all(q.speaker == "Ruth Adler" for q in qs)


def test_reporting_verb_before_of_is_a_noun() -> None:
    text = ("The case reached the American state of Ohio.\n\n“It is a sad day for the "
            "schools and for the children.”")
    assert one(text).speaker is None


# -- marks ------------------------------------------------------------------------------

def test_unclosed_double_quote_ends_after_nested_single_pair() -> None:
    text = ("When Open Window posted a clip of the crowd “[shouting] for ‘Freedom’, "
            "she was sure of it.")
    q = one(text)
    assert q.text == "[shouting] for ‘Freedom’"


def test_quote_runs_over_blank_line_to_its_closing_mark() -> None:
    text = ('According to a statement by the agency\'s director, Paula Grant:\n\n"We thank '
            'the crews for their work this year.\n\nIt is a plan that will keep us '
            'flying for decades."\n\nMore news.')
    q = one(text)
    assert q.text.startswith("We thank") and q.text.endswith("for decades.")
    assert q.speaker == "Paula Grant"


def test_quotations_inside_a_quotation() -> None:
    text = ("“I called my daughter and asked her ‘Are you safe at school today?’ She said "
            "‘Yes, mum.’ ‘Then stay there.’ And she did,” Maria Lopez said.")
    qs = {q.text: q for q in speech(text)}
    assert qs["Are you safe at school today?"].kind == "direct"
    assert qs["Are you safe at school today?"].speaker == "Maria Lopez"  # I, as she says
    assert qs["Yes, mum."].kind == "direct" and qs["Yes, mum."].cue_text == "said"
    assert qs["Then stay there."].speaker == "Maria Lopez"  # no cue: the outer speaker
    text = "“We shouted 'Stop the bus, please.' Nobody did,” Ali Khan said."
    qs = {q.text: q for q in speech(text)}
    assert qs["Stop the bus, please."].speaker == "Ali Khan"  # straight single marks


def test_a_named_term_inside_a_quotation_is_no_utterance() -> None:
    q = one("“They were crying out for ‘Freedom’ all night,” Ali Khan said.")
    assert q.text.startswith("They were") and q.speaker == "Ali Khan"


def test_a_quotation_introduced_inside_a_quotation_by_a_colon() -> None:
    text = ("Ann Lee posted an account of the night (“A neighbour on the stairs, "
            "shaking: “It felt like the end of the world”), and others did too.")
    qs = {q.text: q for q in speech(text)}
    inner = qs["It felt like the end of the world"]
    assert inner.kind == "direct" and inner.speaker is None  # an unnamed neighbour
    outer = next(q for q in qs.values() if q.text.startswith("A neighbour"))
    assert outer.end == inner.end and outer.speaker == "Ann Lee"  # one mark closes both


# -- speakers ---------------------------------------------------------------------------

def test_given_names_sex_is_a_hint_when_nobody_else_fits() -> None:
    # "Jean" is mostly a woman's name in U.S. records; here he is the only candidate
    text = ("Quebec premier Jean Tremblay called an election. After meeting with the "
            "Lieutenant Governor, he spoke at the airport, stating it was a “gate to the "
            "north” for the province.")
    q = one(text)
    assert q.kind == "mixed" and q.speaker == "Jean Tremblay"


def test_caption_line_above_a_credit_is_no_antecedent() -> None:
    text = ("Tom Avery spoke at the rally.\n\nJohn Brook in 2010\nImage: City Hall.\n\n"
            "“We are proud of this town,” he said.")
    assert one(text).speaker == "Tom Avery"


def test_caption_cue_pattern_matches_captions() -> None:
    import re

    cue = re.compile(lx.CAPTION_CUES, re.I)
    assert cue.search("Ana Ruiz, left, at the port. (Photo: AP)")
    assert cue.search("Image: US Mission Canada.")
    assert "\x08" not in lx.CAPTION_CUES


def test_person_asked_answers() -> None:
    text = "Tom Jones asked John Smith about the plan. “It is dead,” he said."
    assert one(text).speaker == "John Smith"


@pytest.mark.parametrize("text", [
    "“We will appeal,” said Peter Hall’s lawyers.",
    "“We will appeal,” a spokesman for Peter Hall said.",
])
def test_people_of_a_person_speak_for_themselves(text: str) -> None:
    assert one(text).speaker is None


def test_owners_office_speaks_as_owner() -> None:
    assert one("“No comment,” said the Kremlin’s press office.").speaker == "Kremlin"


def test_possessive_name_with_a_capitalised_head_is_a_title() -> None:
    text = "Diaspora blogger Jumble's Corner expresses anger at “the waste that is rampant here.”"
    assert one(text).speaker is None


def test_joined_subjects_name_no_single_speaker() -> None:
    text = "zeta_blog and Plain Words blog about a “farmer who claimed to have poisoned them”."
    assert one(text).speaker is None


def test_participle_cue_after_a_noun_phrase() -> None:
    text = ("Long Road responds to a newspaper editorial suggesting that the “quiet majority "
            "must speak up”, saying it is wrong.")
    assert one(text).speaker is None


def test_description_ending_in_a_title_and_gerund_are_no_names() -> None:
    q = one("The Angry Blogger has had enough, saying: “Nobody will fix the roads here.”")
    assert q.speaker is None
    q = one("Living in Lagos marks a year of posts, saying: “Conservative counts say a lot.”")
    assert q.speaker is None


def test_country_description_is_the_person_just_named() -> None:
    text = "Emmanuel Macron arrived in Kyiv. “We are ready to help,” the French president said."
    assert one(text).speaker == "Emmanuel Macron"


def test_headline_name_on_topic() -> None:
    q = one("Trump on Putin: “He is a very smart man indeed.”")
    assert q.kind == "direct" and q.speaker == "Trump"


def test_apposed_name_after_a_title() -> None:
    text = ("According to a statement by NASA Associate Administrator for the Office of "
            "Communications, Dana Weiss: “We respect their service.”")
    assert one(text).speaker == "Dana Weiss"


def test_pull_quote_in_a_listing_takes_no_speaker_from_the_item_before() -> None:
    text = ("Deputy Attorney General Paul Mercer announced today that the case was settled. "
            "(Read more)\n\n\"We're here today to talk about the legal side of this decision.\" "
            "(Read more)\n")
    assert one(text).speaker is None


@pytest.mark.parametrize("verb", ["quipped", "concurred", "snapped", "fumed", "scoffed",
                                  "shot back", "explained", "assured reporters"])
def test_reporting_verbs(verb: str) -> None:
    q = one(f"“It is safe,” Jane Smith {verb}.")
    assert q.kind == "direct" and q.speaker == "Jane Smith"


def test_sports_title_before_a_name() -> None:
    q = one("“I am honoured,” said Olympic champion Sara Lind, 24, after the race.")
    assert q.speaker == "Sara Lind"


@pytest.mark.parametrize("text,kind,speaker", [
    ("Obama Says “America Is Back” at Summit\n\nThe president spoke in Lima.", "mixed",
     "Obama"),
    ("Kerry: ‘No Deal Yet’\n\nThe talks went on.", "direct", "Kerry"),
    ("Watch “The Crown” Tonight\n\nThe series returns.", "scare", None),
])
def test_title_case_in_headlines_is_no_name_when_a_cue_quotes(text: str, kind: str,
                                                              speaker: str | None) -> None:
    q = one(text)
    assert (q.kind, q.speaker) == (kind, speaker)


@pytest.mark.parametrize("text,speaker", [
    ("Donald Trump spoke. “No,” said Trump’s Secretary of State Marco Rubio.", "Marco Rubio"),
    ("“No,” said the Minister for Foreign Affairs Penny Wong.", "Penny Wong"),
])
def test_title_with_its_office_before_the_name(text: str, speaker: str) -> None:
    assert one(text).speaker == speaker


@pytest.mark.parametrize("text", [
    "Bloggers cheered the team. Quiet Lantern posted that it was “the best night this "
    "island has known in years”.",
    "Bloggers cheered the team. “We have never seen a night like it,” said Karibe Static "
    "Radio, which gave its whole podcast to the match.",
])
def test_blog_names_on_a_blog_round_up_name_no_speaker(text: str) -> None:
    assert one(text).speaker is None


def test_a_person_on_a_blog_round_up_still_speaks() -> None:
    text = "Bloggers cheered the team. “We have never seen a night like it,” said Nina Alvarez."
    assert one(text).speaker == "Nina Alvarez"


def test_a_chain_of_he_sentences_carries_its_person_across_paragraphs() -> None:
    text = ("Coach Omar Haddad met the squad in Perth.\n\nHe said the camp starts in May. "
            "He wants twelve players. The best teams qualify. It will be hard. The crowd "
            "will be loud.\n\nHe has won before. The final was close. The rain fell. The "
            "lights failed. “We stuck to our plan,” he recalled.")
    assert one(text).speaker == "Omar Haddad"
    broken = text.replace("He has won before.", "Ana Pires has won before.")
    assert one(broken).speaker is None  # someone else named between: no chain


@pytest.mark.parametrize("text", [
    "“It is safe,” Jane Smith laughed.",
    "“It is safe,” Jane Smith shrugged after the vote.",
    "“It is safe,” laughed Jane Smith.",
    "“It is safe,” she texted. Jane Smith had left.",
])
def test_subject_and_verb_after_a_comma_ended_quote_attribute_it(text: str) -> None:
    if text.startswith("“It is safe,” she"):
        text = "Jane Smith spoke first. " + text
    assert one(text).speaker == "Jane Smith"


@pytest.mark.parametrize("text", [
    "The bridge is “almost finished,” Paul Reyes said.",
    "The bridge was “almost finished,” according to Paul Reyes.",
])
def test_comma_inside_the_closing_mark_cuts_off_a_post_posed_cue(text: str) -> None:
    q = one(text)
    assert q.kind == "mixed" and q.speaker == "Paul Reyes"


@pytest.mark.parametrize("verb", ["reasoned", "speculated", "summarised", "reminded them"])
def test_more_reporting_verbs_before_a_quote(verb: str) -> None:
    q = one(f"Jane Smith {verb} that the bridge was “almost safe” by then.")
    assert q.kind == "mixed" and q.speaker == "Jane Smith"


@pytest.mark.parametrize("text", [
    "Mark Ellis’s deputy Paul Reyes spoke first. “We will finish the bridge by June,” he said.",
    "In Mark Ellis’s absence, Paul Reyes spoke. “We will finish the bridge by June,” he said.",
    "Mark Ellis’s plan was read out by Paul Reyes. “We will finish it by June,” he said.",
])
def test_a_possessor_is_no_antecedent_when_another_person_is_named(text: str) -> None:
    assert one(text).speaker == "Paul Reyes"


@pytest.mark.parametrize("line", ["Mark Ellis", "By Mark Ellis",
                                  "Mark Ellis visits the site on Monday, June 3, 2019."])
def test_a_name_line_or_dated_caption_is_no_antecedent(line: str) -> None:
    text = (f"Paul Reyes spoke at the site.\n\n{line}\n\n“We will finish the bridge by "
            "June,” he said.")
    assert one(text).speaker == "Paul Reyes"


def test_a_blog_named_by_its_head_word_is_no_person() -> None:
    assert one("“We will finish the bridge by June,” the Daily Bridge blog wrote.").speaker \
        is None


@pytest.mark.parametrize("text", [
    "Paul Reyes arrived late. Mark Ellis asked him about the delay. “We will finish the "
    "bridge by June,” he said.",
    "Paul Reyes arrived late. When Mark Ellis asked him about the delay, he said: “We will "
    "finish the bridge by June.”",
])
def test_the_one_asked_answers_not_the_asker(text: str) -> None:
    assert one(text).speaker == "Paul Reyes"


def test_a_chain_may_run_through_his() -> None:
    text = ("Omar Haddad has coached for ten years.\n\nThe team won three titles under his "
            "watch. The final was in Perth. Crowds were big. Tickets sold out. The stadium "
            "was new. The weather was kind. The pitch was fast.\n\n“We were lucky,” he said.")
    assert one(text).speaker == "Omar Haddad"


@pytest.mark.parametrize("text,speaker", [
    ("Paul Reyes flew in from Peru. “We will finish the bridge by June,” the Peruvian "
     "said.", "Paul Reyes"),
    ("“We will finish the bridge by June,” the Peruvian said.", None),
    ("Paul Reyes flew in. “We will finish the bridge by June,” the Lima-based firm said.",
     None),
])
def test_nationality_and_hyphenated_adjectives_are_no_names(text: str,
                                                            speaker: str | None) -> None:
    assert one(text).speaker == speaker


@pytest.mark.parametrize("text,speaker", [
    ("Paul Reyes, the mayor, spoke. “We will finish the bridge by June,” the mayor said.",
     "Paul Reyes"),
    ("Paul Reyes, 45, a Lima engineer, spoke. “We will finish the bridge by June,” the "
     "engineer said.", "Paul Reyes"),
    ("“We will finish the bridge by June,” Reyes, the mayor of Lima, said.", "Reyes"),
])
def test_a_description_in_apposition_stands_for_the_name(text: str, speaker: str) -> None:
    assert one(text).speaker == speaker


@pytest.mark.parametrize("text", ["“Why now?” Jane Smith shrugged.",
                                  "“Not again!” Jane Smith groaned."])
def test_subject_and_verb_after_a_question_or_exclamation(text: str) -> None:
    assert one(text).speaker == "Jane Smith"


def test_post_posed_according_to_needs_no_comma() -> None:
    q = one("The plan is “dead on arrival” according to Paul Reyes.")
    assert q.kind == "mixed" and q.speaker == "Paul Reyes"


def test_a_long_lower_case_quotation_is_somebodys_words() -> None:
    q = one("The Harbour Prize seeks to “honor brave local reporters whose work has improved "
            "the lives of others.”")
    assert q.kind == "mixed" and q.speaker is None
    q = one("The Harbour Prize is a “Gift For The Brave And The Bold Of Our City” show.")
    assert q.kind == "scare"  # Title Case: a name


def test_reported_is_a_cue_and_a_named_blog_no_person() -> None:
    q = one("The Lima Bridge Blog reported: “We will finish the bridge by June.”")
    assert q.kind == "direct" and q.cue_text == "reported" and q.speaker is None


def test_a_guillemet_opening_a_line_before_a_space_is_a_bullet() -> None:
    text = ("Sports Blog\n» Listen to the latest Sonny Side radio show\n» Subscribe to the "
            "podcast\n\n“We won,” said Ana Lee.")
    assert [q.text for q in speech(text)] == ["We won,"]


def test_a_title_case_work_title_after_a_book_called_is_no_speech() -> None:
    q = one("Ana Lee wrote a book called “The Boys from Little Mexico: A Season Chasing "
            "the American Dream.”")
    assert q.kind == "scare"
    q = one("Ana Lee called the plan “a disaster for the whole town”.")
    assert q.kind == "mixed"  # a naming verb before words, not a title


@pytest.mark.parametrize("text", [
    "After Mark Ellis left, Paul Reyes took over. “We will finish the bridge by June,” he said.",
    "Unlike Mark Ellis, Paul Reyes is an engineer. “We will finish the bridge by June,” he said.",
    "The plan, backed by Mark Ellis, was presented by Paul Reyes. “We will finish it by June,” "
    "he said.",
])
def test_opening_clauses_and_passive_agents(text: str) -> None:
    assert one(text).speaker == "Paul Reyes"


def test_an_inverted_spokesman_for_a_person_is_not_the_person() -> None:
    assert one("“We will finish it by June,” said a spokesman for Mark Ellis.").speaker is None


def test_a_quote_cut_by_the_page_end_after_a_cue_is_direct() -> None:
    q = one("Ana Lee spoke at the school. She says, \"We")
    assert q.kind == "direct" and q.text == "We" and q.speaker == "Ana Lee"


def test_a_pull_quote_under_a_quoting_headline_takes_no_speaker_from_it() -> None:
    text = ("‘Who ordered the fire?,’ Chile asks a year after the attack on the port\n"
            "\"Who ordered the guard to open the gates?\"\n")
    qs = speech(text)
    assert qs[-1].text.startswith("Who ordered the guard") and qs[-1].speaker is None


def test_a_sentence_introduced_by_a_colon_after_a_name_is_that_persons() -> None:
    text = ("Nina linked to an alert sent to her by blogger Omar Said [2]: “I was called in "
            "by the police for Thursday“.")
    q = one(text)
    assert q.kind == "direct" and q.speaker == "Omar Said"


def test_a_participle_after_a_determiner_is_no_cue() -> None:
    q = one("The story of the accused man means someone seeing him carry \"what looked "
            "like a bag\" is of no use.")
    assert q.kind == "scare"


@pytest.mark.parametrize("text,speaker", [
    ("Paul Reyes spoke. “Will you run again?” he was asked by Mark Ellis.", "Mark Ellis"),
    ("“Will you run again?” Paul Reyes was asked.", None),
    ("Paul Reyes was asked by Mark Ellis: “Will you run again?”", "Mark Ellis"),
    ("Paul Reyes was asked: “Will you run again?”", None),
    ("“We will finish it by June,” Paul Reyes was reported as saying.", "Paul Reyes"),
])
def test_a_passive_cue_is_spoken_by_its_agent(text: str, speaker: str | None) -> None:
    assert one(text).speaker == speaker


@pytest.mark.parametrize("text", [
    "The Lima Times quoted Paul Reyes as saying: “We will finish it by June.”",
    "Paul Reyes was quoted by the Lima Times as saying the bridge was “almost finished.”",
])
def test_quoted_as_saying_is_the_person_quoted(text: str) -> None:
    assert one(text).speaker == "Paul Reyes"


@pytest.mark.parametrize("text", ["“Not this time,” was the reply from Paul Reyes.",
                                  "“Not this time,” came the answer from Paul Reyes."])
def test_the_reply_from_a_person(text: str) -> None:
    q = one(text)
    assert q.kind == "direct" and q.speaker == "Paul Reyes"


def test_a_one_word_answer_after_said_colon_is_speech() -> None:
    q = one("Asked whether he would run again, Paul Reyes said: “No.”")
    assert q.kind == "direct" and q.speaker == "Paul Reyes"


@pytest.mark.parametrize("text", [
    "Paul Reyes won the final in straight sets. “I played well today,” the 24-year-old said.",
    "Ana Pires, 31, lost. Paul Reyes, 24, won. “I played well today,” said the 24-year-old.",
    "Paul Reyes won the final. “I played well today,” the left-hander said.",
    "Paul Reyes won the final. “I played well today,” the Lima native said.",
    "Paul Reyes won the final. “I played well today,” the Briton said.",
])
def test_a_person_described_by_age_hand_or_origin_is_the_one_just_named(text: str) -> None:
    assert one(text).speaker == "Paul Reyes"


@pytest.mark.parametrize("text,speaker", [
    ("Mark Ellis leads the team. “This is remarkable,” his wife said.", None),
    ("“This is a remarkable discovery,” said Dr. Mark Ellis.", "Mark Ellis"),
    ("Prosecutor Ana Pires spoke after the verdict. “Justice was done,” she said.",
     "Ana Pires"),
])
def test_unnamed_relatives_abbreviated_and_role_titles(text: str, speaker: str | None) -> None:
    q = one(text)
    assert q.kind == "direct" and q.speaker == speaker


def test_a_title_standing_alone_is_the_person_so_titled() -> None:
    text = ("Secretary Paul Reyes spoke in Lima.\n\nMR ELLIS: Well, as the Secretary said "
            "yesterday, “We stand with our friends.”")
    assert one(text).speaker == "Paul Reyes"


def test_in_the_words_of() -> None:
    q = one("In the words of Paul Reyes, “We stand with our friends.”")
    assert q.kind == "direct" and q.speaker == "Paul Reyes"


def test_a_statement_in_a_parenthesis_is_no_subject() -> None:
    assert one("Paul Reyes, in a statement, said “we stand with our friends.”").speaker == \
        "Paul Reyes"


def test_i_in_a_transcript_turn_is_the_turns_speaker() -> None:
    text = ("Paul Reyes met the press.\n\nQUESTION: Do you stand with them?\n\nMR REYES: Yes. "
            "As I said, “We stand with our friends.”")
    assert one(text).speaker == "Paul Reyes"


def test_a_which_clause_says_blog_only_when_it_speaks_of_posts() -> None:
    text = ("Bloggers cheered the team. “We have never seen a night like it,” said Karibe "
            "Static Radio, which gave its whole show to the match.")
    assert one(text).speaker == "Karibe Static Radio"


def test_a_title_case_title_after_a_colon_is_no_sentence() -> None:
    assert one("His new book: “The Boys From Little Mexico And Other Stories”").kind == "scare"


def test_a_quote_after_a_sentence_about_a_person_in_the_same_paragraph() -> None:
    q = one("Mayor Paul Reyes was confident. “We will finish the bridge by June.”")
    assert q.kind == "direct" and q.speaker == "Paul Reyes"
    q = one("Mayor Paul Reyes was confident.\n\n“We will finish the bridge by June.”")
    assert q.speaker is None  # a paragraph of its own: a pull quote, nobody named


@pytest.mark.parametrize("text", [
    "Paul Reyes, speaking in Lima, said the bridge was “almost done.”",
    "Paul Reyes of Peru said the bridge was “almost done.”",
])
def test_a_place_after_a_preposition_is_no_subject(text: str) -> None:
    assert one(text).speaker == "Paul Reyes"


def test_thanked_reports_words() -> None:
    q = one("Paul Reyes thanked Mark Ellis for his “tireless work on the bridge.”")
    assert q.kind == "mixed" and q.speaker == "Paul Reyes"


def test_a_description_before_a_name_in_apposition_stands_for_it() -> None:
    text = ("“We must act,” Diego Ramos warned.\n\nEcuador's environment minister, Jorge Vega, "
            "told reporters the report would be studied. “We take these findings "
            "seriously,” the minister said.")
    assert speech(text)[-1].speaker == "Jorge Vega"


def test_a_description_in_commas_after_a_name_leaves_the_name_the_subject() -> None:
    q = one("Anna Pauls, a writer and critic, wrote on her blog that the campaign had been "
            "“the dirtiest in memory.”")
    assert q.kind == "mixed" and q.speaker == "Anna Pauls"


def test_a_cue_right_after_the_quote_with_an_unnamed_subject_names_nobody() -> None:
    text = "Paul Reyes spoke. “The bridge will open in June,” local media reported."
    assert one(text).speaker is None  # not the person of the sentence before
