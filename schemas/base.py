"""Shared pandera bases: the span triple and the config every table model uses."""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series


class TableModel(pa.DataFrameModel):
    class Config:
        coerce = True
        # Annotation files may carry `provenance`; the loader rejects unknown fields
        # itself (with line numbers), so pandera need not.
        strict = False


class SpanModel(TableModel):
    """Every span: [start, end) code points into documents.text, with its own text."""

    doc_id: Series[str] = pa.Field(str_length={"min_value": 1})
    start: Series[pd.Int64Dtype] = pa.Field(ge=0)
    end: Series[pd.Int64Dtype] = pa.Field(ge=1)
    text: Series[str] = pa.Field(str_length={"min_value": 1})

    @pa.dataframe_check(name="end_after_start")
    def end_after_start(cls, df: pd.DataFrame) -> Series[bool]:
        return df["end"] > df["start"]

    @pa.dataframe_check(name="text_length_matches_offsets")
    def text_length_matches_offsets(cls, df: pd.DataFrame) -> Series[bool]:
        # a reversed span is end_after_start's failure, not this one's too
        return (df["end"] <= df["start"]) | (df["text"].str.len() == (df["end"] - df["start"]))


class TrimmedSpanModel(SpanModel):
    """Annotation spans never start or end on white space (guidelines, section 0)."""

    @pa.dataframe_check(name="no_edge_whitespace")
    def no_edge_whitespace(cls, df: pd.DataFrame) -> Series[bool]:
        return df["text"] == df["text"].str.strip()
