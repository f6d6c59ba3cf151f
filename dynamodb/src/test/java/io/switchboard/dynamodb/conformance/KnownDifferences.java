package io.switchboard.dynamodb.conformance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code conformance/dynamodb-moto-differences.tsv}: the differences between the engine and moto that
 * are explained, as data. Columns: side ({@code moto} when moto is the one that differs from AWS, with
 * the recorded evidence in the reason; {@code engine} for a known engine defect), operation, a regular
 * expression found in the difference line, reason.
 */
final class KnownDifferences {
    static final String FILE = "/conformance/dynamodb-moto-differences.tsv";

    record Row(String side, String operation, Pattern pattern, String reason, int line) {
        boolean explains(String operation, String difference) {
            return this.operation.equals(operation) && pattern.matcher(difference).find();
        }
    }

    private KnownDifferences() {
    }

    static List<Row> load() {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = KnownDifferences.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is missing");
            }
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i];
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t", 4);
                if (columns.length != 4 || !(columns[0].equals("moto") || columns[0].equals("engine"))) {
                    throw new IllegalStateException(FILE + ":" + (i + 1) + ": expected 'moto|engine<TAB>operation<TAB>regex<TAB>reason': " + line);
                }
                rows.add(new Row(columns[0], columns[1], Pattern.compile(columns[2]), columns[3], i + 1));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
