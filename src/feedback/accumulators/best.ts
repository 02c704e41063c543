/**
 * Inserts into a short list kept sorted by `order`, dropping whatever falls past `limit`. When
 * `order` is total (ties broken by line), the list keeps the same items whatever order they come
 * in, so lists kept on parts of a file merge into the list of the whole.
 */
export function keepBest<T>(list: T[], item: T, order: (a: T, b: T) => number, limit: number): void {
  if (list.length >= limit && order(item, list[list.length - 1]!) >= 0) return;
  let index = list.length;
  while (index > 0 && order(item, list[index - 1]!) < 0) index--;
  list.splice(index, 0, item);
  if (list.length > limit) list.pop();
}
