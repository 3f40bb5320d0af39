"""What a user screens: a counterparty (a name and what else is known of it)."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict, Field, field_validator

from sanctions_screen.models.values import EntityKind, IdentifierType

__all__ = ["Counterparty", "QueryIdentifier"]


class QueryIdentifier(BaseModel):
    """An identifier the user knows of the counterparty."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    type: IdentifierType
    value: str = Field(min_length=1)
    country: str | None = None


class Counterparty(BaseModel):
    """A counterparty to screen. Only ``name`` is needed; the rest is evidence.

    Secondary data raise or lower a hit's score; missing data changes nothing (it is
    reported as "not available" in the explanation, never scored as a mismatch).

    Example:
        >>> c = Counterparty(name="NO Kwang Chol", birth_date="1956", nationality="DPRK")
        >>> c.birth_date
        '1956'
    """

    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=True)

    name: str | None = Field(default=None, description="Full name as the user has it.")
    kind: EntityKind | None = Field(default=None, description="None: any kind.")
    birth_date: str | dt.date | None = Field(
        default=None, description="'1956', '1956-07-01', '16.7.1956' or a date."
    )
    nationality: str | None = Field(default=None, description="Name or ISO code.")
    country: str | None = Field(default=None, description="Country of residence or seat.")
    address: str | None = None
    identifiers: tuple[QueryIdentifier, ...] = ()
    key: str | None = Field(default=None, description="The caller's own id for this row.")

    @field_validator("name", "nationality", "country", "address", "key", mode="before")
    @classmethod
    def _blank_is_missing(cls, value: object) -> object:
        if isinstance(value, str) and not value.strip():
            return None
        return value

    @field_validator("birth_date", mode="before")
    @classmethod
    def _blank_date_is_missing(cls, value: object) -> object:
        if isinstance(value, str) and not value.strip():
            return None
        return value

    @classmethod
    def vessel(cls, name: str | None, *, imo: str | None = None, **extra: object) -> Counterparty:
        """A vessel counterparty with an optional IMO number.

        Example:
            >>> Counterparty.vessel("CHON MYONG 1", imo="8712362").identifiers[0].type.value
            'imo'
        """
        ids = (QueryIdentifier(type=IdentifierType.IMO, value=imo),) if imo else ()
        return cls.model_validate(
            {"name": name, "kind": EntityKind.VESSEL, "identifiers": ids, **extra}
        )
