//! Cheap necessary conditions of some embedded secret rules: a line where no value of the
//! rule's shape stands (for the assignment rules `secret-assignment` and
//! `secret-assignment-bare`, after a `:` or `=` that follows a key name of theirs) holds no
//! match, and its regex search is skipped.
//!
//! On code, configuration and logs most keyword lines are assignments whose value is no
//! secret of the rule's shape (`MAX_TOKENS=default`, `password = form["password"]`,
//! `token_type=bearer`): the search of the whole line, the rules' main cost there, finds
//! nothing. Each test below only rules out what the rule's regex cannot match, so the
//! findings are the same (the tests at the bottom check it against the regexes themselves).

use std::ops::Range;

/// The value shape an embedded assignment rule's match must hold after its `:` or `=`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Shape {
    /// `secret-assignment`: the end of a key name (see [`key_ends_before`]),
    /// `(?::=|=>|=|:)`, spaces, a quote, at least four characters other than quotes and
    /// whitespace, a quote.
    Quoted,
    /// `secret-assignment-bare`: the end of a key name, `:=`, `=` or `:`, spaces, a run of
    /// value characters holding a digit or a symbol, then a tab, space, `\r`, `,`, `;` or the
    /// end of the line.
    Bare,
    /// `bearer-token`: a tab or space, then at least sixteen of `[A-Za-z0-9._~+/-]`.
    Bearer,
    /// `aws-secret-key`: forty of `[A-Za-z0-9/+]` in a row.
    AwsSecret,
    /// `db-connection-string`: a `;`, `?` or `&` (before the password key).
    DbConnection,
}

impl Shape {
    /// The shape of the embedded rule `id`, if it has one.
    pub(super) fn of_rule(id: &str) -> Option<Shape> {
        match id {
            "secret-assignment" => Some(Shape::Quoted),
            "secret-assignment-bare" => Some(Shape::Bare),
            "bearer-token" => Some(Shape::Bearer),
            "aws-secret-key" => Some(Shape::AwsSecret),
            "db-connection-string" => Some(Shape::DbConnection),
            _ => None,
        }
    }

    /// Whether a match of the rule may lie within `bytes[range]`, a part of one line (no
    /// `\n`) that ends where the line does. `false` only when none can.
    pub(super) fn may_match(self, bytes: &[u8], range: Range<usize>) -> bool {
        let line = &bytes[range];
        match self {
            Shape::Quoted => memchr::memchr2_iter(b':', b'=', line)
                .any(|p| quoted_value_at(line, p) && key_ends_before(line, p)),
            Shape::Bare => memchr::memchr2_iter(b':', b'=', line)
                .any(|p| bare_value_at(line, p) && key_ends_before(line, p)),
            Shape::Bearer => bearer_value_in(line),
            Shape::AwsSecret => has_run(line, 40, |b| CLASS[usize::from(b)] & AWS != 0),
            Shape::DbConnection => memchr::memchr3(b';', b'?', b'&', line).is_some(),
        }
    }
}

/// Classes of the bytes the shapes look at, one table lookup a byte: the tests of each
/// byte against a list of values (`matches!`) were most of the shapes' cost on keyword lines.
static CLASS: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        let b = i as u8;
        let alnum = b.is_ascii_alphanumeric();
        let mut class = 0;
        if b == b' ' || b == b'\t' {
            class |= SPACE;
        }
        if alnum || matches!(b, b'.' | b'_' | b'~' | b'+' | b'/' | b'-') {
            class |= BEARER;
        }
        if alnum || b == b'/' || b == b'+' {
            class |= AWS;
        }
        if matches!(
            b,
            b'\t'
                | b'\n'
                | b'\r'
                | b' '
                | b'"'
                | b'\''
                | b'`'
                | b','
                | b';'
                | b'<'
                | b'>'
                | b'('
                | b')'
                | b'{'
                | b'}'
                | b'['
                | b']'
                | b'\\'
        ) {
            class |= BARE_END;
        }
        if b.is_ascii_digit()
            || matches!(
                b,
                b'!' | b'#'
                    | b'$'
                    | b'%'
                    | b'&'
                    | b'*'
                    | b'+'
                    | b'/'
                    | b'='
                    | b'?'
                    | b'@'
                    | b'^'
                    | b'~'
                    | b'|'
            )
        {
            class |= BARE_NEEDED;
        }
        table[i] = class;
        i += 1;
    }
    table
};

/// A tab or a space.
const SPACE: u8 = 1;
/// A byte of a bearer token's value: `[A-Za-z0-9._~+/-]`.
const BEARER: u8 = 2;
/// A byte of an AWS secret key: `[A-Za-z0-9/+]`.
const AWS: u8 = 4;
/// A byte that ends an unquoted value (see [`bare_value_at`]).
const BARE_END: u8 = 8;
/// A digit or a symbol, one of which an unquoted value must hold.
const BARE_NEEDED: u8 = 16;

/// Whether a tab or space stands in `line` followed by at least sixteen bytes of a bearer
/// token: one pass counting the token bytes since the last tab or space.
fn bearer_value_in(line: &[u8]) -> bool {
    // Token bytes in a row since a tab or space; `None` when some other byte came since.
    let mut run: Option<u32> = None;
    for &b in line {
        let class = CLASS[usize::from(b)];
        if class & SPACE != 0 {
            run = Some(0);
        } else if class & BEARER == 0 {
            run = None;
        } else if let Some(n) = &mut run {
            *n += 1;
            if *n >= 16 {
                return true;
            }
        }
    }
    false
}

/// Whether `line` holds `len` bytes in a row of the class `of`.
fn has_run(line: &[u8], len: usize, of: impl Fn(u8) -> bool) -> bool {
    let mut run = 0;
    for &b in line {
        run = if of(b) { run + 1 } else { 0 };
        if run >= len {
            return true;
        }
    }
    false
}

/// Past the spaces the rules allow around `:` and `=` (tab, space, U+00A0, U+202F).
fn skip_spaces(line: &[u8], mut i: usize) -> usize {
    loop {
        match &line[i..] {
            [b' ' | b'\t', ..] => i += 1,
            [0xC2, 0xA0, ..] => i += 2,
            [0xE2, 0x80, 0xAF, ..] => i += 3,
            _ => return i,
        }
    }
}

/// How the key names of the assignment rules may end, lower case: each alternative of the
/// rules' key group (`password`, `[_.-]pass`, `mot de passe`, `api_key`, `cl[eé]_api`…)
/// ends with one of these, and so does one followed by the optional `key` and `base`.
const KEY_ENDS: &[&str] = &[
    "password",
    "passwd",
    "passphrase",
    "pass",
    "passe",
    "pwd",
    "mdp",
    "secret",
    "key",
    "token",
    "credential",
    "credentials",
    "api",
    "base",
];

/// The longest of [`KEY_ENDS`].
const KEY_END_MAX: usize = crate::longest_len(KEY_ENDS);

/// Whether a key name of the assignment rules may end before the separator found at `sep`
/// (a `:` or `=`; the `=` of `:=` separates from its `:`). Between the key and the separator
/// the rules allow a quote, a `]` and spaces, in that order. The key's letters are compared
/// case-insensitively as the regexes do: with Unicode's simple case folding, which also
/// makes `ſ` (U+017F) an `s` and the Kelvin sign (U+212A) a `k`. On code and configuration
/// the line's separator often follows some other name (`token_type = "bearer"`,
/// `SECRET_NAME=prod/db/credentials`): the keyword stood elsewhere in it.
fn key_ends_before(line: &[u8], sep: usize) -> bool {
    let mut i = sep;
    if line[sep] == b'=' && i > 0 && line[i - 1] == b':' {
        i -= 1;
    }
    loop {
        match &line[..i] {
            [.., b' ' | b'\t'] => i -= 1,
            [.., 0xC2, 0xA0] => i -= 2,
            [.., 0xE2, 0x80, 0xAF] => i -= 3,
            _ => break,
        }
    }
    if line[..i].ends_with(b"]") {
        i -= 1;
    }
    if matches!(line[..i].last(), Some(b'"' | b'\'')) {
        i -= 1;
    }
    // The key's last letters, folded to ASCII lower case, last first.
    let mut tail = [0u8; KEY_END_MAX];
    let mut len = 0;
    while len < KEY_END_MAX {
        let (letter, width) = match &line[..i] {
            [.., b] if b.is_ascii_alphabetic() => (b.to_ascii_lowercase(), 1),
            [.., 0xC5, 0xBF] => (b's', 2),
            [.., 0xE2, 0x84, 0xAA] => (b'k', 3),
            _ => break,
        };
        tail[len] = letter;
        len += 1;
        i -= width;
    }
    let tail = &tail[..len];
    KEY_ENDS
        .iter()
        .any(|end| end.len() <= len && end.bytes().rev().eq(tail[..end.len()].iter().copied()))
}

/// Whether a quoted value of at least four bytes may follow the separator ending at
/// `sep` (`:`, `=`, or the `=` of `=>`).
fn quoted_value_at(line: &[u8], sep: usize) -> bool {
    let mut i = sep + 1;
    if line[sep] == b'=' && line.get(i) == Some(&b'>') {
        i += 1;
    }
    i = skip_spaces(line, i);
    if !matches!(line.get(i), Some(b'"' | b'\'' | b'`')) {
        return false;
    }
    let value = &line[i + 1..];
    let len = value
        .iter()
        .position(|b| matches!(b, b'"' | b'\'' | b'`' | b'\t' | b'\r' | b'\n' | b' '))
        .unwrap_or(value.len());
    // Four characters are at least four bytes; the value must end on a quote.
    len >= 4 && matches!(value.get(len), Some(b'"' | b'\'' | b'`'))
}

/// Whether an unquoted value holding a digit or a symbol may follow the separator ending at
/// `sep`. The value is a run of bytes other than the excluded ones, so it runs to the first
/// excluded byte after the spaces (a U+00A0 it starts with is skipped here, and holds neither
/// digit nor symbol), and must end on a tab, space, `\r`, `,`, `;` or the end of the line.
fn bare_value_at(line: &[u8], sep: usize) -> bool {
    let start = skip_spaces(line, sep + 1);
    let mut needed = false;
    let mut i = start;
    while i < line.len() {
        let class = CLASS[usize::from(line[i])];
        if class & BARE_END != 0 {
            break;
        }
        needed |= class & BARE_NEEDED != 0;
        i += 1;
    }
    needed && (i == line.len() || matches!(line[i], b'\t' | b'\r' | b' ' | b',' | b';'))
}

#[cfg(test)]
mod tests {
    use super::*;
    use regex_automata::meta::Regex;
    use regex_automata::util::syntax;
    use regex_automata::Input;

    /// The rule's regex, read from the embedded pattern file, compiled as the engine does.
    fn rule_regex(id: &str) -> Regex {
        let (origin, source) = crate::rules::BUILTIN_FILES
            .iter()
            .find(|(origin, _)| origin.ends_with("secrets.toml"))
            .expect("the secret rules are embedded");
        let defs = crate::rules::parse_file(origin, source).expect("parses");
        let def = defs.iter().find(|d| d.spec.id == id).expect("rule exists");
        Regex::builder()
            .syntax(syntax::Config::new().unicode(true).utf8(true))
            .build(&def.spec.regex)
            .expect("compiles")
    }

    /// Every line (and every suffix of it from a character boundary) where the regex
    /// matches is one the shape lets through. Returns how many whole lines the shape rules
    /// out; panics if the regex matches none of the lines (the test would test nothing).
    fn check(id: &str, shape: Shape, lines: &[String]) -> usize {
        let regex = rule_regex(id);
        let mut skipped = 0;
        let mut matched = 0;
        for line in lines {
            // As in the engine: the line inside a text, searched from some point to its end.
            let text = format!("x\n{line}\ny");
            let end = 2 + line.len();
            for from in (2..=end).filter(|&i| text.is_char_boundary(i)) {
                let found = regex.search(&Input::new(&text).span(from..end)).is_some();
                let may = shape.may_match(text.as_bytes(), from..end);
                assert!(
                    may || !found,
                    "{id}: shape rules out a match in {line:?} from {from}"
                );
                skipped += usize::from(!may && from == 2);
                matched += usize::from(found && from == 2);
            }
        }
        assert!(matched > 0, "{id}: no line matches");
        skipped
    }

    const KEYS: &[&str] = &[
        "password",
        "PASSWORD",
        "Password",
        "passwd",
        "db_pass",
        "pwd",
        "mdp",
        "secret",
        "SECRET_KEY_BASE",
        "api_key",
        "api-key",
        "token",
        "token_type",
        "MAX_TOKENS",
        "credentials",
        "mot de passe",
        "mot_de_passe",
        "clé_api",
        "cle.api",
        "paſſword",
        "\u{212a}ey",
        "AWS_ACCESS_KEY_ID",
        "'password'",
        "\"client_secret\"",
        "$cfg['db_pass']",
        "secretoken",
        "x",
        "SECRET_NAME",
        "passphrase",
        "motdepasse",
        "mot-de-passe",
        "client_key",
        "app_key_base",
        "\"password\"]",
        "password' ]",
        "pass",
        "x_pass",
        "cle_api",
        "CREDENTIAL",
        "tokens",
        "\u{212a}EY",
        "pa\u{17f}\u{17f}",
        "secret\u{a0}",
        "api_keys",
    ];
    const SEPS: &[&str] = &[
        "=",
        " = ",
        ":",
        ": ",
        ":=",
        " := ",
        "=>",
        " => ",
        "\u{a0}:\u{a0}",
        " :\u{202f}",
        "\t=\t",
        "==",
        "::",
        " ",
        "",
    ];
    const VALUES: &[&str] = &[
        "\"bearer\"",
        "\"Zt8#kq2LmVx9\"",
        "'abc'",
        "'abcd'",
        "`tR4!vX9#pQ2m`",
        "\"ab cd\"",
        "default",
        "Zt8#kq2LmVx9",
        "form[\"password\"]",
        "${POSTGRES_PASSWORD}",
        "$X",
        "prod/db/credentials",
        "\u{a0}K7m$Pq2xRz",
        "K7m$Pq2xRz,",
        "K7m$Pq2xRz;x",
        "a=b",
        "=",
        "==abc",
        "abc1)",
        "(abc1",
        "os.environ[\"X\"]",
        "get_password()",
        "é9",
        "1\r",
        "\"",
        "\"\"",
        "'x\u{a0}yz1'",
        "",
    ];
    const TAILS: &[&str] = &[
        "",
        " ",
        "\r",
        ",",
        ";",
        " # note",
        "\"",
        "'",
        ")",
        " and token=1",
    ];

    fn combinations() -> Vec<String> {
        let mut lines = Vec::new();
        for (k, key) in KEYS.iter().enumerate() {
            for (s, sep) in SEPS.iter().enumerate() {
                for (v, value) in VALUES.iter().enumerate() {
                    let tail = TAILS[(k + s + v) % TAILS.len()];
                    lines.push(format!("{key}{sep}{value}{tail}"));
                    lines.push(format!("  INFO {key}{sep}{value}"));
                }
            }
        }
        lines
    }

    /// Lines of bytes drawn from the characters that matter to the rules.
    fn random_lines(seed: u64, count: usize) -> Vec<String> {
        const PIECES: &[&str] = &[
            "pass",
            "word",
            "PASS",
            "secret",
            "token",
            "key",
            "_",
            "-",
            ".",
            "=",
            ":",
            ">",
            " ",
            "\t",
            "\u{a0}",
            "\u{202f}",
            "\"",
            "'",
            "`",
            "]",
            "[",
            "$",
            "{",
            "}",
            "(",
            ")",
            "1",
            "9",
            "#",
            "/",
            "@",
            "a",
            "Zq",
            "x",
            ",",
            ";",
            "\r",
            "é",
            "ſ",
            "\\",
            "<",
            "mdp",
            "pwd",
            "bearer ",
            "Authorization",
            "aws_",
            "access",
            "Password",
            "Server",
            "jdbc:",
            "?",
            "&",
            "abcdefgh",
            "ABCDEFGH12345678",
            "+",
            "~",
            "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY",
            "\u{212a}",
            "ey",
            "phrase",
            "base",
            "BASE",
            "cred",
            "entials",
            "api",
            "cle",
            "_type",
            "NAME",
            "mot de ",
            "passe",
            "sswd",
            "s",
            "wd",
            "tokens",
        ];
        let mut rng = crate::test_rng::TestRng(seed);
        (0..count).map(|_| rng.pieces(PIECES, 24)).collect()
    }

    #[test]
    fn quoted_shape_never_rules_out_a_match() {
        let lines = combinations();
        let skipped = check("secret-assignment", Shape::Quoted, &lines);
        assert!(
            skipped > lines.len() / 2,
            "the shape rules out too little: {skipped}"
        );
        check(
            "secret-assignment",
            Shape::Quoted,
            &random_lines(0x9e37_79b9, 20_000),
        );
    }

    #[test]
    fn bare_shape_never_rules_out_a_match() {
        let lines = combinations();
        let skipped = check("secret-assignment-bare", Shape::Bare, &lines);
        assert!(
            skipped > lines.len() / 2,
            "the shape rules out too little: {skipped}"
        );
        check(
            "secret-assignment-bare",
            Shape::Bare,
            &random_lines(0x5851_f42d, 20_000),
        );
    }

    #[test]
    fn value_shapes_never_rule_out_a_match() {
        let mut lines = random_lines(0x2545_f491, 20_000);
        for key in [
            "Authorization: Bearer ",
            "authorization = \"token ",
            "bearer\t",
            "BEARER  ",
            "aws_secret_access_key = ",
            "AWS_SECRET_KEY: '",
            "secret-access-key=\"",
            "Server=db;Password=",
            "jdbc:mysql://h/db?user=a&password=",
            "Pwd = ",
        ] {
            for value in [
                "eyJhbGciOiJIUzI1NiJ9.abcdefghijkl",
                "0123456789abcdef",
                "0123456789abcde",
                "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY",
                "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLE",
                "${DB}",
                "{Zq9$x}",
                "Zq9xL2mW",
                "abc def",
                "a+b/c~d.e_f-g=h==",
            ] {
                lines.push(format!("{key}{value}"));
                lines.push(format!("{key}{value};x"));
            }
        }
        lines.push("Server=db;Password=Zq9xL2mW".to_string());
        let ruled_out = |shape: Shape| {
            lines
                .iter()
                .filter(|l| !shape.may_match(l.as_bytes(), 0..l.len()))
                .count()
        };
        for (id, shape) in [
            ("bearer-token", Shape::Bearer),
            ("aws-secret-key", Shape::AwsSecret),
            ("db-connection-string", Shape::DbConnection),
        ] {
            assert!(
                ruled_out(shape) > lines.len() / 4,
                "{id} rules out too little"
            );
            check(id, shape, &lines);
        }
        for line in [
            "INFO  auth: token refreshed, token_type=bearer",
            "    token_type = \"bearer\"",
        ] {
            assert!(
                !Shape::Bearer.may_match(line.as_bytes(), 0..line.len()),
                "{line}"
            );
        }
    }

    #[test]
    fn the_byte_classes_answer_as_the_byte_tests_did() {
        let bearer_byte = |b: u8| {
            b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'~' | b'+' | b'/' | b'-')
        };
        let mut lines = random_lines(0x0c1a_55e5, 20_000);
        lines.push(format!(" {}", "a".repeat(16)));
        lines.push(format!("\t{}", "a".repeat(15)));
        lines.push("Authorization: Bearer abcdefghijklmnop".to_string());
        lines.extend((0..=255u8).map(|b| format!(" abcdefgh{}ijklmnop", b as char)));
        let mut found = 0;
        for line in &lines {
            let bytes = line.as_bytes();
            let before = memchr::memchr2_iter(b' ', b'\t', bytes).any(|p| {
                let value = &bytes[p + 1..];
                value.len() >= 16 && value[..16].iter().all(|&b| bearer_byte(b))
            });
            assert_eq!(bearer_value_in(bytes), before, "{line:?}");
            found += usize::from(before);
        }
        assert!(found > 2, "{found}");
        for b in 0..=255u8 {
            let class = CLASS[usize::from(b)];
            assert_eq!(class & BEARER != 0, bearer_byte(b), "{b}");
            assert_eq!(class & SPACE != 0, b == b' ' || b == b'\t', "{b}");
            assert_eq!(
                class & AWS != 0,
                b.is_ascii_alphanumeric() || b == b'/' || b == b'+',
                "{b}"
            );
            let ends = b"\t\n\r \"'`,;<>(){}[]\\".contains(&b);
            assert_eq!(class & BARE_END != 0, ends, "{b}");
            let needed = b.is_ascii_digit() || b"!#$%&*+/=?@^~|".contains(&b);
            assert_eq!(class & BARE_NEEDED != 0, needed, "{b}");
        }
    }

    #[test]
    fn bench_look_alikes_are_ruled_out() {
        for line in [
            "MAX_TOKENS=default",
            "    password = form[\"password\"]",
            "      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD}",
            "INFO  auth: token refreshed, token_type=bearer",
            "SECRET_NAME=prod/db/credentials",
        ] {
            assert!(
                !Shape::Bare.may_match(line.as_bytes(), 0..line.len()),
                "{line}"
            );
        }
        for line in [
            "    password = form[\"password\"]",
            "    token_type = \"bearer\"",
        ] {
            assert!(
                !Shape::Quoted.may_match(line.as_bytes(), 0..line.len()),
                "{line}"
            );
        }
        let line = "DB_PASSWORD=Zt8#kq2LmVx9";
        assert!(Shape::Bare.may_match(line.as_bytes(), 0..line.len()));
    }
}
