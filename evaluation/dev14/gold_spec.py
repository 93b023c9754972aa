"""Collection 14's document labels, quotes and PERSON mentions, by reading (dev14_a, one pass,
an AI session, Anthropic Claude). The row formats of P and Q are the ones
collection_builder.py reads (see person_mentions, quote_records); offsets come from string
search on the exact page text and are checked there."""
U = True
NO = None
F = False
CUT = 'the page ends before the attribution'
PULL = 'no speaker named on the page (pull quote)'

# the outlets' own sites: a page there is the original, any other host a copy
OWN_HOSTS = {'www.voanews.com', 'www.insidevoa.com', 'learningenglish.voanews.com', '2009-2017.state.gov',
             'www.fbi.gov', 'globalvoices.org'}
BY = 'dev14_a'
DOC_NOTES = {
    'ev-6c31fa9759': "The page is hosted by bbs.cortex-media.info (a web view of a gopher feed mirror) but the "
                     "text is Voice of America's: its transcript of Scott Stearns' interview with Secretary of "
                     "State John Kerry (New Delhi, 24 June 2013), in a wording that differs from voanews.com's "
                     "transcript page (the feed's version, it seems); one of three versions of the story in "
                     "this collection.",
    'ev-d6c7102349': "The page is hosted by ro.scribd.com (a document site's publication listing) but the "
                     "headlines and teasers are Global Voices' own (CC BY 3.0), stories of December 2019; the "
                     "reading-time labels in Romanian are the host's.",
}
P = {  # doc: [(surface, entity_id, uncertain, note)]
 # Kerry interview, version 1: a gopher mirror's run-on transcript
 'ev-6c31fa9759': [('John Kerry', 'per:john-kerry', F, 'in the title'),
                   ('JOHN KERRY', 'per:john-kerry', F, "inline speaker label 'SECRETARY OF STATE JOHN KERRY:' (rule 1)"),
                   ('KERRY', 'per:john-kerry', F, "inline speaker label 'KERRY:' (rule 1)"),
                   ('Scott Stearns', 'per:scott-stearns', F, "the byline run into the title ('... John Kerry by Scott Stearns')"),
                   ('SCOTT STEARNS', 'per:scott-stearns', F, "inline speaker label 'VOA STATE DEPARTMENT CORESPONDENT SCOTT STEARNS:' (rule 1)"),
                   ('STEARNS', 'per:scott-stearns', F, "inline speaker label 'STEARNS:' (rule 1)"),
                   ('Edward Snowden', 'per:edward-snowden', F, NO),
                   ('Snowden', 'per:edward-snowden', F, "'mister Snowden' (lower-case title, out)"),
                   ('Daniel Ellsberg', 'per:daniel-ellsberg', F, NO)],
 # version 2: Inside VOA's report
 'ev-398176f5c3': [('John Kerry', 'per:john-kerry', F, 'also in the photo caption printed twice (rule 7)'),
                   ('Kerry', 'per:john-kerry', F, "also the last word of the page (complete as written; the page is cut after it)"),
                   ('Scott Stearns', 'per:scott-stearns', F, "in the caption twice and after 'VOA’s'"),
                   ('Stearns', 'per:scott-stearns', F, NO),
                   ('Edward Snowden', 'per:edward-snowden', F, NO),
                   ('Snowden', 'per:edward-snowden', F, 'also in the headline')],
 # version 3: VOA's video-report page
 'ev-9dd0dd93d1': [('John Kerry', 'per:john-kerry', F, NO),
                   ('Kerry', 'per:john-kerry', F, "in the headline before a colon (three times: headline, video box title, headline again) and 'said Kerry'"),
                   ('Edward Snowden', 'per:edward-snowden', F, NO),
                   ('Snowden', 'per:edward-snowden', F, "possessive 'Snowden's' in the headlines (one glued to the info icon's 'i': 'Betrayali'); 'Mr. Snowden'"),
                   ('Scott Stearns', 'per:scott-stearns', F, NO),
                   ('Ricardo Patiño', 'per:ricardo-patino', F, "'Foreign Minister Ricardo Patiño' (diacritic)"),
                   ('Patiño', 'per:ricardo-patino', F, "post-posed cue 'said Patiño.'")],
 # VOA interview of Pompeo at the G-20
 'ev-e683157894': [('Mike Pompeo', 'per:mike-pompeo', F, "in the headline three times, the intro and the first answer's label"),
                   ('Pompeo', 'per:mike-pompeo', F, "labels 'Pompeo:' and 'Secretary Pompeo' inside a question"),
                   ('George H.W.', 'per:george-h-w-bush', F, "inside the editor's parentheses of '(George H.W.) Bush' (rule 6: a name inside brackets is a mention); the name is split by its closing parenthesis, so two mentions"),
                   ('Bush', 'per:george-h-w-bush', F, "after the parenthesis '(George H.W.) Bush'; 'the entire Bush family' is no mention (a family, as an earlier collection's 'Brewer family')"),
                   ('Susan', 'per:susan-pompeo', F, "'Susan (Pompeo) and I's sympathy': Pompeo's wife, her surname in the editor's parentheses")],
 # VOA interview of Pompeo on Russia
 'ev-dace14f64d': [('Mike Pompeo', 'per:mike-pompeo', F, NO),
                   ('Pompeo', 'per:mike-pompeo', F, "in the video's title twice, the intro, a question and the labels 'Secretary Pompeo:' / 'Pompeo:'"),
                   ('Vladimir Putin', 'per:vladimir-putin', F, NO),
                   ('Putin', 'per:vladimir-putin', F, "possessive 'Putin's proposal'"),
                   ('Michael McFaul', 'per:michael-mcfaul', F, "'former U.S. Ambassador to Russia Michael McFaul'"),
                   ('Donald Trump', 'per:donald-trump', F, NO)],
 # VOA Burmese Service interview of Albright on a learning site
 'ev-a0dc00d2a9': [('Madeleine Albright', 'per:madeleine-albright', F, NO),
                   ('ALBRIGHT', 'per:madeleine-albright', F, "speaker label 'ALBRIGHT:' (rule 1)"),
                   ('Kyaw Kyaw Thein', 'per:kyaw-kyaw-thein', F, "'Burmese Service Correspondent Kyaw Kyaw Thein', the interviewer (his turns are labelled 'VOA:')"),
                   ('Aung San Suu Kyi', 'per:aung-san-suu-kyi', F, 'three times, inside the quoted turns')],
 # State Department briefing, 8 June 2016
 'ev-daf9105f14': [('Mark C. Toner', 'per:mark-c-toner', F, "the briefer's name line"),
                   ('TONER', 'per:mark-c-toner', F, "speaker label 'MR TONER:' (rule 1; no full stop after MR)"),
                   ('David', 'per:david-reporter-2016-06-08', U, "'I was looking at David': a reporter in the room named by first name only; who he is the page does not say"),
                   ('Kerry', 'per:john-kerry', F, "'Secretary Kerry'"),
                   ('Chaffetz', 'per:jason-chaffetz', F, "'Chairman Chaffetz from the House Committee on Oversight and Government Reform' (Jason Chaffetz, its chairman in 2016; the page gives the surname only)")],
 # a local news site's copy of a State Department briefing, 6 December 2012
 'ev-36c431da79': [('Mark C. Toner', 'per:mark-c-toner', F, "in the site's headline"),
                   ('TONER', 'per:mark-c-toner', F, "speaker label 'MR. TONER:' (rule 1)"),
                   ('Modi', 'per:narendra-modi', F, "index topic 'Visa for Modi' (Narendra Modi, then Gujarat's chief minister; surname only)"),
                   ('Brahimi', 'per:lakhdar-brahimi', F, "index topic and a question (Lakhdar Brahimi, the UN-Arab League envoy for Syria; surname only)"),
                   ('Lavrov', 'per:sergei-lavrov', F, 'in the index and twice in a question'),
                   ('Assad', 'per:bashar-al-assad', F, 'an index topic alone on its line'),
                   ('Khalid', 'per:asadullah-khalid', U, "index topic 'Attack on Khalid': Asadullah Khalid, the Afghan intelligence chief attacked on 6 December 2012, the briefing's day (world knowledge; the page gives the name alone) (d14-adj-6)"),
                   ('Jiarui', 'per:wang-jiarui', U, "index topic 'Jiarui Delegation': the given name of Wang Jiarui, head of the Chinese Communist Party's International Department, who led a delegation to Washington in December 2012 (world knowledge; the surname is not on the page)"),
                   ('John McAfee', 'per:john-mcafee', F, "index topic 'Case of John McAfee'"),
                   ('Goyal', 'per:raghubir-goyal', U, "'Go ahead, Goyal.': a reporter addressed by surname (Raghubir Goyal, a regular at the briefings, from world knowledge)"),
                   ('Matt', 'per:matt-lee', U, "a reporter addressed by first name ('Matt. Back to you.'); the AP's Matt Lee by the briefings' custom, as earlier collections' gold has it")],
 # a news library's copy of a State Department briefing, 29 March 2012
 'ev-a6c2aa9ac2': [('Mark C. Toner', 'per:mark-c-toner', F, NO),
                   ('TONER', 'per:mark-c-toner', F, "speaker label 'MR. TONER:' (rule 1)"),
                   ('Kellenberger', 'per:jakob-kellenberger', F, "index topic 'Secretary's Meeting with ICRC President Kellenberger' (Jakob Kellenberger; surname only)"),
                   ('Kofi Annan', 'per:kofi-annan', F, NO),
                   ('McFaul', 'per:michael-mcfaul', F, "index topic 'Ambassador McFaul's Tweets', twice (possessive)"),
                   ('Grossman', 'per:marc-grossman', F, "index topic 'Ambassador Grossman's Travel' (Marc Grossman, then the special representative for Afghanistan and Pakistan; surname only)"),
                   ('Blake', 'per:robert-o-blake', F, "index topic 'Assistant Secretary Blake Very Engaged ...' (Robert O. Blake, Assistant Secretary for South and Central Asia; surname only, in Title Case)"),
                   ('Matt', 'per:matt-lee', U, "a reporter addressed by first name, twice ('Thanks, Matt.', 'for you yet, Matt.'); the AP's Matt Lee by the briefings' custom")],
 # a university archive's copy of a White House briefing, 10 July 2015
 'ev-fe6b47843a': [('Barack Obama', 'per:barack-obama', F, "the archive's portrait label 'Barack Obama photo' (furniture is annotated like any text, rule 7)"),
                   ('Josh Earnest', 'per:josh-earnest', F, NO),
                   ('EARNEST', 'per:josh-earnest', F, "speaker label 'MR. EARNEST:' (rule 1)"),
                   ('Jim', 'per:jim-kuhnhenn', U, "a reporter addressed by first name, three times, leaving the Associated Press that day (Jim Kuhnhenn, its White House correspondent, from world knowledge; the page gives 'Jim' only)"),
                   ('Archuleta', 'per:katherine-archuleta', F, "'Director Archuleta', twice (Katherine Archuleta, the OPM director who resigned that day; surname only)"),
                   ('Beth Cobert', 'per:beth-cobert', F, NO),
                   ('Cobert', 'per:beth-cobert', F, "'Ms. Cobert'")],
 # a Wikinews mirror's copy of an interview (wheelchair rugby, London 2012)
 'ev-fba68e9022': [('Greg Smith', 'per:greg-smith', F, "in the title, the lede and the answer labels 'Greg Smith:' (once glued to the answer: 'Greg Smith:Look')"),
                   ('Laura Hale', 'per:laura-hale', F, "the interviewer's label, glued between icon file names ('Wikinews waves Left.pngLaura HaleWikinews waves Right.png')"),
                   ('Hawkeye7', 'per:hawkeye7', U, 'a Wikinews user name standing for an interviewer, glued like Laura Hale (rule 8: handles, uncertain)'),
                   ('Duncan Campbell', 'per:duncan-campbell', F, "named inside a question, after a bracketed insertion")],
 # VOA Special English: marathons
 'ev-4a71c837de': [('Steve Ember', 'per:steve-ember', F, "the host naming himself ('I'm Steve Ember.')"),
                   ('Barbara Klein', 'per:barbara-klein', F, "'And I’m Barbara Klein.'"),
                   ('Marilson Gomes dos Santos', 'per:marilson-gomes-dos-santos', F, 'a long Portuguese name with a lower-case particle'),
                   ('Jelena Prokopcuka', 'per:jelena-prokopcuka', F, NO),
                   ('Lance Armstrong', 'per:lance-armstrong', F, "'bicyclist Lance Armstrong'"),
                   ('Armstrong', 'per:lance-armstrong', F, "possessive 'Armstrong’s' and 'Armstrong admitted'")],
 # the FBI's news blog, April 2016
 'ev-3cc8d762ea': [('Andrew Young', 'per:andrew-young', F, "'FBI Special Agent Andrew Young', after the quotation and its cue"),
                   ('Michael C. Ford', 'per:michael-c-ford', F, 'the defendant, in the same sentence as the speaker')],
 # the FBI's news blog, June 2015
 'ev-018a63f010': [('Chrysanthos Nicholas', 'per:chrysanthos-nicholas', F, NO),
                   ('Jamey Lee Matthews', 'per:jamey-lee-matthews', F, "between dashes ('suspect—Jamey Lee Matthews—pleading'); the Hobbs Act is a law named after a person, no mention")],
 # a document site's listing of Global Voices stories
 'ev-d6c7102349': [('Aleksandra Lun', 'per:aleksandra-lun', F, 'in a Title Case headline'),
                   ('Jammeh', 'per:yahya-jammeh', F, "'President Jammeh' inside a quotation (Yahya Jammeh; surname only)"),
                   ('Abubacarr Tambadou', 'per:abubacarr-tambadou', F, "post-posed cue with a long title ('said The Gambia's Justice Minister Abubacarr Tambadou.')")],
 # Global Voices topic archive, April 2015
 'ev-cfdff14ce9': [('Alexander', 'per:lawrence-alexander', U, "possessive 'Alexander's', twice: the surname of Lawrence Alexander, who analysed the bot networks for Global Voices (world knowledge; the page gives 'Alexander' only, which could be read as a first name)"),
                   ('Eduardo Galeano', 'per:eduardo-galeano', F, NO),
                   ('Sabeen Mahmud', 'per:sabeen-mahmud', F, NO),
                   ('Sabeen', 'per:sabeen-mahmud', F, 'first name only, in the teaser under her full name')],
}
# names glued to the words around them (icon file names of the Wikinews interview labels)
GLUED = ('Laura Hale', 'Hawkeye7')
# occurrences inside these strings are no mentions (a family; a name the INSIDE rows place)
NOT_NAMES = {'ev-e683157894': ['Bush family', '(Pompeo)']}
# 'Kerry told Stearns he hoped ...' (d14-adj-1)
ADDRESSEES = {('ev-398176f5c3', 'reasonable with respect to the nuclear program'): 'per:scott-stearns'}
INSIDE = [
 ('ev-e683157894', 'Susan (', 'Pompeo', 'per:susan-pompeo', F, "the editor's insertion '(Pompeo)' after 'Susan' (rule 6): her surname, so linked to her, not to Mike Pompeo"),
]
NAMES = {'per:scott-stearns': 'Scott Stearns', 'per:edward-snowden': 'Edward Snowden',
         'per:daniel-ellsberg': 'Daniel Ellsberg', 'per:ricardo-patino': 'Ricardo Patiño',
         'per:george-h-w-bush': 'George H. W. Bush', 'per:susan-pompeo': 'Susan Pompeo',
         'per:michael-mcfaul': 'Michael McFaul', 'per:madeleine-albright': 'Madeleine Albright',
         'per:kyaw-kyaw-thein': 'Kyaw Kyaw Thein', 'per:aung-san-suu-kyi': 'Aung San Suu Kyi',
         'per:mark-c-toner': 'Mark C. Toner', 'per:david-reporter-2016-06-08': 'David',
         'per:jason-chaffetz': 'Jason Chaffetz', 'per:lakhdar-brahimi': 'Lakhdar Brahimi',
         'per:asadullah-khalid': 'Asadullah Khalid', 'per:wang-jiarui': 'Wang Jiarui', 'per:john-mcafee': 'John McAfee',
         'per:raghubir-goyal': 'Raghubir Goyal', 'per:jakob-kellenberger': 'Jakob Kellenberger',
         'per:kofi-annan': 'Kofi Annan', 'per:marc-grossman': 'Marc Grossman', 'per:robert-o-blake': 'Robert O. Blake',
         'per:jim-kuhnhenn': 'Jim Kuhnhenn', 'per:katherine-archuleta': 'Katherine Archuleta',
         'per:beth-cobert': 'Beth Cobert', 'per:greg-smith': 'Greg Smith',
         'per:marilson-gomes-dos-santos': 'Marilson Gomes dos Santos', 'per:jelena-prokopcuka': 'Jelena Prokopcuka',
         'per:lance-armstrong': 'Lance Armstrong', 'per:andrew-young': 'Andrew Young',
         'per:michael-c-ford': 'Michael C. Ford', 'per:chrysanthos-nicholas': 'Chrysanthos Nicholas',
         'per:jamey-lee-matthews': 'Jamey Lee Matthews', 'per:aleksandra-lun': 'Aleksandra Lun',
         'per:yahya-jammeh': 'Yahya Jammeh', 'per:abubacarr-tambadou': 'Abubacarr Tambadou',
         'per:lawrence-alexander': 'Lawrence Alexander', 'per:eduardo-galeano': 'Eduardo Galeano',
         'per:sabeen-mahmud': 'Sabeen Mahmud'}
ASK = "an unnamed interviewer of VOA's Spanish Service (label 'Question:')"
Q = [
 # (doc, opening, kind, speaker, speaker text, cue, reason, uncertain, note, end text[, group])
 # Kerry interview, version 1 (gopher transcript): a quotation inside the interviewer's question
 ('ev-6c31fa9759', 'that the United States is most egregious villain', 'mixed', NO, 'the Chinese news agency', 'to quote',
  'a news agency, not a person (the Chinese news agency, unnamed on the page)', U,
  "a clause quoted inside Stearns's question after 'to quote the Chinese news agency'; the question mark inside the marks; could be read as direct (d14-adj-3). The other turns are unquoted transcript (rule 1)", NO),
 # version 2 (Inside VOA report)
 ('ev-398176f5c3', 'betrayed his country', 'mixed', 'per:john-kerry', 'John Kerry', 'says', NO, F, "present-tense cue before the speaker's object clause", NO),
 ('ev-398176f5c3', 'He has put individuals at risk,', 'direct', 'per:john-kerry', 'Kerry', 'said', NO, F,
  'the first part of a split quotation, the cue between the parts', 'at risk,', 1),
 ('ev-398176f5c3', '[It] may well be that lives are lost', 'direct', 'per:john-kerry', 'Kerry', 'said', NO, F,
  "the second part, opening with a bracketed insertion (rule 6); the cue between the parts repeated", NO, 1),
 ('ev-398176f5c3', 'reasonable with respect to the nuclear program', 'mixed', 'per:john-kerry', 'Kerry', 'told', NO, F,
  "opens with a straight mark and closes with a curly one ('\"reasonable ... proposals.”'); two sentences, the first run into the reporter's clause ('he hoped Iran will find a way to be')", 'proposals.'),
 ('ev-398176f5c3', 'an attractive magnet for al-Qaida', 'mixed', 'per:john-kerry', 'he', 'said', NO, F,
  "a pronoun speaker inside a relative clause ('which he said had become'); 'he' is the secretary", NO),
 ('ev-398176f5c3', 'will not rest until they have denuclearized.', 'mixed', 'per:john-kerry', 'Kerry', ('On North Korea, Kerry ', 'said'), NO, F,
  "the cue is the 'said' before the fragment, not the next sentence's 'He said' (d14-adj-2)", NO),
 ('ev-398176f5c3', 'the fact is that where they are today', 'direct', 'per:john-kerry', 'He', 'said', NO, U,
  "a lower-case opening after 'He said,': two whole sentences set off by a comma, so direct; mixed on the reading that the lower case runs them into the reporter's sentence", NO),
 # version 3 (VOA video report)
 ('ev-9dd0dd93d1', 'All appropriate countries have been notified', 'direct', 'per:john-kerry', 'Kerry', 'said', NO, F,
  "post-posed cue 'said Kerry.'", NO),
 ('ev-9dd0dd93d1', 'The man who intended to expose acts', 'direct', 'per:ricardo-patino', 'Patiño', 'said', NO, F,
  "post-posed cue 'said Patiño.' (a speaker with a diacritic, named in full a paragraph before)", NO),
 ('ev-9dd0dd93d1', 'He has put individuals at risk. And it may well be', 'direct', 'per:john-kerry', 'Kerry', 'said', NO, F,
  "truncated (the page ends mid-word); a quotation paragraph after the sentence that credits it ('Kerry said Snowden has put counterterrorism at risk.'), rule 3", 'did thi'),
 # Pompeo at the G-20: every turn inside straight double marks after its label (rule 1)
 ('ev-e683157894', 'Secretary Pompeo, thank you very much', 'direct', NO, NO, NO, ASK, F,
  "a label followed by a quotation (rule 1): the label 'Question:' names nobody", NO),
 ('ev-e683157894', "It's great to be with you, thank you", 'direct', 'per:mike-pompeo', 'Mike Pompeo', NO, NO, F,
  "label 'Secretary of State Mike Pompeo:' then the quotation (rule 1): speaker span the label's name, no cue", NO),
 ('ev-e683157894', 'I just want to begin asking you', 'direct', NO, NO, NO, ASK, F, NO, NO),
 ('ev-e683157894', 'So I had a chance to get to know him', 'direct', 'per:mike-pompeo', 'Pompeo', NO, NO, F,
  "label 'Pompeo:' then the quotation; bracketed insertions inside it ('Susan (Pompeo)')", NO),
 ('ev-e683157894', 'Thank you. Now about the G-20.', 'direct', NO, NO, NO, ASK, F, NO, NO),
 ('ev-e683157894', "So it's the case, 20 countries", 'direct', 'per:mike-pompeo', 'Pompeo', NO, NO, F,
  'truncated (the page ends before the closing mark)', 'around each'),
 # Pompeo on Russia: unquoted turns (rule 1); one quotation in the intro
 ('ev-dace14f64d', 'incredible offer.', 'mixed', 'per:donald-trump', 'Donald Trump', 'called', NO, F,
  "words the reporter credits ('called Putin's proposal ... an \"incredible offer.\"'); the other turns are unquoted (rule 1)", NO),
 # Albright: every turn inside curly double marks after its label
 ('ev-a0dc00d2a9', 'Thank you very much Madame Secretary', 'direct', 'per:kyaw-kyaw-thein', 'VOA', NO, NO, U,
  "label 'VOA:' then the quotation (rule 1); the label names the outlet, the intro names the interviewer (Kyaw Kyaw Thein), who is credited; the speaker span is the label as written", NO),
 ('ev-a0dc00d2a9', 'Well, it is a wonderful treat', 'direct', 'per:madeleine-albright', 'ALBRIGHT', NO, NO, F,
  "label 'ALBRIGHT:' then the quotation (rule 1)", NO),
 ('ev-a0dc00d2a9', 'As you’ve said, you’ve met people', 'direct', 'per:kyaw-kyaw-thein', 'VOA', NO, NO, U,
  "as the first 'VOA:' turn; a parenthesised correction inside ('The most (main) question')", NO),
 ('ev-a0dc00d2a9', 'I think that they are very much on the right road', 'direct', 'per:madeleine-albright', 'ALBRIGHT', NO, NO, F,
  'truncated (the page ends mid-word)', 'various gro'),
 # VOA Special English: marathons
 ('ev-4a71c837de', 'the hardest physical thing', 'mixed', 'per:lance-armstrong', 'Armstrong', 'admitted', NO, F,
  "words the reporter credits after 'admitted that the race was'", NO),
 # FBI news blog, April 2016
 ('ev-3cc8d762ea', 'The victim basically was saying', 'direct', 'per:andrew-young', 'Andrew Young', 'said', NO, F,
  "post-posed cue with the speaker's rank and a long relative clause naming the defendant after it", NO),
 # Global Voices stories on a document site
 ('ev-d6c7102349', 'A language is simply a world', 'direct', 'per:aleksandra-lun', 'Aleksandra Lun', NO, NO, U,
  "a pull quote under the headline 'Interview With Aleksandra Lun, ...': her words, presumably (rule 4 would have no speaker, but the headline names the interviewee)", NO),
 ('ev-d6c7102349', 'In The Name Of Humanity', 'mixed', 'per:abubacarr-tambadou', 'Gambian Minister', NO, NO, U,
  "a headline's quoted phrase, the words of the 'Gambian Minister' it names (Tambadou, named in the teaser); could be read as scare", NO),
 ('ev-d6c7102349', '...No one put pressure on President Jammeh', 'direct', 'per:abubacarr-tambadou', 'Abubacarr Tambadou', 'said', NO, F,
  'opens with an ellipsis and holds one (rule 6); post-posed cue with a long title', NO),
 ('ev-d6c7102349', 'I lost 2 brothers during the crisis', 'direct', NO, NO, NO, PULL, F, 'a pull-quote teaser (rule 4)', NO),
 ('ev-d6c7102349', "It's High Time Men Are Taught", 'direct', NO, NO, NO, 'no speaker named (a headline quotation: a campaign\'s slogan, presumably)', U,
  "a headline ending with a quotation in curly single marks (an apostrophe inside in a straight mark); could be read as scare (the campaign's slogan)", NO),
 ('ev-d6c7102349', 'Indians of Late Capitalism', 'scare', NO, NO, NO, "scare quotes: a Facebook page's name (rule 5)", F, "a Facebook page's name in a caption run into the teaser", NO),
 ('ev-d6c7102349', 'tackle the erosion of the nation’s social cohesion', 'mixed', NO, "Ethiopia's new hate speech bill", NO, 'the words of a bill, not a person', U,
  "words of Ethiopia's hate speech bill ('the bill aims to \"...\"'); a document, not a speaker; the speaker span is the description as written, and 'aims' is no reporting cue (d14-adj-5)", NO),
 # Global Voices topic archive, April 2015
 ('ev-cfdff14ce9', 'There Is a Word Missing in the History', 'direct', NO, NO, NO,
  'no speaker named (a headline quotation; the teaser\'s unnamed Argentine journalist, presumably)', U,
  'a headline that is a quotation in curly single marks', NO),
 ('ev-cfdff14ce9', 'corruption as usual,', 'mixed', NO, 'some analysts', 'According to', 'unnamed analysts', U,
  "a phrase inside a clause the sentence credits to its source ('According to some analysts, these protests are different from demonstrations against \"corruption as usual,\"'): the analysts' words; could be read as scare, a set phrase set off (d14-adj-4)", NO),
 ('ev-cfdff14ce9', 'Unsilencing Balochistan', 'scare', NO, NO, NO, "scare quotes: an event's name (rule 5)", F, "an event's name", NO),
]
