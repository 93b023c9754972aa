import pandera.pandas as pa
from pandera.typing import Series

from schemas.base import TableModel


class SourcesModel(TableModel):
    source_id: Series[str] = pa.Field(unique=True, str_matches=r"^src:[a-z0-9][a-z0-9._-]*$")
    outlet: Series[str] = pa.Field(str_length={"min_value": 1})
    description: Series[str] = pa.Field(str_length={"min_value": 1})
    note: Series[str] = pa.Field(nullable=True)
