/** A minimal Server-Sent Events client over fetch, for tests: collects events and waits for one. */
export interface SseEvent {
  id: string | null;
  event: string;
  data: unknown;
}

export class SseClient {
  readonly events: SseEvent[] = [];
  private waiters: { match: (e: SseEvent) => boolean; resolve: (e: SseEvent) => void }[] = [];
  private controller = new AbortController();
  private done: Promise<void>;

  private constructor(response: Response) {
    this.done = this.pump(response);
  }

  static async open(url: string, headers: Record<string, string> = {}): Promise<SseClient> {
    const controller = new AbortController();
    const response = await fetch(url, {
      headers: { accept: 'text/event-stream', ...headers },
      signal: controller.signal,
    });
    if (!response.ok || !response.body) throw new Error(`SSE ${url}: ${response.status} ${await response.text()}`);
    const client = new SseClient(response);
    client.controller = controller;
    await client.next((e) => e.event === 'ready');
    return client;
  }

  private async pump(response: Response) {
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer += decoder.decode(value, { stream: true });
        let end = buffer.indexOf('\n\n');
        while (end >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          this.parse(block);
          end = buffer.indexOf('\n\n');
        }
      }
    } catch {
      // aborted
    }
  }

  private parse(block: string) {
    let id: string | null = null;
    let event = 'message';
    const data: string[] = [];
    for (const line of block.split('\n')) {
      if (line.startsWith(':')) continue;
      const [field, ...rest] = line.split(':');
      const value = rest.join(':').replace(/^ /, '');
      if (field === 'id') id = value;
      else if (field === 'event') event = value;
      else if (field === 'data') data.push(value);
    }
    if (!data.length) return;
    const e = { id, event, data: JSON.parse(data.join('\n')) };
    this.events.push(e);
    this.waiters = this.waiters.filter((w) => {
      if (!w.match(e)) return true;
      w.resolve(e);
      return false;
    });
  }

  /** The first event (already received or still to come) that matches; fails after `ms`. */
  next(match: (e: SseEvent) => boolean, ms = 10_000): Promise<SseEvent> {
    const seen = this.events.find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no matching SSE event within ${ms} ms; got ${JSON.stringify(this.events)}`)),
        ms,
      );
      this.waiters.push({
        match,
        resolve: (e) => {
          clearTimeout(timer);
          resolve(e);
        },
      });
    });
  }

  async close() {
    this.controller.abort();
    await this.done;
  }
}
