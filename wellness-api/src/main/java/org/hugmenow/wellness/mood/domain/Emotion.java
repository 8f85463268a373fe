package org.hugmenow.wellness.mood.domain;

/** A named feeling placed on the energy × pleasantness grid (each −2..2). */
public record Emotion(String name, int energy, int pleasantness, boolean custom) {

    public String quadrant() {
        if (energy == 0 && pleasantness == 0) {
            return "neutral";
        }
        String level = energy >= 0 ? "high-energy" : "low-energy";
        String feel = pleasantness >= 0 ? "pleasant" : "unpleasant";
        return level + "-" + feel;
    }
}
