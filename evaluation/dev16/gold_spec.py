"""Collection 16 (dev): the gold decided by reading (pass dev16_a, an AI session, Anthropic
Claude; one pass, no human review), made before any StoryDrift annotator ran on these pages.
Document labels only so far: the quotes and PERSON forms are added by the gold commit, after the
pages landed."""

# the outlets' own sites: a page there is the original, any other host a copy
OWN_HOSTS = {'globalvoices.org', 'globalvoices.wordpress.com', 'insidevoa.com'}
BY = 'dev16_a'
DOC_NOTES = {
    'ev-cb736e5dd9': "Published by Global Voices on its own digest blog (globalvoices.wordpress.com, the "
                     "project's WordPress.com blog of 2006); the text is Global Voices' (CC BY 3.0).",
    'ev-28eccc7906': "Published by Global Voices on its own digest blog (globalvoices.wordpress.com, the "
                     "project's WordPress.com blog of 2006); the text is Global Voices' (CC BY 3.0).",
}
P: dict = {}
Q: list = []
NAMES: dict = {}
