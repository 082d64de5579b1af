import { formatDuration } from './log';

export interface SummaryInput {
  storefrontPort: number;
  adminPort: number;
  builderPort: number;
  platformPort: number;
  rootDomain: string;
  storeSlugs: readonly string[];
  signIn: { email: string; password: string };
  database: string;
  totalMs: number;
}

interface Row {
  label: string;
  value: string;
}

export function storefrontUrls(
  slugs: readonly string[],
  rootDomain: string,
  port: number,
): string[] {
  return slugs.map((slug) => `http://${slug}.${rootDomain}:${String(port)}`);
}

function rowsOf(input: SummaryInput): Row[] {
  const stores = storefrontUrls(input.storeSlugs, input.rootDomain, input.storefrontPort);
  const local = (port: number) => `http://localhost:${String(port)}`;
  return [
    ...stores.map((url, i) => ({ label: i === 0 ? 'Storefront' : '', value: url })),
    { label: 'Admin', value: local(input.adminPort) },
    { label: 'Builder', value: local(input.builderPort) },
    { label: 'Platform', value: local(input.platformPort) },
    { label: '', value: '' },
    { label: 'Sign in', value: `${input.signIn.email} / ${input.signIn.password}` },
    { label: 'Database', value: input.database },
    { label: 'Stop', value: 'Ctrl+C' },
  ];
}

/** The box printed once all four apps answer: everything needed to start clicking. */
export function formatSummary(input: SummaryInput): string {
  const title = `Storeloom is running (started in ${formatDuration(input.totalMs)})`;
  const rows = rowsOf(input);
  const labelWidth = Math.max(...rows.map((row) => row.label.length));
  const lines = [
    title,
    '',
    ...rows.map((row) =>
      (row.label + ' '.repeat(labelWidth - row.label.length + 2) + row.value).trimEnd(),
    ),
  ];
  const width = Math.max(...lines.map((line) => line.length));
  const border = '─'.repeat(width + 2);
  return [`┌${border}┐`, ...lines.map((line) => `│ ${line.padEnd(width)} │`), `└${border}┘`].join(
    '\n',
  );
}
