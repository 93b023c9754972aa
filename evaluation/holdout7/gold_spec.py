"""Collection 7's quotes and PERSON mentions (held out), by reading (holdout7_a, one pass),
made before any StoryDrift annotator ran on these pages. The row formats of P and Q are the
ones collection_builder.py reads (see person_mentions, quote_records); offsets come from
string search on the exact page text and are checked there."""
U = True
NO = None
F = False
PULL = 'no speaker named on the page (pull quote)'
BY = 'holdout7_a'
P = {  # doc: [(surface, entity_id, uncertain, note)]
 'ev-a78eb8edf5': [('Hao Wu', 'per:hao-wu', F, NO), ('Alaa Abd El Fatah', 'per:alaa-abd-el-fattah', F, NO),
                   ('Ronald E. Davis', 'per:ronald-e-davis', F, "a commenter's name line")],
 'ev-8979147d4c': [('Mark T. Esper', 'per:mark-esper', F, "'Dr. Mark T. Esper', 'Secretary Mark T. Esper'"),
                   ('MARK T. ESPER', 'per:mark-esper', F, "speaker label 'SECRETARY OF DEFENSE DR. MARK T. ESPER:' (rule 1)"),
                   ('Trump', 'per:donald-trump', F, "'President Trump'"), ('Pence', 'per:mike-pence', F, "'Vice President Pence'")],
 'ev-8bedac7c19': [('John', 'per:john', F, "'Thanks for that kind introduction, John': the host; first name only, the entity named as the page gives it (h7-adj-3)"),
                   ('Sam Nunn', 'per:sam-nunn', F, NO), ('Sam', 'per:sam-nunn', F, 'first name only'),
                   ('Zbig', 'per:zbig', F, 'a nickname among the guests; the entity named as the page gives it (h7-adj-3)'),
                   ('Carla', 'per:carla', F, 'first name only, among the guests; the entity named as the page gives it (h7-adj-3)'),
                   ('Dick Lugar', 'per:richard-lugar', F, NO),
                   ('Michele', 'per:michele', F, 'first name only, among the guests; the entity named as the page gives it (h7-adj-3)'),
                   ('Graham', 'per:graham', F, "first name only ('Graham here somewhere?'); the entity named as the page gives it (h7-adj-3)"),
                   ('Trump', 'per:donald-trump', F, "'President-elect Trump'")],
 'ev-2f92601400': [('SteveEmber', 'per:steve-ember', F, "the name glued together where the copy lost a line break ('I’m SteveEmber.')"),
                   ('Faith Lapidus', 'per:faith-lapidus', F, NO)],
 'ev-a87be3a3d7': [('Amy Coney Barrett', 'per:amy-coney-barrett', F, "'Justice Amy Coney Barrett'"),
                   ('Donald Trump', 'per:donald-trump', F, NO), ('Elizabeth Wydra', 'per:elizabeth-wydra', F, NO)],
 'ev-54a01d8d37': [('Biden', 'per:joe-biden', F, "'President Biden', 'Biden-Putin call'"),
                   ('Putin', 'per:vladimir-putin', F, NO), ('Volodymyr Zelensky', 'per:volodymyr-zelensky', F, NO),
                   ('Zelensky', 'per:volodymyr-zelensky', F, NO),
                   ('Angela Stent', 'per:angela-stent', F, NO), ('Daniel Treisman', 'per:daniel-treisman', F, NO),
                   ('Matthew Orr', 'per:matthew-orr', F, NO), ('Melinda Haring', 'per:melinda-haring', F, NO),
                   ('Richard Weitz', 'per:richard-weitz', F, NO), ('Elisabeth Braw', 'per:elisabeth-braw', F, NO),
                   ('Andrea Kalan', 'per:andrea-kalan', F, NO), ('Li Dunhou', 'per:li-dunhou', F, NO),
                   ('Huang Zhihuan', 'per:huang-zhihuan', F, NO), ('Aryana Sayeed', 'per:aryana-sayeed', F, NO),
                   ('Sayeed', 'per:aryana-sayeed', F, NO),
                   ('Anthony Blinken', 'per:antony-blinken', F, "the page spells the first name 'Anthony'"),
                   ('Blinken', 'per:antony-blinken', F, "'Secretary Blinken'")],
 'ev-7d32b7c884': [('Sargsyan', 'per:serzh-sargsyan', F, "surname only (Armenia's leader)"),
                   ('Rafael Marques', 'per:rafael-marques', F, NO), ('Marques', 'per:rafael-marques', F, NO)],
 'ev-4736fba8f3': [('Vladimir Putin', 'per:vladimir-putin', F, NO), ('Putin', 'per:vladimir-putin', F, NO)],
 'ev-9e540f8690': [('Takahiro Kimoto', 'per:takahiro-kimoto', F, "'TEPCO spokesman Takahiro Kimoto'"),
                   ('Kimoto', 'per:takahiro-kimoto', F, NO)],
 'ev-e4a8f00950': [('Brown', 'per:charles-q-brown', U, "'General Brown': the Chairman addressed earlier; surname only"),
                   ('Gary', 'per:gary', F, "first name only: a performer thanked for his performance; the entity named as the page gives it (h7-adj-3)"),
                   ('Charlene', 'per:charlene-austin', F, "'my wife Charlene'"),
                   ('Putin', 'per:vladimir-putin', F, NO)],
 'ev-924ebe7210': [('Lee Satterfield', 'per:lee-satterfield', F, "'Assistant Secretary Lee Satterfield'"),
                   ('Satterfield', 'per:lee-satterfield', F, "'Assistant Secretary Satterfield'"),
                   ('Biden', 'per:joe-biden', F, "'Presidents Biden and Erdogan'"),
                   ('Erdogan', 'per:recep-tayyip-erdogan', F, NO)],
 'ev-f9a1c5735e': [('Vedant Patel', 'per:vedant-patel', F, NO),
                   ('PATEL', 'per:vedant-patel', F, "speaker label 'MR PATEL:' (rule 1)"),
                   ('Matt', 'per:matt-lee', U, "a reporter addressed by first name ('so Matt, would you like to kick us off?'); the AP's Matt Lee by the briefings' custom, not by this page"),
                   ('Zelenskyy', 'per:volodymyr-zelensky', F, "'President Zelenskyy'")],
 'ev-2a7eae1184': [('Bassel Khartabil', 'per:bassel-khartabil', F, NO),
                   ('Lee Mingche', 'per:lee-ming-che', F, 'inside a pull quote'),
                   ('Dandhy', 'per:dandhy', F, "the page gives one name only ('Dandhy posted his comments'); the entity named as the page gives it (h7-adj-3)")],
}
# 'Barrett's seat' follows the sentence number with no space ('13Barrett's'): no word bound
INSIDE = [('ev-a87be3a3d7', '13', 'Barrett', 'per:amy-coney-barrett', F, "glued to the copy's sentence number ('13Barrett's seat')")]
# names inside names are no mentions (as collections 4-6): a campaign's and a map's name, a prize
NOT_NAMES = {'ev-a78eb8edf5': ['Free Alaa'], 'ev-8bedac7c19': ['Nunn Prize']}
NAMES = {'per:alaa-abd-el-fattah': 'Alaa Abd El Fatah', 'per:mark-esper': 'Mark T. Esper', 'per:mike-pence': 'Mike Pence',
         'per:john': 'John', 'per:zbig': 'Zbig', 'per:carla': 'Carla',
         'per:richard-lugar': 'Richard Lugar', 'per:michele': 'Michele', 'per:graham': 'Graham',
         'per:volodymyr-zelensky': 'Volodymyr Zelensky', 'per:serzh-sargsyan': 'Serzh Sargsyan',
         'per:charles-q-brown': 'Charles Q. Brown', 'per:gary': 'Gary', 'per:charlene-austin': 'Charlene Austin',
         'per:lee-ming-che': 'Lee Ming-che', 'per:dandhy': 'Dandhy'}
Q = [
 # (doc, opening, kind, speaker, speaker text, cue, reason, uncertain, note, end text[, group])
 ('ev-a87be3a3d7', 'This particular six-justice', 'direct', 'per:elizabeth-wydra', 'Elizabeth Wydra', 'said', NO, F,
  "inverted post-posed cue ('said Elizabeth Wydra'); the sentence number is glued before the opening mark", NO),
 ('ev-54a01d8d37', 'severe sanctions', 'mixed', 'per:joe-biden', 'Biden', 'warned', NO, F,
  "the president's words inside reported speech ('warned ... there would be \"severe sanctions\"')", NO),
 ('ev-54a01d8d37', 'Nafasam', 'scare', NO, NO, NO, "scare quotes: a song's title (rule 5)", F, NO, NO),
 ('ev-54a01d8d37', 'Voice of Afghanistan', 'scare', NO, NO, NO, "scare quotes: a nickname", F, NO, NO),
 ('ev-7d32b7c884', 'No problem, pal', 'direct', NO, NO, NO, PULL, F,
  "a feed item's teaser that is a quotation; the bracketed insertion stays inside (rule 6)", NO),
 ('ev-4736fba8f3', 'VOA will present', 'direct', NO, 'VOA Charter', NO,
  'the words of the VOA Charter (a law), credited after a dash; no person or organisation linked', U,
  "as collection 2's ev-ad84b84628, the same blog header", NO),
 ('ev-9e540f8690', 'go undercover', 'scare', NO, NO, NO, 'scare quotes: an expression named, not said', F, NO, NO),
 ('ev-9e540f8690', 'Baywatch.', 'scare', NO, NO, NO, "scare quotes: a film's title (rule 5)", F, 'the full stop is inside the marks', NO),
 ('ev-9e540f8690', 'The Little Sunfish', 'scare', NO, NO, NO, 'scare quotes: a nickname (straight single marks)', F,
  'the comma is inside the marks', 'The Little Sunfish,'),
 ('ev-e4a8f00950', 'pacing challenge', 'scare', NO, NO, NO, "scare quotes: a strategy's term for China", U,
  "could be read as mixed (the Department's own wording in its strategy documents); no speaker is cited", NO),
 ('ev-2a7eae1184', 'Inciting Protest', 'scare', NO, NO, NO, "scare quotes: the charge's name in a headline", U,
  "could be read as mixed (the court's wording); curly single marks, comma inside", 'Inciting Protest,'),
 ('ev-2a7eae1184', 'The universities can say', 'direct', NO, NO, NO, PULL, F, NO, NO),
 ('ev-2a7eae1184', 'It is an attempt', 'direct', NO, NO, NO, PULL, F, NO, NO),
 ('ev-2a7eae1184', 'Smearing the Chinese', 'scare', NO, NO, NO, "scare quotes: the confession's charge in a headline", U,
  "could be read as mixed (the words he was made to confess to); curly single marks, comma inside", 'Smearing the Chinese Government,'),
 ('ev-2a7eae1184', '...if you see Lee Mingche', 'direct', NO, NO, NO, PULL, F, 'starts with an ellipsis (rule 6)', NO),
]
# h7-adj-1: the quote's addressee ('warned his Russian counterpart'), as the blind pass read it
ADDRESSEES = {('ev-54a01d8d37', 'severe sanctions'): 'per:vladimir-putin'}
COVERAGE_NOTE = ('quotes and PERSON from pass holdout7_a, checked against the blind pass holdout7_b, '
                 'the differences adjudicated (h7-adj-* in adjudication.jsonl); no other labels')
# hosts that are the outlet's own site (the page is the original publication)
OWN_HOSTS = {'www.globalvoicesonline.org', 'www.defense.gov', 'www.insidevoa.com', 'blogs.voanews.com', 'advox.globalvoices.org'}
DOC_NOTES = {
 'ev-8979147d4c': "The page is a mailing-list archive (aus-city.com) of the Defense Department's transcript; the text is the Department's (public domain).",
 'ev-e4a8f00950': "The page is hosted by avice.org, with no headline, speaker or source named; the text is the Secretary of Defense's farewell remarks (public domain), identified by their content (uncertain).",
}
