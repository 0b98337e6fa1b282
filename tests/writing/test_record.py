"""What drafts quote from the database: insights as typed, and the gist of long notes."""

from __future__ import annotations

import pytest

from tests.cli.helpers import run, run_json

pytestmark = pytest.mark.django_db

NOTES = (
    "Nora rebuilt the onboarding flow at Pixel Co last year and wrote a long case study about "
    "it, covering research with forty customers, three rounds of prototypes and the metrics "
    "that moved. She also mentors junior designers through ADPList and speaks at local meetups "
    "about accessibility in design systems, which is exactly where I hope to grow next."
)


def test_skills_and_advice_keep_the_capitals_of_their_names() -> None:
    run("me", "--name", "Alex Kim")
    run("add", "Omar Diaz", "--org", "Helio")
    run("log", "Omar Diaz", "met", "--on", "2026-11-20", "--insight", "advice:Figma first",
        "--insight", "skill:Python")
    run("add", "Ola Berg", "--org", "Helio")
    run("log", "Ola Berg", "met", "--on", "2026-11-20", "--insight", "advice:Learn SQL early")
    run("add", "Ida Holm", "--org", "Helio")
    run("log", "Ida Holm", "met", "--on", "2026-11-20", "--insight", "skill:Python")

    assert "Your advice on Figma first has stayed with me." in draft("Omar Diaz")
    assert "Your advice to learn SQL early has stayed with me." in draft("Ola Berg")
    assert "Your point about Python has stayed with me." in draft("Ida Holm")


def test_outreach_quotes_only_the_gist_of_long_notes() -> None:
    run("me", "--name", "Alex Kim")
    run("goal", "I'm exploring product design roles at climate-tech firms in Oregon")
    run("add", "Nora Quist", "--title", "Designer", "--org", "Pixel Co", "--source", "linkedin",
        "--notes", NOTES)
    made = run_json("draft", "Nora Quist", "outreach")

    assert "I saw that you rebuilt the onboarding flow at Pixel Co last year, and" in made["body"]
    assert len(made["body"].split()) < 100
    assert made["findings"] == [] and made["missing"] == []


def draft(name: str) -> str:
    body: str = run_json("draft", name, "thank_you")["body"]
    return " ".join(body.split())
