"""The prompt a conversation is routed on: its latest user turn, read with
what that turn answers.

Agents ask before they act: "I found 40 stale branches merged over 90 days
ago. Want me to delete them?" and the user answers "yes, go ahead". Routed
alone, "yes, go ahead" is a vague request that a model would answer by
deleting the branches; the approval is the risky request. So:

* an **approval** (a short yes or go-ahead, :func:`is_approval`; or a reply
  that repeats the asked verb or changes only the amount) of what the
  assistant's last paragraph asks is routed as the proposal in the user's
  voice, then the approval: "delete them. yes, go ahead" (lead taken off,
  first and second person swapped, :func:`proposal_of`). An ask for the
  go-ahead on a plan ("Proceed?", "Are you sure?", "Shall I start?") reads
  the whole turn, after the user's own earlier message;
* a **choice** ("2", "the first one", "archive them" to "delete them or
  archive them?") is routed as the option it picks;
* a short **answer to a clarifying question** ("savings" to "Which
  account?") is routed after the earlier request it completes;
* every other turn (a new request, a question back, "no, just make it
  shorter", "ok but don't send it yet") is routed on its own words, as
  improvements.md asks (the latest user turn decides).

The scorers then read the prompt like any other, so an approval confirms
exactly when what it approves is an act, and a harmless proposal ("Want me to
make it more formal?" -> "sure") routes by the task it names.
:func:`conversation_prompt` applies this to a chat's ``messages`` for the
proxy and ``ModelRouter.route_messages``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

__all__ = [
    "MAX_APPROVAL_WORDS", "MAX_ASSISTANT_CHARS", "MAX_PROPOSAL_CHARS", "ConversationPrompt", "Proposal",
    "conversation_prompt", "is_approval", "message_text", "proposal_of", "routing_prompt",
]

#: A longer turn says more than "yes" and is routed on its own words.
MAX_APPROVAL_WORDS = 12
#: A proposal read from an assistant turn is at most this long (its end kept).
MAX_PROPOSAL_CHARS = 1000
#: Only the end of an assistant turn is read: a proposal closes it.
MAX_ASSISTANT_CHARS = 4000

# Ways to say yes or go on, at the start of a turn (typos and a few languages
# included: "yse", "ja, mach das", "sí, hazlo", "oui vas-y").
_APPROVAL_START = re.compile(
    # (filler first: "fine, proceed", "great, go ahead", "cool do it")
    r"(?:(?:fine|great|perfect|perfekt|parfait|perfecto|perfeito|cool|nice|good|awesome|thanks|thank you"
    r"|right|alright|ok|okay|hmm|well) )*"
    r"(?:y|ye+s+|yse|yess+|yea+h?|yep+|yup+|ya+|sure|ok(?:ay|ey)?|okk+|kk?|alright|all right|please$"
    r"|please (?:do|go ahead|proceed)|go ahead|go ahaed|go for it|go on|go$|go go|do it|do that|do so"
    r"|proceed|confirm(?:ed)?|approved?|lgtm|sounds good|looks good|ship it|absolutely|definitely"
    r"|of course|affirmative|let'?s do it|let'?s go|make it so|works for me|that works|fine$"
    r"|you have my (?:go-ahead|go ahead|approval|blessing|ok|okay|permission)|green light"
    r"|ja+|jep|jo|klar|mach das|mach es|los|si|sí|sì|claro|vale|dale|hazlo|adelante|oui|ouais|vas-y"
    r"|d'accord|allez-y|procedi|procedere|vai|fallo|certo|va bene|pode|manda|doe maar|ga je gang"
    r"|ga door|prima|sim|da|tak|evet"
    # a condition on the act is still a yes to it: "only if the tests pass"
    r"|only if|only once|as long as|provided|providing)"
    r"(?![\w'])",
)

# Words that take the act back or put it off: "ok but don't send it yet",
# "sure, hold off until Monday", "yes, wait for Dana". A restriction ("yes,
# but only the first three", "yes, not the archived ones") is still a yes.
_DECLINED = re.compile(
    r"\b(?:don'?t|do not|dont|never|not yet|not now|hold|holding|wait|stop|pause|instead|rather"
    r"|nope|nah|(?<!the )first(?! class)|before"
    # ... in other languages: "aspetta", "warte", "pas encore", "todavía no"
    r"|aspetta|warte|espera|attends|wacht|czekaj|nicht|noch nicht|pas encore|todav(?:í|i)a no|ancora no"
    r"|ainda n(?:ã|a)o|nog niet)\b|\bno\b(?! (?:problem|worries|rush)\b)",
)

# Symbols people answer with instead of words.
_APPROVAL_SYMBOLS = frozenset("👍👌✅✔🆗🚀")
_SYMBOL_NOISE = re.compile(r"[\ufe0f\u200d\U0001f3fb-\U0001f3ff]")


def is_approval(text: str) -> bool:
    """Whether a user turn is a short "yes" (or a go-ahead) to what was proposed."""
    if len(text) > MAX_APPROVAL_WORDS * 20:
        return False
    lowered = _SYMBOL_NOISE.sub("", text.strip().casefold())
    symbols = sum(1 for char in lowered if char in _APPROVAL_SYMBOLS)
    words = "".join(" " if char in _APPROVAL_SYMBOLS else char for char in lowered)
    words = re.sub(r"[^\w'\s-]+", " ", words).split()
    if not words:
        return symbols > 0
    if len(words) > MAX_APPROVAL_WORDS:
        return False
    joined = " ".join(words)
    if not (_APPROVAL_START.match(joined) or symbols):
        return False
    return _DECLINED.search(joined) is None


# How an assistant puts a proposal ("Want me to delete them?", "Shall I send
# it?", "I can cancel the booking now. Confirm?"): what follows is the act in
# the user's voice.
_PROPOSAL_LEAD = re.compile(
    r"^(?:(?:so|ok|okay|alright|great|also|and|now|then|next|finally|lastly|instead|alternatively|otherwise"
    r"|or|meanwhile)[,]? )*"
    r"(?:(?:do|would|did) you (?:want|like|need) me to|(?:you )?want me to|would you like me to"
    r"|(?:shall|should|can|could|may|must) (?:i|we)|do you want to|would you like to"
    r"|is it (?:ok|okay|alright|fine) (?:if i|to|for me to)|(?:ok|okay) (?:if i|to|for me to)"
    r"|are you (?:ok|okay|fine|happy) (?:with me|for me to|if i)|(?:i'm|i am|we're|we are) ready to"
    r"|ready to|i can|i could|i'll|i will|i'm going to|i am going to|we can|we'll|we will|let me"
    r"|how about i|what if i|i'd like to|i would like to|i'd|i would|i plan to|i'm about to"
    # ... in other languages: "Soll ich sie abschicken?", "¿Quieres que lo envíe?"
    r"|soll ich|sollen wir|m(?:ö|oe)chtest du,? dass ich|quieres que|voulez-vous que je|veux-tu que je"
    r"|dois-je|vuoi che|devo|quer que eu|posso|zal ik|wil je dat ik)"
    r"(?: (?:go ahead and|also|now|just|then|first))*\s+",
    re.IGNORECASE,
)
# A closing question that only asks for the go-ahead: the act is in the
# sentences before it ("I'll delete these 40 branches: ... Proceed?").
_GO_AHEAD_ONLY = re.compile(
    r"^(?:(?:so|ok|okay|alright|then|shall i|should i|can i|do you want me to|want me to|is that"
    r"|is this|are you|it|that|this|sound|sounds|look|looks|go ahead|proceed|do it|do that|continue"
    r"|confirm|good|ok|okay|fine|alright|right|correct|with that|with this|yes or no|y/n|ready"
    r"|all good|happy with that|shall we|should we|let's go|you sure|sure|really|certain|positive"
    r"|you want (?:me to do )?(?:this|that)|want me to do (?:this|that)|want (?:that|this|it|one|me to)"
    r"|should i do (?:that|this|it)|want to|go"
    # ... in other languages: "Soll ich?", "¿Sigo adelante?", "Bevestigen?", "Je continue ?"
    r"|soll ich|sollen wir|weiter|best(?:ä|ae)tigen|passt das|loslegen|anfangen|starten|beginnen|das machen"
    r"|es machen|sigo adelante|sigo|procedo|contin(?:ú|u)o|lo hago|confirmo|confirmas|confirma|confirmar"
    r"|je continue|on y va|je lance|confirmer|zal ik|doorgaan|bevestigen|akkoord|confermi|vado avanti"
    r"|posso procedere|prossigo|posso continuar)[ ,¿¡]*)*$",
    re.IGNORECASE,
)
# A request that names its object only by a pronoun: "add it", "generate it",
# "send them over".
_THIN_REQUEST = re.compile(
    r"^(?:[\w'-]+ ){0,2}(?:it|them|that|this|those|these|one|ones|both|all|all of them|everything"
    r"|all (?:two|three|four|five|six|seven|eight|nine|ten|[0-9]+)|(?:the|these|those) changes?)"
    r"(?: (?:over|out|up|now|for you|too))?$"
    # ... and the pronoun before its verb in other languages: "Zal ik dat doen?", "Soll ich das machen?"
    r"|^(?:dat|dit|het|das|es|eso|esto|cela|ça|ciò|isso|lo|la|ze) [\w'-]+$",
    re.IGNORECASE,
)
# A paragraph after the ask that asks nothing itself: "(If you'd rather talk
# first, I can set up a call instead.)", "P.S. ...", "Note: ...".
_SIDE_NOTE = re.compile(
    r"^(?:\(|p\.?s\.?\b|note\b|nb\b|fyi\b|btw\b|by the way\b|also\b|oh\b|one more thing\b)", re.IGNORECASE
)


def _is_side_note(paragraph: str) -> bool:
    """A paragraph that only adds a remark after the ask (it asks nothing itself)."""
    return bool(_SIDE_NOTE.match(paragraph)) and "?" not in paragraph and not _ASKS_GO_AHEAD_PLAINLY.search(paragraph)


# A question whose act is the plan the turn laid out ("Want me to proceed with
# all three steps?", "Go ahead with the DNS change?", "Is that the right
# amount and recipient?").
_ASKS_GO_AHEAD = re.compile(
    r"\b(?:(?:shall|should|can|may) (?:i|we)|(?:want|like) me to|ok(?:ay)? to) (?:start|begin|proceed|go ahead"
    r"|continue|do (?:it|this|that|so|both|all))(?: (?:now|then|today|right away))?[?.!\s]*$"
    r"|\b(?:go ahead with|proceed with|continue with|(?:is|are) (?:that|this|these|those|everything|it"
    r"|the details?) (?:all )?(?:the )?(?:right|correct|ok|okay|accurate|good))\b",
    re.IGNORECASE,
)
# A request for the go-ahead that is not a question: "Reply 'yes' to confirm",
# "I'll wait for your go-ahead", "Let me know!", "Say the word".
_ASKS_GO_AHEAD_PLAINLY = re.compile(
    r"\b(?:(?:reply|respond|answer|say|type|text)(?: with)? ['\"\u2018\u201c]?(?:yes|ok|okay|y|confirm|go)\b"
    r"|(?:wait|waiting) (?:for|on) your (?:go-ahead|go ahead|confirmation|ok|okay|approval|green light|answer)"
    r"|let me know|say the word|once you (?:confirm|approve|say)|on your (?:go-ahead|go ahead|ok|okay|signal)"
    r"|if you (?:approve|confirm|agree|say so)|confirm (?:and|to) (?:i'll|i will|i can|have me)"
    r"|(?:just )?confirm(?: below)?[.!]?$)",
    re.IGNORECASE,
)
# Verbs that carry out what was laid out: "Shall I run it?" may point at a
# migration shown far above, so the whole turn is read ("Want me to explain
# it?" reads only the sentences before it).
_EXECUTING_VERB = re.compile(
    r"^(?:run|apply|execute|do|send|post|merge|push|deploy|submit|place|start|ship|release|publish|book|pay"
    r"|buy|order|launch|trigger|perform|proceed with|finish|complete|make|go ahead with|carry out|kick off)\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")
_GO_AHEAD_TAIL = re.compile(
    r"[\s,;:\u2013\u2014-]+(?:proceed|go ahead|ok|okay|confirm|shall i|should i|yes or no"
    r"|sound good|sounds good|alright|right|y/n)\s*$",
    re.IGNORECASE,
)


# The assistant's persons in the user's voice: "so you can approve them
# yourself" is the user approving, "I can't pay bills" the assistant unable.
_PERSON_SWAP = {
    "i": "you", "me": "you", "my": "your", "mine": "yours", "myself": "yourself", "i'm": "you're",
    "i've": "you've", "i'll": "you'll", "i'd": "you'd", "your": "my", "yours": "mine",
    "yourself": "myself", "you're": "I'm", "you've": "I've", "you'll": "I'll", "you'd": "I'd",
}
# "you" is the subject ("I") at the start of a clause or before a verb, else
# the object ("me").
_SUBJECT_BEFORE = frozenset(
    "so that if when and but because then or while since once as until do did does can could will would"
    " should shall may might must are were have had".split()
)
_SUBJECT_VERB_AFTER = frozenset(
    "asked want wanted need needed said mentioned requested prefer preferred like liked can could will would"
    " should shall may might must have had are were do did don't didn't won't approve approved confirm"
    " confirmed choose chose pick picked get got see saw know think told gave sent paid made set added"
    " wrote signed booked ordered already also just still only".split()
)
_WORD = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)?")


def _in_users_voice(text: str) -> str:
    """``text`` with first and second person swapped."""

    def swap(match: re.Match[str]) -> str:
        word = match.group(0)
        lowered = word.casefold()
        if lowered == "you":
            before = text[max(0, match.start() - 24) : match.start()].rstrip()
            previous = before.rsplit(None, 1)[-1].casefold() if before else ""
            after = text[match.end() : match.end() + 16].split(None, 1)
            following = after[0].casefold() if after else ""
            subject = not previous or previous in _SUBJECT_BEFORE or previous[-1] in ",;:"
            return "I" if subject or following in _SUBJECT_VERB_AFTER else "me"
        return _PERSON_SWAP.get(lowered, word)

    return _WORD.sub(swap, text)


# A list item's marker: "1.", "2)", "-", "*", "(b)".
_LIST_MARKER = re.compile(r"^(?:[-*\u2022]|[0-9]{1,2}[.)]|\(?[a-e]\))\s+")


def _without_lead(sentence: str) -> str:
    """A proposal sentence without its list marker, its lead ("Want me to") and
    its question mark."""
    text = _LIST_MARKER.sub("", sentence.strip()).strip("¿¡").rstrip("?!. ").strip()
    text = _GO_AHEAD_TAIL.sub("", text)
    return _PROPOSAL_LEAD.sub("", text, count=1).strip()


def _as_request(sentence: str) -> str:
    """A proposal sentence in the user's voice: without its lead, persons swapped."""
    return _in_users_voice(_without_lead(sentence))


class Proposal(NamedTuple):
    """What an assistant turn's closing question proposes."""

    #: The act in the user's voice ("delete them"); "" when nothing is named.
    request: str
    #: The question only asks for the go-ahead ("Proceed?", "Are you sure?"):
    #: what is confirmed may be the user's own earlier request.
    go_ahead: bool


def _closing_question(assistant_text: str) -> tuple[list[str], int, bool] | None:
    """The sentences of a turn's last two paragraphs, the index of the one that
    asks (the last question of the last paragraph, or a plain request for the
    go-ahead: "Reply 'yes' to confirm"), and whether it asks plainly; None
    when the last paragraph asks nothing. Side notes after the ask do not
    count as the last paragraph ("(If you'd rather talk first, I can set up
    a call.)")."""
    paragraphs = [part.strip() for part in re.split(r"\n\s*\n", assistant_text.strip())]
    paragraphs = [part for part in paragraphs if part]
    end = len(paragraphs)
    while end > 1 and _is_side_note(paragraphs[end - 1]):
        end -= 1
    if end == 0:
        return None

    def split(text: str) -> list[str]:
        return [part.strip() for part in _SENTENCE_END.split(text) if part.strip()]

    # The paragraph before counts for a bare "Proceed?" on a line of its own.
    before = split(paragraphs[end - 2]) if end >= 2 else []
    sentences = before + split(paragraphs[end - 1])
    for index in range(len(sentences) - 1, len(before) - 1, -1):
        if "?" in sentences[index]:
            return sentences, index, False
        if _ASKS_GO_AHEAD_PLAINLY.search(sentences[index]):
            return sentences, index, True
    return None


def proposal_of(assistant_text: str) -> Proposal | None:
    """What an assistant turn proposes, or None when its last paragraph asks nothing.

    The request is the paragraph's last question without its lead ("Want me
    to", "Shall I", "I can ... Confirm?"); a question that only asks for the
    go-ahead ("Proceed?") takes the two sentences before it instead (from the
    paragraph before, when the question stands alone). At most
    ``MAX_PROPOSAL_CHARS``, its end kept.
    """
    closing = _closing_question(assistant_text)
    if closing is None:
        return None
    sentences, last_question, plainly = closing
    question = sentences[last_question]
    go_ahead = plainly or bool(_GO_AHEAD_ONLY.match(_without_lead(question)) or _ASKS_GO_AHEAD.search(question))
    request = _as_request(question)
    before = [_as_request(sentence) for sentence in sentences[max(0, last_question - 2) : last_question]]
    thin = _THIN_REQUEST.match(_without_lead(question))
    if go_ahead or (thin and _EXECUTING_VERB.match(_without_lead(question))):
        # "Go ahead?" approves the whole plan the turn describes, and so does
        # "Shall I run it?" ("it" may be a migration shown far above). The
        # asking sentence keeps what it names ("Reply 'yes' and I'll submit it").
        everything = [part.strip() for part in _SENTENCE_END.split(assistant_text.strip())]
        asked = _ASKS_GO_AHEAD_PLAINLY.sub("", question)
        asked = "" if _GO_AHEAD_ONLY.match(_without_lead(asked)) else _as_request(asked)
        request = ". ".join(
            [_as_request(part) for part in everything if part and part != question] + [asked]
        ).strip(". ")
    elif thin:
        # "Want me to add it?": what "it" is was said before.
        request = ". ".join(part for part in [*before, request] if part)
    if len(request) > MAX_PROPOSAL_CHARS:
        cut = request[-MAX_PROPOSAL_CHARS:]
        space = cut.find(" ")
        request = cut[space + 1 :] if space >= 0 else cut
    return Proposal(request, go_ahead)


_ORDINALS = {"first": "1", "second": "2", "third": "3", "fourth": "4", "fifth": "5", "last": "last"}
# "2", "option 2", "#2", "B", "the first one", "second please"
_CHOICE = re.compile(
    r"^(?:(?:let's |lets |i'll take |i'd like |go with |take |pick |choose )?(?:option |number |no\.? |#)?"
    r"(?P<label>[1-9]|[a-e])|(?:the )?(?P<ordinal>first|second|third|fourth|fifth|last)(?: one| option)?)"
    r"[.)!]?(?:,? (?:please|pls|thanks|thank you|is fine|works|sounds good|is good|go|go ahead|go for it"
    r"|do it|do that))*[.!]?$",
    re.IGNORECASE,
)
# ... or by a word of its own: "the Fraenk one" (numbered options, one of them names Fraenk)
_CHOICE_BY_NAME = re.compile(
    r"^(?:the |that |go with the |let's do the )?(?P<name>[\w'&.-]+(?: [\w'&.-]+)?) (?:one|option)"
    r"(?:,? (?:please|pls|thanks|is fine|go|go ahead|do it))*[.!]?$",
    re.IGNORECASE,
)
# The verb of a "which" question, for an option that names only its object:
# "Which should I purchase?" -> "purchase" + "Add 2 editor seats ..."
_WHICH_VERB = re.compile(
    r"\bwhich(?: one| option| plan)? (?:should|shall|do you want|would you like) (?:i|we|me to)?\s*"
    r"(?P<verb>[a-z]+(?: (?:to|up|for|with|into))?)\s*\??\s*$",
    re.IGNORECASE,
)
# A list item: "1. Email it to the team", "2) ...", "(b) ...", "Option 3: ..."
_OPTION_LINE = re.compile(
    r"^[ \t]*(?:[-*][ \t]*)?(?:\(?(?P<label>[1-9]|[a-e])[.):]|option (?P<named>[1-9a-e])[ \t]*[.):-]?)[ \t]+"
    r"(?P<text>\S.*)$",
    re.IGNORECASE | re.MULTILINE,
)
# Words a short answer shares with an alternative that say nothing of which.
_COMMON_WORDS = frozenset(
    "a an the it them this that these those of to for and or just only all me my your our i you we one ones"
    " please yes no".split()
)
# An alternative that leaves the verb out ("delete all of them, or only the
# ones from the top senders?"): the act is the first alternative's.
_ELLIPTICAL = re.compile(r"^(?:only|just the|the|all|those|these|both|each|every|some|none|my|your|[0-9])\b")


def _chosen_option(user_text: str, assistant_text: str) -> str | None:
    """The option a short answer picks from the assistant's turn, in the user's
    voice: a numbered or lettered list item ("2", "the first one"), or one side
    of the closing question's "X or Y" ("archive them", "all of them")."""
    choice = _CHOICE.match(user_text)
    by_name = None if choice else _CHOICE_BY_NAME.match(user_text)
    if choice or by_name:
        options = [
            ((match["label"] or match["named"]).casefold(), match["text"])
            for match in _OPTION_LINE.finditer(assistant_text)
        ]
        if not options:
            return None
        if by_name:
            name = by_name["name"].casefold()
            named = [text for _, text in options if name in text.casefold()]
            picked = named if len(named) == 1 else []
        else:
            label = (choice["label"] or "").casefold()
            if choice["ordinal"]:
                # "the second one" is option 2 of a numbered list, b of a lettered one.
                position = _ORDINALS[choice["ordinal"].casefold()]
                lettered = not options[0][0].isdigit()
                label = options[-1][0] if position == "last" else "abcde"[int(position) - 1] if lettered else position
            picked = [text for option, text in options if option == label]
        if not picked:
            return None
        # The question's verb goes with an option that names only its object.
        closing = _closing_question(assistant_text)
        asks = _WHICH_VERB.search(closing[0][closing[1]]) if closing else None
        verb = asks["verb"] if asks and asks["verb"].casefold() not in ("do", "you", "i", "we") else None
        return f"{verb} {_as_request(picked[-1])}" if verb else _as_request(picked[-1])
    words = re.findall(r"[\w'-]+", user_text.casefold())
    if not words or len(words) > 6:
        return None
    closing = _closing_question(assistant_text)
    if closing is None or closing[2]:
        return None
    sentences, last_question, _ = closing
    question = sentences[last_question]
    # "Which would you like?" asks about the offer made just before it.
    offer = sentences[last_question - 1] if _WHICH_ONLY.match(question) and last_question > 0 else question
    # Only a choice between acts the assistant offers ("Should I delete them or
    # archive them?"), not any question with an "or" ("red or grey?").
    request = _as_request(offer)
    if not _PROPOSAL_LEAD.match(_LIST_MARKER.sub("", offer)) or " or " not in request:
        return _detail_of(question, words)
    alternatives = [part.strip() for part in re.split(r",? or ", request) if part.strip()]
    said = set(words) - _COMMON_WORDS
    overlap = [len(said & set(re.findall(r"[\w'-]+", part.casefold()))) for part in alternatives]
    best = max(overlap)
    if best == 0 or overlap.count(best) > 1:
        # Nothing tells which: the short answer may pick any of them.
        return request if best == 0 and said <= {"both", "all"} else None
    chosen = alternatives[overlap.index(best)]
    if overlap.index(best) > 0 and _ELLIPTICAL.match(chosen.casefold()):
        return request
    return chosen


# A question that only asks which of the offers just made: "Which would you like?"
_WHICH_ONLY = re.compile(
    r"^(?:so |and )?(?:which|what) (?:one|option|would you like|would you prefer|do you prefer|do you want"
    r"|works(?: for you| better)?|is better|should i do|shall i do|should it be|shall it be)\b[^?]{0,20}\?",
    re.IGNORECASE,
)
# An act asked about inside a question: "Which account should I transfer the
# $500 from, checking or savings?", "What time do you want me to book it for?"
_INNER_LEAD = re.compile(r"\b(?:(?:should|shall|can|may) (?:i|we)|(?:want|like) me to)\s+", re.IGNORECASE)


def _detail_of(question: str, words: list[str]) -> str | None:
    """The act a short answer completes ("savings" to "Which account should I
    transfer the $500 from, checking or savings?"), in the user's voice."""
    lead = _INNER_LEAD.search(question) if "?" in question and len(words) <= 4 else None
    if lead is None or lead.start() == 0:
        return None
    return _as_request(question[lead.end() :]) or None


def _answer_to_clarification(user_text: str, assistant_text: str, earlier_user_text: str | None) -> str | None:
    """The earlier request with a short answer to the assistant's clarifying
    question after it ("send Marcus $500" ... "Which account?" ... "savings";
    "weather tomorrow?" ... "Which city?" ... "Lyon"), or None."""
    earlier = (earlier_user_text or "").strip()
    if not earlier or len(user_text.split()) > 4 or _DECLINED.search(user_text.casefold()):
        return None
    closing = _closing_question(assistant_text)
    if closing is None or closing[2]:
        return None
    sentences, index, _ = closing
    # A proposal of the assistant's own is not a clarification.
    if _PROPOSAL_LEAD.match(sentences[index]) or _INNER_LEAD.search(sentences[index]):
        return None
    return f"{earlier}\n\n{user_text}"


def _echoes_the_ask(user_text: str, assistant_text: str) -> bool:
    """Whether a reply repeats the asked act ("apply it" to "Apply it to prod
    now?"; "make it first class, then book" to "Book it?") or changes only its
    amount ("make it 15" to "Partial refund of EUR 10. Confirm?"), without
    taking it back."""
    reply = user_text.strip().rstrip(".!").strip()
    if len(reply) > 120 or _DECLINED.search(reply.casefold()):
        return False
    if _NEW_AMOUNT.match(reply):
        return _closing_question(assistant_text) is not None
    closing = _closing_question(assistant_text)
    if closing is None:
        return False
    sentences, index, _ = closing
    asked = _without_lead(sentences[index]).split()
    if not asked:
        return False
    verb = asked[0].casefold()
    words = [word.casefold() for word in _WORD.findall(reply)]
    return verb in words and (len(words) <= 3 or _THIN_REQUEST.match(reply) is not None or verb == words[-1])


# A reply that changes the proposal's amount: "make it 15", "change it to $40".
_NEW_AMOUNT = re.compile(
    r"^(?:no,? )?(?:make it|change it to|set it to|change that to|go with|let's do|lets do|do|use|rather|actually)"
    r" (?:only |just )?(?:€|\$|£|eur |usd )?[0-9]",
    re.IGNORECASE,
)


# Words an approval keeps even when the proposal has them too.
_QUALIFIERS = frozenset("not no don't dont never only but except just without non nicht pas nur".split())


def _beyond(reply: str, request: str) -> str:
    """The reply without the words it repeats from the request: "yes commit"
    to "commit this on the branch locally" adds no act of its own, "sure, and
    delete the rest" does."""
    repeated = {word.casefold() for word in _WORD.findall(request)} - _QUALIFIERS
    kept = [word for word in reply.split() if word.strip(".,!?;:").casefold() not in repeated]
    return " ".join(kept)



def routing_prompt(
    user_text: str,
    previous_assistant_text: str | None = None,
    earlier_user_text: str | None = None,
) -> str:
    """The prompt to route for a user turn that follows ``previous_assistant_text``
    (which answered ``earlier_user_text``).

    An approval of what the assistant's closing question proposes becomes that
    proposal in the user's voice followed by the user's turn ("delete the 40
    stale branches. yes, go ahead"). When the question only asks for the
    go-ahead ("Are you sure?", "Proceed?"), the user's own earlier turn comes
    first: it is the request being confirmed. Every other turn is returned as
    it is, except a short answer to a clarifying question ("Which account do
    you mean, checking or savings?" -> "savings"), which completes the earlier
    turn and is routed after it.
    """
    user_text = user_text.strip()
    if not previous_assistant_text or not user_text:
        return user_text
    if len(previous_assistant_text) > MAX_ASSISTANT_CHARS:
        previous_assistant_text = previous_assistant_text[-MAX_ASSISTANT_CHARS:]
    if not is_approval(user_text):
        # A choice first: "just list them" to "delete them, or just list them?"
        # picks the listing, not both.
        chosen = _chosen_option(user_text, previous_assistant_text)
        if chosen:
            return f"{chosen}. {user_text}"
        if not _echoes_the_ask(user_text, previous_assistant_text):
            return _answer_to_clarification(user_text, previous_assistant_text, earlier_user_text) or user_text
    proposal = proposal_of(previous_assistant_text)
    if proposal is None:
        return user_text
    approved = f"{proposal.request}. {_beyond(user_text, proposal.request)}".strip() if proposal.request else user_text
    earlier = (earlier_user_text or "").strip()
    if proposal.go_ahead and earlier:
        # A blank line keeps the earlier turn's own layout readable (a pasted
        # block stays a block; see model_router.pasted).
        return f"{earlier}\n\n{approved}"
    return approved


# ---------------------------------------------------------------------------
# A chat body's messages (the OpenAI ``messages`` list)

_IMAGE_PART_TYPES = frozenset({"image_url", "image", "input_image"})
_AUDIO_PART_TYPES = frozenset({"input_audio", "audio"})


@dataclass(frozen=True)
class ConversationPrompt:
    """What routing needs from a conversation."""

    prompt: str
    """Text of the latest user message (string content, or its text parts joined by spaces),
    after the assistant's proposal when it approves one (:func:`routing_prompt`)."""
    attachments: tuple[str, ...]
    """``"image"`` / ``"audio"`` when any message carries such a part."""
    context_tokens: int
    """Estimated tokens of all message text and tool-call arguments: ceil(characters / 4)."""

    def hints(self) -> dict[str, Any]:
        """The router hints for this conversation."""
        return {"attachments": list(self.attachments), "context_tokens": self.context_tokens}


def message_text(content: object) -> str:
    """A message's text: string content, or the ``text`` of its parts joined by spaces."""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        texts = [part["text"] for part in content if isinstance(part, Mapping) and isinstance(part.get("text"), str)]
        return " ".join(texts)
    return ""


def conversation_prompt(messages: Sequence[object]) -> ConversationPrompt:
    """The routing prompt (the latest user message, read with the proposal it
    approves) and the hints (from the whole conversation) of a chat's
    ``messages``. Entries that are not mappings are skipped."""
    prompt: str | None = None
    previous_assistant: str | None = None
    earlier_user: str | None = None
    attachments: set[str] = set()
    total_chars = 0
    for position in range(len(messages) - 1, -1, -1):
        message = messages[position]
        if not isinstance(message, Mapping):
            continue
        content = message.get("content")
        text = message_text(content)
        total_chars += len(text)
        if isinstance(content, list):
            for part in content:
                if isinstance(part, Mapping):
                    kind = part.get("type")
                    if kind in _IMAGE_PART_TYPES:
                        attachments.add("image")
                    elif kind in _AUDIO_PART_TYPES:
                        attachments.add("audio")
        tool_calls = message.get("tool_calls")
        if isinstance(tool_calls, list):
            for call in tool_calls:
                function = call.get("function") if isinstance(call, Mapping) else None
                if isinstance(function, Mapping) and isinstance(function.get("arguments"), str):
                    total_chars += len(function["arguments"])
        if prompt is None and message.get("role") == "user":
            prompt = text
            previous = messages[position - 1] if position > 0 else None
            if isinstance(previous, Mapping) and previous.get("role") == "assistant":
                previous_assistant = message_text(previous.get("content"))
                earlier = messages[position - 2] if position > 1 else None
                if isinstance(earlier, Mapping) and earlier.get("role") == "user":
                    earlier_user = message_text(earlier.get("content"))
    return ConversationPrompt(
        prompt=routing_prompt((prompt or "").strip(), previous_assistant, earlier_user),
        attachments=tuple(sorted(attachments)),
        context_tokens=-(-total_chars // 4),
    )
