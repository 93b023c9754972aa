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
 # defense.gov transcript: the .gov banner (its first two lines one piece), the historical
 # collection notice, the title, transcript turns
 'ev-a57116e27d': ['widget', 'M', 'widget', 'widget', 'widget', 'widget', 'widget', 'title'] + ['body'] * 13,
 # a blog copying a Navy News Service e-mail: the blog's name, post date, post title, then one
 # run-on line: the e-mail's viewing prompt, share widget, subscription note, its own head
 # and the digest of story titles with their links
 'ev-6beea79d45': ['navigation', 'metadata', 'title',
                   [('Having trouble viewing this email? View it as a Web page.', 'widget'),
                    ('Bookmark and Share', 'widget'),
                    ('You are subscribed to Navy News for U.S. Navy. This information has recently been updated, and is now available.', 'metadata'),
                    ('Navy News Service', 'heading'), (None, 'body')]],
}
