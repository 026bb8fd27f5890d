"""Equal quality check for batched NER: the model outputs of ``nlp.pipe`` batches (and of
natasha, ahead of recognition) against one model call per region, on eval articles.

    .venv/bin/python bench/ner_batching.py

Sample (seeded): 150 ECB+ articles (en, spaCy), the 54 French TimeBank articles (fr, spaCy) and 40
Russian SlavicNER articles (natasha), cleaned as the pipeline cleans them. Prints how many of the
distinct model inputs differ; 0 means recognition, and everything downstream of it, is unchanged.
"""
from __future__ import annotations

import json
import os
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
SHARED = Path(os.environ.get("NEWSWEAVE_SHARED", ROOT.parent / "shared")) / "eval"

from newsweave.clean import ArticleCleaner  # noqa: E402
from newsweave.enrich import ner_ahead, ner_memo  # noqa: E402
from newsweave.enrich.ner_models import natasha_entities, spacy_nlp  # noqa: E402
from newsweave.model import Article  # noqa: E402


def jsonl(name: str) -> list[dict]:
    return [json.loads(x) for x in open(SHARED / name / "docs.jsonl", encoding="utf-8")]


def main() -> None:
    rnd = random.Random(3)
    docs = rnd.sample(jsonl("ecbplus-events"), 150) + jsonl("fr-timebank")[:54]
    docs += rnd.sample([d for d in jsonl("slavic-entities") if d["lang"] == "ru"], 40)
    arts = [Article(id=d["id"], text=d["text"], title=d.get("title"), lang=d.get("lang")) for d in docs]
    ArticleCleaner().clean(arts)
    keys = ner_ahead.batch_inputs(arts)
    batched = ner_ahead.compute(keys)
    differ = 0
    for backend, text in keys:
        one = ner_memo.from_doc(spacy_nlp(backend[len("spacy:"):])(text)) \
            if backend.startswith("spacy:") else natasha_entities(text)
        differ += one != batched[(backend, text)]
    print(f"{len(keys)} model inputs ({len(arts)} articles): {differ} differ between the batched "
          "outputs and one call each")


if __name__ == "__main__":
    main()
