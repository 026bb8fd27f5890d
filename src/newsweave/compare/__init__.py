"""Source comparison: claims, conflicts, framing, summaries, timelines, reports."""
