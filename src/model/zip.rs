//! The zip container of LinkedIn's data export: its central directory read into entries, each
//! with its name, how it is compressed and its bytes. Inflating is the caller's: the browser's
//! own `DecompressionStream('deflate-raw')` costs the bundle nothing, and the tests use a crate.
//! Every size is checked against the file and against documented bounds before anything is
//! inflated, so a zip bomb or a truncated file is refused with a reason, never a panic.

use std::fmt;

/// Largest entry the app inflates: far above any real `messages.csv`, small enough to hold.
pub const MAX_ENTRY_BYTES: u64 = 200 * 1024 * 1024;
/// Most entries read from one directory (a Complete export has a few dozen).
pub const MAX_ENTRIES: usize = 10_000;

/// How an entry's bytes are stored.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Method {
    Stored,
    Deflated,
}

/// One file in the zip.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry<'a> {
    pub name: String,
    pub method: Method,
    /// The compressed bytes.
    pub data: &'a [u8],
    /// The size once inflated, as the directory declares it.
    pub size: u64,
}

/// Why a zip was refused.
#[derive(Clone, Debug, PartialEq)]
pub enum ZipError {
    NotAZip,
    Truncated,
    Zip64,
    Encrypted(String),
    Unsupported(String, u16),
    TooLarge(String, u64),
    TooManyEntries,
}

impl fmt::Display for ZipError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ZipError::NotAZip => f.write_str("it is not a zip file"),
            ZipError::Truncated => {
                f.write_str("the zip file is cut short: download the export again")
            }
            ZipError::Zip64 => f.write_str(
                "it is a very large zip (zip64), which no LinkedIn export is: pick the CSV files instead",
            ),
            ZipError::Encrypted(name) => write!(f, "“{name}” in it is password-protected"),
            ZipError::Unsupported(name, m) => {
                write!(f, "“{name}” in it is compressed in a way FirstMove cannot read (method {m})")
            }
            ZipError::TooLarge(name, size) => write!(
                f,
                "“{name}” in it would unpack to {} MB, above the {} MB FirstMove reads",
                size / (1024 * 1024),
                MAX_ENTRY_BYTES / (1024 * 1024)
            ),
            ZipError::TooManyEntries => {
                write!(f, "it holds more than {MAX_ENTRIES} files, which no LinkedIn export does")
            }
        }
    }
}

fn u16_at(b: &[u8], at: usize) -> Result<u16, ZipError> {
    b.get(at..at + 2)
        .map(|s| u16::from_le_bytes([s[0], s[1]]))
        .ok_or(ZipError::Truncated)
}

fn u32_at(b: &[u8], at: usize) -> Result<u32, ZipError> {
    b.get(at..at + 4)
        .map(|s| u32::from_le_bytes([s[0], s[1], s[2], s[3]]))
        .ok_or(ZipError::Truncated)
}

const END_SIGNATURE: u32 = 0x0605_4b50;
const CENTRAL_SIGNATURE: u32 = 0x0201_4b50;
const LOCAL_SIGNATURE: u32 = 0x0403_4b50;

/// Whether bytes start like a zip (a local header, or an empty zip's end record).
pub fn looks_like_zip(bytes: &[u8]) -> bool {
    matches!(u32_at(bytes, 0), Ok(LOCAL_SIGNATURE | END_SIGNATURE))
}

/// Reads the central directory: every file entry, folders left out.
pub fn entries(bytes: &[u8]) -> Result<Vec<Entry<'_>>, ZipError> {
    if !looks_like_zip(bytes) {
        return Err(ZipError::NotAZip);
    }
    // The end record is 22 bytes plus a comment of at most 65,535.
    let earliest = bytes.len().saturating_sub(22 + 65_535);
    let end = (earliest..bytes.len().saturating_sub(21))
        .rev()
        .find(|&i| u32_at(bytes, i) == Ok(END_SIGNATURE))
        .ok_or(ZipError::Truncated)?;
    let count = usize::from(u16_at(bytes, end + 10)?);
    let offset = u32_at(bytes, end + 16)?;
    if count == 0xffff || offset == u32::MAX {
        return Err(ZipError::Zip64);
    }
    if count > MAX_ENTRIES {
        return Err(ZipError::TooManyEntries);
    }
    let mut at = offset as usize;
    let mut out = Vec::with_capacity(count);
    for _ in 0..count {
        if u32_at(bytes, at)? != CENTRAL_SIGNATURE {
            return Err(ZipError::Truncated);
        }
        let flags = u16_at(bytes, at + 8)?;
        let method = u16_at(bytes, at + 10)?;
        let compressed = u64::from(u32_at(bytes, at + 20)?);
        let size = u64::from(u32_at(bytes, at + 24)?);
        let name_len = usize::from(u16_at(bytes, at + 28)?);
        let extra_len = usize::from(u16_at(bytes, at + 30)?);
        let comment_len = usize::from(u16_at(bytes, at + 32)?);
        let local = u32_at(bytes, at + 42)? as usize;
        let name_bytes = bytes
            .get(at + 46..at + 46 + name_len)
            .ok_or(ZipError::Truncated)?;
        let name = String::from_utf8_lossy(name_bytes).into_owned();
        at += 46 + name_len + extra_len + comment_len;
        if name.ends_with('/') {
            continue;
        }
        if compressed == u64::from(u32::MAX) || size == u64::from(u32::MAX) {
            return Err(ZipError::Zip64);
        }
        if flags & 1 != 0 {
            return Err(ZipError::Encrypted(name));
        }
        let method = match method {
            0 => Method::Stored,
            8 => Method::Deflated,
            other => return Err(ZipError::Unsupported(name, other)),
        };
        if size > MAX_ENTRY_BYTES {
            return Err(ZipError::TooLarge(name, size));
        }
        if u32_at(bytes, local)? != LOCAL_SIGNATURE {
            return Err(ZipError::Truncated);
        }
        let start = local
            + 30
            + usize::from(u16_at(bytes, local + 26)?)
            + usize::from(u16_at(bytes, local + 28)?);
        let data = bytes
            .get(start..start + compressed as usize)
            .ok_or(ZipError::Truncated)?;
        out.push(Entry {
            name,
            method,
            data,
            size,
        });
    }
    Ok(out)
}
