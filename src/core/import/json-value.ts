/**
 * Safe reading of untrusted JSON (`az … -o json` output, or anything pasted in its place): no access
 * that could throw, no inherited properties, and the REST shape (`properties: {…}`) read like the
 * CLI's flattened one.
 */

export type JsonObject = Record<string, unknown>;

/** A value read from the input, with the JSON path it came from (for findings). */
export interface Located {
  value: unknown;
  path: string;
}

/** The object itself when `value` is a JSON object (not null, not a list), else null. */
export function asObject(value: unknown): JsonObject | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as JsonObject) : null;
}

/** An own property of the object (never one inherited from Object.prototype). */
export function ownValue(object: JsonObject, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(object, key) ? object[key] : undefined;
}

/** `path.key`, or `key` at the root. */
export function childPath(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

/**
 * The first of `keys` that is present and not null, looked up on the object and then inside its
 * `properties` (the REST shape, which the CLI flattens). Empty strings count as absent: the CLI prints
 * `""` for unset sizes and IDs on some pool types.
 *
 * @example jsonField({ properties: { vnetSubnetID: '/s' } }, 'pool', 'vnetSubnetId', 'vnetSubnetID') // { value: '/s', path: 'pool.properties.vnetSubnetID' }
 */
export function jsonField(object: JsonObject, path: string, ...keys: string[]): Located | undefined {
  const properties = asObject(ownValue(object, 'properties'));
  const levels: [JsonObject, string][] = [[object, path]];
  if (properties !== null) levels.push([properties, childPath(path, 'properties')]);
  for (const [level, levelPath] of levels) {
    for (const key of keys) {
      const value = ownValue(level, key);
      if (value !== undefined && value !== null && value !== '')
        return { value, path: childPath(levelPath, key) };
    }
  }
  return undefined;
}

/** A nested object field, with its path. */
export function jsonObjectField(
  object: JsonObject,
  path: string,
  ...keys: string[]
): { object: JsonObject; path: string } | undefined {
  const found = jsonField(object, path, ...keys);
  const inner = found === undefined ? null : asObject(found.value);
  return found === undefined || inner === null ? undefined : { object: inner, path: found.path };
}

/** A string field (trimmed by nothing: Azure IDs and names are kept exactly). */
export function jsonString(object: JsonObject, path: string, ...keys: string[]): string | undefined {
  const found = jsonField(object, path, ...keys);
  return typeof found?.value === 'string' ? found.value : undefined;
}

/** True when the object or its `properties` has one of the keys (even with a null value). */
export function hasAnyKey(object: JsonObject, ...keys: string[]): boolean {
  const properties = asObject(ownValue(object, 'properties'));
  return keys.some(
    (key) =>
      Object.prototype.hasOwnProperty.call(object, key) ||
      (properties !== null && Object.prototype.hasOwnProperty.call(properties, key)),
  );
}

/** Describes a value in a few words for a message. */
export function describeJson(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (typeof value === 'object') return 'an object';
  return String(value);
}
