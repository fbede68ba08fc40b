/** A seeded random source: every choice of a fuzz run comes from here, so a seed replays exactly. */
export interface SeededRandom {
  /** A number in [0, 1). */
  next(): number;
  /** An integer in [0, count). */
  below(count: number): number;
  /** An integer in [min, max], both included. */
  between(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Picks a key with a chance proportional to its weight (weights ≤ 0 are never picked). */
  pickWeighted<K extends string>(weights: Readonly<Record<K, number>>): K;
  /** Some distinct items in random order, at least one when `items` is not empty. */
  pickSome<T>(items: readonly T[], max: number): T[];
  /** A version-4 UUID made of seeded bits. */
  uuid(): string;
  /** An independent source for another concern, so adding choices to one stream never shifts the other. */
  fork(label: string): SeededRandom;
}

/** mulberry32, the generator the benches use too: small, fast and good enough for schedules. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** FNV-1a of a label mixed with a seed, to derive the seed of a forked stream. */
function mixSeed(seed: number, label: string): number {
  let hash = (0x811c9dc5 ^ seed) >>> 0;
  for (const char of label) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0;
  return hash;
}

export function createSeededRandom(seed: number): SeededRandom {
  const next = mulberry32(seed);
  const below = (count: number) => Math.floor(next() * count);
  const random: SeededRandom = {
    next,
    below,
    between: (min, max) => min + below(max - min + 1),
    chance: (probability) => next() < probability,
    pick(items) {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[below(items.length)];
    },
    pickWeighted(weights) {
      const entries = (Object.entries(weights) as [keyof typeof weights, number][]).filter(([, weight]) => weight > 0);
      const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
      let roll = next() * total;
      for (const [key, weight] of entries) {
        roll -= weight;
        if (roll < 0) return key;
      }
      return entries[entries.length - 1][0];
    },
    pickSome(items, max) {
      const pool = [...items];
      const count = Math.min(pool.length, 1 + below(max));
      const chosen = [];
      for (let index = 0; index < count; index += 1) chosen.push(pool.splice(below(pool.length), 1)[0]);
      return chosen;
    },
    uuid() {
      const hex = Array.from({ length: 32 }, () => below(16).toString(16));
      hex[12] = '4';
      hex[16] = (8 + below(4)).toString(16);
      const text = hex.join('');
      return `${text.slice(0, 8)}-${text.slice(8, 12)}-${text.slice(12, 16)}-${text.slice(16, 20)}-${text.slice(20)}`;
    },
    fork: (label) => createSeededRandom(mixSeed(seed, label)),
  };
  return random;
}
