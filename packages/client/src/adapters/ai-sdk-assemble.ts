import { readUIMessageStream, type UIMessage, type UIMessageChunk } from 'ai';

/**
 * The message the AI SDK's `readUIMessageStream` assembles from `chunks`, continuing `continues`
 * when given. Its own module, imported on demand: it brings the `ai` package's stream processing.
 */
export async function assembleMessage(
  chunks: UIMessageChunk[],
  continues: UIMessage | undefined,
): Promise<UIMessage | undefined> {
  const stream = new ReadableStream<UIMessageChunk>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  });
  let last: UIMessage | undefined;
  for await (const message of readUIMessageStream({
    stream,
    ...(continues === undefined ? {} : { message: continues }),
    // An `error` chunk is part of the reply (the SDK shows it); the message is still kept.
    onError: () => {},
  })) {
    last = message;
  }
  return last;
}
