"""Offline place resolution: US ZIP codes, cities, counties and states from the ``zipcodes`` data.

``resolve(text)`` turns a young person's words ("im in east oakland", "Portland, OR",
"multnomah county", "94110", "SF", "sna francisco", "the bay") into a :class:`Place`, or into
the candidates to ask about, or into nothing. Free text is read with a spaCy ``PhraseMatcher``
over the gazetteer and the tables in ``resources.city_names`` (nicknames, parts of cities,
regions, places abroad, words that are no place); names of five letters or more also match
with a typo. When several places are named, the one the person is in now wins. Same-named
cities are weighed by population (2020 Census) and by any state named with them. A wrong
place is worse than none: when unsure, the answer is candidates to ask about.
``nearest_zip(lat, lon)`` coarsens a shared location to its ZIP so the precise point can be
dropped. Nothing here touches the network.
"""

from __future__ import annotations

import math
import re
import string
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field, replace
from functools import lru_cache

import numpy as np
import spacy
import zipcodes
from scipy.spatial import cKDTree
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.matcher import PhraseMatcher
from spacy.util import filter_spans

from resources import city_names

STATE_NAMES: dict[str, str] = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California",
    "CO": "Colorado", "CT": "Connecticut", "DE": "Delaware", "DC": "District of Columbia",
    "FL": "Florida", "GA": "Georgia", "HI": "Hawaii", "ID": "Idaho", "IL": "Illinois",
    "IN": "Indiana", "IA": "Iowa", "KS": "Kansas", "KY": "Kentucky", "LA": "Louisiana",
    "ME": "Maine", "MD": "Maryland", "MA": "Massachusetts", "MI": "Michigan", "MN": "Minnesota",
    "MS": "Mississippi", "MO": "Missouri", "MT": "Montana", "NE": "Nebraska", "NV": "Nevada",
    "NH": "New Hampshire", "NJ": "New Jersey", "NM": "New Mexico", "NY": "New York",
    "NC": "North Carolina", "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma", "OR": "Oregon",
    "PA": "Pennsylvania", "RI": "Rhode Island", "SC": "South Carolina", "SD": "South Dakota",
    "TN": "Tennessee", "TX": "Texas", "UT": "Utah", "VT": "Vermont", "VA": "Virginia",
    "WA": "Washington", "WV": "West Virginia", "WI": "Wisconsin", "WY": "Wyoming",
    "PR": "Puerto Rico", "VI": "U.S. Virgin Islands", "GU": "Guam",
}  # fmt: skip

# Two-letter state codes that are also everyday words, so are taken as a state only where
# the sentence makes it clear (after a city, or as the whole message).
WORDLIKE_CODES = {"OK", "IN", "OR", "ME", "HI", "AS", "ID", "OH", "LA", "DE", "PA", "MA", "AL"}

# Words too common to be read as a place even when a town carries the name.
COMMON_WORDS = {
    "home", "hope", "help", "happy", "friend", "friends", "house", "place", "school", "money",
    "food", "safe", "shelter", "work", "job", "jobs", "police", "court", "please", "where",
    "there", "water", "clothes", "scared", "someone", "anyone", "nothing", "sure", "mom", "dad",
    "family", "health", "doctor", "rather", "skip", "stop", "exit", "center", "union", "liberty",
    "justice", "victory", "paradise", "future", "unity", "harmony", "boring", "climax", "love",
    "lovely", "kind", "darling", "sweet", "pleasant", "friendship", "welcome", "truth", "sleep",
    "staying", "street", "streets", "motel", "hotel", "right", "tonight", "people", "phone",
    "store", "corner", "women", "girls", "daddy", "baby", "sister", "brother", "cousin",
    "auntie", "uncle", "grandma", "nobody", "places", "lately", "anymore", "somewhere",
    # Spanish words a young person answers with: "chicos" is boys, never Chico, CA.
    "chicos", "chicas", "chavos", "chavas", "hombres", "mujeres", "ayuda", "casa", "calle",
    "escuela", "trabajo", "comida", "familia", "nadie", "nada", "todos", "todas",
    # ... and the ways of skipping a question: "me salto esa" is not Sacramento ("sacto").
    "salto", "salte", "saltar", "paso", "siguiente", "muchachos", "muchachas",
}  # fmt: skip
# "soy chico" is "I'm a boy": what follows "soy" (I am) is who, not where.
_WHO_WORDS = {"soy", "somos", "eres"}

# Words that put a place after them: "in", "near", "from".
PLACE_WORDS = {"in", "near", "from", "at", "around", "by", "to", "outside", "live", "stay", "en",
               "vivo", "cerca"}  # fmt: skip
# Those that do so surely enough to read a small town after them ("going to hurt" is no trip).
# Spanish "en" is also "at home", "on the street": no small town after it ("en casa de").
_STRONG_PLACE_WORDS = PLACE_WORDS - {"to", "by", "en", "vivo", "cerca"}
# Words that put a part of a city before its name: "east oakland", "downtown la".
DIRECTION_WORDS = {
    "east", "west", "north", "south", "northeast", "northwest", "southeast", "southwest",
    "ne", "nw", "se", "sw", "downtown", "uptown", "midtown", "inner", "outer", "deep", "side",
    "eastside", "westside", "northside", "southside", "of",
}  # fmt: skip

# A city is "real" (worth offering) when the Census table lists it or it has this many ZIPs.
REAL_CITY_MIN_ZIPS = 5
# People per ZIP, to weigh a town the Census table does not list (it is small).
PEOPLE_PER_ZIP = 2500
# A city this many times bigger than the next of its name is the one meant.
DOMINANT_RATIO = 15
MAX_CANDIDATES = 6
# A shared location farther than this from any ZIP is not in the US.
NEAREST_ZIP_MAX_MILES = 60.0
ZIP_RE = re.compile(r"(?<!\d)(\d{5})(?:-\d{4})?(?!\d)")


@dataclass(frozen=True)
class Place:
    """A resolved place. ``kind`` is the most precise level known: zip, city, county or state."""

    kind: str
    state: str
    city: str | None = None
    county: str | None = None
    zip: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    # Counties a city or ZIP lies in (a city can span several).
    counties: tuple[str, ...] = field(default=(), compare=False)

    @property
    def state_name(self) -> str:
        return STATE_NAMES.get(self.state, self.state)

    @property
    def label(self) -> str:
        """How the bot names the place back to the user."""
        if self.kind == "state":
            return self.state_name
        if self.kind == "county":
            return f"{self.county}, {self.state}"
        if self.kind == "zip":
            return f"{self.zip} ({self.city}, {self.state})"
        return f"{self.city}, {self.state}"

    @property
    def key(self) -> str:
        """A short text that names this place exactly; ``from_key`` turns it back."""
        if self.kind == "zip":
            return f"zip:{self.zip}"
        if self.kind == "county":
            return f"county:{self.state}:{self.county}"
        if self.kind == "city":
            return f"city:{self.state}:{self.city}"
        return f"state:{self.state}"


@dataclass(frozen=True)
class Resolution:
    """The outcome of resolving text: one place, or candidates to ask about, or neither.

    ``name`` is the name the candidates share ("Springfield"), so that a state named later can
    pick a same-named city that was not among them (``city_in_state``).
    """

    place: Place | None = None
    candidates: tuple[Place, ...] = ()
    name: str | None = None

    @property
    def ambiguous(self) -> bool:
        """True when the bot should ask: several candidates, or one to confirm."""
        return self.place is None and len(self.candidates) > 0

    @property
    def confirm(self) -> bool:
        """True when there is one candidate to confirm: "did you mean ...?"."""
        return self.place is None and len(self.candidates) == 1

    @property
    def found(self) -> bool:
        return self.place is not None


class Gazetteer:
    """The ZIP data indexed by ZIP, city, county and state, with a phrase matcher over names."""

    def __init__(self) -> None:
        self.zips: dict[str, dict] = {}
        self.city_zips: dict[tuple[str, str], list[str]] = defaultdict(list)
        self.county_zips: dict[tuple[str, str], list[str]] = defaultdict(list)
        self.state_zips: dict[str, list[str]] = defaultdict(list)
        # lower-case name -> keys; a name can be a city, a county and a state at once.
        self.cities_by_name: dict[str, list[tuple[str, str]]] = defaultdict(list)
        self.counties_by_name: dict[str, list[tuple[str, str]]] = defaultdict(list)
        self.states_by_name: dict[str, str] = {}
        # Other names the Postal Service accepts for a ZIP's city ("College Park" for some
        # Atlanta ZIPs), by (lower-case name, state); used only with the state written after.
        self.alias_zips: dict[tuple[str, str], list[str]] = defaultdict(list)
        self._load_zips()
        self._index_names()
        # Case-insensitive (name, state) lookups, for service areas staff type by hand.
        self.city_key = {(c.lower(), s): (c, s) for c, s in self.city_zips}
        self.county_key = {(c.lower(), s): (c, s) for c, s in self.county_zips}
        self.nlp = spacy.blank("en")
        self.matcher = self._matcher()
        # Places are built once: a state's centre averages thousands of ZIPs.
        self._places: dict[tuple[str, ...], Place] = {}
        self._fuzzy: dict[str, set[str]] | None = None
        self.fuzzy_names()

    def _load_zips(self) -> None:
        grid_zips: list[str] = []
        grid_points: list[tuple[float, float]] = []
        for record in zipcodes.list_all():
            if not record["active"] or record["state"] not in STATE_NAMES:
                continue
            code, state = record["zip_code"], record["state"]
            self.zips[code] = record
            self.city_zips[(record["city"], state)].append(code)
            if record["county"]:
                self.county_zips[(record["county"], state)].append(code)
            self.state_zips[state].append(code)
            for alias in record.get("acceptable_cities") or ():
                self.alias_zips[(alias.lower(), state)].append(code)
            lat, lon = float(record["lat"]), float(record["long"])
            # A few records have no coordinates (0, 0); they must not attract shared locations.
            record["has_point"] = not (lat == 0 and lon == 0)
            if record["zip_code_type"] == "STANDARD" and record["has_point"]:
                grid_zips.append(code)
                grid_points.append((lat, lon))
        # Nearest-ZIP lookups: a k-d tree over points on the unit sphere, where straight-line
        # distance orders points exactly as great-circle distance does.
        self._tree_zips = grid_zips
        self._tree = cKDTree(_unit_vectors(grid_points))

    def _index_names(self) -> None:
        for city, state in self.city_zips:
            for name in _spellings(city.lower(), (city, state) in city_names.POPULATION):
                self.cities_by_name[name].append((city, state))
        for county, state in self.county_zips:
            self.counties_by_name[county.lower()].append((county, state))
            bare = _bare_county(county).lower()
            if bare != county.lower():
                self.counties_by_name[bare].append((county, state))
        for code, name in STATE_NAMES.items():
            self.states_by_name[name.lower()] = code

    def _matcher(self) -> PhraseMatcher:
        matcher = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        tables = {
            "CITY": self.cities_by_name,
            "COUNTY": self.counties_by_name,
            "STATE": self.states_by_name,
            "NAMED": {**city_names.NICKNAMES, **city_names.NEIGHBOURHOODS},
            "REGION": city_names.REGIONS,
            "ABROAD": city_names.ABROAD,
            "NOT_PLACE": city_names.NOT_PLACES,
        }
        for label, names in tables.items():
            matcher.add(label, list(self.nlp.tokenizer.pipe(names)))
        return matcher

    # ---- how big a place is -------------------------------------------------------------

    def people(self, key: tuple[str, str]) -> int:
        """The city's 2020 Census population, or a small estimate from its ZIPs."""
        known = city_names.POPULATION.get(key)
        return known if known else len(self.city_zips.get(key, ())) * PEOPLE_PER_ZIP

    def is_real(self, key: tuple[str, str]) -> bool:
        """A city worth offering: counted by the Census table, or with several ZIPs."""
        return key in city_names.POPULATION or len(self.city_zips[key]) >= REAL_CITY_MIN_ZIPS

    def biggest(self, name: str) -> int:
        return max((self.people(k) for k in self.cities_by_name.get(name, ())), default=0)

    # ---- places from keys -------------------------------------------------------------

    def centroid(self, codes: list[str]) -> tuple[float | None, float | None]:
        placed = [self.zips[c] for c in codes if self.zips[c]["has_point"]]
        if not placed:
            return None, None
        lats = [float(r["lat"]) for r in placed]
        lons = [float(r["long"]) for r in placed]
        return sum(lats) / len(lats), sum(lons) / len(lons)

    def zip_place(self, code: str) -> Place:
        record = self.zips[code]
        county = record["county"] or None
        return Place(
            kind="zip",
            state=record["state"],
            city=record["city"],
            county=county,
            zip=code,
            latitude=float(record["lat"]) if record["has_point"] else None,
            longitude=float(record["long"]) if record["has_point"] else None,
            counties=(county,) if county else (),
        )

    def city_place(self, city: str, state: str) -> Place:
        key = ("city", city, state)
        if key not in self._places:
            self._places[key] = self._city_place(city, state)
        return self._places[key]

    def _city_place(self, city: str, state: str) -> Place:
        codes = self.city_zips.get((city, state)) or self.alias_zips.get((city.lower(), state), [])
        lat, lon = self.centroid(codes)
        counties = _by_frequency(self.zips[c]["county"] for c in codes if self.zips[c]["county"])
        return Place(
            kind="city",
            state=state,
            city=city,
            county=counties[0] if counties else None,
            latitude=lat,
            longitude=lon,
            counties=tuple(counties),
        )

    def county_place(self, county: str, state: str) -> Place:
        key = ("county", county, state)
        if key not in self._places:
            lat, lon = self.centroid(self.county_zips[(county, state)])
            self._places[key] = Place(
                kind="county",
                state=state,
                county=county,
                latitude=lat,
                longitude=lon,
                counties=(county,),
            )
        return self._places[key]

    def state_place(self, state: str) -> Place:
        key = ("state", state)
        if key not in self._places:
            lat, lon = self.centroid(self.state_zips[state])
            self._places[key] = Place(kind="state", state=state, latitude=lat, longitude=lon)
        return self._places[key]

    # ---- choosing among same-named places ----------------------------------------------

    def choose_city(self, keys: list[tuple[str, str]], state: str | None) -> Resolution:
        """One city, or every real city of the name, most populous first, to ask about."""
        name = keys[0][0] if keys else None
        if state:
            keys = [k for k in keys if k[1] == state]
        ranked = sorted(set(keys), key=lambda k: (-self.people(k), k[1]))
        real = [k for k in ranked if self.is_real(k)] or ranked
        if not real:
            return Resolution()
        if len(real) == 1 or self.people(real[0]) >= DOMINANT_RATIO * self.people(real[1]):
            return Resolution(self.city_place(*real[0]), name=name)
        options = tuple(self.city_place(*k) for k in real[:MAX_CANDIDATES])
        return Resolution(candidates=options, name=name)

    def choose_county(self, keys: list[tuple[str, str]], state: str | None) -> Resolution:
        if state:
            keys = [k for k in keys if k[1] == state]
        keys = sorted(set(keys), key=lambda k: (-len(self.county_zips[k]), k[1]))
        if not keys:
            return Resolution()
        if len(keys) == 1:
            return Resolution(self.county_place(*keys[0]))
        options = tuple(self.county_place(*k) for k in keys[:MAX_CANDIDATES])
        return Resolution(candidates=options, name=keys[0][0])

    # ---- typo tolerance -----------------------------------------------------------------

    def fuzzy_names(self) -> dict[str, set[str]]:
        """Symmetric-delete index: every name of 5+ letters under itself and its 1-deletes."""
        if self._fuzzy is None:
            index: dict[str, set[str]] = defaultdict(set)
            # Only well-known places: a typo of a tiny town is more often a typo of a word.
            names = {
                name
                for name, keys in self.cities_by_name.items()
                if any(self.is_real(k) for k in keys)
            }
            names |= set(self.counties_by_name) | set(self.states_by_name)
            # Names people use for a city ("manhatten" is Manhattan, New York, as "manhattan"
            # is), but not the loose ones that are ordinary words too.
            names |= {n for n in (*city_names.NICKNAMES, *city_names.NEIGHBOURHOODS)
                      if n not in city_names.LOOSE and not n.startswith("the ")}  # fmt: skip
            for name in names:
                if sum(ch.isalpha() for ch in name) < 5 or name in COMMON_WORDS:
                    continue
                for variant in _deletes(name):
                    index[variant].add(name)
            self._fuzzy = dict(index)
        return self._fuzzy

    def correct(self, phrase: str) -> tuple[str, int] | None:
        """The known name a typo or two away from ``phrase`` and how far, if any.

        One typo for names under eight letters, two for longer ones; the first letter must
        agree (people rarely mistype it), and the biggest city wins a tie.
        """
        if len(phrase.replace(" ", "")) < 5 or phrase in COMMON_WORDS:
            return None
        index = self.fuzzy_names()
        found: set[str] = set()
        for variant in _deletes(phrase):
            found |= index.get(variant, set())
        best: tuple[int, int, str] | None = None
        for name in found:
            if name[0] != phrase[0] or name == phrase:
                continue
            distance = _edit_distance(phrase, name)
            if distance > (2 if len(name) >= 8 else 1):
                continue
            candidate = (distance, -self.biggest(name), name)
            if best is None or candidate < best:
                best = candidate
        return (best[2], best[0]) if best else None


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The shared gazetteer, built on first use (about a second)."""
    return Gazetteer()


def resolve(text: str | None) -> Resolution:
    """Resolve a young person's words for a place. Never raises on odd input.

    Returns one place when sure; candidates to ask about when a name is shared, a region is
    named, or a typo is far (one candidate means "did you mean ...?"); nothing for words that
    name no US place ("London", "the streets").
    """
    text = _clean(text)
    if not text:
        return Resolution()
    gaz = gazetteer()
    text = _COUNTY_CO.sub(lambda match: _county_co(gaz, match), text)
    match = ZIP_RE.search(text)
    if match:
        code = match.group(1)
        return Resolution(gaz.zip_place(code)) if code in gaz.zips else Resolution()
    doc = gaz.nlp.make_doc(text)
    readings = _readings(gaz, doc)
    if not readings:
        stated = _state_code(text)
        return Resolution(gaz.state_place(stated)) if stated else Resolution()
    return _settle(gaz, _current(gaz, doc, readings))


# "multnomah co": a county's short form, not Colorado, when the name is a county's and no
# Colorado city's ("denver co" stays Denver, Colorado).
_COUNTY_CO = re.compile(r"\b((?:[A-Za-z]+ )?[A-Za-z]+) co\b\.?", re.I)


def _county_co(gaz: Gazetteer, match: re.Match[str]) -> str:
    words = match.group(1)
    for name in (words, words.split(" ", 1)[-1]):
        lowered = name.lower()
        in_colorado = any(state == "CO" for _, state in gaz.cities_by_name.get(lowered, ()))
        if f"{lowered} county" in gaz.counties_by_name and not in_colorado:
            return f"{words} county"
    return match.group(0)


def city_in_state(name: str | None, words: str | None) -> Place | None:
    """The city (or county) called ``name`` in the state the words name, if there is one.

    For the answer to "Springfield in which state?": ``city_in_state("Springfield", "the one
    in ohio")`` is Springfield, OH, even when Ohio was not among the states offered.
    """
    if not name or not words:
        return None
    gaz = gazetteer()
    state = state_named(words)
    if state is None:
        return None
    lowered = str(name).strip().lower()
    key = gaz.city_key.get((lowered, state))
    if key:
        return gaz.city_place(*key)
    if (lowered, state) in gaz.alias_zips:
        return gaz.city_place(string.capwords(lowered), state)
    key = gaz.county_key.get((lowered, state))
    return gaz.county_place(*key) if key else None


def state_named(words: str | None) -> str | None:
    """The code of the state the words name ("ohio", "OH", "the one in oregon"), if one."""
    text = _clean(words)
    if not text:
        return None
    gaz = gazetteer()
    lowered = " " + " ".join(re.findall(r"[a-z.]+", text.lower())) + " "
    named = [(lowered.find(f" {n} "), code) for n, code in gaz.states_by_name.items()]
    named += [
        (lowered.find(f" {n} "), key.split(":")[1])
        for n, key in city_names.NICKNAMES.items()
        if key.startswith("state:")
    ]
    found = sorted((at, code) for at, code in named if at >= 0)
    if found:
        return found[0][1]
    return _state_code(text) or _short_code(text)


def from_key(key: str | None) -> Place | None:
    """The place a ``Place.key`` names, or None for anything else (never raises)."""
    if not isinstance(key, str):
        return None
    gaz = gazetteer()
    kind, _, rest = key.partition(":")
    state, _, name = rest.partition(":")
    if kind == "zip" and rest in gaz.zips:
        return gaz.zip_place(rest)
    known = (name, state) in gaz.city_zips or (name.lower(), state) in gaz.alias_zips
    if kind == "city" and known:
        return gaz.city_place(name, state)
    if kind == "county" and (name, state) in gaz.county_zips:
        return gaz.county_place(name, state)
    if kind == "state" and rest in gaz.state_zips:
        return gaz.state_place(rest)
    return None


def nearest_zip(latitude: float, longitude: float) -> Place | None:
    """The ZIP whose centre is nearest a point, or None when the point is not near the US.

    Use it to coarsen a shared location: keep the returned ZIP, drop the coordinates.
    """
    return nearest_zips([(latitude, longitude)])[0]


def nearest_zips(points: list[tuple[float, float]]) -> list[Place | None]:
    """``nearest_zip`` for many points at once (one tree query, for imports)."""
    found: list[Place | None] = [None] * len(points)
    usable: list[tuple[int, float, float]] = []
    for number, (latitude, longitude) in enumerate(points):
        try:
            lat, lon = float(latitude), float(longitude)
        except (TypeError, ValueError):
            continue
        if -90 <= lat <= 90 and -180 <= lon <= 180:  # NaN fails these too
            usable.append((number, lat, lon))
    if not usable:
        return found
    gaz = gazetteer()
    _, positions = gaz._tree.query(_unit_vectors([(lat, lon) for _, lat, lon in usable]))
    for (number, lat, lon), position in zip(usable, positions, strict=True):
        code = gaz._tree_zips[int(position)]
        record = gaz.zips[code]
        distance = distance_miles(lat, lon, float(record["lat"]), float(record["long"]))
        if distance <= NEAREST_ZIP_MAX_MILES:
            found[number] = gaz.zip_place(code)
    return found


def distance_miles(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in miles."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    d_lat, d_lon = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(d_lat / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(d_lon / 2) ** 2
    return 3958.8 * 2 * math.asin(min(1.0, math.sqrt(a)))


# ---- reading the words ---------------------------------------------------------------------

_COUNTY_WORDS = {"county", "parish", "borough"}
_ARTICLES = {"the", "a", "an", "my", "your", "his", "her", "our", "their", "this", "that"}
# Labels whose phrase names one place (or a fixed few) whatever the gazetteer says.
_NAMED_LABELS = {"NAMED", "REGION", "ABROAD"}
# What splits a message into clauses: "im from chicago but im in milwaukee now".
_CLAUSE_BREAKS = {"but", ",", ";", ".", "!", "?", "and", "then", "though", "tho", "although"}
# Clause words that say the person is there now, or was, or will be.
_NOW_WORDS = {
    "now", "rn", "currently", "atm", "tonight", "today", "staying", "stay", "live", "living",
    "sleeping", "here", "stuck", "still",
}  # fmt: skip
_AWAY_WORDS = {
    "from", "used", "was", "were", "grew", "born", "raised", "moving", "move", "going", "gonna",
    "headed", "heading", "bout", "visit", "visiting", "left", "leaving", "originally", "will",
    "wanna", "want",
}  # fmt: skip
# Time words that speak of the place named before them: "oakland tmrw", "chicago last year".
_TIME_AFTER = {
    "tmrw", "tmr", "tmrow", "tomorrow", "later", "next", "last", "before", "ago", "yesterday",
    "earlier",
}  # fmt: skip
# The word right before a place: "in sf" is where they are, "near sf" is only close by.
_BEFORE = {"in": 0.5, "at": 0.5, "near": -0.5, "by": -0.5, "to": -0.5, "outside": -0.5,
           "en": 0.5, "cerca": -0.5, "afuera": -0.5, "junto": -0.5, "lejos": -0.5}  # fmt: skip
# Spanish says "cerca de oakland", "afuera de": the word before "de" tells.
_OF = {"de", "del", "a", "al"}


@dataclass(frozen=True)
class _Reading:
    """One way to read a stretch of the message as a place."""

    start: int
    end: int
    label: str  # CITY COUNTY STATE NAMED REGION ABROAD ALIAS
    text: str  # the lower-case name as the tables spell it
    edits: int = 0  # typos corrected to reach the name
    state: str | None = None  # a state written right after it ("Portland, OR")


_ABBREVIATION_DOT = re.compile(r"\b(st|ft|mt)\.(?=\s)", re.IGNORECASE)
_INITIALS = re.compile(r"\b(?:[A-Za-z]\.){1,3}[A-Za-z]\b\.?")


def _clean(text: str | None) -> str:
    """Normalised text, at most 500 characters, without the dots of abbreviations ("St. Louis"
    becomes "St Louis", "L.A." becomes "LA"), which the tokenizer splits unevenly."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", str(text))[:500].strip()
    text = _INITIALS.sub(lambda match: match.group(0).replace(".", ""), text)
    text = _ABBREVIATION_DOT.sub(r"\1", text)
    for pattern, said in _SAID_OTHERWISE:
        text = pattern.sub(said, text)
    return text


_STATE_WORDS = "|".join(
    re.escape(word.lower())
    for word in sorted({*STATE_NAMES, *STATE_NAMES.values()}, key=len, reverse=True)
)

# The same place said another way: Spanish ("el condado de Los Ángeles", "Nueva York") and
# short forms ("LA cnty").
_SAID_OTHERWISE = [
    # "condado de hidalgo texas": the county's name ends where a state's name or code begins.
    (re.compile(rf"\b(?:el )?condado de ((?:[\w'-]+ ?){{1,3}}?) (?=(?:{_STATE_WORDS})\b)", re.I),
     r"\1 county "),
    (re.compile(r"\b(?:el )?condado de ((?:[\w'-]+ ?){1,3}?)(?=$|[,.!?]| en | y | pero )", re.I),
     r"\1 county"),
    (re.compile(r"\b(?:cnty|cty)\b", re.I), "county"),
    (re.compile(r"\bnueva york\b", re.I), "new york"),
    (re.compile(r"\bnuevo m[eé]xico\b", re.I), "new mexico"),
    (re.compile(r"\bnueva jersey\b", re.I), "new jersey"),
    (re.compile(r"\bcarolina del (norte|sur)\b", re.I),
     lambda m: "north carolina" if m.group(1).lower() == "norte" else "south carolina"),
    (re.compile(r"\bdakota del (norte|sur)\b", re.I),
     lambda m: "north dakota" if m.group(1).lower() == "norte" else "south dakota"),
    (re.compile(r"\bluisiana\b", re.I), "louisiana"),
    (re.compile(r"\bfiladelfia\b", re.I), "philadelphia"),
    # Every state whose Spanish name differs, the big cities' Spanish names, and slang.
    (re.compile(r"\bvirginia (?:occidental|del oeste)\b", re.I), "west virginia"),
    (re.compile(r"\bnuevo hampshire\b", re.I), "new hampshire"),
    (re.compile(r"\bpensilvania\b", re.I), "pennsylvania"),
    (re.compile(r"\bmisuri\b", re.I), "missouri"),
    (re.compile(r"\bmisisipi\b", re.I), "mississippi"),
    (re.compile(r"\bm[ií]chigan\b", re.I), "michigan"),
    (re.compile(r"\bminesota\b", re.I), "minnesota"),
    (re.compile(r"\bhaw[aá]i\b", re.I), "hawaii"),
    (re.compile(r"\btenes[ií]\b", re.I), "tennessee"),
    (re.compile(r"\bconecticut\b", re.I), "connecticut"),
    (re.compile(r"\bmasach?usets\b", re.I), "massachusetts"),
    (re.compile(r"\btejas\b", re.I), "texas"),
    (re.compile(r"\bcalifas\b", re.I), "california"),
    (re.compile(r"\bnueva orleans\b", re.I), "new orleans"),
    (re.compile(r"\bsan pancho\b", re.I), "san francisco"),
    (re.compile(r"\bf[eé]nix\b", re.I), "phoenix"),
    (re.compile(r"\b(?:el )?(norte|sur) de (carolina|dakota)\b", re.I),
     lambda m: ("north " if m.group(1).lower() == "norte" else "south ") + m.group(2)),
    # Spanish ears write "-ville" and "-field" as they sound: "brownsvil", "bakersfil".
    (re.compile(r"\b(\w{3,})vil\b", re.I), r"\1ville"),
    (re.compile(r"\b(\w{3,})fil\b", re.I), r"\1field"),
]  # fmt: skip


def _readings(gaz: Gazetteer, doc) -> list[_Reading]:
    """Every place the message names, typos corrected, states after names attached."""
    exact = _exact_readings(gaz, doc)
    blocked = [r for r in exact if r.label == "NOT_PLACE" or not _weak(gaz, r)]
    found = [r for r in exact if r.label != "NOT_PLACE"]
    for fuzzy in _fuzzy_readings(gaz, doc, blocked):
        overlapped = [r for r in found if _overlaps(r, fuzzy)]
        # A corrected name wins over tiny towns only when it explains more of the words.
        if all(r.end - r.start < fuzzy.end - fuzzy.start for r in overlapped):
            found = [r for r in found if r not in overlapped] + [fuzzy]
    found.sort(key=lambda r: r.start)
    return _attach_states(gaz, doc, found)


def _exact_readings(gaz: Gazetteer, doc) -> list[_Reading]:
    spans = filter_spans([doc[start:end] for _, start, end in gaz.matcher(doc)])
    found = []
    for span in spans:
        label = _label_of(gaz, span)
        if label and _meaningful(gaz, span, label):
            found.append(_Reading(span.start, span.end, label, span.text.lower()))
    # An upper-case state code in a sentence ("now in CA") is a state too.
    taken = {i for r in found for i in range(r.start, r.end)}
    for token in doc:
        code = token.text
        if token.i not in taken and code in STATE_NAMES and code not in WORDLIKE_CODES:
            found.append(_Reading(token.i, token.i + 1, "STATE", STATE_NAMES[code].lower()))
    return found


def _weak(gaz: Gazetteer, reading: _Reading) -> bool:
    """A tiny town only: a typo of a real place may be what was meant."""
    if reading.label != "CITY":
        return False
    return not any(gaz.is_real(k) for k in gaz.cities_by_name.get(reading.text, ()))


def _overlaps(a: _Reading, b: _Reading) -> bool:
    return a.start < b.end and b.start < a.end


def _fuzzy_readings(gaz: Gazetteer, doc, blocked: list[_Reading]) -> list[_Reading]:
    """Names a typo away, over stretches of one to three words not already a sure place."""
    words = [t for t in doc if t.is_alpha]
    found: list[_Reading] = []
    for width in (3, 2, 1):
        for first in range(len(words) - width + 1):
            stretch = words[first : first + width]
            start, end = stretch[0].i, stretch[-1].i + 1
            probe = _Reading(start, end, "", "")
            if end - start != width or any(_overlaps(probe, r) for r in blocked + found):
                continue
            # "the track", "my cousin": a word after an article is a thing, not a typo'd town.
            if start > 0 and doc[start - 1].lower_ in _ARTICLES:
                continue
            reading = _corrected(gaz, [t.lower_ for t in stretch], start, end, len(words) <= 4)
            if reading:
                found.append(reading)
    return found


def _corrected(
    gaz: Gazetteer, words: list[str], start: int, end: int, short: bool
) -> _Reading | None:
    """The place a typo of these words names, if any. In a sentence a single word needs six
    letters: five-letter words are too often ordinary ones ("track" is not Tracy)."""
    if _plain_word(words[0]) or (_plain_word(words[-1]) and words[-1] not in _COUNTY_WORDS):
        return None
    if len(words) == 1 and len(words[0]) < 6 and not short:
        return None
    county_word = len(words) > 1 and words[-1] in _COUNTY_WORDS
    core = " ".join(words[:-1] if county_word else words)
    corrected = gaz.correct(core)
    if corrected is None:
        return None
    name, edits = corrected
    if not county_word and _named_key(name):  # a typo of a city's other name: as typed right
        return _Reading(start, end, "NAMED", name, edits)
    if county_word or (name not in gaz.cities_by_name and name not in gaz.states_by_name):
        # A bare county name is a typo risk in a sentence; only long ones count.
        if name not in gaz.counties_by_name or not (county_word or len(name) >= 8):
            return None
        return _Reading(start, end, "COUNTY", name, edits)
    label = "STATE" if name in gaz.states_by_name else "CITY"
    if label == "CITY" and not any(gaz.is_real(k) for k in gaz.cities_by_name[name]):
        return None
    return _Reading(start, end, label, name, edits)


def _plain_word(word: str) -> bool:
    return word in COMMON_WORDS or word in STOP_WORDS


def _attach_states(gaz: Gazetteer, doc, readings: list[_Reading]) -> list[_Reading]:
    """Folds a state written right after a place into it: "Portland, OR", "salem oregon"."""
    kept: list[_Reading] = []
    skip_until = -1
    for reading in readings:
        if reading.start < skip_until:
            continue
        state, end = _qualifier(gaz, doc, reading.end)
        if state and reading.label != "STATE":
            # A town the state named has no place called so ("college park ga" when the map
            # knows none in Georgia): the state is what the person is sure of.
            fitted = _fit_state(gaz, reading, state) or _nickname_state(gaz, doc, reading, end)
            fitted = fitted or _state_reading(reading, end, state)
            kept.append(fitted)
            skip_until = end
            continue
        kept.append(reading)
    return kept


def _nickname_state(gaz: Gazetteer, doc, reading: _Reading, end: int) -> _Reading | None:
    """ "chula vista, sd": a code that is also a city's nickname (San Diego) places a city of
    that nickname's state, when the state the code names has no such city."""
    state = _CODES_OF_CITIES.get(doc[end - 1].lower_) if end > reading.end else None
    return _fit_state(gaz, reading, state) if state else None


# State codes that people also write for a city: San Diego, San Francisco, Los Angeles, Las
# Vegas ("chula vista, sd" is in California).
_CODES_OF_CITIES = {"sd": "CA", "sf": "CA", "la": "CA", "lv": "NV"}


def _state_reading(reading: _Reading, end: int, state: str) -> _Reading:
    return _Reading(reading.start, end, "STATE", STATE_NAMES[state].lower())


def _fit_state(gaz: Gazetteer, reading: _Reading, state: str) -> _Reading | None:
    """The reading placed in that state, or None when it has no place there."""
    if reading.label in _NAMED_LABELS:
        if state in _named_states(reading):
            return replace(reading, state=state)
        # "hollywood fl", "london ky": the town of that name in the state named.
        reading = replace(reading, label="CITY")
    table = gaz.counties_by_name if reading.label == "COUNTY" else gaz.cities_by_name
    if any(s == state for _, s in table.get(reading.text, ())):
        return replace(reading, state=state)
    if reading.label == "CITY" and (reading.text, state) in gaz.alias_zips:
        return replace(reading, label="ALIAS", state=state)
    return None


def _named_states(reading: _Reading) -> set[str]:
    keys = city_names.REGIONS.get(reading.text) or (_named_key(reading.text),)
    return {key.split(":")[1] for key in keys if key}


def _named_key(text: str) -> str | None:
    return city_names.NICKNAMES.get(text) or city_names.NEIGHBOURHOODS.get(text)


def _qualifier(gaz: Gazetteer, doc, index: int) -> tuple[str | None, int]:
    """A state named at ``index`` (after an optional comma), and where it ends."""
    if index < len(doc) and doc[index].text == ",":
        index += 1
    for width in (2, 1):
        words = doc[index : index + width]
        if len(words) != width:
            continue
        name = words.text.lower()
        if name in gaz.states_by_name:
            return gaz.states_by_name[name], index + width
        nickname = city_names.NICKNAMES.get(name) or ""
        if nickname.startswith("state:"):  # "springfield mass", "sacramento cali"
            return nickname.split(":")[1], index + width
        if width == 1 and len(words.text) == 2 and words.text.upper() in STATE_NAMES:
            # A lower-case code that is also a word ("la", "or", "me", "in") names a state only
            # where a word cannot go on: "shreveport la", not "compton la otra semana".
            wordlike = words.text.upper() in WORDLIKE_CODES and words.text != words.text.upper()
            if wordlike and not _ends_phrase(words):
                continue
            return words.text.upper(), index + 1
    return None, index


# ---- choosing the place the person is in now -------------------------------------------------


def _current(gaz: Gazetteer, doc, readings: list[_Reading]) -> _Reading:
    """The reading of the place the person is in now, with any state the message adds."""
    scored = list(zip(_cues(doc, readings), readings, strict=True))
    _, best = max(scored, key=lambda item: (item[0], item[1].label != "STATE", _size(gaz, item[1])))
    others = [r for c, r in scored if r is not best and c >= 0]
    if best.label == "STATE":
        code = gaz.states_by_name[best.text]
        inside = [r for r in others if r.label != "STATE" and _fit_state(gaz, r, code)]
        return _fit_state(gaz, inside[0], code) if inside else best
    if best.state is None:
        for other in (r for r in others if r.label == "STATE"):
            fitted = _fit_state(gaz, best, gaz.states_by_name[other.text])
            if fitted is not None:
                return fitted
    return best


def _cues(doc, readings: list[_Reading]) -> list[float]:
    """Per reading, how surely the words put the person there now (past and future count
    against). A cue word speaks of the place in its clause it stands nearest in meaning:
    "now" and "from" of the place after them, "tmrw" and "last year" of the place before."""
    clause = _clause_ids(doc)
    scores = [_word_before(doc, r, clause) for r in readings]
    for token in doc:
        weight = _cue_weight(token.lower_)
        if weight:
            owner = _owner(token.i, token.lower_, readings, clause)
            if owner is not None:
                scores[owner] += weight
    return scores


def _clause_ids(doc) -> list[int]:
    ids, current = [], 0
    for token in doc:
        current += token.lower_ in _CLAUSE_BREAKS
        ids.append(current)
    return ids


def _cue_weight(word: str) -> float:
    return 1.0 if word in _NOW_WORDS else -1.0 if word in _AWAY_WORDS | _TIME_AFTER else 0.0


def _owner(index: int, word: str, readings: list[_Reading], clause: list[int]) -> int | None:
    same = [i for i, r in enumerate(readings) if clause[r.start] == clause[index]]
    before = [i for i in same if readings[i].end <= index]
    after = [i for i in same if readings[i].start > index]
    if not before or not after:
        return (before or after or [None])[-1 if before else 0]
    return before[-1] if word in _TIME_AFTER else after[0]


def _word_before(doc, reading: _Reading, clause: list[int]) -> float:
    """ "in sf" is where they are; "near sf" or "to sf" only close by or somewhere else."""
    before = reading.start - 1
    while before >= 0 and doc[before].lower_ in DIRECTION_WORDS:
        before -= 1
    if before < 0 or clause[before] != clause[reading.start]:
        return 0.0
    word = doc[before].lower_
    if word in _OF and before > 0 and doc[before - 1].lower_ in _BEFORE:
        word = doc[before - 1].lower_
    if word == "to" and any(
        t.lower_ in _MOVED for t in doc[:before] if clause[t.i] == clause[before]
    ):
        return 2.0  # "moved from tacoma to spokane last week": where they moved is where they are
    return _BEFORE.get(word, 0.0)


_MOVED = {"moved", "moving", "relocated", "transferred", "sent", "came", "went", "mudamos", "mude"}


def _size(gaz: Gazetteer, reading: _Reading) -> float:
    """How big the place is, to prefer the city over a part of it named beside it."""
    if reading.label == "CITY":
        return math.log10(1 + gaz.biggest(reading.text))
    key = _named_key(reading.text)
    if key and key.startswith("city:"):
        _, state, city = key.split(":", 2)
        return math.log10(1 + gaz.people((city, state)))
    return 6.0


# ---- from a reading to an answer ----------------------------------------------------------


def _settle(gaz: Gazetteer, reading: _Reading) -> Resolution:
    if reading.label == "ABROAD":
        return _abroad(gaz, reading.text)
    if reading.label in ("NAMED", "REGION"):
        keys = city_names.REGIONS.get(reading.text) or (_named_key(reading.text),)
        found = [p for p in (from_key(k) for k in keys) if p is not None]
        if len(found) == 1:
            return Resolution(found[0])
        return Resolution(candidates=tuple(found))
    if reading.label == "STATE":
        return Resolution(gaz.state_place(gaz.states_by_name[reading.text]))
    if reading.label == "COUNTY":
        return gaz.choose_county(gaz.counties_by_name.get(reading.text, []), reading.state)
    if reading.label == "ALIAS":
        name = string.capwords(reading.text)
        return Resolution(gaz.city_place(name, reading.state), name=name)
    return _settle_city(gaz, reading)


def _settle_city(gaz: Gazetteer, reading: _Reading) -> Resolution:
    found = gaz.choose_city(gaz.cities_by_name.get(reading.text, []), reading.state)
    if found.place is not None and reading.edits >= 2:
        # Two typos away is a guess: ask before using it.
        return Resolution(candidates=(found.place,), name=found.name)
    return found


def _abroad(gaz: Gazetteer, text: str) -> Resolution:
    """A place abroad is no US place; a big US city of the name is asked about."""
    big = [k for k in gaz.cities_by_name.get(text, []) if gaz.people(k) >= 100_000]
    if big:
        return Resolution(candidates=(gaz.city_place(*big[0]),), name=big[0][0])
    return Resolution()


# ---- internals ---------------------------------------------------------------------------


def _unit_vectors(points: list[tuple[float, float]]) -> np.ndarray:
    lat = np.radians([p[0] for p in points])
    lon = np.radians([p[1] for p in points])
    return np.column_stack((np.cos(lat) * np.cos(lon), np.cos(lat) * np.sin(lon), np.sin(lat)))


def _bare_county(county: str) -> str:
    for suffix in (" County", " Parish", " Borough", " Census Area", " Municipality"):
        if county.endswith(suffix):
            return county[: -len(suffix)]
    return county


# Abbreviations reach the matcher without their dot (see _clean).
_SPELLINGS = (("saint ", ("st ",)), ("fort ", ("ft ",)), ("mount ", ("mt ",)))


def _spellings(name: str, listed: bool) -> list[str]:
    """A city's name and the short ways people write it ("st louis", "east st louis",
    "winston-salem")."""
    found = [name]
    for long, shorts in _SPELLINGS:
        # At the start or inside the name: "st louis", and "east st louis" too.
        if name.startswith(long) or f" {long}" in name:
            found += [re.sub(rf"(?:^|(?<= )){long}", short, name) for short in shorts]
    if listed and " " in name:
        found.append(name.replace(" ", "-"))
    return found


def _by_frequency(values) -> list[str]:
    counts: dict[str, int] = defaultdict(int)
    for value in values:
        counts[value] += 1
    return sorted(counts, key=lambda v: (-counts[v], v))


def _label_of(gaz: Gazetteer, span) -> str:
    """The label the span is best read as ('' to drop it).

    Words that are no place first, then nicknames and parts of cities, regions, places
    abroad, counties (with the word county), cities, states, and bare county names.
    """
    name = span.text.lower()
    if name in city_names.NOT_PLACES:
        return "NOT_PLACE"
    if _named_key(name):
        return "NAMED"
    if name in city_names.REGIONS:
        return "REGION"
    if name in city_names.ABROAD:
        return "ABROAD"
    if name in gaz.counties_by_name and span[-1].lower_ in _COUNTY_WORDS:
        return "COUNTY"
    if name in gaz.states_by_name:
        # A state's name is the state, unless the state's own city of the name is big
        # ("new york"), not one of the small towns named after a state ("oregon", "texas").
        code = gaz.states_by_name[name]
        return "CITY" if len(gaz.city_zips.get((name.title(), code), ())) >= 20 else "STATE"
    if name in gaz.cities_by_name:
        return "CITY"
    return "COUNTY" if name in gaz.counties_by_name else ""


def _meaningful(gaz: Gazetteer, span, label: str) -> bool:
    """Drops matches that are everyday words, and small towns named like a word.

    A loose nickname ("la", "the a") counts when written in capitals, alone, or after a place
    word. In a sentence, a lower-case one-word town that is not a real city ("hay" in "dónde
    hay ayuda", "hurt" in "going to hurt me"), or a bare county name ("park" in "at the
    park"), counts only right after a place word ("i live in multnomah").
    """
    word = span.text.lower()
    before = span.doc[span.start - 1].lower_ if span.start > 0 else ""
    if before in _OF and span.start > 1 and span.doc[span.start - 2].lower_ in _BEFORE:
        before = span.doc[span.start - 2].lower_  # "cerca de sf": the word before "de" tells
    after_place_word = before in PLACE_WORDS or before in DIRECTION_WORDS
    alone = len([t for t in span.doc if not t.is_punct]) <= len(span) + 1
    if before in _WHO_WORDS:
        return False
    if label == "NAMED" and word in city_names.LOOSE:
        return span.text != word or alone or (after_place_word and _ends_phrase(span))
    if len(span) != 1 or label in _NAMED_LABELS or label == "NOT_PLACE":
        return True
    if word in COMMON_WORDS or span[0].is_stop:
        return False
    if len(span.doc) == 1 or span.text != word:
        return True
    if word in gaz.states_by_name:
        return True
    real = any(gaz.is_real(key) for key in gaz.cities_by_name.get(word, []))
    return real or before in _STRONG_PLACE_WORDS or _in_state_named_after(gaz, span)


def _in_state_named_after(gaz: Gazetteer, span) -> bool:
    """A small town with its state right after it ("cicero illinois", "woodburn, OR")."""
    state, _ = _qualifier(gaz, span.doc, span.end)
    return bool(state) and any(s == state for _, s in gaz.cities_by_name.get(span.text.lower(), []))


def _ends_phrase(span) -> bool:
    """Nothing but punctuation, a clause break or a time word follows ("in the a rn")."""
    if span.end >= len(span.doc):
        return True
    after = span.doc[span.end]
    if after.like_num:
        return False  # "en la 24 y mission": a street, not Los Angeles
    return not after.is_alpha or after.lower_ in _CLAUSE_BREAKS | _NOW_WORDS | _TIME_AFTER


def _state_code(text: str) -> str | None:
    """A state written as its code: the whole message ("ca"), or an upper-case code ("in CA")."""
    bare = text.strip(" .,!?").upper()
    if bare in STATE_NAMES:
        return bare
    for token in re.findall(r"\b[A-Z]{2}\b", text):
        if token in STATE_NAMES and token not in WORDLIKE_CODES:
            return token
    return None


def _short_code(text: str) -> str | None:
    """In a short answer ("the one in oh"), the last word that is a state code."""
    words = re.findall(r"[A-Za-z]+", text)
    if len(words) > 5:
        return None
    codes = [w.upper() for w in words if len(w) == 2 and w.upper() in STATE_NAMES]
    return codes[-1] if codes else None


def _deletes(word: str) -> set[str]:
    return {word} | {word[:i] + word[i + 1 :] for i in range(len(word))}


def _edit_distance(a: str, b: str) -> int:
    """Damerau-Levenshtein distance (adjacent swaps count as one edit)."""
    rows = [list(range(len(b) + 1))]
    for i in range(1, len(a) + 1):
        row = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            row[j] = min(rows[-1][j] + 1, row[j - 1] + 1, rows[-1][j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                row[j] = min(row[j], rows[-2][j - 2] + 1)
        rows.append(row)
    return rows[-1][-1]
