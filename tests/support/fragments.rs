//! Text generators for the property tests: documents assembled from fragments that hold real
//! findings (identifiers whose check digits are computed), look-alikes, French words,
//! separators, Unicode and evasion characters, so that the properties are tested on texts where
//! findings actually occur.

use caviard::validate::compute;
use proptest::prelude::*;

fn digits(n: usize) -> impl Strategy<Value = String> {
    proptest::collection::vec(0u8..10, n)
        .prop_map(|d| d.iter().map(|x| char::from(b'0' + x)).collect())
}

fn luhn_complete(prefix: &str) -> String {
    let d: Vec<u8> = prefix.bytes().map(|b| b - b'0').collect();
    format!("{prefix}{}", compute::luhn_check_digit(&d))
}

fn group(s: &str, size: usize, sep: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    chars
        .chunks(size)
        .map(|c| c.iter().collect::<String>())
        .collect::<Vec<_>>()
        .join(sep)
}

fn separator() -> impl Strategy<Value = &'static str> {
    prop_oneof![
        Just(" "),
        Just("\u{a0}"),
        Just("\u{202f}"),
        Just(""),
        Just("-")
    ]
}

pub fn iban() -> impl Strategy<Value = String> {
    (digits(21), digits(2), separator(), any::<bool>()).prop_map(|(bban, key, sep, lower)| {
        let bban = format!("{bban}{key}");
        let check = compute::iban_check_digits("FR", &bban);
        let compact = format!("FR{check:02}{bban}");
        let s = group(&compact, 4, sep);
        if lower {
            s.to_lowercase()
        } else {
            s
        }
    })
}

pub fn siren() -> impl Strategy<Value = String> {
    (digits(8), any::<bool>()).prop_map(|(d, spaced)| {
        let s = luhn_complete(&d);
        if spaced {
            group(&s, 3, " ")
        } else {
            format!("SIREN {s}")
        }
    })
}

pub fn nir() -> impl Strategy<Value = String> {
    (
        1u8..3,
        digits(2),
        1u8..13,
        1u8..96,
        digits(6),
        any::<bool>(),
    )
        .prop_map(|(sex, year, month, dept, rest, spaced)| {
            let first13 = format!("{sex}{year}{month:02}{dept:02}{rest}");
            let key = compute::nir_key(&first13);
            let s = format!("{first13}{key:02}");
            if spaced {
                format!(
                    "{} {} {} {} {} {} {}",
                    &s[0..1],
                    &s[1..3],
                    &s[3..5],
                    &s[5..7],
                    &s[7..10],
                    &s[10..13],
                    &s[13..15]
                )
            } else {
                s
            }
        })
}

pub fn card() -> impl Strategy<Value = String> {
    (digits(11), separator())
        .prop_map(|(d, sep)| group(&luhn_complete(&format!("4532{d}")), 4, sep))
}

pub fn phone() -> impl Strategy<Value = String> {
    (
        1u8..8,
        digits(8),
        prop_oneof![Just(" "), Just("."), Just("-"), Just("")],
    )
        .prop_map(|(first, rest, sep)| {
            let s = format!("0{first}{rest}");
            group(&s, 2, sep)
        })
}

pub fn email() -> impl Strategy<Value = String> {
    (
        prop_oneof![
            Just("jean.dupont"),
            Just("éloïse"),
            Just("compta+2024"),
            Just("a")
        ],
        prop_oneof![Just("exemple.fr"), Just("mail.société.fr"), Just("x.io")],
    )
        .prop_map(|(local, domain)| format!("{local}@{domain}"))
}

pub fn ipv4() -> impl Strategy<Value = String> {
    any::<[u8; 4]>().prop_map(|o| format!("{}.{}.{}.{}", o[0], o[1], o[2], o[3]))
}

fn word() -> impl Strategy<Value = &'static str> {
    prop_oneof![
        Just("facture"),
        Just("Bonjour"),
        Just("virement"),
        Just("société"),
        Just("n°"),
        Just("IBAN"),
        Just("SIREN"),
        Just("tél."),
        Just("Commande"),
        Just("€"),
        Just("12 345,67"),
        Just("2024-03-12"),
        Just("**** 4393"),
        Just("日本"),
        Just("🙂"),
        Just("\u{200b}"),
        Just("\u{feff}"),
        Just("(at)"),
        Just("arobase"),
        Just("０６"),
    ]
}

fn sep() -> impl Strategy<Value = &'static str> {
    prop_oneof![
        4 => Just(" "),
        1 => Just("\n"),
        1 => Just(", "),
        1 => Just("\u{a0}"),
        1 => Just("\t"),
        1 => Just(""),
        1 => Just(" : "),
    ]
}

/// One fragment of a document: often an identifier, else words, digits or arbitrary text.
pub fn fragment() -> impl Strategy<Value = String> {
    prop_oneof![
        2 => iban(),
        2 => siren(),
        2 => nir(),
        2 => card(),
        2 => phone(),
        2 => email(),
        1 => ipv4(),
        6 => word().prop_map(str::to_string),
        2 => digits(9),
        1 => "\\PC{0,12}",
    ]
}

/// A document: fragments joined by separators.
pub fn document() -> impl Strategy<Value = String> {
    proptest::collection::vec((fragment(), sep()), 0..24).prop_map(|parts| {
        let mut s = String::new();
        for (f, sep) in parts {
            s.push_str(&f);
            s.push_str(sep);
        }
        s
    })
}

/// A document as bytes, with invalid UTF-8 sequences spliced in between fragments.
pub fn document_bytes() -> impl Strategy<Value = Vec<u8>> {
    let invalid = prop_oneof![
        Just(vec![0xff]),
        Just(vec![0xc3]),
        Just(vec![0xe2, 0x82]),
        Just(vec![0xed, 0xa0, 0x80]),
        Just(vec![0x80, 0x80]),
        Just(vec![]),
    ];
    proptest::collection::vec((document(), invalid), 0..4).prop_map(|parts| {
        let mut out = Vec::new();
        for (doc, bad) in parts {
            out.extend_from_slice(doc.as_bytes());
            out.extend_from_slice(&bad);
        }
        out
    })
}
