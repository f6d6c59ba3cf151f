package io.switchboard.desktop.deploy;

import io.switchboard.desktop.aws.ConnectInstances.ConnectInstance;

/** One entry of the Connect instance picker: an instance, or deploying without Connect. */
public record InstanceChoice(String label, String arn, String status) {
    public static final InstanceChoice NONE = new InstanceChoice("none — deploy without Connect", "", "");

    static InstanceChoice of(ConnectInstance instance) {
        String name = instance.alias().isBlank() ? instance.id() : instance.alias();
        return new InstanceChoice(name + (instance.isActive() ? "" : " (" + instance.status() + ")"), instance.arn(),
                instance.status());
    }

    public boolean isNone() {
        return arn.isEmpty();
    }

    @Override
    public String toString() {
        return label;
    }
}
