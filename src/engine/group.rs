//! Where the value (capture group 1) of some embedded secret rules stands in a match, read
//! from the match's bytes without a capture search.
//!
//! On keyword-dense code a capture search (a bounded backtracker over the rule's whole
//! pattern) cost about twelve thousand instructions per match, most of `confirm`'s time.
//! Each rule below ends its pattern with the group, or the group then a fixed delimiter,
//! and what comes before the group ends with a byte the group cannot hold: the group's
//! bounds follow from the match alone. The regexes have no look-around or end-of-text
//! assertion, so the capture search, anchored at the match's start and bounded by its end,
//! finds that same match. The tests at the bottom check every locator against the capture
//! search of the rule's regex.

/// How to find group 1 in a match of an embedded rule.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum GroupAt {
    /// `secret-assignment`: a quote, the group (no quote in it), a closing quote.
    Quoted,
    /// `url-password`: `scheme://user:` (no `:` in scheme or user), the group, `@`, one byte.
    UrlPassword,
    /// `bearer-token`: a tab or space, then the group (neither in it) to the end.
    AfterBlank,
    /// `azure-connection-string`: `SharedAccessKey=` or `?sig=`, then the group to the end
    /// (the first `=` of the match closes the key).
    AfterFirstEquals,
    /// The group is the last `n` bytes of the match (fixed-length ASCII value).
    Suffix(usize),
    /// `secret-assignment-bare`: the key name (no `:` or `=` in it), the first `:`, `=` or
    /// `:=` of the match, blanks (tab, space, U+00A0, U+202F), the group, then one of
    /// `\t\r ,;` or the end of the line. Its capture search, about 20,000 instructions a
    /// match, was the largest part of `confirm` on the secrets bench text.
    Bare,
}

impl GroupAt {
    /// The locator of the embedded rule `id` whose group is `group`, if it has one.
    pub(super) fn of_rule(id: &str, group: Option<usize>) -> Option<GroupAt> {
        if group != Some(1) {
            return None;
        }
        match id {
            "secret-assignment" => Some(GroupAt::Quoted),
            "url-password" => Some(GroupAt::UrlPassword),
            "bearer-token" => Some(GroupAt::AfterBlank),
            "azure-connection-string" => Some(GroupAt::AfterFirstEquals),
            "aws-secret-key" => Some(GroupAt::Suffix(40)),
            "mistral-api-key" => Some(GroupAt::Suffix(32)),
            "azure-storage-key" => Some(GroupAt::Suffix(88)),
            "secret-assignment-bare" => Some(GroupAt::Bare),
            _ => None,
        }
    }

    /// The group's bounds within `m`, a whole match of the rule; `None` when `m` is not of
    /// the expected form (the caller then runs the capture search).
    pub(super) fn locate(self, m: &[u8]) -> Option<(usize, usize)> {
        let n = m.len();
        match self {
            GroupAt::Quoted => {
                let close = n.checked_sub(1)?;
                if !is_quote(m[close]) {
                    return None;
                }
                let open = m[..close].iter().rposition(|&b| is_quote(b))?;
                Some((open + 1, close))
            }
            GroupAt::UrlPassword => {
                let scheme = memchr::memchr(b':', m)?;
                let from = scheme.checked_add(3)?;
                if m.get(scheme..from)? != b"://" {
                    return None;
                }
                let colon = from + memchr::memchr(b':', &m[from..])?;
                let at = n.checked_sub(2)?;
                (m[at] == b'@' && colon < at).then_some((colon + 1, at))
            }
            GroupAt::AfterBlank => {
                let blank = memchr::memrchr2(b' ', b'\t', m)?;
                Some((blank + 1, n))
            }
            GroupAt::AfterFirstEquals => {
                let eq = memchr::memchr(b'=', m)?;
                Some((eq + 1, n))
            }
            GroupAt::Suffix(len) => Some((n.checked_sub(len)?, n)),
            GroupAt::Bare => {
                // Nothing before the separator holds a `:` or `=`: the first one is it. The
                // regex prefers `:=` to `:`; with `:=` read here and a valid value after it,
                // that is the path the capture search takes (else: `None`, and the search
                // decides, as for `\"k\":=abc`, whose value is `=abc`).
                let sep = memchr::memchr2(b':', b'=', m)?;
                let mut i = sep + 1;
                if m[sep] == b':' && m.get(i) == Some(&b'=') {
                    i += 1;
                }
                // The blanks are taken greedily: a value may start with U+00A0 or U+202F
                // too, but giving them to it changes nothing it needs.
                loop {
                    match &m[i..] {
                        [b' ' | b'\t', ..] => i += 1,
                        [0xC2, 0xA0, ..] => i += 2,
                        [0xE2, 0x80, 0xAF, ..] => i += 3,
                        _ => break,
                    }
                }
                // The value holds none of the closing bytes: a last one closes it.
                let end = match m.last()? {
                    b'\t' | b'\r' | b' ' | b',' | b';' => n - 1,
                    _ => n,
                };
                let value = m.get(i..end)?;
                let valid = value.iter().all(|&b| !ends_bare_value(b))
                    && value
                        .iter()
                        .any(|&b| b.is_ascii_digit() || b"!#$%&*+/=?@^~|".contains(&b));
                valid.then_some((i, end))
            }
        }
    }
}

fn is_quote(b: u8) -> bool {
    matches!(b, b'"' | b'\'' | b'`')
}

/// A byte `secret-assignment-bare`'s value cannot hold: `[\t\n\r "'`,;<>(){}\[\]\\]`.
fn ends_bare_value(b: u8) -> bool {
    b"\t\n\r \"'`,;<>(){}[]\\".contains(&b)
}

#[cfg(test)]
mod tests {
    use super::*;
    use regex_automata::meta::Regex;
    use regex_automata::util::syntax;
    use regex_automata::{Anchored, Input, PatternID};

    fn rule_regex(id: &str) -> (Regex, Option<usize>) {
        let (origin, source) = crate::rules::BUILTIN_FILES
            .iter()
            .find(|(origin, _)| origin.ends_with("secrets.toml"))
            .expect("the secret rules are embedded");
        let defs = crate::rules::parse_file(origin, source).expect("parses");
        let def = defs.iter().find(|d| d.spec.id == id).expect("rule exists");
        let regex = Regex::builder()
            .syntax(syntax::Config::new().unicode(true).utf8(true))
            .build(&def.spec.regex)
            .expect("compiles");
        (regex, def.spec.group)
    }

    /// Every match found in each line, from every character boundary, gets from the locator
    /// the group the capture search finds, or `None` (the capture search then runs).
    /// Returns how many matches were checked, and how many of them got `None`.
    fn check(id: &str, lines: &[String]) -> (usize, usize) {
        let (regex, group) = rule_regex(id);
        let at = GroupAt::of_rule(id, group).expect("a locator");
        let mut caps = regex.create_captures();
        let (mut checked, mut unlocated) = (0, 0);
        for line in lines {
            let text = format!("x\n{line}\ny");
            let end = 2 + line.len();
            for from in (2..=end).filter(|&i| text.is_char_boundary(i)) {
                let Some(m) = regex.search(&Input::new(&text).span(from..end)) else {
                    continue;
                };
                let input = Input::new(&text)
                    .span(m.start()..m.end())
                    .anchored(Anchored::Pattern(PatternID::ZERO));
                regex.search_captures(&input, &mut caps);
                let want = caps.get_group(1).map(|s| (s.start, s.end));
                let got = at
                    .locate(&text.as_bytes()[m.range()])
                    .map(|(s, e)| (m.start() + s, m.start() + e));
                if got.is_some() {
                    assert_eq!(got, want, "{id}: {line:?} from {from}");
                } else {
                    unlocated += 1;
                }
                checked += 1;
            }
        }
        (checked, unlocated)
    }

    const PIECES: &[&str] = &[
        "password",
        "PASS",
        "secret",
        "token",
        "Token",
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
        ",",
        ";",
        "\r",
        "é",
        "ſ",
        "\\",
        "<",
        "mdp",
        "bearer ",
        "Bearer\t",
        "Authorization",
        "aws_secret_access_key",
        "mistral",
        "?",
        "&",
        "%3D",
        "==",
        "abcdefgh",
        "ABCDEFGH12345678",
        "+",
        "~",
        "https://",
        "ftp://",
        "u:",
        "os.environ[",
        "${VAR}",
        "secretoken",
        ":=",
        "=>",
        "SharedAccessKey=",
        "?sig=",
        "AccountKey=",
        "storage_key",
        "\u{212a}ey",
        "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY",
        "0123456789abcdefABCDEFGH",
    ];

    fn random_lines(seed: u64, count: usize) -> Vec<String> {
        let mut rng = crate::test_rng::TestRng(seed);
        (0..count).map(|_| rng.pieces(PIECES, 20)).collect()
    }

    fn built_lines() -> Vec<String> {
        let key40 = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKE";
        assert_eq!(key40.len(), 40);
        let key32 = "Zq9xL2mWZq9xL2mWZq9xL2mWZq9xL2mW";
        let key86 = format!("{key40}{key40}abcdef");
        assert_eq!(key86.len(), 86);
        let mut lines = Vec::new();
        for key in [
            "password",
            "DB_PASSWORD",
            "'password'",
            "\"client_secret\"",
            "$cfg['db_pass']",
            "secretoken",
            "mot de passe",
            "clé_api",
            "os.environ[\"TOKEN\"]",
            "token_type",
        ] {
            for sep in [
                "=",
                " = ",
                ":",
                ": ",
                ":=",
                " => ",
                "\u{a0}:\u{a0}",
                "\t=\t",
                " ",
            ] {
                for value in [
                    "\"Zt8#kq2LmVx9\"",
                    "'abcd'",
                    "`tR4!vX9#pQ2m`",
                    "\"bearer\"",
                    "'ab'",
                    "\"${VAR}\"",
                    "\"é9xyz\"",
                    "\"a'b'cdef\"",
                    "\"abcd\"\r",
                    "'x\u{a0}yz1'",
                    "form[\"password\"]",
                ] {
                    lines.push(format!("{key}{sep}{value}"));
                    lines.push(format!("  {key}{sep}{value} # {key}={value}"));
                }
            }
        }
        for key in [
            "DB_PASSWORD",
            "\"token\"",
            "'pass'",
            "conf[\"secret\"]",
            "mot de passe",
            "api_key",
        ] {
            for sep in [
                "=",
                " = ",
                ":",
                ": ",
                ":=",
                "\u{a0}:\u{a0}",
                "\t=\u{202f}",
                "]:",
            ] {
                for value in [
                    "Zt8#kq2LmVx9",
                    "a1",
                    "=abc",
                    "abc",
                    "\u{a0}x9",
                    "x=y:z9",
                    "é9",
                    "${VAR}",
                    "9(x)",
                ] {
                    for after in ["", " ", ",", ";x", "\r", "\t#", "\"", ")"] {
                        lines.push(format!("{key}{sep}{value}{after}"));
                    }
                }
            }
        }
        for url in [
            "postgres://user:Zt8#kq2@db:5432/x",
            "https://a:b:c@d@host/",
            "redis://:s3cr3t@cache",
            "ftp://u:p@ss@w0rd@h",
            "mongodb+srv://admin:pa:ss@[::1]",
            "x://u:abc@_",
        ] {
            lines.push(url.to_string());
            lines.push(format!("url = \"{url}\" and {url}"));
        }
        for prefix in [
            "Authorization: Bearer ",
            "authorization = \"token ",
            "bearer\t",
            "BEARER  ",
            "Authorization:\tBasic  ",
        ] {
            for value in [
                "eyJhbGciOiJIUzI1NiJ9.abcdefghijkl",
                "a+b/c~d.e_f-g=h==",
                "0123456789abcdef==",
            ] {
                lines.push(format!("{prefix}{value}"));
                lines.push(format!("{prefix}{value} {prefix}{value}\r"));
            }
        }
        for prefix in [
            "aws_secret_access_key = ",
            "AWS_SECRET_KEY: '",
            "secret-access-key=\"",
        ] {
            lines.push(format!("{prefix}{key40}"));
            lines.push(format!("{prefix}{key40}{key40}'"));
        }
        for prefix in ["MISTRAL_API_KEY=", "mistral.key: \"", "mistral(x)=>"] {
            lines.push(format!("{prefix}{key32}"));
            lines.push(format!("{prefix}{key32}{key32}"));
        }
        for prefix in ["AccountKey=", "storage_account_key = '", "accountkey:"] {
            lines.push(format!("{prefix}{key86}=="));
            lines.push(format!("{prefix}{key86}==;x"));
        }
        for prefix in [
            "Endpoint=sb://x/;SharedAccessKey=",
            "https://a/b?sv=1&sig=",
            ";SIG=",
        ] {
            lines.push(format!("{prefix}{key40}%3D%3D"));
            lines.push(format!("{prefix}{key40}=={key40}="));
        }
        lines
    }

    #[test]
    fn locators_agree_with_the_capture_search() {
        let mut lines = built_lines();
        lines.extend(random_lines(0x9e37_79b9, 30_000));
        for id in [
            "secret-assignment",
            "url-password",
            "bearer-token",
            "azure-connection-string",
            "aws-secret-key",
            "mistral-api-key",
            "azure-storage-key",
            "secret-assignment-bare",
        ] {
            // Each rule is checked on at least a score of matches (most on thousands). Only
            // the bare value's locator leaves some to the capture search (`"k":=abc`).
            let (checked, unlocated) = check(id, &lines);
            assert!(checked >= 20, "{id}: too few matches checked");
            let most = if id == "secret-assignment-bare" {
                checked / 20
            } else {
                0
            };
            assert!(
                unlocated <= most,
                "{id}: {unlocated} of {checked} not located"
            );
        }
    }

    #[test]
    fn only_group_one_of_the_listed_rules() {
        assert_eq!(GroupAt::of_rule("secret-assignment", Some(2)), None);
        assert_eq!(GroupAt::of_rule("secret-assignment-bare", Some(2)), None);
        assert_eq!(GroupAt::of_rule("cli-password", Some(1)), None);
        assert_eq!(GroupAt::Bare.locate(b""), None);
        assert_eq!(GroupAt::Bare.locate(b"pass=abc"), None);
        assert_eq!(GroupAt::Bare.locate(b"\"k\":=abc"), None);
        assert_eq!(GroupAt::Bare.locate(b"pass:= a1,"), Some((7, 9)));
        assert_eq!(GroupAt::Quoted.locate(b""), None);
        assert_eq!(GroupAt::UrlPassword.locate(b"a:"), None);
        assert_eq!(GroupAt::Suffix(40).locate(b"abc"), None);
    }
}
