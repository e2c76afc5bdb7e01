"""Resource database benchmark: import speed and search latency at 100,000 services.

Generates an HSDS package of services spread over the US (as many per area as it has ZIP
codes), imports it, and times searches for "ZIP + two needs" and "state only", on SQLite and
on PostgreSQL. Results go to bench/results/resources-<backend>.json and to stdout.

    python bench/resources_bench.py [--services N] [--backend sqlite|postgresql|both]

The PostgreSQL run uses $HARBOR_BENCH_POSTGRES_URL (default: the local `test` database) and
replaces Harbor's tables there.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import os
import platform
import random
import shutil
import statistics
import sys
import time
import uuid
from pathlib import Path

sys.modules.setdefault("tensorflow", None)  # spaCy's thinc would import it; nothing here uses it

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from resources import facets, hsds, places  # noqa: E402
from resources.db import make_engine  # noqa: E402
from resources.models import Base  # noqa: E402
from resources.search import Query, search  # noqa: E402
from resources.seed import SEED  # noqa: E402

DATA = ROOT / "bench" / "data"
RESULTS = ROOT / "bench" / "results"
TARGETS = {"search_p95_ms_sqlite": 25.0, "import_services_per_s": 5000.0}
SCOPES = [
    ("city", 45),
    ("county", 25),
    ("zip", 10),
    ("radius", 10),
    ("state", 9.5),
    ("national", 0.5),
]


def placed_zips(gaz: places.Gazetteer) -> list[str]:
    """Street-address ZIPs with coordinates, in a fixed order, to spread services and queries."""
    return sorted(
        z for z, r in gaz.zips.items() if r["has_point"] and r["zip_code_type"] == "STANDARD"
    )


TABLES = (
    "organization",
    "service",
    "service_area",
    "location",
    "service_at_location",
    "phone",
    "attribute",
)


class _Generator:
    """Writes the rows of one generated service after another, reproducibly from a seed."""

    def __init__(self, count: int, seed: int) -> None:
        self.rng = random.Random(seed)
        self.gaz = places.gazetteer()
        self.zips = placed_zips(self.gaz)
        self.term = {f: facets.FACETS[f].term_id for f in facets.FACETS}
        self.tables: dict[str, list[dict]] = {name: [] for name in TABLES}
        self.organizations = [self.new_id() for _ in range(max(1, count // 10))]
        for number, org_id in enumerate(self.organizations):
            self.tables["organization"].append(
                {
                    "id": org_id,
                    "name": f"Organization {number}",
                    "description": "Generated for the benchmark.",
                }
            )

    def new_id(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def service(self, number: int) -> None:
        service_id = self.new_id()
        record = self.gaz.zips[self.rng.choice(self.zips)]
        scope = self.rng.choices(*zip(*SCOPES, strict=True))[0]
        low = self.rng.choice([None, None, None, 12, 14, 16])
        self.tables["service"].append(
            {
                "id": service_id,
                "organization_id": self.organizations[number % len(self.organizations)],
                "name": f"Service {number}",
                "description": "Generated for the benchmark.",
                "status": "active",
                "minimum_age": low,
                "maximum_age": low + 10 if low else None,
            }
        )
        self.area(service_id, scope, record)
        # Fictional numbers (555-01xx is reserved for fiction); never shown to anyone.
        self.tables["phone"].append(
            {
                "id": self.new_id(),
                "service_id": service_id,
                "number": f"555-01{number % 100:02d}",
                "type": "voice",
            }
        )
        self.attributes(service_id)

    def area(self, service_id: str, scope: str, record: dict) -> None:
        extent = self.extent(scope, record)
        self.tables["service_area"].append(
            {"id": self.new_id(), "service_id": service_id, "extent": extent, "extent_type": "text"}
        )
        if scope == "national":
            return
        location_id = self.new_id()
        self.tables["location"].append(
            {
                "id": location_id,
                "location_type": "physical",
                "latitude": round(float(record["lat"]) + self.rng.uniform(-0.02, 0.02), 5),
                "longitude": round(float(record["long"]) + self.rng.uniform(-0.02, 0.02), 5),
            }
        )
        self.tables["service_at_location"].append(
            {"id": self.new_id(), "service_id": service_id, "location_id": location_id}
        )

    def extent(self, scope: str, record: dict) -> str:
        # Drawn whatever the scope, so that every package generated from a seed is the same.
        radius = self.rng.choice([10, 25, 50])
        state, county = record["state"], record["county"]
        return {
            "national": "national",
            "state": f"state:{state}",
            "county": f"county:{state}:{county}" if county else f"state:{state}",
            "city": f"city:{state}:{record['city']}",
            "zip": f"zip:{record['zip_code']}",
            "radius": f"radius:{radius}",
        }[scope]

    def attributes(self, service_id: str) -> None:
        rng, term = self.rng, self.term
        tags = [
            term["kind"](rng.choices(["intervention", "prevention", "crisis_line"], [60, 38, 2])[0])
        ]
        tags += [term["need"](n) for n in rng.sample(list(facets.NEEDS), 2)]
        if rng.random() < 0.3:
            tags.append(term["population"](rng.choice(["girls", "boys"])))
        if rng.random() < 0.05:
            tags.append(term["availability"]("24_7"))
        for term_id in tags:
            self.attribute(service_id, term_id)
        if rng.random() < 0.1:
            self.attribute(service_id, term["system"]("probation"), value="only")

    def attribute(self, service_id: str, term_id: str, value: str | None = None) -> None:
        self.tables["attribute"].append(
            {
                "id": self.new_id(),
                "link_id": service_id,
                "taxonomy_term_id": term_id,
                "link_entity": "service",
                "value": value,
            }
        )


def generate(folder: Path, count: int, seed: int = 2026) -> int:
    """Write a package of ``count`` services; returns the number of rows written."""
    generator = _Generator(count, seed)
    for number in range(count):
        generator.service(number)
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    for name in ("taxonomies.csv", "taxonomy_terms.csv"):
        shutil.copyfile(SEED / name, folder / name)
    written = 0
    for table, rows in generator.tables.items():
        resource = hsds.schema()[table]
        header = [f["name"] for f in resource["schema"]["fields"]]
        with (folder / resource["path"]).open("w", newline="", encoding="utf-8") as handle:
            writer = csv.DictWriter(handle, header)
            writer.writeheader()
            writer.writerows(rows)
        written += len(rows)
    return written


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def time_searches(engine, queries: list[Query]) -> dict:
    from sqlalchemy.orm import Session

    with Session(engine, future=True) as session:
        for query in queries[:20]:  # warm caches
            search(session, query)
        timings = []
        for query in queries:
            start = time.perf_counter()
            search(session, query)
            timings.append((time.perf_counter() - start) * 1000)
    return {
        "n": len(timings),
        "p50_ms": round(statistics.median(timings), 2),
        "p95_ms": round(percentile(timings, 0.95), 2),
        "max_ms": round(max(timings), 2),
    }


def run(backend: str, url: str, folder: Path, services: int, rows: int) -> dict:
    engine = make_engine(url)
    Base.metadata.drop_all(engine)
    Base.metadata.create_all(engine)
    start = time.perf_counter()
    hsds.import_package(engine, folder, replace=True, progress=sys.stderr.isatty())
    seconds = time.perf_counter() - start
    rng = random.Random(7)
    gaz = places.gazetteer()
    zips = placed_zips(gaz)
    states = sorted({r["state"] for r in gaz.zips.values()} & set(places.STATE_NAMES))
    needs = list(facets.NEEDS)
    zip_queries = [
        Query(gaz.zip_place(rng.choice(zips)), tuple(rng.sample(needs, 2))) for _ in range(300)
    ]
    state_queries = [Query(gaz.state_place(rng.choice(states))) for _ in range(200)]
    result = {
        "backend": backend,
        "date": dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat(),
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version()},
        "services": services,
        "rows": rows,
        "import_seconds": round(seconds, 2),
        "import_services_per_s": round(services / seconds),
        "import_rows_per_s": round(rows / seconds),
        "search_zip_two_needs": time_searches(engine, zip_queries),
        "search_state_only": time_searches(engine, state_queries),
        "targets": TARGETS,
    }
    engine.dispose()
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--services", type=int, default=100_000)
    parser.add_argument("--backend", choices=["sqlite", "postgresql", "both"], default="both")
    args = parser.parse_args()
    folder = DATA / f"services-{args.services}"
    print(f"Generating {args.services} services …", flush=True)
    rows = generate(folder, args.services)
    RESULTS.mkdir(parents=True, exist_ok=True)
    failed = False
    for backend, url in _backends(args.backend):
        if backend == "sqlite":
            Path(url[len("sqlite:///") :]).unlink(missing_ok=True)
        try:
            result = run(backend, url, folder, args.services, rows)
        except Exception as exc:  # a dead server is reported, and the other backend still runs
            print(f"{backend}: could not run ({type(exc).__name__}: {str(exc).splitlines()[0]})")
            failed = True
            continue
        _report(backend, result)
    return 1 if failed else 0


def _backends(which: str) -> list[tuple[str, str]]:
    backends = []
    if which in ("sqlite", "both"):
        backends.append(("sqlite", f"sqlite:///{DATA / 'bench.db'}"))
    if which in ("postgresql", "both"):
        url = os.environ.get(
            "HARBOR_BENCH_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test"
        )
        backends.append(("postgresql", url))
    return backends


def _report(backend: str, result: dict) -> None:
    if backend == "sqlite":
        result["meets_targets"] = (
            result["search_zip_two_needs"]["p95_ms"] <= TARGETS["search_p95_ms_sqlite"]
            and result["search_state_only"]["p95_ms"] <= TARGETS["search_p95_ms_sqlite"]
            and result["import_services_per_s"] >= TARGETS["import_services_per_s"]
        )
    (RESULTS / f"resources-{backend}.json").write_text(json.dumps(result, indent=2) + "\n")
    z, s = result["search_zip_two_needs"], result["search_state_only"]
    print(
        f"{backend:10} import {result['import_services_per_s']:>6} services/s "
        f"({result['import_rows_per_s']} rows/s, {result['import_seconds']} s) | "
        f"ZIP+2 needs p50 {z['p50_ms']} ms p95 {z['p95_ms']} ms | "
        f"state only p50 {s['p50_ms']} ms p95 {s['p95_ms']} ms"
    )


if __name__ == "__main__":
    sys.exit(main())
