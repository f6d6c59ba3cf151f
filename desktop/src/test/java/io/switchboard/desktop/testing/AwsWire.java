package io.switchboard.desktop.testing;

import io.switchboard.stack.testing.LoopbackAwsStub;
import io.switchboard.desktop.aws.ConnectionTarget;
import io.switchboard.stack.testing.LoopbackAwsStub.Reply;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** A profile connection whose STS, CloudFormation, S3 and Connect all point at one loopback stub. */
public final class AwsWire {
    public static final String ACCOUNT = "123456789012";
    public static final String REGION = "eu-west-1";

    private AwsWire() {
    }

    public static ConnectionTarget target(LoopbackAwsStub stub, Path home) throws IOException {
        Path credentials = Files.writeString(home.resolve("credentials"),
                "[dev]\naws_access_key_id = AKIDEXAMPLE\naws_secret_access_key = secretexample\n");
        var endpoint = stub.endpoint();
        return new ConnectionTarget("dev", REGION, Map.of("sts", endpoint, "cloudformation", endpoint, "s3", endpoint,
                "connect", endpoint), new ConnectionTarget.ProfileFiles(home.resolve("config"), credentials));
    }

    public static Reply callerIdentity() {
        return Reply.xml("<GetCallerIdentityResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><GetCallerIdentityResult>"
                + "<Arn>arn:aws:iam::" + ACCOUNT + ":user/sam</Arn><UserId>AIDAEXAMPLE</UserId><Account>" + ACCOUNT
                + "</Account></GetCallerIdentityResult><ResponseMetadata><RequestId>sts-1</RequestId></ResponseMetadata>"
                + "</GetCallerIdentityResponse>");
    }

    /** Connect's REST-JSON ListInstances answer. */
    public static Reply instances(String nextToken, String... summaries) {
        return new Reply(200, "{\"InstanceSummaryList\":[" + String.join(",", summaries) + "]"
                + (nextToken == null ? "" : ",\"NextToken\":\"" + nextToken + "\"") + "}",
                Map.of("Content-Type", "application/json"));
    }

    public static String instance(String id, String alias, String status) {
        return "{\"Id\":\"" + id + "\",\"Arn\":\"" + instanceArn(id) + "\",\"IdentityManagementType\":\"CONNECT_MANAGED\","
                + "\"InstanceAlias\":\"" + alias + "\",\"CreatedTime\":1714557600.0,"
                + "\"ServiceRole\":\"arn:aws:iam::" + ACCOUNT + ":role/aws-service-role/connect.amazonaws.com/AWSServiceRoleForAmazonConnect\","
                + "\"InstanceStatus\":\"" + status + "\",\"InboundCallsEnabled\":true,\"OutboundCallsEnabled\":false,"
                + "\"InstanceAccessUrl\":\"https://" + alias + ".my.connect.aws\"}";
    }

    public static String instanceArn(String id) {
        return "arn:aws:connect:" + REGION + ":" + ACCOUNT + ":instance/" + id;
    }

    /** Connect's REST-JSON error: the code in x-amzn-ErrorType, the words in Message. */
    public static Reply connectError(int status, String code, String message) {
        return new Reply(status, "{\"Message\":\"" + message + "\"}",
                Map.of("Content-Type", "application/json", "x-amzn-ErrorType", code));
    }

    public static List<String> keys(LoopbackAwsStub stub) {
        return stub.received().stream().map(LoopbackAwsStub.BY_ACTION_OR_PATH).toList();
    }
}
