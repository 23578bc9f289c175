// `npm start`: builds the app and serves it, exactly as deployed, on http://localhost:4173/ — or, when
// that port is taken, on the next free one. `npm start -- --port 5000` (or PORT=5000 npm start) asks
// for a port; a port asked for and taken is an error that says so. Prints the URL it serves.
import { createServer } from 'node:net';
import { pathToFileURL } from 'node:url';

export const DEFAULT_PORT = 4173;

/**
 * The port asked for: `--port N`, `--port=N`, `-p N`, or the PORT variable; null when none was.
 * Throws a message for a port that is not a whole number 1–65535.
 */
export function requestedPort(argv, env = {}) {
  let text = env.PORT;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--port' || arg === '-p') text = argv[i + 1];
    else if (arg.startsWith('--port=')) text = arg.slice('--port='.length);
  }
  if (text === undefined || text === '') return null;
  const port = Number(text);
  if (!/^\d{1,5}$/.test(String(text).trim()) || port < 1 || port > 65535)
    throw new Error(`"${text}" is not a port: give a whole number 1–65535, e.g. npm start -- --port 5000.`);
  return port;
}

/** True when nothing listens on `port` (on any local address). */
export function portIsFree(port) {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen({ port }, () => server.close(() => resolve(true)));
  });
}

/**
 * The port to serve on: the one asked for (an error when taken), else 4173 or the next free one.
 * Returns { port, note }: note says why it is not the default, or is null.
 */
export async function choosePort(asked, isFree = portIsFree) {
  if (asked !== null) {
    if (await isFree(asked)) return { port: asked, note: null };
    throw new Error(`Port ${asked} is taken. Choose another: npm start -- --port ${asked + 1}`);
  }
  for (let port = DEFAULT_PORT; port < DEFAULT_PORT + 50; port++) {
    if (await isFree(port))
      return { port, note: port === DEFAULT_PORT ? null : `Port ${DEFAULT_PORT} is taken; using ${port}.` };
  }
  throw new Error(
    `Ports ${DEFAULT_PORT}–${DEFAULT_PORT + 49} are all taken. Choose one: npm start -- --port N`,
  );
}

async function main() {
  const { build, preview } = await import('vite');
  let choice;
  try {
    choice = await choosePort(requestedPort(process.argv.slice(2), process.env));
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
  await build({ logLevel: 'warn' });
  const server = await preview({ preview: { port: choice.port, strictPort: true } });
  if (choice.note !== null) console.log(choice.note);
  console.log(`The AKS address planner is served at http://localhost:${choice.port}/ (Ctrl+C stops it).`);
  return server;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
