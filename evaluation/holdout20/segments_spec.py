"""Segments of collection 20 (held out), by reading (holdout20_a, an AI session, Anthropic
Claude; one pass, no human review), made before any StoryDrift annotator ran on these pages:
per page, each non-blank line's kind in order; 'M' = the same piece as the line before (one
segment over several lines: the .mil banner's two lines, a paragraph wrapped at a fixed width);
a line given as a list [(prefix, kind), ..., (None, kind)] is cut after each prefix (a dateline
or a date glued before the first sentence). Run by collection_builder.py; offsets come from
string search.
Conventions as collections 3-18: the .gov/.mil banner lines are `widget`; a site's job ad line
`ad`; a briefing's or release's head lines (speaker, office, place, date, time) and foot lines
(release number, contacts) `metadata`; an outlet's stock link line and a copy's source line at
the end `source_footer`; a listing's head is its title, headlines `heading`, teasers `body`; a
blog's label lines and a Global Voices language blurb `navigation`; a page whose stored text
starts with the story's first sentence has no title."""

S = {
 # a command's site's copy of a State Department speech: the .mil banner (one piece), the
 # embassy's name glued before the speech as a dateline
 'ev-05b0a30df4': ['widget', 'M', [('U.S. Embassy in Sri Lanka --', 'dateline'), (None, 'body')]],
 # an embassy's page of an ambassador's remarks (whole page): headline, date, paragraphs
 'ev-4c2070bf56': ['title', 'metadata'] + ['body'] * 3,
 # a briefing transcript on a defence-information site: the job ad, the head lines, the index
 # link, the time line, turns
 'ev-a6ba3b5915': ['ad', 'title'] + ['metadata'] * 5 + ['navigation', 'metadata'] + ['body'] * 5,
 # a site's archive of Wikinews openings: a teaser whose headline is cut off, then headline /
 # teaser pairs (date glued before the first sentence), the last headline cut
 'ev-a962c82765': [[('Tuesday, April 1, 2008', 'metadata'), (None, 'body')]] + [x for pair in [
     ('heading', [('Monday, May 5, 2008', 'metadata'), (None, 'body')]),
     ('heading', [('Wednesday, June 30, 2010', 'metadata'), (None, 'body')]),
     ('heading', [('Friday, February 23, 2007', 'metadata'), (None, 'body')]),
     ('heading', [('Saturday, April 17, 2010', 'metadata'), (None, 'body')])] for x in pair] + ['heading'],
 # a space-news site's copy of a NASA statement: headline, the statement's head line, paragraphs
 'ev-96487c7078': ['title', 'metadata', 'body', 'body'],
 # a news site's copy of an embassy release (whole page): a date label glued to the lede,
 # paragraphs, the source line
 'ev-9d85e94223': [[('date 2024-02-08', 'metadata'), (None, 'body')], 'body', 'body', 'source_footer'],
 # a blog's copy of an embassy release: headline, paragraphs (one printed twice)
 'ev-c35a898d68': ['title'] + ['body'] * 5,
 # an aggregator's copy of an embassy release (whole page), no headline
 'ev-bc9f59d94a': ['body'] * 5,
 # a NASA advisory on its own site (whole page): the text-size widget, headline, dateline glued
 # to the lede, paragraphs, release number, contacts, centre
 'ev-91a7cb04e8': ['widget', 'title', [('GREENBELT, Md. --', 'dateline'), (None, 'body')], 'body', 'body', 'body',
                   'metadata', 'metadata', 'metadata'],
 # a blog's copy of two NASA releases wrapped at a fixed width: headline, paragraphs (a dateline
 # glued to each lede), NASA's stock link line, the second release's headline and start
 'ev-efca3b3f27': ['title', [('CAPE CANAVERAL, Fla. --', 'dateline'), (None, 'body')]] + ['M'] * 5
                  + ['body'] + ['M'] * 4 + ['body'] + ['M'] * 3 + ['body'] + ['M'] * 6
                  + ['source_footer', 'heading', [('WASHINGTON --', 'dateline'), (None, 'body')]] + ['M'] * 4 + ['body'],
 # a copy of Global Voices Advocacy's monthly archive: head, headline / teaser pairs, the last
 # headline cut
 'ev-06bf630f4e': ['title'] + ['heading', 'body'] * 8 + ['heading'],
 # a blog's label page of two Wikinews posts: blog widget, the label line twice, date, post
 # title, paragraphs, date, post title, the 'Full story' link line, paragraphs
 'ev-9da88cf685': ['widget', 'navigation', 'navigation', 'metadata', 'title', 'body', 'body', 'body', 'metadata',
                   'heading', 'related_links', 'body', 'body', 'body'],
 # Global Voices' language archive: month line, the stock blurb, head, headline / teaser pairs
 'ev-d581578ea5': ['metadata', 'navigation', 'title'] + ['heading', 'body'] * 5,
}
