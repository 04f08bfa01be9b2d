/**
 * Charts and pages for reports: {@link org.coproduction.measures.chart.BarChart}, an accessible SVG bar chart
 * whose bars can carry a {@link org.coproduction.measures.interval.ConfidenceInterval}, and
 * {@link org.coproduction.measures.chart.HtmlReport}, a self-contained accessible HTML page of headings,
 * paragraphs, lists, tables and figures. Every picture has a title, a description and a text alternative,
 * and every element id on a page is unique. The package writes to an {@link java.lang.Appendable} the caller
 * gives; it opens no files itself.
 */
package org.coproduction.measures.chart;
