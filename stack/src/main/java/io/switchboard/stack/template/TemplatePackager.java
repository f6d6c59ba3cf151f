package io.switchboard.stack.template;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes the single deployable template: every {@code file://PATH} string (relative to the
 * template's folder) is replaced by the file's content, JSON minified. A contact flow's
 * {@code Content} must stay within Amazon Connect's 256,000 characters.
 *
 * <p>Run by the build ({@code ./mvnw package}):
 * {@code TemplatePackager <template.yaml> <output.yaml>... [--allow-missing]}: the same template to each output.
 */
public final class TemplatePackager {
    public static final String FILE_PREFIX = "file://";
    public static final int CONTACT_FLOW_CONTENT_LIMIT = 256_000;
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    /** What to do with a {@code file://} reference whose file does not exist. */
    public enum MissingFiles { FAIL, KEEP_REFERENCE }

    private final MissingFiles missingFiles;
    private final List<String> warnings = new ArrayList<>();

    public TemplatePackager(MissingFiles missingFiles) {
        this.missingFiles = missingFiles;
    }

    public static void main(String[] args) throws IOException {
        List<String> paths = List.of(args).stream().filter(arg -> !arg.startsWith("--")).toList();
        if (paths.size() < 2) {
            throw new IllegalArgumentException("usage: TemplatePackager <template.yaml> <output.yaml>... [--allow-missing]");
        }
        boolean allowMissing = List.of(args).contains("--allow-missing")
                || Boolean.getBoolean("switchboard.package.allowMissing");
        TemplatePackager packager = new TemplatePackager(allowMissing ? MissingFiles.KEEP_REFERENCE : MissingFiles.FAIL);
        for (String output : paths.subList(1, paths.size())) {
            packager.writePackaged(Path.of(paths.get(0)), Path.of(output));
        }
        packager.warnings().stream().distinct().forEach(warning -> System.err.println("[WARNING] " + warning));
        // One line, naming the copy a user deploys; the others (the jar's resource) are the build's business.
        System.out.println("[INFO] packaged template written to " + paths.get(1));
    }

    /** Inlines the template's files and writes the result as YAML (long-form intrinsics). */
    public void writePackaged(Path templateFile, Path output) throws IOException {
        Template packaged = inline(Template.load(templateFile));
        Files.createDirectories(output.toAbsolutePath().getParent());
        try (Writer writer = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            writer.write("# Generated from " + templateFile.getFileName() + " by TemplatePackager: do not edit.\n");
            CloudFormationYaml.write(packaged.root(), writer);
        }
    }

    /** A copy of {@code source} with every {@code file://} string replaced by the file's content. */
    public Template inline(Template source) {
        Map<String, Object> root = new LinkedHashMap<>();
        source.root().forEach((section, body) -> {
            if (section.equals("Resources") && body instanceof Map<?, ?> resources) {
                Map<String, Object> inlined = new LinkedHashMap<>();
                resources.forEach((id, resource) -> inlined.put(id.toString(),
                        inlineResource(id.toString(), resource, source.folder())));
                root.put(section, inlined);
            } else {
                root.put(section, walk(body, section, source.folder()));
            }
        });
        return new Template(root, source.folder());
    }

    /** Problems tolerated under {@link MissingFiles#KEEP_REFERENCE}. */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    private Object inlineResource(String id, Object resource, Path folder) {
        Object inlined = walk(resource, "Resources." + id, folder);
        if (inlined instanceof Map<?, ?> map && "AWS::Connect::ContactFlow".equals(map.get("Type"))
                && map.get("Properties") instanceof Map<?, ?> properties) {
            int length = contentLength(properties.get("Content"));
            if (length > CONTACT_FLOW_CONTENT_LIMIT) {
                throw new TemplateException("Resources." + id + ".Properties.Content is " + length
                        + " characters; Amazon Connect accepts at most " + CONTACT_FLOW_CONTENT_LIMIT);
            }
        }
        return inlined;
    }

    /** Length of a flow's content, whether a plain string or the text of an {@code Fn::Sub}. */
    private static int contentLength(Object content) {
        if (content instanceof String text) {
            return text.length();
        }
        if (content instanceof Map<?, ?> map && map.containsKey("Fn::Sub")) {
            Object sub = map.get("Fn::Sub");
            return contentLength(sub instanceof List<?> list && !list.isEmpty() ? list.get(0) : sub);
        }
        return 0;
    }

    private Object walk(Object value, String path, Path folder) {
        if (value instanceof String text && text.startsWith(FILE_PREFIX)) {
            return fileContent(text, path, folder);
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                copy.add(walk(list.get(i), path + "[" + i + "]", folder));
            }
            return copy;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((key, item) -> copy.put(key.toString(), walk(item, path + "." + key, folder)));
            return copy;
        }
        return value;
    }

    private String fileContent(String reference, String path, Path folder) {
        Path file = folder.resolve(reference.substring(FILE_PREFIX.length())).normalize();
        if (!Files.isRegularFile(file)) {
            String problem = path + ": " + reference + " names no file (" + file + ")";
            if (missingFiles == MissingFiles.FAIL) {
                throw new TemplateException(problem);
            }
            warnings.add(problem + "; the reference is kept as it is, so this template is not deployable");
            return reference;
        }
        try {
            String content = Files.readString(file, StandardCharsets.UTF_8);
            return file.getFileName().toString().endsWith(".json") ? minified(content, path, file) : content;
        } catch (IOException e) {
            throw new TemplateException(path + ": cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static String minified(String json, String path, Path file) {
        try {
            return JSON.writeValueAsString(JSON.readTree(json));
        } catch (JsonProcessingException e) {
            throw new TemplateException(path + ": " + file + " is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }
}
