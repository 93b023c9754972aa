"""Collection 20 (held out): the gold decided by reading (pass holdout20_a, an AI session,
Anthropic Claude; one pass, no human review), made before any StoryDrift annotator ran on these
pages. Document labels only so far: the quotes and PERSON forms are added by the gold commit,
after the pages landed."""

# the outlets' own sites: a page there is the original, any other host a copy
OWN_HOSTS = {'www.nasa.gov', 'japan2.usembassy.gov', 'globalvoicesonline.org'}
BY = 'holdout20_a'
DOC_NOTES = {
    'ev-06bf630f4e': "The page is hosted by calendarfreemonthly2023.netlify.app (a site serving copies of other "
                     "sites' pages under its own addresses) but the headlines and teasers are Global Voices "
                     "Advocacy's own (CC BY 3.0), its archive of October 2014.",
    'ev-a962c82765': "The page is hosted by chemistrying.com (a site's archive pages) but the headlines and teasers "
                     "are the openings of English Wikinews articles (CC BY 2.5), each cut with '[…]'.",
    'ev-9da88cf685': "The page is hosted by wikinewsreports.blogspot.com (a blog of Wikinews contributors that "
                     "promotes Wikinews stories) but the posts are Wikinews' own (CC BY 2.5).",
    'ev-d581578ea5': "Published by Global Voices on its former domain (globalvoicesonline.org), its Russian "
                     "language archive of July 2009.",
}
P: dict = {}
Q: list = []
NAMES: dict = {}
