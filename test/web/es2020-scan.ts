// Finds calls of built-ins that Chromium 86 lacks in a parsed bundle (acorn AST), so the page runs there.
import type { Node } from "acorn";

/** Methods added to built-in prototypes / statics after Chrome 86, by the name they are called with. */
const METHODS = new Set([
  "at", // Array / String / TypedArray, Chrome 92
  "hasOwn", // Object, 93
  "findLast", // Array, 97
  "findLastIndex", // Array, 97
  "toSorted", // Array, 110
  "toReversed",
  "toSpliced",
  "groupBy", // Object / Map, 117
  "fromAsync", // Array, 121
  "withResolvers", // Promise, 119
  "isWellFormed", // String, 111
  "toWellFormed",
  "randomUUID", // crypto, 92
  "checkVisibility", // Element, 105
  "replaceChildren", // Element, 86: allowed, listed below
]);
/** Allowed although listed: present in Chrome 86. */
const CHROME_86 = new Set(["replaceChildren"]);
/** Globals introduced after Chrome 86. */
const GLOBALS = new Set(["structuredClone", "Segmenter"]);

type AnyNode = Node & Record<string, unknown>;

function children(node: AnyNode): AnyNode[] {
  const out: AnyNode[] = [];
  for (const key of Object.keys(node)) {
    const v = node[key];
    if (Array.isArray(v)) {
      for (const x of v) if (x && typeof (x as AnyNode).type === "string") out.push(x as AnyNode);
    } else if (v && typeof (v as AnyNode).type === "string") out.push(v as AnyNode);
  }
  return out;
}

/**
 * `name: excerpt` for every call of a listed method or use of a listed global. A `findLast({...})`
 * call whose argument is an object literal is tabster's own focus API, not Array.prototype.findLast
 * (which takes a function), and is not reported.
 */
export function bannedApiCalls(ast: Node, code: string): string[] {
  const hits: string[] = [];
  const stack: AnyNode[] = [ast as AnyNode];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === "CallExpression") {
      const callee = node.callee as AnyNode;
      if (callee.type === "MemberExpression") {
        const prop = callee.property as AnyNode;
        const name = callee.computed
          ? prop.type === "Literal"
            ? String(prop.value)
            : null
          : (prop.name as string);
        const args = node.arguments as AnyNode[];
        const objectArg = args.length === 1 && args[0].type === "ObjectExpression";
        if (
          name &&
          METHODS.has(name) &&
          !CHROME_86.has(name) &&
          !(name.startsWith("findLast") && objectArg)
        ) {
          hits.push(`${name}: ${code.slice(node.start, Math.min(node.end, node.start + 80))}`);
        }
      }
    }
    if (node.type === "Identifier" && GLOBALS.has(node.name as string)) {
      hits.push(
        `${node.name as string}: ${code.slice(Math.max(0, node.start - 30), node.end + 30)}`
      );
    }
    stack.push(...children(node));
  }
  return hits;
}
