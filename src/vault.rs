//! The vault: what each placeholder (and fake value) stands for, kept between calls so that a
//! whole conversation shares one numbering and the model's answer can be restored.
//!
//! On disk a vault is encrypted: `CAVIARDV` + a version byte, a random 24-byte nonce, then the
//! XChaCha20-Poly1305 ciphertext of a JSON payload, the header being authenticated with it.
//! A wrong key or a modified file fails to decrypt: the caller gets [`VaultError::Decrypt`],
//! never garbage. Files are written with mode 0600 through a temporary file and a rename, under
//! an exclusive lock on a `.lock` file next to the vault, so that two processes sharing a vault
//! never lose each other's entries.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::fs::{File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use base64::Engine as _;
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use serde::{Deserialize, Serialize};

use crate::kind::Kind;

const MAGIC: &[u8; 8] = b"CAVIARDV";
const FORMAT_VERSION: u8 = 1;
const HEADER_LEN: usize = MAGIC.len() + 1;
const NONCE_LEN: usize = 24;

/// What can go wrong with a vault. Messages name files, never values.
#[derive(Debug, thiserror::Error)]
pub enum VaultError {
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{0}: not a caviard vault (bad header)")]
    NotAVault(PathBuf),
    #[error("{0}: vault format version {1} is not supported by this caviard")]
    Version(PathBuf, u8),
    #[error("{0}: cannot decrypt the vault: wrong key, or the file was modified")]
    Decrypt(PathBuf),
    #[error("{0}: the decrypted vault is malformed")]
    Malformed(PathBuf),
    #[error("invalid vault key: {0}")]
    Key(String),
    #[error("no system randomness: {0}")]
    Random(String),
}

/// A 256-bit vault key. Never printed.
#[derive(Clone, PartialEq, Eq)]
pub struct VaultKey([u8; 32]);

impl std::fmt::Debug for VaultKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("VaultKey(<secret>)")
    }
}

impl VaultKey {
    pub fn from_bytes(bytes: [u8; 32]) -> VaultKey {
        VaultKey(bytes)
    }

    /// A fresh key from the system's randomness.
    pub fn generate() -> Result<VaultKey, VaultError> {
        Ok(VaultKey(random_bytes()?))
    }

    /// Parses 32 bytes written as 64 hexadecimal digits or as base64 (standard or URL-safe,
    /// padded or not). Surrounding whitespace is ignored.
    pub fn parse(text: &str) -> Result<VaultKey, VaultError> {
        let text = text.trim();
        let bytes = if text.len() == 64 && text.bytes().all(|b| b.is_ascii_hexdigit()) {
            hex::decode(text).ok()
        } else {
            use base64::engine::general_purpose::{
                STANDARD, STANDARD_NO_PAD, URL_SAFE, URL_SAFE_NO_PAD,
            };
            [STANDARD, STANDARD_NO_PAD, URL_SAFE, URL_SAFE_NO_PAD]
                .iter()
                .find_map(|engine| engine.decode(text).ok())
        };
        match bytes.map(<[u8; 32]>::try_from) {
            Some(Ok(key)) => Ok(VaultKey(key)),
            _ => Err(VaultError::Key(
                "expected 32 bytes as 64 hex digits or base64".to_string(),
            )),
        }
    }

    /// The key as 64 hex digits, as written in key files.
    pub fn to_hex(&self) -> String {
        hex::encode(self.0)
    }

    /// Reads a key file, or creates it (mode 0600) with a fresh key when `create` is set and
    /// the file does not exist.
    pub fn load_or_create(path: &Path, create: bool) -> Result<VaultKey, VaultError> {
        match std::fs::read_to_string(path) {
            Ok(text) => VaultKey::parse(&text)
                .map_err(|_| VaultError::Key(format!("{}: not a vault key file", path.display()))),
            Err(err) if err.kind() == std::io::ErrorKind::NotFound && create => {
                let key = VaultKey::generate()?;
                let mut file = create_private(path, true).map_err(|e| io_error(path, e))?;
                writeln!(file, "{}", key.to_hex())
                    .and_then(|()| file.sync_all())
                    .map_err(|e| io_error(path, e))?;
                Ok(key)
            }
            Err(err) => Err(io_error(path, err)),
        }
    }
}

/// One recorded value: the placeholder it got, its original text and, with the fake style,
/// the fake value that stands for it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    pub kind: Kind,
    pub number: u32,
    /// The value as first seen: what `restore` writes back.
    pub original: String,
    /// The form under which spellings of one value count as the same ([`crate::normalize_into`]).
    pub normalized: String,
    pub fake: Option<String>,
    /// Seconds since the Unix epoch.
    pub created: u64,
    pub last_used: u64,
}

impl Entry {
    /// `[IBAN_1]`.
    pub fn placeholder(&self) -> String {
        format!("[{}_{}]", self.kind, self.number)
    }
}

/// Placeholder ↔ original, with per-kind counters that never go back (an expired entry's
/// number is not given to another value, so an old answer cannot restore to the wrong value).
#[derive(Clone)]
pub struct Vault {
    secret: [u8; 32],
    created: u64,
    ttl: Option<u64>,
    counters: BTreeMap<String, u32>,
    entries: Vec<Entry>,
    by_value: HashMap<(Kind, String), usize>,
    by_number: HashMap<(Kind, u32), usize>,
    by_fake: HashMap<String, usize>,
    originals: HashSet<String>,
}

impl std::fmt::Debug for Vault {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Vault")
            .field("entries", &self.entries.len())
            .field("ttl", &self.ttl)
            .finish_non_exhaustive()
    }
}

impl Vault {
    /// An empty vault with a fresh random secret (the seed of its fake values).
    pub fn new() -> Result<Vault, VaultError> {
        Ok(Vault::with_secret(random_bytes()?))
    }

    /// An empty vault with a given secret: the same secret gives the same fake values.
    pub fn with_secret(secret: [u8; 32]) -> Vault {
        Vault {
            secret,
            created: now(),
            ttl: None,
            counters: BTreeMap::new(),
            entries: Vec::new(),
            by_value: HashMap::new(),
            by_number: HashMap::new(),
            by_fake: HashMap::new(),
            originals: HashSet::new(),
        }
    }

    pub(crate) fn secret(&self) -> &[u8; 32] {
        &self.secret
    }

    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    pub fn created(&self) -> u64 {
        self.created
    }

    /// Entries unused for longer than this many seconds are dropped by [`Vault::expire`].
    pub fn ttl(&self) -> Option<u64> {
        self.ttl
    }

    pub fn set_ttl(&mut self, seconds: Option<u64>) {
        self.ttl = seconds;
    }

    /// The entry of a value, by its normalised form.
    pub fn by_value(&self, kind: &Kind, normalized: &str) -> Option<&Entry> {
        // The tuple key needs an owned String; vault lookups are per finding, not per byte.
        self.by_value
            .get(&(kind.clone(), normalized.to_string()))
            .map(|&i| &self.entries[i])
    }

    pub fn by_placeholder(&self, kind: &Kind, number: u32) -> Option<&Entry> {
        self.by_number
            .get(&(kind.clone(), number))
            .map(|&i| &self.entries[i])
    }

    /// Whether `value` is, as written, the original of some entry (of any kind).
    pub fn is_original(&self, value: &str) -> bool {
        self.originals.contains(value)
    }

    pub fn by_fake(&self, fake: &str) -> Option<&Entry> {
        self.by_fake.get(fake).map(|&i| &self.entries[i])
    }

    /// The index of a value's entry, created with the next number of its kind when new.
    pub(crate) fn record(&mut self, kind: &Kind, value: &str, normalized: &str, at: u64) -> usize {
        if let Some(&i) = self.by_value.get(&(kind.clone(), normalized.to_string())) {
            let entry = &mut self.entries[i];
            entry.last_used = entry.last_used.max(at);
            return i;
        }
        let counter = self.counters.entry(kind.as_str().to_string()).or_insert(0);
        *counter += 1;
        let entry = Entry {
            kind: kind.clone(),
            number: *counter,
            original: value.to_string(),
            normalized: normalized.to_string(),
            fake: None,
            created: at,
            last_used: at,
        };
        self.entries.push(entry);
        let i = self.entries.len() - 1;
        self.index(i);
        i
    }

    pub(crate) fn entry(&self, i: usize) -> &Entry {
        &self.entries[i]
    }

    pub(crate) fn set_fake(&mut self, i: usize, fake: String) {
        self.by_fake.insert(fake.clone(), i);
        self.entries[i].fake = Some(fake);
    }

    fn index(&mut self, i: usize) {
        let e = &self.entries[i];
        self.by_value
            .insert((e.kind.clone(), e.normalized.clone()), i);
        self.by_number.insert((e.kind.clone(), e.number), i);
        self.originals.insert(e.original.clone());
        if let Some(fake) = &e.fake {
            self.by_fake.insert(fake.clone(), i);
        }
    }

    fn reindex(&mut self) {
        self.by_value.clear();
        self.by_number.clear();
        self.by_fake.clear();
        self.originals.clear();
        for i in 0..self.entries.len() {
            self.index(i);
        }
    }

    /// Drops the entries unused for longer than the TTL, as of `now` (seconds since the
    /// epoch). Returns how many were dropped. Counters are kept: numbers are never reused.
    pub fn expire(&mut self, now: u64) -> usize {
        let Some(ttl) = self.ttl else { return 0 };
        let before = self.entries.len();
        self.entries
            .retain(|e| e.last_used.saturating_add(ttl) >= now);
        let dropped = before - self.entries.len();
        if dropped > 0 {
            self.reindex();
        }
        dropped
    }

    /// Forgets every entry and restarts the numbering.
    pub fn clear(&mut self) {
        self.entries.clear();
        self.counters.clear();
        self.reindex();
    }

    /// The encrypted file contents of this vault.
    pub fn seal(&self, key: &VaultKey) -> Result<Vec<u8>, VaultError> {
        let payload = StoredVault {
            secret: hex::encode(self.secret),
            created: self.created,
            ttl: self.ttl,
            counters: self.counters.clone(),
            entries: self
                .entries
                .iter()
                .map(|e| EntryRecord {
                    kind: e.kind.as_str().to_string(),
                    number: e.number,
                    original: e.original.clone(),
                    normalized: e.normalized.clone(),
                    fake: e.fake.clone(),
                    created: e.created,
                    last_used: e.last_used,
                })
                .collect(),
        };
        let plain = serde_json::to_vec(&payload).map_err(|e| VaultError::Key(e.to_string()))?;
        let nonce_bytes: [u8; NONCE_LEN] = random_bytes()?;
        let mut header = [0u8; HEADER_LEN];
        header[..MAGIC.len()].copy_from_slice(MAGIC);
        header[MAGIC.len()] = FORMAT_VERSION;
        let cipher = XChaCha20Poly1305::new(&key.0.into());
        let nonce = XNonce::from(nonce_bytes);
        let sealed = cipher
            .encrypt(
                &nonce,
                Payload {
                    msg: &plain,
                    aad: &header,
                },
            )
            .map_err(|_| VaultError::Random("encryption failed".to_string()))?;
        let mut out = Vec::with_capacity(HEADER_LEN + NONCE_LEN + sealed.len());
        out.extend_from_slice(&header);
        out.extend_from_slice(&nonce_bytes);
        out.extend_from_slice(&sealed);
        Ok(out)
    }

    /// Decrypts file contents; `origin` names the file in errors.
    pub fn unseal(bytes: &[u8], key: &VaultKey, origin: &Path) -> Result<Vault, VaultError> {
        let origin = origin.to_path_buf();
        if bytes.len() < HEADER_LEN + NONCE_LEN || &bytes[..MAGIC.len()] != MAGIC {
            return Err(VaultError::NotAVault(origin));
        }
        let version = bytes[MAGIC.len()];
        if version != FORMAT_VERSION {
            return Err(VaultError::Version(origin, version));
        }
        let (header, rest) = bytes.split_at(HEADER_LEN);
        let (nonce_bytes, sealed) = rest.split_at(NONCE_LEN);
        let nonce_array: [u8; NONCE_LEN] = nonce_bytes
            .try_into()
            .map_err(|_| VaultError::NotAVault(origin.clone()))?;
        let cipher = XChaCha20Poly1305::new(&key.0.into());
        let plain = cipher
            .decrypt(
                &XNonce::from(nonce_array),
                Payload {
                    msg: sealed,
                    aad: header,
                },
            )
            .map_err(|_| VaultError::Decrypt(origin.clone()))?;
        let payload: StoredVault =
            serde_json::from_slice(&plain).map_err(|_| VaultError::Malformed(origin.clone()))?;
        let secret: [u8; 32] = hex::decode(&payload.secret)
            .ok()
            .and_then(|b| b.try_into().ok())
            .ok_or_else(|| VaultError::Malformed(origin.clone()))?;
        let mut entries = Vec::with_capacity(payload.entries.len());
        for r in payload.entries {
            let kind = Kind::parse(&r.kind).ok_or_else(|| VaultError::Malformed(origin.clone()))?;
            entries.push(Entry {
                kind,
                number: r.number,
                original: r.original,
                normalized: r.normalized,
                fake: r.fake,
                created: r.created,
                last_used: r.last_used,
            });
        }
        let mut vault = Vault {
            secret,
            created: payload.created,
            ttl: payload.ttl,
            counters: payload.counters,
            entries,
            by_value: HashMap::new(),
            by_number: HashMap::new(),
            by_fake: HashMap::new(),
            originals: HashSet::new(),
        };
        vault.reindex();
        Ok(vault)
    }
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct StoredVault {
    secret: String,
    created: u64,
    ttl: Option<u64>,
    counters: BTreeMap<String, u32>,
    entries: Vec<EntryRecord>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct EntryRecord {
    kind: String,
    number: u32,
    original: String,
    normalized: String,
    fake: Option<String>,
    created: u64,
    last_used: u64,
}

/// A vault file held under a lock for a load-modify-save cycle. The lock (on `FILE.lock`)
/// is released when this is dropped.
#[derive(Debug)]
pub struct VaultFile {
    path: PathBuf,
    _lock: File,
}

impl VaultFile {
    /// Takes the vault's lock, waiting for another process to release it: exclusive to
    /// modify, shared to only read.
    pub fn lock(path: &Path, exclusive: bool) -> Result<VaultFile, VaultError> {
        let lock_path = with_suffix(path, ".lock");
        let lock = open_private(&lock_path).map_err(|e| io_error(&lock_path, e))?;
        let locked = if exclusive {
            fs4::FileExt::lock(&lock)
        } else {
            fs4::FileExt::lock_shared(&lock)
        };
        locked.map_err(|e| io_error(&lock_path, e))?;
        Ok(VaultFile {
            path: path.to_path_buf(),
            _lock: lock,
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn exists(&self) -> bool {
        self.path.exists()
    }

    /// The vault in the file, `None` when there is no file yet.
    pub fn load(&self, key: &VaultKey) -> Result<Option<Vault>, VaultError> {
        match std::fs::read(&self.path) {
            Ok(bytes) => Vault::unseal(&bytes, key, &self.path).map(Some),
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(err) => Err(io_error(&self.path, err)),
        }
    }

    /// Writes the vault atomically (temporary file with mode 0600, then rename).
    pub fn save(&self, vault: &Vault, key: &VaultKey) -> Result<(), VaultError> {
        let sealed = vault.seal(key)?;
        let tmp = with_suffix(&self.path, &format!(".tmp{}", std::process::id()));
        let write = || -> std::io::Result<()> {
            let mut file = create_private(&tmp, false)?;
            file.write_all(&sealed)?;
            file.sync_all()?;
            std::fs::rename(&tmp, &self.path)
        };
        write().map_err(|e| {
            let _ = std::fs::remove_file(&tmp);
            io_error(&self.path, e)
        })
    }
}

/// `path` with `suffix` appended to its file name (`a.vault` → `a.vault.lock`).
pub fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_os_string();
    name.push(suffix);
    PathBuf::from(name)
}

/// Seconds since the Unix epoch.
pub fn now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

fn random_bytes<const N: usize>() -> Result<[u8; N], VaultError> {
    let mut bytes = [0u8; N];
    getrandom::fill(&mut bytes).map_err(|e| VaultError::Random(e.to_string()))?;
    Ok(bytes)
}

fn io_error(path: &Path, source: std::io::Error) -> VaultError {
    VaultError::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// Creates a file readable by its owner only; `exclusive` refuses an existing file.
fn create_private(path: &Path, exclusive: bool) -> std::io::Result<File> {
    let mut options = OpenOptions::new();
    options.write(true);
    if exclusive {
        options.create_new(true);
    } else {
        options.create(true).truncate(true);
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let file = options.open(path)?;
    // A pre-existing file keeps its mode through `open`: set it.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        file.set_permissions(std::fs::Permissions::from_mode(0o600))?;
    }
    Ok(file)
}

/// Opens (creating if needed) a lock file readable by its owner only.
fn open_private(path: &Path) -> std::io::Result<File> {
    let mut options = OpenOptions::new();
    options.read(true).write(true).create(true).truncate(false);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options.open(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(b: u8) -> VaultKey {
        VaultKey::from_bytes([b; 32])
    }

    #[test]
    fn seal_unseal_round_trip_and_wrong_key() {
        let mut v = Vault::with_secret([7; 32]);
        let i = v.record(&Kind::Iban, "FR76 3000", "FR763000", 100);
        v.set_fake(i, "FR12 FAKE".to_string());
        v.set_ttl(Some(60));
        let sealed = v.seal(&key(1)).unwrap();
        assert!(!sealed.windows(9).any(|w| w == b"FR76 3000"));
        let back = Vault::unseal(&sealed, &key(1), Path::new("v")).unwrap();
        assert_eq!(back.entries(), v.entries());
        assert_eq!(back.ttl(), Some(60));
        assert_eq!(back.by_fake("FR12 FAKE").unwrap().number, 1);
        assert!(matches!(
            Vault::unseal(&sealed, &key(2), Path::new("v")),
            Err(VaultError::Decrypt(_))
        ));
        let mut tampered = sealed.clone();
        let last = tampered.len() - 1;
        tampered[last] ^= 1;
        assert!(matches!(
            Vault::unseal(&tampered, &key(1), Path::new("v")),
            Err(VaultError::Decrypt(_))
        ));
        assert!(matches!(
            Vault::unseal(b"hello world, not a vault at all", &key(1), Path::new("v")),
            Err(VaultError::NotAVault(_))
        ));
        // Two seals of one vault differ: a fresh nonce each time.
        assert_ne!(sealed, v.seal(&key(1)).unwrap());
    }

    fn number(v: &mut Vault, kind: Kind, value: &str, norm: &str, at: u64) -> u32 {
        let i = v.record(&kind, value, norm, at);
        v.entry(i).number
    }

    #[test]
    fn numbers_per_kind_and_never_reused_after_expiry() {
        let mut v = Vault::with_secret([0; 32]);
        v.set_ttl(Some(10));
        assert_eq!(number(&mut v, Kind::Iban, "a", "A", 0), 1);
        assert_eq!(number(&mut v, Kind::Iban, "b", "B", 5), 2);
        assert_eq!(number(&mut v, Kind::Phone, "c", "C", 5), 1);
        assert_eq!(number(&mut v, Kind::Iban, "a again", "A", 6), 1);
        assert_eq!(v.expire(15), 0, "A was used at 6, B at 5");
        assert_eq!(v.expire(16), 2);
        assert!(v.by_placeholder(&Kind::Iban, 2).is_none());
        assert_eq!(v.expire(17), 1);
        assert_eq!(number(&mut v, Kind::Iban, "d", "D", 20), 3);
        v.clear();
        assert_eq!(number(&mut v, Kind::Iban, "d", "D", 20), 1);
    }

    #[test]
    fn key_parsing() {
        let hex64 = "00".repeat(31) + "ff";
        assert_eq!(VaultKey::parse(&hex64).unwrap().0[31], 0xff);
        let b64 = base64::engine::general_purpose::STANDARD.encode([3u8; 32]);
        assert_eq!(VaultKey::parse(&format!(" {b64}\n")).unwrap(), key(3));
        for bad in ["", "abcd", &"0".repeat(63), "not base64 at all!!"] {
            assert!(VaultKey::parse(bad).is_err(), "{bad:?}");
        }
    }

    #[cfg(unix)]
    #[test]
    fn files_are_private_and_locked_cycle_works() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.vault");
        let key_path = with_suffix(&path, ".key");
        let k = VaultKey::load_or_create(&key_path, true).unwrap();
        assert_eq!(VaultKey::load_or_create(&key_path, false).unwrap(), k);
        let file = VaultFile::lock(&path, true).unwrap();
        assert!(file.load(&k).unwrap().is_none());
        let mut v = Vault::with_secret([1; 32]);
        v.record(&Kind::Email, "x@y.fr", "x@y.fr", 1);
        file.save(&v, &k).unwrap();
        assert_eq!(file.load(&k).unwrap().unwrap().entries().len(), 1);
        for p in [&path, &key_path] {
            let mode = std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o600, "{}", p.display());
        }
    }
}
