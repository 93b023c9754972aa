import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from corpus import vocab
from schemas.base import TrimmedSpanModel


class QuotesModel(TrimmedSpanModel):
    quote_id: Series[str] = pa.Field(unique=True)
    kind: Series[str] = pa.Field(isin=vocab.QUOTE_KINDS)
    speaker_entity_id: Series[str] = pa.Field(nullable=True)
    speaker_unknown_reason: Series[str] = pa.Field(nullable=True)
    true_speaker_entity_id: Series[str] = pa.Field(nullable=True)
    speaker_start: Series[pd.Int64Dtype] = pa.Field(nullable=True, ge=0)
    speaker_end: Series[pd.Int64Dtype] = pa.Field(nullable=True, ge=1)
    speaker_text: Series[str] = pa.Field(nullable=True)
    cue_start: Series[pd.Int64Dtype] = pa.Field(nullable=True, ge=0)
    cue_end: Series[pd.Int64Dtype] = pa.Field(nullable=True, ge=1)
    cue_text: Series[str] = pa.Field(nullable=True)
    addressee_entity_id: Series[str] = pa.Field(nullable=True)
    group_id: Series[str] = pa.Field(nullable=True)
    cluster_id: Series[str] = pa.Field(nullable=True)
    variant: Series[str] = pa.Field(nullable=True, isin=vocab.QUOTE_VARIANTS)
    variant_note: Series[str] = pa.Field(nullable=True)

    segment_kind: Series[str] = pa.Field(isin=vocab.SEGMENT_KINDS)
    uncertain: Series[bool]
    note: Series[str] = pa.Field(nullable=True)

    @pa.dataframe_check(name="direct_and_mixed_have_a_speaker_or_a_reason")
    def speaker_or_reason(cls, df: pd.DataFrame) -> Series[bool]:
        needs = df["kind"].isin(["direct", "mixed"])
        return ~needs | df["speaker_entity_id"].notna() | df["speaker_unknown_reason"].notna()

    @pa.dataframe_check(name="cluster_members_have_a_variant")
    def cluster_variant(cls, df: pd.DataFrame) -> Series[bool]:
        return df["cluster_id"].isna() | df["variant"].notna()

    @pa.dataframe_check(name="speaker_span_complete_or_absent")
    def speaker_span_whole(cls, df: pd.DataFrame) -> Series[bool]:
        parts = df[["speaker_start", "speaker_end", "speaker_text"]].notna()
        return parts.all(axis=1) | ~parts.any(axis=1)

    @pa.dataframe_check(name="cue_span_complete_or_absent")
    def cue_span_whole(cls, df: pd.DataFrame) -> Series[bool]:
        parts = df[["cue_start", "cue_end", "cue_text"]].notna()
        return parts.all(axis=1) | ~parts.any(axis=1)
