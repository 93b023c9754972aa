"""Segments of collection 8, by reading (dev8_a): per page, each non-blank line's kind in
order; 'M' = the same piece as the line before (one segment over several lines); a line
given as a list [(prefix, kind), ..., (None, kind)] is cut after each prefix (the space at
the cut goes to a separator), and its last item may be (None, ('AT', marker, kind, kind2)),
which cuts the rest of the line before the last occurrence of marker; ('AT', marker, kind,
kind2) cuts the whole line so (a caption with its credit glued on). Run by
collection_builder.py; offsets come from string search."""
RM = None


def _at(marker: str, k1: str = 'body', k2: str = 'widget') -> tuple:
    return ('AT', marker, k1, k2)


def _voa(by: str, dateline: str | None, more: bool = True) -> list:
    """lprnoticias: 'VOA News By X' byline, a capitalised dateline, the lede, a glued 'readmore'."""
    out = [(by, 'byline')] + ([(dateline, 'dateline')] if dateline else [])
    return out + [(None, _at('readmore') if more else 'body')]


_NR = [('News Release:', 'metadata'), (None, 'body')]
_R = [('Release:', 'metadata'), (None, 'body')]
_PC = _at('(Photo courtesy', 'caption', 'photo_credit')
_DOD = _at('(DoD graphic', 'body', 'photo_credit')
S = {
 # U.S. Mission Geneva category page: the category name (the page's head), then headline,
 # teaser and a 'Read more' link line per item; the last headline is cut
 'ev-3a6871c8d1': ['title'] + ['heading', 'body', 'widget'] * 7 + ['heading'],
 # translations.state.gov: 'Latest News' box head, headlines (kickers glued on), teasers,
 # an 'Available in:' language-links line after each item
 'ev-3837c48935': ['heading', 'title', 'body', 'widget', 'heading', 'body', 'widget', 'heading', 'body', 'widget',
                   'heading', 'body', 'widget', 'heading'],
 # Small Wars Journal author page: author name (page head), the host's description of the
 # author, then six VOA ledes as pull quotes
 'ev-5a0cc59678': ['title', 'metadata'] + ['body'] * 6,
 # Blogger repost of Wikinews ledes: reactions widget, date headers, post titles, ledes,
 # link prompts, a 'Digg!' link
 'ev-17cb69136f': ['widget', 'metadata', 'title', 'body', 'body', 'reader_prompt', 'metadata', 'heading',
                   'reader_prompt', 'widget', 'body', 'body', 'body', 'reader_prompt', 'metadata', 'heading', 'body', 'body'],
 # Global Voices copy: headline, a caption printed twice (the second with its credit glued
 # on), paragraphs, the inline donation box (two lines, one piece), paragraphs
 'ev-14ccfe08ed': ['title', 'caption', ('AT', 'Photo from the author', 'caption', 'photo_credit'),
                   'body', 'body', 'body', 'body', 'reader_prompt', 'M', 'body', 'body', 'body', 'body'],
 # spam copy of Wikinews ledes: no headline for the first item (Wikinews' interview notice
 # and the date run into the lede), author line, headlines, a correction notice and dates
 # run into the ledes
 'ev-78f43857d6': [[('This exclusive interview features first-hand journalism by a Wikinews reporter. See the collaboration page for more details.', 'metadata'),
                    ('Monday, October 30, 2006', 'metadata'), (None, 'body')],
                   'byline', 'heading',
                   [('Correction — May 8, 2018 This headline incorrectly locates the tsunami in Southeast Asia; it was in the South Pacific, as stated in the lede.', 'metadata'),
                    ('Thursday, October 1, 2009', 'metadata'), (None, 'body')],
                   'heading', [('Sunday, March 26, 2006', 'metadata'), (None, 'body')],
                   'heading', [('Thursday, May 11, 2006', 'metadata'), (None, 'body')]],
 # copy site of VOA ledes: the first item has no headline; each 'more ...' link (the item
 # before's) is glued to the next headline
 'ev-4a8c9b4cd0': ['body'] + [[('more ...', 'widget'), (None, 'heading')], 'body'] * 8,
 # Blogger repost of NASA items: image title, credit, caption, caption, credit, advisory
 'ev-70d351351e': ['caption', 'photo_credit', 'caption', 'caption', 'photo_credit'] + ['body'] * 5,
 # repost of Justice Department releases: headline/teaser pairs, '• OPA Press Releases' tags
 'ev-d11d1da32d': ['title', 'body', 'heading', 'body', 'heading', 'body', 'metadata', 'heading', 'body', 'metadata',
                   'heading', 'body'],
 # U.S. Embassy listing: the page's head, headlines, teasers with 'Read More»' glued on
 'ev-5fcbadf3f4': ['title', 'heading', _at('Read More»'), 'heading', _at('Read More»'), 'heading', _at('Read More»')],
 # State Magazine category page: headline/teaser pairs, two byline lines
 'ev-a9b67825ef': ['title', 'body', 'heading', 'body', 'heading', 'byline', 'body', 'heading', 'body', 'heading', 'body',
                   'heading', 'body', 'heading', 'byline', 'body', 'heading'],
 # Soldiers magazine home page: carousel items (headline, teaser with its graphic credit
 # glued on, the headline printed twice as a link line), 'Latest Features', caption with
 # credit, date, headline, teaser, the next item's image text, date, headline, teaser
 'ev-1f0fee9eeb': ['title', 'body', 'widget', 'heading', _DOD, 'widget', 'heading', _DOD, 'widget', 'heading', _DOD,
                   'widget', 'heading', _DOD, 'widget', 'heading', _PC, 'metadata', 'heading', 'body', 'caption',
                   'metadata', 'heading', 'body'],
 # Soldiers features listing: caption with credit, date, headline, teaser, 'Read More'
 'ev-79a55f612e': [_PC, 'metadata', 'title', 'body', 'widget', _PC, 'metadata', 'heading', 'body', 'widget', 'caption'],
 # copy site of VOA ledes: byline, dateline, lede, glued 'readmore'; no headlines
 'ev-0ce1a0c8b3': [_voa('VOA News By Steve Herman', 'WHITE HOUSE –'), _voa('VOA News By Katherine Gypson', 'CAPITOL HILL –'),
                   _voa('VOA News By Jim Malone', 'WASHINGTON –'), _voa('VOA News By Kane Farabaugh', 'CAMERON, ILL. –'),
                   _voa('By VOA News', None), _voa('VOA News By Steve Herman', 'WHITE HOUSE –', more=False)],
 # copy site's VOA feed: breadcrumb, blurbs with reporter/camera/video credits run in, a
 # report with the agency credit sentence run in; no headlines
 'ev-ae57656ad4': ['navigation', _at('Henry Ridgwell reports.', 'body', 'contributor_line'),
                   _at('Mike O’Sullivan reports', 'body', 'contributor_line'), _at('Video: Steve', 'body', 'contributor_line'),
                   _at('Some information for this report', 'body', 'contributor_line'), 'body'],
 # VOA's own page: accessibility and breaking-news lines, headline, caption twice, summary,
 # items, two video embeds: the 'WATCH:' label, then the player as collection 1 cuts VOA's
 # player (the clip's title with 'please wait', 'No media source ...', the time line: one
 # widget each; corrected after the on-arrival score, which read them as one piece)
 'ev-55cbc56de5': ['navigation', 'navigation', 'title', 'caption', 'caption', 'body', 'body',
                   'widget', 'widget', 'M', 'widget', 'widget', 'body', 'widget', 'widget'],
 # Blogger label page of NASA image captions, each with 'via NASA <link>' glued on
 'ev-e9cfb9bfb5': [_at('via NASA', 'body', 'source_footer')] * 8 + ['body'],
 # Global Voices topic-by-month listings: the listing head, headline/teaser pairs
 'ev-00742c0768': ['title'] + ['heading', 'body'] * 9,
 'ev-f798fb2365': ['title'] + ['heading', 'body'] * 8,
 # newswire repost of State Department releases: site head, headlines, teasers with a
 # 'News Release:'/'Release:' label
 'ev-ec3adac789': ['navigation', 'title', _NR, 'heading', _NR, 'heading', 'body', 'heading', _NR, 'heading', _R,
                   'heading', _NR, 'heading', _R, 'heading'],
 # web archive copy of the Soldiers features listing
 'ev-526a2458d4': [_PC, 'metadata', 'title', 'body', 'widget', _PC, 'metadata', 'heading', 'body', 'widget', 'caption'],
}
