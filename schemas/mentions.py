import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from corpus import vocab
from schemas.base import TrimmedSpanModel

VALUE_LABELS = ("DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL")


class MentionsModel(TrimmedSpanModel):
    mention_id: Series[str] = pa.Field(unique=True)
    label: Series[str] = pa.Field(isin=vocab.ENTITY_LABELS)
    entity_id: Series[str] = pa.Field(nullable=True)
    segment_kind: Series[str] = pa.Field(isin=vocab.SEGMENT_KINDS)
    uncertain: Series[bool]
    note: Series[str] = pa.Field(nullable=True)

    @pa.dataframe_check(name="names_link_to_an_entity")
    def names_link_to_an_entity(cls, df: pd.DataFrame) -> Series[bool]:
        return df["label"].isin(VALUE_LABELS) | df["entity_id"].notna()
