/**
 * Moves focus to the first field with an error, in the order the form shows them, so keyboard
 * and screen reader users land on what needs fixing. Runs after React has rendered the messages.
 */
export function focusFirstError(
  idPrefix: string,
  fieldOrder: readonly string[],
  errors: Readonly<Record<string, string | undefined>>,
): void {
  const first = fieldOrder.find((field) => errors[field] !== undefined);
  if (first === undefined) return;
  requestAnimationFrame(() => {
    document.getElementById(`${idPrefix}-${first}`)?.focus();
  });
}
