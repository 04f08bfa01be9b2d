package org.coproduction.measures.agreement;

import java.util.List;
import org.coproduction.core.validation.Violations;

/** Turns ratings into positions on a scale, naming every rating that is not on it. */
final class Codes {

    static final int MISSING = -1;

    private Codes() {
    }

    static int[] of(Scale scale, List<String> ratings, String path, Violations problems) {
        int[] codes = new int[ratings.size()];
        for (int i = 0; i < ratings.size(); i++) {
            String rating = ratings.get(i);
            codes[i] = code(scale, rating);
            if (codes[i] == MISSING && rating != null && !rating.isBlank()) {
                // The path and message are built only for a problem: a large table has millions of ratings.
                refuse(scale, rating, path + "[" + i + "]", problems);
            }
        }
        return codes;
    }

    static int code(Scale scale, String rating, String path, Violations problems) {
        int code = code(scale, rating);
        if (code == MISSING && rating != null && !rating.isBlank()) {
            refuse(scale, rating, path, problems);
        }
        return code;
    }

    /** The rating's position on the scale, or MISSING when there is none or it is not on the scale. */
    private static int code(Scale scale, String rating) {
        if (rating == null || rating.isBlank()) {
            return MISSING;
        }
        return scale.indexOf(rating).orElse(MISSING);
    }

    private static void refuse(Scale scale, String rating, String path, Violations problems) {
        problems.check(false, path, "must be a category of the scale " + scale.categories(), rating);
    }
}
