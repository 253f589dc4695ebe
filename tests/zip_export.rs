//! The export's zip container: entries found by the central directory, stored and deflated,
//! and every damaged or hostile zip refused with a reason (docs/model.md#your-numbers).

use firstmove::model::linkedin_export::{read, InputFile, DEFAULT_WEEKS};
use firstmove::model::zip::{entries, looks_like_zip, Method, ZipError, MAX_ENTRY_BYTES};
use miniz_oxide::deflate::compress_to_vec;
use miniz_oxide::inflate::decompress_to_vec_with_limit;
use proptest::prelude::*;

/// A minimal zip writer: each entry stored or deflated, sizes as given unless `declared`.
fn zip(files: &[(&str, &[u8], bool)], declared: Option<u32>) -> Vec<u8> {
    let mut out = Vec::new();
    let mut central = Vec::new();
    for (name, data, deflate) in files {
        let body = if *deflate {
            compress_to_vec(data, 6)
        } else {
            data.to_vec()
        };
        let method: u16 = if *deflate { 8 } else { 0 };
        let size = declared.unwrap_or(data.len() as u32);
        let offset = out.len() as u32;
        let head = |sig: u32, central_entry: bool| {
            let mut h = Vec::new();
            h.extend(sig.to_le_bytes());
            if central_entry {
                h.extend(20u16.to_le_bytes());
            }
            h.extend(20u16.to_le_bytes());
            h.extend(0u16.to_le_bytes());
            h.extend(method.to_le_bytes());
            h.extend([0u8; 4]);
            h.extend(0u32.to_le_bytes());
            h.extend((body.len() as u32).to_le_bytes());
            h.extend(size.to_le_bytes());
            h.extend((name.len() as u16).to_le_bytes());
            h.extend(0u16.to_le_bytes());
            if central_entry {
                h.extend([0u8; 10]);
                h.extend(offset.to_le_bytes());
            }
            h.extend(name.as_bytes());
            h
        };
        out.extend(head(0x0403_4b50, false));
        out.extend(&body);
        central.extend(head(0x0201_4b50, true));
    }
    let at = out.len() as u32;
    out.extend(&central);
    out.extend(0x0605_4b50u32.to_le_bytes());
    out.extend([0u8; 4]);
    out.extend((files.len() as u16).to_le_bytes());
    out.extend((files.len() as u16).to_le_bytes());
    out.extend((central.len() as u32).to_le_bytes());
    out.extend(at.to_le_bytes());
    out.extend(0u16.to_le_bytes());
    out
}

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(format!(
        "{}/tests/fixtures/linkedin/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

#[test]
fn an_export_zip_reads_like_its_files() {
    let names = [
        "Connections.csv",
        "Invitations.csv",
        "messages.csv",
        "Profile.csv",
    ];
    let data: Vec<Vec<u8>> = names.iter().map(|n| fixture(n)).collect();
    let files: Vec<(&str, &[u8], bool)> = names
        .iter()
        .zip(&data)
        .enumerate()
        .map(|(i, (n, d))| (*n, d.as_slice(), i % 2 == 0))
        .collect();
    let bytes = zip(&files, None);
    assert!(looks_like_zip(&bytes));
    let found = entries(&bytes).unwrap();
    assert_eq!(found.len(), 4);
    assert_eq!(found[0].method, Method::Deflated);
    assert_eq!(found[1].method, Method::Stored);
    let inflated: Vec<InputFile> = found
        .iter()
        .map(|e| {
            let raw = match e.method {
                Method::Stored => e.data.to_vec(),
                Method::Deflated => {
                    decompress_to_vec_with_limit(e.data, MAX_ENTRY_BYTES as usize).unwrap()
                }
            };
            InputFile {
                name: e.name.clone(),
                text: String::from_utf8(raw).unwrap(),
            }
        })
        .collect();
    let direct: Vec<InputFile> = names
        .iter()
        .zip(&data)
        .map(|(n, d)| InputFile {
            name: n.to_string(),
            text: String::from_utf8(d.clone()).unwrap(),
        })
        .collect();
    assert_eq!(read(&inflated, DEFAULT_WEEKS), read(&direct, DEFAULT_WEEKS));
}

#[test]
fn damaged_and_hostile_zips_are_refused_with_a_reason() {
    assert_eq!(entries(b"First Name,Last Name\n"), Err(ZipError::NotAZip));
    let bytes = zip(
        &[("Connections.csv", b"Connected On\n01 Mar 2026\n", false)],
        None,
    );
    assert_eq!(
        entries(&bytes[..bytes.len() - 30]),
        Err(ZipError::Truncated)
    );
    // An entry that says it unpacks past the bound is refused before anything is inflated.
    let bomb = zip(
        &[("messages.csv", b"x", true)],
        Some(MAX_ENTRY_BYTES as u32 + 1),
    );
    let err = entries(&bomb).unwrap_err();
    assert!(matches!(err, ZipError::TooLarge(..)));
    assert!(err.to_string().contains("messages.csv"), "{err}");
    // One that lies about its size still stops at the bound when inflated.
    let zeros = vec![0u8; 4 * 1024 * 1024];
    let liar = zip(&[("messages.csv", &zeros, true)], Some(10));
    let entry = &entries(&liar).unwrap()[0];
    assert!(decompress_to_vec_with_limit(entry.data, 1024 * 1024).is_err());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..2048)) {
        let _ = entries(&bytes);
    }

    #[test]
    fn a_cut_or_flipped_zip_never_panics(cut in 0usize..400, flip in 0usize..400, bit in 0u8..8) {
        let mut bytes = zip(&[("Connections.csv", b"Connected On\n01 Mar 2026\n", true), ("Profile.csv", b"First Name,Last Name\nA,B\n", false)], None);
        let flip = flip % bytes.len();
        bytes[flip] ^= 1 << bit;
        bytes.truncate(cut.min(bytes.len()));
        let _ = entries(&bytes);
    }
}

/// A zip whose directory lists one entry's bytes many times: a small file that would unpack
/// one large entry again and again. Every entry that shares bytes with another is refused.
#[test]
fn entries_that_share_bytes_are_refused() {
    let mut bytes = zip(
        &[("messages.csv", b"CONVERSATION ID,FROM,DATE\n", true)],
        None,
    );
    // Copy the one central entry twice more, all pointing at offset 0, and fix the end record.
    let end = bytes.len() - 22;
    let central_at = u32::from_le_bytes(bytes[end + 16..end + 20].try_into().unwrap()) as usize;
    let entry = bytes[central_at..end].to_vec();
    let mut crafted = bytes[..end].to_vec();
    crafted.extend(&entry);
    crafted.extend(&entry);
    let mut record = bytes.split_off(end);
    let count: u16 = 3;
    record[8..10].copy_from_slice(&count.to_le_bytes());
    record[10..12].copy_from_slice(&count.to_le_bytes());
    record[12..16].copy_from_slice(&((entry.len() * 3) as u32).to_le_bytes());
    crafted.extend(record);
    let err = entries(&crafted).unwrap_err();
    assert_eq!(err, ZipError::Overlaps("messages.csv".into()));
    assert!(err.to_string().contains("built to flood memory"), "{err}");
    // A zip tool's own zip, entries one after another, has none.
    let fine = zip(&[("a.csv", b"a\n", true), ("b.csv", b"b\n", false)], None);
    assert_eq!(entries(&fine).unwrap().len(), 2);
}
