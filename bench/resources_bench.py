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
from resources.cli import SEED  # noqa: E402
from resources.db import make_engine  # noqa: E402
from resources.models import Base  # noqa: E402
from resources.search import Query, search  # noqa: E402

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


def generate(folder: Path, count: int, seed: int = 2026) -> int:
    """Write a package of ``count`` services; returns the number of rows written."""
    rng = random.Random(seed)
    gaz = places.gazetteer()
    zips = placed_zips(gaz)
    needs = list(facets.NEEDS)
    scopes, weights = zip(*SCOPES, strict=True)
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    for name in ("taxonomies.csv", "taxonomy_terms.csv"):
        shutil.copyfile(SEED / name, folder / name)
    term = {f: facets.FACETS[f].term_id for f in facets.FACETS}

    def new_id() -> str:
        return str(uuid.UUID(int=rng.getrandbits(128), version=4))

    tables = {
        n: []
        for n in (
            "organization",
            "service",
            "service_area",
            "location",
            "service_at_location",
            "phone",
            "attribute",
        )
    }
    organizations = [new_id() for _ in range(max(1, count // 10))]
    for org_number, org_id in enumerate(organizations):
        tables["organization"].append(
            {
                "id": org_id,
                "name": f"Organization {org_number}",
                "description": "Generated for the benchmark.",
            }
        )
    for number in range(count):
        service_id = new_id()
        record = gaz.zips[rng.choice(zips)]
        scope = rng.choices(scopes, weights)[0]
        low = rng.choice([None, None, None, 12, 14, 16])
        tables["service"].append(
            {
                "id": service_id,
                "organization_id": organizations[number % len(organizations)],
                "name": f"Service {number}",
                "description": "Generated for the benchmark.",
                "status": "active",
                "minimum_age": low,
                "maximum_age": low + 10 if low else None,
            }
        )
        extent = {
            "national": "national",
            "state": f"state:{record['state']}",
            "county": f"county:{record['state']}:{record['county']}"
            if record["county"]
            else f"state:{record['state']}",
            "city": f"city:{record['state']}:{record['city']}",
            "zip": f"zip:{record['zip_code']}",
            "radius": f"radius:{rng.choice([10, 25, 50])}",
        }[scope]
        tables["service_area"].append(
            {"id": new_id(), "service_id": service_id, "extent": extent, "extent_type": "text"}
        )
        if scope != "national":
            location_id = new_id()
            tables["location"].append(
                {
                    "id": location_id,
                    "location_type": "physical",
                    "latitude": round(float(record["lat"]) + rng.uniform(-0.02, 0.02), 5),
                    "longitude": round(float(record["long"]) + rng.uniform(-0.02, 0.02), 5),
                }
            )
            tables["service_at_location"].append(
                {"id": new_id(), "service_id": service_id, "location_id": location_id}
            )
        # Fictional numbers (555-01xx is reserved for fiction); never shown to anyone.
        tables["phone"].append(
            {
                "id": new_id(),
                "service_id": service_id,
                "number": f"555-01{number % 100:02d}",
                "type": "voice",
            }
        )
        tags = [
            term["kind"](rng.choices(["intervention", "prevention", "crisis_line"], [60, 38, 2])[0])
        ]
        tags += [term["need"](n) for n in rng.sample(needs, 2)]
        if rng.random() < 0.3:
            tags.append(term["population"](rng.choice(["girls", "boys"])))
        if rng.random() < 0.05:
            tags.append(term["availability"]("24_7"))
        for term_id in tags:
            tables["attribute"].append(
                {
                    "id": new_id(),
                    "link_id": service_id,
                    "taxonomy_term_id": term_id,
                    "link_entity": "service",
                }
            )
        if rng.random() < 0.1:
            tables["attribute"].append(
                {
                    "id": new_id(),
                    "link_id": service_id,
                    "taxonomy_term_id": term["system"]("probation"),
                    "link_entity": "service",
                    "value": "only",
                }
            )
    written = 0
    for table, rows in tables.items():
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
    backends = []
    if args.backend in ("sqlite", "both"):
        backends.append(("sqlite", f"sqlite:///{DATA / 'bench.db'}"))
    if args.backend in ("postgresql", "both"):
        backends.append(
            (
                "postgresql",
                os.environ.get(
                    "HARBOR_BENCH_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test"
                ),
            )
        )
    failed = False
    for backend, url in backends:
        if backend == "sqlite":
            Path(url[len("sqlite:///") :]).unlink(missing_ok=True)
        try:
            result = run(backend, url, folder, args.services, rows)
        except Exception as exc:  # a dead server is reported, and the other backend still runs
            print(f"{backend}: could not run ({type(exc).__name__}: {str(exc).splitlines()[0]})")
            failed = True
            continue
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
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
