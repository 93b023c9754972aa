"""Word lists the rule-based pre-annotators rely on.

Kept apart from the rules so that a reviewer can extend the lexicon without reading
the matching code. Everything is lower case; matching lower-cases the text.
"""

from __future__ import annotations

# Reporting verbs in the forms news prose uses. Finite forms can introduce
# indirect speech ("X said that ..."); all forms can attribute a quote.
SPEECH_VERB_LEMMAS: tuple[str, ...] = (
    "say", "tell", "add", "continue", "warn", "state", "assert", "emphasize",
    "emphasise", "stress", "write", "tweet", "claim", "insist", "argue",
    "note", "announce", "confirm", "declare", "explain", "reply", "respond",
    "answer", "ask", "urge", "acknowledge", "admit", "reiterate", "repeat",
    "remark", "comment", "suggest", "indicate", "predict", "promise", "pledge",
    "vow", "threaten", "deny", "allege", "contend", "maintain", "observe",
    "recall", "concede", "caution", "complain", "boast", "joke", "shout",
    "tell", "describe", "call", "brand", "dub", "label", "term",
    # more reporting verbs news prose uses ("shot back", "assured", "spoke to VOA")
    "speak", "assure", "explain", "recount", "remember", "quip", "retort", "exclaim",
    "mention", "recommend", "advise", "demand", "plead", "cry", "scream", "whisper",
    "chant", "sing", "testify", "concede", "counter", "lament", "praise", "criticise",
    "criticize", "accuse", "blast", "slam", "hail", "welcome", "reflect", "muse",
    "express",
    # and more that news prose reports speech with ("quipped", "concurred", "fumed")
    "concur", "conclude", "elaborate", "affirm", "proclaim", "snap", "fume", "mutter",
    "murmur", "gush", "marvel", "beg", "implore", "interject", "clarify", "opine", "posit",
    "surmise", "underline", "underscore", "protest", "rebut", "refute", "wonder", "inquire",
    "enquire", "query", "reassure", "confide", "disclose", "hint", "inform", "notify",
    "apologize", "apologise", "congratulate", "grumble", "scoff", "sneer", "snarl", "growl",
    "bellow", "yell", "roar", "rant", "rave", "tease", "taunt", "vent", "rebuke", "scold",
    "bemoan", "decry", "denounce", "confess", "brag", "reckon", "emphasise", "stress",
    "reason", "speculate", "summarize", "summarise", "remind", "theorize", "theorise",
    "report",
)

_IRREGULAR: dict[str, tuple[str, ...]] = {
    "say": ("say", "says", "said", "saying"),
    "tell": ("tell", "tells", "told", "telling"),
    "write": ("write", "writes", "wrote", "writing", "written"),
    "speak": ("speak", "speaks", "spoke", "speaking", "spoken"),
    "cry": ("cry", "cries", "cried", "crying"),
    "sing": ("sing", "sings", "sang", "singing"),
    "plead": ("plead", "pleads", "pleaded", "pled", "pleading"),
    "blast": ("blast", "blasts", "blasted", "blasting"),
    "slam": ("slam", "slams", "slammed", "slamming"),
}


def _forms(lemma: str) -> tuple[str, ...]:
    """The inflected forms of a verb's lemma (a lemma list, not a form list, is kept, so
    that one entry covers said/says/saying; a short verb ending in one vowel and one
    consonant gets its doubled forms too: quipped, concurred, snapping)."""
    if lemma in _IRREGULAR:
        return _IRREGULAR[lemma]
    if len(lemma) >= 3 and lemma[-1] not in "aeiouwxy" and lemma[-2] in "aeiou" and \
            (lemma[-3] not in "aeiou" or lemma[-4:-2] == "qu"):
        double = lemma + lemma[-1]
        return (lemma, lemma + "s", lemma + "ed", lemma + "ing", double + "ed", double + "ing")
    if lemma.endswith("e"):
        stem = lemma[:-1]
        return (lemma, lemma + "s", lemma + "d", stem + "ing")
    if lemma.endswith("y") and lemma[-2] not in "aeiou":
        stem = lemma[:-1]
        return (lemma, stem + "ies", stem + "ied", lemma + "ing")
    if lemma.endswith(("s", "sh", "ch")):
        return (lemma, lemma + "es", lemma + "ed", lemma + "ing")
    return (lemma, lemma + "s", lemma + "ed", lemma + "ing")


SPEECH_VERBS: frozenset[str] = frozenset(
    {f for lem in SPEECH_VERB_LEMMAS for f in _forms(lem)} | {"posted", "posting", "thanked"}
)
# Verbs that report a topic talked about, not words: no cue inside a sentence ("said they
# discussed ways to “…”"), but they introduce the quote that opens the next sentence
# ("X discussed the challenges. “…”").
TOPIC_VERBS: frozenset[str] = frozenset(
    {f for lem in ("discuss", "talk") for f in _forms(lem)} - {"talking", "discussing"}
)
# Forms that are also common nouns: a cue only when no determiner precedes them.
NOUN_LIKE: frozenset[str] = frozenset(
    {"call", "calls", "comment", "comments", "note", "notes", "answer", "answers", "reply",
     "replies", "claim", "claims", "promise", "promises", "pledge", "pledges", "threat",
     "threats", "label", "labels", "term", "terms", "caution", "joke", "jokes", "repeat",
     "vow", "vows", "state", "states", "remark", "remarks", "shout", "recall",
     "tweet", "tweets", "dub", "brand", "maintain", "observe", "boast", "protest",
     "protests", "query", "queries", "vent", "rant", "rants", "roar", "yell", "snap",
     "hint", "hints", "rebuke", "scold", "rave", "thunder", "beg", "marvel", "tease",
     "report", "reports"}
)
# Platforms whose name belongs to the cue ("said in a post to X").
PLATFORMS: tuple[str, ...] = (
    "X", "Twitter", "Telegram", "Facebook", "Instagram", "Truth Social", "TikTok", "YouTube",
    "LinkedIn", "Bluesky", "Threads", "Weibo", "WeChat", "Substack",
)

# Naming verbs attribute a quoted *term* (mixed), never a clause (not indirect).
NAMING_VERBS: frozenset[str] = frozenset(
    f for lem in ("call", "brand", "dub", "label", "term", "describe") for f in _forms(lem)
)
# Verbs that may introduce "X <verb> (that) CLAUSE" indirect speech.
INDIRECT_VERBS: frozenset[str] = frozenset(
    f
    for lem in (
        "say", "warn", "state", "assert", "emphasize", "emphasise", "stress", "claim",
        "insist", "argue", "note", "announce", "confirm", "declare", "explain",
        "acknowledge", "admit", "reiterate", "suggest", "indicate", "predict", "promise",
        "pledge", "vow", "threaten", "deny", "allege", "contend", "maintain", "tell",
        "write", "add",
    )
    for f in _forms(lem)
    if not f.endswith("ing")  # finite forms; the bare form only after a subject (see quotes)
)

# Multi-word cues whose speaker FOLLOWS the cue ("according to X", "per X").
SOURCE_CUES: tuple[str, ...] = ("according to", "per")

# Nouns of something said or written: a quote inside "the observation that …", "his call
# for … “…”" gives the words of whoever made it (mixed), not a term (scare).
SPEECH_NOUNS: frozenset[str] = frozenset(
    {"observation", "remark", "remarks", "comment", "comments", "claim", "assertion",
     "argument", "statement", "point", "suggestion", "warning", "complaint", "promise",
     "pledge", "vow", "call", "appeal", "plea", "words", "message", "insistence",
     "admission", "accusation", "allegation", "prediction", "declaration", "reminder",
     "question", "answer", "reply", "response", "retort", "quip", "joke", "slogan",
     "motto", "mantra", "description", "phrase", "speech", "address", "testimony",
     "announcement", "vision", "demand", "request"}
)
# Written things whose wording is given with "read(s)": "The statement read, “…”".
WRITTEN_NOUNS: frozenset[str] = frozenset(
    {"statement", "letter", "message", "note", "post", "tweet", "release", "sign", "notice",
     "email", "e-mail", "memo", "banner", "placard", "caption", "inscription", "communique",
     "announcement", "text", "headline", "order", "ruling", "verdict", "indictment",
     "complaint", "petition", "resolution", "report", "document", "filing"}
)
READ_CUES: frozenset[str] = frozenset({"read", "reads", "reading"})

# Words that mark a quoted term as not speech.
SCARE_MARKERS: tuple[str, ...] = ("so-called", "so called", "dubbed the", "known as", "banner",
                                  # words mentioned, not used ("phrases like “you know”")
                                  "words like", "phrases like", "terms like",
                                  "expressions like",
                                  # a word named as a word ("the word “migrant”")
                                  "the word", "the term", "the phrase", "the slogan")

# Verbs of thought: inside a quotation they introduce imagined words (“every second he is
# thinking, ‘This is taking too long.’”), said by the thinker, not by the one quoted.
THOUGHT_VERBS: frozenset[str] = frozenset(
    f for lem in ("think", "wonder", "imagine") for f in
    (("think", "thinks", "thought", "thinking") if lem == "think" else _forms(lem)))
# Thought reported as words ("I thought to myself, “…”"): a cue for a direct quote only in
# this reflexive form, so "X thinks the talks will fail" stays no report of speech.
THOUGHT_CUE = (r"\b(?:thought|think|thinks|thinking|wondered|wonder|wonders|asked|ask|asks|"
               r"said|say|says|told|tell|tells)\s+(?:to\s+)?(?:myself|himself|herself|"
               r"ourselves|themselves)\s*[,:]\s*$")
# A point of view opening the sentence ("In his view, it is a plan “ripe for abuse.”"):
# the words quoted later in that sentence are the viewer's (group 1 the cue, 2 the viewer).
VIEW_CUE = (r"\b([Ii]n (his|her|their|its|[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,3}[’']s) "
            r"(?:view|opinion|estimation|judgement|judgment|eyes))\s*,")
# Prepositions that open an adjunct after a post-posed attribution ("…, X said during a
# news conference at the Pentagon"): words after the cue that report nothing.
ADJUNCT_PREPOSITIONS: frozenset[str] = frozenset(
    {"during", "at", "in", "on", "after", "before", "while", "from", "to", "via", "outside",
     "inside", "following", "ahead"})

PRONOUNS: frozenset[str] = frozenset({"he", "she", "they", "we", "i"})
# Possessive determiners, read as the pronoun they stand for ("his call" -> he).
POSSESSIVE_PRONOUNS: dict[str, str] = {"his": "he", "her": "she", "their": "they",
                                       "our": "we", "my": "i"}
# The sex a third-person pronoun asks of its antecedent (given names add theirs, see
# gazetteer.given_sex), and the title words that tell it.
PRONOUN_SEX: dict[str, str] = {"he": "M", "she": "F"}
FEMALE_TITLES: frozenset[str] = frozenset(
    {"mrs", "mrs.", "ms", "ms.", "madam", "madame", "queen", "princess", "empress", "dame",
     "lady", "duchess", "countess", "sister", "actress", "chairwoman", "spokeswoman",
     "councilwoman", "congresswoman", "businesswoman", "sportswoman"}
)
MALE_TITLES: frozenset[str] = frozenset(
    {"mr", "mr.", "king", "prince", "emperor", "sir", "lord", "duke", "count", "brother",
     "father", "chairman", "spokesman", "councilman", "congressman", "businessman",
     "sportsman", "sheikh", "emir"}
)
# Words right before a name that make it an object, not the subject of its sentence
# ("after meeting X", "a call with X", "told X").
OBJECT_MARKERS: frozenset[str] = frozenset(
    {"with", "by", "to", "from", "for", "of", "about", "against", "between", "than",
     "like", "meeting", "met", "meets", "told", "tells", "asked", "asks", "thanked",
     "called", "urged", "accused", "visited", "visiting", "behind", "beside", "toward",
     "towards", "into", "at", "on", "under", "over", "via", "among", "including"}
)
# Heads after a possessor that speak AS the possessor ("Starmer’s office said" credits
# Starmer); other heads are people of their own ("X’s lawyers said": the lawyers speak).
VOICE_OF_OWNER: frozenset[str] = frozenset(
    {"office", "campaign", "team", "camp", "administration", "government", "cabinet",
     "account", "statement", "website", "press", "offices", "staff"}
)
# A line that is a photo caption: its names are no antecedents for the prose around it
# ("X, left, and Y at the meeting. (Photo: AP)").
CAPTION_CUES = (
    r"\((?:photos?|images?|file|credit|ap|afp|reuters|getty|epa)\b|"
    r"\b(?:photo|image|picture|credit)s?\s*(?:credit\s*)?[:/|]|"
    r"\((?:left|right|center|centre|l|r|c|top|bottom|front|back)\)|"
    r",\s(?:left|right|center|centre|second from (?:left|right)|top|bottom),|"
    r"\b(?:getty images|ap photo|reuters/|afp via|file photo|pictured)\b"
)
# Particle verbs that report speech ("shot back", "pointed out"): the verb form, then the
# particle the cue needs right after it.
PARTICLE_CUES: dict[str, frozenset[str]] = {
    "shot": frozenset({"back"}), "shoots": frozenset({"back"}),
    "fired": frozenset({"back"}), "fires": frozenset({"back"}),
    "hit": frozenset({"back", "out"}), "hits": frozenset({"back", "out"}),
    "pointed": frozenset({"out"}), "points": frozenset({"out"}),
    "went": frozenset({"on"}), "goes": frozenset({"on"}),
    "chimed": frozenset({"in"}), "chimes": frozenset({"in"}),
    "spelled": frozenset({"out"}), "summed": frozenset({"up"}),
    "lashed": frozenset({"out"}), "cut": frozenset({"in"}),
    # a blogger's words in a round-up ("took issue with the “...”", "blog about a “...”")
    "took": frozenset({"issue"}), "takes": frozenset({"issue"}),
    "blog": frozenset({"about"}), "blogs": frozenset({"about"}),
    "blogged": frozenset({"about"}),
    # "That was how X put it", "as X puts it"
    "put": frozenset({"it"}), "puts": frozenset({"it"}),
}
# Transcript turn labels that name no one ("Question:", "Q:", "Reporter:"): the turn is an
# interviewer's or a reporter's, never a person called "Question" (matched lower-cased, the
# label's words joined by one space, a final full stop dropped).
UNNAMED_TURN_LABELS: frozenset[str] = frozenset(
    {"question", "questions", "q", "reporter", "reporters", "interviewer", "journalist",
     "correspondent", "audience", "audience member", "participant", "caller", "questioner",
     "staff", "voice", "voices", "unidentified", "unidentified speaker", "speaker",
     "male speaker", "female speaker", "man", "woman", "press", "anchor", "host",
     "moderator", "off mic", "crosstalk"})
# Verbs and nouns of an interview's intro that name its interviewer ("X interviewed Y",
# "Interview with Y by X", "Y was interviewed by X").
INTERVIEW_VERBS: frozenset[str] = frozenset({"interviewed", "interviews", "interviewing"})
# Prepositions that open a headline's quoted fragment ("… To The Hague ‘In The Name Of
# Humanity’"): words of somebody's phrase, since no name, title or term opens with one.
FRAGMENT_OPENERS: frozenset[str] = frozenset(
    {"in", "for", "with", "without", "against", "at", "by", "from", "into", "on", "over",
     "to", "under", "until", "within", "beyond", "despite", "toward", "towards", "because"})

# Verbs of asking: the person asked is the one who answers next ("X asked Y about it.
# “…,” he said": Y).
ASKING_VERBS: frozenset[str] = frozenset(
    {"asked", "asks", "questioned", "pressed", "quizzed", "interviewed", "challenged"})

DETERMINERS: frozenset[str] = frozenset(
    {"the", "a", "an", "one", "another", "two", "three", "several", "some", "its", "his",
     "her", "their"}
)

# Heads of descriptions that can speak ("a White House official", "the spokesperson").
ROLE_NOUNS: frozenset[str] = frozenset(
    {
        "spokesperson", "spokesman", "spokeswoman", "official", "officials", "president",
        "minister", "leader", "leaders", "chancellor", "secretary", "ministry", "office",
        "aide", "aides", "adviser", "advisor", "source", "sources", "diplomat", "diplomats",
        "envoy", "ambassador", "government", "premier", "governor", "senator", "general",
        "commander", "representative", "spokespeople", "statement", "mayor", "chief",
        "director", "chairman", "chairwoman", "lawmaker", "lawmakers", "prosecutor",
        "prosecutors", "police", "embassy", "administration", "kremlin", "department",
        "agency", "military", "army", "campaign", "team", "analyst", "analysts", "expert",
        "experts", "king", "queen", "prime", "pope", "host", "founder", "ceo",
    }
)

# Title words stripped from the front of a person's name ("Foreign Minister X").
TITLES: frozenset[str] = frozenset(
    {
        "president", "minister", "chancellor", "secretary", "secretary-general",
        "spokesperson", "spokesman", "spokeswoman", "senator", "sen", "sen.", "rep",
        "rep.", "representative", "governor", "gov", "gov.", "mayor", "king", "queen",
        "prince", "princess", "pope", "ambassador", "envoy", "commissioner", "chairman",
        "chairwoman", "director", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.",
        "prof", "prof.", "judge", "premier", "sheikh", "emir", "cardinal", "archbishop",
        "bishop", "lieutenant", "colonel", "captain", "admiral", "commander", "general",
        "vice-president", "vice", "deputy", "sir", "dame", "lord", "lady", "speaker",
        "mister", "madam", "sgt", "sgt.", "lt", "lt.", "capt", "capt.", "adm", "adm.", "gen",
        "gen.", "col", "col.", "reps", "reps.", "administrator", "astronaut", "cosmonaut",
        "midfielder", "defender", "winger", "goalie", "quarterback", "pitcher", "skier",
        "skater", "swimmer", "gymnast", "boxer", "cyclist", "runner", "sprinter", "athlete",
        "teammate", "blogger", "commentator", "filmmaker", "photographer",
        "spokesmen", "emperor", "empress",
        "leader", "chief", "ceo",
        # occupations written before a name ("Economist Lars Olsen", "pilot Sam Ortega")
        "pilot", "economist", "farmer", "coach", "engineer", "doctor", "nurse", "teacher",
        "professor", "lawyer", "attorney", "analyst", "activist", "author", "writer",
        "journalist", "reporter", "correspondent", "actor", "actress", "singer", "artist",
        "chef", "officer", "sergeant", "detective", "inspector", "agent", "scientist",
        "researcher", "historian", "manager", "executive", "founder", "owner", "candidate",
        "lawmaker", "legislator", "councillor", "councilman", "councilwoman", "mp",
        "organiser", "organizer", "player", "striker", "goalkeeper", "skipper", "referee",
        "resident", "student", "witness", "survivor", "veteran", "diplomat", "aide",
        "adviser", "advisor", "chairperson", "superintendent",
        "sheriff", "marshal", "principal", "dean", "rabbi", "imam", "priest", "pastor",
        "champion", "medallist", "medalist", "winner", "finalist",
        "justice",
        # more titles and ranks written before names ("Ayatollah Khamenei", "Maj. Kim")
        "ayatollah", "mullah", "rev", "rev.", "reverend", "sultan", "maj", "maj.", "major",
        "cpl", "cpl.", "pvt", "pvt.", "cmdr", "cmdr.", "brig", "brig.", "brigadier",
        "congressman", "congresswoman", "assemblyman", "assemblywoman", "president-elect",
        "mep", "magistrate", "undersecretary", "under-secretary", "consul", "counselor",
        "counsellor", "vice-chairman", "ambassador-at-large", "prosecutor",
        # military ranks and ratings ("Chief Petty Officer X", "Aviation Machinist's Mate
        # X", "Culinary Specialist X", "Spc. X", "Politburo Member X", "Compatriot X")
        "petty", "mate", "specialist", "spc", "spc.", "pfc", "pfc.", "seaman", "airman",
        "corporal", "ensign", "machinist", "electrician", "technician", "member",
        "compatriot",
        # people known by what they publish online ("YouTuber X", "influencer X")
        "youtuber", "vlogger", "influencer", "podcaster", "streamer",
    }
)

# "Then-President Obama", "ex-Minister Ivanov", "Acting Director Smith": the same titles.
TITLES = TITLES | frozenset(f"{p}-{t}" for p in ("then", "ex", "acting", "former")
                            for t in TITLES if "-" not in t and not t.endswith("."))

# Words that make a capitalised sequence an organisation / facility, not a person.
ORG_WORDS: frozenset[str] = frozenset(
    {
        "ministry", "house", "news", "commission", "council", "union", "organisation",
        "organization", "party", "government", "department", "agency", "bank", "fund",
        "forces", "army", "navy", "times", "post", "journal", "press", "company", "corp",
        "inc", "ltd", "group", "committee", "court", "parliament", "congress", "senate",
        "office", "association", "institute", "university", "foundation", "network",
        "coalition", "alliance", "league", "federation", "authority", "service", "reuters",
        "kremlin", "pentagon", "nato", "un", "eu", "cbs", "abc", "nbc", "cnn", "bbc", "afp",
        "ap", "embassy", "cabinet", "administration", "treaty", "guard", "police",
        "voice",  # "Voice of America" is a broadcaster, not a voice and a place
        # groups and bodies known by one word
        "amnesty", "hamas", "taliban", "hezbollah", "al-qaida", "al-qaeda", "isis",
        "interpol", "unesco", "unicef",
        # military units and seats of bodies ("B Battery", "Coordination Headquarters")
        "battery", "battalion", "regiment", "brigade", "squadron", "headquarters", "artillery",
        "infantry", "cavalry", "division",
    }
)

# Honorifics: only a surname follows them ("Ms. Pope", "Mr. King"), whatever the word.
HONORIFICS: frozenset[str] = frozenset(
    {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "mx", "mx.", "messrs", "messrs."})

# Prefixes of ships' names ("USS Hartford Returns", "HMS Albion"): a ship, no person.
SHIP_PREFIXES: frozenset[str] = frozenset(
    {"USS", "USNS", "USCGC", "HMS", "HMAS", "HMCS", "HMNZS", "INS", "RFS", "ROKS", "JS"})

# Offices addressed with an honorific ("Mr. Secretary", "Madam President", "Mr. Speaker"):
# after "Mr."/"Ms." these words are a title spoken to someone, never a surname.
ADDRESSED_OFFICES: frozenset[str] = frozenset(
    {"secretary", "president", "speaker", "chairman", "chairwoman", "chair", "ambassador",
     "minister", "mayor", "governor", "senator", "commissioner", "director", "justice",
     "judge", "secretary-general", "vice-president", "prime"})

# Abbreviated titles and the word a later description uses ("Brig. Gen. X" ... "said the
# general").
TITLE_SHORT: dict[str, str] = {
    a: full for full, abbrs in {
        "general": ("gen",), "sergeant": ("sgt",), "lieutenant": ("lt",), "colonel": ("col",),
        "captain": ("capt",), "admiral": ("adm",), "major": ("maj",), "governor": ("gov",),
        "senator": ("sen",), "representative": ("rep",), "professor": ("prof",),
        "doctor": ("dr",), "commander": ("cmdr",), "brigadier": ("brig",),
        "corporal": ("cpl",), "private": ("pvt",), "reverend": ("rev",),
    }.items() for b in abbrs for a in (b, b + ".")
}

# Nouns naming a medium or a saying, right before a capitalised run ("the newspaper Lianhe
# Zaobao", "the motto Semper Fidelis", "its show, “Nyota Kaburu”"): that run names the
# paper, the show or the words, not a person.
MEDIUM_NOUNS: frozenset[str] = frozenset(
    {"newspaper", "newspapers", "magazine", "tabloid", "daily", "weekly", "channel", "show",
     "programme", "program", "broadcast", "website", "site", "podcast", "motto", "slogan",
     "outlet", "station", "series", "column", "hashtag", "app", "platform"}
)
FAC_WORDS: frozenset[str] = frozenset(
    {"palace", "airport", "bridge", "square", "tower", "stadium", "cathedral", "oval",
     "building", "station", "hospital", "base", "plant", "circle", "junction"}
)
EVENT_WORDS: frozenset[str] = frozenset(
    {"summit", "war", "games", "olympics", "conference", "election", "festival", "cup",
     "battle"}
)
LAW_WORDS: frozenset[str] = frozenset(
    {"agreement", "agreements", "act", "treaty", "accords", "accord", "article", "protocol",
     "convention", "charter", "constitution"}
)

# Capitalised words that start a sentence or heading without being names.
STOP_CAPS: frozenset[str] = frozenset(
    {
        "the", "a", "an", "in", "on", "at", "as", "but", "and", "or", "however", "according",
        "during", "since", "while", "despite", "following", "notably", "after", "amid",
        "even", "this", "that", "these", "those", "it", "its", "he", "she", "they", "we",
        "i", "you", "what", "how", "why", "when", "where", "who", "which", "did", "do",
        "does", "is", "are", "was", "were", "has", "have", "had", "will", "would", "can",
        "could", "should", "may", "might", "if", "so", "there", "here", "then", "than",
        "for", "from", "to", "of", "by", "with", "without", "about", "before", "under",
        "over", "into", "nonetheless", "meanwhile", "also", "still", "yet", "though",
        "although", "because", "not", "no", "yes", "let", "share", "related", "speaking",
        "our", "my", "your", "his", "her", "their", "us", "them", "both", "each", "every",
        "all", "any", "some", "many", "most", "more", "other", "another", "such", "only",
        "just", "now", "today", "later", "earlier", "again", "once", "twice", "key",
        "source", "latest", "highlights", "advertisement", "comments", "opinion", "join",
        "looking", "find", "click", "read", "watch", "see", "table", "contents", "frequently",
        "asked", "questions", "understanding", "past", "potential", "political", "economic",
        "internal", "implications", "weapon", "sanctions", "ignoring", "elite", "european",
        "concerns", "outcomes", "context", "players", "historically",
        "i’m", "i'm", "i’ve", "i've", "i’ll", "i'll", "it’s", "it's", "that’s", "that's",
        "we’re", "we're", "let’s", "let's", "here’s", "here's", "there’s", "there's",
        "what’s", "what's", "unlike", "like", "newly", "welcome", "thanks",
        "thank", "hello", "congratulations", "dear", "please",
        # page furniture that opens a line ("Posted July 27th", "Updated Monday")
        "posted", "updated", "published", "filed", "date", "subject",
    }
)

NORP_WORDS: frozenset[str] = frozenset(
    {
        "western", "eastern", "european", "europeans", "american", "americans", "russian",
        "russians", "ukrainian", "ukrainians", "french", "british", "german", "germans",
        "italian", "italians", "spanish", "chinese", "indian", "indians", "japanese",
        "canadian", "canadians", "australian", "polish", "danish", "finnish", "swedish",
        "norwegian", "dutch", "belgian", "irish", "israeli", "israelis", "palestinian",
        "palestinians", "iranian", "iraqi", "syrian", "turkish", "arab", "arabs", "african",
        "asian", "latin", "mexican", "brazilian", "korean", "koreans", "democrat",
        "democrats", "republican", "republicans", "muslim", "muslims", "christian",
        "christians", "jewish", "catholic", "belarusian", "georgian", "hungarian", "czech",
        "slovak", "romanian", "bulgarian", "greek", "portuguese", "swiss", "austrian",
        "estonian", "latvian", "lithuanian", "saudi", "egyptian", "pakistani", "afghan",
        "nordic", "baltic", "soviet",
        # more demonyms and group names (general knowledge, not from any page)
        "kenyan", "kenyans", "somali", "somalis", "nigerian", "nigerians", "ghanaian",
        "ghanaians", "ethiopian", "sudanese", "yemeni", "yemenis", "emirati", "bahraini",
        "bahrainis", "qatari", "kuwaiti", "omani", "jordanian", "lebanese", "libyan",
        "libyans", "tunisian", "algerian", "moroccan", "senegalese", "guinean", "malian",
        "ivorian", "cameroonian", "congolese", "ugandan", "tanzanian", "rwandan",
        "zimbabwean", "angolan", "mozambican", "indonesian", "malaysian", "filipino",
        "filipinos", "thai", "vietnamese", "cambodian", "burmese", "bangladeshi", "nepali",
        "uzbek", "kazakh", "kyrgyz", "tajik", "azerbaijani", "armenian", "mongolian",
        "taiwanese", "singaporean", "argentine", "argentinian", "chilean", "colombian",
        "peruvian", "venezuelan", "cuban", "haitian", "haitians", "jamaican", "guatemalan",
        "honduran", "salvadoran", "nicaraguan", "panamanian", "ecuadorian", "bolivian",
        "paraguayan", "uruguayan", "serbian", "serbs", "croatian", "bosnian", "slovenian",
        "albanian", "macedonian", "montenegrin", "kosovar", "icelandic", "scottish", "welsh",
        "english", "fijian", "samoan", "tongan", "kurdish", "kurd", "kurds", "hindu",
        "hindus", "sikh", "buddhist", "shia", "sunni", "uyghur", "uyghurs", "tibetan",
        "maori", "puerto", "ukrainian-american", "latino", "latinos", "hispanic",
        "briton", "britons",
    }
)

# Words that never occur inside a person's name: heads and modifiers of organisations,
# places, teams, programmes and page furniture ("Guantanamo Bay", "National Team",
# "Weekly Programming Highlights", "Amnesty International").
NON_PERSON_WORDS: frozenset[str] = frozenset(
    {
        "international", "national", "bay", "team", "teams", "city", "report", "reports",
        # weapons, contests and rooms named like people ("Air-to-Air Missile", "the Hilda
        # I. Clayton Best Combat Camera Competition", "the Benjamin Franklin Room")
        "missile", "missiles", "competition", "competitions", "room",
        "policy", "prosecution", "highlights", "programming", "program", "programme",
        "archive", "museum", "center", "centre", "institution", "services", "school",
        "college", "academy", "club", "airlines", "airways", "railway", "hotel",
        "church", "mosque", "temple", "river", "lake", "mountain", "mountains", "island",
        "islands", "valley", "sea", "ocean", "gulf", "coast", "county", "province",
        "region", "district", "street", "avenue", "road", "market", "systems", "media",
        "radio", "television", "tv", "channel", "magazine", "daily", "weekly", "herald",
        "tribune", "gazette", "online", "blog", "advocacy", "forum", "review", "project",
        "initiative", "movement", "brigade", "regiment", "division", "corps", "command",
        "squad", "fc", "public", "global", "strategic", "federal", "democratic", "islamic",
        "joint", "supreme", "central", "foreign", "human", "rights", "communications",
        "security", "affairs", "relations", "studies", "research", "development",
        "english", "news", "voice", "prison", "camp", "detention", "facility", "control",
        "mission", "space", "shuttle", "station", "system", "network", "world", "games",
        "championship", "championships", "league", "stories", "story", "topics", "week",
        "day", "night", "morning", "update", "breaking", "exclusive", "podcast", "video",
        "photo", "photos", "image", "images", "gallery", "live", "watch", "subscribe",
        "newsletter", "transcript", "briefing", "release", "statement", "remarks", "act",
        "plan", "fund", "republic", "kingdom", "emirates", "states",
        # page and object words: "Flag of Quebec", "Justice Home Page", "Grade Six Test"
        "flag", "homepage", "test", "attribution", "juice", "commons", "wikimedia",
        "wikipedia", "wikinews",
        "union", "nations", "cathedral", "square", "court", "tower", "bridge",
        "palace", "memorial", "monument", "library", "hospital", "clinic", "laboratory",
        "lab", "observatory", "embassy", "consulate", "base", "airport", "port", "harbor",
        "harbour", "stadium", "theater", "theatre", "cinema", "festival",
        "awards", "award", "prize", "medal", "cup", "trophy", "olympics", "olympic",
        "paralympics", "summit", "conference", "congress", "assembly", "parliament",
        "senate", "house", "office", "department", "ministry", "agency", "bureau",
        "authority", "commission", "committee", "council", "board", "service", "force",
        "forces", "army", "navy", "marines", "guard", "police", "party", "coalition",
        "alliance", "association", "federation", "foundation", "institute", "university",
        "society", "group", "company", "corporation", "bank", "exchange", "trust",
        "hezbollah", "hamas", "taliban", "al-qaida", "qaeda", "isis", "battle", "confederation",
        "earth", "orbit", "holy", "networks", "revolution", "crisis", "dynasty", "empire",
        "north", "south", "east", "west", "northern", "southern", "state",
        "curtain", "purchase",
        "ranch", "farm", "mansion", "castle", "manor", "zoo", "gardens", "cemetery", "jail",
        "courthouse", "plaza", "mall", "terminal", "highway", "freeway", "expressway",
        "boulevard", "canal", "dam", "reservoir", "pier", "wharf", "bazaar", "subway",
        # heads of places' names ("Mount Everest", "Fort Hood", "Cape Town")
        "mount", "mt", "fort", "cape", "canyon", "glacier", "falls", "heights", "springs",
        "beach", "park", "peak", "desert", "reserve", "gorge", "strait", "straits",
        # a parish is a place ("Plaquemines Parish"), a lock a waterway's gate ("X Lock")
        "parish", "lock", "locks",
        # storms are named like people ("Hurricane Michael", "Typhoon Haiyan")
        "hurricane", "typhoon", "cyclone",
        # a dog's breed before its name ("the Border Terrier Rex") names an animal
        "terrier", "retriever", "spaniel", "poodle", "bulldog", "beagle", "dachshund",
        "chihuahua", "labradoodle", "schnauzer",
    }
)

# Heads of places and things named after a person ("John F. Kennedy Space Center",
# "Christopher C. Kraft Jr. Mission Control Center"): the name there is no PERSON.
NAMED_AFTER_HEADS: frozenset[str] = frozenset(
    {"center", "centre", "airport", "stadium", "building", "school", "university",
     "college", "prize", "award", "awards", "foundation", "institute", "library", "museum",
     "hospital", "bridge", "street", "avenue", "boulevard", "park", "memorial", "hall",
     "arena", "field", "station", "highway", "square", "medal", "fellowship",
     "scholarship", "lecture", "tower", "theater", "theatre", "auditorium", "plaza",
     "complex", "facility", "laboratory", "observatory", "expressway", "tunnel", "dam",
     "room"}
)
# Lower-case nouns after a capitalised name that make it the name of a place or a thing
# ("Takur Ghar mountain", "the Basis Peak tracker", "#FreeSafy hashtag", "Plain Talk blog").
THING_HEADS: frozenset[str] = frozenset(
    {"holiday", "holidays", "celebration", "celebrations", "festivities",
     "mountain", "mountains", "peak", "river", "lake", "valley", "island", "islands",
     "province", "district", "county", "region", "village", "town", "city", "peninsula",
     "desert", "forest", "canal", "waterway", "hashtag", "website", "site", "blog", "blogs",
     "app", "platform", "forum", "podcast", "newspaper", "magazine", "channel", "brand",
     "tracker", "trackers", "device", "devices", "model", "team", "club", "stadium",
     "arena", "airport", "festival", "tournament", "league", "party", "movement", "band",
     "label", "series", "show", "programme", "program", "software", "browser", "network",
     "campus", "neighborhood", "neighbourhood", "street", "square", "building", "hotel",
     "restaurant", "company", "firm", "group", "mission", "spacecraft", "rover",
     "telescope", "satellite", "rocket", "vessel", "ship", "expedition", "prize", "award"}
)
# Companies, apps and platforms whose names look like a person's in Title Case ("Truth
# Social", "Google Play"): never part of a person's name.
BRANDS: frozenset[str] = frozenset(
    {p.lower() for p in PLATFORMS} | {
        "google", "apple", "microsoft", "amazon", "meta", "netflix", "spotify", "android",
        "iphone", "ipad", "whatsapp", "wikipedia", "reddit", "uber", "samsung", "huawei",
        "tesla", "spacex", "openai", "chatgpt", "zoom", "skype", "snapchat", "pinterest",
        "twitch", "discord", "signal", "viber", "yahoo", "bing", "paypal", "visa",
        "mastercard", "boeing", "airbus", "nasdaq", "social", "play", "store", "app",
        "apps", "podcasts", "music", "maps", "cloud", "wallet", "pay",
        # news outlets whose names look like a person's ("Al Jazeera", "Le Monde")
        "jazeera", "arabiya", "welle", "monde", "spiegel", "figaro", "xinhua", "tass",
        "interfax", "novosti", "yonhap", "kyodo", "ansa", "haaretz", "asharq", "ahram",
    }
)
# Companies named after their founders, written as a person's full name would be ("Goldman
# Sachs said", "Morgan Stanley expects"): whole names only, since each part is also a given
# name or surname of many people ("Stanley Kubrick", "Martin Luther King"); a one-word firm
# ("Toyota", "Tata") is left out, since a bare surname may be the founder.
FIRMS_NAMED_FOR_PEOPLE: frozenset[str] = frozenset(
    {"goldman sachs", "morgan stanley", "merrill lynch", "lockheed martin", "johnson controls",
     "charles schwab", "dow jones", "wells fargo", "philip morris", "john deere",
     "smith barney", "edward jones", "raymond james", "kaiser permanente", "booz allen",
     "booz allen hamilton", "arthur andersen", "lehman brothers", "salomon brothers",
     "warner bros", "warner brothers", "jp morgan", "j.p. morgan", "morgan chase",
     "jpmorgan chase", "bristol myers squibb", "eli lilly", "bank julius baer", "julius baer",
     "marsh mclennan", "grant thornton", "baker mckenzie", "clifford chance", "allen overy",
     "price waterhouse", "cantor fitzgerald", "thomson reuters", "estée lauder",
     "estee lauder", "johnson matthey", "hugo boss", "lloyd's register"}
)
# Words a campaign hashtag puts before the person it is about ("#FreeSafy",
# "#JusticeForMaria", "#StandWithAlaa"): then a lone given name at the tag's end is a person.
HASHTAG_CAMPAIGN_WORDS: frozenset[str] = frozenset(
    {"free", "save", "release", "justice", "for", "stand", "with", "pray", "bring", "back",
     "support", "remember", "unfollow", "follow", "we", "are", "i", "am", "all", "love"})
# Heads and modifiers of sports teams' names ("Manchester United", "Boca Juniors").
TEAM_WORDS: frozenset[str] = frozenset(
    {"united", "juniors", "rovers", "wanderers", "athletic", "athletico", "atletico",
     "sporting", "hotspur", "albion", "dynamo", "dinamo", "real", "olympique", "olympiacos",
     "rangers", "celtic", "villa", "county", "fc", "afc", "sc", "cf"}
)

GPE_WORDS: frozenset[str] = frozenset(
    {
        "russia", "ukraine", "united states", "u.s.", "u.s", "us", "usa", "america",
        "france", "germany", "italy", "spain", "china", "india", "japan", "canada",
        "australia", "poland", "denmark", "finland", "sweden", "norway", "netherlands",
        "belgium", "ireland", "israel", "gaza", "iran", "iraq", "syria", "turkey", "egypt",
        "mexico", "brazil", "korea", "north korea", "south korea", "belarus", "georgia",
        "hungary", "romania", "bulgaria", "greece", "portugal", "switzerland", "austria",
        "estonia", "latvia", "lithuania", "moldova", "saudi arabia", "qatar", "pakistan",
        "afghanistan", "united kingdom", "uk", "u.k.", "britain", "great britain",
        "england", "scotland", "wales", "moscow", "kyiv", "kiev", "paris", "london",
        "berlin", "rome", "madrid", "beijing", "washington", "new york", "brussels",
        "warsaw", "tokyo", "new delhi", "delhi", "ankara", "tehran", "jerusalem",
        "alaska", "texas", "california", "florida", "miami", "crimea", "donbas", "donetsk",
        "luhansk", "kharkiv", "odesa", "minsk", "geneva", "vienna", "helsinki", "stockholm",
        "oslo", "copenhagen", "amsterdam", "ottawa", "canberra", "seoul", "taiwan",
    }
    # First-level divisions outside the U.S. that the gazetteer (countries, U.S. states,
    # cities) lacks: without them "Quebec" looks like a surname.
    | {
        "quebec", "québec", "ontario", "alberta", "british columbia", "manitoba",
        "saskatchewan", "nova scotia", "new brunswick", "newfoundland", "nunavut",
        "yukon", "new south wales", "victoria state", "queensland", "tasmania",
        "catalonia", "bavaria", "lombardy", "punjab", "kashmir", "sindh", "tibet",
        "xinjiang", "chechnya", "kurdistan", "flanders", "wallonia",
    }
)
LOC_WORDS: frozenset[str] = frozenset(
    {"europe", "asia", "africa", "antarctica", "arctic", "middle east", "balkans",
     "caucasus", "scandinavia", "black sea", "baltic sea", "mediterranean",
     "european continent", "north america", "south america", "latin america", "pacific",
     "atlantic"}
)

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.",
    "aug.", "sept.", "sep.", "oct.", "nov.", "dec.",
)
ABBREVIATIONS: frozenset[str] = frozenset(
    {"mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt", "st", "jr",
     "sr", "inc", "corp", "ltd", "co", "vs", "etc", "jan", "feb", "mar", "apr", "jun",
     "jul", "aug", "sept", "sep", "oct", "nov", "dec", "no", "approx", "est", "a.m",
     "p.m", "u.s", "u.k", "e.g", "i.e",
     # ranks abbreviated before a name ("Sgt. Maj. of the Army X", "Capt. X")
     "sgt", "maj", "capt", "adm", "cpl", "pvt", "cmdr", "brig", "spc", "pfc"}
)


# Lower-case words that join the capitalised parts of one name ("Ursula von der Leyen",
# "Bank of England"): the name finder lets a run go on across them.
# ("Marilson Gomes dos Santos", "Joachim du Bellay", "Piero della Francesca": the Iberian,
# French and Italian particles of long names too)
LINK_PARTICLES: frozenset[str] = frozenset(
    {"von", "van", "der", "den", "de", "da", "del", "di", "la", "le", "bin", "al", "of", "the",
     "dos", "du", "della"})
# Generational suffixes: a title word with only these after it is a name ("King Jr").
NAME_SUFFIXES: frozenset[str] = frozenset({"jr", "sr", "ii", "iii", "iv"})


# Words for what a person is or is to someone, which the lexicon's titles lack: one of
# them just before a name ("the rapper Riff Raff", "rapper and producer Jay-Z", "her
# husband Michael") says the name is a person's.
PERSON_NOUNS: frozenset[str] = frozenset({
    "rapper", "producer", "musician", "comedian", "poet", "novelist", "dancer", "designer",
    "painter", "composer", "guitarist", "drummer", "pianist", "songwriter", "storyteller",
    "husband", "wife", "son", "daughter", "brother", "sister", "mother", "father", "uncle",
    "aunt", "cousin", "nephew", "niece", "girlfriend", "boyfriend", "fiancé", "fiancée",
    "widow", "widower", "grandson", "granddaughter", "grandmother", "grandfather"})


# The head word of a place or building in the languages news pages quote ("Estadio
# Olímpico Pascual Guerrero", "Rue de Rivoli"): a name after it names the place.
FOREIGN_PLACE_HEADS: frozenset[str] = frozenset({
    "estadio", "stade", "stadio", "avenida", "calle", "rue", "plaza", "piazza", "parque",
    "aeropuerto", "aéroport", "aeroporto", "universidad", "université", "universität",
    "università", "colegio", "instituto", "museo", "musée", "teatro", "théâtre", "iglesia",
    "catedral", "escuela", "école", "palacio", "palais", "paseo", "estación", "gare", "liceo",
    "lycée", "centro", "praça", "rua", "via", "viale", "piazzale", "quai", "place",
    # a possessive of another language opens a saint's or a place's name, never a
    # person's ("Notre Dame", "Nuestra Señora", "Nossa Senhora", "Cosa Nostra" ends in one)
    "notre", "nuestra", "nuestro", "nossa", "nosso", "nostra", "nostro"})
# Last words that end the name of a thing or an honour, not a person ("Tippu Express", a
# train; "Reagan-Fascell Democracy Fellow", a fellowship).
NON_PERSON_HEADS: frozenset[str] = frozenset(
    {"express", "fellow", "fellows", "laureate", "race", "marathon", "derby"})


# Words set in Title Case after a name that no person's name has (a heading's adverbs:
# "Assistant Secretary Jane Doe Very Engaged ..."): the name ends before them.
NOT_NAME_WORDS: frozenset[str] = frozenset(
    {"very", "really", "quite", "also", "never", "always", "again", "already", "rather",
     "fully", "highly", "deeply", "truly", "strongly", "warmly", "firmly", "closely",
     "briefly", "formally", "officially", "personally", "directly", "publicly"})
# Endings of abstract and collective nouns ("Delegation", "Statement", "Leadership"): a
# word of the language so ending, which is no given name, is no part of a person's name.
ABSTRACT_NOUN_ENDS: tuple[str, ...] = ("tion", "sion", "ment", "ness", "ship", "ity",
                                       "ance", "ence")
# The heads of an office's field after "Secretary of", "Minister of" ("Secretary of State
# John Kerry", "Secretary of Defense Lloyd Austin"): words of the office, not of the name.
OFFICE_DOMAINS: frozenset[str] = frozenset(
    {"state", "defense", "defence", "energy", "commerce", "labor", "labour", "agriculture",
     "education", "transportation", "transport", "treasury", "justice", "health", "interior",
     "homeland", "veterans", "housing", "war", "finance", "foreign", "trade", "industry",
     "culture", "tourism", "information", "economy", "environment", "navy", "army"})
# ... and the words that can follow such a head inside the office's name ("Homeland
# Security", "Health and Human Services", "Veterans Affairs", "Foreign Affairs").
OFFICE_DOMAIN_TAILS: frozenset[str] = frozenset(
    {"security", "affairs", "and", "human", "services", "urban", "development", "the",
     "relations"})
# A land's name ending ("Balochistan", "Waziristan", "Tatarstan"): a word so ending that
# is no given name is a place.
LAND_ENDING = "stan"


# Number words that open a capitalised run at a sentence start ("Two Rohingya children"):
# a count, never part of a name ("one" is left out: "One Direction").
NUMBER_WORDS: frozenset[str] = frozenset(
    {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
     "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
     "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
     "ninety", "hundred", "hundreds", "thousand", "thousands", "dozens", "millions"})
# Nouns of a leader's rule: a capitalised word before them names the leader ("the Bush
# administration", "the Assad regime", "the Obama presidency").
RULE_NOUNS: frozenset[str] = frozenset({"administration", "regime", "presidency"})
# Capitalised words before a rule noun that name no leader ("the Communist regime", "the
# Military administration").
RULE_MODIFIERS: frozenset[str] = frozenset(
    {"military", "interim", "transitional", "provisional", "federal", "communist", "nazi",
     "fascist", "islamist", "colonial", "apartheid", "puppet", "new", "previous", "current",
     "former", "outgoing", "incoming", "next", "last", "authoritarian", "totalitarian",
     "civilian", "democratic", "labour", "labor", "conservative", "liberal", "tory",
     "coalition", "junta", "baath", "baathist", "ruling", "clerical", "hardline", "royal",
     "imperial", "revolutionary", "socialist", "marxist", "bolshevik", "tsarist", "ottoman",
     "mughal", "british", "french", "city", "county", "state", "district", "school",
     "university", "hospital", "port", "prison", "camp", "site", "business", "public",
     # dynasties and houses ("the Qing administration")
     "tudor", "stuart", "meiji", "qing", "ming", "han", "tang", "song", "yuan", "edo",
     "tokugawa", "romanov", "pahlavi", "habsburg", "hapsburg", "bourbon", "safavid",
     "abbasid", "umayyad", "fatimid", "mamluk", "qajar", "hohenzollern",
     # movements, parties and armed groups ("the Likud administration", "the Houthi regime")
     "likud", "fatah", "houthi", "houthis", "wagner", "isis", "daesh", "kuomintang", "kmt",
     "zanu", "sandinista", "chavista", "peronist", "derg", "khmer", "mujahideen",
     # rulers' titles the lexicon's titles lack ("the Shah regime")
     "shah", "tsar", "czar", "tsarina", "kaiser", "pharaoh", "shogun", "mikado", "caliph"})


# Latin letters that Unicode does not decompose into a base letter and a mark, spelled as
# name lists written in ASCII spell them ("Łukasz" -> "lukasz", "Søren" -> "soren").
LATIN_FOLD: dict[str, str] = {
    "ł": "l", "ø": "o", "đ": "d", "ð": "d", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i",
    "þ": "th", "ħ": "h", "ŀ": "l"}


# Organisation words that are acronyms: "UN" is one, "Un" in "Kim Jong Un" is not.
_ORG_ACRONYMS = frozenset({"un", "eu", "ap"})  # "Nato" is written so; "Un" is a name


def is_org_word(token: str) -> bool:
    """A word that makes a capitalised sequence an organisation (case-aware for acronyms)."""
    low = token.lower()
    if low == "voice" and token.isupper():
        return False  # "VOICE ONE:", a radio script's speaker label
    return low in ORG_WORDS and (low not in _ORG_ACRONYMS or token.isupper())


def is_role(word: str) -> bool:
    """A (lower-case) word naming a role or a group of people: official, economists."""
    return word in ROLE_NOUNS or word in TITLES or (
        word.endswith("s") and (word[:-1] in TITLES or word[:-1] in ROLE_NOUNS))


# --- word sets the entity rules read (corpus/preannotate/entities.py) ---

# Organisation words that alone are a common noun in capitals ("Breaking News": "News").
ORG_HEADS = frozenset({"news", "house", "party", "court", "office", "department", "post",
                       "times", "press", "group", "union", "service", "guard", "police",
                       "government", "administration", "cabinet", "army", "navy", "senate",
                       "congress", "parliament", "council", "committee", "commission"})


# Last words that make a capitalised run a place's name ("Gulf of ...", "Rift Valley").
LOC_HEADS = frozenset({"gulf", "sea", "ocean", "mountains", "river", "valley",
                       "peninsula", "desert", "strait", "straits", "coast", "islands",
                       "channel", "canyon", "glacier", "range", "basin", "delta"})


# Words naming a military site before its name ("Combat Outpost Keating").
SITE_WORDS = frozenset({"outpost", "base", "camp", "fort", "airfield"})


# Words naming a storm before its name ("Tropical Storm Gordon").
STORM_WORDS = frozenset({"storm", "hurricane", "typhoon", "cyclone", "tropical"})


# A firm's (or a unit's) last word, as printed ("Acme Corp", "C Co.").
FIRM_ENDS = frozenset({"Co", "Corp", "Inc", "Ltd", "LLC", "Plc", "PLC", "GmbH"})


# Words of royal styles and titles ("Crown Prince", "Her Majesty").
ROYAL_WORDS = frozenset({"crown", "royal", "highness", "majesty"})


# Words of site and blog names, which a blogger's handle is not made of ("KenyaDaily").
SITE_PARTS = frozenset({"blog", "weblog", "news", "online", "daily", "times", "net", "web",
                        "world", "radio", "tv", "press", "post", "digest", "journal"})


# Office titles: a run of words of the language ending in one names an office, not a
# person ("Deputy Commerce Minister"), and one before "of" is no part of a name.
OFFICE_TITLES = frozenset({"secretary", "minister", "president", "director", "chairman",
                           "governor", "ambassador", "spokesman", "spokesperson",
                           "commissioner", "chancellor", "mayor"})


# Stock-photo and image sites of photo credits ("Getty", "Flickr").
STOCK_SITES = frozenset({"getty", "shutterstock", "istock", "istockphoto", "flickr",
                         "unsplash", "pixabay", "commons", "pexels", "alamy"})
