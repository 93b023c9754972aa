"""Collection 16 (dev): the gold decided by reading (pass dev16_a, an AI session, Anthropic
Claude; one pass, no human review), made before any StoryDrift annotator ran on these pages.
The row formats of P and Q are the ones collection_builder.py reads (person_mentions,
quote_records); offsets come from string search on the exact page text and are checked there."""

# the outlets' own sites: a page there is the original, any other host a copy
OWN_HOSTS = {'globalvoices.org', 'globalvoices.wordpress.com', 'insidevoa.com'}
BY = 'dev16_a'
DOC_NOTES = {
    'ev-a9e61a92f3': "The page is hosted by hxen.net (a Chinese English-learning site) but the text is Voice of "
                     "America's: VOA Learning English's 'Saudi Arabia Surprises Argentina at the World Cup' (22 "
                     "November 2022); one of two versions of the story in this collection.",
    'ev-97902910aa': "The page is hosted by tingroom.com (a Chinese English-learning site, its print view) but the "
                     "text is Voice of America's: VOA Learning English's 'Saudi Arabia Surprises Argentina at the "
                     "World Cup' (22 November 2022), its paragraphs run together; one of two versions of the "
                     "story in this collection.",
    'ev-cb736e5dd9': "Published by Global Voices on its own digest blog (globalvoices.wordpress.com, the "
                     "project's WordPress.com blog of 2006); the text is Global Voices' (CC BY 3.0).",
    'ev-28eccc7906': "Published by Global Voices on its own digest blog (globalvoices.wordpress.com, the "
                     "project's WordPress.com blog of 2006); the text is Global Voices' (CC BY 3.0).",
}
U = True
NO = None
F = False
CUT = 'the page ends before the attribution'
BLOG = 'a blog named by its title, no person named'
HEAD = 'no speaker named in the headline'
PULL = 'no speaker named on the page (pull quote)'

P = {  # doc: [(surface, entity_id, uncertain, note)]
 # Global Voices Caribbean roundup, December 2005
 'ev-24eb48d386': [('Campfyah', 'per:campfyah', U, "a blogger's pen name standing for a person ('fills us in on some of his Christmas activities')"),
                   ('MediaCritic', 'per:mediacritic', U, "a blogger's one-word pen name ('MediaCritic remembers ...'), like 'Guyana-Gyal' (d16-adj-3)"),
                   ('Jdid', 'per:jdid', U, "a blogger's handle standing for a person ('Jdid spares a thought ...')"),
                   ('Stanley “Tookie” Williams', 'per:stanley-tookie-williams', F,
                    "the full name as written, the nickname in curly marks inside it (the marks are also a scare quote); executed in California in December 2005"),
                   ('Titlayo', 'per:titlayo', U, "a blogger's pen name ('Titlayo discovers ... and concludes')"),
                   ('Manolo Romero', 'per:manolo-romero', F, NO),
                   ('Andy Hunt', 'per:andy-hunt', F, NO),
                   ('Christian S. Dunleavy', 'per:christian-s-dunleavy', F, NO),
                   ('Mad Bull', 'per:mad-bull', U, "a blogger's pen name ('Mad Bull agrees with George W. Bush')"),
                   ('George W. Bush', 'per:george-w-bush', F, NO),
                   ('Billy', 'per:billy-blogger-2005-12-16', U, "a blogger named by a first name only ('Billy wonders ...'); who he is the page does not say"),
                   ('Guyana-Gyal', 'per:guyana-gyal', U, "a blogger's pen name ('Guyana-Gyal engages in some ... word play')"),
                   ('Lionel Luckhoo', 'per:lionel-luckhoo', F, "'Guyanese jurist Sir Lionel Luckhoo' (title 'Sir' out, rule 8)"),
                   ('Alice Backer', 'per:alice-backer', F, NO),
                   ('Kevin Wallen', 'per:kevin-wallen', F, NO)],
 # Global Voices Caribbean archive, June 2008
 'ev-07b682f83f': [('Sweetlime', 'per:sweetlime', U, "'Trinidadian blogger Sweetlime' (a pen name standing for a person; 'He discovers')"),
                   ('Alec', 'per:alec-2008-06', U, "'authors Alec...': a first name, the rest of the teaser cut off by the listing; the word is whole, so a mention"),
                   ('Vexed Bermoothes', 'per:vexed-bermoothes', U, "'Bermuda blogger Vexed Bermoothes' ('In his view'): a pen name standing for a person"),
                   ('Ruel Johnson', 'per:ruel-johnson', U, "'Ruel Johnson's Fictions' (his blog): the possessive names the blog's author, so a mention of him, unlike a name inside a thing named after its bearer"),
                   ('Arthur Chung', 'per:arthur-chung', F, "'the first President of Guyana' (obituary item)"),
                   ('Tim Russert', 'per:tim-russert', F, "'the late Tim Russert's advic' (possessive out; the page is cut after it)")],
 # Global Voices daily archive, 19 July 2012
 'ev-17768dbd86': [('Madasamy Ravi', 'per:madasamy-ravi', F, "'human rights lawyer Madasamy Ravi'"),
                   ('Humayun Ahmed', 'per:humayun-ahmed', F, 'obituary item'),
                   ('Himu', 'per:himu', U, "a fictional character (rule 8: PERSON, uncertain), one of Humayun Ahmed's creations"),
                   ('Misir Ali', 'per:misir-ali', U, 'a fictional character (rule 8)'),
                   ('Baker Bhai', 'per:baker-bhai', U, 'a fictional character (rule 8)'),
                   ('Marianne Díaz Hernández', 'per:marianne-diaz-hernandez', F, "'Venezuelan writer, lawyer and Global Voices contributor ...' (diacritics)"),
                   ('Pablo Escobar', 'per:pablo-escobar', F, "in the headline and the teaser; 'Escobar' inside the series title “Escobar: The Evil Patron,” is no mention (a name inside the name of a thing about its bearer, h15-adj-5)")],
 # a learning blog's copy of VOA's Health Report on barefoot running
 'ev-ca37146fb0': [('Rick Roeber', 'per:rick-roeber', F, 'in the photo caption printed twice (rule 7)'),
                   ('Daniel Lieberman', 'per:daniel-lieberman', F, "'Harvard's Daniel Lieberman led the study'")],
 # a learning blog's copy of VOA's diabetes report
 'ev-26e7717294': [('Amit Jain', 'per:amit-jain', F, "'a children's doctor in that country' (India)"),
                   ('Rohin Sarin', 'per:rohin-sarin', F, "'a regular 15-year old kid'"),
                   ('Rohin', 'per:rohin-sarin', F, "first name alone ('Rohin has type 2 diabetes.')")],
 # Inside VOA's 75th-anniversary report
 'ev-17e91f3ce5': [('Amanda Bennett', 'per:amanda-bennett', F, "'Director Amanda Bennett' (title out)"),
                   ('Eric Felten', 'per:eric-felten', F, "'VOA alumnus, Eric Felten'"),
                   ('Lukman Ahmad', 'per:lukman-ahmad', F, "'Lukman Ahmad of VOA’s Kurdish Service'"),
                   ('Vlora Citaku', 'per:vlora-citaku', F, 'Ambassador of Kosovo to the U.S.'),
                   ('Floreta Faber', 'per:floreta-faber', F, 'Ambassador of the Republic of Albania to the U.S.'),
                   ('David Bakradze', 'per:david-bakradze', F, 'Ambassador of Georgia to the U.S.'),
                   ('Djerdj Matkovic', 'per:djerdj-matkovic', F, 'Ambassador of the Republic of Serbia to the U.S.'),
                   ('Nebojsa Kaludjerovic', 'per:nebojsa-kaludjerovic', F, 'Ambassador of Montenegro to the U.S.'),
                   ('Mohammad Ziauddin', 'per:mohammad-ziauddin', F, 'Ambassador of Bangladesh to the U.S.'),
                   ('Eugene Pell', 'per:eugene-pell', F, 'former VOA director'),
                   ('Sanford Ungar', 'per:sanford-ungar', F, 'former VOA director'),
                   ('David Ensor', 'per:david-ensor', F, 'former VOA director'),
                   ('Mary Bitterman', 'per:mary-bitterman', F, "former VOA director, '(VOA’s first female director)'")],
 # Global Voices type archive, December 2009
 'ev-ff301d7782': [('Akmal Shaikh', 'per:akmal-shaikh', F, "'a British citizen convicted of smuggling heroine into China'"),
                   ('Akmal', 'per:akmal-shaikh', F, "first name in the headline ('Akmal's death sentence', possessive out)"),
                   ('Prita Mulyasari', 'per:prita-mulyasari', F, "'a housewife' (the headline's 'Email mom')")],
 # Global Voices Caribbean archive, June 2011, page 2
 'ev-7e3cc9aea0': [('Wadner Pierre', 'per:wadner-pierre', F, NO),
                   ('Martelly', 'per:michel-martelly', F, "in the headlines ('the Martelly Story', 'Martelly's First Month'): the stories are about him, so mentions"),
                   ('Michel Martelly', 'per:michel-martelly', F, "'President Michel Martelly's first month' (possessive out)"),
                   ('Chookooloonks', 'per:chookooloonks', U, "a blogger's pen name ('photoblogs about ... her time in Trinidad')"),
                   ('Bob', 'per:bob-marley', U, "'Jamaica: Bob's Legacy': Bob Marley by first name (world knowledge: the teaser's 'Tuff Gong Rastaman')"),
                   ('Tuff Gong', 'per:bob-marley', U, "'the revolutionary Tuff Gong Rastaman': Bob Marley's nickname used before a noun; a reader could leave it out"),
                   ('Warner', 'per:jack-warner', F, "in the headline ('Warner's Resignation')"),
                   ('Jack Warner', 'per:jack-warner', F, "'Jack Warner's resignation from FIFA'"),
                   ('Guyana-Gyal', 'per:guyana-gyal', U, "a blogger's pen name ('Guyana-Gyal suggests ...'), the same blogger as in collection 16's 2005 roundup")],
 # Global Voices' digest blog, May 2006
 'ev-cb736e5dd9': [('Álvaro Uribe', 'per:alvaro-uribe', F, "'President Álvaro Uribe'"),
                   ('Uribe', 'per:alvaro-uribe', F, "in the headline ('President Uribe Reelected') and 'Though Uribe won'"),
                   ('David Ajao', 'per:david-ajao', F, NO),
                   ('Ben Paarmann', 'per:ben-paarmann', F, "possessive 'Ben Paarmann’s delayed cyber-review'"),
                   ('Preetam Rai', 'per:preetam-rai', F, NO)],
 # Global Voices' digest blog, page 2 (June 2006)
 'ev-28eccc7906': [('David Ajao', 'per:david-ajao', F, NO),
                   ('Ran Yunfei', 'per:ran-yunfei', F, 'twice'),
                   ('John Kennedy', 'per:john-kennedy', F, "'John Kennedy has translated a presentation by Ran Yunfei' (Global Voices' China editor; the catalogue's id by name)"),
                   ('Deborah Ann Dilley', 'per:deborah-ann-dilley', F, "possessive 'Deborah Ann Dilley’s most recent review'"),
                   ('Eduardo Avila', 'per:eduardo-avila', F, NO)],
 # Global Voices print view, Friday roundup of 1 July 2005
 'ev-80c5814d38': [('Tung Chee-Wah', 'per:tung-chee-wah', F, "'former Chief Executive, Tung Chee-Wah'"),
                   ('Donald Tsang', 'per:donald-tsang', F, NO),
                   ('Wang Jianshuo', 'per:wang-jianshuo', F, "'Chinese blogger Wang Jianshuo'"),
                   ('Abu Aardvark', 'per:abu-aardvark', U, "a blogger's pen name ('Abu Aardvark devotes a long post ... he sadly notes')")],
}
for d in ('ev-a9e61a92f3', 'ev-97902910aa'):  # the World Cup report, both versions
    P[d] = [('Lionel Messi', 'per:lionel-messi', F, "'the team's star, Lionel Messi'"),
            ('Messi', 'per:lionel-messi', F, "'Messi said:', possessive 'Messi's goal', and inside the players' shout ('Where is Messi?')"),
            ('Lionel Scaloni', 'per:lionel-scaloni', F, "'Lionel Scaloni is Argentina's coach'"),
            ('Scaloni', 'per:lionel-scaloni', F, "post-posed cue 'Scaloni said.'"),
            ('Lautaro Martinez', 'per:lautaro-martinez', F, "'a member of the Argentinian team'")]
# Global Voices feature archive, March 2018
P['ev-bfec41dd40'] = [('Marielle Franco', 'per:marielle-franco', F, "in the headline and the teaser ('murdered Rio de Janeiro city councillor Marielle Franco'); the catalogue's id by name"),
                      ('Derek Walcott', 'per:derek-walcott', F, 'in a headline, three writers in a row'),
                      ('Wilson Harris', 'per:wilson-harris', F, NO),
                      ('Aubrey Williams', 'per:aubrey-williams', F, NO)]

NAMES = {'per:stanley-tookie-williams': 'Stanley “Tookie” Williams', 'per:billy-blogger-2005-12-16': 'Billy',
         'per:alec-2008-06': 'Alec', 'per:marianne-diaz-hernandez': 'Marianne Díaz Hernández',
         'per:alvaro-uribe': 'Álvaro Uribe', 'per:michel-martelly': 'Michel Martelly', 'per:jack-warner': 'Jack Warner',
         'per:akmal-shaikh': 'Akmal Shaikh', 'per:rohin-sarin': 'Rohin Sarin', 'per:bob-marley': 'Bob Marley',
         'per:lionel-luckhoo': 'Lionel Luckhoo', 'per:mediacritic': 'MediaCritic'}

Q = [
 # (doc, opening, kind, speaker, speaker text, cue, reason, uncertain, note, end text[, group])
 # 2005 roundup
 ('ev-24eb48d386', 'Tookie', 'scare', NO, NO, NO, NO, F, "a nickname in curly marks inside the full name (also inside the PERSON mention)", NO),
 ('ev-24eb48d386', 'Discrete and Professional Services for Ladies', 'scare', NO, NO, NO,
  "scare quotes: a web site's advertised name or slogan (rule 5)", U, "the name of a service a site offers, cited (the spelling joke that follows); a reader could take it as the site's own words (mixed) (d16-adj-2)", NO),
 ('ev-24eb48d386', 'the rent-a-dread phenomenon gone upscale', 'mixed', 'per:titlayo', 'Titlayo', 'concludes', NO, F,
  "the blogger's words after 'concludes that'; the full stop outside the marks", NO),
 ('ev-24eb48d386', 'discreet', 'scare', NO, NO, NO, NO, F, "words as words ('I like my services “discreet” as well as “discrete”')", NO),
 ('ev-24eb48d386', 'discrete', 'scare', NO, NO, NO, NO, F, 'words as words, the second of the pair', NO),
 ('ev-24eb48d386', 'morti-slock', 'mixed', NO, 'a carpenter', 'request', 'an unnamed carpenter', U,
  "the word the carpenter is reported as using (rule 5, mixed); a reader could take it as a word cited as a word (scare)", NO),
 ('ev-24eb48d386', 'the winningest lawyer that ever lived', 'mixed', 'per:mediacritic', 'MediaCritic', 'remembers', NO, U,
  "an epithet set in apposition to Luckhoo, presumably the blogger's words; a reader could take it as a common epithet (scare); 'MediaCritic' a one-word pen name, like 'Guyana-Gyal', so the blogger (d16-adj-3)", NO),
 ('ev-24eb48d386', "OPB's", 'mixed', 'per:alice-backer', 'Alice Backer', 'confesses', NO, U, "a coined abbreviation of the blogger's own, glossed in parentheses ('Other People's Blogs'): her words (mixed); a reader could take it as a term cited (scare) (d16-adj-4)", NO),
 ('ev-24eb48d386', 'blogcapades', 'mixed', 'per:alice-backer', 'Alice Backer', 'confesses', NO, U, "a coined word, the blogger's own: mixed, as 'OPB's' (d16-adj-4)", NO),
 # June 2008 archive
 ('ev-07b682f83f', 'A dictator in the world,', 'direct', NO, 'she', 'says', 'a blogger named only by the blog\'s title (Four Fingers and a Thumb 2.0)', F,
  'the first part of a split quotation, the cue between the parts', NO, 1),
 ('ev-07b682f83f', 'is like the abusive...', 'direct', NO, 'she', 'says', 'a blogger named only by the blog\'s title (Four Fingers and a Thumb 2.0)', F,
  "the second part; teaser cut by the listing with '...' (no closing mark)", 'is like the abusive...', 1),
 ('ev-07b682f83f', 'oil and water', 'mixed', 'per:sweetlime', 'He', NO, NO, U, "an idiom set off in what the blogger 'discovers' ('as distinct as “oil and water”'): in a roundup, the blogger's words (mixed); a reader could take it as an idiom set off (scare) (d16-adj-1)", NO),
 ('ev-07b682f83f', 'ripe for abuse.', 'mixed', 'per:vexed-bermoothes', 'his', NO, NO, F,
  "the blogger's words inside the reporter's sentence ('In his view, it's a situation “...”'); the speaker span is the pronoun nearest", NO),
 ('ev-07b682f83f', 'For a brief moment in time', 'direct', NO, 'she', 'says', 'a blogger named only by the blog\'s title (Active Voice)', F,
  "teaser cut by the listing with '...' (no closing mark)", 'we were treated to the kind of...'),
 ('ev-07b682f83f', 'will advocate using the novel approach', 'mixed', NO, 'The blog', 'says', BLOG + ' (Barbados Underground)', U,
  "a clause completing the reporter's 'Barbados Consumers Watch “will ...'; teaser cut with '...'", 'the electronic channels of...'),
 # 19 July 2012 archive
 ('ev-17768dbd86', 'Copy, Paste, Create”, a Free', 'scare', NO, NO, NO, NO, F, "a book's title in the headline (rule 5)", 'Copy, Paste, Create'),
 ('ev-17768dbd86', 'Copy, Paste, Create: Why I defend piracy', 'scare', NO, NO, NO, NO, F,
  "the book's full title, cut by the listing with '...' (no closing mark)", 'think that open...'),
 ('ev-17768dbd86', 'Escobar: The Evil Patron,', 'scare', NO, NO, NO, NO, F, "a television series' title (rule 5), the comma inside the marks", NO),
 # diabetes report
 ('ev-26e7717294', 'Sometimes it affects me negatively', 'direct', 'per:rohin-sarin', 'Rohin', NO, NO, U,
  "a paragraph of the patient's words in straight marks with no cue, after 'Rohin has type 2 diabetes.'", NO),
 # December 2009 type archive
 ('ev-ff301d7782', ('mom ‘', 'not guilty'), 'mixed', NO, 'the High Court', 'says', 'a court, not a person (the Indonesian High Court)', F,
  "a headline: the court's words ('Email mom ‘not guilty’ says the High Court'), in curly single marks", NO),
 # June 2011 archive, page 2
 ('ev-7e3cc9aea0', 'the illegitimacy of the way', 'mixed', 'per:wadner-pierre', 'Wadner Pierre', 'saying', NO, F,
  "what the article fails to mention, in the blogger's words; teaser cut with '...'", 'he was elected, and...'),
 ('ev-7e3cc9aea0', 'soots', 'scare', NO, NO, NO, NO, U, 'a local word set off', NO),
 ('ev-7e3cc9aea0', 'Three decades after his death', 'direct', NO, 'Jamaica Woman Tongue', NO, BLOG + ' (Jamaica Woman Tongue)', U,
  "the quotation before its source's name, a colon between ('”: But Jamaica Woman Tongue...')", NO),
 ('ev-7e3cc9aea0', 'He will need to learn', 'direct', NO, 'Toussaint on Haiti', NO, BLOG + ' (Toussaint on Haiti)', U,
  "the quotation before its source's name, a colon between", NO),
 ('ev-7e3cc9aea0', 'there are some troubling...', 'mixed', NO, 'Toussaint on Haiti', 'noting', BLOG + ' (Toussaint on Haiti)', F,
  "after 'noting that'; teaser cut with '...'", 'there are some troubling...'),
 ('ev-7e3cc9aea0', 'that the elections coming up', 'mixed', NO, 'Blogworld', 'make the point', BLOG + ' (Blogworld)', F,
  "after 'to make the point'; teaser cut with '...'", 'not necessarily in the same...'),
 ('ev-7e3cc9aea0', 'have [it] removed within 24...', 'mixed', NO, "a bermudian's view", 'suggests', BLOG + " (a bermudian's view, a blog's lower-case title)", F,
  "after 'the best way to deal with graffiti is to'; a bracketed insertion inside (rule 6); teaser cut with '...'", 'have [it] removed within 24...'),
 ('ev-7e3cc9aea0', 'the historical houses of Haiti', 'mixed', NO, 'Throwing Down the Water', 'is concerned', BLOG + ' (Throwing Down the Water)', F,
  "after 'is concerned that'; teaser cut with '...'", 'to be lived in...'),
 # May 2006 digest
 ('ev-cb736e5dd9', 'And You Call It A Gay', 'direct', NO, NO, NO, HEAD, U,
  "a headline made of a question in curly marks with a bracketed insertion (rule 6), presumably a blogger's words; a reader could take it as a post's title (scare)", NO),
 ('ev-cb736e5dd9', 'Orthodox Christians, Russian ultra-nationalists', 'mixed', NO, NO, NO, CUT, F,
  "a clause completing the reporter's 'turned into violence when “...'; truncated: the page ends before the closing mark", 'Unknown Soldier Memoria'),
]
for d in ('ev-a9e61a92f3', 'ev-97902910aa'):  # the World Cup report, both versions (same quotations up to the cut)
    Q += [(d, 'The truth? Dead.', 'direct', 'per:lionel-messi', ('about how he felt about the result, ', 'Messi'), 'said', NO, F,
           "after 'Messi said:'", NO),
          (d, 'extraordinary,', 'mixed', NO, 'Reporters covering the game', 'said', 'unnamed reporters', F,
           "a word the reporters are reported as using (rule 5), glossed after it ('meaning very unusual')", NO),
          (d, 'Sometimes you can steamroll opponents', 'direct', 'per:lionel-scaloni', ('losing," ', 'Scaloni'), 'said', NO, F,
           "post-posed cue ('...,\" Scaloni said.')", NO),
          (d, 'Where is Messi? We beat him!', 'direct', NO, 'the Saudi Arabia players', 'yelled', 'unnamed players (the Saudi Arabia team)', F,
           "the players' shout after 'yelled,'", NO),
          (d, 'this hurts a lot', 'direct', 'per:lautaro-martinez', 'Lautaro Martinez', ('Argentinian team, ', 'said'), NO, U,
           "after 'said' with no comma; a whole sentence of his", NO)]
Q += [('ev-a9e61a92f3', 'our own mistakes', 'mixed', 'per:lautaro-martinez', ('the World Cup with a win." ', 'He'), 'said', NO, F,
       "a fragment completing 'Argentina lost because of'; only in version 1 (version 2 is cut before it)", NO),
      # Global Voices feature archive, March 2018: pull quotes and labels
      ('ev-bfec41dd40', 'State of Emergency', 'scare', NO, NO, NO, NO, F, "a decree's name in a headline, in curly single marks", NO),
      ('ev-bfec41dd40', 'Imagine what a global disgrace', 'direct', NO, NO, NO, PULL, F, "a pull quote as a listing's teaser (rule 4)", NO),
      ('ev-bfec41dd40', 'Undesirable Migrant', 'scare', NO, NO, NO, NO, U, "a label in curly single marks in a headline; a reader could read it as someone's words (mixed)", NO),
      ('ev-bfec41dd40', 'Welcomed Contributor', 'scare', NO, NO, NO, NO, U, 'the second label of the pair', NO),
      ('ev-bfec41dd40', 'No more "bad migrant"', 'direct', NO, NO, NO, PULL, F,
       "a pull quote (rule 4) holding two phrases in straight double marks; the span runs to the outer closing mark", 'to understand.'),
      ('ev-bfec41dd40', ('No more "', 'bad migrant'), 'scare', NO, NO, NO, NO, F, 'a phrase in straight marks nested inside the pull quote', NO),
      ('ev-bfec41dd40', 'good migrant', 'scare', NO, NO, NO, NO, F, 'the second nested phrase', NO),
      ('ev-bfec41dd40', 'Accidental American', 'scare', NO, NO, NO, NO, F, 'a label in curly single marks in a headline', NO),
      ('ev-bfec41dd40', 'In this dystopian world', 'direct', NO, NO, NO, PULL, F, "a pull quote (rule 4), an ellipsis inside", NO),
      ('ev-bfec41dd40', 'So much to praise and cherish', 'direct', NO, NO, NO, PULL, F,
       "a pull quote, truncated: the page ends before the closing mark, with a space after the last word", 'cherish')]


# Scare quotes carry a 'scare quotes: ...' reason (the set's convention, h12-adj-4); these are
# pass dev16_b's words (d16-adj-5)
SCARE = {
    'Tookie': 'scare quotes: a nickname inside the name (rule 5)',
    'discreet': 'scare quotes: a word cited as a word (the spelling joke)',
    'discrete': 'scare quotes: a word cited as a word (the spelling joke)',
    'Copy, Paste, Create”, a Free': "scare quotes: a book's title (rule 5)",
    'Copy, Paste, Create: Why I defend piracy': "scare quotes: a book's title (rule 5)",
    'Escobar: The Evil Patron,': "scare quotes: a TV series' title (rule 5)",
    'soots': 'scare quotes: a local word (rule 5)',
    'State of Emergency': 'scare quotes: an official term (rule 5)',
    'Undesirable Migrant': 'scare quotes: a label (rule 5)',
    'Welcomed Contributor': 'scare quotes: a label (rule 5)',
    ('No more "', 'bad migrant'): 'scare quotes: labels cited as labels (rule 5)',
    'good migrant': 'scare quotes: labels cited as labels (rule 5)',
    'Accidental American': 'scare quotes: a label (rule 5)',
}
Q = [(*r[:6], SCARE[r[1]], *r[7:]) if r[2] == 'scare' and r[6] is None and r[1] in SCARE else r for r in Q]
