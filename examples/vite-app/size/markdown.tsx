// What an app ships to render Markdown alone (scripts/size-budget.mjs measures it).
import { Markdown } from '@agent-chat/ui';
import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('root') as HTMLElement).render(<Markdown>{'**Hello**'}</Markdown>);
