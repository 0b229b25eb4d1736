import { Command } from 'commander';
import { loadConfig } from '../../server/config.js';
import { startServer } from '../../server/main.js';

export const serveCommand = () =>
  new Command('serve')
    .description('Migrate, seed the demo into an empty database, and serve the web app and API.')
    .action(async () => {
      const config = loadConfig();
      const server = await startServer(config);
      console.info(`\nSchakel runs at ${server.url}  (API: ${server.url}/api/v1/docs)`);
      console.info(
        config.database.engine === 'sqlite'
          ? `Database: ${config.database.file}`
          : 'Database: PostgreSQL (DATABASE_URL)',
      );
      console.info('Demo logins: see README.md, section "Demo".\n');
      const stop = async () => {
        await server.stop();
        process.exit(0);
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
