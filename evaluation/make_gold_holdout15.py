"""Build the gold of collection 15, a held-out collection made when collections 10 and 12 had
been scored and dev collections 13 and 14 were being tuned on, from evaluation/holdout15/ (run
from the project root, after the earlier collections' builders): segments, quotes, PERSON
mentions and entities by evaluation/collection_builder.py, the one builder every later
collection uses."""
import sys

sys.path.insert(0, 'evaluation')
from collection_builder import main  # noqa: E402

main(15)
