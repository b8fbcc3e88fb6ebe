import type { AnalyzeResult, Category } from './types.ts';
import { CATEGORY_LABELS } from './types.ts';

/**
 * One-line explanation for a UI, e.g. "Reads personal: food and drink ('blueberry muffin', '🧁')".
 * Lists up to `perCategory` distinct evidence texts for up to `maxCategories` categories.
 */
export function explain(result: AnalyzeResult, maxCategories = 3, perCategory = 3): string {
  if (result.categories.length === 0) return result.unsure ? 'Not sure' : 'Reads professional';
  const parts: string[] = [];
  for (const cat of result.categories.slice(0, maxCategories)) {
    const texts: string[] = [];
    for (const e of [...result.evidence].filter((x) => x.category === cat).sort((a, b) => b.weight - a.weight)) {
      if (!texts.includes(e.text)) texts.push(e.text);
      if (texts.length >= perCategory) break;
    }
    parts.push(`${CATEGORY_LABELS[cat as Category]} (${texts.map((t) => `'${t}'`).join(', ')})`);
  }
  return `${result.personal ? 'Reads personal' : 'Some personal notes'}: ${parts.join('; ')}`;
}
