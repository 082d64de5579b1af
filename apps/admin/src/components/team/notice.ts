/** Outcome of a team action, shown above the list until the next action replaces it. */
export interface Notice {
  tone: 'success' | 'danger';
  message: string;
}
