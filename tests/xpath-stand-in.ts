// happy-dom has no XPath. The page scanner (lib/page-scan.ts) asks the browser's XPath engine two
// questions; this stand-in answers exactly those two, with a TreeWalker, so that unit tests run
// the scanner's own code. Anything else throws. Real browsers are tested in tests/e2e/.

const textsPath = /^descendant-or-self::text\(\)\[translate\(\., '([^']*)', ''\)\]$/;
const hostsPath = "descendant-or-self::*[contains(local-name(), '-')]";
const showAll = 0xffffffff;

/** The answers of `Document.evaluate` for the scanner's two expressions, as an ordered snapshot. */
function evaluate(
  this: Document,
  expression: string,
  context: Node,
): Pick<XPathResult, 'snapshotLength' | 'snapshotItem'> {
  const dropped = textsPath.exec(expression)?.[1];
  let keep: (node: Node) => boolean;
  if (dropped !== undefined) {
    // translate(., dropped, '') is true when a character outside `dropped` is left.
    keep = (node) => node.nodeType === 3 && [...(node.nodeValue ?? '')].some((char) => !dropped.includes(char));
  } else if (expression === hostsPath) {
    keep = (node) => node.nodeType === 1 && (node as Element).localName.includes('-');
  } else {
    throw new Error(`The XPath stand-in does not know ${expression}`);
  }
  const nodes = keep(context) ? [context] : [];
  const walker = this.createTreeWalker(context, showAll);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (keep(node)) nodes.push(node);
  return { snapshotLength: nodes.length, snapshotItem: (index) => nodes[index] ?? null };
}

/** Gives happy-dom's documents the stand-in; a no-op where XPath exists or there is no DOM. */
export function installXPathStandIn() {
  if (typeof document === 'undefined' || typeof document.evaluate === 'function') return;
  Object.defineProperty(Object.getPrototypeOf(document), 'evaluate', { value: evaluate, configurable: true });
}
