"""Build the gold of collection 17, a held-out collection made when collection 15 had been
scored and dev collection 16 was being tuned on, from evaluation/holdout17/ (run from the
project root, after the earlier collections' builders): segments, quotes, PERSON mentions and
entities by evaluation/collection_builder.py, the one builder every later collection uses."""
import sys

sys.path.insert(0, 'evaluation')
from collection_builder import main  # noqa: E402

main(17)
