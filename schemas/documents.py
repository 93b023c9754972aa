import pandera.pandas as pa
from pandera.typing import Series

from corpus import vocab
from schemas.base import TableModel


class DocumentsModel(TableModel):
    doc_id: Series[str] = pa.Field(unique=True, str_matches=r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")
    story_id: Series[str] = pa.Field(str_length={"min_value": 1})
    text: Series[str] = pa.Field(str_length={"min_value": 1})
    sha256: Series[str] = pa.Field(str_matches=r"^[0-9a-f]{64}$")
    source_file: Series[str]
    language: Series[str] = pa.Field(str_matches=r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
    language_evidence: Series[str] = pa.Field(nullable=True)
    outlet: Series[str] = pa.Field(nullable=True)
    outlet_evidence: Series[str] = pa.Field(nullable=True)
    date: Series[str] = pa.Field(nullable=True, str_matches=r"^\d{4}-\d{2}-\d{2}$")
    derivation: Series[str] = pa.Field(isin=vocab.DERIVATION)
    derivation_note: Series[str] = pa.Field(str_length={"min_value": 1})
    authorship: Series[str] = pa.Field(isin=vocab.AUTHORSHIP)
    authorship_note: Series[str] = pa.Field(str_length={"min_value": 1})
    derived_from: Series[object]
    uncertain: Series[bool]
    note: Series[str] = pa.Field(nullable=True)

