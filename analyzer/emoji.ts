/** Emoji lexicon. Keys are emoji without variation selectors or skin tones (see text.ts emojiKey). */

import type { Category } from './types.ts';
import { emojiKey } from './text.ts';

/** `category weight: emoji emoji …` (weights in hundredths). Single code points may be run together. */
const DATA = `
food 35: 🧁🍰🍩🍪🥐🥞🧇🥯🍞🥖🥨🧀🍳🥓🥩🍗🍖🌭🍔🍟🍕🥪🌮🌯🥙🍝🍜🍲🍛🍣🍱🥟🍤🍙🍚🍘🍥🥮🍡🍧🍨🍦🥧🍫🍬🍭🍮🍯🥘🫕🧆🍢🦞🦪🥗🥠🫔🫓🥫
food 45: 😋🍽
food 25: 🤤🍴🥄🥢🍿🥜🌰🍠🥔🥕🌽🍅🥑🍆🥦🥬🥒🫑🌶🧄🧅🍄
food 15: ☕🍵🫖🧋🥤🧃🥛🍎🍏🍐🍊🍋🍌🍉🍇🍓🫐🍈🍒🍑🥭🍍🥥🥝
parties 45: 🍷🍸🍹🍺🍻🥂🥃🍾🍶🪩
parties 30: 🕺💃🪅🎂
parties 20: 🥳🎈🎊🎁🧉
parties 8: 🎉🎶🎵🎤
family 60: 👶🍼🤱👪🚼🧸🧒👦👧👼
family 30: 🧑‍🍼 👩‍🍼 👨‍🍼
romance 45: 💑💏💘💝💌🌹💋
romance 30: 😘🥰💕💞💓💗💔❣
romance 10: ❤💖😍♥🧡💛💚💙💜🤍🖤🤎🩷🩵🩶💟
lifeEvents 70: 💍👰🤵💒🤰🫄🫃⚰🪦
lifeEvents 35: 🥀🕊🏡
lifeEvents 15: 🕯🎓
health 55: 🤒🤧🤕🩹🩼🦽🦼🎗
health 40: 😷🏥💊💉🩸🤮🤢🥵🥶
health 30: 🏋🏃🧘🚴🏊🤸🚵⛹🤾🥊🏸🏓
health 15: 🩺🦠💪🥗
pets 50: 🐶🐕🐩🦮🐱🐈🐾🐰🐇🐹🐭🐠🐟🐢🦜🐴🐎🐥🐣🐤🦎🐍
leisure 40: 🧖🏖🏝⛱🌴🏕⛺🎿⛷🏂🏄🚣🎣🤿🛶⛵🚤🛥🎢🎡🎠🌅🌄🎄🎅🤶🎃☃⛄🧳
leisure 35: 🎾🏐🏀🏈⚾🥎🏉
leisure 25: 🌊🌞😎🏔⛰🗻⛳🏓🎮🕹🎬🍿🌇🌆🌻🌸🌺🍂🍁🏞🏟🎭🎨🧶🧵🪁🛝🎳🎯
leisure 10: ☀✈🗺🌍🌎🌏❄🌈🌙🌟✨😴🛌
beliefs 60: ⛪🕌🕍🛕✝☪🕉✡☦☸☯📿🛐🗳
beliefs 5: 🙏😇
appearance 55: 🤳💄💅💇💆👗👠👙👡👢🪞💋
appearance 30: 👄👒👜👛🕶💎
`;

/** Professional emoji (weight in hundredths). */
const PRO = `
20: 🚀📈📊📉💼🤝📣📢💻🖥📱🧑‍💻 👩‍💻 👨‍💻 📌📅🗓📝📋🔗🧠🏢🏭🗂📁📂📎💰💵💶💷💸🏦
8: 💡🎯🔥👇👉✅☑✔⚡🏆🥇🌱🧩🛠⚙🔧🔍🔎📚📖🎙🗣💬📝🆕
`;

export interface EmojiEntry {
  cat: Category;
  w: number;
}

const personal = new Map<string, EmojiEntry>();
const pro = new Map<string, number>();

function split(list: string): string[] {
  const out: string[] = [];
  for (const chunk of list.trim().split(/\s+/)) {
    if (!chunk) continue;
    if (chunk.includes('\u200d')) out.push(emojiKey(chunk));
    else for (const ch of chunk) if (ch !== '\ufe0f') out.push(ch);
  }
  return out;
}

for (const line of DATA.split('\n')) {
  const m = /^(\w+) (\d+): (.*)$/.exec(line.trim());
  if (!m) continue;
  const cat = m[1] as Category;
  const w = Number(m[2]) / 100;
  for (const e of split(m[3]!)) if (!personal.has(e)) personal.set(e, { cat, w });
}
for (const line of PRO.split('\n')) {
  const m = /^(\d+): (.*)$/.exec(line.trim());
  if (!m) continue;
  for (const e of split(m[2]!)) if (!pro.has(e)) pro.set(e, Number(m[1]) / 100);
}

const PEOPLE = new Set(['👨', '👩', '🧑', '👦', '👧', '👶', '🧒', '👴', '👵']);
const CHILDREN = new Set(['👦', '👧', '👶', '🧒']);

export interface EmojiMatch {
  personal: EmojiEntry | null;
  pro: number;
}

const cache = new Map<string, EmojiMatch>();
const NONE: EmojiMatch = { personal: null, pro: 0 };

/** Look up one emoji cluster (as scanned by the tokenizer). */
export function matchEmoji(cluster: string): EmojiMatch {
  const hit = cache.get(cluster);
  if (hit) return hit;
  const key = emojiKey(cluster);
  let res: EmojiMatch = NONE;
  const direct = personal.get(key);
  const p = pro.get(key) ?? 0;
  if (direct || p) res = { personal: direct ?? null, pro: p };
  else if (key.includes('\u200d')) {
    const parts = key.split('\u200d');
    let people = 0;
    let kids = 0;
    let heart = false;
    let best: EmojiEntry | null = null;
    let proW = 0;
    for (const part of parts) {
      if (PEOPLE.has(part)) people++;
      if (CHILDREN.has(part)) kids++;
      if (part === '❤' || part === '💋') heart = true;
      const e = personal.get(part);
      if (e && (!best || e.w > best.w)) best = e;
      proW = Math.max(proW, pro.get(part) ?? 0);
    }
    if (heart && people >= 2) best = { cat: 'romance', w: 0.5 };
    else if (people >= 2 && kids >= 1) best = { cat: 'family', w: 0.6 };
    else if (people >= 1 && best && best.cat === 'romance')
      best = null; // 🧑‍❤️ etc. without a couple
    else if (people >= 1 && proW > 0) best = null; // 👩‍💻 👨‍🍳 professions
    res = best || proW ? { personal: best, pro: proW } : NONE;
  } else {
    // Keycaps, flags, skin-toned bases: try the first code point.
    const first = String.fromCodePoint(key.codePointAt(0) ?? 0);
    if (first !== key) {
      const e = personal.get(first);
      const pw = pro.get(first) ?? 0;
      if (e || pw) res = { personal: e ?? null, pro: pw };
    }
  }
  if (cache.size > 2000) cache.clear();
  cache.set(cluster, res);
  return res;
}

/** Register a user's extra emoji (settings.extraWords with an emoji). */
export function emojiKeyOf(s: string): string {
  return emojiKey(s.trim());
}
