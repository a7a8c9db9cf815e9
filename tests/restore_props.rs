//! Properties of reversible pseudonymization: restore(redact(text)) == text, for placeholders
//! and fake values, in one call or spread over a conversation; and a streamed restore gives
//! the same bytes however its input is cut.

use std::sync::OnceLock;

use caviard::{Engine, Pseudonyms, Restorer, Session, Vault};
use proptest::prelude::*;

fn engine() -> &'static Engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE.get_or_init(Engine::default)
}

/// Valid identifiers, each a distinct value after normalisation (restore writes back the first
/// spelling of a value, so two spellings of one value would not round-trip).
const IDENTIFIERS: &[&str] = &[
    "FR76 3000 6000 0112 3456 7890 189",
    "DE89 3704 0044 0532 0130 00",
    "GB29 NWBK 6016 1331 9268 19",
    "SIREN 732 829 320",
    "SIRET 55208131700018",
    "TVA FR03552081317",
    "NIR 1 85 05 78 006 084 91",
    "4532 0151 1283 0366",
    "5555-5555-5555-4444",
    "jean.dupont@exemple.fr",
    "compta@transports-lefevre.fr",
    "06 12 34 56 78",
    "+44 20 7946 0958",
    "09 72 10 20 30",
    "192.168.1.10",
    "2001:db8:85a3::8a2e:370:7334",
    "BIC BNPAFRPPXXX",
];

const WORDS: &[&str] = &[
    "facture",
    "réglée",
    "échéance",
    "Mme",
    "Lefèvre",
    "société",
    "virement",
    "l'IBAN",
    "n°",
    "12 345,67 €",
    "😀",
    "日本",
    "naïve",
    "œuvre",
    "IBAN",
    "SIRET",
    "tél.",
    "commande 2024-0042",
    "réf. AB-1234",
    "d'accord",
];

const PUNCTUATION: &[&str] = &[
    ",", ".", ";", ":", "!", "?", "(", ")", "«", "»", "—", "\n", "\t", "**",
];
const SEPARATORS: &[&str] = &[" ", "\n", ", ", " : ", " — "];

fn fragment() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => proptest::sample::select(IDENTIFIERS).prop_map(str::to_string),
        3 => proptest::sample::select(WORDS).prop_map(str::to_string),
        1 => proptest::sample::select(PUNCTUATION).prop_map(str::to_string),
        // Arbitrary letters (any script), never digits or brackets that could glue to an
        // identifier or look like a placeholder.
        1 => "[a-zA-Zàéèçœ\\p{Greek}\\p{Han}]{1,8}",
    ]
}

fn text() -> impl Strategy<Value = String> {
    proptest::collection::vec((fragment(), proptest::sample::select(SEPARATORS)), 0..30).prop_map(
        |parts| {
            parts
                .into_iter()
                .map(|(f, sep)| f + sep)
                .collect::<String>()
        },
    )
}

fn restore_streamed(session: &Session, text: &[u8], cuts: &[usize]) -> Vec<u8> {
    let mut r = session.restorer();
    let mut out = Vec::new();
    let mut last = 0;
    for &cut in cuts {
        let cut = cut.min(text.len()).max(last);
        r.push_into(&text[last..cut], &mut out);
        last = cut;
    }
    r.push_into(&text[last..], &mut out);
    r.finish_into(&mut out);
    out
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn restore_inverts_redact_with_placeholders(text in text()) {
        let mut session = Session::new(Vault::with_secret([1; 32]), Pseudonyms::Placeholders);
        let redacted = engine().redact_with(&text, &mut session);
        let restored = session.restore(&redacted.text);
        prop_assert_eq!(&restored.text, &text);
        prop_assert!(restored.unresolved.is_empty());
        prop_assert_eq!(restored.restored, redacted.findings.len());
    }

    #[test]
    fn restore_inverts_redact_with_fakes(text in text(), secret in any::<[u8; 32]>()) {
        let mut session = Session::new(Vault::with_secret(secret), Pseudonyms::Fakes);
        let redacted = engine().redact_with(&text, &mut session);
        // No fake equals a real value of the text (were it so, restore could not tell them
        // apart).
        for e in session.vault().entries() {
            if let Some(fake) = &e.fake {
                prop_assert!(!text.contains(fake.as_str()), "{} fake {:?} in the text", e.kind, fake);
            }
        }
        prop_assert_eq!(session.restore(&redacted.text).text, text);
    }

    /// A conversation: several prompts share one session; the answer quotes them all.
    #[test]
    fn restore_inverts_a_whole_conversation(prompts in proptest::collection::vec(text(), 1..4)) {
        let mut session = Session::new(Vault::with_secret([2; 32]), Pseudonyms::Placeholders);
        let redacted: String = prompts
            .iter()
            .map(|p| engine().redact_with(p, &mut session).text)
            .collect();
        prop_assert_eq!(session.restore(&redacted).text, prompts.concat());
    }

    #[test]
    fn streaming_does_not_depend_on_the_cuts(
        answer in proptest::collection::vec(
            prop_oneof![
                3 => proptest::sample::select(&[
                    "[IBAN_1]", "iban_1", "<IBAN_2>", "{{PHONE_1}}", "**[EMAIL_1]**", "[IBAN_99]",
                    "d'[IBAN_1]", "IBAN_1's", "\\[IBAN\\_2\\]", "[[PHONE_1]]", "[IBAN_1", "IBAN_10",
                    "[CONTRACT_3]", "[ PHONE_1 ]",
                ][..]).prop_map(str::to_string),
                2 => text(),
                1 => "[\\[\\]<>{}_ a-zA-Z0-9é😀]{0,12}",
            ],
            0..12,
        ),
        cuts in proptest::collection::vec(0usize..400, 0..20),
    ) {
        let mut session = Session::new(Vault::with_secret([4; 32]), Pseudonyms::Fakes);
        // Fill the vault: IBAN_1, IBAN_2, PHONE_1, EMAIL_1 and their fakes.
        let prompt = "FR76 3000 6000 0112 3456 7890 189 DE89 3704 0044 0532 0130 00 \
                      06 12 34 56 78 jean.dupont@exemple.fr";
        let fakes = engine().redact_with(prompt, &mut session).text;
        let mut answer: String = answer.concat();
        answer.push_str(&fakes);
        let mut cuts = cuts;
        cuts.sort_unstable();
        let whole = restore_streamed(&session, answer.as_bytes(), &[]);
        prop_assert_eq!(&restore_streamed(&session, answer.as_bytes(), &cuts), &whole);
        let one_by_one: Vec<usize> = (1..answer.len()).collect();
        prop_assert_eq!(&restore_streamed(&session, answer.as_bytes(), &one_by_one), &whole);
        prop_assert!(String::from_utf8(whole).is_ok());
    }

    /// Any bytes, even invalid UTF-8, cut anywhere: no panic, same output.
    #[test]
    fn streaming_arbitrary_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..200), cuts in proptest::collection::vec(0usize..200, 0..10)) {
        let mut session = Session::new(Vault::with_secret([5; 32]), Pseudonyms::Placeholders);
        engine().redact_with("FR76 3000 6000 0112 3456 7890 189", &mut session);
        let mut cuts = cuts;
        cuts.sort_unstable();
        let whole = restore_streamed(&session, &bytes, &[]);
        prop_assert_eq!(restore_streamed(&session, &bytes, &cuts), whole);
    }
}

#[test]
fn restorer_from_vault_matches_session_restore() {
    let mut session = Session::new(Vault::with_secret([6; 32]), Pseudonyms::Placeholders);
    engine().redact_with("IBAN FR76 3000 6000 0112 3456 7890 189", &mut session);
    let mut r = Restorer::new(session.vault());
    let mut out = r.push(b"ok [IBAN_1]");
    out.extend(r.finish());
    assert_eq!(out, b"ok FR76 3000 6000 0112 3456 7890 189");
}
