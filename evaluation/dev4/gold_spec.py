"""Collection 4's quotes and PERSON mentions, by reading (dev4_a, one pass). Offsets are
computed by collection_builder.py with string search on the exact page text and checked there.
PERSON: every occurrence (word-bounded, longest surface first) of each surface form listed
for a page is a mention of the entity given. Quotes: (doc, start of the words inside the
opening mark, kind, speaker entity, speaker span text, cue text, reason if no entity,
uncertain, note, end text, group; an opening that is not unique alone is given as (the text
before its mark, opening)); the span runs to the closing mark (or, where the page has
none or the mark is ambiguous, to the end of the given end text); quotes sharing a group
number are one split or multi-paragraph quotation."""
U = True
NO = None
H = 'a user name standing for the photographer or reporter (rule 8: handles, uncertain)'
P = {  # doc: [(surface, entity_id, uncertain, note)]
 'ev-ebed7f613a': [('Patrick Gillett', 'per:patrick-gillett', False, None)],
 'ev-c9a006d86e': [('David Gould', 'per:david-gould', False, None), ('Gould', 'per:david-gould', False, None)],
 'ev-5c3cfa5af2': [('Quentin Bryce', 'per:quentin-bryce', False, None), ('Michael Bryce', 'per:michael-bryce', False, None),
                   ('James McTavish', 'per:james-mctavish', False, None), ('Rod Kendall', 'per:rod-kendall', False, None),
                   ('Glenn Maslin', 'per:glenn-maslin', False, None), ('Phil Pinyon', 'per:phil-pinyon', False, None),
                   ('Alan Bond', 'per:alan-bond', False, None), ('Joe Hockey', 'per:joe-hockey', False, None),
                   ('Bidgee', 'per:bidgee', U, H)],
 'ev-55a5acb60a': [('B Shiva Parvathi', 'per:b-shiva-parvathi', False, None), ('Rangoli Patil', 'per:rangoli-patil', False, None),
                   ('Aparna Garg', 'per:aparna-garg', False, None), ('Garg', 'per:aparna-garg', False, None),
                   ('acagastya', 'per:acagastya', U, H)],
 'ev-ac26efcfa1': [('Vanessa Knight', 'per:vanessa-knight', False, None),
                   ('LauraHale', 'per:laura-hale', U, "the Wikinews user name of the reporter Laura Hale ('Wikinews reporter LauraHale')")],
 'ev-0e78a6e7fd': [("Chana'd", 'per:chana-d', U, "a Bahraini blogger's pen name ('Bahraini blogger Chana'd'); the handle stands for a person"),
                   ('Nicholas Laughlin', 'per:nicholas-laughlin', False, None), ('Ryan Naraine', 'per:ryan-naraine', False, None),
                   ('Taran Rampersad', 'per:taran-rampersad', False, None), ('Richard Jobity', 'per:richard-jobity', False, None),
                   ('Hassan Voyeau', 'per:hassan-voyeau', False, None), ('Richard Bolai', 'per:richard-bolai', False, None),
                   ('Christopher Yee Mon', 'per:christopher-yee-mon', False, None),
                   ('J9', 'per:j9', U, 'a blogger named by a handle in a list of bloggers'),
                   ('Tina', 'per:tina', U, 'a blogger named by a first name only in a list of bloggers')],
 'ev-1f52ed70e3': [('Steve Ember', 'per:steve-ember', False, None), ('Barbara Klein', 'per:barbara-klein', False, None),
                   ('Batmunkh Buyantogtokh', 'per:batmunkh-buyantogtokh', False, None)],
 'ev-fd80582512': [('Tyson Gay', 'per:tyson-gay', False, None), ('Gay', 'per:tyson-gay', False, None),
                   ('David Byrd', 'per:david-byrd', False, None), ('Usain Bolt', 'per:usain-bolt', False, None),
                   ('Bolt', 'per:usain-bolt', False, None), ('Wallace Spearmon', 'per:wallace-spearmon', False, None),
                   ('Irving Saladino', 'per:irving-saladino', False, None), ('Andrew Home', 'per:andrew-home', False, None),
                   ('Dwight Phillips', 'per:dwight-phillips', False, None), ('Betty Heidler', 'per:betty-heidler', False, None),
                   ('Heidler', 'per:betty-heidler', False, None), ('Franka Dietzsch', 'per:franka-dietzsch', False, None)],
 'ev-d9059271ee': [('Novak Djokovic', 'per:novak-djokovic', False, None), ('Djokovic', 'per:novak-djokovic', False, None),
                   ('Stefanos Tsitsipas', 'per:stefanos-tsitsipas', False, None), ('Tsitsipas', 'per:stefanos-tsitsipas', False, None),
                   ('Rafael Nadal', 'per:rafael-nadal', False, None)],
 'ev-cdb4e7caec': [('Myroslava Gongadze', 'per:myroslava-gongadze', False, None), ('Gongadze', 'per:myroslava-gongadze', False, None),
                   ('Myroslava', 'per:myroslava-gongadze', False, None), ('Yolanda López', 'per:yolanda-lopez', False, None)],
 'ev-0d81ff0d88': [('John Quincy Adams', 'per:john-quincy-adams', False, None)],
 'ev-0d76c6dc1c': [('Jamal Khashoggi', 'per:jamal-khashoggi', False, None), ('Khashoggi', 'per:jamal-khashoggi', False, None)],
 'ev-07c004fe76': [('Eliot L. Engel', 'per:eliot-l-engel', False, None), ('Michael Pack', 'per:michael-pack', False, None),
                   ('Pack', 'per:michael-pack', False, None)],
 'ev-d37c82c182': [('Gretchen Whitmer', 'per:gretchen-whitmer', False, None), ('William P. Barr', 'per:william-p-barr', False, None),
                   ('Eric Dreiband', 'per:eric-dreiband', False, None), ('Matthew Schneider', 'per:matthew-schneider', False, None)],
 'ev-af85de7a22': [('Barack Obama', 'per:barack-obama', False, None), ('Obama', 'per:barack-obama', False, None)],
 'ev-176e40e3e3': [('Christopher Cruise', 'per:christopher-cruise', False, None), ('Peter Kim', 'per:peter-kim', False, None),
                   ('Kim', 'per:peter-kim', False, "'Mr. Kim'"),
                   ('Kris', 'per:kris-kim', U, "Peter Kim's son, named by his first name inside the quotation (a vocative); surname not given")],
 'ev-ce32fad125': [('Steve Ember', 'per:steve-ember', False, None), ('Hillary Clinton', 'per:hillary-clinton', False, None),
                   ('Faith Lapidus', 'per:faith-lapidus', False, None), ('Nancy Pelosi', 'per:nancy-pelosi', False, None),
                   ('NANCY PELOSI', 'per:nancy-pelosi', False, 'transcript speaker label (rule 1)'),
                   ('Dennis Hastert', 'per:dennis-hastert', False, None)],
}
P['ev-6638644539'] = [('Fabiola Antiqueo', 'per:fabiola-antiqueo', False, None),
                      ('Assad', 'per:bashar-al-assad', U, "the name in 'the Assad Regime' (Bashar al-Assad by world knowledge)")]
P['ev-5ed0ef2f16'] = [('Katy Perry', 'per:katy-perry', False, None), ('Nicki Minaj', 'per:nicki-minaj', False, None),
                      ('Katsura Sunshine', 'per:katsura-sunshine', False, 'a stage name standing for a person')]
P['ev-335b4b9c12'] = [('Katy Perry', 'per:katy-perry', False, None), ('Perry', 'per:katy-perry', False, None),
                      ('Caty Weaver', 'per:caty-weaver', False, None), ('Beyonce', 'per:beyonce', False, None),
                      ('Jay-Z', 'per:jay-z', False, 'a stage name'), ('Blue Ivy', 'per:blue-ivy', False, None),
                      ('Miley Cyrus', 'per:miley-cyrus', False, None), ('Cyrus', 'per:miley-cyrus', False, None),
                      ('Jesse Helt', 'per:jesse-helt', False, None), ('Helt', 'per:jesse-helt', False, "'Mr. Helt'"),
                      ('Riff Raff', 'per:riff-raff', False, 'a stage name'), ('Britney Spears', 'per:britney-spears', False, None),
                      ('Spears', 'per:britney-spears', False, None), ('Justin Timberlake', 'per:justin-timberlake', False, None)]
P['ev-1abfac9167'] = [('Manuel Acevedo-Hernández', 'per:manuel-acevedo-hernandez', False, None),
                      ('Acevedo-Hernández', 'per:manuel-acevedo-hernandez', False, None),
                      ('Acevedo', 'per:manuel-acevedo-hernandez', False, "surname inside the quoted opinion ('Acevedo’s conviction')"),
                      ('Rosa Emilia Rodríguez-Vélez', 'per:rosa-emilia-rodriguez-velez', False, None),
                      ('Rodríguez', 'per:rodriguez-witness', U, "a witness named by surname only in the quoted opinion ('Rodríguez’s testimony'); not the U.S. Attorney"),
                      ('Lutgardo', 'per:lutgardo', U, "a person named by one name only in the quoted opinion ('Lutgardo’s invocation of his Fifth Amendment privilege')")]
# the second version of a story has the same names as the first (checked by reading each copy)
P['ev-f5c519f786'] = P['ev-0e78a6e7fd']
P['ev-c4f8c90fc8'] = P['ev-de165097c3'] = P['ev-1f52ed70e3']
P['ev-7a2927b9c1'] = P['ev-fd80582512'] + [('Yipsi Moreno', 'per:yipsi-moreno', False, None),
                                           ('Zhang Wenxiu', 'per:zhang-wenxiu', False, None)]
NAMES = {'per:rodriguez-witness': 'Rodríguez', 'per:bashar-al-assad': 'Bashar al-Assad', 'per:eliot-l-engel': 'Eliot L. Engel', 'per:william-p-barr': 'William P. Barr', 'per:chana-d': "Chana'd",
         'per:kris-kim': 'Kris', 'per:j9': 'J9', 'per:tina': 'Tina', 'per:bidgee': 'Bidgee', 'per:acagastya': 'acagastya'}
GV_LAUGHLIN = ('per:nicholas-laughlin', 'Nicholas Laughlin', 'posted', NO, U,
               "the words are a quotation from Laughlin's eyewitness post; one closing mark closes both it and the friend's words quoted inside it")
Q = [
 # doc, opening, kind, speaker, speaker text, cue, reason, uncertain, note, end text, group
 ('ev-55a5acb60a', 'Original reporting', 'scare', NO, NO, NO, 'scare quotes: a section name in the headline', False, NO, 'Original reporting', NO),
 ('ev-55a5acb60a', 'Each for Equal', 'scare', NO, NO, NO, 'scare quotes: the name of a campaign theme (rule 5)', False, NO, NO, NO),
 ('ev-55a5acb60a', 'we have ten percent', 'direct', 'per:aparna-garg', 'Garg', 'said', NO, False, "'Garg said \"we have ...' (no comma before the quotation)", NO, NO),
 ('ev-55a5acb60a', 'Challeng', 'direct', 'per:aparna-garg', 'Garg', 'discussed', NO, U, 'truncated (the page ends inside the first word); the sentence before credits Garg', 'Challeng', NO),
 ('ev-5c3cfa5af2', '50 Shades of Grey', 'scare', NO, NO, NO, "scare quotes: a team's name in a caption (rule 5)", False, NO, NO, NO),
 ('ev-c9a006d86e', 'We went on a tour', 'direct', 'per:david-gould', 'he', 'recalled', NO, False, 'post-posed cue after the closing mark and comma', NO, NO),
 ('ev-c9a006d86e', 'We had confidence', 'direct', 'per:david-gould', 'he', 'recalled', NO, False, NO, NO, NO),
 ('ev-0e78a6e7fd', 'You will have to watch', 'direct', 'per:chana-d', "Chana'd", 'left a good natured comment', NO, False, 'the comment is quoted after a colon', NO, NO),
 ('ev-0e78a6e7fd', 'A friend on the phone', 'direct') + GV_LAUGHLIN + ('the war ended', NO),
 ('ev-0e78a6e7fd', 'All I can think', 'direct', NO, 'A friend', NO, 'an unnamed friend (a description)', U, 'nested inside the quotation from Laughlin\'s post; attribution by a colon', 'the war ended', NO),
 ('ev-0e78a6e7fd', 'Perhaps you have to be', 'direct', NO, 'Caribbean Free Radio', 'said', 'a podcast blog (Caribbean Free Radio); not linked', False, 'post-posed cue with a blog as the subject', NO, NO),
 ('ev-f5c519f786', 'You will have to watch', 'direct', 'per:chana-d', "Chana'd", 'left a good natured comment', NO, False, 'the comment is quoted after a colon', NO, NO),
 ('ev-f5c519f786', 'A friend on the phone', 'direct') + GV_LAUGHLIN + ('the war ended', NO),
 ('ev-f5c519f786', 'All I can think', 'direct', NO, 'A friend', NO, 'an unnamed friend (a description)', U, 'nested inside the quotation from Laughlin\'s post; attribution by a colon', 'the war ended', NO),
 ('ev-1f52ed70e3', 'Law & Order.', 'scare', NO, NO, NO, 'scare quotes: a TV title (rule 5)', False, NO, NO, NO),
 ('ev-c4f8c90fc8', 'Law & Order.', 'scare', NO, NO, NO, 'scare quotes: a TV title (rule 5)', False, NO, NO, NO),
 ('ev-de165097c3', "Law & Order': Th", 'scare', NO, NO, NO, 'scare quotes: a TV title in the headline (rule 5)', False, NO, 'Law & Order', NO),
 ('ev-de165097c3', 'Law & Order."', 'scare', NO, NO, NO, 'scare quotes: a TV title (rule 5)', False, NO, 'Law & Order.', NO),
 ('ev-d9059271ee', 'I want to thank', 'direct', 'per:novak-djokovic', 'Djokovic', 'said', NO, False, NO, NO, NO),
 ('ev-d9059271ee', 'physically and mentally', 'mixed', 'per:novak-djokovic', 'Djokovic', 'acknowledging', NO, False, NO, NO, NO),
 ('ev-d9059271ee', 'electric ambiance', 'mixed', 'per:novak-djokovic', 'he', 'called', NO, False, "'in what he called an “electric ambiance”'", NO, NO),
 ('ev-d9059271ee', 'King of Clay', 'scare', NO, NO, NO, 'scare quotes: a nickname (rule 5)', False, NO, NO, NO),
 ('ev-cdb4e7caec', 'honor outstanding', 'mixed', NO, 'The Inamori Ethics Prize', 'seeks to', "the prize's stated aim (an award); not linked", U, 'words of the prize\'s own statement of purpose', NO, NO),
 ('ev-cdb4e7caec', 'I feel humbled', 'direct', 'per:myroslava-gongadze', 'Gongadze', 'said', NO, False, 'post-posed cue with inverted order', NO, 1),
 ('ev-cdb4e7caec', 'I have seen so much', 'direct', 'per:myroslava-gongadze', 'Gongadze', 'said', NO, False, NO, NO, 1),
 ('ev-cdb4e7caec', 'Congratulations to Myroslava', 'direct', 'per:yolanda-lopez', 'Yolanda López', 'said', NO, False, 'post-posed cue with title before the name', NO, 2),
 ('ev-cdb4e7caec', 'I’m so pleased', 'direct', 'per:yolanda-lopez', 'Yolanda López', 'said', NO, False, NO, NO, 2),
 ('ev-0d81ff0d88', 'If your actions inspire', 'direct', 'per:john-quincy-adams', 'John Quincy Adams', 'said', NO, False, NO, NO, NO),
 ('ev-07c004fe76', 'The United States government hires', 'direct', 'per:eliot-l-engel', 'Eliot L. Engel', 'made the following statement', NO, False,
  'first paragraph of a three-paragraph statement (no closing mark at the paragraph end)', 'to do a job.', 1),
 ('ev-07c004fe76', 'Congress’s attempts', 'direct', 'per:eliot-l-engel', 'Eliot L. Engel', 'made the following statement', NO, False,
  'second paragraph of the statement (no closing mark at the paragraph end)', 'Michael Pack’s inaction.', 1),
 ('ev-07c004fe76', 'I have appealed', 'direct', 'per:eliot-l-engel', 'Eliot L. Engel', 'made the following statement', NO, False,
  'last paragraph of the statement', NO, 1),
 ('ev-d37c82c182', 'Our Constitution is enduring', 'direct', 'per:eric-dreiband', 'Eric Dreiband', 'said', NO, False,
  "post-posed cue with the title and division around the name", NO, 1),
 ('ev-d37c82c182', 'The Constitution permits', 'direct', 'per:eric-dreiband', 'Eric Dreiband', 'said', NO, False, 'truncated', 'limit the ri', 1),
 ('ev-af85de7a22', 'Thank you! It', 'direct', 'per:barack-obama', 'he', NO, NO, False, 'a sound bite after the sentence that introduces the speech; no cue', NO, NO),
 ('ev-af85de7a22', 'better, stronger place', 'mixed', 'per:barack-obama', 'He', 'said', NO, False, NO, NO, NO),
 ('ev-af85de7a22', 'If I had told you eight', 'direct', 'per:barack-obama', 'he', 'listed', NO, False, "a sound bite after 'as he listed some of the things'", NO, NO),
 ('ev-af85de7a22', 'democracy does not require', 'mixed', 'per:barack-obama', 'He', 'said', NO, False, NO, NO, NO),
 ('ev-af85de7a22', 'require a basic sense', 'mixed', 'per:barack-obama', 'He', 'said', NO, False, NO, NO, NO),
 ('ev-af85de7a22', 'post-racial', 'scare', NO, NO, NO, 'scare quotes: a term, no speaker', False, NO, NO, NO),
 ('ev-af85de7a22', 'potent and often divisive', 'mixed', 'per:barack-obama', 'Obama', 'said', NO, False, NO, NO, NO),
 ('ev-176e40e3e3', 'From an American perspective', 'direct', NO, NO, NO, 'no speaker named on the page (a sound bite before the report names anyone)', False, NO, NO, NO),
 ('ev-176e40e3e3', 'The Sea of Japan,” South', 'scare', NO, NO, NO, 'scare quotes: a name (rule 5)', False, NO, NO, NO),
 ('ev-176e40e3e3', 'The East Sea.” A', 'scare', NO, NO, NO, 'scare quotes: a name (rule 5)', False, NO, NO, NO),
 ('ev-176e40e3e3', 'I asked him', 'direct', 'per:peter-kim', 'Peter Kim', NO, NO, False, 'credited by the paragraph before (no cue); holds four nested quotations', NO, NO),
 ('ev-176e40e3e3', 'Kris, do you know', 'direct', 'per:peter-kim', 'I', 'asked', NO, False, 'nested: the question Kim reports asking', NO, NO),
 ('ev-176e40e3e3', 'Yes, daddy.', 'direct', 'per:kris-kim', 'He', 'said', NO, False, "nested: the son's answer", NO, NO),
 ('ev-176e40e3e3', 'What’s the name', 'direct', 'per:peter-kim', 'I', NO, NO, U, 'nested: the father\'s next question, no cue', 'name of it?', NO),
 ('ev-176e40e3e3', 'The Sea of Japan.’ And', 'direct', 'per:kris-kim', 'He', 'says', NO, False, "nested: the son's answer", NO, NO),
 ('ev-176e40e3e3', 'Sea of Japan” dates', 'scare', NO, NO, NO, 'scare quotes: a name (rule 5)', False, NO, NO, NO),
 ('ev-ce32fad125', 'By electing me speaker', 'direct', 'per:nancy-pelosi', 'NANCY PELOSI', NO, NO, False, 'truncated; a transcript label followed by a quoted sound bite (rule 1)', 'and Ameri', NO),
]
Q += [
 ('ev-6638644539', 'The parliament that once', 'direct', NO, NO, NO, 'no speaker named on the page (pull quote)', False, NO, NO, NO),
 ('ev-6638644539', 'Free Basics" app', 'scare', NO, NO, NO, "scare quotes: an app's name (rule 5)", False, NO, 'Free Basics', NO),
 ('ev-6638644539', 'The stench of the tear gas', 'direct', NO, NO, NO, 'no speaker named on the page (pull quote)', False,
  "the closing mark follows a space and is run into the next opening mark ('events. \"\"Seguí')", 'chain of events.', NO),
 ('ev-6638644539', 'Seguí sin comprender', 'direct', NO, NO, NO, 'no speaker named on the page (pull quote)', False,
  'the Spanish original of the pull quote before it, run on with no space', NO, NO),
 ('ev-6638644539', 'aiding a terrorist', 'mixed', NO, NO, 'accusations', 'unnamed accusers (the charges against the defenders; no one named)', False, NO, NO, NO),
 ('ev-6638644539', 'The waterlogging', 'direct', NO, NO, NO, 'no speaker named on the page (pull quote)', False, NO, NO, NO),
 ('ev-6638644539', ('Chile\n"', 'Th'), 'direct', NO, NO, NO, 'no speaker named on the page (pull quote)', False, 'truncated (the page ends after two letters)', 'Th', NO),
 ('ev-5ed0ef2f16', "Brazilians don't care", 'direct', NO, NO, NO, 'no speaker named on the page (pull quote)', False,
  'opened with a straight mark, closed with a curly one', 'as if you were Brazilian', NO),
 ('ev-5ed0ef2f16', 'More and more parents', 'direct', NO, NO, NO, 'no speaker named on the page (pull quote)', False, NO, NO, NO),
 ('ev-5ed0ef2f16', 'Questions and criticism', 'direct', NO, NO, NO, 'no speaker named on the page (pull quote)', False, NO, NO, NO),
 ('ev-5ed0ef2f16', 'We got superheroes', 'direct', NO, NO, NO, 'no speaker named on the page (pull quote)', False, NO, NO, NO),
 ('ev-335b4b9c12', 'Wrecking Ball', 'scare', NO, NO, NO, 'scare quotes: a song title (rule 5)', False, NO, NO, NO),
 ('ev-1abfac9167', 'The record reflects', 'direct', 'org:us-court-of-appeals-first-circuit', 'a three-judge panel of the Court of Appeals',
  'concluded the following', NO, False, "the court's opinion quoted after a colon; opened with a curly mark, closed with a straight one", 'sentence are affirmed.', NO),
 ('ev-1abfac9167', 'The U.S. Attorney’s Office for', 'direct', 'per:rosa-emilia-rodriguez-velez', 'Rosa Emilia Rodríguez-Vélez', 'said', NO, False,
  'post-posed cue with the title after the name; opened with a curly mark, closed with a straight one', 'with great success,', NO),
]
# an organisation that speaks (guidelines: a speaker that is an organisation is linked to its org: entity)
ORGS = [{"entity_id": "org:us-court-of-appeals-first-circuit", "name": "United States Court of Appeals for the First Circuit", "label": "ORG",
         "aliases": ["United States Court of Appeals for the First Circuit", "Court of Appeals", "a three-judge panel of the Court of Appeals"],
         "role": None, "note": "speaker of a quoted opinion; no ORG mentions are annotated in collection 4 (PERSON only)"}]
for d in ('ev-fd80582512', 'ev-7a2927b9c1'):  # the Tyson Gay report, both versions
    Q += [(d, 'It shocked me,', 'direct', 'per:tyson-gay', 'Gay', 'said', NO, False, NO, NO, 1),
          (d, 'I was slightly frightened', 'direct', 'per:tyson-gay', 'Gay', 'said', NO, False, NO, NO, 1),
          (d, 'I saw her yesterday', 'direct', 'per:betty-heidler', 'Heidler', 'said', NO, False, 'post-posed cue; holds a nested quotation', NO, NO),
          (d, 'Oh, it would be nice', 'direct', 'per:betty-heidler', 'I', 'thought', NO, U, "nested: what she reports thinking, in single straight marks", 'gold medalist too.', NO)]
# ---- for evaluation/collection_builder.py
# hosts that are the outlet's own site (the page is the original publication)
OWN_HOSTS = {'en.wikinews.org', 'globalvoices.org', 'www.voanews.com', 'www.usagm.gov', 'www.insidevoa.com',
             'foreignaffairs.house.gov'}
DOC_NOTES = {'ev-f5c519f786': "Global Voices' own print view of the article ev-0e78a6e7fd (same text, with link numbers and a categories line)."}
