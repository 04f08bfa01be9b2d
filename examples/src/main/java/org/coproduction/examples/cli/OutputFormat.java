package org.coproduction.examples.cli;

/** How a command prints its result: readable text, or JSON another program can read back. */
enum OutputFormat {
    /** Readable text. */
    TEXT,
    /** JSON written by {@link org.coproduction.core.json.CoproductionJson}. */
    JSON
}
