// GraphQL over HTTP for queries and graphql-transport-ws for the subscription, with the API key sent in the
// X-API-Key header and, over WebSocket (where browsers cannot set headers), in the connection_init payload.

export interface GraphQlError {
  message: string;
  extensions?: { classification?: string };
}

export async function query<Data, Variables>(document: string, variables: Variables, apiKey: string): Promise<Data> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (apiKey) {
    headers['X-API-Key'] = apiKey;
  }
  const response = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify({ query: document, variables }) });
  const body = (await response.json()) as { data?: Data; errors?: GraphQlError[] };
  if (body.errors?.length) {
    throw new Error(body.errors.map((error) => error.message).join('; '));
  }
  if (!response.ok || !body.data) {
    throw new Error(`the server answered ${response.status}`);
  }
  return body.data;
}

export interface Subscription {
  close(): void;
}

export interface SubscriptionHandlers<Data> {
  /** The server acknowledged the connection and the subscription was sent. */
  onReady(): void;
  onNext(data: Data): void;
  onError(message: string): void;
}

/** Subscribes over graphql-transport-ws at /graphql-ws; one connection per subscription keeps it simple. */
export function subscribe<Data, Variables>(document: string, variables: Variables, apiKey: string,
                                           handlers: SubscriptionHandlers<Data>): Subscription {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  const socket = new WebSocket(`${scheme}//${location.host}/graphql-ws`, 'graphql-transport-ws');
  socket.onopen = () => socket.send(JSON.stringify({ type: 'connection_init', payload: apiKey ? { apiKey } : {} }));
  socket.onmessage = (event: MessageEvent<string>) => {
    const message = JSON.parse(event.data) as { type: string; id?: string; payload?: unknown };
    switch (message.type) {
      case 'connection_ack':
        socket.send(JSON.stringify({ type: 'subscribe', id: '1', payload: { query: document, variables } }));
        handlers.onReady();
        break;
      case 'ping':
        socket.send(JSON.stringify({ type: 'pong' }));
        break;
      case 'next': {
        const payload = message.payload as { data?: Data; errors?: GraphQlError[] };
        if (payload.errors?.length) {
          handlers.onError(payload.errors.map((error) => error.message).join('; '));
        } else if (payload.data) {
          handlers.onNext(payload.data);
        }
        break;
      }
      case 'error':
        handlers.onError((message.payload as GraphQlError[]).map((error) => error.message).join('; '));
        break;
    }
  };
  socket.onclose = (event) => {
    if (event.code !== 1000) {
      handlers.onError(`the live connection closed (${event.code}${event.reason ? ': ' + event.reason : ''})`);
    }
  };
  return { close: () => socket.close(1000) };
}
