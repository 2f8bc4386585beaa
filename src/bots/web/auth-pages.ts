import type { Language } from '../../shared/language';

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const TEXT = {
  en: {
    title: 'CRM assistant',
    signIn: 'Sign in',
    how: 'The dashboard opens from a short-lived sign-in link. To get one:',
    chat: 'say <b>dashboard</b> to the assistant in Slack or Teams, or',
    cli: 'run <code>crm login-link --as you@example.com</code> on the server.',
    bad: 'This sign-in link is invalid or has expired.',
    again: 'Ask for a new one:',
    out: 'You are signed out.',
  },
  zh: {
    title: 'CRM 助手',
    signIn: '登录',
    how: '仪表盘通过短时有效的登录链接打开。获取方式：',
    chat: '在 Slack 或 Teams 中对助手说 <b>dashboard</b>（仪表盘），或',
    cli: '在服务器上运行 <code>crm login-link --as you@example.com</code>。',
    bad: '此登录链接无效或已过期。',
    again: '请重新获取：',
    out: '你已退出登录。',
  },
} as const;

function page(lang: Language, body: string): string {
  const t = TEXT[lang];
  return `<!doctype html>
<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(t.title)}</title><link rel="icon" href="data:,"><link rel="stylesheet" href="/assets/dashboard.css"></head>
<body class="auth"><main class="auth-box"><h1>${escapeHtml(t.title)}</h1>${body}</main></body></html>`;
}

const how = (lang: Language) => `<ul><li>${TEXT[lang].chat}</li><li>${TEXT[lang].cli}</li></ul>`;

/** Shown at / without a session: how to get a sign-in link, since there is no password to type. */
export const signInPage = (lang: Language): string => page(lang, `<h2>${TEXT[lang].signIn}</h2><p>${TEXT[lang].how}</p>${how(lang)}`);

export const badLinkPage = (lang: Language): string => page(lang, `<p class="error" id="login-error">${TEXT[lang].bad}</p><p>${TEXT[lang].again}</p>${how(lang)}`);

export const signedOutPage = (lang: Language): string => page(lang, `<p>${TEXT[lang].out}</p><p>${TEXT[lang].how}</p>${how(lang)}`);
