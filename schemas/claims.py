import pandera.pandas as pa
from pandera.typing import Series

from corpus import vocab
from schemas.base import TrimmedSpanModel


class ClaimsModel(TrimmedSpanModel):
    claim_id: Series[str] = pa.Field(unique=True)
    status: Series[str] = pa.Field(isin=vocab.CLAIM_STATUS)
    rationale: Series[str] = pa.Field(str_length={"min_value": 1})
    world_knowledge: Series[str] = pa.Field(nullable=True)
    uncertain: Series[bool]
    note: Series[str] = pa.Field(nullable=True)
