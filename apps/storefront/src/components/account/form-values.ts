/**
 * A text field's value from the submitted form. The account forms read their fields this way
 * (uncontrolled inputs) so that whatever was typed before the page's script loaded is kept.
 */
export function textValue(form: HTMLFormElement, name: string): string {
  const value = new FormData(form).get(name);
  return typeof value === 'string' ? value : '';
}

/** Whether a checkbox of the submitted form is ticked. */
export function isChecked(form: HTMLFormElement, name: string): boolean {
  return new FormData(form).get(name) !== null;
}
