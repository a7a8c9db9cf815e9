"""Generation, checks and statistics shared by the blind PERSON sets' generators
(gen_eval_names_blind4.py, gen_eval_names_blind5.py).

Each generator is a module holding its own data and templates: OUT, ROOT, SEED, PER_TYPE, TYPES
(kind, templates), POOLS, WEIGHTS, NATURAL, RARE, NEG_CATS, NEG_ALL and a Casting class (people
drawn from POOLS, remembering who was cast in the current document in `doc_people`), and
optionally `count_absent(value)` (default: gen_eval_names.absent). It calls `main(module)`.
"""

import os
import random
import re
import sys

from gen_eval_names import PARTICLES, absent, fold
from gen_eval_names_blind2 import LABEL, strip


def check_doc(name, text, people, negatives):
    """Mechanical checks of one document: label syntax, no negative labeled, no name left bare.

    Returns (syntax problems, unlabeled words). A cast member's word found outside every label is
    a labeling slip or a coincidence with the text ("Rose" the surname, "rose" the colour);
    generate() redraws the document then, so the set holds no ambiguous bare occurrence."""
    problems, bare = [], []
    depth = 0
    for ch in text:
        depth += (ch == "⟦") - (ch == "⟧")
        if depth not in (0, 1):
            problems.append(f"{name}: nested or unbalanced label")
            break
    if depth != 0:
        problems.append(f"{name}: unclosed label")
    neg_folded = {fold(n) for n in negatives}
    for m in LABEL.finditer(text):
        kind, bar, value = m.group(1).partition("|")
        if not bar or kind not in ("PERSON", "EMAIL") or not value or value != value.strip() or "\n" in value:
            problems.append(f"{name}: bad label {m.group(0)!r}")
        elif kind == "PERSON" and fold(value) in neg_folded:
            problems.append(f"{name}: a negative is labeled PERSON: {value!r}")
        elif kind == "EMAIL" and not re.fullmatch(r"[a-z0-9._-]+@(exemple\.fr|example\.com|[a-z0-9-]+\.example)", value):
            problems.append(f"{name}: e-mail outside the example domains {value!r}")
    if re.search(r"⟧ ?⟦PERSON", text):
        problems.append(f"{name}: two adjacent PERSON labels (one name cut in two?)")
    # Logins ("halima.maoulida", "jdupont") are identifiers, not names: the look-arounds skip them.
    rest = LABEL.sub(" ", text)
    for n in sorted(negatives, key=len, reverse=True):
        rest = re.sub(r"(?<!\w)" + re.escape(n) + r"(?!\w)", " ", rest)
    for p in people:
        for w in set(re.split(r"[ '\-]", p.first + " " + p.last)):
            if len(w) >= 3 and fold(w) not in PARTICLES and re.search(r"(?<![\w@.])" + re.escape(w) + r"(?![\w@]|\.\w)", rest, re.IGNORECASE):
                bare.append(f"{name}: {w!r} of {p.first} {p.last} appears unlabeled")
    return problems, bare


def generate(spec, weights=None, verbose=False):
    """The documents of `spec` (name, kind, text), the problems found, and how many drafts were
    redrawn because a cast name coincided with a bare word of the text."""
    r = random.Random(spec.SEED)
    c = spec.Casting(r, weights or spec.WEIGHTS)
    docs, problems, redrawn = [], [], 0
    for i in range(spec.PER_TYPE * len(spec.TYPES)):
        kind, templates = spec.TYPES[i % len(spec.TYPES)]
        template = templates[(i // len(spec.TYPES)) % len(templates)]
        name = f"{i:03d}-{kind}.txt"
        for attempt in range(30):
            c.doc_people, c.used = [], set()
            text = template(r, c)
            bad, bare = check_doc(name, text, c.doc_people, spec.NEG_ALL)
            if not bare:
                break
            redrawn += 1
            if verbose:
                print("redraw:", "; ".join(bare))
        problems += bad + bare
        docs.append((name, kind, text))
    return docs, problems, redrawn


def persons(docs):
    return [(kind, v) for _, kind, text in docs for k, v in strip(text)[1] if k == "PERSON"]


def count_absent(spec):
    return getattr(spec, "count_absent", absent)


def stats(spec, docs, redrawn):
    unknown = count_absent(spec)
    found = persons(docs)
    per_kind, per_kind_abs = {}, {}
    for kind, v in found:
        per_kind[kind] = per_kind.get(kind, 0) + 1
        per_kind_abs[kind] = per_kind_abs.get(kind, 0) + unknown(v)
    values = [v for _, v in found]
    ab = sum(unknown(v) for v in values)
    emails = sum(1 for _, _, t in docs for k, _ in strip(t)[1] if k == "EMAIL")
    caps = sum(1 for v in values if any(len(w) > 1 and w.isupper() for w in re.split(r"[ \-/]", v)))
    low = sum(1 for v in values if v == v.lower())
    inits = sum(1 for v in values if re.search(r"(^|[ \-.])\w\.", v))
    single = sum(1 for v in values if len(v.split()) == 1)
    neg = {}
    plain_texts = [strip(text)[0] for _, _, text in docs]
    for cat, items in spec.NEG_CATS:
        neg[cat] = sum(len(re.findall(r"(?<!\w)" + re.escape(item) + r"(?!\w)", t)) for t in plain_texts for item in items)
    print(f"documents: {len(docs)} ({len(spec.TYPES)} types x {spec.PER_TYPE}, two or three templates per type; "
          f"{redrawn} drafts redrawn because a name coincided with a bare word)")
    print(f"PERSON mentions: {len(values)} ({len(set(values))} distinct)")
    print(f"  absent from the lexicon: {ab} ({100 * ab / len(values):.1f} %)")
    print(f"  with a word in capitals: {caps}; all lower-case: {low}; with an initial: {inits}; one word: {single}")
    print(f"EMAIL labels: {emails}")
    print(f"negatives (occurrences in the stripped text): {sum(neg.values())}")
    for k, v in neg.items():
        print(f"  {k}: {v}")
    print("per document type: documents, PERSON mentions, absent from the lexicon")
    for kind, _ in spec.TYPES:
        n, a = per_kind.get(kind, 0), per_kind_abs.get(kind, 0)
        docs_n = sum(1 for _, k, _ in docs if k == kind)
        print(f"  {kind:<28}{docs_n:>4}{n:>6}{a:>6} ({100 * a / max(n, 1):.0f} %)")
    return len(values), ab


def origins_report(spec):
    """--origins: the absent share of the mentions of each origin's people, to set WEIGHTS."""
    unknown = count_absent(spec)
    for o in sorted(spec.POOLS):
        docs = generate(spec, {k: (1 if k == o else 0) for k in spec.POOLS})[0]
        vals = [v for _, v in persons(docs)]
        a = sum(unknown(v) for v in vals)
        print(f"  {o:<30}{len(vals):>6}{100 * a / len(vals):>7.1f} %")


def main(spec):
    args = sys.argv[1:]
    if "--origins" in args:
        origins_report(spec)
        return
    docs, problems, redrawn = generate(spec, verbose="--verbose" in args)
    if generate(spec)[0] != docs:
        problems.append("generation is not deterministic")
    for p in problems:
        print("PROBLEM:", p)
    n, ab = stats(spec, docs, redrawn)
    natural = [v for _, v in persons(generate(spec, spec.NATURAL)[0])]
    nab = sum(count_absent(spec)(v) for v in natural)

    def rare(w):
        return 100 * sum(w[o] for o in spec.RARE) / sum(w.values())
    print(f"origins: {rare(spec.WEIGHTS):.0f} % of the people cast from RARE origins ({rare(spec.NATURAL):.0f} % in NATURAL)")
    print(f"same templates and seed with the NATURAL mix of origins: {len(natural)} mentions, "
          f"{nab} absent ({100 * nab / len(natural):.1f} %)")
    if len(docs) < 250 or n < 1200 or ab < 0.30 * n:
        problems.append("below the minimum counts")
        print("PROBLEM: below the minimum counts")
    if problems:
        sys.exit(1)
    if "--check" in args:
        return
    os.makedirs(spec.OUT, exist_ok=True)
    for f in sorted(os.listdir(spec.OUT)):
        if f.endswith(".txt"):
            os.remove(os.path.join(spec.OUT, f))
    for name, _, text in docs:
        with open(os.path.join(spec.OUT, name), "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
    print(f"written to {os.path.relpath(spec.OUT, spec.ROOT)}/")
