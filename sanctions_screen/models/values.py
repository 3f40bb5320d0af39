"""Value objects shared by entries and queries: names, dates, places, identifiers."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

__all__ = [
    "Address",
    "BirthDate",
    "EntityKind",
    "Identifier",
    "IdentifierType",
    "Name",
    "NameQuality",
    "NameRole",
    "Place",
]


class _Value(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class EntityKind(StrEnum):
    """What a listed entry (or a query) is."""

    PERSON = "person"
    ORGANIZATION = "organization"
    VESSEL = "vessel"
    AIRCRAFT = "aircraft"


class NameQuality(StrEnum):
    """How reliable a list says a name is (UN 'Good'/'Low'; OFAC weak a.k.a. in remarks)."""

    STRONG = "strong"
    WEAK = "weak"


class NameRole(StrEnum):
    """Why a name is attached to an entry."""

    PRIMARY = "primary"
    ALIAS = "alias"
    FORMER = "former"
    """A former name (UN 'f.k.a.', OFAC 'fka', EU previous name)."""
    LINKED_VESSEL = "linked_vessel"
    """A vessel named in a company's listing text (UN DPRK shipping companies)."""


class Name(_Value):
    """One name of an entry, exactly as published, with what the list says about it.

    Example:
        >>> Name(value="NO Kwang Chol", script="latin").role
        <NameRole.PRIMARY: 'primary'>
    """

    value: str = Field(min_length=1, description="The name exactly as the list publishes it.")
    role: NameRole = NameRole.PRIMARY
    quality: NameQuality = NameQuality.STRONG
    script: str = Field(description="latin, hangul, han, cyrillic, arabic, ... or mixed.")
    parts: dict[str, str] = Field(
        default_factory=dict,
        description="Name parts where the list gives them, e.g. UN first_name, second_name.",
    )
    note: str | None = Field(default=None, description="Qualifier the list attaches, if any.")
    language: str | None = Field(default=None, description="Language code the list gives.")


class BirthDate(_Value):
    """A date of birth as lists give it: exact, year only, or between two years.

    ``year_from``/``year_to`` always hold the year range the date admits, so a query year
    can be compared whatever the precision.

    Example:
        >>> BirthDate.between(1967, 1969, text="1967-1969").admits_year(1968)
        True
    """

    text: str = Field(description="The date as published.")
    exact: dt.date | None = None
    year_from: int | None = None
    year_to: int | None = None
    circa: bool = False

    @classmethod
    def of_date(cls, value: dt.date, *, text: str) -> BirthDate:
        """A full date of birth."""
        return cls(text=text, exact=value, year_from=value.year, year_to=value.year)

    @classmethod
    def of_year(cls, year: int, *, text: str, circa: bool = False) -> BirthDate:
        """A year of birth only."""
        return cls(text=text, year_from=year, year_to=year, circa=circa)

    @classmethod
    def between(cls, year_from: int, year_to: int, *, text: str) -> BirthDate:
        """A birth year somewhere between two years (inclusive)."""
        return cls(text=text, year_from=min(year_from, year_to), year_to=max(year_from, year_to))

    def admits_year(self, year: int) -> bool:
        """Whether a person born in ``year`` fits this date (one year of slack if circa)."""
        if self.year_from is None or self.year_to is None:
            return False
        slack = 1 if self.circa else 0
        return self.year_from - slack <= year <= self.year_to + slack


class Place(_Value):
    """A place (of birth) as published, with its country when it can be told."""

    text: str
    country: str | None = Field(default=None, description="ISO 3166-1 alpha-2 code.")


class Address(_Value):
    """An address as published, split where the list splits it."""

    text: str
    city: str | None = None
    country: str | None = Field(default=None, description="ISO 3166-1 alpha-2 code.")
    note: str | None = None


class IdentifierType(StrEnum):
    """Kinds of identifiers lists publish."""

    PASSPORT = "passport"
    NATIONAL_ID = "national_id"
    IMO = "imo"
    MMSI = "mmsi"
    REGISTRATION = "registration"
    TAX = "tax"
    SWIFT = "swift"
    CALL_SIGN = "call_sign"
    AIRCRAFT_SERIAL = "aircraft_serial"
    OTHER = "other"


class Identifier(_Value):
    """An identifier as published plus its comparable form.

    ``number`` is the comparable form (upper case, no spaces or punctuation); ``value`` the
    published text. ``valid`` is set where the identifier carries a check (IMO check digit).
    """

    type: IdentifierType
    value: str = Field(min_length=1)
    number: str = Field(min_length=1)
    country: str | None = Field(default=None, description="Issuing country, ISO alpha-2.")
    valid: bool | None = None
    note: str | None = None
