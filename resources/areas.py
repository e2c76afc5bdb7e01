"""Service areas: what part of the US a service covers, read from an HSDS ``service_area`` row.

A row says it in ``extent`` with ``extent_type`` ``text``, in one of these forms:

    national                      the whole country
    state:CA                      a state
    county:OR:Multnomah County    a county
    city:CA:San Francisco         a city
    zip:94110                     one ZIP code
    radius:25                     within 25 miles of each of the service's locations (max 100)

When ``extent`` is empty the row's ``name`` is read as a place ("Multnomah County, OR",
"San Francisco, CA", "United States"), and the import writes the form above back.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from resources import places

# A wider area is better written as a county or a state; the cap keeps radius search cheap.
MAX_RADIUS_MILES = 100.0
NATIONAL_NAMES = {"national", "nationwide", "us", "usa", "united states", "the united states"}
SPANISH_NATIONAL = "todo EE. UU."


class AreaError(ValueError):
    """A service area Harbor cannot read; the message says why in plain words."""


@dataclass(frozen=True)
class Area:
    scope: str
    state: str | None = None
    county: str | None = None
    city: str | None = None
    zip: str | None = None
    radius_miles: float | None = None

    @property
    def extent(self) -> str:
        """The canonical ``extent`` text for this area."""
        if self.scope == "national":
            return "national"
        if self.scope == "state":
            return f"state:{self.state}"
        if self.scope == "county":
            return f"county:{self.state}:{self.county}"
        if self.scope == "city":
            return f"city:{self.state}:{self.city}"
        if self.scope == "zip":
            return f"zip:{self.zip}"
        return f"radius:{self.radius_miles:g}"

    @property
    def label(self) -> str:
        """The area in plain words, as the bot says it ("Multnomah County, OR")."""
        if self.scope == "national":
            return "the whole US"
        if self.scope == "state":
            return places.STATE_NAMES.get(self.state or "", self.state or "")
        if self.scope == "county":
            return f"{self.county}, {self.state}"
        if self.scope == "city":
            return f"{self.city}, {self.state}"
        if self.scope == "zip":
            return f"ZIP {self.zip}"
        return f"within {self.radius_miles:g} miles"

    def label_in(self, lang: str = "en") -> str:
        """The area in plain words in ``lang`` (``en`` or ``es``): "todo EE. UU.",
        "el condado de Multnomah, OR". Names of states and cities stay as they are."""
        if lang != "es":
            return self.label
        if self.scope == "national":
            return SPANISH_NATIONAL
        if self.scope == "county" and (self.county or "").endswith(" County"):
            return f"el condado de {self.county[: -len(' County')]}, {self.state}"
        if self.scope == "zip":
            return f"el código postal {self.zip}"
        if self.scope == "radius":
            return f"la zona a {self.radius_miles:g} millas"
        return self.label

    def label_near(self, city: str, state: str, lang: str = "en") -> str:
        """A radius around a service's location, named by the nearest city."""
        return f"{self.label_in(lang)} {'de' if lang == 'es' else 'of'} {city}, {state}"


@lru_cache(maxsize=65536)
def parse_area(extent: str | None, name: str | None = None) -> Area:
    """Read a service area from its ``extent`` text, or from its ``name`` when that is empty.

    Raises AreaError, saying why in plain words, for an area Harbor cannot read.
    """
    text = (extent or "").strip()
    if not text:
        return _area_from_name(name)
    scope, _, rest = text.partition(":")
    scope = scope.strip().lower()
    parts = [p.strip() for p in rest.split(":")] if rest else []
    read = _READERS.get((scope, len(parts)))
    if read is None:
        raise AreaError(
            f"'{text}' is not a service area Harbor reads; write national, state:CA, "
            "county:OR:Multnomah County, city:CA:San Francisco, zip:94110 or radius:25"
        )
    return read(parts)


def _national(_parts: list[str]) -> Area:
    return Area("national")


def _state(parts: list[str]) -> Area:
    state = parts[0].upper()
    if state not in places.gazetteer().state_zips:
        raise AreaError(f"'{parts[0]}' is not a US state code")
    return Area("state", state=state)


def _county(parts: list[str]) -> Area:
    key = places.gazetteer().county_key.get((parts[1].lower(), parts[0].upper()))
    if key is None:
        raise AreaError(f"there is no county '{parts[1]}' in '{parts[0]}'")
    return Area("county", state=parts[0].upper(), county=key[0])


def _city(parts: list[str]) -> Area:
    gaz = places.gazetteer()
    key = gaz.city_key.get((parts[1].lower(), parts[0].upper()))
    if key is None:
        raise AreaError(f"there is no city '{parts[1]}' in '{parts[0]}'")
    return Area("city", state=parts[0].upper(), city=key[0], county=gaz.city_place(*key).county)


def _zip(parts: list[str]) -> Area:
    record = places.gazetteer().zips.get(parts[0])
    if record is None:
        raise AreaError(f"'{parts[0]}' is not a US ZIP code")
    return Area(
        "zip", state=record["state"], county=record["county"] or None,
        city=record["city"], zip=parts[0],
    )  # fmt: skip


def _radius(parts: list[str]) -> Area:
    try:
        miles = float(parts[0].lower().removesuffix("mi").strip())
    except ValueError:
        miles = -1.0
    if not 0 < miles <= MAX_RADIUS_MILES:
        raise AreaError(f"radius '{parts[0]}' must be a number of miles up to {MAX_RADIUS_MILES:g}")
    return Area("radius", radius_miles=miles)


# How each form of extent is read, by (scope, number of parts after it).
_READERS = {
    ("national", 0): _national,
    ("state", 1): _state,
    ("county", 2): _county,
    ("city", 2): _city,
    ("zip", 1): _zip,
    ("radius", 1): _radius,
}


def _area_from_name(name: str | None) -> Area:
    text = (name or "").strip()
    if not text:
        raise AreaError("service area has neither an extent nor a name")
    if text.lower().strip(". ") in NATIONAL_NAMES:
        return Area("national")
    found = places.resolve(text)
    if found.ambiguous:
        options = " or ".join(c.label for c in found.candidates)
        raise AreaError(f"'{text}' could be {options}; add the state")
    place = found.place
    if place is None:
        raise AreaError(f"'{text}' is not a US place Harbor knows")
    if place.kind == "state":
        return Area("state", state=place.state)
    if place.kind == "county":
        return Area("county", state=place.state, county=place.county)
    if place.kind == "city":
        return Area("city", state=place.state, city=place.city, county=place.county)
    return Area("zip", state=place.state, county=place.county, city=place.city, zip=place.zip)
