// GraphiQL with the explorer plugin, for the page the server serves at /graphiql (api/src/main/resources/graphiql).
// Everything it needs, Monaco's workers included, is bundled next to this file: the browser fetches nothing from
// another host.
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL, HISTORY_PLUGIN } from 'graphiql';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { explorerPlugin } from '@graphiql/plugin-explorer';
import 'graphiql/style.css';
import '@graphiql/plugin-explorer/style.css';

// Monaco runs its language services in web workers; each is a bundle of its own beside this one.
const WORKERS = { json: 'json.worker.js', graphql: 'graphql.worker.js' };

globalThis.MonacoEnvironment = {
    getWorker(_workerId, label) {
        return new Worker(new URL(WORKERS[label] ?? 'editor.worker.js', import.meta.url));
    },
};

/**
 * Draws GraphiQL into the element.
 *
 * @param element     where GraphiQL goes
 * @param url         the GraphQL endpoint
 * @param defaultTabs the tabs GraphiQL opens with the first time (afterwards it restores the user's own), each {query}
 */
export function renderGraphiQL(element, { url, defaultTabs }) {
    const fetcher = createGraphiQLFetcher({ url });
    const plugins = [HISTORY_PLUGIN, explorerPlugin()];
    createRoot(element).render(createElement(GraphiQL, {
        fetcher,
        defaultQuery: defaultTabs[0]?.query,
        defaultTabs,
        defaultEditorToolsVisibility: true,
        plugins,
    }));
}
