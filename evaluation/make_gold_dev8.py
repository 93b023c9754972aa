"""Build the gold of collection 8 from evaluation/dev8/ (run from the project root, after
make_gold.py, make_gold_holdout.py, make_gold_dev3.py, make_gold_dev4.py, make_gold_dev5.py, make_gold_holdout6.py and make_gold_holdout7.py): segments, quotes,
PERSON mentions and entities by evaluation/collection_builder.py, the one builder every later
collection uses."""
import sys

sys.path.insert(0, 'evaluation')
from collection_builder import main  # noqa: E402

main(8)
