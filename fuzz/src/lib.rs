//! The fuzz targets' bodies, as plain functions, so that `tests/fuzz_checks.rs` in the main
//! crate runs the very same checks on the seed corpus and on proptest inputs (the fuzz
//! binaries need libFuzzer; these functions do not).
pub mod checks;
