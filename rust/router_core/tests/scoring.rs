//! Scores, targets and the chain walk on a small table, no Python needed.
//! The full table is checked against the Python twin by the differential tests.

use std::sync::Arc;

use router_core::{
    feature, saturate, GuardedPattern, PresencePattern, RouteTable, Safety, Scorer, Target,
    Weights, REQUIRED_SIGNALS,
};

const GUARDED: [&str; 6] = [
    "coding_intent",
    "vision_intent",
    "destructive_action",
    "send_action",
    "purchase_action",
    "high_impact_external_action",
];

/// Each signal matches its own name as a word (`simple_transform` also
/// matches "rewrite", `coding_intent` also "repo"), so tests can set any
/// signal by spelling it out.
fn small_table() -> (Vec<PresencePattern>, Vec<GuardedPattern>) {
    let word = |name: &str| format!(r"\b{name}\b");
    let presence = REQUIRED_SIGNALS
        .iter()
        .filter(|name| !GUARDED.contains(name))
        .map(|name| PresencePattern {
            name: (*name).to_owned(),
            pattern: match *name {
                "simple_transform" => r"\b(?:simple_transform|rewrite)\b".into(),
                "vague_request" => r"\b(?:vague_request|this)\b".into(),
                "production" => r"\b(?:production)\b".into(),
                other => word(other).into(),
            },
        })
        .collect();
    let guarded = GUARDED
        .iter()
        .map(|name| GuardedPattern {
            name: (*name).to_owned(),
            benign: format!(r"\bnot {name}\b").into(),
            positive: match *name {
                "coding_intent" => r"\b(?:coding_intent|repo)\b".into(),
                "destructive_action" => r"\b(?:destructive_action|drop)\b".into(),
                other => word(other).into(),
            },
        })
        .collect();
    (presence, guarded)
}

fn default_weights() -> Weights {
    // The packaged default config's effective weights (behaviour §2.3).
    #[allow(clippy::match_same_arms)] // one arm per weight reads like the spec
    let lookup = |dimension: &str, name: &str| {
        let value = match (dimension, name) {
            ("complexity", "medium_prompt") => 10,
            ("complexity", "long_prompt") => 20,
            ("complexity", "very_long_prompt") => 25,
            ("complexity", "coding_intent") => 30,
            ("complexity", "research_intent" | "current_info_intent") => 20,
            ("complexity", "multi_step_reasoning" | "architecture") => 25,
            ("complexity", "tool_intent") => 12,
            ("complexity", "structured_output") => 10,
            ("complexity", "ambiguous") => 15,
            ("complexity", "long_context") => 35,
            ("complexity", "sensitive_domain") => 8,
            ("complexity", "vision_intent") => 20,
            ("complexity", "image_generation_intent") => 22,
            ("risk", "destructive_action") => 100,
            ("risk", "send_action" | "purchase_action") => 80,
            ("risk", "external_action") => 50,
            ("risk", "file_shell_github") => 30,
            ("risk", "sensitive_domain") => 25,
            ("risk", "legal_domain" | "medical_domain" | "financial_domain") => 8,
            ("risk", "ambiguous_high_impact") => 25,
            ("risk", "production" | "pii") => 20,
            ("risk", "security") => 15,
            _ => return None,
        };
        Some(value)
    };
    Weights::from_lookup(&lookup)
}

fn scorer() -> Scorer {
    let (presence, guarded) = small_table();
    Scorer::new(&presence[..], &guarded[..], default_weights(), 50).expect("small table compiles")
}

#[test]
fn saturation_rounds_half_to_even_like_python() {
    assert_eq!(saturate(0, 50), 0);
    assert_eq!(saturate(-5, 50), 0);
    assert_eq!(saturate(30, 50), 38); // 37.5 -> 38
    assert_eq!(saturate(50, 50), 50);
    assert_eq!(saturate(10, 30), 25); // exactly 25.0
    assert_eq!(saturate(1, 7), 12); // 12.5 -> 12 (even)
    assert_eq!(saturate(1_000_000, 50), 100);
}

#[test]
fn reference_scores_of_the_default_router() {
    let scorer = scorer();
    // "drop the production database" -> c10 r71 conf75 (behaviour §2.3).
    let analysis = scorer.analyze("drop the production database");
    assert_eq!(
        (analysis.complexity, analysis.risk, analysis.confidence),
        (10, 71, 75)
    );
    assert_ne!(analysis.feature_bits & feature::DESTRUCTIVE_ACTION, 0);
    assert_ne!(analysis.feature_bits & feature::REQUIRES_CONFIRMATION, 0);
    // "rewrite this text" -> c10 r0 conf90.
    let analysis = scorer.analyze("rewrite this text");
    assert_eq!(
        (analysis.complexity, analysis.risk, analysis.confidence),
        (10, 0, 90)
    );
    assert_eq!(analysis.estimated_tokens, 5);
    assert_eq!(analysis.prompt_length, 17);
}

#[test]
fn ambiguity_needs_few_words_and_a_vague_word() {
    let scorer = scorer();
    let short = scorer.analyze("do this");
    assert_ne!(short.feature_bits & feature::AMBIGUOUS, 0);
    // 90 - ambiguous 25 - weak match 10.
    assert_eq!(short.confidence, 55);
    let long = scorer.analyze("please do this one thing");
    assert_eq!(long.feature_bits & feature::AMBIGUOUS, 0);
}

#[test]
fn empty_prompt_is_penalized_and_never_panics() {
    let analysis = scorer().analyze("");
    assert_eq!((analysis.prompt_length, analysis.estimated_tokens), (0, 0));
    assert_eq!(analysis.confidence, 40); // 90 - weak 10 - empty 40
    let huge = "x".repeat(1 << 20);
    assert_eq!(scorer().analyze(&huge).estimated_tokens, 1 << 18);
}

#[test]
fn benign_phrase_exempts_a_guarded_signal() {
    let scorer = scorer();
    assert_eq!(
        scorer.analyze("not destructive_action").feature_bits & feature::DESTRUCTIVE_ACTION,
        0
    );
    assert_ne!(
        scorer.analyze("drop").feature_bits & feature::DESTRUCTIVE_ACTION,
        0
    );
}

#[test]
fn missing_signal_and_bad_constant_are_errors() {
    let (mut presence, guarded) = small_table();
    presence.retain(|entry| entry.name != "pii");
    let error = Scorer::new(&presence[..], &guarded[..], default_weights(), 50).unwrap_err();
    assert_eq!(error.to_string(), "pattern table lacks signals: pii");
    let (presence, guarded) = small_table();
    let error = Scorer::new(&presence[..], &guarded[..], default_weights(), 0).unwrap_err();
    assert_eq!(error.to_string(), "saturation_k must be a positive int");
}

fn route_table(safety: Safety) -> RouteTable {
    let chains = vec![
        ("confirmation", vec![("human_confirm".to_owned(), i64::MAX)]),
        (
            "simple",
            vec![("tiny".to_owned(), 4), ("small".to_owned(), 8000)],
        ),
        ("coding", vec![("coder".to_owned(), 32_000)]),
        ("not_a_target", vec![("never".to_owned(), 1)]),
    ];
    RouteTable::new(Arc::new(scorer()), safety, chains, "human_confirm")
        .expect("route table builds")
}

#[test]
fn route_fast_walks_the_chain_by_context() {
    let table = route_table(Safety::from_flags([
        true, false, false, false, false, false,
    ]));
    let name = |id: usize| table.engines()[id].clone();
    // 5 tokens: "tiny" holds 4, so the walk moves on to "small".
    assert_eq!(name(table.route_fast("rewrite this text", false)), "small");
    assert_eq!(name(table.route_fast("rewrite", false)), "tiny");
    assert_eq!(name(table.route_fast("fix the repo", false)), "coder");
    // No chain for balanced: fail closed.
    assert_eq!(
        name(table.route_fast("hello there friend", false)),
        "human_confirm"
    );
    assert_eq!(table.target("hello there friend", false), Target::Balanced);
}

#[test]
fn confirmation_gate_and_its_overrides() {
    let strict = route_table(Safety::from_flags([
        true, false, false, false, false, false,
    ]));
    assert_eq!(strict.target("drop the repo", false), Target::Confirmation);
    // A confirmed request routes as if the human already said yes.
    assert_eq!(strict.target("drop the repo", true), Target::Coding);
    let relaxed = route_table(Safety::from_flags([true, true, false, false, false, false]));
    // Risk floor 70 from destructive alone is covered by the override...
    assert_eq!(relaxed.target("drop the repo", false), Target::Coding);
    // ...but a send still needs confirmation.
    assert_eq!(
        relaxed.target("drop send_action", false),
        Target::Confirmation
    );
    let off = route_table(Safety::from_flags([
        false, false, false, false, false, false,
    ]));
    assert_eq!(off.target("drop the repo", false), Target::Coding);
}
