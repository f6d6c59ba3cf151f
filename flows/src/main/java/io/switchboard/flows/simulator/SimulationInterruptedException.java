package io.switchboard.flows.simulator;

/** The thread running a simulation was interrupted while it waited out a prompt. */
public class SimulationInterruptedException extends RuntimeException {

    public SimulationInterruptedException() {
        super("simulation interrupted");
    }
}
