"""Closed vocabularies of the corpus.

One home for every label set: the pandera schemas, the dataset card's ClassLabel
features, the Label Studio config checks and the guidelines all read from here, so
a label can never be valid in one place and unknown in another. Order matters: it
is the ClassLabel integer order in the release, so only ever append.
"""

from __future__ import annotations

DERIVATION: tuple[str, ...] = ("original", "update", "copy", "rewrite", "independent")
AUTHORSHIP: tuple[str, ...] = ("human", "machine", "unknown")

# OntoNotes 5 entity types (the contract's list). ANNOTATED_ENTITY_LABELS is the
# subset the gold layer covers exhaustively; the others are allowed but not sought.
ENTITY_LABELS: tuple[str, ...] = (
    "PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART",
    "LAW", "LANGUAGE", "DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL",
    "CARDINAL",
)
ANNOTATED_ENTITY_LABELS: tuple[str, ...] = (
    "PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "EVENT", "WORK_OF_ART", "LAW",
    "DATE", "TIME", "MONEY", "PERCENT",
)

# BIO tags of the token view: O, then B-/I- for every entity label (ClassLabel order).
BIO_TAGS: tuple[str, ...] = ("O",) + tuple(f"{p}-{label}" for label in ENTITY_LABELS
                                           for p in ("B", "I"))

QUOTE_KINDS: tuple[str, ...] = ("direct", "mixed", "indirect", "scare")

# How a quote renders the utterance of its cluster's earliest version.
QUOTE_VARIANTS: tuple[str, ...] = ("verbatim", "trimmed", "altered", "paraphrased", "fabricated")

# Passage alignment of a version against another (as in METER) and, for an update, the
# edit action of each passage (as in NewsEdits); a version pair's duplicate kind.
ALIGNMENT_LABELS: tuple[str, ...] = ("verbatim", "rewritten", "new")
EDIT_ACTIONS: tuple[str, ...] = ("addition", "deletion", "edit", "refactor")
DUPLICATE_KINDS: tuple[str, ...] = ("identical", "near_identical", "contained")
ALIGNMENT_ORIGINS: tuple[str, ...] = ("gold", "aligner")

CLAIM_STATUS: tuple[str, ...] = ("supported", "refuted", "not_enough_evidence", "conflicting")

# Segment kinds. Content kinds carry the article; the rest is page furniture.
SEGMENT_CONTENT_KINDS: tuple[str, ...] = (
    "title", "dateline", "byline", "body", "heading", "caption", "photo_credit",
    "contributor_line", "standfirst",
)
SEGMENT_BOILERPLATE_KINDS: tuple[str, ...] = (
    "metadata", "widget", "ad", "navigation", "related_links", "comments",
    "table_of_contents", "key_points", "faq", "fact_box", "data_table",
    "reader_prompt", "source_footer", "social_post",
)
# Whitespace between two segments (blank lines), so that segments tile the text.
SEGMENT_SEPARATOR = "separator"
SEGMENT_KINDS: tuple[str, ...] = (
    SEGMENT_CONTENT_KINDS + SEGMENT_BOILERPLATE_KINDS + (SEGMENT_SEPARATOR,)
)

# Words the segmenter reads a line's shape by (corpus/segment_listing.py): the small words
# Title Case leaves in lower case, and capitalised words a sentence opens with (a teaser
# run on after its headline: "... Missions In the 21st century, ...").
SEGMENT_TITLE_SMALL_WORDS: tuple[str, ...] = (
    "a", "an", "the", "and", "or", "nor", "but", "of", "to", "in", "on", "at", "for", "by",
    "with", "from", "as", "vs", "vs.", "into", "over", "up", "off", "per", "via",
)
SEGMENT_MONTHS: tuple[str, ...] = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec",
)
SEGMENT_SENTENCE_OPENERS: tuple[str, ...] = (
    "The", "A", "An", "In", "On", "At", "For", "As", "When", "After", "Before", "While",
    "During", "Since", "Until", "This", "These", "Last", "Today", "Yesterday",
)
# A wiki's or a blog's closing section heads (folded) and the kind of the bullet list
# under them (corpus/segment_wiki.py): links to other pages, or the sources relied upon.
SEGMENT_SECTION_HEADS: dict[str, str] = {
    **dict.fromkeys(("related news", "related articles", "related stories", "see also",
                     "external links", "further reading", "more links"), "related_links"),
    **dict.fromkeys(("sources", "source", "references", "bibliography"), "source_footer"),
}
# A transcript's or a radio script's stage cues on a line of their own ("(MUSIC)",
# "[APPLAUSE]"): part of the script, body (corpus/segment_wiki.py's cue rule).
SEGMENT_STAGE_CUES: tuple[str, ...] = (
    "music", "applause", "laughter", "cheers", "cheering", "crosstalk", "inaudible",
    "sound", "soundbite", "sound bite", "sound of music", "theme music", "music bridge",
    "end music", "music up", "silence", "pause", "break", "end", "begin video clip",
    "end video clip", "begin audio clip", "end audio clip",
)
# A filter or search form's buttons, each alone on its line under the form's fields
# (corpus/segment_listing.py's filter box: "Results:" / "Archive: 2020" / "Clear").
SEGMENT_FORM_CONTROLS: tuple[str, ...] = (
    "clear", "clear all", "clear filters", "reset", "reset filters", "apply", "apply filters",
    "submit", "go", "search", "filter", "sort", "show results", "update results",
)

# Page furniture of listings, briefings and video pages (issue 9, dev collection 14), by
# the generic words such lines are made of (corpus/segment.py):
# - what a listing or a search counts ("Found 1,204 posts.", "Showing 1-10 of 88 results");
SEGMENT_RESULT_NOUNS: tuple[str, ...] = (
    "results", "result", "posts", "post", "articles", "article", "stories", "story", "items",
    "entries", "matches", "documents", "releases", "records", "pages",
)
# - a link to an item's whole text under its teaser, alone on its line ("Full story");
SEGMENT_FULL_TEXT_LINKS: tuple[str, ...] = (
    "full story", "full article", "full post", "full release", "read full story",
    "read full article", "view full story",
)
# - a section path's first part ("News / World", "Sport / Football"): a site's sections;
SEGMENT_SECTION_WORDS: tuple[str, ...] = (
    "home", "news", "world", "sport", "sports", "business", "politics", "opinion", "culture",
    "science", "health", "technology", "tech", "entertainment", "lifestyle", "local",
    "national", "international", "region", "regions", "features", "video", "videos", "audio",
    "photos", "blogs", "blog", "economy", "media", "society", "arts", "travel", "weather",
)
# - the head of a briefing's index of topics ("Index for Today's Briefing", "Topics
#   covered"): a table of contents, its topic lines under it;
SEGMENT_INDEX_HEADS: tuple[str, ...] = (
    "index for today's briefing", "index for today’s briefing", "index of today's briefing",
    "index of today’s briefing", "index for the briefing", "index of topics",
    "index for today", "topics covered", "topics discussed", "topics in this briefing",
    "in this briefing", "briefing topics", "subjects discussed",
)
# - a briefing series' name printed under the briefer's name and office ("Daily Press
#   Briefing"), by its last words; the room a briefing is held in, by its last word;
SEGMENT_SERIES_ENDS: tuple[str, ...] = (
    "press briefing", "news briefing", "media briefing", "briefing", "press conference",
    "news conference", "media availability", "press gaggle", "gaggle", "on-camera briefing",
)
SEGMENT_VENUE_ENDS: tuple[str, ...] = (
    "room", "hall", "auditorium", "ballroom", "garden", "center", "centre", "theater",
    "theatre", "office",
)
# - a reading-time label's word after "N min" in some languages ("5 min read", "5 min
#   de lectura", "5 min citite", "5 Min. Lesezeit"), glued to an outlet's name on a
#   listing ("Daily Planet5 min readWorld");
SEGMENT_READ_WORDS: tuple[str, ...] = (
    "read", "reading", "lectura", "de lectura", "lecture", "de lecture", "leitura",
    "de leitura", "lettura", "di lettura", "lesezeit", "lesen", "citire", "citite", "de citit",
    "czytania", "okuma", "leestijd", "läsning",
)
# - a note closing an image's label ("Man Reading a Map (Stock Image)"): a caption;
SEGMENT_IMAGE_NOTES: tuple[str, ...] = (
    "stock image", "stock photo", "stock photograph", "file photo", "file image",
    "illustration", "illustrative image", "photo illustration", "archive photo",
    "archive image", "screenshot", "screen grab",
)
# - a charity's or a campaign's donation banner ("Relief Fund - Make a charitable donation
#   in support of ..."): an organisation's name, a dash, a call to give.
SEGMENT_DONATION_VERBS: tuple[str, ...] = ("make", "give", "send", "donate", "offer")
# - the audio links a page prints in brackets beside its headline or its first line
#   ("(Download MP3, Mirror)", "(Listen)", "(在线收听) |"): corpus/segment_glued.py cuts such
#   a bracket off its line when every item in it is one of these (folded).
SEGMENT_AUDIO_LINKS: frozenset[str] = frozenset((
    "download", "download mp3", "mp3", "mp3 download", "mirror", "listen", "listen now",
    "listen online", "audio", "download audio", "podcast", "在线收听", "收听", "下载", "音频",
    "在线播放", "mp3下载",
))

# What an outlet asks its readers to send ("If you have a story or a blog post that ...,
# email us"): corpus/segment.py's appeal to write in.
SEGMENT_READER_OFFERS: tuple[str, ...] = (
    "story", "stories", "tip", "tips", "news tip", "idea", "ideas", "blog post", "suggestion",
    "suggestions", "photo", "photos", "video", "videos", "question", "questions",
)

# Photo and news agencies a photo credit names ("Photo: Name/Reuters", "Name/AFP via Getty
# Images"), folded: one list for corpus/segment.py's credit lines and corpus/segment_glued.py's
# credit glued before a sentence. Each module adds the forms its own rules were fitted
# with (merging them would change the segments of either): the whole-line rules read the
# longer names and agencies below, the glued-credit finder the bare short forms ("Name/AP
# The minister ..."), which the whole-line rules' "via X" and "X/Name" would take in prose.
SEGMENT_PHOTO_AGENCIES: tuple[str, ...] = (
    "getty images", "reuters", "associated press", "afp", "epa-efe", "epa", "efe", "pool",
    "shutterstock", "alamy", "bloomberg", "nurphoto", "anadolu", "sipa", "zuma", "tass",
    "xinhua", "dpa", "ani", "pti", "imago", "handout",
)
SEGMENT_PHOTO_AGENCIES_LINE: tuple[str, ...] = (
    "getty", "ap photo", "sopa images", "sputnik", "ria novosti", "pa images", "pa wire",
    "abaca", "ukrinform", "presidential press service", "file photo",
)
SEGMENT_PHOTO_AGENCIES_GLUED: tuple[str, ...] = ("ap", "pa", "file")

# Provenance of an annotation record.
ANNOTATION_STATUS: tuple[str, ...] = ("prediction", "annotation", "adjudicated")

VOCABULARIES: dict[str, tuple[str, ...]] = {
    "derivation": DERIVATION,
    "authorship": AUTHORSHIP,
    "entity_label": ENTITY_LABELS,
    "quote_kind": QUOTE_KINDS,
    "quote_variant": QUOTE_VARIANTS,
    "claim_status": CLAIM_STATUS,
    "alignment_label": ALIGNMENT_LABELS,
    "edit_action": EDIT_ACTIONS,
    "duplicate_kind": DUPLICATE_KINDS,
    "segment_kind": SEGMENT_KINDS,
}
