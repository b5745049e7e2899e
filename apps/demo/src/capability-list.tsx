import type { BackendCapabilities } from '@agent-chat/client';
import { formatBytes } from '@agent-chat/react';
import type { ProxyConfig } from './backend-from-config.ts';

/** Props of `CapabilityList`. */
export interface CapabilityListProps {
  config: ProxyConfig;
  capabilities: BackendCapabilities;
}

function yesNo(value: boolean): string {
  return value ? 'yes' : 'no';
}

/** What the platform behind the proxy is and what it can do (the UI shows only that). */
export function CapabilityList({ config, capabilities }: CapabilityListProps) {
  const files =
    capabilities.files === 'none'
      ? 'no'
      : `${capabilities.files === 'inline' ? 'sent with the message' : 'uploaded'}, up to ${formatBytes(capabilities.maxFileBytes)}`;
  const rows: [string, string][] = [
    ['API', config.api],
    ['Upstream', config.upstream === 'mock' ? 'embedded mock server' : config.upstream],
    ['Agent', config.agentId],
    ['Rename conversations', yesNo(capabilities.rename)],
    ['Delete conversations', yesNo(capabilities.deleteConversation)],
    ['Files', files],
    ['File list', yesNo(capabilities.fileList)],
    ['Data frames', yesNo(capabilities.dataFrames)],
    ['Resume after reload', yesNo(capabilities.resume)],
    ['Settings', yesNo(capabilities.settings)],
    ['Team chat', yesNo(capabilities.teams)],
    ['Inbox', yesNo(capabilities.inbox)],
  ];
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
      {rows.map(([term, value]) => (
        <div key={term} className="contents">
          <dt className="text-muted-foreground">{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
