import pandera.pandas as pa
from pandera.typing import Series

from corpus import vocab
from schemas.base import SpanModel


class SegmentsModel(SpanModel):
    segment_id: Series[str] = pa.Field(unique=True)
    kind: Series[str] = pa.Field(isin=vocab.SEGMENT_KINDS)
    boilerplate: Series[bool]
