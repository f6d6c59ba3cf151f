package io.switchboard.stack.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.switchboard.stack.testing.LoopbackAwsStub.Reply;
import io.switchboard.stack.deploy.StackEventRecord;

/** CloudFormation's AWS Query protocol answers (API version 2010-05-15), as the service sends them. */
public final class CloudFormationWire {

    public static final String NS = "http://cloudformation.amazonaws.com/doc/2010-05-15/";
    public static final String STACK = "switchboard";
    public static final String STACK_ID = "arn:aws:cloudformation:eu-west-1:123456789012:stack/switchboard/1f2e3d4c-0000-4000-8000-000000000001";
    public static final String CHANGE_SET_ID = "arn:aws:cloudformation:eu-west-1:123456789012:changeSet/switchboard-1/5a6b7c8d-0000-4000-8000-000000000002";

    private CloudFormationWire() { }

    public static Reply ok(String action, String result) {
        return Reply.xml("<" + action + "Response xmlns=\"" + NS + "\"><" + action + "Result>" + result + "</"
                + action + "Result><ResponseMetadata><RequestId>b9b4b068-3a41-11e5-94eb-example</RequestId>"
                + "</ResponseMetadata></" + action + "Response>");
    }

    /** Actions without a result element (DeleteStack). */
    public static Reply okNoResult(String action) {
        return Reply.xml("<" + action + "Response xmlns=\"" + NS + "\"><ResponseMetadata><RequestId>"
                + "b9b4b068-3a41-11e5-94eb-example</RequestId></ResponseMetadata></" + action + "Response>");
    }

    public static Reply error(String code, String message) {
        return Reply.xml(400, "<ErrorResponse xmlns=\"" + NS + "\"><Error><Type>Sender</Type><Code>" + code
                + "</Code><Message>" + message + "</Message></Error><RequestId>c1d2-example</RequestId></ErrorResponse>");
    }

    public static Reply stackDoesNotExist() {
        return error("ValidationError", "Stack with id " + STACK + " does not exist");
    }

    public static Reply throttling() {
        return error("Throttling", "Rate exceeded");
    }

    public static Reply stack(String status, Map<String, String> parameters, Map<String, String> outputs) {
        StringBuilder xml = new StringBuilder("<Stacks><member><StackId>" + STACK_ID + "</StackId><StackName>" + STACK
                + "</StackName><CreationTime>2024-05-01T10:00:00.000Z</CreationTime><StackStatus>" + status
                + "</StackStatus><Capabilities><member>CAPABILITY_IAM</member></Capabilities>");
        xml.append("<Parameters>");
        parameters.forEach((k, v) -> xml.append("<member><ParameterKey>").append(k).append("</ParameterKey><ParameterValue>")
                .append(v).append("</ParameterValue></member>"));
        xml.append("</Parameters><Outputs>");
        outputs.forEach((k, v) -> xml.append("<member><OutputKey>").append(k).append("</OutputKey><OutputValue>")
                .append(v).append("</OutputValue><Description>").append(k).append("</Description></member>"));
        xml.append("</Outputs></member></Stacks>");
        return ok("DescribeStacks", xml.toString());
    }

    public static Reply stack(String status) {
        return stack(status, Map.of(), Map.of());
    }

    public static Reply changeSetCreated() {
        return ok("CreateChangeSet", "<Id>" + CHANGE_SET_ID + "</Id><StackId>" + STACK_ID + "</StackId>");
    }

    public static Reply changeSet(String status, String executionStatus, String reason, String nextToken, String... changes) {
        return ok("DescribeChangeSet", "<ChangeSetName>switchboard-1</ChangeSetName><ChangeSetId>" + CHANGE_SET_ID
                + "</ChangeSetId><StackId>" + STACK_ID + "</StackId><StackName>" + STACK + "</StackName>"
                + "<CreationTime>2024-05-01T10:00:00.000Z</CreationTime><ExecutionStatus>" + executionStatus
                + "</ExecutionStatus><Status>" + status + "</Status>"
                + (reason == null ? "" : "<StatusReason>" + reason + "</StatusReason>")
                + "<Changes>" + String.join("", changes) + "</Changes>"
                + (nextToken == null ? "" : "<NextToken>" + nextToken + "</NextToken>"));
    }

    public static String add(String logicalId, String type) {
        return "<member><Type>Resource</Type><ResourceChange><Action>Add</Action><LogicalResourceId>" + logicalId
                + "</LogicalResourceId><ResourceType>" + type + "</ResourceType><Scope/><Details/></ResourceChange></member>";
    }

    /** A Modify row with one property change, e.g. ("Code", "Always", "True"). */
    public static String modify(String logicalId, String type, String property, String requiresRecreation, String replacement) {
        return "<member><Type>Resource</Type><ResourceChange><Action>Modify</Action><LogicalResourceId>" + logicalId
                + "</LogicalResourceId><PhysicalResourceId>" + logicalId.toLowerCase() + "-physical</PhysicalResourceId>"
                + "<ResourceType>" + type + "</ResourceType><Replacement>" + replacement + "</Replacement>"
                + "<Scope><member>Properties</member></Scope><Details><member><Target><Attribute>Properties</Attribute>"
                + "<Name>" + property + "</Name><RequiresRecreation>" + requiresRecreation + "</RequiresRecreation>"
                + "</Target><Evaluation>Static</Evaluation><ChangeSource>DirectModification</ChangeSource></member>"
                + "</Details></ResourceChange></member>";
    }

    public static String remove(String logicalId, String type) {
        return "<member><Type>Resource</Type><ResourceChange><Action>Remove</Action><LogicalResourceId>" + logicalId
                + "</LogicalResourceId><PhysicalResourceId>" + logicalId.toLowerCase() + "-physical</PhysicalResourceId>"
                + "<ResourceType>" + type + "</ResourceType><Scope/><Details/></ResourceChange></member>";
    }

    /** A stack's event history, oldest first; each reply shows a prefix of it, newest first, as the API does. */
    public static final class Timeline {
        private final List<String> events = new ArrayList<>();
        private Instant clock = Instant.parse("2024-05-01T10:00:00Z");

        public Timeline event(String logicalId, String type, String status, String reason) {
            clock = clock.plusSeconds(3);
            String id = logicalId + "-" + status + "-" + clock;
            events.add("<member><StackId>" + STACK_ID + "</StackId><EventId>" + id + "</EventId><StackName>" + STACK
                    + "</StackName><LogicalResourceId>" + logicalId + "</LogicalResourceId><PhysicalResourceId>"
                    + logicalId.toLowerCase() + "</PhysicalResourceId><ResourceType>" + type + "</ResourceType>"
                    + "<Timestamp>" + clock + "</Timestamp><ResourceStatus>" + status + "</ResourceStatus>"
                    + (reason == null ? "" : "<ResourceStatusReason>" + reason + "</ResourceStatusReason>")
                    + "</member>");
            return this;
        }

        public Timeline event(String logicalId, String type, String status) {
            return event(logicalId, type, status, null);
        }

        public Timeline stackEvent(String status, String reason) {
            return event(STACK, StackEventRecord.STACK_TYPE, status, reason);
        }

        public int size() {
            return events.size();
        }

        /** DescribeStackEvents once the first {@code count} events have happened. */
        public Reply upTo(int count) {
            List<String> newestFirst = new ArrayList<>(events.subList(0, count));
            java.util.Collections.reverse(newestFirst);
            return ok("DescribeStackEvents", "<StackEvents>" + String.join("", newestFirst) + "</StackEvents>");
        }
    }
}
