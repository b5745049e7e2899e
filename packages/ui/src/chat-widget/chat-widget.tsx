import { useLocale, useMessages } from '@agent-chat/react';
import { cva } from 'class-variance-authority';
import { Dialog } from 'radix-ui';
import { useControllableState } from 'radix-ui/internal';
import type * as React from 'react';
import { Button, focusRing } from '../lib/button.tsx';
import { cn } from '../lib/cn.ts';
import { MessageSquareIcon, XIcon } from '../lib/icons.tsx';

/** Where the launcher and panel sit. */
export type ChatWidgetPosition = 'bottom-right' | 'bottom-left';

/** Panel size: a preset or explicit CSS lengths. */
export type ChatWidgetSize = 'sm' | 'md' | 'lg' | { width: number | string; height: number | string };

/** Props of `ChatWidget`. */
export interface ChatWidgetProps {
  /** The panel's content, usually a `<Thread>`. */
  children: React.ReactNode;
  /** Heading of the panel (also its accessible name). */
  title?: React.ReactNode;
  /** Corner of the launcher and panel; the end side of the locale by default (bottom left in RTL). */
  position?: ChatWidgetPosition;
  size?: ChatWidgetSize;
  /** Unread replies, shown as a badge on the launcher. */
  unreadCount?: number;
  open?: boolean;
  defaultOpen?: boolean;
  onOpenChange?: (open: boolean) => void;
  /** Where the panel is portalled; defaults to `document.body`. */
  container?: HTMLElement | null;
  className?: string;
}

/** Launcher placement by position. */
export const chatLauncherVariants = cva(
  cn(
    'fixed bottom-4 z-50 inline-flex size-14 items-center justify-center rounded-full bg-primary text-primary-foreground shadow-lg hover:bg-primary/90 focus-visible:outline-offset-2',
    focusRing,
  ),
  { variants: { position: { 'bottom-right': 'right-4', 'bottom-left': 'left-4' } } },
);

/** Panel placement and size. */
export const chatPanelVariants = cva(
  'fixed bottom-22 z-50 flex max-h-[calc(100dvh-7rem)] max-w-[calc(100vw-2rem)] flex-col overflow-hidden rounded-bubble border border-border bg-background text-foreground shadow-2xl',
  {
    variants: {
      position: { 'bottom-right': 'right-4', 'bottom-left': 'left-4' },
      size: { sm: 'h-[480px] w-[320px]', md: 'h-[600px] w-[380px]', lg: 'h-[720px] w-[480px]', custom: '' },
    },
  },
);

/**
 * A floating launcher that opens a chat panel (non-modal dialog) for embedding in any app:
 * focus moves into the composer on open and back to the launcher on close; Escape closes, except
 * while a reply streams in the composer, where Escape stops the reply.
 * @example <ChatWidget title="Support" unreadCount={2}><Thread conversationId={id} /></ChatWidget>
 */
export function ChatWidget({
  children,
  title,
  position: positionProp,
  size = 'md',
  unreadCount = 0,
  open: openProp,
  defaultOpen = false,
  onOpenChange,
  container,
  className,
}: ChatWidgetProps) {
  const [open, setOpen] = useControllableState({
    prop: openProp,
    defaultProp: defaultOpen,
    onChange: onOpenChange,
    caller: 'ChatWidget',
  });
  const t = useMessages();
  const { dir } = useLocale();
  // By default the widget sits in the corner where lines end: bottom right, bottom left in RTL.
  const position = positionProp ?? (dir === 'rtl' ? 'bottom-left' : 'bottom-right');
  const custom = typeof size === 'object' ? size : undefined;
  const unread = unreadCount > 0 && !open ? unreadCount : 0;
  return (
    <Dialog.Root open={open} onOpenChange={setOpen} modal={false}>
      <Dialog.Trigger
        data-slot="chat-launcher"
        data-state={open ? 'open' : 'closed'}
        aria-label={open ? t.closeChat : unread ? t.openChatUnread(unread) : t.openChat}
        className={cn(chatLauncherVariants({ position }))}
      >
        {open ? <XIcon /> : <MessageSquareIcon width="24" height="24" />}
        {unread ? (
          <span
            data-slot="chat-launcher-badge"
            aria-hidden="true"
            className="absolute -end-1 -top-1 min-w-5 rounded-full bg-destructive px-1 text-center text-xs leading-5 font-semibold text-destructive-foreground"
          >
            {unread > 99 ? '99+' : unread}
          </span>
        ) : null}
      </Dialog.Trigger>
      <Dialog.Portal container={container}>
        <Dialog.Content
          data-slot="chat-widget"
          aria-describedby={undefined}
          className={cn(
            chatPanelVariants({ position, size: custom ? 'custom' : (size as 'sm' | 'md' | 'lg') }),
            className,
          )}
          style={custom ? { width: custom.width, height: custom.height } : undefined}
          onOpenAutoFocus={(event) => {
            const input = (event.currentTarget as HTMLElement).querySelector<HTMLElement>(
              '[data-slot="composer-input"]',
            );
            if (!input) return;
            event.preventDefault();
            input.focus();
          }}
          onEscapeKeyDown={(event) => {
            // Escape in a composer whose reply is streaming stops the reply; it must not close the panel.
            // composedPath: inside a shadow root (the page widget) the event's target is the host.
            const origin = event.composedPath()[0];
            const target = origin instanceof Element ? origin : null;
            if (target?.closest('[data-slot="composer"][data-state="streaming"]')) event.preventDefault();
          }}
          // The panel stays open while the user works in the page around it.
          onInteractOutside={(event) => event.preventDefault()}
        >
          <div
            data-slot="chat-widget-header"
            className="flex items-center gap-2 border-b border-border px-4 py-2"
          >
            <Dialog.Title className="min-w-0 flex-1 truncate text-sm font-semibold">
              {title ?? t.chatTitle}
            </Dialog.Title>
            <Dialog.Close asChild>
              <Button
                variant="ghost"
                size="icon"
                data-slot="chat-widget-close"
                aria-label={t.closeChat}
                className="size-8 rounded-full"
              >
                <XIcon />
              </Button>
            </Dialog.Close>
          </div>
          <div data-slot="chat-widget-body" className="flex min-h-0 flex-1 flex-col">
            {children}
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
