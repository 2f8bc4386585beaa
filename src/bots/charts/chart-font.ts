import fs from 'node:fs';

/** The family name inside the TTF below; the SVG asks for it by name and resvg matches it. */
export const CHART_FONT_FAMILY = 'Noto Sans SC';

const FONT_MODULE = '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf';

export interface ChartFont {
  family: string;
  /** A TTF installed by npm (Noto Sans SC covers Latin and Simplified Chinese), or null when it is missing. */
  file: string | null;
}

let cached: ChartFont | undefined;

/**
 * resvg draws only the glyphs of the fonts it is given: without a CJK font Chinese labels become
 * empty boxes. The npm package makes the font part of `npm ci`, so no machine needs fonts installed;
 * system fonts are the fallback only if the package is somehow absent.
 */
export function chartFont(resolve: (id: string) => string = require.resolve): ChartFont {
  if (cached && resolve === require.resolve) return cached;
  let file: string | null = null;
  try {
    const p = resolve(FONT_MODULE);
    file = fs.existsSync(p) ? p : null;
  } catch {
    file = null;
  }
  const font = { family: CHART_FONT_FAMILY, file };
  if (resolve === require.resolve) cached = font;
  return font;
}
