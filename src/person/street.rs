//! A bit filter in front of the street check ([`super::Scan::street_context`]).
//!
//! Why: the street check runs before nearly every run of capitalised words (48,000 times on a
//! 3 MB mixed corpus) and looked each of the last words before the run up in the context map,
//! where only a street, school or trade word ("rue", "lycée", "atelier") or a word that may
//! stand between one and a name ("de", "général") lets it go on. This filter holds a bit per
//! [`sketch`] of those words only, so that most other words are passed over without hashing
//! them.

use std::sync::LazyLock;

use super::{sketch, Lexicon, CTX_KIN, CTX_STREET, CTX_THROUGH, LEXICON, SKETCH_WORDS};

/// A bit per [`sketch`] of every word whose [`Lexicon::word_context`] is a street or a
/// "through" word.
static STREET_SKETCHES: LazyLock<[u64; SKETCH_WORDS]> = LazyLock::new(|| street_sketches(&LEXICON));

fn street_sketches(lex: &Lexicon) -> [u64; SKETCH_WORDS] {
    let mut bits = [0u64; SKETCH_WORDS];
    // A word's `word_context` is the kind of a phrase equal to it, and such a phrase has the
    // word as its last word: a key of the map.
    for &key in lex.context.keys() {
        if street_or_through(lex, key) {
            let bit = sketch(key);
            bits[bit / 64] |= 1 << (bit % 64);
        }
    }
    bits
}

/// Whether `word` (folded) may be a street or "through" word: `false` only when
/// [`Lexicon::word_context`] of it is neither.
pub(super) fn may_be_street_word(word: &str) -> bool {
    let bit = sketch(word);
    STREET_SKETCHES[bit / 64] & (1 << (bit % 64)) != 0
}

/// Whether `word` (folded), of context kind `kind`, may stand between a street type and a
/// name: a "through" word, or a kin noun that is also a religious title ("rue Mère Teresa",
/// "école Sœur Emmanuelle"), which the family ties hold (see [`super::kin`]).
pub(super) fn through(kind: Option<u8>, word: &str) -> bool {
    kind == Some(CTX_THROUGH)
        || kind == Some(CTX_KIN) && matches!(word, "pere" | "mere" | "soeur" | "frere")
}

/// Whether `key`, a key of the context map, is a street word or a "through" word.
fn street_or_through(lex: &Lexicon, key: &str) -> bool {
    let kind = lex.word_context(key);
    kind == Some(CTX_STREET) || through(kind, key)
}

/// `word` (folded) without an elided article glued to it: "l'hopital" → "hopital", so that
/// "à l'hôpital Henri Mondor" or "de l'école Paul Bert" name a place as "hôpital Henri
/// Mondor" does. "l'" alone (a "through" word: "rue de l'Abbé Grégoire") is left as it is.
///
/// An opening bracket or quote goes too: "(loi Evin et …)", "(l'école Jules Ferry)".
pub(super) fn without_article(word: &str) -> &str {
    let word = word.strip_prefix(['(', '"', '[']).unwrap_or(word);
    match word.strip_prefix("l'") {
        Some(rest) if !rest.is_empty() => rest,
        _ => word,
    }
}

/// Whether `de` after the street or trade word `word` (folded) may mark whose it is rather
/// than name it: "à la place de Marie Dupont" (instead of her), "la maison de Jean", "le
/// groupe de Marie Dupont" (her team), "le club de Marie Dupont" are people, where "rue de Rivoli" or "Garage de la
/// Gare" are places.
pub(super) fn possessive_de(word: &str) -> bool {
    matches!(word, "place" | "maison" | "groupe" | "club")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::person::tests::names;

    /// Places, schools and shops named after people, and the people beside them.
    #[test]
    fn places_named_after_people_are_no_people() {
        let table: &[(&str, &[&str])] = &[
            // The article glued to the type (regression: "à l'hôpital Henri Mondor").
            ("Il est en formation à l'hôpital Henri Mondor.", &[]),
            ("Rendez-vous à l'hôpital Georges Pompidou.", &[]),
            ("Les élèves de l'école Jules Ferry sortent.", &[]),
            ("Conférence à l'institut Pierre Gilles.", &[]),
            ("Réunion à l'espace Marie Curie.", &[]),
            // The kind of school or place between the type and its name.
            ("Conseil d'école — école élémentaire Paul Bert", &[]),
            ("Inscription à l'école maternelle Jacques Prévert.", &[]),
            ("CONSEIL D'ÉCOLE — groupe scolaire Pierre Curie", &[]),
            ("Match au stade municipal Jean Bouin.", &[]),
            (
                "Admis au centre hospitalier universitaire Henri Mondor.",
                &[],
            ),
            // Clubs, sports and cultural venues, institutions written as acronyms
            // (regression: a tennis club, an IUT, a sports complex named after people).
            ("Saison 2026 — Basket Club Louise Michel", &[]),
            ("Entraînement au complexe sportif Jean Bouin.", &[]),
            ("Gala au centre aquatique Laure Manaudou.", &[]),
            ("Cours au conservatoire Maurice Ravel, jeudi.", &[]),
            ("Formation : IUT Paul Sabatier", &[]),
            ("Le club de Marie Dupont a gagné.", &["Marie Dupont"]),
            (
                "Présidente du club : Mme Garnier, Louise Michel au bureau.",
                &["Garnier", "Louise Michel"],
            ),
            // A shop.
            ("Service clients — Maison Gérard Darel", &[]),
            // "dans" a tool or a place, never a person.
            (
                "Justificatifs scannés dans Lucca. Avance perçue : néant.",
                &[],
            ),
            ("Tout est dans Pennylane depuis lundi.", &[]),
            // The negatives stay no names.
            ("Le mur est en pierre de taille, couleur rose.", &[]),
            ("Ajouter de l'huile d'olive.", &[]),
            ("Livraison à Saint-Martin.", &[]),
            // People stay people: "de" after "place", "maison", "groupe" is whose.
            ("Il viendra à la place de Marie Dupont.", &["Marie Dupont"]),
            ("Le groupe de Marie Dupont a fini.", &["Marie Dupont"]),
            ("La maison de Kévin Techer est vendue.", &["Kévin Techer"]),
            (
                "Mme Diallo travaille à l'hôpital depuis lundi.",
                &["Diallo"],
            ),
            ("Voir avec Kévin à l'école demain.", &["Kévin"]),
            (
                "Le médecin scolaire Marie Dupont passera.",
                &["Marie Dupont"],
            ),
            (
                "L'agent Marie Dupont est arrivé dans l'après-midi.",
                &["Marie Dupont"],
            ),
        ];
        for (text, expected) in table {
            assert_eq!(names(text), *expected, "{text:?}");
        }
    }

    /// A room, venue or institution type in capitals at the head of the run names the place
    /// (regression: a room, a media library, a care home, a social centre, a production
    /// studio named after people, read as people because the type opened the run or a
    /// line); the people beside them stay found.
    #[test]
    fn capitalised_place_types_head_places() {
        let table: &[(&str, &[&str])] = &[
            ("Répétition en Salle Jean Vilar à 18 h.", &[]),
            ("Salle Colette, 2e étage — 14/05/2026", &[]),
            ("Médiathèque Simone Veil — retours du 12/03/2026", &[]),
            ("Bibliothèque Albert Camus : fermeture lundi", &[]),
            ("Admise le 03/02/2026 à l’EHPAD Jean Jaurès.", &[]),
            ("Résidente de l'EHPAD Louise Michel depuis 2021.", &[]),
            ("Partenariat avec le centre social Jacques Brel.", &[]),
            ("Montage : Studio Colibri, son : Studio Hélène Martin.", &[]),
            ("Ordre du jour du Comité Jean Moulin", &[]),
            ("Entraînement au Gymnase Marcel Cerdan.", &[]),
            ("Visite du Musée Rodin avec Mme Perrin.", &["Perrin"]),
            ("Épreuve écrite (loi Veil et affichage) réussie.", &[]),
            ("Le dispositif Pinel et l'amendement Courson.", &[]),
            (
                "Salle Molière réservée par Kévin Techer.",
                &["Kévin Techer"],
            ),
            ("DUPONT Marie — salle B12", &["DUPONT Marie"]),
            ("Le mur est en pierre de taille, couleur rose.", &[]),
            ("Livraison à Saint-Martin, rue Victor Hugo.", &[]),
        ];
        for (text, expected) in table {
            assert_eq!(names(text), *expected, "{text:?}");
        }
    }

    #[test]
    fn article_glued_to_a_type() {
        let table: &[(&str, &str)] = &[
            ("l'hopital", "hopital"),
            ("l'ecole", "ecole"),
            ("l'", "l'"),
            ("hopital", "hopital"),
            ("d'hopital", "d'hopital"),
            ("(loi", "loi"),
            ("(l'ecole", "ecole"),
            ("", ""),
        ];
        for &(word, want) in table {
            assert_eq!(without_article(word), want, "{word:?}");
        }
    }

    /// The filter lets every street and "through" word through, and passes over most other
    /// context words (76 of the 245 share a bit with a street word: the sketch is coarse, but
    /// a finer hash measured slower on the mixed corpus).
    #[test]
    fn street_filter_keeps_every_street_word() {
        let lex = &*LEXICON;
        let (mut kept, mut others, mut others_kept) = (0, 0, 0);
        for &key in lex.context.keys() {
            if street_or_through(lex, key) {
                assert!(may_be_street_word(key), "{key:?}");
                kept += 1;
            } else {
                others += 1;
                others_kept += usize::from(may_be_street_word(key));
            }
        }
        assert!(kept > 100, "{kept}");
        assert!(others_kept * 2 < others, "{others_kept} of {others}");
        for word in [
            "rue", "avenue", "lycee", "atelier", "de", "d'", "general", "place",
        ] {
            assert!(may_be_street_word(word), "{word}");
        }
    }
}
