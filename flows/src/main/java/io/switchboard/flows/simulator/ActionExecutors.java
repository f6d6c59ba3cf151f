package io.switchboard.flows.simulator;

import java.util.HashMap;
import java.util.Map;

/** Which executor plays which action type. */
final class ActionExecutors {

    private ActionExecutors() {
    }

    static Map<String, ActionExecutor> create(LambdaInvoker invoker, SimulationOptions options) {
        Pacer pacer = new Pacer(options);
        PromptPlayer prompts = new PromptPlayer(pacer);
        LexConversation lex = new LexConversation(pacer);
        AsyncLambdaExecutor async = new AsyncLambdaExecutor(invoker, options.clock());
        Map<String, ActionExecutor> executors = new HashMap<>();
        // participants: what the caller hears and does
        executors.put("MessageParticipant", new MessageParticipantExecutor(prompts));
        executors.put("MessageParticipantIteratively", new MessageParticipantIterativelyExecutor(prompts, pacer));
        executors.put("GetParticipantInput", new GetParticipantInputExecutor(prompts, new DtmfInput(pacer), lex));
        executors.put("ConnectParticipantWithLexBot", new ConnectParticipantWithLexBotExecutor(prompts, lex));
        executors.put("ShowView", new ShowViewExecutor());
        executors.put("DisconnectParticipant", new DisconnectParticipantExecutor());
        // Lambda, data and branching
        executors.put("InvokeLambdaFunction", new InvokeLambdaFunctionExecutor(invoker, options.clock(), async));
        executors.put("UpdateContactAttributes", new UpdateContactAttributesExecutor());
        executors.put("UpdateFlowAttributes", new UpdateFlowAttributesExecutor());
        executors.put("Compare", new CompareExecutor());
        executors.put("Loop", new LoopExecutor());
        executors.put("Wait", new WaitExecutor(pacer, async));
        executors.put("CheckHoursOfOperation", new CheckHoursOfOperationExecutor());
        executors.put("CheckMetricData", new CheckMetricDataExecutor());
        executors.put("DistributeByPercentage", new DistributeByPercentageExecutor());
        // settings
        executors.put("UpdateFlowLoggingBehavior", SettingExecutor.flowLogging());
        executors.put("UpdateContactTextToSpeechVoice", SettingExecutor.voice());
        executors.put("UpdateContactTargetQueue", new UpdateContactTargetQueueExecutor());
        executors.put("UpdateContactCallbackNumber", new CallbackNumberExecutor());
        executors.putAll(ContactSettingExecutor.all());
        // services
        executors.put("GetCustomerProfile", CustomerProfilesExecutor.get());
        executors.put("CreateCustomerProfile", CustomerProfilesExecutor.create());
        executors.put("UpdateCustomerProfile", CustomerProfilesExecutor.update());
        executors.put("AssociateContactToCustomerProfile", CustomerProfilesExecutor.update());
        executors.put("GetCase", CasesExecutor.get());
        executors.put("CreateCase", CasesExecutor.create());
        executors.put("UpdateCase", CasesExecutor.update());
        executors.put("CreateTask", new CreateTaskExecutor());
        executors.put("CreateCallbackContact", new CreateCallbackContactExecutor());
        executors.put("CheckVoiceId", new CheckVoiceIdExecutor());
        // leaving this flow
        executors.put("TransferContactToQueue", new TransferContactToQueueExecutor(options.queuesAtCapacity()));
        executors.put("DequeueContactAndTransferToQueue", new DequeueAndTransferExecutor());
        executors.put("TransferContactToAgent", new TransferToAgentExecutor());
        executors.put("TransferParticipantToThirdParty", new ThirdPartyTransferExecutor());
        executors.put("TransferToFlow", FlowTransferExecutor.transferToFlow());
        executors.put("InvokeFlowModule", FlowTransferExecutor.invokeModule());
        executors.put("EndFlowExecution", EndFlowExecutor.endFlow());
        executors.put("EndFlowModuleExecution", EndFlowExecutor.endModule());
        return Map.copyOf(executors);
    }
}
