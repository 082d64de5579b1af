/**
 * Picks the nav href that best matches the current path: exact match or a parent segment,
 * longest wins, so "/settings/team" activates "Team" rather than "Settings" when both exist.
 * "/" only matches itself, otherwise the dashboard would light up everywhere.
 */
export function matchActiveHref(pathname: string, hrefs: readonly string[]): string | undefined {
  let best: string | undefined;
  for (const href of hrefs) {
    const matches =
      href === '/' ? pathname === '/' : pathname === href || pathname.startsWith(`${href}/`);
    if (matches && (best === undefined || href.length > best.length)) best = href;
  }
  return best;
}
