/**
 * Exercise sheets for the pages: the bundled Markdown sheets split by language and rendered to
 * HTML once per exercise and language, then cached. Thread-safe; rendering allocates, serving a
 * cached sheet does not. Only bundled exercises are served: a client never names a file.
 */
package io.simbase.server.sheets;
