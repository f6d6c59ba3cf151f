package io.switchboard.stack.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import software.amazon.awssdk.services.cloudformation.model.CreateChangeSetRequest;

/** The template as CloudFormation takes it: inline up to 51,200 bytes, else from the artifact bucket. */
final class TemplateSource {

    static final int MAX_INLINE_BYTES = 51_200;

    private TemplateSource() { }

    static void apply(Path templateFile, ArtifactStore artifacts, CreateChangeSetRequest.Builder request) {
        byte[] template = read(templateFile);
        if (template.length <= MAX_INLINE_BYTES) {
            request.templateBody(new String(template, StandardCharsets.UTF_8));
        } else {
            request.templateURL(artifacts.uploadTemplate(template));
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the template " + file, e);
        }
    }
}
