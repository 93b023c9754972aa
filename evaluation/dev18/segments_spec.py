"""Segments of collection 18 (dev), by reading (dev18_a, an AI session, Anthropic Claude; one
pass, no human review), made before any StoryDrift annotator ran on these pages: per page, each
non-blank line's kind in order; 'M' = the same piece as the line before (a paragraph wrapped at a
fixed width over several lines; a byline and its unit line); a line given as a list
[(prefix, kind), ..., (None, kind)] is cut after each prefix (a dateline glued before the
lede). Run by collection_builder.py; offsets come from string search.
Conventions as collections 3-17: a caption printed twice is two captions; a listing's head is
its title, headlines `heading`, teasers `body`; date heads of a listing and a post's date
`metadata`; a transcript's or speech's head lines (speaker, office, room, city, date, time)
`metadata`; a CMS error line, a site's photo label and a 'Redirecting...' line `widget`; a
blog's link items after the post `related_links`; a story glued to its byline in one headline
line stays the title."""

W = ['body'] + ['M']  # helper: not used for lengths

S = {
 # The American Presidency Project: photo label, title, date, room, time, turns
 'ev-5911a2b7dc': ['widget', 'title', 'metadata', 'metadata', 'metadata'] + ['body'] * 4,
 # State Department mobile site: speaker, office, room, city, date, CMS error line, speech
 'ev-816544ee58': ['metadata'] * 5 + ['widget'] + ['body'] * 4,
 # a patriotic site's copy of an Army Reserve story: headline with byline glued, date, wrapped
 # paragraphs (each paragraph one piece), a photo caption run into the text, cut
 'ev-c418652ce5': ['title', 'metadata'] + ['body'] + ['M'] * 4 + ['body'] + ['M'] * 5 + ['body'] + ['M'] * 8
                  + ['body'] + ['M'] * 7 + ['caption'] + ['M'] * 4,
 # DVIDS story with no headline: dateline glued to the lede, paragraphs
 'ev-f297f41f70': [[('WASHINGTON -', 'dateline'), (None, 'body')]] + ['body'] * 9,
 # NCO Journal blog: headline, byline and agency line, paragraphs, caption twice, section head
 'ev-51377ee91b': ['title', 'byline', 'M', 'body', 'body', 'caption', 'caption', 'body', 'body', 'body', 'heading', 'body'],
 # an aggregator's category page: two headlines, each with its 'Source:' line
 'ev-4e0cbd0427': ['title', 'metadata', 'body', 'body', 'body', 'body', 'heading', 'metadata',
                   [('Montana –', 'dateline'), (None, 'body')], 'body'],
 # Advox topic archive: head, headline / teaser pairs
 'ev-836671ca90': ['title'] + ['heading', 'body'] * 8,
 # Wayback copy of Global Voices' front page: head, date heads, headline / teaser pairs
 'ev-d8b1ab61d9': ['title', 'metadata'] + ['heading', 'body'] * 8 + ['metadata', 'heading', 'body'],
 # a naval blog's archive: post date, headline, dateline glued to the lede, paragraphs, the
 # blog's link items (a newspaper headline printed twice) and the next item's headline
 'ev-b4d8787f95': ['metadata', 'title', [('San Diego November 30, 2010 -', 'dateline'), (None, 'body')],
                   'body', 'body', 'body', 'body', 'related_links', 'related_links', 'heading'],
 # a military-news blog's copy of an Air Force story: byline and unit line, dateline glued to
 # the wrapped lede, wrapped paragraphs
 'ev-cb900a11ae': ['byline', 'M', [('10/22/2013 - MISAWA AIR BASE, Japan --', 'dateline'), (None, 'body')]] + ['M'] * 6
                  + ['body', 'M', 'M'] + ['body'] + ['M'] * 6 + ['body', 'M', 'M'] + ['body', 'M', 'M', 'M']
                  + ['body', 'M', 'M', 'M'] + ['body', 'M', 'M'] + ['body', 'M'],
 # Ellsworth AFB: headline, 'Published' bullet, byline and unit bullets, paragraphs
 'ev-af6a18013e': ['title', 'metadata', 'byline', 'M'] + ['body'] * 10,
 # Air University: 'Redirecting...', headline, 'Published' bullet, byline and unit bullets, text
 'ev-b2db3a99dc': ['widget', 'title', 'metadata', 'byline', 'M'] + ['body'] * 5,
}
del W
