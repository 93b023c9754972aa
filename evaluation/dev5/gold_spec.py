"""Collection 5's quotes and PERSON mentions, by reading (dev5_a, one pass). Offsets are
computed by collection_builder.py with string search on the exact page text and checked there.
PERSON: every occurrence (word-bounded, longest surface first) of each surface form listed
for a page is a mention of the entity given. Quotes: (doc, start of the words inside the
opening mark, kind, speaker entity, speaker span text, cue text, reason if no entity,
uncertain, note, end text, group; an opening that is not unique alone is given as (the text
before its mark, opening)); the span runs to the closing mark (or, where the page has
none or the mark is ambiguous, to the end of the given end text); quotes sharing a group
number are one split quotation."""
U = True
NO = None
F = False
PULL = 'no speaker named on the page (pull quote)'
P = {  # doc: [(surface, entity_id, uncertain, note)]
 'ev-7c7df41c9b': [('Gloria Macapagal Arroyo', 'per:gloria-macapagal-arroyo', F, NO), ('Arroyo', 'per:gloria-macapagal-arroyo', F, NO),
                   ('Leila de Lima', 'per:leila-de-lima', F, NO), ('De Lima', 'per:leila-de-lima', F, NO),
                   ('Benigno Aquino', 'per:benigno-aquino', F, NO), ('Aquino', 'per:benigno-aquino', F, NO),
                   ('Joseph Estrada', 'per:joseph-estrada', F, NO)],
 'ev-0c302bf835': [('Nora Younis', 'per:nora-younis', F, NO), ('Nora', 'per:nora-younis', F, NO),
                   ('Amr Gharbeia', 'per:amr-gharbeia', F, NO)],
 'ev-64230de890': [('Nora Younis', 'per:nora-younis', F, NO), ('Nora', 'per:nora-younis', F, NO),
                   ('Amr Gharbeia', 'per:amr-gharbeia', F, NO)],
 'ev-5071650b64': [('William', 'per:prince-william', F, "'Prince William': the title is not part of the name (rule 8)"),
                   ('Catherine Middleton', 'per:catherine-middleton', F, NO),
                   ('Maryanne Stroud Gabbani', 'per:maryanne-stroud-gabbani', F, NO),
                   ('Saddam Hussein', 'per:saddam-hussein', F, NO), ('Saddam', 'per:saddam-hussein', F, NO),
                   ('Mikhail', 'per:mikhail-saddam-double', U, "Saddam's alleged double, named by one name only"),
                   ('A.', 'per:dr-a', U, "a blogger's pen name ('Egyptian Dr. A. blogs'); an initial standing for a person"),
                   ('Gigi Ibrahim', 'per:gigi-ibrahim', F, NO), ('Gigi', 'per:gigi-ibrahim', F, NO)],
 'ev-85e0231baa': [('Muhammad Morsi', 'per:muhammad-morsi', F, NO), ('Morsi', 'per:muhammad-morsi', F, NO),
                   ('Muhammed', 'per:muhammad-morsi', F, "the tweet's signature 'Muhammed #Morsi' (spelled so on the page)")],
 'ev-483d07f563': [],
 'ev-bbec3cc1b0': [],
 'ev-82d6eab5f6': [('Pablo Escobar', 'per:pablo-escobar', F, NO), ('Jesús Espicasa', 'per:jesus-espicasa', F, NO),
                   ('Luis Carlos Diaz', 'per:luis-carlos-diaz', F, NO), ('Luis Carlos', 'per:luis-carlos-diaz', F, NO),
                   ('Naky Soto', 'per:naky-soto', F, NO), ('Naky', 'per:naky-soto', F, NO),
                   ('Marielle Franco', 'per:marielle-franco', F, NO), ('Marielle', 'per:marielle-franco', F, NO),
                   ('Lilia Moritz Schwarcz', 'per:lilia-moritz-schwarcz', F, NO), ('Moritz Schwarcz', 'per:lilia-moritz-schwarcz', F, NO)],
 'ev-3bbeeabe34': [('Yolanda Lόpez', 'per:yolanda-lopez', F, "spelled with a Greek omicron with tonos (U+03CC), as on the page"),
                   ('Lόpez', 'per:yolanda-lopez', F, "spelled with a Greek omicron with tonos (U+03CC), as on the page")],
 'ev-1291f986be': [('Steve Wilson', 'per:steve-wilson', F, NO), ('Wilson', 'per:steve-wilson', F, "'Mr. Wilson'"),
                   ('Martin Maldonado-Cortez', 'per:martin-maldonado-cortez', F, NO), ('Martin', 'per:martin-maldonado-cortez', F, NO)],
 'ev-22abc099ca': [('Steve Wilson', 'per:steve-wilson', F, NO), ('Wilson', 'per:steve-wilson', F, "'Mr. Wilson'"),
                   ('Martin Maldonado-Cortez', 'per:martin-maldonado-cortez', F, NO),
                   ("Miguel 'Angel' Arellano", 'per:miguel-angel-arellano', F, "the name as written, nickname in straight single marks inside it")],
 'ev-a1ce1fdd61': [('Steve Ember', 'per:steve-ember', F, NO), ('Joey Cheek', 'per:joey-cheek', F, NO)],
 'ev-59a164c1e8': [('Sonny Young', 'per:sonny-young', F, NO), ('Sonny', 'per:sonny-young', F, NO)],
 'ev-bbcb66cd55': [('Hugo Chavez', 'per:hugo-chavez', F, NO), ('Chavez', 'per:hugo-chavez', F, NO),
                   ('Michael Bowman', 'per:michael-bowman', F, NO),
                   ('Ana Cristina Garanton', 'per:ana-cristina-garanton', F, NO), ('Garanton', 'per:ana-cristina-garanton', F, NO)],
 'ev-efceb45e61': [('Dan Robinson', 'per:dan-robinson', F, NO), ('Jonathan Evans', 'per:jonathan-evans', F, NO),
                   ('Bush', 'per:george-w-bush', U, "'the Bush administration' (2007): the name stands for the president's administration")],
 'ev-6a9a949fd8': [('Carolyn Presutti', 'per:carolyn-presutti', F, NO),
                   ('CAROLYN PRESUTTI', 'per:carolyn-presutti', F, 'transcript speaker label (rule 1)'),
                   ('Greg Flakus', 'per:greg-flakus', F, NO), ('GREG FLAKUS', 'per:greg-flakus', F, 'transcript speaker label (rule 1)'),
                   ('Agnieska Kosowicz', 'per:agnieska-kosowicz', F, NO),
                   ('Linga Karolewska', 'per:linga-karolewska', F, NO),
                   ('LINGA KAROLEWSKA', 'per:linga-karolewska', F, 'transcript speaker label (rule 1)')],
 'ev-03c7bfc8a6': [('Noor Hossain', 'per:noor-hossain', F, 'photo credit (rule 7)'), ('Kasim Kashgar', 'per:kasim-kashgar', F, NO),
                   ('Karolina Billing', 'per:karolina-billing', F, NO), ('Billing', 'per:karolina-billing', F, NO)],
 'ev-57a77816f6': [('Brian McNeil', 'per:brian-mcneil', F, "the Wikinews user's signature")],
 'ev-bfba156bf0': [('Ibrahim Mohammed', 'per:ibrahim-mohammed', F, NO), ('Mohammed', 'per:ibrahim-mohammed', F, NO),
                   ('Hannah', 'per:hannah-mohammed', F, "Ibrahim Mohammed's wife, named by her first name only"),
                   ('Chinedu Asadu', 'per:chinedu-asadu', F, 'photo credit (rule 7)'), ('Samuel Ortom', 'per:samuel-ortom', F, NO)],
}
# 'Sonny Side of Sports' is a programme's name (dev4 NOTES: names inside names are not PERSON)
NOT_NAMES = {'ev-59a164c1e8': ['Sonny Side of Sports']}
NAMES = {'per:prince-william': 'Prince William', 'per:mikhail-saddam-double': 'Mikhail', 'per:dr-a': 'Dr. A.',
         'per:muhammad-morsi': 'Muhammad Morsi', 'per:hannah-mohammed': 'Hannah', 'per:yolanda-lopez': 'Yolanda López'}
EGYPT_Q = ('I was summoned', 'direct', 'per:amr-gharbeia', 'Amr Gharbeia', NO, NO, F,
           'the colon introduces the alert; closed with an opening mark (“), so the span ends at the last word', 'interrogator office')
Q = [
 # (doc, opening, kind, speaker, speaker text, cue, reason, uncertain, note, end text[, group])
 ('ev-0c302bf835', *EGYPT_Q),
 ('ev-64230de890', 'The war on bloggers', 'direct', 'per:nora-younis', 'Nora Younis', 'wrote', NO, F, 'post-posed cue after the closing mark', NO),
 ('ev-64230de890', *EGYPT_Q),
 ('ev-483d07f563', 'Occupy Movement', 'scare', NO, NO, NO, "scare quotes: a movement's name (rule 5)", F, NO, NO),
 ('ev-bbec3cc1b0', 'Nigerian women in Abuja', 'direct', NO, 'Nigerian women say no to violence', NO,
  "a blog post (its linked title before the colon), not a person", U, 'a blockquote introduced by the linked post title and a colon', NO),
 ('ev-82d6eab5f6', 'As students, colleagues', 'direct', NO, NO, NO, PULL, F, NO, NO),
 ('ev-82d6eab5f6', 'I think the racial issue', 'direct', NO, NO, NO, PULL, F, NO, NO),
 ('ev-82d6eab5f6', "This 'hero' forced", 'direct', NO, NO, NO, PULL, F, NO, NO),
 ('ev-82d6eab5f6', "hero' forced", 'scare', NO, NO, NO, 'scare quotes inside a pull quote (straight single marks)', F, NO, 'hero'),
 ('ev-82d6eab5f6', 'trafficking poems', 'scare', NO, NO, NO, "scare quotes: the charge's wording in a headline", U, 'could be read as mixed (the fine notice)', NO),
 ('ev-82d6eab5f6', 'Representation is not', 'direct', NO, 'scriptwriter', 'says', 'unnamed speaker (a description: the scriptwriter of the comic)', F, NO, NO),
 ('ev-82d6eab5f6', 'It is my existence', 'direct', NO, 'scriptwriter', NO,
  "unnamed speaker: the scriptwriter the headline above describes (pull quote)", U, 'the pull quote continues the headline\'s quoted speaker', NO),
 ('ev-82d6eab5f6', 'quasi-deserts', 'scare', NO, NO, NO, 'scare quotes: a coined term in a headline', F, NO, NO),
 ('ev-82d6eab5f6', 'Who ordered the killing', 'direct', 'gpe:brazil', 'Brazil', 'asks', NO, U, 'a country as the asker (collective speaker)', NO),
 ('ev-82d6eab5f6', "Who ordered the president's", 'direct', NO, NO, NO, PULL, F, NO, NO),
 ('ev-82d6eab5f6', 'Racism is the shackles', 'direct', 'per:lilia-moritz-schwarcz', 'Lilia Moritz Schwarcz', 'says', NO, F, 'post-posed cue', NO),
 ('ev-3bbeeabe34', 'We ask the Taliban', 'direct', 'per:yolanda-lopez', 'Yolanda Lόpez', 'said', NO, F, 'post-posed cue, title before the name', NO),
 ('ev-3bbeeabe34', 'The content restrictions', 'direct', 'per:yolanda-lopez', 'Lόpez', 'said', NO, F, 'speaker by surname only', NO),
 ('ev-3bbeeabe34', 'while we are disappointed', 'mixed', 'per:yolanda-lopez', 'Lόpez', 'adding', NO, F, "after 'adding that'", NO),
 ('ev-1291f986be', 'The Boys from Little Mexico', 'scare', NO, NO, NO, "scare quotes: a book's title (rule 5)", F, NO, NO),
 ('ev-1291f986be', 'Little Mexico."', 'scare', NO, NO, NO, "scare quotes: the town's nickname", F, NO, 'Little Mexico.'),
 ('ev-22abc099ca', 'The Boys from Little Mexico', 'scare', NO, NO, NO, "scare quotes: a book's title (rule 5)", F, NO, NO),
 ('ev-22abc099ca', "Angel' Arellano, two players in the book, 'The Boys From Little Mexico.'\nSteve", 'scare', NO, NO, NO,
  'scare quotes: a nickname inside the name (straight single marks)', F, 'caption, first copy', 'Angel'),
 ('ev-22abc099ca', "Angel' Arellano, two players in the book, 'The Boys From Little Mexico.'\n\nMigrant", 'scare', NO, NO, NO,
  'scare quotes: a nickname inside the name (straight single marks)', F, 'caption, second copy', 'Angel'),
 ('ev-22abc099ca', "The Boys From Little Mexico.'\nSteve", 'scare', NO, NO, NO, "scare quotes: a book's title (rule 5)", F, 'caption, first copy', 'Mexico.'),
 ('ev-22abc099ca', "The Boys From Little Mexico.'\n\nMigrant", 'scare', NO, NO, NO, "scare quotes: a book's title (rule 5)", F, 'caption, second copy', 'Mexico.'),
 ('ev-22abc099ca', 'Little Mexico."', 'scare', NO, NO, NO, "scare quotes: the town's nickname", F, NO, 'Little Mexico.'),
 ('ev-bbcb66cd55', 'We are fighting', 'direct', 'per:ana-cristina-garanton', 'She', 'says', NO, F,
  "pronoun speaker a sentence after the name; no space between the comma and the mark", NO),
 ('ev-bbcb66cd55', ('She says, "', 'We'), 'direct', 'per:ana-cristina-garanton', 'She', 'says', NO, F, 'truncated', 'We'),
 ('ev-efceb45e61', "Let's never forget", 'direct', 'per:jonathan-evans', 'Jonathan Evans', 'said', NO, F, 'split quotation, first part', NO, 1),
 ('ev-efceb45e61', 'In promoting these values', 'direct', 'per:jonathan-evans', 'Jonathan Evans', 'said', NO, F, 'split quotation, second part', NO, 1),
 ('ev-03c7bfc8a6', 'From Fear to Freedom', 'scare', NO, NO, NO, "scare quotes: a documentary's title (rule 5)", F, NO, NO),
 ('ev-57a77816f6', 'what looked like a body', 'scare', NO, NO, NO, "scare quotes: words a hypothetical witness would use", U,
  'could be read as mixed (reported words of an imagined witness)', NO),
 ('ev-bfba156bf0', 'the food basket of Nigeria', 'scare', NO, NO, NO, "scare quotes: the area's nickname", F, NO, NO),
 ('ev-bfba156bf0', 'Sometimes we manage', 'direct', 'per:ibrahim-mohammed', 'he', 'said', NO, F, 'pronoun speaker after the quote; the name is sentences before', NO),
 ('ev-bfba156bf0', 'We are heading', 'direct', 'per:samuel-ortom', 'He', 'said', NO, F, "pronoun speaker before the colon ('He said:')", NO),
]
# ---- for evaluation/collection_builder.py
BY = 'dev5_a'
# hosts that are the outlet's own site (the page is the original publication)
OWN_HOSTS = {'globalvoices.org', 'insidevoa.com', 'learningenglish.voanews.com', 'www.voanews.com', 'en.m.wikinews.org'}
DOC_NOTES = {
 'ev-0c302bf835': "Global Voices' own print view of the post ev-64230de890 (same post; this view has link numbers and no quotation marks around the blogger's words).",
 'ev-64230de890': "Published by Global Voices on its own site (globalvoices.org), with a reader's comment below the post.",
 'ev-57a77816f6': "A reader's reply on a Wikinews comments page (en.m.wikinews.org), signed by the Wikinews user Brian McNeil.",
}
