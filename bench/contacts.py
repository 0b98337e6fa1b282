"""How fast a 30,000-row LinkedIn export is imported, and `people` lists 30,000 people.

Run:  python bench/contacts.py [--rows 30000] [--runs 3]

Writes a LinkedIn Connections.csv of --rows connections (the Notes preamble, a byte-order
mark, CRLF, quoted commas, doubled quotes, blank rows, mostly empty e-mails) and a
migrated empty database, then times whole processes, interleaved, --runs times each:
  floor      a plain csv read of the same rows + bulk_create of their organisations and
             people, after django.setup(): the least any import must do
  import     coffeechat import Connections.csv (detection, checks, matching against
             everyone already there, conversations, one transaction)
and, on the database the import filled:
  baseline   python -c "import django; django.setup()" with coffeechat's settings
  people     coffeechat people               (a screenful, by name)
  org        coffeechat people --org Verdant (a filtered view)
  search     coffeechat people --search analyst
  stage      coffeechat people --stage identified (folds every conversation)
Goals: import <= 2x the floor; people <= 1.5x the baseline. Nothing is asserted.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CLI = [sys.executable, "-m", "coffeechat"]
BASELINE = [sys.executable, "-c", "import django; django.setup()"]
FLOOR = """
import csv, sys
from coffeechat import bootstrap
bootstrap.setup()
from django.utils import timezone
from coffeechat.accounts.services import local_owner
from coffeechat.people.models import Organisation, Person
owner = local_owner()
with open(sys.argv[1], encoding="utf-8-sig", newline="") as file:
    lines = iter(file)
    for line in lines:
        if line.startswith("First Name,"):
            break
    rows = [r for r in csv.reader(lines) if r]
orgs = {name: Organisation(owner=owner, name=name) for name in {r[4] for r in rows if r[4]}}
Organisation.objects.bulk_create(orgs.values(), batch_size=2000)
now = timezone.now().replace(tzinfo=None)
Person.objects.bulk_create(
    [Person(owner=owner, name=f"{r[0]} {r[1]}", linkedin_url=r[2], email=r[3],
            organisation=orgs.get(r[4]), title=r[5], source="linkedin", created_at=now)
     for r in rows],
    batch_size=2000,
)
"""


def words(text: str) -> list[str]:
    return text.split()


FIRST = words("Dana Priya Marcus Elena Tomás Aisha Ben Chloe Diego Fatima Grace Hiro Inès Jamal "
         "Kara Liam Maya Noah Olivia Pavel Quinn Rosa Sam Tara Uma Victor Wen Yara Zoë Arjun "
         "Bea Cyril Dmitri Eva Femi Gus Hana Ivo Jana Kofi")
# Last names from two halves: 40 x 40 of them, so that 30,000 people rarely share a name.
HEADS = words("Whit Ram Bell Ort Ib Bel Ad Chen Ok Tan Lef Had Kov Lind Fisch Nak Dur Mor Hal Ash "
         "Brad Carr Dal Ell Farn Garr Hask Ing Jar Kell Lam Mart Nor Pem Quill Ross Stan Thorn "
         "Var Wex")
TAILS = words("field an ley ega on ado ler ford afor aka ebvre dad ac qvist er amura and ris "
              "ton by "
         "well wood man sen ham ridge stone worth ings dale mont burn croft lock hurst wick "
         "more lee gate vale")
COMPANIES = ["Verdant Grid", "SolarLoop, Inc.", "Cascade Carbon", "Tidewater Energy",
             "Helio Homes", "Rainier Analytics", "Northwind Storage", ""]
TITLES = ["Product Marketing Manager", 'Head of "Growth"', "Senior Analyst, Energy Markets",
          "Community Manager", "Engineer", ""]
MONTHS = words("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec")


def connections(rows: int, seed: int = 7) -> str:
    rng = random.Random(seed)
    names = rng.sample([(f, h + t) for f in FIRST for h in HEADS for t in TAILS], rows)
    lines = [
        "Notes:",
        '"When exporting your connection data, you may notice that some of the email '
        'addresses are missing."',
        "",
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On",
    ]
    for i in range(rows):
        first, last = names[i]
        email = f"{first.lower()}.{i}@example.org" if rng.random() < 0.15 else ""
        company, title = rng.choice(COMPANIES), rng.choice(TITLES)
        day = f"{rng.randint(1, 28):02d} {rng.choice(MONTHS)} {rng.randint(2012, 2026)}"
        quoted = [f'"{v.replace(chr(34), chr(34) * 2)}"' if ("," in v or '"' in v) else v
                  for v in (first, last, f"https://www.linkedin.com/in/p{i}", email, company,
                            title, day)]
        lines.append(",".join(quoted))
        if i % 5000 == 4999:
            lines.append("")
    return "\ufeff" + "\r\n".join(lines) + "\r\n"


def timed(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def report(samples: dict[str, list[float]], base: str) -> None:
    reference = statistics.median(samples[base])
    print(f"{'command':<36}{'median s':>10}{'ratio':>8}")
    for name, values in samples.items():
        median = statistics.median(values)
        print(f"{name:<36}{median:>10.3f}{median / reference:>7.2f}x")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=30000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="coffeechat-bench-"))
    try:
        csv_file = folder / "Connections.csv"
        csv_file.write_text(connections(args.rows), encoding="utf-8", newline="")
        env = {**os.environ, "DJANGO_SETTINGS_MODULE": "coffeechat.settings", "COLUMNS": "100",
               "LINES": "40"}
        env.pop("DATABASE_URL", None)
        template = folder / "empty.sqlite3"
        subprocess.run([*CLI, "--db", str(template), "people"], env=env, check=True,
                       stdout=subprocess.DEVNULL)
        work = folder / "work.sqlite3"
        samples: dict[str, list[float]] = {"floor (csv + bulk_create)": [], "coffeechat import": []}
        commands = {
            "floor (csv + bulk_create)": [sys.executable, "-c", FLOOR, str(csv_file)],
            "coffeechat import": [*CLI, "import", str(csv_file)],
        }
        for _ in range(args.runs):
            for name, command in commands.items():
                shutil.copy(template, work)
                samples[name].append(timed(command, {**env, "COFFEECHAT_DB": str(work)}))
        print(f"importing {args.rows:,} LinkedIn connections")
        report(samples, "floor (csv + bulk_create)")
        env["COFFEECHAT_DB"] = str(work)  # the last import's database: every row in it
        listing = {
            "baseline (django.setup)": BASELINE,
            "coffeechat people": [*CLI, "people"],
            "coffeechat people --org Verdant": [*CLI, "people", "--org", "Verdant"],
            "coffeechat people --search analyst": [*CLI, "people", "--search", "analyst"],
            "coffeechat people --stage identified": [*CLI, "people", "--stage", "identified"],
        }
        for command in listing.values():
            timed(command, env)
        people: dict[str, list[float]] = {name: [] for name in listing}
        for _ in range(max(args.runs, 5)):
            for name, command in listing.items():
                people[name].append(timed(command, env))
        print(f"\nlisting {args.rows:,} people")
        report(people, "baseline (django.setup)")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
