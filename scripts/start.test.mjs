// Unit test of scripts/start.mjs (`npm start`): the port asked for, and a free one when 4173 is taken.
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { choosePort, DEFAULT_PORT, portIsFree, requestedPort } from './start.mjs';

describe('npm start: which port', () => {
  it('reads --port N, --port=N, -p N and PORT; none is null', () => {
    expect(requestedPort(['--port', '5000'])).toBe(5000);
    expect(requestedPort(['--port=5001'])).toBe(5001);
    expect(requestedPort(['-p', '5002'])).toBe(5002);
    expect(requestedPort([], { PORT: '5003' })).toBe(5003);
    expect(requestedPort([])).toBeNull();
    expect(() => requestedPort(['--port', 'abc'])).toThrow(/not a port/);
    expect(() => requestedPort(['--port', '70000'])).toThrow(/not a port/);
  });

  it('serves on 4173, or the next free port when it is taken, and says so', async () => {
    const taken = new Set([DEFAULT_PORT, DEFAULT_PORT + 1]);
    const isFree = async (port) => !taken.has(port);
    expect(await choosePort(null, isFree)).toEqual({
      port: DEFAULT_PORT + 2,
      note: `Port ${DEFAULT_PORT} is taken; using ${DEFAULT_PORT + 2}.`,
    });
    expect(await choosePort(null, async () => true)).toEqual({ port: DEFAULT_PORT, note: null });
  });

  it('a port asked for and taken is an error that names another', async () => {
    const server = createServer();
    await new Promise((resolve) => server.listen({ port: 0 }, resolve));
    const port = server.address().port;
    try {
      expect(await portIsFree(port)).toBe(false);
      await expect(choosePort(port)).rejects.toThrow(`Port ${port} is taken`);
    } finally {
      server.close();
    }
  });
});
