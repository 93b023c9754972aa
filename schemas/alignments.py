import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from corpus import vocab
from schemas.base import TableModel, TrimmedSpanModel


class AlignmentsModel(TrimmedSpanModel):
    alignment_id: Series[str] = pa.Field(unique=True)
    target_doc_id: Series[str] = pa.Field(nullable=True)
    target_start: Series[pd.Int64Dtype] = pa.Field(nullable=True, ge=0)
    target_end: Series[pd.Int64Dtype] = pa.Field(nullable=True, ge=1)
    target_text: Series[str] = pa.Field(nullable=True)
    label: Series[str] = pa.Field(isin=vocab.ALIGNMENT_LABELS)
    edit: Series[str] = pa.Field(nullable=True, isin=vocab.EDIT_ACTIONS)
    score: Series[float] = pa.Field(nullable=True, ge=0, le=1)
    uncertain: Series[bool]
    note: Series[str] = pa.Field(nullable=True)
    origin: Series[str] = pa.Field(isin=vocab.ALIGNMENT_ORIGINS)

    @pa.dataframe_check(name="new_has_no_counterpart_others_have_one")
    def counterpart(cls, df: pd.DataFrame) -> Series[bool]:
        span = df[["target_start", "target_end", "target_text"]].notna()
        new = df["label"] == "new"
        return (new & ~span.any(axis=1)) | (~new & span.all(axis=1) & df["target_doc_id"].notna())

    @pa.dataframe_check(name="target_is_another_document")
    def other_doc(cls, df: pd.DataFrame) -> Series[bool]:
        return df["target_doc_id"].isna() | (df["target_doc_id"] != df["doc_id"])

    @pa.dataframe_check(name="target_text_length_matches_offsets")
    def target_len(cls, df: pd.DataFrame) -> Series[bool]:
        has = df["target_text"].notna()
        ok = df["target_text"].str.len() == (df["target_end"] - df["target_start"])
        return ~has | ok.fillna(False).astype(bool)

    @pa.dataframe_check(name="deletion_is_new")
    def deletion_new(cls, df: pd.DataFrame) -> Series[bool]:
        return (df["edit"] != "deletion") | (df["label"] == "new")


class VersionPairsModel(TableModel):
    story_id: Series[str]
    doc_id: Series[str]
    target_doc_id: Series[str]
    jaccard: Series[float] = pa.Field(ge=0, le=1)
    containment: Series[float] = pa.Field(ge=0, le=1)
    duplicate: Series[str] = pa.Field(nullable=True, isin=vocab.DUPLICATE_KINDS)
    verbatim_share: Series[float] = pa.Field(nullable=True, ge=0, le=1)
    rewritten_share: Series[float] = pa.Field(nullable=True, ge=0, le=1)
    new_share: Series[float] = pa.Field(nullable=True, ge=0, le=1)

    @pa.dataframe_check(name="pair_of_two_documents")
    def two_docs(cls, df: pd.DataFrame) -> Series[bool]:
        return df["doc_id"] != df["target_doc_id"]


class DerivationProposalsModel(TableModel):
    doc_id: Series[str] = pa.Field(unique=True)
    story_id: Series[str]
    derivation: Series[str] = pa.Field(isin=vocab.DERIVATION)
    derived_from: Series[object]
    score: Series[float] = pa.Field(ge=0, le=1)
    reason: Series[str] = pa.Field(str_length={"min_value": 1})
    boilerplate_share: Series[float] = pa.Field(ge=0, le=1)
    cited_outlets: Series[object]


class QuoteProposalsModel(TableModel):
    quote_id: Series[str] = pa.Field(unique=True)
    doc_id: Series[str]
    cluster_id: Series[str] = pa.Field(nullable=True)
    variant: Series[str] = pa.Field(nullable=True, isin=vocab.QUOTE_VARIANTS)
    changes: Series[str] = pa.Field(nullable=True)
    score: Series[float] = pa.Field(nullable=True, ge=0, le=1)
