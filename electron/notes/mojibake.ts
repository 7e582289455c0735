// Repairs text that was UTF-8 but got read as Mac Roman somewhere along the way ("‚Äô" for "’", "üü°" for "🟡"),
// as in notes copied between old Mac tools. Each suspicious run is turned back into the bytes Mac Roman would
// have written and decoded as UTF-8; a run is replaced only when those bytes form one whole UTF-8 character, so
// text that really is Mac Roman-looking (an "é" on its own, say) is left as it is.

let toByte: Map<string, number> | null = null;

/** Mac Roman's upper half, character → byte, built from the platform's own decoder rather than a copied table. */
function macRomanBytes(): Map<string, number> {
  if (toByte) return toByte;
  const decoder = new TextDecoder('macintosh');
  toByte = new Map();
  for (let b = 0x80; b <= 0xff; b++) toByte.set(decoder.decode(Uint8Array.of(b)), b);
  return toByte;
}

/** How many bytes a UTF-8 sequence starting with this lead byte has; 0 when it cannot lead one. */
function sequenceLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

export interface Repair {
  text: string;
  /** How many characters were restored. */
  repaired: number;
}

export function repairMojibake(input: string): Repair {
  const bytes = macRomanBytes();
  // Every Mac Roman character is one UTF-16 unit, and ASCII is never part of a run: the scan skips ASCII and
  // copies unchanged stretches whole, so a long file costs one pass.
  let out = '';
  let copiedTo = 0;
  let repaired = 0;
  for (let i = 0; i < input.length; ) {
    if (input.charCodeAt(i) < 0x80) {
      i++;
      continue;
    }
    const lead = bytes.get(input[i]!);
    const n = lead === undefined ? 0 : sequenceLength(lead);
    const seq = n > 0 && i + n <= input.length ? continuation(input, i, n, lead!, bytes) : null;
    if (seq) {
      try {
        const restored = strictUtf8.decode(seq);
        out += input.slice(copiedTo, i) + restored;
        repaired++;
        i += n;
        copiedTo = i;
        continue;
      } catch {
        // Not a valid sequence (an overlong form, say): keep the characters as they were.
      }
    }
    i++;
  }
  return { text: copiedTo === 0 ? input : out + input.slice(copiedTo), repaired };
}

/** The bytes of an n-character run read as Mac Roman, when every byte after the lead is a UTF-8 continuation. */
function continuation(input: string, at: number, n: number, lead: number, bytes: Map<string, number>): Uint8Array | null {
  const seq = new Uint8Array(n);
  seq[0] = lead;
  for (let k = 1; k < n; k++) {
    const b = bytes.get(input[at + k]!);
    if (b === undefined || b < 0x80 || b > 0xbf) return null;
    seq[k] = b;
  }
  return seq;
}
