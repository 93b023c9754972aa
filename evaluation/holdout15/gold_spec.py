"""Collection 15 (held out): the gold decided by reading (pass holdout15_a, an AI session,
Anthropic Claude; one pass, no human review), made before any StoryDrift annotator ran on these
pages. Document labels only so far: the quotes and PERSON forms are added by the gold commit,
after the pages landed."""

# the outlets' own sites: a page there is the original, any other host a copy
OWN_HOSTS = {'learningenglish.voanews.com', 'www.noaa.gov', 'globalvoices.org', 'viewpoint.bbg.gov',
             'ja.wikinews.org'}
BY = 'holdout15_a'
DOC_NOTES = {
    'ev-7f0fd7627f': "Published by Wikinews on its own servers: the English Wikinews article as served through "
                     "the Japanese edition's interwiki address (ja.wikinews.org/wiki/en:...); the text is English "
                     "Wikinews' (CC BY 2.5).",
    'ev-04fe7cbfa9': "The page is hosted by calendarfreemonthly2023.netlify.app (an unrelated calendar site whose "
                     "path copies a Global Voices address) but the headlines and teasers are Global Voices' own "
                     "(CC BY 3.0), its elections archive of February 2011.",
    'ev-83234360c0': "The page is hosted by kaeri1.brentedu.com (a Korean education board's English-news board) "
                     "but the text is Voice of America's: VOA Learning English's 'A Look Back at 2015: The Year "
                     "in Science and Technology', pasted with words glued where the source's lines wrapped; one "
                     "of two versions of the story in this collection.",
    'ev-e04f3caf93': "The page is hosted by a.voalearningenglish.in (a learning site) but the text is Voice of "
                     "America's: VOA Learning English's 'A Look Back at 2015: The Year in Science and "
                     "Technology'; one of two versions of the story in this collection.",
    'ev-713fd22ba3': "The page is hosted by tingroom.com (a Chinese English-learning site) but the text is Voice "
                     "of America's: its Special English Health Report of 27 April 2005; the dictionary hint and "
                     "the footnote numbers glued to words are the site's.",
}
P: dict = {}
Q: list = []
NAMES: dict = {}
