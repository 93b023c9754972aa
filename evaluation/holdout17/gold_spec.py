"""Collection 17 (held out): the gold decided by reading (pass holdout17_a, an AI session,
Anthropic Claude; one pass, no human review), made before any StoryDrift annotator ran on these
pages. Document labels only so far: the quotes and PERSON forms are added by the gold commit,
after the pages landed."""

# the outlets' own sites: a page there is the original, any other host a copy
OWN_HOSTS = {'globalvoices.org', 'globalvoices.wordpress.com', 'learningenglish.voanews.com', 'www.defense.gov'}
BY = 'holdout17_a'
DOC_NOTES = {
    'ev-358e3f87d9': "The page is hosted by authorsvoice.net (a site mirroring Global Voices pages under its own "
                     "addresses) but the headlines and teasers are Global Voices' own (CC BY 3.0), its elections "
                     "archive of June 2015.",
    'ev-9193f05b14': "The page is hosted by hxen.net (a Chinese English-learning site) but the text is Voice of "
                     "America's: VOA News' report 'Canada claims first win at Women's World Cup' by Jim Stevenson "
                     "(September 2007); the breadcrumb, labels, date/source and audio lines are the site's; one of "
                     "two versions of the story in this collection.",
    'ev-b003d97213': "The page is hosted by jxbentu.cn (a Chinese site) but the text is Voice of America's: VOA "
                     "News' report 'Canada claims first win at Women's World Cup' by Jim Stevenson (September "
                     "2007), stored without its headline; one of two versions of the story in this collection.",
    'ev-a4132661d4': "The page is hosted by qualcheduno.com (a blog's monthly archive) but the headlines and "
                     "teasers are the openings of English Wikinews articles (CC BY 2.5), each cut with '[…]'.",
}
P: dict = {}
Q: list = []
NAMES: dict = {}
