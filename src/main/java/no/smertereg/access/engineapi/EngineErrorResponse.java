package no.smertereg.access.engineapi;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Holds back the body of an engine API answer with an error status, so that {@link EngineRefusals} can word it
 * anew; answers below 400 pass straight through.
 */
final class EngineErrorResponse extends HttpServletResponseWrapper {

    private int status = SC_OK;
    private ByteArrayOutputStream held;
    private ServletOutputStream stream;
    private PrintWriter writer;

    EngineErrorResponse(HttpServletResponse response) {
        super(response);
    }

    @Override
    public void setStatus(int sc) {
        status = sc;
        if (sc >= 400) {
            hold();
        } else {
            super.setStatus(sc);
        }
    }

    @Override
    public void sendError(int sc) {
        setStatus(sc);
    }

    @Override
    public void sendError(int sc, String msg) {
        setStatus(sc);
    }

    @Override
    public int getStatus() {
        return status;
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (held == null) {
            return super.getOutputStream();
        }
        if (stream == null) {
            stream = new HeldStream(held);
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        if (held == null) {
            return super.getWriter();
        }
        if (writer == null) {
            writer = new PrintWriter(new OutputStreamWriter(held, StandardCharsets.UTF_8));
        }
        return writer;
    }

    @Override
    public void setContentLength(int len) {
        if (held == null) {
            super.setContentLength(len);
        }
    }

    @Override
    public void setContentLengthLong(long len) {
        if (held == null) {
            super.setContentLengthLong(len);
        }
    }

    @Override
    public void setHeader(String name, String value) {
        if (held == null || !"Content-Length".equalsIgnoreCase(name)) {
            super.setHeader(name, value);
        }
    }

    @Override
    public void flushBuffer() throws IOException {
        if (held == null) {
            super.flushBuffer();
        }
    }

    @Override
    public boolean isCommitted() {
        return held == null && super.isCommitted();
    }

    /** True when an error answer was held back. */
    boolean isHeld() {
        return held != null;
    }

    String heldBody() {
        if (writer != null) {
            writer.flush();
        }
        return held.toString(StandardCharsets.UTF_8);
    }

    private void hold() {
        if (held == null) {
            held = new ByteArrayOutputStream();
        }
    }

    private static final class HeldStream extends ServletOutputStream {
        private final ByteArrayOutputStream target;

        HeldStream(ByteArrayOutputStream target) {
            this.target = target;
        }

        @Override
        public void write(int b) {
            target.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            target.write(b, off, len);
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            try {
                listener.onWritePossible();
            } catch (IOException e) {
                listener.onError(e);
            }
        }
    }
}
