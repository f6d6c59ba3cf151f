package io.switchboard.desktop.replay;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.flows.FlowDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A flow the user keeps in a file: a Flow Language document, or a {@code DescribeContactFlow} /
 * {@code DescribeContactFlowModule} record ({@code {"ContactFlow": {..., "Content": "<flow text>"}}}, what
 * the CLI and the API return) or a bare {@code {"Content": ...}} whose {@code Content} is the flow. Anything else is refused with one line that says what the file is.
 */
public final class FlowFile {
    private static final ObjectMapper JSON = new ObjectMapper();

    private FlowFile() {
    }

    /** A file that is not a flow Switchboard can play; the message is one line, fit to show as is. */
    public static final class NotAFlowException extends RuntimeException {
        NotAFlowException(String message) {
            super(message, null, false, false);
        }
    }

    /** @throws NotAFlowException when the file cannot be read or holds no Flow Language document */
    public static FlowDocument read(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException gone) {
            throw new NotAFlowException(name + " is not there any more: open it again from where it is now.");
        } catch (CharacterCodingException binary) {
            throw new NotAFlowException(name + " is not a text file: open a flow's .json file.");
        } catch (IOException e) {
            throw new NotAFlowException("Cannot read " + name + " (" + e.getClass().getSimpleName() + "): check the file's permissions.");
        }
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new NotAFlowException(name + " is not JSON (line " + e.getLocation().getLineNr()
                    + "): open a Flow Language .json file or a DescribeContactFlow record.");
        }
        for (String record : new String[] {"ContactFlow", "ContactFlowModule"}) {
            if (root != null && root.path(record).isObject()) {
                JsonNode content = root.path(record).path("Content");
                if (!content.isTextual()) {
                    throw new NotAFlowException(name + " is a Describe" + record + " record without its Content: describe the flow again "
                            + "with a role allowed to read its content.");
                }
                return flowLanguage(name + " (its Content)", content.asText());
            }
        }
        if (root != null && root.path("Content").isTextual() && !root.has("Actions")) {
            return flowLanguage(name + " (its Content)", root.path("Content").asText());
        }
        return flowLanguage(name, text);
    }

    private static FlowDocument flowLanguage(String name, String text) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new NotAFlowException(name + " is not JSON (line " + e.getLocation().getLineNr() + ").");
        }
        if (root == null || !root.isObject()) {
            throw new NotAFlowException(name + " is not an Amazon Connect flow: expected a JSON object with Version, StartAction and Actions.");
        }
        if (root.has("modules") && !root.has("Actions")) {
            throw new NotAFlowException(name + " is a legacy console export, not Flow Language: open the flow in the Connect console "
                    + "and save it again, or use DescribeContactFlow's Content.");
        }
        if (!root.has("Actions") || !root.has("StartAction")) {
            throw new NotAFlowException(name + " is not an Amazon Connect flow: a Flow Language document has Version, StartAction and Actions.");
        }
        return FlowDocument.fromString(text);
    }

    /** The {@code *.json} files directly in {@code folder}, by name. */
    public static List<Path> inFolder(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json"))
                    .filter(Files::isRegularFile).sorted().toList();
        } catch (NoSuchFileException gone) {
            throw new NotAFlowException(folder.getFileName() + " is not there any more: open the folder again from where it is now.");
        } catch (IOException e) {
            throw new NotAFlowException("Cannot list " + folder.getFileName() + " (" + e.getClass().getSimpleName() + "): check the folder's permissions.");
        }
    }
}
