/** Public contract of the tone analyzer. Pure data: no DOM, no browser APIs. */
import type { LearnedState } from './learn.ts';

export const CATEGORIES = [
  'food',
  'family',
  'romance',
  'health',
  'parties',
  'pets',
  'leisure',
  'beliefs',
  'appearance',
  'lifeEvents',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** Labels shown to users, e.g. "Reads personal: food and drink ('blueberry muffin', '🧁')". */
export const CATEGORY_LABELS: Record<Category, string> = {
  food: 'food and drink',
  family: 'family and kids',
  romance: 'romance and dating',
  health: 'health and body',
  parties: 'parties and alcohol',
  pets: 'pets',
  leisure: 'holidays and leisure',
  beliefs: 'religion and politics',
  appearance: 'appearance and selfies',
  lifeEvents: 'personal life events',
};

/** Categories a "Friendly professional" contact still minds. */
export const SENSITIVE_CATEGORIES: readonly Category[] = ['romance', 'beliefs', 'health', 'parties'];

export type Sensitivity = 'low' | 'default' | 'high';
export type Audience = 'anyone' | 'connections' | 'group' | 'event' | 'private' | 'unknown';
export type FamiliarityLevel = 'professional' | 'friendly' | 'personal' | 'unset';

export interface AnalyzerSettings {
  sensitivity?: Sensitivity;
  /** Categories switched off by the user never fire. */
  disabledCategories?: Category[];
  /** Extra words or phrases the user wants treated as personal, with their category. */
  extraWords?: { text: string; category: Category }[];
  /** Words or phrases the user never wants flagged. */
  ignoredWords?: string[];
  /** "My work is about …" topics (e.g. "baking", "pet food"): words from these topics never fire. */
  workTopics?: string[];
}

export interface AnalyzeInput {
  text: string;
  hasImage?: boolean;
  hasVideo?: boolean;
  audience?: Audience;
  recipientLevel?: FamiliarityLevel;
  settings?: AnalyzerSettings;
  /** This user's learned adjustments (learn.ts); ignored when absent or for another feature space. */
  learned?: LearnedState | null;
}

export interface Evidence {
  /** Exactly `input.text.slice(start, end)`. */
  text: string;
  category: Category;
  /** UTF-16 offsets into the input text, as String.prototype.slice uses them. */
  start: number;
  end: number;
  kind: 'word' | 'phrase' | 'emoji' | 'hashtag';
  weight: number;
}

export interface ProfessionalSignal {
  text: string;
  start: number;
  end: number;
  weight: number;
}

export interface AnalyzeResult {
  /** 0 = clearly professional, 1 = clearly personal. */
  score: number;
  /** The verdict at the chosen sensitivity. */
  personal: boolean;
  /** True when the text is in a language we do not cover or too short to judge; never a false alarm. */
  unsure: boolean;
  sensitivity: Sensitivity;
  /** Detected language of the text ('en' | 'es' | 'pt' | 'fr' | 'de' | 'unknown'). */
  language: string;
  /** Categories that fired, strongest first. */
  categories: Category[];
  evidence: Evidence[];
  professionalSignals: ProfessionalSignal[];
  /**
   * Set when the text had more evidence than is returned (at most 200 items, the strongest, in text
   * order). The score always uses all of it.
   */
  evidenceTruncated?: boolean;
}
