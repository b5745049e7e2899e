import mermaid from 'mermaid';

// Loaded on demand with diagram-view.tsx, the first time a finished reply holds a ```mermaid
// block; Mermaid then fetches each diagram type's own chunk as it meets it.

let queue: Promise<unknown> = Promise.resolve();
let count = 0;

/**
 * Renders Mermaid source to SVG markup; rejects on a syntax error. Calls run one at a time:
 * `initialize` sets Mermaid's global configuration (the theme) for the render that follows it.
 */
export function renderDiagram(source: string, dark: boolean): Promise<string> {
  const run = queue.then(() => renderNow(source, dark));
  queue = run.catch(() => undefined);
  return run;
}

async function renderNow(source: string, dark: boolean): Promise<string> {
  mermaid.initialize({
    startOnLoad: false,
    // Labels are sanitised, no click handlers or links to scripts, no HTML from the source.
    securityLevel: 'strict',
    theme: dark ? 'dark' : 'default',
    // The dark theme's edge labels (#ccc on #585858) fall just short of 4.5:1 contrast.
    themeVariables: dark ? { edgeLabelBackground: '#3f3f3f' } : {},
    // A syntax error rejects; the caller shows the source instead of Mermaid's error picture.
    suppressErrorRendering: true,
  });
  const id = `agent-chat-diagram-${++count}`;
  try {
    const { svg } = await mermaid.render(id, source);
    return svg;
  } finally {
    // Mermaid renders in a temporary element it may leave behind when rendering fails.
    document.getElementById(`d${id}`)?.remove();
  }
}
