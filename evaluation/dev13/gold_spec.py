"""Collection 13 (dev): the gold decided by reading (pass dev13_a, an AI session, Anthropic
Claude). Document labels only so far: the quotes and PERSON forms are added by the gold
commit, after the pages landed (the second reading pass starts from the pages alone)."""

# the outlets' own sites: a page there is the original, any other host a copy
OWN_HOSTS = {'globalvoices.org', 'en.wikinews.org', 'lt.usembassy.gov', 'www.usace.army.mil'}
BY = 'dev13_a'
DOC_NOTES = {
    'ev-19c126fd17': "The page is hosted by yy.chazidian.com (a Chinese learning site that does not name the "
                     "outlet) but the text is Voice of America's: its report 'Paralympians Prep to Step into "
                     "Spotlight' (August 2012) in a slightly different wording from voanews.com's article "
                     "(the video script's, it seems), with the same quotations.",
}
P: dict = {}
Q: list = []
NAMES: dict = {}
