//! What `caviard watch` does with each clipboard text: the decisions, apart from the platform
//! and the loop, so that they are tested with an in-memory clipboard.
//!
//! A new text is scanned once and classified under the policy. With `--restore` and a session,
//! a text that names placeholders (or fake values) of the session and holds no new sensitive
//! value at or above `--min-level` is restored: it is the model's answer. A text holding both
//! placeholders and new values is a new prompt being written: it is redacted (its placeholders
//! stay, the new values get the session's next numbers), never restored, so that the clipboard
//! never holds originals next to values about to be sent.

use std::collections::VecDeque;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::PathBuf;

use clap::ValueEnum;
use sha2::{Digest, Sha256};

use caviard::{audit, Classification, Criticity, Decision, Engine, Kind, Policy, Restorer, Vault};

use super::assess::{blocking_decision, level_of_findings, Summary};
use super::clipboard::{ClipError, Clipboard};
use super::pseudonyms::Pseudonymizer;

/// What to do with a clipboard text at or above `--min-level`.
#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// Replace the clipboard with the redacted text.
    Redact,
    /// Only tell (stderr, and a notification with --notify); the clipboard is left unchanged.
    Warn,
    /// As redact, but empty the clipboard when the policy's decision for the text is
    /// on-premise or block (by default: secrets, classification markings).
    Block,
}

impl Mode {
    pub fn as_str(self) -> &'static str {
        match self {
            Mode::Redact => "redact",
            Mode::Warn => "warn",
            Mode::Block => "block",
        }
    }
}

pub struct Settings {
    pub mode: Mode,
    pub min_level: Criticity,
    /// `--restore`: put the session's originals back into texts made of its placeholders.
    pub restore: bool,
}

/// What one check of the clipboard found and did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Event {
    /// The text is the one seen last (which includes caviard's own writes), or one of its own
    /// recent redactions copied again: not acted on.
    Unchanged,
    /// Empty, or not text (an image, files): left alone.
    NoText,
    /// Nothing sensitive.
    Clean,
    /// Sensitive, but below `--min-level`: left alone.
    BelowMinLevel(Criticity),
    /// The clipboard now holds the redacted text; `left`: what redaction cannot mask (marker
    /// words, policy keywords) at or above `--min-level`, with the residual level.
    Redacted {
        masked: Summary,
        left: Option<(Criticity, Summary)>,
    },
    /// Redact mode, at or above `--min-level`, but nothing to mask (markers or keywords only):
    /// left unchanged, the user is told.
    Unmaskable(Criticity, Summary),
    /// `--mode warn`: findings reported, clipboard unchanged.
    Warned(Criticity, Summary),
    /// `--mode block` and a blocking decision: the clipboard was emptied.
    Blocked {
        level: Criticity,
        decision: Decision,
        summary: Summary,
    },
    /// `--restore`: the clipboard now holds the text with the session's originals.
    Restored { count: usize, unresolved: usize },
    /// `--restore` in block mode: with the originals the text would be blocked; the
    /// placeholders stay.
    RestoreRefused {
        level: Criticity,
        decision: Decision,
    },
    /// `--restore` failed (vault unreadable, write failed); the clipboard still holds the
    /// placeholders, which is safe.
    RestoreFailed(String),
    /// Another application replaced the text while it was being checked: checked again at the
    /// next tick, nothing written.
    ChangedMeanwhile,
    /// The clipboard holds text that is not UTF-8 (reported once, left alone).
    NotUtf8,
    /// The clipboard cannot be reached; reported once per outage, retried at every tick.
    Unavailable(String),
    /// Still unreachable (already reported).
    StillUnavailable,
    /// The engine failed on the text. In redact and block mode the clipboard is emptied
    /// (fail closed); `cleared` says whether that worked. Warn mode leaves it.
    CheckFailed { cleared: bool },
    /// The session's vault could not record the values (unreadable, wrong key, disk full):
    /// no placeholder may be written that the vault lacks, so the clipboard was emptied if
    /// possible (`cleared`).
    SessionFailed { error: String, cleared: bool },
    /// The redacted text (or the empty one) could not be written; the clipboard was then
    /// emptied if possible (`cleared`).
    WriteFailed { error: String, cleared: bool },
    /// The audit record the policy asks for could not be written: nothing that would have
    /// gone unrecorded is written, the clipboard was emptied if possible (`cleared`; warn
    /// mode never writes).
    AuditFailed { error: String, cleared: bool },
    /// The previous failure to replace or empty the text goes on (already reported).
    StillFailing,
}

impl Event {
    /// The line for stderr (and the notification), if this event deserves one.
    pub fn message(&self, mode: Mode) -> Option<String> {
        Some(match self {
            Event::Unchanged
            | Event::NoText
            | Event::Clean
            | Event::BelowMinLevel(_)
            | Event::ChangedMeanwhile
            | Event::StillUnavailable
            | Event::StillFailing => return None,
            Event::Redacted { masked, left: None } => format!("clipboard redacted: {masked}"),
            Event::Redacted {
                masked,
                left: Some((level, left)),
            } => format!("clipboard redacted: {masked}; still {level} after redaction: {left}"),
            Event::Unmaskable(level, summary) => format!(
                "warning: the clipboard holds {level} data that redaction cannot mask \
                 (left unchanged): {summary}"
            ),
            Event::Warned(level, summary) => {
                format!("warning: the clipboard holds {level} data (left unchanged): {summary}")
            }
            Event::Blocked {
                level,
                decision,
                summary,
            } => format!("clipboard emptied ({level}, decision {decision}): {summary}"),
            Event::Restored {
                count,
                unresolved: 0,
            } => format!("clipboard restored: {count} value(s) of the session put back"),
            Event::Restored { count, unresolved } => format!(
                "clipboard restored: {count} value(s) of the session put back; {unresolved} \
                 placeholder(s) not in the session left as they are"
            ),
            Event::RestoreRefused { level, decision } => format!(
                "clipboard not restored: with the originals the text would be {level} \
                 (decision {decision}), which --mode block keeps off the clipboard"
            ),
            Event::RestoreFailed(error) => {
                format!("error: cannot restore ({error}): clipboard left unchanged")
            }
            Event::NotUtf8 => {
                "the clipboard text is not valid UTF-8: not checked, left unchanged".to_string()
            }
            Event::Unavailable(why) => format!("cannot read the clipboard ({why}); retrying"),
            Event::CheckFailed { cleared: true } => {
                "error: the clipboard text could not be checked: clipboard emptied".to_string()
            }
            Event::CheckFailed { cleared: false } if mode == Mode::Warn => {
                "error: the clipboard text could not be checked: treat it as sensitive".to_string()
            }
            Event::CheckFailed { cleared: false } => "error: the clipboard text could not be \
                checked nor the clipboard emptied: do not paste it"
                .to_string(),
            Event::SessionFailed {
                error,
                cleared: true,
            } => format!("error: the session's vault failed ({error}): clipboard emptied"),
            Event::SessionFailed {
                error,
                cleared: false,
            } => format!(
                "error: the session's vault failed ({error}) and the clipboard cannot be \
                 emptied: it still holds sensitive data, do not paste it"
            ),
            Event::AuditFailed {
                error,
                cleared: true,
            } => format!("error: cannot write the audit record ({error}): clipboard emptied"),
            Event::AuditFailed {
                error,
                cleared: false,
            } if mode == Mode::Warn => format!("error: cannot write the audit record ({error})"),
            Event::AuditFailed {
                error,
                cleared: false,
            } => format!(
                "error: cannot write the audit record ({error}) nor empty the clipboard: it \
                 still holds sensitive data, do not paste it"
            ),
            Event::WriteFailed {
                error,
                cleared: true,
            } => format!("error: cannot write the redacted text ({error}): clipboard emptied"),
            Event::WriteFailed {
                error,
                cleared: false,
            } => format!(
                "error: cannot write the redacted text nor empty the clipboard ({error}): \
                 it still holds sensitive data, do not paste it"
            ),
        })
    }
}

type TextHash = [u8; 32];

fn hash(text: &str) -> TextHash {
    Sha256::digest(text.as_bytes()).into()
}

/// A hash that ignores how the text is spaced: clipboard managers and chat windows trim
/// trailing newlines or turn `\n` into `\r\n`, and such a copy of caviard's own redaction must
/// still be recognised as its own.
fn loose_hash(text: &str) -> TextHash {
    let mut h = Sha256::new();
    for word in text.split_whitespace() {
        h.update(word.as_bytes());
        h.update([0]);
    }
    h.finalize().into()
}

/// How many of its own redactions the watcher remembers (as loose hashes, never the text).
const OWN_REDACTIONS: usize = 16;

/// Checks the clipboard and acts on it, remembering what it saw (a hash, never the text).
pub struct Watcher<'e> {
    engine: &'e Engine,
    policy: &'e Policy,
    settings: Settings,
    pseudonyms: Pseudonymizer,
    /// The hash of the text seen last, or written last by caviard itself.
    last_seen: Option<TextHash>,
    /// The texts caviard redacted itself, most recent last: when one comes back (a clipboard
    /// manager re-owning it, the user copying the redacted prompt from the chat window), it is
    /// neither redacted again nor restored, so that no write ever answers another.
    own_redactions: VecDeque<TextHash>,
    /// The text caviard restored last, while it is still the clipboard's text (respaced by a
    /// clipboard manager or not): not redacted again. Forgotten as soon as another text or
    /// no text is seen, so that a restored text copied again later is redacted.
    last_restored: Option<TextHash>,
    /// The next tick must read the clipboard even if no change was signalled.
    retry: bool,
    unavailable: bool,
    recovered: bool,
    not_utf8: bool,
    /// The text caviard failed to replace or empty, while that failure lasts.
    failing: Option<TextHash>,
    /// The audit trail (`--audit`, or `audit` in the policy): one record per action.
    audit: Option<PathBuf>,
    /// The masking style, for the audit records.
    style: &'static str,
}

impl<'e> Watcher<'e> {
    pub fn new(
        engine: &'e Engine,
        policy: &'e Policy,
        settings: Settings,
        pseudonyms: Pseudonymizer,
    ) -> Watcher<'e> {
        Watcher {
            engine,
            policy,
            settings,
            pseudonyms,
            last_seen: None,
            own_redactions: VecDeque::with_capacity(OWN_REDACTIONS),
            last_restored: None,
            retry: false,
            unavailable: false,
            recovered: false,
            not_utf8: false,
            failing: None,
            audit: None,
            style: "placeholder",
        }
    }

    /// Records each action (redacted, emptied, warned) in this audit trail, as `caviard
    /// redact` records a run: HMACs of the texts, kinds, levels, decision; never a value.
    /// `style` is the masking style's name.
    pub fn with_audit(mut self, audit: Option<PathBuf>, style: &'static str) -> Self {
        self.audit = audit;
        self.style = style;
        self
    }

    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// True when the last check did not finish its job and must run again at the next tick,
    /// whether or not the clipboard signals a change.
    pub fn needs_retry(&self) -> bool {
        self.retry
    }

    /// True once after the clipboard became reachable again following an outage.
    pub fn take_recovered(&mut self) -> bool {
        std::mem::take(&mut self.recovered)
    }

    /// Reads the clipboard and, if it holds new text, scans it and acts according to the mode.
    pub fn check(&mut self, clipboard: &mut dyn Clipboard) -> Event {
        self.retry = false;
        let read = clipboard.get_text();
        if !matches!(read, Err(ClipError::Unavailable(_))) && self.unavailable {
            self.unavailable = false;
            self.recovered = true;
        }
        let text = match read {
            Ok(Some(text)) => text,
            Ok(None) => {
                // Forget the last text: copying it again (after an image) is a new copy.
                self.last_seen = None;
                self.last_restored = None;
                self.not_utf8 = false;
                self.failing = None;
                return Event::NoText;
            }
            Err(ClipError::NotUtf8) => {
                self.last_seen = None;
                return if std::mem::replace(&mut self.not_utf8, true) {
                    Event::Unchanged
                } else {
                    Event::NotUtf8
                };
            }
            Err(ClipError::Unavailable(why)) => {
                self.retry = true;
                return if std::mem::replace(&mut self.unavailable, true) {
                    Event::StillUnavailable
                } else {
                    Event::Unavailable(why)
                };
            }
        };
        self.not_utf8 = false;
        let text_hash = hash(&text);
        if self.last_seen == Some(text_hash) {
            return Event::Unchanged;
        }
        self.last_seen = Some(text_hash);
        if text.is_empty() {
            self.last_restored = None;
            return Event::NoText;
        }
        let loose = loose_hash(&text);
        if self.last_restored.take() == Some(loose) {
            self.last_restored = Some(loose);
            return Event::Unchanged;
        }
        if self.own_redactions.contains(&loose) {
            return Event::Unchanged;
        }
        self.act_on(clipboard, &text, text_hash)
    }

    fn act_on(&mut self, clipboard: &mut dyn Clipboard, text: &str, text_hash: TextHash) -> Event {
        let mode = self.settings.mode;
        let min_level = self.settings.min_level;
        let (engine, policy) = (self.engine, self.policy);
        // Forgotten on success; kept (and not reported again) by `failure`.
        let already_failing = self.failing.take() == Some(text_hash);
        // The engine must not panic; if it does anyway, the text is unchecked: fail closed.
        let mut findings = match catch_unwind(AssertUnwindSafe(|| engine.scan(text))) {
            Ok(findings) => findings,
            Err(_) => return self.check_failed(clipboard, text_hash, already_failing),
        };
        // The session as it is now: its fake values are not new findings, and its
        // placeholders may be restored. Read only when needed: a vault file costs a read and
        // a decryption.
        let vault =
            if self.settings.restore || (self.pseudonyms.makes_fakes() && !findings.is_empty()) {
                self.pseudonyms.vault()
            } else {
                Ok(None)
            };
        if let Ok(Some(vault)) = &vault {
            findings.retain(|f| vault.by_fake(f.text(text)).is_none());
        }
        if self.settings.restore {
            let new_level = level_of_findings(policy, &findings);
            let only_old_values = findings.is_empty() || new_level < min_level;
            match &vault {
                Ok(Some(vault)) if only_old_values && names_the_session(text, vault) => {
                    if let Some(event) = self.restore(clipboard, text, text_hash, vault) {
                        return event;
                    }
                }
                Err(error) if only_old_values && looks_like_placeholders(text) => {
                    return Event::RestoreFailed(error.clone());
                }
                _ => {}
            }
        }
        let c = match catch_unwind(AssertUnwindSafe(|| {
            policy.classify(text.as_bytes(), &findings)
        })) {
            Ok(c) => c,
            Err(_) => return self.check_failed(clipboard, text_hash, already_failing),
        };
        if c.raw == Criticity::Public {
            return Event::Clean;
        }
        if c.raw < min_level {
            return Event::BelowMinLevel(c.raw);
        }
        if mode == Mode::Warn {
            if let Err(error) = self.record(&c, text, None) {
                return Event::AuditFailed {
                    error,
                    cleared: false,
                };
            }
            return Event::Warned(c.raw, Summary::of(&c));
        }
        let block = match mode {
            Mode::Block => blocking_decision(policy, &c),
            _ => None,
        };
        if block.is_none() && findings.is_empty() {
            return Event::Unmaskable(c.raw, Summary::of(&c));
        }
        if !self.unchanged_since_read(clipboard, text_hash) {
            return Event::ChangedMeanwhile;
        }
        if let Some(decision) = block {
            // Emptied whether or not the record can be written: that is the safe side.
            let recorded = self.record(&c, text, None);
            return match (clipboard.clear(), recorded) {
                (Ok(()), Err(error)) => {
                    self.last_seen = Some(hash(""));
                    Event::AuditFailed {
                        error,
                        cleared: true,
                    }
                }
                (Ok(()), Ok(())) => {
                    self.last_seen = Some(hash(""));
                    Event::Blocked {
                        level: c.raw,
                        decision,
                        summary: Summary::of(&c),
                    }
                }
                (Err(err), _) => self.failure(
                    Event::WriteFailed {
                        error: err.to_string(),
                        cleared: false,
                    },
                    false,
                    text_hash,
                    already_failing,
                ),
            };
        }
        let pseudonyms = &mut self.pseudonyms;
        let redacted = match catch_unwind(AssertUnwindSafe(|| pseudonyms.redact(text, &findings))) {
            Ok(Ok(redacted)) => redacted,
            Ok(Err(error)) => {
                let cleared = self.empty(clipboard);
                let event = Event::SessionFailed { error, cleared };
                return self.failure(event, cleared, text_hash, already_failing);
            }
            Err(_) => return self.check_failed(clipboard, text_hash, already_failing),
        };
        if let Err(error) = self.record(&c, text, Some(&redacted)) {
            let cleared = self.empty(clipboard);
            let event = Event::AuditFailed { error, cleared };
            return self.failure(event, cleared, text_hash, already_failing);
        }
        let redacted_hash = hash(&redacted);
        let own = loose_hash(&redacted);
        match clipboard.set_text(redacted) {
            Ok(()) => {
                self.last_seen = Some(redacted_hash);
                if self.own_redactions.len() == OWN_REDACTIONS {
                    self.own_redactions.pop_front();
                }
                self.own_redactions.push_back(own);
                let left = Summary::remaining(&c, min_level);
                Event::Redacted {
                    masked: Summary::kinds(&c),
                    left: (!left.is_empty()).then_some((c.residual, left)),
                }
            }
            Err(err) => {
                let cleared = self.empty(clipboard);
                let event = Event::WriteFailed {
                    error: err.to_string(),
                    cleared,
                };
                self.failure(event, cleared, text_hash, already_failing)
            }
        }
    }

    /// Appends the audit record of an action, when there is an audit trail.
    fn record(&self, c: &Classification, text: &str, output: Option<&str>) -> Result<(), String> {
        let Some(path) = &self.audit else {
            return Ok(());
        };
        let event = audit::Event {
            command: "watch",
            policy: self.policy,
            classification: c,
            inputs: &[text.as_bytes()],
            output: output.map(str::as_bytes),
            style: Some(self.style),
            destination: None,
            max_level: None,
            allowed: None,
        };
        audit::append(path, &event).map_err(|e| format!("{}: {e}", path.display()))
    }

    /// Puts the originals back into a text that names the session; `None` when nothing of
    /// the session is in it after all (the text then goes through the usual checks).
    fn restore(
        &mut self,
        clipboard: &mut dyn Clipboard,
        text: &str,
        text_hash: TextHash,
        vault: &Vault,
    ) -> Option<Event> {
        let mut restorer = Restorer::new(vault);
        let mut out = restorer.push(text.as_bytes());
        restorer.finish_into(&mut out);
        let count = restorer.restored();
        if count == 0 {
            return None;
        }
        // Only whole placeholders are replaced by whole strings: valid UTF-8 stays valid.
        let restored = String::from_utf8(out).ok()?;
        if self.settings.mode == Mode::Block {
            let (engine, policy) = (self.engine, self.policy);
            let c = catch_unwind(AssertUnwindSafe(|| engine.classify(&restored, policy)));
            let Ok(c) = c else {
                // Unchecked originals stay off the clipboard.
                return Some(Event::RestoreFailed(
                    "the restored text could not be checked".to_string(),
                ));
            };
            if let Some(decision) = blocking_decision(policy, &c) {
                return Some(Event::RestoreRefused {
                    level: c.raw,
                    decision,
                });
            }
        }
        if !self.unchanged_since_read(clipboard, text_hash) {
            return Some(Event::ChangedMeanwhile);
        }
        let restored_hash = hash(&restored);
        let loose = loose_hash(&restored);
        Some(match clipboard.set_text(restored) {
            Ok(()) => {
                self.last_seen = Some(restored_hash);
                self.last_restored = Some(loose);
                Event::Restored {
                    count,
                    unresolved: restorer.unresolved().len(),
                }
            }
            Err(err) => Event::RestoreFailed(err.to_string()),
        })
    }

    /// Another application may have copied something while the text was checked: write only
    /// over the text that was checked. When it changed (or cannot be read), check the clipboard
    /// again at the next tick.
    fn unchanged_since_read(&mut self, clipboard: &mut dyn Clipboard, text_hash: TextHash) -> bool {
        match clipboard.get_text() {
            Ok(Some(now)) if hash(&now) == text_hash => true,
            _ => {
                self.last_seen = None;
                self.retry = true;
                false
            }
        }
    }

    /// The text could not be checked: empty the clipboard (except in warn mode, which never
    /// writes).
    fn check_failed(
        &mut self,
        clipboard: &mut dyn Clipboard,
        text_hash: TextHash,
        already_failing: bool,
    ) -> Event {
        if self.settings.mode == Mode::Warn {
            return Event::CheckFailed { cleared: false };
        }
        let cleared = self.empty(clipboard);
        self.failure(
            Event::CheckFailed { cleared },
            cleared,
            text_hash,
            already_failing,
        )
    }

    /// Empties the clipboard after a failure; true if that worked.
    fn empty(&mut self, clipboard: &mut dyn Clipboard) -> bool {
        match clipboard.clear() {
            Ok(()) => {
                self.last_seen = Some(hash(""));
                true
            }
            Err(_) => false,
        }
    }

    /// A failure to replace or empty a sensitive text: when the clipboard still holds it, try
    /// again at every tick, and report it once per streak.
    fn failure(
        &mut self,
        event: Event,
        cleared: bool,
        text_hash: TextHash,
        already_failing: bool,
    ) -> Event {
        if cleared {
            return event;
        }
        self.last_seen = None;
        self.retry = true;
        self.failing = Some(text_hash);
        if already_failing {
            Event::StillFailing
        } else {
            event
        }
    }
}

/// The placeholders written in upper case in `text` (`[IBAN_1]`, `**IBAN_1**`, Markdown's
/// `\[IBAN\_1\]`): (kind, number) for each token that could be one.
fn upper_case_placeholders(text: &str) -> impl Iterator<Item = (Kind, u32)> + '_ {
    let b = text.as_bytes();
    let word = |c: u8| c.is_ascii_alphanumeric() || c == b'_';
    memchr::memchr_iter(b'_', b).filter_map(move |us| {
        let digits_end = b[us + 1..]
            .iter()
            .position(|c| !c.is_ascii_digit())
            .map_or(b.len(), |p| us + 1 + p);
        let digits = &text[us + 1..digits_end];
        if digits.is_empty() || digits.len() > 9 || b.get(digits_end).is_some_and(|&c| word(c)) {
            return None;
        }
        let kind_end = if us > 0 && b[us - 1] == b'\\' {
            us - 1
        } else {
            us
        };
        let kind_start = b[..kind_end]
            .iter()
            .rposition(|&c| !(c.is_ascii_uppercase() || c.is_ascii_digit() || c == b'_'))
            .map_or(0, |p| p + 1);
        if kind_start > 0 && word(b[kind_start - 1]) {
            return None;
        }
        let kind = Kind::parse(&text[kind_start..kind_end])?;
        Some((kind, digits.parse().ok()?))
    })
}

/// Whether `text` names the session: a placeholder of its vault written in upper case, or one
/// of its fake values. Lower-case tokens alone (`person_1 = load()` in code) are not enough:
/// only once the text names the session does the restorer also take the lower-case forms a
/// model may write.
fn names_the_session(text: &str, vault: &Vault) -> bool {
    upper_case_placeholders(text).any(|(kind, n)| vault.by_placeholder(&kind, n).is_some())
        || vault
            .entries()
            .iter()
            .filter_map(|e| e.fake.as_deref())
            .any(|fake| fake.len() >= 4 && text.contains(fake))
}

/// Whether `text` holds something written like a placeholder of any kind: when the vault
/// cannot be read, such a text is reported rather than silently left alone.
fn looks_like_placeholders(text: &str) -> bool {
    upper_case_placeholders(text).next().is_some()
}

#[cfg(test)]
mod tests {
    use super::super::clipboard::MemoryClipboard;
    use super::*;
    use caviard::{Detection, Detector, EngineBuilder, Pseudonyms, Session, Style, Vault};

    const IBAN_TEXT: &str = "Virement sur FR76 3000 6000 0112 3456 7890 189, merci.";
    const PERSON_RULES: &str = r#"
[[rule]]
id = "test-person"
kind = "PERSON"
regex = '(?:M\.|Mme) [A-Z][a-z]+ [A-Z][a-z]+'
boundary = "word"
"#;
    const SECRET_RULES: &str = r#"
[[rule]]
id = "test-private-key"
kind = "SECRET"
regex = '-----BEGIN [A-Z ]*PRIVATE KEY-----'
boundary = "none"
"#;

    fn engine() -> Engine {
        EngineBuilder::new()
            .patterns_str("person.toml", PERSON_RULES)
            .patterns_str("secret.toml", SECRET_RULES)
            .build()
            .unwrap()
    }

    fn settings(mode: Mode, min_level: Criticity) -> Settings {
        Settings {
            mode,
            min_level,
            restore: false,
        }
    }

    fn per_text() -> Pseudonymizer {
        Pseudonymizer::PerText(Style::Placeholder)
    }

    /// A watcher with the default policy and a fresh numbering per text.
    fn watcher<'e>(
        engine: &'e Engine,
        policy: &'e Policy,
        mode: Mode,
        min: Criticity,
    ) -> Watcher<'e> {
        Watcher::new(engine, policy, settings(mode, min), per_text())
    }

    fn summary(kinds: &[(Kind, usize)]) -> Summary {
        Summary::from_parts(kinds, &[])
    }

    fn redacted(kinds: &[(Kind, usize)]) -> Event {
        Event::Redacted {
            masked: summary(kinds),
            left: None,
        }
    }

    fn clipboard(text: &str) -> MemoryClipboard {
        MemoryClipboard {
            content: Some(text.to_string()),
            ..MemoryClipboard::default()
        }
    }

    #[test]
    fn redacts_new_text_once_and_ignores_its_own_write() {
        let engine = engine();
        let policy = Policy::default();
        let mut w = watcher(&engine, &policy, Mode::Redact, Criticity::Internal);
        let mut cb = clipboard(&format!("{IBAN_TEXT} Signé M. Jean Dupont."));
        let event = w.check(&mut cb);
        assert_eq!(event, redacted(&[(Kind::Iban, 1), (Kind::Person, 1)]));
        assert_eq!(
            event.message(Mode::Redact).unwrap(),
            "clipboard redacted: 1 IBAN, 1 PERSON"
        );
        assert_eq!(
            cb.content.as_deref(),
            Some("Virement sur [IBAN_1], merci. Signé [PERSON_1].")
        );
        assert_eq!(cb.writes, 1);
        // Its own write comes back at the next read: not scanned, not rewritten.
        assert_eq!(w.check(&mut cb), Event::Unchanged);
        assert_eq!(w.check(&mut cb), Event::Unchanged);
        assert_eq!(cb.writes, 1);
        assert!(!w.needs_retry());
    }

    #[test]
    fn clean_text_is_left_untouched() {
        let engine = engine();
        let policy = Policy::default();
        let mut w = watcher(&engine, &policy, Mode::Redact, Criticity::Internal);
        let mut cb = clipboard("Bonjour, la réunion est à 14 h.");
        assert_eq!(w.check(&mut cb), Event::Clean);
        assert_eq!(w.check(&mut cb), Event::Unchanged);
        assert_eq!(cb.writes, 0);
        assert_eq!(
            cb.content.as_deref(),
            Some("Bonjour, la réunion est à 14 h.")
        );
    }

    #[test]
    fn messages_never_hold_values() {
        let engine = engine();
        let policy = Policy::default();
        for mode in [Mode::Redact, Mode::Warn, Mode::Block] {
            let mut w = watcher(&engine, &policy, mode, Criticity::Internal);
            let mut cb = clipboard(IBAN_TEXT);
            let message = w.check(&mut cb).message(mode).unwrap();
            assert!(
                !message.contains("FR76") && !message.contains("3000"),
                "{message}"
            );
        }
    }

    #[test]
    fn below_min_level_is_left_alone() {
        let engine = engine();
        let policy = Policy::default();
        let mut w = watcher(&engine, &policy, Mode::Redact, Criticity::Confidential);
        let mut cb = clipboard("Signé M. Jean Dupont.");
        assert_eq!(w.check(&mut cb), Event::BelowMinLevel(Criticity::Internal));
        assert_eq!(cb.writes, 0);
        // The same watcher still redacts a confidential text.
        cb.content = Some(IBAN_TEXT.to_string());
        assert_eq!(w.check(&mut cb), redacted(&[(Kind::Iban, 1)]));
    }

    #[test]
    fn warn_mode_only_tells() {
        let engine = engine();
        let policy = Policy::default();
        let mut w = watcher(&engine, &policy, Mode::Warn, Criticity::Internal);
        let mut cb = clipboard(IBAN_TEXT);
        let event = w.check(&mut cb);
        assert_eq!(
            event,
            Event::Warned(Criticity::Confidential, summary(&[(Kind::Iban, 1)]))
        );
        assert_eq!(
            event.message(Mode::Warn).unwrap(),
            "warning: the clipboard holds confidential data (left unchanged): 1 IBAN"
        );
        assert_eq!(cb.content.as_deref(), Some(IBAN_TEXT));
        assert_eq!(cb.writes, 0);
        // Reported once, not at every tick.
        assert_eq!(w.check(&mut cb), Event::Unchanged);
    }

    #[test]
    fn block_mode_empties_secrets_and_redacts_the_rest() {
        let engine = engine();
        let policy = Policy::default();
        let key = "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----\n";
        let mut w = watcher(&engine, &policy, Mode::Block, Criticity::Internal);
        let mut cb = clipboard(key);
        let event = w.check(&mut cb);
        assert_eq!(
            event,
            Event::Blocked {
                level: Criticity::Secret,
                decision: Decision::OnPremise,
                summary: summary(&[(Kind::Secret, 1)])
            }
        );
        assert_eq!(
            event.message(Mode::Block).unwrap(),
            "clipboard emptied (secret, decision on-premise): 1 SECRET"
        );
        assert_eq!(cb.content.as_deref(), Some(""));
        assert_eq!(w.check(&mut cb), Event::Unchanged);
        // Copying the same key again is blocked again.
        cb.content = Some(key.to_string());
        assert!(matches!(w.check(&mut cb), Event::Blocked { .. }));
        // A non-secret text is redacted.
        cb.content = Some(IBAN_TEXT.to_string());
        assert!(matches!(w.check(&mut cb), Event::Redacted { .. }));
        // In redact mode the key is masked, not emptied.
        let mut w = watcher(&engine, &policy, Mode::Redact, Criticity::Internal);
        cb.content = Some(key.to_string());
        assert!(matches!(w.check(&mut cb), Event::Redacted { .. }));
        assert!(cb.content.unwrap().starts_with("[SECRET_1]"));
    }

    #[test]
    fn non_text_is_left_alone_and_the_same_text_copied_again_is_checked_again() {
        let engine = engine();
        let policy = Policy::default();
        let mut w = watcher(&engine, &policy, Mode::Warn, Criticity::Internal);
        let mut cb = clipboard(IBAN_TEXT);
        assert!(matches!(w.check(&mut cb), Event::Warned(..)));
        cb.content = None; // an image
        assert_eq!(w.check(&mut cb), Event::NoText);
        assert_eq!(cb.writes, 0);
        cb.content = Some(IBAN_TEXT.to_string());
        assert!(matches!(w.check(&mut cb), Event::Warned(..)));
    }

    #[test]
    fn an_unavailable_clipboard_is_reported_once_and_retried() {
        let engine = engine();
        let policy = Policy::default();
        let mut w = watcher(&engine, &policy, Mode::Redact, Criticity::Internal);
        let mut cb = clipboard(IBAN_TEXT);
        cb.failing_reads = 3;
        assert_eq!(w.check(&mut cb), Event::Unavailable("owner busy".into()));
        assert!(w.needs_retry());
        assert_eq!(w.check(&mut cb), Event::StillUnavailable);
        assert_eq!(w.check(&mut cb), Event::StillUnavailable);
        assert!(!w.take_recovered());
        assert!(matches!(w.check(&mut cb), Event::Redacted { .. }));
        assert!(w.take_recovered());
        assert!(!w.take_recovered());
    }

    #[test]
    fn a_text_replaced_during_the_check_is_not_overwritten() {
        let engine = engine();
        let policy = Policy::default();
        let mut w = watcher(&engine, &policy, Mode::Redact, Criticity::Internal);
        let mut cb = clipboard(IBAN_TEXT);
        cb.change_after_next_read = Some(Some("autre chose".to_string()));
        assert_eq!(w.check(&mut cb), Event::ChangedMeanwhile);
        assert_eq!(cb.writes, 0);
        assert_eq!(cb.content.as_deref(), Some("autre chose"));
        assert!(w.needs_retry());
        assert_eq!(w.check(&mut cb), Event::Clean);
    }

    #[test]
    fn a_failed_write_empties_the_clipboard_or_keeps_trying() {
        let engine = engine();
        let policy = Policy::default();
        let mut w = watcher(&engine, &policy, Mode::Redact, Criticity::Internal);
        let mut cb = clipboard(IBAN_TEXT);
        cb.failing_writes = true;
        let event = w.check(&mut cb);
        assert!(matches!(event, Event::WriteFailed { cleared: false, .. }));
        assert!(event
            .message(Mode::Redact)
            .unwrap()
            .contains("do not paste"));
        assert!(w.needs_retry());
        assert_eq!(w.check(&mut cb), Event::StillFailing);
        cb.failing_writes = false;
        assert!(matches!(w.check(&mut cb), Event::Redacted { .. }));
        assert!(!w.needs_retry());
        // A new failure on the same text later is a new streak: reported again.
        cb.content = Some(IBAN_TEXT.to_string());
        cb.failing_writes = true;
        assert!(matches!(
            w.check(&mut cb),
            Event::WriteFailed { cleared: false, .. }
        ));
    }

    #[test]
    fn not_utf8_is_reported_once() {
        let engine = engine();
        let policy = Policy::default();
        let mut w = watcher(&engine, &policy, Mode::Redact, Criticity::Internal);
        let mut cb = MemoryClipboard {
            not_utf8: true,
            ..MemoryClipboard::default()
        };
        assert_eq!(w.check(&mut cb), Event::NotUtf8);
        assert_eq!(w.check(&mut cb), Event::Unchanged);
        assert_eq!(cb.writes, 0);
    }

    #[derive(Debug)]
    struct Exploding;

    impl Detector for Exploding {
        fn detect(&self, text: &str, _out: &mut Vec<Detection>) {
            if text.contains("boom") {
                panic!("detector failure");
            }
        }
    }

    #[test]
    fn an_engine_failure_fails_closed() {
        let engine = EngineBuilder::new().detector(Exploding).build().unwrap();
        let policy = Policy::default();
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(|_| {}));
        let mut w = watcher(&engine, &policy, Mode::Redact, Criticity::Internal);
        let mut cb = clipboard("boom FR76 3000 6000 0112 3456 7890 189");
        let redact = w.check(&mut cb);
        let mut w = watcher(&engine, &policy, Mode::Warn, Criticity::Internal);
        let mut warn_cb = clipboard("boom FR76 3000 6000 0112 3456 7890 189");
        let warn = w.check(&mut warn_cb);
        std::panic::set_hook(previous);
        assert_eq!(redact, Event::CheckFailed { cleared: true });
        assert_eq!(cb.content.as_deref(), Some(""));
        assert_eq!(warn, Event::CheckFailed { cleared: false });
        assert_eq!(warn_cb.writes, 0);
    }

    fn restoring(mode: Mode) -> Settings {
        Settings {
            mode,
            min_level: Criticity::Internal,
            restore: true,
        }
    }

    fn memory_session(pseudonyms: Pseudonyms) -> Pseudonymizer {
        Pseudonymizer::Memory(Box::new(Session::new(
            Vault::with_secret([7; 32]),
            pseudonyms,
        )))
    }

    const OTHER_IBAN: &str = "DE89 3704 0044 0532 0130 00";

    #[test]
    fn a_session_numbers_across_texts_and_restores_the_answer_once() {
        let engine = engine();
        let policy = Policy::default();
        let session = memory_session(Pseudonyms::Placeholders);
        let mut w = Watcher::new(&engine, &policy, restoring(Mode::Redact), session);
        let mut cb = clipboard(IBAN_TEXT);
        assert_eq!(w.check(&mut cb), redacted(&[(Kind::Iban, 1)]));
        assert_eq!(cb.content.as_deref(), Some("Virement sur [IBAN_1], merci."));
        // Its own redaction is not restored.
        assert_eq!(w.check(&mut cb), Event::Unchanged);
        // The next text shares the numbering.
        cb.content = Some(format!("{OTHER_IBAN} puis FR7630006000011234567890189"));
        assert!(matches!(w.check(&mut cb), Event::Redacted { .. }));
        assert_eq!(cb.content.as_deref(), Some("[IBAN_2] puis [IBAN_1]"));
        // The model's answer: restored, once.
        cb.content = Some("C'est fait : **IBAN_1** et <iban_2> relancés.".to_string());
        let event = w.check(&mut cb);
        assert_eq!(
            event,
            Event::Restored {
                count: 2,
                unresolved: 0
            }
        );
        assert_eq!(
            event.message(Mode::Redact).unwrap(),
            "clipboard restored: 2 value(s) of the session put back"
        );
        assert_eq!(
            cb.content.as_deref(),
            Some("C'est fait : **FR76 3000 6000 0112 3456 7890 189** et DE89 3704 0044 0532 0130 00 relancés.")
        );
        let writes = cb.writes;
        // The restored text is its own write: not redacted again (no loop).
        assert_eq!(w.check(&mut cb), Event::Unchanged);
        assert_eq!(w.check(&mut cb), Event::Unchanged);
        assert_eq!(cb.writes, writes);
        // A clipboard manager trimming it and re-owning the selection: still its own.
        let restored = cb.content.clone().unwrap();
        cb.content = Some(format!("{restored}\r\n"));
        assert_eq!(w.check(&mut cb), Event::Unchanged);
        assert_eq!(cb.writes, writes);
        // Copied again later (after another text), the restored text is redacted: it holds
        // the originals.
        cb.content = Some("autre chose".to_string());
        assert_eq!(w.check(&mut cb), Event::Clean);
        cb.content = Some("**FR76 3000 6000 0112 3456 7890 189**".to_string());
        assert!(matches!(w.check(&mut cb), Event::Redacted { .. }));
        assert_eq!(cb.content.as_deref(), Some("**[IBAN_1]**"));
        cb.content = Some(restored);
        assert!(matches!(w.check(&mut cb), Event::Redacted { .. }));
    }

    #[test]
    fn restore_needs_known_placeholders_and_no_new_values() {
        let engine = engine();
        let policy = Policy::default();
        let session = memory_session(Pseudonyms::Placeholders);
        let mut w = Watcher::new(&engine, &policy, restoring(Mode::Redact), session);
        let mut cb = clipboard(IBAN_TEXT);
        assert!(matches!(w.check(&mut cb), Event::Redacted { .. }));
        // Unknown placeholders only: nothing of the session, left alone.
        cb.content = Some("Voir [IBAN_9] et [PERSON_3].".to_string());
        assert_eq!(w.check(&mut cb), Event::Clean);
        // Lower-case tokens alone (code) do not name the session.
        cb.content = Some("iban_1 = charger(compte)\n".to_string());
        assert_eq!(w.check(&mut cb), Event::Clean);
        // A known placeholder next to a new value: a prompt being written, redacted with the
        // session's next number; the placeholder stays.
        cb.content = Some(format!("Comparer [IBAN_1] et {OTHER_IBAN}"));
        assert_eq!(w.check(&mut cb), redacted(&[(Kind::Iban, 1)]));
        assert_eq!(cb.content.as_deref(), Some("Comparer [IBAN_1] et [IBAN_2]"));
        // A known and an unknown placeholder: the known one is restored, the other reported.
        cb.content = Some("[IBAN_1] ou [IBAN_7] ?".to_string());
        assert_eq!(
            w.check(&mut cb),
            Event::Restored {
                count: 1,
                unresolved: 1
            }
        );
        assert_eq!(
            cb.content.as_deref(),
            Some("FR76 3000 6000 0112 3456 7890 189 ou [IBAN_7] ?")
        );
        // Markdown's escapes name the session too.
        cb.content = Some(r"Voir \[IBAN\_1\].".to_string());
        assert!(matches!(w.check(&mut cb), Event::Restored { count: 1, .. }));
        assert_eq!(
            cb.content.as_deref(),
            Some("Voir FR76 3000 6000 0112 3456 7890 189.")
        );
        // Below --min-level a new value does not prevent the restore.
        let session = memory_session(Pseudonyms::Placeholders);
        let settings = Settings {
            min_level: Criticity::Confidential,
            ..restoring(Mode::Redact)
        };
        let mut w = Watcher::new(&engine, &policy, settings, session);
        cb.content = Some(IBAN_TEXT.to_string());
        assert!(matches!(w.check(&mut cb), Event::Redacted { .. }));
        cb.content = Some("[IBAN_1] pour M. Jean Dupont".to_string());
        assert!(matches!(w.check(&mut cb), Event::Restored { count: 1, .. }));
    }

    #[test]
    fn its_own_redaction_respaced_is_still_its_own() {
        let engine = engine();
        let policy = Policy::default();
        let session = memory_session(Pseudonyms::Placeholders);
        let mut w = Watcher::new(&engine, &policy, restoring(Mode::Redact), session);
        let mut cb = clipboard(&format!("{IBAN_TEXT}\n"));
        assert!(matches!(w.check(&mut cb), Event::Redacted { .. }));
        let writes = cb.writes;
        // A clipboard manager trims the newline and re-owns the selection; a chat window
        // turns it into CRLF: neither is restored nor redacted again.
        for respaced in [
            "Virement sur [IBAN_1], merci.",
            "Virement  sur [IBAN_1],\r\nmerci.\r\n",
        ] {
            cb.content = Some(respaced.to_string());
            assert_eq!(w.check(&mut cb), Event::Unchanged, "{respaced:?}");
        }
        assert_eq!(cb.writes, writes);
    }

    #[test]
    fn fakes_of_the_session_are_restored_and_not_redacted_again() {
        let engine = engine();
        let policy = Policy::default();
        let session = memory_session(Pseudonyms::Fakes);
        let mut w = Watcher::new(&engine, &policy, restoring(Mode::Redact), session);
        let mut cb = clipboard("IBAN FR76 3000 6000 0112 3456 7890 189");
        assert!(matches!(w.check(&mut cb), Event::Redacted { .. }));
        let fake = cb.content.clone().unwrap().replace("IBAN ", "");
        assert!(!fake.contains("3000 6000"), "{fake}");
        cb.content = Some(format!("Le virement vers {fake} est parti."));
        assert!(matches!(w.check(&mut cb), Event::Restored { count: 1, .. }));
        assert_eq!(
            cb.content.as_deref(),
            Some("Le virement vers FR76 3000 6000 0112 3456 7890 189 est parti.")
        );
        // Without --restore a fake of the session is not a new value either.
        let session = memory_session(Pseudonyms::Fakes);
        let mut w = watcher_with(&engine, &policy, Mode::Redact, session);
        cb.content = Some("IBAN FR76 3000 6000 0112 3456 7890 189".to_string());
        assert!(matches!(w.check(&mut cb), Event::Redacted { .. }));
        cb.content = Some(format!("Le virement vers {fake} est parti."));
        assert_eq!(w.check(&mut cb), Event::Clean);
    }

    fn watcher_with<'e>(
        engine: &'e Engine,
        policy: &'e Policy,
        mode: Mode,
        pseudonyms: Pseudonymizer,
    ) -> Watcher<'e> {
        Watcher::new(
            engine,
            policy,
            settings(mode, Criticity::Internal),
            pseudonyms,
        )
    }

    #[test]
    fn block_mode_does_not_restore_a_secret() {
        let engine = engine();
        let policy = Policy::default();
        let mut session = Session::new(Vault::with_secret([7; 32]), Pseudonyms::Placeholders);
        let key = "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n";
        let r = engine.redact_with(&format!("{key} et {IBAN_TEXT}"), &mut session);
        assert!(r.text.starts_with("[SECRET_1]"), "{}", r.text);
        let mut w = Watcher::new(
            &engine,
            &policy,
            restoring(Mode::Block),
            Pseudonymizer::Memory(Box::new(session)),
        );
        let mut cb = clipboard("La clé [SECRET_1] est révoquée.");
        let event = w.check(&mut cb);
        assert_eq!(
            event,
            Event::RestoreRefused {
                level: Criticity::Secret,
                decision: Decision::OnPremise
            }
        );
        assert!(!event.message(Mode::Block).unwrap().contains("b3Bl"));
        assert_eq!(cb.writes, 0);
        // Other placeholders are restored in block mode.
        cb.content = Some("Virement sur [IBAN_1].".to_string());
        assert!(matches!(w.check(&mut cb), Event::Restored { count: 1, .. }));
    }

    #[test]
    fn a_vault_that_fails_empties_the_clipboard_and_never_restores() {
        let engine = engine();
        let policy = Policy::default();
        let dir = tempfile::tempdir().unwrap();
        // The key file named does not exist: every use of the vault fails.
        let args = super::super::super::vault::VaultArgs {
            vault: Some(dir.path().join("s.vault")),
            session: None,
            key_file: Some(dir.path().join("missing.key")),
        };
        let vault_file = dir.path().join("s.vault");
        std::fs::write(&vault_file, b"CAVIARDV not a vault").unwrap();
        let broken = || Pseudonymizer::File {
            args: args.clone(),
            pseudonyms: Pseudonyms::Placeholders,
            ttl: None,
        };
        let mut w = Watcher::new(&engine, &policy, restoring(Mode::Redact), broken());
        let mut cb = clipboard(IBAN_TEXT);
        let event = w.check(&mut cb);
        assert!(
            matches!(event, Event::SessionFailed { cleared: true, .. }),
            "{event:?}"
        );
        assert_eq!(cb.content.as_deref(), Some(""));
        let message = event.message(Mode::Redact).unwrap();
        assert!(
            message.contains("clipboard emptied") && !message.contains("3000"),
            "{message}"
        );
        cb.content = Some("Voir [IBAN_1].".to_string());
        assert!(matches!(w.check(&mut cb), Event::RestoreFailed(_)));
        assert_eq!(cb.content.as_deref(), Some("Voir [IBAN_1]."));
    }

    #[test]
    fn markers_that_redaction_cannot_mask_are_reported() {
        let engine = engine();
        let policy = Policy::default();
        let mut w = watcher(&engine, &policy, Mode::Redact, Criticity::Internal);
        let mut cb = clipboard("Arrêt maladie jusqu'au 14 mars.");
        let event = w.check(&mut cb);
        assert!(
            matches!(event, Event::Unmaskable(Criticity::Confidential, _)),
            "{event:?}"
        );
        assert_eq!(
            event.message(Mode::Redact).unwrap(),
            "warning: the clipboard holds confidential data that redaction cannot mask \
             (left unchanged): marker health"
        );
        assert_eq!(cb.writes, 0);
        cb.content = Some("Arrêt maladie de M. Jean Dupont.".to_string());
        let event = w.check(&mut cb);
        assert_eq!(
            event.message(Mode::Redact).unwrap(),
            "clipboard redacted: 1 PERSON; still confidential after redaction: marker health"
        );
        assert_eq!(cb.content.as_deref(), Some("Arrêt maladie de [PERSON_1]."));
        // A classification marking stays after redaction: block mode empties it.
        let mut w = watcher(&engine, &policy, Mode::Block, Criticity::Internal);
        cb.content = Some("Note DIFFUSION RESTREINTE".to_string());
        assert!(matches!(
            w.check(&mut cb),
            Event::Blocked {
                decision: Decision::OnPremise,
                ..
            }
        ));
        assert_eq!(cb.content.as_deref(), Some(""));
    }

    #[test]
    fn levels_follow_the_policy_file() {
        let engine = engine();
        let policy = Policy::from_toml("t.toml", "[kinds]\nPERSON = \"confidential\"\n").unwrap();
        let mut w = watcher(&engine, &policy, Mode::Redact, Criticity::Confidential);
        let mut cb = clipboard("Signé M. Jean Dupont.");
        assert!(matches!(w.check(&mut cb), Event::Redacted { .. }));
        let policy = Policy::from_toml("t.toml", "[kinds]\nIBAN = \"internal\"\n").unwrap();
        let mut w = watcher(&engine, &policy, Mode::Redact, Criticity::Confidential);
        cb.content = Some(IBAN_TEXT.to_string());
        assert_eq!(w.check(&mut cb), Event::BelowMinLevel(Criticity::Internal));
    }

    #[test]
    fn actions_are_recorded_in_the_audit_trail_or_not_done() {
        let engine = engine();
        let policy = Policy::default();
        let dir = tempfile::tempdir().unwrap();
        let trail = dir.path().join("audit.jsonl");
        let mut w = watcher(&engine, &policy, Mode::Redact, Criticity::Internal)
            .with_audit(Some(trail.clone()), "placeholder");
        let mut cb = clipboard(IBAN_TEXT);
        assert!(matches!(w.check(&mut cb), Event::Redacted { .. }));
        cb.content = Some("Bonjour".to_string());
        assert_eq!(w.check(&mut cb), Event::Clean);
        let records = std::fs::read_to_string(&trail).unwrap();
        assert_eq!(records.lines().count(), 1, "{records}");
        assert!(records.contains(r#""command":"watch""#), "{records}");
        assert!(records.contains(r#""IBAN":1"#), "{records}");
        // Not "3000" alone: the records' hex HMACs hold it about one time in a thousand.
        assert!(
            !records.contains("FR76") && !records.contains("3000 6000"),
            "{records}"
        );
        // A trail that cannot be written: the redacted text is not written either, the
        // clipboard is emptied (fail closed).
        let mut w = watcher(&engine, &policy, Mode::Redact, Criticity::Internal).with_audit(
            Some(dir.path().join("no/such/dir/audit.jsonl")),
            "placeholder",
        );
        cb.content = Some(IBAN_TEXT.to_string());
        let event = w.check(&mut cb);
        assert!(
            matches!(event, Event::AuditFailed { cleared: true, .. }),
            "{event:?}"
        );
        assert_eq!(cb.content.as_deref(), Some(""));
        // Block mode empties anyway; warn mode only says so.
        let mut w = watcher(&engine, &policy, Mode::Warn, Criticity::Internal).with_audit(
            Some(dir.path().join("no/such/dir/audit.jsonl")),
            "placeholder",
        );
        cb.content = Some(IBAN_TEXT.to_string());
        let event = w.check(&mut cb);
        assert!(
            matches!(event, Event::AuditFailed { cleared: false, .. }),
            "{event:?}"
        );
        let message = event.message(Mode::Warn).unwrap();
        assert!(
            message.starts_with("error: cannot write the audit record (")
                && message.contains("no/such/dir/audit.jsonl")
                && !message.contains("3000"),
            "{message}"
        );
        assert_eq!(cb.content.as_deref(), Some(IBAN_TEXT));
    }

    #[test]
    fn warn_mode_restores_but_never_redacts() {
        let engine = engine();
        let policy = Policy::default();
        let mut session = Session::new(Vault::with_secret([7; 32]), Pseudonyms::Placeholders);
        engine.redact_with(IBAN_TEXT, &mut session);
        let session = Pseudonymizer::Memory(Box::new(session));
        let mut w = Watcher::new(&engine, &policy, restoring(Mode::Warn), session);
        let mut cb = clipboard("Payé sur [IBAN_1].");
        assert!(matches!(w.check(&mut cb), Event::Restored { count: 1, .. }));
        assert_eq!(
            cb.content.as_deref(),
            Some("Payé sur FR76 3000 6000 0112 3456 7890 189.")
        );
        cb.content = Some(format!("[IBAN_1] et {OTHER_IBAN}"));
        assert!(matches!(w.check(&mut cb), Event::Warned(..)));
        assert_eq!(cb.writes, 1);
    }
}
