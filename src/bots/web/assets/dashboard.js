// The dashboard page: fetches /api/dashboard and draws the server's ECharts options as they are;
// the chat panel posts to /api/ask with the session cookie. Plain JS, no build step.
(function () {
  'use strict';
  var lang = /^zh/i.test(navigator.language || '') ? 'zh' : 'en';
  var T = {
    en: {
      title: 'CRM dashboard', signOut: 'Sign out', period: 'Period', this_month: 'This month', last_month: 'Last month',
      this_quarter: 'This quarter', last_quarter: 'Last quarter', this_year: 'This year', custom: 'Custom…', from: 'From', to: 'To',
      team: 'Team', owner: 'Owner', all: 'All', chat: 'Ask the assistant', send: 'Send', askPlaceholder: 'e.g. revenue this quarter by team',
      loading: 'Loading…', vs: 'vs', now: 'now', failed: 'Could not load the dashboard: ', chatFailed: 'The assistant did not answer: ',
      asOf: 'As of', period_label: 'Period',
    },
    zh: {
      title: 'CRM 仪表盘', signOut: '退出', period: '期间', this_month: '本月', last_month: '上月', this_quarter: '本季度',
      last_quarter: '上季度', this_year: '今年', custom: '自定义…', from: '从', to: '到', team: '团队', owner: '负责人', all: '全部',
      chat: '问问助手', send: '发送', askPlaceholder: '例如：本季度各团队成交金额', loading: '加载中…', vs: '对比', now: '当前',
      failed: '仪表盘加载失败：', chatFailed: '助手未能回答：', asOf: '截至', period_label: '期间',
    },
  }[lang];
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  document.title = T.title;
  document.querySelectorAll('[data-i18n]').forEach(function (el) { el.textContent = T[el.getAttribute('data-i18n')] || el.textContent; });
  document.querySelectorAll('[data-i18n-placeholder]').forEach(function (el) { el.placeholder = T[el.getAttribute('data-i18n-placeholder')]; });

  var $ = function (id) { return document.getElementById(id); };
  var el = function (tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  };
  var charts = {};
  var status = $('status');
  var setStatus = function (text, isError) { status.textContent = text; status.className = 'status' + (isError ? ' error' : ''); };

  function params() {
    var f = new FormData($('filters'));
    var p = new URLSearchParams();
    f.forEach(function (v, k) { if (v && (k !== 'start' && k !== 'end' || f.get('period') === 'custom')) p.set(k, v); });
    p.set('lang', lang);
    return p;
  }

  function fillSelect(select, options) {
    var keep = select.value;
    while (select.options.length > 1) select.remove(1);
    options.forEach(function (o) { select.add(new Option(o.name, o.id)); });
    select.value = options.some(function (o) { return o.id === keep; }) ? keep : '';
  }

  function renderCards(cards) {
    var box = $('cards');
    box.textContent = '';
    cards.forEach(function (c) {
      var card = el('div', 'card');
      card.setAttribute('data-metric', c.metric);
      card.title = c.definition;
      card.appendChild(el('div', 'label', c.label));
      var v = el('div', 'value', c.display);
      v.setAttribute('data-value', c.value === null ? '' : String(c.value));
      card.appendChild(v);
      var change = c.periodApplies ? (c.change ? c.change + ' (' + T.vs + ' ' + c.previousDisplay + ')' : '') : T.now;
      card.appendChild(el('div', 'change' + (c.direction ? ' ' + c.direction : ''), change));
      box.appendChild(card);
    });
  }

  // Charts draw on a canvas, which does not redraw by itself when a web font arrives: use the page's
  // font stack and draw again once fonts have loaded.
  var FONT = getComputedStyle(document.body).fontFamily;
  var drawn = [];
  function drawChart(container, spec) {
    var chart = echarts.getInstanceByDom(container) || echarts.init(container);
    chart.setOption(Object.assign({ textStyle: { fontFamily: FONT } }, spec), true);
    drawn = drawn.filter(function (d) { return d.chart !== chart && !d.chart.isDisposed(); });
    drawn.push({ chart: chart, spec: spec });
    return chart;
  }
  if (document.fonts) {
    document.fonts.addEventListener('loadingdone', function () {
      drawn.forEach(function (d) { if (!d.chart.isDisposed()) d.chart.setOption(Object.assign({ textStyle: { fontFamily: FONT } }, d.spec), true); });
    });
  }

  function renderCharts(list) {
    var box = $('charts');
    var seen = {};
    list.forEach(function (c) {
      var div = $('chart-' + c.id);
      if (!div) {
        div = el('div', 'chart' + (c.id === 'trend' ? ' wide' : ''));
        div.id = 'chart-' + c.id;
        box.appendChild(div);
      }
      charts[c.id] = drawChart(div, c.spec);
      seen[c.id] = true;
    });
    Object.keys(charts).forEach(function (id) {
      if (!seen[id]) { charts[id].dispose(); $('chart-' + id).remove(); delete charts[id]; }
    });
  }

  function load() {
    setStatus(T.loading);
    return fetch('/api/dashboard?' + params().toString(), { credentials: 'same-origin' })
      .then(function (res) {
        if (res.status === 401) { location.reload(); return null; }
        return res.json().then(function (body) {
          if (!res.ok) throw new Error(body.error ? body.error.message : res.statusText);
          return body;
        });
      })
      .then(function (d) {
        if (!d) return;
        $('who').textContent = d.user.name + ' · ' + d.user.role + (d.user.team ? ' · ' + d.user.team : '');
        fillSelect($('team'), d.filters.teams);
        fillSelect($('owner'), d.filters.owners);
        renderCards(d.cards);
        renderCharts(d.charts);
        setStatus(T.period_label + ' ' + d.period.start + ' – ' + d.period.end + ' · ' + d.scope + ' · ' + T.asOf + ' ' + new Date(d.asOf).toLocaleString());
        document.body.setAttribute('data-loaded', 'true');
      })
      .catch(function (e) { setStatus(T.failed + e.message, true); });
  }

  $('filters').addEventListener('change', function (ev) {
    var custom = $('period').value === 'custom';
    document.querySelectorAll('.filters .custom').forEach(function (l) { l.hidden = !custom; });
    if (custom && (!$('start').value || !$('end').value)) return; // wait for both dates
    load();
  });
  $('filters').addEventListener('submit', function (ev) { ev.preventDefault(); load(); });
  window.addEventListener('resize', function () { Object.keys(charts).forEach(function (id) { charts[id].resize(); }); });

  // The chat panel: one conversation per page, so a write's "yes" lands on the same pending draft.
  var conversation = 'web-' + Math.random().toString(36).slice(2) + Date.now().toString(36);
  function addMessage(who, text) {
    var m = el('div', 'msg ' + who, text);
    $('chat-log').appendChild(m);
    $('chat-log').scrollTop = $('chat-log').scrollHeight;
    return m;
  }
  function renderBlocks(msg, blocks) {
    (blocks || []).forEach(function (b) {
      if (b.type === 'chart') {
        var div = el('div', 'mini-chart');
        msg.appendChild(div);
        drawChart(div, b.spec);
      } else if (b.type === 'buttons') {
        b.buttons.forEach(function (btn) { var x = el('button', '', btn.label); x.type = 'button'; x.onclick = function () { ask(btn.value); }; msg.appendChild(x); });
      } else if (b.type === 'choices') {
        b.options.forEach(function (o) { var x = el('button', '', o.label); x.type = 'button'; x.onclick = function () { ask(o.value); }; msg.appendChild(x); });
      }
    });
  }
  function ask(text) {
    addMessage('me', text);
    return fetch('/api/ask', {
      method: 'POST', credentials: 'same-origin', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ text: text, conversation: conversation }),
    })
      .then(function (res) { return res.json().then(function (body) { return { ok: res.ok, body: body }; }); })
      .then(function (r) {
        if (!r.ok) { addMessage('bot', T.chatFailed + (r.body.error ? r.body.error.message : '')); return; }
        var m = addMessage('bot', r.body.reply);
        renderBlocks(m, r.body.blocks);
        // A write may have changed the numbers: refresh the dashboard behind the answer.
        if (r.body.records && r.body.records.length) load();
      })
      .catch(function (e) { addMessage('bot', T.chatFailed + e.message); });
  }
  $('chat-form').addEventListener('submit', function (ev) {
    ev.preventDefault();
    var text = $('chat-input').value.trim();
    if (!text) return;
    $('chat-input').value = '';
    ask(text);
  });

  load();
})();
