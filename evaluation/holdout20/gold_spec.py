"""Collection 20 (held out): the gold decided by reading (pass holdout20_a, an AI session,
Anthropic Claude; one pass, no human review), made before any StoryDrift annotator ran on these
pages. The pages, their document labels and segments landed first (2026-12-04, about 22:59 UTC);
the quotes and PERSON mentions below were added by the same session about 23:00-23:15 UTC, still
before any annotator ran on the pages. The row formats of P and Q are the ones
collection_builder.py reads (see person_mentions, quote_records); offsets come from string search
on the exact page text and are checked there."""
U = True
NO = None
F = False

# the outlets' own sites: a page there is the original, any other host a copy
OWN_HOSTS = {'www.nasa.gov', 'japan2.usembassy.gov', 'globalvoicesonline.org'}
BY = 'holdout20_a'
DOC_NOTES = {
    'ev-06bf630f4e': "The page is hosted by calendarfreemonthly2023.netlify.app (a site serving copies of other "
                     "sites' pages under its own addresses) but the headlines and teasers are Global Voices "
                     "Advocacy's own (CC BY 3.0), its archive of October 2014.",
    'ev-a962c82765': "The page is hosted by chemistrying.com (a site's archive pages) but the headlines and teasers "
                     "are the openings of English Wikinews articles (CC BY 2.5), each cut with '[…]'.",
    'ev-9da88cf685': "The page is hosted by wikinewsreports.blogspot.com (a blog of Wikinews contributors that "
                     "promotes Wikinews stories) but the posts are Wikinews' own (CC BY 2.5).",
    'ev-d581578ea5': "Published by Global Voices on its former domain (globalvoicesonline.org), its Russian "
                     "language archive of July 2009.",
}
HANDLE = "a user name standing for a blogger (rule 8: handles, uncertain); a page-local id"
P = {  # doc: [(surface, entity_id, uncertain, note)]
 'ev-05b0a30df4': [('Sonnek', 'per:sonnek-dcm-colombo', F, "'Deputy Chief of Mission Sonnek' (title out); the page gives no first name: a page-local id"),
                   ('Chung', 'per:julie-chung', U, "'Ambassador Chung' (title out), twice: Julie Chung, U.S. ambassador to Sri Lanka, by world knowledge"),
                   ('Ranil Wickremesinghe', 'per:ranil-wickremesinghe', F, "'President of Sri Lanka Honorable Ranil Wickremesinghe' (titles out)"),
                   ('Blinken', 'per:antony-blinken', U, "'Secretary Blinken' (title out): Antony Blinken, by world knowledge; the page gives no first name")],
 'ev-4c2070bf56': [('Kennedy', 'per:caroline-kennedy', U, "'Ambassador Kennedy's Remarks' (title and possessive out): Caroline Kennedy, U.S. ambassador to Japan in 2016, by world knowledge")],
 'ev-a6ba3b5915': [('Elizabeth Trudeau', 'per:elizabeth-trudeau', F, "the briefing's speaker line"),
                   ('TRUDEAU', 'per:elizabeth-trudeau', F, "speaker label 'MS TRUDEAU:' (title out, rule 1)"),
                   ('Kerry', 'per:john-kerry', U, "'Secretary Kerry' (title out): John Kerry, Secretary of State in 2016, by world knowledge")],
 'ev-a962c82765': [('Nicolas Sarkozy', 'per:nicolas-sarkozy', F, "'French President Nicolas Sarkozy' (title out)"),
                   ('Carla Bruni', 'per:carla-bruni', F, "'his wife, Italian artist and model Carla Bruni'"),
                   ('Brenden Morrow', 'per:brenden-morrow', F, NO),
                   ('Joe Schriner', 'per:joe-schriner', F, "in a headline and its teaser"),
                   ('Schriner', 'per:joe-schriner', F, "the surname alone ('Schriner previously ran')")],
 'ev-96487c7078': [('Charles Bolden', 'per:charles-bolden', F, "'Statement of Mr. Charles Bolden Administrator ...' (title out)"),
                   ('Bolden', 'per:charles-bolden', F, "'NASA Administrator Bolden' in the headline (title out)")],
 'ev-9d85e94223': [('Roger F Nyhus', 'per:roger-f-nyhus', F, "'United States Ambassador to Grenada Roger F Nyhus' (title out; no full stop after the initial, as written)"),
                   ('Nyhus', 'per:roger-f-nyhus', F, "'Ambassador Nyhus' (title out), twice"),
                   ('Cécile La Grenade', 'per:cecile-la-grenade', F, "'Her Excellency Dame Cécile La Grenade' (honorifics out)")],
 'ev-c35a898d68': [('Piper Anne Wind Campbell', 'per:piper-anne-wind-campbell', F, "in the headline and the lede"),
                   ('Campbell', 'per:piper-anne-wind-campbell', F, "'Ambassador Campbell' (title out), also before a possessive"),
                   ('Elbegdorj', 'per:tsakhiagiin-elbegdorj', F, "'President Elbegdorj' (title out), three times; the name the page gives"),
                   ('Bold', 'per:luvsanvandan-bold', F, "'Minister of Foreign Affairs and Trade Bold' (title out), twice (the paragraph printed twice); the name the page gives")],
 'ev-bc9f59d94a': [('Dennis Walter Hearne', 'per:dennis-walter-hearne', F, "'U.S. Ambassador Dennis Walter Hearne' (title out)"),
                   ('Tracy Thomas', 'per:tracy-thomas', F, "'... Managing Director Tracy Thomas' (title out)"),
                   ('Ernesto Max Tonela', 'per:ernesto-max-tonela', F, "after a long title ('Minister of Mineral Resources and Energy')"),
                   ('Vicente Joaquim', 'per:vicente-joaquim', F, "'Maputo City Secretary of State Vicente Joaquim' (title out)"),
                   ('Julio Parruque', 'per:julio-parruque', F, "'Maputo Province Governor Julio Parruque' (title out)")],
 'ev-91a7cb04e8': [('Charles Bolden', 'per:charles-bolden', F, "'NASA Administrator Charles Bolden' (title out)"),
                   ('Bolden', 'per:charles-bolden', F, "'hear Bolden discuss' and 'Administrator Bolden' (title out)"),
                   ('Edward Campion', 'per:edward-campion', F, "a contact named in the text"),
                   ('Ed Campion', 'per:edward-campion', F, "the contact line 'Ed Campion/Malissa Reyes' (a short first name)"),
                   ('Malissa Reyes', 'per:malissa-reyes', F, "in the text and the contact line, after a slash")],
 'ev-efca3b3f27': [('Waleed Abdalati', 'per:waleed-abdalati', F, "'NASA's Chief Scientist, Waleed Abdalati,' (wrapped line before the title)"),
                   ('Mikulski', 'per:barbara-mikulski', F, "'for Senator Mikulski' in the headline (title out); 'Barbara A. Mikulski Archive' names an archive, no mention")],
 'ev-06bf630f4e': [('Aécio Neves', 'per:aecio-neves', F, "'presidential candidate Aécio Neves'"),
                   ('Robert Serra', 'per:robert-serra', F, "'Socialist Party Deputy Robert Serra' (title out)")],
 'ev-9da88cf685': [('David Shankbone', 'per:david-shankbone', F, "'Wikinews reporter and photographer David Shankbone'; the catalogue's Shankbone"),
                   ('Mahmoud Ahmadinejad', 'per:mahmoud-ahmadinejad', F, "'Iranian President Mahmoud Ahmadinejad' (title out)"),
                   ('Ahmadinejad', 'per:mahmoud-ahmadinejad', F, "the surname alone"),
                   ('Lee Bollinger', 'per:lee-bollinger', F, "'University president Lee Bollinger' (title out)")],
 'ev-d581578ea5': [('dobrokhotov', 'per:lj-dobrokhotov', U, "'LJ user dobrokhotov wrote': " + HANDLE),
                   ('putin', 'per:vladimir-putin', U, "inside a chant in single marks ('margbar putin', 'death to Putin'), lower case as written: Vladimir Putin"),
                   ('Tatsiana Elavaya', 'per:tatsiana-elavaya', F, "'Belarusian blogger Tatsiana Elavaya'"),
                   ('Tatsiana', 'per:tatsiana-elavaya', F, "her first name alone ('when Tatsiana posted it')"),
                   ('Remy_G', 'per:remy-g', U, "'Remy_G tweets': " + HANDLE),
                   ('kutuzov', 'per:lj-kutuzov', U, "'LJ user kutuzov‘s comment' (a curly single mark for the apostrophe, out): " + HANDLE),
                   ('Natalya Estemirova', 'per:natalya-estemirova', F, "in a headline and inside a quotation ('Natalya Estemirova’s murder', possessive out)"),
                   ('Oleg Kozlovsky', 'per:oleg-kozlovsky', F, NO)],
}
# Not mentions: 'Barbara A. Mikulski Archive' (ev-efca3b3f27, an archive's name); 'Whisper'
# (ev-06bf630f4e, an app); 'A Step At A Time' and 'Prague Watchdog' (ev-d581578ea5, a blog and a
# site); 'Indymedia', 'Commons' (ev-9da88cf685); 'The Sun' (ev-a962c82765, a newspaper).
NOT_NAMES = {'ev-efca3b3f27': ['Barbara A. Mikulski Archive']}
NAMES = {'per:sonnek-dcm-colombo': 'Sonnek', 'per:julie-chung': 'Julie Chung', 'per:caroline-kennedy': 'Caroline Kennedy',
         'per:tsakhiagiin-elbegdorj': 'Tsakhiagiin Elbegdorj', 'per:luvsanvandan-bold': 'Luvsanvandan Bold',
         'per:barbara-mikulski': 'Barbara Mikulski', 'per:lj-dobrokhotov': 'dobrokhotov', 'per:lj-kutuzov': 'kutuzov',
         'per:remy-g': 'Remy_G', 'per:vladimir-putin': 'Vladimir Putin', 'per:antony-blinken': 'Antony J. Blinken',
         'per:john-kerry': 'John Kerry', 'per:edward-campion': 'Edward Campion',
         'per:elizabeth-trudeau': 'Elizabeth Trudeau', 'per:charles-bolden': 'Charles Bolden'}
Q = [
 # (doc, opening, kind, speaker, speaker text, cue, reason, uncertain, note, end text[, group])
 ('ev-9d85e94223', 'This year, we celebrate 50 years', 'direct', 'per:roger-f-nyhus', 'Nyhus', 'said', NO, F,
  "a whole paragraph in curly marks with the cue after it ('...,” Ambassador Nyhus said.'); the comma is inside the marks", NO),
 ('ev-efca3b3f27', "The Space Telescope Science Institute's decision", 'direct', 'per:waleed-abdalati', 'Waleed Abdalati',
  'statement', NO, U,
  "the Chief Scientist's statement, introduced by 'The following is a statement from NASA's Chief Scientist, Waleed Abdalati'; the stored text ends mid-word before the closing mark, so the span runs to the cut", 'databas'),
 ('ev-06bf630f4e', 'access to computer with criminal', 'scare', NO, NO, NO, "scare quotes: the wording of a criminal charge", U,
  "the charge's words in straight marks ('charged with \"...\"'); could be read as mixed, the law's words; the full stop is inside the marks", NO),
 ('ev-d581578ea5', 'We', 'scare', NO, NO, NO, "scare quotes: a movement's name", F, NO, NO),
 ('ev-d581578ea5', '[…] The main thing', 'direct', 'per:lj-dobrokhotov', 'dobrokhotov', 'wrote', NO, U,
  "the blogger's post quoted after a colon; it opens with '[…]' (kept inside) and the teaser is cut with '...' before the closing mark, so the span runs to the cut; the chant in single marks ('margbar putin') stays inside", 'but,...'),
 ('ev-d581578ea5', 'on the political background', 'mixed', NO, 'A Step At A Time', 'translates', 'a blog named by its title', U,
  "the blog's description of the comment it translates, as part of the sentence ('translates ... comment “...”'); a blog named by its title speaks as no person (collection 16); could be read as scare (a post's title)", NO),
 ('ev-d581578ea5', 'margbar putin', 'direct', NO, 'the Iranian opposition', 'chanting', 'a crowd, no entity', U,
  "h20-adj-1 (pass B's): the chant in single marks inside the blogger's quotation ('we'd like the Iranian opposition to go on chanting ‘margbar putin’'), recorded as the set records nested quotations; the chant's words, credited to those chanting; could be read mixed or scare", NO),
 ('ev-d581578ea5', 'the vigil-cum-rally', 'mixed', 'org:prague-watchdog', 'Prague Watchdog', NO, NO, U,
  "the photo report's words as the object of 'links to Prague Watchdog's photo report on “...”' (mixed); the full stop is inside the marks; could be read as scare (a report's title); h20-adj-3 (pass B's): the site speaks as an organisation, as an outlet a clause is sourced to does", NO),
]
COVERAGE_TAIL = 'no other labels; scored once, at the end of the session, for reporting only'
# h20-adj-3: the outlet speaking in the photo report (pass B's entity)
ORGS = [{"entity_id": "org:prague-watchdog", "name": "Prague Watchdog", "label": "ORG",
         "aliases": ["Prague Watchdog"], "role": "news website on Chechnya (photo report)",
         "note": "speaker of a quoted photo report (h20-adj-3); no ORG mentions are annotated "
                 "in collection 20 (PERSON only)"}]
