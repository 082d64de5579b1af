import type {
  DocumentBranding,
  EstimateDocument,
  InvoiceDocument,
  PackingSlipDocument,
} from '@storeloom/validators';

/** Realistic documents for rendering tests and previews. */
export const sampleBranding: DocumentBranding = {
  storeName: 'Oak & Thread Workshop',
  logo: null,
  primaryColor: '#1f6feb',
  addressLines: ['12 Mill Lane', 'Portland, OR 97201', 'United States'],
  email: 'hello@oakandthread.test',
  website: 'oakandthread.test',
  taxNumber: 'US-99-1234567',
  locale: 'en-US',
  timeZone: 'America/Los_Angeles',
};

const customer = {
  name: 'Jamie Rivera',
  lines: ['48 Harbor Street', 'Apt 5', 'Seattle, WA 98101', 'United States'],
  email: 'jamie@example.com',
  phone: '+1 206 555 0100',
};

export const sampleInvoice: InvoiceDocument = {
  branding: sampleBranding,
  invoiceNumber: '1042',
  orderNumber: 1042,
  issueDate: new Date('2026-03-04T18:30:00Z'),
  currency: 'USD',
  cancelled: false,
  billTo: customer,
  shipTo: customer,
  lines: [
    {
      name: 'Linen Shirt',
      variantTitle: 'Blue / M',
      sku: 'LIN-BLU-M',
      quantity: 2,
      hours: null,
      unitPrice: 4_500,
      discountAmount: 900,
      total: 9_000,
    },
    {
      name: 'Leather Belt',
      variantTitle: null,
      sku: 'BELT-01',
      quantity: 1,
      hours: null,
      unitPrice: 3_250,
      discountAmount: 0,
      total: 3_250,
    },
    {
      name: 'Hemming',
      variantTitle: null,
      sku: null,
      quantity: 1,
      hours: 1.5,
      unitPrice: 6_000,
      discountAmount: 0,
      total: 6_000,
    },
  ],
  subtotal: 18_250,
  discountTotal: 900,
  discountCodes: ['SPRING10'],
  shippingTotal: 750,
  shippingMethod: 'Standard',
  taxTotal: 1_448,
  pricesIncludeTax: false,
  total: 19_548,
  paidTotal: 10_000,
  refundedTotal: 0,
  balanceDue: 9_548,
  paymentMethod: 'Card (Stripe)',
  customerNote: 'Please leave at the front desk.',
  notes: 'Thank you for your order. Payment due within 14 days.',
};

export const samplePackingSlip: PackingSlipDocument = {
  branding: sampleBranding,
  orderNumber: 1042,
  orderDate: new Date('2026-03-04T18:30:00Z'),
  shipTo: customer,
  shippingMethod: 'Standard',
  shipment: {
    carrier: 'UPS',
    service: 'Ground',
    trackingNumber: '1Z999AA10123456784',
    shippedAt: new Date('2026-03-05T16:00:00Z'),
  },
  lines: [
    { name: 'Linen Shirt', variantTitle: 'Blue / M', sku: 'LIN-BLU-M', quantity: 2 },
    { name: 'Leather Belt', variantTitle: null, sku: 'BELT-01', quantity: 1 },
  ],
  customerNote: 'Please leave at the front desk.',
};

export const sampleEstimate: EstimateDocument = {
  branding: sampleBranding,
  estimateNumber: 57,
  title: 'Kitchen shelving',
  status: 'sent',
  issueDate: new Date('2026-03-01T17:00:00Z'),
  validUntil: new Date('2026-03-31T17:00:00Z'),
  currency: 'USD',
  customer,
  materials: [
    {
      name: 'Oak board',
      description: '2 m lengths',
      quantity: 2.5,
      unitPrice: 3_200,
      total: 8_000,
    },
    { name: 'Brackets', description: null, quantity: 6, unitPrice: 450, total: 2_700 },
  ],
  labour: [
    { name: 'Fitting', description: 'On site', hours: 2.5, rate: 4_000, total: 10_000 },
    { name: 'Finishing', description: null, hours: 1.25, rate: 3_600, total: 4_500 },
  ],
  other: [{ name: 'Travel', description: null, quantity: 1, unitPrice: 1_500, total: 1_500 }],
  materialsSubtotal: 10_700,
  labourSubtotal: 14_500,
  otherSubtotal: 1_500,
  subtotal: 26_700,
  discountTotal: 0,
  taxTotal: 0,
  total: 26_700,
  deposit: { amount: 8_010, bps: 3_000 },
  notes: 'Wood is oiled, not varnished.',
  terms: 'Deposit due on acceptance; balance on completion.',
};
