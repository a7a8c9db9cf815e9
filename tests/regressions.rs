//! Bugs found by the property tests and the fuzz targets, one test each, named after the bug.

#[path = "support/trickle.rs"]
mod trickle;

use caviard::{Engine, Style};
use trickle::Trickle;

/// Found by `properties::redaction_is_idempotent`: the second of two IBANs separated by a
/// space was taken for the tail of a grouped number ("… 000 FR76 …") and left unmasked; it
/// was only caught when the redacted text was redacted again.
#[test]
fn iban_right_after_an_iban_ending_in_digits_is_found() {
    let text = "FR76 0000 0000 0000 0000 0000 000 FR76 0000 0000 0000 0000 0000 000 ";
    let r = Engine::default().redact(text, &Style::Label);
    assert_eq!(r.text, "[IBAN] [IBAN] ");
}

/// The same fix must not make a digit group glued to a longer number a finding: a number
/// still cannot start in the middle of a grouped number.
#[test]
fn digit_led_candidate_after_a_digit_group_is_still_refused() {
    let r = Engine::default().redact("réf. 12 06 12 34 56 78", &Style::Label);
    assert_eq!(r.text, "réf. 12 06 12 34 56 78");
}

/// Found by `properties::redaction_is_idempotent`: the placeholder `[SIREN_1]` left by a first
/// redaction served as the context word "siren" for a bare 9-digit number next to it, so
/// redacting the redacted text masked more than the first pass.
#[test]
fn placeholder_is_not_a_context_word() {
    let engine = Engine::default();
    let once = engine.redact("000 000 018\t490724150\n", &Style::Placeholder);
    assert_eq!(once.text, "[SIREN_1]\t490724150\n");
    let twice = engine.redact(&once.text, &Style::Placeholder);
    assert_eq!(twice.text, once.text);
    // A real context word still counts.
    let r = engine.redact("SIREN 490724150", &Style::Label);
    assert_eq!(r.findings.len(), 1, "{}", r.text);
}

/// Found by the `redact` fuzz target (artifact crash-32d149cb…) and by
/// `properties::redaction_is_idempotent`: "::" was an IPv6 finding, and its partial mask
/// ("::", the first group kept and nothing left to hide) was the value itself, so the
/// "masked" output still held it. Then (third fuzz run) "77::" was shown whole by the partial
/// mask of its neighbour "77::7" ("77::*"). An IPv6 finding now needs two non-empty groups
/// ("::", "::1", "77::" identify no one), and a partial mask that would equal its value
/// masks every letter and digit instead.
#[test]
fn partial_mask_never_shows_a_whole_value() {
    let engine = Engine::default();
    for text in ["adresse :: ici", "route 1:: et ::1", "77:: puis 77::7"] {
        let r = engine.redact(text, &Style::Partial);
        assert!(
            r.findings
                .iter()
                .all(|f| f.text(text).matches(':').count() < 3 && f.span.len() > 4),
            "{text}: {:?}",
            r.findings
        );
        for f in &r.findings {
            assert!(!r.text.contains(f.text(text)), "{text} -> {}", r.text);
        }
    }
    let r = engine.redact("via fe80::1 ou 2001:db8::ff00:42", &Style::Partial);
    assert_eq!(r.text, "via fe80::* ou 2001:***::****:**");
}

/// Found on the client evaluation set once PERSON was on by default: the civility rule took
/// "Girard de Fromagerie Kowalski" for one name (a particle then capitalised words), and the
/// longer PERSON finding hid the listed client, which was never reported as CLIENT. A listed
/// client now ends the name before it.
#[test]
fn person_name_stops_before_a_listed_client() {
    let clients = caviard::ClientList::from_names(["Fromagerie Kowalski"]).unwrap();
    let engine = caviard::EngineBuilder::new()
        .clients(clients)
        .build()
        .unwrap();
    let text = "Mme Girard de Fromagerie Kowalski a appelé.";
    let found: Vec<(String, &str)> = engine
        .scan(text)
        .iter()
        .map(|f| (f.kind.to_string(), f.text(text)))
        .collect();
    assert_eq!(
        found,
        [
            ("PERSON".to_string(), "Girard"),
            ("CLIENT".to_string(), "Fromagerie Kowalski")
        ]
    );
}

/// Found by the `redact` fuzz target (session 3, artifacts crash-d38ee1f3… and
/// crash-6467c73d…): after a list separator any capitalised word is a name, so the lone
/// letter "I" in "IIIIII;I" became a PERSON finding, and the partial mask of "IIIIII"
/// ("I*****") showed its value; then "E-E" was shown by the mask of "E-EE" ("E-E*"). A name
/// needs a word of two letters or more.
#[test]
fn letters_alone_are_not_a_person() {
    for text in ["EcE/IIIIII;I", "EcE/E-EE/EEcE/E-E"] {
        let found = Engine::default().scan(text);
        assert!(
            found.iter().all(|f| f
                .text(text)
                .split(|c: char| !c.is_alphabetic())
                .any(|w| w.chars().count() >= 2)),
            "{text}: {found:?}"
        );
    }
    // The input itself is in fuzz/corpus/redact, replayed by tests/fuzz_checks.rs.
}

/// Found by `properties::chunked_and_streamed_equal_whole_text` (blocks of 21 bytes read 23
/// at a time): each block kept as look-back only the bytes it had itself brought, never more
/// than one block, so with blocks shorter than the look-back the word "Commande" before a
/// card number fell out of sight and the streamed output masked a number the whole-text
/// redaction leaves alone (it is an order number's neighbour, not a card).
#[test]
fn streamed_look_back_spans_blocks_shorter_than_it() {
    let bytes = include_bytes!("data/stream-short-blocks.bin");
    let engine = Engine::default();
    let mut whole_masker = caviard::Masker::new(Style::Placeholder);
    let (whole, findings) = engine.redact_bytes(bytes, &mut whole_masker);
    assert_eq!(findings.len(), 3);
    let cfg = caviard::ChunkConfig {
        block: 21,
        piece: 72,
        overlap: 256,
        lookback: 128,
    };
    let mut out = Vec::new();
    let mut masker = caviard::Masker::new(Style::Placeholder);
    let stats = caviard::redact_stream(
        &engine,
        &mut masker,
        Trickle(bytes, 23),
        &mut out,
        &cfg,
        |_| {},
        |_, _| {},
    )
    .unwrap();
    assert_eq!(stats.findings, 3);
    assert!(
        out == whole,
        "streamed output differs from the whole-text redaction"
    );
}

/// Found by the `redact` fuzz target (session 7, crash-ded25f05…, see `tests/fuzz_checks.rs`):
/// the partial mask of an e-mail keeps its domain, which named the person or client masked
/// elsewhere in the text. Such a mask now hides every letter and digit; other e-mails keep
/// their domain.
#[test]
fn partial_email_mask_hides_a_domain_naming_a_masked_person() {
    let text = "M. Dupont écrit depuis j.dupont@dupont-avocats.fr, Mme Lefèvre depuis \
                contact@atelier-lefevre.fr, le support depuis aide@exemple.fr.";
    let out = Engine::default().redact(text, &Style::Partial).text;
    assert_eq!(
        out,
        "M. D***** écrit depuis *.******@******-*******.**, Mme L****** depuis \
         *******@*******-*******.**, le support depuis a***@exemple.fr."
    );
}

/// The same guard must not hide a domain for a name that is only part of one of its words
/// ("Port" in "support"), nor for a finding of another input.
#[test]
fn partial_email_mask_keeps_a_domain_that_names_no_one_masked() {
    let engine = Engine::default();
    let mut masker = caviard::Masker::new(Style::Partial);
    let first = engine.redact_with("Bonjour M. Port,", &mut masker).text;
    assert_eq!(first, "Bonjour M. P***,");
    let second = engine
        .redact_with(
            "Écrire à aide@support.exemple.fr ou à M. Port.",
            &mut masker,
        )
        .text;
    assert_eq!(second, "Écrire à a***@support.exemple.fr ou à M. P***.");
    let third = engine
        .redact_with("Écrire à aide@port.fr.", &mut masker)
        .text;
    assert_eq!(third, "Écrire à a***@port.fr.");
}

/// Found on a sprint board's tab-separated table: a tab after a 4-digit ticket number
/// ("APP-2738\tBug connexion") was taken for the tab between two digit groups of a phone
/// number or an IBAN, so the row was scanned again as a view of its own, without the table's
/// header; there the "Statut" column's "Done", a first name of the lexicon, read as a name.
#[test]
fn tab_after_a_ticket_number_keeps_its_row_in_the_table() {
    let text = "Ticket\tRésumé\tAssigné\tStatut\n\
                APP-2738\tBug connexion\tRudy Longueteau\tDone\n\
                APP-2903\tAlerte stock bas\tEdin H.\tDone\n";
    let r = Engine::default().redact(text, &Style::Label);
    let masked: Vec<&str> = r
        .findings
        .iter()
        .map(|f| &text[f.span.start..f.span.end])
        .collect();
    assert!(!masked.contains(&"Done"), "{masked:?}");
    assert!(masked.contains(&"Rudy Longueteau"), "{masked:?}");
}
