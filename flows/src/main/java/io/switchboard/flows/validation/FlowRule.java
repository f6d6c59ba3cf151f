package io.switchboard.flows.validation;

import io.switchboard.flows.FlowDocument;
import java.util.List;

/** One family of checks, each reporting what it finds without stopping at the first problem. */
interface FlowRule {

    List<FlowProblem> check(FlowDocument flow);
}
