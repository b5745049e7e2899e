import { useAgentChat } from '@agent-chat/react';
import { cn, DataFrameList, DataFrameTable, TeamReplies } from '@agent-chat/ui';
import * as React from 'react';
import type { ProxyConfig } from './backend-from-config.ts';
import { CapabilityList } from './capability-list.tsx';
import { FileList } from './file-list.tsx';

type Tab = 'files' | 'data-frames' | 'team' | 'about';

const tabLabels: Record<Tab, string> = {
  files: 'Files',
  'data-frames': 'Data frames',
  team: 'Team chat',
  about: 'Platform',
};

/** Props of `SidePanel`. */
export interface SidePanelProps {
  config: ProxyConfig;
  conversationId: string | undefined;
  className?: string;
}

/**
 * The conversation's details, one tab per thing the platform offers: files, data frames, team
 * chat (Chat API) and what the platform can do. Tabs the platform lacks are not shown.
 */
export function SidePanel({ config, conversationId, className }: SidePanelProps) {
  const { capabilities } = useAgentChat();
  const tabs = React.useMemo(() => {
    const list: Tab[] = [];
    if (capabilities.fileList) list.push('files');
    if (capabilities.dataFrames) list.push('data-frames');
    if (capabilities.teams) list.push('team');
    list.push('about');
    return list;
  }, [capabilities]);
  const [selected, setSelected] = React.useState<Tab>(() => tabs[0] ?? 'about');
  const [openFrame, setOpenFrame] = React.useState<string | undefined>();
  const ids = React.useId();
  const tabRefs = React.useRef(new Map<Tab, HTMLButtonElement>());

  // A frame belongs to one conversation; switching conversations closes it.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the conversation changes
  React.useEffect(() => setOpenFrame(undefined), [conversationId]);

  const onKeyDown = (event: React.KeyboardEvent) => {
    const index = tabs.indexOf(selected);
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const next = tabs[(index + step + tabs.length) % tabs.length] ?? selected;
    setSelected(next);
    tabRefs.current.get(next)?.focus();
  };

  return (
    <aside
      aria-label="Conversation details"
      // Tables need room: the panel widens on the data frames tab.
      className={cn('flex-col', selected === 'data-frames' ? 'lg:w-[44rem]' : undefined, className)}
    >
      <div
        role="tablist"
        aria-label="Details"
        className="flex gap-1 border-b border-border px-2 pt-2"
        onKeyDown={onKeyDown}
      >
        {tabs.map((tab) => (
          <button
            key={tab}
            ref={(element) => {
              if (element) tabRefs.current.set(tab, element);
              else tabRefs.current.delete(tab);
            }}
            type="button"
            role="tab"
            id={`${ids}-tab-${tab}`}
            aria-selected={selected === tab}
            aria-controls={`${ids}-panel-${tab}`}
            tabIndex={selected === tab ? 0 : -1}
            onClick={() => setSelected(tab)}
            className="demo-tab"
          >
            {tabLabels[tab]}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`${ids}-panel-${selected}`}
        aria-labelledby={`${ids}-tab-${selected}`}
        className="min-h-0 flex-1 overflow-auto p-3"
      >
        {selected === 'files' ? <FileList conversationId={conversationId} /> : null}
        {selected === 'data-frames' ? (
          openFrame ? (
            <div className="flex h-full flex-col gap-2">
              <button
                type="button"
                className="demo-button self-start"
                onClick={() => setOpenFrame(undefined)}
              >
                Back to data frames
              </button>
              <DataFrameTable conversationId={conversationId} name={openFrame} className="min-h-0 flex-1" />
            </div>
          ) : conversationId ? (
            <DataFrameList conversationId={conversationId} onOpen={(frame) => setOpenFrame(frame.name)} />
          ) : (
            <p className="text-sm text-muted-foreground">
              Start a conversation; its data frames appear here.
            </p>
          )
        ) : null}
        {selected === 'team' ? <TeamReplies teamId={config.teamId} className="h-full" /> : null}
        {selected === 'about' ? <CapabilityList config={config} capabilities={capabilities} /> : null}
      </div>
    </aside>
  );
}
