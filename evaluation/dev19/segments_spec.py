"""Segments of collection 19 (dev), by reading (dev19_a, an AI session, Anthropic Claude; one
pass, no human review), made before any StoryDrift annotator ran on these pages: per page, each
non-blank line's kind in order; 'M' = the same piece as the line before; a line given as a list
[(prefix, kind), ..., (None, kind)] is cut after each prefix (a dateline glued before the
lede). Run by collection_builder.py; offsets come from string search.
Conventions as collections 3-18: a release's head lines (number, contact, type, date, city,
office, phone) and a transcript's head lines (type, location) `metadata`; a headline printed
again before the text `heading`; a unit line before its byline is one piece with it; a host's
search form and section label `navigation`; a listing's headlines `heading`, teasers `body`."""

S = {
 # NOAA release: release number, contact, paragraphs (no headline), cut in a quotation
 'ev-dfb4635fea': ['metadata', 'metadata'] + ['body'] * 7,
 # army.mil story with no headline: dateline glued to the lede, paragraphs
 'ev-3f787dc430': [[('CONTINGENCY OPERATING BASE SPEICHER, TIKRIT, Iraq -', 'dateline'), (None, 'body')]] + ['body'] * 7,
 # DVIDS story with no headline: dateline glued to the lede, paragraphs
 'ev-5811d13bd9': [[('JOINT BASE LEWIS-MCCHORD, Wash. –', 'dateline'), (None, 'body')]] + ['body'] * 5,
 # DVIDS print view: headline, unit line and byline, Date / Posted / News ID, headline again,
 # dateline glued to the lede, paragraphs
 'ev-9d2ef2532b': ['title', 'byline', 'M', 'metadata', 'metadata', 'metadata', 'heading',
                   [('CAMP BUEHRING, Kuwait –', 'dateline'), (None, 'body')]] + ['body'] * 6,
 # AGENPARL's copy of an EPA release: agency header glued to the headline (the title), date,
 # 'Contact Information', dateline glued to the lede, paragraphs and speakers' statements
 'ev-63075eb00d': ['title', 'metadata', 'metadata', [('WASHINGTON–', 'dateline'), (None, 'body')]] + ['body'] * 5,
 # Vote Smart's copy of a USDA media conference: search form and section label, headline,
 # type and location lines, turns
 'ev-5d270419c7': ['navigation'] * 4 + ['title', 'metadata', 'metadata'] + ['body'] * 8,
 # an FBI weekly round-up posted on a forum: release head lines, title, headline / teaser pairs
 'ev-07eca4e569': ['metadata'] * 6 + ['title'] + ['heading', 'body'] * 4,
 # a podcast directory's show page for a VOA feed: show name, directory labels, VOA's stock
 # self-description (furniture), episode count, an episode's headline and text
 'ev-69f81c60de': ['title', 'navigation', 'widget', 'widget', 'navigation', 'metadata', 'heading', 'body'],
 # a feed aggregator: its head, then VOA items: headline, feed-and-time line, teaser
 'ev-2f504eed50': ['title'] + ['heading', 'metadata', 'body'] * 5,
}
