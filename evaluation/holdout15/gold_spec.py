"""Collection 15's quotes and PERSON mentions (held out), by reading (holdout15_a, an AI
session, Anthropic Claude; one pass, no second pass, no adjudication, no human review), made
before any StoryDrift annotator ran on these pages. The row formats of P and Q are the ones
collection_builder.py reads (see person_mentions, quote_records); offsets come from string
search on the exact page text and are checked there."""
U = True
NO = None
F = False
BY = 'holdout15_a'
TRUNC = 'truncated: the page ends inside the quotation'
P = {  # doc: [(surface, entity_id, uncertain, note)]
 'ev-ca1c6f0cd9': [('Recep Tayyip Erdogan', 'per:recep-tayyip-erdogan', F, "'Turkish President Recep Tayyip Erdogan'"),
                   ('Hussein Malla', 'per:hussein-malla', F, "photo credit '(AP Photo/Hussein Malla)', printed twice with its caption (rule 7)"),
                   ('Ozal Pikal', 'per:ozal-pikal', F, "'former reporter Ozal Pikal'"),
                   ('Aysan Kurt', 'per:aysan-kurt', F, "'said 27-year-old Aysan Kurt'")],
 'ev-e4c34b5022': [('William J. Jefferson', 'per:william-j-jefferson', F, "'Former (U.S.) Congressman William J. Jefferson' (headline and lede)"),
                   ('Jefferson', 'per:william-j-jefferson', F, "also after 'Mr.' and before a possessive ('Mr. Jefferson’s')"),
                   ('Mythili Raman', 'per:mythili-raman', F, "'Principal Deputy Assistant Attorney General Mythili Raman'"),
                   ('Neil H. MacBride', 'per:neil-h-macbride', F, "'Neil H. MacBride, U.S. Attorney for the Eastern District of Virginia'")],
 'ev-1ee2cc3ea5': [('Deval Patrick', 'per:deval-patrick', F, "in the title ('Remarks by the President and Governor Deval Patrick')"),
                   ('PATRICK', 'per:deval-patrick', F, "speaker label 'GOVERNOR PATRICK:' (rule 1); 'the President' (not named on the page) is no mention")],
 'ev-b9fb240dbf': [('Diego Fedele', 'per:diego-fedele', F, "photo credit '(Diego Fedele/AAP Image via AP)', printed twice (rule 7)"),
                   ('Elizabeth Robinson', 'per:elizabeth-robinson', F, "post-posed 'said Elizabeth Robinson'"),
                   ('Kim Cobb', 'per:kim-cobb', F, NO),
                   ('Charlie Riedel', 'per:charlie-riedel', F, "photo credit '(AP Photo/Charlie Riedel, File)', printed twice (rule 7)")],
 'ev-83234360c0': [('Andrew Poliak', 'per:andrew-poliak', F, "'Andrew Poliak, of automotive technology supplier QNX'; 'Mic' at the page's end is a name cut mid-word, no mention (rule 2)")],
 'ev-e04f3caf93': [('Andrew Poliak', 'per:andrew-poliak', F, "as in version 1 (ev-83234360c0); 'Mi' at the page's end is no mention (rule 2)")],
 'ev-04fe7cbfa9': [('Louisa', 'per:louisa-gv', F, "a Global Voices author named by her first name only ('Louisa writes a report'); the entity named as the page gives it"),
                   ('Rosa Otunbaeva', 'per:rosa-otunbaeva', F, "'Incumbent president of Kyrgyzstan Rosa Otunbaeva'"),
                   ('Malika', 'per:malika-gv', F, "a Global Voices author named by her first name only ('Malika reports'); the entity named as the page gives it"),
                   ('Anderson Cooper', 'per:anderson-cooper', F, "in a headline before a possessive ('Anderson Cooper’s Attention') and in its teaser"),
                   ('Anna Gueye', 'per:anna-gueye', F, "'Global Voices author Anna Gueye', twice"),
                   ('Houphouët-Boigny', 'per:felix-houphouet-boigny', U, "in a headline ('The Difficult Legacy of Houphouët-Boigny'): Côte d'Ivoire's first president, Félix Houphouët-Boigny, named by surname only (a world-knowledge link, h15-adj-3)")],
 'ev-9be2a489b4': [('Sarah Long', 'per:sarah-long', F, "the presenter ('I’m Sarah Long.')"),
                   ('Steve Ember', 'per:steve-ember', F, "the presenter ('And I’m Steve Ember.')"),
                   ('Lee Bong-Ju', 'per:lee-bong-ju', F, "with a pronunciation guide in parentheses ('(Bahng-‘ZHEW)'), which is no part of the name"),
                   ('Catherine Ndereba', 'per:catherine-ndereba', F, "with a pronunciation guide in parentheses ('(Dair ‘EH bah)')")],
 'ev-b32ea57ff0': [('Dick Lobo', 'per:dick-lobo', F, "in a photo caption printed twice"),
                   ('David Ensor', 'per:david-ensor', F, "'VOA Director David Ensor', in the caption printed twice"),
                   ('Bob Long', 'per:bob-long', F, "'Bob Long, a program analyst in the OPR'")],
 'ev-193697eacd': [('Jean-Marie Okwo-Bele', 'per:jean-marie-okwo-bele', F, "'director of immunization for the World Health Organization'"),
                   ('Okwo-Bele', 'per:jean-marie-okwo-bele', F, "after 'Dr.', three times"),
                   ('Laurel Bowman', 'per:laurel-bowman', F, "the reporter's sign-off ('For VOA Learning English, I'm Laurel Bowman.')")],
 'ev-713fd22ba3': [('Cynthia Kirk', 'per:cynthia-kirk', F, "byline 'By Cynthia Kirk'"),
                   ('Gwen Outen', 'per:gwen-outen', F, "the presenter ('I'm Gwen Outen with the VOA Special English Health Report.')")],
 'ev-8ac5d182c8': [('Victoria Clarke', 'per:victoria-clarke', F, "'Victoria Clarke ASD (PA)' in the transcript's source line"),
                   ('Clarke', 'per:victoria-clarke', F, "speaker label 'Clarke:' and 'Ms. Clarke'"),
                   ('John W. Rosa, Jr.', 'per:john-w-rosa-jr', F, "'Air Force Brigadier General John W. Rosa, Jr.' (the suffix kept as written, rule 8)"),
                   ('Rosa', 'per:john-w-rosa-jr', F, "speaker label 'Rosa:'"),
                   ('Marc A. Anderson', 'per:marc-a-anderson', F, "'Specialist Marc A. Anderson, 30, of Brandon, Florida' (rank out)"),
                   ('Matthew A. Commons', 'per:matthew-a-commons', F, "'Private First Class Matthew A. Commons' (rank out)"),
                   ('Bradley S. Crose', 'per:bradley-s-crose', F, "'Sergeant Bradley S. Crose, 27 [22]' (rank out; the bracketed correction is of his age)"),
                   ('Philip J. Svitak', 'per:philip-j-svitak', F, "'Sergeant Philip J. Svitak' (rank out)"),
                   ('Neil C. Roberts', 'per:neil-c-roberts', F, "'Aviation Boatswain's Mate-Handling Petty Officer 1st Class Neil C. Roberts' (rating and rank out)"),
                   ('John A. Chapman', 'per:john-a-chapman', F, "'Tech Sergeant John A. Chapman, 36, of Waco, Texas' (rank out); the existing entity reused by name (the Air Force combat controller killed in Operation Anaconda)"),
                   ('Jason D. Cunningham', 'per:jason-d-cunningham', F, "'Senior Airman Jason D. Cunningham' (rank out)")],
 'ev-7f0fd7627f': [('Jonathon Winterview', 'per:jonathon-winterview', F, "the Wikinews interviewer, also inside the label '((Wikinews (Jonathon Winterview)))'"),
                   ('White', 'per:jeffrey-white', U, "'Judge White stated ...' (title out): Jeffrey White, the federal judge who issued the Wikileaks injunction (world knowledge, h15-adj-4); the possessive 'Judge Whites' (no apostrophe) is in INSIDE")],
 'ev-f8451cafed': [('Peter Cook', 'per:peter-cook', F, "'Pentagon Press Secretary Peter Cook' (presenter line and title)"),
                   ('PETER COOK', 'per:peter-cook', F, "speaker label 'PETER COOK:' (rule 1)"),
                   ('COOK', 'per:peter-cook', F, "speaker label 'MR. COOK:' (title out, rule 1)"),
                   ('Tony', 'per:tony-dod-reporter', F, "a reporter called on by his first name ('Tony, I'll begin with you.'); the entity named as the page gives it")],
}
# a name inside a longer token: (doc, text before, surface, entity, uncertain, note)
INSIDE = [
 ('ev-7f0fd7627f', 'Judge ', 'White', 'per:jeffrey-white', U,
  "the possessive written without its apostrophe ('Judge Whites reasoning'): the name without the possessive 's' (rule 8)"),
]
# Not mentions: 'Salk' in 'the Salk vaccine7' (ev-713fd22ba3) is a name inside a vaccine's name;
# 'the President' / 'Mr. President' (ev-1ee2cc3ea5) names no one on the page; 'Wikileaks' and its
# misspelling 'Wikleaks', 'Dynadot' (ev-7f0fd7627f), 'Sul21', 'Coca Cola' (ev-89a5dc6c59) and
# 'Google', 'QNX' are organisations; 'Mic' / 'Mi' are names cut mid-word (rule 2).
NAMES = {'per:louisa-gv': 'Louisa', 'per:malika-gv': 'Malika', 'per:felix-houphouet-boigny': 'Félix Houphouët-Boigny',
         'per:jeffrey-white': 'Jeffrey White', 'per:tony-dod-reporter': 'Tony', 'per:peter-cook': 'Peter Cook',
         'per:victoria-clarke': 'Victoria Clarke', 'per:john-w-rosa-jr': 'John W. Rosa, Jr.',
         'per:jean-marie-okwo-bele': 'Jean-Marie Okwo-Bele', 'per:deval-patrick': 'Deval Patrick',
         'per:william-j-jefferson': 'William J. Jefferson'}
Q = [
 # (doc, opening, kind, speaker, speaker text, cue, reason, uncertain, note, end text[, group])
 ('ev-ca1c6f0cd9', 'tent city', 'scare', NO, NO, NO, "scare quotes: a term for the camp, nobody quoted", U,
  "could be read as Erdogan's or officials' wording (mixed); the page credits the words to no one", NO),
 ('ev-ca1c6f0cd9', 'be left in the streets', 'mixed', 'per:recep-tayyip-erdogan', 'he', 'promised', NO, F,
  "the president's words inside reported speech ('he promised that no one would \"...\"'); pronoun speaker, Erdogan named two sentences before; the full stop is inside the marks", NO),
 ('ev-ca1c6f0cd9', 'Our hands cannot pick up', 'direct', 'per:ozal-pikal', 'He', 'added', NO, F,
  "'He added,' before the quotation; pronoun speaker, Ozal Pikal named in the sentence before the one before", NO),
 ('ev-ca1c6f0cd9', "We don't have a tent", 'direct', 'per:aysan-kurt', 'Aysan Kurt', 'said', NO, F,
  "post-posed cue with the speaker's age ('said 27-year-old Aysan Kurt.')", NO, 1),
 ('ev-ca1c6f0cd9', 'We did not die from hunger', 'direct', 'per:aysan-kurt', 'Aysan Kurt', 'said', NO, F,
  'split quotation, second part (no cue of its own)', NO, 1),
 ('ev-e4c34b5022', 'The court’s sentence today', 'direct', 'per:mythili-raman', 'Mythili Raman', 'said', NO, F,
  "post-posed cue with the official's title ('said Principal Deputy Assistant Attorney General Mythili Raman.')", NO, 1),
 ('ev-e4c34b5022', 'In a stunning betrayal', 'direct', 'per:mythili-raman', 'Mythili Raman', 'said', NO, F,
  'split quotation, second part (no cue of its own)', NO, 1),
 ('ev-e4c34b5022', 'This sentence should be a clear signal', 'direct', 'per:neil-h-macbride', 'Neil H. MacBride', 'said', NO, F,
  "post-posed cue with the office after the name ('said Neil H. MacBride, U.S. Attorney for ...')", NO, 2),
 ('ev-e4c34b5022', 'Mr. Jefferson’s repeated attempts', 'direct', 'per:neil-h-macbride', 'Neil H. MacBride', 'said', NO, F,
  'split quotation, second part (no cue of its own); it opens with another person\'s name (the defendant)', NO, 2),
 ('ev-b9fb240dbf', 'With just over one degree', 'direct', 'per:elizabeth-robinson', 'Elizabeth Robinson', 'said', NO, F,
  "post-posed 'said Elizabeth Robinson.'", NO),
 ('ev-83234360c0', 'We expect self-driving cars', 'direct', 'per:andrew-poliak', 'Andrew Poliak', ('QNX, ', 'says'), NO, F,
  "a quotation after a 'says' sentence about Poliak; the cue 'says' is glued to the next word ('saysthe', the source's line wrap lost), its span the reporting word alone (h15-adj-2); 'mainstreamthing' glued likewise inside the quotation", NO),
 ('ev-e04f3caf93', 'We expect self-driving cars', 'direct', 'per:andrew-poliak', 'Andrew Poliak', 'says', NO, F,
  "a quotation after the sentence 'Andrew Poliak, of ..., says the technology is already here.' (its cue)", NO),
 ('ev-b32ea57ff0', 'Khmer Rouge War Tribunal', 'scare', NO, NO, NO, "scare quotes: a special report's title (rule 5)", F,
  'the comma is inside the marks', NO),
 ('ev-7f0fd7627f', 'Dynadot [Wikileaks host]', 'mixed', NO, 'the injunction', 'stated', 'the words of a court order (the injunction), quoted from a press release; no person credited', U,
  "the order's words as the object of 'the injunction stated that \"...\"' (mixed); could be read as direct (a whole sentence of the order); a bracketed insertion stays inside the span (rule 6); the full stop is inside the marks", NO),
 ('ev-7f0fd7627f', ('more "', 'power'), 'scare', NO, NO, NO, "scare quotes: a word marked in the spokesperson's answer", F, NO, NO),
]
COVERAGE_TAIL = 'no other labels; scored once, at the end of the session, for reporting only'
# the outlets' own sites: a page there is the original, any other host a copy
OWN_HOSTS = {'learningenglish.voanews.com', 'www.noaa.gov', 'globalvoices.org', 'viewpoint.bbg.gov',
             'ja.wikinews.org'}
DOC_NOTES = {
    'ev-7f0fd7627f': "Published by Wikinews on its own servers: the English Wikinews article as served through "
                     "the Japanese edition's interwiki address (ja.wikinews.org/wiki/en:...); the text is English "
                     "Wikinews' (CC BY 2.5).",
    'ev-04fe7cbfa9': "The page is hosted by calendarfreemonthly2023.netlify.app (an unrelated calendar site whose "
                     "path copies a Global Voices address) but the headlines and teasers are Global Voices' own "
                     "(CC BY 3.0), its elections archive of February 2011.",
    'ev-83234360c0': "The page is hosted by kaeri1.brentedu.com (a Korean education board's English-news board) "
                     "but the text is Voice of America's: VOA Learning English's 'A Look Back at 2015: The Year "
                     "in Science and Technology', pasted with words glued where the source's lines wrapped; one "
                     "of two versions of the story in this collection.",
    'ev-e04f3caf93': "The page is hosted by a.voalearningenglish.in (a learning site) but the text is Voice of "
                     "America's: VOA Learning English's 'A Look Back at 2015: The Year in Science and "
                     "Technology'; one of two versions of the story in this collection.",
    'ev-713fd22ba3': "The page is hosted by tingroom.com (a Chinese English-learning site) but the text is Voice "
                     "of America's: its Special English Health Report of 27 April 2005; the dictionary hint and "
                     "the footnote numbers glued to words are the site's.",
}
