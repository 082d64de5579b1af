/** Outcome of a tenant action, shown above the table until dismissed or replaced. */
export interface Notice {
  tone: 'success' | 'danger';
  message: string;
}
