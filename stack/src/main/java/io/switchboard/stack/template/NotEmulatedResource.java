package io.switchboard.stack.template;

/** A template resource the sandbox leaves out, and why (not emulated, or its condition is false). */
public record NotEmulatedResource(String logicalId, String type, String reason) {
}
