"""Collection 17 (held out): the gold decided by reading (pass holdout17_a, an AI session,
Anthropic Claude; one pass, no second pass, no adjudication, no human review), made before any
StoryDrift annotator ran on these pages. The pages, their document labels and segments landed
first (2026-12-03); the quotes and PERSON mentions below were added on 2026-12-04, still before
any annotator ran on the pages. The row formats of P and Q are the ones collection_builder.py
reads (see person_mentions, quote_records); offsets come from string search on the exact page
text and are checked there."""
U = True
NO = None
F = False

# the outlets' own sites: a page there is the original, any other host a copy
OWN_HOSTS = {'globalvoices.org', 'globalvoices.wordpress.com', 'learningenglish.voanews.com', 'www.defense.gov'}
BY = 'holdout17_a'
DOC_NOTES = {
    'ev-358e3f87d9': "The page is hosted by authorsvoice.net (a site mirroring Global Voices pages under its own "
                     "addresses) but the headlines and teasers are Global Voices' own (CC BY 3.0), its elections "
                     "archive of June 2015.",
    'ev-9193f05b14': "The page is hosted by hxen.net (a Chinese English-learning site) but the text is Voice of "
                     "America's: VOA News' report 'Canada claims first win at Women's World Cup' by Jim Stevenson "
                     "(September 2007); the breadcrumb, labels, date/source and audio lines are the site's; one of "
                     "two versions of the story in this collection.",
    'ev-b003d97213': "The page is hosted by jxbentu.cn (a Chinese site) but the text is Voice of America's: VOA "
                     "News' report 'Canada claims first win at Women's World Cup' by Jim Stevenson (September "
                     "2007), stored without its headline; one of two versions of the story in this collection.",
    'ev-a4132661d4': "The page is hosted by qualcheduno.com (a blog's monthly archive) but the headlines and "
                     "teasers are the openings of English Wikinews articles (CC BY 2.5), each cut with '[…]'.",
}
PULL = 'no speaker named on the page: a pull quote set as a headline or teaser'
P = {  # doc: [(surface, entity_id, uncertain, note)]
 'ev-77b80136a2': [('Andrew Holness', 'per:andrew-holness', F, "'Prime Minister Andrew Holness' (title out)"),
                   ('Portia Simpson-Miller', 'per:portia-simpson-miller', F, "'People's National Party head Portia Simpson-Miller'"),
                   ('Manuel de Araújo', 'per:manuel-de-araujo', F, "'opposition candidate Manuel de Araújo'"),
                   ('Oleg Kozyrev', 'per:oleg-kozyrev', F, "'defamation against Oleg Kozyrev, one of the top Russian...'; 'Active Voice' and 'Girl with a Purpose' are blogs, no persons")],
 'ev-358e3f87d9': [('Shinzo Abe', 'per:shinzo-abe', F, "'Prime Minister Shinzo Abe's government' (title and possessive out)"),
                   ('Muhammadu Buhari', 'per:muhammadu-buhari', F, "before a possessive ('Muhammadu Buhari’s re-branding')"),
                   ('Jack Warner', 'per:jack-warner', F, "in a headline, before a possessive ('Jack Warner's First Revelation')"),
                   ('Alexey Navalny', 'per:alexey-navalny', F, "'Russian opposition politician Alexey Navalny'")],
 'ev-a9853e20d2': [('Cristian Cambronero', 'per:cristian-cambronero', F, "'Blogger and journalist Cristian Cambronero of Fusil de Chispas'")],
 'ev-86267d4a01': [('Ali Mokdad', 'per:ali-mokdad', F, "'Professor Ali Mokdad' and 'Ali Mokdad says' (title out)"),
                   ('Mokdad', 'per:ali-mokdad', F, "'Professor Mokdad', twice (title out)")],
 'ev-2545757f2a': [('Matthew Keys', 'per:matthew-keys', F, "'Matthew Keys, 26, of Secaucus, N.J.'"),
                   ('Keys', 'per:matthew-keys', F, "the surname alone, six times, after the full name")],
 'ev-f9a85c25fd': [('Pamela Bondi', 'per:pamela-bondi', F, "'said Attorney General Pamela Bondi' (title out)"),
                   ('Trump', 'per:donald-trump', U, "'President Trump' (title out): Donald Trump, by world knowledge (the page names Attorney General Bondi, so 2025); the page gives no first name"),
                   ('Derek T. Gilliland', 'per:derek-t-gilliland', F, "'U.S. Magistrate Judge Derek T. Gilliland' (title out)")],
 'ev-9193f05b14': [('Jim Stevenson', 'per:jim-stevenson', F, "'VOA's Jim Stevenson' (the reporter)"),
                   ('Christine Sinclair', 'per:christine-sinclair', F, "'Forward Christine Sinclair' (position out)"),
                   ('Sinclair', 'per:christine-sinclair', F, "before a possessive ('Sinclair's header')"),
                   ('Sophie Schmidt', 'per:sophie-schmidt', F, NO),
                   ('Martina Franco', 'per:martina-franco', F, "'defender Martina Franco'"),
                   ('Even Pellerud', 'per:even-pellerud', F, "'Canadian coach Even Pellerud'"),
                   ('Ragnhild Gulbrandsen', 'per:ragnhild-gulbrandsen', F, NO),
                   ('Lisa De Vanna', 'per:lisa-de-vanna', F, NO),
                   ('Bjarne Berntsen', 'per:bjarne-berntsen', F, "'Norwegian coach Bjarne Berntsen'")],
 'ev-b003d97213': [('Jim Stevenson', 'per:jim-stevenson', F, "as in the other version (ev-9193f05b14)"),
                   ('Christine Sinclair', 'per:christine-sinclair', F, NO),
                   ('Sinclair', 'per:christine-sinclair', F, "before a possessive ('Sinclair's header')"),
                   ('Sophie Schmidt', 'per:sophie-schmidt', F, NO),
                   ('Martina Franco', 'per:martina-franco', F, NO),
                   ('Even Pellerud', 'per:even-pellerud', F, NO),
                   ('Ragnhild Gulbrandsen', 'per:ragnhild-gulbrandsen', F, NO),
                   ('Lisa De Vanna', 'per:lisa-de-vanna', F, NO),
                   ('Bjarne Berntsen', 'per:bjarne-berntsen', F, NO)],
 'ev-62fcff6d9a': [('Jarrod Dyson', 'per:jarrod-dyson', F, "'Kansas City Royals' Jarrod Dyson' in a photo caption printed twice (rule 7)")],
 'ev-a4132661d4': [('Andrea Muizelaar', 'per:andrea-muizelaar', F, "in a headline and its teaser"),
                   ('Alexandre Borovik', 'per:alexandre-borovik', F, "'Professor Alexandre Borovik' (title out)"),
                   ('Ali Nesin', 'per:ali-nesin', F, "'Professor Ali Nesin' (title out)"),
                   ('Ernest Shackleton', 'per:ernest-shackleton', F, "'Sir Ernest Shackleton' (title out); 'Shackleton' in the headline's '1915 Shackleton expedition' names an expedition, no mention (as 'the Salk vaccine')")],
 'ev-90895c3c1b': [('Veronica Khokhlova', 'per:veronica-khokhlova', F, "the Global Voices author, after a quotation ('... begins Veronica Khokhlova')"),
                   ('ThaRum Bun', 'per:tharum-bun', F, "the Global Voices author; the capital R inside the name kept as written"),
                   ('Fouad Al-Farhan', 'per:fouad-al-farhan', F, "in a headline and 'pioneer Saudi blogger, Fouad Al-Farhan explains'"),
                   ('Al-Farhan', 'per:fouad-al-farhan', F, "the surname alone ('Al-Farhan compares')"),
                   ('Ahmed', 'per:ahmed-gv-2006-03', F, "'During an email interview with Ahmed': the interviewer, named by his first name only; a page-local id (h15-adj-6), no link beyond the page"),
                   ('Saddam', 'per:saddam-hussein', U, "'since the fall of Saddam': Saddam Hussein by his first name (world knowledge)")],
 'ev-78eb3923b4': [('MacFarland', 'per:sean-macfarland', U, "'Gen. MacFarland' and 'General MacFarland' (title out): Lieutenant General Sean MacFarland, the coalition commander against ISIL in 2016, by world knowledge"),
                   ('PETER COOK', 'per:peter-cook', F, "speaker label 'PETER COOK:' (rule 1), the Pentagon press secretary of collection 15"),
                   ('David Rubenstein', 'per:david-rubenstein', F, "'David Rubenstein, the club's president'"),
                   ('Carter', 'per:ash-carter', U, "'Secretary Carter' (title out): Ash Carter, the Secretary of Defense in 2016, by world knowledge")],
 'ev-4ff561ff30': [('Morrell', 'per:geoff-morrell', U, "'Press Secretary Morrell' (title out): Geoff Morrell, the Pentagon press secretary in 2008, by world knowledge"),
                   ('MORRELL', 'per:geoff-morrell', U, "speaker label 'MR. MORRELL:' (title out, rule 1)"),
                   ('Lita', 'per:lita-dod-reporter-2008-03', F, "a reporter called on by her first name ('Lita.'); a page-local id (h15-adj-6)"),
                   ('Andrew', 'per:andrew-dod-reporter-2008-03', F, "a reporter called on by his first name ('Andrew.'); a page-local id (h15-adj-6)"),
                   ('Fallon', 'per:william-fallon', U, "'Admiral Fallon' (title out): Admiral William Fallon, then head of Central Command, by world knowledge")],
 'ev-cae2c33cef': [('Dana Demange', 'per:dana-demange', F, "byline 'By Dana Demange, Cynthia Kirk, ...'"),
                   ('Cynthia Kirk', 'per:cynthia-kirk', F, "byline; the writer of collection 15's health report"),
                   ('Faith Lapidus', 'per:faith-lapidus', F, "the presenter ('I'm Faith Lapidus.')"),
                   ('Bob Doughty', 'per:bob-doughty', F, "the presenter ('And I'm Bob Doughty 1.'): the footnote number after the name is no part of it; 'W.M. Keck' names an observatory, no mention")],
 'ev-4067aab1d6': [('Christopher Murray', 'per:christopher-murray', F, "'Christopher Murray from the University of Washington'"),
                   ('Murray', 'per:christopher-murray', F, "'Dr. Murray' (title out)"),
                   ('Alex Villarreal', 'per:alex-villarreal', F, "the reporter's sign-off ('For VOA Learning English, I’m Alex Villarreal.')")],
}
# Not mentions: 'Shackleton' in '1915 Shackleton expedition' (ev-a4132661d4, an expedition's name);
# 'W.M. Keck' (ev-cae2c33cef, an observatory's name); 'Active Voice', 'Girl with a Purpose'
# (ev-77b80136a2, blogs); 'Anonymous' (ev-2545757f2a, a group); 'Global Voices Contributors'.
NAMES = {'per:sean-macfarland': 'Sean MacFarland', 'per:geoff-morrell': 'Geoff Morrell',
         'per:william-fallon': 'William Fallon', 'per:lita-dod-reporter-2008-03': 'Lita',
         'per:andrew-dod-reporter-2008-03': 'Andrew', 'per:ahmed-gv-2006-03': 'Ahmed',
         'per:manuel-de-araujo': 'Manuel de Araújo'}
Q = [
 # (doc, opening, kind, speaker, speaker text, cue, reason, uncertain, note, end text[, group])
 ('ev-77b80136a2', 'Law of Computer Crimes', 'scare', NO, NO, NO, "scare quotes: a law's name in a headline (rule 5)", F, NO, NO),
 ('ev-77b80136a2', ('movement "', 'February 20'), 'scare', NO, NO, NO, "scare quotes: a movement's name", F, NO, NO),
 ('ev-358e3f87d9', 'tip of the iceberg', 'mixed', 'per:jack-warner', 'he', 'says', NO, F,
  "a fragment of Warner's words with a post-posed cue ('It's only the \"tip of the iceberg,\" he says.'); pronoun speaker, Jack Warner named in the headline; the comma is inside the marks", NO),
 ('ev-358e3f87d9', 'Many people, including non-Muslims', 'direct', NO, NO, NO, PULL, F,
  "a whole sentence set as the teaser of a round-up of Global Voices contributors' views; the page credits it to no one", NO),
 ('ev-a9853e20d2', 'Everything is in vain in Gaza', 'direct', NO, NO, NO, PULL, U,
  "a Gaza blogger's words set as the headline of a round-up ('Palestine: “...”'); could be read as scare (a post's title)", NO),
 ('ev-a9853e20d2', 'gross negligence', 'mixed', NO, 'an earth and atmospheric sciences expert', 'concludes',
  'an expert the page does not name', F,
  "the expert's words as the object of 'concludes that the tragedy was caused by \"...\"' (mixed); the full stop is outside the marks", NO),
 ('ev-a9853e20d2', 'The Village Drowned', 'direct', NO, NO, NO, PULL, U,
  "words set as a headline after the topic ('Fiji Floods: ‘...’'); the page ends before its story credits them; could be read as scare (a post's title)", NO),
 ('ev-86267d4a01', 'We’ve seen an improvement', 'direct', 'per:ali-mokdad', 'Ali Mokdad', ('Professor Ali Mokdad ', 'says'), NO, F,
  "after a colon that ends the 'says' sentence ('Professor Ali Mokdad says ...: “...”'); the next paragraph's 'Professor Mokdad says' is nearer but is not this quotation's cue", NO),
 ('ev-86267d4a01', 'Less education, less income', 'direct', 'per:ali-mokdad', 'Ali Mokdad', ('South. Ali Mokdad ', 'says'), NO, F,
  "after a colon that ends the 'says' sentence ('Ali Mokdad says researchers know some of the reasons: “...”')", NO),
 ('ev-c13c552bd4', 'The Journal ofGenetic Counseling.', 'scare', NO, NO, NO, "scare quotes: a journal's title (rule 5)", F,
  "the words 'of' and 'Genetic' glued as the page stores them (its line wraps lost); the full stop is inside the marks", NO),
 ('ev-2545757f2a', ('WITH "', 'ANONYMOUS'), 'scare', NO, NO, NO, "scare quotes: a hacker group's name in a headline", F, NO, NO),
 ('ev-2545757f2a', ('with "', 'Anonymous'), 'scare', NO, NO, NO, "scare quotes: a hacker group's name in a headline", F, NO, NO),
 ('ev-2545757f2a', ('group "', 'Anonymous'), 'scare', NO, NO, NO, "scare quotes: a hacker group's name", F, NO, NO),
 ('ev-f9a85c25fd', 'No state can be allowed', 'direct', 'per:pamela-bondi', 'Pamela Bondi', 'said', NO, F,
  "post-posed cue with the title ('said Attorney General Pamela Bondi.')", NO, 1),
 ('ev-f9a85c25fd', 'The Department of Justice just won', 'direct', 'per:pamela-bondi', 'Pamela Bondi', 'said', NO, F,
  'split quotation, second part (no cue of its own)', NO, 1),
 ('ev-9193f05b14', 'Ghana is a tricky team', 'direct', 'per:even-pellerud', 'he', 'said', NO, F,
  "'he said' between the two parts; pronoun speaker, Even Pellerud named in the sentence before", NO, 1),
 ('ev-9193f05b14', 'They move the ball very well', 'direct', 'per:even-pellerud', 'he', 'said', NO, F,
  "split quotation, second part (no cue of its own); a bracketed insertion ('[time]') stays inside (rule 6)", NO, 1),
 ('ev-9193f05b14', 'I think that considering the 90 minutes', 'direct', 'per:bjarne-berntsen', 'he', 'said', NO, F,
  "post-posed ', he said.'; pronoun speaker, Bjarne Berntsen named in the sentence before; a bracketed insertion stays inside (rule 6)", NO),
 ('ev-b003d97213', 'Ghana is a tricky team', 'direct', 'per:even-pellerud', 'he', 'said', NO, F,
  "as in the other version (ev-9193f05b14)", NO, 1),
 ('ev-b003d97213', 'They move the ball very well', 'direct', 'per:even-pellerud', 'he', 'said', NO, F,
  'split quotation, second part (no cue of its own)', NO, 1),
 ('ev-b003d97213', 'I think that considering the 90 minutes', 'direct', 'per:bjarne-berntsen', 'he', 'said', NO, F,
  "as in the other version (ev-9193f05b14)", NO),
 ('ev-62fcff6d9a', 'extra innings', 'scare', NO, NO, NO, "scare quotes: a sports term explained for learners", F, 'the comma is inside the marks', NO),
 ('ev-62fcff6d9a', 'one of the most dominant eras', 'mixed', 'org:associated-press', 'Associated Press', 'called', NO, F,
  "the news agency's words as the object of 'called the two title runs ... \"...\"' (mixed); the speaker an organisation; the full stop is inside the marks", NO),
 ('ev-62fcff6d9a', ('a “', 'favorite,'), 'scare', NO, NO, NO, "scare quotes: a sports term explained for learners", F, 'the comma is inside the marks', NO),
 ('ev-62fcff6d9a', 'underdog,', 'scare', NO, NO, NO, "scare quotes: a sports term explained for learners", F, 'the comma is inside the marks', NO),
 ('ev-a4132661d4', ('after ‘', 'Top Model'), 'scare', NO, NO, NO, "scare quotes: a television series' short name in a headline (rule 5)", F, NO, NO),
 ('ev-a4132661d4', 'We are shocked to learn', 'direct', 'per:alexandre-borovik', 'Alexandre Borovik', 'said', NO, U,
  "the teaser is cut with '[…]' before the closing mark, so the span runs to the cut, '[…]' kept inside as the collections' precedent; the quotation's true end is not on the page", 'shut down […]'),
 ('ev-90895c3c1b', 'For the past four evenings', 'direct', 'per:veronica-khokhlova', 'Veronica Khokhlova', 'begins', NO, F,
  "a whole sentence of the author's post with a post-posed cue ('...” begins Veronica Khokhlova, who ...'); no comma before the closing mark", NO),
 ('ev-90895c3c1b', 'limitations on freedom of expression', 'mixed', 'per:fouad-al-farhan', 'Fouad Al-Farhan', 'explains', NO, F,
  "the blogger's words as part of the sentence 'Fouad Al-Farhan explains that he decided ... because of the \"...\"' (mixed); the full stop is inside the marks", NO),
]
COVERAGE_TAIL = 'no other labels; scored once, at the end of the session, for reporting only'
