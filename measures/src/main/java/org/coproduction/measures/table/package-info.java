/**
 * Researchers' tables in: CSV read with Jackson's CSV format into the inputs of the measures (group
 * shares, paired answers, ratings, survey responses, referrals), with every problem named by line and
 * column. The package reads from a {@link java.io.Reader} the caller opens; it opens no files itself.
 */
package org.coproduction.measures.table;
