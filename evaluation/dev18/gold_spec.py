"""Collection 18 (dev): the gold decided by reading (pass dev18_a, an AI session, Anthropic
Claude; one pass, no human review), made before any StoryDrift annotator ran on these pages.
Document labels only so far: the quotes and PERSON forms are added by the gold commit, after the
pages landed."""

# the outlets' own sites: a page there is the original, any other host a copy
OWN_HOSTS = {'m.state.gov', 'www.dvidshub.net', 'advox.globalvoices.org',
             'www.ellsworth.af.mil', 'airuniversity.af.edu'}
BY = 'dev18_a'
DOC_NOTES = {
    'ev-d8b1ab61d9': "The page is the Internet Archive's Wayback Machine copy (web.archive.org, 17 February 2016) of "
                     "Global Voices' front page (globalvoicesonline.org); the headlines and teasers are Global "
                     "Voices' own (CC BY 3.0).",
    'ev-51377ee91b': "Published on the NCO Journal's blog (ncojournal.dodlive.mil, a Defense Department site); the "
                     "story is Lisa Ferdinando's for DoD News, so the blog's page is a copy of it.",
}
P: dict = {}
Q: list = []
NAMES: dict = {}
