/**
 * Hybrid logical clocks (Kulkarni et al., 2014): a timestamp that follows wall-clock time but never runs
 * backwards and always moves past every timestamp this device has seen, so "later" means "could have
 * seen the earlier one" even when device clocks disagree. Encoded as a fixed-width string that sorts
 * like the clock: `<13-digit ms>-<4-hex counter>-<device>`, the device id breaking ties so no two
 * devices ever produce the same timestamp.
 */
export type Hlc = string;

const COUNTER_MAX = 0xffff;

export function encodeHlc(ms: number, counter: number, node: string): Hlc {
  return `${String(Math.max(0, Math.floor(ms))).padStart(13, '0')}-${counter.toString(16).padStart(4, '0')}-${node}`;
}

export function decodeHlc(hlc: Hlc): { ms: number; counter: number; node: string } {
  const ms = Number(hlc.slice(0, 13));
  const counter = parseInt(hlc.slice(14, 18), 16);
  if (!Number.isFinite(ms) || !Number.isFinite(counter) || hlc[13] !== '-' || hlc[18] !== '-')
    throw new Error(`Not a clock value: ${hlc.slice(0, 40)}`);
  return { ms, counter, node: hlc.slice(19) };
}

export function isHlc(value: unknown): value is Hlc {
  return typeof value === 'string' && /^\d{13}-[0-9a-f]{4}-[\w-]{1,40}$/.test(value);
}

/** The wall-clock milliseconds of a timestamp. */
export function hlcMs(hlc: Hlc): number {
  return Number(hlc.slice(0, 13));
}

export class HlcClock {
  private ms = 0;
  private counter = 0;

  constructor(
    readonly node: string,
    private readonly now: () => number = Date.now,
    last?: Hlc,
  ) {
    if (last) this.receive(last);
  }

  /** A new timestamp for a local change: after every timestamp seen so far. */
  tick(): Hlc {
    const wall = this.now();
    if (wall > this.ms) {
      this.ms = wall;
      this.counter = 0;
    } else if (this.counter < COUNTER_MAX) {
      this.counter++;
    } else {
      // 65,536 changes within one millisecond: borrow the next millisecond rather than wrap.
      this.ms++;
      this.counter = 0;
    }
    return encodeHlc(this.ms, this.counter, this.node);
  }

  /** Moves the clock past a timestamp seen from another device. */
  receive(hlc: Hlc): void {
    const { ms, counter } = decodeHlc(hlc);
    if (ms > this.ms || (ms === this.ms && counter > this.counter)) {
      this.ms = ms;
      this.counter = counter;
    }
  }

  /** The latest timestamp issued or seen (persisted so a restart never goes backwards). */
  get last(): Hlc {
    return encodeHlc(this.ms, this.counter, this.node);
  }
}
