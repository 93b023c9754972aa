"""Segments of collection 14, by reading (dev14_a, an AI session, Anthropic Claude): per page,
each non-blank line's kind in order; 'M' = the same piece as the line before (one segment over
several lines: a byline and its office, an index of topics, a video box); a line given as a
list [(prefix, kind), ..., (None, kind)] is cut after each prefix (the space at the cut, if
any, goes to a separator). Run by collection_builder.py; offsets come from string search.
Conventions as collections 3-13: transcript and interview turns, labels glued to the speech
or not, are `body` (one piece per line); a briefing's time line, room line, series label and
date `metadata`, the speaker's name and office `byline`, the place `dateline`; a briefing's
index of topics is one `table_of_contents` piece (its label and its topic lines); a video
box's title with its player lines is `widget`, as VOA pages of collections 1-13; a listing's
head is its title, headlines `heading`, teasers `body`; a headline printed again over a
post's text is `heading`."""

S = {
 # a gopher feed mirror's copy of VOA's transcript as one run-on line: the mirror's stock
 # public-domain notice, the title, the byline, then the turns run together (one piece)
 'ev-6c31fa9759': [[('Originally posted by the Voice of America. Voice of America content is produced by the '
                     'Voice of America, a United States federal government-sponsored entity, and is in the '
                     'public domain.', 'source_footer'),
                    ('Transcript of VOA Interview with Secretary of State John Kerry', 'title'),
                    ('by Scott Stearns', 'byline'), (None, 'body')]],
 # Inside VOA: site lines, headline, a photo caption printed twice, paragraphs
 'ev-398176f5c3': ['navigation', 'navigation', 'title', 'caption', 'caption'] + ['body'] * 9,
 # voanews video report: section line, headline, the video box (its title with the info
 # icon's 'i' glued, the close 'X'), its date, the video's summary, the headline again, text
 'ev-9dd0dd93d1': ['navigation', 'title', 'widget', 'M', 'metadata', 'standfirst', 'heading'] + ['body'] * 7,
 # voanews interview: site lines, headline, the media player (video title, 'please wait',
 # no-source notice, counters), the video's title again, intro, turns
 'ev-e683157894': ['navigation', 'navigation', 'title', 'widget', 'M', 'widget', 'widget', 'widget', 'body',
                   'body', 'body', 'body', 'body', 'body', 'body'],
 'ev-dace14f64d': ['navigation', 'navigation', 'title', 'widget', 'M', 'widget', 'widget', 'widget', 'body',
                   'body', 'body', 'body', 'body', 'body'],
 # a Chinese learning site's copy of a VOA transcript: the site's label, the title with its
 # programme prefix (kept in the title, as collection 5's hxen page), dateline cut off the
 # intro, turns
 'ev-a0dc00d2a9': ['navigation', 'title', [('RANGOON —', 'dateline'), (None, 'body')], 'body', 'body', 'body',
                   'body'],
 # State Department briefing in the department's archive: title, name and office, series,
 # place, date, time, turns
 'ev-daf9105f14': ['title', 'byline', 'M', 'metadata', 'dateline', 'metadata', 'metadata'] + ['body'] * 7,
 # a local news site's copy: its headline, its dateline tag with the date, the index, time,
 # turns
 'ev-36c431da79': ['title', 'dateline', 'table_of_contents'] + ['M'] * 21 + ['metadata'] + ['body'] * 12,
 # a news library's copy: donation banner, the briefing's head, the index, time, turns
 'ev-a6c2aa9ac2': ['ad', 'title', 'byline', 'M', 'metadata', 'dateline', 'metadata', 'table_of_contents']
                  + ['M'] * 12 + ['metadata'] + ['body'] * 12,
 # a university archive's copy of a White House briefing: the archive's portrait label (its
 # furniture, not the briefing's), title, date, room, time, turns
 'ev-fe6b47843a': ['widget', 'title', 'metadata', 'metadata', 'metadata'] + ['body'] * 17,
 # a mirror's copy of a Wikinews interview: title, stock header lines, date, the portal box
 # (head, image file name, link line: one piece as collection 3's sibling page), a stray
 # image credit with a template's brace, dateline cut off the lede, turns
 'ev-fba68e9022': ['title', 'navigation', 'navigation', 'metadata', 'related_links', 'M', 'M', 'photo_credit',
                   [('London, England—', 'dateline'), (None, 'body')]] + ['body'] * 9,
 # VOA learning site: site lines, headline, the teaser with the transcript label, script
 'ev-4a71c837de': ['navigation', 'navigation', 'title',
                   [('There were 380,000 finishers last year.', 'standfirst'), (None, 'metadata')]]
                  + ['body'] * 7,
 # the FBI's news blog listing: breadcrumb, head, post count, then per post: date line,
 # headline, teaser, headline again, image label, the post's opening, 'Full story'
 'ev-3cc8d762ea': ['navigation', 'title', 'metadata', 'metadata', 'heading', 'body', 'heading', 'caption',
                   'body', 'body', 'widget', 'metadata', 'heading', 'body', 'heading', 'body', 'body', 'body'],
 'ev-018a63f010': ['navigation', 'title', 'metadata', 'metadata', 'heading', 'body', 'heading', 'caption',
                   'body', 'body', 'widget', 'metadata', 'heading', 'body', 'heading', 'body', 'body', 'widget',
                   'metadata', 'heading', 'body'],
 # a document site's listing of Global Voices stories: per item, the outlet / reading time
 # / category line, headline, teaser (an image caption run into one teaser); no page head
 'ev-d6c7102349': ['metadata', 'heading', 'body', 'metadata', 'heading', 'body', 'metadata', 'heading', 'body',
                   'metadata', 'heading', 'body', 'metadata', 'heading',
                   [('Advertisement in Newspaper celebrating the killings. Translation: Four gone. How many left? '
                     'The country will deliver justice. Widely distributed image from the Facebook page '
                     '“Indians of Late Capitalism”', 'caption'), (None, 'body')],
                   'metadata', 'heading', 'body', 'metadata', 'heading', 'body', 'metadata'],
 # Global Voices topic archive: head, headline / teaser per item
 'ev-cfdff14ce9': ['title'] + ['heading', 'body'] * 9,
}
