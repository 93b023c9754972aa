"""Build the gold of collection 14 from evaluation/dev14/ (run from the project root, after
make_gold.py, make_gold_holdout.py and make_gold_dev3.py to make_gold_dev13.py): segments,
quotes, PERSON mentions and entities by evaluation/collection_builder.py, the one builder every
later collection uses."""
import sys

sys.path.insert(0, 'evaluation')
from collection_builder import main  # noqa: E402

main(14)
