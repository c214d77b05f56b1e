import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** Signs media URLs with a secret that lives as long as the server instance. */
export class MediaSigner {
  readonly #secret: Buffer;

  constructor(secret: Buffer = randomBytes(32)) {
    this.#secret = secret;
  }

  sign(uploadId: string, expiresAtSeconds: number): string {
    return createHmac('sha256', this.#secret).update(`${uploadId}.${expiresAtSeconds}`).digest('base64url');
  }

  /** Whether the signature is ours and the link has not expired at `now`. */
  verify(uploadId: string, expiresAtSeconds: number, signature: string, now: Date): boolean {
    if (!Number.isSafeInteger(expiresAtSeconds) || expiresAtSeconds * 1000 <= now.getTime()) return false;
    const expected = Buffer.from(this.sign(uploadId, expiresAtSeconds));
    const given = Buffer.from(signature);
    return expected.length === given.length && timingSafeEqual(expected, given);
  }
}
