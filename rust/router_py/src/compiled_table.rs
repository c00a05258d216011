//! The pattern table and first-words index compiled into the extension.
//!
//! `python -m model_router.first_words` writes both files and the build
//! embeds them, so a process on the Rust backend neither reads their 1.7 MB
//! nor converts the table from Python strings. Python uses this copy only
//! while the table's header records the installed sources' checksum
//! (`model_router/pattern_table.py`); otherwise it reads the files or builds
//! the table from `features.py` as before.

use std::path::PathBuf;
use std::sync::OnceLock;

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use router_core::{crc32, read_compiled_table, TableFile, TableHeader};

const TABLE_TEXT: &str = include_str!("../../../python/model_router/data/pattern_table.tsv");
/// The index written with the table (a table checks that an index is its
/// own before reading it, so a mismatch only costs the derivation).
pub const INDEX_TEXT: &str = include_str!("../../../python/model_router/data/first_words.idx");

/// The compiled-in table, parsed on first use (its patterns borrow the
/// program's copy: cloning it for a scorer copies no regex).
pub fn table() -> PyResult<&'static TableFile> {
    static TABLE: OnceLock<Result<TableFile, String>> = OnceLock::new();
    TABLE
        .get_or_init(|| read_compiled_table(TABLE_TEXT))
        .as_ref()
        .map_err(|problem| {
            PyValueError::new_err(format!("the compiled-in pattern table: {problem}"))
        })
}

/// `(sources_crc, body_crc)` of the compiled-in table's header, or `None`
/// if it has none of this format.
#[pyfunction]
pub fn compiled_table_header() -> Option<(&'static str, &'static str)> {
    TableHeader::of(TABLE_TEXT).map(|header| (header.sources_crc, header.body_crc))
}

/// The compiled-in table's signal names in bit order (presence patterns,
/// then guarded ones).
#[pyfunction]
pub fn compiled_table_names() -> PyResult<Vec<&'static str>> {
    let table = table()?;
    Ok(table
        .presence
        .iter()
        .map(|entry| entry.name.as_str())
        .chain(table.guarded.iter().map(|entry| entry.name.as_str()))
        .collect())
}

/// CRC-32 of the files' bytes read one after another, as eight lowercase hex
/// digits (`zlib.crc32` of their concatenation); `OSError` if one cannot be
/// read.
#[pyfunction]
pub fn crc32_of_files(paths: Vec<PathBuf>) -> PyResult<String> {
    let mut crc = 0;
    for path in paths {
        crc = crc32(crc, &std::fs::read(path)?);
    }
    Ok(format!("{crc:08x}"))
}
