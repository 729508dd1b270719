// Follows a generation's status stream (Server-Sent Events).

const EVENTS = ['progress', 'threshold_met', 'complete', 'error'];
const TERMINAL = new Set(['complete', 'error']);

/**
 * Opens the stream and calls onEvent(name, data, id) for every named event, in order. The stream is closed after
 * `complete` or `error`: the session has ended, and an open EventSource would reconnect forever.
 *
 * While the connection drops, EventSource reconnects by itself with Last-Event-ID, and the service resends what
 * was missed. onLost() is called only when the browser gives up (the service refused the stream: 404, 429...).
 */
export function followGeneration(url, { onEvent, onReconnecting, onLost }) {
  const source = new EventSource(url);
  let ended = false;
  for (const name of EVENTS) {
    source.addEventListener(name, (event) => {
      // The service's own 'error' event shares its name with EventSource's connection error, which is a plain
      // Event without data: that one is handled below.
      if (!(event instanceof MessageEvent)) return;
      let data;
      try {
        data = JSON.parse(event.data);
      } catch {
        data = { message: String(event.data) };
      }
      if (TERMINAL.has(name)) {
        ended = true;
        source.close();
      }
      onEvent(name, data, event.lastEventId);
    });
  }
  source.addEventListener('error', (event) => {
    if (event instanceof MessageEvent || ended) return;
    if (source.readyState === EventSource.CLOSED) {
      ended = true;
      onLost();
    } else {
      onReconnecting();
    }
  });
  return {
    close() {
      ended = true;
      source.close();
    },
  };
}
