import type { IntentName } from '../../../shared/contract/contract';

/**
 * Weighted cues per intent, English and Chinese side by side. A hand-weighted linear model:
 * each cue that matches the lower-cased message adds its weight; structure (a ticket number,
 * a KPI name, a pasted transcript, a company name) is added in intent-scorer.ts.
 */
export type Cue = [RegExp, number];

export const CUES: Partial<Record<IntentName, Cue[]>> = {
  'ticket.create': [
    [/(?<!\b(?:the|of|our|many|all|any|my|your|their|with|no|much|big|total)\s+)\b(?:open|create|file|log|raise|submit|make|start|need|want|put\s+in|enter|cut)\b(?:\s+(?:a|an|the|new|support|quick|me|us|\w+))?\s+(?:ticket|tix|tkt|case|p[1-4]|bug(?:\s+report)?|issue|problem|support\s+request|incident)\b/, 4],
    [/\bnew\s+(?:support\s+)?(?:ticket|case|incident)\b|\bopen\s+(?:a\s+)?ticket\b|\bticket\s+for\b|^\s*(?:new\s+)?ticket\b(?!\s*#?\s*\d|\s+(?:volume|counts?|numbers|stats|metrics|trends?|backlog|inflow)\b)|\bticket\s+(?:please|pls|plz)\b/, 3.5],
    [/(?<!\b(?:no|any|this|that|which|the)\s+)\bticket\b(?!\s*#?\s*\d)/, 1.5],
    [/\b(?:down|broken|broke|fail(?:s|ing|ed|ure)?|errors?|crash(?:es|ing|ed)?|bug|can'?t|cannot|unable|not\s+(?:working|arriving|loading|syncing|showing)|time[sd]?\s+out|timing\s+out|blank|leak(?:ed)?|wrong|outage|500s?|duplicat\w+|missing|empty|stuck|doesn'?t\s+work|isn'?t\s+working|garbled|typo)\b/, 1],
    [/(?:开|建|提(?!到|及|起|醒)|创建|新建|记|报|起)(?:个|一个|一张|张|下)?(?:(?!几|多少|了).){0,10}?(?:工单|单子|ticket|case|p[1-4])|开个?(?:(?!几|多少).){0,8}的单|(?:开|建|提|记)(?:个|一个|张|一张)单|开单|建单|提单|开个\s*p[1-4]/, 4],
    [/打不开|失败|报错|报\s*500|乱码|收不到|不了|延迟|开错|丢失|对不上|太严格|崩溃|卡顿|无法|异常|不能用|用不了|挂了|宕机|故障|出错|错误/, 1],
    // "open ticket count" / "current open tickets" is the backlog metric, not a request to open one
    [/\bopen\s+(?:support\s+)?(?:tickets?|tix|cases)\s+(?:count|numbers?|total|backlog|volume|stats|right\s+now|rn|currently|today)\b|^\s*(?:current|total|our|all)\s+open\s+(?:tickets?|tix|cases)\b|\b(?:count|number|#)\s+of\s+open\s+(?:tickets?|tix|cases)\b/, -6],
    [/\b(?:don'?t|do\s+not|no\s+need\s+to|no\s+need\s+for|without|instead\s+of)\s+(?:open(?:ing)?|creat(?:e|ing)|fil(?:e|ing)|log(?:ging)?|rais(?:e|ing))?\s*(?:a\s+)?(?:ticket|case)|不用(?:建|开|提|记)(?:个)?(?:工单|单)|不要(?:建|开)(?:工单|单)|无需(?:建|开)/, -7],
  ],
  'ticket.update': [
    [/\b(?:close|closing|resolve|reopen|re-open|mark|set|bump|lower|raise|escalate|downgrade|upgrade|assign|reassign|update|change|move|put|take)\b[^.]{0,24}(?:#\s?\d+|\bticket\s+\d+|\b\d{3,7}\b)/, 3],
    [/(?:#\s?\d+|\bticket\s+\d+)\s*(?:->|→|to\b|is\b|:|-)/, 2],
    [/\bi'?ll\s+take\b|\bclose\s+it\s+out\b|\bkeep\s+it\s+(?:open|pending)\b|\bback\s+to\s+(?:open|pending)\b/, 2],
    [/改成|改为|调成|调到|设为|设成|降到|升到|标记为|转给|交给|分配给|指派给|关了|关闭|关掉|重新打开|我来跟|我来处理|先改成/, 1.5],
  ],
  'call.log': [
    [/\b(?:log|logged|logging|record|note|add)\b(?:\s+\w+){0,2}?\s+(?:a\s+|my\s+|the\s+|this\s+)?(?:call|phone\s+call|convo|conversation|chat|meeting|vm|voicemail)\b|^\s*logged\s*:/, 4],
    [/^\s*(?:log|add)\s+(?:a\s+)?note\b|^\s*notes?\s*[:：-]|\bcall\s+notes?\b|\bcall\s+log\b|^\s*(?:phone\s+)?call\s+(?:w\/|with\b)/, 3],
    [/\b(?:got\s+off|hung\s+up|wrapped(?:\s+up)?|finished|had|did)\b.{0,30}\b(?:call|chat|meeting|convo|conversation|demo)\b|\bhung\s+up\s+(?:with|on)\b|\boff\s+the\s+phone\s+with\b|\bon\s+(?:the\s+)?(?:phone|a\s+call)\s+with\b/, 3.5],
    [/\b(?:had|grabbed|did)\s+(?:a\s+|an\s+)?(?:quick\s+)?(?:coffee|lunch|dinner|breakfast|drinks|meeting|chat|call|demo|sync|catch-?up|session|check-?in|zoom|teams\s+call)\s+with\b|\bcaught\s+up\s+with\b|\bsat\s+down\s+with\b|\bmet\s+(?:up\s+)?with\b|\bvisited\b|\bwe\s+met\b/, 3.5],
    [/\b(?:\d+(?:st|nd|rd|th)\s+|first\s+|second\s+|follow-?up\s+|discovery\s+|intro\s+)?call\s+(?:today|yesterday|this\s+morning|this\s+afternoon|w\/|with\b)/, 2.5],
    [/(?<!\bhow\s+many\s+)\bcall\b(?!\s+back)/, 1.5],
    [/\b(?:spoke|talked|chatted|met|called|rang|phoned|dialed|dialled)\b|\bleft\s+(?:a\s+)?(?:vm|voicemail|message)\b|\bvoicemail\b/, 3],
    [/\b(?:call|phone\s+call|chat)\s+(?:with\b|w\/)/, 2],
    [/\b\d+\s*-?\s*(?:min|mins|minutes?|hours?|hr)\b|\ban?\s+hour\b/, 0.5],
    [/\bfollow(?:\s|-)?up\b|\bcircle\s+back\b|\btry\s+again\b|\bping\s+them\b/, 0.5],
    [/\b(?:summari[sz]e|sumari[sz]e|recap|summary|tl;?dr|key\s+points|action\s+items)\b|总结|摘要|提炼|纪要/, -2],
    [/通了.{0,6}电话|打了.{0,6}电话|通过电话|通完电话|挂(?:了)?电话|电话会|聊了|沟通了|拜访了|见了面|开了(?:个)?会|电话沟通|回电|来电|聊过|谈了|开(?:了)?(?:个|一个)?(?:视频|电话|线上)?会|见了?(?:个)?面|面谈|碰了?(?:个)?面|吃(?:了)?饭/, 3.5],
    [/记(?:个|一下|录)?(?:一下)?.{0,4}电话|通话记录|电话记录|记录一下|log\s*一下|跟.{2,12}聊/, 2],
    [/(?:和|跟|与).{1,24}通话|通话\s*(?:\d|[一二两三四五六七八九十半]+(?:分钟|小时))|通话了/, 3],
  ],
  'call.summarise': [
    [/\b(?:summari[sz]e|sumari[sz]e|summar[iy]|summery|recap|tl;?dr|tldr|key\s+points|action\s+items|next\s+steps|takeaways|minutes|highlights|sentiment)\b/, 2.5],
    [/\b(?:summari[sz]e|sumari[sz]e|recap)\b.{0,30}\b(?:call|convo|conversation|meeting|transcript|chat)\b|\btranscript\b/, 2],
    [/总结|摘要|提炼|要点|概括|纪要|归纳|行动项|小结/, 2.5],
  ],
  'customer.history': [
    [/\b(?:what'?s|whats|what\s+is)\s+(?:the\s+)?(?:latest|status|story|situation|deal|news|update)\s+(?:with|on|for|at)\b/, 4],
    [/\b(?:any\s+)?(?:update|updates|news)\s+(?:on|from|with|about)\b|\bstatus\s+(?:on|of|for)\b|^\s*status\b/, 3],
    [/\b(?:catch|fill)\s+me\s+(?:up|in)\b|\bbrief\s+me\b|\brundown\b|\boverview\b|\bhistory\b|\bbackground\b|\bprofile\b|\bsnapshot\b|\btimeline\b/, 3],
    [/\bwhat\s+should\s+i\s+know\b|\btell\s+me\s+about\b|\bwhat\s+do\s+we\s+know\b|\b(?:anything|what'?s)\s+going\s+on\b|\bhow(?:'s|\s+is|\s+are)\s+(?:things|it\s+going|\w+(?:\s+\w+)?\s+doing)\b|\bwhere\s+(?:are\s+we|do\s+we\s+stand)\s+with\b/, 3],
    [/\b(?:show|pull\s+up|give|list|get)\s+(?:me\s+)?(?:all\s+|the\s+)?(?:interactions|activities|history|timeline|tickets|deals|calls|notes|emails|touchpoints)\s+(?:with|for|of|from)\b/, 3],
    [/\bwhen\s+did\s+we\s+last\b|\blast\s+(?:contact|touch|touchpoint|interaction)\s+with\b|\bwhen\s+was\s+(?:the|our)\s+last\b/, 4],
    [/\bremind\s+(?:me|us)\s+(?:what|when|who|where|which|how|whether|if|of)\b|\b(?:most\s+recent|latest|last|previous)\s+(?:interaction|touch\s*point|contact|conversation|exchange|activity|engagement|meeting|call|email)s?\s+(?:with|w\/|from|to)\b/, 3.5],
    [/梳理一下|过一遍|摸(?:一下|个)底|了解一下.{0,6}(?:情况|客户|背景)|整体情况|背景(?:资料|信息)|\b(?:what|anything)\s+(?:do\s+)?i\s+(?:need|should|ought)\s+to\s+know\b|\banything\s+i\s+should\s+know\b/, 3],
    [/最近一次(?:互动|联系|沟通|接触|拜访|通话|跟进|会议|往来)|最近(?:的)?(?:互动|往来|接触)|最近的(?:沟通|联系|通话|跟进|拜访)|上一次(?:互动|联系|沟通|接触|拜访|跟进)|最后一次(?:互动|沟通|接触|拜访|跟进|通话)|(?:互动|往来|沟通)(?:记录|历史|情况)|(?:还有|有)哪些.{0,6}(?:没|未)(?:处理完|解决|关闭|结)|(?:未解决|没解决|未处理|没处理完?|未关闭)的?(?:工单|问题|投诉)/, 3],
    [/^\s*(?:did|has|have|had|when|who)\b.{0,40}\b(?:follow(?:ed)?[\s-]*up|talk(?:ed)?|spoke|speak|reach(?:ed)?\s+out|contact(?:ed)?|call(?:ed)?|heard?|met|meet|visit(?:ed)?|email(?:ed)?)\b/, 4],
    // "recap Acme's activity" with nothing pasted asks for the account's story, not a call summary
    [/\brecap\b(?!.{0,24}\b(?:call|convo|conversation|meeting|transcript|chat)\b)/, 2],
    [/(?:聊|谈|沟通|说|讨论)(?:过|了)(?:些)?(?:什么|啥|哪些)/, 4],
    [/的(?:历史记录|历史|往来记录|来往记录|全部记录|所有记录|过往记录)/, 5],
    [/\b(?:complain\w*|unhappy|upset|angry|churn\w*|at\s+risk|heard\s+they|went\s+quiet)\b/, 1],
    [/\bwhat\s+(?:deals|tickets|opps|issues|contacts|activities|calls)\b|\bstill\s+alive\b|\bwhat\s+stage\s+is\s+it\b|\bhow\s+many\s+(?:open\s+)?(?:tickets|deals|opps|issues)\s+(?:does|do|did|has)\b|\bany\s+open\s+(?:issues|tickets|deals)\b/, 2.5],
    [/最近(?:怎么样|如何|有(?:啥|什么)?(?:动静|情况|进展|消息))|什么情况|啥情况|情况(?:怎么样|如何)|概况|概览|近况|动静|进展(?:如何|怎么样)|谈到哪|到哪一步|跟进记录|所有(?:的)?(?:商机|工单|记录)|列一下|讲讲|介绍一下|上次联系|最后一次联系|联系过吗|有人联系|投诉|有没有(?:没解决|未解决|open)|有几个.{0,8}(?:deal|商机|工单|opp)|提了(?:几|多少)个?工单|的情况|有(?:哪些|什么|多少|几个)(?:.{0,4})?(?:工单|商机|deal|opp|联系人|问题|投诉|记录|单子)|那边(?:怎么样|如何|咋样|情况|进展|有什么)|(?:记录|情况|历史|动态|工单|商机)(?:给我)?(?:看看|看一下|瞧瞧|列一下|调出来)|(?:给我|帮我)(?:看看|看一下|查查|调出)/, 3],
  ],
  'contact.create': [
    [/\b(?:add|create|new|save|enter|log|record|insert)\s+(?:a\s+)?(?:new\s+)?(?:contact|person|poc|champion)\b|\bsave\s+this\s+(?:person|contact)\b|\bnew\s+contact\b/, 4],
    [/\badd\s+(?:their|the|a|our|my)\s+(?:new\s+)?(?:\w+\s+){0,2}(?:lead|manager|director|head|cto|ceo|cfo|cio|coo|vp|buyer|admin|contact|champion|person|engineer)\b|\badd\b.{1,40}\bto\b.{1,40}\bcontacts\b/, 3.5],
    [/(?:新增|添加|加个|加一个|录入|新建|创建|增加|加一下)(?:新)?(?:的)?\s*联系人|新(?:的)?(?:对接人|联系人)|联系人加(?:上|进去|一下)|加进去|^加一下/, 4],
    [/^\s*(?:pls\s+|please\s+|can\s+(?:you|u)\s+)?(?:add|save|create|enter|record)\b/, 1.5],
  ],
  'contact.update': [
    [/\b(?:update|change|fix|correct|set|edit|replace)\b.{0,30}\b(?:phone|number|mobile|cell|email|e-mail|title|role|position|job\s+title|address)\b/, 4],
    [/\b(?:new|updated|different)\s+(?:phone|number|mobile|cell|email|e-mail|title|role|address)\b/, 3.5],
    [/\b(?:phone|number|mobile|cell|email|e-mail|title|role)\s+(?:is\s+now|changed\s+to|now)\b|\b(?:moved|switched|changed)\s+(?:to|into)\s+(?:a\s+)?(?:new\s+)?(?:role|head|vp|cto|ceo|cfo|cio|director|manager|lead|chief)|\bgot\s+promoted\b|\bpromoted\s+to\b|\bis\s+now\s+(?:the\s+)?(?:head|vp|cto|ceo|cfo|cio|director|manager|lead)|\bchanged\s+(?:jobs?|roles?|(?:her|his|their)\s+(?:email|number|phone))\b|\bleft\s+the\s+company\b/, 3.5],
    [/(?:更新|修改|改|换|变更)(?:一下)?.{0,10}(?:电话|手机|邮箱|职位|头衔|号码|title)|(?:电话|手机|邮箱|职位|号码)(?:改成|改为|换成|更新为|变成|为)|换(?:了)?(?:邮箱|手机|电话|号码)|(?:邮箱|手机|电话|号码|职位)(?:换了|变了|改了|更新了|是)|升职|升任|调岗|离职|现在是/, 4],
  ],
  'deal.create': [
    [/(?<!\b(?:any|the|our|all|many|open)\s+)\b(?:new|create|add|open|log|make|start|set\s+up|register|enter)\b(?:\s+(?!deal|opp)\S+){0,3}?\s+(?:deal|opp|opps|opportunity|oppty|lead)\b|^\s*(?:new\s+)?(?:opp|deal|opportunity|oppty)\s+(?:for|with|w\/|:|-)/, 4],
    [/\b(?:wants?|ready|looking|interested|plans?)\s+to\s+(?:buy|purchase|sign\s+up|expand)\b/, 1],
    [/(?:建|新建|创建|加|开|录|新增)(?:个|一个)?\s*(?:新)?(?:商机|opp|deal|销售机会)|新商机|新(?:的)?线索|有个新(?:线索|机会|项目)/, 4],
  ],
  'deal.update': [
    [/\b(?:move|moved|push|pushed|bump|bumped|update|change|set|advance|slip|slipped|adjust|raise|lower)\b.{0,40}\b(?:deal|opp|opportunity|stage|close\s+date|amount|closing\s+date)\b/, 3.5],
    [/\b(?:deal|opp|opportunity)\b.{0,30}\b(?:to|->|into)\s+(?:lead|qualified|proposal|negotiation|won|lost|closed)\b|\bmove\s+(?:it|them)\s+to\s+(?:lead|qualified|proposal|negotiation|won|lost)\b|\b(?:move|moved|push|pushed|advance|advanced|bump|bumped|progress)\b.{1,40}\b(?:to|into)\s+(?:the\s+)?(?:qualified|proposal|negotiation|closed[\s-](?:won|lost))\b/, 3],
    [/\bmark\s+(?:it|the\s+deal|them)?\s*(?:as\s+)?(?:won|lost|closed[\s-]*(?:won|lost))\b|\blost\s+(?:the\s+)?(?:\S+\s+){0,4}to\s+(?:a\s+|the\s+|another\s+)?(?:competitor|rival|vendor)|\b(?:close\s+it(?:\s+out)?|mark\s+it|set\s+it)\s+as\s+(?:closed[\s-])?(?:lost|won)\b/, 4],
    [/\b(?:deal|opp|opportunity)\b.{0,20}\b(?:is|now|moved|went|got|has)\b.{0,15}\b(?:qualified|proposal|negotiat\w*|won|lost|closed)\b/, 3],
    [/\b(?:deal|opp|opportunity)\b.{0,12}(?:→|->|=>|:|-|\bto\b|\bis\b|\bnow\b)\s*(?:lead|qualified|proposal|negotiation|won|lost|closed[\s-]*(?:won|lost))\b|\b(?:now|are)\s+negotiating\s+with\b/, 3.5],
    [/\b(?:expected\s+)?(?:close|closing|signing)\s+date\b.{0,20}\b(?:moved|pushed|slipped|slips|changed|updated|is\s+now|now|to)\b/, 3.5],
    // "bump Acme from 30k to 42k": an amount changing hands is a deal edit
    [/\bfrom\s+(?:[$€£¥]\s?\d[\d.,]*\s*(?:k|m|mm)?|\d[\d.,]*\s*(?:k|m|mm|万|usd|eur|gbp|rmb)\b)\s*(?:to|->|→)\s*[$€£¥]?\s?\d/, 3],
    [/(?:单子|商机|deal|opp|项目|合同).{0,8}(?:推迟|延期|延后|推到|顺延|提前)|(?:推迟|延期|延后|顺延)(?:到|至)/, 3.5],
    [/\bsigned\b|\bwe\s+lost\b|\blost\s+the\s+deal\b|\bwent\s+with\s+(?:a|another|the)\s+(?:\w+\s+)?(?:competitor|vendor)\b|\bchose\s+a\s+competitor\b|\bis\s+qualified\b|\bqualified\s+now\b|\bclosed[\s-]won\b|\bclosed[\s-]lost\b/, 3],
    [/商机(?:改成|改为|改到|调到|推进到|更新|阶段|进入)|阶段(?:改成|改为|改到|推进到|调整为|调成|调到)|推进到|金额(?:调整|调|改|更新|变|修改)(?:为|成|到|至)|金额从.{1,12}(?:调|改|涨|降|提|加|减)(?:到|为|成|至)|(?:成交|签约|关单|结束)日期改|预计成交日期|签约了|签了|改成赢单|那单丢了|丢单|丢了|选了竞品|输了|输单|黄了|没戏了|标记为(?:赢单|输单|丢单)|拿下了/, 3.5],
  ],
  'task.create': [
    // "remind me to …" is a task; "remind me what / when / who …" asks a question
    [/\bremind\s+(?:me|us|<@|[a-z]+\s+to)(?!\s+(?:what|when|who|whom|where|which|how|why|whether|if|of)\b)|\breminder\b|\bset\s+a\s+reminder\b/, 4.5],
    [/^\s*(?:task|todo|to-do|to\s+do|action\s+item)\s*[:：\-–]|\b(?:create|add|make|new|set\s+up|assign)\s+(?:a\s+)?(?:task|todo|to-do|follow-?up\s+task)\b|\btask\s+for\b/, 4.5],
    [/\bmake\s+(?:it|this|that)\s+(?:a|into\s+a)\s+(?:task|todo|to-do|reminder)\b|\b(?:as|into)\s+a\s+(?:task|todo|to-do)\b/, 4.5],
    [/\bdon'?t\s+let\s+me\s+forget\b|\bput\s+(?:it\s+)?on\s+my\s+(?:list|calendar)\b/, 3],
    [/^(?:让|叫|请|麻烦)\s*[^\s，,]{1,4}?(?:今天|明天|后天|下?周[一二三四五六日天]|月底前?|下午|上午)?\s*(?:把|去|给|跟进|联系|发|准备|整理|回访)/, 3.5],
    [/^\s*(?:任务|待办|提醒|备忘)\s*[:：]/, 2],
    [/提醒(?:我|他|她|一下)?|待办|建个任务|(?:建|加|创建)(?:个|一个)?任务|备忘|记得|别忘了/, 4],
    [/(?:之前|以前|前)要|(?:记一下|记下)[，,]?.{0,20}(?:之前|以前|前|要)/, 2.5],
  ],
  search: [
    [/^\s*(?:pls\s+|please\s+|can\s+(?:you|u)\s+)?(?:find|search|look\s*up|lookup|locate)\b/, 4],
    [/\b(?:search|find|look\s+up|lookup)\s+(?:for\s+)?(?:all\s+|any\s+)?(?:contacts?|accounts?|deals?|opps?|tickets?|calls?|notes?|companies|customers|activities|people|emails|meetings)\b/, 3],
    [/\bwhich\s+(?:accounts|customers|companies|contacts|deals)\b(?!.{0,20}\b(?:most|highest|best|top)\b)/, 1],
    [/\bwhich\s+(?:accounts|customers|companies|contacts|deals)\b|\blist\s+(?:all\s+)?(?:contacts|accounts|companies|customers)\b/, 2.5],
    [/\bmentioning\b|\bcontaining\b|\bin\s+the\s+name\b|\bthat\s+mention\b|\bwith\s+["“'‘]/, 1.5],
    [/^(?:帮我|请)?(?:搜索|搜一下|搜|查找|找一下|找找|查询|检索)/, 5],
    [/^(?:帮我|请)?(?:查一下|查查|查)/, 3],
    [/所有.{0,12}(?:的)?(?:商机|工单|联系人|客户|通话记录|记录)\s*[?？]?$/, 1.5],
    [/搜索|查找|找一下|搜一下|提到|带[“"'‘]|里有|包含/, 1.5],
  ],
  help: [
    [/^\s*(?:help|\?+|commands|menu|usage|halp|帮助|help\s+me)\s*[!?.！？]*\s*$/, 6],
    [/\bwhat\s+can\s+(?:you|u)\s+do\b|\bhow\s+(?:do|can|should)\s+i\b.{0,40}\b(?:you|this\s+bot|the\s+bot|with\s+you)\b|\bhow\s+does\s+this\s+(?:bot|thing|work)\b|\bwhat\s+(?:format|commands|syntax)\b|\bhow\s+to\s+use\b|\bwhat\s+are\s+you\b|\bwho\s+are\s+you\b|\bwhat\s+do\s+you\s+(?:do|support)\b|\bwhat\s+can\s+(?:this|the)\s+(?:bot|thing|assistant|app)\s+do\b|\bwhat\s+(?:can|should)\s+i\s+(?:ask|say|type|tell)\b|(?:^|[.!?,—–]\s*|\s-\s+)how\s+(?:do|can|should)\s+i\s+(?:ask|use|get|see|check|query|request|phrase|format|talk\s+to|create|add|log|open|make|record|update|file|raise|enter|set\s+up)\b/, 6],
    [/\bwhat\s+(?:format|syntax|info(?:rmation)?|details|fields)\s+do\s+(?:you|u)\s+need\b|\bhow\s+should\s+i\s+(?:phrase|word|write)\b/, 6],
    [/\bhelp\b/, 1.5],
    [/^(?:请问)?(?:怎么|如何|怎样)(?:才能)?(?:用|使用|创建|新建|建|开|记|录|查|添加|提|做|设置|让你)/, 6],
    [/帮助|怎么用|如何使用|使用说明|能做什么|能干什么|你会(?:什么|干什么|做什么|干啥|啥)|可以做什么|会做什么|能帮我做什么|有什么功能|有(?:什么|哪些)(?:命令|指令)|命令列表|指令|菜单|能干嘛|能做啥|干嘛用|有啥用|有什么用|能查.{0,8}吗|支持哪些|怎么(?:记|录|建|查|用)/, 5],
  ],
  unknown: [
    [/\b(?:lunch|dinner|breakfast|flight|weather|birthday|party|movie|wifi|wi-fi|coffee|beers?|drinks|pizza|plants|laptop|charger|umbrella|keys|parking|vacation|holiday|football|soccer|lol|haha|lmao|ugh)\b|吃啥|午饭|晚饭|会议室|订(?:一间|个|张)|爬山|天气|哈哈|放假|电影/, 1.5],
  ],
};
