"""Offline place resolution: US ZIP codes, cities, counties and states from the ``zipcodes`` data.

``resolve(text)`` turns a young person's words ("im in east oakland", "Portland, OR",
"multnomah county", "94110", "SF") into a :class:`Place`, or into the candidates to ask
about when the name is shared by real cities in several states, or into nothing. Free text
is matched with a spaCy ``PhraseMatcher`` built from the gazetteer; names of five letters or
more also match with one typo. ``nearest_zip(lat, lon)`` coarsens a shared location to its
ZIP so the precise point can be dropped. Nothing here touches the network.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
import spacy
import zipcodes
from scipy.spatial import cKDTree
from spacy.matcher import PhraseMatcher
from spacy.util import filter_spans

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

# What people call big cities. Each maps to (city, state) exactly as the gazetteer spells it.
CITY_ALIASES: dict[str, tuple[str, str]] = {
    "sf": ("San Francisco", "CA"),
    "s.f.": ("San Francisco", "CA"),
    "san fran": ("San Francisco", "CA"),
    "frisco": ("San Francisco", "CA"),
    "la": ("Los Angeles", "CA"),
    "l.a.": ("Los Angeles", "CA"),
    "l.a": ("Los Angeles", "CA"),
    "nyc": ("New York", "NY"),
    "new york city": ("New York", "NY"),
    "philly": ("Philadelphia", "PA"),
    "atl": ("Atlanta", "GA"),
    "chi town": ("Chicago", "IL"),
    "chitown": ("Chicago", "IL"),
    "chi-town": ("Chicago", "IL"),
    "pdx": ("Portland", "OR"),
    "vegas": ("Las Vegas", "NV"),
    "nola": ("New Orleans", "LA"),
    "washington dc": ("Washington", "DC"),
    "washington d.c.": ("Washington", "DC"),
    "d.c.": ("Washington", "DC"),
}

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
    "lovely", "kind", "darling", "sweet", "pleasant", "friendship", "welcome", "truth",
}  # fmt: skip

# Words that put a place after them: "in", "near", "from".
PLACE_WORDS = {"in", "near", "from", "at", "around", "by", "to", "outside", "live", "stay"}

# A city name shared across states is ambiguous when more than one of them has this many ZIPs.
REAL_CITY_MIN_ZIPS = 5
MAX_CANDIDATES = 3
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
    """The outcome of resolving text: one place, or candidates to ask about, or neither."""

    place: Place | None = None
    candidates: tuple[Place, ...] = ()

    @property
    def ambiguous(self) -> bool:
        return self.place is None and len(self.candidates) > 1

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
        grid_zips: list[str] = []
        grid_points: list[tuple[float, float]] = []
        for record in zipcodes.list_all():
            if not record["active"] or record["state"] not in STATE_NAMES:
                continue
            code = record["zip_code"]
            self.zips[code] = record
            state = record["state"]
            self.city_zips[(record["city"], state)].append(code)
            if record["county"]:
                self.county_zips[(record["county"], state)].append(code)
            self.state_zips[state].append(code)
            lat, lon = float(record["lat"]), float(record["long"])
            # A few records have no coordinates (0, 0); they must not attract shared locations.
            record["has_point"] = not (lat == 0 and lon == 0)
            if record["zip_code_type"] == "STANDARD" and record["has_point"]:
                grid_zips.append(code)
                grid_points.append((lat, lon))
        for city, state in self.city_zips:
            self.cities_by_name[city.lower()].append((city, state))
        for county, state in self.county_zips:
            self.counties_by_name[county.lower()].append((county, state))
            bare = _bare_county(county).lower()
            if bare != county.lower():
                self.counties_by_name[bare].append((county, state))
        for code, name in STATE_NAMES.items():
            self.states_by_name[name.lower()] = code
        # Case-insensitive (name, state) lookups, for service areas staff type by hand.
        self.city_key = {(c.lower(), s): (c, s) for c, s in self.city_zips}
        self.county_key = {(c.lower(), s): (c, s) for c, s in self.county_zips}
        self.nlp = spacy.blank("en")
        self.matcher = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        self.matcher.add("CITY", list(self.nlp.tokenizer.pipe(self.cities_by_name)))
        self.matcher.add("COUNTY", list(self.nlp.tokenizer.pipe(self.counties_by_name)))
        self.matcher.add("STATE", list(self.nlp.tokenizer.pipe(self.states_by_name)))
        self.matcher.add("ALIAS", list(self.nlp.tokenizer.pipe(CITY_ALIASES)))
        # Nearest-ZIP lookups: a k-d tree over points on the unit sphere, where straight-line
        # distance orders points exactly as great-circle distance does.
        self._tree_zips = grid_zips
        self._tree = cKDTree(_unit_vectors(grid_points))
        self._fuzzy: dict[str, set[str]] | None = None
        self.fuzzy_names()

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
        codes = self.city_zips[(city, state)]
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
        lat, lon = self.centroid(self.county_zips[(county, state)])
        return Place(
            kind="county",
            state=state,
            county=county,
            latitude=lat,
            longitude=lon,
            counties=(county,),
        )

    def state_place(self, state: str) -> Place:
        lat, lon = self.centroid(self.state_zips[state])
        return Place(kind="state", state=state, latitude=lat, longitude=lon)

    # ---- choosing among same-named places ----------------------------------------------

    def choose_city(self, keys: list[tuple[str, str]], state: str | None) -> Resolution:
        if state:
            keys = [k for k in keys if k[1] == state]
            if not keys:
                return Resolution()
        ranked = sorted(keys, key=lambda k: (-len(self.city_zips[k]), k[1]))
        real = [k for k in ranked if len(self.city_zips[k]) >= REAL_CITY_MIN_ZIPS]
        if len(ranked) == 1 or len(real) == 1:
            return Resolution(self.city_place(*(real or ranked)[0]))
        options = (real or ranked)[:MAX_CANDIDATES]
        return Resolution(candidates=tuple(self.city_place(*k) for k in options))

    def choose_county(self, keys: list[tuple[str, str]], state: str | None) -> Resolution:
        if state:
            keys = [k for k in keys if k[1] == state]
        keys = sorted(set(keys), key=lambda k: (-len(self.county_zips[k]), k[1]))
        if not keys:
            return Resolution()
        if len(keys) == 1:
            return Resolution(self.county_place(*keys[0]))
        return Resolution(candidates=tuple(self.county_place(*k) for k in keys[:MAX_CANDIDATES]))

    # ---- typo tolerance -----------------------------------------------------------------

    def fuzzy_names(self) -> dict[str, set[str]]:
        """Symmetric-delete index: every name of 5+ letters under itself and its 1-deletes."""
        if self._fuzzy is None:
            index: dict[str, set[str]] = defaultdict(set)
            # Only well-known places: a typo of a tiny town is more often a typo of a word.
            names = {
                name
                for name, keys in self.cities_by_name.items()
                if max(len(self.city_zips[k]) for k in keys) >= REAL_CITY_MIN_ZIPS
            }
            names |= set(self.counties_by_name) | set(self.states_by_name)
            for name in names:
                if sum(ch.isalpha() for ch in name) < 5 or name in COMMON_WORDS:
                    continue
                for variant in _deletes(name):
                    index[variant].add(name)
            self._fuzzy = dict(index)
        return self._fuzzy

    def correct(self, phrase: str) -> str | None:
        """The gazetteer name one typo away from ``phrase`` (two for long names), if any."""
        if len(phrase.replace(" ", "")) < 5 or phrase in COMMON_WORDS:
            return None
        index = self.fuzzy_names()
        found: set[str] = set()
        for variant in _deletes(phrase):
            found |= index.get(variant, set())
        best: tuple[int, int, str] | None = None
        for name in found:
            distance = _edit_distance(phrase, name)
            if distance > (2 if len(name) >= 8 else 1):
                continue
            weight = sum(len(self.city_zips[k]) for k in self.cities_by_name.get(name, []))
            candidate = (distance, -weight, name)
            if best is None or candidate < best:
                best = candidate
        return best[2] if best else None


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The shared gazetteer, built on first use (about a second)."""
    return Gazetteer()


def resolve(text: str | None) -> Resolution:
    """Resolve a young person's words for a place. Never raises on odd input."""
    if not text:
        return Resolution()
    text = unicodedata.normalize("NFKC", str(text))[:500].strip()
    if not text:
        return Resolution()
    gaz = gazetteer()

    match = ZIP_RE.search(text)
    if match:
        code = match.group(1)
        return Resolution(gaz.zip_place(code)) if code in gaz.zips else Resolution()

    doc = gaz.nlp.make_doc(text)
    spans = filter_spans(
        [doc[start:end] for _, start, end in gaz.matcher(doc) if _meaningful(gaz, doc[start:end])]
    )
    spans = [s for s in spans if _label_of(gaz, s)]
    if not spans:
        stated = _state_code(text)
        if stated:
            return Resolution(gaz.state_place(stated))
        return _resolve_typo(gaz, doc)

    counties = [s for s in spans if s[-1].lower_ in _COUNTY_WORDS and _is(gaz, s, "COUNTY")]
    cities = [s for s in spans if _is(gaz, s, "ALIAS") or _is(gaz, s, "CITY")]
    states = [s for s in spans if _is(gaz, s, "STATE")]

    if counties:
        span = counties[0]
        state = _qualifier(gaz, doc, span) or _first_state(gaz, states, exclude=span)
        return gaz.choose_county(gaz.counties_by_name[span.text.lower()], state)
    if cities:
        span = cities[0]
        qualifier = _qualifier(gaz, doc, span)
        if span.text.lower() in CITY_ALIASES and (qualifier is None or _is(gaz, span, "CITY")):
            city, state = CITY_ALIASES[span.text.lower()]
            if qualifier is None or qualifier == state:
                return Resolution(gaz.city_place(city, state))
        state = qualifier or _first_state(gaz, states, exclude=span)
        # A name that is a state as well as a city ("washington") is the state when alone.
        if _is(gaz, span, "STATE") and state is None and len(spans) == 1:
            as_state = gaz.states_by_name[span.text.lower()]
            own = gaz.city_zips.get((span.text.title(), as_state), [])
            if len(own) < 20:
                return Resolution(gaz.state_place(as_state))
        keys = gaz.cities_by_name.get(span.text.lower(), [])
        if keys:
            return gaz.choose_city(keys, state)
    if states:
        return Resolution(gaz.state_place(gaz.states_by_name[states[0].text.lower()]))
    # Only a bare county name ("multnomah") matched.
    span = spans[0]
    state = _qualifier(gaz, doc, span)
    return gaz.choose_county(gaz.counties_by_name.get(span.text.lower(), []), state)


def from_key(key: str | None) -> Place | None:
    """The place a ``Place.key`` names, or None for anything else (never raises)."""
    if not isinstance(key, str):
        return None
    gaz = gazetteer()
    kind, _, rest = key.partition(":")
    state, _, name = rest.partition(":")
    if kind == "zip" and rest in gaz.zips:
        return gaz.zip_place(rest)
    if kind == "city" and (name, state) in gaz.city_zips:
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


# ---- internals ---------------------------------------------------------------------------

_COUNTY_WORDS = {"county", "parish", "borough"}


def _unit_vectors(points: list[tuple[float, float]]) -> np.ndarray:
    lat = np.radians([p[0] for p in points])
    lon = np.radians([p[1] for p in points])
    return np.column_stack((np.cos(lat) * np.cos(lon), np.cos(lat) * np.sin(lon), np.sin(lat)))


def _bare_county(county: str) -> str:
    for suffix in (" County", " Parish", " Borough", " Census Area", " Municipality"):
        if county.endswith(suffix):
            return county[: -len(suffix)]
    return county


def _by_frequency(values) -> list[str]:
    counts: dict[str, int] = defaultdict(int)
    for value in values:
        counts[value] += 1
    return sorted(counts, key=lambda v: (-counts[v], v))


def _label_of(gaz: Gazetteer, span) -> str:
    """The label the span is best read as ('' to drop it), preferring alias, county, city."""
    name = span.text.lower()
    if name in CITY_ALIASES:
        return "ALIAS"
    if name in gaz.counties_by_name and span[-1].lower_ in _COUNTY_WORDS:
        return "COUNTY"
    if name in gaz.cities_by_name or name in gaz.states_by_name:
        return "CITY" if name in gaz.cities_by_name else "STATE"
    return "COUNTY" if name in gaz.counties_by_name else ""


def _is(gaz: Gazetteer, span, label: str) -> bool:
    name = span.text.lower()
    return {
        "ALIAS": name in CITY_ALIASES,
        "COUNTY": name in gaz.counties_by_name,
        "CITY": name in gaz.cities_by_name,
        "STATE": name in gaz.states_by_name,
    }[label]


def _meaningful(gaz: Gazetteer, span) -> bool:
    """Drops one-word matches that are everyday words, and small towns named like a word.

    In a sentence, a lower-case one-word town with fewer than REAL_CITY_MIN_ZIPS ZIPs ("hay"
    in "dónde hay ayuda") counts only after a place word ("i live in compton").
    """
    if len(span) != 1:
        return True
    word = span.text.lower()
    if word in COMMON_WORDS or (span[0].is_stop and word not in CITY_ALIASES):
        return False
    if len(span.doc) == 1 or span.text != word or word in CITY_ALIASES:
        return True
    if word in gaz.states_by_name or word in gaz.counties_by_name:
        return True
    size = sum(len(gaz.city_zips[key]) for key in gaz.cities_by_name.get(word, []))
    before = span.doc[span.start - 1].lower_ if span.start > 0 else ""
    return size >= REAL_CITY_MIN_ZIPS or before in PLACE_WORDS


def _state_code(text: str) -> str | None:
    """A state written as its code: the whole message ("ca"), or an upper-case code ("in CA")."""
    bare = text.strip(" .,!?").upper()
    if bare in STATE_NAMES:
        return bare
    for token in re.findall(r"\b[A-Z]{2}\b", text):
        if token in STATE_NAMES and token not in WORDLIKE_CODES:
            return token
    return None


def _qualifier(gaz: Gazetteer, doc, span) -> str | None:
    """A state named right after a place: "Portland, OR", "portland oregon", "salem or"."""
    i = span.end
    if i < len(doc) and doc[i].text == ",":
        i += 1
    for width in (2, 1):
        words = doc[i : i + width]
        if len(words) != width:
            continue
        name = words.text.lower()
        if name in gaz.states_by_name:
            return gaz.states_by_name[name]
        if width == 1 and words.text.upper() in STATE_NAMES and len(words.text) == 2:
            return words.text.upper()
    return None


def _first_state(gaz: Gazetteer, states, exclude) -> str | None:
    for span in states:
        if span is not exclude and span.start >= exclude.end:
            return gaz.states_by_name[span.text.lower()]
    return None


def _resolve_typo(gaz: Gazetteer, doc) -> Resolution:
    words = [t.lower_ for t in doc if t.is_alpha]
    for width in (3, 2, 1):
        for start in range(len(words) - width + 1):
            phrase_words = words[start : start + width]
            county_word = phrase_words[-1] in _COUNTY_WORDS and width > 1
            core = " ".join(phrase_words[:-1] if county_word else phrase_words)
            name = gaz.correct(core)
            if not name:
                continue
            rest = gaz.nlp.make_doc(" ".join(words[start + width :]))
            state = _qualifier(gaz, rest, rest[0:0]) if len(rest) else None
            if county_word or (name not in gaz.cities_by_name and name in gaz.counties_by_name):
                return gaz.choose_county(gaz.counties_by_name[name], state)
            if name in gaz.states_by_name:
                return Resolution(gaz.state_place(gaz.states_by_name[name]))
            real = [
                k for k in gaz.cities_by_name[name] if len(gaz.city_zips[k]) >= REAL_CITY_MIN_ZIPS
            ]
            return gaz.choose_city(real, state)
    return Resolution()


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
