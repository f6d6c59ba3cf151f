package io.switchboard.flows.testing;

import java.util.List;

/** A test document that cannot be run as written; {@link #problems()} says where and why, one line each. */
public class InvalidTestDocumentException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public InvalidTestDocumentException(List<String> problems) {
        super(problems.size() == 1 ? problems.get(0) : problems.size() + " problems: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
