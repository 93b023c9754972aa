"""Collection 19 (dev): the gold decided by reading (pass dev19_a, an AI session, Anthropic
Claude; one pass, no human review), made before any StoryDrift annotator ran on these pages.
The row formats of P and Q are the ones collection_builder.py reads (person_mentions,
quote_records); offsets come from string search on the exact page text and are checked there."""

# the outlets' own sites: a page there is the original, any other host a copy
OWN_HOSTS = {'www.publicaffairs.noaa.gov', 'www.army.mil', 'www.dvidshub.net'}
BY = 'dev19_a'
DOC_NOTES = {
    'ev-07eca4e569': "The page is a forum post on alipac.us reproducing the FBI National Press Office's weekly "
                     "release 'FBI's Top Ten News Stories for the Week Ending April 16, 2010' (an FBI work, "
                     "public domain); the forum is not the FBI.",
}
U = True
NO = None
F = False
CUT = 'the page ends inside an open quotation, no cue yet: the span runs to the last character (rule 2)'

P = {  # doc: [(surface, entity_id, uncertain, note)]
 # NOAA release, March 2001
 'ev-dfb4635fea': [('Susan Weaver', 'per:susan-weaver-noaa', F, "the release's contact line"),
                   ('Scott Gudes', 'per:scott-gudes', F, "'NOAA Acting Administrator Scott Gudes' (office out)"),
                   ('Gudes', 'per:scott-gudes', F, 'the surname alone, four times'),
                   ('Bush', 'per:george-w-bush', F, "'the Bush administration' (the administration he leads: a mention, as earlier collections'); George W. Bush by the page's own date (January 20, 2001)")],
 # army.mil: brigade competition at COB Speicher
 'ev-3f787dc430': [('David Armour', 'per:david-armour', F, "'Sgt. Maj. David Armour' (rank out)"),
                   ('Matthew Girard', 'per:matthew-girard', F, "'Sgt. Matthew Girard' (rank out)"),
                   ('Stephen Herman', 'per:stephen-herman-army', F, "'Pfc. Stephen Herman' (rank out); not the catalogue's VOA reporter Steve Herman")],
 # DVIDS: First Army Best Warrior 2012
 'ev-5811d13bd9': [('Wilbert Engram', 'per:wilbert-engram', F, "'Command Sgt. Maj., Wilbert Engram of Warner Robins, Ga.' (rank and the stray comma out)"),
                   ('Engram', 'per:wilbert-engram', F, "'said Engram.'"),
                   ('Julie Dao', 'per:julie-dao', F, "'Spc. Julie Dao' (rank out)"),
                   ('Dao', 'per:julie-dao', F, "'Dao had not expected ...'")],
 # DVIDS print view: Third Army NCO and Soldier of the Year
 'ev-9d2ef2532b': [('Regina Machine', 'per:regina-machine', F, "the byline ('Story by Staff Sgt. Regina Machine', rank out)"),
                   ('Moises Delatorre', 'per:moises-delatorre', F, "'Phoenix native Spc. Moises Delatorre' (hometown and rank out)"),
                   ('Dale Adams', 'per:dale-adams', F, "'Spc. Dale Adams' (rank out)"),
                   ('Adams', 'per:dale-adams', F, "'Adams, recognized as the 2011 Soldier of the Year'"),
                   ('Jared Lee Martin', 'per:jared-lee-martin', F, "'Sgt. Jared Lee Martin' (rank out)")],
 # AGENPARL's copy of an EPA Region 6 release
 'ev-63075eb00d': [('Trump', 'per:donald-trump', F, "'Trump Administration' in the headline and 'the Trump administration' twice (the administration he leads: a mention)"),
                   ('Lee Zeldin', 'per:lee-zeldin', F, "'(EPA) Administrator Lee Zeldin' (office out)"),
                   ('Zeldin', 'per:lee-zeldin', F, "'Administrator Zeldin', inside Stitt's statement"),
                   ('Kevin Stitt', 'per:kevin-stitt', F, "'Oklahoma Governor Kevin Stitt:' (office out), the speaker label of his statement"),
                   ('Biden', 'per:joe-biden', F, "'the Biden administration', inside Stitt's statement (a mention, as 'the Trump administration')"),
                   ('Christi Craddick', 'per:christi-craddick', F, "'Railroad Commission of Texas Chairwoman Christi Craddick:' (office out)"),
                   ('Mason', 'per:mason-epa-region6-2025', U, "'[Region 6] Administrator Mason' inside Craddick's statement: the surname only; the page never gives the first name")],
 # Vote Smart's copy of a USDA media conference
 'ev-5d270419c7': [('Vilsack', 'per:tom-vilsack', F, "'Agriculture Secretary Vilsack' (headline), 'Secretary Vilsack.' and the turn label 'Secretary Vilsack:' (title out)"),
                   ('Tom Vilsack', 'per:tom-vilsack', F, "'Agriculture Secretary Tom Vilsack' (office out)"),
                   ('Susan', 'per:susan-usda-moderator', F, "the moderator, by first name only: the turn label 'Susan:' and the address 'Susan, thanks very much'")],
 # an FBI weekly round-up posted on a forum
 'ev-07eca4e569': [('Thomas A. Drake', 'per:thomas-a-drake', F, NO),
                   ('Robert M. Mardirosian', 'per:robert-mardirosian', F, NO),
                   ('Mardirosian', 'per:robert-mardirosian', F, "'left the paintings with Mardirosian'"),
                   ('David Colvin', 'per:david-colvin', F, "'The alleged thief, David Colvin'"),
                   ('Colvin', 'per:david-colvin', F, "'Colvin was murdered'"),
                   ('Trevor Gilson Cook', 'per:trevor-gilson-cook', F, NO),
                   ('Cook', 'per:trevor-gilson-cook', F, "'Cook admitted'"),
                   ('Maurice Phillips', 'per:maurice-phillips', F, NO),
                   ('Phillips', 'per:maurice-phillips', F, "'whether Phillips should be sentenced' (the 'Phillips Cocaine Organization' is not a mention of him)")],
 # a podcast directory's page for a VOA feed: WHO experts on boosters
 'ev-69f81c60de': [('Alejandro Cravioto', 'per:alejandro-cravioto', F, "'SAGE chairman Alejandro Cravioto' (office out)"),
                   ('Cravioto', 'per:alejandro-cravioto', F, "'Cravioto said.' and the page's last words 'Cravioto, howe' (cut)")],
 # a feed aggregator's VOA items, 9 January 2024
 'ev-2f504eed50': [('Lloyd Austin', 'per:lloyd-austin', F, "'Secretary of Defense Lloyd Austin’s' and 'U.S. Defense Secretary Lloyd Austin’s' (office and possessive out)"),
                   ('Austin', 'per:lloyd-austin', F, "'Defense Secretary Austin' in the headline, 'Austin was treated'"),
                   ('Carla Babb', 'per:carla-babb', F, "'VOA Pentagon correspondent Carla Babb'; the catalogue's id"),
                   ('Joe Biden', 'per:joe-biden', F, "'President Joe Biden’s' (title and possessive out)"),
                   ('Biden', 'per:joe-biden', F, "the headline 'Biden Not Signaling ...'"),
                   ('Patsy Widakuswara', 'per:patsy-widakuswara', F, "'White House Bureau Chief Patsy Widakuswara'; the catalogue's id"),
                   ('Aaron Zelin', 'per:aaron-zelin', F, "'Washington Institute for Near East Policy’s Aaron Zelin'")],
}
# Not mentions (names inside the names of things named after their bearers): 'Phillips Cocaine
# Organization' (ev-07eca4e569), 'Walter Reed National Military Medical Center' (ev-2f504eed50),
# 'Fort Hood' (ev-9d2ef2532b); 'Warner Robins' (a town; ev-5811d13bd9).
NOT_NAMES = {'ev-07eca4e569': ('Phillips Cocaine Organization',)}
NAMES = {'per:susan-weaver-noaa': 'Susan Weaver', 'per:stephen-herman-army': 'Stephen Herman',
         'per:mason-epa-region6-2025': 'Mason', 'per:susan-usda-moderator': 'Susan'}
Q = [
 # (doc, opening, kind, speaker, speaker text, cue, reason, uncertain, note, end text[, group])
 ('ev-dfb4635fea', 'The National Weather Service has improved', 'direct', 'per:scott-gudes', ('said ', 'Gudes'), ('percent," ', 'said'), NO, F,
  "post-posed 'said Gudes.' between the two parts; the lede has his point in indirect speech with 'said NOAA Acting Administrator Scott Gudes' and no marks", NO, 1),
 ('ev-dfb4635fea', 'Unless the public gets the warnings', 'direct', 'per:scott-gudes', ('said ', 'Gudes'), ('percent," ', 'said'), NO, F,
  'split quotation, second part (no cue of its own)', NO, 1),
 ('ev-dfb4635fea', 'We have come a long way', 'direct', 'per:scott-gudes', ('way," ', 'he'), ('way," he ', 'reported'), NO, F,
  "pronoun cue 'he reported' between the two parts; 'Gudes described ...' just before", NO, 2),
 ('ev-dfb4635fea', 'but we expect to continue', 'direct', 'per:scott-gudes', ('way," ', 'he'), ('way," he ', 'reported'), NO, F,
  'split quotation, second part, starting in lower case (no cue of its own)', NO, 2),
 ('ev-dfb4635fea', 'With our partners in the media', 'direct', 'per:scott-gudes', NO, NO, NO, U,
  CUT + "; probably Gudes still (his comments are the paragraph before), the page cut before any cue", 'offi'),
 ('ev-3f787dc430', 'We decided to put together', 'direct', 'per:david-armour', 'David Armour', 'said', NO, F,
  "post-posed 'said Sgt. Maj. David Armour, the brigade operations sergeant major.' between the two parts", NO, 1),
 ('ev-3f787dc430', 'These events take away', 'direct', 'per:david-armour', 'David Armour', 'said', NO, F,
  'split quotation, second part (no cue of its own)', NO, 1),
 ('ev-3f787dc430', 'This was a chance not only', 'direct', 'per:matthew-girard', 'Matthew Girard', 'said', NO, F,
  "post-posed 'said Sgt. Matthew Girard, team leader, C Co., ...'", NO),
 ('ev-3f787dc430', 'This event was an opportunity', 'direct', 'per:stephen-herman-army', 'Stephen Herman', 'said', NO, F,
  "post-posed 'said Pfc. Stephen Herman, supply specialist, ...' (the unit cut mid-word by the page's end)", NO),
 ('ev-5811d13bd9', 'I think that the way we put', 'direct', 'per:wilbert-engram', ('said ', 'Engram'), ('competition,” ', 'said'), NO, F,
  "post-posed 'said Engram.'; a bracketed insertion ('[Forces Command]') stays inside the span", NO),
 ('ev-5811d13bd9', 'It was really rough', 'direct', 'per:julie-dao', 'Julie Dao', ('times,” ', 'said'), NO, F,
  "post-posed 'said Spc. Julie Dao of Lake Forest, Calif., the winner ...' between the two parts", NO, 1),
 ('ev-5811d13bd9', 'You just got to keep pushing', 'direct', 'per:julie-dao', 'Julie Dao', ('times,” ', 'said'), NO, F,
  'split quotation, second part (no cue of its own)', NO, 1),
 ('ev-5811d13bd9', 'If it’s something that you just', 'direct', 'per:julie-dao', NO, NO, NO, U,
  CUT + "; probably Dao (the paragraph before is about her, 'she'), the page cut before any cue", 'anything'),
 ('ev-9d2ef2532b', 'The best of the best are here', 'direct', 'per:moises-delatorre', 'Moises Delatorre', 'said', NO, F,
  "post-posed 'said Phoenix native Spc. Moises Delatorre, ...' between the two parts: a hometown and a rank between the verb and the name", NO, 1),
 ('ev-9d2ef2532b', 'The competition decides the best', 'direct', 'per:moises-delatorre', 'Moises Delatorre', 'said', NO, F,
  'split quotation, second part (no cue of its own)', NO, 1),
 ('ev-9d2ef2532b', 'The key to being the Soldier', 'direct', 'per:dale-adams', 'Dale Adams', 'said', NO, F,
  "post-posed 'said Spc. Dale Adams, Headquarters and ...'", NO),
 ('ev-9d2ef2532b', 'I am proud to be here', 'direct', 'per:jared-lee-martin', 'Jared Lee Martin', 'said', NO, F,
  "post-posed 'said Sgt. Jared Lee Martin, 160th Signal Brigade, ..., a Hendersonville, Tenn., native.'", NO),
 ('ev-63075eb00d', 'This decision [to place', 'direct', 'per:kevin-stitt', 'Kevin Stitt', NO, NO, F,
  "a statement introduced by the speaker's office, name and a colon ('Oklahoma Governor Kevin Stitt: “...'), no verb; a bracketed insertion stays inside the span", NO),
 ('ev-63075eb00d', 'In less than 100 days', 'direct', 'per:christi-craddick', 'Christi Craddick', NO, NO, F,
  "a statement introduced by the speaker's office, name and a colon, no verb; '[Region 6]' inside it", NO),
 ('ev-69f81c60de', 'We also include persons', 'direct', 'per:alejandro-cravioto', ('above," ', 'Cravioto'), ('above," Cravioto ', 'said'), NO, F,
  "'Cravioto said.' between the two parts; the sentences before give his points in indirect speech ('Alejandro Cravioto said the group ...', 'He said SAGE ...')", NO, 1),
 ('ev-69f81c60de', 'And that includes the children', 'direct', 'per:alejandro-cravioto', ('above," ', 'Cravioto'), ('above," Cravioto ', 'said'), NO, F,
  'split quotation, second part (no cue of its own), opened with a straight double mark and closed with a curly one', 'health workers.', 1),
]
