// The HTTP shell: buildServer(store, opts) returns a Fastify app serving the JSON API and the built UI.
export { buildServer, defaultWebRoot, type ServerOptions } from './app.js';
export { HttpError } from './params.js';
