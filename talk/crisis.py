"""Words that mean a crisis, whatever else a message says: Harbor's net under the NLU model.

Three kinds, from ../shared/LANGUAGE.md: self-harm and suicidal thinking (said straight or
sideways), immediate danger and violence, and being forced, sold, controlled or owing a
debt to someone. Patterns are matched against ``talk.reading.fold`` text (lower case, no
accents, no apostrophes), in English and Spanish alike: a person may switch at any time.
A false alarm costs a gentle message with the 24/7 numbers; a miss can cost a life, so the
patterns lean towards catching, and the field sets (tests/field/) keep the false alarms
counted.
"""

from __future__ import annotations

import re
from functools import lru_cache

from talk import crisis_es
from talk.reading import fold

# Building blocks, so each pattern reads like the words it catches.
ME = r"(?:me|myself|my self|mself|mysel)"
SELF = r"(?:myself|my self|mself|mysel|my own self)"
I = r"(?:i|im|i am|ive|id|ill|i will|i wanna|i want to|i wish i|i just)"  # noqa: E741
HE = (
    r"(?:he|hes|he is|she|shes|she is|they|theyre|they are|someone|someones|somebody|"
    r"somebodys|some guy|"
    r"a guy|this guy|my (?:bf|boyfriend|man|daddy|dad|pimp|boss|manager|ex|stepdad|uncle|"
    r"mom|mother|father|brother|cousin|husband|girlfriend|gf)|him|them|people)"
)
WANT = r"(?:want|wanna|wish|going|gonna|gunna|about|ready|trying|tryna|plan|planning|need)"
DIE = r"(?:die|dye(?! (?:my|your|his|her|the|it|them)\b)|dying|be dead|bedead|not exist|not be alive|not be here|not wake up)"
KILL = r"(?:kill|kil|hurt|harm|cut|cutting|burn|end|off|unalive|shoot|hang|drown|stab)"
CONTROLLER = (
    r"(?:he|hes|she|they|someone|somebody|some guy|a guy|this guy|the guy|that guy|the owner|"
    r"the lady|this lady|a lady|the man|this man|a woman|this woman|"
    r"my (?:bf|boyfriend|man|daddy|pimp|boss|manager|ex|girlfriend|gf|employer|dude|guy))"
    r"(?: (?!my\b)\w+){0,4}"
)
NOW = r"(?:now|rn|right now|tonight|today|again)"
# Said of "the life" already left, or long ago.
PAST = (
    r"(?<!\bim )(?<!\bi am )(?<!\bbeen )(?<!\bgot )(?<!\bi was )(?<!\bwas )(?<!\bused to be )"
    r"(?<!\bstayed )"
)
DURATION = (
    r"(?! (?:for )?(?:\d+|to|two|three|four|five|six|a|an|like \d+|over a|almost a) "
    r"(?:yrs|years|year|months|month|mos)\b)"
)
# Away for an ordinary reason: a trip, the dentist, camp ("i wont be here next week, vacation").
AWAY = (
    r"(?!.{0,40}\b(?:(?:going )?on (?:a )?(?:vacation|vacay|trip)|out of town|spring break|field trip|"
    r"(?:because|cuz|bc|cause|for) (?:of )?(?:the|a|my) (?:dentist|doctor|trip|appointment|appt|camp|"
    r"tournament|vacation))\b)"
)
BODY_TAKEN = (
    r"(?:id|i d|phone|passport|papers|documents|social security|ssn|birth certificate|"
    r"money|cash|keys|shoes|ids|ebt(?: card)?|debit card|bank card|benefits card|ss card)"
)

SELF_HARM = [
    # Kinds en5 showed the words missing (fifth session): things given away "where im going",
    # a bridge or tracks thought of or stood by, not waking up, pills counted, scratching
    # till bleeding.
    r"\b(?:wont|will not|dont|wouldnt) need (?:em|them|it|these|those|my \w+)\b.{0,30}\b(?:where im "
    r"going|after (?:this|tonight|friday|this week))\b|\bgave away (?:my|all my)\b.{0,60}\bwont need\b",
    r"\b(?:thinking|thought|think|thinkin) (?:about|bout|abt) (?:the|that) (?:overpass|bridge|train "
    r"tracks|tracks|ledge|roof)\b|\b(?:stood|standing|sat|sitting|waited|waiting) (?:by|on|at|near) "
    r"the (?:train )?tracks\b.{0,40}\b(?:waiting|hour|again|last night)\b",
    r"\bon (?:the|a|my) (?:roof|rooftop|ledge|overpass)\b(?: of \w+(?: \w+)?)?(?: right now)?(?: just)? "
    r"thinking about it\b",
    r"\bif i (?:just )?(?:didnt|did not|dont|never) wake up\b|\bwould (?:anyone|anybody) (?:even )?"
    r"(?:notice|care|miss me)\b",
    r"\b(?:looked up|looking up|googled|searched) how (?:many|much)\b.{0,40}\b(?:takes|to die|would "
    r"take|to kill|to od)\b|\b(?:pills|tylenol|advil)\b.{0,30}\blined up\b",
    r"\b(?:scratch|scratching|pick|picking|bite|biting|hit|hitting|punch|punching|burn|burning) "
    r"(?:myself|my (?:arms|skin|legs|wrists))\b.{0,20}\b(?:till|until) (?:i|it) (?:bleed|bleeds)\b",
    r"\bwhats (?:even )?the point of me\b",
    # "id rather be dead than go back"; a note left "just in case".
    r"\b(?:id|i would|i d) rather (?:be dead|die|not exist|not be alive|not be here|kill myself)\b",
    r"\b(?:wrote|writing|left|leaving|made) (?:a|my|the) (?:note|letter)\b.{0,50}\bjust in case\b|"
    r"\bjust in case\b.{0,30}\b(?:note|letter)\b",
    rf"\b(?:{KILL}|killing|hurting|harming|cutting|burning) {SELF}\b",
    rf"\b(?:{WANT}|should|could|just|gotta|have to) (?:to )?(?:{KILL}) (?:me|{SELF})\b",
    r"\b(?:been|started|keep|kept|still|back to|went back to) (?:cutting|burning|self harming|"
    r"hurting myself)\b|\bcutting again\b|\bself ?harm\w*|\bcut(?:ting)? (?:again|deeper)\b",
    r"\bkms\b|\bkys\b|\bctb\b|\bunalive\b|\bunaliv",
    # Means gathered; an attempt that feels near again; not being around much longer; who
    # gets the things; forever asleep; a message to pass on.
    r"\b(?:saving|saved|stockpil\w*|hoarding|collecting) (?:up )?(?:my |all my |the |some )?(?:pills|meds|"
    r"medication|xans|bars|pain ?killers|sleeping pills)\b|\b(?:got|bought|have|found|tied|made) (?:the|a) "
    r"(?:rope|noose)\b|\bnoose\b",
    r"\b(?:my )?(?:last|previous|first|second|other|old) (?:attempt|try)\b.{0,60}\b(?:again|feel|feeling|"
    r"starting|coming back|thinking)\b|\battempt(?:ed)? (?:suicide|to kill)\b",
    r"\b(?:wont|will not|dont think ill|not gonna|not going to|might not|may not) be (?:around|here|"
    r"alive) (?:much longer|for long|long|next (?:week|month|year)|anymore|by (?:then|the weekend))\b"
    rf"{AWAY}"
    r"(?!.{0,12}\b(?:at|in|on) (?:this|my|the) (?:job|school|team|house|place|city|town)\b)|"
    r"\bnot like ill be \w+ (?:much )?(?:longer|anymore)\b|\bwont be here next (?:week|month)\b"
    rf"{AWAY}",
    r"\bwho gets (?:ur|your|my) (?:stuff|things) (?:if|when) (?:ur|your|youre|you are|im|i am|i) (?:gone|"
    r"die|dead)\b|\bif (?:im|i am|i was|i were) gone\b(?! for)"
    rf"{AWAY}",
    r"\bwhats (?:even )?the point (?:anymore|of anything|of it all|of living|of being here|of trying|"
    r"of life)\b|\bwatching myself from (?:above|the ceiling|outside)\b",
    r"(?:\bsleep(?:ing)?|😴) forever\b|\bforever sounds (?:nice|good|great|peaceful)\b",
    r"\btell my (?:mom|mum|sister|brother|family|dad|friends|baby|grandma|little \w+) (?:i love|that i "
    r"love|im sorry|sorry|bye|goodbye)\b(?!.{0,30}\bwhen (?:u|you) see\b)"
    r"(?!.{0,25}\bi (?:broke|lost|forgot|missed|spilled|dented|scratched) (?:the|her|his|their|my) "
    r"(?:vase|plate|bowl|phone|glasses|tv|window|lamp|cup|mug|keys|dishes|car|dinner|curfew|bus)\b)",
    r"\b(?:took|taken|swallowed|popped|ate|downed) (?:like )?(?:a bunch of|a lot of|\d\d+|all (?:my|the|"
    r"of my)|a handful of|a whole bottle of|too many|some) (?:xans|xanax|bars|pills|tylenol|advil|"
    r"percs|perc|oxy|sleeping pills|meds)\b(?<!some advil)(?<!some tylenol)(?<!some meds)|"
    r"\bdrank a whole bottle\b.{0,30}\b(?:took|pills|xans|bars|meds)\b",
    r"\b(?:on|up to|went up to|at) the (?:roof|bridge|ledge)\b.{0,40}\b(?:jump|look down|edge|end it|"
    r"didnt jump)\b",
    # An urge after time clean from self-harm; a plan made; wanting it all to go dark.
    r"\b(?:clean|free|sober|stopped|quit|off) (?:from |of )?(?:cutting|self harm|selfharm|sh|"
    r"hurting myself|burning)\b.{0,60}\b(?:want to|wanna|want it|urge|urges|so bad|tonight|relapse|"
    r"slip)\b|\burges? to (?:cut|sh|hurt myself|burn myself|self harm)\b",
    r"\b(?:got|have|had|ive got) (?:it|everything|it all) (?:all )?(?:planned|figured out)(?: out)?\b"
    r"(?!.{0,40}\b(?:party|birthday|trip|wedding|vacation|outfit|prom|essay|project|date night|"
    r"move|interview|quinceanera|college|school|class|summer|semester|career|future|week|weekend|"
    r"holidays?|christmas|thanksgiving|game|meeting|test|exam|shift|route)\b)",
    r"\b(?:everything|it all|all of it|i|me|my life|the world) (?:to )?(?:go|goes|going|fade|turn) "
    r"(?:dark|black|quiet) (?:for good|forever|permanently)\b|"
    r"\b(?:want|wish|wanna|ready for|just want) (?:everything|it all|all of it|the world|my life|"
    r"life) to (?:go|fade|turn) (?:dark|black|quiet|away)\b",
    r"\bsu+i+c+i*d|\bsuic|\bsucid|\bsuisid|\bsuiside|\bsewer ?slide|\bsuicde|\bsuisde",
    rf"(?<!phone is )(?<!battery is )(?<!phone )\b{WANT} (?:to )?{DIE}\b|\bwant(?:ed)? (?:to )?be dead\b|\b(?:wanna|want to) die\b",
    r"\bwish (?:i|id) (?:was|were|could be|would) (?:dead|gone|never born|not here|not alive)",
    r"\bwish i (?:wasnt|werent|was never|had never been) (?:born|alive|here|around)",
    r"\b(?:dont|do not|dont even|no longer) want to (?:live|be alive|be here|exist|wake up|"
    r"be around|go on|keep going|do this anymore)",
    r"\b(?:no|not any|dont see a|dont have a|dont have any|theres no) "
    r"(?:reason|point|purpose) (?:to|in|of) (?:live|living|being alive|being here|going on|"
    r"keep going|trying|life|anything)",
    r"\bbetter (?:off )?(?:dead|without me|if i (?:was|were|wasnt|werent|was not|were not) "
    r"(?:gone|dead|here|around|alive|born))",
    r"\b(?:wont|will not|aint gonna|not gonna) (?:be )?need(?:ing)? (?:them|it|this|these|my \w+) "
    r"(?:anymore|any more|where im going|after)?\b|\bwont be needing\b",
    r"\b(?:pills|razor|knife|blade|gun|rope|lighter|bottle) (?:\w+ ){0,3}(?:in front of me|in my "
    r"hand|in my hands|right here|next to me|with me right now|in my lap)\b",
    r"\b(?:standing|sitting|up|out|climbed|climbing) on (?:the|a|this|top of the) (?:bridge|roof|balcony|"
    r"ledge|edge|overpass|railing|tracks)\b|\bon the roof\b.{0,300}\bjump\b|\bjump\b.{0,300}\broof\b",
    r"\b(?:dont|do not|dont even) (?:wanna|want to|want) be (?:here|alive|around) "
    r"(?:no more|anymore|any more)\b|\bwhy (?:im|i am) (?:still )?alive\b|\bstill alive\b.{0,300}\bwhy\b",
    r"\b(?:quit|quitting|done with|over|stop|stopping) (?:life|living)\b|\bdone living\b",
    r"\b(?:drank|drink|drinking|swallowed|swallow) (?:some |the )?(?:bleach|poison|antifreeze|"
    r"cleaner|drain cleaner|rat poison)\b|\bod on purpose\b|\boverdose on purpose\b",
    r"\bif i (?:dont|never|do not) wake up\b",
    r"\b(?:burn|burning|burned|burnt|cut|cutting|scratch|scratched|scratching|carve|carved|carving|hit|"
    r"hitting) "
    r"(?:my|myself on my) (?:arm|arms|skin|leg|legs|hand|hands|wrist|wrists|thigh|thighs|stomach)\b",
    r"\b(?:gonna|going to|will|its|it will) (?:all )?be (?:over|done) (?:soon|tonight|tomorrow|"
    r"for me)\b|\bmade my mind up\b",
    r"\b(?:telling|tells|told) me to (?:jump|die|kill|end it|do it|hurt)\b",
    r"\b(?:fade|fading) (?:out|away)\b|\b(?:already|basically) gone\b",
    r"\bhow (?:much|many) .{0,40}(?:would|does|will|did) (?:it )?take\b",
    r"\b(?:said|say|saying|told) (?:bye|goodbye|good bye) to (?:everyone|everybody|all|my family)\b|"
    r"\b(?:texted|sent|said|told) (?:me|us|her|him)? ?(?:bye|goodbye)\b.{0,300}\b(?:not answering|"
    r"isnt answering|wont answer|cant reach|not picking up)\b",
    r"\blet (?:him|them|her|it) kill me\b",
    r"\b(?:stop|quit|keeps|keep|been|started) cutting\b(?!.{0,25}\b(?:ago|months|years|weeks|"
    r"clean|proud|streak)\b)|\bcutting (?:herself|himself|themselves|"
    r"myself)\b|\bcuts? (?:herself|himself|themselves)\b",
    r"\b(?:doesnt|does not|dont|do not) want to (?:live|be alive|be here|exist|wake up)\b|"
    r"\b(?:wants|want|wanted) to (?:die|kill (?:herself|himself|themselves))\b|"
    r"\b(?:kill|hurt|harm) (?:herself|himself|themselves)\b",
    r"\b(?:nobody|no one|noone|nobdy|nobody else) (?:would|will|is gonna|is going to|even|"
    r"wouldnt|will ever)(?: even| really| ever| actually| notice or)? (?:miss|care|notice|cry)",
    r"\b(?:sleep|go to sleep|fall asleep) (?:and )?(?:never|not|forever|and not) ?"
    r"(?:wake|waking)|\bsleep forever\b|\bnever wake up\b|\bnot wake up\b",
    r"\b(?:want|wanna|wish|going|gonna|could|should|just|like to) (?:to )?(?:i could )?"
    r"(?:disappear|vanish|fade away|stop existing|cease to exist)\b|"
    r"\bdisappear (?:forever|for good)",
    r"\b(?:tired|sick|done) (?:of|with) (?:living|being alive|life|existing|everything|"
    r"it all|this life|all of it)",
    r"\bcant (?:do this|go on|keep going|take it|take this|handle this|handle it|live like "
    r"this|keep doing this)(?: any ?more| no more)?\b",
    r"\b(?:end|ending|end it|finish|finishing) (?:it all|it|everything|my life|things(?! with| con)|"
    r"my own life|this life)\b",
    r"\b(?:want|wanna|need|wish|gonna|going) (?:it all|everything|all of this|all of it|"
    r"this|it|my life|life) to (?:end|stop|be over|be done|go away)",
    r"\b(?:everything|it all|all of it|all this|life|my life) (?:to )?(?:end|be over)\b",
    r"\btake my (?:own )?life\b|\btake my life\b|\bmy own life\b",
    r"\b(?:overdose|overdosed|over dose|oded)\b|\b(?:i|i just|just|think i|i think i|pretty sure i)"
    r" (?:odd|oded|od|overdosed)\b|^odd\b",
    r"\b(?:how many|how much) (?:\w+ ){0,3}(?:does it take|would it take|to die|to kill|to od|"
    r"to overdose|is too much|is lethal|is deadly|would kill)",
    r"\bpainless (?:way|ways|death|method|methods)\b|\b(?:lethal|fatal|deadly) (?:dose|amount)\b|"
    r"\b(?:easiest|best|quickest|fastest) (?:way|ways) to (?:die|go|end it|not wake up)\b",
    r"\b(?:step|stepping|jump|jumping|walk|walking|run|running|lay|lie|laying) (?:out )?(?:in front "
    r"of|into|onto|off) (?:a |the )?(?:train|bus|traffic|car|truck|bridge|roof|building|tracks|overpass|"
    r"balcony|ledge|cliff)",
    r"\b(?:hold|holding|held) my breath\b.{0,300}\b(?:stop|die|dont come up|not come up|never)\b",
    r"\b(?:drown|drowning|hang|hanging|shoot|shooting) (?:myself|my self)\b",
    r"\bcant feel my (?:hands|legs|arms|body|face|feet)\b",
    r"\b(?:took|take|taking|swallowed|downed|popped|gonna take|just took) (?:like |about |maybe )?"
    r"(?:a (?:whole )?(?:bunch|lot|handful|bottle) of|all (?:my|the|of my|of the)|too many|\d+(?: of my)?) "
    r"(?:my |of |my \w+ |of my \w+ )?(?:xanax|xans|bars|oxy|oxys|percs|perc|fent|fentanyl|insulin|pills|tylenol|"
    r"benadryl|advil|meds|sleeping pills|molly|addys)\b",
    r"\b(?:took|take|taking|swallowed|downed|popped|gonna take) (?:like |about |maybe )?"
    r"(?:a (?:bunch|lot|handful) of|all (?:my|the|of my|of the)|too many|a bottle of|"
    r"the whole bottle|\d+(?: of my| of the| of)?) "
    r"(?:pills|meds|tylenol|xans|bars|sleeping pills|advil|painkillers)",
    r"\b(?:jump|jumping|jumped) (?:off|from|in front of) ",
    r"\b(?:rope|noose|razor|blade|blades)\b.{0,300}\b(?:me|myself|neck|wrist|arm)s?\b",
    r"\b(?:slit|slitting|cut|cutting) (?:my|mi) (?:wrist|wrists|arm|arms|leg|legs|thigh)",
    r"\b(?:suicide|goodbye|good bye|last|final) (?:note|letter|message|post|text)\b",
    r"\b(?:giving|gave|give) (?:all )?(?:my|away my) (?:stuff|things|clothes|shoes|stuff) "
    r"away\b|\bgiving away my\b",
    r"\bthis is (?:goodbye|my last)\b|\bsay(?:ing)? (?:my )?goodbye(?:s)? (?:to|for)\b|"
    r"\b(?:this is|heres|here is) my goodbye\b",
    r"\b(?:wrote|writing|write|left|leaving) (?:\w+ )?(?:letters|notes|a letter|a note) "
    r"(?:for|to) (?:everybody|everyone|my family|my mom|my friends|people|all)\b",
    r"\b(?:write|writing|wrote|make|making|made) (?:a|my) will\b",
    r"\b(?:can|gets to|get to|should) have (?:all )?my (?:stuff|things|clothes|shoes|phone|room|"
    r"money|dog|cat) (?:after|when im gone|when i die|when im dead)",
    r"\b(?:exit|leave|leaving|check out of|be gone from|done with) (?:this|the) (?:world|earth)\b|"
    r"\b(?:leave|leaving|gone|go away|disappear) (?:forever|permanently)\b|\bpermanently\b.{0,300}"
    r"\b(?:leave|leaving|gone|go)\b|\b(?:leave|leaving)\b.{0,300}\bpermanently\b",
    r"\b(?:pain|hurt|hurting|it|everything|this) to (?:stop|end|go away) (?:forever|for good|"
    r"permanently)\b|\b(?:stop|end)\W+forever\b|\bstay asleep\b|\bsleep (?:forever|for good)\b",
    r"\b(?:wont|will not|not gonna|not going to) be (?:around|here|alive) "
    r"(?:much longer|for long|tomorrow|anymore)",
    r"\b(?:a|such a|im a|just a) burden\b",
    r"\bi (?:should|could) (?:just )?(?:die|disappear|end it|not exist)\b",
    r"\bhate (?:my life|being alive|living)\b.{0,300}\b(?:die|end|over|gone|anymore)\b",
    r"\b(?:life|living) (?:isnt|is not|aint) worth\b|\bnot worth living\b",
    r"\b(?:bleeding|blood) (?:a lot|everywhere|wont stop)\b|\bim bleeding\b",  # Finishing what life started, a life already over, a farewell that absolves the living.
    r"\b(?:might as well|may as well|should just|gonna|going to|time to) (?:just )?finish "
    r"(?:the job|it|it off|what (?:i|they|he) started)\b",
    r"\b(?:my life|lifes|life is|its all|it is all|im) (?:basically |pretty much |already |just |"
    r"kinda |all )?(?:over|done|finished) (?:for me|anyway|already|now)\b",
    r"\b(?:tell|let) (?:whoever|everyone|everybody|them|her|him|people|my \w+)\b.{0,40}"
    r"\b(?:wasnt|was not|isnt|is not|aint|not) (?:their|her|his|your|anyones|my \w+s) fault\b|"
    r"\b(?:tell|let) (?:my \w+|everyone|everybody|them) (?:know )?(?:i love|im sorry|i am sorry)\b"
    r".{0,30}\b(?:bye|goodbye|gone|sorry)\b",
    r"\bleave leave\b|\b(?:leave|go|gone) for real for real\b|\b(?:leave|leaving) (?:it all|"
    r"everything|everyone) (?:for good|forever)\b",
    r"\bwhen (?:your|youre|you are|im|i am|ur|u r|u are|we are|were) (?:dead|gone|in the ground)\b|"
    r"\bafter (?:i die|im dead|im gone|i am gone|i am dead)\b",
    r"\b(?:tallest|highest) (?:bridge|building|roof|overpass|cliff|parking)\b|\bpills (?:counted|"
    r"lined up|ready|all out)\b|\bcounted (?:out )?(?:the |my |all |all my )?pills\b",
    r"\b(?:quit|stop|stopped|done) existing\b|\bnot attached to (?:it|life|living|this life|being alive)\b|"
    r"\blife can end\b|\b(?:and|with) me gone\b",
    r"\bletters? (?:for|to) my\b.{0,40}\bjust in case\b|\bjust in case\b.{0,30}\bletters?\b",
    r"\b(?:holding|grabbed|gripping|staring at) (?:the|a|my) (?:razor|blade|knife|gun|rope|pills|bottle)\b",
    r"\b(?:want out|out|gone|leave|leaving)\W+(?:permanently|for good|forever)\b|\b(?:dip|dipping|"
    r"dippin) (?:forever|for good)\b",
    r"\bhow (?:long|much|many) (?:\w+ ){0,4}(?:to drown|to bleed out|to die|to overdose|to od|to "
    r"suffocate|to hang)\b|\b(?:googled|searched|looked up) (?:how|ways) to (?:die|kill|drown|overdose|"
    r"hang|not wake)",
    r"\bmy plan is (?:set|ready|done|made|for)\b|\b(?:i have|ive got|i got|got) a plan\b.{0,30}"
    r"\b(?:tonight|friday|tomorrow|saturday|sunday|monday|this week)\b|\bwanted someone to know\b",
    r"\b(?:done|quit|stop|stopping) (?:with )?breathing\b|\bquit (?:everything|life|it all)\b|"
    r"\bwhen (?:do|can|will) i (?:get to )?be (?:over|done|gone)\b",
    r"\b(?:aint|not|dont|no) (?:trying to|wanna|want to|tryna) (?:be|b) (?:here|alive|around) "
    r"(?:no more|anymore|any more)\b|\b(?:aint|no) (?:nobody|no one|one) (?:gonna|going to|would|"
    r"will) (?:even )?(?:miss|care|notice)\b",
    r"\bsorry for everything\b|\b(?:walking|going|headed|heading|on my way|walked) to the "
    r"(?:tracks|bridge|roof|river|train tracks|overpass)\b",
    r"\b(?:quit|quits|quitting|give up|giving up|gave up) on (?:everything|me|myself|life|it all|living)\b",
    r"\brather (?:have )?(?:a )?(?:dead|me dead|see me dead)\b|\bone less mouth\b|"
    r"\bif i (?:just )?(?:wasnt|werent|was not|were not|was gone|were gone) (?:here|around|alive|born)?\b",
]

DANGER = [
    r"\bfired shots\b|\bshot at (?:me|my|us)\b",
    r"\bgrabs (?:me|my (?:arm|neck|hair|throat))\b|\bthrows? (?:stuff|things|shit|bottles|plates|"
    r"glass\w*|chairs) at me\b|\blocks (?:me|us) (?:in|up|inside)\b|\bnobody would believe me\b",
    r"\b(?:wont|will not|doesnt|dont|never) let (?:her|him|them) (?:leave|go out|out|go)\b"
    r"(?! (?:to|at) (?:the )?(?:party|parties|mall|movies|concert|sleepover)\b)",
    # Someone who should not be there, waiting outside where one works, studies or lives.
    r"\b(?:my ex|he|hes|a guy|some guy|this guy|that guy|the guy|a man|some man|the man|a dude|"
    r"some dude|daddy|my pimp|someone|somebody|my stalker)(?: is| s| keeps| been)? (?:parked|waiting|"
    r"sitting|standing|lurking) (?:outside|out front of|in front of|by) my (?:job|work|school|house|"
    r"home|door|apartment|building|place|window|car)\b",
    rf"\b{HE} (?:is |are )?(?:outside|out side|here|coming|coming back|on (?:his|her|their) way|"
    r"at the door|at my door|downstairs|looking for me|following me|after me|watching me|"
    r"banging on|trying to get in|breaking in|waiting for me)",
    rf"\b(?:locked|lockd|locking|trapped) (?:{ME} )?(?:in|inside)\b|\bstuck (?:in|inside) (?:a|the|his|her|"
    r"their|this) (?:room|car|trunk|closet|basement|van|motel|hotel)\b(?!.{0,20}\b(?:till|until|paid|"
    r"for the weekend|for a few days|for (?:a|one|two|\d) (?:night|nights|days|weeks?))\b)|\blocked {ME} up\b|\bim trapped\b|"
    r"\blocked in\b|\blocked me\b",
    rf"\b(?:wont|will not|doesnt|dont|wouldnt|never) let {ME} (?:leave|go|out|get out|"
    r"outside|come home|go home|eat|sleep|talk|have my|see)",
    r"\bcant (?:get out|leave|escape|get away|run)\b",
    r"\b(?:been|is|keeps|keep|started|has been|hes been|shes been) following me\b|\bfollowing me\b.{0,300}"
    r"\b(?:scared|afraid|help)\b|\blooking for me\b|\b(?:im|i am) hiding\b|\bhiding (?:in|from|under)\b",
    r"\b(?:threw|throw|throws|pushed|shoved|slammed|dragged|kicked) me (?:down|into|against|"
    r"across|out of|off|on)\b|\b(?:broke|broken|busted) my (?:\w+ and my )?(?:tooth|teeth|nose|arm|jaw|ribs|rib|"
    r"finger|wrist|head)\b",
    r"\b(?:hell|shell|theyll|hed|shed|theyd|he would|he will|she will|they will|he gonna|she gonna|he gon|he finna|"
    r"hes gonna|shes gonna|hes going to|gonna) (?:kill|hurt|shoot|beat|stab|find|get|come after) "
    r"(?:me|my|us|him|her)\b|\b(?:hell|shell|theyll|he will|she will|they will) (?:shoot|stab|kill)\b",
    r"\bif (?:he|she|they|my \w+) (?:finds|find|catches|catch|sees|see) me\b",
    r"\bpunch(?:es|ing|ed)? (?:the )?walls?\b|\b(?:im|i am|ill be) next\b",
    r"\b(?:not|isnt|is not|wont|aint) (?:waking up|breathing|moving|responding|wake up)\b",
    r"\b(?:hurt|kill|do something to|go after|come for|touch) my (?:little |baby |lil )?(?:brother|"
    r"sister|mom|mother|family|baby|kid|kids|son|daughter|grandma)\b|\bknows? where my (?:mom|family|"
    r"grandma|parents|sister|brother) (?:lives|live|is|stays)\b",
    r"\bif (?:i|you) (?:talk|tell|snitch|go to the cops|call the cops|leave|run|try to leave)\b.{0,300}"
    r"\b(?:kill|hurt|do something|find|shoot|beat|sorry|pay)\b",
    r"\b(?:scared|afraid) to (?:go home|go back|sleep at home)\b|\bbruises?\b.{0,300}\bcant go home\b|"
    r"\bcant go home\b.{0,300}\bbruises?\b",
    r"\b(?:trying to|tryna|trying|about to) (?:break|kick|knock|bust) (?:down |in )?(?:the|my) "
    r"(?:door|window)|\b(?:breaking|banging|pounding|kicking|busting) (?:down |in |on )?(?:the|my) "
    r"(?:door|window)\b",
    rf"\b(?:hit|hits|hitting|beat|beats|beating|beat up|choke|chokes|choked|choking|strangl\w*|"
    rf"punch\w*|kick\w*(?! me out)|slap\w*|smack\w*|shove\w*|grabb\w*|drag\w*|burn\w*|stab\w*|"
    rf"rap\w*|assault\w*|attack\w*|touch\w*|molest\w*|abus\w*) (?:{ME}|my (?:sister|brother|"
    r"friend|baby|kid|mom))\b"
    r"(?! (?:at|in) (?:chess|checkers|cards|uno|video ?games?|games?|fortnite|madden|2k|fifa|racing|pool|ping pong|arm wrestling|everything|math|mario ?kart|smash)\b)",
    rf"\b{HE} (?:is |are )?(?:hurting|beating|hitting|choking|raping|abusing|attacking) ",
    r"\b(?:hes|shes|theyre|he is|she is|they are|someone is) (?:gonna|going to|about to|"
    r"gunna) (?:kill|hurt|beat|find|get|take) ",
    r"\b(?:threaten\w*|said (?:hed|he would|he will|she would|they would)|says (?:hell|he will|"
    r"shell|theyll)) (?:to )?(?:kill|hurt|beat|find|get|come after|shoot)",
    r"(?<!\bnerf )(?<!\bwater )(?<!\bglue )(?<!\btoy )(?<!\bsquirt )(?<!\bbb )(?<!\bpaintball )"
    r"(?<!\bairsoft )(?<!\bnail )(?<!\bheat )(?<!\bspray )(?<!\bbutter )(?<!\bplastic )"
    r"\b(?:gun|knife|weapon|blade|pistol|strap)\b",
    r"\bscared (?:for|of) (?:my life|dying|him|them|what hell|what he will)",
    r"\b(?:not|dont feel|never feel|dont) safe (?:right now|rn|now|tonight|here|at home|"
    r"at my house|going home|to go home|with him|with them|at all|anymore)",
    r"\bim not safe\b|\bnot safe\b.{0,300}\b(?:home|tonight|now|here)\b",
    r"\bin danger\b|\b(?:its|this is|having|i have) an? emergency\b|^emergency(?: help)?$|"
    r"\bhelp me (?:now|rn|right now)\b|\bsos\b|\bhelp help\b|\bplease help me\b$",
    r"\b(?:raped|rape|sexually assaulted|sexual assault|molested|gang raped)\b",
    r"^(?!.*\b(?:movie|film|show|series|book|episode|netflix|novel)\b).{0,300}"
    r"\b(?:kidnap\w*|abduct\w*|taken against my will|held (?:against my will|hostage))\b",
    r"\bcall (?:the )?(?:cops|police|911|an ambulance) (?:for me|now|rn|please)\b|"
    r"\b(?:need|send) (?:the )?(?:cops|police|an ambulance)\b",
    r"\bcant breathe\b|\bpassed out\b|\bunconscious\b|\bnot breathing\b",
    # Drugged by someone: a drink spiked, a body that will not move.
    r"\b(?:drugged|roofied|roofy|roofie|spiked) (?:me|my (?:drink|cup|soda|food))\b|"
    r"\b(?:got|was|been|get|getting) (?:drugged|roofied)\b|\b(?:got|was|been|get|getting) spiked\b"
    r"(?! (?:in|at|during|playing) (?:volleyball|practice|pe|gym class)\b(?!.{0,40}\b(?:woke|party|"
    r"cant|dont remember|drink)\b))|\bput (?:something|sth|smth|"
    r"stuff|a pill|pills|drugs) in my (?:drink|cup|soda|food|juice)\b",
    r"\b(?:hands?|arm) (?:around|on) my (?:neck|throat)\b|\bneed help (?:now|right now)\b",
    r"\b(?:w|with) (?:a|his|her|their) (?:bat|crowbar|pipe|machete|hammer|tire iron)\b.{0,40}\b(?:outside|"
    r"(?:waiting for|looking for|after|coming for|coming after|following) (?:me|us)|at (?:the|my) door)\b|"
    r"\boutside my (?:window|door|house|room|car)\b.{0,300}\b(?:bat|gun|knife|weapon|yelling)\b|"
    r"\b(?:bat|gun|knife|weapon)\b.{0,300}\boutside my (?:window|door|house|room)\b",
    r"\b(?:daddy|my man|he|she|they) (?:takes|took|keeps|kept) (?:all )?(?:the|my) money\b",
    r"\b(?:hes|shes|theyre|im) (?:drunk|high) and (?:angry|mad|violent|yelling|hitting)",
    rf"\bhurt(?:ing)? {ME} (?:bad|badly|again|{NOW})\b",
    r"\bhe (?:hurt|hurts|beat|beats|hit|hits|choked|chokes) me\b",  # "are you safe? because im not": safety denied in the same breath.
    r"\bsafe\b(?: \w+){0,4} (?:im|i am|i m) not\b|\bim not (?:ok|okay) and (?:im|i am) scared\b",
    # Found, watched, stalked: they know where I am.
    r"\b(?:he|she|they|them|someone|somebody|my \w+) (?:know|knows|found|find|found out|figured "
    r"out|finds out) where (?:i|im|i am|we|were|we are) (?:stay|staying|live|living|am|are|sleep|"
    r"sleeping|hiding|at|work|go to school)\b",
    r"\b(?:making|made|makes|forcing|forced|pushing|pulled|pulling) (?:me|her|him|us|them) "
    r"(?:to )?(?:get|go|come)? ?(?:back )?(?:in|into) (?:his|the|a|their|some) (?:car|van|truck)\b",
    # A car circling the house, someone in the room at night, gunshots, "i know where u are".
    r"(?<!\bmy )(?<!\bour )\b(?:car|truck|van|suv)\b.{0,20}\b(?:keeps (?:driving|coming) (?:past|by|"
    r"around)|been (?:driving|parked|circling)|circling)\b(?!.{0,20}\b(?:shop|garage|mechanic|dealer)\b)",
    r"(?<!\bdog )(?<!\bcat )(?<!\bpuppy )(?<!\bkitten )(?<!\bpet )"
    r"\b(?:comes|came|coming|sneaks|snuck) (?:in|into) my room (?:at night|when)\b|"
    r"\bi know where (?:u|you) (?:are|live|stay|sleep)\b(?! coming from(?!.{0,40}\b(?:waiting|dont run|"
    r"rn|tonight|find you|ill be)\b))",
    # Gunshots and being pinned, but not on a screen or a mat.
    r"^(?!.*\b(?:movie|movies|film|videogame|video game|fortnite|cod|gta|netflix|youtube|tiktok|"
    r"on tv|in the game|lyrics)\b.{0,30}\b(?:gunshots?|shots fired)\b(?!.*\b(?:outside|street|window|"
    r"house|apt|apartment|block|bus stop|hit|scared|near|party|afuera|talk|hurt)\b))"
    r"(?!.*\b(?:gunshots?|shots fired)\b.{0,30}\b(?:movie|film|on tv|in the game|video game|fortnite|"
    r"cod|gta|netflix|youtube|tiktok)\b(?!.*\b(?:outside|street|window|house|apt|block|hit|scared|"
    r"party|afuera|talk|hurt)\b)).{0,300}\b(?:gunshots?|shots fired)\b",
    r"\b(?:(?:has|had|got) me pinned|pinned me)\b(?! (?:at|in|during) (?:practice|the match|a match|"
    r"wrestling|the meet|the tournament|jiu jitsu|bjj|judo)\b(?!.{0,60}\b(?:down|wouldnt|clothes|"
    r"touch\w*|left|locker|bed|kiss\w*)\b))",
    r"\b(?:hes|he is|shes|she is|theyre|they are) back and (?:hes|he is|shes|she is|theyre|they are) "
    r"(?:mad|angry|drunk|pissed|high|yelling)\b",
    r"\b(?:bf|boyfriend|dad|stepdad|step dad|uncle|man|husband|mom|moms bf|moms boyfriend)s? "
    r"(?:hits|beats|chokes|hurts|punches|slaps|keeps hitting) (?:her|him|them)\b"
    r"(?! (?:at|in) (?:chess|checkers|cards|uno|video ?games?|games?|fortnite|madden|2k|fifa|racing|pool|ping pong|arm wrestling|everything|math|mario ?kart|smash)\b)",
    # "he said hed kill me"; "head" too, as a quick hand may spell it.
    r"\b(?:said|says|swore|told me) (?:hed|head|shed|theyd|he would|she would|they would) (?:kill|hurt|"
    r"find|shoot|beat|stab|come for|come after)\b",
    r"\bbleeding (?:from|out of) my\b|\bgot jumped\b|\bcant breath\w*\b|\block(?:s|ed)? from "
    r"(?:the )?outside\b|\btook the (?:door )?(?:handle|knob) off\b",
    r"\blook out (?:your|the) window\b|\b(?:his|her|their) (?:car|truck|van) is (?:outside|in the "
    r"parking lot|out front|parked outside)\b|\b(?:trying|tried|jiggling|turning|rattling|pulling) the "
    r"(?:door ?)?(?:handles?|knobs?)\b|\bin the back of (?:a|his|the|their|some) (?:van|car|truck)\b",
    r"\bsaw (?:his|her|their|the|that) (?:car|truck|van) (?:\w+ ){0,4}(?:street|house|school|"
    r"outside|block|work|again|twice|every day)\b",
]

EXPLOITED = [
    r"\bim his\b(?! (?:friend|sister|cousin|daughter|kid))|\bhis name (?:tatted|tattooed|inked) on "
    r"(?:my|me)\b",
    r"\b(?:trade|trading|traded) (?:for|sex for|myself for|my body for) (?:food|a place|rent|a room|"
    r"money|somewhere to stay|a bed|drugs)\b",
    r"\b(?:keeps|has|holds) (?:it|my phone)\b.{0,40}\bwhen (?:im|i am) working\b",
    r"\bwork (?:for free|without pay|for nothing)\b.{0,40}\bowe\b|\bowe\b.{0,40}\bwork (?:for free|"
    r"without pay|for nothing)\b",
    r"\bbooks? (?:me|her) (?:with|w) (?:men|guys|dudes|clients|johns)\b|\b(?:holds|keeps|takes) all "
    r"(?:the|my) money\b",
    r"\bhelp out (?:with|w) his (?:friends|boys|homies)\b|\bthe way the other girls do\b",
    r"\bif i (?:dont|do not|stop) (?:keep )?working for (?:him|her|them)\b",
    r"\bwork (?:it|this|that) off at\b|\bwork off (?:what|the debt|her debt|his debt|my debt)\b|"
    r"\bwork (?:till|until) (?:its|it is|it s|the debt is|everything is) paid\b",
    r"\b(?:give|pay) (?:me|u|you|her) (?:\$?\d+|money|cash)(?: bucks| dollars)?\b.{0,30}\bif (?:i|u|you|"
    r"she) (?:send|show)\b",
    r"\bmake money for (?:her|his|my|their|the) (?:moms |mom s )?(?:boyfriend|bf|man|uncle|stepdad|"
    r"boss|pimp)\b",
    r"\b(?:i|we) still owe\b.{0,30}\b(?:trip|ticket|ride|gas|motel|room)\b|\bwe owe (?:him|her|them)\b",
    # Money offered to go with someone; girls asked to "parties" for money.
    r"\b(?:offer\w*|keeps offering|kept offering) (?:me|her|us|girls) (?:money|cash|\$?\d+|a place|"
    r"a room|a ride|food|drugs) (?:to|if i|if she|if we) (?:go|come|leave|hang|chill|spend|stay|sleep|"
    r"do|party|kick it)\b",
    r"\b(?:parties|party|kickbacks?)\b\W*(?: \w+){0,2} for (?:money|cash|\$\d+)\b",
    rf"\b(?:selling|sells|sold|sell|pimping|pimp|pimps|prostitut\w*|trafficking|traffic) "
    rf"(?:{ME}|us|my body|her|my sister|my friend)\b",
    r"\b(?:being|getting|been|got|was|im|am) (?:sold|trafficked|pimped|prostituted|"
    r"sex trafficked|exploited)\b(?! out\b)|\b(?:im|i am|i think im|i was|she is|shes|he is|hes|they are|"
    r"my \w+ is) (?:being )?groomed\b",
    r"\b(?:be|being|getting|been|got|was|im|am|is|are|were) (?:\w+ )?trafficked\b|"
    r"\bpimp(?:s|ed|ing|in)?\b",
    r"\b(?:dates|johns|tricks)\b.{0,300}\b(?:makes?|made|forces?|forced|sends?|sent|puts?|takes?|"
    r"took|quota|daddy|pimp|my man|owe)\b|\b(?:johns|tricks)\b",
    r"\b(?:makes?|made|making|forces?|forced|forcing|sends?|sent|puts?|pressur\w*|wants?) "
    r"(?:me|us|her) (?:to )?(?:go on dates|do dates|see (?:guys|men|clients|johns)|"
    r"meet (?:guys|men|clients|johns|people)|have sex|sleep with|hook up|do stuff|"
    r"do things|work the|walk the|post|sell|be with|dance|strip|do sex)",
    r"\b(?:on|work|working|walk|walking|worked) (?:the|da|tha) (?:track|stroll|blade|block|ho stroll)\b"
    r"(?! (?:team|meet|practice|season|club|coach|and field|field|tryouts|workout)\b)",
    r"\bquota\b(?! of \d+ (?:free throws|shots|laps|push ?ups|sit ?ups|pages|words|books|problems|"
    r"reps|miles|steps|calls|sales)\b)|\b(?:exit fee|choosing fee|out of pocket|wife ?in ?law|my bottom|bottom bitch|"
    r"the bottom|my folks|the stable)\b",
    r"\b(?:gotta|have to|got to|need to|must|says i|told me to) (?:make|bring|earn|get) "
    r"(?:back )?(?:\d+|\w+ hundred|\w+ grand|money|enough)\b.{0,300}\bbefore (?:i )?(?:can )?"
    r"(?:come|go|get) (?:back|home|in)\b",
    r"\b(?:bring|make|get|earn) (?:back )?(?:\d+|\w+ hundred|\w+ grand|a stack|stacks)\w* "
    r"(?:a|every|per|each) night\b|\bbring back\b.{0,300}\b(?:night|daddy|him)\b",
    r"\b(?:have to|gotta|got to|need to) (?:make|bring|earn) (?:\d+|money|enough)\b.{0,300}"
    r"\b(?:before|or) (?:i can|he|she|they)\b",
    rf"\b{CONTROLLER} (?:took|takes|take|taking|keeps|kept|keep|has|got|is holding|holds|hid|hides|"
    rf"stole|wont give me|will not give me|wants to hold|wants to keep) (?:back )?(?:all )?my "
    rf"(?:\w+ )?{BODY_TAKEN}\b",
    r"\b(?:takes|took|keeps|kept) my (?:whole |entire )?(?:check|paycheck|pay|money|tips|cash)\b",
    r"\b(?:go|going|went|get|getting) square\b|\bsquar(?:e|ing) up\b",
    r"\b(?:only allowed|not allowed|cant go) (?:out|outside|to go out|to leave)(?: except| unless|"
    r" to work| for work)?\b",
    r"\b(?:brings|bring|brought|bringing) (?:men|guys|people) (?:to|over|home|around)\b|\b(?:men|"
    r"guys|they|people) (?:pay|paid|pays) (?:him|her|my (?:uncle|mom|dad|stepdad|bf|boyfriend|"
    r"daddy|man|pimp|aunt|cousin))\b",
    r"\b(?:still )?owe (?:him |them |her )?\$?\d+|\b(?:not done|cant leave|cant stop|cant go) "
    r"(?:until|till|til) (?:its|it is|i|the debt|my debt)\b.{0,300}\bpa(?:id|y)\b|\b(?:my|the) debt "
    r"(?:is|gets) (?:finished|paid|done|paid off)\b|\bwhen my debt\b",
    r"\b(?:massage (?:place|parlor|parlour|spa)|nail salon|the spa)\b.{0,300}\b(?:live|sleep|cant leave|"
    r"debt|owe|papers|id|dont pay|doesnt pay)\b",
    r"\b(?:takes|took|brings|brought|drives|drove) (?:me|her|us) to (?:hotels|a hotel|motels|a "
    r"motel|hotel rooms|the hotel|the motel)\b",
    r"\bi owe (?:him|her|them|my (?:daddy|man|boss|bf|boyfriend)|money|\d+)\b(?! (?:an? )?(?:apology|"
    r"explanation|lunch|dinner|big time|soda|coke|text|call|hug)\b)|\bi owe\b.{0,300}"
    r"\b(?:trip|ticket|rent|debt|back)\b",
    r"\b(?:pay|paying|work) (?:him|them|her|it) (?:back|off) (?:by|with) (?:working|work|doing|"
    r"dates|sex|my body)\b|\b(?:says|said|tells me|told me) i (?:gotta|have to|got to|need to|owe|"
    r"must) (?:pay|work) (?:him|her|them|it)? ?(?:back|off)\b",
    r"\b(?:pay|paying|work) (?:it |him |them |her )?(?:back|off) (?:for |the )?(?:the |my )?"
    r"(?:trip|ticket|bus|flight|rent|debt|room|food|clothes|phone)",
    r"\b(?:debt|debts) (?:to|with) (?:him|her|them|my (?:daddy|man|bf|boyfriend))\b|"
    r"\b(?:says|said|tells me) i owe\b(?! (?:him|her|them|you|my \w+) (?:an? )?(?:apology|"
    r"explanation|lunch|dinner|hug)\b)",
    r"\b(?:show|send|tell) (?:everyone|everybody|my family|my mom|my dad|my parents|my school|"
    r"people|the whole school)\b.{0,300}\b(?:pic|pics|pictures|photos|videos|vids|nudes|what i do|"
    r"what i did|what we did)\b",
    r"\b(?:posting|posted|sharing|shared|leaking|leaked|sending|sent|spreading|showing) "
    r"(?:my|our|those) (?:pics|pictures|nudes|photos|videos|vids|nude)\b",
    r"\b(?:post|send|share|leak|show|spread|expose|release|put out|publish) (?:my|the|those|"
    r"our|all my) (?:pics|pictures|nudes|photos|videos|vids|nude|naked|private|sexy)\b",
    r"\b(?:sextort\w*|blackmail\w*) (?:me|her|him|us|my)\b|\b(?:being|getting|got|been) "
    r"(?:sextorted|blackmailed)\b",
    r"\b(?:has|have|got|took|taking|recorded|filmed) (?:my |our )?(?:nudes|naked pics|"
    r"naked pictures|nude pics|videos of me|pics of me)\b.{0,300}\b(?:unless|if|or|threat\w*)\b",
    r"\b(?:older|old|grown) (?:guy|man|dude|men|woman|lady|person)\b.{0,300}\b(?:offer\w*|promis\w*|"
    r"wants me to|said he could|says he can|invited me|buys? me|bought me|gives? me)\b.{0,300}"
    r"\b(?:job|modeling|modelling|model|dancing|dance|travel|trip|money|gifts|city|move|"
    r"vegas|la|miami|hotel|stay with him)\b",
    r"\b(?:modeling|modelling|dancing|dance|hostess|massage|nanny) (?:job|gig|work)\b.{0,300}"
    r"\b(?:another|other|different) (?:city|state|town)\b",
    r"\b(?:moves|moved|moving|takes|took|drives|drove|sends|sent) (?:me|us|her) (?:from|to|around|"
    r"between) (?:\w+ ){0,4}(?:cit(?:y|ies)|state|states|town|towns)\b|\bthe circuit\b|"
    r"\b(?:different|new|another) (?:city|town|state) every (?:weekend|week|night|few days)\b|"
    r"\bmoved me from \w+ to \w+",
    r"\b(?:wifey|wife in law|wifeinlaw|wifeys)\b|\b(?:says|said) (?:i )?(?:gotta|have to|must) "
    r"stay\b.{0,300}\bor else\b",
    r"\b(?:comes|came|coming) (?:back|home) with (?:money|cash|bruises|new stuff)\b|"
    r"\b(?:money|cash) and bruises\b|\bbruises and (?:money|cash)\b",
    r"\b(?:tracks|tracking|tracked) (?:my|her) (?:phone|location|gps)\b|\bgps on my phone\b",
    r"\b(?:his|her|their) friends\b.{0,300}\b(?:for money|for cash|for rent|pay him|pay her)\b|"
    r"\b(?:see|meet|be nice to|party with|hang with|hang out with|be with) (?:his|her|their) "
    r"friends for\b",
    r"\b(?:sleep|sleeping|slept|hook up|hooking up|have sex|having sex) with (?:whoever|anyone|"
    r"anybody|guys|men|random guys|people)(?: who| that)? (?:lets|let|gives|give|pays|pay|buys|"
    r"will|to get|so i|for)\b",
    r"\b(?:gives|give|gave|buys|bought) me (?:food|weed|money|cash|a place|drugs|rides|a bed|"
    r"a phone|clothes|pills|stuff)(?: and \w+)? (?:if|for|when|as long as) i (?:do|sleep|have|"
    r"hook|let|go)\b",
    r"\b(?:traded|trade|trading|sold) (?:it|myself|sex|my body|me)(?: again)? for (?:a place|"
    r"somewhere|a bed|food|money|weed|drugs|rent|a room|a ride|a phone)",
    r"\b(?:branded|branding)\b|\btattoo\w* (?:his|their|my pimps|my daddys) name\b|"
    r"\bhis name tattooed\b",
    r"\b(?:trade|trading|traded|exchange) (?:sex|stuff|myself|my body|sexual)\b|"
    r"\bsurvival sex\b",
    r"\b(?:sex|sleep with|hook up|mess around|do stuff|sexual stuff|sexual favors|sleep with "
    r"him|sleep with them) (?:for|to get|so i can have|in exchange for) (?:a place|somewhere|"
    r"money|food|a bed|drugs|rent|a room|weed|a ride|my phone|clothes|stay)",
    r"\b(?:let|lets|letting) me (?:stay|crash|sleep)\b.{0,300}\b(?:if i|as long as i|but i have to|"
    r"only if)\b.{0,300}\b(?:sex|sleep with|hook up|do stuff|stuff with|favors)\b",
    # In "the life" or out of it now, but not out of it for years or in it long ago ("im out of
    # the life now", "out of the game 2 yrs", "i was in the life"): that is a need.
    rf"{PAST}\b(?:in|n|into|out of) the life\b{DURATION}|{PAST}\bout of the game\b{DURATION}",
    r"\b(?:leave|leaving|get out of|getting out of|exit|exiting|escape|quit|quitting|end|ending|"
    r"done with|done w|over) the life\b|\b(?:leave|leaving|get out of|getting out of|exit|exiting|"
    r"quit|quitting|escape) the game\b|\b(?:mean|meant|about|(?<!out )of|from) the life\b",
    # "the track" (the street where one is sold) and "out the game" without "of".
    r"\b(?:off|leave|leaving|get off|getting off|out of|get out of|quit|quitting|exit|escape|on) "
    r"the (?:track|blade|stroll)\b(?! (?:team|meet|practice|season|club|coach|and field|field|"
    r"tryouts|workout)\b)|\b(?:get|getting|got|gettin) out (?:the|da) (?:game|life)\b",
    # A name tattooed that is not one's own: branding said sideways.
    r"\bname (?:tatted|tattooed|inked|tatt?ed)\b.{0,40}\b(?:isnt|is not|aint|not) (?:mine|my own)\b|"
    r"\b(?:tatted|tattooed|inked) (?:his|their|a guys|some guys|someones|some1s) name\b",
    # Papers kept by a boss, a man or a "manager".
    r"\b(?:boss|manager|owner|he|she|they|daddy|my man|the guy|the lady|pimp)\b.{0,30}\b(?:keeps|kept|"
    r"took|takes|has|holds|holding|hold|wont give back|wont return) (?:all )?(?:of )?(?:our|my|her|"
    r"their) (?:passports?|ids?|papers|documents|birth certificates?|ss cards?|social security "
    r"cards?|green cards?|visas?)\b",
    # Stranded and told to work for the way home.
    r"\b(?:says|said|told me|tells me|making me|makes me) (?:that )?(?:i )?(?:gotta|have to|got to|"
    r"need to|must|to) work (?:it off )?(?:to|for|before) (?:i )?(?:get )?"
    r"(?:a ride|the ride|my ride|a ride back|home|back|my (?:phone|id|stuff|bag))\b|"
    r"\b(?:truck stop|rest stop)\b.{0,60}\b(?:work|pay|owe|ride)\b",
    # Taken to a place one cannot name.
    r"\b(?:drove|took|brought|moved|flew|driven|taken|brought) (?:me|us|her) (?:\w+ ){0,4}"
    r"(?:to|here)\b.{0,60}\b(?:idk|dont know|do not know|no idea|not sure)\b(?: \w+){0,2} "
    r"(?:address|where i am|where we are|where this is|where)\b",
    r"\b(?:(?:he|she|my (?:boyfriend|man|daddy))(?: is|s)? (?:[2-6]\d) and (?:im|i am) 1[0-7]|"
    r"(?:im|i am) 1[0-7] (?:and )?(?:he|she|my (?:boyfriend|man))(?: is|s)? (?:[2-6]\d))\b",
    r"\b(?:doesnt|dont|wont|never|doesn t) pay me\b.{0,300}\b(?:sleep|live|stay)\b|\b(?:sleep|live|"
    r"stay) (?:in|at) (?:the back|the shop|the store|the salon|the restaurant|work)\b.{0,300}\bpay\b",
    r"\bmy (?:daddy|man|pimp)\b.{0,300}\b(?:money|work|dates|track|quota|post|ads?|"
    r"clients|makes|made|takes|took|rules)\b",
    r"\b(?:ads?|listings?|posts?) (?:of|for|about) me\b|\bpost(?:s|ed|ing)? me (?:online|on)\b",
    rf"\b(?:forc\w*|made|makes|making|pressur\w*|coerc\w*) (?:{ME}|us|her) (?:to |into )?"
    r"(?:have sex|sex|work|sell|do|sleep|stay|go|drugs|take)",
    r"\bforced\b|\bforcing me\b|\bagainst my will\b|\bwont let me go\b",  # A bed, a couch, a ride that is "not free": survival sex said sideways.
    r"\b(?:couch|couches|bed|beds|place|places|room|rooms|roof|ride|rides|food|rent|stay|"
    r"nothing|it) (?:\w+ ){0,2}(?:arent|isnt|aint|are not|is not|was not|wasnt|never|not) "
    r"(?:free|for free)\b",
    r"\b(?:men|guys|people|they|older guys|old men|dudes) (?:pay|paid|pays|give|gives|gave) "
    r"(?:me|her|him) (?:for (?:stuff|sex|things|it|that)|to (?:let|have|do|see))\b",
    r"\b(?:cant|can not|not allowed to) (?:come|go) (?:back|home|inside|in)\b.{0,30}\b(?:til|till|"
    r"until|unless)\b.{0,20}\b(?:make|bring|get|have)\b",
    r"\b(?:his|her|their) name on my\b|\bsays im his\b|\bim his (?:forever|now|property)\b|"
    r"\bdaddy\b.{0,300}\b(?:outsiders|his girls|quota|the room|dates|track)\b",
    r"\b(?:i|we) (?:do|did|doing) dates\b|\bdates for (?:pills|money|food|a place|rent|drugs|him|my)\b|"
    r"\bnot allowed to go (?:anywhere|out|outside)\b|\bhis (?:other )?girls\b",
    r"\b(?:friend|friends|man|guy|dude|men|guys) (?:pays|paid|pay) (?:him|her|my (?:dad|mom|uncle|"
    r"stepdad|aunt|cousin))\b|\bput (?:me|her) on\b.{0,40}\b(?:money|girls|bread|track)\b",
    r"\bsend (?:everything|it all|them|it) to my (?:church|school|mom|family|parents|dad|friends|"
    r"followers)\b|\b(?:run|manage|post|make|start) (?:my|an|her) (?:onlyfans|only fans)\b",
    r"\b(?:posts|posted|posting|puts|put) (?:pics|pictures|photos|ads|videos) of me\b|\b(?:men|guys) "
    r"(?:come|came|coming) (?:to|over to) (?:the|my|our) (?:apartment|house|room|place|motel|hotel)\b",
    r"\btraded for (?:a room|a place|a bed|food|money|a ride|somewhere|rent)\b|\bhook(?:ing)? up "
    r"with (?:this |an |some )?(?:older|old) (?:guy|man|dude)\b|\bonly way i (?:eat|sleep|have a "
    r"place)\b|\bso i (?:do|have to do|gotta do) (?:what|whatever) (?:he|she|they) (?:wants|says)\b",
    r"\b(?:her|his|my) manager\b.{0,30}\b(?:answering|answers|has|took) (?:her|his|my) phone\b|"
    r"\bgoodbye (?:stuff|posts|messages|texts|videos)\b|\bposting goodbye\b|\bposted (?:a )?goodbye\b",
    r"\b(?:hotel|motel) (?:keycard|key card|room key|keys?)\b|\b(?:came|comes|coming) (?:back|home) "
    r"(?:\w+ ){0,4}with (?:a )?(?:hotel|motel|cash|wads of|new phones?|expensive)\b",
    r"\b(?:want|wants|wanted|expect|expects|expected|ask|asks|asked) (?:something|stuff|sex|"
    r"favors|favours|things) (?:back|in return|for it)\b",
    # Fast money with someone's "friends"; people paying for me while I keep nothing.
    r"\b(?:fast|quick|easy|good|real|big|extra) (?:money|cash|bread|bands)\b.{0,40}"
    r"\b(?:with|from|for|by seeing|by meeting) (?:his|her|their|my|some|older) (?:friends|"
    r"homies|clients|guys|men|buddies|people)\b",
    r"\b(?:knows|know|said|says|showed me|show me) (?:how|a way) (?:i|you|we|girls) (?:can|could) "
    r"(?:make|get|earn) (?:fast|quick|easy|good|real|big) (?:money|cash)\b",
    # Kept in and let out only to work; put on a site; dates set up; quotas; a "bottom";
    # choosing up; clients; paying back the ticket before going home; ads as me.
    r"\blets? me out (?:only )?(?:to|for) (?:work|dates|clients)\b|\bkeeps me (?:in|inside|locked in) "
    r"(?:the|a|his|this) (?:room|house|motel|hotel|apartment)\b",
    r"\bput (?:me|her|us) on (?:a|the|some|this) (?:site|website|app)\b|\bset(?:s|ting)? up dates\b(?! (?:to|for) (?:visit|tour) (?:colleges?|schools?|campus\w*)\b|"
    r" for (?:college|campus) (?:tours|visits)\b)|"
    r"\bhit my (?:number|quota)\b|\bmake (?:my )?quota\b|\bchose up\b|\bchoosing up\b|"
    r"\b(?:our|my|the) bottom (?:girl|bitch|takes|says|makes|watches|keeps)\b|"
    r"\bmeet (?:his|their|her) (?:clients|customers)\b",
    r"\bmakes? me (?:see|be with|sleep with|meet|go with) (?:other )?(?:guys|men|dudes|his friends)\b|"
    r"\bgo (?:with|w) his (?:friend|friends|homie|boy|boys)s? for (?:some )?money\b|"
    r"\bhave to do (?:things|stuff|favors) (?:with|for) (?:his|their|her) (?:friends|homies|boys|clients)\b",
    r"\bpay (?:him |her |them )?"
    r"back (?:for )?the (?:plane |bus |train )?(?:ticket|tickets|flight|hotel)\b",
    r"\b(?:posts|posted|posting|puts) (?:ads|listings) (?:with|of|using) my (?:pics|pictures|photos)\b|"
    r"\bpretending to be me\b|\b(?:reads|checks|goes through) my phone every (?:hour|night|\d+ min\w*)\b",
    r"\b(?:call|calls|calling|report|reports) (?:ice|immigration|la migra)\b|\bget me deported\b",
    r"\b(?:they|the folks|folks|he|daddy|my man|them) (?:keep|keeps|kept) moving (?:us|me) "
    r"(?:around|city to city|from)\b(?! foster (?:home|care|family|placement)| placement to placement| "
    r"group home to group home)|"
    r"\bpay (?:her|his|my) "
    r"(?:manager|boss|daddy|man) back\b|\bmy ['\"]?manager['\"]? takes\b|\b(?:older|grown) (?:men|guys)\b.{0,20}"
    r"\bfor money\b",
    r"\bran away\b.{0,60}\b(?:with|w) (?:an|a|some) (?:older|grown) (?:man|guy|dude)\b",
    # Moved city to city: the circuit, said plainly.
    r"\b(?:we|they|he|she|i) (?:move|moves|moved|go|goes|travel|travels|switch) (?:\w+ )?"
    r"(?:cities |towns |states |places )?every (?:week|weekend|few days|couple days|night|"
    r"other week)\b",
    r"\b(?:dont|do not|didnt) (?:even )?know (?:what|which) (?:city|town|state)\b",
]


# Recruitment: someone (older, a stranger, met online) offering a job, modelling, travel or a
# room, with a red flag (another city, tonight, a secret, holding an ID, a club). Each part
# alone is ordinary; together they are how grooming for exploitation starts.
RECRUITER = (
    r"(?<!\bim )(?<!\bi am )(?<!\bhes )(?<!\bshes )"
    r"\b(?:a|an|this|some|that|the|older|grown)(?: older| grown| random)? (?:guy|man|dude|lady|"
    r"woman|person|men|people)\b|\b(?:someone|somebody|a guy|a girl|a man|a woman|a lady) "
    r"(?:on|from|i met on|i met) (?:insta|instagram|ig|snap|snapchat|tiktok|facebook|fb|online|"
    r"discord|twitter|the internet|an app|(?:a|an|some) \w+ app|the bus|the greyhound)\b|\b(?:coachs|coaches|moms|dads|"
    r"uncles|brothers|cousins|bfs|boyfriends|sisters|friends) (?:friend|homie|buddy|boss|manager)\b"
)
OFFER = (
    r"\b(?:offer\w*|promis\w*|said (?:i could|he could|she could|hed|shed|he would|she would|"
    r"he will|she will)|says (?:i can|he can|she can|he will|she will)|keeps asking me|asked me "
    r"|(?:sends|sending|sent) me money|buys me|bought me|"
    r"wants me to|invited me|gonna get me|will get me|get me a|pay for|pays for|"
    r"(?:wants|wanna|gonna|going|trying) to (?:take|fly|drive|bring|move|send|get) me|"
    r"(?:picking|pick|pickin) me up|(?:drive|fly|take|bring|move) me (?:to|out)|wants me (?:at|in))\b"
)
RED_FLAG = (
    r"\b(?:model|modeling|modelling|dance|dancing|club|strip\w*|flight|plane ticket|bus ticket|"
    r"fly me|another city|other city|different city|another state|out of state|move in with|"
    r"place to live|a room|hotel|hold my id|keep my id|hold my|dont tell|not tell|secret|tonight|"
    r"a job and a room|meet up|meet in person|come over|photoshoot|photo shoot|"
    r"miami|vegas|los angeles|atlanta|houston|new york)\b"
)
LURE = (
    r"\b(?:dont tell|not to tell|keep it (?:a )?secret|another state|out of state|another city|"
    r"come tonight|leave tonight)\b"
)
TICKET_SENT = (
    r"\b(?:sent|send|sends|bought|buys|paid for) (?:me )?(?:the|a) (?:bus |plane |train )?ticket\b"
)
# Sextortion: images and a demand or threat.
IMAGES = r"\b(?:nudes|nude|pics|pictures|photos|videos?|vids|naked|screenshots)\b"
DEMAND = (
    r"\b(?:demand\w*|pay|money|send more|unless|or else|threat\w*|blackmail\w*|leak\w*|"
    r"post (?:them|it)|send (?:them|it) to|wants more|or (?:the|my) (?:pics|video|photos)|everyone "
    r"sees|if (?:i|you) (?:dont|do not|block|wont|stop))\b"
)
# A job offered with the travel paid: the classic lure to another city.
JOB_OFFER = (
    r"\b(?:job|gig|work|position|modeling|modelling|dancing|hostess|nanny)\b.{0,40}"
    r"\b(?:offer\w*|promis\w*|hiring|recruit\w*)\b|\b(?:offer\w*|promis\w*|recruit\w*|"
    r"got me|get me)\b.{0,40}\b(?:job|gig|work|modeling|modelling|dancing|hostess|nanny)\b"
)
TRAVEL_PAID = (
    r"\b(?:bus|plane|train|greyhound|airplane|flight) (?:ticket|tickets|fare|ride)\b|"
    r"\b(?:pay|pays|paying|paid|cover|covers|covering|buy|buys|buying|book|books) (?:for )?"
    r"(?:my |the |a |our )?(?:ticket|trip|travel|flight|bus|plane|ride)\b|\bfly me\b|"
    r"\bsend (?:me|for me) (?:a ticket|money to come)\b"
)
# People paying "for me" while someone else keeps the money.
PAID_FOR_ME = (
    r"\b(?:pay|pays|paying|paid|payin) (?:for|4|to be with|to see|to spend time with) (?:me|her)\b|"
    r"\b(?:men|guys|people|they) (?:pay|paid|pays) (?:him|her|them)\b"
)
NOT_MINE = (
    r"\b(?:dont|never|do not|doesnt|dont ever) (?:get|see|keep|touch) (?:none|nun|any|nothing|"
    r"a dime|a cent|a penny|a dollar)\b|\b(?:takes|took|keeps|kept|gets) (?:it all|all of it|"
    r"all the money|everything|every dollar)\b"
)
# In a car with people one does not know, being taken somewhere.
VEHICLE = r"\b(?:in|inside|into|got in|in the back of) (?:a|the|his|their|some|this) (?:car|van|truck|suv)\b"
STRANGERS = (
    r"\b(?:\w+ )?(?:i|we) (?:dont|do not|barely|never) (?:know|met)\b|\bjust met\b|\bstrangers?\b|"
    r"\bwont tell me where\b"
)
# Someone much older as a minor's partner.
OLDER = (
    r"\b(?:boyfriend|bf|man|guy|dude|girlfriend|gf) (?:is|whos|who is|thats) (?:[2-6]\d)\b|"
    r"\b(?:[2-6]\d) (?:year old|yr old|yo) (?:boyfriend|guy|man|dude)\b|\b(?:[2-6]\d) ?(?:yr|yrs|year|"
    r"years|yo)(?: old)? (?:wants|asked|says|said|keeps)\b"
)
MINOR = r"\b(?:im|i am|shes|she is|hes|he is|is) 1[0-7]\b|\b1[0-7] (?:yo|yr|year)"
GROWN_CONTACT = (
    r"\b(?:grown|older|adult|old) (?:men|man|guys|guy|dudes|dude|women|people)\b.{0,30}\b(?:dm|dms|"
    r"dming|dmd|dmed|message|messaging|messages|texting|texts|snapping|snap|hitting (?:him|her|me) "
    r"up|talking to|sending)\b"
)
# "If I don't answer tomorrow" with a farewell: who gets the cat, whose fault it is not.
IF_GONE = (
    r"\bif i (?:dont|do not|never|stop|cant|don t) (?:answer|text|text back|text you back|reply|"
    r"respond|message|show up|make it|wake up|log on|come back|talk to (?:u|you))\b"
)
FAREWELL = (
    r"\b(?:not on (?:u|you)|not your fault|nobody s fault|nobodys fault|no ones fault|"
    r"(?:get|take care of|feed|look after|keep|take) my (?:cat|dog|pet|fish|bird|kitten|puppy|"
    r"stuff|things|baby|sister|brother)|tell my (?:mom|mum|sister|brother|family|dad|friends)|"
    r"love (?:u|you)|im sorry|sorry for|goodbye|bye)\b"
)
# A young person who ran away, staying with a grown man.
RAN_AWAY = (
    r"\b(?:ran away|run away|runaway|running away|left (?:home|her foster|his foster|my foster))\b"
)
GROWN_HOST = (
    r"\b(?:staying|living|crashing|sleeping|moved in) (?:with|w|at) (?:a|an|some|this|her|his|my) "
    r"(?:(?:[2-6]\d|twenty|thirty|forty) ?(?:yr|yrs|year|years|yo)?(?: old)? (?:man|guy|dude)|older "
    r"(?:man|guy|dude)|grown (?:man|guy)|(?:man|guy|dude) (?:in his|whos|who is) (?:[2-6]\d|twenties|"
    r"thirties|forties))"
)
ALL_OF = [
    *crisis_es.ALL_OF,
    (RAN_AWAY, GROWN_HOST),
    (OLDER, MINOR),
    (GROWN_CONTACT, MINOR),
    (IF_GONE, FAREWELL),
    (JOB_OFFER, LURE),
    (RECRUITER, TICKET_SENT),
    (RECRUITER, OFFER, RED_FLAG),
    (IMAGES, DEMAND),
    (JOB_OFFER, TRAVEL_PAID),
    (PAID_FOR_ME, NOT_MINE),
    (VEHICLE, STRANGERS),
]


# "my mom is gonna kill me, i broke her good bowl": a threat said of a small mishap is a
# figure of speech. Only that phrase is set aside; anything else the message says is read.
FIGURE_OF_SPEECH = re.compile(
    r"\b(?:mom|mum|mother|dad|father|sister|sis|brother|bro|parents|grandma|grandpa|teacher|coach|"
    r"friend|bestie|aunt|auntie|cousin|roommate)(?: is| s| will)? (?:literally )?(?:gonna|going to|"
    r"gunna|finna|will)? ?(?:literally )?(?:kill|strangle|murder|end) me\b"
    r"(?=.{0,40}\b(?:i (?:broke|lost|spilled|forgot|ruined|stained|cracked|dented|scratched|failed|"
    r"missed|ate)|i (?:took|borrowed|wore|used) (?:her|his|their|my \w+s) (?:jacket|shirt|hoodie|"
    r"sweater|makeup|clothes|shoes|charger|headphones|airpods|car|dress|lipstick|perfume|snacks|"
    r"food|chips|cereal|straightener|sneakers|jeans)|my (?:grades|report card)|curfew)\b)"
)


def _unmeant(folded: str) -> str:
    return FIGURE_OF_SPEECH.sub(" ", folded)


@lru_cache(maxsize=1)
def _all_of() -> list[tuple[re.Pattern[str], ...]]:
    return [tuple(re.compile(p) for p in rule) for rule in ALL_OF]


@lru_cache(maxsize=1)
def _compiled() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in SELF_HARM + DANGER + EXPLOITED +
                               crisis_es.PATTERNS))  # fmt: skip


# What each kind of crisis most plainly needs once the 24/7 contacts are given: the search
# then starts from it instead of asking "what do you need?" of someone who has just said.
KIND_NEEDS = {"self_harm": "emotional_support", "danger": "safety", "exploited": "safety"}


@lru_cache(maxsize=1)
def _kinds() -> list[tuple[str, re.Pattern[str]]]:
    def joined(patterns: list[str]) -> re.Pattern[str]:
        return re.compile("|".join(f"(?:{p})" for p in patterns))

    return [
        ("self_harm", joined(SELF_HARM + crisis_es.SELF_HARM)),
        ("danger", joined(DANGER + crisis_es.DANGER)),
        ("exploited", joined(EXPLOITED + crisis_es.EXPLOITED)),
    ]


@lru_cache(maxsize=1024)
def crisis_kinds(text: str | None) -> tuple[str, ...]:
    """The kinds of crisis a message's words show (self_harm, danger, exploited), in that
    order; empty when its words show none. A rule of several parts (an older man and a minor,
    a "job" and a paid ticket, photos and a demand) is being exploited."""
    folded = _unmeant(fold((text or "")[:WINDOW]))
    if not folded:
        return ()
    found = tuple(kind for kind, pattern in _kinds() if pattern.search(folded))
    if not found and any(all(p.search(folded) for p in rule) for rule in _all_of()):
        return ("exploited",)
    return found


def crisis_needs(text: str | None) -> list[str]:
    """Need ids a crisis message implies by its kind ([] when it is no crisis by words)."""
    needs: list[str] = []
    for kind in crisis_kinds(text):
        if KIND_NEEDS[kind] not in needs:
            needs.append(KIND_NEEDS[kind])
    return needs


# A long message is read in windows: its start and end, and the neighbourhood of each word
# that often carries a crisis. Each window is a few thousand characters, so a megabyte of
# text costs what a few messages do.
WINDOW = 4000
NEAR = 400
MAX_WINDOWS = 24
STRONG_WORDS = (
    "die", "dying", "dead", "kill", "suicid", "kms", "unalive", "cut", "overdos", "pills",
    "jump", "bridge", "hurt", "beat", "chok", "rape", "gun", "knife", "danger", "scared",
    "outside", "locked", "trapped", "sell", "sold", "pimp", "daddy", "traffick", "owe", "quota",
    "dates", "johns", "nudes", "pics", "bleed", "blood", "forever", "goodbye", "end it",
    "morir", "matar", "vende", "obliga", "salir", "peligro", "pega", "cortar", "vida",
)  # fmt: skip


def crisis_in(text: str | None) -> bool:
    """True when the message speaks of a crisis (any language Harbor reads)."""
    if text and len(text) > WINDOW:
        return crisis_in_long(text)
    return _crisis_in(text or "")


def crisis_in_long(text: str) -> bool:
    """``crisis_in`` for a message of any length, in bounded time."""
    if _crisis_in(text[:WINDOW]) or _crisis_in(text[-WINDOW:]):
        return True
    lowered = text.lower()
    checked = 0
    for word in STRONG_WORDS:
        at = lowered.find(word, WINDOW - NEAR)
        while 0 <= at < len(text) - WINDOW + NEAR and checked < MAX_WINDOWS:
            checked += 1
            if _crisis_in(text[max(0, at - NEAR) : at + NEAR]):
                return True
            at = lowered.find(word, at + NEAR)
    return False


@lru_cache(maxsize=2048)
def _crisis_in(text: str) -> bool:
    folded = _unmeant(fold(text))
    if not folded:
        return False
    if _compiled().search(folded):
        return True
    return any(all(p.search(folded) for p in rule) for rule in _all_of())
