//! Times the core on the real table (no Python): `cargo run --release
//! --example scan_bench`. Prints ns per call (fastest batch) for normalization and scans.

use std::time::Instant;

// The extension's allocator (rust/router_py/src/allocator.rs), so these
// figures are the extension's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use router_core::{
    first_words, normalize_into, read_table_file, scan_conditions, GuardedPattern, PatternTable,
    PresencePattern,
};

const README: [&str; 8] = [
    "rewrite this text",
    "summarize these notes",
    "design a distributed task scheduler architecture",
    "fix the repo and run tests",
    "search the web for the latest TypeScript release notes",
    "extract text from this screenshot",
    "generate an image of a router dashboard",
    "drop the production database",
];

const PARAGRAPH: &str =
    "Please refactor the payment module in our repo, explain the tradeoffs of the \
new retry design, add unit tests for the edge cases, and summarize the changes \
for the release notes. Keep the public API stable and document every function. ";

fn load() -> (Vec<PresencePattern>, Vec<GuardedPattern>) {
    let table = read_table_file(include_str!(
        "../../../python/model_router/data/pattern_table.tsv"
    ))
    .expect("the packaged table");
    (table.presence, table.guarded)
}

fn time(label: &str, bytes: usize, mut operation: impl FnMut()) {
    if let Some(only) = std::env::args().nth(1) {
        if !label.contains(&only) {
            return;
        }
    }
    operation();
    // A fixed number of calls, for `perf stat -e instructions` (a figure the
    // machine's load does not move).
    if let Some(count) = std::env::var("SCAN_BENCH_LOOPS")
        .ok()
        .and_then(|value| value.parse::<u64>().ok())
    {
        for _ in 0..count {
            operation();
        }
        return;
    }
    // The fastest of many short batches: the machine is shared, and the
    // minimum is the figure least disturbed by other processes.
    let started = Instant::now();
    let mut ns = f64::MAX;
    while started.elapsed().as_millis() < 400 {
        let batch = Instant::now();
        let mut loops = 0u64;
        while batch.elapsed().as_micros() < 5_000 {
            operation();
            loops += 1;
        }
        ns = ns.min(batch.elapsed().as_nanos() as f64 / loops as f64);
    }
    let rate = if bytes > 0 {
        format!("  {:.2} GB/s", bytes as f64 / ns)
    } else {
        String::new()
    };
    println!("{label:<28} {ns:>12.1} ns{rate}");
}

fn main() {
    let (presence, guarded) = load();
    if std::env::args().any(|arg| arg == "--words") {
        for entry in &presence {
            let found = first_words(&entry.pattern);
            println!(
                "{}: {} whole, {} prefixes {:?}, remainder {:?}",
                entry.name,
                found.whole.len(),
                found.prefixes.len(),
                found
                    .prefixes
                    .iter()
                    .map(|p| String::from_utf8_lossy(p).into_owned())
                    .collect::<Vec<_>>(),
                found.remainder
            );
        }
        for entry in &guarded {
            let found = first_words(&entry.positive);
            println!(
                "{} (positive): {} whole, {} prefixes {:?}, remainder {:?}",
                entry.name,
                found.whole.len(),
                found.prefixes.len(),
                found
                    .prefixes
                    .iter()
                    .map(|p| String::from_utf8_lossy(p).into_owned())
                    .collect::<Vec<_>>(),
                found.remainder
            );
        }
        return;
    }
    // First use in a process: construction, then the first scans (prefilter
    // derivation and automata built on demand).
    let started = Instant::now();
    let first = PatternTable::new(&presence[..], &guarded[..]).expect("table");
    // The scorer's conditional signals, so the scans here cost what the router's do.
    let first_conditions = scan_conditions(&first).expect("the packaged table's signals");
    let built = started.elapsed();
    std::hint::black_box(first.scan_conditional(README[3], 4, &first_conditions));
    let first_scan = started.elapsed().saturating_sub(built);
    for prompt in README {
        std::hint::black_box(first.scan_conditional(prompt, 4, &first_conditions));
    }
    let readme_scans = started.elapsed().saturating_sub(built + first_scan);
    println!("first use: new {built:?}, first scan {first_scan:?}, then all README prompts {readme_scans:?}");
    time("construction", 0, || {
        std::hint::black_box(PatternTable::new(&presence[..], &guarded[..]).expect("table"));
    });
    // `SCAN_BENCH_INDEX=path/to/first_words.idx`: scan with the table read
    // from an index, as the packaged router does.
    let index = std::env::var("SCAN_BENCH_INDEX")
        .ok()
        .map(|path| std::fs::read_to_string(path).expect("index file"));
    if let Some(text) = index.as_deref() {
        time("construction from index", 0, || {
            std::hint::black_box(
                PatternTable::with_index(presence.clone(), guarded.clone(), Some(text))
                    .expect("table"),
            );
        });
    }
    let table =
        PatternTable::with_index(&presence[..], &guarded[..], index.as_deref()).expect("table");
    if index.is_some() {
        assert!(table.loaded_from_index(), "the index is for another table");
    }
    let conditions = scan_conditions(&table).expect("the packaged table's signals");
    let long = |size: usize| PARAGRAPH.repeat(size / PARAGRAPH.len() + 1)[..size].to_owned();
    let (six, sixty_four) = (long(6 * 1024), long(64 * 1024));
    let mut buffer = Vec::new();
    time("normalize 64kb", sixty_four.len(), || {
        normalize_into(&sixty_four, &mut buffer);
    });
    // `SCAN_BENCH_PROMPT="..."`: time one prompt of your own as well.
    if let Ok(prompt) = std::env::var("SCAN_BENCH_PROMPT") {
        time("scan SCAN_BENCH_PROMPT", 0, || {
            std::hint::black_box(table.scan_conditional(&prompt, 4, &conditions));
        });
    }
    time("scan readme (per prompt)", 0, || {
        for prompt in README {
            std::hint::black_box(table.scan_conditional(prompt, 4, &conditions));
        }
    });
    time("scan 6kb", six.len(), || {
        std::hint::black_box(table.scan_conditional(&six, 4, &conditions));
    });
    time("scan 64kb", sixty_four.len(), || {
        std::hint::black_box(table.scan_conditional(&sixty_four, 4, &conditions));
    });
}
