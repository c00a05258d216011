//! Features and scores: the port of `FeatureScorer._derive` in
//! `model_router/scorer_py.py`. Change both together; the differential tests
//! hold them to identical results.

use std::sync::Arc;

use crate::error::TableError;
use crate::normalize::normalize;
use crate::pasted::{user_parts, PastedCues};
use crate::patterns::{Conditions, GuardedPattern, PatternTable, PresencePattern};
use crate::SignalBits;

/// Feature bits, in `model_router.features.FEATURE_NAMES` order.
pub mod feature {
    #![allow(missing_docs)]
    pub const SIMPLE_TRANSFORM: u64 = 1 << 0;
    pub const CODING_INTENT: u64 = 1 << 1;
    pub const RESEARCH_INTENT: u64 = 1 << 2;
    pub const CURRENT_INFO_INTENT: u64 = 1 << 3;
    pub const MULTI_STEP_REASONING: u64 = 1 << 4;
    pub const TOOL_INTENT: u64 = 1 << 5;
    pub const FILE_INTENT: u64 = 1 << 6;
    pub const EMAIL_INTENT: u64 = 1 << 7;
    pub const CALENDAR_INTENT: u64 = 1 << 8;
    pub const SHELL_INTENT: u64 = 1 << 9;
    pub const GITHUB_INTENT: u64 = 1 << 10;
    pub const VISION_INTENT: u64 = 1 << 11;
    pub const IMAGE_GENERATION_INTENT: u64 = 1 << 12;
    pub const LEGAL_DOMAIN: u64 = 1 << 13;
    pub const MEDICAL_DOMAIN: u64 = 1 << 14;
    pub const FINANCIAL_DOMAIN: u64 = 1 << 15;
    pub const SENSITIVE_DOMAIN: u64 = 1 << 16;
    pub const DESTRUCTIVE_ACTION: u64 = 1 << 17;
    pub const EXTERNAL_ACTION: u64 = 1 << 18;
    pub const HIGH_IMPACT_EXTERNAL_ACTION: u64 = 1 << 19;
    pub const PURCHASE_ACTION: u64 = 1 << 20;
    pub const SEND_ACTION: u64 = 1 << 21;
    pub const STRUCTURED_OUTPUT: u64 = 1 << 22;
    pub const AMBIGUOUS: u64 = 1 << 23;
    pub const LONG_CONTEXT: u64 = 1 << 24;
    pub const REQUIRES_TOOLS: u64 = 1 << 25;
    pub const REQUIRES_FRESHNESS: u64 = 1 << 26;
    pub const REQUIRES_CODE_EXECUTION: u64 = 1 << 27;
    pub const REQUIRES_VISION: u64 = 1 << 28;
    pub const REQUIRES_IMAGE_GENERATION: u64 = 1 << 29;
    pub const REQUIRES_CONFIRMATION: u64 = 1 << 30;
}

/// Feature names in bit order (must equal `features.FEATURE_NAMES`).
pub const FEATURE_NAMES: [&str; 31] = [
    "simple_transform",
    "coding_intent",
    "research_intent",
    "current_info_intent",
    "multi_step_reasoning",
    "tool_intent",
    "file_intent",
    "email_intent",
    "calendar_intent",
    "shell_intent",
    "github_intent",
    "vision_intent",
    "image_generation_intent",
    "legal_domain",
    "medical_domain",
    "financial_domain",
    "sensitive_domain",
    "destructive_action",
    "external_action",
    "high_impact_external_action",
    "purchase_action",
    "send_action",
    "structured_output",
    "ambiguous",
    "long_context",
    "requires_tools",
    "requires_freshness",
    "requires_code_execution",
    "requires_vision",
    "requires_image_generation",
    "requires_confirmation",
];

// Thresholds of `features.py` (behaviour §2.2/§2.3).
const MEDIUM_PROMPT_TOKENS: usize = 200;
const LONG_PROMPT_TOKENS: usize = 800;
const VERY_LONG_PROMPT_TOKENS: usize = 1600;
const LONG_CONTEXT_TOKENS: usize = 1000;
const LONG_CONTEXT_CHARS: usize = 4000;
const AMBIGUOUS_MAX_WORDS: usize = 4;
const CONFIRMATION_RISK: i64 = 70;

/// Declares the signals the derivation reads: a struct of their bits and the
/// list of their names (the table must define every one).
macro_rules! signal_slots {
    ($($field:ident),* $(,)?) => {
        /// Signal names the derivation needs from the pattern table.
        pub const REQUIRED_SIGNALS: &[&str] = &[$(stringify!($field)),*];

        /// The table bit of each signal the derivation reads.
        #[derive(Debug, Clone, Copy)]
        struct SignalSlots { $($field: SignalBits),* }

        impl SignalSlots {
            fn resolve(table: &PatternTable) -> Result<Self, TableError> {
                let mut missing: Vec<&str> = REQUIRED_SIGNALS
                    .iter()
                    .copied()
                    .filter(|name| table.bit_of(name).is_none())
                    .collect();
                if !missing.is_empty() {
                    missing.sort_unstable();
                    return Err(TableError::Invalid(format!(
                        "pattern table lacks signals: {}",
                        missing.join(", ")
                    )));
                }
                let bit = |name: &str| table.bit_of(name).map_or(0, |index| 1 << index);
                Ok(Self { $($field: bit(stringify!($field))),* })
            }
        }
    };
}

signal_slots!(
    simple_transform,
    concrete_request,
    code_task,
    design_question,
    prose_request,
    code_request,
    research_intent,
    current_info_intent,
    freshness_object,
    multi_step_reasoning,
    architecture,
    tool_intent,
    file_intent,
    email_words,
    email_object,
    calendar_intent,
    shell_intent,
    github_intent,
    image_generation_intent,
    legal_domain,
    medical_domain,
    financial_domain,
    production,
    security,
    pii,
    danger_command,
    structured_output,
    vague_request,
    coding_intent,
    vision_intent,
    destructive_action,
    send_action,
    purchase_action,
    high_impact_external_action,
);

impl SignalSlots {
    /// `features.CONDITIONAL_SIGNALS`: the design question is looked for
    /// only when coding and multi-step are set, code handed over only when
    /// the design question is too, code work asked for only when prose is
    /// asked for with coding words (the only cases `derive` reads them).
    fn conditions(&self) -> Conditions {
        let index = |bit: SignalBits| bit.trailing_zeros() as usize;
        Conditions::new(vec![
            (
                index(self.design_question),
                self.coding_intent | self.multi_step_reasoning,
            ),
            (
                index(self.code_task),
                self.coding_intent | self.multi_step_reasoning | self.design_question,
            ),
            (
                index(self.code_request),
                self.coding_intent | self.prose_request,
            ),
        ])
    }
}

/// The conditional signals a [`Scorer`] of `table` passes to its scans, for
/// callers that scan the table directly (benchmarks); fails like
/// [`Scorer::new`] when the table lacks a signal the derivation reads.
pub fn scan_conditions(table: &PatternTable) -> Result<Conditions, TableError> {
    Ok(SignalSlots::resolve(table)?.conditions())
}

/// Declares one weight dimension: a struct of `i64` weights and how to fill
/// it from a lookup, with each name's default when the map lacks it.
macro_rules! weight_dimension {
    ($name:ident, $dimension:literal, { $($field:ident = $default:literal),* $(,)? }) => {
        /// Weights of the
        #[doc = $dimension]
        /// dimension.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        #[allow(missing_docs)]
        pub struct $name { $(pub $field: i64),* }

        impl $name {
            fn from_lookup(lookup: &dyn Fn(&str, &str) -> Option<i64>) -> Self {
                Self { $($field: lookup($dimension, stringify!($field)).unwrap_or($default)),* }
            }
        }
    };
}

// Defaults are what `dict.get(name, default)` uses in scorer_py: 0 for
// complexity and risk, the penalty defaults for confidence.
weight_dimension!(ComplexityWeights, "complexity", {
    medium_prompt = 0, long_prompt = 0, very_long_prompt = 0, coding_intent = 0,
    research_intent = 0, current_info_intent = 0, multi_step_reasoning = 0, architecture = 0,
    tool_intent = 0, structured_output = 0, ambiguous = 0, long_context = 0,
    sensitive_domain = 0, vision_intent = 0, image_generation_intent = 0,
});
weight_dimension!(RiskWeights, "risk", {
    destructive_action = 0, send_action = 0, purchase_action = 0, external_action = 0,
    file_shell_github = 0, sensitive_domain = 0, legal_domain = 0, medical_domain = 0,
    financial_domain = 0, production = 0, security = 0, pii = 0, ambiguous_high_impact = 0,
});
weight_dimension!(ConfidenceWeights, "confidence", {
    ambiguous = 25, short_high_risk = 15, weak_feature_match = 10, empty_prompt = 40,
});

/// The merged weight map, one struct per dimension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Weights {
    /// Complexity signal weights.
    pub complexity: ComplexityWeights,
    /// Risk signal weights.
    pub risk: RiskWeights,
    /// Confidence penalties.
    pub confidence: ConfidenceWeights,
}

impl Weights {
    /// Builds the weights from `lookup(dimension, name)`; names the lookup
    /// does not know take the `dict.get` default of `scorer_py`.
    pub fn from_lookup(lookup: &dyn Fn(&str, &str) -> Option<i64>) -> Self {
        Self {
            complexity: ComplexityWeights::from_lookup(lookup),
            risk: RiskWeights::from_lookup(lookup),
            confidence: ConfidenceWeights::from_lookup(lookup),
        }
    }
}

/// Everything `analyze` reports about one prompt.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Analysis {
    /// Table signals that matched (bit `i` = table signal `i`).
    pub signal_bits: SignalBits,
    /// Derived features (bit `i` = [`FEATURE_NAMES`]`[i]`).
    pub feature_bits: u64,
    /// Length of the prompt in code points.
    pub prompt_length: usize,
    /// `(prompt_length + 3) / 4`.
    pub estimated_tokens: usize,
    /// Complexity score, 10..=100.
    pub complexity: i64,
    /// Risk score, 0..=100.
    pub risk: i64,
    /// Confidence score, 0..=100.
    pub confidence: i64,
}

/// Python's `0 if s <= 0 else round(s / (s + k) * 100)`, half to even, in
/// the same f64 operation order.
pub fn saturate(total: i128, saturation_k: i64) -> i64 {
    if total <= 0 {
        return 0;
    }
    let ratio = total as f64 / (total + i128::from(saturation_k)) as f64;
    (ratio * 100.0).round_ties_even() as i64
}

/// The compiled table plus the merged weights: the scorer both backends share.
#[derive(Debug)]
pub struct Scorer {
    table: Arc<PatternTable>,
    slots: SignalSlots,
    /// `features.CONDITIONAL_SIGNALS`: signals the derivation reads only
    /// under a condition, looked for only then.
    conditions: Conditions,
    weights: Weights,
    saturation_k: i64,
    /// The pasted-material rule (`model_router/pasted.py`), when given.
    pasted: Option<PastedCues>,
}

impl Scorer {
    /// Compiles the table and checks it defines every signal the derivation reads.
    pub fn new(
        presence: impl Into<Vec<PresencePattern>>,
        guarded: impl Into<Vec<GuardedPattern>>,
        weights: Weights,
        saturation_k: i64,
    ) -> Result<Self, TableError> {
        Self::with_index(presence, guarded, weights, saturation_k, None)
    }

    /// [`Scorer::new`] with the table's first-words index, if one was
    /// written (see [`PatternTable::with_index`]).
    pub fn with_index(
        presence: impl Into<Vec<PresencePattern>>,
        guarded: impl Into<Vec<GuardedPattern>>,
        weights: Weights,
        saturation_k: i64,
        first_words_index: Option<&str>,
    ) -> Result<Self, TableError> {
        let table = PatternTable::shared_with_index(presence, guarded, first_words_index)?;
        let slots = SignalSlots::resolve(&table)?;
        if saturation_k <= 0 {
            return Err(TableError::Invalid(
                "saturation_k must be a positive int".to_owned(),
            ));
        }
        let conditions = slots.conditions();
        Ok(Self {
            table,
            slots,
            conditions,
            weights,
            saturation_k,
            pasted: None,
        })
    }

    /// This scorer with the pasted-material rule: a block handed over for a
    /// text task loses its acts, the user's own lines keep theirs.
    #[must_use]
    pub fn with_pasted_cues(mut self, cues: PastedCues) -> Self {
        self.pasted = Some(cues);
        self
    }

    /// The compiled pattern table.
    pub fn table(&self) -> &PatternTable {
        &self.table
    }

    /// Signals of a raw prompt.
    pub fn signals(&self, prompt: &str) -> SignalBits {
        let bits = self
            .table
            .scan_conditional(prompt, 0, &self.conditions)
            .signal_bits;
        self.pasted_signals(prompt, bits)
    }

    /// Signals, features and scores of a raw prompt.
    pub fn analyze(&self, prompt: &str) -> Analysis {
        // Only `words <= AMBIGUOUS_MAX_WORDS` matters, so counting stops at
        // one word past it instead of walking a long prompt.
        let scan = self
            .table
            .scan_conditional(prompt, AMBIGUOUS_MAX_WORDS, &self.conditions);
        let bits = self.pasted_signals(prompt, scan.signal_bits);
        self.derive(bits, scan.char_count, scan.words)
    }

    /// The action signals a pasted block's acts set (`features.PASTED_ACTION_SIGNALS`;
    /// not the danger lexicon, which is never exempt).
    fn pasted_actions(&self) -> SignalBits {
        let slots = &self.slots;
        slots.destructive_action
            | slots.send_action
            | slots.purchase_action
            | slots.high_impact_external_action
    }

    /// `FeatureScorer._pasted_signals` of `scorer_py.py`: the user's own
    /// lines around a block keep their acts (a one-line trailer's always
    /// count); a block handed over for a text task loses its own acts, its
    /// ask for current information and its planning words.
    fn pasted_signals(&self, prompt: &str, mut bits: SignalBits) -> SignalBits {
        let Some(cues) = &self.pasted else {
            return bits;
        };
        if !prompt.contains('\n') {
            return bits;
        }
        let Some(split) = user_parts(prompt) else {
            return bits;
        };
        let actions = self.pasted_actions();
        let part_signals = |part: &str| {
            self.table
                .scan_conditional(part, 0, &self.conditions)
                .signal_bits
        };
        if let Some(trailer) = split.trailer {
            bits |= part_signals(trailer) & actions;
        }
        // `features.PASTED_FRESHNESS_SIGNALS`: the ask for current information.
        let content = actions | self.slots.current_info_intent;
        // `features.PASTED_PLANNING_SIGNALS`.
        let planning = self.slots.multi_step_reasoning | self.slots.architecture;
        if bits & (content | planning) == 0 {
            return bits;
        }
        let texts: Vec<String> = split
            .parts
            .iter()
            .map(|part| normalize(part).text)
            .collect();
        if !cues.text_task(&texts) {
            return bits;
        }
        let mut own = 0;
        let mut asks_now = false;
        for (part, text) in split.parts.iter().zip(&texts) {
            let found = part_signals(part);
            own |= found;
            asks_now |= found & self.slots.current_info_intent != 0 && text.contains('?');
        }
        // (Acts the whole prompt's reading did not find stay unfound.)
        let replaced = if bits & actions == 0 {
            content & !actions
        } else {
            content
        };
        // `features.PASTED_PLANNING_SIGNALS`, and what changes over time
        // unless a user line with current information is a question: from
        // the block only through the user's own lines, never added.
        let mut dropped = if asks_now {
            0
        } else {
            self.slots.freshness_object
        };
        // (a question about the block makes its content the problem: "Can
        // you find a roster that works?" after the rules)
        if !texts.iter().any(|text| text.contains('?')) {
            dropped |= planning;
        }
        bits &= !dropped | own;
        (bits & !replaced) | (own & replaced)
    }

    #[allow(clippy::too_many_lines)] // one straight port of scorer_py._derive
    fn derive(&self, signal_bits: SignalBits, length: usize, words: usize) -> Analysis {
        let tokens = length / 4 + usize::from(length % 4 != 0);
        let slots = &self.slots;
        let has = |bit: SignalBits| signal_bits & bit != 0;

        let simple = has(slots.simple_transform);
        // A weighed design question that only names programming things is
        // reasoning work; with code handed over or asked for it stays coding.
        // Prose asked for ("draft a Slack message announcing the API v1
        // sunset"): the code it talks about is its topic, unless code work is
        // asked for too.
        let coding = has(slots.coding_intent)
            && !(has(slots.multi_step_reasoning)
                && has(slots.design_question)
                && !has(slots.code_task))
            && (!has(slots.prose_request) || has(slots.code_request));
        let research = has(slots.research_intent);
        let current = has(slots.current_info_intent);
        let multi_step = has(slots.multi_step_reasoning);
        let tool = has(slots.tool_intent);
        let file = has(slots.file_intent);
        let shell = has(slots.shell_intent);
        let github = has(slots.github_intent);
        let calendar = has(slots.calendar_intent);
        let vision = has(slots.vision_intent);
        let image = has(slots.image_generation_intent);
        let legal = has(slots.legal_domain);
        let medical = has(slots.medical_domain);
        let financial = has(slots.financial_domain);
        let sensitive = legal || medical || financial;
        let destructive = has(slots.destructive_action) || has(slots.danger_command);
        let send = has(slots.send_action);
        let purchase = has(slots.purchase_action);
        let high_impact = has(slots.high_impact_external_action);
        let external = destructive || send || purchase || high_impact;
        let email = has(slots.email_words) || (send && has(slots.email_object));
        let structured = has(slots.structured_output);
        let ambiguous = !simple
            && !has(slots.concrete_request)
            && 0 < words
            && words <= AMBIGUOUS_MAX_WORDS
            && has(slots.vague_request);
        let long_context = tokens >= LONG_CONTEXT_TOKENS || length >= LONG_CONTEXT_CHARS;
        let freshness = current && (research || has(slots.freshness_object));
        let code_execution = coding && (shell || file);
        let needs_vision = vision && !image;
        let needs_image = image;
        let needs_tools = tool
            || file
            || email
            || calendar
            || shell
            || github
            || send
            || purchase
            || freshness
            || code_execution
            || needs_vision
            || needs_image;

        // Complexity: each signal counts once (behaviour §2.3).
        let cw = &self.weights.complexity;
        let mut total: i128 = 0;
        let mut add = |condition: bool, weight: i64| {
            if condition {
                total += i128::from(weight);
            }
        };
        add(tokens > MEDIUM_PROMPT_TOKENS, cw.medium_prompt);
        add(tokens > LONG_PROMPT_TOKENS, cw.long_prompt);
        add(tokens > VERY_LONG_PROMPT_TOKENS, cw.very_long_prompt);
        add(coding, cw.coding_intent);
        if current {
            add(true, cw.current_info_intent);
        } else {
            add(research, cw.research_intent);
        }
        add(multi_step, cw.multi_step_reasoning);
        add(has(slots.architecture), cw.architecture);
        add(needs_tools, cw.tool_intent);
        add(structured, cw.structured_output);
        add(ambiguous, cw.ambiguous);
        add(long_context, cw.long_context);
        add(sensitive, cw.sensitive_domain);
        add(needs_vision, cw.vision_intent);
        add(needs_image, cw.image_generation_intent);
        let complexity = (10 + saturate(total, self.saturation_k)).min(100);

        let rw = &self.weights.risk;
        let mut total: i128 = 0;
        let mut add = |condition: bool, weight: i64| {
            if condition {
                total += i128::from(weight);
            }
        };
        add(destructive, rw.destructive_action);
        add(send, rw.send_action);
        add(purchase, rw.purchase_action);
        add(
            external && !(destructive || send || purchase),
            rw.external_action,
        );
        add(file || shell || github, rw.file_shell_github);
        add(sensitive, rw.sensitive_domain);
        add(legal, rw.legal_domain);
        add(medical, rw.medical_domain);
        add(financial, rw.financial_domain);
        add(has(slots.production), rw.production);
        add(has(slots.security), rw.security);
        add(has(slots.pii), rw.pii);
        add(
            ambiguous && (sensitive || external),
            rw.ambiguous_high_impact,
        );
        let mut risk = saturate(total, self.saturation_k);
        if destructive || high_impact {
            risk = risk.max(70);
        }
        if send || purchase {
            risk = risk.max(60);
        }

        let needs_confirmation = risk >= CONFIRMATION_RISK || external;

        let qw = &self.weights.confidence;
        let mut confidence: i128 = 90;
        if ambiguous {
            confidence -= i128::from(qw.ambiguous);
        }
        if needs_confirmation && length < 80 {
            confidence -= i128::from(qw.short_high_risk);
        }
        let clear = simple
            || coding
            || research
            || multi_step
            || needs_tools
            || needs_vision
            || needs_image
            || sensitive
            || external
            || structured;
        if !clear {
            confidence -= i128::from(qw.weak_feature_match);
        }
        if length == 0 {
            confidence -= i128::from(qw.empty_prompt);
        }
        let confidence = confidence.clamp(0, 100) as i64;

        let values = [
            simple,
            coding,
            research,
            current,
            multi_step,
            tool,
            file,
            email,
            calendar,
            shell,
            github,
            vision,
            image,
            legal,
            medical,
            financial,
            sensitive,
            destructive,
            external,
            high_impact,
            purchase,
            send,
            structured,
            ambiguous,
            long_context,
            needs_tools,
            freshness,
            code_execution,
            needs_vision,
            needs_image,
            needs_confirmation,
        ];
        let feature_bits = values
            .iter()
            .enumerate()
            .fold(0u64, |bits, (index, &value)| {
                bits | (u64::from(value) << index)
            });
        Analysis {
            signal_bits,
            feature_bits,
            prompt_length: length,
            estimated_tokens: tokens,
            complexity,
            risk,
            confidence,
        }
    }
}
