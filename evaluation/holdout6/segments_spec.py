"""Segments of collection 6 (held out), by reading (holdout6_a), made before any annotator
ran on these pages: per page, each non-blank line's kind in order; 'M' = the same piece as
the line before (one segment over several lines); a line given as a list [(prefix, kind),
..., (None, kind)] is cut after each prefix (a space at the cut goes to a separator).
Run by collection_builder.py; offsets come from string search."""
CAP = ['caption', 'photo_credit']
S = {
 # 6salon copy of a Wikinews report: no headline, the date line, paragraphs
 'ev-038a796f14': ['metadata'] + ['body'] * 10,
 # bellcanyonnews copy of the Wikinews interview: date line and the introduction only
 'ev-89b6eff343': ['metadata', 'body', 'body', 'body'],
 # Wikinews interview (no headline on the stored page): date, introduction, questions and
 # answers as unlabelled lines (interview turns: body)
 'ev-d966b4fcbe': ['metadata'] + ['body'] * 12,
 # copy on an author archive: the host's 'Author: Admin' line, the Wikinews headline, date
 'ev-5ec432875b': ['byline', 'title', 'metadata'] + ['body'] * 5,
 # copy: date line and the introduction
 'ev-9c55efd461': ['metadata', 'body', 'body'],
 # Wikinews: tagline, date, three paragraphs, the archive notice printed twice (the second
 # one cut)
 'ev-ad25487544': ['navigation', 'metadata', 'body', 'body', 'body', 'widget', 'M', 'M', 'M', 'widget', 'M', 'M'],
 # Wikinews (mobile): headline, date, caption and its image credit, dateline + body
 'ev-3d512c7304': ['title', 'metadata'] + CAP + [[('London, England —', 'dateline'), (None, 'body')], 'body', 'body'],
 # Wiki Actu mirror: mirror header and date, headline twice, tagline, 'Jump to', date, the
 # sports box (three lines, one piece), dateline + body, six captions each with its credit
 'ev-fb6a3c89b3': ['navigation', 'metadata', 'title', 'heading', 'navigation', 'navigation', 'metadata',
                   'related_links', 'M', 'M',
                   [('Cathedral Square, Sydney, Australia —', 'dateline'), (None, 'body')]]
                  + CAP * 6 + ['body', 'body'],
 # Wiki Actu mirror: as above, the Paralympics box (title, image file name, 'Newest ...'
 # and five bulleted links: one piece), date, dateline + body, and a last line that is an
 # image caption cut mid-word ('Final day of Paralympic rowing at Et')
 'ev-e103ca25da': ['navigation', 'metadata', 'title', 'heading', 'navigation', 'navigation',
                   'related_links', 'M', 'M', 'M', 'M', 'M', 'M', 'M', 'metadata',
                   [('London, England —', 'dateline'), (None, 'body')], 'body', 'body', 'body', 'caption'],
 # Global Voices listings: header line as title, headlines (heading) and teasers (body)
 'ev-94fadfca46': ['title'] + ['heading', 'body'] * 7,
 'ev-d1b04a8e11': ['title'] + ['heading', 'body'] * 10,
 # Global Voices special coverage page, no headline on the stored page: introduction, then
 # the dash-bulleted list of coverage (the page's content: body items)
 'ev-d747a75d4c': ['body'] * 20,
 # VOA Connect script: accessibility lines, title, air date, segment titles (heading) with
 # teaser quotes and stage directions (body), banner lines (body; the two-line banner one
 # piece), reporter/camera credit over two lines (contributor_line), a location super
 # (dateline), interview quotes (body)
 'ev-83d7aeb955': ['navigation', 'navigation', 'title', 'metadata',
                   'heading', 'body', 'body', 'heading', 'body', 'body', 'heading', 'body', 'body',
                   'body', 'body', 'M', 'contributor_line', 'M', 'dateline',
                   'body', 'body', 'body', 'body', 'body'],
 # VOA Connect script: accessibility lines, title, episode and air-date lines (one piece),
 # a stray 'Hide original message' (widget), segment titles and stage directions, banner
 # lines, credit lines in double parentheses (contributor_line; 'Adapted by:' over two
 # lines), map/banner directions, speech (body)
 'ev-93c9c9975b': ['navigation', 'navigation', 'title', 'metadata', 'M', 'widget',
                   'heading', 'body', 'heading', 'body', 'heading', 'body', 'body', 'body',
                   'contributor_line', 'contributor_line', 'contributor_line', 'M',
                   'body', 'body', 'body', 'body', 'body', 'body', 'body', 'body'],
 # Inside VOA: accessibility lines, headline, a caption printed twice, paragraphs
 'ev-7a9633fa5f': ['navigation', 'navigation', 'title', 'caption', 'caption'] + ['body'] * 5,
 'ev-cc8cdb0f96': ['navigation', 'navigation', 'title', 'caption', 'caption'] + ['body'] * 5,
 # dayuenews copy: headline twice, date line, paragraphs
 'ev-ddfd4a8dd2': ['title', 'heading', 'metadata'] + ['body'] * 7,
 # raw RSS on unsv.com: one line holding the channel header and feed date (metadata) up to
 # the CDATA opening, the item title, the closing ']]>' glued to the writer's name (byline)
 # and the Chinese download prompt (reader_prompt); then the story's paragraphs
 'ev-14a885f18c': [[('VOA Special English - UNSV英语学习频道VOA Special Englishhttp://www.unsv.com/voanews/specialenglish/'
                     'http://www.unsv.com/images/unsv.gifVOA慢速英语即VOA Special English,又叫VOA特别英语,是快速提高听力、'
                     '纠正发音、改善阅读理解,扩充英语知识的绝佳节目,还被新东方、疯狂英语等培训机构选作核心教材。'
                     'http://www.unsv.com/voanews/specialenglish/zh-CNhttp://www.unsv.com60版权所有©2003-2011 '
                     'UNSV.COM英语学习频道,保留所有权利。Mon, 21 May 2018 14:50:38 UTC<![CDATA[', 'metadata'),
                    ('Kite-Flying Gives a Lift to People of All Ages', 'title'), (']]>Susan Shand', 'byline'),
                    (None, 'reader_prompt')]] + ['body'] * 9,
 # LRC file: the [ti:] tag line holds the headline (title), the other three tag lines one
 # metadata piece; every time-stamped phrase a body line (the stamps stay inside the lines,
 # as transcript labels do)
 'ev-7ef707d107': ['title', 'metadata', 'M', 'M'] + ['body'] * 54,
 # White House transcript on a blog: headline, room and time lines, turns
 'ev-bb4f6275a7': ['title', 'metadata', 'metadata'] + ['body'] * 11,
 # USAGM statement copied by bidd.org.rs: headline, view counter (widget), 'via email'
 # date line, the logo's alt text (caption), paragraphs, a bullet item
 'ev-c7ea795abb': ['title', 'widget', 'metadata', 'caption'] + ['body'] * 5,
 # usagm.gov: site name, headline, statement, signature name and title (byline), the
 # standing biography line under CEO statements (metadata)
 'ev-4e1df53047': ['navigation', 'title', 'body', 'body', 'body', 'body', 'byline', 'byline', 'metadata'],
}
