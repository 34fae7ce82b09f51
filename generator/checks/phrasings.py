"""What recruiters complain about in the follow-ups they get, as patterns of intent: each
concern (arguing, hostility, sarcasm, begging, threats, deadlines, gifts, presuming the offer,
impatience, …) is a few shapes of sentence built from word classes, not a list of sayings.
Hostility is their side (you, your team, whoever runs your interviews) said to be something
bad; a threat is a move to escalate (raise, report, copy in, go public) towards someone above
them; a deadline is a time limit attached to a demand for an answer; presuming is the writer
spoken of as already in the job (a first day, onboarding, a start date, "when I join"). Each
concern has a module of its own (arguing, hostility, sarcasm, desperation, pressure
(threats), deadlines, pushiness, gifts, presuming, impatience, excuses), built from the word
classes of wordclasses.py; this one gathers them, in the order tone.py reports them. The
concerns come from the career pages and recruiters' posts the real-notes
corpus cites (tests/corpus/realnotes); tests/notes/tone-variants*.yaml hold variants we wrote
ourselves, apart from the patterns, to measure how far they reach beyond that corpus (the
third batch, never tuned on, is the measure: 28 of 54 when written).

Patterns are regexes in lower case (tone.py runs them on the note in lower case, curly
apostrophes made straight); a gap `within(n)` stays inside one sentence, so two parts of a
shape must be said together. English only.
"""

from __future__ import annotations

from .arguing import ARGUING
from .deadlines import DEADLINES
from .desperation import DESPERATION
from .excuses import EXCUSES
from .gifts import GIFTS
from .hostility import HOSTILITY
from .impatience import IMPATIENCE
from .mockery import MOCKERY
from .pressure import PRESSURE
from .presuming import PRESUMING
from .pushiness import PUSHINESS
from .sarcasm import SARCASM

# Where two concerns read one sentence from the same word, the first listed is the one named.
CONCERNS = (*ARGUING, *HOSTILITY, *SARCASM, *MOCKERY, *DESPERATION, *PRESSURE, *DEADLINES,
            *PUSHINESS, *GIFTS, *PRESUMING, *IMPATIENCE, *EXCUSES)
