//! What `caviard watch` does with each clipboard text: the decisions, apart from the platform
//! and the loop, so that they are tested with an in-memory clipboard.

use std::collections::BTreeMap;
use std::fmt;
use std::panic::{catch_unwind, AssertUnwindSafe};

use clap::ValueEnum;
use sha2::{Digest, Sha256};

use caviard::{Engine, Finding, Kind, Masker, Style};

use super::clipboard::{ClipError, Clipboard};
use super::level::{level_of_findings, Level};

/// What to do with a clipboard text at or above `--min-level`.
#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// Replace the clipboard with the redacted text.
    Redact,
    /// Only tell (stderr, and a notification with --notify); the clipboard is left unchanged.
    Warn,
    /// As redact, but empty the clipboard when the text is secret (credentials, private keys).
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
    pub min_level: Level,
    pub style: Style,
}

/// How many findings of each kind; shown as `1 IBAN, 2 PERSON`, never with values.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Counts(BTreeMap<Kind, usize>);

impl Counts {
    fn of(findings: &[Finding]) -> Counts {
        let mut counts = BTreeMap::new();
        for f in findings {
            *counts.entry(f.kind.clone()).or_insert(0) += 1;
        }
        Counts(counts)
    }
}

impl fmt::Display for Counts {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, (kind, n)) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            write!(f, "{n} {kind}")?;
        }
        Ok(())
    }
}

/// What one check of the clipboard found and did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Event {
    /// The text is the one seen last (which includes caviard's own writes): not scanned again.
    Unchanged,
    /// Empty, or not text (an image, files): left alone.
    NoText,
    /// Nothing sensitive.
    Clean,
    /// Findings, all below `--min-level`: left alone.
    BelowMinLevel(Level),
    /// The clipboard now holds the redacted text.
    Redacted(Counts),
    /// `--mode warn`: findings reported, clipboard unchanged.
    Warned(Level, Counts),
    /// `--mode block` and a secret: the clipboard was emptied.
    Blocked(Counts),
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
    /// The redacted text (or the empty one) could not be written; the clipboard was then
    /// emptied if possible (`cleared`).
    WriteFailed { error: String, cleared: bool },
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
            Event::Redacted(counts) => format!("clipboard redacted: {counts}"),
            Event::Warned(level, counts) => format!(
                "warning: the clipboard holds {} data (left unchanged): {counts}",
                level.as_str()
            ),
            Event::Blocked(counts) => format!("clipboard emptied (secret): {counts}"),
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

/// Checks the clipboard and acts on it, remembering what it saw (a hash, never the text).
pub struct Watcher<'e> {
    engine: &'e Engine,
    settings: Settings,
    /// The hash of the text seen last, or written last by caviard itself.
    last_seen: Option<TextHash>,
    /// The next tick must read the clipboard even if no change was signalled.
    retry: bool,
    unavailable: bool,
    recovered: bool,
    not_utf8: bool,
    /// The text caviard failed to replace or empty, while that failure lasts.
    failing: Option<TextHash>,
}

impl<'e> Watcher<'e> {
    pub fn new(engine: &'e Engine, settings: Settings) -> Watcher<'e> {
        Watcher {
            engine,
            settings,
            last_seen: None,
            retry: false,
            unavailable: false,
            recovered: false,
            not_utf8: false,
            failing: None,
        }
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
            return Event::NoText;
        }
        self.act_on(clipboard, &text, text_hash)
    }

    fn act_on(&mut self, clipboard: &mut dyn Clipboard, text: &str, text_hash: TextHash) -> Event {
        let mode = self.settings.mode;
        let engine = self.engine;
        // Forgotten on success; kept (and not reported again) by `failure`.
        let already_failing = self.failing.take() == Some(text_hash);
        let mut masker = Masker::new(self.settings.style.clone());
        // The engine must not panic; if it does anyway, the text is unchecked: fail closed.
        let redaction =
            match catch_unwind(AssertUnwindSafe(|| engine.redact_with(text, &mut masker))) {
                Ok(redaction) => redaction,
                Err(_) => {
                    if mode == Mode::Warn {
                        return Event::CheckFailed { cleared: false };
                    }
                    let cleared = self.empty(clipboard);
                    return self.failure(
                        Event::CheckFailed { cleared },
                        cleared,
                        text_hash,
                        already_failing,
                    );
                }
            };
        if redaction.findings.is_empty() {
            return Event::Clean;
        }
        let level = level_of_findings(&redaction.findings);
        if level < self.settings.min_level {
            return Event::BelowMinLevel(level);
        }
        let counts = Counts::of(&redaction.findings);
        if mode == Mode::Warn {
            return Event::Warned(level, counts);
        }
        // Another application may have copied something while the text was scanned: write
        // only over the text that was checked.
        match clipboard.get_text() {
            Ok(Some(now)) if hash(&now) == text_hash => {}
            Ok(_) | Err(ClipError::NotUtf8) => {
                self.last_seen = None;
                self.retry = true;
                return Event::ChangedMeanwhile;
            }
            Err(ClipError::Unavailable(_)) => {
                // Could not confirm: check the whole text again at the next tick.
                self.last_seen = None;
                self.retry = true;
                return Event::ChangedMeanwhile;
            }
        }
        if mode == Mode::Block && level == Level::Secret {
            return match clipboard.clear() {
                Ok(()) => {
                    self.last_seen = Some(hash(""));
                    Event::Blocked(counts)
                }
                Err(err) => self.failure(
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
        let redacted_hash = hash(&redaction.text);
        match clipboard.set_text(redaction.text) {
            Ok(()) => {
                self.last_seen = Some(redacted_hash);
                Event::Redacted(counts)
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

#[cfg(test)]
mod tests {
    use super::super::clipboard::MemoryClipboard;
    use super::*;
    use caviard::{Detection, Detector, EngineBuilder};

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

    fn settings(mode: Mode, min_level: Level) -> Settings {
        Settings {
            mode,
            min_level,
            style: Style::Placeholder,
        }
    }

    fn clipboard(text: &str) -> MemoryClipboard {
        MemoryClipboard {
            content: Some(text.to_string()),
            ..MemoryClipboard::default()
        }
    }

    fn counts(pairs: &[(Kind, usize)]) -> Counts {
        Counts(pairs.iter().cloned().collect())
    }

    #[test]
    fn redacts_new_text_once_and_ignores_its_own_write() {
        let engine = engine();
        let mut w = Watcher::new(&engine, settings(Mode::Redact, Level::Internal));
        let mut cb = clipboard(&format!("{IBAN_TEXT} Signé M. Jean Dupont."));
        let event = w.check(&mut cb);
        assert_eq!(
            event,
            Event::Redacted(counts(&[(Kind::Iban, 1), (Kind::Person, 1)]))
        );
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
        let mut w = Watcher::new(&engine, settings(Mode::Redact, Level::Internal));
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
        for mode in [Mode::Redact, Mode::Warn, Mode::Block] {
            let mut w = Watcher::new(&engine, settings(mode, Level::Internal));
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
        let mut w = Watcher::new(&engine, settings(Mode::Redact, Level::Confidential));
        let mut cb = clipboard("Signé M. Jean Dupont.");
        assert_eq!(w.check(&mut cb), Event::BelowMinLevel(Level::Internal));
        assert_eq!(cb.writes, 0);
        // The same watcher still redacts a confidential text.
        cb.content = Some(IBAN_TEXT.to_string());
        assert_eq!(
            w.check(&mut cb),
            Event::Redacted(counts(&[(Kind::Iban, 1)]))
        );
    }

    #[test]
    fn warn_mode_only_tells() {
        let engine = engine();
        let mut w = Watcher::new(&engine, settings(Mode::Warn, Level::Internal));
        let mut cb = clipboard(IBAN_TEXT);
        let event = w.check(&mut cb);
        assert_eq!(
            event,
            Event::Warned(Level::Confidential, counts(&[(Kind::Iban, 1)]))
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
        let key = "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----\n";
        let mut w = Watcher::new(&engine, settings(Mode::Block, Level::Internal));
        let mut cb = clipboard(key);
        let event = w.check(&mut cb);
        assert_eq!(event, Event::Blocked(counts(&[(Kind::Secret, 1)])));
        assert_eq!(
            event.message(Mode::Block).unwrap(),
            "clipboard emptied (secret): 1 SECRET"
        );
        assert_eq!(cb.content.as_deref(), Some(""));
        assert_eq!(w.check(&mut cb), Event::Unchanged);
        // Copying the same key again is blocked again.
        cb.content = Some(key.to_string());
        assert!(matches!(w.check(&mut cb), Event::Blocked(_)));
        // A non-secret text is redacted.
        cb.content = Some(IBAN_TEXT.to_string());
        assert!(matches!(w.check(&mut cb), Event::Redacted(_)));
        // In redact mode the key is masked, not emptied.
        let mut w = Watcher::new(&engine, settings(Mode::Redact, Level::Internal));
        cb.content = Some(key.to_string());
        assert!(matches!(w.check(&mut cb), Event::Redacted(_)));
        assert!(cb.content.unwrap().starts_with("[SECRET_1]"));
    }

    #[test]
    fn non_text_is_left_alone_and_the_same_text_copied_again_is_checked_again() {
        let engine = engine();
        let mut w = Watcher::new(&engine, settings(Mode::Warn, Level::Internal));
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
        let mut w = Watcher::new(&engine, settings(Mode::Redact, Level::Internal));
        let mut cb = clipboard(IBAN_TEXT);
        cb.failing_reads = 3;
        assert_eq!(w.check(&mut cb), Event::Unavailable("owner busy".into()));
        assert!(w.needs_retry());
        assert_eq!(w.check(&mut cb), Event::StillUnavailable);
        assert_eq!(w.check(&mut cb), Event::StillUnavailable);
        assert!(!w.take_recovered());
        assert!(matches!(w.check(&mut cb), Event::Redacted(_)));
        assert!(w.take_recovered());
        assert!(!w.take_recovered());
    }

    #[test]
    fn a_text_replaced_during_the_check_is_not_overwritten() {
        let engine = engine();
        let mut w = Watcher::new(&engine, settings(Mode::Redact, Level::Internal));
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
        let mut w = Watcher::new(&engine, settings(Mode::Redact, Level::Internal));
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
        assert!(matches!(w.check(&mut cb), Event::Redacted(_)));
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
        let mut w = Watcher::new(&engine, settings(Mode::Redact, Level::Internal));
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
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(|_| {}));
        let mut w = Watcher::new(&engine, settings(Mode::Redact, Level::Internal));
        let mut cb = clipboard("boom FR76 3000 6000 0112 3456 7890 189");
        let redact = w.check(&mut cb);
        let mut w = Watcher::new(&engine, settings(Mode::Warn, Level::Internal));
        let mut warn_cb = clipboard("boom FR76 3000 6000 0112 3456 7890 189");
        let warn = w.check(&mut warn_cb);
        std::panic::set_hook(previous);
        assert_eq!(redact, Event::CheckFailed { cleared: true });
        assert_eq!(cb.content.as_deref(), Some(""));
        assert_eq!(warn, Event::CheckFailed { cleared: false });
        assert_eq!(warn_cb.writes, 0);
    }
}
