/** "1 product", "3 products". */
export function productCount(count: number): string {
  return `${count.toLocaleString('en')} ${count === 1 ? 'product' : 'products'}`;
}
