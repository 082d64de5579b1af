/** Additional authenticated data for a credential: ties the ciphertext to its row's identity. */
export const credentialContext = (tenantId: string, provider: string, name: string) =>
  `credential:${tenantId}:${provider}:${name}`;
