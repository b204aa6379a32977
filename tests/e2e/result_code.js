// A result code as `model::code::encode` writes it, for tests and the
// bench that need many participants' results without answering on a
// device: version, workshop id, role, (from version 2) the sender's
// participant id and attempt, 40 answers in base 7 (0 none, 1–5, 6 don't
// know), FNV-1a checksum, in Crockford's base 32.

/** Crockford's base-32 alphabet, as result codes use it. */
const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** The code for `digits`; version 2 when `sender` ({ participant, attempt })
 * says who sent it, as a participant's device does, version 1 otherwise. */
function resultCode(workshop, role, digits, sender) {
  let packed = 0n;
  for (const d of digits) packed = packed * 7n + BigInt(d);
  const answers = [];
  for (let i = 0; i < 15; i++) {
    answers.unshift(Number(packed & 0xffn));
    packed >>= 8n;
  }
  const head = [sender ? 2 : 1, (workshop >>> 24) & 255, (workshop >>> 16) & 255, (workshop >>> 8) & 255, workshop & 255, role];
  const who = sender
    ? [(sender.participant >>> 24) & 255, (sender.participant >>> 16) & 255, (sender.participant >>> 8) & 255, sender.participant & 255, sender.attempt]
    : [];
  const payload = [...head, ...who, ...answers];
  let hash = 0x811c9dc5;
  for (const b of payload) hash = Math.imul(hash ^ b, 0x01000193) >>> 0;
  hash = (hash ^ (hash >>> 15)) >>> 0;
  hash = Math.imul(hash, 0x2c1b3c6d) >>> 0;
  hash = (hash ^ (hash >>> 12)) >>> 0;
  const bytes = [...payload, (hash >>> 24) & 255, (hash >>> 16) & 255, (hash >>> 8) & 255, hash & 255];
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const b of bytes) {
    buffer = ((buffer << 8) | b) & 0xffff;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += CODE_ALPHABET[(buffer >> bits) & 31];
    }
  }
  if (bits > 0) out += CODE_ALPHABET[(buffer << (5 - bits)) & 31];
  return out;
}

module.exports = { resultCode };
