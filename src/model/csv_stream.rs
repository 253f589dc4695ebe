//! CSV records from bytes that arrive in pieces: a file the browser streams, a zip entry as it
//! inflates, or pasted text cut into slices. Text is decoded across piece ends, records split
//! at line ends outside quotes, and only the record not yet complete is held, so a file of
//! tens of MB never sits in memory as one string. A record that outgrows [`MAX_RECORD_BYTES`]
//! (a quote opened and never closed, a line of a million columns) is refused with its line as
//! soon as it does, never read to the end of the file.

use std::borrow::Cow;
use std::fmt;

use super::csv;

/// Longest record read: far beyond any real row (a message's text is dropped, a list row is a
/// few hundred bytes), short enough that an unclosed quote is found within a megabyte.
pub const MAX_RECORD_BYTES: usize = 1024 * 1024;

/// Why a stream stopped before its end.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Framing {
    /// A byte that is not UTF-8, at this offset of the stream.
    NotUtf8(u64),
    /// The stream ends inside a character.
    CutCharacter,
    /// A quote opened on this line runs on past the record bound (or to the end).
    UnclosedQuote(usize),
    /// This line runs on past the record bound without a line end.
    LongLine(usize),
}

impl fmt::Display for Framing {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Framing::NotUtf8(at) => write!(
                f,
                "it is not UTF-8 text (byte {at} is not): if a spreadsheet saved it again, save it as “CSV UTF-8”"
            ),
            Framing::CutCharacter => {
                f.write_str("it ends in the middle of a character: the file is cut short")
            }
            Framing::UnclosedQuote(line) => write!(
                f,
                "line {line} opens a quote (\") that is never closed, so everything after it would be one cell"
            ),
            Framing::LongLine(line) => write!(
                f,
                "line {line} runs on for more than {} MB without ending",
                MAX_RECORD_BYTES / (1024 * 1024)
            ),
        }
    }
}

/// Why a stream stopped: its framing, or the record handler's own reason.
#[derive(Clone, Debug, PartialEq)]
pub enum Stop<E> {
    Framing(Framing),
    Record(E),
}

/// A CSV stream in progress.
#[derive(Debug, Default)]
pub struct RecordStream {
    /// The delimiter, once known (a list detects it from its first line).
    delimiter: Option<u8>,
    /// Bytes read so far.
    bytes: u64,
    /// The end of the last piece when it cut a character in two.
    partial_char: Vec<u8>,
    /// Whether any text has been read (a BOM is only the first character's).
    started: bool,
    /// Text after the last complete record.
    text: String,
    /// How far `text` has been scanned for record ends, and whether that point is in quotes.
    scanned: usize,
    quoted: bool,
    /// The line `text` starts on, the line the scan has reached, and where the open quote
    /// began.
    line: usize,
    scan_line: usize,
    quote_line: usize,
}

impl RecordStream {
    /// A stream with a known delimiter, or `None` to detect it from the first line.
    pub fn new(delimiter: Option<u8>) -> RecordStream {
        RecordStream {
            delimiter,
            line: 1,
            scan_line: 1,
            ..RecordStream::default()
        }
    }

    /// Bytes read so far.
    pub fn bytes(&self) -> u64 {
        self.bytes
    }

    /// Reads the next piece, handing each complete record (its first line and its cells) to
    /// `each`, in order.
    pub fn push<E>(
        &mut self,
        piece: &[u8],
        each: &mut impl FnMut(usize, Vec<Cow<'_, str>>) -> Result<(), E>,
    ) -> Result<(), Stop<E>> {
        self.bytes += piece.len() as u64;
        let mut bytes = std::mem::take(&mut self.partial_char);
        let carried = bytes.len() as u64;
        bytes.extend_from_slice(piece);
        let valid = match std::str::from_utf8(&bytes) {
            Ok(text) => text.len(),
            // A character cut at the piece's end: its first bytes wait for the next piece.
            Err(e) if e.error_len().is_none() => e.valid_up_to(),
            Err(e) => {
                let at = self.bytes - piece.len() as u64 - carried + e.valid_up_to() as u64;
                return Err(Stop::Framing(Framing::NotUtf8(at)));
            }
        };
        let (text, rest) = bytes.split_at(valid);
        let text = std::str::from_utf8(text).unwrap_or_default();
        // A BOM is the first character's, whichever piece completes it.
        let text = if self.started || text.is_empty() {
            text
        } else {
            self.started = true;
            text.strip_prefix('\u{feff}').unwrap_or(text)
        };
        self.text.push_str(text);
        self.partial_char = rest.to_vec();
        // Split at the last line end outside quotes: what comes before is whole records.
        let mut cut = None;
        for (i, b) in self.text.as_bytes()[self.scanned..].iter().enumerate() {
            match b {
                b'"' => {
                    self.quoted = !self.quoted;
                    if self.quoted {
                        self.quote_line = self.scan_line;
                    }
                }
                b'\n' => {
                    self.scan_line += 1;
                    if !self.quoted {
                        cut = Some(self.scanned + i + 1);
                    }
                }
                _ => {}
            }
        }
        self.scanned = self.text.len();
        if let Some(cut) = cut {
            let rest = self.text.split_off(cut);
            let whole = std::mem::replace(&mut self.text, rest);
            self.scanned = self.text.len();
            self.records(&whole, each)?;
        }
        if self.text.len() > MAX_RECORD_BYTES {
            return Err(Stop::Framing(if self.quoted {
                Framing::UnclosedQuote(self.quote_line)
            } else {
                Framing::LongLine(self.line)
            }));
        }
        Ok(())
    }

    /// Ends the stream: its last record (with no line end after it) is handed to `each`.
    pub fn finish<E>(
        &mut self,
        each: &mut impl FnMut(usize, Vec<Cow<'_, str>>) -> Result<(), E>,
    ) -> Result<(), Stop<E>> {
        if !self.partial_char.is_empty() {
            return Err(Stop::Framing(Framing::CutCharacter));
        }
        if self.quoted {
            return Err(Stop::Framing(Framing::UnclosedQuote(self.quote_line)));
        }
        let rest = std::mem::take(&mut self.text);
        self.scanned = 0;
        self.records(&rest, each)
    }

    /// Splits whole records and hands them on, numbered from the stream's first line.
    fn records<E>(
        &mut self,
        text: &str,
        each: &mut impl FnMut(usize, Vec<Cow<'_, str>>) -> Result<(), E>,
    ) -> Result<(), Stop<E>> {
        if text.is_empty() {
            return Ok(());
        }
        let delimiter = *self
            .delimiter
            .get_or_insert_with(|| csv::detect_delimiter(text));
        let first = self.line - 1;
        self.line += text.matches('\n').count();
        for (line, cells) in csv::records(text, delimiter) {
            each(first + line, cells).map_err(Stop::Record)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every record of `text` read in pieces of `size` bytes, with its line.
    fn read(text: &[u8], size: usize) -> Result<Vec<(usize, Vec<String>)>, Stop<()>> {
        let mut out = Vec::new();
        let mut stream = RecordStream::new(None);
        let mut each = |line: usize, cells: Vec<Cow<'_, str>>| -> Result<(), ()> {
            out.push((line, cells.into_iter().map(Cow::into_owned).collect()));
            Ok(())
        };
        for piece in text.chunks(size.max(1)) {
            stream.push(piece, &mut each)?;
        }
        stream.finish(&mut each)?;
        Ok(out)
    }

    #[test]
    fn pieces_of_any_size_read_as_the_whole() {
        let text = "\u{feff}name;note\nAda;\"two\nlines; é\"\nBo;x\n\nCy;\"say \"\"hi\"\"\"";
        let whole = read(text.as_bytes(), text.len()).unwrap();
        assert_eq!(whole[1], (2, vec!["Ada".into(), "two\nlines; é".into()]));
        assert_eq!(whole[2].0, 4);
        for size in 1..12 {
            assert_eq!(
                read(text.as_bytes(), size).unwrap(),
                whole,
                "pieces of {size}"
            );
        }
    }

    #[test]
    fn an_unclosed_quote_is_found_by_its_line_without_reading_on() {
        let mut text = String::from("name,note\nAda,x\nBo,\"never closed\n");
        let grown = MAX_RECORD_BYTES + 10;
        text.push_str(&"y\n".repeat(grown / 2));
        assert_eq!(
            read(text.as_bytes(), 65_536),
            Err(Stop::Framing(Framing::UnclosedQuote(3)))
        );
        assert_eq!(
            read(b"a,\"b", 2),
            Err(Stop::Framing(Framing::UnclosedQuote(1)))
        );
    }

    #[test]
    fn bytes_that_are_not_text_are_found_where_they_are() {
        assert_eq!(
            read(b"ab\n\xff", 1),
            Err(Stop::Framing(Framing::NotUtf8(3)))
        );
        assert_eq!(
            read("é".as_bytes().split_at(1).0, 1),
            Err(Stop::Framing(Framing::CutCharacter))
        );
    }
}
