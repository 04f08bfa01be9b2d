/**
 * The JSON documents the command-line tool writes for measures whose result is more than one library value: each
 * is a plain record of library values and figures, with a published JSON Schema ({@code coproduction schema}),
 * so that a program reading the tool's output can check it.
 */
package org.coproduction.examples.cli.output;
