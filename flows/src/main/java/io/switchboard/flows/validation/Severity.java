package io.switchboard.flows.validation;

/**
 * How bad a finding is. {@link #ERROR}: Connect's CreateContactFlow / UpdateContactFlowContent would
 * refuse the flow (or the reference says the document is invalid). {@link #WARNING}: the flow deploys,
 * but a caller would likely notice (a block nobody reaches, a prompt read out tag by tag).
 */
public enum Severity {
    ERROR,
    WARNING
}
