package io.switchboard.stack.sandbox.lambda.handlers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Test handler in the stream form, with only a no-arg constructor. */
public class UppercaseStreamHandler implements RequestStreamHandler {
    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        output.write(new String(input.readAllBytes(), StandardCharsets.UTF_8).toUpperCase().getBytes(StandardCharsets.UTF_8));
    }
}
