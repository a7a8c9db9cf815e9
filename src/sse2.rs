//! Byte classes over 16-byte SSE2 vectors, shared by the SIMD scans (the PERSON detector's
//! search for capitalised words, the client list's folding of plain ASCII runs). SSE2 is part
//! of every x86-64 target, so these are safe to call from the scans' SSE2 functions. The same
//! classes over 32-byte vectors are in [`avx2`], for the scans' AVX2 versions.

use std::arch::x86_64::{__m128i, _mm_and_si128, _mm_cmpeq_epi8, _mm_cmpgt_epi8, _mm_set1_epi8};

/// `b` in every lane.
#[inline]
#[target_feature(enable = "sse2")]
pub(crate) fn splat(b: u8) -> __m128i {
    _mm_set1_epi8(b as i8)
}

/// The lanes of `v` equal to `b`.
#[inline]
#[target_feature(enable = "sse2")]
pub(crate) fn eq(v: __m128i, b: u8) -> __m128i {
    _mm_cmpeq_epi8(v, splat(b))
}

/// The lanes of `v` in `lo..=hi`. Signed comparisons: with both bounds ASCII, bytes of 0x80
/// and above (negative) are outside.
#[inline]
#[target_feature(enable = "sse2")]
pub(crate) fn within(v: __m128i, lo: u8, hi: u8) -> __m128i {
    _mm_and_si128(
        _mm_cmpgt_epi8(v, splat(lo - 1)),
        _mm_cmpgt_epi8(splat(hi + 1), v),
    )
}

/// The same byte classes over 32-byte AVX2 vectors: callable from functions compiled with
/// AVX2 enabled (which their callers check the processor has).
pub(crate) mod avx2 {
    use std::arch::x86_64::{
        __m256i, _mm256_and_si256, _mm256_cmpeq_epi8, _mm256_cmpgt_epi8, _mm256_set1_epi8,
    };

    /// `b` in every lane.
    #[inline]
    #[target_feature(enable = "avx2")]
    pub(crate) fn splat(b: u8) -> __m256i {
        _mm256_set1_epi8(b as i8)
    }

    /// The lanes of `v` equal to `b`.
    #[inline]
    #[target_feature(enable = "avx2")]
    pub(crate) fn eq(v: __m256i, b: u8) -> __m256i {
        _mm256_cmpeq_epi8(v, splat(b))
    }

    /// The lanes of `v` in `lo..=hi`. Signed comparisons: with both bounds ASCII, bytes of
    /// 0x80 and above (negative) are outside.
    #[inline]
    #[target_feature(enable = "avx2")]
    pub(crate) fn within(v: __m256i, lo: u8, hi: u8) -> __m256i {
        _mm256_and_si256(
            _mm256_cmpgt_epi8(v, splat(lo - 1)),
            _mm256_cmpgt_epi8(splat(hi + 1), v),
        )
    }
}
