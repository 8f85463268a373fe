package org.hugmenow.hr.scim.application;


/** Resource versions as weak ETags (RFC 7644 §3.14), and the If-Match check against them. */
final class Versions {

    private Versions() {
    }

    static String etag(long version) {
        return "W/\"" + version + "\"";
    }

    /** Fails with 412 unless one of the listed tags names the current version. */
    static void require(String ifMatch, long current) {
        for (String tag : ifMatch.split(",")) {
            String bare = tag.trim();
            if (bare.startsWith("W/")) {
                bare = bare.substring(2);
            }
            bare = bare.replace("\"", "");
            if (bare.equals("*") || bare.equals(Long.toString(current))) {
                return;
            }
        }
        throw new ScimRefusal(412,
                "The resource changed since you read it (current version " + etag(current) + "); read it again.");
    }
}
