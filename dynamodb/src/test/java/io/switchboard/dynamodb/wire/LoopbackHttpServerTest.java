package io.switchboard.dynamodb.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The engine's HTTP server as a client meets it on a real loopback socket: keep-alive, chunked
 * bodies, and each answer handed to the socket in one write (an answer in two writes costs a
 * 40 ms delayed ACK per request: issue 12's slow Calls page).
 */
class LoopbackHttpServerTest {
    private static final LoopbackHttpServer.Handler ECHO = request -> new LoopbackHttpServer.Response(200, "text/plain",
            Map.of("x-path", request.path()), ("echo:" + new String(request.body(), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));

    @Test
    void anAnswerIsHandedToTheSocketInOneWriteWithItsHeadersAndBody() throws IOException {
        RecordingStream out = new RecordingStream();
        byte[] body = "{\"Items\":[]}".repeat(500).getBytes(StandardCharsets.UTF_8);

        LoopbackHttpServer.write(out, new LoopbackHttpServer.Response(200, "application/x-amz-json-1.0", Map.of("x-amz-crc32", "1"), body), true);

        assertThat(out.writes).hasSize(1);
        String whole = new String(out.writes.get(0), StandardCharsets.ISO_8859_1);
        assertThat(whole).startsWith("HTTP/1.1 200 OK\r\n").contains("Content-Length: " + body.length + "\r\n", "x-amz-crc32: 1\r\n")
                .endsWith("\r\n\r\n" + new String(body, StandardCharsets.ISO_8859_1));
    }

    @Test
    void oneConnectionCarriesManyRequestsWithLengthOrChunkedBodies() throws IOException {
        try (LoopbackHttpServer server = LoopbackHttpServer.start(ECHO, 1024 * 1024);
             Socket socket = new Socket("127.0.0.1", server.port())) {
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();

            out.write("POST /first HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            assertThat(answer(in)).isEqualTo("echo:hello");

            out.write("POST /second HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n4;x=y\r\ndefg\r\n0\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            assertThat(answer(in)).isEqualTo("echo:abcdefg");
        }
    }

    @Test
    void aBodyLargerThanAllowedIsRefusedWith413BeforeItIsSent() throws IOException {
        try (LoopbackHttpServer server = LoopbackHttpServer.start(ECHO, 10);
             Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.getOutputStream().write("POST / HTTP/1.1\r\nContent-Length: 11\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            String status = new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
            assertThat(status).isEqualTo("HTTP/1.1 413");
        }
    }

    /** The body of the next answer on {@code in}, read by its Content-Length. */
    private static String answer(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int c = in.read();
            if (c < 0) {
                throw new IOException("connection closed after: " + head);
            }
            head.append((char) c);
        }
        assertThat(head.toString()).startsWith("HTTP/1.1 200 OK\r\n");
        int at = head.indexOf("Content-Length: ") + "Content-Length: ".length();
        int length = Integer.parseInt(head.substring(at, head.indexOf("\r\n", at)));
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    /** Keeps each write as the socket would receive it. */
    private static final class RecordingStream extends OutputStream {
        private final List<byte[]> writes = new ArrayList<>();

        @Override
        public void write(int b) {
            writes.add(new byte[] {(byte) b});
        }

        @Override
        public void write(byte[] b, int off, int len) {
            writes.add(Arrays.copyOfRange(b, off, off + len));
        }
    }
}
