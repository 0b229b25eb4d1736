import { type AddressInfo, createServer } from 'node:net';

/** A port that is free now (the OS picks it), for a server that must know its port in advance. */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}
