"""`harbor resources …` as staff use it: clear output, clear errors, exit codes that mean something."""

import json
import uuid

import pytest

from bot.cli import main as harbor
from resources.seed import SEED


@pytest.fixture
def db(engine):
    return engine.url.render_as_string(hide_password=False)


def run(capsys, *args):
    code = harbor(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_search_json_shows_what_the_bot_would(capsys, db):
    code, out, _ = run(
        capsys,
        "resources",
        "--database",
        db,
        "search",
        "San Francisco",
        "--need",
        "housing",
        "--json",
    )
    assert code == 0
    result = json.loads(out)
    assert result["place"] == "San Francisco, CA" and result["local"] is True
    assert result["services"][0]["name"] == "SAGE services for young women"
    assert "helps with a safe place to stay" in result["services"][0]["reasons"]
    assert result["contacts"][0] == {
        "name": "National Human Trafficking Hotline",
        "reach": ["call 1-888-373-7888 (phone help in 200+ languages)", "text 233733"],
        "hours": "24/7",
    }


def test_search_text_pages_and_points_to_the_hotline_when_no_phone(capsys, db):
    code, out, _ = run(capsys, "resources", "--database", db, "search", "Los Angeles")
    assert (
        code == 0
        and "1. " in out
        and "3. " in out
        and "4. " not in out
        and "more (--page 2)" in out
    )
    assert "Reach: ask the National Human Trafficking Hotline" in out
    code, out, _ = run(
        capsys, "resources", "--database", db, "search", "Los Angeles", "--page", "2"
    )
    assert "4. " in out and "more" not in out


def test_search_ambiguous_unknown_place_and_bad_need(capsys, db):
    code, _, err = run(capsys, "resources", "--database", db, "search", "Portland")
    assert code == 2 and "could be Portland, OR or Portland, ME" in err
    code, out, _ = run(capsys, "resources", "--database", db, "search", "Atlantis", "--json")
    assert code == 0 and json.loads(out)["place"] is None and json.loads(out)["contacts"]
    code, _, err = run(
        capsys, "resources", "--database", db, "search", "Oakland", "--need", "shelter"
    )
    assert code == 2 and "Unknown need id(s): shelter" in err


def test_import_of_a_bad_package_lists_each_problem_and_exits_1(capsys, db, tmp_path):
    (tmp_path / "services.csv").write_text(
        f"id,organization_id,name,status\nbad,{uuid.uuid4()},X,active\n"
    )
    code, _, err = run(capsys, "resources", "--database", db, "import", str(tmp_path))
    assert code == 1
    assert "services.csv, row 2, id: 'bad' is not a valid uuid" in err
    assert "nothing was imported; the database is unchanged" in err


def test_validate_export_and_stats(capsys, db, tmp_path):
    assert run(capsys, "resources", "--database", db, "validate", str(SEED))[0] == 0
    code, out, _ = run(capsys, "resources", "--database", db, "export", str(tmp_path / "out"))
    assert code == 0 and "Exported 21 services" in out
    code, out, _ = run(capsys, "resources", "--database", db, "stats")
    assert code == 0 and "crisis_line 10, intervention 7, prevention 4" in out


def test_a_dead_database_server_is_one_clear_line(capsys):
    dead = "postgresql://postgres:secret@127.0.0.1:9/test"
    code, out, err = run(capsys, "resources", "--database", dead, "search", "Oakland")
    assert code == 1 and out == ""
    assert err.startswith(
        "Cannot use the resource database at postgresql://postgres:***@127.0.0.1:9/test"
    )
    assert "Traceback" not in err and "secret" not in err


def test_search_before_build_says_how_to_build(capsys, tmp_path):
    code, _, err = run(
        capsys, "resources", "--database", f"sqlite:///{tmp_path}/none.db", "search", "Oakland"
    )
    assert code == 1 and "harbor resources build" in err


def test_validate_names_a_symlinked_csv_without_reading_it(capsys, db, seed_copy, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("root:x:0:0:the first line of a system file\n")
    (seed_copy / "services.csv").unlink()
    (seed_copy / "services.csv").symlink_to(secret)
    code, _, err = run(capsys, "resources", "--database", db, "validate", str(seed_copy))
    assert code == 1 and "root:x" not in err
    assert "services.csv: is a symbolic link; copy the file itself into the package" in err


def test_export_through_a_symlink_is_one_clear_line_and_exit_1(capsys, db, tmp_path):
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "services.csv").symlink_to(victim)
    code, out, err = run(capsys, "resources", "--database", db, "export", str(tmp_path / "out"))
    assert code == 1 and out == "" and victim.read_text() == "keep me"
    assert err.splitlines() == [
        f"{tmp_path / 'out' / 'services.csv'} is a symbolic link; Harbor does not write "
        "through one: remove it or export to another folder"
    ]


def test_search_in_spanish_prints_spanish_descriptions_and_reasons(capsys, db):
    args = ["resources", "--database", db, "search"]
    code, out, _ = run(
        capsys, *args, "San Francisco", "--need", "housing", "--lang", "es", "--json"
    )
    result = json.loads(out)
    assert code == 0 and result["lang"] == "es"
    sage = result["services"][0]
    assert sage["description"].startswith("Apoyo para mujeres jóvenes")
    assert sage["reasons"] == [
        "ayuda con un lugar seguro para quedarte",
        "atiende en San Francisco, CA",
    ]
    code, out, _ = run(capsys, *args, "Multnomah County", "--need", "safety", "--lang", "es")
    assert code == 0 and "El equipo de SARC te da ayuda al momento" in out
    assert (
        "Why: ayuda con estar a salvo; atiende en el condado de Multnomah, OR; abierto 24/7" in out
    )
    assert "helps with" not in out and "open 24/7" not in out
    # English stays the default.
    code, out, _ = run(capsys, *args, "Multnomah County", "--need", "safety")
    assert "Why: helps with staying safe; serves Multnomah County, OR; open 24/7" in out
    with pytest.raises(SystemExit):
        run(capsys, *args, "Oakland", "--lang", "fr")


def test_stats_counts_translations_by_language(capsys, db):
    code, out, _ = run(capsys, "resources", "--database", db, "stats")
    assert code == 0 and "translations by language: es 25" in out
