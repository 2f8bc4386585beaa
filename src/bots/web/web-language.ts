import type { Language } from '../../shared/language';

/** zh when the browser prefers Chinese (an explicit ?lang= wins), English otherwise. */
export function pickLanguage(acceptLanguage: string | undefined, explicit?: unknown): Language {
  if (explicit === 'zh' || explicit === 'en') return explicit;
  const first = (acceptLanguage ?? '').split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('zh') ? 'zh' : 'en';
}
