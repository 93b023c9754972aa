"""Segments of collection 16, by reading (dev16_a, an AI session, Anthropic Claude; one pass, no
human review), made before any StoryDrift annotator ran on these pages: per page, each non-blank
line's kind in order; 'M' = the same piece as the line before; a line given as a list
[(prefix, kind), ..., (None, kind)] is cut after each prefix (the space at the cut, if any, goes
to a separator). Run by collection_builder.py; offsets come from string search.
Conventions as collections 3-15: a listing's head is its title, headlines `heading`, teasers
`body` (a site's appeal posted as one of the listing's posts is a post like the others); a
print view's header line `navigation`, its categories line `metadata`; a blog's name over its
posts `navigation`, a post's date and 'Filed under' lines `metadata`; a caption printed twice is
two captions; a page whose stored text starts with the story's first sentence has no title; a
region or country head inside a roundup is `heading`."""

S = {
 # Global Voices roundup: title, dash-led items, a country head without a dash
 'ev-24eb48d386': ['title'] + ['body'] * 6 + ['heading'] + ['body'] * 7,
 # Global Voices regional archive: head, then headline / teaser pairs
 'ev-07b682f83f': ['title'] + ['heading', 'body'] * 10,
 # Global Voices daily archive: head, headline / teaser pairs
 'ev-17768dbd86': ['title'] + ['heading', 'body'] * 6,
 # a learning blog's copy of a VOA Health Report: the blog post's own label over the report
 # (a heading: the report's headline is the title), headline, date, programme line, text, a
 # photo caption printed twice
 'ev-ca37146fb0': ['heading', 'title', 'metadata', 'body', 'body', 'body', 'caption', 'caption']
                  + ['body'] * 7,
 # a learning blog's monthly archive: date line, headline, the download links glued before the
 # programme line, text
 'ev-26e7717294': ['metadata', 'title', [('(Download MP3, Mirror)', 'widget'), (None, 'body')]] + ['body'] * 12,
 # Inside VOA AMP page: no headline stored, three paragraphs
 'ev-17e91f3ce5': ['body', 'body', 'body'],
 # Global Voices type archive: head, headline / teaser pairs (the donation appeal is one of the
 # posts), a last headline cut off
 'ev-ff301d7782': ['title'] + ['heading', 'body'] * 7 + ['heading'],
 # Global Voices regional archive, page 2: head, pairs, a last headline cut off
 'ev-7e3cc9aea0': ['title'] + ['heading', 'body'] * 9 + ['heading'],
 # Global Voices' digest blog: the blog's name, the post's date and category lines, the
 # digest's head (the post's only headline: title), section heads and paragraphs
 'ev-cb736e5dd9': ['navigation', 'metadata', 'metadata', 'title'] + ['heading', 'body'] * 5,
 'ev-28eccc7906': ['navigation', 'metadata', 'metadata', 'title'] + ['heading', 'body'] * 5,
 # Global Voices print view: print header, title, categories, the roundups' standing appeal,
 # region heads, paragraphs, a photo credit
 'ev-80c5814d38': ['navigation', 'title', 'metadata', 'reader_prompt', 'heading', 'body', 'body', 'body',
                   'photo_credit', 'heading', 'body', 'body'],
 # one story in two versions (VOA Learning English's World Cup report): a learning site's copy
 # (its 'main text' label, headline, paragraphs, a last word cut) ...
 'ev-a9e61a92f3': ['navigation', 'title'] + ['body'] * 13,
 # ... and a learning site's print view: the headline with the site's listening link glued on,
 # then the headline printed again glued before the text, every paragraph run into one line
 'ev-97902910aa': [[('Saudi Arabia Surprises Argentina at the World Cup', 'title'), (None, 'widget')],
                   [('Saudi Arabia Surprises Argentina at the World Cup', 'heading'), (None, 'body')]],
 # Global Voices type archive, March 2018: head, headline / teaser pairs (pull quotes)
 'ev-bfec41dd40': ['title'] + ['heading', 'body'] * 8,
}
