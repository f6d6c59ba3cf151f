package io.switchboard.lambdas.vanity.engine;

/** Outcome of looking for vanity numbers; the names are what the Connect flow branches on. */
public enum VanityStatus {
    /** At least one real-word vanity number was found. */
    OK,
    /** The number is valid, but no candidate is good enough to offer (never padded with junk). */
    NO_VANITY,
    /** The input is not a diallable phone number (empty, withheld, letters, too short/long...). */
    INVALID_NUMBER
}
