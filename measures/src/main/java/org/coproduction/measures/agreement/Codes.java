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
            codes[i] = code(scale, ratings.get(i), path + "[" + i + "]", problems);
        }
        return codes;
    }

    static int code(Scale scale, String rating, String path, Violations problems) {
        if (rating == null || rating.isBlank()) {
            return MISSING;
        }
        var index = scale.indexOf(rating);
        problems.check(index.isPresent(), path, "must be a category of the scale " + scale.categories(), rating);
        return index.orElse(MISSING);
    }
}
