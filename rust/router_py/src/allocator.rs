//! The extension's allocator. Building a signal's automata on first use
//! allocates and frees about a million small HIR and NFA nodes; with
//! mimalloc instead of the system allocator a first construction and a
//! first risky prompt take about a third less time (docs/performance.md).
//! Only Rust allocations of this extension go through it; Python objects
//! keep Python's allocator. It is built without transparent huge pages
//! (`-DMI_NO_THP` in `.cargo/config.toml`): their faults waited for memory
//! compaction and made a process's first routes slower, not faster.

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
