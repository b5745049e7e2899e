import type * as React from 'react';
import type { HighlightTree } from './highlight.ts';

type HastNode = HighlightTree['children'][number];

/**
 * Renders lowlight's tree as React elements: only `span`s with their class names and text,
 * so nothing from the code can become markup or attributes.
 */
export function hastToReact(tree: HighlightTree): React.ReactNode[] {
  return tree.children.map(renderNode);
}

function renderNode(node: HastNode, key: number): React.ReactNode {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element') return null;
  const className = node.properties?.className;
  return (
    <span key={key} className={Array.isArray(className) ? className.join(' ') : undefined}>
      {node.children.map(renderNode)}
    </span>
  );
}
