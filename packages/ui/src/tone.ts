/** Semantic colours shared by Badge, Alert and StatusBadge. */
export type Tone = 'neutral' | 'success' | 'warning' | 'danger' | 'info';
