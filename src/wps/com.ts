// The one accessor for ET members: some WPS builds expose `Range.Value2` as a property, others as a
// zero-argument method `Range.Value2()`; every read of a member goes through `get` so both work.

/** An ET object as the WPS JS bridge hands it over: members looked up by name. */
export type Com = Record<string, unknown>;

/** Reads a zero-argument member, calling it when this WPS build exposes it as a method. */
export function get(obj: Com, name: string): unknown {
  const v = obj[name];
  return typeof v === "function" ? (v as () => unknown).call(obj) : v;
}

/** A member that is an object (Range, Interior, Worksheets ...). */
export function getObj(obj: Com, name: string): Com {
  const v = get(obj, name);
  if (v === null || typeof v !== "object") throw new Error(`WPS: ${name} is not an object`);
  return v as Com;
}

/** Writes a member: assignment works for both kinds of builds. */
export function set(obj: Com, name: string, value: unknown): void {
  obj[name] = value;
}

/** Calls a method with arguments (`Range("A1")`, `Worksheets.Item(1)`). */
export function call(obj: Com, name: string, ...args: unknown[]): unknown {
  const fn = obj[name];
  if (typeof fn !== "function") throw new Error(`WPS: ${name} is not a method`);
  return (fn as (...a: unknown[]) => unknown).apply(obj, args);
}

export function callObj(obj: Com, name: string, ...args: unknown[]): Com {
  const v = call(obj, name, ...args);
  if (v === null || typeof v !== "object") throw new Error(`WPS: ${name}() returned no object`);
  return v as Com;
}

/** Value2 / Formula of a range: a 2-D array for several cells, a scalar for one; always 2-D here. */
export function grid(value: unknown): unknown[][] {
  if (Array.isArray(value)) return value.map((line) => (Array.isArray(line) ? line : [line]));
  return [[value]];
}
