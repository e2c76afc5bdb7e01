"""``harbor resources …``: build, import, export, validate, inspect and search resources.

Staff use ``search`` to see what the bot would show for a place and needs, and ``import`` /
``export`` to move HSDS packages in and out. Every command reads ``DATABASE_URL`` (default: a
SQLite file under ``var/``).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter


def main(argv: list[str] | None = None) -> int:
    # spaCy's thinc imports TensorFlow when it is installed (Rasa brings it); the resource
    # layer never uses it, and skipping it saves seconds on every command.
    sys.modules.setdefault("tensorflow", None)  # type: ignore[arg-type]
    args = _parser().parse_args(argv)
    from sqlalchemy.exc import OperationalError

    from resources.db import database_url

    try:
        return args.run(args)
    except OperationalError as exc:
        from sqlalchemy.engine import make_url

        where = make_url(database_url(args.database)).render_as_string(hide_password=True)
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else "unknown error"
        print(f"Cannot use the resource database at {where}: {reason}", file=sys.stderr)
        return 1


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="harbor resources", description=__doc__.splitlines()[0])
    parser.add_argument("--database", help="database URL (default: $DATABASE_URL or var/harbor.db)")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    build = commands.add_parser("build", help="(re)build the database from the seed package")
    build.add_argument("--if-missing", action="store_true", help="do nothing if already built")
    build.set_defaults(run=_build)

    imp = commands.add_parser("import", help="import an HSDS CSV package (all or nothing)")
    imp.add_argument("path", help="folder holding services.csv, … (or its datapackage.json)")
    imp.add_argument("--replace", action="store_true", help="replace everything with the package")
    imp.set_defaults(run=_import)

    exp = commands.add_parser("export", help="export everything as an HSDS 3.0 CSV package")
    exp.add_argument("directory")
    exp.set_defaults(run=_export)

    val = commands.add_parser("validate", help="check a package without importing it")
    val.add_argument("path")
    val.set_defaults(run=_validate)

    stats = commands.add_parser("stats", help="what the database holds")
    stats.set_defaults(run=_stats)

    _add_search(commands)
    return parser


def _add_search(commands) -> None:
    find = commands.add_parser("search", help="what the bot would show for a place and needs")
    find.add_argument("place", nargs="?", default="", help='e.g. "94110", "Portland, OR"')
    find.add_argument("--need", action="append", default=[], help="a need id (repeatable)")
    find.add_argument("--age", type=int, help="the young person's age")
    find.add_argument("--population", choices=["girls", "boys", "all"])
    find.add_argument(
        "--system", choices=["probation", "court", "child_welfare", "custody", "none"]
    )
    find.add_argument("--kind", choices=["intervention", "prevention"])
    find.add_argument("--page", type=int, default=1, help="page of three results, from 1")
    find.add_argument("--json", action="store_true", help="machine-readable output")
    find.add_argument(
        "--lang", choices=["en", "es"], default="en", help="language of the results (default en)"
    )
    find.set_defaults(run=_search)


def _engine(args):
    from resources.db import make_engine

    return make_engine(args.database)


def _build(args) -> int:
    from resources import hsds, seed
    from resources.db import create_schema, is_built

    engine = _engine(args)
    if args.if_missing and is_built(engine):
        create_schema(engine)  # a table added since it was built (translations) comes empty
        print("Resource database already built.")
        return 0
    try:
        report = seed.build(engine)
    except hsds.ImportFailed as failed:
        return _report_errors(failed.errors, "the seed package has errors; nothing was built")
    print(f"Built the resource database: {report.inserted.get('service', 0)} services.")
    return 0


def _import(args) -> int:
    from resources import hsds

    try:
        report = hsds.import_package(_engine(args), args.path, replace=args.replace)
    except hsds.ImportFailed as failed:
        return _report_errors(failed.errors, "nothing was imported; the database is unchanged")
    for warning in report.warnings:
        print(f"note: {warning}", file=sys.stderr)
    added = sum(report.inserted.values())
    changed = sum(report.updated.values())
    print(
        f"Imported {added} new and {changed} updated rows "
        f"({report.inserted.get('service', 0) + report.updated.get('service', 0)} services)."
    )
    return 0


def _export(args) -> int:
    from resources import hsds

    try:
        counts = hsds.export_package(_engine(args), args.directory)
    except hsds.ExportRefused as refused:
        print(refused, file=sys.stderr)
        return 1
    print(f"Exported {counts.get('service', 0)} services to {args.directory}.")
    return 0


def _validate(args) -> int:
    from resources import hsds

    errors, warnings = hsds.validate_package(_engine(args), args.path)
    for warning in warnings:
        print(f"note: {warning}", file=sys.stderr)
    if errors:
        return _report_errors(errors, "fix these before importing")
    print("The package is valid.")
    return 0


def _report_errors(errors, closing: str) -> int:
    for error in errors[:200]:
        print(error, file=sys.stderr)
    if len(errors) > 200:
        print(f"… and {len(errors) - 200} more", file=sys.stderr)
    print(f"{len(errors)} problem(s): {closing}.", file=sys.stderr)
    return 1


def _stats(args) -> int:
    from sqlalchemy.orm import Session

    from resources import search_tables
    from resources.db import is_built

    engine = _engine(args)
    if not is_built(engine):
        print("The resource database is not built yet: run `harbor resources build`.")
        return 1
    with Session(engine, future=True) as session:
        _print_counts(session)
        missing = search_tables.unplaced(session)
    if missing:
        print(
            f"{missing} active service(s) have no service area or location, "
            "so no place search finds them."
        )
    return 0


def _print_counts(session) -> None:
    from sqlalchemy import func, select

    from resources.models import HSDS_MODELS, SearchArea, SearchService

    for table, model in HSDS_MODELS.items():
        count = session.execute(select(func.count()).select_from(model)).scalar_one()
        print(f"{table:20} {count:>8}")
    by_kind = select(SearchService.kind, func.count()).group_by(SearchService.kind)
    kinds = Counter(dict(session.execute(by_kind).all()))
    by_scope = select(SearchArea.scope, func.count()).group_by(SearchArea.scope)
    scopes = Counter(dict(session.execute(by_scope).all()))
    print(
        "active services by kind: "
        + ", ".join(f"{k or 'none'} {v}" for k, v in sorted(kinds.items(), key=str))
    )
    print("service areas by scope:  " + ", ".join(f"{k} {v}" for k, v in sorted(scopes.items())))
    _print_translations(session)


def _print_translations(session) -> None:
    from sqlalchemy import func, inspect, select

    from resources.models import Translation

    if not inspect(session.connection()).has_table(Translation.__tablename__):
        return  # built before translations were kept
    by_language = select(Translation.language, func.count()).group_by(Translation.language)
    languages = sorted(session.execute(by_language).all())
    print("translations by language: " + (", ".join(f"{k} {v}" for k, v in languages) or "none"))


def _search(args) -> int:
    from resources import search
    from resources.db import is_built

    engine = _engine(args)
    if not is_built(engine):
        print(
            "The resource database is not built yet: run `harbor resources build`.", file=sys.stderr
        )
        return 1
    place, note, refused = _place(args.place)
    if refused:
        return 2
    unknown = [n for n in args.need if n not in _needs()]
    if unknown:
        print(
            f"Unknown need id(s): {', '.join(unknown)}. Known: {', '.join(_needs())}.",
            file=sys.stderr,
        )
        return 2
    query = search.Query(
        place=place,
        needs=tuple(args.need),
        age_min=args.age,
        age_max=args.age,
        population=args.population,
        system=args.system,
        kind=args.kind,
        lang=args.lang,
    )
    results = search.search(engine, query, page=max(args.page, 1) - 1)
    if args.json:
        print(json.dumps(_as_json(results, note), indent=2))
    else:
        _print_results(results, args.need, note)
    return 0


def _place(text: str):
    """(place, a note for a place Harbor does not know, True when it is ambiguous)."""
    from resources import places

    if not text.strip():
        return None, None, False
    found = places.resolve(text)
    if found.ambiguous:
        options = " or ".join(c.label for c in found.candidates)
        print(f"'{text}' could be {options}. Add the state.", file=sys.stderr)
        return None, None, True
    if found.place is None:
        return (
            None,
            f"'{text}' is not a US place Harbor knows; showing what serves everyone.",
            False,
        )
    return found.place, None, False


def _print_results(results, needs: list[str], note: str | None) -> None:
    if note:
        print(note)
    place = results.place
    print(f"Place: {place.label if place else 'not given'}   needs: {', '.join(needs) or 'any'}")
    if not results.services:
        print("No matching programs here." + (" Nothing local was found." if place else ""))
    first = results.page * results.page_size
    for number, match in enumerate(results.services, start=first + 1):
        _print_match(number, match)
    if results.has_more:
        print(
            f"\n… {results.total - first - len(results.services)} more (--page {results.page + 2})"
        )
    print("\n24-hour contacts:")
    for contact in results.contacts:
        print(f"- {contact.name}: {', '.join(contact.reach)} ({contact.hours})")


def _print_match(number: int, match) -> None:
    print(f"\n{number}. {match.name}")
    if match.description:
        print(f"   {match.description}")
    reach = ", ".join(str(r) for r in match.reach) or "ask the National Human Trafficking Hotline"
    print(f"   Reach: {reach}" + (f"; {match.url}" if match.url else ""))
    if match.hours:
        print(f"   Hours: {match.hours}")
    print(f"   Why: {'; '.join(match.reasons)}")


def _needs() -> list[str]:
    from resources.facets import NEEDS

    return list(NEEDS)


def _as_json(results, note: str | None) -> dict:
    return {
        "place": results.place.label if results.place else None,
        "lang": results.lang,
        "note": note,
        "total": results.total,
        "page": results.page + 1,
        "has_more": results.has_more,
        "local": results.local,
        "services": [
            {
                "id": m.service_id,
                "name": m.name,
                "description": m.description,
                "kind": m.kind,
                "area": m.area,
                "reasons": m.reasons,
                "needs_met": m.needs_met,
                "reach": [str(r) for r in m.reach],
                "url": m.url,
                "hours": m.hours,
                "distance_miles": m.distance_miles,
            }
            for m in results.services
        ],
        "contacts": [
            {"name": c.name, "reach": c.reach, "hours": c.hours} for c in results.contacts
        ],
    }


if __name__ == "__main__":
    sys.exit(main())
