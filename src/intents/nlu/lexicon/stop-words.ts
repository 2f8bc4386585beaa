/**
 * Ordinary chat words that never start or continue a name. A lower-case name ("kestrel
 * robotics") is read after a preposition until the first of these.
 */
export const STOP_WORDS = new Set(
  `a about above after again against all almost also although always am among an and another any anybody anyone
  anything anyway are aren't around as ask asked asking at away back bad be because been before behind being below
  best better between big both but by can can't cannot could couldn't did didn't do does doesn't doing don't done
  down during each either else enough even ever every everyone everything few for from further get gets getting go
  goes going gone good got great had hadn't has hasn't have haven't having he he'd he'll he's her here hers herself
  him himself his how however i i'd i'll i'm i've if in into is isn't it it's its itself just last later least less
  let let's like likely little lot lots made make makes making many may maybe me might mine more most much must my
  myself need needs neither never new next no nobody none nor not nothing now of off often oh ok okay old on once
  one only onto or other others our ours ourselves out over own per please pls plz quick quite rather re really
  right same see seems several shall she she'd she'll she's should shouldn't since so some somebody someone something
  soon still such sure than thanks thank that that's the their theirs them themselves then there there's these they
  they'd they'll they're they've thing things this those though through thru till to today tomorrow tonight too
  toward under until up upon us very via was wasn't we we'd we'll we're we've well were weren't what what's whatever
  when where whether which while who who's whole whom whose why will with within without won't would wouldn't yes yet
  you you'd you'll you're you've your yours yourself yesterday tmrw eod asap rn lol haha hey hi hello yo
  ticket tickets tix deal deals opp opps opportunity opportunities call calls called calling contact contacts account
  accounts customer customers client clients task tasks reminder note notes meeting meetings email emails phone
  number title stage amount priority status update updated updates issue issues problem problems bug bugs team teams
  sales support rep reps manager report reports renewal contract contracts pricing price quote proposal demo invoice
  invoices billing discount budget plan plans order orders product products feature features week weeks month months
  quarter quarters year years day days morning afternoon evening night monday tuesday wednesday thursday friday
  saturday sunday q1 q2 q3 q4 h1 h2 p1 p2 p3 p4 went said says told want wants wanted asked spoke talked chatted met
  sent send sending follow followup following circle ping pinged log logged logging open opened close closed closing
  create created add added set move moved mark marked assign assigned reopen resolve resolved pending urgent high
  low normal medium went happy unhappy churn churning signed lost won about regarding re: around rough roughly
  history latest overview status summary recap notes interactions activity activities anything everything nothing
  cause since due by per each every both via vs versus recently lately currently still again already`
    .split(/\s+/)
    .filter(Boolean),
);

/** Capitalised tokens that are jargon, not names. */
export const NOT_NAMES = new Set(
  `revenue bookings quota pipeline numbers targets forecast average median mean creation sso api apis csv poc qbr sow nda po cfo cto cio ceo coo cmo cro ciso vp svp evp it crm kpi kpis sla slas frt har ui ux
  dpa usd eur gbp rmb cny hkd sgd jpy aud cad pdf sdk url id ad saml mfa 2fa ok asap fyi eod eow eom eta qa pr hr ae
  sdr bdr am pm rfp rfq msa ssl vpn aws gcp azure i i'm i'll i've urgent fw fwd re ps btw tl;dr tldr faq etc ai ml
  ios android mac windows linux excel slack teams zoom gmail outlook wechat whatsapp q1 q2 q3 q4 h1 h2 p1 p2 p3 p4 pst
  est utc gmt am pm tbd n/a lmk imo afaik iirc ty thx pls plz`
    .split(/\s+/)
    .filter(Boolean),
);
