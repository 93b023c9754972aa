"""Segments of collection 10 (held out), by reading (holdout10_a), made before any annotator
ran on these pages: per page, each non-blank line's kind in order; 'M' = the same piece as
the line before (one segment over several lines, blank lines inside included); a line given
as a list [(prefix, kind), ..., (None, kind)] is cut after each prefix (a space at the cut
goes to a separator); ('AT', marker, kind, kind2) cuts a line before the last occurrence of
marker. Run by collection_builder.py; offsets come from string search."""
B = 'body'
CREDIT = ('AT', 'Photo Credit:', 'caption', 'photo_credit')  # a NASA caption with its credit glued on
S = {
 # VOA: 'Accessibility links', 'Breaking News', the headline, seven paragraphs
 'ev-594c1088f1': ['navigation', 'navigation', 'title'] + [B] * 7,
 # Global Voices' digest blog: blog name, date line, 'Filed under:' category line, the post's
 # title, then four items: item headline (heading) and paragraph
 'ev-38c65ce122': ['navigation', 'metadata', 'metadata', 'title'] + ['heading', B] * 4,
 # Global Voices archive listing: the archive line (title, as collection 7's Advox archive),
 # then headline and teaser pairs, the last teaser cut
 'ev-f72e08f9e8': ['title'] + ['heading', B] * 7,
 # State Department transcript on a copy site's print view: 'Press Releases:' label cut off
 # the title (metadata, as collection 8's 'News Release:' labels), the 'Remarks' label, the
 # speaker's name and title (byline, as collection 7's state.gov briefing), the place (dateline,
 # two lines), the date, then the speech (label + turn: body)
 'ev-8e368e090e': [[('Press Releases:', 'metadata'), (None, 'title')], 'metadata', 'byline', 'M',
                   'dateline', 'M', 'metadata', B, B, B],
 # VOA Special English on a document site: the download link (widget), the document's title
 # (the host's headline: title), the preview notice with its download prompt (reader_prompt,
 # as collection 6's Chinese download prompt), the script's own title (heading), then the
 # paragraphs, each over several hard-broken lines
 'ev-638230073f': ['widget', 'title', 'reader_prompt', 'heading', B, B, 'M', 'M', 'M', B, 'M', 'M', B, 'M',
                   B, 'M', 'M', B, 'M', 'M', 'M', 'M', B, 'M', 'M'],
 # VOA sports: 'Accessibility links', 'Breaking News', 'News', headline, nine paragraphs
 'ev-730f40808f': ['navigation', 'navigation', 'navigation', 'title'] + [B] * 9,
 # aggregator tag page of Justice Department releases: headline (the first one the title),
 # summary, the 'OPA Press Releases' category bullet (metadata), ...; the last headline cut
 'ev-cdbc8c2948': ['title', B, 'metadata'] + ['heading', B, 'metadata'] * 3 + ['heading'],
 # an image viewer's search results: three NASA captions, two with the photo credit glued on
 # (cut off as photo_credit); no headline on the page, so no title
 'ev-d6ff0ff32a': [CREDIT, 'caption', CREDIT],
 # army.mil article with no headline on the stored page: the capitalised dateline cut off the
 # lede, then paragraphs
 'ev-85da245956': [[('FORT RUCKER, Ala.--', 'dateline'), (None, B)]] + [B] * 7,
 # a blog's copy of a DoD video: the video's description (standfirst), 'Transcript'
 # (heading), the emcee's turn, the anthem's lyrics (one line), the invocation; no title
 'ev-70abd9710a': ['standfirst', 'heading', B, B, B],
 # Wikinews: 'Jump to content', headline, 'Checked' (review status: metadata), tagline
 # (navigation, as collection 6's Wikinews pages), date, map caption, paragraph, the second
 # caption and its image credit, paragraphs, the last one cut after a word
 'ev-d3ff67b580': ['navigation', 'title', 'metadata', 'navigation', 'metadata', 'caption', B,
                   'caption', 'photo_credit', B, B, B, B],
 # VOA Special English on a learning site's print view: the title with the site's
 # '(online listening' suffix glued on (widget), the programme's dated title (heading), then
 # 'VOICE ONE:' labels, '((THEME))' and paragraphs (body, as collections 4 and 7); hard line
 # breaks inside paragraphs, two paragraphs broken by a blank line mid-sentence ('surgeon' /
 # 'general.', 'radiology and' / 'research administration.'): one piece each
 'ev-e55391ad2d': [[('SCIENCE IN THE NEWS - Digest', 'title'), (None, 'widget')], 'heading',
                   B, B, B, B, 'M', 'M', B, B, B, 'M', 'M', B, 'M', 'M', 'M', B, B, 'M', 'M',
                   B, 'M', 'M', 'M', B, 'M', 'M', B, 'M', 'M', B, B],
 # a blog's copy of a VOA Special English script: the photo caption printed twice, then
 # turns under the presenters' names (body), '(MUSIC)'; no title on the stored page
 'ev-d80eb08542': ['caption', 'caption'] + [B] * 10,
 # a blog's copy of VOA Special English's weekly listing: date, post title, 'VOA Special
 # English' (a kicker: heading), then headline (heading) and teaser pairs
 'ev-254c2b9d88': ['metadata', 'title', 'heading'] + ['heading', B] * 10,
 # a copy site's State Department briefing: 'Breaking News' (navigation), the ticker of other
 # outlets' headlines run together on one line (related_links), then the turns; no title
 'ev-14de5e9140': ['navigation', 'related_links', B, B, B, B],
 # Global Voices Advox monthly archive (a whole short page): archive line (title), then
 # headline and teaser pairs
 'ev-bf756b05ae': ['title'] + ['heading', B] * 7,
}
