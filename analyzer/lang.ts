/**
 * Cheap language guess: frequent function words and a few letters typical of one language.
 * Supported languages come first (indices 0..4); the others are known only so that we can say
 * "this is not one of ours" instead of guessing.
 */

export const SUPPORTED = ['en', 'es', 'pt', 'fr', 'de'] as const;
export type SupportedLang = (typeof SUPPORTED)[number];
export const LANGS = [
  ...SUPPORTED,
  'it',
  'nl',
  'ca',
  'ro',
  'sv',
  'da',
  'no',
  'pl',
  'tr',
  'id',
  'cs',
  'hu',
  'fi',
  'tl',
  'sw',
  'et',
  'hr',
  'sk',
  'sl',
  'lt',
  'lv',
  'vi',
  'ms',
  'af',
  'eu',
  'gl',
] as const;
export const N_LANGS = LANGS.length;

/** Frequent words, written lower case WITH accents (compared against the NFC lower-case form). */
const STOP: Record<string, string> = {
  en: `the and is are was were be been to of in on at for with from by this that these those it its i you he she we they me my our your their
    him her them us not but or if so what when where who how all just have has had do does did will would can could should
    about there here an a very really today yesterday tomorrow got get out up after before some more than also because
    last away over off back again still now then ever every much many most other such only own same too yet via per down
    while through during since until into onto each both few which whose whom why our ours new make makes made need
    needs better good great best less least first next one two three let yes thanks thank please hi hello hey`,
  es: `el la los las de del que y en un una unos unas es son está están estoy fue era por para con sin mi mis tu su sus nuestro nuestra
    nos me se lo le les al pero como más muy ya también hoy ayer mañana cuando donde porque esto esta este estos estas eso hay
    tengo tiene tenemos ser estar fin semana gracias todo todos nada algo siempre aquí ahí qué cómo yo ella él ellos nosotros
    a al le he ha hemos han mucho mucha muchos después antes ahora bien pequeño pequeña`,
  pt: `o a os as de da do das dos que e em um uma uns umas é são está estão estou foi era por para com sem meu minha meus minhas seu sua
    nosso nossa nos me se lhe ao à na no nas nos pelo pela mas como mais muito muita já também hoje ontem amanhã quando onde
    porque isso isto esta este essa esse tenho tem temos ser estar fim semana obrigado obrigada tudo todos nada algo sempre aqui
    você vocês não ele ela eles eu nós pra pro ao às vai vou bem depois antes agora pequeno pequena`,
  fr: `le la les de du des et est sont un une je tu il elle nous vous ils elles mon ma mes ton ta tes son sa ses notre nos votre vos
    ce cette ces cet qui que quoi dans sur pour avec sans pas ne plus très aussi aujourd hier demain quand où parce suis
    été était avoir être fait au aux mais ou donc car comme tout tous rien c est j ai merci chez leur leurs y en l d qu
    moi toi lui à ça avons ont va vais bien petit petite très beaucoup peu encore déjà après avant toujours`,
  de: `der die das den dem des und ist sind war waren ein eine einen einem einer ich du er sie es wir ihr mein meine meinen meinem
    unser unsere dein sein ihre mit von zu zum zur auf für fur nicht kein keine auch sehr heute gestern morgen wenn wo weil
    dass das diese dieser dieses hat habe haben wird werden bin bist noch schon nur aber oder so wie alle alles nach bei aus
    uns mich mir dich dir im am um über endlich jetzt danach vorher immer viel viele kleine kleiner`,
  it: `il lo gli la le di del della dei delle e è sono un una uno che non per con mi mio mia miei mie nostro nostra ci ho ha abbiamo
    hanno questo questa quello quella anche molto più oggi ieri domani quando dove perché come ma sempre tutto tutti niente
    grazie siamo stato stata sei io lui lei noi voi loro nel nella negli al alla ai alle dal dalla sul sulla fine settimana
    nuovo nuova nuovi nuove cosa ne dite bello bella belli ciao stasera sera ieri domenica sabato venerdì mattina
    ragazzi amici famiglia figlio figlia marito moglie bambini mamma papà casa vacanze mare compleanno matrimonio
    cena pranzo colazione buon buona buonissimo finalmente davvero troppo tanto tanti tutta qui qua dopo prima ancora
    sempre mai allora quindi però poi anni anno giorno giorni lavoro squadra azienda siamo felici felice`,
  nl: `de het een en is zijn was waren ik je jij hij zij wij we mijn onze ons jouw zijn haar met van voor op aan in uit niet geen
    ook heel vandaag gisteren morgen wanneer waar omdat dat dit deze die heeft heb hebben wordt worden ben bent nog al maar of
    zo hoe alle alles na bij naar er hier daar wat wie weer nieuwe nieuw lekker gezellig eindelijk vandaag mooi mooie
    vrienden familie zoon dochter vrouw man kinderen thuis vakantie verjaardag bruiloft eten etentje feest werk team
    bedrijf jaar jaren dag dagen week`,
  ca: `el la els les de del i és són un una amb per per a que no em meu meva meus meves nostre nostra avui ahir demà quan on perquè
    això aquest aquesta molt també però com tot tots res sempre aquí estic està som sóc hem ha han`,
  ro: `și este sunt un o cu pe la de din în nu mai foarte azi ieri mâine când unde pentru că acest această care ce eu tu el ea noi
    voi ei ele meu mea mei mele nostru noastră am ai are avem au fost fi`,
  sv: `och är var att det den en ett jag du han hon vi ni de min mitt mina vår vårt våra med för på av till från inte också mycket
    idag igår imorgon när där som har hade kommer vara bara men eller så hur alla allt efter hos`,
  da: `og er var at det den en et jeg du han hun vi i de min mit mine vores med for på af til fra ikke også meget idag i dag i går
    når der som har havde kommer være bare men eller så hvordan alle alt efter hos`,
  no: `og er var at det den en et jeg du han hun vi dere de min mitt mine vår vårt våre med for på av til fra ikke også veldig
    i dag i går når der som har hadde kommer være bare men eller så hvordan alle alt etter hos`,
  pl: `i jest są był była było w na z do nie to że się jak ale co od po dla przez mój moja moje nasz nasza nasze jestem mam ma
    mamy dzisiaj wczoraj jutro bardzo też tylko już kiedy gdzie ponieważ ten ta te tego który która`,
  tr: `ve bir bu da de ile için çok ben sen o biz siz onlar benim bizim var yok değil gibi ama ne mi mı mu mü daha en bugün dün
    yarın olarak olan oldu sonra kadar her şey`,
  id: `dan yang di ke dari ini itu untuk dengan adalah saya kami kita aku kamu dia mereka tidak juga sangat hari ini kemarin besok
    ada akan sudah belum bisa pada atau tetapi karena seperti semua`,
  cs: `a je jsou byl byla bylo v na z do ne to že se jak ale co od po pro přes můj moje náš naše jsem mám má máme dnes včera zítra
    velmi také jen už když kde protože tento tato který která`,
  hu: `és a az egy van vannak volt nem is hogy de mint már csak még nagyon ma tegnap holnap amikor ahol mert ez az én te ő mi ti
    ők enyém velem neki nekem ki mi`,
  fi: `ja on oli ovat olen olet se että ei myös hyvin tänään eilen huomenna kun missä koska tämä tuo minä sinä hän me te he
    minun meidän kanssa mutta tai niin kuin kaikki`,
  tl: `ang ng mga sa na at ay ako ko siya kami tayo sila ito iyan iyon hindi rin din po ngayon kahapon bukas para may wala kasi`,
  sw: `na ya wa za kwa ni ya katika hii hiyo mimi wewe yeye sisi ninyi wao yangu yetu sana leo jana kesho lakini kama wote`,
  et: `ja on oli olen oled see et ei ka väga täna eile homme kui kus sest mina sina tema meie teie nemad minu meie koos aga või`,
  hr: `i je su bio bila bilo u na s sa do ne to da se kako ali što od po za moj moja moje naš naša sam imam ima danas jučer sutra
    vrlo također samo već kada gdje jer ovaj ova`,
  sk: `a je sú bol bola bolo v na z do nie to že sa ako ale čo od po pre môj moja moje náš naša som mám má dnes včera zajtra
    veľmi tiež len už keď kde pretože tento táto`,
  sl: `in je so bil bila bilo v na z do ne to da se kako ampak kaj od po za moj moja moje naš naša sem imam ima danes včeraj jutri
    zelo tudi samo že ko kjer ker ta`,
  lt: `ir yra buvo aš tu jis ji mes jūs jie mano mūsų su iš į ne taip pat labai šiandien vakar rytoj kai kur nes tai šis ši`,
  lv: `un ir bija es tu viņš viņa mēs jūs viņi mans mana mūsu ar no uz ne arī ļoti šodien vakar rīt kad kur jo tas šis šī`,
  vi: `và là của có không một những các cho với được này đó tôi bạn anh chị em chúng người rất hôm nay hôm qua ngày mai khi ở
    vì cũng đã đang sẽ`,
  ms: `dan yang di ke dari ini itu untuk dengan adalah saya kami kita aku kamu dia mereka tidak juga sangat hari ini semalam
    esok ada akan sudah belum boleh pada atau tetapi kerana seperti semua`,
  af: `die en is was nie ek jy hy sy ons hulle my ons met van vir op in uit ook baie vandag gister môre wanneer waar omdat dat dit
    hierdie het sal kan maar of so hoe alle alles na by`,
  eu: `eta da dira zen ez bat hau hori hura ni zu gu zuek haiek nire gure oso gaur atzo bihar noiz non zergatik baina edo`,
  gl: `o a os as de da do das dos que e en un unha é son está estou foi por para con sen meu miña meus miñas noso nosa nos me se
    ao á na no mais moi xa tamén hoxe onte mañá cando onde porque isto iso este esta ese esa teño ten temos ser estar grazas`,
};

/** word → list of [langIndex, weight]; a word shared by k languages gets weight 1/k in each. */
const stopMap = new Map<string, number[]>();
{
  const tmp = new Map<string, number[]>();
  LANGS.forEach((l, idx) => {
    const src = STOP[l];
    if (!src) return;
    for (const w of src.split(/\s+/)) {
      if (!w) continue;
      const key = w.normalize('NFC').toLowerCase();
      const arr = tmp.get(key) ?? [];
      if (!arr.includes(idx)) arr.push(idx);
      tmp.set(key, arr);
    }
  });
  for (const [k, idxs] of tmp) {
    const out: number[] = [];
    // Shared words still count for each language, a little less (distinctive words decide ties).
    const w = 1 / (1 + 0.3 * (idxs.length - 1));
    for (const i of idxs) out.push(i, w);
    stopMap.set(k, out);
  }
}

const idx = (l: string): number => (LANGS as readonly string[]).indexOf(l);

/** Is this (lower-case, NFC) word a frequent function word in some language we know? */
export function isStopword(lower: string): boolean {
  return stopMap.has(lower);
}

/** Letters that point at one language (lower case). */
const LETTER_CUES: Record<string, [string, number][]> = {
  ñ: [
    ['es', 1],
    ['gl', 0.5],
  ],
  ã: [['pt', 1.5]],
  õ: [['pt', 1.5]],
  ç: [
    ['pt', 0.4],
    ['fr', 0.4],
    ['ca', 0.3],
    ['tr', 0.2],
  ],
  ß: [['de', 2]],
  ä: [
    ['de', 0.7],
    ['sv', 0.4],
    ['fi', 0.5],
    ['et', 0.3],
    ['sk', 0.2],
  ],
  ö: [
    ['de', 0.5],
    ['sv', 0.4],
    ['fi', 0.4],
    ['tr', 0.3],
    ['hu', 0.4],
    ['et', 0.3],
  ],
  ü: [
    ['de', 0.7],
    ['tr', 0.5],
    ['hu', 0.3],
    ['et', 0.2],
  ],
  œ: [['fr', 2]],
  è: [
    ['fr', 0.6],
    ['it', 0.6],
    ['ca', 0.5],
  ],
  ê: [
    ['fr', 0.8],
    ['pt', 0.6],
    ['vi', 0.3],
  ],
  à: [
    ['fr', 0.6],
    ['it', 0.5],
    ['pt', 0.3],
    ['ca', 0.4],
  ],
  â: [
    ['fr', 0.6],
    ['pt', 0.5],
    ['ro', 0.5],
    ['vi', 0.3],
  ],
  î: [
    ['fr', 0.6],
    ['ro', 1],
  ],
  ô: [
    ['fr', 0.6],
    ['pt', 0.6],
    ['vi', 0.3],
  ],
  û: [['fr', 1]],
  ù: [
    ['fr', 0.8],
    ['it', 0.5],
  ],
  ë: [
    ['fr', 0.5],
    ['nl', 0.5],
    ['af', 0.5],
  ],
  ì: [['it', 1.2]],
  ò: [
    ['it', 1],
    ['ca', 0.6],
  ],
  å: [
    ['sv', 1],
    ['da', 0.8],
    ['no', 0.8],
  ],
  ø: [
    ['da', 1],
    ['no', 1],
  ],
  æ: [
    ['da', 1],
    ['no', 1],
  ],
  ł: [['pl', 2]],
  ą: [
    ['pl', 2],
    ['lt', 1],
  ],
  ę: [
    ['pl', 2],
    ['lt', 1],
  ],
  ś: [['pl', 1.5]],
  ż: [['pl', 2]],
  ź: [['pl', 2]],
  ń: [['pl', 1.5]],
  ș: [['ro', 2]],
  ş: [
    ['tr', 1.5],
    ['ro', 1],
  ],
  ț: [['ro', 2]],
  ţ: [['ro', 2]],
  ă: [
    ['ro', 2],
    ['vi', 0.8],
  ],
  ğ: [['tr', 2]],
  ı: [['tr', 2]],
  ő: [['hu', 2]],
  ű: [['hu', 2]],
  ř: [['cs', 2]],
  ě: [['cs', 2]],
  ů: [['cs', 2]],
  č: [
    ['cs', 0.7],
    ['sk', 0.6],
    ['hr', 0.6],
    ['sl', 0.6],
    ['lt', 0.4],
    ['lv', 0.4],
  ],
  š: [
    ['cs', 0.6],
    ['sk', 0.6],
    ['hr', 0.6],
    ['sl', 0.6],
    ['lt', 0.5],
    ['lv', 0.5],
    ['fi', 0.2],
  ],
  ž: [
    ['cs', 0.6],
    ['sk', 0.6],
    ['hr', 0.6],
    ['sl', 0.6],
    ['lt', 0.5],
    ['lv', 0.5],
  ],
  ľ: [['sk', 2]],
  ĺ: [['sk', 2]],
  ć: [
    ['hr', 1.2],
    ['pl', 0.8],
  ],
  đ: [
    ['hr', 2],
    ['vi', 1],
  ],
  ā: [['lv', 1.5]],
  ē: [['lv', 1.5]],
  ī: [['lv', 1.5]],
  ū: [
    ['lv', 1],
    ['lt', 1],
  ],
  ė: [['lt', 2]],
  ơ: [['vi', 2]],
  ư: [['vi', 2]],
  ạ: [['vi', 2]],
  ả: [['vi', 2]],
  ế: [['vi', 2]],
  ệ: [['vi', 2]],
  ộ: [['vi', 2]],
  ờ: [['vi', 2]],
  ữ: [['vi', 2]],
};
const cueMap = new Map<number, number[]>();
for (const [ch, list] of Object.entries(LETTER_CUES)) {
  if (ch.length !== 1) continue;
  const arr: number[] = [];
  for (const [l, w] of list) {
    const i = idx(l);
    if (i >= 0) arr.push(i, w);
  }
  cueMap.set(ch.charCodeAt(0), arr);
}

/**
 * Votes of one word (lower case, NFC). Returns a flat [lang, weight, lang, weight, …] list or null.
 * Letter cues are capped per word so one long word does not decide the language.
 */
export function wordVotes(lower: string, hasNonAscii: boolean): number[] | null {
  const stop = stopMap.get(lower);
  if (!hasNonAscii) return stop ?? null;
  let out: number[] | null = stop ? stop.slice() : null;
  let seen = 0;
  for (let i = 0; i < lower.length && seen < 2; i++) {
    const cue = cueMap.get(lower.charCodeAt(i));
    if (!cue) continue;
    seen++;
    out ??= [];
    for (let k = 0; k < cue.length; k += 2) out.push(cue[k]!, cue[k + 1]! * 0.6);
  }
  return out;
}

export interface LangGuess {
  /** Detected language code or 'unknown'. */
  language: string;
  /** Supported language indices to use for matching (bitmask over SUPPORTED). */
  mask: number;
  /** True when the text is in a language we do not cover. */
  unsupported: boolean;
}

export const ALL_SUPPORTED_MASK = (1 << SUPPORTED.length) - 1;

/**
 * Decide from accumulated votes. `words` = number of word tokens, `nonLatin` = words written in
 * another script.
 */
export function decideLanguage(votes: Float64Array, words: number, nonLatin: number): LangGuess {
  if (words > 0 && nonLatin / words > 0.3) return { language: 'unknown', mask: 0, unsupported: true };
  let best = -1;
  let bestScore = 0;
  let bestSup = -1;
  let bestSupScore = 0;
  for (let i = 0; i < N_LANGS; i++) {
    const s = votes[i]!;
    if (s > bestScore) {
      bestScore = s;
      best = i;
    }
    if (i < SUPPORTED.length && s > bestSupScore) {
      bestSupScore = s;
      bestSup = i;
    }
  }
  if (best < 0 || bestScore < 0.5) {
    // No function words at all: a short snippet ("Pizza night 🍕") — try every supported lexicon;
    // a long text without a single known function word is some other language.
    if (words >= 8) return { language: 'unknown', mask: 0, unsupported: true };
    return { language: 'unknown', mask: ALL_SUPPORTED_MASK, unsupported: false };
  }
  if (best >= SUPPORTED.length && bestScore > bestSupScore * 1.25 + 0.5) {
    return { language: 'unknown', mask: 0, unsupported: true };
  }
  // Real text in a supported language is full of its function words; a stray "me" or "a" in a
  // longer text in some other language is not enough.
  if (words >= 5 && bestSupScore < words * 0.08) return { language: 'unknown', mask: 0, unsupported: true };
  if (bestSup < 0) return { language: 'unknown', mask: 0, unsupported: true };
  // Main language plus any other supported language with a substantial share (mixed posts).
  let mask = 1 << bestSup;
  // Short texts are ambiguous: keep every supported language that is close to the best one.
  const floor = bestSupScore < 3 ? Math.max(0.4, bestSupScore * 0.5) : Math.max(1.5, bestSupScore * 0.6);
  for (let i = 0; i < SUPPORTED.length; i++) {
    if (i !== bestSup && votes[i]! >= floor) mask |= 1 << i;
  }
  return { language: SUPPORTED[bestSup]!, mask, unsupported: false };
}
