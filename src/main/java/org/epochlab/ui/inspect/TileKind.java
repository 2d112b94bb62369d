package org.epochlab.ui.inspect;

/** How a neuron is pictured in the neuron view. */
public enum TileKind {
    /** Incoming weights of a first-layer neuron on 8 × 8 image inputs, one square per pixel. */
    IMAGE("incoming weights as an 8×8 image"),
    /** Incoming weights as one signed bar per input. */
    BARS("incoming weights, one bar per input"),
    /** The neuron's activation over the 2-D input plane, through the layers below it. */
    PLANE("activation over the input plane");

    private final String description;

    TileKind(String description) {
        this.description = description;
    }

    /** What the tiles show, in a few words. */
    public String description() {
        return description;
    }
}
