import type { JWTPayload } from 'jose';
import { exportSPKI, generateKeyPair, SignJWT } from 'jose';

/**
 * Test-only: an RS256 key pair shaped like a Clerk instance's, so session tokens can be
 * minted offline and verified through @clerk/backend's networkless `jwtKey` path.
 * Not exported from the package entry.
 */
export interface ClerkTestKeys {
  /** What CLERK_JWT_KEY would hold. */
  publicPem: string;
  mint: (
    claims: JWTPayload,
    options?: { expiresInSeconds?: number; kid?: string },
  ) => Promise<string>;
}

export async function createClerkTestKeys(): Promise<ClerkTestKeys> {
  // 2048 bits: Clerk's PEM loader assumes the 2048-bit SPKI prefix.
  const { publicKey, privateKey } = await generateKeyPair('RS256', {
    modulusLength: 2048,
    extractable: true,
  });
  const publicPem = await exportSPKI(publicKey);

  const mint: ClerkTestKeys['mint'] = async (claims, options = {}) => {
    const iat = Math.floor(Date.now() / 1000) - 10;
    return new SignJWT({
      iss: 'https://clerk.storeloom.test',
      nbf: iat,
      sid: 'sess_test',
      ...claims,
    })
      .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: options.kid ?? 'ins_test' })
      .setIssuedAt(iat)
      .setExpirationTime(iat + (options.expiresInSeconds ?? 60) + 10)
      .sign(privateKey);
  };

  return { publicPem, mint };
}
