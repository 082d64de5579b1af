/**
 * How the page builder edits a block's props: one descriptor per prop, in display order. The
 * builder renders a control per kind; the schema stays the authority on what is valid.
 */
interface FieldBase {
  /** The prop this field edits. */
  name: string;
  label: string;
  help?: string;
  /** Show the field only while another prop has one of these values (e.g. category picker for source = category). */
  visibleWhen?: { field: string; equals: readonly string[] };
}

export type EditorField = FieldBase &
  (
    | { kind: 'text'; maxLength: number; multiline?: boolean }
    | { kind: 'richtext'; maxLength: number }
    | { kind: 'number'; min: number; max: number; step?: number }
    | { kind: 'select'; options: readonly { value: string; label: string }[] }
    | { kind: 'toggle' }
    | { kind: 'colour' }
    /** An image (`{ src, alt }`) picked from the media library. */
    | { kind: 'image' }
    /** An href: a store path or a web address. */
    | { kind: 'link' }
    /** One product, by slug. */
    | { kind: 'product' }
    /** Several products, by slug, in order. */
    | { kind: 'products'; max: number }
    /** One category, by slug. */
    | { kind: 'category' }
    /** Several categories, by slug, in order. */
    | { kind: 'categories'; max: number }
    /** A repeatable group (testimonials, questions), each item edited with `fields`. */
    | { kind: 'list'; itemLabel: string; max: number; fields: readonly EditorField[] }
  );

export type EditorFieldKind = EditorField['kind'];
