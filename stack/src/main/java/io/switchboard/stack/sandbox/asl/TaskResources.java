package io.switchboard.stack.sandbox.asl;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** The task resources an interpreter knows, tried in order. */
public final class TaskResources {
    private final List<TaskResource> resources;

    public TaskResources(List<TaskResource> resources) {
        this.resources = List.copyOf(resources);
    }

    public static TaskResources of(TaskResource... resources) {
        return new TaskResources(List.of(resources));
    }

    public boolean supports(String resource) {
        return resources.stream().anyMatch(r -> r.supports(resource));
    }

    public JsonNode execute(String resource, JsonNode parameters) throws InterruptedException {
        for (TaskResource candidate : resources) {
            if (candidate.supports(resource)) {
                return candidate.execute(resource, parameters);
            }
        }
        throw StatesError.runtime("No task resource for '" + resource + "'");
    }
}
