package org.epochlab.ui.inspect;

import java.util.Objects;

/** The stylesheet of the inspection views. */
final class InspectStyles {

    static final String STYLESHEET = Objects.requireNonNull(InspectStyles.class.getResource("inspect.css"),
            "inspect.css is missing from the classpath").toExternalForm();

    private InspectStyles() {
    }
}
