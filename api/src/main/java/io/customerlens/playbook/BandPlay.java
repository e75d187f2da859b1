package io.customerlens.playbook;

import java.util.List;

/**
 * The actions for the customers whose score falls in a value range on the model's scale: {@code min ≤ value < max};
 * {@code max} itself belongs to the band too when no other band of the playbook starts there (so the top of the
 * scale is covered).
 *
 * @param label   e.g. "Detractors"
 * @param min     lower end, included
 * @param max     upper end
 * @param actions most urgent first
 */
public record BandPlay(String label, double min, double max, List<Action> actions) {

    public BandPlay {
        actions = actions == null ? List.of() : List.copyOf(actions);
    }
}
