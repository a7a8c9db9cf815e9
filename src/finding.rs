//! What the engine reports: a kind, a byte span and the rule that confirmed it.

use std::sync::Arc;

use serde::Serialize;

use crate::kind::Kind;

/// A half-open range of UTF-8 byte offsets into the scanned text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    pub fn is_empty(&self) -> bool {
        self.end == self.start
    }

    pub fn overlaps(&self, other: &Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}

/// One confirmed piece of sensitive data. The value itself is not stored: it is a slice of the
/// text the caller owns, so that findings can be logged or counted without carrying values.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub kind: Kind,
    pub span: Span,
    /// The id of the rule that confirmed it (`iban`, `siren-context`, `aws-access-key`…).
    pub rule: Arc<str>,
}

impl Finding {
    /// The detected value, from the text this finding was produced for.
    pub fn text<'t>(&self, haystack: &'t str) -> &'t str {
        &haystack[self.span.start..self.span.end]
    }
}
