import { StyleSheet } from '@react-pdf/renderer';

/** Neutral colours shared by every document; the store's primary colour is passed in. */
export const palette = {
  text: '#111827',
  muted: '#6b7280',
  rule: '#d1d5db',
  stripe: '#f3f4f6',
  watermark: '#dc2626',
};

export const styles = StyleSheet.create({
  // No page-wide lineHeight: with one, react-pdf 4.9 leaves `render` texts (page numbers) empty.
  page: {
    fontSize: 9,
    color: palette.text,
    paddingTop: 36,
    paddingHorizontal: 40,
    // Room for the fixed footer.
    paddingBottom: 64,
  },
  bold: { fontWeight: 'bold' },
  muted: { color: palette.muted },
  sectionTitle: { fontSize: 11, fontWeight: 'bold', marginTop: 14, marginBottom: 6 },
  label: { fontSize: 8, color: palette.muted, textTransform: 'uppercase', marginBottom: 2 },
});
