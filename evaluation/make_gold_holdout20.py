"""Build the gold of collection 20, a held-out collection made while dev collection 19 was being
made and tuned on, from evaluation/holdout20/ (run from the project root, after the earlier
collections' builders): segments, quotes, PERSON mentions and entities by
evaluation/collection_builder.py, the one builder every later collection uses."""
import sys

sys.path.insert(0, 'evaluation')
from collection_builder import main  # noqa: E402

main(20)
