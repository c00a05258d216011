//! Reading the packaged copy of the pattern table,
//! `python/model_router/data/pattern_table.tsv` (written from `features.py`
//! by `python -m model_router.first_words`; the format is documented in
//! `model_router/pattern_table.py`).
//!
//! The extension is handed the table's strings by Python, which also checks
//! the file's checksums; the cargo tests and examples read the same file with
//! this, so they always run the table the package ships.

use crate::{GuardedPattern, PresencePattern};

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

/// Parses a packaged table file (checksums are not verified here). The
/// error names the first line that is not a record of the format.
pub fn read_table_file(text: &str) -> Result<TableFile, String> {
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
        match line.split('\t').collect::<Vec<_>>().as_slice() {
            ["presence", name, pattern] => presence.push(PresencePattern {
                name: (*name).to_owned(),
                pattern: (*pattern).to_owned(),
            }),
            ["guarded", name, benign, positive] => guarded.push(GuardedPattern {
                name: (*name).to_owned(),
                benign: (*benign).to_owned(),
                positive: (*positive).to_owned(),
            }),
            ["pasted", text_request, act_request] => {
                pasted_cues = Some(((*text_request).to_owned(), (*act_request).to_owned()));
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
        .map(|entry| entry.pattern)
        .collect();
    for entry in table.guarded {
        regexes.push(entry.benign);
        regexes.push(entry.positive);
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
    }

    #[test]
    fn names_what_is_wrong() {
        assert!(read_table_file("presence\ta\tb\n").is_err());
        let header = "model-router-pattern-table 1 0 0\n";
        let error = read_table_file(&format!("{header}presence\ta\tb\nnonsense\n"))
            .err()
            .expect("an error");
        assert_eq!(error, "line 3 is not a record");
        assert!(read_table_file(&format!("{header}presence\ta\tb\n")).is_err());
        let table =
            read_table_file(&format!("{header}presence\ta\tb\npasted\tc\td\n")).expect("a table");
        assert_eq!(table.presence.len(), 1);
        assert_eq!(table.pasted_cues, ("c".to_owned(), "d".to_owned()));
    }
}
