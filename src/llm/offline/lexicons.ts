/**
 * Word lists of the offline summariser, English and Chinese. They describe calls in general
 * (business topics, commitments, tone), never a particular customer or product.
 */
export const STOPWORDS_EN = new Set(
  `a about above after again against all am an and any are aren't as at be because been before being below between both but by
  can can't cannot could couldn't did didn't do does doesn't doing don't down during each few for from further had hadn't has hasn't
  have haven't having he he'd he'll he's her here here's hers herself him himself his how how's i i'd i'll i'm i've if in into is isn't
  it it's its itself let's me more most mustn't my myself no nor not of off on once only or other ought our ours ourselves out over own
  same shan't she she'd she'll she's should shouldn't so some such than that that's the their theirs them themselves then there there's
  these they they'd they'll they're they've this those through to too under until up very was wasn't we we'd we'll we're we've were
  weren't what what's when when's where where's which while who who's whom why why's with won't would wouldn't you you'd you'll you're
  you've your yours yourself yourselves yes yeah okay ok oh um uh hi hey hello thanks thank just really so well right sure like get got
  go going gonna know think mean actually honestly also lot bit thing things one two way much many still even kind sort now today
  said say says tell told see look good great perfect fine maybe probably need want let make made come also quite pretty`.split(/\s+/),
);

export const STOPWORDS_ZH = new Set(
  `我们 你们 他们 她们 咱们 这个 那个 这些 那些 就是 一下 的话 还是 可以 没有 什么 现在 因为 所以 但是 不过 然后 如果 而且 这样 那样 这边
  那边 一个 一些 一点 比较 已经 还有 其实 确实 主要 今天 这里 那里 怎么 为什么 大概 应该 可能 知道 觉得 感觉 时候 问题 好的 对的 谢谢 您好
  你好 是的 没问题 明白 理解 一起 直接 具体 专门 这块 那块 方面 目前 刚才 一直 非常 特别 真的 肯定 需要 希望`.split(/\s+/),
);

/** Topics a manager wants from a call, each worth a bonus once per sentence (so one sentence cannot win on one topic). */
export const TOPICS: ReadonlyArray<{ name: string; weight: number; re: RegExp }> = [
  {
    name: 'pain',
    weight: 1.2,
    re: /\b(?:outage|(?:is|was|were|went|goes|go|been|are) down|fail\w*|declin(?:e|ed|es|ing)|errors?|not working|doesn't work|stopped working|can't|cannot|unable to|trouble|broke\w*|lost|lose|losing|loss|issue|problem|bug|error|crash\w*|slow|timed out|timeout|complain\w*|overload\w*|ran out|manual(?:ly)?|by hand|paper|spreadsheets?|wrong|missing|risk|worried|concern\w*|frustrat\w*)\b|故障|断线|断掉|丢失|失败|投诉|不满|超时|找不到|宕机|停机|停了|报错|出错|异常|卡顿|崩溃|中断|损失|没法|无法|满了|慢|乱|风险|担心|麻烦|吃亏|问题/iu,
  },
  { name: 'cause', weight: 1, re: /\b(?:because|caused|cause|reason|root cause|due to|bottleneck|turned out|the real|should have|too (?:low|high|small|slow|many|few|much)|ran out|realized|what happened)\b|原因|因为|导致|由于|所以|结果/iu },
  {
    name: 'decision',
    weight: 1.2,
    re: /\b(?:approv\w*|decision|decide|sign[- ]?off|owner|boss|board|ceo|cfo|cto|vp|director|procurement|legal|committee|budget)\b|审批|上会|领导|老板|决定|决策|总监|法务|采购会|预算|拍板/iu,
  },
  {
    name: 'money',
    weight: 0.8,
    re: /\b(?:price|pricing|cost|quote|discount|renewal|renew|contract|licen[cs]es?|invoice|credit|refund|pay|paying|spend|roi|per (?:month|year|seat|user)|increase)\b|价格|报价|折|续约|合同|费用|成本|付款|发票|补偿|减免|退款|套餐|额度|涨/iu,
  },
  {
    name: 'plan',
    weight: 0.8,
    re: /\b(?:pilot|trial|demo|proposal|rollout|launch|go[- ]live|migrat\w*|integrat\w*|sync|test|onboard\w*|adoption|compliance|audit|security|uptime|sla|capacity)\b|试点|试用|演示|方案|上线|迁移|对接|集成|合规|认证|认可|案例|签署|用量|优先级|响应|工单|切换|恢复|管理/iu,
  },
  { name: 'timeline', weight: 0.6, re: /\b(?:deadline|timeline|expires?|due|by (?:the )?end of|before (?:the )?\w+|until)\b|到期|之前|截止|月底/iu },
  { name: 'need', weight: 0.6, re: /\b(?:need|needs|must|require\w*|want|important|priority|critical|urgent)\b|需要|必须|希望|关心|重要|重点|紧急/iu },
];

/** Greetings and introductions ("this is Rachel from…", "thanks for calling"): who, not what. */
export const INTRODUCTION =
  /\b(?:thank(?:s| you) for (?:calling|joining|making|hopping|taking|your time)|this is \w+(?: \w+)? (?:from|with|at)|it's \w+(?: \w+)? from|my name is|how can I help|speaking\b)|我是\S{1,12}的|您好，我是|你好，我是/iu;
/** Words that threaten to leave: they count even inside "if…" ("if it happens again we'll switch"). */
export const THREAT = /\b(?:switch(?:ing)? (?:back )?to|mov(?:e|ing) to|go(?:ing)? back to|cancel\w*|leave you|walk away)\b|重新考虑|换掉|换一家|不续/iu;
export const SMALL_TALK =
  /\b(?:weather|weekend|holiday|vacation|marathon|congrat\w*|birthday|kids|family|traffic on|how are (?:you|things)|how's (?:it going|everything|the)|good (?:morning|afternoon|evening)|nice to (?:meet|see)|talk soon|have a (?:good|great|nice)|enjoy|bye|goodbye|take care|can you hear me|good time|one sec|on mute|laughs?)\b|天气|降温|下雨|周末|假期|吃饭|拜拜|再见|您好|你好|听得到|辛苦|身体/iu;

/** Things customers say when pleased; matched on the customer side of the call. */
export const POSITIVE_EN =
  /\b(?:great|perfect|excellent|love|like (?:that|it|this)|likes?(?: \w+){1,3} a lot|(?:that|it|this) helps|promising|happy|glad|pleased|impressed|helpful|smooth\w*|better than|exactly (?:what|that)|solve[sd]?|works? (?:well|great|for us)|that works|sounds (?:good|great|like a plan)|makes sense|agreed|big|valuable|useful|easy|excited|looking forward|good (?:question|news|point)|appreciate|nice|fantastic|awesome|wonderful|thrilled|delighted|comfortable)\b/gi;
export const NEGATIVE_EN =
  /\b(?:problem|problems|issue|issues|broken|broke|(?:is|was|were|went|goes|go|been|are|be) down|outage|fail\w*|lost|losing|worse|worst|terrible|awful|frustrat\w*|disappoint\w*|unhappy|upset|angry|annoy\w*|hard to|too (?:expensive|high|much|slow|long)|expensive|cheaper|blunt|complain\w*|unacceptable|can't (?:say yes|justify|accept)|concern\w*|worried|hurt|risk|wrong|slow|timed out|error|errors|declin(?:e|ed|es|ing)|turn(?:ed)? away|ignore|moving to|switch(?:ing)? to|(?:going|go|move|moving|switch(?:ing)?) back to|can't|cannot|unable to|isn't fixed|not fixed|cancel\w*|churn|escalat\w*|waste|painful|struggl\w*)\b/gi;
export const POSITIVE_ZH = /满意|不错|实用|值得|可以考虑|很好|挺好|好一些|更好|方便|顺利|放心|解决了|有帮助|喜欢|认可|感谢|靠谱|优势|比刚才好|可以接受|没问题|高兴/gu;
export const NEGATIVE_ZH = /不满意|不满|投诉|问题|故障|断线|丢失|失败|太慢|很慢|严重|贵|高了|低|涨|吃亏|重新考虑|没办法|找不到|不好|很乱|担心|着急|生气|失望|抱怨|不能接受|定不了|难/gu;
/** A whole sentence of assent ("Good.", "可以。") is a small positive signal. */
export const ASSENT = /^(?:good|great|perfect|excellent|wonderful|sounds good|that works|works for me|deal|love it|好|好的|可以|行|成|没问题|太好了)[\s.!。！]*$/iu;
/** A negation just before a sentiment word flips it ("not great", "没有问题"). */
export const NEGATION_BEFORE = /(?:\b(?:not|never|no|n't|hardly|without|isn't|wasn't|don't|doesn't|didn't|won't)\s+(?:\w+\s+)?|[不没别无未]|没有)$/iu;

/** Speaker companions: "I've got Diego with me", "我们技术支持经理罗斌也一起参加". */
export const COMPANION = /\b(?:with me|joining (?:us|me)|(?:should|will|'ll|is|are) be joining|joining (?:in|shortly|soon|later)|on the line|my colleague|our (?:\w+\s){0,3}(?:team|lead|manager|engineer|director|head|cto|ceo|vp)|I've got|I have|I'm (?:just )?getting|he leads|she leads|they lead)\b|我们|我这边|我们这边|我同事|也一起|一起参加|也在|晚点(?:会)?(?:进来|加入|到)|一会儿(?:会)?(?:进来|加入|到)/iu;
export const GREETING = /\b(?:hi|hello|hey|good (?:morning|afternoon|evening)|thanks|thank you|dear)\b|您好|你好|好[，,。]?$/iu;
/** Phrases a vendor says to its customer (apologies, "your account", "our pricing"). */
export const VENDOR_CUES =
  /\b(?:sorry(?![^.!?]{0,24}\b(?:late|kids|noise|line|connection|hear|wifi|delay\w*)\b)|apologi[sz]e|our (?:pricing|product|platform|team|support|engineers?|customers|solution|service|roadmap)|your (?:account|contract|renewal|invoice|subscription|plan|licen[cs]es|sites?|cluster|usage|quote)|I manage)\b|抱歉(?![，,]?我?来晚)|不好意思(?![，,]?我?来晚)|您的合同|咱们的合同|我们的产品|我们的客户|您这边/giu;

export const CHINESE_TITLES = '经理|总监|总|律师|主管|老师|工|先生|女士|小姐|博士|医生|主任|部长|院长|老板|助理|顾问';
