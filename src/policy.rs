//! The policy: `caviard.toml`. Which level each kind, rule and marker category yields, which
//! decision each residual level leads to, the destinations and the level each accepts, the
//! company's own keywords and the values never flagged (its public SIRET, its support
//! e-mail), and the audit trail. A file only states what it changes: it is merged onto the
//! defaults, and `caviard policy show` prints the result.
//!
//! ```toml
//! audit = "/var/log/caviard/audit.jsonl"   # append one record per run (relative: to this file)
//! audit-user = true                         # record the user name in the audit trail
//! audit-host = true                         # … and the host name
//! clients = "clients.txt"                   # the company's client list
//! allow = ["732 829 320", "support@acme.fr"] # never flagged (compared after normalisation)
//! other-kinds = "confidential"              # kinds not listed in [kinds] (custom kinds)
//!
//! [thresholds]
//! personal-data-file = 10       # more than 10 distinct people: confidential
//!
//! [decisions]                   # residual level → decision
//! secret = "block"              # default "on-premise"
//!
//! [kinds]
//! SIREN = "public"
//!
//! [rules]                       # a rule's level wins over its kind's
//! siren-context = "public"
//!
//! [markers]                     # marker categories (patterns/markers.toml)
//! internal-use = "public"
//!
//! [keywords.confidential]       # the company's own words, matched like markers
//! words = ["projet Orion"]
//! regex = ['PRJ-[0-9]{4}']
//!
//! [destinations.chatgpt]
//! max-level = "internal"
//! [destinations.mistral-eu]
//! max-level = "confidential"
//! ```
//!
//! Unknown keys, bad levels, bad decisions and bad regexes are refused with the file, line,
//! column and reason.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use regex_automata::meta::{self, Regex};
use regex_automata::util::syntax;
use serde::de::{self, Deserializer};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use toml::Spanned;

use crate::classify::{Criticity, Decision};
use crate::engine::EngineBuilder;
use crate::error::{Error, Result};
use crate::finding::Span;
use crate::kind::Kind;
use crate::markers::{self, Lexicon, LexiconWord};

/// Bounds on what a policy may ask for, so that an untrusted file cannot exhaust memory.
pub const MAX_POLICY_FILE: u64 = 1 << 20;
pub const MAX_KEYWORDS: usize = 10_000;
pub const MAX_KEYWORD_REGEXES: usize = 256;
pub const MAX_KEYWORD_LEN: usize = 1024;
pub const MAX_ALLOW: usize = 100_000;

/// The effective policy: the defaults merged with a policy file. This is what
/// `caviard policy show` prints, and what the audit trail hashes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct PolicyConfig {
    /// Append one audit record per run to this file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub audit: Option<String>,
    /// The company's client list (one name per line, or CSV).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub clients: Option<String>,
    /// Record the user name in audit records.
    pub audit_user: bool,
    /// Record the host name in audit records.
    pub audit_host: bool,
    /// Values never flagged, compared after normalisation (spacing and case do not matter).
    pub allow: Vec<String>,
    /// The level of kinds not listed in `kinds` (custom kinds from user pattern files).
    pub other_kinds: Criticity,
    pub thresholds: Thresholds,
    pub decisions: Decisions,
    /// Level per kind.
    pub kinds: BTreeMap<String, Criticity>,
    /// Level per rule id, over its kind's.
    pub rules: BTreeMap<String, Criticity>,
    /// Level per marker category.
    pub markers: BTreeMap<String, Criticity>,
    /// The company's own words and patterns, per level.
    pub keywords: Keywords,
    /// Where texts may go, and the highest residual level each accepts.
    pub destinations: BTreeMap<String, Destination>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Thresholds {
    /// A text naming more than this many distinct people is a personal-data file
    /// (confidential).
    pub personal_data_file: usize,
}

/// The decision for each residual level. A text whose raw level is public is always `cloud`;
/// one whose residual level is public (everything sensitive masked) is `cloud-redacted`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Decisions {
    pub internal: Decision,
    pub confidential: Decision,
    pub secret: Decision,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Keywords {
    #[serde(skip_serializing_if = "KeywordList::is_empty")]
    pub internal: KeywordList,
    #[serde(skip_serializing_if = "KeywordList::is_empty")]
    pub confidential: KeywordList,
    #[serde(skip_serializing_if = "KeywordList::is_empty")]
    pub secret: KeywordList,
}

/// Words (matched whole, ignoring case, accents and spacing; a trailing `*` accepts any
/// ending) and regexes (case-insensitive, whole words; no `\b` needed).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default, rename_all = "kebab-case")]
pub struct KeywordList {
    pub words: Vec<String>,
    pub regex: Vec<String>,
}

impl KeywordList {
    fn is_empty(&self) -> bool {
        self.words.is_empty() && self.regex.is_empty()
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Destination {
    /// The highest residual level this destination may receive.
    pub max_level: Criticity,
}

impl Default for PolicyConfig {
    fn default() -> PolicyConfig {
        use Criticity::*;
        let kinds = [
            (Kind::Iban, Confidential),
            (Kind::Bic, Internal),
            (Kind::Siren, Internal),
            (Kind::Siret, Internal),
            (Kind::VatFr, Internal),
            (Kind::Nir, Confidential),
            (Kind::CreditCard, Confidential),
            (Kind::Email, Internal),
            (Kind::Phone, Internal),
            (Kind::IpAddress, Internal),
            (Kind::Client, Internal),
            (Kind::Person, Internal),
            (Kind::PostalAddress, Internal),
            (Kind::DateOfBirth, Confidential),
            (Kind::Secret, Secret),
        ]
        .into_iter()
        .map(|(k, l)| (k.to_string(), l))
        .collect();
        let markers = markers::builtin_categories()
            .iter()
            .map(|c| (c.id.clone(), c.level))
            .collect();
        let destinations = [
            ("public-cloud", Internal),
            ("sovereign-cloud", Confidential),
            ("on-premise", Secret),
        ]
        .into_iter()
        .map(|(name, max_level)| (name.to_string(), Destination { max_level }))
        .collect();
        PolicyConfig {
            audit: None,
            clients: None,
            audit_user: false,
            audit_host: false,
            allow: Vec::new(),
            other_kinds: Confidential,
            thresholds: Thresholds {
                personal_data_file: 10,
            },
            decisions: Decisions {
                internal: Decision::CloudRedacted,
                confidential: Decision::Sovereign,
                secret: Decision::OnPremise,
            },
            kinds,
            rules: BTreeMap::new(),
            markers,
            keywords: Keywords::default(),
            destinations,
        }
    }
}

// ---- The file as written: everything optional, checked while it is read so that errors
// ---- carry the line and column.

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default, rename_all = "kebab-case")]
struct PolicyFile {
    audit: Option<String>,
    clients: Option<String>,
    audit_user: Option<bool>,
    audit_host: Option<bool>,
    allow: Option<Vec<String>>,
    other_kinds: Option<Criticity>,
    thresholds: ThresholdsFile,
    decisions: DecisionsFile,
    kinds: BTreeMap<KindName, Criticity>,
    rules: BTreeMap<RuleId, Criticity>,
    markers: BTreeMap<MarkerId, Criticity>,
    keywords: KeywordsFile,
    destinations: BTreeMap<DestinationName, Destination>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default, rename_all = "kebab-case")]
struct ThresholdsFile {
    personal_data_file: Option<usize>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default, rename_all = "kebab-case")]
struct DecisionsFile {
    internal: Option<Spanned<Decision>>,
    confidential: Option<Spanned<Decision>>,
    secret: Option<Spanned<Decision>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default, rename_all = "kebab-case")]
struct KeywordsFile {
    internal: KeywordListFile,
    confidential: KeywordListFile,
    secret: KeywordListFile,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default, rename_all = "kebab-case")]
struct KeywordListFile {
    words: Vec<Spanned<String>>,
    regex: Vec<KeywordRegex>,
}

/// A kind name, checked as it is read.
#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
struct KindName(String);

impl<'de> Deserialize<'de> for KindName {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<KindName, D::Error> {
        let name = String::deserialize(d)?;
        match Kind::parse(&name) {
            Some(kind) => Ok(KindName(kind.to_string())),
            None => Err(de::Error::custom(format!(
                "unknown kind `{name}`: use a built-in kind ({}) or an UPPER_SNAKE custom kind",
                Kind::BUILTIN.map(|k| k.as_str().to_string()).join(", ")
            ))),
        }
    }
}

/// A rule id, checked for its shape as it is read (the rules themselves are known only once
/// the engine is built).
#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
struct RuleId(String);

impl<'de> Deserialize<'de> for RuleId {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<RuleId, D::Error> {
        let id = String::deserialize(d)?;
        let ok = !id.is_empty()
            && id.len() <= 64
            && id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if ok {
            Ok(RuleId(id))
        } else {
            Err(de::Error::custom(format!(
                "bad rule id `{id}`: rule ids are 1–64 characters of a-z, 0-9 and '-'"
            )))
        }
    }
}

/// A marker category of `patterns/markers.toml`.
#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
struct MarkerId(String);

impl<'de> Deserialize<'de> for MarkerId {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<MarkerId, D::Error> {
        let id = String::deserialize(d)?;
        let categories = markers::builtin_categories();
        if categories.iter().any(|c| c.id == id) {
            Ok(MarkerId(id))
        } else {
            let known: Vec<&str> = categories.iter().map(|c| c.id.as_str()).collect();
            Err(de::Error::custom(format!(
                "unknown marker category `{id}` (known: {})",
                known.join(", ")
            )))
        }
    }
}

#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
struct DestinationName(String);

impl<'de> Deserialize<'de> for DestinationName {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<DestinationName, D::Error> {
        let name = String::deserialize(d)?;
        let ok = !name.is_empty()
            && name.len() <= 64
            && name
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_' || b == b'.');
        if ok {
            Ok(DestinationName(name))
        } else {
            Err(de::Error::custom(format!(
                "bad destination name `{name}`: 1–64 characters of letters, digits, '-', '_', '.'"
            )))
        }
    }
}

/// A keyword regex, compiled once as it is read so that a bad one is refused with its line.
#[derive(Debug)]
struct KeywordRegex(String);

impl<'de> Deserialize<'de> for KeywordRegex {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<KeywordRegex, D::Error> {
        let pattern = String::deserialize(d)?;
        if pattern.is_empty() || pattern.len() > MAX_KEYWORD_LEN {
            return Err(de::Error::custom(format!(
                "a keyword regex must be 1–{MAX_KEYWORD_LEN} bytes"
            )));
        }
        let regex = keyword_regex_builder()
            .build(&pattern)
            .map_err(|e| de::Error::custom(format!("bad regex: {}", regex_error(&e))))?;
        if regex.is_match("") {
            return Err(de::Error::custom("bad regex: it matches the empty string"));
        }
        Ok(KeywordRegex(pattern))
    }
}

/// The reason a regex is refused, in one line ("unclosed character class").
fn regex_error(e: &meta::BuildError) -> String {
    match e.syntax_error() {
        Some(regex_syntax::Error::Parse(e)) => e.kind().to_string(),
        Some(regex_syntax::Error::Translate(e)) => e.kind().to_string(),
        Some(other) => one_line(&other.to_string()),
        None => one_line(&e.to_string()),
    }
}

fn one_line(message: &str) -> String {
    message.split_whitespace().collect::<Vec<_>>().join(" ")
}

const KEYWORD_NFA_LIMIT: usize = 8 << 20;

fn keyword_regex_builder() -> meta::Builder {
    let mut builder = Regex::builder();
    builder
        .syntax(
            syntax::Config::new()
                .unicode(true)
                .utf8(true)
                .case_insensitive(true),
        )
        .configure(Regex::config().nfa_size_limit(Some(KEYWORD_NFA_LIMIT)));
    builder
}

/// "line 4, column 7" for a byte offset into `source`.
fn line_column(source: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(source.len());
    let before = &source.as_bytes()[..offset];
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    let column = String::from_utf8_lossy(&before[line_start..])
        .chars()
        .count()
        + 1;
    (line, column)
}

fn located(
    origin: &str,
    source: &str,
    span: Option<std::ops::Range<usize>>,
    message: &str,
) -> Error {
    let location = match span {
        Some(span) => {
            let (line, column) = line_column(source, span.start);
            format!("{origin}: line {line}, column {column}")
        }
        None => origin.to_string(),
    };
    Error::Policy {
        location,
        message: one_line(message),
    }
}

/// What a lexicon group stands for.
#[derive(Clone, Debug)]
pub(crate) enum GroupSource {
    Marker {
        category: Arc<str>,
        level: Criticity,
    },
    Keyword {
        level: Criticity,
    },
}

/// A policy ready to classify: the effective configuration and its compiled lexicon.
/// Build it once ([`Policy::load`], [`Policy::from_toml`] or [`Policy::default`]).
#[derive(Debug)]
pub struct Policy {
    config: PolicyConfig,
    origin: Option<PathBuf>,
    groups: Vec<GroupSource>,
    /// The marker and keyword words with their group, for the lexicon.
    words: Vec<(Option<usize>, String)>,
    /// Built on first use: commands that only redact never pay for it.
    lexicon: OnceLock<Lexicon>,
    /// The policy's keyword regexes, all in one automaton, and the group of each.
    keyword_regex: Option<(Regex, Vec<usize>)>,
    /// Computed when first asked for: it prints the whole configuration as TOML, which a
    /// command that only redacts does not need.
    sha256: OnceLock<[u8; 32]>,
}

impl Default for Policy {
    /// The built-in policy. Panics only if the embedded markers are broken, which the test
    /// suite rules out.
    fn default() -> Policy {
        Policy::compile(PolicyConfig::default(), None).expect("the default policy compiles")
    }
}

impl Policy {
    /// Reads a policy file and merges it onto the defaults. Relative `audit` and `clients`
    /// paths are taken relative to the file's directory.
    pub fn load(path: impl AsRef<Path>) -> Result<Policy> {
        let path = path.as_ref();
        let io = |source| Error::Io {
            path: path.to_path_buf(),
            source,
        };
        let meta = std::fs::metadata(path).map_err(io)?;
        if meta.len() > MAX_POLICY_FILE {
            return Err(Error::Policy {
                location: path.display().to_string(),
                message: format!("policy file larger than {MAX_POLICY_FILE} bytes"),
            });
        }
        let source = std::fs::read_to_string(path).map_err(io)?;
        let mut config = PolicyConfig::from_toml(&path.display().to_string(), &source)?;
        let base = path.parent().unwrap_or(Path::new(""));
        for p in [&mut config.audit, &mut config.clients]
            .into_iter()
            .flatten()
        {
            if Path::new(p.as_str()).is_relative() && !base.as_os_str().is_empty() {
                *p = base.join(p.as_str()).display().to_string();
            }
        }
        Policy::compile(config, Some(path.to_path_buf()))
    }

    /// Parses a policy given as text; `origin` names it in errors.
    pub fn from_toml(origin: &str, source: &str) -> Result<Policy> {
        Policy::compile(PolicyConfig::from_toml(origin, source)?, None)
    }

    /// Compiles an effective configuration (for instance one printed by `policy show`).
    pub fn from_config(config: PolicyConfig) -> Result<Policy> {
        Policy::compile(config, None)
    }

    fn compile(config: PolicyConfig, origin: Option<PathBuf>) -> Result<Policy> {
        let fail = |message: String| Error::Policy {
            location: origin
                .as_ref()
                .map_or_else(|| "policy".to_string(), |p| p.display().to_string()),
            message,
        };
        check_decisions(&config.decisions).map_err(fail)?;
        let categories = markers::builtin_categories();
        let mut groups: Vec<GroupSource> = categories
            .iter()
            .map(|c| GroupSource::Marker {
                category: Arc::from(c.id.as_str()),
                level: config.markers.get(&c.id).copied().unwrap_or(c.level),
            })
            .collect();
        let mut words = markers::category_words(categories);
        // The embedded marker words are checked by the tests (`markers::tests`); only the
        // policy's own keywords need checking at each start.
        let embedded_words = words.len();
        let mut regexes: Vec<&str> = Vec::new();
        let mut regex_groups = Vec::new();
        let lists = [
            (Criticity::Internal, &config.keywords.internal),
            (Criticity::Confidential, &config.keywords.confidential),
            (Criticity::Secret, &config.keywords.secret),
        ];
        let total: usize = lists.iter().map(|(_, l)| l.words.len()).sum();
        if total > MAX_KEYWORDS {
            return Err(fail(format!("more than {MAX_KEYWORDS} keywords")));
        }
        for (level, list) in lists {
            if list.is_empty() {
                continue;
            }
            let group = groups.len();
            groups.push(GroupSource::Keyword { level });
            words.extend(list.words.iter().map(|w| LexiconWord {
                group: Some(group),
                word: w,
            }));
            regexes.extend(list.regex.iter().map(String::as_str));
            regex_groups.extend(list.regex.iter().map(|_| group));
        }
        if regexes.len() > MAX_KEYWORD_REGEXES {
            return Err(fail(format!(
                "more than {MAX_KEYWORD_REGEXES} keyword regexes"
            )));
        }
        // Checked now so that a bad word is refused at load time; built when first needed.
        Lexicon::check(&words[embedded_words..]).map_err(|e| fail(format!("keywords: {e}")))?;
        let words = words
            .into_iter()
            .map(|w| (w.group, w.word.to_string()))
            .collect();
        let keyword_regex = if regexes.is_empty() {
            None
        } else {
            let regex = keyword_regex_builder()
                .configure(
                    Regex::config()
                        .nfa_size_limit(Some(KEYWORD_NFA_LIMIT * 4))
                        .match_kind(regex_automata::MatchKind::LeftmostFirst),
                )
                .build_many(&regexes)
                .map_err(|e| fail(format!("keyword regexes: {}", one_line(&e.to_string()))))?;
            Some((regex, regex_groups))
        };
        Ok(Policy {
            config,
            origin,
            groups,
            words,
            lexicon: OnceLock::new(),
            keyword_regex,
            sha256: OnceLock::new(),
        })
    }

    /// The effective configuration (defaults merged with the file).
    pub fn config(&self) -> &PolicyConfig {
        &self.config
    }

    /// The file this policy was read from, if any.
    pub fn origin(&self) -> Option<&Path> {
        self.origin.as_deref()
    }

    /// SHA-256 of the effective configuration as printed by `policy show`: two runs under the
    /// same rules have the same hash, whatever the file's layout.
    pub fn sha256(&self) -> [u8; 32] {
        *self
            .sha256
            .get_or_init(|| Sha256::digest(self.config.to_toml().as_bytes()).into())
    }

    /// Applies the policy's allowlist to an engine builder. The client list (`clients`) is
    /// loaded by the caller, which reports its warnings: see [`Policy::clients_path`].
    pub fn engine_builder(&self, builder: EngineBuilder) -> EngineBuilder {
        builder.allow(self.config.allow.iter().cloned())
    }

    /// The client list named by the policy (`clients = "path"`), resolved against the
    /// policy file's folder.
    pub fn clients_path(&self) -> Option<&str> {
        self.config.clients.as_deref()
    }

    /// The level of a finding: its rule's, else its kind's, else `other-kinds`.
    pub fn level_of(&self, kind: &Kind, rule: &str) -> Criticity {
        self.config
            .rules
            .get(rule)
            .or_else(|| self.config.kinds.get(kind.as_str()))
            .copied()
            .unwrap_or(self.config.other_kinds)
    }

    /// The decision for a text of levels `raw` (as given) and `residual` (redacted).
    pub fn decide(&self, raw: Criticity, residual: Criticity) -> Decision {
        let d = &self.config.decisions;
        match (raw, residual) {
            (Criticity::Public, _) => Decision::Cloud,
            (_, Criticity::Public) => Decision::CloudRedacted,
            (_, Criticity::Internal) => d.internal,
            (_, Criticity::Confidential) => d.confidential,
            (_, Criticity::Secret) => d.secret,
        }
    }

    /// The highest residual level `name` accepts.
    pub fn destination(&self, name: &str) -> Result<Criticity> {
        match self.config.destinations.get(name) {
            Some(d) => Ok(d.max_level),
            None => Err(Error::Config(format!(
                "unknown destination `{name}` (known: {}); add it to the policy as \
                 [destinations.{name}] max-level = \"…\"",
                self.config
                    .destinations
                    .keys()
                    .map(String::as_str)
                    .collect::<Vec<_>>()
                    .join(", ")
            ))),
        }
    }

    pub(crate) fn group(&self, group: usize) -> &GroupSource {
        &self.groups[group]
    }

    /// Marker and keyword occurrences in `text`: (group, span), in no particular order.
    pub(crate) fn find_words(&self, text: &[u8]) -> Vec<(usize, Span)> {
        let lexicon = self.lexicon.get_or_init(|| {
            let words: Vec<LexiconWord<'_>> = self
                .words
                .iter()
                .map(|(group, word)| LexiconWord {
                    group: *group,
                    word,
                })
                .collect();
            Lexicon::new(&words).expect("words checked when the policy was built")
        });
        let mut out: Vec<(usize, Span)> = lexicon
            .find(text)
            .into_iter()
            .map(|h| (h.group, h.span))
            .collect();
        if let Some((regex, groups)) = &self.keyword_regex {
            for m in regex.find_iter(text) {
                if word_start(text, m.start()) && word_end(text, m.end()) {
                    out.push((
                        groups[m.pattern().as_usize()],
                        Span {
                            start: m.start(),
                            end: m.end(),
                        },
                    ));
                }
            }
        }
        out
    }
}

fn check_decisions(d: &Decisions) -> std::result::Result<(), String> {
    let order = [
        ("internal", d.internal),
        ("confidential", d.confidential),
        ("secret", d.secret),
    ];
    for (level, decision) in order {
        if decision == Decision::Cloud {
            return Err(format!(
                "[decisions] {level} = \"cloud\": a text with something left after redaction \
                 cannot go out as is (use cloud-redacted, sovereign, on-premise or block)"
            ));
        }
    }
    for pair in order.windows(2) {
        if pair[1].1 < pair[0].1 {
            return Err(format!(
                "[decisions] {} = \"{}\" is more open than {} = \"{}\": a higher level cannot \
                 lead to a more open decision",
                pair[1].0, pair[1].1, pair[0].0, pair[0].1
            ));
        }
    }
    Ok(())
}

/// Whether no letter or digit sits right before `i` (UTF-8 decoded; invalid bytes separate).
fn word_start(text: &[u8], i: usize) -> bool {
    let head = &text[i.saturating_sub(4)..i];
    let last = head
        .utf8_chunks()
        .last()
        .and_then(|c| {
            c.invalid()
                .is_empty()
                .then(|| c.valid().chars().next_back())
        })
        .flatten();
    !last.is_some_and(|c| c.is_alphanumeric() || c == '_')
}

fn word_end(text: &[u8], i: usize) -> bool {
    let tail = &text[i..(i + 4).min(text.len())];
    let first = tail
        .utf8_chunks()
        .next()
        .and_then(|c| c.valid().chars().next());
    !first.is_some_and(|c| c.is_alphanumeric() || c == '_')
}

impl PolicyConfig {
    /// Parses a policy file and merges it onto the defaults; errors name `origin`, the line,
    /// the column and the reason.
    pub fn from_toml(origin: &str, source: &str) -> Result<PolicyConfig> {
        let file: PolicyFile =
            toml::from_str(source).map_err(|e| located(origin, source, e.span(), e.message()))?;
        let mut config = PolicyConfig::default();
        let PolicyFile {
            audit,
            clients,
            audit_user,
            audit_host,
            allow,
            other_kinds,
            thresholds,
            decisions,
            kinds,
            rules,
            markers,
            keywords,
            destinations,
        } = file;
        config.audit = audit.or(config.audit);
        config.clients = clients.or(config.clients);
        config.audit_user = audit_user.unwrap_or(config.audit_user);
        config.audit_host = audit_host.unwrap_or(config.audit_host);
        if let Some(allow) = allow {
            if allow.len() > MAX_ALLOW {
                return Err(located(
                    origin,
                    source,
                    None,
                    &format!("allow: more than {MAX_ALLOW} values"),
                ));
            }
            config.allow = allow;
        }
        config.other_kinds = other_kinds.unwrap_or(config.other_kinds);
        if let Some(n) = thresholds.personal_data_file {
            config.thresholds.personal_data_file = n;
        }
        let mut first_decision_span = None;
        for (slot, value) in [
            (&mut config.decisions.internal, decisions.internal),
            (&mut config.decisions.confidential, decisions.confidential),
            (&mut config.decisions.secret, decisions.secret),
        ] {
            if let Some(value) = value {
                first_decision_span.get_or_insert(value.span());
                *slot = value.into_inner();
            }
        }
        if let Err(message) = check_decisions(&config.decisions) {
            return Err(located(origin, source, first_decision_span, &message));
        }
        config
            .kinds
            .extend(kinds.into_iter().map(|(k, v)| (k.0, v)));
        config
            .rules
            .extend(rules.into_iter().map(|(k, v)| (k.0, v)));
        config
            .markers
            .extend(markers.into_iter().map(|(k, v)| (k.0, v)));
        for (list, file_list) in [
            (&mut config.keywords.internal, keywords.internal),
            (&mut config.keywords.confidential, keywords.confidential),
            (&mut config.keywords.secret, keywords.secret),
        ] {
            for word in file_list.words {
                let w = word.get_ref();
                let folded = crate::fold::fold_str(w.trim_end_matches('*'));
                if folded.is_empty() || folded == " " || w.len() > MAX_KEYWORD_LEN {
                    return Err(located(
                        origin,
                        source,
                        Some(word.span()),
                        &format!("a keyword must hold a letter or digit and be at most {MAX_KEYWORD_LEN} bytes"),
                    ));
                }
                list.words.push(word.into_inner());
            }
            list.regex.extend(file_list.regex.into_iter().map(|r| r.0));
        }
        config
            .destinations
            .extend(destinations.into_iter().map(|(k, v)| (k.0, v)));
        Ok(config)
    }

    /// The configuration as TOML, in a stable order: `policy show` prints it, the audit trail
    /// hashes it, and it reads back as a policy file.
    pub fn to_toml(&self) -> String {
        toml::to_string(self).expect("a policy configuration always serialises")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(source: &str) -> String {
        Policy::from_toml("caviard.toml", source)
            .unwrap_err()
            .to_string()
    }

    #[test]
    fn errors_name_the_file_line_and_reason() {
        let table = [
            (
                "audit = \"a.log\"\nauditt = 1\n",
                "line 2, column 1",
                "auditt",
            ),
            ("[kinds]\nIBAN = \"top\"\n", "line 2, column 8", "top"),
            (
                "[kinds]\niban = \"secret\"\n",
                "line 2",
                "unknown kind `iban`",
            ),
            (
                "[keywords.secret]\nwords = [\"x\"]\nregex = ['ok', 'PRJ-[0-9']\n",
                "line 3",
                "bad regex",
            ),
            (
                "[markers]\nhealthy = \"secret\"\n",
                "line 2",
                "unknown marker category",
            ),
            (
                "[destinations.chatgpt]\nmax-level = \"internal\"\nmax = 1\n",
                "line 3",
                "unknown field `max`",
            ),
            ("[decisions]\nsecret = \"nowhere\"\n", "line 2", "nowhere"),
            (
                "[decisions]\nconfidential = \"block\"\n",
                "line 2",
                "more open",
            ),
            (
                "[decisions]\ninternal = \"cloud\"\n",
                "line 2",
                "cannot go out as is",
            ),
            ("[keywords.top]\nwords = [\"x\"]\n", "line 1", "top"),
            (
                "[keywords.secret]\nwords = [\" - \"]\n",
                "line 2",
                "letter or digit",
            ),
            (
                "[rules]\n\"Bad Rule\" = \"public\"\n",
                "line 2",
                "bad rule id",
            ),
        ];
        for (source, location, reason) in table {
            let e = err(source);
            assert!(e.starts_with("caviard.toml: "), "{e}");
            assert!(e.contains(location), "{source:?}: {e}");
            assert!(e.contains(reason), "{source:?}: {e}");
            assert!(!e.contains('\n'), "{e}");
        }
    }

    #[test]
    fn files_merge_onto_the_defaults() {
        let policy = Policy::from_toml(
            "t",
            "allow = [\"x@y.fr\"]\n[kinds]\nSIREN = \"public\"\nCONTRACT_ID = \"secret\"\n\
             [rules]\niban = \"secret\"\n[decisions]\nsecret = \"block\"\n\
             [destinations.chatgpt]\nmax-level = \"internal\"\n",
        )
        .unwrap();
        let c = policy.config();
        assert_eq!(c.kinds["SIREN"], Criticity::Public);
        assert_eq!(c.kinds["IBAN"], Criticity::Confidential);
        assert_eq!(c.kinds["CONTRACT_ID"], Criticity::Secret);
        assert_eq!(policy.level_of(&Kind::Iban, "iban"), Criticity::Secret);
        assert_eq!(
            policy.level_of(&Kind::Iban, "iban-x"),
            Criticity::Confidential
        );
        assert_eq!(
            policy.level_of(&Kind::Custom(Arc::from("OTHER")), "r"),
            Criticity::Confidential
        );
        assert_eq!(c.decisions.secret, Decision::Block);
        assert_eq!(c.decisions.confidential, Decision::Sovereign);
        assert_eq!(policy.destination("chatgpt").unwrap(), Criticity::Internal);
        assert_eq!(
            policy.destination("public-cloud").unwrap(),
            Criticity::Internal
        );
        assert!(policy.destination("nope").is_err());
        assert_eq!(c.markers["health"], Criticity::Confidential);
    }

    #[test]
    fn the_effective_policy_reads_back_identically() {
        let policy = Policy::from_toml(
            "t",
            "audit = \"a.jsonl\"\naudit-user = true\n[keywords.confidential]\n\
             words = [\"projet Orion\"]\nregex = ['PRJ-[0-9]{4}']\n",
        )
        .unwrap();
        let shown = policy.config().to_toml();
        let again = Policy::from_toml("shown", &shown).unwrap();
        assert_eq!(again.config(), policy.config());
        assert_eq!(again.sha256(), policy.sha256());
        assert_ne!(Policy::default().sha256(), policy.sha256());
    }

    #[test]
    fn decisions_follow_the_levels() {
        let policy = Policy::default();
        use Criticity::*;
        assert_eq!(policy.decide(Public, Public), Decision::Cloud);
        assert_eq!(policy.decide(Secret, Public), Decision::CloudRedacted);
        assert_eq!(policy.decide(Internal, Internal), Decision::CloudRedacted);
        assert_eq!(policy.decide(Secret, Confidential), Decision::Sovereign);
        assert_eq!(policy.decide(Secret, Secret), Decision::OnPremise);
    }

    #[test]
    fn keywords_raise_the_level_and_survive() {
        let policy = Policy::from_toml(
            "t",
            "[keywords.secret]\nwords = [\"projet Orion\"]\n\
             [keywords.confidential]\nregex = ['PRJ-[0-9]{4}']\n",
        )
        .unwrap();
        let hits = |text: &str| {
            let mut v: Vec<_> = policy
                .find_words(text.as_bytes())
                .into_iter()
                .map(|(g, s)| (g, text[s.start..s.end].to_string()))
                .collect();
            v.sort();
            v
        };
        assert_eq!(hits("Le PROJET ORION avance").len(), 1);
        assert_eq!(hits("Réf. prj-2041 validée")[0].1, "prj-2041");
        assert!(hits("XPRJ-2041 et PRJ-20411").is_empty());
        assert!(hits("projet Orionis").is_empty());
    }
}
