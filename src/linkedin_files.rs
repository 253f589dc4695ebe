//! The browser's side of reading the rep's LinkedIn export: picked or dropped files are read
//! piecewise (`Blob.slice` and `Blob.stream`), zip entries inflated by the browser's own
//! `DecompressionStream('deflate-raw')`, and every chunk handed to the model's
//! [`ExportReader`]. The page yields to the browser every few milliseconds, so a messages file
//! of tens of MB never freezes it. Nothing is uploaded or stored.

use js_sys::{Reflect, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, File, ReadableStream};

use crate::browser::{self, Ended, Flow, Pace};
use crate::model::linkedin_export::{ExportReader, Kind};
use crate::model::zip::{self, Method, ZipError};

#[wasm_bindgen]
extern "C" {
    /// The browser's inflater (not yet in web-sys's stable API).
    type DecompressionStream;
    #[wasm_bindgen(constructor, catch)]
    fn new(format: &str) -> Result<DecompressionStream, JsValue>;
}

/// `stream.pipeThrough(inflater)`, or `None` where the browser cannot inflate.
fn inflated(stream: ReadableStream) -> Option<ReadableStream> {
    let inflate = DecompressionStream::new("deflate-raw").ok()?;
    let pipe = Reflect::get(&stream, &"pipeThrough".into()).ok()?;
    let pipe = pipe.dyn_into::<js_sys::Function>().ok()?;
    pipe.call1(&stream, &inflate).ok()?.dyn_into().ok()
}

/// What a read reports as it goes, and asks before each piece: whether the rep has picked
/// other files meanwhile, which ends this read.
pub struct Watch<'a> {
    pub progress: &'a dyn Fn(&str, f64),
    pub cancelled: &'a dyn Fn() -> bool,
}

/// Reads every file into `reader`, reporting each file's name and the bytes read so far, until
/// the files end or the read is cancelled.
pub async fn read_all(files: Vec<File>, reader: &mut ExportReader, watch: &Watch<'_>) {
    let mut pace = Pace::new();
    for file in files {
        if (watch.cancelled)() {
            return;
        }
        let name = file.name();
        let head = bytes(&file, 0.0, 4.0).await;
        let zipped = head.as_deref().is_ok_and(zip::looks_like_zip);
        if name.to_ascii_lowercase().ends_with(".zip") || zipped {
            if let Err(why) = read_zip(&file, head, reader, watch, &mut pace).await {
                reader.skip(&name, why);
            }
        } else if reader.begin(&name, Some(file.size() as u64)).is_ok() {
            let stream = file.stream();
            let mut budget = u64::MAX;
            feed(stream, &name, None, reader, watch, &mut pace, &mut budget).await;
        }
    }
}

/// Reads the wanted entries of a zip through its directory: only the tail, the directory and
/// those entries are read, never the whole file.
async fn read_zip(
    file: &File,
    head: Result<Vec<u8>, String>,
    reader: &mut ExportReader,
    watch: &Watch<'_>,
    pace: &mut Pace,
) -> Result<(), String> {
    let len = file.size();
    let damaged = |e: ZipError| e.to_string();
    if !zip::looks_like_zip(&head?) {
        return Err(damaged(ZipError::NotAZip));
    }
    let tail = bytes(file, (len - zip::TAIL_BYTES as f64).max(0.0), len).await?;
    let dir = zip::end_record(&tail, len as u64).map_err(damaged)?;
    let central = bytes(file, dir.offset as f64, (dir.offset + dir.size) as f64).await?;
    let listed = zip::directory(&central, &dir, len as u64).map_err(damaged)?;
    let (wanted, others): (Vec<_>, Vec<_>) = listed
        .into_iter()
        .partition(|e| Kind::of(&e.name).is_some());
    if wanted.is_empty() {
        return Err(
            "it holds none of the export's files (Connections.csv, Invitations.csv, messages.csv, Profile.csv): is it LinkedIn's data export?"
                .to_string(),
        );
    }
    // One file of each kind: more copies of one (a merged or crafted zip) are named once, with
    // how many, and left.
    let mut kinds: Vec<(Kind, usize)> = Vec::new();
    let mut once = Vec::new();
    for entry in wanted {
        let Some(kind) = Kind::of(&entry.name) else {
            continue;
        };
        match kinds.iter_mut().find(|(k, _)| *k == kind) {
            Some((_, extra)) => *extra += 1,
            None => {
                kinds.push((kind, 0));
                once.push(entry);
            }
        }
    }
    for (entry, (_, extra)) in once.iter().zip(&kinds) {
        if *extra > 0 {
            let copies = if *extra == 1 {
                "1 more copy".to_string()
            } else {
                format!("{extra} more copies")
            };
            reader.skip(
                &format!("{copies} of {}", base_name(&entry.name)),
                "a zip holds one of each file: only the first was read".to_string(),
            );
        }
    }
    // One budget for the whole zip: what its entries declare, then what they inflate to.
    let declared: u64 = once
        .iter()
        .filter(|e| e.refused.is_none())
        .map(|e| e.size)
        .sum();
    if declared > zip::MAX_ZIP_BYTES {
        return Err(damaged(ZipError::TooLargeInAll(declared)));
    }
    let mut budget = zip::MAX_ZIP_BYTES;
    for entry in once {
        if (watch.cancelled)() {
            return Ok(());
        }
        let name = base_name(&entry.name);
        if let Some(refused) = &entry.refused {
            reader.skip(name, refused.to_string());
            continue;
        }
        let Some(stream) = entry_stream(file, &entry, len).await else {
            reader.skip(name, damaged(ZipError::Truncated));
            continue;
        };
        if reader.begin(name, Some(entry.size)).is_err() {
            continue;
        }
        let stream = match entry.method {
            Method::Stored => stream,
            Method::Deflated => match inflated(stream) {
                Some(stream) => stream,
                None => {
                    reader.fail("this browser cannot unpack zip files: pick the CSV files from the zip instead");
                    continue;
                }
            },
        };
        feed(
            stream,
            name,
            Some(entry.size),
            reader,
            watch,
            pace,
            &mut budget,
        )
        .await;
    }
    if !others.is_empty() {
        let names: Vec<&str> = others.iter().take(3).map(|e| base_name(&e.name)).collect();
        let more = others.len().saturating_sub(names.len());
        let listed = if more > 0 {
            format!("{} and {more} more", names.join(", "))
        } else {
            names.join(", ")
        };
        let why = if others.len() == 1 {
            "it holds"
        } else {
            "they hold"
        };
        reader.skip(&listed, format!("{why} nothing FirstMove counts"));
    }
    Ok(())
}

/// An entry's stored bytes as a stream, found through its local header.
async fn entry_stream(file: &File, entry: &zip::Listed, len: f64) -> Option<ReadableStream> {
    let header = bytes(
        file,
        entry.local as f64,
        (entry.local + zip::LOCAL_HEADER_BYTES) as f64,
    )
    .await
    .ok()?;
    let start = zip::data_start(&header, entry, len as u64).ok()?;
    let body = file
        .slice_with_f64_and_f64(start as f64, (start + entry.compressed) as f64)
        .ok()?;
    Some(body.stream())
}

/// Hands a stream's chunks to the reader until it ends, fails, the reader refuses it or the
/// read is cancelled. An entry that inflates past the size its zip declares, or past what is
/// left of its zip's `budget`, is stopped there.
async fn feed(
    stream: ReadableStream,
    name: &str,
    declared: Option<u64>,
    reader: &mut ExportReader,
    watch: &Watch<'_>,
    pace: &mut Pace,
    budget: &mut u64,
) {
    let mut read = 0u64;
    let mut why: Option<&str> = None;
    let ended = browser::read_pieces(stream, pace, &mut |piece| {
        let length = piece.len() as u64;
        read += length;
        if declared.is_some_and(|size| read > size) || length > *budget {
            why = Some("it unpacks to more than the zip says it holds: the zip is damaged or built to flood memory");
            return Flow::Stop;
        }
        *budget -= length;
        if reader.push(piece).is_err() {
            // The reader has reported the file itself.
            return Flow::Stop;
        }
        (watch.progress)(name, read as f64);
        if (watch.cancelled)() {
            why = Some("another file was picked before it was read to its end");
            return Flow::Stop;
        }
        Flow::More
    })
    .await;
    match (ended, why) {
        (Ended::Whole, _) => reader.end(),
        (Ended::Failed, _) => {
            reader.fail("it is damaged (it could not be unpacked): download the export again")
        }
        (Ended::Stopped, Some(why)) => reader.fail(why),
        (Ended::Stopped, None) => {}
    }
}

/// A zip entry's file name without its folder (`Basic_LinkedInDataExport_…/Connections.csv`).
fn base_name(path: &str) -> &str {
    path.rsplit(['/', '\\']).next().unwrap_or(path)
}

/// `[from, to)` of a file's bytes.
async fn bytes(blob: &Blob, from: f64, to: f64) -> Result<Vec<u8>, String> {
    let cant = || "the browser could not read the file".to_string();
    let part = blob.slice_with_f64_and_f64(from, to).map_err(|_| cant())?;
    let buffer = JsFuture::from(part.array_buffer())
        .await
        .map_err(|_| cant())?;
    Ok(Uint8Array::new(&buffer).to_vec())
}

/// The files of a drop, in order.
pub fn dropped_files(ev: &web_sys::DragEvent) -> Vec<File> {
    ev.data_transfer()
        .and_then(|d| d.files())
        .map_or_else(Vec::new, browser::files_of)
}
