//! One process's first use of the real table: `cargo run --release --example
//! first_use [--index | --index-file PATH] [--prompt TEXT] [--first-only] [--construct-only N]` (construction, then the first scans); for `perf
//! record`.

use std::time::Instant;

// The extension's allocator (rust/router_py/src/allocator.rs), so these
// figures are the extension's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use router_core::{read_table_file, PatternTable};

fn main() {
    let table = read_table_file(include_str!(
        "../../../python/model_router/data/pattern_table.tsv"
    ))
    .expect("the packaged table");
    let (presence, guarded) = (table.presence, table.guarded);
    // `--index`: first use of a table built from its first-words index (as
    // the packaged table is); the index is written beforehand by another
    // table, outside the timing.
    // `--index-file PATH`: read the index from a file instead (no derived
    // table in the process at all, as in a real first use).
    let args: Vec<String> = std::env::args().collect();
    let index = if let Some(at) = args.iter().position(|arg| arg == "--index-file") {
        Some(std::fs::read_to_string(&args[at + 1]).expect("index file"))
    } else {
        args.iter().any(|arg| arg == "--index").then(|| {
            PatternTable::new(&presence[..], &guarded[..])
                .expect("table")
                .first_words_index()
                .expect("index")
        })
    };
    // `--construct-only N`: build the table N times and print the fastest
    // construction (no scan), for the cost of reading an index.
    if let Some(at) = args.iter().position(|arg| arg == "--construct-only") {
        let count: usize = args[at + 1].parse().expect("a count");
        let fastest = (0..count)
            .map(|_| {
                let started = Instant::now();
                std::hint::black_box(
                    PatternTable::with_index(&presence[..], &guarded[..], index.as_deref())
                        .expect("table"),
                );
                started.elapsed()
            })
            .min()
            .expect("at least one");
        println!("fastest of {count} constructions: {fastest:?}");
        return;
    }
    let faults_before = minor_faults();
    let started = Instant::now();
    let table =
        PatternTable::with_index(&presence[..], &guarded[..], index.as_deref()).expect("table");
    let built = started.elapsed();
    let faulted = minor_faults()
        .zip(faults_before)
        .map(|(after, before)| after - before);
    // `--prompt TEXT`: the first prompt (default: one of the README's).
    let prompt = args
        .iter()
        .position(|arg| arg == "--prompt")
        .map_or("fix the repo and run tests", |at| args[at + 1].as_str());
    let first = table.scan(prompt, 4);
    let scanned = started.elapsed().saturating_sub(built);
    if args.iter().any(|arg| arg == "--first-only") {
        println!(
            "new {built:?} ({} pages faulted in), first scan {scanned:?} ({:#x})",
            faulted.map_or("?".to_string(), |pages| pages.to_string()),
            first.signal_bits
        );
        return;
    }
    let long = "Please refactor the payment module in our repo, explain the tradeoffs of the new retry design, add unit tests. ".repeat(100);
    std::hint::black_box(table.scan(&long, 4));
    let long_scan = started.elapsed().saturating_sub(built + scanned);
    println!(
        "new {built:?}, first scan {scanned:?} ({:#x}), 11 KB scan {long_scan:?}",
        first.signal_bits
    );
}

/// This process's minor page faults so far (Linux; `None` elsewhere): the
/// memory a construction touches for the first time.
fn minor_faults() -> Option<u64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the command name (which may hold spaces) start at `)`;
    // minflt is the 10th field of the line, the 8th after it.
    stat.rsplit_once(')')?
        .1
        .split_whitespace()
        .nth(7)?
        .parse()
        .ok()
}
