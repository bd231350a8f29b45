"""A seeded generator of press releases and news items on Ukraine and NATO, 1994-2025.

Each document is about 4 KB: page chrome from one of several outlets (menus, share buttons,
view counters, cookie lines, footers), a headline, a dateline in that outlet's style, a lead,
and paragraphs of statements whose wording follows the year: partnership language in the
1990s, a Membership Action Plan in 2006-2010, non-bloc status in 2010-2013, the
Euro-Atlantic course after 2014, accession requests and invitations after 2022, an
irreversible path from 2024. Aid figures grow with the year; the Black Sea, security
guarantees, speakers and quotations vary from one document to the next. Every sentence
here was written for this generator.

``document(i, seed)`` depends only on ``(i, seed)``, so a corpus of 1,000 documents is the
first 1,000 of a corpus of 20,000.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from pathlib import Path

__all__ = ["document", "write_press_corpus"]

MONTHS = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
]  # fmt: skip


@dataclass(frozen=True)
class Outlet:
    name: str
    header: tuple[str, ...]
    footer: tuple[str, ...]
    dateline: str  # "line", "posted", "wire", "short", "weekday"


OUTLETS = (
    Outlet(
        "Office of the President of Ukraine",
        ("Українською | English", "Home > News > Statements"),
        ("Share", "Views: {views}", "All news"),
        "line",
    ),
    Outlet(
        "Ministry of Foreign Affairs of Ukraine",
        ("Skip to main content", "Press service"),
        ("Print this page", "Read also: Minister holds talks with {city} counterpart"),
        "posted",
    ),
    Outlet(
        "NATO Newsroom",
        ("Menu", "News | Press releases | Speeches"),
        ("Share this article", "Last updated {updated}", "This site uses cookies to improve"),
        "weekday",
    ),
    Outlet(
        "Eastern Wire",
        ("World > Europe > Ukraine",),
        ("Reporting by the {city} bureau; editing by the Europe desk", "Related: {topic}"),
        "wire",
    ),
    Outlet(
        "Ministry of Defence of {ally}",
        ("Back to news", "Search"),
        ("Photo: Ministry of Defence", "Copy link", "{views} views"),
        "short",
    ),
    Outlet(
        "Kyiv Policy Digest",
        ("Latest", "Politics | Security"),
        ("Subscribe to the morning briefing", "Tags: NATO, Ukraine, {topic}"),
        "line",
    ),
)

SECRETARIES = [
    (1995, "Javier Solana"), (1999, "George Robertson"), (2004, "Jaap de Hoop Scheffer"),
    (2009, "Anders Fogh Rasmussen"), (2014, "Jens Stoltenberg"), (2024, "Mark Rutte"),
]  # fmt: skip
PRESIDENTS = [
    (1994, "Leonid Kuchma"), (2005, "Viktor Yushchenko"), (2010, "Viktor Yanukovych"),
    (2014, "Petro Poroshenko"), (2019, "Volodymyr Zelenskyy"),
]  # fmt: skip
MINISTERS = [
    (1994, "Hennadiy Udovenko"), (2000, "Anatoliy Zlenko"), (2005, "Borys Tarasyuk"),
    (2010, "Kostyantyn Gryshchenko"), (2014, "Pavlo Klimkin"), (2020, "Dmytro Kuleba"),
    (2024, "Andrii Sybiha"),
]  # fmt: skip
ALLIES = [
    "Norway", "Poland", "the Netherlands", "Germany", "Denmark", "Canada", "Estonia",
    "Lithuania", "Romania", "Sweden", "Finland", "the United Kingdom", "France", "Italy",
]  # fmt: skip
CITIES = ["Kyiv", "Brussels", "Odesa", "Lviv", "Vilnius", "Washington", "Warsaw", "The Hague"]
TOPICS = ["air defence", "grain exports", "reforms", "summit", "training", "demining"]
SYSTEMS = [
    "Patriot batteries", "NASAMS launchers", "IRIS-T systems", "howitzers", "armoured vehicles",
    "F-16 aircraft", "naval drones", "artillery rounds", "Leopard tanks", "Gepard guns",
]  # fmt: skip


def _holder(table: list[tuple[int, str]], year: int) -> str:
    name = table[0][1]
    for since, who in table:
        if year >= since:
            name = who
    return name


# What the year's statements say about the road to membership, in rising order of commitment.
PATH = {
    "partnership": [
        "Ukraine and the Alliance agreed to deepen practical cooperation in defence planning.",
        "The Partnership for Peace programme gives our officers a chance to train with allied "
        "units.",
        "The NATO-Ukraine Commission reviewed the joint working group on defence reform.",
        "Interoperability with allied forces remains a priority for the General Staff.",
    ],
    "non_bloc": [
        "The minister recalled that Ukraine keeps its non-bloc status as set out in law.",
        "Kyiv, he said, would pursue cooperation with the Alliance without seeking to join it.",
        "Membership is not on the agenda at this stage, the government spokesperson said.",
    ],
    "aspiration": [
        "Ukraine remains firmly committed to its Euro-Atlantic course, {speaker} said.",
        "NATO's door remains open, and Ukraine will decide its own path, the allies repeated.",
        "The sides discussed the next steps on Ukraine's path to NATO.",
        "The parliament voted to make Euro-Atlantic integration a goal written in the "
        "constitution.",
    ],
    "map": [
        "Kyiv hopes to receive a Membership Action Plan at the next summit, {speaker} said.",
        "Obtaining the Membership Action Plan is the government's first foreign policy goal "
        "this year.",
        "Several allies back Ukraine's request for a Membership Action Plan.",
    ],
    "invitation": [
        "Ukraine has submitted its application for accelerated accession to the Alliance.",
        "We expect a clear invitation to join NATO at the summit in {city}, {speaker} said.",
        "The president argued that Ukraine deserves an invitation to the Alliance now.",
    ],
    "will_join": [
        "Allies reaffirmed that Ukraine will become a member of NATO when conditions are met.",
        "Ukraine's future is in NATO, {speaker} told journalists after the meeting.",
        "The allies agreed that Ukraine's path to full membership is irreversible.",
    ],
}

GUARANTEES = [
    "The sides recalled the Budapest Memorandum and the security assurances given in 1994.",
    "Until Ukraine joins, it needs reliable security guarantees, {speaker} said.",
    "Article 5 protects every ally, and Ukraine seeks the same protection, the minister said.",
    "Partners discussed long-term security commitments and a guarantee of military support.",
]
GUARANTEES_LATE = [
    "Ukraine and {ally} signed a bilateral security agreement covering the next ten years.",
    "The agreement commits {ally} to help Ukraine defend itself until it joins the Alliance.",
]
BLACK_SEA = [
    "Naval cooperation in the Black Sea was one of the issues on the agenda.",
    "The grain corridor has allowed {n} ships to leave the ports of Odesa since the summer.",
    "Allies will help clear sea mines so that merchant vessels can use the sea lanes safely.",
    "Russia's Black Sea Fleet has moved most of its warships away from Sevastopol.",
    "Freedom of navigation in the Black Sea matters for food security far beyond the region.",
    "Minehunters donated by allies will operate off the coast once the war allows it.",
]
AID_EARLY = [
    "{ally} will provide {small} million euros for demining and medical equipment.",
    "A trust fund of {small} million dollars will support command and control reforms.",
    "Allies delivered body armour, night-vision devices and field hospitals this spring.",
]
AID_WAR = [
    "{ally} announced a new package worth {big} billion euros, including {n} {system}.",
    "Total military aid from allies has now reached about {total} billion dollars.",
    "The new package includes air defence interceptors and {n} {system}, {speaker} said.",
    "Allies pledged at least {big} billion euros for ammunition and air defence next year.",
    "The Defence Contact Group agreed to deliver {n} {system} before the winter.",
]
FILLER = [
    "The meeting lasted more than two hours and ended with a joint press conference.",
    "Delegations also discussed energy security, the reform of state-owned enterprises and "
    "the fight against corruption.",
    "The two leaders agreed to keep in close contact in the coming weeks.",
    "Experts from both sides will meet again in {city} before the end of the month.",
    "Journalists asked about the timing of the next steps, but no date was given.",
    "The visit included talks with members of parliament and with civil society groups.",
    "Earlier in the day the delegation laid flowers at the memorial to fallen defenders.",
    "Both sides praised the work of the liaison office and of the joint expert groups.",
]
LEADS = [
    "{speaker} met {other} in {city} to discuss cooperation between Ukraine and NATO.",
    "{speaker} held talks with {other} on the war, aid and the road ahead.",
    "{other} visited {city}, where he met {speaker} and members of the government.",
]
HEADLINES = [
    "{speaker} and {other} discuss next steps",
    "Talks in {city}: support for Ukraine and the Alliance",
    "{ally} announces new assistance",
    "Statement after the meeting in {city}",
]


def _stages(year: int) -> list[str]:
    """The ladder rungs a statement of this year may use, the latest weighing most."""
    if year < 2005:
        return ["partnership"]
    if year < 2010:
        return ["partnership", "aspiration", "map"]
    if year < 2014:
        return ["partnership", "non_bloc"]
    if year < 2019:
        return ["partnership", "aspiration"]
    if year < 2022:
        return ["partnership", "aspiration", "map"]
    if year < 2024:
        return ["aspiration", "invitation", "will_join"]
    return ["aspiration", "will_join"]


def _date_line(style: str, day: dt.date, rng: random.Random, city: str) -> str:
    month = MONTHS[day.month - 1]
    time = f"{rng.randrange(8, 20):02d}:{rng.choice(['00', '15', '30', '45'])}"
    if style == "posted":
        return f"Posted {day.day} {month} {day.year} {time}"
    if style == "wire":
        return f"{city.upper()}, {month} {day.day}, {day.year} -"
    if style == "short":
        return f"{day.day} {month[:3]}, {day.year}"
    if style == "weekday":
        return f"{day:%A} ({day.day} {month} {day.year})"
    return f"{day.day} {month} {day.year} - {time}"


def document(i: int, seed: int = 0) -> tuple[dt.date, str]:
    """Return the date and text of document ``i`` of the corpus ``seed``."""
    rng = random.Random(f"{seed}:{i}")
    day = dt.date(1994, 1, 1) + dt.timedelta(days=rng.randrange(32 * 365))
    year = day.year
    outlet = rng.choice(OUTLETS)
    ally, city = rng.choice(ALLIES), rng.choice(CITIES)
    sg, pres, mfa = (_holder(t, year) for t in (SECRETARIES, PRESIDENTS, MINISTERS))
    speaker, other = rng.sample([sg, pres, mfa, f"the Minister of Defence of {ally}"], 2)
    war = year >= 2022
    grow = max(1, year - 2021)

    def fill(template: str) -> str:
        return template.format(
            speaker=rng.choice([speaker, other]),
            other=other,
            ally=ally,
            city=rng.choice(CITIES),
            n=rng.randrange(2, 60),
            small=rng.randrange(2, 40),
            big=round(rng.uniform(0.4, 3.5) * grow, 1),
            total=rng.randrange(40, 70) * grow,
            system=rng.choice(SYSTEMS),
            views=f"{rng.randrange(120, 9000):,}".replace(",", " "),
            updated=f"{day.day} {MONTHS[day.month - 1][:3]}. {year}",
            topic=rng.choice(TOPICS),
        )

    pools = [PATH[s] for s in _stages(year)] + [GUARANTEES, FILLER, FILLER]
    pools += [GUARANTEES_LATE] if year >= 2023 else []
    pools += [BLACK_SEA] * (2 if year >= 2014 else 1)
    pools += [AID_WAR, AID_WAR] if war else ([AID_EARLY] if year >= 2014 else [])
    name = outlet.name.format(ally=ally)
    parts = [*(fill(h) for h in outlet.header), name, fill(rng.choice(HEADLINES))]
    parts.append(_date_line(outlet.dateline, day, rng, city))
    body: list[str] = [fill(rng.choice(LEADS))]
    size = sum(len(p) for p in parts)
    while size + sum(len(p) for p in body) < 3700:
        paragraph = " ".join(fill(rng.choice(rng.choice(pools))) for _ in range(rng.randint(2, 4)))
        if rng.random() < 0.3:
            quote = fill(rng.choice(rng.choice(pools))).rstrip(".")
            paragraph += f' "{quote}," {fill("{speaker}")} said.'
        body.append(paragraph)
    footer = [fill(f) for f in outlet.footer]
    return day, "\n\n".join([*parts, *body, *footer]) + "\n"


def write_press_corpus(folder: Path, n_docs: int, *, seed: int = 0) -> Path:
    """Write documents ``0 .. n_docs - 1`` of corpus ``seed`` to ``folder`` as text files."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n_docs):
        _, text = document(i, seed)
        (folder / f"press_{i:06d}.txt").write_text(text, encoding="utf-8")
    return folder
