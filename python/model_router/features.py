"""The one pattern table both scoring backends compile.

Python owns this data; the Rust extension and the pure-Python twin
(`scorer_py`) each compile it once at router construction and must agree bit
for bit. Nothing else in the package defines routing vocabulary.

Building the table takes a process tens of milliseconds, so the Rust backend
does not import this module: it reads the finished strings from
``data/pattern_table.tsv`` (``model_router.pattern_table``) while that file
was written for this file's bytes. After editing the table, run
``python -m model_router.first_words``; it rewrites that file and the
first-words index. The names and numbers the backends share without the
table (signal and feature names, weights, thresholds) are in
``feature_constants`` and re-exported here.

How matching works (identical in both backends):

1. ``normalize`` turns the prompt into lowercase ASCII: separators (see
   ``is_separator``) become spaces, every other non-ASCII character becomes
   ``_``, space runs collapse to one, and the ends are trimmed. Because the
   regexes only ever see ASCII, ``\\b`` means the same thing in Python ``re``
   and Rust ``regex`` (their Unicode word classes differ), and case folding
   traps (Kelvin sign, long s, dotted I, final sigma) cannot diverge.
2. A *presence* signal is set when its regex matches anywhere.
3. A *guarded* signal compiles ``(?:benign)|(positive)`` and walks the
   leftmost-first, non-overlapping matches: the signal is set when some match
   came from the positive group. A benign phrase (an idiom, a how-to
   question, a noun use) therefore consumes only the occurrence it covers:
   "sort in alphabetical order and order a pizza" still finds the second
   "order".

The regex dialect is the intersection of Python ``re`` and Rust ``regex``:
no look-around, no backreferences, no ``$``; no pattern may match the empty
string. ``tests/test_features_table.py`` compiles every pattern in both.
"""

from __future__ import annotations

import functools
import re

# The names and numbers both backends share live in feature_constants (the
# Rust backend's path imports that, not this module); re-exported here so
# ``features.X`` names every part of the table.
from model_router.feature_constants import (  # noqa: F401 - re-exported
    AMBIGUOUS_MAX_WORDS,
    BUILTIN_WEIGHTS,
    CONDITIONAL_SIGNALS,
    CONFIRMATION_RISK,
    DEFAULT_SATURATION_K,
    FEATURE_NAMES,
    LONG_CONTEXT_CHARS,
    LONG_CONTEXT_TOKENS,
    LONG_PROMPT_TOKENS,
    MEDIUM_PROMPT_TOKENS,
    PASTED_ACTION_SIGNALS,
    PASTED_FRESHNESS_SIGNALS,
    PASTED_PLANNING_SIGNALS,
    SEPARATOR_RANGES,
    SIGNAL_NAMES,
    VERY_LONG_PROMPT_TOKENS,
)
from model_router.pattern_source import split_alternatives

# Not typing.TYPE_CHECKING: importing typing costs more than this module.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Final


def _words(*alternatives: str) -> str:
    """A whole-word alternation: ``\\b(?:a|b|c)\\b``."""
    return r"\b(?:" + "|".join(alternatives) + r")\b"


def _emphasized(*alternatives: str) -> str:
    """Words wrapped in markdown underscores (``_deploy_``, ``__send__``).

    ``_`` is a word character, so ``\\bdeploy\\b`` cannot see the verb inside
    underscore emphasis; asterisk emphasis needs nothing (``*`` separates).
    """
    return r"\b_{1,2}(?:" + "|".join(alternatives) + r")_{1,2}\b"


# --- normalization ------------------------------------------------------------
# (SEPARATOR_RANGES, the non-ASCII separators, is in feature_constants.)


def is_separator(code_point: int) -> bool:
    """True for characters that normalize to a space."""
    if code_point < 0x80:
        return code_point <= 0x20 or code_point == 0x7F
    for low, high in SEPARATOR_RANGES:
        if low <= code_point <= high:
            return True
    return False


# --- vocabulary -----------------------------------------------------------------

# Verb forms we treat as a request: base, third person and -ing ("start
# deleting the records", "go ahead and deploying"). Past tense is a report
# ("I deleted my files by mistake"), not a request, so it is left out.
_DESTRUCTIVE_VERBS = (
    "delete", "deletes", "deleting", "remove", "removes", "removing",
    "wipe", "wipes", "wiping", "destroy", "destroys", "destroying",
    "drop", "drops", "dropping", "erase", "erases", "erasing",
    "cancel", "cancels", "canceling", "cancelling",
    "terminate", "terminates", "terminating", "purge", "purges", "purging",
    "truncate", "truncates", "truncating", "shutdown", "shut down", "shuts down",
    "shutting down", "uninstall", "uninstalls", "uninstalling",
    "revoke", "revokes", "revoking", "nuke", "nukes", "nuking",
    "overwrite", "overwrites", "overwriting", "obliterate", "obliterates",
    "unsubscribe", "unsubscribes", "unsubscribing", "deactivate", "deactivates",
    "deactivating", "get rid of", "gets rid of", "getting rid of",
    # taking infrastructure away: "tear down the staging cluster", "spin down the nodes"
    "tear down", "tears down", "tearing down", "spin down", "spins down", "spinning down",
    "decommission", "decommissions", "decommissioning",
    # undoing a publication or a connection
    "unpublish", "unpublishes", "unpublishing", "unsend", "unfriend", "unfollow",
    # the commonest misspellings ("pls delet the logs", "cancle my flight")
    "delet", "dlete", "delte", "deleet", "cancle", "cancell", "cansel", "remvoe",
    "remoev", "reomve", "unistall", "uninstal", "unintall",
    # slang for throwing away: "yeet the staging db", "blow away the old volumes"
    "yeet", "yeets", "yeeting", "blow away", "blows away", "blowing away",
)
_SEND_VERBS = (
    "send", "sends", "sending", "post", "posts", "posting",
    "publish", "publishes", "publishing", "submit", "submits", "submitting",
    "reply", "replies", "replying", "tweet", "tweets", "tweeting",
    "forward", "forwards", "forwarding",
)
_PURCHASE_VERBS = (
    "buy", "buys", "buying", "purchase", "purchases", "purchasing",
    "pay", "pays", "paying", "transfer", "transfers", "transferring",
    "wire", "subscribe", "subscribes", "subscribing", "donate", "donating",
    "sell", "sells", "selling", "renew", "renews", "renewing",
    # the commonest misspellings ("transfr 350 to my sister")
    "transfr", "tranfer", "trasnfer", "trasfer",
    # (nouns too: these three stay last, the positive side leaves them to its phrases)
    "order", "book", "reserve",
)
_HIGH_IMPACT_VERBS = (
    "schedule", "schedules", "scheduling", "reschedule", "reschedules", "rescheduling",
    "invite", "invites", "inviting", "deploy", "deploys", "deploying",
    "merge", "merges", "merging", "commit", "commits", "committing",
    "push", "pushes", "pushing", "roll back", "rolls back", "rolling back", "rollback",
    # signing off on someone else's request: "approve the expense reports"
    # (not "approving": "a meme of Drake approving spaces" describes)
    "approve", "approves",
    # turning someone's request or application down: "reject the remaining applicants"
    "reject", "rejects",
    "redeploy", "redeploys", "redeploying",
    # the idiom for going ahead with a purchase or launch
    "pull the trigger", "pulls the trigger", "pulling the trigger",
)

# Verbs of the phrase rules below (devices, access, infrastructure, money
# moves, publishing): they act only with particular objects ("unlock the
# front door", "rotate the keys", "move 1,500 into checking"), so they are
# not action verbs on their own, but a question, a negation or another
# subject exempts them like the verbs above ("how do I unlock the door?",
# "don't scale the cluster", "a button that opens the garage").
_ACCESS_VERBS = (
    "unlock", "unlocks", "unlocking", "unlatch", "unbolt", "open", "opens", "opening",
    "arm", "arms", "disarm", "disarms", "disarming", "turn", "turns", "turning",
    "switch", "switches", "switching", "shut", "power", "disable", "disables", "disabling",
    "reset", "resets", "resetting", "change", "changes", "changing", "update", "updates",
    "set", "rotate", "rotates", "rotating", "regenerate", "reissue", "invalidate",
    "give", "gives", "giving", "grant", "grants", "granting", "make", "makes", "add", "adds",
    "kick", "kicks", "ban", "bans", "suspend", "suspends", "demote", "scale", "scales",
    "scaling", "roll", "rolls", "tag", "tags", "cut", "cuts",
)
_MONEY_VERBS = (
    "move", "moves", "moving", "shift", "put", "upgrade", "upgrades", "upgrading",
    "downgrade", "downgrades", "downgrading", "switch", "change", "settle", "settles",
    "settling", "refill", "refills", "refilling", "reorder", "re-order", "reordering",
    "venmo", "zelle",
)
_PUBLISH_VERBS = (
    "share", "shares", "sharing", "reshare", "repost", "crosspost", "cross-post",
    "file", "files", "filing",
)

# Requests written in another language (normalized: every non-ASCII letter
# becomes "_", so "usuń" is "usu_"; people often type without accents, so the
# plain spelling is listed too): "borra todos los archivos", "envoie le
# rapport", "den Termin absagen", "verwijder alle bestanden", "wyślij tego
# maila". Imperatives and infinitives only (nouns such as "commande" or
# "réserve" are left out: they name things more often than they ask). Positive
# only: the benign forms are English.
_FOREIGN_DESTRUCTIVE_VERBS = (
    # Spanish, Portuguese
    "borra", "borrar", "borre", "elimina", "eliminar", "cancela", "cancelar", "anula", "anular",
    "apaga", "apague", "apagar", "exclua", "excluir", "remova", "cancele", "deleta",
    "deletar",
    # with the object attached: "bórralos", "elimínalas"
    "b_rralos", "b_rralas", "b_rralo", "b_rrala", "borralos", "elim_nalos", "elim_nalas",
    "elim_nalo", "elim_nala", "cancelalo", "canc_lalo", "canc_lala",
    # French
    "supprime", "supprimer", "supprimez", "annule", "annuler", "annulez", "efface", "effacer",
    "effacez", "r_silie", "r_silier", "r_siliez", "resilie", "resilier",
    # German
    "l_sche", "l_schen", "losche", "loesche", "loeschen", "l_sch", "loesch", "absagen", "storniere", "stornieren",
    "k_ndige", "k_ndigen", "kuendige", "entferne", "entfernen",
    # Italian
    "cancella", "cancellare", "rimuovi", "rimuovere", "svuota", "svuotare", "disdici", "disdire",
    "disdico", "disdetta",
    "annulla", "annullare",
    # Dutch
    "verwijder", "verwijderen", "annuleer", "annuleren", "opzeggen",
    # Polish
    "usu_", "usun", "usun__", "usunac", "skasuj", "wyczy__", "wyczysc", "anuluj",
    # Turkish
    "sil", "silin", "kald_r", "kaldir",
    # Swedish ("säg upp mitt abonnemang")
    "radera", "avbryt", "ta bort", "s_g upp", "sag upp",
    # Czech ("smaž", "zruš")
    "sma_", "sma_te", "zru_", "zru_te",
    # Danish ("opsig mit abonnement", "slet mine mails"), Norwegian ("si opp", "slett")
    "opsig", "opsige", "slet", "slette", "annuller", "annullere", "si opp", "slett",
    # Romanian
    "_terge", "sterge", "_terge_i", "stergeti", "anuleaz_", "anuleaza",
    # Indonesian
    "hapus", "hapuskan", "batalkan",
    # Finnish ("poista vanhat varmuuskopiot", "peruuta tilaus"; not "peru": Peru)
    "poista", "poistakaa", "peruuta", "peruuttakaa", "irtisano", "tyhjenn_",
    # Hungarian ("töröld a fájlokat", "mondd le"), Catalan ("esborra", "cancel·la"),
    # Croatian, Serbian and Bosnian ("obriši", "otkaži"), Slovak ("vymaž"), Tagalog
    # ("burahin"), Malay ("padamkan"), Estonian ("kustuta")
    "t_r_ld", "t_r_lje", "mondd le", "mondja le", "esborra", "esborreu", "cancel_la",
    "obri_i", "izbri_i", "otka_i", "vyma_", "zma_", "burahin", "kanselahin", "padamkan",
    "kustuta",
    # Hinglish (an English verb and "karo"/"kar do") and Hindi; Swahili
    "delete karo", "delete kar do", "delete kardo", "cancel karo", "cancel kar do", "cancel kardo",
    "hata do", "hatao", "mita do", "futa", "ghairi",
)
_FOREIGN_SEND_VERBS = (
    "envoie", "envoyer", "envoyez", "env_a", "enviar", "envia", "schick", "schicke", "schicken",
    "sende", "senden", "invia", "inviare", "publica", "publicar", "publie", "publier",
    "manda", "mandar", "mandale", "m_ndale", "env_ale", "bhej", "bhejo", "bhejna",
    # French, Portuguese, Spanish replies and forwards
    "r_ponds", "reponds", "r_pondez", "transf_re", "responda", "reenv_a", "postar", "postear",
    # German
    "antworte", "ver_ffentliche", "veroeffentliche", "abschicken", "verschicken", "losschicken",
    # Italian
    "spedisci", "rispondi", "inoltra", "pubblica", "pubblicare",
    # Dutch
    "stuur", "verstuur", "versturen", "verzend", "verzenden", "beantwoord", "publiceer", "sturen",
    # Polish
    "wy_lij", "wyslij", "prze_lij", "przeslij", "odpowiedz", "opublikuj",
    # Turkish
    "g_nder", "gonder", "g_nderin", "yan_tla", "yanitla",
    # Swedish
    "skicka", "svara", "publicera",
    # Czech ("Pošli prosím hned upomínku")
    "po_li", "po_lete", "odpov_z",
    # Romanian
    "trimite", "trimite_i", "r_spunde", "raspunde",
    # Indonesian
    "kirim", "kirimkan", "balas",
    # Finnish ("Lähetä lokakuun laskut ...", "julkaise")
    "l_het_", "laheta", "l_hett_k__", "julkaise", "julkaiskaa",
    # Hungarian ("küldd el"), Croatian, Serbian and Bosnian ("pošalji"), Tagalog
    # ("ipadala"), Malay ("hantar"), Spanish ("envíe"; not "envie": French for a wish; not
    # "mande": "¿mande?" asks what was said)
    "k_ldd", "k_ldje", "po_alji", "po_aljite", "ipadala", "hantar", "hantarkan", "env_e",
    # Hinglish and Hindi: "rohan ko whatsapp karo ki ..."; Swahili: "tuma 45,000 kwa ..."
    "whatsapp karo", "whatsapp kar do", "whatsapp kardo", "message karo", "message kar do",
    "msg karo", "msg kar do", "sms karo", "sms kar do", "mail karo", "mail kar do", "email karo",
    "email kar do", "send karo", "send kar do", "forward karo", "forward kar do", "post karo",
    "post kar do", "share karo", "share kar do", "bhej do", "bhejdo", "bhej de",
    "tuma", "mtumie", "watumie",
)
_FOREIGN_PURCHASE_VERBS = (
    "paga", "pagar", "payer", "payez", "bezahle", "bezahlen", "_berweise", "_berweisen",
    "compra", "comprar", "ach_te", "acheter", "kaufe", "kaufen",
    # French, Spanish, Portuguese
    "r_servez", "r_server", "reserver", "pague", "compre", "transfira",
    "transfiere", "transferir", "reservar", "res_rvala", "res_rvalo", "res_rvalas", "res_rvalos", "reservala",
    "reservalo", "res_rvame", "reservo",
    # German
    "bestelle", "bestellen", "buche", "buchen", "ueberweise", "_berweis", "ueberweis",
    # renewing a contract or a domain: "und bitte gleich verlängern"
    "verl_ngern", "verl_ngere", "verlaengern", "verlaengere",
    # Italian
    "acquista", "acquistare", "prenota", "prenotare", "ordina", "ordinare",
    # Dutch: "maak €250 over naar ..." is below
    "betaal", "betalen", "kopen", "bestel", "reserveer",
    "overmaken", "overboeken",
    # Polish
    "zap_a_", "zaplac", "kup", "kupi_", "przelej", "zam_w", "zamow", "zarezerwuj",
    # Turkish
    "sat_n al", "satin al", "_deme yap", "rezervasyon yap",
    # Swedish
    "betala", "k_p", "best_ll", "bestall", "boka",
    # Danish and Norwegian ("betal regningen", "overfør 500 kr til ...")
    "betal", "overf_r", "overfor", "bestil",
    # Czech ("zaplať", "objednej")
    "zapla_", "objednej", "objednejte",
    # Romanian
    "pl_te_te", "plateste", "cump_r_", "cumpara", "rezerv_",
    # Indonesian
    "bayar", "bayarkan", "beli", "belikan", "pesankan",
    # Finnish ("maksa lasku", "osta"; not "tilaa" or "varaa", which also mean room and means)
    "maksa", "maksakaa", "osta", "ostakaa",
    # Hungarian ("fizesd ki", "vedd meg", "utald át"), Croatian, Serbian and Bosnian
    # ("plati", "kupi"), Tagalog ("magbayad", "bilhin"), German "zahle" (not "zahl":
    # a number)
    "fizesd", "fizesse", "vedd meg", "rendeld meg", "utald", "plati", "platite", "kupi",
    "magbayad", "bilhin", "zahle",
    # Hinglish and Hindi; Swahili
    "pay karo", "pay kar do", "payment karo", "payment kar do", "transfer karo", "transfer kar do",
    "book karo", "book kar do", "order karo", "order kar do", "refund karo", "refund kar do",
    "kharid lo", "kharido", "lipa", "lipia", "nunua",
)
# Unlocking and deploying in another language: "ouvre la porte" is left to
# its English twin, "déverrouille la porte", "kapının kilidini aç".
_FOREIGN_HIGH_IMPACT_VERBS = (
    "d_verrouille", "deverrouille", "sblocca", "ontgrendel", "odblokuj", "entsperre",
    "desbloquea", "desbloqueie", "kilidini a_", "kilidini ac", "l_s upp", "las upp",
    "buka kunci", "d_ploie", "deploie", "d_ployer", "rilascia",
    # approvals of payments: "aprueba ahora todas las facturas pendientes"
    "aprueba", "apruebe", "aprobar", "approuve", "approuvez", "genehmige", "genehmigen", "approva",
)

# Whether to do something, asked: a weighed question (multi_step_reasoning), and
# what it names is not asked for (the action classes' benign forms): "Does it
# make sense for our swim club to delete its old Facebook page ...?"
_MAKES_SENSE_TO = "(?:does|would|will) it make sense (?:for (?:[a-z0-9'-]+ ){1,3})?to"

# A question about how to do something is not the action itself: "how do I
# delete a git branch?". Nor is a first-person hypothetical ("if I cancel my
# membership, will..."), a deliberation ("decide whether to send it") or a
# comparison ("the difference between git merge and rebase"). "if you" and
# "can you" are left out on purpose: they are how people phrase requests. The
# prefix consumes the verb right after it (one optional word in between), so
# a later imperative in the same prompt still counts. Shell/database danger commands are matched separately and are never
# exempted by a question.
_QUESTION_PREFIX = (
    r"\b(?:how (?:do|can|could|would|should|does|did) (?:i|we|you|one|someone) "
    r"|how to |what (?:actually |really |exactly )?happens (?:if|when) (?:i|we|you) "
    # and its second step: "what happens if I freeze my credit and then apply for ..."
    r"|what (?:actually |really |exactly )?happens (?:if|when) (?:i|we|you) (?:[a-z0-9'-]+ ){1,6}"
    r"(?:and then|then|and) |should (?:i|we) "
    # and a third party's act: "What actually happens when IT remote-wipes a lost phone?"
    r"|what (?:actually |really |exactly )?happens (?:if|when) (?:it|they|someone|somebody|people"
    r"|(?:a|an|the|my|our|your|their|his|her) (?:[a-z0-9'-]+ ){0,2}[a-z0-9'-]+) "
    # whether to act, asked (before the question about "it": "Does it make sense for our
    # swim club to delete its old page", "does it make sense to pay off the van loan early?")
    r"|" + _MAKES_SENSE_TO + r" (?:just |actually |simply |now )?"
    # planning the steps: "plan how we'd tear down the old setup"
    r"|how (?:we|i)(?:'d|'ll| would| will| should| could| can| might) "
    # "how much should I tip the driver?", "how often do you rotate keys?"
    r"|how (?:much|often|early|soon|late) (?:should|do|would|can|does|must) (?:i|we|you|one|someone) "
    # "is there a way to share a folder with someone outside my org?"
    r"|(?:is there|there's|theres|there is) (?:a|any|an easy|a quick|a safe) way to "
    # "is it safe to", "is it rude to", "would it be weird to"
    r"|(?:is it|would it be|isn't it|is it ever|is it really)(?: actually| even)? (?:a good idea|a bad idea|worth it"
    r"|[a-z]+) to "
    # deliberating over the object: "tips for deciding which subscriptions to cancel",
    # "which apps would you delete first?"
    r"|(?:which|what)(?: [a-z0-9'-]+){0,6} to "
    r"|(?:which|what)(?: [a-z'-]+){0,3} (?:would|should|could|do|can) (?:you|i|we) "
    # "Which of these should be paid first with €62k cash available?"
    r"|(?:which|what)(?: [a-z0-9'-]+){0,4} (?:should|would|could|must|can|will) be "
    # what an act costs: "what does Wise charge today to send 2000 USD"
    r"|(?:cost|costs|charge|charges|fee|fees|price) (?:today |now |me |us |these days |nowadays |currently )?to"
    r" (?:[a-z]+ or )?"
    # "which role does someone need in Workspace to grant admin access?"
    r"|(?:which|what)(?: [a-z'-]+){0,2} (?:does|do|would|should|must) (?:i|we|you|someone|somebody"
    r"|one|a user|users|an admin) (?:need|have|use|require)(?: [a-z'-]+){0,4} to "
    r"|(?:the )?(?:best|right|correct|proper|easiest|fastest|safest|cheapest) way to "
    r"|when (?:should|do|can) (?:i|we) "
    # (both sides of a choice: "deciding whether to cancel mine or drop to the ad
    # tier"; before the one-verb form, which would win and leave the second)
    r"|whether (?:or not )?to (?:[a-z0-9'-]+ ){1,4}or (?:to )?"
    # "thinking about whether we downgrade our 14 Standard seats"
    r"|whether (?:or not )?(?:i|we) (?:should |could |can |would )?"
    r"|(?:what if|if) (?:i|we) |whether (?:or not )?(?:to |i should |we should "
    # "tell me ... whether we need to reply"
    r"|(?:i|we|you) (?:need|have|ought|want) to )?|before (?:i|we) "
    # a choice weighed: "would we be better off selling it and renting cottages?"
    r"|(?:be|are|is|am|been) better off (?:just )?"
    # "do I have to sell them or can I keep them?"; a reported attempt, subject left out
    r"|(?:do|does|would|will|should) (?:i|we|you|one) (?:have|need) to |(?:tried|attempted|trying) to "
    # a choice weighed by its verb: "is it the better buy to lease an EV ... or keep my diesel?"
    r"|is it (?:the )?(?:better|best|smarter|cheaper|wiser) (?:buy |deal |option |choice |move |idea )?to "
    # the user's own act as a time clause: "how long does Gmail keep mail
    # after I delete it?" ("once you delete them, tell me" is the agent's act)
    r"|(?:after|once|when|whenever|as soon as|until) (?:i|we) "
    # a comparison consumes both of its verbs: "the difference between DELETE and TRUNCATE"
    r"|(?:(?:what's|whats|what is|what are) the )?differences? between (?:a |an |the )?"
    r"(?:[a-z-]+ ){1,3}(?:and|or|vs|versus) (?:a |an |the )?"
    r"|(?:what's|whats|what is|what are) the differences? between |difference between "
    r"|what (?:does|do) "
    r"|why (?:does|did|would|can't|cant|won't|wont|do) (?:i |it |my |we |you )?"
    # "how much does it cost to wire money", "how long does it take to ship"
    r"|how (?:much|long) (?:does|would|will|did|do) it (?:cost|take)(?: me| us)? to "
    # a question about what someone else may do: "can my employer cancel my
    # insurance?", "will the script delete my files?" ("can you" stays a request)
    r"|(?:can|could|will|would|does|did|may|might|should) (?:my|the|a|an|our|their|his|her)"
    r" (?:[a-z0-9']+ ){0,2}(?:actually |really |automatically |still |also |just )?"
    # and about what a thing already named would do: "what exactly would this
    # remove?", "will it still send at 9?", "Would anything here wipe the wrong directory?"
    r"|(?:can|could|will|would|does|did|may|might) (?:this|that|it|anything|something)(?: here| in (?:it|this|there))?"
    r" (?:still |also |actually |really |accidentally )?"
    # a deadline or a price for the act: "last day to drop a class", "$300 to end the lease early"
    r"|(?:last|final|latest|earliest) (?:day|date|chance|time) to |deadline to |[0-9][0-9,.]*k? to "
    # whether someone did it: "did Kilbride & Walsh actually pay invoice 0068?"
    r"|did (?:[a-z0-9&'.-]+ ){1,3}(?:actually |really |ever |already |just )?"
    # how long an act takes, its subject named: "how long are Wise transfers taking?"
    r"|how (?:long|fast|quickly) (?:are|is|do|does|did|will|would|can)(?: [a-z0-9'-]+){0,2} "
    # a term asked about: "what 'merging' a branch means"
    r"|what ['\"`]|how (?:does|do|did|would|will) ['\"`]"
    r"|would it (?:work|be|go) (?:better|best|worse) to )"
    # one more word (or a prefix: "remote-wipes"), and a quote around the verb named:
    # "what does 'ship it' mean?"
    r"(?:[a-z]+[ -])?['\"`]?"
)


def _question_about(verbs: tuple[str, ...]) -> str:
    # A choice asked after "should <subject>" comes first: at the same start it
    # covers more than "should I delete" does ("Should I delete my account or
    # just deactivate it?", "Should a 120-person company build its own tool or
    # pay for a vendor's plan?").
    # The order of several acts asked comes first too ("In what order should I close his
    # bank accounts, cancel his direct debits and tell the pension people?"): the
    # question about one act would take only the first.
    return (r"\b(?:what|which) order (?:should|do|would|could|can|must) (?:i|we) (?:[a-z0-9,'-]+ ){0,30}"
            r"[a-z0-9,'-]+ ?[?]|"
            + _choice_asked(r"\b(?:should (?:i|we|you|they|(?:a|an|the|my|our) (?:[a-z0-9'-]+ ){0,2}[a-z0-9'-]+)"
                          # "Is it smarter to hire a third dispatcher or pay £600 a month for
                          # software?", "Do we wipe and reinstall them ourselves or replace them?"
                          r"|is it (?:the )?(?:smarter|better|cheaper|wiser|safer|best)(?: for (?:me|us))? to"
                          r"|do (?:i|we))")
            + "|" + _QUESTION_PREFIX + _words(*verbs))


def _choice_asked(lead: str) -> str:
    """A choice between two acts asked as a question after ``lead``: "...,
    email them again or just call?" (not "..., whichever is cheaper?": one of
    them is asked for)."""
    choice_word = ("(?: (?:" + _word_except(("whichever", "either", "whatever", "both", "please", "pls"))
                   + _TOKEN_TAIL + r"|[^ .!?a-z'](?:[^ .!?]|[.][0-9])*))")
    return (lead + " " + _words(*_CHOICE_VERBS) + choice_word
            + "{0,24} or (?:just |simply |maybe |even |should i |do i |should we )?"
            + _words(*_CHOICE_VERBS) + choice_word + "{0,24} ?[?]")


def _foreign_benign(verbs: tuple[str, ...]) -> str:
    """The benign forms of another language's verbs: a how-question ("comment
    supprimer mon compte", "jak usunąć konto", "hoe verwijder ik"), a relative
    clause, a choice between acts, the first person."""
    return (r"\b(?:comment|come|c_mo|como|wie|hoe|jak|nas_l|nasil|hur|hvordan|cum|bagaimana|cara)"
            r"(?: [a-z0-9_'-]+){0,3} " + _words(*verbs)
            # a choice between acts: "nous hésitons entre louer et acheter"
            + r"|\b(?:entre|zwischen|tussen|tra|mellan)(?: [a-z0-9_'-]+){1,3} (?:et|ou|y|o|e|und|oder|en|of"
            r"|och|eller) " + _words(*verbs)
            # and a relative clause, which describes: "una funzione che ... annulla
            # quella precedente"
            + r"|\b(?:che|qui|que|welche|welcher|kt_ry|kt_ra|kt_re|ktory|ktora|som|care|yang)"
            r"(?: [a-z0-9_'-]+){0,8} " + _words(*verbs)
            # the user's own act, said in the first person ("ich schicke sie selbst
            # ab", "je paie demain"); only right after the pronoun: "je veux
            # supprimer mon compte" is a request
            + r"|\b(?:ich|ik|je|io|eu|jag|jeg|yo) " + _words(*verbs)
            # and the act ruled out: "non cancellare niente", "bitte nicht löschen",
            # "ne supprime rien", "no borres nada", "niet verwijderen"
            + r"|\b(?:non|nicht|ne|niet|nie|no) " + _words(*verbs)
            # an act being considered: "estamos a pensar comprar um segundo aparelho",
            # "estamos pensando en comprar", "on pense acheter"
            + r"|\b(?:pensar|pensando|pensamos|penso|considerar|considerando|planear|planeando"
            r"|pense|pensons|envisage|envisageons|envisager) (?:em |en |de |d'|a )?" + _words(*verbs)
            # how much: "quanto si paga il Nebbiolo al quintale" (not the impersonal
            # "si" alone: Italians type "si" for "sì", yes)
            + r"|\b(?:quanto|quanta|cu_nto|cuanto|combien|wieviel|hoeveel|ile)(?: [a-z0-9_'-]+){0,2} "
            + _words(*verbs))


_LANGUAGES = (
    "english", "spanish", "french", "german", "italian", "portuguese", "dutch", "japanese",
    "chinese", "mandarin", "korean", "russian", "arabic", "hindi", "polish", "turkish",
    "swedish", "greek", "hebrew", "vietnamese", "thai", "indonesian", "ukrainian", "czech",
)

# Currency names, for exchange rates asked in words (not the ones that are
# also common words: "won", "real", "try", "rand").
_CURRENCIES = (
    "dollars?|usd|euros?|eur|yen|jpy|pounds? sterling|gbp|sterling|pesos?|mxn|rupees?|inr|yuan"
    "|renminbi|rmb|cny|swiss francs?|francs?|chf|krw|kronas?|kronor|kroner|sek|nok|dkk"
    "|reais|brl|lira|zloty|pln|zar|baht|thb|dirhams?|aed|shekels?|cad|aud|nzd"
)

# Units of measure, for conversions asked as questions.
# Letter cases named as a transform: "title case these", "snake_case these:"
_CASE_NAMES = "(?:title|sentence|upper|lower|camel|snake|kebab)[ _-]?case"
# Reference styles, a house name allowed before them: "put these in Cardiff Harvard style"
_REFERENCE_STYLE = "(?:[a-z]+ )?(?:apa|mla|chicago|harvard|ieee|vancouver|bibtex|oscola)(?: [0-9]+)?"
# Time zones a list of times is converted into: "convert to UTC for the handoff doc:"
_TIME_ZONES = "utc|gmt|cet|cest|est|edt|pst|pdt|mst|mdt|cst|cdt|ist|jst|aest|wet|west|bst"
# A translation asked as a question: "what's this in English, off the mart's page: ..."
_WHATS_THIS_IN_LANGUAGE = "(?:what's|what is) (?:this|that|it) in (?:" + "|".join(_LANGUAGES) + ")"

_UNITS = (
    "km|kms|kilometers|kilometres|miles|mi|kg|kgs|kilos|kilograms|lbs?|pounds|ounces|oz|grams|g"
    "|celsius|fahrenheit|degrees(?: [cf])?|cups?|tablespoons?|tbsp|teaspoons?|tsp|ml|liters?"
    "|litres?|gallons?|quarts?|pints?|inches|inch|cm|mm|meters?|metres?|feet|foot|ft|yards?"
    "|stones?|acres?|hectares?|mph|kph|km/h|knots|mg|milligrams?|micrograms?|mcg"
    "|hours|hrs|minutes|mins|seconds|secs"
)

# Text handed over to be rewritten, translated or summarized is content, not
# a request: "proofread: 'we will deploy on Monday'", "how to say 'please
# cancel my order' in Japanese". Only a fixed set of filler words may sit
# between the verb and the quote, so "translate this and delete it: '...'"
# still confirms. Inside single quotes an apostrophe followed by a letter
# ("we're", "Marco's") does not close the quote. Several quoted items count as
# one ("translate 'Delete' and 'Cancel'"), and unquoted text after a colon is
# content up to the end of its first sentence or the first "and"/"then"
# ("rewrite this formally: can u send me the file"), so "translate: thanks for
# coming, and email it to Maria" still confirms; later sentences are content
# while they open like text and not like the user's next request (see
# _PASSAGE_SENTENCES).
_QUOTED = r"(?:'(?:[^']|'[a-z])*'|\"[^\"]*\")"


def _word_but_and_then(char: str, char_except: "Callable[[str], str]") -> str:
    """One word of ``char`` characters that is not "and" or "then" (spelled
    out: the dialect has no look-ahead). ``char_except(letters)`` is the same
    class without ``letters``. Longer alternatives come first: nothing need
    follow the word, so a leftmost-first match must not stop at the "a" of
    "approved"."""
    return (
        "(?:" + char_except("at") + char + "*|a" + char_except("n") + char + "*|an"
        + char_except("d") + char + "*|and" + char + "+|an|a|t" + char_except("h") + char + "*|th"
        + char_except("e") + char + "*|the" + char_except("n") + char + "*|then" + char
        + "+|the|th|t)"
    )


# One word of unquoted content: any run of non-space, non-sentence-end
# characters except "and" and "then".
_W = "[^ .!?]"
_CONTENT_WORD = _word_but_and_then(_W, lambda letters: "[^ .!?" + letters + "]")

# One plain word (letters, digits, apostrophes, hyphens), not "and" or
# "then": a depicted scene runs up to the verb but not across a second clause.
_SCENE_WORD = _word_but_and_then(
    "[a-z0-9'-]",
    lambda letters: "[" + "".join(c for c in "abcdefghijklmnopqrstuvwxyz" if c not in letters) + "0-9'-]",
)


_WORD_LETTERS = "abcdefghijklmnopqrstuvwxyz'"


@functools.lru_cache(maxsize=None)
def _letter_class(chars: str) -> str:
    """A class of ``chars`` with runs of three or more letters as ranges
    ("[a-cx-z']", not "[abcxyz']"): the same class, and less regex for both
    engines to parse (the word-except tries are the bulk of the table's
    largest regexes)."""
    codes = sorted({ord(char) for char in chars})
    parts = []
    start = 0
    while start < len(codes):
        end = start
        while end + 1 < len(codes) and codes[end + 1] == codes[end] + 1:
            end += 1
        if end - start >= 2:
            parts.append(chr(codes[start]) + "-" + chr(codes[end]))
        else:
            parts.extend(chr(code) for code in codes[start : end + 1])
        start = end + 1
    return "[" + "".join(parts) + "]"


@functools.lru_cache(maxsize=None)
def _other_letters(children: str) -> str:
    """The class of the letters a trie node does not continue with (it
    depends only on the node's children, and the same sets recur)."""
    return _letter_class("".join([char for char in _WORD_LETTERS if char not in children]))


@functools.lru_cache(maxsize=None)
def _word_except(excluded: tuple[str, ...]) -> str:
    """One word of letters and apostrophes that is not one of ``excluded``
    (only its one-word entries count).

    Spelled out as a trie complement (the dialect has no look-ahead): at each
    node the word may end (when that prefix is itself allowed), continue along
    the trie, or leave it with any other letter. The pattern that follows must
    start with a non-letter, so the word is always matched whole.

    Cached: the table asks for the same few exclusion lists many times, and
    the whole table is built at import time (``model-router decide`` pays it).
    """
    allowed = set(_WORD_LETTERS)
    trie: dict = {}
    for word in excluded:
        if not word or not allowed.issuperset(word):
            continue
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    # Leaves (an excluded word's end with nothing below) are most of the
    # trie's nodes and always give the same pattern.
    leaf = "(?:" + _letter_class(_WORD_LETTERS) + "[a-z']*)"

    def build(node: dict, depth: int) -> str:
        children = sorted(node)
        if children == [""]:
            return leaf
        ends = children[0] == ""
        if ends:
            del children[0]
        others = _other_letters("".join(children))
        parts = [char + build(node[char], depth + 1) for char in children]
        parts.append(others + "[a-z']*")
        body = "(?:" + "|".join(parts) + ")"
        # the prefix itself is a word that is not excluded: it may end here
        return body if depth == 0 or ends else body + "?"

    return build(trie, 0)


# A length asked for ("make this fit in a tweet:"): an edit that hands its text
# over (_EDIT_VERBS) and a quick transform (simple_transform).
_FIT_TO_LENGTH = (r"make (?:this|it) fit (?:in|into|within|under) (?:(?:a |one )?(?:tweet|text|sms|line|sentence"
                  r"|paragraph|post|caption)|(?:[0-9]+|one|two|three) (?:characters|chars|words|lines|sentences))")
# The same for filler taken out ("Take the filler out of this: '...'", "Strip the filler
# words out of this:") and capitals asked for ("Put this in capitals for the lab door
# sign: '...'").
_FILLER_TAKEN_OUT = (r"take (?:the |all |any )?(?:filler|fillers|filler words|fluff) out(?: of)?"
                     r"|take out (?:the |all |any )?(?:filler|fillers|filler words|fluff)(?: from)?"
                     r"|strip (?:out )?(?:the |all |any )?(?:filler|fillers|filler words|fluff)(?: out)?(?: of)?")
_IN_CAPITALS = (r"put (?:this|it|that)(?: [a-z-]+){0,3} in (?:all )?(?:caps|capitals|capital letters"
                r"|block capitals|upper ?case)")

# Weather asked about ("will it snow in Denver on Saturday?"): something that
# changes (freshness_object) and asked of the days ahead (current_info_intent).
# A figure asked about as having moved: "did mortgage rates go up?" (fresh),
# "why did our sales drop?" (the user's own numbers, not news).
_HAS_MOVED = "(?:go up|go down|rise|increase|change|drop)"

# Schedules made as an answer: "propose a rota", "give a valid schedule".
_ROTA_NOUNS = "schedule|timetable|rota|roster"
_FEASIBLE = "(?:valid|feasible|possible|workable|conflict-free|clash-free|fair)"

# The state of something outside asked in plain words: both an ask for current
# information and a thing that changes ("Is the Rye Lane store still running
# the late opening?", "Has the pool reopened?", "the going rate for ...", "Is
# Tesla still giving free Supercharging?", "What's the ETF trading at?", "Are
# the tracks open again after the bushfire?", "Did the Ontario nurses' union
# reach a deal?", "Has the price of urea gone up since last fall?").
_STATE_NOW = (
    "still (?:running|happening|taking new|serving|operating|in business|giving|offering|doing|selling|free"
    "|available|charging|paying|accepting|taking|in arbitration|in talks|on strike|closed|shut)",
    "(?:reopened|re-opened)",
    "going (?:rate|price)s?",
    "trading at", "(?:open|closed|reopened) again", "open yet", "snowed in", "close (?:it |them )?early",
    "(?:reach|reached) (?:a |an )?(?:deal|agreement|settlement|contract)",
    "(?:price|prices|cost|costs|rate|rates|fee|fees) of (?:[a-z0-9-]+ ){1,3}(?:gone|went|come|come back|risen"
    "|fallen|dropped)",
    "since last (?:fall|autumn|spring|summer|winter|season)",
    "(?:ever|finally) (?:fix|fixed|patch|patched|solve|solved|resolve|resolved) (?:the |that |this |those )?"
    "(?:[a-z0-9-]+ ){0,4}(?:bug|bugs|issue|issues|problem|problems|stutter|stuttering|crash|crashes|crashing"
    "|glitch|lag|drops?|dropouts|outage|leak)",
    "any (?:tickets |seats |spots |places |rooms )?left for",
    "(?:levy|bill|measure|motion|ballot|proposition|referendum|budget|vote) pass",
    "(?:after|since) the (?:bushfire|bushfires|fire|fires|flood|floods|flooding|storm|earthquake|cyclone"
    "|hurricane|landslide|rockfall|snowstorm)",
)


# Weighing asked for in an engineer's plain words: a multi-step signal, and a
# design question when it names code (so "Weigh it for mobile and partner
# clients" over "sync HTTP or an async job API?" goes to the reasoning model,
# not the code model): "Reason it out before we spend a week on heap dumps",
# "Estimate whether self-hosting beats API pricing", "Walk through how this
# retry storm developed", "Break down the goal into ordered steps", "Which,
# and why?", "Why might that be, and what would you check first?"
_WEIGHED_IN_PLAIN_WORDS = (
    # (not "Happy to help you think it through": an assistant's offer)
    "reason (?:it|this|that) out", "think (?:it|this|that) through (?:and|before|carefully|step)",
    "think through (?:the|these|those|how|what|whether|which|both|each|all)", "weigh (?:it|them|this|these|that)"
    " (?:for|against|up)", "(?:estimate|work out|figure out) whether", "break-?even", "walk (?:me |us )?through how",
    "which architectural changes", "break down the (?:goal|project|migration|work|epic)", "cut-?over (?:plan|strategy)",
    "ordered steps", "which,? and why", "why might (?:that|this|it) be", "what would you check first",
    "justify (?:it|the order|your (?:order|ranking|choice|pick))", "propose a framework",
    "framework for deciding",
    # the thirty-eighth and thirty-ninth corpora's weighing: "Think about it properly",
    # "where's the hole in this", "We're weighing her moving in with us, a care home or
    # carers", "Should we close it, cut its hours, or turn it into a collection point?",
    # "Which is actually cheapest once everything's counted?", "How would you divide the travel budget?",
    # "Should the research software team switch from Scrum to Kanban?", "Tenemos dos
    # opciones", "Wie würdest du einen Dienstplan aufbauen?"
    "think (?:about )?(?:it|this|that) (?:properly|carefully|over|hard)",
    "(?:where's|wheres|where is) the (?:hole|catch|gap)",
    "weighing (?:up )?(?:whether|her|his|their|our|my|two|three|the options|options)",
    "should (?:we|i) (?:[a-z0-9'-]+ ){1,6}[a-z0-9'-]+, (?:[a-z0-9,'-]+ ){1,10}or [a-z]+",
    "(?:which|what) (?:one |option |quote |offer |plan |deal )?(?:is|works out|comes out) (?:actually |really"
    " |truly )?(?:cheapest|the cheapest|best value|the best deal|cheaper overall|better value)",
    "how would you (?:decide|divide|allocate|split|prioriti[sz]e|sequence|rank|share out|distribute)",
    "should (?:the|our|my) (?:[a-z0-9-]+ ){1,3}(?:switch|move|migrate) from",
    "(?:two|three|four) options", "(?:dos|tres) opciones", "(?:deux|trois) options",
    "(?:zwei|drei) (?:optionen|m_glichkeiten|moeglichkeiten)", "(?:wie|was) w_rdest du", "(?:wie|was) wuerdest du",
    "(?:qu_|cu_l|que|cual) (?:nos |me |te )?conviene",
    "what (?:would|will) it (?:really |actually )?cost (?:us|me) (?:if|to)",
    # the fortieth and forty-first corpora's: "Lay out what matters and how you'd decide",
    # "Argue it both ways", "Which carrier mix makes sense?", "What are the risks each way,
    # and is there a middle option?", "Which builder would you pick?", "Where would you
    # cut?", "Who should get them?", "Is that a fair conclusion?", "what would you do?"
    "how (?:you'd|you would|would you) decide",
    "which (?:[a-z-]+ )?(?:mix|combination|split|setup|arrangement|schedule|order) makes (?:more |the most )?sense",
    "risks (?:each|either) way",
    "(?:a|any) middle (?:option|ground|way)",
    "which (?:[a-z-]+ )?would you (?:pick|choose|recommend|hire|go with|book|take)",
    "where (?:would|should) (?:you|we|i|they) (?:cut|put|focus|spend|save|invest|trim)",
    "who should (?:get|have|take|go first)", "(?:a |is (?:that|this|it) a )?fair conclusion",
    "what would you do", "(?:come|como) (?:li |lo |la |le )?distribuiresti",
)

# A word before the prose named in a prose_request ("a short *Slack* message").
_PROSE_MODIFIER = _word_except((
    "to", "for", "the", "a", "an", "in", "on", "with", "of", "and", "or", "from", "at", "by",
    "commit", "commits", "git", "pr", "merge", "error", "log", "exception", "code", "function",
    "script", "docstring", "validation", "validator",
))

# A choice asked for with its reasons ("..., and pick one with reasons"): a
# weighed question, and a design question when it names code.
_CHOICE_WITH_REASONS = (
    "(?:pick|choose|recommend) (?:one|the best one|a winner)(?: with reasons| and (?:explain|justify|say) why"
    "| and why)"
)

_WEATHER_ASKED = (
    "(?:will it|is it (?:gonna|going to)|it's (?:gonna|going to)|its gonna) (?:rain|snow|storm|hail|freeze"
    "|pour|be (?:sunny|hot|cold|windy|cloudy|wet|dry|warm|nice))"
)

_EDIT_VERBS = (
    r"proofread|proof read|translate|rewrite|rephrase|reword|paraphrase|summari[sz]e"
    r"|shorten|condense|tighten(?: up)?|copyedit|spellcheck|spell-check|correct|fix the grammar(?: in| of)?"
    # "Active voice please: '...'", "Cut the filler words: '...'"
    r"|(?:active|passive) voice"
    r"|cut (?:the |all |any )?(?:filler words?|fillers|jargon|buzzwords|hedging)"
    r"|grammar check|grammar-check|check (?:the |my )?(?:grammar|spelling)(?: in| of)?"
    r"|how (?:do you|do i|would you|to) say"
    # the edits of the simple_transform signal: "make this title case:", "change to
    # past tense:", "expand the abbreviations:", "make this sentence shorter:"
    r"|reformat|format|capitali[sz]e|uppercase|lowercase|expand|simplify|punctuate|alphabeti[sz]e"
    r"|tidy up(?: the (?:grammar|wording|spelling|punctuation|formatting|text))?(?: in| of)?"
    r"|tidy (?:this|it|these|them)(?: up)?(?: into)?"
    r"|" + _CASE_NAMES
    + r"|(?:put|format|convert|cite|reformat)(?: (?:these|this|them|it|the references|the citations))? (?:in|into|to"
    r"|as) " + _REFERENCE_STYLE
    + r"|sort|change the tone(?: of)?|adjust the tone(?: of)?|soften"
    # "cut this to about 50 words for my portfolio:", "make this an APA 7 reference:"
    r"|(?:cut|trim) (?:this|it|the [a-z]+|my [a-z]+)(?: down)? to"
    # "make this fit in a tweet:", "remove the filler words:"
    r"|" + _FIT_TO_LENGTH +
    r"|remove (?:the |all |any )?(?:filler words?|fillers|jargon|typos|buzzwords|hedging)"
    # "convert to yyyy-mm-dd pls:", "make bullet points out of this for the class
    # whatsapp:", "mask all the NRIC numbers in this:"
    r"|(?:convert|change|format|reformat|turn|put)(?: (?:these|this|them|it|the dates?|these dates|all (?:the )?dates?))?"
    r" (?:to|into|as|in) (?:yyyy-mm-dd|dd/mm/yyyy|mm/dd/yyyy|dd-mm-yyyy|yyyy/mm/dd)"
    r"|make (?:bullet points|bullets|a list|a table|a checklist|notes) (?:out of|from)|mask"
    r"|make (?:this|it|these|them) (?:an? )?(?:apa|mla|chicago|harvard|ieee|vancouver)(?: [0-9]+)?"
    r" (?:references?|citations?|style|format)"
    # fixing and translating in other languages: "corrige l'orthographe :"
    r"|corrige|corrigez|traduis|traduisez|traduce|traduci|traduz|traduza|traduzir|_bersetze|ubersetze"
    r"|vertaal|popraw"
    r"|przet_umacz|przetlumacz|reformule|riformula|reescribe|reescreva"
    # a format conversion: "JSON to YAML please:"
    r"|(?:csv|tsv|json|yaml|yml|xml|toml|markdown|html) (?:to|into) (?:csv|tsv|json|yaml|yml|xml"
    r"|toml|markdown|html)(?: table| list)?"
    # a list handed over for layout: "turn into a numbered list: buy domain, ..."
    r"|(?:turn|convert|make|format|put|rewrite)(?: (?:this|it|that|these|them))?(?: to| into| in| as)?"
    r" (?:a |an )?(?:numbered |bulleted |bullet |ordered |unordered |markdown |comma-separated "
    r"|plain |simple |short )?(?:list|checklist|to-do list|todo list|bullets|bullet points|table|steps)"
    r"|fix (?:the |my |any |all )?(?:typos?|spelling|punctuation|capitali[sz]ation|wording|formatting"
    r"|english|grammar|writing)"
    r"|" + _FILLER_TAKEN_OUT + r"|" + _IN_CAPITALS +
    r"|(?:switch|change|convert|put|rewrite)(?: (?:this|it|that|these|them))? (?:to|into|in)"
    r" (?:british|american|uk|us|australian|canadian) (?:english|spelling)"
    r"|(?:make|put|convert|change|turn|rewrite)(?: (?:this|it|that|these|them))?(?: to| into| in)?"
    r" " + _CASE_NAMES
    + r"|(?:convert|change|put|rewrite|turn)(?: (?:this|it|that|these|them))?(?: to| into| in)?(?: the)?"
    r" (?:passive|active) voice"
    r"|(?:convert|change|put|rewrite|turn)(?: (?:this|it|that|these|them)(?: [a-z]+)?)?(?: to| into| in)?"
    r"(?: the)? (?:past|present|future) tense"
    # "convert to CSV with a header row:", "extract the party names from this clause:"
    r"|convert(?: (?:this|it|these|them))? (?:to|into) (?:csv|tsv|json|yaml|xml|markdown|html|a table"
    r"|a list|bullet points)|extract|transpose|capitali[sz]e and punctuate"
    r"|make (?:this|it|that|these|them)(?: [a-z]+){0,3}(?: a (?:bit|little|lot))? (?:sound )?(?:shorter|longer|simpler"
    r"|clearer|punchier|friendlier|warmer|crisper|tighter|snappier|briefer|funnier|smoother|politer"
    r"|one sentence|a single sentence)"
    r"|make (?:this|it|that)(?: sound| read| look)?(?: a (?:bit|little|lot))? (?:more|less) [a-z]+(?:-[a-z]+| aggressive)?"
    # a transform named by its result: "spanish pls:", "german version of this
    # sentence:", "one sentence please:", "emoji-free version of this:", "json
    # please", "dates to ISO:", "as a table:"
    # (no optional words in front: the first-words index needs each
    # alternative's first word)
    r"|(?:" + "|".join(_LANGUAGES) + r")(?: please| pls| plz| version| translation)"
    r"|(?:one|a single|two|three) sentences?(?: please| pls| max)?"
    r"|(?:emoji-free|plain-text|plain text|shorter|cleaner|formal|informal|polite|casual) version"
    r"|(?:csv|tsv|json|yaml|yml|xml|toml|markdown|html) (?:please|pls|plz)"
    r"|put (?:these|them|this|those|the (?:list|items|lines|names|tasks|steps|dates|rows)) in (?:[a-z]+ )?order"
    r"|(?:arrange|rank|order) (?:these|them|the (?:list|items|lines|names|tasks|rows)) (?:by|in|from"
    r"|alphabetically|chronologically)"
    r"|dates? (?:to|in|as) iso(?: ?8601)?"
    r"|(?:convert|change|format|reformat|turn)(?: (?:these|this|them|it|the dates?|all dates?))?"
    r" (?:to|into|as|in) iso(?: ?8601)?"
    # times into a zone: "convert to UTC for the on-call handoff doc (this week, ...):"
    r"|(?:convert|change|put)(?: (?:these|this|them|it|the times?|all (?:the )?times?))? (?:to|into|in)"
    r" (?:" + _TIME_ZONES + r")"
    r"|as an? (?:markdown |simple |plain |bulleted |numbered )?(?:table|list"
    r"|csv|json)|reverse the order of (?:this|these|the|my) (?:list|items|lines|words|names|steps|rows)"
)
_FIXED_FILLERS = (
    r"this|that|it|the|following|text|sentences?|paragraph|message|lines?|email|note"
    r"|caption|tweet|post|to|into|in|for|me|please|pls|my|our|slack|key|points|main|of"
    r"|quickly|formal|informal|tone|style|a|an|more|less|polite|politely|formally|casual"
    r"|spelling|grammar|punctuation|only|just|headline|title|bio|slogan|tagline"
    # "fix the grammar, keep the tone:", "shorten to under 80 characters:"
    r"|keep|same|voice|meaning|length|under|characters|chars|words|[0-9]+|short|shorter|brief"
    r"|concise|clear|natural|british|american|european|brazilian|canadian|mexican|simplified"
    r"|traditional|friendly|warm|\([^()]{1,40}\)"
    # "capitalize this properly:", "rephrase without the passive voice:", "sort this
    # to-do list alphabetically and number it:", "fix the capitalization and
    # punctuation in this commit message:"
    r"|properly|correctly|without|passive|active|to-do|todo|list|items|alphabetically"
    r"|chronologically|numerically|by date|by priority|and number (?:it|them)|numbered"
    r"|and (?:punctuation|grammar|spelling|capitali[sz]ation|formatting|tone|wording)"
    r"|commit messages?|pr (?:description|title)|docstring|subject line|friendlier|nicer"
    r"|something|l'orthographe|orthographe|la grammaire|grammaire|ortografia|ortograf_a"
    r"|rechtschreibung|grammatik|interpunkcj_|pisowni_|ce texte|cette phrase"
    # "reformat as a bulleted list, keep the order:", "shorten ... and keep the emoji:",
    # "translate to German, formal register:", "proofread only, I'll send it myself:"
    r"|keep the (?:same )?order|in (?:the same )?order|same order|as|register|formal register"
    r"|and keep (?:the |my |all )?(?:emoji|emojis|tone|links?|hashtags?|names?|formatting|meaning"
    r"|order|voice|numbers)|and (?:punctuate|proofread|format|capitali[sz]e)|changelog|line"
    r"|with|header|headers|row|rows|column|columns|sms|text message"
    r"|one per line|per line|each on its own line|one per row|by due date|due date"
    # "proofread this text to my tenant before I send it", "redact ... before I
    # share this with my accountant", "as a markdown table with columns DAG,
    # owner, schedule, SLA:"
    r"|before (?:i|we) (?:send|post|share|publish|submit|forward|paste) (?:it|them|this)"
    r"|(?:columns?|fields?|headers?|keys)(?:,? [a-z0-9_'/-]+){1,8}"
    r"|don't change (?:the |any )?(?:figures|numbers|meaning|wording|tone|names|dates|amounts|links)"
    # "sort this by due date, earliest first, don't add anything:"
    r"|don't add anything(?: else| new)?|(?:earliest|latest|oldest|newest|highest|lowest|biggest"
    r"|smallest) first"
    r"|no commentary|nothing else|no explanation|no comments|by priority|just the list"
    r"|i'll (?:send|post|share|publish|submit|forward) (?:it|them|this)(?: [a-z0-9'-]+){0,4} myself"
    r"|without changing (?:the )?(?:meaning"
    r"|what it says|anything else)"
    r"|" + "|".join(_LANGUAGES)
)
# Every word that asks for an act: the action vocabularies and the plain
# words for sending, closing and signing.
_ACTION_WORDS = (
    _DESTRUCTIVE_VERBS + _SEND_VERBS + _PURCHASE_VERBS + _HIGH_IMPACT_VERBS + _ACCESS_VERBS
    + _MONEY_VERBS + _PUBLISH_VERBS
    + ("email", "text", "message", "dm", "tell", "let", "ping", "ship", "charge", "refund",
       "close", "empty", "flush", "prune", "trash", "sign", "accept", "decline")
)

# Text handed over runs on across its later sentences ("translate into
# Spanish: Hi all. The order was cancelled. We will send a replacement.")
# while each starts with a word users do not open their own next request
# with: not a connector ("then", "also", "once"), not a request opener
# ("please", "can you", "make sure", "I"), not an action verb ("send it to
# Bob."). Past its first word a later sentence is the passage's own, "and
# refund the fee" included; a sentence may also start with a number or a
# symbol ("v2.4.0 - ...", "$500 due ...").
# Words that open the user's next request rather than the text: "extract
# the attachments: then delete the email".
_CONNECTORS = (
    "then", "and", "also", "plus", "afterwards", "after", "finally", "next", "lastly", "once",
)
_PASSAGE_STOP = _CONNECTORS + (
    "but", "so", "now", "ps", "please", "pls", "plz", "kindly", "make", "go", "don't", "dont",
    "remember", "be", "feel", "just", "can", "could", "would", "will", "you", "i", "i'd", "i'll",
    "i'm", "im", "when", "before", "oh", "btw", "do", "let's", "lets", "same", "while", "if", "ok",
    "okay", "sure", "yes", "no", "thanks",
)
# The passage ends where a word ends, never inside one: an excluded first
# word cut short ("sen" of "send it to Bob", "i'" of "i'd rather not pay")
# would hide it from the forms that follow. Hence the closing boundary; and
# as "\b" also holds on either side of an apostrophe, the parts of the
# excluded words around it ("don", "don'" of "don't") are excluded too.
# Only the plain forms of the acts: a passage sentence may open with "Deleted
# the old logs." or "Sending now", a user's next request does not.
_PASSAGE_ACTS = tuple(word for word in _ACTION_WORDS if not word.endswith(("s", "ed", "ing")))
_PASSAGE_EXCLUDED = _PASSAGE_STOP + _PASSAGE_ACTS + tuple(
    part
    for word in _PASSAGE_STOP + _PASSAGE_ACTS
    if "'" in word
    for part in (word[: word.index("'")], word[: word.index("'") + 1])
)


# What may follow a word of letters inside one token ("hi," "v2.4"), and a
# passage's end: where a word ends, never inside one.
_TOKEN_TAIL = r"(?:[^ .!?a-z'][^ .!?]*)?"
# The same for a filler word before the text: never a colon, which is where
# the text begins. A filler that took "portfolio:" let the fillers run on over
# the text's first sentence, and when the text did not end as the form needs,
# Python's re backtracked through every way of splitting the run into fillers
# (seconds for "summarize this for my portfolio: <80 words>").
_FILLER_TAIL = r"(?:[^ .!?:a-z'][^ .!?:]*)?"

_DETERMINERS = ("this", "that", "the", "these", "those", "my", "our", "your")

# Fixed fillers that are acts when "and" comes before them: "proofread this and
# email it to the team: ..." asks for the email, while "shorten this email:"
# and "rewrite as a text message:" hand text over.
_ACT_NOUN_FILLERS = ("text", "message", "email", "tweet", "post", "sms", "text message")


def _filler_token(excluded: tuple[str, ...], tail: str, extra: str, act_nouns: tuple[str, ...] = ()) -> str:
    """One filler word before handed-over text, matched one way only: a fixed
    filler the plain word cannot be, any word but ``excluded`` (with
    ``tail``), a determiner with an optional excluded noun ("summarize this
    call:"), or ``extra``. With ``act_nouns``, those stand alone and every
    other token may follow "and" ("proofread this and email it to ..." stops
    at "email").

    One way only because Python's ``re`` backtracks: when the text never
    comes (no colon, no quote), a token that two alternatives could match
    doubles the work at every word, and a long sentence after the verb took
    minutes.
    """
    unmatched = set(excluded) | set(_DETERMINERS) | set(act_nouns)
    fixed = []
    for alternative in split_alternatives(_FIXED_FILLERS):  # our own list: always balanced
        if alternative in _DETERMINERS or alternative in act_nouns or alternative == "[0-9]+":
            continue  # the determiner, act-noun and symbol tokens match these
        plain = re.fullmatch(r"([a-z']+)(s\?)?", alternative)
        if plain and plain.group(1) not in unmatched and plain.group(1) + "s" not in unmatched:
            continue  # any plain word matches it
        fixed.append(alternative)
    # After a determiner, the excluded words no other token matches on its own.
    standalone = {alternative for alternative in fixed if re.fullmatch(r"[a-z']+", alternative)}
    nouns = sorted(
        (word for word in set(excluded)
         if word not in _CONNECTORS and word not in standalone and word not in act_nouns
         and re.fullmatch(r"[a-z']+", word)),
        key=lambda word: (-len(word), word),
    )
    determiner = r"(?:" + "|".join(_DETERMINERS) + r")(?: (?:" + "|".join(nouns) + r"))?"
    token = "|".join(fixed) + "|" + _word_except(tuple(unmatched)) + tail + "|" + determiner + "|" + extra
    if not act_nouns:
        return "(?:" + token + ")"
    return "(?:" + "|".join(act_nouns) + "|(?:and )?(?:" + token + "))"


_PASSAGE_END = r"(?:[ .!?]|\b)"


def _later_sentence(separator: str, excluded: tuple[str, ...]) -> str:
    """One later sentence of a text handed over: ``separator``, then a first
    word not in ``excluded`` (or a number or symbol), then any words."""
    return (
        "(?:" + separator + "(?:" + _word_except(excluded) + _TOKEN_TAIL
        + r"|[^ .!?a-z'\"][^ .!?]*)(?: [^ .!?]+)*)"
    )


# A later sentence of a passage, after a sentence's end (or the colon or
# question mark that introduces a passage to a reading verb), opened by a word
# not in _PASSAGE_EXCLUDED or by a number or symbol.
_PASSAGE_SENTENCE = _later_sentence("(?:[.!?]+ ?|[:?] )", _PASSAGE_EXCLUDED)
_PASSAGE_SENTENCES = _PASSAGE_SENTENCE + "*" + _PASSAGE_END

# Besides the edits, what only reads the text handed over: "tl;dr this
# thread:", "classify these reviews:", "redact the card numbers from this:",
# "list only the action items from this transcript:", "what does this say in
# English?" (the colon or question mark then a space: "at 7:40" introduces
# nothing). These may also introduce the user's own words, so they take only
# the fixed fillers and the passage's first sentence is held to the same
# opening rule as the later ones.
_READING_VERBS = (
    r"tl;dr|tldr|classify|categori[sz]e|label|redact|anonymi[sz]e|extract|list (?:only|just|all|every)"
    r"|what does (?:this|that|it)(?: [a-z0-9'-]+){0,3} (?:say|mean)(?: in [a-z]+)?[?]?"
    r"|" + _WHATS_THIS_IN_LANGUAGE + r"[?]?"
    r"|get (?:the |all |all the )?(?:[a-z]+ ){0,2}out of"
    # "just pull out the phone numbers from these notes:"
    r"|pull out|pull (?:the|all|any|every|all the|just the) (?:[a-z-]+ ){0,4}(?:out of|from)"
    # the format asked for is where the text begins: "Pull out supplier,
    # invoice number, amount and due date as JSON: '...'"
    r"|(?:as|into|in) (?:json|csv|yaml|xml|a table|a markdown table|a list|a spreadsheet|bullet points)"
    # ... and its fields: "into JSON (item, code, qty, price):"
    r"(?: \([^()]{1,80}\))?"
    r"|(?:json|csv|yaml|xml|a (?:markdown )?table|a list) (?:with|of|containing)"
)
_HANDOVER_VERBS = (
    _READING_VERBS
    # a critique or an explanation of the text: "tell me the weak points before
    # Monday: '...'", "thoughts on this review?", "poke holes in this plan:"
    + r"|tell me|review|critique|proofcheck|look (?:at|over|through)|go (?:over|through)"
    r"|thoughts on|feedback on|what do you think(?: of| about)?|poke holes in|point out|assess"
    r"|evaluate|analy[sz]e|explain|interpret|weak points (?:in|of)|what's weak (?:in|about)"
    r"|weaknesses (?:in|of)"
)


# Verbs that are not in the action vocabularies but may still start the
# user's next request after an "and" among the fillers ("summarize this and
# archive the thread: ...").
_FILLER_STOP = (
    "archive", "resolve", "dismiss", "mark", "clear", "kill", "run", "execute", "restart", "reboot",
    "stop", "start", "block", "mute", "lock", "disable", "enable", "apply", "confirm", "upload",
    "download", "install", "reassign", "ack", "do", "go",
)


# Filler words before the text: a fixed set, or any word but "and", "then"
# and the action verbs ("rephrase so it's less blunt: '...'"; "proofread this
# before you send it: '...'" still confirms), a number or symbol, a column
# name after a bar ("columns version | date | change:"), a word folded from
# another script ("al ingl_s"), a noun after a determiner ("summarize this
# call for the team:"). The edit's own sentence may end before them ("make
# this sound more professional? its for my manager Ruth "hey so ..."), but
# no later one: fillers that ran on over sentences made Python's
# backtracking take minutes on a long prompt whose text never came.
_HANDOVER_FILLERS = (
    r"[?.!]?(?:,? " + _filler_token(("and", "then", "also", "plus") + _ACTION_WORDS + _FILLER_STOP, "",
                                   r"[^ .!?:a-z'\"][^ .!?:]*|[a-z']*_[^ .!?:]*|[|] [a-z']+", _ACT_NOUN_FILLERS)
    + r")*"
)
# Inside the first sentence of the text, once it has a subject of its own
# ("we will send a replacement and refund the fee", "we'll be late, go ahead
# and order the appetizers"), "and" goes on with it unless what follows reads
# as the user's next request: an opener, or an act on the text itself
# ("..., and email it to Maria", "and post the summary"). Without a subject
# ("see you soon and book the flight for me") or after "then", it stops.
_ARTIFACT_WORDS = (
    "it", "them", "this", "that", "these", "those", "everything", "original", "originals", "file",
    "files", "draft", "drafts", "doc", "docs", "document", "documents", "email", "emails", "message",
    "messages", "text", "copy", "copies", "version", "versions", "result", "results", "summary",
    "summaries", "translation", "translations", "output", "answer", "reply", "list", "above", "rest",
    "thing", "to", "over", "out", "back", "along", "off", "up", "on", "away", "all",
    # the determiners themselves: the word checked is the noun after them
    "the", "a", "an", "my", "our", "your", "his", "her", "their", "some",
)
_SUBJECTS = (
    "i", "we", "they", "he", "she", "i'll", "we'll", "they'll", "he'll", "she'll", "i'm", "we're",
    "they're", "he's", "she's", "i've", "we've", "they've", "i'd", "we'd", "they'd", "im", "ive",
)
# longest first: leftmost-first would stop at the "we" of "we'll"
_SUBJECT_TOKEN = r"(?:" + "|".join(sorted(_SUBJECTS, key=len, reverse=True)) + r")" + _TOKEN_TAIL
# A word of the sentence before its subject: not "and", "then" or a subject.
_PRE_SUBJECT_TOKEN = (
    r"(?:" + _word_except(("and", "then") + _SUBJECTS) + _TOKEN_TAIL + r"|[^ .!?a-z'\"][^ .!?]*)"
)
# The first word after the colon, before any subject: not a connector
# ("extract the attachments: then delete the email").
_FIRST_PRE_SUBJECT_TOKEN = (
    r"(?:" + _word_except(_CONNECTORS + _SUBJECTS) + _TOKEN_TAIL + r"|[^.!?'\" a-z]" + _W + "*)"
)
_TEXT_GOES_ON = (
    r" and (?:" + _word_except(_PASSAGE_EXCLUDED) + _TOKEN_TAIL
    + r"|(?:" + "|".join(_PASSAGE_ACTS) + r")(?: (?:me|us|him|her|you))?(?: (?:the|a|an|my|our|your|his"
    r"|her|their|some))? " + _word_except(_ARTIFACT_WORDS) + r")"
)
_QUOTED_CONTENT = (
    r"\b(?:" + _EDIT_VERBS + r")" + _HANDOVER_FILLERS
    + r"(?: ?:? " + _QUOTED + r"(?:(?:,| and| or|, and)? " + _QUOTED + r")*| ?: (?:"
    # the first sentence: words up to its subject (if any), the subject, and on;
    # or, without a subject, words up to the first "and"/"then"
    + r"(?:" + _FIRST_PRE_SUBJECT_TOKEN + r"(?: " + _PRE_SUBJECT_TOKEN + r")* )?" + _SUBJECT_TOKEN
    + r"(?: " + _CONTENT_WORD + "|" + _TEXT_GOES_ON + r")*|" + _FIRST_PRE_SUBJECT_TOKEN + r"(?: "
    + _PRE_SUBJECT_TOKEN + r")*)" + _PASSAGE_SENTENCES + ")"
    # the reading verbs take no act in their fillers, not even a noun-like
    # "-s" form, and their passage opens like any later sentence
    + r"|\b(?:" + _HANDOVER_VERBS + r")[?.!]?(?:,? "
    + _filler_token(_CONNECTORS + _PASSAGE_ACTS + _FILLER_STOP, _FILLER_TAIL, r"[^ .!?:a-z'\"][^ .!?:]*",
                    _ACT_NOUN_FILLERS) + r")*"
    # quoted text, or at least one sentence: the bare instruction is no passage
    + r"(?: ?:? " + _QUOTED + r"(?:(?:,| and| or|, and)? " + _QUOTED + r")*| ?" + _PASSAGE_SENTENCE + "+"
    + _PASSAGE_END + ")"
)

# Later sentences of the text, for the request signals: any that does not
# open like the user's own next line (a connector or a question: "...
# Also, what's the latest on it?"). Their first sentence runs to its end,
# "and" included: what a request signal misreads there is a route, not an
# act.
_PROSE_SENTENCES = _later_sentence("[.!?]+ ?", _CONNECTORS + (
    "what", "what's", "whats", "when", "how", "why", "who", "where", "which", "can", "could",
    "would", "will", "should", "is", "are", "do", "does", "did", "please", "pls", "now", "i",
    "i'd", "i'm", "i'll", "ps", "btw", "oh", "but", "so",
)) + "*" + _PASSAGE_END

# The same with the fixed fillers only: code, image, vision, freshness and
# planning words inside a sentence handed over for a prose edit are content
# ("translate to Portuguese: 'Generate a picture of a cat'", "make this sound
# friendlier: 'the deployment is blocked until you fix your tests'", "rewrite
# in passive voice: The committee approved the new plan in 2024."); "rewrite
# this in Python: '...'" keeps its coding word outside the quote. Unquoted
# text after a colon is content up to the end of its sentence or the first
# "and"/"then".
# Words that keep a request signal of their own when they sit between the
# verb and the text ("rewrite this in Python: ...", "translate the text in
# this screenshot: ...", "summarize today's news: ...").
_PROSE_FILLER_EXCLUDED = _CONNECTORS + (
    # the tool words (the acts themselves are the action signals' business; a
    # trie of all of them made this form 33 KB in every request signal)
    "run", "execute", "open", "browse", "send", "schedule", "download", "upload", "install", "call",
    "fetch", "scrape", "crawl", "click", "navigate", "email", "text", "message", "post", "deploy",
    "delete", "remove", "pay", "buy", "book", "order", "cancel", "share", "publish", "submit",
    "python", "javascript", "js", "typescript", "ts", "java", "kotlin", "swift", "rust", "go",
    "golang", "ruby", "php", "c", "cpp", "csharp", "sql", "bash", "shell", "powershell", "html",
    "css", "react", "vue", "angular", "django", "flask", "rails", "node", "regex", "code",
    "function", "functions", "script", "scripts", "class", "method", "query", "component",
    "module", "test", "tests", "api", "endpoint", "program", "snippet", "notebook", "r", "matlab",
    # code constructs: "Make this a list comprehension:\nresult = [] ..."
    "comprehension", "comprehensions", "lambda", "lambdas", "loop", "loops", "one-liner", "generator",
    "generators", "decorator", "decorators", "dataclass", "enum", "async",
    "excel", "formula", "screenshot", "screenshots", "image", "images", "picture", "pictures",
    "photo", "photos", "pic", "pics", "scan", "scanned", "chart", "charts", "diagram", "graph",
    "attached", "attachment", "today", "today's", "latest", "current", "recent", "news", "now",
    "web", "online", "search", "file", "files", "folder", "calendar", "github", "repo",
)
# The words between a prose edit and its text: the fixed fillers, or any
# plain words ("make this less blunt, it's going to a client I like:",
# "summarise this letter for Dad in plain words:"), "and" between them. A
# star, not a count: "{0,12}" copied the word-except trie twelve times into
# every request signal's automaton.
_PROSE_FILLERS = (
    r"[?.!]?(?:,? " + _filler_token(_PROSE_FILLER_EXCLUDED, _FILLER_TAIL, r"and|[0-9][^ .!?:]*") + r")*"
)

# (The passage after a colon does not open with a bracket: "into CSV: [scan
# attached]" hands over a picture, not text.)
_QUOTED_PROSE = (
    r"\b(?:" + _EDIT_VERBS + r"|" + _READING_VERBS + r")" + _PROSE_FILLERS + r"(?: ?:? " + _QUOTED
    + r"(?:(?:,| and| or|, and)? " + _QUOTED + r")*| ?: [^.!?'\"\[ ]" + _W + "*(?: [^ .!?]+)*"
    + _PROSE_SENTENCES + ")"
)

# Subjects other than the user's agent: "he'll terminate the lease", "she
# pays on time", relative clauses ("a script that deletes temp files", "a
# bot which posts memes"). "the agent deletes ..." is not here: a named
# actor in the third person is how instructions are written.
_OTHER_SUBJECT = (
    r"\b(?:he|she|they|he'll|she'll|they'll|he'd|she'd|they'd|he's|she's|they're|theyre|it|it'll|it's|its"
    r"|someone|somebody"
    r"|nobody|no one|everyone|anyone|who|which|that)"
    r"(?: (?:will|would|could|might|may|can|should|must|always|never|often|usually|also|only"
    r"|still|then|automatically|just|wants to|want to|tried to|tries to|threatened to"
    r"|threatens to|is going to|are going to|is trying to|keeps trying to|has to|had to"
    r"|needs to|used to|decided to|plans to|is|are|was|were|gonna|going to))? "
    # a second verb of the same clause: "a script that archives and then removes old logs"
    r"(?:[a-z]+s(?:,| and| then| and then){1,2} )?"
    # "so it soft-deletes instead"
    r"(?:soft-|hard-)?"
)

# The user describing their own plan or activity: "I'm booking a trip",
# "a job I'm applying for", "I'm going to delete facebook, how do I...".
# Bare "I want to / I need to" is left out: that is how requests are made.
_FIRST_PERSON_ACTIVITY = (
    # and what the user will do: "I'll send it myself", "we'll post them later"
    r"\b(?:i'm|im|i am|we're|we are|i was|we were|i'll|i will|we'll|we will|i'd rather"
    r"|i can just)(?: not)?(?: (?:going to|gonna|planning to"
    r"|planning on|about to|thinking of|thinking about|trying to|hoping to|already|be"
    r"|currently|just|still|also|not))? "
)

# Acts an agent proposes and a user approves ("Want me to issue it?" ... "go ahead").
_APPROVED_ACTS = (
    "issue|send|delete|remove|pay|book|cancel|deploy|merge|push|rotate|revoke|refund|transfer|order"
    "|buy|post|publish|approve|submit|run|apply|execute|drop|wipe|restart|scale|roll|release|sign"
)

# Nouns that name code rather than a request: "the cron job that deletes",
# once its author asks to run it, is an action again.
_CODE_NOUNS = (
    "script", "scripts", "job", "jobs", "cron job", "function", "functions", "bot", "bots",
    "command", "commands", "program", "tool", "workflow", "lambda", "task", "query",
    "code", "hook", "rule", "method", "endpoint", "one-liner", "cli", "clis", "utility",
)
# The parts of a running system that act on their own: "the checkout form
# submits the payment intent twice", "our API receives webhooks and posts". Not
# _CODE_NOUNS: "the script deletes old files; run it now" is a request
# (_code_then_run), and a benign reading from the same word would win.
_PROGRAM_NOUNS = tuple(
    name + plural
    for name in (
        "form", "button", "page", "component", "handler", "app", "client", "service", "worker",
        "pipeline", "api", "server", "webhook", "integration", "consumer", "producer",
        "scheduler", "daemon", "plugin", "extension",
        # code described by what it does: "checks that my cleanup() function deletes
        # everything older than 7 days"
        "function", "method", "script", "job", "endpoint", "bot", "lambda", "command", "hook",
        "trigger", "routine", "task", "test",
    )
    for plural in ("", "s")
)


# Every -ing form of the action vocabularies above (the first of two acts
# named together, see _benign_forms).
_ACTION_GERUNDS = tuple(sorted({
    verb
    for verb in _DESTRUCTIVE_VERBS + _SEND_VERBS + _PURCHASE_VERBS + _HIGH_IMPACT_VERBS
    + _ACCESS_VERBS + _MONEY_VERBS + _PUBLISH_VERBS
    if verb.endswith("ing")
}))


def _benign_forms(verbs: tuple[str, ...]) -> str:
    """Benign uses every action class shares (see the comments above).

    Also: a gerund after a preposition is a noun ("the tax implications of
    selling", "tips for sending"), a modal in contract language ("either
    party may terminate", "Customer shall pay"), an identifier in code
    ("Array.prototype.push", "order.total()", "Order.java") and a comparison
    ("rebase vs merge", "the difference between DELETE and TRUNCATE").
    """
    verb = _words(*verbs)
    gerunds = tuple(v for v in verbs if v.split()[0].endswith("ing"))
    # Python's ``re`` pays per top-level branch at every position, so the
    # forms that end in the verb share one prefix group and one verb group.
    prefixes = "|".join((
        _OTHER_SUBJECT[2:],
        # a condition laid out: "if you cancel your streaming plan, your profiles stay 10
        # months" (not "if you could cancel it": a polite request has its modal)
        # (and the user's own means: "how long it would take if I can put 600 a month")
        r"if (?:i|we) (?:can|could) (?:only |just |also |afford to )?",
        r"if (?:you|i|we|they|he|she|someone|anyone|a customer|the customer|customers|users?|members?)"
        r" (?:ever |later |then |also )?",
        _FIRST_PERSON_ACTIVITY[2:],
        r"we (?:could|might) (?:also |just |probably )?",
        # a group's likely behaviour: "staff would push it", "guests might cancel"
        # (a modal, never a bare verb: "have staff delete the old records" acts)
        r"(?:staff|guests|customers|clients|users|employees|students|visitors|members|patients"
        r"|parents|people) (?:would|might|could|may|will|often|usually|sometimes|tend to) ",
        r"(?:i|this|that|which|it) (?:could|would|might|may|will|can)"
        r" (?:also |even |accidentally |easily |just |still |never |not |always |only |actually"
        r" |automatically |then |probably )?",
        # describing a permission, not granting it: "the failure modes of
        # letting an agent issue refunds", "allowing users to delete posts"
        r"(?:letting|allowing|permitting) (?:[a-z0-9'-]+ ){1,4}(?:to )?",
        # a request described, made to someone else: "a letter asking to renew the lease"
        # (not the agent asked: "I'm asking you to end my contract today"; but "I'm
        # not asking you to cancel anything")
        r"(?:not|never) (?:asking|requesting|telling) (?:you |u )?to ",
        # (not the agent asked: "I'm asking you to end my contract today")
        r"(?:asking|requesting|begging|urging) (?:(?:" + _word_except(("you", "u", "ya", "yall")) + r"|[0-9'-][a-z0-9'-]*) ){0,2}to ",
        # a permission described: "who is allowed to grant and revoke access" (not "would
        # you be able to pay the water bill", a polite request)
        r"(?:is|are|was|were|isn't|aren't) (?:not )?(?:allowed|permitted|supposed|free|meant|designed|intended)"
        r" to"
        r" (?:[a-z]+ (?:and|or) )?",
        # what a third party wants from another: "some shops want their managers to approve
        # deliveries" (not "I want my team to deploy it": an errand)
        r"(?:want|wants|wanted|need|needs|expect|expects|allow|allows|let|lets) (?:their|his|her|its|the)"
        r" (?:[a-z0-9'-]+ ){0,2}[a-z0-9'-]+ to ",
        # the act not done: "anonymises the record instead of hard-deleting it"
        r"instead of (?:hard-|soft-)?",
        # a condition on another's act: "nothing gets deleted until the faculty board approves it"
        r"(?:until|unless|once|after|before) (?:the|a|an|our|my|their|his|her) (?:[a-z0-9'-]+ ){0,2}",
        # a draft's purpose, the recipient's act: "Write the email I'll send RaçãoNorte
        # myself next week to cancel our standing order", "draft a letter asking them to
        # refund the deposit" (sending it, asked for, is a send of its own)
        r"(?:write|draft|compose|prepare)(?: me| us)? (?:a|an|the|my|our) (?:[a-z'-]+ ){0,2}(?:e-?mail|letter"
        r"|message|note|text|reply|dm|whatsapp|sms)(?: [a-z0-9_'-]+){0,10} (?:to|asking (?:them |him |her )?to"
        r"|requesting (?:them |him |her )?to) ",
        # an act weighed: "Weigh publishing our preprint now versus waiting"
        r"(?:weigh|weighing|weighed) (?:up )?",
        # the same with the subject further back: "my colleague claims ... and wants to ship it"
        r"(?:and|but|who|which|that) (?:wants|plans|hopes|decided|threatened|tried|intends)"
        r" to ",
        # what a letter is to say: "Write an email to Harlow Gas saying I'd like to cancel my
        # boiler cover at renewal"
        r"(?:saying|to say|that says|explaining) (?:that )?(?:i'd|i would|we'd|we would|i want|we want|i need"
        r"|we need|i'm going|we're going)(?: like)? to ",
        # a demand put on the user: "is this text a scam? it wants me to pay a $1.99 fee",
        # "he keeps asking me to send him my code" (not "my boss asked me to delete the
        # files" or "my wife wants me to book a table": errands handed on to the agent)
        r"(?:it|this|that|which) (?:wants|asks|tells|told|asked) (?:me|us) to (?:[a-z]+ )?",
        r"(?:keeps|kept) (?:asking|begging|pushing|pressuring|telling) (?:me|us) to (?:[a-z]+ )?",
        r"(?:is|are|was|were) (?:pressuring|pushing|begging|pestering|nagging) (?:me|us) to (?:[a-z]+ )?",
        # someone else's intention: "my mom wants to sell her old gold bracelets"
        r"who (?:wants|wanted|asks|asked|needs|expects) (?:us|me|them|him|her) to ",
        # (and counted: "two couples want to cancel this weekend")
        r"(?:two|three|four|five|six|several|some|many|most|few|[0-9]+) (?:[a-z]+ ){1,2}(?:want|wanted|plan"
        r"|planned|need|needed|asked|hope|hoped|tried|decided|would like) to ",
        r"(?:my|his|her|their|our|the|a|an) (?:[a-z]+ ){1,2}(?:wants|wanted|plans|planned|is planning|was planning"
        r"|needs|needed|is going|was going|tried|tries|hopes|hoped|decided|would like|asked) to ",
        # a control added to an app: "add a 'Send invoice' button to the React component"
        r"(?:add|adds|adding|build|create|implement|design|render|show|hide|disable|style) (?:a|an|the"
        r"|this|that|my|our) ['\"]?",
        # a button pressed in a report: "right after clicking Pay now at checkout"
        r"(?:clicking|clicked|tapping|tapped|pressing|pressed|hitting) (?:on )?(?:the )?['\"]?",
        # a test double: "stub the actual sending out with a TODO", "mock the payment"
        r"(?:stub|stubs|stubbed|mock|mocks|mocked|fake|fakes|faked)(?: out)? (?:the |any |all )?"
        r"(?:actual |real )?",
        # a slash command named, not run: "a handler for /deploy <service>"
        r"(?:for|handles?|handler|handling|commands?|implements?|implementing|registers?|registering)"
        r" [`'\"]?/",
        # a situation described: "what an escrow account is when you're buying a house"
        r"(?:when|while|if|before|after|once) (?:you're|you are|youre|i'm|im|i am|we're|we are"
        r"|someone's|someone is|people are|one is) ",
        # someone's habit: "my dad keeps sending money to a 'crypto advisor'"
        r"(?:keeps|kept) (?:on )?",
        # "how much did each pay?", "how much should each of us pay?"
        r"how much (?:did|does|do|should|would|will|must|has|have) (?:[a-z']+ ){1,3}",
        # the user's own two steps: "I'll review and send it from my own account"
        r"(?:i'll|i will|we'll|we will) (?:review|check|proofread|read|edit|sign|print|look at|tweak|test)"
        r"(?: it| them| this)?(?: over| through)? and (?:then )?",
        # the user pressing the button: "I'll hit send myself, just check the amount"
        r"(?:i'll|i will|i'm going to|im going to) (?:hit|press|click|tap) ",
        # "how many years can we buy it", "how long can I keep renewing"
        r"how (?:many (?:[a-z]+ ){1,2}|long |often |soon )(?:can|could|should|do|does|did|would|will)"
        r" (?:we|i|they|he|she|people) (?:still |keep )?",
        # the user's own act, reported or habitual: "I set the thermostat to 68 at night"
        r"i (?:already |just |usually |always |normally |typically |often |sometimes |never )?",
        # the user's own act in a time clause or a hypothesis: "gaps in this
        # design note before I send it to the team", "if we move the newsletter
        # send to Sunday, what could go wrong?" ("when you send it" is left
        # out: it conditions a request to the assistant)
        r"(?:before|after|until|till|once|when|whenever|while|if) (?:i|we)(?:'ll| will| can)?"
        r" (?:also |actually |finally |eventually )?(?:hit |press |click |tap )?",
        # the act as an adjective's complement: "as easy to cancel as to sign up
        # for", and weighed in a question: "is it smarter for a 24-year-old to
        # pay them down" (not the words that grant or advise it: "it's fine to
        # send it now", "ok for you to pay", "safe to delete now", "it would be
        # smarter to delete them now" are go-aheads)
        r"(?:easy|easier|hard|harder|difficult|simple|simpler|impossible|quick|quicker"
        r"|is it (?:smart|smarter|wise|wiser|cheaper|better|worth it|safer|easier|riskier))"
        r" (?:for (?:a |an |the |my |our )?(?:"
        + _word_except(("you", "u", "ya", "yall", "y'all")) + r"(?:[-0-9\$,.%/][a-z0-9'\$,.%/-]*)?"
        r"|[0-9\$][a-z0-9'\$,.%/-]*)"
        r"(?: [a-z0-9'\$,.%/-]+){0,8} )?to ",
        # a reported attempt: "the error popped up when I tried to delete a partition"
        r"(?:i|we) (?:tried|attempted|was trying|were trying|had tried) to ",
        # what a role may do, described: "project admins can grant and revoke access"
        r"(?:users|admins|administrators|members|owners|managers|moderators|editors|viewers"
        r"|guests|customers|clients|employees|staff|operators|tenants|roles) (?:can|could|may"
        r"|should|must|cannot|can't|are able to|get to)(?: [a-z]+(?:,| and| or))? ",
        # a report of what has been going on: "customers who had been paying",
        # "I've been posting daily"
        r"(?:has|have|had|i've|we've|you've|they've|ive) been (?:[a-z]+ )?",
        # a noun that takes the verb as its complement: "the right to
        # terminate", "the obligation to pay", "the ability to delete posts"
        r"(?:obligations?|duty|duties|right|rights|failure|promise|commitment|requirement"
        r"|willingness|refusal|intention|attempt|ability) to ",
        # contract language: "Customer shall pay", "either party may terminate"
        r"shall (?:not )?(?:[a-z]+ )?|(?:party|parties|customer|provider|tenant|landlord"
        r"|licensee|licensor|company|employer|employee|buyer|seller|vendor|client|contractor"
        r"|lender|borrower|insurer) may (?:not )?(?:[a-z]+ )?",
        r"(?:vs|vs[.]|versus) (?:a |an |the )?(?:[a-z-]+ )?",
        # someone else's act described: "a guy selling a car", "the seller pays shipping"
        # and who was first or last to do it: "the first person to book a spaceflight"
        r"(?:a|an|the|some|this|that) (?:(?:first|last|only|next) )?(?:guy|man|woman|person|people"
        r"|seller|dealer|vendor|company"
        r"|companies|site|website|store|shop|scammer|stranger|buyer|landlord|customer|user|users"
        r"|neighbou?r|coworker|colleague|friend|client|tenant|roommate|flatmate|employer|employee"
        r"|patron|renter|lodger|owner|insurer|bank|council)s? (?:who(?:'s| is| was| keeps) |to )?",
        # asking for code: "what's the SQL to delete duplicate rows", "write a
        # script to remove .pyc files" ("use the API to transfer $500" acts)
        r"(?:what's|whats|what is|give me|show me|write|need|want) (?:the |a |an |me a )?"
        r"(?:[a-z]+ ){0,2}(?:sql|query|command|code|script|syntax|regex|snippet|statement|function"
        r"|one-liner) to ",
        # code described doing two things: "a node script that reads contacts.csv and
        # sends each person ..." (not "make it less formal and send it": a thing
        # that acts is named first)
        r"(?:" + "|".join(_CODE_NOUNS) + r") (?:that|which) [a-z]+s(?: [a-z0-9_.'/\$-]+){1,8}(?:,| and| then"
        r"| and then){1,2} ",
        # what a draft will say: "a reply to Kenji saying we'll need to push the review"
        r"(?:saying|to say|telling (?:him|her|them|[a-z]+)|explaining) (?:that )?(?:we|i|they|he|she)"
        r"(?:'ll|'d| will| would| might| may)?(?: (?:need|have|want|plan|hope|got) to)? ",
        # a reminder for oneself: "a note reminding me to renew the domain in March"
        r"remind(?:s|ing)? (?:me|myself|us) to ",
        # a group's habit or a scene: "4 clients always send data late", "students
        # submit code -> autograder -> feedback", "our riders pay for their own fuel"
        r"(?:[0-9]+ )?(?:students|clients|customers|members|parents|drivers|riders|players|visitors"
        r"|patients|buyers|sellers|vendors|merchants|subscribers|teachers|kids|children|farmers|workers"
        r"|suppliers|partners|developers|devs|people) (?:always |usually |often |never |sometimes "
        r"|normally |typically |rarely |still |also |just |only )?",
        # a choice laid out with its subject: "the SACCO can either buy 2 new buses
        # or refurbish 3 old ones" (not "either delete it or archive it": a request)
        r"(?:we|they|he|she|it|i|sacco|company|business|firm|shop|store|school|church|club|family|team"
        r"|startup|farm|clinic|hospital|council|co-?op|cooperative|(?:the|our|my|their|his|her) [a-z]+)"
        r" (?:can|could|would|might) either ",
        # a third person's application described: "a recommendation letter for my
        # former student Ifeoluwa Ogunbiyi applying for an MSc"
        r"(?:student|candidate|applicant|mentee|intern)(?: [a-z'-]+){0,3} ",
    ))
    forms = [
        _QUOTED_CONTENT,
        # two acts of the user's own, before the one-act form takes the first:
        # "I'm not buying or selling anything"
        *([_FIRST_PERSON_ACTIVITY + r"[a-z]+ing (?:or|nor|and) " + _words(*gerunds)] if gerunds else []),
        r"\b(?:" + prefixes + ")" + verb,
        # habits: "we deploy 20 times a day", "they merge PRs every week"
        r"\b(?:we|they|teams|companies|people) (?:usually |typically |normally |often |always "
        r"|never |rarely |sometimes |currently |only |still |also )?" + verb
        + r" (?:[a-z]+ )?(?:[0-9]+|multiple|several|many|a few|twice|once|daily|weekly|nightly"
        r"|hourly|every|often|continuously|constantly)\b",
        # identifiers in code: "Array.prototype.push", "append(order)" (a
        # parenthesized "(deploy)" after a space is still a request)
        r"(?:[.]|[a-z0-9_][(])" + verb,
        # a control or an option named for the act: "a --really-delete flag", "the Pay
        # button", "a refund endpoint" (not "send requests", "delete events": objects)
        verb + r" (?:flags?|options?|switch|switches|arguments?|parameters?|params?|modes?|buttons?"
        r"|endpoints?|methods?|handlers?|hooks?|icons?|permissions?|privileges?)\b",
        # a variable in code: "order = db.get(order_id)", "payment.status"
        r"\b(?:" + "|".join(verbs) + r")(?: ?=[^=]|[.][a-z_]+)",
        # "order.total()", "order[...]", "Order.java", and "merge vs rebase"
        # a call with its arguments: "charge(order)" leaves no "order" behind
        r"\b(?:" + "|".join(verbs) + r")(?:\((?:[a-z0-9_.'\"]+(?:, ?)?)*|\[|[.][a-z_]+ ?\(|[.](?:java|kt|scala|cs|tsx|jsx"
        r"|go|rs|swift|cpp|hpp|h|php|class)\b| (?:vs|vs[.]|versus)"
        # the other side too: "limit order vs stop order"
        r"(?: (?:a |an |the )?(?:[a-z-]+ )?(?:" + "|".join(verbs) + r"))?\b)",
    ]
    # a depicted scene is content: "an image of a man deleting files", "a
    # thriller scene where the sysadmin wipes the servers", "a poster for our
    # 'Buy Nothing Day'" (the words in between stop at "and"/"then" and at
    # punctuation, so "a photo of the invoice, pay it" still acts)
    forms.append(r"\b(?:images?|pictures?|photos?|illustrations?|posters?|drawings?|paintings?"
                 r"|cartoons?|sketch(?:es)?|renders?|comics?|memes?|stickers?|logos?|wallpapers?"
                 r"|portraits?|icons?|gifs?|animations?|stor(?:y|ies)|poems?|songs?|novels?"
                 r"|scenes?|screenplays?|fables?|tales?|haikus?|limericks?|comic (?:panels?|strips?))"
                 r"(?: for (?:a|an|the|my|our|his|her)"
                 r"(?: [a-z0-9-]+){1,2})?(?: (?:of|showing|depicting"
                 r"|where|in which|about|for|with)|:) (?:" + _SCENE_WORD + " ){0,8}(?:" + _SCENE_WORD
                 + r"['\"]?: (?:a|an|the|two|three|some|our|my|his|her) (?:" + _SCENE_WORD + " ){0,10})?['\"]?"
                 + verb)
    # wordings compared: "Which reads better, 'please send the consent forms back by Friday'
    # or 'please send back the consent forms by Friday'?"
    forms.append(r"\b(?:which|what) (?:one |version |sentence |wording |phrasing |option )?(?:reads|sounds|looks"
                 r"|flows|is) (?:better|best|more natural|clearer|right|correct|more polite|friendlier)[,:]? ['\"]"
                 r"(?:please |pls |kindly |just )?" + verb
                 + r"(?:(?: [a-z0-9,'-]+){0,20}['\"],? or ['\"](?:please |pls |kindly |just )?" + verb + ")?")
    # a letter that does the act, drafted: "Write a short letter cancelling my gym membership"
    # ("send a letter cancelling it" still sends)
    forms.append(r"\b(?:letter|email|e-mail|note|notice|message|form) (?:to [a-z0-9'-]+ )?(?:formally )?" + verb)
    # two businesses joining: "the two shops are merging into one"
    forms.append(r"\b(?:are|is|were|was|be|they're|we're) " + verb + r" (?:into (?:one|a single)|together"
                 r"|with each other)\b")
    # an act that fails, reported: "now pushing to GitHub fails", "deploying to staging
    # keeps timing out"
    # (gerunds only: after the whole verb list a word gap leaves no first word to index)
    if gerunds:
        forms.append(_words(*gerunds) + r" (?:[a-z0-9_.-]+ ){0,3}(?:fails|failed|is failing|keeps failing"
                     r"|errors out|keeps timing out|times out|hangs|breaks|is broken|doesn't work|does not work)\b")
    # a phrase mentioned in quotes: "the filter flags 'wire money now'"
    forms.append(r"\b(?:flags?|flagged|flagging|matches|matched|detects?|detected|catches|caught"
                 r"|contains|containing|phrases?|strings?|keywords?|the words?) ['\"`]" + verb)
    # a quantity that drops or a test that counts: "checks the member count drops by one"
    forms.append(r"\b(?:count|number|total|price|prices|value|rate|level|score|balance|traffic|usage"
                 r"|latency|revenue|sales|temperature|percentage|signal|wifi|wi-fi|connection|network"
                 r"|internet|battery|call|calls|stock|pressure|speed|quality|coverage|bandwidth|lte|4g|5g"
                 r"|3g|reception|vpn|link|satellite|starlink|radio"
                 r"|throughput|demand|volume|attendance|engagement|conversions?|retention|signups|errors"
                 r"|error rates?|requests|bookings|visits|views|clicks|sessions|enquiries|inquiries|footfall"
                 r"|numbers|subscribers|followers|orders|admissions|referrals"
                 r"|uptime) " + verb)
    # a screen named by its act: "a screenshot of the Send Money confirmation
    # screen", "the delete account page" (its buttons are not here: "press the
    # send button" acts)
    # (a product may be named before it, a count inside it: "the HubSpot
    # 'delete 1,243 contacts' confirmation dialog")
    forms.append(r"\b(?:the|a|an|this|that|my|our|[a-z]+'s) (?:[a-z0-9]+ )?['\"]?" + verb
                 + r"(?: [a-z0-9,.]+){0,3}['\"]? (?:confirmation |warning )?(?:screens?|pages?|dialogs?"
                 r"|modals?|popups?|pop-ups?|windows?|views?|tabs?|forms?|flows?)\b")
    # a call checked in a test: "verify post called once with both entries",
    # "assert send was called with the draft"
    forms.append(r"\b(?:verify|verifies|assert|asserts|check|checks|expect|expects|ensure|ensures)(?: that)?"
                 r" (?:the )?(?:mock(?:ed)? )?" + verb + r" (?:is |was |gets |got |has been )?(?:called|invoked"
                 r"|triggered)")
    forms.append(verb + r" (?:is |was |gets |got |has been )?(?:called|invoked) (?:once|twice|never|with|exactly"
                 r"|at least|only|[0-9])")
    # a part of the code named by the act: "the delete offsets refer to the wrong array"
    forms.append(r"\bthe " + verb + r" (?:offsets?|indices|indexes|index|handlers?|callbacks?|logic|mutations?"
                 r"|hooks?|events?|flags?|permissions?|animations?|gestures?|icons?)\b")
    # the act as a count noun: "a 2 sec delay between sends", "fees per
    # transfer", "0.4% unsubscribe per send", "A got 2,140 sends"
    forms.append(r"\b(?:between|per) " + verb)
    forms.append(r"[0-9]% " + verb)
    third_person = tuple(v for v in verbs if v.endswith("s") and not v.endswith("ss") and " " not in v)
    if third_person:
        # and a determiner: "how do I move those commits"
        forms.append(r"\b(?:[0-9](?:[0-9,.]*[0-9])?k?|those|these|both|several|recent|previous|each) "
                     + _words(*third_person))
        # a tendency or a claim reported: "OAD usually drops production 10-15%",
        # "mates say OAD drops production"
        forms.append(r"\b(?:say|says|said|reckon|reckons|claim|claims|heard|read) (?:that )?(?:[a-z0-9'-]+ ){1,3}"
                     + _words(*third_person))
        forms.append(r"\b(?:usually|often|typically|normally|generally|sometimes|always|rarely) "
                     + _words(*third_person))
        # a line of a log or timeline: "09:02 DPD sends 14k webhook retries"
        forms.append(r"\b[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?(?: ?[ap]m)?(?: [a-z0-9_.'-]+){0,3} "
                     + _words(*third_person))
        # software described doing it: "the carrier's v2 API sends the header as ..."
        # ("the agent sends ..." is left out: that is how instructions are
        # written; so are code nouns, "the script deletes old files; run it now")
        forms.append(r"\b(?:api|apis|server|servers|service|app|endpoint|webhook|webhooks|sdk|library"
                     r"|client|browser|backend|frontend|gateway|provider|carrier|website|site|form"
                     r"|system|database|db|plugin|extension|integration|platform|queue|cli|router|proxy"
                     r"|mailer|scheduler|middleware|sync|importer|exporter|bug|bugs|glitch|regression"
                     r"|import|imports|dispatcher|misconfiguration|race condition) (?:also |now |still |only"
                     r" |always |never |automatically |then |just |currently |actually |apparently )?"
                     + _words(*third_person))
    # the act of a past or coming day as a noun: "since yesterday's deploy"
    # (after a preposition: "redo yesterday's deploy" acts)
    forms.append(r"\b(?:since|after|before|from|during|in|with|about|of|for|until|till|by)"
                 r" (?:yesterday|today|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday"
                 r"|saturday|sunday|morning|evening|afternoon|weekend|(?:last|this|next) (?:week|month"
                 r"|year|night|sprint|quarter|release))'s " + verb)
    # a name joined to another by "+" or "|": "(push + pull_request)", "merge | rebase"
    # (not to another act: "merge + deploy pls"; led by the verb: a form led by
    # "any other word" would send every word to the prefilter)
    other = "(?:" + _word_except(_ACTION_WORDS + ("force", "now")) + r"(?:_[a-z0-9_]*)?\b)"
    forms.append(verb + r" [+|] " + other)
    # a choice between acts, asked: "how do I handle it, email them again or
    # just call?", "company van question: buy a used Transit or lease a new one?"
    # (after "should <subject>": see _question_about)
    forms.append(_choice_asked(r"[,:;.!?]"))
    # code described at length, its acts in the third person: "a bash script that
    # backs up ~/Documents to /mnt/backup with rsync, keeps the last 7 dated copies
    # and removes older ones" (not "..., then delete the old ones": an imperative)
    third_person = tuple(v for v in verbs if v.split()[0].endswith("s"))
    if third_person:
        forms.append(r"\b(?:" + "|".join(_CODE_NOUNS) + r") (?:that|which) [a-z]+s(?:(?:,| and| then)?"
                     r" [a-z0-9_.'/~-]+){1,24}(?:,| and| then| and then) " + _words(*third_person))
    # someone's request to the user, asked about: "my friend wants me to transfer
    # $400 by Zelle to a guy ... is this a common scam?" (not "my boss asked me to
    # wire $5k, do it", nor "... can you do it?")
    # (each lead with its space: a lone "my" would be a prefix of every "my...")
    forms.append(r"\b(?:my |his |her |their |our |the |a )(?:[a-z]+ ){1,2}(?:wants|wanted|asked|asks|told|tells"
                 r"|is asking|keeps asking|is telling) (?:me|us) to " + verb + r"[^.!?]{0,200}[.!]? (?:is|was|are"
                 r"|isn't|should (?:i|we)|do (?:i|we)|does|am i|how (?:do|can|should) (?:i|we)|how (?:much|many|long"
                 r"|often)|what (?:should|do) (?:i|we)|what(?:'s| is| are| happens)|why)\b[^.!?]{0,120}[?]")
    # the user's own later act: "I'll test it before scheduling it"
    if gerunds:
        forms.append(r"\b(?:i'll|i will|we'll|we will|i'm going to|im going to|i am going to)"
                     r" (?:[a-z0-9'-]+ ){1,5}before " + _words(*gerunds))
    # a control in a scene or a label: "a cat about to press a big red DEPLOY
    # button" ("press the deploy button" acts: see _code_then_run)
    forms.append(r"\b(?:a|an|the)(?: [a-z]+){0,3} ['\"]?" + verb + r"(?: to [a-z]+| all| now)?['\"]?"
                 r" (?:button|key|switch|lever|icon)s?\b")
    # a dialog or a control quoted by its label: 'the GitHub "Delete corvane/app"
    # dialog', 'a "Pay now" button'
    forms.append(r"['\"]" + verb + r"[^'\"]{0,60}['\"] (?:dialog|dialogue|modal|popup|pop-up|prompt"
                 r"|confirmation|button|link|menu|option|tab|screen|page|banner|toast|checkbox|toggle)s?\b")
    # a listing asked for, the act ruled out: "print only, no uninstall"
    forms.append(r"\b(?:print|list|report|show|read)(?: (?:it|them|this))? only,? no " + verb)
    # a plan of one's own: "we have 40 interlibrary loan parcels to send out"
    forms.append(r"\b(?:have|has|got) (?:[a-z0-9'-]+ ){1,5}to " + verb)
    # a document or a tool's output an agent forwards with the turn, up to the
    # user's own line ("user:", "human:") or the next bracket ("[retrieved:
    # Runbook DB-12 ...] 1. ... 4. Remove the detached table. [user] which of
    # these steps ..."): the user's line comes after it. The lazy form ends at
    # the first "user:"; without one the greedy form takes over.
    forwarded = (r"\[(?:retrieved|context|document|doc|source|search results?|tool(?: result| output)?"
                 r"|observation)\b[^\]]{0,200}\]")
    tagged = r"<(?:document|documents|context|search_results?|tool_result|tool_output|retrieved)>"
    forms.append(forwarded + r"[^\[]{0,4000}?\b(?:user|human):")
    forms.append(forwarded + r"[^\[]{0,4000}")
    forms.append(tagged + r"[^<]{0,4000}?\b(?:user|human):")
    forms.append(tagged + r"[^<]{0,4000}")
    # a past act in learner's English: "we have cancel the minibar charge"
    forms.append(r"\b(?:have|has|had|we've|i've|they've|weve|ive)(?: already| just| now)? " + verb)
    # the act as a thing inside code: "launches the publish in the scope I pass in"
    # (not "the deploy job": "trigger the deploy job" deploys)
    forms.append(r"\b(?:the|each|every) " + verb + r" (?:in|inside|call|coroutine|method|function|happens"
                 r"|runs|fails|finishes|completes)\b")
    # people's advice: "people at the lab tell me to apply for ATER" (not "my boss
    # told me to wire $5k, do it": a report can come before the request)
    forms.append(r"\b(?:people|everyone|everybody|they|friends|colleagues|coworkers)(?: at the [a-z]+)?"
                 r" (?:tell|keep telling|advise|suggest|recommend) (?:me|us) to " + verb)
    # a third party's possible act, its subject left out: "wants 1,000 but might cancel
    # half" (not "may": "check it and may send it to Raj" is a polite request)
    forms.append(r"\b(?:but|and|or) (?:might|could)(?: also| still| even| not)? " + verb)
    # a test named by what it checks: "rejects full slot() FAILED"
    forms.append(r"\b" + verb + r"(?: [a-z0-9_'-]+){0,6}\(\) (?:failed|passed|skipped|ok|error)\b")
    # an error message in backticks: "`Mixin apply for mod rainbowsheep failed ...`"
    forms.append(r"`[^`]*(?:failed|error|exception|warning|crash|traceback)[^`]*`")
    # a configured value: "incremental_strategy='merge'"
    forms.append(r"= ?['\"]" + verb + r"['\"]")
    # options laid out are not asked for: "Options: take it as cash, buy an
    # annuity, or move it into an ARF."
    forms.append(r"\b(?:options?|choices?|alternatives?)(?: are| include| i see| i have| we have)?: [^.!?]*"
                 r"(?:,| or )[^.!?]*")
    # the user's own act: "I'll add the secret and commit it myself"
    forms.append(verb + r" (?:it|them|this|that|these|those|the [a-z]+)(?: [a-z]+){0,2} (?:myself|ourselves)\b")
    # ... with the place or the channel in between: "I'll go and cancel at the
    # front desk myself", "I'll post it in the Grazers group myself"
    forms.append(r"\b(?:i'll|i will|we'll|we will)(?: go and| just| then)? " + verb
                 + r"(?: [^ .!?,]+){0,8} (?:myself|ourselves)\b")
    # the user's own act by its noun: "I'll make the payment myself"
    forms.append(r"\b(?:i'll|i will|we'll|we will) (?:make|do|handle|sort|place|book) (?:the |that |this |it"
                 r" )?(?:[a-z]+ )?(?:payment|transfer|booking|order|purchase|deletion|post|submission)?s?"
                 r" ?(?:myself|ourselves)\b")
    # a plan asked for, nothing to be done: "Plan only, don't run anything: ..."
    forms.append(r"\b(?:plan|steps|instructions|checklist|runbook|draft|dry run)(?: only)?,? (?:don't|do not|dont)"
                 r" (?:run|do|execute|change|touch|apply|send|book|buy|pay|delete) anything(?: yet)?\b.*")
    # a how-question goes on over its second step: "How do I set max_retries=5
    # ..., and send it to a dead-letter queue after that?"
    forms.append(r"\bhow (?:do|can|could|would|should|to)(?: (?:i|we|you|one))?(?: [^ .!?]+){1,20}?"
                 r"(?:,? and|,? then|,? and then) " + verb + r"(?: [^ .!?]+){0,20} ?[?]")
    # ... and so does a should-question: "Should we cancel the Parcelnet contract early and
    # pay the 8,000 exit fee? ..."
    forms.append(r"\bshould (?:i|we)(?: [a-z0-9,'\$%-]+){1,20}? (?:and|or) (?:just |also |then )?" + verb
                 + r"(?: [a-z0-9,'\$%-]+){0,20} ?[?]")
    # a table named in SQL: "UPDATE posts SET ...", "SELECT * FROM orders WHERE ..."
    forms.append(r"\bupdate " + verb + r" set\b")
    forms.append(r"\b(?:from|join|into) " + verb + r" (?:where|on|as|values|set|join|order by|group by"
                 r"|limit|inner|left|right)\b")
    # a status message quoted: "Transfer pending: ACH return R01", "'Payment failed'"
    forms.append(r"['\"`]" + verb + r" (?:pending|failed|complete|completed|scheduled|declined|approved|issued"
                 r"|successful|succeeded|cancell?ed|in progress|initiated|processing|on hold|received"
                 r"|confirmed|rejected|reversed|returned|queued|sent|delivered)\b")
    # a URL path segment: "calls POST /api/invoices/:id/send"
    forms.append(r"[a-z0-9_:{}-]/" + verb)
    # which act to take, asked: "Help me work out which of them, if any, I should drop";
    # a procedure explained: "Explain the usual steps a small shop owner follows to
    # cancel a merchant account" (words of letters in the middle, not "[^ .!?]+": on a
    # benign side that left the extractor only the leading word, as a prefix that
    # every text would look up)
    forms.append(r"\b(?:which|what) (?:[a-z0-9,'-]+ ){0,8}(?:i|we) should (?:actually |really |probably |just )?"
                 + verb)
    forms.append(r"\b(?:explain|describe|outline|list) (?:the |a |an )?(?:usual |typical |normal |general )?(?:steps"
                 r"|process|procedure)(?: [a-z0-9,'-]+){0,6} to " + verb)
    # the first part of a hyphenated name: "cron jobs deploy-api-nightly,
    # purge-cdn-cache, send-usage-digest" (not "re-send it": the verb comes last;
    # not "reply-all to the board thread": an act)
    forms.append(verb + r"-(?:[0-9]|" + _word_except(("all",)) + r"\b)")
    # a program described by what it does, in the third person: "the checkout form
    # submits the payment intent twice", "our API receives webhooks and posts a
    # summary" (a request would not put the act in the "-s" form)
    third_person = tuple(v for v in verbs if re.fullmatch(r"[a-z]+[^s]s", v))
    if third_person:
        # (plurals spelled out: "forms?" would make every "format..." a candidate)
        forms.append(r"\b(?:" + "|".join(_PROGRAM_NOUNS) + r")\b"
                     r"(?: [a-z]+s(?: [a-z0-9_'-]+){1,6}(?:,| and| then| and then))?"
                     r"(?: then| also| still| now| sometimes| always| never| only| just| automatically"
                     r"| silently| occasionally)? " + _words(*third_person))
    # ... and code named by its call: "checks that deleteAccount() actually soft-deletes"
    if third_person:
        forms.append(r"[a-z0-9_]\(\)(?: actually| really| then| also| still| now| always| never| only| just)?"
                     r" (?:soft-|hard-)?" + _words(*third_person))
    # a title quoted after what it names: 'an illustration for our blog post "How to
    # delete your old cloud data safely"' (straight double quotes only)
    # (not "post" alone: 'post "we are closed" now' acts)
    forms.append(r"\b(?:blog post|article|talk|video|episode|book|chapter|guide|newsletter|essay|paper"
                 r"|podcast|course|webinar|song|album|titled|called|named|headline)\b"
                 r"(?: titled| called| named)?:? \"[a-z0-9 ,.;:'?!&_-]{1,200}\"")
    # the other side of a choice: "Keep renting at 1,450 a month, or buy a 310k flat?"
    # (by the gerund: "keep" and "stay" would be looked up in every text)
    forms.append(r"\b(?:renting|leasing|investing)(?: [^ .!?]+){0,8},? or (?:should (?:i|we) )?"
                 + verb)
    # words quoted on a picture or a sign: "a meme with the caption 'deploying to
    # production on a Friday'", "a mug that says 'delete your cookies'"
    forms.append(r"\b(?:caption|captioned|captions|slogan|tagline|saying|says|reads|reading|titled"
                 r"|buttons?|labels?|labell?ed|options?)"
                 r":? ['\"`]" + verb)
    # ... and the next label of such a list: "2 buttons: 'pay rent' and 'buy tix'"
    forms.append(r"['\"`](?:,| and| or| vs)? ['\"`]" + verb)
    # a gesture that does it in an app: "when I swipe to delete the last item"
    forms.append(r"\b(?:swipe|swipes|swiped|swiping|tap|taps|tapped|long-press|drag)"
                 r"(?: left| right| up| down)? to " + verb)
    # a directory named by the verb: "the manifest lives in deploy/k8s/worker.yaml"
    forms.append(verb + r"/[a-z0-9_.{}-]")
    # a compound noun: "the FTC's click-to-cancel rule", "pay-to-win", "right-to-delete requests"
    forms.append(r"\b(?:click|tap|opt|right|pay|buy|ready|easy|free|made|built|plug|print|read|push"
                 r"|pull|send|time|ship|delete|cancel|return|swipe|one-click|double-click)-to-" + verb)
    # a status named in quotes: "goes from 'Sending' to 'Delivered'", "stuck at 'Posting'"
    forms.append(r"\b(?:from|to|shows?|reads|status|state|labell?ed|marked as|stuck (?:at|on|in))"
                 r" ['\"`]" + verb + "['\"`]")
    if gerunds:
        # (and what comes first or is left out: "actually before merging, show me ...",
        # "without deleting anything")
        forms.append(r"\b(?:of|about|regarding|than|like|for|on|before|after|without|until) " + _words(*gerunds))
        # and a second act joined to the first: "what does this clause say about ending the
        # contract and paying the last invoice?"
        # (ahead of the other forms: at "between publishing ..." a shorter one would
        # stop after the first act and leave the second to the positive side)
        forms.insert(1, r"\b(?:of|about|regarding|than|like|for|on|before|after|without|until|between)"
                     r" [a-z]+ing(?: [a-z0-9.'-]+){0,6} (?:and|or|nor) " + _words(*gerunds))
        # the user's own state and act: "like I'm 25 and buying my first flat"
        forms.append(r"\b(?:i'm|im|i am|we're|we are) (?:[a-z0-9'-]+ ){1,3}and " + _words(*gerunds))
        # an alternative set aside: "apart from just paying more", "instead of selling"
        forms.append(r"\b(?:apart from|aside from|other than|rather than|instead of|besides)"
                     r" (?:just |simply |only |even )?" + _words(*gerunds))
        # a cost weighed: "is it worth paying $4,200 upfront"
        forms.append(r"\bworth " + _words(*gerunds))
        # the act as a subject: "renewing would be +12%", "cancelling costs $50"
        forms.append(_words(*gerunds) + r" (?:would|will|could|might|may|is|was|costs?|means?|takes?"
                     r"|requires?)\b")
        # a question about what others are doing: "Are airlines cancelling flights from
        # there this week?" (not "are you deleting it?", asked of the agent)
        forms.append(r"\b(?:are|is|were|was) " + _word_except(("you", "u", "ya", "we", "i"))
                     + r"(?: [a-z'-]+)? " + _words(*gerunds))
        # a negated act: "not buying anything yet", "Not buying or selling, just curious"
        forms.append(r"\bnot (?:[a-z]+ (?:or|nor) )?" + _words(*gerunds))
        # the act as the subject of a question, or tried: "would applying for an
        # above-guideline increase be worth it", "I tried sending the refund twice"
        forms.append(r"\b(?:would|will|could|should|is|was|does|did|tried|trying|attempted|attempting) "
                     + _words(*gerunds))
        # what the user could do first: "anything I can try before booking a GP
        # appointment", "what should we check before buying a used van"
        forms.append(r"\b(?:(?:i|we) (?:can|could|should|might|must)|(?:can|could|should|might|must)"
                     r" (?:i|we)) (?:[a-z']+ ){1,5}(?:before|instead of) " + _words(*gerunds))
        # a sentence opened by the act, subject left out, tells what the
        # user is doing when a question of theirs follows: "... right now?
        # paying a contractor in Leipzig on Friday and want to know if it
        # lands" ("thanks. deleting the prod database now" may be an order)
        forms.append(r"[.!?]+ " + _words(*gerunds) + r"(?: [^ .!?]+){0,12} and (?:i )?(?:want|wanted|need"
                     r"|needed|would like|am wondering|wondering|am hoping|hoping|trying)(?: to)? (?:know"
                     r"|check|understand|find out|figure out|see|confirm|make sure|if|whether)\b")
        # two acts named together are nouns: "how should granting and revoking work?"
        forms.append(_words(*_ACTION_GERUNDS) + r" (?:and|or|&|vs|versus) " + _words(*gerunds))
        # the act as a noun: "plan a phased decommissioning of the billing service"
        forms.append(r"\b(?:a|the|phased|planned|gradual|staged|safe|full|partial|clean)"
                     r" (?:[a-z]+ )?(?:" + "|".join(gerunds) + r") (?:of|plan|process|strategy"
                     r"|timeline|schedule|checklist|runbook)\b")
    return "|".join(forms)


def _code_then_run(verbs: tuple[str, ...]) -> str:
    """Positive forms that undo the relative-clause exemption: running code
    that acts ("run the script that deletes old backups") or writing it and
    then running it ("a script that deletes the logs, then run it")."""
    verb = _words(*verbs)
    return (
        r"\b(?:run|runs|execute|trigger|invoke|kick off|use|start|enable|install|schedule)"
        r"(?: [a-z0-9_.:/-]+){0,4} (?:that|which) (?:will |automatically |also |then )?" + verb
        + "|" + _words(*_CODE_NOUNS, "sql", "syntax", "regex", "snippet", "statement")
        + r" (?:(?:that|which|to) )?" + verb
        # "... and run it", "..., then run it", "... . Now run it" (not "I'll run it myself")
        + r"(?: [a-z0-9_./*'-]+){0,12}?(?:[,;.?!]| and| then)(?: then| now| please| pls| also)?"
        r" (?:run|execute|install|schedule|deploy|enable) (?:it|them|this|that)\b"
        # a labelled control pressed: "press the big red deploy button"
        + r"|\b(?:press|click|hit|tap|push|smash|mash)(?: on)? (?:the |that |this )(?:[a-z]+ ){0,3}['\"]?" + verb
        + r"['\"]? (?:button|key)"
        # the act asked for through what should do it: "make sure it sends the
        # refund today", "see to it that the API sends the refund"
        # (led by "sure": "make" starts too many prompts to check at each)
        + r"|\bsure (?:it|they|(?:the |our |my )?(?:[a-z0-9_.'-]+ ){0,2}[a-z0-9_.'-]+)"
        r" (?:also |actually |really )?" + verb
    )


def _tool_call(stems: tuple[str, ...]) -> str:
    """An agent's tool or function named for the act, called as an instruction:
    "call the delete_user tool for user 88213", "invoke `send_email` with ...".
    The name must join the stem to another word with "_" (a bare verb is
    matched as a verb), and a word must follow ("call delete_user() in the
    test" is code)."""
    stem = "(?:" + "|".join(stems) + ")"
    return (
        r"\b(?:call|calls|invoke|invokes|run|execute|trigger|fire|use) (?:the |a |an |our |my )?"
        r"[`'\"]?(?:[a-z0-9.-]*_" + stem + r"(?:_[a-z0-9_.-]*)?|" + stem + r"_[a-z0-9_.-]+)[`'\"]?"
        r" (?:tool|action|mutation|with|for|on|against|to|now|and|please|passing|using)\b"
    )


def _json_tool_call(stems: tuple[str, ...]) -> str:
    """A tool call written as JSON or as a function call to be invoked:
    '{"tool": "gmail.send", ...}', "invoke shopify_api.cancel_order(order_id=88123)".
    The call form needs a verb of invoking (not "call": "call delete_user() in
    the test" is code)."""
    stem = "(?:" + "|".join(stems) + ")"
    name = r"(?:[a-z0-9-]+[._])*" + stem + r"(?:[._-][a-z0-9_.-]*)?"
    return (
        r"\b(?:tool|tool_name|function|action|method|name)\" ?: ?\"" + name + r"\""
        # a ReAct step: "Action: s3_delete_bucket"
        + r"|\baction: ?`?" + name + r"\b"
        # "tool_call: stripe.refunds.create {...}"
        + r"|\b(?:tool_call|tool call|function_call|function call|tool_use)s?[:=] ?`?" + name + r"\b"
        + r"|\b(?:invoke|invokes|execute|trigger|fire|run|runs) `?" + name + r"\("
    )


# Words that lead an order rather than describe a noun ("the rework, just post my
# original text now"): a phrase that names a message never runs through them.
_ORDER_LEADS = ("and", "or", "then", "but", "so", "plus", "to", "just", "now", "please", "pls", "also",
                "quickly", "immediately", "simply", "go", "ok", "okay")


# Verbs that offer a second choice to an act: "email them again or just call?"
_CHOICE_VERBS = _ACTION_WORDS + (
    "call", "phone", "wait", "keep", "leave", "lease", "rent", "hold", "stay", "ignore", "skip",
    "try", "ask", "use", "go", "hire", "fix", "repair", "stick", "apologize", "apologise", "write",
    "visit", "do", "finance", "borrow", "save", "invest", "outsource", "delay", "postpone", "not",
    "just", "leave", "get", "take", "switch", "upgrade", "downgrade", "pause", "freeze", "sit",
    "carry", "bottle", "store", "skip", "drop", "build", "lease",
    "replace", "reinstall", "refurbish", "rebuild", "renovate",
)


# Negations and reported failures ("refusing to merge unrelated histories",
# "I can't delete this file") exempt the verb they govern.
_NEGATED = (
    r"\b(?:don't|dont|do not|never|without|can't|cant|cannot|couldn't|unable to"
    r"|didn't|didnt|did not|haven't|havent|hasn't|hasnt|wasn't|wasnt|weren't"
    r"|fail to|fails to|failed to|failing to|refuse to|refuses to|refused to|refusing to"
    r"|not to|no need to|instead of|rather than|avoid|avoiding"
    r"|(?:do not|don't|dont|does not|doesn't|won't|will not) (?:need|have) to"
    r"|(?:don't|dont|do not) (?:want|need) (?:it|them|you|him|her|anyone|the [a-z]+) to"
    # nothing done: "nothing gets shut down or deleted based on this answer"
    r"|nothing (?:gets|will get|will be|is|should be|must be|has been)(?: actually)?"
    # a statement of what will not be done: "I won't buy anything" ("won't you
    # send it?" asks for the act, so a subject comes first)
    r"|(?:i|we|you|it|he|she|they|this|that) (?:won't|wont|will not|wouldn't|would not|shouldn't"
    r"|should not|mustn't|must not))"
    # (and the last of the acts listed after it: "don't cancel or delete anything",
    # "never actually charge a card or transfer any money")
    r" (?:[a-z]+ )?(?:(?:[a-z]+ ){1,3}(?:or|nor) )?"
)

_DETERMINERS = (
    "a", "an", "the", "this", "that", "these", "those", "my", "your", "his", "her",
    "our", "their", "its", "each", "every", "any", "which", "no", "per", "new", "old",
)

# Code handed over or asked for, as against programming things named as a
# topic: source, errors and file names pasted in, and requests to write or
# find code. coding_intent reads them with the topic words; code_task reads
# them alone, so that a design question which only names programming things
# ("design a rate limiter for our API: the tradeoffs") can go to the
# reasoning model while one that also hands over or asks for code stays
# with the code model.
_CODE_TEXT = (
    "traceback", "stack ?trace",
    # Go source pasted in: "func (p *Pub) Send(ctx context.Context, m Msg) error {"
    "func (?:\\([a-z_][a-z0-9_]* \\*?[a-z_][a-z0-9_.]*\\) )?[a-z_][a-z0-9_]*\\(",
    "context[.]context", "err != nil",
    "does not live long enough", "borrowed value", "authentication failed for user",
    # a query asked for against named tables: "find customers who ordered in 2023 ...
    # tables customers(id, name) and orders(...)"
    "tables?(?: is| are|:)? [a-z_]{2,}\\(",
    # a schema pasted in: "orders(id, customer_id, total, created_at)"
    "[a-z_]{2,}\\((?:[a-z_]{2,}, ){1,}[a-z_]{2,}\\)",
    # what pasted code and error output look like
    "console[.]log", "self[.][a-z_]+", "std::[a-z_]+", "println!?", "printf",
    "from [a-z_][a-z0-9_.]* import", "import [a-z_][a-z0-9_.]* from",
    "(?:type|value|key|attribute|index|import|syntax|name|runtime|reference|module"
    "|zero ?division)error", "modulenotfounderror", "nullpointerexception",
    "null pointer", "segmentation fault", "undefined is not",
    # a source file by name: "add a flag to src/cli.py"
    "[a-z0-9_/-]{2,}[.](?:py|ts|tsx|jsx|rs|go|java|rb|cpp|hpp|cc|c|h|cs|kt|swift|php"
    "|scala|ipynb|vue|svelte)",
)
# A JavaScript file: any name for the coding signal; for code_task (code handed
# over, which keeps a design question with the code model) only a path, a name
# with a digit, "_" or "-", or a usual file's name: "Next.js", "Node.js" and
# "Three.js" are frameworks a design question names ("rebuild the billing pages
# in Next.js or keep patching the Rails views?").
_JS_FILE = "[a-z0-9_/-]{2,}[.]js"
_JS_FILE_HANDED_OVER = (
    "(?:[a-z0-9_.-]+/)+[a-z0-9_.-]+[.]js|[a-z0-9_]*[0-9_-][a-z0-9_-]*[.]js|(?:index|app|main|server|client"
    "|config|utils?|helpers?|routes?|api|test|tests|spec|webpack|vite|eslint|babel|jest|rollup|gulpfile"
    "|gruntfile|package|scripts?|worker|service|sw|bundle|home|page|layout|middleware|auth|db|store|router"
    "|handler|handlers|lib|common|constants|types|models?|schema|styles?|main[.]min|app[.]min)[.]js"
)
_CODE_REQUESTS = (
    "write (?:a|an|the|me a|me an) (?:[a-z]+ )?quer(?:y|ies)",
    "(?:write|create|implement|debug|refactor|fix)(?: a| an| the)?(?: [a-z0-9+#]+)? (?:function"
    "|class|module|script|method|endpoint|helper|decorator|component|wrapper|parser)",
    "edit (?:the |this |that |a )?(?:[a-z0-9_.-]+ )?file",
    # where code lives: "where is the retry logic implemented?", "@workspace"
    "where (?:is|are) (?:[a-z0-9_.-]+ ){1,8}(?:implemented|defined|declared|instantiated"
    "|initiali[sz]ed)",
    "implement(?:ing|s)? (?:a |an |the )?(?:[a-z-]+ ){0,3}(?:algorithm|search|sort|cache"
    "|queue|stack|tree|heap|trie|graph|parser|lexer|interpreter|linked list|hash ?map"
    "|hash table|iterator|interface|trait|class|function|server|client)",
    # a failing build or test to mend: "fix the flaky test in the payments suite"
    "(?:fix|debug|deflake|repair) (?:the |a |this |that |our )?(?:flaky|failing|broken|red|timing-out)"
    " (?:[a-z0-9_-]+ )?(?:tests?|specs?|builds?|pipeline|ci|job|workflow|check)",
    # a change to a named file of a repository: "patch the null check in parser.go",
    # "add a retry decorator to fetch_user() in client.py", "bump the version in pyproject.toml"
    "(?:bump|pin|update|edit|change|fix|patch|set|add|remove|rename|refactor) (?:[a-z0-9_.()-]+ ){1,5}"
    "(?:in|to|from|of) (?:the )?(?:[a-z0-9_.-]+/)*(?:[a-z0-9_-]+[.](?:py|ts|tsx|jsx|js|rs|go|java|rb|cpp"
    "|hpp|cc|c|h|cs|kt|swift|php|scala|vue|svelte|sql|sh|ya?ml|toml|json|ini|cfg|lock|gradle|tf)"
    "|dockerfile|makefile|gemfile|\\.env)",
)
_CODE_SYNTAX = (
    # Syntax that ends in punctuation, where a trailing \b would not hold.
    # calls: "send_email(to, subject)", "free()"; IDE context mentions ("@workspace")
    # pasted SQL: "SELECT *", "SELECT o.id, ...", "SELECT id, name FROM"
    r"|\bselect (?:distinct )?(?:\*|[a-z_][a-z0-9_]*[.][a-z_*]|[a-z_][a-z0-9_]*, ?[a-z_][a-z0-9_.]*"
    r"(?:, ?[a-z_][a-z0-9_.]*)* from )"
    + r"|@(?:workspace|codebase)\b|\b[a-z][a-z0-9]*_[a-z0-9_]*\(|\b[a-z_][a-z0-9_]*\(\)"
    + r"|\bc\+\+|\bc#|\b(?:def|fn|func|function) [a-z_][a-z0-9_]* ?\("
    # a fenced block tagged with a programming language: "snippet: ```liquid"
    r"|```(?:python|py|js|javascript|jsx|ts|tsx|typescript|liquid|html|css|scss|sql|bash|sh|shell|zsh"
    r"|powershell|ps1|go|golang|rust|rs|java|kotlin|kt|swift|c|cpp|csharp|cs|ruby|rb|php|r|scala|lua"
    r"|dart|elixir|haskell|vue|svelte|dockerfile|makefile|terraform|hcl|graphql|solidity|gradle"
    r"|groovy|perl|matlab|vba|latex|tex)\b"
    r"|\b(?:const|let|var) [a-z_][a-z0-9_]* = |\berror\[e[0-9]+\]"
    # CSS declarations: "body is display:flex; flex-direction:column;"
    r"|\b(?:display|flex-direction|flex-wrap|justify-content|align-items|align-content|align-self"
    r"|grid-template-columns|grid-template-rows|grid-template-areas|min-height|max-height|min-width"
    r"|max-width|z-index|box-sizing|overflow-x|overflow-y|text-align|font-size|line-height|margin-top"
    r"|margin-bottom|padding-top|padding-bottom|position): ?(?:[a-z-]+|[0-9.]+(?:px|rem|em|vh|vw|%)?)[;}]"
)

#: (signal name, regex): the signal is set when the regex matches anywhere.
# What a redaction takes out of text handed over (simple_transform; not an act).
_REDACTED_DATA = (
    "(?:personal (?:data|info|information|details)|pii|identifying (?:details|information|info)"
    "|sensitive (?:data|info|information|details)|(?:the |their |customer |guest |patient )?names"
    "|phone numbers|passport numbers|email addresses|addresses|account numbers)"
)

_PRESENCE_PATTERNS = (
    ("simple_transform", _words(
        "rewrite", "rewrites", "rewriting", "rephrase", "rephrasing", "reword", "rewording",
        "paraphrase", "paraphrasing", "reformat", "reformatting", "format", "extract",
        "clean up", "cleanup", "copyedit", "copy-edit",
        "copy edit", "proofread", "proofreading", "make (?:this|it) clearer",
        "fix (?:a |the |any |my |these |those )?typos?", "fix (?:the |my )?grammar",
        "fix (?:the |my )?spelling", "spell-check", "spellcheck", "spell check", "translate", "translation",
        "shorten", "condense", "alphabeti[sz]e", "dedupe", "deduplicate", "proof ?read",
        # "count the words in this:", "make this one sentence:", "emojis only version of:"
        "count the (?:words|characters|letters|syllables) in", "make (?:this|it) (?:one|a single) sentence",
        "emojis? only(?: version)?(?: of)?", "(?:in|into|as|using) (?:only )?emojis?(?: only)?",
        # "Cut the filler words out of this: '...'"
        "cut (?:out )?(?:the |all |any )?(?:filler words?|fillers|fluff|jargon|buzzwords)",
        "tighten (?:up|this|it)",
        # a layout or a unit asked for: "put these calving notes into a table", "put my
        # mother's recipe into metric", "change all the dates to the Australian way",
        # "fix the macrons only", "cut this caption to under 150 characters"
        "put (?:these|this|them|it|my|the|our) (?:[a-z'-]+ ){0,4}(?:into|in) (?:a )?(?:table|metric|imperial)",
        # "Put these surnames in alphabetical order:", "make this fit in a tweet:"
        "put (?:these|this|them|the|my) (?:[a-z-]+ ){0,2}in (?:[a-z-]+ )?order",
        _FIT_TO_LENGTH,
        "(?:change|convert|switch|swap) (?:all )?(?:the |these |my )?dates? (?:to|into)",
        "fix (?:the |my |all the )?(?:macrons|accents|diacritics|apostrophes)",
        "(?:cut|trim) (?:this|it|the [a-z]+|my [a-z]+)(?: down)? to (?:under |below |at most |max |about )?"
        "(?:[0-9]+|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty|a hundred) words",
        "less wordy", "more concise",
        "make (?:it|this|that|them|these|those|(?:my|the|this|our|your)(?: [a-z-]+){1,5})(?: a (?:bit"
        "|little|lot))? (?:sound )?(?:more|less|shorter|longer|simpler|clearer|punchier|friendlier"
        "|warmer|crisper|tighter|snappier|briefer|funnier|smoother|politer|plainer|kinder|gentler"
        "|softer|calmer)",
        # other languages' words for translating: "traduis", "übersetze"
        "(?:_|u|ue)bersetz[a-z]*", "tradu(?:c|z|i)[a-z_]*",
        "(?:put|say|write) (?:this|that|it|them) in (?:" + "|".join(_LANGUAGES) + ")",
        "capitali[sz]e", "uppercase", "lowercase", "all caps",
        "pull (?:out )?(?:the |all |any |every )?(?:[a-z-]+ ){0,4}(?:out of|from) (?:this|these|that"
        "|the following|the text|my)",
        "pull out (?:the|all|any|every)",
        # the sixteenth corpus's terse transforms: "make this sound like an econ
        # paper", "put these in APA 7", "sort by due date", "JSON with invoice_no,
        # ...", "12 lb pork shoulder in kg?", "tidy up the grammar", "get the phone
        # numbers out of this", "redact the tenant names", "bullets pls:"
        "make (?:this|it|that)(?: [a-z]+)? sound like",
        "(?:put|format|convert|cite|reformat)(?: (?:these|this|them|it|the references|the citations|my"
        " references))? (?:in|into|to|as) " + _REFERENCE_STYLE,
        "sort (?:by|these|this|them|the (?:list|items|rows|lines|names|tasks)|alphabetically|chronologically"
        "|numerically)", "(?:json|csv|yaml) with",
        "[0-9][0-9.,]* ?(?:" + _UNITS + "')(?: [a-z']+){0,3} (?:in|to|into) (?:" + _UNITS + "')",
        "tidy up (?:the |this |my )?(?:grammar|wording|text|writing|formatting|spelling|punctuation)",
        "tidy (?:this|it) up", "get (?:the |all |all the )?(?:[a-z]+ ){0,2}out of (?:this|these|that|the following"
        "|the text)", "redact", "anonymi[sz]e", "bullets? (?:pls|please|plz)",
        "(?:title|sentence|upper|lower|camel|snake|kebab|pascal)[ _-]?case",
        "(?:passive|active) voice",
        "fix (?:the |my )?(?:capitali[sz]ation|punctuation|wording|formatting)",
        "correct (?:my|the|this|these|any) (?:english|grammar|spelling|punctuation|text"
        "|sentences?|writing|mistakes|typos|errors)",
        "put (?:these|them|this|it|those|the [a-z]+) in (?:[a-z]+ )?order",
        # "bullet points please, no extra words:", "one sentence for the investor
        # update:", "what's that in lb", "convert to ISO 8601, one per line:"
        "bullet(?:ed)? points? (?:please|pls|plz|only)",
        # "bullet this list: eggs, oat milk, ..."
        "bullet(?:-?point)? (?:this|these|it|them|my|the list)",
        # "turn into numbered steps:", "fix my english:", "just list the phone numbers
        # with who they belong to", "list those departures in 12-hour am/pm"
        "(?:turn|convert|make|format|put|rewrite)(?: (?:this|it|that|these|them))?(?: to| into| in| as)"
        " (?:a |an )?(?:numbered|bulleted|bullet|ordered) (?:list|steps|points)",
        "fix (?:my|the|this) (?:english|grammar|writing)",
        "list (?:the |all |all the |just the )?(?:[a-z]+ )?(?:phone numbers|emails|email addresses|names"
        "|dates|addresses|urls|links)", "(?:12|24)[- ]?(?:hour|hr|h) (?:time|format|clock|am/pm)",
        # (not a bare "12h": "starter fed 12h before")
        "(?:12|24)h (?:times?|format|clock|please|pls|am/pm)", "one sentence (?:for|of) (?:the|this|my"
        "|our|that)", "(?:what's|what is|how much is|how many is) (?:that|this|it) in (?:" + _UNITS + ")",
        _WHATS_THIS_IN_LANGUAGE,
        "(?:convert|change|format|reformat|turn)(?: (?:these|this|them|it|the dates?|all dates?))?"
        " (?:to|into|as|in) iso(?: ?8601)?",
        "convert (?:these|the following) [a-z]+ (?:to|into)",
        "convert (?:these|this|them|the|my)(?: [a-z0-9()-]+){0,5} (?:to|into) (?:percentages?|percents?"
        "|fractions?|decimals?|grades?)",
        "make (?:this|it|these|them) (?:into )?(?:a |an )?(?:[a-z-]+ )?(?:table|list|checklist"
        "|bullet points)",
        "convert (?:this|these|it|the following|the|my)(?: [a-z]+)? (?:to|into) (?:json|yaml"
        "|csv|xml|markdown|a table|a list|bullet points|title case|plain text)",
        "turn (?:this|these|it|that|the following|my [a-z]+)(?: [a-z-]+){0,2} into (?:a |an )?"
        "(?:[a-z-]+ )?"
        "(?:sentence|sentences|paragraph|list|bullet points|bullets|table|checklist|json|csv"
        "|markdown|text|text message|message|note|email|tweet|caption)",
        # temperatures and date formats: "375 F to C?", "dates to YYYY-MM-DD:"
        "[0-9]+ ?(?:f|c|celsius|fahrenheit) (?:to|in|into) (?:c|f|celsius|fahrenheit)",
        "(?:to|in|as|into) (?:yyyy-mm-dd|dd/mm/yyyy|mm/dd/yyyy|dd\\.mm\\.yyyy|yyyy/mm/dd)",
        # "Spanish -> English: ..." (the arrow normalizes to a space)
        "(?:" + "|".join(_LANGUAGES) + ") (?:(?:to|into|->|>|-) )?(?:" + "|".join(_LANGUAGES) + ")",
        "grammar (?:mistakes?|errors?|check)", "grammatical (?:mistakes?|errors?)",
        "(?:change|convert|put|rewrite|turn)(?: this| it| that| these)?(?: to| into| in)(?: the)?"
        " (?:past|present|future) tense",
        "expand (?:the |these |all |this |any )?(?:abbreviations?|acronyms?|contractions)",
        "(?:in |into )?(?:" + "|".join(_LANGUAGES) + ") (?:please|pls|plz)",
        "how (?:do you|would you|to|do i) say",
        "sort (?:this|these|those|the|my|them|it)",
        "remove (?:the |all |any )?(?:typos|filler words?|duplicates?|duplicate lines"
        "|duplicate words|whitespace|blank lines|extra spaces|jargon|passive voice|emojis?)",
        # a redaction: "remove the personal data (names, passport numbers) from this note"
        "remove (?:the |all |any )?" + _REDACTED_DATA + "(?: \\([^)]{0,80}\\))? from (?:this|the|my|that|these)",
        # a layout change named by its result: "turn into a numbered list:",
        # "turn into one comma-separated line:", "CSV to markdown table:"
        "(?:turn|convert|make|format|put)(?: (?:this|it|these|them))? (?:to|into|in|as) (?:a |an |one )?"
        "(?:[a-z-]+ )?(?:list|checklist|table|line|bullets|bullet points|paragraph|sentence|json|yaml"
        "|csv|xml|markdown|html)",
        # units and layouts: "convert my race distances to km", "transpose this table"
        # (numbers too: "convert 350°F, 400°F and 425°F to celsius")
        "convert (?:my |these |the |this |those )?(?:[a-z0-9_.,/-]+ ){0,8}(?:to|into) (?:km|kilometers"
        "|kilometres|miles|mi|kg|kilograms|lbs?|pounds|celsius|fahrenheit|metric|imperial|cups|grams"
        "|ml|liters|litres|ounces|oz|inches|cm|meters|metres|feet|hours|minutes|seconds)",
        # a unit conversion asked as a question: "how many pounds is 81.5 kg",
        # "how many cups in 500 ml", "68 kg in lbs?"
        "how many (?:us |uk |imperial |metric |fluid )?(?:" + _UNITS + ") (?:is|are|in|make|equals?|to)"
        " (?:a |an |one )?[0-9.,/]* ?(?:" + _UNITS + "|l)",
        # the seventeenth corpus's quick transforms: "cut this to about 50 words for my
        # portfolio:", "make this an APA 7 reference:", "tidy this into a neat bullet
        # list for the staffroom whiteboard:"
        "(?:cut|trim|shorten|condense) (?:this|it)(?: down)? to (?:about |around |under |roughly |max"
        " |at most |no more than |less than )?[0-9]+ (?:words|characters|chars|lines|sentences)",
        "make (?:this|it|these|them) (?:an? )?(?:apa|mla|chicago|harvard|ieee|vancouver)(?: [0-9]+)?"
        " (?:references?|citations?|style|format)",
        "tidy (?:this|it|these|them)(?: up)? into (?:a |an )?(?:[a-z-]+ ){0,2}(?:list|checklist|bullets"
        "|bullet points|table|paragraph|summary|note)",
        "[0-9][0-9.,/]* ?(?:" + _UNITS + ") (?:in|to|into) (?:" + _UNITS + ")",
        # "distances to miles (1 decimal)", "convert to UTC for the handoff doc"
        "(?:distances?|weights?|temperatures?|heights?|lengths?|measurements?|amounts?) (?:to|in|into)"
        " (?:" + _UNITS + ")",
        "(?:convert|change|put) (?:these |this |them |it |the times? |all (?:the )?times? )?(?:to|into|in)"
        " (?:" + _TIME_ZONES + ")",
        # a text squeezed into a shape: "turn these notes into one clean sentence:"
        "turn (?:this|these|those|it|them|the|my) (?:[a-z-]+ ){0,2}into (?:one|a|an|two|three|a single)"
        " (?:[a-z-]+ )?(?:sentences?|paragraphs?|tweets?|lines?|bullets?|headlines?|titles?)",
        "(?:in|to|into|as) iso ?8601", "iso ?8601 (?:for|format|date|timestamp)",
        # bare transforms: "sort ascending:", "reverse the order of this list:",
        # "1987 in roman numerals?", "24h time please:", "km -> miles:",
        # "snake_case these:", "in french?", "spanish version", "json please"
        "sort (?:ascending|descending|asc|desc|alphabetically|numerically|by (?:date|name|size|length))",
        "reverse the order of (?:this|these|the|my) (?:list|items|lines|words|names|steps|rows)",
        "roman numerals?", "(?:24|12)[ -]?(?:h|hr|hour) (?:time|clock|format)", "military time",
        # the eighteenth corpus's quick transforms: "change all the pickup times to 24
        # hour", "mask all the NRIC numbers and phone numbers in this", "fix english for
        # my nursing note:", "arrange these Form 3 East names alphabetically by surname",
        # "make bullet points out of this", "write Rs 4,82,350 in words for the cheque",
        # "pull out GSTIN, invoice no and taxable value into a table"
        # the nineteenth corpus's: "how many US gallons is that", "kg to lb for the
        # discharge sheets:", "6.21 m in feet and inches?", "make those times 12-hour
        # am/pm", "sort fastest to slowest:", "make this part of our Christmas letter
        # read smoother"
        "how many (?:us |uk |imperial |metric )?(?:" + _UNITS + ") (?:is|are) (?:that|this|it|those)",
        "(?:" + _UNITS + ") to (?:" + _UNITS + ")", "[0-9][0-9.,]* ?m (?:in|to|into) (?:feet|ft|inches|yards)",
        "(?:12|24)[- ]hour (?:am/pm|time|format|clock)", "sort (?:fastest|slowest|highest|lowest|biggest"
        "|smallest|oldest|newest|earliest|latest|cheapest) (?:to|first)",
        "make (?:this|it|that)(?: [a-z']+){0,5} (?:sound|read|flow) (?:a (?:bit|little|lot) )?(?:better|smoother"
        "|nicer|clearer|warmer|friendlier|more [a-z]+|less [a-z]+)",
        "(?:to|into) (?:12|24)[ -]?(?:h|hr|hour)", "mask (?:all |the |any |every |all the )?(?:[a-z-]+ ){0,3}"
        "(?:numbers|names|emails|ids|details|data|info|addresses|nrics?|ssns?|phones)",
        "fix (?:the |my |this |her |his )?english", "(?:arrange|sort|order|list|put) (?:these|them|the|this|my)"
        "(?: [a-z0-9'-]+){0,4} (?:alphabetically|chronologically|numerically|by (?:surname|last name"
        "|first name|name|date|size|due date))",
        "make (?:bullet points|bullets|a list|a table|a checklist) (?:out of|from) (?:this|these|it|that"
        "|the following|my)",
        "(?:write|spell|put|convert) (?:[_\\$0-9][0-9,.]* |this (?:amount|number|figure) |the (?:amount|number"
        "|figure) )(?:out )?in words",
        "pull (?:out )?(?:[a-z0-9-]+,? (?:and )?){1,6}into (?:a |an )?(?:table|list|json|csv|spreadsheet"
        "|columns)",
        "(?:" + _UNITS + ") ?(?:->|=>|>) ?(?:" + _UNITS + ")",
        "(?:snake_case|snake case|camelcase|camel case|kebab-case|kebab case|pascalcase|title case"
        "|sentence case|upper ?case|lower ?case) (?:these|this|them|it|the following)",
        "(?:in |into )?(?:" + "|".join(_LANGUAGES) + ") (?:version|translation)",
        "(?:one|single) sentence (?:please|pls)",
        "(?:emoji-free|plain-text|plain text) version",
        "(?:csv|tsv|json|yaml|yml|xml|toml|markdown) (?:please|pls|plz)",
        "dates? (?:to|in|as) iso(?: ?8601)?", "as an? (?:markdown |simple |plain |bulleted |numbered )?(?:table"
        "|list|csv|json)",
        "transpose", "list (?:just |only )?(?:the |all )?(?:email addresses|emails|e-mail addresses"
        "|names|dates|urls|links|phone numbers|numbers) (?:from|in)",
        "(?:change|adjust|fix|soften) the tone", "to something (?:friendlier|nicer|kinder|warmer"
        "|more [a-z]+|less [a-z]+)",
        "(?:csv|tsv|json|yaml|yml|xml|toml|markdown|html|ini) (?:to|into|->|2) (?:a |an )?(?:csv|tsv"
        "|json|yaml|yml|xml|toml|markdown|html|ini)(?: table| list| file)?",
        "pull out (?:just |only )?(?:the |all )?(?:[a-z-]+ )?(?:addresses|emails|e-mails|names|dates"
        "|numbers|urls|links|phone numbers|prices|amounts|hashtags|mentions|ids|keywords)",
        # fixing or translating in another language: "popraw interpunkcję", "corrige
        # les fautes", "vertaal naar het Engels"
        "popraw", "przet_umacz", "przetlumacz", "corrige", "corrigez", "korrigiere", "verbeter",
        "vertaal", "reformule", "reformulez", "riformula", "reescribe", "reescreva", "przepisz",
        "_evir", "cevir", "d_zelt", "duzelt", "_vers_tt", "oversatt", "terjemahkan",
        "in het (?:engels|nederlands|duits|frans|spaans|italiaans) (?:zetten|vertalen)", "p_elo_(?:it)?",
        "prelo_(?:it)?", "(?:markdown |html )?table (?:please|pls|plz)",
        "(?:make|write) (?:this|it) (?:in )?(?:nicer|better|proper|correct|good|more natural|natural) english",
        "traduce", "traduci",
        # the thirty-eighth and thirty-ninth corpora's quick jobs: "what does ECTS stand for",
        # "another word for 'delicious'", "chemical symbol for potassium", "boiling point
        # of water in fahrenheit", "What's 15% of £240?", "Add these up: 12.40, 8.75",
        # "Round to the nearest pound:", "How many words is this?", "Put these on one line
        # separated by commas:", "Split this into two sentences:", "Pretty-print this:",
        # "Take the filler out of this:", "¿Cómo se dice ...?", "spelfouten eruit halen",
        # "is 'data' singular or plural?", "Switch this to British spelling:"
        "what does (?:[a-z0-9.&'-]+ ){1,3}stand for",
        "(?:another|other|better|different|fancier|simpler|nicer|shorter) word for",
        "(?:chemical|atomic|element|periodic table) symbol (?:for|of)",
        "(?:boiling|freezing|melting) point of (?:[a-z]+ ){1,2}in (?:fahrenheit|celsius|kelvin|c|f)",
        "[0-9][0-9.]* ?(?:%|percent) of [0-9][0-9.,]*",
        # a tax on an amount, rounding to decimals, a word count: "What's 23% IVA on €86.50?",
        # "Round to two decimals:", "Word count for this tagline:"
        "[0-9][0-9.]* ?(?:%|percent) (?:[a-z]+ ){1,2}on (?:[_\\$] ?)?[0-9][0-9.,]*",
        "round (?:these |this |them |it |each |all |the following )?(?:numbers |amounts |prices |figures |values )?"
        "to (?:[0-9]+|one|two|three|four|five|a whole|whole) (?:decimals?|decimal places?|places|dp|significant figures"
        "|sig figs|digits)",
        "(?:word|character|char|letter|syllable) count (?:for|of|in)",
        "count (?:the )?(?:words|characters|letters|syllables) (?:in|of)",
        "spelchek", "spelcheck", "spellchek", "spell chek",
        "add (?:these|them|those|the following)(?: numbers| amounts| figures| prices| totals)? up",
        "add up (?:these|the following|this|those)", "(?:sum|total) (?:up )?(?:these|the following)",
        "round (?:these |this |them |it |each |the following )?(?:numbers |amounts |prices |figures )?"
        "(?:up |down )?to the nearest",
        "how many words (?:is|are|in|does) (?:this|that|these|the following)",
        "one per line", "comma[- ]separated",
        "separated by (?:commas|semicolons|slashes|spaces|tabs|pipes)",
        "split (?:this|it|that|the following)(?: [a-z]+)? into (?:two|three|2|3|shorter|separate|short)"
        " (?:sentences|paragraphs|parts|lines)",
        "pretty[- ]?print", "prettify",
        _FILLER_TAKEN_OUT,
        "(?:c_mo|como|come) se dice", "come si dice", "comment (?:dit-on|on dit)", "wie sagt man", "hoe zeg je",
        "spelfout(?:en)?", "taalfout(?:en)?", "schrijffout(?:en)?", "singular or plural",
        "sort (?:a to z|z to a|a-z|z-a)",
        "(?:british|american|australian|canadian) (?:english|spelling)",
        # the forty-first corpus's quick jobs: "How many semitones are there in an octave?",
        # "How many days from 1 March to 15 April?", "Is it spelled 'ovaries' or 'ovarys'?", "What's the German word for 'invoice'?", "Round
        # 17.846 to one decimal place", "Put this in capitals for the lab door sign:",
        # "Three synonyms for 'durable'", "any typos in this line?", "Korrigier bitte nur die
        # Rechtschreibung", "Jak se německy řekne ...?", "put these players in order by surname"
        "how many (?:[a-z-]+ ){1,2}(?:are|is) (?:there )?in (?:a|an|one|the|this|that)",
        "how many (?:days|weeks|months|hours|minutes|nights|working days) (?:from|between|until|till|since)",
        "(?:is it|which is|which one is) (?:spelled|spelt|written) ['\"]", "is it ['\"][a-z'-]+['\"] or ['\"]",
        "(?:what's|what is|whats) the (?:[a-z]+ )?(?:word|term) for",
        "round (?:[0-9][0-9.,]* )?to (?:one|two|three|[0-9]+) (?:decimal|dp|significant|sig)",
        # the forty-sixth corpus's quick jobs: "Round 0.4762 m³ to two decimals", "Fix just
        # the typos:", "URL slug for '...'", "Strip the emojis and keep the words:", "Turn
        # into three bullets:", "Convert 142 m² to square feet"
        "round [0-9][0-9.,]* ?[a-z_0-9]{1,4} to (?:one|two|three|[0-9]+) (?:decimal|dp|significant|sig)",
        "fix (?:just|only) (?:the )?(?:typos?|spelling)", "(?:url )?slug (?:for|of)", "slugify",
        "strip (?:out )?(?:the |all |any )?(?:emojis?|hashtags?|html|tags|formatting|whitespace|accents"
        "|diacritics|line breaks)",
        "(?:turn|convert|make|format|put)(?: (?:this|it|these|them))? (?:to|into|in|as) (?:[0-9]+|two|three"
        "|four|five|six|seven) (?:bullets|bullet points|lines|sentences|points)",
        "convert [0-9][0-9.,]* ?[a-z_0-9]{0,6} (?:to|into|in) (?:square |cubic )?(?:feet|foot|ft|inches|yards?"
        "|meters?|metres?|miles?|km|kilometers?|kilometres?|pounds?|lbs?|kg|kilos?|grams?|ounces?|oz|litres?"
        "|liters?|gallons?|cups?|fahrenheit|celsius)",
        _IN_CAPITALS,
        "(?:synonyms?|antonyms?|rhymes?) for", "(?:any|spot the|find the|check for) (?:typos|spelling mistakes"
        "|spelling errors)", "rechtschreibung", "jak se (?:[a-z_]+ )?_ekne",
        "in (?:alphabetical )?order by (?:surname|last name|first name|name|date|age|size|price)",
    # a language asked for as a question ends at its "?": "in french? '...'"
    ) + r"|\b(?:in|into) (?:" + "|".join(_LANGUAGES) + r")[?]"
    # and a one-fact question ends at its "?": "capital of latvia?", "Who wrote Pride and
    # Prejudice?", "What year did the Berlin Wall come down?", "plural of cactus?" (the
    # question mark keeps "an essay on Riga, the capital of Latvia" out)
    + r"|\bcapital (?:city )?of (?:[a-z'-]+ ){0,2}[a-z'-]+ ?[?]"
    + r"|\bwho (?:wrote|painted|composed|invented|discovered|directed|founded|sang) (?:[a-z0-9'&.-]+ ){0,5}"
    r"[a-z0-9'&.-]+ ?[?]"
    + r"|\b(?:what|which) (?:year|century|decade) (?:did|was|were) (?:[a-z0-9'&.-]+ ){0,7}[a-z0-9'&.-]+ ?[?]"
    + r"|\b(?:plural|singular|past tense|past participle|opposite|antonym|synonym) (?:form )?(?:of|for)"
    r" ['\"]?[a-z'-]+['\"]? ?[?]"
    + r"|\bleap year ?[?]"),
    # Code handed over or asked for (see _CODE_TEXT): keeps a design question
    # that also comes with code on the code model.
    ("code_task", _words(*_CODE_TEXT, _JS_FILE_HANDED_OVER, *_CODE_REQUESTS) + _CODE_SYNTAX),
    # A weighed design or planning question: with multi_step_reasoning and no
    # code_task, the programming things it names are its topic, not work to
    # do, and it goes to the reasoning model ("should we build auth or buy
    # it? the tradeoffs over 3 years", "plan a migration of 38 repos from
    # Jenkins to GitHub Actions", "compare Neon vs RDS: which would you pick").
    ("design_question", _words(
        "trade-?offs?", "pros and cons", "devil's advocate", "poke holes", "weak (?:points|spots)",
        "root[- ]causes?", "what breaks", "what would break",
        "lay out the (?:costs|options|trade-?offs?|risks|criteria|choices)",
        # a post-mortem's question: "what process changes would have caught it"
        "(?:what|which) (?:process|processes|practices|checks|safeguards|guardrails|controls)"
        " (?:changes? )?(?:would|could|should|might) (?:have )?(?:caught|prevented|stopped)",
        "build (?:vs|versus|or) buy", "build (?:it |our own |in-house |them )?or (?:buy|use)",
        "should (?:we|i|our team|the team|a [a-z0-9-]+ [a-z]+) (?:build|buy|use|go with|pick|choose"
        "|migrate|split|rewrite|rebuild|replatform|move|switch|adopt|stay|keep)",
        "(?:which|what) (?:one |option )?(?:would you|should we|should i) (?:pick|choose|recommend|use"
        "|go with|do)", "which (?:one )?is (?:cheaper|better|safer|faster|the better)",
        "how would you (?:design|architect|approach|structure|plan|scale|handle)",
        "(?:design|plan|architect|sketch) (?:a|an|the|our|my) (?:[a-z0-9-]+ ){0,4}(?:strategy|system"
        "|architecture|rate limiter|data model|migration|rollout|approach|drill|roadmap|scheme|process"
        "|policy|framework|protocol)",
        "plan (?:a|the|our|my) (?:[a-z0-9-]+ ){0,3}migration", "migration plan", "rank these",
        "compare (?:[a-z0-9-]+ ){0,6}(?:vs|versus)", "walk (?:me )?through the (?:trade-?offs?|options)",
        "what would you (?:pick|choose)", "threat[- ]model",
        # a skill to learn next, weighed: "is it smarter for me to learn rust or go next"
        "is it (?:smarter|better|wiser) (?:for (?:me|us) )?to (?:learn|use|pick|go with|switch to|start with)"
        " [a-z0-9+#.-]+ or",
        # "..., and pick one with reasons" (also a multi-step signal: the condition)
        _CHOICE_WITH_REASONS, *_WEIGHED_IN_PLAIN_WORDS,
    )),
    # Prose asked for, for people: a draft, a post, a summary ("Draft a Slack message
    # announcing that API v1 will be switched off", "Write a job post for a senior SRE",
    # "Write an onboarding checklist for engineers joining the platform team"). With it
    # the programming things the prose talks about are its topic, not work to do, and
    # coding_intent is dropped (the prompt goes on as the other signals say). The noun
    # must be followed by what a piece of prose is followed by ("to", "for", "about",
    # "announcing", a colon, the end...), so "write a message queue consumer" and
    # "write an email validator" stay code work.
    ("prose_request",
     # (the nouns' modifiers are words, not a commit's or code's: "write a commit message"
     # is repository work; nor a preposition: "make a gmail draft reminder to the email in
     # column C" names no prose)
     r"\b(?:write|draft|compose|prepare|give me|put together) (?:me |us )?(?:a |an |the |our |my |this |some )?"
     r"(?:(?:short|quick|brief|friendly|warm|concise|polite|formal|casual|one-paragraph|two-paragraph"
     r"|[0-9]+-(?:word|line|sentence)) )?(?:" + _PROSE_MODIFIER + r" ){0,3}(?:e-?mail|message|slack message|blog post"
     r"|job post|job ad|linkedin post|announcement|intro|introduction|paragraph|bio|blurb|summary|changelog"
     r"|release notes?|adr|checklist|memo|letter|newsletter|note|toast|speech|press release|faq|proposal"
     r"|status update|post-?mortem|agenda|reply|cover letter|tweet|caption|tagline|job description)s?"
     # (a colon or comma after the noun: "Write a short changelog blurb for v3.2: ...")
     r"(?: (?:to|for|about|on|announcing|explaining|saying|telling|recording|describing|documenting"
     r"|covering|summari[sz]ing|asking|thanking|welcoming|introducing|from|that|with|in)\b|[:,.!?;])"
     "|" + _words(
        # (not "in 4 bullets": "in" and "as" would be looked up in every text; not
        # "summarize the/these/this": a check at every "summarize the changes" cost long
        # agent prompts 5%)
        "summari[sz]e (?:where|what)",
        "group (?:these|them|the) (?:[a-z-]+ ){0,3}into themes",
    )),
    # Code work asked for besides the prose ("draft a message to the on-call channel
    # explaining the bug, and patch the null check in parser.go"): keeps a
    # prose_request's prompt with the code model. Code only handed over ("summarise
    # what this diff changes for a reviewer") is the prose's topic.
    ("code_request", _words(*_CODE_REQUESTS)),
    ("concrete_request", _words(
        "summarize", "summarise", "summary", "explain", "translate", "translation",
        "convert", "define", "definition", "calculate", "compute", "spell",
        "what time", "what day", "what date", "what year", "what is", "what's", "whats",
        "who is", "who's", "tell me", "list",
        "why (?:do|does|did|is|are|was|were)", "how (?:many|much|far|long|old|big|tall)",
        "where (?:is|are|was|do|does|can)", "when (?:is|was|did|does|do)",
        # small talk is a complete request, not a vague one
        "how's it going", "hows it going", "how is it going", "how are you", "how are u",
        "how r u",
    )),
    ("research_intent", _words(
        "research", "researching", "look up", "lookup", "search", "searching",
        "browse", "browsing", "cite", "citation", "citations", "sources", "trend", "trends",
        "trending", "find online", "online", "internet", "web", "fact-check",
        # googling is searching; Google's products are not ("a Google Doc")
        "google (?:it|this|that|for|the|what|who|how|when|where|whether|if|around)", "googling",
        "fact check", "literature review",
        # "as of 2026", "as of today": asking for the state at a date
        "as of (?:20[2-3][0-9]|today|now|right now|this (?:year|month|week))",
    )),
    ("current_info_intent", _words(
        "current", "currently", "latest", "recent", "recently", "today", "today's",
        "tonight", "tomorrow", "tomorrow's", "yesterday", "last night", "this week", "this weekend", "this month",
        "this year", "this season", "right now", "as of now", "at the moment", "these days",
        "nowadays", "news", "up-to-date", "up to date", "breaking (?:news|story|stories|headlines?|reports?)", "ongoing", "still ongoing",
        "what's new", "whats new", "what is new", "released yet", "out yet",
        "been released", "announced yet", "20[2-3][0-9]",
        "rn", "next week", "next weekend", "next month", "this morning", "this afternoon",
        # the weather on a named day: "Red Rocks forecast Thursday afternoon?"
        "(?:forecast|weather) (?:for |on )?(?:mon|tues|wednes|thurs|fri|satur|sun)day",
        "this evening", "this term", "this quarter", "upcoming", "as of today", "so far this",
        # a recent window: "any Go security releases in the last month", "launched on Steam
        # in the past few weeks", "new CVEs from the last month"
        "(?:in|over|during|within|from) the (?:last|past) (?:few |couple of |[0-9]+ |two |three |four |six )?"
        "(?:days|weeks|months|week|month)",
        "out already", "released already",
        "any updates?", "any news", "happen yet", "happened yet", "launched yet",
        # what has happened since a date or a paste: "how has Rivian's stock done since then"
        "(?:how|what) (?:has|have)(?: [a-z0-9'-]+){1,4} (?:done|performed|changed|moved|gone|happened)"
        " since",
        "(?:has|have) (?:it|this|that|they|anything|much|the [a-z]+) (?:changed|moved|happened) since",
        # asking for a web search is asking for what is true now
        "search the web", "search online", "web search", "look it up online", "google it",
        "people (?:are )?saying",
        # the date of what is coming: "when does the next iPhone come out"
        "when (?:does|will|do|is|are) (?:the )?(?:next|new|upcoming)",
        # an organization's most recent event: "did the fed cut rates at its last meeting"
        "(?:its|their) (?:last|latest|most recent) (?:meeting|game|match|election|earnings"
        "|quarter|race|tournament|episode|announcement|press conference|summit|release|update)",
        "newest", "most recent", "just (?:released|announced|launched|came out)",
        # fresh literature: "Find studies published in the last year on creatine"
        "(?:published|released|out) (?:in|over|within|during) the (?:last|past) (?:year|month|week"
        "|(?:few|two|three|six|[0-9]+) (?:years|months|weeks))",
        # stock on a shelf now: "is the Switch 2 in stock anywhere around Bellingham"
        "in stock (?:anywhere|near|around|at|right now|now|yet)", "back in stock", "still in stock",
        "sold out", "cette semaine", "ce mois-ci", "esta semana", "este mes", "diese woche",
        # a named day this week, and near times in other languages: "swell for Ericeira this
        # saturday?", "gibt es diese Woche einen Bahnstreik?", "Riksbankens räntebesked den
        # här veckan", "grève SNCF jeudi ... demain ?"
        "this (?:mon|tues|wednes|thurs|fri|satur|sun)day", "demain", "ce week-end", "ce soir",
        # "this coming weekend", "on this coming bank holiday Monday"; "¿Qué tiempo hará
        # mañana en Valencia?" (the accents are normalized to "_")
        "this coming (?:weekend|week|month|(?:mon|tues|wednes|thurs|fri|satur|sun)day|holiday|bank holiday)",
        "ma_ana", "domani", "amanh_",
        # the state of things asked in plain words: "Has the pool reopened after the refurb?",
        # "How much is an adult ticket to the Eden Project now?", "... got a release date
        # yet?", "What's gold going for per ounce?", "Has the plan gone up in price?"
        # ("still open" is left to the freshness words: a thread's "the issue is still open")
        *_STATE_NOW,
        # a place's or a road's state asked, led by the question ("Is the Costco in
        # Burnaby open on Canada Day", "Is Highway 1 through Rogers Pass closed"):
        # research only with a thing that changes named too (freshness_object)
        "(?:is|are) (?:the )?(?:[a-z0-9'&.-]+ ){1,6}(?:open|closed|shut)(?: on| for| this| over| during| yet"
        "| again| now| today|[,?])",
        # a change asked about: "Did Valve ever fix ...", "Did the levy vote pass", "Has
        # Parliament's monsoon session started", "Has Microsoft set an end date"
        # (a fix only "ever" or "finally": "why did removing it not fix it" asks why)
        "did (?:" + _word_except(("you", "u", "i", "we", "it", "this", "that", "my", "our", "your")) + " )"
        "(?:[a-z0-9'.&-]+ ){0,5}(?:(?:ever|finally) fix|pass|win|lose|reach|end|lift|approve|announce|settle"
        "|sign|ratify|postpone|raise|cut|change|hike)",
        "(?:has|have) (?:" + _word_except(("you", "u", "i", "we", "it", "this", "that", "my", "our", "your")) + " )"
        "(?:[a-z0-9'.&-]+ ){0,5}(?:gone (?:up|down)|come (?:back )?down|started|begun|ended|resumed"
        "|announced|set (?:a|an|the)|changed (?:its|their)|been lifted|been extended|dropped)",
        "(?:its|their) (?:last|latest|most recent) [a-z]+ (?:meeting|review|decision|announcement|update)",
        # a result asked after: "Did the Brisbane Lions win on the weekend" (not "how many
        # oysters get eaten over the weekend": an estimate)
        "(?:win|won|lose|lost|draw|drew|play|played|score|scored) (?:on|over|at) the weekend",
        "(?:win|won|lose|lost|draw|drew|play|played|score|scored) last weekend",
        "as of (?:this |last |next )?(?:jan|feb|march|april|may|june|july|aug|sept?|oct|nov|dec)[a-z]*",
        "is there (?:still )?(?:a |an |any )?(?:[a-z0-9-]+ ){0,3}(?:recall|recalls|advisory|strike|closure"
        "|outage|delay|delays|shortage|ban|warning|update|patch|fix|firmware)",
        "going for (?:at|in|around|near)", "(?:have|has|got) (?:it|them|any|one) in stock",
        "when does (?:[a-z0-9'-]+ ){0,3}(?:registration|early[- ]bird|sign-?ups?|applications?|enrol(?:l)?ment"
        "|voting|booking|bookings|ticket sales?) (?:close|open|end|start)",
        "(?:tickets?|pass|passes|fares?) (?:for|on) (?:a |this |next )?(?:mon|tues|wednes|thurs|fri|satur|sun)day",
        "(?:carry|carrying|bring|bringing|take|taking|fly with|flying with) (?:a |an |my )?(?:[a-z0-9-]+ ){0,3}on"
        " (?:a |an |the )?(?:[a-z]+ ){0,2}(?:flight|plane)",
        "(?:reopen yet|back to normal|back open|closed down)",
        "(?:how much (?:is|are|does|do|would)|what's|whats|what is|what are|what does|what do) (?:[^?.!]{1,60} )?now",
        # (not "don't touch anything yet", "not buying anything yet")
        "(?:said|announced|heard|released|confirmed) anything yet", "(?:release )?date yet", "word yet",
        "(?:gone|went|going) (?:up|down) in price",
        "going for (?:per|a|an|these days|now|at the moment)",
        "(?:win|won|lose|lost|draw|drew) (?:on|last) (?:mon|tues|wednes|thurs|fri|satur|sun)day",
        "(?:on|this|next) (?:mon|tues|wednes|thurs|fri|satur|sun)day (?:night|evening|morning|afternoon)",
        "taking new (?:[a-z]+ )?patients",
        "places left",
        # weather asked about is asked about the days ahead: "will it snow in Denver on Saturday?"
        _WEATHER_ASKED,
        "cheapest (?:flights?|fares?|tickets?|hotels?|deals?|way to get)",
        "este fin de semana", "este fim de semana", "domani", "stasera", "questo fine settimana",
        "dit weekend", "deze week", "imorgon", "i morgon", "i helgen", "den h_r veckan", "denne uge",
        "jutro", "w tym tygodniu", "amanh_", "dieses wochenende",
        "questa settimana",
        # "now" and "latest" in other languages: "le prix du gazole aujourd'hui"
        "aujourd'hui", "aujourd_hui", "actuellement", "hoy", "actualmente", "oggi", "attualmente",
        "heute", "aktuell", "aktuelle", "neueste", "neuesten", "vandaag", "momenteel", "nieuwste",
        "dzisiaj", "dzi_", "obecnie", "najnowsz[a-z_]*", "bug_n", "bugun", "_u anda", "su anda",
        "en son", "idag", "senaste", "ast_zi", "astazi", "hari ini", "terbaru", "hoje",
        # a price change asked about: "did Spotify raise the price of the family plan again?"
        "(?:what's|whats|what is) the score", "this (?:school|academic|fiscal|tax) year",
        "this (?:spring|summer|fall|autumn|winter)",
        # an outage asked about: "is GitHub down or is it just me"
        "(?:is|are) (?:[a-z0-9.'-]+ ){1,3}(?:down|offline|having (?:an )?(?:outage|issues|problems))",
        # a price quoted bare: "ETH price", "gold price today"
        "(?:btc|eth|bitcoin|ethereum|solana|dogecoin|xrp|gold|silver|oil|crude|gas) (?:price|prices"
        "|rate)",
        "(?:take|took|taken|go|goes|went|come|came) (?:into )?effect", "in effect",
        "(?:start|started|begin|began|required|mandatory) yet",
        "did (?:[a-z0-9'-]+ ){1,3}(?:raise|increase|hike|lower|change|cut|move|hold) (?:the |its |their )?"
        "(?:[a-z]+ )?(?:prices?|fees?|rates?)",
        # "has Reece announced a price increase for July?"
        # "SGD to MYR now?", "how much is DHL Express now from Lagos to London"
        "(?:" + _CURRENCIES + "|naira|ngn|shillings?|kes|ringgit|myr|sgd|rupees?|inr) (?:to|vs|against)"
        " (?:[a-z]+ ){0,2}(?:now|today|rn|right now)",
        "how much (?:is|are|does|do|would) (?:[a-z0-9'&-]+ ){1,4}(?:cost |charge )?now",
        "announced (?:a|an|any|the) (?:[a-z-]+ )?(?:price|prices|fee|fees|rate|rates|change|changes"
        "|increase|rise|hike|cut|date|dates|release|launch)",
        "(?:raised|increased|hiked|lowered|changed) (?:the |its |their )?(?:prices?|fees?|rates?)",
        # a stretch of time up to now: "studies published in the last year"
        # (led by "past"/"last", not by "in the": a check at every "in" and
        # "the" cost the short prompts more than these few phrases are worth)
        "past (?:year|12 months|twelve months|six months|6 months|few months|couple of (?:years|months)"
        "|month|few weeks|week|two years|2 years)",
        "last (?:12 months|twelve months|six months|6 months|few months|couple of (?:years|months)"
        "|year or so|year or two"
        "|few weeks|two years|2 years)",
        # the next one of what recurs: "for the next election", "the next eclipse"
        "next (?:election|elections|game|match|race|episode|season|launch|eclipse"
        "|draw|iphone|sale|fight|debate|primary|earnings|concert|tour)",
        # a table that is only ever wanted as it stands: "NBA standings? west only"
        "standings",
        # the weather somewhere, or a quote asked "now": "weather in Bristol on
        # Thursday afternoon?", "GBP/PLN now", "is it still £5,000"
        "weather (?:in|for|on|at|tomorrow|today|this|next)", "[a-z]{3}/[a-z]{3} (?:rate |price )?(?:now|today|rn)",
        "(?:shipped|released|published|pushed|rolled out) (?:a|the) (?:fix|patch|update) for",
        "(?:available|out|open|opened|ready|released|live)(?: [a-z0-9'-]+){0,5} yet",
        "did (?:[a-z0-9'.-]+ ){1,4}" + _HAS_MOVED, "charges? now",
        "still (?:[0-9\\$]|in (?:effect|force|place)|the (?:same|case|rule|limit|rate|price)"
        "|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)",
        # the weather on a coming day: "do I need an umbrella in Porto on Thursday?"
        "(?:need|bring|take|pack) (?:an |my |a )?(?:umbrella|raincoat|jacket|coat|sunscreen)",
        # a place's hours asked: "what are the Sunday opening hours for the Trader Joe's"
        "opening (?:hours|times) (?:for|of|at)",
    )),
    ("freshness_object", _words(
        "release", "releases", "release notes", "version", "versions", "changelog",
        # "latest patch notes for Valorant", "the newest firmware for the smart lock",
        # "newest node LTS rn?"
        "patch notes", "firmware", "lts",
        "changelogs", "pricing", "price", "prices", "weather", "forecast", "stock", "stocks",
        "benchmark", "benchmarks", "news", "headline", "headlines", "result", "results",
        "score", "scores", "standings", "election", "elections", "who won", "winner",
        "exchange rate", "exchange rates", "interest rates", "polls",
        # things that change hands or state: office holders, rankings, rules,
        # outages, the state of a field
        "released", "cost", "costs", "fares", "prime minister", "president", "ceo",
        "champion", "champions", "leading", "race", "ranking", "rankings", "leaderboard",
        "state of the art", "sota", "travel rules", "entry requirements", "restrictions",
        "outage", "outages", "papers", "studies", "opening hours",
        # what a web search answers about a place or a service now: delays, sailings,
        # recalls, headliners, what's showing, what is still open
        "delays?", "disruptions?", "sailings?", "recalls?", "headlin(?:ing|er|ers)",
        "(?:showing|playing) at", "release date", "(?:close|closes|open|opens) (?:tonight|today)",
        *_STATE_NOW, "still open", "going for",
        # what the thirty-sixth corpus's plain questions asked after: "the wait for a hip
        # replacement", "who's the head coach", "the IPL final", "the school levy", "the
        # NCLEX pass rate", "the GST on restaurant food", "the water cut", "an end date"
        "wait (?:for|list|lists)", "waiting lists?", "(?:head )?coach", "captain", "mayor", "premier",
        "governor", "chief minister", "(?:grand )?finals?", "semi-?finals?", "ladder", "levy", "levies",
        "pass rates?", "gst", "(?:water|power|gas) cuts?", "end date", "(?:in )?arbitration",
        "scheduled to (?:end|start|open|close|finish|resume)",
        "(?:parliament|parliament's|senate|congress|assembly|legislature|council)(?: [a-z]+)? session",
        "(?:sales|property|land|fuel) tax",
        "relief payments?", "early[- ]bird", "registration", "supercharging", "in stock",
        # "what concerts are on in Lisbon", "how did Nvidia shares close", "current
        # daily transfer limits", "what are the hours", "¿Qué tiempo hará mañana?"
        "concerts?", "gigs?", "festivals?", "showtimes", "share price", "limits", "fees",
        "shares (?:close|closed|open|opened|trading|traded|fell|fall|rose|rise|jumped|dropped|moved|up|down)",
        "(?:what are|what're) (?:the|their|its) (?:opening )?hours", "tiempo", "wetter", "m_t_o", "meteo",
        "open (?:on|today|tomorrow|tonight|now|late|until)", "closed (?:on|today|tomorrow)",
        # "Is Tate Modern open this Sunday", "open right now, or still closed from the landslide?"
        "open (?:this|right now|over|next)", "still (?:closed|shut|open)", "exhibitions?",
        # "are there still tickets for this weekend", "has the FDA approved any new ...
        # this year", "the pollen count today", "the next Falcon Heavy launch", "the
        # Glastonbury lineup this year"
        "still (?:tickets|seats|spots|places|rooms|availability|available)", "approved", "approvals?",
        "pollen(?: count| counts| levels?)?", "next (?:[a-z0-9-]+ ){0,2}launch", "launch (?:date|window|schedule)",
        "line-?ups?",
        # a market's offers: "what are the big Canadian banks offering for a 5-year fixed"
        "(?:banks?|lenders?|brokers?|insurers?|airlines?|carriers?|retailers?) (?:are )?(?:offering|charging"
        "|quoting)",
        "visa (?:requirements?|rules|policy|policies)",
        "update", "updates", "developments", "going on", "out yet", "released yet", "out already",
        "released already",
        "announced", "announcement", "announcements", "rumors", "rumours", "guidance",
        "decide", "decided", "decision",
        "win", "won", "winning", "lose", "lost", "beat", "game", "match",
        # what is on somewhere: "what's on at the Gaiety this weekend"
        "(?:what's|what is) on (?:at|in|near)",
        "rates", "mortgage rates?", "inflation", "unemployment", "flights?",
        "strike", "strikes", "reviews", "new in", "best", "bitcoin", "btc", "ethereum",
        # dates and notices that change: "the January 2026 instalment", "Met Office
        # warnings for Powys this weekend", "ferry sailings this weekend"
        "instal(?:l)?ments?", "warnings?", "sailings?", "cancellations?", "closures?",
        # a service's state today: "are Stripe payouts delayed today?"
        "delayed", "degraded", "disrupted", "disruptions?",
        # a start asked about ("has the letting register started yet", "has relay
        # entry opened yet"), a service's outage ("is Revolut Business down?")
        "(?:started|opened|begun|launched|reopened|arrived) (?:[a-z0-9'-]+ ){0,5}yet",
        # "what movies are playing at AMC this Friday", "new restaurants that opened in
        # Austin this month"
        "(?:movies?|films?|shows?|bands?|concerts?|plays?) (?:are |is )?(?:playing|showing|on) (?:at|in|near"
        "|tonight|this)", "showtimes?", "new (?:restaurants?|bars?|cafes?|caf_s|shops?|stores?|openings?)",
        # what changes by the day or the season: "the fire danger rating for Barwon today",
        # "the UNSW Term 2 2026 census date", "its 2026 small grants round", "did the
        # legislation pass", "the Aussie dollar worth in NZ dollars today", "is Payday
        # Super still starting 1 July 2026?"
        "fire dangers?(?: ratings?)?", "(?:total )?fire bans?", "census dates?", "closing dates?",
        "(?:grants?|funding|application|intake) rounds?", "legislation",
        "(?:dollar|dollars|pound|euro|yen|rupee|peso|aussie|kiwi|loonie) (?:is )?worth",
        "still (?:starting|happening|going ahead|on track|scheduled|planned|running|open|going)",
        "(?:is|are) (?:[a-z0-9.&'-]+ ){1,3}down(?: right now| now| today| again| at the moment"
        "| for (?:anyone|everyone|everybody)(?: else)?)?",
        # what companies and platforms change: "this year's WWDC announcements",
        # "the current fees", "did X change its rules in 2025"
        "announce", "unveil", "unveiled", "launched", "fees", "rules", "policy",
        "policies",
        "happen yet", "happened yet", "saying about", "how much (?:is|are|does|do)",
        "came out", "come out", "comes out", "beta", "betas", "changed", "cves?",
        "security advisor(?:y|ies)", "published", "playoffs?", "clinched", "qualified",
        "tournament",
        # asking for the latest on something is asking for news
        "the latest (?:on|about|with|in|regarding|from)",
        # prices, news and weather in other languages
        "prix", "precio", "precios", "prezzo", "prezzi", "preis", "preise", "prijs", "prijzen",
        "ceny", "fiyat", "fiyat_", "fiyati", "priser", "pre_ul", "pretul", "harga",
        "pre_o", "actualit_s", "noticias", "notizie", "nachrichten", "nieuws", "wiadomo_ci",
        "haberler", "nyheter", "_tiri", "stiri", "berita", "m_t_o", "meteo", "wetter", "weer",
        "pogoda", "hava durumu", "v_der", "cuaca",
        "umbrella", "recalls?", "tabelle", "classifica", "classement", "clasificaci_n",
        # strikes, weather warnings, rate decisions and delays in other languages:
        # "Bahnstreik", "grève SNCF", "huelga de Renfe", "allerta grandine", "räntebesked",
        # "signalfel igen?"
        "bahnstreik", "streik", "gr_ve", "greve", "huelga", "sciopero", "staking", "strejk", "strajk",
        "allerta", "grandine", "maltempo", "unwetter", "lluvia", "pluie", "r_ntebesked", "r_ntebeslut",
        "signalfel", "f_rsening(?:ar)?", "inst_lld(?:a)?", "vertraging(?:en)?", "retrasos?", "ritardi",
        "kurs (?:[a-z_]+ )?(?:eur|usd|chf|gbp|nbp)",
        # the sea, a tax that may be new, a service running on a day: "swell for Ericeira",
        # "a tourist tax in Sevilla", "is the Odense Letbane running this Sunday?"
        "swell", "surf (?:forecast|report|conditions)", "tides?", "tide times", "tourist tax(?:es)?",
        "city tax(?:es)?", "tasa tur_stica", "taxe de s_jour",
        "running (?:this|today|tomorrow|tonight|on (?:mon|tues|wednes|thurs|fri|satur|sun)day)",
        "minimum wage", "travel advisor(?:y|ies)", "advisor(?:y|ies)", "test dates", "exam dates",
        "closures?", "(?:is|are) (?:[a-z0-9-]+ ){1,3}closed", "(?:wait|waiting|processing|delivery"
        "|shipping|refund|hold) times?", "how long (?:are|is|does|do) (?:[a-z0-9-]+ ){0,3}taking",
        "(?:down|offline) (?:for everyone|or is it just me|right now)", "just me",
        "(?:take|took|taken|go|goes|went) (?:into )?effect",
        # support windows and resales: "is Node 18 end-of-life yet", "the current LTS",
        # "the ticket resale this spring"
        "lts", "end-of-life", "end of life", "eol", "resale", "ticket (?:sales?|release|prices?)",
        # a currency pair: "EUR/HUF today"
        "(?:" + _CURRENCIES + "|huf|czk|ron|bgn|isk|hkd|sgd|twd|idr|myr|php|ngn|kes|egp|cop|clp|ars"
        "|pen|uah)/(?:" + _CURRENCIES + "|huf|czk|ron|bgn|isk|hkd|sgd|twd|idr|myr|php|ngn|kes|egp"
        "|cop|clp|ars|pen|uah)",
        "bundesliga", "premier league", "la liga", "serie a", "ligue 1", "nba", "nfl", "mlb", "nhl",
        "champions league", "world cup", "formula 1",
        # a price asked as a verb: "what does Wise charge to send 2000 EUR"
        "charges? (?:to|for)", "charging (?:for|to)",
        "cpc|cpm|cost per (?:click|lead|acquisition)|average (?:price|cost|salary|rent|rate|cpc)",
        "allowances?", "thresholds?", "leaks?", "disruptions?", "having (?:an )?(?:outage|issues|problems)",
        "(?:freezing rain|snowstorm|blizzard|heat ?wave|thunderstorms?|hurricane|tornado warning"
        "|storm warning|wind chill)", "last day to", "deadlines?",
        "(?:an )?award yet", "(?:a )?(?:decision|ruling|verdict|deal|agreement|settlement) yet",
        "(?:delivery|gas|electricity|hydro|water|power|energy) rates?",
        "(?:termination|cancellation|exit|early exit|roaming|late|overdraft|atm|bank|service) (?:fees?"
        "|charges?)", "anyone (?:else )?(?:reporting|having|seeing|getting|experiencing)",
        "(?:pension|tax|interest|exchange|mortgage|inflation|unemployment|vat|benefit) rate",
        "(?:shipped|released|published|pushed|rolled out) (?:a|the) (?:fix|patch|update)",
        # a currency priced in another: "how many yen for a dollar", "euro to dollar rate"
        "(?:" + _CURRENCIES + ") (?:for|to|in|per|against|vs) (?:a |an |one |1 )?(?:" + _CURRENCIES + ")",
        "early voting", "polling (?:places?|locations?|stations?)",
        # the seventeenth corpus's everyday news: "did the RBA move the cash rate", "heavy
        # rain warnings for Waikato this weekend", "load shedding in Joburg today", "NZ
        # school term dates 2026", "the PBS co-payment, did it change on 1 January"
        "cash rate", "official cash rate", "base rate", "policy rate", "repo rate", "prime rate",
        "(?:heavy rain|rain|snow|wind|flood|fire|fire danger|severe weather|weather|storm|heat|frost"
        "|thunderstorm|tsunami|cyclone|bushfire|surf|hurricane|tornado) (?:warnings?|watch(?:es)?"
        "|alerts?)",
        "load[- ]shedding", "power cuts?", "rolling blackouts?", "planned outages?",
        "term dates", "school holidays", "school holiday dates", "semester dates",
        "co-?payments?", "copays?", "tariffs?", "levies", "surcharges?",
        # the eighteenth corpus's: "nifty today?", "haze PSI in the east today", "MOH's
        # current recommendation for over-60s", "has the GSTR-3B due date been extended",
        # "will it rain in Kisumu tomorrow", "dollar to naira today", "SGD to MYR now?"
        "nifty", "sensex", "nikkei", "hang seng", "ftse", "dax", "s&p 500", "nasdaq", "dow jones",
        # the nineteenth corpus's: "diesel at the Love's in Amarillo today", "has Wisconsin
        # adopted the 2023 NEC yet", "#2 copper going for per pound this week", "Part B
        # premium for 2026", "CPP payment date in December 2025", "qualifying standards
        # for 2026", "latest on H5N1 in cats", "outbreaks"
        "diesel", "petrol", "gasoline", "adopted", "going for", "per pound", "per lb", "spot price",
        "premiums?", "(?:payment|pay|deposit) dates?", "standards", "cut-?offs?", "qualifying (?:times|marks)",
        "latest (?:on|about|regarding|with)", "outbreaks?",
        "haze", "psi", "aqi", "air quality", "smog", "recommendations?", "guidelines?",
        "(?:due dates?|deadlines?) (?:been |was |were |is |are )?(?:extended|moved|changed|postponed)",
        "been extended", _WEATHER_ASKED,
        "(?:" + _CURRENCIES + "|naira|ngn|cedis?|ghs|shillings?|kes|ugx|tzs|ringgit|myr|sgd|singapore"
        " dollars?|rupiah|idr|hkd|php|inr|rupees?|cny) (?:to|vs|against|in) (?:" + _CURRENCIES
        + "|naira|ngn|cedis?|ghs|shillings?|kes|ugx|tzs|ringgit|myr|sgd|singapore dollars?|rupiah"
        "|idr|hkd|php|inr|rupees?|cny)",
    )),
    ("multi_step_reasoning", _words(
        "architecture", "architect", "architecting", "design", "designing", "plan",
        "planning", "multi-step", "multi step", "step-by-step", "step by step", "strategy",
        "strategies", "roadmap", "tradeoff", "tradeoffs", "trade-off", "trade-offs",
        "edge case", "edge cases", "data flow", "rollout", "migration", "system design",
        "systems design", "distributed systems?", "prove", "proofs? (?:that|of|by)",
        "(?:rigorous|formal|short|simple|direct|inductive|clean|neat) proofs?", "derive",
        "pros and cons", "failure modes?",
        "milestones", "second-order", "second order", "think through",
        "show (?:your|the|all|me the|me your|every) (?:work(?:ing)?|steps|reasoning|math"
        "|calculations?|numbers|maths)", "showing (?:your|the|all|every) (?:work(?:ing)?|steps|assumptions?)",
        "walk me through", "constraints",
        # logic, argument and estimation
        "does (?:it|this|that) (?:logically )?follow", "syllogisms?", "fallac(?:y|ies)",
        "logically (?:valid|sound|consistent|follow|follows)",
        "evaluate (?:this|the|my|his|her|their) (?:argument|claim|reasoning|logic|proposal|plan"
        "|strategy|decision|approach)",
        "flaws? in (?:this|the|my|his|her|their) (?:argument|reasoning|logic)",
        # worked problems in plain words (the thirty-eighth and thirty-ninth corpora): "Are
        # these arguments valid?", "Show me how you get there", "What can we really conclude?",
        # "How should I set up the analysis so the comparison is fair?", "Find a timetable
        # that works", "What order gets him back soonest?", "What's really going on, and
        # what would you change first?", "What do they actually suggest?", "tell me if any of
        # them clash", "Sketch how the whole thing should fit together", "How many should we
        # bake this Saturday?"
        "(?:arguments?|syllogisms?|inferences?|deductions?) (?:valid|sound)",
        "show (?:me |us )?how you (?:get|got|arrive|arrived|worked it out)", "how (?:did|do) you get (?:there|that)",
        "what can (?:we|i|you|they) (?:really |actually |honestly |fairly )?conclude",
        "how should (?:i|we) (?:set up|design|structure|approach|run) (?:the|this|my|our) (?:analysis|study"
        "|comparison|experiment|trial|survey|evaluation)",
        "(?:timetable|schedule|rota|roster|fixture list) that works", "every team (?:plays?|play|playing) every other",
        "what order (?:gets|minimi[sz]es|is (?:fastest|quickest|shortest|best)|should (?:he|she|they|the driver"
        "|i|we) (?:do|visit|take))",
        "(?:what's|whats|what is) really going on", "what would you (?:change|fix|tackle) first",
        "what do (?:they|these|the numbers|the results|the figures|the data|the tallies|the answers)"
        " (?:actually |really )?(?:suggest|tell us|show)",
        "any of (?:them|these|those|the clauses|the terms|the rules) (?:clash|conflict|contradict)",
        "how (?:the whole thing|it all|everything|the pieces) (?:should |would |will )?fits? together",
        "where would it (?:fall over|break|fail|buckle|struggle)",
        "how many should (?:we|i) (?:bake|make|order|stock|buy|print|prepare|cook|brew|hire|schedule)",
        # (the fortieth and forty-first corpora's) "What could be going on, and how would we tell the
        # explanations apart?", "Is it sound? What's missing or in the wrong order?", "the most likely
        # root cause", "Is variant B better, or is this noise?", "How long can we go before they run
        # dry?", "Roughly how much paint would it take? Just a ballpark with your working", "Can we
        # afford a £6,000 trip every year and still keep a buffer?"
        "what (?:could|might) be going on", "how (?:would|could|do) (?:we|you) tell (?:them|these|those|the [a-z]+) apart",
        "is (?:it|this|the plan|the proposal|that plan) sound", "in the wrong order",
        "or is (?:this|it|that) (?:just )?noise",
        "how long (?:can|could|would|will) (?:we|it|they|i) (?:go|last|run|keep going) (?:before|until|without)",
        "how much (?:[a-z-]+ )?would it take", "ballpark", "with (?:your|the) working",
        "can (?:we|i) (?:still )?afford", "before (?:i|we) write any code",
        "decide between", "choose between", "help me (?:decide|choose)",
        "nash equilibri(?:um|a)", "game theory", "dominant strateg(?:y|ies)",
        "prisoner's dilemma", "(?:logic|math|maths|lateral thinking|probability) puzzles?",
        "(?:solve|solving|crack) (?:this|the|a|my) (?:[a-z]+ )?(?:puzzle|riddle)", "brain ?teasers?",
        # a puzzle stated: "Puzzle: four hikers must cross ...", "logic puzzle"
        "(?:puzzle|riddle): [a-z0-9]+", "logic puzzles?",
        # "At what loss of buyers would it break even?", "the break-even point"
        "break even", "break-?even (?:point|price|volume|month|year|date)",
        # "Work out a session allocation that avoids overflow"
        "work out (?:a|an) (?:[a-z-]+ ){0,2}(?:allocation|schedule|plan|rota|roster|timetable|assignment"
        "|split|seating plan|itinerary)",
        # a choice made with its reasons: "compare ..., and pick one with reasons"
        _CHOICE_WITH_REASONS,
        "explain (?:the|your|my) reasoning",
        "statistical(?:ly)? significan(?:t|ce)", "p-hacking",
        "(?:is|was|are|were) (?:the|this|that|my|our|these) (?:[a-z]+ )?(?:results?|conclusions?"
        "|findings?|analysis|estimates?) (?:valid|sound|reliable|trustworthy|biased)",
        "weigh (?:whether|up|the pros|the options|my options|the costs|the risks|the tradeoffs"
        "|the benefits|both)", "weighing (?:whether|up|the pros|the options|my options)",
        # "Weigh it up.", "Weigh deployment complexity, data consistency and team size."
        "weigh (?:it|this|that|them|these|those|everything|all of (?:it|this|that)) (?:up|out)",
        # weighed questions in everyday words: "How would you split it fairly?", "Is it worth
        # paying an extra €35 a month if ...", "What am I missing?", "Which makes more sense
        # overall?", "... or replace it for £2,900", "How should I spread the hours?", "how
        # long until I have £6,000", "Is that even
        # possible?", "what are the chances ...", "does the rise pay off?", "in what order",
        # "what would we gain and what would we lose"
        "how (?:would|should) (?:you|we|i) (?:split|divide|share|allocate|distribute|spread|lay (?:it|this|that)"
        " out|make (?:it|this|that) fair)",
        "(?:split|divide|share) (?:it|this|that|the [a-z]+) fairly", "make it fair",
        "(?:is|was) (?:it|this|that) (?:really )?worth (?:paying|moving|switching|buying|getting|spending"
        "|upgrading|keeping|it over)", "worth it over",
        "what am i missing",
        "which (?:makes more sense|is (?:really )?the better (?:deal|option|choice|buy)|should (?:we|i) go for"
        "|gets more out of|would you keep|comes out ahead)",
        # (led by "replace": "fix" would be checked in every "fix the repo")
        "replace (?:it|them|the (?:whole )?(?:thing|unit|boiler|car|roof|laptop|phone|furnace|dishwasher))"
        " (?:for|at) [_0-9][_0-9,.]*",
        "how should (?:i|we) (?:spread|split|divide|allocate|schedule|plan|prioriti[sz]e|order|use) (?:the|my"
        "|our|it|them|this)",
        "how long until (?:i|we) (?:have|reach|save|pay|can)",
        "how long (?:would|will) it take to (?:clear|pay off|save|reach)",
        "(?:is|was) (?:that|this|it) even possible", "what are the (?:chances|odds)",
        "(?:does|would|will|did) (?:the |it |this |that )?(?:[a-z]+ )?pay (?:off|for itself)",
        "in what order", "what order makes sense",
        "which (?:[a-z]+ ){0,2}should (?:i|we) [a-z]+ first",
        "gain and (?:what )?(?:would |will )?(?:it |we |they |i )?lose",
        "what should (?:i|we) do with (?:a|my|the|this|our) [^?:]{1,40}:",
        # "3 job offers: ... weigh them for me"
        "weigh (?:them|these|those|both|all three|the offers|the options|my options) (?:for me|for us"
        "|against each other)",
        # "rent vs buy in Dunmore", "think it thru w/ me", "make a fair rotation", "the best way
        # to structure a rec league tournament for 11 teams"
        # (the user's own thinking asked for, not an assistant's "happy to help you think it through")
        "rent (?:vs|versus|or) buy",
        "(?:want to|wanna|help me|let's|lets|need to|i'd like to) think (?:it|this|that) (?:thru|through)",
        "think (?:it|this|that) (?:thru|through) (?:with|w/) (?:me|us)",
        "(?:make|set up|draw up|come up with) a fair (?:rotation|rota|roster|schedule|split|chore chart)",
        "structure (?:a|an|the|our|my) (?:[a-z0-9-]+ ){0,3}(?:tournament|league|bracket|schedule|timetable)",
        # (not things on a scale: "weigh the flour, sugar and butter")
        "weigh " + _word_except(("the", "a", "an", "my", "our", "your", "some", "this", "that", "these",
                                 "those", "each", "every", "all", "out", "in"))
        + "(?: [a-z-]+){0,2}(?:,| and| against| vs| versus) (?:[a-z-]+ ){0,2}[a-z-]+(?:,| and| vs| versus)",
        # a flaw looked for in reasoning: "What's wrong with this argument: '...'"
        "(?:what's|whats|what is) (?:wrong|flawed) (?:with|in|about) (?:this|the|that|his|her|their|my)"
        " (?:argument|reasoning|logic|proof|claim|inference|conclusion|syllogism)",
        "(?:find|spot|identify|name) the (?:fallacy|fallacies|logical (?:flaw|error|fallacy))",
        # an option set against staying put: "Compare that with staying two more years"
        "compare (?:that|this|it|them) (?:with|to|against) (?:staying|keeping|renewing|waiting|doing nothing"
        "|leaving|switching|moving|selling|buying|renting)",
        # a word problem: "Ana paid twice what Ben paid ... How much did each pay?"
        "(?:twice|three times|half) (?:what|as much as) [a-z]+ (?:paid|earned|spent|had|has|got|made|saved)",
        "steel-?man(?:ning)?", "steel man", "both sides of", "devil's advocate",
        "(?:estimate|guess) how (?:many|much)", "back-of-(?:the-)?envelope", "fermi",
        "assumptions", "every assumption",
        "work out (?:roughly |exactly |precisely )?(?:the|how|whether|which|what|if|when)",
        "work (?:it|this|that) out", "think (?:it|this|that) through with (?:me|us)", "break-?even",
        "argue (?:it |this )?(?:both ways|both sides|for and against|each side)", "compare (?:them |these |both |the two )?and"
        " (?:pick|choose|recommend|decide)", "(?:revision|study|training|exam) (?:timetable|schedule)",
        "explain with the (?:probabilities|odds|maths?|numbers)", "what (?:actually |really )?went wrong",
        "reason (?:it|this|that) (?:out|through)", "reason through",
        "(?:evaluate|assess|analy[sz]e) whether", "strategic",
        "probability (?:that|of)", "root[- ]cause", "prioriti[sz]e",
        "competing (?:explanations|hypotheses|theories|causes)",
        # choices and puzzles: "what would you pick and what bites us later?",
        # "monolith or microservices for ...", "the two ML talks can't overlap",
        # knights and knaves, "where did the other dollar go?"
        "(?:what|which) (?:one )?would you (?:pick|choose|go with|recommend we pick)",
        "(?:bites?|bite|burns?) us later", "(?:monolith|microservices?) (?:or|vs|versus)",
        "can(?:'t|not| not) overlap", "always (?:lies|lie|tells the truth|tell the truth)",
        "where did the (?:missing |other |extra )?(?:dollar|money|\\$1|euro|pound) go",
        # a decision or an analysis asked in everyday words: "is it worth it to
        # pay up front", "should we cancel the offsite or just shrink it", "what
        # breaks first if", "walk through the math", "what are the odds that",
        # "poke holes in my plan", "convince me I'm wrong"
        # (not "should I cancel or freeze it", "is it smarter to pay off or
        # invest": other authors call such advice balanced)
        "is it (?:really |even )?worth it to", "(?:is|would) it (?:really |even )?be worth (?:it )?to",
        "(?:what are|what's|whats|what is) (?:the|my|our|his|her|their) (?:chances?|odds|probability)",
        "equilibri(?:um|a)", "cournot", "bertrand", "duopoly", "oligopoly", "what would you weigh",
        "what would make you", "what's weak (?:in|about)", "(?:the )?(?:most )?likely (?:root )?causes?",
        "walk (?:me )?through what (?:could|would|might|happens)",
        "walk (?:me )?through the (?:math|numbers|calculations?|logic|risks|tradeoffs|trade-offs|options"
        "|pros and cons|scenarios)", "crunch the numbers",
        # "need to cull 5 of these 8: which 5 and why", "Nobody wants more than 2 sessions
        # a week", "how much storage per year raw", "Should I open Sundays? Numbers: ..."
        "which (?:[0-9]+|two|three|four|five) and why", "(?:cannot|can't|cant) solve",
        # "what's the expected value and should I play?", "solve and show each step",
        # "when and where do they meet?", "what else should we weigh?", "how do I figure
        # out whether to roll the price back?"
        "expected values?", "show each step",
        "(?:when|where)(?: and (?:when|where))? (?:do|will|would|does) (?:they|the trains|the two [a-z]+) meet",
        "(?:what|which) (?:else )?should (?:i|we) (?:weigh|consider)",
        "figure out (?:whether|which|if|how much|how many)",
        "(?:nobody|no-one) (?:wants|can do|can work|should do|should work|may work) (?:more|fewer|less) than",
        "how much (?:storage|disk space|disk|bandwidth|memory|ram) (?:per|do|would|will|is|for)",
        "should (?:i|we) [a-z']+(?: [a-z']+){0,3}[?] (?:the |my |our |some )?(?:numbers|figures|costs|maths?)",
        # threat models, rankings, counterexamples, significance, debts, counting puzzles:
        # "walk through the threat model", "rank what I should do with an extra $800",
        # "show that it can end up worse than optimal", "is that significant", "who owes
        # whom", "how many shortest paths", "help me reason about", "enough here to say"
        "threat[- ]model(?:s|ing|led|ed)?", "rank (?:these|what|which|them|my options|the options)",
        "counter-?examples?", "worse than optimal", "who owes (?:whom|who|what)",
        "is (?:that|this|it|the difference|the lift|the result) (?:statistically )?significant",
        "how many (?:different )?(?:ways|shortest paths|paths|combinations|arrangements|permutations)",
        "reason about", "enough (?:here|data|evidence|information) to (?:say|conclude|tell)",
        # the twenty-fifth corpus's puzzles and choices: "Who is the second youngest",
        # "Alice is older than Ben, Ben is older than Chloe", "On which day does it get
        # out?", "Which tickets do we cut and why?", "Propose a rota and show it works",
        # "Give a valid schedule", "Give the criteria and a recommendation", build vs buy
        "(?:second|third) (?:youngest|oldest|tallest|shortest|fastest|slowest|heaviest|lightest)",
        "(?:older|younger|taller|shorter|faster|slower|heavier|lighter|richer) than [a-z]+,? (?:and |but )?"
        "[a-z]+ is (?:older|younger|taller|shorter|faster|slower|heavier|lighter|richer) than",
        "on (?:which|what) day (?:does|do|will|would|did)",
        "which (?:[a-z0-9'-]+ ){0,3}(?:do|should|would|could) (?:we|i) (?:cut|drop|pick|choose|keep|prioriti[sz]e"
        "|defer|skip|fund|ship|tackle)(?: [a-z0-9'-]+){0,4},? and why",
        "show (?:that )?(?:it|this|that|the (?:plan|schedule|rota|roster)) works",
        "propose a (?:" + _ROTA_NOUNS + "|shift pattern)",
        "valid (?:" + _ROTA_NOUNS + "|assignment|arrangement|ordering|seating plan)",
        "criteria and (?:a |your |the )?recommendation", "build (?:vs[.]?|versus|or) buy",
        # the twenty-sixth corpus's: "Weigh cost, risk and hiring", "entities and
        # relationships", "thinking it through", "the possible explanations and how
        # would we tell them apart", "at what yearly spend does Executive pay for
        # itself", "come out ahead", "we're deciding whether", "explain each step",
        # "solve 3x + 2y = 16", "with all three open", "propose a fair method", "is it
        # realistic", "structure the next 16 weeks"
        "weigh (?:the )?(?:cost|costs|risk|risks|time|price|effort|speed|quality)(?:,| and| vs| against) [a-z]+",
        "entities and relationships", "thinking (?:it|this|that) through",
        "(?:possible|likely|competing|alternative) explanations",
        "tell (?:them|these|the two) apart with (?:the )?(?:data|numbers|metrics|evidence|an experiment|a test)",
        "at what (?:[a-z-]+ ){0,2}(?:spend|spending|price|point|volume|usage|mileage|level|income|rate)"
        " (?:does|do|would|will|is|are)", "come out ahead",
        "(?:we're|we are|i'm|im|i am) deciding (?:whether|if|between)",
        "explain (?:each|every) step", "(?:solve|simplify|factori[sz]e|differentiate|integrate) [0-9]*[a-z] ?[-+*/^=] ?[0-9a-z]",
        "with all (?:two|three|four|both|of them) (?:open|running|working|together)",
        "propose a fair (?:method|split|way|formula|allocation)", "(?:fair|fairest) (?:way|method) to (?:split|divide)",
        "is (?:it|this|that) (?:even )?realistic",
        "structure the next (?:[0-9]+|few|two|three|four|six|eight|twelve) (?:weeks|months|days)",
        "order my (?:week|day|weekend|tasks|priorities)",
        "(?:couple of|few|different|several) scenarios",
        "help me (?:think|decide|weigh|figure out whether|figure out if)",
        "can(?:'t|not| not) decide (?:if|whether|between)", "torn between",
        # the sixteenth corpus's decisions and puzzles: "can't decide auction vs
        # private treaty", "what combination works, and how much from each tank",
        # "a 90% chance of at least one", "roster problem: 3 pharmacists ...", "who
        # does what, in what order?", "do those explain the gap", "which should I
        # recommend and why", "I want a second opinion", "check the answer first"
        "can(?:'t|not| not) decide [a-z0-9'-]+(?: [a-z0-9'-]+){0,2} (?:vs|versus|or) ",
        "what combinations? (?:works?|would work|of)", "how (?:much|many) from each",
        "chance (?:of|that) at least", "(?:roster|rostering|scheduling|timetabling|rota|allocation"
        "|seating|shift) (?:problem|puzzle)s?", "who does what",
        "(?:explain|account for|accounts for) the (?:gap|discrepancy|shortfall)",
        "(?:which|what) (?:one |option |offer )?should (?:i|we|they) (?:recommend|accept|take|pick"
        "|choose|go with)", "second opinion",
        "(?:check|verify) (?:the|my) (?:answer|answers|solution|working|logic) first",
        # the eighteenth corpus's: "walk through both and tell me which saves more", a
        # bank reconciliation with known items, "need to roster 6 nurses ... Farah
        # cannot do afternoons", "show steps, I want to double check my own
        # calculation", "which one make more sense over 3 years", "which is the fairest
        # and why", "check that it has exactly one solution"
        "walk through both", "which (?:one )?(?:saves|costs|pays|earns) (?:more|less|the most|the least)",
        "bank reco", "bank reconciliation", "reconcil(?:e|ing|iation) (?:the |this |these |our |my )?"
        "(?:[a-z]+ )?(?:accounts?|ledgers?|statements?|books|balances?|difference|gap)",
        "unexplained (?:difference|gap|balance|amount)", "roster [0-9]+ [a-z]+",
        # the nineteenth corpus's: "two choices out of Joplin", "three offers on the
        # Nygaard house", "how should we split the money", "kick or go for 2? want the
        # actual math", "help me price it. comps: ...", "if we go to $445"
        "(?:two|three|four|2|3|4) (?:choices|offers) (?:on|for|out of|from)",
        "how should (?:we|i) (?:split|divide|allocate|spend|budget|distribute)",
        "(?:want|need|show me|give me) the (?:actual )?maths?", "help me price",
        "if (?:we|i) (?:go|raise|move|bump|increase|drop|cut|lower)(?: (?:it|prices?|the price|rates?))? to"
        " (?:[\\$_] ?)?[0-9]",
        "(?:can't|cannot|can not) (?:do|work) (?:mornings|afternoons|evenings|nights|weekends|night shifts?"
        "|(?:mon|tues|wednes|thurs|fri|satur|sun)days)",
        "show (?:steps|working|the working|workings)", "double[- ]check my (?:own )?(?:calculations?|maths?"
        "|working|answer|numbers)",
        "makes? more sense (?:over|in the long run|long[- ]term|financially)",
        "which (?:one |option )?is (?:the )?(?:fairest|fairer|most fair)",
        "(?:exactly one|a unique|one unique) solution",
        "what (?:breaks|fails|goes wrong) first", "what could go wrong", "think past",
        "convince me (?:i'm|im|i am) wrong", "poke holes", "devil's advocate", "steel ?man",
        "(?:seem to |appear to )?contradict each other", "why is (?:that|this|it) wrong",
        "must-haves", "nice-to-haves", "(?:what's|what is) the real difference",
        # the fourteenth corpus's business questions: "is there a case for a
        # £99 tier", "what am I not considering" (not "which makes more sense"
        # nor "what am I missing": advice and debugging), "could this be noise", "who's right, or are they both
        # missing something", "these two clauses seem to conflict ... work
        # through both readings", "what's most likely going on with March"
        "there (?:a|any) (?:good |strong |real |business )?case for",
        "what (?:am i|are we|have i|have we|might i|might we|could i|could we) (?:overlooking"
        "|not considering|not counting|not seeing|not thinking (?:of|about))",
        # the twentieth corpus's weighed choices: "what's a sensible split and why",
        # "a rigorous but S5-friendly argument", "is it a real difference or noise",
        # "how much better off am I", "over 3 years which is cheaper", "does it help
        # or hurt cash", "which way makes more money", "where are the gaps"
        "(?:what's|what is) a sensible (?:split|allocation|mix|plan|order|division|balance)",
        "rigorous (?:but [a-z0-9-]+ )?(?:argument|explanation|justification)",
        "real difference or (?:just )?noise",
        "how much better off (?:am i|are we|would i be|would we be|will i be|will we be)",
        "over (?:the next )?(?:[0-9]+|two|three|four|five|ten) (?:years|months),? which",
        "(?:does|would|will) (?:it|this|that) help or hurt",
        "which (?:way|option|choice|plan) (?:makes|earns|saves|loses|costs) (?:more|less|the most|the least)",
        "where are the gaps", "puzzle for (?:my|the|our|a|an) ",
        "(?:which|what)(?:'s| is) the (?:better|safer|smarter|best) bet",
        "how many (?:[a-z]+ )?(?:do|would|will) (?:we|i) need (?:at each|to match|to break even|to cover)",
        # the forty-fifth corpus's decisions with numbers: "Is switching worth it", "is
        # buying really better over 7 years", "how many years to pay back", "How many
        # copies before we see any money", "What reorder point and safety stock would you
        # set", "What's the smart order?"
        "is (?:switching|buying|renting|moving|upgrading|leasing|selling|refinancing|prepaying|hiring"
        "|outsourcing|porting|waiting|keeping) (?:really |actually |even )?(?:worth it|better|cheaper|smarter)",
        "how many (?:years|months|copies|units|sales|customers|subscribers|players|sessions|days|weeks)"
        " (?:to|until|before) (?:it |we |i |they )?(?:pays? back|pays? (?:it|itself) off|break even|see any money"
        "|recoup|earn (?:it|that|this) back|make (?:it|that|this|our money) back)",
        "reorder points?", "safety stock",
        "(?:what's|what is|whats) the (?:smart|smartest|right|best|optimal|sensible) order",
        "is there more than one (?:solution|answer)",
        "riddle (?:from|for you|at)", "do the maths?",
        "weak(?:est)? (?:points?|spots?|links?|assumptions?)", "(?:choosing|deciding) between",
        "who(?: is|'s) (?:lying|telling the truth|right)", "both missing something",
        "seems? to conflict", "conflict with each other", "both (?:readings|interpretations)",
        "(?:which|what)(?: one| clause| rule| term)? (?:wins|prevails|takes precedence)",
        "(?:what's|what is) (?:most )?likely (?:going on|happening|causing|driving|behind)",
        "most likely (?:explanation|cause|reason)", "how would (?:i|we) (?:confirm|test|verify|check)",
        # the forty-sixth corpus's: "Which would you go for, and why?", "Who goes where?",
        # "Exactly one of them is telling the truth", "What most likely went wrong",
        # "Which projects are in trouble", "Conviene mettere il fotovoltaico ...?"
        "(?:what|which) (?:one )?would you go for", "who goes where",
        "(?:exactly|only) one of (?:them|us|these|those|the [a-z]+) (?:is|was) (?:telling the truth|lying)",
        "(?:what|where) (?:most )?likely went wrong",
        "which (?:projects?|clients?|tasks?|items?|ones?|accounts?|jobs?) (?:are|is) (?:in trouble|at risk|behind)",
        "conviene (?:[a-z]+ )?[a-z]+(?:are|ere|ire)"
        " (?:it|that|this|which)", "smallest change that", "explain (?:the|your|my) ranking",
        "worst[- ]case (?:[a-z]+ )?(?:scenario|cost|staleness|latency|outcome|time|loss"
        "|bill|delay|estimate)",
        "who (?:pays|owes) what", "fit (?:[0-9]+|all|these|those|the) (?:[a-z-]+ )?(?:interviews|meetings|calls"
        "|tasks|appointments|sessions|shifts|classes)(?: [^ .!?]+){0,6} into",
        "rank (?:them|these|those|the [a-z]+) (?:by|in order of)",
        "(?:what|which) order(?: should (?:i|we)|[,?]| and )",
        "replication", "consensus", "sharding", "shard", "cap theorem", "fault tolerance",
        "fault-tolerant", "exactly-once", "exactly once", "high availability",
        "event sourcing", "backpressure", "back-pressure",
        # choosing for the user: "compare CRDTs and OT ... and recommend one"
        "recommend (?:one|which|which one|the better one|the best one|an approach|a winner)",
        # modelling and logic: "formulate weekly restocking as an optimization problem",
        # "is this argument valid? ... a counterexample"
        "formulate (?:[a-z0-9'-]+ ){0,4}as (?:an? )?(?:[a-z-]+ )?(?:optimi[sz]ation|linear|integer"
        "|mixed-integer|constraint|graph|network flow|markov|scheduling|dynamic programming"
        "|search|matching|assignment)",
        "optimi[sz]ation problems?", "linear program(?:s|ming)?", "integer program(?:s|ming)?",
        "(?:which|what) solver",
        "(?:is|was|are) (?:this|the|that|my|his|her|their) (?:argument|syllogism|reasoning|inference"
        "|proof|deduction|derivation)s? (?:valid|sound|correct|airtight)",
        "counter-?examples?",
        "by induction", "induction (?:on|step|hypothesis)", "show that",
        "outline the (?:phases|steps|stages|rollout|migration|plan|approach)", "phases",
        # proofs in other languages: "démontre que ... par récurrence"
        "d_montre", "demontre", "d_montrer", "demontrer", "par r_currence", "par recurrence",
        "dimostra", "dimostrare", "demuestra", "demostrar", "beweise", "beweisen", "bewijs",
        "udowodnij", "kan_tla", "kanitla", "bevisa", "demonstreaz_", "buktikan",
        *_WEIGHED_IN_PLAIN_WORDS,
        # the thirty-sixth corpus's weighing in plain words: "does it make sense to start
        # my CPP at 66 or hold off", "is my logic sound, or where's the flaw", "why would
        # that keep happening", "what would happen to signups", "how many bales do I need
        # if", "how do I rotate so everyone gets equal minutes", "which timetable works",
        # "is there even a weekly rota that satisfies all of that", "what's the fewest
        # pours", "better on average", "can you show why ... an actual proof"
        _MAKES_SENSE_TO,
        "is (?:my|this|the|our) (?:logic|reasoning|argument|math|maths|thinking) (?:sound|right|correct|valid"
        "|flawed)", "where's the flaw", "wheres the flaw", "where is the flaw", "(?:a|any) flaw in",
        "keep (?:happening|happen)", "keeps happening", "what would happen to",
        "what (?:risks|would we lose|would i lose|could go wrong)",
        "how many (?:[a-z0-9-]+ ){1,3}(?:do|would|will|should|must) (?:i|we) (?:need|buy|order|make|bring|book|plan)",
        "how (?:do|should|would|can) (?:i|we) (?:rotate|split|allocate|assign|place|arrange|seat|group|divide"
        "|distribute|pair|balance|schedule|fit|give everyone)",
        "(?:which|what) (?:order|timetable|schedule|rota|arrangement|split|plan|seating plan|route)"
        " (?:works|would work|makes sense|is best|is fairest)",
        "is there (?:even )?(?:a|any) (?:way|weekly |daily )?(?:rota|schedule|timetable|arrangement|split"
        "|order|seating|plan)? ?that (?:satisfies|works|meets|fits)",
        "what's the (?:fewest|fastest|quickest|shortest|cheapest|minimum|least) (?:[a-z]+ ){0,2}(?:pours|moves"
        "|steps|time|trips|number|total)", "(?:better|worse) on average", "by roughly how much",
        "(?:an )?actual proof", "show why", "help me (?:allocate|schedule|split|divide|decide|weigh)",
        "should (?:i|we) (?:[^ ?.!]+ ){3,40}or (?:[^ ?.!]+ ){1,30}[^ ?.!]*[?]",
    )),
    ("architecture", _words(
        "distributed", "architecture", "consensus", "throughput", "backpressure",
        "back-pressure", "exactly-once", "exactly once", "scalability", "scalable",
        "concurrency", "fault tolerance", "fault-tolerant", "sharding", "shard", "replication",
        "multi-tenant", "multi-tenancy",
        "load balancer", "load balancing", "microservice", "microservices",
        "event sourcing", "cap theorem", "high availability",
        # scale across places: "a rate limiter for an API gateway doing 50k rps across 6 regions"
        "rate limiters?", "api gateways?", "[0-9]+k? (?:rps|qps|tps|requests per second"
        "|writes per second|reads per second|events per second|messages per second)",
        "across (?:[0-9]+|multiple|several|many|two|three|all) (?:regions|data ?cent(?:er|re)s"
        "|availability zones|zones|clusters)",
        "multi-region", "multi region", "geo-distributed", "geo-replicat(?:ed|ion)",
        "consistency (?:vs|versus|and|or) (?:availability|accuracy|latency|performance)",
    )),
    ("tool_intent", _words(
        "run", "execute", "open", "browse", "search", "send", "schedule", "download",
        "upload", "install", "call", "use (?:a |the )?tools?", "github", "calendar", "fetch",
        "scrape", "crawl", "click", "navigate",
    )),
    ("file_intent", _words(
        "file", "files", "folder", "folders", "directory", "directories", "filesystem",
        "file system", "patch", "[a-z0-9_-]+[.](?:py|js|ts|tsx|jsx|json|ya?ml|toml|md|txt|csv"
        "|rs|go|java|rb|sh|cfg|ini|env|sql|html|css|c|cpp|h)",
    )),
    ("email_words", _words(
        "emails", "e-mails", "inbox", "mail", "mailbox", "gmail", "outlook",
    )),
    ("email_object", _words(
        "email", "emails", "e-mail", "e-mails", "message", "messages", "mail", "inbox", "dm",
    )),
    ("calendar_intent", _words(
        "calendar", "invite", "invites", "invitation", "appointment", "appointments",
        "schedule", "reschedule",
    )),
    ("shell_intent", _words(
        "shell", "terminal", "command line", "command", "commands", "execute",
        "run tests?", "run the tests?", "pytest", "ruff", "npm", "git", "bash", "zsh",
        "powershell", "cli", "sudo", "chmod", "apt-get", "brew", "makefile", "cargo",
    )),
    ("github_intent", _words(
        "github", "gitlab", "pull request", "pull requests", "pr", "prs", "branch",
        "branches", "commit", "commits", "merge", "git", "rebase", "cherry-pick",
        "github issues?", "open an issue", "file an issue", "issue tracker",
    )),
    ("legal_domain", _words(
        "legal", "legally", "lawyer", "attorney", "lawsuit", "sue", "contract", "contracts",
        "settlement", "liability", "compliance", "regulation", "regulations", "regulatory",
        "court", "gdpr", "hipaa", "copyright", "trademark", "patent", "nda", "custody",
        "divorce", "eviction", "subpoena",
    )),
    ("medical_domain", _words(
        "medical", "medicine", "medication", "medications", "doctor", "diagnosis",
        "diagnose", "treatment", "symptom", "symptoms", "prescription", "clinical", "health",
        "patient", "patients", "disease", "dosage", "dose", "surgery", "therapy", "cancer",
        "diabetes", "pregnant", "pregnancy", "blood pressure", "mental health",
        "depression", "vaccine", "allergy", "allergic",
    )),
    ("financial_domain", _words(
        "financial", "finance", "finances", "tax", "taxes", "investment", "investments",
        "invest", "investing", "liability", "loan", "loans", "mortgage", "insurance", "bank",
        "banking", "trading", "stock", "stocks", "portfolio", "payment", "payments",
        "invoice", "invoices", "refund", "refunds", "budget", "retirement", "401k",
        "crypto", "bitcoin", "credit score", "debt", "salary", "payroll", "accounting", "irs",
    )),
    ("production", _words(
        "production", "prod", "customer data", "live system", "live site", "main branch",
        "master branch", "live database",
    )),
    ("security", _words(
        "exploit", "exploits", "malware", "ransomware", "xss", "csrf", "breach",
        "sql injection", "vulnerability", "vulnerabilities", "cve", "privilege escalation",
        "phishing", "keylogger", "backdoor", "rootkit", "ddos",
    )),
    ("pii", _words(
        "ssn", "ssns", "passport", "passports", "password", "passwords", "secret", "secrets",
        "social security", "credit card", "credit cards", "api key", "api keys",
        "private key", "private keys", "access token", "access tokens", "credentials",
        "bank account number", "date of birth",
    )),
    # Shell, database and infrastructure commands that destroy data. Matched
    # as-is: never exempted by a question or an idiom.
    ("danger_command",
     r"\brm -(?:rf|fr|r|f)\b|\bsudo rm\b|\brmdir /s\b"
     r"|\bdrop (?:table|database|schema|collection|keyspace)\b|\btruncate table\b"
     # (SQL's DELETE FROM names a table; "only then delete from the NAS" is English)
     r"|\bdelete from (?:" + _word_except(("the", "my", "our", "your", "this", "that", "these", "those",
                                            "a", "an", "his", "her", "their", "its", "it", "them", "there",
                                            "here", "all", "every", "each", "any", "both", "me", "us", "him"))
     + r"(?:\b|[_0-9.])|[^a-z ])"
     r"|\bgit push (?:-f|--force)|\bpush --force\b|\bforce-push"
     r"|\bforce push|\bgit reset --hard\b|\bgit clean -f|\bchmod -r 777\b|\bchmod 777\b"
     r"|\bmkfs\b|\bdd if=|\bformat (?:the |my |this |that )?(?:c: )?(?:disk|drive"
     r"|hard drive|hard disk|partition|ssd|usb|volume)\b"
     r"|\b(?:kill|nuke) (?:-9 )?(?:the |this |that |all (?:the |of the )?|every |our |my )?"
     r"(?:prod |production |running |stuck |hung |idle |old |stale |active |remaining )*"
     r"(?:servers?|process|processes|clusters?|pods?|nodes?|containers?|instances?"
     r"|database|databases|db|jobs?|workers?)\b"
     r"|\bkillall\b|\bpkill\b|\bshred\b|\bdocker system prune\b|\bkubectl delete\b"
     r"|\bterraform destroy\b|\bflushall\b|\bflushdb\b|\bs3 rm\b|\bgsutil (?:-m )?rm\b"
     r"|\brm (?:-[a-z]+ )*[/~*.]|\bgit branch -d\b"),
    ("structured_output", _words(
        "json", "yaml", "csv", "table", "tables", "schema", "schemas", "structured",
        "bullet", "bullets", "bullet points?", "checklist", "checklists", "spreadsheet",
        "xml", "toml",
    )),
    ("vague_request", _words(
        "handle", "help", "fix", "manage", "do", "deal with", "this", "that", "it",
        "stuff", "something", "things?",
    )),
)

#: (signal name, benign regex, positive regex): see the module docstring.
_GUARDED_PATTERNS = (
    ("coding_intent",
     _QUOTED_PROSE + "|" + _words(
         # "whats the diff between a roth ira and a regular one"
         "diff (?:between|b/w|btwn|btw)",
         "(?:blood|pregnancy|covid|driving|drivers|driver's|drug|eye|hearing|iq|personality"
         "|math|spelling|urine|dna|allergy|stress|fitness|placebo|sat|act|gre|gmat|lsat|mcat|toefl"
         "|ielts|road|standardized|entrance|science|maths?|history|geography|biology|chemistry|physics"
         "|english|french|spanish|german|irish|spelling|vocab|vocabulary|school|chapter"
         "|end-of-term|mock|practice|theory|screening|diagnostic|antigen|pcr|lab|genetic|skin|hiv) tests?",
         "take (?:a|the|my|an) (?:[a-z]+ )?test",
         # statistical tests are not software tests
         "(?:a/b|ab|split|multivariate|t|chi-squared?|chi-square|hypothesis|significance"
         "|statistical|paired|welch's) tests?", "t-tests?",
         "(?:stomach|flu|tummy|travel|love|24-hour) bugs?", "bug (?:bites?|spray)",
         "bed ?bugs?",
         "build (?:a |an |my |the |your |our )?(?:birdhouse|house|shed|deck|fence|garden"
         "|snowman|fire|campfire|habit|habits|team|career|relationship|relationships"
         "|muscle|muscles|resume|brand|audience|wealth|confidence|trust|lego|sandcastle"
         "|treehouse|bookshelf|community|business)",
         # savings: "build a 6-month emergency fund first", "build up my credit"
         "build (?:up )?(?:a |an |my |the |your |our |some )?(?:[0-9a-z-]+ )?(?:emergency fund|savings"
         "|credit(?: score| history)?|nest egg|cash (?:reserve|buffer|cushion)|rainy[- ]day fund|sinking fund)",
         # a plan's dependencies: "milestones, dependencies, and what has to happen first"
         "(?:milestones|tasks|steps|phases|risks|owners|deadlines|timelines?),? (?:and )?dependencies",
         "dependencies (?:between|among|across) (?:the |these |our |my )?(?:tasks|steps|teams|milestones"
         "|activities|workstreams|phases|projects|people)",
         "build (?:me |us |him |her |them )?(?:a|an|the|my|our|your)(?: [a-z-]+){0,2} (?:plan|plans|case|strategy|roadmap"
         "|timetable|schedule|itinerary|rota|meal plan|workout"
         "|narrative|argument|timeline|budget|routine|curriculum|syllabus|outline)",
         "make an exception", "take exception",
         # code ruled out: "entities and relationships, not code", "a plan, not manifests"
         "(?:not|no|without) (?:any |the )?(?:code|coding|implementation)",
         "(?:tax|dress|zip|postal|area|promo|discount|coupon|morse|bar|qr|moral|honor"
         "|ethical|penal|civil|building|country|colour|color|da vinci|door|access|entry|gate"
         "|alarm|lock|wifi|wi-fi|voucher|post|sort|swift|booking|confirmation|verification"
         "|security|pin|reference|tracking|referral|gift|invite|invitation|redemption"
         "|activation|otp|sms) codes?",
         "code of (?:conduct|ethics|practice|honor)", "code red",
         "import (?:tax|taxes|duty|duties|tariffs?)",
         # a skill on a CV: "a junior data analyst who knows SQL and Tableau"
         "(?:knows|know|knowing|learning|learned|learnt|experience with|experience in|skilled in"
         "|proficient in|fluent in) (?:basic |some |advanced )?(?:sql|python|javascript|html|css|git"
         "|excel|r)(?:(?:,| and) (?:[a-z]+))*",
     ),
     _words(
         "code", "coding", "codebase", "repo", "repos", "repository", "pytest", "ruff", "wp-cli", "wpcli",
         "test", "tests", "unit tests?", "bug", "bugs", "debug", "debugging", "build",
         "compile", "compiler", "lint", "linter", "refactor", "refactoring",
         "exception", "python", "javascript", "typescript", "golang",
         "sql", "regex", "api", "apis", "api endpoints?", "dependency", "dependencies",
         "import", "pull request", "pr", "git", "github", "gitlab", "segfault",
         "npm", "dockerfile", "docker", "kubernetes", "html", "css", "react", "django",
         "flask", "fastapi", "node[.]?js", "rustc", "cargo", "programming", "source code",
         "go service", "goroutines?",
         "kotlin", "swiftui", "jetpack compose", "data class(?:es)?",
         "(?:list|dict|set) comprehensions?", "borrow checker",
         "psql", "pg_hba",
         # "bash one liner to rename all .jpeg to .jpg", "how do i make the handler idempotent"
         # (not "keep it idempotent" in a design question)
         "bash", "zsh", "one[- ]liners?",
         "make (?:the |this |my |our |it )?(?:[a-z0-9_-]+ )?(?:handler|endpoint|function|job|consumer|webhook"
         "|api|request|operation|migration|script|task|worker)s? idempotent",
         "(?:git|feature|wrong|new|main|master|remote|local|dev|develop|current) branch",
         "js", "jsx", "tsx", "mypy", "pyright", "eslint", "type hints?", "type annotations?",
         "merge conflicts?", "commit messages?", "pre-commit", "query planner",
         # the forty-fifth corpus's code: a conflict handed over ("Resolve this conflict in
         # Loc/strings_fr-CA.csv: ... <<<<<<< HEAD"), a plan asked of Postgres ("EXPLAIN
         # ANALYZE SELECT ..."), a shader that does not compile, Unity's and Rust's names
         # ("a new GameObject for every projectile", "reqwest::blocking")
         "resolve (?:this|the|these|those|a|my|our) (?:merge |rebase |git )?conflicts?", "<<<<<<< ?head",
         "explain analy[sz]e", "shader (?:errors?|compil[a-z]*|bugs?|crash(?:es)?|code|variants?|graphs?"
         "|warnings?|keywords?)", "hlsl", "glsl", "gameobjects?", "monobehaviou?rs?", "unityengine",
         "tokio", "[a-z_][a-z0-9_]*::[a-z_][a-z0-9_]*",
         "(?:bash|shell|python|powershell|node|cron|sh) scripts?", "cron ?jobs?", "crontab",
         "mutex(?:es)?", "linked lists?", "worker pools?",
         "pandas", "numpy", "dataframes?", "groupby", "matplotlib", "sklearn", "scikit-learn",
         "pytorch", "tensorflow", "jupyter", "cherry-pick", "rebase", "rebasing",
         # (database and broker names are left out: "how to shard postgres" is design)
         "nginx", "localhost", "langchain", "llamaindex", "memory leaks?", "heap",
         "time complexity", "space complexity", "big-o", "big o notation", "one-liners?",
         "diff", "diffs", "(?:last|previous|latest|initial|first) commits?",
         "(?:closed|buffered|unbuffered|nil|go) channels?",
         *_CODE_TEXT, _JS_FILE, *_CODE_REQUESTS,
         # a language named as the medium: "in Go", "using Rust"
         "(?:in|using) r(?:, [a-z]+| to [a-z]+| code| script)",
         "(?:in|with|using|written in) (?:go|rust|ruby|java|kotlin|swift|scala|haskell|elixir"
         "|php|lua|dart|perl|clojure|ocaml|erlang|zig|julia)",
         "awk", "sed", "grep", "jq", "xargs", "curl", "rsync",
         # a query in a named dialect ("a Postgres query"); database names alone stay design
         "(?:postgres|postgresql|mysql|mariadb|sqlite|bigquery|snowflake|redshift|t-sql|tsql"
         "|mongo|mongodb|hive|presto|trino|athena|clickhouse|duckdb|oracle) quer(?:y|ies)",
         # spreadsheet formulas are code too
         "(?:excel|google sheets|sheets|spreadsheet|libreoffice|calc) (?:formulas?|functions?"
         "|macros?)", "vlookup", "xlookup", "hlookup", "countifs?", "sumifs?", "averageifs?",
         "index[ /]match", "vba", "apps script", "soql", "sosl", "settingwithcopywarning",
         # "DAX measure for arrears YoY", "JQL for every ticket in project DATA"
         "dax (?:measures?|formulas?|expressions?|quer(?:y|ies)|calculations?|calculated columns?|code)",
         "jql", "kql", "power query", "m code",
         # R and its libraries; infrastructure as code; schedules as code
         "tidyr", "dplyr", "ggplot2?", "tidyverse", "rstudio", "r markdown", "rmarkdown",
         "terraform", "cloudformation", "pulumi", "ansible", "helm charts?", "bicep",
         "kubernetes manifests?", "k8s manifests?",
         "cron (?:expressions?|syntax|schedules?|strings?)",
         # platform code and rules: "write Firestore security rules so players can only
         # write their own doc", "Shopify Liquid: show the metafield", "conditional
         # formatting to highlight overdue rows"
         "firestore", "(?:firebase|storage) (?:security )?rules", "cloud functions?",
         # "recon-worker pod in CrashLoopBackOff, kubectl logs shows ...", "latex error
         # 'Misplaced alignment tab character'", "google sheets: marks in C2:C48, ..."
         "powershell", "get-ad[a-z]+", "(?:ou|dc)=[a-z0-9_-]+,", "arduino", "esp32", "esp8266", "micropython",
         "platformio",
         "kubectl", "crashloopbackoff", "imagepullbackoff", "k8s", "oomkill(?:ed|s)?",
         # "Go panics with 'assignment to entry in nil map'", "`chmod 750 deploy.sh`"
         "panic(?:s|ked)? with ['\"`]", "nil (?:map|pointer|slice|interface|dereference)", "chmod", "chown",
         "latex (?:errors?|code|tables?"
         "|documents?|compil(?:e|es|ing|ation)|templates?)", "overleaf",
         "[a-z]{1,2}[0-9]{1,5}:[a-z]{1,2}[0-9]{1,5}",
         "(?:excel|google sheets?|libreoffice calc)(?: q| question| help)?(?::| -) [a-z0-9]+",
         "formula (?:pls|please|plz)", "(?:bash|zsh|powershell)(?: q| question| help)?: [a-z0-9]+",
         # "rust says cannot borrow `v` as mutable", "Go: read a JSON file into a struct",
         # "center a div with flexbox", "node function that sends a welcome email"
         "(?:rustc|rust|cargo|the compiler|python|node|npm|pip|tsc|mypy|eslint|gcc|clang|javac|gradle"
         "|maven|webpack|xcode) (?:says|said|complains|throws|keeps throwing|gives me|is giving me)",
         "cannot borrow", "cannot move out of", "mismatched types", "structs?", "flexbox", "divs?",
         "tailwind(?:css)?", "css grid", "media quer(?:y|ies)",
         "(?:node|python|javascript|js|typescript|ts|lambda|serverless|cloud|azure|firebase|edge) functions?",
         # ORMs, test runners, build and C tools: "prisma migrate dev fails with P3006",
         # "valgrind says: Invalid read of size 8"
         "prisma", "sequelize", "typeorm", "sqlalchemy", "alembic", "drizzle orm", "hibernate",
         "spring boot", "next[.]?js", "nestjs", "vitest", "junit", "rspec", "cypress", "webpack",
         "valgrind", "gdb", "cmake", "makefile",
         "shopify liquid", "liquid (?:templates?|snippets?|tags?|filters?|code)", "metafields?",
         "conditional formatting",
         # a handler asked for: "Write an Express handler for Stripe's webhook"
         "(?:route|request|event|webhook|error|submit|http|api) handlers?", "middleware",
         "express (?:apps?|servers?|handlers?|routes?|middleware)", "expressjs",
         "(?:write|build|create|add|implement) (?:a|an|the) (?:[a-z0-9.+#-]+ ){0,3}(?:handler|controller"
         "|resolver|reducer)s?",
     )
     + _CODE_SYNTAX),
    # Image generation: a making verb with an image noun a few words on, a
    # drawing request, or a generator's name. Benign: "make sure the image
    # loads" and making something *from* a given image (that is vision).
    ("image_generation_intent",
     _QUOTED_PROSE + "|" + _words(
         "make sure",
         # text about a picture: "Write alt text describing this product photo of the mug"
         "alt[- ]?text(?: [a-z]+){0,6} (?:photos?|images?|pictures?|illustrations?|graphics?|shots?) of",
         # a picture turned into text or code: "Turn the whiteboard sketch in this photo
         # into a Mermaid flowchart"
         "(?:turn|convert|transcribe|redo|recreate) (?:[a-z0-9'-]+ ){1,8}(?:into|as|to) (?:a |an )?(?:mermaid"
         "|plantuml|graphviz|ascii|tikz|latex|markdown|html|text|json|csv|table|spreadsheet|list)",
         # writing a prompt for a generator produces text: "write me a prompt
         # I can paste into Midjourney"
         "prompts?(?: [a-z']+){0,6} (?:midjourney|stable diffusion|dall-?e)",
         # drawing idioms, and drawing in code ("draw a circle with turtle")
         # a draw in probability: "draw two cards from a standard deck"
         "draw (?:two|three|four|five|six|[0-9]+) (?:[a-z]+ )?(?:cards?|balls?|marbles?|tickets?|chips?|socks?"
         "|beads?|tiles?|counters?|names?|numbers?)",
         "draw (?:a |an |the |some )?(?:conclusions?|lines? (?:between|in the sand|under)|cards?"
         "|distinctions?|parallels?|comparisons?|blanks?|breath|crowds?|samples?|salary|pension"
         "|lessons?|bath|boundar(?:y|ies)|attention|inspiration|strength|water|blood|straws?"
         "|lots|near|closer|up)",
         "(?:how (?:do|can|would|should) (?:i|you|we) |how to )draw",
         "draw (?:a|an|some|two|three|four|five|[0-9]+)(?: [a-z0-9-]+){1,4} (?:in|with|using|on)"
         " (?:python|turtle|matplotlib|canvas|the canvas|html|css|svg|opengl|pygame|tkinter|js"
         "|javascript|unity|p5|processing|swiftui|flutter|react)",
         "(?:generate|create|make|produce|render|design|draw)(?: [a-z0-9'-]+){0,4}"
         " (?:from|in|of|on|about|based on|using) (?:this|the|that|my|these|those|attached"
         "|uploaded|your)(?: [a-z-]+)? (?:images?|pictures?|photos?|screenshots?|diagrams?"
         "|charts?|scans?)",
     ),
     _words(
         # drawing verbs in other languages: "Disegna un'etichetta per il nostro Dolcetto",
         # "Zrób grafikę na Facebooka"; a render for a client: "Render for the architect:"
         "disegna", "disegnami", "dibuja", "dib_jame", "dessine", "dessine-moi", "zeichne", "teken",
         "rysuj", "narysuj", "desenha", "desenhe", "zr_b (?:grafik_|obrazek|plakat|ilustracj_)",
         # "t-shirt design with a cactus wearing sunglasses"
         "(?:t-shirt|tshirt|shirt|tee|hoodie|mug|tote|tattoo|sticker|patch|badge|merch) designs?(?:: [a-z]+| with| of"
         "| featuring| showing| for)",
         "render for (?:the |an? |our |my )?(?:architect|client|customer|brochure|pitch|presentation"
         "|slide|deck|website|listing|portfolio)",
         "(?:generate|create|make|draw|render|produce|design|redesign|paint|sketch|illustrate"
         "|visuali[sz]e|whip up|mock up|dream up|cook up|gimme)"
         "(?: [a-z0-9':-]+){0,5} (?:images?|pictures?|pics?|photos?|illustrations?|logos?|icons?"
         "|paintings?|digital art|emotes?|(?:product|hero|studio|lifestyle) shots?"
         "|wallpapers?|posters?|artwork|drawing|avatars?|banners?|thumbnails?|memes?"
         "|cartoons?|comics?|portraits?|mascots?|stickers?|album covers?|book covers?"
         "|cover art|(?:book|storybook|comic) pages?|maps?|graphics?|concept art|floor plans?"
         "|character designs?|infographics?|storyboards?(?: frames?| panels?)?|sprites?|sprite sheets?"
         "|(?:product|packaging|photo|photorealistic|3d) mock-?ups?"
         # "make a clear labelled diagram of the carbon cycle", "design matatu graffiti art"
         "|labell?ed diagrams?|illustrated diagrams?|graffiti(?: art)?|murals?|vehicle wraps?|liver(?:y|ies)"
         "|clip[- ]?art(?: [a-z-]+)?"
         "|decals?"
         # "Generate a video call background: a cozy studio at night"
         "|(?:video[- ]?call|zoom|teams|desktop|phone|lock[- ]?screen|lockscreen|virtual|webcam|stream"
         "|twitch) backgrounds?)",
         # an art piece named with its subject and its look: "logo for a bakery
         # called 'Zloty Klos': wheat ear, gold and navy, minimal", "sticker of a
         # sleepy cat in a coffee cup, kawaii style"
         "(?:logos?|icons?|stickers?|posters?|illustrations?|mascots?|banners?|wallpapers?|avatars?"
         "|emotes?|album covers?|book covers?|flyers?|t-shirt designs?|tattoo designs?|sprite sheets?"
         "|sprites?|mock-?ups?) (?:of|for) [^?!]{0,160}[,:.] [^?!]{0,120}\\b(?:style|watercolou?r|minimal"
         "|minimalist|flat|vector|kawaii|hand-drawn|hand drawn|texture|lettering|palette|pastel"
         "|lighting|background|border|4k|8k|photorealistic|cinematic|isometric|anime|cartoon"
         "|pixel|low-poly|3d|transparent|gradient|line art|monochrome|retro|vintage|neon"
         "|colou?rs?|colou?rful|playful|bold|modern|elegant|cute|abstract|realistic|vibrant|muted|look)",
         # a cover and a room to picture: "illustrate a cover for my kids' book", "render my
         # living room idea: mid-century sofa, ..."
         "(?:generate|create|make|draw|render|design|paint|illustrate)(?: [a-z0-9':-]+){0,3} (?:book "
         "|album |magazine |podcast )?covers? (?:for|of)",
         "render (?:my|our|the|this|a|an) (?:[a-z-]+ ){0,3}(?:idea|concept|room|scene|space|layout"
         "|interior|kitchen|bedroom|living room|house|building|product|backyard|garden)",
         "(?:stock|clip ?art|vector|flat|3d|isometric|cartoon|watercolou?r|pixel|[a-z]+-style|mock-?up)"
         " (?:images?|photos?|illustrations?|pictures?|portraits?|drawings?|renders?|icons?) of",
         # a medium and a subject: "Oil painting portrait of my hamster as a Roman emperor"
         "(?:oil|acrylic|gouache|pastel|charcoal|pencil|ink|crayon|chalk) (?:paintings?|portraits?|sketch(?:es)?"
         "|drawings?|illustrations?)(?: portraits?)? of (?:a|an|my|our|the|two|three|some)",
         "portraits? of (?:my|our|a|an) (?:[a-z-]+ ){1,2}as (?:a|an|the) [a-z]+",
         # a mockup described after a colon: "product mockup image: a matte black bottle"
         "mock-?up (?:images?|photos?|renders?|shots?): [a-z]+",
         # a picture's variant: "now make the Spoke & Sprocket logo in a dark version"
         "make (?:the|my|our|this|that) (?:[a-z0-9&'-]+ ){0,3}(?:logo|icon|banner|poster|image|picture"
         "|illustration|avatar|mascot|sticker|wallpaper|thumbnail) (?:in|into) (?:a |an )?(?:[a-z-]+ )?(?:version"
         "|style|colou?rs?|palette|variant)",
         "(?:of|in|on|from) (?:the|that|this) (?:last|previous|generated) (?:image|picture|render"
         "|illustration|drawing|logo|version)",
         # a picture asked by its kind and purpose: "an illustration for a kids book page:",
         # "a cartoon of a developer ... for our blog post"; "illustrate a shopping cart
         # ..., flat vector"; the same picture changed: "same picture but make it winter"
         "(?:illustration|cartoon|drawing|painting|watercolou?r|sketch|comic|sticker"
         "|poster|banner|wallpaper) for (?:a|an|my|our|the) (?:[a-z'-]+ ){0,3}(?:book|page|post|blog"
         "|site|website|app|screen|card|deck|slide|article|newsletter|campaign|flyer|menu|shop|store)",
         "cartoon of (?:a|an|the|my|our|two|some) ",
         # "poster of the unit circle ..., for the S5 classroom wall", "cartoon of
         # Pythagoras ..., for the top of my worksheet"
         "(?:cartoon|caricature|poster|illustration|drawing|painting|sketch|doodle)s? of [^?!]{1,160}"
         "\\bfor (?:the |my |our |a |an |his |her |their )?(?:[a-z0-9'-]+ ){0,4}(?:wall|worksheet|email"
         "|poster|card|newsletter|post|page|slide|site|flyer|door|classroom|website|instagram|facebook"
         "|fridge|blog|deck|presentation|handout|board|display)",
         # "a 3-panel comic: ...", "icon set, 24px line icons", a style tag in a
         # scene ("..., watercolour, for Martin's leaving card"), a picture and its
         # purpose ("picture of a robot ..., for the team's celebration post")
         "(?:[0-9]+|one|two|three|four|five|six)[- ]panel (?:comics?|strips?|cartoons?|comic strips?)",
         "comic strips?", "icon set,", "[0-9]+ ?px (?:[a-z]+ )?icons?",
         # "poster image for the PhD seminar", "album cover for my band", "picture for
         # Saoirse's 6th birthday card:", "favicon for ...", "youtube thumbnail for my
         # video", "pixel art seagull sprite, 32x32"
         "(?:poster|banner|flyer|header|hero|cover|thumbnail|card|splash|title) (?:image|picture|art|artwork"
         "|graphic|illustration) for",
         "(?:album|book|ep|single|podcast|playlist|magazine|record|mixtape) (?:cover|artwork|art) for",
         "favicons? for", "thumbnails? for (?:my|our|the|a|an)",
         # "illustrated flyer for ...", "Nexus Mods banner 1280x720", "16x16 pixel art
         # crab pot item icon", "meme-style image:", "photorealistic shot of tiramisu"
         "illustrated (?:[a-z]+ )?(?:flyer|poster|card|banner|map|invitation|cover|postcard|menu|book"
         "|story)s?",
         "(?:banners?|posters?|thumbnails?|wallpapers?|icons?|headers?|covers?|logos?|sprites?|graphics?"
         "|tiles?|artwork) [0-9]+ ?x ?[0-9]+",
         # the kind of picture, then a colon and the scene: "picture book illustration: a
         # little calf in a red hat", "birthday card for Daniel: a pill bottle wearing a
         # party hat", "A4 window poster for the pharmacy: 'Flu vaccines now available'";
         # an adjective or a pose makes the picture a request: "funny illustration of a
         # farmer ...", "cartoon kiwi bird giving a thumbs up"
         "(?:illustration|poster|tile|graphic|sticker|banner|flyer|logo|icon|wallpaper|thumbnail|card"
         "|mascot|artwork|invitation|livery|decal)s?(?: designs?)?(?: [0-9]+ ?x ?[0-9]+)?(?: (?:for|of) [^:.!?]{1,60})?: (?:a|an|the"
         "|two|three|four|some|[\"']|(?:red|orange|yellow|green|blue|purple|pink|black|white|gold|silver"
         "|navy|teal|pastel|bold|minimal|flat|simple|clean))",
         "(?:funny|cute|whimsical|minimalist|playful|quirky|cheerful|spooky|retro|vintage|colou?rful"
         "|cartoon|watercolou?r|isometric)"
         " (?:illustration|cartoon|drawing|painting|sketch|poster|picture|image)s? of",
         "cartoon (?:[a-z'-]+ ){1,3}(?:giving|holding|wearing|riding|eating|playing|waving|sitting"
         "|standing|running|dancing|reading|juggling|flying|surfing|carrying)",
         "[0-9]+ ?x ?[0-9]+ pixel[- ]art", "[a-z]+-style (?:image|picture|illustration|drawing|art|poster)s?",
         "(?:photorealistic|photo-realistic|studio|product|hero|stock) (?:shots?|photos?|images?|renders?"
         "|pictures?) of",
         "pixel[- ]art (?:[a-z]+ ){0,2}(?:sprites?|icons?|characters?|portraits?|avatars?|scenes?|tiles?"
         "|tilesets?)", "sprites?(?: sheets?)?, [0-9]+x[0-9]+",
         ", (?:watercolou?r|oil painting|pixel art|flat vector|line art|cartoon style|anime style"
         "|photorealistic|isometric|low-poly|3d render|vector art|pencil sketch|charcoal|gouache"
         "|linocut|woodcut)(?:,| style| for)",
         "(?:picture|image|illustration|drawing) of (?:a|an|two|three|some) [^.?!]{0,120}, for (?:the|our"
         "|my|a|an|his|her|their) [^.?!]{0,60}(?:post|card|slide|deck|newsletter|blog|page|site|banner"
         "|poster|invite|invitation|flyer|email|announcement|celebration)",
         "illustrate (?:a|an|the|my|our|some|two|three) ",
         "same (?:[a-z0-9&'-]+ ){0,3}(?:picture|image|illustration|drawing|render|logo|one|icon|poster"
         "|banner|sticker|avatar) but",
         "(?:take|use|edit|modify|tweak) (?:that|the|this) (?:last|previous|first|second|generated|new)"
         " (?:image|picture|render|illustration|drawing|logo|version|one)s?,? (?:and )?(?:make|change"
         "|add|remove|replace|turn|swap|give)",
         # changing a picture made before: "redo that logo with a transparent background"
         "(?:redo|remake|regenerate|rerender|re-render|recolou?r) (?:that|the|this|my|your) (?:last )?"
         "(?:logo|image|picture|illustration|icon|poster|drawing|banner|render|wallpaper|avatar"
         "|sticker|mockup)",
         # asking for an image in another language: "genera un'immagine di una Vespa"
         # a picture for a wallpaper: "picture of a purple Peterbilt ..., for my phone wallpaper"
         # (led by the device: a check at every "for" made long texts 4% slower)
         "(?:phone|desktop|laptop|lock ?screen|home ?screen) wallpaper",
         "(?:genera|generare|crea|creare|disegna|g_n_re|genere|cr_e|dessine|fais|fais-moi|faites|faites-moi"
         "|erstelle|generiere"
         "|zeichne|genereer|teken|wygeneruj|stw_rz|narysuj|olu_tur|ciz|_iz|dibuja|genera|crie|gere"
         "|desenhe|skapa|buat|buatkan|gambar"
         # Finnish ("luo kuva", "piirrä"; not "tee": a golf tee), Hungarian ("készíts egy képet"),
         # Danish ("lav et billede")
         "|luo|piirr_|k_sz_ts|rajzolj|lav)(?: [a-z0-9_'-]+){0,3} (?:[a-z]+')?(?:immagine"
         "|immagini|imagen|im_genes|imagem|image|bild|afbeelding|obraz|obrazek|g_rsel|gorsel|bilde"
         "|kuva|kuvan|kuvia|piirros|k_pet|k_p|billede"
         "|gambar|illustrazione|ilustraci_n|ilustra__o|illustration|logo|logotipo|disegno|dessin"
         "|dibujo|desenho|zeichnung|tekening|rysunek|resim|poster|affiche|ikon|icona|ic_ne)",
         "(?:draw|paint|sketch|doodle) (?:me|us)",
         # changing an image made before: "in that last image, make the sky more orange"
         "(?:in|on) (?:that|the|this) (?:last|previous|first|second|third|generated|new) (?:image"
         "|picture|render|illustration|drawing|logo|version|one)s?,? (?:[a-z0-9'-]+ ){0,3}(?:make"
         "|change|add|remove|replace|turn|swap|give|recolou?r)",
         "(?:can|could|would|will) you (?:please )?(?:draw|paint|sketch|doodle)",
         "(?:draw|paint|sketch)(?: [a-z0-9',-]+){0,8} (?:watercolou?r|oil painting|pixel art"
         "|cartoon|anime|photorealistic|photo-realistic|impressionist|impressionism|cubist"
         "|surrealist|art deco|art nouveau|ukiyo-e|van gogh|ghibli|pixar|renaissance|baroque"
         "|pop art|pointillist|charcoal|pastel|gouache|acrylic)",
         "(?:i|we) (?:need|want|would like|'d like) (?:a |an )?(?:[a-z0-9-]+ ){0,3}"
         "(?:logo|icon|mascot|illustration|poster|avatar|banner|emote|sticker|wallpaper)",
         "(?:i|we) (?:need|want|would like|'d like) (?:a |an )?(?:[a-z0-9-]+ ){0,2}"
         "(?:picture|image|graphic|drawing|painting|header image|hero image|cover image) (?:of|for)",
         # a medium and its subject as the whole request: "a watercolor of a fox",
         # "pixel-art sprite of a knight", "a desktop wallpaper of a pine forest"
         "(?:watercolou?rs?|oil paintings?|pixel[- ]art(?: sprites?)?|digital paintings?"
         "|wallpapers?) of (?:a|an|some|two|three)",
         # restyling a photo makes a new image: "turn this selfie into a cartoon"
         "turn (?:this|my|the|these|that|our) (?:[a-z]+ )?(?:photos?|selfies?|pictures?|images?"
         "|pics?|sketch|drawing|portrait)(?: of (?:me|us|him|her|them|my [a-z]+))? into (?:a |an )?"
         "(?:[a-z-]+ ){0,3}(?:cartoon|painting|drawing|sketch|anime|illustration|avatar|sticker"
         "|portrait|meme|watercolou?r|pixel art|comic|caricature|character)",
         "stable diffusion", "midjourney", "dall-?e", "text-to-image", "text to image",
         # seeing a hypothetical as an image: "show me what the office would
         # look like ... as a mockup image"
         "(?:show me|visuali[sz]e) (?:what|how) (?:[a-z0-9'-]+ ){1,8}(?:would|will|could|might) look"
         "(?: [a-z0-9',-]+){0,8} (?:images?|pictures?|photos?|renders?|renderings?|mockups?"
         "|mock-ups?)",
         # a visual style named after a making verb: "render a 3D isometric scene"
         "(?:generate|create|make|render|produce|design|draw|paint|sketch)(?: [a-z0-9':-]+){0,4}"
         " (?:photorealistic|photo-realistic|isometric|hyperrealistic|watercolou?r|pixel art"
         "|oil painting|low-poly|3d render|vector art|line art|anime style)",
         "draw (?:a|an|some|two|three|four|five|[0-9]+) [a-z]+",
         "do (?:me |us )?(?:a|an) (?:[a-z-]+ ){0,3}(?:picture|drawing|painting|portrait|sketch"
         "|illustration|logo|image)",
         "(?:generate|create|make|draw|render|produce|design|paint|sketch|illustrate|visuali[sz]e)"
         "(?: [a-z0-9':-]+){0,8} (?:as|into) (?:a|an) (?:[a-z-]+ ){0,2}(?:infographic|illustration"
         "|poster|cartoon|painting|drawing|comic|image|picture)s?",
     )
     # a Midjourney command or its aspect-ratio flag
     + r"|/imagine\b|--ar [0-9]"
     # a picture for a purpose, its scene after the colon: "picture for Saoirse's 6th
     # birthday card: a unicorn and ..." (not "describe this image for alt text")
     + r"|\b(?:picture|image|illustration|drawing) for (?:[a-z0-9']+ ){0,4}(?:card|invitation|invite|poster"
     r"|flyer|banner|post|slide|deck|blog|newsletter|cover|mug|t-shirt|shirt|party)s?[:,] (?:a|an|the|two"
     r"|three|some|my|our) "),
    ("vision_intent",
     _QUOTED_PROSE + "|" + _words(
         "vulnerability scans?", "virus scans?", "security scans?", "port scans?",
         # photos asked of someone: "a reply asking her for two photos"
         "(?:ask|asks|asking|request|requests|requesting) (?:her|him|them|the customer|the client|the buyer"
         "|the guest|for)(?: [a-z0-9()]+){0,3} (?:photos?|pictures?|images?|screenshots?)",
         # a container image: "a multi-stage Dockerfile, final image distroless"
         "(?:docker|container|base|final|distroless|alpine|builder|runtime|oci|slim|app|production|prod|ci)"
         " images?",
         # an image's size in a build: "small image please", "keep the image small"
         "(?:small|smaller|smallest|tiny|minimal|lean|lightweight|slimmer) images? (?:please|pls|size)",
         "keep (?:the |our |my )?images? (?:small|slim|lean|tiny|under)",
         # an image weighed in bytes: "This image is 1.1 GB for a small Go API"
         "images? (?:is|was|are|were|weighs|comes in at|is now|is still|still) (?:about |around |over |nearly |almost )?"
         "[0-9][0-9.,]* ?(?:gb|mb|kb|gib|mib|g|m)",
         # ... asked about: "What happens to my photos if I delete my Instagram account"
         "(?:happens|happen|happened) to (?:my|our|your|his|her|their|the) (?:[a-z]+ )?(?:photos|pictures|pics"
         "|videos|images)",
         # an account's data: "what happens to my photos and DMs if I delete my account"
         # ... listed with other data: "recover stuff (2fa codes, photos, chats)"
         "(?:codes|chats|contacts|files|notes|messages|texts|emails|documents|docs|data|passwords|music"
         "|apps),? (?:and |or |& )?(?:photos|pictures|pics|videos)",
         "(?:photos|pictures|pics|videos),? (?:and |or |& )?(?:chats|contacts|files|notes|messages|texts"
         "|emails|documents|docs|data|passwords|music|apps)",
         # file types renamed or converted: "rename all .jpeg to .jpg"
         "[.](?:jpe?g|png|heic|webp|gif|tiff?) (?:to|into|files?|extensions?)",
         "(?:my|our|your|their|his|her) (?:[a-z]+ )?(?:photos|pictures|pics|videos|images) (?:and|or|&)"
         " (?:my |our |the |all )?(?:videos|dms|messages|posts|contacts|files|data|documents|notes|chats"
         "|comments|stories|reels|followers|emails)",
         # a part of a page being built: "a one-page site with a photo gallery that swipes"
         "(?:photo|image|picture) (?:gallery|galleries|carousel|carousels|slider|sliders|grid|upload|uploads"
         "|upload field)",
         # an image as a part of what is built: "PropertyCard component with image,
         # price, beds", "a signup form with a profile photo field"
         "(?:component|layout|section|form|model|schema|row|list item|screen|view|widget|template)s?"
         " with (?:an? |the |its )?(?:hero |cover |profile |product )?"
         "(?:images?|photos?|pictures?|thumbnails?|avatars?)",
         # a scan as an event or a query plan: "on a new scan", "each scan has a
         # scan_id", "EXPLAIN shows a Seq Scan", "the carrier scanned it at the depot"
         "(?:each|every|per|carrier|depot|barcode|qr|parcel|package|delivery|status|seq|sequential"
         "|index|table|bitmap|heap) scans?", "on (?:a |each |every |the )?(?:new |next )?scans?",
         "scans? (?:events?|ids?|tables?|data|history|times?|counts?|rates?|logs?)",
         "scanned (?:it|them|the (?:[a-z]+ )?(?:parcel|package|box|item|label|barcode|ticket|card"
         "|badge|order)s?) (?:at|in|as|into|on)",
         "seating charts?", "picture (?:argument|proof)", "proofs? (?:with|by) (?:a )?pictures?",
         "visual proofs?",
         "scan (?:the |this |our |my )?(?:network|ports?|codebase|repo|dependencies)",
         "knowledge graphs?", "dependency graphs?", "call graphs?",
         # scan results as counts ("520 ewes scanned: 60 singles, 400 twins"), and
         # graphs as a maths topic ("trig graphs, vectors, quadratics")
         "scanned: [0-9]+",
         # a chart saved by code ("plot ... and save it as tickets.png at 1600x900") and
         # a container image by when it was built ("since this morning's image")
         "save (?:it |them |the (?:plot|chart|figure|graph) )?(?:as|to) [a-z0-9_./-]+[.](?:png|jpe?g|svg|pdf"
         "|webp|gif)",
         "(?:since|from|with|in|on) (?:this morning's|last night's|yesterday's|today's|the new|the latest"
         "|the previous|the old) image",
         "(?:trig|trigonometric|quadratic|linear|cubic|exponential|straight[- ]line|distance[- ]time"
         "|speed[- ]time|velocity[- ]time|reciprocal) graphs?",
         "graph (?:database|databases|theory|algorithms?|neural networks?)", "graphql",
         "visual studio(?: code)?", "visual basic",
         "(?:docker|container|base|disk|vm|iso|os|system) images?",
         "image (?:tag|tags|registry|build)", "body image", "self-image", "public image",
         # a deployment's image changed: "kubectl set image deploy/checkout checkout=..."
         "set image (?:deploy|deployment|statefulset|daemonset|cronjob|job|pod)s?/",
         # a container image: "the image is in a private ECR repo", "ImagePullBackOff"
         "images? (?:is|are|was|were) (?:in|on|from) (?:a |the |my |our )?(?:private |public )?(?:ecr"
         "|gcr|ghcr|acr|registry|repo|repository|docker ?hub|quay)", "imagepullbackoff",
         "brand image",
         # graph theory is not a picture
         "(?:bipartite|planar|directed|undirected|weighted|acyclic|complete|regular|random"
         "|sparse|dense|cyclic|eulerian|hamiltonian|connected) graphs?",
         "graphs? (?:is|are) (?:bipartite|planar|connected|acyclic|complete|regular|eulerian"
         "|hamiltonian|a tree)",
     )
     # a YAML/compose key ("image: nginx:latest"); ':' ends the word, so no trailing \b
     + r"|\bimages?:",
     _words(
         "image", "images", "picture", "pictures", "photo", "photos", "photograph",
         "screenshot", "screenshots", "screen shots?", "chart", "charts", "diagram",
         "diagrams", "graph", "graphs", "ocr", "vision", "visual", "visually", "scan",
         "scanned", "extract text from", "whiteboard", "handwriting", "handwritten",
         "png", "jpe?g", "webp", "heic", "pic", "pics", "selfie", "selfies",
         # a picture in another language: "co jest na tym zdjęciu?", "qu'y a-t-il
         # sur cette photo ?", "was ist auf diesem Bild?"
         "zdj_ci[a-z_]*", "zdjeci[a-z]*", "fotk[a-z_]*", "fotografii", "immagine", "immagini",
         "imagen", "im_genes", "imagem", "imagens", "bild", "bilder", "afbeelding", "foto",
         "fotos", "fotoraf", "fotograf_", "resim", "resimde", "g_rsel", "gorsel", "gambar",
         "capture d'_cran", "capture d'ecran", "captura de pantalla", "schermata", "zrzut ekranu",
         "ekran g_r_nt_s_", "sk_rmbild", "skarmbild",
     )
     # an agent's placeholder for a picture it forwards: "[image: Looker tile ...]"
     # (starts before "image:", the YAML key the benign side exempts)
     # (or "<image: street sign outside a subway exit>")
     + r"|[\[<](?:image|screenshot|photo|picture|img)s?:"),
    ("destructive_action",
     _question_about(_DESTRUCTIVE_VERBS + ("empty", "close", "flush", "prune", "make sure", "ensure", "end",
                                           "archive", "resolve", "dismiss",
                                           "trash", "call", "invoke", "use", "run", "factory reset",
                                           "factory-reset", "kill", "clear out", "clean out",
                                           "clean up")) + "|" + _NEGATED
     + _words(*_DESTRUCTIVE_VERBS, "flush", "prune") + "|"
     + _benign_forms(_DESTRUCTIVE_VERBS + ("flush", "flushes", "flushing", "prune", "prunes",
                                           "pruning", "close", "closes", "closing", "trash",
                                           "trashes", "trashing", "end", "ends", "ending")) + "|"
     # dice and loot: "rolling 4d6 and dropping the lowest", "the last two bosses drop the
     # best gear"
     + _words("(?:drop|drops|dropping) the (?:lowest|highest|worst|best|top|bottom) (?:roll|rolls|die|dice"
              "|score|scores|grade|grades|result|results|one|value|gear|loot)?",
              "(?:boss|bosses|mobs?|enemies|monsters?|raids?|chests?) (?:[a-z]+ )?(?:drop|drops)") + "|"
     # a link that drops: "websocket connections to /live drop with 400", "the wifi keeps
     # dropping" (led by the verb: the nouns are words every text has)
     + _words("(?:drop|drops|dropped|dropping) (?:with|after) (?:a |an |exactly |about |around |roughly )?"
              "(?:[0-9]+|errors?|timeouts?|status|resets?|eof|econnreset|idle)", "(?:keep|keeps|kept) dropping",
              # a bug described: "This drops the last row when the file has no trailing newline"
              "(?:drops|dropped|is dropping|keeps dropping) the (?:last|first|final|trailing|leading)") + "|"
     + _foreign_benign(_FOREIGN_DESTRUCTIVE_VERBS) + "|"
     # an HTTP route names an endpoint: "our DELETE /api/v2/users/{id} returns 405"
     + r"\bdelete /[a-z0-9{:_]|"
     # a product's feature, a contract's notice, an SMS's boilerplate, a network's
     # habit: "noise canceling headphones", "one month's notice to terminate",
     # "cancel anytime", "Reply STOP to cancel alerts", "the relay drops the connection"
     + r"\bnoise[- ]cancel(?:l)?ing\b|\bnotice to (?:terminate|cancel|quit|vacate|end)\b"
     r"|\bcancel (?:anytime|any time|at any time)\b|\breply stop to (?:cancel|unsubscribe|end|opt out)\b"
     r"|\bdrops? (?:the |a |my |our |your )?(?:connection|connections|call|calls|signal|packets?|frames?)\b|"
     # a refactor's target: "get rid of the triple nested loop", "remove the
     # duplication in parse()"
     + r"\b(?:get|getting) rid of (?:the |this |that |those |these |all (?:the |those )?|any )?"
     r"(?:[a-z0-9_-]+ ){0,3}(?:loops?|nesting|duplication|boilerplate|warnings?|deprecation warnings?"
     r"|recursion|globals?|global state|if-else chain|ifs|conditionals?|callbacks?|n\+1 quer(?:y|ies)"
     r"|flicker|jank|scrollbar|whitespace|magic numbers?|type errors?|lint errors?|casts?)\b|"
     # a list handed over for an edit: "alphabetize these and drop the duplicates:"
     # (not "remove the duplicate customer records from the CRM"); outside _words:
     # it ends at punctuation, where no word boundary follows
     + r"\b(?:remove|drop|delete|strip|dedupe) (?:the |any |all )?(?:duplicates?|dupes|duplicate (?:lines"
     r"|words|entries|items))(?: (?:from|in) (?:this|these|the following|my|the)(?: [a-z]+){0,4})?[:.,!?]|"
     # editing a picture: "in that last image, make the sky orange and remove the boat"
     + r"\b(?:in|on|from) (?:that|this|the|my) (?:last |previous |first |second |new |generated )?"
     r"(?:image|picture|photo|render|drawing|illustration|logo|poster|mockup)s?,?[^.?!]{0,80}"
     r"\b(?:remove|erase|delete|cut out|crop out|get rid of) (?:the|that|this|a|an|all|every"
     r"|his|her|their|my|those|these)\b|"
     # and the same picture asked again: "same Crumb & Co logo but navy and drop the wave"
     + r"\bsame (?:[a-z0-9&'-]+ ){0,3}(?:logo|image|picture|photo|render|drawing|illustration|poster"
     r"|icon|banner|mockup|sticker)s? but[^.?!]{0,80}\b(?:remove|erase|drop|cut out|crop out"
     r"|get rid of|lose) (?:the|that|this|a|an|all|every|his|her|their|my|those|these)\b|"
     + _words(
         # a deletion mode as a feature: "implement soft delete for the Order model"
         "(?:implement|implementing|add|adding|support|supporting|build|building|use|using|handle"
         "|handling)(?: (?:a|the|proper|basic))? (?:soft|hard|cascading|cascade|logical|bulk)[- ]"
         "delet(?:e|es|ion|ions)",
         # taking back what one just said: "delete that thought"
         "(?:delete|erase|scratch|cancel|forget) (?:that|this|my last) (?:thought|idea)",
     ) + "|"
     + _words(
         "drop-?ship(?:ping|per|pers)?", "dropship(?:ping|per|pers)?",
         # plants shedding: "the tomato plants ... drop their flowers all summer"
         "(?:plants?|trees?|tomatoes|peppers|roses|it|they) (?:drop|dropped|dropping|drops) (?:their |its |all )?"
         "(?:flowers|leaves|buds|fruit|fruits|petals|blossoms?)",
         # a release as a "drop": "spiky traffic around ticket drops"
         "(?:ticket|tickets|product|merch|sneaker|album|content|packet|frame) drops",
         # a deletion mode as a design: "is this soft-delete approach ok?"
         "(?:soft|hard|cascading|cascade|logical)[- ]delet(?:e|es|ion|ions) (?:approach|pattern|strategy"
         "|column|flag|logic|field|mechanism|feature|semantics|support|model|design)",
         # a deletion mode named: "Design a soft-delete and data-retention scheme"
         "(?:a|an|the|our|this|that|its|their|proper|basic) (?:soft|hard)-delet(?:e|es|ion|ions)",
         # ... and asked about: "Review this SQL, is the soft delete right?"
         "(?:is|was|does|are) (?:the|this|that|my|our|your) (?:soft|hard|cascading|cascade|logical)[- ]"
         "delet(?:e|es|ion|ions)",
         # ridding oneself of a nuisance is not deleting anything
         "(?:get|gets|getting) rid of (?:a |an |the |my |your |his |her |our |their |this |that"
         " |these |those |all |any |some |annoying |stubborn )?(?:[a-z'-]+ )?(?:acne|pimples?"
         "|hiccups|fruit flies|flies|ants|mice|rats|roaches|cockroaches|bed ?bugs|fleas|mold"
         "|mould|mildew|weeds|stains?|smells?|odou?rs?|dandruff|warts?|bloating|gas|belly fat"
         "|fat|colds?|cough|headaches?|migraines?|anxiety|stress|habits?|clutter|wrinkles"
         "|dark circles|rust|moths|wasps|pests|snoring|fear|doubts?|guilt|jargon|filler words?"
         "|typos|passive voice|whitespace|blank lines|emojis?|accent|feeling)",
         # a list deduplicated: "Remove the duplicates from this sign-up list"
         "(?:remove|delete|drop|strip) (?:the |all |any )?(?:duplicates|dupes|duplicate (?:entries|names|rows"
         "|items|values|emails|lines)) (?:from|in) (?:this|these|the following)",
         # rows or columns of a data frame, in code: "drop rows where price is missing in
         # my pandas dataframe", "drop duplicate rows in pandas" (not "delete the rows
         # from the orders table"; a bare "in R" could be "R&D")
         "(?:remove|delete|drop) (?:the |all |any |those )?(?:(?:duplicate|duplicated|empty|blank|null"
         "|na|nan|missing|invalid) )?(?:rows|columns|cols)(?: [a-z0-9'_=<>-]+){0,8} (?:in|from|of|using"
         "|with) (?:my |the |this |a |our )?(?:pandas|dataframes?|data frames?|df|dplyr|polars|tibbles?"
         "|numpy|tidyverse)",
         # a kind of deletion built: "switch the Customer model to soft delete"
         "(?:to|use|uses|using|with|add|adds|adding|implement|implementing|support|supports) soft[- ]deletes?",
         "(?:remove|drop|delete|strip) (?:a |the |this |that |all |any |these )?(?:stains?"
         "|duplicate lines|duplicate words|whitespace|blank lines|extra spaces|typos|spaces|dashes"
         "|hyphens|commas|full stops|periods|quotes|quotation marks|line breaks|newlines|tabs"
         "|punctuation|accents|diacritics|brackets|parentheses|hashtags|special characters"
         "|leading zeros|trailing zeros|trailing spaces|leading spaces|underscores|asterisks"
         "|filler words?|jargon|passive voice|formatting|emojis?|wrinkles|background noise)",
         # a redaction of text handed over: "remove the personal data (names, passport
         # and phone numbers) from this note" (not "from the database")
         "(?:remove|strip|delete|take out) (?:the |all |any )?" + _REDACTED_DATA + "(?: \\([^)]{0,80}\\))?"
         " from (?:this|these|that|the|my) (?:[a-z-]+ )?(?:note|notes|text|email|message|document|doc|report"
         "|transcript|log|letter|paragraph|extract|excerpt|screenshot|thread|post|summary|draft|list)",
         "drop-down", "drop down menus?", "drop shadows?", "drop (?:me )?a line",
         # a fall, not a deletion: "where the drop is coming from", "a sharp drop in signups"
         "(?:the|a|this|that|any|sudden|sharp|big|huge|steep|small|slight|initial) drop (?:is|was"
         "|in|of|from|off|came|comes|started|happened|began|seems|looks|between|after|since)",
         "drop (?:by|in|off)", "dropping (?:by|off|out)", "drop out", "cancel culture",
         # editing text: "drop the duplicate key (keep the last value)", "remove the blank lines"
         "(?:drop|remove|delete|strip) (?:the |any |all )?(?:duplicate|duplicated|repeated|empty|blank|trailing"
         "|extra) (?:keys?|lines?|spaces?|words?|commas?|blank lines?)",
         # taking one's own request back: "cancel that, don't do anything"
         "cancel (?:that|it)(?:,|[.]|!)? (?:never ?mind|don't do anything|do nothing|forget it|scratch that"
         "|ignore (?:that|it|my last))",
         "(?:never ?mind|scratch that|forget it|forget that),? cancel that",
         # a delivery stop or a product release: "drop-off LGA", "35% fewer drops per
         # rider", "NEW ASO EBI DROP!!!"
         "drop-offs?", "drop-ins?", "drops per", "(?:voltage|pressure|pressure loss|signal|packet) drops?",
         "uninstall (?:registry |reg )?(?:keys?|strings?|paths?|entries|section|hive)", "(?:fewer|more|less|[0-9][0-9,]*|number of|daily|weekly)"
         " drops", "(?:new|latest|next|limited)(?: [a-z0-9'-]+){0,3} drops?(?:[!.,]| (?:is|are|goes"
         "|going|out|live|coming|drops|dropped|this|next|today|tomorrow))",
         # a quantity falling or a chance: "a skin drops 1.5% per chest", "drop rate"
         "drops? (?:by |to |about |around |roughly )?~?[0-9]", "drop (?:rates?|chances?|tables?|factors?)",
         # bringing something back: "until my dad drops the old one back"
         "drops? (?:it|them|the [a-z]+(?: [a-z]+)?|[a-z]+) (?:back|off)",
         "(?:drop|drops|dropping) (?:a |some |subtle |big |heavy |little |more )?hints?",
         "(?:drop|drops|dropping) the (?:ball|mic)",
         "(?:graceful|clean|orderly|emergency|government|unexpected|system) shut ?downs?",
         "shutdown (?:hooks?|signals?|handlers?|sequence|logic|timeout)",
         # the moment, not the act: "prints this on shutdown"
         "(?:on|during|before|after|until) (?:a |the )?shutdown",
         "(?:delete|remove|cancel)(?: (?:confirmation|account|user|item|row|file|post|order"
         "|subscription|membership|all|forever|permanently|repository|repo|project|workspace|branch"
         "|message|comment|photo|channel|team|organization|org|page|group|list))?['\"]? (?:key|button"
         "|buttons|icon|endpoint"
         "|handler|method|operation|requests?|permissions?|modal|dialog|dialogs|prompt|screen"
         "|warning)",
         # the state of a labelled control: "why is the 'Delete account'
         # button greyed out?" ("click the Delete account button" still acts)
         "(?:" + "|".join(_DESTRUCTIVE_VERBS) + r")(?: [a-z]+){0,2}'? (?:button|link|option|tab|icon"
         "|toggle|menu item)s? (?:is|are|was|were|isn't|aren't|doesn't|does not|won't|keeps"
         "|stays|greyed|grayed|disabled|missing|not|appears|shows|looks)",
     ),
     _words(*_DESTRUCTIVE_VERBS) + "|" + _emphasized(*_DESTRUCTIVE_VERBS)
     + "|" + _code_then_run(_DESTRUCTIVE_VERBS)
     + "|" + _words(*_FOREIGN_DESTRUCTIVE_VERBS)
     # stopping what renews or recurs: "stop my hulu plan before it renews"
     + "|" + _words("stop (?:my|our|the|his|her|their) (?:[a-z0-9'-]+ ){0,2}(?:plan|subscription"
                    "|membership|service|account|auto-?renew(?:al)?|payments?|direct debit|standing order"
                    "|deliveries|delivery|insurance|policy|trial|newsletter|emails)")
     # the shell verb used in prose: "rm the old logs dir on the build server"
     + "|" + _words("rm (?:the|all|my|our|those|these|that|this|everything|every|old|any)")
     # Dutch and Swedish cancel with a split verb: "zeg mijn abonnement ... op",
     # "säg upp mitt gym"
     + "|" + _words("zeg (?:mijn|ons|onze|het|de|dat|die|m'n) (?:[a-z0-9_'-]+ ){0,10}op",
                    "s_g upp", "sag upp")
     + "|" + _tool_call(("delete", "remove", "purge", "drop", "wipe", "destroy", "terminate",
                         "revoke", "cancel", "deactivate", "erase", "truncate", "ban", "kill"))
     + "|" + _json_tool_call(("delete", "remove", "purge", "drop", "wipe", "destroy", "terminate",
                              "revoke", "cancel", "deactivate", "erase", "truncate", "ban", "kill"))
     + "|" + _words(
         # an outcome asked for instead of the verb: "make sure the old records
         # are gone from the CRM", "I want that standup gone from the calendar"
         "(?:make sure|ensure|see to it that)(?: [a-z0-9'-]+){1,8}"
         " (?:(?:is|are|gets|get|has been|have been|is all|are all) )?(?:gone|removed|deleted|erased"
         "|wiped|purged|cancell?ed|taken down|unpublished|destroyed)",
         "(?:i|we) (?:want|need)(?: [a-z0-9'-]+){1,8} (?:gone|removed|deleted|erased|wiped|purged)"
         " (?:from|off)",
         # clearing out in plain words: "Would you mind clearing out all the screenshots in my
         # camera roll from before 2024?"
         "(?:clear|clearing) out (?:all (?:of )?)?(?:the |my |our )?(?:old )?(?:[a-z0-9'-]+ ){0,2}(?:screenshots"
         "|photos|pictures|files|emails|messages|downloads|folders?|inbox|drafts|backups|logs|recordings"
         "|videos|notes|contacts|chats)",
         # binning things: "find the duplicates and trash them"
         "trash (?:it|them|this|that|these|those|all|everything|both|the [a-z0-9'-]+|my [a-z0-9'-]+)",
     )
     + "|" + _words(
         "empty (?:the |my |our |your )?(?:[a-z0-9'-]+ ){0,2}(?:trash|trash can|recycle bin|bin|spam|junk)"
         "(?: folder)?",
         # clearing out in plain words: "archive every email older than a year", "get me off
         # every mailing list", "end the membership"
         "archive (?:every|all|all the|all my|my|the|our|any) (?:[a-z0-9'-]+ ){0,2}(?:emails?|mails?"
         "|messages?|threads?|chats?|conversations?|files?|docs?|documents?|tickets?|channels?|posts?"
         "|repos?|projects?)",
         # the same on what was just named: "label these and archive them all", "classify
         # these tickets and close the duplicates"
         "(?:archive|close|resolve|dismiss) (?:them all|all of them|all of these|everything|the rest)",
         "close (?:the |all (?:the )?)?(?:duplicates?|dupes)(?: tickets?| issues?)?",
         "get (?:me|us) off (?:every|all|the|all the|any|those|these) (?:[a-z0-9'-]+ ){0,2}(?:mailing"
         " lists?|lists?|newsletters?|emails?)",
         "end (?:the|my|our|his|her) (?:[a-z0-9'-]+ )?(?:membership|subscription|contract|lease|trial"
         "|plan|service|account)",
         "factory reset", "factory-reset",
         # emptying a cache or queue loses what is in it: "flush the redis cache on prod"
         "flush (?:the |all |all the |our |my |every )?(?:[a-z0-9_.-]+ ){0,2}(?:caches?|queues?|redis"
         "|memcached?|dbs?|databases?)",
         # pruning deletes: "prune the stale branches", "docker volume prune"
         "prune (?:the |all |all the |our |my |every )?(?:(?:old|stale|merged|remote|local|unused"
         "|dangling|inactive|expired|orphaned) )*(?:[a-z0-9_-]+ )?(?:branches|tags|images|volumes"
         "|containers|snapshots|backups|remotes?|refs|users|accounts|records|rows|logs|indices"
         "|indexes|data)",
         "(?:docker|podman) (?:image|volume|container|network|builder) prune",
         # closing an account or card ends it: "close my savings account"
         "close (?:my|our|the|his|her|their|this|that|your)(?: [a-z0-9']+){0,3} (?:accounts?"
         "|credit cards?|cards?|positions?)",
         # stopping something that runs on its own: "kill the cron that sends the digest"
         # (not a process or a dev server: "kill the process on port 3000" is coding)
         "(?:kill|kills|killing) (?:the |that |this |all |all the |every |our |my )?(?:[a-z0-9_.-]+ ){0,2}"
         "(?:cron ?jobs?|crons?|crontabs?|jobs?|services?|workers?|daemons?|containers?|pods?"
         "|instances?|pipelines?|deployments?|queues?|consumers?|schedulers?)",
         # emptying a store: "clear out the users table", "clean out the shared drive"
         "(?:clear|clean|empty) out (?:the |all |all the |our |my |his |her |their |every )?"
         "(?:[a-z0-9_.-]+ ){0,2}(?:tables?|databases?|db|dbs|buckets?|collections?|records|rows"
         "|inbox(?:es)?|mailbox(?:es)?|folders?|directories|directory|drives?|accounts?|users"
         "|queues?|repos?|repositories|images|containers|volumes|snapshots|backups|logs|caches)",
         # "clean up the old WAL files" (not "clean up this code": an age or state is named)
         "clean up (?:the |all |all the |our |my |every )?(?:old|stale|unused|orphaned|dangling"
         "|expired|leftover|obsolete|outdated) (?:[a-z0-9_.-]+ ){0,2}(?:files|logs|backups|snapshots"
         "|volumes|images|branches|buckets|records|rows|data|segments|indexes|indices|tables"
         "|resources|instances|accounts|users|emails|messages|photos|videos|repos)",
     )),
    ("send_action",
     _question_about(_SEND_VERBS + ("email", "e-mail", "text", "message", "dm", "tell", "let", "ping",
                                    "respond", "leave", "put", "upload", "get")
                     + _PUBLISH_VERBS)
     + "|" + _NEGATED + _words(*_SEND_VERBS, "tell", "let", "ping", "text", "dm", "message", "email", "e-mail",
                               *_PUBLISH_VERBS)
     # a design's part: "data store, message fan-out, presence"
     + "|" + _words("(?:message|messages|event|events|notification|notifications|write|writes) fan-?outs?")
     # what code is to send, specified: "a Celery task that sends the weekly digest email to
     # subscribed users", "Write the handler for our Slack bot's /standup command: collect
     # ... and post a summary to the channel" (an act asked for would not be a "that"
     # clause or a spec after the thing to write)
     + "|" + _words("(?:that|which) (?:sends|emails|posts|publishes|forwards|submits|messages) (?:the |a |an |each"
                    " |every |our |their |its )?(?:[a-z0-9_'-]+ ){0,4}(?:emails?|messages?|notifications?"
                    "|digests?|reports?|summar(?:y|ies)|updates?|alerts?|reminders?|invites?) (?:to|through"
                    "|via|over|with|using)")
     + "|" + _words(*(lead + " (?:me |us )?(?:the|a|an|our) (?:[a-z0-9_'./-]+ ){0,6}"
                    "(?:handler|bot|command|lambda|function|endpoint|webhook|integration|worker|job|task|script"
                    "|action|workflow)(?: [a-z0-9_'./-]+){0,8}: [^.!?]{0,160}(?:post|send|publish|forward|reply"
                    "|tweet|email|message)" for lead in ("write", "implement", "build", "create", "add", "code")))
     # a post as a thing: "the field resolver on Post", "one DB call for ten posts", "a POST
     # request" (not "post it", "post the update")
     + "|" + _words("(?:[0-9]+|ten|two|three|four|five|six|many|few|several|these|those|our|my|your|their"
                    "|new|old|recent|blog|top|draft|scheduled|published|individual|single) posts",
                    "(?:resolvers?|fields?|models?|types?|tables?|class|on) post",
                    "post (?:model|table|entity|type|object|class|resolver|schema|component|ids?|fields?"
                    "|records?|rows?|endpoint|handler|route|requests?|body|method|data)")
     + "|" + _benign_forms(_SEND_VERBS + _PUBLISH_VERBS + ("get", "respond", "leave", "put",
                                                          "upload", "email", "emailing", "message",
                                                          "messaging")) + "|"
     + _foreign_benign(_FOREIGN_SEND_VERBS) + "|"
     # a message as a thing written: "how do I word a prayer chain message about Ed's
     # surgery"
     + r"\b(?:a|an|the|this|that|my|our|your|his|her|their) (?:[a-z'-]+ ){0,2}(?:message|email|e-mail|text)"
     r" (?:about|for|regarding|re|on|that|saying|to say|asking|with)\b|"
     # an HTTP route names an endpoint: "POST /v1/orders returns 422"; a list
     # of methods is configuration: "limit_except GET POST {"
     + r"\bposts? /[a-z0-9{:_]|\b(?:get|put|patch|delete|head|options)[ ,/|]+post\b|"
     # the act as a step of a system: "sometimes the publish fails after commit"
     + r"\b(?:the|a|each|every|that|this|our|its) (?:publish|send|post|submit) (?:fails?|failed|failing"
     r"|errors?|errored|succeeds?|succeeded|step|call|path|latency|times? out|timed out|returns?"
     r"|returned)\b|"
     # messages to a broker: "we write to postgres and then publish to kafka"
     + r"\b(?:publish|publishes|publishing|published|send|sends|sending|produce|produces)"
     r" (?:[a-z0-9_.-]+ ){0,3}(?:to|on|onto) (?:a |the )?(?:kafka|rabbitmq|sqs|sns|pub/?sub|nats|kinesis"
     r"|eventbridge|redis|topic|queue|broker|event bus|bus|outbox|stream)\b|"
     # a mail company or a post office: "Canada Post situation this week"
     + r"\b(?:canada|an|la|deutsche|swiss|australia|new zealand|washington|ny|huffington|jerusalem"
     r"|bangkok|south china morning) post\b|\bpost (?:office|offices|box|boxes|code|codes|card|cards"
     r"|-it|it notes?|man|mark|master)\b|"
     # a post as the subject: "I think the Redwoods trip post went up twice"
     + r"\bposts? (?:went|goes|go|is|was|were|got|has|have|had|shows?|showed)\b|"
     # help with a reply is a draft: "help me reply to this, don't send anything"
     + r"\bhelp (?:me |us )?(?:to )?(?:write |draft |craft |compose |word |phrase )?(?:a |an |the )?"
     r"(?:reply|replies|respond|response|answer|write back)\b|"
     # a column of a sheet: "name in A, mark in B, parent email in D"
     + r"\bemails? (?:address(?:es)? )?in (?:col(?:umn)? [a-z]{1,2}\b|[a-z] ?[,;)]|[a-z] and\b)|"

     + _words(
         # a feature named: "Aurora global write forwarding", "SSH agent forwarding"
         "(?:write|port|email|mail|call|request|traffic|log|x11|agent|ssh|freight) forwarding",
         # a send as a thing: "move the weekly newsletter send to Sunday"
         "(?:newsletter|email|campaign|blast|bulk|test|weekly|daily|monthly|scheduled|first|last"
         "|next) sends?",
         # "let me know", "a note to let them know", "I'll let him know"; "tell
         # me", "a card to tell her ...", "tell the difference"
         "let (?:me|us|you) know",
         "(?:to|i|we|i've|we've|i'll|we'll|i'd|we'd|he|she|they|already) let(?: [a-z0-9#@_.'-]+){1,6}"
         " know",
         "tell (?:me|us|you)", "to tell",
         "tell (?:the )?(?:truth|difference|time|apart|jokes?|stories|a story|a joke|fortunes?)",
         # a determiner, number or adjective (one more word allowed, not "and":
         # "...-77 and text the new one to everyone" acts) makes these nouns:
         # "the last message", "80 replies", "blog posts", "the team's
         # celebration post"
         "(?:" + "|".join(_DETERMINERS) + "|[0-9]+|all|some|many|few|several|more|most|other"
         "|recent|top|popular|last|first|final|latest|previous|next|same|original|whole"
         "|entire|full|unread|incoming|outgoing|older|newer|follow-up|followup|welcome"
         "|marketing|cold|spam|phishing|error|commit|blog|job|guest|linkedin|forum|reddit|social media"
         "|facebook|instagram|sample|short|long|formal|polite|professional|quick|brief"
         "|thank-you|thank you|celebration|launch|announcement|farewell|anniversary|recap|hiring"
         "|promo|sponsored|pinned|viral|wedding|birthday|holiday|recipient|sender|contact|work|personal"
         "|billing|recovery|backup|login|account|support|admin|primary|secondary)(?: (?:"
         # (two words: "a 'refund approved' email"; never a word that leads an order:
         # "the rework just post my text")
         + _word_except(_ORDER_LEADS) + "(?:-[a-z0-9'-]*)?|[0-9][a-z0-9'-]*)){0,2}"
         " (?:e-?mails?|messages?|posts?|replies|reply|dms?|texts?|tweets?|submissions?)",
         # a message described by its tone or its kind, a comma only between its own
         # adjectives: "Short, friendly WhatsApp message reminding the team ...",
         # "Out-of-office message for me", "slow replies" (not "the rework, just post
         # my original text now", nor "set my out-of-office to reply to everyone")
         "(?:short|quick|brief|long|friendly|warm|gentle|casual|cheerful|kind|nice|cute|sweet|firm|funny"
         "|polite|formal|professional)(?:,? (?:" + _word_except(_ORDER_LEADS) + "(?:-[a-z0-9'-]*)?))?"
         " (?:(?:whatsapp|slack|sms|text|teams|discord|email|linkedin|instagram|facebook|reminder|thank-you"
         "|welcome) )?(?:e-?mails?|messages?|posts?|replies|reply|dms?|texts?|notes?)",
         "(?:out-of-office|ooo|auto-reply|autoreply|away|vacation|holiday) (?:e-?mails?|messages?|replies"
         "|reply|notes?|responders?)", "slow (?:replies|responses)",
         # the trade, not the act: "recoupment in a publishing deal"
         "publishing (?:deals?|contracts?|house|houses|company|companies|rights|industry|agreements?"
         "|platforms?|partners?|world|business|model|terms|advances?|label)",
         # two adjectives after an indefinite article: "draft a short, friendly reply to ..."
         "an? [a-z]+,? [a-z]+ (?:e-?mail|message|post|reply|dm|text|tweet|note|response)",
         "e-?mails? (?:format|formats|marketing|drafts?|summary|summaries|templates?"
         "|copy|ideas?|address|addresses|board|body|subject|subjects|header|headers"
         "|content|notifications?|settings|preferences|threads?|signature|lists?"
         "|campaigns?|newsletters?|etiquette|client|server|validation|verification"
         "|parser|parsing|regex|field|spam|filters?|was|is|are|that|which|from|i|with)",
         "messages? (?:queue|queues|broker|bus|format|passing|types?|ids?|history"
         "|boards?|from|was|is|are|that|which|i|with"
         # a message handed over: "make Gwen's message below sound less furious"
         "|below|above|attached|here|itself|sounds?|reads?)",
         "post-mortem", "postmortem", "post mortem", "post office", "post-it",
         # "post-" as a prefix: post-incident, post-launch, post-processing
         "post-[a-z]+",
         "send-off", "sendoff", "submit button", "reply-to", "send button",
         "submits? to (?:the )?(?:exclusive |non-exclusive )?(?:jurisdiction|arbitration"
         "|authority|venue)",
         "(?:push|pushing|move|moving|go|going|look|looking|step|stepping|fast|carry|carrying"
         "|bring|put|putting|lean|leaning|way|path|pay it|paying it|looks|moves) forward",
         "forward-(?:looking|thinking)", "port forwarding",
         # git's merge mode: "rejected with 'non-fast-forward'"
         "(?:non-)?fast[- ]forwards?", "(?:non-)?fast[- ]forward(?:ed|ing)",
         "forward (?:slash|declarations?|compatible|compatibility|pass|propagation)",
         "sends? on (?:a|an|the|this|that) (?:[a-z]+ )?(?:channel|socket)",
         # a contact's fields listed: "Extract the name, title, company, email and phone"
         "(?:name|names|title|company|phone|phones|address|website|role|number),? (?:and |or |& )?emails?"
         "(?:,| and| or| &) ",
     ),
     _words(*_SEND_VERBS) + "|" + _emphasized(*_SEND_VERBS)
     + "|" + _code_then_run(_SEND_VERBS)
     + "|" + _words(*_FOREIGN_SEND_VERBS)
     + "|" + _tool_call(("send", "email", "post", "publish", "notify", "message", "tweet", "reply",
                         "sms", "text", "forward", "broadcast"))
     + "|" + _json_tool_call(("send", "email", "post", "publish", "notify", "message", "tweet", "reply",
                              "sms", "forward", "broadcast", "share"))
     + "|" + _words(
         # a review posted: "leave a 1 star review on the Grillhouse Kitchen google page"
         "leave (?:a |an |my |our )?(?:[0-9]+[- ]?stars? |one[- ]star |five[- ]star |bad |good |negative |positive"
         " |glowing |honest )?(?:review|rating)s? (?:on|for|at|of)",
         # Slack as a verb: "slack the summary to #ops-team", "slack it to @dana"
         "slack (?:it|this|that|them|(?:the|my|our|this|that) [a-z0-9-]+(?: [a-z0-9-]+)?) to",
         # a text to a named person, message and all: "text mom im on my way"
         "(?:text|txt|dm|imessage|whatsapp) (?:[a-z]+) (?:i'm|im|i am|i'll|ill|we're|running|on my way"
         "|omw|be there|can't|cant|see you|thanks|thank you|happy birthday|sorry|hey|hi|call me|don't"
         "|dont|please|pls|saying|to say|you're|youre|love you|good morning|good night)",
         # messages in plain words: "tell everyone on the team thread I'm out sick", "get back to
         # the recruiter and say Thursday works", "wish Grandpa happy birthday on his wall",
         # "give the landlord our notice"
         "tell (?:everyone|everybody|the team|the group|all) (?:on|in) (?:the |our |my )?(?:[a-z0-9'-]+ ){0,2}"
         "(?:thread|channel|chat|group|list|slack|teams|server)",
         "get back to (?:the |my |our |him |her |them )(?:[a-z]+ )?(?:and |to )?(?:say|tell|let|confirm"
         "|accept|decline)",
         "wish (?:[a-z]+ ){1,2}(?:a )?happy (?:birthday|anniversary|new year|holidays) (?:on|in|via|over)",
         "give (?:the |my |our )?(?:landlord|landlady|boss|employer|manager|tenants?|school) (?:our |my |his"
         " |her |their )?notice",
         "(?:siri|alexa|hey google|ok google|cortana|bixby),? (?:please )?(?:text|message|send|email"
         "|call|whatsapp|dm)",
         # a campaign let loose: "blast the SMS campaign to the VIP segment now"
         "(?:blast|blasts|send out|push out|launch|kick off)(?: the| our| this| that| a)? (?:[a-z0-9-]+ ){0,2}"
         "(?:campaign|newsletter|email blast|sms blast|mailing|mailer|drip|announcement"
         "|push notification|notification)s?(?: [a-z0-9-]+){0,4} (?:to|now|today|tonight"
         "|immediately)",
         # sending in other words: "fire off an email to the team"
         "(?:fire|shoot|dash|send) off (?:a|an|the|this|that|my|our|some|these|those)(?: [a-z-]+)?"
         " (?:e-?mails?|messages?|texts?|notes?|repl(?:y|ies)|dms?|tweets?|memos?|invites?|invoices?"
         "|letters?|announcements?)",
         # giving others access to files: "share the Q4 folder with anyone who has the link"
         "share (?:the |my |our |this |that |these |those |all (?:the |my |our )?)?(?:[a-z0-9_.'-]+ ){0,3}"
         "(?:folders?|files?|docs?|documents?|drives?|sheets?|spreadsheets?|decks?|slides|albums?"
         "|photos|calendars?|repos?|repositor(?:y|ies)|notebooks?|dashboards?|passwords?|credentials"
         "|location|contacts?|reports?|forecasts?) with",
         # delivering a document to someone: "get the signed NDA over to Marcus"
         "get (?:[a-z0-9@_.'-]+ ){1,6}over to",
         # answering in public or to a customer: "respond to that angry review"
         "respond (?:to )?(?:that|the|his|her|their|all (?:the )?|each|every|those|these|[a-z]+'s)"
         " (?:[a-z0-9'-]+ ){0,3}(?:reviews?|comments?|e-?mails?|messages?|posts?|tweets?|threads?"
         "|tickets?|complaints?|dms?|texts?|replies|inquir(?:y|ies)|reviewers?|customers?|recruiters?)",
         # "leave a comment on Sam's post", "drop a review for the plumber"
         "(?:leave|drop) (?:a|an|my|our|some) (?:[a-z-]+ ){0,2}(?:comments?|reviews?|replies|reply"
         "|ratings?) (?:on|under|for|to)",
     )
     + "|" + _words(
         "e-?mail (?:[a-z0-9]+)", "message (?:[a-z0-9]+)",
         "(?:text|dm|ping|message|slack|whatsapp) (?:the |my |our |all |everyone |everybody )?"
         "(?:(?:mr|mrs|ms|miss|dr|prof|mx)[.]? )?"
         "[@#]?[a-z0-9_.-]+(?: on (?:slack|teams|whatsapp|signal|discord|telegram|linkedin|instagram"
         "|#[a-z0-9_-]+))? (?:that|saying|to say|to tell|and tell|and ask|and let)",
         # a message to a whole group: "SMS all 38 members that the AGM has moved"
         "(?:text|txt|sms|dm|whatsapp|message|email|e-mail) (?:all|every|each|the whole|our|my|the)"
         " (?:[0-9]+ )?(?:[a-z'-]+ )?(?:members?|customers?|clients?|parents?|staff|students?|riders?|drivers?"
         "|subscribers?|tenants?|team|group|contacts?|users?|employees?|guests?|volunteers?|players?|families"
         "|teachers?|residents?|owners?|patients?|vendors?|suppliers?)",
         # an addressee by handle or on a messaging app: "DM @sarah the link",
         # "ping the team on Slack"
         "(?:text|dm|ping|message) @[a-z0-9_.-]+",
         "(?:text|dm|ping|message|slack) (?:the |my |our )?(?:[a-z0-9@_.-]+ ){1,2}on (?:slack|teams"
         "|whatsapp|signal|discord|telegram)",
         # passing word on: "let everyone on the list know", "tell Mark I'm late"
         "let(?: [a-z0-9#@_.'-]+){1,6} know",
         # publishing on a platform: "share the carousel on our Instagram"
         "(?:share|reshare|repost|crosspost|cross-post|put|upload) (?:[a-z0-9@#_.'-]+ ){0,6}(?:on|to)"
         " (?:my |our"
         " |the |his |her |their )?(?:[a-z]+ )?(?:instagram|linkedin|facebook|twitter|tiktok|youtube"
         "|reddit|threads|mastodon|bluesky|pinterest|snapchat|story|stories|feed|timeline)",
         # filing with an authority: "file the trademark application", "file my taxes"
         "file (?:a|an|the|my|our|his|her|their|this|that) (?:[a-z0-9'-]+ ){0,3}(?:applications?"
         "|claims?|tax(?:es| returns?)?|returns?|complaints?|lawsuits?|appeals?|petitions?|motions?"
         "|paperwork|patents?|trademarks?|extensions?|disputes?|grievances?|chargebacks?)",
         "tell (?:my |our |the |his |her |their |that |this |each |every |both |all the )?@?[a-z0-9_.-]+"
         " (?:that|i|i'm|im|i'll|i've|we"
         "|we're|we'll|we've|to)",
         # a text sent round: "text the new one to everyone on the staff list"
         "(?:text|txt|dm|whatsapp|sms) (?:(?:it|them|this|that|these|those)(?: [a-z0-9'-]+)? |(?:the|a|my|our"
         "|your) (?:[a-z0-9'-]+ ){1,2})(?:over "
         "|out )?to (?:everyone|everybody|all|the|my|our|him|her|them|[a-z0-9@_.-]+ and [a-z0-9@_.-]+)",
         # "text each of them the new time", "text every parent"
         "(?:text|txt|dm|sms|whatsapp|message|email) (?:each|every|all|both) (?:of (?:them|the [a-z]+)"
         "|one|parent|customer|client|guest|tenant|member|player|patient|student|family)",
         "(?:text|dm) (?:him|her|them|me|us|everyone|everybody|back|my (?:mom|dad|wife"
         "|husband|boss|friend|brother|sister|partner|girlfriend|boyfriend|team|landlord"
         "|manager|colleague|coworker))",
     )),
    ("purchase_action",
     _question_about(_PURCHASE_VERBS + (
         "make", "charge", "refund", "venmo", "check out", "return", "top up", "release", "get",
         "rebook", "issue", "dispute", "cash", "cash out", "withdraw", "tip") + _MONEY_VERBS)
     + "|" + _NEGATED + _words(*_PURCHASE_VERBS, *_MONEY_VERBS, "refund", "refunds", "charge",
                                "charges", "tip") + "|"
     + _benign_forms(_PURCHASE_VERBS + ("booking", "reserving", "ordering", "refund", "refunds",
                                        "refunding", "issue", "issues", "issuing", "charge",
                                        "charges", "charging", "release", "releases")
                     + _MONEY_VERBS) + "|"
     # a stall that runs out: "sells out of sourdough by 10"; a price decided, not
     # charged: "what to charge in each case", "how much to charge for a late checkout"
     + _words("(?:sells?|selling) out", "sold out", "(?:what|how much) (?:to|should (?:i|we)|do (?:i|we)) charge",
              # an offer weighed: "Should we take the deal?"
              "(?:should|do|would|shall) (?:we|i) take (?:the|this|that|their|his|her) (?:deal|offer)")
     + "|"
     # code wired together ("wire config into the CLI entry point", "wire it up"), a
     # failure mode ("the double-sell scenarios"), a list put in order ("Order these for
     # next quarter and justify it")
     + _words("wire (?:[a-z_][a-z0-9_.'-]* ){0,4}into (?:the |our |my |your )?(?:[a-z0-9_.-]+ )?(?:cli|app|api"
              "|code|codebase|config|pipeline|router|handler|ui|backend|frontend|component|module|service"
              "|system|entry ?point|main|setup|build|server|flow|layer|container|di|dependency|graph|dag)",
              "wire (?:it |them |this |that |everything |[a-z_][a-z0-9_.'-]* )?up", "wired (?:up|into|in)",
              "wiring (?:up|diagram)",
              "double[- ](?:sell|sold|selling|book|booked|booking|charge|charged|charging|pay|paid|paying"
              "|spend|spent)",
              "order (?:these|them|those)(?: [a-z]+){0,3} (?:by|chronologically|alphabetically|for next"
              " (?:quarter|sprint|year|month|week|release))",
              # an order as a sequence: "work out a sensible payoff order"
              "(?:payoff|pay-off|payment|repayment|priority|sort|running|chronological|alphabetical|logical"
              "|sensible|rollout|boot|load|execution|batting|pecking|reverse|random) order") + "|"
     + _foreign_benign(_FOREIGN_PURCHASE_VERBS) + "|"
     + _words(
         # money movements named as things: "when pending transfers will go through"
         "(?:pending|recent|past|incoming|outgoing|failed|international|domestic|scheduled"
         "|recurring) (?:transfers?|payments?|purchases?|orders?|refunds?|deposits?|withdrawals?)",
         # an accounting book or a price list: "Sheet1 is the purchase register",
         # "current fees for local cards and transfers"
         "purchases? (?:register|ledger|book|journal|data|report|orders?|invoices?|history|price"
         "|records?|returns?|entries|vouchers?|volumes?|limits?|allocations?)",
         # contract types, a store's name, pay as a noun: "lease-purchase a 2021 Peterbilt",
         # "Walmart or Target or Best Buy?", "Tyler's weekly pay ready to go"
         "lease[- ](?:to[- ])?purchase", "rent[- ]to[- ]own", "best buy",
         "(?:weekly|monthly|biweekly|bi-weekly|hourly|daily|take-home|back|sick|holiday|vacation|overtime"
         "|base|net|gross) pay",
         # a wire as a cable: "C2 (wire gauge)", "14 AWG copper wire"
         "wire (?:gauge|size|sizes|sizing|runs?|nuts?|colou?rs?|type|types|length|lengths|strippers?)",
         "(?:fees?|charges?|costs?|limits?|rates?|pricing) (?:for|on) (?:[a-z0-9'-]+ ){0,4}(?:and )?"
         "(?:transfers|payments|withdrawals|deposits)",
         # the other option of a question: "should I pay off my car loan early or put the
         # extra money into an index fund?"
         "(?:or|versus|vs|than|rather than|instead of) (?:just |simply )?(?:put|move|park|shift|invest"
         "|roll)",
         # a failure mode, not a request: "retries can double-charge a customer"
         "double[- ]?charg(?:e|es|ed|ing)",
         # a payment method or a kind of customer: "pay by bank transfer", "paying customers"
         "(?:bank|wire|sepa|swift|ach|credit|balance|direct) transfers?",
         # the product: "is Interac e-Transfer down", "the e-transfer screen"
         "(?:internal|lateral|department|team|intra-company) transfers?",
         # getting between places: "include transfer times between stops", "airport transfers"
         "transfers? (?:times?|windows?|stations?|points?|options?|connections?|flights?|buses|bus|shuttles?)",
         # the rules of a transfer: "Revolut's current daily transfer limits"
         "transfer (?:limits?|caps?|fees?|rates?|rules?|history|speeds?|methods?|restrictions?|allowances?)",
         # a business described by what it sells: "a side hustle selling stickers on Etsy"
         "(?:hustles?|business(?:es)?|shops?|stores?|stalls?|gigs?|company|companies|brand|startup)"
         " (?:selling|that sells|which sells)",
         "(?:airport|hotel|train|station|shuttle|ferry) transfers?",
         "(?:the|an|my|interac) e-transfers?", "e-transfers? (?:screen|page|is|are|was|limit|limits|down|app"
         "|feature|service|history|notification|ref|reference|deposit|autodeposit)",
         "paying (?:customers?|users?|clients?|subscribers?|members?|accounts?|guests?|tenants?"
         "|[a-z]+s)",
         # what a business does: "we sell a B2B scheduling tool", "my coffee cart sells
         # about 140 drinks a day" (a quantity after "sells", not "sell 100 shares")
         "(?:we|they) (?:sell|buy|resell) (?:a|an|our|their|[a-z0-9-]+s)",
         # ... and where: "the lamb boxes we sell at Brecon farmers' market"
         "(?:we|they) (?:sell|buy|resell) (?:at|on|through|via|from) ",
         # putting things in order: "order them by distance", "order the jobs so I
         # finish in Walthamstow" ("order them: 2 x 15mm elbows, ..." and "order
         # them in", in Britain and Ireland, are purchases)
         "order (?:them|these|those|the (?:jobs|tasks|stops|visits|steps|items|points|slides|topics"
         "|list|questions))(?: for me)?(?: by| so| to (?:save|avoid|minimi[sz]e|keep)"
         "| (?:chronologically|alphabetically|logically|sensibly|geographically))",
         # a button's label in markup: "<a class=\"btn\">Donate 10</a>"
         "(?:donate|buy|order|pay|subscribe|checkout|purchase|book)(?: (?:now|today|online|here"
         "|[\\$_]?[0-9][0-9.,]*))? ?</",
         "(?:sells|buys) (?:about|around|roughly|approximately|over|under|nearly|almost|maybe"
         "|[0-9]|at|for)",
     ) + "|"
     + _words(
         # a comparison named: "a 5-year rent-vs-buy analysis", "build vs. buy"
         "(?:rent|renting|lease|leasing|build|building)(?:-| )(?:vs|versus)(?:-| )(?:buy|buying)",
     ) + "|"
     + _words(
         # a date's field order: "assuming US month/day order"
         "(?:day|month|year)/(?:day|month|year) order", "(?:dd|mm)/(?:dd|mm)(?:/yyyy)? order",
     ) + "|"
     + _words(
         # (a group of its own: the two spellings' words together would be too
         # many for the first-words index, which then keeps prefixes)
         "(?:buy|buying)(?:-| )(?:vs|versus)(?:-| )(?:rent|renting|lease|leasing|build|building)",
     ) + "|"
     + _words(
         # an order by its number: "Order 55-1931 placed by ...", "order 120458 was shipped"
         "order (?:#[0-9]+|[0-9]+)-[0-9]+ (?:was|is|has|had|shipped|arrived|placed|got|never|hasn't|didn't"
         "|status|from|dated|by|on)", "order [0-9]{4,} (?:was|is|has|had|shipped|arrived|placed|got"
         "|never|hasn't|didn't|status)",
     ) + "|"
     + _words(
         "pays (?:on time|late|well|badly|poorly)",
         # a job that pays: "one pays 10% more but a 1h commute"
         "(?:one|it|that|which|the other|the job|the offer|the role) pays (?:[0-9]+% |a lot |much |way )?(?:more"
         "|less|better|worse)",
         # an analyst's rating: "we reiterate Buy on RIVN", "upgraded to buy"
         "(?:reiterate|reiterates|maintain|maintains|upgrade(?:d|s)? to|downgrade(?:d|s)? to|rated?|rating of)"
         " (?:a |our )?(?:strong )?(?:buy|sell|hold)",
         # a benefit's limit: "FAMLI pays up to 12 weeks of partial wages"
         "pays? up to",
         # "At what yearly spend does Executive pay for itself"
         "pays? for (?:itself|themselves)", "paid for (?:itself|themselves)",
         # a payer's habit: "Kilbride & Walsh pay every invoice 60-75 days late"
         "pays? (?:every|each|all (?:their|our|his|her|my)) (?:[a-z0-9-]+ ){0,4}late",
         # a salary or price described: "offer A pays 120k", "it pays $20 an hour",
         # "a startup paying $9k a month for hosting"
         "pays (?:\\$ ?)?[0-9][0-9,.]*(?:k|m)",
         "(?:pays|paying|paid) (?:\\$ ?)?[0-9][0-9,.]*(?:k|m)? ?(?:dollars |euros |pounds )?(?:an?|per)"
         " (?:hour|day|week|month|year)",
         # what the user pays now, about: "we pay a separate provider for about €35 a month",
         # "we use about 4,200 kWh a year and pay about €0.19/kWh"
         "(?:(?:we|i|they|you) (?:currently |already |still |only |now |also |usually |normally )?|and )pay"
         " (?:(?:a|an|the|our|my|their) (?:[a-z0-9'-]+ ){0,2}[a-z0-9'-]+ )?(?:for )?(?:about|around|roughly"
         "|approximately|approx|nearly|almost|over|under|close to|less than|more than|up to) (?:[\\$_] ?)?[0-9][0-9,.]*",
         # a policy's terms: "no refund within 48 hours of check-in"
         "no (?:more |further |partial |full |cash )?refunds? (?:within|after|before|for|on|if|once|unless|less than"
         "|under|after)",
         # a seller's price: "We sell direct at €16"
         "(?:we|i|they) (?:currently |usually |normally |only |also |mostly )?sell (?:direct(?:ly)? |online |wholesale"
         " |retail )?(?:[a-z0-9'-]+ ){0,3}(?:at|for) (?:about |around |roughly )?(?:[\\$_] ?)?[0-9][0-9,.]*",
         # a payback period: "roughly how many years to pay back"
         "(?:years?|months?|long|time|takes?|take) (?:it |would it |will it |does it )?(?:take )?(?:to|until it"
         "|before it|until they) pays? (?:itself |themselves )?(?:back|off)",
         # what the user pays now: "we pay $89 a month, mostly watch the cricket"
         "(?:we|i|they|you) (?:currently |already |still |only |now )?pay (?:\\$ ?)?[0-9][0-9,.]*(?:k|m)?"
         " ?(?:dollars |euros |pounds )?(?:an?|per) (?:hour|day|week|fortnight|month|year|quarter)",
         # a payroll described: "what changes for a startup paying 6 staff?"
         "(?:pays|paying|paid) [0-9]+ (?:staff|employees|people|workers|casuals|contractors|engineers)",
         # paying a loan down early: "any point paying extra off while I'm studying?"
         "(?:pay|pays|paying) (?:extra|more|a bit more|a little more|anything|something) off",
         # a plan with a horizon is not an order: "I want to buy a house in 2 years"
         "(?:want|wants|plan|plans|planning|hope|hoping|need|needs|'d like|would like|going"
         "|saving|save) to (?:buy|purchase|sell|afford)(?: [a-z0-9'-]+){0,4} (?:in (?:[0-9]+(?:[-_ ][0-9]+| to [0-9]+)?|a few"
         "|a couple of|two|three|four|five|six|ten|the next(?: [a-z0-9]+)?|several) (?:years?"
         "|months?|decades?)|next year|someday|some day|one day|eventually|in the future"
         "|by 20[0-9][0-9])",
         "(?:automatically|auto-?) ?renew(?:s|ing|al|als)?", "renew(?:s|ing)? automatically",
         "buys? (?:us|me|you|him|her|them)(?: some| more| a little)? (?:time|until|a few|another"
         "|an extra)",
         # giving one's body, not money: "dizzy after donating blood"
         "donat(?:e|es|ing) (?:blood|plasma|platelets|bone marrow|a kidney|organs?|eggs|sperm|hair)",
         "pay attention", "paying attention", "pay close attention", "pays off",
         "pay (?:particular|special|extra|careful|more|less|no|little|some|real) attention",
         "paying off", "paid off",
         # the idiom ("hard work will pay off", "pay off debt first?"), but not
         # paying a named balance off ("pay off the remaining balance on my Visa")
         "(?:will|would|could|might|may|should|can|gonna|finally|eventually|really|it|that|this"
         "|they|which|did|does|didn't|doesn't|won't|never|ever|work|effort|efforts|investment"
         "|investments|risk|risks|gamble|bet|sacrifices?|hours|strategy|practice|patience|degree"
         "|studying|training) pay off",
         "pay off " + _word_except((
             "the", "my", "our", "your", "his", "her", "their", "this", "that", "these", "those",
             "all", "everything", "a", "an", "both", "each", "every", "whatever", "what", "some",
             "any", "remaining", "rest", "whole", "entire", "full", "outstanding", "it", "them",
         )),
         # ... or before punctuation ("does hard work pay off?"): see the raw
         # alternative after this list (a trailing \b cannot follow "?")
         "(?:wire|bank|balance|money|international|domestic|instant) transfers?",
         # a determiner, number or adjective makes these nouns: "3 purchases",
         # "an in-app purchase", "the transfer"
         "(?:a|an|the|my|your|his|her|our|their|this|that|these|those|each|every|any|no"
         "|[0-9]+|recent|past|previous|online|in-app|first|last|big|small|large|impulse"
         "|monthly|recurring|future|total)(?: [a-z0-9'-]+)? (?:purchases?|transfers?)",
         "sell-by", "best-selling", "bestselling", "selling points?", "selling price",
         "(?:short|hard|soft) sell(?:ing)?", "sell (?:me|us|him|her|them) on",
         "up-?sell(?:ing)?", "cross-?sell(?:ing)?",
         "pay-off", "payoff", "pay-per-(?:use|click|view)", "buy-in", "buy in",
         "buying power", "transfer learning", "style transfer", "heat transfer",
         "knowledge transfer", "data transfers?", "file transfers?", "transfer functions?",
         "wire up", "wire it up", "wire format", "wiring diagram",
         "in (?:alphabetical|chronological|numerical|numeric|reverse|ascending|descending"
         "|random|the right|the correct|the same|that|this|any|which|what|sorted) order",
         "(?:alphabetical|chronological|numerical|numeric|reverse|ascending|descending"
         "|sort|sorted|sorting|random|word|priority|that|same|right|correct|insertion"
         "|topological|lexicographic|lexical|byte|natural|pecking|working|running|what"
         "|which|whatever"
         # an order named by a field: "the suburbs in start-time order", "in surname order"
         "|start-time|start time|time|date|due-date|due date|surname|last-name|last name|first-name"
         "|first name|size|distance|suburb|postcode|zip code|arrival|departure|seniority|age|height) order",
         "(?:first|second|third|higher|lower|nth|zeroth)[ -]order",
         "order (?:book|books|flow|types?|forms?|numbers?|ids?|history|status|confirmation"
         "|details|total|summary|management|processing|matching|fulfil?lment|queue|tracking"
         # a system that handles orders: "an order pipeline", "the order service"
         "|pipelines?|services?|systems?|events?|data|tables?|api|apis|database|db|page|lines?"
         "|items?|volumes?|values?|workflows?|schemas?|models?|entit(?:y|ies)|records?|exports?|reports?"
         "|counts?|logs?|emails?|webhooks?|files?|csvs?)",
         "change orders?",
         # an order as a quantity or a threshold: "reorder point and order quantity",
         # "supplier minimum order is 20"
         "order (?:quantit(?:y|ies)|points?|minimums?|sizes?|cycles?|frequency|thresholds?|cut-?offs?)",
         "(?:minimum|min|bulk|average|typical|smallest|largest) orders?",
         # a button or step named by its label: 'the "Place order" step'
         "(?:place (?:an |the )?order|order now|buy now|pay now|purchase|subscribe|checkout"
         "|check out|add to cart)\"? (?:button|step|page|link|screen|flow|form|option)s?",
         "order (?:it|them|these|those|this|that|the (?:[a-z]+ )?(?:list|items|rows|results"
         "|names|entries|lines|columns|steps|points|bullets|sections)) (?:by|alphabetically"
         "|chronologically|numerically|from|ascending|descending)",
         "pay (?:the|a) (?:heavy |high |steep |ultimate )?price",
         # ordering data, not buying it: "could not find any dimension coordinates to
         # use to order the datasets for concatenation"
         "order the (?:[a-z]+ )?(?:datasets?|data ?frames?|files|columns|rows|records|entries|events|values"
         "|keys|messages|frames|tensors|arrays|dimensions|coordinates) (?:for|by|along|in)",
         # a booking clash, a deal, a sales volume, a bus: "stop double-booking delivery
         # slots", "an early-order deal", "we sell ~35 a week", "the cellar door sells
         # ~800 a year", "6 sensors on one-wire"
         "double-?book(?:ing|ed|s)?", "over-?book(?:ing|ed|s)?",
         "[a-z]+-order (?:deal|discount|offer|price|pricing|programme|program|window|period|terms)",
         "(?:(?:we|i|they|you) (?:sell|buy|order|book|ship)|sells|buys|orders|books|ships) (?:about |around "
         "|roughly |maybe |only |~ ?)?[0-9][0-9,.]*k?(?: [a-z-]+)? (?:a|an|per|each|every) (?:day|week|month"
         "|year|season|night|weekend)",
         "(?:one|1|two|2|three|3|single|dual)-wire",
         "pay (?:a )?(?:visit|compliments?|tribute|respects|homage|lip service|dividends)",
         "(?:my|your|his|her|our|their|the|this|that|a|an|each|every|per)(?: [a-z0-9'-]+)? (?:pre-|re-)?orders?",
         "pay (?:stubs?|slips?|checks?|cheques?|raise|rise|gap|grade|scale|rates?|period"
         "|day|walls?|phones?|range|bands?|equity|transparency|cuts?|guides?|awards?)",
         "(?:my|your|the|his|her|our|their|take-home|base|sick|overtime|holiday|back|equal"
         "|hourly|net|gross|more|less|higher|lower|better|extra|same) pay",
         "(?:build|make|rent|lease)(?: [a-z0-9'-]+){0,3} (?:or|vs|versus) buy",
         "buy (?:or|vs|versus) (?:build|make|rent|lease)",
         "transfer of (?:power|ownership|title|knowledge|aid|control|authority|heat|energy"
         "|momentum|learning|skills?|data)",
         "order (?:of|to|by|in)", "in order", "orders? of magnitude",
         # an order named, not placed: "a customer whose order we cancelled by mistake",
         # "the remaining 300 units of the Kogel 2 order", "the purchasing team", "supplier
         # transfers above 10k wait until I'm back", "a partial refund, a full refund"
         "(?:whose|their|his|her|your|customer's|client's) (?:[a-z0-9-]+ ){0,2}orders?",
         "(?:of|from|in|on|with) the (?:[a-z0-9-]+ ){0,3}orders?",
         "purchasing (?:team|department|dept|manager|managers|officer|power|process|decisions?|card|portal"
         "|system|lead|budget)",
         "(?:supplier|bank|wire|international|domestic|sepa|money|balance|large|pending|outgoing|incoming"
         "|interbank) transfers? (?:above|over|below|under|of|are|is|go|wait|need|needs|require|requires|take"
         "|takes|must|should)",
         "(?:a|an|one|partial|full|any) refunds?",
         # a bed or a bin topped up: "top them up with 5 cm of compost"
         "top (?:it |them |the [a-z]+ )?up with [0-9][0-9.,]* ?(?:" + _UNITS + ")",
         # arranging, not buying: "help me order my week", "order these tasks by urgency"
         "order (?:my|our|the|these|those|this) (?:[a-z]+ )?(?:week|weekend|day|days|schedule"
         "|tasks|priorities|to-dos?|todos|to-do list|todo list|steps|chapters|slides|sections"
         "|paragraphs|points|arguments|ideas|list|rows|columns|results|items|topics|questions"
         "|agenda)",
         "order (?:numbers?|ids?|#|history|status|details|confirmations?|totals?|forms?|summary|lines?"
         "|items?|dates?|values?|changes?|events?|data|tables?|db|database|service|pipeline|flow"
         "|volumes?|counts?|management|processing|fulfil?ment|queue|api|model|schema|records?)",
         "orders (?:db|database|table|service|api|queue|pipeline|data|schema|model|topic)",
         # "an order-tracking service", "buy now, pay later", "a bare copper wire"
         "order-[a-z]+", "buy now,? pay later", "bnpl",
         "(?:copper|bare|ground|grounding|live|neutral|hot|electrical|extension|speaker|barbed|loose"
         "|jumper|steel|chicken|fence|guide|trip|tripwire|red|black|white|green) wires?",
         "(?:rollout|sort|sorting|pecking|chronological|alphabetical|reverse|random|correct|right|same"
         "|specific|particular|logical|priority|execution|insertion|word|batting|boot|load|evaluation)"
         " order",
         "(?:law and|restraining|court|executive|gag|work|purchase|sales|batting) orders?",
         "book (?:club|report|review|summary|recommendations?|chapter|title|cover)",
         "buy(?:s|ing)? (?:some |more |a little |a bit of |extra )?time",
         "(?:a|the|this|that|my|your|his|her|our|their|good|new|next|first|favorite) book",
     ) + r"|\bpay off[.,!?;:)]",
     _words(*_PURCHASE_VERBS[:-3]) + "|" + _emphasized(*_PURCHASE_VERBS)
     + "|" + _code_then_run(_PURCHASE_VERBS[:-3])
     + "|" + _words(*_FOREIGN_PURCHASE_VERBS)
     # Dutch transfers with a split verb: "maak €250 over naar de rekening van ..."
     + "|" + _words("maak (?:[a-z0-9_.,'-]+ ){1,4}over (?:naar|aan|op)")
     + "|" + _tool_call(("pay", "payment", "payments", "transfer", "refund", "charge", "buy", "purchase",
                         "checkout", "order", "wire", "payout", "withdraw", "trade", "sell", "payroll",
                         "payrun"))
     + "|" + _json_tool_call(("pay", "payment", "payments", "transfer", "transfers", "refund", "refunds",
                              "charge", "charges", "buy", "purchase", "checkout", "order", "orders",
                              "wire", "payout", "payouts", "withdraw", "trade", "sell", "payroll",
                              "payrolls", "payrun", "payruns"))
     + "|" + _words(
         "order", "place (?:a |an |the |my |our |this |that |another )?(?:[a-z0-9'-]+ ){0,2}orders?",
         # "Put an order in with Marriage's for 2 tonnes of flour"
         "put (?:an |the |our |my |another )?(?:[a-z0-9'-]+ )?orders? in (?:with|for|at)",
         "put in (?:an |the |our |my |another )?(?:[a-z0-9'-]+ )?orders? (?:with|for|at)",
         # a seat booked, an order refunded: "Book me onto the 18:05 train", "refund Mrs
         # Patel's £42 order in Shopify"
         "book (?:me|us|him|her|them) (?:onto|on|in|into) (?:the|a|an|that|this)",
         # French "paie"/"paye" with what is paid ("Vas-y, paie la facture de Studio Fauve
         # ... par virement"; not the noun: "ma fiche de paie", "la paie de mars")
         "pa(?:ie|ye|yons) (?:la|le|les|l'|cette|ces|nos|notre|mon|ma|mes|leur|leurs) (?:facture|factures"
         "|note|notes|loyer|fournisseur|fournisseurs|abonnement|cotisation|amende|contravention|pigiste"
         "|acompte|solde|d_p_t|depot|reste|montant|frais|honoraires|employ_s|employes|salaires|traite)",
         "refund (?:mr |mrs |ms |miss |dr )?[a-z'-]+'s (?:[_0-9.,]+ )?(?:order|orders|payment|purchase|booking"
         "|deposit|ticket|tickets|charge|subscription)",
         # a booking named by its budget: "too pricey. book something under €120 a night"
         "book (?:something|anything|one|whichever|the cheapest(?: one)?|a cheaper one)",
         # a plan picked by its price: "switch to 2x Standard-2X ($100/mo)"
         "switch (?:us |me |it |them |over |everything )?to (?:[a-z0-9.+-]+ ){1,4}\\(\\$ ?[0-9]+",
         # seats moved to a cheaper plan: "Downgrade the whole sales team from Orbis CRM
         # Enterprise to Professional seats starting today"
         "downgrade (?:the |our |my |all |every |whole )?(?:[a-z0-9'&-]+ ){0,10}(?:seats?|licen[cs]es?|plans?"
         "|tiers?|subscriptions?|editions?)",
         "(?:put in|submit) (?:a |an |the |my |our |this |that )(?:[a-z0-9'-]+ ){0,2}orders?",
         # money moved in plain words: "move my 401k into the bond fund", "get out of the Tesla
         # shares and park it all in the money market", "put the water bill on autopay"
         "(?:move|put|park|shift|roll|switch) (?:my|our|the|all|it all|all of it|everything)(?: [a-z0-9'-]+)?"
         " (?:401k|401\\(k\\)|ira|roth|savings|pension|money|cash|funds?|portfolio|shares|stocks"
         "|bonus|paycheck|balance|rollover)?(?: [a-z]+)? (?:into|to|in) (?:the |a |my )?(?:[a-z0-9-]+ )?"
         "(?:fund|funds|bonds?|index|money market|account|savings|etf|stocks?|cash|cd|treasur(?:y|ies)|pot)",
         "park it (?:all )?in", "get out of (?:the |my |our )?(?:[a-z0-9-]+ )?(?:shares|stock|stocks"
         "|position|fund|etf|crypto|bitcoin)",
         "put (?:the |my |our )?(?:[a-z0-9'-]+ ){0,2}(?:bill|bills|payments?|rent|mortgage|loan)? ?on "
         "auto-?pay", "(?:set up|turn on) auto-?pay",
         "make (?:the |my )?(?:[a-z0-9'-]+ ){0,3}(?:my |the )?default (?:card|payment method|payment"
         "|account)",
         "chip in (?:\\$ ?)?[0-9]+", "settle up (?:with|on)", "round up (?:all )?(?:my )?(?:[a-z]+ )?"
         "purchases",
         "top (?:my |the |our |his |her )?(?:[a-z0-9'-]+ ){0,3}up (?:by|with|to) (?:\\$ ?)?[0-9]+",
         "re-up (?:my|our|the)", "grab (?:me |us )?(?:two|three|four|[0-9]+|a|a couple of|some) tickets",
         "take the (?:deal|offer)", "put (?:the |a )?deposit down", "put down (?:the |a )?deposit",
         "switch (?:my|our) (?:[a-z]+ )?(?:electricity|gas|energy|power|phone|mobile|internet|broadband"
         "|insurance|cable|tv) (?:provider|supplier|plan|carrier|company)",
         # bids: "place a bid of $340 on that lens", "bid on it, max $380"
         "place (?:a |an |my |the )?(?:max |maximum |higher |new )?(?:[a-z0-9\\$.,]+ )?bids?",
         "bid (?:\\$ ?)?[0-9]+", "bid on (?:it|that|this|the|them|those)",
         "(?:max|maximum) (?:auto-?)?bid",
         # money state changed for the user: "mark invoice INV-2291 as paid"
         # appointments and places booked for the user: "book the vet for Thursday"
         "book (?:me |us |him |her |them )?(?:a |an |the |my |our |his |her |their )?(?:[a-z0-9'-]+ ){0,2}"
         "(?:appointments?|tables?|slots?|vet|doctor|dentist|haircut|massage|rooms?|hotels?|flights?"
         "|tickets?|seats?|courts?|sessions?|class|classes|consultations?|cars?|cabs?|taxis?|rides?"
         "|uber|lyft|tours?|stays?|airbnb|visits?|checkups?|check-ups?|spots?|tee times?|babysitter"
         "|sitter|cleaners?|groomers?|physio|therapist|venue|caterer|photographer|campsites?|cabins?"
         "|berths?|moorings?|cottages?|villas?|chalets?|accommodation|trains?|amtrak|eurostar|buses|bus"
         "|coach(?:es)?|ferry|ferries|shuttles?)",
         # a departure or a slot by its time: "book the 7:40am Amtrak", "book the 3pm"
         "book (?:me |us |him |her |them )?(?:a |an |the |my |our )?[0-9]{1,2}(?:[:.][0-9]{2})? ?(?:am|pm)",
         # a caravan site ("book us a powered ensuite site"; not "good book sites")
         "book (?:me |us |him |her |them )?(?:a|an|the|my|our|his|her|their) (?:[a-z0-9'-]+ ){0,2}(?:sites?"
         "|pitch|pitches)",
         "mark (?:the |this |that |invoice |bill |order )?(?:[a-z0-9#_.-]+ ){0,3}as (?:paid|refunded"
         "|settled|void|voided|written off|uncollectible)",
         # money between one's own accounts: "move 1,500 from savings into checking"
         "(?:move|shift|put) (?:[\\$_] ?)?[0-9][0-9,.]*k?(?: (?:dollars|bucks|euros|pounds|usd|eur|gbp))?"
         " (?:from|out of|to|into) (?:my |the |our |his |her |their )?(?:[a-z0-9'-]+ ){0,3}(?:savings"
         "|checking|chequing|brokerage|accounts?|ira|roth|401k|wallet|hysa|card|bank|credit union|tfsa"
         "|rrsp|resp|fhsa|isa|hsa|current account|premium bonds|bonds|pots?|pension|sipp|lisa)",
         "(?:move|shift|transfer) (?:the |some |all |all the |my |our )?(?:money|funds|cash|savings)"
         "(?: [a-z0-9'-]+){0,3} (?:from|to|into)",
         "(?:venmo|zelle|cash ?app) (?:my|our|his|her|their) (?:landlord|landlady|roommate|flatmate"
         "|mom|dad|mother|father|sister|brother|wife|husband|partner|friend|boss|babysitter|nanny"
         "|tenant|contractor|cleaner|dog walker|tutor|coach|kid|son|daughter|cousin|aunt|uncle"
         "|grandma|grandpa|neighbou?r|colleague|coworker|plumber|electrician|gardener)s?",
         # a plan change is a charge: "upgrade us to the Pro plan"
         "(?:upgrade|downgrade|switch|change|move) (?:us|me|my|our|the|him|her|them|it|this|that)"
         "(?: [a-z0-9'-]+){0,3} (?:to|onto) (?:the |a |an )?(?:[a-z0-9-]+ ){0,2}(?:plans?|tiers?|subscriptions?"
         "|memberships?)",
         # ... or named before the new one: "switch my Netflix plan to the basic one"
         "(?:upgrade|downgrade|switch|change|move) (?:my|our|the|his|her|their)(?: [a-z0-9'-]+){0,2}"
         " (?:plans?|tiers?|subscriptions?|memberships?) (?:to|onto) ",
         "settle (?:up )?(?:the |this |that |my |our |his |her |their |all )?(?:[a-z0-9-]+ )?(?:invoices?"
         "|bills?|balances?|tab|debts?|payments?|dues)",
         "settle [a-z]+-[0-9]+",
         "re-?order (?:the |my |those |these |that |more |another |some )?(?:[a-z0-9'-]+ ){0,3}"
         "(?:(?:i|we) (?:got|bought|ordered|had)|last time)",
         # ordering again: "reorder 20 rolls of the 48mm packing tape"
         # (not "reorder it so the install gets cached", "reorder the steps")
         "(?:reorder|re-order) (?:[0-9]+|more|another|some|same|the same|a (?:new |fresh )?(?:box|pack"
         "|case|bag|set|batch|carton|crate|bottle|roll|pallet|supply|refill))",
         "refill (?:my|the|his|her|their|our|[a-z]+'s) (?:[a-z0-9'-]+ ){0,2}(?:prescriptions?|meds"
         "|medications?|scripts?|rx|inhalers?|pills)",
         # money leaving an account in other words
         "(?:venmo|zelle|paypal|cash ?app|swisha|swish|vipps|vippse|mobilepay|bizum|blik|twint|tikkie"
         "|lydia|satispay) (?:[a-z]+ )?\\$?[0-9]+",
         "(?:venmo|zelle|paypal) (?:him|her|them|me|us)",
         # a fee charged to people: "charge them all a late fee now", "charge the tenants
         # the cleaning deposit"
         "charge (?:them|him|her|everyone|everybody|all|each|every (?:one|customer|client|member)|the"
         " (?:[a-z]+ )?(?:customers?|clients?|members?|tenants?|guests?|students?|parents?|users?))"
         "(?: all)?(?: of them)? (?:a |an |the |their |his |her )?(?:[a-z-]+ ){0,2}(?:fees?|fines?"
         "|penalty|penalties|deposits?|charges?|[0-9]+|[\\$_] ?[0-9]+)",
         "charge (?:the|my|his|her|their|our|this|that|a|an)(?: [a-z']+){0,2} (?:cards?"
         "|credit cards?|customers?|clients?|accounts?)",
         # "charge it to the company card", "put it on my Amex"
         "(?:charge|bill|put) (?:it|this|that|them|everything|the [a-z]+) (?:to|on) (?:my|the|our|his"
         "|her|their)(?: [a-z']+){0,2} (?:cards?|credit cards?|accounts?|amex|visa|mastercard|tab)",
         # money held for someone: "release the funds to the seller"
         "release (?:the |my |our |his |her |their |all (?:the )?)?(?:[a-z0-9'-]+ )?(?:funds|payments?"
         "|money|escrow|deposits?|payouts?|retainer|bonus(?:es)?)",
         # ordering under another name: "get the groceries delivered", "rebook me for Sunday"
         "(?:get|have) (?:[a-z0-9@\\$.,'-]+ ){1,6}delivered",
         "(?:get|grab|order) (?:[a-z0-9@\\$.,'-]+ ){1,8}(?:from|on|off|via) (?:instacart|doordash|ubereats"
         "|uber eats|grubhub|deliveroo|just eat|postmates|gopuff|getir|amazon fresh|whole foods"
         "|walmart grocery|shipt|seamless)",
         "rebook", "rebooks", "rebooking",
         # contesting a charge: "dispute the $89 charge from Comcast"
         "dispute (?:the|this|that|my|our|a|an|both|all|these|those)(?: [a-z0-9\\$.,'-]+){0,3}"
         " (?:charges?|transactions?|payments?|bills?|invoices?|fees?|debits?|withdrawals?)",
         # money out of an account or position: "cash out my balance", "withdraw $500"
         "cash(?:ing)? out (?:my|the|our|his|her|their|all|everything|it|them)",
         "withdraw (?:\\$ ?)?[0-9][0-9,.]*k?(?: (?:dollars|bucks|euros|pounds|usd|eur|gbp))?"
         " (?:from|out of|to|into)",
         "withdraw (?:my|the|our|all|all of my|all the)(?: [a-z0-9'-]+){0,2} (?:funds|money|savings"
         "|balance|cash|deposits?|pension|401k|ira|crypto|btc|bitcoin)",
         "(?:add|put)(?: [a-z0-9'-]+){1,6} (?:to|in|into) (?:my|the|our) (?:shopping )?"
         "(?:cart|basket)",
         "check ?out with (?:my|the)", "complete (?:the|my|this) (?:purchase|checkout|order)",
         "(?:make|do|complete|process|execute|initiate|start|finish|send) (?:a|the|my|this|that|our)"
         "(?: [a-z]+)? (?:payments?|purchase|transfer|donation)",
         "issue (?:a |the )?(?:full |partial )?refunds?",
         # sending a purchase back: "return the shoes I bought", "return it for a refund"
         "return (?:the|my|this|that|these|those|both)(?: [a-z0-9'-]+){0,3} (?:i|we) (?:bought"
         "|ordered|purchased|got)",
         "(?:return|send back) (?:it|them|this|these|that|those|the [a-z]+|my [a-z]+) for a"
         " (?:full |partial )?refund",
         # adding credit: "top up my phone", "top up the card with 20 euros"
         "top(?: |-)?up (?:my|our|the|his|her|their)(?: [a-z']+){0,2} (?:phone|mobile|account"
         "|balance|wallet|card|sim|credit|credits|plan|transit card|oyster)",
         "top(?: |-)?up(?: [a-z']+){0,3} (?:with|by|for) (?:\\$ ?[0-9]+|[0-9]+(?:[.,][0-9]+)?"
         " ?(?:euros?|dollars?|bucks|pounds|usd|eur|gbp))",
         "refund (?:the|this|that|it|them|him|her|me|my|their|his|our|order|customer|both|all"
         "|in full|[0-9]+|[\\$_] ?[0-9]+)",
         # a named customer and an amount: "refund Chioma her N45,000 on Paystack"
         "refund [a-z]+ (?:her |his |their |the )?(?:full )?(?:[0-9]+|[\\$_] ?[0-9]+|money|deposit|payment"
         "|balance|fee)",
         # a named person's charge or order: "Refund Lorraine's duplicate charge right away"
         "refund [a-z]+'s (?:[a-z-]+ ){0,2}(?:charges?|orders?|payments?|purchases?|fees?|deposits?"
         "|subscriptions?|tickets?|invoices?|money)",
         "(?:start|initiate|open|process|file|submit) (?:a |an |the )?(?:return|refund"
         "|chargeback|dispute)",
         "(?:book|reserve)(?:ing)? (?:it|them|both|one|that one|this one)",
         # one picked from a list: "book the cheapest one using my saved profile"
         "(?:book|reserve|buy|order|get) (?:the |that |this )?(?:cheapest|earliest|latest|first|second|third"
         "|last|best|shortest|fastest|quickest|nonstop|direct|[0-9]+(?:st|nd|rd|th)) (?:one|option|flight"
         "|fare|room|seat|ticket|slot|train|hotel)",
         # spending points or grabbing a slot: "grab me a shower at the Pilot around 9,
         # use my myRewards points"
         "use my (?:[a-z0-9'-]+ )?(?:points|miles|credits|rewards)",
         # "fill up the truck on my company card"
         "(?:fill up|fuel up|gas up|top up)(?: [a-z0-9'-]+){0,3} (?:on|with) (?:my|our|the) (?:[a-z]+ )?(?:card"
         "|fleet card|account)",
         "(?:grab|get|snag) (?:me|us) (?:a|an|two|three|[0-9]+) (?:[a-z]+ )?(?:shower|table|seats?|room|spot"
         "|tickets?|slot|reservation|booking|rental|parking spot)(?: [a-z]+)? (?:at|for|on|in)",
         # payments as nouns, made: "make 3 transfers of $500 to Bob", "do a wire to the supplier"
         "(?:make|schedule|set up|initiate) (?:[0-9]+|two|three|four|five|a|an|the|another|both"
         "|those|these|that|this|my|our) (?:[a-z]+ )?(?:transfers?|payments?|wires?|purchases?"
         "|donations?|deposits?)(?: (?:of|to|for)\\b)",
         # the booking as a noun: "make the reservation of the hotel in Bologna"
         "(?:make|making|place|placing|do) (?:a |an |the |my |our )?(?:[a-z]+ )?(?:reservation|booking)s?"
         " (?:of|for|at|in)",
         "(?:book|reserve)(?:ing)? (?:me )?(?:a |an |the |my |our )?(?:[0-9][0-9:.]*(?:am|pm)? )?(?:[a-z]+ )?(?:flights?"
         "|hotels?|rooms?|tickets?|appointments?|reservations?|meeting|call|table|ride"
         "|trip|taxi|uber|car|tour|seat|seats|stay|cruise|trains?|bus|buses|coach|ferry|ferries"
         "|slots?|spots?|tee times?|campsites?|cabins?|rentals?|airbnbs?|apartments?|massages?"
         "|haircuts?|classes|lessons?)",
         # money to a person for a service: "tip the driver 20%"
         "tip (?:the |my |our |his |her |their )(?:[a-z'-]+ )?(?:driver|courier|dasher|shopper"
         "|rider|server|waiter|waitress|barista|bartender|delivery (?:person|guy|driver)|cleaner"
         "|housekeeper|guide|valet|stylist|barber|movers?|porter|doorman)",
         "tip (?:him|her|them) (?:\\$ ?[0-9]+|[0-9]+ ?(?:%|percent|dollars|bucks|euros|pounds))",
     )),
    ("high_impact_external_action",
     _question_about(_HIGH_IMPACT_VERBS + (
         "apply for", "applying for", "restart", "reboot", "ship", "move", "add", "accept",
         "decline", "sign", "register", "enroll", "change", "update", "rsvp",
         "apply", "upgrade", "install", "uninstall", "drain", "cordon", "patch", "rollout", "up",
         "run", "execute", "close", "block", "unblock", "unfollow", "unfriend", "mute", "report",
         "boot", "e-sign", "countersign", "flip", "promote", "let", "point", "repoint",
         "upload", "publish", "proceed", "go ahead", "vote", "launch", "fly", "hand in", "bid",
         "list", "relist",
     ) + _ACCESS_VERBS) + "|" + _NEGATED + _words(*_HIGH_IMPACT_VERBS, *_ACCESS_VERBS, "list", "relist") + "|"
     # ("remove" too: its group form is here, "how do I remove someone from a Google Group?")
     + _benign_forms(_HIGH_IMPACT_VERBS + ("apply for", "applying for", "list", "relist", "remove", "removes",
                                          "removing", "deactivate", "deactivating", "ship", "shipping")
                     + _ACCESS_VERBS)
     + "|"
     # code's behaviour and things named by these verbs: "reject if older than 5 minutes",
     # "the job runs on its own schedule", "a 70-PR merge pile-up", "annual commit
     # required", "someone's force-push lost commits", "deploys: daily"
     + _words("reject(?:s|ed)? (?:it |them |the (?:request|call|token|payload|message|event|upload|file)s? )?"
              "(?:if|when|unless|with (?:a )?[0-9]{3})",
              "reject(?:s|ed)? (?:anything |any |requests |messages |events |timestamps |signatures )?(?:older"
              "|newer|later|earlier) than",
              "(?:on|by) (?:a |its |the |their |our |my |his |her )?(?:own |regular |fixed |weekly |daily"
              " |nightly |hourly |cron |set )?schedule",
              "[0-9]+-prs? merge", "merge (?:pile-?ups?|backlogs?|queues?|trains?|windows?)",
              "(?:annual|yearly|monthly|minimum|spend|usage|contract|contractual|volume|upfront) commit",
              "(?:lost|dropped|missing|orphaned|unpushed|squashed|signed|empty|local) commits",
              "deploys: [a-z0-9]+",
              # a schedule as a thing of a trade: "the new laundry schedule", "the shift
              # schedule for December" (led by its noun, not by a determiner)
              "(?:laundry|cleaning|housekeeping|shift|staff|work|class|school|bus|train|ferry|flight"
              "|feeding|medication|maintenance|delivery|training|exam|meal|watering|posting|content"
              "|editorial|breakfast|rota|visiting|tour"
              # a drawing set's tables: "quantities from both Revit schedules and Rhino models"
              "|revit|door|window|room|material|finish|finishes|hardware|quantity|lighting|furniture"
              "|fixture|equipment|payment|production|harvest|release) schedules?",
              # a deploy as a thing: "telling people the Dockwise 4.2 deploy is planned for Tuesday"
              "deploy (?:is|was|will be|went|has been|had been|failed|planned|scheduled|window|freeze)") + "|"
     # a schedule asked for as the answer, not made: "Schedule 6 interviews of 45 min
     # on Thursday ... Give a valid schedule." (a constraint puzzle; not "... and show
     # me the updated schedule"; "find a schedule or tell me which constraint to relax" is one)
     + _words("schedul(?:e|ing) [^?!]{0,400}?\\b(?:(?:find|propose|suggest|come up with|work out|draw up)"
              " (?:me |us )?(?:a |one |any )?(?:" + _FEASIBLE + " )?|(?:give|show|produce|output|return|list"
              "|draft) (?:me |us )?(?:a |one |the |any )?" + _FEASIBLE + " )(?:" + _ROTA_NOUNS
              + "|assignment|allocation)s?") + "|"
     # merging data, not a branch: "merge them into one long dataframe", "merge the
     # two CSVs on well"
     + _words("merge (?:them|these|those|both|all(?: of them)?) (?:[a-z0-9_.'-]+ ){0,2}into (?:one|a single|a|an"
              "|the same) (?:[a-z-]+ )?(?:dataframe|df|table|file|csv|sheet|spreadsheet|list|dataset|document"
              "|pdf|array|dict|object|json)",
              "merge the (?:two |[0-9]+ )?(?:[a-z0-9_.-]+ )?(?:csvs?|files?|dataframes?"
              "|data ?frames?|tables?|sheets?|spreadsheets?|lists?|columns?|rows?|datasets?|pdfs?|documents?"
              "|cells?|data|arrays?|dicts?|dictionaries|objects?|json)(?: [a-z0-9_.'-]+){0,3} (?:into|on|by|with"
              "|using)",
              "merge (?:two|three|[0-9]+|multiple|several) (?:[a-z0-9_.-]+ )?(?:csvs?|files|dataframes|tables"
              "|sheets|spreadsheets|lists|datasets|pdfs|documents|arrays|dicts|objects)",
              "merge [a-z0-9_./-]+[.](?:csv|tsv|xlsx?|json|parquet|txt|pdf)",
              # the merge as a strategy: "the model is incremental with merge on order_id"
              "(?:with|using|via|incremental|upsert|an?|the) merge (?:on|strategy|statement|conflicts?|keys?"
              "|step)",
              # SQL's MERGE and dbt's merge key: "write a MERGE into silver.readings",
              # "an incremental model, merge on cycle_id"
              "(?:write|writing|draft|generate|build) (?:a|an|the|me a) merge", "merge on [a-z_][a-z0-9_]*") + "|"
     + _words(
         "push-ups?", "pushups?", "push notifications?", "push back",
         # "deliver 2 million push messages an hour"
         "push (?:messages?|notifs?|alerts?|tokens?|services?|channels?|providers?|gateways?|payloads?"
         "|subscriptions?|campaigns?|delivery|sends?)",
         # a notification: "likes the weekly summary push"
         "(?:summary|weekly|daily|reminder|marketing|silent|web|mobile|in-app) push(?:es)?",
         # a meet and a commit as things: "the long jump at the Linn-Mar invite", "two
         # commits ago"; permission in a notice: "congregations under 60 may apply for"
         "at the (?:[a-z0-9'-]+ ){0,3}invite", "commits? ago", "may (?:also |not |only |still )?apply"
         " (?:for|to)",
         # M-Pesa's payment prompt: "Daraja STK push returns 404.001.03"
         "(?:the|an|my|our|daraja|mpesa|m-pesa) stk push(?:es)?",
         "stk push(?:es)? (?:returns?|returned|fails?|failed|errors?|requests?|callbacks?|api|endpoint"
         "|response|prompts?|integration|code|is|was|not|doesn't|does not|works?|working)",
         # a validation rule: "accept 0803..., but reject landlines like 01 2701234"
         "(?:but|and|or) (?:reject|refuse|block) (?:[a-z]+ )?(?:landlines?|numbers?|inputs?|values?"
         "|strings?|emails?|ones|those|anything|everything|the rest|invalid|malformed|empty)",
         # a product or task named by the act: "a B2B scheduling tool", "merging logic"
         "(?:scheduling|merging|deploying|deployment|rollback|invite|invitation|approval)"
         " (?:tools?|software|apps?|systems?|platforms?|services?|pages?|assistants?|conflicts?"
         "|logic|pipelines?|workflows?|features?|links?|flows?)",
         # the deploy as a thing: "our deploy dashboard", "deploys take 2 hours",
         # "assumes a bad deploy", "the rollback of 5.2.0"
         "deploy (?:dashboards?|logs?|freezes?|history|status|previews?|frequency|times?"
         "|durations?|metrics|notifications?|channel|annotations?|markers?|jobs?|pipelines?|windows?"
         "|steps?|targets?|events?|keys?|tooling|config|configuration|workflows?|scripts?|process"
         "|rights|access|permissions?|privileges|roles?|cadence|triggers?)",
         # a validator described: "a regex that accepts 'H2T 1S6' ... but rejects the letters
         # Canada Post never uses"
         "(?:accepts?|allows?|matches|passes|permits|validates?)(?: [a-z0-9_.,'/\\$-]+){1,12}"
         " (?:but|and|while|yet) (?:rejects?|denies|blocks?|refuses?)",
         # data a system turns away: "we need to reject obviously cheated scores" (not
         # an application, an offer, a claim or a pull request)
         "(?:reject|rejects|rejecting|rejected) (?:[a-z-]+ ){0,2}(?:scores?|inputs?|values?|packets?"
         "|connections?|payloads?|entries|rows?|uploads?|tokens?|events?|characters?|letters?"
         "|strings?|duplicates?|frames?|headers?|cookies?|bots?|spam)",
         # the deploy as an event that recurs or passed: "pause on every deploy", "we
         # rolled back the 13:58 deploy"
         "(?:every|each|per|any) (?:single )?deploys?", "[a-z]+'s deploy(?:ment)?s?",
         "(?:rolled back|reverted) (?:the |a |our |that |this )?(?:[0-9]{1,2}:[0-9]{2} )?(?:merge|deploy"
         "|push|release)",
         # a kubelet event: "Back-off restarting failed container"; a Slack emoji
         # ":shipit-van:"; a reported cut ("onboarding calls were cut for ...")
         "back-?off restarting", "shipit[a-z0-9_-]*", "(?:was|were|been|being|got|gets|is|are) cut",
         # a timetable as a thing: "it'll run from a GitHub Actions schedule on Mondays"
         "(?:a|an|the|its|their|our|my|your|this|that|cron|actions|weekly|daily|nightly|hourly"
         "|monthly|release|on-call|oncall|shift|class|bus|train|dosing|feeding|payment) schedules?",
         # a commit as an id: "argocd apps pinned to commit shas"
         "commit (?:shas?|hash(?:es)?|ids?|refs?)",
         "deploys (?:take|took|are|were|fail|failed|break|broke|keep|kept|happen|happened|run|ran"
         "|need|needed|cause|caused|go|went|get|got|used to|have|had)",
         "(?:bad|broken|failed|botched|faulty|buggy|slow|flaky) (?:deploy|deploys|release|push|merge)",
         "(?:the|a|our|that|this) rollback of",
         # commits as things: "show me the diff between my branch and Mei's commits"
         "(?:[a-z]+'s|my|our|your|his|her|their|the|these|those|new|local|unpushed) (?:[0-9]+ )?commits",
         # a rollback as an event in a timeline: "09:31 first rollback attempt fails"
         "(?:first |second |third |last |final |another )?rollbacks? (?:attempts?|succeeds|succeeded|fails|failed"
         "|completes|completed|finishes|finished|starts|started|worked|was|is|took|takes)",
         # an invitation card: "a cartoon ... for my son's 5th birthday party invite"
         "(?:party|birthday|wedding|dinner|event|shower|housewarming|christening) invites?",
         # a payroll run as an event, and a deploy put on hold: "before or after the December
         # payroll run", "Should I hold the deploy and look into it first?"
         "(?:the|a|this|that|next|last|each|every|our|monthly|weekly|biweekly) (?:[a-z]+ )?payroll runs?",
         "(?:hold|pause|halt|delay|postpone|freeze) (?:off on )?(?:the |this |that |our )?(?:deploy|deployment"
         "|release|rollout|merge|push)",
         # "ship it" quoted as someone's habit: "my lead writes 'ship it' on every PR"
         "(?:writes?|wrote|says?|said|comments?|commented|repl(?:y|ies|ied)|types?|typed|posts?"
         "|posted|means?) ['\"`]?ship ?it",
         # a merge or deploy named as an event: "after the last merge", "undo a merge"
         "(?:after|before|since|during|from|undo|revert|reverse|abort|redo) (?:the |a |an |this |that"
         " |my |our |your |their )?(?:last |latest |previous |recent |bad |broken |first )?"
         "(?:merge|deploy|push|commit|rollback|release|rebase)",
         # data structures: "push into the same vec", "push it onto the stack"
         "push(?:es|ed|ing)? (?:it |them |items? |values? |elements? |x |this |that )?(?:into|onto|to)"
         " (?:the |a |an |my |this |that |our )?(?:same |new |empty |output |result )?(?:vec|vecs"
         "|vectors?|arrays?|lists?|stacks?|queues?|heaps?|deques?|buffers?|slices?)",
         # the statistician's rejection: "we reject the null hypothesis"
         "reject(?:s|ing)? (?:the |a )?(?:null|h0|h_0|hypothesis|alternative)",
         # a deploy named as a past event: "the deploy went out last night"
         "(?:the|a|this|that|our|my|your|last|latest|first|previous|friday's|today's"
         "|yesterday's|last night's)(?: [a-z0-9-]+)? (?:deploy|deploys|push|merge|rollback)"
         " (?:went|was|were|is|failed|broke|succeeded|took|had|has|caused|finished|worked|got"
         "|introduced|happened|looked)",
         # "make this an admin page", "add it as a member function"; a tag named as
         # a thing ("tag v1.0 was created by CI")
         "tags? v[0-9][0-9a-z.-]* (?:was|is|has|had|points|exists|does|doesn't|isn't|wasn't"
         "|contains|shows)",
         "(?:make|add) (?:it|this|that|these|those) (?:as )?an? ",
         "approves? of",
         "push (?:harder|hard|too hard)",
         # CI triggers and git vocabulary: "run tests on push to main", "my
         # pushes keep timing out", "consumer groups commit offsets"
         "on (?:every |each )?(?:push|pushes|merge|merges|commit|commits)",
         "(?:every|each) (?:push|merge|commit)",
         "(?:my|your|our|their|the|git|failed|rejected|last|recent) push(?:es)?",
         # "right after the 13:55 deploy of checkout-api", "could push some prices higher"
         "deploys? of", "push(?:es|ed|ing)? (?:some |the |up |down )?(?:prices?|costs?|rates?|inflation|demand"
         "|yields?|wages?)",
         "commit (?:offsets?|transactions?|the transaction)",
         # deploys as events: "the team wants independent deploys", "deploys take 40 min"
         "(?:independent|separate|faster|slower|frequent|daily|weekly|nightly|hourly|zero-downtime"
         "|blue-green|canary|manual|automated|automatic|smaller|safer|parallel|risky|slow|fast|long) deploys",
         "deploys (?:take|took|are|were|run|ran|fail|failed|per|a (?:day|week))",
         # a commit that stays on the machine: "commit this on the feature branch locally"
         "commit(?: [a-z0-9_./'-]+){0,6} locally", "local commits?",
         "rollback (?:plans?|strateg(?:y|ies)|procedures?|runbooks?|scripts?|steps|mechanism"
         "|support|logic|testing|window|points?|options?|scenarios?|paths?|criteria|triggers?)",
         "(?:a|the|an|our|any|automatic|automated|instant|easy|quick|safe|fast) rollbacks?",
         "(?:phases|risks?|steps|stages|milestones|testing|tests|monitoring|timeline|owners|costs|dependencies"
         "|validation|verification|cutover|backups?|blast radius|alerting|observability|recovery"
         "|canaries|canary),? (?:and )?rollbacks?",
         "push (?:the |my |your )?(?:boundaries|limits|envelope)",
         "commit messages?", "commit (?:history|log|hash|sha|graph)",
         "(?:a|the|this|that|my|your|our|last|latest|previous|first|each|every|which"
         "|initial|one|single|[0-9]+)(?: [a-z0-9]+){0,2} commits?",
         # a git command described: "explain what git merge --no-ff does"
         "git (?:merge|push|commit|rebase|reset|revert|pull|cherry-pick)(?: --?[a-z-]+)* (?:does|do"
         "|means?|is|works?)",
         "(?:pre|post)-(?:commit|push|merge)", "(?:two|three|2|3)[ -]phase commits?",
         "commit (?:phase|protocol|point)",
         # push as a notification channel ("email, SMS and push"); not after
         # "email", where "... email and push to main" is a real push
         "(?:sms|in-app|mobile|web|silent)(?: and| or|,)? push",
         "push(?:es|ing)? (?:through|past|yourself|myself|himself|herself|themselves"
         "|ourselves|forward|ahead|on)",
         "merge sort", "merge conflicts?", "merge requests? templates?",
         # merging data: "merge k sorted lists", "merge two dataframes"
         "merge (?:k|n|two|three|[0-9]+|both|the two|these|those|multiple|several|all the)? ?"
         "(?:sorted |overlapping |adjacent |nested )?(?:linked lists?|lists?|arrays?|intervals?|dicts?"
         "|dictionaries|dataframes?|dfs|maps?|sets?|heaps?|ranges?|strings?|objects?)",
         "(?:a|the|this|that|my|your|our|their|work|weekly|daily|class|training|release"
         "|payment|cleaning|sleep|feeding|bus|train|tv|study|workout|amortization|dosing"
         "|medication|vaccination|vaccine|maintenance|on-call|shift|project|school|exam"
         "|tour|flight|game|match|season|repayment|loan|depreciation|cron) schedules?",
         "schedule (?:of|for)", "(?:an|the|this|that) invite",
         # an invitation as a thing: "declining the offsite invite", "my calendar invites"
         "(?:a|an|the|this|that|my|your|his|her|our|their)(?: [a-z0-9'-]+)? invites?(?: (?:from|for|to"
         "|with|is|was|says|and|but|so|i|because|by|via|over|on|in|at|if|when|or|link|card|list|myself"
         "|ourselves|later|once|out)|[;,.!?:)]+ [a-z])",
         # someone's schedule, and being behind it: "the contractor's schedule"
         "[a-z]+'s schedules?", "(?:behind|ahead of|on) schedule",
         "(?:a|an|the|my|your|our|their|this|that)(?: [a-z0-9-]+)? schedules?",
     )
     # the verb right before punctuation has no object: "5. Schedule. The
     # subcontractor shall..." is a heading
     + r"|\bschedules?[.:;]",
     _words(*_HIGH_IMPACT_VERBS, "apply for", "applying for")
     + "|" + _words(*_FOREIGN_HIGH_IMPACT_VERBS)
     # devices, settings and groups in other languages: "stell die Heizung auf 22", "mach die
     # Haustür auf", "fais suivre tous les mails", "saca a Jorge del grupo", "gib meiner
     # Schwester Zugriff", "cámbiame la tarifa"
     + "|" + _words("stell(?:e)? (?:die|den|das) [a-z_]+(?: [a-z_]+){0,3} auf [0-9]+",
                    "(?:haust_r|haustuer|t_r|tuer|tor|garage) auf", "fais suivre", "saca a [a-z_]+ del",
                    "gib (?:[a-z_]+ ){1,2}zugriff", "zugriff auf (?:mein|meine|unser)", "c_mbiame",
                    "cambiame")
     + "|" + _json_tool_call(("lock", "unlock", "approve", "grant", "revoke", "deploy", "merge", "rollout",
                              "promote",
                              "enable", "disable", "privacy", "permission", "permissions", "access",
                              "settings", "invite", "restart", "reboot", "scale", "rollback"))
     + "|" + _emphasized(*_HIGH_IMPACT_VERBS)
     + "|" + _code_then_run(_HIGH_IMPACT_VERBS)
     + "|" + _words(
         "ship it", "shipit",
         # a limit changed, an alarm set: "Raise the daily transfer limit on my banking app to
         # £5,000", "... and set the house alarm to away mode" (locking a door alone is the safe
         # direction: "does the app actually lock the door when ...")
         "(?:raise|increase|lower|reduce|change|set|bump|lift|up) (?:the |my |our )?(?:[a-z]+ ){0,2}limits?"
         " (?:on|for|to|of)",
         "set (?:the |my |our )?(?:house |home )?alarm to",
         # a release started or a role changed: "start the rollout", "change her role",
         # "apply these permission changes", "update it in Cloudflare now"
         "(?:start|kick off|begin|trigger) (?:the |this |that |a )?(?:rollout|roll-out|deploy|deployment|release"
         "|cutover|cut-over|failover|migration)",
         "change (?:her|his|their|my|your|its|the user's|[a-z]+'s) (?:role|permissions?|access)",
         "apply (?:the |these |those |this |my )?(?:permission|access|sharing|role|dns|firewall|security"
         "|billing|pricing) changes?",
         "update (?:it|the record|the cname|the dns|the a record|the mx record) in (?:cloudflare|route ?53"
         "|godaddy|namecheap|gandi|ovh|ionos|the dns)",
         # the passive with a deadline: "need to be deactivated by EOD, please handle"
         "(?:needs?|has|have) to be (?:deactivated|disabled|deleted|removed|cancell?ed|revoked|suspended|closed"
         "|wiped|purged|approved|paid|refunded|sent|deployed|merged) (?:by|before|today|tonight|asap|now"
         "|immediately|this)",
         # a standing order paused: "pause my HelloFresh deliveries for the next 3 weeks"
         "pause (?:my|our|the|all) (?:[a-z0-9'&-]+ ){0,2}(?:deliveries|delivery|subscriptions?|memberships?"
         "|plan|account|orders?|payments?|direct debits?|boxes|box|service)",
         # software sent out: "just ship the hotfix to prod now", "ship v2.3 to customers"
         "ship (?:the |this |that |our |my |a |an )?(?:[a-z0-9.-]+ )?(?:hotfix|hotfixes|fix|fixes|patch|patches"
         "|release|build|version|changes|feature|update|rollout|pr)(?: (?:to|into|on|out to)"
         " (?:prod|production|live|staging|main|master|customers|users|everyone))?",
         "ship (?:it|this|that|them|v?[0-9][0-9a-z.-]*) (?:to|into|out to) (?:prod|production|live|customers"
         "|users|everyone)",
         # devices set for the user: "bump the thermostat to 80", "set the fridge to 1 degree",
         # "crank the pool heater to max", "porch lights off and sprinklers on"
         # (not the oven or the stove's heat: recipes say "set the oven to 200C", "turn the
         # heat down to low")
         # ("would you mind setting the thermostat to 62" asks the same)
         "(?:set|turn|switch|bump|crank|raise|lower|drop|put|dial|change|adjust|setting|turning"
         "|switching|bumping|cranking|raising|lowering|dropping|putting|dialing|changing|adjusting)"
         " (?:up |down )?(?:the |my |our )?(?:[a-z0-9'-]+ ){0,2}(?:thermostat|heating|ac|a/c|air conditioning"
         "|air con|fridge|freezer|heater|water heater|boiler|humidifier|dehumidifier"
         "|sprinklers?|irrigation|blinds|shades|garage|gate|lock|locks|cameras?|vacuum|roomba"
         "|car|tesla|charger|hot tub|pool|ecobee|nest|hive|tado|honeywell|smart plug|plugs?|irrigators?"
         "|pivots?|bores?|sprinkler systems?)"
         "(?:(?: in| at| on) (?:the |my |our )?(?:[a-z0-9'-]+ ){0,2}(?:unit|flat|apartment|house|room|office|cabin"
         "|basement|garage|kitchen|bedroom|paddock|field|block|zone|barn|shed|greenhouse)(?: [0-9a-z]+)?)?"
         "(?: (?:up|down|on|off|to|at|for|from))",
         "(?:set|bump|crank|raise|lower|turn) (?:up |down )?(?:the |my |our )?heat (?:up |down )?to [0-9]+",
         "(?:lights?|lamps?|sprinklers?|heating|ac|cameras?) (?:on|off) (?:at|every"
         "|from|until|for|tonight|tomorrow|in)",
         # letting someone in: "let the cleaner in at 2", "let the dog walker through the side gate"
         "(?:let|buzz) (?:the |my |our )?(?:[a-z-]+ ){0,2}(?:cleaners?|plumber|dog ?walker|delivery"
         "(?: guy| person| driver)?|courier|contractor|guests?|nanny|babysitter|handyman|electrician"
         "|painter|neighbou?r|sitter|inspector|tech|technician|movers?|landlord|friend|visitors?) (?:in"
         "|into|through|up)",
         "crack (?:the |my |our )?(?:[a-z-]+ )?(?:garage|gate|door|window)s? open",
         "have (?:the |my |our )?(?:car|tesla|truck|vehicle|robot|vacuum|roomba) (?:[a-z-]+ ){0,2}(?:warm"
         "|come|pick|drive|park|start|heat|cool|return|go|leave)",
         # privacy and notification settings: "make my Instagram private", "turn off read
         # receipts", "mute every notification from the school app"
         "(?:make|set|switch|turn|put) (?:all )?(?:of )?(?:my|our|the) (?:[a-z0-9'-]+ ){0,2}(?:instagram|facebook"
         "|twitter|linkedin|tiktok|snapchat|youtube|threads|strava|account|profile|page|channel|story"
         "|stories|posts?|photos?|playlist|calendar|status|activities|workouts|runs|videos|reviews"
         "|repos?|repositories|boards?)(?: account)? (?:to )?(?:private|public|hidden|visible|invisible"
         "|protected)",
         "(?:turn off|turn on|switch off|switch on|hide|show|disable|enable|mute|unmute|silence|pause"
         "|stop) (?:my |the |all |every |all the )?(?:[a-z0-9'-]+ ){0,2}(?:read receipts|last seen"
         "|notifications?|alerts?|location (?:history|sharing|services|tracking)|online status"
         "|activity status|typing indicators?|auto-?updates?|auto-?renew(?:al)?|downtime(?: schedule)?"
         "|screen time|do not disturb|dnd|two-step|tracking)",
         "take (?:my|our|the) (?:[a-z0-9'-]+ ){0,2}(?:profile|account|page|listing|site|number|email)"
         " (?:out of|off) (?:the )?(?:public )?(?:search|results|search results|directory|google|list)",
         "let (?:google|apple|facebook|meta|amazon|microsoft|the app|them|it) (?:keep|track|use|share"
         "|see|access|store)",
         "(?:swap|change|update|replace) the (?:phone number|email|e-mail|password|address|card|name)"
         " on (?:my|our|the)",
         # the eighteenth corpus's acts on shared systems: "share the FY24 folder on Google
         # Drive with their new accountant, edit access", "help me close the GrabFood store
         # for tonight", "swap my Sat morning with Farah's Mon afternoon in the roster
         # system", "suspend driver Kamau's account", "upload the final grades to the
         # results portal and lock them for senate"
         "share (?:[^ !?]+ ){1,16}(?:edit|editor|admin|owner|write|full) (?:access|rights|permissions?)",
         "close (?:the |my |our )?(?:[a-z0-9'-]+ ){0,2}(?:store|shop|outlet|restaurant|listing|kitchen)"
         " (?:for (?:tonight|today|the (?:day|night|weekend|week|rest of the day))|until|till|early"
         "|temporarily)",
         "(?:swap|switch|trade|exchange) my (?:[a-z0-9'-]+ ){1,6}(?:with|for) (?:[a-z0-9'-]+ ){1,6}in the"
         " (?:[a-z-]+ )?(?:roster|rota|schedule|system|app)",
         "suspend (?:[a-z0-9'-]+ ){0,3}(?:account|access|login|profile|card|membership|subscription"
         "|licen[cs]e)s?",
         # (words without a full stop: "release notes. Keep ..." ends the check at once, a file
         # name still passes)
         "(?:upload|submit|post|publish|release)(?: [a-z0-9_:/@-]+(?:[.][a-z0-9_]+)?){0,8} (?:to|on|into)"
         " (?:the )?(?:[a-z0-9'-]+ ){0,3}(?:portal|lms|moodle|canvas|blackboard|google classroom)",
         "lock (?:them|it|the (?:[a-z0-9'-]+ )?(?:grades|marks|results|scores|records|entries"
         "|submissions|gradebook|register)) (?:for|in|so|before|now)",
         "(?:lock|freeze|unfreeze|unlock) (?:my|our|the) (?:[a-z0-9'-]+ ){0,2}(?:card|debit card"
         "|credit card|credit|account|file|sim)",
         "put a (?:freeze|lock|hold) on (?:my|our|the)",
         "(?:sign|log) (?:me |us )?out of (?:[a-z0-9'-]+ ){1,2}on (?:every|all|other)",
         # access to a shared account: "give my sister access to my Netflix"
         "(?:give|grant|share) (?:[a-z0-9@_.'-]+,? ){1,6}access (?:to|on) (?:my|our|the)",
         # membership given: "add her to the Clinicians group on Teams"
         "add (?:him|her|them) to (?:the |our |my )?(?:[a-z0-9'-]+ ){0,2}(?:group|groups|team|channel"
         "|distribution list|mailing list|workspace|org|organi[sz]ation|repo|project|server|tenant)",
         # a named person and their address, then the access: "give Femi
         # (femi@parcelwise.io) agent access in Zendesk"
         "(?:give|grant) [a-z0-9@_.'-]+ \\([^)]{1,80}\\) (?:[a-z0-9_.'-]+ )?(?:access|permissions?|rights)"
         " (?:to|on|in|for)",
         # the nineteenth corpus's: "put 1412 Birch Lake Rd live on the MLS", "disable her
         # AD account and pull her out of the VPN group"
         # (and any page: "Put it live on the course page now")
         "(?:put|make|set|push) (?:it|this|that|them|these|those|(?:the )?(?:build|version|release|update)"
         " [a-z0-9._-]+) live",
         "put (?:[a-z0-9'-]+ ){1,5}live on (?:the )?(?:mls|zillow|realtor[.]com|website|site|store"
         "|app store|play store|marketplace)",
         # a setting changed on the live system: "Change the early warning score trigger in
         # production Zorgkompas from 5 to 6 points right now"
         "(?:change|set|raise|lower|bump|increase|decrease|reduce|update|switch|flip) (?:[a-z0-9_.'-]+ ){1,6}in"
         " (?:the )?(?:production|prod|live)(?: [a-z0-9_.'-]+){0,2} (?:from [a-z0-9_.%'-]+ )?to [a-z0-9_.%'-]+",
         "(?:disable|deactivate) (?:her|his|their|the|my|our|[a-z0-9_.-]+'s) (?:[a-z0-9-]+ ){0,2}(?:accounts?"
         "|logins?|users?|profiles?)",
         "(?:pull|remove|take|kick) (?:her|him|them|[a-z0-9_.-]+) (?:out of|from|off) (?:the )?(?:[a-z0-9_-]+ ){0,3}"
         "(?:groups?|teams?|channels?|lists?|distribution lists?|vpn|org|roles?)",
         # groups and calls: "leave the group chat", "ending the call for everyone"
         "leave (?:the |this |that |our |my )(?:[a-z0-9'-]+ ){0,3}(?:chat|group chat|whatsapp group"
         "|channel|server|workspace|org|organization|community|thread|call|meeting)s?",
         "end(?:ing)? (?:the|this) (?:call|meeting|stream|webinar) for everyone",
         "hand(?:ing)? (?:the )?(?:meeting )?host over",
         # work systems: payroll, HR, CRM, tickets, pipelines
         "(?:kick off|start|run|submit|process|approve) (?:the |this |our )?(?:[a-z0-9-]+ ){0,2}payroll"
         "(?: run)?", "payroll run",
         "offboard (?:[a-z]+)", "put (?:[a-z]+ ){1,2}on (?:unpaid |paid |parental |medical )?leave",
         "put (?:the |our |my )?(?:[a-z0-9-]+ ){0,3}(?:team|staff|employees?|everyone|reps) on the (?:new )?"
         "(?:[a-z-]+ ){0,2}plan",
         "mark the (?:[a-z0-9'#-]+ ){1,3}(?:as )?(?:closed|closed-won|closed-lost|won|lost|done"
         "|resolved|complete|completed|approved|rejected|hired)",
         "move (?:ticket |issue |card |the ticket |the card )?(?:[a-z]+-[0-9]+ |#?[0-9]+ )?to (?:done|closed"
         "|resolved|complete|production|prod)",
         "close out (?:the |this |that |my |our |the customer's |their )?(?:[a-z0-9'-]+ ){0,2}(?:case"
         "|ticket|account|tab|order|incident|issue)",
         "re-?run (?:the |our )?(?:[a-z0-9-]+ ){0,2}(?:pipeline|deploy|deployment|release|job|workflow)",
         "skip-?tests? flag", "bump (?:the )?(?:ticket|incident|issue|bug) to p[0-9]",
         # a movement recorded in a register: "record the movement of the 14 calves in NAIT"
         "(?:record|register|log|submit|file) (?:the |a |this |these )?(?:[a-z0-9'-]+ ){0,8}(?:in|on)"
         " (?:nait|nlis|eidcymru|scotmoves|arams|bcms|the (?:national )?(?:register|registry))",
         # "record the NAIT movement of the 40 weaned calves to Darfield"
         "(?:record|register|log|submit|file|report|lodge) (?:the |a |this |these )?(?:nait|nlis|eidcymru"
         "|scotmoves|arams|bcms) (?:movements?|moves?|transfers?)",
         # registering the user's things: "register our B&B on the short-term letting
         # register" (not "register the handler with the router")
         "register (?:our|my|his|her|their) (?:[a-z0-9&'-]+ ){0,2}(?:business|company|b&b|bnb|guesthouse"
         "|property|properties|car|vehicle|van|dog|cat|pet|child|kids?|son|daughter|team|relay|entry"
         "|entries|domain|charity|birth|death|marriage|vote|interest|address|trademark|holiday let"
         "|letting|rental)",
         # "report the move of 62 lambs from CPH 54/321/0042 to Sennybridge mart"
         "(?:report|record|register|notify|log|submit) (?:the |a |this |that |these )?(?:moves?"
         "|movements?) of (?:the |these |those |all |our )?[0-9]+",
         # work items changed in bulk: "bulk move every ticket in sprint 42 to Closed
         # and then close the sprint"
         "bulk (?:move|close|delete|edit|update|transition|archive|reassign|cancel|remove|change)"
         " (?:every|all|the|these|those|[0-9]+)",
         "close (?:the |this |our |my )?(?:current |active )?sprint",
         # a listing's calendar: "block out 3 to 9 March on both Airbnb and Booking.com"
         "block (?:out|off) (?:[a-z0-9,'-]+ ){1,5}(?:on|in) (?:both |the |our |my )?(?:airbnb|booking"
         "|booking[.]com|vrbo|expedia|listings?)",
         "(?:ack|acknowledge|resolve|reassign|escalate|snooze|silence) (?:the |this |that |our )?(?:pagerduty"
         " |opsgenie |datadog |grafana )?(?:incident|alert|page)s?",
         "reassign (?:it|them|this|that|the (?:[a-z]+ )?(?:incident|ticket|issue|task|case|alert|shift)) to",
         "page (?:whoever is|the|our) on[- ]call", "get the offer (?:letter )?out",
         # putting a listing or a page live
         "put (?:the |our |my )?(?:[a-z0-9'-]+ ){0,2}(?:listing|page|post|site|ad|campaign|store|menu)"
         " live", "(?:go|goes) live (?:on|tonight|today|tomorrow|at)",
         # an item listed on a marketplace or for auction: "list my old bike on eBay for
         # 200", "go ahead and list the apartment on Airbnb", "list the house for auction"
         # (not "list the items for sale in the csv")
         "(?:list|relist|re-list) (?:it|this|them|these|those|the [a-z0-9'-]+(?: [a-z0-9'-]+)?"
         "|my [a-z0-9'-]+(?: [a-z0-9'-]+)?|our [a-z0-9'-]+(?: [a-z0-9'-]+)?)(?: for (?:sale|rent))? on"
         " (?:ebay|gumtree|craigslist|facebook marketplace|fb marketplace|marketplace|trade me|trademe"
         "|etsy|amazon|airbnb|depop|vinted|olx|jiji|carousell|poshmark|mercari|kijiji|realestate"
         "|zillow|rightmove|domain|vrbo|booking[.]com|mls|the mls)",
         "(?:list|relist|re-list) (?:it|this|them|the [a-z0-9'-]+(?: [a-z0-9'-]+)?|my [a-z0-9'-]+"
         "|our [a-z0-9'-]+) for auction",
         # a function called on the user's own account: "call update_privacy_settings(...) for
         # my account"
         "call [a-z0-9_.]+\\([^)]*\\) (?:for|on|against|in) (?:my|our|the user's|this)",
         # releasing to a public registry or store: "upload it to PyPI", "npm publish"
         "(?:upload|uploads|uploading|publish|publishes|push|pushes|release|releases|ship|ships"
         "|submit|submits)(?: [a-z0-9_.:/@-]+){0,3} to (?:the )?(?:pypi|testpypi|npm|npmjs"
         "|crates[.]io|rubygems|maven central|docker ?hub|dockerhub|ghcr|ecr|gcr|quay|app store"
         "|play store|google play|testflight|chrome web store|marketplace|registry|homebrew|nexus"
         "|nexus mods|nexusmods|curseforge|modrinth|steam workshop|itch[.]io|itch|thunderstore)",
         "(?:npm|yarn|pnpm|cargo|poetry|twine|gem|flit|hatch|uv) (?:publish|upload|push)",
         "docker push",
         # a feature flag turned on for everyone: "flip the new-checkout flag to 100%"
         "(?:flip|flips|enable|enables|turn on|switch on|roll out|ramp|ramp up|set|bump)"
         " (?:the |our |this |that )?(?:[a-z0-9_.-]+ ){0,3}(?:feature[- ])?(?:flags?|toggles?"
         "|rollouts?|kill ?switch(?:es)?)(?: [a-z0-9_.-]+){0,2} (?:to|for|at) (?:[0-9]+|all|everyone"
         "|everybody|every)",
         # where a domain's traffic and mail go: "change the MX records"
         "(?:change|update|edit|modify|delete|remove|add|point|switch|swap|move) (?:the |our |my "
         "|a |an |all (?:the |our )?)?(?:[a-z0-9.'-]+ )?(?:dns|mx|cname|txt|ns|spf|dkim|dmarc|a"
         "|aaaa|nameserver|name server)(?: records?| entries| entry| settings| servers?)",
         # votes and ballots: "vote my shares for all proposals"
         "votes? (?:my|our|all|all my|the|his|her) (?:[a-z]+ )?(?:shares|proxy|proxies|ballots?"
         "|stock|units)",
         "(?:submit|cast|send in|mail in|return) (?:my|our|the|his|her) (?:[a-z-]+ ){0,2}(?:ballots?"
         "|votes?|proxy|proxy cards?)",
         # agreeing for the user: "accept the updated Terms of Service"
         "(?:accept|accepts) (?:the |our |all |these |those |their |his |her |my )?(?:[a-z-]+ ){0,2}"
         "(?:terms|tos|terms of service|terms of use|terms and conditions|user agreement|agreement"
         "|contract|job offer|offer|invitation|quote|proposal|settlement|licen[cs]e|eula"
         "|counter-?offer)",
         # quitting a job for the user: "hand in my two weeks' notice"
         "(?:hand in|hands in|submit|submits|send|put in|turn in|tender|give) (?:my|his|her|their"
         "|our) (?:[a-z0-9'-]+ ){0,2}(?:notice|resignation|resignation letter)",
         # vehicles and drones: "remote start the car", "launch the DJI and fly the survey"
         "remote[- ]?start(?:s|ing)?",
         "(?:launch|fly|take off|land|arm) (?:the |my |our )?(?:[a-z0-9-]+ )?(?:drones?|dji|mavic"
         "|quadcopter|uav)",
         # going ahead with a pending act: "go ahead with the order"
         "(?:go ahead|proceed|carry on|move forward|continue) with (?:the |my |our |that |this "
         "|your )?(?:[a-z-]+ )?(?:order|purchase|payment|transfer|booking|reservation|deletion"
         "|deploy|deployment|release|refund|wire|trade|sale|cancellation|migration|merge|rollout"
         "|launch|upgrade|wipe|reset|checkout|transaction|submission|signup|sign-up|refinance|loan"
         "|mortgage|offer|deal|switch|contract|plan|lease|application|trade-in)s?",
         # devices that guard a home: "unlock the front door", "disarm the
         # alarm", "switch off the outdoor cameras"
         "(?:unlock|unlocks|unlocking|unlatch|unbolt|open|opens|opening) (?:the |my |our |his |her"
         " |their |all |all the |both )?"
         "(?:[a-z0-9'-]+ ){0,2}(?:doors?|locks?|smart ?locks?|deadbolts?|gates?|garage|garage doors?"
         "|trunk)",
         "(?:arm|disarm) (?:the |my |our )?(?:[a-z-]+ )?(?:alarms?|alarm systems?|security systems?)",
         "disarm (?:the |my |our )?(?:[a-z-]+ )?(?:system|security)",
         "(?:turn|switch|shut|power) off (?:the |my |our |all |all the |every )?(?:[a-z0-9'-]+ ){0,2}"
         "(?:alarms?|security systems?|cameras?|cams|smoke (?:detectors?|alarms?)|motion sensors?"
         "|surveillance|doorbell cam(?:era)?s?|locks?"
         # appliances and utilities whose stop does damage: "turn off the chest
         # freezer", "shut off the main water valve"
         "|freezers?|fridges?|refrigerators?|heating|heaters?|boilers?|furnaces?|hvac|valves?"
         "|water(?: supply| main| heater)?|gas(?: supply| line| main)?|power|electricity"
         "|breakers?|sprinklers?|pumps?|aquarium|life support|oxygen)",
         "(?:turn|switch|shut) (?:the |my |our )?(?:[a-z-]+ )?(?:alarms?|security system|cameras?"
         "|freezers?|fridges?|heating|boilers?|water|gas|power|valves?|breakers?|sprinklers?|pumps?"
         "|irrigation) off",
         # who can get in: passwords, second factors, keys, roles, membership
         "(?:disable|turn off|switch off|remove|reset|bypass) (?:the |my |our |his |her |their )?"
         "(?:[a-z'-]+ )?(?:2fa|mfa|two-factor|two factor|2-factor|multi-factor|multifactor"
         "|sso|totp|authenticator|passkeys?|security keys?)",
         "(?:change|reset|update) (?:my|our|his|her|their|[a-z]+'s|the|all|all the|every)"
         " (?:[a-z-]+ ){0,2}(?:passwords?|passcodes?|passphrases?|pin|(?:alarm|door|gate|access|lock|entry"
         "|garage|safe|keypad) codes?)",
         "(?:rotate|regenerate|reissue|invalidate|roll) (?:the |my |our |all |all the |every |their"
         " |his |her )?(?:[a-z0-9_-]+ ){0,3}(?:keys?|tokens?|secrets?|credentials?|passwords?"
         "|certs?|certificates?)",
         "(?:give|grant|gives|grants|granting|giving) (?:[a-z0-9@_.'-]+,? ){0,6}(?:admin|owner|root"
         "|write|full|edit|editor|sudo|superuser|maintainer|push|merge|billing|production|prod"
         "|delete|elevated|read|read-only|readonly|view|viewer|comment|commenter|guest|member"
         "|administrator|poweruser|power user)"
         # (an AWS policy name runs the words together: "AdministratorAccess")
         "[ -]?(?:access|rights|permissions?|privileges?|roles?)",
         # account settings changed for the user: "change my Amazon shipping address to ..."
         "(?:change|update|set|switch) (?:my|our|the|his|her|their) (?:[a-z0-9-]+ ){0,2}(?:shipping"
         "|billing|delivery|home|mailing|email|e-mail|forwarding|default) address(?:es)?",
         # "sign out all the other sessions", "log out of every device"
         "(?:sign|log) (?:me )?out (?:of )?(?:all|every|other|the other)(?: the)?(?: other)?"
         " (?:sessions?|devices?|browsers?)",
         "(?:turn on|enable|set up|switch on) (?:the |my |our )?(?:2fa|mfa|two-factor|two factor"
         "|2-factor|multi-factor|multifactor)",
         # sharing with the world: "make the Q4 planning doc viewable by anyone with the link"
         "(?:make|set|share|turn) (?:the |our |my |this |that |his |her |their |all )?(?:[a-z0-9_.-]+ ){0,3}"
         "(?:docs?|documents?|files?|folders?|sheets?|spreadsheets?|decks?|drives?|repos?|buckets?"
         "|albums?|pages?|boards?|videos?|calendars?|notes?)(?: (?:viewable|editable|visible"
         "|accessible|shareable|public|open))? (?:by|to|for|with) (?:anyone|everyone|the public"
         "|all users|anybody)",
         "grant (?:[a-z0-9@_.'-]+ ){0,3}(?:access|permissions?|privileges?|rights)",
         # a role given on a system: "give the contractor admin on the AWS account"
         "(?:give|gives|giving|grant|grants|granting) (?:[a-z0-9@_.'-]+ ){1,3}(?:admin|owner|root"
         "|sudo|superuser|maintainer|editor) (?:on|to|for|in|over) (?:the |our |my |their |his |her )?"
         "(?:[a-z0-9_.-]+ )?(?:accounts?|org|organization|repos?|repository|servers?|projects?"
         "|workspaces?|clusters?|databases?|db|buckets?|channels?|teams?|tenants?|subscriptions?"
         "|aws|gcp|azure|github|gitlab|slack|console|dashboard|domain)",
         "make (?:[a-z0-9@_.'-]+ ){1,3}an? (?:owner|admin|administrator|maintainer|superuser"
         "|co-owner|moderator|org owner)",
         "add (?:[a-z0-9@_.'-]+ ){1,3}as (?:an? )?(?:owner|admin|administrator|maintainer"
         "|superuser|co-owner|moderator|collaborator)",
         "(?:kick|ban|suspend|demote|boot) (?:@?[a-z0-9_.'-]+ ){1,3}(?:from|out of|off) (?:the |our |my )?"
         "(?:[a-z0-9_-]+ ){0,2}(?:org|organization|team|workspace|repo|repository|server|channel"
         "|group|account|discord|slack|project|profile|plan|household|family|list|chat)",
         # acting on someone's account: "block and report @crypto_deals",
         # "unfollow that account"
         "(?:block|unblock|unfollow|unfriend|mute|report|ban|kick|remove)(?: and (?:block|report"
         "|unfollow|mute|ban|remove))? (?:the |this |that )?(?:account |user |profile |number |contact )?"
         "@[a-z0-9_.]+",
         "(?:block|unblock|unfollow|unfriend|mute)(?: and (?:block|report|unfollow|mute))? (?:this|that"
         "|the|my|his|her|these|those|all (?:the|those|these)?) ?(?:[a-z0-9'-]+ ){0,2}(?:accounts?"
         "|users?|numbers?|contacts?|profiles?|pages?|senders?|callers?)",
         # closing work items: "close all the stale issues older than 6 months"
         "close (?:all |all the |the |these |those |every |any |my |our |both )?(?:[a-z0-9-]+ ){0,2}"
         "(?:issues|prs|pull requests|tickets|merge requests|bugs|issue|pr|pull request|ticket"
         "|merge request) ?(?:#?[0-9]+)?",
         # an agent told to close them all: "the assistant closes every ticket older than 90 days"
         "closes (?:all|every|each|any) (?:[a-z0-9-]+ ){0,3}(?:issues?|prs?|pull requests?|tickets?"
         "|merge requests?|bugs?)",
         # restarting a named server interrupts everyone on it: "restart postgres on db-primary"
         "(?:restart|restarts|restarting|reboot|reboots|bounce) (?:the )?(?:postgres|postgresql|mysql"
         "|mariadb|redis|mongo|mongodb|nginx|kafka|elasticsearch|rabbitmq|apache|haproxy|memcached"
         "|cassandra|zookeeper)",
         # running something against production: "run the migration against prod"
         "(?:run|execute|apply) (?:the |this |that |these |those |our |my |all (?:the )?|a )?"
         "(?:[a-z0-9_.-]+ ){0,2}(?:migrations?|scripts?|quer(?:y|ies)|sql|backfills?|jobs?|commands?"
         "|playbooks?|patch|patches|hotfix|fix) (?:on|against|in|to) (?:the )?(?:prod|production"
         "|live)",
         # signing for the user: "sign the lease renewal in DocuSign"
         "(?:sign|e-sign|countersign|sign off on) (?:the|this|that|my|our|these|those|both|all"
         " the)(?: [a-z0-9'-]+){0,2} (?:lease|leases|contracts?|agreements?|nda|ndas|offers?"
         "|forms?|documents?|docs?|papers|paperwork|petitions?|waivers?|renewals?|amendments?"
         "|addend(?:um|a)|release|consent|sow|msa|deed|will|application)",
         # "sign it via DocuSign for me", "countersign them on our behalf"
         "(?:sign|e-sign|countersign) (?:it|them|this|that|both|all of them)(?: [a-z]+)? (?:for me|for us"
         "|on my behalf|on our behalf|(?:via|in|through|with|on|using) (?:docusign|adobe sign|hellosign"
         "|dropbox sign|pandadoc|signnow|yousign|the portal))",
         "suspend (?:the |his |her |their |this |that |[a-z]+'s )?(?:[a-z-]+ )?accounts?",
         # infrastructure: "scale the prod cluster to zero", "terraform apply", "roll it back"
         "scale (?:the |our |my |all |all the )?(?:[a-z0-9_.-]+ ){0,3}(?:clusters?|deployments?"
         "|services?|nodes?|node ?pools?|pods?|replicas|instances?|asgs?|auto ?scaling groups?"
         "|workers?|fleet|databases?|dbs?|replica ?sets?|statefulsets?)"
         # (then its name and namespace: "scale the deployment billing-worker in namespace
         # prod to 0 replicas")
         "(?: [a-z0-9_.-]+| in (?:namespace |ns )?[a-z0-9_.-]+){0,3} (?:down |up )?to"
         " (?:zero|0|[0-9]+)",
         "scale (?:it|them|everything|prod|production|staging) (?:down |up )?to (?:zero|0|[0-9]+)",
         # a named deployment: "scale checkout-canary to 0", "scale api_v2 down to 4 replicas"
         "scale [a-z0-9.]*[-_][a-z0-9_.-]* (?:down |up )?to (?:zero|0|[0-9]+)",
         "(?:shrink|grow|resize) (?:the )?(?:[a-z0-9_.-]+ )?(?:node ?pools?|clusters?|asgs?|auto ?scaling groups?"
         "|fleet|replica ?sets?|deployments?)(?: [a-z0-9_.-]+)? (?:from [0-9]+ )?to [0-9]+",
         "scale down (?:the |our )?(?:prod|production)",
         "terraform apply", "pulumi up",
         "kubectl (?:apply|scale|drain|cordon|patch|replace|rollout (?:restart|undo))",
         "helm (?:install|upgrade|uninstall|rollback)",
         "roll (?:it|this|that|them|everything|(?:the|this|that|our|my|today's|last) (?:[a-z0-9_.:-]+ ){0,2}"
         "[a-z0-9_.:-]+) back",
         # the user approving the agent's proposal: "> I can rotate the production key ...
         # Proceed?\n\nyep do it", 'Earlier you said: "... Want me to issue it?" looks good,
         # go ahead' (the proposal is quoted or in the agent's first person, so its act
         # reads as content; the approval is the request)
         "(?:proceed|shall i (?:go ahead|proceed|do it|do that|" + _APPROVED_ACTS + ")(?: [a-z0-9'-]+){0,3}"
         "|(?:want|like) me to (?:go ahead|proceed|do it|do that|" + _APPROVED_ACTS + ")(?: [a-z0-9'-]+){0,3}"
         "|ok to proceed|okay to proceed)[?][\"']?(?: [a-z0-9'-]+,?){0,3}? (?:yes|yep|yeah|yup|ok|okay|sure"
         "|go ahead|do it|proceed|approved|confirmed|ship it|go for it|lgtm|looks good)",
         # a DNS change: "go ahead with the DNS change", "switching shop to 203.0.113.48"
         "(?:go ahead with|proceed with|make|do|apply|push|roll out|ship) (?:the |this |that |a )?dns"
         " (?:change|changes|update|updates|switch|cutover|flip)",
         "(?:switch|switching|point|pointing|repoint|repointing|change|changing|update|updating)"
         " (?:the )?(?:[a-z0-9_.-]+ )?(?:a |aaaa |cname |mx |txt )?(?:records? )?to (?:[0-9]{1,3}[.]){3}[0-9]{1,3}",
         # a service by its name: "roll payments-api back to the previous release"
         "roll [a-z0-9.]*[-_][a-z0-9_.:-]* back",
         # a rollback asked for as a thing done: "do a rollback of prod"
         "(?:do|perform|run|execute|trigger|initiate|start|kick off) (?:a|an|the) (?:full |quick |manual"
         " |immediate |emergency |hard )?rollback (?:of|on|to|now|immediately|asap|right away)",
         # capacity raised on production: "bump the prod autoscaling max from 12 to 20 nodes"
         "(?:bump|raise|increase|lower|reduce|set) (?:the )?(?:prod|production|live)(?: [a-z0-9_.-]+){0,4}"
         " (?:from [0-9]+ )?to [0-9]+ (?:nodes|replicas|instances|pods|workers|servers|vms)",
         # releases: "tag v2.4.0", "cut the release"
         "tag (?:(?:it|this|that|the (?:release|commit|build)|head|main) (?:as )?)?v[0-9]+[.][0-9]+",
         "cut (?:a |the |our |this )?(?:new )?(?:[a-z0-9.-]+ )?release(?: candidate)?",
         # making something unavailable: "take the landing page offline"
         "(?:take|takes|taking|bring|brings|bringing|put|puts|putting)(?: [a-z0-9_.'-]+){1,4}"
         " offline",
         "take down (?:the|our|my|this|that|their|his|her)(?: [a-z0-9_.-]+){0,2} (?:site|website"
         "|page|server|service|app|store|post|listing|video|repo|database|api)s?",
         "(?:restart|reboot|bounce)(?: the)? (?:prod|production|staging|live)",
         # restarting a server, database or cluster interrupts everyone on it
         "(?:restart|restarts|restarting|reboot|reboots|rebooting|bounce|power cycle|power off)"
         "(?: the| our| my| all| every| this| that)?(?: prod| production| live| primary| main"
         "| staging)?(?: [a-z0-9_.-]+)? (?:servers?|clusters?|databases?|db|dbs|nodes?|pods?"
         "|services?|instances?|vms?|hosts?|containers?|deployments?|workers?|boxes|box)",
         # calendar changes in other words
         "(?:move|moves|moving|push|bump|shift|reschedule)(?: my| our| the| his| her| their"
         "| this| that| today's| tomorrow's)(?: [a-z0-9:'-]+){0,2} (?:meetings?|calls?|sync"
         "|standup|stand-up|1:1|one-on-one|appointments?|interview|demo|lunch|dinner|session"
         "|[0-9]{1,2}(?::[0-9]{2})? ?(?:am|pm))",
         "(?:add|put|block)(?: [a-z0-9:'@&-]+){0,8} (?:to|on|into|in) (?:my|our|the|his|her"
         "|their)(?: [a-z']+)? calendars?",
         "(?:accept|accepts|decline|declines)(?: the| this| that| his| her"
         "| their| my| [a-z]+'s)?(?: [a-z']+){0,3} (?:invites?|invitations?|meetings?|offer"
         "|requests?)",
         "rsvp", "sign (?:me|us|him|her|them) up",
         # "Sign the design team up for the Figma Organization plan on the company card"
         "sign (?:the |our |my )?(?:[a-z0-9'-]+ ){1,3}up for (?:the |a |an |our )?(?:[a-z0-9'-]+ ){0,3}(?:plan"
         "|subscription|tier|seats?|account|membership|trial|course|class|program|programme)",
         # a port opened: "Just open 5432 on the prod DB", "open port 22 to the world"
         "open (?:up )?(?:port |ports )?[0-9]{2,5} (?:on|to|in|for) ",
         # making something visible to everyone: "flip the analytics repo to public"
         "(?:make|flip|switch|set|change|turn) (?:the |our |my |this |that |his |her |their |all )?"
         "(?:[a-z0-9_.-]+ ){0,2}(?:repos?|repositor(?:y|ies)|buckets?|folders?|drives?|profiles?"
         "|accounts?|channels?|projects?|datasets?|docs?|documents?|sheets?|videos?|playlists?"
         "|calendars?|boards?|workspaces?|gists?|pages?|posts?|albums?)(?: visibility)? (?:to |into )?"
         "(?:public|private)",
         # signing a document already named: "then e-sign it in DocuSign"
         "(?:e-sign|esign|countersign) (?:it|them|this|that|these|those|the|my|our|both|all|each"
         "|every)",
         # moving a build on: "promote the build to production"
         "promote(?: [a-z0-9_.#:-]+){1,4} (?:to|into) (?:the )?(?:prod|production|live|stable|release"
         "|main|master|admin|owner)",
         # a booking with its date and a deposit: "Book the Riverside Pavilion for June 21
         # and put down the $500 deposit"
         "book (?:the |a |an |our |my )?(?:[a-z0-9'&-]+ ){1,3}for (?:jan|feb|march|april|may|june|july|aug"
         "|sept?|oct|nov|dec)[a-z]* [0-9]",
         "put down (?:a |the |our |my )?(?:[\\$_][0-9][0-9,.]* |[0-9][0-9,.]* )?(?:deposit|down payment)",
         # a canary taken to everyone: "promote the canary to 100% in production"
         "promote (?:the |this |that |our )?(?:[a-z0-9_.-]+ )?canary",
         # taking access or service away: "cut off his laptop access"
         "cut (?:off )?(?:[a-z0-9@_.'-]+ ){0,3}(?:access|logins?|badges?|accounts?|service|internet"
         "|wifi|power|funding|allowance)(?: off)?",
         # letting an employee go: "let Kevin go effective today"
         "let (?:[a-z0-9'-]+ ){1,2}go (?:effective|immediately|today|tomorrow|now|this (?:week|month"
         "|friday)|at the end of|by end of|before)", "(?:register|enroll|enrol) (?:me|us|him|her|them)",
         # a domain bought: "register tidewater-kayaks.com", "grab the domain foo.dev"
         "(?:register|buy|grab|purchase|renew) (?:the |a |that |this )?(?:domain )?(?:name )?"
         "[a-z0-9-]+[.](?:com|net|org|io|dev|app|co|ai|xyz|shop|store|info|biz|me|us|uk|de|fr|ca"
         "|co[.]uk)\\b",
         # changes run on production: "run 0042_remove_columns.sql against the production
         # database", "apply the migration on prod", "run it in the prod workspace", "roll
         # prod back to yesterday's build"
         # (a command may be quoted: "Run `alembic upgrade head` against the production database")
         "(?:run|apply|execute) (?:the |this |that |our |my )?(?:[a-z0-9_./`-]+ ){0,3}(?:against|on|to|in)"
         " (?:the )?(?:prod|production|live)\\b",
         "roll (?:the |our )?(?:prod|production|live|site|app|api|service|release|deploy|cluster"
         "|[a-z0-9-]+-(?:prod|production)) back",
         # answering an invitation: "accept the Halden QBR and decline the product sync"
         "(?:accept|decline) (?:the |this |that |both |all |his |her |their |my |our )?(?:[a-z0-9&'-]+ ){0,3}"
         "(?:invites?|invitations?|meetings?|qbrs?|syncs?|calls?|events?|offers?|requests?|bookings?"
         "|appointments?|interviews?|reviews?|workshops?|lunch(?:es)?|stand-?ups?|sessions?|webinars?"
         "|1:1s?|one-on-ones?|catch-ups?|check-ins?)",
         # a service named, then where: "roll dispatch-api in prod-us back to 2026.03.09-2"
         "roll (?:[a-z0-9_.-]+ ){1,4}back to",
         # visibility changed: "make the GitHub repo acme/billing-service public"
         "make (?:the |our |my |this |that )?(?:[a-z0-9_./-]+ ){0,3}(?:repo|repository|project|page|profile"
         "|account|channel|folder|drive|doc|document|sheet|spreadsheet|bucket|site|video|post|board|calendar"
         "|album|playlist|dashboard|workspace|gist)(?: [a-z0-9_./-]+){0,2} (?:public|private)",
         "set (?:the |its )?(?:[a-z]+ )?visibility to (?:public|private)",
         "(?:change|set|switch|flip|update) (?:the )?visibility of (?:the )?(?:[a-z0-9_./-]+ ){1,3}to"
         " (?:public|private)",
         # an agent's pending tool call approved: "[assistant tool_call] {...} [user] yes,
         # execute it"
         "(?:yes|ok|okay|sure|approved?|confirmed?|go ahead)[,.!]? (?:please |just |now )?execute (?:it|that|this"
         "|them|the (?:call|tool call|action|command|change|request|plan))",
         # a hotel's or a shop's live inventory and prices: "close out the superior doubles
         # on those dates", "change the Booking.com rates for October"
         "close out (?:the |all (?:the )?)?(?:[a-z0-9-]+ ){0,2}(?:rooms?|doubles|singles|twins|triples|suites"
         "|dates|nights|inventory|availability|dorms?|beds?)",
         "(?:change|raise|increase|lower|cut|set|update) (?:the |our |all (?:the |our )?)?(?:booking[.]com"
         "|airbnb|expedia|vrbo|hotels[.]com|shopify|etsy|ebay|amazon|woocommerce|channel manager|website"
         "|online|live) (?:room )?(?:rates|prices|pricing)",
         # a runbook's steps done on production: "do steps 3 to 5 now on prod-us"
         "(?:do|run|execute|perform|carry out) steps? [0-9]+(?:(?: to| through| and| ?-| ?,) ?[0-9]+)*"
         "(?: now)? (?:on|in|against) (?:the )?(?:prod|production|live|prod-[a-z0-9-]+)",
         # people put in a group with a note on who they are: "add Tomás Ribeiro (starts
         # Monday, support team in Lisbon) to the support-lisbon@corvane.io Google group"
         "add (?:[a-z0-9@_.'-]+ ){1,3}(?:\\([^)]{1,80}\\) )?to (?:the |our |my )?(?:[a-z0-9@_.'-]+ ){0,3}"
         "(?:group|groups|distribution list|mailing list)",
         # a paid seat or a role given: "give him a Zendesk agent seat", "grant Wen Li the
         # ACCOUNTADMIN role in Snowflake"
         "(?:give|assign|grant) (?:him|her|them|[a-z]+) (?:a|an|the) (?:[a-z0-9_-]+ ){0,3}(?:seat|licen[cs]e)s?",
         "(?:grant|assign|give) (?:[a-z0-9@_.'-]+ ){1,3}(?:the |a |an )?(?:[a-z0-9_-]+ )?roles? (?:in|on|for"
         "|to|until|at)",
         "(?:change|update|modify|switch|repoint|point) (?:the |our |my )?dns",
         # a live price changed: "cut the enterprise plan price to $99 on the site"
         "(?:cut|drop|raise|lower|change|update|set|increase|reduce|bump) (?:the |our |my )?(?:[a-z0-9'-]+ ){0,3}"
         "prices? (?:of (?:the |our |my )?(?:[a-z0-9'-]+ ){0,3})?(?:to|by) [\\$_]?[0-9][0-9.,]*%? (?:on|in)"
         " (?:the |our |my )?(?:site|website|store|shop|listing|app|checkout|stripe|shopify|pricing page)",
     )),
)

# Signals that read what the user asks for or about, not what they hand
# over: a year, "latest", "plan", "architecture" or "refund" inside text
# given to be rewritten or translated is content ("shorten: 'the plan is to
# publish the 2026 roadmap'", "translate into German: '... a refund within 5
# days'"), so these are guarded by the prose-edit form; so are the tool,
# file, calendar and shell words ("make this shorter for a sticky note: take
# the passport copies and the two photos to the appointment").
_REQUEST_SIGNALS = (
    "current_info_intent", "freshness_object", "multi_step_reasoning", "architecture",
    "legal_domain", "medical_domain", "financial_domain", "tool_intent", "file_intent",
    "calendar_intent", "shell_intent", "github_intent", "research_intent",
)
_MONTHS = (
    "(?:jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept"
    "|september|oct|october|nov|november|dec|december)"
)
# (Rare words only: a benign side's first words are looked up in every text its
# positive side matches, and "on", "in" or "the" would make every such text walk.)
_DATE_PREPOSITIONS = "from|since|as of|effective|starting|until|till|z|ab|vanaf"
# ... and what else exempts them: a Python traceback's header is not a
# question about recent events; a phone or meal plan is not planning.
_REQUEST_BENIGN = {
    # a rota, not a phone call: "the on-call handoff doc", "#platform-oncall"
    "tool_intent": "|" + _words("on-call", "on call (?:rota|rotation|schedule|engineer|person|week|shift"
                                "|handoff|handover|summary|channel)"),
    "current_info_intent": "|" + _words(
        "most recent call last",
        # the user's own numbers moving: "Why did our sales drop? Jan 420 orders, Feb 395"
        "did (?:our|my) (?:[a-z0-9'.-]+ ){1,4}" + _HAS_MOVED,
        # what the user has now: "current idea: 10% of first-year ACV"
        "current (?:idea|plan|thinking|draft|approach|setup|design|proposal|structure|process|code"
        "|implementation|logic|workflow|layout|wording|schema|model|architecture|version of (?:my|our))",
        # a model year: "swap my 2014 Corolla for a used 2021 Nissan Leaf"
        "(?:used|new|old|my|our|a|an|his|her|their) (?:20[0-3][0-9]|19[0-9][0-9]) (?:[a-z]+ )?(?:car|van|truck"
        "|suv|model|toyota|honda|ford|nissan|bmw|audi|vw|volkswagen|tesla|kia|hyundai|mazda|subaru"
        "|volvo|mercedes|corolla|civic|macbook|iphone|ipad|laptop|bike|camper|motorbike|transit"
        "|sprinter|vivaro|hilux|ranger|fiesta|focus|golf|polo|yaris|prius|leaf|qashqai)",
        # the user's own figures as they stand: "Right now €14/month for 250 g, 410
        # subs", "this year they're quoting £24,000" (not "bitcoin price right now?")
        # a container image's tag: "image: nginx:latest", "docker pull redis:latest"
        "(?:image|from|tag|uses|pull|run)(?::| ) ?[a-z0-9_./@-]+:latest",
        "right now (?:[\\$_]?[0-9]+|we|i|it's|its|we're|i'm|we've|i've|there's|there are|our|my)",
        # the user's own figure as it stands: "when variable is currently €0.26"
        "currently (?:at |about |around |only |just )?(?:[\\$_] ?)?[0-9]",
        # a date in pasted output or code ("expected '2026-06-29' to equal ..."), the
        # latest value of a column ("keeping the row with the latest ingest_ts")
        "20[2-3][0-9]-[0-9]{2}-[0-9]{2}",
        # a language edition: "the hourglass crate (Rust 2021)", "target ES2020", "C++20"
        "(?:rust|edition|ecmascript|es|cpp|fortran) 20[0-3][0-9]", "es20[0-3][0-9]",
        # the end of a period planned: "in the last week of the term", "the last two weeks
        # before the exam"
        "(?:in|over|during|within|from) the (?:last|past) (?:few |couple of |[0-9]+ |two |three |four |six )?"
        "(?:days|weeks|months|week|month) (?:of|before|until|ahead|leading|prior|left|to go)",
        # (a column's name, not a word with an accent: "the latest Québec budget" reads
        # "latest qu_bec")
        "latest [a-z0-9]*_(?:[a-z0-9]+_)*(?:at|ts|id|date|time|timestamp|on|version|seq|no|num|value|dt|utc)",
        "latest [a-z0-9]+_[a-z0-9]+_[a-z0-9_]+",
        # a calendar date written out, or a calendar fact: "Write 3 March 2025 in ISO 8601",
        # "March 4 2025, July 19 2025", "Is 2028 a leap year?" (not a date something
        # holds from: "the new rates from 20 March 2026", "the NBP rate z 21.09.2026": the
        # preposition, the day and the month are taken first, and the year is left to the
        # positive side; nor a month and a year alone, "the January 2026 instalment")
        "(?:" + _DATE_PREPOSITIONS + ") (?:the )?[0-9]{1,2}(?:(?: of)? " + _MONTHS + ")?",
        "[0-9]{1,2}(?: of)? " + _MONTHS + "[.,]? 20[2-3][0-9]", _MONTHS + "[.]? [0-9]{1,2},? 20[2-3][0-9]",
        "(?:is|was|will) 20[2-3][0-9] (?:be )?a leap year", "20[2-3][0-9] (?:is|was|will be) a leap year",
        # a year in the user's own plan or document: "expects 312 000 zł revenue in 2027",
        # "pricing for 2027", "our 2026 price list is attached"
        "(?:expects?|expected|expecting|planned|planning|plan|budget|budgeted|forecast|projected|targets?"
        "|aim|aiming|due) (?:[a-z0-9_.,'-]+ ){0,6}in (?:[a-z]+ )?20[2-3][0-9]",
        "(?:pricing|prices|budget|plan|plans|forecast|targets?|goals?|roadmap|schedule|calendar|season)"
        " for 20[2-3][0-9]",
        "(?:our|my) 20[2-3][0-9] (?:[a-z-]+ )?(?:price list|prices|catalog|catalogue|budget|plan"
        "|report|accounts|tax return|brochure|menu|rates|calendar|schedule|season|vintage|harvest)",
        # the user's own figures and systems as they are: "today: 24.2 Brix", "Today
        # order-service reserves a slot", "Today it's a nightly batch"
        "today:? [0-9]+", "today,? (?:we|our|it's|its|it is|it|this|that|[a-z0-9_]+-service)",
        "this year (?:they|we|i|he|she)(?:'re|'ve| are| have| were| had| want| said| quoted)",
        # the user's own price change: "churn went up after we raised prices 15%"
        "(?:we|i) (?:raised|increased|hiked|lowered|cut|changed) (?:our |the |my )?(?:prices?|fees?|rates?)",
    ),
    # the user's own rules laid out: "3 shifts ... Rules: - nobody does two nights"
    "freshness_object": "|" + _words("(?:rules|constraints|requirements): (?:- |[0-9][.)] )?[a-z]+",
                                     # "I emailed a price quote to the wrong client yesterday"
                                     "(?:a|the|my|our) price quotes?"),
    # an online shop: "il sito del negozio online", "our online store"
    "research_intent": "|" + _words("(?:negozio|tienda|boutique|shop|store|winkel|sklep|loja|butik|webshop)"
                                    " online", "online (?:shop|store|booking|form|course|banking|orders?|sales"
                                    "|payments?|checkout)"),
    "multi_step_reasoning": "|" + _words(
        "(?:family|data|phone|mobile|cell|pricing|subscription|payment|premium|free|basic|pro"
        "|business|enterprise|team|student|annual|monthly|yearly|unlimited|prepaid|postpaid|meal"
        "|health|insurance|dental|vision|medicare|medical|retirement|savings|pension|floor|lesson"
        "|seating|installment|instalment|data-only|starter|paid|growth|scale|standard|plus|advanced"
        "|essentials?|ultimate|lite|hobby|creator|startup|agency|legacy|trial) plans?",
        "meal[- ]prep plans?", "(?:diet|eating|nutrition) plans?",
        # a job title or an exam: "I passed the AWS Solutions Architect Associate exam"
        "(?:solutions?|cloud|enterprise|aws|azure|gcp|salesforce|data|security|software|network"
        "|systems?) architects? (?:associate|professional|expert|exam|certification|certificate|cert"
        "|role|position|job|interview|title|course|badge)",
    ),
}

#: (signal name, regex): the signal is set when the regex matches anywhere.
PRESENCE_PATTERNS: Final[tuple[tuple[str, str], ...]] = tuple(
    (name, pattern) for name, pattern in _PRESENCE_PATTERNS if name not in _REQUEST_SIGNALS
)
#: (signal name, benign regex, positive regex): see the module docstring.
GUARDED_PATTERNS: Final[tuple[tuple[str, str, str], ...]] = tuple(
    (name, _QUOTED_PROSE + _REQUEST_BENIGN.get(name, ""), pattern)
    for name, pattern in _PRESENCE_PATTERNS
    if name in _REQUEST_SIGNALS
) + _GUARDED_PATTERNS

# Bit ``i`` of a signal mask is ``SIGNAL_NAMES[i]``, written out in
# feature_constants so that scoring on the Rust backend needs no table; the
# table must name the same signals in the same order.
if tuple(name for name, _ in PRESENCE_PATTERNS) + tuple(name for name, _, _ in GUARDED_PATTERNS) != SIGNAL_NAMES:
    raise AssertionError("the table's signals differ from feature_constants.SIGNAL_NAMES: update one to match")

# --- pasted material ------------------------------------------------------------
# A prompt that hands over a block ("Summarize this thread for my manager:"
# and the thread) takes its action signals from the user's own lines only
# (``model_router.pasted``) when those lines ask for something done with the
# text and do not hand the block over to be acted on. Both regexes are
# searched in each normalized user part; a doubt keeps the block's acts.
# (The signals they exempt, PASTED_*_SIGNALS, are in feature_constants.)

# Code or its output handed over with the ask ("fix this function:", "the log
# below"). Not _CODE_NOUNS: "here's the task:" or "the job:" hand over work to do.
_CODE_HANDED_OVER = (
    "function", "functions", "script", "scripts", "code", "class", "method", "query", "queries",
    "file", "config", "workflow", "yaml", "json", "snippet", "program", "component", "module",
    "test", "tests", "error", "errors", "stack trace", "traceback", "log", "logs", "diff", "patch",
    "migration", "dockerfile", "makefile", "pipeline", "regex", "sql", "schema", "output",
)

#: The user's lines ask for something done with the text: a question, an
#: edit, a reading, an explanation, a draft, a comparison, work on handed-over
#: code, or the user's own plan to act ("I'll post it myself").
PASTED_TEXT_REQUEST: Final[str] = (
    r"[?]|\b(?:" + _EDIT_VERBS + r"|" + _HANDOVER_VERBS
    + r"|sum up|summary|recap|boil (?:this|it|these|them) down|break (?:this|it|these|them) down"
    r"|draft|write|compare|work out|figure out|calculate|estimate|reorgani[sz]e|organi[sz]e"
    r"|group|prioriti[sz]e|rank|check|fact-check|which|why|how|should (?:i|we|this|it|my|our)"
    r"|what(?:'s| is| are| does| do| did| should| can| could| would| will| was| were| happens| else"
    r"| exactly| kind| other| options| questions)|is this|are these"
    r"|does this|do these|help me|replace|lay out|outline|weigh|recommend|pros and cons"
    r"|(?:image|picture|illustration|drawing|logo|poster|banner|thumbnail|header|cover) (?:for|of|from"
    r"|based on)"
    r"|make (?:this|it|these|them)(?: [a-z]+){0,2} (?:sound|more|less|shorter|longer"
    r"|clearer|friendlier|nicer|polite|formal|casual)|turn (?:this|these|it|them)(?: [a-z'-]+){0,3} into|plain english"
    r"|in plain words|simple terms|my options"
    r"|(?:this|these|the|my|our|following) (?:" + "|".join(_CODE_HANDED_OVER) + r")"
    # work on code: "implement per-tenant rate limiting in src/...", "add unit tests"
    r"|implement|refactor|debug|fix (?:it|this|the|that|them|these|those|all|each|every)"
    r"|write (?:unit |integration |e2e )?tests?"
    # reading what was pasted: "Review this deploy script ...", "Reason it out", "Order
    # these for next quarter and justify it", "transcribe the text exactly"
    r"|review|explain|justify|transcribe|reason (?:it|this|that) out|think (?:it|this|that) through"
    r"|order (?:these|them|those)"
    r"|add (?:unit |integration |e2e |regression )?tests?|run (?:the )?(?:tests?|test suite|linter)"
    r"|(?:i'll|i will|we'll|we will|i'm|i am|we're|we are)(?: [a-z']+){0,6} (?:myself|ourselves)"
    r"|not asking you to|don't (?:do|send|pay|cancel|delete|post|book|buy|order|act on)"
    r"|do not (?:do|send|pay|cancel|delete|post|book|buy|order|act on)"
    r")\b"
)

#: ... unless they hand the block over to be acted on ("do these for me",
#: "take care of it", "follow the steps above", "go ahead"): then the
#: block's acts stay.
PASTED_ACT_REQUEST: Final[str] = (
    r"\b(?:(?:^|please |pls |can you |could you |would you |will you |just |now |then |and |go |so )"
    r"(?:do|handle|action|process|complete|finish|execute|perform|apply|submit)"
    r" (?:it|this|that|these|those|them|all|everything|each|every|the above|the following|the rest"
    r"|whatever|what)"
    r"|(?:take care of|deal with|act on|work through|get through|tick off|knock out|carry out"
    r"|follow|action) (?:it|this|that|these|those|them|all|everything|each|every|the above"
    r"|the following|the list|the rest|the steps|the instructions|my instructions|whatever|what)"
    r"|sort (?:it|this|that|these|them) out|go ahead|proceed|on my behalf|make (?:it|this|that"
    r"|these|them) happen|get (?:it|this|that|these|them|everything) done"
    r"|(?:need|want|would like|i'd like) you to|for you to do|your (?:task|job) is|your instructions"
    r"|go through all of (?:it|them|this|these)"
    r"|(?:carry on|continue|keep going|crack on|press on|get on|go on) with (?:what's left|what is left|what remains"
    r"|the rest|the remaining (?:[a-z-]+)|the open (?:items|steps|tasks|ones)|the unchecked (?:items|steps|tasks|ones))"
    r"|(?:need|want|needs|have|has|get|got) (?:done|handled|sorted|taken care of|actioned|dealt with)"
    # (not the "do" of a "to-do list")
    r"|(?:^| )(?:do|complete|execute|run|follow|carry out|perform) (?:the |these |those |my |all (?:the )?)?"
    # ("Run the whole plan now, end to end, no need to check back with me.")
    r"(?:whole |entire |full |complete )?"
    r"(?:instructions|steps|tasks|items|list|plan|actions|to-dos?|todos?)"
    r"|no need to check (?:back )?(?:in )?with me|without checking (?:back )?with me"
    # one of them by its number: "then execute step 2", "run items 1 and 3"
    r"|(?:do|complete|execute|run|follow|carry out|perform|apply) (?:steps?|items?|tasks?|points?|phases?"
    r"|stages?) (?:[0-9]+|one|two|three|four|five)"
    r")\b"
)
