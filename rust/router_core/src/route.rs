//! Target selection and the `route_fast` chain walk: the port of
//! `select_target`, `confirmation_required`, `ambiguous_sensitive` and
//! `RouteTable` in `model_router/scorer_py.py`.

use std::sync::Arc;

use crate::error::TableError;
use crate::scorer::{feature, Analysis, Scorer};

/// A routing target (a key of `routing_targets`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Target {
    /// The human confirmation gate.
    Confirmation,
    /// Image generation.
    ImageGeneration,
    /// Vision / OCR.
    Vision,
    /// Fresh information.
    Research,
    /// Coding or repository work.
    Coding,
    /// Complex, long or low-confidence work.
    Reasoning,
    /// Simple rewrite/extraction/formatting.
    Simple,
    /// Everything else.
    Balanced,
}

impl Target {
    /// Every target, in `index` order.
    pub const ALL: [Self; 8] = [
        Self::Confirmation,
        Self::ImageGeneration,
        Self::Vision,
        Self::Research,
        Self::Coding,
        Self::Reasoning,
        Self::Simple,
        Self::Balanced,
    ];

    /// The `routing_targets` key.
    pub fn name(self) -> &'static str {
        match self {
            Self::Confirmation => "confirmation",
            Self::ImageGeneration => "image_generation",
            Self::Vision => "vision",
            Self::Research => "research",
            Self::Coding => "coding",
            Self::Reasoning => "reasoning",
            Self::Simple => "simple",
            Self::Balanced => "balanced",
        }
    }

    /// Position in [`Target::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }

    /// The target with this `routing_targets` key.
    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|target| target.name() == name)
    }
}

/// The `safety` section as the route table needs it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[allow(clippy::struct_excessive_bools)] // six independent config flags
pub struct Safety {
    /// `require_human_confirmation`.
    pub require_confirmation: bool,
    /// `allow_destructive_actions`.
    pub allow_destructive: bool,
    /// `allow_send_actions`.
    pub allow_send: bool,
    /// `allow_purchase_actions`.
    pub allow_purchase: bool,
    /// `allow_high_impact_external_actions`.
    pub allow_high_impact: bool,
    /// `allow_ambiguous_high_impact`.
    pub allow_ambiguous_high_impact: bool,
}

impl Safety {
    /// From the tuple order Python passes: `(require, destructive, send,
    /// purchase, high_impact, ambiguous_high_impact)`.
    pub fn from_flags(flags: [bool; 6]) -> Self {
        Self {
            require_confirmation: flags[0],
            allow_destructive: flags[1],
            allow_send: flags[2],
            allow_purchase: flags[3],
            allow_high_impact: flags[4],
            allow_ambiguous_high_impact: flags[5],
        }
    }
}

/// Action-based confirmation (behaviour §2.6).
pub fn confirmation_required(feature_bits: u64, safety: Safety) -> bool {
    if !safety.require_confirmation {
        return false;
    }
    let has = |bit: u64| feature_bits & bit != 0;
    let destructive = has(feature::DESTRUCTIVE_ACTION);
    let send = has(feature::SEND_ACTION);
    let purchase = has(feature::PURCHASE_ACTION);
    let high_impact = has(feature::HIGH_IMPACT_EXTERNAL_ACTION);
    if (destructive && !safety.allow_destructive)
        || (send && !safety.allow_send)
        || (purchase && !safety.allow_purchase)
        || (high_impact && !safety.allow_high_impact)
    {
        return true;
    }
    // Accumulated risk with no action class: no override relaxes it.
    has(feature::REQUIRES_CONFIRMATION) && !(destructive || send || purchase || high_impact)
}

/// Ambiguous request in a sensitive domain (behaviour §2.6).
pub fn ambiguous_sensitive(feature_bits: u64, safety: Safety) -> bool {
    if !safety.require_confirmation || safety.allow_ambiguous_high_impact {
        return false;
    }
    feature_bits & feature::AMBIGUOUS != 0 && feature_bits & feature::SENSITIVE_DOMAIN != 0
}

/// The routing target and its reason (behaviour §2.4 steps 1-11).
pub fn select_target(
    analysis: &Analysis,
    safety: Safety,
    confirmed: bool,
    has_media_attachment: bool,
) -> (Target, &'static str) {
    let bits = analysis.feature_bits;
    let has = |bit: u64| bits & bit != 0;
    if !confirmed {
        if confirmation_required(bits, safety) {
            return (
                Target::Confirmation,
                "high-risk action requires human confirmation",
            );
        }
        if ambiguous_sensitive(bits, safety) {
            return (Target::Confirmation, "ambiguous high-impact request");
        }
    }
    if has(feature::REQUIRES_IMAGE_GENERATION) {
        return (Target::ImageGeneration, "image generation requested");
    }
    if has_media_attachment {
        return (Target::Vision, "non-code attachment requires vision");
    }
    if has(feature::REQUIRES_VISION) && !has(feature::REQUIRES_CODE_EXECUTION) {
        return (Target::Vision, "vision or OCR work");
    }
    if has(feature::REQUIRES_FRESHNESS) {
        return (Target::Research, "fresh information requires research");
    }
    if has(feature::REQUIRES_CODE_EXECUTION | feature::CODING_INTENT) {
        return (Target::Coding, "coding or repository work");
    }
    if analysis.complexity >= 60 || has(feature::MULTI_STEP_REASONING | feature::LONG_CONTEXT) {
        return (Target::Reasoning, "complex or long-context reasoning");
    }
    if analysis.confidence < 60 {
        return (Target::Reasoning, "low confidence routes upward");
    }
    if has(feature::SIMPLE_TRANSFORM) && analysis.complexity < 35 && analysis.risk < 20 {
        return (Target::Simple, "simple rewrite/extraction/formatting");
    }
    (Target::Balanced, "general task")
}

/// Index of an engine name in [`RouteTable::engines`].
pub type EngineId = usize;

/// Everything `route_fast` needs: the scorer, the safety flags and, per
/// target, the statically compatible chain of `(engine, max_context)`.
#[derive(Debug, Clone)]
pub struct RouteTable {
    scorer: Arc<Scorer>,
    safety: Safety,
    chains: [Vec<(EngineId, i64)>; 8],
    engines: Vec<String>,
    fail_closed: EngineId,
}

impl RouteTable {
    /// Builds the table. Chains of names that are not routing targets can
    /// never be selected and are ignored (as a dict lookup would).
    pub fn new<'a>(
        scorer: Arc<Scorer>,
        safety: Safety,
        chains: impl IntoIterator<Item = (&'a str, Vec<(String, i64)>)>,
        fail_closed: &str,
    ) -> Result<Self, TableError> {
        let mut engines: Vec<String> = vec![fail_closed.to_owned()];
        let mut table_chains: [Vec<(EngineId, i64)>; 8] = Default::default();
        for (target_name, chain) in chains {
            let Some(target) = Target::from_name(target_name) else {
                continue;
            };
            table_chains[target.index()] = chain
                .into_iter()
                .map(|(engine, max_context)| (intern(&mut engines, engine), max_context))
                .collect();
        }
        Ok(Self {
            scorer,
            safety,
            chains: table_chains,
            engines,
            fail_closed: 0,
        })
    }

    /// Engine names; an [`EngineId`] indexes this list.
    pub fn engines(&self) -> &[String] {
        &self.engines
    }

    /// The scorer this table routes with.
    pub fn scorer(&self) -> &Scorer {
        &self.scorer
    }

    /// The routing target of a prompt.
    pub fn target(&self, prompt: &str, confirmed: bool) -> Target {
        let analysis = self.scorer.analyze(prompt);
        select_target(&analysis, self.safety, confirmed, false).0
    }

    /// The whole `route_fast` decision: analysis, target, chain walk.
    pub fn route_fast(&self, prompt: &str, confirmed: bool) -> EngineId {
        let analysis = self.scorer.analyze(prompt);
        let (target, _) = select_target(&analysis, self.safety, confirmed, false);
        let tokens = i128::try_from(analysis.estimated_tokens).unwrap_or(i128::MAX);
        self.chains[target.index()]
            .iter()
            .find(|&&(_, max_context)| i128::from(max_context) >= tokens)
            .map_or(self.fail_closed, |&(engine, _)| engine)
    }
}

fn intern(engines: &mut Vec<String>, engine: String) -> EngineId {
    if let Some(index) = engines.iter().position(|known| *known == engine) {
        return index;
    }
    engines.push(engine);
    engines.len() - 1
}
