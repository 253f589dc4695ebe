//! The browser's side of reading the rep's LinkedIn export: picked or dropped files are read
//! piecewise (`Blob.slice` and `Blob.stream`), zip entries inflated by the browser's own
//! `DecompressionStream('deflate-raw')`, and every chunk handed to the model's
//! [`ExportReader`]. The page yields to the browser every few milliseconds, so a messages file
//! of tens of MB never freezes it. Nothing is uploaded or stored.

use js_sys::{Reflect, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, File, ReadableStream, ReadableStreamDefaultReader};

use crate::browser;
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

/// How long the page works before letting the browser paint and handle input.
const SLICE_MS: f64 = 8.0;

/// Reads every file into `reader`, reporting each file's name and the bytes read so far.
pub async fn read_all(files: Vec<File>, reader: &mut ExportReader, progress: &dyn Fn(&str, f64)) {
    let mut pace = Pace::new();
    for file in files {
        let name = file.name();
        let head = bytes(&file, 0.0, 4.0).await;
        let zipped = head.as_deref().is_ok_and(zip::looks_like_zip);
        if name.to_ascii_lowercase().ends_with(".zip") || zipped {
            if let Err(why) = read_zip(&file, head, reader, progress, &mut pace).await {
                reader.skip(&name, why);
            }
        } else if reader.begin(&name, Some(file.size() as u64)).is_ok() {
            let stream = file.stream();
            feed(stream, &name, None, reader, progress, &mut pace).await;
        }
    }
}

/// Reads the wanted entries of a zip through its directory: only the tail, the directory and
/// those entries are read, never the whole file.
async fn read_zip(
    file: &File,
    head: Result<Vec<u8>, String>,
    reader: &mut ExportReader,
    progress: &dyn Fn(&str, f64),
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
    for entry in wanted {
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
        feed(stream, name, Some(entry.size), reader, progress, pace).await;
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

/// Hands a stream's chunks to the reader until it ends, fails or the reader refuses it. An
/// entry that inflates past the size its zip declares is stopped there.
async fn feed(
    stream: ReadableStream,
    name: &str,
    declared: Option<u64>,
    reader: &mut ExportReader,
    progress: &dyn Fn(&str, f64),
    pace: &mut Pace,
) {
    let Ok(chunks) = stream
        .get_reader()
        .dyn_into::<ReadableStreamDefaultReader>()
    else {
        reader.fail("the browser could not read it");
        return;
    };
    let mut read = 0u64;
    loop {
        let next = match JsFuture::from(chunks.read()).await {
            Ok(next) => next,
            Err(_) => {
                reader.fail("it is damaged (it could not be unpacked): download the export again");
                return;
            }
        };
        if Reflect::get(&next, &"done".into())
            .ok()
            .and_then(|d| d.as_bool())
            == Some(true)
        {
            break;
        }
        let Some(chunk) = Reflect::get(&next, &"value".into())
            .ok()
            .and_then(|v| v.dyn_into::<Uint8Array>().ok())
        else {
            continue;
        };
        read += u64::from(chunk.length());
        if declared.is_some_and(|size| read > size) {
            let _ = chunks.cancel();
            reader.fail("it unpacks to more than the zip says it holds: the zip is damaged or built to flood memory");
            return;
        }
        if reader.push(&chunk.to_vec()).is_err() {
            let _ = chunks.cancel();
            return;
        }
        progress(name, read as f64);
        pace.breathe().await;
    }
    reader.end();
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

/// Yields to the browser once the page has worked [`SLICE_MS`] since it last did.
struct Pace {
    since: f64,
}

impl Pace {
    fn new() -> Pace {
        Pace {
            since: browser::clock(),
        }
    }

    async fn breathe(&mut self) {
        if browser::clock() - self.since >= SLICE_MS {
            browser::next_task().await;
            self.since = browser::clock();
        }
    }
}

/// The files of a drop, in order.
pub fn dropped_files(ev: &web_sys::DragEvent) -> Vec<File> {
    ev.data_transfer()
        .and_then(|d| d.files())
        .map_or_else(Vec::new, browser::files_of)
}
