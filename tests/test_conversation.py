"""The routing prompt of a conversation: an approval is routed with what it approves."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from model_router import ModelRouter
from model_router.conversation import (
    MAX_APPROVAL_WORDS,
    MAX_PROPOSAL_CHARS,
    Proposal,
    is_approval,
    proposal_of,
    routing_prompt,
)

ROUTER = ModelRouter.from_config()


@pytest.mark.parametrize(
    "turn",
    ["yes", "Yes!!!", "y", "yep do it", "yse go ahaed", "ok", "sure, send it", "please do", "lgtm, ship it",
     "sounds good, proceed", "approved", "👍", "👍 go", "✅", "ja, mach das", "sí, hazlo", "oui vas-y",
     "yes but only the first three", "yes, not the archived ones", "do it now", "yes, no problem"],
)
def test_approvals(turn: str) -> None:
    assert is_approval(turn)


@pytest.mark.parametrize(
    "turn",
    ["no", "no thanks", "nope", "ok but don't send it yet", "sure, hold off until Dana replies",
     "yes but first show me the list", "wait", "please make it shorter", "archive them instead",
     "how many emails would that send?", "", "   ", "?!",
     "yes " + "and also this " * MAX_APPROVAL_WORDS],
)
def test_not_approvals(turn: str) -> None:
    assert not is_approval(turn)


def test_the_proposal_is_the_closing_question_in_the_users_voice() -> None:
    assert proposal_of("Want me to delete the 40 stale branches?") == Proposal("delete the 40 stale branches", False)
    # an object named only by a pronoun takes the sentences before it, in the user's voice
    assert proposal_of("I found 40 stale branches. Want me to delete them?") == Proposal(
        "you found 40 stale branches. delete them", False
    )
    assert proposal_of(
        "I can't pay bills. I can prepare the details so you can approve them yourself. Want that?"
    ) == Proposal("you can't pay bills. prepare the details so I can approve them myself", True)
    assert proposal_of("Shall I go ahead and post it to #general?") == Proposal("post it to #general", False)
    assert proposal_of("I can cancel your 7pm table now. Confirm?") == Proposal("cancel my 7pm table now", True)
    # a bare go-ahead on a paragraph of its own takes the sentences before it
    assert proposal_of("I'll delete 312 files from /srv/backups.\n\nProceed?") == Proposal(
        "delete 312 files from /srv/backups", True
    )
    assert proposal_of("Are you sure?") == Proposal("", True)
    # no question in the last paragraph: nothing proposed
    assert proposal_of("Want me to delete them?\n\nDone, they are gone.") is None
    assert proposal_of("") is None


def test_long_proposals_keep_their_end() -> None:
    proposal = proposal_of("Want me to " + "check the list and " * 100 + "delete the rest?")
    assert proposal is not None and proposal.request.endswith("delete the rest")
    assert len(proposal.request) <= MAX_PROPOSAL_CHARS


@pytest.mark.parametrize(
    ("assistant", "user", "engine"),
    [
        # a risky proposal approved confirms, however it is asked and answered
        ("I found 40 stale branches merged more than 90 days ago. Want me to delete them?", "yes, go ahead",
         "human_confirm"),
        ("Here is the draft:\n\n> Hi Dana, the report is attached.\n\nShall I send it?", "yep", "human_confirm"),
        ("Ready to deploy v2.3 to production. Proceed?", "lgtm", "human_confirm"),
        ("I can cancel your 7pm reservation at Nopa now. Confirm?", "y", "human_confirm"),
        ("Should I transfer 500 EUR to Marta now?", "ja, mach das", "human_confirm"),
        ("Shall I go ahead and post the announcement to #general?", "👍", "human_confirm"),
        ("I'll permanently delete 312 files from /srv/backups.\n\nAre you sure?", "yes", "human_confirm"),
        # a harmless proposal approved routes by its task
        ("I drafted the email below; I will not send anything. Want me to make it shorter?", "sure", "fast_local"),
        ("Would you like me to translate it into French as well?", "yes please", "fast_local"),
        ("Want me to run the test suite now?", "yes", "code_agent"),
        ("Should I look up the current price of the RTX 5090 at the big retailers?", "ok", "web_research"),
        ("Want me to generate an image of the logo in blue?", "sure", "image_generation"),
        ("Here's the summary. Dana asks us to pay the invoice by Friday. Want me to draft a reply?", "yes",
         "balanced_local"),
        # anything but an approval is routed on its own words
        ("Want me to send it?", "ok but don't send it yet", "balanced_local"),
        ("Do you want me to delete them or just archive them?", "archive", "balanced_local"),
        ("Want me to delete them?", "never mind, just rewrite this paragraph", "fast_local"),
    ],
)
def test_approved_proposals_route_like_the_request(assistant: str, user: str, engine: str) -> None:
    assert ROUTER.route_fast(routing_prompt(user, assistant)) == engine


def test_a_bare_go_ahead_confirms_the_users_earlier_request() -> None:
    prompt = routing_prompt("yes", "Are you sure?", "delete all my files now")
    assert prompt == "delete all my files now\n\nyes"
    assert ROUTER.route_fast(prompt) == "human_confirm"
    assert ROUTER.route_fast("yes") != "human_confirm"
    # the earlier turn keeps its layout: a pasted thread asked to be summarized stays a summary
    pasted = "Summarize this thread:\n\nFrom: Jess\nPlease pay the June invoice.\nThanks"
    assert ROUTER.route_fast(routing_prompt("yes", "Proceed?", pasted)) == "balanced_local"


def test_turns_without_a_proposal_are_routed_as_they_are() -> None:
    assert routing_prompt("  rewrite this text  ") == "rewrite this text"
    assert routing_prompt("yes", None, "delete all my files") == "yes"
    assert routing_prompt("yes", "Done: I deleted the 40 branches.") == "yes"
    assert routing_prompt("red", "Do you want the delete button red or grey?") == "red"
    assert routing_prompt("no that's all", "Done. Anything else?") == "no that's all"


# ---------------------------------------------------------------------------
# The blind set of follow-up turns (tests/data/followup_turns_blind.yaml): an
# assistant turn and the user's reply, with the target a careful router picks.

DATA = Path(__file__).parent / "data"
TARGET_ENGINES = {
    "simple": "fast_local", "balanced": "balanced_local", "reasoning": "reasoning_local",
    "coding": "code_agent", "research": "web_research", "vision": "multimodal_vision",
    "image_generation": "image_generation", "confirmation": "human_confirm",
}
# file -> (items, accuracy floor: a few points under the figure when it was
# set), and the items known to be wrong about confirmation,
# with why. A new miss or false confirmation fails; a fixed one asks to be
# removed from here.
FOLLOWUP_SETS = {
    "followup_turns_blind.yaml": (140, 0.84),
    "followup_turns_blind2.yaml": (120, 0.85),
    # three turns each (the user's earlier message too); 83.0% when set
    "followup_turns_blind3.yaml": (100, 0.79),
    # three turns, a fourth author: 63.0% at first sight (13 of 37 confirmations
    # missed, 4 false; each reply routed alone: 45.0%), 78.0% when set
    "followup_turns_blind4.yaml": (100, 0.75),
}
KNOWN_FOLLOWUP_CONFIRMATION_ERRORS = {
    # a clarification that completes a transfer ("Which account do you mean,
    # checking or savings?" -> "savings"): the item has no earlier user
    # message, which is what the answer completes (see
    # test_answers_to_clarifying_questions)
    "fu2-031-clarify-account-for-transfer": "an answer to a clarifying question, the request not given",
    # the third set's: acts only in Polish, Spanish, Dutch and German words the
    # scorer does not know ("rezerwuj", "baja el Spotify al plan Duo", "zet 500
    # euro ... naar", "stell ... um"), a correction of a transfer's account, and
    # a commit kept local after the user's own "commit my changes"
    "fu3-018-table-booking-polish": "a Polish booking verb",
    "fu3-054-spotify-duo-spanish": "a Spanish plan change",
    "fu3-061-savings-transfer-dutch": "a Dutch transfer ('zet ... naar')",
    "fu3-079-shop-cname-ionos": "a German DNS switch ('stell ... um')",
    "fu3-015-plumber-business-account": "a correction of the account a payment comes from",
    "fu3-084-local-commit-only": "the user's earlier 'commit my changes' before a local commit",
    # the fourth set's: "Same order again, delivered Friday?" -> "make it 10 kg this
    # time": "same order" reads as an ordering ("in the same order"), not a purchase
    "fu4-047-roastmarket-coffee-10kg": "a repeat order read as 'the same order'",
}


def _followups(name: str) -> list[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8") as file:
        return yaml.safe_load(file)["items"]


@pytest.mark.parametrize("name", sorted(FOLLOWUP_SETS))
def test_followup_set_is_well_formed(name: str) -> None:
    items = _followups(name)
    assert len(items) == FOLLOWUP_SETS[name][0]
    assert len({item["id"] for item in items}) == len(items)
    for item in items:
        assert item["expected"] in TARGET_ENGINES, item["id"]
        assert item["assistant"].strip() and item["user"].strip(), item["id"]


@pytest.mark.parametrize("name", sorted(FOLLOWUP_SETS))
def test_followups_route_like_what_they_approve(name: str) -> None:
    routed = [
        (item, ROUTER.route_fast(routing_prompt(item["user"], item["assistant"], item.get("earlier_user"))))
        for item in _followups(name)
    ]
    confirm = TARGET_ENGINES["confirmation"]
    wrong = {
        item["id"] for item, engine in routed if (item["expected"] == "confirmation") != (engine == confirm)
    }
    known = {key for key in KNOWN_FOLLOWUP_CONFIRMATION_ERRORS if key.split("-")[0] == _prefix(name)}
    assert wrong - known == set(), "new confirmation errors"
    assert known - wrong == set(), "fixed: remove from KNOWN_FOLLOWUP_CONFIRMATION_ERRORS"
    right = sum(engine == TARGET_ENGINES[item["expected"]] for item, engine in routed)
    assert right / len(routed) >= FOLLOWUP_SETS[name][1], f"{right}/{len(routed)}"
    # Routed alone, many approvals would have gone through: the context is what confirms them.
    alone = sum(ROUTER.route_fast(item["user"]) == confirm for item, _ in routed if item["expected"] == "confirmation")
    assert alone < 30


def _prefix(name: str) -> str:
    return {
        "followup_turns_blind2.yaml": "fu2", "followup_turns_blind3.yaml": "fu3", "followup_turns_blind4.yaml": "fu4",
    }.get(name, "fu")


def test_huge_and_odd_turns_are_read_in_linear_time() -> None:
    # Assistant turns of megabytes (one "sentence" full of "you"), a huge
    # user turn, lone surrogates and control characters: answers, no error.
    huge = "you " * 500_000 + "Want me to delete them?"
    assert routing_prompt("yes", huge).endswith("delete them. yes")
    assert routing_prompt("yes " * 1_000_000, "Want me to delete them?") == ("yes " * 1_000_000).strip()
    assert routing_prompt("yes", "Shall I \ud800 send \x00 it?") == "\ud800 send \x00 it. yes"
    assert routing_prompt("2", "1.\n2.\n" * 100_000 + "Which?") == "2"
    assert ROUTER.route_fast(routing_prompt("y", "Want me to wipe \udfff the disk?")) == "human_confirm"


@pytest.mark.parametrize(
    ("assistant", "user", "engine"),
    [
        # an ask that is not a question
        ("Transfer: EUR 1,200 to Marta Velinova, instant SEPA.\n\nReply 'yes' to confirm and I'll submit it.",
         "yes", "human_confirm"),
        ("I can send the termination notice from your address today. Let me know!\n\n"
         "(If you'd rather talk to them first, I can set up a call instead.)", "let's do it", "human_confirm"),
        # a side note after the ask
        ("Your cart is ready: oat milk, eggs, rice. Total $39.82. Place the order?\n\n"
         "Also, the coriander is out of stock, so I left it out.", "ok", "human_confirm"),
        # the whole plan approved: a numbered list and "shall I start?"
        ("Fastest recovery:\n1. git revert d4e90aa on main\n2. Push to origin/main\n"
         "3. Trigger the prod deploy pipeline\n\nNext steps as above - shall I start?", "yes, start", "human_confirm"),
        # "Shall I run it?" points at a migration shown far above
        ("The migration is:\n\n```sql\nDROP TABLE IF EXISTS legacy_sessions;\n```\n\n"
         "I'd run it on the primary via the migration runner. Shall I run it?", "yes pls", "human_confirm"),
        # a reply that repeats the asked verb; a condition on the act
        ("Plan: 1 to add, 3 to destroy. Apply it to prod now?", "apply it", "human_confirm"),
        ("CI is green on the branch. Want me to merge PR #88 into main?", "only if the tests pass", "human_confirm"),
        ("Shall I book the 19:30 table at Nopa for four?", "sì, procedi", "human_confirm"),
        # ... but a reply naming one side of "X or Y" picks that side
        ("Should I delete the old snapshots, or just list them with their sizes?", "just list them", "balanced_local"),
        # an approval that repeats the proposal's verb adds no act of its own
        ("Want me to commit this on the feature branch locally? Nothing gets pushed.", "yes commit", "code_agent"),
        ("Want me to make it shorter?", "sure, and send it to Dana", "human_confirm"),
        # persons swapped: "so you can approve them yourself" is the user approving
        ("I can't pay bills. I can prepare the payment details so you can approve them yourself. Want that?",
         "yes", "balanced_local"),
    ],
)
def test_asks_that_are_not_plain_questions(assistant: str, user: str, engine: str) -> None:
    assert ROUTER.route_fast(routing_prompt(user, assistant)) == engine


def test_route_messages_routes_a_conversation_as_the_proxy_does() -> None:
    from model_router.proxy.messages import extract_prompt

    proposal = [
        {"role": "user", "content": "tidy up the repo"},
        {"role": "assistant", "content": "I found 40 stale branches. Want me to delete them?"},
        {"role": "user", "content": "yes, go ahead"},
    ]
    decision = ROUTER.route_messages(proposal)
    assert decision.selected_engine == "human_confirm" and decision.requires_confirmation
    chat = extract_prompt(proposal)
    assert decision == ROUTER.route(chat.prompt, chat.hints())
    # an image part anywhere in the conversation asks for vision; the caller's hints add to it
    image = [{"role": "user", "content": [{"type": "text", "text": "what does this say?"},
                                          {"type": "image_url", "image_url": {"url": "data:,"}}]}]
    assert ROUTER.route_messages(image).selected_engine == "multimodal_vision"
    assert "image" in ROUTER.route_messages(image, {"attachments": []}).requirements.required_modalities
    assert "image" in ROUTER.route_messages(image, {"max_cost_tier": "free"}).requirements.required_modalities
    # invalid hints fail closed, as with route()
    assert ROUTER.route_messages(proposal[:1], {"max_cost_tier": "platinum"}).selected_engine == "human_confirm"
    assert ROUTER.route_messages(proposal[:1], ["not", "hints"]).selected_engine == "human_confirm"


@pytest.mark.parametrize(
    "messages", [[], [{"role": "assistant", "content": "hi"}], [{"role": "user", "content": " "}], [42]]
)
def test_route_messages_needs_a_user_message_with_text(messages: list[object]) -> None:
    with pytest.raises(ValueError, match="no user message"):
        ROUTER.route_messages(messages)


@pytest.mark.parametrize("messages", ["hello", b"hello", None, 42])
def test_route_messages_needs_a_list(messages: object) -> None:
    with pytest.raises(TypeError, match="list of chat messages"):
        ROUTER.route_messages(messages)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("earlier", "assistant", "user", "engine"),
    [
        # a short answer to a clarifying question completes the earlier request
        ("send Marcus $500 for the concert tickets", "Which account do you mean, checking or savings?", "savings",
         "human_confirm"),
        ("what will the weather be tomorrow?", "Which city?", "Lyon", "web_research"),
        ("rewrite this paragraph: the meeting are moved", "Which tone, formal or casual?", "formal", "fast_local"),
        # ... or the act asked about inside the question
        (None, "Which account should I transfer the $500 from, checking or savings?", "savings", "human_confirm"),
        # not when it takes the request back, or answers a proposal of the assistant's own
        ("book a table for four at Nopa", "For what time?", "no, wait", "balanced_local"),
        ("delete all my files now", "Are you sure?", "never mind, just rewrite this paragraph", "fast_local"),
    ],
)
def test_answers_to_clarifying_questions(earlier: str | None, assistant: str, user: str, engine: str) -> None:
    assert ROUTER.route_fast(routing_prompt(user, assistant, earlier)) == engine


@pytest.mark.parametrize(
    ("earlier", "assistant", "user", "engine"),
    [
        # "Which would you like?" reads the offer just before it
        (None, "I can issue a full refund of EUR 54, or a partial refund of EUR 18 for the broken one. "
               "Which would you like?", "full refund, she's a regular", "human_confirm"),
        # a reply that repeats the asked verb, or changes only the amount, approves
        ("book the 7:40 train to Brussels", "ICE 14, Fri 07:40, 2nd class EUR 59.90. Book it?",
         "make it first class actually, then book", "human_confirm"),
        ("refund order 5521 partially, 10 euros", "Partial refund of EUR 10.00 on order #5521. Confirm?",
         "make it 15, he waited two weeks", "human_confirm"),
        ("free up space on the NAS", "Plan:\n- Delete 37 .iso files older than 1 year\n- Empty the recycle bin\n\nGo?",
         "go", "human_confirm"),
        # other languages: a German proposal approved, an Italian refusal
        ("sag der Elterngruppe Bescheid", "Nachricht: Das Training morgen fällt aus. Soll ich sie abschicken?",
         "jaa perfekt", "human_confirm"),
        ("cancella i messaggi vecchi", "Vuoi che per ora non faccia niente?", "sì, aspetta, non cancellare niente",
         "balanced_local"),
    ],
)
def test_offers_amounts_and_other_languages(earlier: str | None, assistant: str, user: str, engine: str) -> None:
    assert ROUTER.route_fast(routing_prompt(user, assistant, earlier)) == engine


_TURN_WORDS = st.sampled_from([
    "yes", "no", "ok", "go", "Want me to", "Shall I", "delete", "send", "them", "it", "?", ".", "\n", "\n\n",
    "Proceed?", "Which would you like?", "1.", "- ", "(", "or", "make it 15", "only if", "Let me know!",
    "Reply 'yes' to confirm", "you", "your", "I'll", "¿", "sì", "\ud800", "\x00", "🚀", " ",
])
_TURNS = st.one_of(st.text(max_size=80), st.lists(_TURN_WORDS, max_size=30).map(" ".join))


@given(user=_TURNS, assistant=st.one_of(st.none(), _TURNS), earlier=st.one_of(st.none(), _TURNS))
@settings(max_examples=400, deadline=None)
def test_routing_prompt_takes_any_text(user: str, assistant: str | None, earlier: str | None) -> None:
    prompt = routing_prompt(user, assistant, earlier)
    assert isinstance(prompt, str)
    # nothing the user said is lost (an approval's words may be left out only
    # where the proposal before them says them too)
    folded = prompt.casefold()
    assert all(word.strip(".,!?;:").casefold() in folded for word in user.split())
    assert (prompt == "") == (user.strip() == "")
    ROUTER.route_fast(prompt)


@pytest.mark.parametrize(
    ("user", "engine"), [("the first one", "human_confirm"), ("b", "balanced_local"), ("the last one", "balanced_local")]
)
def test_ordinals_pick_lettered_options(user: str, engine: str) -> None:
    assistant = "Options:\na) Email the summary to the whole team now\nb) Paste it here so you can edit it\n\nWhich?"
    assert ROUTER.route_fast(routing_prompt(user, assistant)) == engine


@pytest.mark.parametrize(
    ("assistant", "user", "engine"),
    [
        # an option picked by a word of its own, or with its go-ahead
        ("Your choices:\n1. Keep the Gold plan and add a data pass\n2. Cancel Gold and port the number to Tello\n"
         "Which one do you want me to do?", "the Tello one", "human_confirm"),
        ("Your choices:\n1. Keep the Gold plan as it is\n2. Cancel Gold and port the number to Tello\n"
         "Which one do you want me to do?", "the Gold one", "balanced_local"),
        ("Options:\n1. Email the draft to the client now\n2. Leave it in your drafts folder\nWhich?",
         "the first one is fine, go", "human_confirm"),
        # the question's verb goes with an option that names only its object
        ("Seats are full. Options:\n1. 3 more editor seats on Team (+$45/mo)\n2. Business tier (+$120/mo)\n"
         "Which should I purchase?", "1 please", "human_confirm"),
        ("We're over the dyno limit.\nOptions:\n  a) 3x Basic ($21/mo)\n  b) 1x Standard-1X ($25/mo)\n"
         "Which should I switch to?", "b, go ahead", "human_confirm"),
        # a plan's steps approved by their count, a pronoun before its verb in Dutch
        ("Offboarding for Sam:\n- Remove him from the GitHub org\n- Revoke his VPN access\n"
         "Shall I execute both now?", "confirm", "human_confirm"),
        ("Offboarding for Sam:\n- Remove him from the GitHub org\n- Revoke his VPN access\n- Transfer his files\n"
         "Shall I execute all three now?", "yes", "human_confirm"),
        ("Ik kan de afspraak met de loodgieter annuleren en hem een bericht sturen.\nZal ik dat doen?",
         "ja, doe maar", "human_confirm"),
    ],
)
def test_choices_by_name_and_the_questions_verb(assistant: str, user: str, engine: str) -> None:
    assert ROUTER.route_fast(routing_prompt(user, assistant)) == engine
