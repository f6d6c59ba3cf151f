package io.switchboard.stack.sandbox.dynamodb;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * The tables an earlier Switchboard kept with DynamoDB Local, brought to the engine once.
 *
 * <p>That sandbox kept them in {@code <sandbox folder>/dynamodb/shared-local-instance.db} (SQLite). At a
 * start on the engine, the items of the stack's tables are copied from it into the engine's tables
 * (into an empty table in batches, otherwise item by item without overwriting what the engine already
 * holds). The old folder is only read and stays as it was. A record in the sandbox folder
 * ({@value #RECORD}) makes the copy happen once. Every outcome is told in words: what was copied and
 * where the old folder is, a file that could not be read (the sandbox starts without those items and
 * tries again at the next start), and the download folder of DynamoDB Local that packaged versions used.
 */
public final class EarlierTablesCopy {
    static final String OLD_FOLDER = "dynamodb";
    static final String OLD_FILE = "shared-local-instance.db";
    static final String RECORD = "earlier-tables.properties";
    static final String DOWNLOAD_FOLDER = "dynamodb-local";
    private static final String ACCEPTANCE_FILE = "licence-accepted.properties";

    private final Path sandboxFolder;
    private final DynamoDbClient dynamoDb;
    private final Clock clock;

    public EarlierTablesCopy(Path sandboxFolder, DynamoDbClient dynamoDb, Clock clock) {
        this.sandboxFolder = sandboxFolder;
        this.dynamoDb = dynamoDb;
        this.clock = clock;
    }

    /** The old SQLite file of {@code sandboxFolder}, where DynamoDB Local wrote it. */
    public static Path oldFile(Path sandboxFolder) {
        return sandboxFolder.resolve(OLD_FOLDER).resolve(OLD_FILE);
    }

    /**
     * Copies what is left to copy into {@code stackTables} (tables the engine already has) and answers the
     * notices for the user, none when there is nothing new to say.
     */
    public List<String> run(List<String> stackTables) {
        List<String> notices = new ArrayList<>();
        Properties record = readRecord();
        Path old = oldFile(sandboxFolder);
        if (Files.isRegularFile(old) && record.getProperty("copied") == null) {
            notices.add(copy(old, stackTables, record));
        }
        Path download = sandboxFolder.toAbsolutePath().getParent() == null ? null
                : sandboxFolder.toAbsolutePath().getParent().resolve(DOWNLOAD_FOLDER);
        if (download != null && Files.isRegularFile(download.resolve(ACCEPTANCE_FILE)) && record.getProperty("download-folder-told") == null) {
            notices.add(String.format(Locale.ROOT, "%s holds the DynamoDB Local an earlier Switchboard downloaded (%.1f MB). "
                    + "Switchboard no longer uses it: delete that folder to free the space.", download, size(download) / 1e6));
            record.setProperty("download-folder-told", clock.instant().toString());
        }
        if (!notices.isEmpty()) {
            writeRecord(record);
        }
        return notices;
    }

    private String copy(Path old, List<String> stackTables, Properties record) {
        Map<String, Integer> copied = new LinkedHashMap<>();
        List<String> others = new ArrayList<>();
        try (SqliteTables tables = SqliteTables.open(old)) {
            for (String table : tables.tableNames()) {
                if (!stackTables.contains(table)) {
                    others.add(table);
                    continue;
                }
                copied.put(table, copyTable(tables, table));
            }
        } catch (SQLException | RuntimeException e) {
            return "Could not read the earlier sandbox's data (DynamoDB Local's " + old + "): " + e.getMessage()
                    + ". The sandbox starts without those calls; the folder " + old.getParent()
                    + " is kept as it was, and copying is tried again at the next start.";
        }
        record.setProperty("copied", clock.instant().toString());
        copied.forEach((table, count) -> record.setProperty("copied." + table, Integer.toString(count)));
        StringBuilder notice = new StringBuilder("Copied the earlier sandbox's data from DynamoDB Local's files in ")
                .append(old.getParent()).append(": ");
        List<String> counts = new ArrayList<>();
        copied.forEach((table, count) -> counts.add(String.format(Locale.ROOT, "%,d %s in %s", count, count == 1 ? "item" : "items", table)));
        notice.append(counts.isEmpty() ? "no table of the stack was there" : String.join(", ", counts)).append('.');
        if (!others.isEmpty()) {
            notice.append(" Not copied (not tables of the stack): ").append(String.join(", ", others)).append('.');
        }
        notice.append(" That folder is kept as it was and no longer used: delete it once you have checked your calls.");
        return notice.toString();
    }

    /** Into an empty table in batches of 25; into one that holds items, only the items it does not have. */
    private int copyTable(SqliteTables tables, String table) throws SQLException {
        String hashKey = dynamoDb.describeTable(b -> b.tableName(table)).table().keySchema().stream()
                .filter(k -> k.keyType() == KeyType.HASH).findFirst().orElseThrow().attributeName();
        boolean empty = dynamoDb.scan(b -> b.tableName(table).limit(1)).count() == 0;
        int[] count = {0};
        List<WriteRequest> batch = new ArrayList<>();
        tables.items(table, item -> {
            if (empty) {
                batch.add(WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build());
                if (batch.size() == 25) {
                    writeBatch(table, batch);
                }
                count[0]++;
            } else if (putIfAbsent(table, hashKey, item)) {
                count[0]++;
            }
        });
        if (!batch.isEmpty()) {
            writeBatch(table, batch);
        }
        return count[0];
    }

    private void writeBatch(String table, List<WriteRequest> batch) {
        List<WriteRequest> pending = new ArrayList<>(batch);
        batch.clear();
        while (!pending.isEmpty()) {
            List<WriteRequest> sending = pending;
            BatchWriteItemResponse response = dynamoDb.batchWriteItem(b -> b.requestItems(Map.of(table, sending)));
            pending = new ArrayList<>(response.unprocessedItems().getOrDefault(table, List.of()));
        }
    }

    private boolean putIfAbsent(String table, String hashKey, Map<String, AttributeValue> item) {
        try {
            dynamoDb.putItem(b -> b.tableName(table).item(item)
                    .conditionExpression("attribute_not_exists(#k)").expressionAttributeNames(Map.of("#k", hashKey)));
            return true;
        } catch (ConditionalCheckFailedException alreadyThere) {
            return false;
        }
    }

    private Properties readRecord() {
        Properties record = new Properties();
        Path file = sandboxFolder.resolve(RECORD);
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                record.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
        return record;
    }

    private void writeRecord(Properties record) {
        Path file = sandboxFolder.resolve(RECORD);
        try {
            Files.createDirectories(sandboxFolder);
            try (OutputStream out = Files.newOutputStream(file)) {
                record.store(out, "What Switchboard brought over from DynamoDB Local's data (decision 0020)");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static long size(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        } catch (IOException e) {
            return 0;
        }
    }
}
