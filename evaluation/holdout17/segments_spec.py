"""Segments of collection 17 (held out), by reading (holdout17_a, an AI session, Anthropic
Claude; one pass, no human review), made before any StoryDrift annotator ran on these pages:
per page, each non-blank line's kind in order; 'M' = the same piece as the line before (one
segment over several lines: the .gov banner's first two lines, an audio player's title and its
'please wait'); a line given as a list [(prefix, kind), ..., (None, kind)] is cut after each
prefix (a Wikinews teaser with its date glued before the first sentence). Run by
collection_builder.py; offsets come from string search.
Conventions as collections 3-16: a caption printed twice is two captions; a VOA player's title
with 'please wait', its no-source notice, counters and 'Direct link' are `widget`; the .gov
banner lines and a site's archive notice are `widget`; transcript turns (labels glued to the
speech, a label or a reporter's name alone on its line, '(MUSIC)') are `body`, one piece per
line; a briefing's or release's head lines (date, 'FROM:' and 'Source:' lines) `metadata`; a
listing's head is its title, headlines `heading`, teasers `body`; a site's breadcrumb, its
'正文' label, a blog's name and its label lines `navigation`; a page whose stored text starts
with the story's first sentence has no title."""

S = {
 # Global Voices elections archive (December 2011): head, then headline / teaser pairs, the
 # last teaser cut off
 'ev-77b80136a2': ['title'] + ['heading', 'body'] * 7,
 # a mirror of Global Voices' elections archive (June 2015): head, headline / teaser pairs
 'ev-358e3f87d9': ['title'] + ['heading', 'body'] * 8,
 # Global Voices disaster archive (January 2009, page 2): head, headline / teaser pairs
 'ev-a9853e20d2': ['title'] + ['heading', 'body'] * 7,
 # a medical-English site's copy of a VOA Health Report: the site's lesson title (the page's
 # title), its series line, the programme line, paragraphs
 'ev-86267d4a01': ['title', 'metadata'] + ['body'] * 8,
 # a Chinese site's copy of a VOA Health Report: numbered headline, programme line, paragraphs
 'ev-c13c552bd4': ['title'] + ['body'] * 8,
 # a press-release blog's label page: the label line printed twice, the post date, the blog's
 # post title, the 'FROM:' line, the release date, the release's headline, the release
 'ev-2545757f2a': ['navigation', 'navigation', 'metadata', 'title', 'metadata', 'metadata', 'heading'] + ['body'] * 5,
 # a news aggregator's listing of Justice Department releases: headline, 'Source:' line, text,
 # the link line, the second release's headline, 'Source:' line and start
 'ev-f9a85c25fd': ['title', 'metadata', 'body', 'body', 'body', 'body', 'related_links', 'heading', 'metadata', 'body',
                   'body'],
 # a Chinese learning site's copy of a VOA match report (version 1 of 2): breadcrumb, '正文'
 # label, headline, date/source line, audio-download line, paragraphs and quotation paragraphs
 'ev-9193f05b14': ['navigation', 'navigation', 'title', 'metadata', 'widget'] + ['body'] * 10,
 # a Chinese site's copy of the same report (version 2 of 2): no headline, paragraphs only
 'ev-b003d97213': ['body'] * 12,
 # VOA Learning English on its own site: site lines, headline, a caption printed twice, the
 # audio player (title with 'please wait', no-source notice, counters, 'Direct link'), text
 'ev-62fcff6d9a': ['navigation', 'navigation', 'title', 'caption', 'caption', 'widget', 'M', 'widget', 'widget', 'widget']
                  + ['body'] * 10,
 # a blog's monthly archive of Wikinews openings: head, then headline / teaser pairs, each
 # teaser's date glued before its first sentence
 'ev-a4132661d4': ['title'] + [x for pair in [
     ('heading', [('Thursday, April 30, 2020', 'metadata'), (None, 'body')]),
     ('heading', [('Monday, November 26, 2007', 'metadata'), (None, 'body')]),
     ('heading', [('Saturday, February 2, 2008', 'metadata'), (None, 'body')]),
     ('heading', [('Tuesday, August 14, 2007', 'metadata'), (None, 'body')]),
     ('heading', [('Thursday, March 10, 2022', 'metadata'), (None, 'body')])] for x in pair],
 # Global Voices' digest blog: the blog's name, the post's date and category lines, the
 # digest's head (title), section heads and paragraphs
 'ev-90895c3c1b': ['navigation', 'metadata', 'metadata', 'title'] + ['heading', 'body'] * 4,
 # a Defense Department briefing transcript on its own site: the .gov banner (its first two
 # lines one piece), the archive notice, title, turns
 'ev-78eb3923b4': ['widget', 'M', 'widget', 'widget', 'widget', 'widget', 'widget', 'title'] + ['body'] * 6,
 # a mailing-list archive's copy of a Pentagon briefing: title, the list's date line, turns
 'ev-4ff561ff30': ['title', 'metadata'] + ['body'] * 15,
 # a Chinese learning site's copy of a VOA Special English science script: the headline cut,
 # the headline in full, byline, broadcast line, then the script ('(MUSIC)' cues, voice labels
 # on lines of their own, paragraphs)
 'ev-cae2c33cef': ['title', 'heading', 'byline', 'metadata'] + ['body'] * 15,
 # an English-learning site's copy of a VOA Learning English Health Report (the whole stored
 # page): headline, programme line, paragraphs, the reporter's sign-off, the site's 'Comments'
 'ev-4067aab1d6': ['title'] + ['body'] * 5 + ['comments'],
}
