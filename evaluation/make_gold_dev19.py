"""Build the gold of collection 19 from evaluation/dev19/ (run from the project root, after
make_gold.py, make_gold_holdout.py and the make_gold_dev3.py .. make_gold_dev18.py scripts):
segments, quotes, PERSON mentions and entities by evaluation/collection_builder.py, the one
builder every later collection uses."""
import sys

sys.path.insert(0, 'evaluation')
from collection_builder import main  # noqa: E402

main(19)
