#!/usr/bin/env python3
"""Writes eval/lookalikes/*.txt: realistic business numbers that are NOT identifiers.

Order, invoice, customer, contract and tracking numbers, amounts, dates, postcodes, product
references and masked cards, in the forms French documents use. The files carry no labels,
so every finding the engine reports on them is a false positive:

    python3 scripts/gen_lookalikes.py
    cargo run --release --example eval -- eval/lookalikes

Deterministic (fixed seed); stdlib only.
"""
import random
from pathlib import Path

rng = random.Random(20261129)

def digits(n, first_nonzero=True):
    s = str(rng.randint(1, 9)) if first_nonzero else str(rng.randint(0, 9))
    return s + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))

def amount():
    whole = rng.choice([rng.randint(1, 999), rng.randint(1000, 999999), rng.randint(10**6, 10**9)])
    s = f"{whole:,}".replace(",", rng.choice([" ", "\u00a0", "\u202f"]))
    return s + "," + f"{rng.randint(0, 99):02d}" + rng.choice([" €", " EUR", "\u00a0€", " euros", " € HT", " € TTC"])

def date():
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2015, 2027)
    return rng.choice([f"{d:02d}/{m:02d}/{y}", f"{y}-{m:02d}-{d:02d}", f"{d:02d}.{m:02d}.{y}", f"{d} {['janvier','février','mars','avril','mai','juin','juillet','août','septembre','octobre','novembre','décembre'][m-1]} {y}"])

LINES = [
    lambda: f"Commande n° {digits(rng.choice([8, 9, 10, 11, 12, 13, 14]))} du {date()}, montant {amount()}.",
    lambda: f"Facture n° {rng.randint(2019, 2027)}-{digits(5, False)} — échéance le {date()}.",
    lambda: f"Facture FAC-{rng.randint(2019, 2027)}-{digits(5, False)} : total {amount()}.",
    lambda: f"N° client : {digits(rng.choice([6, 7, 8, 9, 10]))} — code postal {rng.randint(10, 95)}{digits(3, False)}.",
    lambda: f"Votre colis n° {digits(rng.choice([11, 12, 13, 14, 15, 16]))} sera livré le {date()}.",
    lambda: f"Suivi du colis : {rng.choice(['6A', '8R', 'CB', 'LZ'])}{digits(11)}FR.",
    lambda: f"Référence produit REF-{rng.choice(['AB', 'XK', 'PL'])}-{digits(4)}, quantité {rng.randint(1, 500)}, prix unitaire {amount()}.",
    lambda: f"Contrat n° {digits(rng.choice([9, 10, 12]))} signé le {date()}.",
    lambda: f"Dossier n° {rng.randint(2019, 2027)}/{digits(4, False)} ouvert le {date()} à {rng.randint(8, 18)}:{rng.randint(0, 59):02d}.",
    lambda: f"Carte bancaire **** **** **** {digits(4, False)} débitée de {amount()}.",
    lambda: f"Carte XXXX XXXX XXXX {digits(4, False)} expirée.",
    lambda: f"Ticket #{digits(rng.choice([6, 7, 8]))} : la version v{rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 30)} corrige le bug.",
    lambda: f"Chiffre d'affaires {rng.randint(2019, 2026)} : {amount()}, en hausse de {rng.randint(1, 40)},{rng.randint(0, 9)} %.",
    lambda: f"Population de la commune : {rng.randint(1, 999)} {digits(3, False)} habitants.",
    lambda: f"Bon de livraison BL{digits(rng.choice([8, 9, 10]))} du {date()}.",
    lambda: f"Mandat de prélèvement RUM {rng.choice(['++', 'MD'])}{digits(12)}.",
    lambda: f"Numéro de devis D{rng.randint(2019, 2027)}{digits(6, False)}, valable jusqu'au {date()}.",
    lambda: f"Capital social de {amount()} — {rng.randint(2, 250)} salariés.",
    lambda: f"Lot n° {digits(rng.choice([9, 13, 16]))}, poids {rng.randint(1, 999)},{rng.randint(0, 9)} kg.",
    lambda: f"Écart de {amount()} constaté sur le compte {rng.randint(401, 708)}{digits(3, False)} du grand livre.",
]

def main():
    out = Path(__file__).resolve().parent.parent / "eval" / "lookalikes"
    out.mkdir(parents=True, exist_ok=True)
    for n in range(10):
        lines = [rng.choice(LINES)() for _ in range(1000)]
        (out / f"lookalikes-{n:02d}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")

if __name__ == "__main__":
    main()
