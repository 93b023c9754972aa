"""Rule-based layout segmenter: tiles a news page's text into typed segments.

The pages are scraped or pasted text with no markup left, so layout is recovered from
line structure and from the conventions page furniture follows (ad placeholders, "Source
link" footers, "Related" boxes, comment widgets, photo credits, ...). The rules are
general patterns, not strings from the seeds, so the segmenter can be run on pages it
has never seen. Every character of the input lands in exactly one segment; whitespace
between segments is a ``separator`` segment. Offsets are Python code points.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from functools import cache, lru_cache
from itertools import accumulate
from operator import attrgetter
from typing import Any

import pyarrow as pa

from corpus.segment_boxes import arrow_boxes, icon_boxes, list_boxes, score_boxes
from corpus.segment_features import text_features_memo
from corpus.segment_glued import glued_furniture, line_cuts_memo
from corpus.segment_links import link_furniture
from corpus.segment_listing import (
    archive_head,
    filter_boxes,
    glued_crumbs,
    head_keywords,
    listing_head,
)
from corpus.segment_model import apply_model
from corpus.segment_shapes import (
    BLANK_EXTRA,
    BULLET,
    CLOSERS,
    DATE,
    DATELINE,
    DATELINE_ALONE,
    NAME_ROLE,
    ROLE_WORD,
    SENTENCE_END,
    Block,
    Line,
    any_in,
    caps_share,
    core,
    folded,
    is_terminal,
    opens_with_label,
    title_case,
    trie,
)
from corpus.segment_title import (
    HEAD_ZONE,
    crumb_echo,
    headline_later,
    headline_shape,
    line_shape,
    masthead_like,
    pick_title,
    site_banner,
    title_here,
)
from corpus.segment_wiki import EDIT_LINK, edit_lines, media_boxes, section_lists, stage_cues
from corpus.vocab import (
    SEGMENT_BOILERPLATE_KINDS,
    SEGMENT_DONATION_VERBS,
    SEGMENT_FULL_TEXT_LINKS,
    SEGMENT_IMAGE_NOTES,
    SEGMENT_INDEX_HEADS,
    SEGMENT_MONTHS,
    SEGMENT_PHOTO_AGENCIES,
    SEGMENT_PHOTO_AGENCIES_LINE,
    SEGMENT_READ_WORDS,
    SEGMENT_READER_OFFERS,
    SEGMENT_RESULT_NOUNS,
    SEGMENT_SECTION_WORDS,
    SEGMENT_SEPARATOR,
    SEGMENT_SERIES_ENDS,
    SEGMENT_VENUE_ENDS,
)

Span = tuple[int, int, str]
_START = attrgetter("start")  # (a block's sort key, read in C)

# Line ends Python's str.splitlines knows, CRLF first so it counts as one break.
_LINE_BREAK = re.compile(r"\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]")
_BREAK_CHARS = "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"
_BLANK_EXTRA = BLANK_EXTRA  # invisible characters that join the separator
_AD = re.compile(
    r"^\W*(?:advertisement|advertisment|advert|ads?|sponsored(?: content| links?)?|"
    r"paid (?:content|post)|promoted(?: content)?|story continues below(?: this)? "
    r"(?:ad|advertisement)|continue reading below|scroll to continue(?: with content)?)"
    r"\W*(?:spot_im(?:g|age))*\W*$",
    re.I,
)
_SOURCE_FOOTER = re.compile(
    r"^(?:source link|source|sources?\s*:\s*\S.{0,120}|"
    r"(?:this (?:article|story) (?:was )?)?(?:originally|first) (?:published|appeared)\b.{0,160}|"
    r"read the (?:original|full) (?:article|story)\b.{0,120}|"
    r"(?:this|the) (?:article|story|post) .{0,40}?(?:appeared|published) (?:first )?"
    r"(?:on|in|at) .{0,120}|"
    # "Copyright 2019 X", "Copyright © X", not a sentence about copyright ("Copyright law")
    r"(?:copyright\b(?!\s+(?-i:[a-z]))|©\s*\d{4}).{0,160}|.{0,120}all rights reserved\W*)$",
    re.I,
)
_CONTRIBUTOR = re.compile(
    r"\bcontributed\b.{0,40}\b(?:report|reporting|story|article)\b|"
    r"^(?:additional |with additional )?reporting by\b|\bediting by\b|^writing by\b|"
    r"^(?:compiled|edited) by\b",
    re.I,
)
_BYLINE = re.compile(r"^(?:By|BY|Written by|Words by|Story by)\s*:?\s+[A-Z][\w'’.-]+")
_AGENCY_WORDS = SEGMENT_PHOTO_AGENCIES + SEGMENT_PHOTO_AGENCIES_LINE
_AGENCY = "|".join(map(re.escape, _AGENCY_WORDS))
_CREDIT = re.compile(
    r"(?:(?:photo|image|picture|photograph|credit|foto)s?(?: credit)?\s*[:/|]|©|\(photo\b|"
    rf"ap photo\s*/|(?:{_AGENCY})\s*/\s*[A-Z])",
    re.I,
)
_CREDIT_VIA = re.compile(rf"\bvia (?:{_AGENCY})\b", re.I)
# "Name/AGENCY", "Name/POOL/AFP", "Name for Getty Images": case matters here.
_CREDIT_NAME = re.compile(
    rf"^[A-Z][\w.'’ -]{{1,50}}/\s*(?:[A-Z][A-Z&.\- ]{{1,30}}|(?i:{_AGENCY}))"
    r"(?:\s*/\s*[^/]{1,40})*$|"
    rf"^(?:[A-Z][\w.'’-]+ ){{1,3}}for (?i:{_AGENCY})\b"
)
_SOCIAL_SIGNATURE = re.compile(r"^\s*[—–-]+\s*[^()\n]{1,80}\(@\w{1,30}\)", re.I)
_SOCIAL_LINK = re.compile(
    r"pic\.twitter\.com/\w+|https?://(?:www\.|mobile\.)?(?:twitter|x)\.com/\w+/status/\d+|"
    r"https?://(?:www\.)?instagram\.com/(?:p|reel)/|https?://(?:www\.)?tiktok\.com/@|"
    r"https?://t\.co/\w+",
    re.I,
)
_READER_PROMPT = re.compile(
    r"\b(?:share your (?:thoughts|views|opinions?|comments|experiences?|stories)|"
    r"let us know (?:in the comments|what you think|your thoughts|below)|"
    r"tell us (?:what you think|in the comments|below)|what do you think\?|"
    r"leave (?:a|your) comments?\b|join the (?:discussion|debate) below|have your say|"
    r"sound off in the comments|we want to hear from you|in the comments below)",
    re.I,
)
_NAVIGATION = re.compile(
    r"^(?:home|menu|search|subscribe(?: to .{1,40})?|sign in|sign up(?: for .{1,40})?|"
    r"log ?in|log out|register|"
    r"latest(?: news| stories)?|highlights|trending(?: now| news)?|most (?:read|popular|viewed)|"
    r"top (?:stories|news)|more (?:news|stories|from \w+)|breaking(?: news)?|"
    r"skip to (?:main )?content|back to top|share(?: this)?(?: article| story)?|"
    r"follow us(?: on .{1,40})?|newsletters?|print|email|copy link|"
    r"(?:(?:facebook|twitter|x|whatsapp|linkedin|telegram|reddit|email|pinterest)"
    r"[\s|,·]*){2,}|next (?:article|story)|previous (?:article|story)|"
    r"you may (?:also )?like|don'?t miss|popular|editor'?s picks?|watch live|live tv)"
    r"\W*$",
    re.I,
)
_BREADCRUMB = re.compile(r"^[\w&' -]{1,30}(?:\s+[>›»/|]\s+[\w&' -]{1,30}){2,}$")
_TIME = r"\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}|GMT[+-]?\d*)?"
_DATE_LINE = re.compile(
    rf"^(?:{DATE})(?:\s*[,|·-]?\s*(?:at\s+)?{_TIME})?$|^{_TIME}(?:\s*[,|·-]?\s*{DATE})?$", re.I
)
_WEATHER = re.compile(r"^-?\d{1,3}(?:[.,]\d)?\s*°?\s*[CF]\b.{0,20}$|^-?\d{1,3}\s*°", re.I)
_METADATA_LINE = re.compile(
    r"^(?:(?:published|updated|last updated|first published|posted|modified|date)\b"
    rf"(?:\s+(?:on|at))?\s*:?\s*(?:{DATE}|{_TIME}|\d)|"
    r"\d{1,3}\s*(?:-|–)?\s*min(?:ute)?s?\s+read|reading time\b|"
    r"(?:tags?|topics?|filed under|categories|category|keywords)\s*:)",
    re.I,
)
_METADATA_PREFIX = re.compile(
    r"[ \t]*(?:date|published|updated|posted)\s*:?\s*\d{4}-\d{2}-\d{2}"
    r"(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?(?=\s+\S)",
    re.I,
)
_KEY_POINTS_HEAD = re.compile(
    r"^(?:key (?:points|takeaways|facts|highlights)|highlights|takeaways|at a glance|"
    r"in brief|in short|what to know|what you need to know|the big picture|summary|tl;?dr)"
    r"\W*$",
    re.I,
)
# The heads of a briefing's index of topics (corpus/vocab.py), either apostrophe matching
# either ("Index for Today's Briefing"), as one alternation both patterns below use.
_INDEX_HEADS = "|".join(dict.fromkeys(
    re.escape(h).translate({ord("'"): "['’]", ord("’"): "['’]"}) for h in SEGMENT_INDEX_HEADS))
_TOC_HEAD = re.compile(
    r"^(?:table of contents|contents|in this (?:article|story)|on this page|jump to|"
    + _INDEX_HEADS + r")\W*$", re.I
)
_FAQ_HEAD = re.compile(
    r"^(?:frequently asked questions|faqs?|questions and answers|q ?& ?a|"
    r"common questions)\b.{0,40}$",
    re.I,
)
_FACT_BOX = re.compile(
    r"^(?:did you know|fast facts?|quick facts?|fact ?box|key facts|by the numbers)\b|"
    r"^the facts\W*$",
    re.I,
)
_RELATED_HEAD = re.compile(
    r"^(?:related(?: (?:articles?|stories|story|coverage|content|news|reading|posts?|links?))?|"
    r"read more|more on this(?: story| topic)?|see also|also read|read also|recommended"
    r"(?: for you| stories)?|more stories|further reading|you might also like|"
    r"more from [\w ]{1,30}|you may (?:also )?like)\W*$",
    re.I,
)
_RELATED_INLINE = re.compile(
    r"^(?:related|read more|also read|read also|see also|more|recommended|read)\s*[:|»›]\s*\S",
    re.I,
)
_COMMENTS = re.compile(
    r"^(?:join the (?:conversation|discussion)|comments?|\d[\d,.]*[km]?\s+comments?|"
    r"view comments|show comments|load comments|leave a (?:comment|reply)|post a comment|"
    r"add a comment|be the first to comment|looking for comments\??|conversation)\W*$",
    re.I,
)
_COMMENTS_TAIL = re.compile(
    r"\bcomment|\bconversation\b|\bsign in\b|\blog in\b|\breply\b|community guidelines", re.I
)
_COUNT = re.compile(r"^\d[\d,.]*[km]?$", re.I)
_TABLE_ROW = re.compile(r"^\|.*\|$")
# A dateline DATELINE misses: a dash with no space after it ("WASHINGTON—Samuel ..."), or a
# place with a region of up to three words or two of them ("Wagga Wagga, New South Wales —",
# "Victory Park, Woombye, Queensland —"); a sentence opens after it.
_DATELINE_WIDE = re.compile(
    r"^(?:(?P<caps>[A-Z][A-Z.'’-]+(?:[ ,]+[A-Z][A-Za-z.'’-]+){0,3})|[A-Z][a-z]+(?:[ -][A-Z][a-z]+)"
    r"{0,2}(?:,\s*[A-Z][A-Za-z.]+(?: [A-Z][a-z]+){0,2}){1,2})\s*[—–]\s*(?=[A-Z“\"‘])")
_DATELINE_COLON = re.compile(
    r"^(?!(?:UPDATE|UPDATED|BREAKING|EXCLUSIVE|WATCH|ANALYSIS|OPINION|EDITOR|NOTE|READ|LIVE|"
    # a transcript's speaker labels are no place names ("THE PRESIDENT:", "MR PRICE:")
    r"THE|MR|MRS|MS|DR|SECRETARY|PRESIDENT|QUESTION|Q|A|VOICE|SENATOR|GENERAL|AMBASSADOR|"
    r"MODERATOR|PARTICIPANT|OPERATOR|SPEAKER|ANNOUNCER|NARRATOR|REPORTER)\b)"
    r"[A-Z][A-Z.'’-]+(?:[ ,]+[A-Z][A-Z.'’-]+){0,3}:\s+(?=\S)")
_KICKER = re.compile(r"(?<=\S)\s+(?=[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,2}:\s+\S)")

# Any of the box headings (one match instead of five, for the many lines that are none).
_BOX_HEAD = re.compile("|".join(f"(?:{p.pattern})" for p in (
    _KEY_POINTS_HEAD, _TOC_HEAD, _FAQ_HEAD, _RELATED_HEAD, _COUNT)), re.I)

# The first characters (folded as folded folds them) of every _BOX_HEAD match, digits
# apart: an exact pre-filter (read off the patterns' parse trees), one set look-up for
# the many lines that open no box.
_BOX_HEAD_FIRST = frozenset("acfhijkmoqrstwy")

_BOILERPLATE = frozenset(SEGMENT_BOILERPLATE_KINDS)
# Kinds after which a layout rule looks through to the next piece of article content.
_FURNITURE = frozenset(SEGMENT_BOILERPLATE_KINDS) | {"photo_credit", "caption"}




def _is_blank(ch: str) -> bool:
    return ch.isspace() or ch in _BLANK_EXTRA


def _lines(text: str) -> list[Line]:
    """Split on every line end Python knows; keep non-blank lines with their group.

    ``str.splitlines`` knows exactly the line ends of ``_LINE_BREAK`` (CRLF as one) and
    runs in C; each line is classified once, here, whatever asks about it later.
    """
    out: list[Line] = []
    append = out.append
    short_memo, long_memo = _line_kind_memo, _long_line_kind_memo
    extra = _BLANK_EXTRA
    pos, group, pending_blank = 0, 0, False
    for piece in text.splitlines(keepends=True):
        n = len(piece)
        # str.strip drops what str.isspace calls blank, line ends included, in C; only a
        # line whose stripped text opens or ends with an invisible character of
        # _BLANK_EXTRA is walked character by character
        core_text = piece.strip()
        if not core_text:  # (all of it blank to str.isspace, so to _is_blank too)
            pending_blank = True
            pos += n
            continue
        c = core_text[0]
        if c not in extra and core_text[-1] not in extra:
            # (no blank before c: the piece opens with it; else lstrip says how many)
            a = pos if piece[0] == c else pos + n - len(piece.lstrip())
            b = a + len(core_text)
        else:
            brk = 2 if piece.endswith("\r\n") else 1 if piece[-1] in _BREAK_CHARS else 0
            a, b = pos, pos + n - brk
            while a < b and _is_blank(text[a]):
                a += 1
            while b > a and _is_blank(text[b - 1]):
                b -= 1
            core_text = text[a:b]
        if a < b:
            if pending_blank and out:
                group += 1
            m = b - a
            kind, starts = short_memo(core_text) if m <= _LINE_MEMO_CHARS \
                else long_memo(core_text) if m <= _LONG_LINE_MEMO_CHARS \
                else _line_kind(core_text)
            append(Line(a, b, core_text, group, kind, starts))
            pending_blank = False
        else:
            pending_blank = True
        pos += n
    return out


# What an outlet asks its readers to send, longest first (rule 15's call to write in).
_READER_OFFERS = "|".join(re.escape(w) for w in sorted(SEGMENT_READER_OFFERS, key=len,
                                                        reverse=True))


# A site's name as a story link's tail prints it ("HamptonRoads.com", "news.example.org")
_SITE = r"[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|gov|mil|info|co\.uk)"

# Furniture that sites share whatever the story (general patterns, found on pages of
# many outlets): government banners, media players, list-archive and wiki navigation,
# donation and subscription appeals, radio sign-offs and credits, word-list boxes,
# press-release headers, link lines. (kind, longest line, pattern); first match wins.
_FURNITURE_LINES: tuple[tuple[str, int, re.Pattern[str]], ...] = tuple(
    (kind, n, re.compile(p, re.I)) for kind, n, p in (
        ("widget", 200, r"^(?:an official website of the united states government\b.*|"
                        r"official websites use \.(?:gov|mil)|"
                        r"an? \.(?:gov|mil) website belongs to .*|"
                        r"secure \.(?:gov|mil) websites use https|a lock \(.*|usa banner|"
                        r"official us government icon|secure site icon|"
                        r"here'?s how you know|print-only banner)$"),
        ("widget", 60, r"^(?:please wait|no media source currently available|reading audio|"
                       r"video capture|listen(?: to this article)?|play (?:video|audio)|"
                       r"\d{1,2}:\d{2}(?::\d{2})?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)+|close|here|"
                       r"click here)$"),
        ("navigation", 120, r"^(?:accessibility links|jump to (?:navigation|search|content|"
                            r"main content)(?: jump to (?:navigation|search))?|"
                            r".{0,40}\bskip (?:main )?navigation|(?:\[[^\]]{1,30}\]\s*){3,}|"
                            r"from \w[\w ]{1,30}, the free .{1,60})$"),
        ("navigation", 120, r"^[^.!?]{1,60}(?:\s+(?:>>|[>›»])\s+[^.!?>]{1,40}){2,}$"),
        ("reader_prompt", 400, r"^(?:donate\b.*|click here to .*|.*\bfollow (?:along|us) on "
                               r"(?:facebook|twitter|x|instagram|youtube)\b.*|to subscribe\b.*|"
                               r".*\b(?:unsubscribe|mailing list subscription|you are subscribed"
                               r"|with a donation|make a donation)\b.*)$"),
        ("contributor_line", 400, r".*\b(?:wrote this (?:report|story|article)|adapted (?:this|"
                                  r"her|his|their|the) .{0,40}(?:report|story) for|was the editor|"
                                  r"(?:researched|written),? (?:written, )?(?:and )?(?:edited|"
                                  r"written) by|translated (?:from \w+ )?by)\b.*"),
        ("contributor_line", 60, r"^i[’']m [A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3}\.?$"),
        ("fact_box", 200, r"^(?:_{8,}|words in this (?:story|article))$"),
        ("metadata", 200, r"^(?:release\s*:?\s*[\w-]+|for immediate release|location\s*:.{1,60}|"
                          r"news transcript|presenter:.*|\d{3}[-. ]\d{3}[-. ]\d{4}|"
                          r"\d{4}/\d{1,2}/\d{1,2}|\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|"
                          r"sep|sept|oct|nov|dec)[a-z]*\.?|.{0,40}\bpublished ~.*|"
                          r"press (?:conference|release|briefing))$"),
        ("source_footer", 20, r"^-+\s*end\s*-+$"),
        ("related_links", 200, r"^(?:https?://\S*(?: \S+){0,4}|(?:learn more about|to find out "
                               r"(?:more )?about|for more information(?: about| on)?)\b.{0,120}"
                               r"(?:at|visit)\s*:|full (?:report|story|coverage)\s*:.{1,120}|"
                               r".{0,120}\bplease visit our\b.{0,60})$"),
        ("byline", 60, r"^office of the [a-z ]{3,40}$"),
        ("reader_prompt", 400, r"^(?:and )?for (?:more|even more|play-by-play|the latest|live)\b"
                               r".{0,250}\b(?:check out|tap into|visit|follow|go to)\b.*"),
        ("metadata", 40, r"^\d{4}-\d{2}-\d{2}(?:\S{1,12})?$"),
        ("caption", 600, r"^file\s*[-–—]\s.{10,}$"),
        # appeals to write in and sign-off sources ("Write to us in the Comments Section",
        # "Additional information came from the Reuter news service.")
        ("reader_prompt", 400, r"^(?:.{0,80}\b(?:write to us|comments? section|send us (?:an? )?"
                               r"(?:e-?mail|message|note|tip)|visit (?:us|our) (?:on )?"
                               r"(?:facebook|twitter|instagram|website|page))|"
                               # a call to send the outlet a story ("... If you have a
                               # story or a blog post that ..., email us with the link!")
                               r".{0,120}\bif you have (?:an?|any|your own) (?:[\w-]+ )?"
                               rf"(?:{_READER_OFFERS})\b.{{0,160}}\b(?:e-?mail|contact|write "
                               r"to|send|tell|let) us)\b.*$"),
        ("contributor_line", 300, r"^(?:additional |some |more )?(?:information|material|"
                                  r"reporting) (?:came|comes|was taken) from\b.*$"),
        # 17-33: page furniture the seeds do not show, by the words such lines are made of
        # (issue 9): share buttons, font-size and print widgets, counters, script
        # notices and players, menus and pagers, newsletter and app appeals, advertising
        # links, "Recent ... Articles" lists, blog footers, relative dates.
        ("widget", 100, r"^(?:(?:share|post|pin|tweet|send)(?: this| it)?(?: (?:on|to|via))? "
                        r"(?:facebook|twitter|x|whatsapp|linkedin|telegram|reddit|pinterest|"
                        r"e-?mail|tumblr|messenger|threads|bluesky)\s*[|,·]?\s*)+$"),
        ("widget", 100, r"^click to (?:share|email|print|tweet)\b.*$"),
        ("widget", 40, r"^(?:(?:font|text)(?: size)?\s*:?\s*)?[-+]?a[-+]?(?: +[-+]?a[-+]?){1,3}$|"
                       r"^(?:font|text) size$"),
        ("widget", 60, r"^(?:print|e-?mail|save|bookmark)(?: this)?(?: (?:article|story|page|"
                       r"post))?$"),
        ("metadata", 60, r"^(?:(?:views?|reads?|hits|likes|shares)\s*:?\s*\d[\d,.]*[km]?|"
                         r"\d[\d,.]*[km]?\s+(?:views?|reads?|likes|shares|hits))$"),
        ("widget", 120, r"^(?:loading\W*|(?:please )?(?:enable|turn on) javascript\b.*|"
                        r"javascript is (?:disabled|required)\b.*|your browser does not "
                        r"support\b.*|\d{1,2}:\d{2}\s*/\s*\d{1,2}:\d{2})$"),
        ("navigation", 60, r"^(?:toggle (?:navigation|menu)|search for\s*:?|"
                           r"subscribe to\s*:.{1,40}|(?:open|close|main) "
                           r"menu|continue reading\W*|read (?:more|the full (?:story|article))"
                           r"\W*)$"),
        ("navigation", 80, r"^(?:(?:previous|next|newer|older) (?:article|post|story|posts|"
                           r"entries|stories)|home)(?:\s+(?:(?:previous|next|newer|older) "
                           r"(?:article|post|story|posts|entries|stories)|home))+$"),
        ("reader_prompt", 300, r"^(?:sign up|subscribe|register)\b.{0,150}\b(?:newsletters?|"
                               r"inbox|e-?mails?|updates|alerts)\b.*$"),
        ("reader_prompt", 200, r"^get (?:the latest|our|breaking|the best|top)\b.{0,100}\b"
                               r"(?:inbox|newsletters?|delivered|e-?mail)\b.*$"),
        ("reader_prompt", 80, r"^(?:join|follow|like|download|get|install|add)\s+(?:us|our)\b"
                              r".{0,60}$"),
        ("ad", 60, r"^advertis(?:e|ing|ement)(?: (?:with|on|here)(?: [\w.&'’ -]{1,40})?)?\W*$"),
        ("related_links", 60, r"^(?:recent|popular|latest|related|top|more|trending|featured|"
                              r"other|most (?:read|popular|viewed))(?: [\w&'’-]+){0,3} "
                              r"(?:articles|posts|stories|news|headlines|videos|entries)$"),
        ("metadata", 120, r"^(?:reviewed by\b.{0,80}\brating\s*:.{0,20}|posted by\b.{0,60}\b"
                          r"(?:at|on)\b.{0,40}|labels?\s*:.{1,100}|(?:posted|filed) (?:in|under)"
                          r"\s.{1,80}|(?:last modified|date (?:published|modified))\s*:?.{0,40})$"),
        ("comments", 30, r"^(?:no|\d+) comments?\s*:?$"),
        ("metadata", 40, r"^(?:(?:updated|posted|published) )?(?:\d+|an?|one) (?:sec(?:ond)?s?|"
                         r"min(?:ute)?s?|hours?|hrs?|days?|weeks?|months?|years?) ago$"),
        ("caption", 300, r"^image caption\s.+$"),
        # a page's loading message, and a date label whose date the copy lost ("• Published")
        ("widget", 40, r"^(?:redirecting|loading)(?:\.{3}|…)?$"),
        ("metadata", 40, r"^(?:[•·▪]\s*)?(?:published|updated|last updated|posted)\s*:?$"),
        # a story link with its site's names after it ("Navy to ... | HamptonRoads.com |
        # PilotOnline.com", or the same with the bars lost)
        ("related_links", 200, rf"^(?:[^|]{{10,150}}?(?:\s\|\s{_SITE}){{1,3}}|"
                               rf"[^|]{{10,150}}?(?:\s{_SITE}){{2,3}})$"),
        # a media box's label line ("WATCH: Senator denounces violence"; "Video:" and "Photos:"
        # open headlines too)
        ("widget", 120, r"^(?:watch|listen)\s*:\s+[^.!?]{3,100}$"),
        # a content system's error where an embed stood ("Unknown tag could not be
        # displayed.", "This content could not be displayed", "Embed failed to load")
        ("widget", 80, r"^(?:unknown|unsupported|missing) (?:tag|embed|element|widget|media|"
                       r"content|block)s? (?:could not|cannot|can't|can ?not) be (?:displayed|"
                       r"shown|rendered|loaded)\.?$|^(?:this|the) (?:content|embed|media|"
                       r"element|widget|video|tweet) (?:could not|cannot|can't|failed to) "
                       r"(?:be )?(?:displayed|shown|rendered|loaded?)\.?$|^(?:embed|media|"
                       r"content) failed to load\.?$"),
        # a feed item's source line ("X's immigration news - January 9, 2024 - 23:29": with
        # its time; "Daily Press Briefing - June 8, 2016" is a title; a small date pattern:
        # every rule joins the per-length patterns compiled once per process), a
        # release's number over it ("NOAA 2001-228"), a contact block's label, a form's
        # prompt to pick a category
        ("metadata", 120, r"^[^\n]{3,70}?\s[-–|]\s(?:[a-z]{3,9}\.? \d{1,2}, \d{4}|"
                          r"\d{1,2} [a-z]{3,9}\.? \d{4}|\d{4}-\d\d-\d\d)\s[-–|]\s"
                          r"\d{1,2}:\d\d(?:\s?[ap]\.?m\.?)?$"),
        ("metadata", 30, r"^(?:[a-z]{2,8}|(?:news )?release(?: no\.?| number)?)\s?#?"
                         r"(?:19|20)\d\d-\d{1,4}$"),
        ("metadata", 40, r"^(?:(?:media|press|news) )?contacts?(?: information| info)?\s*:?$"),
        ("navigation", 40, r"^(?:now,? )?(?:please )?(?:choose|select|pick) (?:a|an|the|your) "
                           r"(?:category|topic|section|state|language|region|option|issue)\W*$"),
    ))


_RULE = re.compile(r"^_{8,}$")
_GLOSSARY_HEAD = re.compile(r"^words in this (?:story|article)$", re.I)
_GLOSSARY_ITEM = re.compile(r"^\S[^–—-]{0,40}\s[–—-]\s(?:n|v|adj|adv|prep|conj|pron|"
                            r"phrasal verb|idiom|expression)\.\s", re.I)



# Words a line must open with or hold (case-folded as in folded) for the rule of that
# index in _FURNITURE_LINES to match it: exact pre-filters for the rules whose unanchored
# ".{0,n}\b..." branches cost most of the rules' time on prose lines (a branch anchored at
# the line's start gives an opening word: one startswith instead of a search of the line;
# a folded line is as long as the line). Rule 8 also opens with a digit (checked apart).
_FURNITURE_GUARDS: tuple[tuple[int, tuple[str, ...], tuple[str, ...]], ...] = (
    (2, ("accessibility links", "jump to ", "[", "from "),
     ("skip navigation", "skip main navigation")),
    (3, (), (">", "›", "»")),
    (4, ("click here to ",), ("donat", "follow along on ", "follow us on ", "subscri")),
    (5, (), ("wrote this ", "adapted ", "was the editor", "researched", "written",
             "translated ")),
    (8, ("release", "for immediate release", "location", "news transcript", "presenter:",
         "press "), ("published ~",)),
    (10, ("http", "learn more about", "to find out ", "for more information", "full "),
     ("please visit our",)),
    (15, (), ("write to us", "comment section", "comments section", "send us ", "visit us",
              "visit our", "if you have ")),
)
# Rules 17-33 are anchored on their first word: a line is tested by them only when it opens
# with a digit or with one of these words (folded; a leading + or - is skipped), so prose
# lines pay one set look-up for all seventeen (exact: every branch starts so).
_FIRST_WORD_RULES = range(17, 34)
_FIRST_WORDS = frozenset(
    "share post pin tweet send click font text a print e email save bookmark view views read "
    "reads hits likes shares loading please enable turn javascript your toggle search "
    "subscribe open close main continue previous next newer older home sign register get "
    "join follow like download install add advertise advertising advertisement recent "
    "popular latest related top more trending featured other most reviewed posted labels "
    "label filed last date no updated published an one image".split())
_FIRST_WORD = re.compile(r"[-+]?([a-z]+)")
_FIRST_WORD_MASK = sum(1 << i for i in _FIRST_WORD_RULES)
# No first-word rule tests a line longer than this (a longer line's first word is not read).
_FIRST_WORD_REACH = max(_FURNITURE_LINES[i][1] for i in _FIRST_WORD_RULES)
_GUARDED = frozenset(i for i, _, _ in _FURNITURE_GUARDS) | frozenset(_FIRST_WORD_RULES)
_GOV_BANNER = _FURNITURE_LINES[0][2]  # a government site's banner, line by line
_FURNITURE_LIMITS = tuple(sorted({n for _, n, _ in _FURNITURE_LINES}))
_FURNITURE_KIND_OF = {f"k{i}": kind for i, (kind, _, _) in enumerate(_FURNITURE_LINES)}
# (length limit, the guards of the rules a line that long is tested by), shortest first.
_FURNITURE_GUARDS_AT = tuple(
    (limit, tuple(g for g in _FURNITURE_GUARDS if _FURNITURE_LINES[g[0]][1] >= limit))
    for limit in _FURNITURE_LIMITS)


def _guard_mask(guards: tuple[tuple[int, tuple[str, ...], tuple[str, ...]], ...]
                ) -> Callable[[str], int]:
    """The bits (1 << rule) of the guards a folded line passes (it opens with one of a
    guard's openings or holds one of its words), compiled once into one expression, as
    any_in: one call per line instead of a loop with a call per guard and per word."""
    terms = [f"({1 << i} if {' or '.join(t)} else 0)" for i, opening, words in guards
             if (t := ([f"s.startswith({opening!r})"] if opening else [])
                 + [f"{w!r} in s" for w in words])]
    return eval(f"lambda s: {' | '.join(terms) or '0'}", {})  # constants only


_GUARD_MASK_AT = tuple(_guard_mask(guards) for _, guards in _FURNITURE_GUARDS_AT)


# Any guard's word, opening or held: on a line of up to 100 characters one scan says that
# none is there (the guards then pass no rule) for less than the thirty-odd word searches
# (0.4-2 us against 2.7-3.7 on the dev pages' and synthetic lines); on a longer line the
# scan costs about as much as the searches it would spare. Factored by prefix (trie): sre
# tries a position's first character once, not every word.
_GUARD_ANY = re.compile(trie([w for _, opening, words in _FURNITURE_GUARDS
                               for w in opening + words]))
_GUARD_SCAN = 100


@cache
def _furniture_pattern(limit: int, passed: int) -> re.Pattern[str]:
    """One alternation of the rules a line of length <= limit is tested by, leaving out
    the guarded rules whose bit is not set in passed. Alternation tries its branches in
    order, so the first matching branch is the rule the loop over _FURNITURE_LINES
    returns (_furniture_kind_loop); one match instead of up to fifteen."""
    return re.compile("|".join(
        f"(?P<k{i}>{pat.pattern})" for i, (_, n, pat) in enumerate(_FURNITURE_LINES)
        if n >= limit and (i not in _GUARDED or passed >> i & 1)), re.I)


def _furniture_kind(s: str, low: str | None = None) -> str | None:
    """The kind of the first _FURNITURE_LINES rule that s matches (within its length).

    low is folded(s) when the caller has it already."""
    at = bisect_left(_FURNITURE_LIMITS, len(s))  # the shortest limit s is within
    if at == len(_FURNITURE_LIMITS):
        return None
    limit = _FURNITURE_LIMITS[at]
    if low is None:
        low = folded(s)
    passed = 256 | _FIRST_WORD_MASK if s[:1].isdecimal() else 0
    if not passed and limit <= _FIRST_WORD_REACH:
        w = _FIRST_WORD.match(low)
        if w is not None and w.group(1) in _FIRST_WORDS:
            passed = _FIRST_WORD_MASK
    if len(low) > _GUARD_SCAN or _GUARD_ANY.search(low) is not None:
        passed |= _GUARD_MASK_AT[at](low)
    m = _furniture_pattern(limit, passed).match(s)
    return _FURNITURE_KIND_OF[m.lastgroup] if m else None


def _furniture_kind_loop(s: str) -> str | None:
    """The plain loop over the rules (what _furniture_kind must equal; used by tests)."""
    for kind, n, pat in _FURNITURE_LINES:
        if len(s) <= n and pat.match(s):
            return kind
    return None


# A label and a date, nothing else ("Episode 45 – Original Airdate: June 23, 2022").
_LABEL_DATE = re.compile(rf"^[^.!?:]{{0,40}}\b(?:date|airdate|aired|posted|published|"
                         rf"updated|broadcast|released|issued|recorded|modified)\s*:\s*"
                         rf"(?:{DATE})$", re.I)


def _line_kind(s: str) -> tuple[str | None, bool]:
    """(kind, starts) of a line: what it shows by itself (_single_kind and the line rules)
    and whether it opens something other than a plain paragraph. A function of the
    line's text alone, so _lines asks _line_kind_memo for the lines short enough."""
    low = folded(s) if len(s) <= 600 else ""  # the rules read no longer line folded
    kind = _single_kind(s, low) or _furniture_kind(s, low) or (
        _chrome_kind(s, low) if len(s) <= 120 else None) or (
        "metadata" if len(s) <= 80 and ":" in s and _LABEL_DATE.match(s) else None) or (
        "source_footer" if low[:4] in _LICENCE_HEADS and _LICENCE.match(s) else None) or (
        "metadata" if low[:3] in _TAG_HEADS and _TAG_LIST.match(s) else None) or (
        _notice_kind(s) if len(s) >= 40 and low[:4] in _NOTICE_HEADS else None) or (  # (a sentence)
        _bullet_kind(s) if s[:1] in _BULLET_FIRST and len(s) <= 80 else None)
    starts = kind is not None or _opens_box(s) or (
        s[:1] in "wW" and _GLOSSARY_HEAD.match(s) is not None)
    return kind, starts


# A bullet and a month alone ("• October", "- March 2019"): a listing's month head.
_MONTH_ALONE = re.compile(rf"^(?:{'|'.join(SEGMENT_MONTHS)})\.?(?:,? \d{{4}})?$", re.I)


def _bullet_kind(s: str) -> str | None:
    """A bullet before furniture a line shows by itself ("• Be the first to like this",
    "- Sunday, August 12, 2007", "• October"): the furniture's kind (issue 9, dev 13)."""
    rest = s.lstrip(_BULLET_FIRST + " \t")
    if rest == s or len(rest) < 3 or rest[:1] in _BULLET_FIRST:
        return None
    if _MONTH_ALONE.match(rest):
        return "metadata"
    kind = _line_kind_memo(rest)[0]
    return kind if kind in SEGMENT_BOILERPLATE_KINDS else None


# Why a memo: the same lines come back page after page (a site's furniture on each of its
# pages, a wire paragraph in every copy of a story), and classifying one costs 5-10 us of
# the thirty-odd rules. It is a pure function's memo, not state: bounded (least recently
# used lines dropped; at most _LINE_MEMO_SIZE lines of up to _LINE_MEMO_CHARS characters,
# a few MB), and every answer is the one _line_kind gives (tests/test_segment.py checks).
_LINE_MEMO_SIZE = 1 << 14
_LINE_MEMO_CHARS = 600
_line_kind_memo = lru_cache(maxsize=_LINE_MEMO_SIZE)(_line_kind)
# A paragraph on one line longer than that (up to _LONG_LINE_MEMO_CHARS: a wire paragraph
# in every copy of a story, most synthetic paragraphs) in a smaller memo of its own, as
# segment_glued's and _tail_furniture's paragraph memos keep such texts (the same string
# objects: a block of one line holds its line's text), so it adds little memory.
_LONG_LINE_MEMO_CHARS = 2000
_long_line_kind_memo = lru_cache(maxsize=1 << 12)(_line_kind)


_TRANSCRIPT_LABEL = (
    r"^(?:(?:(?:full|complete|official) )?(?:transcript|text|recording|audio|video)"
    r" of (?:the |this |a |an |his |her |their )?(?:[\w’'-]+ ){0,3}(?:broadcast|program(?:me)?|"
    r"interview|report|remarks|briefing|speech|show|conference|address|statement|story|"
    r"programs|broadcasts))\s*:$")


# Host-site chrome by line features the seeds do not show (issue 9, dev collection 3):
# author and archive listings, a closed comment box, a wiki's skip links, a logo's link
# text, a follow appeal, an end-of-release marker, mail-style header fields. Anchored on
# their first words, so a prose line fails at once.
_CHROME_LINES = (
    ("navigation", r"^(?:(?:latest|recent|all|more) )?(?:posts|articles|stories|entries|"
                   r"columns) (?:by|tagged|filed under)\s+[^.!?]{1,80}$"),
    ("widget", r"^comments (?:are|is) (?:now )?(?:closed|disabled|off)\b[^.!?]{0,60}\.?$"),
    ("widget", r"^continue reading (?:this|the) (?:post|article|story|entry)\b[^.!?]{0,60}$"),
    ("source_footer", r"^originally posted (?:by|on|at|in) [^.!?]{2,60}\.?$"),
    ("navigation", r"^jump to\s*:?\s*(?:navigation|content|search|main content)"
                   r"(?:\s*,?\s*(?:jump to\s*:?\s*)?(?:navigation|search|content))*\W*$"),
    ("navigation", r"^(?:link to|go to|back to|return to)\s.{0,80}\b(?:home ?page|main page|"
                   r"front page)\W*$"),
    ("reader_prompt", r"^(?:please )?(?:follow|like|find) (?:us|[\w.&'’ -]{1,40}) on "
                      r"(?:twitter|facebook|x|instagram|linkedin|youtube)\b.{0,80}$"),
    ("metadata", r"^[/\-#*= ]*(?:end|###|-30-)[/\-#*= ]*$|^#(?:\s*#){2,}$|"
                 r"^end\s+\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[a-z]{2,4})?$"),
    ("metadata", r"^(?:subject|status report from|media contact|release no\.?)\s*:\s*\S.{0,100}$"),
    # a media player's or a recording's link ("Listen to the raw interview", "Watch the
    # full video"): a verb of listening and a noun of media, nothing else
    ("widget", r"^(?:listen|watch|hear|play)(?: to)? (?:the |this |our |a )?(?:[\w-]+ ){0,2}"
               r"(?:interview|audio|video|podcast|broadcast|program(?:me)?|report|clip|"
               r"episode|show|stream|recording|speech)s?\W*$"),
    # a press contact's header ("Point of contact: Name, Office,", "Press contacts:")
    ("metadata", r"^(?:(?:point of|media|press|public affairs|news media)\s+)?contacts?\s*:"
                 r".{0,110}$"),
    # a link line to more of the site ("More status reports and news releases or top
    # stories.", "More stories from Asia")
    ("related_links", r"^more (?:[\w&'’-]+ ){0,6}(?:stories|news|articles|posts|reports|"
                      r"releases|videos|headlines|coverage)(?: (?:or|and|from|on|about|in|at)"
                      r"(?: [\w&'’-]+){1,4})?\.?$"),
    # player, video-page, feed-reader and forum controls: a control's words and nothing else
    ("widget", r"^(?:show (?:more|less)|up next|autoplay|embed(?: code)?|dislike|"
               r"download(?: (?:mp3|audio|video|file|pdf|podcast|image))?(?: \(\d[\w. ]{0,12}\))?|"
               r"direct link|mp3|add to (?:playlist|queue|favou?rites)|watch later|"
               r"(?:the )?(?:link|url) has been copied to your clipboard|"
               r"mark (?:all )?as read|visit (?:the )?(?:web)?site|follow(?:ing)?|"
               r"view (?:original|on site|"
               r"full (?:article|post|story))|open in (?:a )?new (?:tab|window)|unfollow|"
               r"reply(?: #?\d+)?|logged|permalink|report (?:post|abuse|to moderator)|"
               r"post reply|new topic|print view)\W*$"),
    ("metadata", r"^(?:(?:duration|length|runtime)\s*:?\s*\d[\d:]*|uploaded (?:by|on)\b.{1,80}|"
                 r"(?:topic|thread|forum|board|author)\s*:\s*\S.{0,100}|"
                 r"\(?read \d[\d,]* times\)?|(?:«\s*)?(?:reply #\d+\s*)?on\s*:\s*\S.{0,60}|"
                 r"(?:from|to|cc|reply-to|sender)\s*:\s*[^@<]{0,60}(?:@|&lt;|<)\S.{0,80})$"),
    ("navigation", r"^pages?\s*:?\s*(?:\[?\d{1,3}\]?\s*){2,}.{0,20}$"),
    ("metadata", r"^\d[\d,.]*[km]?\s+(?:followers|subscribers|members|readers|fans|posts|"
                 r"articles|stories|items|entries|episodes)$"),
    ("navigation", r"^skip to (?:the )?(?:main )?(?:content|search|navigation|menu|footer)\W*$|"
                   r"^(?:photo gallery|photos|videos|podcasts|gallery)$|"
                   r"^(?:«\s*)?(?:previous|next|prev|older|newer)(?: (?:previous|next|prev|page|"
                   r"slide|image|photo|post|entry))*(?:\s*»)?$|"
                   r"^read (?:this|the) (?:post|article|story) in\b.{0,200}$"),
    ("widget", r"^(?:(?:the )?code has been copied to your clipboard\.?|(?:width|height) px|"
               r"enlarge (?:image|photo)|view (?:gallery|slideshow)|"
               r"start the conversation|authors?,? please log in\b.{0,20})$"),
    ("reader_prompt", r"^have an opinion on this (?:story|article)\b.{0,60}$"),
    # common site controls and appeals by their words alone (issue 9, found by inserting
    # invented furniture into the dev pages): a back-to-top link, app and membership
    # appeals, an error-report link, a comment box's login, a full-report link, a cookie
    # consent banner
    ("navigation", r"^(?:top of (?:the )?page|return to top|go to top)\W*$"),
    ("reader_prompt", r"^(?:download|get|install) (?:the|our) (?:[\w&'’-]+ ){0,2}app\b.{0,60}$"),
    ("widget", r"^loading(?: [\w-]+){1,2}\W*$"),
    ("reader_prompt", r"^report (?:an? )?(?:error|typo|mistake|correction|problem)\b.{0,40}$"),
    ("reader_prompt", r"^(?:please )?(?:support|fund) (?:independent |our |quality )?"
                      r"(?:journalism|reporting|work)\b.{0,120}$"),
    ("reader_prompt", r"^become an? (?:member|subscriber|supporter|patron|donor)\b.{0,80}$"),
    ("comments", r"^(?:log ?in|sign ?in|register) to (?:comment|reply|join the "
                 r"(?:conversation|discussion))\W*$"),
    ("navigation", r"^read the full (?:report|story|article|statement|transcript)(?: here)?\W*$"),
    ("widget", r"^(?:cookie (?:settings|preferences|policy|notice)|(?:accept|reject|allow) "
               r"(?:all )?cookies|manage cookies|(?:this (?:site|website) uses|we use) "
               r"cookies\b.{0,160})$"),
    # a podcast's subscribe link, a translation's date line, a wiki's "Retrieved from" line
    ("reader_prompt", r"^subscribe (?:on|via|in|with) (?:itunes|apple podcasts|spotify|"
                      r"google podcasts|youtube|rss|stitcher)\b.{0,60}$"),
    ("metadata", r"^translation (?:posted|published)\b.{0,40}$"),
    ("source_footer", r"^retrieved from\s*[\"“]?https?://\S+[\"”]?$"),
    # a download link with its instructions ("Or download MP3 (Right-click and save link)")
    ("widget", r"^(?:or )?download (?:the )?(?:mp3|audio|video|file|pdf|podcast|episode)\b"
               r"[^.!?]{0,80}$"),
    ("related_links", r"^(?:wikinews |this site |this story )?has related news\s*:.{0,200}$"),
    # a slideshow or document site's notices and fields (issue 9, dev collection 13): a
    # report's or a save's confirmation, a like box, the section a deck was filed in, a
    # document's page count and file box, a blog's label listing
    ("widget", r"^successfully (?:reported|saved|shared|clipped|added|downloaded) (?:this|the|"
               r"your) (?:slideshow|presentation|document|deck|slide|video|clip|file)\W*$"),
    ("widget", r"^be the first to (?:like|clip|share|rate|review|save) (?:this|it)\W*$"),
    ("metadata", r"^(?:published|posted|filed|uploaded) (?:in|under)\s*:\s*[^.!?:]{1,40}$"),
    ("metadata", r"^total pages?\s*:\s*\d{1,5}$|^file (?:type|size|format)\s*:\s*[\w.]{1,10}"
                 r"(?:,\s*size\s*:\s*[\d.,]+\s*[kmg]?b)?$"),
    ("navigation", r"^showing (?:posts|entries|articles|stories) (?:with (?:the )?label|"
                   r"tagged|for|in)\s[^.!?]{1,60}\.?(?:\s*show all (?:posts|entries))?$"),
    ("metadata", r"^from\s*:\s*(?-i:[A-Z][^a-z!?@<]{2,60})$"),
    # a listing's or a search's count of what it lists (issue 9, dev collection 14): "Found
    # 1,204 posts.", "Showing 1-10 of 88 results" (the nouns: corpus/vocab.py)
    # a transcript's label alone on its line over its text ("Transcript of radio
    # broadcast:", "Text of the minister's speech:"; a bare "Transcript:" is a heading)
    ("metadata", _TRANSCRIPT_LABEL),
    ("metadata", r"^(?:found|showing|displaying)\s+(?:(?:results?\s+)?\d[\d,]*\s*(?:-|–|to)\s*"
                 r"\d[\d,]*\s+of\s+)?(?:about\s+)?\d[\d,]*\s+(?:"
                 + "|".join(SEGMENT_RESULT_NOUNS) + r")(?:\s+(?:for|matching|in|about)\s"
                 r"[^.!?]{1,60})?\.?$"),
)
# One anchored alternation (a prose line fails in C, at its first characters).
_CHROME = re.compile("|".join(f"(?P<c{i}>{pat})" for i, (_, pat) in enumerate(_CHROME_LINES)),
                     re.I)
_CHROME_KIND_OF = {f"c{i}": kind for i, (kind, _) in enumerate(_CHROME_LINES)}
# The first four characters (folded) of every line _CHROME can match: a set look-up spares
# the match on almost every line (exact: each branch opens with one of these words).
_CHROME_MARKS = frozenset("/-#*= ")
_CHROME_HEADS = frozenset(
    [w[:4] for w in "latest recent more posts articles stories entries columns comments jump "
     "link back return please follow like find subject status media release listen watch "
     "hear play point press public news contact show autoplay embed dislike "
     "download direct watch mark visit view open unfollow reply logged "
     "permalink report post print duration length runtime uploaded topic thread "
     "forum board author read from sender pages skip photo photos videos "
     "podcast gallery previous next prev older newer code width height enlarge "
     "start authors have wikinews has return down install loading report "
     "support fund become login sign register cookie accept reject allow manage "
     "this subscribe translation retrieved continue originally successfully total file "
     "showing found displaying transcript text recording audio video full complete "
     "official".split()]
    + ["be t"]
    + ["top ", "log ", "we u", "get "]
    + ["all ", "go t", "end", "up n", "or d", "«pre", "«nex", "« pr", "« ne", "« ol",
       "add ", "mp3", "the ", "new ", "(rea", "«re", "«on",
       "« re", "« on"] + [w + c for w in ("to", "cc", "on") for c in (":", ": ", " :")]
    + ["end" + c for c in _CHROME_MARKS])
# Heads whose every chrome pattern has a colon (fields, contacts, mail headers), and the
# only chrome lines that open with "the " (exact second-level pre-filters: prose opens so).
_COLON_HEADS = frozenset("news pres publ poin cont medi stat subj rele from send topi thre "
                         "foru boar".split())
_THE_CHROME = ("the link", "the url", "the code")
# A licence notice of copied text ("This text comes from Wikinews. Permission is granted to
# copy ..."), by the words such notices open with.
_LICENCE = re.compile(
    r"^(?:this (?:text|article|story|work|content|page|post) (?:comes from|is (?:licensed|"
    r"available|published|distributed|reproduced) under|is (?:re)?published under)|"
    r"permission is granted to (?:copy|distribute|reproduce)|(?:text|content) (?:is )?"
    r"(?:available|licensed) under|licensed under (?:a |the )?(?:creative commons|cc[ -]by|"
    r"gnu)|this (?:page|article|story) (?:is|has been) archived)\b", re.I)
_LICENCE_HEADS = frozenset(("this", "perm", "text", "cont", "lice"))
# A long list of a post's tags or categories ("Categories: Caribbean, Bahrain, ..."): no
# sentence in it.
_TAG_LIST = re.compile(r"^(?:(?:popular|related|more|article|post|story) )?"
                       r"(?:tags?|topics?|categories|category|keywords|labels?|filed under)"
                       r"\s*:\s*(?:[^.!?]|\.(?! (?-i:[a-z]))){1,400}$", re.I)
_TAG_HEADS = frozenset(("tag", "top", "cat", "key", "lab", "fil", "pop", "rel", "mor", "art",
                        "pos", "sto"))
# A label and its value ("来源:VOA", "Source: VOA"), and a date among such fields.
_FIELD = re.compile(r"(?:^|\s)[^\W\d]{1,20}\s*[:：]\s*\S")
_FIELD_DATE = re.compile(r"\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{4}")
# A site's banner: its name and address, nothing else ("- Global Voices - https://...").
_URL_BANNER = re.compile(r"^[\W_]*[\w .&'’-]{2,40}?[\W_]+(?:https?://|www\.)[\w./-]+[\W_]*$")
_BAR_MENU = re.compile(r"^[^|.!?]{1,25}(?:\s+\|\s+[^|.!?]{1,25}){1,8}$")
# Menu items run together when the markup is stripped ("Legacy HomepageNewsNews Archive").
_GLUED_MENU = re.compile(r"[a-z]{2}[A-Z][a-z]+[A-Z][a-z]")


# Whole lines that are a site's footer links, caption controls or a press office's category
# label, whatever the site (folded, trailing signs stripped; one set look-up).
_CHROME_PHRASES = {
    **dict.fromkeys(("rss", "rss feed", "rss feeds", "contact", "contact us", "site map",
                     "sitemap", "foia", "privacy", "privacy policy", "privacy notice",
                     "accessibility", "accessibility statement", "terms of use",
                     "terms of service", "see all", "view all", "view all posts",
                     "back to home", "back to homepage"), "navigation"),
    **dict.fromkeys(("hide caption", "show caption", "toggle caption", "enlarge this image",
                     "watch") + SEGMENT_FULL_TEXT_LINKS, "widget"),
    **dict.fromkeys(("media note", "press statement", "fact sheet", "readout",
                     "notice to the press", "remarks", "taken question", "special briefing",
                     "published on", "posted on", "uploaded on"), "metadata"),
}


# A notice about the page rather than the story, whatever the site: the site's own content
# notice ("Content on this site has been reviewed ..."), a correction or an editor's note
# opening its paragraph ("Correction — May 8, 2018 This headline ...", "Editor's note: ...").
_NOTICE = re.compile(
    r"^(?P<widget>(?:some )?(?:content|information|material)s? on this (?:site|website|"
    r"web site|page) (?:has|have|is|are|was|were|may)\b.{0,300})$|"
    r"^(?P<metadata>(?:correction|clarification|editor['’]?s note)s?\s*(?::|[—–-])\s*"
    r"\S.{0,400})$", re.I)
_NOTICE_HEADS = frozenset(("cont", "info", "mate", "some", "corr", "clar", "edit"))


def _notice_kind(s: str) -> str | None:
    m = _NOTICE.match(s)
    return m.lastgroup if m else None


def _chrome_kind(s: str, low: str) -> str | None:
    """The kind of a short line of host-site chrome, by its words and shape."""
    if len(s) <= 30:
        phrase = _CHROME_PHRASES.get(low.strip(" .:»›|-"))
        if phrase is not None:
            return phrase
    # _CHROME can match s only so (exact: every branch opens with one of the heads, a mark
    # or a digit; some heads only before a colon; "the " only before three words)
    head = low[:4]
    if (head in _CHROME_HEADS and (head not in _COLON_HEADS or ":" in s or (
            head == "cont" and low.startswith("continue reading "))) and (
            head != "the " or low.startswith(_THE_CHROME))) or (
            head not in _CHROME_HEADS and (low[:1] in _CHROME_MARKS or low[:1].isdecimal())):
        m = _CHROME.match(s)
        if m is not None:
            return _CHROME_KIND_OF[m.lastgroup]
    if ("http" in low or "www." in low) and not is_terminal(s) \
            and not s.lstrip(" -–—|•")[:1].islower() and _URL_BANNER.match(s):
        return "navigation"
    if (":" in s or "：" in s) and s.count(":") + s.count("：") >= 2 and _FIELD_DATE.search(s) \
            and len(_FIELD.findall(s)) >= 2 \
            and not is_terminal(s):
        return "metadata"  # "时间:2011-01-26 来源:VOA 编辑:admin", "Date: ... Source: ..."
    if "|" in s and len(s) <= 200 and _BAR_MENU.match(s):
        return "navigation"  # a menu on one line ("Log in | Register", "News | Sport | TV")
    if s.endswith(" banner") and len(s) <= 40 and len(s.split()) <= 3:  # "printable banner"
        return "widget"
    if len(s) <= 60 and s != low and _GLUED_MENU.search(s) and len(s.split()) <= 5 \
            and not is_terminal(s):
        return "navigation"
    if "min" in low and len(s) <= 80 and _GLUED_READ_TIME.match(s):
        return "metadata"  # "Daily Planet5 min readWorld": outlet, reading time, section
    return None


# A listing item's label line: an outlet's name, a reading time and a section, run together
# when the markup was stripped ("Daily Planet5 min readWorld", "Daily Planet 3 min de
# lectura"; the reading words: corpus/vocab.py). Anchored; _chrome_kind asks only lines
# holding "min".
_GLUED_READ_TIME = re.compile(
    r"^(?-i:[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3}) ?\d{1,3} ?min(?:ute)?s?\.? ?(?:"
    + "|".join(sorted(map(re.escape, SEGMENT_READ_WORDS), key=len, reverse=True))
    + r")(?-i:[A-Z][\w&-]*(?: [A-Z&][\w&-]*){0,2})?$", re.I)



# First characters the anchored patterns can start with (pre-filters, exact).
_DASHES = "—–-"
_FACT_BOX_FIRST = "dDfFqQkKbBtT\u212a"
_BULLET_FIRST = "-*•·▪●◦‣–—"
# Words every _CONTRIBUTOR match holds (folded): two anywhere, the others (anchored
# branches) opening the line. Exact pre-filter of its search.
_CONTRIBUTOR_WORDS = ("contributed", "editing by")
_CONTRIBUTOR_OPENINGS = ("reporting by", "additional reporting by",
                         "with additional reporting by", "writing by", "compiled by",
                         "edited by")
_READER_WORDS = ("share your", "let us know", "tell us", "what do you think?", "leave ",
                 "join the ", "have your say", "sound off", "we want to hear",
                 "in the comments below")
_contributor_words = any_in(_CONTRIBUTOR_OPENINGS, _CONTRIBUTOR_WORDS)
_reader_words = any_in((), _READER_WORDS)


# Every _SOURCE_FOOTER line opens with one of these words or holds "published", "appeared"
# or "all rights reserved" (folded; exact pre-filters: one of its branches scans the line).
_FOOTER_OPENERS = ("source", "read the", "copyright", "©")
# Opening words (folded) of every _METADATA_LINE line, digits apart (exact pre-filter).
_METADATA_HEADS = ("published", "updated", "last updated", "first published", "posted",
                   "modified", "date", "reading time", "tag", "topic", "filed under", "categor",
                   "keyword")
# Opening words (folded) of every _COMMENTS line, digits apart (exact pre-filter).
_COMMENTS_HEADS = ("join the ", "comment", "view comments", "show comments", "load comments",
                   "leave a ", "post a comment", "add a comment", "be the first to comment",
                   "looking for comments", "conversation")
# First characters (folded) of every _CREDIT match: its words' and its agencies' initials.
_CREDIT_FIRST = frozenset("picf©(") | frozenset(w[0] for w in _AGENCY_WORDS)
# A breadcrumb holds one of its separators; a date line holds a digit (exact pre-filters).
_BREADCRUMB_SIGN = re.compile(r"[>›»/|]")
_DIGIT = re.compile(r"\d")




def _single_kind(s: str, low: str | None = None) -> str | None:
    """Kinds a single line shows by itself, whatever surrounds it.

    The three unanchored searches (contributor, social link, reader prompt) run only on
    lines that contain one of their literal words: most lines are prose that contains none.
    low is folded(s) when the caller has it already.
    """
    n = len(s)
    if low is None:
        low = folded(s) if n <= 600 else ""
    if n > 300:  # (most paragraphs: only the tests below without a lower limit, in order)
        if (s.lstrip()[:1] in _DASHES and _SOCIAL_SIGNATURE.match(s)) or (
                n <= 600 and ("http" in low or "pic.twitter.com/" in low)
                and _SOCIAL_LINK.search(s)):
            return "social_post"
        if n <= 400 and _reader_words(low) and _READER_PROMPT.search(s):
            return "reader_prompt"
        if s[:1] in _FACT_BOX_FIRST and _FACT_BOX.match(s):
            return "fact_box"
        return None
    if n <= 80 and _AD.match(s):
        return "ad"
    if n <= 160 and "donat" in low and _DONATION_BANNER.match(s):
        return "ad"  # "Relief Fund - Make a charitable donation in support of ...!"
    if n <= 60 and " / " in s and _section_path(s):
        return "navigation"  # "News / World": the site's sections (no photo credit)
    if n <= 160 and s[-1:] == ")" and _IMAGE_NOTE.match(s):
        return "caption"  # "Man Reading a Map (Stock Image)": an image's label
    if n <= 200 and (low.startswith(_FOOTER_OPENERS) or "published" in low or "appeared" in low
                     or "all rights reserved" in low) and _SOURCE_FOOTER.match(s):
        return "source_footer"
    if n <= 300 and _contributor_words(low) and _CONTRIBUTOR.search(s):
        return "contributor_line"
    if (s.lstrip()[:1] in _DASHES and _SOCIAL_SIGNATURE.match(s)) or (
            n <= 600 and ("http" in low or "pic.twitter.com/" in low)
            and _SOCIAL_LINK.search(s)):
        return "social_post"
    if n <= 120 and (
            (low[:1] in _CREDIT_FIRST and _CREDIT.match(s))
            or ("via " in low and _CREDIT_VIA.search(s))
            or ("A" <= s[:1] <= "Z" and ("/" in s or " for " in s)  # (each branch's sign)
                and _CREDIT_NAME.match(s))) and not is_terminal(s):
        return "photo_credit"
    if n <= 120 and s[:1] in "BWS" and _BYLINE.match(s) and not s.rstrip().endswith("."):
        return "byline"
    if n <= 400 and _reader_words(low) and _READER_PROMPT.search(s):
        return "reader_prompt"
    if n <= 60 and (_NAVIGATION.match(s) or (
            _BREADCRUMB_SIGN.search(s) is not None and _BREADCRUMB.match(s))):
        return "navigation"
    if n <= 120 and (low.startswith(_METADATA_HEADS) or low[:1].isdecimal()) \
            and _METADATA_LINE.match(s) and not _prefixes_text(s):
        return "metadata"
    if n <= 60 and _DIGIT.search(s) is not None and _DATE_LINE.match(s):
        return "metadata"
    if n <= 120 and ("|" in s or "·" in s or "•" in s) and _meta_parts(s):
        return "metadata"
    if n <= 80 and _printed_twice(s):
        return "navigation"
    if s[:1] in _FACT_BOX_FIRST and _FACT_BOX.match(s):
        return "fact_box"
    if n <= 200 and low[:1] in "rasm" and _RELATED_INLINE.match(s):
        return "related_links"
    if n <= 60 and (low.startswith(_COMMENTS_HEADS) or low[:1].isdecimal()) \
            and _COMMENTS.match(s):
        return "comments"
    return None


# An organisation's name, a dash and a call to give (corpus/vocab.py's verbs): a charity's or
# a campaign's banner, not the page's own appeal (which names no one before it).
_DONATION_BANNER = re.compile(
    r"^[\w&.'’ ]{2,40}\s[-–—|:]\s(?:" + "|".join(SEGMENT_DONATION_VERBS)
    + r")\b(?: an?)?(?: [\w-]+){0,2} donations?\b[^.?]{0,100}[.!]?$", re.I)
_SECTIONS = frozenset(SEGMENT_SECTION_WORDS)
_AGENCY_SET = frozenset(_AGENCY_WORDS)  # ("Video / Reuters" is a credit, no section path)
# An image's label ending with a note of what the image is ("(Stock Image)", "(File
# Photo)"; the notes: corpus/vocab.py): searched only on short lines ending with ")".
_IMAGE_NOTE = re.compile(r"^[^.!?()]{3,140}\((?:" + "|".join(
    map(re.escape, SEGMENT_IMAGE_NOTES)) + r")\)$", re.I)


def _section_path(s: str) -> bool:
    """A site's section path ("News / World", "Sport / Football / Europe"): two to four
    short capitalised parts between spaced slashes, the first a section word
    (corpus/vocab.py), no digit, no sentence end."""
    parts = s.split(" / ")
    return 2 <= len(parts) <= 4 and parts[0].strip().casefold() in _SECTIONS and all(
        1 <= len(p.split()) <= 3 and p.strip()[:1].isupper() and not any(map(str.isdecimal, p))
        and not is_terminal(p) and p.strip().casefold() not in _AGENCY_SET for p in parts)


_META_SPLIT = re.compile(r"\s*[|·•]\s*")
_READ_TIME = re.compile(r"^\d{1,3}\s*(?:-|–)?\s*min(?:ute)?s?(?:\s+read)?$", re.I)


def _printed_twice(s: str) -> bool:
    """A site name printed twice (its logo and the logo's alt text): "Global Voices Global
    Voices" -- the line's words are one run of words repeated."""
    words = s.split()
    half = len(words) // 2
    return len(words) % 2 == 0 and half >= 1 and words[:half] == words[half:] and \
        any(map(str.isalpha, s))


def _meta_parts(s: str) -> bool:
    """"Mar 3, 2014 | 4 min read | 1,203 views": every part of a separated line is a date,
    a time, a reading time or a counter (line features, whatever the words around)."""
    parts = [p for p in _META_SPLIT.split(s.strip(" |·•")) if p]
    return len(parts) >= 2 and all(
        _DATE_LINE.match(p) or _READ_TIME.match(p) or _METADATA_LINE.match(p)
        or _furniture_kind(p) == "metadata" for p in parts)


def _prefixes_text(s: str) -> bool:
    """A date prefix run together with a headline or sentence (split later, not all metadata)."""
    m = _METADATA_PREFIX.match(s)
    return bool(m) and len(re.findall(r"[^\W\d_]{2,}", s[m.end():])) >= 3


def _opens_box(s: str) -> bool:
    """Line patterns that open a box or a list (besides the single-line kinds)."""
    c = s[:1]
    f = c.lower() if c.isascii() else folded(c)[:1]  # (an ASCII character folds so)
    # (a line opening with a lower-case letter is a bullet only as "a) " or "b. ")
    return bool(
        ((c in _BULLET_FIRST or c.isdecimal() or ("a" <= c <= "z" and s[1:2] in (".", ")"))
          or c.isspace())
         and BULLET.match(s)) or (s[:1] == "|" and _TABLE_ROW.match(s)) or (
        (f in _BOX_HEAD_FIRST or f.isdecimal()) and _BOX_HEAD.match(s)))


def _starts_block(lines: list[Line], i: int) -> bool:
    """Whether line i opens something other than a plain paragraph (classified once)."""
    return lines[i].starts


def _same_group(lines: list[Line], i: int) -> bool:
    return i < len(lines) and lines[i].group == lines[i - 1].group


def _take_while(lines: list[Line], i: int, pred: Callable[[Line], bool]) -> int:
    """End index of the run of same-group lines from i that satisfy pred."""
    j = i
    while j < len(lines) and (j == i or _same_group(lines, j)) and pred(lines[j]):
        j += 1
    return j


# The box heads a line's text is (bits of _box_heads): which of _multi_line_block's
# tests of the line itself pass.
_IS_TABLE_ROW, _IS_KEY_POINTS, _IS_TOC, _IS_FAQ, _IS_RELATED, _IS_COUNT, _IS_COMMENTS, \
    _IS_RULE, _IS_FACT_BOX = (1 << k for k in range(9))


def _box_heads(s: str) -> int:
    """The bits of the box-head tests line s passes, a function of its text alone, so that
    a line that starts a block (a site's furniture on each of its pages) is matched
    against the nine head patterns once, not once per page (_box_heads_memo)."""
    return ((_IS_TABLE_ROW if s[:1] == "|" and _TABLE_ROW.match(s) else 0)
            | (_IS_KEY_POINTS if _KEY_POINTS_HEAD.match(s) else 0)
            | (_IS_TOC if _TOC_HEAD.match(s) else 0)
            | (_IS_FAQ if _FAQ_HEAD.match(s) else 0)
            | (_IS_RELATED if _RELATED_HEAD.match(s) or (
                len(s) <= 30 and _RELATED_HEAD.match(s.rstrip(":"))) else 0)
            | (_IS_COUNT if _COUNT.match(s) else 0)
            | (_IS_COMMENTS if len(s) <= 60 and _COMMENTS.match(s) else 0)
            | (_IS_RULE if _RULE.match(s) or _GLOSSARY_HEAD.match(s) else 0)
            | (_IS_FACT_BOX if _FACT_BOX.match(s) and len(s) <= 40 else 0))


# A memo, as _line_kind_memo (a pure function's, bounded; clear_memos clears it).
_box_heads_memo = lru_cache(maxsize=1 << 12)(_box_heads)


def _multi_line_block(lines: list[Line], i: int) -> tuple[int, str] | None:
    """Boxes that span several lines: header plus items. Returns (end index, kind)."""
    if not lines[i].starts:  # every box opens on a line that starts a block
        return None
    s = lines[i].text
    heads = _box_heads_memo(s) if len(s) <= _LINE_MEMO_CHARS else _box_heads(s)
    if not heads:  # (most lines that start a block are furniture that opens no box)
        return None
    nxt = i + 1
    if heads & _IS_TABLE_ROW:
        j = _take_while(lines, i, lambda t: t.text[:1] == "|" and bool(_TABLE_ROW.match(t.text)))
        if j - i >= 2:
            return j, "data_table"
    if heads & _IS_KEY_POINTS and _same_group(lines, nxt) and BULLET.match(lines[nxt].text):
        return _take_while(lines, nxt, lambda t: bool(BULLET.match(t.text))), "key_points"
    if heads & _IS_TOC:
        if _INDEX_HEAD.match(s):  # a briefing's index: its topic lines, bulleted or not,
            # in its group or in the next one (after a blank line)
            if nxt < len(lines) and (_same_group(lines, nxt) or lines[nxt].group == lines[
                    i].group + 1):
                j = _take_while(lines, nxt, _topic_line)
                if j - nxt >= 2 or (j > nxt and _same_group(lines, nxt)):
                    return j, "table_of_contents"
            return nxt, "table_of_contents"
        j = _take_while(lines, nxt, lambda t: bool(BULLET.match(t.text))) if _same_group(
            lines, nxt) else nxt
        return j, "table_of_contents"
    if heads & _IS_FAQ:
        return _faq_end(lines, nxt), "faq"
    if heads & _IS_RELATED:
        def headline(t: Line) -> bool:
            return len(t.text) <= 160 and not core(t.text).endswith(".") and not t.starts

        j = _take_while(lines, nxt, headline) if _same_group(lines, nxt) else nxt
        return j, "related_links"
    if heads & _IS_COUNT and _same_group(lines, nxt) and _COMMENTS.match(lines[nxt].text):
        return _comments_end(lines, nxt + 1), "comments"
    if heads & _IS_COMMENTS:
        return _comments_end(lines, nxt), "comments"
    if heads & _IS_RULE and _same_group(lines, nxt):
        j = nxt
        if _GLOSSARY_HEAD.match(lines[j].text) and _same_group(lines, j + 1):
            j += 1
        j = _take_while(lines, j, lambda t: bool(_GLOSSARY_ITEM.match(t.text)))
        if j > nxt:
            return j, "fact_box"
    if heads & _IS_FACT_BOX and _same_group(lines, nxt):
        return _take_while(lines, nxt, lambda t: not t.starts or bool(
            BULLET.match(t.text))), "fact_box"
    return None


# The heads of a briefing's index of topics alone (corpus/vocab.py), and its topic lines:
# short, no sentence end, no date or time (the briefing's own lines under the index).
_INDEX_HEAD = re.compile("^(?:" + _INDEX_HEADS + r")\W*$", re.I)


def _topic_line(t: Line) -> bool:
    return len(t.text) <= 100 and core(t.text)[-1:] not in SENTENCE_END and \
        t.kind != "metadata" and not _DIGIT.match(t.text)


# A count of comments heading them ("1 comment", "12 Comments"): the rest of its group
# is the readers' comments.
_COMMENT_COUNT = re.compile(r"^\d[\d,.]*\s+comments?\W*$", re.I)


_CONTACT_HEAD = re.compile(r"^(?:(?:point of|media|press|public affairs|news media)\s+)?"
                           r"contacts?\s*:$", re.I)


def _comments_end(lines: list[Line], j: int) -> int:
    if j > 0 and _COMMENT_COUNT.match(lines[j - 1].text):
        while _same_group(lines, j):
            j += 1
        return j
    while _same_group(lines, j) and len(lines[j].text) <= 300 and _COMMENTS_TAIL.search(
            lines[j].text):
        j += 1
    return j


def _faq_end(lines: list[Line], j: int) -> int:
    """FAQ items: bullets, Q:/A: lines, questions and the answer after each question."""
    prev_question = False
    while _same_group(lines, j):
        t = lines[j].text
        is_q = core(t).endswith("?") or bool(re.match(r"^(?:q|a)\s*[:.]", t, re.I))
        if not (BULLET.match(t) or is_q or prev_question):
            break
        prev_question = is_q
        j += 1
    return j




def _wrapped(lines: list[Line], i: int, width: int, toc: set[str]) -> bool:
    """Whether line i is hard-wrapped into line i+1 (one paragraph over several lines)."""
    if not _same_group(lines, i + 1) or _starts_block(lines, i + 1):
        return False
    cur, nxt = lines[i].text, lines[i + 1].text
    if toc and (cur.casefold() in toc or nxt.casefold() in toc):  # listed headings alone
        return False
    if len(cur) > 100 or len(cur) < 25 or core(cur)[-1:] in SENTENCE_END:
        return False
    if nxt[:1].islower():  # a sentence goes on, however long its next line
        return True
    if len(nxt) > 100:
        return False
    if nxt[:1] in "(“\"'‘,;":
        return True
    full = width >= 40 and len(cur) >= width - 25
    return full and not title_case(cur) and not BULLET.match(cur)


def _run_widths(lines: list[Line]) -> list[int]:
    """For each line, the widest line of its run of short (<= 100) same-group lines."""
    widths: list[int] = []
    n, i = len(lines), 0
    while i < n:
        w = len(lines[i].text)
        j = i + 1
        if w <= 100:
            group = lines[i].group  # (every line of the run is in the first one's group)
            while j < n and lines[j].group == group and len(lines[j].text) <= 100:
                j += 1
        if j == i + 1:  # (most runs: one line, its own width)
            widths.append(w)
        else:
            widths.extend([max(len(x.text) for x in lines[i:j])] * (j - i))
        i = j
    return widths


def _make(text: str, lines: list[Line], kind: str | None) -> Block:
    # (a block of one line takes the line's text object: the same characters, and its
    # hash, computed for the line memo, is cached on it for every later memo's look-up)
    if len(lines) == 1:
        ln = lines[0]
        return Block(ln.start, ln.end, ln.text, kind, [ln])
    return Block(lines[0].start, lines[-1].end, text[lines[0].start:lines[-1].end], kind,
                  list(lines))


def _blocks(text: str, lines: list[Line]) -> list[Block]:
    """First pass: boxes, self-evident lines, and paragraphs (wrapped lines joined)."""
    blocks: list[Block] = []
    toc: set[str] = set()
    widths = _run_widths(lines)
    i = 0
    while i < len(lines):
        # (every box opens on a line that starts a block: most lines call nothing)
        multi = _multi_line_block(lines, i) if lines[i].starts else None
        if multi:
            j, kind = multi
            blocks.append(_make(text, lines[i:j], kind))
            if kind == "table_of_contents":
                toc |= _toc_entries(blocks[-1:])
            i = j
            continue
        kind = lines[i].kind
        if kind:
            j = i + 1
            if kind == "widget" and _GOV_BANNER.match(lines[i].text):
                # a government site's banner printed line under line is one box
                while _same_group(lines, j) and _GOV_BANNER.match(lines[j].text):
                    j += 1
            if kind == "metadata":  # a contact header over several lines ("Name, Office,")
                while _same_group(lines, j) and lines[j].kind is None and len(
                        lines[j].text) <= 120 and lines[j - 1].text.endswith(","):
                    j += 1
                if j == i + 1 and _CONTACT_HEAD.match(lines[i].text):
                    # "Media contact:" alone, the name, phone and address lines under it
                    while _same_group(lines, j) and lines[j].kind in (None, "metadata") and \
                            len(lines[j].text) <= 80 and core(lines[j].text)[-1:] not in (
                            SENTENCE_END):
                        j += 1
            blocks.append(_make(text, lines[i:j], kind))
            i = j
            continue
        j = i
        # (_wrapped's first test inlined: the next line in the same group, starting nothing)
        while j + 1 < len(lines) and lines[j + 1].group == lines[j].group and \
                not lines[j + 1].starts and _wrapped(lines, j, widths[j], toc):
            j += 1
        blocks.append(_make(text, lines[i:j + 1], None))
        i = j + 1
    return blocks


def _menu_item(b: Block) -> bool:
    """A menu's item: a word or three, no digit, no sentence (already read as navigation, or
    not yet read)."""
    s = b.text
    if b.kind in ("navigation", "widget") and len(b.lines) == 1 and len(s) <= 25:
        return True  # "Skip to main content" over "Home", "News", ...: one menu
    return (b.kind is None or b.kind in SEGMENT_BOILERPLATE_KINDS) and len(b.lines) == 1 \
        and len(s) <= 25 \
        and len(s.split()) <= 3 and not any(map(str.isdecimal, s)) \
        and not is_terminal(s) and any(map(str.isalpha, s)) and not BULLET.match(s)


_IMAGE_FILE = re.compile(r"\.(?:jpe?g|png|svg|gif|webp)$", re.I)


_LONG_ITEM = 40
_SHARE_ITEMS = frozenset(("share", "facebook", "twitter", "x", "email", "e-mail", "whatsapp",
                          "linkedin", "reddit", "print", "tweet", "pinterest", "telegram",
                          "copy link", "messenger", "tumblr", "share this"))


def _long_menu_item(b: Block) -> bool:
    """A longer menu item: up to 40 characters and five words, no digit, no sentence."""
    s = b.text
    return b.kind is None and len(b.lines) == 1 and len(s) <= _LONG_ITEM and \
        len(s.split()) <= 5 and not any(map(str.isdecimal, s)) and not is_terminal(s) \
        and not BULLET.match(s) and any(map(str.isalpha, s))


def _menus(text: str, blocks: list[Block]) -> list[Block]:
    """A whole group of four or more menu items, one a line ("Home\nRegions\nTopics\n
    About"), is one menu: navigation; a short group of a box's title, icon and link is one
    related-links box."""
    runs: list[tuple[int, int, str]] = []
    n, i = len(blocks), 0
    while i < n:
        if len(blocks[i].text) > _LONG_ITEM:  # no menu item (most blocks)
            i += 1
            continue
        grp, j = blocks[i].lines[0].group, i + 1
        while j < n and blocks[j].lines[0].group == grp and len(blocks[j].text) <= _LONG_ITEM:
            j += 1
        whole = (i == 0 or blocks[i - 1].lines[-1].group != grp) and (
            j == n or blocks[j].lines[0].group != grp)
        run = blocks[i:j]
        if j - i >= 4 and whole and all(map(_menu_item, run)):
            runs.append((i, j, "navigation"))
        elif j - i >= 4 and whole and all(_menu_item(b) or _long_menu_item(b) for b in run) \
                and 3 * sum(len(b.text) > 25 for b in run) <= j - i:
            runs.append((i, j, "navigation"))  # a few longer items ("Middle East & Africa")
        elif 2 <= j - i <= 3 and whole and all(
                len(b.lines) == 1 and folded(b.text).strip(" |·•") in _SHARE_ITEMS for b in run):
            runs.append((i, j, "widget"))  # a share bar, one button a line
        elif 2 <= j - i <= 4 and whole and _side_box(run):
            runs.append((i, j, "related_links"))
        i = j
    if not runs:
        return blocks
    out: list[Block] = []
    pos = 0
    for a, e, kind in runs:
        out.extend(blocks[pos:a])
        out.append(_merge(text, blocks[a:e], kind))
        pos = e
    return out + blocks[pos:]


def _side_box(box: list[Block]) -> bool:
    """A sidebar box in one short group: its title, its icon's file name and its link
    ("Wikinews Sports\nSports icon.png\nOther sports stories")."""
    kinds = [b.kind for b in box]
    return kinds.count("related_links") == 1 and kinds.count(None) == len(box) - 1 and all(
        len(b.lines) == 1 and not is_terminal(b.text) for b in box) and any(
        b.kind is None and _IMAGE_FILE.search(b.text) for b in box)


def _top_widgets(text: str, blocks: list[Block]) -> list[Block]:
    """Weather/date boxes above the headline: short lines, one of them a date or reading."""
    out: list[Block] = []
    i = 0
    while i < len(blocks) and blocks[i].kind in (None, "metadata", "navigation", "ad", "widget"):
        b = blocks[i]
        j = i + 1
        while j < len(blocks) and blocks[j].lines[0].group == b.lines[-1].group:
            j += 1
        box = blocks[i:j]
        texts = [ln.text for x in box for ln in x.lines]
        if all(x.kind in (None, "metadata", "navigation") for x in box) and all(
                len(t) <= 40 for t in texts) and any(
                _WEATHER.match(t) or _DATE_LINE.match(t) for t in texts):
            # a date alone is the page's date (metadata); a box with a reading is a widget;
            # short lines over a date with no reading are a speech's or a release's header
            # (speaker, office, room, place, date): each line is metadata of its own
            lines = [ln for x in box for ln in x.lines]
            dates = all(_DATE_LINE.match(t) for t in texts)
            if dates or any(_WEATHER.match(t) for t in texts):
                out.append(Block(box[0].start, box[-1].end, text[box[0].start:box[-1].end],
                                 "metadata" if dates else "widget", lines))
            else:
                out.extend(Block(ln.start, ln.end, ln.text, "metadata", [ln]) for ln in lines)
        elif all(x.kind is not None for x in box):
            out.extend(box)
        else:
            break
        i = j
    return out + blocks[i:]


def _split(text: str, b: Block, cuts: list[tuple[int, str | None]]) -> list[Block]:
    """Cut block b at absolute offsets; each cut names the kind of the piece it starts."""
    pieces, start, kind = [], b.start, b.kind
    for at, next_kind in cuts + [(b.end, None)]:
        a, e = start, at
        if kind != "dateline" and kind != "metadata":
            while e > a and _is_blank(text[e - 1]):
                e -= 1
        while a < e and _is_blank(text[a]) and kind != "metadata":
            a += 1
        if a < e:
            pieces.append(Block(a, e, text[a:e], kind, b.lines))
        start, kind = at, next_kind
    return pieces


def _first_line(text: str, blocks: list[Block]) -> list[Block]:
    """Metadata prefix, title and standfirst at the head of the page."""
    out: list[Block] = []
    for i, b in enumerate(blocks):
        if b.kind == "metadata" and b.start == _indent(text, b.start):
            b.start = 0  # a metadata line opening the page keeps its indentation, as below
            b.text = text[b.start:b.end]
        if b.kind in _HEAD_FURNITURE or b.kind in _HEAD_CREDITS or (
                b.kind is None and BULLET.match(b.text) and len(b.text) <= 60):
            out.append(b)  # (a credit, a byline or a menu's bullet is never the headline)
            continue
        if b.kind is None and len(b.text) <= 40 and _WEATHER.match(b.text):
            b.kind = "widget"  # a weather reading above the headline is never the headline
            out.append(b)
            continue
        if b.kind is None and glued_crumbs(blocks, i):
            b.kind = "navigation"  # "HomeCommentaryThe Headline" over "The Headline"
        if b.kind is None and crumb_echo(blocks, 0, i) and headline_shape(b) == "h":
            b.kind = "title"  # a breadcrumb's last crumb printed again: the listing's head
            out.append(b)
            return out + blocks[i + 1:]
        if b.kind is None and _crumbs_over_echo(blocks, i):
            b.kind = "navigation"  # "Home News Press Room" over "Press Room": the crumbs
            out.append(b)  # (the next line, the page's own name, is its head: above)
            continue
        chrome = _head_chrome(blocks, i, bool(out)) if b.kind is None else None
        if chrome is None and b.kind is None and _site_name(blocks, i) and \
                headline_later(blocks, i):  # (with no headline under it, it is the headline)
            chrome = "navigation"
            if _tagline_under(blocks, i):  # the site's tagline under its name
                blocks[i + 1].kind = "navigation"
        if chrome is not None:  # a score line or a site's tagline above the headline
            b.kind = chrome
            out.append(b)
            continue
        if b.kind is None and _prompt_line(b) and i + 1 < len(blocks):
            out.append(b)  # a site's appeal above the page's own lines: look past it
            continue
        if b.kind is None and headline_shape(b) == "h" and _briefer_at(blocks, i + 1) and (
                not masthead_like(b.text) or folded(b.text).endswith(_SERIES_ENDS)):
            title_here(blocks, i)  # a briefing's head over its briefer: the headline (a
            # site's short name over a byline is left to pick_title)
            out.extend(_headline_pieces(text, b))
            return out + blocks[i + 1:]
        if b.kind is None and headline_shape(b) == "q" and _headline_after(blocks, i):
            b.kind = "heading"  # a kicker that asks, over the headline
            out.append(b)
            continue
        at = pick_title(blocks, i)
        if at is None:
            return out + blocks[i:]
        out.extend(blocks[i:at])
        out.extend(_headline_pieces(text, blocks[at]))
        return out + blocks[at + 1:]
    return out


def _crumbs_over_echo(blocks: list[Block], i: int) -> bool:
    """A breadcrumb with no separator signs over the last crumb printed again as the page's
    head ("Home News Press Room" over "Press Room", issue 9 dev collection 14): one line of
    one to four capitalised crumb words before the echoed name, the name short and
    name-like (masthead_like), neither with a digit or a sentence end."""
    if i + 1 >= len(blocks) or len(blocks[i].lines) != 1 or blocks[i + 1].kind is not None \
            or len(blocks[i + 1].lines) != 1:
        return False
    s, t = blocks[i].text, blocks[i + 1].text
    if len(s) > 80 or len(t) < 6 or len(s) <= len(t) or not s.endswith(t) or \
            not masthead_like(t) or headline_shape(blocks[i + 1]) != "h":
        return False
    crumbs = s[:-len(t)].split()
    return 1 <= len(crumbs) <= 4 and s[-len(t) - 1] == " " and all(
        w[:1].isupper() and w.isalpha() for w in crumbs)


def _headline_pieces(text: str, b: Block) -> list[Block]:
    """The headline block: a date prefix and a feed's name cut off it, then the title (or
    the title and its run-on standfirst)."""
    out: list[Block] = []
    pos = b.start - _indent(text, b.start)
    m = _METADATA_PREFIX.match(text, pos, b.lines[0].end)
    if m:
        out.append(Block(pos, m.end(), text[pos:m.end()], "metadata", b.lines))
        b = _split(text, Block(m.end(), b.end, "", None, b.lines), [])[0]
    feed = _FEED_HEAD.match(b.text) if len(b.lines) == 1 else None
    if feed and masthead_like(feed.group(1)) and len(b.text) - feed.end() >= 15:
        cut = b.start + feed.end("site")  # "Global Voices » Headline": the feed's name
        out.append(Block(b.start, cut, text[b.start:cut], "navigation", b.lines))
        b = _split(text, Block(cut, b.end, "", None, b.lines), [])[0]
    if headline_shape(b) == "h" and len(b.text) <= 200:
        b.kind = "title"
        out.append(b)
    else:
        out.extend(_title_pieces(text, b))
    return out



# A feed's or site's name run on before the headline, with a separator sign.
_FEED_HEAD = re.compile(r"^(?P<site>([^»›|:]{2,30}?)\s*[»›])\s+(?=\S)")




_SCORE = re.compile(r"\(\d{1,3}\s*[-–:]\s*\d{1,3}\)|"
                    r"(?<![\d/:.–-])\d{1,3}\s*[-–]\s*\d{1,3}(?![\d/:.–-])")
# Furniture that may stand above the headline (a prompt line first must not hide it).
_HEAD_FURNITURE = ("widget", "ad", "navigation", "metadata", "reader_prompt", "related_links",
                   "comments", "social_post")




# Content lines a rule has already decided above the headline: a photo's credit, a byline.
_HEAD_CREDITS = ("photo_credit", "byline")


def _head_chrome(blocks: list[Block], i: int, after_furniture: bool) -> str | None:
    """Line features of a first line that is not the headline: a match score ("Costa Rica
    (1-0) Italy") is a heading; a sentence-case line under the site's furniture with a
    Title Case headline right after it is the site's tagline ("Citizen media stories from
    around the world")."""
    b = blocks[i]
    s = b.text
    if len(b.lines) != 1 or len(s) > 80 or is_terminal(s) or len(s.split()) > 10:
        return None
    if _SCORE.search(s) and len(s.split()) <= 8:
        return "heading"
    words = len(s.split())
    label = words <= 2 and caps_share(s) == 1.0  # a section label: "WORLD", "Local News"
    tagline = after_furniture and words >= 3 and caps_share(s) < 0.5
    if not (label or tagline):
        return None
    for nxt in blocks[i + 1 : i + 4]:
        if nxt.kind in _HEAD_FURNITURE:
            continue
        t = nxt.text
        return "navigation" if (nxt.kind is None and len(nxt.lines) == 1 and len(t) <= 200
                                and not core(t).endswith(".") and len(t.split()) >= 4
                                and caps_share(t) >= 0.7) else None
    return None


# Furniture under a site's name (its menu, banner, appeal), not its date line: a short
# headline under a date is the page's title ("Daily Press Briefing\nFebruary 4, 2016").
_UNDER_SITE_NAME = frozenset(_HEAD_FURNITURE) - {"metadata"}


_BARE_DOMAIN = re.compile(r"^(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}/?$", re.I)


def _site_name(blocks: list[Block], i: int) -> bool:
    """A short name-like line (no digit, no colon, up to four words) opening the page over
    the site's furniture or over a line of the site's chrome (a tagline, a section label,
    a match score): the site's name, not the headline, whatever the site."""
    b = blocks[i]
    if len(b.lines) == 1 and _BARE_DOMAIN.match(b.text):
        return True  # the site's address alone ("www.example.com")
    if len(b.lines) != 1 or not masthead_like(b.text) or len(b.text.split()) > 4 or \
            headline_shape(b) != "h" or i + 1 >= len(blocks):
        return False
    nxt = blocks[i + 1]
    return nxt.kind in _UNDER_SITE_NAME or (
        nxt.kind is None and _head_chrome(blocks, i + 1, True) is not None) or _tagline_under(
        blocks, i)


def _tagline_under(blocks: list[Block], i: int) -> bool:
    """A sentence-case line of three or more words, no digit, no sentence end, in the same
    line group right under the short name-like line at i ("The Daily Planet\nNews you can
    trust"), with more of the site's furniture or a headline under it (a kicker over a
    sentence-case headline has the text or its date under it)."""
    if i + 2 >= len(blocks):
        return False
    b, nxt, after = blocks[i], blocks[i + 1], blocks[i + 2]
    s = nxt.text
    return nxt.kind is None and len(nxt.lines) == 1 and bool(b.lines) and \
        nxt.lines[0].group == b.lines[-1].group and len(s) <= 60 and len(s.split()) >= 3 \
        and caps_share(s) < 0.5 and not is_terminal(s) and masthead_like(b.text) and \
        2 <= len(b.text.split()) <= 4 and not any(map(str.isdecimal, s)) and (
            after.kind in _UNDER_SITE_NAME or (
                after.kind is None and headline_shape(after) is not None))


def _headline_after(blocks: list[Block], i: int) -> bool:
    """The next line that is no furniture is headline-shaped (no question)."""
    for nxt in blocks[i + 1:i + 6]:
        if nxt.kind in _HEAD_FURNITURE:
            continue
        return nxt.kind is None and headline_shape(nxt) == "h"
    return False


def _prompt_line(b: Block) -> bool:
    """A short sentence or two opening the page, no headline and no paragraph of the text
    ("Support our journalism. Become a member today."): a site's appeal or notice."""
    s = b.text
    return len(b.lines) == 1 and len(s) <= 100 and len(s.split()) >= 3 and \
        core(s)[-1:] in ".!" and not opens_with_label(s) and not _TURN.match(s) and \
        headline_shape(b) is None and caps_share(s) < 0.75


def _indent(text: str, start: int) -> int:
    """Horizontal blanks just before start on the same line (kept with a metadata prefix)."""
    n = 0
    while start - n > 0 and text[start - n - 1] in " \t":
        n += 1
    return n


def _title_pieces(text: str, b: Block) -> list[Block]:
    """First content line: a headline, or a headline run together with its standfirst."""
    s = b.text
    if len(b.lines) == 1 and len(s) <= 200 and not core(s).endswith(".") \
            and not DATELINE_ALONE.match(s) and (not DATELINE.match(s) or title_case(s)):
        b.kind = "title"
        return [b]
    if len(b.lines) == 1 and len(s) > 200:
        m = _KICKER.search(s, 15)
        if m and m.start() <= 200 and not core(s[:m.start()]).endswith("."):
            b.kind = "title"
            return _split(text, b, [(b.start + m.end(), "standfirst")])
    return [b]


def _title_echo(text: str, blocks: list[Block]) -> list[Block]:
    """The headline printed again glued before the first paragraph ("Headline Here The
    story's first sentence ...", a print view's one-line copy): the echo cut off as a
    heading when the block after the title (past its furniture) opens with the title's
    exact words, a blank and a capital, and a paragraph's worth of text follows (one look
    at one block a page)."""
    for i, b in enumerate(blocks[:6]):
        if b.kind != "title":
            continue
        j = i + 1  # (past a widget glued to the headline's line: its audio link)
        while j < len(blocks) and j <= i + 2 and blocks[j].kind in _BOILERPLATE:
            j += 1
        if j >= len(blocks):
            return blocks
        nxt, head = blocks[j], b.text
        n = len(head)
        if nxt.kind is None and len(head) >= 12 and nxt.text.startswith(head) and \
                nxt.text[n:n + 1] == " " and nxt.text[n + 1:n + 2].isupper() and \
                len(nxt.text) - n > 60 and len(nxt.lines) == 1:
            at = nxt.start + n
            blocks[j:j + 1] = [Block(nxt.start, at, head, "heading", nxt.lines),
                               Block(at + 1, nxt.end, text[at + 1:nxt.end], None,
                                     nxt.lines)]
        return blocks
    return blocks


def _datelines(text: str, blocks: list[Block]) -> list[Block]:
    """A place name opening one of the first paragraphs ("LONDON — "), or a later one in
    capitals (_late_dateline), is a dateline; in a transcript (two or more paragraphs open
    with a speaker label) a label is no dateline."""
    out: list[Block] = []
    paragraphs = 0
    transcript = _is_transcript(blocks)
    for b in blocks:
        if b.kind is None and paragraphs < 3:
            first = paragraphs == 0
            paragraphs += 1
            if DATELINE_ALONE.match(b.text) and len(b.text) <= 40 and not (
                    transcript and b.text.isupper()):  # "VOICE ONE:": a speaker label
                b.kind = "dateline"
                paragraphs -= 1
                out.append(b)
                continue
            m = DATELINE.match(b.text) or (_DATELINE_WIDE.match(b.text) if (
                "—" in b.text[:80] or "–" in b.text[:80]) else None) or (
                None if transcript else _DATELINE_COLON.match(b.text))
            if m and m.group().split()[0] == "FILE":  # "FILE - In this photo ...": a caption
                m = None
            if m and not (first or (m.groupdict().get("caps") or "").isupper()
                          or m.re is _DATELINE_COLON or m.group().rstrip()[-1:] in "-–—"
                          and ")" in m.group()):  # a wire's tag: "SANTA RITA, Guam (NNS) --"
                m = _late_dateline(b)  # ("FORT STEWART Ga. - ": its first word in capitals)
            if m:
                cut = b.start + m.end()
                out.append(Block(b.start, cut, text[b.start:cut], "dateline", b.lines))
                out.append(Block(cut, b.end, text[cut:b.end], None, b.lines))
                continue
        elif b.kind is None and b.text[1:2].isupper() and not transcript:
            m = _late_dateline(b)  # a later paragraph opening with two capitals
            if m is not None:
                cut = b.start + m.end()
                out.append(Block(b.start, cut, text[b.start:cut], "dateline", b.lines))
                out.append(Block(cut, b.end, text[cut:b.end], None, b.lines))
                continue
        out.append(b)
    return out


# Capitalised words a paragraph may open with before a dash that name no place.
_NOT_PLACES = frozenset(("UPDATE", "UPDATED", "BREAKING", "EXCLUSIVE", "WATCH", "ANALYSIS",
                         "OPINION", "EDITOR", "NOTE", "READ", "LIVE", "FILE", "PHOTO", "VIDEO"))


def _late_dateline(b: Block) -> re.Match[str] | None:
    """A dateline opening a later paragraph, its place in capitals: a story's first
    paragraph under its captions, a listing item's teaser ("WASHINGTON—", "FORT STEWART
    Ga. -"); not a label ("UPDATE —")."""
    s = b.text
    if len(s) < 80 or not s[:1].isupper():
        return None
    m = DATELINE.match(s) or (_DATELINE_WIDE.match(s) if "—" in s[:80] or "–" in s[:80]
                              else None)
    if m is None:
        return None
    first = m.group().split()[0].rstrip(",.")
    return m if first.isupper() and len(first) >= 4 and first not in _NOT_PLACES else None


def _next_content_index(blocks: list[Block]) -> list[int | None]:
    """For each block, the index of the next block that is not furniture (one pass from
    the end: asking each block for it by scanning the rest was quadratic)."""
    out: list[int | None] = [None] * len(blocks)
    nxt: int | None = None
    for i in range(len(blocks) - 1, -1, -1):
        out[i] = nxt
        if blocks[i].kind not in _FURNITURE:
            nxt = i
    return out


def _turn_line(s: str) -> bool:
    """A speaker's turn of a transcript ("MR. DOE: Sorry?", "Q: For whom?"): the speech,
    never a heading, however short (issue 9, dev collection 14)."""
    return (s[1:3] == ": " and "A" <= s[:1] <= "Z") or opens_with_label(s)


def _is_heading_text(s: str) -> bool:
    return (len(s) <= 100 and len(s.split()) <= 14 and not is_terminal(s)
            and not BULLET.match(s) and any(map(str.isalpha, s)))


def _long_title_case(s: str) -> bool:
    """A listing's long headline in title case ("Sixteen Current and Former Puerto Rico
    Police Officers Indicted for ..."), up to 160 characters: prose is not title case."""
    return 100 < len(s) <= 160 and not is_terminal(s) and title_case(s) and \
        caps_share(s) >= 0.6 and not BULLET.match(s)


def _listed_headline(blocks: list[Block], i: int) -> bool:
    """A listing's headline that asks or ends with a full stop, or runs past 14 words
    (collection 9's archives: "Georgia's Biggest Killer? Its Roads.", "Why Is the US
    Celebrating ...?"): Title Case throughout, or any headline shape right over a date or
    category line ("Guadeloupe: Where is it exactly?" over its posting time)."""
    b = blocks[i]
    s = b.text
    if len(s) > 160 or headline_shape(b) is None:
        return False
    if core(s)[-1:] in ".!":  # only a question and its short answer, every word capitalised
        return "?" in s and ":" not in s and caps_share(s) == 1.0
    if i + 1 < len(blocks) and blocks[i + 1].kind == "metadata":
        return True
    return len(s.split()) >= 4 and title_case(s) and caps_share(s) >= 0.6


def _headings(blocks: list[Block], toc: set[str]) -> None:
    """Short unpunctuated lines between paragraphs, and lines the table of contents lists."""
    seen_content = False
    # Only blocks after i are looked up, and this loop changes only block i (None ->
    # heading, neither furniture), so the index computed up front stays right.
    following = _next_content_index(blocks)
    for i, b in enumerate(blocks):
        if b.kind is None and len(b.lines) == 1:
            if toc and seen_content and b.text.casefold() in toc:
                b.kind = "heading"
            elif seen_content:
                # the block under it first (a few look-ups), the text tests only then:
                # they are pure, so the order of the conjunction changes no answer
                k = following[i]
                nxt = blocks[k] if k is not None else None
                if nxt is not None and nxt.kind == "byline" and k + 1 < len(blocks):
                    nxt = blocks[k + 1]  # a listing item's byline between headline and teaser
                if nxt is not None and nxt.kind is None and len(nxt.text) > len(b.text) and (
                        len(nxt.text) >= 80 or is_terminal(nxt.text)) and (
                        _is_heading_text(b.text) or _long_title_case(b.text)
                        or _listed_headline(blocks, i)) and not _turn_line(b.text):
                    b.kind = "heading"
        if b.kind not in _FURNITURE:
            seen_content = True


def _toc_entries(blocks: list[Block]) -> set[str]:
    entries = set()
    for b in blocks:
        if b.kind == "table_of_contents":
            for ln in b.lines[1:]:
                entries.add(BULLET.sub("", BULLET.sub("", ln.text, count=1), count=1)
                            .strip().casefold())
    return entries


_STORY_CREDIT = re.compile(r"^credits?\s*:", re.I)
_PHOTO_CREDIT_HEAD = re.compile(r"^(?:photo|image|picture)s?\s+credits?\s*:", re.I)


def _captions(blocks: list[Block]) -> None:
    """A short paragraph right before a photo credit is its caption; so is its duplicate.
    A bare "Credit:" line with a "Photo credit:" line under it in its group credits the
    story, not a photo: a source footer, with no caption above it."""
    for a, b in zip(blocks, blocks[1:], strict=False):
        if a.kind == "photo_credit" and b.kind == "photo_credit" and _STORY_CREDIT.match(
                a.text) and _PHOTO_CREDIT_HEAD.match(b.text) and \
                a.lines[-1].group == b.lines[0].group:
            a.kind = "source_footer"
    for i, b in enumerate(blocks):
        if b.kind != "photo_credit":
            continue
        j = i - 1
        while j >= 0 and blocks[j].kind is None and len(blocks[j].text) <= 400 and (
                j == i - 1 or blocks[j].text == blocks[j + 1].text):
            blocks[j].kind = "caption"
            j -= 1
    for a, b in zip(blocks, blocks[1:], strict=False):
        if a.text == b.text and len(a.text) <= 300 and (a.kind, b.kind) in (
                (None, None), (None, "caption"), ("caption", None)):
            a.kind = b.kind = "caption"


_GLUED_CREDIT = re.compile(
    r"(?<=[.!?)])\s+((?:(?:[A-Z][\w.]*\s){0,4}(?:photo|image|picture)(?: credit| source)?(?: by|:)"
    r"|source:|image source:|\((?:ap|afp|reuters|getty|epa)\b[^)]{0,60}\)).{0,80})$", re.I)


# Words one of which (folded) every _GLUED_CREDIT match holds (an exact pre-filter of its
# search, which tries every blank of the paragraph).
_GLUED_CREDIT_WORDS = ("photo", "image", "picture", "source:", "(ap", "(afp", "(reuters",
                       "(getty", "(epa")
# ... among the paragraph's last characters: at most 80 follow the credit's words, which
# open at most 149 characters before the end ("(" agency, 60 characters, ")", then 80).
_GLUED_CREDIT_TAIL = 160
_glued_credit_words = any_in((), _GLUED_CREDIT_WORDS)


def _glued_credit_at(s: str) -> int | None:
    """Where a credit run on to the end of the one-line paragraph s starts, if one is."""
    m = _GLUED_CREDIT.search(s) if len(s) <= 600 and _glued_credit_words(
        folded(s[-_GLUED_CREDIT_TAIL:])) else None
    return m.start(1) if m and len(s) - m.start(1) <= 120 and m.start() >= 15 else None


# A memo (the same paragraphs come back in every copy of a story): a pure function's,
# bounded, least recently used texts dropped; its answers are _glued_credit_at's.
_glued_credit_memo = lru_cache(maxsize=1 << 12)(_glued_credit_at)


def _glued_credits(text: str, blocks: list[Block]) -> list[Block]:
    """A caption with its credit run on ("... Bahrain. Photo by X. (CC BY-SA 3.0)",
    "... since 2007. (AP Photo/Name, File)"): the caption, then the credit."""
    out: list[Block] = []
    for b in blocks:
        at = _glued_credit_memo(b.text) if b.kind in (None, "caption") and len(
            b.lines) == 1 and len(b.text) <= 600 else None
        if at is not None:
            cut = b.start + at
            out.extend(_split(text, Block(b.start, b.end, b.text, "caption", b.lines),
                              [(cut, "photo_credit")]))
        else:
            out.append(b)
    return out


_ROW = re.compile(r"^[^\W\d][^.!?]{1,40}?\s(?:\d[\d,.]*\.?|\*)$|^[^\W\d][^.!?]{1,40}\*$")


def _row(s: str) -> bool:
    """Whether _ROW matches s; it ends in a digit, a comma, a full stop or a star (or a
    line break $ stops before), so any other last character spares the match. A comma or
    a full stop it ends in belongs to its number, so a digit, comma or full stop comes
    before it (prose ends "word."): that spares the match on almost every paragraph."""
    last = s[-1:]
    if last in ",.":
        before = s[-2:-1]
        return before != "" and (before.isdecimal() or before in ",.") and \
            _ROW.match(s) is not None
    return (last in "*\n" or last.isdecimal()) and _ROW.match(s) is not None


def _tables(text: str, blocks: list[Block]) -> list[Block]:
    """Runs of short 'name number' lines (results, standings): one data table, with the
    short sub-heads between rows and a '*' footnote that closes it."""
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        j = i
        rows = 0
        while j < len(blocks) and blocks[j].kind is None and len(blocks[j].lines) == 1 and (
                _row(blocks[j].text) or (rows and blocks[j].text.startswith("*"))
                or (len(blocks[j].text) <= 30 and j + 1 < len(blocks)
                    and _row(blocks[j + 1].text))):
            rows += _row(blocks[j].text)
            j += 1
            if j < len(blocks) and blocks[j].lines[0].group != blocks[j - 1].lines[0].group:
                break
        if rows >= 3:
            box = blocks[i:j]
            out.append(Block(box[0].start, box[-1].end, text[box[0].start:box[-1].end],
                              "data_table", [ln for x in box for ln in x.lines]))
            i = j
        else:
            out.append(blocks[i])
            i += 1
    return out


# A full stop inside a word ("U.S.") or before a lower-case word ("the U.S. military")
# does not end a sentence.
_SENTENCE = re.compile(r"(?:[^.!?]|[.!?]+(?=[^\s.!?\"'”’)]|\s+[a-z]))*(?:[.!?]+[\"'”’)]*|$)\s*")
_WORD_RULE = re.compile(r"\s(_{8,})\s")


def _sentences(s: str, end: int) -> list[tuple[int, int]]:
    """(start, end) of the non-empty _SENTENCE matches in s[:end].

    The matches tile s[:end] from 0 (every position starts one; only the last may be
    empty), so their offsets are running sums of their lengths: findall makes no match
    object per sentence."""
    ends = list(accumulate(map(len, _SENTENCE.findall(s, 0, end))))
    return [(a, e) for a, e in zip([0, *ends], ends, strict=False) if e > a]


class _LazyKinds:
    """The kind of each sentence of a paragraph, classified when first asked for."""

    __slots__ = ("_text", "_sents", "_kinds")

    def __init__(self, text: str, sents: list[tuple[int, int]]) -> None:
        self._text, self._sents = text, sents
        self._kinds: dict[int, str | None] = {}

    def __getitem__(self, i: int) -> str | None:
        if i < 0:
            i += len(self._sents)
        if i not in self._kinds:
            a, e = self._sents[i]
            self._kinds[i] = _sentence_kind(self._text[a:e])
        return self._kinds[i]


def _sentence_kind(x: str) -> str | None:
    """What one sentence of a paragraph is by itself (a question: a prompt, if anything)."""
    t = x.strip()
    low = folded(t) if len(t) <= 600 else ""  # folded once for both rule sets
    return _furniture_kind(t, low) or _single_kind(t, low) or (
        "reader_prompt" if x.rstrip().endswith("?") else None)


_TAIL_KINDS = ("contributor_line", "reader_prompt")
# Opening words (folded) of the _FURNITURE_LINES rules of a tail kind that neither a guard
# nor the first-word set covers (6: "I'm Name.", 12: "For more ... visit", 16: "Additional
# reporting came from ..."); checked at import below.
_TAIL_OPENINGS = {6: ("i’m ", "i'm "), 12: ("and for ", "for "),
                  16: ("additional ", "some ", "more ", "information ", "material ",
                       "reporting ")}
_TAIL_GUARDS = tuple(g for g in _FURNITURE_GUARDS if _FURNITURE_LINES[g[0]][0] in _TAIL_KINDS)
_TAIL_OPENING = tuple(w for ws in _TAIL_OPENINGS.values() for w in ws)
# The longest sentence a rule of a tail kind reads: _single_kind's contributor (300) and
# prompt (400) rules, and the furniture rules of a tail kind (checked at import below).
_TAIL_REACH = 400
_TAIL_FIRST_WORD = any(_FURNITURE_LINES[i][0] in _TAIL_KINDS for i in _FIRST_WORD_RULES)
if {i for i, (kind, _, _) in enumerate(_FURNITURE_LINES) if kind in _TAIL_KINDS} - (
        {g[0] for g in _TAIL_GUARDS} | set(_FIRST_WORD_RULES) | set(_TAIL_OPENINGS)):
    raise AssertionError("a furniture rule of a tail kind has no pre-filter in _maybe_tail")
# The tail rules' opening words, the contributor and prompt words and the tail guards'
# openings and words, in one compiled test (any_in).
_tail_words = any_in(
    _TAIL_OPENING + _CONTRIBUTOR_OPENINGS + tuple(w for _, opening, _ in _TAIL_GUARDS
                                                  for w in opening),
    _CONTRIBUTOR_WORDS + _READER_WORDS + tuple(w for _, _, words in _TAIL_GUARDS
                                               for w in words))
if max(n for kind, n, _ in _FURNITURE_LINES if kind in _TAIL_KINDS) > _TAIL_REACH:
    raise AssertionError("a furniture rule of a tail kind reads lines longer than _TAIL_REACH")


def _maybe_tail(x: str) -> bool:
    """False when _sentence_kind(x) cannot be a tail kind: no rule of one can match x (the
    furniture rules' guards and opening words, the contributor and prompt words) and x asks
    no question. An exact necessary condition, so that a paragraph's last sentence (most
    paragraphs: prose) skips the thirty-odd rules of _sentence_kind."""
    if x.rstrip().endswith("?"):
        return True
    t = x.strip()
    if len(t) > _TAIL_REACH:  # no rule of a tail kind reads a line this long
        return False
    low = folded(t)
    if _tail_words(low):
        return True
    if _TAIL_FIRST_WORD:
        if low[:1].isdecimal():
            return True
        w = _FIRST_WORD.match(low)
        if w is not None and w.group(1) in _FIRST_WORDS:
            return True
    return False
# Where _SENTENCE ends a sentence and the next begins: after a whole run of full stops and
# closers, or after a run of full stops, blanks and no lower-case letter.
_SENTENCE_BREAK = re.compile(r"(?<![.!?])[.!?]+(?:[\"'”’)]+\s*|\s+(?![a-z\s]))")
_LAST_SENTENCE_WINDOW = 600


def _last_sentence_start(s: str, end: int) -> int | None:
    """Start of the last sentence _sentences(s, end) gives, found from the paragraph's last
    characters only; None when no sentence break lies among them (then ask _sentences)."""
    lo = max(0, end - _LAST_SENTENCE_WINDOW)
    # Walk back over the runs of full stops from the end (the last break is most often
    # among the last few characters) instead of matching every break of the window: a
    # break opens at the first mark of a run and covers only that run, closers and
    # blanks, so the break at a run's start is the one finditer over the window finds.
    p = end
    while p > lo:
        q = max(s.rfind(".", lo, p), s.rfind("!", lo, p), s.rfind("?", lo, p))
        if q < 0:
            break
        while q > 0 and s[q - 1] in ".!?":
            q -= 1
        if q < lo:  # the run opens before the window: no break of the window in it
            break
        m = _SENTENCE_BREAK.match(s, q, end)
        if m is not None and m.end() < end:
            return m.end()
        p = q
    return 0 if lo == 0 else None


def _tail_free(s: str) -> bool:
    """True when the paragraph s has no word list and its last sentence alone says it has
    no tail (most paragraphs); False when _tail_furniture must read its sentences."""
    if "________" in s and _WORD_RULE.search(s):
        return False
    a = _last_sentence_start(s, len(s))
    return a is not None and (not _maybe_tail(s[a:])
                              or _sentence_kind(s[a:]) not in _TAIL_KINDS)


# A memo of _tail_free for paragraphs up to _TAIL_MEMO_CHARS long (the same paragraphs
# come back in every copy of a story): a pure function's, bounded, least recently used
# texts dropped; its answers are _tail_free's.
_TAIL_MEMO_CHARS = 2000
_tail_free_memo = lru_cache(maxsize=1 << 12)(_tail_free)


def _tail_furniture(text: str, blocks: list[Block]) -> list[Block]:
    """A page pasted as one paragraph keeps its credits, reader prompt and word list at the
    end of it ("... Afghanistan. I’m Name. Name wrote this report. ... We want to hear from
    you. ... ____ Words in This Story ..."): cut them off the paragraph, each as its kind."""
    out: list[Block] = []
    for b in blocks:
        if b.kind is not None or len(b.lines) != 1 or len(b.text) < 400 or \
                opens_with_label(b.text):  # a transcript turn: its questions are speech
            out.append(b)
            continue
        if (_tail_free_memo(b.text) if len(b.text) <= _TAIL_MEMO_CHARS
                else _tail_free(b.text)):
            out.append(b)
            continue
        cuts: list[tuple[int, str | None]] = []
        rule = _WORD_RULE.search(b.text) if "________" in b.text else None
        end = rule.start(1) if rule else len(b.text)
        sents = _sentences(b.text, end)
        # Only the tail is read (from the last sentence back to the first that is neither
        # a credit nor a prompt): kinds are computed on demand, not for every sentence.
        kinds = _LazyKinds(b.text, sents)
        k = len(sents)
        while k > 1 and kinds[k - 1] in _TAIL_KINDS:
            k -= 1
        if k < len(sents) and kinds[k] == "reader_prompt" and k + 1 < len(sents) and \
                kinds[k + 1] != "reader_prompt":
            k += 1  # a lone question is no prompt unless an appeal follows it
        prev = None
        for i in range(k, len(sents)):
            kind = kinds[i] if kinds[i] != "reader_prompt" or i + 1 >= len(sents) or \
                kinds[i + 1] in ("reader_prompt", None) else kinds[i + 1]
            if kind != prev:
                cuts.append((b.start + sents[i][0], kind))
                prev = kind
        if rule:
            cuts.append((b.start + rule.start(1), "fact_box"))
        out.extend(_split(text, b, cuts) if cuts else [b])
    return out


# Letters counted as Latin script: ASCII ones and the letters of U+00C0-U+024F (every code
# point there is a letter but the signs × and ÷).
_ASCII_NON_LETTERS = bytes(b for b in range(256) if not chr(b).isalpha() or b >= 0x80)
_ASCII_BYTES = bytes(range(128))
_LATIN_NON_ASCII = re.compile(r"[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]")


def _latin_share(s: str) -> float:
    """Share of the letters (str.isalpha) that are Latin script; 1.0 if there are none.

    Counted in C on the UTF-8 encoding (a per-character Python loop over the whole page was
    a third of the segmenter's time): every byte of a non-ASCII character is >= 0x80, so
    deleting the other bytes leaves the ASCII letters, and deleting the ASCII bytes leaves
    the non-ASCII characters whole (few, on most pages).
    """
    if s.isascii():
        return 1.0
    data = s.encode("utf-8", "surrogatepass")
    ascii_letters = len(data.translate(None, _ASCII_NON_LETTERS))
    other = data.translate(None, _ASCII_BYTES).decode("utf-8", "surrogatepass")
    letters = ascii_letters + sum(map(str.isalpha, other))
    latin = ascii_letters + len(_LATIN_NON_ASCII.findall(other))
    return latin / letters if letters else 1.0


def _mostly_latin(text: str) -> bool:
    """Whether _latin_share(text) >= 0.8, most often without decoding the page's non-ASCII
    characters: each takes two or more UTF-8 bytes, so there are at most len(data) -
    len(text) of them, and if the ASCII letters are four fifths of that bound and
    themselves, they are four fifths of the letters at least (exact, in integers)."""
    if text.isascii():
        return True
    data = text.encode("utf-8", "surrogatepass")
    ascii_letters = len(data.translate(None, _ASCII_NON_LETTERS))
    if 5 * ascii_letters >= 4 * (ascii_letters + len(data) - len(text)):
        return True
    return _latin_share(text) >= 0.8


def _foreign_chrome(text: str, blocks: list[Block]) -> None:
    """On a page written in Latin script, short lines in another script (a host site's
    name, menu and breadcrumbs) are navigation; such lines with clause marks are body.
    The lines come first: on most pages none is mostly in another script, and the page's
    own share (a pass over all of its text) is then never needed."""
    foreign = [(b, share) for b in blocks if b.kind is None and len(b.text) <= 200
               and not b.text.isascii() and (share := _latin_share(b.text)) < 0.6]
    if not foreign or not _mostly_latin(text):
        return
    for b, share in foreign:
        if _CLAUSE_MARKS.search(b.text):
            # a line mostly in another script with clause or sentence marks is prose in it
            # (a blogger's own words), no menu item and no headline of the page: body
            b.kind = "body"
        elif share < 0.3:
            b.kind = "navigation"


_CLAUSE_MARKS = re.compile(r"[,，、。？！?!；;]")


def _social(blocks: list[Block]) -> None:
    """The post text right above an embed signature ("— Name (@handle) date") is the post."""
    for i, b in enumerate(blocks):
        if b.kind != "social_post" or not _SOCIAL_SIGNATURE.match(b.text) or i == 0:
            continue
        prev = blocks[i - 1]
        same = prev.lines[-1].group == b.lines[0].group
        if prev.kind is None and (same or len(prev.text) <= 280) and not core(
                prev.text).endswith(":"):
            prev.kind = "social_post"


def _questions_only(s: str) -> bool:
    """Two or more questions and nothing else: an engagement prompt to the reader (the
    question marks first: most paragraphs end with none, and are not split)."""
    if not (s.rstrip(CLOSERS + " ").endswith("?") and s.count("?") >= 2):
        return False
    parts = [p for p in s.strip().split("?") if p.strip()]
    return not any(re.search(r"[a-z]{2}[.!]\s", p) for p in parts) \
        and not any(q in s for q in "\"“”")




def _name_role_byline(blocks: list[Block]) -> None:
    """"Antony J. Blinken, Secretary of State" right under the title: the byline of a
    speech or statement (a name, a comma, a role; no sentence)."""
    for i, b in enumerate(blocks[:-1]):
        if b.kind == "title":
            nxt = blocks[i + 1]
            if nxt.kind is None and len(nxt.lines) == 1 and len(nxt.text) <= 100 and \
                    NAME_ROLE.match(nxt.text) and ROLE_WORD.search(nxt.text):
                nxt.kind = "byline"
            return


# A briefer's name on its own line ("Jane Q. Doe"), and the ends of a briefing series'
# name and of a room's (corpus/vocab.py).
_BRIEFER = re.compile(r"^[A-Z][a-z'’-]+(?: [A-Z]\.){0,2} [A-Z][a-z'’-]+(?:,? (?:Jr|Sr)\.)?$")
_SERIES_ENDS = tuple(" " + w for w in SEGMENT_SERIES_ENDS)
_VENUE_ENDS = tuple(" " + w for w in SEGMENT_VENUE_ENDS)


def _briefer_at(blocks: list[Block], k: int) -> bool:
    """A briefer's name alone on line k and an office on the next, one line group, no
    sentence ("Jane Q. Doe" / "Deputy Spokesperson")."""
    if k + 1 >= len(blocks):
        return False
    a, b = blocks[k], blocks[k + 1]
    return a.kind in (None, "navigation") and b.kind in (None, "byline") and \
        len(a.lines) == 1 and len(b.lines) == 1 and a.lines[0].group == b.lines[0].group and \
        len(b.text) <= 60 and _BRIEFER.match(a.text) is not None and \
        ROLE_WORD.search(b.text) is not None and caps_share(b.text) >= 0.6 and \
        not is_terminal(b.text)


def _briefing_head(text: str, blocks: list[Block]) -> list[Block]:
    """A briefing's head under its title (issue 9, dev collection 14): the briefer's name
    over the office on the next line is one byline ("Jane Doe" / "Deputy Spokesperson"),
    the series' name printed under it metadata ("Daily Press Briefing"); a room's name
    between the head's date and time lines metadata ("Main Press Briefing Room")."""
    t = next((k for k, b in enumerate(blocks[:HEAD_ZONE]) if b.kind == "title"), None)
    if t is None:
        return blocks
    k = t + 1
    if _briefer_at(blocks, k):
        a, e = blocks[k].start, blocks[k + 1].end
        blocks = [*blocks[:k], Block(a, e, text[a:e], "byline",
                                     blocks[k].lines + blocks[k + 1].lines), *blocks[k + 2:]]
        k += 1
        series = blocks[k] if k < len(blocks) else None
        if series is not None and series.kind in (None, "heading") and \
                len(series.lines) == 1 and len(series.text) <= 60 and \
                not is_terminal(series.text) and folded(series.text).endswith(_SERIES_ENDS) \
                and caps_share(series.text) >= 0.6:
            series.kind = "metadata"
    for k in range(t + 1, min(len(blocks) - 1, t + HEAD_ZONE)):
        b = blocks[k]
        if b.kind is None and blocks[k - 1].kind == "metadata" and \
                blocks[k + 1].kind == "metadata" and len(b.lines) == 1 and len(b.text) <= 60 \
                and caps_share(b.text) >= 0.6 and not is_terminal(b.text) and \
                folded(b.text).endswith(_VENUE_ENDS):
            b.kind = "metadata"
    return blocks


_CLOSE_MARKS = frozenset(("x", "X", "×", "✕", "✖", "close"))


def _video_boxes(text: str, blocks: list[Block]) -> list[Block]:
    """A video box's lines around its player (issue 9, dev collection 14): the video's
    title with a glued info mark ("Headlinei") over a close mark alone ("X") is one widget;
    the video's title printed again right after the player's widgets (its first line) is
    a widget too, not a heading."""
    out: list[Block] = []
    head = {b.text for b in blocks[:HEAD_ZONE] if len(b.lines) == 1 and len(b.text) >= 15}
    i, n = 0, len(blocks)
    while i < n:
        b = blocks[i]
        if b.kind is None and len(b.lines) == 1 and i + 1 < n and \
                blocks[i + 1].text in _CLOSE_MARKS and \
                blocks[i + 1].lines[0].group == b.lines[0].group and (
                b.text in head or (b.text[-1:] == "i" and b.text[:-1] in head)) and \
                any(x.text == b.text or x.text == b.text[:-1] for x in out):
            e = blocks[i + 1].end
            out.append(Block(b.start, e, text[b.start:e], "widget", b.lines + blocks[i + 1].lines))
            i += 2
            continue
        if b.kind in (None, "heading") and out and out[-1].kind == "widget" and len(
                b.lines) == 1:  # (a heading: the headline's repeat, _around_title's)
            k = len(out) - 1
            while k > 0 and out[k - 1].kind == "widget":
                k -= 1
            if k < len(out) - 1 and out[k].lines[0].text == b.text:
                b.kind = "widget"
        out.append(b)
        i += 1
    return out


def _standfirst(blocks: list[Block]) -> None:
    """A paragraph between the title and the byline is the standfirst."""
    for i, b in enumerate(blocks[:-1]):
        if b.kind == "title":
            nxt = blocks[i + 1]
            after = blocks[i + 2] if i + 2 < len(blocks) else None
            if nxt.kind is None and len(nxt.text) <= 400 and after is not None and (
                    after.kind in ("byline", "metadata")):
                nxt.kind = "standfirst"
            return


# A paragraph's link to the full story, run on at its end ("... this country. (Read more)").
_READ_MORE = re.compile(r"(?<=\S)\s+((?:\(\s*(?:read|see) more\s*\)|\[\s*(?:read|see) more\s*\]|"
                        r"(?:read|see) more\s*(?:»|›|>>|→)|\(more\)|"
                        r"continue reading\s*(?:»|›|→|\.\.\.|…)?))$", re.I)
_READ_MORE_TAIL = 30  # longest such link: only the paragraph's last characters are read


def _read_more(text: str, blocks: list[Block]) -> list[Block]:
    """The paragraph, then its run-on link as a widget."""
    out: list[Block] = []
    for b in blocks:
        m = _READ_MORE.search(b.text, max(0, len(b.text) - _READ_MORE_TAIL)) if (
            b.kind is None and b.text[-1:] in ")]»›>→…g" and len(b.text) > 40) else None
        if m:
            out.extend(_split(text, b, [(b.start + m.start(1), "widget")]))
        else:
            out.append(b)
    return out


# A box's head alone in its group ("Sister links", "Sources", "External links").
_BOX_TITLE = re.compile(r"^(?:sources?|references|notes|see also|(?:[\w-]+ )?links)\W*$", re.I)
# A media player's status line: the line above it in its group is the clip's title.
_PLAYER = re.compile(r"^(?:please wait|no media source currently available|loading\W*|"
                     r"\d{1,2}:\d{2}(?::\d{2})?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)+)$", re.I)


def _merge(text: str, box: list[Block], kind: str) -> Block:
    return Block(box[0].start, box[-1].end, text[box[0].start:box[-1].end], kind,
                  [ln for x in box for ln in x.lines])


def _headed_boxes(text: str, blocks: list[Block]) -> list[Block]:
    """A box head alone above the next group: with a licence notice, one source footer;
    with a group of link lines (bullets or short unpunctuated lines), one related-links
    box. A clip's title right above a player's status line goes with the player."""
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if len(b.text) > 120 or len(b.lines) != 1:  # no box head, no clip title (most blocks)
            out.append(b)
            i += 1
            continue
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        if nxt is not None and b.kind in (None, "heading") and len(b.lines) == 1 \
                and len(b.text) <= 120 \
                and not is_terminal(b.text) and nxt.kind == "widget" \
                and nxt.lines[0].group == b.lines[-1].group and _PLAYER.match(nxt.lines[0].text):
            out.append(_merge(text, [b, nxt], "widget"))
            i += 2
            continue
        if nxt is not None and len(b.lines) == 1 and len(b.text) <= 30 and (
                (b.kind is None and _BOX_TITLE.match(b.text)) or (
                    b.kind == "related_links" and _RELATED_HEAD.match(b.text.rstrip(":")))) \
                and nxt.lines[0].group != b.lines[-1].group:
            if nxt.kind == "source_footer":
                out.append(_merge(text, [b, nxt], "source_footer"))
                i += 2
                continue
            grp, j = nxt.lines[0].group, i + 1
            while j < len(blocks) and blocks[j].lines[0].group == grp and blocks[j].kind is None \
                    and all(BULLET.match(ln.text) or (len(ln.text) <= 100 and not is_terminal(
                        ln.text)) for ln in blocks[j].lines):
                j += 1
            group_lines = [ln for x in blocks[i + 1:j] for ln in x.lines]
            if j > i + 1 and (j == len(blocks) or blocks[j].lines[0].group != grp) and (
                    len(group_lines) >= 2 or all(BULLET.match(ln.text) for ln in group_lines)):
                out.append(_merge(text, blocks[i:j], "related_links"))
                i = j
                continue
        if b.kind == "related_links" and b.text[:9].lower() == "read more" and out and \
                out[-1].kind is None and len(out[-1].text) > 120 and (
                nxt is None or nxt.kind is not None or not BULLET.match(nxt.text)):
            b.kind = "widget"  # no links under it, a teaser above it: the teaser's own link
        out.append(b)
        i += 1
    return out


def _repeated_furniture(blocks: list[Block]) -> None:
    """A paragraph printed again where furniture was printed is that furniture (a listing's
    prompts repeat under every story); so is the page's cut-off last line that begins one."""
    seen: dict[str, str] = {}
    longest = 0  # no longer paragraph can be one of them (spares hashing most paragraphs)
    for b in blocks:
        if b.kind in _BOILERPLATE:
            seen.setdefault(b.text, b.kind)
            longest = max(longest, len(b.text))
        elif b.kind is None and len(b.text) <= longest and b.text in seen:
            b.kind = seen[b.text]
    last = blocks[-1] if blocks else None
    if last is not None and last.kind is None and len(last.text) >= 12 and len(last.lines) == 1:
        last.kind = next((k for t, k in seen.items() if len(t) > len(last.text)
                          and t.startswith(last.text)), None)


def _tile(text: str, blocks: list[Block]) -> list[Span]:
    """Segments in order, whitespace between them as separators, covering all of text."""
    out: list[Span] = []
    pos = 0
    for b in sorted(blocks, key=_START):
        if b.start > pos:
            out.append((pos, b.start, SEGMENT_SEPARATOR))
        out.append((b.start, b.end, b.kind or "body"))
        pos = b.end
    if pos < len(text):
        out.append((pos, len(text), SEGMENT_SEPARATOR))
    return out


def clear_memos() -> None:
    """Forget every remembered per-text answer of the segmenter (its memos: line kinds,
    paragraph tails, glued credits and glued furniture, box heads, headline shapes, the
    classifier's text features).
    Output never depends on them; a benchmark clears them before each timed run, so that
    a run does not read the answers its previous run over the same pages left."""
    for memo in (_line_kind_memo, _long_line_kind_memo, _tail_free_memo, _glued_credit_memo,
                 line_shape, text_features_memo, line_cuts_memo, _box_heads_memo):
        memo.cache_clear()


def segment_text(text: str, model: dict[str, Any] | None = None) -> list[Span]:
    """Segments (start, end, kind) tiling text: no gap, no overlap, in order: the rules'
    blocks, then the furniture classifier on what they leave as body (``model``: the
    packaged one unless given, as cross-validation gives each fold's), then the sidebars
    around an icon (after the classifier, whose furniture ends them)."""
    return _tile(text, icon_boxes(text, apply_model(text, rule_blocks(text), model)))


def _line_kind_pair(s: str) -> tuple[str | None, bool]:
    """(kind, starts) of a line, remembered where short enough (as _lines asks)."""
    n = len(s)
    return _line_kind_memo(s) if n <= _LINE_MEMO_CHARS else _long_line_kind_memo(s) \
        if n <= _LONG_LINE_MEMO_CHARS else _line_kind(s)


def _piece_kind(s: str) -> str | None:
    """What a piece cut off a line shows by itself (the line rules' kind)."""
    return _line_kind_pair(s)[0]


def rule_blocks(text: str) -> list[Block]:
    """The rules' blocks of text (kind None: body), before the classifier (its training
    reads these, so that it learns on the blocks it will decide)."""
    lines = _lines(text)
    if EDIT_LINK in text:  # (a wiki's section edit links; most pages hold none)
        lines = edit_lines(lines, _line_kind_pair)
    blocks = _blocks(text, lines)
    if "edia help" in text:  # (a wiki's media box, in its engine's words; most pages hold none)
        blocks = media_boxes(text, blocks)
    stage_cues(blocks)
    blocks = filter_boxes(text, blocks)
    blocks = _menus(text, blocks)
    _foreign_chrome(text, blocks)
    blocks = _top_widgets(text, blocks)
    blocks = link_furniture(text, blocks)
    blocks = glued_furniture(text, blocks, _piece_kind)
    head_keywords(blocks)
    blocks = _title_echo(text, _first_line(text, site_banner(text, blocks)))
    blocks = _datelines(text, blocks)
    blocks = _glued_credits(text, blocks)
    blocks = _tables(text, blocks)
    blocks = _tail_furniture(text, blocks)
    blocks = _read_more(text, blocks)
    blocks = _headed_boxes(text, blocks)
    _repeated_furniture(blocks)
    _captions(blocks)
    _social(blocks)
    _name_role_byline(blocks)
    blocks = _briefing_head(text, blocks)
    blocks = _video_boxes(text, blocks)
    _standfirst(blocks)
    _headings(blocks, _toc_entries(blocks))
    listing_head(blocks)
    archive_head(blocks)
    prompts = [b for prev, b in zip([None, *blocks], blocks, strict=False)
               if b.kind is None and "?" in b.text and _questions_only(b.text) and not (
                   prev is not None and core(prev.text).endswith(":"))]  # "X added:"
    if prompts and not _is_transcript(blocks) and not _is_interview(blocks):
        for b in prompts:  # (in a transcript or an interview, questions are speech)
            b.kind = "reader_prompt"
    if EDIT_LINK in text:  # (a wiki's closing sections: their head has its edit link)
        blocks = section_lists(text, blocks)
    return box_blocks(text, blocks)


def box_blocks(text: str, blocks: list[Block]) -> list[Block]:
    """Lines that are one box together (corpus/segment_boxes.py), in text order."""
    blocks = sorted(blocks, key=_START)
    return arrow_boxes(text, score_boxes(text, list_boxes(text, blocks)))


# An interviewer's or a guest's mark opening a turn: "((WN))", "Vanessa Knight:".
_TURN = re.compile(r"^(?:\(\([^()]{1,20}\)\)|[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3}:)(?=\s)")


def _is_interview(blocks: list[Block]) -> bool:
    """One turn mark opens two or more paragraphs (an interview in mixed case, which
    _is_transcript's capital labels miss)."""
    seen: set[str] = set()
    for b in blocks:
        if b.kind is None and b.text[:1] in "(ABCDEFGHIJKLMNOPQRSTUVWXYZ":
            m = _TURN.match(b.text)
            if m:
                if m.group() in seen:
                    return True
                seen.add(m.group())
    return False


def _is_transcript(blocks: list[Block]) -> bool:
    """Two or more paragraphs open with a speaker label ("QUESTION:", "SECRETARY X:");
    the count stops at the second."""
    seen = 0
    for b in blocks:
        if b.kind is None and opens_with_label(b.text):
            seen += 1
            if seen == 2:
                return True
    return False


def segment_documents(documents: pa.Table | pa.RecordBatch) -> pa.Table:
    """SEGMENTS annotation columns for every document, sorted by doc_id, start.

    Only offsets and kinds are made in Python; the segment texts are sliced from the
    documents by polars in code points (no Python string per segment).
    """
    import polars as pl

    rows, starts, ends, kinds = [], [], [], []
    for i, text in enumerate(documents.column("text").to_pylist()):
        for s, e, k in segment_text(text):
            rows.append(i)
            starts.append(s)
            ends.append(e)
            kinds.append(k)
    docs = pl.from_arrow(pa.table({"doc_id": documents.column("doc_id"),
                                   "text": documents.column("text")}))
    idx = pl.Series("_i", rows, pl.UInt32)
    seg = pl.DataFrame({"start": pl.Series(starts, dtype=pl.Int64),
                        "end": pl.Series(ends, dtype=pl.Int64),
                        "kind": pl.Series(kinds, dtype=pl.String)})
    seg = seg.with_columns(doc_id=docs["doc_id"].gather(idx),
                           _doc=docs["text"].gather(idx))
    seg = seg.with_columns(text=pl.col("_doc").str.slice(pl.col("start"),
                                                         pl.col("end") - pl.col("start")))
    seg = seg.select("doc_id", "start", "end", "text", "kind").sort("doc_id", "start")
    schema = pa.schema([("doc_id", pa.string()), ("start", pa.int64()), ("end", pa.int64()),
                        ("text", pa.string()), ("kind", pa.string())])
    return seg.to_arrow().cast(schema)
