/** 'zh' when a meaningful share of the letters are Han characters; Chinese needs fewer characters per idea. */
export type Language = 'en' | 'zh';

export function detectLanguage(text: string): Language {
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const latin = text.match(/[A-Za-z]+/g)?.length ?? 0; // words, not letters
  return han > 0 && han >= latin * 1.2 ? 'zh' : 'en';
}
