"""Segments of collection 4, by reading (dev4_a): per page, each non-blank line's kind in
order; 'M' = the same piece as the line before (one segment over several lines); a line
given as a list [(prefix, kind), ..., (None, kind)] is cut after each prefix (the space at
the cut goes to a separator); ('AT', marker, kind, kind2) cuts the line just before the last
occurrence of marker (a caption with its credit glued on). Run by
collection_builder.py;
offsets come from string search."""
CAP = ('AT', 'Image: ', 'caption', 'photo_credit')
S = {
 # wa_rugby: Wiki Actu monthly archive, match report
 'ev-ebed7f613a': ['title', 'navigation', 'navigation', 'metadata', 'data_table', 'M', 'M', 'M', 'M', 'M',
                   [('Victory Park, Woombye, Queensland —', 'dateline'), (None, 'body')],
                   CAP, CAP, CAP, CAP, CAP, CAP, 'widget', 'M', 'M', 'M', 'M', 'body'],
 # wa_gould
 'ev-c9a006d86e': ['navigation', 'metadata', 'title', 'heading', 'navigation', 'navigation', 'metadata',
                   'related_links', 'M', 'M', 'caption', 'photo_credit', 'body', 'body', 'body', 'body', 'body'],
 # wa_bryce
 'ev-5c3cfa5af2': ['navigation', 'metadata', 'title', 'heading', 'navigation', 'navigation']
                  + ['caption', 'photo_credit'] * 10
                  + ['metadata', 'related_links', 'M', 'M', 'M', 'M', 'M', 'M', 'M', 'M', 'reader_prompt', 'M', 'M',
                     [('Wagga Wagga, New South Wales —', 'dateline'), (None, 'body')]],
 # wn_2020
 'ev-55a5acb60a': ['title', 'navigation', 'navigation', 'metadata', 'body', 'heading', 'heading', 'caption', 'caption',
                   'photo_credit', 'body', 'body', 'heading', 'caption', 'caption', 'photo_credit', 'body', 'caption',
                   'photo_credit', 'body'],
 # wn_knight
 'ev-ac26efcfa1': ['title', 'navigation', 'navigation', 'metadata', 'caption'] + ['body'] * 20,
 # gv_foot / gv_foot_print
 'ev-0e78a6e7fd': ['title', 'body', 'body', 'body'],
 'ev-f5c519f786': ['navigation', 'title', 'metadata', 'body', 'body', 'body'],
 # jury_yyk / jury_tr1 / jury_tr2 (VOICE labels are transcript turns: body)
 'ev-1f52ed70e3': ['metadata', 'navigation', 'body', 'body', 'body', 'caption'] + ['body'] * 11,
 'ev-c4f8c90fc8': ['widget', 'widget', 'body', 'body', 'body', 'caption'] + ['body'] * 12,
 'ev-de165097c3': ['title', 'body', 'body', 'body', 'caption'] + ['body'] * 11,
 # yyk_gay / voa_gay
 'ev-fd80582512': ['title', 'metadata', 'dateline', 'metadata', 'body', 'caption'] + ['body'] * 9,
 'ev-7a2927b9c1': ['navigation', 'navigation', 'navigation', 'title'] + ['body'] * 10,
 # djok_ndt: section kicker, headline, byline, body, credit lines
 'ev-d9059271ee': ['heading', 'title', 'byline', 'body', 'body', 'body', 'body', 'body', 'source_footer', 'photo_credit'],
 # usagm_inamori
 'ev-cdb4e7caec': ['title', [('Washington, D.C. —', 'dateline'), (None, 'body')], 'body', 'body', 'body', 'body', 'body'],
 # usagm_75
 'ev-0d81ff0d88': ['title'] + ['body'] * 5,
 # ivoa_khash
 'ev-0d76c6dc1c': ['navigation', 'navigation', 'title', 'body', 'body', 'body'],
 # house_engel: no headline; '# # #' end mark
 'ev-07c004fe76': [[('Bronx, NY—', 'dateline'), (None, 'body')], 'body', 'body', 'body', 'metadata'],
 # rss_doj, nsa_obama: one run-on paragraph each
 'ev-d37c82c182': ['body'],
 'ev-af85de7a22': ['body'],
 # vle_blog
 'ev-176e40e3e3': ['metadata', 'title', 'body', 'body', 'body', 'body', 'body', 'heading'] + ['body'] * 6,
 # poe_hillary: blog date, post title, program date, the VOA headline, Download links
 'ev-ce32fad125': ['metadata', 'title', 'metadata', 'heading', 'widget', 'widget', 'body', 'body', 'caption', 'body',
                   'body', 'body', 'body', 'body', 'body', 'body', 'body', 'body', 'body', 'caption', 'body', 'body',
                   'body', 'body', 'body'],
 # gv_jul17 / gv_sep17: listing pages (header line as title, headlines as headings, teasers as body)
 'ev-6638644539': ['title'] + ['heading', 'body'] * 9,
 'ev-5ed0ef2f16': ['title'] + ['heading', 'body'] * 8 + ['heading'],
 # vle_2014
 'ev-335b4b9c12': ['navigation', 'title'] + ['body'] * 10,
 # fnw_acevedo: dateline glued to the first sentence, source line
 'ev-1abfac9167': [[('SAN JUAN, Puerto Rico -', 'dateline'), (None, 'body')], 'body', 'body', 'body', 'source_footer'],
}
