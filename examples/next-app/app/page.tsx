import { Chat } from './chat';

export default function Page() {
  return (
    <main className="mx-auto flex h-screen max-w-3xl flex-col">
      <header className="flex items-center justify-between p-4">
        <h1 className="font-semibold text-lg">Support</h1>
        <button
          type="button"
          data-testid="host-button"
          className="rounded-md bg-primary px-3 py-1 text-primary-foreground"
        >
          Account
        </button>
      </header>
      <Chat />
    </main>
  );
}
