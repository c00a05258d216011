//! The word prefilter on the real table (the packaged copy,
//! `python/model_router/data/pattern_table.tsv`): every text must get the same
//! signals with the prefilter as with every pattern searched in full.

use router_core::{normalize, read_table_file, GuardedPattern, PatternTable, PresencePattern};

const TABLE: &str = include_str!("../../../python/model_router/data/pattern_table.tsv");

fn load() -> (Vec<PresencePattern>, Vec<GuardedPattern>) {
    let table = read_table_file(TABLE).expect("the packaged table");
    (table.presence, table.guarded)
}

/// The words and punctuation of the table itself, so random texts hit the
/// patterns (and their near misses) often.
fn vocabulary() -> Vec<String> {
    let (presence, guarded) = load();
    let mut text = String::new();
    for entry in &presence {
        text.push_str(&entry.pattern);
    }
    for entry in &guarded {
        text.push_str(&entry.benign);
        text.push_str(&entry.positive);
    }
    let mut words: Vec<String> = text
        .split(|character: char| !(character.is_ascii_alphanumeric() || character == '\''))
        .filter(|word| !word.is_empty() && word.len() < 20)
        .map(str::to_owned)
        .collect();
    words.sort_unstable();
    words.dedup();
    for extra in [
        "c++",
        "c#",
        "rm -rf",
        "dd if=",
        "e-mail",
        "main.py",
        "x.rs",
        "_deploy_",
        "__send__",
        "2031",
        "self.x",
        "@workspace",
        "@codebase",
        "/imagine",
        "--ar 16",
        "parse_args(",
        "run()",
        "src/app.tsx",
        "a.b",
        // prose_request needs its noun followed by "to", "for", a colon...
        "draft a memo to",
        "summarise what",
        // code_request needs code work asked for, with coding words and a prose request
        "refactor the helper",
        "draft a memo to the team and fix the flaky test in parser.go",
        // design_question's phrases are many words long
        "pros and cons",
    ] {
        words.push(extra.to_owned());
    }
    words
}

/// A small deterministic generator (xorshift64*): no dependency, same texts
/// on every run.
struct Rng(u64);

impl Rng {
    fn below(&mut self, bound: usize) -> usize {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        (self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 33) as usize % bound
    }
}

#[test]
fn prefilter_agrees_with_full_search_on_random_vocabulary_texts() {
    let (presence, guarded) = load();
    let table = PatternTable::new(&presence[..], &guarded[..]).expect("the real table compiles");
    let words = vocabulary();
    let separators = [" ", " ", " ", "", "-", ".", "_", ", ", "'", "/", "\n", "  "];
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut set_somewhere = 0u64;
    for _ in 0..4000 {
        let count = 1 + rng.below(12);
        let mut prompt = String::new();
        for _ in 0..count {
            prompt.push_str(&words[rng.below(words.len())]);
            prompt.push_str(separators[rng.below(separators.len())]);
        }
        let text = normalize(&prompt).text;
        let filtered = table.signals(text.as_bytes());
        let full = table.signals_unfiltered(text.as_bytes());
        assert_eq!(filtered, full, "text {text:?}");
        set_somewhere |= full;
    }
    // The generator must actually reach the patterns for the test to mean
    // anything: every signal is set by some text.
    let all = (1u64 << (presence.len() + guarded.len())) - 1;
    assert_eq!(
        set_somewhere,
        all,
        "signals never set: {:#x}",
        all & !set_somewhere
    );
}

#[test]
fn shared_tables_are_reused_and_agree() {
    let (presence, guarded) = load();
    let first = PatternTable::shared(&presence[..], &guarded[..]).expect("compiles");
    let second = PatternTable::shared(&presence[..], &guarded[..]).expect("compiles");
    assert!(std::sync::Arc::ptr_eq(&first, &second));
    // One changed string, or a signal of the other kind, is another table.
    let mut changed = presence.clone();
    changed[0].pattern.to_mut().push_str("|\\bzzqx\\b");
    let other = PatternTable::shared(&changed[..], &guarded[..]).expect("compiles");
    assert!(!std::sync::Arc::ptr_eq(&first, &other));
    let last = guarded.len() - 1;
    let moved = PresencePattern {
        name: guarded[last].name.clone(),
        pattern: guarded[last].positive.clone(),
    };
    let with_moved: Vec<PresencePattern> = presence.iter().cloned().chain([moved]).collect();
    let fewer = PatternTable::shared(&with_moved[..], &guarded[..last]).expect("compiles");
    assert!(!std::sync::Arc::ptr_eq(&first, &fewer));
    let text = b"fix the repo and run tests";
    assert_eq!(first.signals(text), first.signals_unfiltered(text));
}

/// Random vocabulary texts, normalized (the same generator as above).
fn sample_texts(count: usize, seed: u64) -> Vec<String> {
    let words = vocabulary();
    let separators = [" ", " ", " ", "", "-", ".", "_", ", ", "'", "/", "\n", "  "];
    let mut rng = Rng(seed);
    (0..count)
        .map(|_| {
            let mut prompt = String::new();
            for _ in 0..=rng.below(12) {
                prompt.push_str(&words[rng.below(words.len())]);
                prompt.push_str(separators[rng.below(separators.len())]);
            }
            normalize(&prompt).text
        })
        .collect()
}

#[test]
fn a_table_built_from_its_index_finds_the_same_signals() {
    let (presence, guarded) = load();
    let derived = PatternTable::new(&presence[..], &guarded[..]).expect("compiles");
    let index = derived
        .first_words_index()
        .expect("the real table writes an index");
    assert!(index.starts_with("model-router first-words 5\nfingerprint "));
    assert!(
        index
            .lines()
            .any(|line| line.starts_with("whole ") && line.split(' ').count() > 2),
        "whole words carry the heads that can follow them"
    );
    assert!(
        index.contains("\nchunk "),
        "the real table's patterns split into per-byte chunks"
    );
    assert!(
        index.contains("\nloose "),
        "the real table's benign sides have remainders with known bytes"
    );
    assert!(
        index.contains("\nremainder "),
        "the real table has a remainder to round-trip"
    );
    let loaded =
        PatternTable::with_index(&presence[..], &guarded[..], Some(&index)).expect("compiles");
    assert!(loaded.loaded_from_index());
    assert!(!derived.loaded_from_index());
    // Written again from the loaded table (which parses lazily), the index
    // is the same text: nothing was lost in the round trip.
    assert_eq!(loaded.first_words_index().expect("writes"), index);
    let mut set_somewhere = 0u64;
    for text in sample_texts(3000, 0x51_7CC1_B727_220A) {
        let expected = derived.signals(text.as_bytes());
        assert_eq!(loaded.signals(text.as_bytes()), expected, "text {text:?}");
        set_somewhere |= expected;
    }
    let all = (1u64 << (presence.len() + guarded.len())) - 1;
    assert_eq!(
        set_somewhere,
        all,
        "signals never set: {:#x}",
        all & !set_somewhere
    );
}

#[test]
fn an_index_for_another_table_or_a_damaged_one_is_ignored() {
    let (presence, guarded) = load();
    let index = PatternTable::new(&presence[..], &guarded[..])
        .expect("compiles")
        .first_words_index()
        .expect("writes");
    // Another table: one pattern changed. Its index must not be used, so
    // the new word is found.
    let mut changed = presence.clone();
    changed[0].pattern = format!("{}|\\bzyzzyva\\b", changed[0].pattern).into();
    let table =
        PatternTable::with_index(&changed[..], &guarded[..], Some(&index)).expect("compiles");
    assert!(!table.loaded_from_index());
    assert_eq!(table.signals(b"zyzzyva") & 1, 1);
    // Damaged copies of the right index: cut short, a line garbled, a
    // signal missing. Each must give the derived table's answers.
    let reference = PatternTable::new(&presence[..], &guarded[..]).expect("compiles");
    let cut = &index[..index.len() / 2];
    // Cut inside the last signal's words: every line left still reads.
    let end = index.rfind("\nend ").expect("an end line");
    let cut_late = format!("{}\n", &index[..index[..end].rfind('\n').expect("lines")]);
    let garbled = index.replacen("\nwhole ", "\nwhloe ", 1);
    let word_changed = index.replacen("\nwhole ", "\nwhole x", 1);
    let missing = index.replacen("signal 0\n", "", 1);
    for damaged in [
        cut,
        cut_late.as_str(),
        garbled.as_str(),
        word_changed.as_str(),
        missing.as_str(),
        "",
        "model-router first-words 3\n",
    ] {
        let table =
            PatternTable::with_index(&presence[..], &guarded[..], Some(damaged)).expect("compiles");
        assert!(
            !table.loaded_from_index(),
            "damaged index was read: {damaged:?}"
        );
        for text in sample_texts(300, 0x2545_F491_4F6C_DD1D) {
            assert_eq!(
                table.signals(text.as_bytes()),
                reference.signals(text.as_bytes())
            );
        }
    }
    // A table that does not compile still fails, index or not.
    let mut broken = presence.clone();
    broken[0].pattern = "(".into();
    assert!(PatternTable::with_index(&broken[..], &guarded[..], Some(&index)).is_err());
}

#[test]
fn prefilter_agrees_with_full_search_on_long_texts() {
    // Past 256 bytes the remainders' byte checks run per alternative (memchr)
    // instead of in one loop: the same answers either way.
    let (presence, guarded) = load();
    let table = PatternTable::new(&presence[..], &guarded[..]).expect("compiles");
    let samples = sample_texts(1200, 0xD1B5_4A32_D192_ED03);
    let mut long_texts = 0;
    for group in samples.chunks(40) {
        let text = group.join(" ");
        long_texts += usize::from(text.len() > 256);
        assert_eq!(
            table.signals(text.as_bytes()),
            table.signals_unfiltered(text.as_bytes()),
            "text {text:?}"
        );
    }
    assert!(long_texts >= 25, "only {long_texts} texts were long");
}
