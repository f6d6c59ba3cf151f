/**
 * Amazon Connect's testing language, run offline against the flow simulator.
 *
 * <p>A test document ({@code Version} {@code 2025-06-21} in the API reference, {@code 2019-10-30} in
 * the administrator guide; both accepted) is a list of observations: an event expected from the
 * system and the actions to take when it is seen. {@link io.switchboard.flows.testing.TestDocumentParser}
 * reads one, {@link io.switchboard.flows.testing.TestRunner} plays the flow with the document's
 * caller input and overrides, and judges every observation PASSED, FAILED (expected vs seen) or
 * NOT_REPRODUCIBLE_OFFLINE. Sources:
 * <ul>
 *   <li><a href="https://docs.aws.amazon.com/connect/latest/APIReference/testing-language.html">Testing language</a>
 *       and its pages on events, actions and the example test (API reference)</li>
 *   <li><a href="https://docs.aws.amazon.com/connect/latest/adminguide/testing-simulation-concepts.html">Simulation concepts</a>,
 *       <a href="https://docs.aws.amazon.com/connect/latest/adminguide/testing-simulation-action-override.html">Override system behavior actions</a>
 *       (administrator guide)</li>
 *   <li><a href="https://docs.aws.amazon.com/connect/latest/APIReference/API_CreateTestCase.html">CreateTestCase</a> and
 *       <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-connect-testcase.html">AWS::Connect::TestCase</a>:
 *       the document is the {@code Content}; the flow and the caller's number are the separate
 *       {@code EntryPoint}, which is why the command line takes them as {@code --flow} and {@code --caller}</li>
 * </ul>
 */
package io.switchboard.flows.testing;
