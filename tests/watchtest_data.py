"""Invented news items for the watch and alert tests (no text from ../shared)."""
from __future__ import annotations

TOPICS = [
    ("Harbour crane collapses in Port Velar",
     "A harbour crane collapsed in Port Velar on Monday morning, damaging two cargo ships. Port "
     "director Ilse Marrow said nobody was hurt and that the container terminal would stay closed "
     "until Thursday while engineers inspect the remaining cranes."),
    ("Teachers in Brenmoor vote to strike",
     "Teachers in Brenmoor voted on Tuesday to strike for three days next month over pay. The union "
     "leader Tomas Ferrant said talks with the regional education office had failed twice."),
    ("New tram line opens in Castellane",
     "The first trams ran on the new east line in Castellane on Wednesday. Mayor Odile Vasquez "
     "said the line would carry forty thousand passengers a day once all stations are open."),
    ("Storm cuts power to villages near Lake Orrin",
     "A storm cut power to eleven villages near Lake Orrin overnight. The grid operator said "
     "repair crews had restored electricity to most homes by Thursday afternoon."),
    ("Museum returns bronze statues to Kelmar",
     "The national museum returned four bronze statues to Kelmar on Friday after a ten-year "
     "dispute. Curator Anselm Drey called the agreement a model for other collections."),
    ("Wildfire forces evacuation of Sarno valley",
     "Firefighters ordered the evacuation of three hamlets in the Sarno valley on Saturday as a "
     "wildfire spread across dry hills. Regional chief Marta Ilves said water planes were on the way."),
    ("Rail freight strike ends in Dunmere",
     "Rail freight workers in Dunmere ended a week-long strike on Sunday after the operator agreed "
     "to hire two hundred drivers. Trains loaded with grain began leaving the depots at dawn."),
    ("Bridge inspection closes river crossing in Altwick",
     "Engineers closed the old river bridge in Altwick on Monday for an inspection after cracks "
     "were found in a pillar. Traffic was diverted to the northern ring road for the week."),
]


def item(n: int, base: str, *, summary_only: bool = False, guid: str | None = None) -> dict[str, str]:
    """RSS item ``n`` (distinct text per n); ``summary_only``: a short description and a link to
    the full page at ``{base}/articles/{n}.html``."""
    title, text = TOPICS[n % len(TOPICS)]
    if n >= len(TOPICS):
        title = f"{title} (update {n // len(TOPICS)})"
        text = f"Update {n // len(TOPICS)}: {text} Officials promised a further statement on day {n}."
    link = f"{base}/articles/{n}.html"
    out = {"guid": guid or f"urn:test:item:{n}", "title": title, "link": link,
           "pubDate": "Mon, 03 Mar 2025 10:00:00 GMT"}
    if summary_only:
        out["description"] = text.split(". ")[0] + "."
    else:
        out["content"] = f"<p>{text}</p>"
    return out


def full_text(n: int) -> list[str]:
    """The paragraphs of item ``n``'s article page (longer than its summary)."""
    title, text = TOPICS[n % len(TOPICS)]
    if n >= len(TOPICS):
        text = f"Update {n // len(TOPICS)}: {text} Officials promised a further statement on day {n}."
    return [text, "Residents interviewed on the spot said they had expected the news for weeks, and "
                  "local councillors asked for a public meeting to explain what happens next.",
            f"The authorities said a full report on case {n} would be published within a month."]
