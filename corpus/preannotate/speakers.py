"""Finding and resolving the speaker of a cue: names, pronouns, descriptions.

A speaker mention is the noun phrase nearest the cue: the subject before a finite
verb ("Zakharova said"), the phrase after an inverted one ("said Rutte") or after a
source cue ("according to X"). Pronouns and definite descriptions resolve to a person
named earlier; indefinite ones ("a White House official") stay unnamed.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from corpus.preannotate import lexicon as lx
from corpus.preannotate.names import Name, Token, find_names, is_place, looks_like_person

_ADVERBS = frozenset(
    {"also", "further", "again", "repeatedly", "later", "previously", "then", "has", "have",
     "had", "was", "is", "reportedly", "swiftly", "quickly", "publicly", "once", "earlier",
     "recently", "separately", "not", "never", "would", "will", "already",
     "privately", "flatly", "firmly", "simply", "only", "just", "even", "clearly", "did",
     "initially", "subsequently", "finally", "himself", "herself", "themselves", "often",
     "frequently", "openly", "explicitly", "directly", "still", "who", "which"}
)
_INTRO = frozenset(
    {"according", "as", "on", "in", "during", "after", "amid", "while", "when", "although",
     "though", "despite", "following", "notably", "however", "since", "before", "speaking",
     "meanwhile", "nonetheless", "still", "yet", "earlier", "later", "if", "because", "at",
     "by", "from", "for", "under", "over", "with", "without"}
)


@dataclass
class Mention:
    """A speaker mention as written, and the full name it resolves to (or None)."""

    start: int
    end: int
    text: str
    kind: str  # name, pronoun, description
    name: str | None = None


class Resolver:
    """Holds the document's names so mentions can be resolved to full names."""

    def __init__(self, text: str):
        self.text = text
        self.names: list[Name] = _office_trimmed(
            text, sorted(find_names(text), key=lambda n: n.start))
        # indexes, so that every look-up is a bisection, not a scan (linear time overall)
        self._starts = [n.start for n in self.names]
        self._by_last: dict[str, list[Name]] = {}
        for n in self.names:
            self._by_last.setdefault(n.last, []).append(n)
        self._forms: dict[tuple[str, int], tuple[list[int], list[Name]]] = {}
        self.by_end: dict[int, Name] = {n.end: n for n in self.names}
        self.by_start: dict[int, Name] = {n.start: n for n in self.names}
        titled = [n for n in self.names if any(t in lx.TITLES for t in n.title)]
        multi = [n for n in self.names if len(n.tokens) >= 2]
        self.person_last = {n.last for n in titled} | {
            n.last for n in multi if looks_like_person(n, set())
        }
        self.persons = [n for n in self.names if looks_like_person(n, self.person_last)]
        self._person_ends = [n.end for n in self.persons]
        self.last_speaker: tuple[int, str, int] | None = None  # (para, name, offset)
        self._sent_starts = _sentence_starts(text)
        self._captions = sorted(set(_caption_lines(text)) | _name_lines(text, self.names))
        self.quoted: list[tuple[int, int]] = []  # quote contents, set by the quote finder
        self._blogs = _BLOG_PAGE.search(text) is not None
        self._interview: tuple[Name | None, Name | None] | None = None  # (by, with)

    # -- an interview's two sides ----------------------------------------------------
    def interview(self) -> tuple[Name | None, Name | None]:
        """(interviewer, interviewee) as the page's intro names them ("X interviewed Y",
        "X Interviews Y", "Interview with Y by X", "Y was interviewed by X"); each a
        person's name or None."""
        if self._interview is None:
            self._interview = self._find_interview()
        return self._interview

    def _find_interview(self) -> tuple[Name | None, Name | None]:
        for hit in _INTERVIEW_CUE.finditer(self.text):
            word = hit.group().lower()
            was = _WAS_BEFORE.search(self.text, max(0, hit.start() - 12), hit.start())
            if word == "interviewed" and was is not None:  # "Y was interviewed by X"
                agent = _BY.match(self.text, hit.end())
                by = self._person_from(agent.end()) if agent is not None else None
                if by is not None:
                    return by, self._person_ending_near(was.start())
                continue
            if word in lx.INTERVIEW_VERBS:  # "X interviewed Y"
                by = self._person_ending_near(hit.start())
                if by is not None:
                    return by, self._person_from(hit.end())
                continue
            line_end = self.text.find("\n", hit.end())  # "Interview with Y by X"
            line_end = len(self.text) if line_end < 0 else line_end
            agent = _BY.search(self.text, hit.end(), min(line_end, hit.end() + _BY_REACH))
            by = self._person_from(agent.end()) if agent is not None else None
            if by is not None:
                return by, self._person_from(hit.end())
        return None, None

    def _person_ending_near(self, pos: int) -> Name | None:
        """The person whose name ends right before pos (one space between)."""
        n = self.by_end.get(pos - 1)
        return n if n is not None and n in self.persons and not n.possessive else None

    def _person_from(self, pos: int, window: int = 40) -> Name | None:
        """The first person named from pos on, past title words, within the window."""
        i = bisect.bisect_left(self._starts, pos)
        for n in self.names[i : i + 4]:
            if n.start >= pos + window:
                break
            if n in self.persons and not n.possessive:
                return n
        return None

    # -- antecedents of he / she -------------------------------------------------
    def _sentence_of(self, pos: int) -> int:
        return bisect.bisect_right(self._sent_starts, pos) - 1

    def _in(self, spans: list[tuple[int, int]], pos: int) -> bool:
        i = bisect.bisect_right(spans, (pos, 10**18)) - 1
        return i >= 0 and spans[i][0] <= pos < spans[i][1]

    def antecedent(self, pos: int, sex: str | None, back: int = 6) -> Name | None:
        """The person a he/she at pos most likely means: the subject (first person not in
        object position) of the nearest sentence before that names a person of a fitting
        sex, skipping photo captions and quoted words. A given name's usual sex is only a
        hint (French "Jean" is a man's name, American "Jean" a woman's): when no person
        fits, the nearest sentences are tried again with only the title words' sex."""
        found = self._antecedent(pos, sex, back, self.sex_of)
        if found is None and sex is not None:
            found = self._antecedent(pos, sex, 2, self._title_sex)
        if found is None and sex is not None:
            found = self._chained(pos, sex)
        return found

    def _chained(self, pos: int, sex: str) -> Name | None:
        """A profile names its person once, then goes on for paragraphs with "He ...":
        past the usual reach, the nearest person of the pronoun's sex is the antecedent
        when that pronoun (he, his, him) occurs between them (the chain), and no person
        is named between them at all."""
        far = self._antecedent(pos, sex, _CHAIN_BACK, self.sex_of)
        if far is None:
            return None
        for n in self.persons[bisect.bisect_right(self._person_ends, far.end):]:
            if n.start >= pos:
                break
            if not self._in(self._captions, n.start):
                return None
        chain = _CHAIN_WORDS["M" if sex == "M" else "F"]
        return far if chain.search(self.text, far.end, pos) else None

    def _antecedent(self, pos: int, sex: str | None, back: int, sex_of) -> Name | None:
        i = bisect.bisect_left(self._person_ends, pos)
        here = self._sentence_of(pos)
        found: list[Name] = []  # eligible persons of the nearest sentence that has one
        sent = None
        for n in reversed(self.persons[:i]):
            k = self._sentence_of(n.start)
            if k < here - back or sent is not None and k < sent:
                break
            if self._in(self._captions, n.start) or self._in(self.quoted, n.start):
                continue
            if sex is not None and sex_of(n) not in (None, sex):
                continue
            if k == here and self._object(n):
                continue  # "After meeting with X, he said": he is not X
            if sex is not None and self._asks_other(n, sex):
                continue  # "X asked him about it. “…,” he said": he is the one asked
            sent = k
            found.append(n)
        if not found:
            return None
        found.reverse()
        asked = next((n for n in found if self._asked(n)), None)
        if asked is not None and self._sentence_of(asked.start) < self._sentence_of(pos):
            return asked  # "X asked Y about the plan. “…,” he said": Y answers
        # a possessor ("Mark Ellis’s deputy Paul Reyes", "In X’s absence, Y spoke") only
        # determines a noun: the person it owns, or any other, is the subject
        # a name in an opening subordinate clause ("After X left, Y took over") is not
        # the sentence's subject either; of objects, a passive's agent ("was presented
        # by Y") is the one who acted
        main = [n for n in found if not n.possessive and not self._opening_clause(n)]
        return next((n for n in main if not self._object(n)),
                    next((n for n in main if self._agent(n)),
                         next((n for n in found if not n.possessive), found[0])))

    def _opening_clause(self, n: Name) -> bool:
        """The name stands in a clause that opens its sentence with a subordinator
        ("After X left, …", "Unlike X, …") and ends at a comma later in the sentence."""
        s = self._sent_starts[self._sentence_of(n.start)]
        first = re.match(r"\s*([A-Za-z]+)", self.text[s : n.start])
        if first is None or first.group(1).lower() not in _SUBORDINATORS or \
                "," in self.text[s : n.start]:
            return False
        comma = self.text.find(",", n.end)
        nxt = self._sent_starts[self._sentence_of(n.start) + 1] \
            if self._sentence_of(n.start) + 1 < len(self._sent_starts) else len(self.text)
        return 0 <= comma < nxt

    def _agent(self, n: Name) -> bool:
        """The name is the agent of a passive ("was presented by X")."""
        return _PASSIVE_BY.search(self.text, max(0, n.start - 60), n.start) is not None

    def _asks_other(self, n: Name, sex: str) -> bool:
        """The name asks someone the pronoun stands for ("X asked him", "X pressed her")."""
        hit = _ASKS_PRONOUN.match(self.text, n.end)
        return hit is not None and hit.group(2).lower() == ("him" if sex == "M" else "her")

    def _asked(self, n: Name) -> bool:
        """The name is the object of a verb of asking ("asked Y", "pressed Y")."""
        words = re.findall(r"[\w’'-]+", self.text[max(0, n.start - 40) : n.start])
        while words and words[-1].lower() in lx.TITLES:
            words.pop()
        return bool(words) and words[-1].lower() in lx.ASKING_VERBS

    def _object(self, n: Name | None) -> bool:
        """The word before the name (past its title words: "with Lieutenant Governor X")
        marks an object."""
        if n is None:
            return True
        words = re.findall(r"[\w’'-]+", self.text[max(0, n.start - 60) : n.start])
        while words and words[-1].lower() in lx.TITLES:
            words.pop()
        return bool(words) and words[-1].lower() in lx.OBJECT_MARKERS

    def sex_of(self, n: Name) -> str | None:
        """F or M from the title words before the name or its given name, else None."""
        from corpus.preannotate.gazetteer import given_sex

        told = self._title_sex(n)
        if told is not None:
            return told
        return given_sex().get(n.tokens[0].lower()) if len(n.tokens) >= 2 else None

    @staticmethod
    def _title_sex(n: Name) -> str | None:
        """F or M from the title words before the name only (Mrs, Sir, spokeswoman)."""
        for t in n.title:
            if t in lx.FEMALE_TITLES:
                return "F"
            if t in lx.MALE_TITLES:
                return "M"
        return None

    def sex_of_name(self, full: str) -> str | None:
        from corpus.preannotate.gazetteer import given_sex

        words = full.split()
        return given_sex().get(words[0].lower()) if len(words) >= 2 else None

    # -- full names --------------------------------------------------------------
    def full_name(self, name: Name) -> str:
        """The longest form of the name seen earlier in the text (else later, else as is)."""
        last = name.last
        if not last:
            return name.text
        starts, best_upto = self._longer_forms(name)
        if not starts:
            return name.text
        i = bisect.bisect_left(starts, name.start)  # forms[:i] start before the name
        return (best_upto[i - 1] if i else best_upto[-1]).text

    def _longer_forms(self, name: Name) -> tuple[list[int], list[Name]]:
        """Longer forms ending with the name, by start, and the best form up to each.

        Cached per (form, token count): a name repeated a thousand times costs one scan.
        """
        key = (name.text.lower(), len(name.tokens))
        if key not in self._forms:
            low = name.text.lower()
            forms = [n for n in self._by_last.get(name.last, [])
                     if len(n.tokens) > len(name.tokens) and n.tokens[0][:1].isupper()
                     and n.text.lower().endswith(low)]

            def rank(n: Name) -> tuple[int, int, int]:
                return (len(n.tokens), len(n.text), -n.start)

            best, acc = None, []
            for n in forms:
                best = n if best is None or rank(n) > rank(best) else best
                acc.append(best)
            self._forms[key] = ([n.start for n in forms], acc)
        return self._forms[key]

    def person_before(self, pos: int, words: tuple[str, ...] = ()) -> Name | None:
        """The most recent person before pos; with words, one titled with all of them."""
        i = bisect.bisect_right(self._person_ends, pos)
        for n in reversed(self.persons[:i] if words else self.persons[max(0, i - 1):i]):
            title = set(n.title) | {lx.TITLE_SHORT.get(t, t) for t in n.title}
            if all(w in title for w in words):  # "Brig. Gen. X" ... "the general"
                return n
        return None

    # -- mentions ending at / starting at a token ------------------------------------
    def np_ending(self, toks: list[Token], k: int) -> Mention | None:
        """The speaker phrase whose last token is toks[k], if any."""
        t = toks[k]
        if t.low in lx.PRONOUNS:
            return Mention(t.start, t.end, t.text, "pronoun")
        name = self._name_covering(t)
        if name is not None:
            if name.end == t.end or name.possessive and name.end + 2 >= t.end:
                owner = re.search(r"\b[A-Z][\w-]*[’']s $", self.text[max(0, name.start - 40) :
                                                                  name.start])
                if owner is not None and not name.possessive:  # "Jumble's Corner": a title
                    s = name.start - len(owner.group())
                    return Mention(s, name.end, self.text[s : name.end], "description")
                return Mention(name.start, name.end, name.text, "name")
        if lx.is_role(t.low):
            for j in range(k - 1, max(-1, k - 5), -1):
                if self.text[toks[j].end : toks[j + 1].start] != " ":
                    break
                if toks[j].low in lx.DETERMINERS or toks[j].text.endswith(("’s", "'s", "‘s")):
                    owner = self._name_covering(toks[j])  # "Peter Hall’s lawyers"
                    s = owner.start if owner is not None else toks[j].start
                    return Mention(s, t.end, self.text[s : t.end], "description")
            j = k
            while j > 0 and k - j < 5:
                prev = toks[j - 1]
                if self.text[prev.end : toks[j].start] not in (" ", "’s ", "'s ", "’ ", "' "):
                    break
                if prev.low in lx.DETERMINERS:
                    j -= 1
                    break
                if prev.cap or prev.low in lx.ROLE_NOUNS or prev.low in lx.NORP_WORDS \
                        or prev.text.endswith(("’s", "'s")) or self._name_covering(prev):
                    j -= 1
                    continue
                break
            s = toks[j].start
            return Mention(s, t.end, self.text[s : t.end], "description")
        return None

    def _name_covering(self, t: Token) -> Name | None:
        i = bisect.bisect_right(self._starts, t.start)
        for n in self.names[max(0, i - 2):i]:  # names do not overlap: the last two suffice
            slack = 2 if n.possessive else 0
            if n.start <= t.start < n.end + slack and t.end <= n.end + slack:
                return n
        return None

    def _np_starting(self, toks: list[Token], k: int) -> Mention | None:
        """The speaker phrase that starts at toks[k], as written."""
        t = toks[k]
        if t.low in lx.PRONOUNS:
            return Mention(t.start, t.end, t.text, "pronoun")
        for j in range(k, min(k + 8, len(toks))):
            if j > k and self.text[toks[j - 1].end : toks[j].start].strip(" ’'s"):
                break
            tj = toks[j]
            if tj.low in lx.ROLE_NOUNS or tj.low in lx.TITLES:
                # A description or a title: the phrase may go on to a name.
                m = self.np_ending(toks, j)
                dot = 1 if self.text[toks[j].end : toks[j].end + 1] == "." else 0
                nxt = self._names_from(toks[j].end + dot, 40)  # "Dr. Mark Ellis"
                if nxt is None and dot:  # "Lt. Col. X", "Sgt. Maj. of the Army X"
                    nxt = self._after_ranks(toks, j)
                gap = self.text[toks[j].end + dot : nxt.start] if nxt is not None else "?"
                if nxt is not None and gap in (" for ", " of ") and lx.is_role(tj.low) and \
                        not nxt.possessive and looks_like_person(nxt, self.person_last):
                    # "a spokesman for Mark Ellis": the spokesman speaks, not Ellis
                    s = toks[j - 1].start if j > k and toks[j - 1].low in \
                        lx.DETERMINERS else tj.start
                    return Mention(s, nxt.end, self.text[s : nxt.end], "description")
                if nxt is not None and (gap.strip() == "" or _TITLE_GAP.fullmatch(gap) and (
                        tj.low in nxt.title or looks_like_person(nxt, self.person_last))):
                    return self._owned(nxt)  # "Secretary of State Marco Rubio": the name
                if m is not None and not (j + 1 < len(toks) and toks[j + 1].low in
                                          lx.ROLE_NOUNS):
                    return self._apposed(m) or m
                continue
            if tj.low in ("in", "on", "at", "during", "while", "to", "who", "after", "before"):
                break
        if t.low in lx.DETERMINERS:  # "said the 24-year-old", "said the Lima native"
            for j in range(k + 1, min(k + 5, len(toks))):
                if _PERSON_HEAD.fullmatch(toks[j].low):
                    return Mention(t.start, toks[j].end, self.text[t.start : toks[j].end],
                                   "description")
                n = self._name_covering(toks[j]) if toks[j].cap else None
                if n is None or n in self.persons:
                    break
        n = self.by_start.get(t.start) or self._names_from(t.start, 60)
        while n is not None and n.tokens[0].lower() in lx.NORP_WORDS and len(n.tokens) == 1:
            nxt = self._names_from(n.end, 30)  # "French President X", "Dutch MEP X"
            gap = self.text[n.end : nxt.start] if nxt is not None else "?"
            if nxt is None or not re.fullmatch(r"(?: [A-Z][\w.-]*)* ?", gap):
                break
            n = nxt
        if n is not None:
            if n.possessive:
                return self._owned(n)
            blog = _BLOG_HEAD.match(self.text, n.end)
            if blog is not None:  # "the Daily Bridge blog wrote": a blog, no person
                return Mention(n.start, blog.end(), self.text[n.start : blog.end()],
                               "description")
            # "Environment Canada meteorologist Jill Kerr": the person after the role word
            m = re.match(r" (?:[a-z][\w-]* ){0,2}([a-z][\w-]*) ", self.text[n.end : n.end + 50])
            later = self.by_start.get(n.end + m.end()) if m and _role_word(m.group(1)) else None
            if later is not None and looks_like_person(later, self.person_last):
                return Mention(later.start, later.end, later.text, "name")
            return Mention(n.start, n.end, n.text, "name")
        return None

    def np_starting(self, toks: list[Token], k: int) -> Mention | None:
        """The speaker phrase that starts at toks[k] (for "said X", "according to X"); a
        capitalised service, office or rank that is no person gives way to the person named
        right after it ("said Army Staff Sgt. Jo Dawkins", "said Commanding Officer, Cmdr.
        Jo Bennett")."""
        m = self._np_starting(toks, k)
        if m is None or m.kind == "pronoun" or not all(
                w[:1].isupper() for w in m.text.split()):
            return m
        n = self.by_start.get(m.start)
        if n is not None and n.end == m.end and looks_like_person(n, self.person_last) and \
                not lx.is_role(n.tokens[-1].lower()):  # "Commanding Officer" is an office
            return m
        later = self._person_after_caps(m.end)
        return Mention(later.start, later.end, later.text, "name") if later is not None else m

    def _person_after_caps(self, pos: int) -> Name | None:
        """The first person-like name after ``pos`` when only capitalised words, rank
        abbreviations and commas stand between (at most three names on)."""
        for _ in range(3):
            nxt = self._names_from(pos, 50, stop=False)
            if nxt is None or not _CAPS_GAP.fullmatch(self.text, pos, nxt.start):
                return None
            if looks_like_person(nxt, self.person_last) and not nxt.possessive:
                return nxt
            pos = nxt.end
        return None

    def _after_ranks(self, toks: list[Token], j: int) -> Name | None:
        """The name after a chain of abbreviated ranks ("Lt. Col. Rilington"): the full
        stops of the abbreviations end no phrase."""
        q = j + 1
        while q < len(toks) and self.text[toks[q - 1].end : toks[q].start] in (" ", ". ") \
                and f"{toks[q].low}." in lx.TITLES:
            q += 1
        end = toks[q - 1].end
        return self._names_from(end + (self.text[end : end + 1] == "."), 40)

    def _owned(self, n: Name) -> Mention:
        """A name, or with its possessive what it owns: "Peter Hall’s lawyers" (people of
        their own, resolved through the head), "Jumbie's Watch" (a blog's name, no person),
        "Trump’s White House" (the organisation speaks)."""
        if not n.possessive:
            return Mention(n.start, n.end, n.text, "name")
        hit = _OWNED.match(self.text, n.end)
        if hit is None:
            return Mention(n.start, n.end, n.text, "name")
        word = hit.group(1)
        if word[:1].islower():
            if not lx.is_role(word.lower()):
                return Mention(n.start, n.end, n.text, "name")
            return Mention(n.start, hit.end(), self.text[n.start : hit.end()], "description")
        owned = self.by_start.get(hit.start(1))
        if owned is not None and owned.is_org_like():
            return Mention(owned.start, owned.end, owned.text, "name")
        if not looks_like_person(n, self.person_last):
            return Mention(n.start, n.end, n.text, "name")
        end = hit.end()
        return Mention(n.start, end, self.text[n.start : end], "description")

    def _apposed(self, m: Mention) -> Mention | None:
        """The person named in apposition after a title ("Associate Administrator for the
        Office of Communications, David Weaver:"): the name the description stands for."""
        hit = _APPOSED.match(self.text, m.end)
        if hit is None:
            return None
        n = self.by_start.get(hit.end())
        if n is None or not looks_like_person(n, self.person_last) or n.possessive:
            return None
        after = self.text[n.end : n.end + 1]
        return Mention(n.start, n.end, n.text, "name") if after in ("", ":", ",", ".", ";",
                                                                    "\n") else None

    def _names_from(self, pos: int, window: int, stop: bool = True) -> Name | None:
        """The first name starting within ``window`` of ``pos``, before the next punctuation
        mark unless ``stop`` is False (a rank's or office's full stops and commas)."""
        cut = re.search(r"[,.;:!?\n]", self.text[pos : pos + window]) if stop else None
        limit = pos + (cut.start() if cut else window)
        i = bisect.bisect_left(self._starts, pos)
        if i < len(self.names) and self.names[i].start < limit:
            return self.names[i]
        return None

    # -- resolution --------------------------------------------------------------
    def resolve(self, m: Mention, para: int) -> str | None:
        """Full name for a speaker mention, or None when nobody is named."""
        if m.kind == "name":
            name = self.by_start.get(m.start)
            if name is None or name.end != m.end and not name.possessive:
                return m.text  # no name, or part of a capitalised run ("Obama Says")
            if _no_name(name, self.person_last) or self._blog_name(name) or \
                    _ADJECTIVE_TOKEN.search(name.tokens[-1]):
                return None  # (and "the Lima-based firm": an adjective, no name)
            if len(name.tokens) == 1 and name.last in lx.NORP_WORDS:
                # "the Peruvian said": a person described by nationality, like "the
                # French president"; "Peruvians", "a Peruvian": nobody named
                if self.text[max(0, m.start - 4) : m.start].lower() != "the ":
                    return None
                p = self._untitled_subject(m.start, name.last)
                return self.full_name(p) if p is not None else None
            if len(name.tokens) == 1 and name.last in lx.TITLES:
                pass  # "as the Secretary said": a title standing alone, a description
            elif len(name.tokens) < 2 or name.last not in lx.TITLES:  # a person's title
                whole = self._head_of(name, m.start)
                return whole.text if whole is not None else self.full_name(name)
            m = Mention(m.start, m.end, m.text, "description")  # "The Haitian Blogger"
        if m.kind == "pronoun":
            return self._resolve_pronoun(m, para)
        words = [w.lower() for w in re.findall(r"[\w.’'-]+", m.text)]
        if not words or words[0] in lx.DETERMINERS - {"the"}:
            return None  # indefinite: "a White House official"
        poss = self.by_start.get(m.start)
        if poss is not None and poss.possessive:
            if words[-1] in lx.VOICE_OF_OWNER:  # "Starmer’s office" speaks as Starmer
                return self.full_name(poss)
            if poss in self.persons:  # "X’s lawyers" are people of their own, unnamed
                return None
            words = [w.lower() for w in re.findall(r"[\w.’'-]+", m.text[poss.end - m.start:])]
            words = [w for w in words if w not in ("’s", "'s", "s")]
        core = tuple(w for w in words if w not in lx.DETERMINERS)
        head = core[-1] if core else ""
        owner = self._name_before_head(m) if poss is None else None
        if owner is not None and head in lx.VOICE_OF_OWNER:
            return self.full_name(owner)  # "The White House statement" speaks as its owner
        if words[0] == "the" and _PERSON_HEAD.fullmatch(head):
            # "the 24-year-old", "the left-hander", "the Lima native": news prose names a
            # person, then goes on with what they are; the one so described by age, or
            # else the subject of the sentence before
            p = self._aged(m.start, head) or self._antecedent(m.start, None, 1, self.sex_of)
            return self.full_name(p) if p is not None else None
        if head not in lx.TITLES and head not in ("spokesperson", "spokesman", "spokeswoman"):
            return None  # "the ministry", "the government": an organisation, unnamed
        p = self.person_before(m.start, core) or self.person_before(m.start, (head,))
        if p is None and words[0] == "the":
            p = self._apposed_before(m.start, head)
        if p is None and self.last_speaker is not None and self.last_speaker[0] >= para - 1:
            return self.last_speaker[1]
        if p is None and words[0] == "the" and any(w in lx.NORP_WORDS or w in lx.GPE_WORDS
                                                   for w in core[:-1]):
            p = self._untitled_subject(m.start, head)
        return self.full_name(p) if p is not None else None

    def _head_of(self, name: Name, pos: int) -> Name | None:
        """"the Church" after "the Church of Scientology", "the Ministry" after "the
        Ministry of Health": the head word of an "X of Y" name named before stands, after
        "the", for that name (not for a person: "the Church" is no person's surname)."""
        if len(name.tokens) != 1 or name in self.persons or \
                self.text[max(0, pos - 4) : pos] not in ("the ", "The "):
            return None
        i = bisect.bisect_left(self._starts, name.start)
        prefix = name.text + " of "
        return next((n for n in reversed(self.names[:i]) if n.text.startswith(prefix)), None)

    def _blog_name(self, n: Name) -> bool:
        """On a page about blogs, an untitled run of common words that is no organisation
        ("Uncommon Sense posted"), or an untitled name no given name opens that a "which"
        clause about posts follows ("said Caribbean Free Radio, which devoted its 36th
        podcast"), is a blog's name:
        the blog speaks, no person is named."""
        from corpus.preannotate.entities import _words_only
        from corpus.preannotate.gazetteer import strong_given

        if n.last in ("blog", "podcast", "vlog") and len(n.tokens) >= 2:
            return True  # "The Lima Bridge Blog reported": named as one
        if not self._blogs or n.is_org_like() or any(t in lx.TITLES for t in n.title):
            return False
        on = _ON_PLACE.match(self.text, n.end)
        if on is not None and is_place(on.group(1)):
            return True  # "Jean Baptiste on Haiti reviews …": a blog's title, no person
        if _WHICH.match(self.text, n.end) and not strong_given(n.tokens[0]) and \
                _BLOGGISH.search(self.text, n.end, n.end + _WHICH_REACH):
            return True  # (not "Human Rights Watch, which …": the clause says blog)
        own = [t.lower() for t in n.tokens]
        others = {m.last for m in self.persons  # surnames of people, not of this name's forms
                  if [t.lower() for t in m.tokens] != own[-len(m.tokens):]
                  and (len(m.tokens) >= 2 or any(t in lx.TITLES for t in m.title))}
        return _words_only(n, others)

    def _aged(self, pos: int, head: str) -> Name | None:
        """For "the 24-year-old": the nearest person before given that age ("X, 24,")."""
        age = re.match(r"(\d+)-year-old$", head)
        if age is None:
            return None
        i = bisect.bisect_right(self._person_ends, pos)
        for n in reversed(self.persons[max(0, i - 12) : i]):
            if re.match(r",? \(?" + age.group(1) + r"\b", self.text[n.end : n.end + 8]):
                return n
        return None

    def _apposed_before(self, pos: int, head: str) -> Name | None:
        """For "the mayor" with no one so titled: the nearest person before whom the text
        described so in apposition ("Paul Reyes, the mayor, spoke", "X, 45, a Lima
        engineer,", "Ecuador's environment minister, Jorge Vega,"), within the last few
        sentences."""
        i = bisect.bisect_right(self._person_ends, pos)
        here = self._sentence_of(pos)
        for n in reversed(self.persons[:i]):
            if self._sentence_of(n.start) < here - _APPOSED_BACK:
                break
            hit = _APPOSITION.match(self.text, n.end)
            if hit is not None and hit.group(1).lower() == head:
                return n
            before = self.text[max(0, n.start - 40) : n.start].lower()
            if re.search(r"\b" + re.escape(head) + r",\s*$", before):
                return n  # "Ecuador's environment minister, Jorge Vega,"
        return None

    def _untitled_subject(self, pos: int, head: str) -> Name | None:
        """For "the French president" with no one so titled: the subject of the sentence
        just before, when the text gives that person no other title (news prose names a
        person, then goes on with a description of them by country and office; a place
        is never the answer). A bare "the spokesman" is someone else."""
        n = self._antecedent(pos, None, 1, self.sex_of)
        if n is None or any(t in lx.TITLES and t != head for t in n.title):
            return None
        return n

    def _name_before_head(self, m: Mention) -> Name | None:
        """The name that modifies a description's head word ("the [White House]
        statement"), if the head follows it directly."""
        i = bisect.bisect_right(self._starts, m.end) - 1
        if i < 0:
            return None
        n = self.names[i]
        if n.start < m.start or n.end >= m.end:
            return None
        return n if re.fullmatch(r" [\w-]+", self.text[n.end : m.end]) else None

    def _resolve_pronoun(self, m: Mention, para: int) -> str | None:
        """he / she: the speaker of the quote just before, unless a later sentence made
        someone else its subject; the sex of the pronoun must fit. they / we / I: the
        speaker just before only."""
        low = m.text.lower()
        low = lx.POSSESSIVE_PRONOUNS.get(low, low)
        ls = self.last_speaker
        recent = ls is not None and ls[0] >= para - 1
        if low in ("i", "we"):
            label = self._turn_label(m.start)
            if label is not None:  # "MR PRICE: … As I said, “…”": the turn's speaker
                return self.full_name(label)
        if low not in lx.PRONOUN_SEX:
            return ls[1] if recent and ls is not None else None
        if self._titled_subject(m.start):
            return None  # "From Jamaica, Open Window reviews a fair, where she says": the blog
        sex = lx.PRONOUN_SEX[low]
        fits = recent and ls is not None and self.sex_of_name(ls[1]) in (None, sex)
        cand = self.antecedent(m.start, sex)
        if fits and ls is not None:
            if cand is None or self._sentence_of(cand.start) <= self._sentence_of(ls[2]) \
                    or self.full_name(cand) == ls[1]:
                return ls[1]
            # someone named after the last quote's sentence: the newer subject wins only
            # when it opens its sentence (a new topic), not as an object or in passing
            if self._object(cand):
                return ls[1]
        return self.full_name(cand) if cand is not None else None

    def _titled_subject(self, pos: int) -> bool:
        """On a page about blogs, the sentence of a pronoun at pos opens (past a "From X,"
        phrase) with a capitalised subject and its lower-case verb, and that subject is no
        person's name (a blog named by its title, "Open Window reviews …, where she says"):
        the pronoun is the blog's, no person is named (the gold's convention)."""
        if not self._blogs:
            return False
        s = self._sent_starts[self._sentence_of(pos)]
        lead = _LEAD_SUBJECT.match(self.text, s, pos)
        if lead is None:
            return False
        n = self.by_start.get(lead.start(1))
        if n is not None and (n in self.persons and not self._blog_name(n)
                              or n.possessive or is_place(n.text)):
            return False
        if n is None:  # a run find_names leaves out: common words set as a title
            words = lead.group(1).split()
            return len(words) >= 2 and all(w[:1].isupper() for w in words) and \
                not any(w.lower() in lx.DETERMINERS for w in words)
        return n.end == lead.end(1)

    def _turn_label(self, pos: int) -> Name | None:
        """The person whose turn of a transcript the line at pos is ("MR PRICE: …",
        "SECRETARY BLINKEN: …"): a name opening the line, a colon right after it."""
        ls = self.text.rfind("\n", 0, pos) + 1
        hit = _TURN_LABEL.match(self.text, ls, pos)
        if hit is None:
            return None
        i = bisect.bisect_left(self._starts, ls)
        for n in self.names[i : i + 3]:
            if n.end == hit.end(1) and n in self.persons:
                return n
        return None

    def note_speaker(self, para: int, name: str | None, pos: int) -> None:
        if name is not None:
            self.last_speaker = (para, name, pos)


_CAPTION = re.compile(lx.CAPTION_CUES, re.I)
_CHAIN_WORDS = {"M": re.compile(r"\b(?:[Hh]e|[Hh]is|him)\b"),
                "F": re.compile(r"\b(?:[Ss]he|[Hh]er|hers)\b")}
_ASKS_PRONOUN = re.compile(r"\s+(?:then |later |also )?(" + "|".join(sorted(lx.ASKING_VERBS))
                           + r")\s+(him|her)\b", re.I)
_ADJECTIVE_TOKEN = re.compile(r"-[a-z]+$")  # "Lima-based", "U.S.-led"
# ", the mayor,", ", 45, a Lima engineer,": a description in apposition, and its head
_APPOSITION = re.compile(r",(?: \d{1,3},)? (?:the|a|an) (?:[\w’'.-]+ ){0,3}?([a-z][\w-]*)[,.]")
_APPOSED_BACK = 3  # sentences
_SUBORDINATORS = frozenset({"after", "when", "while", "although", "though", "because", "if",
                           "since", "before", "until", "unlike", "like", "once", "whereas",
                           "despite", "as"})
_PASSIVE_BY = re.compile(r"\b(?:was|were|is|are|been|being|be)\s+(?:\w+\s+)?\w+(?:ed|en|wn|ht|"
                         r"ung|ade|ld|id)\s+(?:\w+\s+)?by\s+(?:[A-Z][\w.-]*\s+){0,3}$")
_BEFORE_ADJECTIVE = lx.DETERMINERS | {"this", "that", "these", "those", "our", "my", "your"}
# heads that describe a person by what they are, not by an office: age, hand, origin
_PERSON_HEAD = re.compile(r"\d+-year-old|(?:left|right)-hander|native|resident|veteran")
_TURN_LABEL = re.compile(r"\s*(?:[A-Z][A-Za-z.'-]* ){0,3}([A-Z][A-Z'-]+):")
_CHAIN_BACK = 30  # sentences a chain of "He ..." may carry its person over
_BLOGGISH = re.compile(r"\b(?:blog|podcast|post|posts|posted|website|site)\b", re.I)
_WHICH_REACH = 80  # characters of the "which" clause read for it
_WHICH = re.compile(r",? which\b")  # a thing's relative pronoun, not a person's "who"
_BLOG_HEAD = re.compile(r" (?:blog|blogs|podcast|vlog)\b")
# A name, "on", a place, then a lower-case verb: a blog's title as a subject ("Jean
# Baptiste on Haiti reviews ..."), not a person speaking on a day or at a place.
_ON_PLACE = re.compile(r" on ([A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?) (?=[a-z])")
_BLOG_PAGE = re.compile(r"\bblog", re.I)  # blog, blogger, blogosphere, blogged
_LEAD_SUBJECT = re.compile(r"\s*(?:From [A-Z][\w .’'-]{0,30}, )?"
                           r"([A-Z][\w’'.-]*(?: [A-Z0-9][\w’'.-]*){0,5}) [a-z]+s\b")
_INTERVIEW_CUE = re.compile(r"\b(?:[Ii]nterview(?:ed|s|ing)?\s+with|[Ii]nterview(?:ed|s|ing))\b")
_WAS_BEFORE = re.compile(r"\b(?:was|were|is|been)\s+$")
_BY = re.compile(r"\s+by\s+")
_BY_REACH = 120  # characters of an "Interview with Y" line read for its "by X"
# Between a capitalised service or office and the name ("said Army[ Staff Sgt. ]Jo Dawkins",
# "said Commanding Officer[, Cmdr. ]Jo Bennett"): _TITLE_GAP's capitalised words, with commas.
_CAPS_GAP = re.compile(r"\.?(?:,? [A-Z][\w’'-]*\.?)*,? ")
# Between a title word and the name it belongs to ("Secretary[ of State ]Marco Rubio").
_TITLE_GAP = re.compile(r"(?: (?:of|for|the|and|[A-Z][\w.’'-]*|\d+(?:st|nd|rd|th)))* ")
# What follows a possessive name: a lower-case head, or a run of capitalised words.
_OWNED = re.compile(r"[’'‘]s? ([a-z][\w-]*|[A-Z][\w-]*(?: [A-Z][\w-]*)*)")
# After a title: an optional "for/of/at the Capitalised Body", then ", " and the name.
_APPOSED = re.compile(
    r"(?: (?:for|of|at|in) (?:the )?(?:[A-Z][\w.&-]*(?: (?:of|and|for|the))? ?)+)?, ")
_BOUNDARY = re.compile(r"[.!?][\"'”’)\]]*\s+|[\r\n]+")


def _caption_lines(text: str) -> list[tuple[int, int]]:
    """Spans of the lines that are photo captions: a line with a caption cue, and the
    short line right above a credit line ("Jean Charest in 2010" ¶ "Image: US Mission")
    when it has no sentence end of its own."""
    lines = [(m.start(), m.end(), m.group()) for m in re.finditer(r"[^\r\n]+", text)
             if m.group().strip()]
    out: set[tuple[int, int]] = set()
    for i, (s, e, line) in enumerate(lines):
        if _CAPTION.search(line):
            out.add((s, e))
            if i > 0 and _CREDIT_LINE.match(line):
                ps, pe, prev = lines[i - 1]
                if len(prev.split()) <= _CAPTION_WORDS and \
                        prev.rstrip()[-1:] not in ".!?:\"”":
                    out.add((ps, pe))
    return sorted(out)


def _name_lines(text: str, names: list[Name]) -> set[tuple[int, int]]:
    """Lines that only name a person, or open with a name and a present-tense verb and
    end with a date: a byline, a label under a photo ("Mark Ellis", "By Mark Ellis"),
    a caption ("Mark Ellis visits the site on Monday, June 3, 2019."). Their names are
    no antecedents for the prose around them."""
    starts = {n.start: n for n in names}
    out: set[tuple[int, int]] = set()
    for m in re.finditer(r"[^\r\n]+", text):
        line = m.group()
        lead = len(line) - len(line.lstrip())
        by = re.match(r"(?:by|photo:?|image:?)\s+", line[lead:], re.I)
        n = starts.get(m.start() + lead + (by.end() if by else 0))
        if n is None:
            continue
        rest = text[n.end : m.end()].strip()
        if not rest or _CAPTION_VERB.match(text, n.end) and _DATED_END.search(rest) and \
                len(line.split()) <= _CAPTION_WORDS * 2 and not any(c in line for c in "“”\""):
            out.add((m.start(), m.end()))
    return out


# a caption's present tense right after the name ("X visits", "X, left, speaks")
_CAPTION_VERB = re.compile(r"(?:,[^,\n]{1,40},)? (?!says\b)[a-z]+s\b")
_DATED_END = re.compile(r"\b(?:1[89]|20)\d\d\.?\s*$")
_CREDIT_LINE = re.compile(r"\s*(?:photo|image|picture|credit)s?\s*(?:credit\s*)?[:/|]", re.I)
_CAPTION_WORDS = 12  # a caption above a credit line is short


def _sentence_starts(text: str) -> list[int]:
    """Starts of the text's sentences (a full stop after an abbreviation or an initial
    does not end one; a line break always does). Linear in the text."""
    out = [0]
    for m in _BOUNDARY.finditer(text):
        if text[m.start()] == ".":
            w = re.search(r"(\S+)$", text[max(0, m.start() - 12) : m.start()])
            word = w.group(1).lower().strip("(“\"‘'") if w else ""
            if word in lx.ABBREVIATIONS or len(word) == 1 or "." in word:
                continue
        out.append(m.end())
    return out


def _office_trimmed(text: str, names: list[Name]) -> list[Name]:
    """"Secretary of State Kerry", "Minister of Foreign Affairs Lavrov": the name finder
    keeps the office's field with the surname ("State Kerry", its title "secretary of"),
    which is nobody's name (and, longer than "John Kerry", would win as his full name).
    The field's words (words of the language) are cut off the front and join the title
    when what is left is a surname: no word of the language ("Lavrov"), or the surname of
    a person the page names otherwise ("John Kerry" ... "Secretary of State Kerry"); an
    office alone ("Director of National Intelligence") stays as it was."""
    from corpus.preannotate.gazetteer import is_common_word

    if not any(n.title[-1:] == ("of",) and len(n.tokens) >= 2 for n in names):
        return names
    known = {n.last for n in names if n.title[-1:] != ("of",) and (
        len(n.tokens) >= 2 or any(t in lx.TITLES for t in n.title))
        and looks_like_person(n, set())}
    out: list[Name] = []
    for n in names:
        k = 0
        if n.title[-1:] == ("of",):
            while k < len(n.tokens) - 1 and is_common_word(n.tokens[k]) and \
                    n.tokens[k].lower() not in lx.LINK_PARTICLES:
                k += 1
        rest = n.tokens[k:]
        if not k or not (n.last in known or not is_common_word(rest[-1])) or \
                any(t.lower() in lx.LINK_PARTICLES for t in rest[:1]):
            out.append(n)
            continue
        pos = n.start
        for tok in n.tokens[:k]:
            pos = text.index(tok, pos) + len(tok)
        start = text.index(rest[0], pos)
        out.append(Name(start, n.end, text[start : n.end],
                        n.title + tuple(t.lower() for t in n.tokens[:k]), n.possessive,
                        False, list(rest), n.shout))
    return out


def _no_name(n: Name, person_last: set[str]) -> bool:
    """A capitalised word that only opens its sentence: a gerund ("Dying in Haiti marks
    …", a blog's title), no one's name unless the page gives a person that surname."""
    from corpus.preannotate.gazetteer import given_names

    low = n.last
    return len(n.tokens) == 1 and n.sentence_initial and low.endswith("ing") and \
        low not in person_last and low not in given_names()


def _role_word(w: str) -> bool:
    """A lower-case word that can stand between an organisation and a person's name."""
    return w in lx.TITLES or w in lx.ROLE_NOUNS or (
        w.endswith(("ist", "er", "or", "ian", "ant", "ent")) and w not in lx.SPEECH_VERBS)


def is_cue(toks: list[Token], k: int) -> bool:
    """toks[k] is a reporting verb used as a verb (not "the call", "in comments")."""
    t = toks[k]
    if t.low in lx.READ_CUES:  # "The White House statement read, “…”"
        return k > 0 and toks[k - 1].low in lx.WRITTEN_NOUNS and not t.cap
    if t.low in lx.PARTICLE_CUES and not (k > 0 and t.cap):  # "shot back", "pointed out"
        return k + 1 < len(toks) and toks[k + 1].low in lx.PARTICLE_CUES[t.low]
    if t.low not in lx.SPEECH_VERBS or (k > 0 and t.cap):  # "State Department"
        return False
    if t.low.endswith("ed") and k > 0 and toks[k - 1].low in _BEFORE_ADJECTIVE:
        return False  # "the accused photo", "its stated aim": an adjective
    if t.low in lx.NOUN_LIKE and k > 0 and (toks[k - 1].low in lx.DETERMINERS or toks[k - 1].low
                                           in ("this", "that", "these", "those", "phone")):
        return False
    if t.low in lx.NOUN_LIKE and k + 1 < len(toks) and toks[k + 1].low == "of":
        return False  # "the American state of Virginia": a noun
    if k > 0 and toks[k - 1].low == "so" and t.low == "called":
        return False
    return True


_BE = frozenset({"was", "were", "is", "are", "been", "being", "be", "am"})
_PASSIVE_SKIP = frozenset({"also", "then", "later", "again", "repeatedly", "reportedly", "not",
                           "never", "often", "once", "recently", "previously", "first",
                           "being"})


def passive_cue(res: Resolver, toks: list[Token], k: int) -> tuple[bool, Mention | None]:
    """'X was asked (by Y)', '“…?” he was asked': a cue in the passive; its subject is
    the one spoken to, so the speaker is the agent after "by", or nobody named. (Not
    "was quoted as saying", "was reported as saying": the subject speaks there.)"""
    t = toks[k]
    if not (t.low.endswith("ed") or t.low in ("told", "written", "spoken")):
        return False, None
    if k + 1 < len(toks) and toks[k + 1].low == "as":
        return False, None
    j = k - 1
    while j >= 0 and toks[j].low in _PASSIVE_SKIP:
        j -= 1
    if j < 0 or toks[j].low not in _BE:
        return False, None
    if k + 2 < len(toks) and toks[k + 1].low == "by":
        return True, res.np_starting(toks, k + 2)
    return True, None


def subject_of(res: Resolver, toks: list[Token], k: int, clause_start: int) -> Mention | None:
    """The speaker of the cue toks[k]: adjacent subject, else the clause's first phrase."""
    j = k - 1
    while j >= 0 and toks[j].low in _ADVERBS and toks[j].start >= clause_start:
        j -= 1
    if j >= 0 and toks[j].start >= clause_start and toks[j].low not in ("and", "but", "or"):
        comma = "," in res.text[toks[j].end : toks[k].start]
        o = _parenthetical_open(res.text, toks, j, clause_start) if comma else None
        if o is not None and (m := res.np_ending(toks, o)) is not None and (
                m.kind != "name" or _nameish_subject(res, m)):
            return m  # "X, asked by Y whether …, said": X, the clause's subject, speaks
        if not (comma and toks[k].low.endswith("ing")):
            m = res.np_ending(toks, j)
            if m is not None and _after_preposition(toks, m) and (
                    m.kind == "description" or m.kind == "name" and not _role_before(toks, m)
                    and _place_name(res, toks, m)):
                m = None  # "X, in a statement, said", "X of Peru said": no subject
            if m is not None and m.kind == "name" and (unit := _unit_chain(res, m)) is not None:
                return unit  # "Sgt. X, B Battery, 2nd Battalion, 4th Field Artillery said"
            if m is not None and (m.kind != "name" or _nameish_subject(res, m)):
                return _apposed_subject(res, _governed(
                    res, toks, _joined(res, toks, m, clause_start), clause_start))
            if not comma and j == k - 1 and toks[k].low.endswith("ing"):
                m = _noun_before(res, toks, j, clause_start)
                if m is not None:  # "an editorial suggesting that": the editorial
                    return m
    m = first_np(res, toks, k, clause_start)
    if m is None and toks[k].low.endswith("ing") and k > 0 \
            and "," in res.text[toks[k - 1].end : toks[k].start]:
        return _main_subject(res, toks, k, clause_start)
    return m


def _main_subject(res: Resolver, toks: list[Token], k: int, clause_start: int
                  ) -> Mention | None:
    """'Speaking at length, Roe explains why ..., stressing that': the subject of a
    participle cue after a comma is the main clause's, the first person named in the
    clause before a lower-case verb."""
    for n in res.persons:
        if n.start < clause_start or n.start >= toks[k].start:
            continue
        nxt = re.match(r" ([a-z]+)", res.text[n.end : n.end + 20])
        if nxt and not n.possessive:
            return Mention(n.start, n.end, n.text, "name")
    return None


_RELATIVE = frozenset({"who", "whom", "whose"})
_PARENTHETICAL_WORDS = 12  # words of a parenthetical between a subject and its cue


def _parenthetical_open(text: str, toks: list[Token], j: int, clause_start: int
                        ) -> int | None:
    """In "X, asked by Y whether …, said" or "X, who was asked by Y, said" the words
    between the commas are a parenthetical (a passive participle with its agent, a
    relative clause): the last token before its opening comma, else None."""
    for i in range(j, max(0, j - _PARENTHETICAL_WORDS), -1):
        if toks[i - 1].start < clause_start:
            return None
        if "," not in text[toks[i - 1].end : toks[i].start]:
            continue
        t = toks[i]
        passive = i + 1 <= j and toks[i + 1].low == "by" and \
            t.low.endswith(("ed", "en", "wn", "ht"))
        return i - 1 if passive or t.low in _RELATIVE else None
    return None


_TALKED = frozenset({"spoke", "talked", "speaking", "talking", "spoken"})
_PREPOSITIONS = frozenset({"in", "on", "at", "during", "via", "through", "with", "of", "from",
                           "for", "to", "near", "outside", "inside"})


def _after_preposition(toks: list[Token], m: Mention) -> bool:
    """The phrase is a preposition's object ("in a statement", "of Peru", "at the Lima
    Museum"), not the subject of the verb after it."""
    i = next((i for i, t in enumerate(toks) if t.start == m.start), -1)
    if i > 0 and toks[i - 1].low == "the":
        i -= 1
    return i > 0 and toks[i - 1].low in _PREPOSITIONS


def _place_name(res: Resolver, toks: list[Token], m: Mention) -> bool:
    """A place's name ("of Peru"), or any name no person's or body's after a preposition
    of place ("speaking in Lima")."""
    n = res.by_start.get(m.start)
    if n is None:
        return False
    if n.is_place_or_group() or is_place(n.text):
        return True
    i = next((i for i, t in enumerate(toks) if t.start == m.start), 0)
    return i > 0 and toks[i - 1].low in ("in", "at", "from", "near") and \
        n not in res.persons and not n.is_org_like()


def _role_before(toks: list[Token], m: Mention) -> bool:
    """A role word governs the preposition ("a spokesman for X", "the mayor of Lima")."""
    i = next((i for i, t in enumerate(toks) if t.start == m.start), -1)
    if i > 0 and toks[i - 1].low == "the":
        i -= 1
    return i > 1 and lx.is_role(toks[i - 2].low)


_UNIT_PART = re.compile(r"(?:\d+(?:st|nd|rd|th) |[A-Z]\.? )?(?:[A-Z][\w’'-]* ?){1,4}")
_UNIT_HOPS = 4


def _unit_chain(res: Resolver, m: Mention) -> Mention | None:
    """A person's units or bodies set off by commas after the name ("Sgt. Ana Cole, B
    Battery, 2nd Battalion, 4th Field Artillery said"): the person speaks, not the last
    unit before the verb. None unless the chain, short capitalised parts only, leads back
    to a person's name."""
    n = res.by_start.get(m.start)
    if n is None or not n.is_org_like():
        return None
    pos = m.start
    ordinal = re.search(r"\d+(?:st|nd|rd|th) $", res.text[max(0, pos - 8) : pos])
    if ordinal is not None:  # "4th Field Artillery"
        pos -= len(ordinal.group())
    for _ in range(_UNIT_HOPS):
        if res.text[pos - 2 : pos] != ", ":
            return None
        person = res.by_end.get(pos - 2)
        if person is not None and person in res.persons and not person.possessive:
            return Mention(person.start, person.end, person.text, "name")
        cut = res.text.rfind(", ", max(0, pos - 40), pos - 2)
        if cut < 0 or not _UNIT_PART.fullmatch(res.text[cut + 2 : pos - 2]):
            return None
        pos = cut + 2
    return None


def _apposed_subject(res: Resolver, m: Mention) -> Mention:
    """A description set off by commas right after a person's name ("Reyes, the mayor of
    Lima, said"): the name is the subject, the description only says who that is."""
    if m.kind != "description" or res.text[m.start - 2 : m.start] != ", " or \
            res.text[m.end : m.end + 1] != ",":
        return m
    n = res.by_end.get(m.start - 2)
    if n is None or n.possessive or n.is_org_like() or n.is_place_or_group() or \
            is_place(n.text):
        return m  # ("Lima, the capital,": a place)
    return Mention(n.start, n.end, n.text, "name")


def _governed(res: Resolver, toks: list[Token], m: Mention, clause_start: int) -> Mention:
    """A name governed by a role word ("a spokesman for John Smith"): the role speaks,
    the description is the speaker mention."""
    i = next((i for i, t in enumerate(toks) if t.start == m.start), -1)
    if m.kind != "name" or i < 2 or toks[i - 1].low not in ("for", "of", "at") or \
            not lx.is_role(toks[i - 2].low) or toks[i - 2].low in lx.TITLES and \
            toks[i - 2].cap or res.text[toks[i - 2].end : m.start] != f" {toks[i - 1].text} ":
        return m
    s = toks[i - 2].start
    for j in range(i - 3, max(-1, i - 6), -1):
        if toks[j].start < clause_start or res.text[toks[j].end : toks[j + 1].start] != " ":
            break
        if toks[j].low in lx.DETERMINERS:
            s = toks[j].start
            break
    return Mention(s, m.end, res.text[s : m.end], "description")


_OF_PLACE = frozenset({"from", "of", "in", "at", "based"})


def _joined(res: Resolver, toks: list[Token], m: Mention, clause_start: int) -> Mention:
    """Two subjects joined by "and" ("aka_lol and Plain Talk blog about"): the pair,
    as a description no single speaker is named by."""
    i = next((i for i, t in enumerate(toks) if t.start == m.start), -1)
    if m.kind != "name" or i < 2 or toks[i - 1].low not in ("and", "&") or \
            toks[i - 2].start < clause_start or not (toks[i - 2].cap or "_" in toks[i - 2].text):
        return m
    first = res._name_covering(toks[i - 2])
    s = first.start if first is not None else toks[i - 2].start
    return Mention(s, m.end, res.text[s : m.end], "description")


def _noun_before(res: Resolver, toks: list[Token], j: int, clause_start: int
                 ) -> Mention | None:
    """The noun phrase a participle cue modifies ("a newspaper editorial suggesting"):
    a determiner, at most two modifiers, a lower-case head."""
    head = toks[j]
    if not head.text.isalpha() or not head.text.islower() or head.low in _ADVERBS or \
            head.low in _INTRO or head.low in lx.DETERMINERS or head.low in lx.STOP_CAPS:
        return None
    for i in range(j - 1, max(-1, j - 4), -1):
        t = toks[i]
        if t.start < clause_start or res.text[t.end : toks[i + 1].start] != " ":
            return None
        if t.low in lx.DETERMINERS:
            return Mention(t.start, head.end, res.text[t.start : head.end], "description")
        if t.low in lx.STOP_CAPS or t.low in _INTRO:
            return None
    return None


def _nameish_subject(res: Resolver, m: Mention) -> bool:
    n = res.by_start.get(m.start)
    if n is None:
        return True
    low = n.text.lower()
    return low not in lx.MONTHS and low not in lx.WEEKDAYS


# Subordinators whose clause has a subject of its own ("…, while a quiet view suggests").
_OWN_CLAUSE = frozenset({"while", "whereas", "although", "though"})


def first_np(res: Resolver, toks: list[Token], k: int, clause_start: int) -> Mention | None:
    """First speaker-like phrase of the nearest clause before the cue.

    Clauses are split at , ; : and those opening with an introductory word ("As ...",
    "According to ...") are skipped: "As leaders met, Russia warned, saying" -> Russia.
    """
    seg_toks = [i for i in range(k) if toks[i].start >= clause_start]
    segments: list[list[int]] = [[]]
    for i in seg_toks:
        if segments[-1] and re.search(r"[,;:()—–]", res.text[toks[segments[-1][-1]].end :
                                                             toks[i].start]):
            segments.append([])
        segments[-1].append(i)
    for seg in reversed(segments):
        if seg and seg is segments[-1] and toks[seg[0]].low in _OWN_CLAUSE and \
                seg[-1] == k - 1 and (m := _first_in(res, toks, seg[1:], k)) is not None:
            return m  # "X suggests a way, while a quiet view suggests that": the view
        if not seg or toks[seg[0]].low in _INTRO:
            continue
        if seg is not segments[0] and toks[seg[0]].text.islower() and \
                toks[seg[0]].low.endswith("ing") and toks[seg[0]].low not in lx.PRONOUNS:
            continue  # "X, representing the Army National Guard, said": an apposed participle
        if seg is not segments[0] and toks[seg[0]].text.islower() and \
                toks[seg[0]].low.endswith("ed") and toks[seg[0]].low not in lx.SPEECH_VERBS \
                and k < len(toks) and "," in res.text[toks[seg[-1]].end : toks[k].start]:
            continue  # "X, pictured here in Iraq in 2007, said": an apposed past participle
        m = _first_in(res, toks, seg, k)
        if m is not None and m.kind != "pronoun" and _spoken_to(toks, seg, k, m):
            continue  # "X spoke to the broadcaster Y about it, saying": Y is spoken to
        if m is not None and m.kind == "description" and m.start == toks[seg[0]].start:
            # "Annie Paul, a writer and critic, wrote": the description is in apposition
            # to the person named just before it, who is the subject
            n = res.by_end.get(m.start - 2)
            if n is not None and res.text[m.start - 2 : m.start] == ", " and \
                    not n.possessive and n in res.persons and n.start >= clause_start:
                return Mention(n.start, n.end, n.text, "name")
        if m is not None:
            return m
    return None


def _spoken_to(toks: list[Token], seg: list[int], k: int, m: Mention) -> bool:
    """Before a participle cue ("..., saying"), the phrase after "spoke to" / "talked with"
    is the one spoken to, not the speaker."""
    return k < len(toks) and toks[k].low.endswith("ing") and any(
        toks[i].low in ("to", "with") and i > 0 and toks[i - 1].low in _TALKED
        and toks[i].end <= m.start for i in seg)


def _first_in(res: Resolver, toks: list[Token], seg: list[int], k: int) -> Mention | None:
    for i in seg:
        t = toks[i]
        if t.low in lx.PRONOUNS:
            return Mention(t.start, t.end, t.text, "pronoun")
        n = res.by_start.get(t.start)
        if n is not None and _nameish_subject(res, n_mention(n)):
            m = res.np_starting(toks, i)
            if m is not None:
                return m
        if t.low in lx.DETERMINERS:
            for j in range(i + 1, min(i + 6, k)):
                if lx.is_role(toks[j].low):  # "a young artist from Barbados": the artist
                    m = res.np_ending(toks, j)
                    if m is not None:
                        return m
                if res.text[toks[j - 1].end : toks[j].start] != " ":
                    break
                if toks[j].cap:
                    n = res._name_covering(toks[j])
                    if n is None or n.possessive or n in res.persons or j == k - 1:
                        break
                    continue  # "the Lima native": a place modifying the head
                if j + 1 < k and toks[j + 1].low in _OF_PLACE and toks[j].text.isalpha():
                    # "a young painter from Accra": the painter, whatever the head word
                    return Mention(t.start, toks[j].end, res.text[t.start : toks[j].end],
                                   "description")
                if j == k - 1 and toks[j].low not in _ADVERBS and \
                        res.text[toks[j].end : toks[k].start] == " " and (
                        toks[j].text.isalpha() and toks[j].text.islower()
                        or _PERSON_HEAD.fullmatch(toks[j].low)):
                    # "his wife said", "the 24-year-old said", "the Lima native said"
                    return Mention(t.start, toks[j].end, res.text[t.start : toks[j].end],
                                   "description")
    return None


def n_mention(n: Name) -> Mention:
    return Mention(n.start, n.end, n.text, "name")
