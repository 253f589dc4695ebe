//! The zip container of LinkedIn's data export: its central directory read into entries, each
//! with its name, how it is compressed and its bytes. Inflating is the caller's: the browser's
//! own `DecompressionStream('deflate-raw')` costs the bundle nothing, and the tests use a crate.
//! Every size is checked against the file and against documented bounds before anything is
//! inflated, so a zip bomb or a truncated file is refused with a reason, never a panic.

use std::fmt;

/// Largest file the app reads, inflated or not: a real `messages.csv` of years of messages is
/// tens of MB; past this bound a file is refused, and an entry that inflates past it (a zip
/// bomb) is stopped as soon as it does.
pub const MAX_ENTRY_BYTES: u64 = 100 * 1024 * 1024;
/// Most entries read from one directory (a Complete export has a few dozen).
pub const MAX_ENTRIES: usize = 10_000;
/// Most bytes inflated from one zip, all entries together: each may hold up to
/// [`MAX_ENTRY_BYTES`], and the wanted ones of a real export add up to well under this.
pub const MAX_ZIP_BYTES: u64 = 200 * 1024 * 1024;

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
    /// An entry whose bytes lie over another's: no zip tool writes one; a zip built so one
    /// entry's data is unpacked again and again does.
    Overlaps(String),
    /// The entries to read would unpack to this many bytes in all.
    TooLargeInAll(u64),
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
            ZipError::Overlaps(name) => write!(
                f,
                "“{name}” in it shares its bytes with another file: the zip is damaged or built to flood memory"
            ),
            ZipError::TooLargeInAll(size) => write!(
                f,
                "its files would unpack to {} MB in all, above the {} MB FirstMove reads from one zip",
                size.div_ceil(1024 * 1024),
                MAX_ZIP_BYTES / (1024 * 1024)
            ),
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

/// Bytes from the end of a zip that hold its end record: 22 bytes and a comment of at most
/// 65,535. The page reads only these, then the directory, then each wanted entry, so a large
/// export never sits in memory whole.
pub const TAIL_BYTES: u64 = 22 + 65_535;
/// Bytes of an entry's local header before its name and extra field.
pub const LOCAL_HEADER_BYTES: u64 = 30;

/// Where the central directory lies, as the end record says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Directory {
    pub offset: u64,
    pub size: u64,
    pub count: usize,
}

/// One file listed in the directory, located but not yet read.
#[derive(Clone, Debug, PartialEq)]
pub struct Listed {
    pub name: String,
    pub method: Method,
    /// Where its local header starts.
    pub local: u64,
    pub compressed: u64,
    /// The size once inflated, as the directory declares it.
    pub size: u64,
    /// Why this entry cannot be read (password-protected, zip64, a method FirstMove does not
    /// inflate, past the bound, or lying past the end of the file); the others still can.
    pub refused: Option<ZipError>,
}

/// Most bytes of central directory read: a few dozen entries need a few KB, and a directory
/// that claims more is not an export's.
pub const MAX_DIRECTORY_BYTES: u64 = 4 * 1024 * 1024;

/// Finds the end record in the last [`TAIL_BYTES`] (or fewer) of a file of `file_len` bytes.
pub fn end_record(tail: &[u8], file_len: u64) -> Result<Directory, ZipError> {
    let end = (0..tail.len().saturating_sub(21))
        .rev()
        .find(|&i| u32_at(tail, i) == Ok(END_SIGNATURE))
        .ok_or(ZipError::Truncated)?;
    let count = usize::from(u16_at(tail, end + 10)?);
    let size = u64::from(u32_at(tail, end + 12)?);
    let offset = u32_at(tail, end + 16)?;
    if count == 0xffff || offset == u32::MAX {
        return Err(ZipError::Zip64);
    }
    if count > MAX_ENTRIES {
        return Err(ZipError::TooManyEntries);
    }
    let offset = u64::from(offset);
    if offset + size > file_len {
        return Err(ZipError::Truncated);
    }
    if size > MAX_DIRECTORY_BYTES {
        return Err(ZipError::TooManyEntries);
    }
    Ok(Directory {
        offset,
        size,
        count,
    })
}

/// Reads the central directory's bytes: every file listed, folders left out, each checked
/// against the file's length and the bounds before anything is inflated (an entry that fails
/// says why in `refused`).
pub fn directory(central: &[u8], dir: &Directory, file_len: u64) -> Result<Vec<Listed>, ZipError> {
    let mut at = 0;
    let mut out = Vec::with_capacity(dir.count);
    for _ in 0..dir.count {
        if u32_at(central, at)? != CENTRAL_SIGNATURE {
            return Err(ZipError::Truncated);
        }
        let flags = u16_at(central, at + 8)?;
        let method = u16_at(central, at + 10)?;
        let compressed = u64::from(u32_at(central, at + 20)?);
        let size = u64::from(u32_at(central, at + 24)?);
        let name_len = usize::from(u16_at(central, at + 28)?);
        let extra_len = usize::from(u16_at(central, at + 30)?);
        let comment_len = usize::from(u16_at(central, at + 32)?);
        let local = u64::from(u32_at(central, at + 42)?);
        let name_bytes = central
            .get(at + 46..at + 46 + name_len)
            .ok_or(ZipError::Truncated)?;
        let name = String::from_utf8_lossy(name_bytes).into_owned();
        at += 46 + name_len + extra_len + comment_len;
        if name.ends_with('/') {
            continue;
        }
        let method_read = match method {
            0 => Ok(Method::Stored),
            8 => Ok(Method::Deflated),
            other => Err(ZipError::Unsupported(name.clone(), other)),
        };
        let refused = if compressed == u64::from(u32::MAX) || size == u64::from(u32::MAX) {
            Some(ZipError::Zip64)
        } else if flags & 1 != 0 {
            Some(ZipError::Encrypted(name.clone()))
        } else if let Err(e) = &method_read {
            Some(e.clone())
        } else if size > MAX_ENTRY_BYTES {
            Some(ZipError::TooLarge(name.clone(), size))
        } else if local + LOCAL_HEADER_BYTES + compressed > file_len {
            Some(ZipError::Truncated)
        } else {
            None
        };
        out.push(Listed {
            name,
            method: method_read.unwrap_or(Method::Stored),
            local,
            compressed,
            size,
            refused,
        });
    }
    refuse_overlaps(&mut out);
    Ok(out)
}

/// Refuses every entry whose bytes (its local header and its data) lie over another entry's.
/// A zip tool lays entries one after another; entries that share bytes are how a small zip
/// unpacks one large entry thousands of times.
fn refuse_overlaps(entries: &mut [Listed]) {
    let mut order: Vec<usize> = (0..entries.len()).collect();
    order.sort_by_key(|&i| entries[i].local);
    let end = |e: &Listed| e.local.saturating_add(LOCAL_HEADER_BYTES + e.compressed);
    let mut overlapping = vec![false; entries.len()];
    // The entry reaching furthest so far, among those that start earlier.
    let mut furthest: Option<usize> = None;
    for &i in &order {
        if let Some(f) = furthest {
            if entries[i].local < end(&entries[f]) {
                overlapping[i] = true;
                overlapping[f] = true;
            }
            if end(&entries[i]) > end(&entries[f]) {
                furthest = Some(i);
            }
        } else {
            furthest = Some(i);
        }
    }
    for (entry, over) in entries.iter_mut().zip(overlapping) {
        if over && entry.refused.is_none() {
            entry.refused = Some(ZipError::Overlaps(entry.name.clone()));
        }
    }
}

/// Where an entry's bytes start, from its local header's first [`LOCAL_HEADER_BYTES`].
pub fn data_start(local_header: &[u8], entry: &Listed, file_len: u64) -> Result<u64, ZipError> {
    if u32_at(local_header, 0)? != LOCAL_SIGNATURE {
        return Err(ZipError::Truncated);
    }
    let start = entry.local
        + LOCAL_HEADER_BYTES
        + u64::from(u16_at(local_header, 26)?)
        + u64::from(u16_at(local_header, 28)?);
    if start + entry.compressed > file_len {
        return Err(ZipError::Truncated);
    }
    Ok(start)
}

/// Reads a zip held whole in memory: every file entry with its bytes, folders left out, or
/// the first reason one cannot be read. The page reads a file piecewise through the same
/// three steps, and skips only the entries it cannot read.
pub fn entries(bytes: &[u8]) -> Result<Vec<Entry<'_>>, ZipError> {
    if !looks_like_zip(bytes) {
        return Err(ZipError::NotAZip);
    }
    let len = bytes.len() as u64;
    let tail_from = bytes.len().saturating_sub(TAIL_BYTES as usize);
    let dir = end_record(&bytes[tail_from..], len)?;
    let central = slice(bytes, dir.offset, dir.size)?;
    directory(central, &dir, len)?
        .into_iter()
        .map(|listed| {
            if let Some(refused) = listed.refused {
                return Err(refused);
            }
            let header = slice(bytes, listed.local, LOCAL_HEADER_BYTES)?;
            let start = data_start(header, &listed, len)?;
            Ok(Entry {
                data: slice(bytes, start, listed.compressed)?,
                name: listed.name,
                method: listed.method,
                size: listed.size,
            })
        })
        .collect()
}

fn slice(bytes: &[u8], from: u64, len: u64) -> Result<&[u8], ZipError> {
    let from = usize::try_from(from).map_err(|_| ZipError::Truncated)?;
    let len = usize::try_from(len).map_err(|_| ZipError::Truncated)?;
    bytes
        .get(from..from.checked_add(len).ok_or(ZipError::Truncated)?)
        .ok_or(ZipError::Truncated)
}
