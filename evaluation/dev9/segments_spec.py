"""Segments of collection 9, by reading (dev9_a): per page, each non-blank line's kind in
order; 'M' = the same piece as the line before (one segment over several lines); a line
given as a list [(prefix, kind), ..., (None, kind)] is cut after each prefix (the space at
the cut goes to a separator); ('AT', marker, kind, kind2) cuts the line just before the last
occurrence of marker (a caption with its credit glued on). Run by collection_builder.py;
offsets come from string search."""


def item(date: str, head: str, kind: str = 'heading') -> list:
    """A tag-listing line: date, headline and teaser run together on one line."""
    return [(date, 'metadata'), (head, kind), (None, 'body')]


def dateline(prefix: str) -> list:
    """A first paragraph that starts with its dateline."""
    return [(prefix, 'dateline'), (None, 'body')]


AF = ('AT', '(U.S. Air Force photo', 'caption', 'photo_credit')
S = {
 # a blog's archive page copying a Wikinews audio brief: archive line, headline, the credits
 # box (four lines, one piece), the player's link and help line, the script
 'ev-241bde59f6': ['navigation', 'title', 'metadata', 'M', 'M', 'M', 'widget', 'widget'] + ['body'] * 7,
 # defense.gov tag listings: breadcrumb, archive head (title), [tag name], date / headline / teaser
 'ev-142ae55810': ['navigation', 'title'] + ['metadata', 'heading', 'body'] * 7,
 'ev-9bc35093fb': ['navigation', 'title', 'heading'] + ['metadata', 'heading', 'body'] * 7,
 # Global Voices topic archives: title line, then headline / teaser
 'ev-883830be08': ['title'] + ['heading', 'body'] * 9,
 'ev-2dd0da6345': ['title'] + ['heading', 'body'] * 8 + ['heading'],
 # an Air Force wing's tag listing: date, headline and teaser on one line each; the first
 # story's headline is the page's title (a listing page)
 'ev-858d68ee1e': [item('April 5, 2022', "Austin: Budget Funds Military to Accomplish Today's, Tomorrow's Missions", 'title'),
                   item('March 7, 2022', 'National Defense Strategy Includes Lessons Learned From Past 6 Months'),
                   item('Feb. 23, 2022', 'Biden Shifts U.S. Troops in Europe to Defend Frontline NATO States'),
                   item('Feb. 18, 2022', 'NATO leaders look to defense, deterrence against Russia'),
                   item('Jan. 24, 2022', 'Austin Places 8,500 Troops on Heightened Readiness to Deploy to Europe'),
                   item('Dec. 23, 2021', 'Holiday Greetings From Secretary Austin, Charlene Austin'),
                   item('Dec. 20, 2021', 'DOD Issues Guidance on Plans to Counter Extremist Activity in the Force')],
 # VOA on its CMS preview host: accessibility lines, section label (kicker), headline, text
 'ev-f08c305afa': ['navigation', 'navigation', 'heading', 'title'] + ['body'] * 10,
 # Army News Service: the dateline glued to the first quotation; no headline on the page
 'ev-23b0d01f92': [dateline('FORT A.P. Hill, Va. (Army News Service) --')] + ['body'] * 6,
 # CALL newsletter: the banner image's alt text, newsletter number and month, chapter title
 'ev-e17214d4d5': ['caption', 'metadata', 'metadata', 'title', 'body', 'body'],
 # Air Force photo round-up: site tagline, .mil banner (two lines), content notice, captions
 # each with its credit glued on (the last cut before its credit)
 'ev-64172d5b28': ['navigation', 'widget', 'M', 'widget', AF, AF,
                   ('AT', '(U.S. Army photo', 'caption', 'photo_credit'), AF, 'caption'],
 # navy.mil release: .mil banner, text, two reader prompts, the footer menu (one piece)
 'ev-41b5e2ca8b': ['widget', 'M'] + ['body'] * 7 + ['reader_prompt', 'reader_prompt', 'navigation', 'M', 'M', 'M', 'M', 'M'],
 # DVIDS: dateline glued to the first sentence; no headline on the page
 'ev-49aa02bf83': [dateline('BAGHDAD -')] + ['body'] * 11,
 # blog copies of Navy News Service stories: blog date, headline, byline (two lines), dateline
 'ev-c8019fbf9f': ['metadata', 'title', 'byline', 'M', dateline('SANTA RITA, Guam (NNS) --')] + ['body'] * 9,
 'ev-7d16d231e4': ['metadata', 'title', 'byline', dateline('NORFOLK, Va (NNS) --')] + ['body'] * 7
                  + ['photo_credit', 'comments', 'reader_prompt'],
 # army.mil AMP page: the photo caption first (cut with '...'), then the story
 'ev-80fc813cd4': ['caption', dateline('FORT STEWART Ga. -')] + ['body'] * 8,
 # a learning blog's category page copying VOA Learning English: category title, per post a
 # kicker, the VOA headline run into its first paragraph, a 'Read More' link
 'ev-6b376edfd8': ['title'] + ['heading', [("Students’ Writing and the Web: Motivator or OMG?", 'heading'), (None, 'body')], 'widget',
                   'heading', [('Getting Schools Not Just to Go Green but Teach It, Too', 'heading'), (None, 'body')], 'widget',
                   'heading', [('A Military Education at West Point', 'heading'), (None, 'body')], 'widget', 'heading'],
 # an aggregator's print view of two State Department releases: headline (the first is the
 # page's title), release type, office / speaker, place, date, text
 'ev-51a86372c2': ['title', 'metadata', 'byline', 'dateline', 'metadata', 'body', 'body',
                   'heading', 'metadata', 'byline', 'M', 'dateline', 'M', 'metadata', 'body', 'body'],
 'ev-061d0d71c9': ['title'] + ['heading', 'body'] * 8,
 # a feed aggregator showing Global Voices items: feed title, 'Syndicate content' and tagline,
 # update line, then headline / date / teaser / category line
 'ev-08c37202cd': ['title', 'navigation', 'M', 'metadata'] + ['heading', 'metadata', 'body', 'metadata'] * 5
                  + ['heading', 'metadata', 'body'],
 # a learning site's copy of a VOA report: label line, headline with the site's prefix,
 # dateline glued to the first sentence, a section head, the related-articles list (one piece)
 'ev-8af5ab027c': ['navigation', 'title', dateline('GAZIANTEP, TURKEY—'), 'body', 'body', 'body', 'heading', 'body', 'body',
                   'body', 'body', 'body', 'related_links'] + ['M'] * 8,
}
