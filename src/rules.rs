//! Declarative rules, as written in `patterns/*.toml`. The built-in files are embedded in the
//! binary, so caviard works with no configuration; users add their own with `--patterns FILE`.
//!
//! ```toml
//! [[rule]]
//! id = "siren-context"          # unique, kebab-case; reported as `rule`
//! kind = "SIREN"                # a built-in kind, or a custom UPPER_SNAKE name
//! regex = '[0-9]{9}'            # no \b: boundaries are checked in code (see `boundary`)
//! validator = "siren"           # optional: a checksum or shape check (see `Validator::NAMES`)
//! context = ["siren", "rcs"]    # optional: one of these words must stand near the match
//! deny-context = ["commande"]   # optional: none of these may stand before the match
//! keywords = ["akia"]           # optional prefilter: the regex runs only on lines holding one
//! boundary = "number"           # "word" (default), "number" or "none"
//! anchor = "digit"              # every match holds digits (see `Anchor`): a faster pass
//! lines-after = 1               # with keywords: also look at the next line(s), at most 3
//! keyword-at-word-start = true  # with keywords: a hit counts only at a word start ("né")
//! line-needs = ["=", ":"]       # with keywords: the hit's line must also hold one of these
//! keyword-in-assignment = true  # with keywords: a hit counts only in a key name before = or :
//! after-kind = "IBAN"           # also runs right after a finding of this kind (its context)
//! group = 1                     # optional: report only this capture group (a secret's value)
//! priority = 120                # ranks overlaps; 100 and above is the secret tier (see below)
//! allow-values = ["example"]    # optional: a candidate holding one of these is not a finding
//! allow-regex = '(?i)null|true' # optional: a candidate matching this whole is not a finding
//! examples.positive = ["SIREN : ⟦732829320⟧"]  # ⟦…⟧ marks the exact finding expected
//! examples.negative = ["Commande 732829320"]
//! ```
//!
//! Overlapping findings: the longest wins, then the higher `priority`. Rules with a priority
//! of 100 or more (secrets) form a tier above that: they win over any overlapping finding of
//! a lower tier whatever its length, so that `postgres://app:s3cret@db.example.com` masks the
//! password as a secret rather than `s3cret@db.example.com` as an e-mail address; within the
//! tier the higher priority wins first (a specific rule knows where its value ends). Secret
//! rules with keywords run each alone, on the lines holding one of their own keywords.
//!
//! `allow-values` and `allow-regex` reject obvious placeholders (`changeme`, `${DB_PASSWORD}`,
//! `AKIAIOSFODNN7EXAMPLE`): `allow-values` are substrings, ASCII case-insensitive, searched in
//! the reported value (the group when `group` is set); `allow-regex` must match the whole
//! value. Both are compiled once with the rule.

use serde::Deserialize;

use crate::error::{Error, Result};
use crate::kind::Kind;
use crate::validate::Validator;

/// The pattern files compiled into the binary.
pub const BUILTIN_FILES: &[(&str, &str)] = &[
    (
        "patterns/identifiers.toml",
        include_str!("../patterns/identifiers.toml"),
    ),
    (
        "patterns/personal.toml",
        include_str!("../patterns/personal.toml"),
    ),
    (
        "patterns/secrets.toml",
        include_str!("../patterns/secrets.toml"),
    ),
];

/// Priorities from this value up form the secret tier: such a finding wins every overlap with
/// a finding below the tier, even a longer one.
pub const SECRET_TIER: i32 = 100;

/// Upper bounds on user-supplied rules, so that an untrusted file cannot exhaust memory.
pub const MAX_REGEX_LEN: usize = 4096;
pub const MAX_RULES_PER_FILE: usize = 1000;
pub const MAX_KEYWORDS_PER_RULE: usize = 256;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RuleFile {
    #[serde(default)]
    rule: Vec<RuleSpec>,
}

/// One rule as written in a pattern file.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RuleSpec {
    pub id: String,
    pub kind: String,
    #[serde(default)]
    pub description: String,
    pub regex: String,
    #[serde(default)]
    /// Literal prefilter. A keyword matches as written, in lower case, in UPPER case and
    /// Capitalised; not in any other case, so camelCase spellings are listed (`apiKey`).
    pub keywords: Vec<String>,
    pub validator: Option<String>,
    #[serde(default)]
    pub context: Vec<String>,
    #[serde(default)]
    pub deny_context: Vec<String>,
    /// Bytes before the match searched for context words.
    #[serde(default = "default_context_before")]
    pub context_before: usize,
    /// Bytes after the match searched for context words.
    #[serde(default = "default_context_after")]
    pub context_after: usize,
    #[serde(default)]
    pub boundary: Boundary,
    /// Report only this capture group of the match (a secret's value, not its key name).
    pub group: Option<usize>,
    /// Ranks overlapping findings of equal length: the higher wins. From [`SECRET_TIER`] up,
    /// wins over any overlapping finding of a lower tier, whatever the lengths.
    #[serde(default)]
    pub priority: i32,
    /// With keywords: the keyword opens a block that may span lines (a PEM key).
    #[serde(default)]
    pub multiline: bool,
    /// With keywords: the rule also sees this many lines after the keyword's line (an address
    /// whose postcode and city are on the next line). At most 3.
    #[serde(default)]
    pub lines_after: usize,
    /// With keywords: a keyword counts only where no letter or digit comes just before it
    /// ("né" in "né le", not in "année").
    #[serde(default)]
    pub keyword_at_word_start: bool,
    /// With keywords: the rule runs on a keyword's line only if that line also holds one of
    /// these strings (ASCII case-insensitive): an assignment needs "=" or ":", a date a
    /// digit. A cheap test that spares the regex the many lines where a keyword is a word.
    #[serde(default)]
    pub line_needs: Vec<String>,
    /// With keywords: a hit counts only inside a key name that an assignment follows. After
    /// the hit come the rest of the name (letters, digits, `_.-(`), at most a closing quote
    /// and a `]`, spaces, then `:` or `=` (`password = …`, `"api_key": …`, `$c['db_pass'] =
    /// …`). For rules whose regex requires that shape: a keyword used as a word in a log
    /// line or in prose ("invalid password for user") then costs no regex search.
    #[serde(default)]
    pub keyword_in_assignment: bool,
    /// The rule also runs right after each finding of this kind (on the same line, past
    /// separators only), and that finding stands as its context: a BIC printed after an
    /// IBAN with no label ("FR76 … 189 BNPAFRPPXXX").
    pub after_kind: Option<String>,
    /// Substrings (ASCII case-insensitive) that mark a candidate value as a placeholder.
    #[serde(default)]
    pub allow_values: Vec<String>,
    /// A regex that, matching a candidate value whole, marks it as a placeholder.
    pub allow_regex: Option<String>,
    #[serde(default)]
    pub anchor: Anchor,
    #[serde(default)]
    pub examples: Examples,
}

fn default_context_before() -> usize {
    48
}

fn default_context_after() -> usize {
    16
}

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Examples {
    #[serde(default)]
    pub positive: Vec<String>,
    #[serde(default)]
    pub negative: Vec<String>,
}

/// How a match must be separated from its neighbours, checked in code so that the automata
/// stay on their fast paths (Unicode `\b` would push them off).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Boundary {
    /// Not glued to a letter, digit or underscore on either side.
    #[default]
    Word,
    /// As `word`, and not a fragment of a longer grouped number ("12 345 678 901 234"), of a
    /// decimal ("123 456 789,50") or of an amount ("123 456 789 €").
    Number,
    None,
}

/// What every match of a rule is known to hold, so that the engine can skip text that
/// cannot match. Rules with keywords are gated by them instead.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Anchor {
    /// No promise: the rule runs over the whole text.
    #[default]
    None,
    /// Every match holds an ASCII digit, starts at most 12 bytes before its first digit, ends
    /// at most 12 bytes after its last, and has no run of more than 12 bytes without a digit.
    /// The rule then runs only around the digits of the text (numbers, IBANs, phones, IPs).
    Digit,
}

/// A parsed rule with its origin, ready to compile.
#[derive(Clone, Debug)]
pub struct RuleDef {
    pub origin: String,
    pub spec: RuleSpec,
    pub kind: Kind,
    pub validator: Option<Validator>,
}

/// Parses one pattern file. `origin` names it in errors (a path, or `patterns/x.toml`).
pub fn parse_file(origin: &str, source: &str) -> Result<Vec<RuleDef>> {
    let file: RuleFile = toml::from_str(source).map_err(|e| Error::PatternFile {
        origin: origin.to_string(),
        message: e.to_string().trim_end().to_string(),
    })?;
    check_file(origin, file)
}

/// As [`parse_file`], but the text of an embedded file (or a copy of one, as `--patterns
/// patterns/identifiers.toml`) is read from its precompiled form (see `precompiled.rs`):
/// the same rules, without the TOML parser's cost at every start.
pub fn parse_source(origin: &str, source: &str) -> Result<Vec<RuleDef>> {
    match crate::precompiled::read::<RuleFile>(source) {
        Some(file) => check_file(origin, file),
        None => parse_file(origin, source),
    }
}

/// As [`parse_source`], but an embedded file's rules come without their examples (empty
/// lists): they are half of the files' text and only the tests read them, through
/// `Engine::rule_defs`, which reads the files again with them.
pub(crate) fn parse_source_lean(origin: &str, source: &str) -> Result<Vec<RuleDef>> {
    match crate::precompiled::read_lean::<RuleFile>(source) {
        Some(file) => check_file(origin, file),
        None => parse_source(origin, source),
    }
}

fn check_file(origin: &str, file: RuleFile) -> Result<Vec<RuleDef>> {
    if file.rule.len() > MAX_RULES_PER_FILE {
        return Err(Error::PatternFile {
            origin: origin.to_string(),
            message: format!("more than {MAX_RULES_PER_FILE} rules"),
        });
    }
    file.rule
        .into_iter()
        .map(|spec| check_rule(origin, spec))
        .collect()
}

fn check_rule(origin: &str, spec: RuleSpec) -> Result<RuleDef> {
    let fail = |message: String| Error::Rule {
        origin: origin.to_string(),
        rule: spec.id.clone(),
        message,
    };
    let id_ok = !spec.id.is_empty()
        && spec.id.len() <= 64
        && spec
            .id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    if !id_ok {
        return Err(fail(
            "id must be 1–64 characters of a-z, 0-9 and '-'".into(),
        ));
    }
    let kind = Kind::parse(&spec.kind).ok_or_else(|| {
        fail(format!(
            "unknown kind `{}`: use a built-in kind or an UPPER_SNAKE name",
            spec.kind
        ))
    })?;
    let validator = match &spec.validator {
        None => None,
        Some(name) => Some(Validator::parse(name).ok_or_else(|| {
            fail(format!(
                "unknown validator `{name}` (known: {})",
                Validator::NAMES.join(", ")
            ))
        })?),
    };
    if spec.regex.is_empty() || spec.regex.len() > MAX_REGEX_LEN {
        return Err(fail(format!("regex must be 1–{MAX_REGEX_LEN} bytes")));
    }
    if spec.keywords.len() > MAX_KEYWORDS_PER_RULE
        || spec.keywords.iter().any(|k| k.is_empty() || k.len() > 64)
    {
        return Err(fail(format!(
            "keywords: at most {MAX_KEYWORDS_PER_RULE}, each 1–64 bytes"
        )));
    }
    if spec.allow_values.len() > MAX_KEYWORDS_PER_RULE
        || spec
            .allow_values
            .iter()
            .any(|k| k.is_empty() || k.len() > 64)
    {
        return Err(fail(format!(
            "allow-values: at most {MAX_KEYWORDS_PER_RULE}, each 1–64 bytes"
        )));
    }
    if spec
        .allow_regex
        .as_ref()
        .is_some_and(|r| r.is_empty() || r.len() > MAX_REGEX_LEN)
    {
        return Err(fail(format!("allow-regex must be 1–{MAX_REGEX_LEN} bytes")));
    }
    if spec.anchor == Anchor::Digit && !spec.keywords.is_empty() {
        return Err(fail(
            "a rule has either keywords or anchor = \"digit\", not both".into(),
        ));
    }
    if spec.multiline && spec.keywords.is_empty() {
        return Err(fail("multiline needs keywords".into()));
    }
    if (spec.keyword_at_word_start || !spec.line_needs.is_empty() || spec.keyword_in_assignment)
        && spec.keywords.is_empty()
    {
        return Err(fail(
            "keyword-at-word-start, line-needs and keyword-in-assignment need keywords".into(),
        ));
    }
    if spec.line_needs.iter().any(String::is_empty) || spec.line_needs.len() > 64 {
        return Err(fail("line-needs: at most 64 non-empty strings".into()));
    }
    if spec.lines_after > 0 && spec.keywords.is_empty() || spec.lines_after > 3 {
        return Err(fail("lines-after needs keywords and is at most 3".into()));
    }
    if let Some(after) = &spec.after_kind {
        if Kind::parse(after).is_none() {
            return Err(fail(format!("after-kind: unknown kind {after:?}")));
        }
    }
    if spec.context_before > 512 || spec.context_after > 512 {
        return Err(fail("context windows are at most 512 bytes".into()));
    }
    Ok(RuleDef {
        origin: origin.to_string(),
        spec,
        kind,
        validator,
    })
}

/// The markers that delimit the expected finding inside a positive example.
pub const EXAMPLE_OPEN: char = '⟦';
pub const EXAMPLE_CLOSE: char = '⟧';

/// Splits a positive example into its text and the expected span, if marked.
pub fn parse_example(example: &str) -> (String, Option<(usize, usize)>) {
    match (example.find(EXAMPLE_OPEN), example.find(EXAMPLE_CLOSE)) {
        (Some(open), Some(close)) if open < close => {
            let mut text = String::with_capacity(example.len());
            text.push_str(&example[..open]);
            let start = text.len();
            text.push_str(&example[open + EXAMPLE_OPEN.len_utf8()..close]);
            let end = text.len();
            text.push_str(&example[close + EXAMPLE_CLOSE.len_utf8()..]);
            (text, Some((start, end)))
        }
        _ => (example.to_string(), None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_fields_are_refused_with_their_line() {
        let err = parse_file(
            "user.toml",
            "[[rule]]\nid = \"x\"\nkind = \"IBAN\"\nregx = \"a\"\n",
        )
        .unwrap_err()
        .to_string();
        assert!(err.contains("user.toml"), "{err}");
        assert!(err.contains("line 4"), "{err}");
        assert!(err.contains("regx"), "{err}");
    }

    #[test]
    fn bad_kind_validator_and_id() {
        let cases = [
            ("id = \"x\"\nkind = \"iban\"\nregex = \"a\"", "unknown kind"),
            (
                "id = \"x\"\nkind = \"IBAN\"\nregex = \"a\"\nvalidator = \"nope\"",
                "unknown validator",
            ),
            (
                "id = \"Bad Id\"\nkind = \"IBAN\"\nregex = \"a\"",
                "id must be",
            ),
            ("id = \"x\"\nkind = \"IBAN\"\nregex = \"\"", "regex must be"),
        ];
        for (body, expected) in cases {
            let err = parse_file("f.toml", &format!("[[rule]]\n{body}\n"))
                .unwrap_err()
                .to_string();
            assert!(err.contains(expected), "{err}");
        }
    }

    #[test]
    fn example_markers() {
        assert_eq!(
            parse_example("IBAN ⟦FR76⟧ ok"),
            ("IBAN FR76 ok".to_string(), Some((5, 9)))
        );
        assert_eq!(parse_example("plain"), ("plain".to_string(), None));
    }
}
