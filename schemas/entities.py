import pandera.pandas as pa
from pandera.typing import Series

from corpus import vocab
from schemas.base import TableModel


class EntitiesModel(TableModel):
    entity_id: Series[str] = pa.Field(unique=True, str_matches=r"^[a-z_]+:[a-z0-9][a-z0-9._-]*$")
    name: Series[str] = pa.Field(str_length={"min_value": 1})
    label: Series[str] = pa.Field(isin=vocab.ENTITY_LABELS)
    aliases: Series[object]
    role: Series[str] = pa.Field(nullable=True)
    note: Series[str] = pa.Field(nullable=True)
