/** What a shopper sees of their own account. */
export interface CustomerProfile {
  id: string;
  email: string;
  firstName: string | null;
  lastName: string | null;
  phone: string | null;
  acceptsMarketing: boolean;
  createdAt: Date;
}

export const customerProfileSelect = {
  id: true,
  email: true,
  firstName: true,
  lastName: true,
  phone: true,
  acceptsMarketing: true,
  createdAt: true,
} as const;
