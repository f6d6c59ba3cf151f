package io.switchboard.desktop.deploy;

/** One stack output, as the outputs table shows (and copies) it. */
public record OutputRow(String key, String value) {
}
