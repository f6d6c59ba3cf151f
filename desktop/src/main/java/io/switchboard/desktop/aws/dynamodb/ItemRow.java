package io.switchboard.desktop.aws.dynamodb;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** One item of the Tables page's list: the item as DynamoDB returned it. */
public record ItemRow(Map<String, AttributeValue> item) {
    public ItemRow {
        item = Map.copyOf(item);
    }

    /** The attribute's value on one line (empty when the item lacks it). */
    public String cell(String attribute) {
        return ItemFormat.cell(item.get(attribute));
    }
}
