package io.switchboard.flows.testing;

import java.util.List;
import java.util.Optional;

/**
 * A parsed testing-language document: the {@code Content} of a Connect test case.
 *
 * @param version      {@code 2025-06-21} or {@code 2019-10-30}
 * @param observations in document order
 */
public record TestDocument(String version, List<Observation> observations) {

    public static final List<String> VERSIONS = List.of("2025-06-21", "2019-10-30");

    public TestDocument {
        observations = List.copyOf(observations);
    }

    public Optional<Observation> observation(String identifier) {
        return observations.stream().filter(o -> o.identifier().equals(identifier)).findFirst();
    }

    /** Observations that another observation's {@code NextObservations} leads to. */
    public List<String> predecessorsOf(String identifier) {
        return observations.stream().filter(o -> o.nextObservations().contains(identifier)).map(Observation::identifier).toList();
    }
}
