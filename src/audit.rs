//! The audit trail: one JSON line per run, saying what left the company and why, without the
//! data itself. A record holds the time, the caviard version, the SHA-256 of the effective
//! policy, keyed HMACs of the input and the output (a plain hash of a lone IBAN could be
//! reversed by trying every IBAN; the key lives beside the audit file, mode 0600), byte
//! counts, counts per kind, rule and marker, the levels, the decision and the destination —
//! never a detected value.
//!
//! Each record carries `prev`, the SHA-256 of the line before it ([`GENESIS`] for the first),
//! so an edited or deleted record breaks the chain and [`verify`] names the first line where
//! it breaks. Removing the *last* records leaves a valid chain: keep the hash [`verify`]
//! reports for the last line somewhere else to detect that. Appends take an exclusive lock on
//! the file and write each line with one `write_all`, so concurrent runs do not interleave.

use std::collections::BTreeMap;
use std::fs::{File, OpenOptions};
use std::io::{self, BufRead, BufReader, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use hmac::{Hmac, Mac};
use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::classify::{Classification, Criticity, Decision, Reason};
use crate::error::{Error, Result};
use crate::policy::Policy;

/// The `prev` of the first record.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// Length of the HMAC key caviard creates beside the audit file.
pub const KEY_LEN: usize = 32;

/// What one run did, as the caller knows it; [`append`] adds the time, hashes and chain.
#[derive(Debug)]
pub struct Event<'a> {
    /// The subcommand: `redact`, `check`…
    pub command: &'a str,
    pub policy: &'a Policy,
    pub classification: &'a Classification,
    /// The inputs, in order (HMAC over their concatenation).
    pub inputs: &'a [&'a [u8]],
    /// What was written to stdout, when the run writes the redacted text.
    pub output: Option<&'a [u8]>,
    /// The masking style, when the run redacts.
    pub style: Option<&'a str>,
    /// `--to DESTINATION`.
    pub destination: Option<&'a str>,
    /// The highest residual level allowed (`--to`'s max-level, or `--max-level`).
    pub max_level: Option<Criticity>,
    /// Whether the destination or level was allowed; `None` when none was given.
    pub allowed: Option<bool>,
}

#[derive(Serialize)]
struct Digests {
    bytes: usize,
    hmac: String,
}

/// One line of the audit file. Field order is fixed, so records are stable text.
#[derive(Serialize)]
struct Record<'a> {
    time: String,
    caviard: &'static str,
    command: &'a str,
    policy: String,
    input: Digests,
    #[serde(skip_serializing_if = "Option::is_none")]
    output: Option<Digests>,
    #[serde(skip_serializing_if = "Option::is_none")]
    style: Option<&'a str>,
    raw: Criticity,
    residual: Criticity,
    decision: Decision,
    #[serde(skip_serializing_if = "Option::is_none")]
    destination: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    max_level: Option<Criticity>,
    #[serde(skip_serializing_if = "Option::is_none")]
    allowed: Option<bool>,
    /// Findings per kind.
    kinds: BTreeMap<String, usize>,
    /// Every reason: kind and rule, marker category, keywords, personal-data file; counts.
    reasons: &'a [Reason],
    #[serde(skip_serializing_if = "Option::is_none")]
    user: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    host: Option<String>,
    prev: String,
}

/// Where the HMAC key of an audit file lives: `<audit file>.key`.
pub fn key_path(audit: &Path) -> PathBuf {
    let mut name = audit.as_os_str().to_owned();
    name.push(".key");
    PathBuf::from(name)
}

fn io_error(path: &Path) -> impl Fn(io::Error) -> Error + '_ {
    move |source| Error::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// Appends the record of `event` to the audit file at `path`, creating the file and its key
/// (mode 0600) when needed.
pub fn append(path: &Path, event: &Event<'_>) -> Result<()> {
    let mut options = OpenOptions::new();
    options.read(true).append(true).create(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(path).map_err(io_error(path))?;
    // Released when `file` is dropped. Fully qualified: std has a `File::lock` of its own
    // from Rust 1.89 on.
    fs4::FileExt::lock(&file).map_err(io_error(path))?;
    let key = load_or_create_key(&key_path(path))?;
    let (prev, needs_newline) = last_line_hash(&mut file).map_err(io_error(path))?;

    let mac = |parts: &[&[u8]]| {
        let mut mac = Hmac::<Sha256>::new_from_slice(&key).expect("HMAC takes keys of any length");
        for p in parts {
            mac.update(p);
        }
        hex::encode(mac.finalize().into_bytes())
    };
    let c = event.classification;
    let config = event.policy.config();
    let record = Record {
        time: rfc3339_utc(SystemTime::now()),
        caviard: env!("CARGO_PKG_VERSION"),
        command: event.command,
        policy: hex::encode(event.policy.sha256()),
        input: Digests {
            bytes: event.inputs.iter().map(|i| i.len()).sum(),
            hmac: mac(event.inputs),
        },
        output: event.output.map(|o| Digests {
            bytes: o.len(),
            hmac: mac(&[o]),
        }),
        style: event.style,
        raw: c.raw,
        residual: c.residual,
        decision: c.decision,
        destination: event.destination,
        max_level: event.max_level,
        allowed: event.allowed,
        kinds: c.counts_per_kind(),
        reasons: &c.reasons,
        user: config.audit_user.then(user_name).flatten(),
        host: config.audit_host.then(host_name).flatten(),
        prev,
    };
    let mut line = Vec::with_capacity(1024);
    if needs_newline {
        line.push(b'\n');
    }
    serde_json::to_writer(&mut line, &record).map_err(|e| Error::Config(e.to_string()))?;
    line.push(b'\n');
    file.write_all(&line).map_err(io_error(path))?;
    file.sync_data().map_err(io_error(path))?;
    Ok(())
}

/// Reads the HMAC key, or creates it: 32 random bytes, mode 0600. A key others can read is
/// refused: with it, anyone could test guesses against the recorded HMACs.
fn load_or_create_key(path: &Path) -> Result<Vec<u8>> {
    match File::open(path) {
        Ok(mut file) => {
            #[cfg(unix)]
            {
                use std::os::unix::fs::PermissionsExt;
                let mode = file
                    .metadata()
                    .map_err(io_error(path))?
                    .permissions()
                    .mode();
                if mode & 0o077 != 0 {
                    return Err(Error::Config(format!(
                        "{}: the audit key is readable by others (mode {:o}); run chmod 600 on it",
                        path.display(),
                        mode & 0o777
                    )));
                }
            }
            let mut key = Vec::with_capacity(KEY_LEN);
            file.read_to_end(&mut key).map_err(io_error(path))?;
            if key.len() != KEY_LEN {
                return Err(Error::Config(format!(
                    "{}: the audit key must be {KEY_LEN} bytes, it has {}",
                    path.display(),
                    key.len()
                )));
            }
            Ok(key)
        }
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            let mut key = vec![0u8; KEY_LEN];
            getrandom::fill(&mut key).map_err(|e| {
                Error::Config(format!("no system randomness for the audit key: {e}"))
            })?;
            let mut options = OpenOptions::new();
            options.write(true).create_new(true);
            #[cfg(unix)]
            {
                use std::os::unix::fs::OpenOptionsExt;
                options.mode(0o600);
            }
            let mut file = options.open(path).map_err(io_error(path))?;
            file.write_all(&key).map_err(io_error(path))?;
            file.sync_all().map_err(io_error(path))?;
            Ok(key)
        }
        Err(e) => Err(io_error(path)(e)),
    }
}

/// The SHA-256 of the file's last line ([`GENESIS`] when empty), and whether the file lacks
/// a final newline (an interrupted write: the new record must start on a line of its own).
fn last_line_hash(file: &mut File) -> io::Result<(String, bool)> {
    let len = file.seek(SeekFrom::End(0))?;
    if len == 0 {
        return Ok((GENESIS.to_string(), false));
    }
    let mut last_byte = [0u8; 1];
    file.seek(SeekFrom::Start(len - 1))?;
    file.read_exact(&mut last_byte)?;
    let complete = last_byte[0] == b'\n';
    let content_end = if complete { len - 1 } else { len };
    // Walk back in blocks to the newline before the last line.
    let mut start = content_end;
    let mut block = vec![0u8; 8192];
    while start > 0 {
        let from = start.saturating_sub(block.len() as u64);
        let n = (start - from) as usize;
        file.seek(SeekFrom::Start(from))?;
        file.read_exact(&mut block[..n])?;
        if let Some(i) = memchr::memrchr(b'\n', &block[..n]) {
            start = from + i as u64 + 1;
            break;
        }
        start = from;
    }
    file.seek(SeekFrom::Start(start))?;
    let mut hasher = Sha256::new();
    io::copy(&mut (&mut *file).take(content_end - start), &mut hasher)?;
    Ok((hex::encode(hasher.finalize()), !complete))
}

/// The outcome of [`verify`].
#[derive(Debug, PartialEq, Eq)]
pub enum Verification {
    /// Every record chains to the one before it.
    Intact {
        records: usize,
        /// SHA-256 of the last line: keep it elsewhere to detect a truncated file later.
        last: String,
    },
    /// The first line (1-based) where the chain breaks, and why.
    Broken { line: usize, reason: String },
}

/// Checks the chain of an audit file.
pub fn verify(path: &Path) -> Result<Verification> {
    let file = File::open(path).map_err(io_error(path))?;
    let mut reader = BufReader::new(file);
    let mut expected = GENESIS.to_string();
    let mut line = Vec::new();
    let mut number = 0;
    loop {
        line.clear();
        let n = reader
            .read_until(b'\n', &mut line)
            .map_err(io_error(path))?;
        if n == 0 {
            break;
        }
        number += 1;
        let complete = line.last() == Some(&b'\n');
        if complete {
            line.pop();
        }
        if !complete {
            return Ok(Verification::Broken {
                line: number,
                reason: "incomplete last line (interrupted write or truncation)".into(),
            });
        }
        let prev = match serde_json::from_slice::<serde_json::Value>(&line) {
            Ok(serde_json::Value::Object(map)) => match map.get("prev") {
                Some(serde_json::Value::String(prev)) => prev.clone(),
                _ => {
                    return Ok(Verification::Broken {
                        line: number,
                        reason: "record without a `prev` hash".into(),
                    })
                }
            },
            _ => {
                return Ok(Verification::Broken {
                    line: number,
                    reason: "not a JSON record".into(),
                })
            }
        };
        if prev != expected {
            let reason = if number == 1 {
                "the first record does not start the chain: records before it were deleted"
            } else {
                "`prev` does not match the line before: a record was edited, inserted or deleted"
            };
            return Ok(Verification::Broken {
                line: number,
                reason: reason.into(),
            });
        }
        expected = hex::encode(Sha256::digest(&line));
    }
    Ok(Verification::Intact {
        records: number,
        last: expected,
    })
}

/// The login name from the environment, else (Unix) the numeric user id as `uid:N`.
fn user_name() -> Option<String> {
    let from_env = ["USER", "USERNAME", "LOGNAME"]
        .iter()
        .find_map(|v| std::env::var(v).ok().filter(|s| !s.is_empty()));
    #[cfg(unix)]
    let from_env = from_env.or_else(|| Some(format!("uid:{}", rustix::process::getuid().as_raw())));
    from_env
}

fn host_name() -> Option<String> {
    #[cfg(unix)]
    {
        let uname = rustix::system::uname();
        let name = uname.nodename().to_string_lossy().into_owned();
        if !name.is_empty() {
            return Some(name);
        }
    }
    ["HOSTNAME", "COMPUTERNAME"]
        .iter()
        .find_map(|v| std::env::var(v).ok().filter(|s| !s.is_empty()))
}

/// `2026-03-14T09:26:53.589Z`: RFC 3339, UTC, milliseconds.
pub fn rfc3339_utc(time: SystemTime) -> String {
    let since = time.duration_since(UNIX_EPOCH).unwrap_or_default();
    let secs = since.as_secs() as i64;
    let (days, rem) = (secs.div_euclid(86_400), secs.rem_euclid(86_400));
    let (y, m, d) = civil_from_days(days);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}.{:03}Z",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60,
        since.subsec_millis()
    )
}

/// Year, month, day of a day count since 1970-01-01 (H. Hinnant's civil_from_days).
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn timestamps() {
        let table = [
            (0, "1970-01-01T00:00:00.000Z"),
            (951_782_400, "2000-02-29T00:00:00.000Z"),
            (1_709_164_799, "2024-02-28T23:59:59.000Z"),
            (4_102_444_800, "2100-01-01T00:00:00.000Z"),
        ];
        for (secs, expected) in table {
            assert_eq!(
                rfc3339_utc(UNIX_EPOCH + Duration::from_secs(secs)),
                expected
            );
        }
        assert_eq!(
            rfc3339_utc(UNIX_EPOCH + Duration::from_millis(1_500)),
            "1970-01-01T00:00:01.500Z"
        );
    }

    #[test]
    fn chain_of_three_records_then_tampering() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("audit.jsonl");
        let policy = Policy::default();
        let c =
            crate::Engine::default().classify("IBAN FR76 3000 6000 0112 3456 7890 189", &policy);
        for _ in 0..3 {
            let event = Event {
                command: "check",
                policy: &policy,
                classification: &c,
                inputs: &[b"IBAN FR76 3000 6000 0112 3456 7890 189"],
                output: None,
                style: None,
                destination: None,
                max_level: None,
                allowed: None,
            };
            append(&path, &event).unwrap();
        }
        let Verification::Intact { records, .. } = verify(&path).unwrap() else {
            panic!("intact chain reported broken");
        };
        assert_eq!(records, 3);
        let text = std::fs::read_to_string(&path).unwrap();
        // Not "3000" alone: the records' hex HMACs hold it about one time in a thousand.
        assert!(
            !text.contains("FR76") && !text.contains("3000 6000"),
            "{text}"
        );
        let lines: Vec<&str> = text.lines().collect();
        // Delete the second record.
        std::fs::write(&path, format!("{}\n{}\n", lines[0], lines[2])).unwrap();
        assert!(matches!(
            verify(&path).unwrap(),
            Verification::Broken { line: 2, .. }
        ));
        // A partial last line from an interrupted write: the next record starts a new line.
        std::fs::write(&path, format!("{}\n{{\"ti", lines[0])).unwrap();
        let event = Event {
            command: "check",
            policy: &policy,
            classification: &c,
            inputs: &[b"x"],
            output: None,
            style: None,
            destination: None,
            max_level: None,
            allowed: None,
        };
        append(&path, &event).unwrap();
        let text = std::fs::read_to_string(&path).unwrap();
        assert_eq!(text.lines().count(), 3);
        assert!(matches!(
            verify(&path).unwrap(),
            Verification::Broken { line: 2, .. }
        ));
    }

    #[cfg(unix)]
    #[test]
    fn the_key_is_private_and_refused_when_not() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let key = dir.path().join("a.jsonl.key");
        let k1 = load_or_create_key(&key).unwrap();
        assert_eq!(k1.len(), KEY_LEN);
        let mode = std::fs::metadata(&key).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
        assert_eq!(load_or_create_key(&key).unwrap(), k1);
        std::fs::set_permissions(&key, std::fs::Permissions::from_mode(0o644)).unwrap();
        let err = load_or_create_key(&key).unwrap_err().to_string();
        assert!(err.contains("chmod 600"), "{err}");
    }
}
