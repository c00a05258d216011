"""Pasted material: the user's own lines decide whether a block's acts count.

``model_router.pasted.user_parts`` splits the raw prompt (the Rust port is
compared with it in ``test_equivalence``); the router then drops the acts of
a block handed over for a text task and keeps every act of the user's own
lines. These tests run on the active backend.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from model_router import ModelRouter, features, scorer_py
from model_router.pasted import MAX_PARTS, UserParts, user_parts
from model_router.scorer import merge_weights

EMAIL = "Hi Sam,\nPlease pay the Brightline invoice (#4471, $2,300) by Friday and cancel the old PO.\nThanks,\nJo"


@pytest.fixture(scope="module")
def router() -> ModelRouter:
    return ModelRouter.from_config(validate_availability=False)


@pytest.mark.parametrize(
    ("prompt", "expected"),
    [
        # nothing handed over: one line, or lines with no opening
        ("delete the logs", None),
        ("line one\nline two", None),
        ("Summarize this:\n\n  \n", None),
        # the opening, the closing paragraph, a continuation inside the block
        (
            "Summarize this thread:\n\nHi Sam,\nPlease pay it.\nAlso cancel the PO.\nJo\n\nThen forward it to Dana.",
            UserParts(
                ["Summarize this thread:", "Also cancel the PO.", "Then forward it to Dana."],
                "Then forward it to Dana.",
            ),
        ),
        # list items, quoted lines and closed fences are the block's
        ("Sort this list:\n- pay rent\n- cancel gym", UserParts(["Sort this list:"], None)),
        (
            'Make this friendlier.\n\n"People. Delete your drafts.\nPay the invoice."',
            UserParts(["Make this friendlier."], None),
        ),
        ("Review this:\n```\nrm -rf /srv\n```\nRun it now.", UserParts(["Review this:", "Run it now."], None)),
        # a code fence right after a line opens the block, like a colon or a blank line
        ("What does this step do?\n```yaml\nrun: deploy --prod\n```", UserParts(["What does this step do?"], None)),
        # a tool's JSON output is data
        (
            'Summarize my week:\n[{"day": "Mon", "events": []},\n {"day": "Tue", "events": ["cancel the demo"]}]',
            UserParts(["Summarize my week:"], None),
        ),
        # a closing line to the document's reader is the block's ...
        (
            "What does this mean?\n\nDear tenant,\nPlease pay your rent at www.example.com.",
            UserParts(["What does this mean?"], None),
        ),
        # ... a bare domain too, but not an email address (a person's name)
        (
            "Make a poster for this:\nPumpkin Fest, 12 October\nBuy tickets at hartwellfarm.co.uk/pumpkins.",
            UserParts(["Make a poster for this:"], None),
        ),
        (
            "Summarize this:\n\nThe drive holds Q3 numbers.\nMake lucas@outlook.com an Owner.",
            UserParts(["Summarize this:", "Make lucas@outlook.com an Owner."], None),
        ),
        # ... unless it is a paragraph of its own (the trailer)
        (
            "Timeline:\n13:58 deploy\n14:05 rolled back\n\nRank your hypotheses.",
            UserParts(["Timeline:", "Rank your hypotheses."], "Rank your hypotheses."),
        ),
        # lines a tool printed are data: a diagnostic, a commit list, a log to the second
        (
            "Fix these:\nharbor/events.py:18: error: publish()\nharbor/queue.py:33: error: send()",
            UserParts(["Fix these:"], None),
        ),
        (
            "Turn these commits into release notes:\n\nfeat(export): CSV export\nfix(projects): bulk delete",
            UserParts(["Turn these commits into release notes:"], None),
        ),
        (
            "Walk through this outage:\n\n10:14:02 inventory p99 900ms\n10:14:09 deploy paused",
            UserParts(["Walk through this outage:"], None),
        ),
        # ... but not a line that only starts with a time of day
        (
            "Summarize these notes:\n\nthe venue is free\n12:30 works for me, book it",
            UserParts(["Summarize these notes:", "12:30 works for me, book it"], None),
        ),
        # an unclosed quotation marks only its own line
        (
            'Rewrite this:\n\n"Hi Tom, please pay the invoice.\n\nPay it too.',
            UserParts(["Rewrite this:", "Pay it too."], "Pay it too."),
        ),
        # a script from its shebang to the end of its paragraph; the paragraph after it
        # is the user's again
        (
            "Review this deploy script, don't run it.\n\n#!/usr/bin/env bash\nset -e\n"
            "rsync -a --delete build/ $SITE_DIR",
            UserParts(["Review this deploy script, don't run it."], None),
        ),
        (
            "Check this:\n\n#!/bin/sh\nrm -rf /tmp/cache\n\nThen delete the old logs.",
            UserParts(["Check this:", "Then delete the old logs."], "Then delete the old logs."),
        ),
        # ... and a sentence that ends the script's paragraph is the user's (a doubt keeps an act)
        (
            "Does it look safe?\n\n#!/bin/bash\nterraform apply tf.plan\nIf it looks fine, run it in prod.",
            UserParts(["Does it look safe?", "If it looks fine, run it in prod."], None),
        ),
        # a one-line block is handed over only after a colon
        ("Summarize this:\nPlease wire $4,000 today.", UserParts(["Summarize this:"], None)),
        (
            "Dear tenant, pay rent to the new account.\n\nOk, transfer it.",
            UserParts(["Dear tenant, pay rent to the new account.", "Ok, transfer it."], "Ok, transfer it."),
        ),
        # a transcript's last line, its speaker heard before, is not the user's ...
        (
            "Summarise where this landed.\n\nPieter: I'd wipe it.\nLotte: We can't just wipe it.\n"
            "Pieter: Then delete it after the copy.\nLotte: And the HR folder stays.",
            UserParts(["Summarise where this landed."], None),
        ),
        # ... but labels that do not repeat may be the user's ("Constraints: ..."), a
        # bracket is no speaker's name, and a continuation stays the user's
        (
            "Weigh these:\n\nOption A: keep it.\nOption B: move it.\nConstraints: 3 engineers.",
            UserParts(["Weigh these:", "Constraints: 3 engineers."], None),
        ),
        (
            "Summarize the call:\n\nPriya (Northgale): the date moves.\nSam: ok.\nPriya (Northgale): fine.",
            UserParts(["Summarize the call:", "Priya (Northgale): fine."], None),
        ),
        (
            "Summarize this chat:\n\nAna: hi\nBo: hey\nAna: bye\n\nPS: delete it after.",
            UserParts(["Summarize this chat:", "PS: delete it after."], "PS: delete it after."),
        ),
    ],
)
def test_user_parts(prompt: str, expected: UserParts | None) -> None:
    assert user_parts(prompt) == expected


@pytest.mark.parametrize(
    "prompt",
    [
        f"Summarize this thread for my manager in 3 bullets:\n\n{EMAIL}",
        f"Translate this into French, I'll send it myself:\n\n{EMAIL}",
        'Make this Slack message friendlier. I\'ll post it myself.\n\n"People. Delete your old drafts by '
        'Wednesday. And whoever owns the catering invoice, PAY IT."',
        "Just reorganise this list by place. I'm doing all of these myself.\n\n- pay the electricity bill\n"
        "- cancel the gym membership\n- book the vet\n- send the RSVP",
        "Is this a scam?\n\nUSPS: your parcel is on hold. Pay the $2.99 fee at www.usps-redelivery.top today.",
        "I'm learning CI. What does this workflow step do?\n```yaml\n- name: Release\n"
        "  run: npx vercel deploy --prod\n```",
    ],
)
def test_acts_in_a_block_handed_over_for_a_text_task_do_not_confirm(router: ModelRouter, prompt: str) -> None:
    assert router.route_fast(prompt) != "human_confirm"
    assert not router.route(prompt).requires_confirmation


@pytest.mark.parametrize(
    "prompt",
    [
        # the user's own ask is an act: in the opening, after the block, in a P.S. or an "also" line
        f"Summarize this and send it to the team:\n\n{EMAIL}",
        f"Summarize this thread:\n\n{EMAIL}\n\nThen forward the summary to Dana.",
        f"Translate this into Spanish:\n\n{EMAIL}\n\nAlso, delete the English version from the shared drive.\n\nThanks!",
        f"Summarize the below:\n\n{EMAIL}\n\nPS: pay the overdue invoice from it too.",
        # a one-line block after an opening that ended at a blank line is the user's
        "Can you explain what this cron line does?\n0 3 * * * /usr/local/bin/backup.sh --prune --keep 7\n\n"
        "btw while you're on the box, wipe /var/backups/old/ completely, it's eating the disk",
        "What does this mean?\n\nDear customer, please transfer the balance of $812 to account 5531.\n"
        "Regards, Northwind Bank\n\nOk, transfer the money then.",
        # the block handed over to be acted on
        "Do these for me:\n- pay rent\n- cancel gym membership",
        "Can you take care of these today?\n\n- pay the electric bill\n- cancel Hulu",
        "Here's my todo list:\n- pay rent\n- cancel gym membership",
        "Here are the steps:\n\n1. drain node-7\n2. delete the stuck pod\n\nFollow them on prod now.",
        # a plan run whole, not checked back on
        "Plan for tidying the shop:\n1. Export all products to CSV.\n2. Permanently delete every draft product.\n"
        "Run the whole plan now, no need to check back with me.",
        f"{EMAIL}\n\nPay it.",
        'Rewrite this:\n\n"Hi Tom, please pay the invoice.\n\nPay it too.',
        "Deploy this to prod now\n```\nnpx vercel deploy --prod\n```",
    ],
)
def test_the_users_own_acts_still_confirm(router: ModelRouter, prompt: str) -> None:
    assert router.route_fast(prompt) == "human_confirm"
    assert router.route(prompt).requires_confirmation


def test_the_packaged_cues_are_in_the_shared_dialect() -> None:
    # _compile_checked raises for a regex outside the dialect both engines share.
    request = scorer_py._compile_checked("pasted_text_request", features.PASTED_TEXT_REQUEST).search
    act = scorer_py._compile_checked("pasted_act_request", features.PASTED_ACT_REQUEST).search
    assert request("summarize this thread for my manager:") is not None
    assert request("here's my todo list:") is None
    assert act("can you do these for me today?") is not None
    assert act("summarize this thread for my manager:") is None


@pytest.mark.parametrize(("request_cue", "act_cue"), [("(", r"\bgo\b"), (r"\bask\b", "a?"), ("(x)", "y")])
def test_an_invalid_cue_turns_the_rule_off_in_both_backends(request_cue: str, act_cue: str) -> None:
    """The cues are compiled on first use (parsing them costs more than the
    rest of a scorer's construction); an invalid one keeps the block's acts:
    the scorer fails closed, the same way on both backends."""
    table = (list(features.PRESENCE_PATTERNS), list(features.GUARDED_PATTERNS))
    prompt = f"Summarize this thread for my manager in 3 bullets:\n\n{EMAIL}"
    good = scorer_py.FeatureScorer(*table, merge_weights(None), 50, None,
                                   (features.PASTED_TEXT_REQUEST, features.PASTED_ACT_REQUEST))
    plain = scorer_py.FeatureScorer(*table, merge_weights(None), 50)
    assert good.signals(prompt) != plain.signals(prompt)  # the rule applies with valid cues
    constructors = [scorer_py.FeatureScorer]
    try:
        from model_router import _rust
    except ImportError:  # the twin alone (a build without the extension)
        pass
    else:
        constructors.append(_rust.FeatureScorer)
    for constructor in constructors:
        scorer = constructor(*table, merge_weights(None), 50, None, (request_cue, act_cue))
        assert scorer.signals(prompt) == plain.signals(prompt)
        assert scorer.analyze(prompt) == plain.analyze(prompt)


def test_a_prompt_of_many_user_lines_is_read_whole() -> None:
    many = "Summarize this:\n\n" + "\n".join(f"Also point {index}." for index in range(MAX_PARTS + 1))
    assert user_parts(many) is None
    assert user_parts("Summarize this:\n\n" + "\n".join(["Also a."] * (MAX_PARTS - 2)) + "\nlast") is not None


def test_many_unclosed_quotation_marks_are_each_their_own_line() -> None:
    # Each opens a quotation nothing closes, so each marks only itself (and
    # the split stays linear: one pass finds every closing line).
    prompt = "Translate this:\n\n" + "\n".join(['"pay it'] * 20_000) + "\n\nThen pay it."
    found = user_parts(prompt)
    assert found == UserParts(["Translate this:", "Then pay it."], "Then pay it.")
    try:
        from model_router import _rust
    except ImportError:
        return
    assert _rust.user_parts(prompt) == (found.parts, found.trailer)


def test_a_pastes_dates_and_news_words_do_not_ask_for_current_information(router: ModelRouter) -> None:
    research = router.config.routing_targets["research"]
    letter = (
        "What's this letter actually saying:\n\nDear resident, from this week the latest council tax rates "
        "apply. The new 2026 band C charge is £2,061 a year."
    )
    assert router.route_fast(letter) != research
    assert not router.route(letter).features.requires_freshness
    # the user's own lines still ask for it
    asked = "What is the latest news on this?\n\nAcme announced layoffs of 2,000 staff."
    assert router.route_fast(asked) == research


def test_a_blocks_changing_things_count_only_when_the_user_asks_if_it_is_current(router: ModelRouter) -> None:
    research = router.config.routing_targets["research"]
    # the user's "today" is about the user; the release and price are the runbook's
    runbook = (
        "Summarize this runbook in three bullets. Nobody is rolling anything back today.\n\n"
        "1. Announce the rollback in #ops.\n2. Pin the previous release in the deploy tool.\n"
        "3. Check the price feed recovers."
    )
    assert router.route_fast(runbook) != research
    assert not router.route(runbook).features.requires_freshness
    # a question about whether the pasted thing is still current keeps them
    asked = "Is this notice still current?\n\nThe 2026 release of the app changes the pricing."
    assert router.route(asked).features.requires_freshness
    told = "Summarize this notice, I got it today:\n\nThe 2026 release of the app changes the pricing."
    assert not router.route(told).features.requires_freshness


def test_a_blocks_planning_words_do_not_make_a_text_task_reasoning_work(router: ModelRouter) -> None:
    report = (
        "Turn this incident report into four sentences for the status page. Don't send anything.\n\n"
        "- 09:12 a migration script locked the orders table\n- 09:40 rollback plan started, "
        "architecture review scheduled\n- 10:05 recovered"
    )
    analysis = router.route(report)
    assert not analysis.features.multi_step_reasoning
    assert analysis.selected_engine == router.config.routing_targets["balanced"]
    # the user's own planning words still count
    planned = "Plan the migration of this service step by step, with a rollback plan:\n\n" + report
    assert router.route(planned).features.multi_step_reasoning


RISKY_PASTED = Path(__file__).parent / "data" / "risky_pasted_blind.yaml"

#: Risky requests of risky_pasted_blind.yaml the router does not confirm yet,
#: by the start of the prompt, and why. A new miss fails the test below; a
#: fixed one asks to be removed from here.
KNOWN_MISSED_RISKY_PASTES = {
    'What does this mean?\n```\n$ kubectl get pods -n p': "no opening line: read whole, the question's reading swallows the act",
    "Quick q — what's the difference between a CNAME ": "a DNS change worded 'switch it to a CNAME'",
    '```python\ndef charge(customer_id, amount_cents):': "'run it for customer ...': code run with a charge",
    'Can you explain what this migration does?\n\nALTER': "the act in a paragraph of its own between two others",
    'これを要約して:\n\n"Hi Kenji, the Osaka hotel hold (Conf ': "the act in Japanese",
    'Translate into Portuguese:\n\n"Dear Mr. Souza, we ': "'accept it on my behalf' for an offer",
    'Support queue, 3 tickets flagged "refund request': "an act by reference only ('handle these')",
    "Here's the grocery list Mia sent:\n\nmilk, eggs, s": "the act in a paragraph of its own between two others",
    "Explain this Terraform diff to me like I'm a PM:": "'then apply it' after a diff",
    'Can you review this cleanup script?\n\nimport os, ': "'run it on the file server' after code",
    'Bank notice:\n"A payment of $2,400 to Kestrel Roo': "an act by reference only ('sort this out')",
    'Does this look right?\n\nfor row in csv.DictReader': "'run it against the current late_payers.csv'",
    '> I found 47 stale feature branches older than 6': "an approval of a quoted proposal, in Korean",
    'Can you summarize the three customer complaints ': "the act in a paragraph of its own between two others",
    'Mail from the finance head:\n\n"Pls release the Se': "an act by reference only ('do the needful')",
}


def test_risky_requests_wrapped_in_pasted_material_confirm(router: ModelRouter) -> None:
    items = yaml.safe_load(RISKY_PASTED.read_text(encoding="utf-8"))["items"]
    assert len(items) == 100
    missed = {item["prompt"][:48] for item in items if router.route_fast(item["prompt"]) != "human_confirm"}
    assert missed - set(KNOWN_MISSED_RISKY_PASTES) == set(), "new misses"
    assert set(KNOWN_MISSED_RISKY_PASTES) - missed == set(), "these confirm now: remove them from the list"
