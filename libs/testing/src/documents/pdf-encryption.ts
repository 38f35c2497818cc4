import { createHash } from 'node:crypto';

/** The padding string of the Standard security handler (PDF 32000-1, 7.6.3.3). */
const PADDING = Buffer.from('28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A', 'hex');
/** All permissions; bits 1–2 must be 0 (PDF 32000-1, table 22). */
const PERMISSIONS = -4;

/** Values of a revision-2 Standard security handler (RC4, 40-bit key) and the key to encrypt with. */
export interface StandardEncryption {
  /** The `/Encrypt` dictionary's body. */
  dictionary: string;
  /** Encrypts a string or stream of object `objectNumber` (generation 0). */
  encrypt(objectNumber: number, data: Buffer): Buffer;
}

/**
 * Algorithms 2, 3 and 4 of PDF 32000-1 §7.6.3, revision 2. A non-empty user password means
 * readers must ask for it: pdfjs raises PasswordException without it and reads the text with it.
 */
export function standardEncryption(userPassword: string, ownerPassword: string, fileId: Buffer): StandardEncryption {
  const ownerKey = md5(pad(ownerPassword)).subarray(0, 5);
  const owner = rc4(ownerKey, pad(userPassword));
  const permissions = Buffer.alloc(4);
  permissions.writeInt32LE(PERMISSIONS);
  const fileKey = md5(Buffer.concat([pad(userPassword), owner, permissions, fileId])).subarray(0, 5);
  const user = rc4(fileKey, PADDING);
  return {
    dictionary: `<< /Filter /Standard /V 1 /R 2 /Length 40 /O <${owner.toString('hex')}> /U <${user.toString('hex')}> /P ${PERMISSIONS} >>`,
    encrypt(objectNumber, data) {
      const salt = Buffer.from([objectNumber & 0xff, (objectNumber >> 8) & 0xff, (objectNumber >> 16) & 0xff, 0, 0]);
      return rc4(md5(Buffer.concat([fileKey, salt])).subarray(0, 10), data);
    },
  };
}

function pad(password: string): Buffer {
  return Buffer.concat([Buffer.from(password, 'latin1'), PADDING]).subarray(0, 32);
}

function md5(data: Buffer): Buffer {
  return createHash('md5').update(data).digest();
}

/** RC4, written out: OpenSSL 3 only offers it through the legacy provider. */
function rc4(key: Buffer, data: Buffer): Buffer {
  const state = Array.from({ length: 256 }, (_, i) => i);
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + state[i]! + key[i % key.length]!) & 0xff;
    [state[i], state[j]] = [state[j]!, state[i]!];
  }
  const out = Buffer.alloc(data.length);
  for (let n = 0, i = 0, j = 0; n < data.length; n++) {
    i = (i + 1) & 0xff;
    j = (j + state[i]!) & 0xff;
    [state[i], state[j]] = [state[j]!, state[i]!];
    out[n] = data[n]! ^ state[(state[i]! + state[j]!) & 0xff]!;
  }
  return out;
}
