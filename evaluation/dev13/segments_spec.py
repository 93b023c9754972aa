"""Segments of collection 13, by reading (dev13_a, an AI session, Anthropic Claude): per page,
each non-blank line's kind in order; 'M' = the same piece as the line before (one segment over
several lines: a hard-wrapped paragraph, a byline and its office, an audio box); a line given
as a list [(prefix, kind), ..., (None, kind)] is cut after each prefix (the space at the cut,
if any, goes to a separator); ('AT', marker, kind, kind2) cuts the line just before the last
occurrence of marker (a heading with its '[edit]' link glued on). Run by
collection_builder.py; offsets come from string search. Conventions as collections 3-12:
a listing's head line ('Stories about ...', 'News Stories') is its title, later headlines
`heading`; transcript labels on their own line and (MUSIC) cues are `body`; the 'Remarks'
label, dates and 'FROM:' lines `metadata`; a speaker's name and office `byline`, place lines
`dateline`."""

EDIT = ('AT', '[edit]', 'heading', 'widget')  # a MediaWiki section head with its edit link


def edit_then(kind: str) -> list:
    """A MediaWiki '[edit]' link glued before the first item of a section."""
    return [('[edit]', 'widget'), (None, kind)]


S = {
 # a learning site's copy of a VOA Special English script: headline, player label, date,
 # (MUSIC) cues, VOICE labels on their own lines, paragraphs hard-wrapped (one piece each)
 'ev-4f577a2370': ['title', 'widget', 'metadata', 'body', 'body', 'body', 'M', 'body', 'body', 'M',
                   'body', 'body', 'body', 'M', 'M', 'M', 'M', 'body', 'M', 'M', 'M', 'M',
                   'body', 'M', 'M', 'body', 'body', 'M', 'M', 'M', 'body', 'M', 'M', 'M', 'M',
                   'body', 'M', 'body', 'body', 'body', 'M', 'M', 'body', 'M', 'M'],
 # Global Voices archive: the archive head (title), then headline / teaser per item (the
 # donation appeal is a listed post, kept as heading / body)
 'ev-3ce2c938db': ['title'] + ['heading', 'body'] * 9,
 # a Wikinews user page: its title, an editor's note, the draft's headline, '[edit]' glued to
 # the date line and to each section's first bullet, a pull-quote line (with a table pipe),
 # paragraphs, an editor's bracketed note, placeholder sections (related news, sources,
 # external links), a note head and its bullets
 'ev-22a88b9b06': ['title', 'body', 'heading', edit_then('metadata'), 'body', 'body', 'body', 'body',
                   'body', 'related_links', edit_then('related_links'), 'M', 'heading',
                   edit_then('source_footer'), 'M', 'heading', edit_then('related_links'), 'M',
                   'heading', 'body', 'body'],
 # a federal court site's feed aggregator carrying a FEMA release: breadcrumb label, the
 # aggregator's page head, the release headline, dateline run into the lede, subheads glued
 # to the next sentence with no space
 'ev-dafbb6266e': ['navigation', 'navigation', 'title', [('San Diego, Calif. —', 'dateline'), (None, 'body')],
                   'body', [('Three Ways to Apply', 'heading'), (None, 'body')],
                   [('SBA disaster assistance loans', 'heading'), (None, 'body')], 'body'],
 # a blog's label page reposting a State Department transcript: label notice twice, post
 # date, the blog's headline, the source line, the transcript's head (title, label, name and
 # office, place, date), then turns (labels alone or glued to the speech)
 'ev-dc6c956a86': ['navigation', 'navigation', 'metadata', 'title', 'metadata', 'heading', 'metadata',
                   'byline', 'M', 'dateline', 'M', 'metadata'] + ['body'] * 11,
 # an embassy's speech: headline, place, date, paragraphs
 'ev-09b5e3224a': ['title', 'dateline', 'metadata'] + ['body'] * 5,
 # the Corps' news listing: its head, month bullets, headline / teaser per item
 'ev-3e8cd90ef2': ['title', 'metadata', 'heading', 'body', 'heading', 'body', 'heading', 'body',
                   'heading', 'body', 'metadata', 'heading', 'body', 'metadata', 'heading', 'body',
                   'metadata', 'heading'],
 # the Corps' news archive: its head, the filter box (results label, archive year, 'Clear'),
 # a month bullet, headline / teaser per item
 'ev-1cc402a8e5': ['title', 'widget', 'M', 'M', 'metadata'] + ['heading', 'body'] * 5,
 # the Corps' release listing: site name and tagline, section heads, headline / date /
 # teaser per HQ item, a bulleted local item
 'ev-96a6c2bafb': ['navigation', 'M', 'title'] + ['heading', 'metadata', 'body'] * 3
                  + ['heading', 'heading', 'body'],
 # a document site's text of a Public Papers transcript: the title, the file box, then one
 # run-on paragraph: the title repeated, the series line, the document's title, its date,
 # the transcript (turns run together, one piece)
 'ev-e46dcf7427': ['title', 'metadata', 'M',
                   [('Administration of Donald J. Trump, 2017 Remarks in A', 'heading'),
                    ('Administration of Donald J. Trump, 2017', 'metadata'),
                    ('Remarks in a Videoconference Call With National Aeronautics and Space Administration '
                     '(NASA) Astronauts on the International Space Station (ISS)', 'heading'),
                    ('April 24, 2017', 'metadata'), (None, 'body')]],
 # Global Voices topic archive: head, headline / teaser per item
 'ev-8712ecf43b': ['title'] + ['heading', 'body'] * 8,
 # a slideshow site's text of a VOA script PDF: the site's notice, title, publication lines,
 # prompts, the title again, then each slide's text with its line breaks lost: slide number,
 # date and MP3 line, headline, photo credit and caption, script (a subhead inside it);
 # paragraph and turn breaks are lost too, so each slide's script is one body piece
 'ev-2a3a4d583a': ['widget', 'title', 'metadata', 'metadata', 'reader_prompt', 'widget', 'heading',
                   [('1. 1.', 'metadata'), ('15 March 2012 | MP3 at voaspecialenglish.com', 'metadata'),
                    ('Disabled Cyclists Prepare for SummerParalympic Games', 'heading'), ('AP', 'photo_credit'),
                    ('Britains Sarah Storey, front, is a gold medal winning disabled cyclist and swimmer', 'caption'),
                    ('JUNE SIMMS: Welcome to AMERICAN MOSAIC in VOA Special English.(MUSIC)Im June Simms. On the '
                     'program today, new music from The Ting Tings…And we consider some of the advice you have '
                     'offered on our relationship blog…But first, a look at some of the people hoping to compete '
                     'this summer at theParalympic Games in London.', 'body'),
                    ('Paracyclists in Los Angeles', 'heading'), (None, 'body')],
                   [('2. 2. 2', 'metadata'), (None, 'body')]],
 # a learning site's copy of a VOA report with no headline: paragraphs only (cut mid-word)
 'ev-19c126fd17': ['body'] * 11,
 # Wikinews audio brief: page title, stock header lines, section heads with '[edit]', the
 # audio box (four lines, one widget), the reader's introduction, a story head, its text
 'ev-1effe64dc6': ['title', 'navigation', 'navigation', EDIT, EDIT, 'widget', 'M', 'M', 'M', 'body', EDIT,
                   'body'],
 # Wikinews news briefs: title, the audio box flattened into table cells (two lines, one
 # widget), 'Introduction', the introduction, brief heads and paragraphs
 'ev-8f8fc4cc14': ['title', 'widget', 'M', 'heading', 'body', 'heading', 'body', 'body', 'heading',
                   'body', 'body', 'body', 'body', 'body', 'heading', 'body'],
}
