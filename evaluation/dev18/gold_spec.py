"""Collection 18 (dev): the gold decided by reading (pass dev18_a, an AI session, Anthropic
Claude; one pass, no human review), made before any StoryDrift annotator ran on these pages.
The row formats of P and Q are the ones collection_builder.py reads (person_mentions,
quote_records); offsets come from string search on the exact page text and are checked there."""

# the outlets' own sites: a page there is the original, any other host a copy
OWN_HOSTS = {'m.state.gov', 'www.dvidshub.net', 'advox.globalvoices.org',
             'www.ellsworth.af.mil', 'airuniversity.af.edu'}
BY = 'dev18_a'
DOC_NOTES = {
    'ev-d8b1ab61d9': "The page is the Internet Archive's Wayback Machine copy (web.archive.org, 17 February 2016) of "
                     "Global Voices' front page (globalvoicesonline.org); the headlines and teasers are Global "
                     "Voices' own (CC BY 3.0).",
    'ev-51377ee91b': "Published on the NCO Journal's blog (ncojournal.dodlive.mil, a Defense Department site); the "
                     "story is Lisa Ferdinando's for DoD News, so the blog's page is a copy of it.",
}
U = True
NO = None
F = False
PULL = 'no speaker named on the page: a pull quote set as a teaser'

P = {  # doc: [(surface, entity_id, uncertain, note)]
 # White House briefing on The American Presidency Project
 'ev-5911a2b7dc': [('Barack Obama', 'per:barack-obama', F, "the site's photo label ('Barack Obama photo'): a name in the page furniture is still a mention"),
                   ('Josh Earnest', 'per:josh-earnest', F, 'in the title'),
                   ('EARNEST', 'per:josh-earnest', F, "the speaker label 'MR. EARNEST:' (title out; as the catalogue's alias)"),
                   ('Alexis', 'per:alexis-wh-reporter-2015-12', F, "a reporter named by first name, twice; who she is the page does not say")],
 # State Department mobile site: Clinton's remarks
 'ev-816544ee58': [('Hillary Rodham Clinton', 'per:hillary-clinton', F, "the speaker line of the head"),
                   ('Capricia', 'per:capricia-marshall', U, "first name, twice ('Thank you so much, Capricia', 'as Capricia just said'); linked to 'Ambassador Marshall' (Capricia Marshall, the Chief of Protocol) by world knowledge: the page does not join the two"),
                   ('Marshall', 'per:capricia-marshall', U, "'Ambassador Marshall' (title out): the series' creator, 'she'; the link to Capricia is world knowledge"),
                   ('Olhaye', 'per:roble-olhaye', U, "'Ambassador Olhaye, the dean of our Diplomatic Corps' (title out); the surname alone, the first name by world knowledge (Roble Olhaye of Djibouti)"),
                   ('Obama', 'per:barack-obama', F, "'President Obama' (title out) and 'the Obama Administration' (the administration he leads: a mention, as earlier collections' 'the Obama administration')")],
 # usapatriotism.org's copy of an Army Reserve story
 'ev-c418652ce5': [('Michelle Lunato', 'per:michelle-lunato', F, "the byline glued to the headline ('by U.S. Army Maj. Michelle Lunato', rank out)"),
                   ('Nathaniel Stobert', 'per:nathaniel-stobert', F, "'Lt. Col. Nathaniel Stobert' (rank out)"),
                   ('Stobert', 'per:nathaniel-stobert', F, 'the surname alone, twice')],
 # DVIDS: DC National Guard annual training
 'ev-f297f41f70': [('Leon Suvak', 'per:leon-suvak', F, "'Second Lt. Leon Suvak' (rank out)"),
                   ('Shevonia Dawkins', 'per:shevonia-dawkins', F, "'Army Staff Sgt. Shevonia Dawkins' (rank out)"),
                   ('Dawkins', 'per:shevonia-dawkins', F, 'the surname alone, three times'),
                   ('Jamal Winfield', 'per:jamal-winfield', F, "'Army Pfc. Jamal Winfield' (rank out)")],
 # NCO Journal blog: DoD News story
 'ev-51377ee91b': [('LISA FERDINANDO', 'per:lisa-ferdinando', F, "the byline in capitals ('By LISA FERDINANDO')"),
                   ('Paulette Prince', 'per:paulette-prince', F, "'Officer candidate Paulette Prince', in the caption printed twice (two mentions)"),
                   ('Jon Banco', 'per:jon-banco', F, NO),
                   ('Banco', 'per:jon-banco', F, "'Banco said.'"),
                   ('Cliff Preetorious', 'per:cliff-preetorious', F, NO),
                   ('Jefferson', 'per:jefferson-ocs-2015', U, "'Capt. Jefferson', the page's last words (cut): a first name or a surname, the rest cut away; the word is whole, so a mention")],
 # a news aggregator's page of FBI stories
 'ev-4e0cbd0427': [('Davenport', 'per:davenport-fbi-agent-2024', F, "the special agent, by surname only, four times (the story's opening, cut from the stored text, would have named him in full)"),
                   ('Sa’Wade Birdinground', 'per:sawade-birdinground', F, "the missing child, with a curly apostrophe in the first name"),
                   ('Sa’Wade', 'per:sawade-birdinground', F, 'the first name alone')],
 # Advox topic archive, September 2013
 'ev-836671ca90': [('Ali Anouzla', 'per:ali-anouzla', F, NO),
                   ('Sherman Alexie', 'per:sherman-alexie', F, "in the headline, after a post-posed 'Says'"),
                   ('Alexie', 'per:sherman-alexie', F, "'says Alexie'"),
                   ('Sonya Yan Song', 'per:sonya-yan-song', F, 'headline and teaser'),
                   ('Leila Nachawati', 'per:leila-nachawati-rego', F, "the catalogue's Leila Nachawati Rego (a Global Voices author), reused by name"),
                   ('Assad', 'per:bashar-al-assad', U, "'the Assad regime': the regime he leads (a mention, like 'the Obama administration'); Bashar al-Assad by world knowledge")],
 # Wayback copy of Global Voices' front page, 16 February 2016
 'ev-d8b1ab61d9': [('Anna Therese Day', 'per:anna-therese-day', F, "'American journalist Anna Therese Day'"),
                   ('Sabeen Mahmud', 'per:sabeen-mahmud', F, "headline and teaser (possessive 'Sabeen Mahmud's killers' out); the catalogue's id"),
                   ('Vladimir Lucien', 'per:vladimir-lucien', F, "'St. Lucian Poet Vladimir Lucien'")],
 # a naval blog's copy of a Navy release
 'ev-b4d8787f95': [('Samuel Perez', 'per:samuel-perez', F, "'Rear Adm. Samuel Perez' (rank out)"),
                   ('Jeffrey Bennett', 'per:jeffrey-bennett', F, "'Commanding Officer, Cmdr. Jeffrey Bennett' (rank out)")],
 # a military-news blog's copy of an Air Force story
 'ev-cb900a11ae': [('Derek VanHorn', 'per:derek-vanhorn', F, "byline ('by Senior Airman Derek VanHorn')"),
                   ('Devin Floyd', 'per:devin-floyd', F, "'Airman 1st Class Devin Floyd' (rank out)"),
                   ('Floyd', 'per:devin-floyd', F, "'Floyd's crew' (possessive out), 'Floyd said'"),
                   ('Ryan Baldwin', 'per:ryan-baldwin', F, NO),
                   ('Gregorio Luis', 'per:gregorio-luis', F, NO)],
 # Ellsworth AFB: security forces competition
 'ev-af6a18013e': [('Abigail Klein', 'per:abigail-klein', F, 'the byline bullet (rank out)'),
                   ('Amber Motske', 'per:amber-motske', F, NO),
                   ('Motske', 'per:amber-motske', F, "'Airman Motske'"),
                   ('Adam Casteel', 'per:adam-casteel', F, NO),
                   ('Casteel', 'per:adam-casteel', F, "'Airman Casteel said.'"),
                   ('Drayton Denson', 'per:drayton-denson', F, NO),
                   ('Denson', 'per:drayton-denson', F, "'Sergeant Denson said.'"),
                   ('Stephen Boyd', 'per:stephen-boyd', F, NO)],
 # Air University: combat camera competition
 'ev-b2db3a99dc': [('Zachary Anderson', 'per:zachary-anderson', F, 'the byline bullet (rank out)'),
                   ('Maygan Straight', 'per:maygan-straight', F, NO),
                   ('Straight', 'per:maygan-straight', F, "'said Straight.' (the lower-case 'year straight' is no name)"),
                   ('Franklin Harris', 'per:franklin-harris', F, NO),
                   ('Harris', 'per:franklin-harris', F, "'said Harris.'")],
}
# Not mentions (names inside the names of things named after their bearers, h15-adj-5): 'Carl Vinson'
# and 'Vinson' (a carrier and its strike group), 'Stockdale', 'Hawes', 'Arleigh Burke', 'George
# Washington' (ships, a ship class, a strike group; ev-b4d8787f95); 'Hilda I. Clayton' (a
# competition's name) and 'George G. Meade' (a fort; ev-b2db3a99dc); 'Benjamin Franklin Room' /
# 'Ben Franklin Room' (ev-816544ee58) and 'James S. Brady Press Briefing Room' (ev-5911a2b7dc);
# 'Queer Pakistan', 'Kachepa360' (web sites); 'Raqqa is Being Slaughtered Silently' (a group).
NAMES = {'per:alexis-wh-reporter-2015-12': 'Alexis', 'per:capricia-marshall': 'Capricia Marshall',
         'per:roble-olhaye': 'Roble Olhaye', 'per:lisa-ferdinando': 'Lisa Ferdinando',
         'per:jefferson-ocs-2015': 'Jefferson', 'per:davenport-fbi-agent-2024': 'Davenport',
         'per:sawade-birdinground': 'Sa’Wade Birdinground'}
Q = [
 # (doc, opening, kind, speaker, speaker text, cue, reason, uncertain, note, end text[, group])
 ('ev-5911a2b7dc', 'Would you support or oppose', 'direct', NO, NO, 'asked',
  "a poll's question put to voters by an unnamed pollster (the NPR affiliate's poll); no person", F,
  "quoted by the press secretary inside his own turn, after 'they were asked,'; the question mark is inside the marks", NO),
 ('ev-816544ee58', 'State of the Administration', 'scare', NO, NO, NO, "scare quotes: a speakers series' title", F, NO, NO),
 ('ev-c418652ce5', 'When we came up with the vision', 'direct', 'per:nathaniel-stobert', 'Nathaniel Stobert', ('standard\nfield training exercise, ', 'said'), NO, F,
  "the sentence before is the commander's point in indirect speech with a post-posed 'said Lt. Col. Nathaniel Stobert'; the quotation follows with no cue of its own; it runs over the copy's fixed-width line breaks", NO),
 ('ev-c418652ce5', 'threats', 'scare', NO, NO, NO, "scare quotes: role-players in an exercise, in a photo caption run into the text", F, NO, NO),
 ('ev-f297f41f70', 'As cooks, our team', 'direct', 'per:shevonia-dawkins', 'Shevonia Dawkins', ('here,” ', 'said'), NO, F,
  "post-posed 'said Army Staff Sgt. Shevonia Dawkins' between the two parts", NO, 1),
 ('ev-f297f41f70', 'We usually work in the DFAC', 'direct', 'per:shevonia-dawkins', 'Shevonia Dawkins', ('here,” ', 'said'), NO, F,
  'split quotation, second part (no cue of its own)', NO, 1),
 ('ev-f297f41f70', 'This training has sharpened', 'direct', 'per:shevonia-dawkins', ('normally use,” ', 'Dawkins'), ('normally use,” Dawkins ', 'said'), NO, F,
  "post-posed ', Dawkins said.'; the paragraph before has a mid-sentence 'Dawkins said' with indirect speech, no quotation", NO),
 ('ev-51377ee91b', 'FY16 U.S. Army Federal', 'scare', NO, NO, NO, "scare quotes: a personnel message's title", F, 'the full stop is inside the marks', NO),
 ('ev-51377ee91b', 'The resulting Army Readiness', 'direct', 'per:jon-banco', 'Jon Banco', 'said', NO, F,
  "post-posed ', said Jon Banco, chief of ...'", NO),
 ('ev-4e0cbd0427', 'Why should the reservation', 'direct', 'per:davenport-fbi-agent-2024', ('have?” ', 'Davenport'), ('have?” Davenport ', 'said'), NO, F,
  "'Davenport said.' between the two parts; a question ends the first part", NO, 1),
 ('ev-4e0cbd0427', 'They’re still people', 'direct', 'per:davenport-fbi-agent-2024', ('have?” ', 'Davenport'), ('have?” Davenport ', 'said'), NO, F,
  'split quotation, second part (no cue of its own)', NO, 1),
 ('ev-836671ca90', 'fake, obscene or defaming', 'mixed', NO, 'New amendments to the law', NO, "a law's wording (the amendments), no person", U,
  "the law's words as the object of 'anyone who publishes \"...\"' (mixed); a reader could call them scare; the full stop is inside the marks", NO),
 ('ev-836671ca90', 'rumors', 'scare', NO, NO, NO, "scare quotes: the campaign's word, distanced", U, 'the full stop is outside the marks', NO),
 ('ev-d8b1ab61d9', 'Why do you harass', 'direct', NO, NO, NO, PULL, U,
  "a teaser that is only a quotation in straight marks; the page credits it to no one", NO),
 ('ev-d8b1ab61d9', 'Hurting Religious Sentiments', 'scare', NO, NO, NO, "scare quotes: the authorities' charge, in a headline", U,
  'could be read as mixed (the authorities\' words); curly single marks', NO),
 ('ev-d8b1ab61d9', 'One Som', 'scare', NO, NO, NO, "scare quotes: a court case's nickname (the damages sought), in a headline", F, NO, NO),
 ('ev-d8b1ab61d9', 'un-Islamic', 'mixed', NO, "one of activist Sabeen Mahmud's killers", 'According to', 'one of her killers, not named', U,
  "a word in straight marks inside 'According to one of ... killers, her ... rally was ...'; a stray straight single mark stands before it (no closing one: no quote of its own)", NO),
 ('ev-d8b1ab61d9', 'the sin she eventually', 'mixed', NO, "one of activist Sabeen Mahmud's killers", 'According to', 'one of her killers, not named', F,
  'the full stop is inside the marks', NO),
 ('ev-d8b1ab61d9', 'Normal Normal', 'scare', NO, NO, NO, "scare quotes: a local phrase, in a headline", U, NO, NO),
 ('ev-d8b1ab61d9', 'An Unapologetic Independent Thinker', 'mixed', NO, NO, NO, 'no speaker named on the page (the interview is cut away)', U,
  "a label in a headline, opened with a curly single mark and closed with a straight one; probably someone's words about the poet (mixed), could be scare", 'Thinker'),
 ('ev-d8b1ab61d9', 'Caribbean literature nowadays', 'direct', NO, NO, NO, PULL, U,
  "the page ends inside an open quotation set as a teaser: the span runs to the last character (rule 2); probably the poet's words (a conversation with him), the page cut before any credit", 'a mixed'),
 ('ev-b4d8787f95', 'Red Lions', 'scare', NO, NO, NO, "scare quotes: a squadron's nickname", F, NO, NO),
 ('ev-b4d8787f95', 'Fighting Redcocks', 'scare', NO, NO, NO, "scare quotes: a squadron's nickname", F, NO, NO),
 ('ev-b4d8787f95', 'Fist of the Fleet', 'scare', NO, NO, NO, "scare quotes: a squadron's nickname", F, NO, NO),
 ('ev-b4d8787f95', 'Sunliners', 'scare', NO, NO, NO, "scare quotes: a squadron's nickname", F, NO, NO),
 ('ev-b4d8787f95', 'Rawhides', 'scare', NO, NO, NO, "scare quotes: a squadron's nickname", F, NO, NO),
 ('ev-b4d8787f95', 'Garudas', 'scare', NO, NO, NO, "scare quotes: a squadron's nickname", F, NO, NO),
 ('ev-b4d8787f95', 'Stingers', 'scare', NO, NO, NO, "scare quotes: a squadron's nickname", F, NO, NO),
 ('ev-b4d8787f95', 'Tigertails', 'scare', NO, NO, NO, "scare quotes: a squadron's nickname", F, NO, NO),
 ('ev-b4d8787f95', 'This will be Stockdale', 'direct', 'per:jeffrey-bennett', 'Jeffrey Bennett', 'said', NO, F,
  "post-posed ', said Commanding Officer, Cmdr. Jeffrey Bennett.' between the two parts", NO, 1),
 ('ev-b4d8787f95', 'Our team of awesome warfighters', 'direct', 'per:jeffrey-bennett', 'Jeffrey Bennett', 'said', NO, F,
  'split quotation, second part (no cue of its own)', NO, 1),
 ('ev-cb900a11ae', 'Black Panthers', 'scare', NO, NO, NO, "scare quotes: a crowd's team name", F, 'the comma is inside the marks', NO),
 ('ev-cb900a11ae', ('"', 'Samurais'), 'scare', NO, NO, NO, "scare quotes: a crowd's team name", F, 'the full stop is inside the marks', NO),
 ('ev-cb900a11ae', 'As soon as the judges yell', 'direct', 'per:devin-floyd', 'Devin Floyd', 'said', NO, F,
  "post-posed ', said Airman 1st Class Devin Floyd, ...' between the two parts; the judges' call in single marks stays inside; runs over the copy's line breaks", NO, 1),
 ('ev-cb900a11ae', 'Crew break', 'direct', NO, 'the judges', 'yell', 'the judges, not named', U,
  "the judges' call quoted in straight single marks inside Floyd's quotation", 'Crew break'),
 ('ev-cb900a11ae', 'It\'s kind of like being', 'direct', 'per:devin-floyd', 'Devin Floyd', 'said', NO, F,
  'split quotation, second part (no cue of its own)', NO, 1),
 ('ev-cb900a11ae', 'It was a close call', 'direct', 'per:devin-floyd', ('call," ', 'Floyd'), ('call," Floyd ', 'said'), NO, F,
  "'Floyd said.' between the two parts", NO, 2),
 ('ev-cb900a11ae', 'Of course we always think', 'direct', 'per:devin-floyd', ('call," ', 'Floyd'), ('call," Floyd ', 'said'), NO, F,
  'split quotation, second part (no cue of its own)', NO, 2),
 ('ev-af6a18013e', 'We\'ve put a lot of hours', 'direct', 'per:adam-casteel', ('competition," Airman ', 'Casteel'), ('Casteel ', 'said'), NO, F,
  "'Airman Casteel said.' between the two parts; the paragraph before has his point in indirect speech with 'said Senior Airman Adam Casteel'", NO, 1),
 ('ev-af6a18013e', 'As members of security forces', 'direct', 'per:adam-casteel', ('competition," Airman ', 'Casteel'), ('Casteel ', 'said'), NO, F,
  'split quotation, second part (no cue of its own)', NO, 1),
 ('ev-af6a18013e', 'These guys have been practicing', 'direct', 'per:drayton-denson', ('Sergeant ', 'Denson'), ('Denson ', 'said'), NO, F,
  "'Sergeant Denson said.' between the two parts", NO, 2),
 ('ev-af6a18013e', 'You can tell they really want', 'direct', 'per:drayton-denson', ('Sergeant ', 'Denson'), ('Denson ', 'said'), NO, F,
  'split quotation, second part (no cue of its own)', NO, 2),
 ('ev-b2db3a99dc', 'This was my second time', 'direct', 'per:franklin-harris', ('said ', 'Harris'), ('competing,” ', 'said'), NO, F,
  "'said Harris.' between the two parts", NO, 1),
 ('ev-b2db3a99dc', 'The first time I competed', 'direct', 'per:franklin-harris', ('said ', 'Harris'), ('competing,” ', 'said'), NO, F,
  'split quotation, second part (no cue of its own)', NO, 1),
 ('ev-b2db3a99dc', 'It was a very tough competition', 'direct', 'per:maygan-straight', ('said ', 'Straight'), ('competition,” ', 'said'), NO, F,
  "'said Straight.' between the two parts", NO, 2),
 ('ev-b2db3a99dc', 'This was my first time competing', 'direct', 'per:maygan-straight', ('said ', 'Straight'), ('competition,” ', 'said'), NO, F,
  'split quotation, second part; the page ends inside it, mid-word: the span runs to the last character (rule 2)', 'admir', 2),
]

