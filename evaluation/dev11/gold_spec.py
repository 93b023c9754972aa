"""Collection 11's quotes and PERSON mentions, by reading (dev11_a, one pass). The row formats
of P and Q are the ones collection_builder.py reads (see person_mentions, quote_records);
offsets come from string search on the exact page text and are checked there."""
U = True
NO = None
F = False
CUT = 'the page ends before the attribution'
TEASER = "the teaser is cut ('[…]') before the attribution"
P = {  # doc: [(surface, entity_id, uncertain, note)]
 'ev-0a2f894b4b': [('David Shankbone', 'per:david-shankbone', F, 'a Wikinews reporter'),
                   ('Al Sharpton', 'per:al-sharpton', F, "'Reverend Al Sharpton': the title is out (rule 8)"),
                   ('Sharpton', 'per:al-sharpton', F, NO),
                   ('Frank Moore', 'per:frank-moore', F, "in a Title Case headline run into 'Read More'"),
                   ('Jacinda Ardern', 'per:jacinda-ardern', F, NO),
                   ('Harold Thomas', 'per:harold-thomas', F, "'Luritja man Harold Thomas'"),
                   ('Mat Morgan', 'per:mat-morgan', F, "in a headline after 'Australia:' and before an apposition")],
 'ev-0c126705cc': [('Penny Lucas', 'per:penny-lucas', F, NO),
                   ('Nick Moreau', 'per:nick-moreau', F, "after the possessive 'Wikinews’'")],
 'ev-41e187e9f5': [('Mauricio Pacheco', 'per:mauricio-pacheco', F, NO)],
 'ev-672f085588': [('Bill Nelson', 'per:bill-nelson', F, NO),
                   ('Bill Ingalls', 'per:bill-ingalls', F, "photo credit '(NASA/Bill Ingalls)' (rule 7)"),
                   ('Keegan Barber', 'per:keegan-barber', F, 'photo credit (rule 7)'),
                   ('Tomáš Drucker', 'per:tomas-drucker', F, 'a Slovak name with diacritics after a long title'),
                   ('Pam Melroy', 'per:pam-melroy', F, NO), ('Bob Cabana', 'per:bob-cabana', F, NO),
                   ('Joel Kowsky', 'per:joel-kowsky', F, 'photo credit (rule 7)'),
                   ('Serena Auñón-Chancellor', 'per:serena-aunon-chancellor', F, "'Dr.' out (rule 8)"),
                   ('Aubrey Gemignani', 'per:aubrey-gemignani', F, 'photo credit (rule 7)'),
                   ('Kevin Metrocavage', 'per:kevin-metrocavage', F, NO),
                   ('John Rhys-Davies', 'per:john-rhys-davies', F, NO)],
 'ev-8f3d5c6ef7': [('Mark Aaron', 'per:mark-aaron', F, "'Command Sgt. Maj. Mark Aaron': the rank is out"),
                   ('Jacob Garling', 'per:jacob-garling', F, NO),
                   ('Michael Bills', 'per:michael-bills', F, "'Brig. Gen. Michael Bills'"),
                   ('Skyler Sundown', 'per:skyler-sundown', F, NO)],
 'ev-4d557f620c': [('Tamara Borisenko', 'per:tamara-borisenko', F, NO),
                   ('Salem Solomon', 'per:salem-solomon', F, "possessive 'Salem Solomon’s' (the 's is out)"),
                   ('Angela Quintal', 'per:angela-quintal', F, NO), ('Quintal', 'per:angela-quintal', F, NO)],
 'ev-0e9edc5598': [('Helene Schmidt', 'per:helene-schmidt', F, NO), ('Schmidt', 'per:helene-schmidt', F, NO),
                   ('Vedant Patel', 'per:vedant-patel', F, NO), ('Patel', 'per:vedant-patel', F, NO),
                   ('Eli Rosenbaum', 'per:eli-rosenbaum', F, "a name after a long descriptive title ('team lead for investigations of ... invasion')"),
                   ('Rosenbaum', 'per:eli-rosenbaum', F, NO),
                   ('Christian Levesque', 'per:christian-levesque', F, NO), ('Levesque', 'per:christian-levesque', F, NO)],
 'ev-a57116e27d': [('MARK T. ESPER', 'per:mark-esper', F, "transcript speaker label, 'SECRETARY OF DEFENSE' out (rule 1)"),
                   ('ESPER', 'per:mark-esper', F, "transcript speaker label 'SEC. ESPER' (rule 1)"),
                   ('Esper', 'per:mark-esper', F, "in the Title Case title ('Secretary Esper')"),
                   ('Jonathan', 'per:jonathan-dod-2019', U, "a first name only ('I've asked Jonathan'); by context the Pentagon's spokesman, not named further on the page"),
                   ('Norquist', 'per:david-norquist', F, "a surname as a modifier ('the Norquist hearing'): David Norquist's confirmation hearing"),
                   ('Mueller', 'per:robert-mueller', F, "a surname as a modifier ('the Mueller hearing')")],
 'ev-6beea79d45': [('Santa', 'per:santa-claus', U, "a fictional character (rule 8) in a headline ('Santa, Elves on Motorcycles')")],
}
# ships named after people ('USS Nimitz', 'visits Truman': USS Harry S. Truman) are not PERSON;
# nor is the building name 'Mary W. Jackson NASA Headquarters building'
NOT_NAMES = {'ev-672f085588': ['Mary W. Jackson NASA Headquarters']}
NAMES = {'per:jonathan-dod-2019': 'Jonathan', 'per:santa-claus': 'Santa Claus', 'per:tomas-drucker': 'Tomáš Drucker',
         'per:david-norquist': 'David Norquist'}
Q = [
 # (doc, opening, kind, speaker, speaker text, cue, reason, uncertain, note, end text[, group])
 ('ev-0a2f894b4b', 'He’s […]', 'direct', NO, NO, NO, TEASER, U,
  "an opening mark after 'Opinion was divided.'; the teaser stops before the closing mark and any cue (presumably a family member's words)", '[…]'),
 ('ev-0a2f894b4b', 'This […]', 'direct', 'per:jacinda-ardern', 'Jacinda Ardern', 'said', NO, F,
  'the quotation is cut by the teaser after one word; no closing mark', '[…]'),
 ('ev-0a2f894b4b', 'high levels', 'mixed', NO, 'a state government inquiry', 'found',
  'unnamed speaker (a description: a state government inquiry)', U, 'truncated (the page ends inside the quoted fragment)', 'high levels'),
 ('ev-41e187e9f5', 'Diversity Within the Unknown', 'scare', NO, NO, NO, "scare quotes: a blog's name, translated, in a headline (rule 5)", F, NO, NO),
 ('ev-8f3d5c6ef7', 'This NCO induction ceremony', 'direct', 'per:mark-aaron', 'Mark Aaron', 'said', NO, F,
  'post-posed cue with a rank and a unit after the name', NO),
 ('ev-8f3d5c6ef7', 'it is the rite of passage', 'direct', 'per:jacob-garling', 'Jacob Garling', 'said', NO, F,
  "the quotation starts in lower case after 'said,'; the speaker's unit in appositions between name and cue", NO),
 ('ev-8f3d5c6ef7', 'Leading Soldiers is the most', 'direct', 'per:michael-bills', 'the general', 'said', NO, F,
  "a description speaker ('said the general') resolving to Brig. Gen. Michael Bills in the paragraph before", NO),
 ('ev-8f3d5c6ef7', 'The induction ceremony is a reminder', 'direct', 'per:skyler-sundown', 'Skyler Sundown', 'said', NO, F,
  'post-posed cue with rank and unit', NO),
 ('ev-8f3d5c6ef7', 'I will discharge ca', 'direct', NO, NO, 'was sworn', 'unnamed speakers (the inductees, in a passive: the oath was sworn)', U,
  'truncated; the words of the NCO oath, introduced by a colon', 'I will discharge ca'),
 ('ev-0e9edc5598', 'Agasaro Kaburaga.', 'scare', NO, NO, NO, "scare quotes: a programme's name (rule 5)", F, 'the full stop is inside the marks', NO),
 ('ev-0e9edc5598', 'I have shed all the tears', 'direct', 'per:helene-schmidt', 'Schmidt', 'told VOA', NO, F, 'split quotation, first part', NO, 1),
 ('ev-0e9edc5598', 'I have spent 50 years', 'direct', 'per:helene-schmidt', 'Schmidt', 'told VOA', NO, F, 'split quotation, second part', NO, 1),
 ('ev-6beea79d45', 'Operation Bright Light', 'scare', NO, NO, NO, "scare quotes: an operation's name in straight single marks, in a headline (rule 5)", F, NO, 'Operation Bright Light'),
]
# ---- for evaluation/collection_builder.py
BY = 'dev11_a'
# hosts that are the outlet's own site (the page is the original publication)
OWN_HOSTS = {'www.army.mil', 'globalvoices.org', 'www.insidevoa.com', 'www.defense.gov'}
DOC_NOTES = {}
