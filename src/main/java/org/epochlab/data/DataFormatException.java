package org.epochlab.data;

/**
 * Data that cannot be read or used, with a message for the person who supplied it: the file, and
 * where known the line and column.
 */
public class DataFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    public DataFormatException(String message) {
        super(message);
    }

    public DataFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
