"""Segments of collection 7 (held out), by reading (holdout7_a), made before any annotator
ran on these pages: per page, each non-blank line's kind in order; 'M' = the same piece as
the line before (one segment over several lines); a line given as a list [(prefix, kind),
..., (None, kind)] is cut after each prefix (a space at the cut goes to a separator).
Run by collection_builder.py; offsets come from string search."""
PIPES = 'widget'  # a blog's empty table cells ('| ||||...') glued after a line: layout debris
S = {
 # Global Voices post: headline, four paragraphs, then '6 comments' and the comment list
 # (trackback, a commenter's name line, his comment, a pingback cut mid-word): one piece
 'ev-a78eb8edf5': ['title', 'body', 'body', 'body', 'body', 'comments', 'M', 'M', 'M', 'M', 'M', 'M'],
 # DoD transcript in a mailing-list archive: the list's subscription notice, time stamp,
 # 'Presenter:' line (metadata), the title, then the speech (label + turn: body)
 'ev-8979147d4c': ['metadata', 'metadata', 'metadata', 'title'] + ['body'] * 7,
 # a speech with no headline and no speaker's name on the stored page: paragraphs
 'ev-8bedac7c19': ['body'] * 6,
 # VOA Special English script copy: '(THEME)', '(MUSIC)' and 'VOICE ONE:' lines are
 # transcript directions and labels (body), as collection 4's scripts; no title on the page
 'ev-2f92601400': ['body'] * 17,
 # learning-site copy: headline, date, a six-line menu (LRC, TXT and four Chinese buttons:
 # one piece), then one numbered sentence per line
 'ev-a87be3a3d7': ['title', 'metadata', 'navigation', 'M', 'M', 'M', 'M', 'M'] + ['body'] * 20,
 # Inside VOA: 'Accessibility links', 'Breaking News', the page title, three items
 'ev-54a01d8d37': ['navigation', 'navigation', 'title'] + ['heading', 'body'] * 3,
 # feed preview (as collection 2's ev-d71dd6cb4f): four header lines, build date and
 # copyright, then items: headline (the first one the title), date, teaser, 'Media Files:'
 'ev-7d32b7c884': ['navigation'] * 4 + ['metadata', 'metadata', 'title', 'metadata', 'body', 'widget']
                  + ['heading', 'metadata', 'body', 'widget'] * 5 + ['heading', 'metadata', 'body'],
 # VOA opinion blog tag page (as collection 2's ev-ad84b84628): blog name, the Charter line,
 # 'Showing Archived Posts', then two posts (title, 'Posted' line, 'Comments are closed', teaser)
 'ev-4736fba8f3': ['navigation', 'navigation', 'navigation', 'title', 'metadata', 'widget', 'body',
                   'heading', 'metadata', 'widget', 'body'],
 # feed-fed blog: the end of the previous post (body), its 'from Voice of America ... via
 # IFTTT' source lines (one piece), the date line, the next post's title and its run-on text
 'ev-9e540f8690': ['body', 'source_footer', 'M', 'metadata', 'title', 'body'],
 # a speech copied with no headline and no speaker's name: paragraphs
 'ev-e4a8f00950': ['body'] * 15,
 # two State Department releases reposted by a blog: title, date, the title again
 # (heading), date and time, 'Office of the Spokesperson' (byline, as collection 6's
 # mostsuperb copy), paragraphs; the press-contact sentences at the end of the third
 # paragraph are cut off as metadata; the second release likewise
 'ev-924ebe7210': ['title', 'metadata', 'heading', 'metadata', 'byline', 'body', 'body',
                   ('AT', 'For further information', 'body', 'metadata'),
                   'heading', 'metadata', 'heading', 'metadata', 'byline', 'body', 'body', 'body'],
 # State briefing reposted with its breaks lost: the title and date lines with table pipes
 # glued on, then one line: time stamp, the spokesperson's name and title (byline, as the
 # state.gov briefing ev-e96cca22d9), dateline, start time, then every turn (body)
 'ev-f9a1c5735e': [[('Department Press Briefing – January 25, 2024', 'title'), (None, PIPES)],
                   [('01/25/2024', 'metadata'), (None, PIPES)],
                   [('01/25/2024 05:33 PM EST', 'metadata'), ('Vedant Patel, Principal Deputy Spokesperson', 'byline'),
                    ('WASHINGTON, D.C.', 'dateline'), ('1:03 p.m. EST', 'metadata'), (None, 'body')]],
 # Global Voices Advox monthly archive: the archive line (title), then headline (heading)
 # and teaser (body) pairs; the last headline cut
 'ev-2a7eae1184': ['title'] + ['heading', 'body'] * 9 + ['heading'],
}
