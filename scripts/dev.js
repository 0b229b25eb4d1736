// `npm run dev`: the API with restart on change (tsx watch) and the web app with hot reload (Vite),
// one command, both stopped together. Open the Vite address; it passes /api on to the server.
import { spawn } from 'node:child_process';

const apiPort = process.env.SCHAKEL_API_PORT ?? '3001';
const children = [
  spawn('npx', ['tsx', 'watch', 'src/cli/main.ts', 'serve'], {
    stdio: 'inherit',
    env: { ...process.env, PORT: apiPort },
  }),
  spawn('npx', ['vite'], { stdio: 'inherit', env: { ...process.env, SCHAKEL_API_PORT: apiPort } }),
];

const stop = () => {
  for (const child of children) child.kill('SIGTERM');
};
for (const child of children)
  child.on('exit', (code) => {
    stop();
    process.exitCode = code ?? 0;
  });
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
