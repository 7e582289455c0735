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
  const chars = [...input];
  let out = '';
  let repaired = 0;
  for (let i = 0; i < chars.length; ) {
    const lead = bytes.get(chars[i]!);
    const n = lead === undefined ? 0 : sequenceLength(lead);
    if (n > 0 && i + n <= chars.length) {
      const seq = chars.slice(i, i + n).map((c) => bytes.get(c));
      if (seq.slice(1).every((b) => b !== undefined && b >= 0x80 && b <= 0xbf)) {
        try {
          out += strictUtf8.decode(Uint8Array.from(seq as number[]));
          repaired++;
          i += n;
          continue;
        } catch {
          // Not a valid sequence (an overlong form, say): keep the characters as they were.
        }
      }
    }
    out += chars[i];
    i++;
  }
  return { text: out, repaired };
}
