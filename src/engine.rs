//! The engine: rules compiled once into two multi-pattern automata, one pass over the text,
//! validators on candidates only, overlaps resolved once.

use std::ops::Range;
use std::path::Path;
use std::sync::Arc;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind as AcMatchKind};
use regex_automata::meta::{self, Regex};
use regex_automata::util::captures::Captures;
use regex_automata::util::syntax;
use regex_automata::{Anchored, Input, MatchKind, PatternID};

use crate::error::{Error, Result};
use crate::finding::{Finding, Span};
use crate::kind::Kind;
use crate::mask::{Mask, Masker, Style};
use crate::rules::{self, Boundary, RuleDef};
use crate::validate::Validator;

/// How far a multi-line rule (a PEM block) may reach from its keyword.
const MULTILINE_REACH: usize = 1 << 20;

/// A compiled rule: what the search loop needs to confirm a candidate.
#[derive(Debug)]
struct Rule {
    id: Arc<str>,
    kind: Kind,
    validator: Option<Validator>,
    context: Option<AhoCorasick>,
    deny_context: Option<AhoCorasick>,
    context_before: usize,
    context_after: usize,
    boundary: Boundary,
    group: Option<usize>,
    priority: i32,
}

/// One multi-pattern automaton and, per pattern, the rule it stands for.
#[derive(Debug)]
struct Pass {
    regex: Regex,
    rules: Vec<usize>,
    /// True when some pattern of this pass reports a capture group rather than the whole match.
    has_groups: bool,
}

/// Keyword-gated rules: their automaton runs only on the lines where a keyword appears.
#[derive(Debug)]
struct GatedPass {
    keywords: AhoCorasick,
    /// Per keyword pattern: whether it opens a multi-line block.
    multiline: Vec<bool>,
    pass: Pass,
}

/// A candidate that passed its checks, before overlaps are resolved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Candidate {
    start: usize,
    end: usize,
    rule: usize,
}

/// A confirmed candidate from any detector, before overlaps are resolved.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Detection {
    pub kind: Kind,
    pub span: Span,
    /// The id of the rule or detector that confirmed it, reported as the finding's `rule`.
    pub rule: Arc<str>,
    /// Ranks overlapping detections of equal length: the higher wins.
    pub priority: i32,
}

/// Finds what regex rules cannot express: dictionaries (client lists), names in context.
/// Detectors run on the same text as the rules, and their detections go through the same
/// overlap resolution and masking.
pub trait Detector: Send + Sync + std::fmt::Debug {
    /// Appends the confirmed detections found in `text`. Must never panic, whatever the input.
    fn detect(&self, text: &str, out: &mut Vec<Detection>);
}

/// Builds an [`Engine`] from the embedded rules and any user pattern files.
#[derive(Debug, Default)]
pub struct EngineBuilder {
    skip_builtin: bool,
    sources: Vec<(String, String)>,
    detectors: Vec<Box<dyn Detector>>,
}

impl EngineBuilder {
    pub fn new() -> EngineBuilder {
        EngineBuilder::default()
    }

    /// Leaves out the embedded default rules (only the added pattern files are used).
    pub fn no_default_patterns(mut self) -> EngineBuilder {
        self.skip_builtin = true;
        self
    }

    /// Adds the rules of a pattern file given as text; `origin` names it in errors.
    pub fn patterns_str(mut self, origin: impl Into<String>, source: impl Into<String>) -> Self {
        self.sources.push((origin.into(), source.into()));
        self
    }

    /// Adds a detector that runs beside the rules.
    pub fn detector(mut self, detector: impl Detector + 'static) -> EngineBuilder {
        self.detectors.push(Box::new(detector));
        self
    }

    /// Adds the rules of a pattern file read from disk.
    pub fn patterns_file(self, path: impl AsRef<Path>) -> Result<EngineBuilder> {
        let path = path.as_ref();
        const MAX_PATTERN_FILE: u64 = 4 << 20;
        let meta = std::fs::metadata(path).map_err(|source| Error::Io {
            path: path.to_path_buf(),
            source,
        })?;
        if meta.len() > MAX_PATTERN_FILE {
            return Err(Error::PatternFile {
                origin: path.display().to_string(),
                message: format!("pattern file larger than {MAX_PATTERN_FILE} bytes"),
            });
        }
        let source = std::fs::read_to_string(path).map_err(|source| Error::Io {
            path: path.to_path_buf(),
            source,
        })?;
        Ok(self.patterns_str(path.display().to_string(), source))
    }

    pub fn build(self) -> Result<Engine> {
        let mut defs = Vec::new();
        if !self.skip_builtin {
            for (origin, source) in rules::BUILTIN_FILES {
                defs.extend(rules::parse_file(origin, source)?);
            }
        }
        for (origin, source) in &self.sources {
            defs.extend(rules::parse_file(origin, source)?);
        }
        Engine::compile(defs, self.detectors)
    }
}

/// The redaction engine. Build it once ([`Engine::builder`] or [`Engine::default`]) and share
/// it: it is `Send + Sync`, and cloning it only clones an `Arc`.
#[derive(Clone, Debug)]
pub struct Engine {
    inner: Arc<Inner>,
}

#[derive(Debug)]
struct Inner {
    defs: Vec<RuleDef>,
    rules: Vec<Rule>,
    always: Option<Pass>,
    gated: Option<GatedPass>,
    detectors: Vec<Box<dyn Detector>>,
}

impl Default for Engine {
    /// The engine with the embedded default rules. Panics only if the embedded rules are
    /// broken, which the test suite rules out.
    fn default() -> Engine {
        EngineBuilder::new()
            .build()
            .expect("embedded default rules compile")
    }
}

/// Text before and after a candidate, for context words.
fn window(hay: &str, start: usize, end: usize, before: usize, after: usize) -> &[u8] {
    let bytes = hay.as_bytes();
    &bytes[start.saturating_sub(before)..(end + after).min(bytes.len())]
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Separators that group digits in numbers as people write them.
fn is_group_separator(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '.' | '-' | ',')
}

fn char_before(hay: &str, i: usize) -> Option<char> {
    hay[..i].chars().next_back()
}

fn char_after(hay: &str, i: usize) -> Option<char> {
    hay[i..].chars().next()
}

/// Whether the text at `start` may begin a finding under `boundary`.
fn start_boundary_ok(hay: &str, start: usize, boundary: Boundary) -> bool {
    match boundary {
        Boundary::None => true,
        Boundary::Word => !char_before(hay, start).is_some_and(is_word_char),
        Boundary::Number => match char_before(hay, start) {
            None => true,
            Some(c) if is_word_char(c) => false,
            Some(c) if is_group_separator(c) => {
                let before = start - c.len_utf8();
                !char_before(hay, before).is_some_and(|d| d.is_ascii_digit())
            }
            Some(_) => true,
        },
    }
}

fn end_boundary_ok(hay: &str, end: usize, boundary: Boundary) -> bool {
    match boundary {
        Boundary::None => true,
        Boundary::Word => !char_after(hay, end).is_some_and(is_word_char),
        Boundary::Number => {
            match char_after(hay, end) {
                None => return true,
                Some(c) if is_word_char(c) => return false,
                Some(c) if is_group_separator(c) => {
                    let after = end + c.len_utf8();
                    if char_after(hay, after).is_some_and(|d| d.is_ascii_digit()) {
                        return false;
                    }
                }
                Some(_) => {}
            }
            !followed_by_currency(&hay[end..])
        }
    }
}

/// "123 456 789 €", "… 789 EUR", "… 789 euros": an amount, not an identifier.
fn followed_by_currency(rest: &str) -> bool {
    let rest = rest.trim_start_matches([' ', '\u{a0}', '\u{202f}']);
    let head = &rest.as_bytes()[..rest.len().min(4)];
    rest.starts_with('€')
        || rest.starts_with('$')
        || rest.starts_with('£')
        || head.len() >= 3 && head[..3].eq_ignore_ascii_case(b"eur")
        || head.len() >= 3 && head[..3].eq_ignore_ascii_case(b"usd")
}

/// Where to resume after a candidate whose start is glued to a word: past that word.
fn skip_word(hay: &str, start: usize) -> usize {
    let mut end = start;
    for c in hay[start..].chars() {
        if end > start && !is_word_char(c) {
            break;
        }
        end += c.len_utf8();
    }
    end
}

enum Verdict {
    Accept(Candidate),
    /// The start is glued to a word: no rule can start here.
    RejectStart,
    Reject,
}

impl Engine {
    pub fn builder() -> EngineBuilder {
        EngineBuilder::new()
    }

    fn compile(defs: Vec<RuleDef>, detectors: Vec<Box<dyn Detector>>) -> Result<Engine> {
        let mut seen = std::collections::HashSet::new();
        for def in &defs {
            if !seen.insert(def.spec.id.as_str()) {
                return Err(Error::Rule {
                    origin: def.origin.clone(),
                    rule: def.spec.id.clone(),
                    message: "duplicate rule id".into(),
                });
            }
        }
        let mut rules = Vec::with_capacity(defs.len());
        for def in &defs {
            rules.push(compile_rule(def)?);
        }
        let (gated_ids, always_ids): (Vec<usize>, Vec<usize>) =
            (0..defs.len()).partition(|&i| !defs[i].spec.keywords.is_empty());
        let always = compile_pass(&defs, &always_ids)?;
        let gated = match compile_pass(&defs, &gated_ids)? {
            None => None,
            Some(pass) => {
                let mut words = Vec::new();
                let mut multiline = Vec::new();
                for &i in &gated_ids {
                    for word in &defs[i].spec.keywords {
                        words.push(word.as_str());
                        multiline.push(defs[i].spec.multiline);
                    }
                }
                let keywords = AhoCorasickBuilder::new()
                    .ascii_case_insensitive(true)
                    .match_kind(AcMatchKind::Standard)
                    .build(&words)
                    .map_err(|e| Error::Config(format!("keywords: {e}")))?;
                Some(GatedPass {
                    keywords,
                    multiline,
                    pass,
                })
            }
        };
        Ok(Engine {
            inner: Arc::new(Inner {
                defs,
                rules,
                always,
                gated,
                detectors,
            }),
        })
    }

    /// The rules this engine runs, as they were read, with their examples.
    pub fn rule_defs(&self) -> &[RuleDef] {
        &self.inner.defs
    }

    /// Finds every confirmed finding in `text`, sorted by position, never overlapping.
    pub fn scan(&self, text: &str) -> Vec<Finding> {
        let mut candidates = Vec::new();
        self.collect(text, &mut candidates);
        let mut detections: Vec<Detection> =
            candidates.into_iter().map(|c| self.detection(c)).collect();
        for detector in &self.inner.detectors {
            detector.detect(text, &mut detections);
        }
        resolve(detections)
            .into_iter()
            .map(|d| Finding {
                kind: d.kind,
                span: d.span,
                rule: d.rule,
            })
            .collect()
    }

    /// Scans bytes that may not be valid UTF-8: detection runs on each valid run, and offsets
    /// refer to the original bytes.
    pub fn scan_bytes(&self, bytes: &[u8]) -> Vec<Finding> {
        let mut findings = Vec::new();
        for (base, valid) in valid_runs(bytes) {
            findings.extend(self.scan(valid).into_iter().map(|mut f| {
                f.span.start += base;
                f.span.end += base;
                f
            }));
        }
        findings
    }

    /// Replaces each finding in `text` according to `style`; everything else is unchanged.
    pub fn redact(&self, text: &str, style: &Style) -> Redaction {
        let mut masker = Masker::new(style.clone());
        self.redact_with(text, &mut masker)
    }

    /// As [`Engine::redact`], numbering placeholders with `masker`, so that the same value
    /// gets the same placeholder across several calls.
    /// Any [`Mask`] does: a [`Masker`], or a [`crate::Session`] backed by a vault.
    pub fn redact_with<M: Mask + ?Sized>(&self, text: &str, masker: &mut M) -> Redaction {
        let findings = self.scan(text);
        masker.prepare(text, &findings);
        let mut out = String::with_capacity(text.len());
        let mut last = 0;
        for f in &findings {
            out.push_str(&text[last..f.span.start]);
            masker.mask_into(f, f.text(text), &mut out);
            last = f.span.end;
        }
        out.push_str(&text[last..]);
        Redaction {
            text: out,
            findings,
        }
    }

    /// Redacts bytes that may not be valid UTF-8: invalid bytes pass through unchanged,
    /// detection runs on the valid runs, offsets refer to the original bytes.
    pub fn redact_bytes<M: Mask + ?Sized>(
        &self,
        bytes: &[u8],
        masker: &mut M,
    ) -> (Vec<u8>, Vec<Finding>) {
        let mut out = Vec::with_capacity(bytes.len());
        let mut findings = Vec::new();
        let mut copied = 0;
        for (base, valid) in valid_runs(bytes) {
            // The invalid bytes between two valid runs pass through unchanged.
            out.extend_from_slice(&bytes[copied..base]);
            copied = base + valid.len();
            let r = self.redact_with(valid, masker);
            out.extend_from_slice(r.text.as_bytes());
            findings.extend(r.findings.into_iter().map(|mut f| {
                f.span.start += base;
                f.span.end += base;
                f
            }));
        }
        (out, findings)
    }

    fn detection(&self, c: Candidate) -> Detection {
        let rule = &self.inner.rules[c.rule];
        Detection {
            kind: rule.kind.clone(),
            span: Span {
                start: c.start,
                end: c.end,
            },
            rule: rule.id.clone(),
            priority: rule.priority,
        }
    }

    fn collect(&self, hay: &str, out: &mut Vec<Candidate>) {
        if let Some(pass) = &self.inner.always {
            self.run_pass(pass, hay, 0..hay.len(), out);
        }
        if let Some(gated) = &self.inner.gated {
            let bytes = hay.as_bytes();
            let mut region: Option<Range<usize>> = None;
            for hit in gated.keywords.find_iter(bytes) {
                if region.as_ref().is_some_and(|r| hit.end() <= r.end) {
                    continue;
                }
                let start = memchr::memrchr(b'\n', &bytes[..hit.start()]).map_or(0, |i| i + 1);
                let end = if gated.multiline[hit.pattern().as_usize()] {
                    floor_char_boundary(hay, hit.start().saturating_add(MULTILINE_REACH))
                } else {
                    memchr::memchr(b'\n', &bytes[hit.end()..]).map_or(hay.len(), |i| hit.end() + i)
                };
                match &mut region {
                    Some(r) if start <= r.end => r.end = r.end.max(end),
                    _ => {
                        if let Some(r) = region.take() {
                            self.run_pass(&gated.pass, hay, r, out);
                        }
                        region = Some(start..end);
                    }
                }
            }
            if let Some(r) = region {
                self.run_pass(&gated.pass, hay, r, out);
            }
        }
    }

    /// The search loop: leftmost-first match, confirm, and if that fails try the other
    /// patterns anchored at the same start before moving on.
    fn run_pass(&self, pass: &Pass, hay: &str, range: Range<usize>, out: &mut Vec<Candidate>) {
        let mut caps = pass.has_groups.then(|| pass.regex.create_captures());
        let mut at = range.start;
        while at < range.end {
            let input = Input::new(hay).span(at..range.end);
            let Some(m) = pass.regex.search(&input) else {
                break;
            };
            let (start, end) = (m.start(), m.end());
            match self.confirm(pass, m.pattern(), hay, start, end, caps.as_mut()) {
                Verdict::Accept(c) => {
                    out.push(c);
                    at = end.max(start + 1);
                    continue;
                }
                Verdict::RejectStart => {
                    at = skip_word(hay, start);
                    continue;
                }
                Verdict::Reject => {}
            }
            let mut best: Option<(Candidate, usize)> = None;
            for other in 0..pass.rules.len() {
                if other == m.pattern().as_usize() {
                    continue;
                }
                let pid = PatternID::new_unchecked(other);
                let input = Input::new(hay)
                    .span(start..range.end)
                    .anchored(Anchored::Pattern(pid));
                let Some(m2) = pass.regex.search(&input) else {
                    continue;
                };
                if let Verdict::Accept(c) =
                    self.confirm(pass, pid, hay, start, m2.end(), caps.as_mut())
                {
                    if best.is_none_or(|(_, e)| m2.end() > e) {
                        best = Some((c, m2.end()));
                    }
                }
            }
            match best {
                Some((c, match_end)) => {
                    out.push(c);
                    at = match_end;
                }
                // Resume after the rejected match, not inside it: a suffix of a rejected
                // token ("b::c" in "a::b::c") is not a finding either.
                None => at = end.max(start + char_after(hay, start).map_or(1, char::len_utf8)),
            }
        }
    }

    fn confirm(
        &self,
        pass: &Pass,
        pid: PatternID,
        hay: &str,
        start: usize,
        end: usize,
        caps: Option<&mut Captures>,
    ) -> Verdict {
        let rule_index = pass.rules[pid.as_usize()];
        let rule = &self.inner.rules[rule_index];
        let (mut s, mut e) = (start, end);
        if let Some(group) = rule.group {
            let Some(caps) = caps else {
                return Verdict::Reject;
            };
            let input = Input::new(hay)
                .span(start..end)
                .anchored(Anchored::Pattern(pid));
            pass.regex.search_captures(&input, caps);
            match caps.get_group(group) {
                Some(span) if span.start < span.end => (s, e) = (span.start, span.end),
                _ => return Verdict::Reject,
            }
        } else if !start_boundary_ok(hay, s, rule.boundary) {
            return Verdict::RejectStart;
        }
        if !end_boundary_ok(hay, e, rule.boundary) {
            return Verdict::Reject;
        }
        if rule.group.is_some() && !start_boundary_ok(hay, start, rule.boundary) {
            return Verdict::Reject;
        }
        let value = &hay[s..e];
        if let Some(v) = rule.validator {
            if !v.check(value) {
                return Verdict::Reject;
            }
        }
        if let Some(ac) = &rule.context {
            if !ac.is_match(window(hay, s, e, rule.context_before, rule.context_after)) {
                return Verdict::Reject;
            }
        }
        // Deny words label what comes after them ("Commande n° …"): look before only.
        if let Some(ac) = &rule.deny_context {
            if ac.is_match(window(hay, s, e, rule.context_before, 0)) {
                return Verdict::Reject;
            }
        }
        Verdict::Accept(Candidate {
            start: s,
            end: e,
            rule: rule_index,
        })
    }
}

/// Overlaps are settled once, here: within each cluster of overlapping detections the longest
/// wins, then the higher priority, then the earlier. The result is sorted and disjoint.
fn resolve(mut cands: Vec<Detection>) -> Vec<Detection> {
    cands.sort_unstable_by(|a, b| {
        (
            a.span.start,
            std::cmp::Reverse(a.span.end),
            std::cmp::Reverse(a.priority),
        )
            .cmp(&(
                b.span.start,
                std::cmp::Reverse(b.span.end),
                std::cmp::Reverse(b.priority),
            ))
    });
    cands.dedup_by(|later, earlier| later.span == earlier.span);
    let mut out = Vec::with_capacity(cands.len());
    let mut cluster: Vec<Detection> = Vec::new();
    let mut cluster_end = 0;
    for c in cands {
        if !cluster.is_empty() && c.span.start >= cluster_end {
            settle(&mut cluster, &mut out);
        }
        cluster_end = if cluster.is_empty() {
            c.span.end
        } else {
            cluster_end.max(c.span.end)
        };
        cluster.push(c);
    }
    settle(&mut cluster, &mut out);
    out
}

fn settle(cluster: &mut Vec<Detection>, out: &mut Vec<Detection>) {
    if cluster.len() <= 1 {
        out.append(cluster);
        return;
    }
    cluster.sort_by_key(|c| {
        (
            std::cmp::Reverse(c.span.len()),
            std::cmp::Reverse(c.priority),
            c.span.start,
        )
    });
    let first = out.len();
    for c in cluster.drain(..) {
        if !out[first..].iter().any(|o| o.span.overlaps(&c.span)) {
            out.push(c);
        }
    }
    out[first..].sort_by_key(|c| c.span.start);
}

/// The text and what was masked in it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Redaction {
    pub text: String,
    pub findings: Vec<Finding>,
}

/// The valid UTF-8 runs of `bytes`, with their offsets, closed by an empty run at the end so
/// that trailing invalid bytes are accounted for.
fn valid_runs(bytes: &[u8]) -> impl Iterator<Item = (usize, &str)> {
    let base = bytes.as_ptr() as usize;
    bytes
        .utf8_chunks()
        .map(move |chunk| (chunk.valid().as_ptr() as usize - base, chunk.valid()))
        .chain(std::iter::once((bytes.len(), "")))
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    if i >= s.len() {
        return s.len();
    }
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn build_ac(words: &[String]) -> Result<Option<AhoCorasick>, String> {
    if words.is_empty() {
        return Ok(None);
    }
    AhoCorasickBuilder::new()
        .ascii_case_insensitive(true)
        .build(words)
        .map(Some)
        .map_err(|e| e.to_string())
}

fn compile_rule(def: &RuleDef) -> Result<Rule> {
    let fail = |message: String| Error::Rule {
        origin: def.origin.clone(),
        rule: def.spec.id.clone(),
        message,
    };
    Ok(Rule {
        id: Arc::from(def.spec.id.as_str()),
        kind: def.kind.clone(),
        validator: def.validator,
        context: build_ac(&def.spec.context).map_err(|e| fail(format!("context: {e}")))?,
        deny_context: build_ac(&def.spec.deny_context)
            .map_err(|e| fail(format!("deny-context: {e}")))?,
        context_before: def.spec.context_before,
        context_after: def.spec.context_after,
        boundary: def.spec.boundary,
        group: def.spec.group,
        priority: def.spec.priority,
    })
}

/// Bounds on what one user pattern may cost, so an untrusted file cannot exhaust memory.
const NFA_SIZE_LIMIT: usize = 8 << 20;

fn compile_pass(defs: &[RuleDef], ids: &[usize]) -> Result<Option<Pass>> {
    if ids.is_empty() {
        return Ok(None);
    }
    let syntax = syntax::Config::new().unicode(true).utf8(true);
    // Compile each pattern alone first, so that an error names its rule.
    for &i in ids {
        let def = &defs[i];
        let single = Regex::builder()
            .syntax(syntax)
            .configure(Regex::config().nfa_size_limit(Some(NFA_SIZE_LIMIT)))
            .build(&def.spec.regex)
            .map_err(|e| Error::Rule {
                origin: def.origin.clone(),
                rule: def.spec.id.clone(),
                message: format!("bad regex: {e}"),
            })?;
        if single.is_match("") {
            return Err(Error::Rule {
                origin: def.origin.clone(),
                rule: def.spec.id.clone(),
                message: "regex matches the empty string".into(),
            });
        }
        if let Some(group) = def.spec.group {
            if group == 0 || group >= single.captures_len() {
                return Err(Error::Rule {
                    origin: def.origin.clone(),
                    rule: def.spec.id.clone(),
                    message: format!("group {group} does not exist in the regex"),
                });
            }
        }
    }
    let patterns: Vec<&str> = ids.iter().map(|&i| defs[i].spec.regex.as_str()).collect();
    let regex = Regex::builder()
        .syntax(syntax)
        .configure(
            meta::Config::new()
                .match_kind(MatchKind::LeftmostFirst)
                .nfa_size_limit(Some(NFA_SIZE_LIMIT * 4)),
        )
        .build_many(&patterns)
        .map_err(|e| Error::Config(format!("compiling the rules together: {e}")))?;
    Ok(Some(Pass {
        regex,
        rules: ids.to_vec(),
        has_groups: ids.iter().any(|&i| defs[i].spec.group.is_some()),
    }))
}
