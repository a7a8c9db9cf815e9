//! Trade words after a name: "Jean Lain Automobiles", "Dupont Immobilier", "Lemoine
//! Traiteur", "LEXIA AVOCATS" name a company, as a legal form after them does ("MARTIN
//! SARL", see [`super::company_marker_after`]).
//!
//! Why a list of its own: a founder's name followed by what the company does is the most
//! common shape of a small French company's name, and the name part is a person's name that
//! the lexicon knows, so without this the whole company is taken for a person. The words are
//! those that stand after such a name, not any trade word: "Garage" or "Atelier" open a name
//! ("Garage Martin") and are handled as place words before it.
//!
//! Speed: this runs only after a name followed by a space and a capitalised word; the word is
//! folded on the stack and looked up by a binary search, with no allocation.

/// Trade words, lower case without accents, sorted (for a binary search), that make the
/// capitalised words before them a company's name.
const TRADE_WORDS: &[&str] = &[
    "ambulances",
    "architectes",
    "architecture",
    "associees",
    "associes",
    "assurances",
    "auto",
    "automobile",
    "automobiles",
    "autos",
    "avocats",
    "batiment",
    "charpente",
    "coiffure",
    "conseil",
    "conseils",
    "construction",
    "constructions",
    "consulting",
    "cosmetiques",
    "courtage",
    "couverture",
    "demenagements",
    "distribution",
    "electricite",
    "energie",
    "expertise",
    "gestion",
    "habitat",
    "holding",
    "immo",
    "immobilier",
    "immobiliere",
    "industries",
    "informatique",
    "ingenierie",
    "location",
    "logistique",
    "maconnerie",
    "materiaux",
    "menuiserie",
    "motors",
    "nettoyage",
    "notaires",
    "optique",
    "patrimoine",
    "paysages",
    "peinture",
    "plomberie",
    "renovation",
    "services",
    "solutions",
    "taxis",
    "technologies",
    "traiteur",
    "transport",
    "transports",
    "voyages",
];

/// The longest of [`TRADE_WORDS`] in bytes: a word of more letters is none of them.
const LONGEST: usize = crate::longest_len(TRADE_WORDS);

/// The shortest of [`TRADE_WORDS`] in bytes.
const SHORTEST: usize = 4;

/// A bit per letter that opens one of [`TRADE_WORDS`] (bit 0 for "a").
const FIRST_LETTERS: u32 = {
    let mut bits = 0;
    let mut i = 0;
    while i < TRADE_WORDS.len() {
        bits |= 1 << (TRADE_WORDS[i].as_bytes()[0] - b'a');
        i += 1;
    }
    bits
};

/// A bit per pair of letters that opens one of [`TRADE_WORDS`] (bit `26 * a + b` for the
/// letters `a` and `b` from 0): about one word in ten that passes [`FIRST_LETTERS`] opens
/// with such a pair, and the others were looked up by a binary search of six string
/// comparisons (37,000 calls to `memcmp` on the 3 MB mixed corpus).
const FIRST_PAIRS: [u64; 11] = {
    let mut bits = [0u64; 11];
    let mut i = 0;
    while i < TRADE_WORDS.len() {
        let w = TRADE_WORDS[i].as_bytes();
        let pair = 26 * (w[0] - b'a') as usize + (w[1] - b'a') as usize;
        bits[pair / 64] |= 1 << (pair % 64);
        i += 1;
    }
    bits
};

/// A bit per top ten bits of the [`super::fx`] hash of each of [`TRADE_WORDS`]: a word of
/// the text whose folded form is one of them has its hash's bit set, so that the words whose
/// bit is clear are told to be none with no folding or search.
///
/// Why: [`trade_word`] ran for the last word of every name of two words or more and for
/// the words next to a name found again, about 25,000 times on the 12 MB mixed corpus, at
/// about 200 instructions each (the fold of the word, then a binary search of string
/// comparisons where its first two letters open a trade word).
pub(super) struct TradeHashes([u64; TRADE_HASH_WORDS]);

const TRADE_HASH_WORDS: usize = 16;

impl TradeHashes {
    pub(super) fn new() -> TradeHashes {
        let mut bits = [0u64; TRADE_HASH_WORDS];
        for word in TRADE_WORDS {
            let bit = Self::bit(super::fx(word.as_bytes()));
            bits[bit / 64] |= 1 << (bit % 64);
        }
        TradeHashes(bits)
    }

    /// The bit of a hash: its top bits (`fx` ends with a multiplication, whose low bits mix
    /// little).
    fn bit(hash: u64) -> usize {
        (hash >> (64 - (TRADE_HASH_WORDS * 64).trailing_zeros())) as usize
    }

    /// Whether the word whose folded form hashes to `hash` may be one of [`TRADE_WORDS`].
    #[inline]
    pub(super) fn may_hold(&self, hash: u64) -> bool {
        let bit = Self::bit(hash);
        self.0[bit / 64] & (1 << (bit % 64)) != 0
    }
}

/// Whether `word` (a capitalised word of the text, in any case) is a noun of an act by its
/// suffix, "-tion" or "-sion" ("Souscription", "Succession", "CESSION", "Donation").
///
/// Why: registers, deeds and files write the operation where a party stands ("Cédant :
/// Souscription" for new shares, "Succession DUPONT" for an estate): no first name or
/// surname of French business text ends so, while thousands of nouns do.
pub(super) fn act_noun(word: &str) -> bool {
    let w = word.as_bytes();
    w.len() > 5 && {
        let tail = &w[w.len() - 4..];
        tail.eq_ignore_ascii_case(b"tion") || tail.eq_ignore_ascii_case(b"sion")
    }
}

/// Whether `word` (a capitalised word of the text, as written: "Automobiles", "AVOCATS",
/// "Électricité", "ELECTRICITE") is one of [`TRADE_WORDS`], in any case, with or without
/// its accents. The word is folded on the stack, then looked up by a binary search; most
/// words are told by their length or their first letter first.
pub(super) fn trade_word(word: &str) -> bool {
    let w = word.as_bytes();
    // An accented letter takes two bytes.
    if w.len() < SHORTEST || w.len() > 2 * LONGEST {
        return false;
    }
    if w[0].is_ascii_alphabetic() && FIRST_LETTERS & (1 << ((w[0] | 0x20) - b'a')) == 0 {
        return false;
    }
    let mut folded = [0u8; LONGEST];
    let mut n = 0;
    if w.is_ascii() {
        if w.len() > LONGEST {
            return false;
        }
        for (f, &b) in folded.iter_mut().zip(w) {
            *f = b.to_ascii_lowercase();
        }
        n = w.len();
    } else {
        for c in word.chars() {
            let Some(c) = super::fold_letter(c).filter(|_| n < LONGEST) else {
                return false;
            };
            folded[n] = c;
            n += 1;
        }
    }
    // Every trade word opens with two lower-case letters (and is longer than two bytes).
    let (a, b) = (folded[0], folded[1]);
    if !(a.is_ascii_lowercase() && b.is_ascii_lowercase()) {
        return false;
    }
    let pair = 26 * usize::from(a - b'a') + usize::from(b - b'a');
    if FIRST_PAIRS[pair / 64] & 1 << (pair % 64) == 0 {
        return false;
    }
    TRADE_WORDS
        .binary_search_by(|t| t.as_bytes().cmp(&folded[..n]))
        .is_ok()
}

/// Whether `label` (folded, trimmed, without its colon) ends with a noun of an organisation
/// and the role it plays: "compagnie mandante", "societe cessionnaire", "banque preteuse".
/// The value after such a label is the company, where the role alone ("Mandante :") would
/// label a person. The role is the label's last word, the organisation the word before.
#[inline(never)]
pub(super) fn organisation_in_role(label: &str) -> bool {
    let mut words = label.rsplit(' ');
    words.next();
    words.next().is_some_and(|w| {
        matches!(
            w,
            "compagnie"
                | "societe"
                | "entreprise"
                | "banque"
                | "agence"
                | "cabinet"
                | "caisse"
                | "mutuelle"
                | "assurance"
                | "etablissement"
                | "organisme"
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::person::tests::names;

    #[test]
    fn organisations_in_a_role() {
        let table: &[(&str, bool)] = &[
            ("compagnie mandante", true),
            ("societe cessionnaire", true),
            ("- banque preteuse", true),
            ("mandante", false),
            ("representant de la societe", false),
            ("gerante", false),
            ("", false),
        ];
        for &(label, want) in table {
            assert_eq!(organisation_in_role(label), want, "{label:?}");
        }
    }

    /// End to end: the company named after an organisation's role label is no person
    /// (regression: an insurer after "Compagnie mandante :" read as a person), where the role
    /// alone still labels one.
    #[test]
    fn an_organisation_in_a_role_is_no_person() {
        let table: &[(&str, &[&str])] = &[
            ("Compagnie mandante : Alvéa\n", &[]),
            ("Société cessionnaire : Ondine\n", &[]),
            ("Mandante : Ondine Keraval\n", &["Ondine Keraval"]),
            ("Cessionnaire : Mme Keraval\n", &["Keraval"]),
        ];
        for (text, expected) in table {
            assert_eq!(names(text), *expected, "{text:?}");
        }
    }

    /// A name followed by a trade word names a company (regression: "Jean Lain Automobiles",
    /// "LEXIA AVOCATS" were people), unless a civility says it is a person.
    #[test]
    fn names_before_a_trade_word_are_companies() {
        let table: &[(&str, &[&str])] = &[
            ("Gérant — Jean Lain Automobiles", &[]),
            (
                "Je soussigné, Marie Dupont, gérante de Jean Lain Automobiles, atteste",
                &["Marie Dupont"],
            ),
            ("LEXIA AVOCATS", &[]),
            ("Facture de Marie Dupont Traiteur reçue.", &[]),
            ("Devis de Jean Dupont Immobilier SAS.", &[]),
            ("Contacter Kévin Techer Électricité.", &[]),
            ("Contacter Kévin Techer ELECTRICITE.", &[]),
            // People stay people.
            ("M. Jean Dupont Immobilier a signé.", &["Jean Dupont"]),
            ("Kévin Techer a appelé.", &["Kévin Techer"]),
            ("Marie Dupont\nConseil en gestion", &["Marie Dupont"]),
            ("Marie Dupont, Conseil", &["Marie Dupont"]),
            (
                "Présents : Marie Dupont, Kévin Techer",
                &["Marie Dupont", "Kévin Techer"],
            ),
        ];
        for (text, expected) in table {
            assert_eq!(names(text), *expected, "{text:?}");
        }
    }

    #[test]
    fn trade_words_are_sorted_lower_case_ascii() {
        assert!(TRADE_WORDS.windows(2).all(|w| w[0] < w[1]));
        assert!(TRADE_WORDS.iter().all(|t| t.len() >= SHORTEST));
        assert!(TRADE_WORDS
            .iter()
            .all(|t| !t.is_empty() && t.bytes().all(|b| b.is_ascii_lowercase())));
    }

    /// The filter on the first two letters keeps every trade word, and `trade_word` answers as
    /// the binary search alone on every trade word, each with one letter changed, cut short or
    /// lengthened, in capitals and capitalised.
    #[test]
    fn first_pairs_filter_only_what_the_search_finds_nothing_for() {
        let by_search = |word: &str| {
            let mut folded = String::new();
            crate::person::fold_into(word, &mut folded);
            TRADE_WORDS.binary_search(&folded.as_str()).is_ok()
        };
        let mut words = Vec::new();
        for t in TRADE_WORDS {
            words.push(t.to_string());
            words.push(t[..t.len() - 1].to_string());
            words.push(format!("{t}s"));
            for i in 0..t.len() {
                for c in ['a', 'e', 'z', '9', 'é'] {
                    let mut w = t.to_string();
                    w.replace_range(i..=i, c.encode_utf8(&mut [0; 4]));
                    words.push(w);
                }
            }
        }
        let mut found = 0;
        for w in &words {
            let mut chars = w.chars();
            let capitalised: String = chars
                .next()
                .into_iter()
                .flat_map(char::to_uppercase)
                .chain(chars)
                .collect();
            for v in [w.clone(), w.to_uppercase(), capitalised] {
                assert_eq!(trade_word(&v), by_search(&v), "{v:?}");
                found += usize::from(trade_word(&v));
            }
        }
        assert!(found >= 3 * TRADE_WORDS.len(), "{found}");
    }

    /// (word, whether it is a noun of an act by its suffix).
    #[test]
    fn act_nouns_by_their_suffix() {
        let table: &[(&str, bool)] = &[
            ("Souscription", true),
            ("SUCCESSION", true),
            ("Cession", true),
            ("Donation", true),
            // Names, short words, other endings.
            ("Sion", false),
            ("Clément", false),
            ("Bastien", false),
            ("Tsion", false),
            ("", false),
        ];
        for &(word, expected) in table {
            assert_eq!(act_noun(word), expected, "{word:?}");
        }
    }

    #[test]
    fn trade_words_in_any_case() {
        let table: &[(&str, bool)] = &[
            ("Automobiles", true),
            ("AUTOMOBILES", true),
            ("Immobilier", true),
            ("Traiteur", true),
            ("AVOCATS", true),
            ("Électricité", true),
            ("ÉLECTRICITÉ", true),
            ("Associés", true),
            ("Ingénierie", true),
            ("COSMÉTIQUES", true),
            // Names and other capitalised words.
            ("Dupont", false),
            ("Marie", false),
            ("Merlin", false),
            ("Garage", false),
            ("ELECTRICITE", true),
            ("Batiment", true),
            ("", false),
            ("Automobilesxxxxxxxxxxxxxxxxxxxxxxxxxx", false),
            ("Fleuriste", false),
            ("Autos-", false),
            ("Immo2", false),
        ];
        for &(word, want) in table {
            assert_eq!(trade_word(word), want, "{word:?}");
        }
    }
}
