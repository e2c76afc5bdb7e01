"""SQLAlchemy models for the HSDS 3.0 tables Harbor uses, plus two derived search tables.

Table and column names are spelled as Open Referral HSDS 3.0 spells them, so a staff member
who knows HSDS recognises the data. Every field of these tables is kept, so an import loses
nothing. Dates and times are stored as the ISO text HSDS uses; numbers as numbers.

``search_service`` (one row per active service, with the facets search filters on) and
``search_area`` (one row per area a service covers) are not HSDS: ``resources.search_tables``
rebuilds them from the HSDS tables after every import, so that a search is a few indexed
queries. They are never exported.

``harbor_translation`` is not HSDS either: it is Harbor's documented extension holding a text
of an HSDS row in another language (``resources/hsds/extension.py``, ``EXTENSION.md``). It is
imported and exported beside the HSDS tables, as ``harbor_translations.csv``.
"""

from __future__ import annotations

from sqlalchemy import Boolean, Column, Float, ForeignKey, Index, Integer, MetaData, String, Text
from sqlalchemy.orm import declarative_base

# Foreign keys named as PostgreSQL names them by default, so that a big import can drop
# and re-add them by name in databases created before the names were spelled out.
Base = declarative_base(
    metadata=MetaData(
        naming_convention={
            "ix": "ix_%(column_0_label)s",  # SQLAlchemy's default, kept
            "fk": "%(table_name)s_%(column_0_name)s_fkey",
        }
    )
)

UUID = String(36)


class Organization(Base):
    __tablename__ = "organization"
    id = Column(UUID, primary_key=True)
    name = Column(Text, nullable=False)
    alternate_name = Column(Text)
    description = Column(Text, nullable=False)
    email = Column(Text)
    website = Column(Text)
    tax_status = Column(Text)
    tax_id = Column(Text)
    year_incorporated = Column(Float)
    legal_status = Column(Text)
    logo = Column(Text)
    uri = Column(Text)
    parent_organization_id = Column(UUID)


class Program(Base):
    __tablename__ = "program"
    id = Column(UUID, primary_key=True)
    organization_id = Column(UUID, ForeignKey("organization.id"), nullable=False, unique=True)
    name = Column(Text, nullable=False)
    alternate_name = Column(Text)
    description = Column(Text, nullable=False)


class Service(Base):
    __tablename__ = "service"
    id = Column(UUID, primary_key=True)
    organization_id = Column(UUID, ForeignKey("organization.id"), nullable=False, index=True)
    program_id = Column(UUID, ForeignKey("program.id"))
    name = Column(Text, nullable=False)
    alternate_name = Column(Text)
    description = Column(Text)
    url = Column(Text)
    email = Column(Text)
    status = Column(String(20), nullable=False)
    interpretation_services = Column(Text)
    application_process = Column(Text)
    fees_description = Column(Text)
    wait_time = Column(Text)
    fees = Column(Text)
    accreditations = Column(Text)
    eligibility_description = Column(Text)
    minimum_age = Column(Float)
    maximum_age = Column(Float)
    assured_date = Column(String(10))
    assurer_email = Column(Text)
    licenses = Column(Text)
    alert = Column(Text)
    last_modified = Column(String(40))


class Location(Base):
    __tablename__ = "location"
    id = Column(UUID, primary_key=True)
    location_type = Column(String(10), nullable=False)
    url = Column(Text)
    organization_id = Column(UUID, ForeignKey("organization.id"))
    name = Column(Text)
    alternate_name = Column(Text)
    description = Column(Text)
    transportation = Column(Text)
    latitude = Column(Float)
    longitude = Column(Float)
    external_identifier = Column(Text)
    external_identifier_type = Column(Text)


class ServiceAtLocation(Base):
    __tablename__ = "service_at_location"
    id = Column(UUID, primary_key=True)
    service_id = Column(UUID, ForeignKey("service.id"), nullable=False, index=True)
    location_id = Column(UUID, ForeignKey("location.id"), nullable=False, index=True)
    description = Column(Text)


class Address(Base):
    __tablename__ = "address"
    id = Column(UUID, primary_key=True)
    location_id = Column(UUID, ForeignKey("location.id"), index=True)
    attention = Column(Text)
    address_1 = Column(Text, nullable=False)
    address_2 = Column(Text)
    city = Column(Text, nullable=False)
    region = Column(Text)
    state_province = Column(Text, nullable=False)
    postal_code = Column(Text, nullable=False)
    country = Column(Text, nullable=False)
    address_type = Column(String(10), nullable=False)


class Phone(Base):
    __tablename__ = "phone"
    id = Column(UUID, primary_key=True)
    location_id = Column(UUID, ForeignKey("location.id"))
    service_id = Column(UUID, ForeignKey("service.id"), index=True)
    organization_id = Column(UUID, ForeignKey("organization.id"))
    # HSDS points contact_id at its contact table, which Harbor does not keep.
    contact_id = Column(UUID)
    service_at_location_id = Column(UUID, ForeignKey("service_at_location.id"))
    number = Column(Text, nullable=False)
    extension = Column(Float)
    type = Column(Text)
    description = Column(Text)


class Schedule(Base):
    __tablename__ = "schedule"
    id = Column(UUID, primary_key=True)
    service_id = Column(UUID, ForeignKey("service.id"), index=True)
    location_id = Column(UUID, ForeignKey("location.id"))
    service_at_location_id = Column(UUID, ForeignKey("service_at_location.id"))
    valid_from = Column(String(10))
    valid_to = Column(String(10))
    dtstart = Column(String(10))
    timezone = Column(Float)
    until = Column(String(10))
    count = Column(Float)
    wkst = Column(String(2))
    freq = Column(String(10))
    interval = Column(Float)
    byday = Column(Text)
    byweekno = Column(Text)
    bymonthday = Column(Text)
    byyearday = Column(Text)
    description = Column(Text)
    opens_at = Column(String(8))
    closes_at = Column(String(8))
    schedule_link = Column(Text)
    attending_type = Column(Text)
    notes = Column(Text)


class ServiceArea(Base):
    __tablename__ = "service_area"
    id = Column(UUID, primary_key=True)
    service_id = Column(UUID, ForeignKey("service.id"), index=True)
    name = Column(Text)
    description = Column(Text)
    extent = Column(Text)
    extent_type = Column(Text)
    uri = Column(Text)


class Language(Base):
    __tablename__ = "language"
    id = Column(UUID, primary_key=True)
    service_id = Column(UUID, ForeignKey("service.id"), index=True)
    location_id = Column(UUID, ForeignKey("location.id"))
    phone_id = Column(UUID, ForeignKey("phone.id"))
    name = Column(Text)
    code = Column(Text)
    note = Column(Text)


class Taxonomy(Base):
    __tablename__ = "taxonomy"
    id = Column(UUID, primary_key=True)
    name = Column(Text, nullable=False)
    description = Column(Text, nullable=False)
    uri = Column(Text)
    version = Column(Text)


class TaxonomyTerm(Base):
    __tablename__ = "taxonomy_term"
    id = Column(UUID, primary_key=True)
    code = Column(String(100), unique=True)
    name = Column(Text, nullable=False)
    description = Column(Text, nullable=False)
    parent_id = Column(UUID)
    taxonomy = Column(Text)
    language = Column(Text)
    taxonomy_id = Column(UUID, ForeignKey("taxonomy.id"))
    term_uri = Column(Text)


class Attribute(Base):
    __tablename__ = "attribute"
    id = Column(UUID, primary_key=True)
    # HSDS links an attribute to any entity; link_entity names which table.
    link_id = Column(UUID, nullable=False)
    taxonomy_term_id = Column(UUID, ForeignKey("taxonomy_term.id"), nullable=False)
    link_type = Column(Text)
    link_entity = Column(String(40), nullable=False)
    value = Column(Text)
    __table_args__ = (Index("ix_attribute_link", "link_id", "taxonomy_term_id"),)


# The HSDS resource name (as in datapackage.json) of each table Harbor stores.
HSDS_MODELS: dict[str, type] = {
    model.__tablename__: model
    for model in (
        Organization,
        Program,
        Service,
        Location,
        ServiceAtLocation,
        Address,
        Phone,
        Schedule,
        ServiceArea,
        Language,
        Taxonomy,
        TaxonomyTerm,
        Attribute,
    )
}


class Translation(Base):
    """One text of an HSDS row in another language (Harbor's extension, not HSDS).

    Linked the way HSDS links an ``attribute``: ``link_entity`` names the table, ``link_id``
    the row; ``field`` is the translated column, ``language`` an ISO 639-1 code such as
    ``es``. The English text stays in the HSDS field itself.
    """

    __tablename__ = "harbor_translation"
    link_entity = Column(String(40), primary_key=True)
    link_id = Column(UUID, primary_key=True)
    field = Column(String(40), primary_key=True)
    language = Column(String(8), primary_key=True)
    value = Column(Text, nullable=False)


class SearchService(Base):
    """One row per active service with the facets search filters on (derived, not HSDS)."""

    __tablename__ = "search_service"
    service_id = Column(UUID, primary_key=True)
    name = Column(Text, nullable=False)
    kind = Column(String(20))
    # Facet sets stored as "|a|b|" so that "contains" is a portable LIKE.
    needs = Column(Text, nullable=False, default="|")
    need_count = Column(Integer, nullable=False, default=0)
    populations = Column(Text, nullable=False, default="|")
    systems = Column(Text, nullable=False, default="|")
    systems_only = Column(Text, nullable=False, default="|")
    minimum_age = Column(Float)
    maximum_age = Column(Float)
    open_24_7 = Column(Boolean, nullable=False, default=False)
    # Where the service is (its first location, else the centre of its area), for distance.
    latitude = Column(Float)
    longitude = Column(Float)


class SearchArea(Base):
    """One row per area a service covers (derived from service_area, not HSDS)."""

    __tablename__ = "search_area"
    id = Column(Integer, primary_key=True, autoincrement=True)
    service_id = Column(UUID, nullable=False, index=True)
    # national | state | county | city | zip | radius
    scope = Column(String(10), nullable=False)
    state = Column(String(2))
    county = Column(Text)
    city = Column(Text)
    postal_code = Column(String(5))
    radius_miles = Column(Float)
    # Centre of a radius area.
    latitude = Column(Float)
    longitude = Column(Float)
    area_name = Column(Text, nullable=False)
    __table_args__ = (
        Index("ix_search_area_county", "scope", "state", "county"),
        Index("ix_search_area_city", "scope", "state", "city"),
        Index("ix_search_area_zip", "scope", "postal_code"),
        Index("ix_search_area_radius", "scope", "latitude"),
    )
