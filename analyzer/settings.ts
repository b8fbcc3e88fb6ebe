/**
 * The user's own context, applied around the trained model: switched-off categories and ignored words are
 * removed from the text before the model reads it (as if they were not there); extra words count as clear
 * personal evidence; "my work is about …" topics remove that trade's vocabulary ("baking" → bake, bakery,
 * cake, …) and the lexicon words of its category (food) so a baker's posts about baking are read as work.
 */

import type { AnalyzerSettings, Category, Sensitivity } from './types.ts';
import { CATEGORIES } from './types.ts';
import { normalize } from './normalize.ts';
import { tokenize, type Token } from './features.ts';

/** Topic words → the trade's vocabulary (each line: categories it belongs to, then its words). */
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

/** word → the words of every topic line it appears on, and the categories of those lines. */
const topicWords = new Map<string, Set<string>>();
const topicCats = new Map<string, Set<number>>();
for (const block of TOPICS.split(/\n(?=\S)/)) {
  const m = /^([\w. ]+):([\s\S]*)$/.exec(block.trim());
  if (!m) continue;
  const words = m[2]!.split(/\s+/).filter(Boolean);
  const cats = m[1]!
    .trim()
    .split(/\s+/)
    .map((g) => CATEGORIES.indexOf(g.split('.')[0] as Category))
    .filter((c) => c >= 0);
  for (const w of words) {
    const set = topicWords.get(w) ?? new Set<string>();
    for (const x of words) set.add(x);
    topicWords.set(w, set);
    const cs = topicCats.get(w) ?? new Set<number>();
    for (const c of cats) cs.add(c);
    topicCats.set(w, cs);
  }
}

const CAT_SET = new Set<string>(CATEGORIES);

/** Folded words of a user-entered word or phrase, as the tokenizer sees them. */
function foldedWords(s: string): string[] {
  return tokenize(normalize(String(s).slice(0, 200))).map((t) => t.s);
}

function stem(w: string): string {
  if (w.length > 4 && w.endsWith('es')) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s')) return w.slice(0, -1);
  return w;
}

export interface CompiledSettings {
  sensitivity: Sensitivity;
  disabled: Set<Category>;
  /** Tokens to remove before the model reads the text (null when nothing is removed). */
  skips(catOf: (t: Token) => number): ((tokens: Token[]) => Uint8Array | null) | null;
  /** Tokens that start one of the user's extra words or phrases, with its category. */
  extraHits(tokens: Token[], norm: string): { token: number; cat: number }[];
}

interface Phrase {
  words: string[];
  cat: number;
}

function matches(tokens: Token[], k: number, words: string[]): boolean {
  for (let j = 0; j < words.length; j++) {
    const t = tokens[k + j];
    if (!t) return false;
    if (t.s !== words[j] && stem(t.s) !== stem(words[j]!)) return false;
  }
  return true;
}

const cache = new Map<string, CompiledSettings>();

export function compileSettings(settings: AnalyzerSettings | undefined): CompiledSettings {
  const key = JSON.stringify(settings ?? {});
  const hit = cache.get(key);
  if (hit) return hit;
  const s = settings ?? {};
  const sensitivity: Sensitivity =
    s.sensitivity === 'low' || s.sensitivity === 'high' || s.sensitivity === 'default' ? s.sensitivity : 'default';
  const disabled = new Set<Category>(
    (Array.isArray(s.disabledCategories) ? s.disabledCategories : []).filter((c): c is Category => CAT_SET.has(c)),
  );
  const disabledIdx = new Set([...disabled].map((c) => CATEGORIES.indexOf(c)));
  const ignored: string[][] = [];
  for (const w of Array.isArray(s.ignoredWords) ? s.ignoredWords : []) {
    if (typeof w !== 'string') continue;
    const words = foldedWords(w);
    if (words.length) ignored.push(words);
  }
  const topic = new Set<string>();
  const topicCat = new Set<number>();
  for (const t of Array.isArray(s.workTopics) ? s.workTopics : []) {
    if (typeof t !== 'string') continue;
    for (const w of foldedWords(t)) {
      topic.add(stem(w));
      for (const x of topicWords.get(w) ?? topicWords.get(stem(w)) ?? []) topic.add(stem(x));
      for (const c of topicCats.get(w) ?? topicCats.get(stem(w)) ?? []) topicCat.add(c);
    }
  }
  const extras: Phrase[] = [];
  for (const e of Array.isArray(s.extraWords) ? s.extraWords : []) {
    if (!e || typeof e.text !== 'string' || !CAT_SET.has(e.category)) continue;
    const words = foldedWords(e.text);
    if (words.length) extras.push({ words, cat: CATEGORIES.indexOf(e.category) });
  }
  const anySkip = disabledIdx.size > 0 || ignored.length > 0 || topic.size > 0;
  const skipFn = (tokens: Token[], catOf: (t: Token) => number): Uint8Array | null => {
    const out = new Uint8Array(tokens.length);
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k]!;
      const cat = catOf(t);
      if (disabledIdx.has(cat) || topicCat.has(cat) || topic.has(stem(t.s))) out[k] = 1;
      for (const words of ignored) {
        if (matches(tokens, k, words)) for (let j = 0; j < words.length; j++) out[k + j] = 1;
      }
    }
    return out;
  };
  const compiled: CompiledSettings = {
    sensitivity,
    disabled,
    skips: (catOf) => (anySkip ? (tokens) => skipFn(tokens, catOf) : null),
    extraHits(tokens) {
      if (!extras.length) return [];
      const out: { token: number; cat: number }[] = [];
      for (let k = 0; k < tokens.length; k++) {
        for (const e of extras) {
          if (disabledIdx.has(e.cat) || !matches(tokens, k, e.words)) continue;
          out.push({ token: k, cat: e.cat });
        }
      }
      return out;
    },
  };
  if (cache.size > 20) cache.clear();
  cache.set(key, compiled);
  return compiled;
}
