import pandera.pandas as pa
from pandera.typing import Series

from schemas.base import TrimmedSpanModel


class ClaimEvidenceModel(TrimmedSpanModel):
    claim_id: Series[str]
    stance: Series[str] = pa.Field(isin=("supports", "refutes"))
    note: Series[str] = pa.Field(nullable=True)
