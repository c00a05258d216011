"""Routing quality on hand-labelled corpora of realistic prompts.

``tests/data/routing_corpus.yaml`` holds prompts written in the voices of
chat users and coding agents, each labelled with the routing target it should
get (see the file header for the labelling rules);
``tests/data/routing_corpus_holdout.yaml`` holds prompts a second author wrote
after the table was tuned on the first, in other styles (agent task specs,
support tickets, assistants, long pasted material, code blocks);
``tests/data/routing_corpus_blind.yaml`` holds prompts a third author wrote
before reading the pattern table or the other corpora's items (indirect
risky actions, IDE and agent instructions, image-generation phrasings,
second-language English, follow-ups); ``tests/data/routing_corpus_blind2.yaml``
holds prompts a fourth author wrote the same way (agent-forwarded turns with
system prompts and tool output, on-call and cloud requests, smart-home
commands, access changes, payments, git, social media, SQL and notebooks);
``tests/data/routing_corpus_blind3.yaml`` holds prompts a fifth author wrote
the same way (risky actions phrased politely, tersely, mid-instruction, as
agent tool calls, misspelled or in another language; look-alikes of them;
one-line edits of text full of distracting words);
``tests/data/routing_corpus_blind4.yaml`` holds prompts a sixth author wrote
the same way, safety only (risky actions as tool-call JSON, slang, typos,
other languages, the risky step last; look-alikes of them);
``tests/data/routing_corpus_blind5.yaml`` holds prompts a seventh author
wrote the same way (smart home and utilities, infrastructure and databases
in plain words, tips and bookings, tool calls, idioms);
``tests/data/routing_corpus_blind6.yaml`` holds prompts an eighth author
wrote the same way (requests in nine other Latin-script languages,
agent-framework formats, releases and records, life admin, edits of text
full of distracting words, art requests named by their medium);
``tests/data/routing_corpus_blind7.yaml`` holds prompts a ninth author wrote
the same way, deliberately ordinary (the everyday mix a deployed assistant
sees: edits, advice, design, code, news, pictures, art, risky actions and
their look-alikes); ``tests/data/routing_corpus_blind8.yaml`` holds prompts a
tenth author wrote the same way (prompts as agent frameworks forward them,
support, homework, spreadsheets, personal finance, voice-assistant one-liners,
slash commands); ``tests/data/routing_corpus_blind9.yaml`` holds prompts an
eleventh author wrote the same way (an ordinary workday across many trades:
nurse, shop owner, lawyer, parent, sysadmin...);
``tests/data/routing_corpus_blind10.yaml`` holds prompts a twelfth author
wrote the same way, aimed at the safety side in plain words (settings,
devices, accounts, money and work systems changed without the obvious
verbs); ``tests/data/routing_corpus_blind11.yaml`` holds prompts a thirteenth
author wrote the same way, with a heavy share of text handed over (emails,
threads, transcripts, tickets, logs, diffs pasted with an instruction before
or after them); ``tests/data/routing_corpus_blind12.yaml`` holds prompts a
fourteenth author wrote the same way, aimed at the two hardest targets in
everyday phrasings (analysis and decisions asked without "analyze" or
"design"; quick transforms asked tersely); ``tests/data/routing_corpus_blind13.yaml``
holds prompts a fifteenth author wrote the same way with no aim at all (one
ordinary week of a local assistant and coding agent);
``tests/data/routing_corpus_blind14.yaml`` holds prompts a sixteenth author
wrote the same way, again with no aim (one small company's week, many roles);
``tests/data/routing_corpus_blind15.yaml`` holds prompts a seventeenth author
wrote the same way, again with no aim (one household and its side businesses);
``tests/data/routing_corpus_blind16.yaml`` holds prompts an eighteenth author
wrote the same way, again with no aim (one town's week across many trades);
``tests/data/routing_corpus_blind17.yaml`` holds prompts a nineteenth author
wrote the same way, again with no aim (Australia, New Zealand, South Africa);
``tests/data/routing_corpus_blind18.yaml`` holds prompts a twentieth author
wrote the same way, again with no aim (India, Singapore, Kenya, Nigeria);
``tests/data/routing_corpus_blind19.yaml`` holds prompts a twenty-first author
wrote the same way, again with no aim (small-town United States and Canada);
``tests/data/routing_corpus_blind20.yaml`` holds prompts a twenty-second author
wrote the same way, again with no aim (the United Kingdom and Ireland);
``tests/data/routing_corpus_blind21.yaml`` holds prompts a twenty-third author
wrote the same way, aimed at agent traffic (what agent frameworks and IDE
assistants forward at a software company: tool results, retrieved documents,
logs, runbooks);
``tests/data/routing_corpus_blind22.yaml`` holds prompts a twenty-fourth
author wrote the same way, again with no aim (Australia and New Zealand);
``tests/data/routing_corpus_blind23.yaml`` holds prompts a twenty-fifth author
wrote the same way, again with no aim (continental Europe, partly in other
languages); ``tests/data/routing_corpus_blind24.yaml`` holds prompts a
twenty-sixth author wrote the same way, aimed at short generic prompts (one
line, no back-story, as people type into a chat box and as evaluators write
them); ``tests/data/routing_corpus_blind25.yaml`` holds prompts a
twenty-seventh author wrote the same way, aimed at what developers' agents and
assistant users send through an OpenAI-compatible client (one to four
sentences, some with a pasted snippet); ``tests/data/routing_corpus_blind26.yaml``
holds prompts a twenty-eighth author wrote the same way, aimed at the
boundaries between targets (a quick rewrite or a writing task, a question or a
weighed decision, a design question or code work, knowledge or today's news, a
how-to or the act); ``tests/data/routing_corpus_blind27.yaml`` holds 120
prompts a twenty-ninth author wrote the same way, aimed at medium-length
prompts with pasted material (an email thread, notes, a clause, a log, a
script) and an ask about it; ``tests/data/routing_corpus_blind28.yaml`` holds
120 prompts a thirtieth author wrote the same way, a second sample of pasted
material with the user's own risky asks placed before, after and inside the
paste; ``tests/data/routing_corpus_blind29.yaml`` holds 120 prompts a
thirty-first author wrote the same way, aimed at what coding agents and
tool-using assistants send (one user turn with the files, diffs, logs, tool
results and plans they gathered); ``tests/data/routing_corpus_blind30.yaml``
holds 200 prompts a thirty-second author wrote the same way, a second sample of
what an independent evaluator writes to test a router like this one (one to
three sentences, every target, 45 risky acts and 35 look-alikes);
``tests/data/routing_corpus_blind31.yaml`` holds 200 prompts a thirty-third
author wrote the same way, a tester's sample built from the product README
itself (each routing-table row paraphrased, and the neighbouring cases a tester
probes; 45 risky acts and 40 look-alikes); ``tests/data/routing_corpus_blind32.yaml``
holds 200 prompts a thirty-fourth author wrote the same way, as people type on
phones, in chat apps and by voice (slang, abbreviations, emojis, typos, mixed
languages; 50 risky acts and 40 look-alikes); ``tests/data/routing_corpus_blind33.yaml``
holds 200 prompts a thirty-fifth author wrote the same way, what a company's
staff send its internal assistant in a week (HR, legal, finance, sales, support,
IT, engineering, facilities; 50 risky acts and 40 look-alikes);
``tests/data/routing_corpus_blind34.yaml`` holds 200 prompts a thirty-sixth author
wrote the same way, aimed at the two hardest targets in plain words (reasoning and
research without "analyze", "trade-offs", "latest", "today", "news"; 30 risky
acts, 25 look-alikes); ``tests/data/routing_corpus_blind35.yaml`` holds 200 prompts a
thirty-seventh author wrote the same way, as coding agents and agent frameworks
send them (task specs, tool results, pasted logs, diffs and configs, plans whose
last step acts; 45 risky acts, 40 look-alikes); ``tests/data/routing_corpus_blind36.yaml``
holds 200 prompts a thirty-eighth author wrote the same way, a second sample of
reasoning and research in plain words in other settings (US, Canada, Australia,
India; farms, clinics, trades, schools, clubs; 30 risky acts, 25 look-alikes);
``tests/data/routing_corpus_blind37.yaml`` holds 200 prompts a thirty-ninth author
wrote the same way with no aim (one week of a mid-sized company's assistant and
coding agents and of its staff's private lives; 30 risky acts, 36 look-alikes);
``tests/data/routing_corpus_blind38.yaml`` holds 200 prompts a fortieth author wrote
the same way with no aim (one week of a Dutch university and teaching hospital and
of its staff's private lives; 30 risky acts, 36 look-alikes);
``tests/data/routing_corpus_blind39.yaml`` holds 200 prompts a forty-first author
wrote the same way, aimed at the hard middle in everyday words (quick jobs, ordinary
writing, weighed decisions and worked problems; prose and code asked together; 20
risky acts, 31 look-alikes); ``tests/data/routing_corpus_blind40.yaml`` holds 200
prompts a forty-second author wrote the same way with no aim (one week of an Austrian
outdoor retailer and of its staff's private lives; 30 risky acts, 36 look-alikes);
``tests/data/routing_corpus_blind41.yaml`` holds 200 prompts a forty-third author wrote
the same way, a second sample of the hard middle in other settings (20 risky acts, 31
look-alikes); ``tests/data/routing_corpus_blind42.yaml`` holds 200 prompts a forty-fourth
author wrote the same way with no aim (three family hotels in Oaxaca and a software
consultancy in Tampere, and their staff's private lives; 16 risky acts, 15 look-alikes);
``tests/data/routing_corpus_blind43.yaml`` holds 200 prompts a forty-fifth author wrote the
same way with no aim (two veterinary clinics in Porto and an indie game studio in
Montréal, and their staff's private lives; 16 risky acts, 18 look-alikes);
``tests/data/routing_corpus_blind44.yaml`` holds 200 prompts a forty-sixth author wrote the
same way with no aim (an architecture studio in Rotterdam and an agriturismo near Ostuni,
and their staff's private lives; 16 risky acts, 17 look-alikes).
Every test runs on all forty-six.
Safety has no tolerance:
every ``confirmation`` item must confirm, no look-alike may (except the few
documented in KNOWN_LOOKALIKE_CONFIRMATIONS), and any other false
confirmation must be one of the few documented below. Overall and per-target accuracy have floors set
from the measured accuracy, so a table change that makes routing worse fails
here with the confusion matrix.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

import pytest
import yaml

from model_router import ModelRouter

DATA = Path(__file__).resolve().parent / "data"
CORPUS_PATH = DATA / "routing_corpus.yaml"
HOLDOUT_PATH = DATA / "routing_corpus_holdout.yaml"
BLIND_PATH = DATA / "routing_corpus_blind.yaml"
BLIND2_PATH = DATA / "routing_corpus_blind2.yaml"
BLIND3_PATH = DATA / "routing_corpus_blind3.yaml"
BLIND4_PATH = DATA / "routing_corpus_blind4.yaml"
BLIND5_PATH = DATA / "routing_corpus_blind5.yaml"
BLIND6_PATH = DATA / "routing_corpus_blind6.yaml"
BLIND7_PATH = DATA / "routing_corpus_blind7.yaml"
BLIND8_PATH = DATA / "routing_corpus_blind8.yaml"
BLIND9_PATH = DATA / "routing_corpus_blind9.yaml"
BLIND10_PATH = DATA / "routing_corpus_blind10.yaml"
BLIND11_PATH = DATA / "routing_corpus_blind11.yaml"
BLIND12_PATH = DATA / "routing_corpus_blind12.yaml"
BLIND13_PATH = DATA / "routing_corpus_blind13.yaml"
BLIND14_PATH = DATA / "routing_corpus_blind14.yaml"
BLIND15_PATH = DATA / "routing_corpus_blind15.yaml"
BLIND16_PATH = DATA / "routing_corpus_blind16.yaml"
BLIND17_PATH = DATA / "routing_corpus_blind17.yaml"
BLIND18_PATH = DATA / "routing_corpus_blind18.yaml"
BLIND19_PATH = DATA / "routing_corpus_blind19.yaml"
BLIND20_PATH = DATA / "routing_corpus_blind20.yaml"
BLIND21_PATH = DATA / "routing_corpus_blind21.yaml"
BLIND22_PATH = DATA / "routing_corpus_blind22.yaml"
BLIND23_PATH = DATA / "routing_corpus_blind23.yaml"
BLIND24_PATH = DATA / "routing_corpus_blind24.yaml"
BLIND25_PATH = DATA / "routing_corpus_blind25.yaml"
BLIND26_PATH = DATA / "routing_corpus_blind26.yaml"
BLIND27_PATH = DATA / "routing_corpus_blind27.yaml"
BLIND28_PATH = DATA / "routing_corpus_blind28.yaml"
BLIND29_PATH = DATA / "routing_corpus_blind29.yaml"
BLIND30_PATH = DATA / "routing_corpus_blind30.yaml"
BLIND31_PATH = DATA / "routing_corpus_blind31.yaml"
BLIND32_PATH = DATA / "routing_corpus_blind32.yaml"
BLIND33_PATH = DATA / "routing_corpus_blind33.yaml"
BLIND34_PATH = DATA / "routing_corpus_blind34.yaml"
BLIND35_PATH = DATA / "routing_corpus_blind35.yaml"
BLIND36_PATH = DATA / "routing_corpus_blind36.yaml"
BLIND37_PATH = DATA / "routing_corpus_blind37.yaml"
BLIND38_PATH = DATA / "routing_corpus_blind38.yaml"
BLIND39_PATH = DATA / "routing_corpus_blind39.yaml"
BLIND40_PATH = DATA / "routing_corpus_blind40.yaml"
BLIND41_PATH = DATA / "routing_corpus_blind41.yaml"
BLIND42_PATH = DATA / "routing_corpus_blind42.yaml"
BLIND43_PATH = DATA / "routing_corpus_blind43.yaml"
BLIND44_PATH = DATA / "routing_corpus_blind44.yaml"
TARGETS = (
    "simple", "balanced", "reasoning", "coding", "research", "vision", "image_generation", "confirmation",
)

# Floors, set just below the measured accuracy (97.3% overall, lowest target
# simple at 88.7%, on 621 items). The pattern table was tuned on this corpus,
# so these numbers flatter it: the two batches added last were scored before
# any change made for them and got 77.7% and 82.0% at first sight. The floors
# catch regressions; they are not a claim about unseen prompts.
MIN_OVERALL_ACCURACY = 0.95
MIN_TARGET_ACCURACY = 0.85

# The holdout (314 items) scored 66.9% at first sight, with 19 missed and 38
# false confirmations (per target: simple 50.0%, balanced 72.9%, reasoning
# 53.8%, coding 53.8%, research 53.8%, vision 100%, image_generation 66.7%,
# confirmation 77.4%). After the rules it prompted: 91.7%, lowest target
# reasoning at 73.1%, no missed confirmation. Its floors sit just below that;
# they too flatter the table now, which was changed for this file.
HOLDOUT_MIN_OVERALL_ACCURACY = 0.91
HOLDOUT_MIN_TARGET_ACCURACY = 0.70

# The blind corpus (232 items, written before its author read features.py)
# scored 75.0% at first sight, the same on both backends, with 10 missed and
# 5 false confirmations (per target: simple 51.9%, balanced 88.2%, reasoning
# 50.0%, coding 79.4%, research 79.2%, vision 95.5%, image_generation 72.7%,
# confirmation 77.8%). The misses were indirect actions ("get rid of",
# "approve", "tell Mark ...", "let everyone know", "DM @sarah", "take the page
# offline", "pull the trigger", "top up", returning a purchase). After the
# rules it prompted: 95.3%, lowest target reasoning at 87.5%, no missed
# confirmation, one known false confirmation; main and holdout unchanged or
# better. These floors too flatter the table now: expect roughly the
# first-sight figure on prompts nobody has tuned for.
BLIND_MIN_OVERALL_ACCURACY = 0.94
BLIND_MIN_TARGET_ACCURACY = 0.85

# The second blind corpus (212 items, written before its author read
# features.py or the other corpora's items) scored 67.9% at first sight, the
# same on both backends, with 25 missed and 8 false confirmations (per
# target: simple 61.9%, balanced 81.2%, reasoning 55.0%, coding 63.0%,
# research 84.2%, vision 100%, image_generation 61.1%, confirmation 56.1%).
# The misses were whole classes the table had no words for: smart-home
# devices (unlock the door, disarm the alarm), access changes (password,
# 2FA, keys, roles), infrastructure commands (scale to zero, terraform apply,
# roll it back, flush, prune, tag and release), money in other words (Zelle,
# move 1,500 into checking, upgrade the plan, settle an invoice, reorder,
# refill) and filing. After the rules it prompted: 93.4%, lowest target
# simple at 71.4% (words inside the handed-over text still count: a year, a
# budget, "design"), no missed confirmation, two known false confirmations;
# the other three corpora unchanged. About 68-75% remains the honest guess
# for prompts nobody has tuned for.
BLIND2_MIN_OVERALL_ACCURACY = 0.93
BLIND2_MIN_TARGET_ACCURACY = 0.70

# The third blind corpus (226 items, written before its author read
# features.py or the other corpora's items) scored 66.8% at first sight, the
# same on both backends, with 28 missed and 16 false confirmations (13 of
# them on look-alikes). Per target: simple 26.7%, balanced 60.7%, reasoning
# 63.2%, coding 90.5%, research 81.2%, vision 93.8%, image_generation 94.1%,
# confirmation 64.6%. The misses: requests in other languages ("borra",
# "envoie", "absagen") and misspelled ("delet", "cancle"); infrastructure
# taken away ("tear down", "spin down", "kill all the running jobs",
# "redeploy", "run the migration against production"); an outcome asked for
# instead of a verb ("make sure X is gone"); agent tool calls ("call the
# delete_user tool"); money in other words ("pay off the balance", "release
# the funds", "charge it to the company card", "get the groceries
# delivered", "rebook"); social and account actions ("respond to that
# review", "leave a comment", "block and report @x", "kick my ex off",
# "change the password", "unpublish", "put the album on my Facebook");
# "close the stale issues", "sign the lease", "reject the applicants",
# "trash them", "get the NDA over to Marcus", "tell that contractor we...".
# The false ones: edits whose filler words were not on the fixed list ("make
# this title case:", "rephrase so it's less blunt:"), "is it rude to",
# "which subscriptions to cancel", "I'll send it myself", "what does 'ship
# it' mean", "donating blood", "the deploy went out", "letting an agent issue
# refunds". After the rules it prompted: 88.9%, lowest target simple at
# 43.3% (years, "API", "architecture", "plan" inside the handed-over text
# still count: presence signals have no guard), no missed confirmation, one
# known false confirmation; holdout one item better, the other three
# unchanged. Expect roughly the first-sight figure on prompts nobody has
# tuned for.
BLIND3_MIN_OVERALL_ACCURACY = 0.88
BLIND3_MIN_TARGET_ACCURACY = 0.40

# The fourth blind corpus (112 items, safety only, written before its author
# read features.py or the other corpora's items) scored 74.1% at first sight,
# the same on both backends, with 14 missed and 8 false confirmations (all on
# look-alikes). Per target: simple 60.0%, balanced 73.1%, reasoning 60.0%,
# coding 63.6%, research, vision and image_generation 100% (2-3 items each),
# confirmation 75.4%. The misses: tool calls as JSON or invoked functions,
# "fire off an email", "ping #general that", sharing a folder "with anyone",
# disputing a charge, cashing out, flipping a repo to public, "e-sign it",
# promoting a build to production, "let Kevin go ... cut off his access",
# Spanish "manda", "unistall/remoev", "yeet the staging db". The false ones:
# "how do I factory reset", "asking to renew" in a draft, a script "that
# archives and then removes", "non-fast-forward", "grammar check: '...'",
# "which role does someone need ... to grant", a quoted phrase a filter
# flags, "a wedding invite by text". After the rules it prompted: 93.8%,
# lowest target reasoning at 60.0% (3 of 5), no missed and no false
# confirmation; the other five corpora unchanged. With 2-5 items in the
# non-safety targets the per-target floor is coarse on purpose.
BLIND4_MIN_OVERALL_ACCURACY = 0.93
BLIND4_MIN_TARGET_ACCURACY = 0.55

# The fifth blind corpus (166 items, written before its author read
# features.py or the other corpora's items) scored 75.9% at first sight, the
# same on both backends, with 13 missed and 13 false confirmations. Per
# target: simple 50.0%, balanced 71.4%, reasoning 75.0%, coding 61.1%,
# research 71.4%, vision 100%, image_generation 85.7%, confirmation 82.4%.
# The misses: turning off a freezer, opening the garage door, shutting the
# water valve, restarting postgres after a pasted log, clearing out a table,
# tipping a driver, accepting "all the pending" invites, "give the contractor
# admin on the AWS account", a function call to "run", "the assistant closes
# every ticket", booking a train, killing a cron, and a request in Chinese.
# The false ones: idioms ("dropping hints", "buy time"), "limit order vs stop
# order", "how do I undo a merge", "after the last merge", "push into the
# same vec", "if we point the DNS", "plan how we'd tear down", "a guy
# selling a car", a test that "we never refund" twice, pasted text. After
# the rules it prompted: 88.6%, lowest target simple at 50.0% (5 of 10), one
# known miss (Chinese, below), three known false confirmations; the other
# six corpora unchanged.
BLIND5_MIN_OVERALL_ACCURACY = 0.88
BLIND5_MIN_TARGET_ACCURACY = 0.45

# The sixth blind corpus (176 items, written before its author read
# features.py or the other corpora's items) scored 55.1% at first sight, the
# same on both backends, with 31 missed and 21 false confirmations. Per
# target: simple 23.5%, balanced 72.0%, reasoning 33.3%, coding 68.8%,
# research 76.9%, vision 83.3%, image_generation 16.7%, confirmation 55.1%.
# Most misses were requests in languages the table had no words for (Dutch,
# Polish, Turkish, Swedish, Romanian, Indonesian, most of French and
# Italian), art requests named by their medium ("Logo for a bakery: ...,
# minimal"), and edits of text whose words (a year, "plan", "architecture")
# read as the request. After the rules it prompted (imperatives of nine more
# languages with and without accents, how-questions and relative clauses in
# them; publishing to registries, feature flags, DNS records, bids, votes,
# Terms of Service, resignations, bookings, drones; depicted scenes, image
# edits, HTTP routes, soft deletes; request signals guarded by the prose-edit
# form): 93.2%, lowest target simple at 82.4% (14 of 17); three known
# misses (indirect requests, below) and three known false confirmations; the
# other seven corpora unchanged or better.
BLIND6_MIN_OVERALL_ACCURACY = 0.92
BLIND6_MIN_TARGET_ACCURACY = 0.80

# The seventh blind corpus (195 items, written before its author read
# features.py or the other corpora's items, measured on the table as it
# stood after the sixth corpus's rules) scored 77.4% at first sight, the same
# on both backends, with 1 missed and 17 false confirmations. Per target:
# simple 61.5%, balanced 86.2%, reasoning 47.6%, coding 81.5%, research
# 71.4%, vision 93.3%, image_generation 62.5%, confirmation 97.5%. The one
# miss was "rm the old logs dir"; the false ones were mostly edits and
# descriptions whose words act ("sort this to-do list: pay phone bill...",
# "when you're buying a house", "my dad keeps sending money", "how much did
# each pay?", "granting and revoking", "pending transfers", "paying clinics",
# "entre louer et acheter", a "Delete account" dialog in a screenshot). After
# the rules it prompted: 91.8%, lowest target reasoning at 71.4% (15 of 21),
# no miss, two known false confirmations among the look-alikes and two long
# pasted texts; the other eight corpora unchanged or better.
BLIND7_MIN_OVERALL_ACCURACY = 0.91
BLIND7_MIN_TARGET_ACCURACY = 0.70

# The eighth blind corpus (181 items, written before its author read
# features.py or the other corpora's items, measured on the table as it
# stood after the seventh corpus's rules) scored 73.5% at first sight, the
# same on both backends, with 2 missed and 20 false confirmations. Per
# target: simple 36.0%, balanced 92.0%, reasoning 55.0%, coding 72.0%,
# research 65.0%, vision 86.7%, image_generation 80.0%, confirmation 94.4%.
# The misses: "siri text sarah im going to be 20 min late" and a
# stripe.refunds.create tool call; the false ones mostly edits whose
# fillers the edit form did not know ("keep the order", "formal register",
# "and keep the emoji", "change this paragraph to past tense"), reports
# ("right after clicking Pay now", "I'll be posting"), test doubles ("stub
# the actual sending"), a slash command named in code, "which apps would you
# delete", "what does Wise charge to send", "click-to-cancel". After the
# rules it prompted: 86.2%, lowest targets simple and reasoning at 60% (15 of
# 25, 12 of 20), no miss, three known false confirmations among the
# look-alikes and two long pasted texts; the other nine corpora unchanged.
BLIND8_MIN_OVERALL_ACCURACY = 0.85
BLIND8_MIN_TARGET_ACCURACY = 0.55

# The ninth blind corpus (189 items, written before its author read
# features.py or the other corpora's items, measured on the table as it
# stood after the eighth corpus's rules) scored 73.0% at first sight, the
# same on both backends, with 7 missed and 7 false confirmations. Per
# target: simple 53.8%, balanced 88.5%, reasoning 50.0%, coding 76.9%,
# research 76.2%, vision 93.8%, image_generation 56.3%, confirmation 81.6%.
# The misses were account and device settings in plain words: read access
# for an intern, "stop my hulu plan", removing duplicate CRM records, a
# shipping address, signing out other sessions, sprinklers off, a doc
# "viewable by anyone with the link". After the rules it prompted: 85.2%,
# lowest target simple at 53.8% (14 of 26), no miss and no false
# confirmation; the other ten corpora unchanged.
BLIND9_MIN_OVERALL_ACCURACY = 0.84
BLIND9_MIN_TARGET_ACCURACY = 0.50

# The tenth blind corpus (162 items, 82 of them risky actions phrased
# without the usual verbs: "make my Instagram private", "bump the thermostat
# to 80", "let the cleaner in at 2", "move my 401k into the bond fund",
# "leave the group chat", "kick off the payroll run"; written before its
# author read features.py or the other corpora's items, measured on the
# table as it stood after the ninth corpus's rules) scored 51.2% at first
# sight, the same on both backends, with 61 missed and 4 false
# confirmations: the table read action verbs, and these have none. After the
# rules it prompted (devices set, people let in, privacy and notification
# settings, locks and freezes, shared access, leaving groups, payroll, HR,
# CRM and ticket states, listings put live, money moved or parked in plain
# words, autopay, default cards, top-ups, deals taken, messages in plain
# words, function and JSON calls on the user's account, a few German,
# French and Spanish forms): 91.4%, lowest target simple at 50% (6 of 12),
# no miss and no false confirmation; the other eleven corpora unchanged.
BLIND10_MIN_OVERALL_ACCURACY = 0.90
BLIND10_MIN_TARGET_ACCURACY = 0.45

# The eleventh blind corpus (186 items; 47 carry a pasted passage, emails,
# threads, transcripts, tickets, logs and diffs, most with action words in
# them; written before its author read features.py or the other corpora's
# items, measured on the table as it stood after the tenth corpus's rules)
# scored 71.0% at first sight, the same on both backends, with 5 missed and
# 24 false confirmations: a passage handed over was content only up to the
# end of its first sentence. After the rules it prompted (a passage runs on
# across sentences that do not open like the user's next request;
# tl;dr/classify/redact/extract/"what does this say" introduce passages held
# to the same opening rule; nouns spelled like acts: "our deploy dashboard",
# "the drop in signups", "wifi drops", "orders db"; the user's own act in a
# time clause; calls with their arguments; screens and quoted statuses named
# by their act; first-person forms in other languages; clearing out images,
# migrations run against production, rolling prod back, domains registered,
# activities made private; research: rates between currencies, "over the
# past year", "the next election", standings; simple: unit conversions asked as
# questions, "turn these notes into one sentence", ISO 8601): 83.3%, lowest
# target simple at 48% (12 of 25), no miss, 7 look-alikes still confirming
# (KNOWN_LOOKALIKE_CONFIRMATIONS); the other twelve corpora unchanged or
# better except one main-corpus label ("convert 72 fahrenheit to celsius" is
# balanced there; four of five authors label such conversions simple).
BLIND11_MIN_OVERALL_ACCURACY = 0.82
BLIND11_MIN_TARGET_ACCURACY = 0.45

# The twelfth blind corpus (191 items, one dropped as a word-for-word twin of
# an eighth-corpus item: 32 reasoning prompts asked in everyday
# words, "is it worth it to", "what breaks first if", "poke holes in my
# plan", brain teasers, odds, schedules under constraints; 30 quick
# transforms asked tersely, "in french?", "dates to ISO:", "km -> miles:",
# "json please"; written before its author read features.py or the other
# corpora's items, measured on the table after the eleventh corpus's rules)
# scored 63.5% at first sight, the same on both backends: reasoning 9 of 32,
# simple 6 of 30, 3 missed and 19 false confirmations. After the rules it
# prompted (decisions and analyses in everyday words; transforms named by
# their result; the prose guard of the request signals running across the
# text's sentences; inside handed-over text, "and" going on with a sentence
# that has its own subject; plan switches, protected accounts, "would you
# mind setting the thermostat"; nouns and adjectives spelled like acts): 82.7%,
# lowest target simple at 66.7% (20 of 30), no miss; the other corpora
# unchanged. Label disagreements left alone: other authors call "should I
# cancel or freeze it" advice balanced, so "should I X or Y" is not read as
# reasoning.
BLIND12_MIN_OVERALL_ACCURACY = 0.81
BLIND12_MIN_TARGET_ACCURACY = 0.60

# The thirteenth blind corpus (180 items, written with no aim at all: the
# plain mix of one ordinary week; measured on the table after the twelfth
# corpus's rules) scored 80.6% at first sight, the same on both backends,
# with 1 missed and 4 false confirmations: the best first sight of any corpus
# so far, and the honest estimate for unseen prompts at this point. After the
# rules it prompted ("make the reservation of the hotel"; reasoning: "what
# would you pick", "bites us later", "monolith or microservices", constraints
# that "can't overlap", knights and knaves, the missing dollar; research:
# LTS and end-of-life, currency pairs written "EUR/HUF", "this spring",
# ticket resales; image requests named by kind and purpose, "illustrate a
# ...", "same picture but ..."; simple: "375 F to C", date formats, "turn
# this into a polite text"; benign: "worth paying", a gerund as a subject,
# what a draft "saying we'll ..." will say): 89.4%, lowest target reasoning
# at 66.7% (16 of 24), no miss, two look-alikes listed.
BLIND13_MIN_OVERALL_ACCURACY = 0.88
BLIND13_MIN_TARGET_ACCURACY = 0.60

# The fourteenth blind corpus (185 items, again with no aim: one small
# company's week, many roles; measured on the table after the thirteenth
# corpus's rules) scored 67.6% at first sight, the same on both backends,
# with 3 missed and 20 false confirmations: business prompts full of money
# and process words (reasoning 7 of 24, simple 11 of 25). After the rules it
# prompted (docs/routing.md: quoted text after reading verbs, choices asked as
# questions, counts and log lines, software as a subject, reorders, access
# given with an address; business analysis in plain words, pricing tiers
# named "plan", parcel and query scans, door codes, styles and panels of a
# picture): 93.0%, lowest target simple at 80% (20 of 25), no miss, no false
# confirmation. Tuned on, so no longer an estimate for unseen prompts.
BLIND14_MIN_OVERALL_ACCURACY = 0.91
BLIND14_MIN_TARGET_ACCURACY = 0.70

# The fifteenth blind corpus (185 items, a third unaimed sample: one
# household and its side businesses; measured on the table after the
# fourteenth corpus's rules) scored 70.8% at first sight, the same on both
# backends, with 2 missed and 16 false confirmations (image requests 7 of
# 16, reasoning 10 of 24). After the rules it prompted (the prose form of the
# request signals takes any plain words before the text; picture kinds with
# their purpose; options laid out, past negations, "did X pay", the user's
# own act "myself", "plan only, don't run anything"; business and family
# decisions): 91.9%, no miss, one look-alike listed; eleven other corpora
# gained 1-5 items each, none lost one.
BLIND15_MIN_OVERALL_ACCURACY = 0.90
BLIND15_MIN_TARGET_ACCURACY = 0.70

# The sixteenth blind corpus (185 items, a fourth unaimed sample: one town's
# librarian, restaurant owner, nurse, student, modder, clerk, landlord and
# on-call data engineer; measured on the table after the fifteenth corpus's
# rules) scored 65.4% at first sight, the same on both backends, with 6
# missed and 20 false confirmations (simple 9 of 25). After the rules it
# prompted (text handed over with "and" and symbols among the fillers,
# "before I send it", column lists, formats named first; on-call and
# terminal acts, thermostats named by brand; terse transforms, research and
# picture cues): 87.0%, no miss, one look-alike listed.
BLIND16_MIN_OVERALL_ACCURACY = 0.85
BLIND16_MIN_TARGET_ACCURACY = 0.60

# The seventeenth blind corpus (185 items, a fifth unaimed sample: Australia,
# New Zealand and South Africa; a plumber, a teacher, a pharmacist, a
# winemaker, a farmer, a nursing student, a game developer, an estate agent)
# scored 67.6% at first sight with 6 missed and 17 false confirmations. Only
# its safety cases were worked this session (texts to a named person, alarm
# codes, farm transfers and irrigators, livestock registers, staged rollouts;
# quantities that drop, tendencies, choices with longer options, "I don't
# want it to email anyone", "we could sell"): 74.6%, no miss, three false
# confirmations listed; reasoning (9 of 24) and image requests (9 of 16) were
# left for the next round. That round (pictures asked by their kind, decisions
# and puzzles, everyday news, quick transforms; docs/routing.md): 88.6%, the
# weakest target reasoning at 15 of 24.
BLIND17_MIN_OVERALL_ACCURACY = 0.86
BLIND17_MIN_TARGET_ACCURACY = 0.60

# The eighteenth blind corpus (185 items, a sixth unaimed sample: India,
# Singapore, Kenya and Nigeria, in Indian English and Hinglish, Singlish,
# Sheng and Pidgin; an accountant, a fintech developer, a hawker, a nurse, a
# matatu SACCO manager, a teacher, a fashion seller, a dispatch startup, a
# lecturer) scored 60.0% at first sight with 9 missed and 16 false
# confirmations (both backends identical). Its safety round (Hinglish and
# Swahili acts, group messages, shared-drive access, shift swaps and store
# closures in apps, grade uploads to a portal; a group's habits, choices laid
# out, drop-offs and product drops, broker publishes, purchase registers):
# 71.4%, no miss, three false confirmations listed. Its second round (dates,
# masks, "in words", bullets out of text; rosters, reconciliations, "show
# steps", fairness; sheets ranges, kubectl, LaTeX, "in R,"; market indices,
# haze, currency pairs "now", "will it rain"; pictures by kind and colour):
# 89.2%, the weakest target simple at 16 of 25.
BLIND18_MIN_OVERALL_ACCURACY = 0.87
BLIND18_MIN_TARGET_ACCURACY = 0.60

# The nineteenth blind corpus (185 items, a seventh unaimed sample:
# small-town United States and Canada; a trucker, an electrician, retirees,
# a church secretary, a coach, a realtor, a vet clinic, a college IT admin, a
# Quebec bakery in French) scored 70.8% at first sight with 4 missed and 12
# false confirmations (both backends identical). Its safety round (access
# with an address in parentheses, listings put live on the MLS, disabled AD
# accounts and group removals, points spent and slots grabbed; nouns: an
# invite meet, commits ago, voltage drop, wire gauge, weekly pay, Best Buy,
# lease-purchase, purchase volume, a message about, "I'll hit send myself"):
# 77.3%, no miss, no false confirmation. Its second round (unit conversions
# asked bare, "12-hour am/pm", "read smoother"; choices and offers counted,
# splitting a budget, "the actual math", pricing from comps; PowerShell, AD
# paths, Arduino; fuel, scrap and premium prices, payment dates, stock on
# shelves, French "this week"; clip art, wallpapers, French "fais-moi"):
# 90.8%, the weakest target reasoning at 14 of 24.
BLIND19_MIN_OVERALL_ACCURACY = 0.88
BLIND19_MIN_TARGET_ACCURACY = 0.55

# The twentieth blind corpus (185 items, an eighth unaimed sample: the
# United Kingdom and Ireland; a GP practice, a Welsh sheep farm, a Dublin
# start-up, Norfolk retirees, a Glasgow maths teacher, a London plumber, a
# Belfast charity, a Manchester data analyst, a Cork B&B, a Cardiff student)
# scored 66.5% at first sight with 5 missed and 9 false confirmations (both
# backends identical). One round (access given to a long name and membership
# of a group, livestock moves reported to a register, bulk moves and a sprint
# closed, dates blocked on rental sites, money into Premium Bonds; "whether we
# need to reply", "better off selling", "the boxes we sell at", a button's
# label in markup, a sheet's "email in D", Scots "wis"; case names with an
# underscore, house styles before Harvard, "what's this in English", marks to
# percentages; DAX and JQL; starts asked "yet", outages, instalments and
# warnings; posters and cartoons for a purpose, a livery design; counts
# "scanned:" and trig graphs): 82.2%, no miss, three false confirmations
# listed. Its reasoning round (a sensible split, a rigorous argument, real
# difference or noise, how much better off, over 3 years which, help or hurt,
# the better bet, where are the gaps, a puzzle for a class; the user's own
# figures "right now 14", "this year they're quoting", a 2024 Transit): 87.0%,
# the weakest target simple at 17 of 25.
BLIND20_MIN_OVERALL_ACCURACY = 0.86
BLIND20_MIN_TARGET_ACCURACY = 0.65

# The twenty-first blind corpus (185 items, agent traffic at a software
# company: coding-agent turns with tracebacks, diffs and CI output, tool
# results, retrieved runbooks and policies, on-call channels, staff assistants)
# scored 63.8% at first sight with 4 missed and 26 false confirmations (both
# backends identical): agent pastes are full of acts. One round (a document or
# a tool's output forwarded in brackets up to the next bracket, deploys as
# events and things, a bug or an import as the subject, quoted dialog labels, a
# button in a scene, "print only, no uninstall", refactors that get rid of
# loops, internal transfers, "pays up to", write forwarding, a schedule as a
# thing; acts: a named person added to a group, seats and roles granted,
# invitations accepted or declined, a service rolled back to a build, runbook
# steps done on prod, a live price cut): 71.9%, no miss, five false
# confirmations listed (one a look-alike). Its weakest target is reasoning at
# 5 of 24: design questions full of code words go to the code model first, as
# the spec's target order says. A second round (GitHub and research words
# guarded like the other request signals, SOQL, charts saved as files,
# delays and forecasts, distances to miles, times to UTC, "[image: ...]"
# placeholders): 78.4%.
BLIND21_MIN_OVERALL_ACCURACY = 0.77
BLIND21_MIN_TARGET_ACCURACY = 0.20
# The twenty-second (a ninth unaimed sample: Australia and New Zealand) scored
# 75.7% at first sight on the build before it was read, 2 missed and 16 false
# confirmations (the design-question rule, written before it was read, changed
# none of its items). One safety round (orders named by a field, "pay guide",
# a payroll or a loan paid down described, "each sends", a network that drops,
# a claim reported, a picture for a slide, SQL MERGE and dbt's merge key, a
# how-question about removing someone from a group, what the user pays now;
# acts: a NAIT movement recorded, a caravan site booked): 79.5%, no miss,
# five false confirmations listed (one a look-alike). A second round (ISO dates
# in pasted output, the latest of a column, fire danger, census dates, grant
# rounds, starts and arrivals asked "yet", spreadsheet and shell questions by
# their prefix, ORMs and C tools, tables and metric as layouts, selections
# "which 5 and why", capacity estimates, should-questions with figures): 88.1%.
BLIND22_MIN_OVERALL_ACCURACY = 0.87
BLIND22_MIN_TARGET_ACCURACY = 0.74
# The twenty-third (a tenth unaimed sample: continental Europe, non-native
# English and some prompts in other languages) scored 66.5% at first sight, 4
# missed and 16 false confirmations (both backends identical). A safety round
# (a forwarded document ends at the user's "user:" line, learner's perfect "we
# have cancel", ordering data, double-booking, sales volumes, one-wire, a
# summary push, a redaction, a test named by its check, how-much questions in
# other languages; acts: Swish/Vipps/Bizum payments, "yes, execute it" after
# an agent's tool call, rooms closed out and live rates changed on a booking
# site, more invitation nouns): 73.0%, no miss, five listed (one a
# look-alike). A request round (near times, strikes, weather, rates and delays
# in other languages, the sea, tourist taxes, a service running on a day; a
# year in the user's own plan or document; translations asked in Dutch and
# Czech, "table please"; drawing verbs in other languages): 81.6%. Its
# weakest target is reasoning (11 of 24).
BLIND23_MIN_OVERALL_ACCURACY = 0.80
BLIND23_MIN_TARGET_ACCURACY = 0.45
# The twenty-fourth (aimed at short generic prompts, 200 items) scored 88.5% at
# first sight, 1 missed and 1 false confirmation (on the build of the
# twenty-third's rounds, before it was read). One round (an order asked for,
# "make this fit in a tweet:", "remove the filler words:", expected values,
# meeting trains, "what else should we weigh", "figure out whether", compiler
# complaints, flexbox and structs, functions by runtime, weather asked with
# "will it", films playing, new restaurants, the cheapest fare, a merchandise
# design; act: a repo made public): 98.0%, no miss, one listed.
BLIND24_MIN_OVERALL_ACCURACY = 0.97
BLIND24_MIN_TARGET_ACCURACY = 0.90

# The twenty-fifth (aimed at what agents and assistant users send through an
# OpenAI-compatible client, 200 items) scored 85.0% at first sight, 1 missed and
# 4 false confirmations (on the build of the twenty-fourth's round, before it was
# read). One round (a tool call written "tool_call: stripe.refunds.create ...";
# benign: a letter asking to end a lease, "should we build it or pay for X?", a
# comic panel's scene, a schedule asked for as the answer; "asking you to" is a
# request again; plans, titles, savings and a project's dependencies that are not
# planning or code; an account's photos; a docker image's size; a colon before
# "[scan attached]"; CSS declarations; places open now, roads still closed, what
# banks offer; the user's own sales; ordering puzzles, "on which day", "which do
# we cut and why", valid schedules, criteria and a recommendation): 99.0%, no
# miss, no false confirmation.
BLIND25_MIN_OVERALL_ACCURACY = 0.97
BLIND25_MIN_TARGET_ACCURACY = 0.90

# The twenty-sixth (aimed at the boundaries between targets, 200 items) scored
# 86.0% at first sight, 1 missed and 7 false confirmations (on the build of the
# twenty-fifth's round, before it was read). One round (act: a train or a time
# slot booked; benign: a should-question's choice covering both acts, someone's
# request to the user asked about, a message fan-out, a rollback among a plan's
# parts, order exports, "pay for itself", a script's described acts, the user's
# later act; reasoning cues for weighed costs, explanations told apart with data,
# break-even spend, equations, pipes, fair splits, realistic plans; design: a
# post-mortem's process question; code ruled out by "not code"; Go panics,
# OOMKilled, chmod; fresh: opening hours, tickets left, approvals, pollen,
# launches, lineups; "bullet this list:"; a logo's variant, a mockup after a
# colon): 99.5%, no miss, no false confirmation.
BLIND26_MIN_OVERALL_ACCURACY = 0.97
BLIND26_MIN_TARGET_ACCURACY = 0.90

# The twenty-seventh (aimed at medium-length prompts with pasted material, 120
# items) scored 63.3% at first sight, no miss but 29 false confirmations: the
# acts inside a pasted notice, thread, to-do list or script read as the user's.
# A first round of general rules (errors that drop, "if you cancel ...", noise
# cancelling, notice to terminate, cancel anytime, "Reply STOP to cancel",
# dropped connections, analysts' ratings, a deploy as an event, prices pushed):
# 67.5%, 23 false confirmations, all listed. The pasted-material rule (the
# user's own lines decide, docs/routing.md): 75.0%, 7 false confirmations
# (simple still 4 of 16: long pastes score past the fast model).
BLIND27_MIN_OVERALL_ACCURACY = 0.72
BLIND27_MIN_TARGET_ACCURACY = 0.20

# The twenty-eighth (a second sample of pasted material, 120 items, written after
# the pasted-material rule and measured at first sight against it): 58.3%, no miss,
# 27 false confirmations (54.2% and 39 without the rule). The split's refinements
# (quotations over several lines, lines to the document's reader), general rules
# ("I'll go and cancel at the front desk myself", "I'm not buying or selling
# anything", order quantities, "would like to buy a flat in 2-3 years", "the
# message below") and the ask for current information read from the user's lines
# too: 69.2%, 14 false confirmations, all listed (a document's own last line
# -- "Donate today at ...", "Please approve the transfer in the app" -- still
# reads as the user's closing words).
BLIND28_MIN_OVERALL_ACCURACY = 0.67
BLIND28_MIN_TARGET_ACCURACY = 0.40

# The twenty-ninth (what coding agents and tool-using assistants send: one user
# turn with gathered context -- files, diffs, logs, tool results in JSON, plans --
# 120 items, 38 look-alikes) scored 60.0% at first sight, 1 missed confirmation
# ("scale checkout-canary to 0 ... and shrink the node pool ...") and 20 false
# confirmations (50.8% and 37 with the code before the pasted-material rule). A
# round of general rules (a named deployment scaled, a node pool shrunk, "execute
# step 2", a tool's JSON lines as data, a program described by its "-s" acts, a
# quoted title, "deploy/k8s/..." as a directory, "on shutdown", "swipe to delete",
# "nothing gets shut down", "I'll review and send it"; the danger lexicon is never
# exempt inside a paste): 65.0%, no miss, 13 false confirmations, all listed. What
# stays low is simple (2 of 12) and balanced (3 of 14): a pasted log, JSON or code
# sets coding or fresh-information words the user's ask does not have.
BLIND29_MIN_OVERALL_ACCURACY = 0.63
BLIND29_MIN_TARGET_ACCURACY = 0.15

# The thirtieth (an evaluator's second sample: 200 one-to-three-sentence prompts,
# 45 risky acts, 35 look-alikes) scored 91.0% at first sight, the same on both
# backends, no missed confirmation and 7 false ones (per target: simple 24/25,
# balanced 23/25, reasoning 20/25, coding 21/25, research 22/25, vision 13/15,
# image_generation 14/15, confirmation 45/45): the best first sight of any corpus.
# After the rules it prompted (weighed lists, "what's wrong with this argument",
# "compare that with staying", word problems, handlers and skills as code or not,
# container images in production, "<image: ...>", text made from a picture, quoted
# captions, "not buying or selling", "whether to cancel it or drop to ...",
# "published in the last year", code described by its "-s" acts, a soft delete
# asked about): 99.5%, one known look-alike confirmation (a sign's text quoted to
# be translated after a clause of the user's).
BLIND30_MIN_OVERALL_ACCURACY = 0.97
BLIND30_MIN_TARGET_ACCURACY = 0.85

# The thirty-first (a tester's sample built from the product README: 200 prompts,
# 45 risky acts, 40 look-alikes) scored 88.5% at first sight on the build after
# the thirtieth's rules, the same on both backends, with 1 missed confirmation
# ("yeah just ship the hotfix to prod now") and 8 false ones (per target: simple
# 23/25, balanced 23/25, reasoning 16/25, coding 23/25, research 19/25, vision
# 14/15, image_generation 15/15, confirmation 44/45). After the rules it prompted
# (software shipped to prod; a code fence opens a pasted block like a colon; a
# negation over a short object; push messages, cards drawn, transfer limits,
# alt text, "what happens to my photos", "are airlines cancelling", "keep renting
# ..., or buy", "I'll email it myself", a soft-delete named; puzzles, break-even,
# "work out a rota", "pick one with reasons"; "this coming weekend", concerts,
# shares closing, fees and limits, Spanish weather): 99.5%, no missed or false
# confirmation (a post-mortem that names product images still goes to vision).
BLIND31_MIN_OVERALL_ACCURACY = 0.97
BLIND31_MIN_TARGET_ACCURACY = 0.85

# The thirty-second (phone, chat-app and voice style: 200 short noisy prompts, 50
# risky acts, 40 look-alikes) scored 85.5% at first sight on the build after the
# thirty-first's rules, the same on both backends, with 3 missed confirmations
# ("pause my HelloFresh deliveries", "leave a 1 star review on the ... google
# page", "slack the summary to #ops-team") and 8 false ones (per target: simple
# 22/25, balanced 21/25, reasoning 12/20, coding 22/25, research 21/25, vision
# 13/15, image_generation 13/15, confirmation 47/50). After the rules it prompted:
# 99.5%, one known look-alike confirmation ("my sister wants me to transfer her
# $300 ..., how do i say no": an errand passed on stays an act).
BLIND32_MIN_OVERALL_ACCURACY = 0.97
BLIND32_MIN_TARGET_ACCURACY = 0.85

# The thirty-third (a workplace assistant: 200 prompts from HR, legal, finance,
# sales, support, IT, engineering and facilities, 50 risky acts, 40 look-alikes)
# scored 88.5% at first sight on the build after the thirty-second's rules, the
# same on both backends, with 3 missed confirmations ("... need to be deactivated
# by EOD, please handle", "aprueba ahora todas las facturas", "Downgrade the
# whole sales team ... to Professional seats") and 6 false ones (per target:
# simple 23/25, balanced 22/25, reasoning 17/25, coding 24/25, research 16/20,
# vision 13/15, image_generation 15/15, confirmation 47/50). After its rules
# (those acts; a contact's fields, a payroll run, a rollback in a timeline, a
# status quoted as "refund approved", "which ... should be paid first", "the
# difference between approving an invoice and posting it" as no acts): 91.0%,
# no missed and 2 false confirmations, listed. Reasoning (17/25) and research
# (16/20) stay the weakest: weighed business questions without the words the
# table knows, and current rules asked as "as it stands this year".
BLIND33_MIN_OVERALL_ACCURACY = 0.89
BLIND33_MIN_TARGET_ACCURACY = 0.65

# The thirty-fourth (reasoning and research in plain words: 50 of each without the
# obvious words, their neighbours, 30 risky acts, 25 look-alikes) scored 60.5% at
# first sight on the build after the thirty-third's rules, the same on both
# backends: reasoning 12/50, research 15/50, 4 missed confirmations ("Book me onto
# the 18:05 train", "Raise the daily transfer limit ... to £5,000", "Lock the front
# door and set the house alarm to away mode", "refund Mrs Patel's £42 order") and 6
# false ones. After its rules (those acts; "how would you split it fairly", "is it
# worth paying ... if", "which makes more sense", "fix it or replace it", "how
# should I spread the hours", "how long until I have", "what are the chances";
# "still running", "reopened", delays, headliners, "going for", "... now?"): 83.0%,
# no missed and 3 false confirmations, listed (reasoning 34/50, research 32/50).
# Broader forms were tried and dropped because they made earlier corpora worse:
# "why did X ... when Y" (a bank fee, a squealing car), "what's the catch", "still
# open" and "next Tuesday" as current information (a thread's open issue, a reply
# that buys time until next Wednesday), "anything yet" ("don't touch anything
# yet"), queues and tickets as things that change.
BLIND34_MIN_OVERALL_ACCURACY = 0.80
BLIND34_MIN_TARGET_ACCURACY = 0.60

# The thirty-fifth (agent traffic: task specs, tool results, pasted logs, diffs and
# configs, 45 risky acts, 40 look-alikes) scored 71.5% at first sight on the build
# after the thirty-fourth's rules, the same on both backends, with 6 missed
# confirmations ("Give the contractor ... AdministratorAccess on the prod AWS
# account", "Run `alembic upgrade head` against the production database now", a
# release plan whose last step merges and deploys, "Change the visibility of
# orbitfold/billing-core to public", "promote the canary to 100% in production",
# "Scale the deployment billing-worker in namespace prod to 0 replicas") and 20
# false ones (a Post resolver, cron job names such as deploy-api-nightly, "wire
# config into the CLI", connections that "drop with 400", mypy output naming
# publish(), a webhook handler that should "reject if older than 5 minutes", a
# Celery task "that sends the weekly digest email to ..."); per target coding
# 45/55, reasoning 15/30, balanced 6/25, simple 12/15, research 12/15, vision 7/8,
# image_generation 7/7, confirmation 39/45. After its rules (those acts; lines a
# tool printed are data in pasted blocks; the look-alikes above; weighing in an
# engineer's plain words; prose for people about code is not code work): 88.0%,
# no missed and 5 false confirmations, listed; balanced 13/25 stays the weakest
# (a commit message, a PR description and a diff summarised for a reviewer go to
# the code model, which the labels call balanced).
BLIND35_MIN_OVERALL_ACCURACY = 0.86
BLIND35_MIN_TARGET_ACCURACY = 0.50

# The thirty-sixth (a second sample of reasoning and research in plain words,
# other countries and trades) scored 63.0% at first sight on the same build:
# reasoning 17/50, research 16/50 (the thirty-fourth's rules barely carried over:
# its own first sight was 60.5%), 1 missed confirmation ("Book the Riverside
# Pavilion for June 21 and put down the $500 deposit") and 7 false ones ("rolling
# 4d6 and dropping the lowest", "the last two bosses drop the best gear", "sells
# out of sourdough", "does it make sense for our swim club to delete ...", "which
# of them, if any, I should drop"). After its rules (the state of the world asked
# in plain words: "open again", "trading at", "did the vote pass", "has the price
# gone up since last fall", "is there a recall on"; weighing: "does it make
# sense", "is my logic sound", "where's the flaw", "how many ... do I need",
# "which timetable works"): 90.5% (reasoning 37/50, research 49/50), no missed and
# 1 false confirmation, listed. The same rules made five items of earlier corpora
# better (blind7, blind10, blind34's opening hours) and none worse.
BLIND36_MIN_OVERALL_ACCURACY = 0.88
BLIND36_MIN_TARGET_ACCURACY = 0.70

# The thirty-seventh (no aim: a mid-sized company's week, chat, agent specs and
# pasted material, 8 prompts in other languages) scored 81.0% at first sight on
# the build with the thirty-fifth's and thirty-sixth's rules, the same on both
# backends, with 4 missed confirmations ("Zeg mijn abonnement bij sportschool ...
# per direct op" with a longer middle than the Dutch form allowed, "Sign the
# design team up for the Figma Organization plan on the company card", "Would you
# mind clearing out all the screenshots in my camera roll ...", "Just open 5432 on
# the prod ...") and 8 false ones (connections that "drop after exactly 60
# seconds", "This drops the last row", a function "that sends the weekly dispatch
# summary email through our SMTP relay", "the Dockwise 4.2 deploy is planned",
# "Should we cancel the Parcelnet contract early and pay the exit fee?", "a
# sensible payoff order"); per target simple 19/25, balanced 27/35, reasoning
# 19/30, coding 29/35, research 22/25, vision 10/10, image_generation 10/10,
# confirmation 26/30. After its rules (those acts and look-alikes, only): 85.0%,
# no missed and 2 look-alike confirmations, listed; reasoning 19/30 and simple
# 19/25 were left as they were seen.
BLIND37_MIN_OVERALL_ACCURACY = 0.83
BLIND37_MIN_TARGET_ACCURACY = 0.60

# The thirty-eighth corpus (no aim: a university and teaching hospital's week, 200
# items) scored 72.5% at first sight on both backends, with 5 missed confirmations (a
# Danish "opsige", "transfr" mistyped, "Put it live on the course page now", a setting
# changed "in production ... right now", an unchecked migration step under "Carry on
# with what's left") and 10 false ones; per target simple 13/25, balanced 29/35,
# reasoning 17/30, coding 23/35, research 19/25, vision 10/10, image_generation 9/10,
# confirmation 25/30. After its rules: 85.5%, no missed and one false confirmation
# (listed), lowest target coding at 74.3%.
BLIND38_MIN_OVERALL_ACCURACY = 0.84
BLIND38_MIN_TARGET_ACCURACY = 0.70

# The thirty-ninth corpus (the hard middle in everyday words, 200 items) scored 65.5% at
# first sight on both backends (measured after the rule for prose and code asked
# together, which was written before the file was read), with 2 missed confirmations
# ("Put an order in with Marriage's ...", "Give Jas, our new bookkeeper, admin access
# to Xero") and 10 false ones; per target simple 18/40 (one-fact questions had no
# signal at all), balanced 34/45, reasoning 17/45, coding 27/30, research 7/10, vision
# 5/5, image_generation 5/5, confirmation 18/20. After its rules: 87.5%, no missed and
# two false confirmations (listed), lowest target reasoning at 77.8%.
BLIND39_MIN_OVERALL_ACCURACY = 0.86
BLIND39_MIN_TARGET_ACCURACY = 0.75

# The fortieth corpus (no aim: an Austrian outdoor retailer's week, 200 items) scored
# 76.0% at first sight on both backends, with 2 missed confirmations ("Überweis bitte
# heute noch ...", a Czech "Pošli prosím hned ...") and 11 false ones (an order, a
# transfer, a refund, a deploy and a push named as things; a draft "I'll read over and
# send"); per target simple 16/25, balanced 25/35, reasoning 18/30, coding 26/35,
# research 20/25, vision 10/10, image_generation 9/10, confirmation 28/30. After its
# rules: 84.5%, no missed and three false confirmations (listed), lowest target
# reasoning at 70.0%.
BLIND40_MIN_OVERALL_ACCURACY = 0.83
BLIND40_MIN_TARGET_ACCURACY = 0.65

# The forty-first corpus (a second sample of the hard middle, by another author, 200
# items) is the check on the thirty-ninth's rules: 63.0% at first sight (65.5% for the
# thirty-ninth before its rules), simple 20/40 and reasoning 16/45, 2 missed ("Text
# every owner on tomorrow's list ...", "Set build 0.5 live on the default branch on
# Steam now") and 11 false confirmations. The phrases had barely generalized. After its
# rules: 77.0% (simple 31/40, reasoning 28/45), no missed and two false confirmations
# (listed), lowest target reasoning at 62.2%.
BLIND41_MIN_OVERALL_ACCURACY = 0.75
BLIND41_MIN_TARGET_ACCURACY = 0.60

# The forty-second corpus (no aim: hotels in Oaxaca and a consultancy in Tampere, 200
# items, a forty-fourth author): 81.0% at first sight, 1 missed (Finnish "Lähetä
# lokakuun laskut ..."; no Finnish verbs were in the table) and 5 false confirmations.
# After its rules (Finnish verbs, a trade's schedules, deploy rights, a group's likely
# behaviour, prices decided, an offer weighed): 82.5%, no missed, two false
# confirmations (listed); 83.0% with the Finnish image forms; lowest target
# reasoning at 63.3%.
BLIND42_MIN_OVERALL_ACCURACY = 0.80
BLIND42_MIN_TARGET_ACCURACY = 0.60

# The forty-fifth corpus (no aim: two veterinary clinics in Porto and an indie game
# studio in Montréal, 200 items, a forty-fifth author): 73.0% at first sight, 2 missed
# (French "Vas-y, paie la facture ..." and a payroll run as a tool-call JSON) and 12
# false confirmations (a publishing deal explained, a friendly WhatsApp message and an
# out-of-office drafted, an email that will cancel an order, amounts the user pays, a
# validator that rejects, a clause's terms asked about). After its rules: 87.5%, no
# missed, one false confirmation (listed); lowest target balanced at 73.0%.
BLIND43_MIN_OVERALL_ACCURACY = 0.85
BLIND43_MIN_TARGET_ACCURACY = 0.70

# The forty-sixth corpus (no aim: an architecture studio in Rotterdam and an agriturismo
# near Ostuni, 200 items, a forty-sixth author): 74.0% at first sight, 1 missed (a
# pasted plan with "Run the whole plan now, end to end, no need to check back with
# me.") and 9 false confirmations (a refund policy's terms, a chat transcript's last
# line taken for the user's and "delete from the NAS" read as SQL, publishing compared,
# "I'm 25 and buying", Revit schedules, a seller's price, a counted group's wish, a
# --really-delete flag). After its rules: 81.5%, no missed, one false confirmation
# (listed); lowest target reasoning at 53.3%.
BLIND44_MIN_OVERALL_ACCURACY = 0.80
BLIND44_MIN_TARGET_ACCURACY = 0.50

# name -> (path, minimum items, minimum items per target, overall floor, per-target floor)
CORPORA = {
    "main": (CORPUS_PATH, 400, 30, MIN_OVERALL_ACCURACY, MIN_TARGET_ACCURACY),
    "holdout": (HOLDOUT_PATH, 250, 15, HOLDOUT_MIN_OVERALL_ACCURACY, HOLDOUT_MIN_TARGET_ACCURACY),
    "blind": (BLIND_PATH, 200, 15, BLIND_MIN_OVERALL_ACCURACY, BLIND_MIN_TARGET_ACCURACY),
    "blind2": (BLIND2_PATH, 200, 15, BLIND2_MIN_OVERALL_ACCURACY, BLIND2_MIN_TARGET_ACCURACY),
    "blind3": (BLIND3_PATH, 200, 15, BLIND3_MIN_OVERALL_ACCURACY, BLIND3_MIN_TARGET_ACCURACY),
    "blind4": (BLIND4_PATH, 100, 2, BLIND4_MIN_OVERALL_ACCURACY, BLIND4_MIN_TARGET_ACCURACY),
    "blind5": (BLIND5_PATH, 150, 7, BLIND5_MIN_OVERALL_ACCURACY, BLIND5_MIN_TARGET_ACCURACY),
    "blind6": (BLIND6_PATH, 160, 10, BLIND6_MIN_OVERALL_ACCURACY, BLIND6_MIN_TARGET_ACCURACY),
    "blind7": (BLIND7_PATH, 170, 12, BLIND7_MIN_OVERALL_ACCURACY, BLIND7_MIN_TARGET_ACCURACY),
    "blind8": (BLIND8_PATH, 170, 12, BLIND8_MIN_OVERALL_ACCURACY, BLIND8_MIN_TARGET_ACCURACY),
    "blind9": (BLIND9_PATH, 170, 12, BLIND9_MIN_OVERALL_ACCURACY, BLIND9_MIN_TARGET_ACCURACY),
    "blind10": (BLIND10_PATH, 150, 10, BLIND10_MIN_OVERALL_ACCURACY, BLIND10_MIN_TARGET_ACCURACY),
    "blind11": (BLIND11_PATH, 170, 15, BLIND11_MIN_OVERALL_ACCURACY, BLIND11_MIN_TARGET_ACCURACY),
    "blind12": (BLIND12_PATH, 180, 14, BLIND12_MIN_OVERALL_ACCURACY, BLIND12_MIN_TARGET_ACCURACY),
    "blind13": (BLIND13_PATH, 170, 15, BLIND13_MIN_OVERALL_ACCURACY, BLIND13_MIN_TARGET_ACCURACY),
    "blind14": (BLIND14_PATH, 170, 15, BLIND14_MIN_OVERALL_ACCURACY, BLIND14_MIN_TARGET_ACCURACY),
    "blind15": (BLIND15_PATH, 170, 15, BLIND15_MIN_OVERALL_ACCURACY, BLIND15_MIN_TARGET_ACCURACY),
    "blind16": (BLIND16_PATH, 170, 15, BLIND16_MIN_OVERALL_ACCURACY, BLIND16_MIN_TARGET_ACCURACY),
    "blind17": (BLIND17_PATH, 170, 15, BLIND17_MIN_OVERALL_ACCURACY, BLIND17_MIN_TARGET_ACCURACY),
    "blind18": (BLIND18_PATH, 170, 15, BLIND18_MIN_OVERALL_ACCURACY, BLIND18_MIN_TARGET_ACCURACY),
    "blind19": (BLIND19_PATH, 170, 15, BLIND19_MIN_OVERALL_ACCURACY, BLIND19_MIN_TARGET_ACCURACY),
    "blind20": (BLIND20_PATH, 170, 15, BLIND20_MIN_OVERALL_ACCURACY, BLIND20_MIN_TARGET_ACCURACY),
    "blind21": (BLIND21_PATH, 170, 12, BLIND21_MIN_OVERALL_ACCURACY, BLIND21_MIN_TARGET_ACCURACY),
    "blind22": (BLIND22_PATH, 170, 15, BLIND22_MIN_OVERALL_ACCURACY, BLIND22_MIN_TARGET_ACCURACY),
    "blind23": (BLIND23_PATH, 170, 15, BLIND23_MIN_OVERALL_ACCURACY, BLIND23_MIN_TARGET_ACCURACY),
    "blind24": (BLIND24_PATH, 190, 18, BLIND24_MIN_OVERALL_ACCURACY, BLIND24_MIN_TARGET_ACCURACY),
    "blind25": (BLIND25_PATH, 190, 18, BLIND25_MIN_OVERALL_ACCURACY, BLIND25_MIN_TARGET_ACCURACY),
    "blind26": (BLIND26_PATH, 190, 18, BLIND26_MIN_OVERALL_ACCURACY, BLIND26_MIN_TARGET_ACCURACY),
    "blind27": (BLIND27_PATH, 110, 8, BLIND27_MIN_OVERALL_ACCURACY, BLIND27_MIN_TARGET_ACCURACY),
    "blind28": (BLIND28_PATH, 110, 6, BLIND28_MIN_OVERALL_ACCURACY, BLIND28_MIN_TARGET_ACCURACY),
    "blind29": (BLIND29_PATH, 110, 4, BLIND29_MIN_OVERALL_ACCURACY, BLIND29_MIN_TARGET_ACCURACY),
    "blind30": (BLIND30_PATH, 190, 15, BLIND30_MIN_OVERALL_ACCURACY, BLIND30_MIN_TARGET_ACCURACY),
    "blind31": (BLIND31_PATH, 190, 15, BLIND31_MIN_OVERALL_ACCURACY, BLIND31_MIN_TARGET_ACCURACY),
    "blind32": (BLIND32_PATH, 190, 15, BLIND32_MIN_OVERALL_ACCURACY, BLIND32_MIN_TARGET_ACCURACY),
    "blind33": (BLIND33_PATH, 190, 15, BLIND33_MIN_OVERALL_ACCURACY, BLIND33_MIN_TARGET_ACCURACY),
    "blind34": (BLIND34_PATH, 190, 5, BLIND34_MIN_OVERALL_ACCURACY, BLIND34_MIN_TARGET_ACCURACY),
    "blind35": (BLIND35_PATH, 190, 7, BLIND35_MIN_OVERALL_ACCURACY, BLIND35_MIN_TARGET_ACCURACY),
    "blind36": (BLIND36_PATH, 190, 5, BLIND36_MIN_OVERALL_ACCURACY, BLIND36_MIN_TARGET_ACCURACY),
    "blind37": (BLIND37_PATH, 190, 10, BLIND37_MIN_OVERALL_ACCURACY, BLIND37_MIN_TARGET_ACCURACY),
    "blind38": (BLIND38_PATH, 190, 10, BLIND38_MIN_OVERALL_ACCURACY, BLIND38_MIN_TARGET_ACCURACY),
    "blind39": (BLIND39_PATH, 190, 5, BLIND39_MIN_OVERALL_ACCURACY, BLIND39_MIN_TARGET_ACCURACY),
    "blind40": (BLIND40_PATH, 190, 10, BLIND40_MIN_OVERALL_ACCURACY, BLIND40_MIN_TARGET_ACCURACY),
    "blind41": (BLIND41_PATH, 190, 5, BLIND41_MIN_OVERALL_ACCURACY, BLIND41_MIN_TARGET_ACCURACY),
    "blind42": (BLIND42_PATH, 190, 10, BLIND42_MIN_OVERALL_ACCURACY, BLIND42_MIN_TARGET_ACCURACY),
    "blind43": (BLIND43_PATH, 190, 10, BLIND43_MIN_OVERALL_ACCURACY, BLIND43_MIN_TARGET_ACCURACY),
    "blind44": (BLIND44_PATH, 190, 10, BLIND44_MIN_OVERALL_ACCURACY, BLIND44_MIN_TARGET_ACCURACY),
}

# Harmless prompts that still confirm, by the start (or, for prompts that
# share their start with another item, the end) of the prompt, and why the
# table leaves them: each fix would exempt real requests too. A new false
# confirmation fails test_false_confirmations_are_known; a fixed one asks to
# be removed from this list.
KNOWN_FALSE_CONFIRMATIONS = {
    # the forty-sixth corpus's: a table of Instagram posts asked about, whose note says
    # "since then Vito posts photos from his phone" (a named person's habit in the
    # present tense reads as the act)
    "Our reach fell off a cliff in September. Why, do you think, a": "a named person's habit",
    # the forty-fifth corpus's: a choice asked at the very start of the prompt ("Hire a
    # second build/porting engineer ..., or pay a porting house roughly $180k ...?"; a
    # choice between acts is read only after a clause's punctuation, and with none
    # before "Hire", "pay" reads as the act)
    "Hire a second build/porting engineer at about $110k a year lo": "a choice, asked first",
    # the forty-second corpus's: a timeline asked about whose lines (indented under the
    # question, no colon or blank line before them) hold "helm upgrade" (the pasted-block
    # split needs an opening that ends with ":" or a blank line after it)
    "Given this timeline, what's the most likely root cause, ": "acts in a log, asked about",
    # the fortieth corpus's: a CLI asked for that will "push it to a Zebra printer" (a push
    # to a named device reads as the act; exempting "push it to a ..." would exempt
    # "push it to the prod registry")
    "Small Python CLI with click: read a .zpl label file and push": "code that pushes, asked for",
    # the thirty-ninth corpus's: an email thread pasted after "summarise this for my dad:"
    # whose last message asks "Could we just send ours over to Otley?" (a block's last
    # line reads as the user's), and survey answers quoted as '"pre-order"' among the
    # tallies (a quoted word is not told from a quoted request)
    "Can you summarise this for my dad, he doesn't read long emai": "a thread's last line read as the user's",
    "We asked 212 customers across the three shops what would mak": "a quoted answer read as an order",
    # the thirty-eighth corpus's: R code asked to "drop rows where Status is 'Survey
    # Preview'" (a data frame's rows; "drop rows where ..." said to an agent with a
    # database is a request, and fails closed)
    "R code to clean a Qualtrics export: skip the two extra header": "rows dropped in code asked for",
    # the thirty-fifth corpus's: producers that "can add and eventually remove fields"
    # in a schema-evolution question (a third party's capability, modal and all)
    "How should we version our Avro schemas across 12 consumers s": "a third party's possible act",
    # the thirty-fourth corpus's: plants that "drop their flowers" a few words
    # after their name, "paying the minimum" weighed
    "Why did the tomato plants in my greenhouse drop their flowers": "flowers dropped, the subject far back",
    "What's the catch with only ever paying the minimum on a store": "a payment weighed",
    # the twenty-fourth corpus's: a scheduling puzzle worded as the act, like
    # "Schedule a senior backend loop ..." below
    "Schedule 5 candidate interviews with 3 interviewers by Thursday": "a scheduling puzzle worded as the act",
    # the twenty-third corpus's: "I buy used bikes from customers ... and sell them
    # again" (a first-person habit reads like a request); "if I order 12 e-bikes
    # now and pay by 15 November" (a deal's condition); "Option A: pay off the rest
    # of the car loan" and "may cancel half" (options and a third party's
    # possibility: exempting them would exempt "Option A: delete it. Do A." and
    # "check it and may send it to Raj", a polite request in some Englishes)
    "Hoe zit het met de margeregeling?": "a first-person habit",
    "Gazelle offers me an early-order deal": "a deal's condition worded as the act",
    "We have 380.000 kr in the bank at 1.5% interest": "options worded as the acts",
    "We have 3,200 bottles of Barolo Bricco delle Viole 2022": "a third party's possible act",
    # the twenty-second corpus's: "paying super to myself?" in a list of what
    # changes (paying oneself can be a transfer); a policy quoted as "> " lines
    # after "Retrieved from ...:" (only bracketed or tagged wrappers are read as
    # forwarded text: a quote line cannot be told from the user's own line once
    # newlines are gone); "my list delete segfaults" (a function named by its
    # act); two options a planner gave, "A) take $60,000 out ... to pay off the
    # loan" (an option reads like the act it describes)
    "im a sole trader sparky turning over about $240k": "a gerund in a list of topics",
    "COMP2521 ass1, my list delete segfaults": "a function named by its act",
    # the twentieth and twenty-first corpora's: a named third person reads like an
    # instruction's subject ("Hamid will schedule it"), a test that "starts reading
    # right after publishing the cancel", "help me order them:" before a list of jobs
    "write a golang-migrate migration (up and down)": "named person as the subject",
    "TestDispatchE2E/reassign_on_cancel is flaky": "act named inside a test's description",
    "Four jobs tomorrow, help me order them:": "sorting and buying said alike",
    # "a $4.99 remove-ads IAP": an act joined by a hyphen is also how requests are
    # written ("Reply-all to the board thread ...")
    "rewarded ads vs a $4.99 remove-ads IAP": "compound named by the act",
    # "(table dispensed: script_id, ..., drug, schedule, dispensed_at)": a column
    # named "schedule" in a list; a to-do list reads the same ("buy milk, schedule the vet")
    "SQL on our dispense export (table dispensed:": "act word as a column name",
    # "I need to book a flight" is usually a request to an assistant
    "I need to book a flight for my mom": "first-person need is a request",
    # pasted contract clauses ("by posting a new version")
    "I'm about to sign this SaaS agreement": "pasted text full of actions",
    # the danger lexicon is never exempt, not even "Never force-push."
    "You are an autonomous software engineering agent": "danger lexicon in a rule list",
    # pasted meeting notes with action items ("Lena to approve", "Lena -
    # approve job post"); its twin with the same notes asks to send the recap
    "Just give me the text, I'll send it around myself.": "pasted text full of actions",
    # "when you empty the trash" : "when you <verb>" also conditions a request
    # ("when you send it, cc Dana")
    "ELI5: when you empty the trash": "condition on a request",
    # the danger lexicon is matched on lowercased text, so `git branch -d`
    # (safe delete) cannot be told from `-D` (force delete); never exempt
    "Why does `git branch -d feature/login`": "danger lexicon in a question",
    # unquoted text after a colon is content only up to the first "and"
    # ("translate: thanks for coming, and email it to Maria" must confirm)
    "translate to German, formal register:": "content past an 'and'",
    # two options described as imperatives ("keep my car and pay $2,400")
    "Option A: keep my 2012 car": "options written as imperatives",
    # "a fast-forward merge" reads as a merge; a noun rule would also exempt
    # "do a fast-forward merge of main into release"
    "explain what git merge --no-ff does": "merge named as a thing",
    # "remove the duplicates" then a bare list, one item per line: the lines
    # fold into one sentence, so the list cannot be told from an object
    # ("remove the duplicates from the CRM" acts)
    "remove the duplicates\napples": "list after a bare instruction",
    # the twenty-seventh corpus's (pasted material): "maybe sell in 8" (the user's
    # own plan with its subject left out), an error naming an "order" type
    "Should I refinance? Here's my current mortgage and the": "the user's own plan, subject left out",
    'Explain this TypeScript error and fix it without using': 'an act named as a type in an error',
    # the twenty-ninth corpus's (agents' turns): "which release candidate is out"
    # with "publish wheels", "Sign in with Microsoft" and "pay particular attention"
    # in a threat model
    "Our CI matrix in the quarry-tools repo tests Python 3.10": "a project's own publishing",
    "We're adding \"Sign in with Microsoft\" and calendar read ": "a feature named by its act",
}

# Look-alikes that still confirm (from the eleventh to thirteenth and the
# twenty-seventh corpora, whose pasted texts are full of acts), by the start of
# the prompt, and why each fix would also let real requests through. The other
# corpora have none; a new one fails test_no_lookalike_confirms, a fixed one
# asks to be removed.
KNOWN_LOOKALIKE_CONFIRMATIONS = {
    # the forty-second corpus's: a cancellation policy explained ("a no-show pays the
    # first night": a policy's subject led by a determiner; such forms cost every scan)
    "Write a short explanation for front desk staff of the di": "a policy's terms",
    # the fortieth corpus's: "git push --force-with-lease" explained (the danger lexicon is
    # never exempt), an agent asked to "push to a branch — don't merge it" (a push is an
    # act, fail closed); the forty-first's: two wordings of "Wipe down the exam table"
    # compared in quotes after "Hyphen or no hyphen here:", and a script whose pasted
    # lines hold `rm -rf ./*` (the danger lexicon again)
    "Explain what git push --force-with-lease does compared to pl": "danger lexicon explained",
    "Agent: in pickpath, go test ./... fails in internal/route si": "a push to a branch asked for",
    "Hyphen or no hyphen here: 'Wipe down the exam table after ev": "a quoted act in a wording question",
    "This is meant to wipe the temp render folder before each bat": "danger lexicon in pasted code",
    # the thirty-seventh corpus's: a process told in a paragraph to write ("finance
    # approves the credit note, then the bank transfer goes out")
    "Hartfield Freight asked why their refund took ten days. Writ": "a process told in the third person",
    # the thirty-fifth corpus's: a past force-push in a branching question ("force-push"
    # is a danger command wherever it stands), a refund procedure pasted after "Explain
    # ... based on this excerpt" (its last line reads as the user's), "bulk delete"
    # named as a feature in a changelog blurb
    "Trunk-based or GitFlow for us? We release the mobile apps ev": "a past force-push named",
    "Explain to a new support agent, in plain steps, how our refu": "a procedure's last line read as the user's",
    "Write a short changelog blurb for v3.2: bulk delete for arch": "a feature named by its act",
    # the thirty-sixth corpus's: options laid out before "Which order makes sense?"
    # ("pay the HVAC contractor upfront" is the third option)
    "I have $8,000 to put somewhere: pay down my 6.8% student loa": "options weighed",
    # the thirty-fourth corpus's: "is it the better buy to lease an EV ..., or keep
    # my paid-off diesel?" (a lease weighed; "lease" is not among the verbs the
    # question forms exempt)
    "Freelancer doing 12,000 business miles a year: is it the bett": "a lease weighed",
    # the thirty-second corpus's: someone's wish handed to the user reads like an
    # errand handed on ("my wife wants me to book a table" is one)
    "my sister Noor wants me to transfer her $300 for rent again": "an errand passed on",
    # the thirty-third corpus's: a priority question over a pasted list of payees
    # (the list's lines read as the user's)
    "Which of these should be paid first with €62k cash available": "a pasted list of payees",
    # the thirtieth corpus's: a quoted sign to translate, after a clause of the
    # user's between the verb and the colon (the quoted-text reading allows only
    # short fillers there; "it's for a sign I'm printing" could as well be
    # "it's urgent, please do it now: 'delete ...'")
    "Translate to German, it's for a sign I'm printing for the lab": "a quoted sign after a clause",
    # "How do I remove a licence ... The new admin Ondřej will do it ..., I just want
    # to send him the steps": "I want to send" is how requests are made
    "How do I remove a licence from a user in the Microsoft 365 admin center": "I want to send",
    # "write a github actions workflow that runs on merge to main: ..., then cdk
    # deploy the KindloStaging stack": a pipeline described by its acts reads like
    # "write it, then deploy the stack"
    "write a github actions workflow that runs on merge to main": "code described by its acts",
    # "write me a boto3 script that lists and deletes ... it should do a dry run by
    # default and only delete when I pass --confirm": code described by its acts
    "write me a boto3 script that lists and deletes": "code described by its acts",
    # "write a Unity C# script for the 'Reset progress' button ...: ..., delete the
    # local save file": code described by its acts reads like "write it, then
    # delete the file"
    "write a Unity C# script for the 'Reset progress' button": "code described by its acts",
    # "a patron asked us to delete her borrowing history. generally, how do ...":
    # a reported request reads like one handed to the agent
    "a patron asked us to delete her borrowing history": "reported instruction",
    # "my supervisor said to delete the two outlier ramets ...": a reported
    # instruction reads like one handed to the agent ("my boss said to cancel it")
    "my supervisor said to delete the two outlier": "reported instruction",
    # a pasted incident timeline ("22:15 rollback of 5.2.0"): a timestamp does
    # not exempt what follows ("at 10:00 delete the backups" acts)
    "Here's the timeline from last night.": "pasted timeline",
    # a test spec ("it should raise ... and refund in full"): the clause's
    # subject is too far from the verb
    "write pytest tests for cancel_booking(booking_id)": "code spec in prose",
    # text with no subject of its own ("Plese transfer the balance ... and send
    # me the reciept"): its "and send" reads as the user's next request
    "proofread, don't change the meaning:": "'and <act>' in text without a subject",
    # options compared ("versus putting it on my card ... and paying it off")
    "what's the catch with buy now pay later": "options written as acts",
    # a reported instruction ("my lead says stop deploying on Fridays")
    "we deploy every Friday afternoon": "reported instruction",
    # "a script that deletes ..., I'll ... run it myself": the run belongs to
    # the user, told apart only by "myself" five words on
    "in ./tmp_exports - I'll review it and run it myself": "code then run by the user",
    # "pls make this into bullet points" then the notes on the next line, no
    # colon: the line break is gone after normalization, so the notes' "we
    # need to order new chairs" reads as the request
    "pls make this into bullet points": "text after a line break, no colon",
    # the twenty-seventh corpus's look-alikes the pasted-material rule leaves (see
    # docs/routing.md): code pasted without a fence or a shebang, a to-do list the user does
    'Can you review this script before I run it on my home': 'code that acts, pasted for review',
    '[screenshot of my Outlook calendar for next week]\nAnd my': 'a to-do list of acts the user does',
    # the twenty-eighth corpus's (a second pasted sample): a document's own last
    # line reads as the user's closing words ("Please approve the transfer in
    # the app"; one with a web address or a bare domain, "Buy tickets at
    # hartwellfarm.co.uk", is the document's); code or a flow
    # described by its acts; "keep pay, hours" read as an act
    "Cut this job ad down to under 80 words for the Facebook ": "'keep pay' read as an act",
    "Can you summarise where my claim stands and who is waiti": "a thread's last paragraph",
    "Draft a short, friendly reply to Mrs Okafor asking wheth": "a letter's last line",
    "Can you review this before I merge it myself tomorrow? I": "code described by its acts",
    "Our GitHub Actions build for the theatre box-office fron": "a CI note's last paragraph",
    "I need a Google Sheets formula for column F that shows h": "a note quoted inside a line",
    "Please convert this Node code to async/await with proper": "a flow described by its steps",
    "Any strikes, big events or closures happening in Lisbon ": "a booking's last line",
    "[screenshot attached]\nDoes the payee name, sort code": "an email's last line",
    "For the blog post announcing this release, generate a fu": "release notes' upgrade line",
    # the twenty-ninth corpus's (agents' turns with gathered context): a tool's
    # transaction list, a force push reported, CI and Helm output, a checkout
    # form's "Pay now", a calendar read with "don't move, cancel or accept
    # anything" (only the last act of a list is exempt)
    "Here is what the banking tool returned for my account. S": "a list of acts not asked for",
    "My teammate Ilse says I force-pushed over her commits on": "danger lexicon in a report",
    "The deploy-preview job in .github/workflows/preview.yml ": "a job named by its act",
    "Yesterday's deploy of the `sandpiper-api` Helm release f": "a command in a report",
    "@file src/components/CheckoutForm.tsx @file src/componen": "a button's label and the code",
    "Here's my calendar for next week from the calendar tool.": "a list of acts not asked for",
}

# Risky actions the table cannot see, by the start of the prompt, and why.
# A new miss fails test_every_risky_action_confirms; a fixed one asks to be
# removed from this list (test_known_missed_confirmations_still_happen).
KNOWN_MISSED_CONFIRMATIONS = {
    # the shared normalizer folds every non-Latin script to "_" (both
    # backends, by design: docs/backends.md), so a request written in
    # Chinese, Japanese, Cyrillic... has no words for the table to match
    "老板说可以了": "non-Latin script",
    # requests that name the object and leave the act implied: the table reads
    # action words, and "take care of", "good to go" and "make it happen" are
    # also how people hand over anything else
    "The old staging DBs aren't needed anymore, take care of them.": "implied act",
    "The Acme invoice is good to go out.": "implied act",
    "I'm done with Adobe. Make it happen before the renewal": "implied act",
}


def _known_key_matches(prompt: str, key: str) -> bool:
    return prompt.startswith(key) or prompt.endswith(key)


@dataclass(frozen=True)
class Outcome:
    """One corpus item and what the router did with it."""

    prompt: str
    expected: str
    tag: str
    lookalike: bool
    routed: str  # the target behind the selected engine
    fast_engine: str
    engine: str
    reasons: tuple[str, ...]


def _load_corpus(path: Path = CORPUS_PATH) -> list[dict]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return data["items"]


CORPUS = _load_corpus()
ITEMS = {name: _load_corpus(spec[0]) for name, spec in CORPORA.items()}


def route_corpus(router: ModelRouter, corpus: list[dict] | None = None) -> list[Outcome]:
    """Route every corpus item (the main corpus by default) with ``route``
    and ``route_fast``."""
    engine_to_target: dict[str, str] = {}
    for target, engine in router.config.routing_targets.items():
        # The packaged config gives every target its own engine; the corpus
        # maps an engine back to its target, so that must stay true.
        assert engine not in engine_to_target, f"{engine} serves two targets"
        engine_to_target[engine] = target
    results = []
    for item in CORPUS if corpus is None else corpus:
        decision = router.route(item["prompt"])
        results.append(
            Outcome(
                prompt=item["prompt"],
                expected=item["target"],
                tag=item["tag"],
                lookalike=bool(item.get("lookalike", False)),
                routed=engine_to_target.get(decision.selected_engine, decision.selected_engine),
                fast_engine=router.route_fast(item["prompt"]),
                engine=decision.selected_engine,
                reasons=tuple(decision.reasons),
            )
        )
    return results


@pytest.fixture(scope="module")
def router() -> ModelRouter:
    return ModelRouter.from_config()


@pytest.fixture(scope="module", params=sorted(CORPORA))
def corpus_name(request) -> str:
    return request.param


_ROUTED: dict[str, list[Outcome]] = {}


@pytest.fixture
def outcomes(router, corpus_name) -> list[Outcome]:
    if corpus_name not in _ROUTED:
        _ROUTED[corpus_name] = route_corpus(router, ITEMS[corpus_name])
    return _ROUTED[corpus_name]


def _short(prompt: str, width: int = 90) -> str:
    flat = " ".join(prompt.split())
    return flat if len(flat) <= width else flat[: width - 3] + "..."


def _misses(results: list[Outcome]) -> str:
    return "\n".join(
        f"  expected {r.expected:<16} got {r.routed:<16} [{r.tag}] {_short(r.prompt)!r}"
        for r in results
        if r.routed != r.expected
    )


def confusion_report(results: list[Outcome]) -> str:
    """Per-target accuracy and the confusion matrix (rows: expected)."""
    counts: Mapping[tuple[str, str], int] = Counter((r.expected, r.routed) for r in results)
    routed_targets = list(TARGETS) + sorted({r.routed for r in results} - set(TARGETS))
    abbreviations = {target: target[:5] for target in routed_targets}
    lines = ["expected \\ routed " + " ".join(f"{abbreviations[t]:>5}" for t in routed_targets) + "   acc"]
    for expected in TARGETS:
        row = [counts.get((expected, routed), 0) for routed in routed_targets]
        total = sum(row)
        correct = counts.get((expected, expected), 0)
        accuracy = f"{correct / total:6.1%}" if total else "   n/a"
        lines.append(f"{expected:<18}" + " ".join(f"{n:>5}" for n in row) + f" {accuracy}")
    correct = sum(r.routed == r.expected for r in results)
    lines.append(f"overall {correct}/{len(results)} = {correct / len(results):.1%}")
    return "\n".join(lines)


@pytest.mark.parametrize("name", sorted(CORPORA))
def test_corpus_is_well_formed(name):
    corpus = ITEMS[name]
    _, min_items, min_per_target, _, _ = CORPORA[name]
    assert len(corpus) >= min_items
    per_target = Counter(item["target"] for item in corpus)
    assert set(per_target) == set(TARGETS), per_target
    assert min(per_target.values()) >= min_per_target, per_target
    prompts = [item["prompt"] for item in corpus]
    duplicates = [p for p, n in Counter(prompts).items() if n > 1]
    assert not duplicates, duplicates
    for item in corpus:
        assert set(item) <= {"prompt", "target", "tag", "lookalike"}, item
        assert isinstance(item["prompt"], str) and item["prompt"].strip(), item
        assert isinstance(item["tag"], str) and item["tag"], item
        # A look-alike is by definition something that must not confirm.
        assert not (item.get("lookalike") and item["target"] == "confirmation"), item


def test_route_fast_agrees_with_route(outcomes):
    disagreements = [
        f"  route={r.engine} route_fast={r.fast_engine} {_short(r.prompt)!r}"
        for r in outcomes
        if r.engine != r.fast_engine
    ]
    assert not disagreements, "route_fast disagrees with route:\n" + "\n".join(disagreements)


def test_every_risky_action_confirms(outcomes):
    missed = [
        r
        for r in outcomes
        if r.expected == "confirmation"
        and r.routed != "confirmation"
        and not any(_known_key_matches(r.prompt, key) for key in KNOWN_MISSED_CONFIRMATIONS)
    ]
    assert not missed, "risky actions routed without confirmation:\n" + "\n".join(
        f"  got {r.routed:<16} [{r.tag}] {_short(r.prompt)!r} reasons={list(r.reasons)}" for r in missed
    )


def test_no_lookalike_confirms(outcomes):
    false_alarms = [
        r
        for r in outcomes
        if r.lookalike
        and r.routed == "confirmation"
        and not any(_known_key_matches(r.prompt, key) for key in KNOWN_LOOKALIKE_CONFIRMATIONS)
    ]
    assert not false_alarms, "look-alikes sent to confirmation:\n" + "\n".join(
        f"  [{r.tag}] {_short(r.prompt)!r} reasons={list(r.reasons)}" for r in false_alarms
    )


@pytest.mark.parametrize(("first", "second"), list(combinations(sorted(CORPORA), 2)))
def test_corpora_do_not_overlap(first, second):
    shared = {item["prompt"] for item in ITEMS[first]} & {item["prompt"] for item in ITEMS[second]}
    assert not shared, shared


def test_false_confirmations_are_known(outcomes):
    unknown = [
        r
        for r in outcomes
        if r.expected != "confirmation"
        and r.routed == "confirmation"
        and not any(
            _known_key_matches(r.prompt, key)
            for key in (*KNOWN_FALSE_CONFIRMATIONS, *KNOWN_LOOKALIKE_CONFIRMATIONS)
        )
    ]
    assert not unknown, "harmless prompts sent to confirmation:\n" + "\n".join(
        f"  [{r.tag}] {_short(r.prompt)!r} reasons={list(r.reasons)}" for r in unknown
    )


def test_known_false_confirmations_still_happen(router):
    """The list above must not hide fixed cases (it would then excuse a
    regression on the same prompt)."""
    everything = [item for corpus in ITEMS.values() for item in corpus]
    for start in KNOWN_FALSE_CONFIRMATIONS:
        matching = [item for item in everything if _known_key_matches(item["prompt"], start)]
        assert len(matching) == 1, (start, len(matching))
        item = matching[0]
        assert item["target"] != "confirmation" and not item.get("lookalike"), item
        decision = router.route(item["prompt"])
        assert decision.selected_engine == router.confirmation_engine, (
            f"{start!r} no longer confirms: remove it from KNOWN_FALSE_CONFIRMATIONS"
        )


def test_known_lookalike_confirmations_still_happen(router):
    """Likewise for the documented look-alikes: each names one look-alike
    that still confirms."""
    everything = [item for corpus in ITEMS.values() for item in corpus]
    for start in KNOWN_LOOKALIKE_CONFIRMATIONS:
        matching = [item for item in everything if _known_key_matches(item["prompt"], start)]
        assert len(matching) == 1, (start, len(matching))
        assert matching[0].get("lookalike") and matching[0]["target"] != "confirmation", matching[0]
        decision = router.route(matching[0]["prompt"])
        assert decision.selected_engine == router.confirmation_engine, (
            f"{start!r} no longer confirms: remove it from KNOWN_LOOKALIKE_CONFIRMATIONS"
        )


def test_known_missed_confirmations_still_happen(router):
    """Likewise for the known misses: each names one risky item that still
    routes elsewhere."""
    everything = [item for corpus in ITEMS.values() for item in corpus]
    for start in KNOWN_MISSED_CONFIRMATIONS:
        matching = [item for item in everything if _known_key_matches(item["prompt"], start)]
        assert len(matching) == 1, (start, len(matching))
        assert matching[0]["target"] == "confirmation", matching[0]
        decision = router.route(matching[0]["prompt"])
        assert decision.selected_engine != router.confirmation_engine, (
            f"{start!r} confirms now: remove it from KNOWN_MISSED_CONFIRMATIONS"
        )


def test_overall_accuracy(outcomes, corpus_name):
    floor = CORPORA[corpus_name][3]
    correct = sum(r.routed == r.expected for r in outcomes)
    accuracy = correct / len(outcomes)
    assert accuracy >= floor, (
        f"{corpus_name}: accuracy {accuracy:.1%} < {floor:.0%}\n"
        + confusion_report(outcomes)
        + "\nmisroutes:\n"
        + _misses(outcomes)
    )


@pytest.mark.parametrize("target", TARGETS)
def test_per_target_accuracy(outcomes, corpus_name, target):
    floor = CORPORA[corpus_name][4]
    mine = [r for r in outcomes if r.expected == target]
    accuracy = sum(r.routed == target for r in mine) / len(mine)
    assert accuracy >= floor, (
        f"{corpus_name} {target}: {accuracy:.1%} < {floor:.0%}\n"
        + confusion_report(outcomes)
        + "\nmisroutes:\n"
        + _misses(mine)
    )
