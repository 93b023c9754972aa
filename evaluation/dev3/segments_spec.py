"""Segments of collection 3, by reading (dev3_a): per page, each non-blank line's kind in
order; 'M' = the same piece as the line before (one segment over several lines); a line
given as a list [(prefix, kind), ..., (None, kind)] is cut after each prefix (the space at
the cut goes to a separator). Run by collection_builder.py; offsets come from string search."""
RM = ('(Read more)', 'widget')
S = {
 'ev-256ac47afb': ['navigation', 'metadata', 'title', 'heading', 'navigation', 'navigation', 'caption', 'photo_credit',
                   'metadata', 'widget', 'related_links', 'M', 'M', 'body'] + ['body'] * 19,
 'ev-cdf81ee1e2': ['navigation', 'metadata', 'title', 'navigation', 'navigation', 'metadata', 'caption', 'photo_credit',
                   'body', 'caption', 'body', 'body', 'body', 'related_links', 'M', 'M', 'source_footer', 'M'],
 'ev-edb7acb3ff': ['title', [('Protest against Internet censorship. Istanbul, May 2011.', 'caption'), (None, 'photo_credit')],
                   [('Protest against Internet censorship. Istanbul, May 2011.', 'caption'), (None, 'photo_credit')],
                   'contributor_line', 'body', 'body', 'heading', 'body', 'body'],
 'ev-c9dc715978': ['navigation', 'title', 'metadata', 'body'],
 'ev-b3739f60c9': ['navigation', 'navigation', 'caption', 'navigation', 'title', 'metadata'] + ['RM'] * 6,
 'ev-cfca5307d0': ['navigation', 'navigation', 'caption', 'navigation', 'title', 'metadata', 'RM', 'RM', 'RM', 'metadata',
                   [('WASHINGTON—', 'dateline'), ('Samuel Santander Lopesierra, a former member of the Colombian Senate, was convicted for conspiring to unlawfully import cocaine into the United States,', 'body'), (None, 'widget')],
                   'RM', [('WASHINGTON –', 'dateline'), (None, 'body')]],
 'ev-ad84b84628': ['navigation', 'navigation', 'title', 'metadata', 'widget', 'body', 'widget'],
 'ev-35d838f5be': ['body'],
 'ev-131b7269e3': ['metadata', 'title', 'body'],
 'ev-510ad9c7de': ['title', 'metadata', 'metadata', [('image', 'caption'), (None, 'body')], 'body', 'body', 'metadata',
                   'related_links', 'reader_prompt'],
 'ev-414e2c295f': ['title', 'metadata', 'metadata', 'metadata', 'M', 'heading', 'body', 'body', 'body', 'body'],
 'ev-e96cca22d9': ['widget', 'caption', 'navigation', 'navigation', 'byline', 'title', 'dateline', 'metadata', 'metadata',
                   'body', 'body', 'body', 'body'],
 'ev-54b3d01560': ['navigation', 'navigation', 'metadata', 'metadata', 'title', 'body'] + ['metadata', 'heading', 'body'] * 6,
 'ev-6a9f3511ca': ['body'],
 'ev-92d08ca943': ['title', 'body', 'heading'] + ['body'] * 8,
 'ev-a5ba4b6a05': ['title'] + ['body'] * 10,
 'ev-0fb8a82ed1': ['title'] + ['body'] * 7,
 'ev-7d298845cf': ['title'] + ['body'] * 5,
 'ev-bd26ad4b57': ['navigation', 'title', 'body'] + ['heading', 'body'] * 10,
 'ev-fa90955913': [[('Washington, D.C. -', 'dateline'), (None, 'body')], 'M', 'body', 'M', 'M', 'M', 'M', 'M', 'M', 'body',
                   'body', 'M', 'body', 'body', 'M', 'M', 'M'],
}
