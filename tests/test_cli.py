"""The command line's shared options: one name for the build folder, a distinct one
for uploading, the old names kept as hidden aliases; and a start-up that loads
none of the stages."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from kg.cli import main
from kg.cli.parser import build_parser

HEAVY = ("rdflib", "pyoxigraph", "networkx", "pandas", "owlready2", "pyshacl", "spacy", "pyvis")
READERS = (
    ["query", "ranks"],
    ["analyze"],
    ["path", "a", "b"],
    ["neighbors", "a"],
    ["export"],
    ["view"],
)


def _help(command: str, capsys: pytest.CaptureFixture[str]) -> str:
    """What `kg COMMAND --help` prints."""
    with pytest.raises(SystemExit) as info:
        build_parser().parse_args([command, "--help"])
    assert info.value.code == 0
    return capsys.readouterr().out


@pytest.mark.parametrize("command", ["build", "import"])
def test_writers_name_the_build_folder_build_and_accept_the_old_out(
    command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    extra = ["icews", "x.tsv"] if command == "import" else []
    parser = build_parser()
    assert parser.parse_args([command, *extra]).build == Path("build")
    assert parser.parse_args([command, *extra, "--build", "b1"]).build == Path("b1")
    assert parser.parse_args([command, *extra, "--out", "b2"]).build == Path("b2")
    help_text = _help(command, capsys)
    assert "--build DIR" in help_text
    assert "--out" not in help_text


def test_build_uploads_with_upload_and_the_old_store(capsys: pytest.CaptureFixture[str]) -> None:
    parser = build_parser()
    assert parser.parse_args(["build", "--upload", "http://h:1"]).upload == "http://h:1"
    assert parser.parse_args(["build", "--store", "http://h:2"]).upload == "http://h:2"
    help_text = _help("build", capsys)
    assert "--upload URL" in help_text
    assert "--store" not in help_text


@pytest.mark.parametrize("command", READERS, ids=[c[0] for c in READERS])
def test_readers_take_build_or_endpoint(
    command: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    parser = build_parser()
    assert parser.parse_args([*command, "--build", "b"]).build == "b"
    assert parser.parse_args([*command, "--endpoint", "http://h:1"]).endpoint == "http://h:1"
    assert parser.parse_args([*command, "--store", "b"]).store == "b"
    help_text = _help(command[0], capsys)
    assert "--build DIR" in help_text and "--endpoint URL" in help_text
    assert "--store" not in help_text
    with pytest.raises(SystemExit) as info:
        parser.parse_args([*command, "--build", "b", "--endpoint", "http://h:1"])
    assert info.value.code == 2


def test_readers_read_the_build_by_either_name(
    seed_build: tuple[Path, object], capsys: pytest.CaptureFixture[str]
) -> None:
    folder = str(seed_build[0])
    assert main(["query", "ranks", "--build", folder, "-f", "csv"]) == 0
    by_build = capsys.readouterr().out
    assert main(["query", "ranks", "--store", folder, "-f", "csv"]) == 0
    assert capsys.readouterr().out == by_build
    assert "Zakir Hasanov" in by_build


def test_a_url_given_as_build_and_a_folder_given_as_endpoint_are_refused(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["query", "ranks", "--build", "http://127.0.0.1:9"]) == 2
    assert capsys.readouterr().err == (
        "kg query: --build 'http://127.0.0.1:9' is a URL\n"
        "    fix: read an endpoint with --endpoint http://127.0.0.1:9\n"
    )
    assert main(["query", "ranks", "--endpoint", "build"]) == 2
    assert capsys.readouterr().err == (
        "kg query: --endpoint 'build' is not an http(s) URL\n"
        "    fix: read a build folder with --build build\n"
    )


def test_import_kg_and_version_load_no_stage() -> None:
    code = (
        "import sys, kg, kg.cli\n"
        f"print(sorted(m for m in sys.modules if m.split('.')[0] in {HEAVY!r}))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
    version = subprocess.run(
        [sys.executable, "-m", "kg", "--version"], capture_output=True, text=True, check=True
    )
    assert version.stdout.strip().startswith("kg ")


def test_the_public_api_loads_on_first_use() -> None:
    import kg

    assert callable(kg.load) and callable(kg.build) and callable(kg.validate)
    assert set(kg.__all__) <= set(dir(kg))
    with pytest.raises(AttributeError):
        kg.no_such_name  # noqa: B018
