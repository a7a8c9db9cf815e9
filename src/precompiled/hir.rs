//! The embedded rules' regexes, parsed at build time.
//!
//! Parsing a regex (syntax tree, then case folding and Unicode classes into the HIR) was a
//! fifth of a 4 KB prompt's instructions: the postal-address rule alone costs 3.9M
//! instructions to parse and 3.1M to compile. `build.rs` parses every embedded regex with the
//! same syntax settings as the engine (the `regex-syntax` defaults: Unicode, UTF-8) and
//! writes each HIR as a flat postfix program ([`encode`]); at run time [`decode`] rebuilds
//! the same HIR with its constructors, with no parsing, and the automata are compiled from
//! it. Shared with `build.rs` (`#[path]`), like `src/person/table.rs`. Tests check that every
//! embedded regex decodes to exactly the HIR the parser gives.

use regex_syntax::hir::{
    Capture, Class, ClassBytes, ClassBytesRange, ClassUnicode, ClassUnicodeRange, Hir, HirKind,
    Look, Repetition,
};

const EMPTY: u32 = 0;
/// Then the length and one byte per word.
const LITERAL: u32 = 1;
/// Then the number of ranges and each range's first and last scalar value.
const UNICODE_CLASS: u32 = 2;
/// Then the number of ranges and each range's first and last byte.
const BYTE_CLASS: u32 = 3;
/// Then the assertion's `Look::as_repr`.
const LOOK: u32 = 4;
/// After its operand; then min, whether there is a max, max, greedy.
const REPETITION: u32 = 5;
/// After its operand; then the index, whether it is named, the name's length and bytes.
const CAPTURE: u32 = 6;
/// After its operands; then their number.
const CONCAT: u32 = 7;
/// After its operands; then their number.
const ALTERNATION: u32 = 8;

/// Appends `hir` as a postfix program: operands first, then the operator and its fields.
#[allow(dead_code)] // Used by build.rs and the tests.
pub fn encode(hir: &Hir, out: &mut Vec<u32>) {
    match hir.kind() {
        HirKind::Empty => out.push(EMPTY),
        HirKind::Literal(literal) => {
            out.extend([LITERAL, count(literal.0.len())]);
            out.extend(literal.0.iter().map(|&b| u32::from(b)));
        }
        HirKind::Class(Class::Unicode(class)) => {
            out.extend([UNICODE_CLASS, count(class.ranges().len())]);
            for r in class.ranges() {
                out.extend([u32::from(r.start()), u32::from(r.end())]);
            }
        }
        HirKind::Class(Class::Bytes(class)) => {
            out.extend([BYTE_CLASS, count(class.ranges().len())]);
            for r in class.ranges() {
                out.extend([u32::from(r.start()), u32::from(r.end())]);
            }
        }
        HirKind::Look(look) => out.extend([LOOK, look.as_repr()]),
        HirKind::Repetition(rep) => {
            encode(&rep.sub, out);
            out.extend([
                REPETITION,
                rep.min,
                u32::from(rep.max.is_some()),
                rep.max.unwrap_or(0),
                u32::from(rep.greedy),
            ]);
        }
        HirKind::Capture(cap) => {
            encode(&cap.sub, out);
            out.extend([CAPTURE, cap.index, u32::from(cap.name.is_some())]);
            let name = cap.name.as_deref().unwrap_or("").as_bytes();
            out.push(count(name.len()));
            out.extend(name.iter().map(|&b| u32::from(b)));
        }
        HirKind::Concat(subs) | HirKind::Alternation(subs) => {
            for sub in subs {
                encode(sub, out);
            }
            let op = match hir.kind() {
                HirKind::Concat(_) => CONCAT,
                _ => ALTERNATION,
            };
            out.extend([op, count(subs.len())]);
        }
    }
}

fn count(n: usize) -> u32 {
    u32::try_from(n).expect("a regex's parts are counted in u32")
}

/// Rebuilds the HIR [`encode`] wrote; `None` if the program is malformed (never for one
/// `build.rs` wrote: the caller then parses the regex instead).
#[allow(dead_code)] // Not used by build.rs.
pub fn decode(code: &[u32]) -> Option<Hir> {
    let mut stack: Vec<Hir> = Vec::new();
    let mut words = code.iter().copied();
    let mut next = || words.next();
    while let Some(op) = next() {
        let hir = match op {
            EMPTY => Hir::empty(),
            LITERAL => {
                let n = next()? as usize;
                let bytes = (0..n)
                    .map(|_| next().and_then(|b| u8::try_from(b).ok()))
                    .collect::<Option<Vec<u8>>>()?;
                Hir::literal(bytes)
            }
            UNICODE_CLASS => {
                let n = next()? as usize;
                let ranges = (0..n)
                    .map(|_| {
                        let start = char::from_u32(next()?)?;
                        let end = char::from_u32(next()?)?;
                        Some(ClassUnicodeRange::new(start, end))
                    })
                    .collect::<Option<Vec<_>>>()?;
                Hir::class(Class::Unicode(ClassUnicode::new(ranges)))
            }
            BYTE_CLASS => {
                let n = next()? as usize;
                let ranges = (0..n)
                    .map(|_| {
                        let start = u8::try_from(next()?).ok()?;
                        let end = u8::try_from(next()?).ok()?;
                        Some(ClassBytesRange::new(start, end))
                    })
                    .collect::<Option<Vec<_>>>()?;
                Hir::class(Class::Bytes(ClassBytes::new(ranges)))
            }
            LOOK => Hir::look(Look::from_repr(next()?)?),
            REPETITION => {
                let sub = Box::new(stack.pop()?);
                let min = next()?;
                let bounded = next()? != 0;
                let max = next()?;
                let greedy = next()? != 0;
                Hir::repetition(Repetition {
                    min,
                    max: bounded.then_some(max),
                    greedy,
                    sub,
                })
            }
            CAPTURE => {
                let sub = Box::new(stack.pop()?);
                let index = next()?;
                let named = next()? != 0;
                let n = next()? as usize;
                let name = (0..n)
                    .map(|_| next().and_then(|b| u8::try_from(b).ok()))
                    .collect::<Option<Vec<u8>>>()?;
                let name = String::from_utf8(name).ok()?;
                Hir::capture(Capture {
                    index,
                    name: named.then(|| name.into_boxed_str()),
                    sub,
                })
            }
            CONCAT | ALTERNATION => {
                let n = next()? as usize;
                let subs = stack.split_off(stack.len().checked_sub(n)?);
                if op == CONCAT {
                    Hir::concat(subs)
                } else {
                    Hir::alternation(subs)
                }
            }
            _ => return None,
        };
        stack.push(hir);
    }
    match stack.len() {
        1 => stack.pop(),
        _ => None,
    }
}
