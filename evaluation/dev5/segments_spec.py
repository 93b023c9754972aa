"""Segments of collection 5, by reading (dev5_a): per page, each non-blank line's kind in
order; 'M' = the same piece as the line before (one segment over several lines); a line
given as a list [(prefix, kind), ..., (None, kind)] is cut after each prefix (the space at
the cut goes to a separator); ('AT', marker, kind, kind2) cuts the line just before the last
occurrence of marker (a caption with its credit glued on). Run by collection_builder.py;
offsets come from string search."""
S = {
 # Wiki Actu mirror of Wikinews (Arroyo warrant): mirror header and date, headline twice,
 # Wikinews header lines, date, the country box (7 lines, one piece), caption + credit
 'ev-7c7df41c9b': ['navigation', 'metadata', 'title', 'heading', 'navigation', 'navigation', 'metadata',
                   'related_links', 'M', 'M', 'M', 'M', 'M', 'M', 'caption', 'photo_credit'] + ['body'] * 5,
 # Global Voices print views: site line, headline, categories line, text
 'ev-0c302bf835': ['navigation', 'title', 'metadata', 'body'],
 # Global Voices article view without its headline; '1 comment' and a reader's comment
 'ev-64230de890': ['body', 'comments', 'M', 'M', 'M'],
 # Global Voices listing: header line as title, headlines, teasers
 'ev-5071650b64': ['title'] + ['heading', 'body'] * 7,
 'ev-85e0231baa': ['navigation', 'title', 'metadata', 'body', 'body', 'body'],
 'ev-483d07f563': ['navigation', 'title', 'metadata', 'body'],
 'ev-bbec3cc1b0': ['navigation', 'title', 'metadata', 'body'],
 # Global Voices listing on a mirror: header line, headlines, pull quotes and teasers
 'ev-82d6eab5f6': ['title'] + ['heading', 'body'] * 9,
 # Inside VOA statement: the paragraph, then the headline
 'ev-3bbeeabe34': ['body', 'title'],
 # manythings copy: headline, MP3 line, programme line, paragraphs
 'ev-1291f986be': ['title', 'widget'] + ['body'] * 11,
 # VOA Learning English: accessibility and breaking-news lines, headline, photo caption,
 # MP3 line, paragraphs, an image caption printed twice
 'ev-22abc099ca': ['navigation', 'navigation', 'title', 'caption', 'widget', 'body', 'body', 'body', 'body', 'body',
                   'body', 'caption', 'caption', 'body', 'body', 'body'],
 'ev-a1ce1fdd61': ['navigation', 'navigation', 'title'] + ['body'] * 8,
 # VOA sports promotion: the five '»' links are one related_links piece
 'ev-59a164c1e8': ['navigation', 'navigation', 'title', 'body', 'body', 'related_links', 'M', 'M', 'M', 'M', 'body'],
 # blog archive: blog date, the blogger's own Chinese post (its title a heading, its lines body),
 # then VOA's report: headline (the page's title), date line, Download link, caption
 'ev-bbcb66cd55': ['metadata', 'heading', 'body', 'body', 'body', 'body', 'body', 'title', 'metadata', 'widget',
                   'body', 'caption', 'body', 'body', 'body', 'body'],
 'ev-efceb45e61': ['metadata', 'title', 'metadata', 'widget'] + ['body'] * 9,
 # VOA transcript: accessibility lines, headline, 'Transcript:' and the show title again as
 # headings, episode line, 'Show Open:' heading, then labels and turns (body)
 'ev-6a9a949fd8': ['navigation', 'navigation', 'title', 'heading', 'heading', 'metadata', 'heading'] + ['body'] * 22,
 # Inside VOA copy: caption with its credit glued on, printed twice
 'ev-03c7bfc8a6': ['navigation', 'navigation', 'title', ('AT', '(Noor Hossain/VOA)', 'caption', 'photo_credit'),
                   ('AT', '(Noor Hossain/VOA)', 'caption', 'photo_credit'), 'body', 'body', 'body', 'body'],
 # Wikinews comments page: the reply is the page's text; its signature a byline
 'ev-57a77816f6': ['body'] * 6 + ['byline'],
 # 21voa copy: section label (kicker), headline, date, indented paragraphs, AP caption twice
 'ev-bfba156bf0': ['heading', 'title', 'metadata', 'body', 'body', 'body',
                   ('AT', '(AP Photo/', 'caption', 'photo_credit'), ('AT', '(AP Photo/', 'caption', 'photo_credit')]
                  + ['body'] * 8,
}
