"""Word tables for phrasing: English verb forms, function words, and the Spanish forms the
notes need. A small, tested table of our own: `inflect` takes 2.6 s to import here (typeguard)
and `lemminflect` 0.3 s on first use plus 45 MB of numpy, while the whole renderer imports in
0.15 s; the few hundred verbs interview notes use fit in this module.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    """A table written as words separated by white space."""
    return frozenset(text.split())

# base: (past, past participle)
IRREGULAR = {
    "be": ("was", "been"), "become": ("became", "become"), "begin": ("began", "begun"),
    "break": ("broke", "broken"), "bring": ("brought", "brought"), "build": ("built", "built"),
    "buy": ("bought", "bought"), "catch": ("caught", "caught"), "choose": ("chose", "chosen"),
    "come": ("came", "come"), "cost": ("cost", "cost"), "cut": ("cut", "cut"),
    "deal": ("dealt", "dealt"), "do": ("did", "done"), "draw": ("drew", "drawn"),
    "drive": ("drove", "driven"), "eat": ("ate", "eaten"), "fall": ("fell", "fallen"),
    "feel": ("felt", "felt"), "fight": ("fought", "fought"), "find": ("found", "found"),
    "fly": ("flew", "flown"), "forget": ("forgot", "forgotten"), "get": ("got", "gotten"),
    "give": ("gave", "given"), "go": ("went", "gone"), "grow": ("grew", "grown"),
    "have": ("had", "had"), "hear": ("heard", "heard"), "hit": ("hit", "hit"),
    "hold": ("held", "held"), "keep": ("kept", "kept"), "know": ("knew", "known"),
    "lead": ("led", "led"), "leave": ("left", "left"), "let": ("let", "let"),
    "lose": ("lost", "lost"), "make": ("made", "made"), "mean": ("meant", "meant"),
    "meet": ("met", "met"), "pay": ("paid", "paid"), "put": ("put", "put"),
    "quit": ("quit", "quit"), "read": ("read", "read"), "rebuild": ("rebuilt", "rebuilt"),
    "rethink": ("rethought", "rethought"), "ride": ("rode", "ridden"),
    "rise": ("rose", "risen"), "run": ("ran", "run"), "say": ("said", "said"),
    "see": ("saw", "seen"), "sell": ("sold", "sold"), "send": ("sent", "sent"),
    "set": ("set", "set"), "show": ("showed", "shown"), "shut": ("shut", "shut"),
    "sit": ("sat", "sat"), "sleep": ("slept", "slept"), "speak": ("spoke", "spoken"),
    "spend": ("spent", "spent"), "split": ("split", "split"), "spread": ("spread", "spread"),
    "stand": ("stood", "stood"), "stick": ("stuck", "stuck"), "take": ("took", "taken"),
    "teach": ("taught", "taught"), "tell": ("told", "told"), "think": ("thought", "thought"),
    "throw": ("threw", "thrown"), "understand": ("understood", "understood"),
    "undergo": ("underwent", "undergone"), "win": ("won", "won"), "write": ("wrote", "written"),
    "wear": ("wore", "worn"), "overcome": ("overcame", "overcome"), "oversee": ("oversaw",
                                                                                 "overseen"),
    "withdraw": ("withdrew", "withdrawn"), "shrink": ("shrank", "shrunk"),
    "hang": ("hung", "hung"), "lend": ("lent", "lent"), "bet": ("bet", "bet"),
}
PAST_TO_BASE = {past: base for base, (past, _) in IRREGULAR.items()}
PARTICIPLES = {part for _, part in IRREGULAR.values()} | {past for past, _ in
                                                          IRREGULAR.values()}

# Verbs people write in interview notes, in their base form. A word here may also be a noun
# ("plan", "design"): NOUNISH says which, so "a typical night shift look like" finds "look".
VERBS = frozenset(IRREGULAR) | _words("""
    swear vow insist
    accept add affect agree aim allow answer appear apply approach argue arrange ask assess
    assign attend audit automate avoid balance base believe belong benchmark budget call care
    carry change chase check choose clean close coach collaborate compare complete compute
    consider contribute control convince coordinate count cover create cross dampen debug
    decide define deliver depend deploy describe design determine develop differ disagree
    discuss dispute divide document drop earn ease embed enable encourage end enjoy ensure
    escalate estimate evaluate evolve expect experience explain explore face feed file fill
    finish fit fix float focus follow forecast fund gather guide handle happen hate help hire
    hope host identify impact implement improve include increase influence interview introduce
    invest involve join judge jump justify kick land last launch learn like limit link listen
    live look love maintain manage match matter measure mentor merge migrate mind miss model
    monitor move need negotiate notice offer onboard open operate organise organize own page
    pair partner pass pick pilot plan play prefer prepare present prevent prioritise prioritize
    process produce promote protect prove provide publish pull push raise rank reach react
    realise realize receive recommend record recruit reduce refer reflect relate release rely
    remain remember remove repeat replace report represent request require research resolve
    respond rest retain return review reward rotate route sample save scale schedule score
    screen search seem self-schedule serve settle share shift ship shadow size slow solve sort
    source start stay stop structure struggle study submit succeed suggest supervise support
    survive switch talk target test thank track train transfer translate travel treat try turn
    use validate value vary visit wait walk want watch welcome wish wonder work worry exist
    fail fall stay sit read write think know keep hit lag
""")
NOUNISH = _words("""
    budget call change design experience file float interview offer pair plan play process
    record release report request research review rotate sample schedule score screen search
    shift shadow ship sort source start study support talk test track train travel value visit
    work model page rest turn pass count cost fund guide host land matter need pilot structure
    return reward route set cut lead hit last deal lag state lack
""")

AUX_DO = {"do": "base", "does": "3sg", "did": "past", "don't": "base", "doesn't": "3sg",
          "didn't": "past"}
AUX_BE = {"is": "is", "are": "are", "was": "was", "were": "were", "isn't": "is",
          "aren't": "are", "wasn't": "was", "weren't": "were", "'s": "is"}
AUX_HAVE = {"has": "has", "have": "have", "had": "had", "hasn't": "has", "haven't": "have",
            "hadn't": "had"}
MODALS = {"can", "could", "will", "would", "should", "may", "might", "must", "shall",
          "can't", "couldn't", "won't", "wouldn't", "shouldn't"}
AUXILIARIES = set(AUX_DO) | set(AUX_BE) | set(AUX_HAVE) | MODALS
WH = {"what", "how", "why", "where", "when", "who", "which", "whose", "whom"}
SUBJECT_PRONOUNS = {"i", "you", "we", "they", "he", "she", "it", "there", "this", "that",
                    "someone", "anyone", "everyone", "people", "one"}
DETERMINERS = {"a", "an", "the", "this", "that", "these", "those", "my", "your", "our",
               "their", "his", "her", "its", "some", "any", "every", "each", "most", "many",
               "much", "no", "all", "both", "few", "more", "other", "another"}
PREPOSITIONS = {"about", "above", "across", "after", "against", "along", "among", "around",
                "as", "at", "before", "behind", "below", "between", "beyond", "by", "during",
                "for", "from", "in", "inside", "into", "like", "near", "of", "off", "on",
                "onto", "out", "over", "past", "per", "since", "than", "through", "to",
                "toward", "towards", "under", "until", "up", "upon", "with", "within",
                "without", "versus", "vs", "vs."}
ADVERBS = {"also", "actually", "ever", "still", "usually", "really", "always", "never",
           "often", "just", "already", "typically", "currently", "normally", "generally",
           "even", "mostly", "only", "now", "then", "too", "very", "so", "quite"}

# Common English words: a capitalised first word among these is only capitalised because it
# starts the note (lower-cased mid-sentence); other capitalised first words may be names.
COMMON = _words("""
    a about above across after again against all almost also always am an and another any are
    around as at away back be because been before being below best better between big biggest
    both but by can come could day days did do does doing done down during each early eight
    either eleven enough even ever every experience experiences few fewer fifteen first five for
    four from full get getting go going good great had half hands-on has have having he her here
    hers high his how however i if in into is it its just last late least less like little long
    lot made make many may me might mine more most much must my near need never new next nine
    no none not now of off often old on once one only or other our out over own part past per
    perhaps quite rather really same second seven several she should since six small so some
    still strong such ten than that the their them then there these they thing things third
    this those three through to too twelve twenty two under until up us very was we well were
    what when where whether which while who whom whose why will with within without would year
    years yet you your yours deep moving how strong solid proven ability background track
    record knack habit passion love focus hands talked discussed asked sepsis account accounts
    action agency agenda analysis answer app area areas audit audits benefits board book budget
    business call care career case change chart class classroom client clients clinic clinical
    coaching code company contract cost costs course culture customer customers data deal
    decision demand demo design detail development director discussion district doctor
    education email employee end engineering event exit faculty family feedback field finance
    floor flow focus form freshman goal goals group growth guide health help hiring history
    home hospital idea impact incident industry information insight interview interviews issue
    job kids lab launch lead leadership learning level life line list lunch management manager
    market marketing meeting member method metrics model money month morning name network night
    nights note number nurse nurses office onboarding operations order page paper parent
    parents patient patients pay people plan planning platform point policy portfolio position
    practice pricing problem process product program project quality question questions rate
    reason report research review risk role room round rounds rule safety sales schedule school
    science season security service services session shift side sign skill skills staff
    staffing start state step story strategy student students study summer support system
    systems table talk task teaching team teams technology term test time tool tools tour
    training trip unit value vendor vendors view vision week weekend work workflow world
    writing paying weekly monthly daily morning evening afternoon open close closed current
    former favorite favourite shared common public private local remote hybrid junior senior
    clear hard easy honest quick slow real whole main key major minor typical usual recent
    daily nightly
""")

# English words that mark a note as English for `mixes_languages` (frequent function words).
ENGLISH_WORDS = _words("""
    the a an and or but of to in on at for with about from by is are was were be been have has
    had do does did i you he she it we they my your his her our their this that these those
    what how why when where who which not no yes so if as than then there here also very can
    could would should will just like how much many more most some any all into over after
    before because while
""")
SPANISH_WORDS = _words("""
    el la los las un una unos unas y o pero de del al a en con por para sobre desde sin es son
    era fue ser estar está están hay he ha han yo tú usted él ella nosotros ellos mi mis su sus
    tu tus nuestro nuestra que qué cómo cuál cuándo dónde quién porque como más muy también no
    sí se le lo les nos me te este esta estos estas ese esa eso lo cuando donde si ya entre
    hasta
""")
