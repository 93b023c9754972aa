"""Collection 19 (dev): the gold decided by reading (pass dev19_a, an AI session, Anthropic
Claude; one pass, no human review), made before any StoryDrift annotator ran on these pages.
Document labels only so far: the quotes and PERSON forms are added by the gold commit, after the
pages landed."""

# the outlets' own sites: a page there is the original, any other host a copy
OWN_HOSTS = {'www.publicaffairs.noaa.gov', 'www.army.mil', 'www.dvidshub.net'}
BY = 'dev19_a'
DOC_NOTES = {
    'ev-07eca4e569': "The page is a forum post on alipac.us reproducing the FBI National Press Office's weekly "
                     "release 'FBI's Top Ten News Stories for the Week Ending April 16, 2010' (an FBI work, "
                     "public domain); the forum is not the FBI.",
}
P: dict = {}
Q: list = []
NAMES: dict = {}
