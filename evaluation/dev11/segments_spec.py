"""Segments of collection 11, by reading (dev11_a): per page, each non-blank line's kind in
order; 'M' = the same piece as the line before (one segment over several lines); a line
given as a list [(prefix, kind), ..., (None, kind)] is cut after each prefix (the space at
the cut, if any, goes to a separator); ('AT', marker, kind, kind2) cuts the line just before
the last occurrence of marker (a caption with its credit glued on). Run by
collection_builder.py; offsets come from string search."""


def dated(date: str) -> list:
    """A listing item's teaser that starts with its posting date."""
    return [(date, 'metadata'), (None, 'body')]


def more(head_kind: str = 'heading') -> list:
    """A teaser's 'Read More' link glued to the next item's headline (no space between)."""
    return [('Read More', 'widget'), (None, head_kind)]


CREDIT = ('AT', 'Photo Credit:', 'caption', 'photo_credit')
S = {
 # a blog's page 29 copying Wikinews items: the page starts inside a listing (the first item's
 # headline is above the cut); each teaser starts with its date and ends with '[…]', then
 # 'Read More' runs into the next headline; the first headline on the page is its title
 'ev-0a2f894b4b': [dated('Monday, December 3, 2007'), more('title'), dated('Saturday, March 1, 2008'), more(),
                   dated('Sunday, February 7, 2021'), more(), dated('Wednesday, January 26, 2022'), more(),
                   dated('Sunday, September 5, 2021')],
 # a blog's trackback view of a Wikinews interview: date, two paragraphs, the comments notice;
 # no headline on the page
 'ev-0c126705cc': ['metadata', 'body', 'body', 'widget'],
 # Global Voices language archive: the archive's month label, the site's stock blurb, the
 # listing title, then headline / teaser / date per item
 'ev-41e187e9f5': ['metadata', 'navigation', 'title'] + ['heading', 'body', 'metadata'] * 4 + ['heading', 'body'],
 # a NASA image viewer: captions, each with its credit glued on; the last is cut before any
 # credit; no title
 'ev-672f085588': [CREDIT] * 5 + ['caption'],
 # army.mil: dateline (place, date, dashes) glued to the first sentence; no headline
 'ev-8f3d5c6ef7': [[('FORT SILL, Okla. (Nov. 21, 2013) --', 'dateline'), (None, 'body')]] + ['body'] * 8,
 # Inside VOA weekly highlights: accessibility lines, title, heading / paragraph
 'ev-4d557f620c': ['navigation', 'navigation', 'title'] + ['heading', 'body'] * 3,
 'ev-0e9edc5598': ['navigation', 'navigation', 'title'] + ['heading', 'body'] * 3,
 # a news site's copy of a USDA column: weather and date widgets, the breadcrumb run into the
 # cut headline, the headline, the byline, the logo's alt text glued to the dateline and the
 # first sentence, an image's alt text printed twice
 'ev-2c2e8cbed4': ['widget', 'widget', 'navigation', 'title', 'byline',
                   [('USDA - U.S. Department of Agriculture', 'caption'), ('Washington, DC –', 'dateline'), (None, 'body')],
                   'body', 'caption', 'caption'] + ['body'] * 4,
 # a Global Voices author's own blog: date, headline, the excerpt, the link to the rest,
 # the comments count and prompt
 'ev-e47d994068': ['metadata', 'title', 'body', 'widget', 'comments', 'reader_prompt'],
 # a learning blog's label page copying VOA Special English: the label notice printed twice,
 # post date, post title, VOA's date and headline, two download links, then the script with
 # its speaker labels, an image's alt text and a stage direction
 'ev-222fccb737': ['navigation', 'navigation', 'metadata', 'title', 'metadata', 'heading', 'widget', 'widget',
                   'body', 'body', 'body', 'caption', 'body', 'body', 'body', 'body', 'body', 'body', 'body', 'body', 'body'],
 # an Air Force blog's home page: per post headline, byline (name, then unit), text with an
 # image's file id glued before it and 'Continue reading' glued after it; captions with and
 # without a credit; the first headline is the page's title
 'ev-470f92906b': ['title', 'byline', 'M', 'body',
                   [('140925-F-PA987-005', 'caption'), (None, ('AT', 'Continue reading', 'body', 'widget'))],
                   ('AT', '(U.S. Air Force photo)', 'caption', 'photo_credit'),
                   'heading', 'byline', 'M', ('AT', 'Continue reading', 'body', 'widget'),
                   'caption', 'heading', 'byline', 'M', 'body', 'body', 'body'],
 # the same learning blog's month archive: post date, post title, VOA's date and headline,
 # download links, the script
 'ev-80dfd10a66': ['metadata', 'title', 'metadata', 'heading', 'widget', 'widget'] + ['body'] * 10,
 # EPA's blog: headline, byline, text
 'ev-26399155ca': ['title', 'byline', 'body', 'body', 'body'],
 # a web archive's copy of an EPA news archive: skip link, the archive's title, date,
 # headline, press contact, dateline in brackets glued to the first sentence
 'ev-6a9788ce8a': ['navigation', 'title', 'metadata', 'heading', 'metadata',
                   [('(Washington, D.C.-May 25, 2005)', 'dateline'), (None, 'body')], 'body', 'body', 'body'],
 # a gopher proxy's VOA feed item: the public-domain notice (hard-wrapped, one piece), the
 # headline, the byline (a bare name), hard-wrapped paragraphs indented by three spaces; the
 # first starts with its dateline; a caption with its credit across lines, after a paragraph
 # with no blank line between
 'ev-ad0a37f638': ['source_footer', 'M', 'M', 'M', 'title', 'byline',
                   [('ALEXANDRIA, VIRGINIA -', 'dateline'), (None, 'body')], 'M', 'M',
                   'body', 'M', 'M', 'M', 'body', 'M', 'M', 'body', 'M', 'M', 'M', 'M',
                   'caption', [('Al-Hijrah Islamic Center, Falls Church, Virginia.', 'M'), (None, 'photo_credit')], 'M',
                   'body', 'M', 'body', 'M', 'M', 'body', 'M', 'M', 'M', 'body', 'M', 'M'],
 # a blog's month archive copying Wikinews ledes: archive head, then headline / date run into
 # the lede (ending '[…]'); the first headline is the page's title
 'ev-82bc01fffc': ['navigation', 'title', dated('Thursday, November 1, 2007'), 'heading', dated('Friday, November 3, 2006'),
                   'heading', dated('Sunday, September 9, 2007'), 'heading', dated('Thursday, October 5, 2006'),
                   'heading', dated('Tuesday, January 26, 2010')],
 'ev-a4d87f3502': ['navigation', 'navigation', 'title'] + ['heading', 'body'] * 3,
 # marines.mil news gallery: a caption with its credit, printed twice and joined by ' - ' (the
 # hyphen goes with the first credit), then the next caption, cut before its credit; no title
 'ev-869ff9b8bd': [[('U.S. Marine Corps Capt. Ford Higgins, platoon commander, United States Marine Corps Silent Drill Platoon, Marine Barracks Washington, poses for a photo with his family following a performance at Greater Atlanta Christian High School during Marine Week Atlanta in Norcross, Ga., Aug. 28, 2025. The year 2025 marks the 250th anniversary of the United States Marine Corps, a milestone that highlights the legacy, transformation and enduring spirit of the Corps since 1775. Throughout the year, Marines across the globe will commemorate this anniversary by honoring the service and sacrifice of those who served before them and by remaining faithful to the motto Semper Fidelis.', 'caption'),
                    ('(U.S. Marine Corps photo by Cpl. Christopher Prelle) -', 'photo_credit'),
                    (None, ('AT', '(U.S. Marine Corps photo', 'caption', 'photo_credit'))],
                   'caption'],
 # a blog copying a Navy News Service e-mail: the blog's name, post date, post title, then one
 # run-on line: the e-mail's viewing prompt, share widget, subscription note, its own head
 # and the digest of story titles with their links
 'ev-6beea79d45': ['navigation', 'metadata', 'title',
                   [('Having trouble viewing this email? View it as a Web page.', 'widget'),
                    ('Bookmark and Share', 'widget'),
                    ('You are subscribed to Navy News for U.S. Navy. This information has recently been updated, and is now available.', 'metadata'),
                    ('Navy News Service', 'heading'), (None, 'body')]],
}
