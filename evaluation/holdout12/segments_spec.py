"""Segments of collection 12 (held out), by reading (holdout12_a), made before any annotator
ran on these pages: per page, each non-blank line's kind in order; 'M' = the same piece as
the line before (one segment over several lines, blank lines inside included); a line given
as a list [(prefix, kind), ..., (None, kind)] is cut after each prefix (a space at the cut
goes to a separator). Run by collection_builder.py; offsets come from string search."""
B = 'body'
S = {
 # Global Voices topic archive: the archive line (title, as collections 7 and 10's archives),
 # then headline and teaser pairs on consecutive lines, the last teaser cut
 'ev-5cde54d482': ['title'] + ['heading', B] * 8,
 # an education-links page: two site descriptions (the host's link list: related_links), then
 # a copy of a VOA Learning English report with no headline (no title): the programme's
 # opening line and paragraphs (body), a subhead (heading), a paragraph cut mid-word
 'ev-182be4880e': ['related_links', 'M', B, B, B, B, B, B, B, B, B, 'heading', B],
 # a learning site's copy of VOA 'As It Is': the Chinese breadcrumb (navigation), headline,
 # paragraphs, a photo caption between paragraphs, the last paragraph cut
 'ev-1032ec38f4': ['navigation', 'title', B, B, B, B, B, B, B, 'caption', B],
 # army.mil with no headline on the stored page: the capitalised dateline with its date cut
 # off the lede, then paragraphs
 'ev-3237a6dd77': [[('FORT WAINWRIGHT, Alaska (Sept. 19, 2012) --', 'dateline'), (None, B)], B, B, B, B, B, B],
 # NOAA media advisory with no headline on the stored page: the image caption, the
 # announcement, the advisory's labels (heading) over their lines (body; the two address
 # lines one piece), the list of officials (one bullet item each), the contact paragraph
 'ev-fc887f5177': ['caption', B, 'heading', B, 'heading', B, 'heading', B, 'M', 'heading', B, B, B, B,
                   'heading', B, B, 'heading', B],
 # VOA: 'Accessibility links', 'Breaking News', the headline, ten paragraphs
 'ev-39de2fbd88': ['navigation', 'navigation', 'title'] + [B] * 10,
 # a blog reposting NASA video descriptions: the blog's date line (metadata), the post title,
 # the description (the two 'MRO Imagery' lines one piece), the image credit (photo_credit),
 # narrator and caption credit (contributor_line, one piece), duration and release date
 # (metadata, one piece), the hashtag line (metadata), then the next post: its title
 # (heading) and paragraphs, the last cut
 'ev-3826ba731c': ['metadata', 'title', B, B, B, 'M', B, 'photo_credit', 'contributor_line', 'M',
                   'metadata', 'M', 'metadata', 'heading', B, B, B, B],
 # State Department Foreign Press Center transcript: 'printable banner' (widget), the seal's
 # alt text, site name and tagline (navigation), the title, the speaker's name and office
 # (byline, as collection 10's state.gov copy), place (dateline), date and time (metadata),
 # then the turns (label + turn: body)
 'ev-31ed375f35': ['widget', 'navigation', 'navigation', 'navigation', 'title', 'byline', 'dateline',
                   'metadata', 'metadata', B, B, B, B, B, B],
 # Global Voices in Swahili, no headline on the stored page: four paragraphs, the podcast
 # player line (widget)
 'ev-d74b46df06': [B, B, B, B, 'widget'],
 # a learning site's copy of VOA sports with no headline: place (dateline) and date
 # (metadata) lines, then paragraphs
 'ev-f73273fda1': ['dateline', 'metadata'] + [B] * 11,
 # InciWeb listing: the first post's headline (title), its 'Related Incident:' and
 # 'Publication Type:' lines (metadata, one piece), two paragraphs; the second post's
 # headline (heading), its metadata lines, its two highlight lines (standfirst, one piece),
 # its dated subtitle (metadata), the phone and e-mail contacts (metadata, one piece), the
 # key-value status block cut after 'Start Date' (fact_box, one piece)
 'ev-d42f7049c2': ['title', 'metadata', 'M', B, B, 'heading', 'metadata', 'M', 'standfirst', 'M',
                   'metadata', 'metadata', 'M', 'M', 'M', 'fact_box', 'M', 'M', 'M', 'M'],
 # VOA's Student Union blog on VOA's own publishing system: the blog's name (a kicker:
 # heading, as collection 10's 'VOA Special English'), the headline, the contributor line,
 # paragraphs, a subhead that is a quotation (heading), paragraphs, the last cut mid-word
 'ev-36f9e4c1bd': ['heading', 'title', 'contributor_line', B, B, B, B, 'heading', B, B, B, B, B],
 # an Air Force Reserve wing's tag page (a whole short page): three DoD News items, each one
 # line with its date (metadata), headline (the first one the title, later ones heading) and
 # teaser run together; cut at each boundary
 'ev-1ab1ac7fdb': [[('Nov. 5, 2021', 'metadata'),
                    ('Official Says DOD Is Focused on Threats From State Actors, Terrorists', 'title'), (None, B)],
                   [('June 24, 2021', 'metadata'),
                    ('DOD Officials Say Budget Request Reflects Reforms, Pacing Challenge of China', 'heading'), (None, B)],
                   [('Aug. 14, 2018', 'metadata'),
                    ('DPAA Provides Update on Identifying Service Members Missing from Korean War', 'heading'), (None, B)]],
 # a copy of a Global Voices topic archive: the archive line (title), then headline and
 # teaser pairs, the last teaser cut after two words
 'ev-7b927ed92b': ['title'] + ['heading', B] * 9,
 # a Vietnamese education site's copy of a VOA Learning English video report: the site's
 # Vietnamese/English title, two Vietnamese promotional paragraphs with links (reader_prompt,
 # as collection 6's Chinese download prompt), the report's opening line, its run-on paragraph
 'ev-1ab62885d3': ['title', 'reader_prompt', 'reader_prompt', B, B],
 # Inside VOA: 'Accessibility links', 'Breaking News', headline, the summary line
 # (standfirst), the dateline cut off the lede, paragraphs
 'ev-d43a347baf': ['navigation', 'navigation', 'title', 'standfirst',
                   [('Washington, D.C., July 27, 2005 --', 'dateline'), (None, B)], B, B, B, B, B],
}
