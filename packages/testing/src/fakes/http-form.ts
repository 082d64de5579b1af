/** A value decoded from Stripe-style form bodies: `metadata[orderId]=1&items[0][price]=2`. */
export type FormValue = string | FormObject | FormValue[];
export interface FormObject {
  [key: string]: FormValue;
}

function keyPath(key: string): string[] {
  const first = /^[^[]+/.exec(key)?.[0] ?? key;
  const rest = [...key.slice(first.length).matchAll(/\[([^\]]*)\]/g)].map(
    (match) => match[1] ?? '',
  );
  return [first, ...rest];
}

/** Decodes `application/x-www-form-urlencoded` with bracket keys into nested objects/arrays. */
export function parseFormBody(body: string): FormObject {
  const root: FormObject = {};
  for (const [key, value] of new URLSearchParams(body)) {
    const path = keyPath(key);
    let node: FormObject | FormValue[] = root;
    path.forEach((segment, index) => {
      const last = index === path.length - 1;
      const nextIsIndex = /^\d*$/.test(path[index + 1] ?? 'x');
      if (Array.isArray(node)) {
        const position = segment === '' ? node.length : Number(segment);
        if (last) node[position] = value;
        else {
          const existing: FormValue | undefined = node[position];
          node = typeof existing === 'object' ? existing : (node[position] = nextIsIndex ? [] : {});
        }
        return;
      }
      if (last) node[segment] = value;
      else {
        const existing: FormValue | undefined = node[segment];
        node = typeof existing === 'object' ? existing : (node[segment] = nextIsIndex ? [] : {});
      }
    });
  }
  return root;
}

/** Reads a plain string field of a decoded form, for the fakes' parameter checks. */
export function formString(form: FormObject, key: string): string | undefined {
  const value = form[key];
  return typeof value === 'string' ? value : undefined;
}

/** Reads a nested object field of a decoded form (`metadata[...]`, `automatic_payment_methods[...]`). */
export function formObject(form: FormObject, key: string): FormObject | undefined {
  const value = form[key];
  return typeof value === 'object' && !Array.isArray(value) ? value : undefined;
}
