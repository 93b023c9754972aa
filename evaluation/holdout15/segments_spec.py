"""Segments of collection 15 (held out), by reading (holdout15_a, an AI session, Anthropic
Claude; one pass, no human review), made before any StoryDrift annotator ran on these pages:
per page, each non-blank line's kind in order; 'M' = the same piece as the line before (one
segment over several lines: a hard-wrapped paragraph, a place given on three lines, a video
box); a line given as a list [(prefix, kind), ..., (None, kind)] is cut after each prefix, and
('AT', marker, kind, kind2) cuts it before the last occurrence of marker (a caption with its
credit glued on). Run by collection_builder.py; offsets come from string search.
Conventions as collections 3-14: a caption and its glued photo credit are two pieces; a
caption printed twice is two captions; a VOA player's title with 'please wait', its
no-source notice and counters are `widget`; transcript turns, labels glued to the speech, are
`body`, one piece per paragraph; a briefing's or release's head lines `metadata`, its place
`dateline`, its presenter `byline`; a listing's head is its title, headlines `heading`,
teasers `body`; a page whose stored text starts with the story's first sentence has no title."""

S = {
 # VOA Learning English disaster report on a learning site: headline, indented date line,
 # paragraphs, an AP photo caption printed twice (credit glued on), cut mid-sentence
 'ev-ca1c6f0cd9': ['title', 'metadata', 'body', 'body', 'body',
                   ('AT', '(AP Photo', 'caption', 'photo_credit'), ('AT', '(AP Photo', 'caption', 'photo_credit'),
                   'body', 'body', 'body', 'body', 'body'],
 # a paralegal blog's copy of a Justice Department release: the blog's skip link, headline, text
 'ev-e4c34b5022': ['navigation', 'title', 'body', 'body', 'body', 'body', 'body'],
 # a blog's copy of a White House transcript, hard-wrapped: the press office's head lines,
 # title, the place (hall, city twice: one piece), time, then the governor's turn and the
 # paragraphs of his introduction (each wrapped paragraph one piece)
 'ev-1ee2cc3ea5': ['metadata', 'metadata', 'metadata', 'metadata', 'title', 'dateline', 'M', 'M', 'metadata',
                   'body', 'body', 'M', 'M', 'M', 'M', 'M', 'body', 'M', 'M', 'M', 'M', 'M', 'M', 'M',
                   'body', 'M', 'M', 'M', 'body', 'M', 'M', 'M', 'M', 'M', 'body', 'M', 'M', 'M'],
 # VOA Learning English on its own site: site lines, headline, two AP captions each printed
 # twice (credits glued on), the audio player, text
 'ev-b9fb240dbf': ['navigation', 'navigation', 'title',
                   ('AT', '(Diego Fedele', 'caption', 'photo_credit'), ('AT', '(Diego Fedele', 'caption', 'photo_credit'),
                   'widget', 'M', 'widget', 'widget', 'body', 'body', 'body', 'body',
                   ('AT', '(AP Photo', 'caption', 'photo_credit'), ('AT', '(AP Photo', 'caption', 'photo_credit'),
                   'body'],
 # an education board's copy of a VOA year-in-review (version 1 of 2): no headline on the
 # stored page, paragraphs and subheads
 'ev-83234360c0': ['body', 'body', 'heading', 'body', 'body', 'body', 'body', 'body', 'heading', 'body', 'body',
                   'body', 'heading', 'body', 'body'],
 # NOAA feature: title, subtitle, an image caption and its 'High resolution (Credit: NOAA)'
 # line (link label, credit), text, a caption printed twice, a subhead
 'ev-f8b6835d0f': ['title', 'standfirst', 'caption', [('High resolution', 'widget'), (None, 'photo_credit')],
                   'body', 'body', 'body', 'caption', 'caption', [('High resolution', 'widget'), (None, 'photo_credit')],
                   'heading', 'body', 'body', 'body'],
 # a copy of a Global Voices elections archive: head, then headline / teaser pairs
 'ev-04fe7cbfa9': ['title'] + ['heading', 'body'] * 7,
 # a learning site's copy of the same year-in-review (version 2 of 2)
 'ev-e04f3caf93': ['body', 'body', 'heading', 'body', 'body', 'body', 'body', 'body', 'heading', 'body', 'body',
                   'body', 'heading', 'body', 'body'],
 # VOA Special English script on its archive page: site lines, programme title line, script
 'ev-9be2a489b4': ['navigation', 'navigation', 'title'] + ['body'] * 9,
 # Global Voices print view: print header, headline, categories, the paragraph
 'ev-89a5dc6c59': ['navigation', 'title', 'metadata', 'body'],
 # a federal agency's blog post: title, a photo caption printed twice, text, award lines
 'ev-b32ea57ff0': ['title', 'caption', 'caption'] + ['body'] * 8,
 # a learning blog's copy of a VOA Health Report: the blog's tagline, its date line with a
 # link label, headline, text, the reporter's sign-off with the broadcast note, comment lines
 'ev-193697eacd': ['navigation', [('Sunday, May 26, 2013 |', 'metadata'), (None, 'navigation')], 'title',
                   'body', 'body', 'body', 'body', 'body',
                   [("For VOA Learning English, I'm Laurel Bowman.", 'body'), (None, 'metadata')],
                   'comments', 'reader_prompt'],
 # a Chinese learning site's copy of a VOA Special English script: the site's dash line and
 # dictionary hint, headline, byline, broadcast line, presenter line, summary line, script
 'ev-713fd22ba3': ['widget', 'widget', 'title', 'byline', 'metadata', 'body', 'standfirst'] + ['body'] * 7,
 # a news site's copy of a DoD briefing transcript: headline twice, the transcript's source
 # line (briefers, date, time), turns
 'ev-8ac5d182c8': ['title', 'heading', 'source_footer'] + ['body'] * 9,
 # English Wikinews interview: title, stock header lines, date, image label, report, section
 # head, interview turns
 'ev-7f0fd7627f': ['title', 'navigation', 'navigation', 'metadata', 'caption', 'body', 'body', 'heading', 'body',
                   'body'],
 # GlobalSecurity's copy of a DoD briefing: the host's job-network banner, the department's
 # head lines (one piece), presenter with date, title, turns
 'ev-f8451cafed': ['ad', 'metadata', 'M', 'M', [('Presenter: Pentagon Press Secretary Peter Cook', 'byline'), (None, 'metadata')],
                   'title'] + ['body'] * 6,
}
