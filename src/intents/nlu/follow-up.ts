import type { ReplyKind } from './types';

/**
 * Short dialogue replies. A reply counts only when the message is just that reply (with
 * politeness around it): "no, make it high priority" is a correction, not a "no".
 */
const KINDS: Array<[ReplyKind, RegExp]> = [
  ['undo', /\b(?:undo|revert|roll\s*back|take\s+(?:that|it)\s+back|undo\s+(?:that|it|the\s+last\s+(?:one|change|write)))\b|撤销|撤回|回滚|恢复原样|取消上一步/gi],
  ['cancel', /\b(?:cancel|abort|stop|never\s*mind|nvm|forget\s+(?:it|that|about\s+it)|drop\s+(?:it|that)|scratch\s+that|don'?t\s+bother)\b|取消|算了|不用了|放弃|作罢|不要了|别弄了/gi],
  ['no', /\b(?:no|nope|nah|n|negative|don'?t|do\s+not|wrong|incorrect|not\s+(?:right|correct))\b|不对|不是|不要|不行|不|否|别|错了/gi],
  ['yes', /\b(?:yes|y|yep|yeah|yea|yup|ya|sure|ok|okay|k|kk|confirm(?:ed)?|go(?:\s+ahead|\s+for\s+it)?|do\s+it|ship\s+it|correct|right|sounds\s+good|looks\s+good|lgtm|please\s+do|affirmative|absolutely|definitely|perfect|great|save(?:\s+it)?|submit)\b|👍|✅|👌|🙆|确认|确定|是的|是|对的|对|好的|好|可以|行|没问题|嗯嗯|嗯|同意|提交|就这样|保存|OK/gi],
  ['help', /\b(?:help|what\s+can\s+(?:you|u)\s+do|how\s+does\s+this\s+work)\b|\?+|？+|帮助|怎么用|help/gi],
];

const FILLER = /\b(?:please|pls|plz|thanks|thank\s+you|thx|ty|that|it|this|the|one|then|now|just|all|bot)\b|谢谢|谢了|吧|了|啊|呀|哈|的|一下|请|这个|那个|吗|呢/gi;
const NOISE = /<@[A-Z0-9|]+>|[\p{Extended_Pictographic}\u{FE0F}\u{200D}]|[\s.,!:;，。！：；、~～-]+/gu;

export function classifyFollowUp(text: string): ReplyKind | null {
  const cleaned = text.replace(/<@[A-Z0-9|]+>/g, ' ').trim();
  if (!cleaned || cleaned.length > 60) return null;
  let rest = cleaned;
  let found: ReplyKind | null = null;
  // the strongest kind named wins ("no, cancel" cancels), but only if nothing else is said
  for (const [kind, re] of KINDS) {
    re.lastIndex = 0;
    if (!re.test(rest)) continue;
    re.lastIndex = 0;
    rest = rest.replace(re, ' ');
    found ??= kind;
  }
  if (!found) return null;
  return rest.replace(FILLER, ' ').replace(NOISE, '') ? null : found;
}
