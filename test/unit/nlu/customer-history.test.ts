import { understand } from '../../../src/intents/nlu';
import { zhCompanies } from '../../../src/intents/nlu/extract/name-candidates-zh';

const ctx = { now: new Date('2026-06-10T09:00:00Z'), tz: 'UTC', region: 'US' };
const read = (text: string) => {
  const r = understand(text, ctx);
  return { intent: r.intent, customer: r.entities.customer };
};

describe('questions about one named customer are customer.history', () => {
  it.each([
    ['Remind me what our most recent interaction with Nettlelea Digital was and when it happened.', 'Nettlelea Digital'],
    ['Can you remind me what we discussed with Harborline Freight last time?', 'Harborline Freight'],
    ['Remind me who we last spoke to at Kestrel Robotics', 'Kestrel Robotics'],
    ['remind me when we last spoke to Acme Corp', 'Acme Corp'],
    ['What was our last interaction with Brightwater Analytics?', 'Brightwater Analytics'],
    ['When was our most recent call with Ironvale Mining?', 'Ironvale Mining'],
    ['How many open tickets does Orchid Pay have?', 'Orchid Pay'],
    ['What open tickets does Sablewood Health have?', 'Sablewood Health'],
    ['查一下我们和Alderwharf Health最近一次互动的日期和内容', 'Alderwharf Health'],
    ['查一下我们和Nimbus Cloud最近的互动', 'Nimbus Cloud'],
    ['我们和Acme Corp最近一次联系是什么时候', 'Acme Corp'],
    ['和Orchid Pay目前还有几个商机', 'Orchid Pay'],
    ['和orchid pay目前还有几个商机', 'orchid pay'],
    ['跟zenwave之间最近有什么往来', 'zenwave'],
    ['Zenwave那边还有哪些工单没处理完？', 'Zenwave'],
    ['尚品网络那边还有哪些工单没处理完？', '尚品网络'],
    ['列一下星耀精密目前未解决的工单', '星耀精密'],
    ['列一下天和保险目前没解决的工单', '天和保险'],
    ['华信精密目前有几个工单没解决', '华信精密'],
    ['云帆物流的工单还有几个没处理', '云帆物流'],
    ['帮我查查和蓝海传媒最近一次沟通的内容', '蓝海传媒'],
    ['我们上次跟恒泽证券联系是什么时候', '恒泽证券'],
    ['百草堂药业还有哪些工单没关', '百草堂药业'],
    ['瑞康医疗现在有几个商机在跟', '瑞康医疗'],
    ['鼎盛制造那边有没有未解决的投诉', '鼎盛制造'],
    ['北辰食品方面最近怎么样', '北辰食品'],
    ['下周要见海天传媒，先帮我梳理一下这个客户', '海天传媒'],
    ['明天去拜访华辰电子，先帮我了解一下这个客户的背景', '华辰电子'],
    ["I'm meeting Corvid Labs next week, what should I know?", 'Corvid Labs'],
  ])('%s', (text, customer) => {
    expect(read(text)).toEqual({ intent: 'customer.history', customer });
  });

  it('still reads "remind me to …" and "remind me about … tomorrow" as tasks', () => {
    expect(read('Remind me to call Acme Corp tomorrow').intent).toBe('task.create');
    expect(read('remind me about Globex Logistics tomorrow at 3').intent).toBe('task.create');
    expect(read('下周一提醒我跟进恒泽证券的报价')).toEqual({ intent: 'task.create', customer: '恒泽证券' });
  });

  it('keeps business-wide ticket counts as KPIs', () => {
    expect(read('目前还有多少未处理的工单').intent).toBe('kpi.query');
    expect(read('How many open and pending tickets do we have right now?').intent).toBe('kpi.query');
  });
});

describe('Chinese company names without a dictionary', () => {
  const names = (text: string) => zhCompanies(text).map((c) => c.text);
  it.each([
    ['尚品网络那边还有哪些工单', ['尚品网络']],
    ['列一下星耀精密目前未解决的工单', ['星耀精密']],
    ['百草堂药业最近有什么进展', ['百草堂药业']],
    ['我们和百草堂药业的合同', ['百草堂药业']],
    ['跟进恒泽证券的报价', ['恒泽证券']],
    ['提醒我明天跟进百草堂药业的合同', ['百草堂药业']],
    ['拜访金穗农业', ['金穗农业']],
    ['昨天远景医疗的王总来电', ['远景医疗']],
    ['尚品那边还有哪些工单', ['尚品']],
    ['和明辉电子有限公司签了', ['明辉电子有限公司']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each(['看看销售数据', '客户那边怎么说', '他们那边还没回复', '财务那边批了'])('finds no company in "%s"', (text) => {
    expect(names(text)).toEqual([]);
  });
});
