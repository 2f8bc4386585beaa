import { contract } from '../../shared/contract/contract';
import type { IntentHandler } from './handler';
import { t } from '../i18n/messages';

const ZH_EXAMPLES = [
  '给远景医疗开个紧急工单，登录系统挂了',
  '关闭 #1042，客户确认已修复',
  '刚和华为的王伟通了电话，他们要九折，周五跟进',
  '华为最近有什么投诉？',
  '本季度赢单率对比上季度，按销售',
  '添加联系人 李伟，Hooli 的 CTO，li.wei@hooli.com',
  '提醒我下周二把合同发给 Acme',
  '撤销',
];

export const helpIntent: IntentHandler = {
  intent: 'help',
  writes: false,
  customer: 'none',
  async run(ctx) {
    const examples = ctx.lang === 'zh' ? ZH_EXAMPLES : Object.values(contract.intents).map((i) => i.example).filter((x) => x !== 'what can you do?' && x !== 'lol what a day');
    const head = ctx.lang === 'zh' ? '我可以帮你管理客户、工单、商机和指标。试试这样说：' : 'I keep the CRM right from chat. Try:';
    const tail = ctx.lang === 'zh' ? '写入前我都会先让你确认；10 分钟内可以说“撤销”。' : 'I always ask before saving anything, and "undo" reverts your last change within 10 minutes.';
    return {
      kind: 'done',
      reply: `${head}\n${examples.map((e) => `• ${e}`).join('\n')}\n${tail}`,
      data: { examples },
      blocks: [{ type: 'text', text: tail }],
    };
  },
};

export const unknownIntent: IntentHandler = {
  intent: 'unknown',
  writes: false,
  customer: 'none',
  async run(ctx) {
    return { kind: 'done', reply: t(ctx.lang, 'unknown'), data: { suggestions: ['help'] } };
  },
};
