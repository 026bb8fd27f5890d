"""Source URL lines ("https://site.example/a/1", "Source : site.example/a") and their domains."""
from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import urlsplit

from .langdata import alternation, merged


@lru_cache(maxsize=1)
def url_line_regex() -> re.Pattern[str]:
    """A line that is only a URL, maybe after a label ("Source :"); group 1 is the URL."""
    labels = alternation(merged().source_labels)
    return re.compile(rf"^(?:{labels}\s*:\s*)?"
                      r"<?(https?://[^\s<>\"]+"
                      # scheme-less crawls: "www.site.tld/…" or "site.tld/path…"
                      r"|(?:www\.)[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?:/[^\s<>\"]*)?"
                      r"|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/[^\s<>\"]*)>?$", re.I)


def url_domain(url: str) -> str | None:
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return None
    if not host:
        return None
    host = host.lower()
    return host[4:] if host.startswith("www.") else host
