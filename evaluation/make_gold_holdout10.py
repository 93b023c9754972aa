"""Build the gold of collection 10, the fourth held-out collection of the later ones (after 6
and 7), from evaluation/holdout10/ (run from the project root, after the earlier collections'
builders): segments, quotes, PERSON mentions and entities by evaluation/collection_builder.py,
the one builder every later collection uses."""
import sys

sys.path.insert(0, 'evaluation')
from collection_builder import main  # noqa: E402

main(10)
