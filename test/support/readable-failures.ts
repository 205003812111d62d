/**
 * Loaded before every test file. A failed assertion about a DOM node (`expect(part(el, 'x')).to.be.null`)
 * carries the node itself as its `actual`, and web-test-runner, serialising the failure for the
 * terminal, walks it and the whole document behind it: the run hangs until its 120 s timeout and
 * reports nothing. A node in a failure becomes its tag and attributes, as chai's message shows it.
 */
import { chai } from '@open-wc/testing';

const describeNode = (node: Node): string =>
  node instanceof Element
    ? `<${node.localName}${[...node.attributes].map((a) => ` ${a.name}="${a.value}"`).join('')}>`
    : node.nodeName;

chai.use((library) => {
  const { assert } = library.Assertion.prototype;
  library.Assertion.prototype.assert = function (...args: Parameters<typeof assert>) {
    try {
      return assert.apply(this, args);
    } catch (error) {
      const failure = error as { actual?: unknown; expected?: unknown };
      if (failure.actual instanceof Node) failure.actual = describeNode(failure.actual);
      if (failure.expected instanceof Node) failure.expected = describeNode(failure.expected);
      throw error;
    }
  };
});
