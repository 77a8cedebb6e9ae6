// The words check-worthiness looks for (lib/import/check-worthiness.ts weighs them). Each pattern is
// tested against one sentence unless it says otherwise; FIRST_PERSON, the one `g` pattern, is counted.

const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.)`

/** Comparisons: "fewer … than" (within a clause), "compared with", "up from", "twice as", "doubled". */
export const COMPARISON = new RegExp(
  String.raw`\b(?:(?:more|fewer|less|greater|higher|lower|larger|smaller|bigger|longer|shorter|faster|slower|worse|better)\b[^.;:]{0,80}?\bthan|` +
    String.raw`compared\s+(?:with|to)|(?:up|down)\s+from|(?:twice|(?:three|four|five|ten)\s+times)\s+(?:as|the|more|less|higher)|` +
    String.raw`(?:doubl|tripl|quadrupl|halv)(?:ed|es|ing)|outnumber(?:ed|s)?|outpac(?:ed|es|ing)|versus)\b`,
  'i',
)

/** Changes: rose, fell, declined, spiked, plummeted, grew, cut, weakened … */
export const CHANGE = new RegExp(
  String.raw`\b(?:increas(?:e|ed|es|ing)|decreas(?:e|ed|es|ing)|declin(?:e|ed|es|ing)|ris(?:e|es|en|ing)|rose|fell|fall(?:s|en|ing)?|` +
    String.raw`drop(?:s|ped|ping)?|jump(?:s|ed|ing)?|spik(?:e|ed|es|ing)|surg(?:e|ed|es|ing)|soar(?:s|ed|ing)?|plummet(?:s|ed|ing)?|` +
    String.raw`plung(?:e|ed|es|ing)|climb(?:s|ed|ing)?|grew|grow(?:s|n|ing|th)?|shrank|shrunk|cut(?:s|ting)?|reduc(?:e|ed|es|ing|tion)|shed|` +
    String.raw`(?:weaken|strengthen|worsen)(?:s|ed|ing)?|improv(?:e|ed|es|ing))\b`,
  'i',
)

/** Superlatives and records: "the highest", "the largest … in the state's history", "first … since". */
export const SUPERLATIVE = new RegExp(
  String.raw`\b(?:highest|lowest|largest|smallest|biggest|fewest|greatest|worst|deadliest|the\s+most|the\s+least|` +
    String.raw`(?:a|an|new|all-time)\s+record|record[-\s](?:high|low|number|level|total|year)|since\s+records\s+began|` +
    String.raw`for\s+the\s+first\s+time|the\s+first\b[^.;]{0,40}\bsince|unprecedented|than\s+ever|ever\s+recorded)\b`,
  'i',
)

/** Causal claims: "because", "led to", "caused", "due to", "as a result", "driven by". */
export const CAUSAL =
  /\b(?:because|due\s+to|as\s+a\s+result|result(?:ed|s|ing)?\s+(?:in|from)|led\s+to|lead(?:s|ing)?\s+to|caus(?:e|ed|es|ing)|driven\s+by|drove|driving\s+force|blam(?:e|ed|es)\s+(?:for|on)|attribut(?:e|ed|es)|contribut(?:ed|es|ing)\s+to|linked\s+to|consequence\s+of|thanks\s+to|owing\s+to|triggered|therefore)\b/i

/** A finding, or the evidence a claim rests on: a report found, data show, records, an audit. */
export const FINDING =
  /\b(?:found|finds|concluded|concludes|estimat(?:e|es|ed)|show(?:s|ed|n)?|reveal(?:s|ed)?|data|figures|statistics|records|report|analysis|study|survey|audit|census|evaluation|tally|review\s+of|filing)\b/i

/** Attributions: someone said, told, announced or reported it. */
export const ATTRIBUTION =
  /\b(?:said|says|told|according|stated|announced|testified|wrote|confirmed|acknowledged|claimed|reported|warned|noted|notes|argued|insisted|denied|admitted|cautioned)\b/i

/** A date or period the claim is pinned to: a month, a weekday, a year, a quarter, "last year". */
export const DATE = new RegExp(String.raw`\b(?:${MONTH}|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:19|20)\d{2}|(?:last|this)\s+(?:year|month|week|quarter)|fiscal\s+year|quarter)(?!\w)`)

/**
 * Names of bodies and titled people, wherever they stand in the sentence: agencies, courts,
 * legislatures, universities and the titles before a person's name.
 */
export const BODY =
  /\b(?:Department|Ministry|Office|Agency|Administration|Bureau|Service|Commission|Committee|Council|Court|Congress|Senate|House|Parliament|Legislature|Assembly|Board|Authority|Institute|University|Police|Patrol|Government|Association|Coalition|Union|Foundation|Bank|Reserve|Clearinghouse|Inspector\s+General|Attorney\s+General|Secretary|President|Governor|Gov|Sen|Rep|Mayor|Judge|Chief|Minister|Director|Commissioner)\b/

/** An acronym of a body, as a whole word: DOJ, CBP, OIG, U.S (a plural "s" allowed). */
export const ACRONYM = /^(?:\p{Lu}\.?){2,}s?$/u

/** Capitalised words that start no name: a run of capitals that begins with them begins after them. */
export const NOT_A_NAME = new Set(
  ('I A The This That These Those It Its In On At By For From With Of And But Or Nor If When While As So ' +
    'January February March April May June July August September October November December ' +
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday').split(' '),
)

/** Opinion, evaluation and rhetoric: "should", "I think", "common sense", "astounding". */
export const OPINION =
  /\b(?:should|ought\s+to|must|I\s+think|I\s+believe|we\s+believe|in\s+my\s+view|in\s+our\s+view|common\s+sense|undoubtedly|unsurprisingly|irony|ironic|astounding|abysmal|nothing\s+short\s+of|clearly|obviously|outrageous|shameful|disgraceful|absurd|reckless)\b/i

/** Feelings: "proud", "grateful", "I wish", "breaks my heart", "exhausting". */
export const FEELING =
  /\b(?:proud|grateful|glad|wish|hope[ds]?|heart|feels?|felt|afraid|scared|worried|exhausting|love[ds]?|sad|angry|celebrating|grieving)\b/i

/**
 * Hedges: "might", "could", "perhaps", "likely", "seems". Lowercase "may": "May" is a month; not
 * "could not", a past "cannot".
 */
export const HEDGE = /\b(?:may|[Mm]ight|[Cc]ould(?!\s+not\b|n[’']t)|[Pp]erhaps|[Pp]ossibly|[Pp]robably|[Ll]ikely|[Uu]nlikely|[Ss]eems?)\b/

/** Predictions, plans and promises: "will", "is expected to", "plans to", "is scheduled to". */
export const PREDICTION =
  /\b(?:will|won[’']t|(?:is|are)\s+(?:expected|scheduled|set|due)\s+to|expects?\s+to|plans?\s+to|next\s+(?:week|month|year))\b|[’']ll\b/i

/** Instructions and recommendations: a sentence that opens with a verb telling someone what to do. */
export const INSTRUCTION =
  /^(?:\d+\.\s+)?(?:Review|Establish|Work|Require|Put|Ensure|Develop|Consider|Check|Call|Visit|Read|Join|Sign|Click|Share|Follow|Make|Take|Use|Create|Provide|Implement|Adopt|Improve|Continue|Strengthen|Seek|Let|Please|Contact|Email|Donate|Support|Coordinate|Assess|Monitor|Update|Publish|Tell|Find|Learn|Get|Try|Download)\b/

/** The writer's own voice: I, me, my, we, our, us. Not a report's "we found", "we estimate". */
export const FIRST_PERSON =
  /\b(?:I|[Mm]e|[Mm]y|[Ww]e(?!\s+(?:found|find|estimated?|identified|reviewed|sampled|matched|tested|analy[sz]ed|examined|calculated)\b)|[Oo]ur|us)\b/g

/** Page furniture and boilerplate: newsletters, donations, cookies, comment requests, links. */
export const BOILERPLATE =
  /\b(?:subscri(?:be|ption)|newsletter|sign\s+up|cookies?|privacy\s+policy|terms\s+of\s+(?:service|use)|all\s+rights\s+reserved|copyright|donat(?:e|ion)|tax-deductible|pitch\s+in|crowdfund|click\s+here|read\s+more|related\s+(?:articles|stories)|follow\s+us|advertisement|listen\s+to\s+this\s+article|request\s+for\s+comment|did\s+not\s+(?:immediately\s+)?respond|news\s+tip|email\s+us|contact\s+us|visit\s+our\s+website|available\s+in\s+(?:large\s+print|other\s+formats)|this\s+story\s+(?:was\s+produced|is\s+part\s+of)|an\s+earlier\s+version\s+of\s+this|thanks\s+for\s+reading)\b/i

/** A line that credits a photo is a caption, every sentence of it. Tested on the line. */
export const CAPTION_LINE =
  /\b(?:Photo|Photograph|Image|Picture|Illustration)s?(?:\s+(?:by|credit|courtesy))?\s*:|\((?:Photo|Image)\b|\bImage\s+(?:from|credit)\b|\bGetty\b|\bAFP\b|\/(?:Staff|Bloomberg|Reuters|AP|Getty)\b|\bFile\s+photo\b/

/** Bylines and datelines: "By Dana Whitfield", "Published March 14", "Updated 9:40 a.m.". */
export const BYLINE = /^(?:By\s+\p{Lu}|Published\b|Updated\b|Posted\b|Last\s+updated\b)/u

/** A sentence that ends as a sentence does; a heading, label or chart title does not. */
export const SENTENCE_END = /[.!?]["'”’)\]]*$/
export const QUESTION = /\?["'”’)\]]*$/
