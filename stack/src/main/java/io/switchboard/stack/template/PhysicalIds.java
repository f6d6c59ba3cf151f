package io.switchboard.stack.template;

/**
 * What {@code Ref} and {@code Fn::GetAtt} return for each resource type the sandbox knows: names
 * from the template where it sets them, otherwise {@code StackName-LogicalId}, and ARNs in the
 * sandbox's region and account.
 */
final class PhysicalIds {
    /** Every published version is version 1 in the sandbox: one deployment, one snapshot. */
    static final String PUBLISHED_VERSION = "1";

    private final IntrinsicResolver resolver;
    private final PseudoParameters pseudo;

    PhysicalIds(IntrinsicResolver resolver, PseudoParameters pseudo) {
        this.resolver = resolver;
        this.pseudo = pseudo;
    }

    String ref(TemplateResource resource, String where) {
        return switch (resource.type()) {
            case "AWS::DynamoDB::Table" -> name(resource, "TableName");
            case "AWS::Lambda::Function" -> name(resource, "FunctionName");
            case "AWS::Lambda::Version" -> functionArn(resource, where) + ":" + PUBLISHED_VERSION;
            case "AWS::Lambda::Alias" -> aliasArn(resource, where);
            case "AWS::StepFunctions::StateMachine" -> stateMachineArn(resource);
            case "AWS::IAM::Role" -> name(resource, "RoleName");
            case "AWS::IAM::ManagedPolicy" -> arn("iam", "", "policy/" + name(resource, "ManagedPolicyName"));
            case "AWS::Logs::LogGroup" -> name(resource, "LogGroupName");
            case "AWS::Lambda::Permission", "AWS::IAM::Policy" -> pseudo.stackName() + "-" + resource.logicalId();
            default -> throw notEmulated(resource, "Ref " + resource.logicalId(), where);
        };
    }

    String attribute(TemplateResource resource, String attribute, String where) {
        String type = resource.type();
        String id = resource.logicalId();
        return switch (type + "." + attribute) {
            case "AWS::DynamoDB::Table.Arn" -> arn("dynamodb", pseudo.region(), "table/" + name(resource, "TableName"));
            case "AWS::Lambda::Function.Arn" -> functionArn(name(resource, "FunctionName"));
            case "AWS::Lambda::Version.Version" -> PUBLISHED_VERSION;
            case "AWS::Lambda::Version.FunctionArn" -> ref(resource, where);
            case "AWS::Lambda::Alias.AliasArn" -> aliasArn(resource, where);
            case "AWS::StepFunctions::StateMachine.Arn" -> stateMachineArn(resource);
            case "AWS::StepFunctions::StateMachine.Name" -> name(resource, "StateMachineName");
            case "AWS::IAM::Role.Arn" -> arn("iam", "", "role/" + name(resource, "RoleName"));
            case "AWS::IAM::Role.RoleId" -> "AROA" + Integer.toHexString(id.hashCode()).toUpperCase();
            case "AWS::Logs::LogGroup.Arn" -> arn("logs", pseudo.region(), "log-group:" + name(resource, "LogGroupName") + ":*");
            default -> throw notEmulated(resource, "Fn::GetAtt " + id + "." + attribute, where);
        };
    }

    private String name(TemplateResource resource, String property) {
        Object name = resource.property(property);
        return name == null
                ? pseudo.stackName() + "-" + resource.logicalId()
                : resolver.resolveString(name, resource.logicalId() + "." + property);
    }

    private String functionArn(TemplateResource versionOrAlias, String where) {
        Object function = versionOrAlias.property("FunctionName");
        if (function == null) {
            throw new TemplateException(versionOrAlias.logicalId() + ".FunctionName is missing (needed by " + where + ")");
        }
        String nameOrArn = resolver.resolveString(function, versionOrAlias.logicalId() + ".FunctionName");
        return nameOrArn.startsWith("arn:") ? nameOrArn : functionArn(nameOrArn);
    }

    private String aliasArn(TemplateResource alias, String where) {
        return functionArn(alias, where) + ":" + name(alias, "Name");
    }

    String functionArn(String functionName) {
        return arn("lambda", pseudo.region(), "function:" + functionName);
    }

    private String stateMachineArn(TemplateResource resource) {
        return arn("states", pseudo.region(), "stateMachine:" + name(resource, "StateMachineName"));
    }

    private String arn(String service, String region, String resource) {
        return "arn:" + pseudo.partition() + ":" + service + ":" + region + ":" + pseudo.accountId() + ":" + resource;
    }

    private static TemplateException notEmulated(TemplateResource resource, String what, String where) {
        return new TemplateException(where + ": " + what + " (" + resource.type()
                + ") has no value in the sandbox, which does not emulate it");
    }
}
