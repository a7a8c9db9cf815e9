//! A session: redaction that numbers from a [`Vault`] and records into it, so that every call
//! of a conversation shares its placeholders (or fake values), and the answer can be restored.
//!
//! ```
//! use caviard::{Engine, Pseudonyms, Session, Vault};
//!
//! let engine = Engine::default();
//! let mut session = Session::new(Vault::new().unwrap(), Pseudonyms::Placeholders);
//! let prompt = engine.redact_with("Virement sur FR76 3000 6000 0112 3456 7890 189 ?", &mut session);
//! assert_eq!(prompt.text, "Virement sur [IBAN_1] ?");
//! // A later call of the same conversation: the same IBAN, however written, is still [IBAN_1].
//! let again = engine.redact_with("et fr7630006000011234567890189", &mut session);
//! assert_eq!(again.text, "et [IBAN_1]");
//!
//! let answer = "C'est fait : le virement vers **IBAN_1** part demain.";
//! let restored = session.restore(answer);
//! assert_eq!(restored.text, "C'est fait : le virement vers **FR76 3000 6000 0112 3456 7890 189** part demain.");
//! assert!(restored.unresolved.is_empty());
//! ```

use std::collections::{HashMap, HashSet};
use std::fmt::Write;

use aho_corasick::AhoCorasick;

use crate::fake::{fake, FakeRng};
use crate::finding::Finding;
use crate::mask::{normalize_into, Mask};
use crate::restore::{Restored, Restorer, MIN_FAKE_LEN};
use crate::vault::{now, Vault};

/// How a session writes findings.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pseudonyms {
    /// `[IBAN_1]`, `[PERSON_2]`.
    Placeholders,
    /// Realistic fake values of the same format (a valid IBAN of the same country, a French
    /// first name and surname). Where no fake can be made, the placeholder is written.
    Fakes,
}

/// How many fake values are drawn for one real value before giving up on fakes for it (each
/// draw is refused when it equals a real value or another fake).
const FAKE_ATTEMPTS: u32 = 32;

/// Redaction state shared by the calls of one conversation. Implements [`Mask`], so it plugs
/// into [`crate::Engine::redact_with`].
#[derive(Debug)]
pub struct Session {
    vault: Vault,
    pseudonyms: Pseudonyms,
    scratch: String,
}

impl Session {
    pub fn new(vault: Vault, pseudonyms: Pseudonyms) -> Session {
        Session {
            vault,
            pseudonyms,
            scratch: String::new(),
        }
    }

    pub fn vault(&self) -> &Vault {
        &self.vault
    }

    pub fn into_vault(self) -> Vault {
        self.vault
    }

    /// `text` with the placeholders and fake values of this session's vault replaced by the
    /// originals; unknown placeholders are kept and listed in [`Restored::unresolved`].
    pub fn restore(&self, text: &str) -> Restored {
        let mut r = self.restorer();
        let mut out = r.push(text.as_bytes());
        r.finish_into(&mut out);
        Restored {
            // Only whole placeholders are replaced by whole strings: the result stays UTF-8.
            text: String::from_utf8(out)
                .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()),
            unresolved: r.unresolved().to_vec(),
            restored: r.restored(),
        }
    }

    /// A streaming restorer over this session's vault as it is now.
    pub fn restorer(&self) -> Restorer {
        Restorer::new(&self.vault)
    }

    /// Gives each entry of `pending` a fake value: valid for its kind, not equal to any real
    /// value of the vault, not another entry's fake, and not found anywhere in `text` (so
    /// that restore never mistakes text the user wrote for a fake). Draws for all entries at
    /// once, then checks them against the text in one Aho-Corasick pass, and draws again only
    /// for those found in it.
    fn make_fakes(&mut self, mut pending: Vec<usize>, text: &str) {
        let mut attempts: HashMap<usize, u32> = HashMap::new();
        while !pending.is_empty() {
            let mut drawn: Vec<(usize, String)> = Vec::with_capacity(pending.len());
            let mut taken: HashSet<String> = HashSet::new();
            for &i in &pending {
                let attempt = attempts.entry(i).or_insert(0);
                if let Some(candidate) = self.draw(i, attempt, &taken) {
                    taken.insert(candidate.clone());
                    drawn.push((i, candidate));
                }
            }
            let in_text = match AhoCorasick::new(drawn.iter().map(|(_, c)| c.as_str())) {
                Ok(ac) => {
                    let mut found = vec![false; drawn.len()];
                    for m in ac.find_overlapping_iter(text) {
                        found[m.pattern().as_usize()] = true;
                    }
                    found
                }
                // Too large an automaton: no fakes this time (placeholders are written).
                Err(_) => return,
            };
            pending.clear();
            for ((i, candidate), found) in drawn.into_iter().zip(in_text) {
                if found {
                    *attempts.entry(i).or_insert(0) += 1;
                    pending.push(i);
                } else {
                    self.vault.set_fake(i, candidate);
                }
            }
        }
    }

    /// The first acceptable fake for entry `i` from draw number `attempt` on (advanced past
    /// the draws refused); `None` after [`FAKE_ATTEMPTS`] draws.
    fn draw(&mut self, i: usize, attempt: &mut u32, taken: &HashSet<String>) -> Option<String> {
        let entry = self.vault.entry(i);
        let (kind, original, normalized) = (
            entry.kind.clone(),
            entry.original.clone(),
            entry.normalized.clone(),
        );
        while *attempt < FAKE_ATTEMPTS {
            let mut rng = FakeRng::new(self.vault.secret(), &kind, &normalized, *attempt);
            if let Some(candidate) = fake(&kind, &original, &mut rng) {
                normalize_into(&kind, &candidate, &mut self.scratch);
                // A fake shorter than restore recognises could never be given back (found by
                // the `restore` fuzz target: a one-letter name faked as "Guy").
                let clashes = candidate.len() < MIN_FAKE_LEN
                    || taken.contains(&candidate)
                    || self.vault.by_value(&kind, &self.scratch).is_some()
                    || self.vault.by_fake(&candidate).is_some()
                    || self.vault.is_original(&candidate);
                if !clashes {
                    return Some(candidate);
                }
            }
            *attempt += 1;
        }
        None
    }
}

impl Mask for Session {
    fn prepare(&mut self, text: &str, findings: &[Finding]) {
        let at = now();
        // Every real value first, so that no fake drawn below can equal one of them.
        let mut recorded = Vec::with_capacity(findings.len());
        for f in findings {
            let value = f.text(text);
            normalize_into(&f.kind, value, &mut self.scratch);
            let scratch = std::mem::take(&mut self.scratch);
            recorded.push(self.vault.record(&f.kind, value, &scratch, at));
            self.scratch = scratch;
        }
        if self.pseudonyms == Pseudonyms::Fakes {
            let mut pending: Vec<usize> = recorded
                .into_iter()
                .filter(|&i| self.vault.entry(i).fake.is_none())
                .collect();
            pending.sort_unstable();
            pending.dedup();
            self.make_fakes(pending, text);
        }
    }

    fn mask_into(&mut self, finding: &Finding, value: &str, out: &mut String) {
        normalize_into(&finding.kind, value, &mut self.scratch);
        let entry = match self.vault.by_value(&finding.kind, &self.scratch) {
            Some(e) => e,
            None => {
                // Not prepared (a caller masking findings one by one): record it now.
                let scratch = std::mem::take(&mut self.scratch);
                let i = self.vault.record(&finding.kind, value, &scratch, now());
                self.scratch = scratch;
                self.vault.entry(i)
            }
        };
        match (&entry.fake, self.pseudonyms) {
            (Some(fake), Pseudonyms::Fakes) => out.push_str(fake),
            _ => {
                let _ = write!(out, "[{}_{}]", entry.kind, entry.number);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Engine;

    #[test]
    fn fakes_round_trip_and_differ_from_real_values() {
        let engine = Engine::default();
        let mut session = Session::new(Vault::with_secret([3; 32]), Pseudonyms::Fakes);
        let text = "IBAN FR76 3000 6000 0112 3456 7890 189, SIRET 732 829 320 00074, \
                    tél. 06 12 34 56 78, mail jean.dupont@exemple.fr, carte 4532 0151 1283 0366.";
        let r = engine.redact_with(text, &mut session);
        assert_eq!(r.findings.len(), 5, "{:?}", r.findings);
        for f in &r.findings {
            assert!(!r.text.contains(f.text(text)), "{} survived", f.kind);
        }
        // The fakes are still findings of the same kinds: same format, valid checksums.
        let again = engine.scan(&r.text);
        let kinds: Vec<_> = again.iter().map(|f| f.kind.clone()).collect();
        let expected: Vec<_> = r.findings.iter().map(|f| f.kind.clone()).collect();
        assert_eq!(kinds, expected, "{}", r.text);
        assert_eq!(session.restore(&r.text).text, text);
        // Deterministic per vault secret.
        let mut other = Session::new(Vault::with_secret([3; 32]), Pseudonyms::Fakes);
        assert_eq!(engine.redact_with(text, &mut other).text, r.text);
    }

    #[test]
    fn a_fake_found_in_the_text_is_drawn_again() {
        let engine = Engine::default();
        let iban = "FR76 3000 6000 0112 3456 7890 189";
        let mut first = Session::new(Vault::with_secret([8; 32]), Pseudonyms::Fakes);
        let fake1 = engine.redact_with(iban, &mut first).text;
        // The same vault secret, but the text already holds that fake (glued to letters, so
        // not a finding): another fake must be drawn.
        let text = format!("{iban} réfX{fake1}X");
        let mut second = Session::new(Vault::with_secret([8; 32]), Pseudonyms::Fakes);
        let r = engine.redact_with(&text, &mut second);
        assert_eq!(r.findings.len(), 1, "{:?}", r.findings);
        let fake2 = second.vault().entries()[0].fake.clone().unwrap();
        assert_ne!(fake2, fake1);
        assert!(!text.contains(&fake2));
        assert_eq!(second.restore(&r.text).text, text);
    }
}
