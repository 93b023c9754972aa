"""Collection 14 (dev): the gold decided by reading (pass dev14_a, an AI session, Anthropic
Claude). Document labels only so far: the quotes and PERSON forms are added by the gold
commit, after the pages landed (a second reading pass starts from the pages alone)."""

# the outlets' own sites: a page there is the original, any other host a copy
OWN_HOSTS = {'www.voanews.com', 'www.insidevoa.com', 'learningenglish.voanews.com', '2009-2017.state.gov',
             'www.fbi.gov', 'globalvoices.org'}
BY = 'dev14_a'
DOC_NOTES = {
    'ev-6c31fa9759': "The page is hosted by bbs.cortex-media.info (a web view of a gopher feed mirror) but the "
                     "text is Voice of America's: its transcript of Scott Stearns' interview with Secretary of "
                     "State John Kerry (New Delhi, 24 June 2013), in a wording that differs from voanews.com's "
                     "transcript page (the feed's version, it seems); one of three versions of the story in "
                     "this collection.",
    'ev-d6c7102349': "The page is hosted by ro.scribd.com (a document site's publication listing) but the "
                     "headlines and teasers are Global Voices' own (CC BY 3.0), stories of December 2019; the "
                     "reading-time labels in Romanian are the host's.",
}
P: dict = {}
Q: list = []
NAMES: dict = {}
