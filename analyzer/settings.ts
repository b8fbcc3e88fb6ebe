/** The user's own context: disabled categories, extra and ignored words, "my work is about …" topics. */

import type { AnalyzerSettings, Category, Sensitivity } from './types.ts';
import { CATEGORIES } from './types.ts';
import type { Lexicon, Term } from './lexicon.ts';
import { candidates, K_PERSONAL, L_ALL } from './lexicon.ts';
import { emojiKey, fold } from './text.ts';

/** Topic words → lexicon groups (or whole categories) that are work, not private life, for this user. */
const TOPICS = `
food.baking food.coffee: bake baking baker bakers bakery bakeries pastry pastries patisserie patissier confectionery
  confectioner chocolatier cake cakes cupcake cupcakes panaderia panadero pasteleria reposteria repostero padaria
  padeiro confeitaria confeiteira boulangerie boulanger backerei backer konditorei konditor bakehouse
food: chef chefs cook cooking culinary restaurant restaurants restaurateur catering caterer food foods foodservice
  foodtech gastronomy gastronomia gastronomie cuisine kitchen recipe recipes nutrition nutritionist dietitian
  dietician cocina cocinero cozinha cozinheiro cuisinier kuche koch lebensmittel alimentacion alimentos alimentation
  grocery groceries hospitality snack snacks
food.coffee: coffee cafe barista roastery roaster roasting tea
parties.drinks: wine wines winery wineries vineyard vineyards sommelier viticulture oenology enology vino vinos vinho
  vinhos vin vins wein weingut beer beers brewery breweries brewing brewer brewers craftbeer distillery distilleries
  spirits bartender bartending mixology cocktail cocktails cerveza cervezas cerveceria cerveja cervejaria biere
  brasserie bier brauerei beverage beverages drinks liquor
parties.party leisure.time: events event eventos evenements veranstaltungen entertainment nightlife dj music musician
  festival festivals party parties partyplanning
lifeEvents.wedding romance.core: wedding weddings bridal boda bodas casamento casamentos mariage mariages hochzeit
  hochzeiten matrimonio
pets: pet pets petfood petcare veterinary veterinarian vet vets animal animals dog dogs cat cats grooming groomer
  mascota mascotas mascotes veterinaria veterinario animaux veterinaire tierarzt haustier haustiere tiere
health.fitness: fitness gym gyms trainer trainers coaching yoga pilates sport sports athletics athlete running
  wellness wellbeing crossfit deporte deportes esporte esportes entrenador treinador
health: health healthcare medicine medical hospital hospitals nursing nurse nurses doctor doctors physician physicians
  pharma pharmacy pharmaceutical pharmaceuticals oncology psychology psychologist psychiatry therapy therapist
  therapists mental clinical clinic clinics biotech medtech salud saude sante gesundheit medicina medizin
  physiotherapy dentistry dental
food health.fitness: nutrition dietetics
leisure.travel: travel travels tourism tourist hospitality hotel hotels airline airlines aviation tour tours
  cruise cruises resort resorts turismo tourisme reise reisen tourismus viajes viagens voyages
appearance: beauty cosmetics cosmetic makeup hair hairdresser hairdressing salon barber barbers fashion stylist
  styling skincare esthetician aesthetics modeling belleza beleza beaute mode moda kosmetik
family.core family.life: childcare daycare education teacher teachers teaching school schools kindergarten pediatrics
  pediatric paediatric parenting nanny educacion educacao education enseignement kita kinderbetreuung
lifeEvents.loss: funeral funerals mortuary undertaker bereavement
beliefs.religion: religion religious ministry church churches pastor theology faith chaplain chaplaincy
beliefs.politics: politics political policy government public campaign campaigns elections journalism
  journalist journalists politica politique politik
leisure.time: gaming games videogames esports streaming
lifeEvents.life: realestate realtor realty property properties mortgage mortgages housing inmobiliaria imobiliaria
  immobilier immobilien
romance: dating matchmaking
lifeEvents.baby health.ill: midwife midwifery obstetrics fertility doula maternity
`;

const topicMap = new Map<string, string[]>();
for (const block of TOPICS.split(/\n(?=\S)/)) {
  const m = /^([\w. ]+):([\s\S]*)$/.exec(block.trim());
  if (!m) continue;
  const targets = m[1]!.trim().split(/\s+/);
  for (const w of m[2]!.split(/\s+/)) {
    if (!w) continue;
    const arr = topicMap.get(w) ?? [];
    for (const t of targets) if (!arr.includes(t)) arr.push(t);
    topicMap.set(w, arr);
  }
}
const CAT_SET = new Set<string>(CATEGORIES);

export interface EmojiRule {
  cat: Category;
  w: number;
}

export interface CompiledSettings {
  sensitivity: Sensitivity;
  disabled: Set<Category>;
  /** Folded ignored words and phrases (with their base forms). */
  ignored: Set<string>;
  ignoredEmoji: Set<string>;
  extraWords: Map<string, Term[]>;
  extraPhrases: Map<string, Term[]>;
  extraEmoji: Map<string, EmojiRule>;
  /** Lexicon groups and whole categories that are the user's work. */
  blockedGroups: Set<string>;
  blockedCats: Set<Category>;
  /** Categories whose emoji are work for this user (any group of theirs is blocked). */
  blockedEmojiCats: Set<Category>;
  empty: boolean;
}

const EMPTY: CompiledSettings = {
  sensitivity: 'default',
  disabled: new Set(),
  ignored: new Set(),
  ignoredEmoji: new Set(),
  extraWords: new Map(),
  extraPhrases: new Map(),
  extraEmoji: new Map(),
  blockedGroups: new Set(),
  blockedCats: new Set(),
  blockedEmojiCats: new Set(),
  empty: true,
};

function hasWordChar(s: string): boolean {
  return /[\p{L}\p{N}]/u.test(s);
}
function words(s: string): string[] {
  return fold(s)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

const SENS = new Set(['low', 'default', 'high']);
const cache = new WeakMap<object, { key: string; value: CompiledSettings }>();

/** Compile (and cache per settings object) the user's settings. Never throws on odd input. */
export function compileSettings(lex: Lexicon, s: AnalyzerSettings | undefined | null): CompiledSettings {
  if (!s || typeof s !== 'object') return EMPTY;
  let key: string;
  try {
    key = JSON.stringify(s);
  } catch {
    key = '';
  }
  const hit = cache.get(s);
  if (hit && hit.key === key) return hit.value;
  const value = compile(lex, s);
  cache.set(s, { key, value });
  return value;
}

function compile(lex: Lexicon, s: AnalyzerSettings): CompiledSettings {
  const out: CompiledSettings = {
    sensitivity: typeof s.sensitivity === 'string' && SENS.has(s.sensitivity) ? s.sensitivity : 'default',
    disabled: new Set(),
    ignored: new Set(),
    ignoredEmoji: new Set(),
    extraWords: new Map(),
    extraPhrases: new Map(),
    extraEmoji: new Map(),
    blockedGroups: new Set(),
    blockedCats: new Set(),
    blockedEmojiCats: new Set(),
    empty: false,
  };
  if (Array.isArray(s.disabledCategories))
    for (const c of s.disabledCategories) if (CAT_SET.has(c)) out.disabled.add(c);
  if (Array.isArray(s.ignoredWords)) {
    for (const raw of s.ignoredWords) {
      if (typeof raw !== 'string' || !raw.trim()) continue;
      if (!hasWordChar(raw)) {
        out.ignoredEmoji.add(emojiKey(raw.trim()));
        continue;
      }
      const ws = words(raw.replace(/^#/, ''));
      if (ws.length === 0) continue;
      out.ignored.add(ws.join(' '));
      if (ws.length === 1) for (const k of candidates(ws[0]!).keys) out.ignored.add(k);
    }
  }
  if (Array.isArray(s.extraWords)) {
    let id = -1;
    for (const e of s.extraWords) {
      if (!e || typeof e.text !== 'string' || !CAT_SET.has(e.category)) continue;
      const raw = e.text.trim();
      if (!raw) continue;
      if (!hasWordChar(raw)) {
        out.extraEmoji.set(emojiKey(raw), { cat: e.category, w: 0.6 });
        continue;
      }
      const ws = words(raw.replace(/^#/, ''));
      if (ws.length === 0) continue;
      const term: Term = {
        id: id--,
        key: ws.join(' '),
        words: ws,
        src: raw,
        kind: K_PERSONAL,
        cat: e.category,
        group: `user.${e.category}`,
        w: 0.6,
        p: 0.85,
        flags: 0,
        langs: L_ALL,
        proW: 0,
        headMask: 0,
        preMask: 0,
      };
      const map = ws.length > 1 ? out.extraPhrases : out.extraWords;
      const arr = map.get(ws[0]!) ?? [];
      arr.push(term);
      map.set(ws[0]!, arr);
    }
  }
  if (Array.isArray(s.workTopics)) {
    for (const topic of s.workTopics) {
      if (typeof topic !== 'string') continue;
      const ws = words(topic);
      const whole = ws.join('');
      const block = (target: string): void => {
        if (CAT_SET.has(target)) out.blockedCats.add(target as Category);
        else out.blockedGroups.add(target);
      };
      for (const w of [...ws, whole]) {
        if (!w) continue;
        for (const k of candidates(w).keys) {
          for (const t of topicMap.get(k) ?? []) block(t);
          if (CAT_SET.has(k)) block(k);
          // A topic word that is itself in the lexicon blocks its group ("wine", "yoga", "pet").
          for (const term of lex.words.get(k) ?? []) if (term.w >= 0.15) block(term.group);
        }
      }
    }
    for (const g of out.blockedGroups) out.blockedEmojiCats.add(g.split('.')[0] as Category);
    for (const c of out.blockedCats) out.blockedEmojiCats.add(c);
  }
  return out;
}
