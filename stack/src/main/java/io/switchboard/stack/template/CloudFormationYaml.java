package io.switchboard.stack.template;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;

/**
 * Reads CloudFormation YAML, short-form tags included, into a plain tree of maps, lists and scalars
 * in which every intrinsic has its long form ({@code {"Ref": X}}, {@code {"Fn::GetAtt": [A, B]}}, …);
 * and writes such a tree back as YAML.
 */
public final class CloudFormationYaml {
    /** Short-form tags that become {@code {"Fn::Name": value}}. */
    private static final List<String> FUNCTIONS = List.of("Sub", "If", "Not", "Equals", "And", "Or", "Join",
            "Select", "Split", "FindInMap", "Base64", "ImportValue", "GetAZs", "Cidr", "Length", "ToJsonString",
            "Transform");

    private CloudFormationYaml() {
    }

    public static Map<String, Object> read(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return asRoot(yaml().load(reader), file.toString());
        } catch (IOException e) {
            throw new TemplateException("cannot read template " + file + ": " + e.getMessage(), e);
        } catch (YAMLException e) {
            throw new TemplateException("template " + file + " is not valid YAML: " + e.getMessage(), e);
        }
    }

    public static Map<String, Object> read(String yamlText) {
        try {
            return asRoot(yaml().load(yamlText), "text");
        } catch (YAMLException e) {
            throw new TemplateException("template is not valid YAML: " + e.getMessage(), e);
        }
    }

    public static void write(Map<String, Object> tree, Writer out) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setWidth(Integer.MAX_VALUE);
        options.setSplitLines(false);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        new Yaml(new Representer(options), options).dump(tree, out);
    }

    private static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(16 * 1024 * 1024);
        return new Yaml(new IntrinsicConstructor(options));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asRoot(Object loaded, String source) {
        if (!(loaded instanceof Map)) {
            throw new TemplateException("template " + source + " is not a YAML mapping");
        }
        return (Map<String, Object>) loaded;
    }

    /** Maps each short-form tag to its long form; dates stay strings, as CloudFormation reads them. */
    private static final class IntrinsicConstructor extends SafeConstructor {
        IntrinsicConstructor(LoaderOptions options) {
            super(options);
            yamlConstructors.put(Tag.TIMESTAMP, new AbstractConstruct() {
                @Override
                public Object construct(Node node) {
                    return constructScalar((ScalarNode) node);
                }
            });
            yamlConstructors.put(new Tag("!Ref"), new LongForm("Ref"));
            yamlConstructors.put(new Tag("!Condition"), new LongForm("Condition"));
            yamlConstructors.put(new Tag("!GetAtt"), new GetAtt());
            for (String function : FUNCTIONS) {
                yamlConstructors.put(new Tag("!" + function), new LongForm("Fn::" + function));
            }
        }

        private Object value(Node node) {
            if (node instanceof ScalarNode scalar) {
                return constructScalar(scalar);
            }
            if (node instanceof SequenceNode sequence) {
                return new ArrayList<>(constructSequence(sequence));
            }
            return new LinkedHashMap<>(constructMapping((MappingNode) node));
        }

        private final class LongForm extends AbstractConstruct {
            private final String key;

            LongForm(String key) {
                this.key = key;
            }

            @Override
            public Object construct(Node node) {
                Map<String, Object> intrinsic = new LinkedHashMap<>();
                intrinsic.put(key, value(node));
                return intrinsic;
            }
        }

        /** {@code !GetAtt A.B} and {@code !GetAtt [A, B]} both become {@code {"Fn::GetAtt": [A, B]}}. */
        private final class GetAtt extends AbstractConstruct {
            @Override
            public Object construct(Node node) {
                Object value = value(node);
                if (value instanceof String dotted) {
                    int dot = dotted.indexOf('.');
                    if (dot < 1 || dot == dotted.length() - 1) {
                        throw new TemplateException("!GetAtt " + dotted + " is not of the form Resource.Attribute");
                    }
                    value = new ArrayList<>(List.of(dotted.substring(0, dot), dotted.substring(dot + 1)));
                }
                Map<String, Object> intrinsic = new LinkedHashMap<>();
                intrinsic.put("Fn::GetAtt", value);
                return intrinsic;
            }
        }
    }
}
