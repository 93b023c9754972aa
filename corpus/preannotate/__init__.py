"""Rule-based pre-annotators: quotes with speakers, and entity mentions.

The Label Studio bridge and `corpus preannotate` call the two plain functions below;
every span they return is ``text[start:end]`` of the exact text they were given.
"""

from corpus.preannotate.entities import MentionSpan, extract_mentions
from corpus.preannotate.quotes import QuoteSpan, extract_quotes

__all__ = ["MentionSpan", "QuoteSpan", "extract_mentions", "extract_quotes"]
