"""Eligibility and ranking: which services fit a young person's place and needs, best first.

A service is eligible when one of its areas covers the place (the whole US, the state, the
county, the city, the ZIP, or a radius around one of its locations), its ages overlap the
asked range, and it is open to the asked population and system involvement. Ranking is by
needs met, then how local the area is (local before state before national), then distance,
then name, so the same question always gets the same answer. 24-hour contacts come back
separately, always at least one.

Every text a result shows comes in the query's language (``Query.lang``, "en" or "es"):
descriptions and area names from the translation extension when one is stored (else in
English), reasons and fixed phrases from ``reasons`` and ``facets``. Names stay as they are.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from sqlalchemy import BigInteger, and_, case, func, literal, or_, select, union_all
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from resources import contacts, facets, translations
from resources.areas import MAX_RADIUS_MILES
from resources.models import Phone, Schedule, SearchArea, SearchService, Service
from resources.places import Place
from resources.reasons import reasons

PAGE_SIZE = 3
MAX_CONTACTS = 3
MILES_PER_DEGREE = 69.0
# Locality ranks, most local first. INSIDE: an area within the asked county, not known to
# cover the person (a city program when they said a county). A state covers only what serves
# the whole state or country: listing every town's programs helps nobody, so the bot asks
# for a city instead.
EXACT, INSIDE, STATE, NATIONAL = 0, 1, 2, 3
RANK_KEY = 10**9


@dataclass(frozen=True)
class Query:
    """What the young person told the bot. Every part is optional; leaving one out widens."""

    place: Place | None = None
    needs: tuple[str, ...] = ()
    age_min: int | None = None
    age_max: int | None = None
    population: str | None = None  # girls | boys | all
    system: str | None = None  # probation | court | child_welfare | custody | none
    kind: str | None = None  # intervention | prevention
    lang: str = "en"  # en | es: the language of every text a result shows


@dataclass
class Reach:
    """One way to reach a service ("call 1-888-373-7888", "text 233733")."""

    how: str
    number: str
    note: str | None = None

    def __str__(self) -> str:
        return f"{self.how} {self.number}" + (f" ({self.note})" if self.note else "")


@dataclass
class Match:
    service_id: str
    name: str
    description: str
    kind: str | None
    area: str
    reasons: list[str]
    needs_met: list[str]
    reach: list[Reach] = field(default_factory=list)
    url: str | None = None
    email: str | None = None
    hours: str | None = None
    distance_miles: float | None = None
    locality: int = NATIONAL


@dataclass
class Contact:
    name: str
    reach: list[str]
    hours: str
    service_id: str | None = None


@dataclass
class Results:
    services: list[Match]
    total: int
    page: int
    page_size: int
    contacts: list[Contact]
    place: Place | None = None
    # Asked needs that no program near the place meets (none anywhere, without a place).
    missing_needs: tuple[str, ...] = ()
    # Whether any program serves the place locally, whatever the need.
    has_local_programs: bool = False
    # The language of the services' texts (Query.lang); contacts stay in English.
    lang: str = "en"

    @property
    def has_more(self) -> bool:
        return (self.page + 1) * self.page_size < self.total

    @property
    def local(self) -> bool:
        """True when some result serves the person's area rather than the whole country."""
        return any(m.locality != NATIONAL for m in self.services)


def search(
    db: Session | Engine, query: Query, page: int = 0, page_size: int = PAGE_SIZE
) -> Results:
    """Ranked services for a query (one page of them), the 24-hour contacts that apply, and
    which asked needs have no local program."""
    if isinstance(db, Engine):
        with Session(db, future=True) as session:
            return search(session, query, page, page_size)
    session = db
    page = max(0, int(page))
    needs = _known_needs(query)
    statement = _ranked(query, needs).limit(page_size).offset(page * page_size)
    rows = session.execute(statement).all()
    total = rows[0].total if rows else _count(session, statement, page)
    services = _details(session, query, needs, rows)
    has_local, missing = _local_cover(session, query, needs)
    return Results(
        services=services,
        total=total,
        page=page,
        page_size=page_size,
        contacts=_contacts(session, query, needs, exclude={m.service_id for m in services}),
        place=query.place,
        missing_needs=missing,
        has_local_programs=has_local,
        lang=query.lang,
    )


def _known_needs(query: Query) -> tuple[str, ...]:
    return tuple(n for n in dict.fromkeys(query.needs) if n in facets.NEEDS)


def _ranked(query: Query, needs: tuple[str, ...]):
    """Every eligible service, best first, with its locality, area and the total count."""
    best = _covering(query.place)
    ss = SearchService.__table__
    needs_met = _fit(ss, query, needs)
    distance = _distance(ss, query.place)
    return (
        select(
            ss.c.service_id,
            best.c.rank,
            best.c.key,
            needs_met.label("needs_met"),
            distance.label("distance"),
            func.count().over().label("total"),
        )
        .join(best, best.c.service_id == ss.c.service_id)
        .where(*_filters(ss, query, needs))
        .order_by(
            # PostgreSQL reads a constant in ORDER BY as a column position, so only by real needs.
            *([needs_met.desc()] if needs else []),
            best.c.rank,
            func.coalesce(distance, 1e12),
            ss.c.name,
            ss.c.service_id,
        )
    )


def _local_cover(
    session: Session, query: Query, needs: tuple[str, ...]
) -> tuple[bool, tuple[str, ...]]:
    """Whether some eligible program serves the place locally, and the asked needs none does.

    Without a place, "local" means anywhere: a need is missing when no program meets it.
    """
    best = _covering(query.place)
    ss = SearchService.__table__
    near = best.c.rank < NATIONAL if query.place is not None else literal(True)

    def any_of(condition):
        return func.coalesce(func.max(case((condition, 1), else_=0)), 0)

    columns = [any_of(near)] + [any_of(and_(near, ss.c.needs.like(f"%|{n}|%"))) for n in needs]
    row = session.execute(
        select(*columns)
        .join(best, best.c.service_id == ss.c.service_id)
        .where(*_filters(ss, query, ()))
    ).one()
    missing = tuple(need for need, met in zip(needs, row[1:], strict=True) if not met)
    return bool(row[0]), missing


QUESTIONS = ("age_range", "population", "system")


def questions_that_matter(db: Session | Engine, query: Query) -> list[str]:
    """Which follow-up questions could change the answer to this query, in asking order.

    A question matters when some eligible service is limited by it: an age range, only girls
    or only boys, only young people in a system. When none is, asking would only take time.
    """
    if isinstance(db, Engine):
        with Session(db, future=True) as session:
            return questions_that_matter(session, query)
    needs = _known_needs(query)
    best = _covering(query.place)
    ss = SearchService.__table__

    def limited(condition):
        return func.coalesce(func.max(case((condition, 1), else_=0)), 0)

    row = db.execute(
        select(
            limited(or_(ss.c.minimum_age.is_not(None), ss.c.maximum_age.is_not(None))),
            limited(and_(ss.c.populations != "|", ss.c.populations.not_like("%|all|%"))),
            limited(ss.c.systems_only != "|"),
        )
        .join(best, best.c.service_id == ss.c.service_id)
        .where(*_filters(ss, query, needs))
    ).one()
    return [question for question, asks in zip(QUESTIONS, row, strict=True) if asks]


# ---- eligibility ------------------------------------------------------------------------


def _covering(place: Place | None):
    """Per service, the rank of its most local area covering the place, and that area.

    ``key`` is rank * RANK_KEY + area id, so its minimum names the area of the best rank.
    """
    areas = SearchArea.__table__
    selects = [
        select(
            areas.c.service_id,
            literal(rank).label("rank"),
            (literal(rank * RANK_KEY, BigInteger) + areas.c.id).label("key"),
        ).where(condition)
        for condition, rank in _area_branches(areas, place)
    ]
    candidates = union_all(*selects).subquery()
    return (
        select(
            candidates.c.service_id,
            func.min(candidates.c.rank).label("rank"),
            func.min(candidates.c.key).label("key"),
        )
        .group_by(candidates.c.service_id)
        .subquery()
    )


def _area_branches(areas, place: Place | None) -> list[tuple]:
    """(condition on an area, locality rank) for each way an area can cover the place."""
    branches = [(areas.c.scope == "national", NATIONAL)]
    if place is None:
        return branches
    state = areas.c.state == place.state
    branches.append((and_(areas.c.scope == "state", state), STATE))
    counties = list(place.counties or ([place.county] if place.county else []))
    if place.kind == "county":
        branches += [
            (and_(areas.c.scope == "county", state, areas.c.county == place.county), EXACT),
            (
                and_(areas.c.scope.in_(["city", "zip"]), state, areas.c.county == place.county),
                INSIDE,
            ),
        ]
    elif place.kind in ("city", "zip"):
        branches += [
            (and_(areas.c.scope == "city", state, areas.c.city == place.city), EXACT),
            (and_(areas.c.scope == "county", state, areas.c.county.in_(counties)), EXACT),
        ]
        if place.kind == "zip":
            branches.append((and_(areas.c.scope == "zip", areas.c.postal_code == place.zip), EXACT))
        else:
            branches.append(
                (and_(areas.c.scope == "zip", state, areas.c.city == place.city), INSIDE)
            )
    if place.kind != "state" and place.latitude is not None:
        branches.append((_within_radius(areas, place), EXACT))
    return branches


def _within_radius(areas, place: Place):
    band = MAX_RADIUS_MILES / MILES_PER_DEGREE  # only rows this close can be in reach
    squeeze = math.cos(math.radians(place.latitude))
    d_lat = areas.c.latitude - place.latitude
    d_lon = (areas.c.longitude - place.longitude) * squeeze
    reach = areas.c.radius_miles / MILES_PER_DEGREE
    return and_(
        areas.c.scope == "radius",
        areas.c.latitude.between(place.latitude - band, place.latitude + band),
        d_lat * d_lat + d_lon * d_lon <= reach * reach,
    )


def _needs_met(ss, needs: tuple[str, ...]):
    if not needs:
        return literal(0)
    total = None
    for need in needs:
        term = case((ss.c.needs.like(f"%|{need}|%"), 1), else_=0)
        total = term if total is None else total + term
    return total


def _fit(ss, query: Query, needs: tuple[str, ...]):
    """Needs met, plus one for a program made only for young people in the system the person
    is in, counted like a met need: a girl in juvenile hall asking for life skills is shown the
    workshop made for girls in juvenile hall (the missing need is still said)."""
    if not needs or query.system not in facets.SYSTEMS:
        return _needs_met(ss, needs)
    made_for = case((ss.c.systems_only.like(f"%|{query.system}|%"), 1), else_=0)
    return _needs_met(ss, needs) + made_for


def _distance(ss, place: Place | None):
    """Squared distance in degrees (good enough to order by), NULL without a place."""
    if place is None or place.latitude is None:
        return literal(None)
    squeeze = math.cos(math.radians(place.latitude))
    d_lat = ss.c.latitude - place.latitude
    d_lon = (ss.c.longitude - place.longitude) * squeeze
    return d_lat * d_lat + d_lon * d_lon


def _filters(ss, query: Query, needs: tuple[str, ...]) -> list:
    filters = [or_(ss.c.kind.is_(None), ss.c.kind != "crisis_line")]
    if query.kind:
        filters.append(ss.c.kind == query.kind)
    if needs:
        filters.append(_fit(ss, query, needs) >= 1)
    if query.age_min is not None:
        filters.append(or_(ss.c.maximum_age.is_(None), ss.c.maximum_age >= query.age_min))
    if query.age_max is not None:
        filters.append(or_(ss.c.minimum_age.is_(None), ss.c.minimum_age <= query.age_max))
    # "all" is the "show all" answer: it narrows nothing, as a skipped question does.
    if query.population in ("girls", "boys"):
        filters.append(
            or_(
                ss.c.populations == "|",
                ss.c.populations.like("%|all|%"),
                ss.c.populations.like(f"%|{query.population}|%"),
            )
        )
    if query.system == "none":
        filters.append(ss.c.systems_only == "|")
    elif query.system in facets.SYSTEMS:
        filters.append(or_(ss.c.systems_only == "|", ss.c.systems_only.like(f"%|{query.system}|%")))
    return filters


def _count(session: Session, statement, page: int) -> int:
    """Total when the asked page is past the end (the window count came back empty)."""
    if page == 0:
        return 0
    sub = statement.limit(None).offset(None).subquery()
    return session.execute(select(func.count()).select_from(sub)).scalar_one()


# ---- what is shown ------------------------------------------------------------------------


def _details(session: Session, query: Query, needs: tuple[str, ...], rows) -> list[Match]:
    if not rows:
        return []
    ids = [row.service_id for row in rows]
    area_ids = [row.key % RANK_KEY for row in rows]
    services = {
        s.id: s for s in session.execute(select(Service).where(Service.id.in_(ids))).scalars()
    }
    facet_rows = {
        r.service_id: r
        for r in session.execute(
            select(SearchService).where(SearchService.service_id.in_(ids))
        ).scalars()
    }
    shown_areas = _area_names(session, ids, area_ids, query.lang)
    texts = translations.service_texts(session, ids, query.lang)
    reach, hours = _reach(session, ids), _hours(session, ids, query.lang)
    matches = []
    for row, area_id in zip(rows, area_ids, strict=True):
        service, facet = services[row.service_id], facet_rows[row.service_id]
        described = translations.description(service, texts.get(service.id, {}))
        shown = (shown_areas.get(area_id, ""), reach.get(row.service_id, []), hours, described)
        matches.append(_match(query, needs, row, service, facet, shown))
    return matches


def _area_names(session: Session, ids: list[str], area_ids: list[int], lang: str) -> dict:
    """The name of each area, by search_area id, as shown in ``lang``."""
    translated = translations.area_names(session, ids, lang)
    return {
        area.id: translations.area_name(area, lang, translated)
        for area in session.execute(select(SearchArea).where(SearchArea.id.in_(area_ids))).scalars()
    }


def _match(query: Query, needs: tuple[str, ...], row, service, facet, shown) -> Match:
    """One result as shown: ``shown`` is its area name, ways to reach it, all hours and its
    description, in the query's language."""
    area, reach, hours, described = shown
    met = [n for n in needs if f"|{n}|" in facet.needs]
    distance = None
    if row.distance is not None:
        distance = round(math.sqrt(row.distance) * MILES_PER_DEGREE, 1)
    return Match(
        service_id=service.id,
        name=service.name,
        description=_one_line(described),
        kind=facet.kind,
        area=area,
        reasons=reasons(query, facet, met, area, national=row.rank == NATIONAL),
        needs_met=met,
        reach=reach,
        url=service.url,
        email=service.email,
        hours="24/7" if facet.open_24_7 else hours.get(service.id),
        distance_miles=distance,
        locality=row.rank,
    )


def _reach(session: Session, ids: list[str]) -> dict[str, list[Reach]]:
    """Phones per service, calls first, one entry per number ("call or text 988")."""
    found: dict[str, list[Reach]] = {}
    for phone in session.execute(
        select(Phone).where(Phone.service_id.in_(ids)).order_by(Phone.service_id, Phone.id)
    ).scalars():
        how = "text" if (phone.type or "").lower() in ("text", "sms") else "call"
        entries = found.setdefault(phone.service_id, [])
        same = next((r for r in entries if r.number == phone.number), None)
        if same is None:
            entries.append(Reach(how, phone.number, phone.description))
        elif how not in same.how:
            same.how = "call or text"
            same.note = same.note or phone.description
    for entries in found.values():
        entries.sort(key=lambda r: r.how != "call or text" and r.how != "call")
    return found


def _hours(session: Session, ids: list[str], lang: str = "en") -> dict[str, str]:
    found: dict[str, str] = {}
    for schedule in session.execute(
        select(Schedule).where(Schedule.service_id.in_(ids)).order_by(Schedule.id)
    ).scalars():
        # A schedule's own words are shown as written; the times Harbor spells out, in lang.
        text = schedule.description or _opening(schedule, lang)
        if text and schedule.service_id not in found:
            found[schedule.service_id] = text
    return found


# Days of the week as HSDS (RFC 5545) writes them, in Spanish.
DAYS_ES = {
    "MO": "lun",
    "TU": "mar",
    "WE": "mié",
    "TH": "jue",
    "FR": "vie",
    "SA": "sáb",
    "SU": "dom",
}


def _opening(schedule: Schedule, lang: str = "en") -> str | None:
    if schedule.opens_at and schedule.closes_at:
        days = schedule.byday or ""
        if days and lang == "es":
            days = ", ".join(DAYS_ES.get(d.strip().upper(), d.strip()) for d in days.split(","))
        days = f"{days} " if days else ""
        return f"{days}{schedule.opens_at[:5]}–{schedule.closes_at[:5]}"
    return None


def _one_line(text: str) -> str:
    line = " ".join(text.split())
    end = line.find(". ")
    return line[: end + 1] if 0 < end < 200 else line[:200]


def _contacts(
    session: Session, query: Query, needs: tuple[str, ...], exclude: set[str]
) -> list[Contact]:
    """24-hour contacts covering the place, at most three.

    Every local 24/7 service first, whatever the need (one without a phone is reached through
    the trafficking hotline); then the general referral line (the national line that covers
    the most needs: the trafficking hotline in the seed); then the lines that fit the needs
    asked, those ``contacts.LINES_FOR_NEED`` names first (211 for food or a place to stay,
    988 and Trevor for someone to talk to).
    """
    rows = _open_all_day(session, query, needs, exclude)
    local = [r for r in rows if r.rank < NATIONAL]
    national = [r for r in rows if r.rank >= NATIONAL and r.phoned]
    general = sorted(national, key=lambda r: (-r.need_count, r.name))[:1]
    preferred = _preferred_lines(needs)
    specific = sorted(
        (r for r in national if r not in general),
        key=lambda r: (preferred.get(r.name, len(preferred)), -r.needs_met, r.need_count, r.name),
    )
    chosen = (local[: MAX_CONTACTS - 1] + general + specific)[:MAX_CONTACTS]
    reach = _reach(session, [r.service_id for r in chosen])
    found = [
        Contact(
            r.name,
            [str(x) for x in reach.get(r.service_id, [])] or [REFERRAL],
            "24/7",
            r.service_id,
        )
        for r in chosen
    ]
    if not found:
        # An empty or staff-replaced database still gives the vetted national line.
        fallback = contacts.DEFAULT
        found = [Contact(fallback.name, [fallback.how], "24/7")]
    return found


# How a local 24-hour service with no phone in the data is reached: a warm referral.
REFERRAL = f"ask the {contacts.DEFAULT.name} to connect you ({contacts.DEFAULT.how})"


def _open_all_day(session: Session, query: Query, needs: tuple[str, ...], exclude: set[str]):
    """Services open 24/7 that cover the place, not already shown, local ones first."""
    ss = SearchService.__table__
    best = _covering(query.place)
    needs_met = _needs_met(ss, needs).label("needs_met")
    phoned = select(Phone.id).where(Phone.service_id == ss.c.service_id).exists()
    return session.execute(
        select(
            ss.c.service_id,
            ss.c.name,
            ss.c.need_count,
            best.c.rank,
            needs_met,
            phoned.label("phoned"),
        )
        .join(best, best.c.service_id == ss.c.service_id)
        .where(
            ss.c.open_24_7.is_(True),
            ss.c.service_id.notin_(exclude or [""]),
            # A national line the young person cannot reach is no contact; a local service
            # without a phone is still reached through the hotline.
            or_(best.c.rank < NATIONAL, phoned),
        )
        .order_by(
            best.c.rank >= NATIONAL,
            *([needs_met.desc()] if needs else []),
            ss.c.need_count.desc(),
            ss.c.name,
        )
        .limit(50)
    ).all()


def _preferred_lines(needs: tuple[str, ...]) -> dict[str, int]:
    """Names of the national lines that fit the needs best, with their order."""
    keys = [key for need in needs for key in contacts.LINES_FOR_NEED.get(need, ())]
    names = [contacts.BY_KEY[key].name for key in dict.fromkeys(keys)]
    return {name: order for order, name in enumerate(names)}
