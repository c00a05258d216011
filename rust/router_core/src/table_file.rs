//! Reading the packaged copy of the pattern table,
//! `python/model_router/data/pattern_table.tsv` (written from `features.py`
//! by `python -m model_router.first_words`; the format is documented in
//! `model_router/pattern_table.py`).
//!
//! The extension compiles the file in and uses it when the header's sources
//! checksum matches the installed sources (else Python reads the file, or
//! builds the table from `features.py`); the cargo tests and examples read
//! the same file, so they always run the table the package ships.

use std::borrow::Cow;

use crate::{crc32, GuardedPattern, PatternText, PresencePattern};

/// The header's first words: the magic and the format version.
const HEADER: &str = "model-router-pattern-table 1 ";

/// The table a packaged table file holds.
pub struct TableFile {
    /// The presence patterns, in signal order.
    pub presence: Vec<PresencePattern>,
    /// The guarded patterns, in signal order.
    pub guarded: Vec<GuardedPattern>,
    /// The pasted-block cues: (text request, act request).
    pub pasted_cues: (String, String),
}

/// The checksums a table file's first line records.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TableHeader<'a> {
    /// CRC-32 of the source files the table was written from, as eight
    /// lowercase hex digits.
    pub sources_crc: &'a str,
    /// CRC-32 of every byte after the header line, likewise.
    pub body_crc: &'a str,
}

impl<'a> TableHeader<'a> {
    /// The header of a table file, if its first line is one of this format.
    pub fn of(text: &'a str) -> Option<Self> {
        let (line, _) = text.split_once('\n')?;
        let fields = line.strip_prefix(HEADER)?;
        let (sources_crc, body_crc) = fields.split_once(' ')?;
        let is_crc = |field: &str| {
            field.len() == 8
                && field
                    .bytes()
                    .all(|byte| byte.is_ascii_digit() || (b'a'..=b'f').contains(&byte))
        };
        (is_crc(sources_crc) && is_crc(body_crc)).then_some(Self {
            sources_crc,
            body_crc,
        })
    }

    /// Whether `text`'s body is the one this header records (`text` is the
    /// whole file, header line included).
    pub fn body_matches(&self, text: &str) -> bool {
        text.split_once('\n')
            .is_some_and(|(_, body)| format!("{:08x}", crc32(0, body.as_bytes())) == self.body_crc)
    }
}

/// Parses a packaged table file into owned strings (checksums are not
/// verified here). The error names the first line that is not a record of
/// the format.
pub fn read_table_file(text: &str) -> Result<TableFile, String> {
    parse(text, |field| Cow::Owned(field.to_owned()))
}

/// [`read_table_file`] for a table compiled into the program: the patterns
/// borrow `text` (1.4 MB the packaged table never copies).
pub fn read_compiled_table(text: &'static str) -> Result<TableFile, String> {
    parse(text, Cow::Borrowed)
}

fn parse<'a>(text: &'a str, pattern: impl Fn(&'a str) -> PatternText) -> Result<TableFile, String> {
    let mut lines = text.lines();
    if !lines
        .next()
        .is_some_and(|header| header.starts_with(HEADER))
    {
        return Err(format!("the first line does not start with {HEADER:?}"));
    }
    let mut presence = Vec::new();
    let mut guarded = Vec::new();
    let mut pasted_cues = None;
    for (number, line) in lines.enumerate() {
        let mut fields = line.split('\t');
        let record = [(); 5].map(|()| fields.next());
        match record {
            [Some("presence"), Some(name), Some(regex), None, None] => {
                presence.push(PresencePattern {
                    name: name.to_owned(),
                    pattern: pattern(regex),
                });
            }
            [Some("guarded"), Some(name), Some(benign), Some(positive), None] => {
                guarded.push(GuardedPattern {
                    name: name.to_owned(),
                    benign: pattern(benign),
                    positive: pattern(positive),
                });
            }
            [Some("pasted"), Some(text_request), Some(act_request), None, None] => {
                pasted_cues = Some((text_request.to_owned(), act_request.to_owned()));
            }
            _ => return Err(format!("line {} is not a record", number + 2)),
        }
    }
    let pasted_cues = pasted_cues.ok_or("no pasted line")?;
    Ok(TableFile {
        presence,
        guarded,
        pasted_cues,
    })
}

/// Every regex of the packaged table's signals: the patterns and both sides
/// of the guarded ones (not the pasted-block cues, which are line regexes
/// with `^`).
#[cfg(test)]
pub(crate) fn packaged_regexes() -> Vec<String> {
    let table = crate::read_table_file(include_str!(
        "../../../python/model_router/data/pattern_table.tsv"
    ))
    .expect("the packaged table");
    let mut regexes: Vec<String> = table
        .presence
        .into_iter()
        .map(|entry| entry.pattern.into_owned())
        .collect();
    for entry in table.guarded {
        regexes.push(entry.benign.into_owned());
        regexes.push(entry.positive.into_owned());
    }
    regexes
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_packaged_table() {
        let table = read_table_file(include_str!(
            "../../../python/model_router/data/pattern_table.tsv"
        ))
        .expect("the packaged table");
        assert!(table.presence.len() > 5 && table.guarded.len() > 5);
        assert!(table
            .guarded
            .iter()
            .any(|entry| entry.name == "destructive_action"));
        assert!(!table.pasted_cues.0.is_empty() && !table.pasted_cues.1.is_empty());
        let text = include_str!("../../../python/model_router/data/pattern_table.tsv");
        let compiled = read_compiled_table(text).expect("the packaged table");
        assert!(matches!(compiled.presence[0].pattern, Cow::Borrowed(_)));
        assert!(matches!(table.presence[0].pattern, Cow::Owned(_)));
        let strings = |file: &TableFile| {
            file.presence
                .iter()
                .flat_map(|entry| [entry.name.clone(), entry.pattern.to_string()])
                .chain(file.guarded.iter().flat_map(|entry| {
                    [
                        entry.name.clone(),
                        entry.benign.to_string(),
                        entry.positive.to_string(),
                    ]
                }))
                .collect::<Vec<_>>()
        };
        assert_eq!(strings(&compiled), strings(&table));
        assert_eq!(compiled.pasted_cues, table.pasted_cues);
    }

    #[test]
    fn the_packaged_header_records_its_body() {
        let text = include_str!("../../../python/model_router/data/pattern_table.tsv");
        let header = TableHeader::of(text).expect("a header");
        assert!(header.body_matches(text));
        let edited = text.replacen("presence\t", "presence\t_", 1);
        assert!(!header.body_matches(&edited));
        assert_eq!(TableHeader::of("model-router-pattern-table 1 0 0\n"), None);
        assert_eq!(
            TableHeader::of("model-router-pattern-table 1 0123abcd 89ef0000\n"),
            Some(TableHeader {
                sources_crc: "0123abcd",
                body_crc: "89ef0000"
            })
        );
        assert_eq!(
            TableHeader::of("model-router-pattern-table 2 0123abcd 89ef0000\n"),
            None
        );
    }

    #[test]
    fn names_what_is_wrong() {
        assert!(read_table_file("presence\ta\tb\n").is_err());
        let header = "model-router-pattern-table 1 0 0\n";
        let error = read_table_file(&format!("{header}presence\ta\tb\nnonsense\n"))
            .err()
            .expect("an error");
        assert_eq!(error, "line 3 is not a record");
        // Too many fields is no record either.
        let error = read_table_file(&format!("{header}presence\ta\tb\tc\n"))
            .err()
            .expect("an error");
        assert_eq!(error, "line 2 is not a record");
        assert!(read_table_file(&format!("{header}presence\ta\tb\n")).is_err());
        let table =
            read_table_file(&format!("{header}presence\ta\tb\npasted\tc\td\n")).expect("a table");
        assert_eq!(table.presence.len(), 1);
        assert_eq!(table.pasted_cues, ("c".to_owned(), "d".to_owned()));
    }
}
