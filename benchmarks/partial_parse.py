"""Could a partial parse pay? The most that parsing only the sentences that matter could save.

    python -m benchmarks.partial_parse [--split dev]

Issue 13 asks whether parsing only the sentences that can carry an event, a quote or a mention
(found by a cheap pass) would cut time while keeping every benchmark figure. This measures the
ceiling of that saving on the real-news corpus, with a perfect cheap pass (an oracle: the records
the full pipeline makes say which sentences they come from):

- the CPU time of each spaCy component over the split's articles, batched as the pipeline does,
  and the share of the whole coding that spaCy takes;
- the share of tokens in sentences that hold no actor mention, quote or event evidence (the
  whole spaCy pipeline could be skipped there), and in sentences that hold no quote or event
  (the dependency parser alone could be skipped there; tagger and NER still find mentions).

The two products are the most either kind of partial parse could save, before the cost of the
cheap pass itself and of any record it would lose.
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def component_seconds(nlp: Any, texts: list[str], batch_size: int = 16) -> Counter[str]:
    """CPU seconds of the tokenizer and of each pipeline component over ``texts``."""
    spent: Counter[str] = Counter()
    t = time.process_time()
    docs = [nlp.make_doc(text) for text in texts]
    spent["tokenizer"] += time.process_time() - t
    for name, proc in nlp.pipeline:
        t = time.process_time()
        docs = list(proc.pipe(docs, batch_size=batch_size)) if hasattr(proc, "pipe") else [proc(d) for d in docs]
        spent[name] += time.process_time() - t
    return spent


def needed_tokens(docs: list[Any], results: list[Any]) -> tuple[int, int, int]:
    """(tokens, tokens of sentences holding a mention, quote or event, of sentences holding a quote or event)."""
    total = held = carried = 0
    for doc, result in zip(docs, results):
        quotes_events = [q.span for q in result.quotes] + [e.evidence for e in result.events]
        mentions = [m.span for a in result.actors for m in a.mentions]
        for sent in doc.sents:
            a, b, n = sent.start_char, sent.end_char, len(sent)
            total += n
            if any(s.start < b and s.end > a for s in quotes_events):
                carried += n
                held += n
            elif any(s.start < b and s.end > a for s in mentions):
                held += n
    return total, held, carried


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.partial_parse", description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(ROOT / "corpus" / "wikinews"))
    ap.add_argument("--split", default="dev", choices=("dev", "all"))
    args = ap.parse_args(argv)

    from tidings.evaluate.news_run import load_corpus, to_article
    from tidings.pipeline import Pipeline

    refs, _, texts = load_corpus(args.corpus, args.split)
    articles = [to_article(texts[g.article]) for g in refs]
    pipe = Pipeline(errors="record")
    pipe.code(articles[0])  # model, knowledge base and gazetteer loaded before anything is timed
    spent = component_seconds(pipe.nlp, [a.text for a in articles])
    spacy_s = sum(spent.values())
    t = time.process_time()
    results = list(pipe.code_many(articles))
    coding_s = time.process_time() - t
    docs = [pipe.nlp(a.text) for a in articles]
    total, held, carried = needed_tokens(docs, results)
    parser = spent.get("parser", 0.0) / coding_s
    print(f"{len(articles)} {args.split} articles, {total:,} tokens; CPU time (time.process_time)")
    print(f"whole coding {coding_s:.2f}s ({1000 * coding_s / len(articles):.0f} ms per article); "
          f"spaCy alone {spacy_s:.2f}s = {spacy_s / coding_s:.0%} of it")
    print("spaCy by component (share of the whole coding): " + ", ".join(
        f"{name} {s:.2f}s ({s / coding_s:.0%})" for name, s in spent.most_common()))
    empty = 1 - held / total
    no_parse_needed = 1 - carried / total
    print(f"tokens in sentences with no mention, quote or event: {empty:.0%} -> skipping spaCy there saves at most "
          f"{empty * spacy_s / coding_s:.1%} of the coding time")
    print(f"tokens in sentences with no quote or event: {no_parse_needed:.0%} -> skipping the dependency parser "
          f"there saves at most {no_parse_needed * parser:.1%}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
