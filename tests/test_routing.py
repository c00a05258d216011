"""Routing semantics through the public API (runs on whichever backend is active)."""

from __future__ import annotations

import copy
import dataclasses

import pytest

from model_router import ModelRouter, route_prompt, score_prompt
from model_router.config import load_router_config, parse_router_config
from model_router.receipts import decision_to_receipt, receipt_to_json

README_TABLE = [
    ("rewrite this text", "fast_local"),
    ("summarize these notes", "balanced_local"),
    ("design a distributed task scheduler architecture", "reasoning_local"),
    ("fix the repo and run tests", "code_agent"),
    ("search the web for the latest TypeScript release notes", "web_research"),
    ("extract text from this screenshot", "multimodal_vision"),
    ("generate an image of a router dashboard", "image_generation"),
    ("drop the production database", "human_confirm"),
]


@pytest.mark.parametrize(("prompt", "engine"), README_TABLE)
def test_readme_routing_table(default_router, prompt, engine):
    assert default_router.route(prompt).selected_engine == engine
    assert default_router.route_fast(prompt) == engine
    assert default_router.route_fast_many([prompt]) == [engine]


@pytest.mark.parametrize(
    ("prompt", "scores"),
    [
        ("rewrite this text", (10, 0, 90)),
        ("fix the repo and run tests", (56, 38, 90)),
        ("drop the production database", (10, 71, 75)),
        ("search the web for the latest TypeScript release notes", (65, 0, 90)),
    ],
)
def test_reference_scores_with_the_packaged_weights(default_router, prompt, scores):
    decision = default_router.route(prompt)
    assert (decision.complexity_score, decision.risk_score, decision.confidence_score) == scores


def test_builtin_weights_differ_from_the_packaged_ones():
    assert score_prompt("fix this").confidence_score == 55
    analysis = score_prompt("fix the repo and run tests")
    # built-in: coding 25 + tool 10 -> sat(35) = 41 -> 51
    assert analysis.complexity_score.value == 51
    assert analysis.reasons[0] == "coding or repository intent"
    assert {s.feature for s in analysis.signals} >= {"coding_intent", "tool_intent", "file_shell_github"}


def test_example_receipt_fields(default_router):
    receipt = decision_to_receipt(default_router.route("fix the repo and run tests"))
    data = receipt.to_dict()
    assert list(data)[:6] == [
        "selected_engine", "complexity_score", "risk_score", "confidence_score", "reasons", "fallback_engine",
    ]
    assert data["fallback_engine"] == "reasoning_local"
    assert data["reasons"] == [
        "coding or repository intent",
        "tool use likely",
        "file, shell, or GitHub operation",
        "coding or repository work",
    ]
    assert data["requires_code_execution"] is True
    assert "prompt" not in receipt_to_json(receipt)
    # alternatives are relevant to the target: no image generator for code
    assert all(alt["engine"] != "image_generation" for alt in data["alternatives"])
    assert data["alternatives"] == sorted(
        data["alternatives"], key=lambda a: (a["rank_score"], a["capability"]), reverse=True
    )


CONFIRM = [
    # software sent out, in the thirty-first corpus's words' kind
    "ok ship the patch to production, customers are waiting",
    "ship 4.2.1 to users now",
    # errands handed on stay acts; a standing order paused, a review left, a summary slacked
    "my boss asked me to delete the old invoices folder",
    "my wife wants me to book a table at Nando's for 7",
    "pause my Gousto boxes for two weeks",
    "leave a 5 star review for Maple & Co on Google saying the staff were great",
    "slack the release notes to #eng-announce",
    # the thirty-third corpus (a workplace assistant) and the fourth follow-up set
    "The old contractor logins in Ledgerly need to be disabled by tonight, please handle.",
    "Por favor, aprueba la factura 2291 de Kestrel ahora.",
    "Downgrade all 12 support agents from Zendesk Suite Professional to Team licences today.",
    "start the rollout of v4.1 to eu-central",
    "change his role to Viewer in the Figma team",
    "apply these sharing changes",
    "update the CNAME in Cloudflare to point at the new host",
    "book something under $90 near the venue",
    "Sí, resérvala para el viernes",
    "switch to 1x Standard-1X ($25/mo)",
    # the thirty-fourth corpus's: a seat booked, a limit raised, a door locked, an order refunded
    "Book us onto the 09:10 ferry to Arran tomorrow",
    "Raise the card spending limit on my Monzo account to £2,000.",
    "Lock the back door and set the alarm to night mode.",
    "Please refund Mr Okafor's £18 booking in Square.",
    "make the GitHub repo acme/ledger public",
    "swish 300 kr to Erik for the tickets",
    "bizum 20 euros a Marta",
    "[assistant tool_call] {\"name\": \"graph.users.update\"}\n[user] yes, execute it",
    "close out the twin rooms for 3-5 November",
    "raise the Airbnb prices for the festival week by 20%",
    "[tool: calendar.list_invites] 1. Budget review\nuser: decline the budget review",
    "record the NAIT movement of the 12 calves to Waimate on Friday",
    "book us a powered site at Kelly's Beach for 3 to 7 March",
    # a listing put on a marketplace or up for auction
    "list my old bike on ebay for 200",
    "go ahead and list the apartment on airbnb",
    "list the house for auction now",
    # acts in code-mixed English, to groups and inside apps
    "rohan ko whatsapp karo ki kal 10 baje tak challans le aaye",
    "tuma 45,000 kwa Jubilee paybill 511600",
    "SMS all 38 members that the AGM has moved",
    "suspend driver Kamau's account on the fleet app",
    "charge them all a late fee now",
    "you can either delete it or archive it",
    "help me price it, then list it on the MLS now",
    "diesel today? fill up the truck on my company card",
    "give Amy (our new secretary, amy.r@example.org) admin access in Planning Center",
    "drop the production database",
    'Please "delete" the old backups',
    "(deploy)",
    "force-push the branch to main",
    "Handle my taxes.",
    "start deleting the user records",
    "go ahead and deploying the service",
    "sort these in alphabetical order and order a pizza",
    "email my boss the quarterly report",
    "text my mom that I'm running late",
    "Book a flight to Paris next Friday",
    "rm -rf / on the build server",
    "sudo rm -rf /var/lib/postgresql",
    "run DROP TABLE users; on staging",
    "TRUNCATE TABLE orders",
    "git push --force origin main",
    "git reset --hard HEAD~5 on the shared branch",
    "kill the production server",
    "nuke the cluster",
    "format the disk",
    "overwrite the config with defaults",
    "chmod -R 777 /srv",
    "mkfs.ext4 /dev/sdb1",
    "dd if=/dev/zero of=/dev/sda",
    "wire $5,000 to this account",
    "cancel my subscription",
    "publish the blog post now",
    "reschedule my 3pm meeting with Dana",
    "buy 10 shares of NVDA",
    # advice and permission that hand over the act
    "it would be smarter to delete the old backups now, do it",
    "it's safe to delete the logs now",
    "it's fine for you to send the report to the whole company now",
    # settings, plans and bookings in plain words
    "Would you mind setting the thermostat to 62 while we're away?",
    "switch my Netflix plan to the basic one with ads",
    "Please can you make the reservation of the hotel in Bologna for 3 nights from 12 May",
    # bulk acts on what was just named
    "classify these tickets and close the duplicates",
    "label these and archive them all",
    # a statement of what will not be done does not cover the next act
    "we won't need the old branches, delete them",
    "I won't pay more than 50, so buy the cheapest one",
    # a rollback asked for as a thing done
    "do a rollback of prod",
    "perform the rollback to v1.2 now",
    # DNS changes and plan changes named by a pronoun
    "go ahead with the DNS change",
    "point shop to 203.0.113.48",
    "no, downgrade it to the 3-seat Basic plan instead",
    "commit locally and push to main",
    # an account closed, acts in other languages
    "close my old N26 account",
    "ach, lösch die ganze Kampagne einfach",
    "sim, pode postar todas",
    # rows of a real table, not of a data frame in code
    "delete the rows from the orders table in production",
    "drop all rows from the customers table in our database",
    "remove rows with NA from the R&D results table",
    "Write a CLI that deletes the old builds, then run it",
    # Finnish acts
    "Poista vanhat varmuuskopiot palvelimelta heti.",
    "Maksa vuokra tänään.",
    "Lähetä tarjous asiakkaalle vielä tänään.",
    # and other languages the table had no verbs for
    "Töröld a régi mentéseket a szerverről.",
    "Küldd el a számlát az ügyfélnek ma.",
    "Pošalji ponudu klijentu danas.",
    "Esborra tots els correus d'ahir.",
    "Ipadala ang invoice sa kliyente ngayon.",
    "Zahle die Rechnung von Müller heute.",
    "Kustuta vanad failid serverist.",
]


# Text handed over runs across its sentences; the user's own next request
# after it (a connector, "please", "I", an act in its plain form) still acts.
HANDED_OVER_TEXT = [
    "Translate into Spanish: The order was cancelled. We will send a replacement and refund the fee.",
    "Proofread: We moved the meeting. I'd rather not pay for the room twice.",
    "what does this say in english? Bitte überweisen Sie 500 Euro bis Freitag.",
    "redact the names from this: Bob will wire $5,000 to Alice tomorrow. Alice deletes the file after.",
    "tl;dr this thread for me: kev: should we roll back? maya: no, we redeploy at 3 and delete the flag.",
    "classify these reviews: Terrible, I cancelled my order. Great, I bought two more.",
    "translate: we will send a replacement and refund the fee",
    "spanish pls: we'll be 10 minutes late, go ahead and order the appetizers without us",
    "shorten this email: we are closing the office and will refund every order",
    "rewrite as a text message: running late, cancel my 6pm if you can't wait",
]
REQUESTS_AFTER_TEXT = [
    "Translate this to French: hello there. Send it to Bob.",
    "Summarize this: the meeting went fine. Then delete the original file.",
    "Summarize this: the meeting went fine. Please email the summary to the whole team.",
    "translate to French: hello. Also delete my account.",
    "extract the attachments from this email: then delete the email",
    "translate this: hello there. Now wire the money to Alice.",
    "classify these emails: delete the spam ones",
    "tl;dr this thread: ok. cancel my subscription",
    "translate: see you soon and book the flight for me",
    "rewrite: the report is done and then cancel my meeting with Bob",
    "translate to French: hello team, we are ready and post the translation in #general",
    "make it less formal and send it to bob: hi there",
    # "and" before an act-like noun is the user's next request, not a filler
    "proofread this and email it to the team: we are closing the office on Friday",
    "summarize this and post it to slack: the launch moved to June",
    "rewrite this and text it to the landlord: the rent will be late",
    "shorten this and email the team: we are closing early",
    # the thirty-eighth and thirty-ninth corpora's acts, in other words
    "Kan du opsige mit fitnessabonnement fra i dag?",
    "slet alle mine gamle mails fra 2019",
    "transfr 200 to my brothers account, the one saved as Sam",
    "put an order in with the wholesaler for 40 cases of tonic, delivered Friday",
    "Give Priya, our new office manager, admin access to QuickBooks.",
    "Looks good. Put it live on the intranet now.",
    "Set the retry limit in production billing from 3 to 5 right now",
    "Checklist:\n- [x] write the migration\n- [ ] apply the migration to the production database\n\n"
    "Carry on with what's left.",
    "If it looks fine, run it in the prod workspace.",
    # the fortieth and forty-first corpora's
    "Überweis bitte heute noch 1.200 € an die Spedition.",
    "Pošli prosím hned fakturu panu Novákovi.",
    "Text every parent on the list that practice is cancelled tonight.",
    "Push build 2.1 live on the store now.",
    # the forty-third and forty-fourth corpora's
    "Vas-y, paie la facture du plombier par virement aujourd'hui.",
    '{"tool": "payroll_api.run_payroll", "arguments": {"period": "2026-03", "approve": true}}',
    "skip the rework, just post my original text now",
    "Steps:\n1. Export the products to CSV.\n2. Delete every draft product.\nRun the whole plan now, no need "
    "to check back with me.",
    "DELETE FROM sessions WHERE created_at < now() - interval '90 days'; run it on prod",
]


@pytest.mark.parametrize("prompt", CONFIRM + REQUESTS_AFTER_TEXT)
def test_risky_actions_need_confirmation(default_router, prompt):
    decision = default_router.route(prompt)
    assert decision.selected_engine == "human_confirm", decision.reasons
    assert decision.requires_confirmation
    assert decision.alternatives == ()
    assert default_router.route_fast(prompt) == "human_confirm"


NOT_CONFIRM = [
    # the thirtieth corpus's rules, in other words than its items
    "poster art of a dog at a laptop, caption 'pushing to main at 5pm'",
    "Gold's up today? not buying or selling anything, just curious",
    "What does Spotify Premium cost here now? I'm deciding whether to cancel it or move to the Duo plan.",
    "if I deactivate my Facebook account, do my Messenger chats survive?",
    "write a test that asserts the purge() job deletes rows older than 30 days",
    "I'll message the landlord myself, just help me word a complaint about the boiler",
    "Is Ryanair cancelling flights out of Dublin because of the fog today?",
    "the worker has to deliver 50k push notifications a minute: which queue would you use?",
    "What happens to my pictures if I close my Flickr account?",
    "keep leasing the van at 420 a month, or buy it outright for 9k? which is cheaper over 3 years",
    "my manager wants to ship the new pricing page on Friday; what could go wrong?",
    "does the Ringlet app actually lock the door when you tap away or does it just alert the hub?",
    "help me pick which 3 of these 5 streaming subs to cancel, I mostly watch sport",
    "make a meme: a cat choosing between two buttons 'cancel plans' and 'buy more plants'",
    "how do taxes work for a small business selling candles on Etsy?",
    "[screenshot] its gonna delete my saves if i tap ok?? not tapping anything yet",
    "this text says I owe a toll, it wants me to pay $4.15 online. scam?",
    "write a test that checks purgeOld() really hard-deletes expired rows",
    "what's the difference between approving an invoice and posting it?",
    "Which of these invoices should be paid first if we only have $40k?",
    "A customer forwarded a 'refund approved' email, is it real? [screenshot attached]",
    "should we ship before or after the monthly payroll run?",
    "our app gets traffic spikes during ticket drops, how do we scale reads?",
    "Extract the name, company, email and phone from this card: [image attached]",
    "actually before merging, list the files that import lodash",
    "Draft an email to Fernhill Broadband saying I'd like to cancel at the end of my contract, I'll send it myself.",
    "make a cartoon for my daughter's birthday party invite, a dragon eating cake",
    # (a raw DELETE statement would still confirm: the danger lexicon is never exempt)
    "is the hard delete in this migration safe? it removes carts untouched for 90 days",

    "I deleted my files by mistake, how do I get them back?",
    "how do I delete a git branch?",
    "do 20 push-ups every morning",
    "write a commit message for these changes",
    "essay on cancel culture",
    "how to remove a stain from a shirt",
    "post-mortem of the outage",
    "pay attention to the details in this paragraph",
    "summarize this email thread",
    "draft an email template for new customers",
    "sort the names in alphabetical order",
    "explain the order of operations",
    "never mind, just rewrite this paragraph",
    "translate this to French",
    "what time is it",
    "how do I list my car on ebay?",
    "don't list it on ebay yet",
    "list all items for sale in the csv",
    "35% fewer drops per rider per day",
    "we write to postgres and then publish to kafka; sometimes the publish fails after commit",
    "4 clients always send data late, how should I plan the returns?",
    "the SACCO can either buy 2 new buses or refurbish 3 old ones, which is better?",
    "what size copper keeps voltage drop under 3% on a 90 ft run?",
    "I committed the password two commits ago on my local branch, how do I get it out?",
    "just give me the jobs in start-time order, one line",
    "what does the pay guide say about Sunday rates for casuals?",
    "we pay $45 a month for Stan, is it worth keeping?",
    "my nan says the new pill drops her blood pressure too much",
    "how do I remove someone from a Google Group?",
    "write a MERGE into silver.readings that keeps the latest row",
    "correct my English: We have cancel the minibar charge of 18 euro.",
    "xarray says it could not find coordinates to order the datasets by",
    "how do we stop double-booking delivery slots?",
    "we sell ~35 a week in autumn, what share of the city is that?",
    "6 DS18B20 sensors on one-wire, which GPIO pin?",
    "users like the weekly summary push",
    "remove the personal data (names, phone numbers) from this note",
    "SlotServiceTest > rejects full slot() FAILED",
    "quanto si paga il Nebbiolo al quintale?",
    # what will not be done, a comparison, an order by its number, a request taken back
    "I can look up today's prices. I won't buy anything.",
    "it won't delete the old branch, can you fix the script?",
    "work through a 5-year rent-vs-buy analysis with my numbers",
    "extract the order number and email from this text: Order 55-1931 placed by k.lund@mailbox.se",
    "plan a 3-phase rollout for the flags system, considering risk, blast radius and rollback",
    "cancel that, don't do anything",
    # deploys as events, a commit kept local, a date's field order, photos asked of someone
    "Deploys take 40 min; the team wants independent deploys for checkout. Draft a migration plan.",
    "commit this on the feature branch locally",
    "convert these dates to ISO format, assuming US month/day order",
    "write a short, friendly reply asking her for two photos (the item and the box)",
    # a job that pays, a trade, a journey's transfers, an act ruled out in another language
    "I have 2 offers, one pays 10% more but has a 1h commute. Which should I take?",
    "translate my CV headline: logistics coordinator with 8 years in freight forwarding",
    "plan the Japan trip day by day and include transfer times between stops",
    "sì, aspetta, non cancellare niente",
    # a call checked in a test, a part of the code named by the act, a text edit
    "write the tests: verify post called once with both entries",
    "explain the bug: the delete offsets refer to the filtered array",
    "sort these lines by key and drop the duplicate key, output only the result",
    # the thirty-eighth and thirty-ninth corpora's look-alikes, in other words
    "What happens when the bank closes a dormant account? My aunt asked.",
    "A student asked what 'rebasing' a branch means. Explain it simply.",
    "The venue is free to cancel until Monday; should we keep the booking or not? Think it through.",
    "Weigh selling the van now versus keeping it another year.",
    "Write a bash script that finds logs older than 30 days under /var/log/$APP and deletes them, dry run by default",
    "Add a soft delete to the Post model instead of hard-deleting rows, with tests",
    "Write a short letter cancelling my magazine subscription, I'll post it myself",
    "Write a notice for members that the two clubs are merging into one from May",
    "Some clients want their accountants to approve invoices. How should roles work?",
    "Is it smarter to hire a part-time bookkeeper or pay for accounting software?",
    "Does it make sense to pay off the car loan early with 4% interest?",
    "In what order should I close my old accounts, cancel the standing orders and update my address?",
    "Do we repair the old printers or replace them with two new ones?",
    "What does EasyJet charge these days to change or cancel a booking?",
    "Which reads better, 'please send the forms back by Monday' or 'please send back the forms by Monday'?",
    "Nothing gets archived until the committee approves it. Draft the policy.",
    # the fortieth and forty-first corpora's look-alikes, in other words
    "Draft an apology to a customer whose order we lost in the warehouse move.",
    "Write my out-of-office: supplier transfers above 5k wait until I'm back.",
    "Draft a note asking to cancel the rest of the order. I'll read it over and send it myself.",
    "Add tests for refund_order(): a partial refund and a refund after the deadline, Stripe mocked.",
    "Switch the Invoice model to soft delete with a deleted_at column, code only.",
    "Write a webhook check that rejects requests older than 5 minutes, with tests.",
    "Remove the duplicates from this list: Ana, Ben, Ana, Cy",
    "How does 'unsend' on Instagram actually work?",
    "A client who wants us to transfer the files to a new agency: draft a polite reply.",
    "This is meant to wipe the cache folder before each run, but it wiped the parent folder. Why?",
    "Our app sessions drop every Monday morning. What could be going on?",
    "Now pushing to GitLab fails with 'pre-receive hook declined'. How do I fix it?",
    "Would it work better to send the newsletter on Sunday or on Monday morning?",
    # rows and columns of a data frame, in code
    "drop rows where price is missing in my pandas dataframe",
    "Drop rows with missing values from this dataframe and show me the code",
    "remove duplicate rows in pandas before the groupby",
    "delete the empty columns from the df, then plot revenue by month",
    # a command-line tool described by what it does
    "Write a Python CLI that reads the orders CSV, renders a label for each and pushes it to a Zebra printer.",
    # the forty-second corpus's look-alikes, in other words
    "Draft the agenda: the housekeeping schedule for December and the new breakfast menu.",
    "Should contractors ever have deploy access to client production systems? Think it through.",
    "How much should we charge for a late checkout at a small guesthouse?",
    "If we raise prices, guests might cancel. Should we do it in the low season anyway?",
    "A supplier offers a 10% discount for paying upfront. Should we take the offer?",
    "J'ai envie de partir en vacances cet été, tu as des idées ?",
    # the forty-third and forty-fourth corpora's, in other words
    "Quick, friendly Slack message reminding everyone about the fire drill on Tuesday.",
    "What does 'advance' mean in a publishing contract?",
    "Write the letter I'll hand in myself to cancel my gym membership from June.",
    "We pay a cleaning company about €400 a month; is that normal for a small office?",
    "How many years until the heat pump pays back at €0.31/kWh?",
    "A regex that accepts 12-34 and 1234 but rejects 12--34, please.",
    "Estamos a pensar comprar uma carrinha nova para as entregas. Vale a pena?",
    "Explain the difference between archiving a channel and deleting a channel in Slack.",
    "Our cancellation policy: no refund within 48 hours of arrival. Make it friendlier.",
    "Add a --really-delete flag to the cleanup script so the default is a dry run.",
    "Why does the runbook say to delete from the NAS only after the copy is checked?",
]


@pytest.mark.parametrize("prompt", NOT_CONFIRM + HANDED_OVER_TEXT)
def test_nouns_idioms_and_questions_are_not_actions(default_router, prompt):
    decision = default_router.route(prompt)
    assert decision.selected_engine != "human_confirm", decision.reasons
    assert default_router.route_fast(prompt) == decision.selected_engine


# A long sentence after an edit verb that never reaches a colon or a quote:
# the filler words before handed-over text once matched two ways each, and
# Python's re backtracked for hours on such prompts (the Rust DFAs never
# backtrack). Routed like any other prompt, on both backends.
_LONG_SENTENCE = (
    "During my second-year placement on the orthopaedic ward I learned that communicating with"
    " patients who are in pain takes more than asking them for a number on a scale, because many"
    " of the older patients I cared for did not want to complain and would say they were fine"
    " even when they were clearly struggling to move, so I started watching their faces and"
    " their breathing as well as asking"
)


@pytest.mark.parametrize(
    "prompt",
    [
        "translate this for my mum " + _LONG_SENTENCE,
        "summarize this for my portfolio " + _LONG_SENTENCE + ".",
        "proofread this, its for my boss " + _LONG_SENTENCE + ".",
        "tl;dr for the team " + _LONG_SENTENCE + " " + _LONG_SENTENCE,
        "cut this to 50 words for the newsletter " + _LONG_SENTENCE + ' "quote',
    ],
)
def test_long_text_without_a_colon_after_an_edit_verb(default_router, prompt):
    decision = default_router.route(prompt)
    assert decision.selected_engine == "balanced_local", decision.reasons
    assert default_router.route_fast(prompt) == "balanced_local"


@pytest.mark.parametrize(
    ("prompt", "engine"),
    [
        ("how do I delete a git branch?", "code_agent"),
        ("latest news about the election", "web_research"),
        ("2024 olympics results", "web_research"),
        ("who won yesterday", "web_research"),
        ("what does a high blood test result for ferritin mean", "balanced_local"),
        ("build a birdhouse for my garden", "balanced_local"),
        ("run a vulnerability scan summary for the report", "balanced_local"),
        ("explain scalability tradeoffs of our concurrency model", "reasoning_local"),
        ("translate this to French", "fast_local"),
        ("proofread my cover letter", "fast_local"),
        ("write a Python function that parses ISO dates", "code_agent"),
        ("describe what is in this photo", "multimodal_vision"),
        # a date in pasted test output is not a question about now
        ("run_tests output: AssertionError: expected '2026-06-29' to equal '2026-06-22' in src/pay.test.ts",
         "code_agent"),
        ("when's the census date for Term 2 2026?", "web_research"),
        ("has the council opened the 2026 grants round yet?", "web_research"),
        ("put these notes into a table: 14 may heifer, 15 may bull", "fast_local"),
        ("fix the macrons: Ko Maori te reo", "fast_local"),
        ("need to drop 3 of these 7 suppliers. which 3 and why: A is late, B is dear, C is fine",
         "reasoning_local"),
        ("how much storage per year for 200 sensors at 1 Hz, 24 bytes a reading?", "reasoning_local"),
        ("excel q: column C has prices inc GST, I want D to show the ex-GST price", "code_agent"),
        ("Walk through the threat model of our password-reset link", "reasoning_local"),
        ("Kim paid $90, Lee paid $30, Max paid nothing; we split it equally. Who owes whom?",
         "reasoning_local"),
        ("control 3.2% on 9,000 visitors, variant 3.6% on 9,100: is that significant?", "reasoning_local"),
        # near times and news words in other languages
        ("gibt es diese Woche einen Bahnstreik?", "web_research"),
        ("¿hay huelga de Renfe este fin de semana?", "web_research"),
        # a year in the user's own plan is not news
        ("we expect our baby in February 2027; how does parental leave work in general?",
         "balanced_local"),
        ("Disegna un'etichetta per il nostro vino: colline all'alba", "image_generation"),
        ("Luo kuva syntymäpäiväkorttiin: kettu ja ilmapalloja", "image_generation"),
        ("Készíts egy képet egy macskáról, aki zongorázik", "image_generation"),
        ("Lav et billede af en hyggelig kaffebar om vinteren", "image_generation"),
        # short generic prompts
        ("how do I center a div inside a card with flexbox", "code_agent"),
        ("rust says cannot borrow `x` as mutable, why?", "code_agent"),
        ("will it snow in Boise on Sunday?", "web_research"),
        ("what films are playing at the Odeon this Saturday", "web_research"),
        ("make this fit in a tweet: our bakery turns 10 this year, thank you all!", "fast_local"),
        ("roll a die: win $5 on a six, lose $1 otherwise. what's the expected value?", "reasoning_local"),
        ("hoodie design with a fox reading a book", "image_generation"),
        # the thirtieth corpus's rules, in other words than its items
        ("Should we move reporting out of the Rails app? Weigh latency, cost and on-call load.",
         "reasoning_local"),
        ("Spot the fallacy: 'my uncle smoked and lived to 95, so smoking is harmless'", "reasoning_local"),
        ("Renewal is $18k a year. Compare that with switching to the open-source tool.", "reasoning_local"),
        ("Mo earned half what Jo earned, and together they made $3,300. How much did each make?",
         "reasoning_local"),
        ("add a webhook handler that records refunds in the ledger table", "code_agent"),
        ("write a cover letter line for a marketing intern who knows Python and Excel", "balanced_local"),
        ("build a Go service with a slim production image and a healthcheck", "code_agent"),
        ("<image: menu board outside a Lyon bistro> what are the prices here?", "multimodal_vision"),
        ("convert the flowchart in this photo into a PlantUML diagram [photo attached]", "multimodal_vision"),
        ("papers published in the past six months on sodium-ion batteries?", "web_research"),
        # the thirty-first corpus's rules, in other words than its items
        ("I draw three cards from a shuffled deck. What's the chance all three are kings?", "reasoning_local"),
        ("Riddle: a farmer has to get a fox, a goose and a bag of beans across a river", "reasoning_local"),
        ("we sell 400 boxes at $12; at what price would we break even if costs rise to $9?", "reasoning_local"),
        ("Work out a rota for five volunteers over two weekends with nobody on twice in a row",
         "reasoning_local"),
        ("Kafka, RabbitMQ or SQS for our order events API? pick one with reasons", "reasoning_local"),
        ("what are Wise's current transfer fees to Mexico?", "web_research"),
        ("what gigs are on in Glasgow this coming Saturday?", "web_research"),
        ("¿qué tiempo hará mañana en Sevilla?", "web_research"),
        ("Cut the fluff out of this: 'we are super excited to basically announce our new hours'", "fast_local"),
        ("review this mocked test: it must never charge the card or refund the order for real", "code_agent"),
        ("I'm new to GitHub Actions. What does this job do?\n```yaml\n- run: ./scripts/deploy.sh --prod\n```",
         "code_agent"),
        # the thirty-second corpus's rules (phone and chat style), in other words than its items
        ("count the characters in this: hello world from Tarnby", "fast_local"),
        ("emojis only: happy birthday grandma, cake at 6", "fast_local"),
        ("is it gonna rain in Galway tomorrow", "web_research"),
        ("latest patch notes for Helldivers 2?", "web_research"),
        ("newest firmware for my Orbi router?", "web_research"),
        ("bash one liner to count lines in all .log files", "code_agent"),
        ("how do I make the webhook handler idempotent in Go?", "code_agent"),
        ("gimme a pixel art pic of a fox in a hoodie", "image_generation"),
        ("rent vs buy in Tulsa for 5 years, 1400/mo vs a 240k house at 6.5%", "reasoning_local"),
        ("make a fair rota for 3 flatmates and 6 chores", "reasoning_local"),
        ("what's the best way to structure a chess tournament for 9 players in one afternoon", "reasoning_local"),
        ("is it smarter for me to learn kotlin or swift next for mobile jobs? weigh pay vs demand vs difficulty",
         "reasoning_local"),
        # the thirty-fourth corpus's (reasoning and research in plain words)
        ("How would you split a £90 taxi fairly between three people dropped off at different stops?",
         "reasoning_local"),
        ("Is it worth paying £12 more a month for fibre if we both work from home three days a week?",
         "reasoning_local"),
        ("Which makes more sense: a 2-year fix at 4.1% or a tracker at base plus 0.6%?", "reasoning_local"),
        ("Should we fix the 9-year-old dishwasher for £180 or replace it for £520?", "reasoning_local"),
        ("How should I spread 20 revision hours over four subjects before the exams?", "reasoning_local"),
        ("If I save £75 a week, how long until I have £3,000?", "reasoning_local"),
        ("What are the chances of rolling two sixes in three throws?", "reasoning_local"),
        ("Are there delays on the Piccadilly line this evening?", "web_research"),
        ("Has the Westfield ice rink reopened after the leak?", "web_research"),
        ("Who's headlining Reading Festival this year?", "web_research"),
        ("What's a pint of Guinness going for in Dublin these days?", "web_research"),
        ("Is the Rye Lane Sainsbury's still running the late opening?", "web_research"),
        ("How much is a week in Center Parcs now?", "web_research"),
        # the thirty-eighth and thirty-ninth corpora's quick jobs (simple)
        ("capital of portugal?", "fast_local"),
        ("Who painted The Night Watch?", "fast_local"),
        ("What year did the first Moon landing happen?", "fast_local"),
        ("what does HMRC stand for", "fast_local"),
        ("chemical symbol for sodium?", "fast_local"),
        ("plural of octopus?", "fast_local"),
        ("What's 20% of 85?", "fast_local"),
        ("Add these up: 3.20, 7.45, 12.99", "fast_local"),
        ("Round to the nearest euro: 3.49, 8.51, 10.50", "fast_local"),
        ("3.5 hours in minutes?", "fast_local"),
        ("Write 14 February 2026 in ISO 8601 format.", "fast_local"),
        ("Is 2032 a leap year?", "fast_local"),
        ("Take the filler out of this: 'So I basically just wanted to sort of plan the trip, you know.'",
         "fast_local"),
        # ... but a date something holds from is current information, and a question
        # with a fact in an essay request is not a quick job
        ("What are the new bus fares from 6 April 2026 for a child?", "web_research"),
        ("Write a 600-word essay on Lisbon, the capital of Portugal, for my class", "balanced_local"),
        # worked problems and weighing in plain words (reasoning)
        ("We sell 300 raffle tickets with 4 prizes. If I buy 6, what are my chances of winning one?",
         "reasoning_local"),
        ("Give me a clean proof that the sum of two even numbers is even.", "reasoning_local"),
        ("Are these arguments valid? 'All cats purr. Tom purrs. So Tom is a cat.'", "reasoning_local"),
        ("Should we close the Friday market stall, shorten its hours, or move it to Saturdays?",
         "reasoning_local"),
        ("Where's the hole in this: we sold more on sunny days, so sunshine causes sales.", "reasoning_local"),
        ("Find a timetable that works for 6 exams in 4 slots with no clashes for shared students.",
         "reasoning_local"),
        ("Three quotes for printing. Which is actually cheapest once delivery is counted?", "reasoning_local"),
        # the fortieth and forty-first corpora's
        ("How many beats are in a bar of 6/8?", "fast_local"),
        ("How many days from 3 May to 20 June?", "fast_local"),
        ("Is it spelled 'accommodate' or 'accomodate'?", "fast_local"),
        ("What's the Spanish word for 'receipt'?", "fast_local"),
        ("Round 3.14159 to two decimal places.", "fast_local"),
        ("Put this in capitals for the gate sign: 'keep the gate closed'", "fast_local"),
        ("Two synonyms for 'quick' please", "fast_local"),
        ("Should we move the Friday clinic to Thursdays or keep it? Argue it both ways.", "reasoning_local"),
        ("Which supplier would you pick for the van lease, and why?", "reasoning_local"),
        ("We must cut 800 from the budget. Where would you cut first?", "reasoning_local"),
        ("Returns doubled after we changed the size guide, so the guide is to blame. Is that a fair conclusion?",
         "reasoning_local"),
        ("Roughly how much gravel would it take for a 40 m path? Just a ballpark with your working.",
         "reasoning_local"),
        # an explanation asked about telling two things apart stays an explanation
        ("How do I tell a cold from hay fever apart?", "balanced_local"),
    ],
)
def test_precision_fixes(default_router, prompt, engine):
    assert default_router.route(prompt).selected_engine == engine
    assert default_router.route_fast(prompt) == engine


@pytest.mark.parametrize(
    ("prompt", "engine"),
    [
        # a weighed design question that only names programming things
        ("Should we build our own auth or buy it? Give me the tradeoffs for a team of four.",
         "reasoning_local"),
        ("Design a rate limiter for our public API at 20k rps across 2 regions; discuss the tradeoffs.",
         "reasoning_local"),
        ("Plan a migration of our 25 repos from Bitbucket Pipelines to GitHub Actions over a quarter.",
         "reasoning_local"),
        # the same questions handing over or asking for code stay with the code model
        ("Should we build our own auth or buy it? Write the login endpoint in FastAPI either way.",
         "code_agent"),
        ("Design a rate limiter for our API and implement the token bucket class in Go.",
         "code_agent"),
        ("Plan a migration to GitHub Actions; this step fails:\n```yaml\nruns-on: ubuntu\n```\n"
         "Traceback (most recent call last): ...", "code_agent"),
        # programming words without a design question are still code work
        ("fix the repo and run tests", "code_agent"),
        ("our API returns 500 on POST /orders, find the bug", "code_agent"),
    ],
)
def test_design_questions_naming_code_go_to_reasoning(default_router, prompt, engine):
    decision = default_router.route(prompt)
    assert decision.selected_engine == engine, decision.reasons
    assert default_router.route_fast(prompt) == engine
    assert decision.features.coding_intent == (engine == "code_agent")


@pytest.mark.parametrize(
    ("prompt", "engine"),
    [
        # prose for people about programming things: the code is the topic
        ("Draft a Slack message announcing that API v1 will be switched off on 1 March.", "balanced_local"),
        ("Write a job post for a senior SRE: Kubernetes on AWS, on-call one week in six.", "balanced_local"),
        ("Write an onboarding checklist for engineers joining the platform team: repos to clone, "
         "first on-call shadow.", "balanced_local"),
        # code work that names the same nouns stays with the code model
        ("write a message queue consumer in Go for our orders service", "code_agent"),
        ("Write an email validation function in TypeScript with unit tests", "code_agent"),
        ("write a commit message for these changes", "code_agent"),
        ("google apps script for our volunteer sheet: make a gmail draft reminder to the email in column C",
         "code_agent"),
        # prose and code work asked together: the code work keeps the code model
        ("Draft a message to the on-call channel explaining the bug, and patch the null check in parser.go",
         "code_agent"),
        ("write release notes for v2.3 and bump the version in pyproject.toml", "code_agent"),
        ("Write a short Slack message for the team about the outage, then write a Python script that "
         "parses the nginx logs to count 502s per minute", "code_agent"),
        ("draft an email about the slow pipeline and fix the flaky test in the payments suite", "code_agent"),
        # code only handed over stays the prose's topic
        ("Summarise what this diff changes, for a reviewer:\n-def price(sku):\n+def price(sku, currency):",
         "balanced_local"),
    ],
)
def test_prose_asked_about_code_is_not_code_work(default_router, prompt, engine):
    decision = default_router.route(prompt)
    assert decision.selected_engine == engine, decision.reasons
    assert default_router.route_fast(prompt) == engine
    assert decision.features.coding_intent == (engine == "code_agent")


def test_translate_and_time_are_not_ambiguous():
    for prompt in ("translate this to French", "what time is it"):
        assert not score_prompt(prompt).features.ambiguous


def test_dead_stems_now_match():
    assert "architecture" in {s.feature for s in score_prompt("improve scalability").signals}
    assert "architecture" in {s.feature for s in score_prompt("concurrency bugs").signals}
    assert "security" in {s.feature for s in score_prompt("a vulnerability in the parser").signals}


def _config(**changes):
    data = copy.deepcopy(_DEFAULT_DATA)
    for path, value in changes.items():
        node = data
        keys = path.split("__")
        for key in keys[:-1]:
            node = node[key]
        node[keys[-1]] = value
    return parse_router_config(data, "test.yaml")


def _default_data():
    import yaml

    from model_router.config import default_config_text

    return yaml.safe_load(default_config_text())


_DEFAULT_DATA = _default_data()


def test_safety_overrides_are_scoped():
    config = _config(safety__confirmation_overrides__allow_send_actions=True)
    router = ModelRouter(config)
    assert router.route_fast("send the report to the team") != "human_confirm"
    assert router.route_fast("delete the report") == "human_confirm"


def test_disabling_confirmation_keeps_structural_fail_closed():
    config = _config(safety__require_human_confirmation=False, routing_targets__coding="claude_code")
    router = ModelRouter(config)
    assert router.route_fast("delete the temp files") != "human_confirm"
    # claude_code is disabled and falls back to code_agent: still routed
    assert router.route("fix the repo and run tests").selected_engine == "code_agent"


def test_confirmed_skips_the_gate(default_router):
    assert default_router.route_fast("delete the temp files") == "human_confirm"
    assert default_router.route_fast("delete the temp files", confirmed=True) != "human_confirm"
    decision = default_router.route("delete the temp files", confirmed=True)
    assert decision.selected_engine == default_router.route_fast("delete the temp files", confirmed=True)


def test_fallback_when_target_disabled():
    router = ModelRouter(_config(engines__fast_local__enabled=False))
    decision = router.route("rewrite this text")
    assert decision.selected_engine == "balanced_local"
    assert decision.fallback_used and decision.fallback_engine == "balanced_local"
    assert "fallback to balanced_local: fast_local disabled" in decision.reasons
    assert router.route_fast("rewrite this text") == "balanced_local"


def test_unavailable_engine_falls_back():
    router = ModelRouter(_config(engines__fast_local__availability={"status": "unavailable"}))
    decision = router.route("rewrite this text")
    assert decision.selected_engine == "balanced_local"
    assert router.route_fast("rewrite this text") == "balanced_local"
    assert any(r.reason == "engine unavailable" for r in decision.rejected_engines)
    assert "fast_local unavailable; trying fallback balanced_local" in decision.reasons
    # code work needs tools; reasoning_local has none, so the chain fails closed
    router = ModelRouter(_config(engines__code_agent__availability={"status": "unavailable"}))
    decision = router.route("fix the repo and run tests")
    assert decision.selected_engine == "human_confirm"
    assert decision.fallback_engine == "human_confirm" and decision.requires_confirmation
    assert router.route_fast("fix the repo and run tests") == "human_confirm"


def test_fallback_cycle_fails_closed():
    data_config = load_router_config(_local_example())
    router = ModelRouter(data_config, validate_availability=False)
    # reasoning falls back to balanced and back: disable both to reach the cycle
    config = dataclasses.replace(
        data_config,
        engines={
            **data_config.engines,
            "reasoning_local": dataclasses.replace(data_config.engines["reasoning_local"], enabled=False),
            "balanced_local": dataclasses.replace(data_config.engines["balanced_local"], enabled=False),
        },
    )
    router = ModelRouter(config, validate_availability=False)
    decision = router.route("summarize these notes")
    assert decision.selected_engine == "human_confirm"
    assert "fallback cycle detected" in decision.reasons
    assert router.route_fast("summarize these notes") == "human_confirm"


def _local_example():
    from pathlib import Path

    return Path(__file__).resolve().parents[1] / "configs" / "model_router.local.example.yaml"


def test_context_window_moves_down_the_chain(default_router):
    prompt = "summarize these notes " * 3000  # ~16.5k tokens: over balanced_local's 16384
    decision = default_router.route(prompt)
    assert decision.selected_engine == "reasoning_local"
    assert any("engine holds 16384" in r.reason for r in decision.rejected_engines) or (
        decision.features.long_context
    )
    assert default_router.route_fast(prompt) == decision.selected_engine
    hinted = default_router.route("summarize these notes", {"context_tokens": 20000})
    assert hinted.selected_engine == "reasoning_local"
    assert any("prompt needs ~20000 tokens, engine holds 16384" == r.reason for r in hinted.rejected_engines)


def test_hints(default_router):
    vision = default_router.route("summarize this attachment", {"attachments": ["image"]})
    assert vision.selected_engine == "multimodal_vision"
    assert vision.requirements.required_modalities == ("image",)
    assert vision.requires_vision and vision.requires_tools
    code = default_router.route("summarize this attachment", {"attachments": ["code"]})
    assert code.requirements.required_modalities == ()
    forced = default_router.route("rewrite this text", {"force_engine": "reasoning_local"})
    assert forced.selected_engine == "reasoning_local"
    assert "forced engine reasoning_local" in forced.reasons
    blocked = default_router.route("delete everything", {"force_engine": "fast_local"})
    assert blocked.selected_engine == "human_confirm"
    assert "force_engine ignored for high-risk request: fast_local" in blocked.reasons
    unknown = default_router.route("rewrite this", {"force_engine": "nope"})
    assert unknown.selected_engine == "human_confirm"
    assert "unknown forced engine nope" in unknown.reasons
    cheap = default_router.route("search the web for the latest news", {"max_cost_tier": "free"})
    # web_research costs "medium"; its fallback has no tools: fail closed
    assert cheap.selected_engine == "human_confirm"
    assert cheap.rejected_engines[0].reason == "cost_tier medium exceeds free"
    slow = default_router.route("summarize these notes", {"max_latency_tier": "low"})
    assert slow.selected_engine == "human_confirm"
    assert slow.rejected_engines[0].reason == "latency_tier medium exceeds low"


def test_latency_sensitive_is_a_preference_not_a_wall(default_router):
    decision = default_router.route(
        "search the web for the latest TypeScript release notes", {"latency_sensitive": True}
    )
    assert decision.selected_engine == "web_research"
    assert decision.requirements.max_latency_tier is None
    assert default_router.route_fast(
        "search the web for the latest TypeScript release notes", {"latency_sensitive": True}
    ) == "web_research"


@pytest.mark.parametrize(
    "hints",
    [
        {"max_cost_tier": "bogus"},
        {"max_latency_tier": 3},
        {"attachments": ("image",)},
        {"attachments": ["video"]},
        {"force_engine": "   "},
        {"latency_sensitive": "yes"},
        {"context_tokens": -1},
        "not a dict",
    ],
)
def test_invalid_hints_fail_closed(default_router, hints):
    decision = default_router.route("rewrite this text", hints)
    assert decision.selected_engine == "human_confirm"
    assert decision.reasons[-1].startswith("fail-closed: invalid routing hints: ")
    assert decision.config_valid  # the config is fine; the hints are not
    assert decision.risk_score >= 80 and decision.confidence_score <= 50
    assert default_router.route_fast("rewrite this text", hints) == "human_confirm"


def test_routing_hints_object_is_validated(default_router):
    from model_router.models import RoutingHints

    decision = default_router.route("rewrite this", RoutingHints(max_cost_tier="bogus"))
    assert decision.selected_engine == "human_confirm"


def test_route_prompt_fails_closed_on_bad_config(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("engines: [\n")
    decision = route_prompt("rewrite this text", config_path=bad)
    assert decision.selected_engine == "human_confirm"
    assert not decision.config_valid and decision.fallback_engine is None
    assert decision.reasons[-1].startswith("fail-closed: ")
    assert str(bad) in decision.reasons[-1]


@pytest.mark.parametrize(
    "prompt",
    [None, "", "\x00\x00", "\ud800 delete it", "a" * 10_000_000, "İstanbul ſend K", "\u2028\x1c\x85 rewrite \xa0"],
)
def test_odd_prompts_never_crash(default_router, prompt):
    decision = default_router.route(prompt, include_alternatives=False)
    assert decision.selected_engine == default_router.route_fast(prompt)


def test_non_string_prompt_raises(default_router):
    with pytest.raises(TypeError):
        default_router.route_fast(42)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        default_router.route(b"bytes")  # type: ignore[arg-type]


def test_router_never_rereads_yaml(tmp_path):
    path = tmp_path / "model_router.yaml"
    from model_router.config import default_config_text

    path.write_text(default_config_text())
    router = ModelRouter.from_config(path)
    path.unlink()
    assert router.route_fast("rewrite this text") == "fast_local"


def test_confirmation_target_must_be_a_gate():
    from model_router.config import RouterConfigError

    with pytest.raises(RouterConfigError, match="confirmation"):
        _config(routing_targets__confirmation="fast_local")


def test_route_fast_entry_point_handles_every_argument_shape(default_router):
    # router.route_fast is the backend's entry point; odd arguments reach the
    # Python method through the fallback and behave exactly like route().
    fast = default_router.route_fast
    assert fast("rewrite this text") == "fast_local"
    assert fast("rewrite this text", None) == fast("rewrite this text", {}) == "fast_local"
    assert fast("delete it", confirmed=True) == default_router.route("delete it", confirmed=True).selected_engine
    assert fast(None) == default_router.route(None).selected_engine
    assert fast("\ud800 delete it") == "human_confirm"
    assert fast("rewrite this", {"max_cost_tier": "bogus"}) == "human_confirm"

    class Text(str):
        pass

    assert fast(Text("rewrite this text")) == "fast_local"
    with pytest.raises(TypeError):
        fast(b"bytes")  # type: ignore[arg-type]


def test_router_is_collectable():
    import gc
    import weakref

    router = ModelRouter.from_config()
    assert router.route_fast("rewrite this text") == "fast_local"
    ref = weakref.ref(router)
    del router
    gc.collect()
    assert ref() is None
