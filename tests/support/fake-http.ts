// What the fake servers standing in for arXiv and Hugging Face share: listening on 127.0.0.1, and
// answering with an HTTP error or not at all.
import { createServer, type RequestListener, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** An answer that is not a recorded one: an HTTP error (with `Retry-After` seconds, or any headers), or none at all. */
export type FakeFailure =
  | { status: number; body?: string; retryAfter?: number; headers?: Record<string, string> }
  | { hang: true };

/** A fake server listening on a free port of 127.0.0.1. */
export interface FakeHttpServer {
  /** `http://127.0.0.1:<port>`. */
  origin: string;
  close: () => Promise<void>;
}

/** Responses left hanging, closed with the server. */
export type Hanging = Set<ServerResponse>;

/** Starts `listener` on a free port of 127.0.0.1; `close` also ends the responses left hanging. */
export async function listen(
  listener: (hanging: Hanging) => RequestListener,
): Promise<FakeHttpServer> {
  const hanging: Hanging = new Set();
  const server = createServer(listener(hanging));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: async () => {
      for (const response of hanging) response.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Answers with the failure `reply` describes, if it is one; false when it is a recorded answer. */
export function answerFailure<T extends object>(
  response: ServerResponse,
  reply: T | FakeFailure,
  hanging: Hanging,
): reply is FakeFailure {
  if ("hang" in reply) {
    hanging.add(response);
    return true;
  }
  if ("status" in reply) {
    response.writeHead(reply.status, {
      "Content-Type": "text/plain",
      ...(reply.retryAfter ? { "Retry-After": String(reply.retryAfter) } : {}),
      ...reply.headers,
    });
    response.end(reply.body ?? "");
    return true;
  }
  return false;
}
