package org.hugmenow.architecture;

import java.util.List;
import java.util.Optional;

/**
 * Where a package sits: {@code feature} is the package right below a module root
 * ({@code org.hugmenow.wellness.mood}), {@code layer} the one below that ({@code persistence}), or "" for
 * the feature's own package.
 */
record Feature(String feature, String layer) {

    /** Features every other feature of its module may use whole: a shared base, not a feature with a public face. */
    static final String SHARED = "shared";

    static Optional<Feature> of(String packageName, List<String> roots) {
        for (String root : roots) {
            if (packageName.startsWith(root + ".")) {
                String[] rest = packageName.substring(root.length() + 1).split("\\.");
                return Optional.of(new Feature(root + "." + rest[0], rest.length > 1 ? rest[1] : ""));
            }
        }
        return Optional.empty();
    }

    boolean isShared() {
        return feature.endsWith("." + SHARED);
    }
}
