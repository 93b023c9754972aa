"""Collection 13's document labels, quotes and PERSON mentions, by reading (dev13_a, one pass,
an AI session, Anthropic Claude). The row formats of P and Q are the ones
collection_builder.py reads (see person_mentions, quote_records); offsets come from string
search on the exact page text and are checked there."""
U = True
NO = None
F = False
CUT = 'the page ends before the attribution'

# the outlets' own sites: a page there is the original, any other host a copy
OWN_HOSTS = {'globalvoices.org', 'en.wikinews.org', 'lt.usembassy.gov', 'www.usace.army.mil'}
BY = 'dev13_a'
DOC_NOTES = {
    'ev-19c126fd17': "The page is hosted by yy.chazidian.com (a Chinese learning site that does not name the "
                     "outlet) but the text is Voice of America's: its report 'Paralympians Prep to Step into "
                     "Spotlight' (August 2012) in a slightly different wording from voanews.com's article "
                     "(the video script's, it seems), with the same quotations.",
}

P = {  # doc: [(surface, entity_id, uncertain, note)]
 'ev-4f577a2370': [('Steve\nEmber', 'per:steve-ember', F, "the host naming himself, his name broken across a hard line break"),
                   ('Faith Lapidus', 'per:faith-lapidus', F, NO)],
 'ev-3ce2c938db': [('Cui Weiping', 'per:cui-weiping', F, "in a headline after 'China:' and in the teaser after a long title"),
                   ('Liu Xiaobo', 'per:liu-xiaobo', F, NO),
                   ('David Sasaki', 'per:david-sasaki', F, "'Outreach Director David Sasaki'"),
                   ('Joseph Stalin', 'per:joseph-stalin', F, NO),
                   ('Stalin', 'per:joseph-stalin', F, 'surname only, in a Title Case headline'),
                   ('Jillian C. York', 'per:jillian-c-york', F, NO)],
 'ev-22a88b9b06': [('Brian McNeil', 'per:brian-mcneil', F, "in the user page's title ('User:Brian McNeil/...')"),
                   ('Tony Benn', 'per:tony-benn', F, NO), ('Benn', 'per:tony-benn', F, NO),
                   ('Thatcher', 'per:margaret-thatcher', F, "'Mrs Thatcher': the title is out (rule 8)"),
                   ('James Callaghan', 'per:james-callaghan', F, NO),
                   ('Harald Wilson', 'per:harold-wilson', F, "misspelt for Harold Wilson (the prime minister Benn served under)"),
                   ('Gordon Brown', 'per:gordon-brown', F, "possessive 'Gordon Brown's'")],
 'ev-dc6c956a86': [('JOHN KERRY', 'per:john-kerry', F, "capitalised, in the blog's headline, before a possessive"),
                   ('John Kerry', 'per:john-kerry', F, NO),
                   ('KERRY', 'per:john-kerry', F, "speaker label 'SECRETARY KERRY:' without the title (rule 1)"),
                   ('Kerry', 'per:john-kerry', F, "'Secretary Kerry’s'"),
                   ('KIM', 'per:sung-kim', F, "speaker label 'AMBASSADOR KIM:' (rule 1); the U.S. ambassador to South Korea in April 2013 (Sung Kim), not named in full on the page"),
                   ('Kim', 'per:sung-kim', F, "'Ambassador Kim'")],
 'ev-09b5e3224a': [('Hall', 'per:anne-hall', F, "'Ambassador Hall' in the headline, the speaker of the whole text (the U.S. ambassador to Lithuania, Anne Hall; the page gives the surname only)")],
 'ev-3e8cd90ef2': [('KELLY BUNTING', 'per:kelly-bunting', F, 'capitalised, in a headline before a colon'),
                   ('Kelly Bunting', 'per:kelly-bunting', F, NO),
                   ('Nate', 'per:nate-bunting', F, "'her husband Nate': first name only, as the page gives it"),
                   ('Norah', 'per:norah-bunting', F, "'their nine-year-old daughter Norah': first name only"),
                   ('Sebastien P. Joly', 'per:sebastien-p-joly', F, "'Col. Sebastien P. Joly'"),
                   ('Wynne Fuller', 'per:wynne-fuller', F, NO)],
 'ev-1cc402a8e5': [('Caesar Augustus', 'per:augustus', F, 'inside a quotation, after a dash'),
                   ('Suetonius', 'per:suetonius', F, NO),
                   ('Shane Boehmer', 'per:shane-boehmer', F, "'Structural Engineer Shane Boehmer' (a job title before the name)")],
 'ev-96a6c2bafb': [('Carl Platz', 'per:carl-platz', F, NO)],
 'ev-e46dcf7427': [('Donald J. Trump', 'per:donald-trump', F, "in the Public Papers' series line 'Administration of Donald J. Trump, 2017', three times"),
                   ('Peggy A. Whitson', 'per:peggy-whitson', F, "inline speaker label 'ISS Expedition 51 Cmdr. Peggy A. Whitson.'"),
                   ('Peggy Whitson', 'per:peggy-whitson', F, NO),
                   ('Whitson', 'per:peggy-whitson', F, "inline speaker label 'Cmdr. Whitson.'"),
                   ('Peggy', 'per:peggy-whitson', F, "first name in an address ('Peggy, Jack, and Kate')"),
                   ('Jack Fischer', 'per:jack-fischer', F, "'Colonel Jack Fischer'"),
                   ('Jack', 'per:jack-fischer', F, 'first name in an address'),
                   ('Ivanka', 'per:ivanka-trump', F, "'my daughter Ivanka': first name only"),
                   ('Kate Rubins', 'per:kate-rubins', F, "'astronaut Kate Rubins'"),
                   ('Kate', 'per:kate-rubins', F, 'first name in an address')],
 'ev-8712ecf43b': [('Srishti Jaswal', 'per:srishti-jaswal', F, 'in a headline after a quotation and in the teaser'),
                   ('Phet Sayo', 'per:phet-sayo', F, "'EngageMedia Executive Director Phet Sayo'"),
                   ('Imran Khan', 'per:imran-khan', F, NO),
                   ('Sudipto Sen', 'per:sudipto-sen', F, NO)],
 'ev-2a3a4d583a': [('Sarah Storey', 'per:sarah-storey', F, "in a caption glued after a credit ('AP Britains Sarah Storey')"),
                   ('JUNE SIMMS', 'per:june-simms', F, "speaker label glued to the word before it ('swimmerJUNE SIMMS:', 'AngelesJUNE SIMMS:')"),
                   ('June Simms', 'per:june-simms', F, "'Im June Simms' (the apostrophe lost)"),
                   ('Christopher Cruise', 'per:christopher-cruise', F, NO),
                   ('CHRISTOPHER CRUISE', 'per:christopher-cruise', F, "speaker label glued to the slide's page number ('2CHRISTOPHER CRUISE:')"),
                   ('Jennifer Schuble', 'per:jennifer-schuble', F, NO),
                   ('JENNIFER SCHUBLE', 'per:jennifer-schuble', F, 'speaker label (rule 1)'),
                   ('Craig Griffin', 'per:craig-griffin', F, "the page ends inside his label ('CRAIG GRI'), which is no mention (rule 2)")],
 'ev-19c126fd17': [('Georgina Callingham', 'per:georgina-callingham', F, NO),
                   ('Martin Sinclair', 'per:martin-sinclair', F, NO),
                   ('Kate Murray', 'per:kate-murray', F, NO), ('Murray', 'per:kate-murray', F, NO)],
 'ev-1effe64dc6': [('kamnet', 'per:kevin-fields', U, "a Wikinews user name credited as the recorder ('Recorded by: kamnet'), a handle standing for a named person (rule 8): Kevin Fields, who reads the brief ('I'm Kevin Fields'), presumably; the page does not say so (d13-adj-3)"),
                   ('Kevin Fields', 'per:kevin-fields', F, "the reader naming himself ('I'm Kevin Fields')"),
                   ('Jose Luis Rodriguez Zapatero', 'per:jose-luis-rodriguez-zapatero', F, NO),
                   ('Zapatero', 'per:jose-luis-rodriguez-zapatero', F, NO)],
 'ev-8f8fc4cc14': [('Sebastian Bosse', 'per:sebastian-bosse', F, NO),
                   ('Lula', 'per:luiz-inacio-lula-da-silva', F, "in a headline, before a colon that attributes the quotation"),
                   ('Luiz Inácio Lula da Silva', 'per:luiz-inacio-lula-da-silva', F, 'diacritics'),
                   ('Hugo Chávez', 'per:hugo-chavez', F, 'diacritics')],
}
# glued to the word before them (line breaks lost on the slideshow page)
GLUED = ('JUNE SIMMS', 'CHRISTOPHER CRUISE')
# names of places, facilities and vessels named after people are not PERSON: the Jim Woodruff
# Lock and Dam, the Geschwister Scholl school, the Zasyadko mine, the Dredge Merritt
NOT_NAMES = {'ev-3e8cd90ef2': ['JIM WOODRUFF LOCK & DAM', 'Jim Woodruff Lock and Dam', 'Jim Woodruff Lock & Dam']}
NAMES = {'per:cui-weiping': 'Cui Weiping', 'per:liu-xiaobo': 'Liu Xiaobo', 'per:david-sasaki': 'David Sasaki',
         'per:joseph-stalin': 'Joseph Stalin', 'per:jillian-c-york': 'Jillian C. York', 'per:tony-benn': 'Tony Benn',
         'per:margaret-thatcher': 'Margaret Thatcher', 'per:james-callaghan': 'James Callaghan',
         'per:harold-wilson': 'Harold Wilson', 'per:gordon-brown': 'Gordon Brown', 'per:sung-kim': 'Sung Kim',
         'per:anne-hall': 'Anne Hall', 'per:kelly-bunting': 'Kelly Bunting', 'per:nate-bunting': 'Nate',
         'per:norah-bunting': 'Norah', 'per:sebastien-p-joly': 'Sebastien P. Joly', 'per:wynne-fuller': 'Wynne Fuller',
         'per:augustus': 'Caesar Augustus', 'per:suetonius': 'Suetonius', 'per:shane-boehmer': 'Shane Boehmer',
         'per:carl-platz': 'Carl Platz', 'per:peggy-whitson': 'Peggy A. Whitson', 'per:jack-fischer': 'Jack Fischer',
         'per:ivanka-trump': 'Ivanka Trump', 'per:kate-rubins': 'Kate Rubins', 'per:srishti-jaswal': 'Srishti Jaswal',
         'per:phet-sayo': 'Phet Sayo', 'per:imran-khan': 'Imran Khan', 'per:sudipto-sen': 'Sudipto Sen',
         'per:sarah-storey': 'Sarah Storey', 'per:jennifer-schuble': 'Jennifer Schuble',
         'per:craig-griffin': 'Craig Griffin', 'per:georgina-callingham': 'Georgina Callingham',
         'per:martin-sinclair': 'Martin Sinclair', 'per:kate-murray': 'Kate Murray',
         'per:kevin-fields': 'Kevin Fields', 'per:jose-luis-rodriguez-zapatero': 'José Luis Rodríguez Zapatero',
         'per:sebastian-bosse': 'Sebastian Bosse',
         'per:luiz-inacio-lula-da-silva': 'Luiz Inácio Lula da Silva'}
Q = [
 # (doc, opening, kind, speaker, speaker text, cue, reason, uncertain, note, end text[, group])
 # Global Voices, December 2009
 ('ev-3ce2c938db', 'tweet for Gaza', 'scare', NO, NO, NO, NO, F, "a campaign's name", NO),
 ('ev-3ce2c938db', 'How did Copenhagen end up our fault?', 'direct', NO, NO, NO,
  'no speaker named in the headline (a Chinese blogger\'s words, presumably)', U,
  "a headline made of a quotation in curly single marks; the teaser quotes 'one Chinese blogger', perhaps the same words' author", NO),
 ('ev-3ce2c938db', 'I think Chinese officials', 'direct', NO, 'one Chinese blogger', 'Writes', 'an unnamed Chinese blogger', F,
  "truncated; the cue before its subject ('Writes one Chinese blogger:')", 'officials'),
 # Wikinews user page (Tony Benn)
 ('ev-22a88b9b06', ('she said "', 'New Labour'), 'direct', 'per:margaret-thatcher', 'she', 'said', NO, F,
  "inside the pull-quote line (Benn's words, with no marks of their own); 'she' is Mrs Thatcher", NO),
 ('ev-22a88b9b06', '[...] when Mrs Thatcher was asked her greatest achievment', 'direct', 'per:tony-benn', 'Benn', 'stressing', NO, U,
  "a quotation opening with a bracketed ellipsis (rule 6) after 'stressing that,': a whole sentence set off by a comma, so direct; mixed on the reading that 'that' makes it the reporter's clause (pass dev13_b; d13-adj-1)", NO),
 ('ev-22a88b9b06', ("said '", 'New Labour'), 'direct', 'per:margaret-thatcher', 'she', 'said', NO, F,
  'a quotation inside a quotation (single straight marks inside double)', 'New Labour'),
 ('ev-22a88b9b06', 'a piece of tin', 'mixed', 'per:tony-benn', 'Benn', 'explains', NO, F, NO, NO),
 # embassy speech
 ('ev-09b5e3224a', 'Discover America', 'scare', NO, NO, NO, NO, F, "a programme's name", NO),
 # Corps news listing, page 108
 ('ev-3e8cd90ef2', 'It was like 100 pressure washers', 'direct', 'per:kelly-bunting', 'Kelly Bunting', 'the words of', NO, F,
  "the speaker named in the next sentence ('Those were the words of Kelly Bunting, ...')", NO),
 ('ev-3e8cd90ef2', 'Hurricane Michael.', 'scare', NO, NO, NO, NO, F, "a storm's name in marks", NO),
 # Corps news archive 2020, page 62
 ('ev-1cc402a8e5', ("of '", 'marble'), 'scare', NO, NO, NO, NO, U,
  "a headline word in single straight marks, the word of the quotation below (could be read as mixed, Augustus's word)", 'marble'),
 ('ev-1cc402a8e5', 'One of my favorite quotes', 'direct', 'per:shane-boehmer', 'Shane Boehmer', 'said', NO, F,
  'a quotation holding a quotation with its author after a dash; the speaker after it with his job title', NO, 1),
 ('ev-1cc402a8e5', 'Urbem latericium invenit', 'direct', 'per:augustus', 'Caesar Augustus', NO, NO, F,
  "a Latin saying with its translation, credited after a dash inside Boehmer's quotation ('– Caesar Augustus, recorded by Suetonius')", NO),
 ('ev-1cc402a8e5', 'So for me, when I end my deployment', 'direct', 'per:shane-boehmer', 'Shane Boehmer', 'said', NO, F,
  "the second part of a split quote (d13-adj-4): no cue of its own, the first part's repeated", NO, 1),
 ('ev-1cc402a8e5', 'Section 408', 'scare', NO, NO, NO, NO, F, "a law's short name in parentheses", NO),
 # Corps release listing, page 3
 ('ev-96a6c2bafb', 'The Great Lakes Restoration Initiative has provided', 'direct', 'per:carl-platz', 'Carl Platz', 'said', NO, F,
  "post-posed cue with the title after the name ('said Carl Platz, Great Lakes Program Manager for ...')", NO, 1),
 ('ev-96a6c2bafb', 'The knowledge we gain from F', 'direct', 'per:carl-platz', 'Carl Platz', 'said', NO, F,
  'truncated (the page ends mid-word); the speaker credited before the cut; the second part of a split quote, the first part\'s cue repeated (d13-adj-4)', 'from F', 1),
 # Global Voices digital activism
 ('ev-8712ecf43b', 'love', 'mixed', NO, 'Comments', 'expressing', 'unnamed TikTok commenters', U,
  "words of the comments ('expressing “love” for him'); could be read as scare", NO),
 ('ev-8712ecf43b', 'hero', 'mixed', NO, 'Comments', 'expressing', 'unnamed TikTok commenters', U, 'as “love”', NO),
 ('ev-8712ecf43b', 'legend', 'mixed', NO, 'Comments', 'expressing', 'unnamed TikTok commenters', U, 'as “love”', NO),
 ('ev-8712ecf43b', 'Post at your own risk', 'direct', 'per:srishti-jaswal', 'Srishti Jaswal', NO, NO, U,
  "a headline opening with a quotation (‘ ... ') before 'An interview with Indian journalist Srishti Jaswal': her words, presumably", 'Post at your own risk'),
 ('ev-8712ecf43b', ('film ‘', 'The Kerala Story'), 'scare', NO, NO, NO, NO, F, "a film's title in curly single marks", NO),
 ('ev-8712ecf43b', ('movie "', 'The Kerala Sto'), 'scare', NO, NO, NO, NO, F, "the film's title again, truncated (the page ends mid-word)", 'The Kerala Sto'),
 # slideshow copy of a VOA script
 ('ev-2a3a4d583a', 'I played soccer', 'direct', 'per:jennifer-schuble', 'JENNIFER SCHUBLE', NO, NO, F,
  "a speaker label followed by words in quotation marks (rule 1): the speaker span is the label's name, no cue", NO),
 # VOA Paralympics report on a learning site
 ('ev-19c126fd17', 'Shooting has literally meant', 'direct', 'per:georgina-callingham', 'she', 'says', NO, F,
  "pronoun speaker: the name is in the paragraph before", NO, 1),
 ('ev-19c126fd17', 'My friends have taken a back step', 'direct', 'per:georgina-callingham', 'she', 'says', NO, F,
  'the second part of a split quotation', NO, 1),
 ('ev-19c126fd17', "It's a dream come true", 'direct', 'per:martin-sinclair', 'Martin Sinclair', 'says', NO, F,
  "post-posed present-tense cue ('says Martin Sinclair')", NO, 2),
 ('ev-19c126fd17', "I didn't think I'd be here", 'direct', 'per:martin-sinclair', 'Martin Sinclair', 'says', NO, F,
  'the second part of a split quotation', NO, 2),
 ('ev-19c126fd17', 'It meant everything to me', 'direct', 'per:kate-murray', 'Murray', 'says', NO, F, NO, NO, 3),
 ('ev-19c126fd17', 'Now, archery is all to me', 'direct', 'per:kate-murray', 'Murray', 'says', NO, F,
  "the second part of a split quotation (after 'says Murray,')", NO, 3),
 # Wikinews audio brief, 2008-10-21
 ('ev-1effe64dc6', 'if there is a global recession', 'mixed', 'per:jose-luis-rodriguez-zapatero',
  'Jose Luis Rodriguez Zapatero', 'has stated', NO, F,
  "a clause quoted after 'has stated that', the opening mark followed by a space", NO),
 ('ev-1effe64dc6', 'difficult.', 'mixed', 'per:jose-luis-rodriguez-zapatero', 'Zapatero', 'described', NO, F,
  "one word ('described ... as \"difficult.\"')", NO),
 ('ev-1effe64dc6', 'the developed countries are', 'mixed', 'per:jose-luis-rodriguez-zapatero', 'He', 'recognized', NO, F,
  "pronoun speaker ('He recognized that')", NO),
 ('ev-1effe64dc6', 'the financial system is a part', 'mixed', 'per:jose-luis-rodriguez-zapatero', 'Zapatero', 'continued by saying', NO, F,
  NO, NO),
 # Wikinews news briefs, 2007-11-19
 ('ev-8f8fc4cc14', 'does not lack democracy', 'mixed', 'per:luiz-inacio-lula-da-silva', 'Lula', NO, NO, F,
  "a headline: the speaker before a colon, the quoted predicate after the subject ('Lula: Venezuela \"does not lack democracy\"')", NO),
]
