// An independent JavaScript model of result links and scores, for the
// reader's tests: it makes links the way src/model/link/codec.rs does (so it checks
// the codec too) and scores answers the way docs/product.md says.
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const KEYS = ['0', '1', '2', '3', 'na'];
/** The default rubric's profile fields, their codes in order, and the bits a link gives each. */
export const PROFILE = [
  { id: 'industry', codes: [...'ABCDEFGHIJKLMNOPQRST'], bits: 5 },
  { id: 'size', codes: ['large', 'medium', 'small', 'micro'], bits: 3 },
];

function crc24(bytes) {
  let crc = 0xb704ce;
  for (const byte of bytes) {
    crc ^= byte << 16;
    for (let i = 0; i < 8; i++) {
      crc <<= 1;
      if (crc & 0x1000000) crc ^= 0x864cfb;
    }
  }
  return crc & 0xffffff;
}

/**
 * The payload for `answers` (answer keys, or null for unanswered) and an
 * optional `profile` ({ industry: 'C', size: 'micro' }; a field left out
 * is not given): format 1 without a profile, 2 with one after the answers.
 */
export function payload(answers, { rubricId = 'cloud-adoption', version = 1, profile = {} } = {}) {
  const withProfile = PROFILE.some((field) => profile[field.id]);
  let text = (withProfile ? '2' : '1') + ALPHABET[(version >> 6) & 63] + ALPHABET[version & 63];
  let acc = 0;
  let bits = 0;
  const push = (value, width) => {
    acc = (acc << width) | value;
    bits += width;
    while (bits >= 6) {
      bits -= 6;
      text += ALPHABET[(acc >> bits) & 63];
    }
    acc &= (1 << bits) - 1;
  };
  for (const answer of answers) push(answer === null ? 0 : KEYS.indexOf(answer) + 1, 3);
  if (withProfile) {
    for (const field of PROFILE) {
      const code = profile[field.id];
      push(code ? field.codes.indexOf(code) + 1 : 0, field.bits);
    }
  }
  if (bits > 0) text += ALPHABET[(acc << (6 - bits)) & 63];
  const check = crc24([...new TextEncoder().encode(rubricId), 0, ...new TextEncoder().encode(text)]);
  for (const shift of [18, 12, 6, 0]) text += ALPHABET[(check >> shift) & 63];
  return text;
}

/**
 * The guide's structure as the widget shows it: parts, each with groups of
 * item ids, read from the page.
 */
export async function structure(page) {
  return page.evaluate(() => [...document.querySelectorAll('section.part')].map((part) => ({
    id: part.querySelector('h2').id.replace(/^part-/, ''),
    groups: [...part.querySelectorAll('section.group')].map((group) => ({
      id: group.querySelector('h3').id.replace(/^group-/, ''),
      items: [...group.querySelectorAll('fieldset[data-item]')].map((item) => item.dataset.item),
    })),
  })));
}

const mean = (values) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : null);

/** Scores as in docs/product.md: points per part (null where none apply), level id. */
export function score(parts, answers) {
  let i = 0;
  const partPoints = parts.map((part) => mean(part.groups
    .map((group) => mean(group.items.map(() => answers[i++]).filter((a) => a !== 'na').map((a) => (a === null ? 0 : Number(a)))))
    .filter((g) => g !== null)));
  const [infra, mgmt, biz] = partPoints;
  const atLeast = (p, min) => p !== null && p >= min - 1e-9;
  let level = 'L0';
  if (atLeast(infra, 1.5)) level = 'L1';
  if (atLeast(infra, 1.5) && (atLeast(mgmt, 1.5) || atLeast(biz, 1.5))) level = 'L2';
  if (atLeast(infra, 2) && atLeast(mgmt, 2) && atLeast(biz, 2)) level = 'L3';
  const points = partPoints.filter((p) => p !== null);
  return { partPoints, level, overall: points.length ? mean(points) : null };
}

/** Pseudo-random answer sets, the same on every run. */
export function answerSets(count, items, seed = 7) {
  let state = seed;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const choices = [null, '0', '1', '2', '2', '3', '3', 'na'];
  return Array.from({ length: count }, (_, n) => {
    // Each enterprise leans towards a level of its own.
    const lean = n % 4;
    return Array.from({ length: items }, () => {
      const r = next();
      return choices[Math.min(choices.length - 1, Math.floor(r * 5) + lean)];
    });
  });
}
