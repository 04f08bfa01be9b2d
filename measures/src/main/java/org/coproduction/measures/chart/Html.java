package org.coproduction.measures.chart;

/** Escaping for text placed in HTML and SVG. */
final class Html {

    private Html() {
    }

    /**
     * Escapes text for an HTML or SVG element's content or a quoted attribute.
     *
     * @param text  the text
     * @return the escaped text
     */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
