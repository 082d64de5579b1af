import type { CarrierSpec } from './types';

// Tracking links point at the carriers' public tracking pages so the admin shows a real-looking URL.
export const usCarriers: readonly CarrierSpec[] = [
  {
    name: 'USPS',
    service: 'Ground Advantage',
    trackingPrefix: '9400',
    trackingUrl: (n) => `https://tools.usps.com/go/TrackConfirmAction?tLabels=${n}`,
  },
  {
    name: 'UPS',
    service: 'Ground',
    trackingPrefix: '1Z',
    trackingUrl: (n) => `https://www.ups.com/track?tracknum=${n}`,
  },
  {
    name: 'FedEx',
    service: 'Home Delivery',
    trackingPrefix: '7',
    trackingUrl: (n) => `https://www.fedex.com/fedextrack/?trknbr=${n}`,
  },
];

export const deCarriers: readonly CarrierSpec[] = [
  {
    name: 'DHL',
    service: 'Paket',
    trackingPrefix: '00340',
    trackingUrl: (n) =>
      `https://www.dhl.de/de/privatkunden/dhl-sendungsverfolgung.html?piececode=${n}`,
  },
  {
    name: 'DPD',
    service: 'Classic',
    trackingPrefix: '0150',
    trackingUrl: (n) => `https://tracking.dpd.de/status/de_DE/parcel/${n}`,
  },
];

export const gbCarriers: readonly CarrierSpec[] = [
  {
    name: 'Royal Mail',
    service: 'Tracked 48',
    trackingPrefix: 'RM',
    trackingUrl: (n) => `https://www.royalmail.com/track-your-item#/tracking-results/${n}`,
  },
  {
    name: 'DPD UK',
    service: 'Next Day',
    trackingPrefix: '15',
    trackingUrl: (n) => `https://track.dpd.co.uk/parcels/${n}`,
  },
];
